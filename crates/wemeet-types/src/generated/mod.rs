// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:
//!
//! - `api.json`: SHA-256 `3075757c302472315ad89136242d4d9ff42004fefdf518951617522737fdfcb1`
//! - `common.json`: SHA-256 `9bf23e90ff809c84e4029fc7ee12fbd9918856f0920f24d01ffe15f0d5ce4b8a`
//! - `control/definitions.json`: SHA-256 `00902171bc684d6e5d9029308abd07d5f97d8aa15d0fb05235c8a6ef54ad3eb3`
//! - `control/dismiss-meeting.path.json`: SHA-256 `2ba2e56c73df1e9bdd7dac8effaf60c3dfd8847c9623f17f91bbdabcadcff23b`
//! - `control/dismiss-meeting.request.json`: SHA-256 `3a8f54b0a21a09e0fc45ca2216273c1bd79951ec557a60e7f20ee66537367cf2`
//! - `control/endpoints.json`: SHA-256 `dbcd4c193489717324275a5d0186884d4afbf889208d93f35b48480e1f095146`
//! - `control/error-codes.json`: SHA-256 `fe7891c21812a4b6d73f04e56b499421210e3d9daad5dc8fa74274308e2dfd5a`
//! - `control/manage-waiting-room-participants.path.json`: SHA-256 `23617fc9c0c4ffd96a9267f0817542d92cc266a9a37f2ced0a34926fc47038e6`
//! - `control/manage-waiting-room-participants.request.json`: SHA-256 `a94248a0574d705d4a26d63f9f99c42b0ede68d5b3f48a964c1e605d12bf9820`
//! - `control/remove-participants.path.json`: SHA-256 `b5e1725b9a4325005386aed3204e54da03799a1ba12f9f242d8668c490f12c52`
//! - `control/remove-participants.request.json`: SHA-256 `e9956bfec4df6725540ee2566213e6f71bf133c0237b11e5fd1a2766eaa9f28c`
//! - `control/set-cohost.path.json`: SHA-256 `7109c131aaa3456db5e8748dc72f0c67360800de403a7c5a882e2c8697b28adc`
//! - `control/set-cohost.request.json`: SHA-256 `d60aec6045df69f69f1c8712e3a57cb85647eb6691030c4df8483a8dc4efb3b6`
//! - `control/set-doc-upload-permission.path.json`: SHA-256 `53621296e9dd72f78d3c711b33db9ec34f32bd1fc3a64a982d3e0e791ec116af`
//! - `control/set-doc-upload-permission.request.json`: SHA-256 `cf701c61bbe630cd681377ffb344adf4468d438179d90588e346611ec319af20`
//! - `control/set-in-meeting-settings.path.json`: SHA-256 `0f9a82cd215c3166acf4a6615adee048e0991640134d09a88209923c39e43f83`
//! - `control/set-in-meeting-settings.request.json`: SHA-256 `4ba133d6f85d0d102270b3acba0881961e98e987961b07abfaf6dc9d910fd1d9`
//! - `control/set-meeting-asr.path.json`: SHA-256 `f40776f2e43bb3b1e08a4ca6a32ac966ab2ffc6ae9773e9bb9fb62f814695c29`
//! - `control/set-meeting-asr.request.json`: SHA-256 `15cc11b8b75f7a1e1981d318b35844cf7fbed945206b705f285f0dab1dff4b88`
//! - `control/set-meeting-asr.response.json`: SHA-256 `7041a0b6750df1d391621fc4d282aeb0502efaaa3b46fdb63879f6573e80d47d`
//! - `control/set-participant-mute.path.json`: SHA-256 `350cc1413d0ca05125278ea32feab1feefd6f1ca778d65fe1dcee5a2cdfee2cf`
//! - `control/set-participant-mute.request.json`: SHA-256 `a9882e118ccf809915aa296c2bd1ab3272e6c20d2be64903175f8cde27204aea`
//! - `control/set-participant-names.path.json`: SHA-256 `f5b948c0d21cc50d8c68f40ad6470ea760be916fa9ed0cb44760dce3475b3203`
//! - `control/set-participant-names.request.json`: SHA-256 `715410ca852706a24925c697c72127e1b822686a1cf4bbebf0e767239f1fa8f0`
//! - `control/set-participant-video.path.json`: SHA-256 `5ca314747e233a11983947d7c1eca86f42a39b3599772b02813d2278fb00b7ba`
//! - `control/set-participant-video.request.json`: SHA-256 `1ff3019f67cdc469fc91303573e0d78f3c5a4ab3354bf83abd226f920c3e3f43`
//! - `control/stop-screen-share.path.json`: SHA-256 `454e0491a56bca573340a4081270b65999e2f3a0da1a9b64bf1e547fc94670d6`
//! - `control/stop-screen-share.request.json`: SHA-256 `1880a3fd3d94b80ec1a004fe57157518b5b1401089868f2a6e6ec914b4ed95d4`
//! - `error-codes.json`: SHA-256 `d0adfd920711671919eabb980ac6c25f6bee44bbe80c4b333b0c5b9516a7ee83`
//! - `error.response.json`: SHA-256 `8d9844a66e23edca4606d447b032d66d05d4eb341a51429818c17de377f03976`
//! - `events/control-definitions.json`: SHA-256 `179d649164073612d247e156f59a7200ce2b5eee5e5b30d22b6057cc8adea095`
//! - `events/definitions.json`: SHA-256 `9c3fa6aa6cfe7a1bd73409ffcd118c05c4da143bbd1d86559ea6085ee1d0ab4a`
//! - `events/enroll-cancel.json`: SHA-256 `97d114572a514545510a197550c057c34ab657186f8d4d494e3ecfc913719f10`
//! - `events/meeting-asr-push.json`: SHA-256 `e8f915c597707db2fc62647963a7d56f85076d408a14ebf6a74ff9eca56e030f`
//! - `events/meeting-canceled.json`: SHA-256 `b5c49a83830f88f0c8de697e1483d2b461d7cec491965cbf1c453b9fab7ca0e9`
//! - `events/meeting-created.json`: SHA-256 `b3654dfa6a21500fe9bf42d2d774cf045440e41f68821ea3682bf5c179445ff8`
//! - `events/meeting-end.json`: SHA-256 `3b0fcd0eec108fb18bf9f59414daf169d8edd4ec1557cb39b1a3517f3b31eaa8`
//! - `events/meeting-job-results.json`: SHA-256 `341b8bfedc9bec76293c0b985ce330a47fcc16f282edd3140e922880aba9bb5f`
//! - `events/meeting-live-started.json`: SHA-256 `b05d2fb785cff491793e177b010d0b7ccacc79b49eb9ed25c0db21f6a26e7633`
//! - `events/meeting-live-stopped.json`: SHA-256 `077c1ec1ce93c4f42a00f86e7a09480d963399ceb925bc294a8047ceaa163111`
//! - `events/meeting-medium-uploaded.json`: SHA-256 `2551111e7d3d014c9351b9479bda7d0b7db4eba57d988eccfdd6b3a4a321838c`
//! - `events/meeting-open-asr.json`: SHA-256 `52083d5e7e9b1a6bac0c9dc66327103143dde6c2d197a036f2f6a4dcbc7ea52d`
//! - `events/meeting-participant-admitted.json`: SHA-256 `ab0d7d3965e057e7d558b20c0d3f665b94e1966d7e435cdb7a791f323b59815c`
//! - `events/meeting-participant-jbh-waiting.json`: SHA-256 `aaec1f0ad8af2f64a2f950dd5094a00dde32f3fba80d2121e0bd14e5e223b557`
//! - `events/meeting-participant-joined-waiting-room.json`: SHA-256 `f906a0117e38ac2b4b29d9a5510a70d43638dc4b44d0301587f56fc951457061`
//! - `events/meeting-participant-joined.json`: SHA-256 `722c24e61e05303ffd599a379b9e4a80a45c2eb853fa5039de82f693bebd43d9`
//! - `events/meeting-participant-left-waiting-room.json`: SHA-256 `22171101f978b60b65766999d9e86d8b432deb9869347d1efdaa731e5ef49693`
//! - `events/meeting-participant-left.json`: SHA-256 `599b36b270288236726306a3649a82f1a4653cb3d3848c4c22c2351488643ddb`
//! - `events/meeting-participant-put-in-waiting-room.json`: SHA-256 `5b1b42898e1905b1ef15b163d1d162e2509635b926753b90657ab726d2c64169`
//! - `events/meeting-participant-role-changed.json`: SHA-256 `ad0dc1260a026847d36df972e85da4367223c209054abbe336e2a2b18af9638d`
//! - `events/meeting-phone-participant-status-updated.json`: SHA-256 `c530ed30f150ce4f1aba83f64e952fdf53784ba956c1920cc5c5d76e854aa622`
//! - `events/meeting-share-screen-close.json`: SHA-256 `1ee49f1efcd69b0c6a3fda7c80973033e5e0fe379ffe48175dd1ea58d73ed5c5`
//! - `events/meeting-share-screen-open.json`: SHA-256 `d69d47f2900c4f49dd94c125f05be7792556fb8156da0b5aaee9d0cef72f51ac`
//! - `events/meeting-started.json`: SHA-256 `87889aa13bae288c47e2923ebfd345a77896f74ef3e3f71b409c480499338bbd`
//! - `events/meeting-unmute-all.json`: SHA-256 `50c393d7d8bb882efebf76fc396b0b60474ec05acbb859b127047b578e5fe3ab`
//! - `events/meeting-updated.json`: SHA-256 `8e617ccbdee2cc024197429b3ae6d64dfd7ff544cf4246eb77e75f9ab8bb9c54`
//! - `events/oauth-auth-user.json`: SHA-256 `709bc9e976261c22c319057e5620d5d7a5b7b89a74745123c22d825b8ac416db`
//! - `events/oauth-cancel-auth.json`: SHA-256 `e2f4f8471b42b520783a269e36f793b3d1bf88f6823dfdc56f1f3c1d9c20980a`
//! - `events/oauth-corp-auth.json`: SHA-256 `fb3d98ce309f1752f9215711a5f56c82236efa594c8d746cbe36138b3ef3a7a2`
//! - `events/oauth-corp-cancel-auth.json`: SHA-256 `281d06caa983208cb3f5873b8deefaaef53a4e92fcfb4cea87e842e5675df845`
//! - `events/oauth-user-auth.json`: SHA-256 `26411e14018655d754888e489f3a521fc01e7e1bb821ba992a006dbf1ed8f4f6`
//! - `events/oauth-user-cancel-auth.json`: SHA-256 `66660b8d7fb55640e4323d613a594d9a25db3bd35261907a741989b02f37cc3c`
//! - `events/recording-apply.json`: SHA-256 `4224b24f15e8b08f9f03be49c30afd1996ebd41b868544badea543956caf78c3`
//! - `events/recording-clipped.json`: SHA-256 `f5f7a474ac7eed79331c21d06df9219967d4d5ce3d301264dc9b499074dfe649`
//! - `events/recording-completed.json`: SHA-256 `2105fca5e9f64c36c6ee9ea807af3057d9e4bd9d954a4818a2d91bbc347116c3`
//! - `events/recording-deleted.json`: SHA-256 `e125baa44438904b986d80026e3cb1169737375bef4caed68926daa2edf55090`
//! - `events/recording-failed.json`: SHA-256 `70aea0407f90b1fa96af533b166d9c2f435a02fe672e79929b859a1bebe8bab3`
//! - `events/recording-paused.json`: SHA-256 `32e0aaecbd3826c956eb38b7130033ca1f202c53ba6b1cef0fa5ac8fab448b37`
//! - `events/recording-resumed.json`: SHA-256 `9bbf41400a0dd8762e70cf8ac75be9f7590a9316c12798e767be8c887fae62f0`
//! - `events/recording-started.json`: SHA-256 `3413c2775dca56ca4531c0704729b6ce17c736e6ea5451240559f1a60c165e2f`
//! - `events/recording-stopped.json`: SHA-256 `6e09c939c1ac24d6967da794f754688e55a747f9b4f55f26ab527a2f6ccd428c`
//! - `events/recording-updated.json`: SHA-256 `81ad1a4fcf2c1395b591bb75fafd44776b0f5cf1a6971c5831cd89e728d2753e`
//! - `events/records-definitions.json`: SHA-256 `d69b2e87b2eabd9636eecc5ebdc6e5476a71b92f78e2901f308216b368928998`
//! - `events/room-alert.json`: SHA-256 `97ee2786f0da6560c60c38f9bee7bb1fcbc3e96444c779a7d9d8347a25b0681c`
//! - `events/room-response.json`: SHA-256 `b91facf6075d20dce4c90bb535b4ab8db7f18ec4d28ba8645b3fc100bbeffa80`
//! - `events/rooms-definitions.json`: SHA-256 `10d975a03861ca4c1aeea4fb9ea953ae5954b1c2926d08f9326f63236369822a`
//! - `events/smart-transcripts.json`: SHA-256 `9e4cfa5c3d3f2ac162a0164586c372834372dfd380ab1e79f1398a2cc6de2840`
//! - `events/users-definitions.json`: SHA-256 `0523f9cfd69ff81ad2a8b4a088f633af35d11fb487b54475de0d1efdf98ee760`
//! - `events/webinar-warm-up-uploaded.json`: SHA-256 `4bec39263d2f6a6061bc49862f6b17935fcdf4c0f6d88a321fc586a7f0e784b2`
//! - `guests/endpoints.json`: SHA-256 `87bc43a1c86fb7998b083089e53eabe6a7317657702ec031966a9910f8c461a6`
//! - `guests/get-meeting-guests.path.json`: SHA-256 `d14f6ae07b23425e9ae6e5f0d8f3bc0ce215462e1e58bdf245e965461cad1965`
//! - `guests/get-meeting-guests.request.json`: SHA-256 `84d5daed21be007462fd0e372d3ed5bfabe116a58b5b0c5c2adf620cbc4af22a`
//! - `guests/get-meeting-guests.response.json`: SHA-256 `8cf2bfa6a79e8fdfc34f44ae956e873c9422e01e7e8a0a4b8d6287e0d7ecdaee`
//! - `guests/set-meeting-guests.path.json`: SHA-256 `2bf688658a68e3a9e8aa878d16adcef689964aea519635997ded01a09a78c945`
//! - `guests/set-meeting-guests.request.json`: SHA-256 `58cd56bfa0f15d9da16f2c2e89612c71278d20a5c18753932fcf995f4aa2f0b8`
//! - `layouts/add-advanced-layouts.path.json`: SHA-256 `66e147a8c4b6615c511798d8f87e8fc87a43f70320aac4f604150f7d76464d1e`
//! - `layouts/add-advanced-layouts.request.json`: SHA-256 `0b01b3a9265de5b3a0882da8f292ccd35461debf1902f1acc737e76666131cb3`
//! - `layouts/add-advanced-layouts.response.json`: SHA-256 `c3085bbace5cc18eca0c09347979f801921fddd6deceffaeb3c2479e4d3ab301`
//! - `layouts/add-meeting-layouts.path.json`: SHA-256 `a8f6d563ac81bdb322e1027d2a1f87ef90d320311660cb2f96cc47b0db7b9433`
//! - `layouts/add-meeting-layouts.request.json`: SHA-256 `3179cb8b728c87261545d485baed30a67180530810d1ad7f395151649f1c8ec3`
//! - `layouts/add-meeting-layouts.response.json`: SHA-256 `3cdd088d2b0680e2e8be5272b3a119f860434fdfb4538a02408264f9a6a0edc8`
//! - `layouts/apply-meeting-layout.path.json`: SHA-256 `bcc5bc2afa81a34224d1fd1103bbefabed2323b8c0a53c2b1dac1a2f0f00bcba`
//! - `layouts/apply-meeting-layout.request.json`: SHA-256 `bc8480cf1387bbdbf6418bfb2343060d3301ad1a007fa5668401f3016f9f6d65`
//! - `layouts/definitions.json`: SHA-256 `07fd78abb1abba6b3f5cbc1868162bd6f29e9c0f07a6064ba64e424b8ed4ef1f`
//! - `layouts/endpoints.json`: SHA-256 `ffb7877d7534aa01ab632ee7a1aba860467190d80c74fa241cf1b4659a947432`
//! - `meetings/add-meeting-backgrounds.path.json`: SHA-256 `855b5b07827a3e83f78ba936a639d4fe4a7f18c23a86f1c057172ecae214a192`
//! - `meetings/add-meeting-backgrounds.request.json`: SHA-256 `c2e27d3c4f7365d4235119871225b3a5eb01c008b20a3a5be8c99b291ca652e9`
//! - `meetings/add-meeting-backgrounds.response.json`: SHA-256 `ad4eef5e8e752013cc8a3f9dcd037f3edee20853636eed4d2777c8af69df43ff`
//! - `meetings/cancel-meeting.path.json`: SHA-256 `322ea1cccff9ec2d5cb4a81d43d027f1b6e27c481a08d5bdb94105ebf8e02321`
//! - `meetings/cancel-meeting.request.json`: SHA-256 `6c3f4aa22c3e1d41495ccc63359ed7251ffc056f1a9e4d6ea562f088eb088a72`
//! - `meetings/create-customer-short-url.request.json`: SHA-256 `55b2bdc8c1bc034e48b690abf47e862555b3b9f6c60fa2a475fa7880f7f01fde`
//! - `meetings/create-customer-short-url.response.json`: SHA-256 `7a650f30ab580e96eac5a2284ff1ec5ac2748081799a641a9b704b1222c6f96b`
//! - `meetings/create-meeting.request.json`: SHA-256 `ad9d5a83469cd98b52d9ad63ec996c329782a8a4e1bd16a577ec671484e59ec1`
//! - `meetings/create-meeting.response.json`: SHA-256 `737dfe5b76fb2892447ed495ac610b50233b43c3884079a327545d1e6ecacd0c`
//! - `meetings/definitions.json`: SHA-256 `88f0881e4cab4841c8bcc311eda0c7277bd1bec80df6a6aba138a6830ae1530a`
//! - `meetings/delete-enrollments.path.json`: SHA-256 `3c17b318bd73d20015d0638452a88ab21c188b72f923cfee1e237f942cd014b0`
//! - `meetings/delete-enrollments.request.json`: SHA-256 `44c286595e7d959ae73994583145b2720c474ceadd26afa15600572936945baf`
//! - `meetings/delete-enrollments.response.json`: SHA-256 `cf1c3796649fd8d4db5a7481dec346b25ce42464766dec6ace12e6ed013bbdf9`
//! - `meetings/endpoints.json`: SHA-256 `2d96b42f28ef2ef064a297775441faabde3d3ac15469220f2457a673b7c3e290`
//! - `meetings/error-codes.json`: SHA-256 `37180849cc0868198528b6e1a25f593925244df0dcd9cc56b07bf00a7d8bdebd`
//! - `meetings/export-asr-records.request.json`: SHA-256 `f2255e90e44312e53669e3029cafaae7fd09cdc78f8070687181c6315d602861`
//! - `meetings/export-asr-records.response.json`: SHA-256 `36fe6a0de51c62e95865fcb27d5eb0d9fa51a214da9eb18ab2f9583ca8e1e9a8`
//! - `meetings/get-enrollment-config.path.json`: SHA-256 `d7e29e5ceabf6f085c726dd3ccc65b886e200f3fe626e96a5f73714fc59af5d4`
//! - `meetings/get-enrollment-config.request.json`: SHA-256 `83d073c23e5f1482b0c9aee41f128b398679c40b6f678e11cdae516140ea16f7`
//! - `meetings/get-enrollment-config.response.json`: SHA-256 `776bc9a8bfb401737f0e2bac64285eb5feb2a6b6800d123b7cf9428207d49fbb`
//! - `meetings/get-meeting-quality.path.json`: SHA-256 `40eab2cdacbc28ca2383d7b07f2a183abeddb1ff941878705dbfdf3af40f1da3`
//! - `meetings/get-meeting-quality.request.json`: SHA-256 `dc14c9559f520eea41230a0ba1f555f3c90be2e165f9c5911e3939834b956f9f`
//! - `meetings/get-meeting-quality.response.json`: SHA-256 `532e32f6fbf40ff8ecd6cadbfc0b53ea2133ca782d2211f31532e30d40df005c`
//! - `meetings/get-meeting.path.json`: SHA-256 `90a777a2415932c43efe8a3999eded5fc94950b57f3bce27e0647f04a537b73a`
//! - `meetings/get-meeting.request.json`: SHA-256 `4129e6d6e820735f2bba901c9d33a9f1135c85bc021cfb1ba7539fb037424870`
//! - `meetings/get-meeting.response.json`: SHA-256 `8816f2cca323e201e17e80bb70faf452217cb519ab7b5d998d1d5744e9ad6326`
//! - `meetings/get-pstn-call-detail-job.path.json`: SHA-256 `9c46094f15644bb7be56049823cdf95e8119277d5f2afbffc451e9ac982d5c57`
//! - `meetings/get-pstn-call-detail-job.request.json`: SHA-256 `5a91e44d1d2d53ce4be584e01433bfa7c3a9e2a4de0bfeadf3ed60ffd194fe48`
//! - `meetings/get-pstn-call-detail-job.response.json`: SHA-256 `bed8a3003e66781096fb6cdde0fc6475eda94ad4d7ccf10dc50d839b5e60f3cc`
//! - `meetings/get-push-stream-info.path.json`: SHA-256 `8712e2b4a2e2346e664a212e5d9280bca88766d91c70f218281b6b77e9bff4b9`
//! - `meetings/get-push-stream-info.request.json`: SHA-256 `e4b45f0a4a04ee311de987d1278e0648442730faad5015d4743e6a28f6510b8c`
//! - `meetings/get-push-stream-info.response.json`: SHA-256 `087b1d2da801d86ad1ca52f32666131c692492cc0cf788de40c2359e37fba7ec`
//! - `meetings/get-waiting-room-welcome-message.path.json`: SHA-256 `5265ac5d12571ae358ae4134770b77d2204c604ea8f262c2c55b64a75a0e74ce`
//! - `meetings/get-waiting-room-welcome-message.request.json`: SHA-256 `470f9e785cf5703e0fe44ff776e46004ad0e6db0e0258e92f18e60c7d9813056`
//! - `meetings/import-enrollments.path.json`: SHA-256 `02e554705c75222cbaf5549cb2ecc19b031f0aa85ca68030b7afd89e4c8c9be2`
//! - `meetings/import-enrollments.request.json`: SHA-256 `26fcf2e70bd0c92b00ee3ebd33315866376aab294a265d6c98bae6a41b5e7f56`
//! - `meetings/import-enrollments.response.json`: SHA-256 `b2f77f66d483ec1a92b2c550b666fb0d5fffdc1a2d9ff2a312270deb06ddbfc5`
//! - `meetings/list-customer-short-urls.path.json`: SHA-256 `3b22c258bc9e62f06d07499452c0b6afbf04b2ab6b8d829156f1cb005cc77635`
//! - `meetings/list-customer-short-urls.request.json`: SHA-256 `d03fef1839cb1023411c622f164c8ae2bbc44c2bb5072a25b0244d3dd531ab15`
//! - `meetings/list-customer-short-urls.response.json`: SHA-256 `430ec2ec418f8fc9f34336b3e2534fe8e36efa2c3d0fe25b8138673090613ecc`
//! - `meetings/list-enrollment-ids.path.json`: SHA-256 `fa7cc73bad2671e8edc74283d977007d7b9756ed9f3f135e91fcec94ed5cc417`
//! - `meetings/list-enrollment-ids.request.json`: SHA-256 `5568e454861db18eb278b0e580ca50168c3db58d11368c23a145dde7939a108b`
//! - `meetings/list-enrollment-ids.response.json`: SHA-256 `b5c8b153aa24fb939a82e4d530bde8d15f9f9080d7eb15b7d7d9ac62fb767fa1`
//! - `meetings/list-enrollments.path.json`: SHA-256 `70f89d703420616ee236c4590ff008213c5fb616dafbd82a6ba2da776e8d7e35`
//! - `meetings/list-enrollments.request.json`: SHA-256 `1819a72508e0f11259f406496ac2a569e243f3f96914e6e83e8187b87ec72068`
//! - `meetings/list-enrollments.response.json`: SHA-256 `e8840101cfad08af1cd3e2bf89001d7c6b6752358d8eda0eefbef69ed6db376c`
//! - `meetings/list-history-meetings.path.json`: SHA-256 `84c85c0b730c2080650299802a1f71c7b199fc866ead41951a340e108b30f728`
//! - `meetings/list-history-meetings.request.json`: SHA-256 `4a758aae0734270f8a08c27dc30d9b30f8098859a8a69054a9b48f2ffb9b1ae2`
//! - `meetings/list-history-meetings.response.json`: SHA-256 `d8f7b0e5d30b8efb552bf070c651e2e893085a55385e1ebda2c6107ed7f39d91`
//! - `meetings/list-meeting-invitees.path.json`: SHA-256 `fa875a4095e302060c242858e20c95db14bffc4e723e55d7b29d359ce33b5474`
//! - `meetings/list-meeting-invitees.request.json`: SHA-256 `06829edb5026b9a2be07587802c1e4bf6741949f987eb66a59173ced731a358e`
//! - `meetings/list-meeting-invitees.response.json`: SHA-256 `ac0506475f7080b18027cc0d6db7b9199ebde368bb65114be138f9b96ec795d4`
//! - `meetings/list-meeting-participants.path.json`: SHA-256 `0ec2907e01e42a9be54b9eebb074bcb33418f9b0db07c05c36694905f27e91e7`
//! - `meetings/list-meeting-participants.request.json`: SHA-256 `d89d57a51f23f46069d8c991b577756c24b1f6a5b2c8fc19ec4b46a6e9c0fd00`
//! - `meetings/list-meeting-participants.response.json`: SHA-256 `795e1da83e42b8e1f46715da7f5712be01b910367d6cacd97174a7b072b244f7`
//! - `meetings/list-meeting-qos.path.json`: SHA-256 `ebe518076c1e5b896c140e5257e43b086856f1d3be8ad4243367f503a4c9d0ce`
//! - `meetings/list-meeting-qos.request.json`: SHA-256 `a8033fae265e677ef35b260a4a2d9c245f90e5b098fc9d7661770efbe08c83f7`
//! - `meetings/list-meeting-qos.response.json`: SHA-256 `3f35c9c6cf58879ab4d715a3880dbb96ca2ec6742ef70ec38fb6bbe1887ad2fa`
//! - `meetings/list-meetings.request.json`: SHA-256 `595c2746b26b067d0b3ae6e52aeaab85d99dbeed8554b735e586841e00219793`
//! - `meetings/list-meetings.response.json`: SHA-256 `abee21c044c85993959b578ab4a690691d1632478f0e7b808b4d51db80b9110f`
//! - `meetings/list-pmi-meetings.request.json`: SHA-256 `52645d20708fafd8209b77d017a26a69bd73c6041a7bfda9b1f0a3ef9a87168a`
//! - `meetings/list-pmi-meetings.response.json`: SHA-256 `3945880758734289e34c5b3c73e164406823816c5e0a36b78e2a0704cabc8197`
//! - `meetings/list-real-time-participants.path.json`: SHA-256 `8a74f9d670689efd30133a4731e2d2a4ea68ce0147a608a2a33e5dc983225aed`
//! - `meetings/list-real-time-participants.request.json`: SHA-256 `2f1e45367a4354a5e151e6a74b6d28e15075616a2de0b39ce3927a04b5bd5548`
//! - `meetings/list-real-time-participants.response.json`: SHA-256 `e0e406cf16b91ed6d9e494ed1da6f58950e15586db4cb7ad6d835d322293b87a`
//! - `meetings/list-user-device-meetings.request.json`: SHA-256 `91369c072bc03c75ce6f32bea36bcc839777c586265f9c6f8b7a4596a3d41c28`
//! - `meetings/list-user-device-meetings.response.json`: SHA-256 `c3636165e02edb3760333190e149554d8741d54cf2831bd4da2d1e449af98e22`
//! - `meetings/list-waiting-room-participants.path.json`: SHA-256 `292a0fc188fa566a5ff2a3b7ba8444ed3609d005345924014339a061f29a087a`
//! - `meetings/list-waiting-room-participants.request.json`: SHA-256 `6c10c1503edeb12a9dfced6e4cbf37a3949c16438c579ef26191796f93bd5d64`
//! - `meetings/list-waiting-room-participants.response.json`: SHA-256 `45129ca29cd9e99ff5ead786da1a11626b30da39c4198ffd954ce3038cd6c854`
//! - `meetings/list-waiting-room-records.path.json`: SHA-256 `afc4b9a197aa16b7d5f2572d75b6911f42b6e44066ad5dadeaa3527fd17da843`
//! - `meetings/list-waiting-room-records.request.json`: SHA-256 `f499dc6485bec56251378bff2cf63b50fbc6b805bdc4154a6710f0b9111f8df9`
//! - `meetings/list-waiting-room-records.response.json`: SHA-256 `97b10272b27c49c89ab040475e8163825bbca022430acaeef1ae7c72c9cd04de`
//! - `meetings/review-enrollments.path.json`: SHA-256 `0efa4b03c3bf2f24a488b07b7dde6d0819a90f9ea47c4e080875d384a0558b98`
//! - `meetings/review-enrollments.request.json`: SHA-256 `756ebee7b5a78592616b97523e1cb28cece6caa71a9f4ca7f8e06a68b26d9b74`
//! - `meetings/review-enrollments.response.json`: SHA-256 `4a1504448dd0f9fe22561cc143c894ea48c11dce4e03f0d8cde88f74682be9dc`
//! - `meetings/set-asr-hot-words.request.json`: SHA-256 `c15cc86ae4dcb888db13fb7ae67aeaf73e06cb8f56cf547a09c4b55f8f36751a`
//! - `meetings/set-asr-hot-words.response.json`: SHA-256 `a799c950e8fb42f84ba6b5c6bd8fab8daadd640f01f866d8234b3a0bd115b544`
//! - `meetings/set-asr-push-status.request.json`: SHA-256 `34fc5f6a0170aa7a6f79974c6e09b84b9b15b037fbafcdee5d354f9f7aa32b6a`
//! - `meetings/set-default-background.path.json`: SHA-256 `b862a5cd8a9b6e02a08cbd0d962296cde5cc2727c649046cf4ad7f8fce1c42a8`
//! - `meetings/set-default-background.request.json`: SHA-256 `2b38ca12b996e63f41367a21546d1e97e43ff263e83d3f2b9d23af4caaba25db`
//! - `meetings/set-live-stream-address.path.json`: SHA-256 `296acad8dc08686f91939e9327dc83cf1e36b910e73f0853cdd5124d8bb773c9`
//! - `meetings/set-live-stream-address.request.json`: SHA-256 `4dca12d55a5ca715e9160ec1b9167f623d88e46736d44132ed037b7acdb1f1bd`
//! - `meetings/set-meeting-invitees.path.json`: SHA-256 `dd797d68c882fdfa06f2252d32d932fd64c4ae714e4d5fd4c1049447a6520f5b`
//! - `meetings/set-meeting-invitees.request.json`: SHA-256 `00b04fce6802a9a8b65b432910ae5aa644ea3bdff3edf0f594f4f45205257f34`
//! - `meetings/set-meeting-invitees.response.json`: SHA-256 `4d97035f0354dca92357e3d44313c49d1c15f65aef6c72bad5fec7792436f310`
//! - `meetings/set-virtual-background.path.json`: SHA-256 `8273d6c8af5bf85ae9e7306e421010293ab028d97aee35f8a49212405b4a1393`
//! - `meetings/set-virtual-background.request.json`: SHA-256 `f86206217b6d72b29afa11161f28f6e8c7004573f6d5ee848832a7637dd6c4a1`
//! - `meetings/set-virtual-background.response.json`: SHA-256 `3b0d1c6b0c60dcae08367b06e72ab2710592b1e81ee60a87eabe62a4fc4eca74`
//! - `meetings/set-waiting-room-welcome-message.request.json`: SHA-256 `b13a3a907944371051860e8c65d3de35370c1d4527a8a1209562aae7a9e8b228`
//! - `meetings/update-enrollment-config.path.json`: SHA-256 `3baa97f5e5e649e8867e8b4618041ee1f14e7839ece383c71341673c301ef088`
//! - `meetings/update-enrollment-config.request.json`: SHA-256 `d38af8795df8bc96699a9c5c26a20cd2ce6a5aa2a8d9166245cdfce74f23d380`
//! - `meetings/update-enrollment-config.response.json`: SHA-256 `044317619b26aea2487f357f2a73fc1c1e1c8fd26397d279f61257d42df71537`
//! - `meetings/update-meeting.path.json`: SHA-256 `4fd09fb569034e5462840bfc0ea5eee3a786196083da6f41d97a17c772cda4b9`
//! - `meetings/update-meeting.request.json`: SHA-256 `16a0849dc6908fca6d298e11041e65c392f10dbe5306632cd13c0a6a0c04a678`
//! - `meetings/update-meeting.response.json`: SHA-256 `daaaf0fe340320a71e854f2605dc9756ce9df9e7a64815e64d0cf8fa2c4a8053`
//! - `meetings/waiting-room-welcome-message.response.json`: SHA-256 `17eca16766a4de73d45b28c38c860ab44e658c9b4b784050f8299f1c974b2ab9`
//! - `pstn/call-out-phones.path.json`: SHA-256 `0ca10b67a942d07c91803313e667224c2912aece4b219f9e3ea4824791144bb8`
//! - `pstn/call-out-phones.request.json`: SHA-256 `213046960ae2bb88f95b952696b5e2f49f653709737af2bee743a9522dad27a4`
//! - `pstn/call-out-phones.response.json`: SHA-256 `e0abcdf7a8f58d891bf2e144981a120e647388c854a986baa4ec8d60f922ffb6`
//! - `pstn/cancel-phone-calls.path.json`: SHA-256 `9f4d040d1b1c638656719bc7df4d80530fc37720e429038bc36f4a9a3802dac5`
//! - `pstn/cancel-phone-calls.request.json`: SHA-256 `a02bae4914f94def6d42064c1cebe4f13b653ef2f02ac0d9de448b85e5826ced`
//! - `pstn/cancel-phone-calls.response.json`: SHA-256 `d62c0b57048944ea690488662423577b1029e0dbcd1f34fbe8077c131ca33715`
//! - `pstn/definitions.json`: SHA-256 `000fb9e5283f3b978c1642c1f10142fab007b86e7f45342802158cab4a8884e3`
//! - `pstn/endpoints.json`: SHA-256 `d82eaa62e0d84302930141aacd03914c359232547a9c117f46f04994ce3fa7d7`
//! - `pstn/error-codes.json`: SHA-256 `83ccf46ec87b109e5db87eb878d8b3d105cbd8770dedc240f3ef665ebb370c78`
//! - `records/add-record-access-members.path.json`: SHA-256 `f9a348b1a4cbb8aa700f03a5d6f47bf737234f4833ad92483788c6f9d2100e03`
//! - `records/add-record-access-members.request.json`: SHA-256 `5a097f2466d354253bc4e7257335bbf4c39ff4dece0c4b0a58d60df60ee49665`
//! - `records/add-record-access-members.response.json`: SHA-256 `b44934710f849e18dff08263adb01349c234f92468616cacd833a0e05b46daa0`
//! - `records/approve-record-applications.path.json`: SHA-256 `ba2e30c156af4fb3e2ec08b74aa44ab4e4e3f9817fb67904cd026bde9cbadd66`
//! - `records/approve-record-applications.request.json`: SHA-256 `f27125d184b0003c3598feb43d2476862091c9a561a0fb70869eecdb47b331ac`
//! - `records/definitions.json`: SHA-256 `222989429d3d3f777751a9dd7754d25eda11a4e609c94abc4d8af6029dffc145`
//! - `records/delete-meeting-record.request.json`: SHA-256 `5c904953408d328db9099016deb71f16860b7a38790628135b955379a81e454c`
//! - `records/delete-record-file.path.json`: SHA-256 `18a04e60244b4926a55922833e28689f2a528e28649d0f95d473171ac72af350`
//! - `records/delete-record-file.request.json`: SHA-256 `f44b0ab652fde2e87eb92c0f46d26fc47f5ffef872c1903f4d0e93fb06f75652`
//! - `records/endpoints.json`: SHA-256 `08f45404e625de881aa4b98976a744403fbbf2b524bbdaa45b2329c96d1186e5`
//! - `records/error-codes.json`: SHA-256 `0468c944174cc154efec8bbf446a164a752195ac29cd8abf6a0dbe7c56901573`
//! - `records/finish-record-upload.request.json`: SHA-256 `cc3b4c58a6e4918a8e8663a94a1d24d3277af6b19e18c56b806723177638732d`
//! - `records/get-record-file.path.json`: SHA-256 `41c9404bad02cab27f39fe991f8d29b68ddccab06757ef7db51392dde47256fe`
//! - `records/get-record-file.request.json`: SHA-256 `eaf33b9809d257225ad830888cb43587d9499833650552de8fcf7bdfbd80d2d1`
//! - `records/get-record-file.response.json`: SHA-256 `0fbcccfb7e55a9f831657806d4dc5002746f353ecbfa4c72601c834493b298e4`
//! - `records/get-record-metrics.request.json`: SHA-256 `41333bb924d19ad1cabc4c718ad0a2cc4299a128c00001c92aec0fbd174bb6a0`
//! - `records/get-record-metrics.response.json`: SHA-256 `8df63f017df53dedb518689cfa6ab3edcc6b8486c1fa15bdcd800b6281a0cddf`
//! - `records/get-record-settings.path.json`: SHA-256 `5736df04c55ac0ba627b6f363496de4cc8780664c086b065ae89f65a5d634d2b`
//! - `records/get-record-settings.request.json`: SHA-256 `995347f1db83250bd6bab598ce7fab745f19a23b8fe67404858f4c3c52677bbb`
//! - `records/get-record-settings.response.json`: SHA-256 `25265d498cf9f7149fced7d17c1672d8b388d7c95f05603857999ad74a76d488`
//! - `records/get-record-transcript.request.json`: SHA-256 `bce85a0065688335c99defc0f9997fbe2dc2d462a4fdf83ce04edf533b7b7c3a`
//! - `records/get-record-transcript.response.json`: SHA-256 `507be025e7612340111c095f4e026136f0032fc57521d2af9b7eb3303f2d3e0a`
//! - `records/list-record-addresses.request.json`: SHA-256 `8cf873913b60da9561d527f78dcaa76c4d69523bf176e82df61bd46a1fd6e7df`
//! - `records/list-record-addresses.response.json`: SHA-256 `2cf62d929153102afa1b93e648e604d767ad04d41de3e4a045cb4b15a2f136d2`
//! - `records/list-record-operations.request.json`: SHA-256 `83d6c5389cd1754ec3f1d1a52be86cd6920666236afbd02ddeb6d0c8a13971bd`
//! - `records/list-record-operations.response.json`: SHA-256 `0b6a179e6632590c03d9a66fbe2209562dbd270a7a1013a5b82104879f8a3511`
//! - `records/list-record-views.request.json`: SHA-256 `12cbcf01cac8e7cbab968713643e2180d2cc556333c2a94a380675ac274b6d59`
//! - `records/list-record-views.response.json`: SHA-256 `0acb6cecea7994f9e1886be8c1918ebe71e1e08372db7989883e95183d6a470d`
//! - `records/list-records.request.json`: SHA-256 `cb547b2c466d43eb4b741815fdb690743873b90c393ca3bc2b3d18f21d2a4663`
//! - `records/list-records.response.json`: SHA-256 `e0e738be2f78076c78acc57f52f6599c391479196ff50395cbdb75d92ef4172d`
//! - `records/list-transcript-paragraphs.request.json`: SHA-256 `7ca1718e9957783698b58e9831e57609617b8e82ffad33f261d99f79f56a65bd`
//! - `records/list-transcript-paragraphs.response.json`: SHA-256 `2fd3e36056930a010074c94b3c5c7fe5e3884efaaeb560bb40f919842d099f95`
//! - `records/prepare-record-upload.request.json`: SHA-256 `89b6221cbe186249b7b5e731af272390f402008e9885c4fe1ff14bf7cf72c348`
//! - `records/prepare-record-upload.response.json`: SHA-256 `779db01b4265ec1b2689546167c1889d2f6d8dc81ab7fe637bc22dab76cc1d0c`
//! - `records/record-upload-job.response.json`: SHA-256 `e17af056f2fbb22ee66a4c160300928f477c48b7d727598627c818ea83f737ec`
//! - `records/remove-record-access-members.path.json`: SHA-256 `279e89309638a67b015eda4143ff2c412473b9785e568aa79f3052c5f7c534e5`
//! - `records/remove-record-access-members.request.json`: SHA-256 `7f5e7056339db7a2d8fa32a30ddbeaf41c5c12e07843fe5d4452f3cb41835baf`
//! - `records/search-transcript.request.json`: SHA-256 `76e00d7e96631fcd7406ee6b56a41ddd204fb8cda0de7c36b168a2dbe63b25de`
//! - `records/search-transcript.response.json`: SHA-256 `4ea3dd524e65d6ad36ff92d1d8674b93f5b0dee232cc92d18c2162dd832dcac8`
//! - `records/set-record-transfer.request.json`: SHA-256 `75aa15338ea12a3adb5c41dc4367505f25dbabb0aa16a6e2a6b01fbcaa7e367c`
//! - `records/update-record-settings.path.json`: SHA-256 `3df8bb3aa38a837c274ffb5a3d0766b87b25fae1feabc9a2cc02e7d4fc0f33ff`
//! - `records/update-record-settings.request.json`: SHA-256 `723e22fe42a50fa67188034b232f85bd1a12e33ac0efeaf70b5553519a28ac6c`
//! - `records/upload-record-file.request.json`: SHA-256 `db9863683bd4737c4c3944cf46f3629d1e176ac62710aa6db97205df4470a244`
//! - `records/upload-record-part.request.json`: SHA-256 `6fb4918ffa8a69e75799c263a9103cc4fb4d5e930fa8a90bd7d4ac0a7fa07618`
//! - `rooms/book-rooms.path.json`: SHA-256 `2a1fe1ed2deee2f8cd2e8f443ce48aef781d93d6c3f31b475b5ffa863a1df0b6`
//! - `rooms/book-rooms.request.json`: SHA-256 `42cd4ca376fbb9b4f48bece1114041da614e47f20782acf5dffc6bfbadd36b47`
//! - `rooms/book-rooms.response.json`: SHA-256 `a76dba0ea3922d85c0c8739c9b96f86ccc54531000d18c3fb43503a443342d30`
//! - `rooms/call-room.request.json`: SHA-256 `2e63c5c92baae073241cc7869b267662d4e43849f342e2a911b7c0d41589dc65`
//! - `rooms/call-room.response.json`: SHA-256 `73aeed47183521b400350cd5dc2215be11e92192e80dff22246417ead42332a3`
//! - `rooms/cancel-room-call.request.json`: SHA-256 `ced2f7fcece0915538d5088eca5c74718707d69b81c12970aa9878a04c0dbaef`
//! - `rooms/create-room-active-code.path.json`: SHA-256 `a97333c619a849d64e25de693febee39fb32276dff0e60b27deb969102d6d2d6`
//! - `rooms/create-room-active-code.request.json`: SHA-256 `331ef944cf985d163c64c070777ffc0c6bffce463f723c995c6c8f94c7b961b7`
//! - `rooms/create-room-active-code.response.json`: SHA-256 `df82629cb5d68aab33d1a32ce928a78273b54058c71d46fd80fd96d7b9dbb5f1`
//! - `rooms/definitions.json`: SHA-256 `088caddad11232fc6ed27e75f975b5ad046ab1b72a67eeece29bf9f2ba63c143`
//! - `rooms/endpoints.json`: SHA-256 `60c3a6cd33ba5c19214999bcaaccacbe8a860faf6b16813c05cfc7dc8bed8a72`
//! - `rooms/error-codes.json`: SHA-256 `5583bd0f1311b2df0eff13cf7aa9e3f193458972d1bbef3f02c601bc53772f98`
//! - `rooms/get-meeting-room.path.json`: SHA-256 `dd9fad279c1ed5600a2dfe373f447447eae909732501f6d916398e8c16a37412`
//! - `rooms/get-meeting-room.request.json`: SHA-256 `4ca5900b21734c03d0a9cd682589effc859878aa318e925004edfb18f8d841db`
//! - `rooms/get-meeting-room.response.json`: SHA-256 `12d6d9b5c967de7e8ae9d2289b2200c0d084bb3d2004c333611e3c8d26de6692`
//! - `rooms/get-room-background.path.json`: SHA-256 `b610811205d33275954bf1d72f3ae148138606d5989f8bc43224802379f851da`
//! - `rooms/get-room-background.request.json`: SHA-256 `46d074208e16ef8eb3b667b5f6af2c2c98dfdfef3fab024bab8852ad299a21c4`
//! - `rooms/get-room-background.response.json`: SHA-256 `b71f5c9c491b8d6f77fb77b11b1d60f31c693325b8a311d65c4cb875800145b8`
//! - `rooms/get-room-by-screencast-code.path.json`: SHA-256 `80ba03df86a4c6485d310c4223cc734e393bb3c28b2b7f2ee5e899c186bc07b0`
//! - `rooms/get-room-by-screencast-code.request.json`: SHA-256 `0f47ef85899d91d89ccddf3b0b19239f26373939c2383207f8cd2da226d3a6eb`
//! - `rooms/get-room-by-screencast-code.response.json`: SHA-256 `e3419feb5f0b283233c99517674299758a997346b8e8857be055c23f0019fe5b`
//! - `rooms/get-room-call-status.request.json`: SHA-256 `3b48197a96b2a6fe7b1598264aa7e79489ea6f1628f57130ae66236e8cda6ffe`
//! - `rooms/get-room-call-status.response.json`: SHA-256 `5495854f25cc66655df0d7b109a5d43bc915ff37507c8ee55a95963567833ae0`
//! - `rooms/get-room-config.request.json`: SHA-256 `cbbf172e7aa59fa27020347da31b79cd3f77be2a20e72f5f49f87250ee718205`
//! - `rooms/get-room-config.response.json`: SHA-256 `2e5b7c6262612ea9dfc4a2a33c9b77bf0c388969bac287e69b2620fc1e835796`
//! - `rooms/get-rooms-account-statistics.request.json`: SHA-256 `4e5b5c8181822b3ad668e03a4c27971739374866b3d171b925f11e68818d8f97`
//! - `rooms/get-rooms-account-statistics.response.json`: SHA-256 `3fa1235a91b71cce165af49bf7d6979cd49710fe1489557d32d0152137dfb4f2`
//! - `rooms/get-rooms-inventory.request.json`: SHA-256 `0e8688180cc2a4e7e80bb20bc14eb8f0273b83308d4966185974df0710da76aa`
//! - `rooms/get-rooms-inventory.response.json`: SHA-256 `9557fb98cf07cfca400612c2bc8f2dc35af7a9c56ae33e196e2f26a5f9804735`
//! - `rooms/list-meeting-rooms.request.json`: SHA-256 `0a63c82aacbdda3e01e56e7724aa64d26c7b82cd0076e5a7405119a9f4387edc`
//! - `rooms/list-meeting-rooms.response.json`: SHA-256 `a6f58d4fb512000dcd5dcc0804d07947c5d6962b457e142a21b4493e05468092`
//! - `rooms/list-room-controllers.request.json`: SHA-256 `be8d492ada6e8c6bf8f751d1ec34d053c827960a79481b8987157f5a96e1a61b`
//! - `rooms/list-room-controllers.response.json`: SHA-256 `58135d0ce1902253ac4c73b61d0ef31cc49f6c3bfcdb08e7ebd32d90862c8911`
//! - `rooms/list-room-devices.request.json`: SHA-256 `e717c5246b104f6a02bafee944c0d2d59eb0deffab474f3b9bf2608c0780e641`
//! - `rooms/list-room-devices.response.json`: SHA-256 `6655633958decd569fb66db800a6e22945f9707355274a579314227b19cb692b`
//! - `rooms/list-room-meetings.path.json`: SHA-256 `6d0ef90068d53bd98c42f36754e08580d7403b19ca2352a708d9fa1eb777d98e`
//! - `rooms/list-room-meetings.request.json`: SHA-256 `00ce84e1368b7b30cbc23299a806eaf51dbc5b9421e178703ad790b904ac2bde`
//! - `rooms/list-room-meetings.response.json`: SHA-256 `e3067b0c8a6d900d606083f5e26be733f060fe6ad8506553f96ee3ffd1360c25`
//! - `rooms/release-rooms.path.json`: SHA-256 `b8c7709f5e7c49154227d1bc034549192dd90e90c7422daa8db74fd0f4d7f3a9`
//! - `rooms/release-rooms.request.json`: SHA-256 `157ff7245768f4fdf0bbe4113830c26e7b45b9f29bb6214b6be116ec23bd6a6d`
//! - `rooms/set-room-background.path.json`: SHA-256 `bf520f51f392394abc2be50ef5330ce9fc864f4e63925ac82ab709bbb1a0fe74`
//! - `rooms/set-room-background.request.json`: SHA-256 `b57fcc8e0dcf3f1647f0460f0fc3e628f43198834f31dede401da19b3c7d9da0`
//! - `rooms/set-room-background.response.json`: SHA-256 `e0187d9a8ecc847281d6a3d136e56f85bf6925e34888be5447c437803c78878b`
//! - `rooms/update-meeting-room.request.json`: SHA-256 `77d5acfd9f23ad05f76ce6a21e2ee5a9465b2bfabcb76a7e92a56f4a9af8e390`
//! - `rooms/update-room-config.request.json`: SHA-256 `b32174f042782cf5b716f02d46b173c07150a54144f039aa0ec115cb461348bc`
//! - `smart/definitions.json`: SHA-256 `a73cf1747c17fe5b1c56484579c270c8903c4a069a1d4c09eba63f8f3169d894`
//! - `smart/endpoints.json`: SHA-256 `e6cc210cd04acbd9787e82f512cabccb79e1b0a30a22fcccfc5e46b1b346909f`
//! - `smart/get-smart-chapters.request.json`: SHA-256 `720a3387d24bef27bad69ea97313e3838ac0594e065bd64aadefef9ea63e071e`
//! - `smart/get-smart-chapters.response.json`: SHA-256 `39d13aee36c8678537c95b631163d37208b9ec06184fab43c14cc5b90ba2e90c`
//! - `smart/get-smart-full-summary.request.json`: SHA-256 `9b8e4cb8ccede96fe7a34c294d29f39a9b8f27810c1003e25100c2f2bba58cc7`
//! - `smart/get-smart-full-summary.response.json`: SHA-256 `164129ad1503f4c912529a09ca48c97f20d42434f02f21ab3c9c7c4a44586eba`
//! - `smart/get-smart-topics.request.json`: SHA-256 `6211a924eba7d87e3c57f4d3a7f28ae70a7e0f09b6f1ab65b9ba83b7271e2e68`
//! - `smart/get-smart-topics.response.json`: SHA-256 `11d5febd0359860148738f2a5866a6929b8f394a96fd26a7a7904492c8a547bf`
//! - `smart/list-smart-speakers.request.json`: SHA-256 `5b3502438c7b832d9875722c882c00d3ddc5f93e70ea41f0660c507149c1e5c9`
//! - `smart/list-smart-speakers.response.json`: SHA-256 `cc97b9502550cc4ad5de8e2104e767ed7b4191d172c1df1f2a7251b0dd07de6a`
//! - `toolkit/definitions.json`: SHA-256 `d41d9db8f62c11aabb52be2e87462b0a349ff7a7366ca7a96d5b98b8063a7e3e`
//! - `toolkit/endpoints.json`: SHA-256 `ef1827aaaa8ca2018617846e0b729be0ea7df524ea2cff7d795178cc7ce187f5`
//! - `toolkit/set-meeting-toolkit.request.json`: SHA-256 `7aa302d3b264a64c4a1c5a5745ac16c0328ddb323969fa078951135f1f91897c`
//! - `users/cancel-user-auth.request.json`: SHA-256 `2b6c1fc29f78a49ea7e88747b14545e5b45fa2c82cd63fa09afc00668cb9ed57`
//! - `users/convert-open-ids.request.json`: SHA-256 `b000f9a4a7d7db8cc923900f9c5818c971395af5b8122e2c139ec778657fc1bd`
//! - `users/convert-open-ids.response.json`: SHA-256 `32b5de6ba40a1cf2e07497ef74443d1ee16fb4dd328b9d122633816cb4ca1313`
//! - `users/create-user.request.json`: SHA-256 `e1d7d0d1f429d6028af3cf894415fd8d6acdf6cfe4272b67ddf374f2c07cd02a`
//! - `users/create-user.response.json`: SHA-256 `ee553a305948b17c39ad627374e1f9f36f8b87bbc1c1a0de6eed94fdaa993ea6`
//! - `users/definitions.json`: SHA-256 `e8b66dcabb266d5d24a7bfaa448a16204c18be22775ccf354bc2764080a6eacf`
//! - `users/delete-user-ai-account.request.json`: SHA-256 `a2358e51edc135f1df42378d49ea3b56946517df34409c2ddd17f8cb4cd399f4`
//! - `users/delete-user-by-uuid.request.json`: SHA-256 `e49e0778066d73d40987285a1875b23ff169a7f4ec4e0bfc8c0a8c52eb2011e2`
//! - `users/delete-user.path.json`: SHA-256 `623a5c0f921b0f0429f5cb22889caf99c9321988ba0560c01feee2da392d46da`
//! - `users/delete-user.request.json`: SHA-256 `4409957779f45a3e13cbf60be29de20134a21cb5adc7a1f0750dc1c7b308f18f`
//! - `users/endpoints.json`: SHA-256 `b301463dca9679ea30403dfd282f74985643ccf99bb4a5e7ab75e5717c3eeb0c`
//! - `users/error-codes.json`: SHA-256 `10af0bbd90e86252da9fcb46f88ecee18529070b44f2b6e68648098afb3823be`
//! - `users/get-activation-links.request.json`: SHA-256 `5bdc77338a720e149357648278eec8fff7fbd70a6fc1469347e7de4c2b6d1fe0`
//! - `users/get-activation-links.response.json`: SHA-256 `04857046038abe86fee4faa16bdffad85d4f3e85b7f0e489fc91c1662404e46e`
//! - `users/get-meeting-ms-open-id.path.json`: SHA-256 `13b5d6e6a1aa3d5f08553af261d7652419abfbe047662ecad6545ef0b080cba0`
//! - `users/get-meeting-ms-open-id.request.json`: SHA-256 `21c4215b607ec7db03ee2c77818793e817066421c756287f2385846f4070c948`
//! - `users/get-meeting-ms-open-id.response.json`: SHA-256 `f5ce230429fe523ebdaa4c60b6f0e0cc61c4ff7748fe8ad8ce901c24edf3a7c0`
//! - `users/get-pmi-config.request.json`: SHA-256 `cd231f02a9e38809b20b2ce772318f6ffce4f8d6afbcf9a3e903a3d5283f8c21`
//! - `users/get-pmi-config.response.json`: SHA-256 `fede8fea320fe373712df891533c1bc19245d79bb016af03dc3b4313d1ba14ee`
//! - `users/get-user-account-statistics.request.json`: SHA-256 `46350d79c69cae333944c1664359557c3402df6fe0dce00c6511f87d60107556`
//! - `users/get-user-account-statistics.response.json`: SHA-256 `215fd354f076ff72b67e5dd1baf9f672f3db0047ec3cc3a1cd3108a16d931422`
//! - `users/get-user-basic-info.request.json`: SHA-256 `5702af75cecc053207a22d5c9a674e6636fcef5da6d4641ce98907508af4140d`
//! - `users/get-user-basic-info.response.json`: SHA-256 `aa68f96a04f4123a10008bd667d75a9e5527f8a3e3744c9369a2f2199afa0c80`
//! - `users/get-user-by-uuid.request.json`: SHA-256 `9be2c3c9b291916b1cb55ae077472eb866040e3a311637913dcd0bcd31bdba88`
//! - `users/get-user.path.json`: SHA-256 `cac7e06749e100f3ea9827b186b5b41639fd5480dba983328f28c9080936f854`
//! - `users/get-user.request.json`: SHA-256 `c55bed99b0b66676ed00ff3453e715ea837dd95f5712adbd36f7e29421a63b03`
//! - `users/get-user.response.json`: SHA-256 `d8b4b4809bf47208158532214a930ce83ba9e5a24b0952ff1f52b5581a4119d6`
//! - `users/get-verification-links.request.json`: SHA-256 `b60f314ebf3f79bf0b496d22913a267f3d1c251565457ec3d94faf669388271f`
//! - `users/get-verification-links.response.json`: SHA-256 `bf698a7eaaefb88ba02766bc92196ca1d0c7966fa3896667499288285718a113`
//! - `users/list-users-advanced.request.json`: SHA-256 `0372bf94a975f45328f9dd8889a8c3c0985e96decf93f310905ca90063822c0e`
//! - `users/list-users-advanced.response.json`: SHA-256 `7110c26286ab8919b05cb7458e1eb135553990bc21bb6093cb4106010e1e1bed`
//! - `users/list-users.request.json`: SHA-256 `2181f17f6276e03462d3705a6bdd09ccb77d8902e5dcf91cc491ffb11c52d3a0`
//! - `users/list-users.response.json`: SHA-256 `0d7a33ebf992958927fcd721c4139dab31bb2184339a280c9c9282700ab0398a`
//! - `users/send-activation-invite.path.json`: SHA-256 `e694a62f8b8732437d0297a2ad90fee1cfa3ddda545988d5e04802bcde84f2e9`
//! - `users/send-activation-invite.request.json`: SHA-256 `47fd19c1949dab7bca2d9a42c6932e39f8b874502ab2a5a6c46d10deaec40ebc`
//! - `users/send-verification-sms.path.json`: SHA-256 `307d12a18d47fe3f6dd263c97e154fc4562594a6ba825543548ed798b508435d`
//! - `users/send-verification-sms.request.json`: SHA-256 `47074732409efcafd3c5534868f570b2a3e5350a933ee05ac1f52193f7f6f21e`
//! - `users/set-user-ai-account.request.json`: SHA-256 `7071a811145553f3c104e8871663713092832863193d49ad4dd1309d9ce31f86`
//! - `users/set-user-enabled.path.json`: SHA-256 `3087ee61954e99a6bbf9404b889c3cd30f7c41a2ec265bf731ba19567d391700`
//! - `users/set-user-enabled.request.json`: SHA-256 `18fd89ab047717db07b6df1fe7c3025039462b5e7e58848d45ea0e7c6fa1b7fb`
//! - `users/transfer-deleted-user-assets.request.json`: SHA-256 `594728022f136bc1d751ba444a0c74744018aecab97876850e9dbe82d6897bc2`
//! - `users/update-pmi-config.request.json`: SHA-256 `684188e1b10bd285515a6d755b638c61d4a1e8c6d22900a57352864315de76d2`
//! - `users/update-user-by-uuid.request.json`: SHA-256 `1b027b247cd6ef762fcd4a9503913761caaf418bd672f7bbd42bf5391d2682c1`
//! - `users/update-user.path.json`: SHA-256 `c0b6586cf57914f9c61b1b611ad41a0033b1d374b5c5f6cff53b008895ecaa1f`
//! - `users/update-user.request.json`: SHA-256 `52536beb2427323863c167d76c6cbf4527e0004b3c8e8dbe708ae30f5fc173d0`
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
pub mod compat;
pub mod endpoints;
pub mod error_codes;
pub mod events;
pub mod root;
#[cfg(feature = "meetings")]
pub mod meetings;
#[cfg(feature = "users")]
pub mod users;
#[cfg(feature = "records")]
pub mod records;
#[cfg(feature = "records")]
pub mod smart;
#[cfg(feature = "rooms")]
pub mod rooms;
#[cfg(feature = "control")]
pub mod control;
#[cfg(feature = "layouts")]
pub mod layouts;
#[cfg(feature = "guests")]
pub mod guests;
#[cfg(feature = "pstn")]
pub mod pstn;
#[cfg(feature = "toolkit")]
pub mod toolkit;
/// The service modules compiled in, which the crate root re-exports.
pub mod services {
    #[cfg(feature = "meetings")]
    pub use super::meetings;
    #[cfg(feature = "users")]
    pub use super::users;
    #[cfg(feature = "records")]
    pub use super::records;
    #[cfg(feature = "records")]
    pub use super::smart;
    #[cfg(feature = "rooms")]
    pub use super::rooms;
    #[cfg(feature = "control")]
    pub use super::control;
    #[cfg(feature = "layouts")]
    pub use super::layouts;
    #[cfg(feature = "guests")]
    pub use super::guests;
    #[cfg(feature = "pstn")]
    pub use super::pstn;
    #[cfg(feature = "toolkit")]
    pub use super::toolkit;
}

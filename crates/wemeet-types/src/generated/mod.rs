// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:
//!
//! - `api.json`: SHA-256 `54583be407f47f035fbcde281cf32f9d8793ab98b5f0b78bf694cabdfdafd256`
//! - `common.json`: SHA-256 `bb29c7797558b099bd52c42e161fed658abec28a3d8413d090849d2efe4d863c`
//! - `error-codes.json`: SHA-256 `b72d27891d9b58a95d9b9d3a80be22a86cbd7e346eda4d38b07c5c99c4dbe91f`
//! - `error.response.json`: SHA-256 `8d9844a66e23edca4606d447b032d66d05d4eb341a51429818c17de377f03976`
//! - `events/definitions.json`: SHA-256 `0fcc708dc7f59d2534cd85397b32be7ef69c6c51f5b41f4ac446ceec23d963c5`
//! - `events/meeting-canceled.json`: SHA-256 `e79e923272716898353f3e9240201d4e4f8176d5aa7dcbdf7a91e2b1ef632622`
//! - `events/meeting-created.json`: SHA-256 `9bc7a2648a994a8bc78513f524c18a46f26f77637cc2ce269e78ffddeabd55e8`
//! - `events/meeting-live-started.json`: SHA-256 `d4367ea5a24c33e6bd0d203822e8f6b2ab7fc64b6493400d6758f944291ca310`
//! - `events/meeting-live-stopped.json`: SHA-256 `e66432195799ef2981f14e97cec019de3338ea873919489be7ec16fec1480dae`
//! - `events/meeting-medium-uploaded.json`: SHA-256 `5d06444e0d3ff53e04211f04d2038ecd33cc8ef046e6fe0f4d02876016d03176`
//! - `events/meeting-updated.json`: SHA-256 `39feb06e8b1f39cbf6589719c380d96f6b7152cfc0c2dc58289f2f27254fcedd`
//! - `meetings/add-meeting-backgrounds.path.json`: SHA-256 `855b5b07827a3e83f78ba936a639d4fe4a7f18c23a86f1c057172ecae214a192`
//! - `meetings/add-meeting-backgrounds.request.json`: SHA-256 `6a867f866996934698746a53cf054e649e5614019a56725c4a094affe9e3c01b`
//! - `meetings/add-meeting-backgrounds.response.json`: SHA-256 `3127fe7d7b48f0423c847da6cc74279cee455b64db6dbaef7d51bb3b600bf5a3`
//! - `meetings/cancel-meeting.path.json`: SHA-256 `322ea1cccff9ec2d5cb4a81d43d027f1b6e27c481a08d5bdb94105ebf8e02321`
//! - `meetings/cancel-meeting.request.json`: SHA-256 `6c3f4aa22c3e1d41495ccc63359ed7251ffc056f1a9e4d6ea562f088eb088a72`
//! - `meetings/create-meeting.request.json`: SHA-256 `0f9a8ddf26832f2e425c543fd0a22431e87bfe0b289d527c28aa250c3b195de3`
//! - `meetings/create-meeting.response.json`: SHA-256 `381a20ae2f9f8fc5046036ad0de90277286f8569b71e892308db7e9f67ea75a7`
//! - `meetings/endpoints.json`: SHA-256 `7ebb3ca3fcbae40ef243905f20dbd851649288fdf69a5f413b89328e99834c7c`
//! - `meetings/get-meeting.path.json`: SHA-256 `90a777a2415932c43efe8a3999eded5fc94950b57f3bce27e0647f04a537b73a`
//! - `meetings/get-meeting.request.json`: SHA-256 `4129e6d6e820735f2bba901c9d33a9f1135c85bc021cfb1ba7539fb037424870`
//! - `meetings/get-meeting.response.json`: SHA-256 `64a0dd6e77e2dcb579cc421af2790b751a1775edd91613a4e6db3655f7f37abf`
//! - `meetings/get-push-stream-info.path.json`: SHA-256 `8712e2b4a2e2346e664a212e5d9280bca88766d91c70f218281b6b77e9bff4b9`
//! - `meetings/get-push-stream-info.request.json`: SHA-256 `e4b45f0a4a04ee311de987d1278e0648442730faad5015d4743e6a28f6510b8c`
//! - `meetings/get-push-stream-info.response.json`: SHA-256 `087b1d2da801d86ad1ca52f32666131c692492cc0cf788de40c2359e37fba7ec`
//! - `meetings/set-default-background.path.json`: SHA-256 `b862a5cd8a9b6e02a08cbd0d962296cde5cc2727c649046cf4ad7f8fce1c42a8`
//! - `meetings/set-default-background.request.json`: SHA-256 `2b38ca12b996e63f41367a21546d1e97e43ff263e83d3f2b9d23af4caaba25db`
//! - `meetings/set-live-stream-address.path.json`: SHA-256 `296acad8dc08686f91939e9327dc83cf1e36b910e73f0853cdd5124d8bb773c9`
//! - `meetings/set-live-stream-address.request.json`: SHA-256 `4dca12d55a5ca715e9160ec1b9167f623d88e46736d44132ed037b7acdb1f1bd`
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
pub mod compat;
pub mod endpoints;
pub mod error_codes;
pub mod events;
pub mod root;
#[cfg(feature = "meetings")]
pub mod meetings;
/// The service modules compiled in, which the crate root re-exports.
pub mod services {
    #[cfg(feature = "meetings")]
    pub use super::meetings;
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:
//!
//! - `add-meeting-backgrounds.path.json`: SHA-256 `284890a216a58499f6bd48e618b8239108904ff988374bc6f6568d293f866605`
//! - `add-meeting-backgrounds.request.json`: SHA-256 `1e9ea552bc348414ea33116150fc64170f554338b8a446e065c94e96ad76e66d`
//! - `add-meeting-backgrounds.response.json`: SHA-256 `164e1b00bf78c6d9b0d52dae313e3c0883053ef607bcb4ec507657a752b6102d`
//! - `cancel-meeting.path.json`: SHA-256 `853327b9d63d8287744c42380b30f89f3660e305c12ba82107cb80da4b3267a4`
//! - `cancel-meeting.request.json`: SHA-256 `cc118029231520edd06212dc1374061111cef22d00e3a08cb53a95861eefd370`
//! - `common.json`: SHA-256 `bb29c7797558b099bd52c42e161fed658abec28a3d8413d090849d2efe4d863c`
//! - `create-meeting.request.json`: SHA-256 `c839b593053bdb55666b300a96d709c33fa0bfee052f8c418b671efb6cd28dfe`
//! - `create-meeting.response.json`: SHA-256 `8a72639999bbdd80e342a89efee6c043634dbc0a0e478965ac58b9281950581a`
//! - `endpoints.json`: SHA-256 `820f75b3ec25f2ab28d079a6c74d3fa8ae2cce347bd0f3b60bdc0fab4af93bc9`
//! - `error-codes.json`: SHA-256 `b72d27891d9b58a95d9b9d3a80be22a86cbd7e346eda4d38b07c5c99c4dbe91f`
//! - `error.response.json`: SHA-256 `8d9844a66e23edca4606d447b032d66d05d4eb341a51429818c17de377f03976`
//! - `events/definitions.json`: SHA-256 `0fcc708dc7f59d2534cd85397b32be7ef69c6c51f5b41f4ac446ceec23d963c5`
//! - `events/meeting-canceled.json`: SHA-256 `e79e923272716898353f3e9240201d4e4f8176d5aa7dcbdf7a91e2b1ef632622`
//! - `events/meeting-created.json`: SHA-256 `9bc7a2648a994a8bc78513f524c18a46f26f77637cc2ce269e78ffddeabd55e8`
//! - `events/meeting-live-started.json`: SHA-256 `d4367ea5a24c33e6bd0d203822e8f6b2ab7fc64b6493400d6758f944291ca310`
//! - `events/meeting-live-stopped.json`: SHA-256 `e66432195799ef2981f14e97cec019de3338ea873919489be7ec16fec1480dae`
//! - `events/meeting-medium-uploaded.json`: SHA-256 `5d06444e0d3ff53e04211f04d2038ecd33cc8ef046e6fe0f4d02876016d03176`
//! - `events/meeting-updated.json`: SHA-256 `39feb06e8b1f39cbf6589719c380d96f6b7152cfc0c2dc58289f2f27254fcedd`
//! - `get-meeting.path.json`: SHA-256 `0e348a8851fa4c996e1b4900c7c073d46e6e08f7084c044bbb63c8c82df845f9`
//! - `get-meeting.request.json`: SHA-256 `a424cf85b58f31b4c05b9dbe5662195bbe4e93cd918d5f538907ce5fa6be2d3e`
//! - `get-meeting.response.json`: SHA-256 `1ee9793e8d5bce052ed48cbfa6527ecade958eccde9c7ebd7ea8f5f346c7ace4`
//! - `get-push-stream-info.path.json`: SHA-256 `08c4925790c7607782df6ebfc9eaf75ab3f242434e218e3be4b86430ac1e2ed2`
//! - `get-push-stream-info.request.json`: SHA-256 `1335bc233649fb552f7495e0f6d8ecc0546c40979dd818abdba0b6e019727194`
//! - `get-push-stream-info.response.json`: SHA-256 `e56b98a43af20395b0c8408d2c871525374c966f119b4994337865f8966bfa4d`
//! - `set-default-background.path.json`: SHA-256 `7dc00c2719f77c1d1d74eb213bfcb920ab38b0e6273fd4f1bdec5fe8c2af5f64`
//! - `set-default-background.request.json`: SHA-256 `dee37996ec56be700eb693f0b391e856744e6be1129d734e5e4d84bc41c8b8d3`
//! - `set-live-stream-address.path.json`: SHA-256 `8448f310f70f0bd4f95f3aab3743ec360d05186923aa2a8feda54301f6951ca2`
//! - `set-live-stream-address.request.json`: SHA-256 `5df6891479127336e63a59a54637e9796fa1f1133be82e33c86bb30081cbd2e5`
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
pub mod code_lists;
pub mod endpoints;
pub mod error_codes;
pub mod events;
pub mod models;
pub mod schemas;

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:
//!
//! - `add-meeting-backgrounds.path.json`: SHA-256 `b166f070c4e2d8a7292b0532654532fb01e06f9cb14ff6f2e19b61c7bd8a4c25`
//! - `add-meeting-backgrounds.request.json`: SHA-256 `bc5a72a49d7cf8c8c313d4390183c67f9e185b43d55e430d7448b23d8a523ab1`
//! - `add-meeting-backgrounds.response.json`: SHA-256 `406989c27f7c946219e24131c49556ee20dc1241788b4c664a3c0ef1ad8a834b`
//! - `common.json`: SHA-256 `465c729a7ef7acb56a4e3854e59e767ed938424055908437d6747fcaf77452fb`
//! - `create-meeting.request.json`: SHA-256 `fd4782b037665765e22cdd476e7bd7237e7a7d2773acf0991c73b021033b013a`
//! - `create-meeting.response.json`: SHA-256 `b1109e57351286f203b1a65921937d5d1889080c92b84ae8092e317c2f6294d3`
//! - `endpoints.json`: SHA-256 `a56c0cb2d8cab1d3cf0f2777f9f0b249715cf08d6b94357bade0ae4cf4da9419`
//! - `error.response.json`: SHA-256 `d30959892bf2a5e01f2fabaaf12d9bf71396e821416b11d3829d381f4b66825e`
//! - `events/definitions.json`: SHA-256 `a36a30602a6c5898b7754e35be1fd0bf0a6cfeaa4e5e72099025e3037295ed9d`
//! - `events/meeting-canceled.json`: SHA-256 `e79e923272716898353f3e9240201d4e4f8176d5aa7dcbdf7a91e2b1ef632622`
//! - `events/meeting-created.json`: SHA-256 `9bc7a2648a994a8bc78513f524c18a46f26f77637cc2ce269e78ffddeabd55e8`
//! - `events/meeting-live-started.json`: SHA-256 `d4367ea5a24c33e6bd0d203822e8f6b2ab7fc64b6493400d6758f944291ca310`
//! - `events/meeting-live-stopped.json`: SHA-256 `e66432195799ef2981f14e97cec019de3338ea873919489be7ec16fec1480dae`
//! - `events/meeting-medium-uploaded.json`: SHA-256 `e6d1f52bd3d87888f19682d9db2b56362e0fa56ba09be3810e0177ca9e671b1c`
//! - `events/meeting-updated.json`: SHA-256 `39feb06e8b1f39cbf6589719c380d96f6b7152cfc0c2dc58289f2f27254fcedd`
//! - `set-live-stream-address.path.json`: SHA-256 `d7d79c772f3f644a2f0bd8e3f2b1019ea73fcf31f18a15fd6d7463775bf32c7a`
//! - `set-live-stream-address.request.json`: SHA-256 `920fd9b7be909721c4c1caaba05d294dcac28fb6003d749f3c74e9e9acda13ab`
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
pub mod client_methods;
pub mod endpoints;
pub mod models;
pub mod schemas;

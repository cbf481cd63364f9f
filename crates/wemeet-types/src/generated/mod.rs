// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:
//!
//! - `add-meeting-backgrounds.path.json`: SHA-256 `284890a216a58499f6bd48e618b8239108904ff988374bc6f6568d293f866605`
//! - `add-meeting-backgrounds.request.json`: SHA-256 `e1c5471cdc9e24845da7d07c722f3f4671cff9392c2da7a18e53b5fe7e9927fd`
//! - `add-meeting-backgrounds.response.json`: SHA-256 `164e1b00bf78c6d9b0d52dae313e3c0883053ef607bcb4ec507657a752b6102d`
//! - `common.json`: SHA-256 `e90cd0456cbedfcd80c203ebd225637894fdf8b0d597f180808f1f9b3a690063`
//! - `create-meeting.request.json`: SHA-256 `589178fe8f16054874bfb81a129335a2adf8f978d7aad684f7223eb4992d5a69`
//! - `create-meeting.response.json`: SHA-256 `8a72639999bbdd80e342a89efee6c043634dbc0a0e478965ac58b9281950581a`
//! - `endpoints.json`: SHA-256 `422aaf387a5307c387163482d8a0e44c358898474b6f74556e955e5f3006edf4`
//! - `error-codes.json`: SHA-256 `a35691449e180d6b560d740e5b48711d44bb8e095b16fc577cb2c99764ea316c`
//! - `error.response.json`: SHA-256 `8d9844a66e23edca4606d447b032d66d05d4eb341a51429818c17de377f03976`
//! - `events/definitions.json`: SHA-256 `0fcc708dc7f59d2534cd85397b32be7ef69c6c51f5b41f4ac446ceec23d963c5`
//! - `events/meeting-canceled.json`: SHA-256 `e79e923272716898353f3e9240201d4e4f8176d5aa7dcbdf7a91e2b1ef632622`
//! - `events/meeting-created.json`: SHA-256 `9bc7a2648a994a8bc78513f524c18a46f26f77637cc2ce269e78ffddeabd55e8`
//! - `events/meeting-live-started.json`: SHA-256 `d4367ea5a24c33e6bd0d203822e8f6b2ab7fc64b6493400d6758f944291ca310`
//! - `events/meeting-live-stopped.json`: SHA-256 `e66432195799ef2981f14e97cec019de3338ea873919489be7ec16fec1480dae`
//! - `events/meeting-medium-uploaded.json`: SHA-256 `5d06444e0d3ff53e04211f04d2038ecd33cc8ef046e6fe0f4d02876016d03176`
//! - `events/meeting-updated.json`: SHA-256 `39feb06e8b1f39cbf6589719c380d96f6b7152cfc0c2dc58289f2f27254fcedd`
//! - `set-live-stream-address.path.json`: SHA-256 `8448f310f70f0bd4f95f3aab3743ec360d05186923aa2a8feda54301f6951ca2`
//! - `set-live-stream-address.request.json`: SHA-256 `c0898f451804a9dbf3397138ee14d49c1211650616f2e64f89543073c5b030e5`
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
pub mod code_lists;
pub mod endpoints;
pub mod error_codes;
pub mod events;
pub mod models;
pub mod schemas;

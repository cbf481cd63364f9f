// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The names the crate root had before services were modules, kept reachable there (hidden from the
//! docs): the types of the endpoints `schemas/api.json`'s `root_compat` lists.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[cfg(feature = "meetings")]
#[doc(hidden)]
pub use crate::meetings::{
    AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest,
    AddMeetingBackgroundsResponse, AutoRecordType, Background, BackgroundImage,
    CancelMeetingPath, CancelMeetingRequest, CreateMeetingRequest, CreateMeetingResponse,
    CustomizedRecurringType, GetMeetingPath, GetMeetingRequest, GetMeetingResponse,
    GetPushStreamInfoPath, GetPushStreamInfoRequest, GetPushStreamInfoResponse,
    JoinMeetingRole, JoinRestriction, LiveConfig, LiveConfigSpec, LiveWatermark,
    LiveWatermarkOption, LiveWatermarkSpec, MediaSetType, MeetingDetail,
    MeetingDetailSettings, MeetingInfo, MeetingInfoSettings, MeetingUser, MeetingUserObj,
    NicknameChange, PushStreamEntry, PushStreamInfo, RecurringRule, RecurringRuleSpec,
    RecurringType, SetDefaultBackgroundPath, SetDefaultBackgroundRequest,
    SetLiveStreamAddressPath, SetLiveStreamAddressRequest, Settings, SubMeeting,
    UntilType,
};

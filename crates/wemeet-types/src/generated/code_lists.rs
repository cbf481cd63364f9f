// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The code lists: an enum per `anyOf` of documented codes in the schemas.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum InstanceId {
    /// PSTN (telephone) (code 0).
    Pstn,
    /// PC (code 1).
    Pc,
    /// Mac (code 2).
    Mac,
    /// Android (code 3).
    Android,
    /// iOS (code 4).
    Ios,
    /// Web (code 5).
    Web,
    /// iPad (code 6).
    Ipad,
    /// Android Pad (code 7).
    AndroidPad,
    /// Mini program (小程序) (code 8).
    MiniProgram,
    /// VoIP / SIP device (code 9).
    VoipSip,
    /// Linux (code 10).
    Linux,
    /// Vision Pro (code 12).
    VisionPro,
    /// Rooms for Touch, Windows (code 20).
    RoomsTouchWindows,
    /// Rooms for Touch, macOS (code 21).
    RoomsTouchMac,
    /// Rooms for Touch, Android (code 22).
    RoomsTouchAndroid,
    /// Controller for Touch, Windows (code 30).
    ControllerTouchWindows,
    /// Controller for Touch, Android (code 32).
    ControllerTouchAndroid,
    /// Controller for Touch, iOS (code 33).
    ControllerTouchIos,
    /// HarmonyOS phone (code 81).
    HarmonyPhone,
    /// HarmonyOS tablet (code 82).
    HarmonyTablet,
    /// HarmonyOS PC (code 83).
    HarmonyPc,
    /// HarmonyOS intelligent cockpit (code 84).
    HarmonyCockpit,
    /// HarmonyOS AR/VR (code 86).
    HarmonyArVr,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl InstanceId {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Pstn,
        Self::Pc,
        Self::Mac,
        Self::Android,
        Self::Ios,
        Self::Web,
        Self::Ipad,
        Self::AndroidPad,
        Self::MiniProgram,
        Self::VoipSip,
        Self::Linux,
        Self::VisionPro,
        Self::RoomsTouchWindows,
        Self::RoomsTouchMac,
        Self::RoomsTouchAndroid,
        Self::ControllerTouchWindows,
        Self::ControllerTouchAndroid,
        Self::ControllerTouchIos,
        Self::HarmonyPhone,
        Self::HarmonyTablet,
        Self::HarmonyPc,
        Self::HarmonyCockpit,
        Self::HarmonyArVr,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Pstn => 0u32,
            Self::Pc => 1u32,
            Self::Mac => 2u32,
            Self::Android => 3u32,
            Self::Ios => 4u32,
            Self::Web => 5u32,
            Self::Ipad => 6u32,
            Self::AndroidPad => 7u32,
            Self::MiniProgram => 8u32,
            Self::VoipSip => 9u32,
            Self::Linux => 10u32,
            Self::VisionPro => 12u32,
            Self::RoomsTouchWindows => 20u32,
            Self::RoomsTouchMac => 21u32,
            Self::RoomsTouchAndroid => 22u32,
            Self::ControllerTouchWindows => 30u32,
            Self::ControllerTouchAndroid => 32u32,
            Self::ControllerTouchIos => 33u32,
            Self::HarmonyPhone => 81u32,
            Self::HarmonyTablet => 82u32,
            Self::HarmonyPc => 83u32,
            Self::HarmonyCockpit => 84u32,
            Self::HarmonyArVr => 86u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Pstn,
            1u32 => Self::Pc,
            2u32 => Self::Mac,
            3u32 => Self::Android,
            4u32 => Self::Ios,
            5u32 => Self::Web,
            6u32 => Self::Ipad,
            7u32 => Self::AndroidPad,
            8u32 => Self::MiniProgram,
            9u32 => Self::VoipSip,
            10u32 => Self::Linux,
            12u32 => Self::VisionPro,
            20u32 => Self::RoomsTouchWindows,
            21u32 => Self::RoomsTouchMac,
            22u32 => Self::RoomsTouchAndroid,
            30u32 => Self::ControllerTouchWindows,
            32u32 => Self::ControllerTouchAndroid,
            33u32 => Self::ControllerTouchIos,
            81u32 => Self::HarmonyPhone,
            82u32 => Self::HarmonyTablet,
            83u32 => Self::HarmonyPc,
            84u32 => Self::HarmonyCockpit,
            86u32 => Self::HarmonyArVr,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Pstn => ::std::option::Option::Some("PSTN (telephone)"),
            Self::Pc => ::std::option::Option::Some("PC"),
            Self::Mac => ::std::option::Option::Some("Mac"),
            Self::Android => ::std::option::Option::Some("Android"),
            Self::Ios => ::std::option::Option::Some("iOS"),
            Self::Web => ::std::option::Option::Some("Web"),
            Self::Ipad => ::std::option::Option::Some("iPad"),
            Self::AndroidPad => ::std::option::Option::Some("Android Pad"),
            Self::MiniProgram => ::std::option::Option::Some("Mini program (小程序)"),
            Self::VoipSip => ::std::option::Option::Some("VoIP / SIP device"),
            Self::Linux => ::std::option::Option::Some("Linux"),
            Self::VisionPro => ::std::option::Option::Some("Vision Pro"),
            Self::RoomsTouchWindows => {
                ::std::option::Option::Some("Rooms for Touch, Windows")
            }
            Self::RoomsTouchMac => ::std::option::Option::Some("Rooms for Touch, macOS"),
            Self::RoomsTouchAndroid => {
                ::std::option::Option::Some("Rooms for Touch, Android")
            }
            Self::ControllerTouchWindows => {
                ::std::option::Option::Some("Controller for Touch, Windows")
            }
            Self::ControllerTouchAndroid => {
                ::std::option::Option::Some("Controller for Touch, Android")
            }
            Self::ControllerTouchIos => {
                ::std::option::Option::Some("Controller for Touch, iOS")
            }
            Self::HarmonyPhone => ::std::option::Option::Some("HarmonyOS phone"),
            Self::HarmonyTablet => ::std::option::Option::Some("HarmonyOS tablet"),
            Self::HarmonyPc => ::std::option::Option::Some("HarmonyOS PC"),
            Self::HarmonyCockpit => {
                ::std::option::Option::Some("HarmonyOS intelligent cockpit")
            }
            Self::HarmonyArVr => ::std::option::Option::Some("HarmonyOS AR/VR"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(InstanceId);
/// The type of an uploaded material (素材类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MediumType {
    /// Video (视频) (code 1).
    Video,
    /// Picture (图片) (code 2).
    Picture,
    /// File (文件) (code 3).
    File,
    /// A type the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MediumType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Video, Self::Picture, Self::File];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Video => 1u32,
            Self::Picture => 2u32,
            Self::File => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Video,
            2u32 => Self::Picture,
            3u32 => Self::File,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Video => ::std::option::Option::Some("Video (视频)"),
            Self::Picture => ::std::option::Option::Some("Picture (图片)"),
            Self::File => ::std::option::Option::Some("File (文件)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MediumType);
/// Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingCreateFrom {
    /// No source (空来源) (code 0).
    Unspecified,
    /// Client (客户端) (code 1).
    Client,
    /// Web (code 2).
    Web,
    /// WeCom (企微) (code 3).
    WeCom,
    /// WeChat (微信) (code 4).
    WeChat,
    /// Outlook (code 5).
    Outlook,
    /// REST API (code 6).
    RestApi,
    /// Tencent Docs (腾讯文档) (code 7).
    TencentDocs,
    /// Rooms smart recording (Rooms 智能录制) (code 8).
    RoomsSmartRecording,
    /// A source the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingCreateFrom {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Unspecified,
        Self::Client,
        Self::Web,
        Self::WeCom,
        Self::WeChat,
        Self::Outlook,
        Self::RestApi,
        Self::TencentDocs,
        Self::RoomsSmartRecording,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Unspecified => 0u32,
            Self::Client => 1u32,
            Self::Web => 2u32,
            Self::WeCom => 3u32,
            Self::WeChat => 4u32,
            Self::Outlook => 5u32,
            Self::RestApi => 6u32,
            Self::TencentDocs => 7u32,
            Self::RoomsSmartRecording => 8u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Unspecified,
            1u32 => Self::Client,
            2u32 => Self::Web,
            3u32 => Self::WeCom,
            4u32 => Self::WeChat,
            5u32 => Self::Outlook,
            6u32 => Self::RestApi,
            7u32 => Self::TencentDocs,
            8u32 => Self::RoomsSmartRecording,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Unspecified => ::std::option::Option::Some("No source (空来源)"),
            Self::Client => ::std::option::Option::Some("Client (客户端)"),
            Self::Web => ::std::option::Option::Some("Web"),
            Self::WeCom => ::std::option::Option::Some("WeCom (企微)"),
            Self::WeChat => ::std::option::Option::Some("WeChat (微信)"),
            Self::Outlook => ::std::option::Option::Some("Outlook"),
            Self::RestApi => ::std::option::Option::Some("REST API"),
            Self::TencentDocs => {
                ::std::option::Option::Some("Tencent Docs (腾讯文档)")
            }
            Self::RoomsSmartRecording => {
                ::std::option::Option::Some("Rooms smart recording (Rooms 智能录制)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingCreateFrom);
/// Whether a meeting is a one-off or a recurring one (会议类型), the wire field `meeting_type`: not the same list as `type` (`MeetingType`, scheduled or quick). The docs list 0 and 1; any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingKind {
    /// Normal meeting (普通会议) (code 0).
    Normal,
    /// Recurring meeting (周期性会议) (code 1).
    Recurring,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingKind {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Normal, Self::Recurring];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Normal => 0u32,
            Self::Recurring => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Normal,
            1u32 => Self::Recurring,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Normal => ::std::option::Option::Some("Normal meeting (普通会议)"),
            Self::Recurring => {
                ::std::option::Option::Some("Recurring meeting (周期性会议)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingKind);
/// State of a meeting (会议状态), as the service reports it. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum MeetingStatus {
    /// Invalid or unknown (非法或未知) (`MEETING_STATE_INVALID`).
    Invalid,
    /// Waiting to start: nobody has joined yet (待开始) (`MEETING_STATE_INIT`).
    Init,
    /// Cancelled before it started; it cannot be entered (已取消) (`MEETING_STATE_CANCELLED`).
    Cancelled,
    /// In progress: someone is in the meeting (会议中) (`MEETING_STATE_STARTED`).
    Started,
    /// Ended and deleted by the host, with nobody in it (已删除) (`MEETING_STATE_ENDED`).
    Ended,
    /// Past its scheduled end with nobody having joined (无状态) (`MEETING_STATE_NULL`).
    Null,
    /// Its meeting number was recycled, 30 days after the scheduled start (已回收) (`MEETING_STATE_RECYCLED`).
    Recycled,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl MeetingStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Invalid,
        Self::Init,
        Self::Cancelled,
        Self::Started,
        Self::Ended,
        Self::Null,
        Self::Recycled,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Invalid => "MEETING_STATE_INVALID",
            Self::Init => "MEETING_STATE_INIT",
            Self::Cancelled => "MEETING_STATE_CANCELLED",
            Self::Started => "MEETING_STATE_STARTED",
            Self::Ended => "MEETING_STATE_ENDED",
            Self::Null => "MEETING_STATE_NULL",
            Self::Recycled => "MEETING_STATE_RECYCLED",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "MEETING_STATE_INVALID" => Self::Invalid,
            "MEETING_STATE_INIT" => Self::Init,
            "MEETING_STATE_CANCELLED" => Self::Cancelled,
            "MEETING_STATE_STARTED" => Self::Started,
            "MEETING_STATE_ENDED" => Self::Ended,
            "MEETING_STATE_NULL" => Self::Null,
            "MEETING_STATE_RECYCLED" => Self::Recycled,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "MEETING_STATE_INVALID" => {
                ::std::option::Option::Some("Invalid or unknown (非法或未知)")
            }
            "MEETING_STATE_INIT" => {
                ::std::option::Option::Some(
                    "Waiting to start: nobody has joined yet (待开始)",
                )
            }
            "MEETING_STATE_CANCELLED" => {
                ::std::option::Option::Some(
                    "Cancelled before it started; it cannot be entered (已取消)",
                )
            }
            "MEETING_STATE_STARTED" => {
                ::std::option::Option::Some(
                    "In progress: someone is in the meeting (会议中)",
                )
            }
            "MEETING_STATE_ENDED" => {
                ::std::option::Option::Some(
                    "Ended and deleted by the host, with nobody in it (已删除)",
                )
            }
            "MEETING_STATE_NULL" => {
                ::std::option::Option::Some(
                    "Past its scheduled end with nobody having joined (无状态)",
                )
            }
            "MEETING_STATE_RECYCLED" => {
                ::std::option::Option::Some(
                    "Its meeting number was recycled, 30 days after the scheduled start (已回收)",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(MeetingStatus);
/// Meeting type (会议类型), the wire field `type`. The docs list 0 and 1; any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingType {
    /// Scheduled meeting (预约会议) (code 0).
    Scheduled,
    /// Quick meeting (快速会议) (code 1).
    Quick,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Scheduled, Self::Quick];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Scheduled => 0u32,
            Self::Quick => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Scheduled,
            1u32 => Self::Quick,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Scheduled => {
                ::std::option::Option::Some("Scheduled meeting (预约会议)")
            }
            Self::Quick => ::std::option::Option::Some("Quick meeting (快速会议)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingType);
/// What kind of ID `operator_id` is (操作者 ID 的类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum OperatorIdType {
    /// An enterprise user ID (userid) (code 1).
    Userid,
    /// An OAuth 2.0 open ID (openid) (code 2).
    OpenId,
    /// A Rooms device ID (rooms_id) (code 3).
    RoomsId,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl OperatorIdType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Userid, Self::OpenId, Self::RoomsId];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Userid => 1u32,
            Self::OpenId => 2u32,
            Self::RoomsId => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Userid,
            2u32 => Self::OpenId,
            3u32 => Self::RoomsId,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Userid => ::std::option::Option::Some("An enterprise user ID (userid)"),
            Self::OpenId => ::std::option::Option::Some("An OAuth 2.0 open ID (openid)"),
            Self::RoomsId => ::std::option::Option::Some("A Rooms device ID (rooms_id)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(OperatorIdType);
/// Push platform type (推流平台类型). The docs list 1 and 2; any other integer is accepted. Business and enterprise editions hold at most 1 WeChat Channels address and 10 push platforms (商业版和企业版最多支持添加1个微信视频号地址和10个推流平台): `x-max-per-account`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PlatformType {
    /// WeChat Channels (微信视频号平台) (code 1).
    WechatChannels,
    /// Third-party push platform (第三方推流平台) (code 2).
    ThirdParty,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl PlatformType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::WechatChannels, Self::ThirdParty];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::WechatChannels => 1u32,
            Self::ThirdParty => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::WechatChannels,
            2u32 => Self::ThirdParty,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::WechatChannels => {
                ::std::option::Option::Some("WeChat Channels (微信视频号平台)")
            }
            Self::ThirdParty => {
                ::std::option::Option::Some(
                    "Third-party push platform (第三方推流平台)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(PlatformType);
impl PlatformType {
    /// How many entries of this kind one account may hold, where the docs say (`x-max-per-account`).
    pub fn max_per_account(&self) -> ::std::option::Option<usize> {
        match self.code() {
            1u32 => ::std::option::Option::Some(1usize),
            2u32 => ::std::option::Option::Some(10usize),
            _ => ::std::option::Option::None,
        }
    }
}

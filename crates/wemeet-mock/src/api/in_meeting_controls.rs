//! The meeting-wide state the in-meeting controls set: the in-meeting settings (会中状态设置), the document-upload
//! permission and real-time transcription ([`MockServer::in_meeting_controls`](crate::MockServer::in_meeting_controls)).

use wemeet_types::MuteOnJoin;
use wemeet_types::control::{AllowChatMode, SetInMeetingSettingsRequest};

/// What the in-meeting controls have set on a meeting; `None` where no call has set it yet.
///
/// Some of it acts on the participants: `mute_all` mutes the members in the meeting and those who join;
/// `participant_join_mute` mutes members as they join; `meeting_locked` keeps newcomers out; `auto_waiting_room` sends
/// newcomers who do not host the meeting to its waiting room.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct InMeetingControls {
    /// Everyone muted (全体静音).
    pub mute_all: Option<bool>,
    /// Whether participants may unmute themselves (允许用户自己取消静音).
    pub allow_unmute_by_self: Option<bool>,
    /// Members muted on joining (成员入会静音).
    pub participant_join_mute: Option<MuteOnJoin>,
    /// The meeting locked (锁定会议).
    pub meeting_locked: Option<bool>,
    /// The meeting code and password hidden (隐藏会议号和密码).
    pub hide_meeting_code_password: Option<bool>,
    /// What participants may chat (允许参会者聊天设置).
    pub allow_chat: Option<AllowChatMode>,
    /// Whether participants may share their screen (允许参会者发起屏幕共享).
    pub share_screen: Option<bool>,
    /// Whether participants may send red envelopes (允许参会者发送红包).
    pub enable_red_envelope: Option<bool>,
    /// Only members of the enterprise may join (仅企业成员可入会).
    pub only_enterprise_user_allowed: Option<bool>,
    /// A tone plays when a member joins (成员入会播放提示音).
    pub play_ivr_on_join: Option<bool>,
    /// The waiting room switched on (开启等候室).
    pub auto_waiting_room: Option<bool>,
    /// Whether everyone may upload documents (是否允许全员上传文档): the document-upload call's setting, else the
    /// create request's `enable_doc_upload_permission`.
    pub enable_upload_doc: Option<bool>,
    /// Whether real-time transcription is on (实时转写).
    pub asr_open: bool,
}

impl InMeetingControls {
    /// Takes every setting `request` gives; those it leaves out stay as they are.
    pub(crate) fn apply(&mut self, request: &SetInMeetingSettingsRequest) {
        fn set<T: Clone>(slot: &mut Option<T>, value: Option<&T>) {
            if let Some(value) = value {
                *slot = Some(value.clone());
            }
        }
        set(&mut self.mute_all, request.mute_all.as_ref());
        set(
            &mut self.allow_unmute_by_self,
            request.allow_unmute_by_self.as_ref(),
        );
        set(
            &mut self.participant_join_mute,
            request.participant_join_mute.as_ref(),
        );
        set(&mut self.meeting_locked, request.meeting_locked.as_ref());
        set(
            &mut self.hide_meeting_code_password,
            request.hide_meeting_code_password.as_ref(),
        );
        set(&mut self.allow_chat, request.allow_chat.as_ref());
        set(&mut self.share_screen, request.share_screen.as_ref());
        set(
            &mut self.enable_red_envelope,
            request.enable_red_envelope.as_ref(),
        );
        set(
            &mut self.only_enterprise_user_allowed,
            request.only_enterprise_user_allowed.as_ref(),
        );
        set(
            &mut self.play_ivr_on_join,
            request.play_ivr_on_join.as_ref(),
        );
        set(
            &mut self.auto_waiting_room,
            request.auto_waiting_room.as_ref(),
        );
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The `Event` enum: a variant per payload model of `schemas/events/` (its `x-event`).
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
crate::event::events! {
    #[doc =
    " `meeting.canceled`: One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API."]
    MeetingCanceled(wemeet_types::events::MeetingCanceledPayload) = "meeting.canceled",
    #[doc =
    " `meeting.created`: One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API."]
    MeetingCreated(wemeet_types::events::MeetingCreatedPayload) = "meeting.created",
    #[doc =
    " `meeting.live-started`: One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started."]
    MeetingLiveStarted(wemeet_types::events::MeetingLiveStartedPayload) =
    "meeting.live-started", #[doc =
    " `meeting.live-stopped`: One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped."]
    MeetingLiveStopped(wemeet_types::events::MeetingLiveStoppedPayload) =
    "meeting.live-stopped", #[doc =
    " `meeting.medium-uploaded`: One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request."]
    MeetingMediumUploaded(wemeet_types::events::MeetingMediumUploadedPayload) =
    "meeting.medium-uploaded", #[doc =
    " `meeting.updated`: One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it."]
    MeetingUpdated(wemeet_types::events::MeetingUpdatedPayload) = "meeting.updated",
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The `Event` enum: a variant per payload model of `schemas/events/` (its `x-event`).
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
crate::event::events! {
    #[doc =
    " `enroll.cancel`: One item of the `payload` of the event `enroll.cancel` (用户取消报名): a user cancelled an enrolment in a meeting or webinar (会议、网络研讨会)."]
    EnrollCancel(wemeet_types::events::EnrollCancelPayload) = "enroll.cancel", #[doc =
    " `meeting.asr-push`: One item of the `payload` of the event `meeting.asr-push` (实时转写推送): sentences of a meeting's real-time transcription, pushed once the push is turned on (开启/关闭实时转写推送, `POST /v1/asr/push-status`). The page's example is not valid JSON (comments, trailing commas): the example drops the comments and the trailing commas."]
    MeetingAsrPush(wemeet_types::events::MeetingAsrPushPayload) = "meeting.asr-push",
    #[doc =
    " `meeting.canceled`: One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API."]
    MeetingCanceled(wemeet_types::events::MeetingCanceledPayload) = "meeting.canceled",
    #[doc =
    " `meeting.created`: One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API."]
    MeetingCreated(wemeet_types::events::MeetingCreatedPayload) = "meeting.created",
    #[doc =
    " `meeting.end`: One item of the `payload` of the event `meeting.end` (会议结束, page 51619): a host ended the meeting, or it emptied, around its scheduled end. When several of these happen, one event comes per reason: tell them apart by `meeting_end_type`. A webinar in preparation mode that never started sends none. The page's example is cut off inside `meeting_info` in the retrieved copy: closed after `end_time`, comments removed."]
    MeetingEnd(wemeet_types::events::MeetingEndPayload) = "meeting.end", #[doc =
    " `meeting.job-results`: One item of the `payload` of the event `meeting.job-results` (异步任务结果, page 86417): an asynchronous API job finished. The page names the jobs that report this way: the PSTN participant-detail query or export (查询 PSTN 参会数据明细, PSTN family, not in the SDKs) and setting a meeting room's background (设置会议室背景, service meeting_room, `POST /v1/meeting-rooms/{meeting_room_id}/background`); the virtual-background page (meetings) also points to it. It is kept with the control family's event definitions, not tied to one service. The page's example quotes neither `success` nor `failed` and carries `//` comments: quoted and removed."]
    MeetingJobResults(wemeet_types::events::MeetingJobResultsPayload) =
    "meeting.job-results", #[doc =
    " `meeting.live-started`: One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started."]
    MeetingLiveStarted(wemeet_types::events::MeetingLiveStartedPayload) =
    "meeting.live-started", #[doc =
    " `meeting.live-stopped`: One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped."]
    MeetingLiveStopped(wemeet_types::events::MeetingLiveStoppedPayload) =
    "meeting.live-stopped", #[doc =
    " `meeting.medium-uploaded`: One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request."]
    MeetingMediumUploaded(wemeet_types::events::MeetingMediumUploadedPayload) =
    "meeting.medium-uploaded", #[doc =
    " `meeting.open-asr`: One item of the `payload` of the event `meeting.open-asr` (开启实时转写): real-time transcription was turned on in a meeting. The page's example is not valid JSON (comments, a missing comma, a trailing comma) and the captured copy is cut off inside `sub_meeting_start_time`: the example drops the comments, fixes the commas and completes the last two times like the `meeting.asr-push` page's."]
    MeetingOpenAsr(wemeet_types::events::MeetingOpenAsrPayload) = "meeting.open-asr",
    #[doc =
    " `meeting.participant-admitted`: One item of the `payload` of the event `meeting.participant-admitted` (用户从等候室进入会议, page 51640): the host let a participant in from the waiting room. The page's example is cut off after `start_time` in the retrieved copy: closed there, comments removed; an older copy adds `extend_info`."]
    MeetingParticipantAdmitted(wemeet_types::events::MeetingParticipantAdmittedPayload) =
    "meeting.participant-admitted", #[doc =
    " `meeting.participant-jbh-waiting`: One item of the `payload` of the event `meeting.participant-jbh-waiting` (用户等待主持人入会, page 51624): a participant joined a meeting that lets members in before the host (允许成员在主持人进会前加入会议), and the host is not there yet. Personal-meeting-ID meetings do not send it. The page's example, comments removed."]
    MeetingParticipantJbhWaiting(wemeet_types::events::MeetingParticipantJbhWaitingPayload)
    = "meeting.participant-jbh-waiting", #[doc =
    " `meeting.participant-joined`: One item of the `payload` of the event `meeting.participant-joined` (用户入会, page 51620): a participant, host or not, joined the meeting. `operate_time` is when the join message was sent, close to the join time. The page's example is cut off after `action_scene_type` in the retrieved copy: closed there, comments removed; the older copy adds `extend_info`."]
    MeetingParticipantJoined(wemeet_types::events::MeetingParticipantJoinedPayload) =
    "meeting.participant-joined", #[doc =
    " `meeting.participant-joined-waiting-room`: One item of the `payload` of the event `meeting.participant-joined-waiting-room` (用户进入等候室, page 51627): a participant entered the waiting room of a meeting that has one, each time they do. The page's example, comments removed."]
    MeetingParticipantJoinedWaitingRoom(wemeet_types::events::MeetingParticipantJoinedWaitingRoomPayload)
    = "meeting.participant-joined-waiting-room", #[doc =
    " `meeting.participant-left`: One item of the `payload` of the event `meeting.participant-left` (用户离会, page 51622): a participant, host or not, left the meeting. The page's example, comments removed."]
    MeetingParticipantLeft(wemeet_types::events::MeetingParticipantLeftPayload) =
    "meeting.participant-left", #[doc =
    " `meeting.participant-left-waiting-room`: One item of the `payload` of the event `meeting.participant-left-waiting-room` (用户离开等候室): a participant left the waiting room, by themselves or removed by the host. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed)."]
    MeetingParticipantLeftWaitingRoom(wemeet_types::events::MeetingParticipantLeftWaitingRoomPayload)
    = "meeting.participant-left-waiting-room", #[doc =
    " `meeting.participant-put-in-waiting-room`: One item of the `payload` of the event `meeting.participant-put-in-waiting-room` (用户从会议中被移入等候室): the host moved a participant from the meeting into the waiting room. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed)."]
    MeetingParticipantPutInWaitingRoom(wemeet_types::events::MeetingParticipantPutInWaitingRoomPayload)
    = "meeting.participant-put-in-waiting-room", #[doc =
    " `meeting.participant-role-changed`: One item of the `payload` of the event `meeting.participant-role-changed` (会议用户角色变更, page 64639): a user's role changed in a meeting, for example by the set-co-host call. The page's example is cut off after `meeting_create_mode` in the retrieved copy: closed here."]
    MeetingParticipantRoleChanged(wemeet_types::events::MeetingParticipantRoleChangedPayload)
    = "meeting.participant-role-changed", #[doc =
    " `meeting.phone.participant-status-updated`: One item of the `payload` of the event `meeting.phone.participant-status-updated` (PSTN 外呼状态更新, page 80737): the state of a telephone call-out changed; call-outs and their cancellations (service pstn) report their outcome this way. The payload does not name the phone number called."]
    MeetingPhoneParticipantStatusUpdated(wemeet_types::events::MeetingPhoneParticipantStatusUpdatedPayload)
    = "meeting.phone.participant-status-updated", #[doc =
    " `meeting.share-screen-close`: One item of the `payload` of the event `meeting.share-screen-close` (共享屏幕结束): screen sharing ended in a meeting, for example after the stop-screen-share call. The current page was not retrieved: this follows an older copy of the docs (third-party copy), whose example has fewer user fields than the opening event's current page; the shape is the same as `meeting.share-screen-open`."]
    MeetingShareScreenClose(wemeet_types::events::MeetingShareScreenClosePayload) =
    "meeting.share-screen-close", #[doc =
    " `meeting.share-screen-open`: One item of the `payload` of the event `meeting.share-screen-open` (共享屏幕开启, page 59453): screen sharing started in a meeting. The page's example lacks commas after two `user_name` lines: added."]
    MeetingShareScreenOpen(wemeet_types::events::MeetingShareScreenOpenPayload) =
    "meeting.share-screen-open", #[doc =
    " `meeting.started`: One item of the `payload` of the event `meeting.started` (会议开始, page 51618): a host (the creator or an alternative host) entered the meeting from a client, a mini program, Rooms or a SIP device. The example is the older copy of the page's (comments removed); the current page carries the user fields of `meeting.updated` (open_id, ms_open_id, instance_id) and `meeting_create_from`, all properties of the shared definitions."]
    MeetingStarted(wemeet_types::events::MeetingStartedPayload) = "meeting.started",
    #[doc =
    " `meeting.unmute-all`: One item of the `payload` of the event `meeting.unmute-all` (会议解除全体静音, page 70218): mute-all was lifted in a meeting, for example by the in-meeting settings call with `mute_all` false. Lifting and setting mute-all do not come in pairs: several lifts may follow one another (解除全体静音和全体静音并非成对出现)."]
    MeetingUnmuteAll(wemeet_types::events::MeetingUnmuteAllPayload) =
    "meeting.unmute-all", #[doc =
    " `meeting.updated`: One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it."]
    MeetingUpdated(wemeet_types::events::MeetingUpdatedPayload) = "meeting.updated",
    #[doc =
    " `oauth.auth-user`: One item of the `payload` of the event `oauth.auth-user` (授权应用: a user authorized the application, or an administrator authorized it for employees (用户自主授权或者管理员为员工授权该应用)). Page 1095/105273. Its example sends `sdk_id` as a number, the other pages as a string (`OauthAppSdkId` accepts both). The example is the page's, comments removed."]
    OauthAuthUser(wemeet_types::events::OauthAuthUserPayload) = "oauth.auth-user", #[doc
    =
    " `oauth.cancel-auth`: One item of the `payload` of the event `oauth.cancel-auth` (取消授权: a user withdrew the application's authorization, or an administrator withdrew it for employees in bulk (用户取消授权应用或者管理员批量取消授权员工该应用)). Page 1095/97929, the successor of `oauth.user-cancel-auth`. The example is the page's, comments removed."]
    OauthCancelAuth(wemeet_types::events::OauthCancelAuthPayload) = "oauth.cancel-auth",
    #[doc =
    " `oauth.corp-auth`: One item of the `payload` of the event `oauth.corp-auth` (开通应用: an enterprise administrator opened the application to the enterprise's members in the admin console (企业管理员后台开通应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 \\> 应用管理事件); the example is its, comments removed."]
    OauthCorpAuth(wemeet_types::events::OauthCorpAuthPayload) = "oauth.corp-auth", #[doc
    =
    " `oauth.corp-cancel-auth`: One item of the `payload` of the event `oauth.corp-cancel-auth` (停用应用: an enterprise administrator stopped the application in the admin console (企业管理员后台停用应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 \\> 应用管理事件); the example is its, comments removed."]
    OauthCorpCancelAuth(wemeet_types::events::OauthCorpCancelAuthPayload) =
    "oauth.corp-cancel-auth", #[doc =
    " `oauth.user-auth`: One item of the `payload` of the event `oauth.user-auth` (授权应用: a user authorized the application (用户授权该应用)). Page 1095/58787; the later pages name 授权应用 `oauth.auth-user` (1095/105273). The example is the page's, comments removed."]
    OauthUserAuth(wemeet_types::events::OauthUserAuthPayload) = "oauth.user-auth", #[doc
    =
    " `oauth.user-cancel-auth`: One item of the `payload` of the event `oauth.user-cancel-auth` (取消授权: a user withdrew the application's authorization (用户取消应用)). Page 1095/58788, which asks subscribers to move to the new event `oauth.cancel-auth` (1095/97929) and not to subscribe to both. The example is the page's, comments removed."]
    OauthUserCancelAuth(wemeet_types::events::OauthUserCancelAuthPayload) =
    "oauth.user-cancel-auth", #[doc =
    " `recording.apply`: One item of the `payload` of the event `recording.apply` (云录制查看申请): a user applied to view a cloud recording; decide with `PUT /v1/records/approvals/{meeting_record_id}`. Page 90396; its example has comments and lacks a comma after `record_apply_info`, fixed here."]
    RecordingApply(wemeet_types::events::RecordingApplyPayload) = "recording.apply",
    #[doc =
    " `recording.clipped`: One item of the `payload` of the event `recording.clipped` (云录制剪辑生成): the meeting creator clipped a recording and the clip files were made. Page 90393; its example has comments and lacks a comma after the operator's `user_name`, fixed here."]
    RecordingClipped(wemeet_types::events::RecordingClippedPayload) =
    "recording.clipped", #[doc =
    " `recording.completed`: One item of the `payload` of the event `recording.completed` (云录制已完成): the meeting ended and its cloud recording finished transcoding; the files can now be listed and downloaded. Page 53230; its example's comments are removed here."]
    RecordingCompleted(wemeet_types::events::RecordingCompletedPayload) =
    "recording.completed", #[doc =
    " `recording.deleted`: One item of the `payload` of the event `recording.deleted` (删除云录制): the meeting creator, an administrator or an API call (`DELETE /v1/records`, `DELETE /v1/records/{record_file_id}`) deleted cloud-recording files. Page 53232; its example has comments and lacks two commas (after the operator's and the creator's `user_name`), fixed here. Uploaded recording files carry no `meeting_info` (上传类型的录制文件不返回该信息)."]
    RecordingDeleted(wemeet_types::events::RecordingDeletedPayload) =
    "recording.deleted", #[doc =
    " `recording.failed`: One item of the `payload` of the event `recording.failed` (云录制失败): the meeting ended and transcoding its cloud recording failed. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here."]
    RecordingFailed(wemeet_types::events::RecordingFailedPayload) = "recording.failed",
    #[doc =
    " `recording.paused`: One item of the `payload` of the event `recording.paused` (暂停云录制): a host or co-host paused the cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs (tourze/tencent-meeting-bundle), whose example's comments are removed here."]
    RecordingPaused(wemeet_types::events::RecordingPausedPayload) = "recording.paused",
    #[doc =
    " `recording.resumed`: One item of the `payload` of the event `recording.resumed` (恢复云录制): a host or co-host resumed a paused cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here."]
    RecordingResumed(wemeet_types::events::RecordingResumedPayload) =
    "recording.resumed", #[doc =
    " `recording.started`: One item of the `payload` of the event `recording.started` (开始云录制): a host or co-host started the cloud recording of a meeting, or the enterprise's automatic recording did. Page 53226; its example has comments, removed here."]
    RecordingStarted(wemeet_types::events::RecordingStartedPayload) =
    "recording.started", #[doc =
    " `recording.stopped`: One item of the `payload` of the event `recording.stopped` (停止云录制): a host or co-host stopped the cloud recording, or the meeting ended it. Page 53229; its example has comments and lacks two commas (after the operator's `user_name` and the creator's `instance_id`), fixed here."]
    RecordingStopped(wemeet_types::events::RecordingStoppedPayload) =
    "recording.stopped", #[doc =
    " `recording.updated`: One item of the `payload` of the event `recording.updated` (录制信息更新): a recording's name or sharing settings changed; read the new settings with `GET /v1/records/settings/{meeting_record_id}`. Not sent for uploaded recordings, recordings without a meeting, or changes of access members (录制访问成员变更不会发送该事件). Page 105653; its example has comments and lacks a comma after `record_info`, fixed here."]
    RecordingUpdated(wemeet_types::events::RecordingUpdatedPayload) =
    "recording.updated", #[doc =
    " `room.alert`: One item of the `payload` of the event `room.alert` (会议室告警与告警恢复事件): a meeting room's device raised an alert or recovered from one. Devices are checked every five minutes and the network every minute; the thresholds are the enterprise admin console's (企业管理后台设置). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed."]
    RoomAlert(wemeet_types::events::RoomAlertPayload) = "room.alert", #[doc =
    " `room.response`: One item of the `payload` of the event `room.response` (会议室应答事件): a meeting room called from a meeting answered. Only enterprise self-built apps may subscribe (仅企业自建应用可以订阅). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed; it sends `operate_time` as a string of digits with `x` placeholders, which `EventTime` accepts as a string."]
    RoomResponse(wemeet_types::events::RoomResponsePayload) = "room.response", #[doc =
    " `smart.transcripts`: One item of the `payload` of the event `smart.transcripts` (智能转写: the transcripts of cloud recordings are ready). Page 1095/121282; its example is cut off inside the creator in the retrieved copy: completed from the tables' example values, comments removed."]
    SmartTranscripts(wemeet_types::events::SmartTranscriptsPayload) =
    "smart.transcripts", #[doc =
    " `webinar.warm-up-uploaded`: One item of the `payload` of the event `webinar.warm-up-uploaded` (网络研讨会暖场上传结果, page 79826): the warm-up picture or video set through the webinar warm-up API was uploaded, or failed to be. The page's example, comments removed and the comma after `warm_up_video` dropped."]
    WebinarWarmUpUploaded(wemeet_types::events::WebinarWarmUpUploadedPayload) =
    "webinar.warm-up-uploaded",
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The error vocabulary, from `schemas/error-codes.json` and the services' `error-codes.json`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::ErrorCode {
    /// 40: The caller has no permission for this operation (没有操作权限). (HTTP 500, class `Request`).
    pub const NO_OPERATION_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(40i64);
    /// 41: A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically. (HTTP 500, class `Service`).
    pub const SERVICE_NETWORK_ERROR: crate::ErrorCode = crate::ErrorCode::new(41i64);
    /// 101: Enrolment: the meeting has no enrolment (会议未开启报名). (HTTP 500, class `Request`).
    pub const ENROLL_NOT_ENABLED: crate::ErrorCode = crate::ErrorCode::new(101i64);
    /// 107: Enrolment: the operator lacks the permission (查询权限不足); only the meeting's creator may manage enrolments. (HTTP 500, class `Request`).
    pub const ENROLL_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(107i64);
    /// 112: Enrolment: no enrolment with this ID (报名 ID 不存在). (HTTP 500, class `Request`).
    pub const ENROLL_ID_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(112i64);
    /// 129: Enrolment: the meeting has ended (会议已结束). (HTTP 500, class `Request`).
    pub const ENROLL_MEETING_ENDED: crate::ErrorCode = crate::ErrorCode::new(129i64);
    /// 403: No permission to operate on the resource (没有资源操作权限). (HTTP 500, class `Request`).
    pub const NO_RESOURCE_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(403i64);
    /// 4044: The meeting recording is not finished yet (会议录制未完成). (HTTP 500, class `Request`).
    pub const RECORD_NOT_FINISHED: crate::ErrorCode = crate::ErrorCode::new(4044i64);
    /// 4049: Querying the record failed: it does not exist (查询单条记录失败，不存在的记录). (HTTP 500, class `Request`).
    pub const RECORD_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(4049i64);
    /// 4051: The recording file was already deleted (录制文件已经被删除). (HTTP 500, class `Request`).
    pub const RECORD_FILE_ALREADY_DELETED: crate::ErrorCode = crate::ErrorCode::new(
        4051i64,
    );
    /// 7001: The meeting was not found (找不到会议信息). (HTTP 500, class `Request`).
    pub const MEETING_INFO_NOT_FOUND: crate::ErrorCode = crate::ErrorCode::new(7001i64);
    /// 7003: The meeting's recording file was not found (找不到会议录制文件). (HTTP 500, class `Request`).
    pub const RECORD_FILE_NOT_FOUND: crate::ErrorCode = crate::ErrorCode::new(7003i64);
    /// 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误). (HTTP 500, class `Request`).
    pub const ILLEGAL_REQUEST: crate::ErrorCode = crate::ErrorCode::new(9002i64);
    /// 9003: The meeting does not exist (会议不存在). (HTTP 500, class `Request`).
    pub const MEETING_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(9003i64);
    /// 9006: The meeting has ended (会议已结束), as the call-out page reports it. (HTTP 500, class `Request`).
    pub const MEETING_OVER: crate::ErrorCode = crate::ErrorCode::new(9006i64);
    /// 9007: The meeting is already cancelled (`MEETING CANCLED`, sic). (HTTP 500, class `Request`).
    pub const MEETING_CANCELLED: crate::ErrorCode = crate::ErrorCode::new(9007i64);
    /// 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500. (HTTP 403, class `Request`).
    pub const NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(9042i64);
    /// 9061: The meeting is queried too often (查询会议过于频繁). (HTTP 500, class `RateLimit`).
    pub const QUERY_TOO_FREQUENT: crate::ErrorCode = crate::ErrorCode::new(9061i64);
    /// 9102: No permission to change the meeting (无权限修改会议). (HTTP 500, class `Request`).
    pub const NO_PERMISSION_TO_MODIFY_MEETING: crate::ErrorCode = crate::ErrorCode::new(
        9102i64,
    );
    /// 10000: User management: a generic failure of the user information API (用户信息 API 调用通用错误返回). (HTTP 500, class `Service`).
    pub const USER_INFO_API_ERROR: crate::ErrorCode = crate::ErrorCode::new(10000i64);
    /// 10002: Two documented readings. Meeting rooms (call a room): querying the room call's status failed (会议室呼叫状态查询失败), HTTP 500, the only reading a REST answer carries. Event subscription (消息通知) in the console: saving it failed because the URL verification (a signed GET with `check_str`) was not answered in time with HTTP 200 and exactly the decoded `check_str` (通知 URL 不可用,请修改后重试); wemeet-mock reports it when a subscription's URL verification fails. (HTTP 500, class `Service`).
    pub const WEBHOOK_URL_UNAVAILABLE: crate::ErrorCode = crate::ErrorCode::new(
        10002i64,
    );
    /// 10004: Calling the meeting room failed (会议室呼叫失败). (HTTP 500, class `Service`).
    pub const ROOM_CALL_FAILED: crate::ErrorCode = crate::ErrorCode::new(10004i64);
    /// 10013: The job does not exist (任务不存在). (HTTP 500, class `Request`).
    pub const JOB_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(10013i64);
    /// 13000: Querying the meeting from the cache failed (缓存查询会议信息失败). (HTTP 500, class `Service`).
    pub const MEETING_CACHE_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        13000i64,
    );
    /// 13001: Writing the meeting's information to the cache failed (缓存设置会议信息失败), as the control and meeting-room pages document it. (HTTP 500, class `Service`).
    pub const MEETING_CACHE_SET_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        13001i64,
    );
    /// 13602: A meeting that has started cannot be cancelled (已开始的会议不能取消). (HTTP 500, class `Request`).
    pub const MEETING_STARTED: crate::ErrorCode = crate::ErrorCode::new(13602i64);
    /// 13603: The meeting has ended (会议已结束). (HTTP 500, class `Request`).
    pub const MEETING_ENDED: crate::ErrorCode = crate::ErrorCode::new(13603i64);
    /// 13703: Querying the meeting failed (查询会议失败). (HTTP 500, class `Service`).
    pub const MEETING_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(13703i64);
    /// 14151: The meeting has started: its information can no longer be changed (会议已开始，不能修改会议信息). (HTTP 500, class `Request`).
    pub const MEETING_STARTED_NOT_MODIFIABLE: crate::ErrorCode = crate::ErrorCode::new(
        14151i64,
    );
    /// 14152: The meeting has ended: its information can no longer be changed (会议已结束，不能修改会议信息). (HTTP 500, class `Request`).
    pub const MEETING_ENDED_NOT_MODIFIABLE: crate::ErrorCode = crate::ErrorCode::new(
        14152i64,
    );
    /// 14203: A phone number is wrong: enter it again (输入号码有误,请重新输入). (HTTP 500, class `Request`).
    pub const PHONE_NUMBER_INVALID: crate::ErrorCode = crate::ErrorCode::new(14203i64);
    /// 14220: Inviting the member into the meeting failed (邀请成员入会失败; the page's text is cut off after these words). (HTTP 500, class `Service`).
    pub const INVITE_TO_MEETING_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        14220i64,
    );
    /// 15101: User activation: an invitation was already sent to this user today (今天已经向该用户发送过邀请提醒); one a day per phone number or email. (HTTP 500, class `Quota`).
    pub const ACTIVATION_INVITE_SENT_TODAY: crate::ErrorCode = crate::ErrorCode::new(
        15101i64,
    );
    /// 20000: A parameter has the wrong type: check the parameters' types (请检查参数类型). (HTTP 500, class `Request`).
    pub const PARAMETER_TYPE_MISMATCH: crate::ErrorCode = crate::ErrorCode::new(
        20000i64,
    );
    /// 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500. (HTTP 400, class `Request`).
    pub const USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG: crate::ErrorCode = crate::ErrorCode::new(
        20001i64,
    );
    /// 20002: Two documented readings. User management (the error-code page 43704): the user already exists (用户已存在), no status given. Meeting rooms (book rooms): rooms cannot be booked for a recurring meeting (预定会议室不支持周期性会议), HTTP 500, the status kept. (HTTP 500, class `Request`).
    pub const USER_EXISTS_OR_ROOM_BOOKING_RECURRING: crate::ErrorCode = crate::ErrorCode::new(
        20002i64,
    );
    /// 20003: Two documented readings. User management (the error-code page 43704): the user is unavailable (用户不可用), e.g. disabled, no status given. Meeting rooms (book rooms): the meeting room is not open for booking (会议室未开放预定), HTTP 500, the status kept. (HTTP 500, class `Request`).
    pub const USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE: crate::ErrorCode = crate::ErrorCode::new(
        20003i64,
    );
    /// 20004: User management: the super administrator cannot be deleted (不允许删除超级管理员); transfer the role in the admin console first. (HTTP 500, class `Request`).
    pub const CANNOT_DELETE_SUPER_ADMIN: crate::ErrorCode = crate::ErrorCode::new(
        20004i64,
    );
    /// 20005: User management: the super administrator or an enterprise administrator cannot be acted on this way (不允许删除超级管理员/企业管理员), as the enable/disable page words it. (HTTP 500, class `Request`).
    pub const ADMIN_ACCOUNT_PROTECTED: crate::ErrorCode = crate::ErrorCode::new(
        20005i64,
    );
    /// 20013: Backgrounds: the image URL is invalid. (HTTP 500, class `Request`).
    pub const BACKGROUND_IMAGE_URL_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        20013i64,
    );
    /// 20014: Backgrounds: the image size is invalid (背景图片大小非法). (HTTP 500, class `Request`).
    pub const BACKGROUND_IMAGE_SIZE_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        20014i64,
    );
    /// 20018: Backgrounds: the meeting would hold more than its maximum of backgrounds (会议背景数量超过最大值). (HTTP 400, class `Request`).
    pub const BACKGROUND_LIMIT_EXCEEDED: crate::ErrorCode = crate::ErrorCode::new(
        20018i64,
    );
    /// 20019: Backgrounds: no background with this ID (不存在的背景 ID). (HTTP 500, class `Request`).
    pub const BACKGROUND_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(20019i64);
    /// 20026: Backgrounds: `default_image_order` is out of range (应用背景序号超出范围). (HTTP 400, class `Request`).
    pub const BACKGROUND_ORDER_OUT_OF_RANGE: crate::ErrorCode = crate::ErrorCode::new(
        20026i64,
    );
    /// 20201: Querying the meeting room failed (查询会议室信息失败). (HTTP 500, class `Service`).
    pub const MEETING_ROOM_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        20201i64,
    );
    /// 21301: The meeting room is already taken (会议室已被占用). (HTTP 500, class `Request`).
    pub const MEETING_ROOM_OCCUPIED: crate::ErrorCode = crate::ErrorCode::new(21301i64);
    /// 41002: User management: the email address is already used in the enterprise (邮箱已被使用), as the error-code page 43704 lists it; it gives no status, and a request error is HTTP 400 there. (HTTP 400, class `Request`).
    pub const EMAIL_IN_USE: crate::ErrorCode = crate::ErrorCode::new(41002i64);
    /// 41003: User management: the phone number already exists in the enterprise (手机号码已存在), as the error-code page 43704 lists it; it gives no status, and a request error is HTTP 400 there. (HTTP 400, class `Request`).
    pub const PHONE_IN_USE: crate::ErrorCode = crate::ErrorCode::new(41003i64);
    /// 60005: User management: the user does not exist or is not activated, so it cannot be enabled or disabled (用户不存在或处于未激活状态). (HTTP 500, class `Request`).
    pub const USER_MISSING_OR_INACTIVE: crate::ErrorCode = crate::ErrorCode::new(
        60005i64,
    );
    /// 190001: A user is not registered (存在未注册的用户). (HTTP 500, class `Request`).
    pub const USER_NOT_REGISTERED: crate::ErrorCode = crate::ErrorCode::new(190001i64);
    /// 190004: Invalid parameter (参数非法): check the parameters against the endpoint's docs. (HTTP 400, class `Request`).
    pub const INVALID_PARAMETER: crate::ErrorCode = crate::ErrorCode::new(190004i64);
    /// 190300: X-TC-Timestamp is more than 5 minutes away from the server's clock (the signature expired): fix the clock; a retry would fail the same way. (HTTP 400, class `Auth`).
    pub const TIMESTAMP_EXPIRED: crate::ErrorCode = crate::ErrorCode::new(190300i64);
    /// 190301: The same X-TC-Nonce and X-TC-Timestamp were used within 5 minutes: the request is a replay. (HTTP 400, class `Auth`).
    pub const NONCE_REPLAYED: crate::ErrorCode = crate::ErrorCode::new(190301i64);
    /// 190303: Authentication failed (鉴权失败): a wrong AppId or X-TC-Key, an SdkId sent when none was allocated, or an expired or unknown OAuth 2.0 access token. (HTTP 400, class `Auth`).
    pub const AUTHENTICATION_FAILED: crate::ErrorCode = crate::ErrorCode::new(190303i64);
    /// 190308: Looking up the user's internal ID failed (查询 tinyID 失败). (HTTP 500, class `Service`).
    pub const TINY_ID_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(190308i64);
    /// 190310: The app's calls per minute exceeded the limit of 300 (每分钟总接口调用次数超过限制). (HTTP 400, class `RateLimit`).
    pub const RATE_LIMIT_PER_MINUTE: crate::ErrorCode = crate::ErrorCode::new(190310i64);
    /// 190311: The app's calls per day exceeded the limit of 200 000. (HTTP 400, class `Quota`).
    pub const QUOTA_PER_DAY: crate::ErrorCode = crate::ErrorCode::new(190311i64);
    /// 190312: The calls of this API per day exceeded its limit. (HTTP 400, class `Quota`).
    pub const API_QUOTA_PER_DAY: crate::ErrorCode = crate::ErrorCode::new(190312i64);
    /// 190313: The account's calls of this API per minute exceeded the limit of 100. (HTTP 400, class `RateLimit`).
    pub const API_RATE_LIMIT_PER_MINUTE: crate::ErrorCode = crate::ErrorCode::new(
        190313i64,
    );
    /// 190431: Creating the meeting's guests failed (创建会议嘉宾失败). (HTTP 500, class `Service`).
    pub const GUEST_CREATE_FAILED: crate::ErrorCode = crate::ErrorCode::new(190431i64);
    /// 190455: The operation is allowed only while the meeting is in progress (非会议中不允许操作). (HTTP 400, class `Request`).
    pub const MEETING_NOT_IN_PROGRESS: crate::ErrorCode = crate::ErrorCode::new(
        190455i64,
    );
    /// 190456: The user looked up does not exist: check that the user is registered (查询用户不存在,请检查该用户是否注册). (HTTP 500, class `Request`).
    pub const QUERIED_USER_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(
        190456i64,
    );
    /// 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id). (HTTP 400, class `Request`).
    pub const MEETING_ID_NOT_FOUND: crate::ErrorCode = crate::ErrorCode::new(190457i64);
    /// 200001: A required header is missing. (HTTP 400, class `Auth`).
    pub const MISSING_HEADER: crate::ErrorCode = crate::ErrorCode::new(200001i64);
    /// 200002: The request was replayed. (HTTP 400, class `Auth`).
    pub const REPLAYED_REQUEST: crate::ErrorCode = crate::ErrorCode::new(200002i64);
    /// 200003: The signature check failed. (HTTP 400, class `Auth`).
    pub const SIGNATURE_INVALID: crate::ErrorCode = crate::ErrorCode::new(200003i64);
    /// 200004: The request is not supported. (HTTP 400, class `Request`).
    pub const UNSUPPORTED_REQUEST: crate::ErrorCode = crate::ErrorCode::new(200004i64);
    /// 200005: The request body is not valid JSON. (HTTP 400, class `Request`).
    pub const JSON_PARSE_ERROR: crate::ErrorCode = crate::ErrorCode::new(200005i64);
    /// 200006: A parameter is wrong. (HTTP 400, class `Request`).
    pub const PARAMETER_ERROR: crate::ErrorCode = crate::ErrorCode::new(200006i64);
    /// 201003: The meeting's information does not exist (会议信息不存在). (HTTP 500, class `Request`).
    pub const MEETING_INFO_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(
        201003i64,
    );
    /// 202001: Getting the meeting's details failed: check that the meeting exists. (HTTP 500, class `Request`).
    pub const MEETING_LOOKUP_FAILED: crate::ErrorCode = crate::ErrorCode::new(202001i64);
    /// 202002: Creating the personal join link failed (创建自定义短链失败). (HTTP 400, class `Service`).
    pub const CUSTOMER_SHORT_URL_CREATE_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        202002i64,
    );
    /// 202005: The meeting holds as many personal join links as it may (该会议专属链接数量已超过限制; at most 300 per meeting). (HTTP 500, class `Quota`).
    pub const CUSTOMER_SHORT_URL_LIMIT_REACHED: crate::ErrorCode = crate::ErrorCode::new(
        202005i64,
    );
    /// 202007: The member is not in the meeting (成员不在会中). (HTTP 500, class `Request`).
    pub const MEMBER_NOT_IN_MEETING: crate::ErrorCode = crate::ErrorCode::new(202007i64);
    /// 202801: The caller may not query this meeting (缺少该会议查询权限): check that the app created it. (HTTP 500, class `Request`).
    pub const NO_MEETING_QUERY_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(
        202801i64,
    );
    /// 400001: Live stream: too many third-party push platforms. (HTTP 500, class `Request`).
    pub const TOO_MANY_THIRD_PARTY_PUSHES: crate::ErrorCode = crate::ErrorCode::new(
        400001i64,
    );
    /// 400004: Live stream: check the push address: no duplicates, only one WeChat Channels address, and a WeChat Channels address must have its prefix. (HTTP 500, class `Request`).
    pub const PUSH_ADDRESS_INVALID: crate::ErrorCode = crate::ErrorCode::new(400004i64);
    /// 400005: Live stream: check `meeting_id`. (HTTP 500, class `Request`).
    pub const LIVE_MEETING_ID_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        400005i64,
    );
    /// 400006: Live stream: only the meeting's creator may do this. (HTTP 500, class `Request`).
    pub const NOT_MEETING_CREATOR: crate::ErrorCode = crate::ErrorCode::new(400006i64);
    /// 400007: Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人). (HTTP 500, class `Request`).
    pub const NOT_CREATOR_OR_HOST: crate::ErrorCode = crate::ErrorCode::new(400007i64);
    /// 500014: The account has no permission (账号无权限). (HTTP 400, class `Request`).
    pub const ACCOUNT_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(500014i64);
    /// 500026: No account of this kind was purchased (暂未购买该类账号). (HTTP 400, class `Request`).
    pub const ACCOUNT_TYPE_NOT_PURCHASED: crate::ErrorCode = crate::ErrorCode::new(
        500026i64,
    );
    /// 500028: Not enough account resources (账号资源不足). (HTTP 400, class `Request`).
    pub const ACCOUNT_RESOURCE_INSUFFICIENT: crate::ErrorCode = crate::ErrorCode::new(
        500028i64,
    );
    /// 500029: Create meeting: the user's hourly limit of 2 000 meetings is reached. (HTTP 500, class `Quota`).
    pub const CREATE_QUOTA_PER_HOUR: crate::ErrorCode = crate::ErrorCode::new(500029i64);
    /// 500032: An internal service failed: try again later (内部服务处理失败,请稍后重试). (HTTP 400, class `Transient`).
    pub const INTERNAL_SERVICE_FAILURE: crate::ErrorCode = crate::ErrorCode::new(
        500032i64,
    );
    /// 500033: No permission to set the virtual background (没有权限设置虚拟背景), for example when the enterprise has not turned virtual backgrounds on. (HTTP 500, class `Request`).
    pub const VIRTUAL_BACKGROUND_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(
        500033i64,
    );
    /// 500034: Setting the virtual background failed (设置虚拟背景失败). (HTTP 500, class `Service`).
    pub const VIRTUAL_BACKGROUND_SET_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        500034i64,
    );
    /// 500035: A daily limit was reached: try again tomorrow (您已触发上限,请明日再试). (HTTP 400, class `Quota`).
    pub const DAILY_LIMIT_REACHED: crate::ErrorCode = crate::ErrorCode::new(500035i64);
    /// 500041: Setting the meeting's invitation tickets failed: try again later (设置选人票失败,请稍后重试). (HTTP 500, class `Transient`).
    pub const INVITEE_TICKET_SET_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        500041i64,
    );
    /// 500052: AI accounts: this account's AI capability cannot be changed (该账号不支持操作 AI 账号能力). (HTTP 400, class `Request`).
    pub const AI_ACCOUNT_NOT_SUPPORTED: crate::ErrorCode = crate::ErrorCode::new(
        500052i64,
    );
    /// 500053: Querying the user's information failed (用户信息查询失败). (HTTP 400, class `Service`).
    pub const USER_INFO_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        500053i64,
    );
    /// 500054: AI accounts: the operator has no permission (AI 账号处理失败,该操作者没有权限). (HTTP 400, class `Request`).
    pub const AI_ACCOUNT_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(
        500054i64,
    );
    /// 500055: AI accounts: invalid parameter (参数非法): check the parameters against the endpoint's docs. (HTTP 400, class `Request`).
    pub const AI_ACCOUNT_INVALID_PARAMETER: crate::ErrorCode = crate::ErrorCode::new(
        500055i64,
    );
    /// 500056: AI accounts: not enough AI accounts (AI 账号资源不足). (HTTP 400, class `Request`).
    pub const AI_ACCOUNT_RESOURCE_INSUFFICIENT: crate::ErrorCode = crate::ErrorCode::new(
        500056i64,
    );
    /// 500057: Querying the account resources failed (资源查询异常). (HTTP 400, class `Service`).
    pub const RESOURCE_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(500057i64);
    /// 500058: AI accounts: the account already has the AI account capability (该账号已经拥有 AI 账号相关能力). (HTTP 400, class `Request`).
    pub const ALREADY_HAS_AI_ACCOUNT: crate::ErrorCode = crate::ErrorCode::new(
        500058i64,
    );
    /// 500059: AI accounts: the account has no AI account capability (该账号无 AI 账号能力). (HTTP 400, class `Request`).
    pub const NO_AI_ACCOUNT: crate::ErrorCode = crate::ErrorCode::new(500059i64);
    /// 500071: Hot words: no matching hot words or domain model (无符合的热词或领域模型). (HTTP 500, class `Request`).
    pub const NO_MATCHING_HOT_WORDS: crate::ErrorCode = crate::ErrorCode::new(500071i64);
    /// 500089: Hot words: the meeting does not exist, check `meeting_id` (会议不存在,请核对 meeting_id). (HTTP 400, class `Request`).
    pub const HOT_WORDS_MEETING_NOT_FOUND: crate::ErrorCode = crate::ErrorCode::new(
        500089i64,
    );
    /// 500091: No permission for this operation (无权限进行该操作): check the operator's identity and who owns the resource. (HTTP 400, class `Request`).
    pub const OPERATION_NOT_PERMITTED: crate::ErrorCode = crate::ErrorCode::new(
        500091i64,
    );
    /// 500093: The meeting is neither waiting to start nor in progress (会议状态不为待开始/进行中). (HTTP 500, class `Request`).
    pub const MEETING_NOT_UPCOMING_OR_STARTED: crate::ErrorCode = crate::ErrorCode::new(
        500093i64,
    );
    /// 500111: AI accounts: the account already holds a gifted AI account (该账号已经是赠送版 AI 账号). (HTTP 400, class `Request`).
    pub const ALREADY_GIFTED_AI_ACCOUNT: crate::ErrorCode = crate::ErrorCode::new(
        500111i64,
    );
    /// 500112: AI accounts: the account already holds a purchased AI account (该账号已经是购买版的 AI 账号). (HTTP 400, class `Request`).
    pub const ALREADY_PURCHASED_AI_ACCOUNT: crate::ErrorCode = crate::ErrorCode::new(
        500112i64,
    );
    /// 500119: User verification: a verification message was already sent to this user today (今天已经向该用户发送过验证信息). (HTTP 500, class `Quota`).
    pub const VERIFICATION_SENT_TODAY: crate::ErrorCode = crate::ErrorCode::new(
        500119i64,
    );
    /// 500120: User verification: the user is not activated and cannot be verified (该用户未激活,无法验证). (HTTP 400, class `Request`).
    pub const USER_NOT_ACTIVATED: crate::ErrorCode = crate::ErrorCode::new(500120i64);
    /// 500121: User verification: the user has no bound phone number (用户未绑定手机号). (HTTP 400, class `Request`).
    pub const USER_PHONE_NOT_BOUND: crate::ErrorCode = crate::ErrorCode::new(500121i64);
    /// 500122: The operator has no permission: the PSTN pages word it so (操作者没有权限), the user-management pages as the operator being outside the app's available range (该接口的操作者不在应用可用范围内). (HTTP 400, class `Request`).
    pub const OPERATOR_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(
        500122i64,
    );
    /// 500135: Cancelling the user's call failed (取消用户呼叫失败). (HTTP 400, class `Service`).
    pub const CANCEL_CALL_FAILED: crate::ErrorCode = crate::ErrorCode::new(500135i64);
    /// 500167: The recording file does not exist: check `record_file_id` (录制文件不存在). (HTTP 400, class `Request`).
    pub const RECORD_FILE_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(500167i64);
    /// 500168: Create meeting: the monthly quota is used up. (HTTP 500, class `Quota`).
    pub const CREATE_QUOTA_PER_MONTH: crate::ErrorCode = crate::ErrorCode::new(
        500168i64,
    );
    /// 550000: The request timed out: try again later (请求超时,请稍后再试). (HTTP 400, class `Transient`).
    pub const REQUEST_TIMEOUT: crate::ErrorCode = crate::ErrorCode::new(550000i64);
    /// 960000: A network error inside the service: try again later (网络错误,请稍后重试). (HTTP 500, class `Transient`).
    pub const NETWORK_ERROR: crate::ErrorCode = crate::ErrorCode::new(960000i64);
}
/// Every error code of `schemas/error-codes.json`, sorted by code.
pub static ERROR_CODES: &[crate::ErrorCodeInfo] = &[
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_OPERATION_PERMISSION,
        name: "NoOperationPermission",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The caller has no permission for this operation (没有操作权限).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::SERVICE_NETWORK_ERROR,
        name: "ServiceNetworkError",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ENROLL_NOT_ENABLED,
        name: "EnrollNotEnabled",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Enrolment: the meeting has no enrolment (会议未开启报名).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ENROLL_NO_PERMISSION,
        name: "EnrollNoPermission",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Enrolment: the operator lacks the permission (查询权限不足); only the meeting's creator may manage enrolments.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ENROLL_ID_NOT_EXIST,
        name: "EnrollIdNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Enrolment: no enrolment with this ID (报名 ID 不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ENROLL_MEETING_ENDED,
        name: "EnrollMeetingEnded",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Enrolment: the meeting has ended (会议已结束).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_RESOURCE_PERMISSION,
        name: "NoResourcePermission",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission to operate on the resource (没有资源操作权限).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RECORD_NOT_FINISHED,
        name: "RecordNotFinished",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting recording is not finished yet (会议录制未完成).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RECORD_NOT_EXIST,
        name: "RecordNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Querying the record failed: it does not exist (查询单条记录失败，不存在的记录).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RECORD_FILE_ALREADY_DELETED,
        name: "RecordFileAlreadyDeleted",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The recording file was already deleted (录制文件已经被删除).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_INFO_NOT_FOUND,
        name: "MeetingInfoNotFound",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting was not found (找不到会议信息).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RECORD_FILE_NOT_FOUND,
        name: "RecordFileNotFound",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting's recording file was not found (找不到会议录制文件).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ILLEGAL_REQUEST,
        name: "IllegalRequest",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_NOT_EXIST,
        name: "MeetingNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting does not exist (会议不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_OVER,
        name: "MeetingOver",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting has ended (会议已结束), as the call-out page reports it.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_CANCELLED,
        name: "MeetingCancelled",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting is already cancelled (`MEETING CANCLED`, sic).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_PERMISSION,
        name: "NoPermission",
        status: 403u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::QUERY_TOO_FREQUENT,
        name: "QueryTooFrequent",
        status: 500u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The meeting is queried too often (查询会议过于频繁).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
        name: "NoPermissionToModifyMeeting",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission to change the meeting (无权限修改会议).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_INFO_API_ERROR,
        name: "UserInfoApiError",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "User management: a generic failure of the user information API (用户信息 API 调用通用错误返回).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::WEBHOOK_URL_UNAVAILABLE,
        name: "WebhookUrlUnavailable",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Two documented readings. Meeting rooms (call a room): querying the room call's status failed (会议室呼叫状态查询失败), HTTP 500, the only reading a REST answer carries. Event subscription (消息通知) in the console: saving it failed because the URL verification (a signed GET with `check_str`) was not answered in time with HTTP 200 and exactly the decoded `check_str` (通知 URL 不可用,请修改后重试); wemeet-mock reports it when a subscription's URL verification fails.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ROOM_CALL_FAILED,
        name: "RoomCallFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Calling the meeting room failed (会议室呼叫失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::JOB_NOT_EXIST,
        name: "JobNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The job does not exist (任务不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_CACHE_QUERY_FAILED,
        name: "MeetingCacheQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the meeting from the cache failed (缓存查询会议信息失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_CACHE_SET_FAILED,
        name: "MeetingCacheSetFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Writing the meeting's information to the cache failed (缓存设置会议信息失败), as the control and meeting-room pages document it.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_STARTED,
        name: "MeetingStarted",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A meeting that has started cannot be cancelled (已开始的会议不能取消).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ENDED,
        name: "MeetingEnded",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting has ended (会议已结束).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_QUERY_FAILED,
        name: "MeetingQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the meeting failed (查询会议失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_STARTED_NOT_MODIFIABLE,
        name: "MeetingStartedNotModifiable",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting has started: its information can no longer be changed (会议已开始，不能修改会议信息).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
        name: "MeetingEndedNotModifiable",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting has ended: its information can no longer be changed (会议已结束，不能修改会议信息).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PHONE_NUMBER_INVALID,
        name: "PhoneNumberInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A phone number is wrong: enter it again (输入号码有误,请重新输入).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::INVITE_TO_MEETING_FAILED,
        name: "InviteToMeetingFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Inviting the member into the meeting failed (邀请成员入会失败; the page's text is cut off after these words).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ACTIVATION_INVITE_SENT_TODAY,
        name: "ActivationInviteSentToday",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "User activation: an invitation was already sent to this user today (今天已经向该用户发送过邀请提醒); one a day per phone number or email.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
        name: "ParameterTypeMismatch",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A parameter has the wrong type: check the parameters' types (请检查参数类型).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
        name: "UserNotExistOrRoomBookingTooLong",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
        name: "UserExistsOrRoomBookingRecurring",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Two documented readings. User management (the error-code page 43704): the user already exists (用户已存在), no status given. Meeting rooms (book rooms): rooms cannot be booked for a recurring meeting (预定会议室不支持周期性会议), HTTP 500, the status kept.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE,
        name: "UserUnavailableOrRoomNotBookable",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Two documented readings. User management (the error-code page 43704): the user is unavailable (用户不可用), e.g. disabled, no status given. Meeting rooms (book rooms): the meeting room is not open for booking (会议室未开放预定), HTTP 500, the status kept.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CANNOT_DELETE_SUPER_ADMIN,
        name: "CannotDeleteSuperAdmin",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "User management: the super administrator cannot be deleted (不允许删除超级管理员); transfer the role in the admin console first.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ADMIN_ACCOUNT_PROTECTED,
        name: "AdminAccountProtected",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "User management: the super administrator or an enterprise administrator cannot be acted on this way (不允许删除超级管理员/企业管理员), as the enable/disable page words it.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
        name: "BackgroundImageUrlInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the image URL is invalid.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID,
        name: "BackgroundImageSizeInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the image size is invalid (背景图片大小非法).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
        name: "BackgroundLimitExceeded",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the meeting would hold more than its maximum of backgrounds (会议背景数量超过最大值).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_NOT_EXIST,
        name: "BackgroundNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: no background with this ID (不存在的背景 ID).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
        name: "BackgroundOrderOutOfRange",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: `default_image_order` is out of range (应用背景序号超出范围).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
        name: "MeetingRoomQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the meeting room failed (查询会议室信息失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ROOM_OCCUPIED,
        name: "MeetingRoomOccupied",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting room is already taken (会议室已被占用).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::EMAIL_IN_USE,
        name: "EmailInUse",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "User management: the email address is already used in the enterprise (邮箱已被使用), as the error-code page 43704 lists it; it gives no status, and a request error is HTTP 400 there.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PHONE_IN_USE,
        name: "PhoneInUse",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "User management: the phone number already exists in the enterprise (手机号码已存在), as the error-code page 43704 lists it; it gives no status, and a request error is HTTP 400 there.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_MISSING_OR_INACTIVE,
        name: "UserMissingOrInactive",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "User management: the user does not exist or is not activated, so it cannot be enabled or disabled (用户不存在或处于未激活状态).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_NOT_REGISTERED,
        name: "UserNotRegistered",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A user is not registered (存在未注册的用户).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::INVALID_PARAMETER,
        name: "InvalidParameter",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Invalid parameter (参数非法): check the parameters against the endpoint's docs.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::TIMESTAMP_EXPIRED,
        name: "TimestampExpired",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "X-TC-Timestamp is more than 5 minutes away from the server's clock (the signature expired): fix the clock; a retry would fail the same way.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NONCE_REPLAYED,
        name: "NonceReplayed",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The same X-TC-Nonce and X-TC-Timestamp were used within 5 minutes: the request is a replay.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AUTHENTICATION_FAILED,
        name: "AuthenticationFailed",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "Authentication failed (鉴权失败): a wrong AppId or X-TC-Key, an SdkId sent when none was allocated, or an expired or unknown OAuth 2.0 access token.",
        new_code: ::std::option::Option::Some(200190303i64),
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::TINY_ID_QUERY_FAILED,
        name: "TinyIdQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Looking up the user's internal ID failed (查询 tinyID 失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RATE_LIMIT_PER_MINUTE,
        name: "RateLimitPerMinute",
        status: 400u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The app's calls per minute exceeded the limit of 300 (每分钟总接口调用次数超过限制).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::QUOTA_PER_DAY,
        name: "QuotaPerDay",
        status: 400u16,
        class: crate::ErrorClass::Quota,
        meaning: "The app's calls per day exceeded the limit of 200 000.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::API_QUOTA_PER_DAY,
        name: "ApiQuotaPerDay",
        status: 400u16,
        class: crate::ErrorClass::Quota,
        meaning: "The calls of this API per day exceeded its limit.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::API_RATE_LIMIT_PER_MINUTE,
        name: "ApiRateLimitPerMinute",
        status: 400u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The account's calls of this API per minute exceeded the limit of 100.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::GUEST_CREATE_FAILED,
        name: "GuestCreateFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Creating the meeting's guests failed (创建会议嘉宾失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_NOT_IN_PROGRESS,
        name: "MeetingNotInProgress",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The operation is allowed only while the meeting is in progress (非会议中不允许操作).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::QUERIED_USER_NOT_EXIST,
        name: "QueriedUserNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The user looked up does not exist: check that the user is registered (查询用户不存在,请检查该用户是否注册).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ID_NOT_FOUND,
        name: "MeetingIdNotFound",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MISSING_HEADER,
        name: "MissingHeader",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "A required header is missing.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::REPLAYED_REQUEST,
        name: "ReplayedRequest",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The request was replayed.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::SIGNATURE_INVALID,
        name: "SignatureInvalid",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The signature check failed.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::UNSUPPORTED_REQUEST,
        name: "UnsupportedRequest",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The request is not supported.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::JSON_PARSE_ERROR,
        name: "JsonParseError",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The request body is not valid JSON.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PARAMETER_ERROR,
        name: "ParameterError",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "A parameter is wrong.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_INFO_NOT_EXIST,
        name: "MeetingInfoNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting's information does not exist (会议信息不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_LOOKUP_FAILED,
        name: "MeetingLookupFailed",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Getting the meeting's details failed: check that the meeting exists.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CUSTOMER_SHORT_URL_CREATE_FAILED,
        name: "CustomerShortUrlCreateFailed",
        status: 400u16,
        class: crate::ErrorClass::Service,
        meaning: "Creating the personal join link failed (创建自定义短链失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CUSTOMER_SHORT_URL_LIMIT_REACHED,
        name: "CustomerShortUrlLimitReached",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "The meeting holds as many personal join links as it may (该会议专属链接数量已超过限制; at most 300 per meeting).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEMBER_NOT_IN_MEETING,
        name: "MemberNotInMeeting",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The member is not in the meeting (成员不在会中).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_MEETING_QUERY_PERMISSION,
        name: "NoMeetingQueryPermission",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The caller may not query this meeting (缺少该会议查询权限): check that the app created it.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES,
        name: "TooManyThirdPartyPushes",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: too many third-party push platforms.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PUSH_ADDRESS_INVALID,
        name: "PushAddressInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: check the push address: no duplicates, only one WeChat Channels address, and a WeChat Channels address must have its prefix.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::LIVE_MEETING_ID_INVALID,
        name: "LiveMeetingIdInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: check `meeting_id`.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NOT_MEETING_CREATOR,
        name: "NotMeetingCreator",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: only the meeting's creator may do this.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NOT_CREATOR_OR_HOST,
        name: "NotCreatorOrHost",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ACCOUNT_NO_PERMISSION,
        name: "AccountNoPermission",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The account has no permission (账号无权限).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ACCOUNT_TYPE_NOT_PURCHASED,
        name: "AccountTypeNotPurchased",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "No account of this kind was purchased (暂未购买该类账号).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ACCOUNT_RESOURCE_INSUFFICIENT,
        name: "AccountResourceInsufficient",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Not enough account resources (账号资源不足).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CREATE_QUOTA_PER_HOUR,
        name: "CreateQuotaPerHour",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "Create meeting: the user's hourly limit of 2 000 meetings is reached.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::INTERNAL_SERVICE_FAILURE,
        name: "InternalServiceFailure",
        status: 400u16,
        class: crate::ErrorClass::Transient,
        meaning: "An internal service failed: try again later (内部服务处理失败,请稍后重试).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::VIRTUAL_BACKGROUND_NO_PERMISSION,
        name: "VirtualBackgroundNoPermission",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission to set the virtual background (没有权限设置虚拟背景), for example when the enterprise has not turned virtual backgrounds on.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::VIRTUAL_BACKGROUND_SET_FAILED,
        name: "VirtualBackgroundSetFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Setting the virtual background failed (设置虚拟背景失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::DAILY_LIMIT_REACHED,
        name: "DailyLimitReached",
        status: 400u16,
        class: crate::ErrorClass::Quota,
        meaning: "A daily limit was reached: try again tomorrow (您已触发上限,请明日再试).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::INVITEE_TICKET_SET_FAILED,
        name: "InviteeTicketSetFailed",
        status: 500u16,
        class: crate::ErrorClass::Transient,
        meaning: "Setting the meeting's invitation tickets failed: try again later (设置选人票失败,请稍后重试).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AI_ACCOUNT_NOT_SUPPORTED,
        name: "AiAccountNotSupported",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: this account's AI capability cannot be changed (该账号不支持操作 AI 账号能力).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_INFO_QUERY_FAILED,
        name: "UserInfoQueryFailed",
        status: 400u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the user's information failed (用户信息查询失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AI_ACCOUNT_NO_PERMISSION,
        name: "AiAccountNoPermission",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: the operator has no permission (AI 账号处理失败,该操作者没有权限).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AI_ACCOUNT_INVALID_PARAMETER,
        name: "AiAccountInvalidParameter",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: invalid parameter (参数非法): check the parameters against the endpoint's docs.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AI_ACCOUNT_RESOURCE_INSUFFICIENT,
        name: "AiAccountResourceInsufficient",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: not enough AI accounts (AI 账号资源不足).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RESOURCE_QUERY_FAILED,
        name: "ResourceQueryFailed",
        status: 400u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the account resources failed (资源查询异常).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ALREADY_HAS_AI_ACCOUNT,
        name: "AlreadyHasAiAccount",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: the account already has the AI account capability (该账号已经拥有 AI 账号相关能力).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_AI_ACCOUNT,
        name: "NoAiAccount",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: the account has no AI account capability (该账号无 AI 账号能力).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_MATCHING_HOT_WORDS,
        name: "NoMatchingHotWords",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Hot words: no matching hot words or domain model (无符合的热词或领域模型).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::HOT_WORDS_MEETING_NOT_FOUND,
        name: "HotWordsMeetingNotFound",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Hot words: the meeting does not exist, check `meeting_id` (会议不存在,请核对 meeting_id).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::OPERATION_NOT_PERMITTED,
        name: "OperationNotPermitted",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission for this operation (无权限进行该操作): check the operator's identity and who owns the resource.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_NOT_UPCOMING_OR_STARTED,
        name: "MeetingNotUpcomingOrStarted",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting is neither waiting to start nor in progress (会议状态不为待开始/进行中).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ALREADY_GIFTED_AI_ACCOUNT,
        name: "AlreadyGiftedAiAccount",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: the account already holds a gifted AI account (该账号已经是赠送版 AI 账号).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ALREADY_PURCHASED_AI_ACCOUNT,
        name: "AlreadyPurchasedAiAccount",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "AI accounts: the account already holds a purchased AI account (该账号已经是购买版的 AI 账号).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::VERIFICATION_SENT_TODAY,
        name: "VerificationSentToday",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "User verification: a verification message was already sent to this user today (今天已经向该用户发送过验证信息).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_NOT_ACTIVATED,
        name: "UserNotActivated",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "User verification: the user is not activated and cannot be verified (该用户未激活,无法验证).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_PHONE_NOT_BOUND,
        name: "UserPhoneNotBound",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "User verification: the user has no bound phone number (用户未绑定手机号).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::OPERATOR_NO_PERMISSION,
        name: "OperatorNoPermission",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The operator has no permission: the PSTN pages word it so (操作者没有权限), the user-management pages as the operator being outside the app's available range (该接口的操作者不在应用可用范围内).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CANCEL_CALL_FAILED,
        name: "CancelCallFailed",
        status: 400u16,
        class: crate::ErrorClass::Service,
        meaning: "Cancelling the user's call failed (取消用户呼叫失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RECORD_FILE_NOT_EXIST,
        name: "RecordFileNotExist",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The recording file does not exist: check `record_file_id` (录制文件不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CREATE_QUOTA_PER_MONTH,
        name: "CreateQuotaPerMonth",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "Create meeting: the monthly quota is used up.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::REQUEST_TIMEOUT,
        name: "RequestTimeout",
        status: 400u16,
        class: crate::ErrorClass::Transient,
        meaning: "The request timed out: try again later (请求超时,请稍后再试).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NETWORK_ERROR,
        name: "NetworkError",
        status: 500u16,
        class: crate::ErrorClass::Transient,
        meaning: "A network error inside the service: try again later (网络错误,请稍后重试).",
        new_code: ::std::option::Option::None,
    },
];

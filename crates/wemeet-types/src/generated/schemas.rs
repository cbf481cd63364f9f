// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The JSON Schemas of the models, self-contained, as `schemas/` defines them.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// JSON Schema (Draft-07, self-contained) of [`AddMeetingBackgroundsPath`](crate::AddMeetingBackgroundsPath), bundled from `schemas/add-meeting-backgrounds.path.json`.
pub const ADD_MEETING_BACKGROUNDS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingBackgroundsPath",
  "definitions": {
    "AddMeetingBackgroundsPath": {
      "title": "AddMeetingBackgroundsPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/backgrounds`.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "6524541286408448530"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`AddMeetingBackgroundsRequest`](crate::AddMeetingBackgroundsRequest), bundled from `schemas/add-meeting-backgrounds.request.json`.
pub const ADD_MEETING_BACKGROUNDS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingBackgroundsRequest",
  "definitions": {
    "AddMeetingBackgroundsRequest": {
      "title": "AddMeetingBackgroundsRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/backgrounds`: add backgrounds to a scheduled meeting (添加会议背景). A meeting holds at most 7 backgrounds (一场会议最多添加7个背景); images must be PNG (PNG 格式), at most 10 MB (不超过10MB) and at least 1920*1080 (分辨率最小为1920*1080). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "image_list"
      ],
      "$comment": "The docs' example redacts the middle of its digests (`c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e`, `c3daxxxxxxxxxxxxxxxxxxxxxxxx62a4`), which `format: md5-hex` refuses; the example below fills them with hexadecimal digits so that it keeps every rule (the generated doc examples are built from it).",
      "examples": [
        {
          "userid": "creator1",
          "instanceid": 1,
          "default_image_order": 2,
          "image_list": [
            {
              "image_md5": "c8c7a1b2c3d4e5f60718293a4b5c8a2e",
              "image_url": "https://xxxxxx.cos.myqcloud.com/flower.png"
            },
            {
              "image_url": "https://xxxxxx.cos.myqcloud.com/cat.png",
              "image_md5": "c3da0123456789abcdef0123456762a4"
            }
          ]
        }
      ],
      "properties": {
        "userid": {
          "description": "ID of the meeting creator (会议创建者 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type ID (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "default_image_order": {
          "description": "Position in `image_list` of the background the meeting uses (图片列表中会议需要使用的背景图片序号), counting from 1 (从1开始计数); at most the number of entries of `image_list`.",
          "type": "integer",
          "minimum": 1,
          "maximum": 7,
          "x-max-is-count-of": "image_list",
          "x-error-code": 20026
        },
        "image_list": {
          "description": "The images (图片对象列表): at least one, and at most 7, as a meeting holds at most 7 backgrounds (一场会议最多添加7个背景; more answer 20018).",
          "type": "array",
          "minItems": 1,
          "maxItems": 7,
          "items": {
            "$ref": "#/definitions/BackgroundImage"
          },
          "x-error-code": {
            "maxItems": 20018
          }
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID). Not in the docs: the live API identifies the caller by `operator_id` + `operator_id_type` instead of `userid`; offered as an optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents. Not in the docs; see `operator_id`.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        }
      }
    },
    "BackgroundImage": {
      "title": "BackgroundImage",
      "description": "A background image to add (图片对象). The image itself must be a PNG file (PNG 格式) of at most 10 MB (不超过10MB, read as 10 MiB, the more generous reading: the service has the last word) and at least 1920*1080 pixels (分辨率最小为1920*1080): `x-image-limits`.",
      "type": "object",
      "required": [
        "image_md5",
        "image_url"
      ],
      "x-image-limits": {
        "contentMediaType": "image/png",
        "maxBytes": 10485760,
        "minWidth": 1920,
        "minHeight": 1080
      },
      "properties": {
        "image_md5": {
          "description": "MD5 of the background image (背景图片 MD5): the hexadecimal form of the MD5 of the image bytes (图片内容 MD5 的十六进制表示). The docs do not say which case: either is accepted, and it is sent in lower case.",
          "type": "string",
          "minLength": 1,
          "format": "md5-hex"
        },
        "image_url": {
          "description": "URL of the background image (背景图片 URL): an absolute http or https URL the service downloads the image from.",
          "type": "string",
          "format": "uri",
          "minLength": 1,
          "x-url-schemes": [
            "http",
            "https"
          ],
          "x-error-code": 20013
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` is (操作者 ID 的类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`AddMeetingBackgroundsResponse`](crate::AddMeetingBackgroundsResponse), bundled from `schemas/add-meeting-backgrounds.response.json`.
pub const ADD_MEETING_BACKGROUNDS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddMeetingBackgroundsResponse",
  "definitions": {
    "AddMeetingBackgroundsResponse": {
      "title": "AddMeetingBackgroundsResponse",
      "description": "Body of a successful `POST /v1/meetings/{meeting_id}/backgrounds`: the backgrounds added (新增的会议背景信息). Lenient: the docs mark no output field as required and unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "background_number": 2,
          "selected_background_id": "f1fexxxxxxxxxxxxxxxxxxxxxxxx2d59",
          "background_list": [
            {
              "background_id": "ca4exxxxxxxxxxxxxxxxxxxxxxxx6e93",
              "image_md5": "c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e"
            },
            {
              "background_id": "f1fexxxxxxxxxxxxxxxxxxxxxxxx2d59",
              "image_md5": "c3daxxxxxxxxxxxxxxxxxxxxxxxx62a4"
            }
          ]
        }
      ],
      "properties": {
        "background_number": {
          "description": "Number of backgrounds (背景数量).",
          "type": "integer"
        },
        "selected_background_id": {
          "description": "ID of the background the meeting uses (会议应用的背景 ID).",
          "type": "string"
        },
        "background_list": {
          "description": "The backgrounds (背景对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/Background"
          }
        }
      },
      "x-keep-unknown": true
    },
    "Background": {
      "title": "Background",
      "description": "A meeting background (背景对象).",
      "type": "object",
      "properties": {
        "background_id": {
          "description": "Background ID (背景 ID).",
          "type": "string"
        },
        "image_md5": {
          "description": "MD5 of the background image (背景图片 MD5): the hexadecimal form of the MD5 of the image bytes (图片内容 MD5 的十六进制表示).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`CancelMeetingPath`](crate::CancelMeetingPath), bundled from `schemas/cancel-meeting.path.json`.
pub const CANCEL_MEETING_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelMeetingPath",
  "definitions": {
    "CancelMeetingPath": {
      "title": "CancelMeetingPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/cancel` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Unique ID of the meeting (会议的唯一 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`CancelMeetingRequest`](crate::CancelMeetingRequest), bundled from `schemas/cancel-meeting.request.json`.
pub const CANCEL_MEETING_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelMeetingRequest",
  "definitions": {
    "CancelMeetingRequest": {
      "title": "CancelMeetingRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/cancel`: cancel a meeting (取消会议). The caller may cancel its own meetings and those of an enterprise it administers; enterprise-secret callers any valid meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. A meeting that has started cannot be cancelled (13602), an ended one answers 13603 and a cancelled one 9007. Success is an empty body (成功返回空消息体).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "reason_code"
      ],
      "examples": [
        {
          "userid": "test1",
          "instanceid": 1,
          "reason_code": 1,
          "reason_detail": "取消会议"
        },
        {
          "userid": "test1",
          "instanceid": 1,
          "reason_code": 1,
          "meeting_type": 1,
          "sub_meeting_id": "1599708642"
        }
      ],
      "properties": {
        "userid": {
          "description": "ID of the user calling the API (调用 API 的用户 ID): the enterprise's unique user ID (the employee ID of its SSO, or the userid given to create user); OAuth 2.0 callers give their openId.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "reason_code": {
          "description": "Reason code (原因代码), which the caller may define (可为用户自定义). The docs give no range.",
          "type": "integer"
        },
        "meeting_type": {
          "description": "Meeting kind (会议类型), the wire field `meeting_type`: 0 normal (普通会议), 1 recurring (周期性会议).",
          "$ref": "#/definitions/MeetingKind",
          "x-rust-name": "meeting_kind",
          "default": 0
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting to cancel (周期性会议子会议 ID); without it the whole recurring series is cancelled (如果不传,则会取消该系列的周期性会议).",
          "type": "string"
        },
        "reason_detail": {
          "description": "Detailed reason (详细取消原因描述).",
          "type": "string"
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "MeetingKind": {
      "title": "MeetingKind",
      "description": "Whether a meeting is a one-off or a recurring one (会议类型), the wire field `meeting_type`: not the same list as `type` (`MeetingType`, scheduled or quick). The docs list 0 and 1; any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Normal",
          "description": "Normal meeting (普通会议)"
        },
        {
          "const": 1,
          "title": "Recurring",
          "description": "Recurring meeting (周期性会议)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`CreateMeetingRequest`](crate::CreateMeetingRequest), bundled from `schemas/create-meeting.request.json`.
pub const CREATE_MEETING_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateMeetingRequest",
  "definitions": {
    "CreateMeetingRequest": {
      "title": "CreateMeetingRequest",
      "description": "Body of `POST /v1/meetings`: create (schedule) a meeting (创建/预定会议).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "subject",
        "type",
        "start_time",
        "end_time",
        "settings"
      ],
      "examples": [
        {
          "userid": "tester",
          "instanceid": 1,
          "subject": "tester's meeting",
          "type": 0,
          "hosts": [
            "tester"
          ],
          "invitees": [
            "test1",
            "guest1",
            "guest2"
          ],
          "start_time": "1572172200",
          "end_time": "1572175800",
          "password": "1111",
          "settings": {
            "mute_enable_join": true,
            "allow_unmute_self": false,
            "mute_all": false,
            "host_video": true,
            "participant_video": false,
            "enable_record": false,
            "play_ivr_on_leave": false,
            "play_ivr_on_join": false,
            "live_url": false
          }
        }
      ],
      "properties": {
        "userid": {
          "description": "Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "subject": {
          "description": "Meeting subject (会议主题). Needed in request and response; the caller must make sure the string is well-formed, and the docs recommend Base64-encoding it before sending and decoding it on receipt (建议采用 Base64 编码后带入请求). Limit: at most 128 bytes after Base64 encoding (Base64 编码后长度不超过128个字节): the limit applies to the subject as sent, so a subject Base64-encoded as recommended may have 128 bytes of Base64.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true,
          "x-max-bytes": 128
        },
        "type": {
          "description": "Meeting type (会议类型): 0 scheduled (预约会议), 1 quick (快速会议). No other type exists for this field (recurring meetings use another one), so any other code is refused.",
          "$ref": "#/definitions/MeetingType",
          "x-rust-name": "meeting_type",
          "enum": [
            0,
            1
          ]
        },
        "hosts": {
          "description": "User IDs of the meeting hosts (会议主持人的用户 ID). When absent the host is the `userid` above, the API caller. The docs type it as an array of strings; a `UserObj` is accepted too.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "invitees": {
          "description": "Invited participants (会邀请的参会者); may be empty (可为空). The docs type it as an array of strings; a `UserObj` is accepted too.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "start_time": {
          "description": "Meeting start timestamp in seconds (会议开始时间戳，单位秒).",
          "$ref": "#/definitions/UnixSeconds"
        },
        "end_time": {
          "description": "Meeting end timestamp in seconds (会议结束时间戳，单位秒); later than `start_time`.",
          "$ref": "#/definitions/UnixSeconds",
          "x-after": "start_time"
        },
        "password": {
          "description": "Meeting password (会议密码); may be left out (可不填).",
          "type": "string",
          "x-sensitive": true
        },
        "settings": {
          "description": "Media settings of the meeting (会议媒体参数配置).",
          "$ref": "#/definitions/Settings"
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "MeetingType": {
      "title": "MeetingType",
      "description": "Meeting type (会议类型), the wire field `type`. The docs list 0 and 1; any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Scheduled",
          "description": "Scheduled meeting (预约会议)"
        },
        {
          "const": 1,
          "title": "Quick",
          "description": "Quick meeting (快速会议)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "Settings": {
      "title": "Settings",
      "description": "Media settings of a meeting to create (会议媒体参数配置对象 Settings).",
      "type": "object",
      "required": [
        "mute_enable_join",
        "allow_unmute_self",
        "participant_video",
        "enable_record",
        "play_ivr_on_leave",
        "live_url"
      ],
      "properties": {
        "mute_enable_join": {
          "description": "Mute participants when they join (入会时静音).",
          "type": "boolean"
        },
        "allow_unmute_self": {
          "description": "Allow participants to unmute themselves (允许参会者取消静音).",
          "type": "boolean"
        },
        "mute_all": {
          "description": "Mute everyone (全体静音).",
          "type": "boolean"
        },
        "host_video": {
          "description": "Host video on (主持人视频).",
          "type": "boolean"
        },
        "participant_video": {
          "description": "Participant video on (参会者视频).",
          "type": "boolean"
        },
        "enable_record": {
          "description": "Enable recording (开启录播).",
          "type": "boolean"
        },
        "play_ivr_on_leave": {
          "description": "Play a tone when a participant leaves (参会者离开时播放提示音).",
          "type": "boolean"
        },
        "play_ivr_on_join": {
          "description": "Play a tone when a new participant joins (有新的与会者加入时播放提示音).",
          "type": "boolean"
        },
        "live_url": {
          "description": "Enable live streaming (开启直播).",
          "type": "boolean"
        }
      }
    },
    "UnixSeconds": {
      "title": "UnixSeconds",
      "description": "A timestamp in Unix seconds (时间戳，单位秒), travelling as a string of decimal digits.",
      "type": "string",
      "pattern": "^[0-9]{1,20}$",
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::UnixSeconds"
      }
    },
    "User": {
      "title": "User",
      "description": "A user given either as a user ID string (the docs' tables and examples) or as a `UserObj` (the live API): both are accepted and either can be sent.",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID).",
          "minLength": 1
        },
        {
          "$ref": "#/definitions/UserObj"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::User"
      }
    },
    "UserObj": {
      "title": "UserObj",
      "description": "A user (用户对象 UserObj).",
      "type": "object",
      "required": [
        "userid"
      ],
      "properties": {
        "userid": {
          "description": "Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.",
          "type": "string",
          "minLength": 1
        },
        "is_anonymous": {
          "description": "Whether the user joins anonymously (用户是否匿名入会): `true` anonymous (匿名), `false` not anonymous (不匿名). The docs type it as a String.",
          "type": "string"
        },
        "nick_name": {
          "description": "Anonymous display name (用户匿名字符串). A user who joins anonymously without one gets a default name such as \"会议用户xxxx\" from the server.",
          "type": "string"
        },
        "profile_photo": {
          "description": "Address of the user's avatar (用户头像地址).",
          "type": "string"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`CreateMeetingResponse`](crate::CreateMeetingResponse), bundled from `schemas/create-meeting.response.json`.
pub const CREATE_MEETING_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CreateMeetingResponse",
  "definitions": {
    "CreateMeetingResponse": {
      "title": "CreateMeetingResponse",
      "description": "Body of a successful `POST /v1/meetings`. Lenient: the docs mark no output field as required; unknown fields are kept, not lost.",
      "type": "object",
      "examples": [
        {
          "meeting_number": 1,
          "meeting_info_list": [
            {
              "subject": "tester's meeting",
              "meeting_id": "433471464134410364",
              "meeting_code": "637228110",
              "password": "1111",
              "start_time": "1572172200",
              "end_time": "1572175800",
              "hosts": [
                "test1"
              ],
              "ParticipantsList": [],
              "join_url": "https://wemeet.qq.com/w/5oxCqAc",
              "settings": {
                "mute_enable_join": true,
                "allow_unmute_self": false,
                "mute_all": true,
                "host_video": true,
                "participant_video": true,
                "enable_record": true,
                "play_ivr_on_join": false,
                "play_ivr_on_leave": false,
                "live_url": false
              }
            }
          ]
        }
      ],
      "properties": {
        "meeting_number": {
          "description": "Number of meetings (会议数量).",
          "type": "integer"
        },
        "meeting_info_list": {
          "description": "The scheduled meetings (预约会议列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingInfo"
          }
        }
      },
      "x-keep-unknown": true
    },
    "MeetingInfo": {
      "title": "MeetingInfo",
      "description": "A created meeting (会议对象).",
      "type": "object",
      "properties": {
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "meeting_id": {
          "description": "Unique identifier of the meeting (会议的唯一标示).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Dial-in number of the meeting app (会议 App 的呼入号码).",
          "type": "string"
        },
        "password": {
          "description": "Meeting password (会议密码).",
          "type": "string",
          "x-sensitive": true
        },
        "hosts": {
          "description": "Meeting hosts (会议主持人列表). The docs type it as an array of strings; a `UserObj` is accepted too.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "participants": {
          "description": "Invited participants (邀请的参会者), under the name of the docs' table. The docs' example names it `ParticipantsList`: both are decoded.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "ParticipantsList": {
          "description": "Invited participants (邀请的参会者), under the name of the docs' example. The docs' table names it `participants`: both are decoded.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          },
          "x-rust-name": "participants_list"
        },
        "start_time": {
          "description": "Meeting start timestamp in seconds (会议开始时间戳，单位秒), a string of decimal digits.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "end_time": {
          "description": "Meeting end timestamp in seconds (会议结束时间戳，单位秒), a string of decimal digits.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "join_url": {
          "description": "URL to join the meeting (加入会议 URL): with it anyone can join, so `Debug` hides it.",
          "type": "string",
          "x-sensitive": true
        },
        "settings": {
          "description": "Settings of the meeting (会议的配置); may be the default settings (可为缺省配置).",
          "$ref": "#/definitions/MeetingInfoSettings"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingInfoSettings": {
      "title": "MeetingInfoSettings",
      "description": "Media settings of a created meeting (会议媒体参数对象), as the server reports them.",
      "type": "object",
      "properties": {
        "mute_enable_join": {
          "description": "Mute participants when they join (入会时静音).",
          "type": "boolean"
        },
        "allow_unmute_self": {
          "description": "Allow participants to unmute themselves (允许参会者取消静音).",
          "type": "boolean"
        },
        "mute_all": {
          "description": "Mute everyone (全体静音).",
          "type": "boolean"
        },
        "host_video": {
          "description": "Host video on (主持人视频).",
          "type": "boolean"
        },
        "participant_video": {
          "description": "Participant video on (参会者视频).",
          "type": "boolean"
        },
        "enable_record": {
          "description": "Enable recording (开启录播).",
          "type": "boolean"
        },
        "play_ivr_on_leave": {
          "description": "Play a tone when a participant leaves (参会者离开时播放提示音).",
          "type": "boolean"
        },
        "play_ivr_on_join": {
          "description": "Play a tone when a new participant joins (有新的与会者加入时播放提示音).",
          "type": "boolean"
        },
        "live_url": {
          "description": "Live streaming enabled (开启直播).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "UnixSeconds": {
      "title": "UnixSeconds",
      "description": "A timestamp in Unix seconds (时间戳，单位秒), travelling as a string of decimal digits.",
      "type": "string",
      "pattern": "^[0-9]{1,20}$",
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::UnixSeconds"
      }
    },
    "User": {
      "title": "User",
      "description": "A user given either as a user ID string (the docs' tables and examples) or as a `UserObj` (the live API): both are accepted and either can be sent.",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID).",
          "minLength": 1
        },
        {
          "$ref": "#/definitions/UserObj"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::User"
      }
    },
    "UserObj": {
      "title": "UserObj",
      "description": "A user (用户对象 UserObj).",
      "type": "object",
      "required": [
        "userid"
      ],
      "properties": {
        "userid": {
          "description": "Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.",
          "type": "string",
          "minLength": 1
        },
        "is_anonymous": {
          "description": "Whether the user joins anonymously (用户是否匿名入会): `true` anonymous (匿名), `false` not anonymous (不匿名). The docs type it as a String.",
          "type": "string"
        },
        "nick_name": {
          "description": "Anonymous display name (用户匿名字符串). A user who joins anonymously without one gets a default name such as \"会议用户xxxx\" from the server.",
          "type": "string"
        },
        "profile_photo": {
          "description": "Address of the user's avatar (用户头像地址).",
          "type": "string"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`ErrorResponse`](crate::ErrorResponse), bundled from `schemas/error.response.json`.
pub const ERROR_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ErrorResponse",
  "definitions": {
    "ErrorInfo": {
      "title": "ErrorInfo",
      "description": "What went wrong (错误信息).",
      "type": "object",
      "required": [
        "error_code",
        "message"
      ],
      "properties": {
        "error_code": {
          "description": "Error code (错误码), for example 190004 for an invalid parameter.",
          "type": "integer"
        },
        "new_error_code": {
          "description": "Newer error code (新错误码). Sometimes absent.",
          "type": "integer"
        },
        "message": {
          "description": "Error message (错误信息).",
          "type": "string"
        }
      }
    },
    "ErrorResponse": {
      "title": "ErrorResponse",
      "description": "The body of a failed call (HTTP status >= 300): an error code (错误码) and message (错误信息). Lenient: unknown fields are ignored.",
      "type": "object",
      "required": [
        "error_info"
      ],
      "properties": {
        "error_info": {
          "description": "What went wrong (错误信息).",
          "$ref": "#/definitions/ErrorInfo"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingCanceledPayload`](crate::MeetingCanceledPayload), bundled from `schemas/events/meeting-canceled.json`.
pub const MEETING_CANCELED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCanceledPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCanceledPayload": {
      "title": "MeetingCanceledPayload",
      "description": "One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API.",
      "x-event": "meeting.canceled",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who cancelled the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "cancel_reason": {
          "description": "Why the meeting was cancelled (取消原因).",
          "type": "string"
        },
        "meeting_info": {
          "description": "The meeting cancelled (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingCreatedPayload`](crate::MeetingCreatedPayload), bundled from `schemas/events/meeting-created.json`.
pub const MEETING_CREATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCreatedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingCreatedPayload": {
      "title": "MeetingCreatedPayload",
      "description": "One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API.",
      "x-event": "meeting.created",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who created the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting created (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStartedPayload`](crate::MeetingLiveStartedPayload), bundled from `schemas/events/meeting-live-started.json`.
pub const MEETING_LIVE_STARTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStartedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingLiveStartedPayload": {
      "title": "MeetingLiveStartedPayload",
      "description": "One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started.",
      "x-event": "meeting.live-started",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who started the live stream (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting streamed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStoppedPayload`](crate::MeetingLiveStoppedPayload), bundled from `schemas/events/meeting-live-stopped.json`.
pub const MEETING_LIVE_STOPPED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStoppedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingLiveStoppedPayload": {
      "title": "MeetingLiveStoppedPayload",
      "description": "One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped.",
      "x-event": "meeting.live-stopped",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who stopped the live stream (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting streamed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingMediumUploadedPayload`](crate::MeetingMediumUploadedPayload), bundled from `schemas/events/meeting-medium-uploaded.json`.
pub const MEETING_MEDIUM_UPLOADED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingMediumUploadedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MediumType": {
      "title": "MediumType",
      "description": "The type of an uploaded material (素材类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Video",
          "description": "Video (视频)"
        },
        {
          "const": 2,
          "title": "Picture",
          "description": "Picture (图片)"
        },
        {
          "const": 3,
          "title": "File",
          "description": "File (文件)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A type the docs do not list."
        }
      ]
    },
    "MediumUploadInfo": {
      "title": "MediumUploadInfo",
      "description": "The upload result of one material (素材上传信息).",
      "type": "object",
      "properties": {
        "upload_status": {
          "description": "Whether this material was uploaded (上传状态): `true` success, `false` failure.",
          "type": "boolean"
        },
        "error_msg": {
          "description": "Why the upload failed (失败原因); empty on success.",
          "type": "string"
        },
        "medium_type": {
          "description": "Material type (素材类型).",
          "$ref": "#/definitions/MediumType"
        },
        "medium_url": {
          "description": "URL of the material (素材 URL).",
          "type": "string"
        },
        "medium_id": {
          "description": "Document ID (文档 ID), only when uploading a document (上传文档场景).",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingMediumUploadedPayload": {
      "title": "MeetingMediumUploadedPayload",
      "description": "One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request.",
      "x-event": "meeting.medium-uploaded",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "event_upload_status": {
          "description": "Whether every material was uploaded (素材整体上传状态): `true` all succeeded; `false` at least one failed, and all of them must be uploaded again.",
          "type": "boolean"
        },
        "upload_info": {
          "description": "One result per material of the request (素材上传信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MediumUploadInfo"
          }
        },
        "meeting_info": {
          "description": "The meeting the materials belong to (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`MeetingUpdatedPayload`](crate::MeetingUpdatedPayload), bundled from `schemas/events/meeting-updated.json`.
pub const MEETING_UPDATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingUpdatedPayload",
  "definitions": {
    "EventHost": {
      "title": "EventHost",
      "description": "A host (主持人) in `hosts`: a user ID string (legacy envelope) or a user object (current envelope).",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID)."
        },
        {
          "$ref": "#/definitions/EventUser"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventHost"
      }
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议号).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "creator": {
          "description": "Creator of the meeting (创建者), current envelope.",
          "$ref": "#/definitions/EventUser"
        },
        "creator_id": {
          "description": "User ID of the creator (创建者 ID), legacy envelope.",
          "type": "string"
        },
        "hosts": {
          "description": "Hosts of the meeting (主持人): user objects (current envelope) or user ID strings (legacy envelope).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventHost"
          }
        },
        "meeting_type": {
          "description": "Meeting type (会议类型). The pages disagree on the codes: 0 one-off (一次性会议), 1 recurring (周期性会议), 2 WeChat-exclusive (微信专属会议), 3 or 4 Rooms screen-cast (rooms 投屏会议), 5 personal meeting ID (个人会议号会议), 6 webinar (网络研讨会); kept as an open integer.",
          "type": "integer"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        }
      }
    },
    "EventRoomInfo": {
      "title": "EventRoomInfo",
      "description": "A Tencent Meeting Rooms device of the meeting (Rooms 信息).",
      "type": "object",
      "properties": {
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID).",
          "type": "string"
        },
        "meeting_room_name": {
          "description": "Meeting room name (会议室名称).",
          "type": "string"
        },
        "rooms_id": {
          "description": "Rooms device ID (Rooms 设备 ID).",
          "type": "string"
        }
      }
    },
    "EventTime": {
      "title": "EventTime",
      "description": "A time in an event. The current envelope sends an integer: milliseconds for `operate_time` (毫秒级别事件操作时间戳), seconds for the meeting's `start_time` and `end_time`. The legacy envelope sends a `YYYY-MM-DD HH:MM:SS` date and time string without a time zone.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0
        },
        {
          "type": "string"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::EventTime"
      }
    },
    "EventUser": {
      "title": "EventUser",
      "description": "A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Tencent Meeting Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "OAuth open_id of the user (OAuth 授权用户的 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID (用户身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会议中的临时 id).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        }
      }
    },
    "MeetingCreateFrom": {
      "title": "MeetingCreateFrom",
      "description": "Where a meeting was created (会议创建来源), as the meeting events report it. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Unspecified",
          "description": "No source (空来源)"
        },
        {
          "const": 1,
          "title": "Client",
          "description": "Client (客户端)"
        },
        {
          "const": 2,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 3,
          "title": "WeCom",
          "description": "WeCom (企微)"
        },
        {
          "const": 4,
          "title": "WeChat",
          "description": "WeChat (微信)"
        },
        {
          "const": 5,
          "title": "Outlook",
          "description": "Outlook"
        },
        {
          "const": 6,
          "title": "RestApi",
          "description": "REST API"
        },
        {
          "const": 7,
          "title": "TencentDocs",
          "description": "Tencent Docs (腾讯文档)"
        },
        {
          "const": 8,
          "title": "RoomsSmartRecording",
          "description": "Rooms smart recording (Rooms 智能录制)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A source the docs do not list."
        }
      ]
    },
    "MeetingUpdatedPayload": {
      "title": "MeetingUpdatedPayload",
      "description": "One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it.",
      "x-event": "meeting.updated",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who changed the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting as changed (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "rooms_info": {
          "description": "The Tencent Meeting Rooms of the meeting (Rooms 信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRoomInfo"
          }
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetMeetingPath`](crate::GetMeetingPath), bundled from `schemas/get-meeting.path.json`.
pub const GET_MEETING_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingPath",
  "definitions": {
    "GetMeetingPath": {
      "title": "GetMeetingPath",
      "description": "Path parameters of `GET /v1/meetings/{meeting_id}` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7567173273889276131"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "A valid meeting ID (有效的会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetMeetingRequest`](crate::GetMeetingRequest), bundled from `schemas/get-meeting.request.json`.
pub const GET_MEETING_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingRequest",
  "definitions": {
    "GetMeetingRequest": {
      "title": "GetMeetingRequest",
      "description": "Query string of `GET /v1/meetings/{meeting_id}`: get a meeting by its ID (通过会议 ID 查询). The current docs identify the caller by `operator_id` and `operator_id_type` (1 userid, 2 openid, 3 rooms_id); older versions by `userid`, still accepted as an optional addition. Enterprise-secret callers may query any meeting created in the enterprise, OAuth 2.0 callers only meetings created through OAuth. One-off meetings (一次性会议) more than an hour past their scheduled end, or ended, are not returned, nor other meetings more than 30 days past their scheduled end.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "instanceid": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all three valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "userid": {
          "description": "Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID): the older docs' caller identification (an enterprise userid, or an openid for OAuth callers), required there; the current docs replace it with `operator_id` and `operator_id_type` (where both are given, `operator_id` wins: 二者必填一项,以 operator_id 为准). Offered as an optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` is (操作者 ID 的类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetMeetingResponse`](crate::GetMeetingResponse), bundled from `schemas/get-meeting.response.json`.
pub const GET_MEETING_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetMeetingResponse",
  "definitions": {
    "GetMeetingResponse": {
      "title": "GetMeetingResponse",
      "description": "Body of a successful `GET /v1/meetings/{meeting_id}`: the meeting (会议列表). Lenient: the docs mark no output field as required; unknown fields are kept, not lost. Every field of the docs' tables is a property, and the fields of the official SDKs' models too; where the docs' examples name a field otherwise than their tables, both names are properties.",
      "type": "object",
      "examples": [
        {
          "meeting_number": 1,
          "meeting_info_list": [
            {
              "subject": "tester's meeting",
              "meeting_id": "7567173273889276131",
              "meeting_code": "806146667",
              "password": "1111",
              "status": "MEETING_STATE_ENDED",
              "start_time": "1572085800",
              "end_time": "1572089400",
              "type": 1,
              "hosts": [
                {
                  "userid": "tester"
                }
              ],
              "participants": [
                {
                  "userid": "tester"
                }
              ],
              "join_url": "https://wemeet.qq.com/w/5NmV29k",
              "meeting_type": 0,
              "settings": {
                "mute_enable_join": true,
                "allow_unmute_self": false,
                "play_ivr_on_leave": false,
                "allow_in_before_host": true,
                "auto_in_waiting_room": false,
                "allow_screen_shared_watermark": true,
                "only_allow_enterprise_user_join": false
              },
              "enable_live": true,
              "live_config": {
                "live_subject": "test",
                "live_summary": "test",
                "live_password": "654321",
                "enable_live_im": true,
                "enable_live_replay": true,
                "live_addr": "https://meeting.tencent.com/l/xxxx",
                "live_watermark": {
                  "watermark_opt": 0
                }
              },
              "guests": [
                {
                  "area": "86",
                  "phone_number": "xxxxxxxxx",
                  "guest_name": "xxxx"
                }
              ]
            }
          ]
        },
        {
          "meeting_number": 1,
          "meeting_info_list": [
            {
              "subject": "tester's meeting",
              "meeting_id": "18357763596888459343",
              "meeting_code": "31380342405",
              "status": "MEETING_STATE_INIT",
              "start_time": "1599622242",
              "end_time": "1599625842",
              "hosts": [
                {
                  "userid": "tester"
                }
              ],
              "join_url": "https://meeting.tencent.com/s/iY4GQ2HkQQGL",
              "settings": {
                "mute_enable_join": true,
                "allow_unmute_self": false,
                "allow_in_before_host": true,
                "auto_in_waiting_room": true,
                "allow_screen_shared_watermark": true,
                "only_enterprise_user_allowed": false
              },
              "sub_meetings": [
                {
                  "sub_meeting_id": "1599622242",
                  "status": 0,
                  "start_time": 1599622242,
                  "end_time": 1599625842
                },
                {
                  "sub_meeting_id": "1599708642",
                  "status": 0,
                  "start_time": 1599708642,
                  "end_time": 1599712242
                },
                {
                  "sub_meeting_id": "1599795042",
                  "status": 0,
                  "start_time": 1599795042,
                  "end_time": 1599798642
                },
                {
                  "sub_meeting_id": "1599881442",
                  "status": 0,
                  "start_time": 1599881442,
                  "end_time": 1599885042
                },
                {
                  "sub_meeting_id": "1599967842",
                  "status": 0,
                  "start_time": 1599967842,
                  "end_time": 1599971442
                }
              ],
              "recurring_rule": {
                "recurring_type": 0,
                "until_type": 1,
                "until_count": 7
              },
              "meeting_type": 1,
              "has_more_sub_meetings": 0,
              "remain_sub_meetings": 5,
              "current_sub_meeting_id": "1599622242",
              "enable_live": true,
              "live_config": {
                "live_subject": "test",
                "live_summary": "test",
                "live_password": "654321",
                "enable_live_im": true,
                "enable_live_replay": true,
                "live_addr": "https://meeting.tencent.com/l/xxxx"
              }
            }
          ]
        }
      ],
      "properties": {
        "meeting_number": {
          "description": "Number of meetings (会议数量).",
          "type": "integer"
        },
        "meeting_info_list": {
          "description": "The meetings (会议列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/MeetingDetail"
          }
        }
      },
      "x-keep-unknown": true
    },
    "Guest": {
      "title": "Guest",
      "description": "A guest of the meeting (会议嘉宾).",
      "type": "object",
      "properties": {
        "area": {
          "description": "Country or area code (国家/地区代码) without `+` or `00`, e.g. `86`.",
          "type": "string"
        },
        "phone_number": {
          "description": "Phone number (手机号).",
          "type": "string"
        },
        "guest_name": {
          "description": "Name of the guest (嘉宾名称).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "LiveConfig": {
      "title": "LiveConfig",
      "description": "Live-stream configuration of a meeting (直播信息对象).",
      "type": "object",
      "properties": {
        "live_subject": {
          "description": "Live-stream subject (直播主题).",
          "type": "string"
        },
        "live_summary": {
          "description": "Live-stream summary (直播简介).",
          "type": "string"
        },
        "live_password": {
          "description": "Live-stream password (直播密码).",
          "type": "string",
          "x-sensitive": true
        },
        "enable_live_im": {
          "description": "Live interaction on (是否开启直播互动).",
          "type": "boolean"
        },
        "enable_live_replay": {
          "description": "Live replay on (是否开启直播回放).",
          "type": "boolean"
        },
        "live_addr": {
          "description": "Address to watch the live stream (直播观看地址).",
          "type": "string"
        },
        "live_watermark": {
          "description": "Watermark of the live stream (直播水印对象).",
          "$ref": "#/definitions/LiveWatermark"
        },
        "enable_live_password": {
          "description": "Whether the live stream has a password (是否开启直播密码). In the official Go SDK's list and create models, not its get model.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "LiveWatermark": {
      "title": "LiveWatermark",
      "description": "Watermark of a live stream (直播水印对象).",
      "type": "object",
      "properties": {
        "watermark_opt": {
          "description": "Watermark (水印选项): 0 the default watermark (默认水印, the default), 1 none (无水印).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingDetail": {
      "title": "MeetingDetail",
      "description": "A meeting as get meeting reports it (会议对象). Some fields are returned only to the meeting's creator (or its hosts), as each says.",
      "type": "object",
      "properties": {
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "meeting_id": {
          "description": "Unique identifier of the meeting (会议的唯一标识).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting number used to join in the app (会议 App 的呼入号码).",
          "type": "string"
        },
        "password": {
          "description": "Meeting password (会议密码). The current docs return it only when `operator_id` is the meeting's creator.",
          "type": "string",
          "x-sensitive": true
        },
        "need_password": {
          "description": "Whether someone other than the creator needs a password to join (非会议创建者是否需要密码入会): returned (true) only when someone other than the creator queries a meeting that has a password, absent otherwise.",
          "type": "boolean"
        },
        "status": {
          "description": "Current state of the meeting (当前会议状态).",
          "$ref": "#/definitions/MeetingStatus"
        },
        "type": {
          "description": "Meeting type (会议类型), the wire field `type`: 0 scheduled (预约会议), 1 quick (快速会议). Not `meeting_type` (normal or recurring, the field `meeting_kind`).",
          "$ref": "#/definitions/MeetingType",
          "x-rust-name": "meeting_type"
        },
        "join_url": {
          "description": "URL to join the meeting (加入会议 URL): with it anyone can join, so `Debug` hides it.",
          "type": "string",
          "x-sensitive": true
        },
        "hosts": {
          "description": "Designated hosts (指定主持人列表); only business and enterprise editions can designate hosts.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "current_hosts": {
          "description": "Current hosts of the meeting (会议当前主持人列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "current_co_hosts": {
          "description": "Co-hosts of the meeting (联席主持人列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "participants": {
          "description": "Invited participants (邀请的参会者): business and enterprise editions only, visible only to the creator, the invitees and the members in the meeting. The table says at most 200 are returned, the text that the limit was raised to 300 (邀请参会成员限制调整至300人).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/User"
          }
        },
        "start_time": {
          "description": "Meeting start time in Unix seconds (会议开始时间戳，单位秒), a string of decimal digits.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "end_time": {
          "description": "Meeting end time in Unix seconds (会议结束时间戳，单位秒), a string of decimal digits.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "settings": {
          "description": "Settings of the meeting (会议的配置).",
          "$ref": "#/definitions/MeetingDetailSettings"
        },
        "meeting_type": {
          "description": "Meeting kind (会议类型), the wire field `meeting_type`: 0 normal (普通会议), 1 recurring (周期性会议). Not `type` (scheduled or quick, the field `meeting_type`).",
          "$ref": "#/definitions/MeetingKind",
          "x-rust-name": "meeting_kind"
        },
        "recurring_rule": {
          "description": "Recurrence of a recurring meeting (周期性会议设置).",
          "$ref": "#/definitions/RecurringRule"
        },
        "sub_meetings": {
          "description": "Sub-meetings of a recurring meeting (周期性子会议列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SubMeeting"
          }
        },
        "has_more_sub_meeting": {
          "description": "Whether more sub-meetings with exceptions exist (是否还有更多子会议特例): 0 no, 1 yes; the name of the docs' table and the SDKs. The docs' example names it `has_more_sub_meetings`: both are decoded.",
          "type": "integer"
        },
        "has_more_sub_meetings": {
          "description": "Whether more sub-meetings with exceptions exist (是否还有更多子会议特例): 0 no, 1 yes; the name of the docs' example. Their table names it `has_more_sub_meeting`: both are decoded.",
          "type": "integer"
        },
        "remain_sub_meetings": {
          "description": "Number of sub-meetings left (剩余子会议场数).",
          "type": "integer"
        },
        "current_sub_meeting_id": {
          "description": "ID of the current sub-meeting (当前子会议 ID): the one in progress, or else the next one.",
          "type": "string"
        },
        "enable_live": {
          "description": "Whether live streaming is on (是否开启直播); returned to the creator only.",
          "type": "boolean"
        },
        "live_config": {
          "description": "Live-stream configuration (直播配置); returned to the creator only.",
          "$ref": "#/definitions/LiveConfig"
        },
        "enable_doc_upload_permission": {
          "description": "Whether members may upload documents (是否允许成员上传文档); allowed by default.",
          "type": "boolean"
        },
        "guests": {
          "description": "Guests of the meeting (会议嘉宾列表); returned to the creator only.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/Guest"
          }
        },
        "has_vote": {
          "description": "Whether the meeting has votes (是否有投票); returned to the creator and hosts only.",
          "type": "boolean"
        },
        "enable_enroll": {
          "description": "Whether registration is on (是否开启报名). From the official SDKs' model; no doc text.",
          "type": "boolean"
        },
        "enable_host_key": {
          "description": "Whether the host key is on (是否启用主持人密钥). From the official SDKs' model; no doc text.",
          "type": "boolean"
        },
        "host_key": {
          "description": "Host key (主持人密钥), 6 digits. For a recurring meeting it is fixed per occurrence and can be fetched only once per occurrence. From the official SDKs' model.",
          "type": "string",
          "x-sensitive": true
        },
        "location": {
          "description": "Location of the meeting (会议地点). From the official SDKs' model; no doc text.",
          "type": "string"
        },
        "sync_to_wework": {
          "description": "Whether the meeting is synced to WeCom (是否同步至企业微信). From the official SDKs' model; no doc text.",
          "type": "boolean"
        },
        "time_zone": {
          "description": "Time zone (时区), an Oracle time-zone name. From the official SDKs' model; no doc text.",
          "type": "string"
        },
        "media_set_type": {
          "description": "Hybrid-cloud enterprises only: 0 a public-network meeting (公网会议), 1 a private-network meeting (专网会议). From the official Python and Java SDKs' model.",
          "type": "integer"
        },
        "allow_enterprise_intranet_only": {
          "description": "Whether only the enterprise intranet may join (是否仅企业内网可入会), returned for hybrid-cloud enterprises (混合云企业会返回). From the official Python and Java SDKs' model.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingDetailSettings": {
      "title": "MeetingDetailSettings",
      "description": "Media settings of a meeting (会议媒体参数对象), as get meeting reports them. Where the docs' example names a field otherwise than their table (`only_enterprise_user_allowed`), both names are properties; the example's `play_ivr_on_leave` is one too.",
      "type": "object",
      "properties": {
        "mute_enable_join": {
          "description": "Participants join muted (加入静音状态).",
          "type": "boolean"
        },
        "allow_unmute_self": {
          "description": "Participants may unmute themselves (静音自解除允许).",
          "type": "boolean"
        },
        "allow_in_before_host": {
          "description": "Members may join before the host (允许成员在主持人进会前入会).",
          "type": "boolean"
        },
        "auto_in_waiting_room": {
          "description": "Waiting room on (开启等候室).",
          "type": "boolean"
        },
        "allow_screen_shared_watermark": {
          "description": "Screen-share watermark on (开启屏幕共享水印).",
          "type": "boolean"
        },
        "water_mark_type": {
          "description": "Watermark style (水印样式): 0 a single line (单排, the default), 1 several lines (多排).",
          "type": "integer"
        },
        "only_allow_enterprise_user_join": {
          "description": "Only members of the enterprise may join (是否仅企业内部成员可入会), under the name of the docs' table. Their example names it `only_enterprise_user_allowed`: both are decoded.",
          "type": "boolean"
        },
        "only_enterprise_user_allowed": {
          "description": "Only members of the enterprise may join (是否仅企业内部成员可入会), under the name of the docs' example. Their table names it `only_allow_enterprise_user_join`: both are decoded.",
          "type": "boolean"
        },
        "auto_record_type": {
          "description": "Automatic recording (自动会议录制类型): `none`, `local` or `cloud`; clients from version 2.7.",
          "type": "string"
        },
        "participant_join_auto_record": {
          "description": "Cloud recording starts when any participant joins (有参会成员入会时立即开启云录制); false (the default) starts it when the host joins. Needs `auto_record_type` `cloud`.",
          "type": "boolean"
        },
        "enable_host_pause_auto_record": {
          "description": "The host may pause or stop cloud recording (允许主持人暂停或者停止云录制); true by default. Needs `auto_record_type` `cloud`.",
          "type": "boolean"
        },
        "mute_enable_type_join": {
          "description": "Mute on join (成员入会静音设置): 0 off, 1 on, 2 on once more than 6 people are in (超过6人自动开启); wins over `mute_enable_join`. From the official SDKs' model.",
          "type": "integer"
        },
        "only_user_join_type": {
          "description": "Who may join (成员入会限制): 1 everyone, 2 invitees only, 3 members of the enterprise only; wins over `only_allow_enterprise_user_join`. From the official SDKs' model.",
          "type": "integer"
        },
        "change_nickname": {
          "description": "Whether participants may rename themselves (允许参会者自行改名): 1 yes (the default), 2 no. From the official Go SDK's model.",
          "type": "integer"
        },
        "allow_multi_device": {
          "description": "Joining from several devices allowed (是否允许多端入会). From the official Python and Java SDKs' model.",
          "type": "boolean"
        },
        "auto_asr": {
          "description": "Automatic transcription (自动转写) on; off by default. From the official Python and Java SDKs' model.",
          "type": "boolean"
        },
        "open_asr_view": {
          "description": "The transcription sidebar opens for the host (主持人入会自动打开转写侧边栏), only when `auto_asr` is on. From the official Python and Java SDKs' model.",
          "type": "boolean"
        },
        "play_ivr_on_leave": {
          "description": "Play a tone when a participant leaves (参会者离开时播放提示音): in the docs' example, not in their table.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingKind": {
      "title": "MeetingKind",
      "description": "Whether a meeting is a one-off or a recurring one (会议类型), the wire field `meeting_type`: not the same list as `type` (`MeetingType`, scheduled or quick). The docs list 0 and 1; any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Normal",
          "description": "Normal meeting (普通会议)"
        },
        {
          "const": 1,
          "title": "Recurring",
          "description": "Recurring meeting (周期性会议)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "MeetingStatus": {
      "title": "MeetingStatus",
      "description": "State of a meeting (会议状态), as the service reports it. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "MEETING_STATE_INVALID",
          "title": "Invalid",
          "description": "Invalid or unknown (非法或未知)"
        },
        {
          "const": "MEETING_STATE_INIT",
          "title": "Init",
          "description": "Waiting to start: nobody has joined yet (待开始)"
        },
        {
          "const": "MEETING_STATE_CANCELLED",
          "title": "Cancelled",
          "description": "Cancelled before it started; it cannot be entered (已取消)"
        },
        {
          "const": "MEETING_STATE_STARTED",
          "title": "Started",
          "description": "In progress: someone is in the meeting (会议中)"
        },
        {
          "const": "MEETING_STATE_ENDED",
          "title": "Ended",
          "description": "Ended and deleted by the host, with nobody in it (已删除)"
        },
        {
          "const": "MEETING_STATE_NULL",
          "title": "Null",
          "description": "Past its scheduled end with nobody having joined (无状态)"
        },
        {
          "const": "MEETING_STATE_RECYCLED",
          "title": "Recycled",
          "description": "Its meeting number was recycled, 30 days after the scheduled start (已回收)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "MeetingType": {
      "title": "MeetingType",
      "description": "Meeting type (会议类型), the wire field `type`. The docs list 0 and 1; any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Scheduled",
          "description": "Scheduled meeting (预约会议)"
        },
        {
          "const": 1,
          "title": "Quick",
          "description": "Quick meeting (快速会议)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "RecurringRule": {
      "title": "RecurringRule",
      "description": "Recurrence of a recurring meeting (周期性会议设置).",
      "type": "object",
      "properties": {
        "recurring_type": {
          "description": "How often (重复类型), 0 by default: 0 every day (每天), 1 every weekday Monday to Friday (每周一至周五), 2 every week (每周), 3 every two weeks (每两周), 4 every month (每月); the SDKs add 5, custom (自定义).",
          "type": "integer"
        },
        "until_type": {
          "description": "How the recurrence ends (结束重复类型), 0 by default: 0 on a date (按日期结束), 1 after a count (按次数结束).",
          "type": "integer"
        },
        "until_date": {
          "description": "End date, a timestamp (结束日期时间戳); by default today plus 7 days. The docs type it as an integer; strings of digits are decoded too.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "until_count": {
          "description": "Number of occurrences (限定会议次数), 7 by default: 1 to 50 in the docs (the SDKs' create model allows up to 200 for daily, weekday and weekly meetings).",
          "type": "integer"
        },
        "customized_recurring_type": {
          "description": "Custom recurrence (自定义周期): 0 by day, 1 by week, 2 monthly by week, 3 monthly by date. From the official Go SDK's model.",
          "type": "integer"
        },
        "customized_recurring_step": {
          "description": "Every how many days, weeks or months (每多少天/周/月重复一次). From the official Go SDK's model.",
          "type": "integer"
        },
        "customized_recurring_days": {
          "description": "Which days (哪些天重复), a sum of bits. From the official Go SDK's model.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "SubMeeting": {
      "title": "SubMeeting",
      "description": "A sub-meeting of a recurring meeting (子会议对象).",
      "type": "object",
      "properties": {
        "sub_meeting_id": {
          "description": "Sub-meeting ID (子会议 ID).",
          "type": "string"
        },
        "status": {
          "description": "Sub-meeting state (子会议状态): 0 exists (默认存在), 1 deleted (已删除).",
          "type": "integer"
        },
        "start_time": {
          "description": "Sub-meeting start time in Unix seconds (子会议开始时间，UTC 秒). The docs type it as an integer, the Go SDK as a string: both are decoded, and it is re-encoded as a string of digits.",
          "$ref": "#/definitions/UnixSeconds"
        },
        "end_time": {
          "description": "Sub-meeting end time in Unix seconds (子会议结束时间，UTC 秒). The docs type it as an integer, the Go SDK as a string: both are decoded, and it is re-encoded as a string of digits.",
          "$ref": "#/definitions/UnixSeconds"
        }
      },
      "x-keep-unknown": true
    },
    "UnixSeconds": {
      "title": "UnixSeconds",
      "description": "A timestamp in Unix seconds (时间戳，单位秒), travelling as a string of decimal digits.",
      "type": "string",
      "pattern": "^[0-9]{1,20}$",
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::UnixSeconds"
      }
    },
    "User": {
      "title": "User",
      "description": "A user given either as a user ID string (the docs' tables and examples) or as a `UserObj` (the live API): both are accepted and either can be sent.",
      "oneOf": [
        {
          "type": "string",
          "title": "Id",
          "description": "A user ID (用户 ID).",
          "minLength": 1
        },
        {
          "$ref": "#/definitions/UserObj"
        }
      ],
      "x-rust-type": {
        "crate": "wemeet-types",
        "version": "0.1",
        "path": "wemeet_types::User"
      }
    },
    "UserObj": {
      "title": "UserObj",
      "description": "A user (用户对象 UserObj).",
      "type": "object",
      "required": [
        "userid"
      ],
      "properties": {
        "userid": {
          "description": "Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.",
          "type": "string",
          "minLength": 1
        },
        "is_anonymous": {
          "description": "Whether the user joins anonymously (用户是否匿名入会): `true` anonymous (匿名), `false` not anonymous (不匿名). The docs type it as a String.",
          "type": "string"
        },
        "nick_name": {
          "description": "Anonymous display name (用户匿名字符串). A user who joins anonymously without one gets a default name such as \"会议用户xxxx\" from the server.",
          "type": "string"
        },
        "profile_photo": {
          "description": "Address of the user's avatar (用户头像地址).",
          "type": "string"
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetPushStreamInfoPath`](crate::GetPushStreamInfoPath), bundled from `schemas/get-push-stream-info.path.json`.
pub const GET_PUSH_STREAM_INFO_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetPushStreamInfoPath",
  "definitions": {
    "GetPushStreamInfoPath": {
      "title": "GetPushStreamInfoPath",
      "description": "Path parameters of `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "7424270435941489244"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetPushStreamInfoRequest`](crate::GetPushStreamInfoRequest), bundled from `schemas/get-push-stream-info.request.json`.
pub const GET_PUSH_STREAM_INFO_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetPushStreamInfoRequest",
  "definitions": {
    "GetPushStreamInfoRequest": {
      "title": "GetPushStreamInfoRequest",
      "description": "Query string of `GET /v1/meetings/{meeting_id}/live-play/push-stream-info` (`live-play` with a hyphen, unlike the `live_play` of set live-stream address): read the live-stream push addresses of a meeting (查询直播推流地址), before, during or after it (会前、会中和会后). Callable by the meeting's creator, hosts and co-hosts (会议创建者、主持人与联席主持人): before the meeting by its creator only, during it by its host only. OAuth2.0 is not supported. The docs' example shows the parameters both in the query string and as a JSON body; a GET sends the query string only.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "operator_id": "afagsagwags",
          "operator_id_type": 1,
          "instanceid": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "instanceid": {
          "description": "Device type of the meeting's creating userid (用户的终端设备类型); it does not change the device used to join, and 1 will do where unknown (缺省可填1).",
          "$ref": "#/definitions/InstanceId"
        }
      }
    },
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` is (操作者 ID 的类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`GetPushStreamInfoResponse`](crate::GetPushStreamInfoResponse), bundled from `schemas/get-push-stream-info.response.json`.
pub const GET_PUSH_STREAM_INFO_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetPushStreamInfoResponse",
  "definitions": {
    "GetPushStreamInfoResponse": {
      "title": "GetPushStreamInfoResponse",
      "description": "Body of a successful `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`: the push addresses the meeting holds (直播推流信息). Lenient: the docs mark no output field as required; unknown fields are kept, not lost. The docs' output example is cut off inside the first `push_address`; the example here completes it minimally, with the address of the same entry in the set live-stream address example (same name, type and key) and the closing brackets.",
      "type": "object",
      "examples": [
        {
          "push_stream_info": [
            {
              "platform_name": "dGVzdDEyMw==",
              "platform_type": 1,
              "push_password": "123123123123123",
              "enable_push_addres": true,
              "push_address": "rtmp://123123.123live.123.com/trtc_1451297868/"
            }
          ]
        }
      ],
      "properties": {
        "push_stream_info": {
          "description": "The push-stream entries (直播推流信息 对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PushStreamEntry"
          }
        }
      },
      "x-keep-unknown": true
    },
    "PlatformType": {
      "title": "PlatformType",
      "description": "Push platform type (推流平台类型). The docs list 1 and 2; any other integer is accepted. Business and enterprise editions hold at most 1 WeChat Channels address and 10 push platforms (商业版和企业版最多支持添加1个微信视频号地址和10个推流平台): `x-max-per-account`.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "WechatChannels",
          "description": "WeChat Channels (微信视频号平台)",
          "x-max-per-account": 1
        },
        {
          "const": 2,
          "title": "ThirdParty",
          "description": "Third-party push platform (第三方推流平台)",
          "x-max-per-account": 10
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "PushStreamEntry": {
      "title": "PushStreamEntry",
      "description": "A live-stream push entry the meeting holds (直播推流信息 对象), as the service reports it: no rule applies (set live-stream address sends `PushStreamInfo`, which has them).",
      "type": "object",
      "properties": {
        "platform_type": {
          "description": "Push platform type (推流平台类型).",
          "$ref": "#/definitions/PlatformType"
        },
        "platform_name": {
          "description": "Push platform name (平台名称), Base64-encoded on the wire as set live-stream address sends it (the docs' example `dGVzdDEyMw==` is `test123`); kept as received.",
          "type": "string"
        },
        "enable_push_addres": {
          "description": "Whether this push address is enabled (是否启用该推流地址). The wire name keeps the docs' spelling `enable_push_addres`. The get doc gives its default as false, the set doc as true; absent stays absent.",
          "type": "boolean",
          "x-rust-name": "enable_push_address"
        },
        "push_address": {
          "description": "Push address (推流地址), e.g. `rtmp://host/app/`.",
          "type": "string"
        },
        "push_password": {
          "description": "Push key (推流密钥).",
          "type": "string",
          "x-sensitive": true
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`SetDefaultBackgroundPath`](crate::SetDefaultBackgroundPath), bundled from `schemas/set-default-background.path.json`.
pub const SET_DEFAULT_BACKGROUND_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetDefaultBackgroundPath",
  "definitions": {
    "SetDefaultBackgroundPath": {
      "title": "SetDefaultBackgroundPath",
      "description": "Path parameters of `PUT /v1/meetings/{meeting_id}/default-backgrounds`.",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "6524541286408448530"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`SetDefaultBackgroundRequest`](crate::SetDefaultBackgroundRequest), bundled from `schemas/set-default-background.request.json`.
pub const SET_DEFAULT_BACKGROUND_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetDefaultBackgroundRequest",
  "definitions": {
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "OperatorIdType": {
      "title": "OperatorIdType",
      "description": "What kind of ID `operator_id` is (操作者 ID 的类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise user ID (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 open ID (openid)"
        },
        {
          "const": 3,
          "title": "RoomsId",
          "description": "A Rooms device ID (rooms_id)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "SetDefaultBackgroundRequest": {
      "title": "SetDefaultBackgroundRequest",
      "description": "Body of `PUT /v1/meetings/{meeting_id}/default-backgrounds`: set the default background of a scheduled meeting (设置会议默认背景), one of those added with add backgrounds, or the empty string to restore the default black background. Callable by the meeting's creator, hosts and co-hosts, and the enterprise's administrators (会议创建者/主持人/联席主持人/企业管理员/企业超级管理员); self-built apps only, OAuth2.0 is not supported (目前暂不支持 OAuth2.0 鉴权访问). Success is an empty body or `{}`.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "instanceid",
        "selected_background_id"
      ],
      "examples": [
        {
          "instanceid": 1,
          "selected_background_id": "ca4exxxxxxxxxxxxxxxxxxxxxxxx6e93",
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
        },
        {
          "instanceid": 1,
          "selected_background_id": "",
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "instanceid": {
          "description": "Device type ID (设备类型 ID).",
          "$ref": "#/definitions/InstanceId"
        },
        "selected_background_id": {
          "description": "ID of the background the meeting is to use (会议应用的背景 ID), as add backgrounds answered it. The empty string is valid: it restores the meeting's default black background (恢复成会议默认的黑色背景), so no length rule applies.",
          "type": "string"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 = userid, the only type this endpoint documents.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "userid": {
          "description": "ID of the meeting creator (会议创建者 ID): the older docs' caller identification, required there; the current docs replace it with `operator_id` and `operator_id_type`. Offered as an optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`SetLiveStreamAddressPath`](crate::SetLiveStreamAddressPath), bundled from `schemas/set-live-stream-address.path.json`.
pub const SET_LIVE_STREAM_ADDRESS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetLiveStreamAddressPath",
  "definitions": {
    "SetLiveStreamAddressPath": {
      "title": "SetLiveStreamAddressPath",
      "description": "Path parameters of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address` (the docs spell the parameter `{meetingId}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "6524541286408448530"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID), `{meetingId}` in the docs' URL.",
          "type": "string",
          "minLength": 1
        }
      }
    }
  }
}"##;
/// JSON Schema (Draft-07, self-contained) of [`SetLiveStreamAddressRequest`](crate::SetLiveStreamAddressRequest), bundled from `schemas/set-live-stream-address.request.json`.
pub const SET_LIVE_STREAM_ADDRESS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetLiveStreamAddressRequest",
  "definitions": {
    "InstanceId": {
      "title": "InstanceId",
      "description": "Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Pstn",
          "description": "PSTN (telephone)"
        },
        {
          "const": 1,
          "title": "Pc",
          "description": "PC"
        },
        {
          "const": 2,
          "title": "Mac",
          "description": "Mac"
        },
        {
          "const": 3,
          "title": "Android",
          "description": "Android"
        },
        {
          "const": 4,
          "title": "Ios",
          "description": "iOS"
        },
        {
          "const": 5,
          "title": "Web",
          "description": "Web"
        },
        {
          "const": 6,
          "title": "Ipad",
          "description": "iPad"
        },
        {
          "const": 7,
          "title": "AndroidPad",
          "description": "Android Pad"
        },
        {
          "const": 8,
          "title": "MiniProgram",
          "description": "Mini program (小程序)"
        },
        {
          "const": 9,
          "title": "VoipSip",
          "description": "VoIP / SIP device"
        },
        {
          "const": 10,
          "title": "Linux",
          "description": "Linux"
        },
        {
          "const": 12,
          "title": "VisionPro",
          "description": "Vision Pro"
        },
        {
          "const": 20,
          "title": "RoomsTouchWindows",
          "description": "Rooms for Touch, Windows"
        },
        {
          "const": 21,
          "title": "RoomsTouchMac",
          "description": "Rooms for Touch, macOS"
        },
        {
          "const": 22,
          "title": "RoomsTouchAndroid",
          "description": "Rooms for Touch, Android"
        },
        {
          "const": 30,
          "title": "ControllerTouchWindows",
          "description": "Controller for Touch, Windows"
        },
        {
          "const": 32,
          "title": "ControllerTouchAndroid",
          "description": "Controller for Touch, Android"
        },
        {
          "const": 33,
          "title": "ControllerTouchIos",
          "description": "Controller for Touch, iOS"
        },
        {
          "const": 81,
          "title": "HarmonyPhone",
          "description": "HarmonyOS phone"
        },
        {
          "const": 82,
          "title": "HarmonyTablet",
          "description": "HarmonyOS tablet"
        },
        {
          "const": 83,
          "title": "HarmonyPc",
          "description": "HarmonyOS PC"
        },
        {
          "const": 84,
          "title": "HarmonyCockpit",
          "description": "HarmonyOS intelligent cockpit"
        },
        {
          "const": 86,
          "title": "HarmonyArVr",
          "description": "HarmonyOS AR/VR"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "PlatformType": {
      "title": "PlatformType",
      "description": "Push platform type (推流平台类型). The docs list 1 and 2; any other integer is accepted. Business and enterprise editions hold at most 1 WeChat Channels address and 10 push platforms (商业版和企业版最多支持添加1个微信视频号地址和10个推流平台): `x-max-per-account`.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "WechatChannels",
          "description": "WeChat Channels (微信视频号平台)",
          "x-max-per-account": 1
        },
        {
          "const": 2,
          "title": "ThirdParty",
          "description": "Third-party push platform (第三方推流平台)",
          "x-max-per-account": 10
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A code the docs do not list."
        }
      ]
    },
    "PushStreamInfo": {
      "title": "PushStreamInfo",
      "description": "A live-stream push entry (直播推流信息).",
      "type": "object",
      "required": [
        "platform_type",
        "platform_name",
        "enable_push_addres",
        "push_address",
        "push_password"
      ],
      "properties": {
        "platform_type": {
          "description": "Push platform type (推流平台类型).",
          "$ref": "#/definitions/PlatformType",
          "enum": [
            1,
            2
          ]
        },
        "platform_name": {
          "description": "Push platform name (推流平台名称), Base64-encoded on the wire (the docs' example sends `dGVzdDEyMw==` for `test123`). The decoded name has at most 10 characters (平台名称限制10个字符) and must not be only spaces or newlines (不允许纯空格和回车).",
          "type": "string",
          "contentEncoding": "base64",
          "minLength": 1,
          "x-content-schema": {
            "minLength": 1,
            "maxLength": 10,
            "x-non-blank": true
          }
        },
        "enable_push_addres": {
          "description": "Whether this push address is enabled (是否启用该推流地址): `true` on (开启), `false` off (不开启); default true (默认值为true). The wire name keeps the docs' spelling `enable_push_addres`.",
          "type": "boolean",
          "default": true,
          "x-rust-name": "enable_push_address"
        },
        "push_address": {
          "description": "Push address (推流地址): an absolute URL such as `rtmp://host/app/`.",
          "type": "string",
          "minLength": 1,
          "format": "uri",
          "x-error-code": 400004
        },
        "push_password": {
          "description": "Push key (推流密钥).",
          "type": "string",
          "x-sensitive": true,
          "minLength": 1
        }
      }
    },
    "SetLiveStreamAddressRequest": {
      "title": "SetLiveStreamAddressRequest",
      "description": "Body of `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: set the live-stream push address of a meeting (设置直播推流地址), before or during the meeting (会前和会中). Callable during the meeting by its creator, hosts and co-hosts within the enterprise, and outside it by the creator. Business and enterprise editions hold at most 1 WeChat Channels address (1个微信视频号地址) and 10 push platforms (10个推流平台). OAuth2.0 is not supported (暂不支持 OAuth2.0 鉴权访问). Success is an empty body (成功时返回空消息体).",
      "type": "object",
      "required": [
        "userid",
        "instanceid",
        "push_stream_info"
      ],
      "examples": [
        {
          "instanceid": 1,
          "userid": "testuser123",
          "push_stream_info": [
            {
              "platform_name": "dGVzdDEyMw==",
              "platform_type": 1,
              "push_password": "123123123123123",
              "enable_push_addres": true,
              "push_address": "rtmp://123123.123live.123.com/trtc_1451297868/"
            },
            {
              "platform_name": "MTIzdGVzdA==",
              "platform_type": 2,
              "push_password": "123123123123321",
              "enable_push_addres": true,
              "push_address": "rtmp://321.321.fs.tv/123live/"
            }
          ]
        }
      ],
      "properties": {
        "userid": {
          "description": "User ID (用户 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "instanceid": {
          "description": "Device type of the user (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "push_stream_info": {
          "description": "Push-stream entries (推流信息): at least one. The docs say only one entry is supported for now (暂只支持设置一条推流信息): a temporary rule of the service, which the mock applies and clients do not.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PushStreamInfo"
          },
          "minItems": 1,
          "x-server-max-items": 1
        }
      }
    }
  }
}"##;

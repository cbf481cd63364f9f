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
      "examples": [
        {
          "userid": "creator1",
          "instanceid": 1,
          "default_image_order": 2,
          "image_list": [
            {
              "image_md5": "c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e",
              "image_url": "https://xxxxxx.cos.myqcloud.com/flower.png"
            },
            {
              "image_url": "https://xxxxxx.cos.myqcloud.com/cat.png",
              "image_md5": "c3daxxxxxxxxxxxxxxxxxxxxxxxx62a4"
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
      "description": "Meeting type (会议类型). The docs list 0 and 1; any other integer is accepted.",
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

//! Every validation rule, through both clients: a typed error naming the field and the rule, and not one byte on
//! the wire (the scripted server records every connection it accepts).

use wemeet::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest,
    BackgroundImage, CreateMeeting, Credentials, Error, InstanceId, MeetingType, PlatformType,
    PushStreamInfo, Rule, SetLiveStreamAddress, SetLiveStreamAddressPath,
    SetLiveStreamAddressRequest, UrlProblem, User, encode_base64,
};
use wemeet_testkit::requests;
use wemeet_tests::{AnyClient, FLAVORS, ScriptedServer, Setup};
use wemeet_types::CreateMeetingRequest;

/// A call of either client whose response does not matter.
type Call = Box<dyn Fn(&AnyClient) -> Result<(), Error>>;

/// One invalid call: what it does, and the field and rule its error must name.
struct Case {
    name: &'static str,
    call: Call,
    field: &'static str,
    rule: fn(&Rule) -> bool,
}

fn create(edit: impl Fn(CreateMeetingRequest) -> CreateMeetingRequest + 'static) -> Call {
    Box::new(move |client| {
        let mut request = requests::create_meeting("u");
        request.subject = "s".into();
        request.start_time = 100.into();
        request.end_time = 200.into();
        client.send::<CreateMeeting>(&(), &edit(request)).map(drop)
    })
}

fn image(index: usize) -> BackgroundImage {
    BackgroundImage::builder()
        .image_md5(format!("{index:032x}"))
        .image_url(format!("https://example.com/{index}.png"))
        .build()
}

fn backgrounds(
    meeting_id: &'static str,
    edit: impl Fn(AddMeetingBackgroundsRequest) -> AddMeetingBackgroundsRequest + 'static,
) -> Call {
    Box::new(move |client| {
        let request = AddMeetingBackgroundsRequest::builder()
            .userid("u")
            .instanceid(InstanceId::Pc)
            .image_list([image(0), image(1)])
            .build();
        client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new(meeting_id),
                &edit(request),
            )
            .map(drop)
    })
}

fn live_stream(entries: impl Fn() -> Vec<PushStreamInfo> + 'static) -> Call {
    Box::new(move |client| {
        let request = SetLiveStreamAddressRequest::builder()
            .userid("u")
            .instanceid(InstanceId::Pc)
            .push_stream_info(entries())
            .build();
        client
            .send::<SetLiveStreamAddress>(&SetLiveStreamAddressPath::new("123"), &request)
            .map(drop)
    })
}

fn entry(name: &str) -> PushStreamInfo {
    PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64(name))
        .push_address("rtmp://a.example/x")
        .push_password("key")
        .build()
}

fn push(edit: impl Fn(&mut PushStreamInfo)) -> Vec<PushStreamInfo> {
    let mut entry = entry("name");
    edit(&mut entry);
    vec![entry]
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "empty userid",
            call: create(|mut r| {
                r.userid.clear();
                r
            }),
            field: "userid",
            rule: |r| matches!(r, Rule::NonEmpty),
        },
        Case {
            name: "empty subject",
            call: create(|mut r| {
                r.subject.clear();
                r
            }),
            field: "subject",
            rule: |r| matches!(r, Rule::NonEmpty),
        },
        Case {
            name: "blank userid",
            call: create(|mut r| {
                r.userid = " \n".into();
                r
            }),
            field: "userid",
            rule: |r| matches!(r, Rule::NotBlank),
        },
        Case {
            name: "subject over 128 bytes as sent",
            call: create(|mut r| {
                r.subject = "会".repeat(43);
                r
            }),
            field: "subject",
            rule: |r| matches!(r, Rule::MaxBytes { max: 128, .. }),
        },
        Case {
            name: "start after end",
            call: create(|mut r| {
                r.start_time = 300.into();
                r
            }),
            field: "end_time",
            rule: |r| {
                matches!(
                    r,
                    Rule::After {
                        other: "start_time",
                        ..
                    }
                )
            },
        },
        Case {
            name: "meeting type 7",
            call: create(|mut r| {
                r.meeting_type = MeetingType::Other(7);
                r
            }),
            field: "type",
            rule: |r| matches!(r, Rule::OneOf { actual: 7, .. }),
        },
        Case {
            name: "empty host id",
            call: create(|mut r| {
                r.hosts = Some(vec![User::from("")]);
                r
            }),
            field: "hosts[0]",
            rule: |r| matches!(r, Rule::NonEmpty),
        },
        Case {
            name: "empty meeting id",
            call: backgrounds("", |r| r),
            field: "meeting_id",
            rule: |r| matches!(r, Rule::NonEmpty),
        },
        Case {
            name: "no images",
            call: backgrounds("123", |mut r| {
                r.image_list.clear();
                r
            }),
            field: "image_list",
            rule: |r| {
                matches!(
                    r,
                    Rule::Count {
                        min: 1,
                        max: 7,
                        actual: 0
                    }
                )
            },
        },
        Case {
            name: "eight images",
            call: backgrounds("123", |mut r| {
                r.image_list = (0..8).map(image).collect();
                r
            }),
            field: "image_list",
            rule: |r| {
                matches!(
                    r,
                    Rule::Count {
                        min: 1,
                        max: 7,
                        actual: 8
                    }
                )
            },
        },
        Case {
            name: "default image order past the list",
            call: backgrounds("123", |mut r| {
                r.default_image_order = Some(3);
                r
            }),
            field: "default_image_order",
            rule: |r| {
                matches!(
                    r,
                    Rule::Range {
                        min: 1,
                        max: 2,
                        actual: 3
                    }
                )
            },
        },
        Case {
            name: "default image order zero",
            call: backgrounds("123", |mut r| {
                r.default_image_order = Some(0);
                r
            }),
            field: "default_image_order",
            rule: |r| matches!(r, Rule::Range { actual: 0, .. }),
        },
        Case {
            name: "md5 not hex",
            call: backgrounds("123", |mut r| {
                r.image_list[1].image_md5 = "c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e".into();
                r
            }),
            field: "image_list[1].image_md5",
            rule: |r| matches!(r, Rule::Md5Hex { .. }),
        },
        Case {
            name: "image url not http(s)",
            call: backgrounds("123", |mut r| {
                r.image_list[0].image_url = "ftp://example.com/a.png".into();
                r
            }),
            field: "image_list[0].image_url",
            rule: |r| {
                matches!(
                    r,
                    Rule::Url {
                        problem: UrlProblem::UnsupportedScheme,
                        ..
                    }
                )
            },
        },
        Case {
            name: "image url relative",
            call: backgrounds("123", |mut r| {
                r.image_list[0].image_url = "/a.png".into();
                r
            }),
            field: "image_list[0].image_url",
            rule: |r| {
                matches!(
                    r,
                    Rule::Url {
                        problem: UrlProblem::MissingScheme,
                        ..
                    }
                )
            },
        },
        Case {
            name: "no push entries",
            call: live_stream(Vec::new),
            field: "push_stream_info",
            rule: |r| {
                matches!(
                    r,
                    Rule::Count {
                        min: 1,
                        actual: 0,
                        ..
                    }
                )
            },
        },
        Case {
            name: "platform type 3",
            call: live_stream(|| push(|p| p.platform_type = PlatformType::Other(3))),
            field: "push_stream_info[0].platform_type",
            rule: |r| matches!(r, Rule::OneOf { actual: 3, .. }),
        },
        Case {
            name: "platform name not base64",
            call: live_stream(|| push(|p| p.platform_name = "not base64!".into())),
            field: "push_stream_info[0].platform_name",
            rule: |r| matches!(r, Rule::Base64),
        },
        Case {
            name: "platform name over 10 characters",
            call: live_stream(|| vec![entry("直播平台名称超过十个字符")]),
            field: "push_stream_info[0].platform_name",
            rule: |r| {
                matches!(
                    r,
                    Rule::CharCount {
                        min: 1,
                        max: 10,
                        actual: 12
                    }
                )
            },
        },
        Case {
            name: "platform name only spaces and newlines",
            call: live_stream(|| vec![entry(" \n ")]),
            field: "push_stream_info[0].platform_name",
            rule: |r| matches!(r, Rule::NotBlank),
        },
        Case {
            name: "push address not a URL",
            call: live_stream(|| push(|p| p.push_address = "live.example.com/app".into())),
            field: "push_stream_info[0].push_address",
            rule: |r| matches!(r, Rule::Url { schemes: None, .. }),
        },
        Case {
            name: "empty push password",
            call: live_stream(|| push(|p| p.push_password.clear())),
            field: "push_stream_info[0].push_password",
            rule: |r| matches!(r, Rule::NonEmpty),
        },
    ]
}

#[test]
fn every_rule_fails_before_anything_is_sent() {
    let server = ScriptedServer::start([]);
    for flavor in FLAVORS {
        let client = AnyClient::build(
            flavor,
            Setup::new(
                server.base_url(),
                Credentials::builder()
                    .app_id("a")
                    .secret_id("b")
                    .secret_key("c")
                    .build(),
            ),
        )
        .unwrap();
        for case in cases() {
            let error = (case.call)(&client).expect_err(case.name);
            let Error::Validation(validation) = &error else {
                panic!("{flavor} {}: {error:?}", case.name)
            };
            assert_eq!(validation.field(), case.field, "{flavor} {}", case.name);
            assert!(
                (case.rule)(validation.rule()),
                "{flavor} {}: {:?}",
                case.name,
                validation.rule()
            );
            assert!(
                error.to_string().contains(case.field),
                "{flavor} {}: {error}",
                case.name
            );
            assert!(!error.is_retryable() && !error.may_have_reached_server());
        }
    }
    assert!(
        server.received().is_empty(),
        "nothing reached the server: {:?}",
        server.received()
    );
}

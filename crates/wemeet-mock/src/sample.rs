//! Valid calls of any endpoint, made from its schemas: what tests and fuzz targets generic over endpoints send.
//!
//! [`call`] builds the path parameters and the request of endpoint `E` from the JSON Schemas embedded in
//! `wemeet-types`, so that an endpoint added to the manifest has samples with no line written for it: each
//! required property gets a value that keeps every documented rule (a `format: md5-hex` gets 32 hex digits, an
//! `x-url-schemes` field a URL of the first scheme, an `x-after` field a later value, a code list its first
//! allowed code, a base64 field the encoding of a short name...). Properties that name things the mock keeps
//! (`userid`, `operator_id`, `meeting_id`, `selected_background_id`) take their values from a [`Context`], so
//! that the call is accepted by the mock's state. [`ready`] brings that state to what the mock's behaviour of `E`
//! acts on (a meeting in progress, for the endpoints that end or control one).

use std::fmt;

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use wemeet_types::{ENDPOINTS, Endpoint};

use crate::{MockServer, Participant, RecordingContent};

/// The endpoints whose behaviour acts only on a meeting in progress (else 190455, 非会议中不允许操作): the
/// in-meeting controls.
const ON_A_MEETING_IN_PROGRESS: &[&str] = &[
    "dismiss_meeting",
    "set_meeting_asr",
    "set_cohost",
    "set_doc_upload_permission",
    "remove_participants",
    "set_participant_mute",
    "set_participant_names",
    "stop_screen_share",
    "set_in_meeting_settings",
    "set_participant_video",
    "manage_waiting_room_participants",
];

/// Whether a sample call of `E` acts on a meeting the context names: its path or request names one
/// (`meeting_id`), or it names a cloud recording (`meeting_record_id`, `record_file_id`), which a meeting makes.
pub fn acts_on_a_meeting<E: Endpoint>() -> bool {
    E::PATH_TEMPLATE.contains("{meeting_id}")
        || names_a_recording::<E>()
        || names::<E>(&["meeting_id"])
}

/// Whether `E`'s path or request names a cloud recording.
fn names_a_recording<E: Endpoint>() -> bool {
    names::<E>(&["meeting_record_id", "record_file_id"])
}

/// Whether `E`'s path or request schema has a property of one of `properties`' names (a key, followed by `:`).
fn names<E: Endpoint>(properties: &[&str]) -> bool {
    ENDPOINTS
        .iter()
        .filter(|info| info.name == E::NAME)
        .flat_map(|info| [info.path_schema, info.request_schema])
        .flatten()
        .any(|schema| {
            properties
                .iter()
                .any(|name| schema.contains(&format!("\"{name}\":")))
        })
}

/// The endpoints a sample call alone cannot make: the steps of a part-by-part upload after the first, which act on
/// the upload an earlier call prepared, by the `upload_id` it answered, and send its exact parts (by size and MD5)
/// in order. A fresh sample is refused by the service's rules (190004); the clients' upload helpers make these
/// calls after the one they follow. (Cancelling a room call also names what an earlier call answered, but [`ready`]
/// places that call on the mock.)
pub const AFTER_ANOTHER_CALL: &[&str] = &["upload_record_part", "finish_record_upload"];

/// The endpoints that create the user their sample names (`userid`), which must not exist yet (else 20002).
const CREATING_THE_USER: &[&str] = &["create_user"];

/// The endpoints acting on a user not activated yet (else 190004): every other one gets an activated user.
const ON_A_USER_NOT_ACTIVATED: &[&str] = &["send_activation_invite"];

/// The endpoints acting on the caller in the meeting's waiting room (else 202007): another participant starts the
/// meeting, and the caller waits to be let in.
const ON_THE_WAITING_ROOM: &[&str] = &["manage_waiting_room_participants"];

/// The endpoints booking the context's room, which must be free at the meeting's time (else 21301).
const BOOKING_THE_ROOM: &[&str] = &["book_rooms"];

/// The endpoints acting on a user's AI account, which it must have (else 500059).
const ON_AN_AI_ACCOUNT: &[&str] = &["delete_user_ai_account"];

/// The endpoints cancelling a room call, which must name a call of the context's meeting to the context's room still
/// being called (else 190004).
const CANCELLING_A_ROOM_CALL: &[&str] = &["cancel_room_call"];

/// Brings what a sample call of `E` in `context` acts on into the state the mock's behaviour of `E` needs, and
/// answers the context naming it:
/// - the context's user is a fresh one of the demo enterprise, its `uuid` in the context, activated (but for an
///   endpoint inviting it to activate), with an AI account for an endpoint removing one; an endpoint creating the
///   user finds none;
/// - for an endpoint acting on a meeting in progress, the user joins the context's meeting, which starts it (or,
///   for one acting on its waiting room, waits there while another participant starts it);
/// - for one naming a cloud recording, the meeting takes place and ends recorded, the recording in the context;
/// - for one booking the context's room, earlier bookings of it are given back;
/// - for one cancelling a room call, the context's meeting calls the context's room, the call's `invite_id` in the
///   context.
pub fn ready<E: Endpoint>(server: &MockServer, mut context: Context) -> Context {
    server.forget_user(&context.userid);
    if !CREATING_THE_USER.contains(&E::NAME)
        && let Some(user) = server.add_user(&context.userid)
    {
        context.user_uuid = Some(user.uuid);
        if !ON_A_USER_NOT_ACTIVATED.contains(&E::NAME) {
            server.activate_user(&context.userid);
        }
        if ON_AN_AI_ACCOUNT.contains(&E::NAME) {
            let mut store = crate::handle::state::lock(&server.app.store);
            // The user was just added, under the demo enterprise: the change cannot miss it.
            let _ = store
                .users
                .change(crate::demo::APP_ID, &context.userid, |user| {
                    user.ai_account = Some(wemeet_types::users::AiAccountType::Purchased);
                    Ok(())
                });
        }
    }
    if ON_THE_WAITING_ROOM.contains(&E::NAME) && !context.meeting_id.is_empty() {
        let host = format!("{}-host", context.userid);
        server.join(&context.meeting_id, Participant::new(host));
        context.ms_open_id = server.enter_waiting_room(
            &context.meeting_id,
            Participant::new(context.userid.as_str()),
        );
    } else if ON_A_MEETING_IN_PROGRESS.contains(&E::NAME) && !context.meeting_id.is_empty() {
        context.ms_open_id = server.join(
            &context.meeting_id,
            Participant::new(context.userid.as_str()),
        );
    }
    if BOOKING_THE_ROOM.contains(&E::NAME) {
        // Earlier samples' meetings, at the same time, give the room back.
        let mut store = crate::handle::state::lock(&server.app.store);
        let holders: Vec<String> = store
            .meetings()
            .filter(|record| {
                record
                    .extras
                    .booked_rooms
                    .contains(&context.meeting_room_id)
            })
            .map(|record| record.meeting.meeting_id.clone())
            .collect();
        for meeting_id in holders {
            if let Some(record) = store.meeting_any_mut(&meeting_id) {
                record
                    .extras
                    .booked_rooms
                    .retain(|room| *room != context.meeting_room_id);
            }
        }
    }
    if CANCELLING_A_ROOM_CALL.contains(&E::NAME) && !context.meeting_id.is_empty() {
        context.invite_id = server.call_room(&context.meeting_id, &context.meeting_room_id);
    }
    if names_a_recording::<E>() && !context.meeting_id.is_empty() {
        // The meeting takes place and ends recorded: its cloud recording is what the call names.
        server.join(
            &context.meeting_id,
            Participant::new(context.userid.as_str()),
        );
        if let Some(file) =
            server.end_meeting_with_recording(&context.meeting_id, RecordingContent::default())
        {
            context.recording = Some((file.meeting_record_id, file.record_file_id));
        }
    }
    context
}

/// What a sample refers to: the user who calls and the meeting (and background) it acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// The caller (`userid`, `operator_id`).
    pub userid: String,
    /// The meeting a path or a field names (`meeting_id`).
    pub meeting_id: String,
    /// The meeting room a path or a field names (`meeting_room_id`): by default the demo room open to booking and
    /// calls ([`MeetingRoom::demo_rooms`](crate::MeetingRoom::demo_rooms)' last).
    pub meeting_room_id: String,
    /// A background the meeting has (`selected_background_id`); the empty string (the default black
    /// background) when `None`.
    pub background_id: Option<String>,
    /// The `uuid` the service issued to the caller as an enterprise user (`uuid`), when it is one.
    pub user_uuid: Option<String>,
    /// The caller's `ms_open_id` in the meeting, once it joined.
    pub ms_open_id: Option<String>,
    /// A cloud recording of the meeting and its file (`meeting_record_id`, `record_file_id`), when it has one.
    pub recording: Option<(String, String)>,
    /// A call of the meeting to the meeting room still being called (`invite_id`), when one was placed.
    pub invite_id: Option<String>,
    /// Varies what must be unique (digests, URLs, push addresses) between samples.
    pub seed: u64,
    /// Whether optional properties get values too (by default only the required ones do).
    pub every_property: bool,
}

impl Context {
    /// A context for `userid` acting on `meeting_id`.
    pub fn new(userid: impl Into<String>, meeting_id: impl Into<String>) -> Self {
        Context {
            userid: userid.into(),
            meeting_id: meeting_id.into(),
            meeting_room_id: crate::MeetingRoom::demo_rooms()
                .pop()
                .map(|room| room.meeting_room_id)
                .unwrap_or_default(),
            background_id: None,
            user_uuid: None,
            recording: None,
            ms_open_id: None,
            invite_id: None,
            seed: 0,
            every_property: false,
        }
    }

    /// The same, giving every property a value, optional ones included: a sample that reaches every rule.
    #[must_use]
    pub fn with_every_property(mut self) -> Self {
        self.every_property = true;
        self
    }

    /// The same, naming a background the meeting has.
    #[must_use]
    pub fn with_background_id(mut self, background_id: impl Into<String>) -> Self {
        self.background_id = Some(background_id.into());
        self
    }

    /// The same, with another seed.
    #[must_use]
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }
}

/// A sample could not be made: the endpoint is not in the table, or its schema leads to a value its model does
/// not decode (a bug of the schema or of this module).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleError(String);

impl fmt::Display for SampleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no sample: {}", self.0)
    }
}

impl std::error::Error for SampleError {}

/// The examples of the root type of a schema embedded in `wemeet-types` (`wemeet_types::schemas::*`): the docs'
/// own examples, transcribed into the schemas; none when the schema has none or is not JSON.
pub fn examples(schema: &str) -> Vec<Value> {
    let Ok(document) = serde_json::from_str::<Value>(schema) else {
        return Vec::new();
    };
    let root = document["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/definitions/"));
    root.and_then(|root| {
        document["definitions"][root]["examples"]
            .as_array()
            .cloned()
    })
    .unwrap_or_default()
}

/// The path parameters and the request of a valid call of `E` in `context`.
///
/// # Errors
/// A [`SampleError`] when `E` is not in the endpoint table or its schemas lead to a value that does not decode.
pub fn call<E: Endpoint>(context: &Context) -> Result<(E::Path, E::Request), SampleError> {
    let info = ENDPOINTS
        .iter()
        .find(|info| info.name == E::NAME)
        .ok_or_else(|| SampleError(format!("{} is not in the endpoint table", E::NAME)))?;
    let path = value_of::<E::Path>(info.path_schema, context, "path parameters")?;
    let request = value_of::<E::Request>(info.request_schema, context, "request")?;
    Ok((path, request))
}

/// The value of `T` made from `schema` (`null` for none, which `()` decodes from).
fn value_of<T: DeserializeOwned>(
    schema: Option<&str>,
    context: &Context,
    what: &str,
) -> Result<T, SampleError> {
    let value = match schema {
        None => Value::Null,
        Some(text) => {
            let document: Value = serde_json::from_str(text)
                .map_err(|error| SampleError(format!("the {what} schema is not JSON: {error}")))?;
            let maker = Maker {
                document: &document,
                context,
            };
            maker.value(&document, None, 0, 0)
        }
    };
    serde_json::from_value(value.clone()).map_err(|error| {
        SampleError(format!(
            "the {what} sample {value} does not decode: {error}"
        ))
    })
}

/// Makes values of the schemas of one self-contained document.
struct Maker<'a> {
    document: &'a Value,
    context: &'a Context,
}

/// How deep references may nest before a sample gives up (a recursive schema).
const MAX_DEPTH: usize = 16;

impl Maker<'_> {
    /// A value of `schema` for the property `name` (if it is one), `index` varying list entries, `depth` the
    /// nesting so far (a recursive schema stops at [`MAX_DEPTH`]).
    fn value(&self, schema: &Value, name: Option<&str>, index: u64, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(value) = name.and_then(|name| self.context_value(name)) {
            return fit(value, schema);
        }
        if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
            return first.clone();
        }
        match self.resolve(schema) {
            Some(target) => self.value(target, None, index, depth + 1),
            None => self.shaped(schema, index, depth),
        }
    }

    /// The definition a `$ref` names.
    fn resolve(&self, schema: &Value) -> Option<&Value> {
        let name = schema
            .get("$ref")?
            .as_str()?
            .strip_prefix("#/definitions/")?;
        self.document.get("definitions")?.get(name)
    }

    /// A value of a schema that is not a reference: a hand-written type by its `x-rust-type`, a code list its first
    /// code, a union (`oneOf`) a value of its first form, anything else by `type`.
    fn shaped(&self, schema: &Value, index: u64, depth: usize) -> Value {
        let rust_type = schema
            .get("x-rust-type")
            .and_then(|t| t.get("path"))
            .and_then(Value::as_str);
        match rust_type {
            Some(path) if path.ends_with("::UnixSeconds") => json!("1900000000"),
            Some(path) if path.ends_with("::User") => json!(self.context.userid),
            Some(_) => Value::Null,
            None => match (
                first_code(schema),
                schema.get("oneOf").and_then(|forms| forms.get(0)),
            ) {
                (Some(code), _) => code,
                // A union: a value of its first form.
                (None, Some(form)) => self.value(form, None, index, depth + 1),
                (None, None) => self.by_type(schema, index, depth),
            },
        }
    }

    fn by_type(&self, schema: &Value, index: u64, depth: usize) -> Value {
        let seed = self.context.seed.wrapping_mul(31).wrapping_add(index);
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => self.object(schema, index, depth),
            Some("array") => {
                let count = schema
                    .get("minItems")
                    .and_then(Value::as_u64)
                    .unwrap_or(1)
                    .max(1);
                let items = schema.get("items").cloned().unwrap_or(Value::Null);
                Value::Array(
                    (0..count)
                        .map(|i| {
                            self.value(
                                &items,
                                None,
                                index.wrapping_mul(8).wrapping_add(i),
                                depth + 1,
                            )
                        })
                        .collect(),
                )
            }
            Some("integer") => json!(schema.get("minimum").and_then(Value::as_i64).unwrap_or(1)),
            Some("boolean") => schema.get("default").cloned().unwrap_or(json!(false)),
            Some("string") => string(schema, seed),
            _ => Value::Null,
        }
    }

    /// An object with each required property, `userid` and `meeting_room_id` (each property, with [`Context::with_every_property`]), and each
    /// `x-after` property later than the one it follows.
    fn object(&self, schema: &Value, index: u64, depth: usize) -> Value {
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut object = Map::new();
        for (name, property) in properties {
            // The caller's `userid`, and the participant a control acts on (`to_operator_id`, the caller too), are
            // given even where optional: the pages that make them optional name the person by them or by an ID a
            // sample has none of (a Rooms device's `operator_id`, a `uuid`).
            let caller = matches!(
                name.as_str(),
                "userid" | "to_operator_id" | "to_operator_id_type"
            );
            // A room is named by its ID where the page lets it be named another way (`meeting_room_id` or
            // `mra_address`, 二选一): the sample names the context's room.
            let room = name == "meeting_room_id";
            if self.context.every_property || caller || room || required.contains(&name.as_str()) {
                object.insert(
                    name.clone(),
                    self.value(property, Some(name), index, depth + 1),
                );
            }
        }
        describe_file(properties, &mut object);
        for (name, property) in properties {
            let Some(other) = property.get("x-after").and_then(Value::as_str) else {
                continue;
            };
            let later = match object.get(other) {
                Some(Value::String(text)) => text
                    .parse::<u64>()
                    .ok()
                    .map(|n| json!((n.saturating_add(3600)).to_string())),
                Some(Value::Number(n)) => n.as_i64().map(|n| json!(n.saturating_add(3600))),
                _ => None,
            };
            if let (Some(later), true) = (later, object.contains_key(name)) {
                object.insert(name.clone(), later);
            }
        }
        Value::Object(object)
    }

    /// A value the context gives, for the properties that name what the mock keeps.
    fn context_value(&self, name: &str) -> Option<Value> {
        Some(match name {
            "userid" | "operator_id" => json!(self.context.userid),
            // A context without a meeting leaves the ID to the schema's own sample.
            "meeting_id" if self.context.meeting_id.is_empty() => return None,
            "meeting_id" => json!(self.context.meeting_id),
            "meeting_room_id" | "meeting_room_id_list" => json!(self.context.meeting_room_id),
            "uuid" => json!(self.context.user_uuid.clone()?),
            "ms_open_id" => json!(self.context.ms_open_id.clone()?),
            "meeting_record_id" => json!(self.context.recording.as_ref()?.0),
            "record_file_id" => json!(self.context.recording.as_ref()?.1),
            "invite_id" => json!(self.context.invite_id.clone()?),
            // The user an operator acts on is the caller, and a user's phone number is its own (the service refuses
            // a number another user has, 41003).
            "to_operator_id" => json!(self.context.userid),
            "phone" => json!(phone_of(&self.context.userid)),
            "selected_background_id" => {
                json!(self.context.background_id.clone().unwrap_or_default())
            }
            _ => return None,
        })
    }
}

/// Gives a form's `file_size` and `file_checksum` (an upload's) the size and the MD5 of its file part, which the
/// service checks against the bytes sent.
fn describe_file(properties: &Map<String, Value>, object: &mut Map<String, Value>) {
    let file = properties
        .iter()
        .find(|(_, property)| property.get("x-form-file").and_then(Value::as_bool) == Some(true))
        .and_then(|(name, _)| object.get(name))
        .and_then(Value::as_str)
        .and_then(|encoded| BASE64_STANDARD.decode(encoded).ok());
    let Some(bytes) = file else {
        // A size announced for a file sent later (prepare an upload): a file of one byte, not an empty one (the
        // service refuses an empty file).
        if object.get("file_size") == Some(&json!(0)) {
            object.insert("file_size".to_owned(), json!(1));
        }
        return;
    };
    if object.contains_key("file_size") {
        object.insert("file_size".to_owned(), json!(bytes.len()));
    }
    if object.contains_key("file_checksum") {
        object.insert(
            "file_checksum".to_owned(),
            json!(format!("{:x}", md5::compute(&bytes))),
        );
    }
}

/// A value of the context in the form `schema` types it: a list of it, or a number, where the property is one
/// (`meeting_id` is a list in list user device meetings, an integer in call room).
fn fit(value: Value, schema: &Value) -> Value {
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => json!([fit(value, &schema["items"])]),
        Some("integer") => value
            .as_str()
            .and_then(|text| text.parse::<u64>().ok())
            .map_or(value, |number| json!(number)),
        _ => value,
    }
}

/// A string keeping the schema's rules: a format's or an encoding's form, `x-integer-text`'s largest number, or
/// "sample" cut or repeated to the lengths, in the characters `x-chars` allows.
fn string(schema: &Value, seed: u64) -> Value {
    let format = schema.get("format").and_then(Value::as_str);
    if format == Some("md5-hex") {
        return json!(format!("{:032x}", u128::from(seed).wrapping_add(0x5a5a)));
    }
    if format == Some("uri") {
        let scheme = schema
            .get("x-url-schemes")
            .and_then(|s| s.get(0))
            .and_then(Value::as_str);
        return json!(match scheme {
            Some(scheme) => format!("{scheme}://example.com/sample-{seed}.png"),
            None => format!("rtmp://live.example.com/app/sample-{seed}/"),
        });
    }
    // A form's file part (`Upload`, whose JSON form is the bytes in base64).
    if schema.get("x-form-file").and_then(Value::as_bool) == Some(true) {
        return json!(BASE64_STANDARD.encode(format!("sample file {seed}")));
    }
    if schema.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
        return json!(BASE64_STANDARD.encode(format!("s{}", seed % 1000)));
    }
    if let Some(max) = schema
        .get("x-integer-text")
        .and_then(|range| range["maximum"].as_i64())
    {
        return json!(max.to_string());
    }
    let length = |key: &str| {
        schema
            .get(key)
            .and_then(Value::as_u64)
            .and_then(|length| usize::try_from(length).ok())
    };
    let (min, max) = (
        length("minLength").unwrap_or(0),
        length("maxLength").unwrap_or(usize::MAX),
    );
    // "sample", or the characters of it that `x-chars` allows, repeated up to `minLength`.
    let chars = schema.get("x-chars");
    let alphabet: Vec<char> = match (
        chars.and_then(Value::as_str),
        chars.and_then(|c| c["not"].as_str()),
    ) {
        (Some("digits"), _) => "0123456789".chars().collect(),
        (_, Some(refused)) => "sample0123456789"
            .chars()
            .filter(|c| !refused.contains(*c))
            .collect(),
        _ => "sample".chars().collect(),
    };
    let count = alphabet.len().max(min).min(max);
    json!(alphabet.iter().cycle().take(count).collect::<String>())
}

/// The first code a code list documents (a non-zero one when there is one).
fn first_code(schema: &Value) -> Option<Value> {
    let codes: Vec<&Value> = schema
        .get("anyOf")?
        .as_array()?
        .iter()
        .filter_map(|variant| variant.get("const"))
        .collect();
    codes
        .iter()
        .find(|code| code.as_i64() != Some(0))
        .or(codes.first())
        .map(|code| (*code).clone())
}

/// A mainland mobile number of 11 digits drawn from `userid` (FNV-1a), so that each user has one of its own.
pub(crate) fn phone_of(userid: &str) -> String {
    let hash = userid
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("13{:09}", hash % 1_000_000_000)
}

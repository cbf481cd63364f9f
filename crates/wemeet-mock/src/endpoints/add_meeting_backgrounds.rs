//! `POST /v1/meetings/{meeting_id}/backgrounds`: add backgrounds to a meeting.

use serde_json::json;
use wemeet_sign::Verified;
use wemeet_types::AddMeetingBackgroundsRequest;
use wemeet_types::endpoints::AddMeetingBackgrounds;

use crate::api_error::ApiError;
use crate::delivery::Reply;
use crate::endpoints::Service;
use crate::error_code;
use crate::ids;
use crate::store::{MAX_BACKGROUNDS, Store, StoredBackground};

/// `operator_id_type` 1: the operator is named by its `userid` (the only type the mock knows).
const OPERATOR_ID_TYPE_USERID: i64 = 1;

impl Service for AddMeetingBackgrounds {
    /// The meeting id from the path.
    type Params = String;

    /// Checks the server's rules in this order, stores the backgrounds and answers with the documented response:
    /// image list not empty and `image_md5` 32 hex digits (190004), `image_url` an http(s) URL (20013),
    /// `default_image_order` within the list (20026), `operator_id_type` 1 if given (190004), the meeting exists in
    /// the caller's enterprise (202001), the operator created it (9042), at most 7 backgrounds in total (20018).
    fn handle(
        store: &mut Store,
        caller: &Verified,
        meeting_id: String,
        request: AddMeetingBackgroundsRequest,
    ) -> Result<Reply, ApiError> {
        let meeting_id = meeting_id.as_str();
        check(&request)?;
        let operator = operator(&request)?;
        let record = store
            .meeting_mut(caller.app_id(), meeting_id)
            .ok_or_else(|| {
                ApiError::request(
                    error_code::MEETING_NOT_FOUND,
                    format!("meeting {meeting_id} does not exist"),
                )
            })?;
        if record.meeting.creator != operator {
            return Err(ApiError::request(
                error_code::NO_PERMISSION,
                format!(
                    "user {operator} did not create meeting {meeting_id} and may not add backgrounds to it"
                ),
            ));
        }
        let total = record.backgrounds.len() + request.image_list.len();
        if total > MAX_BACKGROUNDS {
            return Err(ApiError::request(
                error_code::BACKGROUND_LIMIT_EXCEEDED,
                format!(
                    "meeting {meeting_id} has {} backgrounds; adding {} would make {total}, at most {MAX_BACKGROUNDS} are allowed",
                    record.backgrounds.len(),
                    request.image_list.len()
                ),
            ));
        }
        let added: Vec<StoredBackground> = request
            .image_list
            .iter()
            .map(|image| StoredBackground {
                background_id: ids::background_id(),
                image_md5: image.image_md5.clone(),
                image_url: image.image_url.clone(),
            })
            .collect();
        if let Some(selected) = selected(&request, &added) {
            record.selected_background = Some(selected.background_id.clone());
        }
        record.backgrounds.extend(added.iter().cloned());

        let mut answer = json!({
            "background_number": added.len(),
            "background_list": added
                .iter()
                .map(|background| json!({ "background_id": background.background_id, "image_md5": background.image_md5 }))
                .collect::<Vec<_>>(),
        });
        if let (Some(selected), Some(object)) =
            (&record.selected_background, answer.as_object_mut())
        {
            object.insert("selected_background_id".to_owned(), json!(selected));
        }
        super::ok_json(&answer)
    }
}

fn check(request: &AddMeetingBackgroundsRequest) -> Result<(), ApiError> {
    if request.image_list.is_empty() {
        return Err(ApiError::invalid_parameter(
            "invalid parameter `image_list`: must hold at least one image",
        ));
    }
    for (index, image) in request.image_list.iter().enumerate() {
        if !is_md5_hex(&image.image_md5) {
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `image_list[{index}].image_md5`: {:?} is not an MD5 (32 hex digits)",
                image.image_md5
            )));
        }
        if !is_http_url(&image.image_url) {
            return Err(ApiError::request(
                error_code::BACKGROUND_IMAGE_URL_INVALID,
                format!(
                    "invalid parameter `image_list[{index}].image_url`: {:?} is not an http(s) URL",
                    image.image_url
                ),
            ));
        }
    }
    if let Some(order) = request.default_image_order {
        let count = request.image_list.len();
        if usize::try_from(order).map_or(true, |order| order == 0 || order > count) {
            return Err(ApiError::request(
                error_code::BACKGROUND_DEFAULT_ORDER_INVALID,
                format!("invalid parameter `default_image_order`: {order} is outside 1..={count}"),
            ));
        }
    }
    Ok(())
}

/// Who acts: `operator_id` when given (with `operator_id_type` 1 or absent), else `userid`.
fn operator(request: &AddMeetingBackgroundsRequest) -> Result<&str, ApiError> {
    match (&request.operator_id, request.operator_id_type) {
        (_, Some(kind)) if kind != OPERATOR_ID_TYPE_USERID => Err(ApiError::invalid_parameter(
            format!("invalid parameter `operator_id_type`: {kind} is not supported (1: userid)"),
        )),
        (Some(operator), _) => Ok(operator),
        (None, _) => Ok(&request.userid),
    }
}

/// The background `default_image_order` (counted from 1) selects among those just added.
fn selected<'a>(
    request: &AddMeetingBackgroundsRequest,
    added: &'a [StoredBackground],
) -> Option<&'a StoredBackground> {
    let order = usize::try_from(request.default_image_order?).ok()?;
    added.get(order.checked_sub(1)?)
}

fn is_md5_hex(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|byte| byte.is_ascii_hexdigit())
}

fn is_http_url(text: &str) -> bool {
    ["https://", "http://"]
        .iter()
        .filter_map(|scheme| text.strip_prefix(scheme))
        .any(|rest| {
            rest.split('/').next().is_some_and(|host| !host.is_empty())
                && !text.contains(char::is_whitespace)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_must_be_32_hex_digits() {
        assert!(is_md5_hex("c8c7a0d3e1f2b4c5d6e7f8091a2b8a2e"));
        assert!(is_md5_hex("C8C7A0D3E1F2B4C5D6E7F8091A2B8A2E"));
        assert!(!is_md5_hex("c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e"));
        assert!(!is_md5_hex("c8c7a0d3"));
        assert!(!is_md5_hex("c8c7a0d3e1f2b4c5d6e7f8091a2b8a2e0"));
    }

    #[test]
    fn image_urls_must_be_http_urls_with_a_host() {
        assert!(is_http_url("https://example.cos.myqcloud.com/flower.png"));
        assert!(is_http_url("http://127.0.0.1:9000/a.png"));
        assert!(!is_http_url("ftp://example.com/a.png"));
        assert!(!is_http_url("https:///a.png"));
        assert!(!is_http_url("https://exa mple.com/a.png"));
        assert!(!is_http_url(""));
    }
}

//! `GET /v1/users/advance/list`: list the enterprise's users with filters, by cursor.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use wemeet_types::users::{
    ListUsersAdvanced, ListUsersAdvancedRequest, ListUsersAdvancedResponse, UserAccountType,
    UserAccountTypeFilter, UserInfo,
};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;
use crate::api::users_store::UserRecord;

/// How many users a page holds when `size` is not given: the most the docs allow (目前每页支持最大100条).
const DEFAULT_SIZE: u64 = 100;

/// Answers the next `size` users of the caller's enterprise that pass the filters (state, kind of seat, AI
/// account, department), oldest first, from `pos`: `next_pos` is where the next page starts and `has_remaining`
/// whether one does, so that passing `next_pos` back until `has_remaining` is false yields every user once.
///
/// The cursor is opaque to callers; the mock writes it as the docs' example does (`MTAw`, the base64 of `100`):
/// the base64 of the position. A `pos` the mock did not write is 190004 naming it.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListUsersAdvanced>,
) -> Result<ListUsersAdvancedResponse, ApiError> {
    let request = &call.request;
    let start = position(request.pos.as_deref())?;
    let users = store
        .users
        .of_enterprise(call.caller.app_id())
        .filter(|user| passes(request, user))
        .map(super::answer)
        .collect::<Result<Vec<UserInfo>, ApiError>>()?;
    let size = request
        .size
        .and_then(|size| u64::try_from(size).ok())
        .filter(|size| *size > 0)
        .unwrap_or(DEFAULT_SIZE);
    let page = paging::by_position(users, start, size);
    Ok(ListUsersAdvancedResponse::builder()
        .has_remaining(page.has_remaining)
        .next_pos(BASE64_STANDARD.encode(page.next_pos.to_string()))
        .users(page.items)
        .build())
}

/// The position a `pos` names: absent or empty the start, else the base64 of a position.
fn position(pos: Option<&str>) -> Result<u64, ApiError> {
    let Some(pos) = pos.filter(|pos| !pos.is_empty()) else {
        return Ok(0);
    };
    BASE64_STANDARD
        .decode(pos)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| {
            ApiError::invalid_parameter(format!(
                "invalid parameter `pos`: {pos:?} is not a position this list answered as next_pos"
            ))
        })
}

/// Whether `user` passes the request's filters.
fn passes(request: &ListUsersAdvancedRequest, user: &UserRecord) -> bool {
    let status = request
        .status
        .is_none_or(|status| status.code().to_string() == user.status.code());
    let seat = request
        .user_account_type
        .is_none_or(|wanted| seat_filter(user.profile.user_account_type) == Some(wanted.code()));
    let ai = request
        .enable_ai_account
        .is_none_or(|wanted| wanted == user.ai_account.is_some());
    let department = request.department_id.as_deref().is_none_or(|wanted| {
        user.profile
            .department_list
            .iter()
            .flatten()
            .any(|id| id == wanted)
    });
    status && seat && ai && department
}

/// The filter code (1 premium, 2 free) a kind of seat falls under; a user given no kind of seat has a premium one
/// (the service gives a premium seat first, 默认优先分配高级账号).
fn seat_filter(seat: Option<UserAccountType>) -> Option<u32> {
    let premium = UserAccountTypeFilter::Premium.code();
    let free = UserAccountTypeFilter::Free.code();
    match seat {
        None => Some(premium),
        Some(UserAccountType::Free | UserAccountType::Free100Business) => Some(free),
        Some(UserAccountType::Other(_)) => None,
        Some(_) => Some(premium),
    }
}

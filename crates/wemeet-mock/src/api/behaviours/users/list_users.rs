//! `GET /v1/users/list`: list the enterprise's users page by page.

use wemeet_types::users::{ListUsers, ListUsersResponse, UserInfo};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// Answers page `page` of `page_size` users of the caller's enterprise, oldest first, with `total_count`: read
/// page after page, every user comes once.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListUsers>,
) -> Result<ListUsersResponse, ApiError> {
    let users = store
        .users
        .of_enterprise(call.caller.app_id())
        .map(super::answer)
        .collect::<Result<Vec<UserInfo>, ApiError>>()?;
    let page_size = u64::try_from(call.request.page_size).unwrap_or(0).max(1);
    let page = paging::by_number(
        users,
        u64::try_from(call.request.page).ok(),
        Some(page_size),
        page_size,
    );
    Ok(ListUsersResponse::builder()
        .total_count(page.total_count)
        .current_size(page.current_size)
        .current_page(page.current_page)
        .page_size(paging::count(page_size))
        .users(page.items)
        .build())
}

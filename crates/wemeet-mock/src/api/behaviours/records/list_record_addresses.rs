//! `GET /v1/addresses`: the addresses of the files of a meeting recording.

use wemeet_types::records::{ListRecordAddresses, ListRecordAddressesResponse, RecordFileAddress};

use super::{file_address, meeting_ids};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// How many files a page holds when `page_size` is not given (默认50).
const DEFAULT_PAGE_SIZE: u64 = 50;

/// Answers page `page` of the recording's files, oldest first, each with its playback, video and audio
/// addresses and, when it has a transcript, its summary file: 4049 (不存在的记录) for a recording the caller's
/// enterprise does not have, 4051 for one deleted.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListRecordAddresses>,
) -> Result<ListRecordAddressesResponse, ApiError> {
    let id = call.request.meeting_record_id.as_str();
    let record = super::held_recording(store, call.caller, id)?;
    let files: Vec<RecordFileAddress> = record.files.iter().map(file_address).collect();
    let page = paging::by_number(
        files,
        call.request.page.and_then(|page| u64::try_from(page).ok()),
        call.request
            .page_size
            .and_then(|size| u64::try_from(size).ok()),
        DEFAULT_PAGE_SIZE,
    );
    let (meeting_id, meeting_code) = meeting_ids(record);
    let mut answer = ListRecordAddressesResponse::builder()
        .total_count(page.total_count)
        .current_size(page.current_size)
        .current_page(page.current_page)
        .total_page(page.total_page)
        .meeting_record_id(record.meeting_record_id.clone())
        .subject(record.name())
        .record_files(page.items);
    if let (Some(id), Some(code)) = (meeting_id, meeting_code) {
        answer = answer.meeting_id(id).meeting_code(code);
    }
    Ok(answer.build())
}

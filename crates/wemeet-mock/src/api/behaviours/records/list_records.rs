//! `GET /v1/records`: list the cloud recordings of a time range.

use wemeet_types::records::{
    ListRecords, ListRecordsRequest, ListRecordsResponse, RecordFile, RecordMediaSetType,
    RecordMeeting, RecordQueryType, RecordShareScope, RecordState,
};

use super::{meeting_ids, number};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::recordings_store::{FileRecord, Origin, RecordingRecord};
use crate::api::store::Store;

/// The longest range a list covers: 31 days (时间区间不允许超过31天), in seconds.
const MAX_RANGE_SECONDS: i64 = 31 * 86_400;
/// How many recordings a page holds when `page_size` is not given (默认10).
const DEFAULT_PAGE_SIZE: u64 = 10;

/// Answers page `page` of the recordings that started within `start_time`..=`end_time` (Unix seconds; at most 31
/// days apart and in order, else 190004 naming the rule), oldest first: those of the meeting `meeting_id` names,
/// else of the meetings `meeting_code` names, else those the operator may manage (the meetings they created or
/// host, the files they uploaded); of the kind `query_record_type` asks for (cloud recordings by default,
/// uploaded files, or all; the mock makes no other kind), of public-network meetings (the only ones the mock has).
/// Each file carries its sharing state, and while sharing is on its link and settings.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListRecords>,
) -> Result<ListRecordsResponse, ApiError> {
    let request = &call.request;
    let (start, end) = (request.start_time, request.end_time);
    if end < start || end - start > MAX_RANGE_SECONDS {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `end_time`: the range from start_time {start} to end_time {end} must run forward and \
             cover at most 31 days ({MAX_RANGE_SECONDS} seconds)"
        )));
    }
    let mut listed: Vec<&RecordingRecord> = store
        .recordings
        .visible(call.caller)
        .filter(|record| listed_for(request, record))
        .collect();
    listed.sort_by_key(|record| record.start_time());
    let listed = listed
        .into_iter()
        .map(record_meeting)
        .collect::<Vec<RecordMeeting>>();
    let page = paging::by_number(
        listed,
        request.page.and_then(|page| u64::try_from(page).ok()),
        request.page_size.and_then(|size| u64::try_from(size).ok()),
        DEFAULT_PAGE_SIZE,
    );
    Ok(ListRecordsResponse::builder()
        .total_count(page.total_count)
        .current_size(page.current_size)
        .current_page(page.current_page)
        .total_page(page.total_page)
        .record_meetings(page.items)
        .build())
}

/// Whether `record` is one the request lists.
fn listed_for(request: &ListRecordsRequest, record: &RecordingRecord) -> bool {
    let meeting = record.meeting();
    let whose = match (&request.meeting_id, &request.meeting_code) {
        (Some(id), _) => meeting.is_some_and(|meeting| &meeting.meeting_id == id),
        (None, Some(code)) => meeting.is_some_and(|meeting| &meeting.meeting_code == code),
        (None, None) => record.managed_by(&request.operator_id),
    };
    let kind = match request.query_record_type.unwrap_or(RecordQueryType::Cloud) {
        RecordQueryType::All => true,
        RecordQueryType::Cloud => meeting.is_some(),
        RecordQueryType::Uploaded => meeting.is_none(),
        _ => false,
    };
    let network = request.media_set_type.is_none_or(|network| {
        matches!(
            network,
            RecordMediaSetType::All | RecordMediaSetType::PublicNetwork
        )
    });
    let started = i64::try_from(record.start_time() / 1000).unwrap_or(i64::MAX);
    let in_range = (request.start_time..=request.end_time).contains(&started);
    whose && kind && network && in_range
}

/// A recording as the list answers it.
fn record_meeting(record: &RecordingRecord) -> RecordMeeting {
    let (meeting_id, meeting_code) = meeting_ids(record);
    let mut answer = RecordMeeting::builder()
        .meeting_record_id(record.meeting_record_id.clone())
        .media_start_time(number(record.start_time()))
        .subject(record.name())
        .state(RecordState::Transcoded)
        .media_set_type(RecordMediaSetType::PublicNetwork)
        .record_files(record.files.iter().map(|file| record_file(record, file)));
    answer = match &record.origin {
        // The SDK's record types: 0 a cloud recording, 2 an uploaded file.
        Origin::Meeting(meeting) => answer.record_type(0).host_user_id(meeting.creator.clone()),
        Origin::Upload { operator_id, .. } => {
            answer.record_type(2).host_user_id(operator_id.clone())
        }
    };
    if let (Some(id), Some(code)) = (meeting_id, meeting_code) {
        answer = answer.meeting_id(id).meeting_code(code);
    }
    answer.build()
}

/// A file as the list answers it, with the recording's sharing settings while sharing is on.
fn record_file(record: &RecordingRecord, file: &FileRecord) -> RecordFile {
    let sharing = &record.sharing;
    let answer = RecordFile::builder()
        .record_file_id(file.file.record_file_id.clone())
        .record_start_time(number(file.file.record_start_time))
        .record_end_time(number(file.file.record_end_time))
        .record_size(number(file.file.record_size));
    if sharing.enable_sharing != Some(true) {
        return answer.sharing_state(0).sharing_expire(0).build();
    }
    let mut answer = answer
        .sharing_state(1)
        .sharing_url(format!(
            "https://recordings.wemeet.invalid/share/{}",
            record.meeting_record_id
        ))
        .required_same_corp(sharing.share_scope == Some(RecordShareScope::SameEnterprise))
        .required_participant(false)
        .sharing_expire(sharing.sharing_expire.unwrap_or(0))
        .allow_download(sharing.allow_download.unwrap_or(false));
    if let Some(password) = &sharing.password {
        answer = answer.password(password.clone());
    }
    answer.build()
}

//! `GET /v1/smart/speakers`: the speakers of a recording file, page by page.

use wemeet_types::smart::{
    ListSmartSpeakers, ListSmartSpeakersResponse, SmartSpeaker, SmartSpeakerTime, SpeakerIdType,
};

use crate::api::behaviours::Call;
use crate::api::behaviours::records::read_file;
use crate::api::error::ApiError;
use crate::api::paging;
use crate::api::store::Store;

/// Answers page `page` of `page_size` speakers of the file's transcript, in the order they first spoke, each by
/// `userid` with their name (base64), their sentences' spans and how long they spoke, and `total_count`.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, ListSmartSpeakers>,
) -> Result<ListSmartSpeakersResponse, ApiError> {
    let request = &call.request;
    let id = request.record_file_id.as_str();
    read_file::<ListSmartSpeakers>(store, call.caller, id, None, |_, file| {
        let speakers: Vec<SmartSpeaker> = file
            .transcript
            .speakers()
            .into_iter()
            .map(|speaker| {
                let times = speaker.sentences.iter().map(|(sid, start, end)| {
                    SmartSpeakerTime::builder()
                        .sid(sid.to_string())
                        .start_time(start.to_string())
                        .end_time(end.to_string())
                        .build()
                });
                SmartSpeaker::builder()
                    .speaker_id_type(SpeakerIdType::Userid)
                    .speaker_id(speaker.userid.clone())
                    .speaker_name(super::encoded(&speaker.username))
                    .total_time(paging::count(speaker.total_ms()))
                    .speaker_time(times)
                    .build()
            })
            .collect();
        let page_size = u64::try_from(request.page_size).unwrap_or(0).max(1);
        let page = paging::by_number(
            speakers,
            u64::try_from(request.page).ok(),
            Some(page_size),
            page_size,
        );
        Ok(ListSmartSpeakersResponse::builder()
            .total_count(page.total_count)
            .speaker_list(page.items)
            .build())
    })
}

//! `GET /v1/smart/topics`: the smart topics of a recording file.

use wemeet_types::smart::{GetSmartTopics, GetSmartTopicsResponse, SmartTopic, SmartTopicTime};

use crate::api::behaviours::Call;
use crate::api::behaviours::records::read_file;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers one topic (`<record_file_id>-topic`), named after the recording (base64), spanning each paragraph of
/// the file's transcript; no topic for a file without one.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetSmartTopics>,
) -> Result<GetSmartTopicsResponse, ApiError> {
    let id = call.request.record_file_id.as_str();
    read_file::<GetSmartTopics>(store, call.caller, id, None, |record, file| {
        let paragraphs = file.transcript.paragraphs();
        let topics = (!paragraphs.is_empty()).then(|| {
            let times = paragraphs.iter().map(|paragraph| {
                SmartTopicTime::builder()
                    .pid(paragraph.pid.to_string())
                    .start_time(paragraph.start_ms.to_string())
                    .end_time(paragraph.end_ms.to_string())
                    .build()
            });
            SmartTopic::builder()
                .topic_id(format!("{id}-topic"))
                .topic_name(super::encoded(record.name()))
                .topic_time(times)
                .build()
        });
        Ok(GetSmartTopicsResponse::builder()
            .ai_topic_list(topics)
            .build())
    })
}

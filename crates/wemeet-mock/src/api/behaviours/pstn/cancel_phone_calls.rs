//! `POST /v1/meeting/{meeting_id}/phone/cancelcall`: cancel call-outs to phones.

use wemeet_types::ErrorCode;
use wemeet_types::events::PstnCallStatus;
use wemeet_types::pstn::{
    CancelPhoneCalls, CancelPhoneCallsResponse, PstnPhoneNumber, PstnPhoneNumberFailure,
};

use super::phone_meeting;
use crate::api::behaviours::Call;
use crate::api::behaviours::control::{Authority, Operator};
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the meeting exists (190457) and the operator created, hosts or co-hosts it (500122, 操作者没有权限, the
/// page's code), then answers per number: a call still ringing is cancelled (its status `CANCLE_INVITE`, sic, reported
/// by `meeting.phone.participant-status-updated`) and listed as cancelled; any other number is listed as failed,
/// with why. The lists go under both the table's names (`success_list`, `failed_list`) and the example's
/// (`SuccessList`, `FailedList`).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CancelPhoneCalls>,
) -> Result<CancelPhoneCallsResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let record = phone_meeting(store, call.caller, meeting_id)?;
    let operator = Operator::named(&request.operator_id, request.operator_id_type);
    let permitted = operator.role(record).is_some_and(|role| Authority::Manage.allows(role));
    if !permitted {
        return Err(ApiError::new(
            ErrorCode::OPERATOR_NO_PERMISSION,
            format!(
                "{} may not cancel the calls of meeting {meeting_id}: only its creator, hosts and co-hosts may",
                operator.describe()
            ),
        ));
    }
    let mut cancelled = Vec::new();
    let mut failed = Vec::new();
    for number in &request.phone_numbers {
        let extension = number.extension_number.as_deref();
        let ringing = record
            .extras
            .phone_calls
            .iter_mut()
            .find(|placed| placed.ringing() && placed.dials(number.area, &number.phone, extension));
        match ringing {
            Some(placed) => {
                placed.status = PstnCallStatus::InviteCancelled;
                let mut entry = PstnPhoneNumber::builder().area(number.area).phone(number.phone.clone());
                if let Some(extension) = extension {
                    entry = entry.extension_number(extension);
                }
                cancelled.push(entry.build());
                call.events.emit(control_events::phone_status(
                    &record.meeting,
                    &request.operator_id,
                    PstnCallStatus::InviteCancelled,
                ));
            }
            None => {
                let mut entry = PstnPhoneNumberFailure::builder()
                    .area(number.area)
                    .phone(number.phone.clone())
                    .error_msg("no call to this number is ringing");
                if let Some(extension) = extension {
                    entry = entry.extension_number(extension);
                }
                failed.push(entry.build());
            }
        }
    }
    Ok(CancelPhoneCallsResponse::builder()
        .success_list(cancelled.clone())
        .failed_list(failed.clone())
        .success_list_pascal_case(cancelled)
        .failed_list_pascal_case(failed)
        .build())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use wemeet_types::pstn::CallOutPhones;

    use super::*;
    use crate::api::behaviours::testing::Harness;
    use crate::api::store::MeetingState;

    fn numbers(list: &[(i64, &str)]) -> Value {
        list.iter().map(|(area, phone)| json!({ "area": area, "phone": phone })).collect()
    }

    #[test]
    fn each_number_is_called_or_refused_and_a_ringing_call_can_be_cancelled() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        let path = json!({ "meeting_id": meeting });
        let outcome = harness.call::<CallOutPhones>(
            path.clone(),
            json!({ "operator_id": "creator", "operator_id_type": 1,
                    "phone_numbers": numbers(&[(86, "13888888888"), (44, "2079460000"), (852, "2345x")]) }),
        );
        assert_eq!(outcome.names(), ["meeting.phone.participant-status-updated"]);
        assert_eq!(outcome.events[0].item["status"], "START_INVITE");
        let answer = outcome.ok();
        let called = answer.phone_numbers.expect("called");
        assert_eq!(called.len(), 1);
        assert_eq!(called[0].status.as_deref(), Some("START_INVITE"));
        let invalid = answer.invalid_phone_numbers.expect("refused");
        let refused: Vec<&str> = invalid.iter().filter_map(|number| number.phone.as_deref()).collect();
        assert_eq!(refused, ["2079460000", "2345x"]);
        assert!(invalid.iter().all(|number| number.error_msg.is_some()));

        let cancel = |harness: &mut Harness, operator: &str| {
            harness.call::<CancelPhoneCalls>(
                path.clone(),
                json!({ "operator_id": operator, "operator_id_type": 1,
                        "phone_numbers": numbers(&[(86, "13888888888"), (86, "13000000000")]) }),
            )
        };
        assert_eq!(cancel(&mut harness, "bob").code(), 500_122);
        let outcome = cancel(&mut harness, "creator");
        assert_eq!(outcome.events[0].item["status"], "CANCLE_INVITE");
        let answer = outcome.ok();
        assert_eq!(answer.success_list.as_ref().map(Vec::len), Some(1));
        assert_eq!(answer.success_list_pascal_case, answer.success_list, "both spellings");
        let failed = answer.failed_list.expect("failed");
        assert_eq!(failed[0].phone.as_deref(), Some("13000000000"));
        let calls = &harness.record(&meeting).extras.phone_calls;
        assert_eq!(calls.len(), 1);
        assert_eq!(calls[0].status, PstnCallStatus::InviteCancelled);
        let again = cancel(&mut harness, "creator").ok();
        assert_eq!(again.success_list.map(|list| list.len()), Some(0), "nothing ringing any more");
    }

    #[test]
    fn an_unknown_or_ended_meeting_and_an_operator_without_the_right_are_refused() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        let call_out = |harness: &mut Harness, meeting_id: &str, operator: &str| {
            harness.call::<CallOutPhones>(
                json!({ "meeting_id": meeting_id }),
                json!({ "operator_id": operator, "operator_id_type": 1, "phone_numbers": numbers(&[(86, "13888888888")]) }),
            )
        };
        assert_eq!(call_out(&mut harness, "404", "creator").code(), 190_457);
        assert_eq!(call_out(&mut harness, &meeting, "bob").code(), 9042);
        harness.record(&meeting).state = MeetingState::Ended;
        assert_eq!(call_out(&mut harness, &meeting, "creator").code(), 9006);
    }
}

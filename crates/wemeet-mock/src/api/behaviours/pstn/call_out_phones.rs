//! `POST /v1/meeting/{meeting_id}/phone/callout`: call phones into a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::events::PstnCallStatus;
use wemeet_types::pstn::{
    CallOutPhones, CallOutPhonesResponse, PstnCalledPhoneNumber, PstnPhoneNumberFailure,
};

use super::phone_meeting;
use crate::api::behaviours::Call;
use crate::api::behaviours::control::{Authority, Operator, require};
use crate::api::control_events;
use crate::api::error::ApiError;
use crate::api::phone_calls::{PhoneCall, unreachable};
use crate::api::store::{MeetingState, Store};

/// Checks the meeting exists (190457) and is not over (9006; before it starts and during it, calls go out) and the
/// operator created, hosts or co-hosts it (9042), then answers per number: each the page supports (an area it calls,
/// 86, 852 or 1, and a number of digits) is called, listed in `phone_numbers` with status `START_INVITE` and
/// reported by `meeting.phone.participant-status-updated`; any other is listed in `invalid_phone_numbers` with why.
/// A number called again is called anew. The mock's handle lists the calls
/// ([`MockServer::phone_calls`](crate::MockServer::phone_calls)).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CallOutPhones>,
) -> Result<CallOutPhonesResponse, ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let request = &call.request;
    let record = phone_meeting(store, call.caller, meeting_id)?;
    if record.state == MeetingState::Ended {
        return Err(ApiError::new(
            ErrorCode::MEETING_OVER,
            format!("meeting {meeting_id} has ended: no phone can be called into it"),
        ));
    }
    let operator = Operator::named(&request.operator_id, request.operator_id_type);
    require(record, operator, Authority::Manage, "call phones into the meeting")?;
    let mut called = Vec::new();
    let mut invalid = Vec::new();
    for number in &request.phone_numbers {
        let extension = number.extension_number.as_deref();
        if let Some(why) = unreachable(number.area, &number.phone, extension) {
            let mut failure = PstnPhoneNumberFailure::builder()
                .area(number.area)
                .phone(number.phone.clone())
                .error_msg(why);
            if let Some(extension) = extension {
                failure = failure.extension_number(extension);
            }
            invalid.push(failure.build());
            continue;
        }
        let calls = &mut record.extras.phone_calls;
        calls.retain(|placed| !placed.dials(number.area, &number.phone, extension));
        calls.push(PhoneCall {
            area: number.area,
            phone: number.phone.clone(),
            extension_number: number.extension_number.clone(),
            nick_name: number.nick_name.clone(),
            operator: request.operator_id.clone(),
            status: PstnCallStatus::Inviting,
        });
        call.events.emit(control_events::phone_status(
            &record.meeting,
            &request.operator_id,
            PstnCallStatus::Inviting,
        ));
        let mut placed = PstnCalledPhoneNumber::builder()
            .area(number.area)
            .phone(number.phone.clone())
            .status(PstnCallStatus::Inviting.code());
        if let Some(extension) = extension {
            placed = placed.extension_number(extension);
        }
        called.push(placed.build());
    }
    Ok(CallOutPhonesResponse::builder()
        .meeting_id(meeting_id)
        .phone_numbers(called)
        .invalid_phone_numbers(invalid)
        .build())
}

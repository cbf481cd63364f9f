//! The telephone call-outs of a meeting (PSTN 外呼) and their states ([`MockServer::phone_calls`](crate::MockServer::phone_calls)).

use wemeet_types::events::PstnCallStatus;

/// The area codes the call-out page supports for now (中国内地 86, 中国香港 852, 美国 1): a number in another area
/// is refused, in the answer's `invalid_phone_numbers`.
pub(crate) const SUPPORTED_AREAS: [i64; 3] = [86, 852, 1];

/// A phone the meeting called.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PhoneCall {
    /// Telephone area code (电话区号).
    pub area: i64,
    /// Phone number or landline switchboard number.
    pub phone: String,
    /// Landline extension, if any.
    pub extension_number: Option<String>,
    /// The name the callee shows in the meeting, if one was given.
    pub nick_name: Option<String>,
    /// Who placed the call (`operator_id`).
    pub operator: String,
    /// Where the call is: `START_INVITE` once placed, `CANCLE_INVITE` (sic) once cancelled.
    pub status: PstnCallStatus,
}

impl PhoneCall {
    /// Whether this is the call to `area`, `phone` and `extension_number` (an absent and an empty extension are
    /// the same).
    pub(crate) fn dials(&self, area: i64, phone: &str, extension_number: Option<&str>) -> bool {
        self.area == area
            && self.phone == phone
            && self.extension_number.as_deref().unwrap_or_default()
                == extension_number.unwrap_or_default()
    }

    /// Whether the call is still ringing: placed and neither answered, ended nor cancelled.
    pub(crate) fn ringing(&self) -> bool {
        self.status == PstnCallStatus::Inviting
    }

    /// What the call weighs in the store, in bytes.
    pub(crate) fn weight(&self) -> usize {
        96 + self.phone.len()
            + self.operator.len()
            + self.extension_number.as_deref().map_or(0, str::len)
            + self.nick_name.as_deref().map_or(0, str::len)
    }
}

/// Why the call-out page refuses to call a number, if it does: an area it does not call, or a number (or
/// extension) that is not all digits.
pub(crate) fn unreachable(
    area: i64,
    phone: &str,
    extension_number: Option<&str>,
) -> Option<String> {
    let digits = |text: &str| !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit());
    if !SUPPORTED_AREAS.contains(&area) {
        Some(format!(
            "area code {area} is not supported: calls go only to areas {SUPPORTED_AREAS:?} for now"
        ))
    } else if !digits(phone) {
        Some(format!("phone number {phone:?} is not all digits"))
    } else if extension_number.is_some_and(|extension| !extension.is_empty() && !digits(extension))
    {
        Some("the extension is not all digits".to_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_digits_in_a_supported_area_can_be_called() {
        assert_eq!(unreachable(86, "13888888888", None), None);
        assert_eq!(unreachable(852, "075512345678", Some("1234")), None);
        assert_eq!(unreachable(1, "2025550100", Some("")), None);
        assert!(
            unreachable(44, "2079460000", None).is_some_and(|why| why.contains("area code 44"))
        );
        assert!(unreachable(86, "138-8888", None).is_some());
        assert!(unreachable(86, "", None).is_some());
        assert!(unreachable(86, "13888888888", Some("12a")).is_some());
    }
}

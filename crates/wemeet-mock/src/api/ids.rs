//! Identifiers the mock hands out: meeting ids and codes, join URLs, background ids, trace ids, the ids of
//! participants, layouts, room calls, jobs and activation codes, user uuids, recording and upload ids.
//!
//! They have the shapes the real service uses (digits where it uses digits); uniqueness among stored meetings is
//! enforced by the store, which draws again on a collision.

use crate::random;

/// A 19-digit meeting id (no leading zero).
pub(crate) fn meeting_id() -> String {
    random::in_range(1_000_000_000_000_000_000, 9_999_999_999_999_999_999).to_string()
}

/// A 9-digit meeting code (no leading zero), the number people dial or type to join.
pub(crate) fn meeting_code() -> String {
    random::in_range(100_000_000, 999_999_999).to_string()
}

/// A join URL in the service's short-link form, `https://wemeet.qq.com/w/<7 letters or digits>`.
pub(crate) fn join_url() -> String {
    format!("https://wemeet.qq.com/w/{}", alphanumeric(7))
}

/// A user's `uuid`, the ID the service issues to every enterprise user: 18 letters or digits, like the users
/// docs' `WM4Fs4Th56ogU13JiK`.
pub(crate) fn user_uuid() -> String {
    alphanumeric(18)
}

/// A recording's ID (`meeting_record_id`, `record_file_id`) or an upload's (`upload_id`): 19 digits, as the
/// recording docs show them.
pub(crate) fn record_id() -> String {
    meeting_id()
}

/// The ID of a recording upload's job (`job_id`): 42 letters or digits, as long as the docs' example.
pub(crate) fn upload_job_id() -> String {
    alphanumeric(42)
}

/// A recording's sharing password when none is set (随机生成): 6 letters or digits, within the docs' 4 to 8.
pub(crate) fn sharing_password() -> String {
    alphanumeric(6)
}

/// `len` letters or digits.
fn alphanumeric(len: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let last = u64::try_from(ALPHABET.len() - 1).unwrap_or(0);
    (0..len)
        .map(|_| {
            let index = usize::try_from(random::in_range(0, last)).unwrap_or(0);
            char::from(ALPHABET.get(index).copied().unwrap_or(b'0'))
        })
        .collect()
}

/// A background id: 32 lowercase hex digits, like the ids in the backgrounds doc.
pub(crate) fn background_id() -> String {
    hex128()
}

/// A fresh `X-TC-Trace` value: 32 lowercase hex digits.
pub(crate) fn trace_id() -> String {
    hex128()
}

/// A participant's temporary ID in one meeting (`ms_open_id`): 32 lowercase hex digits.
pub(crate) fn ms_open_id() -> String {
    hex128()
}

/// An ID in the form the layout and room-call pages show (`03acdd90-b0b2-41dd-8484-648f3d284070`): 32 lowercase hex
/// digits in groups of 8, 4, 4, 4 and 12.
pub(crate) fn dashed_id() -> String {
    let hex = hex128();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// An asynchronous job's ID: 17 digits (no leading zero), the length of the room-background page's example.
pub(crate) fn job_id() -> String {
    random::in_range(10_000_000_000_000_000, 99_999_999_999_999_999).to_string()
}

/// A device activation code: 16 capital letters and digits, like the activation-code page's example.
pub(crate) fn active_code() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let last = u64::try_from(ALPHABET.len() - 1).unwrap_or(0);
    (0..16)
        .map(|_| {
            let index = usize::try_from(random::in_range(0, last)).unwrap_or(0);
            char::from(ALPHABET.get(index).copied().unwrap_or(b'0'))
        })
        .collect()
}

fn hex128() -> String {
    format!("{:032x}", random::u128())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_digits(text: &str) -> bool {
        text.bytes().all(|b| b.is_ascii_digit())
    }

    #[test]
    fn meeting_ids_are_19_digits_without_leading_zero() {
        for _ in 0..1000 {
            let id = meeting_id();
            assert_eq!(id.len(), 19, "{id}");
            assert!(all_digits(&id) && !id.starts_with('0'), "{id}");
        }
    }

    #[test]
    fn meeting_codes_are_9_digits_without_leading_zero() {
        for _ in 0..1000 {
            let code = meeting_code();
            assert_eq!(code.len(), 9, "{code}");
            assert!(all_digits(&code) && !code.starts_with('0'), "{code}");
        }
    }

    #[test]
    fn join_urls_are_short_links() {
        let url = join_url();
        let slug = url
            .strip_prefix("https://wemeet.qq.com/w/")
            .expect("short-link prefix");
        assert_eq!(slug.len(), 7);
        assert!(slug.bytes().all(|b| b.is_ascii_alphanumeric()), "{url}");
    }

    #[test]
    fn dashed_ids_job_ids_and_activation_codes_have_the_documented_shapes() {
        let dashed = dashed_id();
        let groups: Vec<usize> = dashed.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{dashed}");
        let job = job_id();
        assert_eq!(job.len(), 17, "{job}");
        assert!(all_digits(&job) && !job.starts_with('0'), "{job}");
        let code = active_code();
        assert_eq!(code.len(), 16, "{code}");
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()),
            "{code}"
        );
        assert_ne!(dashed_id(), dashed_id());
    }

    #[test]
    fn user_uuids_and_upload_job_ids_are_letters_and_digits_and_fresh() {
        let (uuid, job) = (user_uuid(), upload_job_id());
        assert_eq!((uuid.len(), job.len()), (18, 42));
        assert!(
            uuid.bytes()
                .chain(job.bytes())
                .all(|b| b.is_ascii_alphanumeric())
        );
        assert_ne!(user_uuid(), uuid);
        assert_eq!(record_id().len(), 19);
    }

    #[test]
    fn hex_ids_are_32_lowercase_hex_digits_and_fresh() {
        let (a, b, c) = (trace_id(), background_id(), ms_open_id());
        for id in [&a, &b, &c] {
            assert_eq!(id.len(), 32);
            assert!(
                id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
                "{id}"
            );
        }
        assert_ne!(trace_id(), trace_id());
    }
}

//! Identifiers the mock hands out: meeting ids and codes, join URLs, background ids, trace ids, user uuids,
//! recording, upload and job ids.
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

/// The ID of an upload job (`job_id`): 42 letters or digits, as long as the docs' example.
pub(crate) fn job_id() -> String {
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
    fn user_uuids_and_job_ids_are_letters_and_digits_and_fresh() {
        let (uuid, job) = (user_uuid(), job_id());
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
        let (a, b) = (trace_id(), background_id());
        for id in [&a, &b] {
            assert_eq!(id.len(), 32);
            assert!(
                id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
                "{id}"
            );
        }
        assert_ne!(trace_id(), trace_id());
    }
}

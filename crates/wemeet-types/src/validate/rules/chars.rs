//! Rules about which characters a text holds and what it spells: `x-chars` and `x-integer-text`, the schemas'
//! regex-free forms of the docs' patterns (no regex engine in `wemeet-types`).

use crate::{CharSet, Rule};

/// Every character of the text must be in `allowed` (`x-chars`).
pub(crate) fn chars(value: &str, allowed: CharSet) -> Result<(), Rule> {
    match value.chars().position(|c| !allowed.contains(c)) {
        None => Ok(()),
        Some(index) => Err(Rule::Chars {
            allowed,
            position: index + 1,
        }),
    }
}

/// The text must be a whole number from `min` to `max` in its plain decimal form: an optional `-`, then digits
/// with no leading zero (`x-integer-text`). `"07"`, `"+7"`, `"-0"` and `" 7"` are refused, as the docs' pattern
/// (`^(-1|[0-9]|[12][0-9]|30)$`) refuses them.
pub(crate) fn integer_text(value: &str, min: i64, max: i64) -> Result<(), Rule> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let negative = digits.len() < value.len();
    let plain = match digits.as_bytes() {
        [] => false,
        [b'0'] => !negative,
        [first, rest @ ..] => (b'1'..=b'9').contains(first) && rest.iter().all(u8::is_ascii_digit),
    };
    match value.parse::<i64>() {
        Ok(number) if plain && (min..=max).contains(&number) => Ok(()),
        _ => Err(Rule::IntegerText { min, max }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_ascii_digits_only() {
        assert_eq!(chars("0123456789", CharSet::Digits), Ok(()));
        assert_eq!(chars("", CharSet::Digits), Ok(()), "length is another rule");
        assert_eq!(
            chars("12a4", CharSet::Digits),
            Err(Rule::Chars {
                allowed: CharSet::Digits,
                position: 3
            })
        );
        // Full-width and Arabic-Indic digits are digits to Unicode, not to the service.
        assert!(chars("１２３４", CharSet::Digits).is_err());
        assert!(chars("١٢٣٤", CharSet::Digits).is_err());
    }

    #[test]
    fn alphanumeric_is_ascii_letters_and_digits() {
        assert_eq!(chars("Ab3z", CharSet::Alphanumeric), Ok(()));
        assert_eq!(
            chars("10F-2", CharSet::Alphanumeric),
            Err(Rule::Chars {
                allowed: CharSet::Alphanumeric,
                position: 4
            })
        );
        assert!(chars("é", CharSet::Alphanumeric).is_err());
        assert!(chars("十", CharSet::Alphanumeric).is_err());
    }

    #[test]
    fn except_refuses_the_listed_characters_and_cjk_when_asked() {
        let no_cjk = CharSet::Except {
            refused: "@/ ",
            cjk: false,
        };
        assert_eq!(chars("user_1.a-b~é", no_cjk), Ok(()));
        assert_eq!(
            chars("a b", no_cjk),
            Err(Rule::Chars {
                allowed: no_cjk,
                position: 2
            })
        );
        assert!(chars("a@b", no_cjk).is_err());
        // The position counts characters, not bytes.
        assert_eq!(
            chars("éé腾", no_cjk),
            Err(Rule::Chars {
                allowed: no_cjk,
                position: 3
            })
        );
        // Both ends of both ranges, and just outside them.
        for c in ['\u{2E80}', '\u{9FFF}', '\u{F900}', '\u{FAFF}'] {
            assert!(chars(&c.to_string(), no_cjk).is_err(), "{c:?}");
        }
        for c in ['\u{2E7F}', '\u{A000}', '\u{F8FF}', '\u{FB00}'] {
            assert_eq!(chars(&c.to_string(), no_cjk), Ok(()), "{c:?}");
        }
        let cjk = CharSet::Except {
            refused: "@",
            cjk: true,
        };
        assert_eq!(chars("腾讯会议", cjk), Ok(()));
    }

    #[test]
    fn the_message_names_the_set_and_the_position_but_not_the_character() {
        let rule = chars("12x", CharSet::Digits).unwrap_err();
        assert_eq!(
            rule.to_string(),
            "must hold only the ASCII digits 0 to 9 (character 3 is not one)"
        );
        let rule = chars(
            "a#",
            CharSet::Except {
                refused: "#? ",
                cjk: false,
            },
        )
        .unwrap_err();
        assert_eq!(
            rule.to_string(),
            "must hold only characters other than # ? space and CJK characters (U+2E80 to U+9FFF, U+F900 to \
             U+FAFF) (character 2 is not one)"
        );
    }

    #[test]
    fn integer_text_takes_the_plain_form_in_range() {
        for ok in ["-1", "0", "7", "10", "29", "30"] {
            assert_eq!(integer_text(ok, -1, 30), Ok(()), "{ok:?}");
        }
        for refused in [
            "",
            "-",
            "31",
            "-2",
            "07",
            "00",
            "-0",
            "+7",
            " 7",
            "7 ",
            "1.0",
            "1e1",
            "٣",
            "99999999999999999999",
        ] {
            assert_eq!(
                integer_text(refused, -1, 30),
                Err(Rule::IntegerText { min: -1, max: 30 }),
                "{refused:?}"
            );
        }
        assert_eq!(
            integer_text("31", -1, 30).unwrap_err().to_string(),
            "must be a whole number from -1 to 30 written in decimal digits, with no leading zero or `+` (e.g. \"30\")"
        );
    }
}

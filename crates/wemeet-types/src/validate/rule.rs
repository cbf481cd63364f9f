//! The documented rules a request field can break, each carrying what a caller needs to fix it.

use std::fmt;

/// A documented rule a field must satisfy, with the parameters of the rule and what was found.
///
/// Rules never carry the value of the field itself, only lengths, counts, codes or a single offending
/// character of a non-secret field, so an error can be logged without leaking a stream key or a password.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// A required string or list must not be empty.
    NonEmpty,
    /// A path parameter must not be `.` or `..`: it would name another path, not a segment of its own.
    PathSegment,
    /// The text must not consist only of whitespace (spaces, newlines, ...).
    NotBlank,
    /// A list must hold between `min` and `max` entries (both inclusive).
    Count {
        /// Fewest entries allowed.
        min: usize,
        /// Most entries allowed.
        max: usize,
        /// Entries found.
        actual: usize,
    },
    /// An integer must lie between `min` and `max` (both inclusive).
    Range {
        /// Smallest value allowed.
        min: i64,
        /// Largest value allowed.
        max: i64,
        /// Value found.
        actual: i64,
    },
    /// A text must hold between `min` and `max` characters (Unicode scalar values, not bytes).
    CharCount {
        /// Fewest characters allowed.
        min: usize,
        /// Most characters allowed.
        max: usize,
        /// Characters found.
        actual: usize,
    },
    /// A text must take at most `max` bytes of UTF-8, as it is sent.
    MaxBytes {
        /// Most bytes allowed.
        max: usize,
        /// Bytes found.
        actual: usize,
    },
    /// A code must be one of the documented values.
    OneOf {
        /// The documented codes.
        allowed: &'static [i64],
        /// Code found.
        actual: i64,
    },
    /// An MD5 digest must be written as 32 hexadecimal digits (either case).
    Md5Hex {
        /// Characters found.
        length: usize,
        /// The first character that is not a hexadecimal digit, if the length was right.
        invalid: Option<char>,
    },
    /// The text must be standard base64 (alphabet `A-Z a-z 0-9 + /`, with `=` padding): what
    /// [`encode_base64`](crate::encode_base64) makes of a text.
    Base64,
    /// The base64 text must decode to UTF-8 text.
    DecodedUtf8,
    /// The text must be an absolute URL (`scheme://host...`), with one of `schemes` when the field names them.
    Url {
        /// The schemes the field accepts (lower case), or `None` for any (e.g. `rtmp://`).
        schemes: Option<&'static [&'static str]>,
        /// What is wrong.
        problem: UrlProblem,
    },
    /// The value must be greater than the field `other`'s (e.g. `end_time` later than `start_time`).
    After {
        /// The other field's wire name.
        other: &'static str,
        /// The other field's value.
        other_value: i128,
        /// The value found.
        actual: i128,
    },
    /// A background image must be a PNG file the API accepts.
    Png(PngProblem),
    /// The text must hold only characters of `allowed` (`x-chars`).
    Chars {
        /// The characters the field accepts.
        allowed: CharSet,
        /// Where the first character outside `allowed` sits, counting characters from 1 (the character itself is
        /// not carried: the field may be a password).
        position: usize,
    },
    /// The text must be a whole number from `min` to `max`, written in decimal digits with no leading zero and no
    /// `+` (`x-integer-text`), e.g. `"-1"` or `"30"`.
    IntegerText {
        /// Smallest number allowed.
        min: i64,
        /// Largest number allowed.
        max: i64,
    },
}

/// The characters a text may hold (`x-chars` in the schemas).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CharSet {
    /// ASCII digits, `0` to `9` (`"digits"`).
    Digits,
    /// ASCII letters and digits, `A` to `Z`, `a` to `z`, `0` to `9` (`"alphanumeric"`).
    Alphanumeric,
    /// Any character but those of `refused` and, unless `cjk`, the CJK characters the docs exclude
    /// ([`CharSet::CJK`]) (`{"not": "...", "cjk": false}`).
    Except {
        /// The characters refused.
        refused: &'static str,
        /// Whether CJK characters are accepted.
        cjk: bool,
    },
}

impl CharSet {
    /// The ranges of CJK characters (radicals, punctuation, kana, ideographs) the docs exclude where a field may
    /// hold no Chinese: U+2E80 to U+9FFF and the compatibility ideographs U+F900 to U+FAFF.
    pub const CJK: [std::ops::RangeInclusive<char>; 2] =
        ['\u{2E80}'..='\u{9FFF}', '\u{F900}'..='\u{FAFF}'];

    /// Whether the set holds `c`.
    pub fn contains(self, c: char) -> bool {
        match self {
            CharSet::Digits => c.is_ascii_digit(),
            CharSet::Alphanumeric => c.is_ascii_alphanumeric(),
            CharSet::Except { refused, cjk } => {
                !refused.contains(c) && (cjk || !Self::CJK.iter().any(|range| range.contains(&c)))
            }
        }
    }
}

/// Why a text is not an acceptable absolute URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlProblem {
    /// The text holds whitespace or a control character (percent-encode it).
    Whitespace,
    /// The text does not start with `scheme://`.
    MissingScheme,
    /// The scheme is not one the field accepts.
    UnsupportedScheme,
    /// Nothing names a host between `scheme://` and the path.
    MissingHost,
    /// The port after the host is not a number from 0 to 65535.
    InvalidPort,
}

/// Why bytes are not a background image the API accepts (PNG, at most 10 MiB, at least 1920×1080).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PngProblem {
    /// The bytes do not start with the 8-byte PNG signature.
    NotPng,
    /// The bytes end before the `IHDR` header chunk is complete.
    Truncated {
        /// Bytes found.
        length: usize,
    },
    /// The first chunk is not a well-formed `IHDR` chunk of 13 bytes.
    MissingHeader,
    /// The file is larger than the API accepts.
    TooLarge {
        /// Most bytes allowed.
        max: usize,
        /// Bytes found.
        actual: usize,
    },
    /// The image is smaller than the API accepts in width or height.
    TooSmall {
        /// Smallest width allowed, in pixels.
        min_width: u32,
        /// Smallest height allowed, in pixels.
        min_height: u32,
        /// Width found, in pixels.
        width: u32,
        /// Height found, in pixels.
        height: u32,
    },
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::NonEmpty => f.write_str("must not be empty"),
            Rule::PathSegment => {
                f.write_str("must not be `.` or `..` (it travels as a path segment)")
            }
            Rule::NotBlank => f.write_str("must not consist only of spaces or newlines"),
            Rule::Count { min, max, actual } => {
                write!(f, "must hold {min} to {max} entries (got {actual})")
            }
            Rule::Range { min, max, actual } => {
                write!(f, "must be between {min} and {max} (got {actual})")
            }
            Rule::CharCount { min, max, actual } => {
                write!(f, "must be {min} to {max} characters long (got {actual})")
            }
            Rule::MaxBytes { max, actual } => {
                write!(
                    f,
                    "must be at most {max} bytes of UTF-8 as sent (got {actual} bytes)"
                )
            }
            Rule::OneOf { allowed, actual } => {
                f.write_str("must be one of ")?;
                for (position, code) in allowed.iter().enumerate() {
                    if position > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{code}")?;
                }
                write!(f, " (got {actual})")
            }
            Rule::Md5Hex { length, invalid } => {
                f.write_str("must be an MD5 digest of 32 hexadecimal digits")?;
                match invalid {
                    Some(c) => write!(f, " (got {c:?}, not a hexadecimal digit)"),
                    None => write!(f, " (got {length} characters)"),
                }
            }
            Rule::Base64 => f.write_str(
                "must be standard base64 with `=` padding: encode the text with `encode_base64` (of `wemeet`, \
                 `wemeet-blocking` or `wemeet-types`), e.g. `dGVzdDEyMw==` for `test123`",
            ),
            Rule::DecodedUtf8 => f.write_str(
                "must be the base64 encoding of UTF-8 text: encode the text with `encode_base64` (of `wemeet`, \
                 `wemeet-blocking` or `wemeet-types`)",
            ),
            Rule::Url {
                schemes: Some(schemes),
                problem,
            } => write!(
                f,
                "must be an absolute {} URL ({problem})",
                schemes.join(" or ")
            ),
            Rule::Url {
                schemes: None,
                problem,
            } => write!(
                f,
                "must be an absolute URL like rtmp://host/path ({problem})"
            ),
            Rule::After {
                other,
                other_value,
                actual,
            } => write!(
                f,
                "must be greater than `{other}` ({other_value}; got {actual})"
            ),
            Rule::Png(problem) => write!(f, "must be a PNG image the API accepts: {problem}"),
            Rule::Chars { allowed, position } => write!(
                f,
                "must hold only {allowed} (character {position} is not one)"
            ),
            Rule::IntegerText { min, max } => write!(
                f,
                "must be a whole number from {min} to {max} written in decimal digits, with no leading zero or `+` \
                 (e.g. \"{max}\")"
            ),
        }
    }
}

impl fmt::Display for CharSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CharSet::Digits => f.write_str("the ASCII digits 0 to 9"),
            CharSet::Alphanumeric => f.write_str("ASCII letters and digits (A-Z, a-z, 0-9)"),
            CharSet::Except { refused, cjk } => {
                f.write_str("characters other than")?;
                for c in refused.chars() {
                    match c {
                        ' ' => f.write_str(" space")?,
                        c => write!(f, " {c}")?,
                    }
                }
                if !cjk {
                    f.write_str(" and CJK characters (")?;
                    for (position, range) in Self::CJK.iter().enumerate() {
                        if position > 0 {
                            f.write_str(", ")?;
                        }
                        let (start, end) = (u32::from(*range.start()), u32::from(*range.end()));
                        write!(f, "U+{start:04X} to U+{end:04X}")?;
                    }
                    f.write_str(")")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UrlProblem::Whitespace => {
                "it contains whitespace or a control character; percent-encode it"
            }
            UrlProblem::MissingScheme => "it does not start with `scheme://`",
            UrlProblem::UnsupportedScheme => "the scheme is not one the field accepts",
            UrlProblem::MissingHost => "the host is missing",
            UrlProblem::InvalidPort => "the port is not a number from 0 to 65535",
        })
    }
}

impl fmt::Display for PngProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PngProblem::NotPng => f.write_str("the bytes do not start with the PNG signature"),
            PngProblem::Truncated { length } => {
                write!(
                    f,
                    "the file ends after {length} bytes, before its IHDR header is complete"
                )
            }
            PngProblem::MissingHeader => {
                f.write_str("the first chunk is not a 13-byte IHDR header")
            }
            PngProblem::TooLarge { max, actual } => {
                write!(
                    f,
                    "the file has {actual} bytes, more than {max} (the docs' 10 MB, read as 10 MiB)"
                )
            }
            PngProblem::TooSmall {
                min_width,
                min_height,
                width,
                height,
            } => {
                write!(
                    f,
                    "the image is {width}x{height}; it must be at least {min_width} pixels wide and {min_height} \
                     high (the docs' minimum resolution read strictly: a portrait {min_height}x{min_width} image \
                     is refused too)"
                )
            }
        }
    }
}

//! The base64 the callbacks use: the standard alphabet, decoded leniently.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// Standard alphabet; encodes with `=` padding; decodes with or without it (the docs' own example `data` is
/// unpadded) and ignores non-zero bits after the last full byte (decoders like Go's and Java's do, and a random
/// 43-character EncodingAESKey has them three times in four).
pub(crate) const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

//! Just enough PNG to check a background image: the signature and the size in the `IHDR` header chunk.
//!
//! A PNG file is the 8-byte signature followed by chunks of `length (u32 BE) | type (4 bytes) | data | CRC`;
//! the first chunk must be `IHDR`, whose 13 data bytes start with width and height (u32 BE). This is not a
//! decoder: the server decodes the image it downloads; here we refuse early what it would certainly refuse.

use super::PngProblem;

/// The 8 bytes every PNG file starts with.
const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// Length of the data of an `IHDR` chunk.
const IHDR_DATA_LENGTH: u32 = 13;

/// Bytes from the start of the file to the end of the `IHDR` chunk: signature, length, type, data, CRC.
const HEADER_END: usize = SIGNATURE.len() + 4 + 4 + IHDR_DATA_LENGTH as usize + 4;

/// Width and height of a PNG image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PngSize {
    pub(crate) width: u32,
    pub(crate) height: u32,
}

/// Reads the size of the image from the `IHDR` chunk, refusing what is not a PNG file or ends too early.
pub(crate) fn size(bytes: &[u8]) -> Result<PngSize, PngProblem> {
    let truncated = PngProblem::Truncated {
        length: bytes.len(),
    };
    match bytes.split_first_chunk::<8>() {
        Some((signature, _)) if *signature == SIGNATURE => {}
        // A file cut inside the signature is truncated, not foreign.
        None if SIGNATURE.starts_with(bytes) => return Err(truncated),
        _ => return Err(PngProblem::NotPng),
    }
    let header = bytes.get(SIGNATURE.len()..HEADER_END).ok_or(truncated)?;
    let (length, header) = header.split_first_chunk::<4>().ok_or(truncated)?;
    let (chunk_type, data) = header.split_first_chunk::<4>().ok_or(truncated)?;
    if u32::from_be_bytes(*length) != IHDR_DATA_LENGTH || chunk_type != b"IHDR" {
        return Err(PngProblem::MissingHeader);
    }
    let (width, data) = data.split_first_chunk::<4>().ok_or(truncated)?;
    let (height, _) = data.split_first_chunk::<4>().ok_or(truncated)?;
    Ok(PngSize {
        width: u32::from_be_bytes(*width),
        height: u32::from_be_bytes(*height),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first 33 bytes of a PNG file of the given size (the CRC is not checked, so it is left zero).
    fn header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = SIGNATURE.to_vec();
        bytes.extend_from_slice(&13_u32.to_be_bytes());
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
        bytes.extend_from_slice(&[0; 4]);
        bytes
    }

    #[test]
    fn reads_width_and_height_big_endian() {
        assert_eq!(
            size(&header(1920, 1080)),
            Ok(PngSize {
                width: 1920,
                height: 1080
            })
        );
        assert_eq!(
            size(&header(0x0102_0304, 7)),
            Ok(PngSize {
                width: 0x0102_0304,
                height: 7
            })
        );
    }

    #[test]
    fn refuses_foreign_files() {
        assert_eq!(
            size(b"GIF89a......................................"),
            Err(PngProblem::NotPng)
        );
        assert_eq!(
            size(&[0xff, 0xd8, 0xff]),
            Err(PngProblem::NotPng),
            "a short JPEG is foreign, not truncated"
        );
    }

    #[test]
    fn refuses_every_truncation_without_panicking() {
        let full = header(1920, 1080);
        for length in 0..full.len() {
            assert_eq!(
                size(full.get(..length).unwrap_or_default()),
                Err(PngProblem::Truncated { length })
            );
        }
    }

    #[test]
    fn refuses_a_first_chunk_that_is_not_ihdr() {
        let mut wrong_type = header(1920, 1080);
        wrong_type.splice(12..16, *b"IDAT");
        assert_eq!(size(&wrong_type), Err(PngProblem::MissingHeader));
        let mut wrong_length = header(1920, 1080);
        wrong_length.splice(8..12, 12_u32.to_be_bytes());
        assert_eq!(size(&wrong_length), Err(PngProblem::MissingHeader));
    }
}

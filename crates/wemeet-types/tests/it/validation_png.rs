//! `BackgroundImage::from_png`: PNG files the add-backgrounds doc allows are hashed, others are refused.

use wemeet_types::{
    BackgroundImage, ErrorCode, PngProblem, Rule, UrlProblem, Validate, ValidationError,
};

const MAX_BACKGROUND_IMAGE_BYTES: usize = BackgroundImage::IMAGE_MAX_BYTES;

const URL: &str = "https://xxxxxx.cos.myqcloud.com/flower.png";

/// A PNG file of the given size: signature, `IHDR` (RGBA, 8 bits), `IEND`. The `IHDR` CRC is left zero:
/// `from_png` reads the header, it does not decode the image.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
    bytes.extend_from_slice(&13_u32.to_be_bytes());
    bytes.extend_from_slice(b"IHDR");
    bytes.extend_from_slice(&width.to_be_bytes());
    bytes.extend_from_slice(&height.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes.extend_from_slice(&0_u32.to_be_bytes());
    bytes.extend_from_slice(b"IEND");
    bytes.extend_from_slice(&[0xae, 0x42, 0x60, 0x82]);
    bytes
}

fn image_error(problem: PngProblem) -> Result<BackgroundImage, ValidationError> {
    Err(ValidationError::new("image", Rule::Png(problem))
        .with_error_code(ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID))
}

#[test]
fn hashes_an_acceptable_png_as_lowercase_hex_md5() {
    let image = BackgroundImage::from_png(&png(1920, 1080), URL).unwrap();
    // Computed independently: python3 hashlib.md5 of the same 45 bytes.
    assert_eq!(image.image_md5, "e6064bcd327dae9f60c872c643b1af7f");
    assert_eq!(image.image_url, URL);
    assert_eq!(image.validate(), Ok(()));
}

#[test]
fn accepts_images_larger_than_the_minimum() {
    assert!(BackgroundImage::from_png(&png(3840, 2160), URL).is_ok());
    assert!(BackgroundImage::from_png(&png(1920, 1200), URL).is_ok());
}

#[test]
fn refuses_images_smaller_than_1920_by_1080() {
    let too_small = |width, height| PngProblem::TooSmall {
        min_width: 1920,
        min_height: 1080,
        width,
        height,
    };
    assert_eq!(
        BackgroundImage::from_png(&png(1919, 1080), URL),
        image_error(too_small(1919, 1080))
    );
    assert_eq!(
        BackgroundImage::from_png(&png(1920, 1079), URL),
        image_error(too_small(1920, 1079))
    );
    assert_eq!(
        BackgroundImage::from_png(&png(1080, 1920), URL),
        image_error(too_small(1080, 1920))
    );
    assert_eq!(
        BackgroundImage::from_png(&png(0, 0), URL),
        image_error(too_small(0, 0))
    );
}

#[test]
fn accepts_10_mib_and_refuses_one_byte_more() {
    let mut bytes = png(1920, 1080);
    bytes.resize(MAX_BACKGROUND_IMAGE_BYTES, 0);
    assert!(BackgroundImage::from_png(&bytes, URL).is_ok());
    bytes.push(0);
    assert_eq!(
        BackgroundImage::from_png(&bytes, URL),
        image_error(PngProblem::TooLarge {
            max: 10 * 1024 * 1024,
            actual: 10 * 1024 * 1024 + 1
        })
    );
}

#[test]
fn refuses_other_formats() {
    let jpeg = [
        0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1,
    ];
    assert_eq!(
        BackgroundImage::from_png(&jpeg, URL),
        image_error(PngProblem::NotPng)
    );
    assert_eq!(
        BackgroundImage::from_png(b"<svg xmlns='http://www.w3.org/2000/svg'/>", URL),
        image_error(PngProblem::NotPng)
    );
}

#[test]
fn refuses_truncated_files_at_every_length_without_panicking() {
    let bytes = png(1920, 1080);
    for length in 0..33 {
        assert_eq!(
            BackgroundImage::from_png(&bytes[..length], URL),
            image_error(PngProblem::Truncated { length }),
            "cut after {length} bytes"
        );
    }
    assert!(
        BackgroundImage::from_png(&bytes[..33], URL).is_ok(),
        "a complete IHDR chunk is enough"
    );
}

#[test]
fn refuses_a_png_whose_first_chunk_is_not_ihdr() {
    let mut bytes = png(1920, 1080);
    bytes[12..16].copy_from_slice(b"IDAT");
    assert_eq!(
        BackgroundImage::from_png(&bytes, URL),
        image_error(PngProblem::MissingHeader)
    );
}

#[test]
fn refuses_an_unusable_url() {
    assert_eq!(
        BackgroundImage::from_png(&png(1920, 1080), "flower.png"),
        Err(ValidationError::new(
            "image_url",
            Rule::Url {
                schemes: Some(&["http", "https"]),
                problem: UrlProblem::MissingScheme
            }
        )
        .with_error_code(ErrorCode::BACKGROUND_IMAGE_URL_INVALID))
    );
    assert_eq!(
        BackgroundImage::from_png(&png(1920, 1080), String::new()),
        Err(ValidationError::new("image_url", Rule::NonEmpty)
            .with_error_code(ErrorCode::BACKGROUND_IMAGE_URL_INVALID))
    );
}

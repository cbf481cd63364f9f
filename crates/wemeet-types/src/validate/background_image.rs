//! Building a background image entry from the PNG file itself: checked, and hashed as the API expects.

use super::{FieldPath, PngProblem, Rule, Validate, ValidationError, png};
use crate::ErrorCode;
use crate::meetings::BackgroundImage;

impl BackgroundImage {
    /// The entry for a PNG background image the server will download from `image_url`, with `image_md5`
    /// computed from `bytes` (the lowercase hexadecimal MD5 of the image, as the API expects).
    ///
    /// Checks what the add-backgrounds doc requires of the image: a PNG file (by its signature) of at most
    /// [`IMAGE_MAX_BYTES`](Self::IMAGE_MAX_BYTES) (10 MiB) and at least [`IMAGE_MIN_WIDTH`](Self::IMAGE_MIN_WIDTH) ×
    /// [`IMAGE_MIN_HEIGHT`](Self::IMAGE_MIN_HEIGHT) pixels (read from its `IHDR` header), and that `image_url` is an absolute
    /// http(s) URL. The image is not decoded further: the server does that with the copy it downloads, so the
    /// bytes given here must be the very bytes served at `image_url`.
    ///
    /// # Errors
    ///
    /// A [`ValidationError`] on field `image` with [`Rule::Png`] when the bytes are not an acceptable PNG file,
    /// or on field `image_url` ([`Rule::NonEmpty`], [`Rule::Url`]) when the URL is not usable.
    ///
    /// # Example
    ///
    /// ```
    /// # use wemeet_types::{BackgroundImage, PngProblem, Rule};
    /// let error = BackgroundImage::from_png(b"GIF89a", "https://example.com/bg.gif").unwrap_err();
    /// assert_eq!(error.field, "image");
    /// assert_eq!(error.rule, Rule::Png(PngProblem::NotPng));
    /// ```
    pub fn from_png(bytes: &[u8], image_url: impl Into<String>) -> Result<Self, ValidationError> {
        check_png(bytes).map_err(|problem| {
            FieldPath::child_of(None, "image", ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID)
                .error(Rule::Png(problem))
        })?;
        let image = Self::builder()
            .image_md5(md5_lower_hex(bytes))
            .image_url(image_url)
            .build();
        image.validate()?;
        Ok(image)
    }
}

fn check_png(bytes: &[u8]) -> Result<(), PngProblem> {
    let size = png::size(bytes)?;
    if bytes.len() > BackgroundImage::IMAGE_MAX_BYTES {
        return Err(PngProblem::TooLarge {
            max: BackgroundImage::IMAGE_MAX_BYTES,
            actual: bytes.len(),
        });
    }
    if size.width < BackgroundImage::IMAGE_MIN_WIDTH
        || size.height < BackgroundImage::IMAGE_MIN_HEIGHT
    {
        return Err(PngProblem::TooSmall {
            min_width: BackgroundImage::IMAGE_MIN_WIDTH,
            min_height: BackgroundImage::IMAGE_MIN_HEIGHT,
            width: size.width,
            height: size.height,
        });
    }
    Ok(())
}

/// The MD5 of `bytes` as 32 lowercase hexadecimal characters.
fn md5_lower_hex(bytes: &[u8]) -> String {
    format!("{:x}", md5::compute(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_is_lowercase_hex_of_the_bytes() {
        // RFC 1321 test suite.
        assert_eq!(md5_lower_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(md5_lower_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            md5_lower_hex(
                b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"
            ),
            "57edf4a22be3c955ac49da2e2107b67a"
        );
    }
}

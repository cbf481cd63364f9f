//! The rules of an add-meeting-backgrounds request (`POST /v1/meetings/{meeting_id}/backgrounds`).

use super::limits::{MAX_BACKGROUND_IMAGES, MIN_BACKGROUND_IMAGES};
use super::path::FieldPath;
use super::url::{Schemes, absolute_url};
use super::{Rule, Validate, ValidationError, md5_hex, text};
use crate::{AddMeetingBackgroundsRequest, BackgroundImage};

impl Validate for AddMeetingBackgroundsRequest {
    fn validate(&self) -> Result<(), ValidationError> {
        FieldPath::root("userid").check(text::non_empty(&self.userid))?;
        if let Some(operator_id) = &self.operator_id {
            FieldPath::root("operator_id").check(text::non_empty(operator_id))?;
        }
        let images = FieldPath::root("image_list");
        let count = self.image_list.len();
        if !(MIN_BACKGROUND_IMAGES..=MAX_BACKGROUND_IMAGES).contains(&count) {
            return Err(images.error(Rule::Count {
                min: MIN_BACKGROUND_IMAGES,
                max: MAX_BACKGROUND_IMAGES,
                actual: count,
            }));
        }
        for (index, image) in self.image_list.iter().enumerate() {
            background_image(Some(&images.index(index)), image)?;
        }
        if let Some(order) = self.default_image_order {
            // `default_image_order` counts from 1 within `image_list` (at most 7 entries, so no overflow).
            let max = i64::try_from(count).unwrap_or(i64::MAX);
            if !(1..=max).contains(&order) {
                return Err(FieldPath::root("default_image_order").error(Rule::Range {
                    min: 1,
                    max,
                    actual: order,
                }));
            }
        }
        Ok(())
    }
}

impl Validate for BackgroundImage {
    /// Checks one image on its own (fields named `image_md5`, `image_url`); inside a request the same rules
    /// name them `image_list[i].image_md5`, `image_list[i].image_url`.
    fn validate(&self) -> Result<(), ValidationError> {
        background_image(None, self)
    }
}

/// The rules of one image, its fields named under `entry` (`image_list[i]`) or top-level when `None`.
fn background_image(
    entry: Option<&FieldPath<'_>>,
    image: &BackgroundImage,
) -> Result<(), ValidationError> {
    let md5 = FieldPath::child_of(entry, "image_md5");
    md5.check(text::non_empty(&image.image_md5))?;
    md5.check(md5_hex::md5_hex(&image.image_md5))?;
    image_url(&FieldPath::child_of(entry, "image_url"), &image.image_url)
}

/// `image_url` is an absolute http(s) URL the server downloads the image from.
pub(crate) fn image_url(path: &FieldPath<'_>, url: &str) -> Result<(), ValidationError> {
    path.check(text::non_empty(url))?;
    path.check(absolute_url(url, Schemes::Http))
}

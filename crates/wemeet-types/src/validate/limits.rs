//! The documented limits, as constants a caller can check against or show to a user.

/// Most bytes a meeting `subject` may take once base64-encoded (create meeting: "Base64 编码后长度不超过128个字节").
pub const MAX_SUBJECT_BASE64_BYTES: usize = 128;

/// Fewest entries of `image_list` (add meeting backgrounds).
pub const MIN_BACKGROUND_IMAGES: usize = 1;

/// Most entries of `image_list`: a meeting holds at most 7 backgrounds ("一场会议最多添加7个背景").
pub const MAX_BACKGROUND_IMAGES: usize = 7;

/// Most bytes of a background image.
///
/// The docs say "不超过10MB"; we read MB as MiB (10 × 1024 × 1024 = 10 485 760 bytes), the more generous
/// reading, so that a file the server accepts is never refused here. The server has the last word.
pub const MAX_BACKGROUND_IMAGE_BYTES: usize = 10 * 1024 * 1024;

/// Smallest width of a background image, in pixels ("分辨率最小为1920*1080").
pub const MIN_BACKGROUND_IMAGE_WIDTH: u32 = 1920;

/// Smallest height of a background image, in pixels.
pub const MIN_BACKGROUND_IMAGE_HEIGHT: u32 = 1080;

/// Length of `image_md5`: an MD5 digest is 16 bytes, 32 hexadecimal characters.
pub const MD5_HEX_LENGTH: usize = 32;

/// Fewest characters of a decoded live-stream `platform_name`.
pub const MIN_PLATFORM_NAME_CHARS: usize = 1;

/// Most characters of a decoded live-stream `platform_name` ("平台名称限制10个字符").
pub const MAX_PLATFORM_NAME_CHARS: usize = 10;

//! `platform_type`: where a live stream is pushed.

use crate::code_list::code_list;

code_list! {
    /// Push platform type (`platform_type`, 推流平台类型).
    ///
    /// The docs list 1 and 2; any other code decodes as [`PlatformType::Other`].
    ///
    /// ```
    /// use wemeet_types::PlatformType;
    ///
    /// assert_eq!(PlatformType::WechatChannels.code(), 1);
    /// assert_eq!(PlatformType::from_code(2), PlatformType::ThirdParty);
    /// ```
    pub enum PlatformType {
        /// WeChat Channels (微信视频号平台).
        WechatChannels = 1 => "WeChat Channels",
        /// A third-party push platform (第三方推流平台).
        ThirdParty = 2 => "Third-party platform",
    }
}

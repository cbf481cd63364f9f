//! `instanceid`: the device type of the caller.

use crate::code_list::code_list;

code_list! {
    /// Device type of the caller (`instanceid`, 设备类型 / 用户的终端设备类型).
    ///
    /// The docs list the codes 1 to 8; the live API knows more, which decode as [`InstanceId::Other`].
    ///
    /// ```
    /// use wemeet_types::InstanceId;
    ///
    /// assert_eq!(InstanceId::Pc.code(), 1);
    /// assert_eq!(InstanceId::from_code(8), InstanceId::MiniProgram);
    /// assert_eq!(InstanceId::from_code(9), InstanceId::Other(9));
    /// assert_eq!(InstanceId::Ios.to_string(), "iOS (4)");
    /// ```
    pub enum InstanceId {
        /// PC.
        Pc = 1 => "PC",
        /// Mac.
        Mac = 2 => "Mac",
        /// Android.
        Android = 3 => "Android",
        /// iOS.
        Ios = 4 => "iOS",
        /// Web.
        Web = 5 => "Web",
        /// iPad.
        Ipad = 6 => "iPad",
        /// Android Pad.
        AndroidPad = 7 => "Android Pad",
        /// Mini program (小程序).
        MiniProgram = 8 => "Mini program",
    }
}

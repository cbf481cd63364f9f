// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The definitions every service shares (`schemas/common.json`, the error body): the crate root's
//! models, code lists and builders.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// What went wrong (错误信息).
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// Error code (错误码), for example 190004 for an invalid parameter.
    ///
    /// Wire name `error_code`, required.
    pub error_code: i64,
    /// Newer error code (新错误码). Sometimes absent.
    ///
    /// Wire name `new_error_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub new_error_code: ::std::option::Option<i64>,
    /// Error message (错误信息).
    ///
    /// Wire name `message`, required.
    pub message: ::std::string::String,
}
impl ErrorInfo {
    /// A builder of [`ErrorInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ErrorInfoBuilder {
        builders::ErrorInfoBuilder {
            error_code: builders::missing::error_info::error_code,
            new_error_code: ::std::option::Option::None,
            message: builders::missing::error_info::message,
        }
    }
}
/// The body of a failed call (HTTP status \>= 300): an error code (错误码) and message (错误信息). Lenient: unknown fields are ignored.
///
/// Generated from `schemas/error.response.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// What went wrong (错误信息).
    ///
    /// Wire name `error_info`, required.
    pub error_info: ErrorInfo,
}
impl ErrorResponse {
    /// A builder of [`ErrorResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ErrorResponseBuilder {
        builders::ErrorResponseBuilder {
            error_info: builders::missing::error_response::error_info,
        }
    }
    /// A `ErrorResponse` with [`error_info`](Self::error_info) set and every optional field absent.
    pub fn new(error_info: impl ::std::convert::Into<ErrorInfo>) -> Self {
        Self::builder().error_info(error_info).build()
    }
}
/// A guest of a meeting (会议嘉宾), as get meeting and the guest list answer it.
///
/// Generated from `schemas/common.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct Guest {
    /// Country or area code (国家/地区代码) without `+` or `00`, e.g. `86` for the Chinese mainland.
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<::std::string::String>,
    /// Mobile phone number (手机号).
    ///
    /// Wire name `phone_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_number: ::std::option::Option<::std::string::String>,
    /// Name of the guest (嘉宾名称).
    ///
    /// Wire name `guest_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guest_name: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl Guest {
    /// A builder of [`Guest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GuestBuilder {
        builders::GuestBuilder {
            area: ::std::option::Option::None,
            phone_number: ::std::option::Option::None,
            guest_name: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for Guest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Guest")
            .field("area", &self.area)
            .field("phone_number", &self.phone_number)
            .field("guest_name", &self.guest_name)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A guest of a meeting to set (会议嘉宾 Guest 对象), in create and update meeting and in the guest list's replacement; guests are not held by the meeting password or the waiting room.
///
/// Generated from `schemas/common.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GuestSpec {
    /// Country or area code (国家/地区代码) without `+` or `00`, e.g. `86` for the Chinese mainland (中国内地默认86).
    ///
    /// Wire name `area`, required.
    /// Rules: not empty; not only whitespace.
    pub area: ::std::string::String,
    /// Mobile phone number (手机号); landlines are not supported (暂不支持固定电话号).
    ///
    /// Wire name `phone_number`, required.
    /// Rules: not empty; not only whitespace.
    pub phone_number: ::std::string::String,
    /// Name of the guest (嘉宾名称).
    ///
    /// Wire name `guest_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guest_name: ::std::option::Option<::std::string::String>,
}
impl GuestSpec {
    /// A builder of [`GuestSpec`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GuestSpecBuilder {
        builders::GuestSpecBuilder {
            area: builders::missing::guest_spec::area,
            phone_number: builders::missing::guest_spec::phone_number,
            guest_name: ::std::option::Option::None,
        }
    }
}
impl GuestSpec {
    /// `area`: fewest characters (1).
    pub const AREA_MIN_LENGTH: usize = 1usize;
    /// `phone_number`: fewest characters (1).
    pub const PHONE_NUMBER_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GuestSpec {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.area;
            let path = crate::validate::FieldPath::child_of(
                at,
                "area",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.phone_number;
            let path = crate::validate::FieldPath::child_of(
                at,
                "phone_number",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GuestSpec {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A user (用户对象 UserObj).
///
/// Generated from `schemas/common.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UserObj {
    /// Unique ID the caller uses to identify the user (调用方用于标示用户的唯一 ID), for example an enterprise account name or a personal user's phone number.
    ///
    /// Wire name `userid`, required.
    /// Rules: not empty.
    pub userid: ::std::string::String,
    /// Whether the user joins anonymously (用户是否匿名入会): `true` anonymous (匿名), `false` not anonymous (不匿名). The docs type it as a String.
    ///
    /// Wire name `is_anonymous`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_anonymous: ::std::option::Option<::std::string::String>,
    /// Anonymous display name (用户匿名字符串). A user who joins anonymously without one gets a default name such as "会议用户xxxx" from the server.
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Address of the user's avatar (用户头像地址).
    ///
    /// Wire name `profile_photo`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile_photo: ::std::option::Option<::std::string::String>,
}
impl UserObj {
    /// A builder of [`UserObj`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UserObjBuilder {
        builders::UserObjBuilder {
            userid: builders::missing::user_obj::userid,
            is_anonymous: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            profile_photo: ::std::option::Option::None,
        }
    }
    /// A `UserObj` with [`userid`](Self::userid) set and every optional field absent.
    pub fn new(userid: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().userid(userid).build()
    }
}
impl UserObj {
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UserObj {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.userid;
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for UserObj {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`ErrorInfo`](super::ErrorInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ErrorInfoBuilder<
        P0 = missing::error_info::error_code,
        P1 = missing::error_info::message,
    > {
        pub(crate) error_code: P0,
        pub(crate) new_error_code: ::std::option::Option<i64>,
        pub(crate) message: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for ErrorInfoBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ErrorInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> ErrorInfoBuilder<missing::error_info::error_code, P1> {
        /// Sets [`error_code`](super::ErrorInfo::error_code).
        ///
        /// Required.
        pub fn error_code(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ErrorInfoBuilder<i64, P1> {
            ErrorInfoBuilder {
                error_code: value.into(),
                new_error_code: self.new_error_code,
                message: self.message,
            }
        }
    }
    impl<P0> ErrorInfoBuilder<P0, missing::error_info::message> {
        /// Sets [`message`](super::ErrorInfo::message).
        ///
        /// Required.
        pub fn message(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ErrorInfoBuilder<P0, ::std::string::String> {
            ErrorInfoBuilder {
                error_code: self.error_code,
                new_error_code: self.new_error_code,
                message: value.into(),
            }
        }
    }
    impl<P0, P1> ErrorInfoBuilder<P0, P1> {
        /// Sets [`new_error_code`](super::ErrorInfo::new_error_code).
        ///
        /// Optional.
        pub fn new_error_code(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.new_error_code = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ErrorInfoBuilder<P0, P1> {
        /// The [`ErrorInfo`](super::ErrorInfo).
        ///
        /// Compiles once the required fields `error_code`, `message` are set: a missing one is a compile error naming it ("the required field ... of `ErrorInfo` is not set").
        pub fn build(self) -> super::ErrorInfo
        where
            P0: missing::error_info::ErrorCodeIsSet<i64>,
            P1: missing::error_info::MessageIsSet<::std::string::String>,
        {
            super::ErrorInfo {
                error_code: missing::error_info::ErrorCodeIsSet::into_field(
                    self.error_code,
                ),
                new_error_code: self.new_error_code,
                message: missing::error_info::MessageIsSet::into_field(self.message),
            }
        }
    }
    /// Builds a [`ErrorResponse`](super::ErrorResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ErrorResponseBuilder<P0 = missing::error_response::error_info> {
        pub(crate) error_info: P0,
    }
    impl<P0> ::std::fmt::Debug for ErrorResponseBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ErrorResponseBuilder)).finish_non_exhaustive()
        }
    }
    impl ErrorResponseBuilder<missing::error_response::error_info> {
        /// Sets [`error_info`](super::ErrorResponse::error_info).
        ///
        /// Required.
        pub fn error_info(
            self,
            value: impl ::std::convert::Into<ErrorInfo>,
        ) -> ErrorResponseBuilder<ErrorInfo> {
            ErrorResponseBuilder {
                error_info: value.into(),
            }
        }
    }
    impl<P0> ErrorResponseBuilder<P0> {
        /// The [`ErrorResponse`](super::ErrorResponse).
        ///
        /// Compiles once the required field `error_info` is set: a missing one is a compile error naming it ("the required field ... of `ErrorResponse` is not set").
        pub fn build(self) -> super::ErrorResponse
        where
            P0: missing::error_response::ErrorInfoIsSet<ErrorInfo>,
        {
            super::ErrorResponse {
                error_info: missing::error_response::ErrorInfoIsSet::into_field(
                    self.error_info,
                ),
            }
        }
    }
    /// Builds a [`Guest`](super::Guest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GuestBuilder {
        pub(crate) area: ::std::option::Option<::std::string::String>,
        pub(crate) phone_number: ::std::option::Option<::std::string::String>,
        pub(crate) guest_name: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GuestBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GuestBuilder)).finish_non_exhaustive()
        }
    }
    impl GuestBuilder {
        /// Sets [`area`](super::Guest::area).
        ///
        /// Optional.
        pub fn area(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_number`](super::Guest::phone_number).
        ///
        /// Optional.
        pub fn phone_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`guest_name`](super::Guest::guest_name).
        ///
        /// Optional.
        pub fn guest_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.guest_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GuestBuilder {
        /// The [`Guest`](super::Guest).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::Guest {
            super::Guest {
                area: self.area,
                phone_number: self.phone_number,
                guest_name: self.guest_name,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GuestSpec`](super::GuestSpec): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GuestSpecBuilder<
        P0 = missing::guest_spec::area,
        P1 = missing::guest_spec::phone_number,
    > {
        pub(crate) area: P0,
        pub(crate) phone_number: P1,
        pub(crate) guest_name: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for GuestSpecBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GuestSpecBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> GuestSpecBuilder<missing::guest_spec::area, P1> {
        /// Sets [`area`](super::GuestSpec::area).
        ///
        /// Required.
        pub fn area(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GuestSpecBuilder<::std::string::String, P1> {
            GuestSpecBuilder {
                area: value.into(),
                phone_number: self.phone_number,
                guest_name: self.guest_name,
            }
        }
    }
    impl<P0> GuestSpecBuilder<P0, missing::guest_spec::phone_number> {
        /// Sets [`phone_number`](super::GuestSpec::phone_number).
        ///
        /// Required.
        pub fn phone_number(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GuestSpecBuilder<P0, ::std::string::String> {
            GuestSpecBuilder {
                area: self.area,
                phone_number: value.into(),
                guest_name: self.guest_name,
            }
        }
    }
    impl<P0, P1> GuestSpecBuilder<P0, P1> {
        /// Sets [`guest_name`](super::GuestSpec::guest_name).
        ///
        /// Optional.
        pub fn guest_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.guest_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> GuestSpecBuilder<P0, P1> {
        /// The [`GuestSpec`](super::GuestSpec).
        ///
        /// Compiles once the required fields `area`, `phone_number` are set: a missing one is a compile error naming it ("the required field ... of `GuestSpec` is not set").
        pub fn build(self) -> super::GuestSpec
        where
            P0: missing::guest_spec::AreaIsSet<::std::string::String>,
            P1: missing::guest_spec::PhoneNumberIsSet<::std::string::String>,
        {
            super::GuestSpec {
                area: missing::guest_spec::AreaIsSet::into_field(self.area),
                phone_number: missing::guest_spec::PhoneNumberIsSet::into_field(
                    self.phone_number,
                ),
                guest_name: self.guest_name,
            }
        }
    }
    /// Builds a [`UserObj`](super::UserObj): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UserObjBuilder<P0 = missing::user_obj::userid> {
        pub(crate) userid: P0,
        pub(crate) is_anonymous: ::std::option::Option<::std::string::String>,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) profile_photo: ::std::option::Option<::std::string::String>,
    }
    impl<P0> ::std::fmt::Debug for UserObjBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UserObjBuilder)).finish_non_exhaustive()
        }
    }
    impl UserObjBuilder<missing::user_obj::userid> {
        /// Sets [`userid`](super::UserObj::userid).
        ///
        /// Required.
        pub fn userid(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UserObjBuilder<::std::string::String> {
            UserObjBuilder {
                userid: value.into(),
                is_anonymous: self.is_anonymous,
                nick_name: self.nick_name,
                profile_photo: self.profile_photo,
            }
        }
    }
    impl<P0> UserObjBuilder<P0> {
        /// Sets [`is_anonymous`](super::UserObj::is_anonymous).
        ///
        /// Optional.
        pub fn is_anonymous(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.is_anonymous = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`nick_name`](super::UserObj::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`profile_photo`](super::UserObj::profile_photo).
        ///
        /// Optional.
        pub fn profile_photo(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.profile_photo = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> UserObjBuilder<P0> {
        /// The [`UserObj`](super::UserObj).
        ///
        /// Compiles once the required field `userid` is set: a missing one is a compile error naming it ("the required field ... of `UserObj` is not set").
        pub fn build(self) -> super::UserObj
        where
            P0: missing::user_obj::UseridIsSet<::std::string::String>,
        {
            super::UserObj {
                userid: missing::user_obj::UseridIsSet::into_field(self.userid),
                is_anonymous: self.is_anonymous,
                nick_name: self.nick_name,
                profile_photo: self.profile_photo,
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`ErrorInfo`](super::super::ErrorInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod error_info {
            /// `error_code` of [`ErrorInfo`](super::super::super::ErrorInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct error_code;
            /// What `build()` requires of `error_code`: implemented for the field's type alone, never for the marker [`error_code`].
            #[diagnostic::on_unimplemented(
                message = "the required field `error_code` of `ErrorInfo` is not set",
                label = "`error_code` is not set",
                note = "call `.error_code(...)` before `.build()`"
            )]
            pub trait ErrorCodeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ErrorCodeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `message` of [`ErrorInfo`](super::super::super::ErrorInfo) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct message;
            /// What `build()` requires of `message`: implemented for the field's type alone, never for the marker [`message`].
            #[diagnostic::on_unimplemented(
                message = "the required field `message` of `ErrorInfo` is not set",
                label = "`message` is not set",
                note = "call `.message(...)` before `.build()`"
            )]
            pub trait MessageIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MessageIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ErrorResponse`](super::super::ErrorResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod error_response {
            /// `error_info` of [`ErrorResponse`](super::super::super::ErrorResponse) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct error_info;
            /// What `build()` requires of `error_info`: implemented for the field's type alone, never for the marker [`error_info`].
            #[diagnostic::on_unimplemented(
                message = "the required field `error_info` of `ErrorResponse` is not set",
                label = "`error_info` is not set",
                note = "call `.error_info(...)` before `.build()`"
            )]
            pub trait ErrorInfoIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ErrorInfoIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`Guest`](super::super::Guest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod guest {}
        /// The required fields of [`GuestSpec`](super::super::GuestSpec) not set yet.
        #[allow(non_camel_case_types)]
        pub mod guest_spec {
            /// `area` of [`GuestSpec`](super::super::super::GuestSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct area;
            /// What `build()` requires of `area`: implemented for the field's type alone, never for the marker [`area`].
            #[diagnostic::on_unimplemented(
                message = "the required field `area` of `GuestSpec` is not set",
                label = "`area` is not set",
                note = "call `.area(...)` before `.build()`"
            )]
            pub trait AreaIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AreaIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `phone_number` of [`GuestSpec`](super::super::super::GuestSpec) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone_number;
            /// What `build()` requires of `phone_number`: implemented for the field's type alone, never for the marker [`phone_number`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone_number` of `GuestSpec` is not set",
                label = "`phone_number` is not set",
                note = "call `.phone_number(...)` before `.build()`"
            )]
            pub trait PhoneNumberIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PhoneNumberIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`UserObj`](super::super::UserObj) not set yet.
        #[allow(non_camel_case_types)]
        pub mod user_obj {
            /// `userid` of [`UserObj`](super::super::super::UserObj) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct userid;
            /// What `build()` requires of `userid`: implemented for the field's type alone, never for the marker [`userid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `userid` of `UserObj` is not set",
                label = "`userid` is not set",
                note = "call `.userid(...)` before `.build()`"
            )]
            pub trait UseridIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UseridIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
    }
}
/// Device type of the caller (设备类型 ID / 用户的终端设备类型). The three seed docs list the codes 1 to 8; the current docs add more (0, 9, 10, 12, 20-22, 30-33, 81-86), and the live API may know others, so any integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum InstanceId {
    /// PSTN (telephone) (code 0).
    Pstn,
    /// PC (code 1).
    Pc,
    /// Mac (code 2).
    Mac,
    /// Android (code 3).
    Android,
    /// iOS (code 4).
    Ios,
    /// Web (code 5).
    Web,
    /// iPad (code 6).
    Ipad,
    /// Android Pad (code 7).
    AndroidPad,
    /// Mini program (小程序) (code 8).
    MiniProgram,
    /// VoIP / SIP device (code 9).
    VoipSip,
    /// Linux (code 10).
    Linux,
    /// Vision Pro (code 12).
    VisionPro,
    /// Rooms for Touch, Windows (code 20).
    RoomsTouchWindows,
    /// Rooms for Touch, macOS (code 21).
    RoomsTouchMac,
    /// Rooms for Touch, Android (code 22).
    RoomsTouchAndroid,
    /// Controller for Touch, Windows (code 30).
    ControllerTouchWindows,
    /// Controller for Touch, Android (code 32).
    ControllerTouchAndroid,
    /// Controller for Touch, iOS (code 33).
    ControllerTouchIos,
    /// HarmonyOS phone (code 81).
    HarmonyPhone,
    /// HarmonyOS tablet (code 82).
    HarmonyTablet,
    /// HarmonyOS PC (code 83).
    HarmonyPc,
    /// HarmonyOS intelligent cockpit (code 84).
    HarmonyCockpit,
    /// HarmonyOS AR/VR (code 86).
    HarmonyArVr,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl InstanceId {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Pstn,
        Self::Pc,
        Self::Mac,
        Self::Android,
        Self::Ios,
        Self::Web,
        Self::Ipad,
        Self::AndroidPad,
        Self::MiniProgram,
        Self::VoipSip,
        Self::Linux,
        Self::VisionPro,
        Self::RoomsTouchWindows,
        Self::RoomsTouchMac,
        Self::RoomsTouchAndroid,
        Self::ControllerTouchWindows,
        Self::ControllerTouchAndroid,
        Self::ControllerTouchIos,
        Self::HarmonyPhone,
        Self::HarmonyTablet,
        Self::HarmonyPc,
        Self::HarmonyCockpit,
        Self::HarmonyArVr,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Pstn => 0u32,
            Self::Pc => 1u32,
            Self::Mac => 2u32,
            Self::Android => 3u32,
            Self::Ios => 4u32,
            Self::Web => 5u32,
            Self::Ipad => 6u32,
            Self::AndroidPad => 7u32,
            Self::MiniProgram => 8u32,
            Self::VoipSip => 9u32,
            Self::Linux => 10u32,
            Self::VisionPro => 12u32,
            Self::RoomsTouchWindows => 20u32,
            Self::RoomsTouchMac => 21u32,
            Self::RoomsTouchAndroid => 22u32,
            Self::ControllerTouchWindows => 30u32,
            Self::ControllerTouchAndroid => 32u32,
            Self::ControllerTouchIos => 33u32,
            Self::HarmonyPhone => 81u32,
            Self::HarmonyTablet => 82u32,
            Self::HarmonyPc => 83u32,
            Self::HarmonyCockpit => 84u32,
            Self::HarmonyArVr => 86u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Pstn,
            1u32 => Self::Pc,
            2u32 => Self::Mac,
            3u32 => Self::Android,
            4u32 => Self::Ios,
            5u32 => Self::Web,
            6u32 => Self::Ipad,
            7u32 => Self::AndroidPad,
            8u32 => Self::MiniProgram,
            9u32 => Self::VoipSip,
            10u32 => Self::Linux,
            12u32 => Self::VisionPro,
            20u32 => Self::RoomsTouchWindows,
            21u32 => Self::RoomsTouchMac,
            22u32 => Self::RoomsTouchAndroid,
            30u32 => Self::ControllerTouchWindows,
            32u32 => Self::ControllerTouchAndroid,
            33u32 => Self::ControllerTouchIos,
            81u32 => Self::HarmonyPhone,
            82u32 => Self::HarmonyTablet,
            83u32 => Self::HarmonyPc,
            84u32 => Self::HarmonyCockpit,
            86u32 => Self::HarmonyArVr,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Pstn => ::std::option::Option::Some("PSTN (telephone)"),
            Self::Pc => ::std::option::Option::Some("PC"),
            Self::Mac => ::std::option::Option::Some("Mac"),
            Self::Android => ::std::option::Option::Some("Android"),
            Self::Ios => ::std::option::Option::Some("iOS"),
            Self::Web => ::std::option::Option::Some("Web"),
            Self::Ipad => ::std::option::Option::Some("iPad"),
            Self::AndroidPad => ::std::option::Option::Some("Android Pad"),
            Self::MiniProgram => ::std::option::Option::Some("Mini program (小程序)"),
            Self::VoipSip => ::std::option::Option::Some("VoIP / SIP device"),
            Self::Linux => ::std::option::Option::Some("Linux"),
            Self::VisionPro => ::std::option::Option::Some("Vision Pro"),
            Self::RoomsTouchWindows => {
                ::std::option::Option::Some("Rooms for Touch, Windows")
            }
            Self::RoomsTouchMac => ::std::option::Option::Some("Rooms for Touch, macOS"),
            Self::RoomsTouchAndroid => {
                ::std::option::Option::Some("Rooms for Touch, Android")
            }
            Self::ControllerTouchWindows => {
                ::std::option::Option::Some("Controller for Touch, Windows")
            }
            Self::ControllerTouchAndroid => {
                ::std::option::Option::Some("Controller for Touch, Android")
            }
            Self::ControllerTouchIos => {
                ::std::option::Option::Some("Controller for Touch, iOS")
            }
            Self::HarmonyPhone => ::std::option::Option::Some("HarmonyOS phone"),
            Self::HarmonyTablet => ::std::option::Option::Some("HarmonyOS tablet"),
            Self::HarmonyPc => ::std::option::Option::Some("HarmonyOS PC"),
            Self::HarmonyCockpit => {
                ::std::option::Option::Some("HarmonyOS intelligent cockpit")
            }
            Self::HarmonyArVr => ::std::option::Option::Some("HarmonyOS AR/VR"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(InstanceId);
/// Whether a meeting is a one-off or a recurring one (会议类型), the wire field `meeting_type`: not the same list as `type` (`MeetingType`, scheduled or quick). The docs list 0 and 1; any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingKind {
    /// Normal meeting (普通会议) (code 0).
    Normal,
    /// Recurring meeting (周期性会议) (code 1).
    Recurring,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingKind {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Normal, Self::Recurring];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Normal => 0u32,
            Self::Recurring => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Normal,
            1u32 => Self::Recurring,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Normal => ::std::option::Option::Some("Normal meeting (普通会议)"),
            Self::Recurring => {
                ::std::option::Option::Some("Recurring meeting (周期性会议)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingKind);
/// State of a meeting (会议状态), as the service reports it. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum MeetingStatus {
    /// Invalid or unknown (非法或未知) (`MEETING_STATE_INVALID`).
    Invalid,
    /// Waiting to start: nobody has joined yet (待开始) (`MEETING_STATE_INIT`).
    Init,
    /// Cancelled before it started; it cannot be entered (已取消) (`MEETING_STATE_CANCELLED`).
    Cancelled,
    /// In progress: someone is in the meeting (会议中) (`MEETING_STATE_STARTED`).
    Started,
    /// Ended and deleted by the host, with nobody in it (已删除) (`MEETING_STATE_ENDED`).
    Ended,
    /// Past its scheduled end with nobody having joined (无状态) (`MEETING_STATE_NULL`).
    Null,
    /// Its meeting number was recycled, 30 days after the scheduled start (已回收) (`MEETING_STATE_RECYCLED`).
    Recycled,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl MeetingStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Invalid,
        Self::Init,
        Self::Cancelled,
        Self::Started,
        Self::Ended,
        Self::Null,
        Self::Recycled,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Invalid => "MEETING_STATE_INVALID",
            Self::Init => "MEETING_STATE_INIT",
            Self::Cancelled => "MEETING_STATE_CANCELLED",
            Self::Started => "MEETING_STATE_STARTED",
            Self::Ended => "MEETING_STATE_ENDED",
            Self::Null => "MEETING_STATE_NULL",
            Self::Recycled => "MEETING_STATE_RECYCLED",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "MEETING_STATE_INVALID" => Self::Invalid,
            "MEETING_STATE_INIT" => Self::Init,
            "MEETING_STATE_CANCELLED" => Self::Cancelled,
            "MEETING_STATE_STARTED" => Self::Started,
            "MEETING_STATE_ENDED" => Self::Ended,
            "MEETING_STATE_NULL" => Self::Null,
            "MEETING_STATE_RECYCLED" => Self::Recycled,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "MEETING_STATE_INVALID" => {
                ::std::option::Option::Some("Invalid or unknown (非法或未知)")
            }
            "MEETING_STATE_INIT" => {
                ::std::option::Option::Some(
                    "Waiting to start: nobody has joined yet (待开始)",
                )
            }
            "MEETING_STATE_CANCELLED" => {
                ::std::option::Option::Some(
                    "Cancelled before it started; it cannot be entered (已取消)",
                )
            }
            "MEETING_STATE_STARTED" => {
                ::std::option::Option::Some(
                    "In progress: someone is in the meeting (会议中)",
                )
            }
            "MEETING_STATE_ENDED" => {
                ::std::option::Option::Some(
                    "Ended and deleted by the host, with nobody in it (已删除)",
                )
            }
            "MEETING_STATE_NULL" => {
                ::std::option::Option::Some(
                    "Past its scheduled end with nobody having joined (无状态)",
                )
            }
            "MEETING_STATE_RECYCLED" => {
                ::std::option::Option::Some(
                    "Its meeting number was recycled, 30 days after the scheduled start (已回收)",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(MeetingStatus);
/// Meeting type (会议类型), the wire field `type`. The docs list 0 and 1; any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingType {
    /// Scheduled meeting (预约会议) (code 0).
    Scheduled,
    /// Quick meeting (快速会议) (code 1).
    Quick,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Scheduled, Self::Quick];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Scheduled => 0u32,
            Self::Quick => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Scheduled,
            1u32 => Self::Quick,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Scheduled => {
                ::std::option::Option::Some("Scheduled meeting (预约会议)")
            }
            Self::Quick => ::std::option::Option::Some("Quick meeting (快速会议)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingType);
/// Signalling protocol of a meeting-room access (MRA) device (信令协议), as the meeting-room endpoints take it and the room events report it. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MraProtocol {
    /// SIP (code 1).
    Sip,
    /// H.323 (code 2).
    H323,
    /// A protocol the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MraProtocol {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Sip, Self::H323];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Sip => 1u32,
            Self::H323 => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Sip,
            2u32 => Self::H323,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Sip => ::std::option::Option::Some("SIP"),
            Self::H323 => ::std::option::Option::Some("H.323"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MraProtocol);
/// Whether members are muted when they join (成员入会静音), in meeting settings, in-meeting settings, Rooms settings and personal meeting ID settings. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MuteOnJoin {
    /// Off (关闭) (code 0).
    Off,
    /// On (开启) (code 1).
    On,
    /// On once more than 6 people are in (超过6人后自动开启) (code 2).
    AboveSixMembers,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MuteOnJoin {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Off,
        Self::On,
        Self::AboveSixMembers,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Off => 0u32,
            Self::On => 1u32,
            Self::AboveSixMembers => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Off,
            1u32 => Self::On,
            2u32 => Self::AboveSixMembers,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Off => ::std::option::Option::Some("Off (关闭)"),
            Self::On => ::std::option::Option::Some("On (开启)"),
            Self::AboveSixMembers => {
                ::std::option::Option::Some(
                    "On once more than 6 people are in (超过6人后自动开启)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MuteOnJoin);
/// What kind of ID `operator_id` (or another user ID beside a `*_id_type` field) is (操作者 ID 的类型). Each page lists the codes its endpoint takes, a subset of these (the field's description names them); any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum OperatorIdType {
    /// An enterprise user ID (userid) (code 1).
    Userid,
    /// An OAuth 2.0 open ID (openid) (code 2).
    OpenId,
    /// A Rooms device ID (rooms_id) (code 3).
    RoomsId,
    /// A temporary in-meeting ID (ms_open_id) (code 4).
    MsOpenId,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl OperatorIdType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Userid,
        Self::OpenId,
        Self::RoomsId,
        Self::MsOpenId,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Userid => 1u32,
            Self::OpenId => 2u32,
            Self::RoomsId => 3u32,
            Self::MsOpenId => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Userid,
            2u32 => Self::OpenId,
            3u32 => Self::RoomsId,
            4u32 => Self::MsOpenId,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Userid => ::std::option::Option::Some("An enterprise user ID (userid)"),
            Self::OpenId => ::std::option::Option::Some("An OAuth 2.0 open ID (openid)"),
            Self::RoomsId => ::std::option::Option::Some("A Rooms device ID (rooms_id)"),
            Self::MsOpenId => {
                ::std::option::Option::Some("A temporary in-meeting ID (ms_open_id)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(OperatorIdType);
/// A user's role in a meeting (用户角色), as the participant lists and the role-change event report it. The participant pages list 0 to 7, the event page adds 8. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ParticipantRole {
    /// Ordinary member (普通成员角色) (code 0).
    Member,
    /// Creator (创建者角色) (code 1).
    Creator,
    /// Host (主持人) (code 2).
    Host,
    /// Creator and host (创建者+主持人) (code 3).
    CreatorHost,
    /// Guest (游客) (code 4).
    Guest,
    /// Guest and host (游客+主持人) (code 5).
    GuestHost,
    /// Co-host (联席主持人) (code 6).
    Cohost,
    /// Creator and co-host (创建者+联席主持人) (code 7).
    CreatorCohost,
    /// Host assigned through the REST API (restApi 接口指派的主持人) (code 8).
    ApiAssignedHost,
    /// A role the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl ParticipantRole {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Member,
        Self::Creator,
        Self::Host,
        Self::CreatorHost,
        Self::Guest,
        Self::GuestHost,
        Self::Cohost,
        Self::CreatorCohost,
        Self::ApiAssignedHost,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Member => 0u32,
            Self::Creator => 1u32,
            Self::Host => 2u32,
            Self::CreatorHost => 3u32,
            Self::Guest => 4u32,
            Self::GuestHost => 5u32,
            Self::Cohost => 6u32,
            Self::CreatorCohost => 7u32,
            Self::ApiAssignedHost => 8u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Member,
            1u32 => Self::Creator,
            2u32 => Self::Host,
            3u32 => Self::CreatorHost,
            4u32 => Self::Guest,
            5u32 => Self::GuestHost,
            6u32 => Self::Cohost,
            7u32 => Self::CreatorCohost,
            8u32 => Self::ApiAssignedHost,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Member => {
                ::std::option::Option::Some("Ordinary member (普通成员角色)")
            }
            Self::Creator => ::std::option::Option::Some("Creator (创建者角色)"),
            Self::Host => ::std::option::Option::Some("Host (主持人)"),
            Self::CreatorHost => {
                ::std::option::Option::Some("Creator and host (创建者+主持人)")
            }
            Self::Guest => ::std::option::Option::Some("Guest (游客)"),
            Self::GuestHost => {
                ::std::option::Option::Some("Guest and host (游客+主持人)")
            }
            Self::Cohost => ::std::option::Option::Some("Co-host (联席主持人)"),
            Self::CreatorCohost => {
                ::std::option::Option::Some(
                    "Creator and co-host (创建者+联席主持人)",
                )
            }
            Self::ApiAssignedHost => {
                ::std::option::Option::Some(
                    "Host assigned through the REST API (restApi 接口指派的主持人)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(ParticipantRole);
/// Push platform type (推流平台类型). The docs list 1 and 2; any other integer is accepted. Business and enterprise editions hold at most 1 WeChat Channels address and 10 push platforms (商业版和企业版最多支持添加1个微信视频号地址和10个推流平台): `x-max-per-account`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PlatformType {
    /// WeChat Channels (微信视频号平台) (code 1).
    WechatChannels,
    /// Third-party push platform (第三方推流平台) (code 2).
    ThirdParty,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl PlatformType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::WechatChannels, Self::ThirdParty];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::WechatChannels => 1u32,
            Self::ThirdParty => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::WechatChannels,
            2u32 => Self::ThirdParty,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::WechatChannels => {
                ::std::option::Option::Some("WeChat Channels (微信视频号平台)")
            }
            Self::ThirdParty => {
                ::std::option::Option::Some(
                    "Third-party push platform (第三方推流平台)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(PlatformType);
impl PlatformType {
    /// How many entries of this kind one account may hold, where the docs say (`x-max-per-account`).
    pub fn max_per_account(&self) -> ::std::option::Option<usize> {
        match self.code() {
            1u32 => ::std::option::Option::Some(1usize),
            2u32 => ::std::option::Option::Some(10usize),
            _ => ::std::option::Option::None,
        }
    }
}
/// What kind of ID `target_rooms_id` is (目标 roomsid 的类型), in the meeting-room, transcription and transcription-push endpoints. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum TargetRoomsIdType {
    /// A Rooms device ID, rooms_id (rooms 设备 rooms_id) (code 3).
    RoomsId,
    /// A meeting room ID, meeting_room_id (会议室 ID) (code 5).
    MeetingRoomId,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl TargetRoomsIdType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::RoomsId, Self::MeetingRoomId];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::RoomsId => 3u32,
            Self::MeetingRoomId => 5u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            3u32 => Self::RoomsId,
            5u32 => Self::MeetingRoomId,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::RoomsId => {
                ::std::option::Option::Some(
                    "A Rooms device ID, rooms_id (rooms 设备 rooms_id)",
                )
            }
            Self::MeetingRoomId => {
                ::std::option::Option::Some(
                    "A meeting room ID, meeting_room_id (会议室 ID)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(TargetRoomsIdType);
/// Style of the screen-share watermark (水印样式), of a meeting or a personal meeting ID. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum WaterMarkType {
    /// A single line, the default (单排) (code 0).
    SingleLine,
    /// Several lines (多排) (code 1).
    MultiLine,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl WaterMarkType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::SingleLine, Self::MultiLine];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::SingleLine => 0u32,
            Self::MultiLine => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::SingleLine,
            1u32 => Self::MultiLine,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::SingleLine => {
                ::std::option::Option::Some("A single line, the default (单排)")
            }
            Self::MultiLine => ::std::option::Option::Some("Several lines (多排)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(WaterMarkType);
/// The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.
pub mod schemas {
    /// JSON Schema (Draft-07, self-contained) of [`ErrorResponse`](crate::ErrorResponse), bundled from `schemas/error.response.json`.
    pub const ERROR_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ErrorResponse",
  "definitions": {
    "ErrorInfo": {
      "title": "ErrorInfo",
      "description": "What went wrong (错误信息).",
      "type": "object",
      "required": [
        "error_code",
        "message"
      ],
      "properties": {
        "error_code": {
          "description": "Error code (错误码), for example 190004 for an invalid parameter.",
          "type": "integer"
        },
        "new_error_code": {
          "description": "Newer error code (新错误码). Sometimes absent.",
          "type": "integer"
        },
        "message": {
          "description": "Error message (错误信息).",
          "type": "string"
        }
      }
    },
    "ErrorResponse": {
      "title": "ErrorResponse",
      "description": "The body of a failed call (HTTP status >= 300): an error code (错误码) and message (错误信息). Lenient: unknown fields are ignored.",
      "type": "object",
      "required": [
        "error_info"
      ],
      "properties": {
        "error_info": {
          "description": "What went wrong (错误信息).",
          "$ref": "#/definitions/ErrorInfo"
        }
      }
    }
  }
}"##;
    #[cfg(feature = "meetings")]
    #[doc(hidden)]
    pub use crate::meetings::schemas::{
        ADD_MEETING_BACKGROUNDS_PATH, ADD_MEETING_BACKGROUNDS_REQUEST,
        ADD_MEETING_BACKGROUNDS_RESPONSE, CANCEL_MEETING_PATH, CANCEL_MEETING_REQUEST,
        CREATE_MEETING_REQUEST, CREATE_MEETING_RESPONSE, GET_MEETING_PATH,
        GET_MEETING_REQUEST, GET_MEETING_RESPONSE, GET_PUSH_STREAM_INFO_PATH,
        GET_PUSH_STREAM_INFO_REQUEST, GET_PUSH_STREAM_INFO_RESPONSE,
        SET_DEFAULT_BACKGROUND_PATH, SET_DEFAULT_BACKGROUND_REQUEST,
        SET_LIVE_STREAM_ADDRESS_PATH, SET_LIVE_STREAM_ADDRESS_REQUEST,
    };
}

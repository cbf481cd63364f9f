//! The `WEMEET_*` environment variables `ClientBuilder::from_env` (and each client's `Client::from_env`) reads:
//! every name is written here once, and the mock binary and the examples read the same constants.
//!
//! | variable | what | needed |
//! |---|---|---|
//! | [`APP_ID`] | the AppId (enterprise id) | with signed requests |
//! | [`SECRET_ID`] | the SecretId | with signed requests |
//! | [`SECRET_KEY`] | the SecretKey | with signed requests |
//! | [`SDK_ID`] | the SdkId (app id) | only if one was allocated |
//! | [`ACCESS_TOKEN`] | an OAuth 2.0 access token: calls carry it instead of a signature | OAuth 2.0 apps |
//! | [`OPEN_ID`] | the open id of the user who granted [`ACCESS_TOKEN`] | with [`ACCESS_TOKEN`] |
//! | [`BASE_URL`] | the server, when not the production one | no |
//! | [`ALLOW_INSECURE_HTTP`] | `1` to allow a plain-http base URL off loopback | no |
//!
//! An empty or blank value counts as unset.

use std::ffi::OsString;

use wemeet_sign::{AccessToken, Credentials};

use crate::{ClientBuilder, ConfigError};

/// `WEMEET_APP_ID`: the AppId (enterprise id).
pub const APP_ID: &str = "WEMEET_APP_ID";
/// `WEMEET_SDK_ID`: the SdkId, only when one was allocated (the header is left out otherwise).
pub const SDK_ID: &str = "WEMEET_SDK_ID";
/// `WEMEET_SECRET_ID`: the SecretId.
pub const SECRET_ID: &str = "WEMEET_SECRET_ID";
/// `WEMEET_SECRET_KEY`: the SecretKey.
pub const SECRET_KEY: &str = "WEMEET_SECRET_KEY";
/// `WEMEET_ACCESS_TOKEN`: a third-party app's OAuth 2.0 access token: when set, calls carry it (with
/// [`OPEN_ID`]) instead of a signature, and the signing variables are not read.
pub const ACCESS_TOKEN: &str = "WEMEET_ACCESS_TOKEN";
/// `WEMEET_OPEN_ID`: the open id of the user who granted [`ACCESS_TOKEN`].
pub const OPEN_ID: &str = "WEMEET_OPEN_ID";
/// `WEMEET_BASE_URL`: the base URL, when not the production one ([`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL)).
pub const BASE_URL: &str = "WEMEET_BASE_URL";
/// `WEMEET_ALLOW_INSECURE_HTTP`: `1` (or `true`) to allow a plain-http base URL whose host is not loopback
/// (the builder's `allow_insecure_http`); `0` (or `false`) to refuse it.
pub const ALLOW_INSECURE_HTTP: &str = "WEMEET_ALLOW_INSECURE_HTTP";

/// Reads the variables through `lookup` (the process environment in production, a map in tests).
pub(crate) fn builder_from_env<C>(
    lookup: impl Fn(&str) -> Option<OsString>,
) -> Result<ClientBuilder<C>, ConfigError> {
    let optional = |name: &'static str| -> Result<Option<String>, ConfigError> {
        match lookup(name) {
            None => Ok(None),
            Some(value) => {
                let value = value
                    .into_string()
                    .map_err(|_| ConfigError::InvalidEnv(name))?;
                Ok(Some(value).filter(|value| !value.trim().is_empty()))
            }
        }
    };
    let required = |name: &'static str| optional(name)?.ok_or(ConfigError::MissingEnv(name));

    let mut builder = match optional(ACCESS_TOKEN)? {
        Some(token) => {
            ClientBuilder::new().access_token(AccessToken::new(token, required(OPEN_ID)?))
        }
        None => {
            let mut credentials = Credentials::builder()
                .app_id(required(APP_ID)?)
                .secret_id(required(SECRET_ID)?)
                .secret_key(required(SECRET_KEY)?)
                .build();
            if let Some(sdk_id) = optional(SDK_ID)? {
                credentials = credentials.with_sdk_id(sdk_id);
            }
            ClientBuilder::new().credentials(credentials)
        }
    };
    if let Some(base_url) = optional(BASE_URL)? {
        builder = builder.base_url(base_url);
    }
    if let Some(allow) = optional(ALLOW_INSECURE_HTTP)? {
        builder = builder.allow_insecure_http(match allow.trim() {
            "1" | "true" => true,
            "0" | "false" => false,
            _ => {
                return Err(ConfigError::InvalidNetworkOption {
                    option: ALLOW_INSECURE_HTTP,
                    reason: format!("{allow:?} is neither 1 nor 0"),
                });
            }
        });
    }
    Ok(builder)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::{Config, Error, FromConfig};

    #[derive(Debug)]
    struct Built;
    impl FromConfig for Built {
        fn from_config(_: Config) -> Result<Self, Error> {
            Ok(Built)
        }
    }

    fn from(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        builder_from_env::<Built>(|name| vars.get(name).cloned())?.build_config()
    }

    const ALL: [(&str, &str); 3] = [(APP_ID, "corp"), (SECRET_ID, "sid"), (SECRET_KEY, "skey")];

    #[test]
    fn each_missing_variable_is_named() {
        for missing in [APP_ID, SECRET_ID, SECRET_KEY] {
            let vars: Vec<_> = ALL
                .into_iter()
                .filter(|(name, _)| *name != missing)
                .collect();
            assert_eq!(from(&vars).unwrap_err(), ConfigError::MissingEnv(missing));
            let message = from(&vars).unwrap_err().to_string();
            assert!(message.contains(missing), "{message}");
        }
    }

    #[test]
    fn an_empty_variable_counts_as_missing() {
        let error = from(&[(APP_ID, "corp"), (SECRET_ID, " "), (SECRET_KEY, "skey")]).unwrap_err();
        assert_eq!(error, ConfigError::MissingEnv(SECRET_ID));
    }

    #[test]
    fn sdk_id_and_base_url_are_optional() {
        let config = from(&ALL).unwrap();
        assert_eq!(config.auth().credentials().unwrap().sdk_id(), None);
        assert_eq!(config.base_url(), crate::DEFAULT_BASE_URL);

        let mut vars = ALL.to_vec();
        vars.extend([(SDK_ID, "sdk"), (BASE_URL, "http://127.0.0.1:9/")]);
        let config = from(&vars).unwrap();
        assert_eq!(config.auth().credentials().unwrap().sdk_id(), Some("sdk"));
        assert_eq!(config.auth().credentials().unwrap().app_id(), "corp");
        assert_eq!(config.base_url(), "http://127.0.0.1:9");
    }

    #[test]
    fn an_access_token_replaces_the_signing_credentials() {
        let config = from(&[(ACCESS_TOKEN, "tok"), (OPEN_ID, "oid")]).unwrap();
        assert_eq!(config.auth().access_token().unwrap().open_id(), "oid");
        assert!(config.auth().credentials().is_none());
        assert_eq!(
            from(&[(ACCESS_TOKEN, "tok")]).unwrap_err(),
            ConfigError::MissingEnv(OPEN_ID)
        );
        assert!(!format!("{config:?}").contains("tok\""));
    }

    #[test]
    fn plain_http_off_loopback_needs_the_opt_in_variable() {
        let mut vars = ALL.to_vec();
        vars.push((BASE_URL, "http://mock.internal:8080"));
        let error = from(&vars).unwrap_err();
        assert!(error.to_string().contains(ALLOW_INSECURE_HTTP), "{error}");
        for (value, allowed) in [("1", true), ("true", true), ("0", false), ("", false)] {
            let mut vars = vars.clone();
            vars.push((ALLOW_INSECURE_HTTP, value));
            assert_eq!(from(&vars).is_ok(), allowed, "{value:?}");
        }
        vars.push((ALLOW_INSECURE_HTTP, "yes please"));
        let error = from(&vars).unwrap_err();
        assert!(
            matches!(
                error,
                ConfigError::InvalidNetworkOption {
                    option: ALLOW_INSECURE_HTTP,
                    ..
                }
            ),
            "{error}"
        );
    }
}

//! `wemeet-mock`: serve the local Tencent Meeting API on a fixed address and print the credentials to use.
//!
//! ```text
//! cargo run -p wemeet-mock -- --listen 127.0.0.1:8080
//! ```

use std::fmt;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser};
use wemeet_mock::{MockServer, MockServerBuilder, Subscription, demo};
use wemeet_sign::Credentials;
use wemeet_webhook::Webhook;

/// The address the binary listens on unless told otherwise.
const DEFAULT_LISTEN: ([u8; 4], u16) = ([127, 0, 0, 1], 8080);

/// The environment variables the credentials flags fall back to: the names the clients read.
use wemeet_core::env::{
    APP_ID as APP_ID_VAR, BASE_URL as BASE_URL_VAR, SDK_ID as SDK_ID_VAR,
    SECRET_ID as SECRET_ID_VAR, SECRET_KEY as SECRET_KEY_VAR,
};

/// Serves the Tencent Meeting (WeMeet) REST API locally, for examples and tests.
#[derive(Parser)]
#[command(name = "wemeet-mock", version)]
struct Cli {
    /// Where to listen (off loopback, add --no-demo-credentials)
    #[arg(long, value_name = "ADDRESS", default_value_t = SocketAddr::from(DEFAULT_LISTEN))]
    listen: SocketAddr,

    /// Refuse the public demo credentials: accept only those given below
    #[arg(long)]
    no_demo_credentials: bool,

    #[command(flatten)]
    credentials: CredentialArgs,

    #[command(flatten)]
    webhook: WebhookArgs,

    #[command(flatten)]
    limits: LimitArgs,
}

/// The credentials to accept, each from its flag or else its variable. No `Debug`: the SecretKey may be real.
#[derive(Args)]
#[command(
    next_help_heading = "Credentials to accept, besides the demo ones (or instead, with --no-demo-credentials)"
)]
struct CredentialArgs {
    /// The AppId (corp id)
    #[arg(long, value_name = "ID", env = APP_ID_VAR, hide_env_values = true)]
    app_id: Option<String>,

    /// The SecretId
    #[arg(long, value_name = "ID", env = SECRET_ID_VAR, hide_env_values = true)]
    secret_id: Option<String>,

    /// The SecretKey (the variable keeps it out of process lists)
    #[arg(long, value_name = "KEY", env = SECRET_KEY_VAR, hide_env_values = true)]
    secret_key: Option<String>,

    /// The SdkId, if the app has one
    #[arg(long, value_name = "ID", env = SDK_ID_VAR, hide_env_values = true)]
    sdk_id: Option<String>,
}

/// The event subscription the callback flags describe.
#[derive(Args)]
#[command(next_help_heading = "Event callbacks")]
struct WebhookArgs {
    /// Deliver event callbacks to this http:// URL (verified at start)
    #[arg(long, value_name = "URL", requires = "webhook_token")]
    webhook_url: Option<String>,

    /// The subscription's Token, which signs the callbacks
    #[arg(long, value_name = "TOKEN", requires = "webhook_url")]
    webhook_token: Option<String>,

    /// The subscription's EncodingAESKey: callbacks are encrypted
    #[arg(long, value_name = "KEY", requires_all = ["webhook_url", "webhook_token"])]
    webhook_aes_key: Option<String>,
}

/// The limits that keep a mock left running from being held by stalled or numerous clients.
#[derive(Args)]
#[command(next_help_heading = "Limits")]
struct LimitArgs {
    /// Close a connection whose request head, once begun, takes longer
    #[arg(
        long,
        value_name = "SECONDS",
        allow_negative_numbers = true,
        default_value_t = Seconds(MockServerBuilder::DEFAULT_HEADER_TIMEOUT)
    )]
    header_timeout: Seconds,

    /// Close a connection that sends no request for this long
    #[arg(
        long,
        value_name = "SECONDS",
        allow_negative_numbers = true,
        default_value_t = Seconds(MockServerBuilder::DEFAULT_IDLE_TIMEOUT)
    )]
    idle_timeout: Seconds,

    /// Refuse a request whose body takes longer after its head
    #[arg(
        long,
        value_name = "SECONDS",
        allow_negative_numbers = true,
        default_value_t = Seconds(MockServerBuilder::DEFAULT_BODY_TIMEOUT)
    )]
    body_timeout: Seconds,

    /// Connections served at once (for more, the longest idle one closes)
    #[arg(
        long,
        value_name = "COUNT",
        allow_negative_numbers = true,
        default_value_t = MockServerBuilder::DEFAULT_MAX_CONNECTIONS
    )]
    max_connections: usize,
}

/// A duration given in seconds, such as `10` or `0.5`. Zero parses: the builder refuses it, naming the setting.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Seconds(Duration);

impl FromStr for Seconds {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        text.parse::<f64>()
            .map_err(|error| error.to_string())
            .and_then(|seconds| {
                Duration::try_from_secs_f64(seconds).map_err(|error| error.to_string())
            })
            .map(Self)
            .map_err(|error| format!("not a number of seconds: {error}"))
    }
}

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.as_secs_f64())
    }
}

/// What to serve: the command line, checked.
#[derive(Debug)]
struct Options {
    listen: SocketAddr,
    /// Whether the public demo credentials are accepted.
    demo_credentials: bool,
    /// Credentials given on the command line or in the environment.
    credentials: Option<Credentials>,
    /// The event subscription, if the callback flags were given.
    subscription: Option<Subscription>,
    header_timeout: Duration,
    idle_timeout: Duration,
    body_timeout: Duration,
    max_connections: usize,
}

impl Cli {
    /// Checks what clap cannot: the credentials are whole, some are accepted, the callback settings are valid.
    fn into_options(self) -> Result<Options, clap::Error> {
        let usage = |kind: ErrorKind, message: String| Self::command().error(kind, message);
        let credentials = self
            .credentials
            .resolve()
            .map_err(|message| usage(ErrorKind::MissingRequiredArgument, message))?;
        let demo_credentials = !self.no_demo_credentials;
        if !demo_credentials && credentials.is_none() {
            return Err(usage(
                ErrorKind::MissingRequiredArgument,
                format!(
                    "--no-demo-credentials leaves no credentials to accept: give --app-id, --secret-id and \
                     --secret-key (and --sdk-id if the app has one), or set {APP_ID_VAR}, {SECRET_ID_VAR}, \
                     {SECRET_KEY_VAR} (and {SDK_ID_VAR})"
                ),
            ));
        }
        let subscription = self
            .webhook
            .subscription()
            .map_err(|message| usage(ErrorKind::ValueValidation, message))?;
        Ok(Options {
            listen: self.listen,
            demo_credentials,
            credentials,
            subscription,
            header_timeout: self.limits.header_timeout.0,
            idle_timeout: self.limits.idle_timeout.0,
            body_timeout: self.limits.body_timeout.0,
            max_connections: self.limits.max_connections,
        })
    }
}

impl CredentialArgs {
    /// The credentials given, none when nothing is given (an empty value counts as none), an error naming what is
    /// missing when only some are.
    fn resolve(self) -> Result<Option<Credentials>, String> {
        let given = |value: Option<String>| value.filter(|value| !value.is_empty());
        let (app_id, secret_id, secret_key, sdk_id) = (
            given(self.app_id),
            given(self.secret_id),
            given(self.secret_key),
            given(self.sdk_id),
        );
        match (app_id, secret_id, secret_key) {
            (Some(app_id), Some(secret_id), Some(secret_key)) => {
                let credentials = Credentials::builder()
                    .app_id(app_id)
                    .secret_id(secret_id)
                    .secret_key(secret_key)
                    .build();
                Ok(Some(match sdk_id {
                    Some(sdk_id) => credentials.with_sdk_id(sdk_id),
                    None => credentials,
                }))
            }
            (None, None, None) if sdk_id.is_none() => Ok(None),
            (app_id, secret_id, secret_key) => {
                let missing: Vec<String> = [
                    (app_id.is_none(), "--app-id", APP_ID_VAR),
                    (secret_id.is_none(), "--secret-id", SECRET_ID_VAR),
                    (secret_key.is_none(), "--secret-key", SECRET_KEY_VAR),
                ]
                .into_iter()
                .filter(|(missing, ..)| *missing)
                .map(|(_, flag, variable)| format!("{flag} (or {variable})"))
                .collect();
                Err(format!(
                    "the credentials to accept are incomplete: {} missing",
                    missing.join(", ")
                ))
            }
        }
    }
}

impl WebhookArgs {
    /// The event subscription, if the callback flags were given (clap checked they come together).
    fn subscription(self) -> Result<Option<Subscription>, String> {
        let (Some(url), Some(token)) = (self.webhook_url, self.webhook_token) else {
            return Ok(None);
        };
        let webhook = Webhook::from_settings(&token, self.webhook_aes_key.as_deref())
            .map_err(|error| format!("the callback settings are refused: {error}"))?;
        Ok(Some(Subscription::new(url, webhook)))
    }
}

impl Options {
    /// The server these options describe.
    fn builder(&self) -> MockServerBuilder {
        let builder = MockServer::builder()
            .listen(self.listen)
            .demo_credentials(self.demo_credentials)
            .header_timeout(self.header_timeout)
            .idle_timeout(self.idle_timeout)
            .body_timeout(self.body_timeout)
            .max_connections(self.max_connections);
        match &self.credentials {
            Some(credentials) => builder.credentials(credentials.clone()),
            None => builder,
        }
    }
}

fn main() -> ExitCode {
    let options = match Cli::parse().into_options() {
        Ok(options) => options,
        Err(error) => error.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("wemeet-mock: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve(options))
}

async fn serve(options: Options) -> ExitCode {
    let address = options.listen;
    let server = match options.builder().start().await {
        Ok(server) => server,
        // A limit of zero, named by the builder: a usage error.
        Err(error) if error.kind() == std::io::ErrorKind::InvalidInput => {
            let error = Cli::command().error(ErrorKind::ValueValidation, error);
            // Printing to a closed stderr is no reason to fail differently.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
        Err(error) => {
            eprintln!("wemeet-mock: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("wemeet-mock listening on {}", server.base_url());
    if let Some(warning) = server.exposure_warning() {
        eprintln!("wemeet-mock: warning: {warning}");
    }
    if let Some(subscription) = options.subscription {
        let url = subscription.url().to_owned();
        let encrypted = subscription.webhook().is_encrypted();
        if let Err(error) = server.subscribe(subscription).await {
            eprintln!("wemeet-mock: cannot subscribe {url} to the events: {error}");
            server.shutdown().await;
            return ExitCode::FAILURE;
        }
        println!(
            "Event callbacks go to {url} ({}; URL verification passed)",
            if encrypted {
                "encrypted"
            } else {
                "not encrypted"
            }
        );
    }
    println!();
    if let Some(credentials) = &options.credentials {
        // The SecretId and SecretKey given may be real: they are not printed.
        println!(
            "Accepting the credentials given for AppId {}{}.",
            credentials.app_id(),
            credentials
                .sdk_id()
                .map(|sdk_id| format!(" (SdkId {sdk_id})"))
                .unwrap_or_default()
        );
        println!();
    }
    if options.demo_credentials {
        println!("Credentials (demo values, they only open this local mock):");
        println!("  AppId      {}", demo::APP_ID);
        println!("  SdkId      {}", demo::SDK_ID);
        println!("  SecretId   {}", demo::SECRET_ID);
        println!("  SecretKey  {}", demo::SECRET_KEY);
        println!();
        println!("Without an SdkId (send no SdkId header):");
        println!("  AppId      {}", demo::APP_ID);
        println!("  SecretId   {}", demo::SECRET_ID_WITHOUT_SDK_ID);
        println!("  SecretKey  {}", demo::SECRET_KEY_WITHOUT_SDK_ID);
        println!();
        println!("For Client::from_env() (wemeet, wemeet-blocking) to reach this mock:");
        println!("  export {BASE_URL_VAR}={}", server.base_url());
        println!("  export {APP_ID_VAR}={}", demo::APP_ID);
        println!("  export {SDK_ID_VAR}={}", demo::SDK_ID);
        println!("  export {SECRET_ID_VAR}={}", demo::SECRET_ID);
        println!("  export {SECRET_KEY_VAR}={}", demo::SECRET_KEY);
        println!();
    } else {
        println!("The demo credentials are off.");
        println!();
    }
    println!("Press Ctrl-C to stop.");
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("wemeet-mock: cannot wait for Ctrl-C ({error}); stopping");
    }
    server.shutdown().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use clap::FromArgMatches;

    use super::*;

    const TOKEN: &str = "bVPU6F8Htxl5XkAbp3jGV2xWp";
    const AES_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    /// The command without its environment fallbacks, so that the developer's own `WEMEET_*` variables do not
    /// leak in (the fallbacks are tested on the binary, in `tests/it/binary.rs`).
    fn command() -> clap::Command {
        Cli::command().mut_args(|arg| arg.env(None))
    }

    fn parse(list: &[&str]) -> Result<Options, clap::Error> {
        let matches = command()
            .try_get_matches_from(std::iter::once("wemeet-mock").chain(list.iter().copied()))?;
        Cli::from_arg_matches(&matches)?.into_options()
    }

    fn serve(list: &[&str]) -> Options {
        parse(list).unwrap_or_else(|error| panic!("{list:?}: {error}"))
    }

    /// The error of `list`, rendered as the binary prints it, with its kind.
    fn refused(list: &[&str]) -> (ErrorKind, String) {
        match parse(list) {
            Ok(options) => panic!("{list:?} was accepted: {options:?}"),
            Err(error) => (error.kind(), error.render().to_string()),
        }
    }

    #[test]
    fn listen_takes_an_address_in_either_form() {
        let expected: SocketAddr = "127.0.0.1:9000".parse().expect("address");
        assert_eq!(serve(&["--listen", "127.0.0.1:9000"]).listen, expected);
        assert_eq!(serve(&["--listen=127.0.0.1:9000"]).listen, expected);
        let defaults = serve(&[]);
        assert_eq!(
            defaults.listen,
            "127.0.0.1:8080".parse::<SocketAddr>().expect("address")
        );
        assert!(defaults.subscription.is_none());
        assert!(defaults.demo_credentials);
        assert!(defaults.credentials.is_none());
        assert_eq!(
            (
                defaults.header_timeout,
                defaults.idle_timeout,
                defaults.body_timeout,
                defaults.max_connections
            ),
            (
                MockServerBuilder::DEFAULT_HEADER_TIMEOUT,
                MockServerBuilder::DEFAULT_IDLE_TIMEOUT,
                MockServerBuilder::DEFAULT_BODY_TIMEOUT,
                MockServerBuilder::DEFAULT_MAX_CONNECTIONS
            )
        );
    }

    #[test]
    fn the_limits_take_seconds_and_a_count() {
        let options = serve(&[
            "--header-timeout",
            "0.25",
            "--idle-timeout=90",
            "--body-timeout",
            "5",
            "--max-connections",
            "8",
        ]);
        assert_eq!(options.header_timeout, Duration::from_millis(250));
        assert_eq!(options.idle_timeout, Duration::from_secs(90));
        assert_eq!(options.body_timeout, Duration::from_secs(5));
        assert_eq!(options.max_connections, 8);
        assert_eq!(
            serve(&["--idle-timeout", "0"]).idle_timeout,
            Duration::ZERO,
            "the builder refuses it"
        );
        for (list, expected) in [
            (
                ["--header-timeout", "soon"],
                "'soon' for '--header-timeout <SECONDS>': not a number of seconds",
            ),
            (
                ["--idle-timeout", "-1"],
                "'-1' for '--idle-timeout <SECONDS>': not a number of seconds",
            ),
            (
                ["--body-timeout", "1e300"],
                "'1e300' for '--body-timeout <SECONDS>': not a number of seconds",
            ),
            (
                ["--body-timeout", "NaN"],
                "'NaN' for '--body-timeout <SECONDS>': not a number of seconds",
            ),
            (
                ["--max-connections", "-3"],
                "'-3' for '--max-connections <COUNT>'",
            ),
        ] {
            let (kind, error) = refused(&list);
            assert_eq!(kind, ErrorKind::ValueValidation, "{error}");
            assert!(error.contains(expected), "{list:?}: {error}");
        }
    }

    #[test]
    fn credentials_come_from_the_flags() {
        let flags = serve(&[
            "--app-id",
            "corp-9",
            "--secret-id=id-9",
            "--secret-key",
            "key-9",
            "--sdk-id",
            "sdk-9",
        ])
        .credentials
        .expect("credentials");
        assert_eq!(
            (flags.app_id(), flags.secret_id(), flags.sdk_id()),
            ("corp-9", "id-9", Some("sdk-9"))
        );
        let without_sdk_id = serve(&[
            "--no-demo-credentials",
            "--app-id",
            "corp-9",
            "--secret-id",
            "id-9",
            "--secret-key",
            "key-9",
        ]);
        assert!(!without_sdk_id.demo_credentials);
        assert_eq!(
            without_sdk_id.credentials.expect("credentials").sdk_id(),
            None
        );
        // An empty value counts as none.
        assert!(serve(&["--app-id", ""]).credentials.is_none());
    }

    #[test]
    fn every_credential_flag_falls_back_to_the_clients_variable_with_its_value_hidden() {
        let command = Cli::command();
        for (flag, variable) in [
            ("app_id", APP_ID_VAR),
            ("secret_id", SECRET_ID_VAR),
            ("secret_key", SECRET_KEY_VAR),
            ("sdk_id", SDK_ID_VAR),
        ] {
            let arg = command
                .get_arguments()
                .find(|arg| arg.get_id() == flag)
                .unwrap_or_else(|| panic!("no {flag}"));
            assert_eq!(arg.get_env(), Some(std::ffi::OsStr::new(variable)));
            assert!(arg.is_hide_env_values_set(), "{flag}");
        }
    }

    #[test]
    fn without_demo_credentials_some_must_be_given_and_whole() {
        let (kind, none) = refused(&["--no-demo-credentials"]);
        assert_eq!(kind, ErrorKind::MissingRequiredArgument);
        for named in [
            "--no-demo-credentials leaves no credentials to accept",
            "--app-id",
            "--secret-id",
            "--secret-key",
            "WEMEET_SECRET_KEY",
            "Usage: wemeet-mock",
        ] {
            assert!(none.contains(named), "{named}: {none}");
        }
        let (_, partial) = refused(&["--app-id", "corp", "--secret-key", "SECRET-KEY-VALUE"]);
        assert!(
            partial.contains("--secret-id (or WEMEET_SECRET_ID) missing"),
            "{partial}"
        );
        assert!(!partial.contains("SECRET-KEY-VALUE"), "{partial}");
        let (_, sdk_only) = refused(&["--sdk-id", "1"]);
        assert!(
            sdk_only.contains("--app-id (or WEMEET_APP_ID)"),
            "{sdk_only}"
        );
        let (_, valued) = refused(&["--no-demo-credentials=yes"]);
        assert!(valued.contains("--no-demo-credentials"), "{valued}");
    }

    #[test]
    fn the_help_names_every_flag_the_variables_and_the_defaults() {
        let help = command().render_long_help().to_string();
        let with_env = Cli::command().render_long_help().to_string();
        for argument in Cli::command().get_arguments() {
            if let Some(long) = argument.get_long() {
                assert!(help.contains(&format!("--{long}")), "--{long}: {help}");
            }
        }
        for expected in [
            "[default: 127.0.0.1:8080]",
            "[default: 10]",
            "[default: 60]",
            "[default: 30]",
            "[default: 1024]",
        ] {
            assert!(help.contains(expected), "{expected}: {help}");
        }
        for variable in [APP_ID_VAR, SECRET_ID_VAR, SECRET_KEY_VAR, SDK_ID_VAR] {
            assert!(
                with_env.contains(&format!("[env: {variable}]")),
                "{variable}: {with_env}"
            );
        }
    }

    #[test]
    fn bad_arguments_are_explained() {
        let (kind, missing) = refused(&["--listen"]);
        assert_eq!(kind, ErrorKind::InvalidValue, "{missing}");
        assert!(missing.contains("--listen <ADDRESS>"), "{missing}");
        let (kind, bad) = refused(&["--listen", "localhost"]);
        assert_eq!(kind, ErrorKind::ValueValidation, "{bad}");
        assert!(bad.contains("'localhost'"), "{bad}");
        let (kind, unknown) = refused(&["--port", "1"]);
        assert_eq!(kind, ErrorKind::UnknownArgument, "{unknown}");
        assert!(unknown.contains("--port"), "{unknown}");
        assert_eq!(refused(&["-h"]).0, ErrorKind::DisplayHelp);
        assert_eq!(refused(&["--version"]).0, ErrorKind::DisplayVersion);
    }

    #[test]
    fn the_webhook_flags_make_a_subscription() {
        let url = "http://127.0.0.1:2306/callback";
        let plain = serve(&["--webhook-url", url, "--webhook-token", TOKEN])
            .subscription
            .expect("a subscription");
        assert_eq!(plain.url(), url);
        assert!(!plain.webhook().is_encrypted());
        let url_flag = format!("--webhook-url={url}");
        let flags: [&str; 5] = [
            &url_flag,
            "--webhook-token",
            TOKEN,
            "--webhook-aes-key",
            AES_KEY,
        ];
        let encrypted = serve(&flags).subscription.expect("a subscription");
        assert!(encrypted.webhook().is_encrypted());
        assert!(!format!("{encrypted:?}").contains(TOKEN));
    }

    #[test]
    fn webhook_flags_without_their_companions_or_with_bad_settings_are_explained() {
        let url = "http://127.0.0.1:2306/callback";
        for (list, expected) in [
            (vec!["--webhook-url", url], "--webhook-token <TOKEN>"),
            (vec!["--webhook-token", TOKEN], "--webhook-url <URL>"),
            (vec!["--webhook-aes-key", AES_KEY], "--webhook-url <URL>"),
            (
                vec!["--webhook-url", url, "--webhook-token"],
                "a value is required for '--webhook-token <TOKEN>'",
            ),
            (
                vec!["--webhook-url", url, "--webhook-token", "short"],
                "25 letters or digits",
            ),
            (
                vec![
                    "--webhook-url",
                    url,
                    "--webhook-token",
                    TOKEN,
                    "--webhook-aes-key",
                    "tooshort",
                ],
                "43 characters",
            ),
        ] {
            let (_, error) = refused(&list);
            assert!(error.contains(expected), "{list:?}: {error}");
            assert!(!error.contains(TOKEN), "{error}");
            assert!(!error.contains(AES_KEY), "{error}");
        }
    }
}

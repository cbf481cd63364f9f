//! `wemeet-mock`: serve the local Tencent Meeting API on a fixed address and print the credentials to use.
//!
//! ```text
//! cargo run -p wemeet-mock -- --listen 127.0.0.1:8080
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use wemeet_mock::{MockServer, MockServerBuilder, Subscription, demo};
use wemeet_sign::Credentials;
use wemeet_webhook::Webhook;

/// The address the binary listens on unless told otherwise.
const DEFAULT_LISTEN: ([u8; 4], u16) = ([127, 0, 0, 1], 8080);

/// The help text, with the defaults the builder and the parser use.
fn usage() -> String {
    let listen = SocketAddr::from(DEFAULT_LISTEN);
    let header = MockServerBuilder::DEFAULT_HEADER_TIMEOUT.as_secs_f64();
    let idle = MockServerBuilder::DEFAULT_IDLE_TIMEOUT.as_secs_f64();
    let body = MockServerBuilder::DEFAULT_BODY_TIMEOUT.as_secs_f64();
    let connections = MockServerBuilder::DEFAULT_MAX_CONNECTIONS;
    format!(
        "\
Usage: wemeet-mock [--listen ADDRESS] [--no-demo-credentials]
                   [--app-id ID --secret-id ID --secret-key KEY [--sdk-id ID]]
                   [--webhook-url URL --webhook-token TOKEN [--webhook-aes-key KEY]]
                   [--header-timeout SECONDS] [--idle-timeout SECONDS] [--body-timeout SECONDS]
                   [--max-connections COUNT]

Serves the Tencent Meeting (WeMeet) REST API locally, for examples and tests.

Options:
  --listen ADDRESS         the address to listen on [default: {listen}]; off loopback, turn the demo
                           credentials off (anyone who can reach the mock could use them)
  --no-demo-credentials    refuse the public demo credentials: accept only those given below
  --app-id ID              credentials to accept, besides the demo ones (or instead, with --no-demo-credentials);
  --secret-id ID             each falls back to the environment: {APP_ID_VAR}, {SECRET_ID_VAR},
  --secret-key KEY           {SECRET_KEY_VAR}, {SDK_ID_VAR} (the clients' names; the environment keeps the
  --sdk-id ID                key out of process lists)
  --webhook-url URL        deliver event callbacks to this http:// URL (verified when the mock starts)
  --webhook-token TOKEN    the subscription's Token, which signs the callbacks (with --webhook-url)
  --webhook-aes-key KEY    the subscription's EncodingAESKey: callbacks are encrypted (optional)
  --header-timeout SECONDS close a connection whose request head, once begun, takes longer [default: {header}]
  --idle-timeout SECONDS   close a connection that sends no request for this long [default: {idle}]
  --body-timeout SECONDS   refuse a request whose body takes longer after its head [default: {body}]
  --max-connections COUNT  serve at most this many connections at once; more wait [default: {connections}]
  -h, --help               print this help
  -V, --version            print the version"
    )
}

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Serve(Box<Options>),
    Help,
    Version,
}

/// What to serve.
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

/// The flags that take a value: the flag, what the value is, an example.
const VALUE_FLAGS: [(&str, &str, &str); 12] = [
    ("--listen", "an address", "--listen 127.0.0.1:8080"),
    (
        "--webhook-url",
        "a URL",
        "--webhook-url http://127.0.0.1:2306/callback",
    ),
    (
        "--webhook-token",
        "the subscription's Token",
        "--webhook-token <the 25 letters or digits of the Token>",
    ),
    (
        "--webhook-aes-key",
        "the subscription's EncodingAESKey",
        "--webhook-aes-key <the 43 characters of the key>",
    ),
    ("--app-id", "the AppId (corp id)", "--app-id 200000001"),
    ("--sdk-id", "the SdkId", "--sdk-id 18000000001"),
    ("--secret-id", "the SecretId", "--secret-id <your SecretId>"),
    (
        "--secret-key",
        "the SecretKey",
        "--secret-key <your SecretKey>",
    ),
    ("--header-timeout", "seconds", "--header-timeout 10"),
    ("--idle-timeout", "seconds", "--idle-timeout 60"),
    ("--body-timeout", "seconds", "--body-timeout 30"),
    ("--max-connections", "a count", "--max-connections 1024"),
];

/// The environment variables the credentials flags fall back to: the names the clients read.
const APP_ID_VAR: &str = "WEMEET_APP_ID";
const SECRET_ID_VAR: &str = "WEMEET_SECRET_ID";
const SECRET_KEY_VAR: &str = "WEMEET_SECRET_KEY";
const SDK_ID_VAR: &str = "WEMEET_SDK_ID";

/// The credentials flags given.
#[derive(Debug, Default)]
struct GivenCredentials {
    app_id: Option<String>,
    secret_id: Option<String>,
    secret_key: Option<String>,
    sdk_id: Option<String>,
}

/// Parses the command line; `env` reads an environment variable (the credentials fall back to it).
fn parse(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Command, String> {
    let mut listen = SocketAddr::from(DEFAULT_LISTEN);
    let mut demo_credentials = true;
    let (mut url, mut token, mut aes_key) = (None, None, None);
    let mut given = GivenCredentials::default();
    let mut header_timeout = MockServerBuilder::DEFAULT_HEADER_TIMEOUT;
    let mut idle_timeout = MockServerBuilder::DEFAULT_IDLE_TIMEOUT;
    let mut body_timeout = MockServerBuilder::DEFAULT_BODY_TIMEOUT;
    let mut max_connections = MockServerBuilder::DEFAULT_MAX_CONNECTIONS;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if arg == "-V" || arg == "--version" {
            return Ok(Command::Version);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        if flag == "--no-demo-credentials" {
            if inline.is_some() {
                return Err(format!("{flag} takes no value"));
            }
            demo_credentials = false;
            continue;
        }
        let Some((flag, what, example)) = VALUE_FLAGS.into_iter().find(|(name, ..)| *name == flag)
        else {
            return Err(format!("unknown argument {:?}", flag));
        };
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .ok_or_else(|| format!("{flag} needs {what}, e.g. {example}"))?,
        };
        match flag {
            "--listen" => {
                listen = value.parse().map_err(|error| {
                    format!("--listen {value:?} is not an IP address and port: {error}")
                })?;
            }
            "--webhook-url" => url = Some(value),
            "--webhook-token" => token = Some(value),
            "--webhook-aes-key" => aes_key = Some(value),
            "--header-timeout" => header_timeout = seconds(flag, &value)?,
            "--idle-timeout" => idle_timeout = seconds(flag, &value)?,
            "--body-timeout" => body_timeout = seconds(flag, &value)?,
            "--max-connections" => {
                max_connections = value.parse().map_err(|error| {
                    format!("--max-connections {value:?} is not a count: {error}")
                })?;
            }
            "--app-id" => given.app_id = Some(value),
            "--secret-id" => given.secret_id = Some(value),
            "--secret-key" => given.secret_key = Some(value),
            _ => given.sdk_id = Some(value),
        }
    }
    let credentials = credentials(given, &env)?;
    if !demo_credentials && credentials.is_none() {
        return Err(format!(
            "--no-demo-credentials leaves no credentials to accept: give --app-id, --secret-id and \
             --secret-key (and --sdk-id if the app has one), or set {APP_ID_VAR}, {SECRET_ID_VAR}, \
             {SECRET_KEY_VAR} (and {SDK_ID_VAR})"
        ));
    }
    let subscription = subscription(url, token, aes_key)?;
    Ok(Command::Serve(Box::new(Options {
        listen,
        demo_credentials,
        credentials,
        subscription,
        header_timeout,
        idle_timeout,
        body_timeout,
        max_connections,
    })))
}

/// A duration in seconds, such as `10` or `0.5`. Zero passes here: the builder refuses it, naming the setting.
fn seconds(flag: &str, value: &str) -> Result<Duration, String> {
    value
        .parse::<f64>()
        .map_err(|error| error.to_string())
        .and_then(|seconds| Duration::try_from_secs_f64(seconds).map_err(|error| error.to_string()))
        .map_err(|error| format!("{flag} {value:?} is not a number of seconds: {error}"))
}

/// The credentials given, each from its flag or else the environment; none when nothing is given, an error naming
/// what is missing when only some are.
fn credentials(
    given: GivenCredentials,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<Option<Credentials>, String> {
    let pick = |flag: Option<String>, variable: &str| {
        flag.or_else(|| env(variable))
            .filter(|value| !value.is_empty())
    };
    let app_id = pick(given.app_id, APP_ID_VAR);
    let secret_id = pick(given.secret_id, SECRET_ID_VAR);
    let secret_key = pick(given.secret_key, SECRET_KEY_VAR);
    let sdk_id = pick(given.sdk_id, SDK_ID_VAR);
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

/// The event subscription the callback flags describe, if any.
fn subscription(
    url: Option<String>,
    token: Option<String>,
    aes_key: Option<String>,
) -> Result<Option<Subscription>, String> {
    match (url, token) {
        (Some(url), Some(token)) => {
            let webhook = Webhook::from_settings(&token, aes_key.as_deref())
                .map_err(|error| format!("the callback settings are refused: {error}"))?;
            Ok(Some(Subscription::new(url, webhook)))
        }
        (None, None) if aes_key.is_none() => Ok(None),
        (None, None) => Err("--webhook-aes-key needs --webhook-url and --webhook-token".to_owned()),
        (Some(_), None) => {
            Err("--webhook-url needs --webhook-token (the subscription's Token)".to_owned())
        }
        (None, Some(_)) => {
            Err("--webhook-token needs --webhook-url (where to deliver the callbacks)".to_owned())
        }
    }
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1), |name| std::env::var(name).ok()) {
        Ok(Command::Serve(options)) => options,
        Ok(Command::Help) => {
            println!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("wemeet-mock {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("wemeet-mock: {message}\n\n{}", usage());
            return ExitCode::from(2);
        }
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

async fn serve(options: Box<Options>) -> ExitCode {
    let address = options.listen;
    let server = match options.builder().start().await {
        Ok(server) => server,
        // A limit of zero, named by the builder: a usage error.
        Err(error) if error.kind() == std::io::ErrorKind::InvalidInput => {
            eprintln!("wemeet-mock: {error}\n\n{}", usage());
            return ExitCode::from(2);
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
    use super::*;

    const TOKEN: &str = "bVPU6F8Htxl5XkAbp3jGV2xWp";
    const AES_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| (*arg).to_owned()).collect()
    }

    /// An empty environment.
    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn parse_args(list: &[&str]) -> Result<Command, String> {
        parse(args(list), no_env)
    }

    fn serve(list: &[&str]) -> Options {
        serve_with(list, no_env)
    }

    fn serve_with(list: &[&str], env: impl Fn(&str) -> Option<String>) -> Options {
        match parse(args(list), env) {
            Ok(Command::Serve(options)) => *options,
            other => panic!("{list:?}: {other:?}"),
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
        for (list, expected) in [
            (
                ["--header-timeout", "soon"],
                "--header-timeout \"soon\" is not a number of seconds",
            ),
            (
                ["--idle-timeout", "-1"],
                "--idle-timeout \"-1\" is not a number of seconds",
            ),
            (
                ["--body-timeout", "1e300"],
                "--body-timeout \"1e300\" is not a number of seconds",
            ),
            (
                ["--body-timeout", "NaN"],
                "--body-timeout \"NaN\" is not a number of seconds",
            ),
            (
                ["--max-connections", "-3"],
                "--max-connections \"-3\" is not a count",
            ),
        ] {
            let error = parse_args(&list).expect_err("refused");
            assert!(error.contains(expected), "{list:?}: {error}");
        }
    }

    #[test]
    fn credentials_come_from_the_flags_or_else_the_environment() {
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
        let env = |name: &str| match name {
            "WEMEET_APP_ID" => Some("corp-env".to_owned()),
            "WEMEET_SECRET_ID" => Some("id-env".to_owned()),
            "WEMEET_SECRET_KEY" => Some("key-env".to_owned()),
            _ => None,
        };
        let from_env = serve_with(&["--no-demo-credentials", "--app-id", "corp-flag"], env);
        assert!(!from_env.demo_credentials);
        let credentials = from_env.credentials.expect("credentials");
        assert_eq!(
            (
                credentials.app_id(),
                credentials.secret_id(),
                credentials.sdk_id()
            ),
            ("corp-flag", "id-env", None),
            "a flag wins over its variable"
        );
        // An empty variable counts as unset.
        let empty = |name: &str| (name == "WEMEET_APP_ID").then(String::new);
        assert!(serve_with(&[], empty).credentials.is_none());
    }

    #[test]
    fn without_demo_credentials_some_must_be_given_and_whole() {
        let none = parse_args(&["--no-demo-credentials"]).expect_err("nothing to accept");
        for named in [
            "--app-id",
            "--secret-id",
            "--secret-key",
            "WEMEET_SECRET_KEY",
        ] {
            assert!(none.contains(named), "{none}");
        }
        let partial = parse_args(&["--app-id", "corp", "--secret-key", "SECRET-KEY-VALUE"])
            .expect_err("incomplete");
        assert!(
            partial.contains("--secret-id (or WEMEET_SECRET_ID) missing"),
            "{partial}"
        );
        assert!(!partial.contains("SECRET-KEY-VALUE"), "{partial}");
        let sdk_only = parse_args(&["--sdk-id", "1"]).expect_err("incomplete");
        assert!(
            sdk_only.contains("--app-id (or WEMEET_APP_ID)"),
            "{sdk_only}"
        );
        let valued = parse_args(&["--no-demo-credentials=yes"]).expect_err("takes no value");
        assert!(valued.contains("takes no value"), "{valued}");
    }

    #[test]
    fn the_usage_names_every_flag_and_the_defaults() {
        let usage = usage();
        for (flag, ..) in VALUE_FLAGS {
            assert!(usage.contains(&format!("{flag} ")), "{flag}");
        }
        for expected in [
            "--no-demo-credentials",
            "[default: 127.0.0.1:8080]",
            "[default: 10]",
            "[default: 60]",
            "[default: 30]",
            "[default: 1024]",
            "WEMEET_SECRET_KEY",
        ] {
            assert!(usage.contains(expected), "{expected}: {usage}");
        }
    }

    #[test]
    fn bad_arguments_are_explained() {
        let missing = parse_args(&["--listen"]).expect_err("no value");
        assert!(missing.contains("needs an address"), "{missing}");
        let bad = parse_args(&["--listen", "localhost"]).expect_err("not an address");
        assert!(bad.contains("\"localhost\""), "{bad}");
        let unknown = parse_args(&["--port", "1"]).expect_err("unknown flag");
        assert!(unknown.contains("--port"), "{unknown}");
        assert!(matches!(parse_args(&["-h"]), Ok(Command::Help)));
        assert!(matches!(parse_args(&["--version"]), Ok(Command::Version)));
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
            (vec!["--webhook-url", url], "needs --webhook-token"),
            (vec!["--webhook-token", TOKEN], "needs --webhook-url"),
            (
                vec!["--webhook-aes-key", AES_KEY],
                "needs --webhook-url and --webhook-token",
            ),
            (
                vec!["--webhook-url", url, "--webhook-token"],
                "needs the subscription's Token",
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
            let error = parse_args(&list).expect_err("refused");
            assert!(error.contains(expected), "{list:?}: {error}");
            assert!(!error.contains(TOKEN), "{error}");
        }
    }
}

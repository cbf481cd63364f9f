//! `wemeet-mock`: serve the local Tencent Meeting API on a fixed address and print the credentials to use.
//!
//! ```text
//! cargo run -p wemeet-mock -- --listen 127.0.0.1:8080
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;

use wemeet_mock::{MockServer, Subscription, demo};
use wemeet_webhook::Webhook;

const USAGE: &str = "\
Usage: wemeet-mock [--listen ADDRESS] [--webhook-url URL --webhook-token TOKEN [--webhook-aes-key KEY]]

Serves the Tencent Meeting (WeMeet) REST API locally, for examples and tests.

Options:
  --listen ADDRESS         the address to listen on [default: 127.0.0.1:8080]
  --webhook-url URL        deliver event callbacks to this http:// URL (verified when the mock starts)
  --webhook-token TOKEN    the subscription's Token, which signs the callbacks (with --webhook-url)
  --webhook-aes-key KEY    the subscription's EncodingAESKey: callbacks are encrypted (optional)
  -h, --help               print this help
  -V, --version            print the version";

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Serve(Options),
    Help,
    Version,
}

/// What to serve.
#[derive(Debug)]
struct Options {
    listen: SocketAddr,
    /// The event subscription, if the callback flags were given.
    subscription: Option<Subscription>,
}

/// The flags that take a value: the flag, what the value is, an example.
const VALUE_FLAGS: [(&str, &str, &str); 4] = [
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
];

fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut listen = SocketAddr::from(([127, 0, 0, 1], 8080));
    let (mut url, mut token, mut aes_key) = (None, None, None);
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
            _ => aes_key = Some(value),
        }
    }
    let subscription = match (url, token) {
        (Some(url), Some(token)) => {
            let webhook = Webhook::from_settings(&token, aes_key.as_deref())
                .map_err(|error| format!("the callback settings are refused: {error}"))?;
            Some(Subscription::new(url, webhook))
        }
        (None, None) if aes_key.is_none() => None,
        (None, None) => {
            return Err("--webhook-aes-key needs --webhook-url and --webhook-token".to_owned());
        }
        (Some(_), None) => {
            return Err(
                "--webhook-url needs --webhook-token (the subscription's Token)".to_owned(),
            );
        }
        (None, Some(_)) => {
            return Err(
                "--webhook-token needs --webhook-url (where to deliver the callbacks)".to_owned(),
            );
        }
    };
    Ok(Command::Serve(Options {
        listen,
        subscription,
    }))
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Command::Serve(options)) => options,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("wemeet-mock {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("wemeet-mock: {message}\n\n{USAGE}");
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

async fn serve(options: Options) -> ExitCode {
    let address = options.listen;
    let server = match MockServer::builder().listen(address).start().await {
        Ok(server) => server,
        Err(error) => {
            eprintln!("wemeet-mock: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("wemeet-mock listening on {}", server.base_url());
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

    fn serve(list: &[&str]) -> Options {
        match parse(args(list)) {
            Ok(Command::Serve(options)) => options,
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
    }

    #[test]
    fn bad_arguments_are_explained() {
        let missing = parse(args(&["--listen"])).expect_err("no value");
        assert!(missing.contains("needs an address"), "{missing}");
        let bad = parse(args(&["--listen", "localhost"])).expect_err("not an address");
        assert!(bad.contains("\"localhost\""), "{bad}");
        let unknown = parse(args(&["--port", "1"])).expect_err("unknown flag");
        assert!(unknown.contains("--port"), "{unknown}");
        assert!(matches!(parse(args(&["-h"])), Ok(Command::Help)));
        assert!(matches!(parse(args(&["--version"])), Ok(Command::Version)));
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
            let error = parse(args(&list)).expect_err("refused");
            assert!(error.contains(expected), "{list:?}: {error}");
            assert!(!error.contains(TOKEN), "{error}");
        }
    }
}

//! `wemeet-mock`: serve the local Tencent Meeting API on a fixed address and print the credentials to use.
//!
//! ```text
//! cargo run -p wemeet-mock -- --listen 127.0.0.1:8080
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;

use wemeet_mock::{MockServer, demo};

const USAGE: &str = "\
Usage: wemeet-mock [--listen ADDRESS]

Serves the Tencent Meeting (WeMeet) REST API locally, for examples and tests.

Options:
  --listen ADDRESS   the address to listen on [default: 127.0.0.1:8080]
  -h, --help         print this help
  -V, --version      print the version";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Serve(SocketAddr),
    Help,
    Version,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut listen = SocketAddr::from(([127, 0, 0, 1], 8080));
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--listen" => args
                .next()
                .ok_or("--listen needs an address, e.g. --listen 127.0.0.1:8080")?,
            other => match other.strip_prefix("--listen=") {
                Some(value) => value.to_owned(),
                None => return Err(format!("unknown argument {other:?}")),
            },
        };
        listen = value.parse().map_err(|error| {
            format!("--listen {value:?} is not an IP address and port: {error}")
        })?;
    }
    Ok(Command::Serve(listen))
}

fn main() -> ExitCode {
    let address = match parse(std::env::args().skip(1)) {
        Ok(Command::Serve(address)) => address,
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
    runtime.block_on(serve(address))
}

async fn serve(address: SocketAddr) -> ExitCode {
    let server = match MockServer::builder().listen(address).start().await {
        Ok(server) => server,
        Err(error) => {
            eprintln!("wemeet-mock: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("wemeet-mock listening on {}", server.base_url());
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

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| (*arg).to_owned()).collect()
    }

    #[test]
    fn listen_takes_an_address_in_either_form() {
        let expected = Ok(Command::Serve("127.0.0.1:9000".parse().expect("address")));
        assert_eq!(parse(args(&["--listen", "127.0.0.1:9000"])), expected);
        assert_eq!(parse(args(&["--listen=127.0.0.1:9000"])), expected);
        assert_eq!(
            parse(args(&[])),
            Ok(Command::Serve("127.0.0.1:8080".parse().expect("address")))
        );
    }

    #[test]
    fn bad_arguments_are_explained() {
        let missing = parse(args(&["--listen"])).expect_err("no value");
        assert!(missing.contains("needs an address"), "{missing}");
        let bad = parse(args(&["--listen", "localhost"])).expect_err("not an address");
        assert!(bad.contains("\"localhost\""), "{bad}");
        let unknown = parse(args(&["--port", "1"])).expect_err("unknown flag");
        assert!(unknown.contains("--port"), "{unknown}");
        assert_eq!(parse(args(&["-h"])), Ok(Command::Help));
    }
}

//! The quickstarts' diagnostics: logs with `RUST_LOG`, and a failure printed with all its causes.

use std::error::Error;
use std::process::ExitCode;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// With `RUST_LOG` set (`trace`, or per target as `wemeet_core=debug,info`), logs what the SDK and its
/// dependencies do to stderr, `log` records included; without it the output is unchanged.
pub fn init_tracing() {
    let Ok(directives) = std::env::var("RUST_LOG") else {
        return;
    };
    let targets: Targets = match directives.parse() {
        Ok(targets) => targets,
        Err(error) => {
            eprintln!("RUST_LOG {directives:?} is not understood ({error}): not logging");
            return;
        }
    };
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(false),
        )
        .with(targets)
        .try_init();
}

/// Prints `error` on stderr, then each of its causes on a line of its own.
pub fn print_error(error: &dyn Error) {
    eprintln!("error: {error}");
    let mut cause = error.source();
    while let Some(current) = cause {
        eprintln!("  caused by: {current}");
        cause = current.source();
    }
}

/// How a quickstart's run ended, as its exit code: success, or failure after printing the error and its causes.
pub fn exit_code(outcome: Result<(), Box<dyn Error>>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            print_error(error.as_ref());
            ExitCode::FAILURE
        }
    }
}

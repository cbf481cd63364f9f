//! The process-wide capture of everything logged, for the tests that search all logs for secrets.

use std::sync::OnceLock;

use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::util::SubscriberInitExt;
use wemeet_testkit::CapturedLogs;

/// Installs, once per process, a global subscriber that keeps every event and span of every crate at TRACE, and
/// every record of the `log` crate too (through the `tracing-log` bridge, as an application that installs
/// tracing-subscriber with its default features gets); returns the buffer it writes to.
///
/// # Panics
/// If another global subscriber or logger was installed first.
pub fn capture_everything() -> CapturedLogs {
    static LOGS: OnceLock<CapturedLogs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = CapturedLogs::default();
        logs.subscriber(LevelFilter::TRACE).init();
        logs
    })
    .clone()
}

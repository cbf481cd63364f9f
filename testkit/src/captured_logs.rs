//! A `tracing` writer that keeps everything written to it, for tests that read what was logged.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::fmt::MakeWriter;

/// Everything a `tracing_subscriber::fmt` subscriber wrote; clones share the buffer.
#[derive(Debug, Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl CapturedLogs {
    /// The text written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }

    /// A `fmt` subscriber that writes every event and span up to `level` (a `tracing::Level`) here, without
    /// colours: install it for a thread (`tracing::subscriber::with_default`) or for the process
    /// (`SubscriberInitExt::init`, which also forwards `log` records where tracing-subscriber is built with
    /// `tracing-log`).
    pub fn subscriber(
        &self,
        level: impl Into<LevelFilter>,
    ) -> impl tracing::Subscriber + Send + Sync + 'static {
        tracing_subscriber::fmt()
            .with_max_level(level)
            .with_writer(self.clone())
            .with_ansi(false)
            .finish()
    }
}

/// Runs `work` with a subscriber of this thread keeping every event and span up to `level`; returns what `work`
/// returned and the text logged meanwhile.
pub fn logged_while<R>(level: impl Into<LevelFilter>, work: impl FnOnce() -> R) -> (R, String) {
    let logs = CapturedLogs::default();
    let returned = tracing::subscriber::with_default(logs.subscriber(level), work);
    (returned, logs.text())
}

impl Write for CapturedLogs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for CapturedLogs {
    type Writer = CapturedLogs;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_events_up_to_the_level_of_this_thread_only() {
        let (returned, logged) = logged_while(tracing::Level::DEBUG, || {
            tracing::debug!(answer = 42, "kept");
            tracing::trace!("above the level");
            std::thread::spawn(|| tracing::error!("another thread"))
                .join()
                .is_ok()
        });
        assert!(returned);
        assert!(
            logged.contains("DEBUG") && logged.contains("kept answer=42"),
            "{logged}"
        );
        assert!(!logged.contains("above the level"), "{logged}");
        assert!(!logged.contains("another thread"), "{logged}");
        assert!(!logged.contains('\u{1b}'), "no colours: {logged}");
    }
}

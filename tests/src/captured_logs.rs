//! A `tracing` writer that keeps everything written to it, for tests that read what was logged.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use tracing_subscriber::filter::LevelFilter;

use tracing_subscriber::fmt::MakeWriter;

/// Everything a `tracing_subscriber::fmt` subscriber wrote; clones share the buffer.
#[derive(Debug, Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl CapturedLogs {
    /// The text written so far.
    pub fn text(&self) -> String {
        let bytes = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl CapturedLogs {
    /// The bytes of every hex dump in the text, decoded and joined in order: ureq-proto logs wire data as rows of
    /// 16 bytes in hex (`4854 5450 2f31 ...`) followed by their printable characters, so a secret longer than a
    /// row never shows whole in the text, only in these bytes.
    pub fn hex_dumped_bytes(&self) -> Vec<u8> {
        let text = self.text();
        let mut bytes = Vec::new();
        for line in text.lines() {
            let words: Vec<&str> = line.split(' ').collect();
            let Some(start) = words
                .windows(HEX_DUMP_GROUPS)
                .position(|groups| groups.iter().all(|group| is_hex_group(group)))
            else {
                continue;
            };
            for group in &words[start..start + HEX_DUMP_GROUPS] {
                for pair in group.as_bytes().chunks(2) {
                    if let Ok(byte) = u8::from_str_radix(&String::from_utf8_lossy(pair), 16) {
                        bytes.push(byte);
                    }
                }
            }
        }
        bytes
    }
}

/// A hex-dump row has 16 bytes in groups of two.
const HEX_DUMP_GROUPS: usize = 8;

/// Four characters, each a lower-case hex digit or `-` (a missing byte in a short last row).
fn is_hex_group(word: &str) -> bool {
    word.len() == 4
        && word
            .bytes()
            .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte) || byte == b'-')
}

impl Write for CapturedLogs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
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
        tracing_subscriber::fmt()
            .with_max_level(LevelFilter::TRACE)
            .with_writer(logs.clone())
            .with_ansi(false)
            .init();
        logs
    })
    .clone()
}

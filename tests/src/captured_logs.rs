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
    /// The bytes of every hex dump in the text so far; see [`hex_dumped_bytes`].
    pub fn hex_dumped_bytes(&self) -> Vec<u8> {
        hex_dumped_bytes(&self.text())
    }
}

/// The bytes of every hex dump in `text`, decoded and joined in order: ureq-proto logs wire data as rows of 16
/// bytes in hex (`4854 5450 2f31 ...`) followed by their printable characters, so a secret longer than a row never
/// shows whole in the text, only in these bytes.
pub fn hex_dumped_bytes(text: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    for groups in text.lines().filter_map(hex_dump_row) {
        for group in groups {
            for pair in group.as_bytes().chunks(2) {
                if let Ok(byte) = u8::from_str_radix(&String::from_utf8_lossy(pair), 16) {
                    bytes.push(byte);
                }
            }
        }
    }
    bytes
}

/// `text` as a reader sees it: its lines other than hex-dump rows, then the dumped bytes decoded.
pub fn with_hex_dumps_decoded(text: &str) -> String {
    let mut readable: String = text
        .lines()
        .filter(|line| hex_dump_row(line).is_none())
        .flat_map(|line| [line, "\n"])
        .collect();
    readable.push_str(&String::from_utf8_lossy(&hex_dumped_bytes(text)));
    readable
}

/// The hex groups of a hex-dump row, or `None` for another line.
fn hex_dump_row(line: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = line.split(' ').collect();
    let start = words
        .windows(HEX_DUMP_GROUPS)
        .position(|groups| groups.iter().all(|group| is_hex_group(group)))?;
    words
        .get(start..start + HEX_DUMP_GROUPS)
        .map(<[&str]>::to_vec)
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

//! ureq-proto's hex dumps of wire data, decoded, so that a test can search what they show.

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

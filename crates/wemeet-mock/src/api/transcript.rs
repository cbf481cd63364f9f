//! The transcript of a recording file, made from what was said in it: paragraphs, sentences and words on a
//! timeline, which the transcript reads (details, paragraphs, search) and the smart minutes (chapters, topics,
//! speakers, summary) answer from.
//!
//! The mock's rules, so that a test can predict every answer: each spoken line is one paragraph of its speaker; a
//! sentence ends after a word ending in `.`, `!`, `?`, `。`, `！` or `？`; a word is a run of characters without
//! whitespace, except that each CJK (non-ASCII alphanumeric) character is a word of its own, with the
//! punctuation that follows it. Every word lasts [`WORD_MS`]; sentences are [`SENTENCE_GAP_MS`] apart and
//! paragraphs [`PARAGRAPH_GAP_MS`]; the first word starts at [`PARAGRAPH_GAP_MS`]. Paragraph, sentence and word
//! IDs count from `"0"` across the whole transcript, as the docs' examples number them.

/// How long each word lasts, in milliseconds.
pub(crate) const WORD_MS: u64 = 400;
/// The silence between two sentences of a paragraph, in milliseconds.
pub(crate) const SENTENCE_GAP_MS: u64 = 200;
/// The silence before each paragraph, in milliseconds.
pub(crate) const PARAGRAPH_GAP_MS: u64 = 1_000;

/// One thing said in a recording: who said it (their `userid` and the name shown) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SpokenLine {
    pub(crate) userid: String,
    pub(crate) username: String,
    pub(crate) text: String,
}

/// A transcript: its paragraphs in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Transcript {
    paragraphs: Vec<Paragraph>,
}

/// A paragraph: one speaker's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub(crate) pid: u64,
    pub(crate) userid: String,
    pub(crate) username: String,
    pub(crate) start_ms: u64,
    pub(crate) end_ms: u64,
    pub(crate) sentences: Vec<Sentence>,
}

/// A sentence of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) sid: u64,
    pub(crate) start_ms: u64,
    pub(crate) end_ms: u64,
    pub(crate) words: Vec<Word>,
}

/// A word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) wid: u64,
    pub(crate) start_ms: u64,
    pub(crate) end_ms: u64,
    pub(crate) text: String,
}

/// Where a searched text was found: its paragraph and sentence, the word it starts in (counted from 0 within the
/// sentence) and that word's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) pid: u64,
    pub(crate) sid: u64,
    pub(crate) word_offset: u64,
    pub(crate) start_ms: u64,
}

/// What one speaker said in all: their sentences' spans, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SpeakerTime {
    pub(crate) userid: String,
    pub(crate) username: String,
    /// `(sid, start_ms, end_ms)` of each of their sentences.
    pub(crate) sentences: Vec<(u64, u64, u64)>,
}

impl SpeakerTime {
    /// How long they spoke, in milliseconds.
    pub(crate) fn total_ms(&self) -> u64 {
        self.sentences
            .iter()
            .map(|(_, start, end)| end - start)
            .sum()
    }
}

impl Transcript {
    /// The transcript of `lines`, laid out on the timeline by the module's rules; lines with no word are left out.
    pub(crate) fn new(lines: &[SpokenLine]) -> Self {
        let mut clock = 0;
        let (mut pid, mut sid, mut wid) = (0, 0, 0);
        let mut paragraphs = Vec::new();
        for line in lines {
            let words = split_words(&line.text);
            if words.is_empty() {
                continue;
            }
            clock += PARAGRAPH_GAP_MS;
            let start_ms = clock;
            let mut sentences = Vec::new();
            for sentence in split_sentences(words) {
                if !sentences.is_empty() {
                    clock += SENTENCE_GAP_MS;
                }
                let sentence_start = clock;
                let words = sentence
                    .into_iter()
                    .map(|text| {
                        let word = Word {
                            wid,
                            start_ms: clock,
                            end_ms: clock + WORD_MS,
                            text,
                        };
                        wid += 1;
                        clock += WORD_MS;
                        word
                    })
                    .collect();
                sentences.push(Sentence {
                    sid,
                    start_ms: sentence_start,
                    end_ms: clock,
                    words,
                });
                sid += 1;
            }
            paragraphs.push(Paragraph {
                pid,
                userid: line.userid.clone(),
                username: line.username.clone(),
                start_ms,
                end_ms: clock,
                sentences,
            });
            pid += 1;
        }
        Transcript { paragraphs }
    }

    /// The paragraphs, in order.
    pub(crate) fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// When the last word ends, in milliseconds from the start of the recording (0 for no words).
    pub(crate) fn end_ms(&self) -> u64 {
        self.paragraphs
            .last()
            .map_or(0, |paragraph| paragraph.end_ms)
    }

    /// Every place `text` occurs in a sentence (ASCII letters compared without case; words of a sentence joined
    /// by a space between two ASCII words, by nothing otherwise), in order; nothing for an empty `text`.
    pub(crate) fn search(&self, text: &str) -> Vec<Hit> {
        let needle = text.to_ascii_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for paragraph in &self.paragraphs {
            for sentence in &paragraph.sentences {
                let (joined, starts) = join_words(&sentence.words);
                let haystack = joined.to_ascii_lowercase();
                for (at, _) in haystack.match_indices(&needle) {
                    let index = starts.iter().rposition(|start| *start <= at).unwrap_or(0);
                    let start_ms = sentence.words.get(index).map_or(0, |word| word.start_ms);
                    hits.push(Hit {
                        pid: paragraph.pid,
                        sid: sentence.sid,
                        word_offset: index as u64,
                        start_ms,
                    });
                }
            }
        }
        hits
    }

    /// Each speaker with what they said, in the order they first spoke.
    pub(crate) fn speakers(&self) -> Vec<SpeakerTime> {
        let mut speakers: Vec<SpeakerTime> = Vec::new();
        for paragraph in &self.paragraphs {
            let spans = paragraph
                .sentences
                .iter()
                .map(|sentence| (sentence.sid, sentence.start_ms, sentence.end_ms));
            match speakers
                .iter_mut()
                .find(|speaker| speaker.userid == paragraph.userid)
            {
                Some(speaker) => speaker.sentences.extend(spans),
                None => speakers.push(SpeakerTime {
                    userid: paragraph.userid.clone(),
                    username: paragraph.username.clone(),
                    sentences: spans.collect(),
                }),
            }
        }
        speakers
    }
}

impl Paragraph {
    /// The paragraph's text.
    #[cfg(test)]
    fn text(&self) -> String {
        let words: Vec<Word> = self
            .sentences
            .iter()
            .flat_map(|sentence| sentence.words.iter().cloned())
            .collect();
        join_words(&words).0
    }

    /// The text of its first sentence.
    pub(crate) fn first_sentence(&self) -> String {
        self.sentences
            .first()
            .map(|sentence| join_words(&sentence.words).0)
            .unwrap_or_default()
    }
}

/// The words of `text` (see the module's rules).
fn split_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else if !c.is_ascii() && c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
            words.push(std::mem::take(&mut current));
        } else if !c.is_ascii() && current.is_empty() && !words.is_empty() {
            // Punctuation after a CJK character belongs to it.
            if let Some(last) = words.last_mut() {
                last.push(c);
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `words` cut into sentences after each word that ends one.
fn split_sentences(words: Vec<String>) -> Vec<Vec<String>> {
    let mut sentences = vec![Vec::new()];
    for word in words {
        let ends = word.ends_with(['.', '!', '?', '。', '！', '？']);
        if let Some(sentence) = sentences.last_mut() {
            sentence.push(word);
        }
        if ends {
            sentences.push(Vec::new());
        }
    }
    sentences.retain(|sentence| !sentence.is_empty());
    sentences
}

/// `words` as text (a space between two ASCII words, nothing otherwise), with the byte where each word starts.
fn join_words(words: &[Word]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        let after_ascii = index > 0 && text.chars().last().is_some_and(|c| c.is_ascii());
        if after_ascii && word.text.chars().next().is_some_and(|c| c.is_ascii()) {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(&word.text);
    }
    (text, starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(userid: &str, text: &str) -> SpokenLine {
        SpokenLine {
            userid: userid.to_owned(),
            username: format!("{userid} name"),
            text: text.to_owned(),
        }
    }

    #[test]
    fn lines_become_paragraphs_of_sentences_and_words_on_a_predictable_timeline() {
        let transcript = Transcript::new(&[
            line("alice", "Hello everyone. Shall we start?"),
            line("bob", "   "),
            line("bob", "大家好。开始"),
        ]);
        let paragraphs = transcript.paragraphs();
        assert_eq!(paragraphs.len(), 2, "a line without words is left out");
        let alice = &paragraphs[0];
        assert_eq!((alice.pid, alice.start_ms), (0, PARAGRAPH_GAP_MS));
        assert_eq!(alice.sentences.len(), 2);
        assert_eq!(alice.sentences[1].sid, 1);
        assert_eq!(
            alice.sentences[1].start_ms,
            PARAGRAPH_GAP_MS + 2 * WORD_MS + SENTENCE_GAP_MS
        );
        assert_eq!(alice.text(), "Hello everyone. Shall we start?");
        assert_eq!(alice.first_sentence(), "Hello everyone.");
        let bob = &paragraphs[1];
        let words: Vec<&str> = bob
            .sentences
            .iter()
            .flat_map(|sentence| sentence.words.iter().map(|word| word.text.as_str()))
            .collect();
        assert_eq!(words, ["大", "家", "好。", "开", "始"]);
        assert_eq!(bob.sentences.len(), 2);
        assert_eq!(
            bob.sentences[0].words[0].wid, 5,
            "word IDs count across the transcript"
        );
        assert_eq!(bob.start_ms, alice.end_ms + PARAGRAPH_GAP_MS);
        assert_eq!(transcript.end_ms(), bob.end_ms);
        assert_eq!(bob.text(), "大家好。开始");
    }

    #[test]
    fn a_search_finds_each_occurrence_with_its_word_and_time() {
        let transcript = Transcript::new(&[
            line("alice", "The budget. Budget review"),
            line("bob", "预算很好"),
        ]);
        let hits = transcript.search("BUDGET");
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].pid, hits[0].sid, hits[0].word_offset), (0, 0, 1));
        assert_eq!((hits[1].sid, hits[1].word_offset), (1, 0));
        assert_eq!(
            hits[1].start_ms,
            transcript.paragraphs()[0].sentences[1].start_ms
        );
        let chinese = transcript.search("很好");
        assert_eq!((chinese[0].pid, chinese[0].word_offset), (1, 2));
        assert!(transcript.search("missing").is_empty());
        assert!(transcript.search("").is_empty());
    }

    #[test]
    fn speakers_are_listed_in_the_order_they_first_spoke_with_all_they_said() {
        let transcript = Transcript::new(&[
            line("alice", "One. Two."),
            line("bob", "Three."),
            line("alice", "Four."),
        ]);
        let speakers = transcript.speakers();
        assert_eq!(speakers.len(), 2);
        assert_eq!(speakers[0].userid, "alice");
        assert_eq!(speakers[0].sentences.len(), 3);
        assert_eq!(speakers[0].total_ms(), 3 * WORD_MS);
        assert_eq!(
            speakers[1].sentences,
            [(2, speakers[1].sentences[0].1, speakers[1].sentences[0].2)]
        );
    }
}

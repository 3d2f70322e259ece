//! Safe access to the words of one document.
//!
//! Entities come from another stage and could, through a bug there, point past the
//! end of a sentence or at offsets that are not char boundaries; every lookup here
//! returns an empty word or `None` instead of panicking.

use crate::tokenize::{Sentence, Span};
use std::ops::Range;

/// A document's text and sentences, as the resolver sees them.
#[derive(Clone, Copy)]
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, sentences: &'a [Sentence]) -> Self {
        Doc { text, sentences }
    }

    /// Number of words in sentence `s` (0 for a sentence that does not exist).
    pub fn len(&self, s: usize) -> usize {
        self.sentences.get(s).map_or(0, |x| x.words.len())
    }

    /// Span of word `w` of sentence `s`.
    pub fn word_span(&self, s: usize, w: usize) -> Option<Span> {
        self.sentences.get(s)?.words.get(w).copied()
    }

    /// Text of word `w` of sentence `s`, "" when out of range.
    pub fn word(&self, s: usize, w: usize) -> &'a str {
        self.word_span(s, w).map_or("", |sp| self.slice(sp))
    }

    /// Text of `span`, "" when it is not a valid range of char boundaries.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Span from the first to the last word of `words` in sentence `s`.
    pub fn words_span(&self, s: usize, words: &Range<usize>) -> Option<Span> {
        if words.start >= words.end {
            return None;
        }
        let first = self.word_span(s, words.start)?;
        let last = self.word_span(s, words.end - 1)?;
        (first.start <= last.end).then(|| Span::new(first.start, last.end))
    }
}

/// A word made only of punctuation or symbols ("(", ",", "—", "\"").
pub(crate) fn is_punct(word: &str) -> bool {
    !word.chars().any(char::is_alphanumeric)
}

/// A possessive clitic split off by the tokenizer ("'s", "’s", or a bare apostrophe).
pub(crate) fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

/// Bytes of a possessive ending still attached to `word` ("Nazarbayev's" → 2),
/// for the rare words the tokenizer leaves whole. 0 when there is none.
pub(crate) fn attached_possessive_len(word: &str) -> usize {
    attached_len(word, &["'s", "’s", "'S", "’S"])
}

/// Bytes of what follows a name in one hyphenated word and is no part of it: a
/// possessive, or a participle of holding ("a Houthi-held port", "the Hizbollah-run
/// station": the NER's span is "Houthi-held", the actor Houthi, as `[grammar] holding`
/// makes "a port held by X" X's). Not "-led" or "-occupied": the demonym table reads
/// "Saudi-led" as the country acting and keeps "Israeli-occupied" a place's descriptor.
pub(crate) fn attached_suffix_len(word: &str) -> usize {
    const HELD: [&str; 4] = ["-held", "-controlled", "-run", "-dominated"];
    match attached_possessive_len(word) {
        0 => attached_len(word, &HELD),
        n => n,
    }
}

fn attached_len(word: &str, suffixes: &[&str]) -> usize {
    suffixes
        .iter()
        .find(|s| word.strip_suffix(*s).is_some_and(|stem| stem.chars().any(char::is_alphabetic)))
        .map_or(0, |s| s.len())
}

/// First letter is upper case ("Kazakh", "KAZAKH"; not "kazakh", not "1990s").
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// `s` with every run of whitespace (line breaks in wrapped text) made one space.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

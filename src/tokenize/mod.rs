//! Stage 2: sentences, words and subwords, all with offsets into the original text.
//!
//! Offsets are byte offsets into the document's text (always on `char` boundaries);
//! the export stage converts them to character offsets for users.

mod abbreviations;
mod sentences;
mod shape;
mod subword;
mod words;

pub use sentences::split_sentences;
pub use shape::{word_shape, Shape, NUM_SHAPES};
pub use subword::{SubwordTokenizer, Window, WordPieces};
pub use words::split_words;

use serde::Serialize;

/// A half-open byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One sentence: its span and its words (CoNLL-style tokens) in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub words: Vec<Span>,
}

/// Splits a document into sentences and words.
pub fn analyze(text: &str) -> Vec<Sentence> {
    split_sentences(text)
        .into_iter()
        .map(|span| Sentence { span, words: split_words(text, span) })
        .filter(|s| !s.words.is_empty())
        .collect()
}

/// Byte offset → character offset for one text, in O(log n) per query.
pub struct CharIndex<'a> {
    /// Byte offset of every 64th character.
    marks: Vec<usize>,
    bytes: &'a [u8],
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let marks = text.char_indices().step_by(64).map(|(b, _)| b).collect();
        CharIndex { marks, bytes: text.as_bytes() }
    }

    /// Character offset of byte offset `byte` (a char boundary, or the text's end).
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let k = self.marks.partition_point(|&m| m <= byte).saturating_sub(1);
        let from = self.marks.get(k).copied().unwrap_or(0);
        // Count the characters between the mark and `byte`: every byte that is not a continuation byte.
        k * 64 + self.bytes[from..byte].iter().filter(|&&b| (b as i8) >= -0x40).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_counting() {
        let text = "Ça va — “Atambayev’s” 東京 ok".repeat(20);
        let idx = CharIndex::new(&text);
        for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(idx.at(b), text[..b].chars().count());
        }
    }
}

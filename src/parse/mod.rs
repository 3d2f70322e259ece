//! Stage 3b: syntax for every word (Universal POS tag, lemma, head and UD relation),
//! read by heads on the same encoder as the NER stage, so one forward pass per window
//! serves both (see `scripts/train_joint.py`).
//!
//! The model reads a document in windows; each word's vector comes from the window where
//! it sits furthest from an edge (as its NER label does), and arcs are scored over the
//! whole sentence, so a sentence cut by a window boundary still gets one tree.

mod heads;
mod lemma;
mod load;
mod tags;
mod tree;

pub use heads::{flatten_relations, Dense, FeatureLayout, ParseHeads};
pub use lemma::{regular_bases, BadScript, EditScript, LemmaTable};
pub use load::{load_heads, ParseSettings};
pub use tags::{DepRel, Subtype, UdRel, UnknownTag, Upos};
pub use tree::{is_tree, Trees};

/// Where a word attaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Head {
    /// The word is the sentence's root.
    Root,
    /// Index of the head word within the sentence.
    Word(usize),
}

/// One word's syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordSyntax {
    pub upos: Upos,
    pub lemma: String,
    pub head: Head,
    pub rel: DepRel,
}

/// A sentence's words' syntax, in word order; always one tree with one root.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SentenceSyntax {
    pub words: Vec<WordSyntax>,
}

impl SentenceSyntax {
    /// The root word's index.
    pub fn root(&self) -> Option<usize> {
        self.words.iter().position(|w| w.head == Head::Root)
    }

    /// Indices of the words that depend on `head`, in order.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().filter(move |(_, w)| w.head == Head::Word(head)).map(|(i, _)| i)
    }

    /// The head of word `i`, or `None` at the root.
    pub fn head_of(&self, i: usize) -> Option<usize> {
        match self.words[i].head {
            Head::Root => None,
            Head::Word(h) => Some(h),
        }
    }
}

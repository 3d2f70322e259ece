//! A mention before it has an actor: the words of one name or demonym in a sentence,
//! with the folded forms names are compared by. A leaf of `resolve`: the finders
//! (`mentions`, `acronyms`, `demonyms`, `pronouns`) make candidates, `cluster` groups them.

use super::text::{attached_suffix_len, collapse_whitespace, Doc};
use super::MentionSource;
use crate::fold::{fold, person_name_tokens};
use crate::ner::EntityType;
use crate::tokenize::Span;
use std::ops::Range;

/// A mention before it has an actor.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub sentence: usize,
    pub words: Range<usize>,
    pub span: Span,
    pub kind: EntityType,
    pub score: f32,
    pub source: MentionSource,
    /// The country a demonym stands for; `None` for named mentions.
    pub country: Option<String>,
    /// Found by the NER; mentions found by rules here lose overlaps to these.
    pub from_ner: bool,
    /// Surface text, whitespace runs collapsed (line breaks in wrapped names).
    pub text: String,
    /// The words, punctuation-only ones left out, and their folded forms
    /// (parallel vectors; `tokens` is what names are compared by).
    pub word_texts: Vec<String>,
    pub tokens: Vec<String>,
    /// A person's one-word title right before the name, folded ("pope" in "Pope John
    /// Paul"), so that the title alone ("to visit Pope") can stand for them.
    pub title_before: Option<String>,
}

impl Candidate {
    /// A candidate over `words` of sentence `s`; `None` if the words do not exist
    /// or contain no letter or digit.
    pub fn new(
        doc: &Doc,
        s: usize,
        words: Range<usize>,
        kind: EntityType,
        score: f32,
        source: MentionSource,
        from_ner: bool,
    ) -> Option<Candidate> {
        let mut span = doc.words_span(s, &words)?;
        // A possessive the tokenizer left glued to the last word, or a holder's
        // participle ("Houthi-held"), is not part of the name; the word range cannot
        // shrink, the byte span can.
        let possessive = attached_suffix_len(doc.word(s, words.end - 1));
        span.end -= possessive;
        let mut word_texts = Vec::new();
        let mut tokens = Vec::new();
        for w in words.clone() {
            let mut word = doc.word(s, w);
            if w + 1 == words.end {
                word = word.get(..word.len() - possessive).unwrap_or(word);
            }
            let folded = if kind == EntityType::Per { person_name_tokens(word) } else { vec![fold(word)] };
            for token in folded.into_iter().filter(|t| !t.is_empty()) {
                word_texts.push(word.to_string());
                tokens.push(token);
            }
        }
        if tokens.is_empty() {
            return None;
        }
        Some(Candidate {
            sentence: s,
            words,
            span,
            kind,
            score,
            source,
            country: None,
            from_ner,
            text: collapse_whitespace(doc.slice(span)),
            word_texts,
            tokens,
            title_before: None,
        })
    }

    /// A demonym mention standing for `country` (an actor of kind LOC).
    pub fn demonym(
        doc: &Doc,
        s: usize,
        words: Range<usize>,
        country: &str,
        score: f32,
        from_ner: bool,
    ) -> Option<Candidate> {
        let mut c = Candidate::new(doc, s, words, EntityType::Loc, score, MentionSource::Demonym, from_ner)?;
        c.country = Some(country.to_string());
        Some(c)
    }

    /// Folded words joined by spaces: names with equal keys are the same name.
    pub fn key(&self) -> String {
        self.tokens.join(" ")
    }

    /// A named mention (from an entity), as opposed to a demonym.
    pub fn is_named(&self) -> bool {
        self.country.is_none()
    }
}

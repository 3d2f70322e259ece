//! One sentence as a sequence of items: plain words, and mentions collapsed into
//! single actor slots. All argument finding works on these items, so a five-word
//! organisation name is one step, exactly like a pronoun.

use super::rules::{normalize, Lexicon, RuleSet};
use crate::resolve::{MentionSource, ResolvedDoc};
use crate::tokenize::{Sentence, Span};

/// What an item is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ItemKind {
    /// A word outside every mention, normalised (lower case, straight apostrophes).
    Word(String),
    /// A mention: index into `ResolvedDoc::mentions`.
    Mention(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub kind: ItemKind,
    /// Byte span in the document.
    pub span: Span,
    /// Whether the item starts with an upper-case letter (names, titles, sentence starts).
    pub capitalized: bool,
    /// For a mention, its words normalised (domain blockers look inside names: "Fed Cup").
    pub inner: Vec<String>,
}

/// A sentence prepared for matching.
pub(crate) struct SentView<'a> {
    pub index: usize,
    pub items: Vec<Item>,
    pub doc: &'a ResolvedDoc,
    pub lex: &'a Lexicon,
    /// Items where a verbal trigger matched ("accused"); such words end noun phrases.
    verb_trigger: Vec<bool>,
}

impl<'a> SentView<'a> {
    /// Builds the view of sentence `index`. Mentions with word ranges outside the
    /// sentence, empty ones, and ones overlapping an earlier mention are ignored
    /// rather than trusted: the resolver is a separate stage and may be imperfect.
    pub fn new(
        text: &str,
        sentence: &Sentence,
        index: usize,
        doc: &'a ResolvedDoc,
        rules: &'a RuleSet,
    ) -> SentView<'a> {
        let lex = &rules.lexicon;
        let n = sentence.words.len();
        let mut slot: Vec<Option<usize>> = vec![None; n];
        // Mentions are sorted by position, so this sentence's are one contiguous run:
        // find it by binary search instead of scanning the whole document per sentence.
        let lo = doc.mentions.partition_point(|m| m.sentence < index);
        let hi = lo + doc.mentions[lo..].partition_point(|m| m.sentence <= index);
        for (mi, m) in doc.mentions.iter().enumerate().take(hi).skip(lo) {
            if m.sentence != index || m.words.start >= m.words.end || m.words.end > n || m.actor >= doc.actors.len() {
                continue;
            }
            if slot[m.words.clone()].iter().any(Option::is_some) {
                continue;
            }
            for s in &mut slot[m.words.clone()] {
                *s = Some(mi);
            }
        }
        let mut items = Vec::with_capacity(n);
        let mut w = 0;
        while w < n {
            match slot[w] {
                Some(mi) => {
                    let range = doc.mentions[mi].words.clone();
                    let span = Span::new(sentence.words[range.start].start, sentence.words[range.end - 1].end);
                    let inner = sentence.words[range.clone()]
                        .iter()
                        .map(|s| normalize(text.get(s.start..s.end).unwrap_or("")))
                        .collect();
                    items.push(Item { kind: ItemKind::Mention(mi), span, capitalized: true, inner });
                    w = range.end;
                }
                None => {
                    let span = sentence.words[w];
                    let raw = text.get(span.start..span.end).unwrap_or("");
                    let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
                    items.push(Item { kind: ItemKind::Word(normalize(raw)), span, capitalized, inner: Vec::new() });
                    w += 1;
                }
            }
        }
        let verb_trigger = vec![false; items.len()];
        SentView { index, items, doc, lex, verb_trigger }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The normalised word at item `i`, or `None` for a mention or out of range.
    pub fn word(&self, i: usize) -> Option<&str> {
        match self.items.get(i).map(|it| &it.kind) {
            Some(ItemKind::Word(w)) => Some(w.as_str()),
            _ => None,
        }
    }

    /// The mention index at item `i`, if it is a mention.
    pub fn mention(&self, i: usize) -> Option<usize> {
        match self.items.get(i).map(|it| &it.kind) {
            Some(ItemKind::Mention(m)) => Some(*m),
            _ => None,
        }
    }

    pub fn is_mention(&self, i: usize) -> bool {
        self.mention(i).is_some()
    }

    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    pub fn is_demonym(&self, i: usize) -> bool {
        self.mention(i).is_some_and(|m| self.doc.mentions[m].source == MentionSource::Demonym)
    }

    pub fn is_pronoun(&self, i: usize) -> bool {
        self.mention(i).is_some_and(|m| self.doc.mentions[m].source == MentionSource::Pronoun)
    }

    /// Entity kind of the actor mentioned at item `i`.
    pub fn kind(&self, i: usize) -> Option<crate::ner::EntityType> {
        self.mention(i).map(|m| self.doc.actors[self.doc.mentions[m].actor].kind)
    }

    // --- word classes -------------------------------------------------------

    /// Punctuation only (no letter or digit): ",", "“", "—", "(".
    pub fn is_punct(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| !w.is_empty() && !w.chars().any(char::is_alphanumeric))
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.is_word(i, ",")
    }

    /// Coordinating words joining actors: "and", "or", "nor", "&".
    pub fn is_coordinator(&self, i: usize) -> bool {
        matches!(self.word(i), Some("and" | "or" | "nor" | "&"))
    }

    /// The possessive clitic ("'s", or a bare apostrophe after "Reuters'").
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.word(i), Some("'s" | "'"))
    }

    /// Possessive pronouns that act as determiners: "his", "its", "their" — also when
    /// the resolver made "his"/"her" a pronoun mention of a person.
    pub fn is_possessive_pronoun(&self, i: usize) -> bool {
        const POSSESSIVE: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];
        match self.items.get(i).map(|it| &it.kind) {
            Some(ItemKind::Word(w)) => POSSESSIVE.contains(&w.as_str()),
            Some(ItemKind::Mention(_)) => {
                self.is_pronoun(i)
                    && self.items[i].inner.len() == 1
                    && POSSESSIVE.contains(&self.items[i].inner[0].as_str())
            }
            None => false,
        }
    }

    pub fn is_determiner(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.determiners.contains(w))
    }

    /// Titles, roles and role adjectives: "president", "foreign", "minister", "former".
    pub fn is_title(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.titles.contains(w) || self.lex.collective.contains(w))
    }

    pub fn is_preposition(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.prepositions.contains(w) || self.lex.venue_preps.contains(w))
    }

    /// Dates and times: weekday and month names, "last", "week", numbers ("19", "1996").
    pub fn is_time(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            self.lex.time_words.contains(w) || w.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '/')
        }) && !self.is_punct(i)
    }

    /// Listed adverbs, and words in "-ly" except the common nouns and adjectives so spelt.
    pub fn is_adverb(&self, i: usize) -> bool {
        const NOT_ADVERBS: &[&str] = &[
            "family", "assembly", "rally", "ally", "supply", "reply", "italy", "july", "early", "daily", "weekly",
            "monthly", "likely", "unlikely", "friendly", "elderly", "holy", "anomaly", "monopoly", "bully", "jelly",
            "belly", "lily", "costly", "orderly", "deadly", "lonely", "lovely", "ugly",
        ];
        self.word(i).is_some_and(|w| {
            self.lex.adverbs.contains(w) || (w.chars().count() > 4 && w.ends_with("ly") && !NOT_ADVERBS.contains(&w))
        })
    }

    pub fn is_aux(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.auxiliaries.contains(w) || self.lex.be_forms.contains(w))
    }

    pub fn is_reporting(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.reporting.contains(w))
    }

    pub fn is_relative(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.relative_pronouns.contains(w))
    }

    pub fn is_subordinator(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.subordinators.contains(w))
    }

    /// Hard clause boundaries the argument search never crosses (";", ":", "that").
    pub fn is_clause_break(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.clause_breaks.contains(w))
    }

    /// Records where verbal triggers matched (after trigger matching).
    pub fn mark_verb_triggers(&mut self, items: impl IntoIterator<Item = usize>) {
        for i in items {
            if let Some(flag) = self.verb_trigger.get_mut(i) {
                *flag = true;
            }
        }
    }

    pub fn is_negation(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| self.lex.negation.contains(w))
    }

    /// A word with a grammatical job (not a content word): everything the lexicon
    /// classifies plus punctuation and coordinators.
    pub fn is_function(&self, i: usize) -> bool {
        self.is_punct(i)
            || self.is_coordinator(i)
            || self.is_possessive(i)
            || self.is_possessive_pronoun(i)
            || self.is_determiner(i)
            || self.is_preposition(i)
            || self.is_aux(i)
            || self.is_reporting(i)
            || self.is_relative(i)
            || self.is_subordinator(i)
            || self.is_clause_break(i)
            || self.is_negation(i)
            || self.is_time(i)
            || self.is_adverb(i)
    }

    /// A word that is probably a verb: a listed form, a regular past ("-ed"), a reporting
    /// or denial word, or where a verbal trigger matched. Keeps verbs out of noun phrases.
    pub fn is_verb_like(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            w.ends_with("ed")
                || self.lex.verb_forms.contains(w)
                || self.lex.reporting.contains(w)
                || self.lex.denial.contains(w)
        }) || self.verb_trigger.get(i).copied().unwrap_or(false)
    }

    /// A lower-case content word that is not classified: probably a noun or a verb.
    pub fn is_plain_word(&self, i: usize) -> bool {
        self.word(i).is_some() && !self.items[i].capitalized && !self.is_function(i)
    }

    /// Whether a multiword lexicon phrase ends at item `end` (inclusive); returns its start.
    pub fn phrase_ending_at(&self, phrase: &[String], end: usize) -> Option<usize> {
        let start = (end + 1).checked_sub(phrase.len())?;
        phrase.iter().enumerate().all(|(k, w)| self.word(start + k) == Some(w.as_str())).then_some(start)
    }
}

//! Two actors joined by a hyphen in one name ("Israel-PLO talks", "Israeli-Syrian
//! peace talks", "the PUK-KDP conflict"): wire copy names the two sides of talks and
//! conflicts this way, and the NER tags the pair as one entity; so it does with two
//! organisations joined by "and" ("Amnesty International and Human Rights Watch").
//! Each side becomes a mention of its own, over its part of the words, so that the
//! relate stage can pair them.

use super::acronyms::is_acronym;
use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::text::{is_capitalised, Doc};
use super::MentionSource;
use crate::actors::ActorDictionary;
use crate::fold::fold;
use crate::ner::EntityType;
use crate::tokenize::Span;

/// What one side of a hyphenated pair is.
#[derive(Debug, Clone, PartialEq)]
enum Side {
    /// A demonym standing for its country ("Syrian").
    Demonym(String),
    /// A name of the kind given.
    Named(EntityType),
}

/// `cands` with every hyphenated pair of actors replaced by its two sides. A name
/// that is one actor ("Guinea-Bissau", "Bosnia-Herzegovina", "AFL-CIO"), a person's
/// hyphenated name ("Boutros Boutros-Ghali") and a pair whose sides are not both
/// actors ("Kabul-Salang highway", "Helms-Burton") stay as they are.
pub(crate) fn split(
    doc: &Doc,
    cands: Vec<Candidate>,
    demonyms: &DemonymTable,
    dict: &ActorDictionary,
) -> Vec<Candidate> {
    // Names written on their own elsewhere in the document ("Maskhadov" before "the
    // Tikhomirov-Maskhadov talks"), by folded key, with their kind.
    let mut elsewhere: Vec<(String, EntityType)> = Vec::new();
    for c in cands.iter().filter(|c| c.is_named() && !c.text.contains('-')) {
        elsewhere.push((c.key(), c.kind));
        if c.kind == EntityType::Per {
            if let Some(last) = c.tokens.last() {
                elsewhere.push((last.clone(), c.kind));
            }
        }
    }
    // `listed`: only what the dictionaries list, multiword organisations included
    // (for names joined by "and", where a word written alone elsewhere proves too
    // little: "Mines and Energy Ministry" is one ministry).
    let side = |part: &str, listed: bool| -> Option<Side> {
        let tokens: Vec<String> = part.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
        if tokens.is_empty() || !part.split_whitespace().all(is_capitalised) {
            return None;
        }
        if let Some(d) = demonyms.lookup(&tokens) {
            return Some(Side::Demonym(d.country.clone()));
        }
        // A country, or its capital standing for it ("Ankara-Athens talks").
        let capital = || {
            let country = dict.lookup(part, None).and_then(|c| c.country)?;
            dict.is_capital(part, country, None).then_some(())
        };
        if demonyms.countries.canonical(part).is_some() || capital().is_some() {
            return Some(Side::Named(EntityType::Loc));
        }
        let key = tokens.join(" ");
        if let Some((_, kind)) = elsewhere.iter().find(|(k, _)| *k == key && !listed) {
            return Some(Side::Named(*kind));
        }
        // An organisation the dictionaries list with a sector ("PLO", "Hamas"); a place
        // other than a country is a route or a region ("Kabul-Salang", "Asia-Europe"),
        // not a side.
        let organisation = dict.lookup(part, None).is_some_and(|c| c.sector.is_some()) && !dict.is_place(part);
        (organisation && (listed || is_acronym(part) || tokens.len() == 1)).then_some(Side::Named(EntityType::Org))
    };
    let splitter = Splitter { doc, demonyms, dict };
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let pair = splitter
            .hyphenated(&c, &|part| side(part, false))
            .or_else(|| splitter.coordinated(&c, &|part| side(part, true)));
        match pair {
            Some((left, right)) => out.extend([left, right]),
            None => out.push(c),
        }
    }
    out
}

/// What splitting a name needs: the document and the tables that say whether the name
/// as a whole is one actor.
struct Splitter<'a> {
    doc: &'a Doc<'a>,
    demonyms: &'a DemonymTable,
    dict: &'a ActorDictionary,
}

impl Splitter<'_> {
    /// The two sides of candidate `c`, if it is a pair of actors joined by a hyphen.
    fn hyphenated(&self, c: &Candidate, side: &dyn Fn(&str) -> Option<Side>) -> Option<(Candidate, Candidate)> {
        let (doc, demonyms, dict) = (self.doc, self.demonyms, self.dict);
        // A person's name with a hyphen in it is one person.
        if c.kind == EntityType::Per && c.words.len() > 1 {
            return None;
        }
        let text = doc.slice(c.span);
        let mut hyphens = text.match_indices('-');
        let (at, _) = hyphens.next()?;
        if hyphens.next().is_some() {
            return None;
        }
        let (left, right) = (&text[..at], &text[at + 1..]);
        if left.ends_with(char::is_whitespace) || right.starts_with(char::is_whitespace) {
            return None;
        }
        if names_one_actor(text, demonyms, dict) {
            return None;
        }
        // Of two acronyms, one that names a known actor vouches for the other ("the
        // PUK-KDP conflict" where only "PUK" is written on its own); two letters are
        // more often part of one name ("ZANU-PF").
        let acronym = |part: &str| {
            (is_acronym(part) && part.chars().filter(|c| c.is_alphabetic()).count() > 2)
                .then_some(Side::Named(EntityType::Org))
        };
        let (l, r) = match (side(left), side(right)) {
            (Some(l), Some(r)) => (l, r),
            (Some(l), None) if is_acronym(left) => (l, acronym(right)?),
            (None, Some(r)) if is_acronym(right) => (acronym(left)?, r),
            _ => return None,
        };
        let hyphen = c.span.start + at;
        // The word the hyphen is in belongs to both sides.
        let word = c
            .words
            .clone()
            .find(|&w| doc.word_span(c.sentence, w).is_some_and(|s| s.start <= hyphen && hyphen < s.end))?;
        let left = part(doc, c, Span::new(c.span.start, hyphen), c.words.start..word + 1, l)?;
        let right = part(doc, c, Span::new(hyphen + 1, c.span.end), word..c.words.end, r)?;
        Some((left, right))
    }

    /// The two sides of candidate `c`, if it is two actors the NER tagged as one name
    /// across an "and" ("Amnesty International and Human Rights Watch"); a name that is
    /// one actor stays whole ("Bosnia and Herzegovina", "Procter and Gamble").
    fn coordinated(&self, c: &Candidate, side: &dyn Fn(&str) -> Option<Side>) -> Option<(Candidate, Candidate)> {
        let (doc, demonyms, dict) = (self.doc, self.demonyms, self.dict);
        const AND: &str = " and ";
        let text = doc.slice(c.span);
        let mut ands = text.match_indices(AND);
        let (at, _) = ands.next()?;
        if ands.next().is_some() || c.kind == EntityType::Per {
            return None;
        }
        if names_one_actor(text, demonyms, dict) {
            return None;
        }
        let (left, right) = (&text[..at], &text[at + AND.len()..]);
        let (l, r) = (side(left)?, side(right)?);
        let and_start = c.span.start + at + 1;
        let and_word = c.words.clone().find(|&w| doc.word_span(c.sentence, w).is_some_and(|s| s.start == and_start))?;
        let left = part(doc, c, Span::new(c.span.start, c.span.start + at), c.words.start..and_word, l)?;
        let right = part(doc, c, Span::new(and_start + AND.len() - 1, c.span.end), and_word + 1..c.words.end, r)?;
        Some((left, right))
    }
}

/// Whether `text` as a whole is one actor's name the dictionaries or the demonyms know
/// ("Guinea-Bissau", "Bosnia and Herzegovina").
fn names_one_actor(text: &str, demonyms: &DemonymTable, dict: &ActorDictionary) -> bool {
    let whole: Vec<String> = text.split_whitespace().map(fold).collect();
    dict.knows(text) || demonyms.countries.canonical(text).is_some() || demonyms.lookup(&whole).is_some()
}

/// One side of `c`: the words and bytes it covers, as a demonym or a name.
fn part(doc: &Doc, c: &Candidate, span: Span, words: std::ops::Range<usize>, side: Side) -> Option<Candidate> {
    let text = doc.slice(span);
    let (word_texts, tokens): (Vec<String>, Vec<String>) =
        text.split_whitespace().map(|w| (w.to_string(), fold(w))).filter(|(_, t)| !t.is_empty()).unzip();
    if tokens.is_empty() {
        return None;
    }
    let (kind, source, country) = match side {
        Side::Demonym(country) => (EntityType::Loc, MentionSource::Demonym, Some(country)),
        Side::Named(kind) => (kind, c.source, None),
    };
    Some(Candidate {
        words,
        span,
        kind,
        source,
        country,
        text: text.to_string(),
        word_texts,
        tokens,
        title_before: None,
        ..c.clone()
    })
}

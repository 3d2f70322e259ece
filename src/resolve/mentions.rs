//! Mention candidates: NER entities cleaned up (titles, possessives, stray
//! punctuation trimmed), before they are grouped into actors.

use super::acronyms::is_acronym;
use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::text::{is_capitalised, is_possessive, is_punct, Doc};
use super::titles::TitleTable;
use super::MentionSource;
use crate::fold::fold;
use crate::ner::{Entity, EntityType};
use crate::tokenize::Span;
use std::collections::BTreeMap;
use std::ops::Range;

/// Scores from another stage, made safe to multiply and compare.
pub(crate) fn clamp_score(score: f32) -> f32 {
    if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Sentence and word range of an entity, from its word indices or, if those do
/// not fit the sentence, from its byte span. `None` if neither locates it.
pub(crate) fn locate(doc: &Doc, e: &Entity) -> Option<(usize, Range<usize>)> {
    if e.words.start < e.words.end && e.words.end <= doc.len(e.sentence) {
        return Some((e.sentence, e.words.clone()));
    }
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.span.overlaps(e.span) {
            continue;
        }
        let mut inside = sentence.words.iter().enumerate().filter(|(_, w)| e.span.contains(**w)).map(|(i, _)| i);
        if let Some(first) = inside.next() {
            let last = inside.next_back().unwrap_or(first);
            return Some((s, first..last + 1));
        }
    }
    None
}

/// NER entities with a split title joined to its name: a person that is nothing but
/// titles ("Ayatollah") right before another person ("Ali Khamenei") is that name's
/// title, trimmed off it as any other is, not a person of its own.
pub(crate) fn join_split_titles(doc: &Doc, entities: &[Entity], titles: &TitleTable) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    for e in entities {
        let title_of = |prev: &Entity| {
            let (Some((s, r)), Some((s2, r2))) = (locate(doc, prev), locate(doc, e)) else { return false };
            let words: Vec<&str> = r.clone().map(|w| doc.word(s, w)).collect();
            prev.kind == EntityType::Per
                && e.kind == EntityType::Per
                && s == s2
                && r.end == r2.start
                && titles.leading_len(&words) == words.len()
        };
        match out.last_mut() {
            Some(prev) if title_of(prev) => {
                prev.words.end = e.words.end;
                prev.span = Span::new(prev.span.start, e.span.end);
                prev.score = prev.score.min(e.score);
            }
            _ => out.push(e.clone()),
        }
    }
    out
}

/// The candidates one NER entity yields: usually one named mention; a demonym
/// mention instead when the entity is just a demonym ("Kazakh" as MISC); plus a
/// demonym mention for a demonym before a title inside a PER ("Kazakh President
/// Nazarbayev") and an acronym mention for "(CEC)" glued to an ORG or LOC.
pub(crate) fn from_entity(doc: &Doc, e: &Entity, titles: &TitleTable, demonyms: &DemonymTable) -> Vec<Candidate> {
    let mut out = Vec::new();
    let Some((s, mut r)) = locate(doc, e) else { return out };
    let score = clamp_score(e.score);

    // Leading punctuation and articles ("the Central Election Commission"; "The Taleban"
    // opening a sentence). A place keeps a capitalised article ("The Hague"). A
    // lower-case stance before a name is no part of it ("the pro-Pyongyang General
    // Association of Korean Residents").
    let stance = |w: &str| ["pro-", "anti-"].iter().any(|p| w.len() > p.len() && w.starts_with(p));
    while r.start < r.end && {
        let w = doc.word(s, r.start);
        is_punct(w)
            || is_possessive(w)
            || matches!(w, "the" | "a" | "an")
            || (w == "The" && e.kind != EntityType::Loc)
            || (stance(w) && r.len() > 1)
    } {
        r.start += 1;
    }

    if matches!(e.kind, EntityType::Org | EntityType::Loc) {
        if let Some(acronym) = split_parenthesised_acronym(doc, s, &mut r) {
            out.extend(Candidate::new(doc, s, acronym, e.kind, score, MentionSource::Entity, true));
        }
    }

    // Trailing punctuation and possessives never belong to a name.
    while r.start < r.end && {
        let w = doc.word(s, r.end - 1);
        is_punct(w) || is_possessive(w)
    } {
        r.end -= 1;
    }
    if r.start >= r.end {
        return out;
    }

    let mut tokens: Vec<String> = r.clone().map(|w| fold(doc.word(s, w))).collect();
    // The NER may leave out the first word of a two-word nation ("South" of "South
    // Korean traders", whose "Korean" alone names no country): it is taken back.
    if r.start > 0 && is_capitalised(doc.word(s, r.start - 1)) {
        let longer: Vec<String> =
            std::iter::once(fold(doc.word(s, r.start - 1))).chain(tokens.iter().cloned()).collect();
        if demonyms.nation_prefix_len(&longer) == longer.len() {
            r.start -= 1;
            tokens = longer;
        }
    }
    if let Some(d) = demonyms.lookup(&tokens) {
        // Whatever the NER called it, a bare demonym stands for its country.
        out.extend(Candidate::demonym(doc, s, r, &d.country, score, true));
        return out;
    }
    // "the Saudi-led coalition", "U.S.-led forces": the country that leads.
    if let Some(country) = (r.len() == 1).then(|| demonyms.leader(doc.word(s, r.start))).flatten() {
        // The mention is the country's word, without its participle: "Saudi" of
        // "Saudi-led" (the word range cannot shrink, the byte span can).
        let stem_len = doc.word(s, r.start).rsplit_once('-').map(|(stem, _)| stem.len());
        out.extend(Candidate::demonym(doc, s, r, country, score, true).map(|mut c| {
            if let Some(n) = stem_len {
                c.span.end = c.span.start + n;
                c.text = doc.slice(c.span).to_string();
            }
            c
        }));
        return out;
    }

    if e.kind == EntityType::Per {
        match strip_titles(doc, s, r, titles, demonyms, score, &mut out) {
            Some(rest) => r = rest,
            None => return out,
        }
    }
    let title_before = (e.kind == EntityType::Per && r.start > 0)
        .then(|| doc.word(s, r.start - 1))
        .filter(|w| titles.leading_len(&[w]) == 1)
        .map(fold);
    out.extend(Candidate::new(doc, s, r, e.kind, score, MentionSource::Entity, true).map(|mut c| {
        c.title_before = title_before;
        c
    }));
    out
}

/// Trims leading titles off a PER's word range, and a demonym that precedes a
/// title ("Kazakh Foreign Minister X"), which becomes a demonym mention in `out`.
/// `None` when the entity is nothing but a multi-word title ("Prime Minister"):
/// no name at all. A single word is kept even if it could be a title, since
/// "King" or "Major" alone is more likely a surname the NER saw as one.
fn strip_titles(
    doc: &Doc,
    s: usize,
    mut r: Range<usize>,
    titles: &TitleTable,
    demonyms: &DemonymTable,
    score: f32,
    out: &mut Vec<Candidate>,
) -> Option<Range<usize>> {
    let all: Vec<&str> = r.clone().map(|w| doc.word(s, w)).collect();
    if all.len() > 1 && only_titles(&all, titles, demonyms) {
        // "Kazakh Prime Minister" with no name: the country is still mentioned.
        let tokens: Vec<String> = all.iter().map(|w| fold(w)).collect();
        if let Some((n, d)) = demonyms.prefix(&tokens) {
            out.extend(Candidate::demonym(doc, s, r.start..r.start + n, &d.country, score, true));
        }
        return None;
    }
    loop {
        let words: Vec<&str> = r.clone().map(|w| doc.word(s, w)).collect();
        if words.len() <= 1 {
            return Some(r);
        }
        // Titles are looked for in all but the last word, so a name always remains
        // ("King" in "Martin Luther King" is never reached).
        let title = titles.leading_len(&words[..words.len() - 1]);
        if title > 0 {
            r.start += title;
            continue;
        }
        let tokens: Vec<String> = words.iter().map(|w| fold(w)).collect();
        if let Some((n, d)) = demonyms.prefix(&tokens) {
            if n + 1 < words.len() && titles.leading_len(&words[n..words.len() - 1]) > 0 {
                out.extend(Candidate::demonym(doc, s, r.start..r.start + n, &d.country, score, true));
                r.start += n;
                continue;
            }
        }
        return Some(r);
    }
}

/// Whether `words` is nothing but titles, possibly after a demonym ("former
/// Foreign Minister", "Kazakh Prime Minister"), the last of them multi-word: a
/// final one-word title may be a surname ("Mr. King").
fn only_titles(words: &[&str], titles: &TitleTable, demonyms: &DemonymTable) -> bool {
    let tokens: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut i = demonyms.prefix(&tokens).map_or(0, |(n, _)| n);
    let mut last = 0;
    while i < words.len() {
        match titles.leading_len(&words[i..]) {
            0 => return false,
            n => {
                i += n;
                last = n;
            }
        }
    }
    last > 1
}

/// If `r` ends in "( ACRONYM )" (or "( ACRONYM" when the NER stopped before the
/// bracket) after at least one word, shrinks `r` to the name before the bracket and
/// returns the acronym's word range.
fn split_parenthesised_acronym(doc: &Doc, s: usize, r: &mut Range<usize>) -> Option<Range<usize>> {
    let end = if r.end >= r.start + 3 && doc.word(s, r.end - 1) == ")" { r.end - 1 } else { r.end };
    if end < r.start + 3 || doc.word(s, end - 2) != "(" || !is_acronym(doc.word(s, end - 1)) {
        return None;
    }
    let acronym = end - 1..end;
    r.end = end - 2;
    Some(acronym)
}

/// Drops candidates that overlap a better one, so that every word belongs to at
/// most one mention: NER mentions beat rule-found ones, then longer beats shorter,
/// then earlier beats later. Keeps the input order among the survivors.
pub(crate) fn drop_overlaps(cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (!cands[i].from_ner, std::cmp::Reverse(cands[i].span.len()), cands[i].span.start));
    // Accepted spans, start → end; disjoint, so only the last one starting before
    // a new span's end can overlap it.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut keep = vec![false; cands.len()];
    for i in order {
        let span = cands[i].span;
        let clash = span.is_empty() || taken.range(..span.end).next_back().is_some_and(|(_, &end)| end > span.start);
        if !clash {
            taken.insert(span.start, span.end);
            keep[i] = true;
        }
    }
    cands.into_iter().zip(keep).filter_map(|(c, k)| k.then_some(c)).collect()
}

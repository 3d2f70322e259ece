//! Property tests: arbitrary Unicode text (control characters, NUL, combining marks,
//! right-to-left scripts, emoji, lone CRs, very long tokens, punctuation runs) through
//! the model-free stages, tokenize → resolve → relate, must never panic and must keep
//! the invariants the later stages and the exporters rely on.
//!
//! NER output is simulated: entities are placed on arbitrary word ranges of the
//! analysed sentences, with arbitrary kinds and scores (NaN and infinities included).

mod common;

use actorgraph::ner::{Entity, EntityType};
use actorgraph::relate::{relate, RelationInstance, RuleSet};
use actorgraph::resolve::{ResolvedDoc, Resolver};
use actorgraph::tokenize::{analyze, CharIndex, Sentence, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Cases per property: enough to hit the odd corners, few enough that the file runs
/// in a few seconds in release. `PROPTEST_CASES=20000` searches harder.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(CASES);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::new(None))
}

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(RuleSet::builtin)
}

// ---------------------------------------------------------------------------------
// Text generation
// ---------------------------------------------------------------------------------

/// News-like words that make the resolver and the relation rules do real work
/// (names, titles, demonyms, acronyms, pronouns, triggers, negation), mixed with
/// scripts and symbols that stress byte/char handling.
const VOCAB: &[&str] = &[
    "Nazarbayev",
    "Atambayev",
    "Almazbek",
    "Kazakhstan",
    "Kyrgyzstan",
    "Kazakh",
    "Kyrgyz",
    "Russians",
    "Britain",
    "President",
    "Prime",
    "Minister",
    "Mr.",
    "Gen.",
    "U.S.",
    "U.N.",
    "OSCE",
    "(OSCE)",
    "Organization",
    "for",
    "Security",
    "Central",
    "Election",
    "Commission",
    "(CEC)",
    "CEC",
    "accused",
    "met",
    "criticized",
    "condemned",
    "held",
    "talks",
    "with",
    "between",
    "and",
    "or",
    "of",
    "the",
    "in",
    "on",
    "by",
    "against",
    "not",
    "never",
    "denied",
    "said",
    "if",
    "would",
    "he",
    "she",
    "his",
    "her",
    "him",
    "they",
    "who",
    "'s",
    "’s",
    "n't",
    "don't",
    "—",
    "–",
    "-",
    "«Вольков»",
    "Москва",
    "東京",
    "北京市",
    "مرحبا",
    "القاهرة",
    "שלום",
    "🙂",
    "👩‍👩‍👧",
    "🇰🇿",
    "Ñandú",
    "e\u{301}",
    "A\u{301}\u{302}\u{303}",
    "Ἀθῆναι",
    "İstanbul",
    "ǅemal",
    "STRASSE",
    "straße",
    "ﬁnance",
    "3.5",
    "$1,000.50",
    "1996–1997",
    "J.",
    "R.",
    "Inc.",
    "etc.",
    "e.g.",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "*",
    "#",
    "`",
];

/// What goes between pieces: mostly spaces, but every kind of line break and
/// exotic white space too.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "", "\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\n \n", "\t", "\u{a0}", "\u{2028}", "\u{2029}",
    "\u{3000}", "\u{85}", "  ", "\u{200b}",
];

/// Characters that are control, format or otherwise awkward.
const ODD: &[&str] = &[
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{9c}",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{200e}",
    "\u{200f}",
    "\u{202a}",
    "\u{202e}",
    "\u{2066}",
    "\u{fffd}",
    "\u{e000}",
    "\u{10ffff}",
    "\u{301}",
    "\u{20dd}",
    "\u{1f3fb}",
    "\r",
];

const PUNCT: &[char] = &[
    '.', '!', '?', ',', ';', ':', '"', '\'', '(', ')', '[', ']', '{', '}', '—', '–', '―', '…', '“', '”', '‘', '’', '«',
    '»', '*', '#', '`', '-',
];

/// Whole clauses the relation rules recognise, so that relations are actually found
/// (and then mangled by whatever the other pieces put around them).
const CLAUSES: &[&str] = &[
    "Kazakhstan accused Kyrgyzstan of meddling.",
    "Nazarbayev met Atambayev in Astana on Friday.",
    "Russia did not criticize China.",
    "President Almazbek Atambayev accused the OSCE of bias",
    "Talks between Britain and Russia ended.",
    "He condemned Kazakhstan, said Nazarbayev.",
    "Kyrgyz officials were accused by the Central Election Commission (CEC) of fraud.",
    "Nazarbayev and Atambayev held talks",
    "The OSCE criticized Kazakhstan’s decision",
    "Kazakhstan visited Moscow",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(VOCAB).prop_map(String::from),
        3 => prop::sample::select(CLAUSES).prop_map(String::from),
        2 => prop::sample::select(ODD).prop_map(String::from),
        // Any Unicode scalar values at all.
        2 => prop::collection::vec(any::<char>(), 1..8).prop_map(|v| v.into_iter().collect()),
        // Runs of punctuation ("?!...", "“(«").
        1 => prop::collection::vec(prop::sample::select(PUNCT), 1..40).prop_map(|v| v.into_iter().collect()),
        // One very long token (a URL, a base64 blob, a line of dashes or emoji).
        1 => (prop::sample::select(vec!["a", "Z", "é", "東", "🙂", "\u{301}", "-", ".", "—", "x.", "A."]), 64usize..3000)
            .prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// A document: pieces joined by separators.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(SEPARATORS)), 0..80).prop_map(|parts| {
        let mut text = String::new();
        for (p, sep) in parts {
            text.push_str(&p);
            text.push_str(sep);
        }
        text
    })
}

/// NER scores: mostly plausible, sometimes anything a broken model could produce.
fn any_score() -> impl Strategy<Value = f32> {
    prop_oneof![
        4 => 0.0f32..=1.0,
        1 => Just(f32::NAN),
        1 => Just(f32::INFINITY),
        1 => Just(f32::NEG_INFINITY),
        1 => Just(-0.0f32),
        1 => any::<f32>(),
    ]
}

fn kind(k: u8) -> EntityType {
    EntityType::ALL[usize::from(k) % 4]
}

/// Raw entity picks, (sentence, first word, length, kind, score), mapped onto the
/// sentences of the text by [`place`].
type Pick = (usize, usize, usize, u8, f32);

fn picks(score: impl Strategy<Value = f32>) -> impl Strategy<Value = Vec<Pick>> {
    prop::collection::vec((any::<usize>(), any::<usize>(), 1usize..6, any::<u8>(), score), 0..24)
}

/// Entities on valid word ranges, as a (possibly odd) NER could output them: they
/// may overlap and come in any order. Picks with an odd `w` land on a capitalised
/// word (where a real NER would tag), the others on any word.
fn place(text: &str, sentences: &[Sentence], picks: &[Pick]) -> Vec<Entity> {
    if sentences.is_empty() {
        return Vec::new();
    }
    picks
        .iter()
        .map(|&(s, w, len, k, score)| {
            let s = s % sentences.len();
            let words = &sentences[s].words;
            let capitalised: Vec<usize> =
                (0..words.len()).filter(|&i| words[i].text(text).starts_with(char::is_uppercase)).collect();
            let (first, len) = if w % 2 == 1 && !capitalised.is_empty() {
                (capitalised[(w / 2) % capitalised.len()], 1 + len % 2)
            } else {
                (w % words.len(), len)
            };
            let end = (first + len).min(words.len());
            let span = Span::new(words[first].start, words[end - 1].end);
            Entity { sentence: s, words: first..end, span, kind: kind(k), score }
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------

fn check_sentences(text: &str, sentences: &[Sentence]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        let sp = s.span;
        prop_assert!(
            sp.start < sp.end && sp.end <= text.len(),
            "sentence {i} {sp:?} outside the text ({} bytes)",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end),
            "sentence {i} {sp:?} splits a char"
        );
        prop_assert!(sp.start >= prev_end, "sentence {i} {sp:?} starts before the previous one ends ({prev_end})");
        prev_end = sp.end;
        prop_assert!(!s.words.is_empty(), "sentence {i} has no words");
        let mut prev_word_end = sp.start;
        for (j, w) in s.words.iter().enumerate() {
            prop_assert!(sp.contains(*w), "word {j} {w:?} outside sentence {i} {sp:?}");
            prop_assert!(w.start < w.end, "word {j} of sentence {i} is empty");
            prop_assert!(
                text.is_char_boundary(w.start) && text.is_char_boundary(w.end),
                "word {j} {w:?} splits a char"
            );
            prop_assert!(w.start >= prev_word_end, "word {j} {w:?} overlaps or precedes the previous word");
            prop_assert!(!w.text(text).trim().is_empty(), "word {j} {:?} is only white space", w.text(text));
            prev_word_end = w.end;
        }
    }
    Ok(())
}

/// A resolved document keeps the resolver's documented contract: sorted, disjoint
/// mentions inside their sentences, valid actor indices, one actor per id, each actor
/// mentioned, and scores in [0, 1] whatever the NER scores were.
fn check_resolved(text: &str, sentences: &[Sentence], doc: &ResolvedDoc) -> Result<(), TestCaseError> {
    for pair in doc.mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        prop_assert!((a.span.start, a.span.end) <= (b.span.start, b.span.end), "mentions not sorted: {a:?} {b:?}");
        prop_assert!(a.span.end <= b.span.start, "mentions overlap: {a:?} {b:?}");
    }
    for m in &doc.mentions {
        prop_assert!(m.actor.0 < doc.actors.len(), "mention {m:?} of a missing actor ({} actors)", doc.actors.len());
        prop_assert!((0.0..=1.0).contains(&m.score), "mention {m:?}: score outside [0, 1]");
        prop_assert!(m.sentence < sentences.len(), "mention {m:?} in a missing sentence");
        let s = &sentences[m.sentence];
        prop_assert!(m.words.start < m.words.end && m.words.end <= s.words.len(), "mention {m:?}: bad word range");
        prop_assert!(m.span.start < m.span.end, "mention {m:?}: empty span");
        prop_assert!(s.span.contains(m.span), "mention {m:?} outside its sentence {:?}", s.span);
        prop_assert!(text.get(m.span.start..m.span.end).is_some(), "mention {m:?} splits a char");
        // The span runs from a word's start to a word's end, inside the mention's words.
        prop_assert!(
            s.words[m.words.start].start <= m.span.start && m.span.end <= s.words[m.words.end - 1].end,
            "mention {m:?}: span outside its words"
        );
    }
    let mut ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    prop_assert_eq!(ids.len(), doc.actors.len(), "duplicate actor ids: {:?}", doc.actors);
    for (i, a) in doc.actors.iter().enumerate() {
        prop_assert!(doc.mentions.iter().any(|m| m.actor.0 == i), "actor {i} {a:?} has no mention");
    }
    Ok(())
}

fn check_relations(
    text: &str,
    sentences: &[Sentence],
    doc: &ResolvedDoc,
    rels: &[RelationInstance],
) -> Result<(), TestCaseError> {
    for r in rels {
        prop_assert!(
            r.source.0 < doc.mentions.len() && r.target.0 < doc.mentions.len(),
            "{r:?}: mention index out of range"
        );
        prop_assert!(r.sentence < sentences.len(), "{r:?}: sentence out of range");
        let (src, tgt) = (doc.mention(r.source), doc.mention(r.target));
        prop_assert!(src.actor != tgt.actor, "{r:?}: self-relation");
        prop_assert!(src.sentence == r.sentence && tgt.sentence == r.sentence, "{r:?}: arguments outside its sentence");
        let s = sentences[r.sentence].span;
        prop_assert!(r.trigger.start < r.trigger.end && s.contains(r.trigger), "{r:?}: trigger outside sentence {s:?}");
        prop_assert!(text.get(r.trigger.start..r.trigger.end).is_some(), "{r:?}: trigger splits a char");
        prop_assert!((0.0..=1.0).contains(&r.score), "{r:?}: score {} outside [0, 1]", r.score);
    }
    Ok(())
}

/// The whole model-free chain on one text with the given picks.
fn run_chain(text: &str, picks: &[Pick]) -> Result<(Vec<Sentence>, ResolvedDoc, Vec<RelationInstance>), TestCaseError> {
    let sentences = analyze(text);
    check_sentences(text, &sentences)?;
    let entities = place(text, &sentences, picks);
    let doc = resolver().resolve(text, &sentences, &entities);
    check_resolved(text, &sentences, &doc)?;
    let rels = relate(text, &sentences, &common::toy_syntax(text, &sentences), &doc, rules());
    check_relations(text, &sentences, &doc, &rels)?;
    Ok((sentences, doc, rels))
}

// ---------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// Sentences and words are well-formed on any text, including the plain
    /// arbitrary strings proptest generates by itself.
    #[test]
    fn tokenize_keeps_its_invariants(text in document(), raw in any::<String>()) {
        for t in [text.as_str(), raw.as_str()] {
            check_sentences(t, &analyze(t))?;
        }
    }

    /// The byte → char mapping equals naive counting at every char boundary (and at
    /// the end), including texts with many multi-byte chars on either side of the
    /// 64-char marks.
    #[test]
    fn char_index_equals_counting(text in document(), raw in any::<String>(), mb in prop::collection::vec(any::<char>(), 0..300)) {
        let mb: String = mb.into_iter().collect();
        for t in [text.as_str(), raw.as_str(), mb.as_str()] {
            let idx = CharIndex::new(t);
            for (b, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
                prop_assert_eq!(idx.at(b), t[..b].chars().count(), "byte {} of {:?}", b, t);
            }
            // Past the end clamps to the char count.
            prop_assert_eq!(idx.at(t.len() + 10), t.chars().count());
        }
    }

    /// Plausible NER output (scores in [0, 1]): the whole chain keeps every invariant.
    #[test]
    fn chain_with_plausible_entities(text in document(), picks in picks(0.0f32..=1.0)) {
        run_chain(&text, &picks)?;
    }

    /// Any scores a broken model could give (NaN, infinities, negatives): no panic,
    /// and still every invariant (mention and relation scores in [0, 1] included).
    #[test]
    fn chain_with_any_scores(text in document(), picks in picks(any_score())) {
        run_chain(&text, &picks)?;
    }

    /// Entities that do not fit the sentences (the resolver promises to skip them):
    /// sentence or word indices out of range, empty ranges, spans that disagree with
    /// their words.
    #[test]
    fn resolver_skips_entities_that_do_not_fit(
        text in document(),
        raw in prop::collection::vec((0usize..12, 0usize..80, 0usize..80, any::<u8>(), 0usize..4096, 0usize..64), 0..16),
    ) {
        let sentences = analyze(&text);
        let entities: Vec<Entity> = raw
            .iter()
            .map(|&(s, a, b, k, start, len)| {
                // A span somewhere in the text, on char boundaries.
                let mut start = start.min(text.len());
                while !text.is_char_boundary(start) { start -= 1; }
                let mut end = (start + len).min(text.len());
                while !text.is_char_boundary(end) { end -= 1; }
                Entity { sentence: s, words: a..b, span: Span::new(start, end.max(start)), kind: kind(k), score: 0.5 }
            })
            .collect();
        let doc = resolver().resolve(&text, &sentences, &entities);
        check_resolved(&text, &sentences, &doc)?;
        let rels = relate(&text, &sentences, &common::toy_syntax(&text, &sentences), &doc, rules());
        check_relations(&text, &sentences, &doc, &rels)?;
    }
}

/// The generators are only worth something if the chain does real work on what they
/// make: a fair share of documents must get mentions, and some must get relations.
#[test]
fn generated_documents_exercise_every_stage() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = (document(), picks(0.0f32..=1.0));
    let (mut with_mentions, mut with_relations, mut with_negated) = (0, 0, 0);
    let n = 400;
    for _ in 0..n {
        let (text, picks) = strategy.new_tree(&mut runner).unwrap().current();
        let (_, doc, rels) = run_chain(&text, &picks).unwrap();
        with_mentions += usize::from(!doc.mentions.is_empty());
        with_relations += usize::from(!rels.is_empty());
        with_negated += usize::from(rels.iter().any(|r| r.polarity == actorgraph::relate::Polarity::Negated));
    }
    eprintln!("of {n} documents: {with_mentions} with mentions, {with_relations} with relations, {with_negated} with negated ones");
    assert!(with_mentions > n / 2, "{with_mentions} of {n} documents have mentions");
    assert!(with_relations > n / 20, "{with_relations} of {n} documents have relations");
}

//! `eval relations`: scores predicted edges against gold relations exactly as
//! `relation-guidelines.md` ("Scoring") says.
//!
//! A predicted edge matches a gold relation when the types are equal and the source
//! and target each match one of the gold strings (equal after lower-casing and
//! trimming, or one contains the other as whole words); MEET and relations marked
//! symmetric match in either direction. Each gold relation matches once. A prediction
//! matching a negated gold relation is a false positive.

use super::{Counts, Report};
use crate::analysis::Analysis;
use crate::ingest::Document;
use crate::ner::Labeler;
use crate::pipeline::Pipeline;
use crate::relate::{Polarity, RuleSet};
use crate::resolve::ActorIndex;
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRelation {
    #[serde(rename = "type")]
    pub relation: String,
    pub source: Vec<String>,
    pub target: Vec<String>,
    #[serde(default = "positive")]
    pub polarity: Polarity,
    #[serde(default)]
    pub symmetric: bool,
}

fn positive() -> Polarity {
    Polarity::Positive
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// A predicted edge: its type and the acceptable strings for each end
/// (the actor's canonical label and the mention as written).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PredictedEdge {
    pub relation: String,
    /// The relation type is declared symmetric in the rule file (MEET): either
    /// direction matches.
    pub symmetric: bool,
    pub source: BTreeSet<String>,
    pub target: BTreeSet<String>,
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldSentence>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}: invalid gold line", path.display(), i + 1))
        })
        .collect()
}

/// The distinct positive edges of one analysed document.
pub fn predicted_edges(a: &Analysis, rules: &RuleSet) -> Vec<PredictedEdge> {
    let res = &a.resolved;
    let symmetric = |relation: &str| rules.relations().iter().any(|d| &*d.name == relation && d.symmetric);
    let mut edges: BTreeMap<(String, ActorIndex, ActorIndex), PredictedEdge> = BTreeMap::new();
    for r in a.relations.iter().filter(|r| r.polarity == Polarity::Positive) {
        let (sm, tm) = (res.mention(r.source), res.mention(r.target));
        let (mut s, mut t) = (sm.actor, tm.actor);
        if s == t {
            continue;
        }
        if !r.directed && t < s {
            std::mem::swap(&mut s, &mut t);
        }
        let e = edges.entry((r.relation.to_string(), s, t)).or_insert_with(|| PredictedEdge {
            relation: r.relation.to_string(),
            symmetric: symmetric(&r.relation),
            source: BTreeSet::from([res.actor(s).label.clone()]),
            target: BTreeSet::from([res.actor(t).label.clone()]),
        });
        let (sm, tm) = if sm.actor == s { (sm, tm) } else { (tm, sm) };
        e.source.insert(sm.span.text(&a.doc.text).to_string());
        e.target.insert(tm.span.text(&a.doc.text).to_string());
    }
    edges.into_values().collect()
}

/// Lower-cased, trimmed, whitespace-separated words (punctuation kept off word edges).
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether a predicted string matches a gold string under the guidelines.
pub fn strings_match(predicted: &str, gold: &str) -> bool {
    if predicted.trim().to_lowercase() == gold.trim().to_lowercase() {
        return true;
    }
    let (p, g) = (words(predicted), words(gold));
    contains_words(&p, &g) || contains_words(&g, &p)
}

fn any_match(predicted: &BTreeSet<String>, gold: &[String]) -> bool {
    predicted.iter().any(|p| gold.iter().any(|g| strings_match(p, g)))
}

fn edge_matches(p: &PredictedEdge, g: &GoldRelation) -> bool {
    if p.relation != g.relation {
        return false;
    }
    let forward = any_match(&p.source, &g.source) && any_match(&p.target, &g.target);
    let symmetric = g.symmetric || p.symmetric;
    forward || (symmetric && any_match(&p.source, &g.target) && any_match(&p.target, &g.source))
}

/// Outcome of scoring one sentence.
#[derive(Debug, Default)]
pub struct SentenceScore {
    pub per_type: BTreeMap<String, Counts>,
    pub false_positives: Vec<PredictedEdge>,
    pub missed: Vec<GoldRelation>,
}

/// Scores the predicted edges of one sentence against its gold relations.
pub fn score_sentence(predicted: &[PredictedEdge], gold: &[GoldRelation]) -> SentenceScore {
    let mut out = SentenceScore::default();
    let mut used = vec![false; gold.len()];
    for g in gold.iter().filter(|g| g.polarity == Polarity::Positive) {
        out.per_type.entry(g.relation.clone()).or_default().gold += 1;
    }
    for p in predicted {
        let c = out.per_type.entry(p.relation.clone()).or_default();
        c.predicted += 1;
        let hit = gold
            .iter()
            .enumerate()
            .find(|(i, g)| !used[*i] && g.polarity == Polarity::Positive && edge_matches(p, g))
            .map(|(i, _)| i);
        match hit {
            Some(i) => {
                used[i] = true;
                c.matched += 1;
            }
            None => out.false_positives.push(p.clone()),
        }
    }
    out.missed = gold
        .iter()
        .zip(&used)
        .filter(|(g, u)| !**u && g.polarity == Polarity::Positive)
        .map(|(g, _)| g.clone())
        .collect();
    out
}

/// Runs the pipeline on every gold sentence and scores the result.
/// With `verbose`, prints each error (false positive or miss) to stderr.
pub fn evaluate(pipeline: &Pipeline<impl Labeler>, gold: &[GoldSentence], verbose: bool) -> Result<Report> {
    let docs: Vec<Document> = gold
        .iter()
        .map(|g| Document { id: g.id.clone(), text: g.text.clone(), date: None, title: None, source: None })
        .collect();
    let analyses = pipeline.analyze(docs)?;
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    for (g, a) in gold.iter().zip(&analyses) {
        let s = score_sentence(&predicted_edges(a, &pipeline.rules), &g.relations);
        for (t, c) in &s.per_type {
            per_type.entry(t.clone()).or_default().add(*c);
        }
        if verbose {
            for fp in &s.false_positives {
                eprintln!("FP {} {} {:?} -> {:?}: {}", g.id, fp.relation, fp.source, fp.target, g.text);
            }
            for m in &s.missed {
                eprintln!("FN {} {} {:?} -> {:?}: {}", g.id, m.relation, m.source, m.target, g.text);
            }
            if !s.false_positives.is_empty() || !s.missed.is_empty() {
                eprint!("{}", parse_table(a, &pipeline.rules));
            }
        }
    }
    Ok(Report::from_types(per_type))
}

/// The parse and mentions of an analysed text, one word per line (CoNLL-U's ID, FORM,
/// LEMMA, UPOS, HEAD, DEPREL, then the mention's actor), so that a reader of `--verbose`
/// can see why a relation was missed or found. Where the relate stage's parse repairs
/// changed a word's tag or arc, a last column gives what the rules read ("> 16 nsubj").
fn parse_table(a: &Analysis, rules: &RuleSet) -> String {
    use crate::parse::Head;
    use std::fmt::Write;
    let mut out = String::new();
    let Some(syntax) = &a.syntax else { return out };
    let repaired = crate::relate::repaired_syntax(&a.doc.text, &a.sentences, syntax, &a.resolved, rules);
    for (si, (sentence, parse)) in a.sentences.iter().zip(syntax).enumerate() {
        for (i, (span, w)) in sentence.words.iter().zip(&parse.words).enumerate() {
            let head = match w.head {
                Head::Root => 0,
                Head::Word(h) => h + 1,
            };
            let actor = a
                .resolved
                .mentions
                .iter()
                .find(|m| m.sentence == si && m.words.contains(&i))
                .map(|m| a.resolved.actor(m.actor).id.as_str())
                .unwrap_or("");
            let change = match repaired[si].as_ref().and_then(|words| words.get(i)) {
                Some(r) if (r.upos, r.head.map_or(0, |h| h + 1), r.rel) != (w.upos, head, w.rel) => {
                    let tag = if r.upos == w.upos { String::new() } else { format!(" {}", r.upos) };
                    format!("\t>{tag} {} {}", r.head.map_or(0, |h| h + 1), r.rel)
                }
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "    {}\t{}\t{}\t{}\t{}\t{}\t{}{}",
                i + 1,
                span.text(&a.doc.text),
                w.lemma,
                w.upos,
                head,
                w.rel,
                actor,
                change
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(t: &str, s: &[&str], o: &[&str], polarity: Polarity, symmetric: bool) -> GoldRelation {
        GoldRelation {
            relation: t.into(),
            source: s.iter().map(|x| x.to_string()).collect(),
            target: o.iter().map(|x| x.to_string()).collect(),
            polarity,
            symmetric,
        }
    }

    fn pred(t: &str, s: &str, o: &str) -> PredictedEdge {
        PredictedEdge {
            relation: t.into(),
            symmetric: t == "MEET",
            source: BTreeSet::from([s.to_string()]),
            target: BTreeSet::from([o.to_string()]),
        }
    }

    #[test]
    fn string_matching_uses_whole_words() {
        assert!(strings_match(" Kazakhstan ", "kazakhstan"));
        assert!(strings_match("Almazbek Atambayev", "Atambayev"));
        assert!(strings_match("Atambayev", "President Almazbek Atambayev"));
        assert!(!strings_match("Kazakh", "Kazakhstan"), "substring of a word is not a word match");
        assert!(!strings_match("Bay", "Atambayev"));
    }

    #[test]
    fn direction_symmetry_negation_and_single_use() {
        let g = vec![
            gold("ACCUSE", &["A"], &["B"], Polarity::Positive, false),
            gold("MEET", &["C"], &["D"], Polarity::Positive, true),
            gold("OPPOSE", &["E"], &["F"], Polarity::Negated, false),
        ];
        let p = vec![
            pred("ACCUSE", "B", "A"), // wrong direction
            pred("ACCUSE", "A", "B"),
            pred("ACCUSE", "A", "B"), // second use of one gold relation
            pred("MEET", "D", "C"),   // symmetric
            pred("OPPOSE", "E", "F"), // negated in gold
        ];
        let s = score_sentence(&p, &g);
        assert_eq!(s.per_type["ACCUSE"], Counts { matched: 1, predicted: 3, gold: 1 });
        assert_eq!(s.per_type["MEET"], Counts { matched: 1, predicted: 1, gold: 1 });
        assert_eq!(s.per_type["OPPOSE"], Counts { matched: 0, predicted: 1, gold: 0 });
        assert_eq!(s.false_positives.len(), 3);
        assert!(s.missed.is_empty());
    }
}

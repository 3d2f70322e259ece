//! One type per name within a document.
//!
//! A name that recurs in an article nearly always denotes the same thing, but the
//! model sees each occurrence in its own window and may type them differently
//! ("Chelsea" ORG in the results table, LOC in a sentence). Occurrences whose type
//! disagrees with a clear majority of the name's occurrences take the majority type.

use super::{Chunk, EntityType};
use crate::tokenize::Sentence;
use std::collections::HashMap;

/// Share of the summed scores a type needs before the other occurrences follow it.
const MAJORITY: f32 = 0.6;

/// Relabels, in place, the chunks of one document (`chunks[sentence]`).
pub fn harmonize_types(text: &str, sentences: &[Sentence], chunks: &mut [Vec<Chunk>]) {
    let surface = |si: usize, c: &Chunk| {
        let words = &sentences[si].words;
        &text[words[c.words.start].start..words[c.words.end - 1].end]
    };
    let mut votes: HashMap<&str, Vec<(EntityType, f32)>> = HashMap::new();
    for (si, cs) in chunks.iter().enumerate() {
        for c in cs {
            let v = votes.entry(surface(si, c)).or_default();
            match v.iter_mut().find(|(k, _)| *k == c.kind) {
                Some((_, s)) => *s += c.score,
                None => v.push((c.kind, c.score)),
            }
        }
    }
    let winners: HashMap<&str, EntityType> = votes
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .filter_map(|(name, v)| {
            let total: f32 = v.iter().map(|(_, s)| s).sum();
            let (kind, best) = v.into_iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
            (best >= MAJORITY * total).then_some((name, kind))
        })
        .collect();
    if winners.is_empty() {
        return;
    }
    for (si, cs) in chunks.iter_mut().enumerate() {
        for c in cs {
            if let Some(&kind) = winners.get(surface(si, c)) {
                c.kind = kind;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::analyze;

    fn chunk(words: std::ops::Range<usize>, kind: EntityType, score: f32) -> Chunk {
        Chunk { words, kind, score }
    }

    #[test]
    fn minority_types_follow_a_clear_majority() {
        let text = "Chelsea beat Arsenal. Chelsea fans cheered. Fans left Chelsea early.";
        let sentences = analyze(text);
        let mut chunks = vec![
            vec![chunk(0..1, EntityType::Org, 0.9), chunk(2..3, EntityType::Org, 0.9)],
            vec![chunk(0..1, EntityType::Org, 0.8)],
            vec![chunk(2..3, EntityType::Loc, 0.7)],
        ];
        harmonize_types(text, &sentences, &mut chunks);
        assert_eq!(chunks[2][0].kind, EntityType::Org, "1.7 of 2.4 is a clear majority");
        assert_eq!(chunks[2][0].score, 0.7, "scores are kept");
        assert_eq!(chunks[0][1].kind, EntityType::Org);
    }

    #[test]
    fn split_votes_and_different_names_are_left_alone() {
        let text = "Jordan met Jordan officials. Jordan Peterson spoke.";
        let sentences = analyze(text);
        let mut chunks = vec![
            vec![chunk(0..1, EntityType::Per, 0.8), chunk(2..3, EntityType::Loc, 0.8)],
            vec![chunk(0..2, EntityType::Per, 0.9)],
        ];
        let before = chunks.clone();
        harmonize_types(text, &sentences, &mut chunks);
        assert_eq!(chunks, before, "an even split has no majority; \"Jordan Peterson\" is another name");
    }
}

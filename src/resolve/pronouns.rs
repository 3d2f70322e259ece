//! Conservative pronoun resolution: "he", "she", "his", "her", "him" point to a
//! person only when the subject-like names nearby all name the same person.
//!
//! Candidates are, within the pronoun's sentence (up to the pronoun) and the two
//! before it, the first person named in each sentence (news sentences usually open
//! with their subject) and the person named last before the pronoun. One distinct
//! person among them: the pronoun is theirs. Two: no guess, no mention. Without a
//! parser or gender data this is all we can safely say; "it" and "they" are never
//! resolved, as they too often mean something that is no actor.

use super::text::Doc;
use super::{Actor, Mention, MentionSource};
use crate::ner::EntityType;

/// A pronoun mention's score is its antecedent's, lowered by this factor.
pub(crate) const SCORE_FACTOR: f32 = 0.6;

/// How many sentences before the pronoun's own are searched.
const WINDOW: usize = 2;

const PRONOUNS: &[&str] = &["he", "she", "his", "her", "him"];

/// Pronoun mentions for `doc`, given its named mentions (ordered by position) and
/// their actors. Pronouns that overlap a named mention are skipped.
pub(crate) fn resolve(doc: &Doc, mentions: &[Mention], actors: &[Actor]) -> Vec<Mention> {
    let people: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            m.source == MentionSource::Entity && actors.get(m.actor.0).is_some_and(|a| a.kind == EntityType::Per)
        })
        .collect();
    let mut out = Vec::new();
    for s in 0..doc.sentences.len() {
        for w in 0..doc.len(s) {
            if !PRONOUNS.contains(&doc.word(s, w).to_lowercase().as_str()) {
                continue;
            }
            let Some(span) = doc.word_span(s, w) else { continue };
            // Mentions are sorted and disjoint: the only one that can overlap the
            // pronoun is the first that ends after its start.
            let next = mentions.partition_point(|m| m.span.end <= span.start);
            if mentions.get(next).is_some_and(|m| m.span.overlaps(span)) {
                continue;
            }
            // Names in the window, in text order: earlier sentences whole, this
            // one up to the pronoun.
            // `people` is in text order, so the window is a slice found by binary search.
            let lo = people.partition_point(|m| m.sentence + WINDOW < s);
            let hi = people.partition_point(|m| m.sentence < s || (m.sentence == s && m.span.end <= span.start));
            let window: &[&Mention] = &people[lo..hi.max(lo)];
            let Some(&antecedent) = window.last() else { continue };
            // First name of each sentence: in text order, a name whose sentence
            // differs from the previous name's.
            let mut firsts = window
                .iter()
                .enumerate()
                .filter(|&(i, m)| i == 0 || window[i - 1].sentence != m.sentence)
                .map(|(_, m)| m);
            if firsts.any(|m| m.actor != antecedent.actor) {
                continue; // two people compete: no guess
            }
            out.push(Mention {
                sentence: s,
                words: w..w + 1,
                span,
                actor: antecedent.actor,
                source: MentionSource::Pronoun,
                score: SCORE_FACTOR * antecedent.score,
            });
        }
    }
    out
}

//! Cues around a trigger that change what it means: negation and denial, hypotheticals
//! and questions, passive voice, participle clauses, and domain blockers.

use super::matcher::TriggerMatch;
use super::rules::{Rule, RuleSet, TriggerKind, WordList};
use super::view::SentView;
use super::Polarity;

/// How many items left of the trigger negation and hypothetical cues may be.
const CUE_WINDOW: usize = 6;
const HYPOTHETICAL_WINDOW: usize = 8;

/// Whether a multiword entry of `list` ends at item `end`.
fn phrase_at(sv: &SentView, list: &WordList, end: usize) -> bool {
    list.phrases().iter().any(|p| sv.phrase_ending_at(p, end).is_some())
}

fn in_list(sv: &SentView, list: &WordList, i: usize) -> bool {
    sv.word(i).is_some_and(|w| list.contains(w)) || phrase_at(sv, list, i)
}

/// Polarity of the event: `Negated` when a negation ("did not meet", "never met",
/// "no talks") or a denial verb ("denied accusing", "refused to meet", "ruled out
/// talks") governs the trigger. The scan stops at clause boundaries, and for verbs at
/// the subject (`stop_after`), so "Y, who never left, met Z" stays positive.
pub(crate) fn polarity(sv: &SentView, tm: &TriggerMatch, stop_after: Option<usize>) -> Polarity {
    let lex = sv.lex;
    let lowest = tm.first.saturating_sub(CUE_WINDOW);
    let mut i = tm.first;
    while i > lowest {
        i -= 1;
        if stop_after.is_some_and(|s| i <= s) {
            break;
        }
        // "not only met X but also ..." affirms.
        let not_only = sv.is_word(i, "not") && sv.is_word(i + 1, "only");
        if (sv.is_negation(i) && !not_only) || in_list(sv, &lex.denial, i) {
            return Polarity::Negated;
        }
        // Reporting words do not stop the scan: "denies reports of an assault on X".
        if sv.is_punct(i) || sv.is_clause_break(i) || sv.is_relative(i) || sv.is_coordinator(i) || sv.is_word(i, "but")
        {
            break;
        }
    }
    Polarity::Positive
}

/// Whether the event is only hypothetical ("could meet", "if X attacks Y", "invited X
/// to meet Y") or asked about: such events are not relations at all.
pub(crate) fn is_hypothetical(sv: &SentView, tm: &TriggerMatch) -> bool {
    let question =
        (0..sv.len()).rev().find(|&i| !sv.is_punct(i) || sv.is_word(i, "?")).is_some_and(|i| sv.is_word(i, "?"));
    if question {
        return true;
    }
    let lex = sv.lex;
    // "will only visit X once the occupation ends": a condition restricts the event.
    let only_before = (tm.first.saturating_sub(3)..tm.first).any(|i| sv.is_word(i, "only"));
    if only_before {
        let after = (tm.last + 1..(tm.last + 1 + 2 * CUE_WINDOW).min(sv.len()))
            .take_while(|&i| !sv.is_clause_break(i) && !sv.is_word(i, ";"))
            .any(|i| matches!(sv.word(i), Some("once" | "if" | "unless" | "when" | "until" | "after")));
        if after {
            return true;
        }
    }
    // "It is possible that X and Y will meet": the scan crosses "that", not punctuation
    // or a reporting verb.
    let lowest = tm.first.saturating_sub(HYPOTHETICAL_WINDOW);
    let mut i = tm.first;
    while i > lowest {
        i -= 1;
        // A capital mid-sentence is a name or a month ("in May"), not a modal.
        let capital = i > 0 && sv.items[i].capitalized;
        if !capital && in_list(sv, &lex.hypothetical, i) {
            return true;
        }
        if sv.is_punct(i) && !sv.is_word(i, "-") || sv.is_reporting(i) {
            break;
        }
    }
    false
}

/// The trigger's first word is a gerund ("accusing").
fn is_gerund(sv: &SentView, tm: &TriggerMatch) -> bool {
    sv.word(tm.first).is_some_and(|w| w.ends_with("ing") && w.chars().count() > 4)
}

/// Passive voice: a be-form before a verbal trigger that is not a gerund ("was
/// accused", "has been criticised"), or a participle followed by a "by"-agent
/// ("Arbil, attacked by Iraqi forces").
pub(crate) fn is_passive(sv: &SentView, rule: &Rule, tm: &TriggerMatch) -> bool {
    if rule.kind != TriggerKind::Verb || is_gerund(sv, tm) {
        return false;
    }
    let mut i = tm.first;
    for _ in 0..3 {
        let Some(prev) = i.checked_sub(1) else { break };
        i = prev;
        if sv.word(i).is_some_and(|w| sv.lex.be_forms.contains(w)) {
            return true;
        }
        if !(sv.is_adverb(i) || sv.is_negation(i)) {
            break;
        }
    }
    let mut j = tm.last + 1;
    while sv.is_adverb(j) {
        j += 1;
    }
    sv.is_word(j, "by") && sv.word(tm.first).is_some_and(|w| w.ends_with("ed"))
}

/// A verbal "-ing" trigger used as an adjective or a noun: "met visiting French
/// minister X", "the fighting in Arbil", "heavy shelling". Such a word is not the
/// clause's verb, so it has no subject of its own.
pub(crate) fn is_attributive(sv: &SentView, rule: &Rule, tm: &TriggerMatch) -> bool {
    if rule.kind != TriggerKind::Verb || !is_gerund(sv, tm) {
        return false;
    }
    let Some(prev) = tm.first.checked_sub(1) else { return false };
    if sv.is_determiner(prev) || sv.is_possessive_pronoun(prev) || sv.is_possessive(prev) {
        return true;
    }
    // After another word only the listed adjectival participles ("met visiting X",
    // "invading troops"); "denied accusing X" is a verb's complement.
    sv.is_plain_word(prev) && sv.word(tm.first).is_some_and(|w| sv.lex.attributive.contains(w))
}

/// A gerund after a comma or a subordinator ("..., accusing Y", "before visiting Y").
pub(crate) fn is_participial(sv: &SentView, tm: &TriggerMatch) -> bool {
    if !is_gerund(sv, tm) {
        return false;
    }
    let mut i = tm.first;
    while let Some(prev) = i.checked_sub(1) {
        i = prev;
        if sv.is_adverb(i) {
            continue;
        }
        return sv.is_comma(i) || sv.is_subordinator(i) || sv.is_word(i, "by") || sv.is_word(i, "without");
    }
    false
}

/// The name of the first blocker that vetoes `rule` at this trigger (sports results,
/// markets...), if any.
pub(crate) fn blocked_by<'r>(sv: &SentView, rules: &'r RuleSet, rule: &Rule, tm: &TriggerMatch) -> Option<&'r str> {
    for b in &rules.blockers {
        if !b.relations.contains(&rule.relation) {
            continue;
        }
        let (lo, hi) = if b.window == 0 {
            (0, sv.len())
        } else {
            (tm.first.saturating_sub(b.window), (tm.last + 1 + b.window).min(sv.len()))
        };
        let hit = |i: usize| in_list(sv, &b.words, i) || sv.items[i].inner.iter().any(|w| b.words.contains(w));
        if (lo..hi).any(|i| !tm.words.contains(&i) && hit(i)) {
            return Some(&b.name);
        }
    }
    None
}

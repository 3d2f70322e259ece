//! Trigger matching: finds every occurrence of every rule's trigger phrases in a
//! sentence. Triggers match plain words only (never inside a mention), case-insensitively.

use super::rules::{GapKind, RuleSet};
use super::view::SentView;
use std::ops::Range;

/// Most words a "..." or "{target}" gap in a trigger may span ("started a new round of peace talks").
pub(crate) const MAX_GAP: usize = 5;

/// One trigger occurrence.
#[derive(Debug, Clone)]
pub(crate) struct TriggerMatch {
    pub rule: usize,
    /// First and last item of the whole phrase, gaps included.
    pub first: usize,
    pub last: usize,
    /// Items a "{target}" gap covered, if the trigger has one ("held {target} responsible").
    pub target_gap: Option<Range<usize>>,
    /// Items of the trigger's own words (gaps excluded).
    pub words: Vec<usize>,
}

/// All trigger matches in the sentence. For one rule and one start position only the
/// longest match is kept, so "visit to" wins over "visit".
pub(crate) fn find_triggers(sv: &SentView, rules: &RuleSet) -> Vec<TriggerMatch> {
    let mut out: Vec<TriggerMatch> = Vec::new();
    for start in 0..sv.len() {
        let Some(word) = sv.word(start) else { continue };
        let Some(cands) = rules.index.get(word) else { continue };
        for &(ri, ti) in cands {
            let trig = &rules.rules[ri].triggers[ti];
            let Some(m) = match_at(sv, &trig.parts, &trig.gaps, start) else { continue };
            let m = TriggerMatch { rule: ri, ..m };
            match out.iter_mut().find(|o| o.rule == ri && o.first == start) {
                Some(existing) if existing.last < m.last => *existing = m,
                Some(_) => {}
                None => out.push(m),
            }
        }
    }
    out.sort_by_key(|m| (m.first, m.rule));
    out
}

/// Matches a whole trigger (word runs separated by gaps) starting at item `start`.
fn match_at(sv: &SentView, parts: &[Vec<String>], gaps: &[GapKind], start: usize) -> Option<TriggerMatch> {
    let head_end = match_run(sv, &parts[0], start)?;
    let mut pos = head_end;
    let mut target_gap = None;
    let mut words: Vec<usize> = (start..head_end).collect();
    for (part, gap) in parts[1..].iter().zip(gaps) {
        // Try the shortest gap first so "held talks ... talks" binds the nearest one.
        let mut found = None;
        let min_gap = usize::from(*gap == GapKind::Target);
        for g in min_gap..=MAX_GAP {
            let at = pos + g;
            if at >= sv.len() {
                break;
            }
            // A gap never spans clause punctuation, and a filler gap holds no actors.
            let gap_items = pos..at;
            if gap_items.clone().any(|i| sv.is_clause_break(i) || sv.is_word(i, ",") || sv.is_word(i, "."))
                || (*gap == GapKind::Filler && gap_items.clone().any(|i| sv.is_mention(i)))
            {
                break;
            }
            if let Some(end) = match_run(sv, part, at) {
                if *gap == GapKind::Target {
                    if !gap_items.clone().any(|i| sv.is_mention(i)) {
                        continue;
                    }
                    target_gap = Some(gap_items.clone());
                }
                found = Some(end);
                break;
            }
        }
        let end = found?;
        words.extend(end - part.len()..end);
        pos = end;
    }
    Some(TriggerMatch { rule: 0, first: start, last: pos - 1, target_gap, words })
}

/// Matches consecutive words at `start`; returns the item after the run.
fn match_run(sv: &SentView, words: &[String], start: usize) -> Option<usize> {
    for (k, w) in words.iter().enumerate() {
        if sv.word(start + k)? != w {
            return None;
        }
    }
    Some(start + words.len())
}

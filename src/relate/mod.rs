//! Stage 5: rule-based relation linking.
//!
//! Used by pipeline, graph, export and eval through:
//! [`Polarity`], [`RelationInstance`], [`RuleSet`] (`builtin`, `load`, `from_toml`) and [`relate`].
//!
//! How it works, per sentence:
//! 1. [`view`]: the sentence's words with each mention collapsed into one actor slot.
//! 2. [`matcher`]: every trigger phrase of every rule is found ("accused", "held ... talks").
//! 3. [`cues`]: domain blockers (sports, markets) and hypotheticals discard a trigger;
//!    negation and denial mark it `Negated`; passive voice swaps the roles.
//! 4. [`args`]: the rule's frames find source and target around the trigger (subject and
//!    object, "by"-agent, coordinated pairs, "between X and Y").
//! 5. Instances are scored, self-relations dropped, duplicates merged.
//!
//! Which words trigger what, with which codes and base scores, lives in the rule file
//! (`data/rules.toml`, see [`rules`]); this code only knows the grammar.

mod args;
mod cues;
mod matcher;
mod rules;
mod view;

#[cfg(test)]
mod tests;

pub use rules::{RelationDef, RuleSet, BUILTIN as BUILTIN_RULES};

use crate::resolve::{MentionSource, ResolvedDoc};
use crate::tokenize::{Sentence, Span};
use args::{Coord, SubjectMode};
use matcher::TriggerMatch;
use rules::{Frame, Rule, TriggerKind};
use std::collections::HashMap;
use view::SentView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Polarity {
    Positive,
    Negated,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negated => "negated",
        }
    }
}

/// One relation instance found in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationInstance {
    /// Relation type from the rule file ("ACCUSE", "MEET", "OPPOSE", ...).
    pub relation: String,
    /// Index into `ResolvedDoc::mentions` of the source (for symmetric relations: the first-mentioned).
    pub source: usize,
    pub target: usize,
    /// false for symmetric relations (MEET, mutual OPPOSE).
    pub directed: bool,
    pub polarity: Polarity,
    pub sentence: usize,
    /// Byte span of the trigger word or phrase.
    pub trigger: Span,
    /// Id of the rule that fired.
    pub rule: String,
    /// Confidence in [0, 1]; orders edges, `--min-score` filters on it.
    pub score: f32,
    /// PLOVER category and CAMEO root code from the rule.
    pub plover: String,
    pub cameo: String,
}

/// Finds the relations stated in each sentence of one document.
///
/// `sentences` and `doc` must come from the same `text` (as the tokenize and resolve
/// stages produce them); mentions that do not fit their sentence are ignored.
/// Negated events are returned with `Polarity::Negated`; callers decide whether to keep them.
pub fn relate(text: &str, sentences: &[Sentence], doc: &ResolvedDoc, rules: &RuleSet) -> Vec<RelationInstance> {
    let mut mentions_per_sentence = vec![0usize; sentences.len()];
    for m in &doc.mentions {
        if let Some(c) = mentions_per_sentence.get_mut(m.sentence) {
            *c += 1;
        }
    }
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        // A relation needs two mentions in the sentence.
        if mentions_per_sentence[si] < 2 {
            continue;
        }
        let mut sv = SentView::new(text, sentence, si, doc, rules);
        let matches = matcher::find_triggers(&sv, rules);
        let verbal = matches.iter().filter(|m| rules.rules[m.rule].kind == TriggerKind::Verb).map(|m| m.first);
        sv.mark_verb_triggers(verbal.collect::<Vec<_>>());
        out.extend(relate_sentence(&sv, rules, matches));
    }
    out
}

/// Largest coordinated subject whose members are paired up by the `pair` frame.
const MAX_PAIR_GROUP: usize = 3;

/// Source and target items found for one trigger, and where its subject ends.
struct Arguments {
    pairs: Vec<(usize, usize)>,
    subject_end: Option<usize>,
}

fn relate_sentence(sv: &SentView, rules: &RuleSet, mut matches: Vec<TriggerMatch>) -> Vec<RelationInstance> {
    // Earlier rules in the file take precedence over later ones on overlapping words,
    // so a specific rule ("attacking X's decision" = ACCUSE) can pre-empt a general one.
    matches.sort_by_key(|m| (m.rule, m.first));
    let mut claimed: Vec<(usize, usize, usize)> = Vec::new();
    let mut found: Vec<RelationInstance> = Vec::new();
    for tm in &matches {
        if claimed.iter().any(|&(first, last, rule)| rule != tm.rule && first <= tm.last && tm.first <= last) {
            continue;
        }
        let rule = &rules.rules[tm.rule];
        if cues::blocked_by(sv, rules, rule, tm).is_some()
            || cues::is_hypothetical(sv, tm)
            || cues::is_attributive(sv, rule, tm)
        {
            continue;
        }
        let args = arguments(sv, rule, tm);
        if args.pairs.is_empty() {
            continue;
        }
        let stop = if rule.kind == TriggerKind::Verb { args.subject_end.filter(|&e| e < tm.first) } else { None };
        let polarity = cues::polarity(sv, tm, stop);
        let before = found.len();
        for &(s, t) in &args.pairs {
            if let Some(inst) = instance(sv, rules, rule, tm, s, t, polarity) {
                found.push(inst);
            }
        }
        if found.len() > before {
            claimed.push((tm.first, tm.last, tm.rule));
        }
    }
    dedupe(found)
}

/// Applies the rule's frames around one trigger.
fn arguments(sv: &SentView, rule: &Rule, tm: &TriggerMatch) -> Arguments {
    let mode = SubjectMode { noun: rule.kind == TriggerKind::Noun, participial: cues::is_participial(sv, tm) };
    let mut pairs = Vec::new();

    if cues::is_passive(sv, rule, tm) {
        // "Y was accused by X": without a "by"-agent there is no source, and the
        // subject is the target, so active frames must not run.
        let mut subject_end = None;
        if rule.frames.contains(&Frame::Passive) {
            if let (Some(agent), Some(subject)) = (sv.find_agent(tm.last), sv.find_subject(tm.first, mode)) {
                subject_end = Some(subject.end);
                for &a in &agent.heads {
                    for &s in &subject.heads {
                        pairs.push((a, s));
                    }
                }
            }
        }
        return Arguments { pairs, subject_end };
    }

    // "talks between X and Y": both arguments follow the trigger.
    if sv.is_word(tm.last, "between") {
        if rule.frames.contains(&Frame::Between) {
            if let Some(obj) = sv.find_object(tm.last, rule, Coord::Between) {
                push_all_pairs(&obj.heads, &mut pairs);
            }
        }
        return Arguments { pairs, subject_end: None };
    }

    let wants_subject = rule.frames.iter().any(|f| matches!(f, Frame::Active | Frame::Pair));
    let subject = if wants_subject {
        sv.find_subject(tm.first, mode).or_else(|| {
            if mode.participial {
                sv.participle_subject_after(tm.first)
            } else {
                None
            }
        })
    } else {
        None
    };
    let object = match &tm.target_gap {
        // "held {target} responsible": the target is inside the gap.
        Some(gap) => sv
            .find_object(gap.start.saturating_sub(1), rule, Coord::Object)
            .filter(|g| g.heads.iter().all(|h| gap.contains(h))),
        None => sv.find_object(tm.last, rule, Coord::Object),
    };
    // "a visit to Ukraine by Taiwan's vice president": a nominal's "by"-agent after its
    // object is the source, whatever the clause's subject.
    if mode.noun && rule.frames.contains(&Frame::Active) {
        if let Some(object) = &object {
            if let Some(agent) = sv.find_agent(object.end) {
                for &a in &agent.heads {
                    for &o in &object.heads {
                        pairs.push((a, o));
                    }
                }
                return Arguments { pairs, subject_end: None };
            }
        }
    }
    if let Some(subject) = &subject {
        if rule.frames.contains(&Frame::Active) {
            // "Izetbegovic, whom he met": the relative pronoun's antecedent is the object.
            let object = object.clone().or_else(|| sv.object_relative(subject));
            if let Some(object) = object {
                for &s in &subject.heads {
                    for &o in &object.heads {
                        pairs.push((s, o));
                    }
                }
            }
        }
        // "X and Y met": every pair of a small group. A long list ("the five nations --
        // A, B, C, D and E -- will meet") is a body convening, not pairs meeting.
        if pairs.is_empty()
            && rule.frames.contains(&Frame::Pair)
            && object.is_none()
            && subject.heads.len() <= MAX_PAIR_GROUP
        {
            push_all_pairs(&subject.heads, &mut pairs);
        }
    }
    Arguments { pairs, subject_end: subject.map(|s| s.end) }
}

fn push_all_pairs(heads: &[usize], pairs: &mut Vec<(usize, usize)>) {
    for (k, &a) in heads.iter().enumerate() {
        for &b in &heads[k + 1..] {
            pairs.push((a, b));
        }
    }
}

/// Builds one instance from a source and a target item, or `None` when the pair is
/// not a relation (same actor, wrong kind, a pronoun for an actor not named here).
fn instance(
    sv: &SentView,
    rules: &RuleSet,
    rule: &Rule,
    tm: &TriggerMatch,
    src_item: usize,
    tgt_item: usize,
    polarity: Polarity,
) -> Option<RelationInstance> {
    let doc = sv.doc;
    let (src, tgt) = (sv.mention(src_item)?, sv.mention(tgt_item)?);
    let (sm, tgm) = (&doc.mentions[src], &doc.mentions[tgt]);
    if src == tgt || sm.actor == tgm.actor {
        return None;
    }
    if !rule.source_kinds.contains(&doc.actors[sm.actor].kind)
        || !rule.target_kinds.contains(&doc.actors[tgm.actor].kind)
    {
        return None;
    }
    // Guidelines: an actor given only as a pronoun counts when it is named in the same sentence.
    let named_here = |actor: usize| {
        doc.mentions.iter().any(|m| m.sentence == sv.index && m.actor == actor && m.source != MentionSource::Pronoun)
    };
    let pronouns = [sm, tgm].iter().filter(|m| m.source == MentionSource::Pronoun).count();
    if rules.scoring.pronoun_needs_name
        && [sm, tgm].iter().any(|m| m.source == MentionSource::Pronoun && !named_here(m.actor))
    {
        return None;
    }

    let s = &rules.scoring;
    let distance = |item: usize| if item < tm.first { tm.first - item - 1 } else { item.saturating_sub(tm.last + 1) };
    let penalty = (s.distance_penalty * (distance(src_item) + distance(tgt_item)) as f32).min(s.max_distance_penalty);
    let mention_conf = sm.score.min(tgm.score).clamp(0.0, 1.0);
    let mut score = rule.score * (1.0 - penalty) * s.pronoun_factor.powi(pronouns as i32);
    score *= 1.0 - s.mention_weight + s.mention_weight * mention_conf;
    let score = if score.is_finite() { score.clamp(0.0, 1.0) } else { 0.0 };

    // Symmetric relations name the first-mentioned actor as source.
    let (source, target) = if rule.symmetric && tgm.span.start < sm.span.start { (tgt, src) } else { (src, tgt) };
    let trigger = Span::new(sv.items[tm.first].span.start, sv.items[tm.last].span.end);
    Some(RelationInstance {
        relation: rule.relation.clone(),
        source,
        target,
        directed: !rule.symmetric,
        polarity,
        sentence: sv.index,
        trigger,
        rule: rule.id.clone(),
        score,
        plover: rule.plover.clone(),
        cameo: rule.cameo.clone(),
    })
}

/// Keeps the best-scoring instance per (relation, source, target, polarity, directed),
/// in text order.
fn dedupe(found: Vec<RelationInstance>) -> Vec<RelationInstance> {
    let mut best: HashMap<(String, usize, usize, Polarity, bool), usize> = HashMap::new();
    let mut out: Vec<RelationInstance> = Vec::new();
    for inst in found {
        let key = (inst.relation.clone(), inst.source, inst.target, inst.polarity, inst.directed);
        match best.get(&key) {
            Some(&k) if out[k].score >= inst.score => {}
            Some(&k) => out[k] = inst,
            None => {
                best.insert(key, out.len());
                out.push(inst);
            }
        }
    }
    out.sort_by_key(|r| (r.trigger.start, r.source, r.target));
    out
}

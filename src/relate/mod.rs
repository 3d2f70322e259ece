//! Stage 5: rule-based relation linking over the dependency parse.
//!
//! Used by pipeline, graph, export and eval through:
//! [`Polarity`], [`RelationInstance`], [`RuleSet`] (`builtin`, `load`, `from_toml`) and [`relate`].
//!
//! How it works, per sentence (see [`Matcher`]):
//! 1. [`sentence`]: the words with their lemmas, tags and arcs, and the mention each belongs to.
//! 2. Trigger words are looked up by lemma and part of speech ("accuse"/VERB, "talks"/NOUN).
//! 3. [`cues`]: domain blockers (sports, markets) and hypotheticals discard a trigger;
//!    negation and denial in its clause mark it `Negated`.
//! 4. [`args`]: the rule's frames follow dependency paths ([`path`]) from the trigger to
//!    its source and target, spread over coordination, appositions, relative clauses,
//!    light verbs and control.
//! 5. Instances are scored, self-relations dropped, duplicates merged.
//!
//! Which words trigger what, along which paths, with which codes and base scores, lives
//! in the rule file (`data/rules.toml`, see [`rules`]); this code only knows how to
//! walk a tree.

mod agents;
mod args;
mod cues;
mod path;
mod rules;
mod sentence;

#[cfg(test)]
mod tests;

pub use rules::{RelationDef, RuleError, RuleSet, BUILTIN as BUILTIN_RULES};

use crate::ner::EntityType;
use crate::parse::{DepRel, SentenceSyntax, UdRel, Upos};
use crate::resolve::{ActorIndex, MentionIndex, MentionSource, ResolvedDoc};
use crate::tokenize::{Sentence, Span};
use args::{Arg, Via};
use rules::{FrameShape, Rule, RuleId, TriggerPos};
use sentence::Parsed;
use std::collections::HashMap;
use std::sync::Arc;

/// Whether a relation instance asserts the event or denies it; the gold files write
/// it in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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
    /// Relation type from the rule file ("ACCUSE", "MEET", "OPPOSE", ...), shared
    /// with the rule set rather than copied per instance.
    pub relation: Arc<str>,
    /// The source's mention (for symmetric relations: the first-mentioned).
    pub source: MentionIndex,
    pub target: MentionIndex,
    /// false for symmetric relations (MEET, mutual OPPOSE).
    pub directed: bool,
    pub polarity: Polarity,
    pub sentence: usize,
    /// Byte span of the trigger word or phrase.
    pub trigger: Span,
    /// Id of the rule that fired.
    pub rule: Arc<str>,
    /// The frame that found the arguments, and how they were reached beyond it
    /// ("subj-obj", "subj-with+light-verb", "subj-obj+control").
    pub frame: String,
    /// Confidence in [0, 1]; orders edges, `--min-score` filters on it.
    pub score: f32,
    /// PLOVER category and CAMEO root code from the rule.
    pub plover: Arc<str>,
    pub cameo: Arc<str>,
}

impl RelationInstance {
    /// Whether the target is struck, seized or shut in (PLOVER's ASSAULT and COERCE:
    /// fighting, capture, occupation, blockade), so that a place there is the place
    /// itself: "shelled Grozny", "captured the town of Uvira", not its country's
    /// government acting.
    pub fn strikes_target(&self) -> bool {
        matches!(&*self.plover, "ASSAULT" | "COERCE")
    }
}

/// Finds the relations stated in each sentence of one document.
///
/// `sentences`, `syntax` and `doc` must come from the same `text` (as the tokenize,
/// parse and resolve stages produce them); a sentence whose parse does not fit its
/// words, and mentions that do not fit their sentence, are skipped.
/// Negated events are returned with `Polarity::Negated`; callers decide whether to keep them.
pub fn relate(
    text: &str,
    sentences: &[Sentence],
    syntax: &[SentenceSyntax],
    doc: &ResolvedDoc,
    rules: &RuleSet,
) -> Vec<RelationInstance> {
    read_document(text, sentences, syntax, doc, rules).relations
}

/// What one reading of a document's parse gives: its relations, and the mentions that
/// act (`agents.rs`: "Moscow sent troops"), for the resolver's metonymy.
#[derive(Debug, Default)]
pub struct Reading {
    pub relations: Vec<RelationInstance>,
    pub agents: Vec<MentionIndex>,
}

/// The relations and the acting mentions of one document, each sentence's parse view
/// built and repaired once.
pub fn read_document(
    text: &str,
    sentences: &[Sentence],
    syntax: &[SentenceSyntax],
    doc: &ResolvedDoc,
    rules: &RuleSet,
) -> Reading {
    let mentions_of = sentence_mentions(text, sentences, doc, rules);
    let matcher = Matcher { rules };
    let mut out = Reading::default();
    for (si, (sentence, parse)) in sentences.iter().zip(syntax).enumerate() {
        if mentions_of[si].is_empty() {
            continue;
        }
        if let Some(p) = Parsed::new(text, sentence, si, parse, doc, &mentions_of[si]) {
            out.agents.extend(agents::acting(&p, rules));
            // A relation needs two mentions in the sentence.
            if mentions_of[si].len() >= 2 {
                out.relations.extend(matcher.sentence(&p));
            }
        }
    }
    out
}

/// One word's tag and arc as the matcher reads it, after the parse repairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepairedWord {
    pub upos: Upos,
    /// The head's index in the sentence; `None` for the root.
    pub head: Option<usize>,
    pub rel: DepRel,
}

/// Each sentence's words as the matcher reads them, after the parse repairs; `None`
/// for a sentence whose parse does not fit its words. For `eval --verbose`, which
/// shows what the repairs changed.
pub fn repaired_syntax(
    text: &str,
    sentences: &[Sentence],
    syntax: &[SentenceSyntax],
    doc: &ResolvedDoc,
    rules: &RuleSet,
) -> Vec<Option<Vec<RepairedWord>>> {
    let mentions_of = sentence_mentions(text, sentences, doc, rules);
    let words =
        |p: Parsed| (0..p.len()).map(|i| RepairedWord { upos: p.upos(i), head: p.head(i), rel: p.rel(i) }).collect();
    sentences
        .iter()
        .zip(syntax)
        .enumerate()
        .map(|(si, (sentence, parse))| Parsed::new(text, sentence, si, parse, doc, &mentions_of[si]).map(words))
        .collect()
}

/// Each sentence's mentions, found once: a long document has many of both. A backer's
/// name ("Eritrean-backed") stays in the graph's mentions but is no argument or agent.
fn sentence_mentions(text: &str, sentences: &[Sentence], doc: &ResolvedDoc, rules: &RuleSet) -> Vec<Vec<MentionIndex>> {
    let mut mentions_of = vec![Vec::new(); sentences.len()];
    for (k, m) in doc.mentions.iter().enumerate() {
        let backer = sentences
            .get(m.sentence)
            .and_then(|s| s.words.get(m.words.end.checked_sub(1)?))
            .is_some_and(|w| rules.grammar.names_backer(w.text(text)));
        if let Some(list) = mentions_of.get_mut(m.sentence).filter(|_| !backer) {
            list.push(MentionIndex(k));
        }
    }
    mentions_of
}

/// Whether `word` is the "to" clause of a verb listed in `verbs` ("summoned the
/// ambassador to protest").
fn is_purpose_of(p: &Parsed, word: usize, verbs: &std::collections::HashSet<String>) -> bool {
    matches!(p.rel(word).base, UdRel::Advcl | UdRel::Xcomp)
        && p.has_marker(word, "to")
        && p.head(word).is_some_and(|h| p.listed(h, verbs))
}

/// Rules and a parsed sentence in, relation instances out.
struct Matcher<'r> {
    rules: &'r RuleSet,
}

/// One trigger occurrence: a word that is one of a rule's trigger lemmas.
#[derive(Debug, Clone, Copy)]
struct Trigger {
    word: usize,
    rule: RuleId,
    pos: TriggerPos,
    /// Words of the trigger phrase, for the evidence span.
    first: usize,
    last: usize,
}

/// Largest coordinated group whose members a pair frame pairs up (four-party talks
/// do): a longer list ("the five nations -- A, B, C, D and E -- will meet") is a body
/// convening, not pairs meeting.
const MAX_PAIR_GROUP: usize = 4;

impl Matcher<'_> {
    fn sentence(&self, p: &Parsed) -> Vec<RelationInstance> {
        let mut found = Vec::new();
        for word in 0..p.len() {
            // Rules earlier in the file win the word: the first that yields an
            // instance claims it ("attacked X's decision" is criticism, not violence);
            // only rules marked `alongside` still fire after it.
            let mut claimed = false;
            for trigger in self.triggers_at(p, word) {
                if claimed && !self.rules.rule(trigger.rule).alongside {
                    continue;
                }
                let before = found.len();
                self.instances(p, trigger, &mut found);
                claimed |= found.len() > before;
            }
        }
        dedupe(found)
    }

    /// The rules whose trigger `word` is, in file order.
    fn triggers_at(&self, p: &Parsed, word: usize) -> Vec<Trigger> {
        let upos = p.upos(word);
        let mut out: Vec<Trigger> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for entry in p.keys(word).filter(|k| seen.insert(*k)).filter_map(|k| self.rules.index.get(k)) {
            for (rule, pos, phrase) in entry {
                let pos_ok = match pos {
                    TriggerPos::Verb => upos == Upos::Verb,
                    TriggerPos::Noun => matches!(upos, Upos::Noun | Upos::Propn),
                    TriggerPos::Adjective => upos == Upos::Adj,
                };
                if !pos_ok || !phrase.completes(p, word) || out.iter().any(|t| t.rule == *rule) {
                    continue;
                }
                let purpose_of = &self.rules.rule(*rule).purpose_of;
                if !purpose_of.is_empty() && !is_purpose_of(p, word, purpose_of) {
                    continue;
                }
                let parts = p.children(word).iter().copied().filter(|&c| phrase.with.iter().any(|w| p.is(c, w)));
                let (first, last) = parts.fold((word, word), |(a, b), c| (a.min(c), b.max(c)));
                out.push(Trigger { word, rule: *rule, pos: *pos, first, last });
            }
        }
        out.sort_by_key(|t| t.rule);
        out
    }

    /// Applies the rule's frames to one trigger; the first frame that finds a pair wins.
    fn instances(&self, p: &Parsed, t: Trigger, out: &mut Vec<RelationInstance>) {
        let rules = self.rules;
        let g = &rules.grammar;
        let rule = rules.rule(t.rule);
        let attempt_is_act = rules.relation(rule.relation).attempt_is_act;
        if cues::blocked_by(p, rules, rule.relation, t.word).is_some()
            || cues::is_hypothetical(p, g, t.word, t.pos, attempt_is_act)
        {
            return;
        }
        if rule.no_civilian_objects && civilian_object(p, g, t.word) {
            return;
        }
        let anchors = args::anchors(p, g, t.word, t.pos);
        // An event a verb of taking part or travelling carries is as hypothetical as
        // that verb ("ready to travel to Beijing for talks").
        let carried_by_wish = anchors.iter().any(|&(a, via)| {
            via == Some(args::Via::Participation)
                && p.upos(a) == Upos::Verb
                && cues::is_hypothetical(p, g, a, TriggerPos::Verb, attempt_is_act)
        });
        if carried_by_wish {
            return;
        }
        let negation = cues::negation(p, g, t.word, t.pos);
        let polarity = match (negation.polarity(), rule.when_negated) {
            (polarity, false) => polarity,
            (Polarity::Negated, true) if !negation.denied_as_reason(p) => Polarity::Positive,
            (_, true) => return,
        };
        let relation = rules.relation(rule.relation);
        for &frame_id in &rule.frames {
            let frame = rules.frame(frame_id);
            let mut symmetric = rule.symmetric;
            let pairs: Vec<(Arg, Arg)> = match &frame.shape {
                FrameShape::Directed { source, target } => {
                    let targets = args::find(p, g, &anchors, target);
                    let actor = |a: &Arg| p.doc.mention(a.mention).actor;
                    // A target is no source of its own relation, nor its capital or its
                    // country ("X said Turkey was arming Z, accusing Ankara of ...").
                    let is_target = |found: &[Arg]| {
                        found.iter().all(|s| targets.iter().any(|t| p.doc.same_state(actor(t), actor(s))))
                    };
                    let mut sources = args::find_avoiding(p, g, &anchors, source, &is_target);
                    if !sources.is_empty() && source.0.iter().any(|d| d.starts_with_subject()) {
                        for a in args::co_agents(p, g, &anchors) {
                            if !sources.iter().any(|s| s.mention == a.mention) {
                                sources.push(a);
                            }
                        }
                    }
                    // "Syria and Lebanon kept up their boycott of Israel": a possessive
                    // standing for the sources themselves is not a target.
                    let own =
                        |t: &Arg| t.via.contains(&args::Via::Pronoun) && sources.iter().any(|s| actor(s) == actor(t));
                    let targets: Vec<Arg> = targets.into_iter().filter(|t| !own(t)).collect();
                    if !targets.is_empty() {
                        sources.iter().flat_map(|s| targets.iter().map(move |t| (s.clone(), t.clone()))).collect()
                    } else if args::reciprocal(p, g, &anchors, target) || args::exchanged(p, g, t.word) {
                        // "X and Y accused each other", "X and Y traded accusations":
                        // each of them the other; "X and Y exchanged fire": one mutual edge.
                        symmetric |= relation.symmetric_when_mutual;
                        match pairs_within(&sources, !symmetric) {
                            Some(pairs) => pairs,
                            None => continue,
                        }
                    } else {
                        continue;
                    }
                }
                FrameShape::Pair { path, one_phrase } => {
                    let found = match one_phrase {
                        true => args::find_in_one_phrase(p, g, &anchors, path),
                        false => args::find(p, g, &anchors, path),
                    };
                    match pairs_within(&found, false) {
                        Some(pairs) => pairs,
                        None => continue,
                    }
                }
            };
            let before = out.len();
            let actor = |a: &Arg| p.doc.mention(a.mention).actor;
            for (s, tg) in &pairs {
                let polarity = match polarity {
                    Polarity::Negated
                        if !rule.when_negated && !symmetric && negation.only_denied_by(p, g, actor(tg), actor(s)) =>
                    {
                        Polarity::Positive
                    }
                    polarity => polarity,
                };
                if let Some(inst) = self.instance(p, rule, t, &frame.name, (s, tg), symmetric, polarity) {
                    out.push(inst);
                }
            }
            if out.len() > before {
                return;
            }
        }
    }

    /// Builds one instance, or `None` when the pair is not a relation (same actor, wrong
    /// kind, a pronoun for an actor not named in the sentence).
    #[allow(clippy::too_many_arguments)]
    fn instance(
        &self,
        p: &Parsed,
        rule: &Rule,
        t: Trigger,
        frame: &str,
        (src, tgt): (&Arg, &Arg),
        symmetric: bool,
        polarity: Polarity,
    ) -> Option<RelationInstance> {
        let doc = p.doc;
        let (s, tg) = (src.mention, tgt.mention);
        let (sm, tm) = (doc.mention(s), doc.mention(tg));
        if s == tg || doc.same_state(sm.actor, tm.actor) {
            return None;
        }
        if !kind_fits(p, &rule.source_kinds, src) || !kind_fits(p, &rule.target_kinds, tgt) {
            return None;
        }
        if rule.no_regions && is_region(p, tm.actor) {
            return None;
        }
        // "Toyota president Okuda visited the group's plant": a person and the body his
        // title names are one side, which meets or clashes with no one.
        if symmetric && (p.in_title_of(s, tm.actor) || p.in_title_of(tg, sm.actor)) {
            return None;
        }
        if rule.no_forums && (is_forum(p, tm.actor) || forum_event(p, t.word)) {
            return None;
        }
        let sc = &self.rules.scoring;
        // Guidelines: an actor given only as a pronoun counts when it is named in the same sentence.
        let named_here = |actor: ActorIndex| {
            p.mentions.iter().map(|&k| doc.mention(k)).any(|m| m.actor == actor && m.source != MentionSource::Pronoun)
        };
        let pronouns = [sm, tm].iter().filter(|m| m.source == MentionSource::Pronoun).count();
        if sc.pronoun_needs_name && [sm, tm].iter().any(|m| m.source == MentionSource::Pronoun && !named_here(m.actor))
        {
            return None;
        }
        let mut via: Vec<Via> = src.via.iter().chain(&tgt.via).copied().collect();
        let indirect = via.len();
        via.sort();
        via.dedup();
        let mention_conf = sm.score.min(tm.score).clamp(0.0, 1.0);
        let mut score = rule.score * sc.indirect_factor.powi(indirect as i32) * sc.pronoun_factor.powi(pronouns as i32);
        score *= 1.0 - sc.mention_weight + sc.mention_weight * mention_conf;
        let score = if score.is_finite() { score.clamp(0.0, 1.0) } else { 0.0 };

        // Symmetric relations name the first-mentioned actor as source.
        let (source, target) = if symmetric && tm.span.start < sm.span.start { (tg, s) } else { (s, tg) };
        let frame = std::iter::once(frame).chain(via.iter().map(|v| v.as_str())).collect::<Vec<_>>().join("+");
        Some(RelationInstance {
            relation: self.rules.relation(rule.relation).name.clone(),
            source,
            target,
            directed: !symmetric,
            polarity,
            sentence: p.index,
            trigger: Span::new(p.spans[t.first].start, p.spans[t.last].end),
            rule: rule.id.clone(),
            frame,
            score,
            plover: rule.plover.clone(),
            cameo: rule.cameo.clone(),
        })
    }
}

/// A place coded with neither country nor sector: a continent or region ("Africa",
/// "the Middle East"), which the dictionaries know but place in no state.
fn is_region(p: &Parsed, actor: ActorIndex) -> bool {
    p.doc.actor(actor).kind == EntityType::Loc
        && p.doc.code(actor).is_some_and(|c| !c.cameo.is_empty() && c.country.is_none() && c.sector.is_none())
}

/// Whether the verb's object has a civilian modifier ("a refugee camp", "a passenger
/// bus").
fn civilian_object(p: &Parsed, g: &rules::Grammar, verb: usize) -> bool {
    p.children(verb).iter().any(|&o| p.rel(o).is(UdRel::Obj) && args::civilian(p, g, o))
}

/// An international body or a court, by its code: where complaints are lodged.
/// Whether the trigger noun is a forum's own event ("during a U.N. meeting", "at an
/// OPEC meeting"): two who sit in one sit among many, and have not met for it.
fn forum_event(p: &Parsed, word: usize) -> bool {
    p.upos(word) == Upos::Noun
        && p.children(word).iter().any(|&c| {
            c < word
                && matches!(p.rel(c).base, UdRel::Compound | UdRel::Amod | UdRel::Nmod)
                && p.mention(c).is_some_and(|m| is_forum(p, p.doc.mention(m).actor))
        })
}

fn is_forum(p: &Parsed, actor: ActorIndex) -> bool {
    p.doc
        .code(actor)
        .and_then(|c| c.sector)
        .is_some_and(|s| matches!(s, crate::actors::Sector::Igo | crate::actors::Sector::Jud))
}

/// Whether an argument's actor is of a kind the rule takes. A people or group the
/// NER calls MISC acts as an actor where it names a collective ("Chechen separatist
/// leaders", "Kurdish rebels"), is a plural name ("the Chechens", "ethnic Albanians"),
/// or is a group the actor dictionaries code with a role ("Taleban": AFGREB): it is
/// "a Chechen" alone, one unnamed individual, that stands for no one.
fn kind_fits(p: &Parsed, kinds: &[EntityType], arg: &Arg) -> bool {
    let m = p.doc.mention(arg.mention);
    let kind = p.doc.actor(m.actor).kind;
    if kinds.contains(&kind) {
        return true;
    }
    let group = || {
        let plural_name = m.words.end <= p.len() && m.words.end > 0 && {
            let w = m.words.end - 1;
            p.form(w).ends_with('s') && matches!(p.upos(w), Upos::Propn | Upos::Noun | Upos::Adj)
        };
        // "a pro-Baghdad party" names a stance, not a people.
        let stance = m.words.start < p.len() && ["pro-", "anti-"].iter().any(|x| p.form(m.words.start).starts_with(x));
        let coded_group = p.doc.code(m.actor).is_some_and(|c| c.sector.is_some());
        // "they" or "it" for a people ("Chechen separatists said they ...") is a group.
        let pronoun = arg.via.contains(&Via::Pronoun);
        (arg.via.contains(&Via::Collective) || pronoun || plural_name || coded_group) && !stance
    };
    kind == EntityType::Misc && kinds.contains(&EntityType::Org) && group()
}

/// The pairs a group of coordinated actors makes, each once in text order and, with
/// `both_ways`, also reversed; none from a group too large to be parties to one event.
fn pairs_within(members: &[Arg], both_ways: bool) -> Option<Vec<(Arg, Arg)>> {
    if members.len() > MAX_PAIR_GROUP {
        return None;
    }
    let mut pairs = Vec::new();
    for (k, a) in members.iter().enumerate() {
        for b in &members[k + 1..] {
            pairs.push((a.clone(), b.clone()));
            if both_ways {
                pairs.push((b.clone(), a.clone()));
            }
        }
    }
    Some(pairs)
}

/// Keeps the best-scoring instance per (relation, source, target, polarity, directed),
/// in text order.
fn dedupe(found: Vec<RelationInstance>) -> Vec<RelationInstance> {
    let mut best: HashMap<(Arc<str>, MentionIndex, MentionIndex, Polarity, bool), usize> = HashMap::new();
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

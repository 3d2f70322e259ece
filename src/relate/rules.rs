//! The rule file: its TOML format, validation, and the compiled [`RuleSet`].
//!
//! A rule file has five kinds of tables (see `data/rules.toml` for the annotated
//! built-in file):
//!
//! * `[[relation]]` – a relation type: `name`, `symmetric`, `description`.
//! * `[[rule]]` – a set of trigger phrases for one relation, with the argument frames
//!   they take, the PLOVER/CAMEO codes they imply and a base score.
//! * `[lexicon]` – word lists the matcher consults (negation, reporting verbs, titles…).
//! * `[[blocker]]` – domain cue words (sports, markets) that veto some relations nearby.
//! * `[scoring]` – how the base score is lowered for distance and weak mentions.
//!
//! Everything a researcher may want to change lives in the file, so a new relation
//! type or trigger needs no recompilation. Unknown keys are rejected rather than
//! ignored, so a misspelt field is reported instead of silently doing nothing.

use crate::ner::EntityType;
use crate::tokenize::{split_words, Span};
use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The rule file shipped with the crate, compiled in so the binary needs no data folder
/// (also hashed into run fingerprints).
pub const BUILTIN: &str = include_str!("../../data/rules.toml");

// ---------------------------------------------------------------------------
// Raw file format (what serde reads).
// ---------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    version: Option<u32>,
    #[serde(default)]
    scoring: Option<RawScoring>,
    #[serde(default)]
    lexicon: RawLexicon,
    #[serde(default, rename = "relation")]
    relations: Vec<RawRelation>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(default, rename = "blocker")]
    blockers: Vec<RawBlocker>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    distance_penalty: Option<f32>,
    max_distance_penalty: Option<f32>,
    pronoun_factor: Option<f32>,
    mention_weight: Option<f32>,
    pronoun_needs_name: Option<bool>,
}

/// Word lists. Every list is optional; a missing list is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    hypothetical: Vec<String>,
    #[serde(default)]
    reporting: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    collective: Vec<String>,
    #[serde(default)]
    non_actor_heads: Vec<String>,
    #[serde(default)]
    venue_preps: Vec<String>,
    #[serde(default)]
    prepositions: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    adverbs: Vec<String>,
    #[serde(default)]
    time_words: Vec<String>,
    #[serde(default)]
    subordinators: Vec<String>,
    #[serde(default)]
    auxiliaries: Vec<String>,
    #[serde(default)]
    be_forms: Vec<String>,
    #[serde(default)]
    relative_pronouns: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    instruments: Vec<String>,
    #[serde(default)]
    transparent_nouns: Vec<String>,
    #[serde(default)]
    clause_openers: Vec<String>,
    #[serde(default)]
    attributive: Vec<String>,
    #[serde(default)]
    verb_forms: Vec<String>,
    #[serde(default)]
    reporting_to: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    name: String,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    relation: String,
    triggers: Vec<String>,
    #[serde(default)]
    frames: Option<Vec<String>>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    symmetric: Option<bool>,
    plover: String,
    cameo: String,
    score: f32,
    #[serde(default)]
    target_preps: Vec<String>,
    #[serde(default)]
    source_kinds: Option<Vec<String>>,
    #[serde(default)]
    target_kinds: Option<Vec<String>>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    modifier_targets: Option<bool>,
    #[serde(default)]
    target_then: Vec<String>,
    /// Free text for the researcher; accepted so it is not an unknown key.
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlocker {
    name: String,
    relations: Vec<String>,
    #[serde(default)]
    window: usize,
    words: Vec<String>,
}

// ---------------------------------------------------------------------------
// Compiled form.
// ---------------------------------------------------------------------------

/// How a rule finds its arguments around the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// Source = subject on the left, target = object on the right ("X accused Y",
    /// "X's accusations against Y", "X, who is facing off against Y").
    Active,
    /// Target = subject on the left, source = "by"-agent on the right ("Y was accused by X").
    Passive,
    /// Symmetric only: a coordinated subject and no object ("X and Y met").
    Pair,
    /// Symmetric only: "talks between X and Y" (the trigger ends in "between").
    Between,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        match s {
            "active" => Some(Frame::Active),
            "passive" => Some(Frame::Passive),
            "pair" => Some(Frame::Pair),
            "between" => Some(Frame::Between),
            _ => None,
        }
    }
}

/// Whether the trigger is a verb ("accused") or a noun ("accusations against").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TriggerKind {
    Verb,
    Noun,
}

/// What the target must look like, beyond being a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetConstraint {
    Any,
    /// "attacking Israel's decision": the target is a possessor ("X's ...").
    Possessive,
    /// The target follows the trigger directly (after titles, dates, venues), and is not
    /// a possessor: "met X", not "met the deadline set by X" or "met X's aides".
    Direct,
}

/// What may fill a gap between two word runs of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GapKind {
    /// "...": a few words and no actor ("held sporadic peace talks").
    Filler,
    /// "{target}": the target itself ("held Iran responsible").
    Target,
}

/// One trigger phrase: runs of normalised words separated by gaps ("held ... talks").
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub parts: Vec<Vec<String>>,
    /// `gaps[k]` separates `parts[k]` and `parts[k + 1]`.
    pub gaps: Vec<GapKind>,
}

/// One compiled `[[rule]]`.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub id: String,
    pub relation: String,
    pub symmetric: bool,
    pub kind: TriggerKind,
    pub frames: Vec<Frame>,
    pub triggers: Vec<Trigger>,
    pub plover: String,
    pub cameo: String,
    pub score: f32,
    pub target_preps: HashSet<String>,
    pub source_kinds: Vec<EntityType>,
    pub target_kinds: Vec<EntityType>,
    pub target: TargetConstraint,
    /// Whether a name that only modifies the object's noun counts as the target
    /// ("condemned Iraqi involvement" yes; "seized a Sudanese airliner" no).
    /// Collective heads ("Iraqi troops") always count.
    pub modifier_targets: bool,
    /// If not empty, the word right after the target must be one of these
    /// ("attacked Britain for allowing ..." → ACCUSE).
    pub target_then: HashSet<String>,
}

/// A word list that may hold multiword entries ("ruled out", "in case").
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList {
    single: HashSet<String>,
    multi: Vec<Vec<String>>,
}

impl WordList {
    fn new(entries: &[String]) -> WordList {
        let mut list = WordList::default();
        for entry in entries {
            let words = phrase_words(entry);
            match words.len() {
                0 => {}
                1 => {
                    list.single.insert(words.into_iter().next().unwrap_or_default());
                }
                _ => list.multi.push(words),
            }
        }
        list
    }

    /// Whether the single word `w` (normalised) is on the list.
    pub fn contains(&self, w: &str) -> bool {
        self.single.contains(w)
    }

    /// The multiword entries, for callers that match them against word sequences.
    pub fn phrases(&self) -> &[Vec<String>] {
        &self.multi
    }
}

/// The `[lexicon]` tables, compiled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub negation: WordList,
    pub denial: WordList,
    pub hypothetical: WordList,
    pub reporting: WordList,
    pub titles: WordList,
    pub collective: WordList,
    pub non_actor_heads: WordList,
    pub venue_preps: WordList,
    pub prepositions: WordList,
    pub determiners: WordList,
    pub adverbs: WordList,
    pub time_words: WordList,
    pub subordinators: WordList,
    pub auxiliaries: WordList,
    pub be_forms: WordList,
    pub relative_pronouns: WordList,
    pub clause_breaks: WordList,
    pub instruments: WordList,
    pub transparent_nouns: WordList,
    pub clause_openers: WordList,
    pub attributive: WordList,
    pub verb_forms: WordList,
    pub reporting_to: WordList,
}

/// A domain blocker: any of `words` within `window` words of a trigger (0 = anywhere
/// in the sentence) vetoes the listed relations.
#[derive(Debug, Clone)]
pub(crate) struct Blocker {
    pub name: String,
    pub relations: HashSet<String>,
    pub window: usize,
    pub words: WordList,
}

/// Score adjustments (see `[scoring]` in the rule file).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scoring {
    pub distance_penalty: f32,
    pub max_distance_penalty: f32,
    pub pronoun_factor: f32,
    pub mention_weight: f32,
    /// Drop instances whose pronoun argument's actor is not named in the same sentence.
    pub pronoun_needs_name: bool,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            distance_penalty: 0.02,
            max_distance_penalty: 0.3,
            pronoun_factor: 0.7,
            mention_weight: 0.5,
            pronoun_needs_name: true,
        }
    }
}

/// A relation type declared with `[[relation]]`.
#[derive(Debug, Clone)]
pub struct RelationDef {
    pub name: String,
    pub symmetric: bool,
    pub description: String,
}

/// A loaded and validated rule file.
///
/// `RuleSet::builtin()` is the file shipped with the crate; `RuleSet::load(path)` and
/// `RuleSet::from_toml(src, origin)` read a researcher's own file in the same format.
#[derive(Debug, Clone)]
pub struct RuleSet {
    origin: String,
    relations: Vec<RelationDef>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) lexicon: Lexicon,
    pub(crate) blockers: Vec<Blocker>,
    pub(crate) scoring: Scoring,
    /// First word of every trigger → (rule index, trigger index), for fast matching.
    pub(crate) index: HashMap<String, Vec<(usize, usize)>>,
}

impl RuleSet {
    /// The rule file compiled into the crate (`data/rules.toml`).
    pub fn builtin() -> RuleSet {
        // The embedded file is validated by a unit test, so this cannot fail in a
        // released build; if someone breaks it, the message says where.
        RuleSet::from_toml(BUILTIN, "data/rules.toml (builtin)")
            .unwrap_or_else(|e| panic!("the builtin rule file is invalid: {e:#}"))
    }

    /// Reads and validates a rule file from disk.
    pub fn load(path: &Path) -> Result<RuleSet> {
        let src = std::fs::read_to_string(path).with_context(|| format!("cannot read rule file {}", path.display()))?;
        RuleSet::from_toml(&src, &path.display().to_string())
    }

    /// Parses and validates rule-file text; `origin` names it in error messages.
    pub fn from_toml(src: &str, origin: &str) -> Result<RuleSet> {
        // toml's error Display already carries "line N, column M" and a snippet.
        let raw: RawFile = toml::from_str(src).map_err(|e| anyhow!("{origin}: invalid rule file: {e}"))?;
        compile(raw, src, origin)
    }

    /// Where the rules came from (a path, or "data/rules.toml (builtin)").
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The declared relation types, in file order.
    pub fn relations(&self) -> &[RelationDef] {
        &self.relations
    }

    /// Number of `[[rule]]` entries.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }
}

/// Normalises a word for lexicon look-up: lower case, curly apostrophes made straight.
pub(crate) fn normalize(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).map(|c| if matches!(c, '’' | '‘' | '`') { '\'' } else { c }).collect()
}

/// Splits a phrase from the rule file into normalised words with the document tokenizer,
/// so "Atambayev's" in a rule splits exactly as it does in text.
fn phrase_words(phrase: &str) -> Vec<String> {
    split_words(phrase, Span::new(0, phrase.len())).into_iter().map(|s| normalize(s.text(phrase))).collect()
}

/// 1-based line of the first line in `src` that contains `needle`, for error messages.
fn line_of(src: &str, needle: &str) -> Option<usize> {
    src.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

/// "rule \"accuse.verb\" (line 42)" — how errors name a rule.
fn rule_label(src: &str, id: &str, ordinal: usize) -> String {
    let quoted = format!("\"{id}\"");
    match src.lines().position(|l| l.trim_start().starts_with("id") && l.contains(&quoted)) {
        Some(i) => format!("rule {quoted} (line {})", i + 1),
        None => format!("rule {quoted} (rule #{ordinal})"),
    }
}

fn parse_kinds(kinds: &Option<Vec<String>>, default: &[EntityType], what: &str) -> Result<Vec<EntityType>> {
    match kinds {
        None => Ok(default.to_vec()),
        Some(list) => list
            .iter()
            .map(|k| {
                EntityType::parse(k)
                    .ok_or_else(|| anyhow!("{what}: unknown entity kind {k:?} (use PER, ORG, LOC, MISC)"))
            })
            .collect(),
    }
}

/// Parses a trigger phrase; "..." marks a gap of a few words ("held ... talks"), and
/// "{target}" a gap that holds the target ("held {target} responsible").
fn parse_trigger(text: &str) -> Result<Trigger> {
    let mut parts: Vec<Vec<String>> = vec![Vec::new()];
    let mut gaps = Vec::new();
    for piece in text.split_whitespace() {
        if piece == "..." || piece == "…" || piece == "{target}" {
            gaps.push(if piece == "{target}" { GapKind::Target } else { GapKind::Filler });
            parts.push(Vec::new());
        } else {
            let words = phrase_words(piece);
            if let Some(last) = parts.last_mut() {
                last.extend(words);
            }
        }
    }
    if parts.iter().any(Vec::is_empty) {
        bail!("trigger {text:?} is empty or starts/ends with a gap");
    }
    if gaps.iter().filter(|g| **g == GapKind::Target).count() > 1 {
        bail!("trigger {text:?} has more than one {{target}} gap");
    }
    Ok(Trigger { parts, gaps })
}

/// Entity kinds an argument may have unless a rule says otherwise: nationalities and
/// events (MISC) are rarely political actors, and demonyms resolve to countries anyway.
const DEFAULT_KINDS: [EntityType; 3] = [EntityType::Per, EntityType::Org, EntityType::Loc];

fn compile(raw: RawFile, src: &str, origin: &str) -> Result<RuleSet> {
    if let Some(v) = raw.version {
        if v != 1 {
            bail!(
                "{origin}: unsupported rule file version {v} (line {}); this build reads version 1",
                line_of(src, "version").unwrap_or(1)
            );
        }
    }

    // Relations.
    let mut relations = Vec::new();
    let mut symmetric_of = HashMap::new();
    for r in raw.relations {
        let name = r.name.trim().to_string();
        if name.is_empty() {
            bail!("{origin}: a [[relation]] has an empty name");
        }
        if symmetric_of.insert(name.clone(), r.symmetric).is_some() {
            bail!(
                "{origin}: relation {name:?} is declared twice (line {})",
                line_of(src, &format!("\"{name}\"")).unwrap_or(0)
            );
        }
        relations.push(RelationDef { name, symmetric: r.symmetric, description: r.description });
    }

    // Rules.
    let mut rules = Vec::new();
    let mut seen_ids = HashSet::new();
    for (n, r) in raw.rules.into_iter().enumerate() {
        let label = rule_label(src, &r.id, n + 1);
        let ctx = |msg: String| anyhow!("{origin}: {label}: {msg}");
        if r.id.trim().is_empty() {
            return Err(ctx("empty id".into()));
        }
        if !seen_ids.insert(r.id.clone()) {
            return Err(ctx("duplicate rule id".into()));
        }
        let Some(&rel_symmetric) = symmetric_of.get(r.relation.as_str()) else {
            return Err(ctx(format!("unknown relation {:?}; declare it with [[relation]]", r.relation)));
        };
        let symmetric = r.symmetric.unwrap_or(rel_symmetric);
        if !(0.0..=1.0).contains(&r.score) || r.score.is_nan() {
            return Err(ctx(format!("score {} is outside [0, 1]", r.score)));
        }
        if r.plover.trim().is_empty() {
            return Err(ctx("empty plover category".into()));
        }
        if r.cameo.is_empty() || !r.cameo.chars().all(|c| c.is_ascii_digit()) {
            return Err(ctx(format!("cameo code {:?} must be digits like \"112\"", r.cameo)));
        }
        let kind = match r.kind.as_deref() {
            None | Some("verb") => TriggerKind::Verb,
            Some("noun") => TriggerKind::Noun,
            Some(k) => return Err(ctx(format!("kind {k:?} must be \"verb\" or \"noun\""))),
        };
        let frame_names = r.frames.unwrap_or_else(|| vec!["active".to_string()]);
        let mut frames = Vec::new();
        for f in &frame_names {
            let frame = Frame::parse(f)
                .ok_or_else(|| ctx(format!("unknown frame {f:?} (use active, passive, pair, between)")))?;
            if matches!(frame, Frame::Pair | Frame::Between) && !symmetric {
                return Err(ctx(format!("frame {f:?} needs a symmetric rule")));
            }
            frames.push(frame);
        }
        if frames.is_empty() {
            return Err(ctx("no frames".into()));
        }
        if r.triggers.is_empty() {
            return Err(ctx("no triggers".into()));
        }
        let triggers =
            r.triggers.iter().map(|t| parse_trigger(t).map_err(|e| ctx(e.to_string()))).collect::<Result<Vec<_>>>()?;
        let target = match r.target.as_deref() {
            None | Some("any") => TargetConstraint::Any,
            Some("possessive") => TargetConstraint::Possessive,
            Some("direct") => TargetConstraint::Direct,
            Some(t) => return Err(ctx(format!("target {t:?} must be \"any\", \"possessive\" or \"direct\""))),
        };
        let source_kinds =
            parse_kinds(&r.source_kinds, &DEFAULT_KINDS, "source_kinds").map_err(|e| ctx(e.to_string()))?;
        let target_kinds =
            parse_kinds(&r.target_kinds, &DEFAULT_KINDS, "target_kinds").map_err(|e| ctx(e.to_string()))?;
        rules.push(Rule {
            id: r.id,
            relation: r.relation,
            symmetric,
            kind,
            frames,
            triggers,
            plover: r.plover,
            cameo: r.cameo,
            score: r.score,
            target_preps: r.target_preps.iter().map(|p| normalize(p.trim())).collect(),
            source_kinds,
            target_kinds,
            target,
            modifier_targets: r.modifier_targets.unwrap_or(true),
            target_then: r.target_then.iter().map(|w| normalize(w.trim())).collect(),
        });
    }

    // Blockers.
    let mut blockers = Vec::new();
    for b in raw.blockers {
        for rel in &b.relations {
            if !symmetric_of.contains_key(rel.as_str()) {
                bail!(
                    "{origin}: blocker {:?} (line {}): unknown relation {rel:?}",
                    b.name,
                    line_of(src, &format!("\"{}\"", b.name)).unwrap_or(0)
                );
            }
        }
        blockers.push(Blocker {
            name: b.name,
            relations: b.relations.into_iter().collect(),
            window: b.window,
            words: WordList::new(&b.words),
        });
    }

    let l = raw.lexicon;
    let lexicon = Lexicon {
        negation: WordList::new(&l.negation),
        denial: WordList::new(&l.denial),
        hypothetical: WordList::new(&l.hypothetical),
        reporting: WordList::new(&l.reporting),
        titles: WordList::new(&l.titles),
        collective: WordList::new(&l.collective),
        non_actor_heads: WordList::new(&l.non_actor_heads),
        venue_preps: WordList::new(&l.venue_preps),
        prepositions: WordList::new(&l.prepositions),
        determiners: WordList::new(&l.determiners),
        adverbs: WordList::new(&l.adverbs),
        time_words: WordList::new(&l.time_words),
        subordinators: WordList::new(&l.subordinators),
        auxiliaries: WordList::new(&l.auxiliaries),
        be_forms: WordList::new(&l.be_forms),
        relative_pronouns: WordList::new(&l.relative_pronouns),
        clause_breaks: WordList::new(&l.clause_breaks),
        instruments: WordList::new(&l.instruments),
        transparent_nouns: WordList::new(&l.transparent_nouns),
        clause_openers: WordList::new(&l.clause_openers),
        attributive: WordList::new(&l.attributive),
        verb_forms: WordList::new(&l.verb_forms),
        reporting_to: WordList::new(&l.reporting_to),
    };

    let mut scoring = Scoring::default();
    if let Some(s) = raw.scoring {
        let check = |name: &str, v: Option<f32>, default: f32| -> Result<f32> {
            let v = v.unwrap_or(default);
            if !(0.0..=1.0).contains(&v) || v.is_nan() {
                bail!("{origin}: [scoring] {name} = {v} (line {}) is outside [0, 1]", line_of(src, name).unwrap_or(0));
            }
            Ok(v)
        };
        scoring = Scoring {
            distance_penalty: check("distance_penalty", s.distance_penalty, scoring.distance_penalty)?,
            max_distance_penalty: check("max_distance_penalty", s.max_distance_penalty, scoring.max_distance_penalty)?,
            pronoun_factor: check("pronoun_factor", s.pronoun_factor, scoring.pronoun_factor)?,
            mention_weight: check("mention_weight", s.mention_weight, scoring.mention_weight)?,
            pronoun_needs_name: s.pronoun_needs_name.unwrap_or(scoring.pronoun_needs_name),
        };
    }

    let mut index: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (ri, rule) in rules.iter().enumerate() {
        for (ti, trig) in rule.triggers.iter().enumerate() {
            if let Some(first) = trig.parts.first().and_then(|p| p.first()) {
                index.entry(first.clone()).or_default().push((ri, ti));
            }
        }
    }

    Ok(RuleSet { origin: origin.to_string(), relations, rules, lexicon, blockers, scoring, index })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[[relation]]
name = "MEET"
symmetric = true

[[rule]]
id = "meet.verb"
relation = "MEET"
triggers = ["met", "held ... talks"]
plover = "CONSULT"
cameo = "040"
score = 0.9
"#;

    #[test]
    fn builtin_file_is_valid() {
        let rules = RuleSet::builtin();
        let names: Vec<&str> = rules.relations().iter().map(|r| r.name.as_str()).collect();
        for core in ["ACCUSE", "MEET", "OPPOSE"] {
            assert!(names.contains(&core), "builtin lacks {core}");
        }
        assert!(rules.rule_count() > 10);
    }

    #[test]
    fn minimal_file_compiles_with_gaps_and_defaults() {
        let rules = RuleSet::from_toml(MINIMAL, "mini.toml").unwrap();
        let rule = &rules.rules[0];
        assert!(rule.symmetric, "symmetry comes from the relation");
        assert_eq!(rule.frames, vec![Frame::Active]);
        assert_eq!(rule.triggers[1].parts, vec![vec!["held".to_string()], vec!["talks".to_string()]]);
        assert_eq!(rules.index["held"], vec![(0, 1)]);
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err = RuleSet::from_toml("[[rule]]\nid = \"x\"\nscore = = 1\n", "bad.toml").unwrap_err().to_string();
        assert!(err.contains("bad.toml"), "{err}");
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn unknown_relation_names_the_rule_and_line() {
        let src = MINIMAL.replace("relation = \"MEET\"", "relation = \"MEETS\"");
        let err = RuleSet::from_toml(&src, "typo.toml").unwrap_err().to_string();
        assert!(err.contains("typo.toml"), "{err}");
        assert!(err.contains("\"meet.verb\""), "{err}");
        assert!(err.contains("line 7"), "{err}");
        assert!(err.contains("MEETS"), "{err}");
    }

    #[test]
    fn misspelt_keys_and_bad_values_are_rejected() {
        let src = MINIMAL.replace("score = 0.9", "score = 0.9\ntrigers = [\"x\"]");
        let err = RuleSet::from_toml(&src, "keys.toml").unwrap_err().to_string();
        assert!(err.contains("trigers") && err.contains("line"), "{err}");

        let src = MINIMAL.replace("score = 0.9", "score = 1.5");
        let err = RuleSet::from_toml(&src, "score.toml").unwrap_err().to_string();
        assert!(err.contains("outside [0, 1]") && err.contains("meet.verb"), "{err}");

        let src = MINIMAL.replace("cameo = \"040\"", "cameo = \"04x\"");
        assert!(RuleSet::from_toml(&src, "cameo.toml").is_err());

        let src = MINIMAL.replace("\"held ... talks\"", "\"... talks\"");
        let err = RuleSet::from_toml(&src, "gap.toml").unwrap_err().to_string();
        assert!(err.contains("gap"), "{err}");
    }

    #[test]
    fn pair_frame_requires_symmetry() {
        let src = MINIMAL
            .replace("symmetric = true", "symmetric = false")
            .replace("score = 0.9", "score = 0.9\nframes = [\"pair\"]");
        let err = RuleSet::from_toml(&src, "pair.toml").unwrap_err().to_string();
        assert!(err.contains("symmetric"), "{err}");
    }

    #[test]
    fn load_reports_missing_file() {
        let err = RuleSet::load(Path::new("/nonexistent/rules.toml")).unwrap_err().to_string();
        assert!(err.contains("/nonexistent/rules.toml"), "{err}");
    }

    #[test]
    fn normalize_handles_unicode() {
        assert_eq!(normalize("Atambayev’S"), "atambayev's");
        assert_eq!(normalize("ÉLYSÉE"), "élysée");
        assert_eq!(phrase_words("accusations against"), vec!["accusations", "against"]);
    }
}

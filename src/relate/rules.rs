//! The rule file: its TOML format, validation, and the compiled [`RuleSet`].
//!
//! A rule file has six kinds of tables (see `data/rules.toml` for the annotated
//! built-in file):
//!
//! * `[[relation]]` – a relation type: `name`, `symmetric`, `symmetric_when_mutual`,
//!   `attempt_is_act`, `description`.
//! * `[[frame]]` – a named pair of dependency paths from a trigger to its source and
//!   target ("nsubj" and "obj"), or one path whose coordinated members pair up.
//! * `[[rule]]` – trigger lemmas (verbs and event nouns) for one relation, the frames
//!   they take, the PLOVER/CAMEO codes they imply and a base score.
//! * `[grammar]` – word lists the matcher consults (negation, denial, modals, light verbs…).
//! * `[[blocker]]` – domain cue words (sports, markets) that veto some relations nearby.
//! * `[scoring]` – how the base score is lowered for indirect and weak arguments.
//!
//! Everything a researcher may want to change lives in the file, so a new relation
//! type, trigger or frame needs no recompilation. Unknown keys are rejected rather than
//! ignored, so a misspelt field is reported (with its line) instead of doing nothing.

use super::path::{HeadAt, PathSet, PhraseList, TriggerWord};
use crate::ner::EntityType;
use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

/// The rule file shipped with the crate, compiled in so the binary needs no data folder
/// (also hashed into run fingerprints).
pub const BUILTIN: &str = include_str!("../../data/rules.toml");

/// The rule-file format this code reads.
const VERSION: u32 = 2;

// ---------------------------------------------------------------------------
// Raw file format (what serde reads).
// ---------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: Spanned<u32>,
    #[serde(default)]
    scoring: RawScoring,
    #[serde(default)]
    grammar: RawGrammar,
    #[serde(default, rename = "relation")]
    relations: Vec<RawRelation>,
    #[serde(default, rename = "frame")]
    frames: Vec<RawFrame>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(default, rename = "blocker")]
    blockers: Vec<RawBlocker>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    indirect_factor: Option<f32>,
    pronoun_factor: Option<f32>,
    mention_weight: Option<f32>,
    pronoun_needs_name: Option<bool>,
}

/// Grammar words. Every list is optional; a missing list is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrammar {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    modal: Vec<String>,
    #[serde(default)]
    condition: Vec<String>,
    #[serde(default)]
    irrealis: Vec<String>,
    #[serde(default)]
    attempting: Vec<String>,
    #[serde(default)]
    convening: Vec<String>,
    #[serde(default)]
    convened: Vec<String>,
    #[serde(default)]
    light_verbs: Vec<String>,
    #[serde(default)]
    relative: Vec<String>,
    #[serde(default)]
    settings: Vec<String>,
    #[serde(default)]
    collective: Vec<String>,
    #[serde(default)]
    equipment: Vec<String>,
    #[serde(default)]
    traded: Vec<String>,
    #[serde(default)]
    civilian: Vec<String>,
    #[serde(default)]
    sites: Vec<String>,
    #[serde(default)]
    transparent: Vec<String>,
    #[serde(default)]
    responsibility: Vec<String>,
    #[serde(default)]
    travelling: Vec<String>,
    #[serde(default)]
    offices: Vec<String>,
    #[serde(default)]
    participation: Vec<String>,
    #[serde(default)]
    allegation: Vec<String>,
    #[serde(default)]
    possessive: Vec<String>,
    #[serde(default)]
    reciprocal: Vec<String>,
    #[serde(default)]
    exchange: Vec<String>,
    #[serde(default)]
    allegiance: Vec<String>,
    #[serde(default)]
    seated: Vec<String>,
    #[serde(default)]
    state_organs: Vec<String>,
    #[serde(default)]
    threatening: Vec<String>,
    #[serde(default)]
    responding: Vec<String>,
    #[serde(default)]
    distributive: Vec<String>,
    #[serde(default)]
    event_parts: Vec<String>,
    #[serde(default)]
    exemplifying: Vec<String>,
    #[serde(default)]
    holding: Vec<String>,
    #[serde(default)]
    enactments: Vec<String>,
    #[serde(default)]
    adopting: Vec<String>,
    #[serde(default)]
    circumstance: Vec<String>,
    #[serde(default)]
    company: Vec<String>,
    #[serde(default)]
    backing: Vec<String>,
    #[serde(default)]
    subject_pronouns: Vec<String>,
    #[serde(default)]
    object_pronouns: Vec<String>,
    #[serde(default)]
    faiths: Vec<String>,
    #[serde(default)]
    relatives: Vec<String>,
    #[serde(default)]
    counterfactual: Vec<String>,
    #[serde(default)]
    person_pronouns: Vec<String>,
    #[serde(default)]
    pair_people: Vec<String>,
    #[serde(default)]
    summaries: Vec<String>,
    #[serde(default)]
    organisation_anaphors: Vec<String>,
    #[serde(default)]
    place_anaphors: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    name: Spanned<String>,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    symmetric_when_mutual: bool,
    #[serde(default)]
    attempt_is_act: bool,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrame {
    name: Spanned<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    pair: Option<String>,
    #[serde(default)]
    one_phrase: bool,
    /// Free text for the researcher.
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    relation: String,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    frames: Vec<String>,
    #[serde(default)]
    symmetric: Option<bool>,
    #[serde(default)]
    when_negated: bool,
    #[serde(default)]
    alongside: bool,
    #[serde(default)]
    purpose_of: Vec<String>,
    #[serde(default)]
    no_regions: bool,
    #[serde(default)]
    no_forums: bool,
    #[serde(default)]
    no_civilian_objects: bool,
    plover: String,
    cameo: String,
    score: f32,
    #[serde(default)]
    source_kinds: Option<Vec<EntityType>>,
    #[serde(default)]
    target_kinds: Option<Vec<EntityType>>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlocker {
    name: Spanned<String>,
    relations: Vec<String>,
    #[serde(default)]
    window: usize,
    words: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    object: bool,
}

// ---------------------------------------------------------------------------
// Compiled form.
// ---------------------------------------------------------------------------

/// Index of a relation in [`RuleSet::relations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct RelationId(pub usize);

/// Index of a frame in `RuleSet::frames`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct FrameId(pub usize);

/// Index of a rule in `RuleSet::rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct RuleId(pub usize);

/// How a frame finds the arguments of a trigger.
#[derive(Debug, Clone)]
pub(crate) enum FrameShape {
    /// Source and target each at the end of a path ("nsubj" → "obj").
    Directed { source: PathSet, target: PathSet },
    /// The coordinated members at the end of one path pair up ("X and Y met",
    /// "talks between X and Y"); symmetric relations only. With `one_phrase`, both
    /// come from one word at the path's end (with its conjuncts): the modifiers of a
    /// noun are often two phrases the parser hung there apart ("East Jerusalem in
    /// the 1967 Middle East war").
    Pair { path: PathSet, one_phrase: bool },
}

/// One compiled `[[frame]]`.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub name: String,
    pub shape: FrameShape,
}

/// Part of speech a trigger word must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum TriggerPos {
    Verb,
    Noun,
    /// A predicate adjective ("Y was responsible for Z"), which heads its clause as a
    /// verb does.
    Adjective,
}

/// One compiled `[[rule]]`.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub id: Arc<str>,
    pub relation: RelationId,
    pub symmetric: bool,
    /// The rule states its relation only when its trigger is negated ("will not
    /// accept X's demands" is a rejection); unnegated, it states nothing.
    pub when_negated: bool,
    /// The rule fires even where an earlier rule won the word: a second relation the
    /// same trigger states ("captured the town of X from Y").
    pub alongside: bool,
    /// When not empty, the trigger counts only as the "to" clause of one of these
    /// verbs: "summoned the ambassador to protest against X" is a complaint.
    pub purpose_of: HashSet<String>,
    /// A place the dictionaries file under no country (a continent or region: "a trip
    /// to Africa") is no target of this rule.
    pub no_regions: bool,
    /// An international body or a court is no target of this rule: one complains to
    /// it, not of it ("lodged a complaint with the Security Council"); nor is a trigger
    /// that is such a body's own event ("sat together during a U.N. meeting").
    pub no_forums: bool,
    /// An object with a civilian modifier ("attacked a refugee camp in Y") makes no
    /// relation of this rule: what was struck is no side's.
    pub no_civilian_objects: bool,
    pub frames: Vec<FrameId>,
    pub plover: Arc<str>,
    pub cameo: Arc<str>,
    pub score: f32,
    pub source_kinds: Vec<EntityType>,
    pub target_kinds: Vec<EntityType>,
}

/// The `[grammar]` lists, compiled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grammar {
    /// The event nouns of all rules (their head words), from the rules themselves: "the
    /// arrest of their leader X" names no arrest X, as "the chairman of the party X" does.
    pub event_nouns: HashSet<String>,
    /// The verbs of all directed rules (accusing, attacking), from the rules themselves:
    /// whoever such a verb's subject acts on is someone else, so a possessive in its
    /// object is not the subject's ("Chinese vessels fired on its ships").
    pub directed_verbs: HashSet<String>,
    /// Dependents that negate their head ("not", "never", "no").
    pub negation: PhraseList,
    /// Governors that deny or call off the event below them ("denied accusing", "refused to meet").
    pub denial: PhraseList,
    /// Auxiliaries of possibility: the event is not asserted ("could meet").
    pub modal: PhraseList,
    /// Subordinators of conditions and questions ("if X attacks Y").
    pub condition: PhraseList,
    /// Governors of wished, asked or proposed events ("invited X to visit", "called for talks").
    pub irrealis: PhraseList,
    /// Verbs of `irrealis` that attempt the event below them ("tried to kill X"): see
    /// [`RelationDef::attempt_is_act`].
    pub attempting: PhraseList,
    /// Verbs of `irrealis` that convene an event of `convened` they take as object
    /// ("called a strike to protest against X"): the clause below them is no wish.
    pub convening: PhraseList,
    /// Events that `convening` verbs convene ("strike", "rally", "meeting").
    pub convened: HashSet<String>,
    /// Verbs whose event-noun object carries the event ("held talks", "launched an attack").
    pub light_verbs: PhraseList,
    /// Relative pronouns, which stand for the noun their clause modifies.
    pub relative: HashSet<String>,
    /// Verbs whose subject is a setting, not an agent ("Grozny saw heavy fighting").
    pub settings: HashSet<String>,
    /// Heads whose modifier names the actor ("Kazakh authorities", "the government of Iraq").
    pub collective: HashSet<String>,
    /// Modifiers that make a collective head private, so it stands for no side ("a
    /// Vietnamese fishing boat").
    pub civilian: HashSet<String>,
    /// What a side fights with, standing for the side as a collective does ("Hamas
    /// rockets"), though not for a MISC model name compounded with it ("Katyusha").
    pub equipment: HashSet<String>,
    /// What a country sells, which stands for it under sanctions and bans ([grammar] traded).
    pub traded: HashSet<String>,
    /// Sites that stand for a side only under a collective compound ("an army camp").
    pub sites: HashSet<String>,
    /// Nouns that pass a light verb on to the event noun after "of" ("a round of talks").
    pub transparent: HashSet<String>,
    /// Nouns that pass a light verb on to the event noun after "for" ("claimed
    /// responsibility for the attack").
    pub responsibility: HashSet<String>,
    /// Verbs of travelling: an event noun in their "for" phrase is the traveller's
    /// ("flew to Harare for talks with Mugabe").
    pub travelling: PhraseList,
    /// Offices that stand for the state or group named by their modifier ("Nepal's
    /// king"), never for a person who names them ("Atambayev's prime minister").
    pub offices: HashSet<String>,
    /// Words of taking part, whose "in" phrase names an event the part-taker shares
    /// ("took part in the attack", "Iraqi involvement in the attack").
    pub participation: PhraseList,
    /// Verbs whose "of"/"for" complement is alleged, not reported ("accused Y of attacking Z").
    pub allegation: PhraseList,
    /// Possessive pronouns that may stand for an organisation or country ("its troops").
    pub possessive: HashSet<String>,
    /// Pronouns of mutual action, as word sequences ("each other"): a directed relation
    /// whose target is one runs both ways between its coordinated sources.
    pub reciprocal: Vec<Vec<String>>,
    /// Light verbs of exchange, whose event noun is mutual among their coordinated
    /// subjects when it names no target ("X and Y traded accusations").
    pub exchange: PhraseList,
    /// Adjectives through which a collective takes its actor from the phrase after them
    /// ("forces loyal to X").
    pub allegiance: HashSet<String>,
    /// Organs of a place that an "in" phrase names when nothing else does ("police in
    /// Dhaka", "the authorities in Beijing").
    pub seated: HashSet<String>,
    /// Organs and acts of a state through which their owner acts ("Seoul's unification
    /// ministry said").
    pub state_organs: HashSet<String>,
    /// Verbs of threatening, whose condition states the threat's terms rather than
    /// doubting it ("threatened to cut supplies to Y if ...").
    pub threatening: PhraseList,
    /// Verbs of responding, whose "with" phrase names the responder's own act
    /// ("responded with artillery fire on Y").
    pub responding: PhraseList,
    /// Determiners that make a subject each of the actors named before ("each side
    /// accused the other", "both sides blamed each other").
    pub distributive: HashSet<String>,
    /// Nouns of which an event is one part ("the second round of talks"): what is done
    /// to the part (cancelling it) is done to the event.
    pub event_parts: HashSet<String>,
    /// Prepositions that name examples of a plural noun ("countries, including Iran"):
    /// the examples stand for the noun.
    pub exemplifying: HashSet<String>,
    /// Verbs of holding whose participle's agent owns a collective or a site
    /// ("positions held by X", "newspapers owned by Y").
    pub holding: HashSet<String>,
    /// Nouns of an enacted text, whose participle acts for its author ("a resolution
    /// imposing sanctions on Y").
    pub enactments: HashSet<String>,
    /// Verbs that make one the author of an enacted text ("adopted", "signed").
    pub adopting: HashSet<String>,
    /// Subordinators of time and cause, through whose clauses a possessive pronoun
    /// refers to the subject of the clause they modify.
    pub circumstance: HashSet<String>,
    /// Nouns of acting together ("in alliance with Z") and words that say it before
    /// "with" or instead of it ("together with Z", "alongside Z").
    pub company: HashSet<String>,
    /// Second halves of a hyphenated modifier that names a backer, not the side itself
    /// ("Eritrean-backed rebels").
    pub backing: HashSet<String>,
    /// Subject pronouns that may stand for an organisation or country named as the
    /// subject of the clause reporting theirs ("Iraq said it had attacked Y").
    pub subject_pronouns: HashSet<String>,
    /// Object pronouns that stand for the object of the verb their clause hangs on
    /// ("expelled five diplomats, accusing them of spying").
    pub object_pronouns: HashSet<String>,
    /// Adjectives of a faith: they name no side ("Islamic militants").
    pub faiths: HashSet<String>,
    /// Nouns of people close to someone ("her aunt", "his lawyer"): their possessor is
    /// not who the event happens to.
    pub relatives: HashSet<String>,
    /// Auxiliaries that with a perfect "have" say what did not happen ("would have
    /// condemned Y").
    pub counterfactual: HashSet<String>,
    /// Subject pronouns for a person, read by the syntax where the resolver left them
    /// alone ("X urged the army to abandon Y, whom he accused").
    pub person_pronouns: HashSet<String>,
    /// Plurals that with "the two" refer back to the last two people named ("the two
    /// leaders").
    pub pair_people: HashSet<String>,
    /// Nouns that sum up the act of the clause they are set beside ("X seized the
    /// island, a move Y condemned"): as an argument they stand for that act's subject.
    pub summaries: HashSet<String>,
    /// Definite descriptions that refer back to the nearest organisation named before
    /// them in the sentence ("sued CNN, accusing the network of defamation").
    pub organisation_anaphors: HashSet<String>,
    /// The same for places and countries ("expelled Estonia's envoy, accusing the
    /// country of spying").
    pub place_anaphors: HashSet<String>,
}

impl Grammar {
    /// Whether a word is a hyphenated backer or seat ("Eritrean-backed",
    /// "London-based"): it says who backs a side or where it sits, not who acts.
    pub fn names_backer(&self, form: &str) -> bool {
        form.rsplit_once('-').is_some_and(|(_, tail)| self.backing.contains(&tail.to_lowercase()))
    }
}

/// A domain blocker: any of `words` within `window` words of a trigger (0 = anywhere
/// in the sentence) vetoes the listed relations.
#[derive(Debug, Clone)]
pub(crate) struct Blocker {
    pub name: String,
    pub relations: HashSet<RelationId>,
    pub window: usize,
    /// Lower-cased word sequences.
    pub words: Vec<Vec<String>>,
    /// Phrases in which a listed word is no cue ("arms sales" for the markets).
    pub except: Vec<Vec<String>>,
    /// Whether a listed word that heads the trigger's object blocks too, however far
    /// ("met the budget deficit target").
    pub object: bool,
}

/// Score adjustments (see `[scoring]` in the rule file).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scoring {
    /// Per argument reached indirectly (control, a shared subject, a relative clause,
    /// a light verb, a collective head's modifier).
    pub indirect_factor: f32,
    pub pronoun_factor: f32,
    pub mention_weight: f32,
    /// Drop instances whose pronoun argument's actor is not named in the same sentence.
    pub pronoun_needs_name: bool,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring { indirect_factor: 0.95, pronoun_factor: 0.7, mention_weight: 0.5, pronoun_needs_name: true }
    }
}

/// A relation type declared with `[[relation]]`.
#[derive(Debug, Clone)]
pub struct RelationDef {
    pub name: Arc<str>,
    pub symmetric: bool,
    /// A mutual event of a directed relation ("X and Y exchanged fire") is one edge
    /// without direction, not one each way as for accusations ("traded accusations").
    pub symmetric_when_mutual: bool,
    /// Trying is doing ("tried to kill X" is an attack on X): the `[grammar] attempting`
    /// verbs do not make this relation's events hypothetical, as they do a meeting's
    /// ("tried to meet X").
    pub attempt_is_act: bool,
    pub description: String,
}

/// A loaded and validated rule file.
///
/// `RuleSet::builtin()` is the file shipped with the crate; `RuleSet::load(path)` and
/// `RuleSet::from_toml(src, origin)` read a researcher's own file in the same format.
#[derive(Debug, Clone)]
pub struct RuleSet {
    relations: Vec<RelationDef>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) grammar: Grammar,
    pub(crate) blockers: Vec<Blocker>,
    pub(crate) scoring: Scoring,
    /// Trigger words by lemma: which rules they fire, with the part of speech and any
    /// further words they need ("lash" + "out").
    pub(crate) index: HashMap<String, Vec<(RuleId, TriggerPos, TriggerWord)>>,
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
    pub fn load(path: &Path) -> Result<RuleSet, RuleError> {
        let src = std::fs::read_to_string(path).map_err(|source| RuleError::Read { path: path.into(), source })?;
        RuleSet::from_toml(&src, &path.display().to_string())
    }

    /// Parses and validates rule-file text; `origin` names it in error messages.
    pub fn from_toml(src: &str, origin: &str) -> Result<RuleSet, RuleError> {
        let raw: RawFile = toml::from_str(src)
            .map_err(|source| RuleError::Syntax { origin: origin.into(), source: Box::new(source) })?;
        compile(raw, src).map_err(|e| RuleError::Invalid { origin: origin.into(), message: format!("{e:#}") })
    }

    /// The relation types, in file order.
    pub fn relations(&self) -> &[RelationDef] {
        &self.relations
    }

    /// Number of `[[rule]]` tables.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Number of trigger entries (lemma and part of speech) over all rules.
    pub fn trigger_count(&self) -> usize {
        self.index.values().map(Vec::len).sum()
    }

    pub(crate) fn relation(&self, id: RelationId) -> &RelationDef {
        &self.relations[id.0]
    }

    pub(crate) fn rule(&self, id: RuleId) -> &Rule {
        &self.rules[id.0]
    }

    pub(crate) fn frame(&self, id: FrameId) -> &Frame {
        &self.frames[id.0]
    }
}

/// Why a rule file was refused. Messages name the file and the table (with its line).
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("cannot read rule file {}", path.display())]
    Read { path: std::path::PathBuf, source: std::io::Error },
    /// Not TOML, or not the rule file's shape; toml's message carries the line, the
    /// column and a snippet.
    #[error("{origin}: not a rule file")]
    Syntax { origin: String, source: Box<toml::de::Error> },
    /// Well-formed, but a rule, frame or list is wrong ("rule \"m\" (line 10):
    /// unknown frame \"nope\"").
    #[error("{origin}: invalid rule file: {message}")]
    Invalid { origin: String, message: String },
}

/// 1-based line of a byte offset.
fn line_at(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// "rule \"accuse.verb\" (line 42)": how errors name a table.
fn label(src: &str, what: &str, name: &Spanned<String>) -> String {
    format!("{what} {:?} (line {})", name.get_ref(), line_at(src, name.span().start))
}

fn compile(raw: RawFile, src: &str) -> Result<RuleSet> {
    check_version(&raw.version, src)?;
    let relations = compile_relations(raw.relations, src)?;
    let relation_id = |name: &str| relations.iter().position(|d| &*d.name == name).map(RelationId);
    let frames = compile_frames(raw.frames, src)?;
    let (rules, index) = compile_rules(raw.rules, src, &relations, &frames)?;
    let blockers =
        raw.blockers.into_iter().map(|b| compile_blocker(b, src, &relation_id)).collect::<Result<Vec<_>>>()?;
    let mut grammar = compile_grammar(&raw.grammar)?;
    grammar.event_nouns = index
        .iter()
        .filter(|(_, triggers)| triggers.iter().any(|(_, pos, _)| *pos == TriggerPos::Noun))
        .map(|(word, _)| word.clone())
        .collect();
    grammar.directed_verbs = index
        .iter()
        .filter(|(_, triggers)| {
            // One word alone: "hold" of "hold responsible" holds talks too.
            triggers.iter().any(|(rule, pos, phrase)| {
                let rule = &rules[rule.0];
                *pos == TriggerPos::Verb && phrase.with.is_empty() && rule.purpose_of.is_empty() && !rule.symmetric
            })
        })
        .map(|(word, _)| word.clone())
        .collect();
    let scoring = compile_scoring(raw.scoring)?;
    Ok(RuleSet { relations, frames, rules, grammar, blockers, scoring, index })
}

fn check_version(version: &Spanned<u32>, src: &str) -> Result<()> {
    if *version.get_ref() != VERSION {
        bail!(
            "version {} (line {}): this actorgraph reads rule files of version {VERSION} \
             (triggers as lemmas, arguments as dependency frames; see data/rules.toml)",
            version.get_ref(),
            line_at(src, version.span().start)
        );
    }
    Ok(())
}

fn compile_relations(raw: Vec<RawRelation>, src: &str) -> Result<Vec<RelationDef>> {
    let mut relations: Vec<RelationDef> = Vec::new();
    for r in raw {
        if relations.iter().any(|d| *d.name == **r.name.get_ref()) {
            bail!("{} is declared twice", label(src, "relation", &r.name));
        }
        relations.push(RelationDef {
            name: r.name.into_inner().into(),
            symmetric: r.symmetric,
            symmetric_when_mutual: r.symmetric_when_mutual,
            attempt_is_act: r.attempt_is_act,
            description: r.description,
        });
    }
    Ok(relations)
}

fn compile_frames(raw: Vec<RawFrame>, src: &str) -> Result<Vec<Frame>> {
    let mut frames: Vec<Frame> = Vec::new();
    for f in raw {
        let at = label(src, "frame", &f.name);
        if frames.iter().any(|g| g.name == *f.name.get_ref()) {
            bail!("{at} is declared twice");
        }
        let parse = |p: &str| PathSet::parse(p).with_context(|| at.clone());
        let shape = match (f.source, f.target, f.pair) {
            (Some(_), Some(_), None) if f.one_phrase => bail!("{at}: `one_phrase` goes with `pair`"),
            (Some(s), Some(t), None) => FrameShape::Directed { source: parse(&s)?, target: parse(&t)? },
            (None, None, Some(p)) => FrameShape::Pair { path: parse(&p)?, one_phrase: f.one_phrase },
            _ => bail!("{at}: give either `source` and `target`, or `pair`"),
        };
        frames.push(Frame { name: f.name.into_inner(), shape });
    }
    Ok(frames)
}

/// Rules and the index from each trigger's head word to the rules it may fire.
type TriggerIndex = HashMap<String, Vec<(RuleId, TriggerPos, TriggerWord)>>;

fn compile_rules(
    raw: Vec<RawRule>,
    src: &str,
    relations: &[RelationDef],
    frames: &[Frame],
) -> Result<(Vec<Rule>, TriggerIndex)> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut index = TriggerIndex::new();
    let mut seen_ids: HashSet<String> = HashSet::new();
    for r in raw {
        let at = label(src, "rule", &r.id);
        if !seen_ids.insert(r.id.get_ref().clone()) {
            bail!("{at}: the id is used twice");
        }
        let relation = relations
            .iter()
            .position(|d| *d.name == *r.relation)
            .map(RelationId)
            .ok_or_else(|| anyhow!("{at}: unknown relation {:?} (declare it with [[relation]])", r.relation))?;
        let symmetric = r.symmetric.unwrap_or(relations[relation.0].symmetric);
        if r.verbs.is_empty() && r.nouns.is_empty() && r.adjectives.is_empty() {
            bail!("{at}: give at least one trigger in `verbs`, `nouns` or `adjectives`");
        }
        let frame_ids = rule_frames(&r.frames, frames, symmetric, &at)?;
        if !(0.0..=1.0).contains(&r.score) {
            bail!("{at}: score {} is outside [0, 1]", r.score);
        }
        let kinds = |k: Option<Vec<EntityType>>, what: &str| -> Result<Vec<EntityType>> {
            let k = k.unwrap_or_else(|| vec![EntityType::Per, EntityType::Org, EntityType::Loc]);
            if k.is_empty() {
                bail!("{at}: {what} is empty, so the rule could never fire");
            }
            Ok(k)
        };
        let id = RuleId(rules.len());
        for (words, pos, head_at) in [
            (&r.verbs, TriggerPos::Verb, HeadAt::First),
            (&r.nouns, TriggerPos::Noun, HeadAt::Last),
            (&r.adjectives, TriggerPos::Adjective, HeadAt::First),
        ] {
            for w in words {
                let trigger = TriggerWord::parse(w, head_at).with_context(|| at.clone())?;
                index.entry(trigger.head.clone()).or_default().push((id, pos, trigger));
            }
        }
        rules.push(Rule {
            id: r.id.into_inner().into(),
            relation,
            symmetric,
            when_negated: r.when_negated,
            alongside: r.alongside,
            purpose_of: set(&r.purpose_of),
            no_regions: r.no_regions,
            no_forums: r.no_forums,
            no_civilian_objects: r.no_civilian_objects,
            frames: frame_ids,
            plover: r.plover.into(),
            cameo: r.cameo.into(),
            score: r.score,
            source_kinds: kinds(r.source_kinds, "source_kinds")?,
            target_kinds: kinds(r.target_kinds, "target_kinds")?,
        });
    }
    Ok((rules, index))
}

/// The frames a rule names, each declared, and pair frames only in symmetric rules.
fn rule_frames(names: &[String], frames: &[Frame], symmetric: bool, at: &str) -> Result<Vec<FrameId>> {
    if names.is_empty() {
        bail!("{at}: give at least one frame");
    }
    names
        .iter()
        .map(|name| {
            let id = frames
                .iter()
                .position(|f| &f.name == name)
                .ok_or_else(|| anyhow!("{at}: unknown frame {name:?} (declare it with [[frame]])"))?;
            if matches!(frames[id].shape, FrameShape::Pair { .. }) && !symmetric {
                bail!("{at}: frame {name:?} pairs coordinated actors, which only a symmetric rule can use");
            }
            Ok(FrameId(id))
        })
        .collect()
}

fn compile_blocker(b: RawBlocker, src: &str, relation_id: &dyn Fn(&str) -> Option<RelationId>) -> Result<Blocker> {
    let at = label(src, "blocker", &b.name);
    let mut ids = HashSet::new();
    for name in &b.relations {
        ids.insert(relation_id(name).ok_or_else(|| anyhow!("{at}: unknown relation {name:?}"))?);
    }
    let sequences = |list: &[String]| {
        list.iter()
            .map(|w| w.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
    };
    let (words, except) = (sequences(&b.words), sequences(&b.except));
    Ok(Blocker { name: b.name.into_inner(), relations: ids, window: b.window, words, except, object: b.object })
}

/// A word list as a set, matched lower-cased.
fn set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn compile_grammar(g: &RawGrammar) -> Result<Grammar> {
    let list = |words: &[String], what: &str| PhraseList::parse(words).with_context(|| format!("[grammar] {what}"));
    Ok(Grammar {
        // Filled from the rules once they are compiled.
        event_nouns: HashSet::new(),
        directed_verbs: HashSet::new(),
        negation: list(&g.negation, "negation")?,
        denial: list(&g.denial, "denial")?,
        modal: list(&g.modal, "modal")?,
        condition: list(&g.condition, "condition")?,
        irrealis: list(&g.irrealis, "irrealis")?,
        attempting: list(&g.attempting, "attempting")?,
        convening: list(&g.convening, "convening")?,
        convened: set(&g.convened),
        light_verbs: list(&g.light_verbs, "light_verbs")?,
        relative: set(&g.relative),
        settings: set(&g.settings),
        collective: set(&g.collective),
        civilian: set(&g.civilian),
        equipment: set(&g.equipment),
        traded: set(&g.traded),
        sites: set(&g.sites),
        transparent: set(&g.transparent),
        responsibility: set(&g.responsibility),
        travelling: list(&g.travelling, "travelling")?,
        offices: set(&g.offices),
        participation: list(&g.participation, "participation")?,
        allegation: list(&g.allegation, "allegation")?,
        possessive: set(&g.possessive),
        subject_pronouns: set(&g.subject_pronouns),
        object_pronouns: set(&g.object_pronouns),
        faiths: set(&g.faiths),
        relatives: set(&g.relatives),
        counterfactual: set(&g.counterfactual),
        person_pronouns: set(&g.person_pronouns),
        pair_people: set(&g.pair_people),
        summaries: set(&g.summaries),
        organisation_anaphors: set(&g.organisation_anaphors),
        place_anaphors: set(&g.place_anaphors),
        exchange: list(&g.exchange, "exchange")?,
        allegiance: set(&g.allegiance),
        seated: set(&g.seated),
        state_organs: set(&g.state_organs),
        threatening: list(&g.threatening, "threatening")?,
        responding: list(&g.responding, "responding")?,
        distributive: set(&g.distributive),
        event_parts: set(&g.event_parts),
        exemplifying: set(&g.exemplifying),
        holding: set(&g.holding),
        enactments: set(&g.enactments),
        adopting: set(&g.adopting),
        circumstance: set(&g.circumstance),
        company: set(&g.company),
        backing: set(&g.backing),
        reciprocal: g
            .reciprocal
            .iter()
            .map(|r| r.to_lowercase().split_whitespace().map(String::from).collect())
            .collect(),
    })
}

fn compile_scoring(s: RawScoring) -> Result<Scoring> {
    let d = Scoring::default();
    let scoring = Scoring {
        indirect_factor: s.indirect_factor.unwrap_or(d.indirect_factor),
        pronoun_factor: s.pronoun_factor.unwrap_or(d.pronoun_factor),
        mention_weight: s.mention_weight.unwrap_or(d.mention_weight),
        pronoun_needs_name: s.pronoun_needs_name.unwrap_or(d.pronoun_needs_name),
    };
    for (name, v) in [
        ("indirect_factor", scoring.indirect_factor),
        ("pronoun_factor", scoring.pronoun_factor),
        ("mention_weight", scoring.mention_weight),
    ] {
        if !(0.0..=1.0).contains(&v) {
            bail!("[scoring] {name} = {v} is outside [0, 1]");
        }
    }
    Ok(scoring)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_are_valid() {
        let rules = RuleSet::builtin();
        assert!(rules.rule_count() > 10);
        assert!(rules.trigger_count() > 100);
        assert_eq!(rules.relations().iter().map(|r| &*r.name).collect::<Vec<_>>(), ["ACCUSE", "MEET", "OPPOSE"]);
    }

    const HEAD: &str = "version = 2\n[[relation]]\nname = \"MEET\"\nsymmetric = true\n";

    #[test]
    fn errors_name_the_table_and_line() {
        let src = format!(
            "{HEAD}[[frame]]\nname = \"so\"\nsource = \"nsubj\"\ntarget = \"obj\"\n\
             [[rule]]\nid = \"m\"\nrelation = \"MEET\"\nverbs = [\"meet\"]\nframes = [\"nope\"]\n\
             plover = \"CONSULT\"\ncameo = \"040\"\nscore = 0.8\n"
        );
        let err = format!("{:#}", RuleSet::from_toml(&src, "r.toml").unwrap_err());
        assert!(err.contains("rule \"m\" (line 10)") && err.contains("unknown frame \"nope\""), "{err}");
    }

    #[test]
    fn bad_paths_and_old_files_are_refused() {
        let src = format!("{HEAD}[[frame]]\nname = \"x\"\nsource = \"nsubj/\"\ntarget = \"obj\"\n");
        assert!(format!("{:#}", RuleSet::from_toml(&src, "r").unwrap_err()).contains("frame \"x\" (line 6)"));
        let src = format!("{HEAD}[[frame]]\nname = \"x\"\nsource = \"subject\"\ntarget = \"obj\"\n");
        assert!(format!("{:#}", RuleSet::from_toml(&src, "r").unwrap_err()).contains("subject"));
        let old = "version = 1\n";
        assert!(format!("{:#}", RuleSet::from_toml(old, "r").unwrap_err()).contains("version 1 (line 1)"));
    }

    #[test]
    fn pair_frames_need_symmetric_rules() {
        let src = "version = 2\n[[relation]]\nname = \"ACCUSE\"\n[[frame]]\nname = \"p\"\npair = \"nsubj\"\n\
                   [[rule]]\nid = \"a\"\nrelation = \"ACCUSE\"\nverbs = [\"accuse\"]\nframes = [\"p\"]\n\
                   plover = \"ACCUSE\"\ncameo = \"112\"\nscore = 0.8\n";
        assert!(format!("{:#}", RuleSet::from_toml(src, "r").unwrap_err()).contains("only a symmetric rule"));
    }

    #[test]
    fn one_phrase_goes_with_a_pair() {
        let src = "version = 2\n[[relation]]\nname = \"ACCUSE\"\n[[frame]]\nname = \"d\"\nsource = \"nsubj\"\n\
                   target = \"obj\"\none_phrase = true\n";
        assert!(format!("{:#}", RuleSet::from_toml(src, "r").unwrap_err()).contains("`one_phrase` goes with `pair`"));
    }
}

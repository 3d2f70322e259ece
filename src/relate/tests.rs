//! Phenomenon tests for `relate`, on sentences written for them (fictional actors), with
//! hand-built resolver output so they do not depend on NER or the resolver.

use super::*;
use crate::ner::EntityType;
use crate::resolve::{Actor, Mention, MentionSource, ResolvedDoc};
use crate::tokenize::{analyze, Sentence};

/// One mention to build: the surface text (found left to right, each after the previous
/// one), the actor's canonical label, and its kind, optionally with a source:
/// "PER", "LOC/demonym", "PER/pronoun".
type Spec<'a> = (&'a str, &'a str, &'a str);

/// Builds the resolver's output for `text` from mention specs: sentence index, word
/// range and byte span come from `analyze(text)`, as the resolver would give them.
fn build(text: &str, specs: &[Spec]) -> (Vec<Sentence>, ResolvedDoc) {
    let sentences = analyze(text);
    let mut doc = ResolvedDoc::default();
    let mut from = 0;
    for &(surface, label, kind) in specs {
        let (kind, source) = match kind.split_once('/') {
            Some((k, "demonym")) => (k, MentionSource::Demonym),
            Some((k, "pronoun")) => (k, MentionSource::Pronoun),
            Some((_, other)) => panic!("unknown mention source {other}"),
            None => (kind, MentionSource::Entity),
        };
        let kind = EntityType::parse(kind).expect("kind");
        let start =
            from + text[from..].find(surface).unwrap_or_else(|| panic!("{surface:?} not in text after byte {from}"));
        let end = start + surface.len();
        from = end;
        let (si, sentence) = sentences
            .iter()
            .enumerate()
            .find(|(_, s)| s.span.start <= start && end <= s.span.end)
            .expect("mention inside one sentence");
        let first = sentence.words.iter().position(|w| w.start == start).expect("mention starts on a word");
        let last = sentence.words.iter().position(|w| w.end == end).expect("mention ends on a word");
        let actor = match doc.actors.iter().position(|a| a.label == label) {
            Some(a) => a,
            None => {
                doc.actors.push(Actor {
                    id: format!("{}:{}", kind, label.to_lowercase()),
                    label: label.to_string(),
                    kind,
                });
                doc.actors.len() - 1
            }
        };
        let score = if source == MentionSource::Pronoun { 0.8 } else { 0.99 };
        doc.mentions.push(Mention {
            sentence: si,
            words: first..last + 1,
            span: Span::new(start, end),
            actor,
            source,
            score,
        });
    }
    (sentences, doc)
}

/// A relation as (relation, source label, target label, polarity, rule id).
#[derive(Debug, PartialEq)]
struct Edge {
    relation: String,
    source: String,
    target: String,
    directed: bool,
    polarity: Polarity,
    rule: String,
}

fn run_with(rules: &RuleSet, text: &str, specs: &[Spec]) -> Vec<Edge> {
    let (sentences, doc) = build(text, specs);
    let found = relate(text, &sentences, &doc, rules);
    for r in &found {
        assert!((0.0..=1.0).contains(&r.score), "score out of range: {r:?}");
        assert!(
            r.trigger.end <= text.len()
                && text.is_char_boundary(r.trigger.start)
                && text.is_char_boundary(r.trigger.end)
        );
    }
    found
        .iter()
        .map(|r| Edge {
            relation: r.relation.clone(),
            source: doc.actors[doc.mentions[r.source].actor].label.clone(),
            target: doc.actors[doc.mentions[r.target].actor].label.clone(),
            directed: r.directed,
            polarity: r.polarity,
            rule: r.rule.clone(),
        })
        .collect()
}

/// The builtin rules, parsed once for all tests.
fn builtin() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(RuleSet::builtin)
}

fn run(text: &str, specs: &[Spec]) -> Vec<Edge> {
    run_with(builtin(), text, specs)
}

fn edge(relation: &str, source: &str, target: &str, polarity: Polarity, rule: &str) -> Edge {
    let directed = relation != "MEET";
    Edge {
        relation: relation.into(),
        source: source.into(),
        target: target.into(),
        directed,
        polarity,
        rule: rule.into(),
    }
}

fn pos(relation: &str, source: &str, target: &str, rule: &str) -> Edge {
    edge(relation, source, target, Polarity::Positive, rule)
}

fn neg(relation: &str, source: &str, target: &str, rule: &str) -> Edge {
    edge(relation, source, target, Polarity::Negated, rule)
}

const VOLKOV: Spec = ("Volkov", "Dmitri Volkov", "PER");
const HART: Spec = ("Hart", "Lena Hart", "PER");
const PETROV: Spec = ("Petrov", "Ivan Petrov", "PER");

// --- voice -------------------------------------------------------------------

#[test]
fn active_voice_subject_accuses_object() {
    let got = run("Opposition leader Volkov accused Mayor Hart of fraud on Tuesday.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
}

#[test]
fn passive_voice_swaps_roles() {
    let got = run("Hart was accused by Volkov of hiding the budget figures.", &[HART, VOLKOV]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
    let got =
        run("Hart has repeatedly been criticised by the Norland government.", &[HART, ("Norland", "Norland", "LOC")]);
    assert_eq!(got, vec![pos("ACCUSE", "Norland", "Lena Hart", "accuse.criticize")]);
}

#[test]
fn passive_without_agent_gives_nothing() {
    // Hart is the accused, but nobody named accuses her; Tarnow is only her city.
    let got = run("Hart, the mayor of Tarnow, was accused of fraud.", &[HART, ("Tarnow", "Tarnow", "LOC")]);
    assert_eq!(got, vec![]);
}

// --- negation and denial -------------------------------------------------------

#[test]
fn negation_marks_polarity() {
    assert_eq!(
        run("Volkov did not meet Hart during the summit.", &[VOLKOV, HART]),
        vec![neg("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]
    );
    assert_eq!(
        run("Volkov has never met Hart.", &[VOLKOV, HART]),
        vec![neg("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]
    );
    assert_eq!(
        run("Volkov didn't meet Hart.", &[VOLKOV, HART]),
        vec![neg("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]
    );
}

#[test]
fn denial_and_refusal_mark_polarity() {
    assert_eq!(
        run("Volkov denied accusing Hart of corruption.", &[VOLKOV, HART]),
        vec![neg("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]
    );
    assert_eq!(
        run("Volkov refused to meet Hart.", &[VOLKOV, HART]),
        vec![neg("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]
    );
    assert_eq!(
        run("Volkov ruled out talks with Hart.", &[VOLKOV, HART]),
        vec![neg("MEET", "Dmitri Volkov", "Lena Hart", "meet.talks")]
    );
}

#[test]
fn not_only_is_not_a_negation() {
    let got = run("Volkov not only met Hart but also praised her.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

#[test]
fn negation_in_another_clause_does_not_leak() {
    // "not" belongs to the relative clause, which a comma closes.
    let got = run("Volkov, who had not spoken for weeks, met Hart on Friday.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

#[test]
fn hypotheticals_and_questions_are_not_relations() {
    assert_eq!(run("Volkov could meet Hart next month.", &[VOLKOV, HART]), vec![]);
    assert_eq!(
        run(
            "If Norland attacks Esteria, the alliance will respond.",
            &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")]
        ),
        vec![]
    );
    assert_eq!(run("Will Volkov meet Hart?", &[VOLKOV, HART]), vec![]);
    assert_eq!(run("Volkov invited Hart to meet Petrov in June.", &[VOLKOV, HART, PETROV]), vec![]);
}

// --- coordination ----------------------------------------------------------------

#[test]
fn coordinated_objects_distribute() {
    let got = run("Volkov met Hart and Petrov in Oslo.", &[VOLKOV, HART, PETROV, ("Oslo", "Oslo", "LOC")]);
    assert_eq!(
        got,
        vec![
            pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb"),
            pos("MEET", "Dmitri Volkov", "Ivan Petrov", "meet.verb")
        ]
    );
}

#[test]
fn coordinated_subjects_distribute() {
    let got = run("Volkov and Hart accused Petrov of lying.", &[VOLKOV, HART, PETROV]);
    assert_eq!(
        got,
        vec![
            pos("ACCUSE", "Dmitri Volkov", "Ivan Petrov", "accuse.verb"),
            pos("ACCUSE", "Lena Hart", "Ivan Petrov", "accuse.verb")
        ]
    );
}

#[test]
fn coordinated_subject_of_symmetric_verb_is_a_pair() {
    let got = run("On Monday, Volkov and Hart met to discuss the border.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
    let got = run(
        "Norland and Esteria held a second round of talks.",
        &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(got, vec![pos("MEET", "Norland", "Esteria", "meet.hold-talks")]);
}

#[test]
fn talks_between_two_named_sides() {
    let got = run(
        "Talks between Norland and Esteria resumed in Vienna.",
        &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC"), ("Vienna", "Vienna", "LOC")],
    );
    assert_eq!(got, vec![pos("MEET", "Norland", "Esteria", "meet.talks")]);
}

#[test]
fn symmetric_source_is_first_mentioned() {
    // Passive: the agent Volkov comes second, but the symmetric source is Petrov.
    let text = "Petrov was received by Volkov at the palace.";
    let (sentences, doc) = build(text, &[PETROV, VOLKOV]);
    let got = relate(text, &sentences, &doc, builtin());
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].source, got[0].target, got[0].directed), (0, 1, false));
    let text = "Volkov received Petrov at the palace.";
    let (sentences, doc) = build(text, &[VOLKOV, PETROV]);
    let got = relate(text, &sentences, &doc, builtin());
    assert_eq!(got.len(), 1);
    assert!(!got[0].directed);
    assert_eq!((got[0].source, got[0].target), (0, 1));
    assert_eq!((got[0].plover.as_str(), got[0].cameo.as_str()), ("CONSULT", "043"));
}

#[test]
fn verb_coordination_shares_the_subject() {
    let got = run("Volkov met Hart and later accused Petrov of lying.", &[VOLKOV, HART, PETROV]);
    assert_eq!(
        got,
        vec![
            pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb"),
            pos("ACCUSE", "Dmitri Volkov", "Ivan Petrov", "accuse.verb")
        ]
    );
}

// --- appositives and relative clauses ----------------------------------------------

#[test]
fn relative_clause_takes_its_antecedent_as_subject() {
    let got = run("Analysts backed Volkov, who is facing off against Hart in the runoff.", &[VOLKOV, HART]);
    assert_eq!(got, vec![edge_sym("OPPOSE", "Dmitri Volkov", "Lena Hart", "oppose.rivalry")]);
}

fn edge_sym(relation: &str, source: &str, target: &str, rule: &str) -> Edge {
    Edge {
        relation: relation.into(),
        source: source.into(),
        target: target.into(),
        directed: false,
        polarity: Polarity::Positive,
        rule: rule.into(),
    }
}

#[test]
fn appositive_rival_of() {
    let got = run("Petrov, a longtime rival of Volkov, left the party.", &[PETROV, VOLKOV]);
    assert_eq!(got, vec![edge_sym("OPPOSE", "Ivan Petrov", "Dmitri Volkov", "oppose.rivalry-noun")]);
}

#[test]
fn insertion_between_subject_and_verb_is_skipped() {
    let got = run(
        "Volkov, a critic of the Esteria government who lives in Oslo, accused Hart of fraud.",
        &[VOLKOV, ("Esteria", "Esteria", "LOC"), ("Oslo", "Oslo", "LOC"), HART],
    );
    assert_eq!(
        got,
        vec![
            pos("ACCUSE", "Dmitri Volkov", "Esteria", "accuse.nominal"),
            pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")
        ]
    );
}

#[test]
fn object_relative_whom() {
    let got = run("Hart, whom Volkov met in Oslo, praised the deal.", &[HART, VOLKOV, ("Oslo", "Oslo", "LOC")]);
    assert_eq!(got, vec![pos("MEET", "Lena Hart", "Dmitri Volkov", "meet.verb")]);
}

// --- reported speech ------------------------------------------------------------------

#[test]
fn reported_speech_keeps_only_the_reported_event() {
    let got = run("Petrov said Volkov accused Hart of bribery.", &[PETROV, VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
    let got = run("Volkov accused Hart of bribery, Petrov told reporters.", &[VOLKOV, HART, PETROV]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
}

#[test]
fn reporter_is_not_the_subject_of_an_unnamed_clause() {
    // The accuser is "the ministry", not Petrov.
    let got = run("Petrov said the ministry accused Hart of bribery.", &[PETROV, HART]);
    assert_eq!(got, vec![]);
}

#[test]
fn reporting_verb_with_adjunct_keeps_its_subject() {
    let got = run("Volkov said on Monday after a meeting with Hart that progress was slow.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.meeting")]);
}

#[test]
fn participle_clause_shares_the_subject() {
    let got = run("Volkov spoke in Oslo, accusing Hart of corruption.", &[VOLKOV, ("Oslo", "Oslo", "LOC"), HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
    let got = run(
        "Volkov will meet Hart in Oslo before visiting Esteria.",
        &[VOLKOV, HART, ("Oslo", "Oslo", "LOC"), ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(
        got,
        vec![
            pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb"),
            pos("MEET", "Dmitri Volkov", "Esteria", "meet.visit")
        ]
    );
}

#[test]
fn sentence_initial_participle_takes_the_following_subject() {
    let got = run("After meeting Hart in Oslo, Volkov flew home.", &[HART, ("Oslo", "Oslo", "LOC"), VOLKOV]);
    assert_eq!(got, vec![pos("MEET", "Lena Hart", "Dmitri Volkov", "meet.verb")]);
}

// --- nominalisations ---------------------------------------------------------------------

#[test]
fn possessive_nominalisation() {
    let got = run("Volkov's accusations against Hart angered voters.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.nominal")]);
    // Curly apostrophe, same result.
    let got = run("Volkov’s accusations against Hart angered voters.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.nominal")]);
}

#[test]
fn nominalisation_without_target_gives_nothing() {
    let got = run("Voters in Tarnow heard Volkov’s accusations of meddling.", &[("Tarnow", "Tarnow", "LOC"), VOLKOV]);
    assert_eq!(got, vec![]);
}

#[test]
fn premodifier_agent_of_nominal_trigger() {
    let got = run(
        "Exports fell after Esterian sanctions on Norland took effect.",
        &[("Esterian", "Esteria", "LOC/demonym"), ("Norland", "Norland", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Esteria", "Norland", "oppose.sanction")]);
}

// --- titles, demonyms, possessors ----------------------------------------------------

#[test]
fn titles_and_demonyms_between_trigger_and_argument() {
    let got = run(
        "Norlandic President Anton Volkov met Esterian Foreign Minister Lena Hart.",
        &[
            ("Norlandic", "Norland", "LOC/demonym"),
            ("Anton Volkov", "Dmitri Volkov", "PER"),
            ("Esterian", "Esteria", "LOC/demonym"),
            ("Lena Hart", "Lena Hart", "PER"),
        ],
    );
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

#[test]
fn demonym_with_collective_role_is_the_country() {
    let got =
        run("Volkov accused Esterian authorities of meddling.", &[VOLKOV, ("Esterian", "Esteria", "LOC/demonym")]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Esteria", "accuse.verb")]);
}

#[test]
fn demonym_with_person_noun_is_not_the_country() {
    let got =
        run("A senior Esterian politician accused Hart of lying.", &[("Esterian", "Esteria", "LOC/demonym"), HART]);
    assert_eq!(got, vec![]);
}

#[test]
fn possessor_chain_reaches_the_named_head() {
    let got = run(
        "Volkov accused Esteria's interior minister Lena Hart of fraud.",
        &[VOLKOV, ("Esteria", "Esteria", "LOC"), ("Lena Hart", "Lena Hart", "PER")],
    );
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
    // A person's aides are not the person.
    let got = run("Volkov met Hart's aides on Monday.", &[VOLKOV, HART]);
    assert_eq!(got, vec![]);
}

#[test]
fn policy_of_a_named_actor_makes_it_the_target() {
    let got = run(
        "Norland condemned Esteria's border policy.",
        &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(got, vec![pos("ACCUSE", "Norland", "Esteria", "accuse.criticize")]);
    let got = run("Volkov, attacking Esteria's decision, left the hall.", &[VOLKOV, ("Esteria", "Esteria", "LOC")]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Esteria", "accuse.attack-policy")]);
}

// --- venues and dates ---------------------------------------------------------------------

#[test]
fn venues_are_not_participants() {
    let got = run("Volkov met Hart in Geneva.", &[VOLKOV, HART, ("Geneva", "Geneva", "LOC")]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
    let got = run("Volkov held talks in Geneva with Hart.", &[VOLKOV, ("Geneva", "Geneva", "LOC"), HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.hold-talks")]);
    let got = run("Volkov met in Bonn on Friday.", &[VOLKOV, ("Bonn", "Bonn", "LOC")]);
    assert_eq!(got, vec![]);
}

#[test]
fn dates_between_verb_and_argument() {
    let got = run("Volkov met on September 19 with Hart.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

#[test]
fn visiting_a_country_meets_its_host() {
    let got = run("Volkov visited Esteria last week.", &[VOLKOV, ("Esteria", "Esteria", "LOC")]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Esteria", "meet.visit")]);
    let got = run("Volkov spoke to students during a visit to Esteria.", &[VOLKOV, ("Esteria", "Esteria", "LOC")]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Esteria", "meet.visit-noun")]);
}

#[test]
fn meeting_a_deadline_is_not_a_meeting() {
    let got = run("Volkov met the deadline set by Hart.", &[VOLKOV, HART]);
    assert_eq!(got, vec![]);
}

// --- OPPOSE family ---------------------------------------------------------------------------

#[test]
fn attack_with_place_target_through_of() {
    let got = run(
        "Norlandic troops attacked the town of Verin on Sunday.",
        &[("Norlandic", "Norland", "LOC/demonym"), ("Verin", "Verin", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Norland", "Verin", "oppose.attack")]);
}

#[test]
fn held_target_responsible() {
    let got = run("Volkov held Esteria responsible for the blast.", &[VOLKOV, ("Esteria", "Esteria", "LOC")]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Esteria", "accuse.blame")]);
}

#[test]
fn reject_a_named_actors_demand() {
    let got = run(
        "Norland will not accept Esteria's demands.",
        &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Norland", "Esteria", "oppose.reject")]);
}

#[test]
fn protest_against() {
    let got = run(
        "Thousands of Verin residents marched against the Norland government.",
        &[("Verin", "Verin", "LOC"), ("Norland", "Norland", "LOC")],
    );
    // "Verin residents" are not Verin: no source.
    assert_eq!(got, vec![]);
    let got = run("Esterian officials protested against Volkov.", &[("Esterian", "Esteria", "LOC/demonym"), VOLKOV]);
    assert_eq!(got, vec![pos("OPPOSE", "Esteria", "Dmitri Volkov", "oppose.protest")]);
    // Unions are not the state: a place name modifying a common noun is not the actor.
    let got = run("Esterian unions protested against Volkov.", &[("Esterian", "Esteria", "LOC/demonym"), VOLKOV]);
    assert_eq!(got, vec![]);
}

// --- false-positive domains -----------------------------------------------------------

#[test]
fn sports_results_are_blocked() {
    let got = run(
        "Norland attacked Esteria's defence throughout the second half of the match.",
        &[("Norland", "Norland", "ORG"), ("Esteria", "Esteria", "ORG")],
    );
    assert_eq!(got, vec![]);
    let got = run("Volkov faced off against Hart in the tennis final.", &[VOLKOV, HART]);
    assert_eq!(got, vec![]);
    // A cue inside a name counts too.
    let got = run(
        "Norland met Esteria in the Baltic Cup.",
        &[("Norland", "Norland", "ORG"), ("Esteria", "Esteria", "ORG"), ("Baltic Cup", "Baltic Cup", "MISC")],
    );
    assert_eq!(got, vec![]);
}

#[test]
fn markets_are_blocked() {
    let got = run(
        "Norcorp launched an attack on Estcorp's market share.",
        &[("Norcorp", "Norcorp", "ORG"), ("Estcorp", "Estcorp", "ORG")],
    );
    assert_eq!(got, vec![]);
}

#[test]
fn politics_vocabulary_is_not_sports() {
    let got = run("Volkov won the election in May and then met Hart.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

// --- actors ---------------------------------------------------------------------------------

#[test]
fn self_relations_are_skipped() {
    let got =
        run("Volkov accused Dmitri Volkov's critics of lying.", &[VOLKOV, ("Dmitri Volkov", "Dmitri Volkov", "PER")]);
    assert_eq!(got, vec![]);
}

#[test]
fn pronoun_counts_when_named_in_the_sentence_and_scores_lower() {
    let rules = builtin();
    let text = "Volkov said he would meet Hart.";
    let (sentences, doc) = build(text, &[VOLKOV, ("he", "Dmitri Volkov", "PER/pronoun"), HART]);
    let with_pronoun = relate(text, &sentences, &doc, rules);
    assert_eq!(with_pronoun.len(), 1);
    assert_eq!(doc.mentions[with_pronoun[0].source].source, MentionSource::Pronoun);

    let text2 = "Volkov would meet Hart.";
    let (sentences2, doc2) = build(text2, &[VOLKOV, HART]);
    let named = relate(text2, &sentences2, &doc2, rules);
    assert_eq!(named.len(), 1);
    assert!(with_pronoun[0].score < named[0].score, "{} vs {}", with_pronoun[0].score, named[0].score);

    // The pronoun's actor is not named in this sentence: not annotated, so not returned.
    let text3 = "Volkov arrived. He would meet Hart.";
    let (sentences3, doc3) = build(text3, &[VOLKOV, ("He", "Dmitri Volkov", "PER/pronoun"), HART]);
    assert!(relate(text3, &sentences3, &doc3, rules).is_empty());
}

#[test]
fn misc_mentions_are_not_actors_by_default() {
    let got = run("Volkov met Olympic officials.", &[VOLKOV, ("Olympic", "Olympic", "MISC")]);
    assert_eq!(got, vec![]);
}

// --- scoring ---------------------------------------------------------------------------------

#[test]
fn distance_lowers_the_score() {
    let rules = builtin();
    let near = "Volkov accused Hart of fraud.";
    let far = "Volkov on Tuesday in a long speech accused Hart of fraud.";
    let score = |text: &str| {
        let (s, d) = build(text, &[VOLKOV, HART]);
        relate(text, &s, &d, rules).first().map(|r| r.score).expect("one relation")
    };
    let (a, b) = (score(near), score(far));
    assert!(a > b, "{a} should exceed {b}");
    assert!(b > 0.0 && a <= 1.0);
}

#[test]
fn trigger_span_and_codes_come_from_the_rule() {
    let text = "Norland imposed sanctions on Esteria.";
    let (s, d) = build(text, &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")]);
    let got = relate(text, &s, &d, builtin());
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].trigger.text(text), "sanctions on");
    assert_eq!((got[0].plover.as_str(), got[0].cameo.as_str()), ("SANCTION", "163"));
    assert_eq!(got[0].sentence, 0);
}

// --- rule file extensibility -----------------------------------------------------------

#[test]
fn a_new_relation_type_needs_only_the_rule_file() {
    let src = r#"
        [[relation]]
        name = "SUPPORT"
        symmetric = false
        description = "source backs the target"

        [[rule]]
        id = "support.verb"
        relation = "SUPPORT"
        triggers = ["endorsed", "endorses", "backed", "backs"]
        frames = ["active", "passive"]
        plover = "COOPERATE"
        cameo = "051"
        score = 0.8

        [lexicon]
        be_forms = ["was", "is"]
        determiners = ["the"]
    "#;
    let rules = RuleSet::from_toml(src, "support.toml").unwrap();
    let got = run_with(&rules, "Volkov endorsed Hart on Sunday.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("SUPPORT", "Dmitri Volkov", "Lena Hart", "support.verb")]);
    let got = run_with(&rules, "Hart was backed by Volkov.", &[HART, VOLKOV]);
    assert_eq!(got, vec![pos("SUPPORT", "Dmitri Volkov", "Lena Hart", "support.verb")]);
}

// --- robustness ------------------------------------------------------------------------------

#[test]
fn arbitrary_unicode_and_bad_mentions_do_not_panic() {
    let text = "«Вольков» встретился — 🙂 Volkov met Hart… ‘Ñandú’ “accused” 東京 Petrov’s attacks on Hart’s  ";
    let (sentences, mut doc) = build(text, &[VOLKOV, HART, PETROV, HART]);
    // Mentions pointing outside their sentence or at missing actors are ignored.
    doc.mentions.push(Mention {
        sentence: 99,
        words: 0..1,
        span: Span::new(0, 1),
        actor: 0,
        source: MentionSource::Entity,
        score: 1.0,
    });
    doc.mentions.push(Mention {
        sentence: 0,
        words: 3..400,
        span: Span::new(0, 1),
        actor: 0,
        source: MentionSource::Entity,
        score: 1.0,
    });
    doc.mentions.push(Mention {
        sentence: 0,
        words: 0..1,
        span: Span::new(0, 1),
        actor: 42,
        source: MentionSource::Entity,
        score: f32::NAN,
    });
    let got = relate(text, &sentences, &doc, builtin());
    for r in &got {
        assert!((0.0..=1.0).contains(&r.score));
        assert!(text.is_char_boundary(r.trigger.start) && text.is_char_boundary(r.trigger.end));
    }
    assert!(got.iter().any(|r| r.relation == "MEET"));
    assert!(relate("", &[], &ResolvedDoc::default(), builtin()).is_empty());
}

#[test]
fn several_sentences_keep_their_indices() {
    let text = "Volkov met Hart. Petrov accused Hart of lying.";
    let (s, d) = build(text, &[VOLKOV, HART, PETROV, HART]);
    let got = relate(text, &s, &d, builtin());
    assert_eq!(
        got.iter().map(|r| (r.relation.as_str(), r.sentence)).collect::<Vec<_>>(),
        vec![("MEET", 0), ("ACCUSE", 1)]
    );
}

// --- more clause structure ------------------------------------------------------------------

#[test]
fn object_relative_which() {
    let got = run(
        "Voters turned against the Norland government, which Esteria has fought since 1990.",
        &[("Norland", "Norland", "LOC"), ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Esteria", "Norland", "oppose.attack")]);
}

#[test]
fn attack_with_a_reason_is_criticism() {
    let got = run("Volkov attacked Hart for cutting pensions.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.attack-reason")]);
}

#[test]
fn by_agent_of_a_nominal_trigger() {
    // Esteria is angry about the visit; the visitor is Volkov.
    let got = run(
        "Esteria was angered by a visit to Norland by Volkov last week.",
        &[("Esteria", "Esteria", "LOC"), ("Norland", "Norland", "LOC"), VOLKOV],
    );
    assert_eq!(got, vec![pos("MEET", "Norland", "Dmitri Volkov", "meet.visit-noun")]);
}

#[test]
fn attributive_participles_are_not_verbs() {
    let got =
        run("Volkov met visiting Esterian minister Hart.", &[VOLKOV, ("Esterian", "Esteria", "LOC/demonym"), HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
    let got = run("The fighting near Verin worried Volkov.", &[("Verin", "Verin", "LOC"), VOLKOV]);
    assert_eq!(got, vec![]);
}

#[test]
fn transparent_nouns_pass_the_agent_on() {
    let got = run(
        "Volkov said at the end of a visit to Esteria that trade would grow.",
        &[VOLKOV, ("Esteria", "Esteria", "LOC")],
    );
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Esteria", "meet.visit-noun")]);
    let got = run(
        "Norland condemned Esterian involvement in an attack on Verin.",
        &[("Norland", "Norland", "LOC"), ("Esterian", "Esteria", "LOC/demonym"), ("Verin", "Verin", "LOC")],
    );
    assert_eq!(
        got,
        vec![
            pos("ACCUSE", "Norland", "Esteria", "accuse.criticize"),
            pos("OPPOSE", "Esteria", "Verin", "oppose.attack-noun")
        ]
    );
    // "response to attacks" says nothing about who attacked.
    let got =
        run("Norland responded to attacks on Verin.", &[("Norland", "Norland", "LOC"), ("Verin", "Verin", "LOC")]);
    assert_eq!(got, vec![]);
}

#[test]
fn hearer_of_a_reporting_verb_is_not_the_subject() {
    let got = run(
        "Volkov told Reuters after meeting Hart that talks went well.",
        &[VOLKOV, ("Reuters", "Reuters", "ORG"), HART],
    );
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.verb")]);
}

#[test]
fn hearsay_passive_keeps_the_subject() {
    let got = run("Volkov is said to have accused Hart of fraud.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("ACCUSE", "Dmitri Volkov", "Lena Hart", "accuse.verb")]);
}

#[test]
fn unresolved_pronoun_subjects() {
    // "they" is unnamed: no edge from the tunnel or anyone else.
    let got = run(
        "The Verin road was closed when they attacked Tarnow.",
        &[("Verin", "Verin", "LOC"), ("Tarnow", "Tarnow", "LOC")],
    );
    assert_eq!(got, vec![]);
    // After a reporting verb, "it" is the reporter.
    let got =
        run("Norland said it would attack Tarnow.", &[("Norland", "Norland", "LOC"), ("Tarnow", "Tarnow", "LOC")]);
    assert_eq!(got, vec![pos("OPPOSE", "Norland", "Tarnow", "oppose.attack")]);
}

#[test]
fn telephone_with_target_gap() {
    let got = run("Volkov spoke to Hart by telephone on Friday.", &[VOLKOV, HART]);
    assert_eq!(got, vec![pos("MEET", "Dmitri Volkov", "Lena Hart", "meet.phone")]);
}

#[test]
fn rule_constraints_apply_to_every_coordinated_target() {
    // "a Tarnow bank" is a bank, not Tarnow.
    let got = run(
        "Norlandic troops seized Verin and a Tarnow bank.",
        &[("Norlandic", "Norland", "LOC/demonym"), ("Verin", "Verin", "LOC"), ("Tarnow", "Tarnow", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Norland", "Verin", "oppose.attack")]);
}

#[test]
fn coordinated_roles_before_a_name() {
    let got = run(
        "Petrov, who is running against Volkov's former deputy and chosen successor Lena Hart, spoke first.",
        &[PETROV, VOLKOV, ("Lena Hart", "Lena Hart", "PER")],
    );
    assert_eq!(got, vec![edge_sym("OPPOSE", "Ivan Petrov", "Lena Hart", "oppose.rivalry")]);
}

#[test]
fn denied_reports_negate_the_event() {
    let got = run(
        "Norland denied reports of an Esterian attack on Verin.",
        &[("Norland", "Norland", "LOC"), ("Esterian", "Esteria", "LOC/demonym"), ("Verin", "Verin", "LOC")],
    );
    assert_eq!(got, vec![neg("OPPOSE", "Esteria", "Verin", "oppose.attack-noun")]);
}

#[test]
fn pairs_only_for_small_groups() {
    let three = run("Volkov, Hart and Petrov met in Oslo.", &[VOLKOV, HART, PETROV, ("Oslo", "Oslo", "LOC")]);
    assert_eq!(three.len(), 3);
    assert!(three.iter().all(|e| e.relation == "MEET" && !e.directed));
    // Five delegations convening is a body meeting, not ten pairs.
    let five = run(
        "Norland, Esteria, Verin, Tarnow and Oslo will meet on Monday.",
        &[
            ("Norland", "Norland", "LOC"),
            ("Esteria", "Esteria", "LOC"),
            ("Verin", "Verin", "LOC"),
            ("Tarnow", "Tarnow", "LOC"),
            ("Oslo", "Oslo", "LOC"),
        ],
    );
    assert_eq!(five, vec![]);
}

mod properties {
    //! Arbitrary text and arbitrary (even inconsistent) mentions never make `relate` panic.
    use super::*;
    use proptest::prelude::*;

    fn words() -> impl Strategy<Value = String> {
        let vocab = prop::sample::select(vec![
            "Volkov",
            "Hart",
            "met",
            "accused",
            "talks",
            "with",
            "between",
            "and",
            ",",
            "'s",
            "’s",
            "who",
            "whom",
            "which",
            "is",
            "was",
            "by",
            "not",
            "never",
            "of",
            "the",
            "a",
            "in",
            "visit",
            "to",
            "against",
            "attack",
            "on",
            "said",
            "it",
            "they",
            "his",
            "her",
            "—",
            "«Вольков»",
            "東京",
            "🙂",
            "Ñandú",
            "\"",
            "(",
            ")",
            ".",
            "held",
            "...",
            "responsible",
            "facing",
            "off",
            "rival",
            "sanctions",
            "if",
            "could",
            "that",
            ";",
        ]);
        prop::collection::vec(vocab, 0..40).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
        #[test]
        fn relate_never_panics(text in words(), picks in prop::collection::vec((0usize..4, 0usize..60, 1usize..4, 0usize..3, 0u8..3), 0..12)) {
            let sentences = analyze(&text);
            let mut doc = ResolvedDoc::default();
            for (label, kind) in [("A", EntityType::Per), ("B", EntityType::Loc), ("C", EntityType::Org)] {
                doc.actors.push(Actor { id: label.to_lowercase(), label: label.into(), kind });
            }
            for (s, w, len, actor, src) in picks {
                // Mentions with any sentence, range and actor, valid or not.
                let source = [MentionSource::Entity, MentionSource::Demonym, MentionSource::Pronoun][src as usize];
                let span = sentences.get(s).and_then(|st| st.words.get(w)).copied().unwrap_or(Span::new(0, 0));
                doc.mentions.push(Mention { sentence: s, words: w..w + len, span, actor: actor + usize::from(src == 2), source, score: 0.9 });
            }
            for r in relate(&text, &sentences, &doc, builtin()) {
                prop_assert!((0.0..=1.0).contains(&r.score));
                prop_assert!(text.is_char_boundary(r.trigger.start) && text.is_char_boundary(r.trigger.end));
                prop_assert!(r.source < doc.mentions.len() && r.target < doc.mentions.len());
                prop_assert!(doc.mentions[r.source].actor != doc.mentions[r.target].actor);
            }
        }
    }
}

#[test]
fn relative_pronoun_through_an_appositive() {
    let got = run(
        "Tourists returned to Verin, a former Esterian colony which Norland invaded in 1975.",
        &[("Verin", "Verin", "LOC"), ("Esterian", "Esteria", "LOC/demonym"), ("Norland", "Norland", "LOC")],
    );
    assert_eq!(got, vec![pos("OPPOSE", "Norland", "Verin", "oppose.attack")]);
}

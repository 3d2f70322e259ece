//! Phenomenon tests for the matcher, on sentences written for them (fictional actors),
//! with hand-written parses and mentions, so they test the grammar the rules rely on,
//! not the parser or the NER model (tests/relations_model.rs runs the whole pipeline).

use super::*;
use crate::actors::{ActorCode, Country, Sector};
use crate::ner::EntityType;
use crate::parse::{Head, WordSyntax};
use crate::resolve::{Actor, Mention, MentionSource, Polity};

/// A sentence as CoNLL-U's FORM LEMMA UPOS HEAD DEPREL, one word per line, and its
/// mentions as (words as written, kind), found left to right: "PER", "LOC/demonym".
struct Case {
    text: String,
    sentence: Sentence,
    syntax: SentenceSyntax,
    doc: ResolvedDoc,
}

fn case(conllu: &str, mentions: &[(&str, &str)]) -> Case {
    let rows: Vec<Vec<&str>> = conllu
        .lines()
        .map(str::split_whitespace)
        .map(Iterator::collect)
        .filter(|r: &Vec<&str>| !r.is_empty())
        .collect();
    let mut text = String::new();
    let mut words = Vec::new();
    let mut syntax = SentenceSyntax::default();
    for r in &rows {
        assert_eq!(r.len(), 5, "FORM LEMMA UPOS HEAD DEPREL: {r:?}");
        if !text.is_empty() {
            text.push(' ');
        }
        words.push(Span::new(text.len(), text.len() + r[0].len()));
        text.push_str(r[0]);
        let head: usize = r[3].parse().expect("head");
        syntax.words.push(WordSyntax {
            upos: r[2].parse().expect("upos"),
            lemma: r[1].to_string(),
            head: if head == 0 { Head::Root } else { Head::Word(head - 1) },
            rel: r[4].parse().expect("deprel"),
        });
    }
    let sentence = Sentence { span: Span::new(0, text.len()), words };
    let mut doc = ResolvedDoc::default();
    let mut from = 0;
    for &(surface, kind) in mentions {
        let (kind, source) = match kind.split_once('/') {
            Some((k, "demonym")) => (k, MentionSource::Demonym),
            Some((k, "pronoun")) => (k, MentionSource::Pronoun),
            _ => (kind, MentionSource::Entity),
        };
        let n = surface.split(' ').count();
        let first = (from..rows.len())
            .find(|&i| {
                i + n <= rows.len() && rows[i..i + n].iter().map(|r| r[0]).collect::<Vec<_>>().join(" ") == surface
            })
            .unwrap_or_else(|| panic!("{surface:?} not found"));
        from = first + n;
        let label = surface.to_string();
        let actor = match doc.actors.iter().position(|a| a.label == label) {
            Some(a) => ActorIndex(a),
            None => {
                let kind = EntityType::parse(kind).expect("kind");
                doc.actors.push(Actor { id: format!("{kind}:{}", label.to_lowercase()), label, kind });
                ActorIndex(doc.actors.len() - 1)
            }
        };
        let span = Span::new(sentence.words[first].start, sentence.words[first + n - 1].end);
        doc.mentions.push(Mention { sentence: 0, words: first..first + n, span, actor, source, score: 0.99 });
    }
    Case { text, sentence, syntax, doc }
}

/// The relations found, as "REL source>target" (or "source-target" when symmetric),
/// with "!" before negated ones.
fn found(c: &Case) -> Vec<String> {
    let rels = relate(
        &c.text,
        std::slice::from_ref(&c.sentence),
        std::slice::from_ref(&c.syntax),
        &c.doc,
        &RuleSet::builtin(),
    );
    rels.iter()
        .map(|r| {
            let name = |m: MentionIndex| c.doc.actor_of(m).label.clone();
            let neg = if r.polarity == Polarity::Negated { "!" } else { "" };
            let sep = if r.directed { ">" } else { "-" };
            format!("{neg}{} {}{sep}{}", r.relation, name(r.source), name(r.target))
        })
        .collect()
}

fn frames(c: &Case) -> Vec<String> {
    relate(&c.text, std::slice::from_ref(&c.sentence), std::slice::from_ref(&c.syntax), &c.doc, &RuleSet::builtin())
        .into_iter()
        .map(|r| r.frame)
        .collect()
}

#[test]
fn subject_and_object() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Freedonia Freedonia PROPN 2 obj
         . . PUNCT 2 punct",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
    assert_eq!(frames(&c), ["subj-obj"]);
}

#[test]
fn passive_with_and_without_agent() {
    let c = case(
        "Freedonia Freedonia PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         attacked attack VERB 0 root
         by by ADP 5 case
         Ruritania Ruritania PROPN 3 obl:agent",
        &[("Freedonia", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    let c = case(
        "Freedonia Freedonia PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         attacked attack VERB 0 root
         in in ADP 5 case
         Ruritania Ruritania PROPN 3 obl",
        &[("Freedonia", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new(), "no agent, no source");
}

#[test]
fn coordination_spreads_on_both_sides() {
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         and and CCONJ 3 cc
         Zembla Zembla PROPN 1 conj
         condemned condemn VERB 0 root
         Freedonia Freedonia PROPN 4 obj
         and and CCONJ 7 cc
         Osterlich Osterlich PROPN 5 conj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Freedonia", "LOC"), ("Osterlich", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(
        got,
        [
            "ACCUSE Ruritania>Freedonia",
            "ACCUSE Ruritania>Osterlich",
            "ACCUSE Zembla>Freedonia",
            "ACCUSE Zembla>Osterlich"
        ]
    );
}

#[test]
fn light_verbs_carry_event_nouns() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Freedonia Freedonia PROPN 2 obl",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
    assert_eq!(frames(&c), ["subj-with+light-verb"]);
    // Through a transparent noun: "started a new round of attacks on".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         launched launch VERB 0 root
         a a DET 5 det
         new new ADJ 5 amod
         wave wave NOUN 2 obj
         of of ADP 7 case
         attacks attack NOUN 5 nmod
         on on ADP 9 case
         Freedonia Freedonia PROPN 7 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
}

#[test]
fn event_nouns_take_possessors_and_demonyms() {
    let c = case(
        "Ruritania Ruritania PROPN 3 nmod:poss
         's 's PART 1 case
         invasion invasion NOUN 0 root
         of of ADP 5 case
         Freedonia Freedonia PROPN 3 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         strikes strike NOUN 0 root
         on on ADP 4 case
         Freedonia Freedonia PROPN 2 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Freedonia"]);
}

#[test]
fn an_adjective_on_a_compound_names_the_whole_collective() {
    // The parser hangs "Freedonian" on "border"; the posts are Freedonia's.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         shelled shell VERB 0 root
         Freedonian Freedonian ADJ 4 amod
         border border NOUN 5 compound
         posts post NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonian"]);
    // A proper noun in the compound is a name of its own, not a noun to look through.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         shelled shell VERB 0 root
         Freedonian Freedonian ADJ 4 amod
         Acme Acme PROPN 5 compound
         posts post NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn an_object_relative_pronoun_stands_for_a_named_group() {
    // "The Zembla cartel, which Ruritanian authorities blamed, denied it."
    let c = case(
        "The the DET 3 det
         Zembla Zembla PROPN 3 compound
         cartel cartel NOUN 9 nsubj
         , , PUNCT 8 punct
         which which PRON 8 obj
         Ruritanian Ruritanian ADJ 7 amod
         authorities authority NOUN 8 nsubj
         blamed blame VERB 3 acl:relcl
         denied deny VERB 0 root",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritanian>Zembla"]);
}

#[test]
fn prepositions_hung_one_word_low_still_count() {
    // "Ruritania recalled its ambassador from Freedonia", "from" on the ambassador.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         recalled recall VERB 0 root
         its its PRON 4 nmod:poss
         ambassador ambassador NOUN 2 obj
         from from ADP 6 case
         Freedonia Freedonia PROPN 4 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    // "the arrest of Zembla by Ruritanian police", "by" on Zembla.
    let c = case(
        "the the DET 2 det
         arrest arrest NOUN 0 root
         of of ADP 4 case
         Zembla Zembla PROPN 2 nmod
         by by ADP 7 case
         Ruritanian Ruritanian ADJ 7 amod
         police police NOUN 4 nmod",
        &[("Zembla", "PER"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla"]);
    // "Ruritania rejected a proposal put forward by Freedonia": the by-phrase of the
    // participle that describes the object.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         rejected reject VERB 0 root
         a a DET 4 det
         proposal proposal NOUN 2 obj
         put put VERB 4 acl
         forward forward ADV 5 advmod
         by by ADP 8 case
         Freedonia Freedonia PROPN 5 obl:agent",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    // "Ruritania threatened to impose tariffs on Freedonia": what the threat would do.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         impose impose VERB 2 xcomp
         tariffs tariff NOUN 4 obj
         on on ADP 7 case
         Freedonia Freedonia PROPN 4 obl",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
}

#[test]
fn each_other_runs_both_ways() {
    // "Ruritania and Freedonia accused each other", "each other" as UD's `fixed`.
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         and and CCONJ 3 cc
         Freedonia Freedonia PROPN 1 conj
         accused accuse VERB 0 root
         each each DET 4 obj
         other other ADJ 5 fixed",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia", "ACCUSE Freedonia>Ruritania"]);
    // One subject has no other to accuse.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         each each DET 2 obj
         other other ADJ 3 fixed",
        &[("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn titles_around_a_name_are_not_its_arguments() {
    // "Pope Zembla received Freedonia", the title the head and the name flat under it.
    let c = case(
        "Pope Pope PROPN 3 nsubj
         Zembla Zembla PROPN 1 flat
         received receive VERB 0 root
         Freedonia Freedonia PROPN 3 obj",
        &[("Zembla", "PER"), ("Freedonia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Freedonia"]);
    // "will meet Secretary of State Zembla", the title's "of" hung on the name.
    let c = case(
        "Freedonia Freedonia PROPN 3 nsubj
         will will AUX 3 aux
         meet meet VERB 0 root
         Secretary Secretary PROPN 7 nmod:desc
         of of ADP 7 case
         State State PROPN 7 nmod:desc
         Zembla Zembla PROPN 3 obl",
        &[("Freedonia", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Freedonia-Zembla"]);
}

#[test]
fn phrases_hung_on_the_object_or_the_means() {
    // "Freedonia spoke by telephone with Zembla", "with" on the telephone.
    let c = case(
        "Freedonia Freedonia PROPN 2 nsubj
         spoke speak VERB 0 root
         by by ADP 4 case
         telephone telephone NOUN 2 obl
         with with ADP 6 case
         Zembla Zembla PROPN 4 nmod",
        &[("Freedonia", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Freedonia-Zembla"]);
    // "Ruritania fired dozens of rockets at Freedonia".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         fired fire VERB 0 root
         dozens dozen NOUN 2 obj
         of of ADP 5 case
         rockets rocket NOUN 3 nmod
         at at ADP 7 case
         Freedonia Freedonia PROPN 5 nmod",
        &[("Ruritania", "ORG"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
}

#[test]
fn a_subject_pronoun_stands_for_the_reporting_organisation() {
    // "Ruritania said it had attacked Freedonia."
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         said say VERB 0 root
         it it PRON 5 nsubj
         had have AUX 5 aux
         attacked attack VERB 2 ccomp
         Freedonia Freedonia PROPN 5 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    // A person is no "it": "Zembla said it had attacked Freedonia" gives nothing.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         it it PRON 5 nsubj
         had have AUX 5 aux
         attacked attack VERB 2 ccomp
         Freedonia Freedonia PROPN 5 obj",
        &[("Zembla", "PER"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // A group the NER calls MISC is a "they": "Zemblan separatists said they had shot
    // down a Ruritanian helicopter."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         separatists separatist NOUN 3 nsubj
         said say VERB 0 root
         they they PRON 6 nsubj
         had have AUX 6 aux
         shot shoot VERB 3 ccomp
         down down ADP 6 compound:prt
         a a DET 10 det
         Ruritanian Ruritanian ADJ 10 amod
         helicopter helicopter NOUN 6 obj",
        &[("Zemblan", "MISC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Ruritanian"]);
}

#[test]
fn camps_and_infiltrators_stand_for_their_side() {
    // "Ruritanian warplanes bombed Zembla Front camps", "Ruritanian forces killed
    // Freedonian infiltrators".
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         warplanes warplane NOUN 3 nsubj
         bombed bomb VERB 0 root
         Zembla Zembla PROPN 5 compound
         Front Front PROPN 6 compound
         camps camp NOUN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla Front"]);
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         forces force NOUN 3 nsubj
         killed kill VERB 0 root
         Freedonian Freedonian ADJ 5 amod
         infiltrators infiltrator NOUN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Freedonian"]);
}

#[test]
fn a_site_stands_for_the_side_its_compound_names() {
    // "Zembla Front guerrillas attacked a Ruritanian army camp"; a camp no collective
    // owns ("a Ruritanian holiday camp") stands for no one.
    let attacked = |owner: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 compound
                 Front Front PROPN 3 compound
                 guerrillas guerrilla NOUN 4 nsubj
                 attacked attack VERB 0 root
                 a a DET 8 det
                 Ruritanian Ruritanian ADJ 8 amod
                 {owner} {owner} NOUN 8 compound
                 camp camp NOUN 4 obj"
            ),
            &[("Zembla Front", "ORG"), ("Ruritanian", "LOC/demonym")],
        )
    };
    assert_eq!(found(&attacked("army")), ["OPPOSE Zembla Front>Ruritanian"]);
    assert_eq!(found(&attacked("holiday")), Vec::<String>::new());
    // "bombed a Zembla Front training camp": an organisation compounded with a site owns
    // it; a place's name there ("the Kalva camp") is the site's own name.
    let bombed = |owner: &str, kind: &str| {
        let c = case(
            &format!(
                "Ruritanian Ruritanian ADJ 2 amod
                 aircraft aircraft NOUN 3 nsubj
                 bombed bomb VERB 0 root
                 a a DET 6 det
                 {owner} {owner} PROPN 6 compound
                 camp camp NOUN 3 obj"
            ),
            &[("Ruritanian", "LOC/demonym"), (owner, kind)],
        );
        found(&c)
    };
    assert_eq!(bombed("Zembla", "ORG"), ["OPPOSE Ruritanian>Zembla"]);
    assert_eq!(bombed("Kalva", "LOC"), Vec::<String>::new());
}

#[test]
fn a_site_stands_for_the_side_its_possessor_names_not_its_own_name() {
    // "Zembla rebels attacked the Ruritanian army's Kalva Nuevo garrison": an attack
    // on Ruritania, not on the garrison's name, and no criticism of the army.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         rebels rebel NOUN 3 nsubj
         attacked attack VERB 0 root
         the the DET 6 det
         Ruritanian Ruritanian ADJ 6 amod
         army army NOUN 10 nmod:poss
         's 's PART 6 case
         Kalva Kalva PROPN 10 compound
         Nuevo Nuevo PROPN 8 flat
         garrison garrison NOUN 3 obj",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym"), ("Kalva Nuevo", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn exchanging_fire_with_an_actor_is_mutual_fighting() {
    // "Ruritanian troops exchanged fire with the Zembla Front".
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         troops troop NOUN 3 nsubj
         exchanged exchange VERB 0 root
         fire fire NOUN 3 obj
         with with ADP 8 case
         the the DET 8 det
         Zembla Zembla PROPN 8 compound
         Front Front PROPN 3 obl",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian-Zembla Front"]);
}

#[test]
fn closing_a_border_with_a_neighbour_opposes_it() {
    // "Ruritania closed its border with Freedonia", the with-phrase on the verb or on
    // the border; "closed its embassy in Freedonia" is none.
    let closed = |noun: &str, prep: &str, head: usize| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nsubj
                 closed close VERB 0 root
                 its its PRON 4 nmod:poss
                 {noun} {noun} NOUN 2 obj
                 {prep} {prep} ADP 6 case
                 Freedonia Freedonia PROPN {head} {}",
                if head == 2 { "obl" } else { "nmod" }
            ),
            &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
        )
    };
    assert_eq!(found(&closed("border", "with", 2)), ["OPPOSE Ruritania>Freedonia"]);
    assert_eq!(found(&closed("border", "with", 4)), ["OPPOSE Ruritania>Freedonia"]);
    assert_eq!(found(&closed("embassy", "in", 4)), Vec::<String>::new());
}

#[test]
fn a_name_after_a_participle_is_its_object() {
    // "Zembla Front boycotted parliament, accusing Erik Hansen of fraud", with the
    // parser's "Hansen" the participle's subject.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Front Front PROPN 3 nsubj
         boycotted boycott VERB 0 root
         parliament parliament NOUN 3 obj
         , , PUNCT 6 punct
         accusing accuse VERB 3 advcl
         Erik Erik PROPN 6 nsubj
         Hansen Hansen PROPN 7 flat
         of of ADP 10 case
         fraud fraud NOUN 6 obl",
        &[("Zembla Front", "ORG"), ("Erik Hansen", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla Front>Erik Hansen"]);
}

#[test]
fn a_possessor_hung_beside_what_it_owns_is_its_owner() {
    // "Ruritanian police arrested members of Erik Hansen's Zembla Front", the parser
    // hanging "Hansen" and "Front" both on "members": the members are the Front's.
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         members member NOUN 3 obj
         of of ADP 6 case
         Erik Erik PROPN 4 nmod
         Hansen Hansen PROPN 6 flat
         's 's PART 6 case
         Zembla Zembla PROPN 10 compound
         Front Front PROPN 4 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Erik Hansen", "PER"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla Front"]);
}

#[test]
fn a_bare_event_noun_in_an_in_phrase_is_its_verbs_manner() {
    // "Freedonians marched in protest against Ruritania's campaign"; "died in an
    // attack on Ruritania" (a determiner) says nothing of the subject.
    let c = case(
        "Freedonians Freedonian PROPN 2 nsubj
         marched march VERB 0 root
         in in ADP 4 case
         protest protest NOUN 2 obl
         against against ADP 8 case
         Ruritania Ruritania PROPN 8 nmod:poss
         's 's PART 6 case
         campaign campaign NOUN 4 nmod",
        &[("Freedonians", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Freedonians>Ruritania"]);
    let c = case(
        "Freedonian Freedonian ADJ 2 amod
         soldiers soldier NOUN 3 nsubj
         died die VERB 0 root
         in in ADP 6 case
         an a DET 6 det
         attack attack NOUN 3 obl
         on on ADP 8 case
         Ruritania Ruritania PROPN 6 nmod",
        &[("Freedonian", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn calling_a_strike_to_protest_is_a_protest() {
    // "The Zembla Front called a strike to protest against Ruritania"; "called its
    // supporters to protest against Ruritania" is a wish.
    let called = |object: &str, lemma: &str, upos: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 compound
                 Front Front PROPN 3 nsubj
                 called call VERB 0 root
                 {object} {lemma} {upos} 3 obj
                 to to PART 6 mark
                 protest protest VERB 3 advcl
                 against against ADP 8 case
                 Ruritania Ruritania PROPN 6 obl"
            ),
            &[("Zembla Front", "ORG"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&called("strike", "strike", "NOUN")), ["OPPOSE Zembla Front>Ruritania"]);
    assert_eq!(found(&called("supporters", "supporter", "NOUN")), Vec::<String>::new());
}

#[test]
fn a_place_after_a_compound_preposition_owns_nothing() {
    // "Zembla Front rebels attacked Ruritanian army positions north of Kalva": the
    // positions are Ruritania's; "positions of the Freedonian army" are Freedonia's.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Front Front PROPN 3 compound
         rebels rebel NOUN 4 nsubj
         attacked attack VERB 0 root
         Ruritanian Ruritanian ADJ 7 amod
         army army NOUN 7 compound
         positions position NOUN 4 obj
         north north ADP 10 case
         of of ADP 10 case
         Kalva Kalva PROPN 7 nmod",
        &[("Zembla Front", "ORG"), ("Ruritanian", "LOC/demonym"), ("Kalva", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritanian"]);
}

#[test]
fn a_misc_name_compounded_with_a_weapon_is_its_model() {
    // "Zembla Front guerrillas fired Katyusha rockets into Ruritania": the rockets are no
    // side of Katyusha's; "Freedonian rockets hit Ruritania" are Freedonia's.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Front Front PROPN 3 compound
         guerrillas guerrilla NOUN 4 nsubj
         fired fire VERB 0 root
         Katyusha Katyusha PROPN 6 compound
         rockets rocket NOUN 4 obj
         into into ADP 8 case
         Ruritania Ruritania PROPN 4 obl",
        &[("Zembla Front", "ORG"), ("Katyusha", "MISC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritania"]);
    let c = case(
        "Freedonian Freedonian ADJ 2 amod
         rockets rocket NOUN 3 nsubj
         hit hit VERB 0 root
         Ruritania Ruritania PROPN 3 obj",
        &[("Freedonian", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Freedonian>Ruritania"]);
}

#[test]
fn hosting_a_banquet_for_someone_is_a_meeting() {
    // "Erik Hansen hosted a banquet for visiting Prime Minister Jan Berg".
    let c = case(
        "Erik Erik PROPN 3 nsubj
         Hansen Hansen PROPN 1 flat
         hosted host VERB 0 root
         a a DET 5 det
         banquet banquet NOUN 3 obj
         for for ADP 8 case
         visiting visit VERB 8 amod
         Jan Jan PROPN 5 nmod
         Berg Berg PROPN 8 flat",
        &[("Erik Hansen", "PER"), ("Jan Berg", "PER")],
    );
    assert_eq!(found(&c), ["MEET Erik Hansen-Jan Berg"]);
}

#[test]
fn suspending_aid_to_someone_opposes_them() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         suspended suspend VERB 0 root
         aid aid NOUN 2 obj
         to to ADP 5 case
         Ruritania Ruritania PROPN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn a_name_opening_a_chain_of_compounds_owns_the_object() {
    // "Zembla denounced the Ruritania expansion plans."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denounced denounce VERB 0 root
         the the DET 6 det
         Ruritania Ruritania PROPN 5 compound
         expansion expansion NOUN 6 compound
         plans plan NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritania", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn one_leader_of_a_nation_is_not_its_office() {
    // "Zemblan police arrested a Ruritanian student leader": one of Ruritania's people.
    let c = case(
        "Zemblan zemblan ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         a a DET 7 det
         Ruritanian ruritanian ADJ 7 amod
         student student NOUN 7 compound
         leader leader NOUN 3 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
    // "the Ruritanian leader" is the state's; "a leader of the Elbonia Front" the front's.
    let c = case(
        "Zemblan zemblan ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         a a DET 5 det
         leader leader NOUN 3 obj
         of of ADP 9 case
         the the DET 9 det
         Elbonia Elbonia PROPN 9 compound
         Front Front PROPN 5 nmod",
        &[("Zemblan", "LOC/demonym"), ("Elbonia Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Elbonia Front"]);
}

#[test]
fn activists_act_for_the_groups_that_name_them() {
    // "Zembla and Ruritania activists clashed in the streets of Cyville."
    let c = case(
        "Zembla Zembla PROPN 4 compound
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         activists activist NOUN 5 nsubj
         clashed clash VERB 0 root
         in in ADP 7 case
         streets street NOUN 5 obl",
        &[("Zembla", "ORG"), ("Ruritania", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla-Ruritania"]);
}

#[test]
fn playing_host_to_someone_is_a_meeting() {
    // "Erik Hansen played host to Jan Berg in Oslo", "host" read as a predicate.
    let c = case(
        "Erik Erik PROPN 3 nsubj
         Hansen Hansen PROPN 1 flat
         played play VERB 0 root
         host host NOUN 3 xcomp
         to to ADP 6 case
         Jan Jan PROPN 4 nmod
         Berg Berg PROPN 6 flat
         in in ADP 9 case
         Oslo Oslo PROPN 3 obl",
        &[("Erik Hansen", "PER"), ("Jan Berg", "PER"), ("Oslo", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Erik Hansen-Jan Berg"]);
    // Playing anything else to someone is no meeting ("played music to Jan Berg").
    let c = case(
        "Erik Erik PROPN 3 nsubj
         Hansen Hansen PROPN 1 flat
         played play VERB 0 root
         music music NOUN 3 obj
         to to ADP 6 case
         Jan Jan PROPN 3 obl
         Berg Berg PROPN 6 flat",
        &[("Erik Hansen", "PER"), ("Jan Berg", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn rejecting_a_demand_named_by_a_demonym_opposes_its_author() {
    // "Ruritania rejected a Freedonian demand to extradite three men".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         rejected reject VERB 0 root
         a a DET 5 det
         Freedonian Freedonian ADJ 5 amod
         demand demand NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonian"]);
}

#[test]
fn a_common_noun_hung_beside_the_name_after_it_describes_it() {
    // "Ruritanian police arrested members of the opposition Zembla Front", the parser
    // hanging "opposition" (with "of the") and "Front" both on "members".
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         members member NOUN 3 obj
         of of ADP 7 case
         the the DET 7 det
         opposition opposition NOUN 4 nmod
         Zembla Zembla PROPN 9 compound
         Front Front PROPN 4 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla Front"]);
}

#[test]
fn a_place_the_attacked_object_is_in_is_the_target() {
    // "Zembla Front guerrillas attacked a village in Ruritania", the in-phrase on the
    // verb.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Front Front PROPN 3 compound
         guerrillas guerrilla NOUN 4 nsubj
         attacked attack VERB 0 root
         a a DET 6 det
         village village NOUN 4 obj
         in in ADP 8 case
         Ruritania Ruritania PROPN 4 obl",
        &[("Zembla Front", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritania"]);
}

#[test]
fn an_order_to_leave_is_an_expulsion() {
    // "Ruritania ordered Freedonian diplomats to leave the country"; an order to do
    // something else is none.
    let ordered = |verb: &str| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nsubj
                 ordered order VERB 0 root
                 Freedonian Freedonian ADJ 4 amod
                 diplomats diplomat NOUN 2 obj
                 to to PART 6 mark
                 {verb} {verb} VERB 2 xcomp
                 the the DET 8 det
                 country country NOUN 6 obj"
            ),
            &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
        )
    };
    assert_eq!(found(&ordered("leave")), ["OPPOSE Ruritania>Freedonian"]);
    assert_eq!(found(&ordered("defend")), Vec::<String>::new());
}

#[test]
fn the_owner_of_a_relative_is_not_the_target() {
    // "Ruritanian police arrested Zembla's lawyer": the lawyer, not Zembla.
    let arrested = |noun: &str| {
        case(
            &format!(
                "Ruritanian Ruritanian ADJ 2 amod
                 police police NOUN 3 nsubj
                 arrested arrest VERB 0 root
                 Zembla Zembla PROPN 6 nmod:poss
                 's 's PART 4 case
                 {noun} {noun} NOUN 3 obj"
            ),
            &[("Ruritanian", "LOC/demonym"), ("Zembla", "PER")],
        )
    };
    assert_eq!(found(&arrested("lawyer")), Vec::<String>::new());
    // What is someone's own is theirs: "seized Zembla's assets".
    assert_eq!(found(&arrested("assets")), ["OPPOSE Ruritanian>Zembla"]);
}

#[test]
fn fighting_between_two_sides_is_mutual() {
    // "Fighting between Ruritania and Freedonia spread", the gerund read as a verb.
    let c = case(
        "Fighting fight VERB 6 advcl
         between between ADP 3 case
         Ruritania Ruritania PROPN 1 obl
         and and CCONJ 5 cc
         Freedonia Freedonia PROPN 3 conj
         spread spread VERB 0 root",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania-Freedonia"]);
}

#[test]
fn talks_between_pair_up() {
    let c = case(
        "talks talk NOUN 0 root
         between between ADP 3 case
         Ruritania Ruritania PROPN 1 nmod
         and and CCONJ 5 cc
         Freedonia Freedonia PROPN 3 conj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
}

#[test]
fn a_name_read_as_the_possessor_behind_a_preposition_is_the_object() {
    // "Ruritania denounces Freedonia over radio broadcasts", the parser reading "over
    // Freedonia broadcasts"; "Freedonia 's" would be a possessor.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         denounces denounce VERB 0 root
         Freedonia Freedonia PROPN 6 nmod:poss
         over over ADP 6 case
         radio radio NOUN 6 compound
         broadcasts broadcast NOUN 2 obl",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn an_object_with_a_preposition_leaves_the_object_place_to_the_indirect_one() {
    // "Ruritania responded by accusing Freedonia of hypocrisy", the parser reading
    // Freedonia as an indirect object and "of hypocrisy" as the object.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         responded respond VERB 0 root
         by by SCONJ 4 mark
         accusing accuse VERB 2 advcl
         Freedonia Freedonia PROPN 4 iobj
         of of ADP 7 case
         hypocrisy hypocrisy NOUN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn a_name_of_two_words_right_after_the_verb_is_its_object() {
    // "Zelda will visit North Freedonia next month", "North Freedonia" read as an oblique.
    let c = case(
        "Zelda Zelda PROPN 3 nsubj
         will will AUX 3 aux
         visit visit VERB 0 root
         North North PROPN 5 compound
         Freedonia Freedonia PROPN 3 obl
         next next ADJ 7 amod
         month month NOUN 3 obl:unmarked",
        &[("Zelda", "PER"), ("North Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Zelda-North Freedonia"]);
}

#[test]
fn who_leads_a_crowd_in_a_protest_protests() {
    // "Zelda led thousands through Zemba in a protest against Freedonia".
    let c = case(
        "Zelda Zelda PROPN 2 nsubj
         led lead VERB 0 root
         thousands thousand NOUN 2 obj
         through through ADP 5 case
         Zemba Zemba PROPN 2 obl
         in in ADP 8 case
         a a DET 8 det
         protest protest NOUN 2 obl
         against against ADP 10 case
         Freedonia Freedonia PROPN 8 nmod",
        &[("Zelda", "PER"), ("Zemba", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zelda>Freedonia"]);
}

#[test]
fn fighting_a_battle_with_someone_is_mutual() {
    // "Zembla guerrillas fought a battle with Ruritanian troops".
    let c = case(
        "Zembla Zembla PROPN 2 compound
         guerrillas guerrilla NOUN 3 nsubj
         fought fight VERB 0 root
         a a DET 5 det
         battle battle NOUN 3 obj
         with with ADP 8 case
         Ruritanian Ruritanian ADJ 8 amod
         troops troops NOUN 5 nmod",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla-Ruritanian"]);
}

#[test]
fn coordinated_measures_share_the_phrase_after_the_last() {
    // "Ruritania imposed an embargo and travel restrictions on Freedonia".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         imposed impose VERB 0 root
         an a DET 4 det
         embargo embargo NOUN 2 obj
         and and CCONJ 7 cc
         travel travel NOUN 7 compound
         restrictions restriction NOUN 4 conj
         on on ADP 9 case
         Freedonia Freedonia PROPN 7 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
}

#[test]
fn a_name_before_the_comma_of_an_opening_participle_is_its_object() {
    // "Accusing Freedonia of stupidity, Zelda launched an attack", the parser reading
    // Freedonia as a first subject of "launched".
    let c = case(
        "Accusing accuse VERB 7 advcl
         Freedonia Freedonia PROPN 7 nsubj
         of of ADP 4 case
         stupidity stupidity NOUN 7 obl
         , , PUNCT 1 punct
         Zelda Zelda PROPN 7 nsubj
         launched launch VERB 0 root
         an a DET 9 det
         attack attack NOUN 7 obj",
        &[("Freedonia", "LOC"), ("Zelda", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zelda>Freedonia"]);
}

#[test]
fn who_claims_responsibility_for_attacks_made_them() {
    // "Zembla claimed responsibility for a series of attacks on Ruritanian troops".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         claimed claim VERB 0 root
         responsibility responsibility NOUN 2 obj
         for for ADP 6 case
         a a DET 6 det
         series series NOUN 3 nmod
         of of ADP 8 case
         attacks attack NOUN 6 nmod
         on on ADP 11 case
         Ruritanian Ruritanian ADJ 11 amod
         troops troops NOUN 8 nmod",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn the_nations_leader_after_a_named_compatriot_is_that_person() {
    // "Zelda received Netanyahu and criticised the Israeli leader": Netanyahu, whom the
    // dictionaries code as Israel's; with no such person named, the office is the state.
    let criticised = |first: &str, last: &str| {
        let rows = format!(
            "Zelda Zelda PROPN 2 nsubj
             received receive VERB 0 root
             {first} {first} PROPN 2 obj
             {last} {last} PROPN 3 flat
             and and CCONJ 6 cc
             criticised criticise VERB 2 conj
             the the DET 9 det
             Israeli Israeli ADJ 9 amod
             leader leader NOUN 6 obj"
        );
        let name = format!("{first} {last}");
        let mut c = case(&rows, &[("Zelda", "PER"), (name.as_str(), "PER"), ("Israeli", "LOC/demonym")]);
        let country = |code: &str| ActorCode::new(Country::parse(code), None);
        let received = if last == "Netanyahu" { "ISR" } else { "EGY" };
        c.doc.codes = vec![None, country(received), country("ISR")];
        found(&c)
    };
    assert_eq!(
        criticised("Benjamin", "Netanyahu"),
        ["MEET Zelda-Benjamin Netanyahu", "ACCUSE Zelda>Benjamin Netanyahu"]
    );
    assert_eq!(criticised("Hosni", "Mubarak"), ["MEET Zelda-Hosni Mubarak", "ACCUSE Zelda>Israeli"]);
}

#[test]
fn talks_a_traveller_comes_for_are_the_travellers() {
    // "Zelda flew to Zemba for a round of talks with Freedonia"; "Zelda was ready to fly
    // ..." is no meeting.
    let tail = "to to ADP {z} case
         Zemba Zemba PROPN {v} obl
         for for ADP {r} case
         a a DET {r} det
         round round NOUN {v} obl
         of of ADP {t} case
         talks talk NOUN {r} nmod
         with with ADP {f} case
         Freedonia Freedonia PROPN {t} nmod";
    let rows = |lead: &str, v: usize| {
        let tail = tail
            .replace("{z}", &(v + 2).to_string())
            .replace("{v}", &v.to_string())
            .replace("{r}", &(v + 5).to_string())
            .replace("{t}", &(v + 7).to_string())
            .replace("{f}", &(v + 9).to_string());
        format!("{lead}\n{tail}")
    };
    let mentions = [("Zelda", "PER"), ("Zemba", "LOC"), ("Freedonia", "LOC")];
    let flew = rows("Zelda Zelda PROPN 2 nsubj\n flew fly VERB 0 root", 2);
    assert_eq!(found(&case(&flew, &mentions)), ["MEET Zelda-Freedonia"]);
    let ready = rows(
        "Zelda Zelda PROPN 3 nsubj
         was be AUX 3 cop
         ready ready ADJ 0 root
         to to PART 5 mark
         fly fly VERB 3 xcomp",
        5,
    );
    assert_eq!(found(&case(&ready, &mentions)), Vec::<String>::new());
}

#[test]
fn a_campaign_launched_against_someones_plans_opposes_them() {
    // "Zembla launched a campaign on Monday against Freedonia's plans", the against-phrase
    // hung on the verb.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         launched launch VERB 0 root
         a a DET 4 det
         campaign campaign NOUN 2 obj
         on on ADP 6 case
         Monday Monday PROPN 2 obl
         against against ADP 10 case
         Freedonia Freedonia PROPN 10 nmod:poss
         's 's PART 8 case
         plans plan NOUN 2 obl",
        &[("Zembla", "ORG"), ("Freedonia", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Freedonia"]);
}

#[test]
fn officers_of_a_force_stand_for_it() {
    // "Zembla members clashed with Freedonia Constabulary officers".
    let c = case(
        "Zembla Zembla PROPN 2 compound
         members member NOUN 3 nsubj
         clashed clash VERB 0 root
         with with ADP 7 case
         Freedonia Freedonia PROPN 6 compound
         Constabulary Constabulary PROPN 7 compound
         officers officer NOUN 3 obl",
        &[("Zembla", "ORG"), ("Freedonia Constabulary", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla-Freedonia Constabulary"]);
}

#[test]
fn names_that_a_participle_set_off_after_them_is_said_of_meet() {
    // "Zelda and Anna, meeting in Zemba, urged Ruritania ...".
    let c = case(
        "Zelda Zelda PROPN 6 nsubj
         and and CCONJ 3 cc
         Anna Anna PROPN 1 conj
         , , PUNCT 4 punct
         meeting meet VERB 1 acl
         urged urge VERB 0 root
         Ruritania Ruritania PROPN 6 obj",
        &[("Zelda", "PER"), ("Anna", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Zelda-Anna"]);
}

#[test]
fn rejecting_an_offer_of_talks_from_someone_opposes_them() {
    // "Zelda rejected an offer of talks from Anna".
    let c = case(
        "Zelda Zelda PROPN 2 nsubj
         rejected reject VERB 0 root
         an a DET 4 det
         offer offer NOUN 2 obj
         of of ADP 6 case
         talks talk NOUN 4 nmod
         from from ADP 8 case
         Anna Anna PROPN 6 nmod",
        &[("Zelda", "PER"), ("Anna", "PER")],
    );
    assert!(found(&c).contains(&"OPPOSE Zelda>Anna".to_string()), "{:?}", found(&c));
}

#[test]
fn leaving_without_meeting_someone_is_no_meeting() {
    // "Zelda flew home without meeting Freedonia's envoy"; "with" would not negate.
    let flew = |marker: &str| {
        let rows = format!(
            "Zelda Zelda PROPN 2 nsubj
             flew fly VERB 0 root
             home home ADV 2 advmod
             {marker} {marker} SCONJ 5 mark
             meeting meet VERB 2 advcl
             Freedonia Freedonia PROPN 5 obj"
        );
        found(&case(&rows, &[("Zelda", "PER"), ("Freedonia", "LOC")]))
    };
    assert_eq!(flew("without"), ["!MEET Zelda-Freedonia"]);
    assert_eq!(flew("after"), ["MEET Zelda-Freedonia"]);
}

#[test]
fn negation_denial_and_refusal() {
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         did do AUX 4 aux
         not not PART 4 advmod
         meet meet VERB 0 root
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["!MEET Ruritania-Freedonia"]);
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         refused refuse VERB 0 root
         to to PART 4 mark
         meet meet VERB 2 xcomp
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["!MEET Ruritania-Freedonia"]);
    assert_eq!(frames(&c), ["subj-obj+control"]);
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         denied deny VERB 0 root
         accusing accuse VERB 2 xcomp
         Freedonia Freedonia PROPN 3 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["!ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn control_and_plans_are_positive() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         agreed agree VERB 0 root
         to to PART 4 mark
         meet meet VERB 2 xcomp
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
}

#[test]
fn modals_conditions_invitations_and_questions_drop_the_event() {
    let could = case(
        "Ruritania Ruritania PROPN 3 nsubj
         could could AUX 3 aux
         attack attack VERB 0 root
         Freedonia Freedonia PROPN 3 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    let condition = case(
        "if if SCONJ 3 mark
         Ruritania Ruritania PROPN 3 nsubj
         attacks attack VERB 6 advcl
         Freedonia Freedonia PROPN 3 obj
         , , PUNCT 3 punct
         war war NOUN 0 root",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    let invitation = case(
        "Zembla Zembla PROPN 2 nsubj
         invited invite VERB 0 root
         Ruritania Ruritania PROPN 2 obj
         to to PART 5 mark
         meet meet VERB 2 xcomp
         Freedonia Freedonia PROPN 5 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    let question = case(
        "Will will AUX 3 aux
         Ruritania Ruritania PROPN 3 nsubj
         meet meet VERB 0 root
         Freedonia Freedonia PROPN 3 obj
         ? ? PUNCT 3 punct",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    for c in [could, condition, invitation, question] {
        assert_eq!(found(&c), Vec::<String>::new(), "{}", c.text);
    }
}

#[test]
fn reported_speech_keeps_only_the_reported_event() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         Ruritania Ruritania PROPN 4 nsubj
         attacked attack VERB 2 ccomp
         Freedonia Freedonia PROPN 4 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
}

#[test]
fn relative_clauses_and_collectives() {
    let c = case(
        "Ruritania Ruritania PROPN 0 root
         , , PUNCT 4 punct
         which which PRON 4 nsubj
         accused accuse VERB 1 acl:relcl
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
    assert_eq!(frames(&c), ["subj-obj+relative"]);
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         troops troops NOUN 3 nsubj
         shelled shell VERB 0 root
         Freedonian Freedonian ADJ 5 amod
         positions position NOUN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Freedonian"]);
    // One unnamed individual does not stand for a country.
    let c = case(
        "a a DET 3 det
         Ruritanian Ruritanian ADJ 3 amod
         man man NOUN 4 nsubj
         attacked attack VERB 0 root
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn parser_slips_on_names_are_repaired() {
    // "Iran accused Israel" read with two subjects.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Freedonia Freedonia PROPN 2 nsubj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
    // "X will visit Y, the ministry said" with X hung on "said".
    let c = case(
        "Ruritania Ruritania PROPN 6 nsubj
         will will AUX 3 aux
         visit visit VERB 6 ccomp
         Freedonia Freedonia PROPN 3 obj
         ministry ministry NOUN 6 nsubj
         said say VERB 0 root",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
    // A preposition hung on the title before the name.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         met meet VERB 0 root
         with with ADP 4 case
         President President PROPN 5 nmod:desc
         Freedonia Freedonia PROPN 2 obl",
        &[("Ruritania", "PER"), ("Freedonia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
}

#[test]
fn a_storm_named_like_a_person_accuses_no_one() {
    // "Hurricane Zelda slammed into Freedonia"; "Zelda slammed Freedonia" is criticism.
    let slammed = |storm: &str| {
        let rows = format!(
            "{storm}Zelda Zelda PROPN 3 nsubj
             slammed slam VERB 0 root
             Freedonia Freedonia PROPN 3 obj"
        );
        found(&case(&rows, &[("Zelda", "PER"), ("Freedonia", "LOC")]))
    };
    assert_eq!(slammed("Hurricane hurricane NOUN 2 compound\n"), Vec::<String>::new());
    assert_eq!(slammed("The the DET 2 det\n"), ["ACCUSE Zelda>Freedonia"]);
}

#[test]
fn sports_results_are_blocked() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         attacked attack VERB 0 root
         Freedonia Freedonia PROPN 2 obj
         in in ADP 6 case
         the the DET 6 det
         cup cup NOUN 2 obl",
        &[("Ruritania", "ORG"), ("Freedonia", "ORG")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // A listed sports noun blocks by its lemma ("two draws"); a verb whose lemma is
    // that noun does not ("drew an angry response").
    let criticism = |draw: &str| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nmod:poss
                 criticism criticism NOUN 5 nsubj
                 of of ADP 4 case
                 Freedonia Freedonia PROPN 2 nmod
                 {draw}"
            ),
            &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
        )
    };
    let verb = criticism("drew draw VERB 0 root\n response response NOUN 5 obj");
    assert_eq!(found(&verb), ["ACCUSE Ruritania>Freedonia"]);
    let noun = criticism("draws draw NOUN 0 root\n followed follow VERB 5 acl");
    assert_eq!(found(&noun), Vec::<String>::new());
}

#[test]
fn a_parse_that_does_not_fit_gives_nothing() {
    let mut c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Freedonia Freedonia PROPN 2 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    c.syntax.words.pop();
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_lemmatizer_miss_does_not_hide_a_trigger() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         expelled expell VERB 0 root
         Freedonian Freedonian ADJ 4 amod
         diplomats diplomat NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonian"]);
    assert!(crate::parse::regular_bases("shelling", Upos::Verb).contains(&"shell".to_string()));
    assert!(crate::parse::regular_bases("carried", Upos::Verb).contains(&"carry".to_string()));
    assert!(crate::parse::regular_bases("expelled", Upos::Verb).contains(&"expel".to_string()));
    // A noun's base forms are its singulars: a meeting is no "meet".
    assert_eq!(crate::parse::regular_bases("meetings", Upos::Noun), ["meeting"]);
    assert!(crate::parse::regular_bases("meeting", Upos::Noun).is_empty());
}

#[test]
fn a_fronted_clause_gets_its_subject_and_object_back() {
    // "X deported Y on Saturday, his lawyer said", all three nominals hung on "said".
    let c = case(
        "Ruritania Ruritania PROPN 8 nsubj
         deported deport VERB 8 ccomp
         Smith Smith PROPN 8 nsubj
         on on ADP 5 case
         Saturday Saturday PROPN 2 obl
         his his PRON 7 nmod:poss
         lawyer lawyer NOUN 8 nsubj
         said say VERB 0 root",
        &[("Ruritania", "LOC"), ("Smith", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Smith"]);
}

#[test]
fn denial_reaches_reports_but_not_adverbial_clauses() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         reports report NOUN 2 obj
         that that SCONJ 6 mark
         Ruritania Ruritania PROPN 6 nsubj
         met meet VERB 3 acl
         Freedonia Freedonia PROPN 6 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["!MEET Ruritania-Freedonia"]);
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         denied deny VERB 0 root
         it it PRON 2 obj
         , , PUNCT 5 punct
         blaming blame VERB 2 advcl
         Freedonia Freedonia PROPN 5 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn meetings_in_adjuncts_take_the_clause_subject() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         said say VERB 0 root
         after after ADP 4 case
         talks talk NOUN 2 obl
         with with ADP 6 case
         Freedonia Freedonia PROPN 4 nmod",
        &[("Ruritania", "PER"), ("Freedonia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
    assert_eq!(frames(&c), ["adjunct-with"]);
    // Not attacks: the speaker is not the attacker.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         spoke speak VERB 0 root
         after after ADP 4 case
         attacks attack NOUN 2 obl
         on on ADP 6 case
         Freedonia Freedonia PROPN 4 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn headline_sources_and_stacked_names_are_no_extra_arguments() {
    // "X visits Y in hospital - Interfax": the agency after the dash is no object.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         visits visit VERB 0 root
         Freedonia Freedonia PROPN 2 obj
         - - PUNCT 2 punct
         Zembla Zembla PROPN 2 obj",
        &[("Ruritania", "PER"), ("Freedonia", "LOC"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
    // "Zembla 's Ruritania meets Osterlich negotiator Freedonia", every name a subject.
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         's 's PART 3 case
         Ruritania Ruritania PROPN 4 nsubj
         meets meet VERB 0 root
         Osterlich Osterlich PROPN 4 nsubj
         negotiator negotiator NOUN 7 nmod:desc
         Freedonia Freedonia PROPN 4 nsubj",
        &[("Zembla", "LOC"), ("Ruritania", "PER"), ("Osterlich", "LOC"), ("Freedonia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
}

#[test]
fn a_preposition_opens_its_phrase_and_a_pronoun_follows_its_name() {
    // "Freedonia, who is facing off against Zembla's former envoy Ruritania", with
    // "against" hung on the last name and the clause hung on an earlier noun.
    let c = case(
        "Osterlich Osterlich PROPN 2 nsubj
         backed back VERB 0 root
         Freedonia Freedonia PROPN 2 obj
         , , PUNCT 5 punct
         who who PRON 7 nsubj
         is be AUX 7 aux
         facing face VERB 2 conj
         off off ADP 7 compound:prt
         against against ADP 12 case
         Zembla Zembla PROPN 11 nmod:poss
         envoy envoy NOUN 7 obl
         Ruritania Ruritania PROPN 11 appos",
        &[("Osterlich", "LOC"), ("Freedonia", "PER"), ("Zembla", "PER"), ("Ruritania", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Freedonia-Ruritania"]);
}

#[test]
fn a_subjectless_clause_takes_the_noun_before_it() {
    // "Osterlich said on Tuesday Zembla Corp filed a lawsuit against Freedonia", with
    // the second company hung on the first.
    let c = case(
        "Osterlich Osterlich PROPN 2 nsubj
         said say VERB 0 root
         on on ADP 4 case
         Tuesday Tuesday PROPN 2 obl
         Zembla Zembla PROPN 1 compound
         Corp Corp PROPN 1 compound
         filed file VERB 2 ccomp
         a a DET 9 det
         lawsuit lawsuit NOUN 7 obj
         against against ADP 11 case
         Freedonia Freedonia PROPN 9 nmod",
        &[("Osterlich", "ORG"), ("Zembla Corp", "ORG"), ("Freedonia", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Corp>Freedonia"]);
    // The same with the second company as a second subject of "said".
    let c = case(
        "Osterlich Osterlich PROPN 2 nsubj
         said say VERB 0 root
         on on ADP 4 case
         Tuesday Tuesday PROPN 2 obl
         Zembla Zembla PROPN 6 compound
         Corp Corp PROPN 2 nsubj
         filed file VERB 2 ccomp
         a a DET 9 det
         lawsuit lawsuit NOUN 7 obj
         against against ADP 11 case
         Freedonia Freedonia PROPN 9 nmod",
        &[("Osterlich", "ORG"), ("Zembla Corp", "ORG"), ("Freedonia", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Corp>Freedonia"]);
    // The headline "Ruritanian minister to meet Freedonia", the title hung on the object.
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         minister minister NOUN 5 nmod:desc
         to to PART 4 mark
         meet meet VERB 0 root
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ruritanian-Freedonia"]);
    // A controlled verb shares its subject; the noun before it is no subject:
    // "Ruritania urged Zembla to attack Freedonia" gives no attack.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         urged urge VERB 0 root
         Zembla Zembla PROPN 2 obj
         to to PART 5 mark
         attack attack VERB 2 xcomp
         Freedonia Freedonia PROPN 5 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_comma_keeps_the_next_clause_subject_from_being_an_object() {
    // "Vance visited Zembla on Friday, Tass news agency quoted ...": the parser makes
    // the agency a second subject of "visited".
    let c = case(
        "Vance Vance PROPN 2 nsubj
         visited visit VERB 0 root
         Zembla Zembla PROPN 2 obj
         on on ADP 5 case
         Friday Friday PROPN 2 obl
         , , PUNCT 5 punct
         Tass Tass PROPN 9 compound
         news news NOUN 9 compound
         agency agency NOUN 2 nsubj
         quoted quote VERB 2 advcl
         aides aide NOUN 10 obj",
        &[("Vance", "PER"), ("Zembla", "LOC"), ("Tass", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Vance-Zembla"]);
}

#[test]
fn a_report_read_as_a_participle_gets_its_clause_back() {
    // "A Zemblan rebel group on Monday accused Ruritanian forces of shelling, the
    // agency reported", with "accused" read as "a group accused (by ...)".
    let c = case(
        "A a DET 4 det
         Zemblan Zemblan ADJ 4 amod
         rebel rebel NOUN 4 compound
         group group NOUN 14 nsubj
         on on ADP 6 case
         Monday Monday PROPN 7 obl
         accused accuse VERB 4 acl
         Ruritanian Ruritanian ADJ 9 amod
         forces force NOUN 7 obj
         of of SCONJ 11 mark
         shelling shell VERB 7 advcl
         the the DET 13 det
         agency agency NOUN 14 nsubj
         reported report VERB 0 root",
        &[("Zemblan", "MISC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ruritanian"]);
}

#[test]
fn a_passive_controller_passes_its_subject_down() {
    let c = case(
        "Vance Vance PROPN 3 nsubj:pass
         is be AUX 3 aux:pass
         scheduled schedule VERB 0 root
         to to PART 5 mark
         meet meet VERB 3 xcomp
         Lorne Lorne PROPN 5 obj",
        &[("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne"]);
}

#[test]
fn peoples_act_through_their_organs_and_plural_names() {
    // "Talks between Vance and Zemblan separatist leaders": a people the NER calls
    // MISC acts through a collective head.
    let c = case(
        "Talks talk NOUN 8 nsubj
         between between ADP 3 case
         Vance Vance PROPN 1 nmod
         and and CCONJ 7 cc
         Zemblan Zemblan ADJ 7 amod
         separatist separatist ADJ 7 amod
         leaders leader NOUN 3 conj
         went go VERB 0 root
         well well ADV 8 advmod",
        &[("Vance", "PER"), ("Zemblan", "MISC")],
    );
    assert_eq!(found(&c), ["MEET Vance-Zemblan"]);
    // "Zemblans attacked Ruritania": a plural people's name acts.
    let c = case(
        "Zemblans Zemblan PROPN 2 nsubj
         attacked attack VERB 0 root
         Ruritania Ruritania PROPN 2 obj",
        &[("Zemblans", "MISC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblans>Ruritania"]);
    // "A Zemblan attacked Ruritania": one unnamed individual stands for no one.
    let c = case(
        "A a DET 2 det
         Zemblan Zemblan PROPN 3 nsubj
         attacked attack VERB 0 root
         Ruritania Ruritania PROPN 3 obj",
        &[("Zemblan", "MISC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "a pro-Zemblan party" is a stance, not the Zemblans.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         a a DET 5 det
         pro-Zemblan pro-Zemblan ADJ 5 amod
         party party NOUN 2 obj",
        &[("Ruritania", "LOC"), ("pro-Zemblan", "MISC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // A named organisation beats a people's adjective: "Zemblan ZLF fighters".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         attacked attack VERB 0 root
         Zemblan Zemblan ADJ 5 amod
         ZLF ZLF PROPN 5 compound
         fighters fighter NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Zemblan", "MISC"), ("ZLF", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>ZLF"]);
}

#[test]
fn a_group_the_dictionaries_code_acts_under_a_singular_name() {
    // "Zamrud attacked Ruritania": a group name the NER calls MISC, singular. Unknown
    // to the dictionaries it stands for no one; coded as rebels (as "Taleban" is,
    // AFGREB) it acts.
    let conllu = "Zamrud Zamrud PROPN 2 nsubj
                  attacked attack VERB 0 root
                  Ruritania Ruritania PROPN 2 obj";
    let mentions = [("Zamrud", "MISC"), ("Ruritania", "LOC")];
    assert_eq!(found(&case(conllu, &mentions)), Vec::<String>::new());
    let mut c = case(conllu, &mentions);
    c.doc.codes = vec![ActorCode::new(Country::parse("AFG"), Some(Sector::Reb)), None];
    assert_eq!(found(&c), ["OPPOSE Zamrud>Ruritania"]);
}

#[test]
fn rivals_named_beside_their_owner() {
    // "Vance's arch-rival Lorne conceded.": Lorne is the rival of Vance, the guidelines'
    // "rival of" (the source is the rival).
    let c = case(
        "Vance Vance PROPN 3 nmod:poss
         's 's PART 1 case
         arch-rival arch-rival NOUN 4 compound
         Lorne Lorne PROPN 5 nsubj
         conceded concede VERB 0 root",
        &[("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Lorne>Vance"]);
}

#[test]
fn taking_part_in_an_event_and_one_of_its_critics() {
    // "Ruritanian troops took part in the attack on Valdor."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         troops troops NOUN 3 nsubj
         took take VERB 0 root
         part part NOUN 3 obj
         in in ADP 7 case
         the the DET 7 det
         attack attack NOUN 3 obl
         on on ADP 9 case
         Valdor Valdor PROPN 7 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Valdor"]);
    // "Zembla has been one of the loudest critics of Ruritania."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         has have AUX 4 aux
         been be AUX 4 cop
         one one NUM 0 root
         of of ADP 8 case
         the the DET 8 det
         loudest loud ADJ 8 amod
         critics critic NOUN 4 nmod
         of of ADP 10 case
         Ruritania Ruritania PROPN 8 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn what_an_accusation_alleges_is_not_reported_as_fact() {
    // "Zembla accused Vance of ordering the killing of Lorne."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         Vance Vance PROPN 2 obj
         of of SCONJ 5 mark
         ordering order VERB 2 advcl
         the the DET 7 det
         killing killing NOUN 5 obj
         of of ADP 9 case
         Lorne Lorne PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Vance"]);
}

#[test]
fn a_preposition_inside_the_phrase_does_not_open_it() {
    // "Ruritania launched attacks in at least three Zemblan states": "at" belongs to
    // "at least", so the states are no target "at" (nor anything else).
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         launched launch VERB 0 root
         attacks attack NOUN 2 obj
         in in ADP 9 case
         at at ADP 6 case
         least least ADJ 7 nmod
         three three NUM 9 nummod
         Zemblan Zemblan ADJ 9 amod
         states state NOUN 2 obl",
        &[("Ruritania", "LOC"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn possessive_pronouns_on_organs_stand_for_the_reporting_subject() {
    // "Ruritania said its troops attacked Zembla."
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         said say VERB 0 root
         its its PRON 4 nmod:poss
         troops troops NOUN 5 nsubj
         attacked attack VERB 2 ccomp
         Zembla Zembla PROPN 5 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zembla"]);
    // "Ruritania accused Zembla of moving its troops into Valdor": whose troops is not
    // said by the reporting subject alone; no guess, so no attack and no self-relation.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Zembla Zembla PROPN 2 obj
         of of SCONJ 5 mark
         moving move VERB 2 advcl
         its its PRON 7 nmod:poss
         troops troops NOUN 5 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
    // "Osterlich sued Zembla and its Valdor unit": the pronoun is the first conjunct's,
    // and a name on the collective beats it.
    let c = case(
        "Osterlich Osterlich PROPN 2 nsubj
         sued sue VERB 0 root
         Zembla Zembla PROPN 2 obj
         and and CCONJ 7 cc
         its its PRON 7 nmod:poss
         Valdor Valdor PROPN 7 compound
         unit unit NOUN 3 conj",
        &[("Osterlich", "ORG"), ("Zembla", "ORG"), ("Valdor", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Osterlich>Zembla", "OPPOSE Osterlich>Valdor"]);
}

#[test]
fn a_relative_clause_on_an_apposition_is_about_the_name() {
    // "Vance, an architect of the reform who has been a sworn enemy of Zembla".
    let c = case(
        "Vance Vance PROPN 0 root
         , , PUNCT 4 punct
         an a DET 4 det
         architect architect NOUN 1 appos
         who who PRON 9 nsubj
         has have AUX 9 aux
         been be AUX 9 cop
         a a DET 9 det
         enemy enemy NOUN 4 acl:relcl
         of of ADP 11 case
         Zembla Zembla PROPN 9 nmod",
        &[("Vance", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Vance>Zembla"]);
}

#[test]
fn not_accepting_a_demand_is_a_rejection() {
    // "Ruritania will not accept Zembla's demands."
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         will will AUX 4 aux
         not not PART 4 advmod
         accept accept VERB 0 root
         Zembla Zembla PROPN 7 nmod:poss
         's 's PART 5 case
         demands demand NOUN 4 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zembla"]);
    // "Ruritania will not allow Zembla to open an office": not letting an actor act.
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         will will AUX 4 aux
         not not PART 4 advmod
         allow allow VERB 0 root
         Zembla Zembla PROPN 4 obj
         to to PART 7 mark
         open open VERB 4 xcomp
         an a DET 9 det
         office office NOUN 7 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zembla"]);
    // Accepting them is no relation of this rule.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accepted accept VERB 0 root
         Zembla Zembla PROPN 5 nmod:poss
         's 's PART 3 case
         demands demand NOUN 2 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn coordinated_verbs_share_the_object_and_troops_advance_on_places() {
    // "Ruritanian forces shelled and captured Valdor."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         forces force NOUN 3 nsubj
         shelled shell VERB 0 root
         and and CCONJ 5 cc
         captured capture VERB 3 conj
         Valdor Valdor PROPN 5 obj",
        &[("Ruritanian", "LOC/demonym"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Valdor"]);
    // "Zemblan troops condemned the raid and captured Valdor": a verb with an object
    // of its own shares none.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         raid raid NOUN 2 obj
         and and CCONJ 6 cc
         suspended suspend VERB 2 conj
         Valdor Valdor PROPN 6 obj",
        &[("Zembla", "LOC"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "Ruritanian troops were advancing on Valdor."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         troops troops NOUN 4 nsubj
         were be AUX 4 aux
         advancing advance VERB 0 root
         on on ADP 6 case
         Valdor Valdor PROPN 4 obl",
        &[("Ruritanian", "LOC/demonym"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Valdor"]);
}

#[test]
fn a_reported_clause_gets_its_subject_back_from_the_reporter() {
    // "The source said Vance met Lorne", parsed with "source" as the subject of "met"
    // and Vance as that of "said".
    let c = case(
        "The the DET 2 det
         source source NOUN 5 nsubj
         said say VERB 0 root
         Vance Vance PROPN 3 nsubj
         met meet VERB 3 ccomp
         Lorne Lorne PROPN 5 obj",
        &[("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne"]);
    // "Vance said Zembla had attacked Valdor", both subjects hung on "attacked".
    let c = case(
        "Vance Vance PROPN 5 nsubj
         said say VERB 0 root
         Zembla Zembla PROPN 5 nsubj
         had have AUX 5 aux
         attacked attack VERB 2 ccomp
         Valdor Valdor PROPN 5 obj",
        &[("Vance", "PER"), ("Zembla", "LOC"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Valdor"]);
}

#[test]
fn meetings_in_adjuncts_of_passive_and_coordinated_subjects() {
    // "During his visit to Zembla, Vance was received by Lorne."
    let c = case(
        "During during ADP 3 case
         his his PRON 3 nmod:poss
         visit visit NOUN 9 obl
         to to ADP 5 case
         Zembla Zembla PROPN 3 nmod
         , , PUNCT 3 punct
         Vance Vance PROPN 9 nsubj:pass
         was be AUX 9 aux:pass
         received receive VERB 0 root
         by by ADP 11 case
         Lorne Lorne PROPN 9 obl:agent",
        &[("Zembla", "LOC"), ("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Vance", "MEET Vance-Lorne"], "symmetric: first-mentioned first");
    // "Vance and Lorne agreed after overnight talks to extend the truce."
    let c = case(
        "Vance Vance PROPN 4 nsubj
         and and CCONJ 3 cc
         Lorne Lorne PROPN 1 conj
         agreed agree VERB 0 root
         after after ADP 7 case
         overnight overnight ADJ 7 amod
         talks talk NOUN 4 obl",
        &[("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne"]);
    // "Vance and Lorne spoke before the talks": not yet a meeting.
    let c = case(
        "Vance Vance PROPN 4 nsubj
         and and CCONJ 3 cc
         Lorne Lorne PROPN 1 conj
         spoke speak VERB 0 root
         before before ADP 7 case
         the the DET 7 det
         talks talk NOUN 4 obl",
        &[("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_passive_subject_of_an_active_verb_is_its_subject() {
    // "Ruritanian forces encircled and bombarded Valdor", "forces" read as nsubj:pass.
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         forces force NOUN 3 nsubj:pass
         encircled encircle VERB 0 root
         and and CCONJ 5 cc
         bombarded bombard VERB 3 conj
         Valdor Valdor PROPN 5 obj",
        &[("Ruritanian", "LOC/demonym"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Valdor"]);
    // The headline "Zemblan envoy expelled": a true passive, nothing to find.
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         envoy envoy NOUN 3 nsubj:pass
         expelled expel VERB 0 root",
        &[("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_verb_with_its_own_subject_inherits_none_and_a_verb_with_a_complement_shares_no_object() {
    // "Zemblan troops detained Ruritanian police after they attacked Valdor refugees":
    // "they" is not named, and the troops did not attack.
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         troops troops NOUN 3 nsubj
         detained detain VERB 0 root
         police police NOUN 3 obj
         after after SCONJ 7 mark
         they they PRON 7 nsubj
         attacked attack VERB 3 advcl
         Valdor Valdor PROPN 7 obj",
        &[("Zemblan", "LOC/demonym"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "Vance is to meet with Lorne and will visit Valdor": no meeting with Valdor
    // through "meet", a visit through "visit".
    let c = case(
        "Vance Vance PROPN 2 nsubj
         met meet VERB 0 root
         with with ADP 4 case
         Lorne Lorne PROPN 2 obl
         and and CCONJ 6 cc
         visited visit VERB 2 conj
         Valdor Valdor PROPN 6 obj",
        &[("Vance", "PER"), ("Lorne", "PER"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne", "MEET Vance-Valdor"]);
}

#[test]
fn a_lemmatizer_miss_does_not_hide_a_grammar_word() {
    // "resumed" lemmatized "resum" is still the light verb "resume".
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         and and CCONJ 3 cc
         Freedonia Freedonia PROPN 1 conj
         resumed resum VERB 0 root
         talks talk NOUN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
}

#[test]
fn an_adjunct_meeting_of_a_participle_clause_is_its_controllers() {
    // "Speaking after talks with Smith, Jones criticized Zembla."
    let c = case(
        "Speaking speak VERB 8 advcl
         after after ADP 3 case
         talks talk NOUN 1 obl
         with with ADP 5 case
         Smith Smith PROPN 3 nmod
         , , PUNCT 1 punct
         Jones Jones PROPN 8 nsubj
         criticized criticize VERB 0 root
         Zembla Zembla PROPN 8 obj",
        &[("Smith", "PER"), ("Jones", "PER"), ("Zembla", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Jones>Zembla", "MEET Smith-Jones"]);
}

#[test]
fn members_act_for_their_group_and_counted_nationals_for_no_one() {
    // "Ruritanian police detained members of the Zembla Front."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         police police NOUN 3 nsubj
         detained detain VERB 0 root
         members member NOUN 3 obj
         of of ADP 7 case
         Zembla Zembla PROPN 7 compound
         Front Front PROPN 4 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla Front"]);
    // "Ruritanian police arrested two Freedonian nationals": two people, not Freedonia.
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         two two NUM 6 nummod
         Freedonian Freedonian ADJ 6 amod
         nationals national NOUN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_warship_stands_for_its_navy_in_any_number() {
    // "Zembla fired missiles at a Ruritanian destroyer" and "... at Ruritanian frigates".
    for (form, lemma) in [("destroyer", "destroyer"), ("frigates", "frigat")] {
        let c = case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 fired fire VERB 0 root
                 missiles missile NOUN 2 obj
                 at at ADP 6 case
                 Ruritanian Ruritanian ADJ 6 amod
                 {form} {lemma} NOUN 2 obl"
            ),
            &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
        );
        assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"], "{form}");
    }
}

#[test]
fn a_verb_of_exchange_makes_its_event_mutual() {
    // "Ruritania and Freedonia traded accusations."
    let c = case(
        "Ruritania Ruritania PROPN 4 nsubj
         and and CCONJ 3 cc
         Freedonia Freedonia PROPN 1 conj
         traded trade VERB 0 root
         accusations accusation NOUN 4 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Freedonia>Ruritania", "ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn loyalty_names_a_collective_before_its_nation() {
    // "Ruritanian fighters loyal to Cy Dee clashed with the Zembla Front."
    let c = case(
        "Ruritanian ruritanian ADJ 2 amod
         fighters fighter NOUN 7 nsubj
         loyal loyal ADJ 2 amod
         to to ADP 5 case
         Cy Cy PROPN 3 obl
         Dee Dee PROPN 5 flat
         clashed clash VERB 0 root
         with with ADP 10 case
         Zembla Zembla PROPN 10 compound
         Front Front PROPN 7 obl",
        &[("Ruritanian", "LOC/demonym"), ("Cy Dee", "PER"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Cy Dee-Zembla Front"]);
}

#[test]
fn a_commander_of_a_group_stands_for_it() {
    // "Zemblan police captured a senior commander of the Elbonia Front."
    let c = case(
        "Zemblan zemblan ADJ 2 amod
         police police NOUN 3 nsubj
         captured capture VERB 0 root
         a a DET 6 det
         senior senior ADJ 6 amod
         commander commander NOUN 3 obj
         of of ADP 10 case
         the the DET 10 det
         Elbonia Elbonia PROPN 10 compound
         Front Front PROPN 6 nmod",
        &[("Zemblan", "LOC/demonym"), ("Elbonia Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Elbonia Front"]);
}

#[test]
fn forces_loyal_to_someone_are_theirs() {
    // "Ruritanian forces clashed with fighters loyal to the Zembla Front."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         forces force NOUN 3 nsubj
         clashed clash VERB 0 root
         with with ADP 5 case
         fighters fighter NOUN 3 obl
         loyal loyal ADJ 5 amod
         to to ADP 9 case
         Zembla Zembla PROPN 9 compound
         Front Front PROPN 6 obl",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian-Zembla Front"]);
}

#[test]
fn a_bare_name_read_as_an_oblique_before_its_verb_is_the_subject() {
    // "Ruritania expelled two Freedonian diplomats", the parser swapping the roles.
    let c = case(
        "Ruritania Ruritania PROPN 2 obl
         expelled expel VERB 0 root
         two two NUM 5 nummod
         Freedonian Freedonian ADJ 5 amod
         diplomats diplomat NOUN 2 nsubj",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonian"]);
    // With a preposition it stays an oblique: "In Ruritania, Freedonian diplomats protested".
    let c = case(
        "In in ADP 2 case
         Ruritania Ruritania PROPN 5 obl
         Freedonian Freedonian ADJ 4 amod
         diplomats diplomat NOUN 5 nsubj
         expelled expel VERB 0 root",
        &[("Ruritania", "LOC"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn severed_ties_and_strikes_on_a_place_and_launches_at_a_base() {
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         severed sever VERB 0 root
         ties tie NOUN 2 obj
         with with ADP 5 case
         Freedonia Freedonia PROPN 3 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Freedonia"]);
    // "Ruritanian drones hit a refinery in Freedonia."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         drones drone NOUN 3 nsubj
         hit hit VERB 0 root
         a a DET 5 det
         refinery refinery NOUN 3 obj
         in in ADP 7 case
         Freedonia Freedonia PROPN 5 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Freedonia"]);
    // Under a light verb the object is the event itself: "Ruritania's president has an
    // operation in Freedonia" is surgery.
    let c = case(
        "Ruritania Ruritania PROPN 3 nmod:poss
         's 's PART 1 case
         president president NOUN 4 nsubj
         has have VERB 0 root
         an a DET 6 det
         operation operation NOUN 4 obj
         in in ADP 8 case
         Freedonia Freedonia PROPN 6 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "Zembla launched drones at a Ruritanian base."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         launched launch VERB 0 root
         drones drone NOUN 2 obj
         at at ADP 7 case
         a a DET 7 det
         Ruritanian Ruritanian ADJ 7 amod
         base base NOUN 2 obl",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn fending_off_an_attack_opposes_its_owner() {
    // "Zemblan troops repelled a Ruritanian offensive." (the lemmatizer's "repelle" for
    // "repelled" still finds "repel" by the regular base form)
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         troops troops NOUN 3 nsubj
         repelled repelle VERB 0 root
         a a DET 6 det
         Ruritanian Ruritanian ADJ 6 amod
         offensive offensive NOUN 3 obj
         . . PUNCT 3 punct",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Ruritanian"]);
    assert_eq!(frames(&c), ["subj-obj-modifier+collective"]);
    // "Freedonia foiled the plot." names no plotter.
    let c = case(
        "Freedonia Freedonia PROPN 2 nsubj
         foiled foil VERB 0 root
         the the DET 4 det
         plot plot NOUN 2 obj",
        &[("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn rockets_fired_into_an_actor_and_vessels_blocked_attack_it() {
    // "Zembla fired a barrage of rockets into northern Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         fired fire VERB 0 root
         a a DET 4 det
         barrage barrage NOUN 2 obj
         of of ADP 6 case
         rockets rocket NOUN 4 nmod
         into into ADP 9 case
         northern northern ADJ 9 amod
         Ruritania Ruritania PROPN 6 nmod",
        &[("Zembla", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // "Ruritanian vessels blocked two Freedonian boats."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         vessels vessel NOUN 3 nsubj
         blocked block VERB 0 root
         two two NUM 6 nummod
         Freedonian Freedonian ADJ 6 amod
         boats boat NOUN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Freedonian"]);
}

#[test]
fn votes_against_a_proposal_and_restrictions_on_officials_oppose() {
    // "Vitorio voted against Morlan's budget."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         voted vote VERB 0 root
         against against ADP 6 case
         Morlan Morlan PROPN 6 nmod:poss
         's 's PART 4 case
         budget budget NOUN 2 obl",
        &[("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Vitorio>Morlan"]);
    // "Zembla imposed visa restrictions on Ruritanian officials."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         visa visa NOUN 4 compound
         restrictions restriction NOUN 2 obj
         on on ADP 7 case
         Ruritanian Ruritanian ADJ 7 amod
         officials official NOUN 4 nmod",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn a_rejected_call_to_act_is_no_act() {
    // "Vitorio rejected calls from Zembla to condemn Ruritania": the infinitive hung on
    // the verb, as the parser does, is under the rejection.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         rejected reject VERB 0 root
         calls call NOUN 2 obj
         from from ADP 5 case
         Zembla Zembla PROPN 3 nmod
         to to PART 7 mark
         condemn condemn VERB 2 advcl
         Ruritania Ruritania PROPN 7 obj",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(!found(&c).contains(&"ACCUSE Vitorio>Ruritania".to_string()), "{:?}", found(&c));
    // A purpose infinitive under another verb keeps its event: "Vitorio flew to Zembla
    // to meet Morlan."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         flew fly VERB 0 root
         to to ADP 4 case
         Zembla Zembla PROPN 2 obl
         to to PART 6 mark
         meet meet VERB 2 advcl
         Morlan Morlan PROPN 6 obj",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Morlan", "PER")],
    );
    assert!(found(&c).contains(&"MEET Vitorio-Morlan".to_string()), "{:?}", found(&c));
}

#[test]
fn a_relative_pronoun_coordinated_with_its_own_noun_ends() {
    // A misparse: "who" as a conjunct of the noun it refers back to. Resolving it
    // must not go round that circle.
    // "Ruritania accused Vitorio, a leader, who left": "who" hung on Vitorio as a
    // conjunct, and the leader is Vitorio's apposition.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Vitorio Vitorio PROPN 2 obj
         , , PUNCT 5 punct
         leader leader NOUN 3 appos
         , , PUNCT 7 punct
         who who PRON 3 conj
         left leave VERB 2 conj",
        &[("Ruritania", "LOC"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Vitorio"]);
}

#[test]
fn a_mutual_exchange_of_fire_is_one_edge_and_of_accusations_two() {
    // "Zembla and Ruritania exchanged fire."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         exchanged exchange VERB 0 root
         fire fire NOUN 4 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla-Ruritania"]);
    // "Zembla and Ruritania traded accusations."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         traded trade VERB 0 root
         accusations accusation NOUN 4 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania", "ACCUSE Ruritania>Zembla"]);
}

#[test]
fn travelling_somewhere_for_a_meeting_visits_it() {
    // "Vitorio arrived in Zembla for talks with Morlan."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         arrived arrive VERB 0 root
         in in ADP 4 case
         Zembla Zembla PROPN 2 obl
         for for ADP 6 case
         talks talks NOUN 2 obl
         with with ADP 8 case
         Morlan Morlan PROPN 6 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Morlan", "PER")],
    );
    let got = found(&c);
    assert!(got.contains(&"MEET Vitorio-Zembla".to_string()), "{got:?}");
    assert!(got.contains(&"MEET Vitorio-Morlan".to_string()), "{got:?}");
    // "Vitorio will travel to Zembla to meet Morlan."
    let c = case(
        "Vitorio Vitorio PROPN 3 nsubj
         will will AUX 3 aux
         travel travel VERB 0 root
         to to ADP 5 case
         Zembla Zembla PROPN 3 obl
         to to PART 7 mark
         meet meet VERB 3 advcl
         Morlan Morlan PROPN 7 obj",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Morlan", "PER")],
    );
    let got = found(&c);
    assert!(got.contains(&"MEET Vitorio-Zembla".to_string()), "{got:?}");
    // Travel without a meeting is no visit: "Vitorio flew to Zembla on Monday."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         flew fly VERB 0 root
         to to ADP 4 case
         Zembla Zembla PROPN 2 obl
         on on ADP 6 case
         Monday Monday PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn summoning_an_envoy_is_a_complaint_to_his_state() {
    // "Zembla summoned Ruritania's ambassador."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         summoned summon VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         ambassador ambassador NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_passive_subject_s_owner_is_the_target() {
    // "Ruritania's strikes were condemned by Zembla."
    let c = case(
        "Ruritania Ruritania PROPN 3 nmod:poss
         's 's PART 1 case
         strikes strike NOUN 5 nsubj:pass
         were be AUX 5 aux:pass
         condemned condemn VERB 0 root
         by by ADP 7 case
         Zembla Zembla PROPN 5 obl:agent",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_definite_description_refers_back_to_the_named_actor_of_its_kind() {
    // "Morlan sued Zembla Radio, accusing the network of defamation."
    let c = case(
        "Morlan Morlan PROPN 2 nsubj
         sued sue VERB 0 root
         Zembla Zembla PROPN 4 compound
         Radio Radio PROPN 2 obj
         , , PUNCT 6 punct
         accusing accuse VERB 2 advcl
         the the DET 8 det
         network network NOUN 6 obj
         of of ADP 10 case
         defamation defamation NOUN 8 nmod",
        &[("Morlan", "PER"), ("Zembla Radio", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Morlan>Zembla Radio", "ACCUSE Morlan>Zembla Radio"]);
    assert_eq!(frames(&c)[1], "subj-obj+shared-subject+anaphor");
    // With a modifier of its own it is another network: "accusing a rival network".
    let c = case(
        "Morlan Morlan PROPN 2 nsubj
         sued sue VERB 0 root
         Zembla Zembla PROPN 4 compound
         Radio Radio PROPN 2 obj
         , , PUNCT 6 punct
         accusing accuse VERB 2 advcl
         the the DET 9 det
         rival rival ADJ 9 amod
         network network NOUN 6 obj",
        &[("Morlan", "PER"), ("Zembla Radio", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Morlan>Zembla Radio"]);
}

#[test]
fn a_recalled_envoy_a_suspended_membership_and_a_warrant_name_their_target() {
    // "Zembla recalled its ambassador to Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         recalled recall VERB 0 root
         its its PRON 4 nmod:poss
         ambassador ambassador NOUN 2 obj
         to to ADP 6 case
         Ruritania Ruritania PROPN 4 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // "The Union suspended Ruritania's membership."
    let c = case(
        "The the DET 2 det
         Union Union PROPN 3 nsubj
         suspended suspend VERB 0 root
         Ruritania Ruritania PROPN 6 nmod:poss
         's 's PART 4 case
         membership membership NOUN 3 obj",
        &[("Union", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Union>Ruritania"]);
    // "The court issued an arrest warrant for Morlan."
    let c = case(
        "The the DET 2 det
         court court NOUN 3 nsubj
         issued issue VERB 0 root
         an a DET 6 det
         arrest arrest NOUN 6 compound
         warrant warrant NOUN 3 obj
         for for ADP 8 case
         Morlan Morlan PROPN 6 nmod",
        &[("Morlan", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new(), "an unnamed court is no actor");
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         issued issue VERB 0 root
         an a DET 5 det
         arrest arrest NOUN 5 compound
         warrant warrant NOUN 2 obj
         for for ADP 7 case
         Morlan Morlan PROPN 5 nmod",
        &[("Zembla", "ORG"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Morlan"]);
}

#[test]
fn criticism_drawn_from_someone_accuses_the_one_who_drew_it() {
    // "Zembla launched an offensive, drawing condemnation from Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         launched launch VERB 0 root
         an a DET 4 det
         offensive offensive NOUN 2 obj
         , , PUNCT 6 punct
         drawing draw VERB 2 advcl
         condemnation condemnation NOUN 6 obj
         from from ADP 9 case
         Ruritania Ruritania PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
    // "Zembla's move drew criticism from Ruritania."
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         move move NOUN 4 nsubj
         drew draw VERB 0 root
         criticism criticism NOUN 4 obj
         from from ADP 7 case
         Ruritania Ruritania PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
}

#[test]
fn a_phrase_word_as_the_verb_s_subject_does_not_complete_it() {
    // "Zembla's criticism drew a response from Ruritania": no one drew criticism.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         criticism criticism NOUN 4 nsubj
         drew draw VERB 0 root
         a a DET 6 det
         response response NOUN 4 obj
         from from ADP 8 case
         Ruritania Ruritania PROPN 4 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_count_of_a_collective_stands_for_it() {
    // "Thousands of Ruritanians protested against Zembla."
    let c = case(
        "Thousands thousand NOUN 4 nsubj
         of of ADP 3 case
         Ruritanians Ruritanian PROPN 1 nmod
         protested protest VERB 0 root
         against against ADP 6 case
         Zembla Zembla PROPN 4 obl",
        &[("Ruritanians", "LOC/demonym"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanians>Zembla"]);
    // "Zembla killed dozens of Ruritania fighters": through the count and its collective.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         killed kill VERB 0 root
         dozens dozen NOUN 2 obj
         of of ADP 6 case
         Ruritania Ruritania PROPN 6 compound
         fighters fighter NOUN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // "Zembla killed dozens of Ruritanian civilians": unnamed individuals stand for no one.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         killed kill VERB 0 root
         dozens dozen NOUN 2 obj
         of of ADP 6 case
         Ruritanian Ruritanian ADJ 6 amod
         civilians civilian NOUN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_private_vessel_stands_for_no_side() {
    let boat = |kind: &str| {
        format!(
            "Zembla Zembla PROPN 2 nsubj
             seized seize VERB 0 root
             a a DET 6 det
             Ruritanian Ruritanian ADJ 6 amod
             {kind} {kind} NOUN 6 compound
             boat boat NOUN 2 obj"
        )
    };
    let mentions = [("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")];
    assert_eq!(found(&case(&boat("patrol"), &mentions)), ["OPPOSE Zembla>Ruritanian"]);
    assert_eq!(found(&case(&boat("fishing"), &mentions)), Vec::<String>::new());
}

#[test]
fn defeat_opposes_only_in_an_election() {
    let defeat = |what: &str| {
        format!(
            "Ann Ann PROPN 3 nsubj
             Lee Lee PROPN 1 flat
             defeated defeat VERB 0 root
             Bo Bo PROPN 3 obj
             in in ADP 7 case
             the the DET 7 det
             {what} {what} NOUN 3 obl"
        )
    };
    let mentions = [("Ann Lee", "PER"), ("Bo", "PER")];
    assert_eq!(found(&case(&defeat("runoff"), &mentions)), ["OPPOSE Ann Lee-Bo"]);
    assert_eq!(found(&case(&defeat("final"), &mentions)), Vec::<String>::new());
}

#[test]
fn seeking_a_warrant_is_the_charge_and_wishing_one_is_not() {
    // "Zembla sought an arrest warrant for Ann."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sought seek VERB 0 root
         an a DET 5 det
         arrest arrest NOUN 5 compound
         warrant warrant NOUN 2 obj
         for for ADP 7 case
         Ann Ann PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ann"]);
    assert_eq!(frames(&c), ["subj-for"]);
    // "Zembla hoped for an arrest warrant for Ann": a wish, and the noun's own frame.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         hoped hope VERB 0 root
         for for ADP 6 case
         an a DET 6 det
         arrest arrest NOUN 6 compound
         warrant warrant NOUN 2 obl
         for for ADP 8 case
         Ann Ann PROPN 6 nmod",
        &[("Zembla", "LOC"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_by_phrase_hung_on_the_verb_belongs_to_the_noun_before_it() {
    // "A visit to Zembla by Ann was cut short by a storm."
    let c = case(
        "A a DET 2 det
         visit visit NOUN 8 nsubj:pass
         to to ADP 4 case
         Zembla Zembla PROPN 2 nmod
         by by ADP 6 case
         Ann Ann PROPN 8 nsubj:pass
         was be AUX 8 aux:pass
         cut cut VERB 0 root
         short short ADJ 8 advmod
         by by ADP 12 case
         a a DET 12 det
         storm storm NOUN 8 obl:agent",
        &[("Zembla", "LOC"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ann"]);
    // "Ruritania was angered by a visit to Zembla by Ann": a verb has one agent.
    let c = case(
        "Ruritania Ruritania PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         angered anger VERB 0 root
         by by ADP 6 case
         a a DET 6 det
         visit visit NOUN 3 obl
         to to ADP 8 case
         Zembla Zembla PROPN 6 nmod
         by by ADP 10 case
         Ann Ann PROPN 3 obl:agent",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ann"]);
    // "A visit by Ann was condemned by Ruritania": the verb's own agent stays its own.
    let c = case(
        "A a DET 2 det
         visit visit NOUN 6 nsubj:pass
         by by ADP 4 case
         Ann Ann PROPN 2 nmod
         was be AUX 6 aux:pass
         condemned condemn VERB 0 root
         by by ADP 8 case
         Ruritania Ruritania PROPN 6 obl:agent",
        &[("Ann", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Ann"]);
}

#[test]
fn protests_against_remarks_by_someone_and_places_taken_from_someone() {
    // "Zembla protested against remarks by Ann."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         protested protest VERB 0 root
         against against ADP 4 case
         remarks remark NOUN 2 obl
         by by ADP 6 case
         Ann Ann PROPN 4 nmod",
        &[("Zembla", "LOC"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ann"]);
    // "Zembla's army retook the town from the Ruritania Front."
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         army army NOUN 4 nsubj
         retook retake VERB 0 root
         the the DET 6 det
         town town NOUN 4 obj
         from from ADP 10 case
         the the DET 10 det
         Ruritania Ruritania PROPN 10 compound
         Front Front PROPN 4 obl",
        &[("Zembla", "LOC"), ("Ruritania Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania Front"]);
}

#[test]
fn an_apposition_spreads_over_its_conjuncts() {
    // "Ann planned to meet her counterpart Bo Lee and President Cy Dunn."
    let c = case(
        "Ann Ann PROPN 2 nsubj
         planned plan VERB 0 root
         to to PART 4 mark
         meet meet VERB 2 xcomp
         her her PRON 6 nmod:poss
         counterpart counterpart NOUN 4 obj
         Bo Bo PROPN 6 appos
         Lee Lee PROPN 7 flat
         and and CCONJ 11 cc
         President President PROPN 11 nmod:desc
         Cy Cy PROPN 7 conj
         Dunn Dunn PROPN 11 flat",
        &[("Ann", "PER"), ("Bo Lee", "PER"), ("Cy Dunn", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Bo Lee", "MEET Ann-Cy Dunn"]);
}

#[test]
fn a_person_coordinated_with_the_place_in_a_title_is_the_title_s_apposition() {
    // "Ann held talks with the envoy to Zembla, Bo Lee, and the Ruritania Society, a
    // Zemblan charity." The parser hangs the person and the society on Zembla, and the
    // charity on Zembla as one more conjunct.
    let c = case(
        "Ann Ann PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 6 case
         the the DET 6 det
         envoy envoy NOUN 3 nmod
         to to ADP 8 case
         Zembla Zembla PROPN 6 nmod
         , , PUNCT 10 punct
         Bo Bo PROPN 8 conj
         Lee Lee PROPN 10 flat
         , , PUNCT 16 punct
         and and CCONJ 16 cc
         the the DET 16 det
         Ruritania Ruritania PROPN 16 compound
         Society Society PROPN 8 conj
         , , PUNCT 20 punct
         a a DET 20 det
         Zemblan Zemblan ADJ 20 amod
         charity charity NOUN 8 conj",
        &[
            ("Ann", "PER"),
            ("Zembla", "LOC"),
            ("Bo Lee", "PER"),
            ("Ruritania Society", "ORG"),
            ("Zemblan", "LOC/demonym"),
        ],
    );
    assert_eq!(found(&c), ["MEET Ann-Bo Lee", "MEET Ann-Ruritania Society"]);
    // Places after a place stay its conjuncts: "the envoy to Zembla, Ruritania and Elbonia".
    let c = case(
        "Ann Ann PROPN 2 nsubj
         met meet VERB 0 root
         the the DET 4 det
         envoy envoy NOUN 2 obj
         to to ADP 6 case
         Zembla Zembla PROPN 4 nmod
         , , PUNCT 8 punct
         Ruritania Ruritania PROPN 6 conj
         and and CCONJ 10 cc
         Elbonia Elbonia PROPN 6 conj",
        &[("Ann", "PER"), ("Zembla", "LOC"), ("Ruritania", "LOC"), ("Elbonia", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_word_with_an_object_is_a_verb_whatever_its_tag() {
    // "Zembla sent troops to back Elbonia against Ruritania", "back" tagged ADP.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sent send VERB 0 root
         troops troops NOUN 2 obj
         to to PART 5 mark
         back back ADP 2 advcl
         Elbonia Elbonia PROPN 5 obj
         against against ADP 8 case
         Ruritania Ruritania PROPN 5 obl",
        &[("Zembla", "LOC"), ("Elbonia", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // The same word with no object stays what it was tagged: no trigger.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         came come VERB 0 root
         back back ADV 2 advmod
         against against ADP 5 case
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_call_received_from_someone_and_an_agreement_ended_with_someone() {
    // "Ann received a phone call from Bo."
    let c = case(
        "Ann Ann PROPN 2 nsubj
         received receive VERB 0 root
         a a DET 5 det
         phone phone NOUN 5 compound
         call call NOUN 2 obj
         from from ADP 7 case
         Bo Bo PROPN 2 obl",
        &[("Ann", "PER"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Bo"]);
    // "Zembla ended its cooperation agreement with Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         ended end VERB 0 root
         its its PRON 5 nmod:poss
         cooperation cooperation NOUN 5 compound
         agreement agreement NOUN 2 obj
         with with ADP 7 case
         Ruritania Ruritania PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn a_preposition_before_a_possessor_and_a_participle_before_a_conjunct() {
    // "Ann, who is facing off against Bo's former minister and favored successor Cy Dunn":
    // "against" hung on the possessor, "favored" made a verb with the successor as its
    // object, and the minister labelled a second subject.
    let c = case(
        "Ann Ann PROPN 0 root
         , , PUNCT 5 punct
         who who PRON 5 nsubj
         is be AUX 5 aux
         facing face VERB 1 acl:relcl
         off off ADP 5 compound:prt
         against against ADP 8 case
         Bo Bo PROPN 11 nmod:poss
         's 's PART 8 case
         former former ADJ 11 amod
         minister minister NOUN 5 nsubj
         and and CCONJ 13 cc
         favored favor VERB 11 amod
         successor successor NOUN 13 obj
         Cy Cy PROPN 14 appos
         Dunn Dunn PROPN 15 flat",
        &[("Ann", "PER"), ("Bo", "PER"), ("Cy Dunn", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Ann-Cy Dunn"]);
}

#[test]
fn strikes_that_killed_people_in_a_place_hit_it_at_least_as_counted() {
    // "Zemblan strikes killed at least 12 people in Elbonia": "at least" read as the
    // preposition of an oblique, the subject as passive.
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         strikes strike NOUN 3 nsubj:pass
         killed kill VERB 0 root
         at at ADP 5 case
         least least ADJ 6 nmod
         12 12 NUM 7 nummod
         people people NOUN 3 obl
         in in ADP 9 case
         Elbonia Elbonia PROPN 7 nmod",
        &[("Zemblan", "LOC/demonym"), ("Elbonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Elbonia"]);
    assert_eq!(frames(&c), ["owner-subject-in"]);
}

#[test]
fn a_blocker_word_inside_an_exception_phrase_is_no_cue() {
    // "Zembla imposed sanctions on Ruritania over arms sales": "sales" is a market word,
    // "arms sales" politics.
    let sales = |first: &str| {
        format!(
            "Zembla Zembla PROPN 2 nsubj
             imposed impose VERB 0 root
             sanctions sanction NOUN 2 obj
             on on ADP 5 case
             Ruritania Ruritania PROPN 3 nmod
             over over ADP 8 case
             {first} {first} NOUN 8 compound
             sales sale NOUN 2 obl"
        )
    };
    let mentions = [("Zembla", "LOC"), ("Ruritania", "LOC")];
    assert_eq!(found(&case(&sales("arms"), &mentions)), ["OPPOSE Zembla>Ruritania"]);
    assert_eq!(found(&case(&sales("car"), &mentions)), Vec::<String>::new());
}

#[test]
fn a_market_word_in_what_an_accuser_says_is_no_cue() {
    // "Zembla accused Kovac of taking millions of dollars": the money is the charge, not
    // a market report; "Zembla accused Kovac as the dollar fell" stays blocked.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         Kovac Kovac PROPN 2 obj
         of of SCONJ 5 mark
         taking take VERB 2 advcl
         millions million NOUN 5 obj
         of of ADP 8 case
         dollars dollar NOUN 6 nmod",
        &[("Zembla", "LOC"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Kovac"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         Kovac Kovac PROPN 2 obj
         as as SCONJ 7 mark
         the the DET 6 det
         dollar dollar NOUN 7 nsubj
         fell fall VERB 2 advcl",
        &[("Zembla", "LOC"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn the_head_of_a_mission_stands_for_its_organisation() {
    // "Zembla expelled the head of the Ruritania Union mission."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         expelled expel VERB 0 root
         the the DET 4 det
         head head NOUN 2 obj
         of of ADP 9 case
         the the DET 9 det
         Ruritania Ruritania PROPN 8 compound
         Union Union PROPN 9 compound
         mission mission NOUN 4 nmod",
        &[("Zembla", "LOC"), ("Ruritania Union", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania Union"]);
}

#[test]
fn a_predicate_noun_stands_for_its_subject_and_reluctance_is_no_event() {
    // "Ann is the first Zemblan minister to visit Ruritania."
    let c = case(
        "Ann Ann PROPN 6 nsubj
         is be AUX 6 cop
         the the DET 6 det
         first first ADJ 6 amod
         Zemblan Zemblan ADJ 6 amod
         minister minister NOUN 0 root
         to to PART 8 mark
         visit visit VERB 6 acl
         Ruritania Ruritania PROPN 8 obj",
        &[("Ann", "PER"), ("Zemblan", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Ann-Ruritania"]);
    // "Ann is reluctant to meet Bo."
    let c = case(
        "Ann Ann PROPN 3 nsubj
         is be AUX 3 cop
         reluctant reluctant ADJ 0 root
         to to PART 5 mark
         meet meet VERB 3 xcomp
         Bo Bo PROPN 5 obj",
        &[("Ann", "PER"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn speaking_out_is_no_talk() {
    // "Ann has spoken out on the talks with Bo" / "Ann has spoken with Bo".
    let c = case(
        "Ann Ann PROPN 3 nsubj
         has have AUX 3 aux
         spoken speak VERB 0 root
         out out ADP 3 compound:prt
         on on ADP 6 case
         peace peace NOUN 3 obl
         with with ADP 8 case
         Bo Bo PROPN 3 obl",
        &[("Ann", "PER"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    let c = case(
        "Ann Ann PROPN 3 nsubj
         has have AUX 3 aux
         spoken speak VERB 0 root
         with with ADP 5 case
         Bo Bo PROPN 3 obl",
        &[("Ann", "PER"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Bo"]);
}

#[test]
fn coordinated_demonyms_on_one_collective_pair_up() {
    // "Zemblan and Ruritanian ministers held talks", both adjectives hung on the noun.
    let c = case(
        "Zemblan Zemblan ADJ 4 amod
         and and CCONJ 3 cc
         Ruritanian Ruritanian ADJ 4 amod
         ministers minister NOUN 5 nsubj
         held hold VERB 0 root
         talks talk NOUN 5 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["MEET Zemblan-Ruritanian"]);
}

#[test]
fn sealing_off_a_territory_and_capturing_a_stronghold() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sealed seal VERB 0 root
         off off ADP 2 compound:prt
         Elbonia Elbonia PROPN 2 obj",
        &[("Zembla", "LOC"), ("Elbonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Elbonia"]);
    // "Zemblan troops captured the stronghold of Elbonia."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         troops troops NOUN 3 nsubj
         captured capture VERB 0 root
         the the DET 5 det
         stronghold stronghold NOUN 3 obj
         of of ADP 7 case
         Elbonia Elbonia PROPN 5 nmod",
        &[("Zemblan", "LOC/demonym"), ("Elbonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Elbonia"]);
}

#[test]
fn the_accused_denying_a_charge_does_not_undo_it() {
    // "Zembla denied Ruritanian charges that it was behind the attack."
    let charge = |denier: &str, accused: &str| {
        let tag = if accused == "it" { "PRON" } else { "PROPN" };
        format!(
            "{denier} {denier} PROPN 2 nsubj
             denied deny VERB 0 root
             Ruritanian Ruritanian ADJ 4 amod
             charges charge NOUN 2 obj
             that that SCONJ 10 mark
             {accused} {accused} {tag} 10 nsubj
             was be AUX 10 cop
             behind behind ADP 10 case
             the the DET 10 det
             attack attack NOUN 4 acl"
        )
    };
    let c = case(&charge("Zembla", "it"), &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")]);
    assert_eq!(found(&c), ["ACCUSE Ruritanian>Zembla"]);
    assert_eq!(frames(&c), ["owner-clause-subj+pronoun"]);
    // A third party denying the charge: "Elbonia denied Ruritanian charges that Zembla
    // was behind the attack" leaves it denied.
    let c = case(&charge("Elbonia", "Zembla"), &[("Elbonia", "LOC"), ("Ruritanian", "LOC/demonym"), ("Zembla", "LOC")]);
    assert_eq!(found(&c), ["!ACCUSE Ruritanian>Zembla"]);
}

#[test]
fn both_sides_refusing_undoes_the_meeting() {
    // "Ann and Bea refused to meet": the refusal is the target's but also the source's,
    // so it is no accused denying a charge; likewise for one side of a mutual relation.
    let c = case(
        "Ann Ann PROPN 4 nsubj
         and and CCONJ 3 cc
         Bea Bea PROPN 1 conj
         refused refuse VERB 0 root
         to to PART 6 mark
         meet meet VERB 4 xcomp
         . . PUNCT 4 punct",
        &[("Ann", "PER"), ("Bea", "PER")],
    );
    assert_eq!(found(&c), ["!MEET Ann-Bea"]);
}

#[test]
fn names_in_a_compound_supporters_and_thrown_stones() {
    // "Ann was indicted by the Zembla war crimes tribunal."
    let c = case(
        "Ann Ann PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         indicted indict VERB 0 root
         by by ADP 9 case
         the the DET 9 det
         Zembla Zembla PROPN 8 compound
         war war NOUN 8 compound
         crimes crime NOUN 9 compound
         tribunal tribunal NOUN 3 obl:agent",
        &[("Ann", "PER"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ann"]);
    // "Zemblan police clashed with Ruritania supporters."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         police police NOUN 3 nsubj
         clashed clash VERB 0 root
         with with ADP 6 case
         Ruritania Ruritania PROPN 6 compound
         supporters supporter NOUN 3 obl",
        &[("Zemblan", "LOC/demonym"), ("Ruritania", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan-Ruritania"]);
    // "Ruritanians hurled stones at Zemblan troops."
    let c = case(
        "Ruritanians Ruritanian PROPN 2 nsubj
         hurled hurl VERB 0 root
         stones stone NOUN 2 obj
         at at ADP 6 case
         Zemblan Zemblan ADJ 6 amod
         troops troops NOUN 2 obl",
        &[("Ruritanians", "LOC/demonym"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanians>Zemblan"]);
}

#[test]
fn an_attributive_participle_after_a_preposition_modifies_the_name() {
    // "Ann held a meeting with visiting Zemblan Premier Bo", "visiting" read as a clause.
    let c = case(
        "Ann Ann PROPN 2 nsubj
         held hold VERB 0 root
         a a DET 4 det
         meeting meeting NOUN 2 obj
         with with SCONJ 6 mark
         visiting visit VERB 2 advcl
         Zemblan Zemblan ADJ 8 amod
         Premier Premier PROPN 9 nmod:desc
         Bo Bo PROPN 6 obj",
        &[("Ann", "PER"), ("Zemblan", "LOC/demonym"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Bo"]);
}

#[test]
fn an_object_pronoun_stands_for_the_object_of_the_verb_its_clause_hangs_on() {
    // "Zembla expelled five Ruritanian diplomats, accusing them of espionage."
    let sentence = |pronoun_rel: &str| {
        format!(
            "Zembla Zembla PROPN 2 nsubj
             expelled expel VERB 0 root
             five five NUM 5 nummod
             Ruritanian Ruritanian ADJ 5 amod
             diplomats diplomat NOUN 2 obj
             , , PUNCT 7 punct
             accusing accuse VERB 2 advcl
             them they PRON 7 {pronoun_rel}
             of of ADP 10 case
             espionage espionage NOUN 7 obl"
        )
    };
    let mentions = [("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")];
    // Read as an indirect object too (the parser's slip on "accusing them of").
    for rel in ["obj", "iobj"] {
        let c = case(&sentence(rel), &mentions);
        assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian", "ACCUSE Zembla>Ruritanian"], "{rel}");
        assert_eq!(frames(&c)[1], "subj-obj+shared-subject+collective+pronoun");
    }
    // A pronoun in the main clause has no object before it to stand for.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         them they PRON 2 obj
         of of ADP 5 case
         spying spy NOUN 2 obl
         for for ADP 7 case
         Ruritania Ruritania PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn the_owner_of_what_a_sanction_or_attack_hits_is_its_target_when_it_names_no_one() {
    // "Zembla imposed sanctions on Ruritania's state shipping line."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         sanctions sanction NOUN 2 obj
         on on ADP 8 case
         Ruritania Ruritania PROPN 8 nmod:poss
         's 's PART 5 case
         shipping shipping NOUN 8 compound
         line line NOUN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // A named target is the target, not its owner: "sanctions on Ruritania's ally Freedonia".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         sanctions sanction NOUN 2 obj
         on on ADP 7 case
         Ruritania Ruritania PROPN 7 nmod:poss
         's 's PART 5 case
         ally ally NOUN 3 nmod
         Freedonia Freedonia PROPN 7 appos",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Freedonia"]);
}

#[test]
fn a_taking_from_someone_fires_alongside_the_capture_of_a_place() {
    // "Zembla recaptured the town of Koi from the Ruritanian Front."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         recaptured recapture VERB 0 root
         the the DET 4 det
         town town NOUN 2 obj
         of of ADP 6 case
         Koi Koi PROPN 4 nmod
         from from ADP 10 case
         the the DET 10 det
         Ruritanian Ruritanian ADJ 10 amod
         Front Front PROPN 2 obl",
        &[("Zembla", "LOC"), ("Koi", "LOC"), ("Ruritanian Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Koi", "OPPOSE Zembla>Ruritanian Front"]);
    // A rule that is not `alongside` still yields to the one that won the word:
    // "attacked Y's decision" is criticism only.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         attacked attack VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         decision decision NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_collective_opening_the_sentence_is_no_name_though_the_ner_says_so() {
    // "Guerrillas of the Zembla Front shelled Ruritanian positions."
    let conllu = "Guerrillas guerrilla PROPN 6 nsubj
         of of ADP 5 case
         the the DET 5 det
         Zembla Zembla PROPN 5 compound
         Front Front PROPN 1 nmod
         shelled shell VERB 0 root
         Ruritanian Ruritanian ADJ 8 amod
         positions position NOUN 6 obj";
    let c = case(conllu, &[("Guerrillas", "ORG"), ("Zembla Front", "ORG"), ("Ruritanian", "LOC/demonym")]);
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritanian"]);
    // A name that is not a collective word stays the name.
    let c = case(
        &conllu.replace("Guerrillas guerrilla", "Hamas Hamas"),
        &[("Hamas", "ORG"), ("Zembla Front", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Hamas>Ruritanian"]);
}

#[test]
fn a_faiths_adjective_names_no_side_but_a_name_with_one_does() {
    // "Zembla condemned Islamic militants": no one named.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         Islamic Islamic ADJ 4 amod
         militants militant NOUN 2 obj",
        &[("Zembla", "LOC"), ("Islamic", "MISC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "Zembla condemned Islamic Jihad militants": the name's.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         Islamic Islamic PROPN 4 compound
         Jihad Jihad PROPN 5 compound
         militants militant NOUN 2 obj",
        &[("Zembla", "LOC"), ("Islamic Jihad", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Islamic Jihad"]);
    // "Islamic State" with only the adjective tagged is still the name's.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         Islamic Islamic ADJ 4 amod
         State state NOUN 5 compound
         militants militant NOUN 2 obj",
        &[("Zembla", "LOC"), ("Islamic", "MISC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Islamic"]);
    // "the Islamic group" after Hamas refers back to Hamas, as "the group" does.
    let c = case(
        "Hamas Hamas PROPN 2 nsubj
         fired fire VERB 0 root
         , , PUNCT 6 punct
         and and CCONJ 6 cc
         Zembla Zembla PROPN 6 nsubj
         condemned condemn VERB 2 conj
         the the DET 9 det
         Islamic Islamic ADJ 9 amod
         group group NOUN 6 obj",
        &[("Hamas", "ORG"), ("Zembla", "LOC"), ("Islamic", "MISC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Hamas"]);
}

#[test]
fn who_climbs_from_the_noun_the_parser_hung_it_on_to_the_named_person() {
    // "The court heard Vance, an architect of the 1990 reforms who has been a fierce
    // critic of Ruritania." The parser hangs the clause on "reforms".
    let sentence = |relative: &str| {
        format!(
            "The the DET 2 det
             court court NOUN 3 nsubj
             heard hear VERB 0 root
             Vance Vance PROPN 3 obj
             , , PUNCT 7 punct
             an a DET 7 det
             architect architect NOUN 4 appos
             of of ADP 11 case
             the the DET 11 det
             1990 1990 NUM 11 nummod
             reforms reform NOUN 7 nmod
             {relative} {relative} PRON 17 nsubj
             has have AUX 17 aux
             been be AUX 17 cop
             a a DET 17 det
             fierce fierce ADJ 17 amod
             critic critic NOUN 11 acl:relcl
             of of ADP 19 case
             Ruritania Ruritania PROPN 17 nmod"
        )
    };
    let mentions = [("Vance", "PER"), ("Ruritania", "LOC")];
    assert_eq!(found(&case(&sentence("who"), &mentions)), ["ACCUSE Vance>Ruritania"]);
    // "which" may well be the reforms: it stays there.
    assert_eq!(found(&case(&sentence("which"), &mentions)), Vec::<String>::new());
}

#[test]
fn a_rival_hung_on_the_description_of_a_name_is_that_names_rival() {
    // "Vance's arch-rival, former general Rufus Kell, conceded."
    let c = case(
        "Vance Vance PROPN 3 nmod:poss
         's 's PART 1 case
         arch-rival arch-rival NOUN 6 compound
         , , PUNCT 6 punct
         former former ADJ 6 amod
         general general NOUN 7 nmod:desc
         Rufus Rufus PROPN 9 nsubj
         Kell Kell PROPN 7 flat
         conceded concede VERB 0 root",
        &[("Vance", "PER"), ("Rufus Kell", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Rufus Kell>Vance"]);
}

#[test]
fn a_passive_subject_of_a_verb_aimed_on_someone_is_its_subject() {
    // "Zemblan warships fired on a Ruritanian patrol boat", "fired" read as passive.
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         warships warship NOUN 3 nsubj:pass
         fired fire VERB 0 root
         on on ADP 8 case
         a a DET 8 det
         Ruritanian Ruritanian ADJ 8 amod
         patrol patrol NOUN 8 compound
         boat boat NOUN 3 obl",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Ruritanian"]);
}

#[test]
fn a_name_opening_the_sentence_before_a_parenthetical_is_the_subject() {
    // "Zemblan Premier Vance, in his first meeting with a foreign leader, held talks
    // with Lorne": the parser hangs Vance on "meeting".
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         Premier Premier PROPN 3 nmod:desc
         Vance Vance PROPN 8 nmod
         , , PUNCT 8 punct
         in in ADP 8 case
         his his PRON 8 nmod:poss
         first first ADJ 8 amod
         meeting meeting NOUN 14 obl
         with with ADP 12 case
         a a DET 12 det
         foreign foreign ADJ 12 amod
         leader leader NOUN 8 nmod
         , , PUNCT 8 punct
         held hold VERB 0 root
         talks talk NOUN 14 obj
         with with ADP 17 case
         Lorne Lorne PROPN 14 obl",
        &[("Zemblan", "LOC/demonym"), ("Vance", "PER"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne"]);
    // With a preposition of its own the opening phrase is an adjunct: no subject.
    let c = case(
        "In in ADP 2 case
         Zembla Zembla PROPN 6 obl
         , , PUNCT 2 punct
         held hold VERB 0 root
         talks talk NOUN 4 obj
         with with ADP 7 case
         Lorne Lorne PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_common_noun_right_before_a_name_describes_it() {
    // "The Zemblan opposition coalition Unity accused the Ruritanian government",
    // parsed with "coalition" and "Unity" as two subjects.
    let c = case(
        "The the DET 4 det
         Zemblan Zemblan ADJ 4 amod
         opposition opposition NOUN 4 compound
         coalition coalition NOUN 6 nsubj
         Unity Unity PROPN 6 nsubj
         accused accuse VERB 0 root
         the the DET 9 det
         Ruritanian Ruritanian ADJ 9 amod
         government government NOUN 6 obj",
        &[("Zemblan", "LOC/demonym"), ("Unity", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Unity>Ruritanian"]);
}

#[test]
fn parties_to_months_of_talks_and_to_battles_are_pairs() {
    // "Zembla and the Unity Front signed an accord after months of talks."
    let c = case(
        "Zembla Zembla PROPN 5 nsubj
         and and CCONJ 4 cc
         Unity Unity PROPN 4 compound
         Front Front PROPN 1 conj
         signed sign VERB 0 root
         an a DET 7 det
         accord accord NOUN 5 obj
         after after ADP 9 case
         months month NOUN 5 obl
         of of ADP 11 case
         talks talk NOUN 9 nmod",
        &[("Zembla", "LOC"), ("Unity Front", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Unity Front"]);
    // "Zemblan troops and Ruritanian rebels fought fierce battles."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         troops troops NOUN 6 nsubj
         and and CCONJ 5 cc
         Ruritanian Ruritanian ADJ 5 amod
         rebels rebel NOUN 2 conj
         fought fight VERB 0 root
         fierce fierce ADJ 8 amod
         battles battle NOUN 6 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan-Ruritanian"]);
}

#[test]
fn a_particle_read_as_a_preposition_is_the_verbs() {
    // "Zembla sealed off Ruritania", "off" hung on the noun as its preposition.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sealed seal VERB 0 root
         off off ADP 4 case
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // The particle right, the noun an oblique without a preposition.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sealed seal VERB 0 root
         off off ADP 2 compound:prt
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // "Zembla drove the Unity Front out of Koi": "out" before "of".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         drove drive VERB 0 root
         the the DET 5 det
         Unity Unity PROPN 5 compound
         Front Front PROPN 2 obj
         out out ADP 8 case
         of of ADP 8 case
         Koi Koi PROPN 2 obl",
        &[("Zembla", "LOC"), ("Unity Front", "ORG"), ("Koi", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Unity Front"]);
}

#[test]
fn a_noun_after_a_closed_coordination_describes_all_of_it() {
    // "Zembla and Ruritania, the only Freedonian states at peace with Lorne,
    // criticised Vance": the parser makes "states" a third conjunct.
    let c = case(
        "Zembla Zembla PROPN 11 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         , , PUNCT 7 punct
         the the DET 7 det
         Freedonian Freedonian ADJ 7 amod
         states state NOUN 1 conj
         at at ADP 9 case
         peace peace NOUN 7 nmod
         , , PUNCT 7 punct
         criticised criticise VERB 0 root
         Vance Vance PROPN 11 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Freedonian", "LOC/demonym"), ("Vance", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Vance", "ACCUSE Ruritania>Vance"]);
}

#[test]
fn a_pronoun_in_a_charge_s_content_clause_is_the_denier() {
    // "Zembla denied Ruritanian charges that it had shelled Elbonia."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         Ruritanian Ruritanian ADJ 4 amod
         charges charge NOUN 2 obj
         that that SCONJ 8 mark
         it it PRON 8 nsubj
         had have AUX 8 aux
         shelled shell VERB 4 acl
         Elbonia Elbonia PROPN 8 obj",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym"), ("Elbonia", "LOC")],
    );
    let mut f = found(&c);
    f.sort();
    assert_eq!(f, ["!OPPOSE Zembla>Elbonia", "ACCUSE Ruritanian>Zembla"]);
    // A relative clause is not reported: "Zembla denied the charges that it published"
    // is no statement about Zembla's own act.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         the the DET 4 det
         charges charge NOUN 2 obj
         that that PRON 6 obj
         Ruritania Ruritania PROPN 6 nsubj
         published publish VERB 4 acl:relcl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn protesters_of_a_people_act_for_it() {
    // "Zemblan protesters clashed with Ruritanian troops."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         protesters protester NOUN 3 nsubj
         clashed clash VERB 0 root
         with with ADP 6 case
         Ruritanian Ruritanian ADJ 6 amod
         troops troops NOUN 3 obl",
        &[("Zemblan", "MISC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan-Ruritanian"]);
    // Unnamed protesters stand for no one, not for the place they march in.
    let c = case(
        "protesters protester NOUN 5 nsubj
         in in ADP 3 case
         Zembla Zembla PROPN 1 nmod
         clashed clash VERB 0 root
         with with ADP 7 case
         Ruritanian Ruritanian ADJ 7 amod
         troops troops NOUN 4 obl",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_singular_object_pronoun_stands_for_the_object_before_it() {
    // "Ann sacked Bo, accusing him of failing", with the parser's slips: "Bo" a second
    // subject, "him" an indirect object.
    let c = case(
        "Ann Ann PROPN 2 nsubj
         sacked sack VERB 0 root
         Bo Bo PROPN 2 nsubj
         , , PUNCT 5 punct
         accusing accuse VERB 2 advcl
         him he PRON 5 iobj
         of of SCONJ 8 mark
         failing fail VERB 5 advcl",
        &[("Ann", "PER"), ("Bo", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Ann>Bo"]);
}

#[test]
fn a_backer_named_in_a_hyphenated_modifier_is_no_side() {
    // "Zembla repulsed an attack by Ruritanian-backed rebels."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         repulsed repulse VERB 0 root
         an a DET 4 det
         attack attack NOUN 2 obj
         by by ADP 7 case
         Ruritanian-backed Ruritanian-backed ADJ 7 amod
         rebels rebel NOUN 4 nmod",
        &[("Zembla", "LOC"), ("Ruritanian-backed", "LOC/demonym")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
    // Without the hyphenated backing the rebels are Ruritania's side.
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         rebels rebel NOUN 3 nsubj
         attacked attack VERB 0 root
         Zembla Zembla PROPN 3 obj",
        &[("Ruritanian", "LOC/demonym"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla"]);
}

#[test]
fn a_threat_to_resume_attacks_on_a_people_s_cities() {
    // "Ann threatened to resume attacks on Zemblan cities."
    let c = case(
        "Ann Ann PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         resume resume VERB 2 xcomp
         attacks attack NOUN 4 obj
         on on ADP 8 case
         Zemblan Zemblan ADJ 8 amod
         cities city NOUN 5 nmod",
        &[("Ann", "PER"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ann>Zemblan"]);
    assert_eq!(frames(&c), ["subj-xcomp-on+collective"]);
}

#[test]
fn a_condemned_capture_is_a_capture() {
    // "Zembla condemned the Ruritanians' capture of Elbonia."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         Ruritania Ruritania PROPN 6 nmod:poss
         's 's PART 4 case
         capture capture NOUN 2 obj
         of of ADP 8 case
         Elbonia Elbonia PROPN 6 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "ORG"), ("Elbonia", "LOC")],
    );
    let mut f = found(&c);
    f.sort();
    assert_eq!(f, ["ACCUSE Zembla>Ruritania", "OPPOSE Ruritania>Elbonia"]);
}

#[test]
fn a_name_hung_after_its_noun_as_a_possessor_is_its_apposition() {
    // "Zembla's leader Ann Bo denounced Ruritania", with "Ann" a possessor of "leader".
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         leader leader NOUN 6 nsubj
         Ann Ann PROPN 3 nmod:poss
         Bo Bo PROPN 4 flat
         denounced denounce VERB 0 root
         Ruritania Ruritania PROPN 6 obj",
        &[("Zembla", "LOC"), ("Ann Bo", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ann Bo>Ruritania"]);
}

#[test]
fn a_name_hung_on_a_title_without_a_preposition_is_its_apposition() {
    // "Ann Bo met rebel chief of staff Cy Dee", with "Cy" a plain nmod of "chief".
    let c = case(
        "Ann Ann PROPN 3 nsubj
         Bo Bo PROPN 1 flat
         met meet VERB 0 root
         rebel rebel NOUN 5 compound
         chief chief NOUN 3 obj
         of of ADP 7 case
         staff staff NOUN 5 nmod
         Cy Cy PROPN 5 nmod
         Dee Dee PROPN 8 flat",
        &[("Ann Bo", "PER"), ("Cy Dee", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann Bo-Cy Dee"]);
    // A preposition on a title before the name marks the name's phrase: "fired on
    // demonstrators in the capital Cyville" does not fire on Cyville.
    let c = case(
        "Ruritanian ruritanian ADJ 2 amod
         troops troops NOUN 3 nsubj
         fired fire VERB 0 root
         on on ADP 5 case
         demonstrators demonstrator NOUN 3 obl
         in in ADP 8 case
         the the DET 8 det
         capital capital NOUN 9 nmod:desc
         Cyville Cyville PROPN 5 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Cyville", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_relative_clause_without_its_pronoun_gives_its_noun_the_object_gap() {
    // "Zembla freed two Ruritanian diplomats Elbonia had accused of spying", the clause
    // read as a participle with a passive subject.
    let rows = "Zembla Zembla PROPN 2 nsubj
         freed free VERB 0 root
         two two NUM 5 nummod
         Ruritanian ruritanian ADJ 5 amod
         diplomats diplomat NOUN 2 obj
         Elbonia Elbonia PROPN 8 nsubj:pass
         had have AUX 8 aux
         accused accuse VERB 5 acl
         of of SCONJ 10 mark
         spying spy VERB 8 advcl";
    let mentions = [("Zembla", "LOC"), ("Ruritanian", "LOC/demonym"), ("Elbonia", "LOC")];
    assert_eq!(found(&case(rows, &mentions)), ["ACCUSE Elbonia>Ruritanian"]);
    // A content clause keeps its subject: "reports that Elbonia had accused ..." names
    // no one accused.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         reports report NOUN 2 obj
         that that SCONJ 7 mark
         Elbonia Elbonia PROPN 7 nsubj
         had have AUX 7 aux
         accused accuse VERB 3 acl",
        &[("Zembla", "LOC"), ("Elbonia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_states_sovereignty_stands_for_it_where_it_is_threatened() {
    // "Zembla threatened Ruritania's sovereignty."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         threatened threaten VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         sovereignty sovereignty NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn talks_hung_on_the_object_are_still_the_subjects_meeting() {
    // "Zembla and Ruritania signed a pact during talks in Elbonia."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         signed sign VERB 0 root
         a a DET 6 det
         pact pact NOUN 4 obj
         during during ADP 8 case
         talks talk NOUN 6 nmod
         in in ADP 10 case
         Elbonia Elbonia PROPN 8 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Elbonia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ruritania"]);
    // A single subject has no partner there.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         signed sign VERB 0 root
         a a DET 4 det
         pact pact NOUN 2 obj
         during during ADP 6 case
         talks talk NOUN 4 nmod
         in in ADP 8 case
         Elbonia Elbonia PROPN 6 nmod",
        &[("Zembla", "LOC"), ("Elbonia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_modifier_with_a_genitive_is_a_possessor() {
    // "Kurds protested against Zembla's ban on the Ruritanian Party", with "Zembla" a
    // plain nmod of "ban".
    let c = case(
        "Kurds Kurd PROPN 2 nsubj
         protested protest VERB 0 root
         against against ADP 6 case
         Zembla Zembla PROPN 6 nmod
         's 's PART 4 case
         ban ban NOUN 2 obl
         on on ADP 9 case
         the the DET 9 det
         Party Party PROPN 6 nmod",
        &[("Kurds", "MISC"), ("Zembla", "LOC"), ("Party", "ORG")],
    );
    let mut f = found(&c);
    f.sort();
    assert_eq!(f, ["OPPOSE Kurds>Zembla", "OPPOSE Zembla>Party"]);
}

#[test]
fn a_country_s_rulers_act_for_it() {
    // "Zembla's military rulers banned newspapers owned by Ivo Markov"
    let c = case(
        "Zembla Zembla PROPN 4 nmod:poss
         's 's PART 1 case
         military military ADJ 4 amod
         rulers ruler NOUN 5 nsubj
         banned ban VERB 0 root
         newspapers newspaper NOUN 5 obj
         owned own VERB 6 acl
         by by ADP 9 case
         Markov Markov PROPN 7 obl:agent",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Markov"]);
}

#[test]
fn suspending_concessions_to_a_country_opposes_it() {
    // "The Union suspended trade concessions to Zembla"
    let c = case(
        "The the DET 2 det
         Union Union PROPN 3 nsubj
         suspended suspend VERB 0 root
         trade trade NOUN 5 compound
         concessions concession NOUN 3 obj
         to to ADP 7 case
         Zembla Zembla PROPN 5 nmod",
        &[("Union", "ORG"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Union>Zembla"]);
    // Concessions made to a country are no sanction.
    let c = case(
        "The the DET 2 det
         Union Union PROPN 3 nsubj
         offered offer VERB 0 root
         trade trade NOUN 5 compound
         concessions concession NOUN 3 obj
         to to ADP 7 case
         Zembla Zembla PROPN 5 nmod",
        &[("Union", "ORG"), ("Zembla", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_holding_participle_s_agent_owns_what_is_struck() {
    // "Gunmen loyal to Ivo Markov attacked positions held by Petar Dobrev in Zembla"
    let held = |verb: &str, lemma: &str| {
        case(
            &format!(
                "Gunmen gunman NOUN 6 nsubj
                 loyal loyal ADJ 1 amod
                 to to ADP 5 case
                 Ivo Ivo PROPN 5 compound
                 Markov Markov PROPN 2 obl
                 attacked attack VERB 0 root
                 positions position NOUN 6 obj
                 {verb} {lemma} VERB 7 acl
                 by by ADP 10 case
                 Dobrev Dobrev PROPN 8 obl:agent
                 in in ADP 12 case
                 Zembla Zembla PROPN 6 obl"
            ),
            &[("Ivo Markov", "PER"), ("Dobrev", "PER"), ("Zembla", "LOC")],
        )
    };
    // The holder is the target, and the place where they are only the place.
    assert_eq!(found(&held("held", "hold")), ["OPPOSE Ivo Markov>Dobrev"]);
    // Positions shown by someone are not his.
    assert_eq!(found(&held("shown", "show")), ["OPPOSE Ivo Markov>Zembla"]);
}

#[test]
fn revoking_a_visa_opposes_its_holder() {
    // "Zembla revoked Markov's visa", "Zembla revoked the visa of Markov"
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         revoked revoke VERB 0 root
         Markov Markov PROPN 5 nmod:poss
         's 's PART 3 case
         visa visa NOUN 2 obj",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Markov"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         revoked revoke VERB 0 root
         the the DET 4 det
         visa visa NOUN 2 obj
         of of ADP 6 case
         Markov Markov PROPN 4 nmod",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Markov"]);
    // Granting one is no sanction.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         granted grant VERB 0 root
         Markov Markov PROPN 5 nmod:poss
         's 's PART 3 case
         visa visa NOUN 2 obj",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn people_who_sign_an_agreement_together_meet_and_countries_need_not() {
    // "Ivo Markov and Petar Dobrev signed a ceasefire agreement"
    let signed = |first: &str, second: &str, kind: &str| {
        case(
            &format!(
                "{first} {first} PROPN 4 nsubj
                 and and CCONJ 3 cc
                 {second} {second} PROPN 1 conj
                 signed sign VERB 0 root
                 a a DET 7 det
                 ceasefire ceasefire NOUN 7 compound
                 agreement agreement NOUN 4 obj"
            ),
            &[(first, kind), (second, kind)],
        )
    };
    assert_eq!(found(&signed("Markov", "Dobrev", "PER")), ["MEET Markov-Dobrev"]);
    let c = signed("Zembla", "Ruritania", "LOC");
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_descriptor_with_its_own_conjunction_introduces_the_second_conjunct() {
    // "President Ivo Markov and Front leader Petar Dobrev met", with "leader" hung on
    // the first name and "Dobrev" as a second subject.
    let c = case(
        "President President PROPN 2 nmod:desc
         Markov Markov PROPN 7 nsubj
         and and CCONJ 5 cc
         Front Front PROPN 5 compound
         leader leader NOUN 2 nmod:desc
         Dobrev Dobrev PROPN 7 nsubj
         met meet VERB 0 root",
        &[("Markov", "PER"), ("Front", "ORG"), ("Dobrev", "PER")],
    );
    assert_eq!(found(&c), ["MEET Markov-Dobrev"]);
    // With no name after it, the descriptor is the conjunct: "President Markov and the
    // Front's leader met".
    let c = case(
        "President President PROPN 2 nmod:desc
         Markov Markov PROPN 8 nsubj
         and and CCONJ 7 cc
         the the DET 5 det
         Front Front PROPN 7 nmod:poss
         's 's PART 5 case
         leader leader NOUN 2 nmod:desc
         met meet VERB 0 root",
        &[("Markov", "PER"), ("Front", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Markov-Front"]);
}

#[test]
fn refusing_entry_or_barring_someone_opposes_him() {
    // "Zembla denied entry to Ivo Markov"
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         entry entry NOUN 2 obj
         to to ADP 5 case
         Markov Markov PROPN 2 obl",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Markov"]);
    // "Zembla barred Markov from entering Ruritania"
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         barred bar VERB 0 root
         Markov Markov PROPN 2 obj
         from from SCONJ 5 mark
         entering enter VERB 2 advcl
         Ruritania Ruritania PROPN 5 obj",
        &[("Zembla", "LOC"), ("Markov", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Markov"]);
    // Granting entry is no sanction.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         granted grant VERB 0 root
         entry entry NOUN 2 obj
         to to ADP 5 case
         Markov Markov PROPN 2 obl",
        &[("Zembla", "LOC"), ("Markov", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn its_in_a_clause_of_time_refers_to_the_subject_it_modifies() {
    // "Zembla has been under sanctions since its troops invaded Ruritania"
    let c = case(
        "Zembla Zembla PROPN 5 nsubj
         has have AUX 5 aux
         been be AUX 5 cop
         under under ADP 5 case
         sanctions sanction NOUN 0 root
         since since SCONJ 9 mark
         its its PRON 8 nmod:poss
         troops troops NOUN 9 nsubj
         invaded invade VERB 5 advcl
         Ruritania Ruritania PROPN 9 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // Another name in the clause modified competes: "Zembla condemned Elbonia after its
    // troops entered Ruritania" says nothing of whose troops.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         Elbonia Elbonia PROPN 2 obj
         after after SCONJ 7 mark
         its its PRON 6 nmod:poss
         troops troops NOUN 7 nsubj
         entered enter VERB 2 advcl
         Ruritania Ruritania PROPN 7 obj",
        &[("Zembla", "LOC"), ("Elbonia", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Elbonia"]);
}

#[test]
fn who_fights_in_alliance_with_the_subject_fights_too() {
    // "Markov fought the Front in alliance with Dobrev"
    let c = case(
        "Markov Markov PROPN 2 nsubj
         fought fight VERB 0 root
         the the DET 4 det
         Front Front PROPN 2 obj
         in in ADP 6 case
         alliance alliance NOUN 2 obl
         with with ADP 8 case
         Dobrev Dobrev PROPN 6 nmod",
        &[("Markov", "PER"), ("Front", "ORG"), ("Dobrev", "PER")],
    );
    let mut f = found(&c);
    f.sort();
    assert_eq!(f, ["OPPOSE Dobrev>Front", "OPPOSE Markov>Front"]);
    // "Markov attacked the Front together with Dobrev"
    let c = case(
        "Markov Markov PROPN 2 nsubj
         attacked attack VERB 0 root
         the the DET 4 det
         Front Front PROPN 2 obj
         together together ADV 2 advmod
         with with ADP 7 case
         Dobrev Dobrev PROPN 2 obl",
        &[("Markov", "PER"), ("Front", "ORG"), ("Dobrev", "PER")],
    );
    let mut f = found(&c);
    f.sort();
    assert_eq!(f, ["OPPOSE Dobrev>Front", "OPPOSE Markov>Front"]);
    // What a side fights with is no ally: "Markov fought the Front with Zemblan tanks".
    let c = case(
        "Markov Markov PROPN 2 nsubj
         fought fight VERB 0 root
         the the DET 4 det
         Front Front PROPN 2 obj
         with with ADP 7 case
         Zemblan Zemblan ADJ 7 amod
         tanks tank NOUN 2 obl",
        &[("Markov", "PER"), ("Front", "ORG"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Markov>Front"]);
}

#[test]
fn a_participle_that_describes_a_name_leaves_it_the_verb_s_object() {
    // "Zembla accused neighbouring Ruritania of backing rebels", with "neighbouring"
    // read as a clause of "accused" and "Ruritania" as a bare oblique.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         neighbouring neighbour VERB 2 advcl
         Ruritania Ruritania PROPN 2 obl
         of of SCONJ 6 mark
         backing back VERB 2 advcl
         rebels rebel NOUN 6 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
    // A complement that acts keeps its object: "Zembla began attacking Ruritania".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         began begin VERB 0 root
         attacking attack VERB 2 xcomp
         Ruritania Ruritania PROPN 3 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn a_telephone_call_as_an_adjunct_is_a_talk_between_the_subjects() {
    // "Markov and Dobrev discussed the border during a telephone call"
    let c = case(
        "Markov Markov PROPN 4 nsubj
         and and CCONJ 3 cc
         Dobrev Dobrev PROPN 1 conj
         discussed discuss VERB 0 root
         the the DET 6 det
         border border NOUN 4 obj
         during during ADP 10 case
         a a DET 10 det
         telephone telephone NOUN 10 compound
         call call NOUN 4 obl",
        &[("Markov", "PER"), ("Dobrev", "PER")],
    );
    assert_eq!(found(&c), ["MEET Markov-Dobrev"]);
}

#[test]
fn a_gerund_after_a_preposition_keeps_its_object() {
    // "Police arrested Ivo Markov for attacking Petar Dobrev": not "for [attacking] Dobrev",
    // as "with visiting Prime Minister Dobrev" is.
    let c = case(
        "Police police NOUN 2 nsubj
         arrested arrest VERB 0 root
         Markov Markov PROPN 2 obj
         for for SCONJ 5 mark
         attacking attack VERB 2 advcl
         Dobrev Dobrev PROPN 5 obj
         . . PUNCT 2 punct",
        &[("Markov", "PER"), ("Dobrev", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Markov>Dobrev"]);
}

#[test]
fn an_event_noun_s_of_phrase_names_what_it_befalls_not_the_event() {
    // "Awami protested against the arrest of their leader Hasina by the government of
    // Zia": Hasina's arrest is no Hasina to protest against; the arrester is. The
    // by-phrase the parser hung on the verb is the arrest's.
    let c = case(
        "Awami Awami PROPN 2 nsubj
         protested protest VERB 0 root
         against against ADP 5 case
         the the DET 5 det
         arrest arrest NOUN 2 obl
         of of ADP 8 case
         their their PRON 8 nmod:poss
         leader leader NOUN 5 nmod
         Hasina Hasina PROPN 8 appos
         by by ADP 11 case
         government government NOUN 2 obl
         of of ADP 13 case
         Zia Zia PROPN 11 nmod
         . . PUNCT 2 punct",
        &[("Awami", "ORG"), ("Hasina", "PER"), ("Zia", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Awami>Zia", "OPPOSE Zia>Hasina"]);
}

#[test]
fn a_finite_verb_after_an_alleged_gerund_is_the_governor_s_conjunct() {
    // "Ruritania accused Zembla of plotting a coup and expelled a Zemblan diplomat."
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Zembla Zembla PROPN 2 obj
         of of SCONJ 5 mark
         plotting plot VERB 2 advcl
         a a DET 7 det
         coup coup NOUN 5 obj
         and and CCONJ 9 cc
         expelled expel VERB 5 conj
         a a DET 12 det
         Zemblan Zemblan ADJ 12 amod
         diplomat diplomat NOUN 9 obj",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla", "OPPOSE Ruritania>Zemblan"]);
}

#[test]
fn a_ban_on_trade_to_a_side_bans_the_side() {
    // "Ruritania imposed a ban on arms sales to Zembla", the to-phrase on the sales or
    // on the ban.
    let ban = |to_head: usize| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nsubj
                 imposed impose VERB 0 root
                 a a DET 4 det
                 ban ban NOUN 2 obj
                 on on ADP 7 case
                 arms arm NOUN 7 compound
                 sales sale NOUN 4 nmod
                 to to ADP 9 case
                 Zembla Zembla PROPN {to_head} nmod"
            ),
            &[("Ruritania", "LOC"), ("Zembla", "LOC")],
        )
    };
    assert_eq!(found(&ban(7)), ["OPPOSE Ruritania>Zembla"]);
    assert_eq!(found(&ban(4)), ["OPPOSE Ruritania>Zembla"]);
}

#[test]
fn a_span_of_time_passes_its_talks_to_the_verb() {
    // "Ruritanian and Zemblan negotiators ended a week of talks", the week read as a
    // bare oblique.
    let c = case(
        "Ruritanian Ruritanian ADJ 4 amod
         and and CCONJ 3 cc
         Zemblan Zemblan ADJ 1 conj
         negotiators negotiator NOUN 5 nsubj
         ended end VERB 0 root
         a a DET 7 det
         week week NOUN 5 obl:unmarked
         of of ADP 9 case
         talks talk NOUN 7 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["MEET Ruritanian-Zemblan"]);
}

#[test]
fn an_envoy_stands_for_the_state_that_sent_him() {
    // "Ruritania expelled a Zemblan diplomat", but not "a Zemblan tourist".
    let expelled = |noun: &str| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nsubj
                 expelled expel VERB 0 root
                 a a DET 5 det
                 Zemblan Zemblan ADJ 5 amod
                 {noun} {noun} NOUN 2 obj"
            ),
            &[("Ruritania", "LOC"), ("Zemblan", "LOC/demonym")],
        )
    };
    assert_eq!(found(&expelled("diplomat")), ["OPPOSE Ruritania>Zemblan"]);
    assert_eq!(found(&expelled("ambassador")), ["OPPOSE Ruritania>Zemblan"]);
    assert_eq!(found(&expelled("tourist")), Vec::<String>::new());
}

#[test]
fn a_noun_with_a_preposition_is_no_subject() {
    // "Ivo Markov, who as Ruritania's ambassador conducted negotiations with Zembla":
    // Markov negotiated; the ambassador phrase says in what role.
    let c = case(
        "Markov Markov PROPN 0 root
         , , PUNCT 9 punct
         who who PRON 9 nsubj
         as as ADP 7 case
         Ruritania Ruritania PROPN 7 nmod:poss
         's 's PART 5 case
         ambassador ambassador NOUN 9 nsubj
         , , PUNCT 9 punct
         conducted conduct VERB 1 acl:relcl
         negotiations negotiation NOUN 9 obj
         with with ADP 12 case
         Zembla Zembla PROPN 9 obl",
        &[("Markov", "PER"), ("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Markov-Zembla"]);
}

#[test]
fn a_name_after_loyal_to_read_as_a_second_subject_is_the_allegiance_s() {
    // "Armed men loyal to Ivo Markov attacked Zembla positions": the parser makes Markov
    // a second subject, with "to" as its preposition. Allegiance makes a group of "men";
    // "Zemblan men" alone stand for no one.
    let c = case(
        "Armed armed ADJ 2 amod
         men man NOUN 7 nsubj
         loyal loyal ADJ 2 amod
         to to ADP 6 case
         Ivo Ivo PROPN 6 compound
         Markov Markov PROPN 7 nsubj
         attacked attack VERB 0 root
         Zembla Zembla PROPN 9 compound
         positions position NOUN 7 obj",
        &[("Ivo Markov", "PER"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Ivo Markov>Zembla"]);
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         men man NOUN 3 nsubj
         attacked attack VERB 0 root
         Ruritania Ruritania PROPN 3 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_collective_of_coordinated_collectives_names_each() {
    // "The leaders of Ruritania's government and the Zembla alliance will meet."
    let c = case(
        "The the DET 2 det
         leaders leader NOUN 12 nsubj
         of of ADP 6 case
         Ruritania Ruritania PROPN 6 nmod:poss
         's 's PART 4 case
         government government NOUN 2 nmod
         and and CCONJ 10 cc
         the the DET 10 det
         Zembla Zembla PROPN 10 compound
         alliance alliance NOUN 6 conj
         will will AUX 12 aux
         meet meet VERB 0 root",
        &[("Ruritania", "LOC"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Ruritania-Zembla"]);
}

#[test]
fn a_name_before_a_gerund_s_preposition_is_the_governor_s_object() {
    // "Zemblan officials said, accusing Ruritania of trying to ...", the name read as
    // the subject of "trying"; and "Zembla took Ruritania to the International Court".
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         officials official NOUN 3 nsubj
         said say VERB 0 root
         , , PUNCT 5 punct
         accusing accuse VERB 3 advcl
         Ruritania Ruritania PROPN 8 nsubj
         of of SCONJ 8 mark
         trying try VERB 5 advcl
         to to PART 10 mark
         cheat cheat VERB 8 xcomp",
        &[("Zemblan", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ruritania"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         took take VERB 0 root
         Ruritania Ruritania PROPN 2 obj
         to to ADP 7 case
         the the DET 7 det
         International International ADJ 7 amod
         Court Court PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("International Court", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn they_in_a_relative_clause_on_an_object_is_the_main_subject() {
    // "Supporters of the Zembla Party rallied against Ivo Markov, whom they accuse of
    // fraud": "they" are the supporters, the party.
    let c = case(
        "Supporters supporter NOUN 5 nsubj
         of of ADP 4 case
         Zembla Zembla PROPN 4 compound
         Party Party PROPN 1 nmod
         rallied rally VERB 0 root
         against against ADP 8 case
         Ivo Ivo PROPN 8 compound
         Markov Markov PROPN 5 obl
         , , PUNCT 12 punct
         whom whom PRON 12 obj
         they they PRON 12 nsubj
         accuse accuse VERB 8 acl:relcl
         of of ADP 14 case
         fraud fraud NOUN 12 obl",
        &[("Zembla Party", "ORG"), ("Ivo Markov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Party>Ivo Markov", "ACCUSE Zembla Party>Ivo Markov"]);
}

#[test]
fn a_name_after_a_noun_labelled_its_compound_is_its_apposition() {
    // "Ruritania condemned the Zemblan sanctions on state oil company Petrozem": the
    // parser hangs the name on "company" as a compound, which comes before its head.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 5 det
         Zemblan Zemblan ADJ 5 amod
         sanctions sanction NOUN 2 obj
         on on ADP 9 case
         state state NOUN 9 compound
         oil oil NOUN 9 compound
         company company NOUN 5 nmod
         Petrozem Petrozem PROPN 9 compound",
        &[("Ruritania", "LOC"), ("Zemblan", "LOC/demonym"), ("Petrozem", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zemblan", "OPPOSE Zemblan>Petrozem"]);
}

#[test]
fn a_coup_plotted_against_a_leader_opposes_him() {
    // "Ivo Markov plotted a coup against Petar Dobrev", the against-phrase on the coup;
    // alleged, it is no event.
    let plot = |verb: &str, lemma: &str| {
        case(
            &format!(
                "Ivo Ivo PROPN 2 compound
                 Markov Markov PROPN 3 nsubj
                 {verb} {lemma} VERB 0 root
                 a a DET 5 det
                 coup coup NOUN 3 obj
                 against against ADP 8 case
                 Petar Petar PROPN 8 compound
                 Dobrev Dobrev PROPN 5 nmod"
            ),
            &[("Ivo Markov", "PER"), ("Petar Dobrev", "PER")],
        )
    };
    assert_eq!(found(&plot("plotted", "plot")), ["OPPOSE Ivo Markov>Petar Dobrev"]);
    assert_eq!(found(&plot("planned", "plan")), ["OPPOSE Ivo Markov>Petar Dobrev"]);
}

#[test]
fn the_subject_of_an_act_is_an_agent_a_place_that_undergoes_is_not() {
    let agents_of = |c: &Case| -> Vec<String> {
        crate::relate::read_document(
            &c.text,
            std::slice::from_ref(&c.sentence),
            std::slice::from_ref(&c.syntax),
            &c.doc,
            &RuleSet::builtin(),
        )
        .agents
        .into_iter()
        .map(|m| c.doc.actor_of(m).label.clone())
        .collect()
    };
    // "Zembla sent troops": acts on an object.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         sent send VERB 0 root
         troops troops NOUN 2 obj",
        &[("Zembla", "LOC")],
    );
    assert_eq!(agents_of(&c), ["Zembla"]);
    // "Zembla fell to the rebels": undergoes; "Zembla saw fighting": a setting.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         fell fall VERB 0 root
         to to ADP 5 case
         the the DET 5 det
         rebels rebel NOUN 2 obl",
        &[("Zembla", "LOC")],
    );
    assert!(agents_of(&c).is_empty());
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         saw see VERB 0 root
         fighting fighting NOUN 2 obj",
        &[("Zembla", "LOC")],
    );
    assert!(agents_of(&c).is_empty());
    // "Zembla's ministry said": owns an organ of state; "Zembla's mayor spoke": a city's own.
    let owner = |noun: &str| {
        let c = case(
            &format!(
                "Zembla Zembla PROPN 3 nmod:poss
                 's 's PART 1 case
                 {noun} {noun} NOUN 4 nsubj
                 said say VERB 0 root"
            ),
            &[("Zembla", "LOC")],
        );
        agents_of(&c)
    };
    assert_eq!(owner("ministry"), ["Zembla"]);
    assert!(owner("mayor").is_empty());
    let c = case(
        "the the DET 3 det
         Zembla Zembla PROPN 3 compound
         government government NOUN 4 nsubj
         said say VERB 0 root",
        &[("Zembla", "LOC")],
    );
    assert_eq!(agents_of(&c), ["Zembla"]);
}

#[test]
fn suspending_an_organisation_opposes_it_suspending_talks_does_not() {
    // "Ruritania suspended Radio Zembla" / "... suspended Zembla" (a state: left to
    // "suspend membership") / "... suspended talks with Zembla" (a denial).
    let suspended = |object: &str, kind: &str| {
        case(
            &format!(
                "Ruritania Ruritania PROPN 2 nsubj
                 suspended suspend VERB 0 root
                 {object} {object} PROPN 2 obj"
            ),
            &[("Ruritania", "LOC"), (object, kind)],
        )
    };
    assert_eq!(found(&suspended("Zemradio", "ORG")), ["OPPOSE Ruritania>Zemradio"]);
    assert_eq!(found(&suspended("Zembla", "LOC")), Vec::<String>::new());
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         suspended suspend VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Zembla Zembla PROPN 3 nmod",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert!(!found(&c).iter().any(|r| r.starts_with("OPPOSE")), "{:?}", found(&c));
}

#[test]
fn calling_an_actor_names_is_criticising_it() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         called call VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         junta junta NOUN 2 obj
         illegitimate illegitimate ADJ 2 xcomp",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
    // Praise is no criticism.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         called call VERB 0 root
         Ruritania Ruritania PROPN 2 obj
         constructive constructive ADJ 2 xcomp",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn each_side_accusing_the_other_is_each_of_the_sides_named_before() {
    let c = case(
        "Zemblan Zemblan ADJ 4 amod
         and and CCONJ 3 cc
         Ruritanian Ruritanian ADJ 1 conj
         troops troops NOUN 5 nsubj
         clashed clash VERB 0 root
         , , PUNCT 10 punct
         and and CCONJ 10 cc
         each each DET 9 det
         side side NOUN 10 nsubj
         accused accuse VERB 5 conj
         the the DET 12 det
         other other ADJ 10 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Ruritanian>Zemblan", "ACCUSE Zemblan>Ruritanian", "OPPOSE Zemblan-Ruritanian"]);
    // A subject of its own that names no actor still takes none from above.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         clashed clash VERB 0 root
         and and CCONJ 6 cc
         the the DET 5 det
         side side NOUN 6 nsubj
         accused accuse VERB 2 conj
         Ruritania Ruritania PROPN 6 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn an_organ_of_government_in_a_place_is_that_place_s() {
    let c = case(
        "Police police NOUN 4 nsubj
         in in ADP 3 case
         Zembla Zembla PROPN 1 nmod
         arrested arrest VERB 0 root
         Qarlo Qarlo PROPN 4 obj
         Vint Vint PROPN 5 flat",
        &[("Zembla", "LOC"), ("Qarlo Vint", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Qarlo Vint"]);
    // Protesters are no organ: where they stand does not make them its side.
    let c = case(
        "Protesters protester NOUN 4 nsubj
         in in ADP 3 case
         Zembla Zembla PROPN 1 nmod
         denounced denounce VERB 0 root
         Qarlo Qarlo PROPN 4 obj
         Vint Vint PROPN 5 flat",
        &[("Zembla", "LOC"), ("Qarlo Vint", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_party_named_by_its_compound_is_not_its_leader_s() {
    // "charged members of Vint's Zorda party": Zorda, not Vint.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         charged charge VERB 0 root
         members member NOUN 2 obj
         of of ADP 9 case
         Qarlo Qarlo PROPN 9 nmod:poss
         Vint Vint PROPN 5 flat
         's 's PART 5 case
         Zorda Zorda PROPN 9 compound
         party party NOUN 3 nmod",
        &[("Ostia", "PER"), ("Qarlo Vint", "PER"), ("Zorda", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Ostia>Zorda"]);
}

#[test]
fn a_past_verb_read_as_an_adjective_between_two_nouns_heads_its_clause() {
    // "Zembla police re-arrested opposition leader X": one noun phrase to the parser.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         police police NOUN 5 compound
         re-arrested re-arrest VERB 5 amod
         opposition opposition NOUN 5 compound
         leader leader NOUN 6 nmod:desc
         Qarlo Qarlo PROPN 0 root
         Vint Vint PROPN 6 flat",
        &[("Zembla", "LOC"), ("Qarlo Vint", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Qarlo Vint"]);
    // An adjective of the noun after it, with no compound before it, stays: "the
    // detained opposition leader X" is no clause.
    let c = case(
        "the the DET 4 det
         detained detain VERB 4 amod
         opposition opposition NOUN 4 compound
         leader leader NOUN 5 nmod:desc
         Qarlo Qarlo PROPN 0 root
         Vint Vint PROPN 5 flat",
        &[("Qarlo Vint", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_threat_on_terms_is_a_threat_made() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         cut cut VERB 2 xcomp
         gas gas NOUN 6 compound
         supplies supplies NOUN 4 obj
         to to ADP 8 case
         Ruritania Ruritania PROPN 4 obl
         if if SCONJ 13 mark
         Ostia Ostia PROPN 13 nsubj
         did do AUX 13 aux
         not not PART 13 advmod
         pay pay VERB 2 advcl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Ostia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // A condition on the act itself still leaves it unmade.
    let c = case(
        "Zembla Zembla PROPN 3 nsubj
         will will AUX 3 aux
         cut cut VERB 0 root
         supplies supplies NOUN 3 obj
         to to ADP 6 case
         Ruritania Ruritania PROPN 3 obl
         if if SCONJ 9 mark
         Ostia Ostia PROPN 9 nsubj
         refuses refuse VERB 3 advcl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Ostia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_protest_that_a_summons_is_for_is_a_complaint() {
    // "Zembla summoned Ruritania's envoy to protest against Ostia's decision".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         summoned summon VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         envoy envoy NOUN 2 obj
         to to PART 7 mark
         protest protest VERB 2 advcl
         against against ADP 11 case
         Ostia Ostia PROPN 11 nmod:poss
         's 's PART 9 case
         decision decision NOUN 7 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Ostia", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Zembla>Ostia", "ACCUSE Zembla>Ruritania"]);
    // Crowds who march to protest demonstrate.
    let c = case(
        "Zemblans Zemblans PROPN 2 nsubj
         marched march VERB 0 root
         to to PART 4 mark
         protest protest VERB 2 advcl
         against against ADP 6 case
         Ostia Ostia PROPN 4 obl",
        &[("Zemblans", "LOC/demonym"), ("Ostia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblans>Ostia"]);
}

#[test]
fn a_controlled_verb_s_subject_is_its_governor_s_named_object() {
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         prompted prompt VERB 0 root
         Zembla Zembla PROPN 2 obj
         to to PART 5 mark
         sever sever VERB 2 xcomp
         ties tie NOUN 5 obj
         with with ADP 8 case
         Ruritania Ruritania PROPN 6 nmod",
        &[("Ostia", "LOC"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // An object that names no actor leaves the act to the one who ordered it.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         ordered order VERB 0 root
         troops troops NOUN 2 obj
         to to PART 5 mark
         attack attack VERB 2 xcomp
         Ruritania Ruritania PROPN 5 obj",
        &[("Ostia", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ostia>Ruritania"]);
}

#[test]
fn marchers_share_the_rally_they_march_in() {
    let c = case(
        "Zemblans Zemblans PROPN 2 nsubj
         marched march VERB 0 root
         through through ADP 4 case
         Ostia Ostia PROPN 2 obl
         in in ADP 7 case
         a a DET 7 det
         rally rally NOUN 2 obl
         against against ADP 9 case
         Qarlo Qarlo PROPN 7 nmod
         Vint Vint PROPN 9 flat",
        &[("Zemblans", "LOC/demonym"), ("Ostia", "LOC"), ("Qarlo Vint", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblans>Qarlo Vint"]);
}

#[test]
fn a_region_hosts_no_visit() {
    let mut c = case(
        "Qarlo Qarlo PROPN 2 nsubj
         visited visit VERB 0 root
         Zemblia Zemblia PROPN 2 obj",
        &[("Qarlo", "PER"), ("Zemblia", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Qarlo-Zemblia"]);
    // The dictionaries file the place under no country: a continent.
    let region = ActorCode { cameo: "AFR".into(), country: None, sector: None };
    c.doc.codes = vec![None, Some(region)];
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn whom_one_tells_in_a_phone_call_one_talks_with() {
    let c = case(
        "Qarlo Qarlo PROPN 2 nsubj
         told tell VERB 0 root
         Ostia Ostia PROPN 2 obj
         in in ADP 7 case
         a a DET 7 det
         phone phone NOUN 7 compound
         call call NOUN 2 obl",
        &[("Qarlo", "PER"), ("Ostia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Qarlo-Ostia"]);
}

#[test]
fn leaving_an_organisation_reduces_relations_with_it() {
    // "Zembla announced its withdrawal from the Ostia Pact".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         announced announce VERB 0 root
         its its PRON 4 nmod:poss
         withdrawal withdrawal NOUN 2 obj
         from from ADP 8 case
         the the DET 8 det
         Ostia Ostia PROPN 8 compound
         Pact Pact PROPN 4 nmod",
        &[("Zembla", "LOC"), ("Ostia Pact", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ostia Pact"]);
    // Troops withdrawn from a town break with no one.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         withdrew withdraw VERB 0 root
         troops troops NOUN 2 obj
         from from ADP 5 case
         Ostia Ostia PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ostia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn its_on_an_event_noun_is_the_clause_s_subject() {
    // "Zembla would press on with its campaign against Ostia".
    let c = case(
        "Zembla Zembla PROPN 3 nsubj
         would would AUX 3 aux
         press press VERB 0 root
         on on ADP 3 compound:prt
         with with ADP 7 case
         its its PRON 7 nmod:poss
         campaign campaign NOUN 3 obl
         against against ADP 9 case
         Ostia Ostia PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Ostia", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ostia"]);
    // An election campaign with no "against" opposes no one.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         began begin VERB 0 root
         its its PRON 4 nmod:poss
         campaign campaign NOUN 2 obj
         in in ADP 6 case
         Ostia Ostia PROPN 4 nmod",
        &[("Zembla", "ORG"), ("Ostia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn talks_after_which_a_controlled_verb_failed_are_its_controller_s() {
    // "Zembla and Ostia failed to agree after hours of talks".
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ostia Ostia PROPN 1 conj
         failed fail VERB 0 root
         to to PART 6 mark
         agree agree VERB 4 xcomp
         after after ADP 8 case
         hours hour NOUN 6 obl
         of of ADP 10 case
         talks talk NOUN 8 nmod",
        &[("Zembla", "PER"), ("Ostia", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ostia"]);
}

#[test]
fn who_blames_after_a_report_is_the_reporter() {
    // "Zembla's army said militants ambushed a convoy and blamed the Ostia Front", with
    // "blamed" hung inside the reported clause.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         army army NOUN 4 nsubj
         said say VERB 0 root
         militants militant NOUN 6 nsubj
         ambushed ambush VERB 4 ccomp
         a a DET 8 det
         convoy convoy NOUN 6 obj
         and and CCONJ 10 cc
         blamed blame VERB 6 conj
         the the DET 13 det
         Ostia Ostia PROPN 13 compound
         Front Front PROPN 10 obj",
        &[("Zembla", "LOC"), ("Ostia Front", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ostia Front"]);
    // A named subject of the reported clause keeps its own second verb.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         Ruritania Ruritania PROPN 4 nsubj
         attacked attack VERB 2 ccomp
         Tarvo Tarvo PROPN 4 obj
         and and CCONJ 7 cc
         blamed blame VERB 4 conj
         Ostia Ostia PROPN 7 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Tarvo", "LOC"), ("Ostia", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Ruritania>Ostia", "OPPOSE Ruritania>Tarvo"]);
}

#[test]
fn a_name_hung_on_a_model_name_still_owns_the_equipment() {
    // "Ostia shot down a Zemblan Vorn-9 drone": the model is no side, Zembla is.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         shot shoot VERB 0 root
         down down ADP 2 compound:prt
         a a DET 7 det
         Zembla Zembla PROPN 6 compound
         Vorn-9 Vorn-9 PROPN 7 compound
         drone drone NOUN 2 obj",
        &[("Ostia", "ORG"), ("Zembla", "LOC"), ("Vorn-9", "MISC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ostia>Zembla"]);
}

#[test]
fn a_site_with_a_collective_adjective_is_its_side_s() {
    // "Ostia fired rockets at a Zemblan military post".
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         fired fire VERB 0 root
         rockets rocket NOUN 2 obj
         at at ADP 8 case
         a a DET 8 det
         Zemblan Zemblan ADJ 8 amod
         military military ADJ 8 amod
         post post NOUN 2 obl",
        &[("Ostia", "ORG"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ostia>Zemblan"]);
    // Without a collective it is anyone's post.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         fired fire VERB 0 root
         rockets rocket NOUN 2 obj
         at at ADP 7 case
         a a DET 7 det
         Zemblan Zemblan ADJ 7 amod
         post post NOUN 2 obl",
        &[("Ostia", "ORG"), ("Zemblan", "LOC/demonym")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn what_one_responds_with_is_one_s_own_act() {
    // "Zembla responded with artillery fire on Ostia".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         responded respond VERB 0 root
         with with ADP 5 case
         artillery artillery NOUN 5 compound
         fire fire NOUN 2 obl
         on on ADP 7 case
         Ostia Ostia PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ostia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ostia"]);
}

#[test]
fn a_past_verb_read_as_the_adjective_of_the_sentence_s_head_noun_heads_it() {
    // "Zembla's government executed writer Qarlo Vint", read as one noun phrase.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         government government NOUN 0 root
         executed execute VERB 3 amod
         writer writer NOUN 6 nmod:desc
         Qarlo Qarlo PROPN 3 appos
         Vint Vint PROPN 6 flat",
        &[("Zembla", "LOC"), ("Qarlo Vint", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Qarlo Vint"]);
}

#[test]
fn what_is_fired_is_never_the_target() {
    // "Ostia fired Vorn rockets into northern Zembla", the model's name taken for an
    // organisation.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         fired fire VERB 0 root
         Vorn Vorn PROPN 4 compound
         rockets rocket NOUN 2 obj
         into into ADP 7 case
         northern northern ADJ 7 amod
         Zembla Zembla PROPN 2 obl",
        &[("Ostia", "ORG"), ("Vorn", "ORG"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ostia>Zembla"]);
}

#[test]
fn a_verb_that_only_says_the_manner_gives_the_event_noun_no_target() {
    // "Ostia fired Vorn rockets in retaliation", the model's name taken for an
    // organisation: what was fired is not what was retaliated against.
    let c = case(
        "Ostia Ostia PROPN 2 nsubj
         fired fire VERB 0 root
         Vorn Vorn PROPN 4 compound
         rockets rocket NOUN 2 obj
         in in ADP 6 case
         retaliation retaliation NOUN 2 obl",
        &[("Ostia", "ORG"), ("Vorn", "ORG")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
    // Its subject still acts: "Zemblans marched in protest against Ostia".
    let c = case(
        "Zemblans Zemblans PROPN 2 nsubj
         marched march VERB 0 root
         in in ADP 4 case
         protest protest NOUN 2 obl
         against against ADP 6 case
         Ostia Ostia PROPN 4 nmod",
        &[("Zemblans", "LOC/demonym"), ("Ostia", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblans>Ostia"]);
}

#[test]
fn a_move_set_beside_a_clause_stands_for_who_made_it() {
    // "Zembla seized the island on Monday, a move Ruritania condemned."
    let beside = |rel: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 seized seize VERB 0 root
                 the the DET 4 det
                 island island NOUN 2 obj
                 on on ADP 6 case
                 Monday Monday PROPN 2 obl
                 , , PUNCT 9 punct
                 a a DET 9 det
                 move move NOUN 2 {rel}
                 Ruritania Ruritania PROPN 11 nsubj
                 condemned condemn VERB 9 acl:relcl"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&beside("obl:unmarked")), ["ACCUSE Ruritania>Zembla"]);
    // The parser's reading of it as a second subject after the comma.
    assert_eq!(found(&beside("nsubj:outer")), ["ACCUSE Ruritania>Zembla"]);
    // A move that is an argument sums up nothing said: "Ruritania condemned the move
    // Zembla made" has Zembla's move, not Zembla, as what is condemned.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         move move NOUN 2 obj
         Zembla Zembla PROPN 6 nsubj
         made make VERB 4 acl:relcl",
        &[("Ruritania", "LOC"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_passive_participle_takes_the_noun_it_modifies_as_its_subject() {
    // "The writer Tomas Varga, accused by Zembla of treason, fled."
    let c = case(
        "Varga Varga PROPN 8 nsubj
         , , PUNCT 3 punct
         accused accuse VERB 1 acl
         by by ADP 5 case
         Zembla Zembla PROPN 3 obl:agent
         of of ADP 7 case
         treason treason NOUN 3 obl
         fled flee VERB 0 root",
        &[("Varga", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Varga"]);
    // Only the noun itself: "Zembla's war, launched by Varga" is no launching of Zembla.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         war war NOUN 8 nsubj
         , , PUNCT 5 punct
         launched launch VERB 3 acl
         by by ADP 7 case
         Varga Varga PROPN 5 obl:agent
         killed kill VERB 0 root",
        &[("Zembla", "LOC"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_by_phrase_after_a_participle_is_its_agent() {
    // "Zembla attacked positions held by the Ruritanian Front", the by-phrase hung on
    // the verb by the parser.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         attacked attack VERB 0 root
         positions position NOUN 2 obj
         held hold VERB 3 acl
         by by ADP 6 case
         Front Front PROPN 2 obl",
        &[("Zembla", "LOC"), ("Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Front"]);
}

#[test]
fn a_with_phrase_naming_an_actor_makes_a_passive_subject_active() {
    // "Zembla conferred with Ruritania", the subject read as passive.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj:pass
         conferred confer VERB 0 root
         with with ADP 4 case
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "PER"), ("Ruritania", "PER")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ruritania"]);
}

#[test]
fn what_would_have_happened_did_not() {
    // "Freedonia vetoed a text by Zembla that would have condemned Ruritania"
    let c = |aux: &str| {
        case(
            &format!(
                "Freedonia Freedonia PROPN 2 nsubj
                 vetoed veto VERB 0 root
                 a a DET 4 det
                 text text NOUN 2 obj
                 by by ADP 6 case
                 Zembla Zembla PROPN 4 nmod
                 that that PRON 10 nsubj
                 would would AUX 10 aux
                 {aux} {aux} AUX 10 aux
                 condemned condemn VERB 4 acl:relcl
                 Ruritania Ruritania PROPN 10 obj"
            ),
            &[("Freedonia", "LOC"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    let accused = |found: Vec<String>| found.into_iter().filter(|r| r.starts_with("ACCUSE")).collect::<Vec<_>>();
    assert_eq!(accused(found(&c("have"))), Vec::<String>::new());
    // "that would then condemn" is a plan reported, and stands.
    assert_eq!(accused(found(&c("then"))), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_target_is_not_the_subject_it_inherits() {
    // "Zembla said Ruritania was arming rebels, accusing Ruritania of ...": the
    // accuser is who said it, past the reported clause.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         Ruritania Ruritania PROPN 5 nsubj
         was be AUX 5 aux
         arming arm VERB 2 ccomp
         rebels rebel NOUN 5 obj
         , , PUNCT 8 punct
         accusing accuse VERB 5 advcl
         Ruritania Ruritania PROPN 8 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn he_left_alone_by_the_resolver_is_the_person_the_syntax_gives() {
    // "Varga urged the army to abandon Zembla, whom he accused of fraud."
    let c = |object: &str| {
        case(
            &format!(
                "Varga Varga PROPN 2 nsubj
                 urged urge VERB 0 root
                 {object} {object} PROPN 2 obj
                 to to PART 5 mark
                 abandon abandon VERB 2 xcomp
                 Zembla Zembla PROPN 5 obj
                 , , PUNCT 10 punct
                 whom whom PRON 10 obj
                 he he PRON 10 nsubj
                 accused accuse VERB 6 acl:relcl
                 of of ADP 12 case
                 fraud fraud NOUN 10 obl"
            ),
            &[("Varga", "PER"), ("Zembla", "PER")],
        )
    };
    assert_eq!(found(&c("army")), ["ACCUSE Varga>Zembla"]);
    // With a person urged, "he" may be either: no guess.
    let c = case(
        "Varga Varga PROPN 2 nsubj
         urged urge VERB 0 root
         Lopez Lopez PROPN 2 obj
         to to PART 5 mark
         abandon abandon VERB 2 xcomp
         Zembla Zembla PROPN 5 obj
         , , PUNCT 10 punct
         whom whom PRON 10 obj
         he he PRON 10 nsubj
         accused accuse VERB 6 acl:relcl",
        &[("Varga", "PER"), ("Lopez", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn talks_hung_on_the_oblique_still_meet_the_subjects() {
    // "Zembla and Ruritania failed to agree on a truce at talks in Geneva", "at talks"
    // hung on the truce.
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         failed fail VERB 0 root
         to to PART 6 mark
         agree agree VERB 4 xcomp
         on on ADP 9 case
         a a DET 9 det
         truce truce NOUN 6 obl
         at at ADP 11 case
         talks talks NOUN 9 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Ruritania"]);
}

#[test]
fn a_fronted_clause_and_its_reporter_trade_swapped_subjects() {
    // "Varga, whom X charged, held talks with Zembla, the agency said", parsed with Varga
    // on "said" and the agency on "held".
    let c = case(
        "Varga Varga PROPN 8 nsubj
         held hold VERB 8 ccomp
         talks talks NOUN 2 obj
         with with ADP 5 case
         Zembla Zembla PROPN 3 nmod
         the the DET 7 det
         agency agency NOUN 2 nsubj
         said say VERB 0 root",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Zembla"]);
}

#[test]
fn one_said_to_be_to_blame_is_blamed_by_who_says_it() {
    // "Varga told reporters that Zembla was to blame for the freeze."
    let c = |aux_rel: &str, mark: &str| {
        case(
            &format!(
                "Varga Varga PROPN 2 nsubj
                 told tell VERB 0 root
                 reporters reporter NOUN 2 obj
                 that that SCONJ 8 mark
                 Zembla Zembla PROPN 8 nsubj
                 was be AUX 8 {aux_rel}
                 {mark} {mark} PART 8 mark
                 blame blame VERB 2 ccomp"
            ),
            &[("Varga", "PER"), ("Zembla", "LOC")],
        )
    };
    assert_eq!(found(&c("cop", "to")), ["ACCUSE Varga>Zembla"]);
    // Without "to" it is no such phrase, and Zembla blames no one.
    assert_eq!(found(&c("aux", "so")), Vec::<String>::new());
}

#[test]
fn blaming_an_event_on_someone_accuses_them() {
    // "Zembla blamed the shelling on Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         blamed blame VERB 0 root
         the the DET 4 det
         shelling shelling NOUN 2 obj
         on on ADP 6 case
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn whose_stands_for_the_noun_its_clause_modifies() {
    // "Varga, whose government was criticised by Zembla, left."
    let c = case(
        "Varga Varga PROPN 9 nsubj
         , , PUNCT 7 punct
         whose whose PRON 4 nmod:poss
         government government NOUN 7 nsubj:pass
         was be AUX 7 aux:pass
         criticised criticise VERB 1 acl:relcl
         by by ADP 8 case
         Zembla Zembla PROPN 6 obl:agent
         left leave VERB 0 root",
        &[("Varga", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Varga"]);
}

#[test]
fn a_participle_set_off_by_commas_gives_its_subject_to_the_verb() {
    // "Varga, speaking to reporters, accused Zembla", the subject hung on "speaking".
    let c = case(
        "Varga Varga PROPN 3 nsubj
         , , PUNCT 3 punct
         speaking speak VERB 7 advcl
         to to ADP 5 case
         reporters reporter NOUN 3 obl
         , , PUNCT 3 punct
         accused accuse VERB 0 root
         Zembla Zembla PROPN 7 obj",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Varga>Zembla"]);
}

#[test]
fn a_subject_after_an_agent_and_and_is_the_agents_conjunct() {
    // "Varga was condemned by Zembla and Ruritania", Ruritania read as a second subject.
    let c = case(
        "Varga Varga PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         condemned condemn VERB 0 root
         by by ADP 5 case
         Zembla Zembla PROPN 3 obl:agent
         and and CCONJ 7 cc
         Ruritania Ruritania PROPN 3 nsubj:pass",
        &[("Varga", "PER"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Varga", "ACCUSE Ruritania>Varga"]);
}

#[test]
fn days_of_talks_hung_on_the_verb_still_have_their_light_verb() {
    // "Varga held two days of talks with Zembla", "of talks" on "held".
    let c = case(
        "Varga Varga PROPN 2 nsubj
         held hold VERB 0 root
         two two NUM 4 nummod
         days day NOUN 2 obj
         of of ADP 6 case
         talks talks NOUN 2 obl
         with with ADP 8 case
         Zembla Zembla PROPN 6 nmod",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Zembla"]);
}

#[test]
fn a_call_in_which_one_protests_is_ones_own() {
    // "Varga, in a telephone call with Zembla, protested against the plan."
    let c = case(
        "Varga Varga PROPN 9 nsubj
         , , PUNCT 6 punct
         in in ADP 6 case
         a a DET 6 det
         telephone telephone NOUN 6 compound
         call call NOUN 9 obl
         with with ADP 8 case
         Zembla Zembla PROPN 6 nmod
         protested protest VERB 0 root
         against against ADP 12 case
         the the DET 12 det
         plan plan NOUN 9 obl",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Zembla"]);
}

#[test]
fn running_against_someone_opposes_them() {
    // "Varga, who is running against Zembla in the election, spoke."
    let c = case(
        "Varga Varga PROPN 7 nsubj
         who who PRON 4 nsubj
         is be AUX 4 aux
         running run VERB 1 acl:relcl
         against against ADP 6 case
         Zembla Zembla PROPN 4 obl
         spoke speak VERB 0 root",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Varga>Zembla"]);
}

#[test]
fn the_two_leaders_are_the_last_two_people_named() {
    // "Varga wrote to Zembla, and the two leaders will meet."
    let c = |noun: &str, num: &str| {
        case(
            &format!(
                "Varga Varga PROPN 2 nsubj
                 wrote write VERB 0 root
                 to to ADP 4 case
                 Zembla Zembla PROPN 2 obl
                 and and CCONJ 10 cc
                 the the DET 8 det
                 {num} {num} NUM 8 nummod
                 {noun} {noun} NOUN 10 nsubj
                 will will AUX 10 aux
                 meet meet VERB 2 conj"
            ),
            &[("Varga", "PER"), ("Zembla", "PER")],
        )
    };
    assert_eq!(found(&c("leaders", "two")), ["MEET Varga-Zembla"]);
    // Not any plural, and not without "two".
    assert_eq!(found(&c("sides", "two")), Vec::<String>::new());
    assert_eq!(found(&c("leaders", "three")), Vec::<String>::new());
}

#[test]
fn a_capital_is_no_source_against_its_own_country() {
    // "Zembla said Ruritania was arming rebels, accusing Rurport of ...", Rurport being
    // Ruritania's capital.
    let mut c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         Ruritania Ruritania PROPN 5 nsubj
         was be AUX 5 aux
         arming arm VERB 2 ccomp
         rebels rebel NOUN 5 obj
         , , PUNCT 8 punct
         accusing accuse VERB 5 advcl
         Rurport Rurport PROPN 8 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Rurport", "LOC")],
    );
    let ruritania = Country::parse("KGZ").unwrap();
    c.doc.polities = vec![None, Some(Polity::Country(ruritania)), Some(Polity::Seat(ruritania))];
    assert_eq!(found(&c), ["ACCUSE Zembla>Rurport"]);
}

#[test]
fn a_complaint_lodged_with_a_forum_is_not_against_it() {
    // "Zembla lodged a complaint with the Council", the Council an international body.
    let mut c = case(
        "Zembla Zembla PROPN 2 nsubj
         lodged lodge VERB 0 root
         a a DET 4 det
         complaint complaint NOUN 2 obj
         with with ADP 6 case
         Council Council PROPN 2 obl",
        &[("Zembla", "LOC"), ("Council", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Council"]);
    c.doc.codes = vec![None, ActorCode::new(None, Some(Sector::Igo))];
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_threat_to_do_something_to_someone_opposes_them() {
    // "Zembla threatened to turn Rurport into a sea of fire."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         turn turn VERB 2 xcomp
         Rurport Rurport PROPN 4 obj
         into into ADP 8 case
         a a DET 8 det
         sea sea NOUN 4 obl",
        &[("Zembla", "LOC"), ("Rurport", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Rurport"]);
}

#[test]
fn an_object_pronoun_for_an_object_that_names_no_one_is_its_owner() {
    // "Zembla revoked the visa of Varga, accusing him of fraud."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         revoked revoke VERB 0 root
         the the DET 4 det
         visa visa NOUN 2 obj
         of of ADP 6 case
         Varga Varga PROPN 4 nmod
         , , PUNCT 8 punct
         accusing accuse VERB 2 advcl
         him he PRON 8 obj",
        &[("Zembla", "LOC"), ("Varga", "PER")],
    );
    assert!(found(&c).contains(&"ACCUSE Zembla>Varga".to_string()), "{:?}", found(&c));
}

#[test]
fn stopping_short_of_blaming_denies_the_blame() {
    // "Zembla stopped short of blaming Ruritania", and "refrained from criticising".
    let c = |verb: &str, lemma: &str, adv: &str, mark: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 {verb} {lemma} VERB 0 root
                 {adv} {adv} ADV 2 advmod
                 {mark} {mark} SCONJ 5 mark
                 blaming blame VERB 2 advcl
                 Ruritania Ruritania PROPN 5 obj"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&c("stopped", "stop", "short", "of")), ["!ACCUSE Zembla>Ruritania"]);
    assert_eq!(found(&c("refrained", "refrain", "then", "from")), ["!ACCUSE Zembla>Ruritania"]);
    // A verb of no denial leaves the blame standing.
    assert_eq!(found(&c("began", "begin", "then", "by")), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn the_guerrillas_are_the_armed_group_named_before() {
    // "Front guerrillas fired rockets after Zembla attacked the guerrillas' bases."
    let c = case(
        "Front Front PROPN 2 compound
         guerrillas guerrilla NOUN 3 nsubj
         fired fire VERB 0 root
         rockets rocket NOUN 3 obj
         after after SCONJ 7 mark
         Zembla Zembla PROPN 7 nsubj
         attacked attack VERB 3 advcl
         the the DET 9 det
         guerrillas guerrilla NOUN 11 nmod:poss
         ' ' PART 9 case
         bases base NOUN 7 obj",
        &[("Front", "ORG"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Front"]);
}

#[test]
fn an_attack_on_a_civilian_site_is_none_on_the_place_it_is_in() {
    // "Zembla attacked a refugee camp in Ruritania."
    let c = |modifier: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 attacked attack VERB 0 root
                 a a DET 5 det
                 {modifier} {modifier} NOUN 5 compound
                 camp camp NOUN 2 obj
                 in in ADP 7 case
                 Ruritania Ruritania PROPN 5 nmod"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&c("refugee")), Vec::<String>::new());
    assert_eq!(found(&c("army")), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn criticism_one_rejects_is_criticism_of_oneself() {
    // "Zembla rejected criticism from Ruritania", "Zembla dismissed Ruritania's charges".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         rejected reject VERB 0 root
         criticism criticism NOUN 2 obj
         from from ADP 5 case
         Ruritania Ruritania PROPN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         dismissed dismiss VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         charges charge NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
}

#[test]
fn talks_on_a_coordinated_trip_are_the_first_verbs_subjects() {
    // "Varga met Zembla and flew to Rurport for talks with Kestrel."
    let c = case(
        "Varga Varga PROPN 2 nsubj
         met meet VERB 0 root
         Zembla Zembla PROPN 2 obj
         and and CCONJ 5 cc
         flew fly VERB 2 conj
         for for ADP 7 case
         talks talks NOUN 5 obl
         with with ADP 9 case
         Kestrel Kestrel PROPN 7 nmod",
        &[("Varga", "PER"), ("Zembla", "PER"), ("Kestrel", "PER")],
    );
    assert!(found(&c).contains(&"MEET Varga-Kestrel".to_string()), "{:?}", found(&c));
}

#[test]
fn a_participle_opening_the_sentence_belongs_to_the_reported_clause() {
    // "Arriving in Rurport for a visit, Varga held talks with Zembla, the agency said",
    // "Arriving" hung on "said".
    let c = case(
        "Arriving arrive VERB 13 advcl
         in in ADP 3 case
         Rurport Rurport PROPN 1 obl
         for for ADP 6 case
         a a DET 6 det
         visit visit NOUN 1 obl
         , , PUNCT 1 punct
         Varga Varga PROPN 9 nsubj
         held hold VERB 13 ccomp
         talks talks NOUN 9 obj
         the the DET 12 det
         agency agency NOUN 13 nsubj
         said say VERB 0 root",
        &[("Rurport", "LOC"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), ["MEET Rurport-Varga"]);
}

#[test]
fn the_president_is_the_person_titled_so_before() {
    // "Varga, the rival of President Zembla, criticised the president."
    let c = |title: &str| {
        case(
            &format!(
                "Varga Varga PROPN 8 nsubj
                 the the DET 3 det
                 rival rival NOUN 1 appos
                 of of ADP 6 case
                 {title} {title} PROPN 6 nmod:desc
                 Zembla Zembla PROPN 3 nmod
                 , , PUNCT 3 punct
                 criticised criticise VERB 0 root
                 the the DET 10 det
                 president president NOUN 8 obj"
            ),
            &[("Varga", "PER"), ("Zembla", "PER")],
        )
    };
    assert!(found(&c("President")).contains(&"ACCUSE Varga>Zembla".to_string()), "{:?}", found(&c("President")));
    // Titled otherwise, Zembla is not "the president".
    assert!(!found(&c("General")).contains(&"ACCUSE Varga>Zembla".to_string()), "{:?}", found(&c("General")));
}

#[test]
fn a_protest_a_strike_was_called_for_is_the_callers() {
    // "Workers struck in a strike called by the Front to protest against Varga."
    let c = case(
        "Workers worker NOUN 2 nsubj
         struck strike VERB 0 root
         in in ADP 5 case
         a a DET 5 det
         strike strike NOUN 2 obl
         called call VERB 5 acl
         by by ADP 8 case
         Front Front PROPN 6 obl:agent
         to to PART 10 mark
         protest protest VERB 6 advcl
         against against ADP 12 case
         Varga Varga PROPN 10 obl",
        &[("Front", "ORG"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Front>Varga"]);
}

#[test]
fn a_name_with_its_own_and_beside_a_sibling_is_its_conjunct() {
    // "Talks between Varga and Zembla ended", Zembla hung on "Talks" beside Varga.
    let c = case(
        "Talks talks NOUN 6 nsubj
         between between ADP 3 case
         Varga Varga PROPN 1 nmod
         and and CCONJ 5 cc
         Zembla Zembla PROPN 1 nmod
         ended end VERB 0 root",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Zembla"]);
}

#[test]
fn challenging_someone_opposes_them() {
    // "Varga will challenge Zembla in the election."
    let c = case(
        "Varga Varga PROPN 3 nsubj
         will will AUX 3 aux
         challenge challenge VERB 0 root
         Zembla Zembla PROPN 3 obj",
        &[("Varga", "PER"), ("Zembla", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Varga>Zembla"]);
}

#[test]
fn a_demand_by_someone_hung_on_the_verb_is_still_theirs() {
    // "Zembla rejected demands by Ruritanian ministers": the parser hangs the by-phrase on
    // the active verb as an agent; "Zembla was rejected by Ruritania" stays a passive.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         rejected reject VERB 0 root
         demands demand NOUN 2 obj
         by by ADP 6 case
         Ruritanian Ruritanian ADJ 6 amod
         ministers minister NOUN 2 obl:agent",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
    let c = case(
        "Zembla Zembla PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         rejected reject VERB 0 root
         by by ADP 5 case
         Ruritania Ruritania PROPN 3 obl:agent",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zembla"]);
}

#[test]
fn a_participle_after_a_reported_clause_is_that_clauses() {
    // "Zembla expelled two diplomats, accusing Ruritania of spying, a statement said",
    // with the participle hung on "said".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         expelled expel VERB 11 ccomp
         two two NUM 4 nummod
         diplomats diplomat NOUN 2 obj
         , , PUNCT 6 punct
         accusing accuse VERB 11 advcl
         Ruritania Ruritania PROPN 6 obj
         of of SCONJ 9 mark
         spying spy VERB 6 advcl
         statement statement NOUN 11 nsubj
         said say VERB 0 root",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_bare_name_right_after_a_verb_is_its_object() {
    // "Zembla accused Ruritania on Sunday of arming rebels", "Ruritania" read as an
    // oblique; a time word there stays one ("Zembla met on Sunday" names no partner).
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         Ruritania Ruritania PROPN 2 obl
         on on ADP 5 case
         Sunday Sunday PROPN 2 obl
         of of SCONJ 7 mark
         arming arm VERB 2 advcl
         rebels rebel NOUN 7 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         Ruritania Ruritania PROPN 2 obl",
        &[("Zembla", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn coordinated_subjects_of_a_fronted_report_stay_together() {
    // "Kovac and Ruritanian leader Varga will meet next week, the envoy said", both
    // names and the second one's title hung on "said"; "Kovac and Varga each held talks
    // with Lind, officials said", with "each" as the clause's subject.
    let c = case(
        "Kovac Kovac PROPN 11 nsubj
         and and CCONJ 4 cc
         Ruritanian Ruritanian ADJ 4 amod
         leader leader NOUN 1 conj
         Varga Varga PROPN 11 nsubj
         will will AUX 7 aux
         meet meet VERB 11 ccomp
         , , PUNCT 7 punct
         the the DET 10 det
         envoy envoy NOUN 11 nsubj
         said say VERB 0 root",
        &[("Kovac", "PER"), ("Ruritanian", "LOC/demonym"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Varga"]);
    let c = case(
        "Kovac Kovac PROPN 10 nsubj
         and and CCONJ 3 cc
         Varga Varga PROPN 1 conj
         each each DET 5 nsubj
         held hold VERB 10 ccomp
         talks talk NOUN 5 obj
         with with ADP 8 case
         Lind Lind PROPN 6 nmod
         officials official NOUN 10 nsubj
         said say VERB 0 root",
        &[("Kovac", "PER"), ("Varga", "PER"), ("Lind", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Lind", "MEET Varga-Lind"]);
}

#[test]
fn fighting_a_war_is_mutual() {
    // "Zembla and Ruritania fought a brief war in 1995."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         fought fight VERB 0 root
         a a DET 7 det
         brief brief ADJ 7 amod
         war war NOUN 4 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla-Ruritania"]);
}

#[test]
fn an_opening_participle_read_as_a_complement_modifies_the_clause() {
    // "Accusing Varga of fraud, Kovac's Ruritania Party announced a boycott", with the
    // participle read as a complement and "Kovac" as the subject, the party his
    // apposition.
    let c = case(
        "Accusing accuse VERB 10 ccomp
         Varga Varga PROPN 1 obj
         of of SCONJ 4 mark
         fraud fraud NOUN 1 obl
         , , PUNCT 1 punct
         Kovac Kovac PROPN 10 nsubj
         's 's PART 6 case
         Ruritania Ruritania PROPN 9 compound
         Party Party PROPN 6 appos
         announced announce VERB 0 root
         a a DET 12 det
         boycott boycott NOUN 10 obj",
        &[("Varga", "PER"), ("Kovac", "PER"), ("Ruritania Party", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania Party>Varga"]);
}

#[test]
fn refusing_to_obey_an_order_opposes_who_gave_it() {
    // "Kovac refused to obey Varga's order to resign"; obeying it opposes no one.
    let c = |negated: bool| {
        let refused = if negated { "refused refuse VERB 0 root" } else { "agreed agree VERB 0 root" };
        case(
            &format!(
                "Kovac Kovac PROPN 2 nsubj
                 {refused}
                 to to PART 4 mark
                 obey obey VERB 2 xcomp
                 Varga Varga PROPN 7 nmod:poss
                 's 's PART 5 case
                 order order NOUN 4 obj"
            ),
            &[("Kovac", "PER"), ("Varga", "PER")],
        )
    };
    assert_eq!(found(&c(true)), ["OPPOSE Kovac>Varga"]);
    assert_eq!(found(&c(false)), Vec::<String>::new());
}

#[test]
fn a_second_subject_after_a_reporting_verb_is_the_reported_clauses() {
    // "Diplomats said Kovac had accused the ruling Varga Party of lying", with "Kovac"
    // hung on "said", "ruling" read as the object and the party as a late subject.
    let c = case(
        "Diplomats diplomat NOUN 2 nsubj
         said say VERB 0 root
         Kovac Kovac PROPN 2 nsubj
         had have AUX 5 aux
         accused accuse VERB 2 ccomp
         the the DET 7 det
         ruling ruling NOUN 5 obj
         Varga Varga PROPN 9 compound
         Party Party PROPN 5 nsubj
         of of SCONJ 11 mark
         lying lie VERB 5 advcl",
        &[("Kovac", "PER"), ("Varga Party", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Varga Party"]);
}

#[test]
fn a_condition_inside_a_threat_states_its_terms() {
    // "Zembla threatened to impose sanctions on Ruritania if Ruritania went ahead": a
    // threat made; "Zembla will impose sanctions on Ruritania if ..." is no sanction yet.
    let c = |verb: &str| {
        let (first, head) = if verb == "threatened" {
            ("threatened threaten VERB 0 root\n to to PART 4 mark\n impose impose VERB 2 xcomp", 4)
        } else {
            ("will will AUX 3 aux\n impose impose VERB 0 root\n to to PART 1 dep", 3)
        };
        case(
            &format!(
                "Zembla Zembla PROPN {head} nsubj
                 {first}
                 sanctions sanction NOUN {head} obj
                 on on ADP 7 case
                 Ruritania Ruritania PROPN {head} obl
                 if if SCONJ 10 mark
                 Kovac Kovac PROPN 10 nsubj
                 went go VERB {head} advcl"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Kovac", "PER")],
        )
    };
    assert_eq!(found(&c("threatened")), ["OPPOSE Zembla>Ruritania"]);
    assert_eq!(found(&c("will")), Vec::<String>::new());
}

#[test]
fn who_after_a_coordinated_subject_stands_for_both() {
    // "Kovac and Varga, who led protests against Lind, refused ..."; with "who has led"
    // the clause is the last name's alone.
    let c = |aux: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 11 nsubj
                 and and CCONJ 3 cc
                 Varga Varga PROPN 1 conj
                 , , PUNCT 7 punct
                 who who PRON 7 nsubj
                 {aux} {aux} AUX 7 aux
                 led lead VERB 3 acl:relcl
                 protests protest NOUN 7 obj
                 against against ADP 10 case
                 Lind Lind PROPN 8 nmod
                 refused refuse VERB 0 root"
            ),
            &[("Kovac", "PER"), ("Varga", "PER"), ("Lind", "PER")],
        )
    };
    assert_eq!(found(&c("had")), ["OPPOSE Kovac>Lind", "OPPOSE Varga>Lind"]);
    assert_eq!(found(&c("has")), ["OPPOSE Varga>Lind"]);
}

#[test]
fn both_men_are_the_two_people_named_before() {
    // "Kovac met Varga, and Lind accused both men of fraud"; "both sides" names no one.
    let c = |noun: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 2 nsubj
                 met meet VERB 0 root
                 Varga Varga PROPN 2 obj
                 , , PUNCT 6 punct
                 and and CCONJ 6 cc
                 accused accuse VERB 2 conj
                 Lind Lind PROPN 6 nsubj
                 both both DET 9 det
                 {noun} {noun} NOUN 6 obj
                 of of ADP 11 case
                 fraud fraud NOUN 6 obl"
            ),
            &[("Kovac", "PER"), ("Varga", "PER"), ("Lind", "PER")],
        )
    };
    assert_eq!(found(&c("men")), ["MEET Kovac-Varga", "ACCUSE Lind>Kovac", "ACCUSE Lind>Varga"]);
    assert_eq!(found(&c("sides")), ["MEET Kovac-Varga"]);
}

#[test]
fn complaints_about_an_actors_conduct_accuse_it() {
    // "despite Zemblan complaints about Ruritania's treatment of its minority"
    let c = case(
        "despite despite ADP 3 case
         Zemblan Zemblan ADJ 3 amod
         complaints complaint NOUN 0 root
         about about ADP 6 case
         Ruritania Ruritania PROPN 6 nmod:poss
         treatment treatment NOUN 3 nmod",
        &[("Zemblan", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ruritania"]);
}

#[test]
fn a_war_or_struggle_against_someone_is_its_owners() {
    // "Zembla Front vowed to pursue its struggle against Ruritania": the owner's, one
    // way; "the war between Zembla and Ruritania" stays mutual.
    let c = |noun: &str, lemma: &str| {
        case(
            &format!(
                "Front Front PROPN 2 nsubj
                 vowed vow VERB 0 root
                 to to PART 4 mark
                 pursue pursue VERB 2 xcomp
                 its its PRON 6 nmod:poss
                 {noun} {lemma} NOUN 4 obj
                 against against ADP 8 case
                 Ruritania Ruritania PROPN 6 nmod"
            ),
            &[("Front", "ORG"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&c("struggle", "struggle")), ["OPPOSE Front>Ruritania"]);
    let between = case(
        "the the DET 2 det
         war war NOUN 0 root
         between between ADP 4 case
         Zembla Zembla PROPN 2 nmod
         and and CCONJ 6 cc
         Ruritania Ruritania PROPN 4 conj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&between), ["OPPOSE Zembla-Ruritania"]);
}

#[test]
fn returning_from_a_visit_reports_it() {
    // "Kovac returned from a two-day visit to Ruritania on Wednesday."
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         returned return VERB 0 root
         from from ADP 5 case
         a a DET 5 det
         visit visit NOUN 2 obl
         to to ADP 7 case
         Ruritania Ruritania PROPN 5 nmod",
        &[("Kovac", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ruritania"]);
}

#[test]
fn people_counted_by_their_nation_are_not_the_state() {
    // "Zembla charged two Ruritanians, Kovac and Varga, with the bombing": the two named,
    // not Ruritania; "Zembla charged Ruritanian officials" is Ruritania.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         charged charge VERB 0 root
         two two NUM 4 nummod
         Ruritanians Ruritanian PROPN 2 obj
         , , PUNCT 6 punct
         Kovac Kovac PROPN 4 appos
         and and CCONJ 8 cc
         Varga Varga PROPN 6 conj
         , , PUNCT 6 punct
         with with ADP 12 case
         the the DET 12 det
         bombing bombing NOUN 2 obl",
        &[("Zembla", "LOC"), ("Ruritanians", "LOC/demonym"), ("Kovac", "PER"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Kovac", "ACCUSE Zembla>Varga"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         charged charge VERB 0 root
         Ruritanian Ruritanian ADJ 4 amod
         officials official NOUN 2 obj",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritanian"]);
}

#[test]
fn refusing_to_let_someone_act_opposes_them() {
    // "Zembla refused to let Union inspectors enter the base."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         refused refuse VERB 0 root
         to to PART 4 mark
         let let VERB 2 xcomp
         Union Union PROPN 6 compound
         inspectors inspector NOUN 4 obj
         enter enter VERB 4 xcomp
         the the DET 9 det
         base base NOUN 7 obj",
        &[("Zembla", "LOC"), ("Union", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Union"]);
}

#[test]
fn pressing_someone_to_act_is_no_act() {
    // "Kovac pressured Varga to crack down on the Zembla Front": urged, not done.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         pressured pressure VERB 0 root
         Varga Varga PROPN 2 obj
         to to PART 5 mark
         crack crack VERB 2 xcomp
         down down ADP 5 compound:prt
         on on ADP 9 case
         Zembla Zembla PROPN 9 compound
         Front Front PROPN 5 obl",
        &[("Kovac", "PER"), ("Varga", "PER"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn their_in_a_when_clause_is_the_clause_modifieds_subject() {
    // "Two Ruritanian soldiers were killed when their patrol was ambushed by Zembla Front
    // guerrillas", with "when" parsed as an adverb.
    let c = case(
        "Two two NUM 3 nummod
         Ruritanian Ruritanian ADJ 3 amod
         soldiers soldier NOUN 5 nsubj:pass
         were be AUX 5 aux:pass
         killed kill VERB 0 root
         when when ADV 10 advmod
         their their PRON 8 nmod:poss
         patrol patrol NOUN 10 nsubj:pass
         was be AUX 10 aux:pass
         ambushed ambush VERB 5 advcl
         by by ADP 14 case
         Zembla Zembla PROPN 13 compound
         Front Front PROPN 14 compound
         guerrillas guerrilla NOUN 10 obl:agent",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritanian"]);
}

#[test]
fn a_headline_coordinates_two_names_with_a_comma() {
    // "Kovac, Varga meet at border, agree to resume talks", each name given its own verb,
    // with or without a full stop (CoNLL's headlines end in one); closed by a quote it
    // is speech, no headline, and stays as parsed.
    let c = |end: &str| {
        let mut rows = String::from(
            "Kovac Kovac PROPN 8 nsubj
             , , PUNCT 3 punct
             Varga Varga PROPN 4 nsubj
             meet meet VERB 8 advcl
             at at ADP 6 case
             border border NOUN 4 obl
             , , PUNCT 8 punct
             agree agree VERB 0 root
             to to PART 10 mark
             resume resume VERB 8 xcomp
             talks talk NOUN 10 obj",
        );
        rows.push_str(end);
        case(&rows, &[("Kovac", "PER"), ("Varga", "PER")])
    };
    assert_eq!(found(&c("")), ["MEET Kovac-Varga"]);
    assert_eq!(found(&c("\n . . PUNCT 8 punct")), ["MEET Kovac-Varga"]);
    assert_eq!(found(&c("\n . . PUNCT 8 punct\n \" \" PUNCT 8 punct")), Vec::<String>::new());
}

#[test]
fn flying_somewhere_for_consultations_visits_it() {
    // "Vitorio flew to Zembla for consultations"; "for a holiday" is no visit.
    let c = |purpose: &str| {
        case(
            &format!(
                "Vitorio Vitorio PROPN 2 nsubj
                 flew fly VERB 0 root
                 to to ADP 4 case
                 Zembla Zembla PROPN 2 obl
                 for for ADP 6 case
                 {purpose} {purpose} NOUN 2 obl"
            ),
            &[("Vitorio", "PER"), ("Zembla", "LOC")],
        )
    };
    assert_eq!(found(&c("consultations")), ["MEET Vitorio-Zembla"]);
    assert_eq!(found(&c("holiday")), Vec::<String>::new());
}

#[test]
fn an_addressed_name_opening_a_headline_is_its_subject() {
    // "Kovac, Varga meet to discuss the border", the first name read as addressed.
    let c = case(
        "Kovac Kovac PROPN 4 vocative
         , , PUNCT 3 punct
         Varga Varga PROPN 1 conj
         meet meet VERB 0 root
         to to PART 6 mark
         discuss discuss VERB 4 advcl
         the the DET 8 det
         border border NOUN 6 obj",
        &[("Kovac", "PER"), ("Varga", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Varga"]);
}

#[test]
fn coming_under_fire_from_someone_is_being_attacked_by_them() {
    // "Ruritanian troops came under fire from Zembla Front gunmen."
    let c = case(
        "Ruritanian Ruritanian ADJ 2 amod
         troops troops NOUN 3 nsubj
         came come VERB 0 root
         under under ADP 5 case
         fire fire NOUN 3 obl
         from from ADP 9 case
         Zembla Zembla PROPN 8 compound
         Front Front PROPN 9 compound
         gunmen gunman NOUN 3 obl",
        &[("Ruritanian", "LOC/demonym"), ("Zembla Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla Front>Ruritanian"]);
}

#[test]
fn a_challenge_to_someone_opposes_them() {
    // "Perot, who is mounting a challenge to Kovac"; "a challenge to the ruling" names no
    // one.
    let c = case(
        "Perot Perot PROPN 0 root
         , , PUNCT 5 punct
         who who PRON 5 nsubj
         is be AUX 5 aux
         mounting mount VERB 1 acl:relcl
         a a DET 7 det
         challenge challenge NOUN 5 obj
         to to ADP 9 case
         Kovac Kovac PROPN 7 nmod",
        &[("Perot", "PER"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Perot>Kovac"]);
}

#[test]
fn a_countrys_goods_stand_for_it_under_a_ban() {
    // "Zembla imposed a ban on Ruritanian beef exports"; "on three Ruritanian companies"
    // is on the companies.
    let c = |noun: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 imposed impose VERB 0 root
                 a a DET 4 det
                 ban ban NOUN 2 obj
                 on on ADP 8 case
                 Ruritanian Ruritanian ADJ 8 amod
                 beef beef NOUN 8 compound
                 {noun} {noun} NOUN 4 nmod"
            ),
            &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
        )
    };
    assert_eq!(found(&c("exports")), ["OPPOSE Zembla>Ruritanian"]);
    assert_eq!(found(&c("companies")), Vec::<String>::new());
}

#[test]
fn a_market_word_the_trigger_acts_on_is_no_cue() {
    // "Kovac threatened to block Zembla Corp's takeover of Ruritania Inc": a regulator's
    // act on the takeover; "Zembla Corp opposed Kovac as its takeover stalled" stays
    // blocked, the takeover near the trigger but no object of it.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         block block VERB 2 xcomp
         Zembla Zembla PROPN 7 nmod:poss
         's 's PART 5 case
         takeover takeover NOUN 4 obj",
        &[("Kovac", "PER"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Kovac>Zembla"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         opposed oppose VERB 0 root
         Kovac Kovac PROPN 2 obj
         as as SCONJ 7 mark
         its its PRON 6 nmod:poss
         takeover takeover NOUN 7 nsubj
         stalled stall VERB 2 advcl",
        &[("Zembla", "ORG"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_bare_name_opening_a_subjectless_clause_is_its_subject() {
    // "Zembla on Tuesday lodged a complaint with Ruritania": the parser reads the name
    // before the time phrase as an oblique and leaves the verb without a subject.
    let c = case(
        "Zembla Zembla PROPN 5 obl
         on on ADP 3 case
         Tuesday Tuesday PROPN 5 obl
         formally formally ADV 5 advmod
         lodged lodge VERB 0 root
         a a DET 7 det
         complaint complaint NOUN 5 obj
         with with ADP 9 case
         Ruritania Ruritania PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn talks_called_off_in_the_passive_are_negated() {
    // "Talks between Zembla and Ruritania were called off": the event noun is the
    // passive subject of the verb that calls it off.
    let c = |verb: &str, lemma: &str| {
        case(
            &format!(
                "Talks talk NOUN 7 nsubj:pass
                 between between ADP 3 case
                 Zembla Zembla PROPN 1 nmod
                 and and CCONJ 5 cc
                 Ruritania Ruritania PROPN 3 conj
                 were be AUX 7 aux:pass
                 {verb} {lemma} VERB 0 root"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&c("cancelled", "cancel")), ["!MEET Zembla-Ruritania"]);
    assert_eq!(found(&c("held", "hold")), ["MEET Zembla-Ruritania"]);
}

#[test]
fn coordinated_verbs_share_a_subject_across_voices() {
    // "Kovac visited Zembla and was received by Novak": the passive conjunct's subject
    // is the active one's; and the reverse, "Kovac was elected and met Novak".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         visited visit VERB 0 root
         Zembla Zembla PROPN 2 obj
         and and CCONJ 6 cc
         was be AUX 6 aux:pass
         received receive VERB 2 conj
         by by ADP 8 case
         Novak Novak PROPN 6 obl:agent",
        &[("Kovac", "PER"), ("Zembla", "LOC"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Zembla", "MEET Kovac-Novak"]);
    let c = case(
        "Kovac Kovac PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         elected elect VERB 0 root
         and and CCONJ 5 cc
         met meet VERB 3 conj
         Novak Novak PROPN 5 obj",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Novak"]);
}

#[test]
fn a_visit_in_an_adjunct_of_a_passive_clause_is_its_subjects() {
    // "Kovac was received by Novak at the start of a visit to Zembla".
    let c = case(
        "Kovac Kovac PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         received receive VERB 0 root
         by by ADP 5 case
         Novak Novak PROPN 3 obl:agent
         at at ADP 8 case
         the the DET 8 det
         start start NOUN 3 obl
         of of ADP 11 case
         a a DET 11 det
         visit visit NOUN 8 nmod
         to to ADP 13 case
         Zembla Zembla PROPN 11 nmod",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Zembla", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Kovac-Novak", "MEET Kovac-Zembla"]);
}

#[test]
fn firms_in_merger_talks_meet_but_a_takeover_is_no_opposition() {
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Corp Corp PROPN 4 nsubj
         is be AUX 4 aux
         holding hold VERB 0 root
         merger merger NOUN 6 compound
         talks talk NOUN 4 obj
         with with ADP 9 case
         Ruritania Ruritania PROPN 9 compound
         Inc Inc PROPN 6 nmod",
        &[("Zembla Corp", "ORG"), ("Ruritania Inc", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Zembla Corp-Ruritania Inc"]);
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Corp Corp PROPN 3 nsubj
         rejected reject VERB 0 root
         Ruritania Ruritania PROPN 5 compound
         Inc Inc PROPN 8 nmod:poss
         's 's PART 5 case
         takeover takeover NOUN 8 compound
         bid bid NOUN 3 obj",
        &[("Zembla Corp", "ORG"), ("Ruritania Inc", "ORG")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn emissaries_and_a_nations_beef_stand_for_their_state() {
    // "Kovac held talks with Zembian government emissaries"; "Ruritania imposed a ban on
    // Zembian beef".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 7 case
         Zembian Zembian ADJ 6 amod
         government government NOUN 7 compound
         emissaries emissary NOUN 3 nmod",
        &[("Kovac", "PER"), ("Zembian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Zembian"]);
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         imposed impose VERB 0 root
         a a DET 4 det
         ban ban NOUN 2 obj
         on on ADP 7 case
         Zembian Zembian ADJ 7 amod
         beef beef NOUN 4 nmod",
        &[("Ruritania", "LOC"), ("Zembian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zembian"]);
}

#[test]
fn a_pair_that_discussed_something_in_a_conversation_met() {
    // "Kovac and Novak discussed the resumption of talks in a telephone conversation":
    // the parser hangs the adjunct on the object.
    let c = case(
        "Kovac Kovac PROPN 4 nsubj
         and and CCONJ 3 cc
         Novak Novak PROPN 1 conj
         discussed discuss VERB 0 root
         the the DET 6 det
         resumption resumption NOUN 4 obj
         in in ADP 10 case
         a a DET 10 det
         telephone telephone NOUN 10 compound
         conversation conversation NOUN 6 nmod",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Novak"]);
}

#[test]
fn an_attempt_to_attack_is_an_attack_but_an_attempt_to_meet_no_meeting() {
    let c = |verb: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 2 nsubj
                 tried try VERB 0 root
                 to to PART 4 mark
                 {verb} {verb} VERB 2 xcomp
                 Novak Novak PROPN 4 obj"
            ),
            &[("Kovac", "PER"), ("Novak", "PER")],
        )
    };
    assert_eq!(found(&c("kill")), ["OPPOSE Kovac>Novak"]);
    assert_eq!(found(&c("meet")), Vec::<String>::new());
}

#[test]
fn an_attempt_on_someones_life_is_an_assault() {
    // "the Zembla Front's attempt on the life of Novak"; "an attempt on Novak's life by
    // the Zembla Front" with the by-phrase on the life.
    let c = case(
        "Front Front PROPN 3 nmod:poss
         's 's PART 1 case
         attempt attempt NOUN 0 root
         on on ADP 6 case
         the the DET 6 det
         life life NOUN 3 nmod
         of of ADP 8 case
         Novak Novak PROPN 6 nmod",
        &[("Front", "ORG"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Front>Novak"]);
    let c = case(
        "an a DET 2 det
         attempt attempt NOUN 0 root
         on on ADP 6 case
         Novak Novak PROPN 6 nmod:poss
         's 's PART 4 case
         life life NOUN 2 nmod
         by by ADP 8 case
         Front Front PROPN 6 nmod",
        &[("Novak", "PER"), ("Front", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Front>Novak"]);
}

#[test]
fn an_apposition_after_a_conjunct_names_that_conjunct() {
    // "Zembla and its coalition partner, the Unity Party, condemned Kovac": the parser
    // hangs the apposition on the first conjunct.
    let c = case(
        "Zembla Zembla PROPN 10 nsubj
         and and CCONJ 5 cc
         its its PRON 5 nmod:poss
         coalition coalition NOUN 5 compound
         partner partner NOUN 1 conj
         , , PUNCT 9 punct
         the the DET 9 det
         Unity Unity PROPN 9 compound
         Party Party PROPN 1 appos
         condemned condemn VERB 0 root
         Kovac Kovac PROPN 10 obj",
        &[("Zembla", "ORG"), ("Unity Party", "ORG"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Kovac", "ACCUSE Unity Party>Kovac"]);
}

#[test]
fn a_preposition_hung_on_the_noun_before_it_is_the_next_nouns() {
    // "Kovac condemned the opposition Unity Party of Zembla": the parser hangs "of" on
    // "Party", reads "Party" as a second subject and "opposition" as the object.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         opposition opposition NOUN 2 obj
         Unity Unity PROPN 6 compound
         Party Party PROPN 2 nsubj
         of of ADP 6 case
         Zembla Zembla PROPN 6 nmod",
        &[("Kovac", "PER"), ("Unity Party of Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Unity Party of Zembla"]);
}

#[test]
fn monitors_and_a_column_stand_for_their_side() {
    // "Zembian fighters ambushed a Ruritanian armoured column"; "expelled Unity monitors".
    let c = |noun: &str, modifier: &str, kind: &str| {
        case(
            &format!(
                "Zembian Zembian ADJ 2 amod
                 fighters fighter NOUN 3 nsubj
                 ambushed ambush VERB 0 root
                 a a DET 6 det
                 {modifier} {modifier} PROPN 6 compound
                 {noun} {noun} NOUN 3 obj"
            ),
            &[("Zembian", "LOC/demonym"), (modifier, kind)],
        )
    };
    assert_eq!(found(&c("column", "Ruritanian", "LOC/demonym")), ["OPPOSE Zembian>Ruritanian"]);
    assert_eq!(found(&c("monitors", "Unity", "ORG")), ["OPPOSE Zembian>Unity"]);
    assert_eq!(found(&c("farmers", "Ruritanian", "LOC/demonym")), Vec::<String>::new());
}

#[test]
fn a_suit_filed_in_a_court_against_someone() {
    // "Zembla filed a suit in federal court against Kovac": the against-phrase hung on
    // the court.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         filed file VERB 0 root
         a a DET 4 det
         suit suit NOUN 2 obj
         in in ADP 7 case
         federal federal ADJ 7 amod
         court court NOUN 4 nmod
         against against ADP 9 case
         Kovac Kovac PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Kovac"]);
}

#[test]
fn a_clause_read_as_a_noun_with_a_participle_is_a_clause() {
    // "Zembian police arrested at least 20 Unity activists": read as "police [who were]
    // arrested", the activists an agent without "by".
    let c = case(
        "Zembian Zembian ADJ 2 amod
         police police NOUN 0 root
         arrested arrest VERB 2 acl
         at at ADP 5 case
         least least ADJ 6 nmod
         20 20 NUM 8 nummod
         Unity Unity PROPN 8 compound
         activists activist NOUN 3 obl:agent",
        &[("Zembian", "LOC/demonym"), ("Unity", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembian>Unity"]);
}

#[test]
fn a_counted_object_read_as_a_subject_after_the_verb_is_the_object() {
    // "Zembian police arrested at least 20 Unity activists", the activists read as the
    // passive subject of "arrested".
    let c = case(
        "Zembian Zembian ADJ 2 amod
         police police NOUN 3 nsubj
         arrested arrest VERB 0 root
         at at ADP 5 case
         least least ADJ 6 nmod
         20 20 NUM 8 nummod
         Unity Unity PROPN 8 compound
         activists activist NOUN 3 nsubj:pass",
        &[("Zembian", "LOC/demonym"), ("Unity", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembian>Unity"]);
}

#[test]
fn rivals_named_as_a_pair_oppose_each_other() {
    // "Zembian presidential rivals Kovac and Novak campaigned on Monday".
    let c = case(
        "Zembian Zembian ADJ 3 amod
         presidential presidential ADJ 3 amod
         rivals rival NOUN 4 nmod:desc
         Kovac Kovac PROPN 7 nsubj
         and and CCONJ 6 cc
         Novak Novak PROPN 4 conj
         campaigned campaign VERB 0 root",
        &[("Zembian", "LOC/demonym"), ("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Kovac-Novak"]);
}

#[test]
fn a_closure_on_areas_an_authority_rules_is_against_it_not_a_territory() {
    // "Zembla imposed a closure on areas ruled by the Unity Authority"; "Zembla imposed a
    // closure on Ruritania" names a territory, no actor.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         a a DET 4 det
         closure closure NOUN 2 obj
         on on ADP 6 case
         areas area NOUN 4 nmod
         ruled rule VERB 6 acl
         by by ADP 10 case
         Unity Unity PROPN 10 compound
         Authority Authority PROPN 7 obl:agent",
        &[("Zembla", "LOC"), ("Unity Authority", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Unity Authority"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         a a DET 4 det
         closure closure NOUN 2 obj
         on on ADP 6 case
         Ruritania Ruritania PROPN 4 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_by_phrase_on_a_passive_verbs_in_phrase_is_its_agent() {
    // "Kovac was killed in battle by Zembian troops": the parser hangs the by-phrase on
    // "battle".
    let c = case(
        "Kovac Kovac PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         killed kill VERB 0 root
         in in ADP 5 case
         battle battle NOUN 3 obl
         by by ADP 8 case
         Zembian Zembian ADJ 8 amod
         troops troops NOUN 5 nmod",
        &[("Kovac", "PER"), ("Zembian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembian>Kovac"]);
}

#[test]
fn named_examples_stand_for_their_noun() {
    // "Kovac visited several countries, including Zembla"; "troops killed 14 Unity
    // rebels, including their leader Novak": both the group and the example.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         visited visit VERB 0 root
         several several ADJ 4 amod
         countries country NOUN 2 obj
         , , PUNCT 7 punct
         including including ADP 7 case
         Zembla Zembla PROPN 4 nmod",
        &[("Kovac", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Zembla"]);
    let c = case(
        "Zembian Zembian ADJ 2 amod
         troops troops NOUN 3 nsubj
         killed kill VERB 0 root
         14 14 NUM 6 nummod
         Unity Unity PROPN 6 compound
         rebels rebel NOUN 3 obj
         , , PUNCT 11 punct
         including including ADP 11 case
         their their PRON 11 nmod:poss
         leader leader NOUN 11 nmod:desc
         Novak Novak PROPN 6 nmod",
        &[("Zembian", "LOC/demonym"), ("Unity", "ORG"), ("Novak", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["OPPOSE Zembian>Novak", "OPPOSE Zembian>Unity"]);
}

#[test]
fn a_headline_pair_whose_first_name_heads_the_parse_holds_talks() {
    // "Kovac, Novak hold talks on trade", parsed with "Kovac" heading the headline and
    // the clause beside it.
    let c = case(
        "Kovac Kovac PROPN 0 root
         , , PUNCT 4 punct
         Novak Novak PROPN 4 nsubj
         hold hold VERB 1 parataxis
         talks talk NOUN 4 obj
         on on ADP 7 case
         trade trade NOUN 5 nmod",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Novak"]);
}

#[test]
fn two_who_spoke_by_telephone_met_but_two_who_spoke_did_not() {
    let c = |extra: &str, lemma: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 4 nsubj
                 and and CCONJ 3 cc
                 Novak Novak PROPN 1 conj
                 spoke speak VERB 0 root
                 {extra} {extra} ADP 6 case
                 {lemma} {lemma} NOUN 4 obl"
            ),
            &[("Kovac", "PER"), ("Novak", "PER")],
        )
    };
    assert_eq!(found(&c("by", "telephone")), ["MEET Kovac-Novak"]);
    assert_eq!(found(&c("at", "rally")), Vec::<String>::new());
}

#[test]
fn maintaining_an_embargo_imposes_it() {
    // "Zembla would maintain the embargo on Ruritania".
    let c = case(
        "Zembla Zembla PROPN 3 nsubj
         would would AUX 3 aux
         maintain maintain VERB 0 root
         the the DET 5 det
         embargo embargo NOUN 3 obj
         on on ADP 7 case
         Ruritania Ruritania PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn the_host_of_talks_meets_those_who_hold_them() {
    // "Kovac and Novak met in talks hosted by Varga".
    let c = case(
        "Kovac Kovac PROPN 4 nsubj
         and and CCONJ 3 cc
         Novak Novak PROPN 1 conj
         met meet VERB 0 root
         in in ADP 6 case
         talks talk NOUN 4 obl
         hosted host VERB 6 acl
         by by ADP 9 case
         Varga Varga PROPN 7 obl:agent",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Varga", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Kovac-Novak", "MEET Kovac-Varga", "MEET Novak-Varga"]);
}

#[test]
fn freezing_dialogue_with_someone_reduces_relations() {
    // "Zembla froze dialogue with Ruritania"; "Zembla resumed its dialogue with
    // Ruritania" is no opposition.
    let c = |verb: &str, lemma: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 {verb} {lemma} VERB 0 root
                 dialogue dialogue NOUN 2 obj
                 with with ADP 5 case
                 Ruritania Ruritania PROPN 3 nmod"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&c("froze", "freeze")), ["OPPOSE Zembla>Ruritania"]);
    assert!(!found(&c("resumed", "resume")).iter().any(|r| r.starts_with("OPPOSE")));
}

#[test]
fn a_possession_attacked_is_not_the_attackers_but_the_reporters() {
    // "Zembla said Ruritanian troops had shelled its border posts": whoever shells the
    // posts does not own them; "its own towns" are the shellers'.
    let c = |own: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 said say VERB 0 root
                 Ruritanian Ruritanian ADJ 4 amod
                 troops troops NOUN 6 nsubj
                 had have AUX 6 aux
                 shelled shell VERB 2 ccomp
                 its its PRON 9 nmod:poss
                 {own}
                 posts post NOUN 6 obj"
            ),
            &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
        )
    };
    assert_eq!(found(&c("border border NOUN 9 compound")), ["OPPOSE Ruritanian>Zembla"]);
    assert!(found(&c("own own ADJ 9 amod")).is_empty());
}

#[test]
fn a_possession_inside_an_event_noun_is_the_events_target() {
    // "Zembla condemned Ruritania's ban on its exports": "its" is Zembla's, not passed
    // over as the condemner's own: the ban, not the condemning, acts on the exports.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         ban ban NOUN 2 obj
         on on ADP 8 case
         its its PRON 8 nmod:poss
         exports export NOUN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    let got = found(&c);
    assert!(got.contains(&"OPPOSE Ruritania>Zembla".to_string()), "{got:?}");
}

#[test]
fn a_count_of_a_group_stands_for_the_group() {
    // "Zemblan guerrillas killed eight of the Ruritanian soldiers".
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         guerrillas guerrilla NOUN 3 nsubj
         killed kill VERB 0 root
         eight eight NUM 3 obj
         of of ADP 8 case
         the the DET 8 det
         Ruritanian Ruritanian ADJ 8 amod
         soldiers soldier NOUN 4 nmod",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Ruritanian"]);
}

#[test]
fn a_sentence_read_as_a_noun_and_its_participle_is_a_clause() {
    // "Zemblan vessels fired on Ruritanian boats." parsed as "vessels [that were] fired
    // on ...": a sentence is a clause. The headline "Zemblan vessels fired on Ruritanian
    // boats", without its full stop, may be the passive noun phrase it was read as.
    let c = |stop: &str| {
        case(
            &format!(
                "Zemblan Zemblan ADJ 2 amod
                 vessels vessel NOUN 0 root
                 fired fire VERB 2 acl
                 on on ADP 6 case
                 Ruritanian Ruritanian ADJ 6 amod
                 boats boat NOUN 3 obl
                 {stop}"
            ),
            &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
        )
    };
    assert_eq!(found(&c(". . PUNCT 3 punct")), ["OPPOSE Zemblan>Ruritanian"]);
    assert!(found(&c("")).is_empty());
}

#[test]
fn a_headline_pair_hung_in_pieces_on_its_first_name_holds_talks() {
    // "Kovac, Novak hold talks on pact", with "Novak" a compound of "hold" and "hold" of
    // "talks"; "Kovac, Novak to meet on pact", with the verb a clause of the first name;
    // "Kovac, Novak resume talks in Varna", with the second name in apposition.
    let hold = case(
        "Kovac Kovac PROPN 0 root
         , , PUNCT 4 punct
         Novak Novak PROPN 4 compound
         hold hold VERB 5 compound
         talks talk NOUN 1 parataxis
         on on ADP 7 case
         pact pact NOUN 5 nmod",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&hold), ["MEET Kovac-Novak"]);
    let meet = case(
        "Kovac Kovac PROPN 0 root
         , , PUNCT 3 punct
         Novak Novak PROPN 1 compound
         to to PART 5 mark
         meet meet VERB 1 advcl
         on on ADP 7 case
         pact pact NOUN 5 obl",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&meet), ["MEET Kovac-Novak"]);
    let resume = case(
        "Kovac Kovac PROPN 4 nsubj
         , , PUNCT 3 punct
         Novak Novak PROPN 1 appos
         resume resume VERB 0 root
         talks talk NOUN 4 obj
         in in ADP 7 case
         Varna Varna PROPN 5 nmod",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Varna", "LOC")],
    );
    assert_eq!(found(&resume), ["MEET Kovac-Novak"]);
}

#[test]
fn an_object_pronoun_for_a_person_is_the_one_other_person_named() {
    // "Kovac said Novak had attacked him": not Novak, who attacks, so Kovac.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         said say VERB 0 root
         Novak Novak PROPN 5 nsubj
         had have AUX 5 aux
         attacked attack VERB 2 ccomp
         him he PRON 5 obj",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Novak>Kovac"]);
    // "Kovac said Varga saw Novak attack him": Kovac or Varga, no guess.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         said say VERB 0 root
         Varga Varga PROPN 4 nsubj
         saw see VERB 2 ccomp
         Novak Novak PROPN 6 nsubj
         attack attack VERB 4 ccomp
         him he PRON 6 obj",
        &[("Kovac", "PER"), ("Varga", "PER"), ("Novak", "PER")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_possession_acted_on_by_a_participle_is_not_its_doers() {
    // "Zembla said Ruritanian rebels attacked its positions, killing eight of its
    // soldiers": the killing is the rebels', so the soldiers are Zembla's, and
    // Zembla kills no one.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         said say VERB 0 root
         Ruritanian Ruritanian ADJ 4 amod
         rebels rebel NOUN 5 nsubj
         attacked attack VERB 2 ccomp
         its its PRON 7 nmod:poss
         positions position NOUN 5 obj
         , , PUNCT 9 punct
         killing kill VERB 5 advcl
         eight eight NUM 9 obj
         of of ADP 13 case
         its its PRON 13 nmod:poss
         soldiers soldier NOUN 10 nmod",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian>Zembla"]);
}

#[test]
fn a_by_phrase_read_as_a_second_passive_subject_is_the_agent() {
    // "Kovac was accused on Monday by Novak of fraud", with "Novak" a second passive
    // subject.
    let c = case(
        "Kovac Kovac PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         accused accuse VERB 0 root
         on on ADP 5 case
         Monday Monday PROPN 3 obl
         by by ADP 7 case
         Novak Novak PROPN 3 nsubj:pass
         of of ADP 9 case
         fraud fraud NOUN 3 obl",
        &[("Kovac", "PER"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Novak>Kovac"]);
}

#[test]
fn a_headline_pair_whose_second_name_heads_the_parse_meets() {
    // "Kovac, Novak to meet in Varna next week", with "Kovac" a flat part of "Novak".
    let c = case(
        "Kovac Kovac PROPN 3 flat
         , , PUNCT 3 punct
         Novak Novak PROPN 0 root
         to to PART 5 mark
         meet meet VERB 3 xcomp
         in in ADP 7 case
         Varna Varna PROPN 5 obl",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Varna", "LOC")],
    );
    let got = found(&c);
    assert!(got.contains(&"MEET Kovac-Novak".to_string()), "{got:?}");
}

#[test]
fn meeting_a_target_far_after_the_verb_is_no_meeting() {
    // "Zembla and Ruritania met the budget deficit target": the idiom's noun heads the
    // object, four words on.
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         met meet VERB 0 root
         the the DET 8 det
         budget budget NOUN 7 compound
         deficit deficit NOUN 8 compound
         target target NOUN 4 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn who_after_a_named_persons_apposition_is_that_person() {
    // "Kovac, the Zemblan foreign minister who met Novak, said ...": Kovac met Novak,
    // not Zembla.
    let c = case(
        "Kovac Kovac PROPN 11 nsubj
         , , PUNCT 6 punct
         the the DET 6 det
         Zemblan Zemblan ADJ 6 amod
         foreign foreign ADJ 6 amod
         minister minister NOUN 1 appos
         who who PRON 8 nsubj
         met meet VERB 6 acl:relcl
         Novak Novak PROPN 8 obj
         , , PUNCT 6 punct
         said say VERB 0 root",
        &[("Kovac", "PER"), ("Zemblan", "LOC/demonym"), ("Novak", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Novak"]);
}

#[test]
fn a_headline_name_heading_its_to_verb_is_the_verbs_subject() {
    // "Kovac to meet Novak on ship", with the verb a clause of "Kovac"; in a long
    // sentence, which is no headline, the parse is kept.
    let c = |stop: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 0 root
                 to to PART 3 mark
                 meet meet VERB 1 advcl
                 Novak Novak PROPN 3 obj
                 on on ADP 6 case
                 ship ship NOUN 3 obl
                 {stop}"
            ),
            &[("Kovac", "PER"), ("Novak", "PER")],
        )
    };
    assert_eq!(found(&c("")), ["MEET Kovac-Novak"]);
    assert_eq!(found(&c(". . PUNCT 1 punct")), ["MEET Kovac-Novak"]);
    let long = "in in ADP 9 case\n the the DET 9 det\n port port NOUN 6 nmod\n of of ADP 11 case\n
                Varna Varna PROPN 9 nmod\n on on ADP 13 case\n Monday Monday PROPN 3 obl\n . . PUNCT 1 punct";
    assert!(found(&c(long)).is_empty(), "{:?}", found(&c(long)));
}

#[test]
fn a_person_coordinated_with_the_first_ones_place_is_the_objects_conjunct() {
    // "Kovac met Novak in Varna and Horvat in Zagora", with "Horvat" a conjunct of
    // "Varna".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         met meet VERB 0 root
         Novak Novak PROPN 2 obj
         in in ADP 5 case
         Varna Varna PROPN 2 obl
         and and CCONJ 7 cc
         Horvat Horvat PROPN 5 conj
         in in ADP 9 case
         Zagora Zagora PROPN 2 obl",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Varna", "LOC"), ("Horvat", "PER"), ("Zagora", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Kovac-Horvat", "MEET Kovac-Novak"]);
}

#[test]
fn a_headline_pair_with_a_full_stop_meets_however_the_names_hang() {
    // CoNLL's headlines end in a full stop. "Kovac, Novak to meet at Varna.", with
    // "Kovac" a flat part of "Novak", the verb's subject; "Kovac, Novak hold talks on
    // Zagora.", with "Novak" the subject of "talks" and "Kovac" heading the headline.
    let meet = case(
        "Kovac Kovac PROPN 3 flat
         , , PUNCT 3 punct
         Novak Novak PROPN 5 nsubj
         to to PART 5 mark
         meet meet VERB 0 root
         at at ADP 7 case
         Varna Varna PROPN 5 obl
         . . PUNCT 5 punct",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Varna", "LOC")],
    );
    assert_eq!(found(&meet), ["MEET Kovac-Novak"]);
    let talks = case(
        "Kovac Kovac PROPN 0 root
         , , PUNCT 1 punct
         Novak Novak PROPN 5 nsubj
         hold hold VERB 5 compound
         talks talk NOUN 1 parataxis
         on on ADP 7 case
         Zagora Zagora PROPN 5 nmod
         . . PUNCT 5 punct",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Zagora", "LOC")],
    );
    assert_eq!(found(&talks), ["MEET Kovac-Novak"]);
}

#[test]
fn names_after_a_comma_read_as_a_second_subject_are_the_nouns_apposition() {
    // "Kovac held talks with his counterparts, Novak and Horvat", with the names a
    // second subject of "held", after it.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 6 case
         his his PRON 6 nmod:poss
         counterparts counterpart NOUN 2 obl
         , , PUNCT 8 punct
         Novak Novak PROPN 2 nsubj
         and and CCONJ 10 cc
         Horvat Horvat PROPN 8 conj",
        &[("Kovac", "PER"), ("Novak", "PER"), ("Horvat", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Kovac-Horvat", "MEET Kovac-Novak"]);
}

#[test]
fn rejecting_the_candidacy_of_someone_opposes_them() {
    // "the commission rejected the candidacy of Kovac": what is rejected is Kovac's.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         rejected reject VERB 0 root
         the the DET 4 det
         candidacy candidacy NOUN 2 obj
         of of ADP 6 case
         Kovac Kovac PROPN 4 nmod",
        &[("Zembla", "ORG"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Kovac"]);
}

#[test]
fn a_motion_against_someone_opposes_them_and_a_motion_on_a_bill_no_one() {
    // "the Zembla Party tabled a motion against Kovac"; "... a motion on Kovac's budget".
    let c = |prep: &str, lemma: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 tabled table VERB 0 root
                 a a DET 4 det
                 motion motion NOUN 2 obj
                 {prep} {lemma} ADP 6 case
                 Kovac Kovac PROPN 4 nmod"
            ),
            &[("Zembla", "ORG"), ("Kovac", "PER")],
        )
    };
    assert_eq!(found(&c("against", "against")), ["OPPOSE Zembla>Kovac"]);
    assert!(found(&c("on", "on")).is_empty());
}

#[test]
fn holding_someone_responsible_with_the_adjective_on_the_object_accuses_them() {
    // "Kovac held the Zemblan authorities responsible for the attack", with
    // "responsible" hung on "authorities".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         held hold VERB 0 root
         the the DET 5 det
         Zemblan Zemblan ADJ 5 amod
         authorities authority NOUN 2 obj
         responsible responsible ADJ 5 amod
         for for ADP 9 case
         the the DET 9 det
         attack attack NOUN 6 obl",
        &[("Kovac", "PER"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Zemblan"]);
}

#[test]
fn a_name_opening_the_clause_read_as_an_object_is_the_subject() {
    // "Kovac, who fled Zembla in May, met Ivanov": a relative clause between the name
    // and its verb makes the parser take the name for a second object.
    let c = case(
        "Kovac Kovac PROPN 9 obj
         , , PUNCT 4 punct
         who who PRON 4 nsubj
         fled flee VERB 1 acl:relcl
         Zembla Zembla PROPN 4 obj
         in in ADP 7 case
         May May PROPN 4 obl
         , , PUNCT 4 punct
         met meet VERB 0 root
         Ivanov Ivanov PROPN 9 obj
         . . PUNCT 9 punct",
        &[("Kovac", "PER"), ("Zembla", "LOC"), ("Ivanov", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ivanov"]);
}

#[test]
fn an_alleged_act_in_a_gerund_complement_is_not_reported() {
    // "Ruritania accused Zembla of attacking Freedonia", with "of attacking" parsed as
    // the verb's `xcomp`: the attack is alleged, and it would be Zembla's, not the
    // accuser's.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         Zembla Zembla PROPN 2 obj
         of of SCONJ 5 mark
         attacking attack VERB 2 xcomp
         Freedonia Freedonia PROPN 5 obj
         . . PUNCT 2 punct",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
}

#[test]
fn a_gerund_complement_is_its_governors_objects_act() {
    // "Ruritania praised Zembla for confronting Freedonia", "for confronting" parsed as
    // the verb's `xcomp`: Zembla confronts.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         praised praise VERB 0 root
         Zembla Zembla PROPN 2 obj
         for for SCONJ 5 mark
         confronting confront VERB 2 xcomp
         Freedonia Freedonia PROPN 5 obj
         . . PUNCT 2 punct",
        &[("Ruritania", "LOC"), ("Zembla", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Freedonia"]);
}

#[test]
fn a_bare_conjunct_shares_the_first_verbs_modal() {
    // "Zembla could recall its envoy and sever ties with Ruritania": the second verb has
    // no auxiliary of its own.
    let c = |aux: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 3 nsubj
                 {aux} {aux} AUX 3 aux
                 recall recall VERB 0 root
                 its its PRON 5 nmod:poss
                 envoy envoy NOUN 3 obj
                 and and CCONJ 7 cc
                 sever sever VERB 3 conj
                 ties tie NOUN 7 obj
                 with with ADP 10 case
                 Ruritania Ruritania PROPN 8 nmod
                 . . PUNCT 3 punct"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert!(found(&c("could")).is_empty());
    assert_eq!(found(&c("did")), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn readiness_to_meet_is_not_a_meeting() {
    // "Kovac said he was ready to meet Ivanov": a willingness, not a planned meeting.
    let c = |word: &str, lemma: &str, upos: &str| {
        case(
            &format!(
                "Kovac Kovac PROPN 3 nsubj
                 was be AUX 3 cop
                 {word} {lemma} {upos} 0 root
                 to to PART 5 mark
                 meet meet VERB 3 xcomp
                 Ivanov Ivanov PROPN 5 obj
                 . . PUNCT 3 punct"
            ),
            &[("Kovac", "PER"), ("Ivanov", "PER")],
        )
    };
    assert!(found(&c("ready", "ready", "ADJ")).is_empty());
    assert!(found(&c("willing", "willing", "ADJ")).is_empty());
    assert_eq!(found(&c("due", "due", "ADJ")), ["MEET Kovac-Ivanov"]);
}

#[test]
fn a_denial_reaches_a_purpose_clause_below_its_complement() {
    // "Kovac denied that Zemblan troops had crossed into Ruritania to attack Ruritanian
    // forces": the attack is denied with the crossing.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         denied deny VERB 0 root
         that that SCONJ 7 mark
         Zemblan Zemblan ADJ 5 amod
         troops troops NOUN 7 nsubj
         had have AUX 7 aux
         crossed cross VERB 2 ccomp
         into into ADP 9 case
         Ruritania Ruritania PROPN 7 obl
         to to PART 11 mark
         attack attack VERB 7 advcl
         Ruritanian Ruritanian ADJ 13 amod
         forces force NOUN 11 obj
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Zemblan", "LOC/demonym"), ("Ruritania", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["!OPPOSE Zemblan>Ruritanian"]);
}

#[test]
fn marching_into_a_city_to_protest_opposes_only_the_protested() {
    // "Zembla marched into Capitalia to protest against Kovac", Zembla a movement.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         marched march VERB 0 root
         into into ADP 4 case
         Capitalia Capitalia PROPN 2 obl
         to to PART 6 mark
         protest protest VERB 2 advcl
         against against ADP 8 case
         Kovac Kovac PROPN 6 obl
         . . PUNCT 2 punct",
        &[("Zembla", "ORG"), ("Capitalia", "LOC"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Kovac"]);
}

#[test]
fn a_title_read_as_a_conjunct_describes_the_name_after_it() {
    // "Kovac and Zemblan security chief Ivanov held talks", the parser making "chief"
    // and "Ivanov" two conjuncts of "Kovac".
    let c = case(
        "Kovac Kovac PROPN 7 nsubj
         and and CCONJ 5 cc
         Zemblan Zemblan ADJ 5 amod
         security security NOUN 5 compound
         chief chief NOUN 1 conj
         Ivanov Ivanov PROPN 1 conj
         held hold VERB 0 root
         talks talk NOUN 7 obj
         . . PUNCT 7 punct",
        &[("Kovac", "PER"), ("Zemblan", "LOC/demonym"), ("Ivanov", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ivanov"]);
}

#[test]
fn a_name_after_a_noun_read_as_the_agent_is_the_agent() {
    // "Kovac was criticised by the opposition Zembla Party", the parser making
    // "opposition" the agent and "Party" a second passive subject.
    let c = case(
        "Kovac Kovac PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         criticised criticise VERB 0 root
         by by ADP 6 case
         the the DET 6 det
         opposition opposition NOUN 3 obl:agent
         Zembla Zembla PROPN 8 compound
         Party Party PROPN 3 nsubj:pass
         . . PUNCT 3 punct",
        &[("Kovac", "PER"), ("Zembla Party", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla Party>Kovac"]);
}

#[test]
fn a_command_speaks_for_the_force_that_names_it() {
    // "The Zembla Command accused Ruritania", the NER finding only "Zembla".
    let c = case(
        "The the DET 3 det
         Zembla Zembla PROPN 3 compound
         Command command NOUN 4 nsubj
         accused accuse VERB 0 root
         Ruritania Ruritania PROPN 4 obj
         . . PUNCT 4 punct",
        &[("Zembla", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_verbless_headline_pair_takes_the_noun_after_them_as_its_verb() {
    // "Zembla, Ruritania trade accusations over raids", "trade" tagged a noun.
    let c = case(
        "Zembla Zembla PROPN 0 root
         , , PUNCT 3 punct
         Ruritania Ruritania PROPN 1 conj
         trade trade NOUN 5 compound
         accusations accusation NOUN 1 conj
         over over ADP 7 case
         raids raid NOUN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Ruritania>Zembla", "ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_by_phrase_opening_a_title_read_as_a_participles_subject_is_its_author() {
    // "Zembla condemned a resolution by the Zemblan State Assembly declaring the treaty
    // void", with "by" hung on the title "State" and the name the participle's subject.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         condemned condemn VERB 0 root
         a a DET 4 det
         resolution resolution NOUN 2 obj
         by by ADP 8 case
         the the DET 8 det
         Ruritanian Ruritanian ADJ 8 amod
         State State PROPN 9 nmod:desc
         Assembly Assembly PROPN 10 nsubj
         declaring declare VERB 4 acl
         the the DET 12 det
         treaty treaty NOUN 10 obj
         void void ADJ 10 xcomp",
        &[("Zembla", "LOC"), ("Assembly", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Assembly"]);
}

#[test]
fn a_summary_noun_hung_on_its_own_relative_clause_sums_up_the_clause_before() {
    // "Zembla seized the island, a move Ruritania denounced as aggression", with "move"
    // a bare oblique of "denounced" and that verb beside the first clause.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         seized seize VERB 0 root
         the the DET 4 det
         island island NOUN 2 obj
         , , PUNCT 9 punct
         a a DET 7 det
         move move NOUN 9 obl:unmarked
         Ruritania Ruritania PROPN 9 nsubj
         denounced denounce VERB 2 parataxis
         as as ADP 11 case
         aggression aggression NOUN 9 obl
         . . PUNCT 2 punct",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Zembla"]);
}

#[test]
fn a_second_with_phrase_read_as_a_later_subject_joins_the_first() {
    // "Kovac held talks with Ivanov and with Petrov, but neither side agreed", the
    // parser making "Petrov" the subject of "agreed".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Ivanov Ivanov PROPN 2 obl
         and and CCONJ 13 cc
         with with ADP 8 case
         Petrov Petrov PROPN 13 nsubj
         , , PUNCT 13 punct
         but but CCONJ 13 cc
         neither neither DET 12 det
         side side NOUN 13 nsubj
         agreed agree VERB 2 conj
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Ivanov", "PER"), ("Petrov", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ivanov", "MEET Kovac-Petrov"]);
}

#[test]
fn an_event_noun_after_a_time_preposition_is_not_what_its_verb_breaks_off() {
    // "Zembla broke off the dialogue after Kovac's trip to Ruritania".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         broke break VERB 0 root
         off off ADP 2 compound:prt
         the the DET 5 det
         dialogue dialogue NOUN 2 obj
         after after ADP 9 case
         Kovac Kovac PROPN 9 nmod:poss
         's 's PART 7 case
         trip trip NOUN 2 obl
         to to ADP 11 case
         Ruritania Ruritania PROPN 9 nmod
         . . PUNCT 2 punct",
        &[("Zembla", "LOC"), ("Kovac", "PER"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ruritania"]);
}

#[test]
fn campaigning_against_someone_opposes_them_and_them_is_whom() {
    // "Kovac campaigned against Ivanov and Petrov, accusing them of fraud".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         campaigned campaign VERB 0 root
         against against ADP 4 case
         Ivanov Ivanov PROPN 2 obl
         and and CCONJ 6 cc
         Petrov Petrov PROPN 4 conj
         , , PUNCT 8 punct
         accusing accuse VERB 2 advcl
         them they PRON 8 obj
         of of ADP 11 case
         fraud fraud NOUN 8 obl
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Ivanov", "PER"), ("Petrov", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["ACCUSE Kovac>Ivanov", "ACCUSE Kovac>Petrov", "OPPOSE Kovac>Ivanov", "OPPOSE Kovac>Petrov"]);
}

#[test]
fn a_name_tagged_as_a_modifier_of_the_verb_after_it_is_its_subject() {
    // "Kovac accused Ivanov of fraud", "Kovac" tagged an adjective and hung on the verb.
    let c = case(
        "Kovac kovac ADJ 2 compound
         accused accuse VERB 0 root
         Ivanov Ivanov PROPN 2 obj
         of of ADP 5 case
         fraud fraud NOUN 2 obl
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Ivanov", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Ivanov"]);
}

#[test]
fn a_that_tagged_a_pronoun_before_a_gapped_verb_opens_a_relative_clause() {
    // "Kovac dissolved parliament, a decision that Ivanov rejected as illegal", with
    // "that" a pronoun the parser labelled `mark` and the clause an `acl`.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         dissolved dissolve VERB 0 root
         parliament parliament NOUN 2 obj
         , , PUNCT 6 punct
         a a DET 6 det
         decision decision NOUN 2 parataxis
         that that PRON 9 mark
         Ivanov Ivanov PROPN 9 nsubj
         rejected reject VERB 6 acl
         as as ADP 11 case
         illegal illegal ADJ 9 obl
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Ivanov", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Ivanov>Kovac"]);
}

#[test]
fn a_gerund_hung_on_a_reported_verb_is_the_reporting_gerunds_conjunct() {
    // "..., with Kovac saying Zembla had never armed the rebels and accusing Ruritania
    // of lying", the parser hanging "accusing" on "armed".
    let c = case(
        "with with SCONJ 3 mark
         Kovac Kovac PROPN 3 nsubj
         saying say VERB 0 root
         Zembla Zembla PROPN 7 nsubj
         had have AUX 7 aux
         never never ADV 7 advmod
         armed arm VERB 3 ccomp
         the the DET 9 det
         rebels rebel NOUN 7 obj
         and and CCONJ 11 cc
         accusing accuse VERB 7 conj
         Ruritania Ruritania PROPN 11 obj
         of of SCONJ 14 mark
         lying lie VERB 11 advcl",
        &[("Kovac", "PER"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Ruritania"]);
}

#[test]
fn a_preposition_hung_on_the_object_belongs_to_the_noun_beside_it() {
    // "Zembla barred Ruritania from the Council", "from" hung on "Ruritania" and "the
    // Council" read as a second object.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         barred bar VERB 0 root
         Ruritania Ruritania PROPN 2 obj
         from from ADP 3 case
         the the DET 6 det
         Council Council PROPN 2 obj
         . . PUNCT 2 punct",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Council", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn dining_with_someone_is_meeting_them() {
    // "Kovac dined with Ivanov at the palace".
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         dined dine VERB 0 root
         with with ADP 4 case
         Ivanov Ivanov PROPN 2 obl
         at at ADP 7 case
         the the DET 7 det
         palace palace NOUN 2 obl
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Ivanov", "PER")],
    );
    assert_eq!(found(&c), ["MEET Kovac-Ivanov"]);
}

#[test]
fn the_host_of_talks_between_two_meets_both() {
    // "Kovac hosted talks in Capitalia between Ivanov and Petrov", the between-phrase
    // hung on the verb.
    let c = case(
        "Kovac Kovac PROPN 2 nsubj
         hosted host VERB 0 root
         talks talk NOUN 2 obj
         in in ADP 5 case
         Capitalia Capitalia PROPN 3 nmod
         between between ADP 7 case
         Ivanov Ivanov PROPN 2 obl
         and and CCONJ 9 cc
         Petrov Petrov PROPN 7 conj
         . . PUNCT 2 punct",
        &[("Kovac", "PER"), ("Capitalia", "LOC"), ("Ivanov", "PER"), ("Petrov", "PER")],
    );
    let got = found(&c);
    assert!(got.contains(&"MEET Kovac-Ivanov".to_string()), "{got:?}");
    assert!(got.contains(&"MEET Kovac-Petrov".to_string()), "{got:?}");
}

#[test]
fn a_name_read_as_the_apposition_of_a_relatives_noun_is_the_clauses_subject() {
    // "Zembla seized the island, a move Ruritanian minister Kovac condemned", with
    // "Kovac" read as the apposition of "move".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         seized seize VERB 0 root
         the the DET 4 det
         island island NOUN 2 obj
         , , PUNCT 7 punct
         a a DET 7 det
         move move NOUN 2 obl
         Ruritanian Ruritanian ADJ 9 amod
         minister minister NOUN 10 nmod:desc
         Kovac Kovac PROPN 7 appos
         condemned condemn VERB 7 acl:relcl
         . . PUNCT 2 punct",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym"), ("Kovac", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Kovac>Zembla"]);
}

#[test]
fn a_group_led_by_a_name_is_its_leaders() {
    // "Zembla Party rebels led by Ann Lee accused Bea": the parser makes the leader a
    // second subject; the by-phrase is the participle's, and the leader acts with the
    // group.
    let c = case(
        "Zembla Zembla PROPN 2 compound
         Party Party PROPN 3 compound
         rebels rebel NOUN 8 nsubj
         led lead VERB 3 acl
         by by ADP 6 case
         Ann Ann PROPN 8 nsubj
         Lee Lee PROPN 6 flat
         accused accuse VERB 0 root
         Bea Bea PROPN 8 obj
         . . PUNCT 8 punct",
        &[("Zembla Party", "ORG"), ("Ann Lee", "PER"), ("Bea", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla Party>Bea", "ACCUSE Ann Lee>Bea"]);
}

#[test]
fn a_fronted_passive_participle_has_the_clause_subject_as_its_passive_one() {
    // "Accused by Zembla of fraud, Borland rejected the claim": Zembla accused Borland,
    // not the reverse; the participle has no active subject to inherit.
    let c = case(
        "Accused accuse VERB 8 advcl
         by by ADP 3 case
         Zembla Zembla PROPN 1 obl:agent
         of of SCONJ 5 mark
         fraud fraud NOUN 1 obl
         , , PUNCT 1 punct
         Borland Borland PROPN 8 nsubj
         rejected reject VERB 0 root
         the the DET 10 det
         claim claim NOUN 8 obj
         . . PUNCT 8 punct",
        &[("Zembla", "LOC"), ("Borland", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Borland"]);
}

#[test]
fn condemning_an_arrest_accuses_whoever_made_it() {
    // "Borland condemned the arrest of Ann by Zembla": the parser hangs "by Zembla" on
    // Ann, as her apposition; it is the arrest's agent, whom the condemnation accuses.
    let c = case(
        "Borland Borland PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         arrest arrest NOUN 2 obj
         of of ADP 6 case
         Ann Ann PROPN 4 nmod
         by by ADP 8 case
         Zembla Zembla PROPN 6 appos
         . . PUNCT 2 punct",
        &[("Borland", "LOC"), ("Ann", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Borland>Zembla", "OPPOSE Zembla>Ann"]);
}

#[test]
fn headline_pairs_keep_the_verbs_object() {
    // "Ann, Bea hold talks on trade": "Ann" heads the parse, "hold" hangs on it with
    // "Bea" its compound, and "talks" is Ann's conjunct; rebuilt, "talks" is the
    // object that completes "hold talks".
    let c = case(
        "Ann Ann PROPN 0 root
         , , PUNCT 4 punct
         Bea Bea PROPN 4 compound
         hold hold VERB 1 parataxis
         talks talk NOUN 1 conj
         on on ADP 7 case
         trade trade NOUN 5 nmod",
        &[("Ann", "PER"), ("Bea", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Bea"]);
    // Prose does not coordinate with a comma, nor does the noun become an object there.
    let c = case(
        "Ann Ann PROPN 0 root
         , , PUNCT 4 punct
         Bea Bea PROPN 4 compound
         hold hold VERB 1 parataxis
         talks talk NOUN 1 conj
         on on ADP 7 case
         trade trade NOUN 5 nmod
         with with ADP 9 case
         Zembla Zembla PROPN 7 nmod
         and and CCONJ 11 cc
         officials official NOUN 7 conj
         of of ADP 13 case
         Borland Borland PROPN 11 nmod
         on on ADP 15 case
         Monday Monday PROPN 7 nmod
         . . PUNCT 1 punct",
        &[("Ann", "PER"), ("Bea", "PER"), ("Zembla", "LOC"), ("Borland", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn headline_demonyms_coordinate_with_a_comma() {
    // "Zemblan, Borlandian troops clash on border".
    let c = case(
        "Zemblan Zemblan ADJ 4 amod
         , , PUNCT 1 punct
         Borlandian Borlandian ADJ 4 amod
         troops troops NOUN 5 nsubj
         clash clash VERB 0 root
         on on ADP 7 case
         border border NOUN 5 obl",
        &[("Zemblan", "LOC/demonym"), ("Borlandian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan-Borlandian"]);
}

#[test]
fn an_apposition_after_and_is_a_conjunct() {
    // "Talks between Ann and Zembla leaders ended": the parser makes "leaders" Ann's
    // apposition, with the "and" on "Zembla".
    let c = case(
        "Talks talk NOUN 7 nsubj
         between between ADP 3 case
         Ann Ann PROPN 1 nmod
         and and CCONJ 5 cc
         Zembla Zembla PROPN 6 compound
         leaders leader NOUN 3 appos
         ended end VERB 0 root
         . . PUNCT 7 punct",
        &[("Ann", "PER"), ("Zembla", "ORG")],
    );
    assert_eq!(found(&c), ["MEET Ann-Zembla"]);
}

#[test]
fn a_speech_act_hung_on_a_condition_is_the_reporters() {
    // "Ann warned that Zembla would strike unless Borland withdrew, accusing Bea of
    // delay": the parser hangs "accusing" on the condition and makes Bea its subject.
    let c = case(
        "Ann Ann PROPN 2 nsubj
         warned warn VERB 0 root
         that that SCONJ 6 mark
         Zembla Zembla PROPN 6 nsubj
         would would AUX 6 aux
         strike strike VERB 2 ccomp
         unless unless SCONJ 9 mark
         Borland Borland PROPN 9 nsubj
         withdrew withdraw VERB 6 advcl
         , , PUNCT 11 punct
         accusing accuse VERB 9 advcl
         Bea Bea PROPN 11 nsubj
         of of ADP 14 case
         delay delay NOUN 11 obl
         . . PUNCT 2 punct",
        &[("Ann", "PER"), ("Zembla", "ORG"), ("Borland", "LOC"), ("Bea", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Ann>Bea"]);
}

#[test]
fn a_late_second_subject_describes_the_object() {
    // "Ann paid a visit to Zembla, the first by a minister, and held talks with Bea":
    // the parser makes "first" a second subject of "paid", which Ann's talks then share.
    let c = case(
        "Ann Ann PROPN 2 nsubj
         paid pay VERB 0 root
         a a DET 4 det
         visit visit NOUN 2 obj
         to to ADP 6 case
         Zembla Zembla PROPN 4 nmod
         , , PUNCT 9 punct
         the the DET 9 det
         first first ADJ 2 nsubj
         by by ADP 12 case
         a a DET 12 det
         minister minister NOUN 9 obl
         , , PUNCT 15 punct
         and and CCONJ 15 cc
         held hold VERB 2 conj
         talks talk NOUN 15 obj
         with with ADP 18 case
         Bea Bea PROPN 16 nmod
         . . PUNCT 2 punct",
        &[("Ann", "PER"), ("Zembla", "LOC"), ("Bea", "PER")],
    );
    assert_eq!(found(&c), ["MEET Ann-Zembla", "MEET Ann-Bea"]);
}

#[test]
fn reports_denied_in_the_passive_deny_their_content() {
    // "Reports that Zemblan troops were attacked by Borland were denied by the army."
    let c = case(
        "Reports report NOUN 10 nsubj:pass
         that that SCONJ 6 mark
         Zemblan Zemblan ADJ 4 amod
         troops troops NOUN 6 nsubj:pass
         were be AUX 6 aux:pass
         attacked attack VERB 1 acl
         by by ADP 8 case
         Borland Borland PROPN 6 obl:agent
         were be AUX 10 aux:pass
         denied deny VERB 0 root
         by by ADP 13 case
         the the DET 13 det
         army army NOUN 10 obl:agent
         . . PUNCT 10 punct",
        &[("Zemblan", "LOC/demonym"), ("Borland", "LOC")],
    );
    assert_eq!(found(&c), ["!OPPOSE Borland>Zemblan"]);
}

#[test]
fn a_describing_participle_after_the_verb_modifies_the_name() {
    // "Zemblan prosecutors charged captured rebel commander Ann with treason": the
    // parser makes "captured" the verb, with Ann its object, and "charged" a modifier
    // of "prosecutors" (or "captured" the complement of "charged").
    let charged = |head: &str, rel: &str, captured_head: &str, captured_rel: &str| {
        format!(
            "Zemblan Zemblan ADJ 2 amod
             prosecutors prosecutor NOUN 4 nsubj
             charged charge VERB {head} {rel}
             captured capture VERB {captured_head} {captured_rel}
             rebel rebel NOUN 6 compound
             commander commander NOUN 7 nmod:desc
             Ann Ann PROPN 4 obj
             with with ADP 9 case
             treason treason NOUN 4 obl
             . . PUNCT 4 punct"
        )
    };
    let names = [("Zemblan", "LOC/demonym"), ("Ann", "PER")];
    let c = case(&charged("2", "acl", "0", "root"), &names);
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ann"]);
    let c =
        case(&charged("0", "root", "3", "ccomp").replace("prosecutor NOUN 4 nsubj", "prosecutor NOUN 3 nsubj"), &names);
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ann"]);
}

#[test]
fn a_negated_subject_negates_the_event() {
    // "Neither Ann nor Bea met Zembla's envoy Cai."
    let c = case(
        "Neither neither CCONJ 2 cc:preconj
         Ann Ann PROPN 5 nsubj
         nor nor CCONJ 4 cc
         Bea Bea PROPN 2 conj
         met meet VERB 0 root
         Cai Cai PROPN 5 obj
         . . PUNCT 5 punct",
        &[("Ann", "PER"), ("Bea", "PER"), ("Cai", "PER")],
    );
    assert_eq!(found(&c), ["!MEET Ann-Cai", "!MEET Bea-Cai"]);
}

#[test]
fn a_name_and_an_adjective_coordinated_before_a_noun_both_name_it() {
    // "Talks between Zembla and Borlandian negotiators ended": the parser compounds the
    // name, makes the adjective a modifier of the noun and hangs the "and" on the noun.
    let c = case(
        "Talks talk NOUN 7 nsubj
         between between ADP 6 case
         Zembla Zembla PROPN 6 compound
         and and CCONJ 6 cc
         Borlandian Borlandian ADJ 6 amod
         negotiators negotiator NOUN 1 nmod
         ended end VERB 0 root
         . . PUNCT 7 punct",
        &[("Zembla", "LOC"), ("Borlandian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["MEET Zembla-Borlandian"]);
}

#[test]
fn a_protest_at_plans_opposes_their_owner() {
    // "Zembla went on strike in protest at Ann's plans" (British "protest at").
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         went go VERB 0 root
         on on ADP 4 case
         strike strike NOUN 2 obl
         in in ADP 6 case
         protest protest NOUN 2 obl
         at at ADP 10 case
         Ann Ann PROPN 10 nmod:poss
         's 's PART 8 case
         plans plan NOUN 6 nmod
         . . PUNCT 2 punct",
        &[("Zembla", "ORG"), ("Ann", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ann"]);
}

/// Adds a mention of a new actor `label` over bytes `within` of word `word` (the
/// resolver's sides of a hyphenated pair).
fn add_part(c: &mut Case, word: usize, within: std::ops::Range<usize>, label: &str, kind: EntityType) {
    let start = c.sentence.words[word].start;
    c.doc.actors.push(Actor { id: format!("{kind}:{}", label.to_lowercase()), label: label.to_string(), kind });
    let actor = ActorIndex(c.doc.actors.len() - 1);
    let span = Span::new(start + within.start, start + within.end);
    c.doc.mentions.push(Mention {
        sentence: 0,
        words: word..word + 1,
        span,
        actor,
        source: MentionSource::Demonym,
        score: 0.99,
    });
}

#[test]
fn the_sides_of_a_hyphenated_pair_or_of_coordinated_modifiers_pair_up() {
    let mut c = case(
        "Ruritanian-Freedonian ruritanian-freedonian ADJ 3 amod
         peace peace NOUN 3 compound
         talks talk NOUN 4 nsubj
         resumed resume VERB 0 root
         . . PUNCT 4 punct",
        &[],
    );
    add_part(&mut c, 0, 0..10, "Ruritania", EntityType::Loc);
    add_part(&mut c, 0, 11..21, "Freedonia", EntityType::Loc);
    assert_eq!(found(&c), ["MEET Ruritania-Freedonia"]);
    assert_eq!(frames(&c), ["owner-pair"]);
    let c = case(
        "the the DET 5 det
         Ruritanian ruritanian ADJ 5 amod
         and and CCONJ 4 cc
         Freedonian freedonian ADJ 2 conj
         conflict conflict NOUN 6 nsubj
         ended end VERB 0 root",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian-Freedonian"]);
    // Two modifiers the parser hung on one noun are not one pair: "Zembla captured
    // East Tamborg in the 1967 Middle East war".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         captured capture VERB 0 root
         East East PROPN 9 compound
         Tamborg Tamborg PROPN 3 flat
         in in ADP 9 case
         the the DET 9 det
         1967 1967 NUM 9 nummod
         Middle Middle PROPN 9 compound
         war war NOUN 2 obl",
        &[("Zembla", "LOC"), ("East Tamborg", "LOC"), ("Middle", "LOC")],
    );
    assert!(!found(&c).iter().any(|r| r.starts_with("OPPOSE")), "{:?}", found(&c));
}

#[test]
fn a_headline_sets_two_sides_apart_by_a_comma_each_a_name_or_its_collective() {
    // As the parser reads them: the verb a noun heading the headline, or a compound.
    let c = case(
        "Ruritanian ruritanian ADJ 2 amod
         troops troops NOUN 5 nsubj
         , , PUNCT 5 punct
         Zembla Zembla PROPN 5 compound
         clash clash NOUN 0 root
         near near ADP 7 case
         Tamborg Tamborg PROPN 5 obl",
        &[("Ruritanian", "LOC/demonym"), ("Zembla", "ORG"), ("Tamborg", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian-Zembla"]);
    let c = case(
        "Ruritanian ruritanian ADJ 2 amod
         guards guard NOUN 0 root
         , , PUNCT 2 punct
         Freedonian freedonian ADJ 5 amod
         troops troops NOUN 7 compound
         exchange exchange VERB 7 compound
         fire fire NOUN 2 conj
         in in ADP 9 case
         Tamborg Tamborg PROPN 7 nmod",
        &[("Ruritanian", "LOC/demonym"), ("Freedonian", "LOC/demonym"), ("Tamborg", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritanian-Freedonian"]);
    // The two names already coordinated, the second before its collective.
    let c = case(
        "Ruritania Ruritania PROPN 5 obl
         , , PUNCT 3 punct
         Freedonia Freedonia PROPN 1 conj
         troops troops NOUN 5 compound
         clash clash NOUN 0 root
         in in ADP 7 case
         Tamborg Tamborg PROPN 5 nmod",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC"), ("Tamborg", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania-Freedonia"]);
}

#[test]
fn one_of_a_nation_is_an_individual_not_the_state() {
    // The guidelines' "an Australian who escaped": no relation for the state.
    let c = case(
        "An a DET 2 det
         Ruritanian ruritanian ADJ 5 nsubj
         who who PRON 4 nsubj
         escaped escape VERB 2 acl:relcl
         criticised criticise VERB 0 root
         Freedonia Freedonia PROPN 5 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
    // A nation's delegation is the state's.
    let c = case(
        "A a DET 3 det
         Ruritanian ruritanian ADJ 3 amod
         delegation delegation NOUN 4 nsubj
         criticised criticise VERB 0 root
         Freedonia Freedonia PROPN 4 obj",
        &[("Ruritanian", "LOC/demonym"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritanian>Freedonia"]);
    // Counted private people of a nation are individuals; counted soldiers its army.
    for (noun, oppose) in [("monks", false), ("soldiers", true)] {
        let c = case(
            &format!(
                "Freedonia Freedonia PROPN 2 nsubj
                 condemned condemn VERB 0 root
                 Zembla Zembla PROPN 5 nmod:poss
                 's 's PART 3 case
                 killing killing NOUN 2 obj
                 of of ADP 9 case
                 seven seven NUM 9 nummod
                 Ruritanian ruritanian ADJ 9 amod
                 {noun} {noun} NOUN 5 nmod"
            ),
            &[("Freedonia", "LOC"), ("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
        );
        assert_eq!(found(&c).contains(&"OPPOSE Zembla>Ruritanian".to_string()), oppose, "{noun}: {:?}", found(&c));
    }
}

#[test]
fn a_preposition_hung_on_the_noun_before_it_is_the_titled_names_after_it() {
    // "Vance spoke by telephone with Zembian Secretary of State Lorne Kell", "with" hung on
    // "telephone", the name on the verb and the title's "of" on the name.
    let c = case(
        "Vance Vance PROPN 2 nsubj
         spoke speak VERB 0 root
         by by ADP 4 case
         telephone telephone NOUN 2 obl
         with with ADP 4 case
         Zembian Zembian PROPN 7 compound
         Secretary Secretary PROPN 10 nmod:desc
         of of ADP 10 case
         State State PROPN 10 nmod:desc
         Lorne Lorne PROPN 2 obl
         Kell Kell PROPN 10 flat",
        &[("Vance", "PER"), ("Zembian", "LOC/demonym"), ("Lorne Kell", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vance-Lorne Kell"]);
}

#[test]
fn a_nations_consulate_is_the_nation() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         attacked attack VERB 0 root
         the the DET 5 det
         Ruritanian ruritanian ADJ 5 amod
         consulate consulate NOUN 2 obj",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn a_participle_after_a_reporting_verb_is_said_of_its_subject() {
    // "a Zembla spokesman said on Monday, accusing Freedonia of ...", the participle
    // read as a reported clause; the spokesman speaks for Zembla.
    let c = case(
        "a a DET 3 det
         Zembla Zembla PROPN 3 compound
         spokesman spokesman NOUN 4 nsubj
         said say VERB 0 root
         , , PUNCT 6 punct
         accusing accuse VERB 4 ccomp
         Freedonia Freedonia PROPN 6 obj
         of of SCONJ 9 mark
         helping help VERB 6 advcl",
        &[("Zembla", "ORG"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Freedonia"]);
}

#[test]
fn keeping_sanctions_in_place_imposes_them() {
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         kept keep VERB 0 root
         sanctions sanction NOUN 2 obj
         against against ADP 5 case
         Freedonia Freedonia PROPN 2 obl
         in in ADP 7 case
         place place NOUN 2 obl",
        &[("Zembla", "ORG"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Freedonia"]);
}

#[test]
fn saying_someone_was_responsible_holds_him_responsible() {
    let sentence = |verb: &str| {
        format!(
            "Zembla Zembla PROPN 2 nsubj
             {verb} {verb} VERB 0 root
             that that SCONJ 6 mark
             Tamborg Tamborg PROPN 6 nsubj
             was be AUX 6 cop
             responsible responsible ADJ 2 ccomp
             for for ADP 9 case
             the the DET 9 det
             attack attack NOUN 6 obl"
        )
    };
    let mentions = [("Zembla", "ORG"), ("Tamborg", "ORG")];
    assert_eq!(found(&case(&sentence("said"), &mentions)), ["ACCUSE Zembla>Tamborg"]);
    assert_eq!(found(&case(&sentence("denied"), &mentions)), ["!ACCUSE Zembla>Tamborg"]);
    // Without a reporter, no one holds Tamborg responsible.
    let c = case(
        "Tamborg Tamborg PROPN 3 nsubj
         was be AUX 3 cop
         responsible responsible ADJ 0 root
         for for ADP 6 case
         the the DET 6 det
         attack attack NOUN 3 obl",
        &[("Tamborg", "ORG")],
    );
    assert!(found(&c).is_empty());
}

#[test]
fn being_opposed_to_someone_or_his_plans_opposes_him() {
    let c = case(
        "Zembla Zembla PROPN 3 nsubj
         is be AUX 3 cop
         opposed opposed ADJ 0 root
         to to ADP 6 case
         Tamborg Tamborg PROPN 6 compound
         expansion expansion NOUN 3 obl",
        &[("Zembla", "LOC"), ("Tamborg", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Tamborg"]);
    // "remained opposed": the adjective takes the subject of the verb it completes.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         remained remain VERB 0 root
         opposed opposed ADJ 2 xcomp
         to to ADP 7 case
         Tamborg Tamborg PROPN 7 nmod:poss
         's 's PART 5 case
         plans plan NOUN 3 obl",
        &[("Zembla", "LOC"), ("Tamborg", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Tamborg"]);
}

#[test]
fn welcoming_a_person_receives_him_welcoming_a_country_does_not() {
    let sentence = |object: &str| {
        format!(
            "Vance Vance PROPN 2 nsubj
             welcomed welcome VERB 0 root
             {object} {object} PROPN 2 obj"
        )
    };
    assert_eq!(found(&case(&sentence("Lorne"), &[("Vance", "PER"), ("Lorne", "PER")])), ["MEET Vance-Lorne"]);
    assert!(found(&case(&sentence("Zembla"), &[("Vance", "PER"), ("Zembla", "LOC")])).is_empty());
}

#[test]
fn a_name_read_as_a_late_subject_that_goes_on_with_and_continues_the_object_list() {
    // "Vance met Zembian leader Lorne, Tamborg leader Kell and Ruiz separately", with
    // "Kell" read as a second subject.
    let c = case(
        "Hans Hans PROPN 3 nsubj
         Vance Vance PROPN 1 flat
         met meet VERB 0 root
         Zembian zembian ADJ 6 amod
         Serb serb ADJ 6 amod
         leader leader NOUN 7 nmod:desc
         Momir Momir PROPN 3 obj
         Lorne Lorne PROPN 7 flat
         , , PUNCT 11 punct
         Tamborg Tamborg PROPN 11 amod
         leader leader NOUN 12 nmod:desc
         Kresimir Kresimir PROPN 3 nsubj
         Kell Kell PROPN 12 flat
         and and CCONJ 15 cc
         Enes Enes PROPN 12 conj
         Ruiz Ruiz PROPN 15 flat
         separately separately ADV 3 advmod
         in in ADP 19 case
         Ostrava Ostrava PROPN 3 obl",
        &[
            ("Hans Vance", "PER"),
            ("Zembian Serb", "MISC"),
            ("Momir Lorne", "PER"),
            ("Tamborg", "LOC/demonym"),
            ("Kresimir Kell", "PER"),
            ("Enes Ruiz", "PER"),
            ("Ostrava", "LOC"),
        ],
    );
    assert_eq!(
        found(&c),
        ["MEET Hans Vance-Momir Lorne", "MEET Hans Vance-Kresimir Kell", "MEET Hans Vance-Enes Ruiz"]
    );
}

#[test]
fn a_sides_radio_speaks_for_it_and_a_nations_shipping_is_the_nations() {
    let c = case(
        "Zembla Zembla PROPN 2 compound
         radio radio NOUN 3 nsubj
         denounced denounce VERB 0 root
         Lorne Lorne PROPN 3 obj",
        &[("Zembla", "ORG"), ("Lorne", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Lorne"]);
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         a a DET 4 det
         boycott boycott NOUN 2 obj
         on on ADP 7 case
         Ruritanian ruritanian ADJ 7 amod
         shipping shipping NOUN 4 nmod",
        &[("Zembla", "ORG"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
}

#[test]
fn a_person_pronoun_after_a_circumstance_word_is_the_person_acted_on_above() {
    // "The Zembla Party expelled Varga after he accused her of fraud", her being Dorn
    // named before: "he" is the one person the party acted on, and "her" is not him.
    let sentence = |subject: &str, kind: &'static str| {
        let text = format!(
            "{subject} {subject} PROPN 2 nsubj
             expelled expel VERB 0 root
             Varga Varga PROPN 2 obj
             , , PUNCT 6 punct
             an a DET 6 det
             ally ally NOUN 3 appos
             of of ADP 8 case
             Dorn Dorn PROPN 6 nmod
             after after SCONJ 11 mark
             he he PRON 11 nsubj
             accused accuse VERB 2 advcl
             her she PRON 11 obj
             of of ADP 14 case
             fraud fraud NOUN 11 obl"
        );
        let mentions = [(subject, kind), ("Varga", "PER"), ("Dorn", "PER")];
        case(&text, &mentions)
    };
    let c = sentence("Zembla", "ORG");
    assert!(found(&c).contains(&"ACCUSE Varga>Dorn".to_string()), "{:?}", found(&c));
    // A person as the subject above leaves "he" to that person's reading, not the object's.
    let c = sentence("Kessel", "PER");
    assert!(!found(&c).iter().any(|f| f.starts_with("ACCUSE Varga")), "{:?}", found(&c));
}

#[test]
fn a_prepositional_phrase_hung_on_a_noun_after_a_comma_is_the_verb_s() {
    // "Varga held talks on Monday with Dorn, the first visit to Zembla in years."
    let c = case(
        "Varga Varga PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         on on ADP 5 case
         Monday Monday PROPN 2 obl
         with with ADP 7 case
         Dorn Dorn PROPN 11 nmod
         , , PUNCT 11 punct
         the the DET 11 det
         first first ADJ 11 amod
         visit visit NOUN 2 parataxis
         to to ADP 13 case
         Zembla Zembla PROPN 11 nmod",
        &[("Varga", "PER"), ("Dorn", "PER"), ("Zembla", "LOC")],
    );
    assert!(found(&c).contains(&"MEET Varga-Dorn".to_string()), "{:?}", found(&c));
}

#[test]
fn a_person_coordinated_with_another_s_of_place_is_that_person_s_conjunct() {
    // "Varga of Zembla and Dorn of Ruritania met Kessel."
    let c = case(
        "Varga Varga PROPN 8 nsubj
         of of ADP 3 case
         Zembla Zembla PROPN 1 nmod
         and and CCONJ 5 cc
         Dorn Dorn PROPN 3 conj
         of of ADP 7 case
         Ruritania Ruritania PROPN 3 nmod
         met meet VERB 0 root
         Kessel Kessel PROPN 8 obj",
        &[("Varga", "PER"), ("Zembla", "LOC"), ("Dorn", "PER"), ("Ruritania", "LOC"), ("Kessel", "PER")],
    );
    let f = found(&c);
    assert!(f.contains(&"MEET Varga-Kessel".to_string()) && f.contains(&"MEET Dorn-Kessel".to_string()), "{f:?}");
}

#[test]
fn a_verb_after_a_comma_and_closing_a_subordinate_clause_is_the_main_verb_s_conjunct() {
    // "Varga arrived on Tuesday, since Zembla signed the treaty, and will meet Dorn."
    let sentence = |comma: &str| {
        format!(
            "Varga Varga PROPN 2 nsubj
             arrived arrive VERB 0 root
             on on ADP 4 case
             Tuesday Tuesday PROPN 2 obl
             , , PUNCT 8 punct
             since since SCONJ 8 mark
             Zembla Zembla PROPN 8 nsubj
             signed sign VERB 2 advcl
             the the DET 10 det
             treaty treaty NOUN 8 obj
             {comma} {comma} PUNCT 14 punct
             and and CCONJ 14 cc
             will will AUX 14 aux
             meet meet VERB 8 conj
             Dorn Dorn PROPN 14 obj"
        )
    };
    let mentions = [("Varga", "PER"), ("Zembla", "LOC"), ("Dorn", "PER")];
    let c = case(&sentence(","), &mentions);
    assert_eq!(found(&c), ["MEET Varga-Dorn"]);
    // Without the comma the subordinate clause goes on: Zembla meets Dorn.
    let c = case(&sentence("-"), &mentions);
    assert_eq!(found(&c), ["MEET Zembla-Dorn"]);
}

#[test]
fn whom_one_tells_something_during_talks_one_meets() {
    // "Papers quoted Varga as telling Dorn during talks that ..." and "Varga told Dorn
    // at a meeting that ...": the teller is the one quoted, not the papers.
    let c = case(
        "papers paper NOUN 2 nsubj
         quoted quote VERB 0 root
         Varga Varga PROPN 2 obj
         as as SCONJ 5 mark
         telling tell VERB 2 advcl
         Dorn Dorn PROPN 5 iobj
         during during ADP 8 case
         talks talk NOUN 5 obl",
        &[("Varga", "PER"), ("Dorn", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Dorn"]);
    let c = case(
        "Varga Varga PROPN 2 nsubj
         told tell VERB 0 root
         Dorn Dorn PROPN 2 obj
         at at ADP 6 case
         a a DET 6 det
         meeting meeting NOUN 2 obl",
        &[("Varga", "PER"), ("Dorn", "PER")],
    );
    assert_eq!(found(&c), ["MEET Varga-Dorn"]);
    // Whom one attacks during talks is not met.
    let c = case(
        "Varga Varga PROPN 2 nsubj
         attacked attack VERB 0 root
         Dorn Dorn PROPN 2 obj
         during during ADP 5 case
         talks talk NOUN 2 obl",
        &[("Varga", "PER"), ("Dorn", "PER")],
    );
    assert!(!found(&c).contains(&"MEET Varga-Dorn".to_string()), "{:?}", found(&c));
}

#[test]
fn a_name_with_its_title_stacked_before_another_name_modifies_it() {
    // "Zembla congresswoman Varga sued Dorn, accusing him of fraud", the parser making
    // "congresswoman" Zembla's and both names subjects: Varga alone sues and accuses.
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         congresswoman congresswoman NOUN 1 nmod:desc
         Varga Varga PROPN 4 nsubj
         sued sue VERB 0 root
         Dorn Dorn PROPN 4 obj
         , , PUNCT 7 punct
         accusing accuse VERB 4 advcl
         him he PRON 7 obj
         of of ADP 10 case
         fraud fraud NOUN 7 obl",
        &[("Zembla", "PER"), ("Varga", "PER"), ("Dorn", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Varga>Dorn", "ACCUSE Varga>Dorn"]);
}

#[test]
fn a_name_compounded_across_a_preposition_is_the_verb_s_object() {
    // "Zembla sued Varcorp in a London court", the parser making Varcorp a compound of
    // "court"; a currency so misread ("vetoed 375 million ECUs in aid") stays a modifier.
    let sentence = |name: &str| {
        format!(
            "Zembla Zembla PROPN 2 nsubj
             sued sue VERB 0 root
             {name} {name} PROPN 7 compound
             in in ADP 7 case
             a a DET 7 det
             London London PROPN 7 compound
             court court NOUN 2 obl"
        )
    };
    let c = case(&sentence("Varcorp"), &[("Zembla", "LOC"), ("Varcorp", "ORG"), ("London", "LOC")]);
    assert_eq!(found(&c), ["OPPOSE Zembla>Varcorp"]);
    let c = case(&sentence("ECUs"), &[("Zembla", "LOC"), ("ECUs", "MISC"), ("London", "LOC")]);
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_common_noun_in_apposition_to_a_name_stands_for_the_name() {
    // "Varga, the Ruritanian separatist group blamed by Dorn": Dorn blames Varga, not
    // Ruritania.
    let c = case(
        "Varga Varga PROPN 0 root
         , , PUNCT 6 punct
         the the DET 6 det
         Ruritanian Ruritanian ADJ 6 amod
         separatist separatist ADJ 6 amod
         group group NOUN 1 appos
         blamed blame VERB 6 acl
         by by ADP 9 case
         Dorn Dorn PROPN 7 obl:agent",
        &[("Varga", "ORG"), ("Ruritanian", "LOC/demonym"), ("Dorn", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Dorn>Varga"]);
}

#[test]
fn its_thing_raided_in_a_participle_is_the_one_named_as_acted_on_above() {
    // "Varga said Zembla police harassed staff of the Clarion, raiding its offices":
    // the Clarion's offices, not Varga's.
    let c = case(
        "Varga Varga PROPN 2 nsubj
         said say VERB 0 root
         Zembla Zembla PROPN 4 amod
         police police NOUN 5 nsubj
         harassed harass VERB 2 ccomp
         staff staff NOUN 5 obj
         of of ADP 8 case
         Clarion Clarion PROPN 6 nmod
         , , PUNCT 10 punct
         raiding raid VERB 5 advcl
         its its PRON 12 nmod:poss
         offices office NOUN 10 obj",
        &[("Varga", "ORG"), ("Zembla", "LOC/demonym"), ("Clarion", "ORG")],
    );
    let f = found(&c);
    assert!(
        f.contains(&"OPPOSE Zembla>Clarion".to_string()) && !f.contains(&"OPPOSE Zembla>Varga".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_conjunct_of_an_alleged_act_is_alleged_too() {
    // "Varga accused Dorn of closing newspapers and jailing Kessel": Dorn's jailing of
    // Kessel is what Varga alleges, not a reported act.
    let c = case(
        "Varga Varga PROPN 2 nsubj
         accused accuse VERB 0 root
         Dorn Dorn PROPN 2 obj
         of of SCONJ 5 mark
         closing close VERB 2 advcl
         newspapers newspaper NOUN 5 obj
         and and CCONJ 8 cc
         jailing jail VERB 5 conj
         Kessel Kessel PROPN 8 obj",
        &[("Varga", "PER"), ("Dorn", "PER"), ("Kessel", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Varga>Dorn"]);
}

#[test]
fn a_second_subject_after_a_verb_of_its_own_is_that_verb_s_object() {
    // "Zembla criticised Borduria for detaining union leader Varga", the parser making
    // Varga a second subject of "criticised": Borduria detains Varga.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         criticised criticise VERB 0 root
         Borduria Borduria PROPN 2 obj
         for for SCONJ 5 mark
         detaining detain VERB 2 advcl
         union union NOUN 7 compound
         leader leader NOUN 8 nmod:desc
         Varga Varga PROPN 2 nsubj",
        &[("Zembla", "LOC"), ("Borduria", "LOC"), ("Varga", "PER")],
    );
    let f = found(&c);
    assert!(
        f.contains(&"OPPOSE Borduria>Varga".to_string()) && !f.contains(&"ACCUSE Zembla>Varga".to_string()),
        "{f:?}"
    );
}

#[test]
fn an_object_pronoun_after_a_complement_stands_for_the_name_the_complement_acts_on() {
    // "Varga asked the court to ban the Zembla Party, accusing it of plotting."
    let c = case(
        "Varga Varga PROPN 2 nsubj
         asked ask VERB 0 root
         the the DET 4 det
         court court NOUN 2 obj
         to to PART 6 mark
         ban ban VERB 2 xcomp
         the the DET 8 det
         Party Party PROPN 6 obj
         , , PUNCT 10 punct
         accusing accuse VERB 2 advcl
         it it PRON 10 obj
         of of SCONJ 13 mark
         plotting plot VERB 10 advcl",
        &[("Varga", "PER"), ("Party", "ORG")],
    );
    assert!(found(&c).contains(&"ACCUSE Varga>Party".to_string()), "{:?}", found(&c));
}

#[test]
fn coordinated_names_before_a_headline_s_to_verb_are_its_subject() {
    // "Varga and Dorn to meet in Zembla", the "to" verb read as an adverbial clause of
    // the first name.
    let c = case(
        "Varga Varga PROPN 0 root
         and and CCONJ 3 cc
         Dorn Dorn PROPN 1 conj
         to to PART 5 mark
         meet meet VERB 1 advcl
         in in ADP 7 case
         Zembla Zembla PROPN 5 obl",
        &[("Varga", "PER"), ("Dorn", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Varga-Dorn"]);
}

#[test]
fn a_person_meets_no_body_his_own_title_names() {
    // "Zembla President Varga welcomed Dorn at the start of a visit to Zembla": the
    // visit is Dorn's, and Varga does not meet the Zembla his title names.
    let c = case(
        "Zembla Zembla ADJ 2 amod
         President President PROPN 3 nmod:desc
         Varga Varga PROPN 4 nsubj
         welcomed welcome VERB 0 root
         Dorn Dorn PROPN 4 obj
         at at ADP 8 case
         the the DET 8 det
         start start NOUN 4 obl
         of of ADP 11 case
         a a DET 11 det
         visit visit NOUN 8 nmod
         to to ADP 13 case
         Zembla Zembla PROPN 11 nmod",
        &[("Zembla", "LOC/demonym"), ("Varga", "PER"), ("Dorn", "PER"), ("Zembla", "LOC")],
    );
    let f = found(&c);
    assert!(
        f.contains(&"MEET Varga-Dorn".to_string())
            && !f.iter().any(|r| r.contains("Varga-Zembla") || r.contains("Zembla-Varga")),
        "{f:?}"
    );
}

#[test]
fn arriving_somewhere_on_a_visit_visits_it() {
    // "Vitorio arrived in Zembla on Tuesday on a state visit."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         arrived arrive VERB 0 root
         in in ADP 4 case
         Zembla Zembla PROPN 2 obl
         on on ADP 6 case
         Tuesday Tuesday PROPN 2 obl
         on on ADP 10 case
         a a DET 10 det
         state state NOUN 10 compound
         visit visit NOUN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Zembla"]);
}

#[test]
fn an_enacted_text_acts_for_its_author() {
    // "Zembla adopted a resolution imposing sanctions on Ruritania."
    let adopted = |verb: &str, lemma: &str| {
        case(
            &format!(
                "Zembla Zembla PROPN 2 nsubj
                 {verb} {lemma} VERB 0 root
                 a a DET 4 det
                 resolution resolution NOUN 2 obj
                 imposing impose VERB 4 acl
                 sanctions sanction NOUN 5 obj
                 on on ADP 8 case
                 Ruritania Ruritania PROPN 6 nmod"
            ),
            &[("Zembla", "LOC"), ("Ruritania", "LOC")],
        )
    };
    assert_eq!(found(&adopted("adopted", "adopt")), ["OPPOSE Zembla>Ruritania"]);
    // "Zembla vetoed a resolution imposing ...": no one's sanctions.
    assert!(found(&adopted("vetoed", "veto")).is_empty(), "{:?}", found(&adopted("vetoed", "veto")));
    // "A Zembla resolution imposing sanctions on Ruritania was adopted."
    let c = case(
        "A a DET 3 det
         Zembla Zembla PROPN 3 compound
         resolution resolution NOUN 10 nsubj:pass
         imposing impose VERB 3 acl
         sanctions sanction NOUN 4 obj
         on on ADP 7 case
         Ruritania Ruritania PROPN 5 nmod
         was be AUX 10 aux:pass
         unanimously unanimously ADV 10 advmod
         adopted adopt VERB 0 root",
        &[("Zembla", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn a_set_off_participle_on_an_object_is_the_subjects() {
    // "Vitorio signed an order imposing an embargo on Zembla, accusing Ruritania of
    // spying": the parser hangs "accusing" on "embargo".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         signed sign VERB 0 root
         an a DET 4 det
         order order NOUN 2 obj
         imposing impose VERB 4 acl
         an a DET 7 det
         embargo embargo NOUN 5 obj
         on on ADP 9 case
         Zembla Zembla PROPN 7 nmod
         , , PUNCT 11 punct
         accusing accuse VERB 7 acl
         Ruritania Ruritania PROPN 11 obj
         of of SCONJ 14 mark
         spying spy VERB 11 advcl",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Vitorio>Zembla", "ACCUSE Vitorio>Ruritania"]);
}

#[test]
fn a_name_before_a_title_read_as_a_subject_modifies_the_title() {
    // "Zembla Vice President Vitorio met Morlan": "Zembla" parsed as a second subject.
    let c = case(
        "Zembla Zembla PROPN 5 nsubj
         Vice vice ADJ 3 amod
         President President PROPN 4 nmod:desc
         Vitorio Vitorio PROPN 5 nsubj
         met meet VERB 0 root
         Morlan Morlan PROPN 5 obj",
        &[("Zembla", "LOC"), ("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
    // "Zembla and Ruritania's President Vitorio met Morlan": a list of subjects stays.
    let c = case(
        "Zembla Zembla PROPN 5 nsubj
         and and CCONJ 3 cc
         President President PROPN 4 nmod:desc
         Vitorio Vitorio PROPN 5 nsubj
         met meet VERB 0 root
         Morlan Morlan PROPN 5 obj",
        &[("Zembla", "LOC"), ("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert!(found(&c).contains(&"MEET Zembla-Morlan".to_string()), "{:?}", found(&c));
}

#[test]
fn a_that_before_the_subject_of_a_clause_with_an_object_marks_a_content_clause() {
    // "Zembla's charges that Ruritania had stolen oil were repeated": "that" parsed as
    // the object of "stolen", which has one, in a relative clause.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         charges charge NOUN 10 nsubj:pass
         that that PRON 7 obj
         Ruritania Ruritania PROPN 7 nsubj
         had have AUX 7 aux
         stolen steal VERB 3 acl:relcl
         oil oil NOUN 7 obj
         were be AUX 10 aux:pass
         repeated repeat VERB 0 root",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
    // "Zembla's charges that Ruritania denied": the pronoun fills the gap.
    let c = case(
        "Zembla Zembla PROPN 3 nmod:poss
         's 's PART 1 case
         charges charge NOUN 0 root
         that that PRON 6 obj
         Ruritania Ruritania PROPN 6 nsubj
         denied deny VERB 3 acl:relcl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_described_group_refers_back_past_the_doers_own_title() {
    // "Amnesty criticised Zembla, and Army Commander Vitorio accused the London-based
    // group of lying": the group is Amnesty, not the army in the accuser's title.
    let c = case(
        "Amnesty Amnesty PROPN 2 nsubj
         criticised criticise VERB 0 root
         Zembla Zembla PROPN 2 obj
         , , PUNCT 9 punct
         and and CCONJ 9 cc
         Army Army PROPN 7 compound
         Commander Commander PROPN 8 nmod:desc
         Vitorio Vitorio PROPN 9 nsubj
         accused accuse VERB 2 conj
         the the DET 12 det
         London-based London-based ADJ 12 amod
         group group NOUN 9 obj
         of of SCONJ 14 mark
         lying lie VERB 12 acl",
        &[("Amnesty", "ORG"), ("Zembla", "LOC"), ("Army", "ORG"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Amnesty>Zembla", "ACCUSE Vitorio>Amnesty"]);
}

#[test]
fn whom_opens_a_relative_clause_on_the_noun_before_it() {
    // "Vitorio left after he met Morlan, whom Zembla has accused of lying": the parser
    // hangs "accused" on "left" and makes "whom" an oblique.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         left leave VERB 0 root
         after after SCONJ 5 mark
         he he PRON 5 nsubj
         met meet VERB 2 advcl
         Morlan Morlan PROPN 5 obj
         , , PUNCT 11 punct
         whom whom PRON 11 obl
         Zembla Zembla PROPN 11 nsubj
         has have AUX 11 aux
         accused accuse VERB 2 advcl
         of of SCONJ 13 mark
         lying lie VERB 11 advcl",
        &[("Vitorio", "PER"), ("he", "PER"), ("Morlan", "PER"), ("Zembla", "LOC")],
    );
    assert!(found(&c).contains(&"ACCUSE Zembla>Morlan".to_string()), "{:?}", found(&c));
}

#[test]
fn strikers_are_no_sport_and_a_tribe_is_a_collective() {
    // "Vitorio, jeered by strikers, met leaders of the Zembla tribe."
    let c = case(
        "Vitorio Vitorio PROPN 6 nsubj
         , , PUNCT 3 punct
         jeered jeer VERB 1 acl
         by by ADP 5 case
         strikers striker NOUN 3 obl:agent
         met meet VERB 0 root
         leaders leader NOUN 6 obj
         of of ADP 11 case
         the the DET 11 det
         Zembla Zembla PROPN 11 compound
         tribe tribe NOUN 7 nmod",
        &[("Vitorio", "PER"), ("Zembla", "MISC")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Zembla"]);
}

#[test]
fn a_possessive_for_the_sources_is_no_target() {
    // "Zembla and Ruritania kept up their boycott of Borland."
    let c = case(
        "Zembla Zembla PROPN 4 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         kept keep VERB 0 root
         up up ADP 4 compound:prt
         their their PRON 7 nmod:poss
         boycott boycott NOUN 4 obj
         of of ADP 9 case
         Borland Borland PROPN 7 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Borland", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Borland", "OPPOSE Ruritania>Borland"]);
}

#[test]
fn a_bare_nominal_after_an_infinitive_on_a_noun_is_its_object() {
    // "Zembla rejected Ruritania's bid to join the Borland Union": the parser hangs
    // "Union" on "bid" with no preposition.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         rejected reject VERB 0 root
         Ruritania Ruritania PROPN 5 nmod:poss
         's 's PART 3 case
         bid bid NOUN 2 obj
         to to PART 7 mark
         join join VERB 5 acl
         the the DET 10 det
         Borland Borland PROPN 10 compound
         Union Union PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Borland Union", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn cancelling_an_act_in_protest_does_not_undo_the_protest() {
    // "Vitorio cancelled talks with Morlan in protest at Zembla's decision."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         cancelled cancel VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Morlan Morlan PROPN 3 nmod
         in in ADP 7 case
         protest protest NOUN 2 obl
         at at ADP 11 case
         Zembla Zembla PROPN 11 nmod:poss
         's 's PART 9 case
         decision decision NOUN 7 nmod",
        &[("Vitorio", "PER"), ("Morlan", "PER"), ("Zembla", "LOC")],
    );
    let f = found(&c);
    assert!(
        f.contains(&"OPPOSE Vitorio>Zembla".to_string()) && !f.contains(&"MEET Vitorio-Morlan".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_name_after_and_is_the_second_side_of_between() {
    // "Talks between Zembla envoy Vitorio and Borland minister Morlan ended": the parser
    // makes "Morlan" a second subject of "ended".
    let c = case(
        "Talks talk NOUN 10 nsubj
         between between ADP 5 case
         Zembla Zembla PROPN 4 compound
         envoy envoy NOUN 5 nmod:desc
         Vitorio Vitorio PROPN 1 nmod
         and and CCONJ 8 cc
         Borland Borland PROPN 8 compound
         minister minister NOUN 9 nmod:desc
         Morlan Morlan PROPN 10 nsubj
         ended end VERB 0 root",
        &[("Zembla", "LOC"), ("Vitorio", "PER"), ("Borland", "LOC"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
}

#[test]
fn an_hour_of_talks_is_talks() {
    // "Vitorio and Morlan held an hour of talks."
    let c = case(
        "Vitorio Vitorio PROPN 4 nsubj
         and and CCONJ 3 cc
         Morlan Morlan PROPN 1 conj
         held hold VERB 0 root
         an a DET 6 det
         hour hour NOUN 4 obj
         of of ADP 8 case
         talks talk NOUN 6 nmod",
        &[("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
}

#[test]
fn which_after_a_coordinated_subject_is_both_conjuncts() {
    // "Zembla and Ruritania, which have fought each other, held talks."
    let c = case(
        "Zembla Zembla PROPN 10 nsubj
         and and CCONJ 3 cc
         Ruritania Ruritania PROPN 1 conj
         , , PUNCT 7 punct
         which which PRON 7 nsubj
         have have AUX 7 aux
         fought fight VERB 1 acl:relcl
         each each DET 7 obj
         other other ADJ 8 fixed
         held hold VERB 0 root
         talks talk NOUN 10 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    let f = found(&c);
    assert!(
        f.iter().any(|r| r.starts_with("OPPOSE Zembla")) && f.contains(&"MEET Zembla-Ruritania".to_string()),
        "{f:?}"
    );
}

#[test]
fn rejecting_demands_from_someone_opposes_him() {
    // "Vitorio rejected demands from Zembla", the from-phrase hung on the verb.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         rejected reject VERB 0 root
         demands demand NOUN 2 obj
         from from ADP 5 case
         Zembla Zembla PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Vitorio>Zembla"]);
}

#[test]
fn calling_for_a_strike_to_protest_opposes_but_a_call_for_talks_is_a_wish() {
    // "Vitorio called for a strike to protest against Zembla."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         called call VERB 0 root
         for for ADP 5 case
         a a DET 5 det
         strike strike NOUN 2 obl
         to to PART 7 mark
         protest protest VERB 2 advcl
         against against ADP 9 case
         Zembla Zembla PROPN 7 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Vitorio>Zembla"]);
    // "Vitorio called for a meeting with Zembla."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         called call VERB 0 root
         for for ADP 5 case
         a a DET 5 det
         meeting meeting NOUN 2 obl
         with with ADP 7 case
         Zembla Zembla PROPN 5 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn a_passive_verbs_on_phrase_labelled_an_agent_is_no_agent() {
    // "Sanctions were imposed on Zemblan officials by Ruritania", the on-phrase
    // labelled an agent too.
    let c = case(
        "Sanctions sanction NOUN 3 nsubj:pass
         were be AUX 3 aux:pass
         imposed impose VERB 0 root
         on on ADP 6 case
         Zemblan Zemblan ADJ 6 amod
         officials official NOUN 3 obl:agent
         by by ADP 8 case
         Ruritania Ruritania PROPN 3 obl:agent",
        &[("Zemblan", "LOC/demonym"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Ruritania>Zemblan"]);
}

#[test]
fn refusing_to_meet_a_delegation_from_a_body_rejects_nothing_from_it() {
    // "Vitorio refused to meet a delegation from Zembla", the from-phrase hung on
    // "refused".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         refused refuse VERB 0 root
         to to PART 4 mark
         meet meet VERB 2 xcomp
         a a DET 6 det
         delegation delegation NOUN 4 obj
         from from ADP 8 case
         Zembla Zembla PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert!(!found(&c).iter().any(|r| r.starts_with("OPPOSE")), "{:?}", found(&c));
}

#[test]
fn a_present_participle_on_a_fronted_subject_is_no_reported_clause() {
    // "Vitorio, a rival challenging Boris, accused Ruritania of lying, his spokesman
    // said", with "Vitorio" a subject of "said" beside "spokesman".
    let c = case(
        "Vitorio Vitorio PROPN 14 nsubj
         , , PUNCT 4 punct
         a a DET 4 det
         rival rival NOUN 1 appos
         challenging challenge VERB 1 acl
         Boris Boris PROPN 5 obj
         , , PUNCT 8 punct
         accused accuse VERB 14 ccomp
         Ruritania Ruritania PROPN 8 obj
         of of SCONJ 11 mark
         lying lie VERB 8 advcl
         , , PUNCT 8 punct
         spokesman spokesman NOUN 14 nsubj
         said say VERB 0 root",
        &[("Vitorio", "PER"), ("Boris", "PER"), ("Ruritania", "LOC")],
    );
    assert!(found(&c).contains(&"ACCUSE Vitorio>Ruritania".to_string()), "{:?}", found(&c));
}

#[test]
fn the_leader_a_movements_adjective_describes_is_the_person_named_before() {
    // "Vitorio criticised Boris, accusing the Zemblist leader of lying."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         criticised criticise VERB 0 root
         Boris Boris PROPN 2 obj
         , , PUNCT 5 punct
         accusing accuse VERB 2 advcl
         the the DET 8 det
         Zemblist Zemblist ADJ 8 amod
         leader leader NOUN 5 obj
         of of SCONJ 10 mark
         lying lie VERB 5 advcl",
        &[("Vitorio", "PER"), ("Boris", "PER"), ("Zemblist", "MISC")],
    );
    let f = found(&c);
    assert!(f.contains(&"ACCUSE Vitorio>Boris".to_string()) && !f.iter().any(|r| r.contains("Zemblist")), "{f:?}");
}

#[test]
fn a_list_of_agents_after_a_comma_is_one_list() {
    // "Zembla and Borland were sued by Minister Vitorio Vee, Prime Minister Boris Bo and
    // Deputy Minister Ivo over an article", "Boris" read as a second passive subject
    // and "Bo" given to "Ivo".
    let c = case(
        "Zembla Zembla PROPN 5 nsubj:pass
         and and CCONJ 3 cc
         Borland Borland PROPN 1 conj
         were be AUX 5 aux:pass
         sued sue VERB 0 root
         by by ADP 8 case
         Minister Minister PROPN 8 nmod:desc
         Vitorio Vitorio PROPN 5 obl:agent
         Vee Vee PROPN 8 flat
         , , PUNCT 13 punct
         Prime Prime ADJ 12 amod
         Minister Minister PROPN 13 nmod:desc
         Boris Boris PROPN 5 nsubj:pass
         Bo Bo PROPN 18 flat
         and and CCONJ 18 cc
         Deputy Deputy ADJ 17 amod
         Minister Minister PROPN 18 nmod:desc
         Ivo Ivo PROPN 13 conj
         over over ADP 21 case
         an a DET 21 det
         article article NOUN 5 obl",
        &[("Zembla", "ORG"), ("Borland", "ORG"), ("Vitorio Vee", "PER"), ("Boris Bo", "PER"), ("Ivo", "PER")],
    );
    let f = found(&c);
    assert_eq!(f.len(), 6, "{f:?}");
    assert!(!f.iter().any(|r| r.starts_with("OPPOSE Vitorio>Boris")), "{f:?}");
}

#[test]
fn a_paper_named_by_its_compound_is_that_paper() {
    // "Vitorio filed a suit against the Clarion newspaper."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         filed file VERB 0 root
         a a DET 4 det
         suit suit NOUN 2 obj
         against against ADP 8 case
         the the DET 8 det
         Clarion Clarion PROPN 8 compound
         newspaper newspaper NOUN 4 nmod",
        &[("Vitorio", "PER"), ("Clarion", "ORG")],
    );
    assert_eq!(found(&c), ["OPPOSE Vitorio>Clarion"]);
}

#[test]
fn a_name_after_a_common_noun_subject_names_it() {
    // "The Zembla Front newspaper An Clarion said it was suing Ruritania", "An Clarion"
    // read as a second subject and "An" given to the noun.
    let c = case(
        "The the DET 4 det
         Zembla Zembla PROPN 3 compound
         Front Front PROPN 4 compound
         newspaper newspaper NOUN 7 nsubj
         An a DET 4 det
         Clarion Clarion PROPN 7 nsubj
         said say VERB 0 root
         it it PRON 10 nsubj
         was be AUX 10 aux
         suing sue VERB 7 ccomp
         Ruritania Ruritania PROPN 10 obj",
        &[("Zembla Front", "ORG"), ("An Clarion", "ORG"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE An Clarion>Ruritania"]);
}

#[test]
fn of_between_two_title_words_is_no_preposition_on_the_subject() {
    // "Secretary of State Vitorio met Boris", "of" hung on the name.
    let c = case(
        "Secretary Secretary PROPN 4 nmod:desc
         of of ADP 4 case
         State State PROPN 4 nmod:desc
         Vitorio Vitorio PROPN 5 nsubj
         met meet VERB 0 root
         Boris Boris PROPN 5 obj",
        &[("Vitorio", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris"]);
}

#[test]
fn a_list_of_names_read_as_an_apposition_is_a_list() {
    // "Officials from Zembla, Ruritania and Borland held talks", "Ruritania" read as an
    // apposition to "Zembla" and "and" hung on the last name's modifier.
    let c = case(
        "Officials official NOUN 9 nsubj
         from from ADP 3 case
         Zembla Zembla PROPN 1 nmod
         , , PUNCT 5 punct
         Ruritania Ruritania PROPN 3 appos
         and and CCONJ 7 cc
         North North ADJ 8 amod
         Borland Borland PROPN 5 conj
         held hold VERB 0 root
         talks talk NOUN 9 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("North Borland", "LOC")],
    );
    let f = found(&c);
    assert_eq!(f.len(), 3, "{f:?}");
    assert!(f.contains(&"MEET Zembla-Ruritania".to_string()), "{f:?}");
}

#[test]
fn four_parties_holding_talks_meet_pairwise() {
    // "Zembla, Ruritania, Borland and Freedonia will hold talks" (four-party talks),
    // the last two read as a second subject.
    let c = case(
        "Zembla Zembla PROPN 9 nsubj
         , , PUNCT 3 punct
         Ruritania Ruritania PROPN 1 conj
         , , PUNCT 5 punct
         Borland Borland PROPN 9 nsubj
         and and CCONJ 7 cc
         Freedonia Freedonia PROPN 5 conj
         will will AUX 9 aux
         hold hold VERB 0 root
         talks talk NOUN 9 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Borland", "LOC"), ("Freedonia", "LOC")],
    );
    let f = found(&c);
    assert_eq!(f.len(), 6, "{f:?}");
}

#[test]
fn delivering_a_rebuke_to_someone_criticises_him() {
    // "Vitorio delivered a sharp rebuke to Zembla."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         delivered deliver VERB 0 root
         a a DET 5 det
         sharp sharp ADJ 5 amod
         rebuke rebuke NOUN 2 obj
         to to ADP 7 case
         Zembla Zembla PROPN 5 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Vitorio>Zembla"]);
}

#[test]
fn it_after_sanctions_on_someone_is_that_someone() {
    // "Zembla imposed sanctions on Ruritania and accused it of lying."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         sanctions sanction NOUN 2 obj
         on on ADP 5 case
         Ruritania Ruritania PROPN 2 obl
         and and CCONJ 7 cc
         accused accuse VERB 2 conj
         it it PRON 7 obj
         of of SCONJ 10 mark
         lying lie VERB 7 advcl",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania", "ACCUSE Zembla>Ruritania"]);
}

#[test]
fn a_closing_report_hung_as_a_second_content_clause_charges_no_one() {
    // "Zembla charged that Ruritania was lying, the Clarion agency reported."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         charged charge VERB 0 root
         that that SCONJ 6 mark
         Ruritania Ruritania PROPN 6 nsubj
         was be AUX 6 aux
         lying lie VERB 2 ccomp
         , , PUNCT 10 punct
         Clarion Clarion PROPN 9 compound
         agency agency NOUN 10 nsubj
         reported report VERB 2 ccomp",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Clarion", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Ruritania"]);
}

#[test]
fn an_of_phrase_after_a_second_conjunct_is_its_own() {
    // "Zemblan troops and fighters of the Ruritanian Front clashed", the of-phrase hung
    // on "troops".
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         troops troops NOUN 9 nsubj
         and and CCONJ 4 cc
         fighters fighter NOUN 2 conj
         of of ADP 8 case
         the the DET 8 det
         Ruritanian Ruritanian PROPN 8 compound
         Front Front PROPN 2 nmod
         clashed clash VERB 0 root",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian Front", "ORG")],
    );
    let f = found(&c);
    assert!(
        f.iter().any(|r| r.starts_with("OPPOSE") && r.contains("Zemblan") && r.contains("Ruritanian Front")),
        "{f:?}"
    );
}

#[test]
fn a_name_after_an_opening_participles_comma_is_the_subject() {
    // "Angered by the bombing of the village of Zembla, Vitorio Vee on Tuesday accused
    // Boris", "Vitorio" read as a conjunct of "Zembla".
    let c = case(
        "Angered anger VERB 15 advcl
         by by ADP 4 case
         the the DET 4 det
         bombing bombing NOUN 1 obl:agent
         of of ADP 7 case
         the the DET 7 det
         village village NOUN 4 nmod
         of of ADP 9 case
         Zembla Zembla PROPN 7 nmod
         , , PUNCT 11 punct
         Vitorio Vitorio PROPN 9 conj
         Vee Vee PROPN 11 flat
         on on ADP 14 case
         Tuesday Tuesday PROPN 15 obl
         accused accuse VERB 0 root
         Boris Boris PROPN 15 obj",
        &[("Zembla", "LOC"), ("Vitorio Vee", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Vitorio Vee>Boris"]);
}

#[test]
fn a_headline_name_after_a_comma_is_no_compound() {
    // "Vitorio, Boris meet under U.N. auspices .", "Boris" read as a compound of "Vitorio".
    let c = case(
        "Vitorio Vitorio PROPN 4 nsubj
         , , PUNCT 1 punct
         Boris Boris PROPN 1 compound
         meet meet VERB 0 root
         under under ADP 6 case
         auspices auspices NOUN 4 obl
         . . PUNCT 4 punct",
        &[("Vitorio", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris"]);
}

#[test]
fn an_apposition_on_a_verb_is_its_object() {
    // "Vitorio, Boris hold talks on Zembla", "talks" read as an apposition once the names
    // are the subjects.
    let c = case(
        "Vitorio Vitorio PROPN 0 root
         , , PUNCT 3 punct
         Boris Boris PROPN 1 conj
         hold hold VERB 1 nmod:desc
         talks talk NOUN 1 appos
         on on ADP 7 case
         Zembla Zembla PROPN 5 nmod",
        &[("Vitorio", "PER"), ("Boris", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris"]);
}

#[test]
fn conferring_by_telephone_is_active() {
    // "Vitorio conferred by telephone with Boris": the by-phrase is a means, so the
    // subject the parser made passive is the one who conferred.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj:pass
         conferred confer VERB 0 root
         by by ADP 4 case
         telephone telephone NOUN 2 obl
         with with ADP 6 case
         Boris Boris PROPN 2 obl",
        &[("Vitorio", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris"]);
}

#[test]
fn a_name_with_its_own_preposition_is_no_compound_of_the_next_phrase() {
    // "The killing was blamed on the Ruritanian Front by Zemblan officials", the Front
    // read as a compound of "officials".
    let c = case(
        "The the DET 2 det
         killing killing NOUN 4 nsubj:pass
         was be AUX 4 aux:pass
         blamed blame VERB 0 root
         on on ADP 8 case
         the the DET 8 det
         Ruritanian Ruritanian PROPN 8 compound
         Front Front PROPN 11 compound
         by by ADP 11 case
         Zemblan Zemblan ADJ 11 amod
         officials official NOUN 4 obl:agent",
        &[("Ruritanian Front", "ORG"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Zemblan>Ruritanian Front"]);
}

#[test]
fn a_denied_clause_hung_on_a_later_verb_is_still_denied() {
    // "Zembla denied that it had threatened Ruritania, and Vitorio said Zembla wanted
    // talks": the parser hung the that-clause on "said".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         denied deny VERB 0 root
         that that SCONJ 6 mark
         it it PRON 6 nsubj
         had have AUX 6 aux
         threatened threaten VERB 11 ccomp
         Ruritania Ruritania PROPN 6 obj
         , , PUNCT 11 punct
         and and CCONJ 11 cc
         Vitorio Vitorio PROPN 11 nsubj
         said say VERB 2 conj
         Zembla Zembla PROPN 13 nsubj
         wanted want VERB 11 ccomp
         talks talk NOUN 13 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC"), ("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    let f = found(&c);
    assert!(f.iter().all(|r| !r.starts_with("OPPOSE") || r.contains('!')), "{f:?}");
}

#[test]
fn received_secretary_of_state_x_receives_x() {
    // "Vitorio received former Zemblan Secretary of State Boris Bee", with "of" hung on
    // the name and "Secretary" tagged a proper noun.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         received receive VERB 0 root
         former former ADJ 5 amod
         Zemblan Zemblan ADJ 5 amod
         Secretary Secretary PROPN 2 obj
         of of ADP 8 case
         State state NOUN 8 nmod:desc
         Boris Boris PROPN 5 nmod
         Bee Bee PROPN 8 flat",
        &[("Vitorio", "PER"), ("Zemblan", "LOC/demonym"), ("Boris Bee", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris Bee"]);
}

#[test]
fn a_second_coordinated_apposition_is_no_second_subject() {
    // "Vitorio, the Zemblan president and Front chief, received Boris": "chief" is the
    // president's conjunct, not a second subject beside Vitorio.
    let c = case(
        "Vitorio Vitorio PROPN 10 nsubj
         , , PUNCT 5 punct
         the the DET 5 det
         Zemblan Zemblan ADJ 5 amod
         president president NOUN 1 appos
         and and CCONJ 8 cc
         Front Front PROPN 8 compound
         chief chief NOUN 1 appos
         , , PUNCT 1 punct
         received receive VERB 0 root
         Boris Boris PROPN 10 obj",
        &[("Vitorio", "PER"), ("Zemblan", "LOC/demonym"), ("Front", "ORG"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Boris"]);
}

#[test]
fn a_scathing_attack_is_criticism() {
    // "Vitorio launched a scathing attack on Boris": words, not violence.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         launched launch VERB 0 root
         a a DET 5 det
         scathing scathing ADJ 5 amod
         attack attack NOUN 2 obj
         on on ADP 7 case
         Boris Boris PROPN 5 nmod",
        &[("Vitorio", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Vitorio>Boris"]);
}

#[test]
fn a_leader_described_by_the_nations_name_or_a_titled_office_is_the_compatriot_named_before() {
    // "Zelda met Boris Bee and criticised the Israel leader / the Israeli secretary of
    // state": Boris, whom the dictionaries code as Israel's.
    let criticised = |nation: &str, rel: &str, office: &str, tail: &str| {
        let rows = format!(
            "Zelda Zelda PROPN 2 nsubj
             met meet VERB 0 root
             Boris Boris PROPN 2 obj
             Bee Bee PROPN 3 flat
             and and CCONJ 6 cc
             criticised criticise VERB 2 conj
             the the DET 9 det
             {nation} {nation} PROPN 9 {rel}
             {office} {office} NOUN 6 obj
             {tail}"
        );
        let mut c = case(&rows, &[("Zelda", "PER"), ("Boris Bee", "PER"), (nation, "LOC")]);
        let country = |code: &str| ActorCode::new(Country::parse(code), None);
        c.doc.codes = vec![None, country("ISR"), country("ISR")];
        found(&c)
    };
    let accused = ["MEET Zelda-Boris Bee", "ACCUSE Zelda>Boris Bee"];
    assert_eq!(criticised("Israel", "compound", "leader", ""), accused);
    assert_eq!(criticised("Israeli", "amod", "secretary", "of of ADP 11 case\n state state NOUN 9 nmod"), accused);
}

#[test]
fn a_description_between_a_verb_and_its_coordinated_verb_restates_the_subject() {
    // "Vitorio arrived in Zembla, the first Ruritanian minister to visit it, and held
    // talks with Boris": the minister is Vitorio, not the subject of "held".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         arrived arrive VERB 0 root
         in in ADP 4 case
         Zembla Zembla PROPN 2 obl
         , , PUNCT 9 punct
         the the DET 9 det
         first first ADJ 9 amod
         Ruritanian Ruritanian ADJ 9 amod
         minister minister NOUN 2 nsubj
         , , PUNCT 12 punct
         and and CCONJ 12 cc
         held hold VERB 2 conj
         talks talk NOUN 12 obj
         with with ADP 15 case
         Boris Boris PROPN 13 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Ruritanian", "LOC/demonym"), ("Boris", "PER")],
    );
    let f = found(&c);
    assert!(f.contains(&"MEET Vitorio-Boris".to_string()), "{f:?}");
    assert!(f.iter().all(|r| !r.contains("Ruritanian")), "{f:?}");
}

#[test]
fn sitting_together_at_a_bodys_meeting_is_no_meeting() {
    // "Vitorio and Boris sat together during a UN meeting" / "during a meeting".
    let sat = |owner: &str| {
        let rows = format!(
            "Vitorio Vitorio PROPN 4 nsubj
             and and CCONJ 3 cc
             Boris Boris PROPN 1 conj
             sat sit VERB 0 root
             together together ADV 4 advmod
             during during ADP 9 case
             a a DET 9 det
             {owner} {owner} PROPN 9 compound
             meeting meeting NOUN 4 obl"
        );
        let mut mentions = vec![("Vitorio", "PER"), ("Boris", "PER")];
        if owner == "UN" {
            mentions.push(("UN", "ORG"));
        }
        let mut c = case(&rows, &mentions);
        let igo = ActorCode::new(None, Some(Sector::Igo));
        c.doc.codes = vec![None, None, igo];
        found(&c)
    };
    assert_eq!(sat("UN"), Vec::<String>::new());
    assert_eq!(sat("Zembla"), ["MEET Vitorio-Boris"]);
}

#[test]
fn a_relative_clause_with_its_subject_pronoun_leaves_no_object_gap() {
    // "Vitorio, the leader of the Front who fought alongside Boris in the war, accused
    // Zembla": "who" is the subject, so the leader is no one's target.
    let c = case(
        "Vitorio Vitorio PROPN 14 nsubj
         , , PUNCT 4 punct
         the the DET 4 det
         leader leader NOUN 1 appos
         of of ADP 7 case
         the the DET 7 det
         Front Front PROPN 4 nmod
         who who PRON 9 nsubj
         fought fight VERB 4 acl:relcl
         alongside alongside ADP 11 case
         Boris Boris PROPN 9 obl
         in in ADP 13 case
         war war NOUN 9 obl
         accused accuse VERB 0 root
         Zembla Zembla PROPN 14 obj",
        &[("Vitorio", "PER"), ("Front", "ORG"), ("Boris", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Vitorio>Zembla"]);
}

#[test]
fn a_conjunct_after_a_closed_apposition_is_the_named_ones() {
    // "Vitorio, the Zemblan envoy, and minister Boris met Carlo", with Boris read as
    // the envoy's apposition after "and".
    let c = case(
        "Vitorio Vitorio PROPN 10 nsubj
         , , PUNCT 5 punct
         the the DET 5 det
         Zemblan Zemblan ADJ 5 amod
         envoy envoy NOUN 1 appos
         , , PUNCT 9 punct
         and and CCONJ 9 cc
         minister minister NOUN 9 nmod:desc
         Boris Boris PROPN 5 appos
         met meet VERB 0 root
         Carlo Carlo PROPN 10 obj",
        &[("Vitorio", "PER"), ("Zemblan", "LOC/demonym"), ("Boris", "PER"), ("Carlo", "PER")],
    );
    let f = found(&c);
    assert!(f.contains(&"MEET Boris-Carlo".to_string()) && f.contains(&"MEET Vitorio-Carlo".to_string()), "{f:?}");
}

#[test]
fn and_with_coordinates_with_the_earlier_with_phrase() {
    // "Vitorio held talks with Boris and with Carlo on trade", Carlo read as the
    // conjunct of "trade".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Boris Boris PROPN 2 obl
         and and CCONJ 8 cc
         with with ADP 8 case
         Carlo Carlo PROPN 10 conj
         on on ADP 10 case
         trade trade NOUN 2 obl",
        &[("Vitorio", "PER"), ("Boris", "PER"), ("Carlo", "PER")],
    );
    let f = found(&c);
    assert!(f.contains(&"MEET Vitorio-Carlo".to_string()) && f.contains(&"MEET Vitorio-Boris".to_string()), "{f:?}");
}

#[test]
fn condemning_the_raids_after_a_coordinated_raid_accuses_the_raider() {
    // "Zemblan warplanes bombed two camps, and Borland condemned the raids"; "Borland
    // condemned the raids" alone names no raider.
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         warplanes warplane NOUN 3 nsubj
         bombed bomb VERB 0 root
         two two NUM 5 nummod
         camps camp NOUN 3 obj
         , , PUNCT 9 punct
         and and CCONJ 9 cc
         Borland Borland PROPN 9 nsubj
         condemned condemn VERB 3 conj
         the the DET 11 det
         raids raid NOUN 9 obj",
        &[("Zemblan", "LOC/demonym"), ("Borland", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Borland>Zemblan"]);
    let alone = case(
        "Borland Borland PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         raids raid NOUN 2 obj",
        &[("Borland", "LOC")],
    );
    assert_eq!(found(&alone), Vec::<String>::new());
}

#[test]
fn organising_protests_against_someone_opposes_him() {
    // "The Front organised protests against Vitorio."
    let c = case(
        "The the DET 2 det
         Front Front PROPN 3 nsubj
         organised organise VERB 0 root
         protests protest NOUN 3 obj
         against against ADP 6 case
         Vitorio Vitorio PROPN 4 nmod",
        &[("Front", "ORG"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Front>Vitorio"]);
}

#[test]
fn cancelling_a_round_of_talks_calls_the_talks_off() {
    // "Zembla cancelled the second round of talks between Vitorio and Boris".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         cancelled cancel VERB 0 root
         the the DET 5 det
         second second ADJ 5 amod
         round round NOUN 2 obj
         of of ADP 7 case
         talks talk NOUN 5 nmod
         between between ADP 9 case
         Vitorio Vitorio PROPN 7 nmod
         and and CCONJ 11 cc
         Boris Boris PROPN 9 conj",
        &[("Zembla", "LOC"), ("Vitorio", "PER"), ("Boris", "PER")],
    );
    assert_eq!(found(&c), ["!MEET Vitorio-Boris"]);
}

#[test]
fn spending_days_somewhere_visits_it() {
    // "Vitorio spent three days in Zembla."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         spent spend VERB 0 root
         three three NUM 4 nummod
         days day NOUN 2 obj
         in in ADP 6 case
         Zembla Zembla PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Zembla"]);
    // "Vitorio spent millions in Zembla": no stay, no visit.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         spent spend VERB 0 root
         millions million NOUN 2 obj
         in in ADP 5 case
         Zembla Zembla PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn an_into_phrase_of_a_light_verb_carries_the_event() {
    // "Vitorio went into talks with Morlan."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         went go VERB 0 root
         into into ADP 4 case
         talks talk NOUN 2 obl
         with with ADP 6 case
         Morlan Morlan PROPN 4 nmod",
        &[("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
    // "Zembla brought Vitorio into talks with Morlan": the object goes into them.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         brought bring VERB 0 root
         Vitorio Vitorio PROPN 2 obj
         into into ADP 5 case
         talks talk NOUN 2 obl
         with with ADP 7 case
         Morlan Morlan PROPN 5 nmod",
        &[("Zembla", "LOC"), ("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert!(!found(&c).contains(&"MEET Zembla-Morlan".to_string()), "{:?}", found(&c));
}

#[test]
fn tariffs_on_a_nation_s_goods_and_a_suspended_member_are_sanctions() {
    // "Zembla imposed tariffs on Ruritanian goods."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         imposed impose VERB 0 root
         tariffs tariff NOUN 2 obj
         on on ADP 6 case
         Ruritanian Ruritanian ADJ 6 amod
         goods goods NOUN 3 nmod",
        &[("Zembla", "LOC"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritanian"]);
    // "The Commonwealth suspended Zembla from its councils."
    let c = case(
        "The the DET 2 det
         Commonwealth Commonwealth PROPN 3 nsubj
         suspended suspend VERB 0 root
         Zembla Zembla PROPN 3 obj
         from from ADP 7 case
         its its PRON 7 nmod:poss
         councils council NOUN 3 obl",
        &[("Commonwealth", "ORG"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Commonwealth>Zembla"]);
}

#[test]
fn a_garrison_stands_for_its_nation() {
    // "Zemblan forces attacked a Ruritanian garrison."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         forces force NOUN 3 nsubj
         attacked attack VERB 0 root
         a a DET 6 det
         Ruritanian Ruritanian ADJ 6 amod
         garrison garrison NOUN 3 obj",
        &[("Zemblan", "LOC/demonym"), ("Ruritanian", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Ruritanian"]);
}

#[test]
fn a_list_of_subjects_split_by_a_later_reporting_verb_is_one_list() {
    // "Vitorio, Morlan and Kestrel met Dravo, an official said", with Vitorio and
    // Morlan hung on "said".
    let c = case(
        "Vitorio Vitorio PROPN 11 nsubj
         , , PUNCT 3 punct
         Morlan Morlan PROPN 11 nsubj
         and and CCONJ 5 cc
         Kestrel Kestrel PROPN 6 nsubj
         met meet VERB 11 ccomp
         Dravo Dravo PROPN 6 obj
         , , PUNCT 11 punct
         an a DET 10 det
         official official NOUN 11 nsubj
         said say VERB 0 root",
        &[("Vitorio", "PER"), ("Morlan", "PER"), ("Kestrel", "PER"), ("Dravo", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Kestrel-Dravo", "MEET Morlan-Dravo", "MEET Vitorio-Dravo"]);
}

#[test]
fn a_with_phrase_hung_on_a_place_is_the_event_s() {
    // "Vitorio held talks in Zembla with Morlan", with "with Morlan" hung on Zembla.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         in in ADP 5 case
         Zembla Zembla PROPN 3 nmod
         with with ADP 7 case
         Morlan Morlan PROPN 5 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
}

#[test]
fn a_denied_gerund_read_as_an_adverbial_clause_is_denied() {
    // "Ruritania denied on Friday accusing Freedonia", "accusing" hung on "denied" as
    // an adverbial clause.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         denied deny VERB 0 root
         on on ADP 4 case
         Friday Friday PROPN 2 obl
         accusing accuse VERB 2 advcl
         Freedonia Freedonia PROPN 5 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["!ACCUSE Ruritania>Freedonia"]);
    // "Ruritania denied the report, accusing Freedonia of lying": a clause of its own.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         denied deny VERB 0 root
         the the DET 4 det
         report report NOUN 2 obj
         , , PUNCT 6 punct
         accusing accuse VERB 2 advcl
         Freedonia Freedonia PROPN 6 obj",
        &[("Ruritania", "LOC"), ("Freedonia", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Freedonia"]);
}

#[test]
fn a_title_with_of_before_a_name_is_the_name_s() {
    // "Ruritania accused former head of state Vitorio", with Vitorio hung on "head" by
    // the title's "of".
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         accused accuse VERB 0 root
         former former ADJ 4 amod
         head head NOUN 2 obj
         of of ADP 7 case
         state state NOUN 7 nmod:desc
         Vitorio Vitorio PROPN 4 nmod",
        &[("Ruritania", "LOC"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Ruritania>Vitorio"]);
    // "Ruritania condemned the execution of writer Vitorio": no title.
    let c = case(
        "Ruritania Ruritania PROPN 2 nsubj
         condemned condemn VERB 0 root
         the the DET 4 det
         execution execution NOUN 2 obj
         of of ADP 7 case
         writer writer NOUN 7 nmod:desc
         Vitorio Vitorio PROPN 4 nmod",
        &[("Ruritania", "LOC"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn an_organisation_before_a_title_on_the_first_name_is_the_title_s() {
    // "Vitorio met Morlan and Zemblan Front chief Kestrel", with the Front a conjunct of
    // Morlan and "chief" (Kestrel its apposition) hung on Morlan.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         met meet VERB 0 root
         Morlan Morlan PROPN 2 obj
         and and CCONJ 6 cc
         Zemblan Zemblan ADJ 6 amod
         Front Front PROPN 3 conj
         chief chief NOUN 3 nmod:desc
         Kestrel Kestrel PROPN 7 appos",
        &[("Vitorio", "PER"), ("Morlan", "PER"), ("Zemblan Front", "ORG"), ("Kestrel", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Vitorio-Kestrel", "MEET Vitorio-Morlan"]);
}

#[test]
fn a_phrase_on_a_coordinated_adverb_is_a_conjunct() {
    // "Vitorio held talks with Morlan and later with Kestrel", "with Kestrel" hung on
    // "later".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         held hold VERB 0 root
         talks talk NOUN 2 obj
         with with ADP 5 case
         Morlan Morlan PROPN 3 nmod
         and and CCONJ 7 cc
         later late ADV 2 advmod
         with with ADP 9 case
         Kestrel Kestrel PROPN 7 obl",
        &[("Vitorio", "PER"), ("Morlan", "PER"), ("Kestrel", "PER")],
    );
    let mut got = found(&c);
    got.sort();
    assert_eq!(got, ["MEET Vitorio-Kestrel", "MEET Vitorio-Morlan"]);
}

#[test]
fn impeaching_charges_and_a_threat_above_a_condition_stands() {
    // "The Assembly impeached Vitorio."
    let c = case(
        "The the DET 2 det
         Assembly Assembly PROPN 3 nsubj
         impeached impeach VERB 0 root
         Vitorio Vitorio PROPN 3 obj",
        &[("Assembly", "ORG"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["ACCUSE Assembly>Vitorio"]);
    // "Zembla threatened to resume attacks against Ruritania unless it halted raids",
    // "resume" an adverbial clause of "threatened".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         threatened threaten VERB 0 root
         to to PART 4 mark
         resume resume VERB 2 advcl
         attacks attack NOUN 4 obj
         against against ADP 7 case
         Ruritania Ruritania PROPN 5 nmod
         unless unless SCONJ 10 mark
         it it PRON 10 nsubj
         halted halt VERB 4 advcl
         raids raid NOUN 10 obj",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
}

#[test]
fn discussing_something_with_a_person_meets_him() {
    // "Vitorio discussed the return of refugees with Morlan", "with Morlan" hung on
    // "refugees".
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         discussed discuss VERB 0 root
         the the DET 4 det
         return return NOUN 2 obj
         of of ADP 6 case
         refugees refugee NOUN 4 nmod
         with with ADP 8 case
         Morlan Morlan PROPN 6 nmod",
        &[("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
    // "Vitorio discussed the conflict with Zembla": a state's with-phrase is the
    // object's.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         discussed discuss VERB 0 root
         the the DET 4 det
         conflict conflict NOUN 2 obj
         with with ADP 6 case
         Zembla Zembla PROPN 4 nmod",
        &[("Vitorio", "PER"), ("Zembla", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn the_indictment_of_a_person_by_a_body_is_its_charge() {
    // "The indictment of Vitorio by the Zemblan Prosecutors Office shocked the party."
    let c = case(
        "The the DET 2 det
         indictment indictment NOUN 8 nsubj
         of of ADP 4 case
         Vitorio Vitorio PROPN 2 nmod
         by by ADP 7 case
         the the DET 7 det
         Office Office PROPN 2 nmod
         shocked shock VERB 0 root",
        &[("Vitorio", "PER"), ("Office", "ORG")],
    );
    assert_eq!(found(&c), ["ACCUSE Office>Vitorio"]);
}

#[test]
fn a_seat_hung_on_the_verb_right_after_its_organ_names_it() {
    // "Zembla accused the government in Valdor of shelling", "in Valdor" hung on the
    // verb.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         accused accuse VERB 0 root
         the the DET 4 det
         government government NOUN 2 obj
         in in ADP 6 case
         Valdor Valdor PROPN 2 obl
         of of SCONJ 8 mark
         shelling shell VERB 2 advcl",
        &[("Zembla", "LOC"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["ACCUSE Zembla>Valdor"]);
}

#[test]
fn refusing_to_hand_over_someone_rejects_who_wants_him_unless_it_is_a_reason() {
    // "Zembla refused to hand over two men wanted by Ruritania."
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         refused refuse VERB 0 root
         to to PART 4 mark
         hand hand VERB 2 xcomp
         over over ADP 4 compound:prt
         two two NUM 7 nummod
         men man NOUN 4 obj
         wanted want VERB 7 acl
         by by ADP 10 case
         Ruritania Ruritania PROPN 8 obl:agent",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Ruritania"]);
    // "Zembla handed over two men wanted by Ruritania": a handover is no rejection.
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         handed hand VERB 0 root
         over over ADP 2 compound:prt
         two two NUM 5 nummod
         men man NOUN 2 obj
         wanted want VERB 5 acl
         by by ADP 8 case
         Ruritania Ruritania PROPN 6 obl:agent",
        &[("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
    // "Valdor criticised Zembla for failing to hand over suspects to Ruritania": the
    // failure is the criticism's reason.
    let c = case(
        "Valdor Valdor PROPN 2 nsubj
         criticised criticise VERB 0 root
         Zembla Zembla PROPN 2 obj
         for for SCONJ 5 mark
         failing fail VERB 2 advcl
         to to PART 7 mark
         hand hand VERB 5 xcomp
         over over ADP 7 compound:prt
         suspects suspect NOUN 7 obj
         to to ADP 11 case
         Ruritania Ruritania PROPN 7 obl",
        &[("Valdor", "LOC"), ("Zembla", "LOC"), ("Ruritania", "LOC")],
    );
    assert!(!found(&c).iter().any(|r| r.starts_with("OPPOSE")), "{:?}", found(&c));
}

#[test]
fn a_title_read_as_a_conjunct_is_its_name_s() {
    // "Vitorio and Zemblan Secretary of State Morlan held talks", with "Secretary" the
    // conjunct and Morlan hung on it by the title's "of".
    let c = case(
        "Vitorio Vitorio PROPN 8 nsubj
         and and CCONJ 4 cc
         Zemblan Zemblan ADJ 4 amod
         Secretary Secretary PROPN 1 conj
         of of ADP 7 case
         State State PROPN 7 nmod:desc
         Morlan Morlan PROPN 4 appos
         held hold VERB 0 root
         talks talk NOUN 8 obj",
        &[("Vitorio", "PER"), ("Zemblan", "LOC/demonym"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
}

#[test]
fn taking_hostages_and_a_grand_jury_s_indictment() {
    // "The Front took Vitorio hostage."
    let c = case(
        "The the DET 2 det
         Front Front PROPN 3 nsubj
         took take VERB 0 root
         Vitorio Vitorio PROPN 3 obj
         hostage hostage NOUN 3 xcomp",
        &[("Front", "ORG"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), ["OPPOSE Front>Vitorio"]);
    // "Vitorio was indicted by a Zemblan grand jury."
    let c = case(
        "Vitorio Vitorio PROPN 3 nsubj:pass
         was be AUX 3 aux:pass
         indicted indict VERB 0 root
         by by ADP 8 case
         a a DET 8 det
         Zemblan Zemblan ADJ 8 amod
         grand grand ADJ 8 amod
         jury jury NOUN 3 obl:agent",
        &[("Vitorio", "PER"), ("Zemblan", "LOC/demonym")],
    );
    assert_eq!(found(&c), ["ACCUSE Zemblan>Vitorio"]);
}

#[test]
fn an_audience_granted_to_someone_is_a_meeting() {
    // "Vitorio granted an audience to Morlan."
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         granted grant VERB 0 root
         an a DET 4 det
         audience audience NOUN 2 obj
         to to ADP 6 case
         Morlan Morlan PROPN 4 nmod",
        &[("Vitorio", "PER"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
    // "To the Zemblan delegates, Vitorio had the right audience": no one met.
    let c = case(
        "To to ADP 4 case
         the the DET 4 det
         Zemblan Zemblan ADJ 4 amod
         delegates delegate NOUN 7 obl
         , , PUNCT 4 punct
         Vitorio Vitorio PROPN 7 nsubj
         had have VERB 0 root
         the the DET 10 det
         right right ADJ 10 amod
         audience audience NOUN 7 obj",
        &[("Zemblan", "LOC/demonym"), ("Vitorio", "PER")],
    );
    assert_eq!(found(&c), Vec::<String>::new());
}

#[test]
fn a_name_compounded_with_a_later_span_of_time_heads_its_phrase() {
    // "Zembla froze aid to Valdor hours later", Valdor a compound of "hours".
    let c = case(
        "Zembla Zembla PROPN 2 nsubj
         froze freeze VERB 0 root
         aid aid NOUN 2 obj
         to to ADP 6 case
         Valdor Valdor PROPN 6 compound
         hours hour NOUN 2 obl:unmarked
         later late ADV 2 advmod",
        &[("Zembla", "LOC"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zembla>Valdor"]);
}

#[test]
fn a_name_hung_on_the_verb_right_after_a_title_in_an_oblique_is_its_apposition() {
    // "Vitorio conferred with Zembla's top negotiator Morlan", Morlan a second oblique.
    let c = case(
        "Vitorio Vitorio PROPN 2 nsubj
         conferred confer VERB 0 root
         with with ADP 7 case
         Zembla Zembla PROPN 7 nmod:poss
         's 's PART 4 case
         top top ADJ 7 amod
         negotiator negotiator NOUN 2 obl
         Morlan Morlan PROPN 2 obl",
        &[("Vitorio", "PER"), ("Zembla", "LOC"), ("Morlan", "PER")],
    );
    assert_eq!(found(&c), ["MEET Vitorio-Morlan"]);
}

#[test]
fn attacking_a_person_s_home_attacks_the_person() {
    // "Zemblan militiamen attacked the home of Vitorio in Valdor."
    let c = case(
        "Zemblan Zemblan ADJ 2 amod
         militiamen militiaman NOUN 3 nsubj
         attacked attack VERB 0 root
         the the DET 5 det
         home home NOUN 3 obj
         of of ADP 7 case
         Vitorio Vitorio PROPN 5 nmod
         in in ADP 9 case
         Valdor Valdor PROPN 3 obl",
        &[("Zemblan", "LOC/demonym"), ("Vitorio", "PER"), ("Valdor", "LOC")],
    );
    assert_eq!(found(&c), ["OPPOSE Zemblan>Vitorio"]);
}

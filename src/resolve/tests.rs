//! End-to-end tests of `Resolver::resolve` on short texts written for them, with
//! NER output simulated by tagging chosen substrings.

use super::*;
use crate::tokenize::analyze;

/// Tags every word-aligned occurrence of each needle with its kind, in the order
/// given, skipping occurrences that overlap an earlier tag (so list "Almazbek
/// Atambayev" before "Atambayev"); "SAO@2" tags only the second occurrence of
/// "SAO". Panics on a needle that is never tagged, which would make the test
/// meaningless.
pub(super) fn entities(text: &str, sentences: &[Sentence], specs: &[(&str, EntityType)]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for &(spec, kind) in specs {
        let (needle, nth) = match spec.rsplit_once('@') {
            Some((n, k)) => (n, k.parse::<usize>().ok()),
            None => (spec, None),
        };
        let before = out.len();
        for (k, (start, _)) in text.match_indices(needle).enumerate() {
            if nth.is_some_and(|n| n != k + 1) {
                continue;
            }
            let span = Span::new(start, start + needle.len());
            if out.iter().any(|e| e.span.overlaps(span)) {
                continue;
            }
            let Some((s, sentence)) = sentences.iter().enumerate().find(|(_, x)| x.span.contains(span)) else {
                continue;
            };
            let first = sentence.words.iter().position(|w| w.start == span.start);
            let last = sentence.words.iter().position(|w| w.end == span.end);
            if let (Some(a), Some(b)) = (first, last) {
                out.push(Entity { sentence: s, words: a..b + 1, span, kind, score: 0.9 });
            }
        }
        assert!(out.len() > before, "needle {needle:?} not found on word boundaries");
    }
    out.sort_by_key(|e| e.span.start);
    out
}

fn run(resolver: &Resolver, text: &str, specs: &[(&str, EntityType)]) -> ResolvedDoc {
    let sentences = analyze(text);
    let ents = entities(text, &sentences, specs);
    let doc = resolver.resolve(text, &sentences, &ents);
    check_invariants(text, &doc);
    doc
}

fn resolve(text: &str, specs: &[(&str, EntityType)]) -> ResolvedDoc {
    run(&Resolver::new(None), text, specs)
}

/// What every result must satisfy: sorted, disjoint mentions; valid actor indices;
/// one actor per id, each actor mentioned.
fn check_invariants(text: &str, doc: &ResolvedDoc) {
    for pair in doc.mentions.windows(2) {
        assert!(pair[0].span.start <= pair[1].span.start, "mentions not sorted");
        assert!(pair[0].span.end <= pair[1].span.start, "mentions overlap: {pair:?}");
    }
    for m in &doc.mentions {
        assert!(m.actor.0 < doc.actors.len());
        assert!(text.get(m.span.start..m.span.end).is_some());
        assert!((0.0..=1.0).contains(&m.score));
    }
    let mut ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), doc.actors.len(), "duplicate actor ids: {:?}", doc.actors);
    for (i, _) in doc.actors.iter().enumerate() {
        assert!(doc.mentions.iter().any(|m| m.actor.0 == i), "actor {i} has no mention");
    }
}

/// The mentions whose text is exactly `surface`, in order.
fn mentions_of<'a>(doc: &'a ResolvedDoc, text: &str, surface: &str) -> Vec<&'a Mention> {
    doc.mentions.iter().filter(|m| &text[m.span.start..m.span.end] == surface).collect()
}

/// The single actor of all mentions with text `surface` (asserting there is one).
fn actor_of<'a>(doc: &'a ResolvedDoc, text: &str, surface: &str) -> &'a Actor {
    let ms = mentions_of(doc, text, surface);
    assert!(!ms.is_empty(), "no mention {surface:?} in {:?}", doc.mentions);
    assert!(ms.iter().all(|m| m.actor == ms[0].actor), "{surface:?} mentions disagree");
    doc.actor(ms[0].actor)
}

use EntityType::{Loc, Misc, Org, Per};

// ---- 1. alias merging within a document ----

#[test]
fn surname_joins_the_full_name() {
    let text = "Almazbek Atambayev toured a cement plant near Bishkek. Workers cheered when Atambayev spoke.";
    let doc = resolve(text, &[("Almazbek Atambayev", Per), ("Atambayev", Per), ("Bishkek", Loc)]);
    let full = actor_of(&doc, text, "Almazbek Atambayev");
    assert_eq!(full, actor_of(&doc, text, "Atambayev"));
    assert_eq!(full.label, "Almazbek Atambayev");
    assert_eq!(full.id, "per:almazbek-atambayev");
    assert_eq!(doc.actors.len(), 2);
    assert_eq!(doc.mentions.len(), 3);
}

#[test]
fn a_title_alone_is_the_one_person_named_after_it() {
    // Invented people.
    let text = "President to visit Pope. Pope Marius Delacroix will receive President Ivo Tarn on Friday.";
    let doc = resolve(text, &[("Pope", Per), ("Marius Delacroix", Per), ("Ivo Tarn", Per)]);
    assert_eq!(actor_of(&doc, text, "Pope").id, "per:marius-delacroix");
    // Two people of one title: no guess.
    let text = "Pope spoke. Pope Marius Delacroix and Pope Leo Tarn met.";
    let doc = resolve(text, &[("Pope", Per), ("Marius Delacroix", Per), ("Leo Tarn", Per)]);
    assert_eq!(actor_of(&doc, text, "Pope").id, "per:pope");
}

#[test]
fn middle_names_and_short_forms_merge_to_the_longest_name() {
    let text =
        "Almazbek Sharshenovich Atambayev took the oath. Almazbek Atambayev then thanked voters, and Atambayev left.";
    let doc =
        resolve(text, &[("Almazbek Sharshenovich Atambayev", Per), ("Almazbek Atambayev", Per), ("Atambayev", Per)]);
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].label, "Almazbek Sharshenovich Atambayev");
    assert_eq!(doc.mentions.len(), 3);
}

#[test]
fn a_shared_surname_goes_to_the_person_named_last() {
    let text = "Dariga Tokayeva opened the session. Later Marat Tokayeva arrived. Tokayeva then left early.";
    let doc = resolve(text, &[("Dariga Tokayeva", Per), ("Marat Tokayeva", Per), ("Tokayeva", Per)]);
    assert_eq!(doc.actors.len(), 2);
    assert_eq!(actor_of(&doc, text, "Tokayeva").label, "Marat Tokayeva");
}

#[test]
fn a_lone_first_word_joins_the_one_name_it_starts() {
    // Invented people: a first name, and a family name written first.
    let text = "Lena Marsh and Tove Dahl were found. The girls, Lena and Tove, were safe. \
                Red Cross head Pak Chol-su wrote. Pak said he was hopeful.";
    let specs = [
        ("Lena Marsh", Per),
        ("Tove Dahl", Per),
        ("Lena@2", Per),
        ("Tove@2", Per),
        ("Pak Chol-su", Per),
        ("Pak@2", Per),
    ];
    let doc = resolve(text, &specs);
    assert_eq!(actor_of(&doc, text, "Lena").label, "Lena Marsh");
    assert_eq!(actor_of(&doc, text, "Pak").label, "Pak Chol-su");
    assert_eq!(doc.actors.len(), 3, "{:?}", doc.actors);
    // Two people it could start, or a surname too: left alone.
    let text = "Kim Il-sung and Kim Dae-jung spoke. Kim left. Ruth Ross met Ross Hale. Ross agreed.";
    let specs = [
        ("Kim Il-sung", Per),
        ("Kim Dae-jung", Per),
        ("Kim@3", Per),
        ("Ruth Ross", Per),
        ("Ross Hale", Per),
        ("Ross@3", Per),
    ];
    let doc = resolve(text, &specs);
    assert_eq!(actor_of(&doc, text, "Kim").label, "Kim");
    assert_eq!(actor_of(&doc, text, "Ross").label, "Ruth Ross", "a surname joins by the surname rule");
    // Two people it could start, one named before it: that one.
    let text = "Red Cross head Pak Chol-su wrote. Pak said he was ill. In 1993 Pak Yong-il was freed.";
    let specs = [("Pak Chol-su", Per), ("Pak@2", Per), ("Pak Yong-il", Per)];
    let doc = resolve(text, &specs);
    assert_eq!(actor_of(&doc, text, "Pak").label, "Pak Chol-su");
    assert_eq!(doc.actors.len(), 2, "{:?}", doc.actors);
}

#[test]
fn different_surnames_stay_apart() {
    let text = "Roza Otunbayeva met Kurmanbek Bakiyev. Bakiyev refused to resign.";
    let doc = resolve(text, &[("Roza Otunbayeva", Per), ("Kurmanbek Bakiyev", Per), ("Bakiyev", Per)]);
    assert_eq!(doc.actors.len(), 2);
    assert_eq!(actor_of(&doc, text, "Bakiyev").label, "Kurmanbek Bakiyev");
    assert_ne!(actor_of(&doc, text, "Roza Otunbayeva"), actor_of(&doc, text, "Bakiyev"));
}

#[test]
fn parenthesised_acronym_joins_its_organisation() {
    let text = "Ballots were recounted by the State Audit Office (SAO) on Friday. The SAO published no figures. An SAO auditor resigned.";
    // The NER tagged the full name and one later use; the others come from the definition.
    let doc = resolve(text, &[("State Audit Office", Org), ("SAO@2", Org)]);
    let org = actor_of(&doc, text, "State Audit Office");
    assert_eq!(org.id, "org:state-audit-office");
    let sao = mentions_of(&doc, text, "SAO");
    assert_eq!(sao.len(), 3, "{:?}", doc.mentions);
    assert!(sao.iter().all(|m| doc.actor(m.actor) == org));
    assert_eq!(doc.actors.len(), 1);
}

#[test]
fn acronym_inside_the_entity_is_split_off() {
    let text = "The National Security Committee (NSC) detained a blogger. The NSC gave no reason.";
    let doc = resolve(text, &[("National Security Committee (NSC)", Org), ("NSC", Org)]);
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].label, "National Security Committee");
    assert_eq!(mentions_of(&doc, text, "NSC").len(), 2);
    assert_eq!(mentions_of(&doc, text, "National Security Committee").len(), 1);
}

#[test]
fn initials_acronym_joins_the_one_matching_organisation() {
    let text = "Monitors from the Organization for Security and Co-operation in Europe landed in Almaty. \
                The OSCE team will stay a month.";
    let doc =
        resolve(text, &[("Organization for Security and Co-operation in Europe", Org), ("OSCE", Org), ("Almaty", Loc)]);
    let osce = actor_of(&doc, text, "OSCE");
    assert_eq!(osce.label, "Organization for Security and Co-operation in Europe");
    assert_eq!(osce, actor_of(&doc, text, "Organization for Security and Co-operation in Europe"));
}

#[test]
fn initials_that_fit_two_organisations_are_not_guessed() {
    let text = "The Central Electoral Council met the Civic Election Committee. The CEC refused to comment.";
    let doc = resolve(text, &[("Central Electoral Council", Org), ("Civic Election Committee", Org), ("CEC", Org)]);
    assert_eq!(doc.actors.len(), 3);
    assert_eq!(actor_of(&doc, text, "CEC").label, "CEC");
}

#[test]
fn organisation_with_and_without_its_nationality_merge() {
    let text = "The Kazakh Central Election Commission certified the count. \
                A day later the Central Election Commission annulled two districts.";
    let doc = resolve(text, &[("Kazakh Central Election Commission", Org), ("Central Election Commission", Org)]);
    assert_eq!(doc.actors.len(), 1, "{:?}", doc.actors);
    assert_eq!(doc.actors[0].label, "Kazakh Central Election Commission");
    assert_eq!(doc.actors[0].id, "org:kazakh-central-election-commission");
    // The demonym stays part of the name: no Kazakhstan mention.
    assert!(doc.mentions.iter().all(|m| m.source == MentionSource::Entity));
}

#[test]
fn two_nationalities_leave_the_bare_organisation_alone() {
    let text = "The Kazakh Central Election Commission and the Kyrgyz Central Election Commission signed a pact. \
                The Central Election Commission called it historic.";
    let doc = resolve(
        text,
        &[
            ("Kazakh Central Election Commission", Org),
            ("Kyrgyz Central Election Commission", Org),
            ("Central Election Commission", Org),
        ],
    );
    assert_eq!(doc.actors.len(), 3);
    assert_eq!(actor_of(&doc, text, "Central Election Commission").id, "org:central-election-commission");
}

// ---- 2. demonyms ----

#[test]
fn misc_demonym_merges_with_its_country() {
    let text = "Kazakh officials denied the story, and Kazakhstan's embassy in Moscow declined to comment.";
    let doc = resolve(text, &[("Kazakh", Misc), ("Kazakhstan", Loc), ("Moscow", Loc)]);
    let kazakh = mentions_of(&doc, text, "Kazakh");
    assert_eq!(kazakh.len(), 1);
    assert_eq!(kazakh[0].source, MentionSource::Demonym);
    let country = actor_of(&doc, text, "Kazakh");
    assert_eq!(country, actor_of(&doc, text, "Kazakhstan"));
    assert_eq!(country.kind, Loc);
    assert_eq!(country.label, "Kazakhstan");
    assert_eq!(country.id, "loc:kazakhstan");
    assert_eq!(doc.actors.len(), 2);
}

#[test]
fn a_coalition_led_by_a_country_is_that_country() {
    let text = "Saudi-led warplanes struck the port, and U.S.-led forces and a NATO-led mission stayed away. \
                Moscow vetoed a French-drafted text on the Israeli-occupied Golan and Iranian-backed militias \
                and seized a British-flagged tanker.";
    let doc = resolve(
        text,
        &[
            ("Saudi-led", Misc),
            ("U.S.-led", Misc),
            ("NATO-led", Misc),
            ("French-drafted", Misc),
            ("Israeli-occupied", Misc),
            ("Iranian-backed", Misc),
            ("British-flagged", Misc),
        ],
    );
    // The mention is the country's word, without the participle.
    assert_eq!(actor_of(&doc, text, "Saudi").id, "loc:saudi-arabia");
    assert_eq!(actor_of(&doc, text, "U.S.").id, "loc:united-states");
    assert_eq!(actor_of(&doc, text, "French").id, "loc:france");
    assert_eq!(actor_of(&doc, text, "Iranian").id, "loc:iran");
    // A ship's flag is its state's.
    assert_eq!(actor_of(&doc, text, "British").id, "loc:united-kingdom");
    // A place named by who holds it is not that actor.
    assert_ne!(actor_of(&doc, text, "Israeli-occupied").id, "loc:israel");
    // An organisation that leads is not a country: the mention stays as tagged.
    assert_eq!(actor_of(&doc, text, "NATO-led").kind, Misc);
}

#[test]
fn untagged_demonyms_before_actor_nouns_and_plurals_are_found() {
    let text = "Kyrgyz border guards detained two hunters. The Russians blamed Uzbek smugglers for the incident.";
    let doc = resolve(text, &[]);
    let kyrgyz = actor_of(&doc, text, "Kyrgyz");
    assert_eq!(kyrgyz.id, "loc:kyrgyzstan");
    assert_eq!(actor_of(&doc, text, "Russians").label, "Russia");
    assert!(mentions_of(&doc, text, "Kyrgyz")[0].source == MentionSource::Demonym);
    // "smugglers" is no actor noun: "Uzbek" there is not Uzbekistan acting.
    assert!(mentions_of(&doc, text, "Uzbek").is_empty());
    assert_eq!(doc.mentions.len(), 2);
}

#[test]
fn untagged_demonym_before_a_title_names_the_country() {
    let text = "Tajik President Rahmon flew home, and Kazakh security forces sealed the border.";
    let doc = resolve(text, &[("Rahmon", Per)]);
    assert_eq!(actor_of(&doc, text, "Tajik").id, "loc:tajikistan");
    assert_eq!(actor_of(&doc, text, "Kazakh").id, "loc:kazakhstan");
    assert_eq!(actor_of(&doc, text, "Rahmon").id, "per:rahmon");
    assert_eq!(doc.mentions.len(), 3);
}

#[test]
fn coordinated_demonyms_share_the_noun() {
    let text = "Talks between Tajik and Kyrgyz officials resumed, and the British said they would observe.";
    let doc = resolve(text, &[]);
    assert_eq!(actor_of(&doc, text, "Tajik").label, "Tajikistan");
    assert_eq!(actor_of(&doc, text, "Kyrgyz").label, "Kyrgyzstan");
    assert_eq!(actor_of(&doc, text, "British").id, "loc:united-kingdom");
}

#[test]
fn demonyms_inside_names_stay_there() {
    let text = "The Russian Orthodox Church backed the plan. Latin American leaders were wary. A Russian Orthodox priest spoke.";
    // The first name is tagged; the third is not, and is still no country mention.
    let doc = resolve(text, &[("Russian Orthodox Church", Org)]);
    assert_eq!(doc.actors.len(), 1, "{:?}", doc.actors);
    assert_eq!(doc.actors[0].id, "org:russian-orthodox-church");
    assert!(mentions_of(&doc, text, "American").is_empty());
    assert!(mentions_of(&doc, text, "Russian").is_empty());
}

#[test]
fn demonym_as_nationality_of_a_person_still_names_the_country() {
    let text = "The Kyrgyz journalist Bolot Temirov was deported.";
    let doc = resolve(text, &[("Kyrgyz", Misc), ("Bolot Temirov", Per)]);
    assert_eq!(actor_of(&doc, text, "Kyrgyz").id, "loc:kyrgyzstan");
    assert_eq!(actor_of(&doc, text, "Bolot Temirov").id, "per:bolot-temirov");
}

#[test]
fn countries_get_one_node_whatever_they_are_called() {
    let text = "British diplomats flew to Astana. Britain wants a deal, and the UK trade envoy agreed.";
    let doc = resolve(text, &[("Britain", Loc), ("UK", Org), ("Astana", Loc)]);
    let uk = actor_of(&doc, text, "Britain");
    assert_eq!(uk.id, "loc:united-kingdom");
    assert_eq!(uk.label, "Britain", "the name as the text writes it");
    assert_eq!(uk, actor_of(&doc, text, "British"));
    assert_eq!(uk, actor_of(&doc, text, "UK"));
    assert_eq!(uk.kind, Loc);
}

#[test]
fn country_tagged_as_organisation_becomes_a_location() {
    let text = "Kazakhstan signed the treaty on Monday.";
    let doc = resolve(text, &[("Kazakhstan", Org)]);
    assert_eq!(doc.actors[0].kind, Loc);
    assert_eq!(doc.actors[0].id, "loc:kazakhstan");
}

// ---- 3. titles and possessives ----

#[test]
fn titles_and_nationality_are_trimmed_from_person_names() {
    let text = "Kazakh President Nazarbayev hosted talks. Nazarbayev's aides were upbeat.";
    let doc = resolve(text, &[("Kazakh President Nazarbayev", Per), ("Nazarbayev's", Per)]);
    let person = mentions_of(&doc, text, "Nazarbayev");
    assert_eq!(person.len(), 2, "{:?}", doc.mentions);
    assert!(person.iter().all(|m| m.source == MentionSource::Entity));
    assert_eq!(doc.actor(person[0].actor).id, "per:nazarbayev");
    assert_eq!(person[0].actor, person[1].actor);
    // The trimmed words are outside the mention, which starts at the name.
    assert_eq!(person[0].words, 2..3);
    assert_eq!(person[0].span, analyze(text)[0].words[2]);
    // "Kazakh" became a mention of the country.
    let kazakh = mentions_of(&doc, text, "Kazakh");
    assert_eq!(kazakh.len(), 1);
    assert_eq!(doc.actor(kazakh[0].actor).id, "loc:kazakhstan");
}

#[test]
fn multi_word_titles_ranks_and_honorifics_are_trimmed() {
    let text = "Deputy Prime Minister Erbol Saparov resigned. Gen. Talgat Bekov replied. Mr. Saparov left, and former Foreign Minister Aida Nurlanova agreed.";
    let doc = resolve(
        text,
        &[
            ("Deputy Prime Minister Erbol Saparov", Per),
            ("Gen. Talgat Bekov", Per),
            ("Mr. Saparov", Per),
            ("former Foreign Minister Aida Nurlanova", Per),
        ],
    );
    let labels: Vec<&str> = doc.actors.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["Erbol Saparov", "Talgat Bekov", "Aida Nurlanova"]);
    assert_eq!(mentions_of(&doc, text, "Saparov").len(), 1);
}

#[test]
fn a_possessive_glued_to_the_name_is_cut_from_the_span() {
    // The tokenizer leaves "İnönü's" whole (lower-casing "İ" changes its length).
    let text = "Mehmet İnönü's allies met Mehmet İnönü.";
    let doc = resolve(text, &[("Mehmet İnönü's", Per), ("Mehmet İnönü", Per)]);
    assert_eq!(analyze(text)[0].words[1], Span::new(7, 7 + "İnönü's".len()), "tokenizer kept the word whole");
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].id, "per:mehmet-inonu");
    assert_eq!(mentions_of(&doc, text, "Mehmet İnönü").len(), 2);
}

#[test]
fn a_title_alone_is_no_person_but_a_surname_that_looks_like_one_is() {
    let text = "The Prime Minister arrived late. Mr. King objected.";
    let doc = resolve(text, &[("Prime Minister", Per), ("Mr. King", Per)]);
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].label, "King");
}

// ---- 4. ids and the user's alias table ----

#[test]
fn alias_table_merges_names_across_documents() {
    let aliases =
        AliasTable::from_csv("alias,canonical\nNazarbayev,Nursultan Nazarbayev\n", "test.csv").expect("table");
    let resolver = Resolver::new(Some(aliases));
    let a = "Nazarbayev signed the decree.";
    let b = "Nursultan Nazarbayev vetoed the bill.";
    let doc_a = run(&resolver, a, &[("Nazarbayev", Per)]);
    let doc_b = run(&resolver, b, &[("Nursultan Nazarbayev", Per)]);
    assert_eq!(doc_a.actors[0].id, "per:nursultan-nazarbayev");
    assert_eq!(doc_a.actors[0].label, "Nursultan Nazarbayev");
    assert_eq!(doc_a.actors[0].id, doc_b.actors[0].id);

    // Without the table the short form keeps its own id.
    let plain = resolve(a, &[("Nazarbayev", Per)]);
    assert_eq!(plain.actors[0].id, "per:nazarbayev");
}

#[test]
fn alias_on_a_short_mention_renames_the_whole_group() {
    let aliases =
        AliasTable::from_csv("alias,canonical\nthe cec,Central Election Commission\n", "t.csv").expect("table");
    let resolver = Resolver::new(Some(aliases));
    let text = "The CEC rejected it. The CEC repeated that.";
    let doc = run(&resolver, text, &[("The CEC", Org)]);
    assert_eq!(doc.actors.len(), 1);
    assert_eq!(doc.actors[0].id, "org:central-election-commission");
}

#[test]
fn ids_are_stable_across_spelling_of_case_and_diacritics() {
    let a = resolve("Nazarbáyev spoke.", &[("Nazarbáyev", Per)]);
    let b = resolve("NAZARBAYEV SPOKE.", &[("NAZARBAYEV", Per)]);
    assert_eq!(a.actors[0].id, "per:nazarbayev");
    assert_eq!(a.actors[0].id, b.actors[0].id);
}

// ---- 5. pronouns ----

#[test]
fn pronouns_resolve_to_the_only_recent_person() {
    let text =
        "Atambayev landed in Moscow on Tuesday. He met bankers and praised his hosts. Reporters asked him nothing.";
    let doc = resolve(text, &[("Atambayev", Per), ("Moscow", Loc)]);
    let person = actor_of(&doc, text, "Atambayev").clone();
    let pronouns: Vec<&Mention> = doc.mentions.iter().filter(|m| m.source == MentionSource::Pronoun).collect();
    assert_eq!(pronouns.len(), 3, "{:?}", doc.mentions);
    for p in pronouns {
        assert_eq!(*doc.actor(p.actor), person);
        assert!((p.score - 0.6 * 0.9).abs() < 1e-6);
    }
}

#[test]
fn pronouns_are_left_alone_when_two_people_compete_or_the_name_is_far() {
    let text = "Atambayev met Otunbayeva in Osh. She said little. \
                The summit ended. Trade grew. Prices fell. Then he left.";
    let doc = resolve(text, &[("Atambayev", Per), ("Otunbayeva", Per), ("Osh", Loc)]);
    assert!(doc.mentions.iter().all(|m| m.source != MentionSource::Pronoun), "{:?}", doc.mentions);
}

#[test]
fn an_object_named_in_passing_does_not_block_the_subject() {
    // Lavrov is neither the first name of his sentence nor the last name before
    // "his": the subject Tokayev is the only candidate.
    let text = "Tokayev received Lavrov in Astana. Tokayev said his government would help.";
    let doc = resolve(text, &[("Tokayev", Per), ("Lavrov", Per), ("Astana", Loc)]);
    let his = mentions_of(&doc, text, "his");
    assert_eq!(his.len(), 1);
    assert_eq!(his[0].source, MentionSource::Pronoun);
    assert_eq!(doc.actor(his[0].actor).label, "Tokayev");
}

#[test]
fn it_and_they_are_never_resolved_and_cataphora_is_skipped() {
    let text = "After his speech Tokayev left. The party said it would appeal, and they did.";
    let doc = resolve(text, &[("Tokayev", Per)]);
    assert!(doc.mentions.iter().all(|m| m.source != MentionSource::Pronoun), "{:?}", doc.mentions);
}

// ---- 6. robustness ----

#[test]
fn overlapping_and_broken_entities_do_not_panic_or_overlap() {
    let text = "Ðорж Łukaszenka — «Ünal Çelik» met 北京 officials. Çelik’s aides left.";
    let sentences = analyze(text);
    let start = text.find("Łukaszenka").expect("present");
    let mut ents = vec![
        // Valid.
        Entity { sentence: 0, words: 1..2, span: Span::new(start, start + "Łukaszenka".len()), kind: Per, score: 0.8 },
        // Same words again, overlapping.
        Entity { sentence: 0, words: 0..2, span: Span::new(0, start + "Łukaszenka".len()), kind: Per, score: 0.8 },
        // Out of range sentence and words, span in the middle of a character.
        Entity { sentence: 99, words: Range { start: 5, end: 2 }, span: Span::new(1, 2), kind: Org, score: f32::NAN },
        Entity { sentence: 0, words: 3..99, span: Span::new(usize::MAX - 1, usize::MAX), kind: Loc, score: 2.0 },
    ];
    ents.extend(entities(text, &sentences, &[("Ünal Çelik", Per), ("Çelik’s", Per)]));
    let doc = Resolver::default().resolve(text, &sentences, &ents);
    check_invariants(text, &doc);
    assert_eq!(actor_of(&doc, text, "Çelik").id, "per:unal-celik");
}

#[test]
fn entity_with_bad_word_indices_is_located_by_its_span() {
    let text = "Sooronbay Jeenbekov won.";
    let sentences = analyze(text);
    let end = "Sooronbay Jeenbekov".len();
    let ents = [Entity { sentence: 0, words: 7..9, span: Span::new(0, end), kind: Per, score: 0.9 }];
    let doc = Resolver::default().resolve(text, &sentences, &ents);
    assert_eq!(doc.mentions.len(), 1);
    assert_eq!(doc.mentions[0].words, 0..2);
    assert_eq!(doc.actors[0].id, "per:sooronbay-jeenbekov");
}

#[test]
fn empty_input_gives_an_empty_result() {
    assert_eq!(Resolver::default().resolve("", &[], &[]), ResolvedDoc::default());
}

#[test]
fn resolver_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Resolver>();
}

/// Deterministic fuzzing: random texts from a vocabulary heavy in the words the
/// rules react to, with random (often invalid) entities. Nothing may panic and
/// every result must keep the invariants.
#[test]
fn random_documents_keep_the_invariants() {
    const VOCAB: &[&str] = &[
        "Kazakh",
        "President",
        "Nazarbayev",
        "(",
        "CEC",
        ")",
        "Central",
        "Election",
        "Commission",
        "he",
        "His",
        "her",
        "the",
        "The",
        "Russians",
        "officials",
        "’s",
        "'s",
        "Łukaszenka",
        "北京",
        "—",
        ".",
        ",",
        "Mr.",
        "Gen.",
        "İnönü's",
        "\n\n",
        "Kyrgyz",
        "and",
        "said",
        "Prime",
        "Minister",
        "OSCE",
        "Latin",
        "American",
        "Ünal",
        "Çelik",
        "«",
        "»",
        "U.S.",
        "Kazakhstan",
        "border",
        "guards",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let resolver = Resolver::default();
    let kinds = [Per, Org, Loc, Misc];
    for _ in 0..300 {
        let len = 1 + next(40);
        let text: String = (0..len).map(|_| VOCAB[next(VOCAB.len())]).collect::<Vec<_>>().join(" ");
        let sentences = analyze(&text);
        let mut ents = Vec::new();
        for _ in 0..next(12) {
            let s = next(sentences.len() + 2);
            let n = sentences.get(s).map_or(3, |x| x.words.len() + 2);
            let a = next(n);
            let b = a + next(4);
            let span = match sentences.get(s).and_then(|x| Some((x.words.get(a)?, x.words.get(b.saturating_sub(1))?))) {
                Some((first, last)) if next(5) > 0 => Span { start: first.start, end: last.end },
                _ => Span { start: next(text.len() + 3), end: next(text.len() + 3) },
            };
            let score = [0.9, f32::NAN, -1.0, 7.0][next(4)];
            ents.push(Entity { sentence: s, words: a..b, span, kind: kinds[next(4)], score });
        }
        let doc = resolver.resolve(&text, &sentences, &ents);
        check_invariants(&text, &doc);
    }
}

#[test]
fn surname_mistyped_as_organisation_joins_its_person() {
    let text = "Finance minister Kaisa Virtanen presented the plan. Later, Virtanen defended it.";
    let doc = resolve(text, &[("Kaisa Virtanen", EntityType::Per), ("Virtanen@2", EntityType::Org)]);
    assert_eq!(doc.actors.len(), 1, "{:?}", doc.actors);
    assert_eq!(doc.actors[0].id, "per:kaisa-virtanen");
    assert_eq!(doc.actors[0].kind, EntityType::Per);

    // Two people share the surname: the organisation stays on its own.
    let text = "Kaisa Virtanen and Olli Virtanen spoke. Virtanen won the contract.";
    let doc = resolve(
        text,
        &[("Kaisa Virtanen", EntityType::Per), ("Olli Virtanen", EntityType::Per), ("Virtanen@3", EntityType::Org)],
    );
    assert_eq!(doc.actors.len(), 3, "{:?}", doc.actors);
}

#[test]
fn a_dateline_names_no_actor_and_a_city_in_capitals_is_not_its_label() {
    let text = "HELSINKI (AP) - Finland met Estonia. Helsinki hosted the talks.";
    let doc = resolve(text, &[("HELSINKI", EntityType::Loc), ("Helsinki", EntityType::Loc)]);
    assert_eq!(doc.mentions.iter().filter(|m| &text[m.span.start..m.span.end] == "HELSINKI").count(), 0);
    assert_eq!(actor_of(&doc, text, "Helsinki").label, "Helsinki");
    let text = "Talks opened. HELSINKI hosted them.";
    let doc = resolve(text, &[("HELSINKI", EntityType::Loc)]);
    assert_eq!(actor_of(&doc, text, "HELSINKI").label, "HELSINKI", "a form in capitals only when there is no other");
}

fn ids(doc: &ResolvedDoc) -> Vec<&str> {
    let mut ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn a_first_word_names_the_one_organisation_it_starts() {
    // Invented companies.
    let doc = resolve(
        "Varnex Petroleum Corp will build a plant. Varnex said costs would rise.",
        &[("Varnex Petroleum Corp", Org), ("Varnex", Org)],
    );
    assert_eq!(ids(&doc), ["org:varnex-petroleum-corp"]);
    // Two organisations start with the word: which one is meant cannot be told.
    let doc = resolve(
        "Varnex Petroleum Corp and Varnex Shipping Ltd merged. Varnex said so.",
        &[("Varnex Petroleum Corp", Org), ("Varnex Shipping Ltd", Org), ("Varnex", Org)],
    );
    assert_eq!(ids(&doc), ["org:varnex", "org:varnex-petroleum-corp", "org:varnex-shipping-ltd"]);
}

#[test]
fn a_short_name_is_the_firm_only_company_words_and_a_legal_form_lengthen() {
    // Invented companies.
    let doc = resolve(
        "Brandt Medical Industries Inc bought a rival. Brandt Medical said it would pay cash.",
        &[("Brandt Medical Industries Inc", Org), ("Brandt Medical", Org)],
    );
    assert_eq!(ids(&doc), ["org:brandt-medical-industries-inc"]);
    // Other words make another firm: a finance arm is not its parent.
    let doc = resolve(
        "Orvell Motors Acceptance Corp sold bonds. Orvell Motors said sales rose.",
        &[("Orvell Motors Acceptance Corp", Org), ("Orvell Motors", Org)],
    );
    assert_eq!(ids(&doc), ["org:orvell-motors", "org:orvell-motors-acceptance-corp"]);
}

#[test]
fn the_first_word_of_a_two_word_nation_the_ner_left_out_is_taken_back() {
    let doc = resolve("Offers by South Korean traders rose.", &[("Korean", Misc)]);
    assert_eq!(ids(&doc), ["loc:south-korea"]);
    assert_eq!(doc.mentions[0].span.start, "Offers by ".len());
    // "Korean" alone names no country, and a capital before it that makes no nation
    // is left alone.
    let doc = resolve("Offers by Seoul Korean traders rose.", &[("Korean", Misc)]);
    assert_eq!(ids(&doc), ["misc:korean"]);
}

#[test]
fn the_north_is_the_one_country_named_after_it() {
    let text = "North Korea demanded the return of a veteran. Officials said the North would wait.";
    let doc = resolve(text, &[("North Korea", Loc), ("North@2", Loc)]);
    assert_eq!(ids(&doc), ["loc:north-korea"]);
    // With North Korea and North Macedonia both named, "the North" stays apart.
    let text = "North Korea and North Macedonia signed. Officials said the North would wait.";
    let doc = resolve(text, &[("North Korea", Loc), ("North Macedonia", Loc), ("North@3", Loc)]);
    assert_eq!(ids(&doc), ["loc:north", "loc:north-korea", "loc:north-macedonia"]);
}

#[test]
fn a_title_the_ner_split_from_its_name_is_no_person() {
    // "Ayatollah" and "Ali Khamenei" tagged as two people: one person, titled.
    let text = "Ayatollah Ali Zembani denounced Ruritania. Later Ayatollah Zembani spoke again.";
    let doc = resolve(text, &[("Ayatollah", Per), ("Ali Zembani", Per), ("Zembani", Per), ("Ruritania", Loc)]);
    assert!(doc.actors.iter().all(|a| a.label != "Ayatollah"), "{:?}", doc.actors);
    assert_eq!(actor_of(&doc, text, "Ali Zembani"), actor_of(&doc, text, "Zembani"));
    assert_eq!(actor_of(&doc, text, "Ali Zembani").label, "Ali Zembani");
    // A title with no name after it is left to the NER's judgement ("the King").
    let text = "The King spoke to Ruritania.";
    let doc = resolve(text, &[("King", Per), ("Ruritania", Loc)]);
    assert_eq!(actor_of(&doc, text, "King").label, "King");
}

#[test]
fn a_holder_s_participle_glued_to_a_name_is_no_part_of_it() {
    // "a Houthi-held port": the NER's span is the hyphenated word, the actor the holder.
    let text = "Warplanes struck a Houthi-held port. The Houthi movement said so.";
    let doc = resolve(text, &[("Houthi-held", Org), ("Houthi", Org)]);
    let held = mentions_of(&doc, text, "Houthi");
    assert_eq!(doc.actor(held[0].actor).id, "org:houthi", "{:?}", doc.actors);
    assert_eq!(&text[held[0].span.start..held[0].span.end], "Houthi");
}

#[test]
fn an_opening_article_is_no_part_of_a_group_name_but_of_a_place_name() {
    // "The Zemblan Front" opening a sentence is the group that "the Zemblan Front" names
    // later; "The Hague" keeps its article.
    let text = "The Zemblan Front met envoys in The Hague. Police said the Zemblan Front had left.";
    let doc = resolve(text, &[("The Zemblan Front", Org), ("The Hague", Loc), ("the Zemblan Front", Org)]);
    assert_eq!(mentions_of(&doc, text, "Zemblan Front").len(), 2);
    assert_eq!(actor_of(&doc, text, "Zemblan Front").id, "org:zemblan-front");
    assert_eq!(actor_of(&doc, text, "The Hague").label, "The Hague");
}

#[test]
fn a_stance_before_a_name_is_no_part_of_it() {
    // "the pro-Zembla Borland Residents Union" is the union, named without its stance.
    let text = "Police raided the pro-Zembla Borland Residents Union on Monday.";
    let doc = resolve(text, &[("pro-Zembla Borland Residents Union", Org)]);
    assert_eq!(actor_of(&doc, text, "Borland Residents Union").label, "Borland Residents Union");
}

// ---- hyphenated pairs ----

#[test]
fn a_hyphenated_pair_of_actors_is_two_mentions_and_a_hyphenated_name_one() {
    // Invented organisations; the countries are real.
    let text = "Israeli-Syrian talks resumed and Israel-PLO talks stalled. \
                Tamborg said the Tamborg-Zembla talks failed, and Zembla agreed. \
                Ruth Amsel flew to Guinea-Bissau to discuss the Helms-Burton law with Boutros Boutros-Ghali.";
    let specs = [
        ("Israeli-Syrian", Misc),
        ("Israel-PLO", Loc),
        ("Tamborg-Zembla", Org),
        ("Tamborg", Org),
        ("Zembla", Org),
        ("Ruth Amsel", Per),
        ("Guinea-Bissau", Loc),
        ("Helms-Burton", Misc),
        ("Boutros Boutros-Ghali", Per),
    ];
    let doc = resolve(text, &specs);
    assert_eq!(actor_of(&doc, text, "Israeli").id, "loc:israel");
    assert_eq!(actor_of(&doc, text, "Syrian").id, "loc:syria");
    assert_eq!(actor_of(&doc, text, "Israel").id, "loc:israel");
    assert_eq!(actor_of(&doc, text, "PLO").kind, Org);
    assert_eq!(actor_of(&doc, text, "Zembla").id, "org:zembla");
    assert_eq!(mentions_of(&doc, text, "Tamborg").len(), 2);
    assert_eq!(mentions_of(&doc, text, "Zembla").len(), 2);
    // One actor each: a country, a law named after two people, a person.
    assert_eq!(actor_of(&doc, text, "Guinea-Bissau").id, "loc:guinea-bissau");
    assert_eq!(mentions_of(&doc, text, "Helms-Burton").len(), 1);
    assert_eq!(actor_of(&doc, text, "Boutros Boutros-Ghali").kind, Per);
}

#[test]
fn two_listed_organisations_tagged_as_one_name_across_and_are_two_mentions() {
    let text = "Amnesty International and Human Rights Watch criticised Bosnia and Herzegovina. \
                Mines were cleared. The Mines and Energy Ministry agreed.";
    let specs = [
        ("Amnesty International and Human Rights Watch", Org),
        ("Bosnia and Herzegovina", Loc),
        ("Mines and Energy Ministry", Org),
        ("Mines", Org),
    ];
    let doc = resolve(text, &specs);
    assert_eq!(actor_of(&doc, text, "Amnesty International").id, "org:amnesty-international");
    assert_eq!(actor_of(&doc, text, "Human Rights Watch").id, "org:human-rights-watch");
    // One country; one ministry, though "Mines" is written alone elsewhere.
    assert_eq!(mentions_of(&doc, text, "Bosnia and Herzegovina").len(), 1);
    assert_eq!(mentions_of(&doc, text, "Mines and Energy Ministry").len(), 1);
}

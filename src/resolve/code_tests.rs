//! Actor codes through `Resolver::resolve_dated` and metonymy, on short texts with
//! NER output simulated by tagging chosen substrings (as `tests.rs` does).

use super::tests::entities;
use super::*;
use crate::tokenize::analyze;
use EntityType::{Loc, Misc, Org, Per};

fn resolve_on(text: &str, specs: &[(&str, EntityType)], date: Option<&str>) -> ResolvedDoc {
    let sentences = analyze(text);
    let ents = entities(text, &sentences, specs);
    Resolver::new(None).resolve_dated(text, &sentences, &ents, date)
}

/// The mention that starts at byte `start`.
fn mention_at(doc: &ResolvedDoc, start: usize) -> MentionIndex {
    MentionIndex(doc.mentions.iter().position(|m| m.span.start == start).expect("a mention there"))
}

/// The sector of the actor with id `id`, as its CAMEO code would write it ("" when
/// it has none), for actors with a sector and no country, whose code is empty.
fn sector_of(doc: &ResolvedDoc, id: &str) -> String {
    let a = doc.actor_index(id).unwrap_or_else(|| panic!("no actor {id}: {:?}", doc.actors));
    doc.code(a).and_then(|c| c.sector).map(|s| format!("{s:?}").to_uppercase()).unwrap_or_default()
}

/// The code of the actor with id `id` ("" when it has none).
fn code_of(doc: &ResolvedDoc, id: &str) -> String {
    let a = doc.actor_index(id).unwrap_or_else(|| panic!("no actor {id}: {:?}", doc.actors));
    doc.code(a).map(|c| c.cameo.clone()).unwrap_or_default()
}

#[test]
fn an_office_holder_is_gov_during_the_term_and_not_after() {
    let text = "Boris Yeltsin met the delegation.";
    let specs = [("Boris Yeltsin", Per)];
    assert_eq!(code_of(&resolve_on(text, &specs, Some("1996-07-03")), "per:boris-yeltsin"), "RUSGOV");
    assert_eq!(code_of(&resolve_on(text, &specs, Some("2003-01-10")), "per:boris-yeltsin"), "RUSELI");
    // No date: the country alone, not a guess at the office.
    assert_eq!(code_of(&resolve_on(text, &specs, None), "per:boris-yeltsin"), "RUS");
    let clinton = resolve_on("Bill Clinton spoke.", &[("Bill Clinton", Per)], Some("1996-05-01"));
    assert_eq!(code_of(&clinton, "per:bill-clinton"), "USAGOV");
}

#[test]
fn titles_give_codes_to_people_the_dictionaries_do_not_know() {
    let text = "Kyrgyz President Jomart Saparbekov accused Kazakh Foreign Minister Erlan Duisenov of meddling. \
                Former Prime Minister Temir Sariev was silent, and Gen. Asan Bekov stayed home.";
    let doc = resolve_on(
        text,
        &[("Jomart Saparbekov", Per), ("Erlan Duisenov", Per), ("Temir Sariev", Per), ("Asan Bekov", Per)],
        Some("2017-10-07"),
    );
    assert_eq!(code_of(&doc, "per:jomart-saparbekov"), "KGZGOV");
    assert_eq!(code_of(&doc, "per:erlan-duisenov"), "KAZGOV");
    // A former office holder is an elite, as CAMEO codes him; a general is military.
    let sariev = doc.actor_index("per:temir-sariev").unwrap();
    assert_eq!(doc.code(sariev).and_then(|c| c.sector), Some(crate::actors::Sector::Eli));
    let bekov = doc.actor_index("per:asan-bekov").unwrap();
    assert_eq!(doc.code(bekov).and_then(|c| c.sector), Some(crate::actors::Sector::Mil));
    // The title inside the entity, as the NER sometimes gives it.
    let inside =
        resolve_on("Kyrgyz President Jomart Saparbekov spoke.", &[("Kyrgyz President Jomart Saparbekov", Per)], None);
    assert_eq!(code_of(&inside, "per:jomart-saparbekov"), "KGZGOV");
}

#[test]
fn an_office_before_an_honorific_or_a_rank_is_the_title() {
    // "Kyrgyz Prime Minister Sheikh X": the office, not the honorific, gives the sector;
    // "Kazakh Defence Minister General Y" is a minister, and "Sheikh Z" alone no one's.
    let text = "Kyrgyz Prime Minister Sheikh Omar Batyr met Kazakh Defence Minister General Asan Bekov. \
                Sheikh Ali Nur spoke.";
    let doc = resolve_on(text, &[("Omar Batyr", Per), ("Asan Bekov", Per), ("Ali Nur", Per)], Some("2017-10-07"));
    assert_eq!(code_of(&doc, "per:omar-batyr"), "KGZGOV");
    assert_eq!(code_of(&doc, "per:asan-bekov"), "KAZGOV");
    assert!(doc.actor_index("per:ali-nur").is_some_and(|a| doc.code(a).and_then(|c| c.sector).is_none()));
}

#[test]
fn demonym_collectives_carry_their_sector() {
    let text = "Iraqi troops entered the town. Iraqi troops and Iraqi police clashed with Kurdish fighters.";
    let doc = resolve_on(text, &[], Some("2003-04-01"));
    assert_eq!(code_of(&doc, "loc:iraq"), "IRQMIL", "two mentions MIL, one COP: the majority");
    let officials = resolve_on(
        "Kazakhstan is large. Kazakh officials rejected it.",
        &[("Kazakhstan", Loc), ("Kazakh", Misc)],
        None,
    );
    assert_eq!(code_of(&officials, "loc:kazakhstan"), "KAZGOV");
    // One person of a nation is no collective: "a Kazakh farmer" gives no sector.
    let one = resolve_on(
        "Kazakhstan is large. A Kazakh officer and a Kazakh farmer spoke.",
        &[("Kazakhstan", Loc), ("Kazakh", Misc)],
        None,
    );
    assert_eq!(code_of(&one, "loc:kazakhstan"), "KAZ");
    let bare = resolve_on("Kazakhstan is large.", &[("Kazakhstan", Loc)], Some("2017-01-01"));
    assert_eq!(code_of(&bare, "loc:kazakhstan"), "KAZ");
    // The date matters for a country too: Kazakhstan was a Soviet republic until 1991.
    let soviet = resolve_on("Kazakhstan is large.", &[("Kazakhstan", Loc)], Some("1985-01-01"));
    assert_eq!(code_of(&soviet, "loc:kazakhstan"), "SUN");
}

#[test]
fn organisations_get_dictionary_codes_or_their_nation_and_head_noun() {
    // In separate documents (within one, the acronym already joins the name).
    let un = resolve_on("The U.N. said so.", &[("U.N.", Org)], None);
    assert_eq!(code_of(&un, "org:u-n"), "IGOUNO");
    let un = resolve_on("The United Nations said so.", &[("United Nations", Org)], None);
    assert_eq!(code_of(&un, "org:united-nations"), "IGOUNO");
    let text = "The Kazakh Central Election Commission met.";
    let doc = resolve_on(text, &[("Kazakh Central Election Commission", Org)], None);
    assert_eq!(code_of(&doc, "org:kazakh-central-election-commission"), "KAZGOV");
    let text = "Kazakhstan's Central Election Commission met.";
    let doc = resolve_on(text, &[("Kazakhstan", Loc), ("Central Election Commission", Org)], None);
    // A nation before the name; a name that says only what the body is makes it
    // that nation's body, one node with "Kazakh Central Election Commission".
    assert_eq!(code_of(&doc, "org:kazakh-central-election-commission"), "KAZGOV", "a nation before the name");
    let ministry = |text: &str, nation: &str| {
        let doc = resolve_on(text, &[(nation, Loc), ("Foreign Ministry", Org)], Some("1996-08-30"));
        doc.actors.iter().map(|a| a.id.clone()).filter(|id| id.starts_with("org:")).collect::<Vec<_>>()
    };
    assert_eq!(ministry("Greece's Foreign Ministry protested.", "Greece"), ["org:greek-foreign-ministry"]);
    assert_eq!(ministry("Turkey's Foreign Ministry protested.", "Turkey"), ["org:turkish-foreign-ministry"]);
    let doc =
        resolve_on("Greece's The Foreign Ministry protested.", &[("Greece", Loc), ("The Foreign Ministry", Org)], None);
    assert!(doc.actor_index("org:greek-foreign-ministry").is_some(), "an article the NER took in is dropped");
    let doc = resolve_on("The Foreign Ministry protested.", &[("Foreign Ministry", Org)], None);
    assert!(doc.actor_index("org:foreign-ministry").is_some(), "no country, no nation in the name");
    let doc = resolve_on(
        "Greece's Democratic Left Alliance protested.",
        &[("Greece", Loc), ("Democratic Left Alliance", Org)],
        None,
    );
    assert!(doc.actor_index("org:democratic-left-alliance").is_some(), "a proper name keeps its own");
    let club = resolve_on("Barcelona beat Real Madrid.", &[("Barcelona", Org), ("Real Madrid", Org)], None);
    assert_eq!(code_of(&club, "org:barcelona"), "", "a club named after a city is not Spain");
    let misc = resolve_on("The Olympics began.", &[("Olympics", Misc)], None);
    assert_eq!(code_of(&misc, "misc:olympics"), "");
}

/// A relation's arguments whose target is not struck.
fn acting(source: MentionIndex, target: MentionIndex) -> Arguments {
    Arguments { source, target, target_struck: false }
}

#[test]
fn a_place_struck_or_taken_stays_the_place() {
    // "Ukrainian forces shelled Moscow" is an attack on the city; "Ukraine accused
    // Moscow" is one on Russia's government.
    let text = "Ukrainian forces shelled Moscow. Ukraine accused Moscow.";
    let mut doc = resolve_on(text, &[("Ukrainian", Misc), ("Moscow", Loc), ("Ukraine", Loc)], Some("2014-03-01"));
    let ukrainian = mention_at(&doc, 0);
    let moscow1 = mention_at(&doc, text.find("Moscow").unwrap());
    let (ukraine, moscow2) =
        (mention_at(&doc, text.find("Ukraine ").unwrap()), mention_at(&doc, text.rfind("Moscow").unwrap()));
    Resolver::new(None).apply_metonymy(
        &mut doc,
        [Arguments { source: ukrainian, target: moscow1, target_struck: true }, acting(ukraine, moscow2)],
        [],
        crate::actors::day_of("2014-03-01"),
    );
    let id = |m: MentionIndex| doc.actor_of(m).id.clone();
    assert_eq!(id(moscow1), "loc:moscow");
    assert_eq!(id(moscow2), "loc:russia");
}

#[test]
fn a_capital_acting_is_its_country_a_venue_stays_a_place() {
    let text = "Moscow accused Kiev of provocations. Lavrov met Kerry in Moscow.";
    let mut doc =
        resolve_on(text, &[("Moscow", Loc), ("Kiev", Loc), ("Lavrov", Per), ("Kerry", Per)], Some("2014-03-01"));
    let (moscow1, kiev) = (mention_at(&doc, 0), mention_at(&doc, text.find("Kiev").unwrap()));
    let moscow2 = mention_at(&doc, text.rfind("Moscow").unwrap());
    // Only the first sentence's two names are relation arguments.
    Resolver::new(None).apply_metonymy(&mut doc, [acting(moscow1, kiev)], [], crate::actors::day_of("2014-03-01"));
    let id = |m: MentionIndex| doc.actor_of(m).id.clone();
    assert_eq!(id(moscow1), "loc:russia");
    assert_eq!(id(kiev), "loc:ukraine");
    assert_eq!(id(moscow2), "loc:moscow", "the venue stays a place");
    assert_eq!(code_of(&doc, "loc:russia"), "RUSGOV");
    assert_eq!(code_of(&doc, "loc:ukraine"), "UKRGOV");
}

#[test]
fn a_place_never_stands_for_the_country_at_the_other_end() {
    // A city shelled by its own country's troops stays the city.
    let text = "Russian troops shelled Moscow. Kiev accused Moscow.";
    let mut doc = resolve_on(text, &[("Russian", Misc), ("Moscow", Loc), ("Kiev", Loc)], Some("2014-03-01"));
    let russian = mention_at(&doc, 0);
    let moscow1 = mention_at(&doc, text.find("Moscow").unwrap());
    let (kiev, moscow2) =
        (mention_at(&doc, text.find("Kiev").unwrap()), mention_at(&doc, text.rfind("Moscow").unwrap()));
    assert_eq!(doc.actor_of(russian).id, "loc:russia");
    Resolver::new(None).apply_metonymy(
        &mut doc,
        [acting(russian, moscow1), acting(kiev, moscow2)],
        [],
        crate::actors::day_of("2014-03-01"),
    );
    let id = |m: MentionIndex| doc.actor_of(m).id.clone();
    assert_eq!(id(moscow1), "loc:moscow", "Russia against Russia would be no relation");
    assert_eq!(id(russian), "loc:russia");
    assert_eq!(id(kiev), "loc:ukraine");
    assert_eq!(id(moscow2), "loc:russia", "each mention on its own: here the capital acts");
}

#[test]
fn a_capital_acting_on_a_place_of_its_own_country_is_its_government() {
    // "Moscow sent troops to quell Chechnya's independence bid": Russia's government
    // against the region, which stays a place; Moscow acting on Russia itself stays a city.
    let text = "Moscow moved to quell Chechnya. Moscow accused Russia.";
    let mut doc = resolve_on(text, &[("Moscow", Loc), ("Chechnya", Loc), ("Russia", Loc)], Some("1996-08-31"));
    let (moscow1, chechnya) = (mention_at(&doc, 0), mention_at(&doc, text.find("Chechnya").unwrap()));
    let (moscow2, russia) =
        (mention_at(&doc, text.rfind("Moscow").unwrap()), mention_at(&doc, text.find("Russia").unwrap()));
    Resolver::new(None).apply_metonymy(
        &mut doc,
        [acting(moscow1, chechnya), acting(moscow2, russia)],
        [],
        crate::actors::day_of("1996-08-31"),
    );
    let id = |m: MentionIndex| doc.actor_of(m).id.clone();
    assert_eq!(id(moscow1), "loc:russia");
    assert_eq!(id(chechnya), "loc:chechnya");
    assert_eq!(id(moscow2), "loc:moscow");
}

#[test]
fn a_nation_and_a_role_noun_before_a_name_give_a_code() {
    // "historian" and "consul" are role nouns of the agents dictionary, not titles.
    let text = "British historian Alan Percivale died. Danish consul Leo Nielsen was jailed. \
                Russian troops killed Ruslan Gelayev.";
    let doc = resolve_on(
        text,
        &[
            ("British", Misc),
            ("Alan Percivale", Per),
            ("Danish", Misc),
            ("Leo Nielsen", Per),
            ("Russian", Misc),
            ("Ruslan Gelayev", Per),
        ],
        Some("1996-08-20"),
    );
    assert_eq!(code_of(&doc, "per:alan-percivale"), "GBREDU");
    assert_eq!(code_of(&doc, "per:leo-nielsen"), "DNKGOV");
    // A verb between the nation and the name: the nation is someone else's.
    assert_eq!(code_of(&doc, "per:ruslan-gelayev"), "");
}

#[test]
fn a_nation_before_words_that_qualify_a_title_gives_the_country() {
    let text = "Prosecutors accused Iran's intelligence minister Ali Fallahiyan. \
                Azerbaijani presidential adviser Vafa Gulizade met him. \
                Talks with Iran and minister Jane Roe went on.";
    let doc = resolve_on(
        text,
        &[("Iran", Loc), ("Ali Fallahiyan", Per), ("Azerbaijani", Misc), ("Vafa Gulizade", Per), ("Jane Roe", Per)],
        Some("1996-08-20"),
    );
    assert_eq!(code_of(&doc, "per:ali-fallahiyan"), "IRNGOV");
    assert_eq!(code_of(&doc, "per:vafa-gulizade"), "AZEGOV");
    // "and" joins two phrases: no nation reaches across it.
    let roe = doc.actor_index("per:jane-roe").unwrap();
    let code = doc.code(roe).unwrap();
    assert_eq!((code.country, code.sector), (None, Some(crate::actors::Sector::Gov)));
}

#[test]
fn a_person_takes_the_code_of_the_organisation_he_speaks_for() {
    // Invented names; the organisations are in the dictionaries.
    let text = "Pentagon spokesman Carl Dorning said troops were ready. \
                Ruth Amsel of the United Nations disagreed. \
                Tom Vella, a spokesman for the Pentagon, agreed.";
    let specs =
        [("Pentagon", Org), ("Carl Dorning", Per), ("Ruth Amsel", Per), ("United Nations", Org), ("Tom Vella", Per)];
    let doc = resolve_on(text, &specs, Some("1996-08-31"));
    assert_eq!(code_of(&doc, "per:carl-dorning"), "USAMIL");
    assert_eq!(code_of(&doc, "per:ruth-amsel"), "IGOUNO");
    assert_eq!(code_of(&doc, "per:tom-vella"), "USAMIL");
    // A byline: the newsroom after the comma (its city places it).
    let text = "-- Ana Petrescu, Bucharest Newsroom 40-1 3120264";
    let doc = resolve_on(text, &[("Ana Petrescu", Per), ("Bucharest Newsroom", Org)], None);
    assert_eq!(code_of(&doc, "per:ana-petrescu"), "ROUMED");
    // A list is no byline.
    let text = "Suppliers were Ana Petrescu, Bucharest Newsroom and Lear.";
    let doc = resolve_on(text, &[("Ana Petrescu", Per), ("Bucharest Newsroom", Org), ("Lear", Org)], None);
    assert_eq!(code_of(&doc, "per:ana-petrescu"), "");
    // A name next to an organisation without a tie stays uncoded.
    let text = "Carl Dorning met the Pentagon chief. Ruth Amsel and the United Nations agreed.";
    let specs = [("Pentagon", Org), ("Carl Dorning", Per), ("Ruth Amsel", Per), ("United Nations", Org)];
    let doc = resolve_on(text, &specs, Some("1996-08-31"));
    assert_eq!(code_of(&doc, "per:carl-dorning"), "");
    assert_eq!(code_of(&doc, "per:ruth-amsel"), "");
}

#[test]
fn organisations_are_placed_by_a_place_in_the_name_or_the_dateline_when_their_kind_is_known() {
    let text = "The Central Jakarta District Court adjourned. Real Madrid won.";
    let doc = resolve_on(text, &[("Central Jakarta District Court", Org), ("Real Madrid", Org)], None);
    assert_eq!(code_of(&doc, "org:central-jakarta-district-court"), "IDNJUD");
    assert_eq!(code_of(&doc, "org:real-madrid"), "", "a place in a club's name does not place it");
    // Invented names; the dateline places a firm, a newspaper and a village, not a
    // region and not a name of unknown kind.
    let text = "BOGOTA , Colombia 1996-08-30\nKorvath Holdings Inc said the daily El Cronista Libre was wrong. \
                Farmers in Las Brisas and across Latin America agreed with Ruiz Ortega.";
    let specs = [
        ("Korvath Holdings Inc", Org),
        ("El Cronista Libre", Org),
        ("Las Brisas", Loc),
        ("Latin America", Loc),
        ("Ruiz Ortega", Per),
    ];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "org:korvath-holdings-inc"), "COLBUS");
    assert_eq!(code_of(&doc, "org:el-cronista-libre"), "COLMED");
    assert_eq!(code_of(&doc, "loc:las-brisas"), "COL");
    assert_eq!(code_of(&doc, "loc:latin-america"), "LAM", "a region keeps its region code");
    assert_eq!(code_of(&doc, "per:ruiz-ortega"), "");
    // Without a dateline, nothing is guessed.
    let doc = resolve_on(&text[text.find('\n').unwrap() + 1..], &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "org:korvath-holdings-inc"), "");
    assert_eq!(code_of(&doc, "loc:las-brisas"), "");
    // A firm's short name, once written in full with its legal form, is a firm too.
    let text = "BOGOTA , Colombia 1996-08-30\nKorvath Holdings Inc rose. Korvath Holdings said sales grew.";
    let doc = resolve_on(text, &[("Korvath Holdings Inc", Org), ("Korvath Holdings", Org)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "org:korvath-holdings-inc"), "COLBUS");
}

#[test]
fn a_person_before_a_title_is_whom_it_serves_not_a_place() {
    // "Dole" and "Clinton" are also towns (in France and the United States): the
    // title's sector stands, but the candidate's name places no one.
    let text = "Dole campaign manager Harlan Pryce wrote to Clinton 's campaign chairman Vera Moss.";
    let specs = [("Dole", Per), ("Harlan Pryce", Per), ("Clinton", Per), ("Vera Moss", Per)];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!((code_of(&doc, "per:harlan-pryce").as_str(), sector_of(&doc, "per:harlan-pryce").as_str()), ("", "PTY"));
    assert_eq!((code_of(&doc, "per:vera-moss").as_str(), sector_of(&doc, "per:vera-moss").as_str()), ("", "PTY"));
    // A place there places the holder ("Chicago Cardinal X").
    let doc =
        resolve_on("Chicago Cardinal Joseph Brannock said so.", &[("Chicago", Loc), ("Joseph Brannock", Per)], None);
    assert_eq!(code_of(&doc, "per:joseph-brannock"), "USAREL");
}

#[test]
fn an_apposition_names_a_firm_officer() {
    let text = "Sales fell, said Tomas Everly, chief financial officer.";
    let doc = resolve_on(text, &[("Tomas Everly", Per)], Some("1996-08-30"));
    assert_eq!(sector_of(&doc, "per:tomas-everly"), "BUS");
}

#[test]
fn a_place_is_in_the_country_the_text_puts_it_in_before_the_dateline() {
    // Invented places: the country after a comma, or a known place owning it, wins over
    // the dateline; a list of known countries is no such pair.
    let text = "BOGOTA , Colombia 1996-08-30\nThe ship sank off Port Vellam, Canada, and reached \
                Jakarta's Sunda Harbour port. Farmers in Las Brisas, Peru and Chile protested.";
    let specs = [("Port Vellam", Loc), ("Canada", Loc), ("Jakarta", Loc), ("Sunda Harbour", Loc), ("Las Brisas", Loc)];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "loc:port-vellam"), "CAN");
    assert_eq!(code_of(&doc, "loc:sunda-harbour"), "IDN");
    assert_eq!(code_of(&doc, "loc:las-brisas"), "COL", "a list is no pair: the dateline");
    assert_eq!(code_of(&doc, "loc:canada"), "CAN");
    let doc = resolve_on("BOGOTA , Colombia 1996-08-30\nFarmers in Las Brisas, Peru, protested.", &specs[4..], None);
    assert_eq!(code_of(&doc, "loc:las-brisas"), "PER");
}

#[test]
fn the_dateline_places_no_place_whose_sentence_names_another_country() {
    // An invented region: in a story datelined Bonn, a region in a sentence about
    // Armenia and Azerbaijan is not German; one in a sentence naming no country is.
    let specs = [("Armenia", Loc), ("Azerbaijan", Loc), ("Karvat", Loc)];
    let text = "BONN 1996-08-30\nEnvoys of Armenia and Azerbaijan discussed the Karvat region.";
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "loc:karvat"), "");
    let text = "BONN 1996-08-30\nFarmers near Karvat protested.";
    let doc = resolve_on(text, &specs[2..], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "loc:karvat"), "DEU");
}

#[test]
fn an_apposition_after_the_name_gives_the_role() {
    // Invented people.
    let text = "Tomas Rell, a senior trade adviser, spoke. Semyon Petrov, the speaker of the Belarus parliament, \
                objected. Ana Lind of Sweden agreed. The envoy met Ivo Kerr, President Mota said.";
    let specs = [("Tomas Rell", Per), ("Semyon Petrov", Per), ("Ana Lind", Per), ("Ivo Kerr", Per), ("Mota", Per)];
    let doc = resolve_on(text, &specs, None);
    let sector = |id: &str| doc.code(doc.actor_index(id).unwrap()).and_then(|c| c.sector);
    assert_eq!(sector("per:tomas-rell"), Some(crate::actors::Sector::Gov));
    assert_eq!(code_of(&doc, "per:semyon-petrov"), "BLRLEG", "the body's kind is the sector");
    assert_eq!(code_of(&doc, "per:ana-lind"), "SWE");
    assert_eq!(code_of(&doc, "per:ivo-kerr"), "", "the title is the next person's");
    let doc = resolve_on("Louis Dorr, the U.S. black leader, spoke.", &[("Louis Dorr", Per)], None);
    assert_eq!(code_of(&doc, "per:louis-dorr").get(..3), Some("USA"), "a nation before a qualified title");
    // A title before its verb is the subject of a clause of its own.
    let doc = resolve_on("Talks were held with Ivo Kerr, the spokesman said.", &[("Ivo Kerr", Per)], None);
    assert_eq!(sector_of(&doc, "per:ivo-kerr"), "");
    let doc = resolve_on("Talks were held with Ivo Kerr, the spokesman, on Monday.", &[("Ivo Kerr", Per)], None);
    assert_ne!(sector_of(&doc, "per:ivo-kerr"), "");
}

#[test]
fn a_title_before_a_name_reads_the_whole_capitalised_run_before_it() {
    // "Rouge" is a town in Canada, but the end of a longer name places no one.
    let doc = resolve_on("Dissident Khmer Rouge leader Ieng Sary spoke.", &[("Ieng Sary", Per)], None);
    assert_eq!(code_of(&doc, "per:ieng-sary"), "");
    // "Former" before the place makes a former holder; before another's name, not.
    let doc = resolve_on("Former Moscow Mayor Ivan Petrov spoke.", &[("Ivan Petrov", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:ivan-petrov"), "RUSELI");
    let doc = resolve_on(
        "Yeltsin sacked former aide Oleg Lobov and met Interior Minister Ivan Petrov.",
        &[("Oleg Lobov", Per), ("Ivan Petrov", Per)],
        Some("1996-08-30"),
    );
    let petrov = doc.code(doc.actor_index("per:ivan-petrov").unwrap()).and_then(|c| c.sector);
    assert_eq!(petrov, Some(crate::actors::Sector::Gov), "another's 'former' is not his");
}

#[test]
fn a_country_is_labelled_as_the_text_names_it_and_identified_by_its_canonical_name() {
    let text = "ZAIRE 1996-08-30\nZairean Prime Minister Leon Kengo met officials of Zaire. Britain objected.";
    let doc = resolve_on(text, &[("ZAIRE", Loc), ("Leon Kengo", Per), ("Zaire", Loc), ("Britain", Loc)], None);
    let label = |id: &str| doc.actors.iter().find(|a| a.id == id).map(|a| a.label.clone());
    assert_eq!(label("loc:democratic-republic-of-the-congo").as_deref(), Some("Zaire"));
    assert_eq!(label("loc:united-kingdom").as_deref(), Some("Britain"));
    assert_eq!(code_of(&doc, "per:leon-kengo"), "CODGOV");
}

#[test]
fn a_nation_anywhere_in_an_organisations_name_places_it_and_the_head_may_come_before_of() {
    let doc = resolve_on("Air Mali cancelled flights.", &[("Air Mali", Org)], None);
    assert_eq!(code_of(&doc, "org:air-mali"), "MLI");
    let doc = resolve_on("The University of Nebraska said so.", &[("University of Nebraska", Org)], None);
    assert_eq!(code_of(&doc, "org:university-of-nebraska"), "USAEDU");
    let doc = resolve_on("The New Mexico Activities Board ruled.", &[("New Mexico Activities Board", Org)], None);
    assert_eq!(
        code_of(&doc, "org:new-mexico-activities-board").get(..3),
        Some("USA"),
        "a nation ending a place's name"
    );
    // A title before a person's name, his country after it (invented name).
    let doc = resolve_on("Council President Jan Berger of Austria spoke.", &[("Jan Berger", Per)], None);
    assert_eq!(code_of(&doc, "per:jan-berger"), "AUTGOV");
}

#[test]
fn a_city_before_a_title_places_the_holder_and_clergy_are_religious() {
    // Invented people.
    let doc = resolve_on(
        "Moscow Mayor Ivan Petrov and Chicago Bishop Tom Ward met.",
        &[("Ivan Petrov", Per), ("Tom Ward", Per)],
        None,
    );
    assert_eq!(code_of(&doc, "per:ivan-petrov"), "RUSGOV");
    assert_eq!(code_of(&doc, "per:tom-ward"), "USAREL");
}

#[test]
fn an_apposition_before_a_titled_name_or_with_a_place_phrase_gives_the_country() {
    // Invented people.
    let text = "The Russian army commander in the region, General Ivan Dorov, arrived.";
    let doc = resolve_on(text, &[("Ivan Dorov", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:ivan-dorov"), "RUSMIL");
    let text = "The commander of Russian troops in Chechnya, Oleg Sarin, signed.";
    let doc = resolve_on(text, &[("Oleg Sarin", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:oleg-sarin"), "RUSMIL");
    // A clause, not a place phrase, between the title and the name.
    let text = "The Russian army commander said on Monday, Oleg Sarin agreed.";
    let doc = resolve_on(text, &[("Oleg Sarin", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:oleg-sarin"), "");
}

#[test]
fn an_apposition_before_the_name_gives_the_role() {
    // Invented people.
    let text = "The speaker of the Belarus parliament, Semyon Petrov, objected. \
                The Iraqi foreign minister, Adil Karim, agreed. \
                The speaker said on Monday, Ivo Kerr and Ana Lind left.";
    let specs = [("Semyon Petrov", Per), ("Adil Karim", Per), ("Ivo Kerr", Per), ("Ana Lind", Per)];
    let doc = resolve_on(text, &specs, None);
    assert_eq!(code_of(&doc, "per:semyon-petrov"), "BLRLEG");
    assert_eq!(code_of(&doc, "per:adil-karim"), "IRQGOV");
    assert_eq!(code_of(&doc, "per:ivo-kerr"), "", "a clause before the comma is no apposition");
}

#[test]
fn a_group_named_by_a_plural_role_noun_has_its_sector() {
    let text = "WASHINGTON 1996-08-30\nThe Marines landed. Anglicans and Jewish leaders prayed for A Woman.";
    let specs = [("Marines", Misc), ("Anglicans", Misc), ("Jewish", Misc), ("A Woman", Misc)];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "misc:marines"), "USAMIL", "the dateline places a force");
    let anglicans = doc.code(doc.actor_index("misc:anglicans").unwrap()).cloned();
    assert_eq!(
        anglicans.map(|c| (c.country, c.sector)),
        Some((None, Some(crate::actors::Sector::Rel))),
        "a faith has no dateline"
    );
    assert_eq!(code_of(&doc, "misc:jewish"), "", "an adjective names no group");
    assert_eq!(code_of(&doc, "misc:a-woman"), "");
}

#[test]
fn a_group_named_after_a_nation_is_of_that_country() {
    let text = "Bosnian Serb leaders and Iraqi Kurdish parties met Samba Dancers.";
    let doc = resolve_on(
        text,
        &[("Bosnian Serb", Misc), ("Iraqi Kurdish", Misc), ("Samba Dancers", Misc)],
        Some("1996-08-30"),
    );
    assert_eq!(code_of(&doc, "misc:bosnian-serb"), "BIH");
    assert_eq!(code_of(&doc, "misc:iraqi-kurdish"), "IRQ");
    assert_eq!(code_of(&doc, "misc:samba-dancers"), "");
}

#[test]
fn a_city_before_a_title_places_the_holder_in_its_country_of_the_day() {
    // Belgrade is filed under Yugoslavia, then Serbia and Montenegro, then Serbia.
    let text = "Belgrade airport General Director Dragan Petrovic said flights would resume.";
    let specs = [("Belgrade", Loc), ("Dragan Petrovic", Per)];
    assert_eq!(code_of(&resolve_on(text, &specs, Some("1996-08-30")), "per:dragan-petrovic"), "SCG");
    assert_eq!(code_of(&resolve_on(text, &specs, Some("2012-03-01")), "per:dragan-petrovic"), "SRB");
}

#[test]
fn a_capital_that_acts_outside_a_relation_is_its_country_another_city_is_not() {
    // "Moscow sent troops. Guangzhou uses containers. Bonn said ...": found as agents by
    // relate; only capitals, on the document's day, stand for their country.
    let text = "Moscow sent troops. Guangzhou uses containers. Bonn said so.";
    let entities = [("Moscow", Loc), ("Guangzhou", Loc), ("Bonn", Loc)];
    for (date, bonn_id) in [("1996-08-30", "loc:germany"), ("2005-01-10", "loc:bonn")] {
        let mut doc = resolve_on(text, &entities, Some(date));
        let at = |w: &str| mention_at(&doc, text.find(w).unwrap());
        let (moscow, guangzhou, bonn) = (at("Moscow"), at("Guangzhou"), at("Bonn"));
        Resolver::new(None).apply_metonymy(&mut doc, [], [moscow, guangzhou, bonn], crate::actors::day_of(date));
        let id = |m: MentionIndex| doc.actor_of(m).id.clone();
        assert_eq!(id(moscow), "loc:russia");
        assert_eq!(id(guangzhou), "loc:guangzhou", "a city that is no capital stays itself");
        assert_eq!(id(bonn), bonn_id, "Bonn was the seat of government until 1999");
    }
}

#[test]
fn a_nation_before_a_role_phrase_before_an_organisation_places_it() {
    // Invented names; the dateline would have placed the paper in France.
    let text =
        "PARIS 1996-08-31\nThe Algerian daily Le Courrier said seven died. Iraqi troops shelled Varnex Corp offices.";
    let doc = resolve_on(text, &[("Le Courrier", Org), ("Iraqi", Misc), ("Varnex Corp", Org)], Some("1996-08-31"));
    assert_eq!(code_of(&doc, "org:le-courrier"), "DZAMED");
    assert_eq!(code_of(&doc, "org:varnex-corp"), "FRABUS", "troops shelled: no role phrase of the body");
    let text = "Unlisted German retailers Varno, Keddel and Brix were in talks.";
    let doc = resolve_on(text, &[("Varno", Org), ("Keddel", Org), ("Brix", Org)], None);
    for id in ["org:varno", "org:keddel", "org:brix"] {
        assert_eq!(code_of(&doc, id), "DEUBUS", "{id}: what stands before a list stands before each name");
    }
}

#[test]
fn a_former_state_is_coded_by_the_day() {
    let code = |date: &str| {
        let doc = resolve_on("Yugoslavia protested.", &[("Yugoslavia", Loc)], Some(date));
        doc.actors
            .iter()
            .map(|a| (a.id.clone(), doc.code(doc.actor_index(&a.id).unwrap()).map(|c| c.cameo.clone())))
            .collect::<Vec<_>>()
    };
    assert_eq!(code("1990-05-01")[0].1.as_deref(), Some("YUG"), "the SFRY");
    assert_eq!(code("1996-08-30")[0].1.as_deref(), Some("SCG"), "the federal republic, Serbia and Montenegro");
}

#[test]
fn a_title_reads_the_role_phrase_the_words_before_it_complete() {
    // Invented people. The title is "Secretary"; the role, "foreign secretary".
    let doc = resolve_on("British Foreign Secretary Tom Vale spoke.", &[("Tom Vale", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:tom-vale"), "GBRGOV");
    let doc = resolve_on("Russian security chief Oleg Dron spoke.", &[("Oleg Dron", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:oleg-dron"), "RUSGOV", "a role noun that is no title");
    let doc = resolve_on("Dutch Queen Anna Berk spoke.", &[("Anna Berk", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:anna-berk"), "NLDGOV", "a reigning monarch");
    // A counterpart holds the same office elsewhere, before the name or set beside it.
    let text = "Polish President Jan Nowak and his Slovenian counterpart, Ivo Kranj, met. \
                Talks with his Chinese counterpart Li Wen followed.";
    let doc = resolve_on(text, &[("Jan Nowak", Per), ("Ivo Kranj", Per), ("Li Wen", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:ivo-kranj"), "SVNGOV");
    assert_eq!(code_of(&doc, "per:li-wen"), "CHNGOV");
    // A side other than the state's before the title.
    let text = "Rebel chief-of-staff Ali Varo and separatist President Rina Dor spoke.";
    let doc = resolve_on(text, &[("Ali Varo", Per), ("Rina Dor", Per)], Some("1996-08-30"));
    assert_eq!(sector_of(&doc, "per:ali-varo"), "REB");
    assert_eq!(sector_of(&doc, "per:rina-dor"), "REB");
    let text = "Ali Varo, president of the self-declared separatist government, spoke.";
    assert_eq!(sector_of(&resolve_on(text, &[("Ali Varo", Per)], None), "per:ali-varo"), "REB");
    // A nation's Red Cross society is a non-governmental body of that nation.
    let text = "North Korean Red Cross president Li Song-ho wrote.";
    let doc = resolve_on(text, &[("North Korean Red Cross", Org), ("Li Song-ho", Per)], Some("1996-08-31"));
    assert_eq!(code_of(&doc, "per:li-song-ho"), "PRKNGO");
}

#[test]
fn a_role_phrase_beside_an_organisation_says_what_kind_of_body_it_is() {
    // Invented organisations.
    let text = "Fighters of the Free Tigers of Oland ( FTO ) rebels attacked. \
                Blue Dawn ( BD ) party leaders met. Norvex officials spoke.";
    let specs = [("Free Tigers of Oland", Org), ("FTO", Org), ("Blue Dawn", Org), ("BD", Org), ("Norvex", Org)];
    let doc = resolve_on(text, &specs, None);
    assert_eq!(sector_of(&doc, "org:free-tigers-of-oland"), "REB");
    assert_eq!(sector_of(&doc, "org:blue-dawn"), "PTY");
    assert_eq!(sector_of(&doc, "org:norvex"), "", "members' roles say nothing of the body");
}

#[test]
fn every_country_the_demonyms_name_has_a_code() {
    let (demonyms, dict) = (DemonymTable::builtin(), ActorDictionary::builtin());
    let missing: Vec<&str> =
        demonyms.countries.names().filter(|n| dict.lookup(n, None).and_then(|c| c.country).is_none()).collect();
    assert!(missing.is_empty(), "no country code for {missing:?}");
}

#[test]
fn a_surname_written_without_its_arabic_article_is_the_same_person() {
    // Invented person.
    let text = "Prime Minister Abdul-Karim al-Barazi spoke. Barazi left.";
    let doc = resolve_on(text, &[("Abdul-Karim al-Barazi", Per), ("Barazi", Per)], Some("1996-08-30"));
    let ids: Vec<&str> = doc.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["per:abdul-karim-al-barazi"]);
    // "Alexander" is no article with a name after it.
    let text = "Tom Alexander-Smith spoke. Smith left.";
    let doc = resolve_on(text, &[("Tom Alexander-Smith", Per), ("Smith", Per)], None);
    assert_eq!(doc.actors.len(), 2);
}

#[test]
fn an_office_without_its_nation_is_the_sentences_one_country_or_the_datelines() {
    // Invented people.
    let text = "During his visit to Slovenia, the president will meet Prime Minister Tomaz Vidmar. \
                Interior Minister Jan Nowik and Kurt Bauer, German intelligence co-ordinator, met. \
                Later Defence Minister Ivo Petrak flew to France and Germany.";
    let specs =
        [("Slovenia", Loc), ("Tomaz Vidmar", Per), ("Jan Nowik", Per), ("Kurt Bauer", Per), ("Ivo Petrak", Per)];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:tomaz-vidmar"), "SVNGOV");
    // A demonym that opens another person's title ("German intelligence co-ordinator")
    // places that person, not the sentence.
    // (A sector alone writes no CAMEO code.)
    assert_eq!((code_of(&doc, "per:jan-nowik"), sector_of(&doc, "per:jan-nowik")), (String::new(), "GOV".into()));
    // Two countries named: no guess.
    assert_eq!((code_of(&doc, "per:ivo-petrak"), sector_of(&doc, "per:ivo-petrak")), (String::new(), "GOV".into()));
    // A sentence that names none takes the dateline's.
    let text = "AMMAN 1996-08-30\nPrime Minister Omar Haddad said the government would act.";
    let doc = resolve_on(text, &[("AMMAN", Loc), ("Omar Haddad", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:omar-haddad"), "JORGOV");
}

#[test]
fn a_regions_people_is_coded_with_its_state_and_stands_for_no_country() {
    // Invented person.
    let text = "Chechen rebel commander Ruslan Dudaev met reporters. The Chechens said they would fight on.";
    let doc = resolve_on(text, &[("Chechen", Misc), ("Ruslan Dudaev", Per), ("Chechens", Misc)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:ruslan-dudaev"), "RUSREB");
    assert_eq!(code_of(&doc, "misc:chechens"), "RUS");
    assert!(doc.actor_index("loc:russia").is_none(), "a Chechen is no mention of Russia: {:?}", doc.actors);
}

#[test]
fn every_region_of_a_regional_people_is_in_a_country() {
    let (demonyms, dict) = (DemonymTable::builtin(), ActorDictionary::builtin());
    let missing: Vec<&str> = demonyms
        .regions()
        .filter(|r| dict.lookup(r, crate::actors::day_of("1996-08-30")).and_then(|c| c.country).is_none())
        .collect();
    assert!(missing.is_empty(), "no country for {missing:?}");
}

#[test]
fn a_country_and_its_seat_of_government_are_one_state_a_region_is_not() {
    let text = "Turkey and Ankara, Chechnya and Moscow, and Russia.";
    let specs = [("Turkey", Loc), ("Ankara", Loc), ("Chechnya", Loc), ("Moscow", Loc), ("Russia", Loc)];
    let doc = resolve_on(text, &specs, Some("1996-08-30"));
    let id = |x: &str| doc.actor_index(x).unwrap_or_else(|| panic!("no {x}: {:?}", doc.actors));
    assert!(doc.same_state(id("loc:turkey"), id("loc:ankara")));
    assert!(doc.same_state(id("loc:moscow"), id("loc:russia")));
    assert!(!doc.same_state(id("loc:chechnya"), id("loc:russia")));
    assert!(!doc.same_state(id("loc:chechnya"), id("loc:moscow")));
    assert!(!doc.same_state(id("loc:turkey"), id("loc:moscow")));
}

#[test]
fn an_adherent_after_a_nation_is_of_that_nation() {
    // Invented people.
    let text = "Saddam Hussein met visiting Russian ultra-nationalist Ivan Petrov. Russian troops killed Oleg Sidorov.";
    let doc =
        resolve_on(text, &[("Saddam Hussein", Per), ("Ivan Petrov", Per), ("Oleg Sidorov", Per)], Some("1996-08-30"));
    assert_eq!(code_of(&doc, "per:ivan-petrov"), "RUS");
    // A verb between the nation and the name says nothing of the name.
    assert_eq!(code_of(&doc, "per:oleg-sidorov"), "");
}

#[test]
fn a_misc_name_the_dictionaries_code_as_an_organisation_is_one() {
    // The NER model tags some armed groups MISC; the actor dictionaries code "Islamic
    // Jihad" as an armed group, so it is an organisation. A people's name stays MISC.
    let text = "Police arrested Islamic Jihad activists. Kurds marched in Arbil.";
    let doc = resolve_on(text, &[("Islamic Jihad", Misc), ("Kurds", Misc)], Some("1996-03-01"));
    assert!(doc.actor_index("org:islamic-jihad").is_some(), "{:?}", doc.actors);
    assert!(doc.actor_index("misc:kurds").is_some(), "{:?}", doc.actors);
}

#[test]
fn an_armed_group_has_one_id_under_each_of_its_listed_names() {
    let id = |text: &str, name: &str, kind: EntityType| {
        let doc = resolve_on(text, &[(name, kind)], Some("1996-08-29"));
        let a = &doc.actors[0];
        (a.id.clone(), a.label.clone(), code_of(&doc, &a.id))
    };
    let full = id("The Liberation Tigers of Tamil Eelam denied it.", "Liberation Tigers of Tamil Eelam", Org);
    assert_eq!(full.0, "org:liberation-tigers-of-tamil-eelam");
    for (text, name, kind) in [
        ("Tamil Tiger rebels overran a police post.", "Tamil Tiger", Org),
        ("The LTTE said so.", "LTTE", Org),
        ("Tamil Tigers attacked the camp.", "Tamil Tigers", Misc),
    ] {
        let (got, label, code) = id(text, name, kind);
        assert_eq!((got.as_str(), code.as_str()), (full.0.as_str(), "LKAREB"), "{text}");
        assert_eq!(label, name, "the label is the text's");
    }
    // Names a line lists as bodies under one code stay apart.
    let guardians = id("The Guardian Council rejected it.", "Guardian Council", Org);
    let experts = id("The Assembly of Experts met.", "Assembly of Experts", Org);
    assert_ne!(guardians.0, experts.0);
}

#[test]
fn a_body_of_a_legislature_is_legislative_and_so_is_its_chairman() {
    // Invented name; the committee is not in the dictionaries.
    let text = "U.S. Senate Ethics Committee chairman Carl Dorning met reporters.";
    let doc = resolve_on(text, &[("U.S. Senate Ethics Committee", Org), ("Carl Dorning", Per)], Some("1996-08-26"));
    assert_eq!(code_of(&doc, "org:u-s-senate-ethics-committee"), "USALEG");
    assert_eq!(code_of(&doc, "per:carl-dorning"), "USALEG");
    // A committee of no legislature has no sector from its name.
    let text = "The Olympic Ethics Committee met reporters.";
    let doc = resolve_on(text, &[("Olympic Ethics Committee", Org)], Some("1996-08-26"));
    assert_eq!(sector_of(&doc, "org:olympic-ethics-committee"), "");
}

#[test]
fn a_person_named_only_by_an_office_holds_it() {
    let doc = resolve_on("The Pope criticised the plan.", &[("Pope", Per)], Some("1996-12-06"));
    assert_eq!(sector_of(&doc, "per:pope"), "REL");
    // A name that is no office gives nothing.
    let doc = resolve_on("Dorning criticised the plan.", &[("Dorning", Per)], Some("1996-12-06"));
    assert_eq!(sector_of(&doc, "per:dorning"), "");
}

//! Names that stand for one actor across the corpus, linked on the whole graph.
//!
//! Within a document the resolver already joins "Clinton" to "Bill Clinton" and
//! "U.N." to "United Nations". Across documents the same needs the whole corpus:
//! "Clinton" may mean Bill Clinton only where no other Clinton occurs, and "UN" may
//! spell "United Nations" only where nothing else does. So every rule here links a
//! short form to the one long form the corpus offers, and leaves it alone when there
//! are two. Each node maps to a representative that is itself never mapped (no
//! chains), and nodes whose majority codes disagree are never linked.

use crate::actors::is_legal_form;
use crate::fold::person_name_tokens;
use crate::graph::{Graph, Node};
use crate::ner::EntityType;
use crate::resolve::{fold, is_acronym, name_key, spellings, DemonymTable};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A word that ends the name of a government body and may be left out: "the
/// Commerce Department" is "Commerce" on second mention.
const BODY_ENDINGS: &[&str] = &["department"];

/// `key` without the legal forms and body endings that end it, keeping at least one word.
fn without_generic_ending(key: &str) -> &str {
    let mut key = key;
    while let Some((rest, last)) = key.rsplit_once(' ') {
        if !is_legal_form(last) && last != "&" && !BODY_ENDINGS.contains(&last) {
            break;
        }
        key = rest;
    }
    key
}

/// Node id → the id of the node it stands for; only linked nodes are listed.
pub fn name_links(graph: &Graph) -> HashMap<String, String> {
    let mut links = surname_links(graph);
    links.extend(organisation_links(graph));
    // A suffix may link to a name that itself links on ("Council of Ministers" →
    // "EU Council of Ministers" → ...): follow each to its end, so that no
    // representative is mapped.
    let ends: HashMap<String, String> = links
        .keys()
        .map(|id| {
            let mut to = &links[id];
            for _ in 0..links.len() {
                match links.get(to) {
                    Some(next) if next != id => to = next,
                    _ => break,
                }
            }
            (id.clone(), to.clone())
        })
        .collect();
    ends.into_iter().filter(|(id, to)| id != to).collect()
}

/// Whether two nodes' majority codes allow them to be one actor: equal, one only
/// more specific than the other ("USA" and "USAGOV": a document that placed the
/// actor without its sector), or at most one of them coded.
fn codes_agree(a: &Node, b: &Node) -> bool {
    let code = |n: &Node| n.codes.winner().map(|c| c.cameo.clone()).filter(|c| !c.is_empty());
    match (code(a), code(b)) {
        (Some(x), Some(y)) => x.starts_with(&y) || y.starts_with(&x),
        _ => true,
    }
}

/// Generational suffixes, which are no part of the surname: "John Hinckley Jr" is a
/// Hinckley, and "John Hinckley" the same man.
const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Single-word person nodes ("per:clinton") → the one multi-word person node whose
/// name ends in that word ("per:bill-clinton"), where there is exactly one such
/// node in the whole graph. With two Clintons, "Clinton" stays apart: which one a
/// document meant cannot be told. A name with a generational suffix → the one node of
/// that name without it ("John Hinckley Jr" → "John Hinckley").
fn surname_links(graph: &Graph) -> HashMap<String, String> {
    let mut full_by_surname: HashMap<String, Vec<&String>> = HashMap::new();
    let mut by_name: HashMap<Vec<String>, Vec<&String>> = HashMap::new();
    let mut single: Vec<(&String, String)> = Vec::new();
    let mut suffixed: Vec<(&String, Vec<String>)> = Vec::new();
    for (id, n) in &graph.nodes {
        if n.kind != EntityType::Per {
            continue;
        }
        let mut words: Vec<String> =
            n.label.split_whitespace().flat_map(person_name_tokens).filter(|w| !w.is_empty()).collect();
        if words.len() > 2 && words.last().is_some_and(|w| GENERATIONS.contains(&w.as_str())) {
            words.pop();
            suffixed.push((id, words.clone()));
        } else {
            by_name.entry(words.clone()).or_default().push(id);
        }
        match words.as_slice() {
            [] => {}
            [one] => single.push((id, one.clone())),
            [.., last] => full_by_surname.entry(last.clone()).or_default().push(id),
        }
    }
    let mut links: HashMap<String, String> = HashMap::new();
    for (id, name) in suffixed {
        if let Some([only]) = by_name.get(&name).map(Vec::as_slice) {
            if codes_agree(&graph.nodes[id], &graph.nodes[*only]) {
                links.insert(id.clone(), (*only).clone());
            }
        }
    }
    for (id, surname) in single {
        // Both spellings of one man count once ("John Hinckley", "John Hinckley Jr").
        let full: Vec<&String> =
            full_by_surname.get(&surname).into_iter().flatten().copied().filter(|f| !links.contains_key(*f)).collect();
        if let [only] = full.as_slice() {
            if codes_agree(&graph.nodes[id], &graph.nodes[*only]) {
                links.insert(id.clone(), (*only).clone());
            }
        }
    }
    links
}

/// Organisations written three ways across the corpus: "U.N.", "UN" and "United
/// Nations"; "U.N. Security Council", "UN Security Council" and "Security Council".
///
/// 1. An acronym (a node of its own, or the first word of a longer name) spells the
///    one spelled-out organisation in the corpus whose initials it is.
/// 2. Names that are the same once their acronyms are spelled out and their legal
///    forms dropped are one node ("Lear Corp" and "Lear").
/// 3. A name of two words or more that ends the name of exactly one other
///    organisation, whose extra words name an organisation, a place or a nation
///    ("Security Council" → "United Nations Security Council"), is that one.
///    "European Union" does not join "Western European Union": "western" names
///    nothing.
fn organisation_links(graph: &Graph) -> HashMap<String, String> {
    let orgs: Vec<(&String, &Node)> = graph.nodes.iter().filter(|(_, n)| n.kind == EntityType::Org).collect();
    let words_of = |n: &Node| -> Vec<String> { n.label.split_whitespace().map(str::to_string).collect() };

    // 1. Acronym → the key of the one spelled-out organisation with those initials
    // whose code allows it to be the acronym's actor: "U.S. Navy" (USAMIL) also has
    // the initials of "U.N." (IGOUNO), but cannot be it.
    let mut spelled: HashMap<String, BTreeMap<String, Vec<&Node>>> = HashMap::new();
    for (_, n) in &orgs {
        let words = words_of(n);
        if words.len() >= 2 {
            for s in spellings(&words, 0) {
                spelled.entry(s).or_default().entry(name_key(&n.label)).or_default().push(n);
            }
        }
    }
    let expansion = |acronym: &str, of: &Node| -> Option<&String> {
        if !is_acronym(acronym) {
            return None;
        }
        let keys = spelled.get(&fold(acronym))?;
        let mut fitting = keys.iter().filter(|(_, nodes)| nodes.iter().all(|n| codes_agree(n, of)));
        match (fitting.next(), fitting.next()) {
            (Some((key, _)), None) => Some(key),
            _ => None,
        }
    };

    // 2. Groups by the key with the leading acronym spelled out.
    let mut groups: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for (id, n) in &orgs {
        let words = words_of(n);
        let key = match words.split_first().and_then(|(first, rest)| Some((expansion(first, n)?, rest))) {
            Some((long, [])) => long.clone(),
            Some((long, rest)) => format!("{long} {}", name_key(&rest.join(" "))),
            None => name_key(&n.label),
        };
        groups.entry(without_generic_ending(&key).to_string()).or_default().push(id);
    }

    // 3. Short keys → the one longer key that ends in them after a known name.
    let named: BTreeSet<String> = graph
        .nodes
        .values()
        .filter(|n| matches!(n.kind, EntityType::Org | EntityType::Loc))
        .map(|n| name_key(&n.label))
        .chain(groups.keys().cloned())
        .collect();
    let demonyms = DemonymTable::builtin();
    let nation = |prefix: &str| {
        let tokens: Vec<String> = prefix.split(' ').map(str::to_string).collect();
        demonyms.nation_prefix_len(&tokens) == tokens.len()
    };
    let owner = |prefix: &str| named.contains(prefix) || nation(prefix);
    let mut longer: HashMap<&str, Vec<&String>> = HashMap::new();
    for key in groups.keys() {
        let words: Vec<&str> = key.split(' ').collect();
        for cut in 1..words.len() {
            let prefix = words[..cut].join(" ");
            // One word after the owner ("U.S. Treasury" for "Treasury") only behind a
            // nation: "Council" could be any organisation's council.
            let owned = if cut + 1 == words.len() { nation(&prefix) } else { owner(&prefix) };
            if owned {
                let suffix = &key[prefix.len() + 1..];
                longer.entry(suffix).or_default().push(key);
            }
        }
    }

    let representative = |key: &String| -> &String {
        // The spelled-out name if the corpus has it, else the most mentioned.
        let members = &groups[key];
        members
            .iter()
            .copied()
            .max_by(|a, b| {
                let (na, nb) = (&graph.nodes[*a], &graph.nodes[*b]);
                (name_key(&na.label) == *key)
                    .cmp(&(name_key(&nb.label) == *key))
                    .then(na.mentions.cmp(&nb.mentions))
                    .then(b.cmp(a))
            })
            .expect("a group has members")
    };
    let mut links = HashMap::new();
    for (key, members) in &groups {
        let target_key = match longer.get(key.as_str()).map(Vec::as_slice) {
            Some([only]) => *only,
            _ => key,
        };
        let to = representative(target_key);
        for &id in members {
            if id != to && codes_agree(&graph.nodes[id], &graph.nodes[to]) {
                links.insert(id.clone(), to.clone());
            }
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{ActorCode, CodeVotes, Country, Sector};

    fn graph(nodes: &[(&str, &str, EntityType, u64, Option<&str>)]) -> Graph {
        let mut g = Graph::default();
        for &(id, label, kind, mentions, code) in nodes {
            let mut n = Node::new(kind);
            n.label = label.into();
            n.mentions = mentions;
            if let Some(c) = code {
                let mut votes = CodeVotes::default();
                votes.add(ActorCode::new(Country::parse(c), Some(Sector::Igo)).unwrap(), 1);
                n.codes = votes;
            }
            g.nodes.insert(id.into(), n);
        }
        g
    }

    use EntityType::{Loc, Org};

    #[test]
    fn acronyms_and_their_phrases_join_the_spelled_out_name() {
        let g = graph(&[
            ("org:u-n", "U.N.", Org, 5, None),
            ("org:un", "UN", Org, 2, None),
            ("org:united-nations", "United Nations", Org, 3, None),
            ("org:u-n-security-council", "U.N. Security Council", Org, 2, None),
            ("org:un-security-council", "UN Security Council", Org, 1, None),
            ("org:security-council", "Security Council", Org, 4, None),
            ("org:eu", "EU", Org, 3, None),
            ("org:european-union", "European Union", Org, 1, None),
            ("org:lear-corp", "Lear Corp", Org, 1, None),
            ("org:lear", "Lear", Org, 2, None),
            ("org:bear-stearns-co-inc", "Bear Stearns & Co Inc", Org, 1, None),
            ("org:bear-stearns", "Bear Stearns", Org, 1, None),
        ]);
        let links = name_links(&g);
        let to = |id: &str| links.get(id).map(String::as_str);
        assert_eq!(to("org:u-n"), Some("org:united-nations"));
        assert_eq!(to("org:un"), Some("org:united-nations"));
        assert_eq!(to("org:united-nations"), None, "the representative is not mapped");
        assert_eq!(to("org:un-security-council"), to("org:u-n-security-council").or(Some("org:u-n-security-council")));
        assert_eq!(to("org:security-council"), to("org:un-security-council").or(Some("org:un-security-council")));
        assert_eq!(to("org:eu"), Some("org:european-union"));
        assert_eq!(to("org:lear-corp"), Some("org:lear"), "the bare name is the key's own");
        assert_eq!(to("org:bear-stearns-co-inc"), Some("org:bear-stearns"));
        for target in links.values() {
            assert!(!links.contains_key(target), "no chains: {links:?}");
        }
    }

    #[test]
    fn an_acronym_spells_only_a_name_its_code_allows() {
        let mut g = graph(&[
            ("org:u-n", "U.N.", Org, 5, None),
            ("org:united-nations", "United Nations", Org, 3, None),
            ("org:u-s-navy", "U.S. Navy", Org, 1, None),
        ]);
        let code = |c: &str| ActorCode::from_cameo(c, Country::parse).unwrap();
        for (id, c) in [("org:u-n", "IGOUNO"), ("org:united-nations", "IGOUNO"), ("org:u-s-navy", "USAMIL")] {
            g.nodes.get_mut(id).unwrap().codes.add(code(c), 1);
        }
        assert_eq!(name_links(&g).get("org:u-n").map(String::as_str), Some("org:united-nations"));
        // Uncoded, the acronym could be either: it stays apart.
        g.nodes.get_mut("org:u-n").unwrap().codes = CodeVotes::default();
        assert_eq!(name_links(&g).get("org:u-n"), None);
    }

    #[test]
    fn a_generational_suffix_is_no_other_man() {
        let mut g = graph(&[]);
        for (id, label) in [
            ("per:john-hinckley-jr", "John Hinckley Jr"),
            ("per:john-hinckley", "John Hinckley"),
            ("per:hinckley", "Hinckley"),
        ] {
            let mut n = Node::new(EntityType::Per);
            n.label = label.into();
            g.nodes.insert(id.into(), n);
        }
        let links = name_links(&g);
        assert_eq!(links.get("per:john-hinckley-jr").map(String::as_str), Some("per:john-hinckley"));
        assert_eq!(links.get("per:hinckley").map(String::as_str), Some("per:john-hinckley"));
        assert_eq!(links.get("per:john-hinckley"), None);
    }

    #[test]
    fn a_surname_links_to_the_full_name_written_with_its_arabic_article() {
        let mut g = graph(&[]);
        for (id, label) in [("per:abdul-karim-al-barazi", "Abdul-Karim al-Barazi"), ("per:barazi", "Barazi")] {
            let mut n = Node::new(EntityType::Per);
            n.label = label.into();
            g.nodes.insert(id.into(), n);
        }
        assert_eq!(name_links(&g).get("per:barazi").map(String::as_str), Some("per:abdul-karim-al-barazi"));
    }

    #[test]
    fn two_spellings_or_a_nameless_prefix_leave_names_apart() {
        let g = graph(&[
            ("org:un", "UN", Org, 2, None),
            ("org:united-nations", "United Nations", Org, 3, None),
            ("org:union-nationale", "Union Nationale", Org, 1, None),
            ("org:european-union", "European Union", Org, 3, None),
            ("org:western-european-union", "Western European Union", Org, 1, None),
            ("org:party", "Democratic Party", Org, 1, None),
            ("loc:kenya", "Kenya", Loc, 1, None),
            ("org:kenya-democratic-party", "Kenya Democratic Party", Org, 1, None),
            ("org:kenyan-democratic-party", "Kenyan Democratic Party", Org, 1, None),
        ]);
        let links = name_links(&g);
        assert!(!links.contains_key("org:un"), "two organisations spell UN: {links:?}");
        assert!(!links.contains_key("org:european-union"), "{links:?}");
        assert!(!links.contains_key("org:party"), "two nations' parties end in it: {links:?}");
    }

    #[test]
    fn a_country_prefix_owns_the_body() {
        let g = graph(&[
            ("loc:kenya", "Kenya", Loc, 1, None),
            ("org:election-commission", "Election Commission", Org, 2, None),
            ("org:kenyan-election-commission", "Kenyan Election Commission", Org, 1, None),
        ]);
        assert_eq!(
            name_links(&g).get("org:election-commission").map(String::as_str),
            Some("org:kenyan-election-commission")
        );
    }

    #[test]
    fn a_body_without_its_department_or_its_nation_is_the_same_body() {
        let g = graph(&[
            ("org:commerce-department", "Commerce Department", Org, 3, None),
            ("org:commerce", "Commerce", Org, 1, None),
            ("org:u-s-treasury-department", "U.S. Treasury Department", Org, 1, None),
            ("org:treasury", "Treasury", Org, 2, None),
            ("org:council", "Council", Org, 1, None),
            ("org:u-n-security-council", "U.N. Security Council", Org, 1, None),
        ]);
        let links = name_links(&g);
        let to = |id: &str| links.get(id).map(String::as_str);
        let node = |id: &'static str| to(id).unwrap_or(id);
        assert_eq!(node("org:commerce"), node("org:commerce-department"), "{links:?}");
        assert_ne!(node("org:commerce"), "org:council");
        assert_eq!(node("org:treasury"), node("org:u-s-treasury-department"), "{links:?}");
        assert_ne!(node("org:treasury"), "org:treasury");
        assert_eq!(to("org:council"), None, "one word behind an organisation, not a nation: {links:?}");
    }

    #[test]
    fn different_codes_are_never_linked() {
        let g = graph(&[
            ("org:un", "UN", Org, 2, Some("USA")),
            ("org:united-nations", "United Nations", Org, 3, Some("RUS")),
        ]);
        assert!(name_links(&g).is_empty());
    }
}

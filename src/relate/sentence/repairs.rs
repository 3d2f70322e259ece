//! Parser slips the matcher repairs before it reads a sentence: each function fixes one
//! kind, says which in its comment, and is tested on hand-made parses in
//! `relate/tests.rs`. They run in the order of [`Parsed::repair`]; later ones rely on
//! what earlier ones set right (tags before arcs, subjects before objects).

use super::{is_subject, is_title_link, Parsed, GERUND_MARKERS};
use crate::ner::EntityType;
use crate::parse::{DepRel, Subtype, UdRel, Upos};
use crate::resolve::is_possessive;

/// Participles that only describe the name after them ("visiting Malaysian Prime Minister
/// X", "neighbouring Morocco", "forces loyal to ousted commander X"), which the parser
/// reads as clauses with the name as object.
/// A title word on a name ("President" in "President X", "chief" in "security chief X").
const DESC: DepRel = DepRel::new(UdRel::Nmod, Some(Subtype::Desc));
/// A relative clause on its noun.
const RELCL: DepRel = DepRel::new(UdRel::Acl, Some(Subtype::Relcl));

const ATTRIBUTIVE: [&str; 29] = [
    "neighbouring",
    "neighboring",
    "visiting",
    "ruling",
    "warring",
    "outgoing",
    "incoming",
    "reigning",
    "governing",
    "ailing",
    "opposing",
    "acting",
    "ousted",
    "deposed",
    "exiled",
    "jailed",
    "imprisoned",
    "detained",
    "indicted",
    "embattled",
    "beleaguered",
    "disgraced",
    // "captured rebel commander X", "the outlawed Kurdistan Workers Party".
    "captured",
    "arrested",
    "kidnapped",
    "abducted",
    "besieged",
    "banned",
    "outlawed",
];

impl<'a> Parsed<'a> {
    /// Runs every repair in order, rebuilding the index of dependents after each.
    pub(super) fn repair(&mut self) {
        let repairs: [fn(&mut Parsed<'a>); 85] = [
            Parsed::repair_verb_tags,
            Parsed::repair_trailing_prepositions,
            Parsed::repair_phrases_hung_forward,
            Parsed::repair_with_phrases_on_places,
            Parsed::repair_subjects_after_opening_clauses,
            Parsed::repair_names_before_time_spans,
            Parsed::repair_names_split_from_titles,
            Parsed::repair_names_before_titles,
            Parsed::repair_compounds_across_prepositions,
            Parsed::repair_objects_hung_on_nouns,
            Parsed::repair_from_phrases_on_objects,
            Parsed::repair_between_pairs,
            Parsed::repair_marked_appositions,
            Parsed::repair_particles,
            Parsed::repair_verbs_after_head_nouns,
            Parsed::repair_clauses_read_as_participles,
            Parsed::repair_verbs_inside_nominals,
            Parsed::repair_participle_conjuncts,
            Parsed::repair_gerund_conjuncts,
            Parsed::repair_conjuncts_after_subordinate_clauses,
            Parsed::repair_gerund_subjects,
            Parsed::repair_subjects_after_participles,
            Parsed::repair_late_second_subjects,
            Parsed::repair_interrupting_participles,
            Parsed::repair_at_least,
            Parsed::repair_trailing_appositions,
            Parsed::repair_attributive_participles,
            Parsed::repair_attributive_complements,
            Parsed::repair_attributive_after_verbs,
            Parsed::repair_coordinated_modifiers,
            Parsed::repair_stray_conjuncts,
            Parsed::repair_conjuncts_after_adverbs,
            Parsed::repair_sibling_conjuncts,
            Parsed::repair_gapped_conjuncts,
            Parsed::detach_headline_source,
            Parsed::repair_headline_pairs,
            Parsed::repair_appositions_on_verbs,
            Parsed::repair_headline_to_verbs,
            Parsed::repair_passive_subjects,
            Parsed::repair_reduced_relatives_after_commas,
            Parsed::repair_relative_subjects_read_as_appositions,
            Parsed::repair_object_relatives,
            Parsed::repair_relative_whom,
            Parsed::repair_reduced_reports,
            Parsed::repair_trailing_reports,
            Parsed::repair_reports_before_second_verbs,
            Parsed::repair_swapped_subjects,
            Parsed::repair_report_subjects,
            Parsed::repair_fronted_subjects,
            Parsed::repair_fronted_subject_lists,
            Parsed::repair_fronted_swapped_subjects,
            Parsed::repair_fronted_participles,
            Parsed::repair_trailing_participles,
            Parsed::repair_participle_complements,
            Parsed::repair_participles_on_objects,
            Parsed::repair_sibling_possessors,
            Parsed::repair_possessed_appositions,
            Parsed::repair_possessor_labels,
            Parsed::repair_unmarked_possessors,
            Parsed::repair_shared_object_phrases,
            Parsed::repair_described_siblings,
            Parsed::repair_possessor_prepositions,
            Parsed::repair_prepositional_subjects,
            Parsed::repair_bare_objects,
            Parsed::repair_core_labels,
            Parsed::merge_stacked_nominals,
            Parsed::repair_titles_with_of,
            Parsed::repair_titles_of_before_names,
            Parsed::repair_agent_labels,
            Parsed::repair_participle_agents,
            Parsed::repair_agent_conjuncts,
            Parsed::repair_noun_agents,
            Parsed::repair_agents_on_obliques,
            Parsed::repair_indefinite_conjuncts,
            Parsed::repair_lists_read_as_appositions,
            Parsed::repair_of_phrases_on_first_conjuncts,
            Parsed::repair_repeated_preposition_conjuncts,
            Parsed::repair_appositions_on_modifiers,
            Parsed::repair_appositions_after_conjuncts,
            Parsed::repair_titled_conjuncts,
            Parsed::repair_titles_read_as_conjuncts,
            Parsed::repair_conjuncts_named_in_titles,
            Parsed::repair_conjuncts_after_of_places,
            Parsed::repair_fronted_names,
            Parsed::supply_missing_subjects,
        ];
        for repair in repairs {
            repair(self);
            self.index_children();
        }
    }

    /// An apposition restates its noun and opens with no preposition or conjunction:
    /// one that opens with a preposition is a prepositional phrase on the noun ("the
    /// arrest of X by the junta", with "by the junta" read as X's apposition), and a
    /// common noun whose phrase opens with "and" a conjunct ("talks between X and
    /// Taliban leaders", the "and" on "Taliban").
    fn repair_marked_appositions(&mut self) {
        for w in 0..self.len() {
            if !self.rels[w].is(UdRel::Appos) {
                continue;
            }
            // The preposition opens the apposition's own words, not a phrase around it
            // ("against Zembla's envoy X", with "against" hung on X).
            let opens = |c: usize| (c + 1..w).all(|i| self.descends_from(i, w));
            let marked = self
                .children(w)
                .iter()
                .any(|&c| c < w && self.rels[c].is(UdRel::Case) && self.upos(c) == Upos::Adp && opens(c));
            let first = self.leftmost(w);
            if marked {
                self.rels[w] = DepRel::new(UdRel::Nmod, None);
            } else if first < w && self.upos(first) == Upos::Cconj && self.upos(w) == Upos::Noun {
                // "X, the Chinese president and party chief": the second of two
                // coordinated appositions is the first's conjunct, not X's.
                let h = self.heads[w];
                let sibling = (0..first).rev().find(|&a| self.heads[a] == h && self.rels[a].is(UdRel::Appos));
                match sibling.filter(|&a| h.is_some_and(|h| h < a)) {
                    Some(a) => self.attach(w, a, DepRel::new(UdRel::Conj, None)),
                    None => self.rels[w] = DepRel::new(UdRel::Conj, None),
                }
                self.attach(first, w, DepRel::new(UdRel::Cc, None));
            }
        }
    }

    /// English prepositions come before their noun: one the parser hung on the noun
    /// before it ("the Communist Party of Nepal" with "of" on "Party" and "Nepal" a bare
    /// modifier) belongs to the noun after it, when that noun shares its head and has no
    /// preposition of its own.
    fn repair_trailing_prepositions(&mut self) {
        for c in 0..self.len() {
            let Some(h) = self.heads[c].filter(|&h| h < c && self.rels[c].is(UdRel::Case)) else { continue };
            if self.upos(c) != Upos::Adp {
                continue;
            }
            // The noun after it hangs on that noun, or beside it on the same verb
            // ("barring Belgrade from the IMF", the IMF read as a second object).
            let noun = (c + 1..self.len()).find(|&n| self.heads[n] == Some(h) || self.heads[n] == self.heads[h]);
            // A preposition of its own opens the noun's phrase; one inside a title before
            // the name is the title's ("by telephone with U.S. Secretary of State X", with
            // "of" hung on X).
            let own_case = |n: usize| self.children(n).iter().any(|&k| self.rels[k].is(UdRel::Case) && k == c + 1);
            let Some(n) = noun.filter(|&n| matches!(self.upos(n), Upos::Noun | Upos::Propn) && !own_case(n)) else {
                continue;
            };
            if (c + 1..n).all(|i| self.descends_from(i, n)) {
                self.attach(c, n, DepRel::new(UdRel::Case, None));
                if self.heads[n] != Some(h) && self.rels[n].is(UdRel::Obj) {
                    self.rels[n] = DepRel::new(UdRel::Obl, None);
                }
            }
        }
    }

    /// A prepositional phrase modifies a noun before it, never one after it across a
    /// comma: "held talks with X, the first visit to Y" has "with X" on "held", where
    /// the parser hung it on the "visit" that restates the talks.
    fn repair_phrases_hung_forward(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w && self.rels[w].is(UdRel::Nmod) && self.has_case(w)) else {
                continue;
            };
            let comma = (w + 1..h).any(|i| self.form(i) == "," && self.heads[i] == Some(h));
            let Some(verb) = self.heads[h].filter(|&v| v < w && self.upos(v) == Upos::Verb) else { continue };
            if comma && !self.descends_from(verb, w) {
                self.attach(w, verb, DepRel::new(UdRel::Obl, None));
            }
        }
    }

    /// "froze aid to New Delhi hours later": the parser makes the name a compound of the
    /// span of time after it, which takes the name's preposition. A name compounded
    /// with a span of time it precedes, whose preposition comes before the name, heads
    /// the prepositional phrase; the span is a bare oblique of the verb.
    fn repair_names_before_time_spans(&mut self) {
        const SPANS: [&str; 7] = ["minute", "hour", "day", "week", "month", "year", "moment"];
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w && self.rels[w].is(UdRel::Compound)) else { continue };
            if self.mention(w).is_none() || !SPANS.contains(&self.lemma(h)) {
                continue;
            }
            let Some(case) = self.children_with(h, UdRel::Case).find(|&c| c < w) else { continue };
            let Some(v) = self.heads[h] else { continue };
            let rel = DepRel::new(self.rels[h].base, None);
            self.heads[case] = Some(w);
            self.attach(w, v, rel);
            self.attach(h, v, DepRel::new(UdRel::Obl, Some(Subtype::Unmarked)));
        }
    }

    /// "conferred with Iran's top negotiator Hassan Rohani": the parser may hang the name
    /// on the verb beside the title noun before it. A person's name right after a common
    /// noun in an oblique of the same verb, with no preposition of its own, is that noun's
    /// apposition. So is any name right after a common-noun subject of the same verb
    /// ("The Sinn Fein newspaper An Phoblacht said", read with two subjects).
    fn repair_names_split_from_titles(&mut self) {
        for w in 1..self.len() {
            let Some(v) = self.heads[w] else { continue };
            // The name's first word, which the parser may have given the noun ("An" in
            // "An Phoblacht").
            let first = self.mention(w).map_or(w, |m| self.doc.mention(m).words.start).min(self.leftmost(w));
            let Some(n) = first.checked_sub(1) else { continue };
            let bare = !self.children(w).iter().any(|&c| self.rels[c].is(UdRel::Case));
            let title = self.heads[n] == Some(v)
                && self.upos(n) == Upos::Noun
                && self.mention(n).is_none()
                && (self.rels[n].is(UdRel::Obl) || self.rels[n].is(UdRel::Nsubj));
            let named = self.names_person(w) || (self.rels[n].is(UdRel::Nsubj) && self.mention(w).is_some());
            if bare && title && named && self.rels[w].base == self.rels[n].base {
                self.attach(w, n, DepRel::new(UdRel::Appos, None));
            }
        }
    }

    /// "U.S. Vice President Al Gore met X": the parser may make the name before a title
    /// a second subject of the verb. A name whose next word starts the title of the
    /// subject after it (its `nmod:desc` and what hangs on that) modifies the title.
    fn repair_names_before_titles(&mut self) {
        for w in 0..self.len().saturating_sub(1) {
            let Some(v) = self.heads[w].filter(|&v| v > w && is_subject(self.rels[w])) else { continue };
            let Some(subject) = (w + 1..v).find(|&s| self.heads[s] == Some(v) && is_subject(self.rels[s])) else {
                continue;
            };
            let mut next = w + 1;
            while next < subject && self.descends_from(next, w) {
                next += 1;
            }
            // Not a list of subjects ("he and rebel leader X", "President X, Premier Y").
            let listed = (w + 1..subject).any(|i| matches!(self.rels[i].base, UdRel::Cc | UdRel::Punct));
            let title = self.children(subject).iter().copied().find(|&t| t > w && t < subject && self.rels[t] == DESC);
            let name = self.mention(w).is_some() && self.upos(w) == Upos::Propn;
            let Some(t) = title.filter(|&t| self.descends_from(next, t) && name && !listed) else { continue };
            self.attach(w, t, DepRel::new(UdRel::Compound, None));
        }
    }

    /// A place says where, never with whom: "held talks in Arusha with X", with "with X"
    /// hung on Arusha, is talks with X.
    fn repair_with_phrases_on_places(&mut self) {
        for w in 0..self.len() {
            let with =
                self.children(w).iter().any(|&c| c < w && self.rels[c].is(UdRel::Case) && self.form(c) == "with");
            let Some(h) = self.heads[w].filter(|&h| h < w && with) else { continue };
            let place = self.mention(h).is_some_and(|m| self.doc.actor_of(m).kind == EntityType::Loc)
                && self
                    .children(h)
                    .iter()
                    .any(|&c| self.rels[c].is(UdRel::Case) && matches!(self.form(c), "in" | "at"));
            let Some(g) = self.heads[h].filter(|_| place) else { continue };
            let rel = if self.upos(g) == Upos::Verb { UdRel::Obl } else { UdRel::Nmod };
            self.attach(w, g, DepRel::new(rel, None));
        }
    }

    /// A compound modifier sits inside its head's phrase, after its preposition: a name
    /// the parser made a compound of a noun whose preposition comes after the name
    /// ("sued Chevron in a London court", "to sue Chevron over Tengiz taxes") is the
    /// object of the verb that phrase hangs on.
    fn repair_compounds_across_prepositions(&mut self) {
        let obj = DepRel::new(UdRel::Obj, None);
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w && self.rels[w] == DepRel::new(UdRel::Compound, None)) else {
                continue;
            };
            let preposition_between = (w + 1..h)
                .any(|i| self.heads[i] == Some(h) && self.rels[i].is(UdRel::Case) && self.upos(i) == Upos::Adp);
            let Some(v) = self.heads[h].filter(|&v| v < w && self.upos(v) == Upos::Verb) else { continue };
            let has_object = self.children(v).iter().any(|&c| self.rels[c] == obj);
            // A person or an organisation: a currency or a product ("vetoed 375 million
            // ECUs in aid") is no object here, and a place so misread is as often the
            // scene of the act ("captured East Jerusalem in the 1967 war").
            let actor =
                self.mention(w).is_some_and(|m| matches!(self.doc.actor_of(m).kind, EntityType::Per | EntityType::Org));
            // A name with a preposition of its own opens a phrase of its own: "was blamed
            // on the Khmer Rouge by Cambodian officials".
            let marked = self.children_with(w, UdRel::Case).any(|c| c < w && self.upos(c) == Upos::Adp);
            if preposition_between && actor && marked {
                self.attach(w, v, DepRel::new(UdRel::Obl, None));
            } else if preposition_between && actor && !has_object && !self.has_passive_aux(v) {
                self.attach(w, v, obj);
            }
        }
    }

    /// A word with a direct object is a verb, whatever the tagger said ("to back the
    /// government", "back" tagged a preposition; "Rebels target Kabul").
    fn repair_verb_tags(&mut self) {
        for w in 0..self.len() {
            let has_object = self.children(w).iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Obj, None));
            if has_object && matches!(self.tags[w], Upos::Noun | Upos::Adp | Upos::Adv | Upos::Adj) {
                self.tags[w] = Upos::Verb;
            }
        }
    }

    /// A past verb the parser labelled an adjective ("re-arrested" in "police re-arrested
    /// opposition leader X"), the kind `repair_verbs_inside_nominals` and
    /// `repair_verbs_after_head_nouns` set right.
    fn is_adjectival_past(&self, v: usize) -> bool {
        self.upos(v) == Upos::Verb && self.rels[v].is(UdRel::Amod) && self.form(v).ends_with("ed")
    }

    /// "Nigeria's government executed writer X": the parser may read the clause as one
    /// noun phrase, with the noun heading the sentence, the verb its adjective and the name
    /// its apposition. A verb with no dependents of its own between them heads the clause:
    /// the noun is its subject, the apposition its object.
    fn repair_verbs_after_head_nouns(&mut self) {
        for v in 0..self.len() {
            if !self.is_adjectival_past(v) || !self.children(v).is_empty() {
                continue;
            }
            let Some(h) = self.heads[v].filter(|&h| h < v && self.heads[h].is_none()) else { continue };
            if !matches!(self.upos(h), Upos::Noun | Upos::Propn) {
                continue;
            }
            let Some(object) = self.children(h).iter().copied().find(|&c| c > v && self.rels[c].is(UdRel::Appos))
            else {
                continue;
            };
            self.make_clause(v, h, object);
        }
    }

    /// Makes verb `v` head the sentence, with `subject` and `object` its own.
    fn make_clause(&mut self, v: usize, subject: usize, object: usize) {
        self.make_root(v, subject);
        self.attach(object, v, DepRel::new(UdRel::Obj, None));
        self.index_children();
    }

    /// Makes verb `v` head the sentence, with `subject` its subject.
    fn make_root(&mut self, v: usize, subject: usize) {
        self.heads[v] = None;
        self.rels[v] = DepRel::new(UdRel::Root, None);
        self.attach(subject, v, DepRel::new(UdRel::Nsubj, None));
    }

    /// "Palestinian police arrested at least 20 activists": the parser may read the
    /// clause as a noun with a reduced relative ("police [who were] arrested"), the noun
    /// heading the sentence, and make the object an agent without "by". An agent needs
    /// its "by": without one, the past verb right after the noun that heads the sentence
    /// heads the clause, the noun is its subject and the would-be agent its object.
    /// So too where the sentence, closed by a full stop, has no other verb than the
    /// participle ("Chinese vessels fired on Philippine boats."): a sentence is a clause,
    /// and a headline ("Two soldiers killed in clash") has no full stop.
    fn repair_clauses_read_as_participles(&mut self) {
        let agent = DepRel::new(UdRel::Obl, Some(Subtype::Agent));
        let n = self.len();
        let full_stop = n > 0 && self.form(n - 1) == ".";
        for v in 1..n {
            let h = v - 1;
            let participle = self.heads[v] == Some(h) && self.rels[v] == DepRel::new(UdRel::Acl, None);
            if !participle || self.heads[h].is_some() || !matches!(self.upos(h), Upos::Noun | Upos::Propn) {
                continue;
            }
            if let Some(object) =
                self.children(v).iter().copied().find(|&c| self.rels[c] == agent && !self.has_marker(c, "by"))
            {
                self.make_clause(v, h, object);
                continue;
            }
            let only_verb = (0..n).all(|w| w == v || self.upos(w) != Upos::Verb);
            let finite = !self.form(v).ends_with("ing")
                && !self.children(v).iter().any(|&c| self.rels[c] == agent || self.rels[c].is(UdRel::Aux));
            let complement = self.children(v).iter().any(|&c| matches!(self.rels[c].base, UdRel::Obj | UdRel::Obl));
            if full_stop && only_verb && finite && complement {
                self.make_root(v, h);
                self.index_children();
            }
        }
    }

    /// "Police re-arrested opposition leader X": the parser may read a past verb between
    /// two nouns as an adjective of the second, with the first as that noun's compound,
    /// making one noun phrase of the clause. English puts no compound before an
    /// adjective of the same noun: the first noun is the verb's subject and the phrase
    /// its object. Only where the phrase heads the sentence, or is a second subject of
    /// another verb ("..., the minister said"), whose complement the clause then is.
    fn repair_verbs_inside_nominals(&mut self) {
        let nsubj = DepRel::new(UdRel::Nsubj, None);
        for v in 0..self.len() {
            if !self.is_adjectival_past(v) {
                continue;
            }
            let Some(h) = self.heads[v].filter(|&h| h > v) else { continue };
            let nominal = |c: usize| matches!(self.upos(c), Upos::Noun | Upos::Propn);
            let Some(subject) =
                self.children(h).iter().copied().find(|&c| c < v && self.rels[c].is(UdRel::Compound) && nominal(c))
            else {
                continue;
            };
            // The phrase's head: "leader" describes the name after it.
            let mut top = h;
            while let Some(up) = self.heads[top].filter(|&up| up > top) {
                let rel = self.rels[top];
                if !(rel.is(UdRel::Compound) || rel == DESC) {
                    break;
                }
                top = up;
            }
            match self.heads[top] {
                None => {
                    self.heads[v] = None;
                    self.rels[v] = DepRel::new(UdRel::Root, None);
                }
                Some(s)
                    if self.rels[top] == nsubj
                        && self.children(s).iter().any(|&c| c != top && self.rels[c] == nsubj) =>
                {
                    self.attach(v, s, DepRel::new(UdRel::Ccomp, None));
                }
                _ => continue,
            }
            self.attach(subject, v, nsubj);
            self.attach(top, v, DepRel::new(UdRel::Obj, None));
            self.index_children();
        }
    }

    /// "the former prime minister and favored successor X": the parser makes the
    /// participle a verb modifying the first noun, with the conjunction and the second
    /// noun (as its object) below it. The second noun is the conjunct, the participle
    /// its modifier.
    fn repair_participle_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h < w) else { continue };
            if !matches!(self.rels[w].base, UdRel::Amod | UdRel::Acl) || self.upos(w) != Upos::Verb {
                continue;
            }
            let cc = self.children_with(w, UdRel::Cc).find(|&c| c < w);
            let obj =
                self.children(w).iter().copied().find(|&c| c > w && self.rels[c] == DepRel::new(UdRel::Obj, None));
            let (Some(cc), Some(noun)) = (cc, obj) else { continue };
            self.attach(noun, h, DepRel::new(UdRel::Conj, None));
            self.heads[cc] = Some(noun);
            self.attach(w, noun, DepRel::new(UdRel::Amod, None));
        }
    }

    /// "X accused Y of plotting a coup and expelled a Z diplomat": the parser hangs the
    /// finite verb on the gerund as its conjunct. A gerund's conjunct is a gerund: a
    /// finite verb without a subject after it is the conjunct of the gerund's governor.
    fn repair_gerund_conjuncts(&mut self) {
        for v in 0..self.len() {
            let Some(gerund) = self.heads[v].filter(|&g| g < v && self.rels[v].is(UdRel::Conj)) else { continue };
            let Some(governor) = self.heads[gerund] else { continue };
            let is_gerund = self.is_marked_gerund(gerund);
            let finite = self.upos(v) == Upos::Verb && !self.form(v).ends_with("ing");
            let subjectless = !self.children(v).iter().any(|&c| is_subject(self.rels[c]));
            if is_gerund && finite && subjectless && self.upos(governor) == Upos::Verb {
                self.attach(v, governor, DepRel::new(UdRel::Conj, None));
            }
        }
        // And the other way: "with X saying Y had never given support to Z and accusing
        // W of ...": a bare gerund hung on the finite verb of a reported clause is the
        // conjunct of the gerund that reports it.
        for v in 0..self.len() {
            let Some(f) = self.heads[v].filter(|&f| f < v && self.rels[v].is(UdRel::Conj)) else { continue };
            let bare = self.upos(v) == Upos::Verb
                && self.form(v).ends_with("ing")
                && !self.children(v).iter().any(|&c| is_subject(self.rels[c]) || self.rels[c].is(UdRel::Aux));
            let finite = self.upos(f) == Upos::Verb && !self.form(f).ends_with("ing");
            let reporter = self.heads[f].filter(|&g| {
                self.rels[f].is(UdRel::Ccomp) && self.upos(g) == Upos::Verb && self.form(g).ends_with("ing")
            });
            if let Some(g) = reporter.filter(|_| bare && finite) {
                self.attach(v, g, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// "X arrived on Tuesday, his first visit since Y signed the treaty, and will meet
    /// Z": a comma before "and" closes the subordinate clause, so a verb after it without
    /// a subject is the conjunct of the clause the subordinate one hangs on, not of the
    /// subordinate verb (which has a subject of its own).
    fn repair_conjuncts_after_subordinate_clauses(&mut self) {
        for v in 0..self.len() {
            let Some(f) = self.heads[v].filter(|&f| f < v && self.rels[v].is(UdRel::Conj)) else { continue };
            let Some(g) = self.heads[f].filter(|&g| self.rels[f].is(UdRel::Advcl) && self.upos(g) == Upos::Verb) else {
                continue;
            };
            let subject = |w: usize| self.children(w).iter().any(|&c| is_subject(self.rels[c]));
            let marked = self.children_with(f, UdRel::Mark).any(|m| m < f);
            let after_comma = self.children_with(v, UdRel::Cc).any(|c| c > 0 && c < v && self.form(c - 1) == ",");
            if self.upos(v) == Upos::Verb && marked && after_comma && subject(f) && subject(g) && !subject(v) {
                self.attach(v, g, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// "accusing Kigali of trying to ...": the parser makes the name the subject of the
    /// gerund, before its preposition. A gerund after a preposition has no subject of
    /// its own there: the name is the object of the gerund's governor, when it has none.
    fn repair_gerund_subjects(&mut self) {
        let obj = DepRel::new(UdRel::Obj, None);
        for v in 0..self.len() {
            if !self.form(v).ends_with("ing") || self.upos(v) != Upos::Verb {
                continue;
            }
            let Some(h) = self.heads[v].filter(|&h| h < v && self.upos(h) == Upos::Verb) else { continue };
            let Some(mark) = self.children_with(v, UdRel::Mark).find(|&m| GERUND_MARKERS.contains(&self.form(m)))
            else {
                continue;
            };
            let subject = self.children(v).iter().copied().find(|&s| h < s && s < mark && is_subject(self.rels[s]));
            if let Some(s) = subject.filter(|_| !self.children(h).iter().any(|&c| self.rels[c] == obj)) {
                self.attach(s, h, obj);
            }
        }
    }

    /// "X paid a visit to Y, the first by a Western official, and held talks with Z": a
    /// second subject after the verb's object, set off by a comma, that is no name
    /// describes the object (the parser reads it as a subject); a verb with a subject
    /// before it has no other.
    fn repair_late_second_subjects(&mut self) {
        for h in 0..self.len() {
            if self.upos(h) != Upos::Verb {
                continue;
            }
            let kids = self.children(h).to_vec();
            if !kids.iter().any(|&c| c < h && self.rels[c] == DepRel::new(UdRel::Nsubj, None)) {
                continue;
            }
            let Some(object) = kids.iter().copied().find(|&c| c > h && self.rels[c].is(UdRel::Obj)) else { continue };
            let late: Vec<usize> =
                kids.into_iter().filter(|&s| s > object && self.rels[s] == DepRel::new(UdRel::Nsubj, None)).collect();
            // Not a name: "with his counterparts, X and Y," names them, as other repairs see.
            // A name that goes on with "and" continues a list the object opens: "met X, Y
            // and Z separately", with Y read as a second subject.
            for s in late {
                let start = self.leftmost(s);
                if start == 0 || self.form(start - 1) != "," {
                    continue;
                }
                let named = self.mention(s).is_some() || self.upos(s) == Upos::Propn;
                let list_goes_on = self.children(s).iter().any(|&c| {
                    c > s && self.rels[c].is(UdRel::Conj) && self.children(c).iter().any(|&k| self.form(k) == "and")
                });
                if !named {
                    self.attach(s, object, DepRel::new(UdRel::Appos, None));
                } else if list_goes_on && self.mention(object).is_some() {
                    self.attach(s, object, DepRel::new(UdRel::Conj, None));
                }
            }
        }
    }

    /// ", accusing President X of ...": a participle set off by a comma has its subject
    /// in the clause it hangs on, so a subject the parser gives it after it is its
    /// object, when it has none.
    fn repair_subjects_after_participles(&mut self) {
        for v in 1..self.len() {
            let participle = self.set_off_participle(v) && self.rels[v].is(UdRel::Advcl);
            if !participle || self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj)) {
                continue;
            }
            let late =
                self.children(v).iter().copied().find(|&c| c > v && self.rels[c] == DepRel::new(UdRel::Nsubj, None));
            if let Some(s) = late {
                self.rels[s] = DepRel::new(UdRel::Obj, None);
            }
        }
    }

    /// Whether verb `v` has a direct object or a complement clause in that place.
    fn has_object(&self, v: usize) -> bool {
        self.children(v).iter().any(|&c| matches!(self.rels[c].base, UdRel::Obj | UdRel::Ccomp))
    }

    /// Whether word `v` is an -ing participle set off by a comma before it ("...,
    /// accusing Y of ...").
    fn set_off_participle(&self, v: usize) -> bool {
        v > 0 && self.upos(v) == Upos::Verb && self.form(v).ends_with("ing") && self.form(v - 1) == ","
    }

    /// "X, speaking to reporters, accused Y": the parser gives the subject to the
    /// participle set off by commas before the verb. Such a participle has no subject
    /// of its own: the subject is the verb's, when it has none.
    fn repair_interrupting_participles(&mut self) {
        for v in 0..self.len() {
            if !self.set_off_participle(v) {
                continue;
            }
            let Some(h) =
                self.heads[v].filter(|&h| h > v && self.upos(h) == Upos::Verb && self.rels[v].is(UdRel::Advcl))
            else {
                continue;
            };
            let closed = (v + 1..h).any(|i| self.form(i) == "," && self.heads[i].is_some_and(|x| x == v || x == h));
            let subject = self.children(v).iter().copied().find(|&s| s < v && self.rels[s].is(UdRel::Nsubj));
            let governor_has_subject = self.children(h).iter().any(|&c| is_subject(self.rels[c]));
            if let Some(s) = subject.filter(|_| closed && !governor_has_subject) {
                self.attach(s, h, DepRel::new(UdRel::Nsubj, None));
            }
        }
    }

    /// "killed at least 12 people": the parser reads "at" as the noun's preposition and
    /// the noun as an oblique (and the verb's subject as passive). "At least" and "at
    /// most" only qualify the number: a verb's oblique with no other marker is its object.
    fn repair_at_least(&mut self) {
        let obj = DepRel::new(UdRel::Obj, None);
        for w in 0..self.len() {
            if !matches!(self.form(w), "least" | "most") || !self.children(w).iter().any(|&c| self.form(c) == "at") {
                continue;
            }
            // Up from "least" through the number to the noun it counts.
            let mut n = w;
            while let Some(h) =
                self.heads[n].filter(|&h| h > n && matches!(self.upos(n), Upos::Adj | Upos::Adv | Upos::Num))
            {
                n = h;
            }
            let Some(v) = self.heads[n] else { continue };
            let own_case = self.children(n).iter().any(|&c| self.rels[c].is(UdRel::Case));
            let has_obj = self.children(v).iter().any(|&c| self.rels[c] == obj);
            // Read as an oblique, or as a (passive) subject after the verb.
            let misread = self.rels[n].is(UdRel::Obl) || (self.rels[n].is(UdRel::Nsubj) && n > v);
            if n != w && misread && !own_case && !has_obj && self.upos(v) == Upos::Verb {
                self.rels[n] = obj;
            }
        }
    }

    /// "held talks with his Greek and Cypriot counterparts, X and Y": the parser may read
    /// the names after the comma as a second subject of the verb, after it. A subject
    /// after its verb, which has a subject before it, right after a comma that closes a
    /// noun of the verb's, is that noun's apposition.
    fn repair_trailing_appositions(&mut self) {
        for w in 1..self.len() {
            let Some(v) = self.heads[w].filter(|&v| v < w) else { continue };
            if !self.rels[w].is(UdRel::Nsubj) || self.upos(v) != Upos::Verb || self.mention(w).is_none() {
                continue;
            }
            let subject_before = self.children(v).iter().any(|&s| s < v && is_subject(self.rels[s]));
            let start = self.leftmost(w);
            if !subject_before || start < 2 || self.form(start - 1) != "," {
                continue;
            }
            // The noun whose phrase the comma closes ("Lee" in "by Minister Lee Kuan Yew,").
            let mut noun = start - 2;
            while let Some(h) = self.heads[noun].filter(|&h| h != v && h < start && self.rels[noun].is(UdRel::Flat)) {
                noun = h;
            }
            let of_verb = self.heads[noun] == Some(v) && matches!(self.rels[noun].base, UdRel::Obj | UdRel::Obl);
            if of_verb && matches!(self.upos(noun), Upos::Noun | Upos::Propn) {
                self.attach(w, noun, DepRel::new(UdRel::Appos, None));
                self.index_children();
            }
        }
    }

    /// Hangs `word` on `head` by `rel`.
    fn attach(&mut self, word: usize, head: usize, rel: DepRel) {
        self.heads[word] = Some(head);
        self.rels[word] = rel;
    }

    /// Hangs the coordinators before `from` ("and" in "X and Y") on `to` instead, for a
    /// conjunct that gives its place to another word.
    fn move_coordinators(&mut self, from: usize, to: usize) {
        for k in self.children_with(from, UdRel::Cc).filter(|&k| k < from).collect::<Vec<_>>() {
            self.heads[k] = Some(to);
        }
    }

    /// Hangs the dependents of `from` from position `start` on on `to` instead.
    fn move_dependents(&mut self, from: usize, to: usize, start: usize) {
        for w in start..self.len() {
            if self.heads[w] == Some(from) && w != to {
                self.heads[w] = Some(to);
            }
        }
    }

    /// "held a meeting with visiting Malaysian Prime Minister X": the parser reads the
    /// attributive participle as a clause with the preposition as its marker and the name
    /// as its object. The name is the preposition's, the participle its modifier.
    /// Only participles that describe (`ATTRIBUTIVE`): "arrested X for attacking Y" is a
    /// gerund with its object.
    fn repair_attributive_participles(&mut self) {
        const PREPOSITIONS: [&str; 5] = ["with", "to", "for", "by", "from"];
        for w in 0..self.len() {
            if self.upos(w) != Upos::Verb || !ATTRIBUTIVE.contains(&self.form(w)) {
                continue;
            }
            let Some(h) = self.heads[w] else { continue };
            let mark = self.children_with(w, UdRel::Mark).find(|&m| m + 1 == w && PREPOSITIONS.contains(&self.form(m)));
            let object = self
                .children(w)
                .iter()
                .copied()
                .find(|&o| o > w && self.rels[o] == DepRel::new(UdRel::Obj, None) && self.mention(o).is_some());
            let (Some(mark), Some(name)) = (mark, object) else { continue };
            let nominal = if self.upos(h) == Upos::Verb { UdRel::Obl } else { UdRel::Nmod };
            self.attach(name, h, DepRel::new(nominal, None));
            self.attach(mark, name, DepRel::new(UdRel::Case, None));
            self.attach(w, name, DepRel::new(UdRel::Amod, None));
        }
    }

    /// "prosecutors charged captured rebel commander X with rebellion": the parser makes
    /// the describing participle the clause's verb, the name its object, and the real
    /// verb right before it a modifier of the subject (or reads the participle as that
    /// verb's complement). The verb right before takes the participle's place and
    /// dependents; the participle modifies the name.
    fn repair_attributive_after_verbs(&mut self) {
        for w in 1..self.len() {
            let v = w - 1;
            // Past participles only: "told visiting envoy X" is read as a visit, which
            // it also tells of.
            let past = self.form(w).ends_with("ed");
            if !past || !ATTRIBUTIVE.contains(&self.form(w)) || self.upos(w) != Upos::Verb || self.upos(v) != Upos::Verb
            {
                continue;
            }
            let obj = DepRel::new(UdRel::Obj, None);
            let Some(name) =
                self.children(w).iter().copied().find(|&o| o > w && self.rels[o] == obj && self.mention(o).is_some())
            else {
                continue;
            };
            // Not after an auxiliary ("were captured"); and the verb has no object of its own.
            let aux = self.heads[v] == Some(w) && matches!(self.rels[v].base, UdRel::Aux | UdRel::Cop);
            if aux || self.children(v).iter().any(|&c| self.rels[c] == obj) {
                continue;
            }
            // The participle read as the verb's complement leaves the verb where it is.
            if self.heads[w] != Some(v) {
                let (head, rel) = (self.heads[w], self.rels[w]);
                self.heads[v] = head;
                self.rels[v] = rel;
            }
            self.move_dependents(w, v, 0);
            self.attach(w, name, DepRel::new(UdRel::Amod, None));
        }
    }

    /// "accused neighbouring Morocco of ...": the parser reads a participle that only
    /// describes the name after it as the verb's complement, with the name as its
    /// object. When the verb has no object of its own, the name is its object and the
    /// participle the name's modifier.
    fn repair_attributive_complements(&mut self) {
        let obj = DepRel::new(UdRel::Obj, None);
        for w in 0..self.len() {
            if !ATTRIBUTIVE.contains(&self.form(w)) || !matches!(self.rels[w].base, UdRel::Xcomp | UdRel::Advcl) {
                continue;
            }
            let Some(h) = self.heads[w].filter(|&h| h < w && self.upos(h) == Upos::Verb) else { continue };
            // The name right after it: the participle's object, or a bare oblique of the verb.
            let Some(m) = self.mention(w + 1) else { continue };
            let head_word =
                (w + 1..self.len()).take_while(|&o| self.mention(o) == Some(m)).find(|&o| self.heads_mention(o));
            let name = head_word.filter(|&o| {
                let bare = self.rels[o].is(UdRel::Obl) && self.heads[o] == Some(h) && !self.has_case(o);
                let object = self.rels[o] == obj && self.heads[o] == Some(w);
                bare || object
            });
            let Some(name) = name else { continue };
            if self.children(h).iter().any(|&c| self.rels[c] == obj) {
                continue;
            }
            self.attach(name, h, obj);
            self.attach(w, name, DepRel::new(UdRel::Amod, None));
        }
    }

    /// "Greek and Turkish foreign ministers": the parser hangs both adjectives on the
    /// noun, the second with the conjunction (or the conjunction on the noun). The
    /// second is the first's conjunct, so that both name the collective. Headlines
    /// coordinate with a comma ("Thai, Cambodian troops clash").
    fn repair_coordinated_modifiers(&mut self) {
        let headline = self.headline_like();
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w && self.rels[w].is(UdRel::Amod)) else { continue };
            let comma = Some(w.wrapping_sub(1)).filter(|&c| headline && w > 0 && self.form(c) == ",");
            // The conjunction on the second adjective, or on the noun between the two
            // ("U.S. and North Korean negotiators", the first a name compounded).
            let on_noun = || self.children_with(h, UdRel::Cc).filter(|&c| c < w).max();
            let Some(cc) = self.children_with(w, UdRel::Cc).find(|&c| c < w).or(comma).or_else(on_noun) else {
                continue;
            };
            let modifier = |s: usize| {
                self.rels[s].is(UdRel::Amod) || (self.rels[s].is(UdRel::Compound) && self.mention(s).is_some())
            };
            let first = self.children(h).iter().copied().filter(|&s| s < cc && modifier(s)).max();
            if let Some(s) = first.filter(|&s| s + 1 == cc && self.mention(s).is_some() && self.mention(w).is_some()) {
                self.attach(w, s, DepRel::new(UdRel::Conj, None));
                if self.form(cc) != "," {
                    self.attach(cc, w, DepRel::new(UdRel::Cc, None));
                }
            }
        }
    }

    /// "President X and Front leader Y signed": the parser sometimes hangs the second
    /// conjunct's descriptor on the first name, with the conjunction below it, and the
    /// second name elsewhere (an apposition of the descriptor, or a second subject). A
    /// conjunction marks its word as a conjunct: the name right after such a descriptor
    /// is the first name's conjunct, described by it; with no name there, the
    /// descriptor itself is the conjunct.
    fn repair_stray_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h < w) else { continue };
            if !(self.rels[w] == DESC || self.rels[w].is(UdRel::Appos)) {
                continue;
            }
            let Some(cc) = self.children_with(w, UdRel::Cc).find(|&c| h < c && c < w) else { continue };
            let name = Some(w + 1).filter(|&n| {
                n < self.len()
                    && self.heads_mention(n)
                    && self.mention(n) != self.mention(h)
                    && !self.descends_from(h, n)
            });
            match name {
                Some(n) => {
                    self.attach(n, h, DepRel::new(UdRel::Conj, None));
                    self.attach(w, n, DESC);
                    self.heads[cc] = Some(n);
                }
                // "X, the U.S. envoy, and Y met Z": after an apposition closed by a
                // comma, the conjunct is the named one's, not the apposition's.
                None => match self.heads[h].filter(|&g| {
                    self.rels[h].is(UdRel::Appos) && self.mention(g).is_some() && cc > 0 && self.form(cc - 1) == ","
                }) {
                    Some(g) => self.attach(w, g, DepRel::new(UdRel::Conj, None)),
                    None => self.rels[w] = DepRel::new(UdRel::Conj, None),
                },
            }
        }
    }

    /// "held talks with X and with Y on trade": a conjunct that repeats a preposition
    /// ("and with") coordinates with the phrase that preposition opened before, not with
    /// the phrase the parser hung it on ("on trade").
    fn repair_repeated_preposition_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|_| self.rels[w].is(UdRel::Conj)) else { continue };
            let Some(cc) = self.children_with(w, UdRel::Cc).find(|&c| c < w) else { continue };
            let Some(case) = self.children_with(w, UdRel::Case).find(|&c| cc < c && c < w && self.upos(c) == Upos::Adp)
            else {
                continue;
            };
            let marker = self.form(case).to_string();
            let opens = |k: usize| self.has_marker(k, &marker);
            // Already inside such a phrase ("with his counterpart, X, and with Y").
            let mut inside = false;
            let mut a = Some(h);
            while let Some(x) = a.filter(|&x| self.upos(x) != Upos::Verb) {
                inside |= opens(x);
                a = self.heads[x];
            }
            if inside {
                continue;
            }
            let earlier = (0..cc).rev().find(|&k| {
                (self.rels[k].is(UdRel::Obl) || self.rels[k] == DepRel::new(UdRel::Nmod, None))
                    && opens(k)
                    && self.mention(k).is_some()
            });
            if let Some(k) = earlier.filter(|&k| !self.descends_from(k, w)) {
                self.attach(w, k, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// "met X in Jerusalem and Y in Gaza": the parser may coordinate the second person
    /// with the first one's place or time. A person conjoined to an oblique that names
    /// no person, on a verb whose object is a person, is that object's conjunct.
    fn repair_gapped_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h < w) else { continue };
            if !self.rels[w].is(UdRel::Conj)
                || !self.names_person(w)
                || self.names_person(h)
                || !self.rels[h].is(UdRel::Obl)
            {
                continue;
            }
            let Some(v) = self.heads[h] else { continue };
            let object = self
                .children(v)
                .iter()
                .copied()
                .find(|&o| o < h && self.rels[o].is(UdRel::Obj) && self.names_person(o));
            if let Some(o) = object {
                self.attach(w, o, DepRel::new(UdRel::Conj, None));
                self.index_children();
            }
        }
    }

    /// "talks between X and Y", parsed with Y a second modifier of "talks" beside X: a
    /// name with a conjunction of its own and no preposition, right after a sibling
    /// name with one, is that sibling's conjunct.
    fn repair_sibling_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w] else { continue };
            if !self.heads_mention(w) || !self.rels[w].is(UdRel::Nmod) || self.has_case(w) {
                continue;
            }
            let Some(cc) = self.children_with(w, UdRel::Cc).find(|&c| c < w) else { continue };
            let sibling = self.children(h).iter().copied().filter(|&x| x < cc && x != w).max();
            let first = sibling.filter(|&x| self.heads_mention(x) && self.rels[x].is(UdRel::Nmod) && self.has_case(x));
            if let Some(x) = first {
                self.attach(w, x, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// Whether the sentence may be a headline: without a final full stop, or short and
    /// outside quotes, as the headlines of the CoNLL Reuters text, which all end in one
    /// ("Lebed, Chechens start peace talks."). Prose addresses no one but in quotes.
    fn headline_like(&self) -> bool {
        let quote = |i: usize| matches!(self.form(i), "\"" | "``" | "''" | "'");
        let n = self.len();
        let last = (0..n).rev().find(|&i| !quote(i));
        let unstopped = last.is_some_and(|i| !matches!(self.form(i), "." | "!" | "?"));
        let short = n <= 12 && !(0..n).any(quote);
        unstopped || short
    }

    /// An apposition restates a noun; one that hangs on a verb after it is the verb's
    /// object, when it has none ("Clinton, Jiang hold talks on Taiwan", with "talks"
    /// read as a restatement once the names are the verb's subjects).
    fn repair_appositions_on_verbs(&mut self) {
        for w in 0..self.len() {
            let Some(v) = self.heads[w].filter(|&v| v < w && self.rels[w].is(UdRel::Appos)) else { continue };
            let has_object = self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj));
            if self.upos(v) == Upos::Verb && self.upos(w) == Upos::Noun && !has_object {
                self.attach(w, v, DepRel::new(UdRel::Obj, None));
            }
        }
    }

    /// Headlines coordinate with a comma ("Netanyahu, Arafat meet at Erez, agree to
    /// resume talks"): the parser gives each name its own verb, or reads the first as
    /// addressed. In a headline (no final full stop), a name opening it, a comma and a
    /// second name that is the subject of the first verb are that verb's coordinated
    /// subjects; an addressed name is a subject, headlines addressing no one.
    fn repair_headline_pairs(&mut self) {
        let n = self.len();
        if n < 4 || !self.headline_like() {
            return;
        }
        // "Chirac, Kohl meet to discuss ...", with the first name read as addressed.
        for x in 0..n {
            if self.rels[x].is(UdRel::Vocative) && self.heads[x].is_some_and(|h| self.upos(h) == Upos::Verb) {
                self.rels[x] = DepRel::new(UdRel::Nsubj, None);
            }
        }
        let Some(comma) = (1..n).find(|&i| self.form(i) == ",") else { return };
        // "Israel, Syria resume peace talks": a headline sets no name beside another in
        // apposition; the two are coordinated. Nor is a name after a comma a compound
        // of the one before it ("Clerides, Denktash meet").
        for y in comma + 1..n {
            let Some(x) = self.heads[y].filter(|&x| x < comma) else { continue };
            let compound = self.rels[y].is(UdRel::Compound) && (x + 1..y).all(|i| self.upos(i) != Upos::Verb);
            if !self.rels[y].is(UdRel::Appos) && !compound {
                continue;
            }
            let names = |a: usize, b: usize| self.mention(a).is_some_and(|m| self.mention(b).is_some_and(|k| k != m));
            if names(x, y) && self.heads[x].is_some_and(|v| self.upos(v) == Upos::Verb) {
                self.rels[y] = DepRel::new(UdRel::Conj, None);
            }
        }
        let name = |from: usize, to: usize| {
            (from..to)
                .find(|&x| self.rels[x].is(UdRel::Nsubj))
                .filter(|&x| self.mention(x).is_some() && (from..to).all(|i| i == x || self.heads[i] == Some(x)))
        };
        // Or the first name heads the headline, the verb hung on it ("Chirac, Kohl hold
        // talks ..." read as "Chirac" and a clause beside it).
        let heading = (0..comma).find(|&x| {
            self.heads[x].is_none()
                && self.mention(x).is_some()
                && (0..comma).all(|i| i == x || self.heads[i] == Some(x))
        });
        // The second side ends after its name, or after the collective noun its name
        // qualifies right before the verb ("Moroccan troops, Polisario clash near X",
        // "ANC, Inkatha supporters clash").
        let verb_like =
            |i: usize| i < n && (self.upos(i) == Upos::Verb || self.form(i) == "to" || self.heads[i].is_none());
        let collective =
            |i: usize| self.upos(i) == Upos::Noun && i > comma + 1 && self.mention(i - 1).is_some() && verb_like(i + 1);
        let after = (comma + 1..n).find(|&i| self.mention(i).is_none() && !collective(i));
        let Some(end) = after else { return };
        match (name(0, comma).or(heading), name(comma + 1, end)) {
            (Some(x), Some(y)) if self.heads[y] == Some(end) && self.upos(end) == Upos::Verb => {
                let v = end;
                if self.heads[x] != Some(v) {
                    if self.heads[x].is_none() {
                        self.heads[v] = None;
                        self.rels[v] = DepRel::new(UdRel::Root, None);
                        self.move_dependents(x, v, v + 1);
                    }
                    self.attach(x, v, DepRel::new(UdRel::Nsubj, None));
                    self.attach(y, x, DepRel::new(UdRel::Conj, None));
                    self.attach(comma, y, DepRel::new(UdRel::Punct, None));
                    self.restore_headline_object(v);
                }
            }
            // "Yeltsin, Lebed hold talks", with "Lebed" the subject of "talks".
            _ => self.rebuild_headline_pair(comma, end),
        }
    }

    /// "Mandela to meet Mobutu on ship", "Albright and Primakov to meet in Moscow": a
    /// headline's name (or names) with its "to" verb right after it is that verb's
    /// subject, not a noun the verb's clause modifies.
    fn repair_headline_to_verbs(&mut self) {
        let n = self.len();
        if n < 3 || !self.headline_like() {
            return;
        }
        let Some(x) = (0..n).find(|&i| self.heads[i].is_none()) else { return };
        let Some(m) = self.mention(x) else { return };
        let Some(mut end) = (x..n).find(|&i| self.mention(i) != Some(m)) else { return };
        // Past names coordinated with it.
        while end + 1 < n && matches!(self.form(end), "and" | ",") {
            let c = end + 1;
            let Some(cm) = self.mention(c).filter(|_| self.heads[c] == Some(x) && self.rels[c].is(UdRel::Conj)) else {
                break;
            };
            let Some(after) = (c..n).find(|&i| self.mention(i) != Some(cm)) else { return };
            end = after;
        }
        let v = end + 1;
        let clause = |r: DepRel| matches!(r.base, UdRel::Advcl | UdRel::Acl | UdRel::Xcomp);
        if v >= n
            || self.form(end) != "to"
            || self.upos(v) != Upos::Verb
            || self.heads[v] != Some(x)
            || !clause(self.rels[v])
        {
            return;
        }
        self.move_dependents(x, v, v + 1);
        self.make_root(v, x);
        self.attach(end, v, DepRel::new(UdRel::Mark, None));
    }

    /// "Kohl, Jospin hold talks on ...", "Netanyahu, Peres to meet on ...", with one of
    /// the names heading the headline and the rest hung on it in pieces (the second
    /// name a compound of the verb, the verb a compound of its object, the first name
    /// a flat part of the second): the verb, or the "to" verb, right after the second
    /// name heads the headline, the two names its coordinated subject and a noun it was
    /// read as modifying its object.
    fn rebuild_headline_pair(&mut self, comma: usize, end: usize) {
        let (first, second): (Vec<usize>, Vec<usize>) = ((0..comma).collect(), (comma + 1..end).collect());
        let top = |span: &[usize]| span.iter().copied().find(|&i| self.heads[i].is_none_or(|h| !span.contains(&h)));
        let (Some(x), Some(y)) = (top(&first), top(&second)) else { return };
        // Each side is one name, or a collective its name qualifies ("Greek Cypriot
        // guards", "Inkatha supporters").
        let side = |span: &[usize], at: usize| {
            let name = span.iter().find_map(|&i| self.mention(i))?;
            let last = span.last().copied();
            let collective = |i: usize| (i == at || Some(i) == last) && self.upos(i) == Upos::Noun;
            span.iter().all(|&i| self.mention(i) == Some(name) || collective(i)).then_some(name)
        };
        match (side(&first, x), side(&second, y)) {
            (Some(a), Some(b)) if a != b => {}
            _ => return,
        }
        // "Uganda, Sudan trade accusations", "Moroccan troops, Polisario clash near X":
        // with no verb anywhere, the noun after the names that modifies the noun after
        // it, or that heads the headline, is the headline's verb.
        let verbless = (0..self.len()).all(|i| !matches!(self.upos(i), Upos::Verb | Upos::Aux));
        if verbless
            && self.upos(end) == Upos::Noun
            && (self.rels[end].is(UdRel::Compound) && self.heads[end] == Some(end + 1) || self.heads[end].is_none())
        {
            self.tags[end] = Upos::Verb;
        }
        let v = if self.upos(end) == Upos::Verb {
            end
        } else if self.form(end) == "to" && end + 1 < self.len() && self.upos(end + 1) == Upos::Verb {
            end + 1
        } else {
            return;
        };
        // One name heads the headline, or the first hangs on the second, the verb's
        // subject ("Netanyahu, Arafat to meet ...", "Netanyahu" a flat part of "Arafat").
        let first_on_second = self.heads[x].is_some_and(|h| second.contains(&h)) && self.heads[y] == Some(v);
        let both_on_verb = self.heads[x] == Some(v) && self.heads[y] == Some(v);
        // "Honduras, Nicaragua troops clash": the two already coordinated, the first hung
        // on the verb read as a noun.
        let coordinated = self.heads[y] == Some(x) && self.rels[y].is(UdRel::Conj) && self.heads[x] == Some(v);
        if !(self.heads[x].is_none() || self.heads[y].is_none() || first_on_second || both_on_verb || coordinated) {
            return;
        }
        let object = self.heads[v].filter(|&o| o > v && matches!(self.upos(o), Upos::Noun | Upos::Propn));
        if let Some(o) = object.filter(|_| matches!(self.rels[v].base, UdRel::Compound | UdRel::Amod)) {
            self.attach(o, v, DepRel::new(UdRel::Obj, None));
        }
        self.move_dependents(x, v, v + 1);
        self.move_dependents(y, v, v + 1);
        self.make_root(v, x);
        self.attach(y, x, DepRel::new(UdRel::Conj, None));
        self.attach(comma, y, DepRel::new(UdRel::Punct, None));
        if end != v {
            self.attach(end, v, DepRel::new(UdRel::Mark, None));
        }
        self.restore_headline_object(v);
    }

    /// The noun right after a rebuilt headline's verb, which had hung on a name as its
    /// conjunct or a clause beside it ("Rabbani, Dostum hold talks on ..." with "talks"
    /// a conjunct of "Rabbani"), is the verb's object.
    fn restore_headline_object(&mut self, v: usize) {
        let o = v + 1;
        let misread = |r: DepRel| matches!(r.base, UdRel::Conj | UdRel::Parataxis | UdRel::Dep);
        if o < self.len() && self.heads[o] == Some(v) && self.upos(o) == Upos::Noun && misread(self.rels[o]) {
            self.rels[o] = DepRel::new(UdRel::Obj, None);
        }
    }

    /// A headline's source after a dash ("Yeltsin visits wife in hospital - Interfax")
    /// is no argument of the headline's verb, whatever the parser made of it.
    fn detach_headline_source(&mut self) {
        let n = self.len();
        let Some(dash) = (0..n).rev().find(|&i| matches!(self.form(i), "-" | "--" | "—")) else { return };
        let tail: Vec<usize> = (dash + 1..n).filter(|&i| self.upos(i) != Upos::Punct).collect();
        if tail.is_empty() || tail.len() > 3 || dash == 0 {
            return;
        }
        for i in tail {
            if self.heads[i].is_some_and(|h| h < dash) {
                self.rels[i] = DepRel::new(UdRel::Parataxis, None);
            }
        }
    }

    /// A passive subject needs a passive verb: on a verb with no passive auxiliary and
    /// no agent, whose object (its own or a coordinated verb's), an on- or
    /// against-phrase or a with-phrase naming an actor shows it active, it is the subject ("Syrian forces encircled and
    /// bombarded Aleppo", "South Korean warships fired on a patrol boat"). Headlines'
    /// passives ("rebel leader arrested") have no object and stay passive.
    fn repair_passive_subjects(&mut self) {
        let pass = DepRel::new(UdRel::Nsubj, Some(Subtype::Pass));
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|_| self.rels[w] == pass) else { continue };
            let has_obj = |v: usize| self.children(v).iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Obj, None));
            // A by-phrase on a bare common noun is a means, not an agent: "X conferred by
            // telephone with Y".
            let means = |c: usize| {
                self.upos(c) == Upos::Noun
                    && self.mention(c).is_none()
                    && !self
                        .children(c)
                        .iter()
                        .any(|&k| matches!(self.rels[k].base, UdRel::Det | UdRel::Nummod | UdRel::Amod | UdRel::Nmod))
            };
            let passive = self.has_passive_aux(h)
                || self.children(h).iter().any(|&c| {
                    (self.rels[c] == DepRel::new(UdRel::Obl, Some(Subtype::Agent))
                        || (self.rels[c].is(UdRel::Obl) && self.has_marker(c, "by")))
                        && !means(c)
                });
            // A with-phrase naming an actor is a partner: "X conferred with Y in Colombo"
            // ("charged with murder" names none).
            let aimed = self.children_with(h, UdRel::Obl).any(|c| {
                self.has_marker(c, "on")
                    || self.has_marker(c, "against")
                    || (self.has_marker(c, "with") && self.mention(c).is_some())
            });
            let active = has_obj(h) || aimed || self.children_with(h, UdRel::Conj).any(|c| c > h && has_obj(c));
            if self.upos(h) == Upos::Verb && !passive && active {
                self.rels[w] = DepRel::new(UdRel::Nsubj, None);
            }
        }
    }

    /// "X denied that it had threatened Y, and Z said W wanted talks": the parser may
    /// hang the first that-clause on the second verb, which then has one clause before
    /// it and one after. A verb's clause before it, behind the coordinator that joins
    /// the verb to an earlier one, belongs to that earlier verb when it has no clause of
    /// its own.
    fn repair_reports_before_second_verbs(&mut self) {
        let ccomp = DepRel::new(UdRel::Ccomp, None);
        for v in 0..self.len() {
            let Some(first) = self.heads[v].filter(|&f| f < v && self.rels[v].is(UdRel::Conj)) else { continue };
            let clauses: Vec<usize> = self.children(v).iter().copied().filter(|&c| self.rels[c] == ccomp).collect();
            let Some(&early) = clauses.iter().find(|&&c| first < c && c < v && self.has_marker(c, "that")) else {
                continue;
            };
            let later = clauses.iter().any(|&c| c > v);
            let coordinator = self.children_with(v, UdRel::Cc).any(|k| early < k && k < v);
            let first_has_clause = self.children(first).iter().any(|&c| self.rels[c] == ccomp);
            if later && coordinator && !first_has_clause && self.upos(first) == Upos::Verb {
                self.attach(early, first, ccomp);
            }
        }
    }

    /// "X imposed sanctions on Y, a move Z denounced as interference": the parser may
    /// hang the noun after the comma on the verb of its own relative clause, as a bare
    /// oblique. An indefinite noun opening a phrase after a comma, bare, before that
    /// verb's subject, on a verb without an object, is the noun the clause modifies (its
    /// object's gap), set beside the clause before it.
    fn repair_reduced_relatives_after_commas(&mut self) {
        for n in 1..self.len() {
            let Some(v) = self.heads[n].filter(|&v| v > n && self.upos(v) == Upos::Verb) else { continue };
            if self.upos(n) != Upos::Noun || !self.rels[n].is(UdRel::Obl) || self.has_case(n) {
                continue;
            }
            let indefinite = self
                .children_with(n, UdRel::Det)
                .any(|d| d < n && matches!(self.form(d).to_lowercase().as_str(), "a" | "an"));
            let start = self.leftmost(n);
            let after_comma = start > 0 && self.form(start - 1) == ",";
            let kids = self.children(v);
            let subject = kids.iter().any(|&c| n < c && c < v && self.rels[c].is(UdRel::Nsubj));
            let object = kids.iter().any(|&c| self.rels[c].is(UdRel::Obj) || self.rels[c].is(UdRel::Ccomp));
            // Beside the clause, not its complement ("said X had accused Y, a charge Z
            // denied", read as a second thing said).
            let beside = matches!(self.rels[v].base, UdRel::Parataxis | UdRel::Advcl | UdRel::Conj | UdRel::Appos);
            let Some(up) = self.heads[v].filter(|&up| up < start) else { continue };
            if indefinite && after_comma && subject && !object && beside {
                (self.heads[n], self.rels[n]) = (Some(up), self.rels[v]);
                (self.heads[v], self.rels[v]) = (Some(n), RELCL);
            }
        }
    }

    /// "a move Kuwaiti Foreign Minister X condemned": the clause's subject read as the
    /// noun's apposition. A relative clause without a subject or a pronoun takes the
    /// name between the noun and its verb.
    fn repair_relative_subjects_read_as_appositions(&mut self) {
        for v in 0..self.len() {
            let Some(n) = self.heads[v].filter(|&n| n < v && self.rels[v] == RELCL) else { continue };
            let kids = self.children(v);
            if kids.iter().any(|&c| is_subject(self.rels[c]) || (c < v && self.upos(c) == Upos::Pron)) {
                continue;
            }
            let name = self
                .children(n)
                .iter()
                .copied()
                .find(|&a| n < a && a < v && self.rels[a].is(UdRel::Appos) && self.mention(a).is_some());
            if let Some(a) = name.filter(|&a| (a + 1..v).all(|i| self.descends_from(i, a))) {
                self.attach(a, v, DepRel::new(UdRel::Nsubj, None));
            }
        }
    }

    /// "a diplomat it accused of spying": a clause on a noun with a subject of its own
    /// between them is a relative clause without its pronoun, however the parser
    /// labelled it (`acl`, the subject passive). With no passive auxiliary or agent its
    /// subject is active; the noun fills its object's gap (see `relate::args`). A clause
    /// with a marker is a content clause, even when labelled a relative one.
    fn repair_object_relatives(&mut self) {
        for v in 0..self.len() {
            let Some(n) = self.heads[v].filter(|&n| n < v && self.rels[v].base == UdRel::Acl) else { continue };
            if self.upos(v) != Upos::Verb
                || !matches!(self.upos(n), Upos::Noun | Upos::Propn)
                || self.has_passive_aux(v)
            {
                continue;
            }
            // A "that" tagged a pronoun before a verb with no object is the relative
            // pronoun the clause's gap needs ("a decision that X rejected as ...").
            // A "that" before the subject of a clause with an object of its own is no
            // pronoun filling a gap: it marks a content clause ("Iraq's charges that
            // Kuwait had stolen oil", its "that" labelled the object).
            let objects =
                self.children(v).iter().filter(|&&c| matches!(self.rels[c].base, UdRel::Obj | UdRel::Ccomp)).count();
            let stray = self.children(v).iter().copied().find(|&m| {
                self.form(m).eq_ignore_ascii_case("that")
                    && matches!(self.rels[m].base, UdRel::Obj | UdRel::Obl)
                    && (objects > 1 || !self.rels[m].is(UdRel::Obj) && objects == 1)
                    && self.children(v).iter().any(|&c| m < c && c < v && self.rels[c].is(UdRel::Nsubj))
            });
            if let Some(m) = stray {
                self.rels[m] = DepRel::new(UdRel::Mark, None);
            }
            let has_object = self.has_object(v);
            let relative_that =
                |m: usize| self.form(m).eq_ignore_ascii_case("that") && self.upos(m) == Upos::Pron && !has_object;
            // Any other "that" marks a content clause ("reports that X had held
            // talks"); a passive clause has its agent, which the parser may have made
            // its subject ("a resolution by the Russian State Duma declaring ...").
            let content = self.children_with(v, UdRel::Mark).any(|m| !relative_that(m));
            let agent = self
                .children(v)
                .iter()
                .any(|&c| (self.rels[c].is(UdRel::Obl) || self.rels[c].is(UdRel::Nsubj)) && self.has_marker(c, "by"));
            let subject = self.children(v).iter().copied().find(|&c| n < c && c < v && self.rels[c].is(UdRel::Nsubj));
            match (subject, content || agent) {
                (Some(s), false) => {
                    self.rels[v] = RELCL;
                    self.rels[s] = DepRel::new(UdRel::Nsubj, None);
                }
                // "charges that the Democrats had accepted donations", labelled a
                // relative clause with its "that" a marker: a content clause.
                (Some(_), true) if content && self.rels[v] == RELCL => self.rels[v] = DepRel::new(UdRel::Acl, None),
                _ => {}
            }
        }
    }

    /// "X, whom Y accused of ...": "whom" is the object a relative clause's verb lacks,
    /// where the parser made it a bare oblique, and the clause is on the noun before the
    /// comma, where the parser hung it elsewhere (on the main verb, as an adverbial).
    fn repair_relative_whom(&mut self) {
        for m in 2..self.len() {
            let Some(v) = self.heads[m].filter(|&v| v > m && self.upos(v) == Upos::Verb) else { continue };
            if self.form(m) != "whom" || self.children(m).iter().any(|&c| self.rels[c].is(UdRel::Case)) {
                continue;
            }
            if !self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj)) {
                self.rels[m] = DepRel::new(UdRel::Obj, None);
            }
            // The antecedent: the head of the name or noun phrase that ends before the comma.
            let mut n = m - 2;
            while let Some(h) =
                self.heads[n].filter(|&h| h < n && matches!(self.rels[n].base, UdRel::Flat | UdRel::Fixed))
            {
                n = h;
            }
            let noun = matches!(self.upos(n), Upos::Noun | Upos::Propn) && self.form(m - 1) == ",";
            if noun && self.rels[v] != RELCL && !self.descends_from(n, v) {
                self.attach(v, n, RELCL);
            }
        }
    }

    /// "rejected Taiwan's bid to join the World Trade Organisation": the parser may hang
    /// the infinitive's object on the noun the infinitive modifies, with no
    /// preposition. A bare nominal after such an infinitive without an object is its
    /// object.
    fn repair_objects_hung_on_nouns(&mut self) {
        for n in 1..self.len() {
            let Some(h) = self.heads[n].filter(|&h| h < n && self.rels[n] == DepRel::new(UdRel::Nmod, None)) else {
                continue;
            };
            if self.children(n).iter().any(|&c| self.rels[c].is(UdRel::Case)) {
                continue;
            }
            let verb = self.children(h).iter().copied().find(|&v| {
                h < v
                    && v < n
                    && self.rels[v].is(UdRel::Acl)
                    && self.upos(v) == Upos::Verb
                    && self.has_marker(v, "to")
                    && !self.has_object(v)
            });
            if let Some(v) = verb {
                self.attach(n, v, DepRel::new(UdRel::Obj, None));
            }
        }
    }

    /// "refused to meet a delegation from the OAU": the parser may hang a from-phrase
    /// right after a controlled verb's object on the controlling verb, which then reads
    /// as refusing something from the OAU. Such a phrase modifies the object.
    fn repair_from_phrases_on_objects(&mut self) {
        for o in 1..self.len() {
            let Some(v) = self.heads[o].filter(|&v| v < o && self.rels[o].is(UdRel::Obl) && self.has_marker(o, "from"))
            else {
                continue;
            };
            let controlled =
                self.children(v).iter().copied().find(|&x| v < x && x < o && self.rels[x].is(UdRel::Xcomp));
            let object = controlled.and_then(|x| {
                self.children(x).iter().copied().find(|&n| n < o && self.rels[n] == DepRel::new(UdRel::Obj, None))
            });
            let Some(n) = object.filter(|&n| matches!(self.upos(n), Upos::Noun | Upos::Propn)) else { continue };
            // Only the object's own words stand between it and the phrase.
            if (n + 1..o).all(|i| self.descends_from(i, n) || self.descends_from(i, o)) {
                self.attach(o, n, DepRel::new(UdRel::Nmod, None));
            }
        }
    }

    /// "Talks between Georgian Foreign Minister X and Abkhaz envoy Y ended": "between"
    /// takes two sides. A name after "and" that the parser hung elsewhere (as a second
    /// subject of the verb) is the second side of a "between" phrase before it that has
    /// only one.
    fn repair_between_pairs(&mut self) {
        for w in 1..self.len() {
            if self.mention(w).is_none() || self.upos(w) != Upos::Propn {
                continue;
            }
            let first = self.leftmost(w);
            let Some(and) = (first..w).find(|&i| self.rels[i].is(UdRel::Cc) && self.form(i) == "and") else {
                continue;
            };
            let side = (0..and).rev().find(|&x| {
                self.rels[x].base == UdRel::Nmod
                    && self.has_marker(x, "between")
                    && !self.children(x).iter().any(|&c| self.rels[c].is(UdRel::Conj))
            });
            let Some(x) = side.filter(|&x| self.heads[w] != Some(x) && !self.descends_from(x, w)) else { continue };
            // Only the words between the side and the name: its own title.
            if (x + 1..and).any(|i| !self.descends_from(i, x)) {
                continue;
            }
            self.attach(w, x, DepRel::new(UdRel::Conj, None));
        }
    }

    /// "X on Saturday accused Y of ..., the agency reported": the parser reads the
    /// past tense as a participle modifying X ("a group accused of ...") and gives the
    /// reporting verb two subjects. A participle with a direct object is a finite verb:
    /// it becomes the reported clause, X its subject. Not a present participle, never
    /// finite ("X, the former communist challenging Y in the run-off, accused Z ...").
    fn repair_reduced_reports(&mut self) {
        for h in 0..self.len() {
            if self.upos(h) != Upos::Verb {
                continue;
            }
            let subjects: Vec<usize> =
                self.children(h).iter().copied().filter(|&c| self.rels[c].is(UdRel::Nsubj) && c < h).collect();
            let (Some(&first), true) = (subjects.first(), subjects.len() >= 2) else { continue };
            let clause = self.children(first).iter().copied().find(|&v| {
                v > first
                    && v < subjects[1]
                    && self.upos(v) == Upos::Verb
                    && self.rels[v] == DepRel::new(UdRel::Acl, None)
                    && !self.form(v).ends_with("ing")
                    && !self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Mark))
                    && self.children(v).iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Obj, None))
            });
            if let Some(v) = clause {
                self.attach(v, h, DepRel::new(UdRel::Ccomp, None));
                self.attach(first, v, DepRel::new(UdRel::Nsubj, None));
            }
        }
    }

    /// "X charged that Y was stalling, the KCNA news agency reported": the parser may hang
    /// the closing report on the verb as a second content clause, whose subject then
    /// reads as the one charged. A second content clause after a comma, with a subject of
    /// its own and no complement, is the report's frame: a clause beside the sentence.
    fn repair_trailing_reports(&mut self) {
        for v in 0..self.len() {
            let clauses: Vec<usize> = self.children_with(v, UdRel::Ccomp).filter(|&c| c > v).collect();
            let [_, .., last] = clauses[..] else { continue };
            let kids = self.children(last);
            let subject = kids.iter().any(|&c| c < last && self.rels[c].is(UdRel::Nsubj));
            let complement =
                kids.iter().any(|&c| c > last && matches!(self.rels[c].base, UdRel::Ccomp | UdRel::Obj | UdRel::Xcomp));
            let after_comma = self.leftmost(last).checked_sub(1).is_some_and(|k| self.form(k) == ",");
            if subject && !complement && after_comma {
                self.rels[last] = DepRel::new(UdRel::Parataxis, None);
            }
        }
    }

    /// "The source said X met Y", parsed with the source as the subject of "met" and X
    /// as that of "said". A clause after its governor cannot have its subject before the
    /// governor: the two subjects trade places, or, when the governor has none ("King
    /// Birendra, in Tibet, said the government had ..." with both subjects on "had"),
    /// the early one goes up to it.
    fn repair_swapped_subjects(&mut self) {
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h < v && self.rels[v].is(UdRel::Ccomp)) else { continue };
            let early = self.children(v).iter().copied().find(|&s| s < h && self.rels[s].is(UdRel::Nsubj));
            let late = self.children(h).iter().copied().find(|&t| t > h && t < v && self.rels[t].is(UdRel::Nsubj));
            let governor_has_subject = self.children(h).iter().any(|&c| is_subject(self.rels[c]));
            let own_subject = self.children(v).iter().any(|&t| t > h && t < v && self.rels[t].is(UdRel::Nsubj));
            match (early, late) {
                (Some(s), Some(t)) => {
                    let (rs, rt) = (self.rels[s], self.rels[t]);
                    self.heads[s] = Some(h);
                    self.heads[t] = Some(v);
                    (self.rels[s], self.rels[t]) = (rt, rs);
                }
                (Some(s), None) if !governor_has_subject && own_subject && self.upos(h) == Upos::Verb => {
                    self.attach(s, h, DepRel::new(UdRel::Nsubj, None));
                }
                _ => {}
            }
        }
    }

    /// "Diplomats said opposition leader X had accused Y of ...": the parser may hang X
    /// on "said" as a second subject, after it, leaving the reported clause without one.
    /// A subject between a reporting verb that has its own and a subjectless clause of
    /// it is that clause's.
    fn repair_report_subjects(&mut self) {
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h < v && self.rels[v].is(UdRel::Ccomp)) else { continue };
            let own_subject = self.children(v).iter().any(|&c| c < v && is_subject(self.rels[c]));
            let report_subject = self.children(h).iter().any(|&c| c < h && self.rels[c].is(UdRel::Nsubj));
            let stray = self.children(h).iter().copied().find(|&t| h < t && t < v && self.rels[t].is(UdRel::Nsubj));
            if let Some(t) = stray.filter(|_| !own_subject && report_subject) {
                let passive = self.has_passive_aux(v);
                self.attach(t, v, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
            }
        }
    }

    /// News fronts reported clauses: "X will visit Y, the ministry said". The parser
    /// often hangs X on "said" beside "ministry", leaving "visit" without a subject.
    /// A reporting verb has one subject: an earlier one that precedes a subjectless
    /// clausal complement of it belongs to that clause.
    fn repair_fronted_subjects(&mut self) {
        for h in 0..self.len() {
            let subjects: Vec<usize> =
                self.children(h).iter().copied().filter(|&c| self.rels[c].is(UdRel::Nsubj)).collect();
            if subjects.len() < 2 || self.upos(h) != Upos::Verb {
                continue;
            }
            // Subjectless: no subject before the verb (one after it is the object the
            // parser mislabelled, repaired below).
            // A floating quantifier is no subject of its own ("X and Y each held talks").
            let floating = |c: usize| matches!(self.form(c), "each" | "both" | "all");
            let clause = self.children(h).iter().copied().find(|&v| {
                (self.rels[v].is(UdRel::Ccomp) || self.rels[v].is(UdRel::Parataxis))
                    && v < h
                    && !self.children(v).iter().any(|&c| {
                        c < v && (self.rels[c].is(UdRel::Nsubj) || self.rels[c].is(UdRel::Csubj)) && !floating(c)
                    })
            });
            let Some(v) = clause else { continue };
            if let Some(&s) = subjects.iter().find(|&&s| s < v) {
                let passive = self.has_passive_aux(v);
                let quantifiers: Vec<usize> =
                    self.children_with(v, UdRel::Nsubj).filter(|&c| c < v && floating(c)).collect();
                for q in quantifiers {
                    self.attach(q, s, DepRel::new(UdRel::Det, None));
                }
                self.attach(s, v, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
                // "X and Y will meet next week, the envoy said", both hung on "said": the
                // later one, after a conjunction, is the first one's conjunct.
                // A title before the later one may hang on the first as its conjunct
                // ("X and Turkish Cypriot leader Y"): it goes to its name, with the "and".
                for &t in subjects.iter().filter(|&&t| s < t && t < v) {
                    if !(s + 1..t).any(|i| matches!(self.form(i), "and" | "or")) {
                        continue;
                    }
                    let title = self
                        .children(s)
                        .iter()
                        .copied()
                        .find(|&c| s < c && c < t && self.rels[c].is(UdRel::Conj) && self.upos(c) == Upos::Noun);
                    if let Some(c) = title {
                        for cc in self.children_with(c, UdRel::Cc).collect::<Vec<_>>() {
                            self.heads[cc] = Some(t);
                        }
                        self.attach(c, t, DESC);
                    }
                    self.attach(t, s, DepRel::new(UdRel::Conj, None));
                }
                // "X deported Y on Saturday, his lawyer said": a third "subject" between
                // the clause and the reporting verb's own subject is the clause's object.
                let own = subjects.iter().copied().filter(|&t| t > v && t < h).max();
                for &t in subjects.iter().filter(|&&t| t > v && Some(t) != own && t < h) {
                    self.attach(t, v, DepRel::new(UdRel::Obj, None));
                }
            }
        }
    }

    /// "X, Y and Z met W, an official said", parsed with X and Y as subjects of "said" and
    /// only Z, after the "and", as that of "met": the reporting verb keeps its subject after
    /// the clause, and the earlier ones head a list with the clause's subject.
    fn repair_fronted_subject_lists(&mut self) {
        for h in 0..self.len() {
            let subjects: Vec<usize> = self.children_with(h, UdRel::Nsubj).collect();
            if self.upos(h) != Upos::Verb || subjects.len() < 2 {
                continue;
            }
            let clause = self
                .children(h)
                .iter()
                .copied()
                .find(|&v| v < h && (self.rels[v].is(UdRel::Ccomp) || self.rels[v].is(UdRel::Parataxis)));
            let Some(v) = clause else { continue };
            // The reporting verb's own subject stays: one after the clause.
            if !subjects.iter().any(|&t| t > v) {
                continue;
            }
            let Some(last) = self.children_with(v, UdRel::Nsubj).find(|&c| c < v) else { continue };
            let joined = self.children_with(last, UdRel::Cc).any(|c| c < last && matches!(self.form(c), "and" | "or"));
            let early: Vec<usize> = subjects.iter().copied().filter(|&s| s < last).collect();
            let Some(&first) = early.first().filter(|_| joined) else { continue };
            let passive = self.has_passive_aux(v);
            self.attach(first, v, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
            for &t in early.iter().skip(1).chain(std::iter::once(&last)) {
                self.attach(t, first, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// "X, whom ..., held talks with Y, the agency said", parsed with X as the subject of
    /// "said" and the agency as that of "held": a fronted clause's subject after it, and
    /// its governor's before it, trade places.
    fn repair_fronted_swapped_subjects(&mut self) {
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| {
                h > v
                    && (self.rels[v].is(UdRel::Ccomp) || self.rels[v].is(UdRel::Parataxis))
                    && self.upos(h) == Upos::Verb
            }) else {
                continue;
            };
            let early = self.children(h).iter().copied().find(|&s| s < v && self.rels[s].is(UdRel::Nsubj));
            let late = self.children(v).iter().copied().find(|&t| t > v && t < h && self.rels[t].is(UdRel::Nsubj));
            let own_before = self.children(v).iter().any(|&c| c < v && is_subject(self.rels[c]));
            if let (Some(s), Some(t), false) = (early, late, own_before) {
                let passive = self.has_passive_aux(v);
                self.attach(s, v, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
                self.attach(t, h, DepRel::new(UdRel::Nsubj, None));
            }
        }
    }

    /// "Angered by the bombing of Shali, Dudayev accused Yeltsin of ...": the parser may
    /// hang the name after an opening participle's comma inside the participle's phrase
    /// (a conjunct of "Shali"), leaving the main verb without a subject. A name right
    /// after the comma that closes such a clause is the main verb's subject, when the
    /// verb has none.
    fn repair_subjects_after_opening_clauses(&mut self) {
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h > v && self.rels[v].is(UdRel::Advcl)) else { continue };
            let opens = (0..v).all(|i| self.upos(i) == Upos::Punct);
            if !opens || self.upos(v) != Upos::Verb || self.children(h).iter().any(|&c| is_subject(self.rels[c])) {
                continue;
            }
            let Some(comma) = (v + 1..h).find(|&i| self.form(i) == ",") else { continue };
            let Some(m) = self.mention(comma + 1) else { continue };
            let words = self.doc.mention(m).words.clone();
            if words.start != comma + 1 || words.end > h {
                continue;
            }
            // The name's head word: the one hung outside the name.
            let Some(n) = words.clone().find(|&i| self.heads[i].is_none_or(|x| !words.contains(&x))) else { continue };
            if self.descends_from(n, v)
                && (comma + 1..h).all(|i| words.contains(&i) || (self.descends_from(i, h) && !self.descends_from(i, v)))
            {
                self.attach(n, h, DepRel::new(UdRel::Nsubj, None));
            }
        }
    }

    /// "Arriving in Beijing for a visit, X held talks with Y, the agency said": a
    /// participle opening the sentence belongs to the reported clause after it, not to
    /// the reporting verb at the end, where the parser hangs it.
    fn repair_fronted_participles(&mut self) {
        // "Accusing X of ..., Y announced ...": a participle opening the sentence, set off
        // by a comma, modifies the clause after it; the parser may read it as that
        // clause's complement.
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h > v && self.rels[v].is(UdRel::Ccomp)) else { continue };
            let opens = (0..v).all(|i| self.upos(i) == Upos::Punct);
            let set_off = (v + 1..h).any(|i| self.form(i) == "," && self.heads[i] == Some(v));
            if opens && set_off && self.upos(v) == Upos::Verb && self.form(v).ends_with("ing") {
                self.rels[v] = DepRel::new(UdRel::Advcl, None);
            }
        }
        for v in 0..self.len() {
            let Some(h) =
                self.heads[v].filter(|&h| h > v && self.rels[v].is(UdRel::Advcl) && self.upos(v) == Upos::Verb)
            else {
                continue;
            };
            let opens = (0..v).all(|i| self.upos(i) == Upos::Punct);
            let own_subject = self.children(v).iter().any(|&c| is_subject(self.rels[c]));
            let clause = self.children(h).iter().copied().find(|&c| {
                c > v
                    && c < h
                    && self.rels[c].is(UdRel::Ccomp)
                    && self.children(c).iter().any(|&x| x > v && is_subject(self.rels[x]))
            });
            if let Some(c) = clause.filter(|_| opens && !own_subject) {
                self.attach(v, c, DepRel::new(UdRel::Advcl, None));
            }
        }
        // "Accusing X of stupidity, Arafat launched ...": a name and an of-phrase between
        // the opening participle and its comma are the participle's object and
        // complement, though the parser may hang them on the main verb, the name as a
        // first subject.
        for v in 0..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h > v && self.rels[v].is(UdRel::Advcl)) else { continue };
            let opens = (0..v).all(|i| self.upos(i) == Upos::Punct);
            if !opens || self.upos(v) != Upos::Verb || !self.form(v).ends_with("ing") {
                continue;
            }
            let Some(comma) = (v + 1..h).find(|&i| self.form(i) == ",") else { continue };
            if !self.children(h).iter().any(|&c| c > comma && is_subject(self.rels[c])) {
                continue;
            }
            let stray: Vec<usize> = self.children(h).iter().copied().filter(|&c| c > v && c < comma).collect();
            let mut object_taken = self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj));
            for x in stray {
                if self.rels[x].is(UdRel::Nsubj) && !object_taken && !self.has_case(x) {
                    self.attach(x, v, DepRel::new(UdRel::Obj, None));
                    object_taken = true;
                } else if self.rels[x].is(UdRel::Obl) && self.has_marker(x, "of") {
                    self.attach(x, v, DepRel::new(UdRel::Obl, None));
                }
            }
        }
    }

    /// "X expelled two diplomats, accusing Y of spying, a statement said": a participle
    /// set off after the reported clause is that clause's, not the reporting verb's (whose
    /// subject, the statement, accuses no one), where the parser hangs it.
    fn repair_trailing_participles(&mut self) {
        for v in 1..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h > v && self.rels[v].is(UdRel::Advcl)) else { continue };
            if !self.set_off_participle(v) {
                continue;
            }
            let own_subject = self.children(v).iter().any(|&c| is_subject(self.rels[c]));
            let report_subject_after = self.children(h).iter().any(|&c| c > v && is_subject(self.rels[c]));
            let clause = self.children(h).iter().copied().find(|&c| {
                c < v && self.rels[c].is(UdRel::Ccomp) && self.children(c).iter().any(|&x| is_subject(self.rels[x]))
            });
            if let Some(c) = clause.filter(|_| !own_subject && report_subject_after) {
                self.attach(v, c, DepRel::new(UdRel::Advcl, None));
            }
        }
    }

    /// "a PUK spokesman said on Monday, accusing Baghdad of ...": a participle set off
    /// by a comma after a verb is an adjunct of it, said of its subject, not a clause it
    /// reports (which would have its own subject or a "that"), where the parser made it
    /// a complement.
    fn repair_participle_complements(&mut self) {
        for v in 1..self.len() {
            let Some(h) = self.heads[v].filter(|&h| h < v && self.rels[v].is(UdRel::Ccomp)) else { continue };
            if !self.set_off_participle(v) {
                continue;
            }
            let own = self.children(v).iter().any(|&c| is_subject(self.rels[c]) || self.rels[c].is(UdRel::Mark));
            if !own && self.upos(h) == Upos::Verb {
                self.rels[v] = DepRel::new(UdRel::Advcl, None);
            }
        }
    }

    /// "X signed an order imposing an embargo on Iran, accusing Tehran of ...": a
    /// participle set off by a comma, with an actor as its object and no subject of its
    /// own, says what the clause's subject did; the parser hangs it on the noun before
    /// the comma. It goes to the nearest verb above that noun with a subject, unless the
    /// noun is on the subject's side ("the rebels, accusing X, ..." is theirs already).
    fn repair_participles_on_objects(&mut self) {
        for v in 0..self.len() {
            let Some(n) = self.heads[v].filter(|&n| n < v && self.rels[v].is(UdRel::Acl)) else { continue };
            let names_object =
                self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj) && self.mention(c).is_some());
            let own_subject = self.children(v).iter().any(|&c| is_subject(self.rels[c]));
            if !self.set_off_participle(v) || !names_object || own_subject {
                continue;
            }
            let mut x = n;
            while let Some(h) = self.heads[x].filter(|_| !is_subject(self.rels[x])) {
                if self.upos(h) == Upos::Verb && self.children(h).iter().any(|&c| is_subject(self.rels[c])) {
                    self.attach(v, h, DepRel::new(UdRel::Advcl, None));
                    break;
                }
                x = h;
            }
        }
    }

    /// "members of [Aung San Suu Kyi's National League for Democracy]": the parser hangs
    /// the possessor and the noun it owns side by side on one head. The owned noun takes
    /// the possessor's place (and its preposition), the possessor becomes its owner.
    fn repair_sibling_possessors(&mut self) {
        let poss = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
        for x in 0..self.len() {
            let Some(h) = self.heads[x] else { continue };
            let Some(marker) = self.genitive_marker(x).filter(|_| self.rels[x] != poss) else { continue };
            let Some(y) = self.phrase_beside(marker, h).filter(|&y| matches!(self.upos(y), Upos::Noun | Upos::Propn))
            else {
                continue;
            };
            let prepositions: Vec<usize> = self.children_with(x, UdRel::Case).filter(|&c| c < x).collect();
            for c in prepositions {
                self.heads[c] = Some(y);
            }
            self.rels[y] = self.rels[x];
            self.attach(x, y, poss);
        }
    }

    /// "members of [the opposition United National Independence Party]": the parser
    /// hangs the common noun and the name after it side by side on one head, the
    /// preposition on the noun. The name takes the noun's place, its preposition and
    /// determiner; the noun describes the name.
    fn repair_described_siblings(&mut self) {
        let nmod = DepRel::new(UdRel::Nmod, None);
        for a in 0..self.len() {
            let Some(h) = self.heads[a] else { continue };
            if self.rels[a] != nmod || self.upos(a) != Upos::Noun || !self.children_with(a, UdRel::Case).any(|c| c < a)
            {
                continue;
            }
            // The name whose phrase starts right after the noun, hung beside it.
            let bare = |w: usize| !self.children_with(w, UdRel::Case).any(|c| c < w);
            let name = |b: &usize| self.rels[*b] == nmod && self.upos(*b) == Upos::Propn && bare(*b);
            let Some(b) = self.phrase_beside(a, h).filter(name) else { continue };
            self.describe(a, b);
        }
    }

    /// Makes the noun `a` the description of the name `b` after it, the preposition and
    /// determiner that opened `a`'s phrase now opening `b`'s.
    fn describe(&mut self, a: usize, b: usize) {
        let openers: Vec<usize> = self
            .children(a)
            .iter()
            .copied()
            .filter(|&c| c < a && matches!(self.rels[c].base, UdRel::Case | UdRel::Det))
            .collect();
        for c in openers {
            self.heads[c] = Some(b);
        }
        self.attach(a, b, DESC);
    }

    /// "Kenneth Kaunda's United National Independence Party announced": the parser may
    /// make the possessor the head, with the noun it owns its apposition after the "'s".
    /// The owned noun takes the possessor's place, the possessor becomes its owner.
    fn repair_possessed_appositions(&mut self) {
        let poss = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
        for x in 0..self.len() {
            let Some(marker) = self.genitive_marker(x) else { continue };
            if self.rels[x] == poss {
                continue;
            }
            let owned = self.children(x).iter().copied().find(|&y| y > marker && self.rels[y].is(UdRel::Appos));
            let Some(y) = owned else { continue };
            (self.heads[y], self.rels[y]) = (self.heads[x], self.rels[x]);
            self.attach(x, y, poss);
        }
    }

    /// An English possessor comes before its noun, with "'s": a name after its head
    /// labelled a possessor without one is the noun's apposition ("Iran's spiritual
    /// leader Ayatollah Ali Khamenei", the name read as the leader's possessor), and a
    /// plain modifier before its head with one is the possessor ("against Bonn's ban",
    /// "Bonn" read as an `nmod`). A name after a noun as a plain modifier without a
    /// preposition is its apposition too ("met rebel chief of staff Aslan Maskhadov",
    /// the name hung on "chief" past "of staff").
    fn repair_possessor_labels(&mut self) {
        let poss = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
        let nmod = DepRel::new(UdRel::Nmod, None);
        for w in 0..self.len() {
            let Some(h) = self.heads[w] else { continue };
            let marked = self.children_with(w, UdRel::Case).next().is_some();
            // The preposition may sit on a title before the name ("with his counterpart X").
            let phrase_marked = (h + 1..w).any(|i| self.rels[i].is(UdRel::Case) && self.descends_from(i, w));
            let named_modifier =
                self.rels[w] == nmod && self.upos(h) == Upos::Noun && self.mention(w).is_some() && !phrase_marked;
            // A compound comes before its head: a name after a common noun labelled one
            // is the noun's apposition too ("sanctions on state oil company PDVSA").
            let trailing_compound = self.rels[w].is(UdRel::Compound)
                && self.upos(h) == Upos::Noun
                && self.mention(w).is_some()
                && self.mention(h).is_none();
            if (self.rels[w] == poss || named_modifier || trailing_compound)
                && h < w
                && self.upos(w) == Upos::Propn
                && !marked
            {
                self.rels[w] = DepRel::new(UdRel::Appos, None);
            } else if self.rels[w] == nmod && h > w && self.genitive_marker(w).is_some() {
                self.rels[w] = poss;
            }
        }
    }

    /// A name read as the possessor of a noun behind a preposition, with no "'s" of its
    /// own, is the object of the verb right before it: "Cuba denounces U.S. over Radio
    /// Marti broadcasts", which the parser reads as "over [U.S.] broadcasts".
    fn repair_unmarked_possessors(&mut self) {
        let poss = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
        for w in 1..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w + 1 && self.rels[w] == poss) else { continue };
            let v = w - 1;
            let unmarked =
                self.upos(w) == Upos::Propn && self.mention(w).is_some() && self.genitive_marker(w).is_none();
            let cut_off = self.children_with(h, UdRel::Case).any(|c| c > w && c < h && self.upos(c) == Upos::Adp);
            let verb = self.upos(v) == Upos::Verb && self.heads[h] == Some(v) && !self.has_passive_aux(v);
            let has_object = self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Obj));
            if unmarked && cut_off && verb && !has_object {
                self.attach(w, v, DepRel::new(UdRel::Obj, None));
            }
        }
    }

    /// "imposed an arms embargo and travel restrictions on Sudan": an "on" or "against"
    /// phrase after the last of coordinated objects, which the parser hangs on that
    /// one, is shared by them all, so it belongs to the verb.
    fn repair_shared_object_phrases(&mut self) {
        for o in 0..self.len() {
            let Some(v) = self.heads[o].filter(|&v| self.rels[o].is(UdRel::Obj) && self.upos(v) == Upos::Verb) else {
                continue;
            };
            let marked = |n: usize| ["on", "against"].iter().any(|m| self.has_marker(n, m));
            if self.children_with(o, UdRel::Nmod).any(marked) {
                continue;
            }
            let Some(last) = self.children_with(o, UdRel::Conj).filter(|&c| c > o).max() else { continue };
            let shared: Vec<usize> = self.children_with(last, UdRel::Nmod).filter(|&n| n > last && marked(n)).collect();
            for n in shared {
                self.attach(n, v, DepRel::new(UdRel::Obl, None));
            }
        }
    }

    /// The "'s" (or bare apostrophe) that marks `w` as a possessor, as its dependent.
    fn genitive_marker(&self, w: usize) -> Option<usize> {
        self.children_with(w, UdRel::Case).find(|&c| c > w && is_possessive(self.form(c)))
    }

    /// The head of the phrase that starts right after word `after` when the parser hung
    /// it on `h`, beside the phrase of `after`: up from the next word while its heads
    /// stay after `after`.
    fn phrase_beside(&self, after: usize, h: usize) -> Option<usize> {
        let mut y = after + 1;
        if y >= self.len() {
            return None;
        }
        for _ in 0..self.len() {
            let Some(up) = self.heads[y].filter(|&u| u != h && u > after) else { break };
            y = up;
        }
        (self.heads[y] == Some(h)).then_some(y)
    }

    /// A preposition before a possessor belongs to the possessor's head: "against
    /// [Atambayev's former prime minister]", which the parser hangs on "Atambayev".
    fn repair_possessor_prepositions(&mut self) {
        let poss = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h > w && self.rels[w] == poss) else { continue };
            let cases: Vec<usize> = self
                .children_with(w, UdRel::Case)
                .filter(|&c| c < w && self.upos(c) == Upos::Adp && !is_possessive(self.form(c)))
                .collect();
            for c in cases {
                self.heads[c] = Some(h);
            }
        }
    }

    /// A subject has no preposition. With one it belongs to the adjective or noun right
    /// before its preposition when that word is part of the verb's other subject ("men
    /// loyal to X attacked Y", X read as a second subject); otherwise it is an oblique of
    /// the verb ("X, who as Y's ambassador conducted talks"), its agent after "by" when
    /// the verb is passive ("X was accused on Wednesday by Y of ...", Y read as a
    /// second passive subject).
    fn repair_prepositional_subjects(&mut self) {
        let passive_subject = DepRel::new(UdRel::Nsubj, Some(Subtype::Pass));
        for w in 0..self.len() {
            if self.rels[w] != DepRel::new(UdRel::Nsubj, None) && self.rels[w] != passive_subject {
                continue;
            }
            // The preposition may open a title the parser hung on the name ("by the
            // Russian State Duma", "by" on "State"); not one inside the title
            // ("Secretary of State X").
            // (`leftmost` skips prepositions, so the phrase's first word is found here.)
            let first = (0..w).find(|&i| self.descends_from(i, w));
            let opening = |c: usize| {
                let title = c < w && is_title_link(self.rels[c]);
                let opens = move |k: &usize| title && Some(*k) == first;
                std::iter::once(c).chain(self.children(c).iter().copied().filter(opens))
            };
            let preposition = self
                .children(w)
                .iter()
                .copied()
                .flat_map(opening)
                .filter(|&c| c < w && self.rels[c].is(UdRel::Case))
                .min();
            // It opens the phrase: "of" after "Secretary" joins two title words ("U.S.
            // Secretary of State X"), whichever word the parser hung it on.
            let Some(prep) = preposition.filter(|&c| self.upos(c) == Upos::Adp && Some(c) == first) else { continue };
            let Some(h) = self.heads[w] else { continue };
            let passive =
                self.has_passive_aux(h) || self.children(h).iter().any(|&c| c != w && self.rels[c] == passive_subject);
            if self.form(prep) == "by" && passive {
                self.rels[w] = DepRel::new(UdRel::Obl, Some(Subtype::Agent));
                continue;
            }
            // "held talks with X in A and with Y in B, but neither side agreed": after
            // "and", a phrase with the preposition of an earlier oblique is its conjunct.
            let and = prep.checked_sub(1).filter(|&a| self.upos(a) == Upos::Cconj);
            let earlier = and.and_then(|a| {
                (0..a).rev().find(|&o| {
                    self.rels[o].is(UdRel::Obl) && self.mention(o).is_some() && self.has_marker(o, self.form(prep))
                })
            });
            if let (Some(a), Some(o)) = (and, earlier) {
                self.attach(a, w, DepRel::new(UdRel::Cc, None));
                self.attach(w, o, DepRel::new(UdRel::Conj, None));
                continue;
            }
            let other_subject = self.children(h).iter().copied().find(|&s| s < w && s != w && is_subject(self.rels[s]));
            let modified = prep.checked_sub(1).filter(|&m| {
                matches!(self.upos(m), Upos::Adj | Upos::Noun)
                    && other_subject.is_some_and(|s| self.descends_from(m, s))
            });
            match modified {
                Some(m) => {
                    let rel = if self.upos(m) == Upos::Adj { UdRel::Obl } else { UdRel::Nmod };
                    self.attach(w, m, DepRel::new(rel, None));
                }
                None => self.rels[w] = DepRel::new(UdRel::Obl, None),
            }
        }
    }

    /// "Khartoum accused Asmara on Sunday of ...": a name right after an active verb
    /// that has no object, with no preposition of its own, is the object, not an
    /// oblique, which the parser makes of it when a time phrase follows.
    fn repair_bare_objects(&mut self) {
        for w in 1..self.len() {
            // The name's phrase starts right after the verb ("visit South Korea next month").
            let Some(h) = self.heads[w].filter(|&h| h < w && (h + 1..w).all(|i| self.descends_from(i, w))) else {
                continue;
            };
            let bare = self.heads[w] == Some(h)
                && self.rels[w] == DepRel::new(UdRel::Obl, None)
                && self.upos(w) == Upos::Propn
                && self.mention(w).is_some()
                && !self.has_case(w);
            let has_object = self.children(h).iter().any(|&c| self.rels[c].is(UdRel::Obj));
            if bare && self.upos(h) == Upos::Verb && !has_object && !self.has_passive_aux(h) {
                self.rels[w] = DepRel::new(UdRel::Obj, None);
            }
        }
    }

    /// English clauses put the subject before the verb. When the parser labels a second
    /// nominal after the verb `nsubj` too (it does so for names: "Iran accused Israel"),
    /// that one is the object, or an oblique if it has a preposition.
    ///
    /// An indirect object with no direct object beside it is the object too ("accused
    /// Iran of ...", which the parser reads as "gave Iran ...").
    ///
    /// Objects are not cut off from their verb by a comma: a second subject after one
    /// ("X visited Y on Friday, Interfax news agency quoted ...") belongs to the clause
    /// after it, as that verb's subject, or as the object of a verb between the comma
    /// and it ("X, who received asylum, told Der Spiegel").
    fn repair_core_labels(&mut self) {
        let (nsubj, obj) = (DepRel::new(UdRel::Nsubj, None), DepRel::new(UdRel::Obj, None));
        // "Germany expelled two Russian diplomats" read with "Germany" an oblique and
        // the diplomats the subject: a bare name before an active verb whose only
        // subject follows it is the subject (the follower becomes the object below).
        for w in 0..self.len() {
            let Some(h) = self.head(w).filter(|&h| h > w && self.upos(h) == Upos::Verb) else { continue };
            let bare_name =
                self.rels[w] == DepRel::new(UdRel::Obl, None) && self.upos(w) == Upos::Propn && !self.has_case(w);
            let kids = self.children(h);
            let subject_before = kids.iter().any(|&c| c < h && is_subject(self.rels[c]));
            let subject_after = kids.iter().any(|&c| c > h && self.rels[c] == nsubj);
            let passive = kids.iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Aux, Some(Subtype::Pass)));
            // Or the verb has no subject at all and the name opens its clause, with only
            // a time phrase between ("Mexico on Tuesday lodged a complaint").
            let opens_clause = kids.iter().all(|&c| c >= w) && (w + 1..h).all(|i| self.descends_from(i, h));
            // "X, who fled Khartoum in December, met Y": a long relative clause can make
            // the parser take the name opening the clause for a second object; a name it
            // tagged an adjective ("Plavsic accused Y"), for a modifier of the verb.
            let fronted_object =
                self.rels[w] == obj && matches!(self.upos(w), Upos::Propn | Upos::Noun) && !self.has_case(w);
            let modifier_name = matches!(self.rels[w].base, UdRel::Compound | UdRel::Amod)
                && self.rels[w] != DepRel::new(UdRel::Compound, Some(Subtype::Prt))
                && self.mention(w).is_some();
            let misread_opener = bare_name || fronted_object || modifier_name;
            if ((bare_name && subject_after) || (misread_opener && opens_clause)) && !subject_before && !passive {
                self.rels[w] = nsubj;
            }
        }
        for w in 0..self.len() {
            let Some(h) = self.head(w) else { continue };
            if self.rels[w] != nsubj || w < h || self.upos(h) != Upos::Verb {
                continue;
            }
            let subject_before = self.children(h).iter().any(|&c| c < h && self.rels[c].is(UdRel::Nsubj));
            // "X boycotted parliament, accusing President Y of ...": a participle's
            // subject is the clause it hangs on, so a subject after it is its object.
            let participle = matches!(self.rels[h].base, UdRel::Advcl | UdRel::Xcomp)
                && self.form(h).ends_with("ing")
                && !self.children(h).iter().any(|&c| self.rels[c].is(UdRel::Aux));
            if !subject_before && !participle {
                continue;
            }
            // "criticised Y for detaining union leader X": a verb between them without an
            // object of its own takes the name.
            let objectless_verb = (h + 1..w).rev().find(|&v| {
                self.upos(v) == Upos::Verb
                    && self.heads[v] == Some(h)
                    && !self.children(v).iter().any(|&c| self.rels[c] == obj || self.rels[c].is(UdRel::Det))
                    && self.children(v).iter().any(|&c| self.rels[c].is(UdRel::Mark))
                    && (v + 1..w).all(|i| self.heads[i].is_some_and(|x| x == w || self.descends_from(x, w)))
            });
            let comma = (h + 1..w).rev().find(|&i| self.form(i) == ",");
            match (comma, objectless_verb.filter(|_| !self.has_case(w))) {
                (None, Some(v)) => self.attach(w, v, obj),
                (None, None) => self.rels[w] = if self.has_case(w) { DepRel::new(UdRel::Obl, None) } else { obj },
                (Some(comma), _) => {
                    let verb_before = (comma + 1..w).rev().find(|&i| self.upos(i) == Upos::Verb);
                    let subjectless = |v: &usize| {
                        self.upos(*v) == Upos::Verb
                            && !self.children(*v).iter().any(|&c| self.rels[c].is(UdRel::Nsubj))
                            && self.heads[*v].is_some_and(|vh| vh == h || vh < w)
                    };
                    let verb_after = (w + 1..self.len()).find(subjectless);
                    // A coordinated verb's subject follows its "and": a nominal before the
                    // "and" restates the first verb's subject ("X arrived in Y, the first
                    // minister to visit Y, and held talks with Z").
                    let restated = |v: usize| {
                        let coordinated =
                            self.rels[v].is(UdRel::Conj) && self.children_with(v, UdRel::Cc).any(|k| w < k && k < v);
                        let first_subject =
                            self.children(h).iter().copied().find(|&c| c < h && self.rels[c].is(UdRel::Nsubj));
                        first_subject.filter(|_| coordinated)
                    };
                    let (head, rel) = match (verb_before, verb_after) {
                        (Some(v), _) => (v, obj),
                        (None, Some(v)) => match restated(v) {
                            Some(subject) => (subject, DepRel::new(UdRel::Appos, None)),
                            None => (v, nsubj),
                        },
                        (None, None) => (h, DepRel::new(UdRel::Dep, None)),
                    };
                    if !self.descends_from(head, w) {
                        self.attach(w, head, rel);
                    }
                }
            }
        }
        // A nominal with a preposition is no object: "accusing Washington of hypocrisy",
        // read with "hypocrisy" the object and Washington an indirect one.
        for w in 0..self.len() {
            let marked = self.children_with(w, UdRel::Case).any(|c| c < w && self.upos(c) == Upos::Adp);
            if self.rels[w] == obj && marked {
                self.rels[w] = DepRel::new(UdRel::Obl, None);
            }
        }
        self.index_children();
        for h in 0..self.len() {
            let has_obj = self.children(h).iter().any(|&c| self.rels[c] == obj);
            let iobj = self.children(h).iter().copied().find(|&c| self.rels[c].is(UdRel::Iobj));
            if let (false, Some(w)) = (has_obj, iobj) {
                self.rels[w] = obj;
            }
        }
    }

    /// Names stacked before their head without a conjunction are one phrase ("Italy 's
    /// Dini meets Burundi negotiator Nyerere", "the opposition coalition Zajedno
    /// accused ..."), whatever the parser made of them: of several subjects before a
    /// verb, or objects after it, the one nearest the head of the phrase (the last) is
    /// the argument, the others modify it.
    fn merge_stacked_nominals(&mut self) {
        for h in 0..self.len() {
            if self.upos(h) != Upos::Verb {
                continue;
            }
            for (rel, before) in [(DepRel::new(UdRel::Nsubj, None), true), (DepRel::new(UdRel::Obj, None), false)] {
                let mut group: Vec<usize> =
                    self.children(h).iter().copied().filter(|&c| self.rels[c] == rel && (c < h) == before).collect();
                group.sort_unstable();
                while group.len() >= 2 {
                    let (a, b) = (group[group.len() - 2], group[group.len() - 1]);
                    // One phrase: a name, then only "'s" or modifiers of the head (or,
                    // misread, of the name: "Frepaso congresswoman X filed ..."), and no
                    // determiner opening a new phrase ("visited Slovakia a number of times").
                    let joined = self.upos(a) == Upos::Propn
                        && (a + 1..b).all(|i| {
                            matches!(self.form(i), "'s" | "’s")
                                || ((self.heads[i] == Some(b) || self.heads[i] == Some(a))
                                    && matches!(self.upos(i), Upos::Noun | Upos::Propn | Upos::Adj))
                        });
                    // Or a common noun right before a name describes it ("the opposition
                    // coalition Zajedno accused ...", "condemned the opposition Communist
                    // Party", the name's own modifiers between).
                    let described = self.upos(a) == Upos::Noun
                        && self.upos(b) == Upos::Propn
                        && (a + 1..b).all(|i| {
                            self.heads[i] == Some(b) && matches!(self.upos(i), Upos::Noun | Upos::Propn | Upos::Adj)
                        });
                    if !joined && !described {
                        break;
                    }
                    let poss = (a + 1..b).any(|i| self.form(i) == "'s" || self.form(i) == "’s");
                    let rel = if described {
                        DESC
                    } else if poss {
                        DepRel::new(UdRel::Nmod, Some(Subtype::Poss))
                    } else {
                        DepRel::new(UdRel::Compound, None)
                    };
                    self.attach(a, b, rel);
                    for i in a + 1..b {
                        if self.heads[i] == Some(a) {
                            self.heads[i] = Some(b);
                        }
                    }
                    group.remove(group.len() - 2);
                }
            }
            // "X was criticised by the opposition Democratic Party": the noun after "by"
            // taken for the agent and the name after it for a second passive subject.
            let agent = DepRel::new(UdRel::Obl, Some(Subtype::Agent));
            let kids = self.children(h).to_vec();
            let Some(a) = kids.iter().copied().find(|&c| self.rels[c] == agent && self.upos(c) == Upos::Noun) else {
                continue;
            };
            let second = kids.iter().copied().find(|&b| {
                b > a
                    && self.rels[b] == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass))
                    && self.upos(b) == Upos::Propn
                    && (a + 1..b).all(|i| {
                        self.heads[i] == Some(b) && matches!(self.upos(i), Upos::Noun | Upos::Propn | Upos::Adj)
                    })
            });
            if let Some(b) = second {
                self.describe(a, b);
                self.rels[b] = agent;
            }
        }
    }

    /// "will meet U.S. Secretary of State X": the parser hangs the title's "of" on the
    /// name, which then reads as "of X". A preposition with title words (`nmod:desc`)
    /// of the same name on both sides belongs to the title; a name left with no
    /// preposition is then its verb's object, not an oblique.
    fn repair_titles_with_of(&mut self) {
        for w in 0..self.len() {
            let titles: Vec<usize> =
                self.children(w).iter().copied().filter(|&c| c < w && self.rels[c] == DESC).collect();
            let cases: Vec<usize> = self.children_with(w, UdRel::Case).collect();
            let inside = |c: usize| titles.iter().any(|&t| t < c) && titles.iter().any(|&t| t > c);
            let (moved, kept): (Vec<usize>, Vec<usize>) = cases.into_iter().partition(|&c| inside(c));
            if moved.is_empty() {
                continue;
            }
            for c in moved {
                self.heads[c] = titles.iter().copied().find(|&t| t > c);
            }
            if kept.is_empty() && self.rels[w] == DepRel::new(UdRel::Obl, None) {
                self.rels[w] = DepRel::new(UdRel::Obj, None);
            }
        }
    }

    /// "accused former head of state X": the parser makes "head" the object and hangs
    /// the name on it by the title's "of", with "state" as the name's title word. A
    /// common noun, "of" and a title word that together make a title
    /// (`data/titles.txt`: "chief of staff") are the title of the person named next;
    /// "the execution of writer X" stays the execution's.
    fn repair_titles_of_before_names(&mut self) {
        for x in 0..self.len() {
            let Some(h) = self.heads[x].filter(|&h| h < x && self.rels[x] == DepRel::new(UdRel::Nmod, None)) else {
                continue;
            };
            // "Secretary" in "Secretary of State X" is often tagged a proper noun.
            if !self.names_person(x) || !matches!(self.upos(h), Upos::Noun | Upos::Propn) || self.mention(h).is_some() {
                continue;
            }
            let of = h + 1;
            let title = of + 1;
            let fits = self.heads[of] == Some(x)
                && self.form(of) == "of"
                && title < x
                && self.heads[title] == Some(x)
                && self.rels[title] == DESC
                && crate::resolve::is_title_phrase(&[self.form(h), "of", self.form(title)]);
            if fits {
                (self.heads[x], self.rels[x]) = (self.heads[h], self.rels[h]);
                self.heads[of] = Some(title);
                self.describe(h, x);
            }
        }
    }

    /// "sanctions were imposed on Iraqi officials by the Council": the parser may label
    /// a passive verb's other prepositional phrases agents too. An agent is the
    /// by-phrase; one with another preposition is a plain oblique.
    fn repair_agent_labels(&mut self) {
        for w in 0..self.len() {
            let marked = self.children(w).iter().any(|&c| self.rels[c].is(UdRel::Case));
            if self.rels[w] == DepRel::new(UdRel::Obl, Some(Subtype::Agent)) && marked && !self.has_marker(w, "by") {
                self.rels[w] = DepRel::new(UdRel::Obl, None);
            }
        }
    }

    /// "attacked positions held by X": a by-phrase the parser hung on the verb right
    /// after a participle that modifies one of the verb's nouns is that participle's
    /// agent, when it has none. Likewise one before the verb, right after a participle on
    /// the verb's subject ("rebels led by X accused Y", where the parser made X a second
    /// subject and [`Parsed::repair_prepositional_subjects`] an oblique).
    fn repair_participle_agents(&mut self) {
        let agent = DepRel::new(UdRel::Obl, Some(Subtype::Agent));
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| self.upos(h) == Upos::Verb && self.rels[w].is(UdRel::Obl)) else {
                continue;
            };
            let Some(by) = self.children(w).iter().copied().find(|&c| c < w && self.form(c) == "by") else { continue };
            let Some(participle) = by.checked_sub(1) else { continue };
            let modifies_noun = self.rels[participle] == DepRel::new(UdRel::Acl, None)
                && self.upos(participle) == Upos::Verb
                && self.heads[participle].is_some_and(|n| {
                    self.heads[n] == Some(h) && (participle > h || (w < h && self.rels[n].is(UdRel::Nsubj)))
                });
            let has_agent =
                self.children(participle).iter().any(|&c| self.rels[c] == agent || self.has_marker(c, "by"));
            if modifies_noun && !has_agent {
                self.attach(w, participle, agent);
            }
        }
    }

    /// "condemned by the EU and the United States": the parser makes the second agent
    /// a subject after the verb. A subject after its verb, past an agent and an "and",
    /// is the agent's conjunct.
    fn repair_agent_conjuncts(&mut self) {
        for h in 0..self.len() {
            if self.upos(h) != Upos::Verb {
                continue;
            }
            let kids = self.children(h).to_vec();
            let Some(agent) =
                kids.iter().copied().find(|&a| a > h && self.rels[a] == DepRel::new(UdRel::Obl, Some(Subtype::Agent)))
            else {
                continue;
            };
            let late: Vec<usize> = kids.into_iter().filter(|&t| t > agent && self.rels[t].is(UdRel::Nsubj)).collect();
            for t in late {
                let coordinated = self.children(t).iter().any(|&c| c < t && self.rels[c].is(UdRel::Cc));
                if coordinated {
                    self.attach(t, agent, DepRel::new(UdRel::Conj, None));
                }
            }
        }
    }

    /// A by-phrase the parser hung on the verb that belongs to a noun before it: one
    /// between the verb's subject noun and the verb ("a visit to Hanoi by X was cut
    /// short"), or a second by-phrase after a first that is a noun ("angered by a visit
    /// to Prague by X"), since a verb has one agent; or, on an active verb, one after a
    /// noun of the verb's that has an "of" phrase ("protested against the arrest of X
    /// by Y": Y's arrest of X). It becomes the noun's by-phrase.
    fn repair_noun_agents(&mut self) {
        for h in 0..self.len() {
            if self.upos(h) != Upos::Verb {
                continue;
            }
            let kids = self.children(h).to_vec();
            let by: Vec<usize> = kids.iter().copied().filter(|&c| self.has_marker(c, "by")).collect();
            let passive = kids.iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Aux, Some(Subtype::Pass)))
                || self.rels[h].is(UdRel::Acl);
            for &d in &by {
                let noun_subject = kids
                    .iter()
                    .copied()
                    .find(|&n| n < d && d < h && self.rels[n].is(UdRel::Nsubj) && self.upos(n) == Upos::Noun);
                let noun_agent = by.iter().copied().find(|&n| n < d && d > h && self.upos(n) == Upos::Noun);
                let of_phrase = |n: usize| {
                    self.children(n)
                        .iter()
                        .any(|&c| self.rels[c] == DepRel::new(UdRel::Nmod, None) && self.has_marker(c, "of"))
                };
                let event_before = kids.iter().copied().filter(|&n| h < n && n < d).max().filter(|&n| {
                    !passive
                        && self.upos(n) == Upos::Noun
                        && matches!(self.rels[n].base, UdRel::Obj | UdRel::Obl)
                        && of_phrase(n)
                });
                if let Some(n) = noun_subject.or(noun_agent).or(event_before) {
                    self.attach(d, n, DepRel::new(UdRel::Nmod, None));
                }
            }
        }
    }

    /// "X was killed in battle by the British": a passive verb's by-phrase the parser
    /// hung on the noun of the verb's in-phrase, when the verb has no agent of its own, is
    /// the verb's agent (who killed him in the battle).
    fn repair_agents_on_obliques(&mut self) {
        let agent = DepRel::new(UdRel::Obl, Some(Subtype::Agent));
        for v in 0..self.len() {
            if self.upos(v) != Upos::Verb || !self.has_passive_aux(v) {
                continue;
            }
            if self.children(v).iter().any(|&c| self.rels[c] == agent || self.has_marker(c, "by")) {
                continue;
            }
            let places: Vec<usize> = self
                .children(v)
                .iter()
                .copied()
                .filter(|&n| n > v && self.rels[n] == DepRel::new(UdRel::Obl, None) && self.has_marker(n, "in"))
                .collect();
            let by = places.into_iter().find_map(|n| {
                self.children(n)
                    .iter()
                    .copied()
                    .find(|&d| d > n && self.rels[d].is(UdRel::Nmod) && self.has_marker(d, "by"))
            });
            if let Some(d) = by {
                self.attach(d, v, agent);
            }
        }
    }

    /// "X, Y and the Z Community, an Italian organisation": a common noun with "a" or
    /// "an" and no conjunction of its own, after a name and a comma, describes that
    /// name; the parser often makes it one more conjunct. And "Egypt and Jordan, the
    /// only Arab states at peace with Israel": a common noun after a comma that follows
    /// a coordination already closed by its conjunction describes the whole of it.
    fn repair_indefinite_conjuncts(&mut self) {
        for c in 0..self.len() {
            let Some(h) = self.heads[c].filter(|&h| h < c && self.rels[c].is(UdRel::Conj)) else { continue };
            let indefinite =
                self.children(c).iter().any(|&d| self.rels[d].is(UdRel::Det) && matches!(self.form(d), "a" | "an"));
            let own_cc = self.children_with(c, UdRel::Cc).next().is_some();
            let earlier: Vec<usize> = self.children_with(h, UdRel::Conj).filter(|&s| s < c).collect();
            let closed = earlier.iter().any(|&s| self.children_with(s, UdRel::Cc).next().is_some());
            if self.upos(c) != Upos::Noun || self.mention(c).is_some() || !(indefinite || closed) || own_cc {
                continue;
            }
            // The name just before: the last conjunct of the same head before `c`, or the head.
            let before = earlier.iter().copied().max().unwrap_or(h);
            let first = (before + 1..c).find(|&i| self.descends_from(i, c) && self.upos(i) != Upos::Punct).unwrap_or(c);
            if self.mention(before).is_none() || first == 0 || self.form(first - 1) != "," {
                continue;
            }
            // A closed coordination is described as a whole, through its first conjunct.
            let described = if indefinite { before } else { h };
            self.attach(c, described, DepRel::new(UdRel::Appos, None));
        }
    }

    /// "the U.S. envoy to Burundi, Howard Wolpe, and the Sant' Egidio Community": the
    /// parser coordinates the person with the place in the noun's modifier, the nearest
    /// name. A name after a comma coordinated with a name of another kind, in a
    /// modifier of a common noun, is that noun's apposition, and the conjuncts after it
    /// are the noun's.
    fn repair_appositions_on_modifiers(&mut self) {
        for n in 0..self.len() {
            let Some(noun) = self.heads[n].filter(|&h| self.rels[n].is(UdRel::Nmod) && self.upos(h) == Upos::Noun)
            else {
                continue;
            };
            let Some(kind) = self.mention(n).map(|m| self.doc.actor_of(m).kind) else { continue };
            let conjuncts: Vec<usize> = self.children_with(n, UdRel::Conj).filter(|&c| c > n).collect();
            let other_kind = |c: usize| self.mention(c).is_some_and(|m| self.doc.actor_of(m).kind != kind);
            let after_comma = |c: usize| {
                let first = (n + 1..c).find(|&i| self.descends_from(i, c) && self.upos(i) != Upos::Punct).unwrap_or(c);
                self.form(first - 1) == ","
            };
            let Some(k) = conjuncts.iter().position(|&c| other_kind(c) && after_comma(c)) else { continue };
            self.attach(conjuncts[k], noun, DepRel::new(UdRel::Appos, None));
            for &c in &conjuncts[k + 1..] {
                self.heads[c] = Some(noun);
            }
        }
    }

    /// "officials from the United States, Japan and South Korea": the parser may read
    /// the second name of a list as an apposition to the first. A name in apposition to
    /// a name of the same kind, that goes on with "and" or "or" and a third, is the
    /// list's second conjunct.
    fn repair_lists_read_as_appositions(&mut self) {
        for a in 0..self.len() {
            let Some(h) = self.heads[a].filter(|&h| h < a && self.rels[a].is(UdRel::Appos)) else { continue };
            let kind = |w: usize| self.mention(w).map(|m| self.doc.actor_of(m).kind);
            if kind(h).is_none() || kind(a) != kind(h) {
                continue;
            }
            let last = self.children_with(a, UdRel::Conj).find(|&c| c > a && kind(c) == kind(a) && self.joined(a, c));
            if let Some(c) = last {
                self.attach(a, h, DepRel::new(UdRel::Conj, None));
                self.attach(c, h, DepRel::new(UdRel::Conj, None));
            }
        }
    }

    /// "between the Ugandan army and rebels of the LRA": the parser may hang an
    /// of-phrase after a second conjunct on the first. When the first has an actor of
    /// its own ("Ugandan"), the phrase is the nearer conjunct's; a bare first conjunct
    /// may share it ("negotiators and commanders of the ELN").
    fn repair_of_phrases_on_first_conjuncts(&mut self) {
        for x in 0..self.len() {
            let Some(h) = self.heads[x].filter(|&h| h < x && self.rels[x] == DepRel::new(UdRel::Nmod, None)) else {
                continue;
            };
            if !self.has_marker(x, "of") || self.mention(x).is_none() || self.upos(h) != Upos::Noun {
                continue;
            }
            let Some(c) = self.children_with(h, UdRel::Conj).filter(|&c| h < c && c < x).max() else { continue };
            let own_actor = self.children(h).iter().any(|&m| {
                m < h
                    && matches!(self.rels[m].base, UdRel::Amod | UdRel::Compound | UdRel::Nmod)
                    && self.mention(m).is_some()
            });
            // Nothing but the conjunct's own words between it and the phrase.
            let adjacent = (c + 1..x).all(|i| self.descends_from(i, c) || self.descends_from(i, x));
            if own_actor && adjacent && self.upos(c) == Upos::Noun && self.mention(c).is_none() {
                self.attach(x, c, DepRel::new(UdRel::Nmod, None));
            }
        }
    }

    /// Whether "and" or "or" stands between `w` and its later conjunct `c` (the parser
    /// hangs it on the conjunct's first word, not always on the conjunct).
    fn joined(&self, w: usize, c: usize) -> bool {
        (w + 1..c).any(|k| self.upos(k) == Upos::Cconj && matches!(self.form(k), "and" | "or"))
    }

    /// "X and its coalition partner, the Y Party, condemned Z": an apposition describes
    /// what it follows, but the parser hangs it on the first conjunct. A name right after
    /// a common-noun conjunct and its comma names that conjunct ("the only Arab states at
    /// peace with Israel", a common noun, may describe the whole coordination).
    fn repair_appositions_after_conjuncts(&mut self) {
        for a in 0..self.len() {
            let Some(h) = self.heads[a].filter(|_| self.rels[a].is(UdRel::Appos)) else { continue };
            if self.upos(a) != Upos::Propn || self.mention(a).is_none() {
                continue;
            }
            // The apposition's first word, after the comma that opens it.
            let first = (h + 1..a).find(|&i| self.descends_from(i, a) && self.upos(i) != Upos::Punct).unwrap_or(a);
            let conjunct = self.children_with(h, UdRel::Conj).filter(|&c| h < c && c < first).max();
            let Some(c) = conjunct.filter(|&c| self.upos(c) == Upos::Noun && self.mention(c).is_none()) else {
                continue;
            };
            // The conjunct's phrase ends at that comma.
            let comma = first.checked_sub(1).filter(|&k| self.form(k) == ",");
            let ends = comma.is_some_and(|k| (c + 1..k).all(|i| self.descends_from(i, c)));
            if ends {
                self.attach(a, c, DepRel::new(UdRel::Appos, None));
            }
        }
    }

    /// "X and Russian security chief Y held talks": the parser may make the title a
    /// conjunct of its own beside the name it describes. A common noun conjunct right
    /// before a named conjunct of the same head is that name's title, so "Russian" is
    /// not a third party to the talks.
    fn repair_titled_conjuncts(&mut self) {
        for c in 0..self.len().saturating_sub(1) {
            let n = c + 1;
            let title = self.rels[c].is(UdRel::Conj) && self.upos(c) == Upos::Noun && self.mention(c).is_none();
            let name = self.rels[n].is(UdRel::Conj) && self.upos(n) == Upos::Propn && self.mention(n).is_some();
            if !(title && name && self.heads[c] == self.heads[n]) {
                continue;
            }
            self.move_coordinators(c, n);
            self.attach(c, n, DESC);
        }
    }

    /// "held talks with X and later with Y": the parser hangs "with Y" on the adverb. A
    /// phrase on an adverb coordinated by "and" or "or" is a conjunct of the nearest
    /// earlier phrase with the same preposition.
    fn repair_conjuncts_after_adverbs(&mut self) {
        for w in 0..self.len() {
            let Some(a) = self.heads[w].filter(|&a| a < w && self.upos(a) == Upos::Adv) else { continue };
            let Some(cc) = self.children_with(a, UdRel::Cc).find(|&k| k < a && matches!(self.form(k), "and" | "or"))
            else {
                continue;
            };
            let Some(case) = self.children_with(w, UdRel::Case).find(|&k| k < w) else { continue };
            let marker = self.form(case).to_string();
            let earlier = (0..cc).rev().find(|&e| self.has_marker(e, &marker) && !self.descends_from(e, a));
            let Some(e) = earlier else { continue };
            self.attach(w, e, DepRel::new(UdRel::Conj, None));
            self.attach(cc, w, DepRel::new(UdRel::Cc, None));
            self.attach(a, w, DepRel::new(UdRel::Advmod, None));
        }
    }

    /// "X and U.S. Secretary of State Y held talks": the parser may make the title the
    /// conjunct, with the name as its apposition. A conjunct that names no one, whose
    /// apposition is a person right after its own words, is that person's title, and
    /// the person the conjunct; the title's "of" goes to the title word after it.
    fn repair_titles_read_as_conjuncts(&mut self) {
        for w in 0..self.len() {
            let Some(h) = self.heads[w].filter(|&h| h < w && self.rels[w].is(UdRel::Conj) && self.mention(w).is_none())
            else {
                continue;
            };
            if !matches!(self.upos(w), Upos::Propn | Upos::Noun) {
                continue;
            }
            // An apposition, or one that opens with the title's "of" ("Secretary of State
            // Y"), which an earlier repair made a prepositional phrase.
            let of_title = |n: usize| {
                self.rels[n] == DepRel::new(UdRel::Nmod, None)
                    && self.has_marker(n, "of")
                    && self.children(n).iter().any(|&t| t > w && t < n && self.rels[t] == DESC)
            };
            let named = self.children(w).iter().copied().find(|&n| {
                n > w
                    && (self.rels[n].is(UdRel::Appos) || of_title(n))
                    && self.names_person(n)
                    && (w + 1..n).all(|i| self.descends_from(i, n) || self.descends_from(i, w))
            });
            let Some(n) = named else { continue };
            self.move_coordinators(w, n);
            let titles: Vec<usize> =
                self.children(n).iter().copied().filter(|&t| t > w && t < n && self.rels[t] == DESC).collect();
            let cases: Vec<usize> = self.children_with(n, UdRel::Case).filter(|&c| c > w && c < n).collect();
            for c in cases {
                if let Some(t) = titles.iter().copied().find(|&t| t > c) {
                    self.heads[c] = Some(t);
                }
            }
            self.attach(n, h, DepRel::new(UdRel::Conj, None));
            self.attach(w, n, DESC);
        }
    }

    /// "met X and Tamil Tiger political chief Y": the parser may make the organisation the
    /// conjunct and hang the title, with Y as its apposition, on X. An organisation or
    /// place conjunct right before a title on the first name is that title's, and the
    /// title's named person is the conjunct.
    fn repair_conjuncts_named_in_titles(&mut self) {
        for y in 0..self.len() {
            let Some(t) = self.heads[y].filter(|&t| t < y && self.rels[y].is(UdRel::Appos) && self.names_person(y))
            else {
                continue;
            };
            let Some(x) = self.heads[t].filter(|&x| x < t && self.rels[t] == DESC && self.upos(t) == Upos::Noun) else {
                continue;
            };
            let leftmost = self.leftmost(t);
            let named = |c: usize| {
                self.heads[c] == Some(x)
                    && self.rels[c].is(UdRel::Conj)
                    && self.mention(c).is_some()
                    && !self.names_person(c)
            };
            let Some(c) = leftmost.checked_sub(1).filter(|&c| c > x && named(c)) else { continue };
            self.move_coordinators(c, y);
            self.attach(y, x, DepRel::new(UdRel::Conj, None));
            self.attach(t, y, DESC);
            self.attach(c, t, DepRel::new(UdRel::Compound, None));
        }
    }

    /// "X of Germany and Y of France will meet Z": the parser may make the second person
    /// a conjunct of the first one's place. A person coordinated with a place that is
    /// a person's "of" phrase is that person's conjunct, with the place after it.
    fn repair_conjuncts_after_of_places(&mut self) {
        for w in 0..self.len() {
            let Some(place) = self.heads[w].filter(|_| self.rels[w].is(UdRel::Conj) && self.names_person(w)) else {
                continue;
            };
            let Some(person) = self.heads[place]
                .filter(|&h| self.rels[place].is(UdRel::Nmod) && self.has_marker(place, "of") && self.names_person(h))
            else {
                continue;
            };
            if self.names_person(place) || self.descends_from(person, w) {
                continue;
            }
            self.attach(w, person, DepRel::new(UdRel::Conj, None));
            let own: Vec<usize> =
                self.children(place).iter().copied().filter(|&k| k > w && self.rels[k].is(UdRel::Nmod)).collect();
            for k in own {
                self.attach(k, w, DepRel::new(UdRel::Nmod, None));
            }
        }
    }

    /// "sealed off the West Bank", "drove the PUK out of Sulaimaniya": the parser reads
    /// the verb's particle as a preposition of the noun after it. Right after the verb,
    /// or before "of", it is the verb's particle, and a noun it had made an oblique is
    /// the verb's object.
    fn repair_particles(&mut self) {
        let prt = DepRel::new(UdRel::Compound, Some(Subtype::Prt));
        let obl = DepRel::new(UdRel::Obl, None);
        for w in 0..self.len() {
            if !matches!(self.form(w), "off" | "out" | "up" | "down" | "away") || !self.rels[w].is(UdRel::Case) {
                continue;
            }
            let Some(n) = self.heads[w].filter(|&n| self.rels[n] == obl) else { continue };
            let Some(v) = self.heads[n].filter(|&v| v < w && self.upos(v) == Upos::Verb) else { continue };
            let before_of = w + 1 < self.len() && self.form(w + 1) == "of" && self.heads[w + 1] == Some(n);
            if w == v + 1 || before_of {
                self.attach(w, v, prt);
            }
        }
        self.index_children();
        // "sealed off the West Bank" with the particle right but the noun an oblique
        // without a preposition: the object.
        for n in 0..self.len() {
            let Some(v) = self.heads[n].filter(|_| self.rels[n] == obl && !self.has_case(n)) else { continue };
            // Only its own modifiers between: "facing off against X" keeps its preposition
            // even where the parser hung it on a later word.
            let adjacent = |c: usize| (c + 1..n).all(|i| self.descends_from(i, n) && self.upos(i) != Upos::Adp);
            if self.children(v).iter().any(|&c| self.rels[c] == prt && c == v + 1 && c < n && adjacent(c)) {
                self.rels[n] = DepRel::new(UdRel::Obj, None);
            }
        }
    }

    /// "X, in his first meeting with Y, held talks with Z": the parser hangs the name
    /// opening the sentence on a noun of the parenthetical after it, as a modifier
    /// without a preposition. When the main verb after that comma-closed phrase has no
    /// subject, the phrase is its subject.
    fn repair_fronted_names(&mut self) {
        let Some(root) = (0..self.len()).find(|&w| self.heads[w].is_none()) else { return };
        if self.upos(root) != Upos::Verb || self.children(root).iter().any(|&c| is_subject(self.rels[c])) {
            return;
        }
        let Some(comma) = (0..root).find(|&i| self.form(i) == ",") else { return };
        // The head of the opening phrase: its one word whose head lies beyond it.
        let outside: Vec<usize> = (0..comma).filter(|&i| self.heads[i].is_none_or(|h| h >= comma)).collect();
        let [k] = outside[..] else { return };
        let bare = matches!(self.rels[k].base, UdRel::Nmod | UdRel::Dep | UdRel::Appos) && !self.has_case(k);
        if !matches!(self.upos(k), Upos::Propn | Upos::Noun) || !bare || self.descends_from(root, k) {
            return;
        }
        let passive = self.has_passive_aux(root);
        self.attach(k, root, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
    }

    /// A finite clause the parser left without a subject takes the noun right before
    /// it, which English puts there: "X said on Tuesday Y filed a lawsuit" with Y hung
    /// on X, the headline "German chancellor to meet Yeltsin" with the title hung on
    /// the object. Controlled and coordinated verbs ("agreed to meet", "met Y and
    /// accused Z") are left alone: their subject is shared, not missing.
    fn supply_missing_subjects(&mut self) {
        for v in 0..self.len() {
            if self.upos(v) != Upos::Verb || self.children(v).iter().any(|&c| is_subject(self.rels[c])) {
                continue;
            }
            let marks: Vec<usize> = self.children_with(v, UdRel::Mark).collect();
            let infinitive = marks.iter().any(|&m| self.form(m) == "to");
            let rel = self.rels[v];
            let clause = match self.heads[v] {
                None => true,
                Some(_) if infinitive => false,
                Some(_) => {
                    rel.is(UdRel::Ccomp) || rel.is(UdRel::Parataxis) || (rel.is(UdRel::Advcl) && !marks.is_empty())
                }
            };
            // A gerund without an auxiliary has no subject of its own ("..., accusing Y").
            let gerund = self.form(v).ends_with("ing") && !self.children_with(v, UdRel::Aux).any(|_| true);
            if !clause || gerund {
                continue;
            }
            // Past the auxiliaries, adverbs, "not" and "to" that sit between subject and verb.
            let mut k = v;
            while k > 0 {
                let b = k - 1;
                let between = self.heads[b] == Some(v)
                    && (matches!(self.rels[b].base, UdRel::Aux | UdRel::Advmod | UdRel::Cop)
                        || (self.rels[b].is(UdRel::Mark) && self.form(b) == "to"));
                if !between {
                    break;
                }
                k = b;
            }
            let Some(k) = k.checked_sub(1) else { continue };
            // After the clause's own subordinator ("after X sent troops"), never before it.
            if marks.iter().any(|&m| m > k && self.form(m) != "to") || !matches!(self.upos(k), Upos::Noun | Upos::Propn)
            {
                continue;
            }
            let r = self.rels[k];
            // "X said on Tuesday Y filed a lawsuit" parsed with Y as a second subject (by
            // now the object) of "said": a reported clause's subject, not the reporter's.
            let reported = rel.is(UdRel::Ccomp)
                && self.heads[k].is_some_and(|h| Some(h) == self.heads[v] && h < k)
                && (r.is(UdRel::Obj) || r.is(UdRel::Nsubj));
            let taken = !reported && (is_subject(r) || r.is(UdRel::Obj) || r.is(UdRel::Iobj) || r.is(UdRel::Conj));
            if taken || self.has_case(k) || self.descends_from(v, k) {
                continue;
            }
            let passive = self.has_passive_aux(v);
            self.attach(k, v, DepRel::new(UdRel::Nsubj, passive.then_some(Subtype::Pass)));
        }
    }
}

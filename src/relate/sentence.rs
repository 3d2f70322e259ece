//! One sentence as the matcher sees it: each word's form, lemma, tag and arc, its
//! dependents, and the mention (if any) it belongs to.

use crate::parse::{DepRel, SentenceSyntax, Subtype, UdRel, Upos};
use crate::resolve::{ActorIndex, MentionIndex, ResolvedDoc};
use crate::tokenize::{Sentence, Span};

mod repairs;

pub(crate) struct Parsed<'a> {
    /// Index of the sentence in its document.
    pub index: usize,
    pub spans: &'a [Span],
    /// Tags, after the repairs below.
    tags: Vec<Upos>,
    /// Heads and relations, after the repairs below.
    heads: Vec<Option<usize>>,
    rels: Vec<DepRel>,
    forms: Vec<String>,
    /// Whether each word is written with a capital (the forms are lower-cased).
    capitalized: Vec<bool>,
    lemmas: Vec<String>,
    /// The forms' regular base forms ([`crate::parse::regular_bases`]).
    bases: Vec<Vec<String>>,
    children: Vec<Vec<usize>>,
    mention_of: Vec<Option<MentionIndex>>,
    /// The second side of a hyphenated pair in one word ("Syrian" in "Israeli-Syrian"),
    /// whose first side is in `mention_of`.
    paired: Vec<Option<MentionIndex>>,
    /// The sentence's mentions.
    pub mentions: &'a [MentionIndex],
    pub doc: &'a ResolvedDoc,
}

impl<'a> Parsed<'a> {
    /// `None` when the syntax does not fit the sentence's words (a model that parsed
    /// other words than the tokenizer gave it): no relation is better than a wrong one.
    pub fn new(
        text: &str,
        sentence: &'a Sentence,
        index: usize,
        syntax: &'a SentenceSyntax,
        doc: &'a ResolvedDoc,
        mentions: &'a [MentionIndex],
    ) -> Option<Parsed<'a>> {
        let n = sentence.words.len();
        if syntax.words.len() != n {
            return None;
        }
        let forms: Vec<String> = sentence.words.iter().map(|w| w.text(text).to_lowercase()).collect();
        let capitalized = sentence.words.iter().map(|w| w.text(text).starts_with(char::is_uppercase)).collect();
        let lemmas: Vec<String> = syntax.words.iter().map(|w| w.lemma.to_lowercase()).collect();
        // A repeated act is the act: "re-arrested" is looked up as "arrest" too.
        let bases = forms
            .iter()
            .zip(&syntax.words)
            .zip(&lemmas)
            .map(|((f, w), lemma)| {
                let mut bases = crate::parse::regular_bases(f, w.upos);
                bases.extend(lemma.strip_prefix("re-").filter(|rest| rest.len() > 2).map(String::from));
                bases
            })
            .collect();
        let heads: Vec<Option<usize>> = (0..n).map(|i| syntax.head_of(i)).collect();
        if heads.iter().any(|h| h.is_some_and(|h| h >= n)) {
            return None;
        }
        let mut mention_of = vec![None; n];
        let mut paired = vec![None; n];
        for &id in mentions {
            let m = &doc.mentions[id.0];
            if m.sentence != index || m.words.end > n {
                continue;
            }
            for w in m.words.clone() {
                match mention_of[w] {
                    None => mention_of[w] = Some(id),
                    Some(first) if doc.mentions[first.0].span.end <= m.span.start => {
                        paired[w].get_or_insert(id);
                    }
                    Some(_) => {}
                }
            }
        }
        let rels = syntax.words.iter().map(|w| w.rel).collect();
        let mut p = Parsed {
            index,
            spans: &sentence.words,
            tags: syntax.words.iter().map(|w| w.upos).collect(),
            heads,
            rels,
            forms,
            capitalized,
            lemmas,
            bases,
            children: Vec::new(),
            mention_of,
            paired,
            mentions,
            doc,
        };
        p.index_children();
        p.repair();
        Some(p)
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Lower-cased surface form.
    pub fn form(&self, i: usize) -> &str {
        &self.forms[i]
    }

    /// Whether the word is written with a capital.
    pub fn capitalized(&self, i: usize) -> bool {
        self.capitalized[i]
    }

    /// Lower-cased lemma.
    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    /// Whether word `i` is in a `[grammar]` word list by any of its [`keys`](Self::keys).
    pub fn listed(&self, i: usize, list: &std::collections::HashSet<String>) -> bool {
        self.keys(i).any(|k| list.contains(k))
    }

    /// What word `i` may be looked up as in a word list: its lemma, its form as written
    /// and the form's regular base forms, so that a lemmatizer's miss ("resumed" →
    /// "resum", "expelled" → "expell") hides no word.
    pub fn keys(&self, i: usize) -> impl Iterator<Item = &str> {
        [self.lemma(i), self.form(i)].into_iter().chain(self.bases[i].iter().map(String::as_str))
    }

    /// Whether word `i` is `key` by any of its [`keys`](Self::keys).
    pub fn is(&self, i: usize, key: &str) -> bool {
        self.keys(i).any(|k| k == key)
    }

    pub fn upos(&self, i: usize) -> Upos {
        self.tags[i]
    }

    pub fn rel(&self, i: usize) -> DepRel {
        self.rels[i]
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads[i]
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    pub fn mention(&self, i: usize) -> Option<MentionIndex> {
        self.mention_of[i]
    }

    /// The other side of a hyphenated pair whose first side is [`Self::mention`] of
    /// word `i` ("Syrian" in "Israeli-Syrian talks").
    pub fn paired_mention(&self, i: usize) -> Option<MentionIndex> {
        self.paired[i]
    }

    /// Whether `word` has a `case` or `mark` dependent `marker` ("with" in "with Y").
    /// A marker the parser hung on a title before the name counts for the name ("with
    /// NATO Secretary-General Mark Rutte": "with" on "Secretary-General").
    /// Whether `word` is a mention's head: in a mention, and hung outside it.
    pub(crate) fn heads_mention(&self, word: usize) -> bool {
        self.mention(word).is_some() && self.heads[word].is_none_or(|h| self.mention(h) != self.mention(word))
    }

    /// Whether `word` is a gerund after one of [`GERUND_MARKERS`] ("of attacking", "for
    /// bombing"), whose subject is its governor's object.
    pub fn is_marked_gerund(&self, word: usize) -> bool {
        self.form(word).ends_with("ing") && GERUND_MARKERS.iter().any(|m| self.has_marker(word, m))
    }

    pub fn has_marker(&self, word: usize, marker: &str) -> bool {
        let is_marker = |c: usize| {
            (self.rel(c).is(UdRel::Case) || self.rel(c).is(UdRel::Mark))
                && (self.lemma(c) == marker || self.form(c) == marker)
        };
        self.children(word).iter().any(|&c| {
            is_marker(c)
                || (c < word
                    && is_title_link(self.rel(c))
                    && self.children(c).iter().any(|&cc| cc < c && is_marker(cc)))
        }) || self.opened_by(word, marker)
    }

    /// Whether the preposition `marker` opens the phrase of `word` (it is the word just
    /// before the phrase's first word), wherever the parser attached it: "against
    /// Atambayev's former prime minister" with "against" hung on a later name.
    fn opened_by(&self, word: usize, marker: &str) -> bool {
        let first = self.leftmost(word);
        first > 0 && {
            let m = first - 1;
            // Not a preposition of a modifier inside the phrase: "attacks in at least
            // three states". One the parser hung on a name inside it still counts.
            let inner_modifier = |h: usize| {
                h != word
                    && self.descends_from(h, word)
                    && !matches!(self.upos(h), Upos::Noun | Upos::Propn | Upos::Pron)
            };
            matches!(self.upos(m), Upos::Adp | Upos::Sconj)
                && (self.lemma(m) == marker || self.form(m) == marker)
                && self.heads[m].is_some_and(|h| h != word && !inner_modifier(h))
        }
    }

    /// The first word of `word`'s phrase (its leftmost descendant).
    pub(crate) fn leftmost(&self, word: usize) -> usize {
        let mut first = word;
        let mut stack = vec![word];
        let mut steps = 0;
        while let Some(w) = stack.pop() {
            steps += 1;
            if steps > self.len() {
                break;
            }
            for &c in self.children(w) {
                if self.rels[c].is(UdRel::Case) || self.rels[c].is(UdRel::Punct) {
                    continue;
                }
                first = first.min(c);
                stack.push(c);
            }
        }
        first
    }

    /// Whether `word` has any `case` dependent (here or on a title before it).
    fn has_case(&self, word: usize) -> bool {
        self.children(word).iter().any(|&c| {
            self.rel(c).is(UdRel::Case)
                || (c < word
                    && is_title_link(self.rel(c))
                    && self.children(c).iter().any(|&cc| cc < c && self.rel(cc).is(UdRel::Case)))
        })
    }

    /// Rebuilds each word's list of dependents from the heads.
    fn index_children(&mut self) {
        let mut children = vec![Vec::new(); self.len()];
        for (i, h) in self.heads.iter().enumerate() {
            if let Some(h) = h {
                children[*h].push(i);
            }
        }
        self.children = children;
    }

    /// Whether word `i` is part of a person's name.
    pub fn names_person(&self, i: usize) -> bool {
        self.mention(i).is_some_and(|m| self.doc.actor_of(m).kind == crate::ner::EntityType::Per)
    }

    /// Whether `actor` is named in the title of person mention `person`, through title
    /// links on the name ("Toyota president Okuda", "Frepaso congresswoman X").
    pub fn in_title_of(&self, person: MentionIndex, actor: ActorIndex) -> bool {
        let mention = self.doc.mention(person);
        if self.doc.actor(mention.actor).kind != crate::ner::EntityType::Per {
            return false;
        }
        let name = &mention.words;
        let of_actor = |d: usize| self.mention(d).is_some_and(|k| self.doc.mention(k).actor == actor);
        let in_title = |d: usize| {
            let mut x = d;
            for _ in 0..self.len() {
                match self.heads[x].filter(|_| is_title_link(self.rels[x])) {
                    Some(h) if name.contains(&h) => return true,
                    Some(h) => x = h,
                    None => return false,
                }
            }
            false
        };
        (0..self.len()).any(|d| !name.contains(&d) && of_actor(d) && in_title(d))
    }

    /// Whether verb `v` has a passive auxiliary ("was attacked").
    fn has_passive_aux(&self, v: usize) -> bool {
        self.children(v).iter().any(|&c| self.rels[c] == DepRel::new(UdRel::Aux, Some(Subtype::Pass)))
    }

    /// Whether `word` is `ancestor` or lies below it.
    pub fn descends_from(&self, word: usize, ancestor: usize) -> bool {
        let mut w = word;
        for _ in 0..=self.len() {
            if w == ancestor {
                return true;
            }
            match self.heads[w] {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }

    /// The dependents of `word` with relation `rel` (any subtype).
    pub fn children_with(&self, word: usize, rel: UdRel) -> impl Iterator<Item = usize> + '_ {
        self.children(word).iter().copied().filter(move |&c| self.rel(c).is(rel))
    }

    /// Whether the sentence is a question (its last word is "?").
    pub fn is_question(&self) -> bool {
        self.forms
            .iter()
            .rev()
            .find(|f| !matches!(f.as_str(), "\"" | "'" | "''" | "”" | "’" | ")"))
            .is_some_and(|f| f == "?")
    }
}

/// Whether `rel` attaches a subject (nominal, clausal or expletive, any subtype).
pub(crate) fn is_subject(rel: DepRel) -> bool {
    matches!(rel.base, UdRel::Nsubj | UdRel::Csubj | UdRel::Expl)
}

/// Relations that tie a title or role to the name after it ("Foreign Minister X").
pub(super) fn is_title_link(rel: DepRel) -> bool {
    matches!(rel.base, UdRel::Compound | UdRel::Amod | UdRel::Flat)
        || rel == DepRel::new(UdRel::Nmod, Some(Subtype::Desc))
}

/// Prepositions that attach a gerund or event noun to the verb whose object does it
/// ("accused Y of attacking", "blamed Y for the attack", "charged Y with spying",
/// "quoted Y as telling Z").
pub(crate) const GERUND_MARKERS: [&str; 4] = ["of", "for", "with", "as"];

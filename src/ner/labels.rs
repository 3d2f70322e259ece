//! Model label names mapped onto the four CoNLL types and a tagging scheme.

use super::EntityType;
use std::collections::{BTreeSet, HashMap};

/// Position of a token within an entity, across BIO (IOB2), IOB1 and BIOES.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    Outside,
    Begin,
    Inside,
    End,
    Single,
}

/// One model label, decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    pub tag: Tag,
    /// `None` for O and for labels whose type maps to none of PER/ORG/LOC/MISC.
    pub kind: Option<EntityType>,
}

/// How label sequences delimit entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// B- starts every entity (IOB2), the scheme the bundled model uses.
    Bio,
    /// I- starts entities; B- only separates two adjacent entities of one type.
    Iob1,
    /// B-, I-, E- and S- (single-token) labels.
    Bioes,
}

/// The decoded label set of a model.
#[derive(Debug, Clone)]
pub struct LabelSet {
    pub labels: Vec<Label>,
    pub scheme: Scheme,
    /// Label types that map to no CoNLL type (reported once to the user).
    pub unmapped: BTreeSet<String>,
}

/// Maps a label's type name to a CoNLL type (OntoNotes and other common names included).
pub fn map_type(name: &str) -> Option<EntityType> {
    match name.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" | "PERS" | "PEOPLE" => Some(EntityType::Per),
        "ORG" | "ORGANIZATION" | "ORGANISATION" | "CORPORATION" | "COMPANY" | "GROUP" => Some(EntityType::Org),
        "LOC" | "LOCATION" | "GPE" | "FAC" | "FACILITY" | "GEO" => Some(EntityType::Loc),
        "MISC" | "NORP" | "EVENT" | "LAW" | "LANGUAGE" | "WORK_OF_ART" | "PRODUCT" | "NAT" | "EVE" | "ART" => {
            Some(EntityType::Misc)
        }
        _ => None,
    }
}

impl LabelSet {
    /// Builds the label set from `id2label` (ids must be 0..n without gaps).
    pub fn from_id2label(id2label: &HashMap<i64, String>) -> Result<LabelSet, String> {
        let n = id2label.len();
        let mut labels = Vec::with_capacity(n);
        let mut unmapped = BTreeSet::new();
        let mut prefixes = BTreeSet::new();
        for id in 0..n as i64 {
            let name = id2label.get(&id).ok_or_else(|| format!("id2label has {n} labels but no id {id}"))?;
            let (tag, kind) = match name.split_once(['-', '_']) {
                _ if name == "O" || name.eq_ignore_ascii_case("outside") => (Tag::Outside, None),
                Some((prefix, ty)) if prefix.len() == 1 => {
                    let tag = match prefix.to_ascii_uppercase().as_str() {
                        "B" => Tag::Begin,
                        "I" => Tag::Inside,
                        "E" | "L" => Tag::End,
                        "S" | "U" => Tag::Single,
                        _ => return Err(format!("label {name:?} has unknown prefix {prefix:?}")),
                    };
                    prefixes.insert(tag as u8);
                    (tag, map_type(ty))
                }
                _ => return Err(format!("label {name:?} is neither O nor PREFIX-TYPE")),
            };
            if tag != Tag::Outside && kind.is_none() {
                unmapped.insert(name.split_once(['-', '_']).map_or(name.as_str(), |p| p.1).to_string());
            }
            let tag = if kind.is_none() { Tag::Outside } else { tag };
            labels.push(Label { tag, kind });
        }
        let scheme = if prefixes.contains(&(Tag::End as u8)) || prefixes.contains(&(Tag::Single as u8)) {
            Scheme::Bioes
        } else if prefixes.contains(&(Tag::Begin as u8)) {
            Scheme::Bio
        } else {
            Scheme::Iob1
        };
        Ok(LabelSet { labels, scheme, unmapped })
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Whether label `b` may follow label `a` (or start a sequence when `a` is `None`).
    /// Used to constrain Viterbi decoding to well-formed sequences.
    pub fn allowed(&self, a: Option<usize>, b: usize) -> bool {
        let next = self.labels[b];
        let prev = a.map(|a| self.labels[a]);
        let same_kind = prev.is_some_and(|p| p.kind == next.kind);
        let open = prev.is_some_and(|p| matches!(p.tag, Tag::Begin | Tag::Inside));
        match self.scheme {
            Scheme::Iob1 => true,
            Scheme::Bio => next.tag != Tag::Inside || (open && same_kind),
            Scheme::Bioes => {
                let continues = matches!(next.tag, Tag::Inside | Tag::End);
                if open {
                    continues && same_kind
                } else {
                    !continues
                }
            }
        }
    }

    /// Whether a sequence may end on label `a`.
    pub fn may_end(&self, a: usize) -> bool {
        self.scheme != Scheme::Bioes || !matches!(self.labels[a].tag, Tag::Begin | Tag::Inside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> LabelSet {
        let map = names.iter().enumerate().map(|(i, n)| (i as i64, n.to_string())).collect();
        LabelSet::from_id2label(&map).unwrap()
    }

    #[test]
    fn detects_schemes_and_maps_types() {
        let bio = set(&["O", "B-PER", "I-PER", "B-GPE", "I-GPE", "B-DATE", "I-DATE"]);
        assert_eq!(bio.scheme, Scheme::Bio);
        assert_eq!(bio.labels[3].kind, Some(EntityType::Loc));
        assert_eq!(bio.labels[5].tag, Tag::Outside, "unmapped DATE acts as O");
        assert_eq!(bio.unmapped.iter().collect::<Vec<_>>(), vec!["DATE"]);
        assert_eq!(set(&["O", "I-PER", "I-ORG"]).scheme, Scheme::Iob1);
        assert_eq!(set(&["O", "B-PER", "I-PER", "E-PER", "S-PER"]).scheme, Scheme::Bioes);
    }

    #[test]
    fn transitions_follow_the_scheme() {
        let bio = set(&["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]);
        assert!(!bio.allowed(None, 2), "I- cannot start");
        assert!(!bio.allowed(Some(0), 2), "I- cannot follow O");
        assert!(!bio.allowed(Some(3), 2), "I-PER cannot follow B-ORG");
        assert!(bio.allowed(Some(1), 2));
        let bioes = set(&["O", "B-PER", "I-PER", "E-PER", "S-PER"]);
        assert!(!bioes.allowed(Some(1), 0), "B- must be closed");
        assert!(bioes.allowed(Some(2), 3));
        assert!(!bioes.may_end(1));
    }

    #[test]
    fn rejects_malformed_labels() {
        let map = [(0, "O".to_string()), (2, "B-PER".to_string())].into_iter().collect();
        assert!(LabelSet::from_id2label(&map).is_err());
        let map = [(0, "O".to_string()), (1, "X-PER".to_string())].into_iter().collect();
        assert!(LabelSet::from_id2label(&map).is_err());
    }
}

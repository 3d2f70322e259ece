//! Universal POS tags and Universal Dependencies relations as types.
//!
//! Relations are a universal base (`nsubj`) with an optional language-specific subtype
//! (`nsubj:pass`), both enums: rules match on them without comparing strings, and a
//! model whose label list holds a name outside UD is refused when it is loaded.

use std::fmt;
use std::str::FromStr;

/// Declares a fieldless enum with its canonical names, `as_str`, `Display` and `FromStr`.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownTag;

            fn from_str(s: &str) -> Result<Self, UnknownTag> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownTag { kind: stringify!($name), text: s.to_string() }),
                }
            }
        }
    };
}

/// A tag or relation name that is not in Universal Dependencies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not a known {kind}")]
pub struct UnknownTag {
    kind: &'static str,
    text: String,
}

named_enum! {
    /// Universal part-of-speech tag.
    Upos {
        Adj = "ADJ", Adp = "ADP", Adv = "ADV", Aux = "AUX", Cconj = "CCONJ", Det = "DET", Intj = "INTJ",
        Noun = "NOUN", Num = "NUM", Part = "PART", Pron = "PRON", Propn = "PROPN", Punct = "PUNCT",
        Sconj = "SCONJ", Sym = "SYM", Verb = "VERB", X = "X",
    }
}

named_enum! {
    /// The 37 universal dependency relations, and `dep` (unspecified).
    UdRel {
        Acl = "acl", Advcl = "advcl", Advmod = "advmod", Amod = "amod", Appos = "appos", Aux = "aux",
        Case = "case", Cc = "cc", Ccomp = "ccomp", Clf = "clf", Compound = "compound", Conj = "conj",
        Cop = "cop", Csubj = "csubj", Dep = "dep", Det = "det", Discourse = "discourse",
        Dislocated = "dislocated", Expl = "expl", Fixed = "fixed", Flat = "flat", Goeswith = "goeswith",
        Iobj = "iobj", List = "list", Mark = "mark", Nmod = "nmod", Nsubj = "nsubj", Nummod = "nummod",
        Obj = "obj", Obl = "obl", Orphan = "orphan", Parataxis = "parataxis", Punct = "punct",
        Reparandum = "reparandum", Root = "root", Vocative = "vocative", Xcomp = "xcomp",
    }
}

named_enum! {
    /// Subtypes of relations found in English treebanks (UD 2.x).
    Subtype {
        Agent = "agent", Desc = "desc", Foreign = "foreign", Name = "name", Npmod = "npmod", Outer = "outer",
        Pass = "pass", Poss = "poss", Preconj = "preconj", Predet = "predet", Prt = "prt", Relcl = "relcl",
        Tmod = "tmod", Unmarked = "unmarked",
    }
}

/// A dependency relation: `nsubj`, `nsubj:pass`, `acl:relcl`, ...
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DepRel {
    pub base: UdRel,
    pub subtype: Option<Subtype>,
}

impl DepRel {
    pub const fn new(base: UdRel, subtype: Option<Subtype>) -> DepRel {
        DepRel { base, subtype }
    }

    /// Whether this is `base`, with or without a subtype.
    pub fn is(self, base: UdRel) -> bool {
        self.base == base
    }
}

impl fmt::Display for DepRel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.subtype {
            Some(sub) => write!(f, "{}:{}", self.base, sub),
            None => write!(f, "{}", self.base),
        }
    }
}

impl FromStr for DepRel {
    type Err = UnknownTag;

    fn from_str(s: &str) -> Result<Self, UnknownTag> {
        let (base, sub) = match s.split_once(':') {
            Some((b, s)) => (b, Some(s)),
            None => (s, None),
        };
        Ok(DepRel { base: base.parse()?, subtype: sub.map(str::parse).transpose()? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_round_trip() {
        for name in ["nsubj", "nsubj:pass", "obl:agent", "nmod:poss", "acl:relcl", "compound:prt", "root"] {
            let rel: DepRel = name.parse().unwrap();
            assert_eq!(rel.to_string(), name);
        }
        let rel: DepRel = "obl:agent".parse().unwrap();
        assert!(rel.is(UdRel::Obl));
        assert_eq!(rel.subtype, Some(Subtype::Agent));
        assert!("nsubj:bogus".parse::<DepRel>().is_err());
        assert!("subject".parse::<DepRel>().is_err());
        for tag in Upos::ALL {
            assert_eq!(tag.as_str().parse::<Upos>().unwrap(), *tag);
        }
    }
}

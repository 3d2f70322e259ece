//! Actor codes: CAMEO country and sector codes from the actor dictionaries, chosen by
//! a document's date.
//!
//! The resolver gives each document's actors a code ([`crate::resolve`]); the graph
//! counts, per node, how many documents gave it each code ([`crate::graph::Node`]),
//! and the output picks the majority ([`votes`]). Linking names across documents and
//! aggregating by code or country happen on the whole graph when it is written
//! ([`crate::aggregate`]).

pub mod code;
pub mod dictionary;
pub mod votes;

pub use code::{ActorCode, Country, Sector};
pub use dictionary::{day_of, ActorDictionary, Day, DictionaryError};
pub use votes::CodeVotes;

/// Legal forms that end company names ("Lear Corp", "Bear Stearns & Co Inc"): a name
/// with one is a business, and the same name without it is the same company.
const LEGAL_FORMS: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "co",
    "cos",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "bros",
];

/// Words a company's full name adds between its short name and its legal form
/// ("Jones Medical Industries Inc" is "Jones Medical").
const COMPANY_NOUNS: &[&str] = &["industries", "group", "holdings", "international", "company", "enterprises"];

/// Whether a folded word is a legal form or one of [`COMPANY_NOUNS`].
pub(crate) fn is_company_word(word: &str) -> bool {
    is_legal_form(word) || COMPANY_NOUNS.contains(&word)
}

/// Whether a folded word is a legal form (see [`LEGAL_FORMS`]).
pub(crate) fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word)
}

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

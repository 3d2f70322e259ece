//! Actor codes for the graph: CAMEO country and sector codes from the actor
//! dictionaries, chosen by a document's date, and the graph at the level a study
//! needs (`--actor-level name|code|country`).
//!
//! The resolver gives each document's actors a code ([`crate::resolve`]); the graph
//! counts, per node, how many documents gave it each code ([`crate::graph::Node`]),
//! and the output picks the majority ([`votes`]). Linking surnames across documents and
//! aggregating by code or country happen on the whole graph when it is written
//! ([`level`]), so that they depend neither on document order nor on shards.

pub mod code;
pub mod dictionary;
pub mod level;
pub mod votes;

pub use code::{ActorCode, Country, Sector};
pub use dictionary::{day_of, ActorDictionary, Day, DictionaryError};
pub use level::{project, projected_ids, ActorLevel};
pub use votes::CodeVotes;

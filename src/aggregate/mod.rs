//! The graph as written: names that stand for one actor linked across the corpus
//! ([`links`]), then nodes aggregated at the level a study needs
//! (`--actor-level name|code|country`, [`level`]).
//!
//! Both work on the whole graph at output time, so that they depend neither on
//! document order nor on shards.

pub mod level;
pub mod links;

pub use level::{project, projected_ids, ActorLevel};

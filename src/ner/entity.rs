//! Entity spans, the output of the NER stage.

use crate::tokenize::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// The four CoNLL entity types every model's labels are mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses "PER", "ORG", "LOC", "MISC" (case-insensitive).
    pub fn parse(s: &str) -> Option<EntityType> {
        match s.to_ascii_uppercase().as_str() {
            "PER" => Some(EntityType::Per),
            "ORG" => Some(EntityType::Org),
            "LOC" => Some(EntityType::Loc),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named-entity mention found by the model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Index of the sentence (in the document's sentence list).
    pub sentence: usize,
    /// Word indices within that sentence.
    pub words: Range<usize>,
    /// Byte span in the document text (from the first word's start to the last word's end).
    pub span: Span,
    pub kind: EntityType,
    /// Mean probability of the chosen labels over the entity's words.
    pub score: f32,
}

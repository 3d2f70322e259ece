//! What the stages found in one document: the data that flows from the pipeline
//! (`pipeline`) to the graph, the evidence file and evaluation, which need not know
//! how it was made.

use crate::ingest::Document;
use crate::ner::Entity;
use crate::parse::SentenceSyntax;
use crate::relate::RelationInstance;
use crate::resolve::ResolvedDoc;
use crate::tokenize::Sentence;

/// Everything the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub doc: Document,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    /// Each sentence's syntax, when the model parses (and parsing is on).
    pub syntax: Option<Vec<SentenceSyntax>>,
    pub resolved: ResolvedDoc,
    pub relations: Vec<RelationInstance>,
}

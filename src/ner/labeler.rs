//! The transformer stage as the rest of the pipeline sees it: documents in, entities
//! (and, when asked and available, syntax) out. [`super::Ner`] is the real one; tests
//! of the stages after it put a small deterministic labeller in its place, so that
//! extract, graph, export, resume and merge can be tested without a model.

use super::{DocInput, DocLabels};
use crate::model_error::Result;

pub trait Labeler {
    /// Entities of each document and, with `syntax` on a labeller that parses, the
    /// syntax of each of its sentences.
    fn analyze(&self, docs: &[DocInput], syntax: bool) -> Result<Vec<DocLabels>>;

    /// Whether [`Labeler::analyze`] can give syntax.
    fn parses(&self) -> bool;
}

impl Labeler for super::Ner {
    fn analyze(&self, docs: &[DocInput], syntax: bool) -> Result<Vec<DocLabels>> {
        super::Ner::analyze(self, docs, syntax)
    }

    fn parses(&self) -> bool {
        super::Ner::parses(self)
    }
}

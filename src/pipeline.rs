//! Runs the stages over batches of documents: tokenize → ner → resolve → relate.

use crate::ingest::Document;
use crate::ner::{Entity, Ner};
use crate::relate::{relate, RelationInstance, RuleSet};
use crate::resolve::{ResolvedDoc, Resolver};
use crate::tokenize::{analyze, Sentence};
use anyhow::Result;
use rayon::prelude::*;

/// Everything the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub doc: Document,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub resolved: ResolvedDoc,
    pub relations: Vec<RelationInstance>,
}

/// The loaded stages.
pub struct Pipeline {
    pub ner: Ner,
    pub resolver: Resolver,
    pub rules: RuleSet,
}

impl Pipeline {
    /// Analyses a batch of documents. Sentences of the whole batch share model batches,
    /// so larger batches waste less on padding.
    pub fn analyze(&self, docs: Vec<Document>) -> Result<Vec<Analysis>> {
        let sentences: Vec<Vec<Sentence>> = docs.par_iter().map(|d| analyze(&d.text)).collect();
        let inputs: Vec<(&str, &[Sentence])> =
            docs.iter().zip(&sentences).map(|(d, s)| (d.text.as_str(), s.as_slice())).collect();
        let entities = self.ner.entities(&inputs)?;
        // The model is not Sync; the later stages are, and run in parallel.
        let (resolver, rules) = (&self.resolver, &self.rules);
        Ok(docs
            .into_par_iter()
            .zip(sentences)
            .zip(entities)
            .map(|((doc, sentences), entities)| {
                let resolved = resolver.resolve(&doc.text, &sentences, &entities);
                let relations = relate(&doc.text, &sentences, &resolved, rules);
                Analysis { doc, sentences, entities, resolved, relations }
            })
            .collect())
    }
}

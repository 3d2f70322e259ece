//! Runs the stages over batches of documents: tokenize → ner → resolve → relate.

use crate::analysis::Analysis;
use crate::ingest::Document;
use crate::ner::{Labeler, Ner};
use crate::relate::{read_document, Reading, RuleSet};
use crate::resolve::{Arguments, Resolver};
use crate::tokenize::{analyze, Sentence};
use anyhow::Result;
use rayon::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// The loaded stages; `L` is the transformer stage ([`Ner`], or a stand-in in tests).
pub struct Pipeline<L = Ner> {
    pub ner: L,
    pub resolver: Resolver,
    pub rules: RuleSet,
    /// Run the parse heads (when the model has them).
    pub syntax: bool,
    /// Thread time spent in `relate`, for `bench` to report its share of a run.
    pub relate_time: StageClock,
    /// Thread time spent in `resolve` (metonymy included), likewise.
    pub resolve_time: StageClock,
}

/// Thread time summed over the threads that ran one stage.
#[derive(Debug, Default)]
pub struct StageClock(AtomicU64);

impl StageClock {
    pub fn seconds(&self) -> f64 {
        self.0.load(Ordering::Relaxed) as f64 / 1e9
    }

    pub fn reset(&self) {
        self.0.store(0, Ordering::Relaxed);
    }

    fn add(&self, since: Instant) {
        self.0.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
}

impl<L: Labeler> Pipeline<L> {
    /// Analyses a batch of documents. Sentences of the whole batch share model batches,
    /// so larger batches waste less on padding.
    pub fn analyze(&self, docs: Vec<Document>) -> Result<Vec<Analysis>> {
        let sentences: Vec<Vec<Sentence>> = docs.par_iter().map(|d| analyze(&d.text)).collect();
        let inputs: Vec<(&str, &[Sentence])> =
            docs.iter().zip(&sentences).map(|(d, s)| (d.text.as_str(), s.as_slice())).collect();
        let labels = self.ner.analyze(&inputs, self.syntax)?;
        // The model is not Sync; the later stages are, and run in parallel.
        let (resolver, rules, clock) = (&self.resolver, &self.rules, &self.relate_time);
        let resolve_clock = &self.resolve_time;
        Ok(docs
            .into_par_iter()
            .zip(sentences)
            .zip(labels)
            .map(|((doc, sentences), labels)| {
                let start = Instant::now();
                let mut resolved = resolver.resolve_dated(&doc.text, &sentences, &labels.entities, doc.date.as_deref());
                resolve_clock.add(start);
                // Relations are read off the parse; without one there are none.
                let start = Instant::now();
                let Reading { relations, agents } = match &labels.syntax {
                    Some(syntax) => read_document(&doc.text, &sentences, syntax, &resolved, rules),
                    None => Reading::default(),
                };
                clock.add(start);
                let start = Instant::now();
                let day = doc.date.as_deref().and_then(crate::actors::day_of);
                let arguments = relations.iter().map(|r| Arguments {
                    source: r.source,
                    target: r.target,
                    target_struck: r.strikes_target(),
                });
                resolver.apply_metonymy(&mut resolved, arguments, agents, day);
                resolve_clock.add(start);
                Analysis { doc, sentences, entities: labels.entities, syntax: labels.syntax, resolved, relations }
            })
            .collect())
    }
}

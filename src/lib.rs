//! actorgraph: news articles in, a graph of political actors out.
//!
//! The pipeline is a chain of stages, each a module with one job:
//! [`ingest`] → [`tokenize`] → [`ner`] + [`parse`] → [`resolve`] → [`relate`] → [`graph`] → [`export`].
//! [`pipeline`] wires them for a batch of documents; [`eval`] scores stages against gold data.

pub mod actors;
pub mod aggregate;
pub(crate) mod analysis;
pub mod cells;
pub(crate) mod checkpoint;
pub(crate) mod durable;
pub mod eval;
pub mod export;
pub mod extract;
pub(crate) mod fault;
pub mod fingerprint;
pub(crate) mod fold;
pub(crate) mod gexf;
pub mod graph;
pub mod ingest;
pub mod lock;
pub mod manifest;
pub mod model_error;
pub mod ner;
pub mod parse;
pub mod pipeline;
pub(crate) mod progress;
pub(crate) mod publish;
pub mod relate;
pub mod report;
pub mod resolve;
pub(crate) mod seen_ids;
pub mod stories;
pub(crate) mod timeline;
pub mod tokenize;

/// The model bundled with the repository (the default): MiniLM with NER and parse heads
/// (`scripts/train_joint.py`). Relations are read off its parse.
pub fn bundled_model_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models").join("minilm-ner-parse")
}

/// The NER-only model the joint model is trained from (`scripts/train_ner.py`): entities
/// without a parse, so without relations.
pub fn bundled_ner_model_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models").join("ner-minilm")
}
pub mod merge;

//! What can go wrong opening or running a model, sorted by what the user can do about
//! it: fix or replace the model folder ([`ModelError::Missing`], [`ModelError::Io`],
//! [`ModelError::Invalid`]), ask for other settings ([`ModelError::Unsupported`]), or
//! report a failure inside libtorch or rust-bert ([`ModelError::Torch`],
//! [`ModelError::Network`]). A leaf module: the tokenizer, the parse heads and the
//! encoder are all read from the one model folder.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A file the model folder needs is not there (or the model named is no folder).
    #[error("{}: missing ({needs})", path.display())]
    Missing { path: PathBuf, needs: &'static str },
    /// A file of the model exists but cannot be read, or the model cache cannot be written.
    #[error("{}: cannot {action}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: std::io::Error,
    },
    /// A file is read but does not hold what it should, or does not fit the rest of the
    /// model (weights against the configuration, parse heads against the encoder).
    #[error("{}: {problem}", path.display())]
    Invalid { path: PathBuf, problem: String },
    /// The model is sound, but not for what was asked of it (int8 on a GPU, an
    /// architecture we cannot drive).
    #[error("{0}")]
    Unsupported(String),
    /// libtorch failed while loading or running the model.
    #[error(transparent)]
    Torch(#[from] tch::TchError),
    /// The tokenizer failed on a text (a tokenizer file that loads but cannot run).
    #[error("the tokenizer failed")]
    Tokenizer(#[source] tokenizers::Error),
    /// rust-bert failed to build a network, or to fetch a remote model.
    #[error(transparent)]
    Network(#[from] rust_bert::RustBertError),
}

impl ModelError {
    pub(crate) fn invalid(path: &Path, problem: impl Into<String>) -> ModelError {
        ModelError::Invalid { path: path.to_path_buf(), problem: problem.into() }
    }

    pub(crate) fn io<'a>(path: &'a Path, action: &'static str) -> impl FnOnce(std::io::Error) -> ModelError + 'a {
        move |source| ModelError::Io { path: path.to_path_buf(), action, source }
    }
}

pub type Result<T, E = ModelError> = std::result::Result<T, E>;

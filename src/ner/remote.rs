//! Hugging Face model ids (`dslim/bert-base-NER`), fetched through rust-bert's remote
//! resources into the user's cache. Only with the `remote` cargo feature: the default
//! build, the tests and CI never touch the network.

use crate::model_error::{ModelError, Result};
use rust_bert::resources::{RemoteResource, ResourceProvider};
use std::path::PathBuf;

/// Files a model folder needs.
const FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// Downloads (or finds in the cache) the model `id` and returns a folder laid out like a
/// local model (`config.json`, `tokenizer.json`, `model.safetensors`).
pub fn fetch(id: &str) -> Result<PathBuf> {
    let subdir = format!("actorgraph/{}", id.replace('/', "--"));
    let dir = dirs_cache().join(&subdir).join("model");
    std::fs::create_dir_all(&dir).map_err(ModelError::io(&dir, "create"))?;
    for file in FILES {
        let target = dir.join(file);
        if target.is_file() {
            continue;
        }
        let url = format!("https://huggingface.co/{id}/resolve/main/{file}");
        // cached-path names its files by hash; copy under the name the loader expects.
        let cached = RemoteResource::new(&url, &subdir).get_local_path()?;
        std::fs::copy(&cached, &target).map_err(ModelError::io(&target, "write"))?;
    }
    Ok(dir)
}

fn dirs_cache() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(|| PathBuf::from(".cache"))
}

//! Hugging Face model ids (`dslim/bert-base-NER`), fetched through rust-bert's remote
//! resources into the user's cache. Only with the `remote` cargo feature: the default
//! build, the tests and CI never touch the network.

use anyhow::{Context, Result};
use rust_bert::resources::{RemoteResource, ResourceProvider};
use std::path::PathBuf;

/// Files a model folder needs.
const FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// Downloads (or finds in the cache) the model `id` and returns a folder laid out like a
/// local model (`config.json`, `tokenizer.json`, `model.safetensors`).
pub fn fetch(id: &str) -> Result<PathBuf> {
    let subdir = format!("actorgraph/{}", id.replace('/', "--"));
    let dir = dirs_cache().join(&subdir).join("model");
    std::fs::create_dir_all(&dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    for file in FILES {
        let target = dir.join(file);
        if target.is_file() {
            continue;
        }
        let url = format!("https://huggingface.co/{id}/resolve/main/{file}");
        // cached-path names its files by hash; copy under the name the loader expects.
        let cached =
            RemoteResource::new(&url, &subdir).get_local_path().with_context(|| format!("cannot download {url}"))?;
        std::fs::copy(&cached, &target).with_context(|| format!("{}: cannot copy", target.display()))?;
    }
    Ok(dir)
}

fn dirs_cache() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(|| PathBuf::from(".cache"))
}

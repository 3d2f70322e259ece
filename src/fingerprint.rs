//! What determines a run's output, recorded in its checkpoint and `run.json`, so that
//! `--resume` and `merge` only combine work done under the same settings.
//!
//! Files are identified by their contents (SHA-256), never by the path as typed: the
//! model folder (every file in it), the rule file and the alias table. Inputs are
//! identified by their canonical paths here; their contents are checked as they are
//! read (see `extract`).

use crate::durable::{hex, sha256};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A file or folder named on the command line, with the hash of its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    /// As given (for people reading run.json; never compared).
    pub path: String,
    pub sha256: String,
}

impl Content {
    pub fn file(path: &Path) -> Result<Content> {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        Ok(Content { path: path.display().to_string(), sha256: sha256(&bytes) })
    }

    /// Every file below `dir`, by relative path and contents, in a fixed order.
    pub fn folder(dir: &Path) -> Result<Content> {
        let mut files = Vec::new();
        list_files(dir, dir, &mut files)?;
        files.sort();
        let mut h = Sha256::new();
        for rel in &files {
            let path = dir.join(rel);
            let bytes = std::fs::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
            // Length-prefixed, so that names and contents cannot run into each other.
            for part in [rel.as_bytes(), bytes.as_slice()] {
                h.update((part.len() as u64).to_le_bytes());
                h.update(part);
            }
        }
        Ok(Content { path: dir.display().to_string(), sha256: hex(h) })
    }
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot list", dir.display()))?;
        let path = entry.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else {
            out.push(path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Field options (JSON fields and table columns alike) and the table delimiter.
/// `None`: the default name, then news-please's (see `ingest::Fields`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvSettings {
    pub text: Option<String>,
    pub id: Option<String>,
    pub date: Option<String>,
    // Added with the title and source columns of evidence.csv; absent in older records.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// `--delimiter`, as given.
    #[serde(default)]
    pub delimiter: Option<String>,
}

/// Everything besides the inputs and the shard that determines a run's output.
/// Shards of one job share these; `merge` requires them equal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The NER model folder (every file), or a Hugging Face id (path only).
    pub model: Content,
    /// The rule file; the builtin one is hashed too.
    pub rules: Content,
    pub aliases: Option<Content>,
    /// The actor dictionary folder (`--actors`; none: the built-in dictionaries, which
    /// the program version fixes). Absent from checkpoints of older versions.
    #[serde(default)]
    pub actors: Option<Content>,
    pub precision: String,
    pub device: String,
    /// Whether the parse stage ran.
    pub parse: bool,
    pub min_score: f32,
    /// `--max-article-bytes`: which articles are skipped as too large.
    pub max_article_bytes: u64,
    pub csv: CsvSettings,
}

impl Settings {
    /// The model as `--model` names it: a folder's files are hashed.
    pub fn model_content(model: &str) -> Result<Content> {
        let path = Path::new(model);
        if path.is_dir() {
            Content::folder(path)
        } else {
            // A remote id: its name is all there is before it is fetched.
            Ok(Content { path: model.to_string(), sha256: sha256(format!("remote:{model}").as_bytes()) })
        }
    }

    /// The rule file, or the builtin rules.
    pub fn rules_content(rules: Option<&Path>) -> Result<Content> {
        match rules {
            Some(p) => Content::file(p),
            None => Ok(Content {
                path: "data/rules.toml (builtin)".into(),
                sha256: sha256(crate::relate::BUILTIN_RULES.as_bytes()),
            }),
        }
    }

    /// The settings that differ from `other`'s, named as the command line names them.
    pub fn differences(&self, other: &Settings) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |name: &str, a: String, b: String| {
            if a != b {
                out.push(format!("{name} ({b} then, {a} now)"));
            }
        };
        let short = |c: &Content| format!("{} sha256 {}", c.path, &c.sha256[..12.min(c.sha256.len())]);
        let opt = |c: &Option<Content>| c.as_ref().map_or("none".to_string(), short);
        if self.model.sha256 != other.model.sha256 {
            check("--model", short(&self.model), short(&other.model));
        }
        if self.rules.sha256 != other.rules.sha256 {
            check("--rules", short(&self.rules), short(&other.rules));
        }
        if self.aliases.as_ref().map(|c| &c.sha256) != other.aliases.as_ref().map(|c| &c.sha256) {
            check("--aliases", opt(&self.aliases), opt(&other.aliases));
        }
        if self.actors.as_ref().map(|c| &c.sha256) != other.actors.as_ref().map(|c| &c.sha256) {
            check("--actors", opt(&self.actors), opt(&other.actors));
        }
        check("--precision", self.precision.clone(), other.precision.clone());
        check("--device", self.device.clone(), other.device.clone());
        check("--no-parse", (!self.parse).to_string(), (!other.parse).to_string());
        check("--min-score", self.min_score.to_string(), other.min_score.to_string());
        check("--max-article-bytes", self.max_article_bytes.to_string(), other.max_article_bytes.to_string());
        let (a, b) = (&self.csv, &other.csv);
        for (name, x, y) in [
            ("--text-field", &a.text, &b.text),
            ("--id-field", &a.id, &b.id),
            ("--date-field", &a.date, &b.date),
            ("--title-field", &a.title, &b.title),
            ("--source-field", &a.source, &b.source),
            ("--delimiter", &a.delimiter, &b.delimiter),
        ] {
            check(name, format!("{x:?}"), format!("{y:?}"));
        }
        out
    }
}

/// The identity of an extraction job: its settings, inputs and shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobFingerprint {
    pub settings: Settings,
    /// Canonical paths of the inputs, in order.
    pub inputs: Vec<String>,
    /// `K/N`, when sharded.
    pub shard: Option<String>,
}

impl JobFingerprint {
    /// What differs from `other` (the recorded job), named; empty when the same.
    pub fn differences(&self, other: &JobFingerprint) -> Vec<String> {
        let mut out = self.settings.differences(&other.settings);
        if self.inputs != other.inputs {
            out.push(format!("inputs ({} then, {} now)", other.inputs.join(" "), self.inputs.join(" ")));
        }
        if self.shard != other.shard {
            let s = |s: &Option<String>| s.clone().unwrap_or_else(|| "none".into());
            out.push(format!("--shard ({} then, {} now)", s(&other.shard), s(&self.shard)));
        }
        out
    }
}

/// The canonical form of an input path (`./a.jsonl` and `a.jsonl` are one input);
/// a path that does not exist is kept absolute as given (it is reported when read).
pub fn canonical_input(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .unwrap_or_else(|_| std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| PathBuf::from(path)));
    abs.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &Path) -> Settings {
        Settings {
            model: Settings::model_content(dir.to_str().unwrap()).unwrap(),
            rules: Settings::rules_content(None).unwrap(),
            aliases: None,
            actors: None,
            precision: "fp32".into(),
            device: "cpu".into(),
            parse: true,
            min_score: 0.0,
            max_article_bytes: crate::ingest::DEFAULT_MAX_ARTICLE_BYTES,
            csv: CsvSettings::default(),
        }
    }

    #[test]
    fn model_files_are_hashed_and_changes_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.json"), "{}").unwrap();
        let a = settings(dir.path());
        assert!(a.differences(&a.clone()).is_empty());
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/extra.bin"), "x").unwrap();
        let mut b = settings(dir.path());
        assert_ne!(a.model.sha256, b.model.sha256, "a new file in the model folder changes its hash");
        b.min_score = 0.5;
        let d = b.differences(&a);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].starts_with("--model") && d[1].starts_with("--min-score (0 then, 0.5 now)"), "{d:?}");
    }

    #[test]
    fn inputs_are_compared_canonically() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.jsonl"), "").unwrap();
        let plain = canonical_input(&dir.path().join("a.jsonl"));
        let dotted = canonical_input(&dir.path().join(".").join("a.jsonl"));
        assert_eq!(plain, dotted);
    }
}

//! Reading the parse heads from a model folder: label lists from `actorgraph.json`
//! (`parse`), weights from the `parser.*` tensors of `model.safetensors`.

use super::heads::{Dense, ParseHeads};
use super::lemma::{EditScript, LemmaTable};
use anyhow::{bail, Context, Result};
use ndarray::{Array1, Array2, Array3};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use tch::{Kind, Tensor};

/// The `parse` section of `actorgraph.json`, written by `scripts/train_joint.py`.
#[derive(Debug, Clone, Deserialize)]
pub struct ParseSettings {
    pub upos: Vec<String>,
    pub relations: Vec<String>,
    pub lemma_scripts: Vec<String>,
    /// File beside the model with the treebank's lemmas of known words (`lemmas.tsv`).
    #[serde(default)]
    pub lemma_table: Option<String>,
    /// File beside the model with suffix rules for other words (`lemma_suffixes.tsv`).
    #[serde(default)]
    pub lemma_suffixes: Option<String>,
}

/// Loads the parse heads stored beside the encoder in `weights`.
pub fn load_heads(weights: &Path, settings: &ParseSettings) -> Result<ParseHeads> {
    let context = || format!("{}: parse heads", weights.display());
    let tensors: HashMap<String, Tensor> = Tensor::read_safetensors(weights)
        .with_context(context)?
        .into_iter()
        .filter(|(name, _)| name.starts_with("parser."))
        .collect();
    let get = |name: &str| -> Result<(Vec<usize>, Vec<f32>)> {
        let t = tensors.get(&format!("parser.{name}")).with_context(|| format!("{}: no parser.{name}", context()))?;
        let shape = t.size().iter().map(|&d| d as usize).collect();
        let data = Vec::<f32>::try_from(t.to_kind(Kind::Float).flatten(0, -1)).with_context(context)?;
        if data.iter().any(|v| !v.is_finite()) {
            bail!("{}: parser.{name} holds NaN or infinite values", context());
        }
        Ok((shape, data))
    };
    let vector = |name: &str| -> Result<Array1<f32>> {
        let (shape, data) = get(name)?;
        if shape.len() != 1 {
            bail!("{}: parser.{name} should be a vector, has shape {shape:?}", context());
        }
        Ok(Array1::from_vec(data))
    };
    let matrix = |name: &str| -> Result<Array2<f32>> {
        let (shape, data) = get(name)?;
        match shape[..] {
            [a, b] => Ok(Array2::from_shape_vec((a, b), data)?),
            _ => bail!("{}: parser.{name} should be a matrix, has shape {shape:?}", context()),
        }
    };
    let dense = |name: &str| -> Result<Dense> {
        Ok(Dense::new(matrix(&format!("{name}.weight"))?, vector(&format!("{name}.bias"))?))
    };
    let rel_weight = {
        let (shape, data) = get("rel_weight")?;
        match shape[..] {
            [a, b, c] => Array3::from_shape_vec((a, b, c), data)?,
            _ => bail!("{}: parser.rel_weight should have 3 dimensions, has {shape:?}", context()),
        }
    };
    let heads = ParseHeads {
        upos: dense("upos")?,
        lemma: dense("lemma")?,
        arc_dep: dense("arc_dep")?,
        arc_head: dense("arc_head")?,
        rel_dep: dense("rel_dep")?,
        rel_head: dense("rel_head")?,
        arc_weight: matrix("arc_weight")?,
        arc_bias: vector("arc_bias")?,
        rel_weight_flat: super::heads::flatten_relations(&rel_weight),
        rel_weight,
        root: vector("root")?,
        tags: parse_names(&settings.upos, "upos", &context)?,
        relations: parse_names(&settings.relations, "relations", &context)?,
        scripts: settings
            .lemma_scripts
            .iter()
            .map(|s| s.parse::<EditScript>().with_context(|| format!("{}: actorgraph.json", context())))
            .collect::<Result<_>>()?,
        lemma_table: match &settings.lemma_table {
            None => None,
            Some(name) => {
                let path = weights.with_file_name(name);
                let text =
                    std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
                let table = LemmaTable::parse(&text, &path.display().to_string()).map_err(anyhow::Error::msg)?;
                match &settings.lemma_suffixes {
                    None => Some(table),
                    Some(name) => {
                        let path = weights.with_file_name(name);
                        let text = std::fs::read_to_string(&path)
                            .with_context(|| format!("{}: cannot read", path.display()))?;
                        Some(table.with_suffixes(&text, &path.display().to_string()).map_err(anyhow::Error::msg)?)
                    }
                }
            }
        },
    };
    heads.validate().map_err(|e| anyhow::anyhow!("{}: {e}", context()))?;
    Ok(heads)
}

fn parse_names<T>(names: &[String], what: &str, context: &dyn Fn() -> String) -> Result<Vec<T>>
where
    T: std::str::FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    names.iter().map(|n| n.parse().with_context(|| format!("{}: actorgraph.json parse.{what}", context()))).collect()
}

//! Reading the parse heads from a model folder: label lists from `actorgraph.json`
//! (`parse`), weights from the `parser.*` tensors of `model.safetensors`.

use super::heads::{Dense, ParseHeads};
use super::lemma::LemmaTable;
use super::tree::Trees;
use crate::model_error::{ModelError, Result};
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
    /// The trees to decode: `projective` (default) or `any`.
    #[serde(default)]
    pub trees: Trees,
}

/// Loads the parse heads stored beside the encoder in `weights`.
pub fn load_heads(weights: &Path, settings: &ParseSettings) -> Result<ParseHeads> {
    let bad = |problem: String| ModelError::invalid(weights, format!("parse heads: {problem}"));
    let tensors: HashMap<String, Tensor> =
        Tensor::read_safetensors(weights)?.into_iter().filter(|(name, _)| name.starts_with("parser.")).collect();
    let get = |name: &str| -> Result<(Vec<usize>, Vec<f32>)> {
        let t = tensors.get(&format!("parser.{name}")).ok_or_else(|| bad(format!("no parser.{name}")))?;
        let shape = t.size().iter().map(|&d| d as usize).collect();
        let data = Vec::<f32>::try_from(t.to_kind(Kind::Float).flatten(0, -1))?;
        if data.iter().any(|v| !v.is_finite()) {
            return Err(bad(format!("parser.{name} holds NaN or infinite values")));
        }
        Ok((shape, data))
    };
    let vector = |name: &str| -> Result<Array1<f32>> {
        match get(name)? {
            (shape, data) if shape.len() == 1 => Ok(Array1::from_vec(data)),
            (shape, _) => Err(bad(format!("parser.{name} should be a vector, has shape {shape:?}"))),
        }
    };
    let matrix = |name: &str| -> Result<Array2<f32>> {
        match get(name)? {
            (shape, data) if shape.len() == 2 => {
                Array2::from_shape_vec((shape[0], shape[1]), data).map_err(|e| bad(format!("parser.{name}: {e}")))
            }
            (shape, _) => Err(bad(format!("parser.{name} should be a matrix, has shape {shape:?}"))),
        }
    };
    let dense = |name: &str| -> Result<Dense> {
        Ok(Dense::new(matrix(&format!("{name}.weight"))?, vector(&format!("{name}.bias"))?))
    };
    let rel_weight = match get("rel_weight")? {
        (shape, data) if shape.len() == 3 => Array3::from_shape_vec((shape[0], shape[1], shape[2]), data)
            .map_err(|e| bad(format!("parser.rel_weight: {e}")))?,
        (shape, _) => return Err(bad(format!("parser.rel_weight should have 3 dimensions, has {shape:?}"))),
    };
    let settings_file = weights.with_file_name("actorgraph.json");
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
        trees: settings.trees,
        root_rows: Default::default(),
        tags: names(&settings.upos, "upos", &settings_file)?,
        relations: names(&settings.relations, "relations", &settings_file)?,
        scripts: names(&settings.lemma_scripts, "lemma_scripts", &settings_file)?,
        lemma_table: match &settings.lemma_table {
            None => None,
            Some(name) => {
                let table = lemma_file(weights, name, LemmaTable::parse)?;
                match &settings.lemma_suffixes {
                    None => Some(table),
                    Some(name) => Some(lemma_file(weights, name, |text| table.with_suffixes(text))?),
                }
            }
        },
    };
    heads.validate().map_err(bad)?;
    Ok(heads)
}

/// The label names of one list of `actorgraph.json`'s `parse` section, as types.
fn names<T>(list: &[String], what: &str, settings_file: &Path) -> Result<Vec<T>>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    list.iter()
        .map(|n| n.parse().map_err(|e| ModelError::invalid(settings_file, format!("parse.{what}: {e}"))))
        .collect()
}

/// Reads the lemma file `name` beside `weights` with `read`.
fn lemma_file(weights: &Path, name: &str, read: impl FnOnce(&str) -> Result<LemmaTable, String>) -> Result<LemmaTable> {
    let path = weights.with_file_name(name);
    let text = std::fs::read_to_string(&path).map_err(ModelError::io(&path, "read"))?;
    read(&text).map_err(|problem| ModelError::invalid(&path, problem))
}

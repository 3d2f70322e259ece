//! Publishing a run's outputs as one set.
//!
//! The outputs (nodes, edges, the GEXF graph, evidence and skipped items) and
//! `run.json` are first written complete into a staging folder inside the output
//! folder (same file system, so renames are atomic). Publishing then removes the old `run.json`, renames the
//! outputs into place, and renames the new `run.json` last. At every moment the folder either holds a `run.json` whose
//! listed sizes and hashes match the outputs beside it, or no `run.json` at all
//! (publishing in progress or interrupted): readers and `merge` check it. An
//! interrupted extract finishes publishing on `--resume`.

use crate::durable;
use crate::manifest::{RunManifest, OPTIONAL_OUTPUTS, OUTPUTS, RUN_FILE};
use anyhow::Result;
use std::path::Path;

/// Writes `manifest` (with the staged outputs' hashes) into `staging`, last.
pub fn seal(staging: &Path, manifest: &mut RunManifest) -> Result<()> {
    manifest.record_outputs(staging)?;
    durable::write_file(&staging.join(RUN_FILE), &manifest.to_json()?)
}

/// Moves the sealed set in `staging` into `out_dir`, `run.json` last.
pub fn publish(staging: &Path, out_dir: &Path) -> Result<()> {
    durable::remove_file(&out_dir.join(RUN_FILE))?;
    for name in OUTPUTS {
        durable::rename(&staging.join(name), &out_dir.join(name))?;
    }
    // A report left by an earlier run must not sit beside outputs it does not show.
    for name in OPTIONAL_OUTPUTS {
        if staging.join(name).exists() {
            durable::rename(&staging.join(name), &out_dir.join(name))?;
        } else {
            durable::remove_file(&out_dir.join(name))?;
        }
    }
    durable::rename(&staging.join(RUN_FILE), &out_dir.join(RUN_FILE))
}

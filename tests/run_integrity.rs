//! A batch job that never lies: kills at every file-system step resume to the same
//! outputs, outputs are published as one set with run.json, one run per folder,
//! `--resume` and `merge` refuse to mix jobs, inputs or unfinished work.
//!
//! Faults are injected deterministically with the hidden `ACTORGRAPH_FAULT` hook
//! (src/fault.rs): the process exits with status 86 just before its n-th write,
//! rename or unlink.

#![cfg(unix)]

mod common;

use actorgraph::manifest::{OPTIONAL_OUTPUTS, OUTPUTS};

/// Every output a run writes by default (the report too), and run.json.
fn published() -> impl Iterator<Item = &'static str> {
    OUTPUTS.into_iter().chain(OPTIONAL_OUTPUTS).chain(["run.json"])
}
use common::repo;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FAULT_EXIT: i32 = 86;

/// Short articles with relations: `range` of the example corpus's lines.
fn corpus(dir: &Path, name: &str, range: std::ops::Range<usize>) -> PathBuf {
    let example = std::fs::read_to_string(repo().join("data/example/articles.jsonl")).unwrap();
    let lines: Vec<&str> = example.lines().skip(range.start).take(range.len()).collect();
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// The article of `corpus(.., 0..1)` between two problems: an invalid JSON line before
/// it and a repeat of its id after it (line 3), so that skipped.csv has rows on both
/// sides of the run's first checkpoint.
fn corpus_with_problems(dir: &Path, name: &str) -> PathBuf {
    let path = corpus(dir, name, 0..1);
    let article = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{{not json\n{article}{article}")).unwrap();
    path
}

fn run(args: &[&str], fault: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_actorgraph"));
    cmd.args(args);
    match fault {
        Some(f) => cmd.env("ACTORGRAPH_FAULT", f),
        None => cmd.env_remove("ACTORGRAPH_FAULT"),
    };
    cmd.output().expect("run actorgraph")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `extract INPUT -o OUT` with small batches and a checkpoint after each.
fn extract(input: &Path, out: &Path, extra: &[&str], fault: Option<&str>) -> Output {
    let mut args = vec![
        "extract",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--quiet",
        "--threads",
        "1",
        "--batch-docs",
        "1",
        "--checkpoint-secs",
        "0",
    ];
    args.extend_from_slice(extra);
    run(&args, fault)
}

fn ok(o: Output) -> Output {
    assert!(o.status.success(), "exit {:?}: {}", o.status.code(), stderr(&o));
    o
}

/// A run that completed but skipped some input (exit status 3).
fn ok_skipped(o: Output) -> Output {
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    o
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_same_outputs(a: &Path, b: &Path, context: &str) {
    for name in OUTPUTS.into_iter().chain(OPTIONAL_OUTPUTS) {
        assert!(read(&a.join(name)) == read(&b.join(name)), "{context}: {name} differs");
    }
}

/// Every file below `dir`, relative.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
        }
    }
    out.sort();
    out
}

/// The folder a reader sees: either no run.json, or one whose listed sizes and hashes
/// are those of the outputs beside it.
fn assert_consistent(dir: &Path, context: &str) {
    if let Ok(Some(m)) = actorgraph::manifest::RunManifest::read(dir) {
        if let Err(e) = m.verify(dir) {
            panic!("{context}: run.json does not describe the outputs beside it: {e:#}");
        }
    }
}

/// A finished run leaves exactly the outputs, run.json and the lock file.
fn assert_clean(dir: &Path, context: &str) {
    let left = files(dir);
    let want = [
        ".actorgraph.lock",
        "edge_sketches.csv",
        "edges.csv",
        "evidence.csv",
        "graph.gexf",
        "graph.svg",
        "nodes.csv",
        "report.html",
        "run.json",
        "skipped.csv",
    ];
    assert_eq!(left, want, "{context}: unexpected files");
    actorgraph::manifest::RunManifest::read_verified(dir).unwrap();
}

#[test]
fn a_kill_at_every_step_resumes_to_identical_outputs() {
    let tmp = tempfile::tempdir().unwrap();
    // One article keeps this fast (two model loads per step) and still takes every
    // kind of step: a checkpoint after the article, the final one replacing it,
    // staging, publishing and clean-up; a skipped item on either side of it puts
    // rows in skipped.csv before and after the first checkpoint.
    let input = corpus_with_problems(tmp.path(), "in.jsonl");
    let older = corpus(tmp.path(), "older.jsonl", 1..2);
    let reference = tmp.path().join("reference");
    ok_skipped(extract(&input, &reference, &[], None));
    let skipped = std::fs::read_to_string(reference.join("skipped.csv")).unwrap();
    assert_eq!(skipped.lines().count(), 3, "header and two rows: {skipped}");
    assert_clean(&reference, "uninterrupted run");
    // The outputs of an earlier job in the folder: a reader must never see them
    // mixed with the new ones.
    let previous = tmp.path().join("previous");
    ok(extract(&older, &previous, &[], None));

    let count = ok_skipped(extract(&input, &tmp.path().join("count"), &[], Some("count")));
    let steps: u64 = stderr(&count)
        .lines()
        .find_map(|l| l.strip_prefix("actorgraph-fault-points: "))
        .expect("the run reports its fault points")
        .trim()
        .parse()
        .unwrap();
    assert!(steps > 20, "checkpoints, snapshots, staging and publishing are all steps: {steps}");

    for k in 1..=steps {
        let out = tmp.path().join(format!("killed-{k}"));
        std::fs::create_dir(&out).unwrap();
        for name in published() {
            std::fs::copy(previous.join(name), out.join(name)).unwrap();
        }
        let killed = extract(&input, &out, &[], Some(&format!("any:{k}")));
        assert_eq!(killed.status.code(), Some(FAULT_EXIT), "step {k} of {steps}: {}", stderr(&killed));
        assert_consistent(&out, &format!("killed at step {k}"));
        let resumed = extract(&input, &out, &["--resume"], None);
        assert_eq!(resumed.status.code(), Some(3), "resume after step {k}: {}", stderr(&resumed));
        assert_same_outputs(&out, &reference, &format!("resumed after a kill at step {k}"));
        assert_clean(&out, &format!("resumed after a kill at step {k}"));
        std::fs::remove_dir_all(&out).unwrap();
    }
}

/// Kills a run at its `k`-th step, after its first checkpoint (the corpus has 2 items).
fn killed_after_first_checkpoint(input: &Path, out: &Path) {
    // The fifth rename publishes the first checkpoint's state.json (after the graph
    // checkpoint's files).
    let killed = extract(input, out, &[], Some("rename:5"));
    assert_eq!(killed.status.code(), Some(FAULT_EXIT), "{}", stderr(&killed));
    let state: serde_json::Value =
        serde_json::from_slice(&read(&out.join(".actorgraph-run/state.json"))).expect("a checkpoint exists");
    assert_eq!(state["items_done"], 1, "{state}");
}

#[test]
fn a_second_run_into_a_locked_folder_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..2);
    let out = tmp.path().join("out");
    killed_after_first_checkpoint(&input, &out);
    let before: Vec<(String, Vec<u8>)> =
        files(&out).into_iter().filter(|f| out.join(f).is_file()).map(|f| (f.clone(), read(&out.join(&f)))).collect();

    let lock = actorgraph::lock::OutputLock::acquire(&out).unwrap();
    for extra in [&[][..], &["--resume"][..]] {
        let second = extract(&input, &out, extra, None);
        assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
        assert!(stderr(&second).contains("another actorgraph run is using this output folder"), "{}", stderr(&second));
    }
    let merged = run(&["merge", out.to_str().unwrap(), "-o", tmp.path().join("m").to_str().unwrap()], None);
    assert_eq!(merged.status.code(), Some(1));
    let after: Vec<(String, Vec<u8>)> =
        files(&out).into_iter().filter(|f| out.join(f).is_file()).map(|f| (f.clone(), read(&out.join(&f)))).collect();
    assert!(before == after, "the refused runs changed the folder");

    drop(lock);
    // Counts after a resume are the whole job's, not this process's.
    let args = ["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--threads", "1", "--resume"];
    let resumed = ok(run(&args, None));
    assert!(stderr(&resumed).contains("resuming after 1 input items (1 documents)"), "{}", stderr(&resumed));
    assert!(stderr(&resumed).contains("actorgraph: 2 documents in"), "{}", stderr(&resumed));
    let reference = tmp.path().join("reference");
    ok(extract(&input, &reference, &[], None));
    assert_same_outputs(&out, &reference, "resumed once the lock was free");
}

/// The bundled model as another folder of links, plus `extra` files.
fn model_copy(dir: &Path, extra: &[(&str, &str)]) -> PathBuf {
    let model = dir.join("model");
    std::fs::create_dir(&model).unwrap();
    for e in std::fs::read_dir(repo().join("models/ner-minilm")).unwrap() {
        let p = e.unwrap().path();
        std::os::unix::fs::symlink(&p, model.join(p.file_name().unwrap())).unwrap();
    }
    for (name, text) in extra {
        std::fs::write(model.join(name), text).unwrap();
    }
    model
}

#[test]
fn resume_refuses_changed_settings_and_names_them() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..2);
    let out = tmp.path().join("out");
    let rules = tmp.path().join("rules.toml");
    std::fs::copy(repo().join("data/rules.toml"), &rules).unwrap();
    let aliases = tmp.path().join("aliases.csv");
    std::fs::write(&aliases, "alias,canonical\nSipila,Juha Sipila\n").unwrap();
    let same_model = model_copy(tmp.path(), &[]);
    let base = ["--rules", rules.to_str().unwrap(), "--model", same_model.to_str().unwrap()];
    let killed = extract(&input, &out, &base, Some("rename:5"));
    assert_eq!(killed.status.code(), Some(FAULT_EXIT), "{}", stderr(&killed));

    let other_model = tmp.path().join("other");
    std::fs::create_dir(&other_model).unwrap();
    let changed_model = model_copy(&other_model, &[("notes.txt", "a new file changes the model's hash")]);
    let with = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = base.iter().map(|s| s.to_string()).collect();
        for pair in extra.chunks(2) {
            if let Some(i) = v.iter().position(|a| a == pair[0]) {
                v[i + 1] = pair[1].to_string();
            } else {
                v.extend(pair.iter().map(|s| s.to_string()));
            }
        }
        v
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (with(&["--min-score", "0.5"]), "--min-score (0 then, 0.5 now)"),
        (with(&["--aliases", aliases.to_str().unwrap()]), "--aliases"),
        (with(&["--model", changed_model.to_str().unwrap()]), "--model"),
        // --precision auto (the default) is recorded as what it chose: int8 here.
        (with(&["--precision", "fp32"]), "--precision (int8 then, fp32 now)"),
        (with(&["--shard", "1/2"]), "--shard (none then, 1/2 now)"),
        (with(&["--text-column", "body"]), "--text-field"),
        (with(&["--max-article-bytes", "1000"]), "--max-article-bytes (10485760 then, 1000 now)"),
    ];
    for (args, named) in cases {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.push("--resume");
        let r = extract(&input, &out, &args, None);
        assert_eq!(r.status.code(), Some(1), "{args:?} accepted: {}", stderr(&r));
        assert!(stderr(&r).contains("belongs to a different job") && stderr(&r).contains(named), "{}", stderr(&r));
    }
    // The rule file edited in place: same path, other contents.
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(&rules, format!("{text}\n# edited\n")).unwrap();
    let r = extract(&input, &out, &[&base[..], &["--resume"]].concat(), None);
    assert!(stderr(&r).contains("--rules"), "{}", stderr(&r));
    std::fs::write(&rules, text).unwrap();

    // The same input by another spelling of its path is the same job.
    let dotted = tmp.path().join(".").join("in.jsonl");
    let r = extract(&dotted, &out, &[&base[..], &["--resume"]].concat(), None);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(stderr(&r).is_empty() || !stderr(&r).contains("different job"), "{}", stderr(&r));
    let reference = tmp.path().join("reference");
    ok(extract(&input, &reference, &base, None));
    assert_same_outputs(&out, &reference, "resumed with the same settings");
}

#[test]
fn resume_refuses_an_input_changed_before_the_checkpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..2);
    let out = tmp.path().join("out");
    killed_after_first_checkpoint(&input, &out);
    let original = std::fs::read_to_string(&input).unwrap();
    // A line inserted at the top: the item the checkpoint counted is now another one.
    let extra = original.lines().nth(1).unwrap().replace("example-002", "inserted");
    std::fs::write(&input, format!("{extra}\n{original}")).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("in.jsonl: the input changed since the checkpoint"), "{}", stderr(&r));
    // Appending after the checkpoint's position is fine: that part is still to be read.
    std::fs::write(&input, format!("{original}{extra}\n")).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert!(r.status.success(), "{}", stderr(&r));
}

#[test]
fn a_truncated_or_altered_checkpoint_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..2);
    let out = tmp.path().join("out");
    killed_after_first_checkpoint(&input, &out);
    let evidence = out.join(".actorgraph-run/evidence.csv.partial");
    let bytes = read(&evidence);
    let state: serde_json::Value = serde_json::from_slice(&read(&out.join(".actorgraph-run/state.json"))).unwrap();
    let recorded = state["evidence"]["bytes"].as_u64().unwrap() as usize;
    assert!(recorded > 200, "the checkpoint holds evidence rows: {state}");
    std::fs::write(&evidence, &bytes[..recorded - 10]).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("evidence.csv.partial") && stderr(&r).contains("truncated"), "{}", stderr(&r));

    let mut altered = bytes.clone();
    let i = recorded - 5;
    altered[i] ^= 1;
    std::fs::write(&evidence, &altered).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("contents differ from the checkpoint"), "{}", stderr(&r));

    std::fs::write(&evidence, &bytes).unwrap();
    // The skipped-items file is checked the same way (here it holds its header only).
    let skipped = out.join(".actorgraph-run/skipped.csv.partial");
    let skipped_bytes = read(&skipped);
    assert_eq!(state["skipped_file"]["bytes"].as_u64(), Some(skipped_bytes.len() as u64), "{state}");
    std::fs::write(&skipped, &skipped_bytes[..10]).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("skipped.csv.partial") && stderr(&r).contains("truncated"), "{}", stderr(&r));
    std::fs::write(&skipped, [&skipped_bytes[..], b"x,1,y,z\n"].concat()).unwrap();
    // Rows after the checkpoint's length are dropped on resume (they are read again).
    let copy = copy_of(&out);
    ok(extract(&input, &copy, &["--resume"], None));
    assert!(read(&copy.join("skipped.csv")) == skipped_bytes, "only the header: nothing was skipped");
    let mut altered = skipped_bytes.clone();
    altered[0] ^= 1;
    std::fs::write(&skipped, &altered).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("skipped.csv.partial: contents differ"), "{}", stderr(&r));
    std::fs::write(&skipped, &skipped_bytes).unwrap();

    let state = out.join(".actorgraph-run/state.json");
    let text = read(&state);
    std::fs::write(&state, &text[..text.len() / 2]).unwrap();
    let r = extract(&input, &out, &["--resume"], None);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("state.json: corrupt checkpoint"), "{}", stderr(&r));
}

#[test]
fn numeric_options_are_validated_as_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..1);
    let out = tmp.path().join("out");
    for (option, value) in [
        ("--checkpoint-secs", "inf"),
        ("--checkpoint-secs", "NaN"),
        ("--checkpoint-secs", "-1"),
        ("--min-score", "NaN"),
        ("--min-score", "1.5"),
        ("--min-score", "-0.1"),
        ("--threads", "0"),
        ("--threads", "1025"),
        ("--batch-docs", "0"),
    ] {
        let arg = format!("{option}={value}");
        let r = run(&["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), &arg], None);
        assert_eq!(r.status.code(), Some(2), "{option} {value}: {}", stderr(&r));
        assert!(stderr(&r).contains(&format!("invalid value '{value}' for '{option}")), "{}", stderr(&r));
    }
    assert!(!out.exists(), "nothing written on a usage error");
}

#[test]
fn resume_of_a_finished_run_does_nothing_and_outputs_have_ordinary_permissions() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..1);
    let out = tmp.path().join("out");
    ok(extract(&input, &out, &[], None));
    let before: Vec<_> = OUTPUTS
        .iter()
        .chain(&["run.json"])
        .map(|n| (read(&out.join(n)), std::fs::metadata(out.join(n)).unwrap().modified().unwrap()))
        .collect();
    let mut args = vec!["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--threads", "1"];
    args.push("--resume");
    let r = ok(run(&args, None));
    assert!(stderr(&r).contains("already holds this finished run"), "{}", stderr(&r));
    let after: Vec<_> = OUTPUTS
        .iter()
        .chain(&["run.json"])
        .map(|n| (read(&out.join(n)), std::fs::metadata(out.join(n)).unwrap().modified().unwrap()))
        .collect();
    assert!(before == after, "a finished run is left as it is");

    assert_ordinary_permissions(&out);
}

/// Outputs are readable by others as usual (temporary files are created 0600).
fn assert_ordinary_permissions(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: reads the file mask and puts it back.
    let umask = unsafe {
        let m = libc::umask(0o022);
        libc::umask(m);
        m
    } as u32;
    for name in published() {
        let mode = std::fs::metadata(dir.join(name)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask, "{}: mode {mode:o}", dir.join(name).display());
    }
}

fn merge(dirs: &[&Path], out: &Path) -> Output {
    let mut args = vec!["merge".to_string()];
    args.extend(dirs.iter().map(|d| d.display().to_string()));
    args.extend(["-o".to_string(), out.display().to_string()]);
    run(&args.iter().map(String::as_str).collect::<Vec<_>>(), None)
}

fn refused(o: Output, why: &str) {
    assert_eq!(o.status.code(), Some(1), "merge accepted ({why} expected): {}", stderr(&o));
    assert!(stderr(&o).contains(why), "expected {why:?} in: {}", stderr(&o));
}

#[test]
fn merge_refuses_duplicates_unfinished_shards_mixed_settings_and_gaps() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..3);
    let p = |name: &str| tmp.path().join(name);
    let single = p("single");
    ok(extract(&input, &single, &[], None));
    let (s1, s2) = (p("s1"), p("s2"));
    ok(extract(&input, &s1, &["--shard", "1/2"], None));
    ok(extract(&input, &s2, &["--shard", "2/2"], None));

    let merged = p("merged");
    ok(merge(&[&s2, &s1], &merged));
    for name in ["nodes.csv", "edges.csv", "graph.gexf"] {
        assert!(read(&merged.join(name)) == read(&single.join(name)), "merged {name} differs from the single run");
    }
    assert_clean(&merged, "merge");
    assert_ordinary_permissions(&merged);
    let m = actorgraph::manifest::RunManifest::read_verified(&merged).unwrap();
    assert_eq!(m.kind, "merge");
    assert_eq!(m.sources.iter().map(|s| s.shard.clone().unwrap()).collect::<Vec<_>>(), ["1/2", "2/2"]);

    refused(merge(&[&s1, &s1], &p("m")), "given twice");
    refused(merge(&[&s1, &s2.join("."), &s2], &p("m")), "given twice");
    refused(merge(&[&s1, &s2, &merged], &p("m")), "both contain run");
    refused(merge(&[&s1, &s2], &s1), "is also the output folder");
    refused(merge(&[&s1], &p("m")), "shard(s) 2 of 2 missing");

    let again = p("s1-again");
    ok(extract(&input, &again, &["--shard", "1/2"], None));
    refused(merge(&[&s1, &again, &s2], &p("m")), "are both shard 1/2");
    refused(merge(&[&s1, &single], &p("m")), "merge shards of one job only");

    let strict = p("s2-strict");
    ok(extract(&input, &strict, &["--shard", "2/2", "--min-score", "0.5"], None));
    refused(merge(&[&s1, &strict], &p("m")), "settings differ");
    refused(merge(&[&s1, &strict], &p("m")), "--min-score (0 then, 0.5 now)");

    let single_again = p("single-again");
    ok(extract(&input, &single_again, &[], None));
    refused(merge(&[&single, &single_again], &p("m")), "same inputs without shards");

    let unfinished = p("s2-unfinished");
    let killed = extract(&input, &unfinished, &["--shard", "2/2"], Some("rename:3"));
    assert_eq!(killed.status.code(), Some(FAULT_EXIT), "{}", stderr(&killed));
    refused(merge(&[&s1, &unfinished], &p("m")), "unfinished run");

    let edited = p("s2-edited");
    ok(extract(&input, &edited, &["--shard", "2/2"], None));
    let edges = edited.join("edges.csv");
    std::fs::write(&edges, [read(&edges), b"per:x,per:y,Directed,e9,MEET,MEET,1,,,1,,\n".to_vec()].concat()).unwrap();
    refused(merge(&[&s1, &edited], &p("m")), "does not match run.json");
    assert!(!p("m").join("run.json").exists(), "no refused merge wrote anything");
}

/// The bundled model with NaN weights in one projection.
fn nan_model(dir: &Path) -> PathBuf {
    let model = dir.join("nan-model");
    std::fs::create_dir(&model).unwrap();
    let bundled = repo().join("models/ner-minilm");
    for e in std::fs::read_dir(&bundled).unwrap() {
        let p = e.unwrap().path();
        if p.file_name().unwrap() != "model.safetensors" {
            std::os::unix::fs::symlink(&p, model.join(p.file_name().unwrap())).unwrap();
        }
    }
    let mut bytes = read(&bundled.join("model.safetensors"));
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header: serde_json::Value = serde_json::from_slice(&bytes[8..8 + n]).unwrap();
    let t = &header["bert.encoder.layer.0.attention.self.query.weight"];
    let (start, end) =
        (t["data_offsets"][0].as_u64().unwrap() as usize, t["data_offsets"][1].as_u64().unwrap() as usize);
    let nan: &[u8] = match t["dtype"].as_str().unwrap() {
        "F16" => &[0x00, 0x7e],
        "F32" => &[0x00, 0x00, 0xc0, 0x7f],
        other => panic!("dtype {other}"),
    };
    for chunk in bytes[8 + n + start..8 + n + end].chunks_mut(nan.len()) {
        chunk.copy_from_slice(nan);
    }
    std::fs::write(model.join("model.safetensors"), bytes).unwrap();
    model
}

#[test]
fn a_failure_while_the_model_is_quantized_is_not_silenced() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..1);
    let model = nan_model(tmp.path());
    let r =
        extract(&input, &tmp.path().join("out"), &["--model", model.to_str().unwrap(), "--precision", "int8"], None);
    assert!(!r.status.success());
    // libtorch refuses to quantize NaN weights; stderr was muted while quantizing.
    assert!(stderr(&r).contains("ChooseQuantizationParams"), "no message: {:?}", stderr(&r));
}

#[test]
fn a_merge_killed_at_any_step_leaves_a_consistent_folder_and_reruns_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..3);
    let p = |name: &str| tmp.path().join(name);
    ok(extract(&input, &p("s1"), &["--shard", "1/2"], None));
    ok(extract(&input, &p("s2"), &["--shard", "2/2"], None));
    let dirs = [p("s1"), p("s2")];
    let dirs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    let reference = p("reference");
    ok(merge(&dirs, &reference));
    // Earlier outputs in the folder: never mixed with the new ones.
    let previous = p("previous");
    ok(extract(&corpus(tmp.path(), "older.jsonl", 1..2), &previous, &[], None));
    let mut args = vec!["merge".to_string()];
    args.extend(dirs.iter().map(|d| d.display().to_string()));
    args.extend(["-o".into(), p("count").display().to_string()]);
    let args_for = |out: &Path| {
        let mut a = args.clone();
        *a.last_mut().unwrap() = out.display().to_string();
        a
    };
    let counted = ok(run(&args_for(&p("count")).iter().map(String::as_str).collect::<Vec<_>>(), Some("count")));
    let steps: u64 = stderr(&counted)
        .lines()
        .find_map(|l| l.strip_prefix("actorgraph-fault-points: "))
        .expect("merge reports its fault points")
        .trim()
        .parse()
        .unwrap();
    assert!(steps >= 8, "{steps}");
    for k in 1..=steps {
        let out = p(&format!("killed-{k}"));
        std::fs::create_dir(&out).unwrap();
        for name in published() {
            std::fs::copy(previous.join(name), out.join(name)).unwrap();
        }
        let a = args_for(&out);
        let killed = run(&a.iter().map(String::as_str).collect::<Vec<_>>(), Some(&format!("any:{k}")));
        assert_eq!(killed.status.code(), Some(FAULT_EXIT), "step {k}: {}", stderr(&killed));
        assert_consistent(&out, &format!("merge killed at step {k}"));
        ok(run(&a.iter().map(String::as_str).collect::<Vec<_>>(), None));
        assert_same_outputs(&out, &reference, &format!("merge rerun after a kill at step {k}"));
        assert_clean(&out, &format!("merge rerun after a kill at step {k}"));
    }
}

/// A crash of the resumed run is resumable too. Only its renames and removals are
/// tried (they are the steps that change what a resume finds; a kill at each write
/// is what the first test covers), to keep the test short.
#[test]
fn a_resumed_run_killed_at_any_rename_or_removal_resumes_again() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "in.jsonl", 0..2);
    let reference = tmp.path().join("reference");
    ok(extract(&input, &reference, &[], None));
    let first = tmp.path().join("first");
    killed_after_first_checkpoint(&input, &first);
    for op in ["rename", "unlink"] {
        // Until the fault lies beyond the run's last step of this kind.
        for k in 1.. {
            assert!(k < 100, "{op}: no end");
            let out = tmp.path().join(format!("again-{op}-{k}"));
            copy_dir(&first, &out);
            let context = format!("resumed twice, killed at {op} {k} of the first resume");
            let killed = extract(&input, &out, &["--resume"], Some(&format!("{op}:{k}")));
            let finished = killed.status.success();
            if !finished {
                assert_eq!(killed.status.code(), Some(FAULT_EXIT), "{context}: {}", stderr(&killed));
                assert_consistent(&out, &context);
                ok(extract(&input, &out, &["--resume"], None));
            }
            assert_same_outputs(&out, &reference, &context);
            assert_clean(&out, &context);
            std::fs::remove_dir_all(&out).unwrap();
            if finished {
                assert!(k > 3, "{op}: the resumed run takes several such steps");
                break;
            }
        }
    }
}

/// A copy of the folder `dir`, beside it.
fn copy_of(dir: &Path) -> PathBuf {
    let copy = dir.with_extension("copy");
    copy_dir(dir, &copy);
    copy
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

//! extract, the graph, the CSV and GEXF outputs, resume, shards and merge, with a small
//! deterministic labeller in the transformer's place: these need no model and run in
//! about a second. The tests that run the real model (seed_article, run_integrity,
//! resume_shard) check the same paths end to end through the binary.

mod common;

use actorgraph::aggregate::ActorLevel;
use actorgraph::extract::{ExtractJob, Shard};
use actorgraph::fingerprint::{Content, CsvSettings, Settings};
use actorgraph::ingest::Fields;
use actorgraph::ner::{DocInput, DocLabels, Entity, EntityType, Labeler, ModelError};
use actorgraph::pipeline::Pipeline;
use actorgraph::relate::RuleSet;
use actorgraph::resolve::Resolver;
use actorgraph::tokenize::Span;
use common::{read_csv, toy_syntax};
use std::path::{Path, PathBuf};

/// Tags the names of a fixed list wherever their words occur (longest first), and
/// parses with [`toy_syntax`].
struct Gazetteer(Vec<(Vec<&'static str>, EntityType)>);

impl Gazetteer {
    fn new() -> Self {
        let names = [
            ("Bill Clinton", EntityType::Per),
            ("Clinton", EntityType::Per),
            ("Boris Yeltsin", EntityType::Per),
            ("Saddam Hussein", EntityType::Per),
            ("Iran", EntityType::Loc),
            ("Israel", EntityType::Loc),
            ("Moscow", EntityType::Loc),
            ("United Nations", EntityType::Org),
            ("U.N.", EntityType::Org),
        ];
        let mut names: Vec<_> = names.iter().map(|(n, t)| (n.split(' ').collect::<Vec<_>>(), *t)).collect();
        names.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Gazetteer(names)
    }
}

impl Labeler for Gazetteer {
    fn analyze(&self, docs: &[DocInput], syntax: bool) -> Result<Vec<DocLabels>, ModelError> {
        Ok(docs
            .iter()
            .map(|(text, sentences)| {
                let mut entities = Vec::new();
                for (si, s) in sentences.iter().enumerate() {
                    let forms: Vec<&str> = s.words.iter().map(|w| w.text(text)).collect();
                    let mut i = 0;
                    while i < forms.len() {
                        let hit = self.0.iter().find(|(name, _)| forms[i..].starts_with(name));
                        let Some((name, kind)) = hit else {
                            i += 1;
                            continue;
                        };
                        let words = i..i + name.len();
                        let span = Span::new(s.words[words.start].start, s.words[words.end - 1].end);
                        entities.push(Entity { sentence: si, words: words.clone(), span, kind: *kind, score: 0.99 });
                        i = words.end;
                    }
                }
                DocLabels { entities, syntax: syntax.then(|| toy_syntax(text, sentences)) }
            })
            .collect())
    }

    fn parses(&self) -> bool {
        true
    }
}

fn pipeline() -> Pipeline<Gazetteer> {
    Pipeline {
        ner: Gazetteer::new(),
        resolver: Resolver::new(None),
        rules: RuleSet::builtin(),
        syntax: true,
        relate_time: Default::default(),
        resolve_time: Default::default(),
    }
}

const ARTICLES: &str = r#"{"id": "a1", "text": "Iran accused Israel of attacks on its ships.", "date": "1996-08-01"}
{"id": "a2", "text": "Bill Clinton met Boris Yeltsin in Moscow on Monday.", "date": "1996-08-02"}
{"id": "a3", "text": "Clinton accused Saddam Hussein of lying to inspectors.", "date": "1996-08-03"}
{"id": "a4", "text": "The U.N. accused Iran of hiding weapons.", "date": "1996-08-04"}
{"id": "a5", "text": "The United Nations met Israel on the border dispute.", "date": "1996-08-05"}
"#;

fn job(input: &Path, out: &Path, shard: Option<Shard>, resume: bool) -> ExtractJob {
    let content = |path: &str| Content { path: path.into(), sha256: "0".repeat(64) };
    ExtractJob {
        inputs: vec![input.to_path_buf()],
        out_dir: out.to_path_buf(),
        fields: Fields::default(),
        delimiter: None,
        max_article_bytes: 1 << 20,
        min_score: 0.0,
        batch_docs: 2,
        shard,
        resume,
        checkpoint_every: std::time::Duration::ZERO,
        quiet: true,
        settings: Settings {
            model: content("gazetteer"),
            rules: Settings::rules_content(None).unwrap(),
            aliases: None,
            actors: None,
            precision: "fp32".into(),
            device: "cpu".into(),
            parse: true,
            min_score: 0.0,
            max_article_bytes: 1 << 20,
            csv: CsvSettings::default(),
        },
        options: Default::default(),
        actor_level: ActorLevel::Name,
        report: true,
    }
}

fn corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, ARTICLES).unwrap();
    (dir, input)
}

fn edges(out: &Path) -> Vec<String> {
    let (_, rows) = read_csv(&out.join("edges.csv"));
    let mut e: Vec<String> =
        rows.iter().map(|r| format!("{} {} {} {}", r["Source"], r["Label"], r["Target"], r["Weight"])).collect();
    e.sort();
    e
}

#[test]
fn extract_writes_the_graph_and_its_evidence() {
    let (dir, input) = corpus();
    let out = dir.path().join("out");
    let summary = job(&input, &out, None, false).run(&pipeline()).unwrap();
    assert_eq!(summary.documents, 5);

    let e = edges(&out);
    for want in [
        "loc:iran ACCUSE loc:israel 1",
        "per:bill-clinton MEET per:boris-yeltsin 1",
        // "Clinton" alone (a3) is the corpus's one Clinton; "U.N." (a4) spells its one
        // United Nations.
        "per:bill-clinton ACCUSE per:saddam-hussein 1",
        "org:united-nations ACCUSE loc:iran 1",
    ] {
        assert!(e.contains(&want.to_string()), "{want} missing from {e:?}");
    }
    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    let ids: Vec<&str> = nodes.iter().map(|n| n["Id"].as_str()).collect();
    assert!(!ids.contains(&"per:clinton") && !ids.contains(&"org:u-n"), "{ids:?}");
    assert_eq!((summary.nodes, summary.edges), (nodes.len(), e.len()), "the summary counts what was written");

    // Evidence keeps each document's own ids and traces each row to its sentence.
    let (_, evidence) = read_csv(&out.join("evidence.csv"));
    let a3 = evidence.iter().find(|r| r["doc_id"] == "a3").expect("a3 has evidence");
    assert_eq!((a3["source"].as_str(), a3["trigger"].as_str()), ("per:clinton", "accused"));
    let text = "Clinton accused Saddam Hussein of lying to inspectors.";
    let (s, t) = (a3["trigger_start"].parse::<usize>().unwrap(), a3["trigger_end"].parse::<usize>().unwrap());
    assert_eq!(&text[s..t], "accused");
    for f in ["graph.gexf", "run.json", "skipped.csv", "report.html", "graph.svg"] {
        assert!(out.join(f).is_file(), "{f}");
    }
}

#[test]
fn shards_merged_give_the_single_run() {
    let (dir, input) = corpus();
    let whole = dir.path().join("whole");
    job(&input, &whole, None, false).run(&pipeline()).unwrap();
    let shards: Vec<PathBuf> = (1..=3).map(|k| dir.path().join(format!("shard{k}"))).collect();
    for (k, out) in shards.iter().enumerate() {
        let shard = Shard { index: k as u64, count: 3 };
        job(&input, out, Some(shard), false).run(&pipeline()).unwrap();
    }
    let merged = dir.path().join("merged");
    actorgraph::merge::merge_at(&shards, &merged, ActorLevel::Name).unwrap();
    for f in ["nodes.csv", "edges.csv", "graph.gexf"] {
        let (a, b) =
            (std::fs::read_to_string(whole.join(f)).unwrap(), std::fs::read_to_string(merged.join(f)).unwrap());
        assert_eq!(a, b, "{f} differs between the single run and the merged shards");
    }
    let sorted = |p: PathBuf| {
        let mut lines: Vec<String> = std::fs::read_to_string(p).unwrap().lines().map(String::from).collect();
        lines.sort();
        lines
    };
    assert_eq!(sorted(whole.join("evidence.csv")), sorted(merged.join("evidence.csv")));
}

#[test]
fn resuming_a_finished_run_changes_nothing() {
    let (dir, input) = corpus();
    let out = dir.path().join("out");
    job(&input, &out, None, false).run(&pipeline()).unwrap();
    let before = std::fs::read(out.join("evidence.csv")).unwrap();
    let again = job(&input, &out, None, true).run(&pipeline()).unwrap();
    assert!(again.already_finished);
    assert_eq!(std::fs::read(out.join("evidence.csv")).unwrap(), before);
}

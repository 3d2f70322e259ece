//! report.html in a real headless browser (Debian's `chromium`): the page loads
//! without script errors and draws the expected actors.
//!
//! Without chromium the test fails under CI (`CI` set: `scripts/setup.sh` installs
//! it) and is skipped with a message elsewhere. `CHROMIUM` names another binary.

use actorgraph::export::EVIDENCE_HEADER;
use actorgraph::graph::{Edge, EdgeKey, Graph, Node};
use actorgraph::manifest::Counts;
use actorgraph::ner::EntityType;
use actorgraph::report::write_report;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser binary, or None (after saying why) when the test should be skipped.
fn chromium() -> Option<PathBuf> {
    let names = std::env::var("CHROMIUM")
        .map(|c| vec![c])
        .unwrap_or_else(|_| ["chromium", "chromium-browser", "google-chrome"].map(String::from).to_vec());
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = names
        .iter()
        .flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n)).chain([PathBuf::from(n)]))
        .find(|p| p.is_absolute() && p.is_file());
    if found.is_none() {
        let msg = format!(
            "no headless browser ({}) on PATH: install Debian's chromium (scripts/setup.sh does, with apt-get)",
            names.join(", ")
        );
        assert!(std::env::var_os("CI").is_none(), "{msg}");
        eprintln!("skipping the browser test: {msg}");
    }
    found
}

/// Runs the browser headless on `page` with `args`, killed after a minute.
fn run_browser(browser: &Path, page: &Path, args: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args(["--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the browser");
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("{} did not finish within a minute", browser.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A graph of `n` actors in a ring (plus spokes to the first), one isolated actor and
/// labels with markup, with an evidence file.
fn small_graph(dir: &Path, n: usize) -> Graph {
    let mut g = Graph::default();
    let kinds = [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];
    for i in 0..=n {
        let mut node = Node::new(kinds[i % 4]);
        node.label = if i == 1 { "</svg><script>throw 1</script>".into() } else { format!("Actor {i}") };
        node.mentions = 1 + i as u64;
        node.documents = 1;
        g.nodes.insert(format!("per:a{i:02}"), node);
    }
    let relations = ["ACCUSE", "MEET", "OPPOSE", "SANCTION"];
    for i in 0..n {
        let (s, t) = (format!("per:a{i:02}"), format!("per:a{:02}", (i + 1) % n));
        let mut stories = actorgraph::stories::sketch::Distinct::default();
        (0..1 + i as u64 % 3).for_each(|h| stories.insert(h));
        let edge = Edge { stories, sentences: 1, documents: 1, ..Edge::default() };
        let rel = relations[i % 4];
        g.edges.insert(EdgeKey { source: s, target: t, relation: rel.into(), directed: rel != "MEET" }, edge.clone());
        if i > 1 {
            let key = EdgeKey {
                source: "per:a00".into(),
                target: format!("per:a{i:02}"),
                relation: "MEET".into(),
                directed: false,
            };
            g.edges.insert(key, edge);
        }
    }
    std::fs::write(dir.join("evidence.csv"), EVIDENCE_HEADER.join(",") + "\n").unwrap();
    g
}

/// An attribute of the `#report-status` element in a dumped DOM.
fn status_attr(dom: &str, name: &str) -> String {
    let at = dom.find("id=\"report-status\"").unwrap_or_else(|| panic!("no #report-status in the DOM:\n{dom}"));
    let tag_start = dom[..at].rfind('<').unwrap();
    let tag = &dom[tag_start..tag_start + dom[tag_start..].find('>').unwrap()];
    let key = format!("{name}=\"");
    let v = &tag[tag.find(&key).unwrap_or_else(|| panic!("no {name} in {tag}")) + key.len()..];
    v[..v.find('"').unwrap()].to_string()
}

#[test]
fn report_loads_without_script_errors_and_draws_every_actor_in_a_relation() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let n = 12;
    let graph = small_graph(dir.path(), n);
    write_report(dir.path(), &graph, &Default::default(), &Counts::default()).unwrap();
    let page = dir.path().join("report.html");

    let (dom, stderr) = run_browser(&browser, &page, &["--dump-dom"]);
    assert_eq!(status_attr(&dom, "data-errors"), "0", "script errors: {dom}\n{stderr}");
    // The isolated actor is left out: the n in relations are drawn.
    assert_eq!(status_attr(&dom, "data-nodes"), n.to_string(), "{stderr}");
    assert_eq!(dom.matches("<circle class=\"node\"").count(), n);
    assert!(!dom.contains("<script>throw"), "a label's markup reached the DOM");

    // The console too: nothing logged at error level.
    let (_, log) = run_browser(&browser, &page, &["--enable-logging=stderr", "--v=0", "--dump-dom"]);
    let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE") && l.contains("ERROR")).collect();
    assert!(console.is_empty(), "console errors: {console:?}");
}

//! Progress reporting: a bar on a terminal, periodic log lines otherwise, nothing with --quiet.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Tracks documents done against input bytes (the only total known before reading).
pub struct Progress {
    bar: Option<ProgressBar>,
    log_every: Option<Duration>,
    started: Instant,
    last_log: Instant,
    docs: u64,
    /// Documents an earlier, interrupted process did (counted, not in the rate).
    docs_before: u64,
    bytes: u64,
    total_bytes: u64,
}

impl Progress {
    pub fn new(total_bytes: u64, quiet: bool) -> Progress {
        let now = Instant::now();
        let interactive = std::io::stderr().is_terminal();
        let bar = (!quiet && interactive).then(|| {
            let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {percent}% {msg} ETA {eta}")
                    .expect("static template")
                    .progress_chars("=> "),
            );
            bar
        });
        let log_every = (!quiet && !interactive).then_some(Duration::from_secs(10));
        Progress { bar, log_every, started: now, last_log: now, docs: 0, docs_before: 0, bytes: 0, total_bytes }
    }

    /// A resumed run: `docs` documents were done before; counts shown include them.
    pub fn resume_at(&mut self, docs: u64) {
        self.docs_before = docs;
    }

    /// Input a resumed run skips (done before): the position moves, the rate does not.
    pub fn skip_bytes(&mut self, bytes: u64) {
        self.bytes += bytes;
    }

    pub fn advance(&mut self, docs: u64, bytes: u64) {
        self.docs += docs;
        self.bytes += bytes;
        let rate = self.docs as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes.min(self.total_bytes));
            bar.set_message(format!("{} docs, {rate:.1} docs/s", self.docs + self.docs_before));
        } else if let Some(every) = self.log_every {
            if self.last_log.elapsed() >= every {
                self.last_log = Instant::now();
                // The total is bytes on disk: decoded text of compressed input (or
                // of standard input, 0 on disk) outgrows it, and then says nothing.
                let share = if self.bytes <= self.total_bytes {
                    format!(", {:.0}% of input", 100.0 * self.bytes as f64 / self.total_bytes.max(1) as f64)
                } else {
                    String::new()
                };
                eprintln!("actorgraph: {} documents, {rate:.1} docs/s{share}", self.docs + self.docs_before);
            }
        }
    }

    /// Prints a message without tearing the bar.
    pub fn println(&self, msg: &str) {
        match &self.bar {
            Some(bar) => bar.println(msg),
            None => eprintln!("{msg}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

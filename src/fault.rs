//! Deterministic fault injection for the crash-safety tests (a hidden test hook).
//!
//! Every file-system step of a run that matters for recovery (writing a file, renaming,
//! removing) first calls [`point`]. With `ACTORGRAPH_FAULT=<op>:<n>` in the
//! environment, where `<op>` is `write`, `rename`, `unlink` or `any`, the process dies
//! at the n-th such step (1-based) before taking it, exactly as a kill would leave
//! things: no destructors, no buffered data flushed, locks released by the kernel. It
//! exits with [`FAULT_EXIT`] so that tests can tell the injected crash from a real
//! failure. With `ACTORGRAPH_FAULT=count` the process prints how many steps it took
//! (`actorgraph-fault-points: N`) to stderr when the job ends, so that a test can then
//! crash it at every one of them.
//!
//! Without the variable a point costs one relaxed atomic load.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Exit status of a process killed by an injected fault.
pub const FAULT_EXIT: i32 = 86;

/// The kinds of file-system steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Creating or writing a file or folder.
    Write,
    Rename,
    /// Removing a file or folder.
    Unlink,
}

enum Plan {
    Off,
    Count,
    Crash { op: Option<Op>, at: u64 },
}

static STEPS: AtomicU64 = AtomicU64::new(0);

fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let Ok(spec) = std::env::var("ACTORGRAPH_FAULT") else { return Plan::Off };
        if spec == "count" {
            return Plan::Count;
        }
        let parsed = spec.split_once(':').and_then(|(op, n)| {
            let op = match op {
                "write" => Some(Op::Write),
                "rename" => Some(Op::Rename),
                "unlink" => Some(Op::Unlink),
                "any" => None,
                _ => return None,
            };
            Some(Plan::Crash { op, at: n.parse().ok()? })
        });
        // A typo in a test must not silently run without the fault.
        parsed.unwrap_or_else(|| panic!("ACTORGRAPH_FAULT={spec:?}: expected count or write|rename|unlink|any:N"))
    })
}

/// Marks a file-system step about to be taken; dies here if the plan says so.
pub fn point(op: Op) {
    match plan() {
        Plan::Off => {}
        Plan::Count => {
            STEPS.fetch_add(1, Ordering::Relaxed);
        }
        Plan::Crash { op: wanted, at } => {
            if wanted.is_none_or(|w| w == op) && STEPS.fetch_add(1, Ordering::Relaxed) + 1 == *at {
                // SAFETY: _exit ends the process at once, like a kill.
                unsafe { libc::_exit(FAULT_EXIT) }
            }
        }
    }
}

/// Prints the number of steps taken, when counting (called once a job has ended).
pub fn report() {
    if let Plan::Count = plan() {
        eprintln!("actorgraph-fault-points: {}", STEPS.load(Ordering::Relaxed));
    }
}

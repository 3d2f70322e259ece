//! One run per output folder: an exclusive `flock` on `OUTDIR/.actorgraph.lock`.
//!
//! The kernel releases the lock when the process ends, however it ends (a crash or a
//! kill included), so a stale lock never blocks a resume. The lock file itself stays:
//! removing it would let a process that opened the old file and one that creates a new
//! one both hold "the" lock.

use std::fs::File;
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = ".actorgraph.lock";

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{dir}: another actorgraph run is using this output folder (it holds {dir}/{LOCK_FILE}); wait for it to finish or choose another folder", dir = .0.display())]
    Busy(PathBuf),
    #[error("{}: cannot lock: {}", .0.display(), .1)]
    Io(PathBuf, #[source] std::io::Error),
}

/// Holds the lock until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Takes the exclusive lock of `dir` (created if missing), or fails at once if
    /// another process holds it.
    pub fn acquire(dir: &Path) -> Result<OutputLock, LockError> {
        std::fs::create_dir_all(dir).map_err(|e| LockError::Io(dir.to_path_buf(), e))?;
        let path = dir.join(LOCK_FILE);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| LockError::Io(path.clone(), e))?;
        if !try_flock(&file, true).map_err(|e| LockError::Io(path, e))? {
            return Err(LockError::Busy(dir.to_path_buf()));
        }
        Ok(OutputLock { _file: file })
    }
}

/// Whether some process holds the lock of `dir` now (used by `merge` on its sources).
pub fn is_locked(dir: &Path) -> bool {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else { return false };
    // A shared lock is refused only while a run holds its exclusive one.
    !try_flock(&file, false).unwrap_or(true)
}

/// `flock` without waiting: Ok(false) when another process holds a conflicting lock.
fn try_flock(file: &File, exclusive: bool) -> std::io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        let op = if exclusive { libc::LOCK_EX } else { libc::LOCK_SH } | libc::LOCK_NB;
        // SAFETY: flock on a descriptor we own; released when the file is closed.
        if unsafe { libc::flock(file.as_raw_fd(), op) } == 0 {
            return Ok(true);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::WouldBlock {
            return Ok(false);
        }
        Err(e)
    }
    #[cfg(not(unix))]
    {
        let _ = (file, exclusive);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = OutputLock::acquire(dir.path()).unwrap();
        assert!(is_locked(dir.path()));
        let err = OutputLock::acquire(dir.path()).unwrap_err();
        assert!(matches!(err, LockError::Busy(_)), "{err}");
        assert!(err.to_string().contains("another actorgraph run"), "{err}");
        drop(first);
        assert!(!is_locked(dir.path()));
        OutputLock::acquire(dir.path()).unwrap();
    }
}

//! The file-system steps of a run: each one is a fault point (see [`crate::fault`]),
//! names the path in its error, and leaves files with ordinary permissions (0666 less
//! the umask, so 0644 usually: temporary files would otherwise keep 0600).
//!
//! Also content hashes (SHA-256, lower-case hex), which checkpoints, `run.json` and
//! `merge` use to recognise files.

use crate::fault::{point, Op};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;
use tempfile::NamedTempFile;

/// A written file's size and SHA-256 (hex), as run.json and checkpoints record it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    pub bytes: u64,
    pub sha256: String,
}

/// Lower-case hex of a finished SHA-256.
pub fn hex(hasher: Sha256) -> String {
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    hex(Sha256::new_with_prefix(bytes))
}

/// Size and SHA-256 of a file's first `len` bytes (all of it when `len` is `None`);
/// also returns the hasher, so that a writer can go on from there.
pub fn hash_prefix(path: &Path, len: Option<u64>) -> Result<(u64, Sha256)> {
    let file = std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut reader = file.take(len.unwrap_or(u64::MAX));
    let mut hasher = Sha256::new();
    let n = std::io::copy(&mut reader, &mut hasher).with_context(|| format!("{}: read error", path.display()))?;
    Ok((n, hasher))
}

/// Size and SHA-256 of a whole file.
pub fn hash_file(path: &Path) -> Result<(u64, String)> {
    let (n, h) = hash_prefix(path, None)?;
    Ok((n, hex(h)))
}

/// A temporary file in `dir` for a file to be renamed to `name` there.
pub fn temp_in(dir: &Path, name: &str) -> Result<NamedTempFile> {
    point(Op::Write);
    #[cfg(unix)]
    let perms = std::os::unix::fs::PermissionsExt::from_mode(0o666);
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(perms);
    builder.tempfile_in(dir).with_context(|| format!("{}: cannot create a temporary file", dir.display()))
}

/// Syncs a finished temporary file and renames it to `path`.
pub fn persist(tmp: NamedTempFile, path: &Path) -> Result<()> {
    tmp.as_file().sync_all().with_context(|| format!("{}: sync failed", path.display()))?;
    point(Op::Rename);
    tmp.persist(path).with_context(|| format!("{}: cannot rename into place", path.display()))?;
    Ok(())
}

/// Writes `bytes` to `path` atomically: a reader sees the old file or the whole new one.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = parent(path);
    let name = path.file_name().map_or("out".into(), |n| n.to_string_lossy());
    let mut tmp = temp_in(dir, &name)?;
    tmp.write_all(bytes).with_context(|| format!("{}: write failed", path.display()))?;
    persist(tmp, path)
}

/// Creates a new file (replacing any), with ordinary permissions.
pub fn create(path: &Path) -> Result<std::fs::File> {
    point(Op::Write);
    std::fs::File::create(path).with_context(|| format!("{}: cannot create", path.display()))
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    point(Op::Write);
    std::fs::create_dir_all(path).with_context(|| format!("{}: cannot create folder", path.display()))
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    point(Op::Rename);
    std::fs::rename(from, to).with_context(|| format!("{}: cannot rename to {}", from.display(), to.display()))
}

/// Removes a file; one that is already gone is fine (a resumed step may repeat it).
pub fn remove_file(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    point(Op::Unlink);
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("{}: cannot remove", path.display()))
        }
        _ => Ok(()),
    }
}

/// Removes a folder and its contents; one that is already gone is fine.
pub fn remove_dir_all(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    point(Op::Unlink);
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("{}: cannot remove", path.display()))
        }
        _ => Ok(()),
    }
}

/// A second name for a finished file (the evidence of a completed checkpoint is
/// published without copying it); a copy where the file system has no hard links.
pub fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    point(Op::Write);
    if std::fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    std::fs::copy(from, to).with_context(|| format!("{}: cannot copy to {}", from.display(), to.display()))?;
    std::fs::File::open(to).and_then(|f| f.sync_all()).with_context(|| format!("{}: sync failed", to.display()))
}

fn parent(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// A writer that hashes and counts what passes through it; every write to the
/// underlying file is a fault point.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    len: u64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        Self::resume(inner, Sha256::new(), 0)
    }

    /// Goes on after `len` bytes already hashed into `hasher`.
    pub fn resume(inner: W, hasher: Sha256, len: u64) -> Self {
        HashingWriter { inner, hasher, len }
    }

    /// Bytes written so far and their SHA-256.
    pub fn digest(&self) -> (u64, String) {
        (self.len, hex(self.hasher.clone()))
    }

    pub fn get_ref(&self) -> &W {
        &self.inner
    }
}

/// Makes everything written so far through a CSV writer over a hashed file durable
/// (flush, then sync); returns the length and hash a resumed run checks and goes on from.
pub fn checkpoint_csv(writer: &mut csv::Writer<HashingWriter<std::fs::File>>, path: &Path) -> Result<FileRecord> {
    writer.flush().with_context(|| format!("{}: write failed", path.display()))?;
    let file = writer.get_ref();
    file.get_ref().sync_data().with_context(|| format!("{}: sync failed", path.display()))?;
    let (bytes, sha256) = file.digest();
    Ok(FileRecord { bytes, sha256 })
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        point(Op::Write);
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_files_have_ordinary_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        write_file(&path, b"x\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // SAFETY: umask only reads and restores the process's file mask.
            let umask = unsafe {
                let m = libc::umask(0o022);
                libc::umask(m);
                m
            };
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o666 & !(umask as u32), "mode {mode:o}");
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn hashing_writer_agrees_with_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.csv");
        let mut w = HashingWriter::new(std::fs::File::create(&path).unwrap());
        w.write_all(b"abc").unwrap();
        let (len, hasher) = hash_prefix(&path, Some(2)).unwrap();
        assert_eq!(len, 2);
        let mut w2 = HashingWriter::resume(Vec::new(), hasher, len);
        w2.write_all(b"c").unwrap();
        assert_eq!(w.digest(), w2.digest());
        assert_eq!(w.digest(), (3, hash_file(&path).unwrap().1));
    }
}

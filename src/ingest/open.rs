//! Opening inputs: compressed files decoded by their content, standard input spooled.
//!
//! gzip, zstd and bzip2 are recognised by their magic bytes, not by the file name:
//! dumps are often renamed (`news.jsonl` that is really gzip) or come without an
//! extension, and reading compressed bytes as text would report every line as
//! invalid UTF-8. Decoding streams, so memory stays bounded whatever the file holds;
//! the size limits of the readers apply to the decoded text.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// A compression format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    Gzip,
    Zstd,
    Bzip2,
}

impl Compression {
    /// The format whose magic bytes start `head`.
    pub fn detect(head: &[u8]) -> Option<Compression> {
        match head {
            [0x1f, 0x8b, ..] => Some(Compression::Gzip),
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Some(Compression::Zstd),
            [b'B', b'Z', b'h', ..] => Some(Compression::Bzip2),
            _ => None,
        }
    }

    /// Whether `ext` (lower case, no dot) names a compressed file: `news.jsonl.gz` is
    /// read as `news.jsonl`.
    pub fn is_extension(ext: &str) -> bool {
        matches!(ext, "gz" | "gzip" | "zst" | "zstd" | "bz2")
    }
}

/// The decoded bytes of the file at `path` (as they are, when not compressed).
pub fn open_decoded(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    let mut file = BufReader::with_capacity(1 << 16, File::open(path)?);
    let head = file.fill_buf()?;
    Ok(match Compression::detect(head) {
        // Multi-member and multi-frame decoders: `cat a.gz b.gz` and pigz or zstd
        // output written in several blocks are one stream to their tools, and to us.
        Some(Compression::Gzip) => Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(file))),
        Some(Compression::Zstd) => Box::new(BufReader::new(zstd::stream::read::Decoder::with_buffer(file)?)),
        Some(Compression::Bzip2) => Box::new(BufReader::new(bzip2::bufread::MultiBzDecoder::new(file))),
        None => Box::new(file),
    })
}

/// Whether the file at `path` is compressed (by its content, or its name).
pub fn is_compressed(path: &Path) -> bool {
    let by_name =
        path.extension().is_some_and(|e| Compression::is_extension(&e.to_string_lossy().to_ascii_lowercase()));
    let mut head = [0u8; 4];
    let read = File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
    by_name || Compression::detect(&head[..read]).is_some()
}

/// The first bytes of the decoded file (fewer if it is shorter), for sniffing.
pub fn decoded_head(path: &Path, n: usize) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(n);
    open_decoded(path)?.take(n as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// The name inputs and messages give standard input.
pub const STDIN: &str = "-";

/// Whether `path` is the `-` that stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// Standard input copied to a temporary file (removed when dropped).
///
/// Spooled rather than streamed because the CSV reader makes a second pass over its
/// file (to give every record its line and to find where a quote that never closes
/// opened), and every other check reads the input as a file; the copy is raw (still
/// compressed, if it was), so it costs disk, not memory.
pub fn spool_stdin() -> std::io::Result<(tempfile::TempPath, PathBuf)> {
    let mut tmp = tempfile::Builder::new().prefix("actorgraph-stdin-").tempfile()?;
    std::io::copy(&mut std::io::stdin().lock(), tmp.as_file_mut())?;
    tmp.as_file_mut().flush()?;
    let path = tmp.path().to_path_buf();
    Ok((tmp.into_temp_path(), path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(compressed: Vec<u8>) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.bin");
        std::fs::write(&path, compressed).unwrap();
        let mut s = String::new();
        open_decoded(&path).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn compressed_files_are_decoded_by_content() {
        let text = "{\"id\": \"a\", \"text\": \"Hi.\"}\n";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text.as_bytes()).unwrap();
        let mut two_members = gz.finish().unwrap();
        two_members.extend_from_within(..);
        assert_eq!(roundtrip(two_members), text.repeat(2), "concatenated gzip members");
        assert_eq!(roundtrip(zstd::encode_all(text.as_bytes(), 3).unwrap()), text);
        let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
        bz.write_all(text.as_bytes()).unwrap();
        assert_eq!(roundtrip(bz.finish().unwrap()), text);
        assert_eq!(roundtrip(text.as_bytes().to_vec()), text, "plain files as they are");
    }
}

//! Files the program writes for the user (the session, exports): written whole or not at all,
//! so that a crash or a full disk mid-write never leaves half a file where a good one was.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over
/// `path` (atomic on one file system).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "file".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Moves an unreadable file aside (`NAME.corrupt`, numbered when that exists) so that it is
/// kept for the user but not read again; returns where it went.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut target = path.with_file_name(format!("{name}.corrupt"));
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = path.with_file_name(format!("{name}.corrupt.{n}"));
    }
    std::fs::rename(path, &target)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_sets_bad_ones_aside() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/session.json");
        write_atomically(&p, b"{\"a\":1}").unwrap();
        write_atomically(&p, b"{\"a\":2}").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "{\"a\":2}");
        // No temporary file is left beside it.
        assert_eq!(std::fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
        let aside = set_aside(&p).unwrap();
        assert!(aside.ends_with("session.json.corrupt") && !p.exists());
        write_atomically(&p, b"x").unwrap();
        assert!(set_aside(&p).unwrap().ends_with("session.json.corrupt.2"));
        // A folder that cannot be written: an error, not a panic.
        assert!(write_atomically(Path::new("/proc/parallax-no/such"), b"x").is_err());
    }
}

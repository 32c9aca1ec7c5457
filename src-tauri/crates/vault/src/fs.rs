//! The file operations a vault uses, behind a trait so tests can crash or fail any of them.
//!
//! Every durable write in the vault goes through [`write_durably`]: temp file → fsync →
//! rename → fsync of the directory. A test filesystem (see `tejido-tests`) records the same
//! calls and can stop or fail at each one, then hand back the bytes a power cut would leave.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How a vault folder is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// One writer, nobody else: opening to change the vault.
    Exclusive,
    /// Several readers, no writer: checking a vault.
    Shared,
}

/// A held lock; dropping it releases the lock.
pub type LockGuard = Box<dyn Send + Sync>;

/// The file operations a vault needs. Paths are absolute or relative to the process.
pub trait VaultFs: Send + Sync {
    /// Reads a whole file.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Creates or truncates `path` and writes `bytes` (not yet durable).
    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Makes the contents of the file at `path` durable.
    fn sync_file(&self, path: &Path) -> io::Result<()>;
    /// Atomically replaces `to` with `from`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Makes the entries of directory `dir` (creations, renames, removals) durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Removes a file.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Creates a directory and its parents.
    fn create_dir_all(&self, path: &Path) -> io::Result<()>;
    /// The file names (not paths) directly inside `dir`; a missing directory is empty.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// Whether anything exists at `path`.
    fn exists(&self, path: &Path) -> bool;
    /// Takes an advisory lock on `path` (created if missing) without waiting.
    /// Returns `Ok(None)` when another process holds a conflicting lock.
    fn try_lock(&self, path: &Path, mode: LockMode) -> io::Result<Option<LockGuard>>;
}

/// Writes `bytes` to `path` so that after it returns, a crash leaves either the old file or
/// the new one, never a mix: temp file → fsync → rename → fsync of the directory.
pub fn write_durably(fs: &dyn VaultFs, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = fs
        .write_new(&tmp, bytes)
        .and_then(|()| fs.sync_file(&tmp))
        .and_then(|()| fs.rename(&tmp, path));
    if result.is_err() {
        // Best effort: a half-written temp file holds only ciphertext, and the next open
        // removes leftovers anyway.
        let _ = fs.remove_file(&tmp);
    }
    result?;
    fs.sync_dir(parent_of(path))
}

/// The temp name used while writing `path`; open removes leftovers with this suffix.
pub fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(TEMP_SUFFIX);
    path.with_file_name(name)
}

/// Suffix of files being written; never read as vault data.
pub const TEMP_SUFFIX: &str = ".tmp";

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The real filesystem.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealFs;

impl VaultFs for RealFs {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // Only the owner reads vault files: they are ciphertext, but their size and
            // timing still say something about the community.
            options.mode(0o600);
        }
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.flush()
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        // On Windows, FlushFileBuffers needs a handle opened for writing.
        OpenOptions::new().write(true).open(path)?.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        // std::fs::rename replaces an existing target on Unix (rename(2)) and on Windows
        // (MoveFileExW with MOVEFILE_REPLACE_EXISTING).
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            // NOTE: Windows cannot open a directory for fsync; NTFS journals the rename
            // itself, and MoveFileEx with MOVEFILE_WRITE_THROUGH is what std uses there.
            let _ = dir;
            Ok(())
        }
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            fs::DirBuilder::new().recursive(true).mode(0o700).create(path)
        }
        #[cfg(not(unix))]
        {
            fs::create_dir_all(path)
        }
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        match fs::read_dir(dir) {
            Ok(entries) => entries
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn try_lock(&self, path: &Path, mode: LockMode) -> io::Result<Option<LockGuard>> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
        let attempt = match mode {
            LockMode::Exclusive => file.try_lock(),
            LockMode::Shared => file.try_lock_shared(),
        };
        match attempt {
            Ok(()) => Ok(Some(Box::new(file))),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durable_write_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        write_durably(&RealFs, &path, b"one").unwrap();
        write_durably(&RealFs, &path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two", "the second write replaced the first");
        assert!(!temp_path(&path).exists(), "the temp file was renamed away");
    }

    #[test]
    fn exclusive_lock_excludes_a_second_holder_until_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let first = RealFs.try_lock(&path, LockMode::Exclusive).unwrap();
        assert!(first.is_some(), "the first holder gets the lock");
        assert!(
            RealFs.try_lock(&path, LockMode::Shared).unwrap().is_none(),
            "a reader cannot enter while a writer holds the vault"
        );
        drop(first);
        assert!(RealFs.try_lock(&path, LockMode::Exclusive).unwrap().is_some(), "released on drop");
    }
}

/// Overwrites the file at `path` in place with zeros, flushes that to the disk, then removes
/// it and flushes its folder: for key files that must not be read back from a disk image.
///
/// On a hard disk or an ext4 partition without snapshots the old bytes are gone. On an SSD
/// (wear levelling writes the zeros elsewhere), a copy-on-write filesystem (btrfs, ZFS,
/// APFS), or in a backup or snapshot, the old bytes can survive: the README says so. Zeros
/// rather than random bytes: either way the overwrite lands where the file was or it does
/// not, and nothing random is needed from the system. A missing file is not an error.
pub fn shred_file(path: &Path) -> io::Result<()> {
    let mut file = match OpenOptions::new().write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let len = file.metadata()?.len();
    let zeros = [0u8; 4096];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()?;
    drop(file);
    fs::remove_file(path)?;
    if let Some(dir) = path.parent() {
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

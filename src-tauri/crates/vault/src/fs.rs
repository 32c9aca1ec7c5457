//! The file operations a vault uses, behind a trait so tests can crash or fail any of them.
//!
//! Every durable write in the vault goes through [`write_durably`]: temp file → fsync →
//! rename → fsync of the directory. A test filesystem (see `tejido-tests`) records the same
//! calls and can stop or fail at each one, then hand back the bytes a power cut would leave.

#[cfg(unix)]
use std::fs::File;
use std::fs::{self, OpenOptions};
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
        retry_while_busy(|| replace(from, to))
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            // Windows has no fsync of a directory entry: the rename itself is written
            // through (MOVEFILE_WRITE_THROUGH in `replace`), and NTFS journals it.
            let _ = dir;
            Ok(())
        }
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        retry_while_busy(|| fs::remove_file(path))
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

/// Atomically replaces `to` with `from`: rename(2) on Unix.
#[cfg(not(windows))]
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)
}

/// Atomically replaces `to` with `from`, and returns only once the move is on disk.
///
/// std::fs::rename is not enough here: its Windows code (library/std/src/sys/fs/windows.rs,
/// checked for Rust 1.95) calls `MoveFileExW(old, new, MOVEFILE_REPLACE_EXISTING)` without
/// `MOVEFILE_WRITE_THROUGH`, so the new name may still sit in the cache when a save is
/// acknowledged, and a power cut could bring the previous generation back.
#[cfg(windows)]
#[allow(unsafe_code)]
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    use windows_sys::Win32::Storage::FileSystem::{MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW};
    let (from, to) = (wide_path(from)?, wide_path(to)?);
    // SAFETY: both are NUL-terminated UTF-16 strings that outlive the call.
    let moved = unsafe { MoveFileExW(from.as_ptr(), to.as_ptr(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) };
    if moved == 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
}

/// `path` as a NUL-terminated wide string Windows takes whatever its length: made absolute
/// (GetFullPathNameW resolves `/`, `.` and `..`), then given the `\\?\` prefix that lifts the
/// 260-character limit, as std does for its own calls.
#[cfg(windows)]
fn wide_path(path: &Path) -> io::Result<Vec<u16>> {
    use std::os::windows::ffi::OsStrExt;
    use std::path::{Component, Prefix};
    let path = std::path::absolute(path)?;
    let mut wide: Vec<u16> = path.as_os_str().encode_wide().collect();
    if let Some(Component::Prefix(prefix)) = path.components().next() {
        match prefix.kind() {
            Prefix::Disk(_) => {
                wide.splice(..0, r"\\?\".encode_utf16());
            }
            Prefix::UNC(..) => {
                wide.splice(..2, r"\\?\UNC\".encode_utf16());
            }
            _ => {} // Already verbatim, or a device path.
        }
    }
    if wide.contains(&0) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "a path holds a NUL character"));
    }
    wide.push(0);
    Ok(wide)
}

/// How long a rename or delete keeps trying while another program holds the file: antivirus
/// and the search indexer open a new file for a moment right after it is written, and Windows
/// then answers "access denied" or "sharing violation". Cargo and rustup retry the same way.
/// About 1.3 s in all; a file still held after that is reported.
const BUSY_RETRY_DELAYS_MS: [u64; 7] = [10, 20, 40, 80, 160, 320, 640];

/// Runs `op`, retrying with a short back-off while the file is busy (Windows only: on Unix a
/// held file never blocks a rename or delete, and "permission denied" is final).
fn retry_while_busy(op: impl FnMut() -> io::Result<()>) -> io::Result<()> {
    retry_while(op, is_busy)
}

fn retry_while(mut op: impl FnMut() -> io::Result<()>, passes: impl Fn(&io::Error) -> bool) -> io::Result<()> {
    let mut delays = BUSY_RETRY_DELAYS_MS.iter();
    loop {
        match op() {
            Err(e) if passes(&e) => match delays.next() {
                Some(ms) => std::thread::sleep(std::time::Duration::from_millis(*ms)),
                None => return Err(e),
            },
            other => return other,
        }
    }
}

/// Removes the folder `dir` and everything in it, retrying while another program holds a file
/// in it (Windows: the search indexer or an antivirus scanning a file Tejido just wrote, or a
/// file deleted while still held, whose entry lingers until that handle closes). A folder
/// already gone is fine. Still held after the short wait: the error, and the caller leaves it
/// for a later sweep (the training vaults' at the next start).
pub fn remove_dir_all_when_free(dir: &Path) -> io::Result<()> {
    retry_while(
        || match fs::remove_dir_all(dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        },
        |e| is_busy(e) || lingers(e),
    )
}

/// Whether `e` says a folder still lists a file deleted while another handle held it.
fn lingers(e: &io::Error) -> bool {
    #[cfg(windows)]
    {
        use windows_sys::Win32::Foundation::ERROR_DIR_NOT_EMPTY;
        e.raw_os_error().map(|c| c as u32) == Some(ERROR_DIR_NOT_EMPTY)
    }
    #[cfg(not(windows))]
    {
        let _ = e;
        false
    }
}

/// Whether `e` says another handle holds the file for now.
fn is_busy(e: &io::Error) -> bool {
    #[cfg(windows)]
    {
        use windows_sys::Win32::Foundation::{ERROR_ACCESS_DENIED, ERROR_LOCK_VIOLATION, ERROR_SHARING_VIOLATION};
        matches!(e.raw_os_error().map(|c| c as u32), Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION))
    }
    #[cfg(not(windows))]
    {
        let _ = e;
        false
    }
}

/// The real disk for the vault's own tests, except for the operations a test refuses: a power
/// cut or a kill at one step (the crash model in `tests/crash` goes through every step; these
/// tests stop one on purpose).
#[cfg(test)]
pub(crate) struct FailingFs<F>(F);

/// An operation a [`FailingFs`] may refuse.
#[cfg(test)]
pub(crate) enum FsOp<'a> {
    /// A rename onto `to`.
    Rename { to: &'a Path },
    /// A file removal.
    Remove,
}

#[cfg(test)]
impl<F: Fn(FsOp) -> bool + Send + Sync> FailingFs<F> {
    /// `fails` says which operations to refuse (built through this function so a closure
    /// takes any operation's lifetime).
    pub(crate) fn new(fails: F) -> Self {
        Self(fails)
    }

    fn stop(&self, op: FsOp) -> io::Result<()> {
        if (self.0)(op) { Err(io::Error::other("stopped here by the test")) } else { Ok(()) }
    }
}

#[cfg(test)]
impl<F: Fn(FsOp) -> bool + Send + Sync> VaultFs for FailingFs<F> {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        RealFs.read(path)
    }
    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        RealFs.write_new(path, bytes)
    }
    fn sync_file(&self, path: &Path) -> io::Result<()> {
        RealFs.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.stop(FsOp::Rename { to })?;
        RealFs.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealFs.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.stop(FsOp::Remove)?;
        RealFs.remove_file(path)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        RealFs.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        RealFs.list(dir)
    }
    fn exists(&self, path: &Path) -> bool {
        RealFs.exists(path)
    }
    fn try_lock(&self, path: &Path, mode: LockMode) -> io::Result<Option<LockGuard>> {
        RealFs.try_lock(path, mode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(windows)]
    use std::fs::File;

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

    #[test]
    fn a_vault_folder_with_accents_spaces_and_a_long_path_is_written_durably() {
        // `C:\Users\José María\` is a common home folder, and OneDrive or a deep
        // Documents tree easily passes Windows' old 260-character limit.
        let dir = tempfile::tempdir().unwrap();
        let mut folder = dir.path().join("José María").join("Comunidad Ñandú.tejido");
        while folder.as_os_str().len() < 300 {
            folder.push("carpeta con un nombre largo");
        }
        RealFs.create_dir_all(&folder).unwrap();
        let path = folder.join("generación 1.age");
        write_durably(&RealFs, &path, b"one").unwrap();
        write_durably(&RealFs, &path, b"two").unwrap();
        assert_eq!(RealFs.read(&path).unwrap(), b"two");
        assert_eq!(RealFs.list(&folder).unwrap(), vec!["generación 1.age".to_owned()], "no temp file left");
        RealFs.remove_file(&path).unwrap();
        assert!(!RealFs.exists(&path));
    }

    /// The child half of `a_lock_holds_against_another_process`: when started by it, takes the
    /// lock, says so, and keeps it until told to let go. Otherwise it does nothing.
    #[test]
    fn lock_holder_child() {
        let Ok(lock) = std::env::var("TEJIDO_TEST_HOLD_LOCK") else { return };
        let lock = PathBuf::from(lock);
        let guard = RealFs.try_lock(&lock, LockMode::Exclusive).unwrap().expect("the child takes the free lock");
        fs::write(lock.with_extension("held"), b"").unwrap();
        let release = lock.with_extension("release");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !release.exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        drop(guard);
    }

    #[test]
    fn a_lock_holds_against_another_process() {
        // flock on Linux, LockFileEx on Windows: both are per open file, so only a second
        // process proves what a second copy of the app would see.
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join("vault lock");
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["fs::tests::lock_holder_child", "--exact", "--test-threads=1", "--quiet"])
            .env("TEJIDO_TEST_HOLD_LOCK", &lock)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !lock.with_extension("held").exists() {
            assert!(std::time::Instant::now() < deadline, "the child never took the lock");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(RealFs.try_lock(&lock, LockMode::Exclusive).unwrap().is_none(), "a writer is refused while another process writes");
        assert!(RealFs.try_lock(&lock, LockMode::Shared).unwrap().is_none(), "a reader is refused while another process writes");
        fs::write(lock.with_extension("release"), b"").unwrap();
        assert!(child.wait().unwrap().success());
        assert!(RealFs.try_lock(&lock, LockMode::Exclusive).unwrap().is_some(), "free once the other process let go");
    }

    /// Opens `path` the way a virus scanner or indexer does at its worst: sharing nothing, so
    /// nobody may rename, replace or delete it while the handle is open.
    #[cfg(windows)]
    fn hold_without_sharing(path: &Path) -> File {
        use std::os::windows::fs::OpenOptionsExt;
        OpenOptions::new().read(true).share_mode(0).open(path).unwrap()
    }

    #[cfg(windows)]
    fn release_after(file: File, ms: u64) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(ms));
            drop(file);
        })
    }

    #[test]
    #[cfg(windows)]
    fn a_save_waits_while_another_program_holds_the_file_for_a_moment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.age");
        write_durably(&RealFs, &path, b"one").unwrap();
        let held = hold_without_sharing(&path);
        fs::write(temp_path(&path), b"two").unwrap();
        let refused = replace(&temp_path(&path), &path).expect_err("Windows refuses to replace a held file");
        assert!(is_busy(&refused), "the refusal is the kind that passes: {refused}");
        let releaser = release_after(held, 150);
        write_durably(&RealFs, &path, b"two").unwrap();
        releaser.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert!(!temp_path(&path).exists());
    }

    #[test]
    #[cfg(windows)]
    fn a_delete_waits_while_another_program_holds_the_file_for_a_moment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old generation.age");
        fs::write(&path, b"old").unwrap();
        let held = hold_without_sharing(&path);
        assert!(is_busy(&fs::remove_file(&path).expect_err("Windows refuses to delete a held file")));
        let releaser = release_after(held, 150);
        RealFs.remove_file(&path).unwrap();
        releaser.join().unwrap();
        assert!(!path.exists());
    }

    #[test]
    #[cfg(windows)]
    fn a_file_held_for_good_is_reported_after_a_short_wait_not_waited_on_forever() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.age");
        write_durably(&RealFs, &path, b"one").unwrap();
        let _held = hold_without_sharing(&path);
        let started = std::time::Instant::now();
        let err = write_durably(&RealFs, &path, b"two").expect_err("still held");
        assert!(is_busy(&err), "{err}");
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "gave up after {:?}", started.elapsed());
        drop(_held);
        assert_eq!(fs::read(&path).unwrap(), b"one", "the acknowledged generation is untouched");
        assert!(!temp_path(&path).exists(), "the temp file was cleaned up");
    }

    #[test]
    #[cfg(windows)]
    fn a_folder_is_removed_once_another_program_lets_go_of_a_file_in_it_and_reported_while_held() {
        let dir = tempfile::tempdir().unwrap();
        let training = dir.path().join("training vault");
        fs::create_dir_all(training.join("images")).unwrap();
        fs::write(training.join("images").join("1.age"), b"sealed").unwrap();
        fs::write(training.join("header.json"), b"{}").unwrap();
        let held = hold_without_sharing(&training.join("images").join("1.age"));
        assert!(fs::remove_dir_all(&training).is_err(), "Windows keeps a folder while a file in it is open");
        let releaser = release_after(held, 150);
        remove_dir_all_when_free(&training).unwrap();
        releaser.join().unwrap();
        assert!(!training.exists());
        assert!(remove_dir_all_when_free(&training).is_ok(), "already gone is fine");

        // Held for good: reported after a short wait, and removed by a later call once free.
        fs::create_dir_all(&training).unwrap();
        fs::write(training.join("lock"), b"").unwrap();
        let held = hold_without_sharing(&training.join("lock"));
        let started = std::time::Instant::now();
        assert!(remove_dir_all_when_free(&training).is_err());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        drop(held);
        remove_dir_all_when_free(&training).unwrap();
        assert!(!training.exists());
    }

    #[test]
    fn a_folder_with_files_is_removed_and_a_missing_one_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let training = dir.path().join("José María").join("training");
        fs::create_dir_all(training.join("images")).unwrap();
        fs::write(training.join("images").join("1.age"), b"sealed").unwrap();
        remove_dir_all_when_free(&training).unwrap();
        assert!(!training.exists() && dir.path().join("José María").exists());
        remove_dir_all_when_free(&training).unwrap();
    }

    #[test]
    #[cfg(windows)]
    fn wide_paths_are_verbatim_and_absolute() {
        let wide = wide_path(Path::new(r"C:\Users\José María\a/../b.age")).unwrap();
        let text = String::from_utf16(&wide[..wide.len() - 1]).unwrap();
        assert_eq!(text, r"\\?\C:\Users\José María\b.age");
        let unc = wide_path(Path::new(r"\\server\share\v.age")).unwrap();
        assert_eq!(String::from_utf16(&unc[..unc.len() - 1]).unwrap(), r"\\?\UNC\server\share\v.age");
    }

    #[test]
    #[cfg(unix)]
    fn unix_never_retries_a_permission_error() {
        let calls = std::cell::Cell::new(0);
        let err = retry_while_busy(|| {
            calls.set(calls.get() + 1);
            Err(io::Error::from(io::ErrorKind::PermissionDenied))
        });
        assert!(err.is_err());
        assert_eq!(calls.get(), 1, "a read-only folder fails at once on Linux");
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
    // The removal made durable: a directory can be synced on Unix only (NTFS journals it).
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

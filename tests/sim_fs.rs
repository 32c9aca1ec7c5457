//! [`SimFs`]: an in-memory [`VaultFs`] with a durable/volatile split and fault injection.
//!
//! The model, per POSIX and what ext4/NTFS actually guarantee:
//! - file contents become durable only on `sync_file` of that file;
//! - directory entries (create, rename, remove) become durable only on `sync_dir` of their
//!   directory;
//! - after a crash, each unsynced directory change may or may not have reached the disk,
//!   and a file whose contents were never synced may be empty or hold a prefix of what was
//!   written.
//!
//! Operations that can crash or fail are numbered from 0: `write_new`, `sync_file`,
//! `rename`, `sync_dir`, `remove_file`.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tejido_vault::fs::{LockGuard, LockMode, VaultFs};

#[derive(Clone, Default)]
struct Inode {
    data: Vec<u8>,
    durable: Option<Vec<u8>>,
}

#[derive(Clone, Default)]
struct State {
    inodes: Vec<Inode>,
    live: BTreeMap<PathBuf, usize>,
    durable: BTreeMap<PathBuf, usize>,
    dirs: BTreeSet<PathBuf>,
    ops: u64,
    crash_at: Option<u64>,
    fail_at: Option<(u64, io::ErrorKind)>,
    crashed: bool,
}

/// How to pick the disk state a crash leaves behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashView {
    /// Only what was made durable: unsynced directory changes are lost.
    DurableOnly,
    /// Every directory change reached the disk, but unsynced file contents did not
    /// (the rename-without-fsync hazard).
    AllMetadata,
    /// Each unsynced directory change independently kept or lost, and unsynced contents
    /// empty or torn, chosen by this seed.
    Mixed(u64),
}

/// The in-memory filesystem. Clones share one disk, so a test can keep a handle while the
/// vault owns another.
#[derive(Default, Clone)]
pub struct SimFs {
    state: Arc<Mutex<State>>,
}

impl SimFs {
    /// An empty filesystem.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stops the "process" at operation `n`: that operation and all later ones fail.
    pub fn crash_at(&self, n: u64) {
        self.state.lock().unwrap().crash_at = Some(n);
    }

    /// Makes operation `n` fail once with `kind` (e.g. `StorageFull`), then carry on.
    pub fn fail_at(&self, n: u64, kind: io::ErrorKind) {
        self.state.lock().unwrap().fail_at = Some((n, kind));
    }

    /// Operations counted so far.
    pub fn ops(&self) -> u64 {
        self.state.lock().unwrap().ops
    }

    /// Whether the simulated crash has happened.
    pub fn crashed(&self) -> bool {
        self.state.lock().unwrap().crashed
    }

    /// The disk after a power cut now, as a fresh filesystem with no faults planned.
    pub fn after_crash(&self, view: CrashView) -> SimFs {
        let state = self.state.lock().unwrap();
        let mut rng = Rng(match view {
            CrashView::Mixed(seed) => seed | 1,
            _ => 1,
        });
        let mut names: BTreeMap<PathBuf, usize> = BTreeMap::new();
        let all: BTreeSet<&PathBuf> = state.live.keys().chain(state.durable.keys()).collect();
        for path in all {
            let (live, durable) = (state.live.get(path), state.durable.get(path));
            let keep_live = match view {
                CrashView::DurableOnly => false,
                CrashView::AllMetadata => true,
                CrashView::Mixed(_) => live != durable && rng.coin(),
            };
            if let Some(&inode) = if keep_live { live } else { durable } {
                names.insert(path.clone(), inode);
            }
        }
        let mut fresh = State { dirs: state.dirs.clone(), ..State::default() };
        for (path, inode) in names {
            let node = &state.inodes[inode];
            let data = match (&node.durable, view) {
                (Some(d), _) if *d == node.data => d.clone(),
                (durable, CrashView::Mixed(_)) if rng.coin() => {
                    // Torn: a prefix of the newest bytes, as a partial writeback leaves.
                    let cut = rng.below(node.data.len() + 1);
                    let _ = durable;
                    node.data[..cut].to_vec()
                }
                (Some(d), _) => d.clone(),
                (None, _) => Vec::new(),
            };
            fresh.inodes.push(Inode { data: data.clone(), durable: Some(data) });
            let id = fresh.inodes.len() - 1;
            fresh.live.insert(path.clone(), id);
            fresh.durable.insert(path, id);
        }
        SimFs { state: Arc::new(Mutex::new(fresh)) }
    }

    /// An independent copy of this disk (clones otherwise share one).
    pub fn fork(&self) -> SimFs {
        SimFs { state: Arc::new(Mutex::new(self.state.lock().unwrap().clone())) }
    }

    /// Every file and its contents as a process sees them now.
    pub fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let state = self.state.lock().unwrap();
        state.live.iter().map(|(p, &i)| (p.clone(), state.inodes[i].data.clone())).collect()
    }

    /// Replaces the contents of an existing file, durably (for tampering tests).
    pub fn overwrite(&self, path: &Path, bytes: Vec<u8>) {
        let mut state = self.state.lock().unwrap();
        let inode = *state.live.get(path).expect("file exists");
        state.inodes[inode] = Inode { data: bytes.clone(), durable: Some(bytes) };
    }

    /// Runs one numbered operation, or fails it as planned.
    fn step<T>(&self, apply: impl FnOnce(&mut State) -> io::Result<T>) -> io::Result<T> {
        let mut state = self.state.lock().unwrap();
        let n = state.ops;
        state.ops += 1;
        if state.crashed || state.crash_at == Some(n) {
            state.crashed = true;
            return Err(io::Error::other("simulated crash"));
        }
        if let Some((at, kind)) = state.fail_at
            && at == n
        {
            state.fail_at = None;
            return Err(io::Error::from(kind));
        }
        apply(&mut state)
    }
}

fn parent(path: &Path) -> PathBuf {
    path.parent().map(Path::to_owned).unwrap_or_default()
}

fn not_found() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

impl VaultFs for SimFs {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let state = self.state.lock().unwrap();
        state.live.get(path).map(|&i| state.inodes[i].data.clone()).ok_or_else(not_found)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.step(|s| {
            if !s.dirs.contains(&parent(path)) {
                return Err(not_found());
            }
            // O_TRUNC on an existing file changes that inode's contents in place.
            match s.live.get(path) {
                Some(&i) => s.inodes[i].data = bytes.to_vec(),
                None => {
                    s.inodes.push(Inode { data: bytes.to_vec(), durable: None });
                    let id = s.inodes.len() - 1;
                    s.live.insert(path.to_owned(), id);
                }
            }
            Ok(())
        })
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        self.step(|s| {
            let &i = s.live.get(path).ok_or_else(not_found)?;
            s.inodes[i].durable = Some(s.inodes[i].data.clone());
            Ok(())
        })
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step(|s| {
            let i = s.live.remove(from).ok_or_else(not_found)?;
            s.live.insert(to.to_owned(), i);
            Ok(())
        })
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.step(|s| {
            let in_dir = |p: &PathBuf| parent(p) == dir;
            s.durable.retain(|p, _| !in_dir(p));
            let entries: Vec<(PathBuf, usize)> =
                s.live.iter().filter(|(p, _)| in_dir(p)).map(|(p, &i)| (p.clone(), i)).collect();
            s.durable.extend(entries);
            Ok(())
        })
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.step(|s| s.live.remove(path).map(|_| ()).ok_or_else(not_found))
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        // NOTE: directories are modelled as durable at once; Tejido creates them only in
        // `create`, before anything is acknowledged.
        let mut state = self.state.lock().unwrap();
        if state.crashed {
            return Err(io::Error::other("simulated crash"));
        }
        for ancestor in path.ancestors() {
            state.dirs.insert(ancestor.to_owned());
        }
        Ok(())
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let state = self.state.lock().unwrap();
        let files = state.live.keys().filter(|p| parent(p) == dir);
        let dirs = state.dirs.iter().filter(|p| parent(p) == dir && p.as_path() != dir);
        Ok(files.chain(dirs).filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect())
    }

    fn exists(&self, path: &Path) -> bool {
        let state = self.state.lock().unwrap();
        state.live.contains_key(path) || state.dirs.contains(path)
    }

    fn try_lock(&self, _path: &Path, _mode: LockMode) -> io::Result<Option<LockGuard>> {
        // One simulated process at a time; real locking is tested on the real filesystem.
        Ok(Some(Box::new(())))
    }
}

/// A tiny deterministic generator (xorshift), so every failing seed can be replayed.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A fair coin.
    pub fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

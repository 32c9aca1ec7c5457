//! The workloads the crash tests run, what each acknowledged, and the check after a crash.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use chrono::Utc;
use tejido_tests::{Rng, SimFs};
use tejido_vault::{KdfPolicy, OpenError, RecoveryKey, SecretString, Unlock, Vault, VaultOptions};

/// The vault folder inside the simulated disk.
pub const DIR: &str = "/disk/community.tejido";

/// One step after the vault is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Insert the next marker row and save (a delta, unless a bound calls for a full image).
    Save,
    /// Write the deltas since the last full image as one full image, as the app does at lock.
    Compact,
    /// Add a new passphrase.
    AddPassphrase,
    /// Change the newest passphrase to a new one.
    ChangePassphrase,
    /// Remove the oldest passphrase (when more than one).
    RemovePassphrase,
    /// Re-key with an attachment in the vault: a new identity keeping only the newest
    /// passphrase; the others stop opening it.
    Rekey,
}

/// What a run acknowledged before it ended or crashed.
#[derive(Debug, Default)]
pub struct Workload {
    /// `create` returned Ok.
    pub created: bool,
    /// The highest marker whose save returned Ok (0: none).
    pub acked_marker: u32,
    /// The highest marker ever inserted (acknowledged or not).
    pub attempted_marker: u32,
    /// Passphrases that must open the vault after a crash.
    pub must_open: BTreeSet<String>,
    /// Passphrases that may open it (those in flight when it crashed).
    pub may_open: BTreeSet<String>,
    /// An attachment whose write returned Ok: it must read back whatever happened after.
    pub blob: Option<tejido_vault::BlobRef>,
}

fn options(fs: &SimFs) -> VaultOptions {
    VaultOptions { fs: Arc::new(fs.clone()), kdf: KdfPolicy::insecure_for_tests(1), ..VaultOptions::default() }
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

impl Workload {
    /// Creates a vault on `fs` and runs `steps`, stopping at the first crash. A failed (not
    /// crashed) save is retried once, as the app does when a person presses "save again".
    pub fn run(fs: &SimFs, steps: &[Step]) -> Workload {
        let mut w = Workload::default();
        let opts = options(fs);
        let first = "passphrase-0".to_owned();
        w.may_open.insert(first.clone());
        let vault = match Vault::create(Path::new(DIR), &secret(&first), &opts, Utc::now()) {
            Ok((vault, _)) => vault,
            Err(_) => return w,
        };
        w.created = true;
        w.must_open.insert(first.clone());
        if vault.db().execute_batch("CREATE TABLE t (n INTEGER NOT NULL)").is_err() {
            return w;
        }
        w.continue_with(fs, vault, steps);
        w
    }

    /// A vault created (with `passphrase-0` and an empty table `t`) and saved, for runs that
    /// start from it. Opening with the recovery key skips the scrypt calibration age does
    /// for every passphrase, which would otherwise dominate a hundred thousand runs.
    pub fn base() -> (SimFs, String) {
        let fs = SimFs::new();
        let (mut vault, key) =
            Vault::create(Path::new(DIR), &secret("passphrase-0"), &options(&fs), Utc::now()).expect("base vault");
        vault.db().execute_batch("CREATE TABLE t (n INTEGER NOT NULL)").expect("table");
        vault.save().expect("base save");
        (fs, key.expose().to_owned())
    }

    /// Opens the base vault on `fs` with the recovery key and runs `steps`.
    pub fn run_from_base(fs: &SimFs, recovery_key: &str, steps: &[Step]) -> Workload {
        let mut w = Workload { created: true, ..Workload::default() };
        w.must_open.insert("passphrase-0".into());
        w.may_open.insert("passphrase-0".into());
        let key = RecoveryKey::parse(recovery_key).expect("valid key");
        match Vault::open(Path::new(DIR), Unlock::RecoveryKey(&key), &options(fs)) {
            Ok(vault) => w.continue_with(fs, vault, steps),
            Err(e) => assert!(fs.crashed(), "the base vault opens unless the process crashed: {e:?}"),
        }
        w
    }

    fn continue_with(&mut self, fs: &SimFs, mut vault: Vault, steps: &[Step]) {
        // Saves write deltas, and `Compact` the full image after them.
        vault.use_deltas(true);
        let w = self;
        let mut live = vec!["passphrase-0".to_owned()];
        let mut next_pass = 1;
        for step in steps {
            if fs.crashed() {
                break;
            }
            match step {
                Step::Save => {
                    let marker = w.attempted_marker + 1;
                    vault.db().execute("INSERT INTO t (n) VALUES (?1)", [marker]).expect("in-memory insert");
                    w.attempted_marker = marker;
                    if vault.save().is_ok() || (!fs.crashed() && vault.save().is_ok()) {
                        w.acked_marker = marker;
                    }
                }
                Step::Compact => {
                    // Acknowledges nothing new: every marker is already durable in a delta.
                    let _ = vault.compact();
                }
                Step::AddPassphrase => {
                    let new = format!("passphrase-{next_pass}");
                    next_pass += 1;
                    w.may_open.insert(new.clone());
                    if vault.add_passphrase(&secret(&new), Utc::now()).is_ok() {
                        w.must_open.insert(new.clone());
                        live.push(new);
                    }
                }
                Step::ChangePassphrase => {
                    let old = live.last().expect("a passphrase").clone();
                    let new = format!("passphrase-{next_pass}");
                    next_pass += 1;
                    w.may_open.insert(new.clone());
                    w.must_open.remove(&old);
                    if vault.change_passphrase(&secret(&old), &secret(&new), Utc::now()).is_ok() {
                        w.may_open.remove(&old);
                        w.must_open.insert(new.clone());
                        live.pop();
                        live.push(new);
                    }
                    // A change or removal that reported failure may have struck after the
                    // header was renamed: the old passphrase is then only "may open". That
                    // a person can still get in is checked for every crash: some
                    // passphrase they know always opens the vault.
                }
                Step::Rekey => {
                    match vault.put_blob(b"a photo of the fence") {
                        Ok(blob) => w.blob = Some(blob),
                        Err(_) => continue,
                    }
                    // The database in memory goes with the re-key: its marker counts as
                    // attempted, and as acknowledged once the re-key returns Ok.
                    let marker = w.attempted_marker + 1;
                    vault.db().execute("INSERT INTO t (n) VALUES (?1)", [marker]).expect("in-memory insert");
                    w.attempted_marker = marker;
                    let kept = live.last().expect("a passphrase").clone();
                    let dropped: Vec<String> = live.iter().filter(|p| **p != kept).cloned().collect();
                    for old in &dropped {
                        w.must_open.remove(old);
                    }
                    let current = secret(&kept);
                    if vault.rekey(Unlock::Passphrase(&current), &[&current], Utc::now()).is_ok() {
                        w.acked_marker = marker;
                        for old in &dropped {
                            w.may_open.remove(old);
                        }
                        live.retain(|p| *p == kept);
                    }
                }
                Step::RemovePassphrase => {
                    if live.len() < 2 {
                        continue;
                    }
                    let old = live[0].clone();
                    w.must_open.remove(&old);
                    if vault.remove_passphrase(&secret(&old)).is_ok() {
                        w.may_open.remove(&old);
                        live.remove(0);
                    }
                }
            }
        }
    }
}

/// After a crash: opens with the recovery key and checks that nothing acknowledged was lost.
pub fn check_data_after_crash(disk: &SimFs, w: &Workload, recovery_key: &str) -> Result<(), String> {
    let key = RecoveryKey::parse(recovery_key).expect("valid key");
    let vault = Vault::open(Path::new(DIR), Unlock::RecoveryKey(&key), &options(disk))
        .map_err(|e| format!("the recovery key did not open: {e:?}"))?;
    check_markers(&vault, w)
}

fn check_markers(vault: &Vault, w: &Workload) -> Result<(), String> {
    let (count, max): (u32, Option<u32>) = vault
        .db()
        .query_row("SELECT count(*), max(n) FROM t", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap_or((0, None));
    let max = max.unwrap_or(0);
    if count != max {
        return Err(format!("markers 1..{max} not all there ({count})"));
    }
    if max < w.acked_marker {
        return Err(format!("opened at marker {max}, but marker {} was acknowledged", w.acked_marker));
    }
    if max > w.attempted_marker {
        return Err(format!("marker {max} was never written"));
    }
    Ok(())
}

/// After a crash: opens the vault with every passphrase and checks the promise.
pub fn check_after_crash(disk: &SimFs, w: &Workload) -> Result<(), String> {
    let opts = options(disk);
    let dir = Path::new(DIR);
    let mut opened_marker = None;
    for pass in &w.may_open {
        match Vault::open(dir, Unlock::Passphrase(&secret(pass)), &opts) {
            Ok(vault) => {
                check_markers(&vault, w)?;
                if let Some(blob) = &w.blob {
                    vault.read_blob(blob).map_err(|e| format!("the attachment does not read back: {e:?}"))?;
                }
                opened_marker = Some(());
            }
            Err(OpenError::WrongPassphrase) if !w.must_open.contains(pass) => {}
            Err(OpenError::NotAVault { .. } | OpenError::Missing { .. }) if !w.created => {}
            Err(e) => return Err(format!("passphrase {pass:?} did not open: {e:?}")),
        }
    }
    match opened_marker {
        None if w.created => Err("no passphrase opened an acknowledged vault".into()),
        None => {
            // An interrupted create must leave a folder a new create can use.
            Vault::create(dir, &secret("again"), &opts, Utc::now())
                .map(|_| ())
                .map_err(|e| format!("re-create after an interrupted create failed: {e:?}"))
        }
        Some(_) => Ok(()),
    }
}

/// One to three random steps.
pub fn random_workload(rng: &mut Rng) -> Vec<Step> {
    // Saves are what a crash most endangers and the cheapest to run: weight them.
    let steps = [Step::Save, Step::Save, Step::Save, Step::Save, Step::Save, Step::Compact, Step::AddPassphrase, Step::ChangePassphrase, Step::RemovePassphrase];
    (0..1 + rng.below(3)).map(|_| steps[rng.below(steps.len())]).collect()
}

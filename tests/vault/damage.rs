//! Random damage to any file of a vault: opening never panics, and whatever opens is one of
//! the generations the vault itself wrote, never a mix or a forgery. The vault is saved as the
//! app saves it: full images, deltas above them, and a compaction between. `TEJIDO_DAMAGE_CASES`
//! sets how many cases run (default 3000).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;
use tejido_tests::{Rng, SimFs};
use tejido_vault::{KdfPolicy, RecoveryKey, SecretString, Unlock, Vault, VaultOptions};

const DIR: &str = "/disk/damaged.tejido";

fn options(fs: &SimFs) -> VaultOptions {
    VaultOptions { fs: Arc::new(fs.clone()), kdf: KdfPolicy::insecure_for_tests(1), ..VaultOptions::default() }
}

/// Rows of table `t` each generation was saved with; `None`: generation 1, before the table.
type Saved = BTreeMap<u64, Option<Vec<i64>>>;

/// A vault of full images and deltas: 1 (created, no table) and 2 (the table, row 1) full,
/// 3 and 4 deltas (rows 2, 3), 5 the full image a lock writes, 6 and 7 deltas (rows 4, 5).
fn genuine() -> (SimFs, String, Saved) {
    let fs = SimFs::new();
    let (mut vault, key) =
        Vault::create(Path::new(DIR), &SecretString::from("passphrase".to_owned()), &options(&fs), Utc::now()).unwrap();
    vault.use_deltas(true);
    let mut saved = Saved::from([(1, None)]);
    vault.db().execute_batch("CREATE TABLE t (n INTEGER)").unwrap();
    for n in 1..=5 {
        vault.db().execute("INSERT INTO t VALUES (?1)", [n]).unwrap();
        let generation = vault.save().unwrap();
        saved.insert(generation, Some((1..=n).collect()));
        if n == 3 {
            let generation = vault.compact().unwrap().expect("deltas to compact");
            saved.insert(generation, Some((1..=n).collect()));
        }
    }
    let deltas = fs.files().keys().filter(|p| p.to_string_lossy().ends_with(".sql.age")).count();
    assert_eq!((saved.len(), deltas), (7, 4), "the vault has full images and deltas");
    (fs, key.expose().to_owned(), saved)
}

fn damage(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    match rng.below(6) {
        0 if !out.is_empty() => {
            let i = rng.below(out.len());
            out[i] ^= 1 << rng.below(8);
        }
        1 => out.truncate(rng.below(out.len() + 1)),
        2 => {
            let i = rng.below(out.len() + 1);
            let extra: Vec<u8> = (0..1 + rng.below(64)).map(|_| rng.next() as u8).collect();
            out.splice(i..i, extra);
        }
        3 => out = (0..rng.below(2048)).map(|_| rng.next() as u8).collect(),
        4 if out.len() > 2 => {
            // Swap two regions, as a confused copy might.
            let a = rng.below(out.len() / 2);
            let b = out.len() / 2 + rng.below(out.len() / 2);
            out.swap(a, b);
        }
        _ => {
            for _ in 0..1 + rng.below(16) {
                if out.is_empty() {
                    break;
                }
                let i = rng.below(out.len());
                out[i] = rng.next() as u8;
            }
        }
    }
    out
}

#[test]
fn random_damage_to_any_file_never_panics_and_never_loads_a_forgery() {
    let cases: u64 = std::env::var("TEJIDO_DAMAGE_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    let (base, key, saved) = genuine();
    let key = RecoveryKey::parse(&key).unwrap();
    let names: Vec<PathBuf> = base.files().keys().filter(|p| !p.ends_with("lock")).cloned().collect();
    assert!(names.len() >= 13, "header, slots, images, MACs and deltas are all candidates: {names:?}");
    for case in 0..cases {
        let mut rng = Rng((case + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let fs = base.fork();
        for _ in 0..1 + rng.below(2) {
            let target = &names[rng.below(names.len())];
            let bytes = fs.files()[target].clone();
            fs.overwrite(target, damage(&mut rng, &bytes));
        }
        let passphrase = SecretString::from("passphrase".to_owned());
        for unlock in [Unlock::Passphrase(&passphrase), Unlock::RecoveryKey(&key)] {
            let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                Vault::open(Path::new(DIR), unlock, &options(&fs)).ok().map(|vault| {
                    let has_table: bool = vault
                        .db()
                        .query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE name = 't'", [], |r| r.get(0))
                        .unwrap_or_else(|e| panic!("an opened generation must be readable: {e}"));
                    let rows: Option<Vec<i64>> = has_table.then(|| {
                        vault
                            .db()
                            .prepare("SELECT n FROM t ORDER BY n")
                            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
                            .unwrap_or_else(|e| panic!("an opened generation must be readable: {e}"))
                    });
                    (vault.generation(), rows)
                })
            }));
            match opened {
                Err(_) => panic!("case {case}: opening damaged files panicked"),
                Ok(None) => {}
                Ok(Some((generation, rows))) => {
                    let expected = saved.get(&generation).unwrap_or_else(|| panic!("case {case}: generation {generation} was never saved"));
                    assert_eq!(&rows, expected, "case {case}: generation {generation} must hold exactly what it was saved with");
                }
            }
        }
    }
}

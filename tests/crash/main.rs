//! Crash consistency of the vault, on a simulated disk that can lose power at any operation.
//!
//! The promise under test: once `save` (or a passphrase change) has returned `Ok`, a crash
//! or power cut at any later point leaves a vault that opens at that generation or a later
//! one, and never one that fails to open. Every crash point of small workloads is checked
//! under three models of what the disk kept; then random workloads, crash points and disk
//! states by the hundred thousand (`TEJIDO_CRASH_POINTS` sets how many; see the README for
//! the command that runs millions).

mod model;

use std::io::ErrorKind;

use model::{Step, Workload, check_after_crash, check_data_after_crash, random_workload};
use tejido_tests::{CrashView, Rng, SimFs};

const WORKLOADS: &[&[Step]] = &[
    &[Step::Save],
    &[Step::Save, Step::Save],
    &[Step::Save, Step::Save, Step::Save],
    &[Step::Save, Step::AddPassphrase, Step::Save],
    &[Step::ChangePassphrase, Step::Save],
    &[Step::AddPassphrase, Step::RemovePassphrase, Step::Save],
    &[Step::Save, Step::Save, Step::Save, Step::Save, Step::Save, Step::Save, Step::Save],
    // Saves are deltas: a crash during one, during the compaction to a full image, and during
    // the delta after it.
    &[Step::Save, Step::Save, Step::Compact, Step::Save],
    &[Step::Save, Step::Compact, Step::Compact, Step::Save, Step::Save],
    // Every step of a re-key (slots, attachment, staged generation, the header switch, the
    // new paper key, the finish) and a save after it.
    &[Step::Save, Step::AddPassphrase, Step::Rekey, Step::Save],
];

fn ops_of(steps: &[Step]) -> u64 {
    let fs = SimFs::new();
    let workload = Workload::run(&fs, steps);
    assert!(workload.created && !fs.crashed(), "a run without faults completes");
    fs.ops()
}

#[test]
fn every_crash_point_of_small_workloads_opens_at_the_last_acknowledged_save_or_later() {
    let mut checked = 0;
    for steps in WORKLOADS {
        let total = ops_of(steps);
        for crash_at in 0..=total {
            for view in [CrashView::DurableOnly, CrashView::AllMetadata, CrashView::Mixed(crash_at * 7919 + 1)] {
                let fs = SimFs::new();
                fs.crash_at(crash_at);
                let outcome = Workload::run(&fs, steps);
                let disk = fs.after_crash(view);
                check_after_crash(&disk, &outcome).unwrap_or_else(|e| {
                    panic!("workload {steps:?}, crash at op {crash_at} of {total}, {view:?}: {e}")
                });
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "the workloads have many crash points ({checked})");
}

#[test]
fn a_failed_write_at_any_point_leaves_the_vault_usable_and_loses_nothing_acknowledged() {
    for steps in WORKLOADS {
        let total = ops_of(steps);
        for fail_at in 0..total {
            for kind in [ErrorKind::StorageFull, ErrorKind::PermissionDenied] {
                let fs = SimFs::new();
                fs.fail_at(fail_at, kind);
                let outcome = Workload::run(&fs, steps);
                let disk = fs.after_crash(CrashView::DurableOnly);
                check_after_crash(&disk, &outcome).unwrap_or_else(|e| {
                    panic!("workload {steps:?}, {kind:?} at op {fail_at} of {total}: {e}")
                });
            }
        }
    }
}

/// Random workloads of one to three steps, a random crash point, sometimes a failed write
/// before it, and a random disk state. Replay a failure with `TEJIDO_CRASH_SEED`.
#[test]
fn random_crash_points_by_the_hundred_thousand() {
    let points: u64 = std::env::var("TEJIDO_CRASH_POINTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let first_seed: u64 = std::env::var("TEJIDO_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    let threads = std::thread::available_parallelism().map(|n| n.get() as u64).unwrap_or(1).min(8);
    std::thread::scope(|scope| {
        for t in 0..threads {
            scope.spawn(move || {
                let (base, key) = Workload::base();
                let mut seed = first_seed + t;
                while seed < first_seed + points {
                    run_random(&base, &key, seed);
                    seed += threads;
                }
            });
        }
    });
}

/// One random point: from the saved base vault, one to three steps, a crash somewhere,
/// sometimes a full-disk failure before it, then a random disk state. Every point checks
/// the data through the recovery key; one in eight also checks every passphrase.
fn run_random(base: &SimFs, key: &str, seed: u64) {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let steps = random_workload(&mut rng);
    let fs = base.fork();
    let start = fs.ops();
    // One to three steps take up to about 30 operations; past the end is a clean run
    // followed by a power cut, which must also hold.
    let crash_at = start + rng.below(36) as u64;
    if rng.below(4) == 0 {
        fs.fail_at(start + rng.below((crash_at - start) as usize + 1) as u64, ErrorKind::StorageFull);
    }
    fs.crash_at(crash_at);
    let outcome = Workload::run_from_base(&fs, key, &steps);
    let disk = fs.after_crash(CrashView::Mixed(rng.next()));
    let result = if rng.below(8) == 0 {
        check_after_crash(&disk, &outcome)
    } else {
        check_data_after_crash(&disk, &outcome, key)
    };
    if let Err(e) = result {
        panic!("seed {seed}: workload {steps:?}, crash at op {crash_at}: {e} (replay: TEJIDO_CRASH_SEED={seed} TEJIDO_CRASH_POINTS=1)");
    }
}

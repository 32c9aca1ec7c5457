//! Several laptops sharing one vault through sync files (issue 11).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tejido_core::sync::{Kept, SyncError};
use tejido_core::{NewPerson, PersonId, Session};

use super::{new_session, options, pass, person};

struct Laptop {
    session: Session,
    _dir: tempfile::TempDir,
}

/// A first laptop with two members, in a sync group.
fn first(now: DateTime<Utc>) -> Laptop {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.add_person(person("Ana"), now).unwrap();
    session.add_person(person("Beto"), now).unwrap();
    session.start_sync("Laptop A", now).unwrap();
    Laptop { session, _dir: dir }
}

/// A new laptop joining from `inviter`'s invitation, typed as a person would.
fn join(inviter: &mut Laptop, name: &str, now: DateTime<Utc>) -> Laptop {
    let invitation = inviter.session.invite(name, now).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let typed = invitation.code.to_lowercase().replace('-', " ");
    let (mut session, _, code) = Session::join(&dir.path().join("vault"), &pass(), &invitation.bytes, &typed, &options(), now).unwrap();
    // The new laptop's first signed state reaches the inviting one (as in a shared folder),
    // and its code, read aloud, is typed there: only then is anything sealed to it.
    session.publish(now).unwrap();
    let id = session.laptop_id().unwrap().unwrap().to_string();
    let state = |s: &Session| s.sync_folder().join("state").join(format!("{id}.age"));
    std::fs::create_dir_all(state(&inviter.session).parent().unwrap()).unwrap();
    std::fs::copy(state(&session), state(&inviter.session)).unwrap();
    inviter.session.import(now).unwrap();
    inviter.session.confirm_laptop(&code.to_lowercase(), now).unwrap();
    Laptop { session, _dir: dir }
}

fn stick() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn sync(laptop: &mut Laptop, stick: &Path, now: DateTime<Utc>) -> tejido_core::sync::StickReport {
    laptop.session.copy_with_stick(stick, now).unwrap()
}

fn notes_of(session: &Session, pseudonym: &str) -> String {
    session.find_person(pseudonym).unwrap().notes
}

fn with_notes(session: &Session, id: PersonId, notes: &str) -> NewPerson {
    let p = session.person(id).unwrap();
    NewPerson { pseudonym: p.pseudonym, notes: notes.into(), role: p.role, ..NewPerson::default() }
}

fn change_files(session: &Session) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walk(&session.sync_folder().join("changes"));
    files.sort();
    files
}

/// Syncing on the local network asks every ten seconds: when nothing is new, this laptop's
/// state file is left as it is (Syncthing would send every rewrite to every laptop); when
/// something was applied, it is written again.
#[test]
fn an_idle_round_leaves_the_state_file_alone_and_a_new_file_rewrites_it() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let usb = stick();
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    let state = b.session.sync_folder().join("state").join(format!("{}.age", b.session.laptop_id().unwrap().unwrap()));
    let written = |path: &Path| (std::fs::read(path).unwrap(), std::fs::metadata(path).unwrap().modified().unwrap());
    let idle = written(&state);
    for tick in 1..=3 {
        // What the window's poll does: publish, then import.
        let later = now + Duration::seconds(10 * tick);
        b.session.publish(later).unwrap();
        assert_eq!(b.session.import(later).unwrap().files, 0);
    }
    // Sealing is randomised: any rewrite, even of the same state, would change the bytes.
    assert!(written(&state) == idle, "an idle round rewrote the state file");

    a.session.add_person(person("Colibrí"), now).unwrap();
    sync(&mut a, usb.path(), now);
    assert_eq!(sync(&mut b, usb.path(), now).imported.files, 1);
    assert!(written(&state).0 != idle.0, "the state says the new file was applied");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

#[test]
fn a_joined_laptop_starts_from_the_snapshot_and_edits_travel_both_ways_by_stick() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    assert_eq!(b.session.people().unwrap().len(), 2, "the snapshot carries the members");
    assert_eq!(b.session.collective().unwrap().unwrap().id, a.session.collective().unwrap().unwrap().id, "one vault");

    let usb = stick();
    let ana = a.session.find_person("Ana").unwrap().id;
    a.session.update_person(ana, with_notes(&a.session, ana, "moved to the village"), now).unwrap();
    a.session.add_person(person("Carla"), now).unwrap();
    let out = sync(&mut a, usb.path(), now);
    assert!(out.copied.to_stick >= 2, "a change file and a state file go onto the stick: {out:?}");
    let back = sync(&mut b, usb.path(), now);
    assert!(back.imported.files >= 1, "{back:?}");
    assert_eq!(notes_of(&b.session, "Ana"), "moved to the village");
    assert!(b.session.find_person("Carla").is_ok());

    let later = now + Duration::seconds(5);
    let beto = b.session.find_person("Beto").unwrap().id;
    b.session.remove_person(beto, later).unwrap();
    sync(&mut b, usb.path(), later);
    sync(&mut a, usb.path(), later);
    assert!(a.session.find_person("Beto").is_err(), "a removal travels too");
    assert_eq!(a.session.synced_rows().unwrap(), b.session.synced_rows().unwrap(), "both laptops hold the same rows");
    assert!(a.session.sync_screen().unwrap().conflicts.is_empty(), "nothing was concurrent");

    // A file already applied is never applied twice.
    let again = sync(&mut a, usb.path(), later);
    assert_eq!(again.imported.files, 0);
    // B's state file says it has A's files: A cleans its own up.
    sync(&mut b, usb.path(), later);
    sync(&mut a, usb.path(), later);
    let a_id = a.session.laptop_id().unwrap().unwrap().to_string();
    assert!(
        !change_files(&a.session).iter().any(|p| p.to_string_lossy().contains(&a_id)),
        "every laptop applied A's files, so A deleted them: {:?}",
        change_files(&a.session)
    );
}

#[test]
fn a_wrong_code_or_a_damaged_invitation_is_refused() {
    let now = Utc::now();
    let mut a = first(now);
    let invitation = a.session.invite("Laptop B", now).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let wrong = Session::join(&dir.path().join("v"), &pass(), &invitation.bytes, "AAAA-BBBB-CCCC-DDDD-EEEE", &options(), now);
    assert!(matches!(wrong, Err(SyncError::BadInvitation)));
    let wrong = Session::join(&dir.path().join("v"), &pass(), b"not an invitation", &invitation.code, &options(), now);
    assert!(matches!(wrong, Err(SyncError::BadInvitation)));
}

#[test]
fn files_are_applied_in_order_held_from_a_newer_schema_and_refused_when_forged() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let a_id = a.session.laptop_id().unwrap().unwrap().to_string();
    let b_changes = b.session.sync_folder().join("changes").join(&a_id);
    let copy_a_to_b = |a: &Session, seqs: &[i64]| {
        std::fs::create_dir_all(&b_changes).unwrap();
        for seq in seqs {
            let name = format!("{seq:010}.age");
            std::fs::copy(a.sync_folder().join("changes").join(&a_id).join(&name), b_changes.join(&name)).unwrap();
        }
    };
    // Out of order: file 3 before file 2 waits.
    a.session.add_person(person("Uno"), now).unwrap();
    let two = a.session.publish(now).unwrap().unwrap();
    a.session.add_person(person("Dos"), now).unwrap();
    let three = a.session.publish(now).unwrap().unwrap();
    let applied_before: i64 = b.session.sync_screen().unwrap().laptops.iter().find(|l| !l.me && l.name == "Laptop A").unwrap().files;
    // The invitation's registration and B's confirmation come first, then these.
    assert!(two > applied_before + 1 && three == two + 1, "{applied_before} {two} {three}");
    copy_a_to_b(&a.session, &[three]);
    let report = b.session.import(now).unwrap();
    assert_eq!((report.files, report.waiting), (0, 1), "a gap stops that laptop's files");
    assert!(b.session.find_person("Dos").is_err());
    copy_a_to_b(&a.session, &(applied_before + 1..=two).collect::<Vec<_>>());
    let report = b.session.import(now).unwrap();
    assert_eq!(report.files as i64, three - applied_before, "{report:?}");
    assert!(b.session.find_person("Uno").is_ok() && b.session.find_person("Dos").is_ok());

    // A newer schema is held until this laptop is updated.
    a.session.vault_mut().db_mut().pragma_update(None, "user_version", 999).unwrap();
    a.session.add_person(person("Tres"), now).unwrap();
    let four = a.session.publish(now).unwrap().unwrap();
    copy_a_to_b(&a.session, &[four]);
    let report = b.session.import(now).unwrap();
    assert_eq!((report.files, report.held), (0, 1));
    assert!(b.session.find_person("Tres").is_err(), "nothing of it applied");
    b.session.vault_mut().db_mut().pragma_update(None, "user_version", 999).unwrap();
    assert_eq!(b.session.import(now).unwrap().files, 1, "applied once the schema caught up");
    assert!(b.session.find_person("Tres").is_ok());

    // Junk, a Syncthing conflict copy and a temp file: the first refused, the others ignored.
    std::fs::write(b_changes.join(format!("{:010}.age", four + 1)), b"junk").unwrap();
    std::fs::write(b_changes.join("0000000001.sync-conflict-20261123-104328-NH7462B.age"), b"junk").unwrap();
    std::fs::write(b_changes.join("0000000009.age.tmp"), b"junk").unwrap();
    let report = b.session.import(now).unwrap();
    assert_eq!(report.refused, 1);
    let screen = b.session.sync_screen().unwrap();
    assert_eq!(screen.refused.len(), 1);
    assert_eq!(screen.refused[0].reason, "unreadable");
    assert_eq!(b.session.import(now).unwrap().refused, 0, "reported once, not again");
}

#[test]
fn a_file_signed_by_another_laptop_of_the_group_is_refused_as_forged() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let mut c = join(&mut a, "Laptop C", now);
    let usb = stick();
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    sync(&mut c, usb.path(), now);
    // C writes a file and passes it off as A's next one.
    c.session.add_person(person("Impostor"), now).unwrap();
    let seq = c.session.publish(now).unwrap().unwrap();
    let c_id = c.session.laptop_id().unwrap().unwrap().to_string();
    let a_id = a.session.laptop_id().unwrap().unwrap().to_string();
    let a_next = b.session.sync_screen().unwrap().laptops.iter().find(|l| l.name == "Laptop A").unwrap().files + 1;
    let target = b.session.sync_folder().join("changes").join(&a_id).join(format!("{a_next:010}.age"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(c.session.sync_folder().join("changes").join(&c_id).join(format!("{seq:010}.age")), &target).unwrap();
    let report = b.session.import(now).unwrap();
    assert_eq!(report.refused, 1);
    assert_eq!(b.session.sync_screen().unwrap().refused[0].reason, "forged");
    assert!(b.session.find_person("Impostor").is_err());
}

#[test]
fn a_removed_laptop_can_no_longer_send_or_read() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let mut lost = join(&mut a, "Lost laptop", now);
    let usb = stick();
    for laptop in [&mut a, &mut b, &mut lost] {
        sync(laptop, usb.path(), now);
    }
    let lost_id = lost.session.laptop_id().unwrap().unwrap();
    assert!(matches!(lost.session.remove_laptop(lost_id, now), Err(SyncError::CannotRemoveSelf)));
    a.session.remove_laptop(lost_id, now).unwrap();
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    let view = b.session.sync_screen().unwrap();
    assert!(view.laptops.iter().any(|l| l.id == lost_id && l.removed_on.is_some()), "B learnt of the removal");

    // The lost laptop writes after its removal: refused everywhere.
    lost.session.add_person(person("Thief"), now).unwrap();
    sync(&mut lost, usb.path(), now);
    let report = sync(&mut a, usb.path(), now);
    assert_eq!(report.imported.refused, 1);
    assert!(a.session.find_person("Thief").is_err());
    assert_eq!(a.session.sync_screen().unwrap().refused[0].reason, "removed");

    // What A writes from now on is not sealed to the lost laptop.
    a.session.add_person(person("Secret"), now).unwrap();
    sync(&mut a, usb.path(), now);
    let report = sync(&mut lost, usb.path(), now);
    assert_eq!(report.imported.files, 0);
    assert!(report.imported.waiting >= 1, "{report:?}");
    assert!(lost.session.find_person("Secret").is_err());
    sync(&mut b, usb.path(), now);
    assert!(b.session.find_person("Secret").is_ok(), "the others still read it");
}

#[test]
fn the_same_field_changed_on_two_laptops_converges_and_can_be_settled() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let usb = stick();
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    let ana = a.session.find_person("Ana").unwrap().id;
    a.session.update_person(ana, with_notes(&a.session, ana, "written on A"), now + Duration::seconds(1)).unwrap();
    b.session.update_person(ana, with_notes(&b.session, ana, "written on B"), now + Duration::seconds(2)).unwrap();
    let t = now + Duration::seconds(3);
    sync(&mut a, usb.path(), t);
    sync(&mut b, usb.path(), t);
    sync(&mut a, usb.path(), t);
    assert_eq!(notes_of(&a.session, "Ana"), "written on B", "the later write wins on every laptop");
    assert_eq!(notes_of(&b.session, "Ana"), "written on B");
    assert_eq!(a.session.synced_rows().unwrap(), b.session.synced_rows().unwrap());
    for laptop in [&a, &b] {
        let conflicts = laptop.session.sync_screen().unwrap().conflicts;
        assert_eq!(conflicts.len(), 1, "both laptops list it");
        assert_eq!((conflicts[0].field.as_str(), conflicts[0].label.as_str()), ("notes", "Ana"));
    }
    let on_a = &a.session.sync_screen().unwrap().conflicts[0];
    assert_eq!((on_a.mine.as_str(), on_a.theirs.as_str(), on_a.kept, on_a.theirs_by.as_str()), ("written on A", "written on B", Kept::Theirs, "Laptop B"));

    let attention = |session: &Session| session.home(None, now.date_naive()).unwrap().attention;
    assert!(attention(&a.session).iter().any(|x| x.kind == "sync-conflicts" && x.args["count"] == tejido_i18n::Arg::Number(1)), "the home says so");

    // A keeps its own: an ordinary edit that undo can take back, and that B settles by.
    let id = on_a.id;
    a.session.settle_conflict(id, Kept::Mine, now + Duration::seconds(4)).unwrap();
    assert_eq!(notes_of(&a.session, "Ana"), "written on A");
    assert!(a.session.sync_screen().unwrap().conflicts.is_empty());
    let t = now + Duration::seconds(5);
    sync(&mut a, usb.path(), t);
    sync(&mut b, usb.path(), t);
    assert_eq!(notes_of(&b.session, "Ana"), "written on A");
    assert!(b.session.sync_screen().unwrap().conflicts.is_empty(), "the choice settled it on B too");
    assert!(matches!(a.session.settle_conflict(id, Kept::Mine, t), Err(SyncError::ConflictNotFound)));
    assert!(!attention(&a.session).iter().any(|x| x.kind == "sync-conflicts"));
}

#[test]
fn a_record_removed_on_one_laptop_and_changed_on_another_goes_to_review() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let usb = stick();
    let beto = a.session.find_person("Beto").unwrap().id;
    a.session.remove_person(beto, now + Duration::seconds(1)).unwrap();
    b.session.update_person(beto, with_notes(&b.session, beto, "new phone number"), now + Duration::seconds(2)).unwrap();
    let t = now + Duration::seconds(3);
    sync(&mut a, usb.path(), t);
    sync(&mut b, usb.path(), t);
    sync(&mut a, usb.path(), t);
    assert_eq!(a.session.synced_rows().unwrap(), b.session.synced_rows().unwrap());
    assert!(b.session.find_person("Beto").is_err(), "the removal stands until someone decides");
    let review = b.session.sync_screen().unwrap().conflicts;
    let removed = review.iter().find(|c| c.kind == tejido_core::sync::ConflictKind::Removed).expect("listed for review");
    // Keep B's state (not removed): Beto comes back, with the new number, on both laptops.
    b.session.settle_conflict(removed.id, Kept::Mine, now + Duration::seconds(4)).unwrap();
    assert_eq!(notes_of(&b.session, "Beto"), "new phone number");
    let t = now + Duration::seconds(5);
    sync(&mut b, usb.path(), t);
    sync(&mut a, usb.path(), t);
    assert_eq!(notes_of(&a.session, "Beto"), "new phone number");
    assert!(a.session.sync_screen().unwrap().conflicts.iter().all(|c| c.kind != tejido_core::sync::ConflictKind::Removed));
}

/// N laptops edit offline at random, meet sticks at random (so files arrive in random
/// orders and partitions); at the end every laptop holds the same rows, and every value that
/// was neither kept nor knowingly replaced is in some laptop's conflict list.
/// `TEJIDO_SYNC_SEEDS` runs fewer seeds: under Wine each costs six seconds of file calls, and
/// the Windows run wants the platform's file paths tried, not all sixteen merges again.
#[test]
fn random_edits_on_several_laptops_converge_and_keep_every_losing_value() {
    let seeds: u64 = std::env::var("TEJIDO_SYNC_SEEDS").ok().and_then(|v| v.parse().ok()).unwrap_or(16);
    let mut conflicts_seen = 0;
    for seed in 0..seeds {
        let mut rng = StdRng::seed_from_u64(seed);
        let start = Utc::now();
        let mut laptops = vec![first(start)];
        let others = rng.gen_range(1..=3);
        for i in 0..others {
            let laptop = join(&mut laptops[0], &format!("Laptop {i}"), start);
            laptops.push(laptop);
        }
        let sticks: Vec<tempfile::TempDir> = (0..2).map(|_| stick()).collect();
        let names = ["Ana", "Beto"];
        // Every value written to a person's notes, and the value each write replaced.
        let mut written: BTreeSet<String> = BTreeSet::new();
        let mut replaced: BTreeSet<String> = BTreeSet::new();
        let mut clock = start;
        for round in 0..14 {
            for (n, laptop) in laptops.iter_mut().enumerate() {
                for _ in 0..rng.gen_range(0..3) {
                    clock += Duration::milliseconds(rng.gen_range(1..50));
                    let who = names[rng.gen_range(0..names.len())];
                    let Ok(found) = laptop.session.find_person(who) else { continue };
                    match rng.gen_range(0..10) {
                        0 => {
                            let _ = laptop.session.remove_person(found.id, clock);
                        }
                        1 => {
                            let _ = laptop.session.undo(clock);
                        }
                        _ => {
                            let value = format!("s{seed} r{round} l{n} {}", rng.gen_range(0..1000));
                            replaced.insert(found.notes.clone());
                            written.insert(value.clone());
                            laptop.session.update_person(found.id, with_notes(&laptop.session, found.id, &value), clock).unwrap();
                        }
                    }
                }
                if rng.gen_bool(0.6) {
                    let s = rng.gen_range(0..sticks.len());
                    sync(laptop, sticks[s].path(), clock);
                }
            }
        }
        // Everyone meets every stick until nothing new arrives.
        for _ in 0..3 {
            for laptop in laptops.iter_mut() {
                for s in &sticks {
                    sync(laptop, s.path(), clock);
                }
            }
        }
        let reference = laptops[0].session.synced_rows().unwrap();
        for (n, laptop) in laptops.iter().enumerate() {
            let rows = laptop.session.synced_rows().unwrap();
            if rows != reference {
                for (table, list) in &rows {
                    for (x, y) in list.iter().zip(&reference[table]) {
                        for (k, v) in x {
                            if y.get(k) != Some(v) {
                                eprintln!("{table} {} {k}: laptop {n} {v} vs laptop 0 {:?}", x["id"], y.get(k));
                            }
                        }
                    }
                    if list.len() != reference[table].len() {
                        eprintln!("{table}: {} rows vs {}", list.len(), reference[table].len());
                    }
                }
            }
            assert!(rows == reference, "seed {seed}: laptop {n} differs from laptop 0");
        }
        let finals: BTreeSet<String> = reference["person"]
            .iter()
            .filter_map(|row| row.get("notes").and_then(|v| v.as_str()).map(str::to_owned))
            .collect();
        let mut losers: BTreeSet<String> = BTreeSet::new();
        for laptop in &laptops {
            for (_, field, loser, _) in laptop.session.conflict_values().unwrap() {
                if field == "notes" {
                    losers.insert(serde_json::from_str::<String>(&loser).unwrap_or(loser));
                }
            }
        }
        conflicts_seen += losers.len();
        let lost: Vec<&String> =
            written.iter().filter(|v| !finals.contains(*v) && !replaced.contains(*v) && !losers.contains(*v)).collect();
        // A value undone on its own laptop was knowingly replaced too: undo writes what was
        // there before, so such values are allowed to vanish. Everything else must be listed.
        let undone = laptops
            .iter()
            .flat_map(|l| l.session.history(10_000).unwrap())
            .filter(|c| c.action == tejido_core::Action::Undo)
            .filter_map(|c| c.before.and_then(|b| b.get("notes").and_then(|n| n.as_str()).map(str::to_owned)))
            .collect::<BTreeSet<_>>();
        let lost: Vec<&&String> = lost.iter().filter(|v| !undone.contains(**v)).collect();
        assert!(lost.is_empty(), "seed {seed}: values lost without a trace: {lost:?}");
    }
    assert!(conflicts_seen > 10, "the runs made concurrent edits to settle ({conflicts_seen})");
}

/// Two laptops on one machine, each with its own Syncthing listening on 127.0.0.1 only: an
/// edit on one is published, handed to Syncthing, carried over, and applied on the other.
/// (CI runs the whole suite inside a network namespace holding only loopback when it can.)
#[test]
fn an_edit_reaches_the_other_laptop_through_syncthing_on_loopback() {
    use tejido_core::sync::lan::{self, LanPeer};

    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let ports = (lan::free_port().unwrap(), lan::free_port().unwrap());
    let ids = (
        lan::prepare(&a.session.vault().dir().join("syncthing")).expect("syncthing is installed (.ci/setup)"),
        lan::prepare(&b.session.vault().dir().join("syncthing")).unwrap(),
    );
    let peer = |device_id: &str, name: &str, port: u16| LanPeer { device_id: device_id.into(), name: name.into(), address: format!("127.0.0.1:{port}") };
    a.session.set_lan(&format!("127.0.0.1:{}", ports.0), vec![peer(&ids.1, "B", ports.1)], true, now).unwrap();
    b.session.set_lan(&format!("127.0.0.1:{}", ports.1), vec![peer(&ids.0, "A", ports.0)], true, now).unwrap();
    assert!(a.session.lan_settings().unwrap().running);
    assert_eq!(a.session.lan_settings().unwrap().device_id.as_deref(), Some(ids.0.as_str()));

    a.session.add_person(person("Llegó por la red"), now).unwrap();
    let a_id = a.session.laptop_id().unwrap().unwrap().to_string();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    loop {
        b.session.import(now).unwrap();
        if b.session.find_person("Llegó por la red").is_ok() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "A's change file never reached B: {:?}", change_files(&b.session));
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    // (B's copy of A's file is deleted as soon as every laptop applied it: nothing to check
    // in the folder, the member above came through Syncthing.)
    let _ = a_id;
    assert_eq!(b.session.lan_connected(), vec![ids.0.clone()], "B is connected to A and nobody else");
    // Syncthing was given laptop ids, never the group's names for them.
    let config = std::fs::read_to_string(a.session.vault().dir().join("syncthing/config.xml")).unwrap();
    assert!(!config.contains("Laptop A") && !config.contains("Laptop B"));
    assert!(!config.contains("name=\"B\""), "nor the names typed for the peers: {config}");
    // The web interface, which needs no key, is a socket only this account can open, not a
    // port any account of the computer could (issue 19).
    assert!(config.contains("gui.sock</address>") && !config.contains("<address>127.0.0.1:"), "{config}");
    // (Unix permissions; on Windows the socket sits in the account's own profile folder.)
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let socket = a.session.vault().dir().join("syncthing/gui.sock");
        assert_eq!(std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777, 0o600);
        let home = a.session.vault().dir().join("syncthing");
        assert_eq!(std::fs::metadata(&home).unwrap().permissions().mode() & 0o777, 0o700);
    }
    a.session.stop_lan();
    b.session.stop_lan();
    assert!(!a.session.lan_settings().unwrap().running);
}

/// An incident's files go with it: one attached before a laptop joined, one after, each read
/// back on the other laptop and checked against the hash its record carries.
#[test]
fn attachments_travel_with_their_records() {
    use tejido_core::risk::{RiskKind, RiskRecord};

    let now = Utc::now();
    let mut a = first(now);
    let RiskRecord::Incident(mut incident) = a.session.draft_risk_record(RiskKind::Incident, now.date_naive()).unwrap() else { panic!() };
    incident.title = "Pickup at the school".into();
    let RiskRecord::Incident(incident) = a.session.save_risk_record(RiskRecord::Incident(incident), now).unwrap() else { panic!() };
    let statement = b"witness statement, before the second laptop joined".to_vec();
    a.session.attach_to_incident(incident.id, "statement.txt", &statement, now).unwrap();
    let mut b = join(&mut a, "Laptop B", now);
    let photo = b"\xff\xd8\xff a photo taken after the second laptop joined".repeat(50);
    let with = a.session.attach_to_incident(incident.id, "photo.jpg", &photo, now).unwrap();
    let usb = stick();
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    for (attachment, bytes) in with.attachments.iter().zip([&statement, &photo]) {
        let (_, read) = b.session.read_attachment(incident.id, attachment.id).expect("the file came along");
        assert_eq!(&read[..], &bytes[..]);
    }
    // Only sealed files went through the stick.
    for file in walk(usb.path()) {
        let content = std::fs::read(&file).unwrap();
        assert!(!content.windows(17).any(|w| w == b"witness statement"), "plaintext on the stick: {file:?}");
    }
}

// ---- Issue 19: what a laptop of the group can no longer do through sync files ----

/// Syncs every laptop with the stick, twice round: an invited laptop is sealed nothing until
/// a file it signed has reached the others, so the second round brings it what it waited for.
fn sync_all(laptops: &mut [&mut Laptop], usb: &Path, now: DateTime<Utc>) {
    for _ in 0..2 {
        for laptop in laptops.iter_mut() {
            sync(laptop, usb, now);
        }
    }
}

/// A laptop that turned against the group writes its next change file by hand: an ordinary
/// edit, then its change log entry rewritten with `sql` (which may use `?1`, its laptop id,
/// and `?2`, `extra`), then published and signed with its own, genuine key.
fn tamper(laptop: &mut Laptop, sql: &str, extra: &str, now: DateTime<Utc>) {
    laptop.session.add_person(person(&format!("edit {extra}")), now).unwrap();
    let id = laptop.session.laptop_id().unwrap().unwrap().to_string();
    let db = laptop.session.vault_mut().db_mut();
    let sql = format!("{sql} WHERE seq = (SELECT MAX(seq) FROM change_log) AND ?1 IS NOT NULL AND ?2 IS NOT NULL");
    db.execute(&sql, rusqlite::params![id, extra]).unwrap();
    laptop.session.publish(now).unwrap().unwrap();
}

fn refused_reasons(session: &Session) -> Vec<String> {
    session.sync_screen().unwrap().refused.into_iter().map(|r| r.reason).collect()
}

#[test]
fn a_sync_file_that_lies_is_refused_and_sync_goes_on() {
    let now = Utc::now();
    let cases: [(&str, &str, &str); 5] = [
        // A clock from the year 3000 would win every field for ever.
        ("UPDATE change_log SET at = '3000-01-01T00:00:00Z'", "far", "clock-ahead"),
        // A clock naming another laptop (?2 is set to A's id below).
        ("UPDATE change_log SET device = ?2", "a", "invalid"),
        // A write of one row carried under the id of another (Ana's).
        ("UPDATE change_log SET entity_id = ?2", "ana", "invalid"),
        // A table that is not the community's records.
        ("UPDATE change_log SET entity = 'sync_self', entity_id = ?1, after = json_object('id', ?1, 'sealing', 'x', 'signing', 'y')", "self", "invalid"),
        // A value the table does not take stops the whole import unless the file is refused.
        ("UPDATE change_log SET after = json_set(after, '$.pseudonym', 123)", "value", "invalid"),
    ];
    for (sql, what, reason) in cases {
        let mut a = first(now);
        let mut b = join(&mut a, "Laptop B", now);
        let mut c = join(&mut a, "Laptop C", now);
        let usb = stick();
        sync_all(&mut [&mut a, &mut b, &mut c], usb.path(), now);
        let extra = match what {
            "a" => a.session.laptop_id().unwrap().unwrap().to_string(),
            "ana" => a.session.find_person("Ana").unwrap().id.to_string(),
            other => other.to_owned(),
        };
        tamper(&mut c, sql, &extra, now);
        sync(&mut c, usb.path(), now);
        // B's honest edit travels in the same import.
        b.session.add_person(person("Honest"), now).unwrap();
        sync(&mut b, usb.path(), now);
        let report = a.session.copy_with_stick(usb.path(), now).expect("one bad file does not stop sync");
        assert_eq!(report.imported.refused, 1, "{what}: {report:?}");
        assert_eq!(refused_reasons(&a.session), vec![reason.to_owned()], "{what}");
        assert!(a.session.find_person("Honest").is_ok(), "{what}: the other laptops' files are applied");
        assert!(a.session.find_person(&format!("edit {extra}")).is_err(), "{what}: nothing of the file applied");
        assert_eq!(a.session.find_person("Ana").unwrap().pseudonym, "Ana", "{what}");
        assert!(a.session.laptop_id().unwrap().is_some());
    }
}

#[test]
fn a_file_dated_ahead_is_applied_once_the_clock_catches_up() {
    let now = Utc::now();
    let mut a = first(now);
    let mut c = join(&mut a, "Laptop C", now);
    let usb = stick();
    sync_all(&mut [&mut a, &mut c], usb.path(), now);
    let later = now + Duration::days(3);
    c.session.add_person(person("Tomorrow"), later).unwrap();
    sync(&mut c, usb.path(), later);
    sync(&mut a, usb.path(), now);
    assert!(a.session.find_person("Tomorrow").is_err(), "three days ahead of this laptop's clock");
    assert_eq!(refused_reasons(&a.session), vec!["clock-ahead".to_owned()]);
    sync(&mut a, usb.path(), later);
    assert!(a.session.find_person("Tomorrow").is_ok(), "tried again, and taken once the clock caught up");
}

/// The row a laptop's registration would carry, for a laptop nobody invited.
const GHOST_ROW: &str = "UPDATE change_log SET entity = 'sync_device', entity_id = ?2, before = NULL,
     after = (SELECT json_object('id', ?2, 'name', 'Ghost', 'recipient', recipient, 'signing_key', signing_key,
         'joined_from', '{}', 'removed_on', NULL, 'accepted_upto', NULL, 'invited_by', ?1, 'invitation', NULL,
         'expires_at', NULL, 'created_at', created_at, 'updated_at', updated_at, 'updated_by', updated_by,
         'deleted_at', NULL) FROM sync_device WHERE id = ?1)";

#[test]
fn a_laptop_joins_only_with_a_signed_invitation() {
    let now = Utc::now();
    let mut a = first(now);
    let mut c = join(&mut a, "Laptop C", now);
    let usb = stick();
    sync_all(&mut [&mut a, &mut c], usb.path(), now);
    // C registers a laptop (with C's own keys, so C could read everything sealed to it)
    // without an invitation signed by anyone.
    let ghost = uuid::Uuid::now_v7().to_string();
    tamper(&mut c, GHOST_ROW, &ghost, now);
    sync(&mut c, usb.path(), now);
    sync(&mut a, usb.path(), now);
    assert!(!a.session.laptops().unwrap().iter().any(|l| l.name == "Ghost"), "no laptop without a signed invitation");
    assert!(refused_reasons(&a.session).contains(&"laptop-not-invited".to_owned()));
    // The rest of C's files still apply.
    c.session.add_person(person("After"), now).unwrap();
    sync(&mut c, usb.path(), now);
    sync(&mut a, usb.path(), now);
    assert!(a.session.find_person("After").is_ok());
}

#[test]
fn removing_a_laptop_replaces_the_package_keys_refuses_its_files_and_lists_what_it_slipped_in() {
    use tejido_core::escalation::ContactRole;

    let now = Utc::now();
    let mut a = first(now);
    let old_keys = a.session.own_contact(ContactRole::Community, now).unwrap();
    let mut b = join(&mut a, "Laptop B", now);
    let mut stolen = join(&mut a, "Stolen laptop", now);
    let usb = stick();
    sync_all(&mut [&mut a, &mut b, &mut stolen], usb.path(), now);
    assert_eq!(stolen.session.own_contact(ContactRole::Community, now).unwrap().recipient, old_keys.recipient, "the group shares its keys");

    // Before anyone notices, the thief adds a laptop of its own (a genuine invitation: the
    // stolen laptop can sign one), a desk whose contact file it made up, and swaps the
    // recipient of a desk the group already had.
    let desk_dir = tempfile::tempdir().unwrap();
    let mut desk = new_session(desk_dir.path());
    let desk_card = desk.own_contact(ContactRole::Desk, now).unwrap();
    let real = a.session.add_contact(&desk_card, "checked on the phone", now).unwrap();
    sync_all(&mut [&mut a, &mut b, &mut stolen], usb.path(), now);
    let _ghost = stolen.session.invite("Ghost", now).unwrap();
    let fake_dir = tempfile::tempdir().unwrap();
    let mut fake = new_session(fake_dir.path());
    let fake_card = fake.own_contact(ContactRole::Desk, now).unwrap();
    stolen.session.add_contact(&fake_card, "", now).unwrap();
    tamper(
        &mut stolen,
        "UPDATE change_log SET entity = 'contact', entity_id = ?2,
             before = (SELECT json_object('id', id, 'name', name, 'role', role, 'recipient', recipient, 'signing_key', signing_key,
                 'notes', notes, 'created_at', created_at, 'updated_at', updated_at, 'updated_by', updated_by, 'deleted_at', deleted_at)
                 FROM contact WHERE id = ?2),
             after = (SELECT json_object('id', id, 'name', name, 'role', role, 'recipient', 'age1thief', 'signing_key', signing_key,
                 'notes', notes, 'created_at', created_at, 'updated_at', updated_at, 'updated_by', updated_by, 'deleted_at', deleted_at)
                 FROM contact WHERE id = ?2)",
        &real.id.to_string(),
        now,
    );
    sync_all(&mut [&mut stolen, &mut a, &mut b], usb.path(), now);
    let recipient_of = |s: &Session, name: &str| s.contacts().unwrap().into_iter().find(|c| c.name == name).map(|c| c.recipient);
    assert_eq!(recipient_of(&a.session, &real.name), Some(real.recipient.clone()), "nobody changes a contact's keys by sync");
    assert!(refused_reasons(&a.session).contains(&"contact-keys".to_owned()));
    assert!(a.session.laptops().unwrap().iter().any(|l| l.name == "Ghost"), "signed by a laptop of the group then");

    // The laptop is reported stolen.
    let stolen_id = stolen.session.laptop_id().unwrap().unwrap();
    a.session.remove_laptop(stolen_id, now).unwrap();
    let new_keys = a.session.own_contact(ContactRole::Community, now).unwrap();
    assert_ne!(new_keys.recipient, old_keys.recipient, "the package keys the stolen laptop holds are replaced");
    assert_ne!(new_keys.signing_key, old_keys.signing_key);
    let screen = a.session.sync_screen().unwrap();
    assert!(screen.contact_file_replaced.is_some(), "the screen asks to give the new contact file to every desk");
    assert!(screen.contacts_to_tell.contains(&desk_card.name));
    let ghost_view = screen.laptops.iter().find(|l| l.name == "Ghost").unwrap();
    assert_eq!(ghost_view.invited_by_removed.as_deref(), Some("Stolen laptop"), "the laptop it invited is listed for review");
    assert!(
        screen.contacts_to_check.iter().any(|c| c.by == "Stolen laptop"),
        "the contact it added is listed for review: {:?}",
        screen.contacts_to_check
    );
    assert!(a.session.undo(now).is_err() || a.session.own_contact(ContactRole::Community, now).unwrap().recipient == new_keys.recipient, "undo never hands the old keys back");

    // The others take the new keys; the stolen laptop does not.
    sync_all(&mut [&mut a, &mut b, &mut stolen], usb.path(), now);
    assert_eq!(b.session.own_contact(ContactRole::Community, now).unwrap().recipient, new_keys.recipient);
    assert_eq!(b.session.sync_screen().unwrap().contact_file_replaced.is_some(), true);
    assert_eq!(stolen.session.own_contact(ContactRole::Community, now).unwrap().recipient, old_keys.recipient);

    // Its attachments after the removal are refused like its other files.
    use tejido_core::risk::{RiskKind, RiskRecord};
    let RiskRecord::Incident(mut incident) = stolen.session.draft_risk_record(RiskKind::Incident, now.date_naive()).unwrap() else { panic!() };
    incident.title = "Planted".into();
    let RiskRecord::Incident(incident) = stolen.session.save_risk_record(RiskRecord::Incident(incident), now).unwrap() else { panic!() };
    stolen.session.attach_to_incident(incident.id, "planted.txt", b"planted", now).unwrap();
    sync(&mut stolen, usb.path(), now);
    sync(&mut a, usb.path(), now);
    let reasons = refused_reasons(&a.session);
    assert!(reasons.iter().filter(|r| *r == "removed").count() >= 2, "its change file and its attachment: {reasons:?}");

    // Once every desk has the new contact file, the screens stop asking.
    a.session.new_contact_file_given(now).unwrap();
    assert!(a.session.sync_screen().unwrap().contact_file_replaced.is_none());
}

#[test]
fn an_invitation_expires_joins_once_and_is_sealed_nothing_until_joined() {
    let now = Utc::now();
    let mut a = first(now);
    let usb = stick();

    // Too late.
    let old = a.session.invite("Laptop Late", now).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let late = Session::join(&dir.path().join("v"), &pass(), &old.bytes, &old.code, &options(), now + Duration::days(8));
    assert!(matches!(late, Err(SyncError::InvitationExpired)));

    // Invited, not joined yet: what A writes meanwhile is not sealed to the invitation's keys.
    let invitation = a.session.invite("Laptop B", now).unwrap();
    a.session.add_person(person("Meanwhile"), now).unwrap();
    sync(&mut a, usb.path(), now);
    let view = a.session.sync_screen().unwrap();
    assert!(view.laptops.iter().any(|l| l.name == "Laptop B" && l.pending), "{:?}", view.laptops);
    let dir_b = tempfile::tempdir().unwrap();
    let (session, _, code) = Session::join(&dir_b.path().join("v"), &pass(), &invitation.bytes, &invitation.code, &options(), now).unwrap();
    let mut b = Laptop { session, _dir: dir_b };
    let first_round = sync(&mut b, usb.path(), now);
    assert!(b.session.find_person("Meanwhile").is_err(), "sealed to nobody who had not joined: {first_round:?}");
    // B's first signed state reaches A and B's code is typed there: B has joined, and A
    // reseals for it.
    sync(&mut a, usb.path(), now);
    a.session.confirm_laptop(&code, now).unwrap();
    assert!(!a.session.sync_screen().unwrap().laptops.iter().any(|l| l.name == "Laptop B" && l.pending));
    sync(&mut a, usb.path(), now);
    sync(&mut b, usb.path(), now);
    assert!(b.session.find_person("Meanwhile").is_ok());

    // The same invitation used a second time (a copy of the file and the code, kept).
    let dir_c = tempfile::tempdir().unwrap();
    let (session, _, _) = Session::join(&dir_c.path().join("v"), &pass(), &invitation.bytes, &invitation.code, &options(), now).unwrap();
    let mut twin = Laptop { session, _dir: dir_c };
    let twin_usb = stick();
    twin.session.add_person(person("Twin"), now).unwrap();
    sync(&mut twin, twin_usb.path(), now);
    sync(&mut a, twin_usb.path(), now);
    assert!(a.session.find_person("Twin").is_err(), "one join per invitation");
    assert!(refused_reasons(&a.session).contains(&"second-join".to_owned()), "{:?}", refused_reasons(&a.session));
}

#[test]
fn a_laptops_fingerprint_binds_its_id_name_and_both_keys() {
    use tejido_core::sync::laptop_fingerprint;
    let now = Utc::now();
    let mut a = first(now);
    let b = join(&mut a, "Laptop B", now);
    let laptop = a.session.laptops().unwrap().into_iter().find(|l| l.name == "Laptop B").unwrap();
    let shown = a.session.sync_screen().unwrap().laptops.into_iter().find(|l| l.name == "Laptop B").unwrap().fingerprint;
    assert_eq!(shown, laptop.fingerprint());
    assert_eq!(b.session.sync_screen().unwrap().laptops[0].fingerprint, shown, "both laptops show the same");
    let id = laptop.id.to_string();
    let other = a.session.laptops().unwrap().into_iter().find(|l| l.name == "Laptop A").unwrap();
    for changed in [
        laptop_fingerprint(&id, &laptop.name, &other.recipient, &laptop.signing_key),
        laptop_fingerprint(&id, "Laptop C", &laptop.recipient, &laptop.signing_key),
        laptop_fingerprint(&other.id.to_string(), &laptop.name, &laptop.recipient, &laptop.signing_key),
        laptop_fingerprint(&id, &laptop.name, &laptop.recipient, &other.signing_key),
    ] {
        assert_ne!(changed, shown, "a swapped recipient, name, id or key changes the fingerprint");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() { copy_tree(&entry.path(), &target) } else { std::fs::copy(entry.path(), target).unwrap(); }
    }
}

/// Two laptops and a stick as the Tejido before issue 19 left them (made with its CLI, the
/// oldest saves pruned for size): A had not yet applied B's change file on the stick, and
/// had an edit of its own unpublished. After the update both vaults open, the old file
/// applies, each laptop still seals to the other, and the edits meet.
#[test]
fn vaults_and_sync_files_of_the_previous_format_still_work() {
    use tejido_core::DeviceId;
    use tejido_vault::Unlock;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/sync-format-1");
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture, dir.path());
    let open = |name: &str| Session::open(&dir.path().join(name), Unlock::Passphrase(&pass()), &options(), DeviceId::new()).unwrap();
    let now = Utc::now();
    let stick = dir.path().join("stick");
    let mut a = open("a");
    let report = a.copy_with_stick(&stick, now).unwrap();
    assert_eq!((report.imported.files, report.imported.refused), (1, 0), "{report:?}");
    assert!(a.find_person("From old B").is_ok());
    assert!(a.sync_screen().unwrap().laptops.iter().all(|l| !l.pending), "laptops known before count as joined");
    drop(a);
    let mut b = open("b");
    let report = b.copy_with_stick(&stick, now).unwrap();
    assert_eq!(report.imported.refused, 0, "{report:?}");
    assert!(b.find_person("From old A").is_ok(), "A's new-format file, sealed to B: {report:?}");
    assert!(b.find_person("Ana").is_ok());
}

#[test]
fn removing_a_laptop_drops_its_syncthing_peer() {
    use tejido_core::sync::lan::LanPeer;
    let now = Utc::now();
    let mut a = first(now);
    let mut lost = join(&mut a, "Lost laptop", now);
    let (lost_id, other_id) = (
        "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD",
        "XSCWJ4O-EKKFHWW-W2U3JBF-OD4W4DQ-4LOSZGN-2IHFVYW-YAPW3DI-O6BQOA3",
    );
    // The lost laptop shares on the local network: its signed state file says its Syncthing id.
    lost.session
        .vault_mut()
        .db_mut()
        .execute("INSERT INTO sync_lan (id, listen, api_key, device_id) VALUES (1, '0.0.0.0:22000', 'k', ?1)", [lost_id])
        .unwrap();
    let usb = stick();
    sync_all(&mut [&mut a, &mut lost], usb.path(), now);
    // On A, a person named the peers as they liked: the lost laptop's under another name, and
    // another laptop's under the lost one's name.
    let peer = |name: &str, id: &str| LanPeer { device_id: id.into(), name: name.into(), address: "192.168.1.20:22000".into() };
    let peers = vec![peer("Kitchen", lost_id), peer("lost laptop", other_id), peer("Office", "ABCDEFG-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD")];
    a.session.set_lan("0.0.0.0:22000", peers, false, now).unwrap();
    a.session.remove_laptop(lost.session.laptop_id().unwrap().unwrap(), now).unwrap();
    let left: Vec<String> = a.session.lan_settings().unwrap().peers.into_iter().map(|p| p.name).collect();
    assert_eq!(left, ["lost laptop", "Office"], "the peer with its Syncthing id goes, whatever it is called; a namesake stays");
}

#[test]
fn a_laptop_that_never_said_its_syncthing_id_loses_its_peer_by_name_but_never_another_laptops() {
    use tejido_core::sync::lan::LanPeer;
    let now = Utc::now();
    let mut a = first(now);
    let lost = join(&mut a, "Lost laptop", now);
    let mut office = join(&mut a, "Office", now);
    let office_id = "XSCWJ4O-EKKFHWW-W2U3JBF-OD4W4DQ-4LOSZGN-2IHFVYW-YAPW3DI-O6BQOA3";
    office.session.vault_mut().db_mut().execute("INSERT INTO sync_lan (id, listen, api_key, device_id) VALUES (1, '0.0.0.0:22000', 'k', ?1)", [office_id]).unwrap();
    let usb = stick();
    sync_all(&mut [&mut a, &mut office], usb.path(), now);
    let peer = |name: &str, id: &str| LanPeer { device_id: id.into(), name: name.into(), address: "192.168.1.20:22000".into() };
    let peers = vec![peer("lost laptop", "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"), peer("Lost Laptop", office_id)];
    a.session.set_lan("0.0.0.0:22000", peers, false, now).unwrap();
    a.session.remove_laptop(lost.session.laptop_id().unwrap().unwrap(), now).unwrap();
    let left: Vec<String> = a.session.lan_settings().unwrap().peers.into_iter().map(|p| p.device_id).collect();
    assert_eq!(left, [office_id], "the office said this id is its own: it stays though named like the lost laptop");
}

#[test]
fn a_huge_file_in_the_sync_folder_is_refused_unread() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let a_id = a.session.laptop_id().unwrap().unwrap().to_string();
    let next = b.session.sync_screen().unwrap().laptops.iter().find(|l| l.name == "Laptop A").unwrap().files + 1;
    let path = b.session.sync_folder().join("changes").join(&a_id).join(format!("{next:010}.age"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // Sparse: 3 GB on paper, nothing on disk; read whole it would take the laptop's memory.
    std::fs::File::create(&path).unwrap().set_len(3 << 30).unwrap();
    let started = std::time::Instant::now();
    let report = b.session.import(now).unwrap();
    assert_eq!(report.refused, 1);
    assert_eq!(refused_reasons(&b.session), vec!["unreadable".to_owned()]);
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "refused by its size, not read");
}

#[test]
fn a_reply_sealed_to_the_package_keys_a_removal_replaced_still_opens() {
    use tejido_core::escalation::{ContactRole, Imported, PackageError};

    let now = Utc::now();
    let mut a = first(now);
    let mut stolen = join(&mut a, "Stolen laptop", now);
    let usb = stick();
    let desk_dir = tempfile::tempdir().unwrap();
    let mut desk = new_session(desk_dir.path());
    let card = desk.own_contact(ContactRole::Desk, now).unwrap();
    let to = a.session.add_contact(&card, "", now).unwrap();
    let mut case = a.session.draft_case();
    case.title = "A detention, reply in flight".into();
    let case = a.session.save_case(case, now).unwrap();
    let package = a.session.export_case(case.id, &[to.id], now).unwrap();
    let opened = match desk.open_package(&package, None, now) {
        Err(PackageError::UnknownSender { fingerprint }) => desk.open_package(&package, Some(&fingerprint), now).unwrap(),
        other => other.unwrap(),
    };
    let Imported::Case { case: received, .. } = desk.store_package(opened, now).unwrap() else { panic!("a case") };
    sync_all(&mut [&mut a, &mut stolen], usb.path(), now);

    // The laptop is removed (its package keys replaced) while the desk's reply, sealed to the
    // keys the case went out with, is on its way.
    a.session.remove_laptop(stolen.session.laptop_id().unwrap().unwrap(), now).unwrap();
    let reply = desk.send_status(received.id, "We wrote to the prosecutor", now).unwrap();
    let opened = a.session.open_package(&reply, None, now).expect("the reply opens with the keys it was sealed to");
    assert!(matches!(a.session.store_package(opened, now).unwrap(), Imported::Status { new: true, .. }));
}

// ---- Forgetting travels (issue 19) ----

/// Every sync file under `dirs`, opened with `session`'s own sealing key: the signed text
/// inside, as the laptop itself would read it. A file not sealed to it is returned as is.
fn opened_sync_files(session: &Session, dirs: &[&Path]) -> Vec<(PathBuf, Vec<u8>)> {
    use std::io::Read;
    use std::str::FromStr;
    let secret: String = session.db().query_row("SELECT sealing FROM sync_self", [], |r| r.get(0)).unwrap();
    let identity = age::x25519::Identity::from_str(&secret).unwrap();
    let mut out = Vec::new();
    for file in dirs.iter().flat_map(|d| walk(d)) {
        let bytes = std::fs::read(&file).unwrap();
        let opened = age::Decryptor::new_buffered(&bytes[..]).ok().and_then(|d| d.decrypt(std::iter::once(&identity as &dyn age::Identity)).ok()).map(|mut r| {
            let mut plain = Vec::new();
            r.read_to_end(&mut plain).unwrap();
            plain
        });
        out.push((file, opened.map(unpacked).unwrap_or(bytes)));
    }
    out
}

/// An opened sync file with the writes it carries packed (change files of format 3: deflated
/// inside the signed envelope) inflated after it, so that a trace in them is found too.
fn unpacked(plain: Vec<u8>) -> Vec<u8> {
    let envelope = serde_json::from_slice::<serde_json::Value>(&plain)
        .ok()
        .and_then(|signed| serde_json::from_str::<serde_json::Value>(signed["envelope"].as_str()?).ok());
    let Some(packed) = envelope.as_ref().and_then(|e| e["packed"].as_str()) else { return plain };
    let deflated = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, packed).unwrap();
    let mut out = plain.clone();
    out.extend(miniz_oxide::inflate::decompress_to_vec_zlib(&deflated).unwrap());
    out
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

/// Whether the database as it is sealed into a generation (free pages included) holds `text`.
fn image_holds(session: &Session, text: &str) -> bool {
    holds(&session.vault().db().serialize(rusqlite::MAIN_DB).unwrap(), text)
}

#[test]
fn forgetting_travels_to_the_other_laptops_and_a_late_file_does_not_bring_the_person_back() {
    use tejido_core::risk::{RiskKind, RiskRecord};
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let usb = stick();
    let rosa = a
        .session
        .add_person(NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa Elvira Xol".into()), ..NewPerson::default() }, now)
        .unwrap();
    // An incident about her with two files: her photo, detached later (only the history
    // remembers it), and a statement the group keeps.
    let RiskRecord::Incident(mut incident) = a.session.draft_risk_record(RiskKind::Incident, now.date_naive()).unwrap() else { panic!() };
    incident.title = "Threats at the mill".into();
    incident.affected_people = vec![rosa.id];
    let RiskRecord::Incident(incident) = a.session.save_risk_record(RiskRecord::Incident(incident), now).unwrap() else { panic!() };
    let photo = b"\xff\xd8\xff ROSA-FACE-PIXELS photo of her face".repeat(40);
    a.session.attach_to_incident(incident.id, "rosa-xol-face.jpg", &photo, now).unwrap();
    let with = a.session.attach_to_incident(incident.id, "statement.txt", b"the mill's guards came at night", now).unwrap();
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    assert_eq!(b.session.person(rosa.id).unwrap().real_name.as_deref(), Some("Rosa Elvira Xol"));
    assert_eq!(b.session.vault().blob_ids().len(), 2, "both files reached B");

    // A detaches her photo, removes her and forgets her; meanwhile B, not knowing, edits her.
    let later = now + Duration::seconds(2);
    a.session.detach_from_incident(incident.id, with.attachments[0].id, later).unwrap();
    b.session
        .update_person(rosa.id, NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa Elvira Xol".into()), notes: "lives by the river bend".into(), ..NewPerson::default() }, later)
        .unwrap();
    a.session.remove_person(rosa.id, later).unwrap();
    a.session.forget_person(rosa.id).unwrap();
    let generations = |l: &Laptop| std::fs::read_dir(l.session.vault().dir().join("images")).unwrap().count();
    assert_eq!(generations(&a), 2, "one generation left on A (image and MAC): the older ones held her");
    // B's late edit reaches A first: it must not bring her back.
    sync(&mut b, usb.path(), later);
    sync(&mut a, usb.path(), later);
    assert!(a.session.person(rosa.id).is_err() && a.session.removed_people().unwrap().is_empty(), "a late file does not bring her back");
    for trace in ["Rosa Elvira Xol", "river bend", "rosa-xol-face"] {
        assert!(!image_holds(&a.session, trace), "A keeps no {trace}");
    }
    // The tombstone reaches B: B forgets her the same way, her photo included.
    sync(&mut b, usb.path(), later);
    assert_eq!(generations(&b), 2, "one generation left on B: the older ones held her");
    assert!(b.session.person(rosa.id).is_err(), "B forgot her");
    assert!(b.session.removed_people().unwrap().is_empty(), "not even as removed");
    for trace in ["Rosa Elvira Xol", "river bend", "rosa-xol-face", "Garza"] {
        assert!(!image_holds(&b.session, trace), "B keeps no {trace}");
    }
    let forgotten: Vec<String> = b.session.db().prepare("SELECT * FROM forgotten").unwrap().column_names().into_iter().map(str::to_owned).collect();
    assert_eq!(forgotten, ["id", "entity", "created_at", "updated_at", "updated_by", "deleted_at"], "a tombstone holds an id, nothing of her");
    sync_all(&mut [&mut a, &mut b], usb.path(), later);
    assert_eq!(a.session.synced_rows().unwrap(), b.session.synced_rows().unwrap(), "both laptops hold the same rows");
    for laptop in [&mut a, &mut b] {
        assert_eq!(laptop.session.vault().blob_ids().len(), 1, "her photo is gone, the statement stays");
        let (_, statement) = laptop.session.read_attachment(incident.id, with.attachments[1].id).unwrap();
        assert_eq!(&statement[..], b"the mill's guards came at night");
    }
    // Nothing in either laptop's sync folder nor on the stick still carries her, opened with
    // the laptops' own keys: each rewrote its own change files and deleted her photo's.
    for laptop in [&a, &b] {
        for (file, plain) in opened_sync_files(&laptop.session, &[&a.session.sync_folder(), &b.session.sync_folder(), usb.path()]) {
            for trace in ["Rosa Elvira Xol", "river bend", "rosa-xol-face", "ROSA-FACE-PIXELS"] {
                assert!(!holds(&plain, trace), "{trace} in {file:?}");
            }
        }
    }
    // Every file of each vault folder: her photo's sealed file is gone.
    for laptop in [&a, &b] {
        for id in laptop.session.vault().blob_ids() {
            assert!(!holds(&laptop.session.vault().open_blob(id).unwrap(), "ROSA-FACE-PIXELS"));
        }
    }
}

/// A laptop whose vault went back (a copy of its folder put back): what it says it published
/// and applied is less than it said before. The other laptops point it out.
#[test]
fn the_other_laptops_point_out_a_laptop_whose_vault_went_back() {
    let now = Utc::now();
    let mut a = first(now);
    let mut b = join(&mut a, "Laptop B", now);
    let usb = stick();
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    // A copy of B's whole folder, taken now.
    let b_dir = b.session.vault().dir().to_owned();
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&b_dir, copy.path());
    b.session.add_person(person("Edit B later lost"), now).unwrap();
    b.session.add_person(person("Another edit B lost"), now).unwrap();
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    a.session.add_person(person("Edit A made since"), now).unwrap();
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    assert!(refused_reasons(&a.session).is_empty());
    // The copy is put back over B's folder and B syncs again.
    drop(b.session);
    std::fs::remove_dir_all(&b_dir).unwrap();
    copy_tree(copy.path(), &b_dir);
    let mut b = Laptop {
        session: Session::open(&b_dir, tejido_vault::Unlock::Passphrase(&pass()), &options(), tejido_core::DeviceId::new()).unwrap(),
        _dir: b._dir,
    };
    let _ = b.session.acknowledge_rollback();
    sync(&mut b, usb.path(), now);
    sync(&mut a, usb.path(), now);
    assert_eq!(refused_reasons(&a.session), vec!["rolled-back".to_owned()], "A points out that B went back");
}

// ---- Issue 19, last finding: a copied invitation and its code, used on another laptop ----

#[test]
fn a_copied_invitation_joined_on_another_laptop_is_never_trusted() {
    let now = Utc::now();
    let mut a = first(now);
    let invitation = a.session.invite("Laptop B", now).unwrap();
    // Someone copied the file from the stick and overheard the code.
    let dir = tempfile::tempdir().unwrap();
    let (session, _, _) = Session::join(&dir.path().join("v"), &pass(), &invitation.bytes, &invitation.code, &options(), now).unwrap();
    let mut thief = Laptop { session, _dir: dir };
    thief.session.add_person(person("Planted"), now).unwrap();
    let usb = stick();
    sync_all(&mut [&mut thief, &mut a], usb.path(), now);
    assert!(a.session.find_person("Planted").is_err(), "no edit of a laptop nobody confirmed is applied");
    a.session.add_person(person("Secret"), now).unwrap();
    sync_all(&mut [&mut a, &mut thief], usb.path(), now);
    assert!(thief.session.find_person("Secret").is_err(), "nothing is sealed to a laptop nobody confirmed");
    let thief_code = thief.session.sync_screen().unwrap().own_code.expect("the copy shows a code too");

    // The genuine laptop joins from the same invitation, later: its own keys, its own code.
    let dir_b = tempfile::tempdir().unwrap();
    let (session, _, code) = Session::join(&dir_b.path().join("v"), &pass(), &invitation.bytes, &invitation.code, &options(), now).unwrap();
    let mut b = Laptop { session, _dir: dir_b };
    assert_ne!(code, thief_code, "a copy joined elsewhere shows another code");
    assert_eq!(b.session.sync_screen().unwrap().own_code.as_deref(), Some(code.as_str()));
    b.session.add_person(person("From B"), now).unwrap();
    sync_all(&mut [&mut b, &mut a], usb.path(), now);
    let waiting = a.session.sync_screen().unwrap().laptops.into_iter().find(|l| l.name == "Laptop B").unwrap();
    assert!(waiting.pending && waiting.awaiting == 2, "both joins wait for a code: {waiting:?}");
    assert!(a.session.find_person("From B").is_err(), "nothing applied before the code is typed");
    assert!(matches!(a.session.confirm_laptop("AAAA BBBB CCCC", now), Err(SyncError::WrongJoinCode)));

    // Read aloud by the person at B, typed at A: B is trusted, the copy refused for good.
    a.session.confirm_laptop(&code.to_lowercase().replace(' ', "-"), now).unwrap();
    assert!(a.session.find_person("From B").is_ok(), "B's waiting files apply once confirmed");
    assert!(refused_reasons(&a.session).contains(&"second-join".to_owned()), "{:?}", refused_reasons(&a.session));
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    assert!(b.session.find_person("Secret").is_ok(), "sealed to B's own keys");
    assert!(b.session.sync_screen().unwrap().own_code.is_none(), "B no longer asks for its code to be typed");
    thief.session.add_person(person("Planted later"), now).unwrap();
    sync_all(&mut [&mut thief, &mut a], usb.path(), now);
    assert!(a.session.find_person("Planted").is_err() && a.session.find_person("Planted later").is_err());
    assert!(thief.session.find_person("Secret").is_err(), "the invitation's keys open nothing sealed to B");
    assert!(matches!(a.session.confirm_laptop(&thief_code, now), Err(SyncError::WrongJoinCode)), "the copy can no longer be confirmed");
}

/// An invitation made before laptops made their own keys (by the Tejido of 4 December 2026)
/// still joins, and goes through the code like a new one.
#[test]
fn an_invitation_made_before_codes_were_typed_still_joins_once_confirmed() {
    use tejido_core::DeviceId;
    use tejido_vault::Unlock;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/invitation-before-confirm");
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture, dir.path());
    let made: DateTime<Utc> = std::fs::read_to_string(dir.path().join("made-at.txt")).unwrap().parse().unwrap();
    let now = made + Duration::hours(1);
    let bytes = std::fs::read(dir.path().join("invitation.tejido-invite")).unwrap();
    let typed = std::fs::read_to_string(dir.path().join("code.txt")).unwrap();
    let session = Session::open(&dir.path().join("a"), Unlock::Passphrase(&pass()), &options(), DeviceId::new()).unwrap();
    let mut a = Laptop { session, _dir: tempfile::tempdir().unwrap() };
    let (session, _, code) = Session::join(&dir.path().join("b"), &pass(), &bytes, &typed, &options(), now).unwrap();
    let mut b = Laptop { session, _dir: tempfile::tempdir().unwrap() };
    b.session.add_person(person("From B"), now).unwrap();
    let usb = stick();
    sync_all(&mut [&mut b, &mut a], usb.path(), now);
    assert!(a.session.find_person("From B").is_err());
    a.session.confirm_laptop(&code, now).unwrap();
    assert!(a.session.find_person("From B").is_ok());
    a.session.add_person(person("From A"), now).unwrap();
    sync_all(&mut [&mut a, &mut b], usb.path(), now);
    assert!(b.session.find_person("From A").is_ok());
}

//! `tejido bench vault`: how much a durable, sealed save costs compared with writing the same
//! bytes plainly (write + fsync + rename + directory fsync), and how much unlocking costs
//! compared with scrypt alone. Figures are ratios measured in the same run, because these
//! machines are noisy; absolute milliseconds are printed for context only.
//!
//! `saveMs` is a full sealed save (the whole database); `editSaveMs` is the save that follows
//! one edit (one person renamed), a delta of the changed row, against `smallWriteMs`, a
//! plain 4 KB durable write, measured in alternation; `editSaveAmortizedMs` averages 65
//! consecutive edit saves, which include the full image a compaction writes.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Utc;
use tejido_vault::fs::{RealFs, write_durably};
use tejido_vault::{KdfPolicy, SecretString, Unlock, Vault, VaultOptions};

use crate::error::CliError;

struct Row {
    megabytes: usize,
    image_bytes: usize,
    save: Duration,
    plain_write: Duration,
    unlock: Duration,
    scrypt: Duration,
    edit_save: Duration,
    small_write: Duration,
    edit_save_amortized: Duration,
}

/// Consecutive edit saves averaged for `editSaveAmortizedMs`: one more than the deltas the
/// vault writes before a full image, so exactly one compaction falls inside.
const AMORTIZED_SAVES: u32 = 65;

pub fn vault(dir: Option<&Path>, sizes: &[usize], rounds: usize, json: bool) -> Result<(), CliError> {
    let fail = |e: &dyn std::fmt::Display| CliError::Bench { detail: e.to_string() };
    let scratch = match dir {
        Some(dir) => tempfile::tempdir_in(dir),
        None => tempfile::tempdir(),
    }
    .map_err(|e| fail(&e))?;
    let rounds = rounds.max(1);
    let passphrase = SecretString::from("benchmark passphrase".to_owned());
    let options = VaultOptions::default();
    let scrypt = median(rounds.min(3), || scrypt_alone(&passphrase));
    let mut rows = Vec::new();
    for &megabytes in sizes {
        let vault_dir = scratch.path().join(format!("bench-{megabytes}mb.tejido"));
        let (mut vault, _) = Vault::create(&vault_dir, &passphrase, &options, Utc::now()).map_err(|e| fail(&e))?;
        // Edit saves as deltas (not yet what the app's sessions do, see tejido-vault's CHANGELOG).
        vault.use_deltas(true);
        fill(&vault, megabytes).map_err(|e| fail(&e))?;
        vault.save().map_err(|e| fail(&e))?;
        let image_bytes = vault.db().serialize(rusqlite_main()).map_err(|e| fail(&e))?.len();
        let save = median(rounds, || {
            let start = Instant::now();
            vault.save_full().expect("benchmark save");
            start.elapsed()
        });
        // One edit, then its save; in alternation with a plain 4 KB durable write, so both
        // see the same load on the machine. Cheap, so more rounds for a steadier median.
        let small = vec![0x5au8; 4096];
        let small_path = scratch.path().join(format!("small-{megabytes}.bin"));
        let mut edits = 0u64;
        let mut rename = |vault: &mut Vault| {
            edits += 1;
            vault.db().execute("UPDATE person SET name = ?1 WHERE id = 'p1'", [format!("renamed {edits}")]).expect("benchmark edit");
            vault.save().expect("benchmark edit save");
        };
        let (mut edit_samples, mut small_samples) = (Vec::new(), Vec::new());
        for _ in 0..rounds.max(15) {
            let start = Instant::now();
            write_durably(&RealFs, &small_path, &small).expect("benchmark small write");
            small_samples.push(start.elapsed());
            let start = Instant::now();
            rename(&mut vault);
            edit_samples.push(start.elapsed());
        }
        let (edit_save, small_write) = (median_of(edit_samples), median_of(small_samples));
        let start = Instant::now();
        for _ in 0..AMORTIZED_SAVES {
            rename(&mut vault);
        }
        let edit_save_amortized = start.elapsed() / AMORTIZED_SAVES;
        // As the app does at lock: the next open loads one image.
        vault.compact().map_err(|e| fail(&e))?;
        let plain = vec![0x5au8; image_bytes];
        let plain_path = scratch.path().join(format!("plain-{megabytes}.bin"));
        let plain_write = median(rounds, || {
            let start = Instant::now();
            write_durably(&RealFs, &plain_path, &plain).expect("benchmark plain write");
            start.elapsed()
        });
        drop(vault);
        let unlock = median(rounds.min(3), || {
            let start = Instant::now();
            let opened = Vault::open(&vault_dir, Unlock::Passphrase(&passphrase), &options).expect("benchmark unlock");
            let elapsed = start.elapsed();
            drop(opened);
            elapsed
        });
        rows.push(Row { megabytes, image_bytes, save, plain_write, unlock, scrypt, edit_save, small_write, edit_save_amortized });
    }
    print_rows(&rows, json);
    Ok(())
}

fn rusqlite_main() -> &'static str {
    "main"
}

/// Grows the database to about `megabytes` with incompressible rows.
fn fill(vault: &Vault, megabytes: usize) -> rusqlite::Result<()> {
    let db = vault.db();
    db.execute_batch(
        "CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
         CREATE TABLE IF NOT EXISTS person (id TEXT PRIMARY KEY, name TEXT NOT NULL);
         INSERT OR IGNORE INTO person VALUES ('p1', 'first name');",
    )?;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut chunk = vec![0u8; 4000];
    for _ in 0..(megabytes * 1024 * 1024 / chunk.len()) {
        for byte in chunk.iter_mut() {
            // xorshift: fast, and good enough to defeat compression; not for secrets.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *byte = state as u8;
        }
        db.execute("INSERT INTO bench (data) VALUES (?1)", [&chunk])?;
    }
    Ok(())
}

/// Seals and opens a tiny file with the pinned scrypt work factor: the floor of any unlock.
fn scrypt_alone(passphrase: &SecretString) -> Duration {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(KdfPolicy::PINNED_WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("recipient");
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).expect("memory");
    writer.write_all(b"x").expect("memory");
    writer.finish().expect("memory");
    let identity = age::scrypt::Identity::new(passphrase.clone());
    let start = Instant::now();
    let decryptor = age::Decryptor::new_buffered(&sealed[..]).expect("age file");
    let _ = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).expect("scrypt");
    start.elapsed()
}

fn median(rounds: usize, mut measure: impl FnMut() -> Duration) -> Duration {
    median_of((0..rounds).map(|_| measure()).collect())
}

fn median_of(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn print_rows(rows: &[Row], json: bool) {
    if json {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "imageMegabytes": r.megabytes,
                    "imageBytes": r.image_bytes,
                    "saveMs": ms(r.save),
                    "plainWriteFsyncMs": ms(r.plain_write),
                    "saveRatio": ms(r.save) / ms(r.plain_write),
                    "unlockMs": ms(r.unlock),
                    "scryptAloneMs": ms(r.scrypt),
                    "unlockRatio": ms(r.unlock) / ms(r.scrypt),
                    "editSaveMs": ms(r.edit_save),
                    "smallWriteMs": ms(r.small_write),
                    "editSaveRatio": ms(r.edit_save) / ms(r.small_write),
                    "editSaveAmortizedMs": ms(r.edit_save_amortized),
                    "editSaveAmortizedRatio": ms(r.edit_save_amortized) / ms(r.small_write),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items).expect("json"));
        return;
    }
    println!("image   save ms   write+fsync ms   save ratio   unlock ms   scrypt ms   unlock ratio   edit save ms   4 KB write ms   edit ratio");
    for r in rows {
        println!(
            "{:>3} MB  {:>8.1}  {:>15.1}  {:>10.2}x  {:>10.1}  {:>10.1}  {:>12.2}x  {:>13.2}  {:>14.2}  {:>9.2}x",
            r.megabytes,
            ms(r.save),
            ms(r.plain_write),
            ms(r.save) / ms(r.plain_write),
            ms(r.unlock),
            ms(r.scrypt),
            ms(r.unlock) / ms(r.scrypt),
            ms(r.edit_save),
            ms(r.small_write),
            ms(r.edit_save) / ms(r.small_write),
        );
    }
}

/// `tejido bench network`: the full analysis against one plain breadth-first pass over the
/// same people and links (the least any whole-network question costs).
pub fn network(sizes: &[usize], rounds: usize, json: bool) {
    use std::collections::{HashMap, VecDeque};

    use tejido_core::network::{analyse, generated_network};

    let mut rows = Vec::new();
    for &people in sizes {
        let links = people * 5;
        let (persons, actors, relationships) = generated_network(people, links, 42);
        let mut findings = 0;
        let analysis = median(rounds, || {
            let start = Instant::now();
            findings = analyse(&persons, &actors, &relationships).len();
            start.elapsed()
        });
        let traversal = median(rounds, || {
            let start = Instant::now();
            let mut neighbours: HashMap<uuid::Uuid, Vec<uuid::Uuid>> = HashMap::with_capacity(people);
            for r in &relationships {
                neighbours.entry(r.source).or_default().push(r.target);
                neighbours.entry(r.target).or_default().push(r.source);
            }
            let mut seen = std::collections::HashSet::with_capacity(people);
            for p in &persons {
                if !seen.insert(p.id.0) {
                    continue;
                }
                let mut queue = VecDeque::from([p.id.0]);
                while let Some(at) = queue.pop_front() {
                    for next in neighbours.get(&at).into_iter().flatten() {
                        if seen.insert(*next) {
                            queue.push_back(*next);
                        }
                    }
                }
            }
            std::hint::black_box(seen.len());
            start.elapsed()
        });
        rows.push((people, links, findings, analysis, traversal));
    }
    if json {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|(people, links, findings, analysis, traversal)| {
                serde_json::json!({
                    "people": people,
                    "links": links,
                    "findings": findings,
                    "analysisMs": ms(*analysis),
                    "traversalMs": ms(*traversal),
                    "ratio": ms(*analysis) / ms(*traversal).max(1e-6),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items).expect("json"));
        return;
    }
    println!("people   links    findings   analysis ms   traversal ms   ratio");
    for (people, links, findings, analysis, traversal) in rows {
        println!(
            "{people:>6}  {links:>6}  {findings:>9}  {:>12.1}  {:>13.1}  {:>6.1}x",
            ms(analysis),
            ms(traversal),
            ms(analysis) / ms(traversal).max(1e-6)
        );
    }
}

/// `tejido bench make-network-vault`: a vault holding [`tejido_core::network::generated_network`],
/// stored in one edit through the core (as any edit is), then saved as one full image, so the
/// app opens it as it opens any vault. For `tests/e2e/map-bench.sh`, which measures the map
/// in the desktop app at 2 000 people and 10 000 links. The recovery key is not printed: the
/// people in it are invented and the vault is thrown away after measuring.
pub(crate) fn make_network_vault(ctx: &mut crate::context::Context, dir: &Path, people: usize, links: usize, seed: u64) -> Result<(), CliError> {
    let passphrase = ctx.input.new_passphrase("prompt-new-passphrase")?;
    let name = crate::commands::name_of_folder(dir);
    let now = Utc::now();
    let (mut session, _recovery) = tejido_core::Session::create(dir, &passphrase, &name, &ctx.options, ctx.installation.device, now)?;
    ctx.watch(&mut session);
    let (people, links) = session.load_generated_network(people, links, seed, now)?;
    session.compact()?;
    ctx.say(
        "bench-network-vault-created",
        &[("path", dir.display().to_string()), ("count", people.to_string()), ("links", links.to_string())],
    );
    Ok(())
}

/// `tejido bench sync`: a laptop makes `edits` edits, publishes them as one sealed change
/// file, and a laptop that joined before applies it; then a new laptop joins a vault of
/// `rows` members. Each against a baseline of the same run: publishing against writing the
/// same number of bytes plainly (write + fsync + rename), applying against one sealed save
/// of the receiving vault (what any edit costs), inviting and joining against creating an
/// empty vault with the same key-derivation settings.
pub fn sync(edits: usize, rows: usize, rounds: usize, json: bool) -> Result<(), CliError> {
    use tejido_core::{DeviceId, NewPerson, Session};

    let fail = |e: &dyn std::fmt::Display| CliError::Bench { detail: e.to_string() };
    let scratch = tempfile::tempdir().map_err(|e| fail(&e))?;
    // Throwaway vaults: scrypt is measured by `bench vault`; here it would only add noise.
    let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(10), ..VaultOptions::default() };
    let passphrase = SecretString::from("benchmark passphrase".to_owned());
    let now = Utc::now();
    let mut next = 0;
    let mut fresh = |name: &str| {
        next += 1;
        scratch.path().join(format!("{name}-{next}.tejido"))
    };

    let (mut a, _) = Session::create(&fresh("a"), &passphrase, "Bench", &options, DeviceId::new(), now).map_err(|e| fail(&e))?;
    a.start_sync("A", now).map_err(|e| fail(&e))?;
    // Invited before the edits, so each B's snapshot lacks them. Nothing is sealed to an
    // invited laptop until a laptop of the group typed the code it shows: each B joins, its
    // first state reaches A as it would through the shared folder, A confirms it and reseals
    // its files for it (not measured).
    let invitations =
        (0..rounds.max(1)).map(|i| a.invite(&format!("B{i}"), now)).collect::<Result<Vec<_>, _>>().map_err(|e| fail(&e))?;
    let join_confirmed = |a: &mut Session, dir: &std::path::Path, invitation: tejido_core::sync::Invitation| -> Result<Session, String> {
        let (mut b, _, code) = Session::join(dir, &passphrase, &invitation.bytes, &invitation.code, &options, now).map_err(|e| e.to_string())?;
        b.publish(now).map_err(|e| e.to_string())?;
        let id = b.laptop_id().map_err(|e| e.to_string())?.expect("joined").to_string();
        let (from, to) = (b.sync_folder().join("state"), a.sync_folder().join("state"));
        std::fs::create_dir_all(&to).map_err(|e| e.to_string())?;
        std::fs::copy(from.join(format!("{id}.age")), to.join(format!("{id}.age"))).map_err(|e| e.to_string())?;
        a.import(now).map_err(|e| e.to_string())?;
        a.confirm_laptop(&code, now).map_err(|e| e.to_string())?;
        a.publish(now).map_err(|e| e.to_string())?;
        Ok(b)
    };

    let own = a.laptop_id().map_err(|e| fail(&e))?.expect("started").to_string();
    let changes = a.sync_folder().join("changes").join(&own);
    // What the shared folder would do: A's change files appear in B's copy of it.
    let deliver = |b: &Session| -> std::io::Result<()> {
        let target = b.sync_folder().join("changes").join(&own);
        std::fs::create_dir_all(&target)?;
        for entry in std::fs::read_dir(&changes)?.flatten() {
            std::fs::copy(entry.path(), target.join(entry.file_name()))?;
        }
        Ok(())
    };
    // Every B joins and is confirmed before the edits, and hears that it was: its first
    // import after joining reseals its own files for the group it is now part of, a cost
    // of joining paid once, not of applying edits (it was a fifth of the measured import
    // when each B joined right before it). Not measured.
    let mut laptops = Vec::new();
    for invitation in invitations {
        laptops.push(join_confirmed(&mut a, &fresh("b"), invitation).map_err(|e| fail(&e))?);
    }
    for b in &mut laptops {
        deliver(b).map_err(|e| fail(&e))?;
        b.import(now).map_err(|e| fail(&e))?;
    }

    let mut last = None;
    for i in 0..edits {
        let person = match (i % 2, last) {
            (1, Some(id)) => a.update_person(id, NewPerson { pseudonym: format!("p{i}"), notes: format!("edit {i} of the benchmark"), ..NewPerson::default() }, now),
            _ => a.add_person(NewPerson { pseudonym: format!("p{i}"), ..NewPerson::default() }, now),
        }
        .map_err(|e| fail(&e))?;
        last = Some(person.id);
    }
    let start = Instant::now();
    let seq = a.publish(now).map_err(|e| fail(&e))?.ok_or_else(|| fail(&"nothing to publish"))?;
    let publish = start.elapsed();
    let file_bytes = std::fs::metadata(changes.join(format!("{seq:010}.age"))).map_err(|e| fail(&e))?.len() as usize;
    let plain = vec![0x5au8; file_bytes];
    let plain_path = scratch.path().join("plain.bin");
    let plain_write = median(rounds, || {
        let start = Instant::now();
        write_durably(&RealFs, &plain_path, &plain).expect("benchmark plain write");
        start.elapsed()
    });

    let mut applied_fields = 0;
    // One save per round, and its median: dividing by the last round's alone made the ratio
    // swing with whatever that one save met on a busy disk.
    let mut saves = Vec::new();
    let apply = median(rounds, || {
        let mut b = laptops.pop().expect("one laptop per round");
        deliver(&b).expect("benchmark copy");
        let start = Instant::now();
        let report = b.import(now).expect("benchmark import");
        let elapsed = start.elapsed();
        // A laptop that had not settled would hold the file back and time nothing.
        assert_eq!((report.files, report.waiting, report.refused), (1, 0, 0), "the benchmark's change file is applied whole");
        applied_fields = report.fields;
        let start = Instant::now();
        // A full sealed save, the baseline the import is compared with (a plain `save` after
        // the import would be a delta of the rows it changed).
        b.vault_mut().save_full().expect("benchmark save");
        saves.push(start.elapsed());
        elapsed
    });
    let save = median_of(saves);

    let (mut big, _) = Session::create(&fresh("big"), &passphrase, "Bench", &options, DeviceId::new(), now).map_err(|e| fail(&e))?;
    big.edit(now, |db, stamp| {
        let mut insert = db.prepare(
            "INSERT INTO person (id, pseudonym, notes, created_at, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        )?;
        for i in 0..rows {
            insert.execute(rusqlite::params![
                uuid::Uuid::now_v7().to_string(),
                format!("member {i}"),
                format!("household {} · notes written in a workshop", i % 97),
                stamp.at,
                stamp.device.to_string()
            ])?;
        }
        Ok(())
    })
    .map_err(|e| fail(&e))?;
    big.start_sync("Desk", now).map_err(|e| fail(&e))?;
    let mut invitation_bytes = 0;
    let mut big_invitation = None;
    let invite = median(rounds, || {
        let start = Instant::now();
        let made = big.invite("New laptop", now).expect("benchmark invite");
        let elapsed = start.elapsed();
        invitation_bytes = made.bytes.len();
        big_invitation = Some(made);
        elapsed
    });
    let made = big_invitation.expect("at least one round");
    let join = median(rounds, || {
        let dir = fresh("joined");
        let start = Instant::now();
        let joined = Session::join(&dir, &passphrase, &made.bytes, &made.code, &options, now).expect("benchmark join");
        let elapsed = start.elapsed();
        drop(joined);
        elapsed
    });
    let create = median(rounds, || {
        let dir = fresh("empty");
        let start = Instant::now();
        let created = Session::create(&dir, &passphrase, "Empty", &options, DeviceId::new(), now).expect("benchmark create");
        let elapsed = start.elapsed();
        drop(created);
        elapsed
    });

    let figures = serde_json::json!({
        "edits": edits,
        "changeFileBytes": file_bytes,
        "changeFileBytesPerEdit": file_bytes as f64 / edits.max(1) as f64,
        "publishMs": ms(publish),
        "plainWriteFsyncMs": ms(plain_write),
        "publishRatio": ms(publish) / ms(plain_write).max(1e-6),
        "applyMs": ms(apply),
        "fieldsApplied": applied_fields,
        "sealedSaveMs": ms(save),
        "applyRatio": ms(apply) / ms(save).max(1e-6),
        "rows": rows,
        "invitationBytes": invitation_bytes,
        "inviteMs": ms(invite),
        "joinMs": ms(join),
        "createEmptyMs": ms(create),
        "inviteRatio": ms(invite) / ms(create).max(1e-6),
        "joinRatio": ms(join) / ms(create).max(1e-6),
    });
    if json {
        println!("{}", serde_json::to_string_pretty(&figures).expect("json"));
        return Ok(());
    }
    println!("{edits} edits: change file {file_bytes} B");
    println!(
        "  publish (read log, sign, seal, write durably) {:>8.1} ms   plain write+fsync {:>6.1} ms   ratio {:>6.2}x",
        ms(publish),
        ms(plain_write),
        ms(publish) / ms(plain_write).max(1e-6)
    );
    println!(
        "  import and apply ({applied_fields} fields)    {:>8.1} ms   one sealed save  {:>6.1} ms   ratio {:>6.2}x",
        ms(apply),
        ms(save),
        ms(apply) / ms(save).max(1e-6)
    );
    println!("{rows} members: invitation {invitation_bytes} B");
    println!(
        "  invite {:>8.1} ms   join {:>8.1} ms   create an empty vault {:>6.1} ms   ratios {:.2}x / {:.2}x",
        ms(invite),
        ms(join),
        ms(create),
        ms(invite) / ms(create).max(1e-6),
        ms(join) / ms(create).max(1e-6)
    );
    Ok(())
}

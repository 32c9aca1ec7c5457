//! `tejido bench vault`: how much a durable, sealed save costs compared with writing the same
//! bytes plainly (write + fsync + rename + directory fsync), and how much unlocking costs
//! compared with scrypt alone. Figures are ratios measured in the same run, because these
//! machines are noisy; absolute milliseconds are printed for context only.

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
}

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
        fill(&vault, megabytes).map_err(|e| fail(&e))?;
        vault.save().map_err(|e| fail(&e))?;
        let image_bytes = vault.db().serialize(rusqlite_main()).map_err(|e| fail(&e))?.len();
        let save = median(rounds, || {
            let start = Instant::now();
            vault.save().expect("benchmark save");
            start.elapsed()
        });
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
        rows.push(Row { megabytes, image_bytes, save, plain_write, unlock, scrypt });
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
    db.execute_batch("CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")?;
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
    let mut samples: Vec<Duration> = (0..rounds).map(|_| measure()).collect();
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
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items).expect("json"));
        return;
    }
    println!("image   save ms   write+fsync ms   save ratio   unlock ms   scrypt ms   unlock ratio");
    for r in rows {
        println!(
            "{:>3} MB  {:>8.1}  {:>15.1}  {:>10.2}x  {:>10.1}  {:>10.1}  {:>12.2}x",
            r.megabytes,
            ms(r.save),
            ms(r.plain_write),
            ms(r.save) / ms(r.plain_write),
            ms(r.unlock),
            ms(r.scrypt),
            ms(r.unlock) / ms(r.scrypt),
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

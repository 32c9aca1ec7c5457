//! One function per command, each a thin layer over `tejido-core` and `tejido-vault`.

use std::path::Path;

use chrono::Utc;
use tejido_core::{Change, NewPerson, Sensitivity, Session};
use tejido_i18n::{Locale, message, render};
use tejido_vault::fs::LockMode;
use tejido_vault::{ExposeSecret, OpenError, RecoveryKey, SlotProblem, Unlock, Vault, VaultOptions};

use crate::args::{BenchCommand, Command, ExportFormat, PassphraseCommand, PersonCommand, PersonDetails, RiskCommand};
use crate::error::CliError;
use crate::context::{Closing, Context};

pub fn run(command: Command, locale: Locale) -> Result<(), CliError> {
    let mut ctx = Context::new(locale);
    match command {
        Command::Init { dir, name } => init(&mut ctx, &dir, &name, false),
        // The demo is a place to come back to: a second run opens it instead of failing.
        Command::Demo { dir } if dir.join(tejido_vault::HEADER_FILE).exists() => person_list(&mut ctx, &dir, false),
        Command::Demo { dir } => init(&mut ctx, &dir, "", true),
        Command::Person(PersonCommand::Add { dir, details }) => person_add(&mut ctx, &dir, details),
        Command::Person(PersonCommand::List { dir, json }) => person_list(&mut ctx, &dir, json),
        Command::Person(PersonCommand::Remove { dir, pseudonym }) => person_remove(&mut ctx, &dir, &pseudonym),
        Command::Person(PersonCommand::Forget { dir, pseudonym }) => person_forget(&mut ctx, &dir, &pseudonym),
        Command::Risk(RiskCommand::Export { dir, format, out }) => risk_export(&mut ctx, &dir, format, out.as_deref()),
        Command::Risk(RiskCommand::IncidentLetters { dir, incident, lang, json }) => incident_letters(&mut ctx, &dir, &incident, lang.as_deref(), json),
        Command::Network { dir, json } => network(&mut ctx, &dir, json),
        Command::Protocol { dir, version, json } => protocol(&mut ctx, &dir, version, json),
        Command::Analyse(command) => crate::analyse::run(&mut ctx, command),
        Command::Alert(command) => crate::alert::run(&mut ctx, command),
        Command::Undo { dir } => undo(&mut ctx, &dir),
        Command::History { dir, limit } => history(&mut ctx, &dir, limit),
        Command::Check { dir } => check(&mut ctx, &dir),
        Command::AcceptRollback { dir } => accept_rollback(&mut ctx, &dir),
        Command::Passphrase(cmd) => passphrase(&mut ctx, cmd),
        Command::Recover { dir, new_recovery_key } => recover(&mut ctx, &dir, new_recovery_key),
        Command::Rekey { dir, new_passphrase } => rekey(&mut ctx, &dir, new_passphrase),
        Command::ShredKeys { dir } => shred_keys(&mut ctx, &dir),
        Command::SplitRecovery { dir, needed, shares } => crate::shares::split(&mut ctx, &dir, needed, shares),
        Command::RecoverShares { dir } => crate::shares::recover(&mut ctx, &dir),
        Command::Bench(BenchCommand::Vault { dir, sizes, rounds, json }) => {
            crate::bench::vault(dir.as_deref(), &sizes, rounds, json)
        }
        Command::Sync(command) => crate::sync::run(&mut ctx, command),
        Command::Contact(command) => crate::escalation::contact(&mut ctx, command),
        Command::Case(command) => crate::escalation::case(&mut ctx, command),
        Command::Desk(command) => crate::oversight::desk(&mut ctx, command),
        Command::Bench(BenchCommand::MakeNetworkVault { dir, people, links, seed }) => {
            crate::bench::make_network_vault(&mut ctx, &dir, people, links, seed)
        }
        Command::Bench(BenchCommand::Sync { edits, rows, rounds, json }) => crate::bench::sync(edits, rows, rounds.max(1), json),
        Command::Bench(BenchCommand::Network { sizes, rounds, json }) => {
            crate::bench::network(&sizes, rounds.max(1), json);
            Ok(())
        }
    }
}

/// A new vault's name when none is given: its folder's, without the extension.
pub(crate) fn name_of_folder(dir: &Path) -> String {
    dir.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "Tejido".into())
}

fn init(ctx: &mut Context, dir: &Path, name: &str, demo: bool) -> Result<(), CliError> {
    let public = demo.then_some(tejido_core::DEMO_PASSPHRASE);
    let passphrase = ctx.input.new_passphrase_allowing("prompt-new-passphrase", public)?;
    let name = if name.trim().is_empty() { name_of_folder(dir) } else { name.to_owned() };
    let now = Utc::now();
    let (session, recovery) = Session::create(dir, &passphrase, &name, &ctx.options, ctx.installation.device, now)?;
    let mut session = Closing(session);
    if demo {
        let count = session.load_demo(now)?;
        ctx.say("demo-created", &[("path", dir.display().to_string()), ("count", count.to_string())]);
    } else {
        ctx.say("vault-created", &[("path", dir.display().to_string())]);
    }
    ctx.watch(&mut session);
    ctx.print_recovery_key(&recovery);
    Ok(())
}

fn person_add(ctx: &mut Context, dir: &Path, details: PersonDetails) -> Result<(), CliError> {
    let sensitivity = Sensitivity::parse(&details.sensitivity)
        .ok_or_else(|| CliError::BadSensitivity { value: details.sensitivity.clone() })?;
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let person = session.add_person(
        NewPerson {
            pseudonym: details.pseudonym,
            real_name: details.real_name,
            role: details.role,
            tags: details.tags,
            sensitivity,
            ..NewPerson::default()
        },
        Utc::now(),
    )?;
    ctx.say("person-added", &[("pseudonym", person.pseudonym)]);
    Ok(())
}

fn person_list(ctx: &mut Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let people = session.people()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&people).expect("people serialise"));
        return Ok(());
    }
    if people.is_empty() {
        ctx.say("people-none", &[]);
        return Ok(());
    }
    let width = people.iter().map(|p| p.pseudonym.chars().count()).max().unwrap_or(0).max(10);
    let name_width = people.iter().filter_map(|p| p.real_name.as_ref()).map(|n| n.chars().count()).max().unwrap_or(0).max(4);
    for person in &people {
        println!(
            "{:<width$}  {:<name_width$}  {:<10}  {}",
            person.pseudonym,
            person.real_name.as_deref().unwrap_or("—"),
            message(ctx.locale, &format!("sensitivity-{}", person.sensitivity.as_str()), &[]),
            person.role,
        );
    }
    ctx.say("people-count", &[("count", people.len().to_string())]);
    Ok(())
}

fn person_remove(ctx: &mut Context, dir: &Path, pseudonym: &str) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let person = session.find_person(pseudonym)?;
    session.remove_person(person.id, Utc::now())?;
    ctx.say("person-removed", &[("pseudonym", person.pseudonym)]);
    Ok(())
}

fn person_forget(ctx: &mut Context, dir: &Path, pseudonym: &str) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let wanted = pseudonym.trim().to_lowercase();
    let removed = session.removed_people()?.into_iter().find(|p| p.pseudonym.to_lowercase() == wanted);
    // A current member is refused in plain words (remove first); nobody at all, as not found.
    let id = match removed {
        Some(person) => person.id,
        None => session.find_person(pseudonym)?.id,
    };
    session.forget_person(id)?;
    ctx.say("person-forgotten", &[("pseudonym", pseudonym.trim().to_owned())]);
    Ok(())
}

/// A short label for a change: the pseudonym or name in the row it touched.
fn change_label(change: &Change) -> String {
    [&change.after, &change.before]
        .into_iter()
        .flatten()
        .find_map(|row| {
            ["pseudonym", "name", "title", "signal", "text"].into_iter().find_map(|field| row.get(field)?.as_str())
        })
        .unwrap_or(&change.entity_id)
        .to_owned()
}

fn risk_export(ctx: &mut Context, dir: &Path, format: ExportFormat, out: Option<&Path>) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let register = session.risk_register(chrono::Local::now().date_naive(), ctx.locale, tejido_core::PrintNames::default())?;
    let text = match format {
        ExportFormat::Json => serde_json::to_string_pretty(&register).expect("the register serialises") + "\n",
        ExportFormat::Csv => register.to_csv().map_err(|e| CliError::Export { detail: e.to_string() })?,
    };
    let args = [("count", register.entries.len().to_string()), ("omitted", register.omitted.to_string())];
    match out {
        Some(path) => {
            // Readable by this account only, as the app's exports.
            tejido_core::app::write_chosen_file(path, text.as_bytes())?;
            ctx.say("risk-exported", &args);
        }
        None => {
            print!("{text}");
            ctx.warn("risk-exported", &args);
        }
    }
    ctx.warn("risk-export-plaintext", &[]);
    Ok(())
}

fn incident_letters(ctx: &mut Context, dir: &Path, wanted: &str, lang: Option<&str>, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let lower = wanted.trim().to_lowercase();
    let incident = session
        .risk_analysis(chrono::Local::now().date_naive())?
        .incidents
        .into_iter()
        .find(|i| i.title.trim().to_lowercase() == lower || (lower.len() >= 4 && i.id.to_string().starts_with(&lower)))
        .ok_or_else(|| CliError::NoSuchName { name: wanted.to_owned() })?;
    let locale = lang.and_then(tejido_i18n::Locale::parse).unwrap_or(ctx.locale);
    let letters = session.incident_letters(incident.id, locale)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&letters).expect("letters serialise"));
        return Ok(());
    }
    ctx.say("cli-incident-letters", &[("count", letters.letters.len().to_string())]);
    if letters.details_withheld {
        ctx.say("cli-incident-letters-withheld", &[]);
    }
    for letter in &letters.letters {
        println!("\n== {} ==", letter.addressee);
        for reason in &letter.reasons {
            println!("   {reason}");
        }
        println!("\n{}\n\n{}", letter.title, letter.text);
    }
    Ok(())
}

fn network(ctx: &mut Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let network = session.network()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&network.findings).expect("findings serialise"));
        return Ok(());
    }
    let people = session.people()?;
    let name = |id: &tejido_core::PersonId| people.iter().find(|p| p.id == *id).map_or("?", |p| p.pseudonym.as_str());
    for finding in &network.findings {
        let kind = serde_json::to_value(finding.kind).expect("enum").as_str().unwrap_or_default().to_owned();
        ctx.say(
            &format!("finding-{kind}"),
            &[("count", finding.people.len().to_string()), ("household", finding.household.clone())],
        );
        println!("    {}", finding.people.iter().map(name).collect::<Vec<_>>().join(", "));
    }
    if network.findings.is_empty() {
        ctx.say("network-findings-none", &[]);
    }
    Ok(())
}

fn protocol(ctx: &mut Context, dir: &Path, version: Option<u32>, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let chosen = match version {
        None => None,
        Some(n) => Some(
            session
                .protocol(ctx.locale)?
                .versions
                .into_iter()
                .find(|v| v.version == n)
                .ok_or(tejido_core::EditError::RecordNotFound)?
                .decision,
        ),
    };
    let print = session.protocol_print(chosen, ctx.locale, tejido_core::PrintNames::default())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&print).expect("the protocol serialises"));
    } else {
        let say = |id: &str, args: &[(&str, String)]| message(ctx.locale, id, args);
        println!("# {}\n", say("protocol-print-title", &[("collective", print.collective.clone())]));
        let status = match (print.version, print.agreed_on, print.based_on) {
            (Some(v), Some(on), _) => say("protocol-version-agreed", &[("version", v.to_string()), ("date", tejido_core::dates::day_in_words(on, ctx.locale))]),
            (_, _, Some(v)) => say("protocol-print-draft-after", &[("version", v.to_string())]),
            _ => say("protocol-no-version", &[]),
        };
        println!("{status}\n");
        if !print.principles.is_empty() {
            println!("## {}\n", say("protocol-tab-principles", &[]));
            for p in &print.principles {
                println!("- **{}.** {}", p.principle.title, p.principle.text);
            }
            println!();
        }
        for (i, s) in print.sections.iter().enumerate() {
            println!("## {}. {}\n\n{}\n", i + 1, s.title, s.body);
        }
        if !print.levels.is_empty() {
            println!("## {}\n", say("protocol-tab-levels", &[]));
            for l in &print.levels {
                let colour = say(&format!("colour-{}", serde_json::to_value(l.colour).expect("enum").as_str().unwrap_or_default()), &[]);
                println!("### {colour} · {}\n\n{}\n\n{}\n", l.name, l.triggers, l.actions);
            }
        }
        if print.omitted > 0 {
            ctx.warn("protocol-print-omitted", &[("count", print.omitted.to_string())]);
        }
    }
    ctx.warn("risk-export-plaintext", &[]);
    Ok(())
}

fn undo(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let change = session.undo(Utc::now())?;
    ctx.say("undone", &[("label", change_label(&change))]);
    Ok(())
}

fn history(ctx: &mut Context, dir: &Path, limit: usize) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let rows: Vec<(String, String, String)> = session
        .history(limit)?
        .iter()
        .map(|change| {
            let action = message(ctx.locale, &format!("action-{}", serde_json::to_value(change.action).expect("enum").as_str().unwrap_or("")), &[]);
            (tejido_core::dates::local_moment_in_words(change.at, ctx.locale), action, change_label(change))
        })
        .collect();
    // Written-out dates differ in length ("2 May", "14 September"): padded to the longest, so
    // the columns still line up (`{:<}` pads by characters, as "à" and "é" need).
    let width = rows.iter().map(|(at, _, _)| at.chars().count()).max().unwrap_or(0);
    for (at, action, label) in rows {
        println!("{at:<width$}  {action:<10}  {label}");
    }
    Ok(())
}

fn check(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let passphrase = ctx.input.secret("prompt-passphrase")?;
    let options = VaultOptions { lock: LockMode::Shared, ..ctx.options.clone() };
    let vault = Vault::open(dir, Unlock::Passphrase(&passphrase), &options)?;
    let rollback = ctx.after_open(&vault);
    let report = vault.check();
    // A rollback is a finding of the check: it fails until accepted.
    let mut problems = usize::from(rollback.is_some());
    for (generation, problem) in &report.generations {
        match problem {
            None => ctx.say("check-generation-ok", &[("generation", generation.to_string())]),
            Some(problem) => {
                problems += 1;
                ctx.say(
                    "check-generation-bad",
                    &[("generation", generation.to_string()), ("problem", render(ctx.locale, problem))],
                );
            }
        }
    }
    for (slot, problem) in &report.slots {
        let kind = message(ctx.locale, slot_kind_id(slot.kind), &[]);
        let args = |extra: &str| vec![("kind", kind.clone()), ("file", slot.file.clone()), ("problem", extra.to_owned())];
        match problem {
            None => ctx.say("check-slot-ok", &args("")),
            Some(problem) => {
                problems += 1;
                let id = match problem {
                    SlotProblem::Missing => "slot-problem-missing",
                    SlotProblem::Unrecognised => "slot-problem-unrecognised",
                    SlotProblem::ExcessiveWork { .. } => "slot-problem-excessive-work",
                    SlotProblem::WrongIdentity => "slot-problem-wrong-identity",
                };
                ctx.say("check-slot-bad", &args(&message(ctx.locale, id, &[])));
            }
        }
    }
    if !report.has_recovery_slot {
        problems += 1;
        ctx.say("check-no-recovery-slot", &[]);
    }
    if report.is_healthy() && rollback.is_none() {
        ctx.say("check-healthy", &[]);
        Ok(())
    } else {
        Err(CliError::CheckFailed { count: problems.max(1) })
    }
}

fn accept_rollback(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    session.acknowledge_rollback()?;
    ctx.say("cli-rollback-accepted", &[("generation", session.vault().generation().to_string())]);
    Ok(())
}

fn passphrase(ctx: &mut Context, command: PassphraseCommand) -> Result<(), CliError> {
    let now = Utc::now();
    match command {
        PassphraseCommand::Add { dir } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let new = ctx.input.new_passphrase("prompt-new-passphrase")?;
            session.vault_mut().add_passphrase(&new, now)?;
            ctx.say("passphrase-added", &[]);
        }
        PassphraseCommand::List { dir, json } => {
            let options = VaultOptions { lock: LockMode::Shared, ..ctx.options.clone() };
            let passphrase = ctx.input.secret("prompt-passphrase")?;
            let vault = Vault::open(&dir, Unlock::Passphrase(&passphrase), &options)?;
            ctx.after_open(&vault);
            list_slots(ctx, &vault, json);
        }
        PassphraseCommand::Remove { dir, id: Some(id) } => {
            // Not by its passphrase: the one typed opens the vault and confirms, and must be
            // another slot's, so whoever removes a slot keeps a way in.
            let confirm = ctx.input.secret("prompt-passphrase")?;
            let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
            let mut vault = Vault::open(&dir, Unlock::Passphrase(&confirm), &options)?;
            ctx.after_open(&vault);
            vault.remove_slot(id, Unlock::Passphrase(&confirm))?;
            ctx.say("slot-removed-rekey", &[("dir", dir.display().to_string())]);
        }
        PassphraseCommand::Remove { dir, id: None } => {
            // The passphrase that opens the vault is the one removed; another must remain.
            let which = ctx.input.secret("prompt-passphrase-to-remove")?;
            let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
            let mut vault = Vault::open(&dir, Unlock::Passphrase(&which), &options)?;
            ctx.after_open(&vault);
            vault.remove_passphrase(&which)?;
            ctx.say("passphrase-removed", &[]);
        }
        PassphraseCommand::Change { dir } => {
            let old = ctx.input.secret("prompt-old-passphrase")?;
            let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
            let mut vault = Vault::open(&dir, Unlock::Passphrase(&old), &options)?;
            ctx.after_open(&vault);
            let new = ctx.input.new_passphrase("prompt-new-passphrase")?;
            vault.change_passphrase(&old, &new, now)?;
            ctx.say("passphrase-changed", &[]);
        }
        PassphraseCommand::Duress { dir } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let duress = ctx.input.new_passphrase("prompt-duress-passphrase")?;
            // The decoy is built in a throwaway vault (sealed, deleted at once) in the temp folder.
            let options = ctx.options.clone();
            tejido_core::app::add_duress_passphrase(&mut session, &duress, &std::env::temp_dir(), &options, now)?;
            ctx.say("cli-duress-added", &[]);
        }
    }
    Ok(())
}

fn list_slots(ctx: &Context, vault: &Vault, json: bool) {
    let slots = vault.slots();
    if json {
        let rows: Vec<serde_json::Value> = slots
            .iter()
            .map(|slot| {
                serde_json::json!({
                    "id": slot.id,
                    "kind": slot.kind,
                    "createdAt": slot.created_at,
                    "workFactor": slot.work_factor,
                    "weakWorkFactor": slot.below_pinned_work,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).expect("slots serialise"));
        return;
    }
    for slot in &slots {
        let kind = message(ctx.locale, slot_kind_id(slot.kind), &[]);
        let args = [("id", slot.id.to_string()), ("kind", kind), ("date", tejido_core::dates::local_day_in_words(slot.created_at, ctx.locale))];
        ctx.say(if slot.below_pinned_work { "slot-line-weak" } else { "slot-line" }, &args);
    }
}

/// Re-keys: opened with a passphrase, which is also the confirmation, and kept unless a
/// new one is asked for.
fn rekey(ctx: &mut Context, dir: &Path, new_passphrase: bool) -> Result<(), CliError> {
    let current = ctx.input.secret("prompt-passphrase")?;
    let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
    let mut vault = Vault::open(dir, Unlock::Passphrase(&current), &options)?;
    ctx.after_open(&vault);
    let new = if new_passphrase { Some(ctx.input.new_passphrase("prompt-new-passphrase")?) } else { None };
    let keep = new.as_ref().unwrap_or(&current);
    let paper = vault.rekey(Unlock::Passphrase(&current), &[keep], Utc::now())?;
    ctx.say("rekeyed", &[]);
    ctx.print_recovery_key(&paper);
    Ok(())
}

/// Shreds this laptop's keys: opened with a passphrase, which is also the confirmation.
fn shred_keys(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let current = ctx.input.secret("prompt-passphrase")?;
    let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
    let mut vault = Vault::open(dir, Unlock::Passphrase(&current), &options)?;
    ctx.after_open(&vault);
    let count = vault.shred_passphrases(Unlock::Passphrase(&current))?;
    drop(vault);
    tejido_core::app::shred_syncthing_keys(dir)?;
    ctx.say("keys-shredded", &[("count", count.to_string())]);
    Ok(())
}

fn recover(ctx: &mut Context, dir: &Path, new_recovery_key: bool) -> Result<(), CliError> {
    let typed = ctx.input.secret("prompt-recovery-key")?;
    let key = RecoveryKey::parse(typed.expose_secret()).ok_or(OpenError::InvalidRecoveryKey)?;
    let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
    let mut vault = Vault::open(dir, Unlock::RecoveryKey(&key), &options)?;
    ctx.after_open(&vault);
    let new = ctx.input.new_passphrase("prompt-new-passphrase")?;
    let now = Utc::now();
    vault.add_passphrase(&new, now)?;
    ctx.say("recovered", &[]);
    if new_recovery_key {
        let replacement = vault.replace_recovery_key(now)?;
        ctx.print_recovery_key(&replacement);
    }
    Ok(())
}

/// How a key slot is named in a listing: a new kind of slot must be named here to compile.
fn slot_kind_id(kind: tejido_vault::SlotKind) -> &'static str {
    match kind {
        tejido_vault::SlotKind::Passphrase => "slot-passphrase",
        tejido_vault::SlotKind::Recovery => "slot-recovery",
        tejido_vault::SlotKind::Shares => "slot-shares",
    }
}

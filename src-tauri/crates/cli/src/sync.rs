//! `tejido sync …`: the same sync as the app's "Laptops and sync" screen, for scripts and for
//! laptops without a screen at hand.

use std::path::Path;

use chrono::Utc;
use tejido_core::Session;
use tejido_core::sync::{ImportReport, Kept};
use tejido_vault::fs::LockMode;

use crate::args::SyncCommand;
use crate::context::Context;
use crate::error::CliError;

pub(crate) fn run(ctx: &mut Context, command: SyncCommand) -> Result<(), CliError> {
    let now = Utc::now();
    match command {
        SyncCommand::Start { dir, name } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            session.start_sync(&name, now).map_err(app)?;
            ctx.say("cli-sync-started", &[("name", name)]);
        }
        SyncCommand::Invite { dir, name, out } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let invitation = session.invite(&name, now).map_err(app)?;
            std::fs::write(&out, &invitation.bytes)
                .map_err(|e| CliError::App(tejido_core::AppError::File { path: out.clone(), kind: tejido_vault::IoKind::of(&e) }))?;
            ctx.say(
                "cli-sync-invited",
                &[("path", out.display().to_string()), ("code", invitation.code), ("fingerprint", invitation.fingerprint)],
            );
        }
        SyncCommand::Join { dir, invitation } => {
            let bytes = std::fs::read(&invitation)
                .map_err(|e| CliError::App(tejido_core::AppError::File { path: invitation.clone(), kind: tejido_vault::IoKind::of(&e) }))?;
            let code = ctx.input.secret("prompt-invitation-code")?;
            let passphrase = ctx.input.new_passphrase("prompt-new-passphrase")?;
            use tejido_vault::ExposeSecret;
            let (session, recovery, own_code) =
                Session::join(&dir, &passphrase, &bytes, code.expose_secret(), &ctx.options, now).map_err(app)?;
            let mut session = crate::context::Closing(session);
            ctx.watch(&mut session);
            ctx.say("cli-sync-joined", &[("path", dir.display().to_string()), ("code", own_code)]);
            ctx.print_recovery_key(&recovery);
        }
        SyncCommand::Stick { dir, stick } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            refuse_while_rolled_back(&session)?;
            let report = session.copy_with_stick(&stick, now).map_err(app)?;
            ctx.say(
                "sync-report-copied",
                &[("out", report.copied.to_stick.to_string()), ("in", report.copied.from_stick.to_string())],
            );
            say_import(ctx, &report.imported);
        }
        SyncCommand::Import { dir } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            refuse_while_rolled_back(&session)?;
            session.publish(now).map_err(app)?;
            let report = session.import(now).map_err(app)?;
            say_import(ctx, &report);
        }
        SyncCommand::Status { dir, json } => status(ctx, &dir, json)?,
        SyncCommand::Confirm { dir, code } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            refuse_while_rolled_back(&session)?;
            let id = session.confirm_laptop(&code, now).map_err(app)?;
            let name = session.laptops().map_err(app)?.into_iter().find(|l| l.id == id).map(|l| l.name).unwrap_or_default();
            ctx.say("cli-sync-confirmed", &[("laptop", name)]);
        }
        SyncCommand::Remove { dir, laptop } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let found = session.laptops().map_err(app)?.into_iter().find(|l| l.name == laptop);
            let found = found.ok_or(CliError::App(tejido_core::EditError::RecordNotFound.into()))?;
            session.remove_laptop(found.id, now).map_err(app)?;
            ctx.say("sync-removed", &[("laptop", laptop)]);
            if session.package_keys_replaced().map_err(app)?.is_some() {
                ctx.say("sync-remove-keys", &[]);
            }
        }
        SyncCommand::KeysGiven { dir } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            session.new_contact_file_given(now).map_err(app)?;
            ctx.say("sync-keys-given", &[]);
        }
        SyncCommand::Settle { dir, conflict, keep } => {
            let keep = match keep.as_str() {
                "mine" => Kept::Mine,
                "theirs" => Kept::Theirs,
                _ => return Err(CliError::BadChoice { value: keep }),
            };
            let id = conflict.parse().map_err(|_| app(tejido_core::sync::SyncError::ConflictNotFound))?;
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            session.settle_conflict(id, keep, now).map_err(app)?;
            ctx.say("sync-settled", &[]);
        }
    }
    Ok(())
}

fn app(e: tejido_core::sync::SyncError) -> CliError {
    CliError::App(e.into())
}

fn say_import(ctx: &Context, report: &ImportReport) {
    let n = |v: u32| v.to_string();
    let lines: [(&str, u32, Vec<(&str, String)>); 6] = [
        ("sync-report-applied", report.files, vec![("files", n(report.files)), ("fields", n(report.fields))]),
        ("sync-report-conflicts", report.conflicts, vec![("count", n(report.conflicts))]),
        ("sync-report-waiting", report.waiting, vec![("count", n(report.waiting))]),
        ("sync-report-unknown", report.unknown, vec![("count", n(report.unknown))]),
        ("sync-report-held", report.held, vec![("count", n(report.held))]),
        ("sync-report-refused", report.refused, vec![("count", n(report.refused))]),
    ];
    let mut said = false;
    for (id, count, args) in lines {
        if count > 0 {
            ctx.say(id, &args);
            said = true;
        }
    }
    if !said {
        ctx.say("sync-report-nothing", &[]);
    }
}

fn status(ctx: &mut Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let screen = session.sync_screen().map_err(app)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&screen).expect("the sync screen serialises"));
        return Ok(());
    }
    if !screen.started {
        ctx.say("err-sync-not-started", &[]);
        return Ok(());
    }
    if let Some(code) = &screen.own_code {
        ctx.say("sync-own-code-title", &[]);
        println!("  {code}");
    }
    if let Some(at) = screen.contact_file_replaced {
        ctx.say("sync-keys-replaced", &[("at", tejido_core::dates::local_moment_in_words(at, ctx.locale))]);
        if !screen.contacts_to_tell.is_empty() {
            ctx.say("sync-keys-replaced-to", &[("names", screen.contacts_to_tell.join(", "))]);
        }
    }
    for laptop in &screen.laptops {
        let state = if laptop.removed_on.is_some() { "✗" } else if laptop.me { "*" } else if laptop.pending { "…" } else { " " };
        println!("{state} {:<24} {}  {}", laptop.name, laptop.fingerprint, laptop.files);
        if laptop.removed_on.is_none() && laptop.expired {
            ctx.say("sync-expired", &[]);
        } else if laptop.awaiting > 0 {
            ctx.say("sync-awaiting-cli", &[]);
        } else if laptop.removed_on.is_none() && laptop.pending {
            ctx.say("sync-pending", &[]);
        }
        if let Some(by) = &laptop.invited_by_removed {
            ctx.say("sync-invited-by-removed", &[("laptop", by.clone())]);
        }
    }
    if !screen.contacts_to_check.is_empty() {
        ctx.say("sync-check-contacts-intro", &[]);
        for contact in &screen.contacts_to_check {
            println!("  ! {} ({})", contact.name, contact.by);
        }
    }
    ctx.say("sync-conflicts-title", &[("count", screen.conflicts.len().to_string())]);
    for conflict in &screen.conflicts {
        println!("  {}  {} / {}: {:?} ≠ {:?} ({})", conflict.id, conflict.label, conflict.field, conflict.mine, conflict.theirs, conflict.theirs_by);
    }
    for file in &screen.refused {
        println!("  ✗ {} ({})", file.path, file.reason);
    }
    Ok(())
}

/// A vault opened rolled back may still trust a laptop removed since: nothing from other
/// laptops is applied until `tejido accept-rollback`, as in the app.
fn refuse_while_rolled_back(session: &Session) -> Result<(), CliError> {
    match session.rollback() {
        Some(_) => Err(CliError::App(tejido_core::AppError::RollbackPending)),
        None => Ok(()),
    }
}

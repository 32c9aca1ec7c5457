//! `tejido split-recovery` and `tejido recover-shares`: the vault's recovery held by several
//! members (any m of n shares), as in the app's Settings and unlock screen.

use std::path::Path;

use chrono::Utc;
use tejido_vault::fs::LockMode;
use tejido_vault::shares;
use tejido_vault::{ExposeSecret, SecretString, Unlock, Vault, VaultOptions};

use crate::context::Context;
use crate::error::CliError;

/// Splits the recovery into `total` shares, `threshold` of which open the vault, and prints
/// them once, in groups of four as the app's cards show them.
pub(crate) fn split(ctx: &mut Context, dir: &Path, threshold: u8, total: u8) -> Result<(), CliError> {
    let current = ctx.input.secret("prompt-passphrase")?;
    let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
    let mut vault = Vault::open(dir, Unlock::Passphrase(&current), &options)?;
    ctx.after_open(&vault);
    let made = vault.split_recovery(threshold, total, Utc::now()).map_err(tejido_core::AppError::from)?;
    let id = shares::short_vault_id(&vault.header().vault_id);
    ctx.say("shares-heading", &[("threshold", threshold.to_string()), ("total", total.to_string()), ("id", id)]);
    for share in &made {
        let text = share.expose();
        let rest: Vec<String> = text[4..].chars().collect::<Vec<_>>().chunks(4).map(|c| c.iter().collect()).collect();
        println!();
        println!("    {}/{}: tjs1 {}", share.number, share.total, rest.join(" "));
    }
    println!();
    ctx.say("shares-warning", &[("threshold", threshold.to_string())]);
    Ok(())
}

/// Opens the vault with shares (one a line; as many as the first one says are needed) and
/// adds a new passphrase.
pub(crate) fn recover(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let first = ctx.input.secret("prompt-share")?;
    let needed = shares::threshold_of(first.expose_secret()).unwrap_or(shares::MIN_THRESHOLD) as usize;
    let mut typed: Vec<SecretString> = vec![first];
    while typed.len() < needed {
        typed.push(ctx.input.secret("prompt-share")?);
    }
    let refs: Vec<&str> = typed.iter().map(|s| s.expose_secret()).collect();
    let key = shares::combine_for(dir, &refs).map_err(tejido_core::AppError::from)?;
    let options = VaultOptions { lock: LockMode::Exclusive, ..ctx.options.clone() };
    let mut vault = Vault::open(dir, Unlock::RecoveryKey(&key), &options)?;
    ctx.after_open(&vault);
    let new = ctx.input.new_passphrase("prompt-new-passphrase")?;
    vault.add_passphrase(&new, Utc::now())?;
    ctx.say("recovered-shares", &[]);
    Ok(())
}

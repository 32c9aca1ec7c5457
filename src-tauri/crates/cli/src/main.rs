//! `tejido`: create, open, check and recover Tejido vaults without the desktop app.
//!
//! Exit codes: 0 success; 1 a problem the person can act on (wrong passphrase, vault in
//! use, disk full…), explained in one line on stderr; 2 a bug in Tejido.

mod alert;
mod analyse;
mod args;
mod bench;
mod commands;
mod context;
mod diagnostics;
mod error;
mod escalation;
mod oversight;
mod input;
mod shares;
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, FromArgMatches};
use tejido_i18n::{Locale, render_with_hint};

fn main() -> ExitCode {
    // Before any secret is read: no core file, no ptrace of the plaintext this process holds.
    tejido_vault::harden_process();
    diagnostics::install();
    // As `Cli::parse()`, keeping the matches to name the command in diagnostics.
    let matches = args::Cli::command().get_matches();
    let cli = args::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut args::Cli::command()).exit());
    let (name, dir) = command_name_and_dir(&matches);
    let locale = Locale::from_env();
    let _span = tracing::info_span!("command", name = name.as_str()).entered();
    let before = dir.as_deref().and_then(diagnostics::generations_on_disk);
    tracing::debug!(generations = before.map(|(count, _)| count), newest = before.map(|(_, newest)| newest), "vault on disk before");
    let started = Instant::now();
    let result = std::panic::catch_unwind(|| commands::run(cli.command, locale));
    let after = dir.as_deref().and_then(diagnostics::generations_on_disk);
    tracing::debug!(generations = after.map(|(count, _)| count), newest = after.map(|(_, newest)| newest), "vault on disk after");
    let elapsed_ms = started.elapsed().as_millis() as u64;
    match result {
        Ok(Ok(())) => {
            tracing::info!(elapsed_ms, outcome = "ok", "command finished");
            ExitCode::SUCCESS
        }
        Ok(Err(error)) => {
            // The outcome only: an error's text carries paths and names (see `diagnostics`).
            tracing::info!(elapsed_ms, outcome = "user-error", "command finished");
            eprintln!("tejido: {}", render_with_hint(locale, &error));
            ExitCode::from(1)
        }
        // The panic hook has already printed the panic; tell the person it is not their fault.
        Err(_) => {
            tracing::error!(elapsed_ms, outcome = "bug", "command finished");
            eprintln!("tejido: {}", tejido_i18n::message(locale, "err-cli-bug", &[]));
            ExitCode::from(2)
        }
    }
}

/// The command's words (`person add`) and its vault folder, if it takes one, from clap's
/// matches. Only the words go into diagnostics; the folder is read for generation numbers.
fn command_name_and_dir(matches: &clap::ArgMatches) -> (String, Option<PathBuf>) {
    let mut words = Vec::new();
    let mut current = matches;
    while let Some((word, sub)) = current.subcommand() {
        words.push(word);
        current = sub;
    }
    let dir = current.try_get_one::<PathBuf>("dir").ok().flatten().cloned();
    (words.join(" "), dir)
}

//! `tejido`: create, open, check and recover Tejido vaults without the desktop app.
//!
//! Exit codes: 0 success; 1 a problem the person can act on (wrong passphrase, vault in
//! use, disk full…), explained in one line on stderr; 2 a bug in Tejido.

mod analyse;
mod args;
mod bench;
mod commands;
mod context;
mod error;
mod escalation;
mod oversight;
mod input;
mod shares;
mod sync;

use std::process::ExitCode;

use clap::Parser;
use tejido_i18n::{Locale, render_with_hint};

fn main() -> ExitCode {
    // Before any secret is read: no core file, no ptrace of the plaintext this process holds.
    tejido_vault::harden_process();
    let cli = args::Cli::parse();
    let locale = Locale::from_env();
    match std::panic::catch_unwind(|| commands::run(cli.command, locale)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => {
            eprintln!("tejido: {}", render_with_hint(locale, &error));
            ExitCode::from(1)
        }
        // The panic hook has already printed the panic; tell the person it is not their fault.
        Err(_) => {
            eprintln!("tejido: {}", tejido_i18n::message(locale, "err-cli-bug", &[]));
            ExitCode::from(2)
        }
    }
}

//! What every command works with besides its arguments: the person's language, where secrets
//! are read from, this installation's memory, and the vault options; and the warnings every
//! command that opens a vault gives the same way.

use std::path::Path;

use tejido_core::{Installation, Session};
use tejido_i18n::{Locale, message, render};
use tejido_vault::fs::LockMode;
use tejido_vault::{KdfPolicy, RecoveryKey, Unlock, Vault, VaultOptions};

use crate::error::CliError;
use crate::input::SecretInput;

/// Everything a command needs besides its arguments.
pub(crate) struct Context {
    pub(crate) locale: Locale,
    pub(crate) input: SecretInput,
    pub(crate) installation: Installation,
    pub(crate) options: VaultOptions,
}

impl Context {
    pub(crate) fn new(locale: Locale) -> Self {
        Context {
            locale,
            input: SecretInput::from_stdin(locale),
            installation: Installation::load(&tejido_core::default_config_dir()),
            options: VaultOptions { kdf: kdf_policy(), ..VaultOptions::default() },
        }
    }

    /// Prints a message to stdout.
    pub(crate) fn say(&self, id: &str, args: &[(&str, String)]) {
        println!("{}", message(self.locale, id, args));
    }

    /// Prints a warning to stderr.
    pub(crate) fn warn(&self, id: &str, args: &[(&str, String)]) {
        eprintln!("tejido: {}", message(self.locale, id, args));
    }

    /// Unlocks with a passphrase read from the person, and tells them about fallbacks.
    pub(crate) fn open(&mut self, dir: &Path, lock: LockMode) -> Result<Closing, CliError> {
        let passphrase = self.input.secret("prompt-passphrase")?;
        let options = VaultOptions { lock, ..self.options.clone() };
        let mut session = Session::open(dir, Unlock::Passphrase(&passphrase), &options, self.installation.device)?;
        let rollback = self.watch(&mut session);
        self.tell(session.open_report(), rollback);
        Ok(Closing(session))
    }

    /// After opening a bare vault (key slots, checks): the same warnings as a session's.
    /// Nothing is saved through it, so only the open is checked and remembered.
    pub(crate) fn after_open(&mut self, vault: &Vault) -> Option<tejido_core::Rollback> {
        // A duress passphrase opened a decoy: this laptop's Syncthing key goes with the real
        // passphrases (Session::open does the same for every other command).
        if vault.is_decoy() {
            let _ = tejido_core::sync::shred_syncthing_keys(vault.dir());
        }
        let id = vault.header().vault_id;
        let legacy = self.installation.seen.get(&id).copied();
        let rollback = self.installation.generations().opened(
            id,
            vault.generation(),
            vault.newest_on_disk(),
            vault.newest_implied_by_pruning(),
            legacy,
        );
        self.remember();
        self.tell(vault.open_report(), rollback);
        rollback
    }

    fn tell(&self, report: &tejido_vault::OpenReport, rollback: Option<tejido_core::Rollback>) {
        // Numbers only (see `diagnostics`): which generation opened, how many were passed over.
        tracing::debug!(
            generation = report.generation,
            skipped = report.skipped.len(),
            rolled_back = rollback.is_some(),
            "vault opened"
        );
        for (generation, problem) in &report.skipped {
            self.warn(
                "warn-generation-skipped",
                &[("generation", generation.to_string()), ("problem", render(self.locale, problem))],
            );
        }
        if !report.skipped.is_empty() {
            self.warn("warn-opened-older-generation", &[("generation", report.generation.to_string())]);
        }
        // Told on every command until acknowledged (`tejido acknowledge-rollback`), like the
        // app's home screen; the command itself still runs and exits 0, so a script is not
        // broken by it, but a person at a terminal cannot miss it.
        if let Some(rollback) = rollback {
            self.warn(
                "warn-rollback",
                &[("opened", rollback.opened.to_string()), ("seen", rollback.seen.to_string())],
            );
            self.warn("warn-rollback-acknowledge", &[]);
        }
    }

    /// Records every later save of `session` in this installation's memory, and says whether
    /// the vault was rolled back.
    pub(crate) fn watch(&mut self, session: &mut Session) -> Option<tejido_core::Rollback> {
        let legacy = self.installation.seen.get(&session.vault().header().vault_id).copied();
        let rollback = session.watch_generations(self.installation.generations(), legacy);
        // Keeps the device id stable between runs.
        self.remember();
        rollback
    }

    pub(crate) fn remember(&self) {
        // Losing this memory only changes the device id; never fail a command for it.
        let _ = self.installation.store();
    }

    pub(crate) fn print_recovery_key(&self, key: &RecoveryKey) {
        self.say("recovery-key-heading", &[]);
        println!();
        println!("    {}", key.expose());
        println!();
        self.say("recovery-key-warning", &[]);
    }
}

/// A session a command works on, closed as the app's lock closes one when the command is
/// done with it: its edits were saved as small deltas, and [`Session::compact`] leaves the
/// vault on one full image, so the next open loads one file. Best effort, as at lock: every
/// delta is already durable, and the next open replays what a failed compaction left. A
/// read-only session writes nothing. A command killed midway leaves its deltas, as a crash
/// does.
pub(crate) struct Closing(pub(crate) Session);

impl std::ops::Deref for Closing {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.0
    }
}

impl std::ops::DerefMut for Closing {
    fn deref_mut(&mut self) -> &mut Session {
        &mut self.0
    }
}

impl Drop for Closing {
    fn drop(&mut self) {
        let _ = self.0.compact();
    }
}

/// The scrypt policy. Only a build with the `insecure-test-kdf` feature (the tests') honours
/// `TEJIDO_INSECURE_SCRYPT_WORK_FACTOR`, so tests can unlock thousands of times; any other
/// build, debug or release, ignores it: a planted variable cannot weaken a real vault's slots.
fn kdf_policy() -> KdfPolicy {
    #[cfg(feature = "insecure-test-kdf")]
    if let Some(n) = std::env::var("TEJIDO_INSECURE_SCRYPT_WORK_FACTOR").ok().and_then(|v| v.parse().ok()) {
        return KdfPolicy::insecure_for_tests(n);
    }
    KdfPolicy::standard()
}

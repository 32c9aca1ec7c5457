//! Reading secrets: without echo from a terminal, one per line from a pipe.

use std::io::{BufRead, IsTerminal};

use tejido_core::{PassphraseError, check_new_passphrase};
use tejido_i18n::{Locale, message};
use tejido_vault::SecretString;

use crate::error::CliError;

/// Where secrets come from for this run.
pub struct SecretInput {
    locale: Locale,
    interactive: bool,
    lines: std::io::Lines<std::io::StdinLock<'static>>,
}

impl SecretInput {
    /// Reads from the terminal when stdin is one, else from stdin's lines.
    pub fn from_stdin(locale: Locale) -> Self {
        let stdin = std::io::stdin();
        SecretInput { locale, interactive: stdin.is_terminal(), lines: stdin.lock().lines() }
    }

    /// Asks for one secret with the prompt `prompt_id`.
    pub fn secret(&mut self, prompt_id: &str) -> Result<SecretString, CliError> {
        let prompt = format!("{} ", message(self.locale, prompt_id, &[]));
        let text = if self.interactive {
            rpassword::prompt_password(prompt).map_err(|_| CliError::NoInput)?
        } else {
            match self.lines.next() {
                Some(Ok(line)) => line.trim_end_matches('\r').to_owned(),
                _ => return Err(CliError::NoInput),
            }
        };
        Ok(SecretString::from(text))
    }

    /// Asks for a new passphrase; in a terminal, twice to catch typos.
    pub fn new_passphrase(&mut self, prompt_id: &str) -> Result<SecretString, CliError> {
        self.new_passphrase_allowing(prompt_id, None)
    }

    /// Asks for a new passphrase, accepting `public` as it is: the demo's documented
    /// passphrase, for a vault of invented people that trainers open in front of a room.
    pub fn new_passphrase_allowing(&mut self, prompt_id: &str, public: Option<&str>) -> Result<SecretString, CliError> {
        use tejido_vault::ExposeSecret;
        let first = self.secret(prompt_id)?;
        if public != Some(first.expose_secret()) {
            check_new_passphrase(first.expose_secret())?;
        }
        if self.interactive {
            let again = self.secret("prompt-passphrase-again")?;
            if again.expose_secret() != first.expose_secret() {
                return Err(PassphraseError::Mismatch.into());
            }
        }
        Ok(first)
    }
}

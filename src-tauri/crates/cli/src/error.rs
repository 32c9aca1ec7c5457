//! The command line's errors: the app's (shared with the desktop app), plus what only a
//! command line can get wrong. Every one is a "user error" (exit code 1) with a message in
//! the person's language.

use tejido_core::{AppError, EditError, OpenVaultError, PassphraseError};
use tejido_i18n::{Localized, Text};
use tejido_vault::{KeySlotError, OpenError, SaveError};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    App(#[from] AppError),
    /// Standard input ended before a secret was read.
    #[error("no input")]
    NoInput,
    /// `--sensitivity` was not one of the three levels.
    #[error("bad sensitivity")]
    BadSensitivity { value: String },
    /// `check` found problems (already printed).
    #[error("check failed")]
    CheckFailed { count: usize },
    /// A benchmark could not run.
    #[error("benchmark failed: {detail}")]
    Bench { detail: String },
    /// `--keep` was not `mine` or `theirs`.
    #[error("bad choice")]
    BadChoice { value: String },
    /// An export could not be written.
    #[error("export failed: {detail}")]
    Export { detail: String },
    /// A contact file was not accepted: the fingerprint read aloud was not typed, or differs.
    #[error("fingerprint not compared")]
    FingerprintNotCompared { fingerprint: String, typed: String },
    /// `--person NAME=…` named a use that is not one of the four.
    #[error("bad consent")]
    BadConsent { value: String },
    /// `--request` was not one of the requests.
    #[error("bad request")]
    BadRequest { value: String },
    /// No case or contact goes by that name.
    #[error("no such name")]
    NoSuchName { name: String },
}

/// Every library error reaches the command line the way it reaches the app.
macro_rules! through_app_error {
    ($($error:ty),*) => {$(
        impl From<$error> for CliError {
            fn from(e: $error) -> Self {
                CliError::App(e.into())
            }
        }
    )*};
}

through_app_error!(OpenError, OpenVaultError, EditError, KeySlotError, PassphraseError, SaveError);

impl Localized for CliError {
    fn text(&self) -> Text {
        match self {
            CliError::App(e) => e.text(),
            CliError::NoInput => Text::new("err-cli-no-input").hint("rec-cli-no-input"),
            CliError::BadSensitivity { value } => Text::new("err-cli-bad-sensitivity").arg("value", value),
            CliError::CheckFailed { count } => Text::new("err-cli-check-failed").hint("rec-vault-get-help").arg("count", count),
            CliError::Bench { detail } => Text::new("err-cli-bench").arg("detail", detail),
            CliError::Export { detail } => Text::new("err-cli-export").arg("detail", detail),
            CliError::BadChoice { value } => Text::new("err-cli-bad-choice").arg("value", value),
            CliError::FingerprintNotCompared { fingerprint, typed } => {
                Text::new(if typed.is_empty() { "err-cli-fingerprint-missing" } else { "err-cli-fingerprint-differs" })
                    .hint("rec-package-unknown-sender")
                    .arg("fingerprint", fingerprint)
                    .arg("typed", typed)
            }
            CliError::BadConsent { value } => Text::new("err-cli-bad-consent").arg("value", value),
            CliError::BadRequest { value } => Text::new("err-cli-bad-request").arg("value", value),
            CliError::NoSuchName { name } => Text::new("err-cli-no-such-name").hint("rec-cli-no-such-name").arg("name", name),
        }
    }
}

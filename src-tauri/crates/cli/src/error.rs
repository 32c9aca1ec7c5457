//! The command line's errors: the app's (shared with the desktop app), plus what only a
//! command line can get wrong. Every one is a "user error" (exit code 1) with a message in
//! the person's language.

use tejido_core::{AppError, EditError, OpenVaultError, PassphraseError};
use tejido_i18n::Localized;
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
    fn message_id(&self) -> &'static str {
        match self {
            CliError::App(e) => e.message_id(),
            CliError::NoInput => "err-cli-no-input",
            CliError::BadSensitivity { .. } => "err-cli-bad-sensitivity",
            CliError::CheckFailed { .. } => "err-cli-check-failed",
            CliError::Bench { .. } => "err-cli-bench",
            CliError::Export { .. } => "err-cli-export",
            CliError::BadChoice { .. } => "err-cli-bad-choice",
            CliError::FingerprintNotCompared { typed, .. } if typed.is_empty() => "err-cli-fingerprint-missing",
            CliError::FingerprintNotCompared { .. } => "err-cli-fingerprint-differs",
            CliError::BadConsent { .. } => "err-cli-bad-consent",
            CliError::BadRequest { .. } => "err-cli-bad-request",
            CliError::NoSuchName { .. } => "err-cli-no-such-name",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            CliError::App(e) => e.hint_id(),
            CliError::NoInput => Some("rec-cli-no-input"),
            CliError::CheckFailed { .. } => Some("rec-vault-get-help"),
            CliError::FingerprintNotCompared { .. } => Some("rec-package-unknown-sender"),
            CliError::NoSuchName { .. } => Some("rec-cli-no-such-name"),
            CliError::BadSensitivity { .. }
            | CliError::BadChoice { .. }
            | CliError::Bench { .. }
            | CliError::Export { .. }
            | CliError::BadConsent { .. }
            | CliError::BadRequest { .. } => None,
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            CliError::App(e) => e.message_args(),
            CliError::NoInput => Vec::new(),
            CliError::BadSensitivity { value } | CliError::BadChoice { value } | CliError::BadConsent { value } | CliError::BadRequest { value } => {
                vec![("value", value.clone())]
            }
            CliError::FingerprintNotCompared { fingerprint, typed } => vec![("fingerprint", fingerprint.clone()), ("typed", typed.clone())],
            CliError::NoSuchName { name } => vec![("name", name.clone())],
            CliError::CheckFailed { count } => vec![("count", count.to_string())],
            CliError::Bench { detail } | CliError::Export { detail } => vec![("detail", detail.clone())],
        }
    }
}

//! The command line's errors: the library's, plus what only a command line can get wrong.
//! Every one is a "user error" (exit code 1) with a message in the person's language.

use tejido_core::{EditError, OpenVaultError, PassphraseError};
use tejido_i18n::Localized;
use tejido_vault::{BlobError, KeySlotError, OpenError, SaveError};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Open(#[from] OpenVaultError),
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    Slot(#[from] KeySlotError),
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error(transparent)]
    Blob(#[from] BlobError),
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
}

impl From<OpenError> for CliError {
    fn from(e: OpenError) -> Self {
        CliError::Open(e.into())
    }
}

impl CliError {
    fn inner(&self) -> Option<&dyn Localized> {
        Some(match self {
            CliError::Open(e) => e,
            CliError::Edit(e) => e,
            CliError::Slot(e) => e,
            CliError::Passphrase(e) => e,
            CliError::Save(e) => e,
            CliError::Blob(e) => e,
            _ => return None,
        })
    }
}

impl Localized for CliError {
    fn message_id(&self) -> &'static str {
        match self {
            CliError::NoInput => "err-cli-no-input",
            CliError::BadSensitivity { .. } => "err-cli-bad-sensitivity",
            CliError::CheckFailed { .. } => "err-cli-check-failed",
            CliError::Bench { .. } => "err-cli-bench",
            other => other.inner().map(|e| e.message_id()).unwrap_or("err-cli-no-input"),
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            CliError::NoInput => Some("rec-cli-no-input"),
            CliError::CheckFailed { .. } => Some("rec-vault-get-help"),
            other => other.inner().and_then(|e| e.hint_id()),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            CliError::BadSensitivity { value } => vec![("value", value.clone())],
            CliError::CheckFailed { count } => vec![("count", count.to_string())],
            CliError::Bench { detail } => vec![("detail", detail.clone())],
            other => other.inner().map(|e| e.message_args()).unwrap_or_default(),
        }
    }
}

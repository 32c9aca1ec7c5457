//! Rules for new passphrases. Strength feedback for people lives in the UI; this is the
//! floor every entry point (app, CLI) enforces.

use tejido_i18n::{Locale, Localized};

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A new passphrase was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PassphraseError {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TooShort,
    /// The two entries differ.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Mismatch,
}

impl Localized for PassphraseError {
    fn message_id(&self) -> &'static str {
        match self {
            PassphraseError::TooShort => "err-passphrase-too-short",
            PassphraseError::Mismatch => "err-passphrase-mismatch",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        vec![("min", MIN_PASSPHRASE_CHARS.to_string())]
    }
}

/// Checks a new passphrase against the floor.
pub fn check_new_passphrase(passphrase: &str) -> Result<(), PassphraseError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    Ok(())
}

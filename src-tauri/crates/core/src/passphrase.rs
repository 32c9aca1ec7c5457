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

/// How hard a new passphrase is to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Strength {
    /// zxcvbn's score: 0 (guessed at once) to 4 (very hard).
    pub score: u8,
    /// Shorter than the minimum, so it will be refused whatever the score.
    pub too_short: bool,
    /// The minimum length.
    pub min_chars: u32,
}

/// Estimates a passphrase's strength with zxcvbn (dictionaries of common passwords, names
/// and patterns, mostly English: a Spanish word list is a known gap).
pub fn estimate_strength(passphrase: &str) -> Strength {
    let score = if passphrase.is_empty() { 0 } else { u8::from(zxcvbn::zxcvbn(passphrase, &[]).score()) };
    Strength {
        score,
        too_short: passphrase.chars().count() < MIN_PASSPHRASE_CHARS,
        min_chars: MIN_PASSPHRASE_CHARS as u32,
    }
}

/// Checks a new passphrase against the floor.
pub fn check_new_passphrase(passphrase: &str) -> Result<(), PassphraseError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_unusual_passphrases_score_higher_than_common_ones() {
        let weak = estimate_strength("password");
        let strong = estimate_strength("maize river lantern 1987 owl");
        assert!(weak.score <= 1, "a famous password is weak: {weak:?}");
        assert!(strong.score >= 3, "several unrelated words are strong: {strong:?}");
        assert!(estimate_strength("abc").too_short, "under eight characters is flagged");
    }
}

//! Rules for new passphrases. Strength feedback for people lives in the UI; this is the
//! floor every entry point (app, CLI) enforces.

use tejido_i18n::{Locale, Localized, Text};

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The lowest zxcvbn score a new passphrase may have.
///
/// 3 means zxcvbn estimates fewer than about 10^10 guesses would not find it. Each guess
/// against a stolen slot file costs scrypt at 2^18 (about a second on a laptop, and 256 MiB),
/// so 10^10 is centuries of one computer and years of a rented thousand. 4 would refuse most
/// three-word passphrases people can remember, and a passphrase written on a note is worse.
pub const MIN_PASSPHRASE_SCORE: u8 = 3;

/// Words an attacker would try first against a Tejido vault: zxcvbn counts them as known.
const OBVIOUS_WORDS: &[&str] = &["tejido", "vault", "boveda", "bóveda", "coffre", "passphrase", "contraseña"];

/// A new passphrase was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PassphraseError {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TooShort,
    /// Long enough but among the first guesses (zxcvbn below [`MIN_PASSPHRASE_SCORE`]).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TooWeak,
    /// The two entries differ.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Mismatch,
}

impl Localized for PassphraseError {
    fn text(&self) -> Text {
        match self {
            PassphraseError::TooShort => Text::new("err-passphrase-too-short"),
            PassphraseError::TooWeak => Text::new("err-passphrase-too-weak").hint("rec-passphrase-too-weak"),
            PassphraseError::Mismatch => Text::new("err-passphrase-mismatch"),
        }
        .arg("min", MIN_PASSPHRASE_CHARS)
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
    /// Scored below the floor, so it will be refused.
    pub too_weak: bool,
    /// The lowest score accepted.
    pub min_score: u8,
    /// The minimum length.
    pub min_chars: u32,
}

/// Estimates a passphrase's strength with zxcvbn (dictionaries of common passwords, names
/// and patterns, mostly English: a Spanish word list is a known gap).
pub fn estimate_strength(passphrase: &str) -> Strength {
    let score = if passphrase.is_empty() { 0 } else { u8::from(zxcvbn::zxcvbn(passphrase, OBVIOUS_WORDS).score()) };
    Strength {
        score,
        too_short: passphrase.chars().count() < MIN_PASSPHRASE_CHARS,
        too_weak: score < MIN_PASSPHRASE_SCORE,
        min_score: MIN_PASSPHRASE_SCORE,
        min_chars: MIN_PASSPHRASE_CHARS as u32,
    }
}

/// Checks a new passphrase against the floor: every place a passphrase is set (create, add,
/// change, recover, join; app and CLI) calls this. Opening is never checked, so vaults made
/// before the floor (and the demo's public passphrase) still open.
pub fn check_new_passphrase(passphrase: &str) -> Result<(), PassphraseError> {
    let strength = estimate_strength(passphrase);
    if strength.too_short {
        return Err(PassphraseError::TooShort);
    }
    if strength.too_weak {
        return Err(PassphraseError::TooWeak);
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

    #[test]
    fn eight_characters_of_a_famous_password_are_refused() {
        for weak in ["password", "12345678", "qwertyuiop", "Rosa1990", "tejido2024"] {
            assert_eq!(check_new_passphrase(weak), Err(PassphraseError::TooWeak), "{weak:?} is among the first guesses");
            assert!(estimate_strength(weak).too_weak, "{weak:?} is flagged before it is submitted");
        }
        for strong in ["maize river lantern 1987 owl", "correct horse battery"] {
            assert_eq!(check_new_passphrase(strong), Ok(()), "{strong:?} is accepted");
        }
    }
}

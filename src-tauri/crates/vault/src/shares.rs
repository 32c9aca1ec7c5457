//! m-of-n custody of a vault's recovery: the secret of a recovery slot split with Shamir's
//! scheme ([`blahaj`]) into shares that name their vault and their split.
//!
//! Each split has its own key slot (`keys/shares-<id>.age`, kind `shares`), sealed like the
//! paper key's to a fresh X25519 identity; the 32 bytes of that identity are what is split.
//! So the paper key and the shares are independent, and a new split (a new slot, the old one
//! removed) makes every older share useless.
//!
//! A share is Bech32m text (`tjs1…`): a version, a tag of the vault, a tag of the split, the
//! threshold m, the number of shares n, the share's x and its 32 bytes. The checksum catches
//! typing mistakes; the tags tell a share of another vault from one of an older split. The
//! tags are hashes, so a share does not carry the vault's id itself. Fewer than m shares say
//! nothing about the secret (Shamir), which is why only m and the tags are checked before
//! combining.

use std::collections::BTreeSet;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use bech32::{Bech32, Bech32m, Hrp};
use sha2::{Digest, Sha256};
use tejido_i18n::{Locale, Localized, Text};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::SaveError;
use crate::header::{SlotKind, VaultHeader};
use crate::keys::RecoveryKey;

/// The fewest shares a split may ask for: one share alone would be a second paper key.
pub const MIN_THRESHOLD: u8 = 2;
/// The most shares a split may make: cards for more people than a group can gather.
pub const MAX_SHARES: u8 = 10;

const HRP: &str = "tjs";
const VERSION: u8 = 1;
const TAG_LEN: usize = 4;
const SECRET_LEN: usize = 32;
/// version, vault tag, split tag, m, n, x, y.
const PAYLOAD_LEN: usize = 1 + TAG_LEN + TAG_LEN + 3 + SECRET_LEN;

/// One share of a split, to print on a card or seal to its holder's passphrase.
pub struct RecoveryShare {
    /// Which share this is, 1..=total.
    pub number: u8,
    /// How many shares together open the vault (m).
    pub threshold: u8,
    /// How many shares the split made (n).
    pub total: u8,
    text: SecretString,
}

impl RecoveryShare {
    /// The share as Bech32m text (`tjs1…`). Whoever gathers `threshold` of them holds the
    /// vault: show it on its card, never store it.
    pub fn expose(&self) -> &str {
        self.text.expose_secret()
    }
}

/// Why shares could not be made or did not open the vault. `entry` counts the shares as the
/// person entered them, from 1.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShareError {
    /// The threshold or number of shares is outside what Tejido allows.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Bounds,
    /// A share has a typing mistake (its checksum does not match), or is not a share.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Typo {
        /// Which entry.
        entry: usize,
    },
    /// The same share was entered twice.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Duplicate {
        /// The share's number (k of n).
        number: u8,
    },
    /// A share belongs to another vault.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    OtherVault {
        /// Which entry.
        entry: usize,
    },
    /// A share belongs to an older split of this vault, made useless by a newer one.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    OldSplit {
        /// Which entry.
        entry: usize,
    },
    /// This vault has no shares (never split, or split before a re-key).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoSplit,
    /// Fewer shares than the threshold.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TooFew {
        /// Different shares given.
        given: usize,
        /// Shares needed.
        needed: u8,
    },
    /// A share file does not open with the passphrase typed for it (or is not a share file).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongFilePassphrase {
        /// Which entry.
        entry: usize,
    },
    /// Writing the new slot or the header failed.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The vault's header could not be read.
    #[error(transparent)]
    Open(#[from] crate::error::OpenError),
}

impl Localized for ShareError {
    fn text(&self) -> Text {
        match self {
            ShareError::Bounds => Text::new("err-share-bounds").arg("min", MIN_THRESHOLD).arg("max", MAX_SHARES),
            ShareError::Typo { entry } => Text::new("err-share-typo").hint("rec-share-typo").arg("entry", entry),
            ShareError::Duplicate { number } => Text::new("err-share-duplicate").hint("rec-share-more").arg("number", number),
            ShareError::OtherVault { entry } => Text::new("err-share-other-vault").hint("rec-share-other").arg("entry", entry),
            ShareError::OldSplit { entry } => Text::new("err-share-old-split").hint("rec-share-other").arg("entry", entry),
            ShareError::NoSplit => Text::new("err-share-no-split").hint("rec-share-other"),
            ShareError::TooFew { given, needed } => {
                Text::new("err-share-too-few").hint("rec-share-more").arg("given", given).arg("needed", needed)
            }
            ShareError::WrongFilePassphrase { entry } => {
                Text::new("err-share-file-passphrase").hint("rec-share-file-passphrase").arg("entry", entry)
            }
            ShareError::Save(e) => e.text(),
            ShareError::Open(e) => e.text(),
        }
    }
}

/// The file of a split's slot.
pub(crate) fn shares_slot_file(id: Uuid) -> String {
    format!("keys/shares-{id}.age")
}

fn tag(domain: &[u8], id: &Uuid) -> [u8; TAG_LEN] {
    let digest = Sha256::new().chain_update(domain).chain_update(id.as_bytes()).finalize();
    let mut tag = [0u8; TAG_LEN];
    tag.copy_from_slice(&digest[..TAG_LEN]);
    tag
}

fn vault_tag(vault_id: &Uuid) -> [u8; TAG_LEN] {
    tag(b"tejido/vault-tag/v1", vault_id)
}

fn split_tag(slot_id: &Uuid) -> [u8; TAG_LEN] {
    tag(b"tejido/split-tag/v1", slot_id)
}

/// The short vault id printed on every card (`7f3a-91c2`): the vault tag every share holds,
/// so a person can match a card to its vault without the card naming the community.
pub fn short_vault_id(vault_id: &Uuid) -> String {
    let hex = hex::encode(vault_tag(vault_id));
    format!("{}-{}", &hex[..4], &hex[4..])
}

/// Splits a fresh X25519 identity into `total` shares, any `threshold` of which rebuild it.
/// Returns the identity (to seal the slot to) and the shares.
pub(crate) fn split(
    vault_id: &Uuid,
    slot_id: &Uuid,
    threshold: u8,
    total: u8,
) -> Result<(x25519::Identity, Vec<RecoveryShare>), ShareError> {
    if threshold < MIN_THRESHOLD || total < threshold || total > MAX_SHARES {
        return Err(ShareError::Bounds);
    }
    let identity = x25519::Identity::generate();
    let secret = identity_bytes(&identity);
    let vault = vault_tag(vault_id);
    let split = split_tag(slot_id);
    let hrp = Hrp::parse(HRP).expect("a valid human-readable part");
    let shares = blahaj::Sharks(threshold)
        .dealer(secret.as_slice())
        .take(total as usize)
        .map(|share| {
            let mut payload = Zeroizing::new(Vec::with_capacity(PAYLOAD_LEN));
            payload.push(VERSION);
            payload.extend_from_slice(&vault);
            payload.extend_from_slice(&split);
            payload.extend_from_slice(&[threshold, total]);
            payload.extend(Zeroizing::new(Vec::from(&share)).iter());
            let text = bech32::encode::<Bech32m>(hrp, &payload).expect("81 characters is within Bech32m's limit");
            RecoveryShare { number: share.x.0, threshold, total, text: SecretString::from(text) }
        })
        .collect();
    Ok((identity, shares))
}

/// The 32 secret bytes of an age X25519 identity, from its Bech32 text.
fn identity_bytes(identity: &x25519::Identity) -> Zeroizing<Vec<u8>> {
    let text = Zeroizing::new(identity.to_string().expose_secret().to_lowercase());
    let (_, bytes) = bech32::decode(&text).expect("age writes valid Bech32");
    Zeroizing::new(bytes)
}

/// How many shares the split of `typed` needs, if it reads as a share: the command line asks
/// for that many after the first.
pub fn threshold_of(typed: &str) -> Option<u8> {
    parse(typed).map(|p| p.threshold)
}

/// A share sealed to its holder's own passphrase (age scrypt, at the vault's work factor),
/// for a member who keeps a file rather than a card.
pub fn seal_to_passphrase(share: &RecoveryShare, passphrase: &SecretString, kdf: crate::KdfPolicy) -> Vec<u8> {
    kdf.seal_to_passphrase(share.expose().as_bytes(), passphrase)
}

/// The share in a file sealed by [`seal_to_passphrase`]; `entry` names it in the error.
pub fn open_sealed(bytes: &[u8], passphrase: &SecretString, kdf: crate::KdfPolicy, entry: usize) -> Result<SecretString, ShareError> {
    let wrong = || ShareError::WrongFilePassphrase { entry };
    let plain = kdf.open_with_passphrase(bytes, passphrase).map_err(|_| wrong())?;
    let text = std::str::from_utf8(&plain).map_err(|_| wrong())?;
    Ok(SecretString::from(text.trim().to_owned()))
}

/// Reads the header of the vault in `dir` and combines `typed` against it ([`combine`]).
pub fn combine_for(dir: &std::path::Path, typed: &[&str]) -> Result<RecoveryKey, ShareError> {
    let header = crate::vault::read_header(&crate::fs::RealFs, dir)?;
    combine(&header, typed)
}

/// A share as read back: what the payload says.
struct Parsed {
    vault: [u8; TAG_LEN],
    split: [u8; TAG_LEN],
    threshold: u8,
    share: blahaj::Share,
}

fn parse(typed: &str) -> Option<Parsed> {
    // Spaces, line breaks, dashes and case are forgiven: a person copies a card group by group.
    let compact: Zeroizing<String> =
        Zeroizing::new(typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_lowercase());
    let checked = bech32::primitives::decode::CheckedHrpstring::new::<Bech32m>(&compact).ok()?;
    if checked.hrp().as_str() != HRP {
        return None;
    }
    let payload: Zeroizing<Vec<u8>> = Zeroizing::new(checked.byte_iter().collect());
    if payload.len() != PAYLOAD_LEN || payload[0] != VERSION {
        return None;
    }
    let mut vault = [0u8; TAG_LEN];
    vault.copy_from_slice(&payload[1..1 + TAG_LEN]);
    let mut split = [0u8; TAG_LEN];
    split.copy_from_slice(&payload[1 + TAG_LEN..1 + 2 * TAG_LEN]);
    let at = 1 + 2 * TAG_LEN;
    let (threshold, total, x) = (payload[at], payload[at + 1], payload[at + 2]);
    if threshold < MIN_THRESHOLD || total < threshold || total > MAX_SHARES || x == 0 || x > total {
        return None;
    }
    let share = blahaj::Share::try_from(&payload[at + 2..]).ok()?;
    Some(Parsed { vault, split, threshold, share })
}

/// Checks typed shares against the vault's header and rebuilds the split's key, which opens
/// the vault's `shares` slot like a paper key opens the recovery slot. Each share is checked
/// on its own first (typo, other vault, older split), then together (duplicates, how many).
pub fn combine(header: &VaultHeader, typed: &[&str]) -> Result<RecoveryKey, ShareError> {
    let slot = header.slots.iter().find(|s| s.kind == SlotKind::Shares).ok_or(ShareError::NoSplit)?;
    let (vault, split) = (vault_tag(&header.vault_id), split_tag(&slot.id));
    let mut seen = BTreeSet::new();
    let mut shares = Vec::with_capacity(typed.len());
    let mut threshold = MIN_THRESHOLD;
    for (i, text) in typed.iter().enumerate() {
        let entry = i + 1;
        let parsed = parse(text).ok_or(ShareError::Typo { entry })?;
        if parsed.vault != vault {
            return Err(ShareError::OtherVault { entry });
        }
        if parsed.split != split {
            return Err(ShareError::OldSplit { entry });
        }
        if !seen.insert(parsed.share.x.0) {
            return Err(ShareError::Duplicate { number: parsed.share.x.0 });
        }
        threshold = parsed.threshold;
        shares.push(parsed.share);
    }
    if shares.len() < threshold as usize {
        return Err(ShareError::TooFew { given: shares.len(), needed: threshold });
    }
    let secret = Zeroizing::new(blahaj::Sharks(threshold).recover(&shares).map_err(|_| ShareError::TooFew { given: shares.len(), needed: threshold })?);
    let hrp = Hrp::parse("age-secret-key-").expect("age's human-readable part");
    let text = Zeroizing::new(bech32::encode::<Bech32>(hrp, &secret).expect("a 32-byte key fits").to_uppercase());
    // Shares that pass every check but were forged or mixed give a key that is no identity
    // of this vault: opening then says the key is wrong.
    let key = x25519::Identity::from_str(&text).map(|_| ()).ok().and_then(|()| RecoveryKey::parse(&text));
    key.ok_or(ShareError::Typo { entry: 1 })
}

#[cfg(test)]
mod tests;

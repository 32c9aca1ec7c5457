//! The vault identity and the key slots that seal it.
//!
//! A vault has one X25519 identity. Images and blobs are sealed to its public recipient, so
//! changing a passphrase only rewrites one small slot file, never the data. Each slot is an
//! ordinary age file whose plaintext is an age identity file, which is what lets a person
//! recover a vault with Debian's `age` alone (see the README).

use std::io::{Read, Write};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use chrono::{DateTime, Utc};
use hkdf::Hkdf;
use sha2::Sha256;
use uuid::Uuid;
use zeroize::Zeroizing;

/// The scrypt work factor for passphrase slots: the `log2(N)` of age's scrypt.
///
/// Pinned rather than calibrated to the machine, so a slow laptop in the field can open a
/// vault made on a fast one, and so no tampered slot can make us spend minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfPolicy {
    work_factor: u8,
    max_work_factor: u8,
}

impl KdfPolicy {
    /// `N = 2^18` (256 MiB, about half a second here), age's own default.
    pub const PINNED_WORK_FACTOR: u8 = 18;
    /// Slots asking for more than `N = 2^20` (1 GiB) are refused on open.
    pub const MAX_WORK_FACTOR: u8 = 20;

    /// The policy every real vault uses.
    pub fn standard() -> Self {
        KdfPolicy { work_factor: Self::PINNED_WORK_FACTOR, max_work_factor: Self::MAX_WORK_FACTOR }
    }

    /// A weak work factor so tests can unlock thousands of times.
    ///
    /// **MUST NOT be used for a vault holding real data**: it makes passphrases cheap to guess.
    pub fn insecure_for_tests(work_factor: u8) -> Self {
        assert!((1..=Self::MAX_WORK_FACTOR).contains(&work_factor), "scrypt log_n must be 1..=20");
        KdfPolicy { work_factor, max_work_factor: Self::MAX_WORK_FACTOR }
    }

    /// The work factor new slots are sealed with.
    pub fn work_factor(&self) -> u8 {
        self.work_factor
    }

    /// The largest work factor accepted when opening a slot.
    pub fn max_work_factor(&self) -> u8 {
        self.max_work_factor
    }

    /// `plain` sealed to `passphrase` (age scrypt at this policy's work factor): a key slot,
    /// a share kept as a file, a desk member's own keys. `age -d` opens it with the passphrase.
    pub fn seal_to_passphrase(&self, plain: &[u8], passphrase: &SecretString) -> Vec<u8> {
        let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
        recipient.set_work_factor(self.work_factor);
        seal(plain, &recipient)
    }

    /// What [`KdfPolicy::seal_to_passphrase`] sealed, refusing more scrypt work than this
    /// policy allows.
    pub fn open_with_passphrase(&self, sealed: &[u8], passphrase: &SecretString) -> Result<Zeroizing<Vec<u8>>, SlotOpenProblem> {
        let mut identity = age::scrypt::Identity::new(passphrase.clone());
        identity.set_max_work_factor(self.max_work_factor);
        open_bytes(sealed, &identity, self.max_work_factor)
    }
}

impl Default for KdfPolicy {
    fn default() -> Self {
        Self::standard()
    }
}

/// The vault's X25519 identity, held only while the vault is unlocked.
pub struct VaultIdentity(x25519::Identity);

impl VaultIdentity {
    /// `bytes` sealed to this identity (an attachment, a decoy's image), readable with `age`.
    pub(crate) fn seal_bytes(&self, bytes: &[u8]) -> Vec<u8> {
        seal(bytes, &self.recipient())
    }

    /// What [`VaultIdentity::seal_bytes`] sealed, or `Err` if it was not sealed to this
    /// identity or was damaged.
    pub(crate) fn open_bytes(&self, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, ()> {
        open_bytes(sealed, self.age_identity(), KdfPolicy::MAX_WORK_FACTOR).map_err(|_| ())
    }

    pub(crate) fn generate() -> Self {
        VaultIdentity(x25519::Identity::generate())
    }

    /// The public recipient (`age1…`) that images and blobs are sealed to.
    pub fn recipient(&self) -> x25519::Recipient {
        self.0.to_public()
    }

    pub(crate) fn age_identity(&self) -> &x25519::Identity {
        &self.0
    }

    /// The key that authenticates generations of vault `vault_id`.
    pub(crate) fn mac_key(&self, vault_id: Uuid) -> Zeroizing<[u8; 32]> {
        let secret = self.0.to_string();
        let hk = Hkdf::<Sha256>::new(Some(vault_id.as_bytes()), secret.expose_secret().as_bytes());
        let mut key = Zeroizing::new([0u8; 32]);
        hk.expand(b"tejido/generation-mac/v1", key.as_mut()).expect("32 bytes is a valid HKDF length");
        key
    }

    /// The identity as an age identity file, the plaintext of every key slot.
    fn to_identity_file(&self, now: DateTime<Utc>) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "# Tejido vault identity, created {}\n# public key: {}\n{}\n",
            now.to_rfc3339(),
            self.recipient(),
            self.0.to_string().expose_secret()
        ))
    }

    fn from_identity_file(text: &str) -> Option<Self> {
        let line = text.lines().map(str::trim).find(|l| l.starts_with("AGE-SECRET-KEY-1"))?;
        x25519::Identity::from_str(line).ok().map(VaultIdentity)
    }
}

/// The paper recovery key: an age identity line (`AGE-SECRET-KEY-1…`) shown once at creation.
pub struct RecoveryKey(SecretString);

impl RecoveryKey {
    /// The key as a person writes it down. Show it once; never store it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Reads a key a person typed: spaces and case are forgiven, since Bech32 is case-insensitive.
    pub fn parse(typed: &str) -> Option<Self> {
        let compact: Zeroizing<String> =
            Zeroizing::new(typed.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase());
        x25519::Identity::from_str(&compact).ok()?;
        Some(RecoveryKey(SecretString::from(compact.to_string())))
    }

    fn identity(&self) -> x25519::Identity {
        x25519::Identity::from_str(self.0.expose_secret()).expect("checked when constructed")
    }
}

/// Why a slot did not give up the identity, or something sealed to a passphrase did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotOpenProblem {
    /// The passphrase or recovery key does not open this slot.
    WrongSecret,
    /// The slot asks for more scrypt work than allowed.
    ExcessiveWork {
        /// The work factor it asks for.
        required: u8,
        /// The most Tejido accepts.
        max: u8,
    },
    /// The slot file is not a readable age file or holds no identity.
    Damaged,
}

/// Seals `identity` with a passphrase, at the policy's pinned work factor.
pub(crate) fn seal_with_passphrase(
    identity: &VaultIdentity,
    passphrase: &SecretString,
    policy: KdfPolicy,
    now: DateTime<Utc>,
) -> Vec<u8> {
    policy.seal_to_passphrase(identity.to_identity_file(now).as_bytes(), passphrase)
}

/// Creates a fresh recovery key and seals `identity` to it.
pub(crate) fn seal_for_recovery(identity: &VaultIdentity, now: DateTime<Utc>) -> (RecoveryKey, Vec<u8>) {
    let paper = x25519::Identity::generate();
    let sealed = seal(identity.to_identity_file(now).as_bytes(), &paper.to_public());
    (RecoveryKey(paper.to_string()), sealed)
}

/// Seals `identity` to one X25519 recipient (a split's key, rebuilt from its shares).
pub(crate) fn seal_to_x25519(identity: &VaultIdentity, recipient: &x25519::Recipient, now: DateTime<Utc>) -> Vec<u8> {
    seal(identity.to_identity_file(now).as_bytes(), recipient)
}

fn seal(plaintext: &[u8], recipient: &dyn age::Recipient) -> Vec<u8> {
    let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient))
        .expect("one recipient is always accepted");
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).expect("writing to memory cannot fail");
    writer.write_all(plaintext).expect("writing to memory cannot fail");
    writer.finish().expect("writing to memory cannot fail");
    out
}

pub(crate) fn open_with_passphrase(
    slot: &[u8],
    passphrase: &SecretString,
    policy: KdfPolicy,
) -> Result<VaultIdentity, SlotOpenProblem> {
    let text = policy.open_with_passphrase(slot, passphrase)?;
    identity_in(&text)
}

pub(crate) fn open_with_recovery_key(slot: &[u8], key: &RecoveryKey) -> Result<VaultIdentity, SlotOpenProblem> {
    open(slot, &key.identity(), KdfPolicy::MAX_WORK_FACTOR)
}

pub(crate) fn open(slot: &[u8], identity: &dyn age::Identity, max: u8) -> Result<VaultIdentity, SlotOpenProblem> {
    identity_in(&open_bytes(slot, identity, max)?)
}

/// The vault identity in a slot's plaintext (an age identity file).
fn identity_in(plain: &[u8]) -> Result<VaultIdentity, SlotOpenProblem> {
    let text = std::str::from_utf8(plain).map_err(|_| SlotOpenProblem::Damaged)?;
    VaultIdentity::from_identity_file(text).ok_or(SlotOpenProblem::Damaged)
}

/// What was sealed to `identity`, refusing more scrypt work than `max`.
fn open_bytes(slot: &[u8], identity: &dyn age::Identity, max: u8) -> Result<Zeroizing<Vec<u8>>, SlotOpenProblem> {
    let decryptor = age::Decryptor::new_buffered(slot).map_err(|_| SlotOpenProblem::Damaged)?;
    let mut reader = decryptor.decrypt(std::iter::once(identity)).map_err(|e| match e {
        age::DecryptError::ExcessiveWork { required, .. } => SlotOpenProblem::ExcessiveWork { required, max },
        age::DecryptError::DecryptionFailed
        | age::DecryptError::NoMatchingKeys
        | age::DecryptError::KeyDecryptionFailed => SlotOpenProblem::WrongSecret,
        _ => SlotOpenProblem::Damaged,
    })?;
    let mut plain = Zeroizing::new(Vec::new());
    reader.read_to_end(&mut plain).map_err(|_| SlotOpenProblem::Damaged)?;
    Ok(plain)
}

/// What the outside of a slot file says, readable without any secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotShape {
    /// A passphrase slot with this scrypt work factor.
    Passphrase {
        /// `log2(N)`.
        work_factor: u8,
    },
    /// Sealed to one X25519 recipient (the recovery slot).
    Recovery,
    /// Not an age file Tejido would write.
    Unrecognised,
}

/// Reads the first stanza of an age header: `-> scrypt <salt> <log_n>` or `-> X25519 <share>`.
pub fn slot_shape(slot: &[u8]) -> SlotShape {
    let head = &slot[..slot.len().min(512)];
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    if lines.next() != Some("age-encryption.org/v1") {
        return SlotShape::Unrecognised;
    }
    let Some(stanza) = lines.next().and_then(|l| l.strip_prefix("-> ")) else {
        return SlotShape::Unrecognised;
    };
    let parts: Vec<&str> = stanza.split(' ').collect();
    match parts.as_slice() {
        ["scrypt", _salt, log_n] => match log_n.parse() {
            Ok(work_factor) => SlotShape::Passphrase { work_factor },
            Err(_) => SlotShape::Unrecognised,
        },
        ["X25519", _share] => SlotShape::Recovery,
        _ => SlotShape::Unrecognised,
    }
}

/// The file name of a passphrase slot.
pub(crate) fn passphrase_slot_file(id: Uuid) -> String {
    format!("keys/passphrase-{id}.age")
}

/// Where the recovery slot lives; fixed so the README's recovery commands stay true.
pub const RECOVERY_SLOT_FILE: &str = "keys/recovery.age";

#[cfg(test)]
mod tests {
    use super::*;

    const WEAK: u8 = 2;

    #[test]
    fn passphrase_slot_opens_with_its_passphrase_only() {
        let id = VaultIdentity::generate();
        let policy = KdfPolicy::insecure_for_tests(WEAK);
        let slot = seal_with_passphrase(&id, &SecretString::from("correct horse".to_owned()), policy, Utc::now());
        let opened = open_with_passphrase(&slot, &SecretString::from("correct horse".to_owned()), policy).unwrap();
        assert_eq!(opened.recipient().to_string(), id.recipient().to_string(), "same identity back");
        assert_eq!(
            open_with_passphrase(&slot, &SecretString::from("wrong".to_owned()), policy).err(),
            Some(SlotOpenProblem::WrongSecret),
            "a wrong passphrase is told apart from damage"
        );
        assert_eq!(slot_shape(&slot), SlotShape::Passphrase { work_factor: WEAK }, "shape readable without secret");
    }

    #[test]
    fn slots_above_the_maximum_work_factor_are_refused() {
        let id = VaultIdentity::generate();
        let policy = KdfPolicy::insecure_for_tests(WEAK);
        let slot = seal_with_passphrase(&id, &SecretString::from("p".to_owned()), policy, Utc::now());
        // Rewrite the stanza's work factor instead of sealing at 2^21, which would itself
        // take gigabytes: age checks the factor before doing any scrypt work.
        let text = slot.clone();
        let stanza_end = text.iter().position(|&b| b == b'\n').unwrap() + 1;
        let line_end = stanza_end + text[stanza_end..].iter().position(|&b| b == b'\n').unwrap();
        let line = String::from_utf8(text[stanza_end..line_end].to_vec()).unwrap();
        let tampered_line = format!("{} 21", line.rsplit_once(' ').unwrap().0);
        let tampered = [&text[..stanza_end], tampered_line.as_bytes(), &text[line_end..]].concat();
        assert_eq!(slot_shape(&tampered), SlotShape::Passphrase { work_factor: 21 }, "tampering worked");
        assert_eq!(
            open_with_passphrase(&tampered, &SecretString::from("p".to_owned()), KdfPolicy::standard()).err(),
            Some(SlotOpenProblem::ExcessiveWork { required: 21, max: 20 }),
            "a tampered slot cannot make us spend gigabytes and minutes"
        );
    }

    #[test]
    fn recovery_key_survives_sloppy_typing() {
        let id = VaultIdentity::generate();
        let (key, slot) = seal_for_recovery(&id, Utc::now());
        let typed = key.expose().to_lowercase().chars().collect::<Vec<_>>().chunks(8)
            .map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ");
        let parsed = RecoveryKey::parse(&typed).expect("spaces and case are forgiven");
        let opened = open_with_recovery_key(&slot, &parsed).unwrap();
        assert_eq!(opened.recipient().to_string(), id.recipient().to_string(), "same identity back");
        assert_eq!(slot_shape(&slot), SlotShape::Recovery);
    }
}

//! A vault's own key pair, the one thing escalation and sync both build on: an age identity
//! that sealed files are addressed to and a minisign key that signs what the vault sends;
//! signatures checked without panicking; fingerprints to read aloud; and the error a
//! sealed or signed file gives when it cannot be used.

use std::io::Cursor;
use std::str::FromStr;

use age::x25519;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// A package or contact file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageError {
    /// Not a package or contact file Tejido wrote, or damaged.
    #[error("not a readable package or contact file: {detail}")]
    Unreadable {
        /// What was wrong.
        detail: String,
    },
    /// The signature does not match: changed after it was signed.
    #[error("the package was changed after it was signed")]
    Tampered,
    /// Signed by a key this vault does not know.
    #[error("the package comes from an unknown sender ({fingerprint})")]
    UnknownSender {
        /// The sender's fingerprint, to compare aloud before accepting it.
        fingerprint: String,
    },
    /// Sealed to other recipients only.
    #[error("the package was not sealed to this vault")]
    NotForUs,
    /// Written by a newer Tejido.
    #[error("the package was written by a newer Tejido (format {format})")]
    TooNew {
        /// Its format.
        format: u32,
    },
}

impl tejido_i18n::Localized for PackageError {
    fn text(&self) -> tejido_i18n::Text {
        use tejido_i18n::Text;
        match self {
            PackageError::Unreadable { detail } => Text::new("err-package-unreadable").arg("detail", detail),
            PackageError::Tampered => Text::new("err-package-tampered").hint("rec-package-tampered"),
            PackageError::UnknownSender { fingerprint } => {
                Text::new("err-package-unknown-sender").hint("rec-package-unknown-sender").arg("fingerprint", fingerprint)
            }
            PackageError::NotForUs => Text::new("err-package-not-for-us"),
            PackageError::TooNew { format } => Text::new("err-package-too-new").hint("rec-vault-too-new").arg("format", format),
        }
    }
}

pub(crate) fn unreadable(detail: impl std::fmt::Display) -> PackageError {
    PackageError::Unreadable { detail: detail.to_string() }
}

/// The vault's own keys for packages: an age identity (packages to it are sealed to its
/// recipient) and a minisign key (its packages are signed with it).
pub struct OwnKeys {
    pub(crate) sealing: x25519::Identity,
    pub(crate) signing: minisign::SecretKey,
    pub(crate) signing_public: minisign::PublicKey,
    /// Sealing identities these keys replaced (a removed laptop held them): packages sealed to
    /// them before the news reached the sender, such as a desk's reply in flight, still open.
    /// Nothing is sealed or signed with them.
    pub(crate) earlier: Vec<x25519::Identity>,
}

impl OwnKeys {
    /// New random keys.
    pub(crate) fn generate() -> Self {
        let minisign::KeyPair { pk, sk } = minisign::KeyPair::generate_unencrypted_keypair().expect("the system has randomness");
        OwnKeys { sealing: x25519::Identity::generate(), signing: sk, signing_public: pk, earlier: Vec::new() }
    }

    /// The secrets as stored inside the sealed vault.
    pub(crate) fn to_secrets(&self) -> (Zeroizing<String>, Zeroizing<String>) {
        use age::secrecy::ExposeSecret;
        let sealing = Zeroizing::new(self.sealing.to_string().expose_secret().to_owned());
        let signing = Zeroizing::new(base64::Engine::encode(&base64::engine::general_purpose::STANDARD, self.signing.to_bytes()));
        (sealing, signing)
    }

    /// Keys back from their stored secrets.
    pub(crate) fn from_secrets(sealing: &str, signing: &str) -> Result<Self, PackageError> {
        let sealing = x25519::Identity::from_str(sealing).map_err(unreadable)?;
        let bytes = Zeroizing::new(base64::Engine::decode(&base64::engine::general_purpose::STANDARD, signing).map_err(unreadable)?);
        let signing = minisign::SecretKey::from_bytes(&bytes).map_err(unreadable)?;
        let signing_public = minisign::PublicKey::from_secret_key(&signing).map_err(unreadable)?;
        Ok(OwnKeys { sealing, signing, signing_public, earlier: Vec::new() })
    }

    /// The age recipient packages to this vault are sealed to.
    pub fn recipient(&self) -> String {
        self.sealing.to_public().to_string()
    }

    /// The minisign public key its packages are signed with.
    pub fn signing_key(&self) -> String {
        self.signing_public.to_base64()
    }

    /// The age identity, as an identity file for `age -d -i` (tests and recovery only).
    pub fn identity_file(&self) -> Zeroizing<String> {
        use age::secrecy::ExposeSecret;
        Zeroizing::new(format!("{}\n", self.sealing.to_string().expose_secret()))
    }
}

/// A minisign signature of `bytes` with `keys`, as the text of a `.minisig` file.
pub(crate) fn sign_bytes(keys: &OwnKeys, bytes: &[u8], trusted: &str) -> String {
    minisign::sign(Some(&keys.signing_public), &keys.signing, Cursor::new(bytes), Some(trusted), Some("signature from a Tejido vault"))
        .expect("signing in memory cannot fail")
        .to_string()
}

/// Whether `signature` (a `.minisig` text) is `signing_key`'s signature of `bytes`.
pub(crate) fn verify_bytes(signing_key: &str, bytes: &[u8], signature: &str) -> bool {
    let Ok(key) = minisign::PublicKey::from_base64(signing_key) else { return false };
    if check_signature_shape(signature).is_err() {
        return false;
    }
    let Ok(signature) = minisign::SignatureBox::from_string(signature) else { return false };
    // As in `open`: a panic from a corner of minisign is a refusal, never a crash.
    matches!(
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| minisign::verify(&key, &signature, Cursor::new(bytes), true, false, false))),
        Ok(Ok(()))
    )
}

/// A fingerprint to compare aloud: eight groups of four letters and digits from a SHA-256,
/// without the easily confused 0/O and 1/I/L. `parts` are hashed length-prefixed, so no two
/// different lists give the same input; the first part names what is fingerprinted, so a
/// contact's fingerprint can never equal a laptop's.
pub fn fingerprint_of(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    read_aloud(&hasher.finalize())
}

fn read_aloud(digest: &[u8]) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let symbols: Vec<char> = digest.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
    symbols.chunks(4).take(8).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// A `.minisig` file as minisign writes it: an untrusted comment, the signature (algorithm,
/// key id, 64 bytes), a trusted comment, and the 64-byte signature of both.
pub(crate) fn check_signature_shape(text: &str) -> Result<(), PackageError> {
    use base64::Engine;
    let lines: Vec<&str> = text.lines().collect();
    let decode = |line: &str| base64::engine::general_purpose::STANDARD.decode(line.trim()).map_err(unreadable);
    match lines.as_slice() {
        [untrusted, signature, trusted, global]
            if untrusted.starts_with("untrusted comment:") && trusted.starts_with("trusted comment:") =>
        {
            if decode(signature)?.len() != 2 + 8 + 64 || decode(global)?.len() != 64 {
                return Err(unreadable("the signature has the wrong length"));
            }
            Ok(())
        }
        _ => Err(unreadable("not a minisign signature")),
    }
}

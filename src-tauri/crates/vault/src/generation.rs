//! Generations: the whole database, sealed and authenticated, one file per save.
//!
//! `images/gen-<n>.age` is an ordinary age file sealed to the vault recipient, so Debian's
//! `age` can open it with the vault identity. Beside it, `images/gen-<n>.mac` holds
//! `HMAC-SHA256(mac key, "tejido-generation-v1" ‖ vault id ‖ n ‖ SHA-256(ciphertext))`, with the
//! MAC key derived from the vault identity. Anyone holding the public recipient can seal a
//! well-formed image; only the identity holder can authenticate one, and a generation copied
//! from another vault or renamed to another number fails the check.

use std::io::{Read, Write};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::keys::VaultIdentity;

/// Folder of the generation files, relative to the vault.
pub const IMAGES_DIR: &str = "images";

/// How many generations a save leaves on disk; older ones are removed.
pub const KEEP_GENERATIONS: u64 = 5;

const MAC_DOMAIN: &[u8] = b"tejido-generation-v1";
const MAC_PREFIX: &str = "tejido-mac-v1 ";

/// A generation number: 1 for the first save, increasing by one per save.
pub type Generation = u64;

/// The image file name of generation `n`. Zero-padded so names sort by generation.
pub fn image_name(n: Generation) -> String {
    format!("gen-{n:012}.age")
}

/// The MAC file name of generation `n`.
pub fn mac_name(n: Generation) -> String {
    format!("gen-{n:012}.mac")
}

/// Reads a generation number back from an image file name.
pub fn parse_image_name(name: &str) -> Option<Generation> {
    let digits = name.strip_prefix("gen-")?.strip_suffix(".age")?;
    (digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
}

/// Why a generation could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenerationProblem {
    /// The MAC file is missing: the save that wrote it was interrupted.
    Incomplete,
    /// The MAC does not match: damaged, forged, renamed or copied from another vault.
    NotAuthentic,
    /// Authentic but does not decrypt: damaged after sealing.
    Undecryptable,
    /// Decrypted, but SQLite does not accept it as a sound database.
    NotADatabase,
    /// The file could not be read.
    Unreadable(String),
    /// A delta that builds on an earlier generation which could not be used.
    AfterSkipped,
}

type HmacSha256 = Hmac<Sha256>;

/// SHA-256 of a sealed image, as bound into its MAC.
pub(crate) type ImageDigest = [u8; 32];

fn mac_for(key: &[u8; 32], vault_id: Uuid, n: Generation, digest: &ImageDigest) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(MAC_DOMAIN);
    mac.update(vault_id.as_bytes());
    mac.update(&n.to_be_bytes());
    mac.update(digest);
    mac
}

/// The contents of the MAC file for a sealed image with SHA-256 `digest`.
pub(crate) fn mac_file(key: &[u8; 32], vault_id: Uuid, n: Generation, digest: &ImageDigest) -> String {
    let tag = mac_for(key, vault_id, n, digest).finalize().into_bytes();
    format!("{MAC_PREFIX}{}\n", hex::encode(tag))
}

/// Checks a MAC file against an image in constant time.
pub(crate) fn verify_mac(key: &[u8; 32], vault_id: Uuid, n: Generation, ciphertext: &[u8], mac_file: &[u8]) -> bool {
    let Some(hex_tag) = std::str::from_utf8(mac_file)
        .ok()
        .and_then(|t| t.strip_prefix(MAC_PREFIX))
        .map(str::trim_end)
    else {
        return false;
    };
    let Ok(tag) = hex::decode(hex_tag) else { return false };
    mac_for(key, vault_id, n, &Sha256::digest(ciphertext).into()).verify_slice(&tag).is_ok()
}

/// Seals a database image to the vault recipient into `out` (cleared first; its capacity is
/// reused between saves, which spares the page faults of a fresh 10 MB buffer), hashing the
/// ciphertext as it is written (one pass over the image instead of two).
pub(crate) fn seal_image(identity: &VaultIdentity, plaintext: &[u8], out: &mut Vec<u8>) -> ImageDigest {
    let recipient = identity.recipient();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .expect("one native recipient is always accepted");
    // age adds 16 bytes per 64 KiB chunk plus a header of a few hundred bytes.
    out.clear();
    out.reserve(plaintext.len() + plaintext.len() / 4096 + 1024);
    let mut sink = HashingWriter { bytes: out, hash: Sha256::new() };
    let mut writer = encryptor.wrap_output(&mut sink).expect("writing to memory cannot fail");
    writer.write_all(plaintext).expect("writing to memory cannot fail");
    writer.finish().expect("writing to memory cannot fail");
    sink.hash.finalize().into()
}

struct HashingWriter<'a> {
    bytes: &'a mut Vec<u8>,
    hash: Sha256,
}

impl Write for HashingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.hash.update(buf);
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Decrypts a whole image before anything trusts it: age streams plaintext before it
/// detects damage at the end, so nothing may read a partial result.
pub(crate) fn open_image(identity: &VaultIdentity, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, GenerationProblem> {
    let decryptor = age::Decryptor::new_buffered(ciphertext).map_err(|_| GenerationProblem::Undecryptable)?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity.age_identity() as &dyn age::Identity))
        .map_err(|_| GenerationProblem::Undecryptable)?;
    let mut plain = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader.read_to_end(&mut plain).map_err(|_| GenerationProblem::Undecryptable)?;
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_generation_and_parse_back() {
        assert!(image_name(9) < image_name(10), "lexical order is generation order");
        assert_eq!(parse_image_name(&image_name(42)), Some(42));
        assert_eq!(parse_image_name("gen-42.age"), None, "only our own padded names");
        assert_eq!(parse_image_name(&format!("{}.tmp", image_name(3))), None, "temp files are not generations");
    }

    #[test]
    fn mac_binds_vault_generation_and_ciphertext() {
        let key = [7u8; 32];
        let vault = Uuid::now_v7();
        let file = mac_file(&key, vault, 3, &Sha256::digest(b"cipher").into());
        assert!(verify_mac(&key, vault, 3, b"cipher", file.as_bytes()), "genuine");
        assert!(!verify_mac(&key, vault, 4, b"cipher", file.as_bytes()), "renamed to another generation");
        assert!(!verify_mac(&key, Uuid::now_v7(), 3, b"cipher", file.as_bytes()), "copied from another vault");
        assert!(!verify_mac(&key, vault, 3, b"cipheR", file.as_bytes()), "altered ciphertext");
        assert!(!verify_mac(&[8u8; 32], vault, 3, b"cipher", file.as_bytes()), "another vault's key");
        assert!(!verify_mac(&key, vault, 3, b"cipher", b"garbage"), "unparseable");
    }
}

//! Entry points for `cargo fuzz` (feature `fuzzing`, see `fuzz/`): every parser of bytes that
//! come from outside the process — the header, key slots, typed recovery keys, generation
//! file names, MAC files and images — with the secrets a fuzzer cannot guess held fixed.
//! Each must return an error for any input: never panic, hang or allocate without bound.

use std::sync::OnceLock;

use age::secrecy::SecretString;
use uuid::Uuid;

use crate::generation;
use crate::header::VaultHeader;
use crate::keys::{self, RecoveryKey, VaultIdentity};

/// Scrypt work factors a fuzzed slot may ask for: enough to reach the decryption path,
/// small enough to keep a run at thousands of inputs a second.
const MAX_FUZZ_WORK_FACTOR: u8 = 4;

/// `vault.toml`.
pub fn header(bytes: &[u8]) {
    let _ = VaultHeader::parse(&String::from_utf8_lossy(bytes));
}

/// A key slot file, opened with the passphrase of the seed slots in `fuzz/corpus` (so the
/// fuzzer reaches the sealed identity file inside) and read for its shape; and the same bytes
/// typed as a recovery key.
pub fn key_slot(bytes: &[u8]) {
    let _ = keys::slot_shape(bytes);
    let mut identity = age::scrypt::Identity::new(SecretString::from("a long enough passphrase".to_owned()));
    identity.set_max_work_factor(MAX_FUZZ_WORK_FACTOR);
    let _ = keys::open(bytes, &identity, MAX_FUZZ_WORK_FACTOR);
    let _ = RecoveryKey::parse(&String::from_utf8_lossy(bytes));
}

fn identity() -> &'static VaultIdentity {
    static IDENTITY: OnceLock<VaultIdentity> = OnceLock::new();
    IDENTITY.get_or_init(VaultIdentity::generate)
}

/// A generation: its file name, its MAC file (the first line of the input) against the rest
/// as ciphertext, the ciphertext opened as an image, and the whole input opened as a delta
/// (decrypted, then its first line parsed and its MAC checked).
pub fn generation(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let _ = generation::parse_image_name(&text);
    let _ = crate::delta::parse_delta_name(&text);
    let _ = crate::delta::open_for_fuzzing(identity(), bytes);
    let split = bytes.iter().position(|b| *b == b'\n').map_or(0, |i| i + 1);
    let (mac, ciphertext) = bytes.split_at(split);
    let _ = generation::verify_mac(&[7; 32], Uuid::nil(), 1, ciphertext, mac);
    let _ = generation::open_image(identity(), ciphertext);
}

/// Decrypted image bytes loaded as the database, as if authentication had been passed.
pub fn image(bytes: &[u8]) {
    let _ = crate::vault::load_image(bytes, false);
}

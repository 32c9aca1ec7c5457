//! Opening a vault as one laptop of a sync group: the store opens and migrates it; this adds
//! the laptop's own identity, and the duress rule for Syncthing's keys.

use std::path::Path;

use tejido_vault::{Unlock, VaultOptions};

use super::local_network::shred_syncthing_keys;
use crate::error::OpenVaultError;
use crate::ids::DeviceId;
use crate::store::Session;

impl Session {
    /// Opens an existing vault and brings its schema up to date.
    pub fn open(dir: &Path, unlock: Unlock<'_>, options: &VaultOptions, device: DeviceId) -> Result<Session, OpenVaultError> {
        let mut session = Session::open_vault(dir, unlock, options, device)?;
        // A duress passphrase opened a decoy and shredded the real passphrases: this laptop's
        // Syncthing key goes the same way, silently (nothing runs Syncthing for a decoy).
        if session.vault().is_decoy() {
            let _ = shred_syncthing_keys(dir);
        }
        // A laptop in a sync group stamps its writes with its laptop id, not the installation's.
        if let Ok(Some(laptop)) = session.laptop_id() {
            session.set_device(DeviceId(laptop.0));
        }
        Ok(session)
    }
}

//! This laptop's settings for sync over the local network, and starting and stopping its
//! Syncthing. The settings are local: each laptop has its own peers and addresses.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::lan::{self, Lan, LanConfig, LanPeer};
use super::{SyncError, me, vault_id};
use crate::store::{Follower, Session};

/// Where Syncthing keeps its keys and index, inside the vault folder. It holds no community
/// data: Syncthing is given laptop ids, not names, and moves only sealed files.
pub const SYNCTHING_DIR: &str = "syncthing";
/// Where a laptop listens for its peers unless a person says otherwise.
pub const DEFAULT_LISTEN: &str = "0.0.0.0:22000";

/// This laptop's local network sync, as its screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LanSettings {
    /// Where this laptop listens (`0.0.0.0:22000`).
    pub listen: String,
    /// The other laptops, at fixed addresses.
    pub peers: Vec<LanPeer>,
    /// Whether it is on (started again whenever the vault opens).
    pub enabled: bool,
    /// Whether Syncthing is running now.
    pub running: bool,
    /// This laptop's Syncthing id, for the other laptops to add; known once it started once.
    pub device_id: Option<String>,
}

impl Session {
    /// The local network settings.
    pub fn lan_settings(&self) -> Result<LanSettings, SyncError> {
        let row: Option<(String, String, bool, Option<String>)> = self
            .db()
            .query_row("SELECT listen, peers, enabled, device_id FROM sync_lan", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let (listen, peers, enabled, device_id) = row.unwrap_or_else(|| (DEFAULT_LISTEN.to_owned(), "[]".to_owned(), false, None));
        Ok(LanSettings { listen, peers: serde_json::from_str(&peers).unwrap_or_default(), enabled, running: self.lan_running(), device_id })
    }

    /// Whether Syncthing runs for this vault now.
    pub fn lan_running(&self) -> bool {
        self.follower::<Lan>().is_some()
    }

    /// Saves the local network settings; starts or stops Syncthing to match.
    pub fn set_lan(&mut self, listen: &str, peers: Vec<LanPeer>, enabled: bool, now: DateTime<Utc>) -> Result<LanSettings, SyncError> {
        if me(self.db())?.is_none() {
            return Err(SyncError::NotStarted);
        }
        let listen = listen.trim();
        if listen.parse::<std::net::SocketAddr>().is_err() {
            return Err(SyncError::Lan { detail: format!("not an address: {listen}") });
        }
        for peer in &peers {
            lan::check_peer(peer).map_err(|e| SyncError::Lan { detail: e.to_string() })?;
        }
        let key: Option<String> = self.db().query_row("SELECT api_key FROM sync_lan", [], |r| r.get(0)).optional()?;
        self.vault_mut().db_mut().execute(
            "INSERT INTO sync_lan (id, listen, peers, api_key, enabled) VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET listen = excluded.listen, peers = excluded.peers, enabled = excluded.enabled",
            params![listen, serde_json::to_string(&peers).expect("serialises"), key.unwrap_or_else(lan::new_api_key), enabled],
        )?;
        self.mark_unsaved();
        self.save()?;
        self.stop_lan();
        if enabled {
            self.start_lan(now)?;
        }
        self.lan_settings()
    }

    /// Drops the Syncthing peer of a removed laptop, so Syncthing stops exchanging files
    /// with it. The peer is found by the Syncthing id the laptop gave in its signed state
    /// file, never by the name a person typed: a laptop renamed since, or another one with
    /// the same name, must not keep or lose its place by it. Only for a laptop that never
    /// said its id (its files are all from before this version) is the name used, and then
    /// never for a peer whose id another laptop of the group said is its own.
    pub(crate) fn drop_lan_peer(&mut self, laptop: &str, laptop_name: &str, now: DateTime<Utc>) -> Result<(), SyncError> {
        let settings = self.lan_settings()?;
        let mut stmt = self.db().prepare("SELECT laptop, syncthing FROM sync_joined WHERE syncthing IS NOT NULL")?;
        let said: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        drop(stmt);
        let its = said.iter().find(|(l, _)| l == laptop).map(|(_, d)| d.to_uppercase());
        let others: Vec<String> = said.iter().filter(|(l, _)| l != laptop).map(|(_, d)| d.to_uppercase()).collect();
        let goes = |peer: &LanPeer| match &its {
            Some(device) => peer.device_id.trim().to_uppercase() == *device,
            None => {
                peer.name.trim().to_lowercase() == laptop_name.trim().to_lowercase() && !others.contains(&peer.device_id.trim().to_uppercase())
            }
        };
        if !settings.peers.iter().any(goes) {
            return Ok(());
        }
        let peers: Vec<LanPeer> = settings.peers.iter().filter(|p| !goes(p)).cloned().collect();
        self.set_lan(&settings.listen, peers, settings.enabled, now)?;
        Ok(())
    }

    /// Starts Syncthing if this laptop's local network sync is on (when the vault opens).
    pub fn start_lan(&mut self, now: DateTime<Utc>) -> Result<(), SyncError> {
        let Some(me) = me(self.db())? else { return Ok(()) };
        let row: Option<(String, String, String, bool)> = self
            .db()
            .query_row("SELECT listen, peers, api_key, enabled FROM sync_lan", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let Some((listen, peers, api_key, true)) = row else { return Ok(()) };
        let home = self.vault().dir().join(SYNCTHING_DIR);
        let lan_error = |e: lan::LanError| SyncError::Lan { detail: e.to_string() };
        let device_id = lan::prepare(&home).map_err(lan_error)?;
        // Syncthing's keys and its socket: this account's alone.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700));
        }
        self.vault_mut().db_mut().execute("UPDATE sync_lan SET device_id = ?1", [&device_id])?;
        self.mark_unsaved();
        let config = LanConfig {
            device_id,
            name: me.id.clone(),
            folder: self.sync_folder(),
            folder_id: vault_id(self.db())?,
            listen,
            api_port: lan::free_port().map_err(lan_error)?,
            // A socket path is at most 107 bytes; a vault deeper than that keeps 127.0.0.1.
            api_socket: Some(home.join("gui.sock")).filter(|p| cfg!(unix) && p.as_os_str().len() < 100),
            api_key,
            peers: serde_json::from_str(&peers).unwrap_or_default(),
        };
        self.set_follower(Some(Box::new(Lan::start(&home, &config).map_err(lan_error)?)));
        // Whatever is waiting goes out now.
        self.publish(now)?;
        Ok(())
    }

    /// Stops Syncthing (when the vault locks, or the person turns it off).
    pub fn stop_lan(&mut self) {
        if let Some(mut follower) = self.set_follower(None) {
            let follower: &mut dyn std::any::Any = &mut *follower;
            if let Some(lan) = follower.downcast_mut::<Lan>() {
                lan.stop();
            }
        }
    }

    /// Which peers are connected now, by Syncthing id.
    pub fn lan_connected(&self) -> Vec<String> {
        self.follower::<Lan>().and_then(|l| l.connected().ok()).unwrap_or_default()
    }
}

/// Shreds Syncthing's own device key and certificates in the vault folder `vault_dir`
/// (overwritten, flushed, removed): the one key of this laptop kept outside the sealed files.
/// Run with the vault closed, so Syncthing has stopped. Missing files are fine.
pub fn shred_syncthing_keys(vault_dir: &std::path::Path) -> Result<(), tejido_vault::SaveError> {
    let home = vault_dir.join(SYNCTHING_DIR);
    for name in ["key.pem", "cert.pem", "https-key.pem", "https-cert.pem"] {
        let path = home.join(name);
        tejido_vault::fs::shred_file(&path).map_err(|source| tejido_vault::SaveError::Io { path: path.clone(), source })?;
    }
    Ok(())
}

/// Syncthing follows every saved edit: the edit goes out as a change file at once, and
/// Syncthing is asked to look (its watcher would notice within seconds; asking makes it a
/// tenth of one).
impl Follower for Lan {
    fn edited(&mut self, session: &mut Session, now: DateTime<Utc>) {
        // Publishing is best effort and catches up at the next edit.
        if session.publish(now).is_ok() {
            let _ = self.rescan();
        }
    }
}

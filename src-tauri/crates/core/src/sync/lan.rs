//! Optional sync over the local network with Syncthing (Debian's `syncthing` 1.19.2, see
//! SYNC.md), started and configured by Tejido for one vault's sync folder.
//!
//! Tejido writes the whole `config.xml` itself before every start, so nothing a person or an
//! older run changed can turn an outside-facing feature back on: no global discovery, no local
//! discovery broadcasts, no relays, no NAT traversal (which also stops STUN), no usage
//! reporting, no crash reporting, no upgrades. The only devices are the peers a person added,
//! each at the fixed address they typed; the web interface and REST API listen on 127.0.0.1
//! with a random key. Syncthing moves only sealed files: it never sees the vault's content.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// The program, looked up on `PATH` (the Debian package puts it in /usr/bin).
const PROGRAM: &str = "syncthing";

/// The Syncthing to start: `syncthing` on `PATH`, and on Windows, where installers seldom
/// touch `PATH` (or the change reaches only programs started after it), the folders its usual
/// installers put it in ([`windows_install_folders`]).
fn program() -> std::ffi::OsString {
    #[cfg(windows)]
    if let Some(found) = find_on_windows(|name| std::env::var_os(name)) {
        return found.into_os_string();
    }
    PROGRAM.into()
}

/// Where the usual ways of installing Syncthing on Windows put `syncthing.exe`, most likely
/// first, from the environment's `LOCALAPPDATA`, `ProgramFiles`, `USERPROFILE` and
/// `ProgramData` (read through `var`, so a test can give its own).
pub fn windows_install_folders(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Vec<PathBuf> {
    let under = |name: &str, rest: &[&str]| var(name).map(|base| rest.iter().fold(PathBuf::from(base), |p, part| p.join(part)));
    [
        // Syncthing's recommended "Syncthing Windows Setup": per user (no administrator)...
        under("LOCALAPPDATA", &["Programs", "Syncthing"]),
        // ...or for every account of the computer.
        under("ProgramFiles", &["Syncthing"]),
        // SyncTrayzor, the tray program that carries its own syncthing.exe.
        under("ProgramFiles", &["SyncTrayzor"]),
        under("LOCALAPPDATA", &["Programs", "SyncTrayzor"]),
        // winget, scoop and Chocolatey link the program here (on PATH only for programs started
        // after the install).
        under("LOCALAPPDATA", &["Microsoft", "WinGet", "Links"]),
        under("USERPROFILE", &["scoop", "shims"]),
        under("ProgramData", &["chocolatey", "bin"]),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// `syncthing.exe` on `PATH`, else in the first of the usual install folders holding it.
pub fn find_on_windows(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    let on_path: Vec<PathBuf> = var("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    on_path.into_iter().chain(windows_install_folders(var)).map(|dir| dir.join("syncthing.exe")).find(|exe| exe.is_file())
}

/// Another laptop's Syncthing, reached at a fixed address on the local network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LanPeer {
    /// Its Syncthing device id (`XXXXXXX-XXXXXXX-…`), read from its sync screen.
    pub device_id: String,
    /// What the group calls it.
    pub name: String,
    /// Where it listens: `192.168.1.20:22000`.
    pub address: String,
}

/// Everything one Syncthing instance is configured with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanConfig {
    /// This laptop's Syncthing device id.
    pub device_id: String,
    /// This laptop's name.
    pub name: String,
    /// The folder shared: the vault's sync folder.
    pub folder: PathBuf,
    /// The folder's id, the same on every laptop: the vault's collective id.
    pub folder_id: String,
    /// Where this laptop listens for its peers (`0.0.0.0:22000` on a LAN, `127.0.0.1:…` in tests).
    pub listen: String,
    /// The REST API's port on 127.0.0.1, used only where the socket below cannot be.
    pub api_port: u16,
    /// The REST API (and the web interface) as a socket file only this account can open:
    /// on 127.0.0.1 any other account of the computer could open the web interface, which
    /// needs no key, and take Syncthing over.
    pub api_socket: Option<PathBuf>,
    /// The REST API's key.
    pub api_key: String,
    /// The peers, at their fixed addresses.
    pub peers: Vec<LanPeer>,
}

/// Why Syncthing could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LanError {
    /// The program is not installed.
    #[error("syncthing is not installed")]
    NotInstalled,
    /// It ran but did something unexpected.
    #[error("syncthing: {0}")]
    Failed(String),
    /// A peer's id or address is not one.
    #[error("not a device id or address: {0}")]
    BadPeer(String),
}

fn failed(e: impl std::fmt::Display) -> LanError {
    LanError::Failed(e.to_string())
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A Syncthing device id: eight groups of seven letters A–Z and digits 2–7.
pub fn is_device_id(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.len() == 8 && groups.iter().all(|g| g.len() == 7 && g.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)))
}

/// Checks a peer before it goes into the configuration.
pub fn check_peer(peer: &LanPeer) -> Result<(), LanError> {
    if !is_device_id(&peer.device_id) {
        return Err(LanError::BadPeer(peer.device_id.clone()));
    }
    if peer.address.parse::<SocketAddr>().is_err() {
        return Err(LanError::BadPeer(peer.address.clone()));
    }
    Ok(())
}

/// The complete `config.xml`.
pub fn render_config(config: &LanConfig) -> String {
    let device = |id: &str, name: &str, address: &str| {
        format!(
            r#"    <device id="{id}" name="{name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>{address}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>
"#,
            id = xml(id),
            name = xml(name),
            address = xml(address),
        )
    };
    let mut out = String::from("<configuration version=\"36\">\n");
    let shared: String = std::iter::once(&config.device_id)
        .chain(config.peers.iter().map(|p| &p.device_id))
        .map(|id| format!("        <device id=\"{}\" introducedBy=\"\"></device>\n", xml(id)))
        .collect();
    out.push_str(&format!(
        r#"    <folder id="{id}" label="Tejido" path="{path}" type="sendreceive" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="true" autoNormalize="true">
        <filesystemType>basic</filesystemType>
{shared}        <minDiskFree unit="%">1</minDiskFree>
        <versioning type="trashcan">
            <param key="cleanoutDays" val="30"></param>
        </versioning>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
    </folder>
"#,
        id = xml(&config.folder_id),
        path = xml(&config.folder.to_string_lossy()),
    ));
    // This laptop listens where the person said; it is "dynamic" only for itself.
    out.push_str(&device(&config.device_id, &config.name, "dynamic"));
    // Peers are named by number, not as the group calls them: Syncthing's configuration is
    // outside the vault.
    for (i, peer) in config.peers.iter().enumerate() {
        out.push_str(&device(&peer.device_id, &format!("peer {}", i + 1), &format!("tcp://{}", peer.address)));
    }
    let gui_address = match &config.api_socket {
        Some(socket) => format!(
            // An absolute path is a socket to Syncthing (1.19 takes no `unix://` prefix).
            "<address>{}</address>\n        <unixSocketPermissions>0600</unixSocketPermissions>",
            xml(&socket.to_string_lossy())
        ),
        None => format!("<address>127.0.0.1:{}</address>", config.api_port),
    };
    out.push_str(&format!(
        r#"    <gui enabled="true" tls="false" debugging="false">
        {gui_address}
        <apikey>{key}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://{listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <announceLANAddresses>false</announceLANAddresses>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <urURL></urURL>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <upgradeToPreReleases>false</upgradeToPreReleases>
        <releasesURL></releasesURL>
        <crashReportingEnabled>false</crashReportingEnabled>
        <crashReportingURL></crashReportingURL>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <restartOnWakeup>false</restartOnWakeup>
        <reconnectionIntervalS>10</reconnectionIntervalS>
        <setLowPriority>true</setLowPriority>
    </options>
</configuration>
"#,
        key = xml(&config.api_key),
        listen = xml(&config.listen),
    ));
    out
}

/// Makes the instance's keys in `home` if they are not there yet, and returns its device id.
pub fn prepare(home: &Path) -> Result<String, LanError> {
    std::fs::create_dir_all(home).map_err(failed)?;
    let run = |args: &[&str]| {
        Command::new(program()).args(args).stdin(Stdio::null()).output().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => LanError::NotInstalled,
            _ => failed(e),
        })
    };
    let home_arg = format!("--home={}", home.display());
    if !home.join("cert.pem").exists() {
        let made = run(&["generate", &home_arg, "--no-default-folder", "--skip-port-probing"])?;
        if !made.status.success() {
            return Err(failed(String::from_utf8_lossy(&made.stderr)));
        }
    }
    let shown = run(&["serve", &home_arg, "--device-id"])?;
    let id = String::from_utf8_lossy(&shown.stdout).trim().to_owned();
    if is_device_id(&id) { Ok(id) } else { Err(failed(format!("unexpected device id {id:?}"))) }
}

/// A random key for the REST API.
pub fn new_api_key() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..32).map(|_| char::from(b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[rng.gen_range(0..57)])).collect()
}

/// A free TCP port on 127.0.0.1 (for the REST API, and for listeners in tests).
pub fn free_port() -> Result<u16, LanError> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(failed)?;
    Ok(listener.local_addr().map_err(failed)?.port())
}

/// A running Syncthing for one vault's sync folder.
pub struct Lan {
    child: Child,
    api: SocketAddr,
    api_socket: Option<PathBuf>,
    api_key: String,
    folder_id: String,
    /// Keeps alive the thread that started Syncthing: Linux kills Syncthing when that thread
    /// ends ([`spawn_tied`]), which is when this is dropped or the app dies, crash included.
    _tie: std::sync::mpsc::Sender<()>,
}

/// Where util-linux's `setpriv` is (Debian installs it everywhere): it asks the kernel to
/// kill Syncthing when its parent goes (`--pdeathsig KILL`), then runs it. (This crate has no
/// `unsafe`, so no `pre_exec` of its own.)
const SETPRIV: &str = "/usr/bin/setpriv";

/// Starts Syncthing with `args` so that it dies with Tejido, crash included. "Parent" for the
/// kernel is the thread that started it, so a thread is kept for it, ending only when the
/// returned sender is dropped.
fn spawn_tied(args: Vec<std::ffi::OsString>) -> std::io::Result<(Child, std::sync::mpsc::Sender<()>)> {
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let (tie, tied) = std::sync::mpsc::channel::<()>();
    std::thread::Builder::new().name("syncthing".into()).spawn(move || {
        let mut command = if cfg!(target_os = "linux") && Path::new(SETPRIV).exists() {
            let mut c = Command::new(SETPRIV);
            c.args(["--pdeathsig", "KILL", "--"]).arg(program());
            c
        } else {
            Command::new(program())
        };
        command
            .args(args)
            .env("STNOUPGRADE", "1")
            .env("STNODEFAULTFOLDER", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let _ = started_tx.send(command.spawn());
        let _ = tied.recv();
    })?;
    let child = started_rx.recv().map_err(std::io::Error::other)??;
    Ok((child, tie))
}

impl Lan {
    /// Writes the configuration and starts Syncthing; returns once its API answers.
    pub fn start(home: &Path, config: &LanConfig) -> Result<Lan, LanError> {
        for peer in &config.peers {
            check_peer(peer)?;
        }
        std::fs::create_dir_all(&config.folder).map_err(failed)?;
        // Syncthing only shares a folder holding its marker, so an unplugged disk is never
        // mistaken for an emptied folder.
        std::fs::create_dir_all(config.folder.join(".stfolder")).map_err(failed)?;
        // Half-written files are never sent (Tejido writes `.tmp` then renames).
        std::fs::write(config.folder.join(".stignore"), "*.tmp\n").map_err(failed)?;
        std::fs::write(home.join("config.xml"), render_config(config)).map_err(failed)?;
        let args: Vec<std::ffi::OsString> = vec![
            "serve".into(),
            format!("--home={}", home.display()).into(),
            "--no-browser".into(),
            "--no-restart".into(),
            "--no-upgrade".into(),
            format!("--logfile={}", home.join("syncthing.log").display()).into(),
        ];
        if let Some(socket) = &config.api_socket {
            // A socket left by a Syncthing that did not stop would keep the new one from listening.
            let _ = std::fs::remove_file(socket);
        }
        let (child, tie) = spawn_tied(args).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => LanError::NotInstalled,
            _ => failed(e),
        })?;
        let api: SocketAddr = format!("127.0.0.1:{}", config.api_port).parse().map_err(failed)?;
        let mut lan =
            Lan { child, api, api_socket: config.api_socket.clone(), api_key: config.api_key.clone(), folder_id: config.folder_id.clone(), _tie: tie };
        let deadline = Instant::now() + Duration::from_secs(30);
        while lan.request("GET", "/rest/system/ping").is_err() {
            if Instant::now() > deadline {
                lan.stop();
                return Err(failed("it did not start within 30 seconds"));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Ok(lan)
    }

    /// One request to the REST API (its socket, or 127.0.0.1); the body of a 200 answer.
    fn request(&self, method: &str, path: &str) -> Result<String, LanError> {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.api_key
        );
        let mut answer = String::new();
        match &self.api_socket {
            #[cfg(unix)]
            Some(socket) => {
                let mut stream = std::os::unix::net::UnixStream::connect(socket).map_err(failed)?;
                stream.set_read_timeout(Some(Duration::from_secs(10))).map_err(failed)?;
                stream.write_all(request.as_bytes()).map_err(failed)?;
                stream.read_to_string(&mut answer).map_err(failed)?;
            }
            _ => {
                let mut stream = TcpStream::connect_timeout(&self.api, Duration::from_secs(2)).map_err(failed)?;
                stream.set_read_timeout(Some(Duration::from_secs(10))).map_err(failed)?;
                stream.write_all(request.as_bytes()).map_err(failed)?;
                stream.read_to_string(&mut answer).map_err(failed)?;
            }
        }
        let status = answer.split_whitespace().nth(1).unwrap_or_default();
        if status != "200" {
            return Err(failed(format!("{method} {path}: {}", answer.lines().next().unwrap_or_default())));
        }
        Ok(answer.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default())
    }

    /// Asks Syncthing to look at the folder now (after publishing), instead of waiting for
    /// its watcher: on loopback the file is on the peer within a tenth of a second.
    pub fn rescan(&self) -> Result<(), LanError> {
        self.request("POST", &format!("/rest/db/scan?folder={}", self.folder_id)).map(drop)
    }

    /// Which peers are connected now, by device id.
    pub fn connected(&self) -> Result<Vec<String>, LanError> {
        let body = self.request("GET", "/rest/system/connections")?;
        // Chunked or not, the JSON object is the part between the first { and the last }.
        let json = body.find('{').and_then(|start| body.rfind('}').map(|end| &body[start..=end])).unwrap_or("{}");
        let value: serde_json::Value = serde_json::from_str(json).map_err(failed)?;
        Ok(value["connections"]
            .as_object()
            .map(|all| all.iter().filter(|(_, c)| c["connected"].as_bool() == Some(true)).map(|(id, _)| id.clone()).collect())
            .unwrap_or_default())
    }

    /// Stops Syncthing (asks it to shut down, then makes sure).
    pub fn stop(&mut self) {
        let _ = self.request("POST", "/rest/system/shutdown");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Lan {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> LanConfig {
        LanConfig {
            device_id: "XSCWJ4O-EKKFHWW-W2U3JBF-OD4W4DQ-4LOSZGN-2IHFVYW-YAPW3DI-O6BQOA3".into(),
            name: "Ana's <laptop>".into(),
            folder: PathBuf::from("/v/sync"),
            folder_id: "0198-vault".into(),
            listen: "127.0.0.1:22001".into(),
            api_port: 18384,
            api_socket: None,
            api_key: "k".into(),
            peers: vec![LanPeer {
                device_id: "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD".into(),
                name: "Office".into(),
                address: "192.168.1.20:22000".into(),
            }],
        }
    }

    #[test]
    fn every_outside_facing_feature_is_off_and_only_the_peers_are_reachable() {
        let text = render_config(&config());
        for off in [
            "<globalAnnounceEnabled>false<",
            "<localAnnounceEnabled>false<",
            "<relaysEnabled>false<",
            "<natEnabled>false<",
            "<urAccepted>-1<",
            "<autoUpgradeIntervalH>0<",
            "<crashReportingEnabled>false<",
            "<stunKeepaliveStartS>0<",
            "<announceLANAddresses>false<",
            "<startBrowser>false<",
            "<address>127.0.0.1:18384</address>",
            "<address>tcp://192.168.1.20:22000</address>",
            "<listenAddress>tcp://127.0.0.1:22001</listenAddress>",
        ] {
            assert!(text.contains(off), "{off} missing from\n{text}");
        }
        assert!(!text.contains("<address>dynamic</address>\n        <paused>false</paused>\n        <autoAcceptFolders>false</autoAcceptFolders>\n    </device>\n    <gui"), "a peer is never found dynamically");
        assert_eq!(text.matches("<address>dynamic</address>").count(), 1, "only this laptop's own entry is dynamic");
        assert!(text.contains("Ana&apos;s &lt;laptop&gt;") || text.contains("Ana's &lt;laptop&gt;"), "names are escaped");
    }

    /// Installers on Windows seldom add Syncthing to `PATH`: its usual install folders are
    /// searched too, `PATH` first, so a copy a person chose on purpose wins.
    #[test]
    fn syncthing_exe_is_found_on_path_or_in_its_usual_install_folders() {
        let root = tempfile::tempdir().unwrap();
        let place = |parts: &[&str]| {
            let dir = parts.iter().fold(root.path().to_path_buf(), |p, part| p.join(part));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("syncthing.exe"), b"MZ").unwrap();
            dir.join("syncthing.exe")
        };
        let empty = root.path().join("nothing here");
        std::fs::create_dir_all(&empty).unwrap();
        let mut vars: std::collections::HashMap<&str, std::ffi::OsString> = [
            ("PATH", std::env::join_paths([&empty]).unwrap()),
            ("LOCALAPPDATA", root.path().join("José María").join("AppData").join("Local").into_os_string()),
            ("ProgramFiles", root.path().join("Program Files").into_os_string()),
            ("USERPROFILE", root.path().join("José María").into_os_string()),
            ("ProgramData", root.path().join("ProgramData").into_os_string()),
        ]
        .into();
        let find = |vars: &std::collections::HashMap<&str, std::ffi::OsString>| find_on_windows(|name| vars.get(name).cloned());
        assert_eq!(find(&vars), None, "not installed: NotInstalled, and the option says how to get it");

        let choco = place(&["ProgramData", "chocolatey", "bin"]);
        assert_eq!(find(&vars), Some(choco));
        let tray = place(&["Program Files", "SyncTrayzor"]);
        assert_eq!(find(&vars), Some(tray));
        let per_user = place(&["José María", "AppData", "Local", "Programs", "Syncthing"]);
        assert_eq!(find(&vars), Some(per_user), "the per-user Syncthing Windows Setup, in a folder with accents");

        let chosen = place(&["tools"]);
        vars.insert("PATH", std::env::join_paths([empty, chosen.parent().unwrap().to_path_buf()]).unwrap());
        assert_eq!(find(&vars), Some(chosen), "PATH first");
        assert_eq!(windows_install_folders(|_| None), Vec::<PathBuf>::new(), "no environment, no guesses");
    }

    #[test]
    fn peers_are_checked() {
        assert!(is_device_id(&config().device_id));
        assert!(!is_device_id("XSCWJ4O"));
        let mut bad = config().peers[0].clone();
        bad.address = "somewhere.example.org".into();
        assert!(check_peer(&bad).is_err(), "a fixed address, never a name to look up");
        bad.address = "10.0.0.2:22000".into();
        assert!(check_peer(&bad).is_ok());
    }
}

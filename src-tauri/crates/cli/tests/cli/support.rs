//! Running the real `tejido` binary in a sandbox of temporary folders.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A throwaway world: config, temp and working folders, and a vault path inside it.
pub struct World {
    pub root: tempfile::TempDir,
    pub lang: &'static str,
    /// `TEJIDO_LOG` for every run, if set: diagnostics on stderr.
    pub log: Option<&'static str>,
}

pub const PASS: &str = "correct horse battery";

impl World {
    pub fn new() -> World {
        let root = tempfile::tempdir().unwrap();
        for sub in ["config", "tmp", "work", "home"] {
            std::fs::create_dir_all(root.path().join(sub)).unwrap();
        }
        World { root, lang: "en", log: None }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.path().join(rel)
    }

    pub fn vault(&self) -> PathBuf {
        self.path("work/Community.tejido")
    }

    /// Runs `tejido ARGS` with `stdin` piped in (so secrets are read line by line).
    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tejido"));
        command
            .args(args)
            .current_dir(self.path("work"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("TMPDIR", self.path("tmp"))
            .env("TEJIDO_CONFIG_DIR", self.path("config"))
            .env("TEJIDO_INSECURE_SCRYPT_WORK_FACTOR", "4")
            .env("TEJIDO_LANG", self.lang)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(filter) = self.log {
            command.env("TEJIDO_LOG", filter);
        }
        let mut child = command.spawn().expect("tejido runs");
        // A command refused before it reads its input (a bad argument) closes the pipe early.
        if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing tejido's input: {e}");
        }
        child.wait_with_output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str], stdin: &str) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "tejido {args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and expects exit code 1 with one line on stderr; returns that line.
    pub fn user_error(&self, args: &[&str], stdin: &str) -> String {
        let out = self.run(args, stdin);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "tejido {args:?} should fail as a user error: {stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one line of explanation, not a dump: {stderr}");
        assert!(lines[0].starts_with("tejido: "), "prefixed with the program name: {stderr}");
        lines[0].to_owned()
    }

    /// Creates the vault; returns the recovery key printed once.
    pub fn init(&self) -> String {
        let out = self.ok(&["init", self.vault().to_str().unwrap(), "--name", "Río Claro"], &format!("{PASS}\n"));
        recovery_key(&out)
    }
}

/// The recovery key line in `init`'s output.
pub fn recovery_key(stdout: &str) -> String {
    stdout
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .expect("the recovery key is printed")
        .to_owned()
}

/// A message from the Fluent files, without arguments or with `{ $x }` left as is.
pub fn ftl(lang: &str, file: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/locales").join(lang).join(file);
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{lang}/{file} has {id}"))
        .replace("{ -tejido }", "Tejido")
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap_or_default();
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

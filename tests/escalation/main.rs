//! Case packages checked and opened with Debian's own tools, as a desk without Tejido (or a
//! sceptical one) would: `tar` to unpack, `minisign` to check who sent it, `age` with the
//! desk's identity to read it. A changed package fails `minisign`.

use std::path::Path;
use std::process::Command;

use chrono::Utc;
use tejido_core::escalation::{ContactRole, Request};
use tejido_core::{DeviceId, NewPerson, Session};
use tejido_vault::{KdfPolicy, SecretString, VaultOptions};

fn session(dir: &Path, name: &str) -> Session {
    let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() };
    Session::create(dir, &SecretString::from("a long enough passphrase".to_owned()), name, &options, DeviceId::new(), Utc::now()).unwrap().0
}

fn run(dir: &Path, program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program).args(args).current_dir(dir).output().unwrap_or_else(|e| panic!("{program} is installed (.ci/setup): {e}"))
}

#[test]
fn a_package_unpacks_with_tar_verifies_with_minisign_and_opens_with_age() {
    let (cdir, ddir, work) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut community = session(cdir.path(), "Asamblea de Río Colorado");
    let mut desk = session(ddir.path(), "Mesa de apoyo");
    let ceiba = community.add_person(NewPerson { pseudonym: "Ceiba".into(), ..NewPerson::default() }, Utc::now()).unwrap();
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let desk_contact = community.add_contact(&card, "", Utc::now()).unwrap();
    let mut case = community.draft_case();
    case.title = "INTEROP-Kq8 detention at the road block".into();
    case.people = vec![ceiba.id];
    case.requests = vec![Request::Letter];
    let case = community.save_case(case, Utc::now()).unwrap();
    let package = community.export_case(case.id, &[desk_contact.id], Utc::now()).unwrap();

    let dir = work.path();
    std::fs::write(dir.join("case.tar"), &package).unwrap();
    assert!(run(dir, "tar", &["-xf", "case.tar"]).status.success(), "a plain tar file");
    let plain = std::fs::read(dir.join("case.json.age")).unwrap();
    assert!(!String::from_utf8_lossy(&plain).contains("INTEROP-Kq8"), "sealed, not readable on the way");

    // Checked as the README says: against the signing key of the community's contact file the
    // desk already holds, never against `sender.pub`, which whoever made the file chose.
    let their = community.own_contact(ContactRole::Community, Utc::now()).unwrap();
    let verified = run(dir, "minisign", &["-Vm", "case.json.age", "-P", &their.signing_key]);
    assert!(verified.status.success(), "minisign accepts the signature: {}", String::from_utf8_lossy(&verified.stderr));
    let readme = std::fs::read_to_string(dir.join("README.txt")).unwrap();
    assert!(readme.contains("minisign -Vm case.json.age -P") && readme.contains(&their.fingerprint()), "{readme}");

    let keys = desk.own_keys(Utc::now()).unwrap();
    std::fs::write(dir.join("desk-identity.txt"), keys.identity_file().as_bytes()).unwrap();
    let opened = run(dir, "age", &["-d", "-i", "desk-identity.txt", "case.json.age"]);
    assert!(opened.status.success(), "age opens it with the desk's identity: {}", String::from_utf8_lossy(&opened.stderr));
    let json: serde_json::Value = serde_json::from_slice(&opened.stdout).unwrap();
    assert_eq!(json["title"], "INTEROP-Kq8 detention at the road block");

    // Changed after signing: minisign refuses, and so does Tejido.
    let mut changed = plain.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    std::fs::write(dir.join("case.json.age"), &changed).unwrap();
    assert!(!run(dir, "minisign", &["-Vm", "case.json.age", "-P", &their.signing_key]).status.success());
    let mut tampered = package.clone();
    let at = package.windows(plain.len()).position(|w| w == plain.as_slice()).unwrap() + plain.len() - 1;
    tampered[at] ^= 1;
    desk.add_contact(&their, "", Utc::now()).unwrap();
    assert!(desk.open_package(&package, None, Utc::now()).is_ok());
    assert!(desk.open_package(&tampered, None, Utc::now()).is_err());

    // Re-signed by someone else with Debian's minisign: consistent in itself, but not the
    // community's key, so Tejido refuses it as an unknown sender and shows the other fingerprint.
    std::fs::write(dir.join("case.json.age"), &plain).unwrap();
    assert!(run(dir, "minisign", &["-G", "-W", "-p", "other.pub", "-s", "other.key"]).status.success());
    std::fs::remove_file(dir.join("case.json.age.minisig")).unwrap();
    assert!(run(dir, "minisign", &["-S", "-s", "other.key", "-m", "case.json.age"]).status.success());
    std::fs::copy(dir.join("other.pub"), dir.join("sender.pub")).unwrap();
    assert!(run(dir, "minisign", &["-Vm", "case.json.age", "-p", "sender.pub"]).status.success(), "sender.pub alone is fooled");
    assert!(!run(dir, "minisign", &["-Vm", "case.json.age", "-P", &their.signing_key]).status.success(), "the contact's key is not");
    assert!(run(dir, "tar", &["-cf", "resigned.tar", "case.json.age", "case.json.age.minisig", "sender.pub", "README.txt"]).status.success());
    let resigned = std::fs::read(dir.join("resigned.tar")).unwrap();
    match desk.open_package(&resigned, None, Utc::now()) {
        Err(tejido_core::escalation::PackageError::UnknownSender { fingerprint }) => assert_ne!(fingerprint, their.fingerprint()),
        other => panic!("a re-signed package must be refused: {other:?}"),
    }
}

//! What a person does with the command line, and what they are told when it goes wrong.

use crate::support::{PASS, World, ftl, files, recovery_key};

fn list_json(world: &World) -> serde_json::Value {
    serde_json::from_str(&world.ok(&["person", "list", world.vault().to_str().unwrap(), "--json"], &format!("{PASS}\n"))).unwrap()
}

#[test]
fn add_list_remove_undo_and_history() {
    let world = World::new();
    let vault = world.vault();
    let dir = vault.to_str().unwrap();
    world.init();
    let out = world.ok(&["person", "add", dir, "--pseudonym", "Ceiba", "--name", "Rosa Caal", "--tag", "elder"], &format!("{PASS}\n"));
    assert!(out.contains("Added Ceiba."), "confirms in plain words: {out}");
    let table = world.ok(&["person", "list", dir], &format!("{PASS}\n"));
    assert!(table.contains("Ceiba") && table.contains("Rosa Caal") && table.contains("One person."), "listed: {table}");
    assert_eq!(list_json(&world)[0]["realName"], "Rosa Caal", "JSON for scripts");
    world.ok(&["person", "remove", dir, "--pseudonym", "ceiba"], &format!("{PASS}\n"));
    assert_eq!(list_json(&world).as_array().unwrap().len(), 0, "removed");
    let out = world.ok(&["undo", dir], &format!("{PASS}\n"));
    assert!(out.contains("Undone: Ceiba."), "names what came back: {out}");
    assert_eq!(list_json(&world)[0]["pseudonym"], "Ceiba", "back after undo");
    let history = world.ok(&["history", dir], &format!("{PASS}\n"));
    for action in ["added", "removed", "undone"] {
        assert!(history.contains(action), "history shows '{action}': {history}");
    }
}

#[test]
fn a_removed_person_is_forgotten_for_good_and_a_member_only_after_removal() {
    let world = World::new();
    let vault = world.vault();
    let dir = vault.to_str().unwrap();
    world.init();
    world.ok(&["person", "add", dir, "--pseudonym", "Garza", "--name", "Rosa Elvira Xol"], &format!("{PASS}\n"));
    let line = world.user_error(&["person", "forget", dir, "--pseudonym", "Garza"], &format!("{PASS}\n"));
    assert!(line.contains("Remove them first"), "a member is removed first: {line}");
    world.ok(&["person", "remove", dir, "--pseudonym", "Garza"], &format!("{PASS}\n"));
    let out = world.ok(&["person", "forget", dir, "--pseudonym", "garza"], &format!("{PASS}\n"));
    assert!(out.contains("Forgot garza for good"), "{out}");
    let history = world.ok(&["history", dir], &format!("{PASS}\n"));
    assert!(!history.contains("Garza"), "gone from the history: {history}");
    assert!(world.user_error(&["undo", dir], &format!("{PASS}\n")).contains("nothing"), "nothing to undo brings her back");
    assert_eq!(std::fs::read_dir(vault.join("images")).unwrap().count(), 2, "one generation left (image and MAC)");
}

#[test]
fn demo_creates_about_forty_invented_people_and_reopens() {
    let world = World::new();
    let dir = world.vault();
    let out = world.ok(&["demo", dir.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(out.contains("invented"), "says the people are invented: {out}");
    recovery_key(&out);
    let people = list_json(&world);
    assert!((35..=60).contains(&people.as_array().unwrap().len()), "about forty people");
    let again = world.ok(&["demo", dir.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(again.contains("people."), "a second run opens the demo instead of failing: {again}");
    // The app's documented demo passphrase is weak on purpose (it is public) and accepted
    // for a demo, never for a real vault.
    let other = World::new();
    other.ok(&["demo", other.vault().to_str().unwrap()], "tejido demo\n");
    other.user_error(&["init", other.path("work/real.tejido").to_str().unwrap()], "tejido demo\n");
}

#[test]
fn refusals_are_one_clear_line_with_exit_code_one() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.init();
    world.ok(&["person", "add", dir, "--pseudonym", "Garza"], &format!("{PASS}\n"));
    let line = world.user_error(&["person", "add", dir, "--pseudonym", "garza"], &format!("{PASS}\n"));
    assert!(line.contains("already has the pseudonym \"garza\""), "duplicate named: {line}");
    let line = world.user_error(&["person", "add", dir, "--pseudonym", "X", "--sensitivity", "secret"], &format!("{PASS}\n"));
    assert!(line.contains("public, community or restricted"), "lists the valid levels: {line}");
    let line = world.user_error(&["init", world.path("work/other").to_str().unwrap()], "short\n");
    assert!(line.contains("at least 8 characters"), "too-short passphrase explained: {line}");
    let line = world.user_error(&["init", dir], &format!("{PASS}\n"));
    assert!(line.contains("already contains files"), "no overwrite of an existing vault: {line}");
    let line = world.user_error(&["person", "list", dir], "");
    assert!(line.contains("No passphrase was given"), "empty stdin is not a crash: {line}");
}

#[test]
fn wrong_passphrase_is_named_in_the_persons_language_and_changes_nothing() {
    let mut world = World::new();
    world.init();
    let before = files(&world.vault());
    let dir = world.vault();
    let line = world.user_error(&["person", "list", dir.to_str().unwrap()], "not the passphrase\n");
    assert!(line.contains(&ftl("en", "errors.ftl", "err-vault-wrong-passphrase")), "English: {line}");
    world.lang = "es";
    let line = world.user_error(&["person", "list", dir.to_str().unwrap()], "not the passphrase\n");
    assert!(line.contains(&ftl("es", "errors.ftl", "err-vault-wrong-passphrase")), "Spanish: {line}");
    assert_eq!(files(&world.vault()), before, "a failed unlock leaves every file byte-for-byte as it was");
}

#[test]
fn passphrases_can_be_added_changed_and_removed_but_never_the_last() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.init();
    world.ok(&["passphrase", "add", dir], &format!("{PASS}\nsecond passphrase\n"));
    world.ok(&["person", "list", dir], "second passphrase\n");
    world.ok(&["person", "list", dir], &format!("{PASS}\n"));
    world.ok(&["passphrase", "change", dir], "second passphrase\nthird passphrase\n");
    world.user_error(&["person", "list", dir], "second passphrase\n");
    world.ok(&["person", "list", dir], "third passphrase\n");
    world.ok(&["passphrase", "remove", dir], &format!("{PASS}\n"));
    world.user_error(&["person", "list", dir], &format!("{PASS}\n"));
    let line = world.user_error(&["passphrase", "remove", dir], "third passphrase\n");
    assert!(line.contains(&ftl("en", "errors.ftl", "err-slot-last-passphrase")), "the last one stays: {line}");
}

#[test]
fn the_recovery_key_sets_a_new_passphrase_and_can_be_replaced() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    let key = world.init();
    world.user_error(&["recover", dir], "AGE-SECRET-KEY-1NOTAKEY\nnew lagoon passphrase\n");
    let stranger = World::new().init();
    let line = world.user_error(&["recover", dir], &format!("{stranger}\nnew lagoon passphrase\n"));
    assert!(line.contains("another vault"), "a key of another vault is named as such: {line}");
    // Typed as a person might copy it from paper: lower case, in groups.
    let sloppy = key.to_lowercase().as_bytes().chunks(10).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    world.ok(&["recover", dir], &format!("{sloppy}\nnew lagoon passphrase\n"));
    world.ok(&["person", "list", dir], "new lagoon passphrase\n");
    let out = world.ok(&["recover", dir, "--new-recovery-key"], &format!("{key}\nnewer passphrase\n"));
    let replacement = recovery_key(&out);
    assert_ne!(replacement, key, "a new paper key");
    world.user_error(&["recover", dir], &format!("{key}\nyet another one\n"));
    world.ok(&["recover", dir], &format!("{replacement}\nyet another one\n"));
}

#[test]
fn check_names_a_damaged_generation_and_opening_falls_back_with_a_warning() {
    let world = World::new();
    let dir = world.vault();
    world.init();
    for name in ["Ceiba", "Garza"] {
        world.ok(&["person", "add", dir.to_str().unwrap(), "--pseudonym", name], &format!("{PASS}\n"));
    }
    let out = world.ok(&["check", dir.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(out.contains("Everything is in order."), "healthy: {out}");
    // Each command saved its edit as a delta and closed the vault on a full image above it.
    let images = dir.join("images");
    let names: Vec<String> = std::fs::read_dir(&images).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    let newest_image = names.iter().filter_map(|n| tejido_vault::parse_image_name(n)).max().unwrap();
    let garza = names.iter().filter_map(|n| tejido_vault::parse_delta_name(n)).max().unwrap();
    assert_eq!(garza + 1, newest_image, "Garza's delta, then the image the command closed on: {names:?}");
    let flip = |path: std::path::PathBuf| {
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x40;
        std::fs::write(&path, bytes).unwrap();
    };
    let people = |expected: usize, why: &str| {
        let out = world.run(&["person", "list", dir.to_str().unwrap(), "--json"], &format!("{PASS}\n"));
        assert!(out.status.success(), "the vault still opens");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("The most recent changes may be missing"), "and says it fell back: {stderr}");
        let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(people.as_array().unwrap().len(), expected, "{why}");
    };
    let check_names = |generation: u64, damaged: usize| {
        let out = world.run(&["check", dir.to_str().unwrap()], &format!("{PASS}\n"));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "problems make check fail: {stdout}");
        // A full image's MAC is its own file ("damaged"); a delta's is inside its encryption
        // ("cannot be decrypted"): either way the generation is named, and no sound one is.
        let named = |line: &&str| line.starts_with(&format!("Saved version {generation}: it "));
        assert!(stdout.lines().any(|line| named(&line)), "names the generation: {stdout}");
        assert_eq!(stdout.lines().filter(|line| line.starts_with("Saved version") && !line.ends_with("fine.")).count(), damaged, "{stdout}");
    };

    // The newest generation, a full image, damaged: the image below and Garza's delta on it
    // still hold every edit.
    flip(images.join(tejido_vault::image_name(newest_image)));
    check_names(newest_image, 1);
    people(2, "the image below and the delta above it are what opened");

    // Garza's delta damaged too: the generation before Garza is what opens.
    flip(images.join(tejido_vault::delta_name(garza)));
    check_names(garza, 2);
    people(1, "the previous generation (before Garza) is what opened");
}

#[test]
fn bench_runs_and_reports_ratios() {
    let world = World::new();
    let out = world.ok(&["bench", "vault", "--sizes", "1", "--rounds", "1", "--json", "--dir", world.path("tmp").to_str().unwrap()], "");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(rows[0]["saveRatio"].as_f64().unwrap() > 0.0, "a save ratio is measured: {out}");
    assert!(rows[0]["unlockRatio"].as_f64().unwrap() > 0.0, "an unlock ratio is measured: {out}");
}

#[test]
fn the_demo_risk_register_exports_as_json_and_csv_without_restricted_records() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.ok(&["demo", dir], &format!("{PASS}\n"));
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["risk", "export", dir], &format!("{PASS}\n"))).unwrap();
    let entries = json["entries"].as_array().unwrap();
    assert!(entries.len() >= 4, "the demo's risks: {}", entries.len());
    assert!(json["omitted"].as_u64().unwrap() >= 1, "the restricted risk is counted as left out");
    assert!(entries.iter().all(|e| e["risk"]["sensitivity"] != "restricted"));
    assert!(entries[0]["risk"]["assessments"].as_array().is_some_and(|a| !a.is_empty()), "ratings with their history");
    let csv_path = world.path("work/register.csv");
    let out = world.ok(&["risk", "export", dir, "--format", "csv", "--out", csv_path.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(out.contains("Risk register exported"), "confirms: {out}");
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("risk,threatened,category,likelihood,impact,band"), "a header a spreadsheet reads");
    assert_eq!(lines.count(), entries.len(), "one line per risk");
    assert!(!csv.contains("Physical attack on Ceiba"), "the restricted risk is not exported");
}

#[test]
fn the_demo_incident_letters_go_to_institutions_in_the_language_asked_never_to_the_company() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.ok(&["demo", dir], &format!("{PASS}\n"));
    let title = "Criminal complaint for 'usurpation' against eight water committee members";
    let out = world.ok(&["risk", "incident-letters", dir, title, "--lang", "es", "--json"], &format!("{PASS}\n"));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let addressees: Vec<&str> = json["letters"].as_array().unwrap().iter().map(|l| l["addressee"].as_str().unwrap()).collect();
    assert_eq!(
        addressees,
        [
            "Public Prosecutor's Office, district",
            "Órgano de control judicial (Consejo de la Judicatura)",
            "UN human rights office in the country",
            "Human Rights Ombudsperson, regional office",
        ]
    );
    assert!(!addressees.iter().any(|a| a.contains("Minera")), "never the company");
    let text = json["letters"][0]["text"].as_str().unwrap();
    assert!(text.contains("20 de mayo de 2026") && text.contains("La comunidad"), "{text}");
    assert!(!text.contains("Matías"), "pseudonyms only: {text}");
    // As text, in the interface's language by default.
    let out = world.ok(&["risk", "incident-letters", dir, title], &format!("{PASS}\n"));
    assert!(out.contains("4 letters suggested") && out.contains("== Human Rights Ombudsperson, regional office ==") && out.contains("20 May 2026"), "{out}");
    let refused = world.user_error(&["risk", "incident-letters", dir, "no such incident"], &format!("{PASS}\n"));
    assert!(refused.contains("no such incident"), "{refused}");
}

#[test]
fn network_bench_reports_analysis_against_a_plain_traversal() {
    let world = World::new();
    let out = world.ok(&["bench", "network", "--sizes", "200", "--rounds", "1", "--json"], "");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rows[0]["people"], 200);
    assert_eq!(rows[0]["links"], 1000);
    assert!(rows[0]["ratio"].as_f64().unwrap() > 0.0, "a ratio, measured in the same run: {out}");
}

#[test]
fn the_demo_network_findings_are_listed_in_the_persons_language() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.ok(&["demo", dir], &format!("{PASS}\n"));
    let out = world.ok(&["network", dir], &format!("{PASS}\n"));
    assert!(out.contains("have no safety contact") && out.contains("Luciérnaga"), "sentences with names: {out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["network", dir, "--json"], &format!("{PASS}\n"))).unwrap();
    assert!(json.as_array().unwrap().iter().any(|f| f["kind"] == "single-point-of-failure"), "{json}");
}

#[test]
fn the_protocol_prints_as_text_and_json_and_an_unknown_version_is_refused() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    world.ok(&["demo", dir], &format!("{PASS}\n"));
    let out = world.ok(&["protocol", dir], &format!("{PASS}\n"));
    assert!(out.contains("# Community protocol of"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["protocol", dir, "--json"], &format!("{PASS}\n"))).unwrap();
    assert!(json["sections"].is_array(), "{json}");
    let out = world.ok(&["protocol", dir, "--version", "1"], &format!("{PASS}\n"));
    assert!(out.contains("Version 1, agreed on"), "{out}");
    let refused = world.user_error(&["protocol", dir, "--version", "9"], &format!("{PASS}\n"));
    assert!(refused.contains("no longer there"), "{refused}");
}

#[test]
fn the_principles_are_checked_on_the_demo_as_sentences_and_json() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    let pass = format!("{PASS}\n");
    world.ok(&["demo", dir], &pass);
    let out = world.ok(&["analyse", "inclusion", dir], &pass);
    assert!(out.contains("elders: take part in decisions but own none of the 5 current measures"), "the demo's known finding: {out}");
    assert!(out.contains("women: 1 of 1 meetings"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "inclusion", dir, "--json"], &pass)).unwrap();
    assert_eq!(json["analysis"]["warnings"][0]["kind"], "group-owns-none", "{json}");
    assert_eq!(json["analysis"]["warnings"][0]["group"], "elders", "{json}");

    let out = world.ok(&["analyse", "leaders", dir], &pass);
    assert!(out.contains("Quetzal") && out.contains("The protocol names only them to speak or decide"), "{out}");
    assert!(out.contains("Name two or three people who take turns"), "with what to do: {out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "leaders", dir, "--json"], &pass)).unwrap();
    let quetzal = json["named"].as_array().unwrap().iter().find(|n| n["name"] == "Quetzal").unwrap()["person"].clone();
    let entry = json["analysis"].as_array().unwrap().iter().find(|d| d["person"] == quetzal).unwrap();
    assert_eq!(entry["reasons"], serde_json::json!(["sole-voice"]), "{json}");

    let out = world.ok(&["analyse", "companies", dir], &pass);
    assert!(out.contains("Minera Cerro Alto: no member is tied to it in the network."), "the demo's mining company: {out}");
    assert!(out.contains("Institutions to demand action from") && out.contains("  - Public Prosecutor's Office, district"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "companies", dir, "--json"], &pass)).unwrap();
    assert_eq!(json["analysis"]["companies"][0]["name"], "Minera Cerro Alto", "{json}");
    assert_eq!(json["analysis"]["dialogues"], serde_json::json!([]), "the demo plans no dialogue: {json}");

    let out = world.ok(&["analyse", "risks", dir], &pass);
    assert!(out.contains("Who carries which risk") && out.contains("By group") && out.contains("By person"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "risks", dir, "--json"], &pass)).unwrap();
    assert!(!json["analysis"]["people"].as_array().unwrap().is_empty(), "the demo's incidents name who they affected: {json}");
    assert!(json["named"].as_array().unwrap().iter().all(|n| n["name"].is_string()), "{json}");
}

#[test]
fn two_laptops_share_a_vault_through_a_stick_from_the_command_line() {
    let world = World::new();
    let a = world.vault();
    let a = a.to_str().unwrap();
    let b = world.path("work/Second.tejido");
    let b = b.to_str().unwrap();
    let invitation = world.path("work/second.tejido-invite");
    let stick = world.path("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let pass = format!("{PASS}\n");
    world.init();
    world.ok(&["person", "add", a, "--pseudonym", "Ceiba"], &pass);
    let out = world.ok(&["sync", "start", a, "--name", "Office"], &pass);
    assert!(out.contains("Office"), "{out}");
    let out = world.ok(&["sync", "invite", a, "--name", "Field laptop", "--out", invitation.to_str().unwrap()], &pass);
    let code = out.split("Code to read aloud: ").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();

    // A mistyped code is one clear line, and nothing is made.
    let refused = world.user_error(&["sync", "join", b, "--invitation", invitation.to_str().unwrap()], &format!("AAAA-AAAA-AAAA-AAAA-AAAA\n{PASS}\n"));
    assert!(refused.contains("code"), "{refused}");
    let out = world.ok(&["sync", "join", b, "--invitation", invitation.to_str().unwrap()], &format!("{}\n{PASS}\n", code.to_lowercase()));
    // The new laptop shows a code of its own, to read to the person at the inviting one.
    let own_code = out.split("(tejido sync confirm): ").nth(1).unwrap().lines().next().unwrap().trim().to_owned();
    assert_eq!(own_code.len(), 14, "three groups of four: {out}");
    recovery_key(&out);

    world.ok(&["person", "add", b, "--pseudonym", "Guayacán"], &pass);
    let out = world.ok(&["sync", "stick", b, stick.to_str().unwrap()], &pass);
    assert!(out.contains("copied onto the stick"), "{out}");
    world.ok(&["sync", "stick", a, stick.to_str().unwrap()], &pass);
    let people = list_json(&world);
    assert!(!people.as_array().unwrap().iter().any(|p| p["pseudonym"] == "Guayacán"), "nothing applied before its code is typed");
    let status = world.ok(&["sync", "status", a], &pass);
    assert!(status.contains("tejido sync confirm"), "{status}");
    let wrong = world.user_error(&["sync", "confirm", a, "--code", "AAAA AAAA AAAA"], &pass);
    assert!(wrong.contains(&ftl("en", "errors.ftl", "err-sync-wrong-join-code")), "{wrong}");
    let out = world.ok(&["sync", "confirm", a, "--code", &own_code.to_lowercase()], &pass);
    assert!(out.contains("Field laptop"), "{out}");
    let people = list_json(&world);
    assert!(people.as_array().unwrap().iter().any(|p| p["pseudonym"] == "Guayacán"), "{people}");

    let status: serde_json::Value = serde_json::from_str(&world.ok(&["sync", "status", a, "--json"], &pass)).unwrap();
    assert_eq!(status["laptops"].as_array().unwrap().len(), 2);
    assert_eq!(status["conflicts"].as_array().unwrap().len(), 0);
    world.ok(&["sync", "remove", a, "--laptop", "Field laptop"], &pass);
    let status: serde_json::Value = serde_json::from_str(&world.ok(&["sync", "status", a, "--json"], &pass)).unwrap();
    assert!(status["laptops"].as_array().unwrap().iter().any(|l| l["name"] == "Field laptop" && !l["removedOn"].is_null()));
    let bad = world.user_error(&["sync", "settle", a, "--conflict", "x", "--keep", "both"], &pass);
    assert!(bad.contains("both"), "{bad}");
    assert!(files(&stick).iter().all(|(f, _)| f.extension().is_some_and(|e| e == "age")), "only sealed files on the stick");
}

#[test]
fn a_weak_new_passphrase_is_refused_with_a_reason_everywhere_one_is_set() {
    let world = World::new();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    let line = world.user_error(&["init", dir], "password1\n");
    assert!(line.contains(&ftl("en", "errors.ftl", "err-passphrase-too-weak")), "create: {line}");
    let key = world.init();
    let line = world.user_error(&["passphrase", "add", dir], &format!("{PASS}\nqwertyuiop\n"));
    assert!(line.contains("too easy to guess"), "add: {line}");
    let line = world.user_error(&["passphrase", "change", dir], &format!("{PASS}\n12345678\n"));
    assert!(line.contains("too easy to guess"), "change: {line}");
    let line = world.user_error(&["recover", dir], &format!("{key}\ntejido2024\n"));
    assert!(line.contains("too easy to guess"), "recover: {line}");
}

#[test]
fn a_passphrase_nobody_remembers_is_removed_by_id_and_a_rekey_shuts_out_its_old_key_file() {
    let world = World::new();
    let dir = world.vault();
    let dir_s = dir.to_str().unwrap();
    let old_paper = world.init();
    world.ok(&["passphrase", "add", dir_s], &format!("{PASS}\nleaked tortilla glacier 7\n"));
    let listed: serde_json::Value = serde_json::from_str(&world.ok(&["passphrase", "list", dir_s, "--json"], &format!("{PASS}\n"))).unwrap();
    let slots = listed.as_array().unwrap();
    assert_eq!(slots.len(), 3, "two passphrases and the paper key: {listed}");
    let leaked = slots.iter().filter(|s| s["kind"] == "passphrase").last().unwrap()["id"].as_str().unwrap().to_owned();
    let copy = std::fs::read(dir.join(format!("keys/passphrase-{leaked}.age"))).unwrap();
    let table = world.ok(&["passphrase", "list", dir_s], &format!("{PASS}\n"));
    assert!(table.contains(&leaked) && table.contains("recovery key"), "a table for people: {table}");

    let line = world.user_error(&["passphrase", "remove", dir_s, "--id", &leaked], "leaked tortilla glacier 7\n");
    assert!(line.contains(&ftl("en", "errors.ftl", "err-slot-same-slot")), "not confirmed by itself: {line}");
    let out = world.ok(&["passphrase", "remove", dir_s, "--id", &leaked], &format!("{PASS}\n"));
    assert!(out.contains("tejido rekey"), "a re-key is offered: {out}");
    world.user_error(&["person", "list", dir_s], "leaked tortilla glacier 7\n");

    let out = world.ok(&["rekey", dir_s, "--new-passphrase"], &format!("{PASS}\nnew heron blanket 31\n"));
    let paper = recovery_key(&out);
    assert_ne!(paper, old_paper);
    world.user_error(&["person", "list", dir_s], &format!("{PASS}\n"));
    world.ok(&["person", "list", dir_s], "new heron blanket 31\n");
    // The copied key file, put back, opens nothing: it is not listed, and it holds the old key.
    std::fs::write(dir.join(format!("keys/passphrase-{leaked}.age")), &copy).unwrap();
    world.user_error(&["person", "list", dir_s], "leaked tortilla glacier 7\n");
    world.user_error(&["recover", dir_s], &format!("{old_paper}\nanother good passphrase 9\n"));
    world.ok(&["recover", dir_s], &format!("{paper}\nanother good passphrase 9\n"));
    let out = world.ok(&["check", dir_s], "new heron blanket 31\n");
    assert!(out.contains("Everything is in order."), "{out}");
}

#[test]
fn shred_keys_leaves_a_vault_no_passphrase_opens_and_the_paper_key_does() {
    let world = World::new();
    let dir = world.vault();
    let dir_s = dir.to_str().unwrap();
    let paper = world.init();
    world.ok(&["passphrase", "add", dir_s], &format!("{PASS}\nsecond tortilla glacier 7\n"));
    world.user_error(&["shred-keys", dir_s], "a guess\n");
    let out = world.ok(&["shred-keys", dir_s], &format!("{PASS}\n"));
    assert!(out.contains("recovery key"), "says what opens it now: {out}");
    let keys: Vec<String> = std::fs::read_dir(dir.join("keys")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(keys, vec!["recovery.age".to_owned()], "only the paper key's slot is left");
    world.user_error(&["person", "list", dir_s], &format!("{PASS}\n"));
    world.user_error(&["person", "list", dir_s], "second tortilla glacier 7\n");
    world.ok(&["recover", dir_s], &format!("{paper}\nanother good passphrase 9\n"));
    world.ok(&["person", "list", dir_s], "another good passphrase 9\n");
}

#[test]
fn two_of_three_shares_open_a_shredded_vault_and_one_share_or_a_typo_is_refused() {
    let world = World::new();
    let dir = world.vault();
    let dir_s = dir.to_str().unwrap();
    world.init();
    world.user_error(&["split-recovery", dir_s, "--needed", "2", "--shares", "3"], "a guess\n");
    let bounds = world.user_error(&["split-recovery", dir_s, "--needed", "1", "--shares", "3"], &format!("{PASS}\n"));
    assert!(bounds.contains("Choose between 2 and 10 members"), "{bounds}");
    let out = world.ok(&["split-recovery", dir_s, "--needed", "2", "--shares", "3"], &format!("{PASS}\n"));
    // "1/3: tjs1 abcd efgh …": typed back as printed, spaces and all.
    let shares: Vec<String> = out.lines().filter_map(|l| l.trim().split_once(": tjs1 ").map(|(_, s)| format!("tjs1 {s}"))).collect();
    assert_eq!(shares.len(), 3, "{out}");
    let listed = world.ok(&["passphrase", "list", dir_s], &format!("{PASS}\n"));
    assert!(listed.contains("shares held by members") && !listed.contains("slot-"), "the split is named in words: {listed}");
    world.ok(&["shred-keys", dir_s], &format!("{PASS}\n"));
    world.user_error(&["person", "list", dir_s], &format!("{PASS}\n"));

    let typo = shares[1].replacen(' ', " q", 3).replacen(" q", " ", 2);
    let line = world.user_error(&["recover-shares", dir_s], &format!("{}\n{typo}\n", shares[0]));
    assert!(line.contains("Share number 2 in your list has a typing mistake"), "{line}");
    let line = world.user_error(&["recover-shares", dir_s], &format!("{}\n{}\n", shares[2], shares[2]));
    assert!(line.contains("Share 3 was entered twice"), "{line}");
    world.ok(&["recover-shares", dir_s], &format!("{}\n{}\nanother good passphrase 9\n", shares[2], shares[0]));
    world.ok(&["person", "list", dir_s], "another good passphrase 9\n");
}

#[test]
fn a_duress_passphrase_lists_the_decoy_and_afterwards_only_the_paper_key_opens_the_real_data() {
    let world = World::new();
    let dir = world.vault();
    let dir_s = dir.to_str().unwrap();
    let paper = world.init();
    world.ok(&["person", "add", dir_s, "--pseudonym", "Radio keeper Ixmucané"], &format!("{PASS}\n"));
    world.ok(&["passphrase", "add", dir_s], &format!("{PASS}\nsecond tortilla glacier 7\n"));
    let taken = world.user_error(&["passphrase", "duress", dir_s], &format!("{PASS}\nsecond tortilla glacier 7\n"));
    assert!(taken.contains(&ftl("en", "errors.ftl", "err-slot-passphrase-in-use")), "{taken}");
    let out = world.ok(&["passphrase", "duress", dir_s], &format!("{PASS}\ncopper kettle morning 52\n"));
    assert!(out.contains("decoy"), "{out}");
    let listed = world.ok(&["passphrase", "list", dir_s], &format!("{PASS}\n"));
    assert_eq!(listed.matches("passphrase").count(), 3, "three passphrases, none marked: {listed}");

    // Under threat.
    let people = world.ok(&["person", "list", dir_s], "copper kettle morning 52\n");
    assert!(!people.contains("Radio keeper"), "nothing of the group: {people}");
    assert!(people.lines().count() >= 35, "a vault that looks used: {people}");
    world.user_error(&["person", "list", dir_s], &format!("{PASS}\n"));
    world.user_error(&["person", "list", dir_s], "second tortilla glacier 7\n");
    world.ok(&["person", "list", dir_s], "copper kettle morning 52\n");

    world.ok(&["recover", dir_s], &format!("{paper}\nanother good passphrase 9\n"));
    let people = world.ok(&["person", "list", dir_s], "another good passphrase 9\n");
    assert!(people.contains("Radio keeper Ixmucané"), "{people}");
}

#[test]
fn a_desk_reads_its_trends_as_json_and_exports_its_cases_readable_by_its_account_only() {
    let world = World::new();
    let dir = world.vault();
    let dir_s = dir.to_str().unwrap();
    world.init();
    let out = world.ok(&["analyse", "trends", dir_s], &format!("{PASS}\n"));
    assert!(out.contains("No case has been received"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "trends", dir_s, "--json"], &format!("{PASS}\n"))).unwrap();
    assert_eq!(json["months"], serde_json::json!([]), "{json}");
    assert!(json["perpetrators"].is_array(), "{json}");
    let csv = world.path("cases.csv");
    world.ok(&["analyse", "cases", dir_s, "--out", csv.to_str().unwrap()], &format!("{PASS}\n"));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("received_on,urgency,categories,region"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&csv).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

/// The text after the last ": " of the line holding `marker`, trimmed of quotes.
fn after_colon(text: &str, marker: &str) -> String {
    let line = text.lines().find(|l| l.contains(marker)).unwrap_or_else(|| panic!("a line with {marker:?} in {text}"));
    line.rsplit(": ").next().unwrap().trim().trim_matches('"').to_owned()
}

#[test]
fn a_case_travels_to_a_desk_after_fingerprints_are_compared_and_its_status_report_comes_back() {
    let world = World::new();
    let community = world.vault();
    let desk = world.path("work/Desk.tejido");
    let (c, d) = (community.to_str().unwrap(), desk.to_str().unwrap());
    let pass = format!("{PASS}\n");
    world.init();
    world.ok(&["init", d, "--name", "Red de Solidaridad"], &pass);
    world.ok(&["person", "add", c, "--pseudonym", "Garza", "--name", "Rosa Quej"], &pass);
    world.ok(&["person", "add", c, "--pseudonym", "Colibri", "--name", "Juan Xol"], &pass);

    // The desk's card: accepted only with the fingerprint read aloud, typed in any spacing.
    let card = world.path("work/desk-contact.json");
    let saved = world.ok(&["contact", "save", d, "--role", "desk", "--out", card.to_str().unwrap()], &pass);
    let desk_fingerprint = after_colon(&saved, "fingerprint");
    assert_eq!(desk_fingerprint.split(' ').count(), 8, "{saved}");
    let refused = world.user_error(&["contact", "add", c, card.to_str().unwrap()], &pass);
    assert!(refused.contains(&desk_fingerprint) && refused.contains("--fingerprint"), "{refused}");
    let wrong = world.user_error(&["contact", "add", c, card.to_str().unwrap(), "--fingerprint", "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH"], &pass);
    assert!(wrong.contains("not this contact file's"), "{wrong}");
    let typed = desk_fingerprint.replace(' ', "").to_lowercase();
    world.ok(&["contact", "add", c, card.to_str().unwrap(), "--fingerprint", &typed, "--notes", "called on Monday"], &pass);
    assert!(world.ok(&["contact", "list", c], &pass).contains(&desk_fingerprint));

    // A case: a typo in a consent is refused rather than guessed.
    let bad = world.user_error(&["case", "new", c, "--title", "Detención de Garza", "--person", "Garza=desk,everything"], &pass);
    assert!(bad.contains("everything"), "{bad}");
    // A region is a code from the ISO list: words are refused, saying what to do instead.
    let words = world.user_error(&["case", "new", c, "--title", "Detención de Garza", "--region", "Santa Rosa"], &pass);
    assert!(words.contains("Santa Rosa") && words.contains("not a country or region on the list"), "{words}");
    let made = world.ok(
        &["case", "new", c, "--title", "Detención de Garza", "--summary", "Detenida en el retén", "--urgency", "immediate", "--region", "gt-06",
          "--person", "Garza=desk,state", "--person", "Colibri", "--request", "letter", "--request", "un-mechanism"],
        &pass,
    );
    assert!(made.contains("One person"), "{made}");
    let package = world.path("work/caso.tejido-case");
    let sent = world.ok(&["case", "send", c, "Detención de Garza", "--to", "red de solidaridad", "--out", package.to_str().unwrap()], &pass);
    assert!(sent.contains("one desk"), "{sent}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&package).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let raw = std::fs::read(&package).unwrap();
    assert!(!raw.windows(9).any(|w| w == b"Rosa Quej"), "the package is sealed");

    // At the desk: an unknown sender is refused with its fingerprint and how to accept it.
    let first = world.run(&["case", "open", d, package.to_str().unwrap()], &pass);
    assert_eq!(first.status.code(), Some(1));
    let stderr = String::from_utf8(first.stderr).unwrap();
    assert!(stderr.contains("--accept"), "{stderr}");
    let community_fingerprint = stderr.lines().find(|l| l.contains("--accept")).unwrap().split('"').nth(1).unwrap().to_owned();
    let received = world.ok(&["case", "open", d, package.to_str().unwrap(), "--accept", &community_fingerprint], &pass);
    assert!(received.contains("Detención de Garza") && received.contains("Río Claro"), "{received}");
    let again = world.ok(&["case", "open", d, package.to_str().unwrap()], &pass);
    assert!(again.contains("already here"), "{again}");
    let listed = world.ok(&["case", "list", d], &pass);
    assert!(listed.contains("Detención de Garza") && listed.contains("Río Claro"), "{listed}");
    let csv = world.ok(&["analyse", "cases", d], &pass);
    assert!(!csv.contains("Garza") && !csv.contains("Colibri"), "{csv}");
    assert_eq!(csv.lines().count(), 2, "one case: {csv}");
    assert!(csv.contains("GT-06,\"Santa Rosa, Guatemala\",GT,"), "the region's code, name and country: {csv}");
    // Trends by country and by region: the name in the person's language beside the code.
    let trends = world.ok(&["analyse", "trends", d], &pass);
    assert!(trends.contains("1  Guatemala (GT)") && trends.contains("1  Santa Rosa, Guatemala (GT-06)"), "{trends}");
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "trends", d, "--json"], &pass)).unwrap();
    assert_eq!(json["regions"], serde_json::json!([{ "key": "GT-06", "count": 1, "name": "Santa Rosa, Guatemala" }]), "{json}");
    assert_eq!(json["countries"], serde_json::json!([{ "key": "GT", "count": 1, "name": "Guatemala" }]), "{json}");

    // The desk's report goes back to the community, which knows the desk already.
    let report = world.path("work/informe.tejido-status");
    world.ok(&["case", "reply", d, "detención de garza", "--message", "Carta enviada al Ministerio Público", "--out", report.to_str().unwrap()], &pass);
    let status = world.ok(&["case", "open", c, report.to_str().unwrap()], &pass);
    assert!(status.contains("Red de Solidaridad") && status.contains("Carta enviada al Ministerio Público"), "{status}");
    let listed = world.ok(&["case", "list", c], &pass);
    assert!(listed.contains("Detención de Garza"), "{listed}");
    assert!(world.user_error(&["case", "send", c, "no such case", "--to", "Red de Solidaridad", "--out", "x"], &pass).contains("no such case"));
}

#[test]
fn a_desk_member_opens_a_case_sealed_to_their_working_group_and_the_log_says_so() {
    let world = World::new();
    let community = world.vault();
    let desk = world.path("work/Desk.tejido");
    let (c, d) = (community.to_str().unwrap(), desk.to_str().unwrap());
    let pass = format!("{PASS}\n");
    let ana = "Ana's own passphrase, not the desk's";
    world.init();
    world.ok(&["init", d, "--name", "Red de Solidaridad"], &pass);
    let added = world.ok(&["desk", "member-add", d, "--name", "Ana", "--group", "Land", "--decision", "Advisory Group, 3 March: add Ana", "--present", "4"], &format!("{PASS}\n{ana}\n{ana}\n"));
    assert!(added.contains("Ana") && added.contains("contact file"), "{added}");

    let card = world.path("work/desk-contact.json");
    let saved = world.ok(&["contact", "save", d, "--role", "desk", "--out", card.to_str().unwrap()], &pass);
    assert!(std::fs::read_to_string(&card).unwrap().contains("\"members\""), "the desk's file lists its members");
    world.ok(&["contact", "add", c, card.to_str().unwrap(), "--fingerprint", &after_colon(&saved, "fingerprint")], &pass);
    world.ok(&["case", "new", c, "--title", "Amenazas en la finca", "--working-group", "Land"], &pass);
    let package = world.path("work/caso.tejido-case");
    world.ok(&["case", "send", c, "Amenazas en la finca", "--to", "Red de Solidaridad", "--out", package.to_str().unwrap()], &pass);

    // Sealed to Ana, not to the desk: kept sealed until she opens it with her own passphrase.
    let kept = world.ok(&["case", "open", d, package.to_str().unwrap()], &pass);
    assert!(kept.contains("kept sealed"), "{kept}");
    let wrong = world.user_error(&["case", "open", d, package.to_str().unwrap(), "--member", "ana"], &format!("{PASS}\n{PASS}\n"));
    assert!(wrong.contains("not this member's passphrase"), "{wrong}");
    let first = world.run(&["case", "open", d, package.to_str().unwrap(), "--member", "ana"], &format!("{PASS}\n{ana}\n"));
    let stderr = String::from_utf8(first.stderr).unwrap();
    let fingerprint = stderr.lines().find(|l| l.contains("--accept")).unwrap_or_else(|| panic!("{stderr}")).split('"').nth(1).unwrap().to_owned();
    let opened = world.ok(&["case", "open", d, package.to_str().unwrap(), "--member", "ana", "--accept", &fingerprint], &format!("{PASS}\n{ana}\n"));
    assert!(opened.contains("Amenazas en la finca"), "{opened}");
    let log = world.ok(&["desk", "log", d], &pass);
    assert!(log.contains("Ana") && log.contains("one opening"), "{log}");

    let removed = world.ok(&["desk", "member-remove", d, "Ana", "--decision", "Advisory Group, 9 March: Ana leaves"], &pass);
    assert!(removed.contains("opens no later case"), "{removed}");
    assert!(world.ok(&["desk", "members", d], &pass).contains("removed"));
    let refused = world.user_error(&["case", "open", d, package.to_str().unwrap(), "--member", "Ana"], &format!("{PASS}\n{ana}\n"));
    assert!(refused.contains("removed from the desk"), "{refused}");
    assert!(world.ok(&["desk", "log", d], &pass).contains("one opening"), "her entry still verifies");
}

#[test]
fn a_petitions_signatures_are_counted_from_their_file_each_person_once() {
    let world = World::new();
    let file = world.path("work/firmas.csv");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "Nombre;Apellido;Correo\nMaría;Xol;maria@example.org\nMaria;XOL;MARIA@example.org\nJosé;Pop;\njose;pop;\n;;\nAna;Pop;ana@example.org\n").unwrap();
    let json: serde_json::Value = serde_json::from_str(&world.ok(&["analyse", "signatures", file.to_str().unwrap(), "--json"], "")).unwrap();
    assert_eq!((json["signatures"].as_u64(), json["duplicates"].as_u64(), json["blank"].as_u64()), (Some(3), Some(2), Some(1)));
    let said = world.ok(&["analyse", "signatures", file.to_str().unwrap()], "");
    assert!(said.contains("3 people signed") && said.contains("2 repeated rows left out"), "{said}");
    let junk = world.path("work/photo.csv");
    std::fs::write(&junk, [0xff, 0xd8, 0xff, 0xe0]).unwrap();
    assert!(world.user_error(&["analyse", "signatures", junk.to_str().unwrap()], "").contains("could not be counted"));
}

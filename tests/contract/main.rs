//! The desktop app's command list is written in three places that must agree: `build.rs`
//! (which generates the permissions), `capabilities/*.json` (which grant them to the
//! windows) and the UI's `commands.ts` (the only caller). A command missing from one of them
//! fails at run time in front of a person; this test fails first.

use std::collections::BTreeSet;
use std::path::Path;

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(relative)).unwrap()
}

fn quoted_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &text[i + marker.len()..];
            let end = rest.find('"')?;
            Some(rest[..end].to_owned())
        })
        .collect()
}

#[test]
fn build_script_capability_and_ui_name_the_same_commands() {
    let build = read("src-tauri/build.rs");
    let list = &build[build.find("const COMMANDS").unwrap()..];
    let list = &list[..list.find("];").unwrap()];
    let declared: BTreeSet<String> = quoted_after(list, "\"");
    let declared: BTreeSet<String> = declared.into_iter().filter(|c| !c.trim().is_empty() && !c.contains(',')).collect();
    assert!(declared.len() >= 15, "build.rs lists the app's commands: {declared:?}");

    let grants = |file: &str| -> BTreeSet<String> {
        quoted_after(&read(file), "\"allow-").into_iter().map(|p| p.replace('-', "_")).collect()
    };
    let projector = grants("src-tauri/capabilities/projector.json");
    assert_eq!(
        projector,
        BTreeSet::from(["get_projection".to_owned(), "language_pack_sources".to_owned(), "panic_lock".to_owned()]),
        "the projector window may only read what the core lets through for a projector, the checked text of an \
         installed language pack (no vault data), and press the panic key"
    );
    let main = grants("src-tauri/capabilities/main.json");
    assert_eq!(
        main.intersection(&projector).cloned().collect::<BTreeSet<_>>(),
        BTreeSet::from(["language_pack_sources".to_owned(), "panic_lock".to_owned()]),
        "the facilitator's window does not need the projector's reading command; both windows have the panic key \
         and read the language pack the person chose"
    );
    let granted: BTreeSet<String> = main.union(&projector).cloned().collect();
    assert_eq!(granted, declared, "the capability files grant exactly the declared commands");

    let ui = read("ui/src/lib/ipc/commands.ts");
    let called = quoted_after(&ui, "invoke<");
    let called: BTreeSet<String> = called
        .into_iter()
        .filter_map(|s| s.split_once(">(\"").map(|(_, name)| name.to_owned()))
        .collect();
    let called = if called.is_empty() { quoted_after(&ui, ">(\"") } else { called };
    assert_eq!(called, declared, "the UI calls exactly the declared commands");

    let handlers = read("src-tauri/src/lib.rs");
    for command in &declared {
        assert!(handlers.contains(&format!("::{command},")), "{command} is registered in generate_handler!");
    }
}

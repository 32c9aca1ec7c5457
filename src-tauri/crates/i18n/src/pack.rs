//! Language packs: a community's own language (K'iche', Brazilian Portuguese…), added from the
//! settings without rebuilding Tejido.
//!
//! A pack is a folder with a manifest, `pack.json`:
//!
//! ```json
//! { "code": "pt-BR", "name": "Português (Brasil)", "fallback": ["es", "en"] }
//! ```
//!
//! and the interface's Fluent files, `ui.ftl` and `errors.ftl`, with the same ids as English.
//! `fallback` lists where a message the pack lacks is taken from, in order: built-in languages
//! or other installed packs (K'iche' → Spanish → English). English always ends the chain.
//!
//! This module only checks a pack and measures it; where it is kept is the core's business.
//! A pack is untrusted text from outside: it is parsed, never evaluated, and a message holding
//! markup or a script address is refused (the UI also never renders a message as HTML).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_syntax::ast;
use serde::{Deserialize, Serialize};

use crate::{Locale, Localized, Text};

/// The manifest's file name in a pack folder.
pub const MANIFEST: &str = "pack.json";

/// The Fluent files of a pack, in the order they are read. `cli.ftl` is not part of a pack:
/// the command line speaks the built-in languages.
pub const PACK_FILES: [&str; 2] = ["ui.ftl", "errors.ftl"];

/// The longest file a pack may hold: the English ones are about 150 kB together.
const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// What `pack.json` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The language's BCP 47 tag (`pt-BR`, `quc`), stored as canonicalised.
    pub code: String,
    /// The language's name in itself, as the language list shows it.
    pub name: String,
    /// Where missing messages come from, in order; English is always last.
    #[serde(default)]
    pub fallback: Vec<String>,
}

/// A checked pack: its manifest (code canonicalised) and its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// The manifest.
    pub manifest: Manifest,
    /// `ui.ftl`.
    pub ui: String,
    /// `errors.ftl`.
    pub errors: String,
}

/// A message whose variables differ from English's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariableProblem {
    /// The message id.
    pub id: String,
    /// Variables English uses and the pack does not (a path that would not be shown).
    pub missing: Vec<String>,
    /// Variables the pack uses and English never sends (they would show as `{$name}`).
    pub extra: Vec<String>,
}

/// How much of the interface a pack translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// How many messages the English interface has (ui.ftl and errors.ftl).
    pub total: usize,
    /// How many of them the pack has, without problems.
    pub translated: usize,
    /// English ids the pack lacks: shown in the next language of the chain.
    pub missing: Vec<String>,
    /// Messages whose variables differ from English: not used, the chain's next language is.
    pub problems: Vec<VariableProblem>,
    /// Ids the pack has and English does not (renamed or removed messages): never shown.
    pub unknown: Vec<String>,
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PackError {
    /// `pack.json` is missing or is not the expected JSON.
    #[error("{}", crate::render(Locale::En, self))]
    Manifest {
        /// What the JSON parser said.
        reason: String,
    },
    /// The code is not a BCP 47 language tag.
    #[error("{}", crate::render(Locale::En, self))]
    Code {
        /// The code as written.
        code: String,
    },
    /// The code is one of the built-in languages, which a pack cannot replace.
    #[error("{}", crate::render(Locale::En, self))]
    BuiltIn {
        /// The code.
        code: String,
    },
    /// The language's name is empty, too long or holds markup.
    #[error("{}", crate::render(Locale::En, self))]
    Name,
    /// A Fluent file of the pack is missing or too large.
    #[error("{}", crate::render(Locale::En, self))]
    File {
        /// The file's name.
        file: String,
    },
    /// A Fluent file does not parse.
    #[error("{}", crate::render(Locale::En, self))]
    Syntax {
        /// The file's name.
        file: String,
        /// The first line that does not parse (from 1).
        line: usize,
    },
    /// A message holds markup (`<script>`, `<a href…>`) or a script address (`javascript:`).
    #[error("{}", crate::render(Locale::En, self))]
    Markup {
        /// The file's name.
        file: String,
        /// The message's line (from 1).
        line: usize,
        /// The message id.
        id: String,
    },
    /// The same id is defined twice (in one file or in both).
    #[error("{}", crate::render(Locale::En, self))]
    Duplicate {
        /// The id.
        id: String,
    },
    /// The fallback chain names a language that is neither built in nor installed.
    #[error("{}", crate::render(Locale::En, self))]
    UnknownFallback {
        /// The language named.
        language: String,
    },
    /// The fallback chain comes back to a language already on it.
    #[error("{}", crate::render(Locale::En, self))]
    Cycle {
        /// The language the chain returns to.
        language: String,
    },
}

impl Localized for PackError {
    fn text(&self) -> Text {
        match self {
            PackError::Manifest { reason } => Text::new("err-pack-manifest").hint("rec-pack-manifest").arg("reason", reason),
            PackError::Code { code } => Text::new("err-pack-code").hint("rec-pack-code").arg("code", code),
            PackError::BuiltIn { code } => Text::new("err-pack-built-in").hint("rec-pack-code").arg("code", code),
            PackError::Name => Text::new("err-pack-name").hint("rec-pack-manifest"),
            PackError::File { file } => Text::new("err-pack-file").hint("rec-pack-files").arg("file", file),
            PackError::Syntax { file, line } => Text::new("err-pack-syntax").hint("rec-pack-fix-file").arg("file", file).arg("line", line),
            PackError::Markup { file, line, id } => {
                Text::new("err-pack-markup").hint("rec-pack-fix-file").arg("file", file).arg("line", line).arg("id", id)
            }
            PackError::Duplicate { id } => Text::new("err-pack-duplicate").hint("rec-pack-fix-file").arg("id", id),
            PackError::UnknownFallback { language } => Text::new("err-pack-fallback-unknown").hint("rec-pack-fallback").arg("language", language),
            PackError::Cycle { language } => Text::new("err-pack-fallback-cycle").hint("rec-pack-fallback").arg("language", language),
        }
    }
}

/// Whether `code` names a built-in language exactly (`es`, not `es-GT`).
pub fn is_built_in(code: &str) -> bool {
    Locale::ALL.iter().any(|l| l.tag().eq_ignore_ascii_case(code))
}

/// `code` as a canonical BCP 47 tag (`pt-br` → `pt-BR`), or `None` if it is not one.
pub fn canonical_code(code: &str) -> Option<String> {
    code.parse::<unic_langid::LanguageIdentifier>().ok().map(|tag| tag.to_string())
}

/// Checks a pack read from a folder or files. `installed` maps each other installed pack's code
/// to its fallback list (a pack being replaced is not in it).
pub fn check(manifest: &str, ui: Option<&str>, errors: Option<&str>, installed: &BTreeMap<String, Vec<String>>) -> Result<Pack, PackError> {
    let mut manifest: Manifest = serde_json::from_str(manifest).map_err(|e| PackError::Manifest { reason: e.to_string() })?;
    manifest.code = canonical_code(&manifest.code).ok_or_else(|| PackError::Code { code: manifest.code.clone() })?;
    if is_built_in(&manifest.code) {
        return Err(PackError::BuiltIn { code: manifest.code });
    }
    manifest.name = manifest.name.trim().to_owned();
    if manifest.name.is_empty() || manifest.name.chars().count() > 60 || has_markup(&manifest.name) || manifest.name.contains(['<', '>']) {
        return Err(PackError::Name);
    }
    chain(&manifest.code, &manifest.fallback, installed)?;

    let english = english_messages();
    let mut ids = BTreeSet::new();
    let mut texts = Vec::new();
    for (file, source) in PACK_FILES.into_iter().zip([ui, errors]) {
        let source = source.filter(|s| s.len() <= MAX_FILE_BYTES).ok_or_else(|| PackError::File { file: file.to_owned() })?;
        for (id, message) in parse(file, source)? {
            if !ids.insert(id.clone()) {
                return Err(PackError::Duplicate { id });
            }
            let allowed = english.get(&id).map(|m| tags(&m.text)).unwrap_or_default();
            let found = tags(&message.text);
            if has_markup(&message.text) || !found.is_subset(&allowed) {
                return Err(PackError::Markup { file: file.to_owned(), line: line_of(source, &id), id });
            }
        }
        texts.push(source.to_owned());
    }
    let errors = texts.pop().unwrap_or_default();
    let ui = texts.pop().unwrap_or_default();
    Ok(Pack { manifest, ui, errors })
}

/// The full chain of a pack: itself, its fallbacks (an installed pack's own fallbacks follow
/// it), then English. Refuses a language neither built in nor in `installed`, and a cycle.
pub fn chain(code: &str, fallback: &[String], installed: &BTreeMap<String, Vec<String>>) -> Result<Vec<String>, PackError> {
    fn walk(code: &str, fallback: &[String], installed: &BTreeMap<String, Vec<String>>, path: &mut Vec<String>, out: &mut Vec<String>) -> Result<(), PackError> {
        path.push(code.to_owned());
        if !out.iter().any(|c| c == code) {
            out.push(code.to_owned());
        }
        for next in fallback {
            if path.iter().any(|c| c.eq_ignore_ascii_case(next)) {
                return Err(PackError::Cycle { language: next.clone() });
            }
            if let Some(locale) = Locale::ALL.iter().find(|l| l.tag().eq_ignore_ascii_case(next)) {
                if !out.iter().any(|c| c == locale.tag()) {
                    out.push(locale.tag().to_owned());
                }
            } else if let Some(more) = installed.get(next.as_str()) {
                walk(next, more, installed, path, out)?;
            } else {
                return Err(PackError::UnknownFallback { language: next.clone() });
            }
        }
        path.pop();
        Ok(())
    }
    let mut out = Vec::new();
    walk(code, fallback, installed, &mut Vec::new(), &mut out)?;
    if !out.iter().any(|c| c == "en") {
        out.push("en".to_owned());
    }
    Ok(out)
}

/// The built-in language the core writes in (prints, templates, letters) for a chain: the
/// first one on it (pt-BR → es). A pack for a variant of a built-in language (`es-GT`) is that
/// language. English when there is none.
pub fn core_locale(chain: &[String]) -> Locale {
    chain.iter().find_map(|code| Locale::parse(code)).unwrap_or_default()
}

/// Measures `pack` against the English interface.
pub fn completeness(pack: &Pack) -> Completeness {
    let english = english_messages();
    let mut own: BTreeMap<String, MessageFacts> = BTreeMap::new();
    for (file, source) in PACK_FILES.into_iter().zip([&pack.ui, &pack.errors]) {
        // A checked pack parses; an unparsable file simply counts as translating nothing.
        own.extend(parse(file, source).unwrap_or_default());
    }
    let mut report = Completeness { total: english.len(), translated: 0, missing: Vec::new(), problems: Vec::new(), unknown: Vec::new() };
    for (id, en) in english {
        let Some(message) = own.get(id) else {
            report.missing.push(id.clone());
            continue;
        };
        let missing: Vec<String> = en.variables.difference(&message.variables).cloned().collect();
        let extra: Vec<String> = message.variables.difference(&en.variables).cloned().collect();
        if missing.is_empty() && extra.is_empty() {
            report.translated += 1;
        } else {
            report.problems.push(VariableProblem { id: id.clone(), missing, extra });
        }
    }
    report.unknown = own.keys().filter(|id| !english.contains_key(*id)).cloned().collect();
    report
}

/// What matters of one message for checking it: its variables and all its text.
#[derive(Debug, Default)]
struct MessageFacts {
    variables: BTreeSet<String>,
    text: String,
}

/// Parsed once: every check and report compares against it, and the app checks the installed
/// packs at start and the bundled ones each time the settings list them.
fn english_messages() -> &'static BTreeMap<String, MessageFacts> {
    static ENGLISH: OnceLock<BTreeMap<String, MessageFacts>> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        let [errors, _cli, ui] = crate::messages::sources(Locale::En);
        let mut out: BTreeMap<_, _> = parse("ui.ftl", ui).expect("the English ui.ftl parses (checked by tests)").into_iter().collect();
        out.extend(parse("errors.ftl", errors).expect("the English errors.ftl parses (checked by tests)"));
        out
    })
}

/// The messages and terms (`-name`) of one file, by id, in file order. A duplicate id keeps
/// the first and is reported by [`check`] through the returned order.
fn parse(file: &str, source: &str) -> Result<Vec<(String, MessageFacts)>, PackError> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| PackError::Syntax {
        file: file.to_owned(),
        // The line where the broken entry starts: the parser's position is often past its end.
        line: errors.first().map(|e| e.slice.clone().map_or(e.pos.start, |s| s.start)).map_or(1, |at| source[..at.min(source.len())].matches('\n').count() + 1),
    })?;
    let mut out = Vec::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut facts = MessageFacts::default();
        for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
            pattern_facts(pattern, &mut facts);
        }
        out.push((id, facts));
    }
    Ok(out)
}

fn pattern_facts(pattern: &ast::Pattern<&str>, facts: &mut MessageFacts) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => facts.text.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_facts(expression, facts),
        }
    }
}

fn expression_facts(expression: &ast::Expression<&str>, facts: &mut MessageFacts) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_facts(selector, facts);
            for variant in variants {
                pattern_facts(&variant.value, facts);
            }
        }
        ast::Expression::Inline(inline) => inline_facts(inline, facts),
    }
}

fn inline_facts(inline: &ast::InlineExpression<&str>, facts: &mut MessageFacts) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => facts.text.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                inline_facts(argument, facts);
            }
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                inline_facts(argument, facts);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_facts(expression, facts),
        _ => {}
    }
}

/// A script address, which no message needs (`javascript:`, also written with spaces or in
/// capitals to slip past a simpler check).
fn has_markup(text: &str) -> bool {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect();
    ["javascript:", "vbscript:"].iter().any(|scheme| squeezed.contains(scheme))
}

/// The tag-like names in a text: `<script>`, `</b>`, `<a href=…>`, `<!--`. English has one
/// legitimate use, a placeholder in a command the person types (`-P <signingKey from the
/// contact file>`): a pack's message may hold the tags its English message holds, no other.
fn tags(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let closes = after.find('>');
        let first = after.chars().next();
        if let (Some(_), Some(first)) = (closes, first) {
            if first.is_ascii_alphabetic() || matches!(first, '/' | '!' | '?') {
                let name: String = after
                    .trim_start_matches(['/', '!', '?'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .flat_map(char::to_lowercase)
                    .collect();
                // `<!--` and `<?xml` carry no name: they are markup all the same.
                found.insert(if name.is_empty() { first.to_string() } else { name });
            }
        }
        rest = after;
    }
    found
}

/// The line (from 1) where `id` is defined in `source`, or 1.
fn line_of(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn installed(packs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        packs.iter().map(|(code, fallback)| (code.to_string(), fallback.iter().map(|s| s.to_string()).collect())).collect()
    }

    const MANIFEST_PT: &str = r#"{"code": "pt-br", "name": "Português (Brasil)", "fallback": ["es", "en"]}"#;

    #[test]
    fn a_well_formed_pack_is_accepted_with_its_code_canonicalised() {
        let pack = check(MANIFEST_PT, Some("common-back = Voltar\n"), Some("err-app-locked = Bloqueado.\n"), &BTreeMap::new()).unwrap();
        assert_eq!(pack.manifest.code, "pt-BR");
        assert_eq!(chain("pt-BR", &pack.manifest.fallback, &BTreeMap::new()).unwrap(), ["pt-BR", "es", "en"]);
        assert_eq!(core_locale(&chain("pt-BR", &pack.manifest.fallback, &BTreeMap::new()).unwrap()), Locale::Es);
    }

    #[test]
    fn a_message_with_a_script_or_markup_is_refused() {
        let ui = "common-back = Voltar\ncommon-close = Fechar <script>alert(1)</script>\n";
        let err = check(MANIFEST_PT, Some(ui), Some(""), &BTreeMap::new()).unwrap_err();
        assert_eq!(err, PackError::Markup { file: "ui.ftl".into(), line: 2, id: "common-close".into() });
        for bad in ["<img src=x onerror=alert(1)>", "<a href=\"x\">aqui</a>", "JavaScript : alert(1)", "<!-- x -->", "{ \"<b>\" }negrito"] {
            let ui = format!("common-back = Voltar {bad}\n");
            assert!(matches!(check(MANIFEST_PT, Some(&ui), Some(""), &BTreeMap::new()), Err(PackError::Markup { .. })), "refused: {bad}");
        }
        // English's own placeholder in a typed command stays allowed, and "3 < 5" is no tag.
        let placeholder = "package-readme = minisign -Vm { $sealed } -P <signingKey do arquivo de contato>\n";
        check(MANIFEST_PT, Some("common-back = menos de 3 < 5 > 2\n"), Some(placeholder), &BTreeMap::new()).expect("placeholders as in English pass");
    }

    #[test]
    fn a_file_that_does_not_parse_is_refused_naming_the_file_and_line_in_the_persons_language() {
        let ui = "common-back = Voltar\ncommon-close = { $x\n";
        let err = check(MANIFEST_PT, Some(ui), Some(""), &BTreeMap::new()).unwrap_err();
        assert_eq!(err, PackError::Syntax { file: "ui.ftl".into(), line: 2 });
        let es = crate::render(Locale::Es, &err);
        assert!(es.contains("ui.ftl") && es.contains('2') && !es.contains("err-pack"), "Spanish names file and line: {es}");
        assert_ne!(es, crate::render(Locale::En, &err));
    }

    #[test]
    fn fallback_chains_name_only_installed_languages_and_never_loop() {
        let none = BTreeMap::new();
        assert_eq!(chain("quc", &["es".into()], &none).unwrap(), ["quc", "es", "en"]);
        assert_eq!(chain("quc", &["pt-BR".into()], &none), Err(PackError::UnknownFallback { language: "pt-BR".into() }));
        let packs = installed(&[("pt-BR", &["es"]), ("quc", &["pt-BR", "fr"])]);
        assert_eq!(chain("mam", &["quc".into()], &packs).unwrap(), ["mam", "quc", "pt-BR", "es", "fr", "en"]);
        let looping = installed(&[("quc", &["mam"])]);
        assert_eq!(chain("mam", &["quc".into()], &looping), Err(PackError::Cycle { language: "mam".into() }));
        assert_eq!(chain("mam", &["mam".into()], &none), Err(PackError::Cycle { language: "mam".into() }));
        let manifest = r#"{"code": "mam", "name": "Mam", "fallback": ["quc"]}"#;
        assert!(matches!(check(manifest, Some(""), Some(""), &looping), Err(PackError::Cycle { .. })));
    }

    #[test]
    fn manifests_and_codes_are_checked() {
        let none = BTreeMap::new();
        let with = |m: &str| check(m, Some(""), Some(""), &none);
        assert!(matches!(with("{"), Err(PackError::Manifest { .. })));
        assert!(matches!(with(r#"{"code": "pt-BR", "name": "x", "script": "y"}"#), Err(PackError::Manifest { .. })), "unknown fields refused");
        assert_eq!(with(r#"{"code": "not a tag!", "name": "x"}"#), Err(PackError::Code { code: "not a tag!".into() }));
        assert_eq!(with(r#"{"code": "ES", "name": "x"}"#), Err(PackError::BuiltIn { code: "es".into() }));
        assert_eq!(with(r#"{"code": "quc", "name": "<b>K'iche'</b>"}"#), Err(PackError::Name));
        assert_eq!(check(r#"{"code": "quc", "name": "K'iche'"}"#, None, Some(""), &none), Err(PackError::File { file: "ui.ftl".into() }));
        assert_eq!(with(r#"{"code": "es-GT", "name": "Español de Guatemala"}"#).map(|p| core_locale(&chain(&p.manifest.code, &[], &none).unwrap())), Ok(Locale::Es));
        let twice = check(r#"{"code": "quc", "name": "K'iche'"}"#, Some("common-back = a\n"), Some("common-back = b\n"), &none);
        assert_eq!(twice, Err(PackError::Duplicate { id: "common-back".into() }));
    }

    #[test]
    fn completeness_counts_missing_and_wrong_variable_messages() {
        let english = english_messages();
        // Every English message but three; one with a variable lost, one with a variable added.
        let mut ui = String::new();
        let mut skipped = Vec::new();
        let with_var = english.iter().find(|(id, m)| !id.starts_with('-') && m.variables.len() == 1 && id.starts_with("settings-")).map(|(id, _)| id.clone()).unwrap();
        let without_var = english.iter().find(|(id, m)| !id.starts_with('-') && m.variables.is_empty() && id.starts_with("common-")).map(|(id, _)| id.clone()).unwrap();
        for (n, id) in english.keys().enumerate() {
            if n % 500 == 7 && *id != with_var && *id != without_var {
                skipped.push(id.clone());
                continue;
            }
            let vars: String = english[id].variables.iter().map(|v| format!(" {{ ${v} }}")).collect();
            let line = if *id == with_var {
                format!("{id} = sem variável\n")
            } else if *id == without_var {
                format!("{id} = com {{ $extra }}\n")
            } else {
                format!("{id} = texto{vars}\n")
            };
            ui.push_str(&line);
        }
        ui.push_str("no-such-message = sobra\n");
        let pack = check(MANIFEST_PT, Some(&ui), Some(""), &BTreeMap::new()).unwrap();
        let report = completeness(&pack);
        assert_eq!(report.total, english.len());
        assert_eq!(report.missing, skipped);
        assert!(!skipped.is_empty());
        assert_eq!(report.translated, english.len() - skipped.len() - 2);
        let var = english[&with_var].variables.iter().next().unwrap().clone();
        // English ids are sorted: the `common-` message comes before the `settings-` one.
        assert_eq!(
            report.problems,
            [
                VariableProblem { id: without_var.clone(), missing: vec![], extra: vec!["extra".into()] },
                VariableProblem { id: with_var.clone(), missing: vec![var], extra: vec![] },
            ]
        );
        assert_eq!(report.unknown, ["no-such-message"]);
    }
}

/// The pack that comes with Tejido, checked like any other: it must pass, and be complete.
#[cfg(test)]
mod bundled {
    use super::*;

    const PT_BR: [&str; 3] = [
        include_str!("../../../../assets/language-packs/pt-BR/pack.json"),
        include_str!("../../../../assets/language-packs/pt-BR/ui.ftl"),
        include_str!("../../../../assets/language-packs/pt-BR/errors.ftl"),
    ];

    #[test]
    fn the_portuguese_pack_passes_and_has_every_english_message_with_its_variables() {
        let [manifest, ui, errors] = PT_BR;
        let pack = check(manifest, Some(ui), Some(errors), &BTreeMap::new()).expect("pt-BR passes");
        assert_eq!((pack.manifest.code.as_str(), pack.manifest.fallback.as_slice()), ("pt-BR", ["es".to_owned(), "en".to_owned()].as_slice()));
        let report = completeness(&pack);
        assert!(report.missing.is_empty(), "pt-BR lacks {:?}", report.missing);
        assert!(report.problems.is_empty(), "pt-BR variables differ: {:?}", report.problems);
        assert!(report.unknown.is_empty(), "pt-BR has ids English lacks: {:?}", report.unknown);
        assert_eq!(report.translated, report.total);
    }
}

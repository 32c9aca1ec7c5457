//! Language packs installed on this computer (issue 23): a community's own language, added
//! from the settings without rebuilding. [`tejido_i18n::pack`] checks a pack; this keeps it.
//!
//! Packs live in the configuration folder (`language-packs/<code>/`), next to
//! `installation.toml`, never in a vault: the language is needed before unlocking (the unlock
//! screen is written in it), and a translation is not personal data — it says nothing about
//! the community or its people, so it needs no encryption and survives a panic wipe of keys.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tejido_i18n::pack::{self, Completeness, MANIFEST, PACK_FILES, Pack, PackError};
use tejido_i18n::{Locale, Localized, Text};
use tejido_vault::fs::{RealFs, write_durably};

/// The folder under the configuration folder.
const DIR: &str = "language-packs";

/// The packs that come with Tejido: offered in the settings, installed through the same
/// check as a pack from a folder. Not installed by default: the person sees the report before
/// the language joins the list, and a pack they remove stays removed.
const BUNDLED: [[&str; 3]; 1] = [[
    include_str!("../../../../assets/language-packs/pt-BR/pack.json"),
    include_str!("../../../../assets/language-packs/pt-BR/ui.ftl"),
    include_str!("../../../../assets/language-packs/pt-BR/errors.ftl"),
]];

/// A language pack as the settings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PackView {
    /// Its BCP 47 code (`pt-BR`).
    pub code: String,
    /// Its name in itself.
    pub name: String,
    /// Where its missing messages come from, in order, ending in English.
    pub chain: Vec<String>,
    /// Whether it is installed here (else it comes with Tejido and can be installed).
    pub installed: bool,
    /// How much of the interface it translates.
    pub report: PackReport,
}

/// How much of the interface a pack translates, against English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PackReport {
    /// Messages in the English interface.
    pub total: u32,
    /// Messages the pack translates without problems.
    pub translated: u32,
    /// Ids the pack lacks: shown in the chain's next language.
    pub missing: Vec<String>,
    /// Messages whose variables differ from English: not used.
    pub problems: Vec<PackProblem>,
}

/// A message whose variables differ from English's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PackProblem {
    /// The message id.
    pub id: String,
    /// Variables English shows that the pack leaves out.
    pub missing: Vec<String>,
    /// Variables the pack uses that are never sent.
    pub extra: Vec<String>,
}

/// What the UI needs to speak an installed pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PackSources {
    /// The pack's code.
    pub code: String,
    /// Its chain (itself first, English last).
    pub chain: Vec<String>,
    /// `ui.ftl`.
    pub ui: String,
    /// `errors.ftl`.
    pub errors: String,
    /// Messages it has but that must not be shown (their variables differ from English).
    pub unused: Vec<String>,
}

/// Something a pack could not do on this computer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LanguagePackError {
    /// The pack was refused.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// Reading it or writing it failed.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// No pack with that code is installed (or comes with Tejido).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotInstalled {
        /// The code.
        code: String,
    },
    /// Another installed pack falls back to this one.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Needed {
        /// The code.
        code: String,
    },
}

impl Localized for LanguagePackError {
    fn text(&self) -> Text {
        match self {
            LanguagePackError::Pack(e) => e.text(),
            LanguagePackError::Io { path, reason } => Text::new("err-pack-io").arg("path", path.display()).arg("reason", reason),
            LanguagePackError::NotInstalled { code } => Text::new("err-pack-not-installed").arg("code", code),
            LanguagePackError::Needed { code } => Text::new("err-pack-needed").hint("rec-pack-needed").arg("code", code),
        }
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> LanguagePackError + '_ {
    move |e| LanguagePackError::Io { path: path.to_owned(), reason: e.to_string() }
}

/// One installed pack with its resolved chain.
#[derive(Debug, Clone)]
struct Installed {
    pack: Pack,
    chain: Vec<String>,
}

/// The packs installed in one configuration folder.
#[derive(Debug, Clone, Default)]
pub struct LanguagePacks {
    dir: PathBuf,
    packs: BTreeMap<String, Installed>,
}

impl LanguagePacks {
    /// Loads every pack under `config_dir`. Each is checked again, as at install: a folder
    /// edited by hand since, or written by a newer Tejido, that no longer passes is skipped
    /// (its language then reads as the system's), never shown half-checked.
    pub fn load(config_dir: &Path) -> LanguagePacks {
        let dir = config_dir.join(DIR);
        let mut read: Vec<(String, String, String)> = Vec::new();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let folder = entry.path();
            let file = |name: &str| std::fs::read_to_string(folder.join(name)).ok();
            if let (Some(manifest), Some(ui), Some(errors)) = (file(MANIFEST), file(PACK_FILES[0]), file(PACK_FILES[1])) {
                read.push((manifest, ui, errors));
            }
        }
        let mut packs = LanguagePacks { dir, packs: BTreeMap::new() };
        // A pack may fall back to another: keep adding those whose chain resolves until none
        // more does (a chain never loops, so this ends).
        loop {
            let before = packs.packs.len();
            read.retain(|(manifest, ui, errors)| match pack::check(manifest, Some(ui), Some(errors), &packs.fallbacks(None)) {
                Ok(pack) => {
                    packs.insert(pack);
                    false
                }
                Err(_) => true,
            });
            if packs.packs.len() == before {
                break;
            }
        }
        packs
    }

    fn insert(&mut self, pack: Pack) {
        let code = pack.manifest.code.clone();
        let chain = pack::chain(&code, &pack.manifest.fallback, &self.fallbacks(Some(&code))).unwrap_or_else(|_| vec![code.clone(), "en".into()]);
        self.packs.insert(code, Installed { pack, chain });
    }

    /// Each installed pack's fallback list, without `except` (a pack being replaced).
    fn fallbacks(&self, except: Option<&str>) -> BTreeMap<String, Vec<String>> {
        self.packs.iter().filter(|(code, _)| Some(code.as_str()) != except).map(|(code, p)| (code.clone(), p.pack.manifest.fallback.clone())).collect()
    }

    /// Whether `code` is an installed pack.
    pub fn is_installed(&self, code: &str) -> bool {
        self.packs.contains_key(code)
    }

    /// The chain of an installed pack, or of a built-in language (itself, then English).
    pub fn chain(&self, code: &str) -> Option<Vec<String>> {
        if let Some(installed) = self.packs.get(code) {
            return Some(installed.chain.clone());
        }
        let locale = Locale::ALL.into_iter().find(|l| l.tag() == code)?;
        Some(if locale == Locale::En { vec!["en".into()] } else { vec![code.to_owned(), "en".into()] })
    }

    /// The built-in language the core writes in when `code` is the interface's: the one
    /// place a pack's language is turned into prints', templates' and letters' language.
    pub fn core_locale(&self, code: &str) -> Option<Locale> {
        self.chain(code).map(|chain| pack::core_locale(&chain))
    }

    /// Checks the pack in `path` (its folder, or any file in it) and installs it, replacing an
    /// installed pack with the same code. Returns its view, with the report.
    pub fn add_from(&mut self, path: &Path) -> Result<PackView, LanguagePackError> {
        let folder = if path.is_dir() { path } else { path.parent().unwrap_or(path) };
        let manifest_path = folder.join(MANIFEST);
        let manifest = std::fs::read_to_string(&manifest_path).map_err(io(&manifest_path))?;
        // A missing Fluent file is the pack's fault, told by the check with the file's name.
        let file = |name: &str| std::fs::read_to_string(folder.join(name)).ok();
        self.add(&manifest, file(PACK_FILES[0]).as_deref(), file(PACK_FILES[1]).as_deref())
    }

    /// Installs the pack that comes with Tejido for `code`, through the same check.
    pub fn add_bundled(&mut self, code: &str) -> Result<PackView, LanguagePackError> {
        let [manifest, ui, errors] = bundled()
            .find(|(pack, _)| pack.manifest.code == code)
            .map(|(_, sources)| sources)
            .ok_or_else(|| LanguagePackError::NotInstalled { code: code.to_owned() })?;
        self.add(manifest, Some(ui), Some(errors))
    }

    fn add(&mut self, manifest: &str, ui: Option<&str>, errors: Option<&str>) -> Result<PackView, LanguagePackError> {
        // A pack replacing an installed one with the same code is checked against the others
        // only: its old fallbacks are replaced with it.
        let code = serde_json::from_str::<pack::Manifest>(manifest).ok().and_then(|m| pack::canonical_code(&m.code)).unwrap_or_default();
        let pack = pack::check(manifest, ui, errors, &self.fallbacks(Some(&code)))?;
        let folder = self.dir.join(&pack.manifest.code);
        std::fs::create_dir_all(&folder).map_err(io(&folder))?;
        let canonical = serde_json::to_string_pretty(&pack.manifest).expect("a manifest serialises");
        // The Fluent files first, the manifest last: a folder without its manifest is no pack.
        for (name, text) in PACK_FILES.into_iter().zip([&pack.ui, &pack.errors]).chain([(MANIFEST, &canonical)]) {
            let path = folder.join(name);
            write_durably(&RealFs, &path, text.as_bytes()).map_err(io(&path))?;
        }
        let code = pack.manifest.code.clone();
        self.insert(pack);
        Ok(self.view(&code).expect("just installed"))
    }

    /// Removes an installed pack, unless another falls back to it.
    pub fn remove(&mut self, code: &str) -> Result<(), LanguagePackError> {
        if !self.packs.contains_key(code) {
            return Err(LanguagePackError::NotInstalled { code: code.to_owned() });
        }
        if self.packs.iter().any(|(other, p)| other.as_str() != code && p.pack.manifest.fallback.iter().any(|f| f == code)) {
            return Err(LanguagePackError::Needed { code: code.to_owned() });
        }
        let folder = self.dir.join(code);
        // The manifest first: a crash midway leaves a folder that is no longer a pack.
        let manifest = folder.join(MANIFEST);
        std::fs::remove_file(&manifest).map_err(io(&manifest))?;
        std::fs::remove_dir_all(&folder).map_err(io(&folder))?;
        self.packs.remove(code);
        Ok(())
    }

    /// The view of an installed pack.
    pub fn view(&self, code: &str) -> Option<PackView> {
        let installed = self.packs.get(code)?;
        Some(PackView {
            code: code.to_owned(),
            name: installed.pack.manifest.name.clone(),
            chain: installed.chain.clone(),
            installed: true,
            report: report(pack::completeness(&installed.pack)),
        })
    }

    /// Installed packs, then those that come with Tejido and are not installed.
    pub fn list(&self) -> Vec<PackView> {
        let mut out: Vec<PackView> = self.packs.keys().filter_map(|code| self.view(code)).collect();
        for (pack, _) in bundled().filter(|(pack, _)| !self.packs.contains_key(&pack.manifest.code)) {
            let chain = pack::chain(&pack.manifest.code, &pack.manifest.fallback, &BTreeMap::new()).unwrap_or_default();
            out.push(PackView { code: pack.manifest.code.clone(), name: pack.manifest.name.clone(), chain, installed: false, report: report(pack::completeness(&pack)) });
        }
        out
    }

    /// What the UI needs to speak the installed pack `code`.
    pub fn sources(&self, code: &str) -> Result<PackSources, LanguagePackError> {
        let installed = self.packs.get(code).ok_or_else(|| LanguagePackError::NotInstalled { code: code.to_owned() })?;
        let unused = pack::completeness(&installed.pack).problems.into_iter().map(|p| p.id).collect();
        Ok(PackSources { code: code.to_owned(), chain: installed.chain.clone(), ui: installed.pack.ui.clone(), errors: installed.pack.errors.clone(), unused })
    }
}

/// The packs that come with Tejido, checked (a bundled pack that fails is a build mistake,
/// caught by the i18n crate's test, and is simply not offered).
fn bundled() -> impl Iterator<Item = (Pack, [&'static str; 3])> {
    BUNDLED.into_iter().filter_map(|[manifest, ui, errors]| pack::check(manifest, Some(ui), Some(errors), &BTreeMap::new()).ok().map(|p| (p, [manifest, ui, errors])))
}

fn report(c: Completeness) -> PackReport {
    PackReport {
        total: c.total as u32,
        translated: c.translated as u32,
        missing: c.missing,
        problems: c.problems.into_iter().map(|p| PackProblem { id: p.id, missing: p.missing, extra: p.extra }).collect(),
    }
}

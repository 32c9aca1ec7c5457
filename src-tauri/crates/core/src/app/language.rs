//! Language packs from the settings: listed, added from a folder or from those that come with
//! Tejido, removed. The checks and the storage are in [`crate::language_packs`].

use std::path::Path;

use super::{App, AppError};
use crate::language_packs::{PackSources, PackView};

impl App {
    /// Installed language packs, then those that come with Tejido, each with its report.
    pub fn language_packs(&self) -> Vec<PackView> {
        self.packs.list()
    }

    /// Checks and installs the pack in `path` (its folder or a file in it); its report is
    /// returned so the settings show it at once.
    pub fn add_language_pack(&mut self, path: &Path) -> Result<PackView, AppError> {
        Ok(self.packs.add_from(path)?)
    }

    /// Installs a pack that comes with Tejido (`pt-BR`), through the same checks.
    pub fn install_bundled_language_pack(&mut self, code: &str) -> Result<PackView, AppError> {
        Ok(self.packs.add_bundled(code)?)
    }

    /// Removes a pack. If it was the interface language, the interface goes back to the
    /// built-in language its messages fell back to, and that is remembered.
    pub fn remove_language_pack(&mut self, code: &str) -> Result<Vec<PackView>, AppError> {
        let core = self.locale();
        self.packs.remove(code)?;
        if self.installation.language.as_deref() == Some(code) {
            self.installation.language = Some(core.tag().to_owned());
            let _ = self.installation.store();
        }
        Ok(self.packs.list())
    }

    /// The messages of an installed pack, for the UI to speak it.
    pub fn language_pack_sources(&self, code: &str) -> Result<PackSources, AppError> {
        Ok(self.packs.sources(code)?)
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use tejido_i18n::Locale;
    use tejido_vault::KdfPolicy;

    use super::*;

    fn app(root: &Path) -> App {
        App::new(&root.join("config"), &root.join("data"), KdfPolicy::insecure_for_tests(2))
    }

    fn pack_folder(root: &Path, code: &str, fallback: &str, ui: &str) -> PathBuf {
        let dir = root.join(format!("pack-{code}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("pack.json"), format!(r#"{{"code": "{code}", "name": "{code}", "fallback": [{fallback}]}}"#)).unwrap();
        std::fs::write(dir.join("ui.ftl"), ui).unwrap();
        std::fs::write(dir.join("errors.ftl"), "err-app-locked = Ri k'ak'al xtz'apitaj.\n").unwrap();
        dir
    }

    #[test]
    fn a_pack_is_installed_chosen_kept_across_a_restart_and_removed() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let offered = app.language_packs();
        assert!(offered.iter().any(|p| p.code == "pt-BR" && !p.installed), "pt-BR is offered: {offered:?}");

        let dir = pack_folder(root.path(), "quc", r#""es""#, "common-back = Chi'aj\n");
        let view = app.add_language_pack(&dir.join("ui.ftl")).unwrap();
        assert_eq!((view.code.as_str(), view.chain.clone(), view.report.translated), ("quc", vec!["quc".into(), "es".into(), "en".into()], 2));
        assert!(view.report.missing.contains(&"common-close".to_owned()));
        assert!(root.path().join("config/language-packs/quc/pack.json").is_file(), "kept in the configuration folder");

        let info = app.set_language("quc").unwrap();
        assert_eq!(info.language, "quc");
        assert_eq!(app.locale(), Locale::Es, "the core writes in the chain's first built-in language");

        let mut app = self::app(root.path());
        assert_eq!((app.info().language, app.locale()), ("quc".to_owned(), Locale::Es), "kept after a restart");
        assert!(app.language_pack_sources("quc").unwrap().ui.contains("Chi'aj"));

        // A pack falling back to quc keeps it installed.
        app.add_language_pack(&pack_folder(root.path(), "mam", r#""quc""#, "")).unwrap();
        assert!(matches!(app.remove_language_pack("quc"), Err(AppError::LanguagePack(crate::LanguagePackError::Needed { .. }))));
        app.remove_language_pack("mam").unwrap();
        app.remove_language_pack("quc").unwrap();
        assert_eq!(app.info().language, "es", "back to the language it fell back to");
        assert!(!root.path().join("config/language-packs/quc").exists());
        assert!(app.set_language("quc").is_err());
    }

    #[test]
    fn the_bundled_portuguese_pack_installs_through_the_same_checks_and_the_core_writes_spanish() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let view = app.install_bundled_language_pack("pt-BR").unwrap();
        assert!(view.installed && view.chain == ["pt-BR", "es", "en"]);
        app.set_language("pt-BR").unwrap();
        assert_eq!(app.locale(), Locale::Es);
        let refused = app.add_language_pack(&pack_folder(root.path(), "quc", r#""quc""#, ""));
        assert!(matches!(refused, Err(AppError::LanguagePack(crate::LanguagePackError::Pack(tejido_i18n::pack::PackError::Cycle { .. })))));
    }
}

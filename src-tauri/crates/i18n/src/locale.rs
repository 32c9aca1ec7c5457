//! The languages Tejido speaks, and how the command line picks one.

/// A language Tejido has messages for. English is the fallback for anything missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Español.
    Es,
    /// Français.
    Fr,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Es, Locale::Fr];

    /// The BCP 47 tag and folder name under `assets/locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
        }
    }

    /// Parses a tag or a POSIX locale name (`es`, `es-GT`, `fr_FR.UTF-8`); unknown → `None`.
    pub fn parse(value: &str) -> Option<Locale> {
        let lang = value
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match lang.as_str() {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            "fr" => Some(Locale::Fr),
            _ => None,
        }
    }

    /// The locale for a command-line run: `TEJIDO_LANG`, then the POSIX variables
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.
    pub fn from_env() -> Locale {
        ["TEJIDO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .filter(|v| !v.is_empty())
            .find_map(|v| Locale::parse(&v))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_posix_and_bcp47_names() {
        assert_eq!(Locale::parse("es_GT.UTF-8"), Some(Locale::Es), "POSIX name with region");
        assert_eq!(Locale::parse("fr-CA"), Some(Locale::Fr), "BCP 47 tag with region");
        assert_eq!(Locale::parse("EN"), Some(Locale::En), "case does not matter");
        assert_eq!(Locale::parse("C"), None, "the C locale is not a language");
    }
}

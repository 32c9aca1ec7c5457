//! Loading the embedded `.ftl` files and formatting messages.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Locale;

/// Something a person can read in their language: an error, a warning, a notice.
pub trait Localized {
    /// The Fluent id of what happened, e.g. `err-vault-wrong-passphrase`.
    fn message_id(&self) -> &'static str;
    /// The Fluent id of what the person can do about it, e.g. `rec-vault-wrong-passphrase`.
    fn hint_id(&self) -> Option<&'static str> {
        None
    }
    /// Named arguments for both messages.
    fn message_args(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// The `.ftl` files of one locale, in the order they are added to its bundle.
macro_rules! locale_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../../../assets/locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../../../assets/locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../../../assets/locales/", $lang, "/ui.ftl")),
        ]
    };
}

/// The raw sources of every locale, for tests that compare ids across languages.
pub(crate) fn sources(locale: Locale) -> [&'static str; 3] {
    match locale {
        Locale::En => locale_files!("en"),
        Locale::Es => locale_files!("es"),
        Locale::Fr => locale_files!("fr"),
    }
}

fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Locale::ALL.map(build_bundle));
    &bundles[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
}

fn build_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let tag = locale.tag().parse().expect("locale tags are valid BCP 47");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // NOTE: isolation marks (U+2068/U+2069) around arguments show up as garbage in terminals
    // and in file paths people copy; our arguments are never right-to-left text mixed in.
    bundle.set_use_isolating(false);
    for source in sources(locale) {
        let resource = FluentResource::try_new(source.to_owned())
            .expect("embedded .ftl files parse (checked by tests)");
        bundle
            .add_resource(resource)
            .expect("message ids are unique across a locale's files (checked by tests)");
    }
    bundle
}

/// Formats message `id` in `locale`, falling back to English, then to the id itself so a
/// missing translation never hides what went wrong.
pub fn message(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value.parse::<f64>() {
            Ok(n) if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) => {
                FluentValue::from(n)
            }
            _ => FluentValue::String(Cow::Owned(value.clone())),
        };
        fluent_args.set(*name, value);
    }
    for candidate in [locale, Locale::En] {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// Formats what happened, in one line.
pub fn render(locale: Locale, item: &dyn Localized) -> String {
    let args = item.message_args();
    message(locale, item.message_id(), &args)
}

/// Formats what happened followed by what to do about it, separated by a space.
pub fn render_with_hint(locale: Locale, item: &dyn Localized) -> String {
    let args = item.message_args();
    let mut text = message(locale, item.message_id(), &args);
    if let Some(hint) = item.hint_id() {
        text.push(' ');
        text.push_str(&message(locale, hint, &args));
    }
    text
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn ids(locale: Locale) -> BTreeSet<String> {
        sources(locale)
            .iter()
            .flat_map(|s| s.lines())
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_locale_has_exactly_the_english_ids() {
        let en = ids(Locale::En);
        assert!(en.len() > 10, "English messages were found");
        for locale in [Locale::Es, Locale::Fr] {
            let other = ids(locale);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
            assert!(extra.is_empty(), "{} has ids English lacks: {extra:?}", locale.tag());
        }
    }

    #[test]
    fn every_file_parses_without_errors() {
        for locale in Locale::ALL {
            for source in sources(locale) {
                if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
                    panic!("{}: {errors:?}", locale.tag());
                }
            }
        }
    }

    #[test]
    fn formats_arguments_and_falls_back_to_the_id() {
        let text = message(Locale::En, "err-vault-io", &[("path", "/x".into()), ("reason", "r".into())]);
        assert!(text.contains("/x"), "the path argument is shown: {text}");
        assert_eq!(message(Locale::Es, "no-such-id", &[]), "no-such-id", "unknown ids show as themselves");
    }
}

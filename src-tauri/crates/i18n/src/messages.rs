//! Loading the embedded `.ftl` files and formatting messages.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Locale;

/// The names of the arguments that choose a message's form (`{ $count -> [one] … }`): only
/// these are numbers. A test checks that no `.ftl` file selects on any other.
pub const COUNT_ARGS: [&str; 3] = ["count", "changed", "done"];

/// A value a message is formatted with, as Rust hands it to Fluent and as it crosses to the
/// UI. A count is a number, so the message picks its plural form ("1 risk", "2 risks", French
/// "0 lien"); a count sent as text picks none ("1 risks"). Everything else is text shown as
/// written, digits included (a generation number is not grouped as "1,234").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// A count.
    Number(i64),
    /// Anything else.
    Text(String),
}

impl Arg {
    /// The argument `name` with `value` as text: a number if `name` is one of [`COUNT_ARGS`]
    /// and `value` is one, else text.
    pub fn of(name: &str, value: &str) -> Arg {
        match value.parse::<i64>() {
            Ok(n) if COUNT_ARGS.contains(&name) => Arg::Number(n),
            _ => Arg::Text(value.to_owned()),
        }
    }
}

/// What a person reads about something: what happened, what they can do about it, and the
/// values both are formatted with. Each enum builds it in one `match`, so a variant's words,
/// hint and arguments sit on one line instead of in three parallel `match`es.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The Fluent id of what happened, e.g. `err-vault-wrong-passphrase`.
    pub id: &'static str,
    /// The Fluent id of what the person can do about it, e.g. `rec-vault-wrong-passphrase`.
    pub hint: Option<&'static str>,
    /// Named arguments for both messages.
    pub args: Vec<(&'static str, String)>,
}

impl Text {
    /// The message `id`, with no hint and no arguments yet.
    pub fn new(id: &'static str) -> Text {
        Text { id, hint: None, args: Vec::new() }
    }

    /// With `hint` as what to do about it.
    pub fn hint(mut self, hint: &'static str) -> Text {
        self.hint = Some(hint);
        self
    }

    /// With the argument `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Text {
        self.args.push((name, value.to_string()));
        self
    }

    /// The same arguments told in other words: a wrapper's own message and hint for what an
    /// inner error says (creating a vault is not "your previous save is safe").
    pub fn reworded(self, id: &'static str, hint: Option<&'static str>) -> Text {
        Text { id, hint, ..self }
    }
}

/// Something a person can read in their language: an error, a warning, a notice.
pub trait Localized {
    /// Its message, hint and arguments.
    fn text(&self) -> Text;
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

/// Each locale's bundle, built the first time one of its messages is asked for: a running app
/// speaks one language (and English as the fallback), and each parsed bundle holds about
/// 1.25 MB (measured with a counting allocator; its text is 130–150 kB).
fn bundle(locale: Locale) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] = [const { OnceLock::new() }; 3];
    let at = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    BUNDLES[at].get_or_init(|| build_bundle(locale))
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
        let value = match Arg::of(name, value) {
            Arg::Number(n) => FluentValue::from(n),
            Arg::Text(text) => FluentValue::String(Cow::Owned(text)),
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
    let text = item.text();
    message(locale, text.id, &text.args)
}

/// Formats what happened followed by what to do about it, separated by a space.
pub fn render_with_hint(locale: Locale, item: &dyn Localized) -> String {
    let text = item.text();
    let mut line = message(locale, text.id, &text.args);
    if let Some(hint) = text.hint {
        line.push(' ');
        line.push_str(&message(locale, hint, &text.args));
    }
    line
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The one text argument that chooses words: what the disk refused (`not-found`, …).
    const KIND_ARG: &str = "kind";

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

    #[test]
    fn a_text_carries_its_hint_and_keeps_its_arguments_when_reworded() {
        struct Full;
        impl Localized for Full {
            fn text(&self) -> Text {
                Text::new("err-save-disk-full").hint("rec-save-disk-full").arg("path", "/media/usb")
            }
        }
        let line = render_with_hint(Locale::En, &Full);
        assert!(line.starts_with(&render(Locale::En, &Full)) && line.len() > render(Locale::En, &Full).len() + 1, "hint follows: {line}");
        let created = Full.text().reworded("err-create-disk-full", None);
        assert_eq!((created.id, created.hint, created.args), ("err-create-disk-full", None, vec![("path", "/media/usb".to_owned())]));
    }

    /// The messages that choose a form by a number: id, the number's name, and whether it
    /// has a `[one]` form.
    fn counted(locale: Locale) -> Vec<(String, String, bool)> {
        selectors(locale).into_iter().filter(|(_, var, _)| COUNT_ARGS.contains(&var.as_str())).collect()
    }

    /// Every message that chooses its words by an argument, with that argument's name.
    fn selectors(locale: Locale) -> Vec<(String, String, bool)> {
        let mut found: Vec<(String, String, bool)> = Vec::new();
        let mut id = None;
        for line in sources(locale).iter().flat_map(|s| s.lines()) {
            if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
                id = line.split_once('=').map(|(id, _)| id.trim().to_owned());
            }
            let Some(id) = &id else { continue };
            if let Some((before, _)) = line.split_once(" ->") {
                if let Some(at) = before.rfind("{ $") {
                    found.push((id.clone(), before[at + 3..].trim().to_owned(), false));
                }
            }
            if line.trim_start().starts_with("[one]") {
                if let Some(last) = found.last_mut().filter(|f| f.0 == *id) {
                    last.2 = true;
                }
            }
        }
        found
    }

    /// Issue 27: "1 risks have no protection measure yet" (a count that reached Fluent as a
    /// string picks no plural form) and French "Un lien" for 0 links (0 takes the singular in
    /// French, so a `[one]` form that says "one" in words reads "Un lien" for none).
    #[test]
    fn only_count_arguments_choose_a_form() {
        for locale in Locale::ALL {
            for (id, var, _) in selectors(locale) {
                assert!(COUNT_ARGS.contains(&var.as_str()) || var == KIND_ARG, "{}/{id} selects on ${var}: add it to COUNT_ARGS", locale.tag());
            }
        }
        assert_eq!(Arg::of("count", "1"), Arg::Number(1));
        assert_eq!(Arg::of("generation", "1234"), Arg::Text("1234".into()), "not a count: shown as written");
        assert_eq!(serde_json::to_string(&[Arg::of("count", "2"), Arg::of("path", "/x")]).unwrap(), r#"[2,"/x"]"#, "a count crosses to the UI as a number");
    }

    #[test]
    fn every_counted_message_reads_right_for_zero_one_two_and_five() {
        let mut wrong = Vec::new();
        for locale in Locale::ALL {
            let messages = counted(locale);
            assert!(messages.len() > 20, "{}: the counted messages were found", locale.tag());
            for (id, var, has_one) in messages {
                let say = |n: u32| message(locale, &id, &[(var.as_str(), n.to_string())]);
                let has = |text: &str, n: u32| text.split(|c: char| !c.is_ascii_digit()).any(|w| w == n.to_string());
                for n in [2, 5] {
                    if !has(&say(n), n) {
                        wrong.push(format!("{}/{id} with {n}: «{}» does not say {n}", locale.tag(), say(n)));
                    }
                }
                if has_one && say(1) == say(2).replace('2', "1") {
                    wrong.push(format!("{}/{id} with 1: «{}» is the plural form", locale.tag(), say(1)));
                }
                if say(0) == say(1) {
                    wrong.push(format!("{}/{id} with 0: «{}» reads as one", locale.tag(), say(0)));
                }
            }
        }
        assert!(wrong.is_empty(), "{} messages read wrong:\n{}", wrong.len(), wrong.join("\n"));
    }
}

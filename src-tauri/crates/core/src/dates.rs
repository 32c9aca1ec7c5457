//! Dates as a person reads them in their language ("14 de marzo de 2026", "1er mars 2026"),
//! for every text the core writes for people: the desk's letters and submissions, the letters
//! to institutions, the command line's human output. Never an ISO string there: those stay
//! for what machines read (JSON, CSV, file names).
//!
//! The UI writes its dates with the webview's `Intl.DateTimeFormat` (`ui/src/lib/i18n/dates.ts`),
//! which follows a language pack too; the core only writes its built-in languages, so the
//! twelve month names of each are kept here rather than pulling in ICU4X's data for three
//! languages (chrono's `unstable-locales` has the month names but neither the Spanish "de"
//! pattern nor the French "1er").

use chrono::{DateTime, Datelike, Local, NaiveDate, NaiveDateTime, Timelike, Utc};
use tejido_i18n::Locale;

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ES: [&str; 12] =
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const MONTHS_FR: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

fn month(date: NaiveDate, locale: Locale) -> &'static str {
    let months = match locale {
        Locale::En => &MONTHS_EN,
        Locale::Es => &MONTHS_ES,
        Locale::Fr => &MONTHS_FR,
    };
    months[date.month0() as usize]
}

/// `date` written out in `locale`: "14 March 2026", "14 de marzo de 2026", "1er mars 2026"
/// (French writes the first of a month as an ordinal).
pub fn day_in_words(date: NaiveDate, locale: Locale) -> String {
    let (day, month, year) = (date.day(), month(date, locale), date.year());
    match locale {
        Locale::En => format!("{day} {month} {year}"),
        Locale::Es => format!("{day} de {month} de {year}"),
        Locale::Fr if day == 1 => format!("1er {month} {year}"),
        Locale::Fr => format!("{day} {month} {year}"),
    }
}

/// A month of a year in `locale`: "March 2026", "marzo de 2026", "mars 2026"; `None` for a
/// month that does not exist.
pub fn month_in_words(year: i32, month_number: u32, locale: Locale) -> Option<String> {
    let first = NaiveDate::from_ymd_opt(year, month_number, 1)?;
    let month = month(first, locale);
    Some(match locale {
        Locale::Es => format!("{month} de {year}"),
        Locale::En | Locale::Fr => format!("{month} {year}"),
    })
}

/// A moment on a wall clock, with its time of day: "14 March 2026 at 09:05",
/// "14 de marzo de 2026, 09:05", "14 mars 2026 à 09:05" (as the UI's Intl writes them).
pub fn moment_in_words(at: NaiveDateTime, locale: Locale) -> String {
    let day = day_in_words(at.date(), locale);
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    match locale {
        Locale::En => format!("{day} at {time}"),
        Locale::Es => format!("{day}, {time}"),
        Locale::Fr => format!("{day} à {time}"),
    }
}

/// A moment the core keeps in UTC, on this computer's clock: a person reads the time of their
/// own day, not Greenwich's.
pub fn local_moment_in_words(at: DateTime<Utc>, locale: Locale) -> String {
    moment_in_words(at.with_timezone(&Local).naive_local(), locale)
}

/// The day of a moment kept in UTC, on this computer's calendar: an evening in Guatemala is
/// still that day, not UTC's next one.
pub fn local_day_in_words(at: DateTime<Utc>, locale: Locale) -> String {
    day_in_words(at.with_timezone(&Local).date_naive(), locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn days_read_as_each_language_writes_them() {
        assert_eq!(day_in_words(day(2026, 3, 14), Locale::En), "14 March 2026");
        assert_eq!(day_in_words(day(2026, 3, 14), Locale::Es), "14 de marzo de 2026");
        assert_eq!(day_in_words(day(2026, 3, 14), Locale::Fr), "14 mars 2026");
        assert_eq!(day_in_words(day(2026, 8, 1), Locale::Fr), "1er août 2026", "French writes the first as an ordinal");
        assert_eq!(day_in_words(day(2026, 8, 1), Locale::Es), "1 de agosto de 2026", "Spanish does not");
        assert_eq!(day_in_words(day(2026, 12, 31), Locale::Es), "31 de diciembre de 2026");
        assert_eq!(day_in_words(day(2027, 1, 2), Locale::En), "2 January 2027");
    }

    #[test]
    fn every_month_has_its_name() {
        for locale in Locale::ALL {
            let names: std::collections::BTreeSet<&str> = (1..=12).map(|m| month(day(2026, m, 10), locale)).collect();
            assert_eq!(names.len(), 12, "{locale:?} names twelve different months");
        }
    }

    #[test]
    fn months_of_a_year() {
        assert_eq!(month_in_words(2026, 3, Locale::En).as_deref(), Some("March 2026"));
        assert_eq!(month_in_words(2026, 3, Locale::Es).as_deref(), Some("marzo de 2026"));
        assert_eq!(month_in_words(2026, 8, Locale::Fr).as_deref(), Some("août 2026"));
        assert_eq!(month_in_words(2026, 13, Locale::En), None, "no thirteenth month");
    }

    #[test]
    fn moments_carry_their_time_of_day() {
        let at = day(2026, 3, 2).and_hms_opt(9, 5, 0).expect("a real time");
        assert_eq!(moment_in_words(at, Locale::En), "2 March 2026 at 09:05");
        assert_eq!(moment_in_words(at, Locale::Es), "2 de marzo de 2026, 09:05");
        assert_eq!(moment_in_words(at, Locale::Fr), "2 mars 2026 à 09:05");
    }

    #[test]
    fn no_iso_string_reaches_words() {
        let at = day(2026, 3, 2).and_hms_opt(23, 59, 0).expect("a real time");
        for locale in Locale::ALL {
            for text in [day_in_words(at.date(), locale), moment_in_words(at, locale)] {
                assert!(!text.contains("2026-03-02") && !text.contains("-03-"), "{text}");
            }
        }
    }
}

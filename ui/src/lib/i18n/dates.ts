// Dates as a person reads them in their language ("2 de marzo de 2026", "2 mars 2026"), never
// ISO strings. The core sends calendar days as "YYYY-MM-DD" (chrono's NaiveDate) and moments as
// RFC 3339 UTC timestamps; the webview's Intl (WebKitGTK and WebView2 ship ICU data for every
// language Tejido speaks) formats them, so no date library is needed.

/** A calendar day as the core sends it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day (or the day of a moment) in `locale`'s long form. A calendar day is the same
 * day everywhere: it is formatted in UTC, or "2026-03-02" would read as 1 March in Guatemala
 * (UTC−6). A moment is shown on this computer's day. Anything else is returned as it came.
 * `locale` may be a language pack's chain (`["quc", "es", "en"]`): Intl takes the first it
 * knows, so a language without ICU data writes dates as its fallback does.
 */
export function formatDay(value: string | null | undefined, locale: string | string[]): string {
  if (!value) return "";
  const day = value.match(DAY);
  if (day) {
    const at = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(at);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? value : new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(at);
}

/** A month as the core counts them ("YYYY-MM"), short as a table's column: "mar 2026",
 * "mars 2026", "Mar 2026". Anything else is returned as it came. */
export function formatMonth(value: string | null | undefined, locale: string | string[]): string {
  if (!value) return "";
  const month = value.match(/^(\d{4})-(\d{2})$/);
  if (!month) return value;
  const at = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(at);
}

/** A moment with its time of day, on this computer's clock ("2 mars 2026 à 14:05"). */
export function formatMoment(value: string | null | undefined, locale: string | string[]): string {
  if (!value) return "";
  if (DAY.test(value)) return formatDay(value, locale);
  const at = Date.parse(value);
  return Number.isNaN(at) ? value : new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(at);
}

/** Today on this computer's calendar as "YYYY-MM-DD", the value a date field holds. Not
 * `toISOString()`, which is UTC's day: the next day already on a Guatemalan evening. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

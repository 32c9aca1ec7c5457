// Fluent messages for the UI: the same .ftl files as the Rust side (assets/locales), bundled
// at build time. `t` is reactive: components re-render when the language changes.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { CommandError, Locale } from "../ipc/bindings";
import { formatDay, formatMoment } from "./dates";

export const LOCALES: Locale[] = ["en", "es", "fr"];
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", fr: "Français" };

const sources = import.meta.glob("../../../../assets/locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The .ftl sources of one locale, by file name (ui.ftl, errors.ftl, cli.ftl). */
export function sourcesOf(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) {
    const match = path.match(/locales\/(\w+)\/([\w-]+\.ftl)$/);
    if (match && match[1] === locale) out[match[2]] = text;
  }
  return out;
}

function bundle(locale: Locale): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  // All files of a locale share one id space (checked by the Rust and UI tests).
  for (const [file, text] of Object.entries(sourcesOf(locale))) {
    const errors = b.addResource(new FluentResource(text));
    if (errors.length) console.error(`${locale}/${file}:`, errors);
  }
  return b;
}

const bundles: Record<Locale, FluentBundle> = { en: bundle("en"), es: bundle("es"), fr: bundle("fr") };

class I18n {
  locale = $state<Locale>("en");

  set(locale: Locale) {
    this.locale = locale;
    document.documentElement.lang = locale;
  }

  /** The message `id` in the current language, falling back to English, then to the id.
   * By convention a message's `$date` is a day and its `$at` a moment, as the core sends them:
   * both are written out in the current language here, for messages the UI builds and those
   * whose arguments come from the core alike. */
  t(id: string, args?: Record<string, FluentVariable>): string {
    const written = args && {
      ...args,
      ...(typeof args.date === "string" && { date: this.day(args.date) }),
      ...(typeof args.at === "string" && { at: this.moment(args.at) }),
    };
    for (const b of [bundles[this.locale], bundles.en]) {
      const message = b.getMessage(id);
      if (message?.value) return b.formatPattern(message.value, written);
    }
    return id;
  }

  /** A day ("2 de marzo de 2026") in the current language. */
  day(value: string | null | undefined): string {
    return formatDay(value, this.locale);
  }

  /** A moment with its time ("2 mars 2026 à 14:05") in the current language. */
  moment(value: string | null | undefined): string {
    return formatMoment(value, this.locale);
  }
}

export const i18n = new I18n();
export const t = (id: string, args?: Record<string, FluentVariable>) => i18n.t(id, args);
export const day = (value: string | null | undefined) => i18n.day(value);
export const moment = (value: string | null | undefined) => i18n.moment(value);

/** Whether a rejected command carried a Tejido error. */
export function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && "code" in e && typeof (e as CommandError).code === "string";
}

/** What went wrong and what to do, in the person's language; never a raw string or stack. */
export function formatError(e: unknown): string {
  if (!isCommandError(e)) return t("common-unexpected-error");
  const args = e.args as Record<string, FluentVariable>;
  const what = t(e.code, args);
  return e.hint ? `${what} ${t(e.hint, args)}` : what;
}

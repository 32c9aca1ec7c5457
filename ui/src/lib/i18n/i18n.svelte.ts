// Fluent messages for the UI: the same .ftl files as the Rust side (assets/locales), and the
// language packs installed from the settings (issue 23). `t` is synchronous and reactive:
// components re-render when the language changes.
//
// Issue 26, the first screen loads only what it shows: English is bundled with it (it ends
// every chain and the loading screen speaks it before the saved language is known); Spanish
// and French are separate chunks, fetched when chosen — at start, before the first screen
// after "loading" is drawn (App.svelte awaits `set`). `cli.ftl` is the command line's only.
// And it parses only what it shows: a language's files are cut into their messages at load
// (one pass of Fluent's own entry pattern), and a message is parsed the first time it is
// asked for — the unlock screen parses about twenty of English's 1 500, not all of them.
import { FluentBundle, FluentResource, type FluentVariable, type Message } from "@fluent/bundle";
import type { CommandError, Locale, PackSources } from "../ipc/bindings";
import { formatDay, formatMoment, formatMonth } from "./dates";

export const LOCALES: Locale[] = ["en", "es", "fr"];
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", fr: "Français" };

/** A language the interface speaks: built in (`es`) or an installed pack's code (`pt-BR`). */
export type Language = string;

const english = import.meta.glob("../../../../assets/locales/en/{ui,errors}.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const builtIn = import.meta.glob("../../../../assets/locales/{es,fr}/{ui,errors}.ftl", {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** Where an entry (message or term) starts: @fluent/bundle's own pattern (`FluentResource`
 * cuts a file the same way), so an entry parsed alone is the entry parsed with its file. */
const ENTRY = /^(-?[a-zA-Z][\w-]*) *= */gm;
/** A placeable naming another message (`{ other-id }`, `{ other-id.attr }`). */
const REFERENCE = /\{\s*([a-zA-Z][\w-]*)(?:\.[a-zA-Z][\w-]*)?\s*\}/g;

/** The entries of `text`, each with its own source (up to the next entry). */
function entries(text: string): [string, string][] {
  const starts = [...text.matchAll(ENTRY)];
  return starts.map((m, i) => [m[1], text.slice(m.index, starts[i + 1]?.index ?? text.length)]);
}

/** One language's messages: a Fluent bundle that parses each message the first time it is
 * asked for. Terms are parsed at once (Fluent looks them up while formatting; there are
 * few); a pack that lacks one (`-tejido`) takes `fallbackTerms`' (English's): its own win. */
class Messages {
  readonly bundle: FluentBundle;
  /** The terms' sources, for the packs that lack one. */
  readonly terms: string[] = [];
  /** Each message's source, until it is parsed. */
  readonly #pending = new Map<string, string>();

  constructor(code: Language, sources: string[], fallbackTerms: string[] = []) {
    this.bundle = new FluentBundle(code, { useIsolating: false });
    // All files of a language share one id space (checked by the Rust and UI tests): as in
    // a bundle, the first of two entries with one id is the one kept.
    for (const text of sources) {
      for (const [id, source] of entries(text)) {
        if (id.startsWith("-")) this.terms.push(source);
        else if (this.#pending.has(id)) console.error(`${code}: ${id} twice`);
        else this.#pending.set(id, source);
      }
    }
    const errors = this.bundle.addResource(new FluentResource(this.terms.join("\n")));
    if (errors.length) console.error(`${code}:`, errors);
    if (fallbackTerms.length) this.bundle.addResource(new FluentResource(fallbackTerms.join("\n")));
  }

  /** The message `id`, parsed now if it was not yet; `undefined` if the language lacks it. */
  message(id: string): Message | undefined {
    const source = this.#pending.get(id);
    if (source !== undefined) {
      this.#pending.delete(id);
      this.bundle.addResource(new FluentResource(source));
      // Fluent resolves a message it names while formatting: that one is parsed now too.
      for (const named of source.matchAll(REFERENCE)) this.message(named[1]);
    }
    return this.bundle.getMessage(id);
  }
}

const englishSources = Object.values(english);

const bundles: Record<Language, Messages> = { en: new Messages("en", englishSources) };

/** How many of `code`'s messages are parsed so far (the tests of the start count them). */
export function parsedMessages(code: Language): number {
  return bundles[code]?.bundle._messages.size ?? 0;
}

/** Per pack, its messages whose variables differ from English: never shown, the chain's next is. */
const unused: Record<Language, Set<string>> = {};
/** Per pack, its chain (itself first, English last); a built-in language's is itself and English. */
const chains: Record<Language, Language[]> = {};
const loading: Record<Language, Promise<void>> = {};

async function loadBuiltIn(code: Locale) {
  const files = Object.entries(builtIn).filter(([path]) => path.includes(`/locales/${code}/`));
  bundles[code] = new Messages(code, await Promise.all(files.map(([, load]) => load())));
}

function loadPack(pack: PackSources) {
  bundles[pack.code] = new Messages(pack.code, [pack.ui, pack.errors], bundles.en.terms);
  unused[pack.code] = new Set(pack.unused);
  chains[pack.code] = pack.chain;
}

/** Where an installed pack's messages come from: the core, which checked and keeps them. */
let packSource = async (code: Language): Promise<PackSources> => (await import("../ipc/commands")).languagePackSources(code);

/** For tests: packs from somewhere other than the core. */
export function setPackSource(source: (code: Language) => Promise<PackSources>) {
  packSource = source;
}

/** The chain of `code`, once known: built in (itself, English) or an installed pack's. */
function chainOf(code: Language): Language[] {
  if (chains[code]) return chains[code];
  return code === "en" ? ["en"] : [code, "en"];
}

/** Loads `code` and everything its chain needs; nothing twice. */
async function load(code: Language): Promise<void> {
  if (bundles[code]) return;
  loading[code] ??= (async () => {
    if ((LOCALES as string[]).includes(code)) return loadBuiltIn(code as Locale);
    const pack = await packSource(code);
    await Promise.all(pack.chain.filter((c) => c !== code).map(load));
    loadPack(pack);
  })().finally(() => delete loading[code]);
  return loading[code];
}

class I18n {
  locale = $state<Language>("en");
  /** Bumped when the messages of the current language change without it changing (a pack
   * installed again over itself): `t` reads it, so the screen follows. */
  private version = $state(0);

  /** Whether `code` can be shown now without loading anything. */
  ready(code: Language): boolean {
    return chainOf(code).every((c) => bundles[c]);
  }

  /** Switches the interface to `code` once its messages (and its chain's) are loaded: a
   * language already loaded switches at once, with nothing shown half-translated. */
  set(code: Language): Promise<void> {
    const apply = () => {
      this.version++;
      this.locale = code;
      document.documentElement.lang = code;
    };
    if (this.ready(code)) return Promise.resolve(apply());
    return load(code).then(apply);
  }

  /** Forgets a removed pack's messages, so installing it again reads the new files. */
  forget(code: Language) {
    if ((LOCALES as string[]).includes(code)) return;
    delete bundles[code];
    delete chains[code];
    delete unused[code];
  }

  /** The message `id` in the current language, falling back along its chain (a pack's
   * fallback languages, then English), then to the id.
   * By convention a message's `$date` is a day and its `$at` a moment, as the core sends them:
   * both are written out in the current language here, for messages the UI builds and those
   * whose arguments come from the core alike. */
  t(id: string, args?: Record<string, FluentVariable>): string {
    void this.version;
    const written = args && {
      ...args,
      ...(typeof args.date === "string" && { date: this.day(args.date) }),
      ...(typeof args.at === "string" && { at: this.moment(args.at) }),
    };
    for (const code of chainOf(this.locale)) {
      const b = bundles[code];
      if (!b || unused[code]?.has(id)) continue;
      const message = b.message(id);
      if (message?.value) return b.bundle.formatPattern(message.value, written);
    }
    return id;
  }

  /** A day ("2 de marzo de 2026") in the current language. */
  day(value: string | null | undefined): string {
    return formatDay(value, chainOf(this.locale));
  }

  /** A moment with its time ("2 mars 2026 à 14:05") in the current language. */
  moment(value: string | null | undefined): string {
    return formatMoment(value, chainOf(this.locale));
  }

  /** A month the core counts by ("2026-03"), as a column reads it ("mar 2026"). */
  month(value: string | null | undefined): string {
    return formatMonth(value, chainOf(this.locale));
  }
}

export const i18n = new I18n();
export const t = (id: string, args?: Record<string, FluentVariable>) => i18n.t(id, args);
export const day = (value: string | null | undefined) => i18n.day(value);
export const moment = (value: string | null | undefined) => i18n.moment(value);
export const month = (value: string | null | undefined) => i18n.month(value);

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

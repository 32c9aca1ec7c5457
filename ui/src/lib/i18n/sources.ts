// Every .ftl source, for the tests that compare languages id by id: the app itself loads only
// the languages it shows (i18n.svelte.ts), so this eager glob must stay out of it.
import type { Locale } from "../ipc/bindings";

const sources = import.meta.glob(["../../../../assets/locales/*/*.ftl", "../../../../assets/language-packs/*/*.{ftl,json}"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The language packs that come with Tejido, by code. */
export const PACKS = ["pt-BR"] as const;

/** The .ftl sources of one built-in locale (ui.ftl, errors.ftl, cli.ftl) or of a bundled
 * pack (ui.ftl, errors.ftl, and its pack.json), by file name. */
export function sourcesOf(locale: Locale | (typeof PACKS)[number]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) {
    const match = path.match(/(?:locales|language-packs)\/([\w-]+)\/([\w-]+\.(?:ftl|json))$/);
    if (match && match[1] === locale) out[match[2]] = text;
  }
  return out;
}

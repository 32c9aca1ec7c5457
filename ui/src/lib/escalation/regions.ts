// Where a case happened: an ISO 3166 code, a country ("GT") or a subdivision ("GT-06"), named
// from assets/taxonomies/regions.json (the same file the Rust core embeds; regions.py beside it
// says how it is made). The list is ~130 kB: it is imported lazily, only by the screens that
// show or pick a region, never in the app's first chunk. An older vault's free text ("Alta
// Verapaz") is not a code: it is shown as typed until someone picks from the list.
import type { Locale } from "../ipc/bindings";
import { foldedWords, matchesWords } from "../textSearch";

/** The file's shape: countries [code, en, es, fr]; subdivisions [code, name as ISO gives it]. */
export type RegionFile = { countries: [string, string, string, string][]; subdivisions: [string, string][] };

export type Country = { code: string; names: Record<Locale, string> };
export type Subdivision = { code: string; name: string; country: string };

export class RegionTable {
  readonly countries: Country[];
  readonly subdivisions: Subdivision[];
  private readonly byCode = new Map<string, Country | Subdivision>();
  // Folded names, computed once: filtering runs on every key press.
  private readonly folded = new Map<string, string[]>();

  constructor(file: RegionFile) {
    this.countries = file.countries.map(([code, en, es, fr]) => ({ code, names: { en, es, fr } }));
    this.subdivisions = file.subdivisions.map(([code, name]) => ({ code, name, country: code.split("-")[0] }));
    for (const c of this.countries) {
      this.byCode.set(c.code, c);
      this.folded.set(c.code, foldedWords([c.code, c.names.en, c.names.es, c.names.fr].join(" ")));
    }
    for (const s of this.subdivisions) {
      this.byCode.set(s.code, s);
      this.folded.set(s.code, foldedWords(`${s.code} ${s.name}`));
    }
  }

  /** The country or subdivision a stored value names (any case), or none for free text. */
  find(value: string): Country | Subdivision | undefined {
    return this.byCode.get(value.trim().toUpperCase());
  }

  /** Whether `value` is a code on the list. */
  isKnown(value: string): boolean {
    return this.find(value) !== undefined;
  }

  /** The country code of a stored value (itself for a country), or "" for free text. */
  countryOf(value: string): string {
    const found = this.find(value);
    return !found ? "" : "country" in found ? found.country : found.code;
  }

  /** What a person reads: "Santa Rosa, Guatemala" in `locale`; free text as typed. */
  name(value: string, locale: Locale): string {
    const found = this.find(value);
    if (!found) return value.trim();
    if ("names" in found) return found.names[locale];
    const country = this.byCode.get(found.country) as Country | undefined;
    return country ? `${found.name}, ${country.names[locale]}` : found.name;
  }

  /** The countries whose code or name in any language holds every word typed, each word at
   * the start of a word, any case or accents ("guate", "cote ivo"); sorted by their name in
   * `locale`. */
  searchCountries(query: string, locale: Locale): Country[] {
    const wanted = foldedWords(query);
    return this.countries
      .filter((c) => matchesWords(this.folded.get(c.code)!, wanted))
      .sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale));
  }

  /** The subdivisions of `country` whose code or name holds every word typed ("peten" finds
   * Petén), sorted by name. */
  searchSubdivisions(country: string, query: string, locale: Locale): Subdivision[] {
    const wanted = foldedWords(query);
    return this.subdivisions
      .filter((s) => s.country === country && matchesWords(this.folded.get(s.code)!, wanted))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }
}

let loading: Promise<RegionTable> | null = null;

/** The list, loaded once, on first need (a chunk of its own). */
export function loadRegions(): Promise<RegionTable> {
  loading ??= import("../../../../assets/taxonomies/regions.json").then((m) => new RegionTable((m.default ?? m) as unknown as RegionFile));
  return loading;
}

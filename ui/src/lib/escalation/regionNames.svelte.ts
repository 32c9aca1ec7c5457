// A region's name on any screen: the list is loaded on first need (see regions.ts); until it
// arrives, and for an older vault's free text, the stored value shows as it is.
import type { Locale } from "../ipc/bindings";
import { loadRegions, type RegionTable } from "./regions";

class RegionNames {
  // Raw: the table is large and never changes once loaded.
  table = $state.raw<RegionTable | null>(null);

  /** Starts loading the list (once); screens that show a region call it when they mount. */
  load(): Promise<RegionTable> {
    return loadRegions().then((table) => (this.table = table));
  }

  /** "Santa Rosa, Guatemala" in `locale`; free text, or anything before the list is loaded, as
   * stored. */
  name(value: string, locale: Locale): string {
    return this.table ? this.table.name(value, locale) : value;
  }
}

export const regionNames = new RegionNames();

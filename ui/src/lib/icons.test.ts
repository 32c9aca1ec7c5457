import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { iconFor, iconIds, type IconSet } from "./icons";
import Term from "../components/shared/Term.svelte";
import taxonomy from "../../../assets/taxonomies/threat-categories.json";
import { sourcesOf } from "./i18n/sources";

const bindings = Object.values(import.meta.glob("./ipc/bindings.ts", { query: "?raw", import: "default", eager: true }))[0] as string;
/** The values of a string union in the core's bindings: `export type X = "a" | "b";`. */
const union = (name: string) => [...(bindings.match(new RegExp(`export type ${name} = ([^;]+);`))?.[1].matchAll(/"([^"]+)"/g) ?? [])].map((m) => m[1]);
/** The ids after `prefix` in the English messages (`band-low` → `low`). */
const messages = (prefix: string) =>
  [...sourcesOf("en")["ui.ftl"].matchAll(new RegExp(`^${prefix}([a-z-]+) =`, "gm"))].map((m) => m[1]).filter((id) => !id.includes("-hint"));

describe("a picture beside every word a person scans for", () => {
  const sets: [IconSet, string[]][] = [
    ["category", taxonomy.categories.map((c) => c.id)],
    ["relationship", union("RelationshipKind")],
    ["status", union("MeasureStatus")],
    ["alert", union("AlertLevel")],
    ["band", messages("band-")],
    ["area", ["risks", "network", "protocol", "workshop", "escalation", "sync"]],
  ];
  for (const [set, ids] of sets) {
    it(`every ${set} has one, and no two of a set share it`, () => {
      expect(ids.length).toBeGreaterThan(2);
      expect(ids.filter((id) => !iconFor(set, id))).toEqual([]);
      const used = ids.map((id) => iconFor(set, id));
      expect(new Set(used).size, `${set}: two share a picture`).toBe(used.length);
      expect(iconIds(set).length).toBeGreaterThanOrEqual(ids.length);
    });
  }

  afterEach(() => (document.body.innerHTML = ""));

  it("shows the word beside the picture, and hides the picture from screen readers", () => {
    const view = mount(Term, { target: document.body, props: { set: "alert", id: "red", text: "Rojo · emergencia" } });
    flushSync();
    const svg = document.querySelector("svg")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(document.body.textContent).toBe("Rojo · emergencia");
    unmount(view);
  });

  it("an id from a newer Tejido still shows its word", () => {
    const view = mount(Term, { target: document.body, props: { set: "category", id: "something-new", text: "Something new" } });
    flushSync();
    expect(document.querySelector("svg")).toBeNull();
    expect(document.body.textContent).toBe("Something new");
    unmount(view);
  });
});

// Every place a screen or print writes one of these words as text, it writes it with its
// picture: `{t(`band-${…}`)}` between tags would be the word alone. Attributes (titles, labels
// for screen readers) and <option>s (which can hold only text) are left as they are.
const code = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
describe("no bare word where a picture belongs", () => {
  it("levels, states, kinds, categories and areas are written through <Term>", () => {
    const bare = /(^|[>\s·→(])\{(t\(`(band|alert-level|status|relationship-kind|home)-\$\{[^`]*\}`\)|categoryName\([^)]*\))\}/;
    const found: string[] = [];
    for (const [path, text] of Object.entries(code))
      text.split("\n").forEach((line, i) => {
        if (/<option/.test(line) || /<title>/.test(line)) return;
        const hit = line.match(bare);
        if (hit && !/-hint`/.test(hit[0])) found.push(`${path}:${i + 1}: ${hit[0].trim()}`);
      });
    expect(found).toEqual([]);
  });
});

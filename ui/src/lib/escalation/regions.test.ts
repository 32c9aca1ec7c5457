import { describe, expect, it } from "vitest";
import { fold } from "../textSearch";
import { loadRegions } from "./regions";

describe("regions from the ISO list", () => {
  it("typing part of a country's name finds it in every language, whatever the accents", async () => {
    const table = await loadRegions();
    const codes = (q: string, l: "en" | "es" | "fr") => table.searchCountries(q, l).map((c) => c.code);
    for (const l of ["en", "es", "fr"] as const) expect(codes("guate", l)).toEqual(["GT"]);
    // Each language's own name, typed without its accents or with them.
    expect(codes("alemania", "es")).toEqual(["DE"]);
    expect(codes("allemagne", "fr")).toEqual(["DE"]);
    expect(codes("mexique", "fr")).toEqual(["MX"]);
    expect(codes("MEXICO", "es")).toEqual(["MX"]);
    expect(codes("méxico", "en")).toEqual(["MX"]);
    expect(codes("perou", "fr")).toEqual(["PE"]);
    expect(codes("peru", "es")).toEqual(["PE"]);
    expect(codes("cote ivo", "fr")).toEqual(["CI"]);
    // Every word must begin a word of a name: "ivo cote" finds the same, "zzz" nothing.
    expect(codes("ivo cote", "en")).toEqual(["CI"]);
    expect(codes("guate zzz", "en")).toEqual([]);
    // By code too.
    expect(codes("gt", "en")).toContain("GT");
    // Sorted by the name in the person's language: Spain is "España" before "Estados Unidos".
    const e = table.searchCountries("e", "es").map((c) => c.names.es);
    expect(e.indexOf("España")).toBeLessThan(e.indexOf("Estados Unidos"));
    expect(table.searchCountries("", "en").length).toBe(249);
  });

  it("a subdivision is found within its country, accent-insensitive, and named with it", async () => {
    const table = await loadRegions();
    expect(table.searchSubdivisions("GT", "peten", "es").map((s) => s.name)).toEqual(["Petén"]);
    expect(table.searchSubdivisions("GT", "PETÉN", "fr").map((s) => s.code)).toEqual(["GT-17"]);
    expect(table.searchSubdivisions("GT", "santa", "en").map((s) => s.code)).toEqual(["GT-06"]);
    expect(table.searchSubdivisions("MX", "peten", "es")).toEqual([]);
    expect(table.searchSubdivisions("GT", "", "es")).toHaveLength(22);
    expect(table.name("GT-06", "es")).toBe("Santa Rosa, Guatemala");
    expect(table.name("gt-17", "en")).toBe("Petén, Guatemala");
    expect(table.name("DE", "fr")).toBe("Allemagne");
    expect(table.countryOf("GT-17")).toBe("GT");
    expect(table.countryOf("GT")).toBe("GT");
  });

  it("an older vault's free text is kept and shown as typed", async () => {
    const table = await loadRegions();
    expect(table.isKnown("Alta Verapaz")).toBe(false);
    expect(table.name("Alta Verapaz", "es")).toBe("Alta Verapaz");
    expect(table.countryOf("Alta Verapaz")).toBe("");
    expect(fold("Petén Côte")).toBe("peten cote");
  });
});

import { describe, expect, it } from "vitest";
import { sourcesOf } from "../i18n/sources";
import { FIELDS, kebab, messageIds, optionsOf, titleOf } from "./schema";
import type { RiskAnalysis } from "../ipc/bindings";

const known = (locale: "en" | "es" | "fr") =>
  new Set(
    Object.values(sourcesOf(locale))
      .join("\n")
      .split("\n")
      .map((line) => line.match(/^([a-z][a-z0-9-]*) =/)?.[1])
      .filter(Boolean),
  );

describe("risk-analysis schema", () => {
  it("every label, hint, option and level it shows exists in English, Spanish and French", () => {
    const ids = messageIds();
    expect(ids.length).toBeGreaterThan(100);
    for (const locale of ["en", "es", "fr"] as const) {
      const have = known(locale);
      expect(ids.filter((id) => !have.has(id)), locale).toEqual([]);
    }
  });

  it("every kind has a required title-like field, and names fields as the Rust types do", () => {
    for (const [kind, fields] of Object.entries(FIELDS)) {
      if (kind !== "context-note") expect(fields.some((f) => "required" in f && f.required), kind).toBe(true);
      for (const f of fields) expect(f.name).toMatch(/^[a-z][A-Za-z]*$/);
    }
    expect(kebab("perpetratorActor")).toBe("perpetrator-actor");
  });

  it("titles and pickers read the right field of each kind", () => {
    expect(titleOf("actor", { name: "Minera" })).toBe("Minera");
    expect(titleOf("indicator", { signal: "Motorbike at the stop" })).toBe("Motorbike at the stop");
    expect(titleOf("context-note", { text: "x".repeat(100) })).toHaveLength(80);
    const analysis = { risks: [{ id: "r1", title: "Arrest" }] } as unknown as RiskAnalysis;
    expect(optionsOf(analysis, "risks")).toEqual([{ id: "r1", title: "Arrest" }]);
  });
});

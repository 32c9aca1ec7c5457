import { describe, expect, it } from "vitest";
import { i18n, t } from "../i18n/i18n.svelte";
import { sourcesOf } from "../i18n/sources";
import { OUTCOMES, USUAL_GROUPS, methodLine, outcomeId, participationLine } from "./decisions";
import type { Decision } from "../ipc/bindings";

const usual = USUAL_GROUPS;

const decision = (over: Partial<Decision>): Decision => ({
  id: "d",
  subjectKind: "principle",
  subject: "p",
  title: "t",
  outcome: "agreed",
  method: "consensus",
  decidedOn: "2026-12-01",
  participants: [],
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  dissent: "",
  notes: "",
  version: null,
  snapshot: null,
  ...over,
});

describe("decision records", () => {
  it("list who took part with the usual groups first, in the person's language", () => {
    i18n.set("es");
    const line = participationLine(t, [{ group: "Consejo de ancianos", count: 3 }, { group: "elders", count: 5 }, { group: "women", count: 14 }], usual);
    expect(line).toBe("14 mujeres · 5 personas mayores · 3 Consejo de ancianos");
    i18n.set("en");
  });

  it("say a vote with its counts and a consensus without any", () => {
    i18n.set("en");
    expect(methodLine(t, decision({ method: "vote", votesFor: 20, votesAgainst: 3, abstentions: 2 }))).toBe("By vote: 20 for, 3 against, 2 abstentions");
    expect(methodLine(t, decision({}))).toBe("By consensus");
  });

  it("name every outcome, for principles and for anything else, in every language", () => {
    for (const locale of ["en", "es", "fr"] as const) {
      const ids = new Set(Object.values(sourcesOf(locale)).join("\n").split("\n").map((l) => l.match(/^([a-z][a-z0-9-]*) =/)?.[1]));
      for (const o of OUTCOMES) {
        expect(ids.has(outcomeId("principle", o)), `${locale} ${o}`).toBe(true);
        expect(ids.has(outcomeId("section", o)), `${locale} ${o}`).toBe(true);
      }
      for (const g of usual) expect(ids.has(`decision-group-${g}`), `${locale} ${g}`).toBe(true);
    }
    expect(outcomeId("principle", "agreed-with-changes")).toBe("decision-outcome-principle-agreed-with-changes");
  });

  it("ask about the same usual groups as the core", async () => {
    const core = (await import("../../../../src-tauri/crates/core/src/groups.rs?raw")).default as string;
    const list = core.match(/pub const USUAL_GROUPS: \[&str; \d+\] = \[([^\]]*)\]/)?.[1];
    expect(list, "USUAL_GROUPS in groups.rs").toBeDefined();
    expect(list!.split(",").map((g) => g.trim().replace(/"/g, "")).filter(Boolean)).toEqual(USUAL_GROUPS);
  });
});

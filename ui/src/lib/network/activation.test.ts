import { describe, expect, it } from "vitest";
import type { ActivationLog, Person } from "../ipc/bindings";
import { DECIDERS_LISTED, checklist, deciderChoices, meansLines, moveTo, outcomeForKey, progress } from "./activation";

const log: ActivationLog = {
  activation: { id: "a", level: "orange", startedAt: "2026-12-07T10:00:00Z", decidedBy: "assembly", deciders: [], reason: "", closedAt: null, closedNote: "" },
  chain: [
    { person: "ceiba", calledBy: [], fallbacks: [], mark: { id: "m1", activation: "a", person: "ceiba", outcome: "reached", at: "2026-12-07T10:03:00Z", through: null, note: "" } },
    { person: "garza", calledBy: ["ceiba"], fallbacks: [], mark: null },
    { person: "tucan", calledBy: ["ceiba"], fallbacks: ["colibri"], mark: { id: "m2", activation: "a", person: "tucan", outcome: "reached-through-fallback", at: "2026-12-07T10:09:00Z", through: "colibri", note: "" } },
    { person: "colibri", calledBy: ["garza"], fallbacks: [], mark: { id: "m3", activation: "a", person: "colibri", outcome: "not-reached", at: "2026-12-07T10:05:00Z", through: null, note: "" } },
  ],
  toReach: ["garza", "colibri"],
  log: [],
};

describe("the running alert as a checklist", () => {
  it("keeps the chain's order and each person's latest state", () => {
    const rows = checklist(log);
    expect(rows.map((r) => [r.person, r.state])).toEqual([
      ["ceiba", "reached"],
      ["garza", "to-reach"],
      ["tucan", "reached-through-fallback"],
      ["colibri", "not-reached"],
    ]);
    expect(rows[2].through).toBe("colibri");
    expect(rows[2].fallbacks).toEqual(["colibri"]);
    expect(progress(rows)).toEqual({ reached: 2, total: 4 });
  });

  it("moves with the arrow keys, Home and End, without leaving the list", () => {
    expect(moveTo(0, "ArrowUp", 4)).toBe(0);
    expect(moveTo(0, "ArrowDown", 4)).toBe(1);
    expect(moveTo(3, "ArrowDown", 4)).toBe(3);
    expect(moveTo(2, "Home", 4)).toBe(0);
    expect(moveTo(0, "End", 4)).toBe(3);
    expect(moveTo(1, "x", 4)).toBeNull();
    expect(moveTo(0, "ArrowDown", 0)).toBeNull();
  });

  it("marks with R, N and F in any case, and nothing else", () => {
    expect(["r", "N", "f", "x"].map(outcomeForKey)).toEqual(["reached", "not-reached", "reached-through-fallback", null]);
  });

  it("lists only the means of contact that are written", () => {
    expect(meansLines({ id: "p", phone: "+502 5555", radio: " ", meetingPoint: "the spring", other: "" })).toEqual([
      { field: "phone", text: "+502 5555" },
      { field: "meeting-point", text: "the spring" },
    ]);
    expect(meansLines(undefined)).toEqual([]);
  });
});

describe("deciderChoices", () => {
  const person = (id: string, pseudonym: string) => ({ id, pseudonym }) as unknown as Person;
  const few = [person("a", "Ana"), person("b", "Beto")];
  const many = [person("m", "María José Pérez"), person("j", "José"), ...Array.from({ length: DECIDERS_LISTED }, (_, i) => person(`p${i}`, `Persona ${i}`))];

  it("lists everyone in a small network, whatever is typed", () => {
    expect(deciderChoices(few, [], "zzz")).toEqual({ shown: few, more: 0, finding: false });
  });

  it("in a large one, shows the chosen and the names with words starting as typed", () => {
    const ids = (query: string, chosen: string[] = []) => deciderChoices(many, chosen, query).shown.map((p) => p.id);
    expect(ids("")).toEqual([]);
    expect(ids("", ["p3"])).toEqual(["p3"]);
    expect(ids("jose")).toEqual(["m", "j"]);
    expect(ids("perez jo")).toEqual(["m"]);
    expect(ids("ose"), "a word's start, not its middle").toEqual([]);
    const persona = deciderChoices(many, ["j"], "persona");
    expect(persona.shown.map((p) => p.id)).toEqual(["j", ...Array.from({ length: DECIDERS_LISTED }, (_, i) => `p${i}`)]);
    expect(persona.more).toBe(0);
    expect(deciderChoices(many, [], "p").more, "María José Pérez matches too").toBe(1);
  });
});

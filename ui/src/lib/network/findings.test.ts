import { describe, expect, it } from "vitest";
import type { Finding } from "../ipc/bindings";
import { groupFindings } from "./findings";

const finding = (kind: Finding["kind"], people: string[], household: string | null = null) =>
  ({ kind, people, actors: [], household }) as unknown as Finding;

describe("groupFindings", () => {
  it("puts findings of one kind together, in the order kinds first appear, and says shared words once", () => {
    const findings = [
      finding("single-point-of-failure", ["a"]),
      finding("isolated-household", ["b"], "Xol"),
      finding("single-point-of-failure", ["c"]),
      finding("isolated-household", ["d"], "Quej"),
    ];
    const groups = groupFindings(findings, (f) => (f.kind === "isolated-household" ? `household ${f.household}` : "one person holds it"));
    expect(groups.map((g) => g.kind)).toEqual(["single-point-of-failure", "isolated-household"]);
    expect(groups[0].findings.map((f) => f.people[0])).toEqual(["a", "c"]);
    expect(groups[0].shared).toBe("one person holds it");
    expect(groups[1].shared).toBeNull();
    expect(groups[1].texts).toEqual(["household Xol", "household Quej"]);
  });
});

import { describe, expect, it } from "vitest";
import { layout } from "./layout";

describe("network layout", () => {
  it("keeps placed people where they were put and spreads the others", () => {
    const placed = new Map([["a", { x: 500, y: -40 }]]);
    const at = layout(["a", "b", "c", "d"], [["a", "b"], ["b", "c"]], placed);
    expect(at.get("a")).toEqual({ x: 500, y: -40 });
    const others = ["b", "c", "d"].map((id) => at.get(id)!);
    for (const p of others) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const distinct = new Set(others.map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(3);
  });

  it("draws the same network the same way every time", () => {
    const links: [string, string][] = [["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]];
    const one = layout(["a", "b", "c", "d"], links, new Map());
    const two = layout(["a", "b", "c", "d"], links, new Map());
    expect([...one]).toEqual([...two]);
  });

  it("does not move anyone when everyone already has a place", () => {
    const placed = new Map([["a", { x: 1, y: 2 }], ["b", { x: 3, y: 4 }]]);
    expect([...layout(["a", "b"], [["a", "b"]], placed)]).toEqual([...placed]);
  });

  it("ignores links to people who are not drawn", () => {
    const at = layout(["a"], [["a", "gone"]], new Map());
    expect(at.size).toBe(1);
  });
});

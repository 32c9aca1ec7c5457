import { describe, expect, it } from "vitest";
import { placeLabels } from "./labels";

describe("placeLabels", () => {
  it("a lone node's name goes below it", () => {
    expect(placeLabels([{ id: "a", at: { x: 0, y: 0 }, text: "Garza" }]).get("a")).toEqual({ x: 0, y: 28, anchor: "middle" });
  });

  it("a neighbour just below pushes the name elsewhere, and a crowded node's name is left out, never drawn over another", () => {
    const nodes = [
      { id: "a", at: { x: 0, y: 0 }, text: "Garza Blanca" },
      { id: "b", at: { x: 0, y: 30 }, text: "Ceiba" },
    ];
    const labels = placeLabels(nodes);
    expect(labels.get("a")).not.toEqual({ x: 0, y: 28, anchor: "middle" });
    expect(labels.get("a")).not.toBeNull();

    // Eight nodes on top of each other: the first is named, the rest cannot be without overlap.
    const crowd = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, at: { x: i, y: i }, text: "Quetzal" }));
    const placed = placeLabels(crowd);
    expect(placed.get("n0")).not.toBeNull();
    expect([...placed.values()].filter((l) => l === null).length).toBeGreaterThan(0);
  });

  it("at 2 000 nodes no name covers another name or a node", () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, at: { x: Math.round(next() * 3000), y: Math.round(next() * 2000) }, text: `Persona ${i}` }));
    const labels = placeLabels(nodes);
    // Boxes as the placement computes them, checked against each other the slow, sure way.
    const box = (n: (typeof nodes)[number], l: { x: number; y: number; anchor: string }) => {
      const width = n.text.length * 6.2;
      const left = l.anchor === "middle" ? n.at.x + l.x - width / 2 : l.anchor === "start" ? n.at.x + l.x : n.at.x + l.x - width;
      return { left, right: left + width, top: n.at.y + l.y + 3 - 13, bottom: n.at.y + l.y + 3 };
    };
    const named = nodes.filter((n) => labels.get(n.id)).map((n) => box(n, labels.get(n.id)!));
    const dots = nodes.map((n) => ({ left: n.at.x - 14, right: n.at.x + 14, top: n.at.y - 14, bottom: n.at.y + 14 }));
    const meet = (a: typeof dots[number], b: typeof dots[number]) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(named.length).toBeGreaterThan(500);
    let covered = 0;
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) if (meet(named[i], named[j])) covered++;
      for (const d of dots) if (meet(named[i], d)) covered++;
    }
    expect(covered).toBe(0);
    // Its speed is measured in layout.bench.ts ("placing every name"), not timed here: these
    // machines are noisy.
  });
});

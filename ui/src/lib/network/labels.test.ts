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
});

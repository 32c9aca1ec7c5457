import { afterEach, describe, expect, it, vi } from "vitest";

// Every simulation the layout starts, with how many nodes it was given: the cost of placing a
// newcomer must follow the newcomer, not the size of the map.
const simulations = vi.hoisted(() => [] as number[]);
vi.mock("d3-force", async (original) => {
  const d3 = await original<typeof import("d3-force")>();
  return {
    ...d3,
    forceSimulation: ((nodes: unknown[]) => {
      simulations.push(nodes.length);
      return d3.forceSimulation(nodes as never);
    }) as typeof d3.forceSimulation,
  };
});

import { layout, localNodes, seedFromStructure, type Point } from "./layout";
import { runLayoutJob, type LayoutMessage } from "./layoutJob";

afterEach(() => void simulations.splice(0));

/** A network like the bench's: `people` ids and `links` links drawn by a fixed generator. */
function network(people: number, links: number, prefix = "p"): [string[], [string, string][]] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: people }, (_, i) => `${prefix}${i}`);
  const edges = Array.from({ length: links }, (): [string, string] => [ids[Math.floor(next() * people)], ids[Math.floor(next() * people)]]);
  return [ids, edges];
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

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

  it("draws the same large network the same way every time, newcomers included", () => {
    // Large enough for the seeded path without collisions, with isolated people and a pair.
    const [ids, links] = network(400, 900);
    const all = [...ids, "alone1", "alone2", "pairA", "pairB"];
    const edges: [string, string][] = [...links, ["pairA", "pairB"]];
    const one = layout(all, edges, new Map());
    expect([...layout(all, edges, new Map())]).toEqual([...one]);
    const grown: [string, string][] = [...edges, ["new1", ids[5]], ["new1", ids[9]]];
    expect([...layout([...all, "new1"], grown, one)]).toEqual([...layout([...all, "new1"], grown, one)]);
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

describe("the worker's job", () => {
  it("reports its progress, then the very drawing the page would have made", () => {
    const [ids, links] = network(300, 700);
    const messages: LayoutMessage[] = [];
    runLayoutJob({ ids, links, placed: [] }, (m) => messages.push(m));
    const progress = messages.flatMap((m) => ("progress" in m ? [m.progress] : []));
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(progress.at(-1)).toBeLessThanOrEqual(1);
    const last = messages.at(-1)!;
    expect("positions" in last && new Map(last.positions)).toEqual(layout(ids, links, new Map()));
  });
});

describe("newcomers on a drawn map", () => {
  const [ids, links] = network(600, 1800);
  const drawn = layout(ids, links, new Map());

  it("a newcomer moves nobody already drawn and settles near its neighbours, on free ground", () => {
    const edges: [string, string][] = [...links, ["new", ids[10]], [ids[20], "new"], ["new", ids[30]]];
    simulations.splice(0);
    const at = layout([...ids, "new"], edges, drawn);
    for (const id of ids) expect(at.get(id)).toEqual(drawn.get(id));
    const mine = at.get("new")!;
    const neighbours = [ids[10], ids[20], ids[30]].map((id) => drawn.get(id)!);
    const centre = { x: neighbours.reduce((s, p) => s + p.x, 0) / 3, y: neighbours.reduce((s, p) => s + p.y, 0) / 3 };
    // Near the middle of its neighbours (they may be far apart on a random network), and
    // nearer to them than the map is wide.
    const spread = Math.max(...neighbours.map((p) => distance(p, centre)));
    expect(distance(mine, centre)).toBeLessThanOrEqual(spread + 70);
    for (const id of ids) expect(distance(mine, drawn.get(id)!)).toBeGreaterThanOrEqual(30);
    // One simulation, of the newcomer and its three neighbours: not of the 600 drawn.
    expect(simulations).toEqual([4]);
  });

  it("the local simulation takes the newcomers and their drawn neighbours only", () => {
    const edges: [string, string][] = [...links, ["n1", ids[1]], ["n1", "n2"], ["n2", ids[2]], ["n3", ids[2]]];
    const local = localNodes([...ids, "n1", "n2", "n3"], edges, drawn);
    expect(local.newcomers).toEqual(["n1", "n2", "n3"]);
    expect(local.neighbours).toEqual([ids[1], ids[2]]);
    simulations.splice(0);
    const at = layout([...ids, "n1", "n2", "n3"], edges, drawn);
    expect(simulations).toEqual([5]);
    for (const id of ids) expect(at.get(id)).toEqual(drawn.get(id));
  });

  it("removing someone, or linking two people already drawn, moves nobody and runs no simulation", () => {
    simulations.splice(0);
    const fewer = layout(ids.slice(1), links, drawn);
    for (const id of ids.slice(1)) expect(fewer.get(id)).toEqual(drawn.get(id));
    const linked = layout(ids, [...links, [ids[3], ids[4]]], drawn);
    expect([...linked]).toEqual([...drawn]);
    expect(simulations).toEqual([]);
  });

  it("people linked to nobody wait in rows below the drawing, each on free ground", () => {
    const alone = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"];
    const at = layout([...ids, ...alone], links, drawn);
    const bottom = Math.max(...ids.filter((id) => links.some((l) => l.includes(id))).map((id) => drawn.get(id)!.y));
    const points = [...at.values()];
    for (const id of alone) {
      const p = at.get(id)!;
      expect(p.y).toBeGreaterThan(bottom);
      expect(points.filter((q) => distance(p, q) < 30)).toEqual([p]);
    }
    // The next one added fills the next spot: nobody is stacked on the people waiting.
    const next = layout([...ids, ...alone, "a9"], links, at);
    for (const id of [...ids, ...alone]) expect(next.get(id)).toEqual(at.get(id));
    for (const id of [...ids, ...alone]) expect(distance(next.get("a9")!, at.get(id)!)).toBeGreaterThanOrEqual(30);
  });
});

describe("the structural seed of a first drawing", () => {
  it("lays a chain out along a line, in its order", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const edges = ids.slice(1).map((id, i) => ({ source: ids[i], target: id }));
    const seed = seedFromStructure(ids, edges);
    // The chain's first axis: from one end to the other. Every step goes the same way along it.
    const axis = { x: seed[11].x - seed[0].x, y: seed[11].y - seed[0].y };
    const along = seed.map((p) => p.x * axis.x + p.y * axis.y);
    for (let i = 1; i < along.length; i++) expect(along[i]).toBeGreaterThan(along[i - 1]);
  });

  it("puts separate groups side by side, not on top of each other", () => {
    // Two rings (each connected), with chords across the first.
    const ring = (n: number, prefix: string) => {
      const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
      return { ids, edges: ids.map((id, i) => ({ source: id, target: ids[(i + 1) % n] })) };
    };
    const [a, b] = [ring(60, "a"), ring(40, "b")];
    const chords = Array.from({ length: 20 }, (_, i) => ({ source: a.ids[i], target: a.ids[(i * 7 + 13) % 60] }));
    const ids = [...a.ids, ...b.ids];
    const seed = seedFromStructure(ids, [...a.edges, ...chords, ...b.edges]);
    const box = (part: Point[]) => ({ x0: Math.min(...part.map((p) => p.x)), x1: Math.max(...part.map((p) => p.x)), y0: Math.min(...part.map((p) => p.y)), y1: Math.max(...part.map((p) => p.y)) });
    const [one, two] = [box(seed.slice(0, 60)), box(seed.slice(60))];
    const apart = one.x1 < two.x0 || two.x1 < one.x0 || one.y1 < two.y0 || two.y1 < one.y0;
    expect(apart).toBe(true);
  });
});

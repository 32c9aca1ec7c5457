// `npm --prefix ui run bench`: how long the map layout takes at workshop sizes, against
// building the same link list (the least any drawing of it costs), measured in one run.
import { bench, describe } from "vitest";
import { layout } from "./layout";

function network(people: number, links: number): [string[], [string, string][]] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  const edges = Array.from({ length: links }, (): [string, string] => [ids[Math.floor(next() * people)], ids[Math.floor(next() * people)]]);
  return [ids, edges];
}

// 2 000 people: the size up to which the README says the map stays interactive.
for (const [people, links] of [[40, 80], [500, 2500], [2000, 10000]] as const) {
  const [ids, edges] = network(people, links);
  // Everyone already on the map but the last: what adding one person costs afterwards.
  const placed = layout(ids, edges, new Map());
  placed.delete(ids[ids.length - 1]);
  describe(`${people} people, ${links} links`, () => {
    bench("map layout", () => {
      layout(ids, edges, new Map());
    });
    bench("one newcomer among placed people", () => {
      layout(ids, edges, placed);
    });
    bench("baseline: index the links", () => {
      const index = new Map<string, string[]>();
      for (const [a, b] of edges) index.set(a, [...(index.get(a) ?? []), b]);
    });
  });
}

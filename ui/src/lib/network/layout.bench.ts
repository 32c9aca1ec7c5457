// `npm --prefix ui run bench`: how long the map layout takes at workshop sizes, against one
// breadth-first search over the same network (the least any drawing of it costs: reading every
// link once), measured in the same run. Vitest prints each case as a multiple of the baseline.
import { bench, describe } from "vitest";
import { placeLabels } from "./labels";
import { layout, localNodes } from "./layout";

function network(people: number, links: number): [string[], [string, string][]] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  const edges = Array.from({ length: links }, (): [string, string] => [ids[Math.floor(next() * people)], ids[Math.floor(next() * people)]]);
  return [ids, edges];
}

/** One breadth-first search from the first person, adjacency built from the link list. */
function bfs(ids: string[], edges: [string, string][]): number {
  const around = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of edges) {
    around.get(a)!.push(b);
    around.get(b)!.push(a);
  }
  const seen = new Set([ids[0]]);
  const queue = [ids[0]];
  for (let head = 0; head < queue.length; head++) for (const v of around.get(queue[head])!) if (!seen.has(v)) (seen.add(v), queue.push(v));
  return seen.size;
}

// 2 000 people: the size up to which the README says the map stays interactive.
for (const [people, links] of [[40, 80], [500, 2500], [2000, 10000]] as const) {
  const [ids, edges] = network(people, links);
  // Everyone already drawn but one newcomer, linked to three people on the map: what adding
  // someone (and their first links) costs afterwards.
  const drawn = layout(ids, edges, new Map());
  const newcomer = "newcomer";
  const withNewcomer = [...ids, newcomer];
  const newLinks: [string, string][] = [...edges, [newcomer, ids[1]], [newcomer, ids[2]], [ids[3], newcomer]];
  const local = localNodes(withNewcomer, newLinks, drawn);
  describe(`${people} people, ${links} links (a newcomer's simulation: ${local.newcomers.length + local.neighbours.length} nodes)`, () => {
    bench("baseline: one breadth-first search", () => {
      bfs(ids, edges);
    });
    bench("first layout", () => {
      layout(ids, edges, new Map());
    });
    bench("one newcomer on the drawn map", () => {
      layout(withNewcomer, newLinks, drawn);
    });
    bench("names placed for everyone (labels)", () => {
      placeLabels(ids.map((id) => ({ id, at: drawn.get(id)!, text: `Persona ${id}` })));
    });
    bench("one person removed", () => {
      layout(ids.slice(1), edges, drawn);
    });
  });
}

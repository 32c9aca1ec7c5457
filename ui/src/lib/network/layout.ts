// Where to draw each person and actor: where the community placed them, and for the others a
// force layout that settles around the placed ones. d3-force seeds its own random numbers,
// so the same network always gets the same drawing.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

export type Point = { x: number; y: number };
type Node = SimulationNodeDatum & { id: string };

/** Positions for every id in `ids`; `placed` ones stay exactly where they are. */
export function layout(ids: string[], links: [string, string][], placed: Map<string, Point>): Map<string, Point> {
  // Nothing new to place (a link was added between people already drawn): no simulation.
  if (ids.every((id) => placed.has(id))) return new Map(ids.map((id) => [id, placed.get(id)!]));
  const nodes: Node[] = ids.map((id) => {
    const at = placed.get(id);
    return at ? { id, x: at.x, y: at.y, fx: at.x, fy: at.y } : { id };
  });
  const known = new Set(ids);
  const edges = links.filter(([a, b]) => known.has(a) && known.has(b) && a !== b).map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(nodes)
    .force("link", forceLink<Node, { source: string; target: string }>(edges).id((n) => n.id).distance(70))
    // Beyond 250 units nodes no longer push each other: the same picture, far fewer sums.
    .force("charge", forceManyBody().strength(-160).distanceMax(250))
    // Keeping labels apart is worth its cost only while the map is small enough to read.
    .force("collide", ids.length > 200 ? null : forceCollide(28))
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.04))
    .stop();
  // Enough ticks to settle a workshop-sized network; fewer for large ones, which the person
  // then arranges by hand. `npm --prefix ui run bench`: 40 people in about 25 ms, 500 people
  // and 2 500 links in about 0.3 s on a loaded 2-core machine: paid once when the map first
  // opens, since later only newcomers are laid out.
  simulation.tick(ids.length > 200 ? 80 : Math.min(300, 60 + ids.length));
  return new Map(nodes.map((n) => [n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }]));
}

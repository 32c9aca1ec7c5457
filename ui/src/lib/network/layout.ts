// Where to draw each person and actor: where the community placed them (or where the map
// already drew them), and for the others a force layout that settles around those. d3-force
// seeds its own random numbers and everything here goes in the order given, so the same
// network always gets the same drawing.
//
// Two cases, because their costs differ a hundredfold at 2 000 people (README):
// - the first drawing (nobody or few have a place yet): every node is seeded from the shape of
//   the network (pivot MDS over hop counts, see `seedFromStructure`), so a short simulation
//   only has to tidy it, instead of untangling a spiral;
// - newcomers on a drawn map (someone added, a link to someone new): only the newcomers and
//   their drawn neighbours enter a small simulation, where the neighbours are pinned; nobody
//   already drawn moves, and the cost follows the newcomers, not the size of the map.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

export type Point = { x: number; y: number };
type Node = SimulationNodeDatum & { id: string };
type Edge = { source: string; target: string };

/** How long a link is drawn, in map units (a node is 26 across). */
const LINK = 70;
/** The least distance between the centres of a newcomer and anyone else on the map. */
const ROOM = 30;
/** Ticks of the local simulation that places newcomers: they start next to their
 * neighbours, so a few dozen are enough to settle. */
const LOCAL_TICKS = 40;

/** Positions for every id in `ids`; `placed` ones (placed by hand, or already drawn) stay
 * exactly where they are. `progress` hears how far a first drawing has got (0 to 1). */
export function layout(ids: string[], links: [string, string][], placed: Map<string, Point>, progress?: (done: number) => void): Map<string, Point> {
  // Nothing new to place (a link was added between people already drawn, or someone was
  // removed): no simulation, nobody moves.
  if (ids.every((id) => placed.has(id))) return new Map(ids.map((id) => [id, placed.get(id)!]));
  if (!isFirstDrawing(ids, placed)) return placeNewcomers(ids, links, placed);
  return firstLayout(ids, links, placed, progress);
}

/** Whether laying these ids out means drawing the whole map (nobody, or few, drawn yet)
 * rather than placing a handful of newcomers on it: the one case worth a background worker. */
export function isFirstDrawing(ids: string[], placed: Map<string, Point>): boolean {
  let fixed = 0;
  for (const id of ids) if (placed.has(id)) fixed++;
  // A handful of newcomers on a drawn map: placed on their own. Many (the first drawing of
  // a network where only a few were placed by hand): the whole map is laid out.
  return fixed === 0 || ids.length - fixed > Math.max(50, ids.length / 5);
}

/** Something to show at once while a first drawing is worked out elsewhere: the structural
 * seed, placed people where they are. A few dozen milliseconds at 2 000 people. */
export function sketch(ids: string[], links: [string, string][], placed: Map<string, Point>): Map<string, Point> {
  const seed = seedFromStructure(ids, edgesAmong(new Set(ids), links));
  return new Map(ids.map((id, i) => [id, placed.get(id) ?? { x: Math.round(seed[i].x), y: Math.round(seed[i].y) }]));
}

/** The links between drawn ids, without loops, as d3-force takes them. */
function edgesAmong(known: Set<string>, links: [string, string][]): Edge[] {
  return links.filter(([a, b]) => known.has(a) && known.has(b) && a !== b).map(([source, target]) => ({ source, target }));
}

const rounded = (nodes: Node[]) => new Map(nodes.map((n) => [n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }]));

// ---------------------------------------------------------------------------------------
// The first drawing
// ---------------------------------------------------------------------------------------

function firstLayout(ids: string[], links: [string, string][], placed: Map<string, Point>, progress?: (done: number) => void): Map<string, Point> {
  const known = new Set(ids);
  const edges = edgesAmong(known, links);
  const seed = seedFromStructure(ids, edges);
  const nodes: Node[] = ids.map((id, i) => {
    const at = placed.get(id);
    return at ? { id, x: at.x, y: at.y, fx: at.x, fy: at.y } : { id, x: seed[i].x, y: seed[i].y };
  });
  const large = ids.length > 200;
  // Measured (`npm --prefix ui run bench`, README): at 2 000 people 30 ticks from the seed
  // leave slightly fewer overlapping nodes than the 80 ticks from a spiral used before, in
  // half the time; the many-body force is nearly all of it. Hand-placed people were not
  // part of the seed: the others need the old, longer run to find them.
  const seeded = !ids.some((id) => placed.has(id));
  const ticks = seeded ? (large ? 30 : Math.min(120, 30 + Math.round(ids.length / 2))) : large ? 80 : Math.min(300, 60 + ids.length);
  const simulation = forceSimulation(nodes)
    .force("link", forceLink<Node, Edge>(edges).id((n) => n.id).distance(LINK))
    // Beyond 250 units nodes no longer push each other: the same picture, far fewer sums.
    .force("charge", forceManyBody().strength(-160).distanceMax(250))
    // Keeping labels apart is worth its cost only while the map is small enough to read.
    .force("collide", large ? null : forceCollide(28))
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.04))
    // The seed already has the network's shape: start cool, so the simulation tidies it
    // rather than shaking it apart, and end cool after `ticks`.
    .alpha(seeded ? 0.3 : 1)
    .alphaDecay(1 - Math.pow(0.01 / (seeded ? 0.3 : 1), 1 / ticks))
    .stop();
  for (let done = 0; done < ticks; done++) {
    simulation.tick();
    if (progress && done % 5 === 4) progress((done + 1) / ticks);
  }
  return rounded(nodes);
}

/** Index of each id, and the neighbours of each index (both directions, without repeats). */
function adjacency(ids: string[], edges: Edge[]): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const sets = ids.map(() => new Set<number>());
  for (const { source, target } of edges) {
    const [a, b] = [index.get(source)!, index.get(target)!];
    sets[a].add(b);
    sets[b].add(a);
  }
  return sets.map((s) => [...s]);
}

/** Hop counts from `from` to every node of its component (-1 elsewhere). */
function hops(adj: number[][], from: number, dist: Int32Array): void {
  dist.fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const v of adj[u]) if (dist[v] < 0) {
      dist[v] = dist[u] + 1;
      queue.push(v);
    }
  }
}

/** The connected parts of the network, largest first (ties: in the order given). */
function components(adj: number[][]): number[][] {
  const seen = new Uint8Array(adj.length);
  const parts: number[][] = [];
  for (let start = 0; start < adj.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const part = [start];
    for (let head = 0; head < part.length; head++) for (const v of adj[part[head]]) if (!seen[v]) {
      seen[v] = 1;
      part.push(v);
    }
    parts.push(part);
  }
  return parts.map((part, i) => ({ part, i })).sort((a, b) => b.part.length - a.part.length || a.i - b.i).map(({ part }) => part);
}

/** How many breadth-first searches pivot MDS runs per component: enough for a stable shape,
 * each costs one pass over the links. */
const PIVOTS = 24;

/**
 * A starting position for every node, from the network's shape: each connected part laid out
 * by pivot MDS (Brandes & Pich, "Eigensolver methods for progressive multidimensional scaling
 * of large data", 2006): hop counts from a few spread-out pivots, double-centred, projected on
 * their two main axes. Linear in the size of the network; the parts are then packed side by
 * side, largest first.
 */
export function seedFromStructure(ids: string[], edges: Edge[]): Point[] {
  const adj = adjacency(ids, edges);
  const out: Point[] = ids.map(() => ({ x: 0, y: 0 }));
  const dist = new Int32Array(ids.length);
  const shapes = components(adj).map((part) => ({ part, at: shapeOf(adj, part, dist) }));
  // Shelf packing: rows about as wide as the whole drawing is tall.
  const boxes = shapes.map(({ at }) => {
    const xs = at.map((p) => p.x);
    const ys = at.map((p) => p.y);
    const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
    return { x0, y0, w: Math.max(...xs) - x0 + LINK, h: Math.max(...ys) - y0 + LINK };
  });
  const area = boxes.reduce((sum, b) => sum + b.w * b.h, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.2, ...boxes.map((b) => b.w));
  let [x, y, rowHeight, width] = [0, 0, 0, 0];
  const corners = boxes.map((b) => {
    if (x > 0 && x + b.w > rowWidth) [x, y, rowHeight] = [0, y + rowHeight, 0];
    const corner = { x, y };
    x += b.w;
    rowHeight = Math.max(rowHeight, b.h);
    width = Math.max(width, x);
    return corner;
  });
  const [cx, cy] = [width / 2, (y + rowHeight) / 2];
  shapes.forEach(({ part, at }, s) => {
    const [b, c] = [boxes[s], corners[s]];
    part.forEach((node, i) => (out[node] = { x: c.x + at[i].x - b.x0 + LINK / 2 - cx, y: c.y + at[i].y - b.y0 + LINK / 2 - cy }));
  });
  return out;
}

/** Positions of one connected part, centred on 0, spread as the simulation would spread it. */
function shapeOf(adj: number[][], part: number[], dist: Int32Array): Point[] {
  const m = part.length;
  if (m === 1) return [{ x: 0, y: 0 }];
  if (m === 2) return [{ x: -LINK / 2, y: 0 }, { x: LINK / 2, y: 0 }];
  const k = Math.min(PIVOTS, m);
  // Squared hop counts from each pivot; the first pivot is the best-connected node, each next
  // one the node farthest from all pivots so far.
  const rows: Float64Array[] = [];
  const nearest = new Float64Array(m).fill(Infinity);
  let pivot = part.reduce((best, node) => (adj[node].length > adj[best].length ? node : best), part[0]);
  for (let p = 0; p < k; p++) {
    hops(adj, pivot, dist);
    const row = new Float64Array(m);
    let far = 0;
    for (let i = 0; i < m; i++) {
      const d = dist[part[i]];
      row[i] = d * d;
      nearest[i] = Math.min(nearest[i], d);
      if (nearest[i] > nearest[far]) far = i;
    }
    rows.push(row);
    pivot = part[far];
  }
  // Double centring: B[i][p] = -(D² - row mean - column mean + grand mean) / 2.
  const colMean = rows.map((row) => row.reduce((s, v) => s + v, 0) / m);
  const grand = colMean.reduce((s, v) => s + v, 0) / k;
  for (let i = 0; i < m; i++) {
    let rowMean = 0;
    for (let p = 0; p < k; p++) rowMean += rows[p][i];
    rowMean /= k;
    for (let p = 0; p < k; p++) rows[p][i] = -(rows[p][i] - rowMean - colMean[p] + grand) / 2;
  }
  // The two main axes: power iteration on the small k×k matrix BᵀB.
  const gram = rows.map((a) =>
    rows.map((b) => {
      let sum = 0;
      for (let i = 0; i < m; i++) sum += a[i] * b[i];
      return sum;
    }),
  );
  const axes: Float64Array[] = [];
  for (let axis = 0; axis < 2; axis++) {
    let v = Float64Array.from({ length: k }, (_, p) => (axis === 0 ? 1 : p % 2 ? 1 : -1) + p / k);
    for (let step = 0; step < 60; step++) {
      const next = new Float64Array(k);
      for (let p = 0; p < k; p++) for (let q = 0; q < k; q++) next[p] += gram[p][q] * v[q];
      for (const done of axes) {
        const along = next.reduce((s, x, p) => s + x * done[p], 0);
        for (let p = 0; p < k; p++) next[p] -= along * done[p];
      }
      const norm = Math.hypot(...next);
      if (norm < 1e-12) break;
      v = next.map((x) => x / norm);
    }
    axes.push(v);
  }
  const at = part.map((_, i) => {
    let [x, y] = [0, 0];
    for (let p = 0; p < k; p++) [x, y] = [x + rows[p][i] * axes[0][p], y + rows[p][i] * axes[1][p]];
    return { x, y };
  });
  // Nodes at the same hop counts get the same point: a small spiral keeps them apart, and the
  // whole part is scaled to the room its nodes will take once the simulation has pushed them.
  const [mx, my] = [at.reduce((s, p) => s + p.x, 0) / m, at.reduce((s, p) => s + p.y, 0) / m];
  const spread = Math.sqrt(at.reduce((s, p) => s + (p.x - mx) ** 2 + (p.y - my) ** 2, 0) / m) || 1;
  const target = SPREAD * Math.sqrt(m);
  return at.map((p, i) => {
    const angle = i * 2.399963;
    const r = 3;
    return { x: ((p.x - mx) / spread) * target + r * Math.cos(angle), y: ((p.y - my) / spread) * target + r * Math.sin(angle) };
  });
}

/** Root-mean-square distance from the centre of a part, per square root of its nodes. */
const SPREAD = 14;

// ---------------------------------------------------------------------------------------
// Newcomers on a drawn map
// ---------------------------------------------------------------------------------------

/** Which drawn nodes a local simulation for these newcomers takes in besides them: their
 * neighbours already on the map, pinned. Exported so the tests can check the limit. */
export function localNodes(ids: string[], links: [string, string][], placed: Map<string, Point>): { newcomers: string[]; neighbours: string[] } {
  const known = new Set(ids);
  const newcomers = ids.filter((id) => !placed.has(id));
  const isNew = new Set(newcomers);
  const neighbours = new Set<string>();
  for (const [a, b] of links) {
    if (!known.has(a) || !known.has(b) || a === b) continue;
    if (isNew.has(a) && !isNew.has(b)) neighbours.add(b);
    if (isNew.has(b) && !isNew.has(a)) neighbours.add(a);
  }
  return { newcomers, neighbours: ids.filter((id) => neighbours.has(id)) };
}

/** Buckets of drawn points, to find who is near a spot without going through the whole map. */
class Grid {
  #cells = new Map<string, Point[]>();
  #key = (x: number, y: number) => `${Math.floor(x / ROOM)},${Math.floor(y / ROOM)}`;
  add(p: Point) {
    const key = this.#key(p.x, p.y);
    const cell = this.#cells.get(key);
    if (cell) cell.push(p);
    else this.#cells.set(key, [p]);
  }
  free(p: Point): boolean {
    const [cx, cy] = [Math.floor(p.x / ROOM), Math.floor(p.y / ROOM)];
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const q of this.#cells.get(`${cx + dx},${cy + dy}`) ?? []) if (Math.hypot(q.x - p.x, q.y - p.y) < ROOM) return false;
    }
    return true;
  }
}

function placeNewcomers(ids: string[], links: [string, string][], placed: Map<string, Point>): Map<string, Point> {
  const { newcomers, neighbours } = localNodes(ids, links, placed);
  const known = new Set(ids);
  const isNew = new Set(newcomers);
  const edges = links
    .filter(([a, b]) => a !== b && (isNew.has(a) || isNew.has(b)) && known.has(a) && known.has(b))
    .map(([source, target]) => ({ source, target }));
  const around = new Map<string, string[]>();
  for (const { source, target } of edges) {
    around.set(source, [...(around.get(source) ?? []), target]);
    around.set(target, [...(around.get(target) ?? []), source]);
  }
  const out = new Map<string, Point>();
  const grid = new Grid();
  for (const id of ids) {
    const at = placed.get(id);
    if (!at) continue;
    out.set(id, at);
    grid.add(at);
  }

  // Seeds: next to the neighbours already drawn, then next to newcomers seeded so far.
  const seed = new Map<string, Point>();
  const beside = (id: string, n: number): Point | null => {
    const near = (around.get(id) ?? []).map((other) => out.get(other) ?? seed.get(other)).filter((p): p is Point => !!p);
    if (near.length === 0) return null;
    const angle = n * 2.399963;
    return { x: near.reduce((s, p) => s + p.x, 0) / near.length + (LINK / 2) * Math.cos(angle), y: near.reduce((s, p) => s + p.y, 0) / near.length + (LINK / 2) * Math.sin(angle) };
  };
  // Computed only when someone is linked to nobody drawn: it reads every link.
  let waiting: ReturnType<typeof waitingRoom> | undefined;
  for (let round = 0; seed.size < newcomers.length; round++) {
    let grew = false;
    newcomers.forEach((id, n) => {
      if (seed.has(id)) return;
      const at = beside(id, n);
      if (!at) return;
      seed.set(id, at);
      grew = true;
    });
    // Newcomers linked to nobody on the map: the first of each group waits below the drawing.
    if (!grew) {
      const first = newcomers.find((id) => !seed.has(id))!;
      waiting ??= waitingRoom(ids, links, placed);
      seed.set(first, waiting.next(grid, seed));
    }
  }

  const nodes: Node[] = [
    ...newcomers.map((id) => ({ id, ...seed.get(id)! })),
    ...neighbours.map((id) => {
      const at = placed.get(id)!;
      return { id, x: at.x, y: at.y, fx: at.x, fy: at.y };
    }),
  ];
  forceSimulation(nodes)
    .force("link", forceLink<Node, Edge>(edges).id((n) => n.id).distance(LINK))
    .force("charge", forceManyBody().strength(-160).distanceMax(250))
    .force("collide", forceCollide(ROOM / 2))
    .alpha(0.3)
    .stop()
    .tick(LOCAL_TICKS);

  // The simulation knew only the neighbours: a newcomer that ended on someone else is moved
  // to the nearest free spot around where it settled.
  for (const node of nodes.slice(0, newcomers.length)) {
    const settled = { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) };
    const at = freeSpotNear(settled, grid);
    grid.add(at);
    out.set(node.id, at);
  }
  return new Map(ids.map((id) => [id, out.get(id)!]));
}

/** The closest free spot to `p`, on rings of growing radius around it. */
function freeSpotNear(p: Point, grid: Grid): Point {
  if (grid.free(p)) return p;
  for (let ring = 1; ; ring++) {
    const r = (ring * ROOM) / 2;
    const steps = 6 * ring;
    for (let s = 0; s < steps; s++) {
      const angle = (2 * Math.PI * s) / steps;
      const q = { x: Math.round(p.x + r * Math.cos(angle)), y: Math.round(p.y + r * Math.sin(angle)) };
      if (grid.free(q)) return q;
    }
  }
}

/** Where newcomers linked to nobody drawn go: in rows under the linked part of the map (the
 * people already waiting fill the first spots), so they are seen and can be dragged. */
function waitingRoom(ids: string[], links: [string, string][], placed: Map<string, Point>) {
  const linked = new Set(links.flat());
  const drawn = ids.filter((id) => placed.has(id));
  const anchor = drawn.filter((id) => linked.has(id));
  const points = (anchor.length ? anchor : drawn).map((id) => placed.get(id)!);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y0 = anchor.length ? Math.max(...ys) + LINK : Math.min(...ys);
  const columns = Math.max(6, Math.floor((x1 - x0) / LINK) + 1);
  let slot = 0;
  return {
    next(grid: Grid, seeded: Map<string, Point>): Point {
      for (;; slot++) {
        const p = { x: x0 + (slot % columns) * LINK, y: y0 + Math.floor(slot / columns) * LINK };
        if (grid.free(p) && [...seeded.values()].every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= LINK)) return p;
      }
    },
  };
}

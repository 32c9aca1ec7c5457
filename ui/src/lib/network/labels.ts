// Where each name goes on the network map so that no two names, and no name and node, cover
// each other: below the node if there is room, else above, right or left; a name with no room
// anywhere is not drawn (the node keeps it as its accessible name and its tooltip). Greedy, in
// the order given (people before actors, as the map lists them). What is already taken is kept
// in buckets of the map, so each name is checked only against its surroundings: linear in the
// number of nodes, for maps of a few thousand.
import type { Point } from "./layout";

export type Label = { x: number; y: number; anchor: "middle" | "start" | "end" };
type Box = { left: number; right: number; top: number; bottom: number };

/** Rough size of the map's 11 px labels: wide enough for accented capitals. */
const CHAR_WIDTH = 6.2;
const LINE_HEIGHT = 13;
/** The node's own shape (a circle or square of 13 px radius), kept free of names. */
const NODE_RADIUS = 14;

const CANDIDATES: Label[] = [
  { x: 0, y: 28, anchor: "middle" },
  { x: 0, y: -20, anchor: "middle" },
  { x: 18, y: 4, anchor: "start" },
  { x: -18, y: 4, anchor: "end" },
];

function boxOf(at: Point, label: Label, text: string): Box {
  const width = Math.max(1, [...text].length) * CHAR_WIDTH;
  const left = label.anchor === "middle" ? at.x + label.x - width / 2 : label.anchor === "start" ? at.x + label.x : at.x + label.x - width;
  const bottom = at.y + label.y + 3;
  return { left, right: left + width, top: bottom - LINE_HEIGHT, bottom };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Size of a bucket of the map, in map units: about a long name's width. */
const CELL = 64;

/** The boxes already taken, filed under every bucket they touch. */
class Taken {
  #cells = new Map<string, Box[]>();
  #each(box: Box, visit: (key: string) => boolean | void): boolean {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++)
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) if (visit(`${cx},${cy}`)) return true;
    return false;
  }
  add(box: Box) {
    this.#each(box, (key) => void (this.#cells.get(key) ?? this.#cells.set(key, []).get(key)!).push(box));
  }
  covers(box: Box): boolean {
    return this.#each(box, (key) => (this.#cells.get(key) ?? []).some((other) => overlaps(box, other)));
  }
}

export function placeLabels(nodes: { id: string; at: Point; text: string }[]): Map<string, Label | null> {
  const taken = new Taken();
  for (const { at } of nodes) taken.add({ left: at.x - NODE_RADIUS, right: at.x + NODE_RADIUS, top: at.y - NODE_RADIUS, bottom: at.y + NODE_RADIUS });
  const placed = new Map<string, Label | null>();
  for (const node of nodes) {
    const free = CANDIDATES.find((label) => !taken.covers(boxOf(node.at, label, node.text)));
    if (free) taken.add(boxOf(node.at, free, node.text));
    placed.set(node.id, free ?? null);
  }
  return placed;
}

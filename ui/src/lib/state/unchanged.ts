// Structural sharing for data that arrives whole from the core: after an edit the network
// screen of 2 000 people comes back as 4 MB of fresh objects in which almost nothing changed.
// Given the same parts again, Svelte re-runs nothing that reads them (a keyed list keeps each
// item whose object is the same, a derived value that returns the same object wakes nobody),
// so an edit costs what it changed on screen instead of redrawing everything (measured with
// tests/e2e/map-bench.sh, README). The same idea as TanStack Query's `replaceEqualDeep`, with
// one addition: list items that carry an `id` are matched by it, so someone added in the
// middle of a sorted list does not make everyone after them look new.

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const idOf = (value: unknown): unknown => (isPlain(value) ? value.id : undefined);

/** `next`, with every part deep-equal to the matching part of `prev` replaced by that part
 * of `prev` itself; `prev` whole when nothing differs. Neither is modified. Plain objects
 * and arrays are compared; anything else (a Map, a Date) counts as changed unless it is the
 * very same object. */
export function keepUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) return keepItems(prev, next) as T;
  if (isPlain(prev) && isPlain(next)) return keepFields(prev, next) as T;
  return next;
}

function keepFields(prev: Plain, next: Plain): Plain {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  const out: Plain = {};
  for (const key of keys) {
    const had = Object.prototype.hasOwnProperty.call(prev, key);
    out[key] = had ? keepUnchanged(prev[key], next[key]) : next[key];
    if (!had || out[key] !== prev[key]) same = false;
  }
  return same ? prev : out;
}

function keepItems(prev: unknown[], next: unknown[]): unknown[] {
  let byId: Map<unknown, unknown> | undefined;
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const id = idOf(item);
    let before = prev[i];
    // Matched by id when the item at the same place is someone else.
    if (id !== undefined && idOf(before) !== id) {
      byId ??= new Map(prev.map((p) => [idOf(p), p]));
      before = byId.get(id);
    }
    const kept = before === undefined ? item : keepUnchanged(before, item);
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? prev : out;
}

/** A function that shares structure with what it returned last time: for a derived value
 * rebuilt from scratch on each change (`$derived(share(partiesOf(...)))`), so what did not
 * change keeps its identity and the template does not redo it. */
export function sharing<T>(): (next: T) => T {
  let last: unknown;
  return (next) => (last = keepUnchanged(last, next)) as T;
}

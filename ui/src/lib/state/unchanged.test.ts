import { describe, expect, it } from "vitest";
import { keepUnchanged, sharing } from "./unchanged";

const person = (id: string, name: string) => ({ id, name, tags: [id] });

describe("keepUnchanged", () => {
  it("gives back the old value whole when nothing changed", () => {
    const prev = { people: [person("a", "Ana"), person("b", "Beto")], count: 2, photo: null };
    const next = structuredClone(prev);
    expect(keepUnchanged(prev, next)).toBe(prev);
  });

  it("keeps every unchanged part and takes the changed ones", () => {
    const prev = { people: [person("a", "Ana"), person("b", "Beto")], count: 2 };
    const next = structuredClone(prev);
    next.people[1].name = "Berta";
    const kept = keepUnchanged(prev, next);
    expect(kept).not.toBe(prev);
    expect(kept).toEqual(next);
    expect(kept.people[0]).toBe(prev.people[0]);
    expect(kept.people[1]).not.toBe(prev.people[1]);
    expect(kept.people[1].tags).toBe(prev.people[1].tags);
  });

  it("matches list items by id when someone is added in the middle", () => {
    const prev = [person("a", "Ana"), person("c", "Cruz"), person("d", "Dora")];
    const next = structuredClone([prev[0], person("b", "Beto"), prev[1], prev[2]]);
    const kept = keepUnchanged(prev, next);
    expect(kept).toEqual(next);
    expect(kept[0]).toBe(prev[0]);
    expect(kept[2]).toBe(prev[1]);
    expect(kept[3]).toBe(prev[2]);
  });

  it("notices removed and added fields and items, and a value that became undefined", () => {
    expect(keepUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnchanged({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(keepUnchanged([1, 2, 3], [1, 2])).toEqual([1, 2]);
    const prev = { a: 1, b: 2 };
    const next = { a: 1, c: undefined };
    const kept = keepUnchanged(prev, next);
    expect(kept).not.toBe(prev);
    expect(Object.keys(kept)).toEqual(["a", "c"]);
  });

  it("does not modify either side", () => {
    const prev = { list: [person("a", "Ana")] };
    const next = { list: [person("a", "Ana"), person("b", "Beto")] };
    const [before, after] = [structuredClone(prev), structuredClone(next)];
    keepUnchanged(prev, next);
    expect(prev).toEqual(before);
    expect(next).toEqual(after);
  });

  it("takes anything but plain objects and arrays as given", () => {
    const map = new Map([["a", 1]]);
    expect(keepUnchanged(new Map([["a", 1]]), map)).toBe(map);
    expect(keepUnchanged({ at: 1 }, [1])).toEqual([1]);
    expect(keepUnchanged(NaN, NaN)).toBeNaN();
  });
});

describe("sharing", () => {
  it("returns the same object for the same content, call after call", () => {
    const share = sharing<{ id: string; name: string }[]>();
    const first = share([{ id: "a", name: "Ana" }]);
    expect(share([{ id: "a", name: "Ana" }])).toBe(first);
    const renamed = share([{ id: "a", name: "Ana María" }]);
    expect(renamed).not.toBe(first);
    expect(renamed[0].name).toBe("Ana María");
  });
});

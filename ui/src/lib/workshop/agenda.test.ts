import { describe, expect, it } from "vitest";
import type { AgendaItem, StickyNote, WorkshopPlan } from "../ipc/bindings";
import { agendaDays, currentItem, itemsOfDay, nextItem, notesOf } from "./agenda";

const item = (id: string, position: number, day: number, status: AgendaItem["status"]): AgendaItem => ({
  id, workshop: "w", position, key: "", day, title: id, goal: "", minutes: 45, materials: "", module: "context",
  status, startedAt: null, finishedAt: null, outcomes: "",
});
const note = (id: string, on: string) => ({ id, item: on }) as StickyNote;
const plan = (items: AgendaItem[], notes: StickyNote[] = []) => ({ items, notes }) as unknown as WorkshopPlan;

describe("the workshop agenda", () => {
  const a = item("a", 1, 1, "done");
  const b = item("b", 2, 1, "running");
  const c = item("c", 3, 2, "planned");
  const d = item("d", 4, 2, "planned");

  it("shows the session chosen, else the running one, else the next planned, else the first", () => {
    expect(currentItem(plan([a, b, c]), "c")).toBe(c);
    expect(currentItem(plan([a, b, c]), null)).toBe(b);
    expect(currentItem(plan([a, c, d]), "gone")).toBe(c);
    expect(currentItem(plan([a]), null)).toBe(a);
    expect(currentItem(plan([]), null)).toBeNull();
    expect(currentItem(null, "a")).toBeNull();
  });

  it("offers the next planned session after the one on screen", () => {
    expect(nextItem(plan([a, b, c, d]), b)).toBe(c);
    expect(nextItem(plan([a, b, c, d]), c)).toBe(d);
    expect(nextItem(plan([a, b, c, d]), d)).toBeUndefined();
    expect(nextItem(null, b)).toBeUndefined();
  });

  it("groups the sessions by day and the notes by session", () => {
    const p = plan([a, b, c, d], [note("n1", "b"), note("n2", "c"), note("n3", "b")]);
    expect(agendaDays(p)).toEqual([1, 2]);
    expect(itemsOfDay(p, 2)).toEqual([c, d]);
    expect(notesOf(p, "b").map((n) => n.id)).toEqual(["n1", "n3"]);
    expect(notesOf(null, "b")).toEqual([]);
  });
});

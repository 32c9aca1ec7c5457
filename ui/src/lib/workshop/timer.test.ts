import { describe, expect, it } from "vitest";
import { clock, duration, secondsLeft } from "./timer";
import type { AgendaItem } from "../ipc/bindings";

const item = (over: Partial<AgendaItem>): AgendaItem => ({
  id: "i", workshop: "w", position: 1, key: "", day: 1, title: "t", goal: "", minutes: 45, materials: "", module: "context",
  status: "running", startedAt: "2026-12-01T09:00:00Z", finishedAt: null, outcomes: "", ...over,
});

describe("the session timer", () => {
  it("counts down the time box and goes negative once over", () => {
    const start = Date.parse("2026-12-01T09:00:00Z");
    expect(secondsLeft(item({}), start + 60_000)).toBe(44 * 60);
    expect(clock(secondsLeft(item({}), start + 50 * 60_000)!)).toBe("-5:00");
    expect(secondsLeft(item({ status: "planned" }), start)).toBeNull();
  });

  it("reads minutes as people say them", () => {
    expect(clock(605)).toBe("10:05");
    expect(duration(185)).toBe("3 h 05");
    expect(duration(45)).toBe("45 min");
  });
});

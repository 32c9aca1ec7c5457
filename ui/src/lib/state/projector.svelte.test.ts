import { describe, expect, it, vi } from "vitest";

const calls: string[] = [];
vi.mock("../ipc/commands", () => ({
  openProjector: async () => calls.push("open"),
  blankProjector: async () => calls.push("blank"),
  closeProjector: async () => calls.push("close"),
}));

const { Projector } = await import("./projector.svelte");
const { Activity } = await import("./activity.svelte");

const key = (k: string, target: EventTarget | null = null) => {
  const event = new KeyboardEvent("keydown", { key: k, cancelable: true });
  if (target) Object.defineProperty(event, "target", { value: target });
  return event;
};

describe("the projector from an area", () => {
  it("opens, shows what the area asks or a blank screen, and closes when stopped", async () => {
    calls.length = 0;
    const projector = new Projector(new Activity());
    await projector.open();
    expect(projector.on).toBe(true);
    expect(calls).toEqual(["open", "blank"]);
    await projector.open(async () => calls.push("section"));
    expect(calls.slice(-2)).toEqual(["open", "section"]);
    await projector.stop();
    expect(projector.on).toBe(false);
    expect(calls.at(-1)).toBe("close");
  });

  it("B blanks only while projecting and never while typing", async () => {
    calls.length = 0;
    const projector = new Projector(new Activity());
    expect(projector.blankKey(key("b"))).toBe(false);
    await projector.open();
    calls.length = 0;
    const input = document.createElement("input");
    expect(projector.blankKey(key("b", input))).toBe(false);
    expect(projector.blankKey(key("B"))).toBe(true);
    await Promise.resolve();
    expect(calls).toEqual(["blank"]);
  });
});

import { describe, expect, it, vi } from "vitest";

const calls: string[] = [];
vi.mock("../ipc/commands", () => ({
  undo: async () => calls.push("undo"),
  redo: async () => calls.push("redo"),
}));

const { undoRedo } = await import("./history");

describe("undo and redo from an area", () => {
  it("step, reload the screen, then say what happened; a failure says nothing", async () => {
    let shown = "";
    const said: [string, boolean][] = [];
    const run = async (action: () => Promise<string>) => {
      try {
        shown = await action();
        return true;
      } catch {
        return false;
      }
    };
    let fail = false;
    const { undo, redo } = undoRedo(run, async () => {
      if (fail) throw new Error("locked");
      return `screen after ${calls.at(-1)}`;
    }, (m, again) => said.push([m, again]));
    await undo();
    await redo();
    expect(shown).toBe("screen after redo");
    expect(said).toEqual([["home-undone", false], ["home-redone", true]]);
    fail = true;
    await undo();
    expect(said.length).toBe(2);
  });
});

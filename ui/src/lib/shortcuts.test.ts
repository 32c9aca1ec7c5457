import { describe, expect, it, vi } from "vitest";
import { editingShortcuts, isPanicKey } from "./shortcuts";

function press(key: string, target: EventTarget = document.body, ctrlKey = true) {
  const event = new KeyboardEvent("keydown", { key, ctrlKey, cancelable: true });
  Object.defineProperty(event, "target", { value: target });
  return event;
}

describe("editing shortcuts", () => {
  it("Ctrl+Z undoes outside fields only, and only when there is something to undo", () => {
    const undo = vi.fn();
    const lock = vi.fn();
    editingShortcuts(press("z"), { lock, undo, canUndo: true });
    expect(undo).toHaveBeenCalledTimes(1);
    const input = document.createElement("input");
    document.body.append(input);
    editingShortcuts(press("z", input), { lock, undo, canUndo: true });
    editingShortcuts(press("z"), { lock, undo, canUndo: false });
    editingShortcuts(press("z", document.body, false), { lock, undo, canUndo: true });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it("Ctrl+Shift+Z and Ctrl+Y redo, and never undo", () => {
    const undo = vi.fn();
    const redo = vi.fn();
    const shift = new KeyboardEvent("keydown", { key: "Z", ctrlKey: true, shiftKey: true, cancelable: true });
    Object.defineProperty(shift, "target", { value: document.body });
    editingShortcuts(shift, { lock: vi.fn(), undo, canUndo: true, redo, canRedo: true });
    editingShortcuts(press("y"), { lock: vi.fn(), undo, canUndo: true, redo, canRedo: true });
    editingShortcuts(press("y"), { lock: vi.fn(), undo, canUndo: true, redo, canRedo: false });
    expect(redo).toHaveBeenCalledTimes(2);
    expect(undo).not.toHaveBeenCalled();
  });

  it("Ctrl+L locks from anywhere, even while typing", () => {
    const lock = vi.fn();
    const textarea = document.createElement("textarea");
    const event = press("L", textarea);
    editingShortcuts(event, { lock, undo: vi.fn(), canUndo: false });
    expect(lock).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe("the panic key", () => {
  it("is Ctrl+Shift+L (or ⌘+Shift+L), and plain Ctrl+L stays the ordinary lock", () => {
    expect(isPanicKey(new KeyboardEvent("keydown", { key: "L", ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isPanicKey(new KeyboardEvent("keydown", { key: "L", metaKey: true, shiftKey: true }))).toBe(true);
    expect(isPanicKey(new KeyboardEvent("keydown", { key: "l", ctrlKey: true }))).toBe(false);
    expect(isPanicKey(new KeyboardEvent("keydown", { key: "L", shiftKey: true }))).toBe(false);
    expect(isPanicKey(new KeyboardEvent("keydown", { key: "L", ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });
});

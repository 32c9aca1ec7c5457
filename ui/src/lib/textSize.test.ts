import { describe, expect, it } from "vitest";
import { TEXT_SIZES, applyTextSize, textSizeFromKey } from "./textSize";

const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => new KeyboardEvent("keydown", { key: k, ctrlKey: true, ...extra });

describe("text size", () => {
  it("Ctrl with + and − steps through the offered sizes and stops at either end", () => {
    expect(textSizeFromKey(key("+"), 100)).toBe(125);
    expect(textSizeFromKey(key("="), 175)).toBe(200);
    expect(textSizeFromKey(key("+"), 200)).toBeNull();
    expect(textSizeFromKey(key("-"), 150)).toBe(125);
    expect(textSizeFromKey(key("-"), 100)).toBeNull();
    expect(textSizeFromKey(key("0"), 175)).toBe(100);
    expect(textSizeFromKey(key("0"), 100)).toBeNull();
  });

  it("needs Ctrl (or ⌘), so typing + or 0 in a field changes nothing", () => {
    expect(textSizeFromKey(new KeyboardEvent("keydown", { key: "+" }), 100)).toBeNull();
    expect(textSizeFromKey(key("+", { ctrlKey: false, metaKey: true }), 100)).toBe(125);
    expect(textSizeFromKey(key("l"), 100)).toBeNull();
  });

  it("scales the whole page from its root, and the usual size leaves the style sheet in charge", () => {
    const root = document.createElement("html");
    applyTextSize(200, root);
    expect(root.style.fontSize).toBe("34px");
    applyTextSize(100, root);
    expect(root.style.fontSize).toBe("");
  });

  it("offers the same sizes as the core (app/mod.rs TEXT_SIZES)", async () => {
    const core = (await import("../../../src-tauri/crates/core/src/app/mod.rs?raw")).default as string;
    const list = core.match(/TEXT_SIZES: \[u16; \d+\] = \[([^\]]+)\]/)?.[1];
    expect(list?.split(",").map((n) => Number(n.trim()))).toEqual([...TEXT_SIZES]);
  });
});

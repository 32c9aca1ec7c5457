import { describe, expect, it, vi } from "vitest";
import { AutoLock, lockedNotice } from "./autoLock.svelte";

describe("AutoLock", () => {
  it("tells Rust about activity, at most once per interval", () => {
    let now = 0;
    const seen = vi.fn();
    const target = new EventTarget();
    new AutoLock(seen, 5_000, () => now).start(5, target);
    target.dispatchEvent(new Event("keydown"));
    target.dispatchEvent(new Event("pointermove"));
    expect(seen).toHaveBeenCalledTimes(1);
    now = 4_999;
    target.dispatchEvent(new Event("wheel"));
    expect(seen).toHaveBeenCalledTimes(1);
    now = 5_000;
    target.dispatchEvent(new Event("pointerdown"));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it("never locks by itself: no timer runs in the page", () => {
    vi.useFakeTimers();
    const seen = vi.fn();
    new AutoLock(seen).start(1, new EventTarget());
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it("zero minutes reports nothing, and stop stops", () => {
    const seen = vi.fn();
    const target = new EventTarget();
    const auto = new AutoLock(seen);
    auto.start(0, target);
    target.dispatchEvent(new Event("keydown"));
    auto.start(1, target);
    auto.stop(target);
    target.dispatchEvent(new Event("keydown"));
    expect(seen).not.toHaveBeenCalled();
  });

  it("says why Rust locked the vault", () => {
    expect(lockedNotice({ reason: "idle", minutes: 10 })).toEqual({ id: "unlock-auto-locked", args: { minutes: "10" } });
    expect(lockedNotice({ reason: "sleep", minutes: 10 }).id).toBe("unlock-locked-sleep");
    expect(lockedNotice({ reason: "sessionLocked", minutes: 10 }).id).toBe("unlock-locked-screen");
  });
});

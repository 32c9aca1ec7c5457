import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutoLock } from "./autoLock.svelte";

describe("AutoLock", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("locks after the chosen minutes without activity", () => {
    const lock = vi.fn();
    const target = new EventTarget();
    new AutoLock(lock).start(5, target);
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it("activity postpones the lock", () => {
    const lock = vi.fn();
    const target = new EventTarget();
    new AutoLock(lock).start(1, target);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(50_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it("zero minutes never locks, and stop cancels", () => {
    const lock = vi.fn();
    const target = new EventTarget();
    const auto = new AutoLock(lock);
    auto.start(0, target);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    auto.start(1, target);
    auto.stop(target);
    vi.advanceTimersByTime(10 * 60_000);
    expect(lock).not.toHaveBeenCalled();
  });
});

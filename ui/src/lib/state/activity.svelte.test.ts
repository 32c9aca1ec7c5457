import { describe, expect, it } from "vitest";
import { Activity } from "./activity.svelte";

describe("activity", () => {
  it("is busy while an action runs and clears the last error", async () => {
    const activity = new Activity();
    activity.error = "old";
    let during = false;
    const ok = await activity.attempt(async () => {
      during = activity.busy;
    });
    expect([ok, during, activity.busy, activity.error]).toEqual([true, true, false, ""]);
  });

  it("shows a failure in words, never as a raw error, and reports it", async () => {
    const activity = new Activity();
    const ok = await activity.attempt(async () => {
      throw { code: "err-record-not-found", hint: null, args: {} };
    });
    expect(ok).toBe(false);
    expect(activity.error).toBe("This record is no longer there.");
    let routed = "";
    await activity.attempt(() => Promise.reject(new Error("boom")), (m) => (routed = m));
    expect(routed).not.toContain("boom");
    expect(activity.busy).toBe(false);
  });
});

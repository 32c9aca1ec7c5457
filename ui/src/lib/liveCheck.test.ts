import { afterEach, describe, expect, it, vi } from "vitest";
import { liveCheck } from "./liveCheck";

afterEach(() => vi.useRealTimers());

describe("the consent check while the desk types", () => {
  it("asks the core once the typing pauses, with the latest words only", async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    const shown: string[][] = [];
    const check = liveCheck(async (words: string) => (asked.push(words), words.includes("Rosa") ? ["Rosa"] : []), (r) => shown.push(r), 400);
    check.update("R");
    await vi.advanceTimersByTimeAsync(100);
    check.update("Ro");
    await vi.advanceTimersByTimeAsync(100);
    check.update("Rosa");
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toEqual(["Rosa"]);
    expect(shown).toEqual([["Rosa"]]);
  });

  it("drops an answer about words that changed while it was being checked", async () => {
    vi.useFakeTimers();
    const answers: Array<(r: string) => void> = [];
    const shown: string[] = [];
    const check = liveCheck((_: string) => new Promise<string>((resolve) => answers.push(resolve)), (r) => shown.push(r), 10);
    check.update("Rosa Xol");
    await vi.advanceTimersByTimeAsync(10);
    check.update("[name withheld]");
    await vi.advanceTimersByTimeAsync(10);
    answers[1]("clear");
    answers[0]("Rosa Xol goes beyond consent");
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(["clear"]);
  });

  it("reports nothing once the editor closed", async () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const check = liveCheck(async (w: string) => w, (r) => shown.push(r), 10);
    check.update("Rosa");
    check.stop();
    await vi.advanceTimersByTimeAsync(50);
    expect(shown).toEqual([]);
  });
});

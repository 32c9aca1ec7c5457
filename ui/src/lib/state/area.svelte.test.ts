import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Home, RiskScreen } from "../ipc/bindings";
import { i18n } from "../i18n/i18n.svelte";
import { Area } from "./area.svelte";
import { Session } from "./session.svelte";

const home = (generation: number) => ({ collective: { name: "Río Claro" }, generation, canUndo: true, canRedo: false }) as unknown as Home;
const screen = (generation: number) => ({ home: home(generation) }) as unknown as RiskScreen;

/** An area over a session already on its home, reloading with `load`. */
function setup(load: () => Promise<RiskScreen> = async () => screen(99)) {
  const session = new Session();
  session.opened(home(1));
  const area = new Area<RiskScreen>(session, "risks", load);
  return { session, area };
}

afterEach(() => {
  clearMocks();
  i18n.locale = "en";
});

describe("an area of the vault", () => {
  it("show goes to the area's screen and keeps the home current", () => {
    const { session, area } = setup();
    area.show(screen(2));
    expect(session.screen).toBe("risks");
    expect(session.home?.generation, "the home screen shows what the area last saw").toBe(2);
  });

  it("show with go=false refreshes the data without navigating", () => {
    const { session, area } = setup();
    area.show(screen(2), false);
    expect(session.screen, "an answer arriving after the person left must not pull them back").toBe("home");
    expect(area.data?.home.generation).toBe(2);
  });

  it("a reload keeps what did not change, so the screen redoes only what did", () => {
    const { session, area } = setup();
    const withPeople = (names: string[]) => ({ ...screen(2), people: names.map((name, i) => ({ id: `p${i}`, name })) }) as unknown as RiskScreen;
    area.show(withPeople(["Ana", "Beto", "Cruz"]));
    const first = area.data!;
    area.show(withPeople(["Ana", "Beto", "Cruz"]), false);
    expect(area.data, "the same content is the same object").toBe(first);
    expect(session.home).toBe(first.home);
    area.show(withPeople(["Ana", "Berta", "Cruz"]), false);
    const people = (area.data as unknown as { people: { name: string }[] }).people;
    const before = (first as unknown as { people: { name: string }[] }).people;
    expect(people.map((p) => p.name)).toEqual(["Ana", "Berta", "Cruz"]);
    expect(people[0]).toBe(before[0]);
    expect(people[1]).not.toBe(before[1]);
    expect(people[2]).toBe(before[2]);
  });

  it("arriving at the area clears what was said there before", () => {
    const { area } = setup();
    area.say("saved", true);
    area.activity.error = "old";
    area.show(screen(2));
    expect([area.toast, area.activity.error]).toEqual([null, ""]);
  });

  it("an edit that succeeds shows its screen and offers undo; one that fails reaches the screen's error line", async () => {
    const { session, area } = setup();
    area.show(screen(2));
    expect(await area.edit(async () => screen(3), "Risk added")).toBe(true);
    expect(area.toast).toEqual({ message: "Risk added", undo: true });
    expect(session.home?.generation).toBe(3);

    area.toast = null;
    const ok = await area.edit(() => Promise.reject({ code: "err-record-not-found", args: {} }), "never said");
    expect(ok).toBe(false);
    expect(area.activity.error, "the view renders this line").toBe("This record is no longer there.");
    expect(area.toast, "a failed edit says nothing about success").toBeNull();
    expect(area.data?.home.generation, "a failure leaves the screen as it was").toBe(3);
  });

  it("an edit's error can go to a form instead of the screen's line", async () => {
    const { area } = setup();
    let formError = "";
    await area.edit(() => Promise.reject({ code: "err-record-not-found", args: {} }), "x", { onError: (m) => (formError = m) });
    expect(formError).toBe("This record is no longer there.");
    expect(area.activity.error).toBe("");
  });

  it("a message made from the edit's answer is made after the answer arrived", async () => {
    const { area } = setup();
    let title = "";
    await area.edit(async () => ((title = "Legal defence"), screen(2)), () => `Measure added: ${title}`);
    expect(area.toast?.message).toBe("Measure added: Legal defence");
  });

  it("undo steps back, reloads the area without navigating and says so, without offering undo again", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => void calls.push(cmd));
    const { session, area } = setup(async () => screen(7));
    area.show(screen(2), false);
    expect(await area.undo()).toBe(true);
    expect(calls).toEqual(["undo_change"]);
    expect(area.data?.home.generation).toBe(7);
    expect(session.screen).toBe("home");
    expect(area.toast).toEqual({ message: "The last change was undone.", undo: false });
    await area.redo();
    expect(area.toast?.undo, "after redo, undo is offered again").toBe(true);
  });

  it("back goes home with the home the area last saw", () => {
    const { session, area } = setup();
    area.show(screen(5));
    session.home = home(4);
    area.back();
    expect([session.screen, session.home?.generation]).toEqual(["home", 5]);
  });

  it("clear drops the data and what was said, and so does locking the session", () => {
    const { session, area } = setup();
    area.show(screen(2));
    area.say("Risk added", true);
    area.activity.error = "Something failed";
    session.locked();
    expect([area.data, area.toast, area.activity.error]).toEqual([null, null, ""]);
  });
});

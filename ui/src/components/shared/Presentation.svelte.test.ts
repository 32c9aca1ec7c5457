import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { Activity } from "../../lib/state/activity.svelte";
import { Projector } from "../../lib/state/projector.svelte";
import * as ipc from "../../lib/ipc/commands";
import Presentation from "./Presentation.svelte";

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};
const key = (k: string) => window.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));

describe("presentation mode on one mirrored screen", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("F5 shows only what the core projects, a restricted part stays hidden, and only Escape brings the screen back", async () => {
    const calls: string[] = [];
    const open = { language: "es", collective: "Comunidad", title: "Acuerdos", body: "Ceiba avisa a Garza", notes: [], hidden: false };
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "blank_projector") return { ...open, title: "", body: "" };
      if (cmd === "project_section") return open;
      if (cmd === "plugin:event|listen") return 1;
    });
    const projector = new Projector(new Activity());
    const f5 = new KeyboardEvent("keydown", { key: "F5", cancelable: true });
    // F5 shows what the core returns for the section open (the window keeps it: it may not
    // read the projector's state itself).
    expect(projector.presentKey(f5, () => ipc.projectSection({} as never))).toBe(true);
    expect(f5.defaultPrevented).toBe(true);
    await settle();
    expect(projector.presenting && projector.on).toBe(true);
    expect(calls).not.toContain("open_projector");

    const view = mount(Presentation, { target: document.body, props: { projector } });
    await settle();
    const shown = document.querySelector('[data-view="presentation"]')!;
    expect(shown.textContent).toContain("Ceiba avisa a Garza");
    expect(shown.textContent).toContain("Esc");

    // What the core sends while presenting (a restricted section opened) replaces it.
    projector.follow({ ...open, title: "", body: "", hidden: true });
    flushSync();
    expect(document.querySelector('[data-testid="projector-hidden"]')).not.toBeNull();
    expect(document.body.textContent).not.toContain("Ceiba");
    expect(calls).not.toContain("get_projection");
    unmount(view);
    const again = mount(Presentation, { target: document.body, props: { projector } });
    await settle();

    // A click anywhere (someone in the room at the laptop) does not leave; Escape does.
    (document.querySelector('[data-view="presentation"]') as HTMLElement).click();
    key("Enter");
    await settle();
    expect(projector.presenting).toBe(true);
    key("Escape");
    await settle();
    expect(projector.presenting).toBe(false);
    expect(projector.on).toBe(false);
    expect(calls).toContain("close_projector");
    expect(projector.presentKey(new KeyboardEvent("keydown", { key: "F5", ctrlKey: true }))).toBe(false);
    unmount(again);
  });

  it("keeps the keyboard on the shared screen, and gives it back where it was on leaving", async () => {
    mockIPC((cmd) => {
      if (cmd === "plugin:event|listen") return 1;
    });
    const beneath = document.createElement("button");
    beneath.textContent = "Back";
    document.body.append(beneath);
    beneath.focus();
    const projector = new Projector(new Activity());
    const view = mount(Presentation, { target: document.body, props: { projector } });
    await settle();
    const shown = document.querySelector<HTMLElement>('[data-view="presentation"]')!;
    expect(document.activeElement).toBe(shown);
    // Tab would reach the buttons hidden beneath; it is held on the shared screen.
    const tab = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    window.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(shown);
    unmount(view);
    expect(document.activeElement).toBe(beneath);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import { lockedNotice } from "../lib/state/autoLock.svelte";
import Welcome from "./Welcome.svelte";

describe("Welcome", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("after an auto-lock with no vault to unlock, the welcome screen says it locked and why", () => {
    i18n.locale = "es";
    const session = new Session();
    // The demo is not in the recent list: locking it lands here, not on the unlock screen.
    session.locked(lockedNotice({ reason: "sleep", minutes: 0 }));
    expect(session.screen).toBe("welcome");
    const view = mount(Welcome, { target: document.body, context: contextOf(createAreas(session)), props: { onopened: () => {} } });
    flushSync();
    const notice = document.querySelector('[data-testid="locked-notice"]');
    expect(notice?.textContent).toBe(i18n.t("unlock-locked-sleep"));
    expect(notice?.textContent).not.toBe("unlock-locked-sleep");
    unmount(view);
  });

  it("offers the demo desk, in the interface language, and opens it as a demo", async () => {
    i18n.locale = "fr";
    const calls: string[] = [];
    const home = { collective: { name: "Cellule d'appui", desk: true } };
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "open_desk_demo") return home;
    });
    const opened: [unknown, boolean | undefined][] = [];
    const session = new Session();
    const view = mount(Welcome, {
      target: document.body,
      context: contextOf(createAreas(session)),
      props: { onopened: (h, demo) => opened.push([h, demo]) },
    });
    flushSync();
    const button = document.querySelector<HTMLButtonElement>('[data-testid="welcome-desk-demo"]')!;
    expect(button.textContent).toBe(i18n.t("welcome-desk-demo"));
    expect(button.textContent).not.toBe("welcome-desk-demo");
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(["open_desk_demo"]);
    expect(opened).toEqual([[home, true]]);
    unmount(view);
  });

  it("offers to rehearse a case, community and desk, and opens the pair in training", async () => {
    const asked: string[] = [];
    mockIPC((cmd) => {
      asked.push(cmd);
      if (cmd === "open_training_pair") return { people: [] };
    });
    const opened: unknown[] = [];
    const view = mount(Welcome, { target: document.body, context: contextOf(createAreas(new Session())), props: { onopened: (home: unknown, demo?: boolean) => opened.push([home, demo]) } });
    flushSync();
    const button = document.querySelector<HTMLButtonElement>('[data-testid="welcome-rehearse"]')!;
    expect(button.textContent).toBe(i18n.t("welcome-rehearse"));
    expect(button.nextElementSibling?.textContent).toBe(i18n.t("welcome-rehearse-hint"));
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(["open_training_pair"]);
    expect(opened).toEqual([[{ people: [] }, false]]);
    unmount(view);
  });

  it("a welcome reached by hand shows no lock notice", () => {
    const session = new Session();
    const view = mount(Welcome, { target: document.body, context: contextOf(createAreas(session)), props: { onopened: () => {} } });
    flushSync();
    expect(document.querySelector('[data-testid="locked-notice"]')).toBeNull();
    unmount(view);
  });
});

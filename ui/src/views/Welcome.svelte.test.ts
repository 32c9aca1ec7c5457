import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
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

  it("a welcome reached by hand shows no lock notice", () => {
    const session = new Session();
    const view = mount(Welcome, { target: document.body, context: contextOf(createAreas(session)), props: { onopened: () => {} } });
    flushSync();
    expect(document.querySelector('[data-testid="locked-notice"]')).toBeNull();
    unmount(view);
  });
});

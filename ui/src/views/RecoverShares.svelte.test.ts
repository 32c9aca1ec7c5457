import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import RecoverShares from "./RecoverShares.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(testid: string, value: string, index = 0) {
  const input = document.querySelectorAll<HTMLInputElement>(`[data-testid="${testid}"]`)[index]!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

describe("RecoverShares", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("sends every typed share, a third field added, and opens the vault", async () => {
    let sent: Record<string, unknown> | undefined;
    const home = { collective: { name: "X" } };
    mockIPC((cmd, args) => {
      if (cmd === "recover_with_shares") {
        sent = args as Record<string, unknown>;
        return home;
      }
    });
    const session = new Session();
    session.unlockDir = "/v.tejido";
    let opened: unknown = null;
    const view = mount(RecoverShares, { target: document.body, props: { onopened: (h: unknown) => (opened = h) }, context: contextOf(createAreas(session)) });
    expect(document.querySelectorAll('[data-testid="recover-share"]').length).toBe(2);
    document.querySelector<HTMLButtonElement>('[data-testid="recover-share-add"]')!.click();
    flushSync();
    expect(document.querySelectorAll('[data-testid="recover-share"]').length).toBe(3);
    type("recover-share", "tjs1 aaaa bbbb", 0);
    type("recover-share", "TJS1 CCCC DDDD", 2);
    type("recover-new-passphrase", "a new long passphrase");
    type("recover-confirm", "a new long passphrase");
    document.querySelector<HTMLButtonElement>('[data-testid="recover-shares-submit"]')!.click();
    await settle();
    await settle();
    expect(sent).toMatchObject({ dir: "/v.tejido", shares: ["tjs1 aaaa bbbb", "TJS1 CCCC DDDD"], files: [], newPassphrase: "a new long passphrase" });
    expect(opened).toEqual(home);
    expect(session.recovered).toBe(true);
    unmount(view);
  });

  it("says in French which share was entered twice", async () => {
    i18n.locale = "fr";
    mockIPC((cmd) => {
      if (cmd === "recover_with_shares") throw { code: "err-share-duplicate", hint: "rec-share-more", args: { number: "2" } };
    });
    const session = new Session();
    session.unlockDir = "/v.tejido";
    const view = mount(RecoverShares, { target: document.body, context: contextOf(createAreas(session)), props: { onopened: () => {} } });
    type("recover-share", "tjs1 same", 0);
    type("recover-share", "tjs1 same", 1);
    type("recover-new-passphrase", "a new long passphrase");
    type("recover-confirm", "a new long passphrase");
    document.querySelector<HTMLButtonElement>('[data-testid="recover-shares-submit"]')!.click();
    await settle();
    await settle();
    flushSync();
    const alert = document.querySelector('[data-testid="recover-shares-error"]');
    expect(alert?.textContent).toContain("La part 2 a été saisie deux fois.");
    expect(alert?.textContent).toContain("Chaque part ne compte qu'une fois");
    unmount(view);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { Session } from "../../lib/state/session.svelte";
import { contextOf, createAreas } from "../../lib/areas";
import type { Home } from "../../lib/ipc/bindings";
import RecoveryShares from "./RecoveryShares.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(testid: string, value: string, index = 0) {
  const input = document.querySelectorAll<HTMLInputElement>(`[data-testid="${testid}"]`)[index]!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

function sessionAt(desk: boolean) {
  const session = new Session();
  session.home = { collective: { name: "X", desk } } as unknown as Home;
  session.screen = "settings";
  return session;
}

describe("RecoveryShares", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("at a desk speaks of the Advisory Group, in Spanish", () => {
    i18n.locale = "es";
    const view = mount(RecoveryShares, { target: document.body, context: contextOf(createAreas(sessionAt(true))), props: { onslots: () => {} } });
    expect(document.querySelector("h3")?.textContent).toBe("El Grupo Asesor guarda la recuperación de la mesa");
    unmount(view);
  });

  it("warns when one group alone would hold enough shares, and seals a member's share to their file", async () => {
    let sent: Record<string, unknown> | undefined;
    const made = { shortVaultId: "5100-b175", threshold: 2, total: 3, cards: [], files: [], slots: { passphrases: 1, hasRecoveryKey: true, list: [], weakSlots: 0 } };
    mockIPC((cmd, args) => {
      if (cmd === "split_recovery") {
        sent = args as Record<string, unknown>;
        return made;
      }
    });
    const session = sessionAt(false);
    const view = mount(RecoveryShares, { target: document.body, context: contextOf(createAreas(session)), props: { onslots: () => {} } });
    type("shares-holder-group", "Mujeres", 0);
    type("shares-holder-group", " mujeres", 1);
    flushSync();
    expect(document.querySelector('[data-testid="shares-crowded"]')?.textContent).toContain("Mujeres alone would hold 2 shares");
    type("shares-holder-group", "Jóvenes", 1);
    flushSync();
    expect(document.querySelector('[data-testid="shares-crowded"]')).toBeNull();

    const third = document.querySelectorAll<HTMLInputElement>('[data-testid="shares-holder-file"]')[2]!;
    third.click();
    flushSync();
    type("shares-file-folder", "/media/usb/");
    type("shares-file-passphrase", "heron blanket tortilla 31");
    type("shares-file-confirm", "heron blanket tortilla 31");
    type("shares-current", "owner passphrase");
    document.querySelector<HTMLButtonElement>('[data-testid="shares-submit"]')!.click();
    await settle();
    await settle();
    expect(sent).toMatchObject({
      current: "owner passphrase",
      threshold: 2,
      total: 3,
      files: [{ number: 3, passphrase: "heron blanket tortilla 31", path: "/media/usb/tejido-share-3-of-3.age" }],
    });
    expect(session.screen).toBe("share-cards");
    expect(session.shareSplit?.holders).toEqual(["Mujeres", "Jóvenes", ""]);
    unmount(view);
  });
});

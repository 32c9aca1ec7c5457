import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import Unlock from "./Unlock.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("Unlock", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("a wrong passphrase is explained in Spanish and the field is cleared", async () => {
    i18n.locale = "es";
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "unlock_vault") throw { code: "err-vault-wrong-passphrase", hint: "rec-vault-wrong-passphrase", args: {} };
    });
    const session = new Session();
    session.unlockDir = "/v.tejido";
    const view = mount(Unlock, { target: document.body, context: contextOf(createAreas(session)), props: { onopened: () => {} } });
    const input = document.querySelector<HTMLInputElement>('[data-testid="unlock-passphrase"]')!;
    input.value = "not it";
    input.dispatchEvent(new Event("input"));
    document.querySelector<HTMLButtonElement>('[data-testid="unlock-submit"]')!.click();
    await settle();
    await settle();
    flushSync();
    const alert = document.querySelector('[role="alert"]');
    expect(calls).toContain("unlock_vault");
    expect(alert?.textContent).toContain("Esa frase de contraseña no abre esta bóveda.");
    expect(input.value).toBe("");
    unmount(view);
  });

  it("a right passphrase hands the home to the caller", async () => {
    const home = { collective: { name: "X" }, people: [], attention: [] };
    mockIPC((cmd, args) => {
      if (cmd === "unlock_vault") {
        expect(args).toMatchObject({ dir: "/v.tejido", passphrase: "right one" });
        return home;
      }
    });
    let opened: unknown = null;
    const session = new Session();
    session.unlockDir = "/v.tejido";
    const view = mount(Unlock, { target: document.body, props: { onopened: (h: unknown) => (opened = h) }, context: contextOf(createAreas(session)) });
    const input = document.querySelector<HTMLInputElement>('[data-testid="unlock-passphrase"]')!;
    input.value = "right one";
    input.dispatchEvent(new Event("input"));
    document.querySelector<HTMLButtonElement>('[data-testid="unlock-submit"]')!.click();
    await settle();
    await settle();
    expect(opened).toEqual(home);
    unmount(view);
  });

  it("after a recovery the home learns it, so it can offer to remove the old passphrase", async () => {
    mockIPC((cmd) => {
      if (cmd === "recover_vault") return { collective: { id: "c", name: "Río Claro" }, people: [], attention: [] };
    });
    const session = new Session();
    session.unlockDir = "/v.tejido";
    let opened = false;
    const view = mount(Unlock, { target: document.body, props: { onopened: () => (opened = true) }, context: contextOf(createAreas(session)) });
    document.querySelector<HTMLButtonElement>('[data-testid="unlock-use-recovery"]')!.click();
    flushSync();
    for (const [id, value] of [["recover-key", "AGE-SECRET-KEY-1ABC"], ["recover-new-passphrase", "una frase nueva y larga"], ["recover-confirm", "una frase nueva y larga"]]) {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event("input"));
    }
    document.querySelector<HTMLButtonElement>('[data-testid="recover-submit"]')!.click();
    await settle();
    await settle();
    expect(opened).toBe(true);
    expect(session.recovered).toBe(true);
    session.locked();
    expect(session.recovered).toBe(false);
    unmount(view);
  });
});

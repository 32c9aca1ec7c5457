import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { Slots } from "../../lib/ipc/bindings";
import DuressPassphrase from "./DuressPassphrase.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!.click();

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

const withPaper: Slots = {
  passphrases: 1,
  hasRecoveryKey: true,
  weakSlots: 0,
  list: [
    { id: "a", kind: "passphrase", createdAt: "2026-12-01T00:00:00Z", weakWorkFactor: false },
    { id: "b", kind: "recovery", createdAt: "2026-12-01T00:00:00Z", weakWorkFactor: false },
  ],
};

describe("DuressPassphrase", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("is refused, in French, while nothing but passphrases could open the vault afterwards", () => {
    i18n.locale = "fr";
    const noPaper = { ...withPaper, hasRecoveryKey: false, list: withPaper.list.slice(0, 1) };
    const view = mount(DuressPassphrase, { target: document.body, props: { slots: noPaper, onslots: () => {} } });
    expect(document.querySelector('[data-testid="duress-no-recovery"]')?.textContent).toContain("personne ne pourrait l'ouvrir");
    expect(document.querySelector('[data-testid="duress-start"]')).toBeNull();
    unmount(view);
  });

  it("asks for the current secret, the duress passphrase twice and a tick, then lists it like any passphrase", async () => {
    let sent: Record<string, unknown> | undefined;
    let listed: Slots | undefined;
    const after = { ...withPaper, passphrases: 2 };
    mockIPC((cmd, args) => {
      if (cmd === "add_duress_passphrase") {
        sent = args as Record<string, unknown>;
        return after;
      }
    });
    const view = mount(DuressPassphrase, { target: document.body, props: { slots: withPaper, onslots: (s: Slots) => (listed = s) } });
    click("duress-start");
    flushSync();
    const submit = document.querySelector<HTMLButtonElement>('[data-testid="duress-submit"]')!;
    expect(submit.disabled, "not before the tick").toBe(true);
    type("duress-current", "maize river lantern 1987");
    type("duress-new", "copper kettle morning 52");
    type("duress-confirm", "copper kettle morning 5");
    click("duress-understood");
    flushSync();
    submit.click();
    await settle();
    flushSync();
    expect(document.querySelector('[data-testid="duress-error"]')?.textContent).toBe("The two passphrases are different.");
    expect(sent).toBeUndefined();
    type("duress-confirm", "copper kettle morning 52");
    flushSync();
    submit.click();
    await settle();
    flushSync();
    expect(sent).toEqual({ current: "maize river lantern 1987", passphrase: "copper kettle morning 52" });
    expect(listed?.passphrases).toBe(2);
    expect(document.querySelector('[data-testid="duress-done"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="duress-new"]'), "the form closed, nothing typed left").toBeNull();
    unmount(view);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import Settings from "./Settings.svelte";

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};
const type = (testid: string, value: string) => {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
};
const click = (testid: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!.click();
const submit = (testid: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!.form!.requestSubmit();

const owner = { id: "owner", kind: "passphrase", createdAt: "2026-01-01T00:00:00Z", weakWorkFactor: false };
const leaked = { id: "leaked", kind: "passphrase", createdAt: "2026-02-01T00:00:00Z", weakWorkFactor: true };
const paper = { id: "paper", kind: "recovery", createdAt: "2026-01-01T00:00:00Z", weakWorkFactor: false };
const slots = (list: object[]) => ({ passphrases: list.filter((s: any) => s.kind === "passphrase").length, hasRecoveryKey: true, list, weakSlots: list.filter((s: any) => s.weakWorkFactor).length });

// Every test starts from an empty page, no mocked command and English.
afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
  i18n.locale = "en";
});

describe("Settings: ways into the vault", () => {
  it("a passphrase nobody here knows is removed by id after confirming with another, then a re-key is offered and shows a new paper key", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "vault_slots") return slots([owner, leaked, paper]);
      if (cmd === "remove_slot") return slots([owner, paper]);
      if (cmd === "rekey_vault") return { recoveryKey: "AGE-SECRET-KEY-1NEW", slots: slots([owner, paper]) };
    });
    const session = new Session();
    const view = mount(Settings, { target: document.body, context: contextOf(createAreas(session)), props: { onautolock: () => {} } });
    await settle();
    expect(document.querySelectorAll('[data-testid="slot"]').length).toBe(3);
    expect(document.querySelectorAll('[data-testid="slot-weak"]').length).toBe(1);
    document.querySelectorAll<HTMLButtonElement>('[data-testid="slot-remove"]')[1].click();
    flushSync();
    type("slot-remove-current", "owner passphrase");
    submit("slot-remove-submit");
    await settle();
    expect(calls).toContainEqual(["remove_slot", { id: "leaked", current: "owner passphrase" }]);
    expect(document.body.textContent).toContain("re-key the vault below");
    expect(document.querySelector('[data-testid="rekey-form"]')!.classList.contains("offer")).toBe(true);

    type("rekey-current", "owner passphrase");
    submit("rekey-submit");
    await settle();
    expect(calls).toContainEqual(["rekey_vault", { current: "owner passphrase", passphrase: null }]);
    expect(session.recoveryKey).toBe("AGE-SECRET-KEY-1NEW");
    expect(session.screen).toBe("recovery");
    unmount(view);
  });

  it("adding a passphrase sends the current secret, and a refusal is explained in French", async () => {
    i18n.locale = "fr";
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "vault_slots") return slots([owner, paper]);
      if (cmd === "estimate_passphrase") return { score: 1, tooShort: false, tooWeak: true, minScore: 3, minChars: 8 };
      if (cmd === "add_passphrase") throw { code: "err-slot-wrong-secret", hint: "rec-slot-wrong-secret", args: {} };
    });
    const session = new Session();
    const view = mount(Settings, { target: document.body, context: contextOf(createAreas(session)), props: { onautolock: () => {} } });
    await settle();
    type("passphrase-add-current", "someone walking by");
    type("passphrase-add-new", "password1");
    type("passphrase-add-confirm", "password1");
    submit("passphrase-add-submit");
    await settle();
    expect(calls).toContainEqual(["add_passphrase", { current: "someone walking by", passphrase: "password1" }]);
    expect(document.querySelector('[role="alert"]')?.textContent).toContain("Pour confirmer");
    unmount(view);
  });
});

describe("Settings: the text size", () => {
  it("offers sizes up to twice the usual, in the person's words, and keeps the one chosen", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "vault_slots") return slots([owner, paper]);
      if (cmd === "set_text_size") return { textSize: (args as { percent: number }).percent };
    });
    i18n.locale = "fr";
    const session = new Session();
    const view = mount(Settings, { target: document.body, context: contextOf(createAreas(session)), props: { onautolock: () => {} } });
    await settle();
    const select = document.querySelector<HTMLSelectElement>('[data-testid="settings-text-size"]')!;
    expect([...select.options].map((o) => o.value)).toEqual(["100", "125", "150", "175", "200"]);
    expect(select.options[4].textContent).toBe("200\u00a0%");
    expect(document.querySelector('label[for="text-size"]')!.textContent).toBe("Taille du texte");
    select.value = "150";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(calls).toContainEqual(["set_text_size", { percent: 150 }]);
    expect(session.info?.textSize).toBe(150);
    unmount(view);
  });
});

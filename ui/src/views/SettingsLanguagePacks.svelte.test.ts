// Issue 23 in the settings: the bundled Portuguese pack is offered with its report, installed
// through the core, chosen, and the interface speaks it at once; what it lacks reads in Spanish.
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n, setPackSource } from "../lib/i18n/i18n.svelte";
import * as ipc from "../lib/ipc/commands";
import { sourcesOf } from "../lib/i18n/sources";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import Settings from "./Settings.svelte";

const settle = async () => {
  for (let i = 0; i < 8; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
  i18n.locale = "en";
});

describe("Settings: language packs", () => {
  it("installs the bundled pack, shows its report, switches to it without restart and falls back to Spanish", async () => {
    const pt = sourcesOf("pt-BR");
    // The pack as installed, without settings-autolock: Spanish must say it.
    const ui = pt["ui.ftl"].split("\n").filter((l) => !l.startsWith("settings-autolock =")).join("\n");
    const report = { total: 1400, translated: 1399, missing: ["settings-autolock"], problems: [{ id: "settings-text-size-percent", missing: ["percent"], extra: [] }] };
    const view = (installed: boolean) => ({ code: "pt-BR", name: "Português (Brasil)", chain: ["pt-BR", "es", "en"], installed, report });
    let installed = false;
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "vault_slots") return { passphrases: 1, hasRecoveryKey: true, list: [], weakSlots: 0 };
      if (cmd === "language_packs") return [view(installed)];
      if (cmd === "install_bundled_language_pack") return (installed = true), view(true);
      if (cmd === "set_language") return { language: (args as { language: string }).language };
      if (cmd === "language_pack_sources") return { code: "pt-BR", chain: ["pt-BR", "es", "en"], ui, errors: pt["errors.ftl"], unused: [] };
    });
    setPackSource(ipc.languagePackSources);
    const session = new Session();
    const settings = mount(Settings, { target: document.body, context: contextOf(createAreas(session)), props: { onautolock: () => {} } });
    await settle();
    const pack = () => document.querySelector('[data-testid="language-pack"][data-code="pt-BR"]')!;
    expect(pack().textContent).toContain("1,399 of 1,400 messages translated");
    expect(pack().textContent).toContain("Español → English");
    expect(pack().querySelector('[data-testid="language-pack-missing"]')!.textContent).toContain("settings-autolock");
    expect(pack().querySelector('[data-testid="language-pack-problems"]')!.textContent).toContain("settings-text-size-percent leaves out $percent");
    expect(document.querySelector('[data-testid="settings-language"] option[value="pt-BR"]'), "not a language before it is installed").toBeNull();

    pack().querySelector<HTMLButtonElement>('[data-testid="language-pack-install"]')!.click();
    await settle();
    expect(calls).toContain("install_bundled_language_pack");
    expect(pack().querySelector('[data-testid="language-pack-remove"]')).not.toBeNull();

    const select = document.querySelector<HTMLSelectElement>('[data-testid="settings-language"]')!;
    select.value = "pt-BR";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(document.querySelector('[data-testid="settings-error"]')?.textContent ?? "").toBe("");
    expect(select.querySelector('option[value="pt-BR"]'), "offered once installed").not.toBeNull();
    expect(i18n.locale).toBe("pt-BR");
    expect(document.documentElement.lang).toBe("pt-BR");
    expect(document.querySelector("h1")?.textContent).toBe("Configurações");
    expect(document.querySelector('label[for="autolock"]')!.textContent, "missing in the pack: Spanish").toBe(i18n.t("settings-autolock"));
    expect(i18n.t("settings-autolock")).toMatch(/^Bloquear/);
    unmount(settings);
  });
});

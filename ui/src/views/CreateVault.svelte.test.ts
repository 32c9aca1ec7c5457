import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import type { AppInfo } from "../lib/ipc/bindings";
import CreateVault from "./CreateVault.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const field = (testid: string) => document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
const type = (testid: string, value: string) => {
  field(testid).value = value;
  field(testid).dispatchEvent(new Event("input"));
};

describe("CreateVault", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("suggests a neutral folder, can show the passphrase, and says a mismatch once", async () => {
    i18n.locale = "es";
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "estimate_passphrase") return { score: 4, enough: true, feedback: null, warning: null };
    });
    const session = new Session();
    session.info = { suggestedVaultFolder: "/home/ana/Documentos/Tejido.tejido" } as AppInfo;
    const view = mount(CreateVault, { target: document.body, props: {}, context: contextOf(createAreas(session)) });
    flushSync();
    expect(field("create-folder").value).toBe("/home/ana/Documentos/Tejido.tejido");

    type("create-name", "Río Claro");
    type("create-passphrase", "una frase larga de verdad");
    expect(field("create-passphrase").type).toBe("password");
    field("create-show").click();
    flushSync();
    expect(field("create-passphrase").type).toBe("text");
    expect(field("create-confirm").type).toBe("text");

    type("create-confirm", "una frase larga distinta");
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="create-submit"]')!.click();
    await settle();
    flushSync();
    const said = document.body.textContent!.split(i18n.t("create-mismatch")).length - 1;
    expect(said).toBe(1);
    expect(calls).not.toContain("create_vault");
    expect(document.activeElement).toBe(field("create-confirm"));
    unmount(view);
  });
});

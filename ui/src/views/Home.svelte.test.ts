import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import type { Home as HomeData } from "../lib/ipc/bindings";
import Home from "./Home.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const home = (attention: HomeData["attention"]) =>
  ({
    collective: { id: "c", name: "Río Claro", description: "", createdAt: "" },
    people: [],
    vaultPath: "/v",
    generation: 9,
    canUndo: false,
    canRedo: false,
    attention,
  }) as unknown as HomeData;

describe("Home", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("a rollback warning stays until the person accepts it, in their language", async () => {
    i18n.locale = "fr";
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "acknowledge_rollback") return home([]);
      if (cmd === "vault_slots") return { passphrases: 1, hasRecoveryKey: true, weakSlots: 0 };
      if (cmd === "removed_people") return [];
    });
    const session = new Session();
    session.home = home([{ kind: "rollback", args: { opened: "5", seen: "7" } }]);
    const view = mount(Home, { target: document.body, context: contextOf(createAreas(session)), props: { onlock: () => {} } });
    flushSync();
    const attention = document.querySelector('[data-testid="home-attention"]')!;
    expect(attention.textContent).toContain("version enregistrée 5");
    const button = document.querySelector<HTMLButtonElement>('[data-testid="rollback-acknowledge"]')!;
    expect(button.textContent).toContain("J'ai compris");
    button.click();
    await settle();
    await settle();
    flushSync();
    expect(calls.filter((c) => c === "acknowledge_rollback")).toHaveLength(1);
    expect(document.querySelector('[data-testid="rollback-acknowledge"]')).toBeNull();
    unmount(view);
  });

  it("other attention items need no acknowledgement", () => {
    mockIPC((cmd) => {
      if (cmd === "vault_slots") return { passphrases: 1, hasRecoveryKey: true, weakSlots: 0 };
      if (cmd === "removed_people") return [];
    });
    const session = new Session();
    session.home = home([{ kind: "no-people", args: {} }]);
    const view = mount(Home, { target: document.body, context: contextOf(createAreas(session)), props: { onlock: () => {} } });
    flushSync();
    expect(document.querySelector('[data-testid="rollback-acknowledge"]')).toBeNull();
    unmount(view);
  });

  it("the areas stand together, each saying what it holds, apart from undo, settings and lock", () => {
    i18n.locale = "es";
    mockIPC((cmd) => {
      if (cmd === "vault_slots") return { passphrases: 1, hasRecoveryKey: true, weakSlots: 0 };
      if (cmd === "removed_people") return [];
    });
    const session = new Session();
    session.home = home([]);
    const view = mount(Home, { target: document.body, context: contextOf(createAreas(session)), props: { onlock: () => {} } });
    flushSync();
    const areas = document.querySelector("nav.areas")!;
    const ids = [...areas.querySelectorAll("button")].map((b) => b.dataset.testid);
    expect(ids).toEqual(["risks-button", "network-button", "protocol-button", "workshop-button", "escalation-button", "sync-button"]);
    expect(areas.getAttribute("aria-label")).toBe("Áreas");
    expect(areas.querySelector('[data-testid="risks-button"]')!.textContent).toContain("plan de protección");
    for (const apart of ["undo-button", "redo-button", "settings-button", "lock-button"]) {
      const button = document.querySelector(`[data-testid="${apart}"]`)!;
      expect(areas.contains(button), apart).toBe(false);
      expect(button.closest("header"), apart).not.toBeNull();
    }
    unmount(view);
  });

  it("after a recovery the home says what happened and leads to the passphrases", () => {
    mockIPC((cmd) => {
      if (cmd === "vault_slots") return { passphrases: 2, hasRecoveryKey: true, weakSlots: 0 };
      if (cmd === "removed_people") return [];
    });
    const session = new Session();
    session.home = home([]);
    session.recovered = true;
    const view = mount(Home, { target: document.body, context: contextOf(createAreas(session)), props: { onlock: () => {} } });
    flushSync();
    expect(document.querySelector('[data-testid="home-recovered"]')!.textContent).toContain("old passphrase still works");
    document.querySelector<HTMLButtonElement>('[data-testid="home-recovered-review"]')!.click();
    flushSync();
    expect(session.screen).toBe("settings");
    expect(session.recovered).toBe(false);
    unmount(view);
  });

  it("an area opens through its controller; one that cannot load says so here and stays home", async () => {
    let fail = false;
    mockIPC((cmd) => {
      if (cmd === "vault_slots") return { passphrases: 1, hasRecoveryKey: true, weakSlots: 0 };
      if (cmd === "removed_people") return [];
      if (cmd === "get_network_screen") {
        if (fail) throw { code: "err-record-not-found", args: {} };
        return { home: { ...home([]), generation: 10 } };
      }
    });
    const areas = createAreas();
    areas.session.opened(home([]));
    const view = mount(Home, { target: document.body, context: contextOf(areas), props: { onlock: () => {} } });
    flushSync();
    fail = true;
    document.querySelector<HTMLButtonElement>('[data-testid="network-button"]')!.click();
    await settle();
    flushSync();
    expect(areas.session.screen).toBe("home");
    expect(document.querySelector('[role="alert"]')?.textContent).toContain("This record is no longer there.");
    fail = false;
    document.querySelector<HTMLButtonElement>('[data-testid="network-button"]')!.click();
    await settle();
    expect(areas.session.screen).toBe("network");
    expect(areas.network.data?.home.generation, "the network area holds what was loaded").toBe(10);
    unmount(view);
  });
});

import { describe, expect, it } from "vitest";
import type { AppInfo, Home, ProtocolScreen } from "../ipc/bindings";
import { Session } from "./session.svelte";

const home = { collective: { id: "c", name: "Río Claro", description: "", createdAt: "" }, people: [], vaultPath: "/v", generation: 2, canUndo: false, attention: [] } as Home;
const info = (recent: string[]): AppInfo => ({
  language: "en",
  autoLockMinutes: 10,
  recentVaults: recent.map((path) => ({ path, lastOpened: "" })),
  demoPath: "/demo",
  demoPassphrase: "tejido demo",
  unlocked: false,
});

describe("Session", () => {
  it("locking forgets the vault and offers the most recent one", () => {
    const session = new Session();
    session.info = info(["/a.tejido", "/b.tejido"]);
    session.opened(home);
    session.recoveryKey = "AGE-SECRET-KEY-1XYZ";
    session.locked({ id: "unlock-auto-locked", args: { minutes: "10" } });
    expect(session.home).toBeNull();
    expect(session.recoveryKey).toBeNull();
    expect(session.screen).toBe("unlock");
    expect(session.unlockDir).toBe("/a.tejido");
    expect(session.notice?.id).toBe("unlock-auto-locked");
  });

  it("with no vault yet, locking goes to the welcome screen", () => {
    const session = new Session();
    session.info = info([]);
    session.opened(home, true);
    session.locked();
    expect(session.screen).toBe("welcome");
    expect(session.demo).toBe(false);
  });

  it("an edit's answer that arrives after the person went home does not pull them back", () => {
    const session = new Session();
    session.opened(home);
    const later = { home: { ...home, generation: 3 } } as unknown as ProtocolScreen;
    session.showProtocol(later);
    expect(session.screen).toBe("protocol");
    session.screen = "home";
    session.showProtocol(later, false);
    expect(session.screen).toBe("home");
    expect(session.home?.generation).toBe(3);
    expect(session.protocol).toStrictEqual(later);
  });
});

import { describe, expect, it } from "vitest";
import type { AppInfo, Home } from "../ipc/bindings";
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
});

import { describe, expect, it } from "vitest";
import type { AppInfo, Home } from "../ipc/bindings";
import { Session } from "./session.svelte";
import { createAreas } from "../areas";

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

  it("locking leaves nothing of the vault in any area, nor in the session", () => {
    const areas = createAreas();
    const { session } = areas;
    session.info = info(["/a.tejido"]);
    session.opened(home);
    const screen = { home } as never;
    for (const area of [areas.risks, areas.network, areas.protocol, areas.workshop, areas.escalation, areas.sync]) {
      area.show(screen, false);
      area.say("Río Claro: saved", true);
    }
    areas.network.photo = "data:image/png;base64,AAAA";
    areas.protocol.printout = { mode: "cards", version: "2" };
    areas.workshop.printout = { workshop: "w1", item: "i1" };
    areas.escalation.place = { tab: "received", received: "case-1" };
    areas.escalation.deskPrint = { received: "case-1", action: "a1" };
    session.shareSplit = { made: {} as never, holders: ["Ana"] };
    session.joinedCode = "ABCD";

    session.locked();

    for (const [name, area] of Object.entries(areas)) {
      if (name === "session") continue;
      expect((area as { data: unknown }).data, `${name} keeps no screen data`).toBeNull();
      expect((area as { toast: unknown }).toast, `${name} keeps no message about the vault`).toBeNull();
    }
    expect(areas.network.photo, "the territory photo is vault data").toBeNull();
    expect(areas.protocol.printout).toEqual({ mode: "protocol", version: null });
    expect(areas.workshop.printout).toEqual({ workshop: "", item: null });
    expect(areas.escalation.place).toEqual({ tab: "cases", received: null });
    expect(areas.escalation.deskPrint).toBeNull();
    expect([session.home, session.shareSplit, session.joinedCode]).toEqual([null, null, null]);
  });
});

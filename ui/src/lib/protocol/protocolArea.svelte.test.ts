import { describe, expect, it } from "vitest";
import type { Home, ProtocolScreen } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { ProtocolArea } from "./protocolArea.svelte";

const screen = (generation: number) => ({ home: { generation } as Home, protocol: {} }) as unknown as ProtocolScreen;

describe("the protocol area", () => {
  it("an edit's answer after the person went home does not pull them back", () => {
    const session = new Session();
    const protocol = new ProtocolArea(session);
    protocol.show(screen(2));
    expect(session.screen).toBe("protocol");
    session.screen = "home";
    protocol.show(screen(3), false);
    expect(session.screen).toBe("home");
    expect(session.home?.generation).toBe(3);
  });

  it("printing remembers what to print, and back lands on the protocol", () => {
    const session = new Session();
    const protocol = new ProtocolArea(session);
    protocol.show(screen(2));
    protocol.print("cards");
    expect([session.screen, protocol.printout]).toEqual(["protocol-print", { mode: "cards", version: null }]);
    protocol.print("protocol", "v2");
    expect(protocol.printout).toEqual({ mode: "protocol", version: "v2" });
    protocol.reopen();
    expect(session.screen).toBe("protocol");
  });

  it("locking drops the protocol and what was to be printed", () => {
    const session = new Session();
    const protocol = new ProtocolArea(session);
    protocol.show(screen(2));
    protocol.print("protocol", "v2");
    session.locked();
    expect([protocol.data, protocol.printout]).toEqual([null, { mode: "protocol", version: null }]);
  });
});

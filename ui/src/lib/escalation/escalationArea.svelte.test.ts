import { describe, expect, it } from "vitest";
import type { EscalationScreen, Home } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { EscalationArea } from "./escalationArea.svelte";

const screen = (generation: number) => ({ home: { generation } as Home, received: [] }) as unknown as EscalationScreen;

describe("the escalation area", () => {
  it("printing an action and coming back keeps the place (tab and case) the person was at", () => {
    const session = new Session();
    const desk = new EscalationArea(session);
    desk.show(screen(2));
    desk.place = { tab: "received", received: "case-1" };
    desk.print({ received: "case-1", action: "a1" });
    expect([session.screen, desk.deskPrint]).toEqual(["desk-print", { received: "case-1", action: "a1" }]);
    desk.reopen();
    expect([session.screen, desk.place]).toEqual(["escalation", { tab: "received", received: "case-1" }]);
    desk.print(null);
    expect(desk.deskPrint, "the impact report").toBeNull();
  });

  it("a refresh does not navigate", () => {
    const session = new Session();
    const desk = new EscalationArea(session);
    desk.show(screen(2), false);
    expect(session.screen).toBe("loading");
  });

  it("locking drops the cases, the place and what was to be printed", () => {
    const session = new Session();
    const desk = new EscalationArea(session);
    desk.show(screen(2));
    desk.place = { tab: "received", received: "case-1" };
    desk.print({ received: "case-1", action: "a1" });
    session.locked();
    expect([desk.data, desk.place, desk.deskPrint]).toEqual([null, { tab: "cases", received: null }, null]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Home, WorkshopScreen } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { WorkshopArea } from "./workshopArea.svelte";

const screen = (workshop: string | null) =>
  ({ home: { generation: 1 } as Home, plan: workshop ? { workshop: { id: workshop } } : null }) as unknown as WorkshopScreen;
afterEach(() => clearMocks());

describe("the workshop area", () => {
  it("opens on the most recent workshop, and undo reloads the one on screen", async () => {
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_workshop_screen") {
        asked.push((args as { id: string | null }).id);
        return screen((args as { id: string | null }).id ?? "latest");
      }
    });
    const workshop = new WorkshopArea(new Session());
    await workshop.open();
    workshop.show(screen("older"), false);
    await workshop.undo();
    expect(asked).toEqual([null, "older"]);
  });

  it("prints the open workshop's report or one session, and nothing without a workshop", () => {
    const session = new Session();
    const workshop = new WorkshopArea(session);
    workshop.show(screen(null));
    workshop.print(null);
    expect(session.screen, "no workshop, nothing to print").toBe("workshop");
    workshop.show(screen("w1"));
    workshop.print("item-2");
    expect([session.screen, workshop.printout]).toEqual(["workshop-print", { workshop: "w1", item: "item-2" }]);
    workshop.printGuide();
    expect(workshop.printout, "the facilitators' guide of the whole workshop").toEqual({ workshop: "w1", item: null, guide: true });
  });

  it("locking drops the workshops and what was to be printed", () => {
    const session = new Session();
    const workshop = new WorkshopArea(session);
    workshop.show(screen("w1"));
    workshop.print(null);
    session.locked();
    expect([workshop.data, workshop.printout]).toEqual([null, { workshop: "", item: null }]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Home, SyncPage } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { SyncArea } from "./syncArea.svelte";

const page = (generation: number) => ({ home: { generation } as Home, sync: {}, lan: { listen: "", peers: [] } }) as unknown as SyncPage;
afterEach(() => clearMocks());

describe("the sync area", () => {
  it("what arrives over the network refreshes the laptops screen only while it is shown", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => (calls.push(cmd), page(5)));
    const session = new Session();
    const sync = new SyncArea(session);
    session.screen = "home";
    await sync.refreshIfShown();
    expect(calls).toEqual([]);
    session.screen = "sync";
    await sync.refreshIfShown();
    expect([session.screen, sync.data?.home.generation]).toEqual(["sync", 5]);
  });

  it("a settle that fails reaches the screen's error line", async () => {
    const sync = new SyncArea(new Session());
    sync.show(page(1), false);
    await sync.edit(() => Promise.reject({ code: "err-record-not-found", args: {} }), "settled");
    expect(sync.activity.error).toBe("This record is no longer there.");
    expect(sync.toast).toBeNull();
  });

  it("locking drops the laptops page", () => {
    const session = new Session();
    const sync = new SyncArea(session);
    sync.show(page(1));
    session.locked();
    expect(sync.data).toBeNull();
  });
});

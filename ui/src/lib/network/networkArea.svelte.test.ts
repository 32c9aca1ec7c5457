import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Home, NetworkScreen } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { NetworkArea } from "./networkArea.svelte";

const screen = (generation: number) => ({ home: { generation } as Home, network: {} }) as unknown as NetworkScreen;
afterEach(() => clearMocks());

describe("the network area", () => {
  it("undo fetches the territory photo again with the network (it may have come back)", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "territory_map") return { dataUrl: "data:image/png;base64,BACK" };
      if (cmd === "get_network_screen") return screen(4);
    });
    const network = new NetworkArea(new Session());
    network.show(screen(3), false);
    expect(await network.undo()).toBe(true);
    expect(calls).toEqual(["undo_change", "territory_map", "get_network_screen"]);
    expect(network.photo).toBe("data:image/png;base64,BACK");
    expect(network.data?.home.generation).toBe(4);
  });

  it("a photo that cannot be read is said on the screen's error line, without making it busy", async () => {
    mockIPC(() => {
      throw { code: "err-record-not-found", args: {} };
    });
    const network = new NetworkArea(new Session());
    const loading = network.loadPhoto();
    expect(network.activity.busy).toBe(false);
    await loading;
    expect(network.activity.error).toBe("This record is no longer there.");
  });

  it("locking drops the network and the territory photo", () => {
    const session = new Session();
    const network = new NetworkArea(session);
    network.show(screen(2));
    network.photo = "data:image/png;base64,AAAA";
    network.drawn.set("someone", { x: 1, y: 2 });
    session.locked();
    expect([network.data, network.photo]).toEqual([null, null]);
    // Where the map drew people is the vault's too: the next vault's map starts afresh.
    expect(network.drawn.size).toBe(0);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import * as ipc from "../ipc/commands";
import type { Home, RiskRecord, RiskScreen } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { RiskArea } from "./riskArea.svelte";

const screen = (generation: number) => ({ home: { generation } as Home, analysis: {} }) as unknown as RiskScreen;
afterEach(() => clearMocks());

describe("the risk area", () => {
  it("opens from the home on its screen, and an edit's answer later does not navigate", async () => {
    mockIPC((cmd) => (cmd === "get_risk_screen" ? screen(2) : undefined));
    const session = new Session();
    const risks = new RiskArea(session);
    await risks.open();
    expect(session.screen).toBe("risks");
    session.screen = "home";
    risks.show(screen(3), false);
    expect(session.screen).toBe("home");
    expect(risks.data?.home.generation).toBe(3);
  });

  it("a failed save reaches the screen's error line and leaves the analysis as it was", async () => {
    mockIPC((cmd) => {
      if (cmd === "save_risk_record") throw { code: "err-record-not-found", args: {} };
    });
    const risks = new RiskArea(new Session());
    risks.show(screen(2), false);
    expect(await risks.edit(() => ipc.saveRiskRecord({} as RiskRecord), "Risk added")).toBe(false);
    expect(risks.activity.error).toBe("This record is no longer there.");
    expect(risks.data?.home.generation).toBe(2);
  });

  it("the register prints the same analysis, and back from it leaves nothing said", () => {
    const session = new Session();
    const risks = new RiskArea(session);
    risks.show(screen(2));
    risks.say("Risk added", true);
    risks.printRegister();
    expect(session.screen).toBe("register");
    risks.reopen();
    expect([session.screen, risks.toast]).toEqual(["risks", null]);
  });

  it("locking drops the analysis", () => {
    const session = new Session();
    const risks = new RiskArea(session);
    risks.show(screen(2));
    session.locked();
    expect(risks.data).toBeNull();
  });
});

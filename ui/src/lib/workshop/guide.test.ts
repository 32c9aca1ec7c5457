import { describe, expect, it } from "vitest";
import type { Facilitation, Module, WorkshopPlan } from "../ipc/bindings";
import { Session } from "../state/session.svelte";
import { RiskArea } from "../risk/riskArea.svelte";
import { ProtocolArea } from "../protocol/protocolArea.svelte";
import { TABS } from "../protocol/records";
import { guideOf, placeName, placeOf } from "./guide";
import en from "../../../../assets/templates/workshop/en.json";

const facilitation = (care: string): Facilitation => ({ steps: ["a", "b", "c"], questions: ["why?", "who?"], care, source: "PI" });
const plan = { guides: [{ item: "i1", facilitation: facilitation("no details") }] } as unknown as WorkshopPlan;

describe("a session's facilitation notes and the screen it fills", () => {
  it("finds a session's notes, and none for a session added by hand", () => {
    expect(guideOf(plan, "i1")?.care).toBe("no details");
    expect(guideOf(plan, "by-hand")).toBeNull();
    expect(guideOf(null, "i1")).toBeNull();
  });

  it("opens the part of Tejido each template session fills, on its own section", () => {
    const place = (key: string) => placeOf(en.sessions.find((s) => s.key === key)!.module as Module);
    expect(place("incidents")).toEqual({ area: "risks", section: "incidents" });
    expect(place("threat-assessment")).toEqual({ area: "risks", section: "threats" });
    expect(place("plan-owners")).toEqual({ area: "risks", section: "plan" });
    expect(place("alert-chain")).toEqual({ area: "network" });
    expect(place("decisions")).toEqual({ area: "protocol", tab: "decisions" });
    expect(place("welcome"), "ground rules fill a flipchart, not a screen").toBeNull();
    expect(place("care")).toBeNull();
    // Every session that fills a screen names it with a message that exists in the app.
    for (const s of en.sessions) {
      const p = placeOf(s.module as Module);
      if (p?.area === "protocol") expect(TABS).toContain(p.tab);
      if (p) expect(placeName(p)).toMatch(/^(risks-section-|home-|protocol-tab-)/);
    }
  });

  it("arrives once on the section or tab a session asked for, then as usual", () => {
    const session = new Session();
    const risks = new RiskArea(session);
    expect(risks.takeLanding()).toBeNull();
    void risks.openAt("incidents").catch(() => {});
    expect(risks.takeLanding()).toBe("incidents");
    expect(risks.takeLanding(), "a later visit from the home opens as usual").toBeNull();
    const protocol = new ProtocolArea(session);
    void protocol.openAt("decisions").catch(() => {});
    expect([protocol.takeLanding(), protocol.takeLanding()]).toEqual(["decisions", null]);
  });
});

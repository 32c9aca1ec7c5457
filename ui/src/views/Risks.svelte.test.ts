import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { RiskScreen } from "../lib/ipc/bindings";
import { contextOf, createAreas } from "../lib/areas";
import Risks from "./Risks.svelte";

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};
const screen = (generation: number) =>
  ({
    home: { collective: { id: "c", name: "Río Claro" }, people: [], generation, canUndo: true, canRedo: false, attention: [] },
    analysis: {
      context: [], actors: [], incidents: [], threatAssessments: [], risks: [], riskStatus: [], measures: [], indicators: [],
      risksWithoutMeasure: [], overdueMeasures: [], matrix: [], carriers: [], reviewOn: null, reviewDue: false,
    },
  }) as unknown as RiskScreen;

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

describe("Risks", () => {
  it("renders the risk area from context: an edit's error on its line, an edit's toast with undo that undoes", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "get_risk_screen") return screen(5);
    });
    const areas = createAreas();
    areas.risks.show(screen(1));
    const view = mount(Risks, { target: document.body, props: { onlock: () => {} }, context: contextOf(areas) });
    flushSync();
    expect(document.querySelector('[data-view="risks"]')).not.toBeNull();

    await areas.risks.edit(() => Promise.reject({ code: "err-record-not-found", args: {} }), "never");
    flushSync();
    expect(document.querySelector('[data-testid="risks-error"]')?.textContent).toBe("This record is no longer there.");

    await areas.risks.edit(async () => screen(2), "Risk added");
    flushSync();
    expect(document.querySelector('[data-testid="risks-error"]'), "a success clears the error line").toBeNull();
    expect(document.body.textContent).toContain("Risk added");
    document.querySelector<HTMLButtonElement>('[data-testid="toast-undo"]')!.click();
    await settle();
    expect(calls).toEqual(["undo_change", "get_risk_screen"]);
    expect(areas.session.home?.generation, "the undone screen is shown").toBe(5);
    expect(areas.session.screen).toBe("risks");
    unmount(view);
  });

  it("back goes home with the home the risks screen last saw", () => {
    const areas = createAreas();
    areas.risks.show(screen(3));
    const view = mount(Risks, { target: document.body, props: { onlock: () => {} }, context: contextOf(areas) });
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="risks-back"]')!.click();
    expect([areas.session.screen, areas.session.home?.generation]).toEqual(["home", 3]);
    unmount(view);
  });
});

// Issue 23: a printout reads its dates in the person's language, never as ISO strings: the
// desk's impact report, in Spanish and French, with every kind of date it carries (the day it
// was made, deadlines, days sent, outcomes, the months of the trends table).
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import type { EscalationScreen, ImpactReport } from "../lib/ipc/bindings";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import DeskPrint from "./DeskPrint.svelte";

/** A day or a month as the core sends them: what a person must never read on paper. */
const ISO = /\d{4}-\d{2}(-\d{2})?/;

const report = {
  today: "2026-03-14",
  cases: 1,
  open: 1,
  actions: [{ kind: "letter", started: 1, sent: 1 }],
  signatures: 0,
  outcomes: [{ kind: "investigation-opened", count: 1 }],
  overdue: [{ case: "Amenazas en Santa Rosa", action: "Carta a la fiscalía", deadline: "2026-03-01", owner: "" }],
  perCase: [{
    title: "Amenazas en Santa Rosa", collective: "Colectivo", region: "", workingGroup: "", open: true,
    actions: [{ kind: "letter", title: "Carta a la fiscalía", status: "sent", sentOn: "2026-02-20" }],
    outcomes: [{ id: "o1", on: "2026-08-01", kind: "investigation-opened", note: "" }],
  }],
} as unknown as ImpactReport;

const screen = {
  home: { collective: { name: "Mesa" } },
  received: [],
  categories: [],
  trends: { months: ["2026-02", "2026-03"], all: [0, 1], categories: [], regions: [], countries: [] },
} as unknown as EscalationScreen;

async function printed(locale: string): Promise<string> {
  await i18n.set(locale);
  mockIPC((cmd) => {
    if (cmd === "impact_report") return report;
  });
  const areas = createAreas(new Session());
  areas.escalation.show(screen);
  areas.escalation.print(null);
  mount(DeskPrint, { target: document.body, context: contextOf(areas) });
  // The report shows once the region list (a large JSON chunk) has loaded too.
  for (let i = 0; i < 200 && !document.querySelector('[data-testid="impact-report"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    flushSync();
  }
  return document.querySelector('[data-testid="impact-report"]')?.textContent ?? "";
}

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
  i18n.locale = "en";
});

describe("DeskPrint: the impact report's dates", () => {
  it("reads in Spanish, with no ISO date left", async () => {
    const paper = await printed("es");
    expect(paper).toContain("14 de marzo de 2026");
    expect(paper).toContain("1 de marzo de 2026");
    expect(paper).toContain("20 de febrero de 2026");
    expect(paper).toContain("1 de agosto de 2026");
    expect(paper).toMatch(/mar\.? 2026/);
    expect(paper).not.toMatch(ISO);
  });

  it("reads in French, with no ISO date left", async () => {
    const paper = await printed("fr");
    expect(paper).toContain("14 mars 2026");
    expect(paper).toContain("20 février 2026");
    expect(paper).toMatch(/1(er)? août 2026/);
    expect(paper).toMatch(/févr\.? 2026/);
    expect(paper).not.toMatch(ISO);
  });
});

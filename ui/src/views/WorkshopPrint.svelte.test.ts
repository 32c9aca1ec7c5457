import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, tick } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import type { Home, WorkshopReport, WorkshopScreen } from "../lib/ipc/bindings";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import fr from "../../../assets/templates/workshop/fr.json";
import WorkshopPrint from "./WorkshopPrint.svelte";

const session = fr.sessions.find((s) => s.key === "threat-assessment")!;
const item = { id: "i6", workshop: "w1", position: 6, key: session.key, day: 1, title: session.title, goal: session.goal, minutes: 45,
  materials: session.materials, module: "threats", status: "done", startedAt: null, finishedAt: null, outcomes: "Conclusion commune" };
const groupNote = "Groupe 2 : camions la nuit";
const report = { collective: "Collectif", workshop: { id: "w1", title: "Atelier", startsOn: "2026-12-01", place: "", notes: "" },
  items: [{ item, notes: [groupNote] }], decisions: [], measures: [], reviewOn: null, reviewOverdue: false, omitted: 1 } as unknown as WorkshopReport;
const screen = { home: { generation: 1 } as Home, workshops: [], sections: [],
  plan: { workshop: report.workshop, items: [item], notes: [], guides: [{ item: "i6", facilitation: session.facilitation }] } } as unknown as WorkshopScreen;

async function printed(guide: boolean) {
  i18n.locale = "fr";
  mockIPC((cmd) => (cmd === "workshop_report" ? report : undefined));
  const areas = createAreas(new Session());
  areas.workshop.show(screen);
  if (guide) areas.workshop.printGuide();
  else areas.workshop.print(null);
  mount(WorkshopPrint, { target: document.body, context: contextOf(areas) });
  await tick();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
  return document.querySelector('[data-testid="workshop-handout"]')!.textContent ?? "";
}

describe("WorkshopPrint", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("the facilitators' guide carries each session's notes, says it is not to hand out, and leaves out what groups wrote", async () => {
    const paper = await printed(true);
    expect(paper).toContain(i18n.t("workshop-guide-print-warning"));
    for (const line of [...session.facilitation.steps, ...session.facilitation.questions, session.facilitation.care]) expect(paper).toContain(line);
    expect(paper).not.toContain(groupNote);
    expect(paper).not.toContain("Conclusion commune");
  });

  it("the report handed out carries no facilitation notes", async () => {
    const paper = await printed(false);
    expect(paper).toContain(groupNote);
    expect(paper).not.toContain(session.facilitation.care);
    expect(paper).not.toContain(session.facilitation.steps[0]);
    expect(paper).not.toContain(i18n.t("workshop-guide-print-warning"));
  });
});

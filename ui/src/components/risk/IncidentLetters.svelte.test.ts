import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Incident, IncidentLetters as Letters, Person, RiskScreen } from "../../lib/ipc/bindings";
import { contextOf, createAreas } from "../../lib/areas";
import IncidentLetters from "./IncidentLetters.svelte";

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};
const screen = {
  home: { collective: { id: "c", name: "Río Claro" }, people: [], generation: 2, canUndo: true, canRedo: false, attention: [] },
  analysis: { context: [], actors: [], incidents: [], threatAssessments: [], risks: [], riskStatus: [], measures: [], indicators: [], risksWithoutMeasure: [], overdueMeasures: [], matrix: [], carriers: [], reviewOn: null, reviewDue: false },
} as unknown as RiskScreen;
const incident = { id: "inc-1", title: "Amenazas" } as Incident;
const people = [{ id: "p-1", pseudonym: "Garza" }, { id: "p-2", pseudonym: "Colibrí" }] as Person[];
const letters = (language: string): Letters => ({
  incident: "inc-1",
  detailsWithheld: false,
  named: [],
  letters: [
    { institution: "prosecutor", institutionLabel: "Fiscalía", actor: "a-1", addressee: "Fiscalía de Distrito", reasons: ["Entre sus actores"], title: `Carta ${language}`, text: "A: Fiscalía de Distrito\n\nTexto" },
    { institution: "ombudsperson", institutionLabel: "Defensoría", actor: null, addressee: "Defensoría del Pueblo", reasons: ["Todo incidente"], title: "Carta 2", text: "A: Defensoría" },
  ],
});

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
});

describe("IncidentLetters", () => {
  it("shows one letter per institution, keeps an edited one as a measure only with someone to send it, and closes on Escape", async () => {
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "incident_letters") return letters((args as { language: string }).language);
      if (cmd === "record_incident_letter") return screen;
    });
    const areas = createAreas();
    areas.risks.show(screen);
    let closed = false;
    const view = mount(IncidentLetters, { target: document.body, props: { incident, people, onclose: () => (closed = true) }, context: contextOf(areas) });
    await settle();
    expect(calls[0]).toEqual({ cmd: "incident_letters", args: { incident: "inc-1", language: "en" } });
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="incident-letter-tab"]')].map((b) => b.textContent);
    expect(tabs).toEqual(["Fiscalía de Distrito", "Defensoría del Pueblo"]);

    const text = document.querySelector<HTMLTextAreaElement>('[data-testid="incident-letter-text"]')!;
    text.value = "A: Fiscalía de Distrito\n\nTexto corregido";
    text.dispatchEvent(new Event("input"));
    document.querySelector<HTMLButtonElement>('[data-testid="incident-letter-add-measure"]')!.click();
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe("Choose who will send the letter, or the day it was sent.");
    expect(calls.some((c) => c.cmd === "record_incident_letter")).toBe(false);

    document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-testid="incident-letter-add-measure"]')!.click();
    await settle();
    const kept = calls.find((c) => c.cmd === "record_incident_letter")!;
    expect(kept.args).toEqual({
      language: "en",
      letter: { incident: "inc-1", addressee: "Fiscalía de Distrito", title: "Carta en", text: "A: Fiscalía de Distrito\n\nTexto corregido", owners: ["p-1"], dueOn: null, sentOn: null },
    });
    expect(areas.risks.toast).toEqual({ message: "Letter added to the plan as a measure.", undo: true });

    // The second institution, chosen by keyboard-reachable buttons; Escape closes.
    document.querySelectorAll<HTMLButtonElement>('[data-testid="incident-letter-tab"]')[1].click();
    flushSync();
    expect(document.querySelector<HTMLInputElement>('[data-testid="incident-letter-title"]')!.value).toBe("Carta 2");
    document.querySelector('[data-testid="incident-letters"]')!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(closed).toBe(true);
    unmount(view);
  });
});

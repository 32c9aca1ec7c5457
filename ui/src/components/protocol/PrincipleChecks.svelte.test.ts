import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { PrincipleChecks } from "../../lib/ipc/bindings";
import PrincipleChecksView from "./PrincipleChecks.svelte";

const USUAL = ["women", "men", "youth", "elders"];
const group = (name: string, meetings: number, members: number, measures: number) => ({
  group: name, decisions: meetings, meetings, mostPeople: meetings ? 7 : 0, lastOn: meetings ? "2026-10-12" : null,
  years: [{ year: 2026, meetings: 2, attended: meetings }], members, measures,
});

const checks: PrincipleChecks = {
  companies: {
    companies: [{ actor: "a1", name: "Hidroeléctrica Santa Rita", people: ["p2"] }, { actor: "a2", name: "Minera Cerro Alto", people: [] }],
    dialogues: [{ plannedIn: "measure", title: "Mesa de diálogo con la hidroeléctrica", company: "Hidroeléctrica Santa Rita" }],
    institutions: ["Fiscalía de Derechos Humanos"],
  },
  inclusion: {
    decisions: 5, unrecorded: 1, meetings: 2, measures: 4, unowned: 0,
    groups: [group("women", 2, 12, 2), group("men", 2, 0, 0), group("youth", 2, 9, 1), group("elders", 0, 7, 0)],
    owners: [{ person: "p1", measures: 3 }, { person: "p2", measures: 1 }],
    warnings: [
      { kind: "group-absent", group: "elders", person: null, count: 0, total: 2 },
      { kind: "one-owner", group: null, person: "p1", count: 3, total: 4 },
    ],
  },
  leaders: [
    { person: "p1", reasons: ["sole-voice", "measures"], sections: ["s1"], measures: 3 },
    { person: "p2", reasons: ["named-role"], sections: ["s1"], measures: 1 },
  ],
  named: [{ person: "p1", name: "Quetzal" }, { person: "p2", name: "Jacaranda" }],
};

describe("PrincipleChecks", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("says which group is absent and who carries most measures, in the person's language, with what to do", () => {
    i18n.locale = "es";
    const view = mount(PrincipleChecksView, { target: document.body, props: { checks, usualGroups: USUAL } });
    flushSync();
    const warnings = [...document.querySelectorAll('[data-testid="inclusion-warning"]')].map((w) => w.textContent);
    expect(warnings[0]).toContain("personas mayores: en ninguna de las reuniones registradas");
    expect(warnings[1]).toContain("Quetzal tiene a su cargo 3 de las 4 medidas vigentes");
    const elders = document.querySelector('[data-group="elders"]')!;
    expect(elders.textContent).toContain("0 de 2");
    expect(elders.textContent).toContain("nunca");
    const reasons = [...document.querySelectorAll('[data-testid="leader-reason"]')].map((r) => r.getAttribute("data-reason"));
    expect(reasons).toEqual(["sole-voice", "measures", "named-role"]);
    expect(document.querySelector('[data-testid="checks-leaders"]')!.textContent).toContain("Nombren dos o tres personas que se turnen");
    expect(document.querySelector('[data-testid="leaders-none"]')).toBeNull();
    unmount(view);
  });

  it("says nobody stands alone when the only role is shared", () => {
    const calm = { ...checks, leaders: [checks.leaders[1]] };
    const view = mount(PrincipleChecksView, { target: document.body, props: { checks: calm, usualGroups: USUAL } });
    flushSync();
    expect(document.querySelector('[data-testid="leaders-none"]')!.textContent).toContain("Nobody stands alone");
    unmount(view);
  });
  it("principle 1: a planned dialogue with a company, the members tied to one, and the institutions to demand from instead", () => {
    i18n.locale = "es";
    mount(PrincipleChecksView, { target: document.body, props: { checks, usualGroups: USUAL } });
    flushSync();
    const dialogue = document.querySelector('[data-testid="company-dialogue"]')!.textContent!;
    expect(dialogue).toContain("La medida «Mesa de diálogo con la hidroeléctrica» prevé una reunión o un diálogo con Hidroeléctrica Santa Rita");
    const companies = [...document.querySelectorAll('[data-testid="company"]')].map((c) => c.textContent);
    expect(companies[0]).toContain("vinculada en la red con Jacaranda");
    expect(companies[1]).toContain("ninguna persona de la comunidad está vinculada");
    expect(document.querySelector('[data-testid="institutions"]')!.textContent).toContain("Fiscalía de Derechos Humanos");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { Carriers, Person, Risk } from "../../lib/ipc/bindings";
import CarriersView from "./Carriers.svelte";

const risks = [{ id: "r1", title: "Detención de Ana" }, { id: "r2", title: "Pintas en el salón" }] as unknown as Risk[];
const people = [{ id: "p1", pseudonym: "Ceiba" }, { id: "p2", pseudonym: "Garza" }] as unknown as Person[];
const carriers: Carriers = {
  people: [
    { person: "p1", risks: [{ risk: "r1", band: "critical" }] },
    { person: "p2", risks: [{ risk: "r2", band: "low" }] },
  ],
  groups: [
    { group: "women", members: 1, risks: [{ risk: "r1", band: "critical" }] },
    { group: "comité de agua", members: 2, risks: [] },
  ],
};

describe("Carriers", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("says per group and per person which risks they carry and at which level, in the person's language", () => {
    i18n.locale = "es";
    mount(CarriersView, { target: document.body, props: { carriers, risks, people } });
    flushSync();
    const groups = [...document.querySelectorAll('[data-testid="carrier-group"]')].map((g) => g.textContent!.replace(/\s+/g, " "));
    expect(groups[0]).toContain("mujeres · una persona");
    expect(groups[0]).toContain("una persona");
    expect(groups[0]).toContain("Detención de Ana");
    expect(groups[1]).toContain("comité de agua · 2 personas");
    expect(groups[1]).toContain("Ningún riesgo ligado a sus integrantes.");
    const persons = [...document.querySelectorAll('[data-testid="carrier-person"]')].map((p) => p.textContent!.replace(/\s+/g, " "));
    expect(persons[0]).toMatch(/Ceiba.*Crítico.*Detención de Ana/i);
    expect(persons[1]).toMatch(/Garza.*Bajo.*Pintas en el salón/i);
  });

  it("with no risk tied to anyone, says how to tie them", () => {
    mount(CarriersView, { target: document.body, props: { carriers: { people: [], groups: [] }, risks, people } });
    flushSync();
    expect(document.querySelector('[data-testid="carriers-none"]')!.textContent).toContain("threat assessments of incidents");
  });
});

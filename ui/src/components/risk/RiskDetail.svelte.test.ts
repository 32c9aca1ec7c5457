import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { Risk, RiskAnalysis } from "../../lib/ipc/bindings";
import RiskDetail from "./RiskDetail.svelte";

const risk = {
  id: "r1", title: "Detención del comité", threatened: "", category: "criminalisation", description: "", threatAssessment: null,
  vulnerabilities: [], capacities: [], assessments: [{ on: "2026-11-01", likelihood: 5, impact: 5, note: "" }], sensitivity: "community",
} as unknown as Risk;
const analysis = (reviewOn: string, reviewDue: boolean) =>
  ({
    riskStatus: [{ risk: "r1", band: "critical", trend: "new", measures: 0, reviewOn, reviewDue }],
    categories: [], threatAssessments: [], measures: [], indicators: [],
  }) as unknown as RiskAnalysis;
const noop = () => {};

describe("RiskDetail", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("says when this risk is next looked at again, in the person's language and dates, and when it is overdue", () => {
    i18n.locale = "es";
    const props = { risk, onreassess: noop, onedit: noop, onremove: noop, onclose: noop, onaddmeasure: noop };
    mount(RiskDetail, { target: document.body, props: { ...props, analysis: analysis("2026-12-01", false) } });
    flushSync();
    const line = document.querySelector('[data-testid="risk-review"]')!;
    expect(line.textContent).toContain("Próxima revisión de este riesgo: 1 de diciembre de 2026");
    expect(line.classList.contains("notice")).toBe(false);
    document.body.innerHTML = "";
    mount(RiskDetail, { target: document.body, props: { ...props, analysis: analysis("2026-12-01", true) } });
    flushSync();
    const overdue = document.querySelector('[data-testid="risk-review"]')!;
    expect(overdue.textContent).toContain("debía revisarse el 1 de diciembre de 2026");
    expect(overdue.classList.contains("notice")).toBe(true);
  });
});

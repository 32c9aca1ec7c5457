// The risk matrix and the actor chart are ARIA tables laid out by a CSS grid: every cell and
// header must sit in a row, or a screen reader reads a heap of cells (axe-core's
// aria-required-children / aria-required-parent, found by the end-to-end run, issue 23).
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import axe from "axe-core";
import type { Actor, Cell, Risk } from "../../lib/ipc/bindings";
import RiskMatrix from "./RiskMatrix.svelte";
import ActorChart from "./ActorChart.svelte";

const ariaRules = async () => {
  const result = await axe.run(document.body, { runOnly: { type: "rule", values: ["aria-required-children", "aria-required-parent"] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" ")}`);
};

describe("the risk grids as tables", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("the matrix: five rows of a header and five cells, and a row of column headers", async () => {
    const bands = ["low", "medium", "high", "critical"] as const;
    const cells: Cell[] = [];
    for (let likelihood = 1; likelihood <= 5; likelihood++)
      for (let impact = 1; impact <= 5; impact++) cells.push({ likelihood, impact, band: bands[Math.min(3, Math.floor((likelihood * impact) / 6))], risks: likelihood === 5 && impact === 4 ? ["r1"] : [] } as Cell);
    mount(RiskMatrix, { target: document.body, props: { cells, risks: [{ id: "r1", title: "Arrest" }] as unknown as Risk[], onopen: () => {} } });
    flushSync();
    expect(await ariaRules()).toEqual([]);
    const rows = document.querySelectorAll('[role="table"] > [role="row"]');
    expect(rows.length).toBe(6);
    expect(rows[0].querySelectorAll('[role="rowheader"]').length).toBe(1);
    expect(rows[0].querySelectorAll('[role="cell"]').length).toBe(5);
    expect(rows[5].querySelectorAll('[role="columnheader"]').length).toBe(5);
  });

  it("the actor chart: a row of stances, then a row per level of influence", async () => {
    const actors = [{ id: "a1", name: "Mining company", stance: "adversary", influence: 5 }] as unknown as Actor[];
    mount(ActorChart, { target: document.body, props: { actors, onopen: () => {} } });
    flushSync();
    expect(await ariaRules()).toEqual([]);
    const rows = document.querySelectorAll('[role="table"] > [role="row"]');
    expect(rows.length).toBe(6);
    expect(rows[0].querySelectorAll('[role="columnheader"]').length).toBe(3);
    expect(rows[1].textContent).toContain("Mining company");
  });
});

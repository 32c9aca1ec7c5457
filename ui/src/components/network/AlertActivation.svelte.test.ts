import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { contextOf, createAreas } from "../../lib/areas";
import type { ActivationLog, Person } from "../../lib/ipc/bindings";
import { partiesOf } from "../../lib/network/parties";
import AlertActivation from "./AlertActivation.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const people = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, pseudonym: `Persona ${i}` }) as unknown as Person);
const activation = (closedAt: string | null) => ({ id: closedAt ? "past" : "now", level: "orange", startedAt: "2026-12-01T10:00:00Z", decidedBy: "", deciders: [], reason: "", closedAt });
/** p0 calls p1, p1 calls p2 (fallback p5); p1 was reached. */
const log = (closedAt: string | null): ActivationLog =>
  ({
    activation: activation(closedAt),
    chain: [
      { person: "p0", calledBy: [], fallbacks: [], mark: null },
      { person: "p1", calledBy: ["p0"], fallbacks: [], mark: { id: "m", activation: "now", person: "p1", outcome: "reached", at: "2026-12-01T10:05:00Z", through: null } },
      { person: "p2", calledBy: ["p1"], fallbacks: ["p5"], mark: null },
    ],
    toReach: [],
    log: [],
  }) as unknown as ActivationLog;

const options = (row: number) =>
  [...document.querySelectorAll('[data-testid="chain-row"]')[row].querySelectorAll("option")].map((o) => o.textContent);

describe("AlertActivation", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("lists everyone as a fallback only in the row being worked, and each row's state", async () => {
    mockIPC((cmd) => (cmd === "alert_activations" ? { running: log(null), past: [log("2026-11-01T00:00:00Z")] } : null));
    const view = mount(AlertActivation, { target: document.body, context: contextOf(createAreas()), props: { people, parties: partiesOf(people, []) } });
    await settle();
    flushSync();
    const rows = document.querySelectorAll('[data-testid="chain-row"]');
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toContain("reached December 1");
    expect(options(0), "the focused row: everyone but the person").toHaveLength(29);
    expect(options(2), "another row: its fallbacks only, until opened").toEqual(["Persona 5"]);
    const select = rows[2].querySelector("select")!;
    select.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    expect(options(2)[0], "the fallback first").toBe("Persona 5");
    expect(options(2)).toHaveLength(29);
    expect(options(2)).not.toContain("Persona 2");
    // The past alert's log names each person with their state.
    expect(document.body.textContent).toContain("Persona 1: reached December 1, 2026");
    expect(document.body.textContent).toContain("Persona 2: to reach");
    unmount(view);
  });

  it("keeps the person chosen as a fallback in the row's list once it closes", async () => {
    mockIPC((cmd) => (cmd === "alert_activations" ? { running: log(null), past: [] } : null));
    const view = mount(AlertActivation, { target: document.body, context: contextOf(createAreas()), props: { people, parties: partiesOf(people, []) } });
    await settle();
    flushSync();
    const select = document.querySelectorAll('[data-testid="chain-row"]')[2].querySelector("select")!;
    select.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    select.value = "p9";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    document.querySelectorAll('[data-testid="chain-row"]')[1].querySelector("select")!.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    flushSync();
    expect(options(2)).toEqual(["Persona 5", "Persona 9"]);
    expect(select.value).toBe("p9");
    unmount(view);
  });

  it("finds deciders by name in a large network, keeps the ones ticked, and Enter there does not activate", async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, pseudonym: i === 7 ? "Doña Inés" : `Persona ${i}` }) as unknown as Person);
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return cmd === "alert_activations" ? { running: null, past: [] } : null;
    });
    const view = mount(AlertActivation, { target: document.body, context: contextOf(createAreas()), props: { people: many, parties: partiesOf(many, []) } });
    await settle();
    flushSync();
    const boxes = () => [...document.querySelectorAll<HTMLInputElement>('[data-testid="activation-form"] input[type="checkbox"]')];
    expect(boxes(), "nobody listed before a name is typed").toHaveLength(0);
    expect(document.body.textContent).toContain("Type part of a name: the network has 200 people.");
    const find = document.querySelector<HTMLInputElement>('[data-testid="activation-deciders-find"]')!;
    find.value = "ines";
    find.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    expect(boxes().map((b) => b.value), "accents folded").toEqual(["q7"]);
    boxes()[0].click();
    find.value = "pers";
    find.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    expect(boxes().map((b) => b.value).slice(0, 2), "the one ticked stays, in the network's order").toEqual(["q0", "q1"]);
    expect(boxes().map((b) => b.value)).toContain("q7");
    expect(boxes()).toHaveLength(61);
    expect(document.body.textContent).toContain("139 more match: type more of the name.");
    const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    find.dispatchEvent(enter);
    expect(enter.defaultPrevented, "Enter in the search does not submit the form").toBe(true);
    expect(calls).not.toContain("activate_alert");
    unmount(view);
  });
});

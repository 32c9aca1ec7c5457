import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { AgendaItem, Facilitation } from "../../lib/ipc/bindings";
import type { Place } from "../../lib/workshop/guide";
import CurrentItem from "./CurrentItem.svelte";
import es from "../../../../assets/templates/workshop/es.json";

const session = es.sessions.find((s) => s.key === "incidents")!;
const item = {
  id: "i5", workshop: "w", position: 5, key: session.key, day: 1, title: session.title, goal: session.goal, minutes: 45,
  materials: "", module: "incidents", status: "running", startedAt: null, finishedAt: null, outcomes: "",
} as AgendaItem;
const guide = session.facilitation as Facilitation;
const noop = () => {};
const props = { item, next: undefined, projecting: true, busy: false, onstart: noop, onfinish: noop, onproject: noop, onedit: noop, onprint: noop, onremove: noop };
const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);

describe("CurrentItem's facilitation notes", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("shows the steps in order, the questions and the care note set apart, folded and unfolded by its summary", () => {
    i18n.locale = "es";
    const opened: Place[] = [];
    const place: Place = { area: "risks", section: "incidents" };
    mount(CurrentItem, { target: document.body, props: { ...props, guide, place, onopen: (p: Place) => opened.push(p) } });
    flushSync();
    const steps = [...document.querySelectorAll('[data-testid="item-guide-steps"] li')].map((li) => li.textContent);
    expect(steps).toEqual(guide.steps);
    expect(q("item-guide-steps")?.tagName).toBe("OL");
    expect(q("item-guide-questions")?.textContent).toContain(guide.questions[0]);
    const care = q("item-guide-care")!;
    expect(care.tagName).toBe("ASIDE");
    expect(care.textContent).toContain(guide.care);
    expect(q("item-guide")?.textContent).toContain(i18n.t("workshop-guide-care"));

    const details = q("item-guide") as HTMLDetailsElement;
    expect(details.open).toBe(true);
    (details.querySelector("summary") as HTMLElement).click();
    flushSync();
    expect(details.open, "the summary folds the notes").toBe(false);

    const open = q("item-open-area") as HTMLButtonElement;
    expect(open.textContent).toBe(i18n.t("workshop-open-area", { area: i18n.t("risks-section-incidents") }));
    open.click();
    expect(opened).toEqual([place]);
  });

  it("shows no notes and no area button for a session added by hand that fills no screen", () => {
    mount(CurrentItem, { target: document.body, props: { ...props, guide: null, place: null, onopen: noop } });
    flushSync();
    expect(q("item-guide")).toBeNull();
    expect(q("item-open-area")).toBeNull();
  });
});

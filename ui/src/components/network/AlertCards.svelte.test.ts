import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { AlertCard } from "../../lib/ipc/bindings";
import type { Party } from "../../lib/network/parties";
import AlertCards from "./AlertCards.svelte";

const people = (n: number): Party[] => Array.from({ length: n }, (_, i) => ({ key: `person:p${i}`, kind: "person", id: `p${i}`, name: `Persona ${i}` }));
/** A chain where each person calls the next. */
const chain = (n: number): AlertCard[] =>
  Array.from({ length: n }, (_, i) => ({
    person: `p${i}`,
    calledBy: i ? [`p${i - 1}`] : [],
    calls: i < n - 1 ? [{ targetKind: "person", target: `p${i + 1}`, reachableAlways: false, fallback: null }] : [],
    startsChain: i === 0,
    checkIns: [],
    contacts: [],
  })) as AlertCard[];
const drawn = () => document.querySelectorAll('[data-testid="alert-card"]').length;

describe("AlertCards", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("draws every card of a community's chain", () => {
    const view = mount(AlertCards, { target: document.body, props: { cards: chain(40), parties: people(40) } });
    flushSync();
    expect(drawn()).toBe(40);
    expect(document.querySelector('[data-testid="alert-cards-partial"]')).toBeNull();
    unmount(view);
  });

  it("draws the first cards of a very large chain, all of them when asked, in the person's language", () => {
    i18n.locale = "es";
    const view = mount(AlertCards, { target: document.body, props: { cards: chain(1600), parties: people(1600) } });
    flushSync();
    expect(drawn()).toBe(48);
    const note = document.querySelector('[data-testid="alert-cards-partial"]')!;
    expect(note.textContent).toContain("las primeras 48 de 1600 tarjetas");
    document.querySelector<HTMLButtonElement>('[data-testid="alert-cards-all"]')!.click();
    flushSync();
    expect(drawn()).toBe(1600);
    expect(document.querySelector('[data-testid="alert-cards-partial"]')).toBeNull();
    unmount(view);
  });

  it("draws them all before any print, however it was started", () => {
    const view = mount(AlertCards, { target: document.body, props: { cards: chain(100), parties: people(100) } });
    flushSync();
    expect(drawn()).toBe(48);
    window.dispatchEvent(new Event("beforeprint"));
    expect(drawn(), "drawn at once: the print is laid out right after this event").toBe(100);
    expect(document.body.textContent).toContain("Persona 99");
    unmount(view);
  });
});

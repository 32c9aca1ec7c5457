import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { TrainingPairInfo, TrainingSide } from "../../lib/ipc/bindings";
import TrainingPairBar from "./TrainingPairBar.svelte";

function setup(pair: TrainingPairInfo, error = "") {
  const asked: TrainingSide[] = [];
  const view = mount(TrainingPairBar, { target: document.body, props: { pair, error, onswitch: (side: TrainingSide) => asked.push(side) } });
  flushSync();
  const button = (side: TrainingSide) => document.querySelector<HTMLButtonElement>(`[data-testid="training-pair-${side}"]`)!;
  return { view, asked, button };
}

describe("TrainingPairBar", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("says it is training, which side is on screen, and switches only to the other side", () => {
    const { view, asked, button } = setup({ side: "community", waitingHere: 0, waitingThere: 1 });
    const bar = document.querySelector('[data-testid="training-pair"]')!;
    expect(bar.getAttribute("aria-label")).toBe(i18n.t("training-pair-banner"));
    expect(bar.textContent).toContain(i18n.t("training-pair-banner"));
    const group = bar.querySelector('[role="group"]')!;
    expect(group.getAttribute("aria-label")).toBe(i18n.t("training-pair-switch"));
    expect(button("community").getAttribute("aria-pressed")).toBe("true");
    expect(button("desk").getAttribute("aria-pressed")).toBe("false");
    expect(button("desk").textContent).toBe(i18n.t("training-pair-desk"));
    const waiting = document.querySelector('[data-testid="training-pair-waiting"]')!;
    expect(waiting.getAttribute("role")).toBe("status");
    expect(waiting.textContent?.trim()).toBe(i18n.t("training-pair-waiting-there", { count: 1 }));
    expect(waiting.textContent).toContain("One package waits for the other side.");
    button("community").click();
    expect(asked).toEqual([]);
    button("desk").click();
    expect(asked).toEqual(["desk"]);
    unmount(view);
  });

  it("speaks the person's language, counts what waits here, and shows a refused switch", () => {
    i18n.locale = "es";
    const { view, button } = setup({ side: "desk", waitingHere: 2, waitingThere: 0 }, "No hay ningún ensayo abierto.");
    expect(button("desk").getAttribute("aria-pressed")).toBe("true");
    expect(button("desk").textContent).toBe("Mesa de apoyo");
    expect(document.querySelector('[data-testid="training-pair-waiting"]')!.textContent?.trim()).toBe("2 paquetes esperan a este lado.");
    expect(document.querySelector('[role="alert"]')!.textContent).toBe("No hay ningún ensayo abierto.");
    unmount(view);
  });
});

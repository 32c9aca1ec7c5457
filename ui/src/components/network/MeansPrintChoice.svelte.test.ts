import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import MeansPrintChoice from "./MeansPrintChoice.svelte";

describe("MeansPrintChoice", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("starts without means of contact and warns, in the person's language, once they are chosen", () => {
    i18n.locale = "fr";
    const props = $state({ withMeans: false });
    const view = mount(MeansPrintChoice, { target: document.body, props });
    const box = document.querySelector<HTMLInputElement>('[data-testid="print-means"]')!;
    expect(box.checked, "off by default: cards print without phones").toBe(false);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    box.click();
    flushSync();
    expect(props.withMeans).toBe(true);
    expect(document.querySelector('[data-testid="print-means-warning"]')!.textContent).toContain("quiconque trouve une carte");
    box.click();
    flushSync();
    expect(props.withMeans).toBe(false);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    unmount(view);
  });
});

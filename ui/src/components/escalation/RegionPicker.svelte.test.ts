import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { regionNames } from "../../lib/escalation/regionNames.svelte";
import RegionPicker from "./RegionPicker.svelte";

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (view) unmount(view);
  view = null;
  document.body.innerHTML = "";
  i18n.locale = "en";
});

function picker(value: string) {
  const props = $state({ value, id: "r", label: "Region" });
  view = mount(RegionPicker, { target: document.body, props });
  return props;
}

const input = (testid: string) => document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`);

// As a person types: a key opens the list, the input filters it.
async function type(el: HTMLInputElement, text: string) {
  el.focus();
  el.dispatchEvent(new KeyboardEvent("keydown", { key: text[0], bubbles: true }));
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
  await new Promise((r) => setTimeout(r, 20));
  flushSync();
}

// Enter picks the option highlighted (the first one found), as from the keyboard.
async function enter(el: HTMLInputElement) {
  el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  flushSync();
  await new Promise((r) => setTimeout(r, 20));
  flushSync();
}

const options = () => [...document.querySelectorAll<HTMLElement>(".region-option")].map((o) => o.textContent?.trim());

describe("the region picker", () => {
  it("shows a code as its country and subdivision, in the person's language", async () => {
    await regionNames.load();
    i18n.locale = "fr";
    picker("DE-BY");
    flushSync();
    expect(input("region-country")?.value).toBe("Allemagne");
    expect(input("region-subdivision")?.value).toBe("Bayern");
    expect(document.querySelector('[data-testid="region-legacy"]')).toBeNull();
  });

  it("typing without accents finds the country, then its subdivision, and Enter picks and stores the code", async () => {
    await regionNames.load();
    i18n.locale = "es";
    const props = picker("");
    flushSync();
    await type(input("region-country")!, "guate");
    expect(options()).toEqual(["Guatemala"]);
    await enter(input("region-country")!);
    expect(props.value).toBe("GT");
    await type(input("region-subdivision")!, "peten");
    expect(options()).toEqual(["Petén"]);
    await enter(input("region-subdivision")!);
    expect(props.value).toBe("GT-17");
  });

  it("an older vault's free text is kept, said to be from before the list, until a pick", async () => {
    await regionNames.load();
    i18n.locale = "fr";
    const props = picker("Alta Verapaz");
    flushSync();
    expect(document.querySelector('[data-testid="region-legacy"]')?.textContent).toContain("« Alta Verapaz »");
    expect(props.value).toBe("Alta Verapaz");
    document.querySelector<HTMLElement>('[data-testid="region-clear"]')!.click();
    flushSync();
    expect(props.value).toBe("");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import PrintNamesChoice from "./PrintNamesChoice.svelte";

describe("PrintNamesChoice", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("starts at pseudonyms and warns, in the person's language, once real names are chosen", () => {
    i18n.locale = "es";
    const props = $state({ names: "pseudonyms" as "pseudonyms" | "realNames" });
    const view = mount(PrintNamesChoice, { target: document.body, props });
    const box = document.querySelector<HTMLInputElement>('[data-testid="print-real-names"]')!;
    expect(box.checked).toBe(false);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    box.click();
    flushSync();
    expect(props.names).toBe("realNames");
    expect(document.querySelector('[data-testid="print-real-names-warning"]')!.textContent).toContain("nombres reales");
    box.click();
    flushSync();
    expect(props.names).toBe("pseudonyms");
    expect(document.querySelector('[role="alert"]')).toBeNull();
    unmount(view);
  });
});

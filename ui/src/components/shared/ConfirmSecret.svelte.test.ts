import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { SecretPrompt } from "../../lib/state/secretPrompt.svelte";
import ConfirmSecret from "./ConfirmSecret.svelte";

describe("ConfirmSecret", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("hands what was typed to the one caller that asked, then forgets it; cancelling gives nothing", async () => {
    i18n.locale = "es";
    const prompt = new SecretPrompt();
    const view = mount(ConfirmSecret, { target: document.body, props: { prompt } });
    const asked = prompt.ask();
    flushSync();
    expect(document.body.textContent).toContain("no está cifrada");
    const input = document.querySelector<HTMLInputElement>('[data-testid="confirm-secret-input"]')!;
    input.value = "tejido demo";
    input.dispatchEvent(new Event("input"));
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-secret-submit"]')!.form!.requestSubmit();
    expect(await asked).toBe("tejido demo");
    flushSync();
    expect(document.querySelector('[data-testid="confirm-secret"]')).toBeNull();
    const again = prompt.ask();
    flushSync();
    expect(document.querySelector<HTMLInputElement>('[data-testid="confirm-secret-input"]')!.value).toBe("");
    [...document.querySelectorAll("button")].find((b) => b.type === "button")!.click();
    expect(await again).toBeNull();
    unmount(view);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import { Activity } from "../../lib/state/activity.svelte";
import MechanismRequest from "./MechanismRequest.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("MechanismRequest", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
    clearMocks();
  });

  it("offers the four mechanisms, drafts in the core, shows the text as it will leave and what is still to complete", async () => {
    i18n.locale = "es";
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      asked.push([cmd, args]);
      if (cmd === "mechanism_draft") return { kind: "front-line-defenders", title: "Solicitud", text: "1. Nombre\nRosa Elvira Xol (CONFIDENCIAL, no publicar)", missing: ["Labor de defensa"] };
    });
    mount(MechanismRequest, { target: document.body, props: { caseId: "c1", sources: [], activity: new Activity(), ondone: () => {} } });
    flushSync();
    const options = [...document.querySelectorAll<HTMLOptionElement>('[data-testid="mechanism-kind"] option')].map((o) => o.value);
    expect(options).toEqual(["un-submission", "regional-submission", "front-line-defenders", "protect-defenders"]);
    expect(document.querySelector('[data-testid="mechanism-text"]')).toBeNull();

    document.querySelector<HTMLButtonElement>('[data-testid="mechanism-draft"]')!.click();
    await settle();
    flushSync();
    expect(asked).toContainEqual(["mechanism_draft", { id: "c1", kind: "front-line-defenders" }]);
    const text = document.querySelector<HTMLTextAreaElement>('[data-testid="mechanism-text"]')!;
    expect(text.readOnly).toBe(true);
    expect(text.value).toContain("CONFIDENCIAL");
    expect(document.querySelector('[data-testid="mechanism-missing"]')!.textContent).toContain("Labor de defensa");
  });
});

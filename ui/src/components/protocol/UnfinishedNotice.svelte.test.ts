import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import UnfinishedNotice from "./UnfinishedNotice.svelte";

describe("UnfinishedNotice", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("names each undecided principle and each blank with where it is, in the person's language", () => {
    i18n.locale = "es";
    const unfinished = { undecided: ["Sin un solo líder"], blanks: [{ place: "Quién avisa", blank: "[persona o grupo]" }, { place: "Fechas", blank: "[fecha]" }] };
    const view = mount(UnfinishedNotice, { target: document.body, props: { unfinished } });
    flushSync();
    const notice = document.querySelector('[data-testid="protocol-unfinished"]')!;
    expect(notice.textContent).toContain("Un principio aún no está decidido");
    expect(document.querySelector('[data-testid="protocol-undecided"]')!.textContent).toContain("Sin un solo líder");
    const blanks = [...document.querySelectorAll('[data-testid="protocol-blanks"] li')].map((li) => li.textContent);
    expect(blanks).toEqual(["[persona o grupo] en «Quién avisa»", "[fecha] en «Fechas»"]);
    expect(notice.textContent).toContain("Quedan en el texto 2 espacios");
    unmount(view);
  });

  it("says nothing when the protocol is finished", () => {
    const view = mount(UnfinishedNotice, { target: document.body, props: { unfinished: { undecided: [], blanks: [] } } });
    flushSync();
    expect(document.querySelector('[data-testid="protocol-unfinished"]')).toBeNull();
    unmount(view);
  });
});

// Issue 23: the projector window speaks the facilitator's language, an installed pack
// included, with the pack's fallback for what it lacks; and it follows a change of language.
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n, setPackSource } from "../lib/i18n/i18n.svelte";
import * as ipc from "../lib/ipc/commands";
import { sourcesOf } from "../lib/i18n/sources";
import type { Projection } from "../lib/ipc/bindings";
import Projector from "./Projector.svelte";

const settle = async () => {
  for (let i = 0; i < 8; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

const projection = (language: string, over: Partial<Projection> = {}): Projection =>
  ({ language, collective: "Colectivo", title: "", body: "", notes: [], hidden: false, ...over });

afterEach(() => {
  clearMocks();
  document.body.innerHTML = "";
  i18n.locale = "en";
});

describe("Projector window", () => {
  it("speaks an installed pack's language, takes what the pack lacks from its fallback, and follows a change", async () => {
    const pt = sourcesOf("pt-BR");
    // The pack as installed without projector-proposals: Spanish, next in its chain, says it.
    const ui = pt["ui.ftl"].split("\n").filter((l) => !l.startsWith("projector-proposals =")).join("\n");
    const asked: string[] = [];
    mockIPC(
      (cmd, args) => {
        if (cmd === "get_projection") return projection("pt-BR", { hidden: true });
        if (cmd === "language_pack_sources") {
          asked.push((args as { code: string }).code);
          return { code: "pt-BR", chain: ["pt-BR", "es", "en"], ui, errors: pt["errors.ftl"], unused: [] };
        }
      },
      { shouldMockEvents: true },
    );
    setPackSource(ipc.languagePackSources);
    mount(Projector, { target: document.body });
    await settle();
    expect(asked).toEqual(["pt-BR"]);
    expect(document.querySelector('[data-testid="projector-hidden"]')?.textContent).toBe("Esta parte é restrita e não aparece aqui.");
    expect(document.documentElement.lang).toBe("pt-BR");

    await emit("projection", projection("pt-BR", { title: "Porta-vozes", body: "Tero abre a assembleia.", notes: ["Jovens: …"] }));
    await settle();
    expect(document.querySelector("h2")?.textContent, "a word the pack lacks, from Spanish").toBe("Aportes de los grupos");

    await emit("projection", projection("fr", { hidden: true }));
    await settle();
    expect(document.querySelector('[data-testid="projector-hidden"]')?.textContent).toBe("Cette partie est restreinte et ne s'affiche pas ici.");
  });
});

import { FluentBundle, FluentResource } from "@fluent/bundle";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formatError, i18n, setPackSource, t } from "./i18n.svelte";
import type { PackSources } from "../ipc/bindings";
import { PACKS, sourcesOf } from "./sources";

const ids = (text: string) =>
  new Set(
    text
      .split("\n")
      .map((line) => line.match(/^([a-z][a-z0-9-]*) =/)?.[1])
      .filter((id): id is string => Boolean(id)),
  );

const code = import.meta.glob("../../**/*.{svelte,ts}", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** The bundled pt-BR pack, as the core hands an installed pack to the UI. */
const ptBR = (): PackSources => {
  const files = sourcesOf("pt-BR");
  return { code: "pt-BR", chain: ["pt-BR", "es", "en"], ui: files["ui.ftl"], errors: files["errors.ftl"], unused: [] };
};
beforeAll(async () => {
  setPackSource(async (code) => (code === "pt-BR" ? ptBR() : Promise.reject(new Error(code))));
  await i18n.set("pt-BR");
  await i18n.set("en");
});

describe("messages", () => {
  it("Spanish, French and the Portuguese pack have exactly the English ids, file by file", () => {
    const en = sourcesOf("en");
    expect(Object.keys(en).sort()).toEqual(["cli.ftl", "errors.ftl", "ui.ftl"]);
    for (const locale of ["es", "fr", ...PACKS] as const) {
      const other = sourcesOf(locale);
      // A pack translates the interface only: the command line keeps the built-in languages.
      for (const file of Object.keys(en).filter((f) => f in other || !PACKS.includes(locale as never))) {
        expect([...ids(other[file])].sort(), `${locale}/${file}`).toEqual([...ids(en[file])].sort());
      }
    }
    expect(Object.keys(sourcesOf("pt-BR")).sort()).toEqual(["errors.ftl", "pack.json", "ui.ftl"]);
  });

  it("every message uses the same variables as English, in every language and the Portuguese pack", () => {
    const variables = (text: string) => {
      const out: Record<string, string[]> = {};
      let id = "";
      for (const line of text.split("\n")) {
        id = line.match(/^(-?[a-z][a-z0-9-]*) =/)?.[1] ?? id;
        for (const v of line.matchAll(/\$([a-z]\w*)/g)) if (!(out[id] ??= []).includes(v[1])) out[id].push(v[1]);
      }
      return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.sort().join(",")]));
    };
    const en = variables(sourcesOf("en")["ui.ftl"] + "\n" + sourcesOf("en")["errors.ftl"]);
    for (const locale of ["es", "fr", ...PACKS] as const) {
      const other = variables(sourcesOf(locale)["ui.ftl"] + "\n" + sourcesOf(locale)["errors.ftl"]);
      const differ = Object.keys(en).filter((id) => (other[id] ?? "") !== en[id] && id in other);
      expect(differ, locale).toEqual([]);
    }
  });

  it("no component renders a message as HTML", () => {
    // Messages from a language pack are text from outside: Svelte's {text} escapes it, {@html} would not.
    const html = Object.entries(code).filter(([path, text]) => !path.endsWith(".test.ts") && /\{@html|innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(text));
    expect(html.map(([path]) => path)).toEqual([]);
  });

  it("every id the UI code uses exists in English's ui.ftl or errors.ftl (the app loads no cli.ftl)", () => {
    const en = sourcesOf("en");
    const known = new Set([en["ui.ftl"], en["errors.ftl"]].flatMap((text) => [...ids(text)]));
    const used = new Set<string>();
    for (const [path, text] of Object.entries(code)) {
      if (path.endsWith(".test.ts")) continue;
      for (const match of text.matchAll(/\bt\("([a-z0-9-]+)"/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(60);
    const dynamic = [
      ...[0, 1, 2, 3, 4].map((n) => `strength-${n}`),
      ...["public", "community", "restricted"].map((s) => `sensitivity-${s}`),
      ...["unsaved-changes", "opened-older-generation", "rollback", "no-people"].map((k) => `attention-${k}`),
      "unlock-auto-locked",
      "unlock-locked-sleep",
      "unlock-locked-screen",
    ];
    const missing = [...used, ...dynamic].filter((id) => !known.has(id));
    expect(missing).toEqual([]);
  });

  it("formats command errors with their hint in the current language", () => {
    i18n.locale = "es";
    const text = formatError({ code: "err-vault-wrong-passphrase", hint: "rec-vault-wrong-passphrase", args: {} });
    expect(text).toContain("Esa frase de contraseña no abre esta bóveda.");
    expect(text).toContain("clave de recuperación");
    i18n.locale = "en";
    expect(formatError(new Error("boom"))).toBe(t("common-unexpected-error"));
  });

  // Issue 23: Spanish said "Cerrar" for locking the vault and for closing a panel on one screen.
  it("locking the vault and closing a panel are different words in every language", () => {
    for (const locale of ["en", "es", "fr"] as const) {
      i18n.locale = locale;
      expect(t("home-lock"), locale).not.toBe(t("common-close"));
      expect(t("home-lock-shortcut").toLowerCase(), locale).toContain(t("home-lock").toLowerCase());
    }
    i18n.locale = "en";
  });

  it("uses the glossary's words: Spanish locks with bloquear, French never says défenseure", () => {
    const es = Object.values(sourcesOf("es")).join("\n").split("\n");
    const lockIds = ["home-lock", "home-lock-shortcut", "settings-autolock", "unlock-auto-locked", "unlock-locked-sleep", "unlock-locked-screen", "err-app-locked", "unlock-title", "unlock-submit"];
    for (const id of lockIds) {
      const line = es.find((l) => l.startsWith(`${id} =`)) ?? "";
      expect(line, id).toMatch(/bloque|Bloque|desbloque|Desbloque/);
      expect(line, id).not.toMatch(/[Cc]err/);
    }
    expect(Object.values(sourcesOf("fr")).join("\n")).not.toMatch(/défenseure/);
  });

  it("plural forms follow the count", () => {
    i18n.locale = "en";
    expect(t("home-members-count", { count: 1 })).toBe("One member");
    expect(t("home-members-count", { count: 40 })).toBe("40 members");
  });
});

// Issue 27: "1 risks have no protection measure yet" — a count that reaches Fluent as text
// picks no plural form — and French "Un lien" for 0 links. Counts arrive as numbers (home
// attention, command errors); every counted message reads right for 0, 1, 2 and 5.
describe("counts", () => {
  const counted = (locale: "en" | "es" | "fr" | "pt-BR") => {
    const found: { id: string; name: string; one: boolean; others: Record<string, string> }[] = [];
    const vars: Record<string, Record<string, string>> = {};
    let id = "";
    // The interface's files: the command line's counted messages are checked by the Rust tests.
    for (const line of [sourcesOf(locale)["ui.ftl"], sourcesOf(locale)["errors.ftl"]].join("\n").split("\n")) {
      id = line.match(/^([a-z][a-z0-9-]*) =/)?.[1] ?? id;
      for (const v of line.matchAll(/\$(\w+)/g)) (vars[id] ??= {})[v[1]] = "x";
      const selector = line.match(/\{ \$(\w+) ->/);
      if (selector && ["count", "changed", "done"].includes(selector[1])) found.push({ id, name: selector[1], one: false, others: (vars[id] ??= {}) });
      if (/^\s*\[one\]/.test(line) && found.at(-1)?.id === id) found.at(-1)!.one = true;
    }
    return found;
  };

  it("every counted message says its number, uses the singular for one, and never reads zero as one", () => {
    const wrong: string[] = [];
    for (const locale of ["en", "es", "fr", ...PACKS] as const) {
      i18n.locale = locale;
      const messages = counted(locale);
      expect(messages.length).toBeGreaterThan(20);
      for (const { id, name, one, others } of messages) {
        const say = (n: number) => t(id, { ...others, [name]: n });
        for (const n of [2, 5]) if (!say(n).split(/\D/).includes(String(n))) wrong.push(`${locale}/${id} ${n}: ${say(n)}`);
        if (one && say(1) === say(2).replaceAll("2", "1")) wrong.push(`${locale}/${id} 1: ${say(1)}`);
        if (say(0) === say(1)) wrong.push(`${locale}/${id} 0: ${say(0)}`);
      }
    }
    i18n.locale = "en";
    expect(wrong).toEqual([]);
  });

  it("an error's count, sent as a number, picks the singular", () => {
    i18n.locale = "es";
    const text = formatError({ code: "attention-risks-without-measure", hint: null, args: { count: 1 } });
    i18n.locale = "en";
    expect(text).not.toMatch(/1 riesgos/);
    expect(text).toMatch(/^Un riesgo/);
  });
});

// Issue 26: the first screen loads only what it shows. A fresh copy of the module, as the app
// starts: English only; a language is fetched when set, and `t` stays synchronous.
describe("lazy loading", () => {
  it("starts with English only and loads a language when it is chosen", async () => {
    vi.resetModules();
    const fresh = await import("./i18n.svelte");
    expect(fresh.i18n.ready("en")).toBe(true);
    expect(fresh.i18n.ready("es")).toBe(false);
    expect(fresh.i18n.ready("fr")).toBe(false);
    const chosen = fresh.i18n.set("es");
    expect(fresh.i18n.locale, "not switched before its messages are there").toBe("en");
    expect(fresh.t("home-lock")).toBe("Lock");
    await chosen;
    expect(fresh.i18n.locale).toBe("es");
    expect(fresh.t("home-lock")).toMatch(/^Bloque/);
    expect(fresh.i18n.ready("fr"), "French is still not loaded").toBe(false);
  });
});

// Issue 26: a message is parsed the first time it is shown, not with its whole file.
describe("messages parsed when shown", () => {
  it("the start parses none of English's messages, and each one it shows once", async () => {
    vi.resetModules();
    const fresh = await import("./i18n.svelte");
    expect(fresh.parsedMessages("en")).toBe(0);
    expect(fresh.t("unlock-title")).toBe("Unlock the vault");
    expect(fresh.t("unlock-title")).toBe("Unlock the vault");
    expect(fresh.parsedMessages("en")).toBe(1);
    expect(fresh.t("no-such-message")).toBe("no-such-message");
    expect(fresh.parsedMessages("en")).toBe(1);
  });

  it("every message reads as Fluent reads its whole file, in every language and the pack", () => {
    // The same arguments for both, numbers (counts pick their plural form, and `t` writes
    // out no day from a number).
    const checked: Record<string, number> = {};
    const differ: string[] = [];
    for (const locale of ["en", "es", "fr", ...PACKS] as const) {
      const files = sourcesOf(locale);
      const whole = new FluentBundle(locale, { useIsolating: false });
      // A pack's terms fall back to English's, as the app adds them.
      for (const text of [files["errors.ftl"], files["ui.ftl"], ...(locale === "pt-BR" ? [sourcesOf("en")["errors.ftl"]] : [])]) {
        whole.addResource(new FluentResource(text));
      }
      i18n.locale = locale;
      checked[locale] = 0;
      for (const text of [files["errors.ftl"], files["ui.ftl"]]) {
        // Every variable of the file: Fluent ignores those a message does not name.
        const args = Object.fromEntries([...text.matchAll(/\$([a-z]\w*)/g)].map((v) => [v[1], 2]));
        for (const [, id] of text.matchAll(/^([a-z][a-z0-9-]*) *=/gm)) {
          const message = whole.getMessage(id);
          if (!message?.value) continue;
          const expected = whole.formatPattern(message.value, args);
          if (t(id, args) !== expected) differ.push(`${locale}/${id}: ${t(id, args)} ≠ ${expected}`);
          checked[locale]++;
        }
      }
    }
    i18n.locale = "en";
    expect(differ).toEqual([]);
    for (const locale of ["en", "es", "fr", ...PACKS]) expect(checked[locale], locale).toBeGreaterThan(1000);
  });

  it("a message naming another one is read with it, and a pack's own term wins over English's", async () => {
    vi.resetModules();
    const fresh = await import("./i18n.svelte");
    fresh.setPackSource(async (code) => ({
      code,
      chain: [code, "en"],
      ui: "-tejido = Tejidito\ncommon-back = { common-close } ({ -tejido })\ncommon-close = Ciérralo\n    .title = Cerrar aquí\n",
      errors: "err-app-locked = Dice: { common-close.title }\n",
      unused: [],
    }));
    await fresh.i18n.set("xx");
    expect(fresh.t("err-app-locked")).toBe("Dice: Cerrar aquí");
    expect(fresh.t("common-back")).toBe("Ciérralo (Tejidito)");
    expect(fresh.t("common-save"), "English fills the rest").toBe("Save");
  });
});

// Issue 23: a message a pack lacks is shown in its fallback languages, in order, at once.
describe("language packs", () => {
  it("a pack missing a message falls back to Spanish, then to English", async () => {
    vi.resetModules();
    const fresh = await import("./i18n.svelte");
    const full = ptBR();
    const without = (text: string, id: string) => text.split("\n").filter((line) => !line.startsWith(`${id} =`)).join("\n");
    // pt-BR without common-close: Spanish says it. "quc" has only common-back and falls back to
    // the pack "xx", which has nothing: English says the rest.
    const packs: Record<string, PackSources> = {
      "pt-BR": { ...full, ui: without(full.ui, "common-close"), unused: ["settings-general"] },
      quc: { code: "quc", chain: ["quc", "xx", "en"], ui: "common-back = Chi'aj\n", errors: "err-app-unknown-language = { -tejido } man k'o ta.\n", unused: [] },
      xx: { code: "xx", chain: ["xx", "en"], ui: "", errors: "", unused: [] },
    };
    const asked: string[] = [];
    fresh.setPackSource(async (code) => (asked.push(code), packs[code]));
    await fresh.i18n.set("pt-BR");
    expect(fresh.i18n.locale).toBe("pt-BR");
    expect(fresh.t("common-back")).toBe(full.ui.match(/^common-back = (.*)$/m)?.[1]);
    expect(fresh.t("common-close")).toBe("Cerrar");
    expect(fresh.t("settings-general"), "a message with a variable problem is not used").toBe("General");
    expect(fresh.i18n.ready("es"), "the chain's Spanish was loaded with it").toBe(true);
    // Dates in the pack's language.
    expect(fresh.day("2026-03-02")).toBe("2 de março de 2026");

    await fresh.i18n.set("quc");
    expect(fresh.t("common-back")).toBe("Chi'aj");
    expect(fresh.t("common-close")).toBe("Close");
    expect(asked).toEqual(["pt-BR", "quc", "xx"]);
    expect(fresh.t("err-app-unknown-language"), "English's terms fill a pack's gaps").toBe("Tejido man k'o ta.");
  });
});

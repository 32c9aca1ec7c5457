import { describe, expect, it } from "vitest";
import { formatError, i18n, sourcesOf, t } from "./i18n.svelte";

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

describe("messages", () => {
  it("Spanish and French have exactly the English ids, file by file", () => {
    const en = sourcesOf("en");
    expect(Object.keys(en).sort()).toEqual(["cli.ftl", "errors.ftl", "ui.ftl"]);
    for (const locale of ["es", "fr"] as const) {
      const other = sourcesOf(locale);
      for (const file of Object.keys(en)) {
        expect([...ids(other[file])].sort(), `${locale}/${file}`).toEqual([...ids(en[file])].sort());
      }
    }
  });

  it("every id the UI code uses exists in English", () => {
    const known = new Set(Object.values(sourcesOf("en")).flatMap((text) => [...ids(text)]));
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
  const counted = (locale: "en" | "es" | "fr") => {
    const found: { id: string; name: string; one: boolean; others: Record<string, string> }[] = [];
    const vars: Record<string, Record<string, string>> = {};
    let id = "";
    for (const line of Object.values(sourcesOf(locale)).join("\n").split("\n")) {
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
    for (const locale of ["en", "es", "fr"] as const) {
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

import { describe, expect, it } from "vitest";
import { formatDay, formatMoment, formatMonth, localToday } from "./dates";
import { i18n, t } from "./i18n.svelte";

describe("dates in the person's language", () => {
  it("a calendar day reads as a person writes it, in each language", () => {
    expect(formatDay("2026-03-02", "en")).toBe("March 2, 2026");
    expect(formatDay("2026-03-02", "es")).toBe("2 de marzo de 2026");
    expect(formatDay("2026-03-02", "fr")).toBe("2 mars 2026");
  });

  it("a calendar day is the same day west of Greenwich (it is not read as UTC midnight)", () => {
    // The suite runs with TZ=America/Guatemala (vitest.config): 2026-03-02T00:00Z is 1 March there.
    expect(new Date("2026-03-02").getDate()).toBe(1);
    expect(formatDay("2026-03-02", "es")).toBe("2 de marzo de 2026");
  });

  it("a moment is shown on this computer's day and clock", () => {
    // 03:30 UTC on 3 March is still the evening of 2 March in Guatemala.
    expect(formatDay("2026-03-03T03:30:00Z", "es")).toBe("2 de marzo de 2026");
    expect(formatMoment("2026-03-03T03:30:00Z", "fr")).toMatch(/^2 mars 2026.*21:30$/);
  });

  it("a month the core counts by reads as a column's heading, the same month west of Greenwich", () => {
    expect(formatMonth("2026-03", "es")).toMatch(/^mar\.? 2026$/);
    expect(formatMonth("2026-03", "fr")).toBe("mars 2026");
    expect(formatMonth("2026-03", "en")).toBe("Mar 2026");
    expect(formatMonth("2026-03", ["quc", "es", "en"])).toMatch(/^mar\.? 2026$/);
    expect(formatMonth("soon", "en")).toBe("soon");
  });

  it("today is this computer's calendar day, not UTC's", () => {
    // 22:00 in Guatemala is already tomorrow in UTC.
    expect(localToday(new Date("2026-03-03T04:00:00Z"))).toBe("2026-03-02");
  });

  it("nothing there is returned empty, anything unknown as it came", () => {
    expect(formatDay(null, "en")).toBe("");
    expect(formatDay("", "fr")).toBe("");
    expect(formatDay("next week", "en")).toBe("next week");
  });

  it("every message's $date reaches the screen in the current language, never as ISO", () => {
    i18n.locale = "es";
    expect(t("review-next", { date: "2026-03-02" })).toBe("Próxima revisión: 2 de marzo de 2026.");
    i18n.locale = "fr";
    expect(t("review-overdue", { date: "2026-03-02" })).toContain("2 mars 2026");
    i18n.locale = "en";
    expect(t("case-update-line", { desk: "Desk", date: "2026-03-02T15:00:00Z" })).toContain("March 2, 2026");
  });
});

// Every date field of the core's types (bindings.ts) shown on a screen or a print goes through
// day()/moment() or a message's $date: a raw `{x.decidedOn}` would print "2026-03-02".
const code = import.meta.glob("../../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const bindings = import.meta.glob("../ipc/bindings.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("no raw date on any screen", () => {
  it("no date field is rendered as it came", () => {
    const fields = new Set<string>();
    for (const text of Object.values(bindings))
      for (const m of text.matchAll(/\b(on|\w+(?:On|At)|deadline|today)\??: string/g)) fields.add(m[1]);
    expect(fields.size).toBeGreaterThan(15);
    const raw = new RegExp(`\\{[\\w.?!]*\\.(${[...fields].join("|")})( \\?\\? "")?\\}|\\.(${[...fields].join("|")})(\\?)?\\.slice\\(0, ?10\\)`);
    const found: string[] = [];
    for (const [path, text] of Object.entries(code))
      text.split("\n").forEach((line, i) => {
        // (`projector.on` is the projector's switch, not a date.)
        if (raw.test(line.replaceAll("{projector.on}", "")) && !/bind:value/.test(line)) found.push(`${path}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    expect(found).toEqual([]);
  });
});

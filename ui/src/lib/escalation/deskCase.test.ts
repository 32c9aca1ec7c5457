import { describe, expect, it } from "vitest";
import { i18n, t } from "../i18n/i18n.svelte";
import type { CasePerson, DeskAction, ReceivedCase } from "../ipc/bindings";
import { NIL_ID, categoryName, consentLine, datedConsents, kilobytes, personName, toggle, withAction, withOutcome, withTriage, withoutAction } from "./deskCase";

const action = (id: string, title = id) => ({ id, title, signatories: [] }) as unknown as DeskAction;
const received = (over: Partial<ReceivedCase> = {}) =>
  ({ id: "r", urgency: "urgent", categories: [], profiles: [], region: "", workingGroup: "", closed: false, actions: [action("a1")], outcomes: [], ...over }) as unknown as ReceivedCase;
const person = (over: Partial<CasePerson>) =>
  ({ pseudonym: null, realName: null, role: "", nameToAuthorities: false, nameInPublic: false, photos: false, ...over }) as CasePerson;

describe("a received case at the desk", () => {
  it("ticks and unticks a category in place", () => {
    const list = ["a", "b"];
    toggle(list, "a");
    toggle(list, "c");
    expect(list).toEqual(["b", "c"]);
  });

  it("names a category in the person's language, else in English, else by its id", () => {
    const categories = [{ id: "threat", label: { en: "Threats", es: "Amenazas" } }];
    expect(categoryName(categories, "threat", "es")).toBe("Amenazas");
    expect(categoryName(categories, "threat", "fr")).toBe("Threats");
    expect(categoryName(categories, "other", "es")).toBe("other");
  });

  it("says who a person is and what they agreed to", () => {
    i18n.set("en");
    expect(personName(t, person({ realName: "Ana", pseudonym: "Luna" }))).toContain("Luna");
    expect(personName(t, person({ pseudonym: "Luna" }))).toBe("Luna");
    expect(consentLine(t, person({}))).toBe(t("desk-consent-none"));
    expect(consentLine(t, person({ nameToAuthorities: true, photos: true }))).toBe(`${t("consent-nameToAuthorities")} · ${t("consent-photos")}`);
  });

  it("rounds a file's size to whole kilobytes, never 0", () => {
    expect(kilobytes(10)).toBe(1);
    expect(kilobytes(2048)).toBe(2);
  });

  it("saves only the triage's fields from a triage", () => {
    const next = withTriage(received(), received({ urgency: "immediate", region: "North", workingGroup: "Land", closed: true, actions: [] }));
    expect(next).toMatchObject({ urgency: "immediate", region: "North", workingGroup: "Land", closed: true });
    expect(next.actions.map((a) => a.id)).toEqual(["a1"]);
  });

  it("replaces an action in place, adds a new one, and removes one, leaving the case as it was", () => {
    const c = received();
    expect(withAction(c, action("a1", "changed")).actions.map((a) => a.title)).toEqual(["changed"]);
    expect(withAction(c, action("a2")).actions.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(withoutAction(c, "a1").actions).toEqual([]);
    expect(c.actions.map((a) => a.title)).toEqual(["a1"]);
  });

  it("adds an outcome for the core to number", () => {
    expect(withOutcome(received(), { on: "2026-12-01", kind: "release", note: "" }).outcomes).toEqual([{ id: NIL_ID, on: "2026-12-01", kind: "release", note: "" }]);
  });

  it("dates the consent of signatories who agreed, keeping an earlier date", () => {
    const a = { ...action("a1"), signatories: [
      { organisation: "A", consented: true, consentedOn: null },
      { organisation: "B", consented: true, consentedOn: "2026-01-01" },
      { organisation: "C", consented: false, consentedOn: null },
    ] } as DeskAction;
    expect(datedConsents(a, "2026-12-01").signatories.map((s) => s.consentedOn)).toEqual(["2026-12-01", "2026-01-01", null]);
  });
});

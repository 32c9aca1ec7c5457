import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { day, i18n, t } from "../../lib/i18n/i18n.svelte";
import type { ActionFindings, CaseContent } from "../../lib/ipc/bindings";
import CasePreview from "./CasePreview.svelte";
import NameFindings from "./NameFindings.svelte";

// What a package seals (shape from the core's CaseContent), with a distinct value everywhere.
const sealed: CaseContent = {
  format: 1,
  case: "0190a1b2-0000-7000-8000-000000000001",
  version: 3,
  audience: "desk",
  collective: "COLLECTIVE-Q",
  title: "TITLE-Q",
  urgency: "immediate",
  requests: ["un-mechanism", "relocation"],
  region: "REGION-Q",
  categories: ["CATEGORY-Q"],
  summary: "SUMMARY-Q",
  publicSummary: "PUBLIC-SUMMARY-Q",
  safeContact: "SAFE-CONTACT-Q",
  people: [
    { pseudonym: "PSEUDONYM-Q", realName: "REAL-NAME-Q", role: "ROLE-Q", nameToAuthorities: true, nameInPublic: false, photos: false, key: "KEY", withdrawn: false },
    { pseudonym: "PSEUDONYM-R", realName: null, role: "ROLE-R", nameToAuthorities: false, nameInPublic: false, photos: true, key: "KEY2", withdrawn: false },
  ],
  incidents: [{ title: "INCIDENT-TITLE-Q", occurredOn: "2026-11-30", place: "PLACE-Q", category: "INCIDENT-CATEGORY-Q", description: "DESCRIPTION-Q", perpetrator: "PERPETRATOR-Q", perpetratorKind: "armed-group", reportedTo: "REPORTED-TO-Q" }],
  madeAt: "2026-12-04T10:00:00Z",
  replyTo: "age1reply",
  attachments: [{ name: "FILE-NAME-Q.txt", sha256: "ab".repeat(32), size: 12 }],
  workingGroup: "",
};

/** Values only machines read: the package's shape, ids, the moment it was sealed, keys and
 * hashes. Everything else a person typed or chose must be shown. */
const MACHINE = new Set(["format", "case", "audience", "madeAt", "replyTo", "sha256", "size", "key", "withdrawn", "consentChangedAt"]);

function shownValues(value: unknown, key = ""): string[] {
  if (MACHINE.has(key) || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => shownValues(v, key));
  if (typeof value === "object") return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => shownValues(v, k));
  if (typeof value === "boolean") return [];
  if (key === "requests") return [t(`request-${value}`)];
  if (key === "urgency") return [t(`urgency-${value}`)];
  if (key === "perpetratorKind") return [t(`actor-kind-${value}`)];
  if (key === "occurredOn") return [day(String(value))];
  return [String(value)];
}

describe("CasePreview", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  for (const audience of ["desk", "public"] as const) {
    it(`shows every value the package carries for the ${audience}, incidents, places and requests included`, () => {
      const content: CaseContent =
        audience === "desk"
          ? sealed
          : { ...sealed, audience, summary: sealed.publicSummary, safeContact: "", incidents: [], attachments: [], people: [{ ...sealed.people[0], pseudonym: null, role: "", nameInPublic: true }] };
      const view = mount(CasePreview, { target: document.body, props: { content, categoryName: (id: string) => `named ${id}` } });
      flushSync();
      const text = document.body.textContent ?? "";
      const values = shownValues(content);
      expect(values.length).toBeGreaterThan(audience === "desk" ? 20 : 8);
      for (const value of values) expect(text, value).toContain(value.startsWith("CATEGORY") || value.startsWith("INCIDENT-CATEGORY") ? `named ${value}` : value);
      // Nothing but what it was given: no machine value, nothing from another audience.
      for (const hidden of ["age1reply", "KEY", "0190a1b2"]) expect(text).not.toContain(hidden);
      if (audience === "public") for (const hidden of ["DESCRIPTION-Q", "PLACE-Q", "PERPETRATOR-Q", "REPORTED-TO-Q", "SAFE-CONTACT-Q", "PSEUDONYM", "FILE-NAME"]) expect(text).not.toContain(hidden);
      unmount(view);
    });
  }

  it("a desk's text that names someone beyond consent says who, the words and which consent", () => {
    i18n.locale = "es";
    const found: ActionFindings = {
      action: "a",
      public: true,
      findings: [{ person: "Garza Blanca", realName: "Rosa Elvira Xol", found: "Rosa XOL", consent: "name-in-public" }],
    };
    const view = mount(NameFindings, { target: document.body, props: { found } });
    flushSync();
    const text = document.body.textContent ?? "";
    expect(text).toContain("Rosa XOL");
    expect(text).toContain("Rosa Elvira Xol");
    expect(text).toContain("Garza Blanca");
    expect(text).toContain("no aceptó que su nombre se haga público");
    expect(text).toContain("No se puede imprimir");
    unmount(view);
  });
});

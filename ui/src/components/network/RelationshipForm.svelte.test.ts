import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { Relationship } from "../../lib/ipc/bindings";
import RelationshipForm from "./RelationshipForm.svelte";

const parties = [
  { key: "person:a", kind: "person" as const, id: "a", name: "Ceiba" },
  { key: "person:b", kind: "person" as const, id: "b", name: "Garza" },
];
const link = (kind: Relationship["kind"]): Relationship => ({
  id: "r1", sourceKind: "person", source: "a", targetKind: "person", target: "b", kind, closeness: 2, support: [],
  reachableAlways: false, alertOrder: null, fallback: null, checkIn: "", notes: "", sensitivity: "community",
});
const direction = () => document.querySelector('[data-testid="link-direction"]')!.textContent;

describe("RelationshipForm", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("says which way the link runs, in the person's language; a kind without a direction reads both ways", () => {
    i18n.locale = "es";
    const directed: Relationship["kind"][] = ["safety-contact", "alert-link"];
    const shown = (initial: Relationship) => {
      document.body.innerHTML = "";
      mount(RelationshipForm, { target: document.body, props: { initial, isNew: false, parties, directed, onsave: () => {}, oncancel: () => {} } });
      flushSync();
      return direction();
    };
    expect(shown(link("safety-contact"))).toBe("Ceiba → tiene como contacto de seguridad a → Garza");
    expect(shown({ ...link("safety-contact"), source: "b", target: "a" })).toBe("Garza → tiene como contacto de seguridad a → Ceiba");
    expect(shown(link("family"))).toBe("Ceiba ↔ familia ↔ Garza");
  });

  it("gives the kind of link a row of its own, so its long words are not cut", () => {
    mount(RelationshipForm, {
      target: document.body,
      props: { initial: link("duty-bearer"), isNew: true, parties, onsave: () => {}, oncancel: () => {} },
    });
    flushSync();
    expect(document.querySelector('[data-testid="link-kind"]')!.parentElement!.classList.contains("wide")).toBe(true);
  });
});

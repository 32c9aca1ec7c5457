import { describe, expect, it } from "vitest";
import type { ConflictView, ImportReport } from "../ipc/bindings";
import { i18n, t } from "../i18n/i18n.svelte";
import { choices, fieldName, importLines } from "./conflicts";

const conflict = (over: Partial<ConflictView>): ConflictView => ({
  id: "c",
  entity: "person",
  recordId: "p",
  label: "Ana",
  field: "notes",
  kind: "field",
  mine: "a",
  theirs: "b",
  kept: "theirs",
  theirsBy: "Laptop B",
  theirsAt: "2026-12-01T10:00:00Z",
  mineAt: null,
  ...over,
});

const none: ImportReport = { files: 0, fields: 0, conflicts: 0, held: 0, waiting: 0, unknown: 0, refused: 0 };

describe("sync wording", () => {
  it("offers keep mine / keep theirs, or keep removed / bring back, with the right side", () => {
    expect(choices(conflict({}))).toEqual([["mine", "sync-keep-mine"], ["theirs", "sync-keep-theirs"]]);
    // Removed here (my deleted_at has a value): keeping it removed keeps mine.
    expect(choices(conflict({ kind: "removed", mine: "2026-12-01", theirs: "" }))).toEqual([["mine", "sync-keep-removed"], ["theirs", "sync-bring-back"]]);
    expect(choices(conflict({ kind: "removed", mine: "", theirs: "2026-12-01" }))).toEqual([["theirs", "sync-keep-removed"], ["mine", "sync-bring-back"]]);
  });

  it("says one file waiting in the singular and two in the plural", () => {
    const one = { ...none, waiting: 1, refused: 1 };
    const two = { ...none, waiting: 2 };
    i18n.set("es");
    expect(importLines(t, one)[0]).toMatch(/^Un archivo está en espera/);
    expect(importLines(t, one)[1]).toMatch(/^Se rechazó un archivo/);
    expect(importLines(t, two)[0]).toMatch(/^2 archivos están en espera/);
    i18n.set("en");
    expect(importLines(t, one)[0]).toMatch(/^One file is waiting/);
    i18n.set("fr");
    expect(importLines(t, one)[0]).toMatch(/^1 fichier est en attente/);
    expect(importLines(t, two)[0]).toMatch(/^2 fichiers sont en attente/);
  });

  it("names fields and reports imports in every language", () => {
    for (const locale of ["en", "es", "fr"] as const) {
      i18n.set(locale);
      expect(fieldName(t, "notes")).not.toBe("sync-field-notes");
      expect(fieldName(t, "some_new_column")).toBe("some new column");
      expect(importLines(t, none)).toHaveLength(1);
      const lines = importLines(t, { ...none, files: 2, fields: 5, conflicts: 1, refused: 1 });
      expect(lines).toHaveLength(3);
      expect(lines.join(" ")).toMatch(/2/);
      expect(lines.every((l) => !l.startsWith("sync-"))).toBe(true);
    }
    i18n.set("en");
  });
});

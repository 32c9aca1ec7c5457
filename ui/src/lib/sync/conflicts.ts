// How the sync screen words conflicts and what an import did, in the person's language.
import type { ConflictView, ImportReport, Kept } from "../ipc/bindings";

type Translate = (id: string, args?: Record<string, string | number>) => string;

/** A field's name as people know it; a column without a translation reads as words. */
export function fieldName(t: Translate, field: string): string {
  const id = `sync-field-${field}`;
  const named = t(id);
  return named === id ? field.replace(/_/g, " ") : named;
}

/** For a record removed on one laptop and changed on the other: the side that removed it
 * (its `deleted_at` is the one with a value). */
export function removingSide(conflict: ConflictView): Kept {
  return conflict.mine ? "mine" : "theirs";
}

/** The two choices a conflict offers, as [side to keep, label id], in display order. */
export function choices(conflict: ConflictView): [Kept, string][] {
  if (conflict.kind === "removed") {
    const removing = removingSide(conflict);
    const other: Kept = removing === "mine" ? "theirs" : "mine";
    return [
      [removing, "sync-keep-removed"],
      [other, "sync-bring-back"],
    ];
  }
  return [
    ["mine", "sync-keep-mine"],
    ["theirs", "sync-keep-theirs"],
  ];
}

/** What an import did, one sentence per thing that happened (nothing: one sentence saying so). */
export function importLines(t: Translate, report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.files) lines.push(t("sync-report-applied", { files: report.files, fields: report.fields }));
  if (report.conflicts) lines.push(t("sync-report-conflicts", { count: report.conflicts }));
  if (report.waiting) lines.push(t("sync-report-waiting", { count: report.waiting }));
  if (report.unknown) lines.push(t("sync-report-unknown", { count: report.unknown }));
  if (report.held) lines.push(t("sync-report-held", { count: report.held }));
  if (report.refused) lines.push(t("sync-report-refused", { count: report.refused }));
  if (!lines.length) lines.push(t("sync-report-nothing"));
  return lines;
}

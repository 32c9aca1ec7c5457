// What the protocol screen reads off its records: the template sections not yet used, the
// name of what a decision was about, the signals an alert level links to, and the plain
// record a form edits.
import type {
  Decision, Indicator, PrincipleEntry, ProtocolDocument, ProtocolLevel, ProtocolRecord, Principle, Section, TemplateSection, VersionInfo,
} from "../ipc/bindings";

/** The protocol's tabs, in the order they are shown. */
export const TABS = ["principles", "sections", "levels", "decisions", "versions", "checks"] as const;
export type Tab = (typeof TABS)[number];

/** The template's sections the protocol does not have yet, to add one from. */
export const unusedTemplate = (template: TemplateSection[], sections: Section[]) =>
  template.filter((s) => !sections.some((d) => d.key === s.key));

/** The title of a section, or "" when there is none with that id. */
export const sectionTitle = (doc: ProtocolDocument, id: string) => doc.sections.find((s) => s.id === id)?.title ?? "";

/** What a decision was about: a section's or principle's title, a level's name; "" if gone. */
export const subjectName = (doc: ProtocolDocument, id: string) =>
  sectionTitle(doc, id) || doc.principles.find((p) => p.id === id)?.title || doc.levels.find((l) => l.id === id)?.name || "";

/** The latest decision taken on a record, if any: the first one the record lists. */
export const latestDecision = (decisions: Decision[], id: string) => decisions.find((d) => d.subject === id);

/** The agreed version the next freeze will make. */
export const nextVersion = (versions: VersionInfo[]) => (versions.at(-1)?.version ?? 0) + 1;

/** "Road blocked · Threat by phone": the signals of the indicators a level links to. */
export const levelSignals = (level: ProtocolLevel, indicators: Indicator[]) =>
  level.indicators.map((id) => indicators.find((x) => x.id === id)?.signal).filter(Boolean).join(" · ");

/** A principle as the list shows it, without its status: what its form edits. */
export const principleOf = (entry: PrincipleEntry): Principle => ({
  id: entry.id, key: entry.key, position: entry.position, title: entry.title, text: entry.text, original: entry.original, source: entry.source,
});

/** A section, principle or level tagged as the record the core saves. */
export const asRecord = (kind: "section" | "principle" | "level", value: Section | Principle | ProtocolLevel) =>
  ({ record: kind, ...value }) as ProtocolRecord;

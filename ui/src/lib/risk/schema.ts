// What each kind of risk-analysis record looks like in a form and in a list. One generic
// form (RecordForm.svelte) reads this, so every kind gets the same keyboard use, labels and
// checks. Labels are Fluent ids (assets/locales/*/ui.ftl).
import type { RiskAnalysis, RiskKind, RiskRecord } from "../ipc/bindings";

export type Source = "actors" | "incidents" | "threatAssessments" | "risks";

export type Field =
  | { name: string; type: "text" | "textarea" | "date" | "optional-date"; required?: boolean; label?: string; hint?: string }
  | { name: string; type: "select"; options: readonly string[]; optionPrefix: string; label?: string }
  | { name: string; type: "level"; noun: "influence"; label?: string }
  | { name: string; type: "rating"; noun: "likelihood" | "impact"; label?: string }
  | { name: string; type: "lines"; label?: string; hint?: string }
  | { name: string; type: "people"; label?: string }
  | { name: string; type: "refs"; source: Source; label?: string }
  | { name: string; type: "ref"; source: Source; optional: boolean; label?: string }
  | { name: string; type: "flag"; label?: string }
  | { name: string; type: "category"; label?: string }
  | { name: string; type: "sensitivity"; label?: string };

export const DIMENSIONS = ["political", "economic", "social", "legal", "territorial"] as const;
export const ACTOR_KINDS = [
  "company", "state-body", "security-forces", "armed-group", "community-body",
  "ally-organisation", "media", "international-mechanism", "other",
] as const;
export const STANCES = ["ally", "neutral", "adversary"] as const;
export const STRATEGIES = ["acceptance", "deterrence", "protection"] as const;
export const TIMINGS = ["prevention", "response"] as const;
export const STATUSES = ["to-do", "in-progress", "done"] as const;
// The levels an indicator triggers: the protocol's four alert levels but green (normal).
export const ALERT_LEVELS = ["yellow", "orange", "red"] as const;

const sensitivity: Field = { name: "sensitivity", type: "sensitivity" };

/** The form fields of each kind, in reading order. */
export const FIELDS: Record<RiskKind, Field[]> = {
  "context-note": [
    { name: "dimension", type: "select", options: DIMENSIONS, optionPrefix: "dimension" },
    { name: "notedOn", type: "date" },
    { name: "text", type: "textarea", required: true, label: "field-context-text" },
    sensitivity,
  ],
  actor: [
    { name: "name", type: "text", required: true },
    { name: "kind", type: "select", options: ACTOR_KINDS, optionPrefix: "actor-kind" },
    { name: "stance", type: "select", options: STANCES, optionPrefix: "stance" },
    { name: "influence", type: "level", noun: "influence" },
    { name: "interests", type: "textarea" },
    { name: "capabilities", type: "textarea", hint: "field-capabilities-hint" },
    { name: "notes", type: "textarea" },
    sensitivity,
  ],
  incident: [
    { name: "title", type: "text", required: true, label: "field-incident-title" },
    { name: "occurredOn", type: "date" },
    { name: "place", type: "text" },
    { name: "category", type: "category" },
    { name: "description", type: "textarea" },
    { name: "affectedPeople", type: "people" },
    { name: "affectedGroups", type: "text" },
    { name: "wholeCollective", type: "flag" },
    { name: "perpetratorActor", type: "ref", source: "actors", optional: true },
    { name: "perpetrator", type: "text" },
    { name: "reportedTo", type: "text" },
    sensitivity,
  ],
  "threat-assessment": [
    { name: "title", type: "text", required: true, label: "field-threat-title" },
    { name: "assessedOn", type: "date" },
    { name: "incidents", type: "refs", source: "incidents" },
    { name: "facts", type: "textarea", hint: "field-facts-hint" },
    { name: "pattern", type: "textarea", hint: "field-pattern-hint" },
    { name: "objective", type: "textarea", hint: "field-objective-hint" },
    { name: "source", type: "textarea", hint: "field-source-hint" },
    { name: "conclusion", type: "textarea", hint: "field-conclusion-hint" },
    sensitivity,
  ],
  risk: [
    { name: "title", type: "text", required: true, label: "field-risk-title" },
    { name: "threatened", type: "text" },
    { name: "category", type: "category" },
    { name: "likelihood", type: "rating", noun: "likelihood" },
    { name: "impact", type: "rating", noun: "impact" },
    { name: "threatAssessment", type: "ref", source: "threatAssessments", optional: true },
    { name: "description", type: "textarea" },
    { name: "vulnerabilities", type: "lines", hint: "field-vulnerabilities-hint" },
    { name: "capacities", type: "lines", hint: "field-capacities-hint" },
    sensitivity,
  ],
  measure: [
    { name: "title", type: "text", required: true, label: "field-measure-title" },
    { name: "description", type: "textarea" },
    { name: "strategy", type: "select", options: STRATEGIES, optionPrefix: "strategy" },
    { name: "timing", type: "select", options: TIMINGS, optionPrefix: "timing" },
    { name: "owners", type: "people" },
    { name: "resources", type: "text" },
    { name: "dueOn", type: "optional-date" },
    { name: "status", type: "select", options: STATUSES, optionPrefix: "status" },
    { name: "risks", type: "refs", source: "risks" },
    sensitivity,
  ],
  indicator: [
    { name: "risk", type: "ref", source: "risks", optional: false },
    { name: "signal", type: "text", required: true },
    { name: "alertLevel", type: "select", options: ALERT_LEVELS, optionPrefix: "alert-level" },
    sensitivity,
  ],
};

/** The label id of a field. */
export const labelOf = (field: Field) => field.label ?? `field-${kebab(field.name)}`;

/** `occurredOn` → `occurred-on`: Fluent ids here are lowercase. */
export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The record inside a tagged `RiskRecord`, as a plain object of fields. */
export type Fields = Record<string, unknown>;

/** Which list of the analysis holds each kind. */
export const LIST_OF: Record<RiskKind, keyof RiskAnalysis> = {
  "context-note": "context",
  actor: "actors",
  incident: "incidents",
  "threat-assessment": "threatAssessments",
  risk: "risks",
  measure: "measures",
  indicator: "indicators",
};

/** A record of `kind` from the analysis, tagged for saving or removing. */
export function tagged(kind: RiskKind, fields: object): RiskRecord {
  return { record: kind, ...fields } as RiskRecord;
}

/** The one-line name of a record in lists, pickers and messages. */
export function titleOf(kind: RiskKind, fields: Fields): string {
  switch (kind) {
    case "context-note": {
      const text = String(fields.text ?? "");
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
    }
    case "actor":
      return String(fields.name ?? "");
    case "indicator":
      return String(fields.signal ?? "");
    default:
      return String(fields.title ?? "");
  }
}

/** The options of a reference field: id and title of each record in `source`. */
export function optionsOf(analysis: RiskAnalysis, source: Source): { id: string; title: string }[] {
  const kind: Record<Source, RiskKind> = {
    actors: "actor",
    incidents: "incident",
    threatAssessments: "threat-assessment",
    risks: "risk",
  };
  return (analysis[source] as { id: string }[]).map((r) => ({ id: r.id, title: titleOf(kind[source], r as Fields) }));
}

/** The Fluent ids every schema label and option needs, for the locale tests. */
export function messageIds(): string[] {
  const ids = new Set<string>();
  for (const fields of Object.values(FIELDS)) {
    for (const field of fields) {
      ids.add(labelOf(field));
      if ("hint" in field && field.hint) ids.add(field.hint);
      if (field.type === "select") for (const o of field.options) ids.add(`${field.optionPrefix}-${o}`);
      if (field.type === "level" || field.type === "rating") for (let n = 1; n <= 5; n++) ids.add(`level-${field.noun}-${n}`);
    }
  }
  for (const kind of Object.keys(FIELDS)) ids.add(`risk-kind-${kind}`);
  for (const band of ["low", "medium", "high", "critical"]) ids.add(`band-${band}`);
  for (const trend of ["new", "rising", "steady", "falling"]) ids.add(`trend-${trend}`);
  return [...ids];
}

// The second line of each record in a list: what a facilitator needs to recognise it.
import type { Locale, Person, RiskAnalysis, RiskKind } from "../ipc/bindings";
import type { Fields } from "./schema";

type T = (id: string, args?: Record<string, string | number>) => string;

/** The parts of a record's summary line, already in the person's language. */
export function summaryOf(kind: RiskKind, r: Fields, analysis: RiskAnalysis, people: Person[], t: T, locale: Locale): string[] {
  const category = () => {
    const c = analysis.categories.find((c) => c.id === r.category);
    return c ? (c.label[locale] ?? c.label.en) : String(r.category);
  };
  const names = (ids: unknown) =>
    ((ids as string[]) ?? []).map((id) => people.find((p) => p.id === id)?.pseudonym).filter(Boolean).join(", ");
  switch (kind) {
    case "context-note":
      return [t(`dimension-${r.dimension}`), String(r.notedOn)];
    case "actor":
      return [t(`actor-kind-${r.kind}`), t(`stance-${r.stance}`), t("summary-influence", { level: t(`level-influence-${r.influence}`) })];
    case "incident":
      return [String(r.occurredOn), String(r.place ?? ""), category(), names(r.affectedPeople), r.wholeCollective ? t("field-whole-collective") : ""].filter(Boolean);
    case "threat-assessment":
      return [String(r.assessedOn), t("summary-incidents", { count: (r.incidents as string[]).length })];
    case "risk":
      return [String(r.threatened ?? ""), category()].filter(Boolean);
    case "measure": {
      const risks = (r.risks as string[]).map((id) => analysis.risks.find((x) => x.id === id)?.title).filter(Boolean);
      return [
        t(`strategy-${r.strategy}`),
        t(`timing-${r.timing}`),
        t(`status-${r.status}`),
        r.dueOn ? t("summary-due", { date: String(r.dueOn) }) : "",
        names(r.owners),
        risks.length ? t("summary-answers", { risks: risks.join("; ") }) : "",
      ].filter(Boolean);
    }
    case "indicator":
      return [t(`alert-level-${r.alertLevel}`), analysis.risks.find((x) => x.id === r.risk)?.title ?? ""];
  }
}

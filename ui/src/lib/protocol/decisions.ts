// How a decision record reads on screen and on paper: who took part by group, the vote,
// and what the outcome means for what was decided.
import type { Decision, Outcome, Participation, SubjectKind } from "../ipc/bindings";

type Translate = (id: string, args?: Record<string, string | number>) => string;

/** The groups a decision record always asks about, as the core's `groups::USUAL_GROUPS`
 * (the protocol screen gets them from the core as `usualGroups`; screens that do not, use
 * these). */
export const USUAL_GROUPS = ["women", "men", "youth", "elders"];

export const OUTCOMES: Outcome[] = ["agreed", "agreed-with-changes", "rejected", "postponed"];

/** The Fluent id of an outcome: a principle is adopted, adapted or rejected; anything else
 * is agreed or not. */
export const outcomeId = (subject: SubjectKind, outcome: Outcome) =>
  subject === "principle" ? `decision-outcome-principle-${outcome}` : `decision-outcome-${outcome}`;

/** The name of a group: the usual ones translated, the community's own as typed. */
export const groupName = (t: Translate, group: string, usual: string[]) =>
  usual.includes(group) ? t(`decision-group-${group}`) : group;

/** "14 women · 6 youth · 5 elders", usual groups first. */
export function participationLine(t: Translate, participants: Participation[], usual: string[]): string {
  const order = (p: Participation) => {
    const i = usual.indexOf(p.group);
    return i < 0 ? usual.length : i;
  };
  return [...participants]
    .sort((a, b) => order(a) - order(b))
    .map((p) => t("decision-group-count", { count: p.count, group: groupName(t, p.group, usual) }))
    .join(" · ");
}

/** "By vote: 20 for, 3 against, 2 abstentions" or "By consensus". */
export function methodLine(t: Translate, d: Decision): string {
  if (d.method === "consensus") return t("decision-by-consensus");
  return t("decision-by-vote", { for: d.votesFor ?? 0, against: d.votesAgainst ?? 0, abstentions: d.abstentions ?? 0 });
}

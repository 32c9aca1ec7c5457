// The running alert as a checklist, in the chain's order: who was reached, who was not, who
// is still to reach; and the keys that work it without a mouse (arrows move, R reached,
// N not reached, F through the fallback). Pure, so it is tested without a window.
import type { ActivationLog, AlertLevel, ChainOutcome, MeansOfContact, Person } from "../ipc/bindings";
import { foldedWords, matchesWords } from "../textSearch";

/** The four levels, lowest first: the same for indicators, the protocol and activations. */
export const LEVELS: AlertLevel[] = ["green", "yellow", "orange", "red"];
/** The levels an alert is activated at: green is standing down. */
export const ACTIVATABLE: AlertLevel[] = ["yellow", "orange", "red"];

export type RowState = "to-reach" | ChainOutcome;

/** One person on the checklist. */
export interface ChecklistRow {
  person: string;
  state: RowState;
  /** When the latest mark was made (ISO), or null. */
  at: string | null;
  /** Who passed the alert on, for a fallback. */
  through: string | null;
  /** The fallbacks their callers have for them: offered first when marking "through fallback". */
  fallbacks: string[];
  calledBy: string[];
}

/** Up to this many people, everyone is listed as a possible decider; past it they are found by
 * name (2 000 checkboxes took long to draw on the network screen, and no one reads them). */
export const DECIDERS_LISTED = 60;

/** Whom the activation form lists as deciders: everyone in a small network; in a larger one,
 * those already chosen and up to `DECIDERS_LISTED` others whose name matches `query`, in
 * the network's order (a box ticked does not move), with `more` matches left out. */
export function deciderChoices(people: Person[], chosen: string[], query: string): { shown: Person[]; more: number; finding: boolean } {
  if (people.length <= DECIDERS_LISTED) return { shown: people, more: 0, finding: false };
  const picked = new Set(chosen);
  const wanted = foldedWords(query);
  const shown: Person[] = [];
  let matched = 0;
  for (const p of people) {
    if (picked.has(p.id)) shown.push(p);
    else if (wanted.length && matchesWords(foldedWords(p.pseudonym), wanted) && matched++ < DECIDERS_LISTED) shown.push(p);
  }
  return { shown, more: Math.max(0, matched - DECIDERS_LISTED), finding: true };
}

/** The checklist of an activation, in the chain's order. */
export function checklist(log: ActivationLog): ChecklistRow[] {
  return log.chain.map((step) => ({
    person: step.person,
    state: step.mark?.outcome ?? "to-reach",
    at: step.mark?.at ?? null,
    through: step.mark?.through ?? null,
    fallbacks: step.fallbacks,
    calledBy: step.calledBy,
  }));
}

/** How many are reached (directly or through a fallback) out of all. */
export function progress(rows: ChecklistRow[]): { reached: number; total: number } {
  return { reached: rows.filter((r) => r.state === "reached" || r.state === "reached-through-fallback").length, total: rows.length };
}

/** The row a key moves to from `index` among `count`; null when the key does not move. */
export function moveTo(index: number, key: string, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return Math.min(index + 1, count - 1);
    case "ArrowUp":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The outcome a letter key marks (any case), or null. */
export function outcomeForKey(key: string): ChainOutcome | null {
  switch (key.toLowerCase()) {
    case "r":
      return "reached";
    case "n":
      return "not-reached";
    case "f":
      return "reached-through-fallback";
    default:
      return null;
  }
}

/** The fields of a means of contact that have something written, in the card's order. */
export function meansLines(means: MeansOfContact | undefined): { field: "phone" | "radio" | "meeting-point" | "other"; text: string }[] {
  if (!means) return [];
  const lines = [
    { field: "phone" as const, text: means.phone },
    { field: "radio" as const, text: means.radio },
    { field: "meeting-point" as const, text: means.meetingPoint },
    { field: "other" as const, text: means.other },
  ];
  return lines.filter((l) => l.text.trim() !== "");
}

/** A restricted value as shown before it is revealed: its length hidden too. */
export const MASK = "•••••";

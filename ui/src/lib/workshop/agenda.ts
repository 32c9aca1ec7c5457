// Which session of the day's agenda is on screen and which comes next, the agenda by day,
// and where a sticky note can be sorted into.
import type { AgendaItem, NoteTarget, Sensitivity, StickyNote, WorkshopPlan } from "../ipc/bindings";

/** Where a note can go once the workshop sorts it. */
export const NOTE_TARGETS: NoteTarget[] = ["context-note", "actor", "incident", "risk", "measure", "protocol-proposal"];

/** Who may see a note, from the widest. */
export const NOTE_SENSITIVITIES: Sensitivity[] = ["public", "community", "restricted"];

/** The session on screen: the one chosen, else the one running, else the next planned
 * (else the first). */
export function currentItem(plan: WorkshopPlan | null, chosen: string | null): AgendaItem | null {
  if (!plan) return null;
  return (
    plan.items.find((i) => i.id === chosen) ??
    plan.items.find((i) => i.status === "running") ??
    plan.items.find((i) => i.status === "planned") ??
    plan.items[0] ??
    null
  );
}

/** The next planned session after `current`, on its day or a later one. */
export const nextItem = (plan: WorkshopPlan | null, current: AgendaItem | null) =>
  plan && current ? plan.items.find((i) => i.status === "planned" && i.position > current.position && i.day >= current.day) : undefined;

/** The days the agenda spans, in its order. */
export const agendaDays = (plan: WorkshopPlan | null) => [...new Set(plan?.items.map((i) => i.day) ?? [])];

/** A day's sessions, in order. */
export const itemsOfDay = (plan: WorkshopPlan, day: number) => plan.items.filter((i) => i.day === day);

/** The notes taken during a session. */
export const notesOf = (plan: WorkshopPlan | null, item: string): StickyNote[] => plan?.notes.filter((n) => n.item === item) ?? [];

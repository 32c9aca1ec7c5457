// A case a network desk received, as the desk works on it: the choices its forms offer, the
// names of categories and profiles, what each person agreed to, and the case as it will be
// saved once a triage, an action or an outcome changes it (the core saves a whole case).
import type {
  ActionKind, ActionStatus, Addressee, CaseOutcome, CasePerson, DeskAction, OutcomeKind, ReceivedCase, Urgency,
} from "../ipc/bindings";

type Translate = (id: string, args?: Record<string, string | number>) => string;

export const ACTION_KINDS: ActionKind[] = ["letter", "petition", "media-brief", "un-submission", "regional-submission", "front-line-defenders", "protect-defenders"];
export const ADDRESSEES: Addressee[] = ["government", "prosecutor", "company", "embassy"];
export const ACTION_STATUSES: ActionStatus[] = ["draft", "sent", "done"];
export const OUTCOME_KINDS: OutcomeKind[] = ["release", "charges-dropped", "trial", "new-attack", "relocation", "protection-granted", "other"];
export const URGENCIES: Urgency[] = ["immediate", "urgent", "follow-up"];
/** The id of a record the core has not numbered yet: it gives a new outcome its id. */
export const NIL_ID = "00000000-0000-0000-0000-000000000000";

/** A label in the person's language, else in English. */
export const labelIn = (label: Record<string, string>, locale: string) => label[locale] ?? label.en;

/** A threat category's name, or its id when the desk does not know it. */
export function categoryName(categories: { id: string; label: Record<string, string> }[], id: string, locale: string) {
  const found = categories.find((x) => x.id === id);
  return found ? labelIn(found.label, locale) : id;
}

/** Ticks `id` in `list` (a triage's categories or profiles), or unticks it, in place. */
export function toggle(list: string[], id: string) {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
  else list.push(id);
}

/** "Real name (pseudonym)", or whichever of the two the community sent. */
export const personName = (t: Translate, p: CasePerson) =>
  p.realName && p.pseudonym ? t("desk-person-both", { name: p.realName, pseudonym: p.pseudonym }) : (p.realName ?? p.pseudonym);

/** What a person agreed to, "Name to authorities · Photos", or that they agreed to nothing. */
export const consentLine = (t: Translate, p: CasePerson) =>
  [p.nameToAuthorities ? t("consent-nameToAuthorities") : "", p.nameInPublic ? t("consent-nameInPublic") : "", p.photos ? t("consent-photos") : ""]
    .filter(Boolean)
    .join(" · ") || t("desk-consent-none");

/** A file's size in whole kilobytes, never 0. */
export const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** The case with the triage's fields taken from `triage`. */
export const withTriage = (c: ReceivedCase, triage: ReceivedCase): ReceivedCase => ({
  ...c, urgency: triage.urgency, categories: triage.categories, profiles: triage.profiles, region: triage.region, workingGroup: triage.workingGroup, closed: triage.closed,
});

/** The case with `action` saved in place, or added. */
export function withAction(c: ReceivedCase, action: DeskAction): ReceivedCase {
  const actions = [...c.actions];
  const i = actions.findIndex((a) => a.id === action.id);
  if (i >= 0) actions[i] = action;
  else actions.push(action);
  return { ...c, actions };
}

/** The case without the action `id`. */
export const withoutAction = (c: ReceivedCase, id: string): ReceivedCase => ({ ...c, actions: c.actions.filter((a) => a.id !== id) });

/** The case with a new outcome (the core gives it its id). */
export const withOutcome = (c: ReceivedCase, outcome: Omit<CaseOutcome, "id">): ReceivedCase => ({
  ...c, outcomes: [...c.outcomes, { id: NIL_ID, ...outcome } as CaseOutcome],
});

/** Signatories who agreed today, dated today. */
export function datedConsents(action: DeskAction, today: string): DeskAction {
  return { ...action, signatories: action.signatories.map((s) => (s.consented && !s.consentedOn ? { ...s, consentedOn: today } : s)) };
}

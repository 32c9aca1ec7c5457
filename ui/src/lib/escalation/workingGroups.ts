// The working groups of the network desks. They are never a fixed list: a desk names its own
// (the core has no enum of them, only strings), so they always come from the data.
import type { ContactView, Oversight, Trends } from "../ipc/bindings";

const sortedUnique = (groups: string[]) => [...new Set(groups)].sort();

/** A desk's own working groups: its members' groups and those its received cases carry
 * (a case without one is tallied under "", which is no group). */
export const deskWorkingGroups = (oversight: Oversight | null, trends: Trends) =>
  sortedUnique([...(oversight?.groups ?? []), ...trends.workingGroups.map((g) => g.key).filter(Boolean)]);

/** The working groups a community can send a case to: those the desks' members follow, as
 * the desks' signed contact files list them. */
export const contactsWorkingGroups = (desks: ContactView[]) =>
  sortedUnique(desks.flatMap((d) => d.contact.members?.members.flatMap((m) => m.workingGroups) ?? []));

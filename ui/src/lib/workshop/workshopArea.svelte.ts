// Workshops while their screens (the day's agenda and the handouts) are open.
import * as ipc from "../ipc/commands";
import type { WorkshopScreen } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";

/** What the print screen shows: a workshop's whole report, or one session's handout; or, with
 * `guide`, the facilitators' guide (the agenda with each session's facilitation notes). */
export type WorkshopPrintout = { workshop: string; item: string | null; guide?: boolean };

export class WorkshopArea extends Area<WorkshopScreen> {
  printout = $state<WorkshopPrintout>({ workshop: "", item: null });

  constructor(session: Session) {
    super(session, "workshop", () => ipc.getWorkshopScreen(null));
  }

  /** Undo reloads the workshop on screen, not the most recent one. */
  protected override reload() {
    return ipc.getWorkshopScreen(this.data?.plan?.workshop.id ?? null);
  }

  /** Goes to the print screen with the open workshop's report, or `item`'s handout. */
  print(item: string | null) {
    const plan = this.data?.plan;
    if (!plan) return;
    this.printout = { workshop: plan.workshop.id, item };
    this.session.screen = "workshop-print";
  }

  /** Goes to the print screen with the facilitators' guide of the open workshop. */
  printGuide() {
    const plan = this.data?.plan;
    if (!plan) return;
    this.printout = { workshop: plan.workshop.id, item: null, guide: true };
    this.session.screen = "workshop-print";
  }

  override clear() {
    super.clear();
    this.printout = { workshop: "", item: null };
  }
}

// Cases for the solidarity network (and, on a desk, the cases received) while their screens
// are open, with where the person was so that coming back from printing lands there again.
import * as ipc from "../ipc/commands";
import type { EscalationScreen } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";

/** The escalation screen's tab and the received case open on it. */
export type EscalationPlace = { tab: string; received: string | null };

const FIRST_PLACE: EscalationPlace = { tab: "cases", received: null };

export class EscalationArea extends Area<EscalationScreen> {
  place = $state<EscalationPlace>({ ...FIRST_PLACE });
  /** What the desk print screen shows: one action of a received case, or (null) the impact
   * report. */
  deskPrint = $state<{ received: string; action: string } | null>(null);

  constructor(session: Session) {
    super(session, "escalation", ipc.getEscalationScreen);
  }

  /** Goes to the desk print screen with `action` of the case `received`, or the impact report. */
  print(target: { received: string; action: string } | null) {
    this.deskPrint = target;
    this.session.screen = "desk-print";
  }

  override clear() {
    super.clear();
    this.place = { ...FIRST_PLACE };
    this.deskPrint = null;
  }
}

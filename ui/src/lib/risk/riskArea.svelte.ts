// The risk analysis while its screens (sections and the printable register) are open.
import * as ipc from "../ipc/commands";
import type { RiskScreen } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";
import type { RiskSection } from "../workshop/guide";

export class RiskArea extends Area<RiskScreen> {
  /** The section the next arrival shows (a workshop session opening the part it fills); not
   * reactive: the view reads it once, when it mounts. */
  private landing: RiskSection | null = null;

  constructor(session: Session) {
    super(session, "risks", ipc.getRiskScreen);
  }

  /** Opens the risk analysis on `section`. */
  openAt(section: RiskSection) {
    this.landing = section;
    return this.open();
  }

  /** The section to arrive on, once; null for the view's own first section. */
  takeLanding(): RiskSection | null {
    const section = this.landing;
    this.landing = null;
    return section;
  }

  /** The printable register of the same analysis. */
  printRegister() {
    this.session.screen = "register";
  }
}

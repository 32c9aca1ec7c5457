// The risk analysis while its screens (sections and the printable register) are open.
import * as ipc from "../ipc/commands";
import type { RiskScreen } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";

export class RiskArea extends Area<RiskScreen> {
  constructor(session: Session) {
    super(session, "risks", ipc.getRiskScreen);
  }

  /** The printable register of the same analysis. */
  printRegister() {
    this.session.screen = "register";
  }
}

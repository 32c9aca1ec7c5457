// The community protocol while its screens (editing and printing) are open.
import * as ipc from "../ipc/commands";
import type { ProtocolScreen } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";
import type { Tab } from "./records";

/** What the print screen shows: the full protocol (a version, or the draft when null) or the
 * pocket cards. */
export type ProtocolPrintout = { mode: "protocol" | "cards"; version: string | null };

export class ProtocolArea extends Area<ProtocolScreen> {
  printout = $state<ProtocolPrintout>({ mode: "protocol", version: null });

  /** The tab the next arrival shows (a workshop session opening the part it fills); not
   * reactive: the view reads it once, when it mounts. */
  private landing: Tab | null = null;

  constructor(session: Session) {
    super(session, "protocol", ipc.getProtocolScreen);
  }

  /** Opens the protocol on `tab`. */
  openAt(tab: Tab) {
    this.landing = tab;
    return this.open();
  }

  /** The tab to arrive on, once; null for the view's own first tab. */
  takeLanding(): Tab | null {
    const tab = this.landing;
    this.landing = null;
    return tab;
  }

  /** Goes to the print screen showing `mode` (of `version`, or the draft). */
  print(mode: ProtocolPrintout["mode"], version: string | null = null) {
    this.printout = { mode, version };
    this.session.screen = "protocol-print";
  }

  override clear() {
    super.clear();
    this.printout = { mode: "protocol", version: null };
  }
}

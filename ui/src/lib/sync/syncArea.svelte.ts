// The laptops sharing the vault while their screen is open.
import * as ipc from "../ipc/commands";
import type { SyncPage } from "../ipc/bindings";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";

export class SyncArea extends Area<SyncPage> {
  constructor(session: Session) {
    super(session, "sync", ipc.getSyncPage);
  }

  /** What arrived over the local network is shown at once when this screen is open. */
  async refreshIfShown() {
    if (this.session.screen === "sync") this.show(await ipc.getSyncPage(), false);
  }
}

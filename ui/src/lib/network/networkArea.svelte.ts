// The network while its screen is open, with the territory photo drawn under the map.
import { formatError } from "../i18n/i18n.svelte";
import * as ipc from "../ipc/commands";
import type { NetworkScreen } from "../ipc/bindings";
import type { Point } from "./layout";
import { Area } from "../state/area.svelte";
import type { Session } from "../state/session.svelte";

export class NetworkArea extends Area<NetworkScreen> {
  /** The territory photo as a data URL, or null when there is none (or not fetched yet). */
  photo = $state<string | null>(null);
  /** Where the map last drew each person, actor and place, for as long as the vault is open:
   * coming back to the map (or adding someone) lays out only newcomers, and nobody already
   * drawn moves. Not reactive: the map reads and extends it while laying out. */
  readonly drawn = new Map<string, Point>();

  constructor(session: Session) {
    super(session, "network", ipc.getNetworkScreen);
  }

  /** Fetches the territory photo (when the screen opens); a failure goes to the screen's
   * error line, without making the screen busy. */
  async loadPhoto() {
    try {
      this.photo = (await ipc.territoryMap())?.dataUrl ?? null;
    } catch (e) {
      this.activity.error = formatError(e);
    }
  }

  /** Undo may bring a photo back or take it away: it is fetched with the screen. */
  protected override async reload() {
    this.photo = (await ipc.territoryMap())?.dataUrl ?? null;
    return this.load();
  }

  /** Arriving on the screen: the photo is fetched again (see `loadPhoto`), none meanwhile. */
  override reopen() {
    super.reopen();
    this.photo = null;
  }

  override clear() {
    super.clear();
    this.photo = null;
    this.drawn.clear();
  }
}

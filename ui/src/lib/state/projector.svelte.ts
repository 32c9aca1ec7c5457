// The projector window as an area of the app sees it: open or not, and blank on request.
// What it shows always goes through the core (ipc.projectSection / ipc.projectItem), which
// leaves restricted records out and puts pseudonyms in place of real names.
import * as ipc from "../ipc/commands";
import type { Activity } from "./activity.svelte";

export class Projector {
  /** Whether this area is showing things on the projector. */
  on = $state(false);

  constructor(private activity: Activity) {}

  /** Opens the projector window (or brings it forward), then shows `first` or a blank screen. */
  async open(first?: () => Promise<unknown>) {
    if (await this.activity.attempt(() => ipc.openProjector())) {
      this.on = true;
      await this.activity.attempt(first ?? (() => ipc.blankProjector()));
    }
  }

  /** Stops following this area and closes the projector window (blanked first, in the
   * core): no empty black window is left in front of the room. */
  async stop() {
    this.on = false;
    await this.activity.attempt(() => ipc.closeProjector());
  }

  /** Blanks the projector: the room looks at the facilitator, or something private is next. */
  blank() {
    return this.activity.attempt(() => ipc.blankProjector());
  }

  /** B blanks the projector, as in presentation software, when not typing. True if handled. */
  blankKey(event: KeyboardEvent): boolean {
    const inField = event.target instanceof HTMLElement && event.target.closest("input, textarea, select");
    if (!this.on || inField || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== "b") return false;
    event.preventDefault();
    void this.blank();
    return true;
  }
}

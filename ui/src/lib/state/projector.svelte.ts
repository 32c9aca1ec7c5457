// The projector window as an area of the app sees it: open or not, and blank on request.
// What it shows always goes through the core (ipc.projectSection / ipc.projectItem), which
// leaves restricted records out and puts pseudonyms in place of real names.
import * as ipc from "../ipc/commands";
import type { Projection } from "../ipc/bindings";
import type { Activity } from "./activity.svelte";

export class Projector {
  /** Whether this area is showing things on the projector. */
  on = $state(false);
  /** Whether it shows them in this window (presentation mode, for one mirrored screen)
   * rather than in a projector window. */
  presenting = $state(false);
  /** What presentation mode shows: the last projection the core returned or sent to this
   * window. The facilitator's window may not read the projector's state itself (only the
   * projector window may: see capabilities), so it keeps what it was handed. */
  shown = $state<Projection | null>(null);

  constructor(private activity: Activity) {}

  /** Opens the projector window (or brings it forward), then shows `first` or a blank screen. */
  async open(first?: () => Promise<unknown>) {
    if (await this.activity.attempt(() => ipc.openProjector())) {
      this.on = true;
      await this.activity.attempt(first ?? (() => ipc.blankProjector()));
    }
  }

  /** Presentation mode: this window shows only what the projector would (for a projector
   * that mirrors this screen, the common case), then `first` or a blank screen. The way back
   * is a key (Escape), not a button the room would see and anyone could click. */
  async present(first?: () => Promise<unknown>) {
    if (this.on && !this.presenting) await this.stop();
    this.on = true;
    this.presenting = true;
    this.shown = null;
    await this.activity.attempt(async () => this.follow(await (first ?? (() => ipc.blankProjector()))()));
  }

  /** Keeps a projection the core returned or sent (anything else is ignored). */
  follow(projection: unknown) {
    if (projection && typeof projection === "object" && "hidden" in projection) this.shown = projection as Projection;
  }

  /** F5 starts presentation mode, as in presentation software. True if handled. */
  presentKey(event: KeyboardEvent, first?: () => Promise<unknown>): boolean {
    if (event.key !== "F5" || this.presenting || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    void this.present(first);
    return true;
  }

  /** Stops following this area and closes the projector window, or leaves presentation mode
   * (blanked first, in the core): no empty black window is left in front of the room. */
  async stop() {
    this.on = false;
    this.presenting = false;
    this.shown = null;
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

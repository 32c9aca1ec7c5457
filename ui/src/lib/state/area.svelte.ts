// What every area of an open vault (risks, network, protocol, workshops, escalation, sync)
// does the same way: it holds its screen's data while open, shows it (going there, or only
// refreshing it when an edit's answer arrives), runs one edit at a time with its error on the
// screen, offers undo in a toast, and forgets everything when the vault locks.
//
// NOTE: what is being typed or which tab is open stays in the view; the area holds only what
// came from the vault and what the person was told about it.
import { untrack } from "svelte";
import { t } from "../i18n/i18n.svelte";
import type { Home } from "../ipc/bindings";
import { Activity } from "./activity.svelte";
import { undoRedo } from "./history";
import { keepUnchanged } from "./unchanged";
import type { Screen, Session } from "./session.svelte";

/** A short message at the bottom of the screen, with an undo button when `undo` is true. */
export type Toast = { message: string; undo: boolean };

/** How an edit is told apart from a plain refresh: what to say once it succeeded. */
export type EditOptions = {
  /** Where a failure is shown instead of the screen's error line (a form's own error). */
  onError?: (message: string) => void;
  /** Whether the toast offers undo. @default true */
  undo?: boolean;
};

export class Area<S extends { home: Home }> {
  /** The screen's data while the area is open; null before and after (a lock clears it).
   * Raw, not deeply reactive: it is only ever replaced whole, never changed in place, and a
   * deep proxy over the network screen of 2 000 people made every read of it cost (the
   * reload after an edit took twice as long, measured in the map benchmark). */
  data = $state.raw<S | null>(null);
  /** The last thing said about an edit, until dismissed or the area is left. */
  toast = $state<Toast | null>(null);
  /** One action at a time: busy while it runs, its failure in words. */
  readonly activity = new Activity();
  /** Steps back through the change log and shows the area as it now is; true if it did. */
  readonly undo: () => Promise<boolean>;
  /** Steps forward again; true if it did. */
  readonly redo: () => Promise<boolean>;

  /** `screen` is where `show` goes, `load` fetches this area's data again (after undo). */
  constructor(
    protected readonly session: Session,
    readonly screen: Screen,
    protected readonly load: () => Promise<S>,
  ) {
    session.hold(this);
    const travel = undoRedo(this.run, () => this.reload(), (message, canUndoAgain) => this.say(t(message), canUndoAgain));
    this.undo = travel.undo;
    this.redo = travel.redo;
  }

  /** Fetches the area's data and goes there (from the home). */
  async open() {
    this.show(await this.load());
  }

  /** Takes the screen's data and, unless `go` is false, goes there with nothing said yet.
   *
   * A view refreshing itself after an edit passes false: an answer that arrives after the
   * person left (Save, then Back at once on a slow laptop) must not pull them back. */
  show(data: S, go = true) {
    // What did not change keeps its identity, so the screen redoes only what did (unchanged.ts).
    this.data = keepUnchanged(untrack(() => this.data), data);
    this.session.home = this.data.home;
    if (go) this.reopen();
  }

  /** Goes back to the area's screen as it was left (from its print screen), with a fresh
   * error line and no toast, as on any arrival. */
  reopen() {
    this.toast = null;
    this.activity.error = "";
    this.session.screen = this.screen;
  }

  /** Runs an action that answers with the screen's data, and shows it without navigating;
   * true if it succeeded. A failure goes to `onError`, by default the screen's error line. */
  run = (action: () => Promise<S>, onError?: (message: string) => void): Promise<boolean> =>
    this.activity.attempt(async () => this.show(await action(), false), onError);

  /** Runs an edit like `run` and, once it succeeded, says `message` (text, or a function
   * that makes it from what the edit left) with undo offered. */
  async edit(action: () => Promise<S>, message: string | (() => string), options: EditOptions = {}): Promise<boolean> {
    const ok = await this.run(action, options.onError);
    if (ok) this.say(typeof message === "function" ? message() : message, options.undo ?? true);
    return ok;
  }

  /** Shows `message` in the toast; `undo` adds the undo button. */
  say(message: string, undo = false) {
    this.toast = { message, undo };
  }

  /** Fetches the screen's data again (after undo or redo). */
  protected reload(): Promise<S> {
    return this.load();
  }

  /** Back to the home, with the home this area last saw. */
  back() {
    if (this.data) this.session.home = this.data.home;
    this.session.screen = "home";
  }

  /** Forgets the vault's data and what was said about it. */
  clear() {
    this.data = null;
    this.toast = null;
    this.activity.error = "";
  }
}

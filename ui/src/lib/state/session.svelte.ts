// What is app-wide: which screen is shown, the app's settings, the open vault's home and the
// flags about how it was opened. Each area's own screen data lives in its controller
// (lib/<area>/*Area.svelte.ts), which the session holds only to clear it: locking forgets
// everything of the vault, in every area.
import type { AppInfo, Home, SplitMade } from "../ipc/bindings";

/** Something holding a vault's data that a lock must drop. */
export interface Forgettable {
  clear(): void;
}

export type Screen = "loading" | "welcome" | "create" | "recovery" | "unlock" | "home" | "settings" | "risks" | "register" | "network" | "protocol" | "protocol-print" | "workshop" | "workshop-print" | "escalation" | "desk-print" | "sync" | "join" | "share-cards" | "recover-shares";

export class Session {
  screen = $state<Screen>("loading");
  info = $state<AppInfo | null>(null);
  /** Replaced whole, never changed in place: raw, like the areas' data (area.svelte.ts). */
  home = $state.raw<Home | null>(null);
  /** After joining from an invitation: this laptop's fingerprint, shown with the recovery key
   * so the person compares it with the inviting laptop's. */
  joinedCode = $state<string | null>(null);
  /** Shown once after creating a vault, then dropped. */
  recoveryKey = $state<string | null>(null);
  /** A new split's shares, shown once on the cards screen; the labels say who each is for
   * (on screen only: a card never names its holder). */
  shareSplit = $state<{ made: SplitMade; holders: string[] } | null>(null);
  /** The folder the unlock screen offers. */
  unlockDir = $state("");
  /** A message id to show on the unlock screen (e.g. after an automatic lock). */
  notice = $state<{ id: string; args?: Record<string, string> } | null>(null);
  /** True while the demo community is open. */
  demo = $state(false);
  /** Opened with the paper recovery key this time: the home says what happened and offers to
   * review the passphrases (the old one, perhaps known to someone else, still opens it). */
  recovered = $state(false);

  /** The areas whose data a lock clears (see `hold`). */
  #held: Forgettable[] = [];

  /** Registers `area` so that `clear` (and so every lock) drops its data too. */
  hold(area: Forgettable) {
    this.#held.push(area);
  }

  opened(home: Home, demo = false) {
    this.home = home;
    this.demo = demo;
    this.notice = null;
    this.screen = "home";
  }

  /** Forgets everything about the vault: what a lock must leave behind is nothing. */
  clear() {
    this.recovered = false;
    this.home = null;
    for (const area of this.#held) area.clear();
    this.joinedCode = null;
    this.recoveryKey = null;
    this.shareSplit = null;
    this.demo = false;
  }

  /** The screen after locking: unlock the most recent vault, or the welcome screen. */
  locked(notice: Session["notice"] = null) {
    this.clear();
    this.notice = notice;
    const recent = this.info?.recentVaults[0]?.path;
    this.unlockDir = recent ?? "";
    this.screen = recent ? "unlock" : "welcome";
  }
}

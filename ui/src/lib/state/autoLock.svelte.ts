// Auto-lock is decided in Rust, on the wall clock (a timer here would stop while the laptop
// sleeps). This only tells Rust that the person is active, at most once per `every` ms, and
// only while auto-lock is on. Rust locks and tells the page through the channel of
// `watchLocks` (lib/ipc/commands.ts).

const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

export class AutoLock {
  #minutes = 0;
  #last = -Infinity;
  #onActivity: () => void;
  #every: number;
  #now: () => number;
  #seen = () => {
    const now = this.#now();
    if (now - this.#last < this.#every) return;
    this.#last = now;
    this.#onActivity();
  };

  constructor(onActivity: () => void, every = 5_000, now: () => number = () => Date.now()) {
    this.#onActivity = onActivity;
    this.#every = every;
    this.#now = now;
  }

  /** Starts reporting activity; 0 minutes never locks, so nothing is reported. */
  start(minutes: number, target: EventTarget = window) {
    this.stop(target);
    this.#minutes = minutes;
    if (minutes <= 0) return;
    for (const type of ACTIVITY) target.addEventListener(type, this.#seen, { passive: true });
  }

  stop(target: EventTarget = window) {
    this.#last = -Infinity;
    for (const type of ACTIVITY) target.removeEventListener(type, this.#seen);
  }

  get minutes() {
    return this.#minutes;
  }
}

/** Why Rust locked the vault (`AutoLocked` from the bindings) as the notice on the unlock screen. */
export function lockedNotice(locked: { reason: "idle" | "sleep" | "sessionLocked"; minutes: number }) {
  switch (locked.reason) {
    case "idle":
      return { id: "unlock-auto-locked", args: { minutes: String(locked.minutes) } };
    case "sleep":
      return { id: "unlock-locked-sleep" };
    case "sessionLocked":
      return { id: "unlock-locked-screen" };
  }
}

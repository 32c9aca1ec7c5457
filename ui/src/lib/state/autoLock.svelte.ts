// Locks the vault after a number of minutes without keyboard or pointer activity.

const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

export class AutoLock {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #minutes = 0;
  #onLock: () => void;
  #reset = () => this.#arm();

  constructor(onLock: () => void) {
    this.#onLock = onLock;
  }

  /** Starts watching; 0 minutes never locks. */
  start(minutes: number, target: EventTarget = window) {
    this.stop(target);
    this.#minutes = minutes;
    if (minutes <= 0) return;
    for (const type of ACTIVITY) target.addEventListener(type, this.#reset, { passive: true });
    this.#arm();
  }

  stop(target: EventTarget = window) {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const type of ACTIVITY) target.removeEventListener(type, this.#reset);
  }

  get minutes() {
    return this.#minutes;
  }

  #arm() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#onLock();
    }, this.#minutes * 60_000);
  }
}

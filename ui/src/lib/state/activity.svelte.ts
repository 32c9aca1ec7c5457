// One action at a time on a screen: while it runs the screen's buttons are disabled, and if
// it fails, what went wrong is shown in the person's language and nothing else happens.
import { formatError } from "../i18n/i18n.svelte";

export class Activity {
  busy = $state(false);
  error = $state("");

  /** Runs `action`; true if it succeeded. A failure goes to `onError` (by default the
   * screen's error line). */
  async attempt(action: () => Promise<unknown>, onError: (message: string) => void = (m) => (this.error = m)): Promise<boolean> {
    this.busy = true;
    this.error = "";
    try {
      await action();
      return true;
    } catch (e) {
      onError(formatError(e));
      return false;
    } finally {
      this.busy = false;
    }
  }
}

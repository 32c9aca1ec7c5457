// Undo and redo from any area of an open vault: step through the change log, then show the
// area as it now is and say what happened.
import * as ipc from "../ipc/commands";

/** Undo and redo for an area. `run` is the area's way of running an action that returns its
 * screen (busy state, error line); `reload` fetches the screen again; `done` is told the
 * message id to show and whether undo is still offered. Each of `undo` and `redo` resolves to
 * true once the step was taken and the screen shown. */
export function undoRedo<S>(
  run: (action: () => Promise<S>) => Promise<boolean>,
  reload: () => Promise<S>,
  done: (message: string, canUndoAgain: boolean) => void,
) {
  const travel = async (step: () => Promise<unknown>, message: string, canUndoAgain: boolean) => {
    const ok = await run(async () => {
      await step();
      return reload();
    });
    if (ok) done(message, canUndoAgain);
    return ok;
  };
  return {
    undo: () => travel(ipc.undo, "home-undone", false),
    redo: () => travel(ipc.redo, "home-redone", true),
  };
}

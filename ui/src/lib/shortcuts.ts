// The keyboard shortcuts of every editing screen, in one place so they behave the same.

/** Ctrl/⌘+L locks the vault; Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes the last
 * edit, unless the focus is in a field, where the field's own undo of typing applies. */
export function editingShortcuts(
  event: KeyboardEvent,
  actions: { lock: () => void; undo: () => void; canUndo: boolean; redo?: () => void; canRedo?: boolean },
) {
  const command = event.ctrlKey || event.metaKey;
  if (!command) return;
  const inField = event.target instanceof HTMLElement && event.target.closest("input, textarea, select");
  const key = event.key.toLowerCase();
  if (key === "l") {
    event.preventDefault();
    actions.lock();
  } else if (inField) {
    return;
  } else if ((key === "z" && event.shiftKey) || key === "y") {
    if (actions.canRedo && actions.redo) {
      event.preventDefault();
      actions.redo();
    }
  } else if (key === "z" && actions.canUndo) {
    event.preventDefault();
    actions.undo();
  }
}

/** The panic key, Ctrl/⌘+Shift+L. It is the lock shortcut (Ctrl+L) with Shift added, so a
 * person who knows how to lock finds it with one hand in a hurry; no screen and no field of
 * the web view uses it, and a press by accident costs nothing but a lock (every edit is
 * already saved). The Pause key was not chosen: most laptops sold today have none. */
export function isPanicKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === "l";
}

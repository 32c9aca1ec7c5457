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

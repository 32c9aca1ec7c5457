// The interface's text size. Every length in the style sheets is in rem, so setting the root's
// font size scales every screen, the projector's and the prints' included; the core keeps the
// chosen size for this computer (AppInfo.textSize) and offers the same steps as TEXT_SIZES.

/** The sizes offered, in percent of the usual 17px (the same list as the core's). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** The usual root size, in px (tokens.css). */
const BASE_PX = 17;

/** Applies `percent` to the whole page. */
export function applyTextSize(percent: number, root: HTMLElement = document.documentElement) {
  root.style.fontSize = percent === 100 ? "" : `${(BASE_PX * percent) / 100}px`;
}

/** The size Ctrl/⌘ with +, − or 0 asks for from `current`, as in a web browser; null for any
 * other key, and at either end of the list. */
export function textSizeFromKey(event: KeyboardEvent, current: number): number | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const at = TEXT_SIZES.findIndex((size) => size >= current);
  const index = at === -1 ? TEXT_SIZES.length - 1 : at;
  let next: number | undefined;
  if (event.key === "+" || event.key === "=") next = TEXT_SIZES[index + (TEXT_SIZES[index] === current ? 1 : 0)];
  else if (event.key === "-" || event.key === "_") next = TEXT_SIZES[index - 1];
  else if (event.key === "0") next = 100;
  return next === undefined || next === current ? null : next;
}

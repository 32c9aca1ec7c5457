// Finding by name as people type: lower case, accents removed ("Petén" and "peten" fold
// alike), every typed word the start of a word of the name. Used by the region picker and
// by the alert's list of deciders.

/** Lower case, accents removed. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The folded words of `text`, for matching. */
export function foldedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether each wanted word starts a word of `words`. */
export function matchesWords(words: string[], wanted: string[]): boolean {
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

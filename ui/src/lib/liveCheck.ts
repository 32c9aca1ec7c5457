// The consent check while a desk types: the core is asked once the typing pauses, and an
// answer about words already changed again is dropped, so the finding beside the text field is
// always about the words in it (or about none yet, while they are being checked).

/** Calls `check` with the latest words once `delay` ms pass without a change; `onresult` gets
 * each answer still about the latest words, `onerror` a failure. */
export function liveCheck<W, R>(
  check: (words: W) => Promise<R>,
  onresult: (result: R, words: W) => void,
  delay = 400,
  onerror: (error: unknown) => void = () => {},
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;
  return {
    /** The words changed. */
    update(words: W) {
      if (timer) clearTimeout(timer);
      const ask = ++asked;
      timer = setTimeout(async () => {
        timer = null;
        try {
          const result = await check(words);
          if (ask === asked) onresult(result, words);
        } catch (e) {
          if (ask === asked) onerror(e);
        }
      }, delay);
    },
    /** The editor closed: nothing more is asked or reported. */
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      asked++;
    },
  };
}

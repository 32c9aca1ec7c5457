/**
 * Asks for a current passphrase (or the paper key) before something leaves the vault in
 * plaintext. The secret goes straight to the one command that needs it and is not kept.
 */
export class SecretPrompt {
  open = $state(false);
  #resolve: ((secret: string | null) => void) | null = null;

  /** Resolves with what was typed, or `null` if the person cancelled. */
  ask(): Promise<string | null> {
    this.#resolve?.(null);
    this.open = true;
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  answer(secret: string | null) {
    this.open = false;
    const resolve = this.#resolve;
    this.#resolve = null;
    resolve?.(secret);
  }
}

// A minimal W3C WebDriver client over fetch (Node 20): enough to drive the real Tejido app
// through tauri-driver without pulling a test framework into the repository.

import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The environment of a run whose every place the app may write (config, data, cache,
 * state, temporary files) is under the throwaway folder `home`. */
export function homeEnvironment(home) {
  mkdirSync(join(home, "tmp"), { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local/share"),
    XDG_CACHE_HOME: join(home, ".cache"),
    XDG_STATE_HOME: join(home, ".local/state"),
    TMPDIR: join(home, "tmp"),
  };
}

/** Starts tauri-driver on `port` (its WebKitWebDriver on the next one) and waits until it
 * answers; returns the process, to kill at the end. */
export async function startDriver(port, env, stdio = ["ignore", "ignore", "inherit"]) {
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], { env, stdio });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return driver;
    } catch {}
    await sleep(100);
  }
  driver.kill();
  throw new Error("tauri-driver did not start");
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application, timeoutMs = 60000) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application } } } };
    const reply = await request(base, "POST", "/session", body, timeoutMs);
    return new Session(base, reply.sessionId ?? reply.value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body).then((r) => r.value);
  }

  async find(testId, { timeoutMs = 15000 } = {}) {
    return this.findCss(`[data-testid="${testId}"]`, { timeoutMs });
  }

  /** Waits until an element matching `css` exists and is displayed, then returns its id. */
  async findCss(css, { timeoutMs = 15000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        const found = await this.cmd("POST", "/element", { using: "css selector", value: css });
        const id = found[ELEMENT];
        if (await this.cmd("GET", `/element/${id}/displayed`)) return id;
      } catch (error) {
        last = error;
      }
      await sleep(150);
    }
    throw new Error(`no visible element ${css} after ${timeoutMs} ms (${last?.message ?? "hidden"})`);
  }

  async all(css) {
    const found = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return found.map((e) => e[ELEMENT]);
  }

  async click(testId) {
    const id = await this.find(testId);
    // As a person would: bring it to the middle of the window first, so a toast fixed at the
    // bottom (or the panic button at the top) never sits over it.
    await this.script("arguments[0].scrollIntoView({ block: 'center' })", [{ [ELEMENT]: id }]).catch(() => {});
    await this.cmd("POST", `/element/${id}/click`, {});
  }

  async type(testId, text, { clear = true } = {}) {
    const id = await this.find(testId);
    if (clear) await this.cmd("POST", `/element/${id}/clear`, {});
    await this.cmd("POST", `/element/${id}/value`, { text });
  }

  /** The element's rendered text. WebKitWebDriver's own text command fails on some subtrees
   * (a <datalist> inside: "Cannot check the displayedness of a non-Element argument"), so it is
   * the browser's innerText, read once the element is visible. */
  async text(testId) {
    await this.find(testId);
    return this.script(`return document.querySelector('[data-testid="${testId}"]').innerText`);
  }

  async waitForView(view, timeoutMs = 20000) {
    await this.findCss(`[data-view="${view}"]`, { timeoutMs });
  }

  /** Waits until `check()` returns a truthy value; returns it. */
  async until(what, check, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        const value = await check();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      await sleep(200);
    }
    throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
  }

  script(source, args = []) {
    return this.cmd("POST", "/execute/sync", { script: source, args });
  }

  /** Runs `source` as an asynchronous script: it ends by calling its last argument. */
  scriptAsync(source, args = []) {
    return this.cmd("POST", "/execute/async", { script: source, args });
  }

  /** Presses keys on whatever has the focus, as a person at the keyboard does (WebDriver
   * Actions, no element targeted): each entry is a key, or an array of keys held together
   * (modifiers first), e.g. `["\uE008", "\uE004"]` for Shift+Tab. */
  async press(...keys) {
    const actions = [];
    for (const key of keys) {
      const chord = Array.isArray(key) ? key : [key];
      for (const k of chord) actions.push({ type: "keyDown", value: k });
      for (const k of [...chord].reverse()) actions.push({ type: "keyUp", value: k });
    }
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions").catch(() => {});
  }

  async end() {
    await request(this.base, "DELETE", `/session/${this.id}`).catch(() => {});
  }
}

async function request(base, method, path, body, timeoutMs = 30000) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || json?.value?.error) {
    throw new Error(`${method} ${path}: ${json?.value?.error ?? response.status} ${json?.value?.message ?? ""}`);
  }
  return json;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

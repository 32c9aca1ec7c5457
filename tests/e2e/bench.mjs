// Cold start and idle memory of the desktop app, as ratios against an empty Tauri window
// built the same way (src-tauri/crates/bench-window), measured in the same run (issue 26). Every
// time is read on the page's own clock (the app's marks, the baseline's load event, or the
// animation frame that first finds a screen) against the moment the bench asked WebDriver to
// launch the binary, so no polling interval is in them.
//
//   emptyWindowMs      launch → the empty window's page loaded
//   firstScreenMs      launch → the app's first usable screen: the unlock screen of the vault
//                      it opened last (App.svelte marks `tejido:first-screen` once it is drawn)
//   unlockMs           the passphrase submitted on that screen → the home drawn (the shorter
//                      of two, locked in between: on a shared machine others only add to it)
//   scryptMs           a wrong passphrase submitted → its error drawn: one scrypt at the pinned
//                      work factor (the vault has one passphrase slot) and nothing else, in the
//                      same app, the same launch — the unlock's floor (`tejido bench vault`'s
//                      scrypt line, measured through the app); the shorter of two tries
//   coldStartMs        firstScreenMs + unlockMs − scryptMs, per round: launch to a usable home,
//                      the scrypt left out (decrypting the vault and drawing its home are in)
//   demoStartMs        a first start (no vault yet): launch → the demo community's home, which
//                      creates the demo (its scrypt included); demoOpenMs is that `open_demo`
//   idleRssMiB         RSS summed over the process and its WebKit children after 5 s idling
//                      with the demo open (the baseline: its empty page); ...WebProcess... the
//                      web process alone; firstScreenRssMiB idling on the unlock screen
// plus where the first screen's time goes: launch → the page's navigation start (process,
// Rust setup, the web view), → the app's scripts evaluated (main.ts ran), → the screen.
// The ratios (`...Ratio`) divide by the empty window's figure of the same run.
//
// Run with `bash tests/e2e/bench.sh` (builds both, runs under Xvfb); `--json` prints the named
// fields only, `--release` builds and measures both optimised (TEJIDO_BENCH_BUILD=release
// here). Medians of ROUNDS (3). TEJIDO_BENCH_APP=<binary> measures another build of the app
// (one kept from before a change) against the same baseline.

import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { homeEnvironment, Session, sleep, startDriver } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.TEJIDO_E2E_PORT ?? 4580);
const base = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.ROUNDS ?? 3);
const json = process.argv.includes("--json");
const log = (line) => json || console.error(line);

const homes = [];
/** A new home folder for one launch (its config, data and the demo); removed at the end. */
function freshHome() {
  homes.push(mkdtempSync(join(tmpdir(), "tejido-bench-")));
  return homes.at(-1);
}


/** Every process's parent, from /proc. */
function parents() {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {}
  }
  return children;
}

function descendants(pid, children = parents()) {
  const all = [];
  const walk = (p) => {
    all.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return all;
}

/** RSS in KiB of `pid` and every process below it (`total`), and of its web process alone
 * (`web`: the page, its scripts and what WebKit draws), the rest being the app's own process
 * (Rust, the binary's code) and WebKit's network process. */
function treeRss(pid) {
  let total = 0;
  let web = 0;
  for (const p of descendants(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const kib = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      total += kib;
      if (/^Name:\s+WebKitWebProces/m.test(status)) web += kib;
    } catch {}
  }
  return { total, web };
}

/** The pid of `binary` started under this bench's tauri-driver (not another run's, on a shared
 * machine where the end-to-end tests may run the same binary at the same time). */
function pidOf(binary, driver) {
  for (const p of descendants(driver)) {
    try {
      if (readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")[0] === binary) return p;
    } catch {}
  }
  throw new Error(`${binary} is not running`);
}

const alive = (pid) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z");
  } catch {
    return false;
  }
};

/** Starts tauri-driver with `home`, launches `binary`, runs `body(app, launchedAt, pid)`. */
async function launch(binary, home, body) {
  const driver = await startDriver(port, homeEnvironment(home), "ignore");
  try {
    const launchedAt = Date.now();
    const app = await Session.start(base, binary);
    const pid = pidOf(binary, driver.pid);
    try {
      return await body(app, launchedAt, () => pid);
    } finally {
      await app.end();
      // The next launch must start a new process: one still closing would take it over (the
      // app is single-instance) and the launch would never reach WebDriver.
      for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
      if (alive(pid)) process.kill(pid);
    }
  } finally {
    driver.kill();
    await sleep(500);
  }
}

/** On the page's clock (epoch ms), once `css` is on the page: when it was first seen there (the
 * app's mark `tejido:first-screen` if it set one, else the animation frame that found it — a
 * build from before the mark, run as TEJIDO_BENCH_APP), navigation start, main.ts run. */
const PAGE_TIMES = `
  const [css, done] = arguments;
  const check = () => {
    if (!document.querySelector(css)) return requestAnimationFrame(check);
    const seen = performance.timeOrigin + performance.now();
    const at = (name, type) => performance.getEntriesByName(name, type)[0];
    const mark = at("tejido:first-screen", "mark");
    const scripts = at("tejido:scripts", "mark");
    const demo = at("tejido:open-demo", "measure");
    done({
      navigation: performance.timeOrigin,
      scripts: scripts ? performance.timeOrigin + scripts.startTime : null,
      ready: mark ? Math.min(seen, performance.timeOrigin + mark.startTime) : seen,
      demoOpen: demo ? demo.duration : null,
    });
  };
  check();
`;

/** Submits the unlock form with what is typed in it and times, on the page's clock, until
 * `css` is on the page (the home, or the wrong passphrase's error). */
const TIMED_SUBMIT = `
  const [css, done] = arguments;
  const started = performance.now();
  const check = () => document.querySelector(css) ? done(performance.now() - started) : requestAnimationFrame(check);
  document.querySelector('[data-testid="unlock-submit"]').click();
  // From the next frame: by then the screen has dropped the previous attempt's error.
  requestAnimationFrame(check);
`;

async function emptyWindow(binary) {
  return launch(binary, freshHome(), async (app, launchedAt, pid) => {
    const loaded = await app.until("the empty page", () => app.script("const n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0 ? performance.timeOrigin + n.loadEventEnd : null"), 60000);
    const navigation = await app.script("return performance.timeOrigin");
    await sleep(5000);
    const rss = treeRss(pid());
    return { startMs: loaded - launchedAt, navigationMs: navigation - launchedAt, rss: rss.total, webRss: rss.web };
  });
}

/** A first start: no vault yet, so the app creates and opens the demo community. */
async function demoStart(binary, home) {
  return launch(binary, home, async (app, launchedAt, pid) => {
    const times = await app.until("the demo's home", () => app.scriptAsync(PAGE_TIMES, ["[data-view=home]"]), 60000);
    await sleep(5000);
    const rss = treeRss(pid());
    return { startMs: times.ready - launchedAt, demoOpenMs: times.demoOpen, rss: rss.total, webRss: rss.web };
  });
}

/** Makes `home` start on the unlock screen of a copy of its demo (a vault with the demo's
 * people, risks, network and protocol, one passphrase slot), as a laptop in use starts. */
async function prepareUnlock(binary, home) {
  return launch(binary, home, async (app) => {
    await app.findCss("[data-view=home]", { timeoutMs: 60000 });
    const info = await app.scriptAsync("window.__TAURI_INTERNALS__.invoke('app_info').then(arguments[0], (e) => arguments[0]({ error: e }))");
    const copy = join(home, "Community vault");
    // The demo is open (locked in this process); its files are complete after each save.
    cpSync(info.demoPath, copy, { recursive: true, filter: (path) => !path.endsWith("/lock") });
    const opened = await app.scriptAsync("window.__TAURI_INTERNALS__.invoke('unlock_vault', { dir: arguments[0], passphrase: arguments[1] }).then(() => arguments[2](true), (e) => arguments[2]({ error: e }))", [copy, info.demoPassphrase]);
    if (opened !== true) throw new Error(`the copy of the demo did not open: ${JSON.stringify(opened)}`);
    return info.demoPassphrase;
  });
}

async function unlockStart(binary, home, passphrase) {
  return launch(binary, home, async (app, launchedAt, pid) => {
    const times = await app.until("the unlock screen", () => app.scriptAsync(PAGE_TIMES, ["[data-view=unlock]"]), 60000);
    // Idle on the first screen too, nothing open: what the page costs without a vault.
    await sleep(5000);
    const rss = treeRss(pid());
    // Twice, the shorter kept: on a shared machine another process can only add to it.
    let scryptMs = Infinity;
    for (const wrong of ["not the passphrase at all", "nor is this one"]) {
      await app.type("unlock-passphrase", wrong);
      scryptMs = Math.min(scryptMs, await app.scriptAsync(TIMED_SUBMIT, ['[data-testid="unlock-error"]']));
    }
    // The unlock twice too (locked in between, as the lock button does), the shorter kept.
    let unlockMs = Infinity;
    for (let i = 0; i < 2; i++) {
      if (i) {
        await app.click("lock-button");
        await app.findCss("[data-view=unlock]");
      }
      await app.type("unlock-passphrase", passphrase);
      unlockMs = Math.min(unlockMs, await app.scriptAsync(TIMED_SUBMIT, ["[data-view=home]"]));
    }
    return {
      firstScreenMs: times.ready - launchedAt,
      navigationMs: times.navigation - launchedAt,
      scriptsMs: times.scripts === null ? null : times.scripts - launchedAt,
      unlockMs,
      scryptMs,
      unlockBeyondScryptMs: unlockMs - scryptMs,
      coldStartMs: times.ready - launchedAt + unlockMs - scryptMs,
      firstScreenRss: rss.total,
    };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The median of each field; null where a build does not tell it (one from before its mark). */
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, typeof runs[0][k] === "number" ? median(runs.map((r) => r[k])) : null]));

/** Debug or release: both binaries of the same build (bench.sh --release). */
const build = process.env.TEJIDO_BENCH_BUILD ?? "debug";
const emptyBinary = join(root, `target/${build}/tejido-bench-window`);
// TEJIDO_BENCH_APP: another build of the app (a copy kept from before a change), against the
// same baseline and under the same load as the current one when run right after it.
const appBinary = resolve(process.env.TEJIDO_BENCH_APP ?? join(root, `target/${build}/tejido-app`));
const empty = [];
const demo = [];
const unlock = [];
let prepared = null;
process.on("exit", () => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));
for (let i = 0; i < rounds; i++) {
  // Interleaved, so a build starting on the shared machine halfway weighs on both sides.
  empty.push(await emptyWindow(emptyBinary));
  const home = freshHome();
  demo.push(await demoStart(appBinary, home));
  if (!prepared) {
    prepared = { home, passphrase: await prepareUnlock(appBinary, home) };
  }
  unlock.push(await unlockStart(appBinary, prepared.home, prepared.passphrase));
  log(`round ${i + 1}: empty ${empty.at(-1).startMs.toFixed(0)} ms, first screen ${unlock.at(-1).firstScreenMs.toFixed(0)} ms, unlock ${unlock.at(-1).unlockMs.toFixed(0)} ms (scrypt ${unlock.at(-1).scryptMs.toFixed(0)} ms), demo ${demo.at(-1).startMs.toFixed(0)} ms`);
}
const e = medians(empty);
const d = medians(demo);
const u = medians(unlock);
// Per round, then the median: the unlock and its scrypt are measured in the same launch.
const coldStartMs = u.coldStartMs;
const figures = {
  build,
  rounds,
  emptyWindowMs: e.startMs,
  firstScreenMs: u.firstScreenMs,
  firstScreenRatio: u.firstScreenMs / e.startMs,
  unlockMs: u.unlockMs,
  scryptMs: u.scryptMs,
  unlockBeyondScryptMs: u.unlockBeyondScryptMs,
  coldStartMs,
  coldStartRatio: coldStartMs / e.startMs,
  demoStartMs: d.startMs,
  demoOpenMs: d.demoOpenMs,
  demoStartRatio: d.startMs / e.startMs,
  emptyWindowNavigationMs: e.navigationMs,
  navigationMs: u.navigationMs,
  scriptsMs: u.scriptsMs,
  emptyWindowRssMiB: e.rss / 1024,
  idleRssMiB: d.rss / 1024,
  idleMemoryRatio: d.rss / e.rss,
  emptyWindowWebProcessRssMiB: e.webRss / 1024,
  idleWebProcessRssMiB: d.webRss / 1024,
  firstScreenRssMiB: u.firstScreenRss / 1024,
  firstScreenMemoryRatio: u.firstScreenRss / e.rss,
};
if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const s = (ms) => (ms === null ? "—" : `${(ms / 1000).toFixed(2)} s`);
  const x = (r) => `${r.toFixed(2)}×`;
  const mib = (m) => `${m.toFixed(0)} MiB`;
  console.log(`Medians of ${rounds}, ${build} builds.
| | time | ratio to the empty window |
|---|---|---|
| empty Tauri window: launch → page loaded | ${s(figures.emptyWindowMs)} | 1× |
| Tejido: launch → unlock screen | ${s(figures.firstScreenMs)} | ${x(figures.firstScreenRatio)} |
| unlock: passphrase → home | ${s(figures.unlockMs)} | |
| of which scrypt (a wrong passphrase) | ${s(figures.scryptMs)} | |
| cold start to a usable home, scrypt left out | ${s(figures.coldStartMs)} | ${x(figures.coldStartRatio)} |
| first start: launch → demo home (creates the demo, scrypt included) | ${s(figures.demoStartMs)} | ${x(figures.demoStartRatio)} |

Where the first screen's time goes: launch → navigation start ${s(figures.navigationMs)} (empty window ${s(figures.emptyWindowNavigationMs)}), → scripts run ${s(figures.scriptsMs)}, → unlock screen ${s(figures.firstScreenMs)}; open_demo ${s(figures.demoOpenMs)}.

| idle 5 s | RSS, all processes | of which the web process | ratio |
|---|---|---|---|
| empty Tauri window | ${mib(figures.emptyWindowRssMiB)} | ${mib(figures.emptyWindowWebProcessRssMiB)} | 1× |
| Tejido, unlock screen | ${mib(figures.firstScreenRssMiB)} | | ${x(figures.firstScreenMemoryRatio)} |
| Tejido, demo open | ${mib(figures.idleRssMiB)} | ${mib(figures.idleWebProcessRssMiB)} | ${x(figures.idleMemoryRatio)} |`);
}

// Cold start and idle memory of the desktop app, as ratios against an empty Tauri window
// built the same way (src-tauri/crates/bench-window), measured in the same run:
//   cold start: from launch until the first screen is usable (the app: its home with the demo
//               community, which includes the demo's scrypt unlock; the baseline: its empty page);
//   idle memory: RSS summed over the process and its WebKit children, after 5 s of idling.
// Run with `bash tests/e2e/bench.sh` (builds both, runs under Xvfb). Medians of ROUNDS (3).

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { Session, sleep } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.TEJIDO_E2E_PORT ?? 4580);
const base = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.ROUNDS ?? 3);

function environment() {
  const home = mkdtempSync(join(tmpdir(), "tejido-bench-"));
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_DATA_HOME: join(home, ".local/share"), XDG_CACHE_HOME: join(home, ".cache") };
}

/** RSS in KiB of `pid` and every process below it. */
function treeRss(pid) {
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
  let total = 0;
  const walk = (p) => {
    try {
      const m = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (m) total += Number(m[1]);
    } catch {}
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

/** The pid of the running `binary` (started by WebKitWebDriver for this session). */
function pidOf(binary) {
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0")[0] === binary) return Number(name);
    } catch {}
  }
  throw new Error(`${binary} is not running`);
}

async function measure(binary, ready) {
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], { env: environment(), stdio: "ignore" });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/status`)).ok) break;
      } catch {}
      await sleep(100);
    }
    const started = performance.now();
    const app = await Session.start(base, binary);
    await app.until("the first screen", () => app.script(ready), 60000);
    const coldStart = performance.now() - started;
    await sleep(5000);
    const rss = treeRss(pidOf(binary));
    await app.end();
    return { coldStart, rss };
  } finally {
    driver.kill();
    await sleep(500);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, binary, ready] of [
  ["empty window", join(root, "target/debug/tejido-bench-window"), "return document.readyState === 'complete'"],
  ["Tejido (demo)", join(root, "target/debug/tejido-app"), "return !!document.querySelector('[data-view=home]')"],
]) {
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(await measure(binary, ready));
  results[name] = { coldStart: median(runs.map((r) => r.coldStart)), rss: median(runs.map((r) => r.rss)) };
}
const [baseline, app] = Object.values(results);
console.log("| | cold start | idle memory (RSS, all processes) |\n|---|---|---|");
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${(r.coldStart / 1000).toFixed(2)} s | ${(r.rss / 1024).toFixed(0)} MiB |`);
console.log(`| ratio | ${(app.coldStart / baseline.coldStart).toFixed(2)}× | ${(app.rss / baseline.rss).toFixed(2)}× |`);

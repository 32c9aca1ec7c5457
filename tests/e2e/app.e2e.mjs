// End to end, against the real app in a real window (run under Xvfb by run.sh):
// first launch opens the demo; create a vault and see its recovery key; lock; a wrong
// passphrase is refused in plain words; unlock; add a person; switch to Spanish; relaunch and
// find the person still there. Then scan every folder the app could touch for what was typed.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { homeEnvironment, Session, sleep, startDriver } from "./webdriver.mjs";
import { axeEveryScreen, keyboardFlows, keyboardMoreFlows } from "./a11y.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// TEJIDO_E2E_APP: a copy of the app built for this run, for when another build (bench.sh, not
// in e2e mode) may replace target/debug/tejido-app before the relaunches of later steps.
const application = process.env.TEJIDO_E2E_APP ?? join(root, "target/debug/tejido-app");
const port = Number(process.env.TEJIDO_E2E_PORT ?? 4567);
const base = `http://127.0.0.1:${port}`;

// Everything the app may write goes under one throwaway HOME, so the leak scan sees it all.
const home = mkdtempSync(join(tmpdir(), "tejido-e2e-"));
const env = {
  ...homeEnvironment(home),
  LANG: "C.UTF-8",
  LC_ALL: "",
  // The suite's private session bus stands in for the system bus, where the suite plays
  // logind: a screen lock it signals must lock the vault from Rust and reach the window.
  DBUS_SYSTEM_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS ?? "",
  TEJIDO_CONFIG_DIR: "",
  TEJIDO_DATA_DIR: "",
};
delete env.TEJIDO_CONFIG_DIR;
delete env.TEJIDO_DATA_DIR;

const vaultDir = join(home, "Vaults", "Cooperativa E2E.tejido");
const passphrase = "river lantern maize 1987";
const marker = "MARKER-Xq7Zr9wT";
const realName = "MARKERNAME-Kp3vQ";
const forgottenName = "FORGOTTEN-Zx81q";
const incidentTitle = "INCIDENT-Wn4Lb8 pickup at the school";
const riskTitle = "RISK-Hq2Vd6 arrest of the committee";
const measureTitle = "MEASURE-Tc9Pj3 legal defence";
const shots = process.env.TEJIDO_E2E_SHOTS;
const second = "BETO-Jm5Rx1";
const decisionTitle = "DECISION-Rf8Kz2 the assembly adopts it";
const sectionText = "SECTION-Ht6Wq3 only";
const noteText = "NOTE-Vb2Lk7 trucks at the crossroads at night";
const secretNote = "SECRETNOTE-Pz4Nc8 where the documents are kept";
const caseTitle = "CASE-Mw3Ty6 detention of a spokesperson";
const signatory = "SIGNATORY-Qe8Hn2 Red de Mujeres";
// Saved unencrypted on purpose (an export the person asks for): never one of the scanned markers.
const statementText = "Witness statement: the pickup came at night.";
const outcomeNote = "OUTCOME-Zt5Kd9 released after three days";
const statusMessage = "STATUS-Gv7Lw4 the letter went to the ministry";
// A desk member's own passphrase and the title of a case sealed to her working group.
const memberPassphrase = "tortilla volcano harbor 4821 ana";
const sealedTitle = "SEALED-Qm3Tz8 threats at the farm";
const fromSecondLaptop = "LAPTOPB-Ny6Df2";
const editedOnFirst = "ROLE-Cx4Pm8 treasurer";

/** Saves a screenshot of the virtual screen when TEJIDO_E2E_SHOTS names a folder, to look
 * at the screens (ImageMagick's `import`; WebKitWebDriver's own screenshot hangs without
 * compositing). */
async function shot(app, name) {
  if (!shots) return;
  await sleep(300);
  spawnSync("import", ["-display", process.env.DISPLAY, "-window", "root", join(shots, `${name}.png`)]);
}

/** The path the next file dialog returns (lib/ipc/dialog.ts reads it once). */
const choosePath = (app, path) => app.script(`window.__tejidoNextPath = ${JSON.stringify(path)}`);

/** The drop-downs on screen whose widest option does not fit inside them (the text measured
 * in the drop-down's own font; the arrow and padding take the rest). */
const cutSelects = (app) =>
  app.script(`
    const ctx = document.createElement("canvas").getContext("2d"), out = [];
    for (const select of document.querySelectorAll("main select")) {
      if (select.getBoundingClientRect().width <= 1) continue;
      const style = getComputedStyle(select);
      ctx.font = style.font;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      for (const option of select.options) {
        if (ctx.measureText(option.text).width > room) out.push((select.dataset.testid || select.id) + ": " + option.text);
      }
    }
    return out;`);

/** Clicks the option `value` of the select with `testId`. */
async function choose(app, testId, value) {
  // Away from the toast at the bottom of the window, which would take the click.
  await app.script(`document.querySelector('[data-testid="${testId}"]').scrollIntoView({ block: "center" })`);
  const option = await app.findCss(`[data-testid="${testId}"] option[value="${value}"]`);
  await app.cmd("POST", `/element/${option}/click`, {});
}

/** Ticks the checkbox labelled `text` inside the group `testId`. */
async function tick(app, testId, text) {
  for (const label of await app.all(`[data-testid="${testId}"] label`)) {
    if ((await app.cmd("GET", `/element/${label}/text`)).includes(text)) {
      await app.cmd("POST", `/element/${label}/click`, {});
      return;
    }
  }
  throw new Error(`no choice "${text}" in ${testId}`);
}

/** Waits until a record titled `text` is listed. */
async function listed(app, text) {
  await app.until(`"${text}" in the list`, async () => {
    for (const row of await app.all('[data-testid="record-title"]')) {
      if ((await app.cmd("GET", `/element/${row}/text`)).includes(text)) return true;
    }
    return false;
  });
}

/** Clicks the option whose text contains `text` in the select with `testId`. */
async function chooseText(app, testId, text) {
  for (const option of await app.all(`[data-testid="${testId}"] option`)) {
    if ((await app.cmd("GET", `/element/${option}/text`)).includes(text)) {
      await app.cmd("POST", `/element/${option}/click`, {});
      return;
    }
  }
  throw new Error(`no option "${text}" in ${testId}`);
}

/** The text of the finding of `kind`, or "" if there is none. */
async function findingText(app, kind) {
  const found = await app.all(`[data-testid="finding"][data-kind="${kind}"]`);
  return found.length ? app.cmd("GET", `/element/${found[0]}/text`) : "";
}

/** A date written in words in `lang`, as the prints write them ("March 14, 2026",
 * "14 de marzo de 2026", "14 mars 2026"); the month names are Node's own Intl's. */
function wordedDate(lang) {
  const months = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(Date.UTC(2026, m, 1))).join("|");
  const forms = { en: `(${months}) \\d{1,2}, \\d{4}`, es: `\\d{1,2} de (${months}) de \\d{4}`, fr: `\\d{1,2}(er)? (${months}) \\d{4}` };
  return new RegExp(forms[lang], "gi");
}

const historyRows = async (app) => (await app.all('[data-testid="risk-history"] tbody tr')).length;

function ftl(lang, id) {
  const text = readFileSync(join(root, "assets/locales", lang, "ui.ftl"), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${lang}/ui.ftl has no ${id}`);
  return line.slice(id.length + 2).trim();
}

function ftlError(lang, id) {
  const text = readFileSync(join(root, "assets/locales", lang, "errors.ftl"), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${id} =`));
  return line.slice(id.length + 2).trim();
}

/** The training vaults on disk now: every folder inside a `training` folder under the test's home. */
function trainingDirs() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) continue;
      if (name === "training") found.push(...readdirSync(path).map((v) => join(path, v)));
      else walk(path);
    }
  };
  walk(home);
  return found;
}

const results = [];
// For working on one step: TEJIDO_E2E_FROM="a rehearsal" skips the steps before the first whose
// name contains it, except the first step, which starts the app (the skipped steps are listed,
// and the run is not a full pass).
let skipping = Boolean(process.env.TEJIDO_E2E_FROM);
async function step(name, run) {
  if (skipping && name.includes(process.env.TEJIDO_E2E_FROM)) skipping = false;
  if (skipping && results.length > 0) {
    console.log(`skip ${name}`);
    return;
  }
  const started = Date.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    if (app) {
      await shot(app, "FAILED").catch(() => {});
      const alerts = await app.script("return [...document.querySelectorAll('[role=alert]')].map((a) => a.innerText)").catch(() => []);
      if (alerts?.length) console.log(`     on screen: ${alerts.join(" | ")}`);
    }
    console.log(`FAIL ${name}: ${error.stack ?? error}`);
    throw error;
  }
}

/** The shipped pt-BR pack with one message taken out (settings-autolock), written into the
 * throwaway HOME under `name`: what it lacks must read in Spanish, its first fallback. Returns
 * the folder and a reader of the pack's own messages. */
function writeTestPack(name) {
  const packDir = join(home, name);
  mkdirSync(packDir, { recursive: true });
  const shipped = (file) => readFileSync(join(root, "assets/language-packs/pt-BR", file), "utf8");
  const ptUi = shipped("ui.ftl");
  writeFileSync(join(packDir, "pack.json"), shipped("pack.json"));
  writeFileSync(join(packDir, "ui.ftl"), ptUi.split("\n").filter((l) => !l.startsWith("settings-autolock =")).join("\n"));
  writeFileSync(join(packDir, "errors.ftl"), shipped("errors.ftl"));
  const pt = (id) => ptUi.split("\n").find((l) => l.startsWith(`${id} =`)).slice(id.length + 2).trim();
  return { packDir, pt };
}

/** From the welcome screen: a new vault named `name` in `dir`, up to its recovery key screen. */
async function createVault(app, name, dir) {
  await app.waitForView("welcome");
  await app.click("welcome-create");
  await app.waitForView("create");
  await app.type("create-name", name);
  await app.type("create-folder", dir);
  await app.type("create-passphrase", passphrase);
  await app.type("create-confirm", passphrase);
  // The strength meter appears a moment after typing and moves the button: the click waits
  // for it (on a loaded machine a click landed beside the moved button once, in CI).
  await app.until("the passphrase's strength shown", async () => (await app.text("create-strength")).trim().length > 0).catch(() => {});
  await app.click("create-submit");
  await app.waitForView("recovery", 30000).catch(async (e) => {
    const seen = await app.script("return document.querySelector('main')?.innerText?.slice(0, 600) ?? ''");
    throw new Error(`${e.message}; on screen: ${seen}`);
  });
}

async function lock(app) {
  await app.click("lock-button");
  await app.until("the locked screen", async () => {
    const views = await app.all('[data-view="unlock"], [data-view="welcome"]');
    return views.length > 0;
  });
}

/** Locks and opens the demo vault (the desk in the escalation steps). */
async function openDemoVault(app) {
  await lock(app);
  if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
  await app.waitForView("welcome");
  await app.click("welcome-demo");
  await app.waitForView("home", 30000);
}

/** Locks and unlocks the vault the tests created (the community). */
async function unlockOurVault(app) {
  await lock(app);
  await app.waitForView("unlock");
  await app.type("unlock-passphrase", passphrase);
  await app.click("unlock-submit");
  await app.waitForView("home", 30000);
}

/** Opens the escalation screen on `tab`. */
async function escalationTab(app, tab) {
  await app.click("escalation-button");
  await app.waitForView("escalation");
  await app.click(`escalation-tab-${tab}`);
}

const driver = await startDriver(port, env, ["ignore", "inherit", "inherit"]);
let app;
try {

  await step("first launch opens the demo community", async () => {
    app = await Session.start(base, application);
    await app.waitForView("home", 30000);
    const demo = JSON.parse(readFileSync(join(root, "assets/demo/community.json"), "utf8"));
    const name = await app.text("home-collective-name");
    if (!name.includes(demo.collective.name)) throw new Error(`demo name not shown: ${name}`);
    const rows = await app.all('[data-testid="person-row"]');
    if (rows.length < 35) throw new Error(`demo people not listed (${rows.length})`);
  });

  await step("the demo network shows its weak points and its alert chain", async () => {
    await app.click("network-button");
    await app.waitForView("network");
    const findings = await app.all('[data-testid="finding"]');
    if (findings.length < 5) throw new Error(`demo findings: ${findings.length}`);
    const cards = await app.all('[data-testid="alert-card"]');
    if (cards.length < 4) throw new Error(`demo alert cards: ${cards.length}`);
    await app.script("document.querySelector('[data-testid=network-graph]').scrollIntoView()");
    await shot(app, "demo-network");
    await app.click("network-back");
    await app.waitForView("home");
  });

  // Issue 23, accessibility measured: axe-core (WCAG 2.1 A and AA) on every screen of the
  // demo, in the three languages, switched in the settings as a person would.
  // The prints passed on the way (the register, the protocol, the workshop report, the desk's
  // impact report) are read as they go on paper: their dates in words in the language shown
  // ("7 de diciembre de 2026"), never ISO.
  await step("axe-core finds no WCAG 2.1 A/AA violation on any screen, in English, Spanish and French; each print's dates in words in its language", async () => {
    const log = await axeEveryScreen(app, { choose });
    console.log(log.report());
    if (log.total) throw new Error(`${log.total} kinds of violation (listed above)`);
    const problems = [];
    const counts = [];
    for (const { lang, screen, text } of log.prints) {
      const dates = text.match(wordedDate(lang)) ?? [];
      counts.push(`${lang} ${screen.replace("print ", "")} ${dates.length}`);
      const iso = text.match(/\d{4}-\d{2}(-\d{2})?/g);
      if (iso) problems.push(`${lang} ${screen}: ISO dates ${[...new Set(iso)].join(", ")}`);
      // Each of them dates something in the demo (a risk assessed, a version adopted, the
      // workshop's day, the day the report was made).
      if (dates.length === 0) problems.push(`${lang} ${screen}: no date in words: ${text.slice(0, 300)}`);
      for (const other of ["en", "es", "fr"].filter((l) => l !== lang)) {
        const foreign = text.match(wordedDate(other));
        if (foreign) problems.push(`${lang} ${screen}: dates written in ${other}: ${[...new Set(foreign)].join(", ")}`);
      }
    }
    for (const lang of ["en", "es", "fr"]) {
      for (const print of ["register", "protocol", "workshop", "impact"]) {
        if (!log.prints.some((p) => p.lang === lang && p.screen === `print ${print}`)) problems.push(`${lang}: the ${print} print was not reached`);
      }
    }
    console.log(`     dates in words per print: ${counts.join(", ")}`);
    if (problems.length) throw new Error(`prints:\n  ${problems.join("\n  ")}`);
  });

  await step("the main flows with the keyboard alone, every control reached named and its focus shown", async () => {
    const log = await keyboardFlows(app, { name: "KEYBOARD-Rt5", incident: "KEYBOARD-Lm2 a roadblock on the way to the river" });
    console.log(`     ${log.reached} controls reached by the keyboard`);
    const problems = [...log.problems.entries()].map(([what, where]) => `${what} (on the way to ${where})`);
    if (problems.length) throw new Error(`keyboard use:\n  ${problems.join("\n  ")}`);
  });

  // The rest of issue 23's flows, the keyboard alone again, on what the step before left open.
  await step("a session's notes and screen, the text size, a language pack, the pocket cards after their warning, an alert level with its log and a rehearsal from case to outcome, all with the keyboard alone", async () => {
    const { packDir, pt } = writeTestPack("pacote-teclado");
    const log = await keyboardMoreFlows(app, {
      pack: { path: join(packDir, "pack.json"), code: "pt-BR", missing: "1", title: pt("settings-title"), fallback: ftl("es", "settings-autolock") },
      pocket: { phone: "+502 5555 0101" },
      rehearsal: { title: "KEYBOARD-Qp7 rehearsed detention", outcome: "KEYBOARD-Zn3 rehearsed release", red: ftl("en", "alert-level-red").split(" ")[0], year: new Date().getFullYear() },
    });
    if (trainingDirs().length !== 0) throw new Error(`both training vaults are deleted on lock: ${trainingDirs()}`);
    console.log(`     ${log.reached} controls reached by the keyboard (time/controls: ${log.laps.join(", ")})`);
    const problems = [...log.problems.entries()].map(([what, where]) => `${what} (on the way to ${where})`);
    if (problems.length) throw new Error(`keyboard use:\n  ${problems.join("\n  ")}`);
  });

  await step("create a vault and see its recovery key once", async () => {
    await lock(app);
    if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
    await createVault(app, "Cooperativa E2E", vaultDir);
    const key = (await app.text("recovery-key")).replace(/\s+/g, "");
    if (!key.startsWith("AGE-SECRET-KEY-1")) throw new Error(`no recovery key shown: ${key.slice(0, 20)}`);
    await app.click("recovery-written");
    await app.click("recovery-continue");
    await app.waitForView("home");
    const name = await app.text("home-collective-name");
    if (!name.includes("Cooperativa E2E")) throw new Error(`new collective not shown: ${name}`);
  });

  await step("a wrong passphrase is refused in plain words", async () => {
    await lock(app);
    await app.waitForView("unlock");
    await app.type("unlock-folder", vaultDir);
    await app.type("unlock-passphrase", "not the passphrase");
    await app.click("unlock-submit");
    const expected = ftlError("en", "err-vault-wrong-passphrase");
    await app.until("the wrong-passphrase message", async () => (await app.text("unlock-error")).includes(expected), 30000);
  });

  await step("the right passphrase unlocks, and a person can be added", async () => {
    await app.type("unlock-passphrase", passphrase);
    await app.click("unlock-submit");
    await app.waitForView("home", 30000);
    await app.click("person-add");
    await app.type("person-pseudonym", marker);
    await app.type("person-real-name", realName);
    await app.click("person-save");
    await app.until("the new person in the table", async () => {
      for (const row of await app.all('[data-testid="person-row"]')) {
        if ((await app.cmd("GET", `/element/${row}/text`)).includes(marker)) return true;
      }
      return false;
    });
  });

  await step("switching to Spanish shows Spanish labels", async () => {
    await app.click("settings-button");
    await app.waitForView("settings");
    const option = await app.findCss('[data-testid="settings-language"] option[value="es"]');
    await app.cmd("POST", `/element/${option}/click`, {});
    const expected = ftl("es", "settings-title");
    await app.until("Spanish settings title", async () => {
      const heading = await app.findCss('[data-view="settings"] h1');
      return (await app.cmd("GET", `/element/${heading}/text`)).includes(expected);
    });
    await app.click("settings-back");
    await app.waitForView("home");
  });

  await step("at twice the usual text size every screen fits the window, nothing cut off; Ctrl+0 brings the usual size back", async () => {
    await app.click("settings-button");
    await app.waitForView("settings");
    await choose(app, "settings-text-size", "200");
    const rootSize = () => app.script("return getComputedStyle(document.documentElement).fontSize");
    await app.until("text twice as large", async () => (await rootSize()) === "34px");
    // What sticks out of the window, or is cut inside its box, on the screen shown now. A
    // table or map inside a box that scrolls sideways is allowed (WCAG's reflow exception for
    // two-dimensional content); text that is visually hidden for screen readers is not looked at.
    const cut = () =>
      app.script(`
        const width = document.documentElement.clientWidth, out = [];
        if (document.documentElement.scrollWidth > width + 1) out.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " > " + width);
        const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) { const x = getComputedStyle(a).overflowX; if (x === "auto" || x === "scroll") return true; } return false; };
        for (const el of document.querySelectorAll("main *")) {
          const style = getComputedStyle(el), box = el.getBoundingClientRect();
          if (box.width <= 1 || style.visibility === "hidden" || style.position === "absolute" && box.width <= 2) continue;
          const name = el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : el.className ? "." + String(el.className).split(" ")[0] : "");
          if (box.right > width + 1 && !scrolls(el)) out.push(name + " ends at " + Math.round(box.right) + " of " + width);
          else if ((style.overflowX === "hidden" || style.textOverflow === "ellipsis") && el.scrollWidth > el.clientWidth + 1 && !scrolls(el)) out.push(name + " cuts its text");
        }
        return out.slice(0, 8);`);
    const problems = [];
    const look = async (view) => {
      for (const problem of await cut()) problems.push(`${view}: ${problem}`);
    };
    await look("settings");
    await app.click("settings-back");
    await app.waitForView("home");
    await look("home");
    for (const area of ["risks", "network", "protocol", "workshop", "escalation", "sync"]) {
      await app.click(`${area}-button`);
      await app.waitForView(area);
      await sleep(300);
      await look(area);
      await shot(app, `text-200-${area}`);
      await app.click(`${area}-back`);
      await app.waitForView("home");
    }
    if (problems.length) throw new Error(`at 200%:\n  ${problems.join("\n  ")}`);
    // Ctrl+0, from any screen, as in a web browser.
    const lockButton = await app.findCss('[data-testid="lock-button"]');
    await app.cmd("POST", `/element/${lockButton}/value`, { text: "\uE0090\uE000" });
    await app.until("the usual text size again", async () => (await rootSize()) === "17px");
    await app.waitForView("home");
  });

  await step("the screen locked (logind's Lock signal): Rust closes the vault and the window says why", async () => {
    await app.waitForView("home");
    const sent = spawnSync("dbus-send", ["--session", "--type=signal", "/org/freedesktop/login1/session/_1", "org.freedesktop.login1.Session.Lock"], { env, encoding: "utf8" });
    if (sent.status !== 0) throw new Error(`dbus-send failed: ${sent.stderr}`);
    await app.until("the locked screen", async () => (await app.all('[data-view="unlock"], [data-view="welcome"]')).length > 0);
    const said = [ftl("en", "unlock-locked-screen"), ftl("es", "unlock-locked-screen")];
    const shown = await app.script("return document.body.innerText");
    if (!said.some((words) => shown.includes(words))) throw new Error(`the window does not say the screen lock closed the vault: ${shown}`);
    if (shown.includes(marker)) throw new Error("a member is still on screen after the lock");
    if ((await app.all('[data-view="unlock"]')).length === 0) throw new Error("the vault to unlock is not offered again");
    await app.type("unlock-passphrase", passphrase);
    await app.click("unlock-submit");
    await app.waitForView("home", 30000);
  });

  await step("after a relaunch the person is still there", async () => {
    await app.end();
    await sleep(500);
    app = await Session.start(base, application);
    await app.waitForView("unlock", 30000);
    await app.type("unlock-passphrase", passphrase);
    await app.click("unlock-submit");
    await app.waitForView("home", 30000);
    await app.until("the person after relaunch", async () => {
      for (const row of await app.all('[data-testid="person-row"]')) {
        if ((await app.cmd("GET", `/element/${row}/text`)).includes(marker)) return true;
      }
      return false;
    });
    const lang = await app.script("return document.documentElement.lang");
    if (lang !== "es") throw new Error(`language not kept across launches: ${lang}`);
  });

  // Issue 23: the community's own language, added from the settings without rebuilding. The
  // pack is the shipped pt-BR one with one message taken out (settings-autolock), written into
  // the throwaway HOME: it must read in Spanish, the pack's first fallback.
  await step("a language pack added from the settings speaks at once, and what it lacks reads in Spanish", async () => {
    const { packDir, pt } = writeTestPack("pacote-pt-BR");

    await app.click("settings-button");
    await app.waitForView("settings");
    await choosePath(app, join(packDir, "pack.json"));
    await app.click("language-pack-add");
    await app.until("the pack's report", async () => {
      const missing = await app.all('[data-testid="language-pack"][data-code="pt-BR"] [data-testid="language-pack-missing"]');
      return missing.length === 1 && (await app.cmd("GET", `/element/${missing[0]}/text`)).includes("1");
    });
    await choose(app, "settings-language", "pt-BR");
    await app.until("Portuguese settings title, without restart", async () => {
      const heading = await app.findCss('[data-view="settings"] h1');
      return (await app.cmd("GET", `/element/${heading}/text`)).includes(pt("settings-title"));
    });
    const label = await app.findCss('label[for="autolock"]');
    const autolock = await app.cmd("GET", `/element/${label}/text`);
    if (autolock !== ftl("es", "settings-autolock")) throw new Error(`the missing message is not in Spanish: ${autolock}`);
    const lang = await app.script("return document.documentElement.lang");
    if (lang !== "pt-BR") throw new Error(`lang is ${lang}`);
    const kept = join(env.XDG_CONFIG_HOME, "tejido", "language-packs", "pt-BR", "pack.json");
    if (!existsSync(kept)) throw new Error(`the pack is not kept in the configuration folder: ${kept}`);

    // Back to Spanish, for the steps that follow; the pack is removed, its folder with it.
    await choose(app, "settings-language", "es");
    await app.until("Spanish again", async () => (await app.script("return document.documentElement.lang")) === "es");
    await app.click("language-pack-remove");
    await app.until("the pack removed", async () => !existsSync(kept));
    await app.click("settings-back");
    await app.waitForView("home");
  });

  await step("a removed person is forgotten for good, after asking twice", async () => {
    const who = "Olvido";
    await app.click("person-add");
    await app.type("person-pseudonym", who);
    await app.type("person-real-name", forgottenName);
    await app.click("person-save");
    const rowWith = (text) =>
      `return [...document.querySelectorAll('[data-testid="person-row"]')].find((r) => r.innerText.includes(${JSON.stringify(text)}))`;
    await app.until("the person to forget in the table", () => app.script(`${rowWith(who)} != null`));
    await app.script(`${rowWith(who)}.querySelector('[data-testid="person-remove"]').click()`);
    await app.click("removed-people-toggle");
    if (!(await app.text("removed-people")).includes(forgottenName)) throw new Error("the removed person is not listed as still kept");
    await app.click("forget-person");
    await app.click("forget-yes");
    await app.until("the removed list gone", async () => (await app.all('[data-testid="removed-people"]')).length === 0);
  });

  await step("an incident is recorded and a threat assessment is built from it", async () => {
    await app.click("risks-button");
    await app.waitForView("risks");
    await shot(app, "risks-overview-empty");
    await app.click("risk-tab-incidents");
    await app.click("record-add");
    await app.type("field-title", incidentTitle);
    await choose(app, "field-category", "surveillance");
    const cutRecord = await cutSelects(app);
    if (cutRecord.length) throw new Error(`drop-downs cut their text: ${cutRecord.join("; ")}`);
    await tick(app, "field-affected-people", marker);
    await app.click("record-save");
    await listed(app, incidentTitle);
    // A witness statement, sealed into the vault with the incident (sent with a case later).
    writeFileSync(join(home, "statement.txt"), statementText);
    await choosePath(app, join(home, "statement.txt"));
    await app.click("incident-attach");
    await app.until("the file on the incident", async () => (await app.text("records")).includes("statement.txt"));
    await app.click("risk-tab-threats");
    await app.click("record-add");
    await app.type("field-title", "Pressure on the committee");
    await tick(app, "field-incidents", incidentTitle);
    await app.type("field-facts", "A pickup without plates photographed houses.");
    await shot(app, "threat-assessment-form");
    await app.click("record-save");
    await listed(app, "Pressure on the committee");
    const summary = await app.text("records");
    const expected = ftl("es", "risks-section-threats");
    if (!(await app.text("risk-section-threats")).includes(expected)) throw new Error("not in Spanish");
    if (!summary.includes("un incidente")) throw new Error(`assessment not built from the incident: ${summary}`);
  });

  await step("a risk with a measure is reassessed and its history shown", async () => {
    await app.click("risk-tab-risks");
    await app.click("record-add");
    await app.type("field-title", riskTitle);
    await choose(app, "field-likelihood", "2");
    await choose(app, "field-impact", "4");
    await app.type("field-vulnerabilities", "No lawyer of our own\uE007Members travel alone");
    await app.click("record-save");
    await app.find("risk-detail");
    if ((await historyRows(app)) !== 1) throw new Error("a new risk has one rating");
    // From the risk being viewed: the new measure already answers it (no tick among all risks).
    await app.click("risk-add-measure");
    await app.type("field-title", measureTitle);
    await tick(app, "field-owners", marker);
    await app.click("record-save");
    await listed(app, measureTitle);
    await app.click("risk-tab-risks");
    await app.click("record-open");
    const detail = await app.text("risk-detail");
    if (!detail.includes(measureTitle)) throw new Error(`the measure is not shown on its risk: ${detail}`);
    await choose(app, "reassess-likelihood", "5");
    await app.type("reassess-note", "The prosecutor summoned two members");
    await app.click("reassess-save");
    await app.until("two ratings in the history", async () => (await historyRows(app)) === 2);
    // Its own next review, a date in words (sooner the graver it is), set by the reassessment.
    const review = await app.text("risk-review");
    if (!/20\d\d/.test(review) || /\d{4}-\d{2}-\d{2}/.test(review)) throw new Error(`the risk's next review: ${review}`);
    const trend = await app.text("risk-trend");
    if (!trend.includes(ftl("es", "trend-rising"))) throw new Error(`trend not shown as rising: ${trend}`);
    await shot(app, "risk-detail");
    await app.click("risk-tab-overview");
    await app.find("matrix-cell-5-4");
    if (!(await app.text("matrix-cell-5-4")).includes("1")) throw new Error("the risk is not in its new cell");
    await shot(app, "risk-matrix");
  });

  await step("undo reverts the reassessment, redo brings it back, and the register prints the risk", async () => {
    await app.click("undo-button");
    await app.click("risk-tab-risks");
    await app.click("record-open");
    await app.until("one rating after undo", async () => (await historyRows(app)) === 1);
    await app.click("redo-button");
    await app.until("two ratings after redo", async () => (await historyRows(app)) === 2);
    await app.click("risks-print");
    await app.waitForView("register");
    const entries = await app.all('[data-testid="register-entry"]');
    if (entries.length !== 1) throw new Error(`one risk in the register, got ${entries.length}`);
    const text = await app.text("register");
    if (!text.includes(riskTitle) || !text.includes(measureTitle)) throw new Error("register lacks the risk or its measure");
    await shot(app, "register");
    await app.click("register-back");
    await app.waitForView("risks");
    await app.click("risks-back");
    await app.waitForView("home");
  });

  await step("two people and a link: the finding changes and becomes a measure", async () => {
    await app.click("person-add");
    await app.type("person-pseudonym", second);
    await app.click("person-save");
    await app.until("the second person", async () => (await app.all('[data-testid="person-row"]')).length === 2);
    await app.click("network-button");
    await app.waitForView("network");
    const before = await findingText(app, "no-safety-contact");
    if (!before.includes(marker) || !before.includes(second)) throw new Error(`both lack a safety contact: ${before}`);
    // On the map, by keyboard: Enter on one person, then Enter on the other.
    const node = (name) => app.findCss(`[data-testid="graph-node"][data-name="${name}"]`);
    await app.cmd("POST", `/element/${await node(marker)}/value`, { text: "\uE007" });
    await app.cmd("POST", `/element/${await node(second)}/value`, { text: "\uE007" });
    await app.find("link-form");
    await choose(app, "link-kind", "safety-contact");
    // Which way the link runs is said in words, and no kind of link is cut in its drop-down.
    await app.until("the link's direction", async () => {
      const reads = await app.text("link-direction");
      return reads.indexOf(marker) >= 0 && reads.indexOf(marker) < reads.indexOf(second) && reads.includes("→");
    });
    const cutLink = await cutSelects(app);
    if (cutLink.length) throw new Error(`drop-downs cut their text: ${cutLink.join("; ")}`);
    await app.type("link-check-in", "every evening at eight");
    await app.click("link-reachable");
    await shot(app, "network-map-link");
    await app.click("link-save");
    await app.click("view-table");
    await app.until("one link listed", async () => (await app.all('[data-testid="link-row"]')).length === 1);
    const row = await app.text("links");
    if (!row.includes(marker) || !row.includes(second)) throw new Error(`the link joins the two people: ${row}`);
    const card = await app.text("alert-cards");
    if (!card.includes("every evening at eight")) throw new Error(`the check-in is on the pocket card: ${card}`);
    await app.click("view-map");
    await app.type("place-name", "The spring");
    await app.click("place-add");
    await app.find("graph-place");
    await app.until("the finding without the person who now has a contact", async () => {
      const after = await findingText(app, "no-safety-contact");
      return after.includes(second) && !after.includes(marker);
    });
    await shot(app, "network");
    const found = await app.all('[data-testid="finding"][data-kind="no-safety-contact"] [data-testid="finding-measure"]');
    await app.cmd("POST", `/element/${found[0]}/click`, {});
    await app.find("toast");
    await app.click("network-back");
    await app.waitForView("home");
    await app.click("risks-button");
    await app.waitForView("risks");
    await app.click("risk-tab-plan");
    await listed(app, ftl("es", "finding-measure-no-safety-contact"));
    await app.click("risks-back");
    await app.waitForView("home");
  });

  await step("the protocol: template, a principle adopted by decision, version 1, a change and its difference", async () => {
    await app.click("protocol-button");
    await app.waitForView("protocol");
    await app.click("protocol-start");
    await app.until("the template's sections", async () => (await app.all('[data-testid="section"]')).length === 17);
    await shot(app, "protocol-sections");

    // "No single leader or spokesperson" is the third principle; the assembly adopts it.
    await app.click("protocol-tab-principles");
    const decide = await app.all('[data-testid="principle-decide"]');
    await app.cmd("POST", `/element/${decide[2]}/click`, {});
    await app.find("decision-form");
    await app.type("decision-title", decisionTitle);
    await app.type("decision-count-women", "14");
    await app.type("decision-count-youth", "6");
    await app.type("decision-count-elders", "5");
    await app.type("decision-dissent", "Two elders asked for more time");
    await shot(app, "protocol-decision");
    await app.click("decision-save");
    await app.until("the principle adopted", async () => {
      const statuses = await app.all('[data-testid="principle"]');
      return (await app.cmd("GET", `/element/${statuses[2]}/attribute/data-status`)) === "adopted";
    });
    await app.click("protocol-tab-decisions");
    const participants = await app.text("decision-participants");
    if (!participants.includes("14") || !participants.includes("5")) throw new Error(`participation by group: ${participants}`);

    await app.click("protocol-tab-versions");
    await app.click("protocol-freeze");
    await app.find("decision-form");
    await app.click("decision-save");
    await app.until("version 1", async () => (await app.all('[data-testid="version"]')).length === 1);

    // A later change: the spokespeople section names one person only — the app warns.
    await app.click("protocol-tab-sections");
    const open = await app.all('[data-testid="section-open"]');
    await app.cmd("POST", `/element/${open[4]}/click`, {});
    await app.type("section-body", `\n${sectionText} ${marker} speaks to the press.`, { clear: false });
    await app.click("section-save");
    await app.find("protocol-warning");
    const warning = await app.text("protocol-warnings");
    if (!warning.includes(marker)) throw new Error(`the single spokesperson is named: ${warning}`);
    const status = await app.text("protocol-status");
    if (!status.includes("1")) throw new Error(`version 1 and a changed draft: ${status}`);
    await shot(app, "protocol-section");

    // Principles in practice: the person named alone is who the community depends on, and the
    // men the decision did not count are said to be absent.
    await app.click("protocol-tab-checks");
    await app.find("checks-leaders");
    // Principle 1 first: companies, dialogues planned with them, institutions to demand from.
    const principle1 = await app.text("checks-companies");
    if (!["en", "es"].some((lang) => principle1.includes(ftl(lang, "checks-companies-title")))) throw new Error(`principle 1 is checked: ${principle1}`);
    const leaders = await app.text("checks-leaders");
    const reasons = await app.script("return [...document.querySelectorAll('[data-testid=leader-reason]')].map((r) => r.dataset.reason)");
    if (!leaders.includes(marker) || !reasons.includes("sole-voice")) throw new Error(`who the community depends on: ${leaders}`);
    const absent = await app.script("return [...document.querySelectorAll('[data-testid=inclusion-warning]')].map((w) => w.dataset.kind)");
    if (!absent.includes("group-absent")) throw new Error(`the men the decision did not count: ${absent}`);
    await shot(app, "protocol-checks");
    await app.script("document.querySelector('[data-testid=inclusion-groups]').scrollIntoView({ block: 'start' })");
    await shot(app, "protocol-checks-groups");
    await app.script("document.querySelector('[data-testid=checks-leaders]').scrollIntoView({ block: 'start' })");
    await shot(app, "protocol-checks-leaders");

    await app.click("protocol-tab-versions");
    await app.click("version-compare");
    await app.find("diff");
    const parts = await app.all('[data-testid="diff-part"]');
    if (parts.length !== 1) throw new Error(`exactly the edited section differs: ${parts.length}`);
    const added = await app.text("diff-added");
    if (!added.includes(sectionText)) throw new Error(`the added words are marked: ${added}`);
    await shot(app, "protocol-diff");

    await app.click("protocol-print");
    await app.waitForView("protocol-print");
    const printed = await app.text("protocol-document");
    if (!printed.includes(sectionText)) throw new Error("the print has the draft's text");
    await app.click("protocol-print-back");
    await app.waitForView("protocol");
    await app.click("protocol-cards");
    await app.waitForView("protocol-print");
    await app.until("pocket cards", async () => (await app.all('[data-testid="pocket-card"]')).length >= 9);
    await shot(app, "protocol-cards");
    await app.click("protocol-print-back");
    await app.waitForView("protocol");
  });

  await step("the projector window follows the section being written and hides a restricted one", async () => {
    const main = await app.cmd("GET", "/window");
    await app.click("protocol-tab-sections");
    const open = await app.all('[data-testid="section-open"]');
    await app.cmd("POST", `/element/${open[0]}/click`, {});
    const title = await app.script("return document.querySelector('[data-testid=section-title]').value");
    await app.click("projector-open");
    await app.find("projector-stop");
    const projector = await app.until("the projector window", async () => {
      const handles = await app.cmd("GET", "/window/handles");
      return handles.find((h) => h !== main);
    });
    await app.cmd("POST", "/window", { handle: projector });
    await app.until("the section on the projector", async () => (await app.all('[data-testid="projector-title"]')).length === 1);
    const shown = await app.text("projector-title");
    if (shown !== title) throw new Error(`the projector shows "${shown}", not "${title}"`);
    await shot(app, "projector");
    await app.cmd("POST", "/window", { handle: main });
    await choose(app, "section-sensitivity", "restricted");
    await app.cmd("POST", "/window", { handle: projector });
    await app.until("the projector hides it", async () => (await app.all('[data-testid="projector-hidden"]')).length === 1);
    const text = await app.script("return document.body.innerText");
    if (text.includes(title)) throw new Error("the restricted section's title is still on the projector");
    // As on a second screen: out of the way of the facilitator's window (and screenshots).
    await app.cmd("POST", "/window/rect", { x: 1440, y: 0 }).catch(() => {});
    await app.cmd("POST", "/window", { handle: main });
    await app.click("projector-stop");
    await app.click("protocol-back");
    await app.waitForView("home");
  });

  await step("presentation mode on one mirrored screen (F5): a restricted section stays hidden, a real name is masked with or without its accents, and only Escape leaves", async () => {
    await app.click("protocol-button");
    await app.waitForView("protocol");
    await app.click("protocol-tab-sections");
    const open = await app.all('[data-testid="section-open"]');
    await app.cmd("POST", `/element/${open[0]}/click`, {}); // made restricted in the step before
    const title = await app.script("return document.querySelector('[data-testid=section-title]').value");
    const shownNow = () => app.script("return document.querySelector('[data-view=presentation]')?.innerText ?? ''");
    await app.cmd("POST", `/element/${await app.find("protocol-present")}/value`, { text: "\uE035" }); // F5
    const overlay = await app.findCss('[data-view="presentation"]');
    await app.find("projector-hidden");
    if ((await shownNow()).includes(title)) throw new Error("the restricted section's title is on the shared screen");
    await shot(app, "presentation-hidden");
    // Someone in the room clicking the laptop does not bring the facilitator's screen back.
    await app.cmd("POST", `/element/${overlay}/click`, {});
    if ((await app.all('[data-view="presentation"]')).length !== 1) throw new Error("a click left presentation mode");
    await app.cmd("POST", `/element/${overlay}/value`, { text: "\uE00C" }); // Escape
    await app.until("the protocol again", async () => (await app.all('[data-view="presentation"]')).length === 0);
    // Open to the room, naming a member by her real name, with an accent and without.
    await choose(app, "section-sensitivity", "community");
    await app.type("section-body", "\nMÁRKERNAME-Kp3vQ y markername-kp3vq hablan.", { clear: false });
    await app.click("protocol-present");
    await app.until("the section on the shared screen", async () => (await shownNow()).includes("hablan"));
    const shown = await shownNow();
    if (/m[aá]rkername|kp3vq/i.test(shown)) throw new Error(`a real name reached the shared screen: ${shown}`);
    await shot(app, "presentation");
    await app.cmd("POST", `/element/${await app.findCss('[data-view="presentation"]')}/value`, { text: "\uE00C" });
    await app.until("the protocol again", async () => (await app.all('[data-view="presentation"]')).length === 0);
    await choose(app, "section-sensitivity", "restricted");
    await app.click("section-save");
    // Back saves a section still being saved first; on a loaded machine a click during that
    // save was once lost (CI): clicked again until home shows, and if it never does, say what
    // the protocol screen shows instead.
    await app.until("home, after saving the section", async () => {
      if ((await app.all('[data-view="home"]')).length) return true;
      const back = await app.all('[data-testid="protocol-back"]');
      if (back.length) await app.cmd("POST", `/element/${back[0]}/click`, {});
      return false;
    }, 30000).catch(async (e) => {
      const seen = await app.script("return document.querySelector('main')?.innerText?.slice(0, 600) ?? ''");
      throw new Error(`${e.message}; on screen: ${seen}`);
    });
  });

  await step("a workshop: the agenda runs, notes are taken, the projector and the handout leave the restricted one out", async () => {
    await app.click("workshop-button");
    await app.waitForView("workshop");
    await app.click("workshop-new");
    await app.until("the template agenda", async () => (await app.all('[data-testid="agenda-item"]')).length === 19);
    await app.click("item-start");
    await app.find("item-timer");
    // The running session's facilitation notes are on the facilitators' screen…
    const care = (await app.text("item-guide-care")).trim().split("\n").pop().trim();
    if (care.length < 40) throw new Error(`the session's care note shows: ${care}`);
    if ((await app.all('[data-testid="item-guide-steps"] li')).length < 3) throw new Error("the session's steps show");
    await app.type("note-group", "Grupo 1");
    await app.type("note-text", noteText);
    await app.click("note-add");
    await app.until("the note", async () => (await app.all('[data-testid="note"]')).length === 1);
    await app.type("note-text", secretNote);
    await choose(app, "note-sensitivity", "restricted");
    await app.click("note-add");
    await app.until("both notes", async () => (await app.all('[data-testid="note"]')).length === 2);

    await shot(app, "workshop");
    const main = await app.cmd("GET", "/window");
    await app.click("workshop-projector-open");
    await app.find("workshop-projector-stop");
    const projector = await app.until("the projector window", async () =>
      (await app.cmd("GET", "/window/handles")).find((h) => h !== main));
    await app.cmd("POST", "/window", { handle: projector });
    await app.until("the session on the projector", async () => (await app.script("return document.body.innerText")).includes(noteText));
    const onScreen = await app.script("return document.body.innerText");
    if (onScreen.includes(secretNote)) throw new Error("a restricted note reached the projector");
    // …and never on the projector.
    if (onScreen.includes(care)) throw new Error("the facilitation notes reached the projector");
    await shot(app, "workshop-projector");
    await app.cmd("POST", "/window", { handle: main });

    await app.click("note-sort");
    await choose(app, "note-target", "risk");
    await app.click("note-sort-save");
    await app.find("note-sorted");
    await app.click("item-next");
    await app.until("the first session done", async () => {
      const items = await app.all('[data-testid="agenda-item"]');
      return (await app.cmd("GET", `/element/${items[0]}/attribute/data-status`)) === "done";
    });
    await app.click("workshop-projector-stop");
    await app.until("the projector window closed", async () => (await app.cmd("GET", "/window/handles")).length === 1);

    await app.click("workshop-report");
    await app.waitForView("workshop-print");
    const handout = await app.text("workshop-handout");
    if (!handout.includes(noteText)) throw new Error("the note is in the report");
    if (handout.includes(secretNote)) throw new Error("a restricted note reached the handout");
    if (handout.includes(care)) throw new Error("the facilitation notes reached the handout");
    await app.find("workshop-omitted");
    await shot(app, "workshop-report");
    await app.click("workshop-print-back");
    await app.waitForView("workshop");
    await app.click("workshop-back");
    await app.waitForView("home");
  });

  await step("a case for the network: consent decides who is in it; the desk keeps it, writes a letter, records an outcome and reports back; consent withdrawn later stops the desk's public text", async () => {
    const files = join(home, "exchange");
    mkdirSync(files, { recursive: true });
    const openDemo = () => openDemoVault(app);
    const unlockOurs = () => unlockOurVault(app);
    // The fingerprint each side read aloud when it saved its file, and the one the other side
    // sees when reading that file: the same, whichever role the file was saved in.
    const readAloud = {};
    const accept = async (file) => {
      await app.click("escalation-tab-contacts");
      await choosePath(app, join(files, file));
      await app.click("contact-read");
      const seen = await app.text("contact-fingerprint");
      if (seen.trim() !== readAloud[file]) throw new Error(`${file}: read aloud ${readAloud[file]}, seen ${seen}`);
      await app.click("contact-checked");
      await app.click("contact-accept");
      await app.until("the contact listed", async () => (await app.all('[data-testid="contact"]')).length >= 1);
    };

    // The community hands its contact file to the desk, and the desk its own to the community.
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-contacts");
    await choosePath(app, join(files, "community.json"));
    await app.click("own-contact-community");
    await app.find("toast");
    readAloud["community.json"] = (await app.text("saved-fingerprint")).trim();
    await openDemo();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-contacts");
    await choosePath(app, join(files, "desk.json"));
    await app.click("own-contact-desk");
    await app.find("toast");
    readAloud["desk.json"] = (await app.text("saved-fingerprint")).trim();
    await accept("community.json");
    await unlockOurs();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await accept("desk.json");

    // The case: two people at risk; only one agreed to share, and to be named to authorities
    // and in public (she withdraws the public naming later).
    await app.click("escalation-tab-cases");
    await app.click("case-add");
    await app.type("case-title", caseTitle);
    await app.type("case-summary", "Taken at night from the road block.");
    await app.click("case-request-letter");
    for (const name of [marker, second]) {
      await app.cmd("POST", `/element/${await app.findCss(`[data-testid="case-person"][data-name="${name}"]`)}/click`, {});
    }
    await app.find("consent-table");
    await app.cmd("POST", `/element/${await app.findCss(`[data-testid="case-incident"][data-name="${incidentTitle}"]`)}/click`, {});
    await app.click("case-file");
    for (const use of ["shareWithDesk", "nameToAuthorities", "nameInPublic"]) {
      await app.cmd("POST", `/element/${await app.findCss(`[data-testid="consent-${use}"][data-name="${marker}"]`)}/click`, {});
    }
    await shot(app, "escalation-case");
    await app.click("case-save");
    await app.until("the case listed", async () => (await app.all('[data-testid="case"]')).length === 1);
    await app.click("case-open");
    await app.until("the desk preview", async () => (await app.text("preview-content")).includes(marker));
    if ((await app.text("preview-content")).includes(second)) throw new Error("a person without consent is in the desk preview");
    await app.click("preview-public");
    await app.until("the public preview", async () => !(await app.text("preview-content")).includes(marker));
    // Without a desk between: the community drafts its own request to Front Line Defenders from
    // what the package would carry (her name, which she agreed to give; no pseudonym, nobody else).
    await app.click("mechanism-draft");
    const own = await app.until("the community's own request", () => app.script(`return document.querySelector('[data-testid="mechanism-text"]')?.value ?? ""`));
    if (!own.includes(realName) || own.includes(marker) || own.includes(second)) throw new Error(`the community's request names only who agreed: ${own}`);
    await app.find("mechanism-missing");
    await shot(app, "escalation-own-request");
    await choosePath(app, join(files, "own-request.txt"));
    await app.click("mechanism-save-text");
    await app.until("the request saved as text", async () => existsSync(join(files, "own-request.txt")));
    if ((statSync(join(files, "own-request.txt")).mode & 0o777) !== 0o600) throw new Error("the request is readable by its owner only");
    // A plaintext copy the person asked for: gone before the disk scan at the end.
    unlinkSync(join(files, "own-request.txt"));
    await app.click("send-desk");
    await choosePath(app, join(files, "case.tar"));
    await app.click("case-send");
    await app.find("case-sent");
    await shot(app, "escalation-preview");

    // The desk (the demo vault, marked as a desk's) opens it and keeps it.
    await openDemo();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-contacts");
    await app.click("desk-mark");
    await app.find("escalation-tab-received");
    await app.click("escalation-tab-open");
    await choosePath(app, join(files, "case.tar"));
    await app.click("package-open");
    await app.find("received-case");
    const received = await app.text("received-case");
    if (!received.includes(caseTitle) || !received.includes(realName)) throw new Error(`the desk reads the case, with the name agreed: ${received}`);
    if (received.includes(second)) throw new Error("a person without consent reached the desk");
    await choosePath(app, join(files, "statement-copy.txt"));
    await app.click("received-file-save");
    // A plaintext copy asks for the vault's passphrase again (the desk here is the demo).
    await app.type("confirm-secret-input", "tejido demo");
    await app.click("confirm-secret-submit");
    await app.until("the file saved by the desk", async () => existsSync(join(files, "statement-copy.txt")));
    if (readFileSync(join(files, "statement-copy.txt"), "utf8") !== statementText) throw new Error("the statement arrived changed");

    // Triage, then a letter to the government: drafted with the name she agreed to give to
    // authorities, sent only once an organisation agreed to sign it.
    await app.type("desk-working-group", "Women and land");
    await app.cmd("POST", `/element/${await app.findCss('[data-testid="desk-profile"][data-id="women-defenders"]')}/click`, {});
    await app.click("desk-triage-save");
    await app.until("the triage saved", async () => (await app.text("received-cases")).includes("Women and land"));
    // Searching the desk's cases (in the core): a word of none finds nothing and says so; a word
    // of the title in another case finds this one alone.
    await app.type("received-search", "zzqx");
    await app.find("received-search-none");
    await app.type("received-search", "mw3ty6");
    await app.until("only this case listed", async () => {
      const listed = await app.all('[data-testid="received"]');
      return listed.length === 1 && (await app.text("received-cases")).includes(caseTitle);
    });
    await app.click("desk-action-draft");
    await app.find("desk-action-form");
    const letter = await app.script(`return document.querySelector('[data-testid="desk-action-text"]').value`);
    if (!letter.includes(realName) || letter.includes(second)) throw new Error(`the letter names only who agreed: ${letter}`);
    await app.type("desk-signatory-name", signatory);
    await app.click("desk-signatory-add");
    await choose(app, "desk-action-status", "sent");
    await app.type("desk-owner", "Luisa");
    await app.click("desk-action-save");
    await app.until("the refusal without a consenting signatory", async () => (await app.text("desk-action-error")).length > 0);
    await app.click("desk-signatory-consent");
    await app.click("desk-action-save");
    await app.until("the letter listed", async () => (await app.all('[data-testid="desk-action"]')).length === 1);
    await shot(app, "desk-case");
    await app.click("desk-action-print");
    await app.waitForView("desk-print");
    const printed = await app.text("desk-print-action");
    if (!printed.includes(signatory) || !printed.includes(realName)) throw new Error(`the letter prints with its signatory: ${printed}`);
    await app.click("desk-print-back");
    await app.waitForView("escalation");

    // A media brief names her: she agreed to be named in public (for now).
    await choose(app, "desk-action-kind", "media-brief");
    await app.click("desk-action-draft");
    await app.find("desk-action-form");
    const brief = await app.script(`return document.querySelector('[data-testid="desk-action-text"]').value`);
    if (!brief.includes(realName) || brief.includes(marker)) throw new Error(`the brief names her, never by her pseudonym: ${brief}`);
    await app.click("desk-action-save");
    await app.until("the brief listed", async () => (await app.all('[data-testid="desk-action"]')).length === 2);
    const printable = () => app.script(`return [...document.querySelectorAll('[data-testid="desk-action-print"]')].map((b) => !b.disabled)`);
    if ((await printable()).join() !== "true,true") throw new Error("both texts follow consent and may be printed");

    // A request to Front Line Defenders, laid out as its published guidance asks with the
    // source beside it; the consent check answers while the desk types; copied and saved as
    // text for the mechanism's web form.
    await choose(app, "desk-action-kind", "front-line-defenders");
    await app.until("the template's source shown", async () => (await app.text("template-source")).includes("frontlinedefenders.org"));
    await app.click("desk-action-draft");
    await app.find("desk-action-form");
    const request = await app.script(`return document.querySelector('[data-testid="desk-action-text"]').value`);
    // Drafted in the language the desk works in (Spanish here).
    const form = JSON.parse(readFileSync(join(root, "assets/templates/escalation/es.json"), "utf8"));
    if (!request.includes(realName) || request.includes(marker) || request.includes(second) || !request.includes(form.stillToComplete)) {
      throw new Error(`the request names only who agreed and lists what is missing: ${request}`);
    }
    await app.find("desk-live-clear");
    await app.type("desk-action-text", ` ${marker} called us.`, { clear: false });
    await app.until("the pseudonym flagged while typing", async () => (await app.text("desk-live-findings")).includes(marker));
    await app.type("desk-action-text", request);
    await app.find("desk-live-clear");
    await app.click("desk-action-save");
    await app.until("the request listed", async () => (await app.all('[data-testid="desk-action"]')).length === 3);
    const third = (testid) => app.findCss(`[data-testid="desk-action"]:nth-child(3) [data-testid="${testid}"]`);
    await app.cmd("POST", `/element/${await third("desk-action-copy")}/click`, {});
    await app.until("the request copied", async () => (await app.text("toast")) === ftl("es", "desk-action-copied"));
    await choosePath(app, join(files, "front-line-defenders.txt"));
    await app.cmd("POST", `/element/${await third("desk-action-save-text")}/click`, {});
    // The file appears before its words are in it: wait for the app to say it saved it.
    await app.until("the request saved as text", async () => (await app.text("toast")).includes("front-line-defenders.txt") && existsSync(join(files, "front-line-defenders.txt")));
    const saved = readFileSync(join(files, "front-line-defenders.txt"), "utf8");
    if (!saved.startsWith(form.mechanisms.frontLineDefenders.title.split(":")[0]) || !saved.includes(realName) || saved.includes(marker)) throw new Error(`the saved text: ${saved}`);
    if ((statSync(join(files, "front-line-defenders.txt")).mode & 0o777) !== 0o600) throw new Error("the text file is readable by its owner only");
    // A plaintext copy the person asked for, where they chose: gone before the disk scan below,
    // which looks for what the app itself leaves behind.
    unlinkSync(join(files, "front-line-defenders.txt"));
    await shot(app, "desk-mechanism-request");

    // An outcome on the timeline and in the impact report.
    await app.find("received-case");
    await choose(app, "desk-outcome-kind", "release");
    await app.type("desk-outcome-note", outcomeNote);
    await app.click("desk-outcome-add");
    await app.until("the outcome on the timeline", async () => (await app.text("desk-timeline")).includes(outcomeNote));
    await app.click("escalation-tab-trends");
    await app.find("trends");
    // One line per case for an annual report: the outcome is in it, nobody's name, 0600.
    await choosePath(app, join(files, "cases.csv"));
    await app.click("trends-csv");
    await app.until("the cases saved as CSV", async () => existsSync(join(files, "cases.csv")));
    const casesCsv = readFileSync(join(files, "cases.csv"), "utf8");
    if (!casesCsv.includes("women-defenders")) throw new Error(`the CSV carries the defenders' profile: ${casesCsv}`);
    if (!(await app.text("trends-profiles")).includes("1")) throw new Error("the trends count the case under its defenders' profile");
    if (!casesCsv.includes("release") || [marker, second, realName].some((n) => casesCsv.includes(n))) throw new Error(`the CSV: ${casesCsv}`);
    if ((statSync(join(files, "cases.csv")).mode & 0o777) !== 0o600) throw new Error("the CSV is readable by its owner only");
    unlinkSync(join(files, "cases.csv"));
    await app.click("impact-open");
    await app.waitForView("desk-print");
    await app.until("the impact report", async () => (await app.text("impact-report")).includes(outcomeNote));
    await shot(app, "desk-impact");
    await app.click("desk-print-back");
    await app.waitForView("escalation");

    // A status report back to the community, which finds it on its case.
    await app.click("escalation-tab-received");
    await app.click("received-open");
    await app.type("desk-status-message", statusMessage);
    await choosePath(app, join(files, "status.tar"));
    await app.click("desk-status-send");
    await app.until("the status report on the timeline", async () => (await app.text("desk-timeline")).includes(statusMessage));
    await unlockOurs();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-open");
    await choosePath(app, join(files, "status.tar"));
    await app.click("package-open");
    await app.find("case-update");
    const update = await app.text("case-update");
    if (!update.includes(statusMessage) || !update.includes(outcomeNote)) throw new Error(`the community reads the status report: ${update}`);
    if (update.includes(signatory)) throw new Error("the letter's signatories stay at the desk");
    await shot(app, "escalation-status");

    // She withdraws her public consent after the case was sent: the community seals an update
    // to the same desk, and the desk's public brief refuses to print (the letter to the
    // government still may: she still agrees to be named to authorities).
    await app.click("case-edit");
    await app.cmd("POST", `/element/${await app.findCss(`[data-testid="consent-nameInPublic"][data-name="${marker}"]`)}/click`, {});
    await app.click("case-save");
    await app.click("case-open");
    await choosePath(app, join(files, "consent.tar"));
    await app.click("case-consent-update");
    await app.until("the consent update saved", async () => existsSync(join(files, "consent.tar")));
    await openDemo();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-open");
    await choosePath(app, join(files, "consent.tar"));
    await app.click("package-open");
    await app.find("received-case");
    await app.until("the brief flagged", async () => (await app.text("desk-action-findings")).includes(realName));
    if ((await printable()).join() !== "true,false,true") throw new Error(`the public brief refuses to print, the letter and the request still may: ${await printable()}`);
    await app.find("received-consent-changed");
    await shot(app, "desk-consent-withdrawn");
    await unlockOurs();
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-back");
    await app.waitForView("home");
  });

  await step("a desk's Advisory Group adds a member; a case sealed to her working group waits sealed until she opens it with her own passphrase, and the signed log says so", async () => {
    const files = join(home, "exchange");
    const member = "Ana Mesa";
    const own = memberPassphrase;
    const title = sealedTitle;
    // At the desk (the demo, marked as a desk's in the step before): the member is added by a
    // decision, types her own passphrase, and the desk's contact file now lists her.
    await openDemoVault(app);
    await escalationTab(app, "oversight");
    await app.click("oversight-add");
    await app.type("oversight-name", member);
    await app.type("oversight-groups", "Tierra");
    await app.type("oversight-passphrase", own);
    await app.type("oversight-passphrase-again", own);
    await app.type("oversight-present", "3");
    await app.click("oversight-add-submit");
    await app.until("the member listed", async () => (await app.all(`[data-testid="oversight-member"][data-name="${member}"]`)).length === 1);
    await shot(app, "desk-oversight-member");
    await app.click("escalation-tab-contacts");
    await choosePath(app, join(files, "desk-members.json"));
    await app.click("own-contact-desk");
    await app.find("toast");
    const readAloud = (await app.text("saved-fingerprint")).trim();
    if (!readFileSync(join(files, "desk-members.json"), "utf8").includes(member)) throw new Error("the desk's contact file lists its member");

    // The community takes the desk's new file (the same fingerprint: one desk, updated) and
    // sends a case of the working group "Tierra".
    await unlockOurVault(app);
    await escalationTab(app, "contacts");
    await choosePath(app, join(files, "desk-members.json"));
    await app.click("contact-read");
    if ((await app.text("contact-fingerprint")).trim() !== readAloud) throw new Error("the same desk, the same fingerprint");
    await app.click("contact-checked");
    await app.click("contact-accept");
    await app.until("one desk, updated", async () => (await app.all('[data-testid="contact"]')).length === 1);
    await app.until("the desk's member shown", async () => (await app.text("contact-members")).includes(member));
    await app.click("escalation-tab-cases");
    await app.click("case-add");
    await app.type("case-title", title);
    await choose(app, "case-working-group", "Tierra");
    await app.click("case-save");
    await app.until("the case listed", async () => (await app.text("cases")).includes(title));
    const rows = await app.all('[data-testid="case-open"]');
    await app.cmd("POST", `/element/${rows[0]}/click`, {});
    await app.click("send-desk");
    await choosePath(app, join(files, "case-sealed.tar"));
    await app.click("case-send");
    await app.until("the package written", async () => existsSync(join(files, "case-sealed.tar")));

    // The desk cannot read it: it waits sealed until Ana opens it with her passphrase.
    await openDemoVault(app);
    await escalationTab(app, "open");
    await choosePath(app, join(files, "case-sealed.tar"));
    await app.click("package-open");
    await app.find("oversight-package");
    await app.click("oversight-open");
    await app.type("oversight-open-passphrase", own);
    await app.click("oversight-open-submit");
    await app.until("the case opened", async () => (await app.text("received-case")).includes(title));
    await app.click("escalation-tab-oversight");
    await app.until("one signed opening", async () => (await app.all('[data-testid="oversight-log-entry"]')).length === 1);
    await app.find("oversight-log-verified");
    if (!(await app.text("oversight-log")).includes(member)) throw new Error("the log names who opened it");
    await app.script(`document.querySelector('[data-testid="oversight-log"]').scrollIntoView({ block: "center" })`);
    await shot(app, "desk-oversight-log");

    // A petition for her case: its tally counted from the file of signatures, each person once.
    await app.click("escalation-tab-received");
    await app.find("received-case");
    await choose(app, "desk-action-kind", "petition");
    await app.click("desk-action-draft");
    await app.find("desk-action-form");
    writeFileSync(join(files, "firmas.csv"), "Nombre;Correo\nAna;ana@example.org\nana;ANA@example.org \nLuis;luis@example.org\n");
    await choosePath(app, join(files, "firmas.csv"));
    await app.click("desk-tally-count");
    await app.until("the tally counted", async () => (await app.text("desk-tally")).includes("firmas.csv"));
    const tally = await app.text("desk-tally");
    if (!/\b2\b/.test(tally) || !/\b1\b|\buna\b|\bone\b/i.test(tally)) throw new Error(`two people, one repeated row: ${tally}`);
    await shot(app, "desk-petition-tally");
    await app.click("desk-action-save");
    await app.until("the petition saved", async () => (await app.all('[data-testid="desk-action"]')).length === 1);
    await unlockOurVault(app);
  });

  await step("a second laptop joins by invitation, changes travel both ways by USB stick, a removal against an edit is settled", async () => {
    const exchange = join(home, "exchange");
    const stick = join(home, "stick");
    mkdirSync(stick, { recursive: true });
    const invitation = join(exchange, "second-laptop.tejido-invite");
    const laptopB = join(home, "Vaults", "Second laptop.tejido");
    const passB = "second laptop passphrase 4711";
    // The second laptop is driven by the command line, the same core without a window.
    const cli = (args, input) => {
      const run = spawnSync(join(root, "target/debug/tejido"), args, { env, input, encoding: "utf8" });
      if (run.status !== 0) throw new Error(`tejido ${args.join(" ")}: ${run.stderr}`);
      return run.stdout;
    };

    await app.click("sync-button");
    await app.waitForView("sync");
    await app.type("sync-laptop-name", "Office laptop");
    await app.click("sync-start");
    await app.type("sync-invite-name", "Second laptop");
    await app.type("sync-invite-current", passphrase);
    await choosePath(app, invitation);
    await app.click("sync-invite");
    await app.find("sync-invitation-code");
    const code = (await app.text("sync-invitation-code")).trim();
    await shot(app, "sync-invitation");
    const joined = cli(["sync", "join", laptopB, "--invitation", invitation], `${code.toLowerCase()}\n${passB}\n`);
    // The second laptop shows a code of its own, read aloud and typed on the first one.
    const ownCode = /\(tejido sync confirm\)[^:]*:\s*([A-Z0-9]{4} [A-Z0-9]{4} [A-Z0-9]{4})/.exec(joined)?.[1];
    if (!ownCode) throw new Error(`the joined laptop shows a code to read back: ${joined}`);

    // Offline, each on its own laptop: the second removes a member and adds one, the first
    // changes the member the second removed.
    cli(["person", "remove", laptopB, "--pseudonym", second], `${passB}\n`);
    cli(["person", "add", laptopB, "--pseudonym", fromSecondLaptop], `${passB}\n`);
    cli(["sync", "stick", laptopB, stick], `${passB}\n`);
    await app.click("sync-back");
    await app.waitForView("home");
    await app.script(`[...document.querySelectorAll('[data-testid="person-row"]')].find((r) => r.innerText.includes(${JSON.stringify(second)})).querySelector('[data-testid="person-edit"]').click()`);
    await app.type("person-role", editedOnFirst);
    await app.click("person-save");
    await app.until("the edit saved", async () => (await app.all('[data-testid="person-save"]')).length === 0);

    // The first laptop meets the stick: the new member arrives, the removal goes to review.
    await app.click("sync-button");
    await app.waitForView("sync");
    await app.type("sync-stick", stick);
    await app.click("sync-copy");
    await app.find("sync-report");
    // Nothing of the second laptop is trusted until its code is typed here; a wrong one is said so.
    await app.find("sync-laptop-awaiting");
    if ((await app.all('[data-testid="sync-conflict"]')).length !== 0) throw new Error("nothing applied before the code is typed");
    await app.type("sync-confirm-code", "AAAA AAAA AAAA");
    await app.click("sync-confirm-submit");
    await app.find("sync-confirm-error");
    await app.script(`document.querySelector('[data-testid="sync-laptop-awaiting"]').scrollIntoView({ block: "center" })`);
    await shot(app, "sync-confirm-laptop");
    await app.type("sync-confirm-code", ownCode.toLowerCase());
    await app.click("sync-confirm-submit");
    await app.until("the second laptop confirmed", async () => (await app.all('[data-testid="sync-laptop-awaiting"]')).length === 0);
    await app.find("sync-conflict");
    await app.script(`document.querySelector('[data-testid="sync-conflict"]').scrollIntoView({ block: "center" })`);
    await shot(app, "sync-conflicts");
    await app.click("sync-bring-back");
    await app.find("sync-no-conflicts");
    await app.click("sync-copy");
    await app.find("sync-report");
    await app.click("sync-back");
    await app.waitForView("home");
    await app.until("the member from the second laptop and the one brought back", async () => {
      const names = await app.script(`return [...document.querySelectorAll('[data-testid="person-row"]')].map((r) => r.innerText).join("\\n")`);
      return names.includes(fromSecondLaptop) && names.includes(second);
    });

    // The second laptop takes the choice from the stick: the member is back, with the role
    // written on the first.
    cli(["sync", "stick", laptopB, stick], `${passB}\n`);
    const people = JSON.parse(cli(["person", "list", laptopB, "--json"], `${passB}\n`));
    const back = people.find((p) => p.pseudonym === second);
    if (!back || back.role !== editedOnFirst) throw new Error(`the second laptop follows the choice: ${JSON.stringify(people.map((p) => [p.pseudonym, p.role]))}`);
  });

  await step("the panic key locks at once and leaves nothing typed on screen, and no vault named", async () => {
    const typed = "PANIC-Ty7Qm2 half-typed name";
    await app.click("person-add");
    await app.type("person-pseudonym", typed);
    // Ctrl+Shift+L pressed in the field, then the modifiers released.
    const field = await app.find("person-pseudonym");
    await app.cmd("POST", `/element/${field}/value`, { text: "\uE009\uE008l\uE000" });
    await app.waitForView("welcome");
    await app.until("a page with nothing of the vault", async () => {
      const page = await app.script("return document.documentElement.outerHTML + [...document.querySelectorAll('input, textarea')].map((f) => f.value).join(' ')");
      return !page.includes("PANIC-Ty7Qm2") && !page.includes(vaultDir) && !page.includes("Cooperativa E2E");
    });
    if ((await app.all('[data-testid="recent-vault"], [data-testid="locked-notice"]')).length) throw new Error("the welcome after a panic names a vault or says it locked");
    await shot(app, "after-panic");
  });

  await step("the recovery split 2 of 3: two cards open the vault after this laptop's keys are shredded", async () => {
    const sharesDir = join(home, "Vaults", "Shares E2E.tejido");
    if ((await app.all('[data-testid="lock-button"]')).length) await lock(app);
    if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
    await createVault(app, "Shares E2E", sharesDir);
    await app.click("recovery-written");
    await app.click("recovery-continue");
    await app.waitForView("home");
    await app.click("settings-button");
    await app.waitForView("settings");
    await choose(app, "shares-total", "3");
    await choose(app, "shares-threshold", "2");
    await app.type("shares-current", passphrase);
    await app.click("shares-submit");
    await app.waitForView("share-cards", 30000);
    const cards = await app.script("return [...document.querySelectorAll('[data-testid=share-text]')].map((c) => c.innerText)");
    if (cards.length !== 3 || !cards.every((c) => c.startsWith("tjs1"))) throw new Error(`three cards: ${cards}`);
    await shot(app, "share-cards");
    await app.click("share-cards-done");
    await app.click("share-cards-continue");
    await app.waitForView("settings");
    // Asked twice: open the form, then tick and confirm with the passphrase.
    await app.click("shred-start");
    await app.click("shred-understood");
    await app.type("shred-current", passphrase);
    await app.click("shred-submit");
    await app.waitForView("welcome", 30000);
    if ((await app.all('[data-testid="recent-vault"]')).length) throw new Error("the welcome after a shred names a vault");
    await app.click("welcome-open");
    await app.waitForView("unlock");
    await app.type("unlock-folder", sharesDir);
    await app.type("unlock-passphrase", passphrase);
    await app.click("unlock-submit");
    await app.until("the shredded passphrase refused", async () => (await app.text("unlock-error")).length > 0, 30000);
    await app.click("unlock-use-shares");
    await app.waitForView("recover-shares");
    await app.type("unlock-folder", sharesDir);
    const fields = await app.all('[data-testid="recover-share"] input, input[data-testid="recover-share"]');
    // Typed as a person copies the cards: the first and the third.
    await app.cmd("POST", `/element/${fields[0]}/value`, { text: cards[0] });
    await app.cmd("POST", `/element/${fields[1]}/value`, { text: cards[2] });
    await app.type("recover-new-passphrase", "heron blanket tortilla 31");
    await app.type("recover-confirm", "heron blanket tortilla 31");
    await app.click("recover-shares-submit");
    await app.waitForView("home", 30000);
    const name = await app.text("home-collective-name");
    if (!name.includes("Shares E2E")) throw new Error(`the shares opened another vault: ${name}`);
  });

  await step("a duress passphrase opens the demo under the collective's name, and then the real passphrase opens nothing", async () => {
    const sharesDir = join(home, "Vaults", "Shares E2E.tejido");
    const real = "heron blanket tortilla 31";
    await app.click("settings-button");
    await app.waitForView("settings");
    await app.click("duress-start");
    await app.click("duress-understood");
    await app.type("duress-current", real);
    await app.type("duress-new", "copper kettle morning 52");
    await app.type("duress-confirm", "copper kettle morning 52");
    await app.click("duress-submit");
    await app.find("duress-done", { timeoutMs: 60000 });
    await shot(app, "duress-set");
    await app.click("settings-back");
    await app.waitForView("home");
    await lock(app);
    await app.waitForView("unlock");
    await app.type("unlock-folder", sharesDir);
    await app.type("unlock-passphrase", "copper kettle morning 52");
    await app.click("unlock-submit");
    await app.waitForView("home", 30000);
    const name = await app.text("home-collective-name");
    if (!name.includes("Shares E2E")) throw new Error(`the decoy carries the collective's name: ${name}`);
    const rows = await app.all('[data-testid="person-row"]');
    if (rows.length < 35) throw new Error(`the decoy looks used: ${rows.length} people`);
    await shot(app, "duress-decoy");
    await lock(app);
    await app.waitForView("unlock");
    await app.type("unlock-folder", sharesDir);
    await app.type("unlock-passphrase", real);
    await app.click("unlock-submit");
    // The interface is in Spanish since the language step.
    const expected = ftlError("es", "err-vault-wrong-passphrase");
    let shown = "";
    await app.until(
      "the real passphrase shredded",
      async () => (shown = await app.text("unlock-error").catch(() => "")).includes(expected),
      30000,
    ).catch(async (e) => {
      const view = await app.script(`return document.querySelector("[data-view]")?.dataset.view`).catch(() => "?");
      throw new Error(`${e.message}; on the ${view} view, the error read: ${JSON.stringify(shown)}`);
    });
    await app.click("unlock-other-vault");
  });

  await step("a rehearsal: the demo community and a training desk on one laptop; the case goes over sealed with no file, the desk triages, acts, records an outcome and reports back; both vaults are gone at lock", async () => {
    // The panic step before this one may already have left the app on the welcome screen.
    if ((await app.all('[data-testid="lock-button"]')).length) await lock(app);
    if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
    await app.waitForView("welcome");
    await app.click("welcome-rehearse");
    await app.waitForView("home", 30000);
    await app.find("training-pair");
    if (trainingDirs().length !== 2) throw new Error(`two training vaults while rehearsing: ${trainingDirs()}`);
    const clickFirst = async (css) => app.cmd("POST", `/element/${await app.findCss(css)}/click`, {});

    // The community writes the case; one person in it consents to share with the desk.
    await app.click("escalation-button");
    await app.waitForView("escalation");
    await app.click("escalation-tab-cases");
    await app.click("case-add");
    await app.type("case-title", "Rehearsed detention");
    await app.click("case-request-letter");
    await clickFirst('[data-testid="case-person"]');
    await app.find("consent-table");
    await clickFirst('[data-testid="consent-shareWithDesk"]');
    await clickFirst('[data-testid="case-incident"]');
    await app.click("case-save");
    await app.until("the case listed", async () => (await app.all('[data-testid="case"]')).length === 1);
    await app.click("case-open");
    await app.click("training-pair-send-case");
    await app.find("case-sent");
    // The words say "One package…" in English: the count is read from the bar's data, not its text.
    const waiting = (which) => app.script(`return document.querySelector('[data-testid="training-pair-waiting"]').dataset.${which}`);
    await app.until("one package waits for the desk", async () => (await waiting("there")) === "1");
    await shot(app, "rehearsal-community");

    // The desk: the package waits on its "receive" tab; the community's fingerprint is asked.
    await app.click("training-pair-desk");
    await app.waitForView("escalation", 30000);
    await app.click("escalation-tab-open");
    await app.click("training-pair-open");
    await app.find("package-unknown");
    await app.click("package-accept");
    await app.find("received-case");
    if (!(await app.text("received-case")).includes("Rehearsed detention")) throw new Error("the desk reads the rehearsed case");
    await app.type("desk-working-group", "Land and territory");
    await app.click("desk-triage-save");
    await app.until("the triage saved", async () => (await app.text("received-cases")).includes("Land and territory"));
    await app.click("desk-action-draft");
    await app.find("desk-action-form");
    await app.click("desk-action-save");
    await app.until("the letter listed", async () => (await app.all('[data-testid="desk-action"]')).length === 1);
    await choose(app, "desk-outcome-kind", "release");
    await app.type("desk-outcome-note", "Rehearsed release");
    await app.click("desk-outcome-add");
    await app.until("the outcome on the timeline", async () => (await app.text("desk-timeline")).includes("Rehearsed release"));
    await app.type("desk-status-message", "Rehearsed status");
    await app.click("desk-status-send");
    await app.find("toast");
    await shot(app, "rehearsal-desk");

    // Back to the community: the status report, with the outcome, lands on its case.
    await app.click("training-pair-community");
    await app.waitForView("escalation", 30000);
    await app.click("escalation-tab-open");
    await app.click("training-pair-open");
    await app.until("the outcome on the community's case", async () => (await app.text("case-update")).includes("Rehearsed release"));
    await shot(app, "rehearsal-back");

    await lock(app);
    if (trainingDirs().length !== 0) throw new Error(`both training vaults are deleted on lock: ${trainingDirs()}`);
  });

  await step("a training vault opens the demo and is gone once locked or closed", async () => {
    // The panic step before this one may already have left the app on the welcome screen.
    if ((await app.all('[data-testid="lock-button"]')).length) await lock(app);
    if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
    await app.waitForView("welcome");
    await app.click("welcome-training");
    await app.waitForView("home", 30000);
    await app.find("training-banner");
    if (trainingDirs().length !== 1) throw new Error(`one training vault while it is open: ${trainingDirs()}`);
    // Locking throws it away…
    await lock(app);
    if (trainingDirs().length !== 0) throw new Error(`the training vault is deleted on lock: ${trainingDirs()}`);
    // …and so does closing Tejido, even when it is killed rather than closed: the next start
    // sweeps what is left.
    if ((await app.all('[data-view="unlock"]')).length) await app.click("unlock-other-vault");
    await app.waitForView("welcome");
    await app.click("welcome-training");
    await app.waitForView("home", 30000);
    await app.end();
    await sleep(500);
    app = await Session.start(base, application);
    await app.waitForView("unlock", 30000);
    if (trainingDirs().length !== 0) throw new Error(`the training vault is gone after closing: ${trainingDirs()}`);
    await app.end().catch(() => {});
    app = null;
  });
} finally {
  if (app) await app.end();
  driver.kill();
  await sleep(500);
}

await step("nothing typed into the app is on disk in plaintext", async () => {
  const needles = [marker, realName, forgottenName, passphrase, incidentTitle, riskTitle, measureTitle, second, decisionTitle, sectionText, noteText, secretNote, caseTitle, signatory, outcomeNote, statusMessage, fromSecondLaptop, editedOnFirst, memberPassphrase, sealedTitle].flatMap((s) => [Buffer.from(s, "utf8"), Buffer.from(s, "utf16le")]);
  const hits = [];
  let files = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(path);
      else if (info.isFile()) {
        files++;
        const bytes = readFileSync(path);
        if (needles.some((n) => bytes.includes(n))) hits.push(path);
      }
    }
  };
  walk(home);
  if (files < 5) throw new Error(`the scan saw too few files (${files}) to mean anything`);
  if (hits.length) throw new Error(`plaintext found in: ${hits.join(", ")}`);
  console.log(`     scanned ${files} files under the app's HOME, config, data, cache and temp folders`);
});

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

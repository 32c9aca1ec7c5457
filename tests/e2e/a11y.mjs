// Accessibility, measured on the real app (issue 23): axe-core run on every screen in each
// language, and the main flows done with the keyboard alone. Used by app.e2e.mjs.
//
// axe-core (Deque, MPL-2.0) is a test-only devDependency of ui/: its `axe.min.js` is sent into
// the web view through WebDriver and never ships with Tejido.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { sleep } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const axeSource = () => readFileSync(join(root, "ui/node_modules/axe-core/axe.min.js"), "utf8");

// WCAG 2.1, levels A and AA: what the issue asks for. axe's "best-practice" rules (landmarks
// around everything, one h1...) are not run; nothing inside these tags is turned off.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Sends axe into the page unless it is there already (a reload, a new window drops it). */
async function loadAxe(app) {
  if (await app.script("return typeof window.axe === 'object'")) return;
  await app.script(`${axeSource()}\n;return typeof window.axe`);
  await app.cmd("POST", "/timeouts", { script: 120000 });
}

/** axe's violations on the page shown now, each with the first few elements it names. */
export async function axeViolations(app) {
  await loadAxe(app);
  // Let the screen settle (a lazy screen's first paint, a toast's fade-in) before measuring.
  await sleep(250);
  const found = await app.scriptAsync(
    `const done = arguments[arguments.length - 1];
     axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(TAGS)} }, resultTypes: ["violations"] })
       .then((r) => done(r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.slice(0, 4).map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 160), why: (n.failureSummary || "").split("\\n").slice(0, 3).join(" ") })),
         count: v.nodes.length,
       }))))
       .catch((e) => done({ error: String(e) }));`,
  );
  if (found?.error) throw new Error(`axe failed: ${found.error}`);
  return found;
}

/** Runs axe on the screen shown and keeps what it found under `where`. */
export class AxeLog {
  constructor() {
    this.rows = [];
    this.ms = 0;
    /** The text of each print passed on the way (`print …` screens), as it goes on paper. */
    this.prints = [];
  }

  async check(app, lang, screen) {
    const started = Date.now();
    const violations = await axeViolations(app);
    this.ms += Date.now() - started;
    this.rows.push({ lang, screen, violations });
    if (screen.startsWith("print ")) this.prints.push({ lang, screen, text: await printedText(app) });
    return violations;
  }

  /** The summary, one line per screen with its count per language, then each violation. */
  report() {
    const langs = [...new Set(this.rows.map((r) => r.lang))];
    const screens = [...new Set(this.rows.map((r) => r.screen))];
    const lines = [`     axe-core (${TAGS.join(", ")}): ${this.rows.length} passes, ${Math.round(this.ms / 1000)} s`];
    lines.push(`     ${"screen".padEnd(24)}${langs.map((l) => l.padStart(5)).join("")}`);
    for (const screen of screens) {
      const cells = langs.map((lang) => {
        const row = this.rows.find((r) => r.lang === lang && r.screen === screen);
        return (row ? String(row.violations.reduce((n, v) => n + v.count, 0)) : "-").padStart(5);
      });
      lines.push(`     ${screen.padEnd(24)}${cells.join("")}`);
    }
    for (const row of this.rows) {
      for (const v of row.violations) {
        lines.push(`     ${row.lang} ${row.screen}: ${v.id} (${v.impact}, ${v.count}) ${v.help}`);
        for (const n of v.nodes) lines.push(`         ${n.target} ${n.html}\n           ${n.why}`);
      }
    }
    return lines.join("\n");
  }

  get total() {
    return this.rows.reduce((n, r) => n + r.violations.length, 0);
  }
}

/** The words of the print on screen as they go on paper: what is marked `no-print` (the
 * buttons, the choice of names) hidden for the moment of reading, as the print style does. */
const printedText = (app) =>
  app.script(`
    const hide = document.createElement("style");
    hide.textContent = ".no-print { display: none !important; }";
    document.head.append(hide);
    const text = document.querySelector("main[data-view]").innerText;
    hide.remove();
    return text;`);

// ---------------------------------------------------------------------------------------
// The keyboard alone.

export const KEY = {
  tab: "\uE004",
  enter: "\uE007",
  escape: "\uE00C",
  space: "\uE00D",
  shift: "\uE008",
  left: "\uE012",
  up: "\uE013",
  right: "\uE014",
  down: "\uE015",
  f5: "\uE035",
};

/** What has the focus: its test id, role, accessible name (as far as a page can compute it),
 * and whether the focus is drawn (`:focus-visible` with an outline or a shadow). */
export const focused = (app) =>
  app.script(`
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const text = (node) => (node?.innerText ?? node?.textContent ?? "").replace(/\\s+/g, " ").trim();
    let name = "";
    const by = el.getAttribute("aria-labelledby");
    if (by) name = by.split(/\\s+/).map((id) => text(document.getElementById(id))).join(" ").trim();
    if (!name) name = (el.getAttribute("aria-label") || "").trim();
    if (!name && el.labels?.length) name = [...el.labels].map(text).join(" ").trim();
    if (!name && !["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName)) name = text(el);
    if (!name) name = (el.getAttribute("title") || "").trim();
    if (!name && el.tagName === "INPUT" && ["submit", "button"].includes(el.type)) name = el.value;
    const style = getComputedStyle(el);
    let drawn = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
    // An SVG control (a person or a place on the map) draws its focus as a thick ring in the
    // focus colour on its own shape, not as an outline around a box.
    if (!drawn && el instanceof SVGElement) {
      const probe = document.createElement("span");
      probe.style.color = "var(--focus)";
      document.body.append(probe);
      const ring = getComputedStyle(probe).color;
      probe.remove();
      drawn = [...el.querySelectorAll("circle, rect, path, ellipse")].some((shape) => {
        const drawnShape = getComputedStyle(shape);
        return drawnShape.stroke === ring && parseFloat(drawnShape.strokeWidth) >= 3;
      });
    }
    let visible = false;
    try { visible = el.matches(":focus-visible") && drawn; } catch { visible = drawn; }
    // WebKit leaves :focus-visible off some focus the keyboard gives (the radio button the arrows
    // move to, a date field): there the ring counts when it is the focus's own, that is when a
    // copy of the control, out of any group and unfocused, has none.
    if (!visible && drawn && !(el instanceof SVGElement)) {
      const twin = el.cloneNode(false);
      for (const attribute of ["id", "name", "data-testid", "autofocus"]) twin.removeAttribute(attribute);
      twin.style.position = "absolute";
      twin.style.visibility = "hidden";
      el.after(twin);
      const plain = getComputedStyle(twin);
      visible = !((plain.outlineStyle !== "none" && parseFloat(plain.outlineWidth) > 0) || plain.boxShadow !== "none");
      twin.remove();
    }
    // A dialog or a tab panel that takes the focus to be read is not a control to label.
    const container = el.tabIndex === -1 && !el.matches("a, button, input, select, textarea, [role=tab], [role=button]");
    return {
      testid: el.dataset?.testid ?? "",
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") ?? "",
      name: name.slice(0, 80),
      visible, container,
      view: el.closest("[data-view]")?.dataset.view ?? "",
      // What the control sits in (a form, a checklist) and what kind of field it is, for a
      // control with no test id of its own (a radio button of the alert levels).
      within: el.parentElement?.closest("[data-testid]")?.dataset.testid ?? "",
      type: el.getAttribute("type") ?? "",
      checked: el.checked === true,
    };`);

/** Keeps every control the keyboard reached that had no name or no visible focus. */
export class KeyboardLog {
  constructor() {
    this.problems = new Map();
    this.reached = 0;
    this.laps = [];
    this.since = { at: Date.now(), reached: 0 };
  }

  /** Ends a part of the flow: its time and the controls reached in it, for the run's log. */
  lap(part) {
    this.laps.push(`${part} ${((Date.now() - this.since.at) / 1000).toFixed(1)} s/${this.reached - this.since.reached}`);
    this.since = { at: Date.now(), reached: this.reached };
  }

  note(where, f) {
    if (!f || f.container) return;
    this.reached++;
    const what = `${f.view} ${f.tag}${f.role ? `[role=${f.role}]` : ""}${f.testid ? `[${f.testid}]` : ""} "${f.name}"`;
    if (!f.name) this.problems.set(`${what}: no name`, where);
    if (!f.visible) this.problems.set(`${what}: focus not visible`, where);
  }
}

/** One Tab, or Shift+Tab, as WebDriver actions. Each key goes up in the same list it went down
 * in, so the release call `app.press` adds is left out: the walks of Tab presses are most of
 * the keyboard steps' time, and that call is half of each press. */
const tab = (app, back) => {
  const keys = back ? [KEY.shift, KEY.tab] : [KEY.tab];
  const actions = [...keys.map((value) => ({ type: "keyDown", value })), ...keys.reverse().map((value) => ({ type: "keyUp", value }))];
  return app.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
};

/** Presses Tab (or Shift+Tab) until `matches(focused)` holds; each control passed on the way
 * is checked. */
export async function tabTo(app, log, what, matches, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    await tab(app, back);
    const f = await focused(app);
    log.note(what, f);
    if (f && matches(f)) return f;
  }
  throw new Error(`${max} presses of ${back ? "Shift+" : ""}Tab did not reach ${what}`);
}

/** Tab to the control with test id `testid`. */
export const tabToId = (app, log, testid, options) => tabTo(app, log, testid, (f) => f.testid === testid, options);

/** Types `text` into whatever has the focus, key by key. */
export const typeKeys = (app, text) => app.press(...[...text]);

// ---------------------------------------------------------------------------------------
// The steps.

const exists = async (app, testId) => (await app.all(`[data-testid="${testId}"]`)).length > 0;

/** From the home of the open demo, in the language set now: every screen of an open vault,
 * each of its tabs, the prints and presentation mode, axe on each. Back at the home after. */
async function openVaultScreens(app, log, lang) {
  const check = (screen) => log.check(app, lang, screen);
  await app.waitForView("home");
  await check("home");

  await app.click("risks-button");
  await app.waitForView("risks");
  for (const tab of ["overview", "context", "actors", "incidents", "threats", "risks", "plan", "indicators"]) {
    await app.click(`risk-tab-${tab}`);
    await app.find(`risk-section-${tab}`);
    await check(`risks ${tab}`);
  }
  // A risk open, with its history and the reassessment form.
  const openRisk = await app.all('[data-testid="record-open"]');
  if (openRisk.length) {
    await app.click("record-open");
    await app.find("risk-detail");
    await check("risks risk-detail");
  }
  await app.click("risks-print");
  await app.waitForView("register");
  await check("print register");
  await app.click("register-back");
  await app.waitForView("risks");
  await app.click("risks-back");
  await app.waitForView("home");

  await app.click("network-button");
  await app.waitForView("network");
  await check("network map");
  await app.click("view-table");
  await app.find("links");
  await check("network table");
  await app.click("view-map");
  await app.click("network-back");
  await app.waitForView("home");

  await app.click("protocol-button");
  await app.waitForView("protocol");
  if (await exists(app, "protocol-start")) await app.click("protocol-start");
  for (const tab of ["principles", "sections", "levels", "decisions", "versions", "checks"]) {
    await app.click(`protocol-tab-${tab}`);
    await app.until(`the ${tab} tab`, () => app.script(`return document.querySelector('[data-testid="protocol-tab-${tab}"]').getAttribute("aria-selected") === "true"`));
    await check(`protocol ${tab}`);
  }
  // Presentation mode (F5), what the room sees.
  await app.press(KEY.f5);
  await app.findCss('[data-view="presentation"]');
  await check("presentation");
  await app.press(KEY.escape);
  await app.until("presentation left", async () => (await app.all('[data-view="presentation"]')).length === 0);
  await app.click("protocol-print");
  await app.waitForView("protocol-print");
  await check("print protocol");
  await app.click("protocol-print-back");
  await app.waitForView("protocol");
  await app.click("protocol-back");
  await app.waitForView("home");

  await app.click("workshop-button");
  await app.waitForView("workshop");
  // The demo has no workshop: the first pass makes one from the template, as a person would.
  if (await exists(app, "workshop-new")) {
    await check("workshop empty");
    await app.click("workshop-new");
    await app.until("the template agenda", async () => (await app.all('[data-testid="agenda-item"]')).length > 0);
  }
  await check("workshop");
  await app.click("workshop-report");
  await app.waitForView("workshop-print");
  await check("print workshop");
  await app.click("workshop-print-back");
  await app.waitForView("workshop");
  await app.click("workshop-back");
  await app.waitForView("home");

  await escalationScreens(app, check, "escalation");

  await app.click("sync-button");
  await app.waitForView("sync");
  await check("sync");
  await app.click("sync-back");
  await app.waitForView("home");
}

/** Every tab of the escalation screen (a desk's when the vault is a desk's), and at a desk a
 * received case open and the impact report. Back at the home after. */
async function escalationScreens(app, check, name) {
  await app.click("escalation-button");
  await app.waitForView("escalation");
  const tabs = await app.script(`return [...document.querySelectorAll('[data-testid^="escalation-tab-"]')].map((t) => t.dataset.testid)`);
  for (const tab of tabs) {
    await app.click(tab);
    await app.until(`the ${tab} tab`, () => app.script(`return document.querySelector('[data-testid="${tab}"]').getAttribute("aria-selected") === "true"`));
    await check(`${name} ${tab.replace("escalation-tab-", "")}`);
    if (tab === "escalation-tab-received" && (await exists(app, "received-open"))) {
      await app.click("received-open");
      await app.find("received-case");
      await check(`${name} received-case`);
    }
    if (tab === "escalation-tab-trends" && (await exists(app, "impact-open"))) {
      await app.click("impact-open");
      await app.waitForView("desk-print");
      await check(`print impact`);
      await app.click("desk-print-back");
      await app.waitForView("escalation");
    }
  }
  await app.click("escalation-back");
  await app.waitForView("home");
}

/** The screens before a vault is open: welcome, open (unlock), create, join. Ends on the welcome. */
async function lockedScreens(app, log, lang) {
  const check = (screen) => log.check(app, lang, screen);
  await app.click("lock-button");
  await app.until("the locked screen", async () => (await app.all('[data-view="unlock"], [data-view="welcome"]')).length > 0);
  if (await exists(app, "unlock-other-vault")) await app.click("unlock-other-vault");
  await app.waitForView("welcome");
  await check("welcome");
  await app.click("welcome-open");
  await app.waitForView("unlock");
  await check("unlock");
  await app.click("unlock-other-vault");
  await app.waitForView("welcome");
  await app.click("welcome-create");
  await app.waitForView("create");
  await check("create");
  await app.script(`[...document.querySelectorAll('[data-view="create"] button[type="button"]')].at(-1).click()`);
  await app.waitForView("welcome");
  await app.click("welcome-join");
  await app.waitForView("join");
  await check("join");
  await app.script(`[...document.querySelectorAll('[data-view="join"] button[type="button"]')].at(-1).click()`);
  await app.waitForView("welcome");
  // The demo desk: a solidarity network's cases at every stage.
  if (await exists(app, "welcome-desk-demo")) {
    await app.click("welcome-desk-demo");
    await app.waitForView("home", 30000);
    await escalationScreens(app, check, "desk");
    await app.click("lock-button");
    await app.until("the locked screen", async () => (await app.all('[data-view="unlock"], [data-view="welcome"]')).length > 0);
    if (await exists(app, "unlock-other-vault")) await app.click("unlock-other-vault");
    await app.waitForView("welcome");
  }
}

/** The language chosen in the settings, as a person does; the settings measured in it. */
async function setLanguage(app, log, lang, choose) {
  await app.click("settings-button");
  await app.waitForView("settings");
  await choose(app, "settings-language", lang);
  await app.until(`the interface in ${lang}`, async () => (await app.script("return document.documentElement.lang")) === lang);
  await log.check(app, lang, "settings");
  await app.click("settings-back");
  await app.waitForView("home");
}

/** axe on every screen in English, Spanish and French, from the demo's home; the demo open in
 * English again at the end. */
export async function axeEveryScreen(app, { choose, languages = ["en", "es", "fr"] }) {
  const log = new AxeLog();
  for (const lang of languages) {
    await setLanguage(app, log, lang, choose);
    await openVaultScreens(app, log, lang);
    await lockedScreens(app, log, lang);
    await app.click("welcome-demo");
    await app.waitForView("home", 30000);
  }
  if (languages.at(-1) !== "en") {
    await app.click("settings-button");
    await app.waitForView("settings");
    await choose(app, "settings-language", "en");
    await app.until("English again", async () => (await app.script("return document.documentElement.lang")) === "en");
    await app.click("settings-back");
    await app.waitForView("home");
  }
  return log;
}

const viewIs = async (app, view) => (await app.all(`[data-view="${view}"]`)).length > 0;
const waitView = (app, view) => app.until(`the ${view} screen`, () => viewIs(app, view), 30000);
/** Tab to the control, then Enter on it. */
async function enterOn(app, log, testid, options) {
  await tabToId(app, log, testid, options);
  await app.press(KEY.enter);
}

/** The main flows with the keyboard alone, from the demo's home in English: lock and open the
 * demo again, an incident recorded, a person added to the network, an agenda item run and the
 * next one started, presentation mode opened (F5) and left (Escape), every area visited and
 * left, the language changed and changed back. Ends on the demo's home, in English. */
export async function keyboardFlows(app, { name, incident }) {
  const log = new KeyboardLog();
  await app.waitForView("home");
  // Start where a person starts: nothing focused.
  await app.script("document.activeElement?.blur()");

  // Lock, then open the demo from the welcome screen.
  await enterOn(app, log, "lock-button");
  await app.until("locked", async () => (await viewIs(app, "welcome")) || viewIs(app, "unlock"));
  if (await viewIs(app, "unlock")) await enterOn(app, log, "unlock-other-vault");
  await waitView(app, "welcome");
  await enterOn(app, log, "welcome-demo");
  await waitView(app, "home");

  // A person added: Enter on "Add", the form takes the focus, Enter saves.
  await enterOn(app, log, "person-add");
  await app.until("the person form focused", async () => (await focused(app))?.testid === "person-pseudonym");
  log.note("person-pseudonym", await focused(app));
  await typeKeys(app, name);
  await app.press(KEY.enter);
  await app.until("the person listed", () => app.script(`return [...document.querySelectorAll('[data-testid="person-row"]')].some((r) => r.innerText.includes(${JSON.stringify(name)}))`));

  // Every area opened and left; in the risk analysis, an incident recorded.
  await enterOn(app, log, "risks-button", { back: true });
  await waitView(app, "risks");
  await tabTo(app, log, "the risk analysis' tabs", (f) => f.role === "tab");
  // One tab stop for the row of tabs; the arrows move along it and show the section.
  for (let i = 0; i < 10 && (await focused(app))?.testid !== "risk-tab-incidents"; i++) {
    await app.press(KEY.right);
    log.note("risk tabs", await focused(app));
  }
  await app.find("risk-section-incidents");
  await enterOn(app, log, "record-add");
  await app.until("the incident form focused", async () => (await focused(app))?.testid === "field-title");
  await typeKeys(app, incident);
  await app.press(KEY.enter);
  await app.until("the incident listed", async () => (await app.text("records")).includes(incident));
  await enterOn(app, log, "risks-back", { back: true });
  await waitView(app, "home");

  await enterOn(app, log, "network-button");
  await waitView(app, "network");
  await app.until("the person on the map", async () => (await app.all(`[data-testid="graph-node"][data-name="${name}"]`)).length === 1);
  // The map is reached by Tab too: the new person's node takes the focus.
  await tabTo(app, log, `the node of ${name}`, (f) => f.testid === "graph-node" && f.name.includes(name), { max: 200 });
  await app.script("document.activeElement.blur()");
  await enterOn(app, log, "network-back");
  await waitView(app, "home");

  await enterOn(app, log, "workshop-button");
  await waitView(app, "workshop");
  if (await exists(app, "workshop-new")) {
    await enterOn(app, log, "workshop-new");
    await app.until("the template agenda", async () => (await app.all('[data-testid="agenda-item"]')).length > 0);
  }
  const status = () => app.script(`return document.querySelector('[data-testid="agenda-item"]').dataset.status`);
  // The first session started, then the next one: the first is done.
  if (await exists(app, "item-start")) {
    await enterOn(app, log, "item-start");
    await app.find("item-timer");
  }
  await enterOn(app, log, "item-next");
  await app.until("the first session done", async () => (await status()) === "done");
  await enterOn(app, log, "workshop-back", { back: true });
  await waitView(app, "home");

  await enterOn(app, log, "protocol-button");
  await waitView(app, "protocol");
  await tabToId(app, log, "protocol-back");
  // F5 presents what the room may see; Escape, and only Escape, comes back, to where it was.
  await app.press(KEY.f5);
  await app.until("presentation mode", () => viewIs(app, "presentation"));
  await app.press(KEY.tab);
  await app.press(KEY.enter);
  if (!(await viewIs(app, "presentation"))) throw new Error("Tab and Enter left presentation mode");
  await app.press(KEY.escape);
  await app.until("presentation left", async () => !(await viewIs(app, "presentation")));
  const back = await focused(app);
  if (back?.testid !== "protocol-back") throw new Error(`after presentation mode the focus is on ${JSON.stringify(back)}, not where it was`);
  await app.press(KEY.enter);
  await waitView(app, "home");

  for (const area of ["escalation", "sync"]) {
    await enterOn(app, log, `${area}-button`);
    await waitView(app, area);
    await enterOn(app, log, `${area}-back`);
    await waitView(app, "home");
  }

  // The language: a drop-down changed with the arrow keys, in Spanish, then back.
  await enterOn(app, log, "settings-button", { back: true });
  await waitView(app, "settings");
  await tabToId(app, log, "settings-language");
  const lang = () => app.script("return document.documentElement.lang");
  const order = await app.script(`return [...document.querySelector('[data-testid="settings-language"]').options].map((o) => o.value)`);
  const steps = order.indexOf("es") - order.indexOf("en");
  for (let i = 0; i < Math.abs(steps); i++) await app.press(steps > 0 ? KEY.down : KEY.up);
  await app.until("the interface in Spanish", async () => (await lang()) === "es");
  await app.until("the language still focused", async () => (await focused(app))?.testid === "settings-language");
  for (let i = 0; i < Math.abs(steps); i++) await app.press(steps > 0 ? KEY.up : KEY.down);
  await app.until("the interface in English", async () => (await lang()) === "en");
  await enterOn(app, log, "settings-back", { back: true });
  await waitView(app, "home");
  return log;
}

/** Moves a focused drop-down with the arrow keys to the option `value`. A closed <select>
 * changes at each arrow, as a person sees it: each option passed on the way is chosen, and
 * `settled(option)` waits for what choosing it does (a language loaded) before the next. */
async function arrowTo(app, log, testid, value, settled = async () => true) {
  const [values, now] = await app.script(`const s = document.querySelector('[data-testid="${testid}"]'); return [[...s.options].map((o) => o.value), s.value]`);
  if (!values.includes(value)) throw new Error(`${testid} has no option ${value}: ${values}`);
  const steps = values.indexOf(value) - values.indexOf(now);
  for (let i = 1; i <= Math.abs(steps); i++) {
    await app.press(steps > 0 ? KEY.down : KEY.up);
    const passed = values[values.indexOf(now) + Math.sign(steps) * i];
    await app.until(`${testid} at ${passed}`, async () => (await app.script(`return document.querySelector('[data-testid="${testid}"]').value`)) === passed && (await settled(passed)));
  }
  log.note(testid, await focused(app));
}

/** The rest of issue 23's flows with the keyboard alone, from the demo's home in English:
 * the text size changed and changed back; a language pack added from the settings (the file
 * dialog's answer given beforehand, as in every step that picks a file), chosen, its words
 * shown and a message it lacks read in its fallback, then removed; the pocket cards printed
 * with the means of contact after their warning; an alert level activated, a person marked
 * reached in the dated log, and the alert stood down; a rehearsal from the community's case to
 * the desk's outcome back on the community's case. Ends on the demo's home, in English. */
export async function keyboardMoreFlows(app, { pack, pocket, rehearsal }) {
  const log = new KeyboardLog();
  await app.waitForView("home");
  await app.script("document.activeElement?.blur()");
  const rootSize = () => app.script("return getComputedStyle(document.documentElement).fontSize");
  const lang = () => app.script("return document.documentElement.lang");
  const heading = () => app.script(`return document.querySelector('[data-view] h1')?.innerText ?? ""`);

  // A session that leads: its facilitation notes folded and unfolded on their summary (Enter),
  // and the screen it fills opened from it.
  await enterOn(app, log, "workshop-button");
  await waitView(app, "workshop");
  if (await exists(app, "workshop-new")) {
    await enterOn(app, log, "workshop-new");
    await app.until("the template agenda", async () => (await app.all('[data-testid="agenda-item"]')).length > 0);
  }
  // The session under way comes after the agenda: from the end of the page, back.
  if (await exists(app, "item-start")) {
    await enterOn(app, log, "item-start", { back: true });
    await app.find("item-timer");
  }
  for (let i = 0; i < 6 && !(await exists(app, "item-open-area")); i++) {
    await enterOn(app, log, "item-next");
    await app.find("item-timer");
  }
  const guideOpen = () => app.script(`return document.querySelector('[data-testid="item-guide"]').open`);
  const wasOpen = await guideOpen();
  await tabTo(app, log, "the facilitation notes", (f) => f.tag === "summary" && f.within === "item-guide");
  await app.press(KEY.enter);
  await app.until("the notes folded the other way", async () => (await guideOpen()) !== wasOpen);
  if (wasOpen) await app.press(KEY.enter);
  await app.until("the notes open", guideOpen);
  if ((await app.all('[data-testid="item-guide-steps"] li')).length === 0) throw new Error("the session's notes have no steps");
  await enterOn(app, log, "item-open-area", { back: true });
  const filled = await app.until("the session's screen", () => app.script(`const v = document.querySelector("[data-view]")?.dataset.view; return ["risks", "network", "protocol"].includes(v) && v`));
  await enterOn(app, log, `${filled}-back`, { back: true });
  await app.until("back from the session's screen", async () => (await viewIs(app, "home")) || viewIs(app, "workshop"));
  if (await viewIs(app, "workshop")) await enterOn(app, log, "workshop-back", { back: true });
  await waitView(app, "home");
  log.lap("session");

  // The text size: one step larger with the arrow key, the whole page follows; back again.
  await enterOn(app, log, "settings-button");
  await waitView(app, "settings");
  const usual = await rootSize();
  await tabToId(app, log, "settings-text-size");
  await arrowTo(app, log, "settings-text-size", "150");
  await app.until("the text half as large again", async () => parseFloat(await rootSize()) === parseFloat(usual) * 1.5);
  await arrowTo(app, log, "settings-text-size", "100");
  await app.until("the usual text size", async () => (await rootSize()) === usual);
  log.lap("text size");

  // A language pack: Enter on "Add", the pack listed with its report; chosen with the arrows,
  // its words at once, a message it lacks in its fallback; English again; the pack removed.
  await app.script(`window.__tejidoNextPath = ${JSON.stringify(pack.path)}`);
  await enterOn(app, log, "language-pack-add");
  const row = `[data-testid="language-pack"][data-code="${pack.code}"]`;
  await app.until("the pack listed with what it lacks", () =>
    app.script(`const r = document.querySelector('${row}'); return !!r?.querySelector('[data-testid="language-pack-remove"]') && r.querySelector('[data-testid="language-pack-missing"]')?.innerText.includes("${pack.missing}")`));
  await tabToId(app, log, "settings-language", { back: true });
  const inLanguage = async (code) => (await lang()) === code;
  await arrowTo(app, log, "settings-language", pack.code, inLanguage);
  await app.until("the pack's words on screen", async () => (await lang()) === pack.code && (await heading()).includes(pack.title));
  const fallback = await app.script(`return document.querySelector('label[for="autolock"]').innerText`);
  if (fallback !== pack.fallback) throw new Error(`the message the pack lacks reads "${fallback}", not its fallback "${pack.fallback}"`);
  await arrowTo(app, log, "settings-language", "en", inLanguage);
  await app.until("the interface in English", async () => (await lang()) === "en");
  await tabTo(app, log, "the pack's Remove", (f) => f.testid === "language-pack-remove" && f.within === "language-pack");
  await app.press(KEY.enter);
  await app.until("the pack removed", () => app.script(`return !document.querySelector('${row} [data-testid="language-pack-remove"]')`));
  await enterOn(app, log, "settings-back", { back: true });
  await waitView(app, "home");
  log.lap("language pack");

  await enterOn(app, log, "network-button");
  await waitView(app, "network");
  // The pocket cards with the means of contact: Space ticks the choice, its warning shows, and
  // only then the cards carry them; Enter on "Print" prints that. The system's print dialog is
  // out of WebDriver's reach: the page's print() records what the page holds when called.
  // First a phone number for the holder of the first card, in the means of contact (masked
  // until shown), typed and saved with Enter.
  await enterOn(app, log, "means-show", { back: true });
  // The card holder whose row comes first, to keep the Tab presses few.
  const holder = await app.until("the means of contact shown", () =>
    app.script(`const holders = [...document.querySelectorAll('[data-testid="alert-card"] .who')].map((w) => w.innerText.trim());
      return [...document.querySelectorAll('[data-testid="means-row"] th')].map((th) => th.innerText.trim()).find((name) => holders.includes(name))`));
  await tabTo(app, log, `the phone of ${holder}`, (f) => f.within === "means-row" && f.tag === "input" && f.name.endsWith(`: ${holder}`), { max: 300 });
  await typeKeys(app, pocket.phone);
  await tabTo(app, log, `the Save of ${holder}`, (f) => f.within === "means-row" && f.tag === "button");
  await app.press(KEY.enter);
  await app.until("the phone saved", () => app.script(`return document.querySelector('[data-testid="toast"]')?.innerText.includes(${JSON.stringify(holder)})`));
  await enterOn(app, log, "means-show", { back: true });
  await app.until("the means masked again", async () => (await app.all('[data-testid="means-row"]')).length === 0);
  await app.script(`window.__printed = []; window.print = () => window.__printed.push(document.querySelector('[data-testid="alert-cards"]').innerText)`);
  if ((await app.all('[data-testid="alert-card-means"]')).length) throw new Error("the cards carry the means of contact before anyone chose it");
  await tabToId(app, log, "print-means", { back: true });
  await app.press(KEY.space);
  await app.find("print-means-warning");
  await app.until("the cards with their means", async () => (await app.all('[data-testid="alert-card-means"]')).length > 0);
  await tabToId(app, log, "alert-cards-print", { back: true });
  await app.press(KEY.enter);
  const printed = await app.until("the cards printed", () => app.script("return window.__printed[0]"));
  const means = await app.script(`return document.querySelector('[data-testid="alert-card-means"]').innerText`);
  if (!printed.includes(means) || !means.includes(pocket.phone)) throw new Error(`the printed cards lack the means of contact "${pocket.phone}": ${means}`);
  await tabToId(app, log, "print-means");
  await app.press(KEY.space);
  await app.until("the means off the cards again", async () => (await app.all('[data-testid="alert-card-means"]')).length === 0);
  log.lap("pocket cards");

  // The alert chain: the level chosen with the arrows (orange → red), who decided typed, Enter
  // activates; the first person in the chain marked reached with R, dated in words; stood down.
  const past = () => app.script(`return document.querySelectorAll('[data-testid="activation-past"] > li').length`);
  const pastBefore = await past();
  await tabTo(app, log, "the alert levels", (f) => f.within === "activation-form" && f.type === "radio");
  await app.press(KEY.right);
  const level = await focused(app);
  log.note("alert levels", level);
  if (!level.checked || !level.name.includes(rehearsal.red)) throw new Error(`the arrow did not choose red: ${JSON.stringify(level)}`);
  await tabTo(app, log, "who decided", (f) => f.within === "activation-form" && f.tag === "input" && f.type !== "radio" && f.type !== "checkbox");
  await typeKeys(app, "KEYBOARD assembly");
  await app.press(KEY.enter);
  await app.until("the alert level active", () => app.script(`return document.querySelector('[data-testid="activation-running"]')?.classList.contains("level-red")`));
  await tabToId(app, log, "chain-row");
  await app.press("r");
  await app.until("the first person reached, with when", () =>
    app.script(`const r = document.querySelector('[data-testid="chain-row"]'); return r.dataset.state === "reached" && /${rehearsal.year}/.test(r.innerText) && !/\\d{4}-\\d{2}/.test(r.innerText)`));
  await enterOn(app, log, "activation-stand-down");
  await app.until("the alert in the past alerts", async () => (await past()) === pastBefore + 1 && (await app.all('[data-testid="activation-form"]')).length === 1);
  // Onward past the end of the page to its top: back through the map would be far longer.
  await enterOn(app, log, "network-back");
  await waitView(app, "home");
  log.lap("alert level");

  // A rehearsal: the demo community and a training desk on one laptop.
  await enterOn(app, log, "lock-button");
  await app.until("locked", async () => (await viewIs(app, "welcome")) || viewIs(app, "unlock"));
  if (await viewIs(app, "unlock")) await enterOn(app, log, "unlock-other-vault");
  await waitView(app, "welcome");
  await enterOn(app, log, "welcome-rehearse");
  await waitView(app, "home");
  await app.find("training-pair");
  await enterOn(app, log, "escalation-button");
  await waitView(app, "escalation");
  // The tabs: one stop, the arrows choose.
  const toTab = async (tab) => {
    await tabTo(app, log, "the escalation tabs", (f) => f.role === "tab", { back: true });
    for (let i = 0; i < 10 && (await focused(app))?.testid !== `escalation-tab-${tab}`; i++) {
      await app.press(KEY.right);
      log.note("escalation tabs", await focused(app));
    }
    await app.until(`the ${tab} tab`, () => app.script(`return document.querySelector('[data-testid="escalation-tab-${tab}"]').getAttribute("aria-selected") === "true"`));
  };
  await toTab("cases");
  await enterOn(app, log, "case-add");
  await tabToId(app, log, "case-title");
  await typeKeys(app, rehearsal.title);
  for (const id of ["case-request-letter", "case-person", "consent-shareWithDesk", "case-incident"]) {
    await tabToId(app, log, id);
    await app.press(KEY.space);
    await app.until(`${id} ticked`, async () => (await focused(app))?.checked);
  }
  await enterOn(app, log, "case-save");
  await app.until("the case listed", async () => (await app.all('[data-testid="case"]')).length === 1);
  await enterOn(app, log, "case-open", { back: true });
  await enterOn(app, log, "training-pair-send-case");
  await app.find("case-sent");
  const waiting = (which) => app.script(`return document.querySelector('[data-testid="training-pair-waiting"]').dataset.${which}`);
  await app.until("one package waits for the desk", async () => (await waiting("there")) === "1");
  log.lap("rehearsal, community");

  // The desk: the package opened, the community's key accepted once, triage, a letter, an
  // outcome, and a status report back.
  await enterOn(app, log, "training-pair-desk", { back: true });
  await app.until("the desk on screen", () => app.script(`return document.querySelector('[data-testid="training-pair-desk"]')?.getAttribute("aria-pressed") === "true"`), 30000);
  await waitView(app, "escalation");
  await toTab("open");
  await enterOn(app, log, "training-pair-open");
  await app.find("package-unknown");
  await enterOn(app, log, "package-accept");
  await app.find("received-case");
  if (!(await app.text("received-case")).includes(rehearsal.title)) throw new Error("the desk does not read the rehearsed case");
  await tabToId(app, log, "desk-working-group");
  await typeKeys(app, "Land");
  await enterOn(app, log, "desk-triage-save");
  await app.until("the triage saved", async () => (await app.text("received-cases")).includes("Land"));
  await enterOn(app, log, "desk-action-draft");
  await app.find("desk-action-form");
  await enterOn(app, log, "desk-action-save");
  await app.until("the letter listed", async () => (await app.all('[data-testid="desk-action"]')).length === 1);
  await tabToId(app, log, "desk-outcome-note");
  await typeKeys(app, rehearsal.outcome);
  await app.press(KEY.enter);
  await app.until("the outcome on the timeline", async () => (await app.text("desk-timeline")).includes(rehearsal.outcome));
  await tabToId(app, log, "desk-status-message", { back: true });
  await typeKeys(app, "Keyboard status");
  await enterOn(app, log, "desk-status-send");
  await app.until("one package waits for the community", async () => (await waiting("there")) === "1");
  log.lap("rehearsal, desk");

  // Back to the community: the report, with the outcome, lands on its case.
  await enterOn(app, log, "training-pair-community");
  await app.until("the community on screen", () => app.script(`return document.querySelector('[data-testid="training-pair-community"]')?.getAttribute("aria-pressed") === "true"`), 30000);
  await waitView(app, "escalation");
  await toTab("open");
  await enterOn(app, log, "training-pair-open");
  await app.until("the outcome on the community's case", async () => (await app.text("case-update")).includes(rehearsal.outcome));

  // Both training vaults are thrown away at lock; the demo opened again.
  await enterOn(app, log, "lock-button", { back: true });
  await app.until("locked", async () => (await viewIs(app, "welcome")) || viewIs(app, "unlock"));
  if (await viewIs(app, "unlock")) await enterOn(app, log, "unlock-other-vault");
  await waitView(app, "welcome");
  await enterOn(app, log, "welcome-demo");
  await waitView(app, "home");
  log.lap("rehearsal, outcome back");
  return log;
}

import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import TabList from "./TabList.svelte";

const TABS = ["overview", "incidents", "risks"] as const;
type Tab = (typeof TABS)[number];

/** A row of three tabs whose screen answers `onselect` with `answer` (or refuses). */
function setup(answer: (tab: Tab) => Promise<boolean> | boolean = () => true) {
  const state = $state({ value: "overview" as Tab });
  const asked: Tab[] = [];
  const view = mount(TabList, {
    target: document.body,
    props: {
      tabs: TABS,
      get value() {
        return state.value;
      },
      onselect: async (tab: Tab) => {
        asked.push(tab);
        if (await answer(tab)) state.value = tab;
      },
      label: "Sections",
      text: (tab: Tab) => tab.toUpperCase(),
      testid: "risk-tab",
    },
  });
  flushSync();
  const tab = (name: Tab) => document.querySelector<HTMLButtonElement>(`[data-testid="risk-tab-${name}"]`)!;
  const key = async (from: Tab, key: string) => {
    tab(from).focus();
    tab(from).dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    await settle();
  };
  return { state, asked, view, tab, key };
}
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

afterEach(() => {
  document.body.innerHTML = "";
});

describe("TabList", () => {
  it("is a labelled tablist of tabs, the shown one selected and the only tab stop", () => {
    const { tab, view } = setup();
    const list = document.querySelector('[role="tablist"]')!;
    expect(list.getAttribute("aria-label")).toBe("Sections");
    expect(list.classList.contains("tabs")).toBe(true);
    expect([...list.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual(["OVERVIEW", "INCIDENTS", "RISKS"]);
    expect(tab("overview").getAttribute("aria-selected")).toBe("true");
    expect(tab("overview").classList.contains("current")).toBe(true);
    expect(tab("incidents").getAttribute("aria-selected")).toBe("false");
    expect([tab("overview").tabIndex, tab("incidents").tabIndex, tab("risks").tabIndex]).toEqual([0, -1, -1]);
    unmount(view);
  });

  it("a click asks the screen once, and the selection follows the screen's answer", async () => {
    const { tab, asked, view } = setup();
    tab("risks").click();
    await settle();
    expect(asked).toEqual(["risks"]);
    expect(tab("risks").getAttribute("aria-selected")).toBe("true");
    expect(tab("overview").getAttribute("aria-selected")).toBe("false");
    unmount(view);
  });

  it("a screen that refuses (an open section could not be saved) keeps its tab selected", async () => {
    const { tab, asked, view } = setup(async () => false);
    tab("incidents").click();
    await settle();
    expect(asked).toEqual(["incidents"]);
    expect(tab("overview").getAttribute("aria-selected"), "the list never selects on its own").toBe("true");
    unmount(view);
  });

  it("the arrow keys move to the next tab and select it, wrapping around at both ends", async () => {
    const { state, tab, key, view } = setup();
    await key("overview", "ArrowRight");
    expect(state.value).toBe("incidents");
    expect(document.activeElement).toBe(tab("incidents"));
    await key("incidents", "ArrowLeft");
    await key("overview", "ArrowLeft");
    expect(state.value, "left from the first goes to the last").toBe("risks");
    await key("risks", "ArrowRight");
    expect(state.value, "right from the last goes to the first").toBe("overview");
    await key("overview", "x");
    expect(state.value, "other keys do nothing").toBe("overview");
    unmount(view);
  });

  it("a press on the tab already shown asks again, so the screen can start it over", async () => {
    const { tab, asked, view } = setup();
    tab("overview").dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    tab("overview").click();
    await settle();
    expect(asked).toEqual(["overview"]);
    unmount(view);
  });
});

// Issue 23: in a rehearsal (community and desk on one laptop) the desk opens what the training
// community sent from the "Receive a package" tab, through the same fingerprint question as a
// file; a status report goes back to the training community instead of to a file.
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../lib/i18n/i18n.svelte";
import type { AppInfo, EscalationScreen, TrainingPairInfo } from "../lib/ipc/bindings";
import { Session } from "../lib/state/session.svelte";
import { contextOf, createAreas } from "../lib/areas";
import Escalation from "./Escalation.svelte";

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

const screen = {
  home: { collective: { name: "Mesa de apoyo de práctica" }, people: [], canUndo: false, canRedo: false },
  desk: true,
  cases: [],
  contacts: [],
  incidents: [],
  categories: [],
  profiles: [],
  sources: [],
  received: [],
  oversight: null,
  trends: { months: [], all: [], categories: [], regions: [], countries: [], workingGroups: [] },
} as unknown as EscalationScreen;

function mountOnOpenTab(pair: TrainingPairInfo) {
  const session = new Session();
  session.info = { trainingPair: pair, training: true } as AppInfo;
  const areas = createAreas(session);
  areas.escalation.show(screen);
  areas.escalation.place = { tab: "open", received: null };
  const view = mount(Escalation, { target: document.body, context: contextOf(areas), props: { onlock: () => {} } });
  flushSync();
  return { view, session };
}

describe("Escalation in a rehearsal", () => {
  afterEach(() => {
    clearMocks();
    document.body.innerHTML = "";
    i18n.locale = "en";
  });

  it("the desk opens the community's package after comparing its fingerprint, with no file dialog", async () => {
    const asked: [string, unknown][] = [];
    let refusals = 1;
    mockIPC((cmd, args) => {
      asked.push([cmd, args]);
      if (cmd === "open_training_package") {
        if (refusals-- > 0) throw { code: "err-package-unknown-sender", args: { fingerprint: "ABCD 1234" } };
        return { imported: { kind: "case", new: true, case: { id: "r1" } }, sender: "Demo", fingerprint: "ABCD 1234" };
      }
      if (cmd === "get_escalation_screen") return screen;
      if (cmd === "app_info") return { trainingPair: { side: "desk", waitingHere: 0, waitingThere: 0 }, training: true };
    });
    const { view, session } = mountOnOpenTab({ side: "desk", waitingHere: 1, waitingThere: 0 });
    const inbox = document.querySelector('[data-testid="training-pair-inbox"]')!;
    expect(inbox.textContent).toContain(i18n.t("training-pair-waiting-here", { count: 1 }));
    document.querySelector<HTMLButtonElement>('[data-testid="training-pair-open"]')!.click();
    await settle();
    expect(document.querySelector('[data-testid="package-unknown"]')!.textContent).toContain("ABCD 1234");
    document.querySelector<HTMLButtonElement>('[data-testid="package-accept"]')!.click();
    await settle();
    const opens = asked.filter(([cmd]) => cmd === "open_training_package").map(([, args]) => (args as { acceptFingerprint: string | null }).acceptFingerprint);
    expect(opens).toEqual([null, "ABCD 1234"]);
    expect(asked.some(([cmd]) => cmd === "open_package"), "never the file path").toBe(false);
    expect(session.info?.trainingPair?.waitingHere, "the counts are read again").toBe(0);
    unmount(view);
  });

  it("with nothing waiting, says so and offers nothing to open", () => {
    i18n.locale = "fr";
    const { view } = mountOnOpenTab({ side: "community", waitingHere: 0, waitingThere: 1 });
    expect(document.querySelector('[data-testid="training-pair-inbox"]')!.textContent).toContain("Rien n'attend ce côté.");
    expect(document.querySelector<HTMLButtonElement>('[data-testid="training-pair-open"]')!.disabled).toBe(true);
    unmount(view);
  });
});

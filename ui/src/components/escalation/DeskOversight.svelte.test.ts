import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { i18n } from "../../lib/i18n/i18n.svelte";
import type { EscalationScreen, OpenedCase, Oversight } from "../../lib/ipc/bindings";
import DeskOversight from "./DeskOversight.svelte";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const oversight = (over: Partial<Oversight> = {}): Oversight => ({
  members: [
    { id: "m1", name: "Ana", workingGroups: ["Land"], fingerprint: "AAAA BBBB", addedBy: "d1", addedOn: "2026-03-03", removedOn: null, removed: false },
    { id: "m2", name: "Bruno", workingGroups: ["Land"], fingerprint: "CCCC DDDD", addedBy: "d2", addedOn: "2026-03-03", removedOn: "2026-04-01", removed: true },
  ],
  sealed: [{ package: { id: "p1", sha256: "ab".repeat(32), size: 1000, senderKey: "k", receivedAt: "2026-05-01T10:00:00Z", openedAt: null, openedBy: null }, sender: null, openedBy: null }],
  log: [],
  check: { entries: 0, problems: [] },
  groups: ["Land"],
  ...over,
});

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

const draft = { record: "decision", id: "d9", subjectKind: "other", subject: null, title: "", outcome: "postponed", method: "consensus", decidedOn: "2026-05-02", participants: [], votesFor: null, votesAgainst: null, abstentions: null, dissent: "", notes: "", version: null, snapshot: null };

describe("DeskOversight", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    i18n.locale = "en";
    clearMocks();
  });

  it("adds a member by an agreed Advisory Group decision, their own passphrase typed twice, working groups split", async () => {
    const asked: [string, Record<string, unknown>][] = [];
    mockIPC((cmd, args) => {
      asked.push([cmd, args as Record<string, unknown>]);
      if (cmd === "draft_protocol_record") return draft;
    });
    const ran: string[] = [];
    const run = async (action: () => Promise<EscalationScreen>) => (ran.push("run"), await action(), true);
    mount(DeskOversight, { target: document.body, props: { oversight: oversight(), busy: false, run, onopened: async () => {} } });
    flushSync();
    expect(document.querySelectorAll('[data-testid="oversight-remove"]').length).toBe(1);
    document.querySelector<HTMLButtonElement>('[data-testid="oversight-add"]')!.click();
    flushSync();
    type("oversight-name", "Carla");
    type("oversight-groups", "Land; Women and land ,");
    type("oversight-passphrase", "carla's own long passphrase");
    type("oversight-passphrase-again", "carla's own long passphrase!");
    type("oversight-present", "4");
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="oversight-add-submit"]')!.click();
    await settle();
    flushSync();
    expect(document.querySelector('[data-testid="oversight-error"]')!.textContent).toContain("The two passphrases are different");
    expect(asked.some(([cmd]) => cmd === "add_desk_member")).toBe(false);

    type("oversight-passphrase-again", "carla's own long passphrase");
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="oversight-add-submit"]')!.click();
    await settle();
    await settle();
    const [, args] = asked.find(([cmd]) => cmd === "add_desk_member")!;
    expect(args.name).toBe("Carla");
    expect(args.workingGroups).toEqual(["Land", "Women and land"]);
    expect(args.passphrase).toBe("carla's own long passphrase");
    const decision = args.decision as { outcome: string; title: string; participants: { group: string; count: number }[] };
    expect(decision.outcome).toBe("agreed");
    expect(decision.title).toBe("Carla joins the desk");
    expect(decision.participants).toEqual([{ group: "Advisory Group", count: 4 }]);
  });

  it("opens a waiting package as a member, asks to compare an unknown sender's fingerprint, and names a broken log", async () => {
    const calls: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "open_sealed") return;
      calls.push(args as Record<string, unknown>);
      if (!(args as { acceptFingerprint: string | null }).acceptFingerprint) throw { code: "err-package-unknown-sender", hint: null, args: { fingerprint: "ZZZZ YYYY" } };
      return { imported: { kind: "case", case: {}, new: true }, sender: "Río Claro", fingerprint: "ZZZZ YYYY" };
    });
    const opened: OpenedCase[] = [];
    const broken = oversight({ check: { entries: 2, problems: [{ seq: 1, kind: "bad-signature" }] } });
    mount(DeskOversight, { target: document.body, props: { oversight: broken, busy: false, run: async () => true, onopened: async (o: OpenedCase) => void opened.push(o) } });
    flushSync();
    expect(document.querySelector('[data-testid="oversight-log-problems"]')!.textContent).toContain("Entry 1 was changed after the member signed it");
    expect(document.querySelector('[data-testid="oversight-log-verified"]')).toBeNull();

    document.querySelector<HTMLButtonElement>('[data-testid="oversight-open"]')!.click();
    flushSync();
    const who = [...document.querySelectorAll<HTMLOptionElement>('[data-testid="oversight-open-member"] option')].map((o) => o.textContent);
    expect(who).toEqual(["Ana"]);
    type("oversight-open-passphrase", "ana's own long passphrase");
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="oversight-open-submit"]')!.click();
    await settle();
    flushSync();
    expect(document.querySelector('[data-testid="oversight-unknown"]')!.textContent).toContain("ZZZZ YYYY");
    document.querySelector<HTMLButtonElement>('[data-testid="oversight-accept"]')!.click();
    await settle();
    flushSync();
    expect(calls).toEqual([
      { id: "p1", member: "m1", passphrase: "ana's own long passphrase", acceptFingerprint: null },
      { id: "p1", member: "m1", passphrase: "ana's own long passphrase", acceptFingerprint: "ZZZZ YYYY" },
    ]);
    expect(opened.length).toBe(1);
    expect(document.querySelector('[data-testid="oversight-open-form"]')).toBeNull();
  });
});

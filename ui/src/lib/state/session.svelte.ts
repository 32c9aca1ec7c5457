// Which screen is shown and what the open vault looks like. Locking clears all of it.
import type { AppInfo, EscalationScreen, Home, NetworkScreen, ProtocolScreen, RiskScreen, SplitMade, SyncPage, WorkshopScreen } from "../ipc/bindings";

export type Screen = "loading" | "welcome" | "create" | "recovery" | "unlock" | "home" | "settings" | "risks" | "register" | "network" | "protocol" | "protocol-print" | "workshop" | "workshop-print" | "escalation" | "desk-print" | "sync" | "join" | "share-cards" | "recover-shares";

export class Session {
  screen = $state<Screen>("loading");
  info = $state<AppInfo | null>(null);
  home = $state<Home | null>(null);
  /** The risk analysis, while its screens are open. */
  risks = $state<RiskScreen | null>(null);
  /** The network, while its screen is open. */
  network = $state<NetworkScreen | null>(null);
  /** The community protocol, while its screens are open. */
  protocol = $state<ProtocolScreen | null>(null);
  /** What the protocol print screen shows: the full protocol (a version or the draft) or the
   * pocket cards. */
  protocolPrint = $state<{ mode: "protocol" | "cards"; version: string | null }>({ mode: "protocol", version: null });
  /** Workshops, while their screen is open. */
  workshop = $state<WorkshopScreen | null>(null);
  /** What the workshop print screen shows: the whole report, or one session's handout. */
  workshopPrint = $state<{ workshop: string; item: string | null }>({ workshop: "", item: null });
  /** Cases for the solidarity network, while their screen is open. */
  escalation = $state<EscalationScreen | null>(null);
  /** Where the solidarity network screen was (its tab, the received case open), so coming
   * back from printing lands in the same place. */
  escalationPlace = $state<{ tab: string; received: string | null }>({ tab: "cases", received: null });
  /** What the desk print screen shows: one action of a received case, or the impact report. */
  deskPrint = $state<{ received: string; action: string } | null>(null);
  /** The laptops sharing the vault, while their screen is open. */
  sync = $state<SyncPage | null>(null);
  /** After joining from an invitation: this laptop's fingerprint, shown with the recovery key
   * so the person compares it with the inviting laptop's. */
  joinedCode = $state<string | null>(null);
  /** Shown once after creating a vault, then dropped. */
  recoveryKey = $state<string | null>(null);
  /** A new split's shares, shown once on the cards screen; the labels say who each is for
   * (on screen only: a card never names its holder). */
  shareSplit = $state<{ made: SplitMade; holders: string[] } | null>(null);
  /** The folder the unlock screen offers. */
  unlockDir = $state("");
  /** A message id to show on the unlock screen (e.g. after an automatic lock). */
  notice = $state<{ id: string; args?: Record<string, string> } | null>(null);
  /** True while the demo community is open. */
  demo = $state(false);
  /** Opened with the paper recovery key this time: the home says what happened and offers to
   * review the passphrases (the old one, perhaps known to someone else, still opens it). */
  recovered = $state(false);

  opened(home: Home, demo = false) {
    this.home = home;
    this.demo = demo;
    this.notice = null;
    this.screen = "home";
  }

  // Each `show…` takes the screen's data and, unless `go` is false, goes there. A view refreshing
  // itself after an edit passes false: an answer that arrives after the person left (Save, then
  // Back at once on a slow laptop) must not pull them back.

  /** Shows the risk analysis (and keeps the home it came with current). */
  showRisks(screen: RiskScreen, go = true) {
    this.risks = screen;
    this.home = screen.home;
    if (go) this.screen = "risks";
  }

  /** Shows the network (and keeps the home it came with current). */
  showNetwork(screen: NetworkScreen, go = true) {
    this.network = screen;
    this.home = screen.home;
    if (go) this.screen = "network";
  }

  /** Shows the protocol (and keeps the home it came with current). */
  showProtocol(screen: ProtocolScreen, go = true) {
    this.protocol = screen;
    this.home = screen.home;
    if (go) this.screen = "protocol";
  }

  /** Shows the workshops (and keeps the home it came with current). */
  showWorkshop(screen: WorkshopScreen, go = true) {
    this.workshop = screen;
    this.home = screen.home;
    if (go) this.screen = "workshop";
  }

  /** Shows the laptops and sync (and keeps the home it came with current). */
  showSync(page: SyncPage, go = true) {
    this.sync = page;
    this.home = page.home;
    if (go) this.screen = "sync";
  }

  /** Shows the cases (and keeps the home it came with current). */
  showEscalation(screen: EscalationScreen, go = true) {
    this.escalation = screen;
    this.home = screen.home;
    if (go) this.screen = "escalation";
  }

  /** Forgets everything about the vault: what a lock must leave behind is nothing. */
  clear() {
    this.recovered = false;
    this.home = null;
    this.risks = null;
    this.network = null;
    this.protocol = null;
    this.workshop = null;
    this.escalation = null;
    this.escalationPlace = { tab: "cases", received: null };
    this.deskPrint = null;
    this.sync = null;
    this.joinedCode = null;
    this.recoveryKey = null;
    this.shareSplit = null;
    this.demo = false;
  }

  /** The screen after locking: unlock the most recent vault, or the welcome screen. */
  locked(notice: Session["notice"] = null) {
    this.clear();
    this.notice = notice;
    const recent = this.info?.recentVaults[0]?.path;
    this.unlockDir = recent ?? "";
    this.screen = recent ? "unlock" : "welcome";
  }
}

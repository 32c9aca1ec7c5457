// The session and one controller per area, shared with every view through Svelte context:
// App.svelte calls `setAreas` once, a view calls `useSession()`, `useRisks()` and so on.
//
// NOTE: the keys are our own symbols rather than Svelte's `createContext`, whose key is
// hidden: a component test passes `contextOf(areas)` to `mount` and needs the keys.
import { getContext, setContext } from "svelte";
import { EscalationArea } from "./escalation/escalationArea.svelte";
import { NetworkArea } from "./network/networkArea.svelte";
import { ProtocolArea } from "./protocol/protocolArea.svelte";
import { RiskArea } from "./risk/riskArea.svelte";
import { SyncArea } from "./sync/syncArea.svelte";
import { WorkshopArea } from "./workshop/workshopArea.svelte";
import { Session } from "./state/session.svelte";

/** The session and every area's controller; locking the session clears them all. */
export type Areas = {
  session: Session;
  risks: RiskArea;
  network: NetworkArea;
  protocol: ProtocolArea;
  workshop: WorkshopArea;
  escalation: EscalationArea;
  sync: SyncArea;
};

/** A session with one controller per area, each registered so a lock clears it. */
export function createAreas(session = new Session()): Areas {
  return {
    session,
    risks: new RiskArea(session),
    network: new NetworkArea(session),
    protocol: new ProtocolArea(session),
    workshop: new WorkshopArea(session),
    escalation: new EscalationArea(session),
    sync: new SyncArea(session),
  };
}

const KEYS = {
  session: Symbol("session"),
  risks: Symbol("risks"),
  network: Symbol("network"),
  protocol: Symbol("protocol"),
  workshop: Symbol("workshop"),
  escalation: Symbol("escalation"),
  sync: Symbol("sync"),
} satisfies Record<keyof Areas, symbol>;

/** The context map `mount` takes, so a view under test finds `areas` as it would in the app. */
export function contextOf(areas: Areas): Map<symbol, unknown> {
  return new Map(Object.entries(KEYS).map(([name, key]) => [key, areas[name as keyof Areas]]));
}

/** Shares `areas` with every component below the caller (App.svelte); returns them. */
export function setAreas(areas: Areas = createAreas()): Areas {
  for (const [key, value] of contextOf(areas)) setContext(key, value);
  return areas;
}

function use<K extends keyof Areas>(name: K): Areas[K] {
  const found = getContext<Areas[K] | undefined>(KEYS[name]);
  if (!found) {
    throw new Error(`No ${name} in context: App.svelte calls setAreas() above every view (a test passes context: contextOf(createAreas()) to mount).`);
  }
  return found;
}

export const useSession = () => use("session");
export const useRisks = () => use("risks");
export const useNetwork = () => use("network");
export const useProtocol = () => use("protocol");
export const useWorkshop = () => use("workshop");
export const useEscalation = () => use("escalation");
export const useSync = () => use("sync");

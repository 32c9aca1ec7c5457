// Pictures beside the words that matter most, for people who read little: the six areas,
// threat categories, risk levels, alert levels, measure states and relationship kinds. Lucide
// (ISC licence, kept by a large community, one file per icon, bundled: no network) was chosen
// over hand-drawn SVG for its consistent line style at every size and its wide set of
// everyday objects. An icon never replaces its word: <Term> shows both, and the icon is hidden
// from screen readers, which read the word.
import type { Component } from "svelte";
import Bell from "@lucide/svelte/icons/bell";
import Briefcase from "@lucide/svelte/icons/briefcase";
import Bug from "@lucide/svelte/icons/bug";
import Circle from "@lucide/svelte/icons/circle";
import CircleCheck from "@lucide/svelte/icons/circle-check";
import CircleDot from "@lucide/svelte/icons/circle-dot";
import Eye from "@lucide/svelte/icons/eye";
import Fence from "@lucide/svelte/icons/fence";
import Gavel from "@lucide/svelte/icons/gavel";
import HandCoins from "@lucide/svelte/icons/hand-coins";
import HandFist from "@lucide/svelte/icons/hand-fist";
import HandGrab from "@lucide/svelte/icons/hand-grab";
import HandHelping from "@lucide/svelte/icons/hand-helping";
import Handshake from "@lucide/svelte/icons/handshake";
import Heart from "@lucide/svelte/icons/heart";
import HeartCrack from "@lucide/svelte/icons/heart-crack";
import House from "@lucide/svelte/icons/house";
import Landmark from "@lucide/svelte/icons/landmark";
import LifeBuoy from "@lucide/svelte/icons/life-buoy";
import Megaphone from "@lucide/svelte/icons/megaphone";
import MessageCircleWarning from "@lucide/svelte/icons/message-circle-warning";
import MicOff from "@lucide/svelte/icons/mic-off";
import Newspaper from "@lucide/svelte/icons/newspaper";
import PhoneCall from "@lucide/svelte/icons/phone-call";
import OctagonAlert from "@lucide/svelte/icons/octagon-alert";
import Presentation from "@lucide/svelte/icons/presentation";
import RefreshCw from "@lucide/svelte/icons/refresh-cw";
import ScanEye from "@lucide/svelte/icons/scan-eye";
import ScrollText from "@lucide/svelte/icons/scroll-text";
import Share2 from "@lucide/svelte/icons/share-2";
import ShieldAlert from "@lucide/svelte/icons/shield-alert";
import ShieldCheck from "@lucide/svelte/icons/shield-check";
import ShieldX from "@lucide/svelte/icons/shield-x";
import SignalHigh from "@lucide/svelte/icons/signal-high";
import SignalLow from "@lucide/svelte/icons/signal-low";
import SignalMedium from "@lucide/svelte/icons/signal-medium";
import Siren from "@lucide/svelte/icons/siren";
import Speech from "@lucide/svelte/icons/speech";
import Swords from "@lucide/svelte/icons/swords";
import Tent from "@lucide/svelte/icons/tent";
import UserRoundSearch from "@lucide/svelte/icons/user-round-search";
import Users from "@lucide/svelte/icons/users";
import UsersRound from "@lucide/svelte/icons/users-round";

/** The kinds of words that carry a picture. */
export type IconSet = "area" | "category" | "band" | "alert" | "status" | "relationship";

const ICONS: Record<IconSet, Record<string, Component>> = {
  area: {
    risks: ShieldAlert,
    network: Share2,
    protocol: ScrollText,
    workshop: Presentation,
    escalation: Megaphone,
    sync: RefreshCw,
  },
  category: {
    killing: HeartCrack,
    disappearance: UserRoundSearch,
    "physical-violence": HandFist,
    "sexual-violence": ShieldX,
    "threats-harassment": MessageCircleWarning,
    surveillance: ScanEye,
    criminalisation: Gavel,
    stigmatisation: Newspaper,
    "digital-attacks": Bug,
    "property-livelihood": House,
    "family-members": Users,
    "civic-space": MicOff,
    "collective-attacks": Tent,
  },
  band: {
    low: SignalLow,
    medium: SignalMedium,
    high: SignalHigh,
    critical: OctagonAlert,
  },
  // The protocol's four alert levels (indicators, protocol levels and activations alike).
  alert: {
    green: ShieldCheck,
    yellow: Eye,
    orange: Bell,
    red: Siren,
  },
  status: {
    "to-do": Circle,
    "in-progress": CircleDot,
    done: CircleCheck,
  },
  relationship: {
    family: House,
    friend: Heart,
    neighbour: Fence,
    colleague: Briefcase,
    member: UsersRound,
    "safety-contact": LifeBuoy,
    "alert-link": PhoneCall,
    ally: Handshake,
    accompaniment: HandHelping,
    funder: HandCoins,
    "duty-bearer": Landmark,
    influences: Speech,
    controls: HandGrab,
    hostile: Swords,
  },
};

/** The picture of `id` in `set`, or none for an id from a newer Tejido. */
export function iconFor(set: IconSet, id: string): Component | undefined {
  return ICONS[set][id];
}

/** The ids of a set that have a picture (for the tests). */
export const iconIds = (set: IconSet): string[] => Object.keys(ICONS[set]);

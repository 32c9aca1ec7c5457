// What the facilitators see beside the session on screen: its facilitation notes (from the
// core, in the agenda's language) and the part of Tejido the session fills, to open it.
// The notes are for the facilitators' screen only: the projector shows the core's projection,
// which never carries them.
import type { Facilitation, Module, WorkshopPlan } from "../ipc/bindings";

/** The facilitation notes of session `item`; null for a session added by hand. */
export const guideOf = (plan: WorkshopPlan | null, item: string): Facilitation | null =>
  plan?.guides.find((g) => g.item === item)?.facilitation ?? null;

/** The sections of the risk analysis a session can open on. */
export type RiskSection = "overview" | "context" | "actors" | "incidents" | "threats" | "risks" | "plan" | "indicators";

/** Where a session's work is done in Tejido. */
export type Place = { area: "risks"; section: RiskSection } | { area: "network" } | { area: "protocol"; tab: "sections" | "decisions" };

/** The screen a session fills; null for welcome, care and sessions of no area (they fill
 * flipcharts, not a screen). */
export function placeOf(module: Module): Place | null {
  switch (module) {
    case "context":
      return { area: "risks", section: "context" };
    case "actors":
      return { area: "risks", section: "actors" };
    case "incidents":
      return { area: "risks", section: "incidents" };
    case "threats":
      return { area: "risks", section: "threats" };
    case "risks":
      return { area: "risks", section: "risks" };
    case "measures":
      return { area: "risks", section: "plan" };
    case "indicators":
      return { area: "risks", section: "indicators" };
    case "review":
      // The review date lives with the risk analysis, on its overview.
      return { area: "risks", section: "overview" };
    case "network":
      return { area: "network" };
    case "protocol":
      return { area: "protocol", tab: "sections" };
    case "decisions":
      return { area: "protocol", tab: "decisions" };
    case "welcome":
    case "care":
    case "other":
      return null;
  }
}

/** The message id naming a place, for the button that opens it. */
export const placeName = (place: Place) =>
  place.area === "risks" ? `risks-section-${place.section}` : place.area === "network" ? "home-network" : place.tab === "decisions" ? "protocol-tab-decisions" : "home-protocol";

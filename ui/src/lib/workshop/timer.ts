// The time box of a running session, as the facilitator reads it at a glance.
import type { AgendaItem } from "../ipc/bindings";

/** Seconds left in `item`'s time box at `now` (negative once over), or null if not running. */
export function secondsLeft(item: AgendaItem, now: number): number | null {
  if (item.status !== "running" || !item.startedAt) return null;
  return item.minutes * 60 - Math.floor((now - Date.parse(item.startedAt)) / 1000);
}

/** "12:05", or "-3:20" once over. */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** "3 h 05" or "45 min". */
export function duration(minutes: number): string {
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")}` : `${minutes} min`;
}

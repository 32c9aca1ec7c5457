// Laptops and peers as the sync page handles them: the file an invitation is saved to, a
// peer as typed, and which one line says where a laptop stands.
import type { LanPeer, LaptopView } from "../ipc/bindings";

/** "Maria's laptop.tejido-invite": the laptop's name with what no file system accepts
 * replaced, or "laptop" when none was typed. */
export const invitationFileName = (name: string) => `${name.replace(/[\\/:*?"<>|]/g, "-") || "laptop"}.tejido-invite`;

/** A peer as typed, trimmed, its device id in capitals. */
export const cleanPeer = (peer: LanPeer): LanPeer => ({ name: peer.name.trim(), deviceId: peer.deviceId.trim().toUpperCase(), address: peer.address.trim() });

/** Where a laptop stands, the first that applies: removed, its invitation expired, waiting
 * for its code to be confirmed, not yet heard from, or exchanging files. */
export function laptopState(laptop: LaptopView): "removed" | "expired" | "awaiting" | "pending" | "files" {
  if (laptop.removedOn) return "removed";
  if (laptop.expired) return "expired";
  if (laptop.awaiting > 0) return "awaiting";
  if (laptop.pending) return "pending";
  return "files";
}

import { describe, expect, it } from "vitest";
import type { LaptopView } from "../ipc/bindings";
import { cleanPeer, invitationFileName, laptopState } from "./laptops";

const laptop = (over: Partial<LaptopView>): LaptopView =>
  ({ id: "l", name: "B", fingerprint: "", me: false, removedOn: null, files: 0, pending: false, expired: false, awaiting: 0, invitedByRemoved: null, ...over }) as LaptopView;

describe("laptops", () => {
  it("saves an invitation under the laptop's name, made safe for any file system", () => {
    expect(invitationFileName("Maria's laptop")).toBe("Maria's laptop.tejido-invite");
    expect(invitationFileName('a/b\\c:d*e?f"g<h>i|j')).toBe("a-b-c-d-e-f-g-h-i-j.tejido-invite");
    expect(invitationFileName("")).toBe("laptop.tejido-invite");
  });

  it("keeps a peer as typed, trimmed, with its device id in capitals", () => {
    expect(cleanPeer({ name: " B ", deviceId: " abcd-ef ", address: " 10.0.0.2:22000 " })).toEqual({ name: "B", deviceId: "ABCD-EF", address: "10.0.0.2:22000" });
  });

  it("says where a laptop stands, removal first", () => {
    expect(laptopState(laptop({ removedOn: "2026-12-01", expired: true, awaiting: 1 }))).toBe("removed");
    expect(laptopState(laptop({ expired: true, awaiting: 1 }))).toBe("expired");
    expect(laptopState(laptop({ awaiting: 2, pending: true }))).toBe("awaiting");
    expect(laptopState(laptop({ pending: true }))).toBe("pending");
    expect(laptopState(laptop({}))).toBe("files");
  });
});

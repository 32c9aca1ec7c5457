import { describe, expect, it } from "vitest";
import { vaultFolderInside } from "./vaultFolder";

describe("vaultFolderInside", () => {
  it("names the new folder neutrally, whatever the collective is called", () => {
    expect(vaultFolderInside("/home/ana/")).toBe("/home/ana/Tejido.tejido");
    expect(vaultFolderInside("/media/stick")).toBe("/media/stick/Tejido.tejido");
  });
});

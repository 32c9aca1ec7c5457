import { describe, expect, it } from "vitest";
import { groupsHoldingEnough } from "./shareGroups";

describe("groupsHoldingEnough", () => {
  it("names a group that alone holds the shares needed, case and spaces aside", () => {
    expect(groupsHoldingEnough(["Mujeres", "mujeres ", "Jóvenes", ""], 2)).toEqual(["Mujeres"]);
    expect(groupsHoldingEnough(["Mujeres", "Jóvenes", "Ancianos", "", ""], 2)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { ContactView, MemberCard, Oversight, Trends } from "../ipc/bindings";
import { contactsWorkingGroups, deskWorkingGroups } from "./workingGroups";

const trends = (keys: string[]) => ({ workingGroups: keys.map((key) => ({ key, count: 1 })) }) as unknown as Trends;
const oversight = (groups: string[]) => ({ groups }) as unknown as Oversight;
const desk = (...groups: string[][]): ContactView =>
  ({ contact: { members: { members: groups.map((workingGroups) => ({ workingGroups }) as MemberCard) } }, fingerprint: "" }) as unknown as ContactView;

describe("the desks' working groups", () => {
  it("come from the desk's members and its cases, once each, sorted, without the empty tally of cases with none", () => {
    expect(deskWorkingGroups(oversight(["Women and land", "Land"]), trends(["", "Land", "Water"]))).toEqual(["Land", "Water", "Women and land"]);
  });

  it("come from the cases alone on a desk without members", () => {
    expect(deskWorkingGroups(null, trends(["Water", ""]))).toEqual(["Water"]);
    expect(deskWorkingGroups(null, trends([]))).toEqual([]);
  });

  it("come from the desks' signed member lists for a community", () => {
    const noMembers = { contact: { members: null }, fingerprint: "" } as unknown as ContactView;
    expect(contactsWorkingGroups([desk(["Land"], ["Water", "Land"]), noMembers, desk([])])).toEqual(["Land", "Water"]);
  });
});

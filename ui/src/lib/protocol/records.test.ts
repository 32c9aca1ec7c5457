import { describe, expect, it } from "vitest";
import type { Indicator, PrincipleEntry, ProtocolDocument, ProtocolLevel, Section } from "../ipc/bindings";
import { asRecord, levelSignals, nextVersion, principleOf, subjectName, unusedTemplate } from "./records";

const section = (id: string, key: string, title: string): Section =>
  ({ id, key, position: 0, title, guidance: "", body: "", sensitivity: "community" });
const principle: PrincipleEntry = { status: "adopted", id: "p1", key: "k", position: 1, title: "Care", text: "We care", original: "", source: "" };
const level: ProtocolLevel = { id: "l1", position: 0, colour: "red", name: "Red", triggers: "", indicators: ["i2", "gone", "i1"], actions: "", alertChain: true };
const doc: ProtocolDocument = { principles: [principle], sections: [section("s1", "safety", "Safety")], levels: [level] };

describe("protocol records", () => {
  it("offers only the template sections the protocol does not have yet", () => {
    const template = [{ key: "safety", title: "Safety" }, { key: "care", title: "Care" }] as Parameters<typeof unusedTemplate>[0];
    expect(unusedTemplate(template, doc.sections).map((s) => s.key)).toEqual(["care"]);
  });

  it("names what a decision was about, whichever kind of record, and nothing once it is gone", () => {
    expect(subjectName(doc, "s1")).toBe("Safety");
    expect(subjectName(doc, "p1")).toBe("Care");
    expect(subjectName(doc, "l1")).toBe("Red");
    expect(subjectName(doc, "x")).toBe("");
  });

  it("counts the next version from the last agreed one", () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([{ decision: "d1", version: 1, decidedOn: "" }, { decision: "d2", version: 2, decidedOn: "" }])).toBe(3);
  });

  it("lists a level's signals in its order, skipping indicators that are gone", () => {
    const indicators = [{ id: "i1", signal: "Road blocked" }, { id: "i2", signal: "Threat by phone" }] as Indicator[];
    expect(levelSignals(level, indicators)).toBe("Threat by phone · Road blocked");
  });

  it("edits a principle without its status, tagged as the record the core saves", () => {
    const record = asRecord("principle", principleOf(principle));
    expect(record).toEqual({ record: "principle", id: "p1", key: "k", position: 1, title: "Care", text: "We care", original: "", source: "" });
  });
});

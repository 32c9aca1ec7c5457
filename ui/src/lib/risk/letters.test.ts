import { describe, expect, it } from "vitest";
import { letterRecord, plainLetter } from "./letters";

const base = { title: " Carta a la Fiscalía ", text: " A: Fiscalía\n\nTexto. ", owners: [] as string[], dueOn: "", sentOn: "" };

describe("a letter kept as a measure", () => {
  it("needs someone to send a letter that has not left yet", () => {
    expect(letterRecord("i1", "Fiscalía", base)).toEqual({ missing: "owner" });
    expect(letterRecord("i1", "Fiscalía", { ...base, owners: ["p1"], text: "  " })).toEqual({ missing: "text" });
  });

  it("keeps owners once, the due date, and trims the edited text", () => {
    const kept = letterRecord("i1", "Fiscalía", { ...base, owners: ["p1", "p1", "p2"], dueOn: "2026-03-20" });
    expect(kept).toEqual({ incident: "i1", addressee: "Fiscalía", title: "Carta a la Fiscalía", text: "A: Fiscalía\n\nTexto.", owners: ["p1", "p2"], dueOn: "2026-03-20", sentOn: null });
  });

  it("records a sent letter by its day, without an owner and without a due date", () => {
    const kept = letterRecord("i1", "Fiscalía", { ...base, dueOn: "2026-03-20", sentOn: "2026-04-01" });
    expect(kept).toMatchObject({ sentOn: "2026-04-01", dueOn: null, owners: [] });
    expect(letterRecord("i1", "Fiscalía", { ...base, sentOn: "1 April" })).toEqual({ missing: "owner" });
  });
});

describe("a letter as plain text", () => {
  it("is the title, a blank line and the text", () => {
    expect(plainLetter(" Carta ", "A: Fiscalía\n\nTexto.\n")).toBe("Carta\n\nA: Fiscalía\n\nTexto.\n");
  });
});

import { describe, expect, it } from "vitest";
import type { Actor, Person } from "../ipc/bindings";
import { nameOf, partiesOf } from "./parties";

const person = (id: string, pseudonym: string) => ({ id, pseudonym }) as Person;
const actor = (id: string, name: string) => ({ id, name }) as Actor;

describe("nameOf", () => {
  it("names people and actors by kind and id, and a removed end as ?", () => {
    const parties = partiesOf([person("a", "Colibrí"), person("b", "Tero")], [actor("a", "Mayor's office")]);
    expect(nameOf(parties, "person", "b")).toBe("Tero");
    // The same id as a person and as an actor: two different ends.
    expect(nameOf(parties, "person", "a")).toBe("Colibrí");
    expect(nameOf(parties, "actor", "a")).toBe("Mayor's office");
    expect(nameOf(parties, "person", "gone")).toBe("?");
  });

  it("reads each list as it is: a new list, or one grown since, names its own ends", () => {
    const before = partiesOf([person("a", "Colibrí")], []);
    expect(nameOf(before, "person", "a")).toBe("Colibrí");
    const after = partiesOf([person("a", "Colibrí renamed")], []);
    expect(nameOf(after, "person", "a")).toBe("Colibrí renamed");
    before.push(...partiesOf([person("c", "Ñandú")], []));
    expect(nameOf(before, "person", "c")).toBe("Ñandú");
  });
});

// The two kinds of end a link can have, in one list for pickers and tables.
import type { Actor, PartyKind, Person, RelationshipKind, Support } from "../ipc/bindings";

export type Party = { key: string; kind: PartyKind; id: string; name: string };

export const KINDS: RelationshipKind[] = [
  "family", "friend", "neighbour", "colleague", "member", "safety-contact", "alert-link", "ally",
  "accompaniment", "funder", "duty-bearer", "influences", "controls", "hostile",
];
export const SUPPORTS: Support[] = ["shelter", "legal", "medical", "transport", "money", "visibility"];

export const partyKey = (kind: PartyKind, id: string) => `${kind}:${id}`;

/** People first (by pseudonym), then actors (by name). */
export function partiesOf(people: Person[], actors: Actor[]): Party[] {
  return [
    ...people.map((p) => ({ key: partyKey("person", p.id), kind: "person" as const, id: p.id, name: p.pseudonym })),
    ...actors.map((a) => ({ key: partyKey("actor", a.id), kind: "actor" as const, id: a.id, name: a.name })),
  ];
}

/** The name of an end, or "?" if it was removed. */
export function nameOf(parties: Party[], kind: PartyKind, id: string): string {
  return parties.find((p) => p.key === partyKey(kind, id))?.name ?? "?";
}

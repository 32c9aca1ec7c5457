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

/** Each list's names by key, made on its first lookup: at 2 000 people the network screen
 * names about 10 000 ends on each reload (1 600 alert cards, findings of hundreds of people),
 * and scanning the 2 010 parties for each was quadratic work (tests/e2e/map-bench.sh).
 * Lists of parties are made anew (`partiesOf`), never changed in place; a changed length
 * is still noticed. */
const names = new WeakMap<Party[], { length: number; byKey: Map<string, string> }>();

/** The name of an end, or "?" if it was removed. */
export function nameOf(parties: Party[], kind: PartyKind, id: string): string {
  let index = names.get(parties);
  if (!index || index.length !== parties.length) {
    index = { length: parties.length, byKey: new Map(parties.map((p) => [p.key, p.name])) };
    names.set(parties, index);
  }
  return index.byKey.get(partyKey(kind, id)) ?? "?";
}

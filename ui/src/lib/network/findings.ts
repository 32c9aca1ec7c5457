// What the analyses find, as the network screen lists it: findings of one kind together, in
// the order their kind first appears, and the kind's words said once when they are the same
// for every finding of it (ten "if this person is missing…" cards read as one problem).
import type { Finding, FindingKind } from "../ipc/bindings";

export type FindingGroup = { kind: FindingKind; findings: Finding[]; shared: string | null; texts: string[] };

export function groupFindings(findings: Finding[], text: (f: Finding) => string): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const finding of findings) {
    let group = groups.find((g) => g.kind === finding.kind);
    if (!group) groups.push((group = { kind: finding.kind, findings: [], shared: null, texts: [] }));
    group.findings.push(finding);
    group.texts.push(text(finding));
  }
  for (const group of groups) group.shared = group.texts.every((x) => x === group.texts[0]) ? group.texts[0] : null;
  return groups;
}

/** The groups that alone would hold `threshold` shares (names compared without case or
 * surrounding spaces; holders with no group count for no group). */
export function groupsHoldingEnough(groups: string[], threshold: number): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const raw of groups) {
    const name = raw.trim();
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    const entry = counts.get(key) ?? { name, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].filter((g) => g.count >= threshold).map((g) => g.name);
}

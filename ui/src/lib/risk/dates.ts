// Dates as the vault stores them (YYYY-MM-DD), in the computer's own calendar day.

/** Today, as YYYY-MM-DD in local time (not UTC: a workshop at 8 pm is still today). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

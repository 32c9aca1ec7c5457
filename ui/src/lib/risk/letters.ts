// Letters to public institutions after an incident: what the screen sends to keep one as a
// measure of the plan, and the text a person copies. The letters themselves are drafted in
// Rust (tejido-core, escalation/institutions.rs).
import type { LetterRecord } from "../ipc/bindings";

/** What the person filled in beside a letter before keeping it. */
export interface LetterForm {
  title: string;
  text: string;
  owners: string[];
  /** yyyy-mm-dd from a date field, or "". */
  dueOn: string;
  /** yyyy-mm-dd when it was sent, or "" when it is still to send. */
  sentOn: string;
}

const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null);

/** The record kept: a letter still to send needs someone to send it; a sent one needs its day. */
export function letterRecord(incident: string, addressee: string, form: LetterForm): LetterRecord | { missing: "owner" | "text" } {
  if (form.text.trim() === "") return { missing: "text" };
  const sentOn = date(form.sentOn);
  if (!sentOn && form.owners.length === 0) return { missing: "owner" };
  return {
    incident,
    addressee,
    title: form.title.trim(),
    text: form.text.trim(),
    owners: [...new Set(form.owners)],
    dueOn: sentOn ? null : date(form.dueOn),
    sentOn,
  } as LetterRecord;
}

/** The letter as plain text for an email or a web form: its title, a blank line, its text. */
export function plainLetter(title: string, text: string): string {
  return `${title.trim()}\n\n${text.trim()}\n`;
}

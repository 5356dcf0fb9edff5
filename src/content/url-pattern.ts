// The web addresses written in text ("https://…", "www.…"), as the tokenizer, the link checks and
// the calendar reader find them. Global: use with matchAll.
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s"'<>()[\]{}]+/gi;

/** `decodeURIComponent`, or the text as it is when an escape is broken ("%E0%A4%A"): senders write those too. */
export function decodedUri(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

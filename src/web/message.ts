// A quarantined message as the UI shows it: decoded headers, text, the HTML body (which is only
// ever served inside a sandboxed iframe with a CSP that forbids scripts and remote loads), and
// the attachments' names and sizes.
import type { Address } from '../mail/postal-mime.ts';
import { parseMime } from '../mail/parse.ts';
import { reduceHtml } from '../content/html.ts';

export interface MessageView {
  headers: Array<{ key: string; value: string }>;
  from: string;
  to: string;
  subject: string;
  date: string | null;
  text: string;
  html: string | null;
  attachments: Array<{ filename: string; mimeType: string; size: number }>;
}

function addr(a: Address | undefined): string {
  if (!a) return '';
  if (a.group) return `${a.name}: ${a.group.map((m) => addr(m)).join(', ')}`;
  return a.name ? `${a.name} <${a.address}>` : a.address ?? '';
}

/** A readable text fallback when a message has only HTML: the reducer the classifier reads it with
 * (linear time on any input; its own regexes here took seconds on a page of unclosed tags). */
function htmlToText(h: string): string {
  return reduceHtml(h).text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function parseForView(raw: Buffer): Promise<MessageView> {
  // the same reading as the checks': charsets settled (an undeclared windows-1251 letter, a name in
  // raw 8-bit bytes), forwards inline two deep (deeper ones are attachments: a crafted nest of
  // thousands held the event loop for seconds at postal-mime's own depth, see parse.ts)
  const mail = await parseMime(raw);
  const attachments = mail.attachments.map((a) => ({
    filename: a.filename ?? '(unnamed)',
    mimeType: a.mimeType,
    size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
  }));
  return {
    headers: mail.headers.map((h) => ({ key: h.originalKey, value: h.value })),
    from: addr(mail.from),
    to: (mail.to ?? []).map(addr).join(', '),
    subject: mail.subject ?? '',
    date: mail.date ?? null,
    text: mail.text ?? (mail.html ? htmlToText(mail.html) : ''),
    html: mail.html ?? null,
    attachments,
  };
}

/** The CSP of the iframe document: nothing may load or run, inline styles and data: images only. */
export const HTML_BODY_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** the iframe document: a <meta> CSP as well as the header, and links open outside the sandbox */
export function htmlBodyDocument(bodyHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${HTML_BODY_CSP}"><base target="_blank"></head><body>${bodyHtml}</body></html>`;
}

// RFC 2047 encoded-words ("=?koi8-r?B?…?=") in header values, decoded by postal-mime (TextDecoder,
// so every charset Node's ICU knows works).
import iconv from 'iconv-lite';
import { correctCharset } from './charset-guess.ts';
import { decodeWords as postalDecodeWords } from './postal-mime.ts';

export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return postalDecodeWords(value);
  } catch {
    return value;
  }
}

// Encoded-words declare a charset too, and mislabel it as bodies do (a windows-1251 subject
// labelled ISO-8859-1). The words of a header block that share a label are read together, so a
// subject split into several words is judged as the one text it is, and a label the bytes
// contradict (correctCharset) is replaced before the words are decoded.
const ENCODED_WORD_RE = /=\?([^?\s*]+)(\*[^?]*)?\?([bq])\?([^?\s]*)\?=/gi;

/** the labels of UTF-7 (RFC 2152): Outlook reads it, TextDecoder does not (WHATWG dropped it) */
export const UTF7_LABELS = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'x-unicode-2-0-utf-7', 'csunicode11utf7']);
const UTF7_WORD_RE = /=\?(?:utf-?7|unicode-1-1-utf-7|x-unicode-2-0-utf-7|csunicode11utf7)[?*]/i;

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text.replace(/[^a-z0-9+/]+/gi, ''), 'base64');
  return Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
}

/**
 * The labels of the encoded-words in `head` (a header block, or one field's value) that the
 * bytes contradict, each with the charset to read its words in. Words only whitespace apart are
 * one text (RFC 2047 drops that whitespace); others are joined with a space.
 */
export function encodedWordRelabels(head: string): Map<string, string> {
  const byLabel = new Map<string, { parts: Buffer[]; end: number }>();
  for (const m of head.matchAll(ENCODED_WORD_RE)) {
    const label = m[1]!.toLowerCase();
    let group = byLabel.get(label);
    if (!group) byLabel.set(label, (group = { parts: [], end: -1 }));
    if (group.end >= 0 && /\S/.test(head.slice(group.end, m.index))) group.parts.push(Buffer.from(' '));
    group.parts.push(wordBytes(m[3]!, m[4]!));
    group.end = m.index! + m[0].length;
  }
  const relabels = new Map<string, string>();
  for (const [label, { parts }] of byLabel) {
    const charset = correctCharset(label, Buffer.concat(parts));
    if (charset !== label) relabels.set(label, charset);
  }
  return relabels;
}

/** `text` with the encoded-words whose label `relabels` names carrying the corrected label. */
export function relabelEncodedWords(text: string, relabels: ReadonlyMap<string, string>): string {
  if (!relabels.size && !UTF7_WORD_RE.test(text)) return text;
  return text.replace(ENCODED_WORD_RE, (word, label: string, language: string | undefined, encoding: string, encoded: string) => {
    // UTF-7, which TextDecoder does not know: the word decoded here and written again as UTF-8
    if (UTF7_LABELS.has(label.toLowerCase())) return `=?utf-8?B?${Buffer.from(iconv.decode(wordBytes(encoding, encoded), 'utf7'), 'utf8').toString('base64')}?=`;
    const charset = relabels.get(label.toLowerCase());
    return charset ? `=?${charset}${language ?? ''}?${encoding}?${encoded}?=` : word;
  });
}

// RFC 2231 parameters (`filename*=windows-1251''%D1%F7%E5%F2.doc`, or split: `filename*0*=…;
// filename*1*=…`) declare a charset too, and mislabel it as encoded-words do.
const RFC2231_FIRST_RE = /([\w-]+)\*(?:0\*)?=[ \t]*"?([^'"\s;]+)'[^'"\s;]*'/g;

/** An RFC 2231 value's bytes: %XX escapes undone, quotes dropped. */
const percentBytes = (value: string): Buffer =>
  Buffer.from(value.replace(/^"|"$/g, '').replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');

/**
 * `head` (a MIME part's header block) with the charset label of each RFC 2231 parameter replaced
 * where its bytes, all its segments together, contradict it (correctCharset).
 */
export function relabelRfc2231(head: string): string {
  if (!head.includes('*=')) return head;
  return head.replace(RFC2231_FIRST_RE, (first, name: string, label: string, at: number) => {
    const escaped = name.replace(/[-]/g, '\\-');
    // the first segment's value, then every later encoded segment of the same parameter, in order
    const segments = [...head.slice(at).matchAll(new RegExp(`(?:^|[;\\s])${escaped}\\*(\\d+)?(\\*)?=[ \\t]*("[^"]*"|[^;\\s]*)`, 'gi'))];
    const bytes = Buffer.concat(segments.map((m, i) => {
      const value = i === 0 ? m[3]!.replace(/^"?[^']*'[^']*'/, '') : m[3]!;
      return m[2] || i === 0 ? percentBytes(value) : Buffer.from(value.replace(/^"|"$/g, ''), 'latin1');
    }));
    const charset = correctCharset(label, bytes);
    return charset === label ? first : first.replace(`${label}'`, `${charset}'`);
  });
}

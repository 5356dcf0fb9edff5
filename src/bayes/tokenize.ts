// Tokenizer: decoded message → named token sequences. Pure (no I/O). Charset decoding happened
// before (postal-mime through TextDecoder), so from here on every string is Unicode: the same word
// sent in KOI8-R, windows-1251, ISO-8859-5 or UTF-8 reaches this module identical, and NFKC + case
// folding make "ＦＲＥＥ", "Free" and "FREE" one token. Sequences keep word order so the feature
// layer can build OSB pairs inside each one (never across a header and the body).
import { z } from 'zod';
import { MAIL_RE, addressParts } from '../mail/address.ts';
import { decodeWords } from '../mail/mime-words.ts';
import { invitationText } from '../content/calendar.ts';
import { reduceHtml } from '../content/html.ts';
import { URL_RE } from '../content/url-pattern.ts';
import type { DocumentKind, DocumentText } from '../content/document-text.ts';
import { stripInvisible } from '../content/invisible.ts';
import { detectLanguage, stemmerFor, type Language } from './language.ts';

/** The parsed view the tokenizer needs; structurally the pipeline's `ParsedMessage`. */
export interface MessageView {
  headers: ReadonlyArray<{ key: string; value: string }>;
  subject: string;
  text: string;
  html: string | null;
  attachments: ReadonlyArray<{ filename: string | null; mimeType: string; size: number; content?: Uint8Array }>;
}

export interface TokenSequence {
  /** short family prefix: 's' subject, 'b' body, 'u' URL, 'h' header meta, … */
  prefix: string;
  words: string[];
  /** pairs (OSB) are built only for running text */
  pairs: boolean;
  /**
   * read from attached documents (content/pdf-text.ts), not written in the message: left out of the
   * message's learning signature, which must not change when a document could not be read in time
   */
  fromDocuments?: boolean;
}

/** The options that decide a message's features: a model learned under others does not fit (`mailmoat bayes import` compares them). */
export const tokenizeOptionsSchema = z.object({
  /** body words considered (the start of a message carries almost all the signal; bounds CPU) */
  maxBodyWords: z.number().int().min(50).max(5000),
  /** stem words of detected languages with natural's stemmers */
  stem: z.union([z.boolean(), z.literal('non-english')]),
});
export type TokenizeOptions = z.infer<typeof tokenizeOptionsSchema>;

/**
 * Cross-validation by sender inside the benchmark's training split (bench/accuracy.ts --cv):
 * maxBodyWords 5000 of 500/1000/2000/5000 with three training orders averaged (0.3013; 2000:
 * 0.3079; 1000: 0.3196; 500: 0.3658; the cheapest within 2 % of the best wins, and 2000 is 2.2 %
 * behind; with one order 2000 had won, 0.3147 against 0.3158); stemming every detected language,
 * English too, 0.5303 against 0.5925 for all but English (with OSB window 5).
 */
export const DEFAULT_TOKENIZE_OPTIONS: TokenizeOptions = { maxBodyWords: 5000, stem: true };

/**
 * Which tokenizer a model was learned by, recorded in the Store when an empty model learns its
 * first message (learn.ts) and in exported model files. Raise it with every change that gives a
 * message other features than before, so that the start log and the dashboard can tell the admin
 * that a model learned before an upgrade scores with only part of its weights (README,
 * "Upgrading a trained model"). Models learned before generations were recorded have none.
 *  1: Polish and Greek stemmed; HTML read as a reader sees it; words of archived documents.
 */
export const TOKENIZER_GENERATION = 1;

// Words: letters/marks/digits, with inner apostrophes, dots, dashes ("don't", "e-mail", "u.s.a")
// and currency signs glued on ("$100", "100€"); runs of "!" are a token of their own.
const WORD_RE = /[$€£¥]?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’._-][\p{L}\p{M}\p{N}]+)*[$€£¥%]?|!{1,3}/gu;
const GREEK_DIACRITICS_RE = /[\u0301\u0308\u0344\u0342\u0313\u0314\u0345]/g;
const HAS_GREEK_RE = /[\u0370-\u03ff\u1f00-\u1fff]/;

/** Invisible characters dropped ("Pay\u200bPal" is PayPal), NFKC + case folding, plus the folds toLowerCase misses for our languages. */
export function normalizeText(text: string): string {
  let t = stripInvisible(text).normalize('NFKC').toLowerCase();
  // Greek: final sigma folds to sigma; capitals are written without tonos, so drop accents to make
  // "ΠΡΟΣΦΟΡΑ" and "προσφορά" the same word.
  if (HAS_GREEK_RE.test(t)) t = t.normalize('NFD').replace(GREEK_DIACRITICS_RE, '').normalize('NFC').replace(/ς/g, 'σ');
  // Russian: ё is optional in writing.
  return t.replace(/ё/g, 'е').replace(/ß/g, 'ss');
}

/** Maps a raw word to its token: long digit runs become shapes, overlong words are cut. */
function shapeWord(word: string): string {
  if (/^\d{5,}$/.test(word)) return `#${word.length}`;
  if (word.length > 40) return `long:${word.slice(0, 12)}`;
  return word;
}

// Chinese, Japanese and Korean are written without spaces, so WORD_RE returns a whole phrase as one
// "word" that never recurs. Overlapping character bigrams are the usual unit for these scripts
// (Lucene's CJK analyzer does the same). The benchmark corpus has too little CJK mail to measure it.
const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** fewer body words than this, and the attached documents' words help tell the language */
const LANGUAGE_MIN_WORDS = 20;
/** the meta feature of a message with a document's text, by kind ('pdf-text' predates Office text: models keep its weight) */
const DOCUMENT_META: Record<DocumentKind, string> = { PDF: 'pdf-text', 'Office document': 'office-text' };

export function words(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(WORD_RE)) {
    const w = m[0];
    if (w.length > 2 && CJK_RE.test(w)) {
      for (let i = 0; i + 2 <= w.length && out.length < limit; i++) out.push(w.slice(i, i + 2));
    } else out.push(shapeWord(w));
    if (out.length >= limit) break;
  }
  return out;
}

/** Character trigrams of a short text (the subject): they match across spellings and glued words ("V1agra", "FREEmoney"). */
export function charTrigrams(text: string, maxChars = 80): string[] {
  const t = normalizeText(text).replace(/\s+/g, ' ').trim().slice(0, maxChars);
  const out: string[] = [];
  for (let i = 0; i + 3 <= t.length; i++) out.push(t.slice(i, i + 3));
  return out;
}

// ---------- URLs ----------

/** Tokens for a URL: host, registrable-ish domain, TLD, IP-literal flag, first path words. */
export function urlTokens(url: string): string[] {
  const m = /^(?:([a-z][a-z0-9+.-]*):)?(?:\/\/)?(?:[^@/]*@)?([^/:?#]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
  if (!m) return [];
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme === 'mailto') {
    const d = url.split('@')[1]?.split(/[?>]/)[0]?.toLowerCase();
    return d ? [`mailto:${d}`] : [];
  }
  if (scheme !== 'http' && scheme !== 'https' && !/^www\./i.test(url)) return [];
  const host = normalizeText(m[2]!).replace(/\.$/, '');
  const out = [`scheme:${scheme}`];
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) out.push('host:ip');
  else {
    const labels = host.split('.');
    out.push(`host:${host}`);
    if (labels.length >= 2) out.push(`dom:${labels.slice(-2).join('.')}`);
    out.push(`tld:${labels[labels.length - 1]}`);
  }
  const path = (m[3] ?? '').split(/[/._-]+/).filter((p) => p && p.length < 20).slice(0, 3);
  for (const p of path) out.push(`path:${/^\d+$/.test(p) ? '#' : p.toLowerCase()}`);
  return out;
}

// ---------- headers ----------
function header(view: MessageView, key: string): string | undefined {
  return view.headers.find((h) => h.key === key)?.value;
}
function headers(view: MessageView, key: string): string[] {
  return view.headers.filter((h) => h.key === key).map((h) => h.value);
}
function countBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 50 ? '11-50' : '50+';
}
/** "3f9a2.b@x" → "9a9.a": the shape of machine-made identifiers differs between mailers. */
function shape(s: string): string {
  return s.replace(/[a-z]+/gi, 'a').replace(/\d+/g, '9').slice(0, 20);
}

function headerSequences(view: MessageView): TokenSequence[] {
  const seqs: TokenSequence[] = [];
  const meta: string[] = [];
  const push = (prefix: string, ws: string[], pairs = false): void => { if (ws.length) seqs.push({ prefix, words: ws, pairs }); };

  push('s', words(view.subject, 40), true);
  // cross-validation by sender (bench/accuracy.ts) without → with subject trigrams: 0.7383 → 0.6310
  push('sc', charTrigrams(view.subject));
  if (!view.subject.trim()) meta.push('subject:empty');

  const fromRaw = header(view, 'from');
  if (fromRaw) {
    const f = addressParts(fromRaw);
    push('fn', words(f.name, 8), true);
    if (f.address) meta.push(`from:${f.address}`, `fromdom:${f.domain}`, `fromlocal:${shape(f.address.split('@')[0]!)}`);
    if (!f.name) meta.push('from:noname');
    const replyTo = header(view, 'reply-to');
    if (replyTo) {
      const r = addressParts(replyTo);
      meta.push(`replyto:${r.domain}`, r.domain === f.domain ? 'replyto:same' : 'replyto:other');
    }
  } else meta.push('from:missing');
  const rp = header(view, 'return-path');
  if (rp) meta.push(`returnpath:${addressParts(rp).domain || 'null'}`);

  const rcpts = (v: string | undefined): number => (v ? v.split(',').filter((a) => a.includes('@')).length : 0);
  meta.push(`to:${countBucket(rcpts(header(view, 'to')))}`, `cc:${countBucket(rcpts(header(view, 'cc')))}`);
  if (/undisclosed/i.test(header(view, 'to') ?? '')) meta.push('to:undisclosed');

  const ct = header(view, 'content-type') ?? 'text/plain';
  meta.push(`ct:${ct.split(';')[0]!.trim().toLowerCase()}`);
  for (const m of ct.matchAll(/charset\s*=\s*"?([\w.:-]+)/gi)) meta.push(`charset:${m[1]!.toLowerCase()}`);
  const cte = header(view, 'content-transfer-encoding');
  if (cte) meta.push(`cte:${cte.trim().toLowerCase()}`);

  const mailer = header(view, 'x-mailer') ?? header(view, 'user-agent');
  push('xm', mailer ? words(mailer, 4) : ['none']);
  const mid = header(view, 'message-id');
  if (mid) {
    const inner = mid.replace(/[<>\s]/g, '');
    meta.push(`mid:${shape(inner.split('@')[0]!)}`);
  } else meta.push('mid:missing');
  const date = header(view, 'date');
  if (date) meta.push(`tz:${/([+-]\d{4}|[A-Z]{2,4})\s*(\([^)]*\))?\s*$/.exec(date.trim())?.[1] ?? 'none'}`);
  else meta.push('date:missing');
  for (const key of ['x-priority', 'x-msmail-priority', 'importance', 'list-id', 'mime-version']) {
    const v = header(view, key);
    if (v !== undefined) meta.push(`${key}:${v.trim().toLowerCase().slice(0, 40)}`);
  }
  const org = header(view, 'organization');
  if (org) push('org', words(decodeWords(org), 6));

  meta.push(`hops:${countBucket(headers(view, 'received').length)}`);

  // No tokens for relay host names or for whether Message-ID/Return-Path/Sender agree with the From
  // domain: they describe a sender's mail system, so they help with senders seen in training and
  // mislead on new ones. Cross-validation with every sender domain in one fold only
  // (bench/accuracy.ts): 0.6310 without them, 0.6924 with relay hosts, 1.0843 with the agreement
  // tokens. (In the benchmark corpus the relay hosts also recorded how the mail was collected.)
  // Header names stay out too: neutral with folds of random messages (0.1002 with, 0.0983 without).
  // For the same reason no Message-ID domain and no Precedence (bulk/list/junk: the list software's
  // word): with both 0.4029, without Precedence 0.3495, without either 0.3147 (2000 body words).

  for (const a of view.attachments.slice(0, 10)) {
    meta.push(`att:${a.mimeType.toLowerCase()}`);
    const ext = a.filename?.split('.').pop();
    if (ext && ext !== a.filename) meta.push(`attext:${ext.toLowerCase().slice(0, 8)}`);
  }
  push('h', meta);
  return seqs;
}

// ---------- body ----------
function capsBucket(text: string): string {
  // a char loop: two Unicode-class regex scans over the text cost more than the rest of tokenizing
  const n = Math.min(text.length, 3000);
  let letters = 0; let upper = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c >= 0x41 && c <= 0x5a) { letters++; upper++; }
    else if (c >= 0xc0) {
      const ch = text[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) { letters++; if (ch !== lo) upper++; }
    }
  }
  if (letters < 20) return 'caps:na';
  const r = upper / letters;
  return r < 0.05 ? 'caps:0' : r < 0.15 ? 'caps:1' : r < 0.3 ? 'caps:2' : r < 0.6 ? 'caps:3' : 'caps:4';
}

export interface Tokenized {
  sequences: TokenSequence[];
  language: Language;
}

// The body comes from the HTML as a reader sees it (src/content/html.ts: no hidden text, no
// invisible characters). No tokens for the tag and attribute vocabulary: it describes the mail
// program more than the mail (cross-validation by sender: 0.6310 without, 0.6359 with; by message:
// 0.1009 and 0.1081). Nor for the hidden text: a family of its words scored 0.3204 with and without.
// `documents` are the texts of the attached PDFs and Office documents (content/document-text.ts),
// read like the body: the same word features, as runs of their own so no pair spans body and
// document. Spam that is a document with a line of text or none would otherwise be judged by its
// headers alone.
export function tokenize(view: MessageView, opts: TokenizeOptions = DEFAULT_TOKENIZE_OPTIONS, documents: ReadonlyArray<Pick<DocumentText, 'kind' | 'text'>> = []): Tokenized {
  const seqs = headerSequences(view);
  const meta: string[] = [];
  const urls: string[] = [];
  let bodyText = view.text ?? '';
  if (view.html) {
    const r = reduceHtml(view.html);
    // Readers see the HTML part; spammers often put decoy text in the plain part.
    if (bodyText.trim().length < r.text.trim().length / 2 || !bodyText.trim()) bodyText = r.text;
    urls.push(...r.urls);
    meta.push(view.text?.trim() ? 'body:text+html' : 'body:html-only');
  } else meta.push(bodyText.trim() ? 'body:text' : 'body:empty');
  // a calendar invitation's description is read like the body (spam sent as an invitation)
  const invitation = invitationText(view.attachments);
  if (invitation) {
    bodyText = bodyText.trim() ? `${bodyText}\n${invitation}` : invitation;
    meta.push('invitation');
  }
  for (const m of bodyText.matchAll(URL_RE)) urls.push(m[0]);
  meta.push(capsBucket(bodyText));

  // words() normalises its whole input: cut first (generously) so long messages cost no more
  const body = words(bodyText.slice(0, opts.maxBodyWords * 16), opts.maxBodyWords);
  const documentRead = documents.map((d) => d.text).join('\n\n').slice(0, opts.maxBodyWords * 16);
  const documentWords = documentRead ? words(documentRead, opts.maxBodyWords) : [];
  if (documentWords.length) for (const kind of new Set(documents.map((d) => d.kind))) meta.push(DOCUMENT_META[kind]);
  // a message that is a document and a line is written in the document's language
  const language = detectLanguage(body.length >= LANGUAGE_MIN_WORDS || !documentWords.length ? body : body.concat(documentWords));
  meta.push(`lang:${language}`);
  const stemmer = opts.stem === false || (opts.stem === 'non-english' && language === 'en') ? null : stemmerFor(language);
  const stemmed = (ws: string[]): string[] => (stemmer ? ws.map((w) => stemmer(w)) : ws);
  seqs.push({ prefix: 'b', words: stemmed(body), pairs: true });
  if (documentWords.length) seqs.push({ prefix: 'b', words: stemmed(documentWords), pairs: true, fromDocuments: true });

  const urlToks: string[] = [];
  for (const u of urls.slice(0, 30)) urlToks.push(...urlTokens(u));
  for (const m of bodyText.slice(0, opts.maxBodyWords * 16).matchAll(MAIL_RE)) urlToks.push(`maildom:${m[1]!.toLowerCase()}`);
  meta.push(`urls:${countBucket(urls.length)}`);
  seqs.push({ prefix: 'u', words: [...new Set(urlToks)], pairs: false });
  const documentUrls = [...documentRead.matchAll(URL_RE)].slice(0, 30).flatMap((m) => urlTokens(m[0]));
  if (documentUrls.length) seqs.push({ prefix: 'u', words: [...new Set(documentUrls)], pairs: false, fromDocuments: true });
  seqs.push({ prefix: 'm', words: meta, pairs: false });
  return { sequences: seqs.filter((s) => s.words.length > 0), language };
}

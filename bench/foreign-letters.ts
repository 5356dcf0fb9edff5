// Letters in the offices' languages, each in a legacy charset of its own, cut from Debian's
// translated man pages (man-pages.ts): the multilingual ham the benches score, the Bayes model
// (foreign-text.ts) and the whole pipeline (pipeline-accuracy.ts --foreign).
import iconv from 'iconv-lite';
import { manPages, manText } from './man-pages.ts';

export const LANGUAGES: Array<[lang: string, charset: string]> = [
  ['ru', 'koi8-r'], ['ru', 'windows-1251'], ['de', 'windows-1252'], ['pl', 'iso-8859-2'], ['es', 'windows-1252'], ['it', 'windows-1252'],
  ['el', 'iso-8859-7'], ['fr', 'windows-1252'],
];

export const subjectOf = (body: string): string => body.split(/\s+/).filter(Boolean).slice(0, 5).join(' ');

/**
 * A letter in `charset`: declared (an encoded-word subject, a charset parameter), or as old
 * mailers send it, the subject and body in raw 8-bit bytes and no charset anywhere.
 */
export function letter(lang: string, charset: string, n: number, body: string, declared: boolean): Buffer {
  const subject = subjectOf(body);
  const head = `From: Colleague <colleague@partner.example>\r\nTo: bob@example.com\r\nDate: Tue, 01 Dec 2026 10:00:00 +0100\r\n`
    + `Message-ID: <${n}.${lang}@partner.example>\r\nMIME-Version: 1.0\r\n`
    + `Content-Type: text/plain${declared ? `; charset=${charset}` : ''}\r\nContent-Transfer-Encoding: 8bit\r\nSubject: `;
  const encodedSubject = declared ? Buffer.from(`=?${charset}?B?${iconv.encode(subject, charset).toString('base64')}?=`) : iconv.encode(subject, charset);
  return Buffer.concat([Buffer.from(head, 'latin1'), encodedSubject, Buffer.from('\r\n\r\n'), iconv.encode(body.replace(/\r?\n/g, '\r\n'), charset), Buffer.from('\r\n')]);
}

/**
 * The same letter as HTML only, declared, as web mailers and notification systems send it: each
 * paragraph a <p>. A model learned from the 2002 corpus, whose ham is mostly plain text, has learned
 * "HTML only" as a sign of spam; this measures what that costs mail in the offices' languages.
 */
export function htmlLetter(lang: string, charset: string, n: number, body: string): Buffer {
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<html><head><meta charset="${charset}"></head><body>\r\n${body.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim()).replace(/\r?\n/g, '<br>\r\n')}</p>`).join('\r\n')}\r\n</body></html>`;
  const head = `From: Colleague <colleague@partner.example>\r\nTo: bob@example.com\r\nDate: Tue, 01 Dec 2026 10:00:00 +0100\r\n`
    + `Message-ID: <${n}.${lang}.html@partner.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n`
    + `Subject: =?${charset}?B?${iconv.encode(subjectOf(body), charset).toString('base64')}?=\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), iconv.encode(html, charset), Buffer.from('\r\n')]);
}

/** A letter's bodies: pieces of 1500 characters, up to four from each of the language's first `pages` man pages (sorted by path). */
export function* letterBodies(lang: string, pages: number): Generator<string> {
  for (const file of manPages(`/usr/share/man/${lang}`).slice(0, pages)) {
    const text = manText(file);
    for (let i = 0; i + 300 < text.length && i < 6000; i += 1500) yield text.slice(i, i + 1500);
  }
}

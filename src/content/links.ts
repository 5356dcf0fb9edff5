// The links a reader can follow: hrefs of the HTML part and URLs written in the text. Shared by
// the checks that judge links (scripts: look-alike hosts; uribl: domain block lists).
import { URL_RE, reduceHtml } from '../bayes/tokenize.ts';
import type { ParsedMessage } from '../pipeline/types.ts';

/** HTML links first, then URLs in `text` (the visible text), at most `max`. */
export function linkUrls(view: Pick<ParsedMessage, 'html'>, text: string, max = 100): string[] {
  const urls = view.html ? [...reduceHtml(view.html).urls] : [];
  for (const m of text.matchAll(URL_RE)) urls.push(m[0]);
  return urls.slice(0, max);
}

/**
 * URLs carried inside a link's query, where open redirectors keep the real target:
 * "https://www.google.com/url?q=https%3A%2F%2Fevil.example%2Fx" → ["https://evil.example/x"].
 */
export function embeddedUrls(url: string): string[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const out: string[] = [];
  for (const value of url.slice(q + 1).split(/[&#]/).map((p) => p.slice(p.indexOf('=') + 1))) {
    let v = value;
    try { v = decodeURIComponent(value); } catch { /* keep it encoded */ }
    if (/^(?:https?:)?\/\//i.test(v)) out.push(v);
  }
  return out;
}

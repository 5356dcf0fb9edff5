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

// Writing systems (src/content/scripts.ts): words that mix Latin, Cyrillic and Greek look-alike
// letters to slip past filters (MIXED_SCRIPT_WORDS), links whose host impersonates another through
// such letters, or a sender's domain that does (URL_HOMOGRAPH), and, when the admin lists the scripts the company reads
// (`okScripts`), mail written mostly in others (SCRIPT_UNWANTED, SpamAssassin's ok_locales).
import { z } from 'zod';
import { addressParts } from '../../mail/address.ts';
import { qrOptionsOf } from '../../content/qr.ts';
import { everyLink, placesOf, shortLinksOf } from '../../content/short-links.ts';
import { homographHost, hostOfUrl, markAsciiLookalikes, markForeignLetters, mixedScriptWords, scriptShares, type ScriptName } from '../../content/scripts.ts';
import { okScriptsSchema } from '../../rules/schema.ts';
import { visibleText } from '../../fuzzy/fingerprint.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { ramp } from '../weight.ts';

export const scriptsOptionsSchema = z.strictObject({
  /** scripts the company reads; empty = every script is welcome and SCRIPT_UNWANTED never fires */
  okScripts: okScriptsSchema.default([]),
  /** SCRIPT_UNWANTED when at least this share of the letters is in scripts outside okScripts */
  unwantedShare: z.number().gt(0).max(1).default(0.3),
  /** a body with fewer letters is too short to judge (a subject needs the smaller of this and 8) */
  minLetters: z.number().int().min(1).default(30),
  /** distinct mixed-script words before MIXED_SCRIPT_WORDS fires (an honest typo makes one) */
  minMixedWords: z.number().int().min(1).default(2),
  /** mixed-script words at which MIXED_SCRIPT_WORDS reaches its full weight */
  fullMixedWords: z.number().int().min(1).default(6),
}).refine((o) => o.fullMixedWords >= o.minMixedWords, { message: 'fullMixedWords must be ≥ minMixedWords', path: ['fullMixedWords'] });
export type ScriptsOptions = z.infer<typeof scriptsOptionsSchema>;

/** "xn--pypal-4ve.com shows as p[а]ypal.com (mixed-scripts)": the host, and as the reader sees it with the foreign letters marked */
function describeHomograph(h: NonNullable<ReturnType<typeof homographHost>>): string {
  const shown = h.why === 'latin-lookalike' ? markAsciiLookalikes(h.shown) : h.shown.split('.').map(markForeignLetters).join('.');
  return h.shown === h.host ? `${shown} (${h.why})` : `${h.host} shows as ${shown} (${h.why})`;
}

/** The From display name as the reader sees it ("PayPal Support" in `"PayPal Support" <x@y>`). */
const fromName = (view: ParsedMessage): string => addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '').name;

export const scriptsCheck: Check<'data', ScriptsOptions> = {
  name: 'scripts',
  phase: 'data',
  symbols: ['MIXED_SCRIPT_WORDS', 'URL_HOMOGRAPH', 'SCRIPT_UNWANTED'],
  options: scriptsOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    const { options, rules } = deps;
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const text = visibleText(view);
    const hits: Hit[] = [];

    const mixed = mixedScriptWords(`${fromName(view)}\n${text}`);
    const weight = ramp(mixed.length, options.minMixedWords, options.fullMixedWords);
    if (weight > 0) {
      hits.push({ symbol: 'MIXED_SCRIPT_WORDS', weight, detail: `${mixed.length} words: ${mixed.slice(0, 5).map(markForeignLetters).join(', ')}` });
    }

    // where a link leads counts as the link: a redirector's target, the hops of a short link
    const short = await shortLinksOf(view, deps);
    homograph: for (const { url: link } of await everyLink(view, 100, qrOptionsOf(rules?.checks), short)) {
      for (const { url, via } of placesOf(link, short)) {
        const host = hostOfUrl(url);
        const h = host ? homographHost(host) : null;
        if (!h) continue;
        const behind = via === 'link' ? '' : ` (behind ${hostOfUrl(link) ?? 'a link'})`;
        hits.push({ symbol: 'URL_HOMOGRAPH', detail: `${describeHomograph(h)}${behind}` });
        break homograph;
      }
    }
    // the sender's own domain in look-alike letters ("partner-logіstik.pl" with a Cyrillic і for the
    // supplier partner-logistik.pl): the invoice fraud's address, read by the eye as the real one
    const fromHost = hits.some((x) => x.symbol === 'URL_HOMOGRAPH') ? null : addressParts(view.headers.find((x) => x.key === 'from')?.value ?? '').domain;
    const fromHomograph = fromHost ? homographHost(fromHost) : null;
    if (fromHomograph) hits.push({ symbol: 'URL_HOMOGRAPH', detail: `the sender's domain ${describeHomograph(fromHomograph)}` });

    if (options.okScripts.length) {
      const ok = new Set<ScriptName>(options.okScripts);
      // subject and body apart: a foreign subject over a short body is as telling as a foreign body
      for (const [part, t] of [['subject', view.subject], ['body', text.slice(view.subject.length)]] as const) {
        const s = scriptShares(t);
        if (s.letters < (part === 'subject' ? Math.min(options.minLetters, 8) : options.minLetters)) continue;
        const foreign = Object.entries(s.counts).filter(([name]) => !ok.has(name as ScriptName)).sort((a, b) => b[1]! - a[1]!);
        const share = foreign.reduce((n, [, c]) => n + c!, 0) / s.letters;
        if (share >= options.unwantedShare) {
          hits.push({ symbol: 'SCRIPT_UNWANTED', detail: `${part}: ${Math.round(share * 100)}% ${foreign.map(([name]) => name).join('+')}` });
          break;
        }
      }
    }
    return hits;
  },
};

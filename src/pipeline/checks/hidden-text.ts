// Text written for filters, not for the reader (src/content/html.ts, invisible.ts):
//  - HIDDEN_TEXT: more HTML text than a preview line that the reader cannot see (display:none,
//    a zero-size font, white on white…): ham words to poison Bayes, hash-busters against bulk
//    fingerprints, the "you agreed to receive this" paragraphs of list sellers.
//  - INVISIBLE_WORD_SPLIT: words split by characters or HTML fragments that print as nothing
//    ("Pay\u200bPal", "Pay<span style=font-size:0>x</span>Pal"): the reader sees the word, a
//    filter comparing words sees two.
// Bayes and the fingerprints read the visible text without invisible characters anyway; these
// symbols tell that someone went to the trouble.
import { z } from 'zod';
import { reduceHtml } from '../../content/html.ts';
import { invisibleWordBreaks } from '../../content/invisible.ts';
import { addressParts } from '../../mail/address.ts';
import type { Check, Hit } from '../types.ts';
import { ramp } from '../weight.ts';

export const hiddenTextOptionsSchema = z.strictObject({
  /**
   * Hidden letters forgiven as preview text: newsletters put the line an inbox shows under the
   * subject in a display:none block at the top (about 40–150 letters).
   */
  previewLetters: z.number().int().min(0).default(150),
  /** hidden letters beyond the preview allowance before HIDDEN_TEXT fires … */
  minHiddenLetters: z.number().int().min(1).default(50),
  /** … and at which it adds its full weight */
  fullHiddenLetters: z.number().int().min(1).default(500),
  /**
   * Split words before INVISIBLE_WORD_SPLIT fires: a transactional mail may put a zero-width
   * character into an address or a date so that phones do not turn it into a link.
   */
  minSplitWords: z.number().int().min(1).default(2),
  /** … and at which it adds its full weight */
  fullSplitWords: z.number().int().min(1).default(5),
}).refine((o) => o.fullHiddenLetters >= o.minHiddenLetters, { message: 'fullHiddenLetters must be ≥ minHiddenLetters', path: ['fullHiddenLetters'] })
  .refine((o) => o.fullSplitWords >= o.minSplitWords, { message: 'fullSplitWords must be ≥ minSplitWords', path: ['fullSplitWords'] });
export type HiddenTextOptions = z.infer<typeof hiddenTextOptionsSchema>;


const quote = (s: string, max = 80): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`;
};

export const hiddenTextCheck: Check<'data', HiddenTextOptions> = {
  name: 'hidden-text',
  phase: 'data',
  symbols: ['HIDDEN_TEXT', 'INVISIBLE_WORD_SPLIT'],
  options: hiddenTextOptionsSchema,
  directions: ['inbound'],
  async run(ctx, { options }) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const html = view.html ? reduceHtml(view.html) : null;
    const hits: Hit[] = [];

    if (html) {
      const counted = html.hidden.letters - options.previewLetters;
      const weight = ramp(counted, options.minHiddenLetters, options.fullHiddenLetters);
      if (weight > 0) hits.push({ symbol: 'HIDDEN_TEXT', weight, detail: `${html.hidden.letters} hidden letters: ${quote(html.hidden.text)}` });
    }

    const fromName = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '').name;
    const split = [...new Set([
      ...invisibleWordBreaks(`${view.subject}\n${fromName}\n${view.text ?? ''}`),
      ...(html ? [...invisibleWordBreaks(html.text), ...html.hidden.splices] : []),
    ])];
    const weight = ramp(split.length, options.minSplitWords, options.fullSplitWords);
    if (weight > 0) hits.push({ symbol: 'INVISIBLE_WORD_SPLIT', weight, detail: `${split.length} words: ${split.slice(0, 5).join(', ')}` });
    return hits;
  },
};

// Text written for filters, not for the reader (src/content/html.ts, invisible.ts):
//  - HIDDEN_TEXT: more HTML text than a preview line that the reader cannot see (display:none,
//    a zero-size font, white on white…): ham words to poison Bayes, hash-busters against bulk
//    fingerprints, the "you agreed to receive this" paragraphs of list sellers. Whole when most of
//    the hidden words are nowhere in the visible text (a recipe, the weather, a council's budget
//    under a fake shop: filler written for the filters); three fifths when they are mostly the
//    visible words again (a layout's second copy for phones hidden on desktops).
//  - INVISIBLE_WORD_SPLIT: words split by characters or HTML fragments that print as nothing
//    ("Pay\u200bPal", "Pay<span style=font-size:0>x</span>Pal"): the reader sees the word, a
//    filter comparing words sees two.
// Bayes and the fingerprints read the visible text without invisible characters anyway; these
// symbols tell that someone went to the trouble.
//  - HTML_IMAGE_ONLY: the other way round, text hidden from the filter: the HTML shows a picture
//    from the web and next to no text, so the words are in the picture (SpamAssassin's
//    HTML_IMAGE_ONLY_*), or a picture carried in the message (cid:) that is itself a link to the web
//    (the banner to click; an Outlook signature's logo beside a text is no link, or has the text
//    beside it). Only the HTML's text counts (what the reader sees): a text/plain part full
//    of other words is how such spam feeds the filters. A message with a document or any other
//    attachment that is not a picture has something else to read, and is left alone; so is a
//    reply (In-Reply-To, References): "Thanks, will do" above a signature whose logo comes from
//    the company's web server has few letters too.
import { z } from 'zod';
import { HTML_READ_MAX_CHARS, reduceHtml } from '../../content/html.ts';
import { invisibleWordBreaks } from '../../content/invisible.ts';
import { addressParts } from '../../mail/address.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { ramp } from '../weight.ts';

export const hiddenTextOptionsSchema = z.strictObject({
  /**
   * Hidden letters forgiven as preview text: newsletters put the line an inbox shows under the
   * subject in a display:none block at the top (about 40–150 letters). Only hidden letters before
   * the first visible one are forgiven: after visible text a preview line would not be the preview.
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
  /**
   * HTML_IMAGE_ONLY when the HTML shows a picture from the web and fewer letters than this (a
   * newsletter's footer alone, its address and unsubscribe line, has more) …
   */
  imageOnlyMaxLetters: z.number().int().min(0).default(150),
  /** … and at full weight at this many letters or fewer */
  imageOnlyFullLetters: z.number().int().min(0).default(50),
}).refine((o) => o.fullHiddenLetters >= o.minHiddenLetters, { message: 'fullHiddenLetters must be ≥ minHiddenLetters', path: ['fullHiddenLetters'] })
  .refine((o) => o.fullSplitWords >= o.minSplitWords, { message: 'fullSplitWords must be ≥ minSplitWords', path: ['fullSplitWords'] })
  .refine((o) => o.imageOnlyFullLetters < o.imageOnlyMaxLetters || o.imageOnlyMaxLetters === 0, { message: 'imageOnlyFullLetters must be < imageOnlyMaxLetters', path: ['imageOnlyFullLetters'] });
export type HiddenTextOptions = z.infer<typeof hiddenTextOptionsSchema>;


/**
 * a picture the HTML loads from the web. A tag's attributes are read up to 1000 characters here and
 * below: unbounded, text of "<img src=" or "<a " without a ">" made every tag's start read the whole
 * rest, seconds of CPU for 200 kB (bench/pathological.ts).
 */
const REMOTE_PICTURE = /<img\b[^>]{0,1000}?\ssrc\s*=\s*["']?\s*https?:\/\/([^"'\s/>]+)/i;
/** a picture of the message itself (cid:) that is a link to the web: a banner to click, not a logo beside a text */
const LINKED_INLINE_PICTURE = /<a\b[^>]{0,1000}?\shref\s*=\s*["']?\s*https?:\/\/([^"'\s/>]{1,255})[^>]{0,1000}>(?:\s|<(?!\/a\b|a\b)[^>]{0,1000}>){0,6}<img\b[^>]{0,1000}?\ssrc\s*=\s*["']?\s*cid:/i;
const LETTER = /\p{L}/gu;

/** HTML_IMAGE_ONLY's weight (0 to 1) and detail, or null: a picture from the web, few letters, nothing else to read. */
function imageOnly(view: Pick<ParsedMessage, 'html' | 'headers' | 'attachments'>, visibleText: string, o: HiddenTextOptions): { weight: number; detail: string } | null {
  const html = view.html;
  if (!html || o.imageOnlyMaxLetters === 0 || view.attachments.some((a) => !a.mimeType.toLowerCase().startsWith('image/'))) return null;
  if (view.headers.some((h) => h.key === 'in-reply-to' || h.key === 'references')) return null;
  const letters = visibleText.match(LETTER)?.length ?? 0;
  if (letters >= o.imageOnlyMaxLetters) return null;
  // in the part of the HTML that is read at all
  const read = html.length > HTML_READ_MAX_CHARS ? html.slice(0, HTML_READ_MAX_CHARS) : html;
  const remote = REMOTE_PICTURE.exec(read);
  const linked = remote ? null : LINKED_INLINE_PICTURE.exec(read);
  if (!remote && !linked) return null;
  const weight = ramp(o.imageOnlyMaxLetters - letters, 1, o.imageOnlyMaxLetters - o.imageOnlyFullLetters);
  return { weight, detail: remote ? `${letters} letters of text beside a picture from ${remote[1]!.toLowerCase()}` : `${letters} letters of text beside a picture in the message that links to ${linked![1]!.toLowerCase()}` };
}

/** words of three letters or more, small, as the hidden and the visible text are compared */
const WORD = /\p{L}{3,}/gu;
/** the share of hidden words not seen in the visible text from which hidden text counts as filler */
const FILLER_SHARE = 0.8;
/** HIDDEN_TEXT's share of its weight when the hidden words are mostly the visible ones */
const REPEATED_TEXT_FACTOR = 0.6;

/** The share of the distinct hidden words that the visible text (or the subject) does not have. */
export function unseenShare(hidden: string, visible: string): number {
  const words = new Set(hidden.toLowerCase().match(WORD) ?? []);
  if (!words.size) return 0;
  const seen = new Set(visible.toLowerCase().match(WORD) ?? []);
  let unseen = 0;
  for (const w of words) if (!seen.has(w)) unseen++;
  return unseen / words.size;
}

const quote = (s: string, max = 80): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`;
};

export const hiddenTextCheck: Check<'data', HiddenTextOptions> = {
  name: 'hidden-text',
  phase: 'data',
  symbols: ['HIDDEN_TEXT', 'INVISIBLE_WORD_SPLIT', 'HTML_IMAGE_ONLY'],
  options: hiddenTextOptionsSchema,
  directions: ['inbound'],
  async run(ctx, { options }) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const html = view.html ? reduceHtml(view.html) : null;
    const hits: Hit[] = [];

    if (html) {
      // a preview line works only before the visible text: hidden letters after it are forgiven no more
      const counted = html.hidden.letters - Math.min(options.previewLetters, html.hidden.leading);
      const weight = ramp(counted, options.minHiddenLetters, options.fullHiddenLetters);
      if (weight > 0) {
        const unseen = unseenShare(html.hidden.text, `${view.subject}\n${html.text}`);
        const filler = unseen >= FILLER_SHARE;
        hits.push({
          symbol: 'HIDDEN_TEXT', weight: weight * (filler ? 1 : REPEATED_TEXT_FACTOR),
          detail: `${html.hidden.letters} hidden letters, ${Math.round(unseen * 100)} % of their words not in the visible text: ${quote(html.hidden.text)}`,
        });
      }
      const pictured = imageOnly(view, html.text, options);
      if (pictured) hits.push({ symbol: 'HTML_IMAGE_ONLY', ...pictured });
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

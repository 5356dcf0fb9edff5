// Cheap classic header checks: real mail clients and servers always write Date, Message-ID and
// From (RFC 5322 3.6); bulk tools and bots often forget one, or date mail far in the future.
// And MIME_UNREADABLE: a message the MIME parser refuses (parts nested deeper than 256, a part's
// headers over 2 MB) leaves every content check failing, and a check that fails adds nothing, so
// without it such a message would pass unjudged; no mail program writes one.
import { z } from 'zod';
import type { Check, Hit } from '../types.ts';

export const headersOptionsSchema = z.strictObject({
  /** a Date more than this far ahead of our clock counts as HEADER_DATE_FUTURE */
  futureToleranceHours: z.number().min(0).default(24),
});

export const headersCheck: Check<'data', z.infer<typeof headersOptionsSchema>> = {
  name: 'headers',
  phase: 'data',
  symbols: ['HEADER_MISSING_DATE', 'HEADER_MISSING_MESSAGE_ID', 'HEADER_MISSING_FROM', 'HEADER_DATE_FUTURE', 'MIME_UNREADABLE'],
  options: headersOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    let parsed: Awaited<ReturnType<typeof ctx.parsed>>;
    try {
      parsed = await ctx.parsed();
    } catch (err) {
      return [{ symbol: 'MIME_UNREADABLE', detail: (err as Error).message.replace(/[\p{Cc}\p{Cf}]/gu, '?').slice(0, 120) }];
    }
    const has = (k: string): string | undefined => parsed.headers.find((h) => h.key === k)?.value;
    const hits: Hit[] = [];
    const date = has('date');
    if (!date) hits.push({ symbol: 'HEADER_MISSING_DATE' });
    else {
      const t = Date.parse(date);
      if (Number.isFinite(t) && t - Date.now() > deps.options.futureToleranceHours * 3600_000) hits.push({ symbol: 'HEADER_DATE_FUTURE', detail: date });
    }
    if (!has('message-id')) hits.push({ symbol: 'HEADER_MISSING_MESSAGE_ID' });
    if (!has('from')) hits.push({ symbol: 'HEADER_MISSING_FROM' });
    return hits;
  },
};

// Cheap classic header checks: real mail clients and servers always write Date, Message-ID and
// From (RFC 5322 3.6); bulk tools and bots often forget one, or date mail far in the future.
import { z } from 'zod';
import type { Check, Hit } from '../types.ts';

export const headersOptionsSchema = z.strictObject({
  /** a Date more than this far ahead of our clock counts as HEADER_DATE_FUTURE */
  futureToleranceHours: z.number().min(0).default(24),
});

export const headersCheck: Check<'data', z.infer<typeof headersOptionsSchema>> = {
  name: 'headers',
  phase: 'data',
  symbols: ['HEADER_MISSING_DATE', 'HEADER_MISSING_MESSAGE_ID', 'HEADER_MISSING_FROM', 'HEADER_DATE_FUTURE'],
  options: headersOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const parsed = await ctx.parsed();
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

// SPF, DKIM, DMARC and ARC (mailauth, through the pipeline's memoized ctx.auth()) as symbols.
// The Authentication-Results header itself is added by the pipeline from the same result.
import { z } from 'zod';
import type { Check, Hit } from '../types.ts';

export const authOptionsSchema = z.strictObject({});

export const AUTH_SYMBOLS = [
  'SPF_PASS', 'SPF_FAIL', 'SPF_SOFTFAIL', 'SPF_NEUTRAL', 'SPF_NONE', 'SPF_ERROR',
  'DKIM_PASS', 'DKIM_FAIL', 'DKIM_NONE', 'DKIM_ERROR',
  'DMARC_PASS', 'DMARC_FAIL_REJECT', 'DMARC_FAIL_QUARANTINE', 'DMARC_FAIL_NONE', 'DMARC_NONE', 'DMARC_ERROR',
  'ARC_PASS', 'ARC_FAIL',
] as const;

export const authCheck: Check<'data', z.infer<typeof authOptionsSchema>> = {
  name: 'auth',
  phase: 'data',
  symbols: AUTH_SYMBOLS,
  options: authOptionsSchema,
  directions: ['inbound'],
  timeoutMs: 10000,
  async run(ctx) {
    if (ctx.session.trusted) return [];
    const a = await ctx.auth();
    const hits: Hit[] = [];
    const spf = { pass: 'SPF_PASS', fail: 'SPF_FAIL', softfail: 'SPF_SOFTFAIL', neutral: 'SPF_NEUTRAL', none: 'SPF_NONE', temperror: 'SPF_ERROR', permerror: 'SPF_ERROR' }[a.spf];
    hits.push({ symbol: spf, detail: a.spfDomain ?? (ctx.envelope.mailFrom || '<>') });
    if (a.dkim === 'pass') hits.push({ symbol: 'DKIM_PASS', detail: a.dkimPass.join(',') });
    else if (a.dkim === 'none') hits.push({ symbol: 'DKIM_NONE' });
    else if (a.dkim === 'temperror') hits.push({ symbol: 'DKIM_ERROR', detail: a.dkim });
    else hits.push({ symbol: 'DKIM_FAIL', detail: a.dkim });
    if (a.dmarc === 'pass') hits.push({ symbol: 'DMARC_PASS', detail: a.fromDomain ?? '' });
    else if (a.dmarc === 'fail') {
      const sym = a.dmarcPolicy === 'reject' ? 'DMARC_FAIL_REJECT' : a.dmarcPolicy === 'quarantine' ? 'DMARC_FAIL_QUARANTINE' : 'DMARC_FAIL_NONE';
      hits.push({ symbol: sym, detail: `${a.fromDomain ?? ''} p=${a.dmarcPolicy ?? 'none'}` });
    } else if (a.dmarc === 'none') hits.push({ symbol: 'DMARC_NONE', detail: a.fromDomain ?? '' });
    else hits.push({ symbol: 'DMARC_ERROR', detail: a.dmarc });
    if (a.arc === 'pass') hits.push({ symbol: 'ARC_PASS' });
    else if (a.arc === 'fail') hits.push({ symbol: 'ARC_FAIL' });
    return hits;
  },
};

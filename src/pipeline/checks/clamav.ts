// Virus scanning through clamd (INSTREAM of the whole raw message; clamd decodes MIME and archives).
// CLAMAV_VIRUS forces a reject (554 5.7.1 with the virus name, from rules/symbols.yaml); heuristic
// "limits exceeded" detections are FOUND replies and count as infected. A scan that did not end
// in "OK" is never clean: with clamav.onError=tempfail CLAMAV_ERROR forces a 451 4.3.0 (the
// client retries later, nothing is lost), with onError=accept CLAMAV_UNSCANNED adds a score.
import { z } from 'zod';
import { clamdClient, probeClamav } from '../../clamav/index.ts';
import type { Check } from '../types.ts';

export const clamavOptionsSchema = z.strictObject({
  /** parallel connections to clamd */
  maxConnections: z.number().int().min(1).max(64).default(8),
});
export type ClamavOptions = z.infer<typeof clamavOptionsSchema>;

export const clamavCheck: Check<'data', ClamavOptions> = {
  name: 'clamav',
  phase: 'data',
  symbols: ['CLAMAV_VIRUS', 'CLAMAV_ERROR', 'CLAMAV_UNSCANNED'],
  options: clamavOptionsSchema,
  // the runner's budget must exceed clamd's own timeout, so a stall ends as CLAMAV_ERROR, not as
  // a silently dropped check (which would pass the message unscanned)
  timeoutMs: 120_000,
  async run(ctx, { options, config, log }) {
    const state = await probeClamav(config, log);
    if (!state.active) return [];
    const started = performance.now();
    const result = await clamdClient(config, options.maxConnections).scan(ctx.raw);
    const ms = Math.round(performance.now() - started);
    if (result.status === 'clean') {
      log.debug({ ms }, 'clamav: clean');
      return [];
    }
    if (result.status === 'infected') {
      log.warn({ virus: result.virus, ms, sid: ctx.session.id }, 'clamav: virus found');
      return [{ symbol: 'CLAMAV_VIRUS', detail: result.virus }];
    }
    log.error({ error: result.error, ms, sid: ctx.session.id, onError: config.clamav.onError }, 'clamav: scan failed; message not treated as clean');
    // a failing clamd in auto mode may just have gone away: look again soon
    void probeClamav(config, log, true).catch(() => undefined);
    return [{ symbol: config.clamav.onError === 'tempfail' ? 'CLAMAV_ERROR' : 'CLAMAV_UNSCANNED', detail: result.error }];
  },
};

export default clamavCheck;

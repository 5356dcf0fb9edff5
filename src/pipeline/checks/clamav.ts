// Virus scanning through clamd (INSTREAM of the whole raw message; clamd decodes MIME and archives).
// CLAMAV_VIRUS forces a reject (554 5.7.1 with the virus name, from rules/symbols.yaml); heuristic
// "limits exceeded" detections are FOUND replies and count as infected. A scan that did not end
// in "OK" is never clean: with clamav.onError=tempfail CLAMAV_ERROR forces a 451 4.3.0 (the
// client retries later, nothing is lost), with onError=accept CLAMAV_UNSCANNED adds a score.
// What a password-protected ZIP holds is locked to clamd too: the files the attachments walk
// opened with the password the message's text gives are scanned as well, each on its own stream.
import { z } from 'zod';
import { clamdClient, probeClamav, type ClamdClient, type ScanResult } from '../../clamav/index.ts';
import { sectionOptions, type Rules } from '../../rules/schema.ts';
import { attachmentsOptionsSchema, messageAttachments } from './attachments.ts';
import type { Check, DataContext } from '../types.ts';

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
  async run(ctx, { options, config, rules, log }) {
    const state = await probeClamav(config, log);
    if (!state.active) return [];
    const started = performance.now();
    const client = clamdClient(config, options.maxConnections);
    // a walk that failed opened nothing: the whole message's scan stands alone
    const [whole, unlocked] = await Promise.all([client.scan(ctx.raw), scanUnlocked(ctx, client, rules).catch(() => null)]);
    const result = unlocked ? worse(whole, unlocked) : whole;
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

/** A virus before an error before clean; on a tie the first (the whole message's own result). */
const RANK: Record<ScanResult['status'], number> = { infected: 2, error: 1, clean: 0 };
const worse = (a: ScanResult, b: ScanResult): ScanResult => (RANK[b.status] > RANK[a.status] ? b : a);

/**
 * The files locked archives held that the attachments walk opened with the text's password (the
 * walk is the attachments check's, shared), scanned one by one; the first virus or error ends it,
 * named with where it was ("Eicar-Test-Signature in Rechnung.zip > Rechnung.doc"). null: none.
 */
async function scanUnlocked(ctx: DataContext, client: ClamdClient, rules: Rules | undefined): Promise<ScanResult | null> {
  const view = await ctx.parsed();
  if (!view.attachments.length) return null;
  const { unlocked } = await messageAttachments(view, sectionOptions(rules?.checks ?? {}, 'attachments', attachmentsOptionsSchema));
  for (const file of unlocked) {
    const result = await client.scan(file.data);
    const where = file.path.join(' > ').replace(/[\p{Cc}\p{Cf}]/gu, '?');
    if (result.status === 'infected') return { status: 'infected', virus: `${result.virus} in ${where}` };
    if (result.status === 'error') return { status: 'error', error: `${result.error} (scanning ${where})` };
  }
  return unlocked.length ? { status: 'clean' } : null;
}

export default clamavCheck;

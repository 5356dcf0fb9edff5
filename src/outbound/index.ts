// The outbound side as one unit for main.ts (which loads this module when smtp.outbound.enabled):
// the delivery queue runner and the outbound listener. In cluster mode every SMTP worker runs
// both; the queue's leases keep two runners from delivering the same item.
import type { Config } from '../config.ts';
import { startDelivery, type Delivery } from '../delivery/runner.ts';
import type { Logger } from '../log.ts';
import type { PipelineRuntime } from '../pipeline/index.ts';
import type { Store } from '../store/types.ts';
import { createDkimSigner } from './dkim.ts';
import { OutboundListener } from './listener.ts';

export { listKnownSenders, revokeKnownSender, searchKnownSenders } from './known-senders.ts';

export interface OutboundDeps { config: Config; log: Logger; store: Store; pipeline: PipelineRuntime }

export async function startOutbound(deps: OutboundDeps): Promise<{ close(): Promise<void>; delivery: Delivery }> {
  const { config, log, store, pipeline } = deps;
  const dkim = config.delivery.dkim.length ? createDkimSigner(config.delivery.dkim, log) : null;
  const delivery = startDelivery({ config, store, log });
  const listener = new OutboundListener({ config, log, store, pipeline, dkim, kick: () => delivery.kick() });
  try {
    await listener.listen();
  } catch (err) {
    await delivery.stop();
    throw err;
  }
  log.info({ host: config.smtp.outbound.host, port: config.smtp.outbound.port, allowFrom: config.smtp.outbound.allowFrom, dkim: dkim?.domains ?? [] }, 'outbound SMTP listening');
  return {
    delivery,
    async close() {
      await listener.close();
      await delivery.stop();
    },
  };
}

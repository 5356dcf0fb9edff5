// The inbound pipeline as the benches that feed it hostile mail run it: in one process, in a
// throwaway data directory, with what needs the network off (DNS to a closed port, no clamd, no
// greylisting), so what counts is the CPU of parsing and the checks. bench/pathological.ts, bench/fuzz.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../src/config.ts';
import { createPipeline, runMessage } from '../src/pipeline/index.ts';
import type { SessionInfo, Verdict } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/index.ts';

export interface OfflinePipeline {
  /** one message through every phase from a plausible outside sender to u@example.com */
  run(id: string, raw: Buffer): Promise<Verdict>;
  close(): Promise<void>;
}

export async function offlinePipeline(log: Logger): Promise<OfflinePipeline> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-bench-offline-'));
  const config = loadConfig({ env: {}, overrides: { dataDir, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200, 'clamav.enabled': false, 'greylist.enabled': false, 'smtp.localDomains': ['example.com'] } });
  const store = await openStore(config, log);
  const pipeline = await createPipeline({ config, store, log, watch: false });
  return {
    async run(id, raw) {
      const session: SessionInfo = { id, direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: 'mail.b.example', tls: false, authUser: null, trusted: false };
      return runMessage(pipeline, session, 'a@b.example', 'u@example.com', raw);
    },
    async close() {
      await pipeline.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// The SMTP layer alone (InboundListener + BackendRelay, a pass-through Pipeline and a no-op store)
// in this process: smtp-source → layer → smtp-sink vs smtp-source → smtp-sink. It separates the
// cost of the proxy itself from the cost of the checks measured by bench/throughput.ts.
//   node --import tsx bench/throughput-smtp-layer.ts [--messages 3000] [--sessions 20]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { InboundListener } from '../src/smtp/inbound.ts';
import { createPassthroughPipeline } from '../src/smtp/passthrough-pipeline.ts';
import { BackendRelay } from '../src/smtp/relay.ts';
import type { Store } from '../src/store/types.ts';
import { freePort } from '../test/helpers/ports.ts';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '3000' }, sessions: { type: 'string', default: '20' }, size: { type: 'string', default: '2048' } } });
const MESSAGES = Number(values.messages);
const [port, sinkPort] = [await freePort(), await freePort()];
const sink = spawn('/usr/sbin/smtp-sink', ['-u', 'nobody', `127.0.0.1:${sinkPort}`, '1024'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 300));
const config = loadConfig({ env: {}, overrides: { 'smtp.inbound.host': '127.0.0.1', 'smtp.inbound.port': port, 'smtp.inbound.maxConnectionsPerIp': 1000, 'smtp.localDomains': ['example.com'] } });
const log = pino({ level: 'info' }, pino.destination('/dev/null'));
const store = { txlog: { append: async () => undefined } } as unknown as Store;
const relay = new BackendRelay({ host: '127.0.0.1', port: sinkPort, heloName: 'mx.bench.test', timeoutMs: 5000, poolSize: Number(values.sessions) });
const listener = new InboundListener({ config, log, store, pipeline: createPassthroughPipeline(), relay });
await listener.listen();
const run = (p: number): Promise<number> => new Promise((res) => {
  const t0 = process.hrtime.bigint();
  spawn('/usr/sbin/smtp-source', ['-s', values.sessions, '-m', String(MESSAGES), '-l', values.size, '-f', 'a@sender.test', '-t', 'u@example.com', `127.0.0.1:${p}`], { stdio: 'inherit' })
    .on('exit', () => res(MESSAGES / (Number(process.hrtime.bigint() - t0) / 1e9)));
});
await run(port); // warm-up
const direct = await run(sinkPort);
const via = await run(port);
console.log('| path | msg/s |\n|---|---|');
console.log(`| smtp-source → smtp-sink | ${direct.toFixed(0)} |\n| smtp-source → SMTP layer (no checks, no store) → smtp-sink | ${via.toFixed(0)} (${((via / direct) * 100).toFixed(1)}%) |`);
await listener.close(1000);
await relay.close();
sink.kill();

// One pass of messages through the whole inbound pipeline in this process, timed: what the benches
// that compare two ways of handling the same mail (short links followed or not, domain ages asked
// or not) measure each side with.
import type { PipelineRuntime } from '../src/pipeline/index.ts';
import type { SessionInfo } from '../src/pipeline/types.ts';
import { cpuMs } from './corpus.ts';

export interface PassResult { cpu: number; wall: number; symbols: Set<string> }

/** CPU and wall time per message (ms) of one pass, and the symbols that fired. */
export async function pipelinePass(pipeline: PipelineRuntime, messages: readonly Buffer[], label: string, mailFrom: string, helo: string): Promise<PassResult> {
  const symbols = new Set<string>();
  const t = cpuMs();
  const w = performance.now();
  for (const [i, raw] of messages.entries()) {
    const session: SessionInfo = { id: `${label}${i}`, direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo, tls: false, authUser: null, trusted: false };
    const verdict = await pipeline.data(session, { mailFrom, recipients: ['u@example.com'] }, raw);
    for (const s of verdict.symbols) symbols.add(s.name);
    pipeline.endSession(session.id);
  }
  return { cpu: (cpuMs() - t) / messages.length, wall: (performance.now() - w) / messages.length, symbols };
}

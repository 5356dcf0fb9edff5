// The rules in force (effectiveRules): rules/ with the admin's overrides from the store; overrides
// that no longer fit the files are left out with a log line instead of stopping the start or a command.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import pino from 'pino';
import { OVERRIDES_KEY, effectiveRules } from '../../../src/pipeline/index.ts';
import { tempStore, testConfig } from './util.ts';

const temp = tempStore('mm-effective-rules-');

describe('effectiveRules', () => {
  it('applies the stored overrides; ignores (and logs) ones that no longer fit rules/', async () => {
    const config = testConfig();
    const lines: string[] = [];
    const log = pino({ level: 'error' }, new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
    const files = await effectiveRules(config, temp.store, log);
    assert.ok(files.rules.symbols.KNOWN_SENDER, 'the files\' symbols');
    await temp.store.settings.set(OVERRIDES_KEY, { weights: { KNOWN_SENDER: -7 } });
    const tuned = await effectiveRules(config, temp.store, log);
    assert.equal(tuned.rules.symbols.KNOWN_SENDER?.weight, -7);
    assert.deepEqual(tuned.overrides, { weights: { KNOWN_SENDER: -7 } });
    assert.deepEqual(lines, []);
    // a block list the admin switched on that dnsbl.yaml no longer has (removed in an upgrade)
    await temp.store.settings.set(OVERRIDES_KEY, { dnsbl: { 'list-removed-long-ago': { enabled: true } } });
    const stale = await effectiveRules(config, temp.store, log);
    assert.deepEqual(stale.overrides, {});
    assert.equal(stale.rules.symbols.KNOWN_SENDER?.weight, files.rules.symbols.KNOWN_SENDER?.weight);
    assert.match(lines.join(''), /stored rule overrides do not fit rules\/ any more; ignoring them/);
    assert.match(lines.join(''), /list-removed-long-ago: unknown DNSBL list/);
  });
});

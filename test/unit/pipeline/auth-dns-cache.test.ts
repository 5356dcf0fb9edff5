// mailauth's DNS lookups go through a short cache: one query per name for concurrent and repeated
// lookups, "no such record" remembered, timeouts not, and every caller gets its own copy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DnsError, type DnsResolver } from '../../../src/dns/index.ts';
import { cachedMailauthResolver } from '../../../src/dns/mailauth-cache.ts';

function fakeResolver(answer: (name: string) => Promise<string[][]>): { resolver: DnsResolver; calls: string[] } {
  const calls: string[] = [];
  const resolver = {
    servers: [],
    mailauth: (name: string, rrtype: string) => { calls.push(`${rrtype} ${name}`); return answer(name); },
  } as unknown as DnsResolver;
  return { resolver, calls };
}

test('repeated and concurrent lookups of a name share one query; callers get copies', async () => {
  const { resolver, calls } = fakeResolver(async () => [['v=spf1 -all']]);
  const lookup = cachedMailauthResolver(resolver);
  const [a, b] = await Promise.all([lookup('sender.test', 'TXT'), lookup('Sender.Test', 'txt')]);
  (a as string[][])[0]!.push('changed by a caller');
  assert.deepEqual(await lookup('sender.test', 'TXT'), [['v=spf1 -all']]);
  assert.deepEqual(b, [['v=spf1 -all']]);
  assert.deepEqual(calls, ['TXT sender.test']);
});

test('"no such record" is remembered, a timeout is asked again', async () => {
  const { resolver, calls } = fakeResolver(async (name) => { throw new DnsError(name.startsWith('slow') ? 'ETIMEOUT' : 'ENOTFOUND', 'x'); });
  const lookup = cachedMailauthResolver(resolver);
  for (let i = 0; i < 2; i++) {
    await assert.rejects(lookup('_dmarc.none.test', 'TXT'), (e: DnsError) => e.code === 'ENOTFOUND');
    await assert.rejects(lookup('slow.test', 'TXT'), (e: DnsError) => e.code === 'ETIMEOUT');
  }
  assert.deepEqual(calls, ['TXT _dmarc.none.test', 'TXT slow.test', 'TXT slow.test']);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryDelaySeconds, retrySchedule } from '../../../src/delivery/backoff.ts';
import { orderMx, resolveDestination, type DnsResolver } from '../../../src/delivery/mx.ts';

describe('retry backoff', () => {
  it('starts at retryBase, doubles, and is capped at retryMax', () => {
    const d = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelaySeconds(n, 300, 4 * 3600));
    assert.deepEqual(d, [300, 600, 1200, 2400, 4800, 9600, 14400]);
    assert.equal(retryDelaySeconds(100, 300, 14400), 14400);
    assert.equal(retryDelaySeconds(5000, 300, 14400), 14400, 'no overflow to NaN/Infinity');
  });
  it('the schedule stops at the queue lifetime', () => {
    const s = retrySchedule(300, 14400, 5 * 24 * 3600);
    assert.equal(s[0], 300);
    assert.ok(s[s.length - 1]! <= 5 * 24 * 3600);
    assert.ok(s.length > 25 && s.length < 40, `attempts within 5 days: ${s.length}`);
  });
});

function err(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function fakeResolver(mx: Record<string, Array<{ exchange: string; priority: number }> | string>, a: Record<string, string[] | string>): DnsResolver {
  return {
    async resolveMx(d) {
      const v = mx[d];
      if (v === undefined) throw err('ENODATA');
      if (typeof v === 'string') throw err(v);
      return v;
    },
    async resolve4(h) {
      const v = a[h];
      if (v === undefined) throw err('ENODATA');
      if (typeof v === 'string') throw err(v);
      return v;
    },
    async resolve6() { throw err('ENODATA'); },
  };
}

describe('MX ordering and resolution (RFC 5321 §5)', () => {
  it('orders by preference and shuffles equal preferences', () => {
    const recs = [{ exchange: 'c.example', priority: 20 }, { exchange: 'a.example', priority: 10 }, { exchange: 'b.example', priority: 10 }];
    const first = orderMx(recs, () => 0.1).map((r) => r.exchange);
    assert.equal(first[2], 'c.example');
    const seen = new Set<string>();
    let i = 0;
    const seq = [0.9, 0.1, 0.5, 0.1, 0.9, 0.5];
    for (let n = 0; n < 2; n++) seen.add(orderMx(recs, () => seq[i++ % seq.length]!)[0]!.exchange);
    assert.deepEqual([...seen].sort(), ['a.example', 'b.example'], 'both equal-preference hosts come first sometimes');
  });

  it('resolves MX hosts to addresses in preference order', async () => {
    const r = fakeResolver({ 'dest.example': [{ exchange: 'mx2.dest.example', priority: 20 }, { exchange: 'mx1.dest.example.', priority: 10 }] },
      { 'mx1.dest.example': ['192.0.2.1'], 'mx2.dest.example': ['192.0.2.2'] });
    const d = await resolveDestination('dest.example', r);
    assert.equal(d.kind, 'hosts');
    if (d.kind === 'hosts') assert.deepEqual(d.hosts.map((h) => [h.host, h.addresses[0]]), [['mx1.dest.example', '192.0.2.1'], ['mx2.dest.example', '192.0.2.2']]);
  });

  it('falls back to the domain A record when there is no MX (implicit MX)', async () => {
    const d = await resolveDestination('plain.example', fakeResolver({}, { 'plain.example': ['192.0.2.9'] }));
    assert.equal(d.kind, 'hosts');
    if (d.kind === 'hosts') { assert.equal(d.implicit, true); assert.deepEqual(d.hosts[0]!.addresses, ['192.0.2.9']); }
  });

  it('a null MX and a nonexistent domain fail permanently; resolver trouble is temporary', async () => {
    const nullMx = await resolveDestination('nomail.example', fakeResolver({ 'nomail.example': [{ exchange: '', priority: 0 }] }, {}));
    assert.equal(nullMx.kind, 'permanent');
    if (nullMx.kind === 'permanent') assert.equal(nullMx.status, '5.1.10');
    const nx = await resolveDestination('gone.example', fakeResolver({ 'gone.example': 'ENOTFOUND' }, {}));
    assert.equal(nx.kind, 'permanent');
    const tmp = await resolveDestination('slow.example', fakeResolver({ 'slow.example': 'ETIMEOUT' }, {}));
    assert.equal(tmp.kind, 'temporary');
    const noAddr = await resolveDestination('d.example', fakeResolver({ 'd.example': [{ exchange: 'mx.d.example', priority: 0 }] }, { 'mx.d.example': 'ESERVFAIL' }));
    assert.equal(noAddr.kind, 'temporary');
  });
});

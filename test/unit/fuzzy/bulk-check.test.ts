// The bulk check with a fake store: volume levels by distinct recipients, FUZZY_BLOCKED, and no
// bulk symbol for allow-listed or authenticated known senders.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { bulkCheck, bulkOptionsSchema } from '../../../src/pipeline/checks/bulk.ts';
import type { AuthResults, DataContext } from '../../../src/pipeline/types.ts';
import { openStore } from '../../../src/store/index.ts';
import type { FuzzyCounts, FuzzyObservation, ListEntry, Store } from '../../../src/store/types.ts';

function fakeStore(opts: { allow?: string; known?: string } = {}) {
  const seen = new Map<string, FuzzyObservation[]>();
  const blocked = new Set<string>();
  const store = {
    fuzzy: {
      async observe(hashes: readonly string[], obs: FuzzyObservation): Promise<FuzzyCounts[]> {
        return hashes.map((h) => {
          const list = [...(seen.get(h) ?? []), obs];
          seen.set(h, list);
          return { hash: h, ips: new Set(list.map((o) => o.ip)).size, domains: new Set(list.map((o) => o.senderDomain)).size, recipients: new Set(list.flatMap((o) => o.recipients)).size };
        });
      },
      async blocked(hashes: readonly string[]) { return hashes.filter((h) => blocked.has(h)); },
      async addBlocked(h: string) { blocked.add(h); },
    },
    lists: {
      async match(_owners: readonly string[], sender: string): Promise<ListEntry[]> {
        return opts.allow && sender === opts.allow ? [{ id: '1', owner: '', kind: 'allow', address: sender, createdAt: 0 }] : [];
      },
    },
    known: {
      async lookup(_internal: string, external: string) {
        return opts.known === external ? { pair: { internal: 'x', external, count: 3, firstSeen: 0, lastSeen: Date.now() }, domain: null } : { pair: null, domain: null };
      },
    },
  };
  return { store: store as unknown as Store, blocked };
}

const TEXT = 'our new spring collection has arrived in all stores and online, with free delivery on every order this week. See the whole collection on our website and find your favourite pieces today.';
const auth: AuthResults = { spf: 'pass', spfDomain: 'shop.test', dkimPass: ['shop.test'], dkim: 'pass', dmarc: 'pass', dmarcPolicy: 'none', arc: 'none', fromDomain: 'shop.test', authenticatedDomain: 'shop.test', header: '' };
const ctx = (rcpt: string, ip = '192.0.2.1'): DataContext => ({
  session: { id: 's', direction: 'inbound', clientIp: ip, clientHostname: null, helo: 'x', tls: false, authUser: null, trusted: false },
  envelope: { mailFrom: 'news@shop.test', recipients: [rcpt] },
  raw: Buffer.from(''),
  parsed: async () => ({ headers: [], subject: 'Spring', from: 'news@shop.test', text: `Dear ${rcpt[0]!.toUpperCase()}${rcpt.split('@')[0]!.slice(1)},\n${TEXT}`, html: null, attachments: [] }),
  auth: async () => auth,
});
const options = bulkOptionsSchema.parse({ low: 2, medium: 3, high: 4 });
const deps = (store: Store) => ({ options, config: loadConfig({ env: {} }), store, log: pino({ level: 'silent' }), signal: new AbortController().signal });

describe('bulk check', () => {
  test('levels grow with distinct recipients', async () => {
    const { store } = fakeStore();
    const symbols: string[] = [];
    for (const r of ['a', 'b', 'c', 'd', 'd']) symbols.push((await bulkCheck.run(ctx(`${r}@example.com`), deps(store))).map((h) => h.symbol).join(','));
    assert.deepEqual(symbols, ['', 'BULK_LOW', 'BULK_MEDIUM', 'BULK_HIGH', 'BULK_HIGH']);
  });

  test('allow-listed and authenticated known senders are never marked bulk', async () => {
    for (const o of [{ allow: 'news@shop.test' }, { known: 'news@shop.test' }]) {
      const { store } = fakeStore(o);
      let last: string[] = [];
      for (const r of ['a', 'b', 'c', 'd']) last = (await bulkCheck.run(ctx(`${r}@example.com`), deps(store))).map((h) => h.symbol);
      assert.deepEqual(last, [], JSON.stringify(o));
    }
  });

  test('blocked fingerprints give FUZZY_BLOCKED weighted by the matching bands', async () => {
    const { store } = fakeStore();
    const { fingerprintView } = await import('../../../src/fuzzy/fingerprint.ts');
    const hashes = fingerprintView(await ctx('x@example.com').parsed());
    for (const h of hashes) await store.fuzzy.addBlocked(h, 'test');
    const hits = await bulkCheck.run(ctx('other@example.com'), deps(store));
    const fb = hits.find((h) => h.symbol === 'FUZZY_BLOCKED');
    assert.ok(fb);
    assert.equal(fb.weight, 1);
  });

  test('a dry run (mailmoat classify) reads the counts the message would give and records nothing (real embedded store)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-bulk-'));
    const store = await openStore(loadConfig({ env: {}, overrides: { dataDir: dir } }), pino({ level: 'silent' }));
    try {
      const run = async (rcpts: string[], dryRun: boolean) => (await bulkCheck.run({ ...ctx(rcpts[0]!), envelope: { mailFrom: 'news@shop.test', recipients: rcpts } }, { ...deps(store), dryRun })).map((h) => h.symbol).join(',');
      assert.equal(await run(['a@example.com'], false), '');
      assert.equal(await run(['b@example.com'], false), 'BULK_LOW');
      // two new recipients in one message: as the real run would count them (low 2, medium 3, high 4)
      assert.equal(await run(['c@example.com', 'd@example.com'], true), 'BULK_HIGH');
      assert.equal(await run(['c@example.com'], true), 'BULK_MEDIUM', 'the dry run before recorded nothing');
      assert.equal(await run(['a@example.com'], true), 'BULK_LOW', 'a recipient already counted is not new');
      assert.equal(await run(['c@example.com'], false), 'BULK_MEDIUM');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('thresholds must be ordered', () => {
    assert.equal(bulkOptionsSchema.safeParse({ low: 10, medium: 5, high: 20 }).success, false);
  });
});

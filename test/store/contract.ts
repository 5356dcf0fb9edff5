// The one contract suite every Store backend must pass. Each test gets a fresh, empty store from
// makeStore() and calls cleanup() at the end. Times passed explicitly (`now`) are synthetic where
// the interface allows it; TTLs given in seconds are checked against the real clock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QuarantineItem, QueueItem, Store, TxLogEntry, User } from '../../src/store/types.ts';

export type MakeStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const HOUR = 3600_000;

function qItem(id: string, over: Partial<QuarantineItem> = {}): QuarantineItem {
  return {
    id, kind: 'quarantine', direction: 'inbound', receivedAt: 1_700_000_000_000, expiresAt: Date.now() + 30 * 24 * HOUR,
    mailFrom: 'spammer@bad.example', recipients: ['alice@corp.example'], from: 'Spammer <spammer@bad.example>',
    subject: 'Cheap pills', score: 12.5, action: 'quarantine', symbols: [{ name: 'BAYES_SPAM', score: 5, detail: '0.99' }],
    clientIp: '192.0.2.1', helo: 'bad.example', size: 1234, ...over,
  };
}

function qeItem(id: string, domain: string, over: Partial<QueueItem> = {}): QueueItem {
  return {
    id, createdAt: 1_700_000_000_000, mailFrom: 'alice@corp.example', domain,
    recipients: [{ address: `bob@${domain}`, status: 'pending' }], attempts: 0, nextAttemptAt: 1000,
    lastError: null, delayNotified: false, leasedUntil: 0, ...over,
  };
}

function txEntry(id: string, at: number, over: Partial<TxLogEntry> = {}): TxLogEntry {
  return {
    id, at, direction: 'inbound', clientIp: '198.51.100.7', helo: 'mx.sender.example', mailFrom: 'news@sender.example',
    recipients: ['alice@corp.example'], from: 'News <news@sender.example>', subject: 'Weekly news', size: 2048, score: 1.5,
    action: 'accept', symbols: [{ name: 'SPF_PASS', score: -0.5 }], reply: '250 2.0.0 Ok', backendReply: '250 queued',
    durationMs: 35, quarantineId: null, ...over,
  };
}

export function storeContract(name: string, makeStore: MakeStore): void {
  const withStore = (fn: (s: Store) => Promise<void>) => async (): Promise<void> => {
    const { store, cleanup } = await makeStore();
    try {
      await fn(store);
    } finally {
      await cleanup();
    }
  };

  describe(`store contract: ${name}`, () => {
    test('health does a real round trip and reports the backend', withStore(async (s) => {
      const h = await s.health();
      assert.equal(h.ok, true, h.detail);
      assert.equal(h.backend, s.backend);
    }));

    test('greylist: put/get/delete and TTL expiry', withStore(async (s) => {
      assert.equal(await s.greylist.get('t1'), null);
      const rec = { firstSeen: 1000, lastSeen: 2000, attempts: 2, passedAt: null };
      await s.greylist.put('t1', rec, 60);
      assert.deepEqual(await s.greylist.get('t1'), rec);
      await s.greylist.put('t1', { ...rec, attempts: 3, passedAt: 3000 }, 60);
      assert.deepEqual(await s.greylist.get('t1'), { ...rec, attempts: 3, passedAt: 3000 });
      await s.greylist.delete('t1');
      assert.equal(await s.greylist.get('t1'), null);
      await s.greylist.put('short', rec, 1);
      await s.greylist.put('long', rec, 60);
      assert.deepEqual(await s.greylist.get('short'), rec);
      await sleep(1150);
      assert.equal(await s.greylist.get('short'), null, 'expired after its TTL');
      assert.deepEqual(await s.greylist.get('long'), rec);
    }));

    test('cache: set/get/overwrite and TTL expiry', withStore(async (s) => {
      assert.equal(await s.cache.get('k'), null);
      await s.cache.set('k', 'v1', 60);
      await s.cache.set('k', 'v2', 1);
      await s.cache.set('other', 'x', 60);
      assert.equal(await s.cache.get('k'), 'v2');
      await sleep(1150);
      assert.equal(await s.cache.get('k'), null);
      assert.equal(await s.cache.get('other'), 'x');
    }));

    test('counters: fixed windows, peek, by, reset', withStore(async (s) => {
      const t0 = 1_000_000;
      assert.equal(await s.counters.peek('c', t0), 0);
      assert.equal(await s.counters.hit('c', 60, t0), 1);
      assert.equal(await s.counters.hit('c', 60, t0 + 1000), 2);
      assert.equal(await s.counters.hit('c', 60, t0 + 59_000, 3), 5);
      assert.equal(await s.counters.peek('c', t0 + 59_000), 5);
      assert.equal(await s.counters.hit('other', 60, t0), 1, 'keys are independent');
      // the window started at t0 ends at t0+60s: the next hit starts a new window
      assert.equal(await s.counters.peek('c', t0 + 60_000), 0);
      assert.equal(await s.counters.hit('c', 60, t0 + 61_000), 1);
      assert.equal(await s.counters.hit('c', 60, t0 + 62_000), 2);
      await s.counters.reset('c');
      assert.equal(await s.counters.peek('c', t0 + 62_000), 0);
      assert.equal(await s.counters.hit('c', 60, t0 + 63_000), 1);
      const many = await Promise.all(Array.from({ length: 20 }, () => s.counters.hit('par', 60, t0)));
      assert.deepEqual([...many].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1), 'concurrent hits are atomic');
    }));

    test('bayes: batched tokens, deltas, totals, learned signatures', withStore(async (s) => {
      assert.equal((await s.bayes.getTokens(['a', 'b'])).size, 0);
      assert.deepEqual(await s.bayes.totals(), { spam: 0, ham: 0 });
      await s.bayes.applyDeltas([{ token: 'viagra', spam: 2 }, { token: 'meeting', ham: 1 }, { token: 'w', weight: 0.5 }], { spam: 2, ham: 1 }, 5000);
      await s.bayes.applyDeltas([{ token: 'viagra', spam: 1, ham: 1 }], { spam: 1 }, 6000);
      const got = await s.bayes.getTokens(['viagra', 'meeting', 'w', 'unknown']);
      assert.equal(got.size, 3);
      assert.deepEqual(got.get('viagra'), { spam: 3, ham: 1, weight: 0, lastSeen: 6000 });
      assert.deepEqual(got.get('meeting'), { spam: 0, ham: 1, weight: 0, lastSeen: 5000 });
      assert.equal(got.get('w')?.weight, 0.5);
      assert.equal(got.has('unknown'), false);
      assert.deepEqual(await s.bayes.totals(), { spam: 3, ham: 1 });
      assert.equal(await s.bayes.tokenCount(), 3);
      // unlearning back to zero drops the row
      await s.bayes.applyDeltas([{ token: 'meeting', ham: -1 }], { ham: -1 }, 7000);
      assert.equal((await s.bayes.getTokens(['meeting'])).has('meeting'), false);
      assert.equal(await s.bayes.tokenCount(), 2);
      assert.deepEqual(await s.bayes.totals(), { spam: 3, ham: 0 });

      // a message's worth of tokens in one call
      const tokens = Array.from({ length: 3000 }, (_, i) => `tok${i}`);
      await s.bayes.applyDeltas(tokens.map((token, i) => ({ token, spam: i % 2, ham: 1 - (i % 2) })), { spam: 1 }, 8000);
      const many = await s.bayes.getTokens([...tokens, 'nope']);
      assert.equal(many.size, 3000);
      assert.equal(many.get('tok7')?.spam, 1);
      assert.equal(many.get('tok8')?.ham, 1);

      assert.equal(await s.bayes.getLearned('sig1'), null);
      await s.bayes.setLearned('sig1', 'spam');
      assert.equal(await s.bayes.getLearned('sig1'), 'spam');
      await s.bayes.setLearned('sig1', 'ham');
      assert.equal(await s.bayes.getLearned('sig1'), 'ham');
      await s.bayes.setLearned('sig1', null);
      assert.equal(await s.bayes.getLearned('sig1'), null);
    }));

    test('bayes: the tokenizer generation is recorded beside the totals, and not one of them', withStore(async (s) => {
      assert.equal(await s.bayes.generation(), null);
      await s.bayes.setGeneration(3);
      await s.bayes.applyDeltas([{ token: 'viagra', spam: 1 }], { spam: 1, ham: 2 }, 5000);
      assert.equal(await s.bayes.generation(), 3);
      assert.deepEqual(await s.bayes.totals(), { spam: 1, ham: 2 });
      await s.bayes.setGeneration(4);
      assert.equal(await s.bayes.generation(), 4);
      await s.bayes.setGeneration(null);
      assert.equal(await s.bayes.generation(), null);
    }));

    test('bayes: clear forgets tokens, totals, learned signatures and the tokenizer generation', withStore(async (s) => {
      await s.bayes.applyDeltas([{ token: 'viagra', spam: 2, weight: 1 }, { token: 'meeting', ham: 1 }], { spam: 2, ham: 1 }, 5000);
      await s.bayes.setGeneration(1);
      await s.bayes.setLearned('sig1', 'spam');
      assert.equal((await s.bayes.getTokens(['viagra'])).size, 1, 'read once, so a cache would hold it');
      await s.bayes.clear();
      assert.equal((await s.bayes.getTokens(['viagra', 'meeting'])).size, 0);
      assert.deepEqual(await s.bayes.totals(), { spam: 0, ham: 0 });
      assert.equal(await s.bayes.tokenCount(), 0);
      assert.equal(await s.bayes.getLearned('sig1'), null);
      assert.equal(await s.bayes.generation(), null);
      // and it learns again from scratch
      await s.bayes.applyDeltas([{ token: 'viagra', spam: 1 }], { spam: 1 }, 6000);
      assert.equal((await s.bayes.getTokens(['viagra'])).get('viagra')?.spam, 1);
      assert.deepEqual(await s.bayes.totals(), { spam: 1, ham: 0 });
    }));

    test('bayes: dump gives every row and signature in parts; restore writes them as they are', withStore(async (s) => {
      const tokens = Array.from({ length: 700 }, (_, i) => `tok${i}`);
      await s.bayes.applyDeltas(tokens.map((token, i) => ({ token, spam: i % 3, ham: 1 + (i % 2), weight: i % 5 ? (i - 350) / 7 : 0 })), { spam: 40, ham: 60 }, 1000);
      await s.bayes.applyDeltas([{ token: 'tok1', spam: 1 }], {}, 2000);
      for (let i = 0; i < 120; i++) await s.bayes.setLearned(`sig${i}`, i % 4 ? 'ham' : 'spam');
      const parts = [];
      for await (const part of s.bayes.dump(100)) parts.push(part);
      const dumped = new Map(parts.flatMap((p) => p.tokens ?? []));
      const learned = new Map(parts.flatMap((p) => p.learned ?? []));
      assert.equal(dumped.size, 700);
      assert.equal(parts.flatMap((p) => p.tokens ?? []).length, 700, 'each row once');
      assert.ok(parts.length > 2, 'in parts');
      assert.deepEqual(dumped.get('tok1'), { spam: 2, ham: 2, weight: -349 / 7, lastSeen: 2000 });
      assert.deepEqual(dumped.get('tok10'), { spam: 1, ham: 1, weight: 0, lastSeen: 1000 });
      assert.equal(learned.size, 120);
      assert.equal(learned.get('sig4'), 'spam');
      assert.equal(learned.get('sig5'), 'ham');

      // into an emptied store: the same rows, times and weights (to the last bit), signatures too
      assert.equal((await s.bayes.getTokens(['tok1', 'tok2'])).size, 2, 'read once, so a cache would hold them');
      await s.bayes.clear();
      assert.equal((await s.bayes.getTokens(['tok1'])).size, 0, 'read while absent, so a cache would hold that');
      for (const part of parts) await s.bayes.restore(part);
      const back = await s.bayes.getTokens(tokens);
      assert.equal(back.size, 700);
      for (const [token, stats] of dumped) assert.deepEqual(back.get(token), stats, token);
      assert.equal(await s.bayes.getLearned('sig4'), 'spam');
      assert.equal(await s.bayes.tokenCount(), 700);
      assert.deepEqual(await s.bayes.totals(), { spam: 0, ham: 0 }, 'the totals are not part of restore');
      // a row restored again is set, not added to
      await s.bayes.restore({ tokens: [['tok1', { spam: 2, ham: 2, weight: 0.25, lastSeen: 3000 }]] });
      assert.deepEqual((await s.bayes.getTokens(['tok1'])).get('tok1'), { spam: 2, ham: 2, weight: 0.25, lastSeen: 3000 });
    }));

    test('bayes: prune drops hapaxes least recently seen first, then least recently seen', withStore(async (s) => {
      // hapaxes h1 (t=10), h2 (t=20); frequent f1 (t=5), f2 (t=30), f3 (t=40)
      await s.bayes.applyDeltas([{ token: 'f1', spam: 5 }], {}, 5);
      await s.bayes.applyDeltas([{ token: 'h1', spam: 1 }], {}, 10);
      await s.bayes.applyDeltas([{ token: 'h2', ham: 1 }], {}, 20);
      await s.bayes.applyDeltas([{ token: 'f2', ham: 4 }], {}, 30);
      await s.bayes.applyDeltas([{ token: 'f3', spam: 2, ham: 2 }], {}, 40);
      assert.equal(await s.bayes.prune(10), 0, 'nothing to do under the limit');
      assert.equal(await s.bayes.prune(4), 1);
      assert.deepEqual([...(await s.bayes.getTokens(['f1', 'h1', 'h2', 'f2', 'f3'])).keys()].sort(), ['f1', 'f2', 'f3', 'h2']);
      assert.equal(await s.bayes.prune(2), 2, 'the other hapax, then the oldest frequent token');
      assert.deepEqual([...(await s.bayes.getTokens(['f1', 'h1', 'h2', 'f2', 'f3'])).keys()].sort(), ['f2', 'f3']);
      assert.equal(await s.bayes.tokenCount(), 2);
    }));

    test('fuzzy: distinct counts within the window, block list', withStore(async (s) => {
      const W = 3600;
      const t0 = 10_000_000;
      let r = await s.fuzzy.observe(['h1', 'h2'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u1@corp.example'] }, t0, W);
      assert.deepEqual(r.map((c) => c.hash).sort(), ['h1', 'h2']);
      assert.deepEqual(r.find((c) => c.hash === 'h1'), { hash: 'h1', ips: 1, domains: 1, recipients: 1 });
      r = await s.fuzzy.observe(['h1'], { ip: '192.0.2.1', senderDomain: 'A.example', recipients: ['U2@corp.example'] }, t0 + 1000, W);
      assert.deepEqual(r, [{ hash: 'h1', ips: 1, domains: 1, recipients: 2 }]);
      r = await s.fuzzy.observe(['h1'], { ip: '192.0.2.2', senderDomain: 'b.example', recipients: ['u3@corp.example'] }, t0 + 2000, W);
      assert.deepEqual(r, [{ hash: 'h1', ips: 2, domains: 2, recipients: 3 }]);
      // a message to several recipients counts them all (once each)
      r = await s.fuzzy.observe(['h3'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u1@corp.example', 'u2@corp.example', 'U2@corp.example', 'u3@corp.example'] }, t0 + 2500, W);
      assert.deepEqual(r, [{ hash: 'h3', ips: 1, domains: 1, recipients: 3 }]);
      // h2 is unaffected by h1's observations
      r = await s.fuzzy.observe(['h2'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u1@corp.example'] }, t0 + 3000, W);
      assert.deepEqual(r, [{ hash: 'h2', ips: 1, domains: 1, recipients: 1 }]);
      // after the window only the observations still inside count
      r = await s.fuzzy.observe(['h1'], { ip: '192.0.2.9', senderDomain: 'b.example', recipients: ['u9@corp.example'] }, t0 + 1500 + W * 1000, W);
      assert.deepEqual(r, [{ hash: 'h1', ips: 2, domains: 1, recipients: 2 }], 'the t0 and t0+1s observations aged out');

      // a dry run's peek: the counts observing would give (u3 and 192.0.2.2 are still in the window,
      // u1 aged out and counts as new), and nothing is written
      const t1 = t0 + 1600 + W * 1000;
      const dry = { ip: '192.0.2.2', senderDomain: 'B.example', recipients: ['U3@corp.example', 'u1@corp.example', 'u10@corp.example'] };
      assert.deepEqual(await s.fuzzy.peek(['h1', 'h9'], dry, t1, W), [
        { hash: 'h1', ips: 2, domains: 1, recipients: 4 },
        { hash: 'h9', ips: 1, domains: 1, recipients: 3 },
      ]);
      assert.deepEqual(await s.fuzzy.peek(['h1'], dry, t1, W), [{ hash: 'h1', ips: 2, domains: 1, recipients: 4 }], 'the first peek wrote nothing');
      r = await s.fuzzy.observe(['h9'], { ip: '192.0.2.5', senderDomain: 'c.example', recipients: ['u5@corp.example'] }, t1, W);
      assert.deepEqual(r, [{ hash: 'h9', ips: 1, domains: 1, recipients: 1 }]);
      // sightings past the window that no observation has dropped yet do not count in a peek
      assert.deepEqual(await s.fuzzy.peek(['h9'], { ip: '192.0.2.5', senderDomain: 'c.example', recipients: ['u6@corp.example'] }, t1 + W * 1000, W),
        [{ hash: 'h9', ips: 1, domains: 1, recipients: 1 }]);

      // a value seen again stays in the window from its last sighting (the embedded store moves a
      // sighting forward at most once a minute)
      await s.fuzzy.observe(['h4'], { ip: '192.0.2.7', senderDomain: 'd.example', recipients: ['u1@corp.example'] }, t0, W);
      await s.fuzzy.observe(['h4'], { ip: '192.0.2.7', senderDomain: 'd.example', recipients: ['u2@corp.example'] }, t0 + 120_000, W);
      r = await s.fuzzy.observe(['h4'], { ip: '192.0.2.8', senderDomain: 'e.example', recipients: ['u3@corp.example'] }, t0 + 60_000 + W * 1000, W);
      assert.deepEqual(r, [{ hash: 'h4', ips: 2, domains: 2, recipients: 2 }], 'u1 aged out; 192.0.2.7 and d.example were seen again two minutes later');

      // a text seen once counts that sighting when it comes again, in an observation or a peek, and
      // not once it has aged out (the embedded store keeps a first sighting apart, as one row per hash)
      await s.fuzzy.observe(['h5'], { ip: '192.0.2.10', senderDomain: 'f.example', recipients: ['u1@corp.example', 'u2@corp.example'] }, t0, W);
      assert.deepEqual(await s.fuzzy.peek(['h5'], { ip: '192.0.2.10', senderDomain: 'F.example', recipients: ['U2@corp.example', 'u3@corp.example'] }, t0 + 1000, W),
        [{ hash: 'h5', ips: 1, domains: 1, recipients: 3 }]);
      assert.deepEqual(await s.fuzzy.peek(['h5'], { ip: '192.0.2.11', senderDomain: 'g.example', recipients: ['u3@corp.example'] }, t0 + W * 1000, W),
        [{ hash: 'h5', ips: 1, domains: 1, recipients: 1 }], 'aged out');
      r = await s.fuzzy.observe(['h5', 'h6'], { ip: '192.0.2.11', senderDomain: 'g.example', recipients: ['u3@corp.example'] }, t0 + W * 1000 + 1, W);
      assert.deepEqual(r, [{ hash: 'h5', ips: 1, domains: 1, recipients: 1 }, { hash: 'h6', ips: 1, domains: 1, recipients: 1 }], 'the first sighting aged out');
      r = await s.fuzzy.observe(['h5'], { ip: '192.0.2.11', senderDomain: 'g.example', recipients: ['u4@corp.example'] }, t0 + W * 1000 + 2, W);
      assert.deepEqual(r, [{ hash: 'h5', ips: 1, domains: 1, recipients: 2 }]);

      assert.deepEqual(await s.fuzzy.blocked(['h1', 'h2']), []);
      await s.fuzzy.addBlocked('h2', 'reported spam');
      await s.fuzzy.addBlocked('h3', 'campaign');
      assert.deepEqual(await s.fuzzy.blocked(['h1', 'h2', 'h3']).then((x) => x.sort()), ['h2', 'h3']);
      const listed = await s.fuzzy.listBlocked();
      assert.deepEqual(listed.map((b) => b.hash).sort(), ['h2', 'h3']);
      assert.equal(listed.find((b) => b.hash === 'h2')?.note, 'reported spam');
      assert.ok(listed.every((b) => b.createdAt > 0));
      await s.fuzzy.removeBlocked('h2');
      assert.deepEqual(await s.fuzzy.blocked(['h1', 'h2', 'h3']), ['h3']);
    }));

    test('fuzzy: counts stay right after the periodic sweep of hashes not seen again', withStore(async (s) => {
      const W = 60;
      const t0 = 20_000_000;
      for (const u of ['u1', 'u2', 'u3']) await s.fuzzy.observe(['old'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: [`${u}@corp.example`] }, t0, W);
      // enough other traffic, after the window, for the embedded store's sweep (every 1000 observations) to run
      for (let i = 0; i < 1000; i++) {
        await s.fuzzy.observe([`other${i % 7}`], { ip: '192.0.2.2', senderDomain: 'b.example', recipients: [`x${i}@corp.example`] }, t0 + W * 1000 + 1, W);
      }
      const r = await s.fuzzy.observe(['old'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u4@corp.example'] }, t0 + W * 1000 + 2, W);
      assert.deepEqual(r, [{ hash: 'old', ips: 1, domains: 1, recipients: 1 }], 'the swept sightings no longer count');
      const other = await s.fuzzy.observe(['other0'], { ip: '192.0.2.2', senderDomain: 'b.example', recipients: ['x0@corp.example'] }, t0 + W * 1000 + 3, W);
      assert.deepEqual(other, [{ hash: 'other0', ips: 1, domains: 1, recipients: 143 }], 'sightings inside the window survive the sweep');
    }));

    test('lists: add/list/remove per owner, match address, @domain and parent domains', withStore(async (s) => {
      const e1 = await s.lists.add('', 'block', 'Spammer@Bad.Example');
      assert.equal(e1.address, 'spammer@bad.example');
      assert.equal(e1.owner, '');
      assert.equal(e1.kind, 'block');
      assert.ok(e1.id);
      const again = await s.lists.add('', 'block', 'spammer@bad.example');
      assert.equal(again.id, e1.id, 'adding the same entry twice returns the existing one');
      const e2 = await s.lists.add('Alice@Corp.Example', 'allow', '@Partner.Example');
      assert.equal(e2.owner, 'alice@corp.example');
      const e3 = await s.lists.add('alice@corp.example', 'block', '@example');
      await s.lists.add('bob@corp.example', 'allow', 'spammer@bad.example');

      assert.deepEqual((await s.lists.list('')).map((e) => e.id), [e1.id]);
      assert.deepEqual((await s.lists.list('alice@corp.example')).map((e) => e.id).sort(), [e2.id, e3.id].sort());

      const owners = ['', 'alice@corp.example'];
      assert.deepEqual((await s.lists.match(owners, 'SPAMMER@bad.example')).map((e) => e.id).sort(), [e1.id, e3.id].sort());
      assert.deepEqual((await s.lists.match(owners, 'other@bad.example')).map((e) => e.id), [e3.id], 'parent domain @example');
      const sub = await s.lists.match(owners, 'x@mail.partner.example');
      assert.deepEqual(sub.map((e) => e.id), [e2.id, e3.id], 'most specific first: @partner.example then @example');
      assert.deepEqual((await s.lists.match(owners, 'x@partner.example.org')).map((e) => e.id), [], 'not a suffix match on labels');
      assert.deepEqual((await s.lists.match(['bob@corp.example'], 'spammer@bad.example')).map((e) => e.kind), ['allow']);
      assert.deepEqual(await s.lists.match([], 'spammer@bad.example'), []);
      assert.deepEqual(await s.lists.match(owners, ''), [], 'null sender matches nothing');

      assert.equal(await s.lists.remove('bob@corp.example', e2.id), false, 'only the owner removes an entry');
      assert.equal(await s.lists.remove('alice@corp.example', e2.id), true);
      assert.equal(await s.lists.remove('alice@corp.example', e2.id), false);
      assert.deepEqual((await s.lists.match(owners, 'x@partner.example')).map((e) => e.id), [e3.id]);
    }));

    test('known senders: record, lookup, search, revoke by pair and by domain', withStore(async (s) => {
      await s.known.record('Alice@Corp.Example', ['Bob@Partner.Example', 'carol@partner.example'], 1000);
      await s.known.record('alice@corp.example', ['bob@partner.example'], 2000);
      await s.known.record('dave@corp.example', ['bob@partner.example', 'eve@other.example'], 3000);

      const l1 = await s.known.lookup('alice@corp.example', 'BOB@partner.example');
      assert.deepEqual(l1.pair, { internal: 'alice@corp.example', external: 'bob@partner.example', count: 2, firstSeen: 1000, lastSeen: 2000 });
      assert.deepEqual(l1.domain, { domain: 'partner.example', count: 4, lastSeen: 3000 });
      const l2 = await s.known.lookup('alice@corp.example', 'eve@other.example');
      assert.equal(l2.pair, null, 'eve wrote to by dave, not alice');
      assert.deepEqual(l2.domain, { domain: 'other.example', count: 1, lastSeen: 3000 });
      assert.deepEqual(await s.known.lookup('x@corp.example', 'y@nowhere.example'), { pair: null, domain: null });

      const byName = (ds: Array<{ domain: string }>) => [...ds].sort((a, b) => (a.domain < b.domain ? -1 : 1));
      assert.deepEqual(byName(await s.known.domains(0, 1)), [{ domain: 'other.example', count: 1, lastSeen: 3000 }, { domain: 'partner.example', count: 4, lastSeen: 3000 }]);
      assert.deepEqual(await s.known.domains(0, 2), [{ domain: 'partner.example', count: 4, lastSeen: 3000 }], 'written to at least twice');
      await s.known.record('alice@corp.example', ['old@stale.example'], 500);
      assert.deepEqual((await s.known.domains(1000, 1)).map((d) => d.domain).sort(), ['other.example', 'partner.example'], 'not written to since');
      assert.equal(await s.known.revoke('@stale.example'), 1);

      const all = await s.known.search('', 10, 0);
      assert.equal(all.length, 4);
      assert.ok(all[0]!.lastSeen >= all[3]!.lastSeen, 'most recent first');
      assert.deepEqual((await s.known.search('PARTNER', 10, 0)).length, 3);
      assert.deepEqual((await s.known.search('dave@', 10, 0)).map((k) => k.external).sort(), ['bob@partner.example', 'eve@other.example']);
      assert.equal((await s.known.search('', 2, 0)).length, 2);
      assert.equal((await s.known.search('', 10, 3)).length, 1);

      assert.equal(await s.known.revoke('bob@partner.example', 'alice@corp.example'), 1);
      assert.equal((await s.known.lookup('alice@corp.example', 'bob@partner.example')).pair, null);
      assert.notEqual((await s.known.lookup('dave@corp.example', 'bob@partner.example')).pair, null, 'other pairs stay');

      assert.equal(await s.known.revoke('@Partner.Example'), 2, 'carol and dave→bob');
      const gone = await s.known.lookup('dave@corp.example', 'bob@partner.example');
      assert.deepEqual(gone, { pair: null, domain: null });
      assert.deepEqual((await s.known.domains(0, 1)).map((d) => d.domain), ['other.example'], 'a revoked domain is no longer listed');
      assert.equal((await s.known.lookup('alice@corp.example', 'carol@partner.example')).pair, null);

      assert.equal(await s.known.revoke('eve@other.example'), 1, 'every pair with that external');
      assert.deepEqual(await s.known.domains(0, 1), [], 'nor one whose last pair went');
      assert.equal((await s.known.lookup('dave@corp.example', 'eve@other.example')).pair, null);
      assert.equal((await s.known.search('', 10, 0)).length, 0);
      assert.equal(await s.known.revoke('nobody@nowhere.example'), 0);
    }));

    test("known senders: our users' display names, each address once with its latest use and spelling", withStore(async (s) => {
      assert.deepEqual(await s.known.namedAs('anna schmidt'), []);
      await s.known.recordName({ nameKey: 'anna schmidt', address: 'Anna@Corp.Example', shown: 'Schmidt, Anna' }, 2000);
      await s.known.recordName({ nameKey: 'anna schmidt', address: 'anna@corp.example', shown: 'older spelling' }, 1000);
      await s.known.recordName({ nameKey: 'anna schmidt', address: 'a.schmidt@corp.example', shown: 'Anna Schmidt' }, 3000);
      await s.known.recordName({ nameKey: 'иbaн пeтpob', address: 'ivan@corp.example', shown: 'Иван Петров\tтабуляция' }, 4000);
      assert.deepEqual(await s.known.namedAs('anna schmidt'), [
        { nameKey: 'anna schmidt', address: 'a.schmidt@corp.example', shown: 'Anna Schmidt', lastSeen: 3000 },
        { nameKey: 'anna schmidt', address: 'anna@corp.example', shown: 'Schmidt, Anna', lastSeen: 2000 },
      ]);
      assert.deepEqual(await s.known.namedAs('anna'), []);
      // the admin's list: newest first, searched by the shown name or the address
      assert.deepEqual((await s.known.names('', 10, 0)).map((n) => [n.shown, n.lastSeen]), [['Иван Петров\tтабуляция', 4000], ['Anna Schmidt', 3000], ['Schmidt, Anna', 2000]]);
      assert.deepEqual((await s.known.names('ПЕТРОВ', 10, 0)).map((n) => n.address), ['ivan@corp.example']);
      assert.deepEqual((await s.known.names('a.schmidt@', 10, 0)).map((n) => n.address), ['a.schmidt@corp.example']);
      assert.deepEqual((await s.known.names('', 1, 1)).map((n) => n.address), ['a.schmidt@corp.example']);
      assert.equal(await s.known.forgetName('anna schmidt', 'ANNA@corp.example'), true);
      assert.equal(await s.known.forgetName('anna schmidt', 'anna@corp.example'), false);
      assert.deepEqual((await s.known.namedAs('anna schmidt')).map((n) => n.address), ['a.schmidt@corp.example']);
      assert.equal((await s.known.names('', 10, 0)).length, 2);
    }));

    test('quarantine: put/get/body, list filters, newest first, paging', withStore(async (s) => {
      const t = 1_700_000_000_000;
      await s.quarantine.put(qItem('q1', { receivedAt: t, recipients: ['Alice@Corp.Example'], subject: 'Привет, дешёвые таблетки' }), Buffer.from('body-1'));
      await s.quarantine.put(qItem('q2', { receivedAt: t + 1000, recipients: ['bob@corp.example'], mailFrom: 'news@Shop.Example', from: 'Shop <news@shop.example>', subject: 'Sale' }), Buffer.from('body-2'));
      await s.quarantine.put(qItem('q3', { receivedAt: t + 2000, recipients: ['alice@corp.example', 'bob@corp.example'], kind: 'rejected', action: 'reject' }), Buffer.from([0, 1, 2, 255]));

      const g = await s.quarantine.get('q1');
      assert.equal(g?.subject, 'Привет, дешёвые таблетки');
      assert.deepEqual(g?.recipients, ['alice@corp.example'], 'recipients stored lower-case');
      assert.deepEqual(g?.symbols, [{ name: 'BAYES_SPAM', score: 5, detail: '0.99' }]);
      assert.deepEqual(await s.quarantine.body('q3'), Buffer.from([0, 1, 2, 255]), 'binary bodies byte-exact');
      assert.equal(await s.quarantine.get('nope'), null);
      assert.equal(await s.quarantine.body('nope'), null);

      const all = await s.quarantine.list({ limit: 10, offset: 0 });
      assert.deepEqual(all.items.map((i) => i.id), ['q3', 'q2', 'q1']);
      assert.equal(all.total, 3);
      const page = await s.quarantine.list({ limit: 1, offset: 1 });
      assert.deepEqual(page.items.map((i) => i.id), ['q2']);
      assert.equal(page.total, 3);
      assert.deepEqual((await s.quarantine.list({ kind: 'quarantine', limit: 10, offset: 0 })).items.map((i) => i.id), ['q2', 'q1']);
      const alice = await s.quarantine.list({ recipients: ['ALICE@corp.example'], limit: 10, offset: 0 });
      assert.deepEqual(alice.items.map((i) => i.id), ['q3', 'q1']);
      assert.equal(alice.total, 2);
      assert.deepEqual((await s.quarantine.list({ recipients: ['alice@corp.example', 'bob@corp.example'], limit: 10, offset: 0 })).items.map((i) => i.id), ['q3', 'q2', 'q1'], 'an item for two of them is listed once');
      assert.deepEqual((await s.quarantine.list({ recipients: [], limit: 10, offset: 0 })).total, 0);
      assert.deepEqual((await s.quarantine.list({ recipients: ['alice@corp.example'], kind: 'quarantine', limit: 10, offset: 0 })).items.map((i) => i.id), ['q1']);
      assert.deepEqual((await s.quarantine.list({ text: 'ПРИВЕТ', limit: 10, offset: 0 })).items.map((i) => i.id), ['q1'], 'subject, case-insensitive');
      assert.deepEqual((await s.quarantine.list({ text: 'shop.EXAMPLE', limit: 10, offset: 0 })).items.map((i) => i.id), ['q2'], 'sender');
      assert.deepEqual((await s.quarantine.list({ text: 'Shop <', limit: 10, offset: 0 })).items.map((i) => i.id), ['q2'], 'From header');
      assert.deepEqual((await s.quarantine.list({ since: t + 1000, limit: 10, offset: 0 })).items.map((i) => i.id), ['q3', 'q2']);
      assert.deepEqual((await s.quarantine.list({ since: t, until: t + 2000, limit: 10, offset: 0 })).items.map((i) => i.id), ['q2', 'q1']);
      assert.equal(await s.quarantine.count(), 3);
      assert.equal(await s.quarantine.count('rejected'), 1);
      assert.equal(await s.quarantine.count('quarantine'), 2);

      assert.equal(await s.quarantine.delete('q2'), true);
      assert.equal(await s.quarantine.delete('q2'), false);
      assert.equal(await s.quarantine.body('q2'), null);
      assert.deepEqual((await s.quarantine.list({ recipients: ['bob@corp.example'], limit: 10, offset: 0 })).items.map((i) => i.id), ['q3']);

      // a user's release request is kept with the item (take and put it back, as the web UI does)
      const taken = (await s.quarantine.take('q1'))!;
      await s.quarantine.put({ ...taken.item, releaseRequest: { by: 'alice@corp.example', at: t + 5000 } }, taken.body);
      assert.deepEqual((await s.quarantine.get('q1'))?.releaseRequest, { by: 'alice@corp.example', at: t + 5000 });
      assert.deepEqual((await s.quarantine.list({ recipients: ['alice@corp.example'], kind: 'quarantine', limit: 10, offset: 0 })).items[0]?.releaseRequest?.by, 'alice@corp.example');
      assert.deepEqual(await s.quarantine.body('q1'), Buffer.from('body-1'));
    }));

    test('quarantine: take is exactly-once under concurrent calls', withStore(async (s) => {
      await s.quarantine.put(qItem('t1'), Buffer.from('release me'));
      const results = await Promise.all(Array.from({ length: 12 }, () => s.quarantine.take('t1')));
      const winners = results.filter((r) => r !== null);
      assert.equal(winners.length, 1);
      assert.equal(winners[0]!.item.id, 't1');
      assert.equal(winners[0]!.body.toString(), 'release me');
      assert.equal(await s.quarantine.get('t1'), null);
      assert.equal(await s.quarantine.body('t1'), null);
      assert.equal((await s.quarantine.list({ recipients: ['alice@corp.example'], limit: 10, offset: 0 })).total, 0);
      assert.equal(await s.quarantine.take('t1'), null);
      assert.equal(await s.quarantine.take('never'), null);
    }));

    test('quarantine: expire removes items whose time has come', withStore(async (s) => {
      await s.quarantine.put(qItem('old', { expiresAt: 5000 }), Buffer.from('a'));
      await s.quarantine.put(qItem('edge', { expiresAt: 6000, kind: 'rejected' }), Buffer.from('b'));
      await s.quarantine.put(qItem('new', { expiresAt: 9000 }), Buffer.from('c'));
      assert.equal(await s.quarantine.expire(4999), 0);
      assert.equal(await s.quarantine.expire(6000), 2);
      assert.equal(await s.quarantine.get('old'), null);
      assert.equal(await s.quarantine.body('edge'), null);
      assert.deepEqual((await s.quarantine.list({ recipients: ['alice@corp.example'], limit: 10, offset: 0 })).items.map((i) => i.id), ['new']);
      assert.equal(await s.quarantine.count(), 1);
      assert.equal(await s.quarantine.count('rejected'), 0);
    }));

    test('queue: shared body, lease exclusivity and expiry, update, remove, flush', withStore(async (s) => {
      const body = Buffer.from('Subject: hi\r\n\r\nbody\r\n');
      await s.queue.enqueue([qeItem('m1-a', 'a.example'), qeItem('m1-b', 'b.example', { createdAt: 1_700_000_000_001 })], body);
      await s.queue.enqueue([qeItem('m2-a', 'a.example', { nextAttemptAt: 50_000, createdAt: 1_700_000_000_002 })], Buffer.from('other'));
      assert.deepEqual(await s.queue.body('m1-a'), body);
      assert.deepEqual(await s.queue.body('m1-b'), body);
      assert.equal((await s.queue.get('m1-b'))?.domain, 'b.example');
      const listed = await s.queue.list(10, 0);
      assert.equal(listed.total, 3);
      assert.deepEqual(listed.items.map((i) => i.id), ['m1-a', 'm1-b', 'm2-a']);
      assert.deepEqual((await s.queue.list(1, 2)).items.map((i) => i.id), ['m2-a']);

      // at now=2000 only the m1 items are due; concurrent lessees never share an item
      const now = 2000;
      const [l1, l2, l3] = await Promise.all([s.queue.lease(now, now + 60_000, 1), s.queue.lease(now, now + 60_000, 1), s.queue.lease(now, now + 60_000, 1)]);
      const got = [...l1!, ...l2!, ...l3!].map((i) => i.id).sort();
      assert.deepEqual(got, ['m1-a', 'm1-b']);
      assert.ok([...l1!, ...l2!].every((i) => i.leasedUntil === now + 60_000));
      assert.deepEqual(await s.queue.lease(now + 1000, now + 61_000, 10), [], 'nothing while leased');
      assert.equal((await s.queue.get('m1-a'))?.leasedUntil, now + 60_000);

      // the worker for m1-a finished one recipient and reschedules; m1-b's worker died
      const a = (await s.queue.get('m1-a'))!;
      await s.queue.update({ ...a, attempts: 1, nextAttemptAt: now + 300_000, leasedUntil: 0, lastError: '451 try later',
        recipients: [{ address: 'bob@a.example', status: 'pending', lastReply: '451 try later' }] });
      const a2 = await s.queue.get('m1-a');
      assert.equal(a2?.attempts, 1);
      assert.equal(a2?.lastError, '451 try later');
      assert.equal(a2?.recipients[0]?.lastReply, '451 try later');

      const after = await s.queue.lease(now + 60_000, now + 120_000, 10);
      assert.deepEqual(after.map((i) => i.id).sort(), ['m1-b', 'm2-a'], 'm1-b again after its lease expired; m2-a is now due');

      assert.equal(await s.queue.flush(now + 60_000), 1, 'only items not leased are made due');
      const flushed = await s.queue.lease(now + 60_000, now + 120_000, 10);
      assert.deepEqual(flushed.map((i) => i.id), ['m1-a'], 'flushed item due now despite its later retry time');

      assert.equal(await s.queue.remove('m1-a'), true);
      assert.equal(await s.queue.remove('m1-a'), false);
      assert.equal(await s.queue.get('m1-a'), null);
      assert.deepEqual(await s.queue.body('m1-b'), body, 'the body stays while another item needs it');
      assert.equal(await s.queue.remove('m1-b'), true);
      assert.equal(await s.queue.body('m1-b'), null);
      assert.deepEqual(await s.queue.body('m2-a'), Buffer.from('other'));
      assert.equal((await s.queue.list(10, 0)).total, 1);
    }));

    test('users: put/get/list/delete', withStore(async (s) => {
      const u: User = { username: 'alice', passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA', addresses: ['alice@corp.example'], admin: false,
        disabled: false, source: 'local', digest: true, createdAt: 1000 };
      assert.equal(await s.users.get('alice'), null);
      await s.users.put(u);
      await s.users.put({ ...u, username: 'bob', passwordHash: null, source: 'ldap', addresses: ['bob@corp.example', 'b@corp.example'] });
      assert.deepEqual(await s.users.get('alice'), u);
      await s.users.put({ ...u, admin: true });
      assert.equal((await s.users.get('alice'))?.admin, true);
      assert.deepEqual((await s.users.list()).map((x) => x.username), ['alice', 'bob']);
      assert.equal((await s.users.get('bob'))?.passwordHash, null);
      assert.equal(await s.users.delete('alice'), true);
      assert.equal(await s.users.delete('alice'), false);
      assert.deepEqual((await s.users.list()).map((x) => x.username), ['bob']);
    }));

    test('sessions: put/get/delete and expiry', withStore(async (s) => {
      const sess = { id: 'sid-1', username: 'alice', admin: false, addresses: ['alice@corp.example'], csrf: 'tok', expiresAt: Date.now() + 60_000 };
      assert.equal(await s.sessions.get('sid-1'), null);
      await s.sessions.put(sess);
      await s.sessions.put({ ...sess, id: 'sid-2', expiresAt: Date.now() + 300 });
      assert.deepEqual(await s.sessions.get('sid-1'), sess);
      assert.equal((await s.sessions.get('sid-2'))?.username, 'alice');
      await sleep(450);
      assert.equal(await s.sessions.get('sid-2'), null, 'expired');
      await s.sessions.delete('sid-1');
      assert.equal(await s.sessions.get('sid-1'), null);
    }));

    test('txlog: append, search filters, newest first, paging, expire', withStore(async (s) => {
      const t = 1_700_000_000_000;
      await s.txlog.append(txEntry('x1', t));
      await s.txlog.append(txEntry('x2', t + 1000, { action: 'quarantine', subject: 'Дешёвые ЧАСЫ', clientIp: '203.0.113.9', mailFrom: 'promo@Spam.Example', from: 'Promo <promo@spam.example>', quarantineId: 'q9' }));
      await s.txlog.append(txEntry('x3', t + 2000, { direction: 'outbound', recipients: ['partner@Other.Example', 'x@y.example'], action: 'accept' }));
      await s.txlog.append(txEntry('x4', t + 3000, { action: 'reject', from: 'Display <forged@bank.example>', symbols: [{ name: 'SPAMTRAP', score: 20, detail: 'to spam trap old@corp.example' }, { name: 'SPF_PASS', score: -0.5 }] }));

      const all = await s.txlog.search({ limit: 10, offset: 0 });
      assert.deepEqual(all.items.map((e) => e.id), ['x4', 'x3', 'x2', 'x1']);
      assert.equal(all.total, 4);
      assert.deepEqual(await s.txlog.get('x2'), txEntry('x2', t + 1000, { action: 'quarantine', subject: 'Дешёвые ЧАСЫ', clientIp: '203.0.113.9', mailFrom: 'promo@Spam.Example', from: 'Promo <promo@spam.example>', quarantineId: 'q9' }));
      assert.equal(await s.txlog.get('nope'), null);
      const q = (over: Record<string, unknown>) => s.txlog.search({ limit: 10, offset: 0, ...over }).then((r) => r.items.map((e) => e.id));
      assert.deepEqual(await q({ direction: 'outbound' }), ['x3']);
      assert.deepEqual(await q({ direction: 'inbound' }), ['x4', 'x2', 'x1']);
      assert.deepEqual(await q({ action: 'quarantine' }), ['x2']);
      assert.deepEqual(await q({ sender: 'SPAM.example' }), ['x2']);
      assert.deepEqual(await q({ sender: 'forged@bank' }), ['x4'], 'sender matches the From header too');
      assert.deepEqual(await q({ recipient: 'other.EXAMPLE' }), ['x3']);
      assert.deepEqual(await q({ subject: 'часы' }), ['x2']);
      assert.deepEqual(await q({ ip: '203.0.113' }), ['x2']);
      assert.deepEqual(await q({ since: t + 1000, until: t + 3000 }), ['x3', 'x2']);
      assert.deepEqual(await q({ direction: 'inbound', action: 'accept', ip: '198.51' }), ['x1']);
      assert.deepEqual(await q({ symbol: 'SPAMTRAP' }), ['x4']);
      assert.deepEqual(await q({ symbol: 'SPF_PASS', action: 'reject' }), ['x4']);
      assert.deepEqual(await q({ symbol: 'SPF_PASS' }), ['x4', 'x3', 'x2', 'x1']);
      assert.deepEqual(await q({ symbol: 'SPAM' }), [], 'the exact name, not a part of it');
      const page = await s.txlog.search({ limit: 2, offset: 1 });
      assert.deepEqual(page.items.map((e) => e.id), ['x3', 'x2']);
      assert.equal(page.total, 4);
      assert.equal((await s.txlog.search({ action: 'accept', limit: 1, offset: 0 })).total, 2);

      assert.equal(await s.txlog.expire(t + 2000), 2);
      assert.deepEqual((await s.txlog.search({ limit: 10, offset: 0 })).items.map((e) => e.id), ['x4', 'x3']);
      assert.equal(await s.txlog.get('x1'), null);
    }));

    test('settings and audit', withStore(async (s) => {
      assert.equal(await s.settings.get('thresholds'), null);
      await s.settings.set('thresholds', { reject: 15, quarantine: 6 });
      assert.deepEqual(await s.settings.get<{ reject: number }>('thresholds'), { reject: 15, quarantine: 6 });
      await s.settings.set('thresholds', { reject: 20 });
      assert.deepEqual(await s.settings.get('thresholds'), { reject: 20 });
      await s.settings.set('flag', false);
      assert.equal(await s.settings.get('flag'), false);
      assert.deepEqual(await s.settings.auditLog(10), []);
      await s.settings.audit({ at: 1000, who: 'admin', what: 'thresholds', detail: { from: 15, to: 20 } });
      await s.settings.audit({ at: 2000, who: 'root', what: 'weights', detail: null });
      await s.settings.audit({ at: 3000, who: 'admin', what: 'greylist', detail: ['x'] });
      const log = await s.settings.auditLog(2);
      assert.deepEqual(log, [
        { at: 3000, who: 'admin', what: 'greylist', detail: ['x'] },
        { at: 2000, who: 'root', what: 'weights', detail: null },
      ]);
      assert.equal((await s.settings.auditLog(10)).length, 3);
    }));

    test('close releases the store; closing twice is harmless', async () => {
      const { store, cleanup } = await makeStore();
      await store.cache.set('k', 'v', 60);
      await store.close();
      assert.equal((await store.health()).ok, false, 'a closed store reports itself unhealthy');
      await store.close();
      await cleanup();
    });
  });
}

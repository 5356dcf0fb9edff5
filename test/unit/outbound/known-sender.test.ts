import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../../src/log.ts';
import { addressOf, isAuthenticatedFor, knownSenderCheck } from '../../../src/pipeline/checks/known-sender.ts';
import type { AuthResults, DataContext } from '../../../src/pipeline/types.ts';
import { authResults } from '../pipeline/util.ts';
import type { KnownDomain, KnownSender, Store } from '../../../src/store/types.ts';
import type { Config } from '../../../src/config.ts';
import { byDomain, isLearnable } from '../../../src/outbound/transaction.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });

const auth = authResults;

function fakeStore(pairs: Array<[string, string]>, domains: string[]): Store {
  const now = Date.now();
  return {
    known: {
      async lookup(internal: string, external: string) {
        const pair: KnownSender | null = pairs.some(([i, e]) => i === internal && e === external) ? { internal, external, count: 1, firstSeen: now, lastSeen: now } : null;
        const d = external.split('@')[1]!;
        const domain: KnownDomain | null = domains.includes(d) ? { domain: d, count: 1, lastSeen: now } : null;
        return { pair, domain };
      },
    },
  } as unknown as Store;
}

function ctx(mailFrom: string, from: string, a: AuthResults): DataContext {
  return {
    session: { id: 's1', direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: 'x', tls: false, authUser: null, trusted: false },
    envelope: { mailFrom, recipients: ['alice@example.com'] },
    raw: Buffer.from(''),
    parsed: async () => ({ headers: [], subject: '', from, text: '', html: null, attachments: [] }),
    auth: async () => a,
  };
}

async function run(store: Store, c: DataContext): Promise<string[]> {
  const hits = await knownSenderCheck.run(c, { options: { maxAgeDays: 365, maxRecipients: 50, noDomainBonus: ['gmail.com'], userContentSenders: [] }, config: {} as Config, store, log, signal: new AbortController().signal });
  return hits.map((h) => h.symbol);
}

describe('known-sender check', () => {
  const store = fakeStore([['alice@example.com', 'bob@partner.test']], ['partner.test']);

  it('KNOWN_SENDER for an SPF-authenticated learned pair', async () => {
    assert.deepEqual(await run(store, ctx('bob@partner.test', 'Bob <bob@partner.test>', auth({ spf: 'pass', spfDomain: 'partner.test' }))), ['KNOWN_SENDER']);
  });
  it('KNOWN_SENDER with DKIM alone (e.g. a forwarded message whose SPF fails)', async () => {
    assert.deepEqual(await run(store, ctx('bob@partner.test', 'bob@partner.test', auth({ spf: 'fail', spfDomain: 'partner.test', dkim: 'pass', dkimPass: ['partner.test'] }))), ['KNOWN_SENDER']);
  });
  it('KNOWN_DOMAIN for another address of a learned domain', async () => {
    assert.deepEqual(await run(store, ctx('carol@partner.test', 'carol@partner.test', auth({ spf: 'pass', spfDomain: 'partner.test' }))), ['KNOWN_DOMAIN']);
  });
  it('no bonus for an unauthenticated match (forged sender), only the informational symbol', async () => {
    assert.deepEqual(await run(store, ctx('bob@partner.test', 'bob@partner.test', auth({ spf: 'fail', spfDomain: 'partner.test' }))), ['KNOWN_SENDER_UNAUTH']);
  });
  it('a header From forged on top of a passing envelope of another domain gets no bonus', async () => {
    const c = ctx('bounce@spammer.test', 'Bob <bob@partner.test>', auth({ spf: 'pass', spfDomain: 'spammer.test', dkim: 'pass', dkimPass: ['spammer.test'] }));
    assert.deepEqual(await run(store, c), ['KNOWN_SENDER_UNAUTH']);
  });
  it('no domain-wide bonus for freemail domains', async () => {
    const gmail = fakeStore([['alice@example.com', 'friend@gmail.com']], ['gmail.com']);
    assert.deepEqual(await run(gmail, ctx('other@gmail.com', 'other@gmail.com', auth({ spf: 'pass', spfDomain: 'gmail.com' }))), []);
    assert.deepEqual(await run(gmail, ctx('friend@gmail.com', 'friend@gmail.com', auth({ spf: 'pass', spfDomain: 'gmail.com' }))), ['KNOWN_SENDER']);
  });
  it('nothing at all for strangers', async () => {
    assert.deepEqual(await run(store, ctx('x@stranger.test', 'x@stranger.test', auth({ spf: 'pass', spfDomain: 'stranger.test' }))), []);
  });
  it('helpers', () => {
    assert.equal(addressOf('"Bob, B." <Bob@Partner.test>'), 'bob@partner.test');
    assert.equal(isAuthenticatedFor('bob@mail.partner.test', auth({ dkimPass: ['partner.test'] })), true);
    assert.equal(isAuthenticatedFor('bob@partner.test', auth({ spf: 'softfail', spfDomain: 'partner.test' })), false);
  });
});

describe('outbound learning rules', () => {
  it('auto-replies, bulk mail and bounces teach nothing', () => {
    const msg = (h: string): Buffer => Buffer.from(`From: a@example.com\r\n${h}Subject: x\r\n\r\nbody\r\n`);
    assert.equal(isLearnable(msg(''), 'a@example.com'), true);
    assert.equal(isLearnable(msg('Auto-Submitted: auto-replied\r\n'), 'a@example.com'), false);
    assert.equal(isLearnable(msg('Auto-Submitted: no\r\n'), 'a@example.com'), true);
    assert.equal(isLearnable(msg('Precedence: bulk\r\n'), 'a@example.com'), false);
    assert.equal(isLearnable(msg('List-Id: <news.example.com>\r\n'), 'a@example.com'), false);
    assert.equal(isLearnable(msg(''), ''), false);
  });
  it('one queue item per destination domain, duplicates folded', () => {
    const g = byDomain(['a@x.test', 'b@y.test', 'c@X.test', 'A@x.test']);
    assert.deepEqual([...g.entries()], [['x.test', ['a@x.test', 'c@X.test']], ['y.test', ['b@y.test']]]);
  });
});

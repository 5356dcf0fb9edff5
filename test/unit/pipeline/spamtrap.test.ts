// Spam traps: the check on its own (real embedded store), and through createPipeline: what a trap
// hit does to the verdict, to the sender's other mail and to the Bayes model, and what it spares.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CHECKS } from '../../../src/pipeline/checks/index.ts';
import { isAutomaticReply, isTrapAddress, spamtrapCheck, spamtrapOptionsSchema, trapIpKey, trapProblems } from '../../../src/pipeline/checks/spamtrap.ts';
import { createPipeline, rulesWarnings, type PipelineRuntime } from '../../../src/pipeline/index.ts';
import { RulesError } from '../../../src/rules/load.ts';
import { openStore } from '../../../src/store/index.ts';
import type { Store } from '../../../src/store/types.ts';
import { dataContext, quietLog, session, tempRules, testConfig } from './util.ts';

const TRAPS = ['old.sales@example.com', '@old-brand.example.com'];

/** A campaign text; `name` and `n` change per copy as a spammer personalises them. */
const campaign = (name: string, n: number) => Buffer.from([
  'From: "Parcel Service" <notice@parcel-track.test>', 'To: someone', 'Subject: Your parcel is waiting', 'Content-Type: text/plain; charset=utf-8', '',
  `Dear ${name}, your parcel number ${n} could not be delivered because the customs fee of ${n % 97} EUR was not paid.`,
  'Please confirm your address and pay the fee within 48 hours at http://parcel-track.test/pay?id=' + n + ' or the parcel',
  'will be returned to the sender. We thank you for choosing our delivery service and wish you a pleasant day.', '',
].join('\r\n'));

const lottery = (name: string, n: number) => Buffer.from([
  'From: claims@lotto-win.test', 'To: someone', 'Subject: You have won', '',
  `Congratulations ${name}! Your email address was selected in our international online draw and won ${n} thousand dollars.`,
  'To claim the prize send your full name, home address, telephone number and a copy of your passport to our claims agent today.', '',
].join('\r\n'));

const letter = (subject: string) => Buffer.from(`From: anna@partner.test\r\nTo: bob@example.com\r\nSubject: ${subject}\r\n\r\nHi Bob, the minutes of Tuesday's meeting are attached as promised. Best, Anna\r\n`);

describe('spam trap addresses', () => {
  it('match an address or a whole domain, in any case, and nothing else', () => {
    assert.ok(isTrapAddress(TRAPS, 'Old.Sales@EXAMPLE.com'));
    assert.ok(isTrapAddress(TRAPS, 'anyone@old-brand.example.com'));
    assert.ok(!isTrapAddress(TRAPS, 'sales@example.com'));
    assert.ok(!isTrapAddress(TRAPS, 'x@sub.old-brand.example.com'));
    assert.ok(!isTrapAddress([], 'old.sales@example.com'));
  });

  it('are written as an address or @domain; anything else is refused with its reason', () => {
    assert.deepEqual(spamtrapOptionsSchema.parse({ addresses: [' Old.Sales@Example.COM ', '@Old-Brand.example.com'] }).addresses, TRAPS);
    for (const bad of ['old.sales', 'a@b@example.com', '@', 'x@localhost', 'two words@example.com']) {
      const r = spamtrapOptionsSchema.safeParse({ addresses: [bad] });
      assert.ok(!r.success, bad);
      assert.match(r.error.issues[0]!.message, /an address \(trap@example\.com\) or a whole domain/);
    }
  });

  it('outside smtp.localDomains, or where a web UI user gets mail, are problems naming the address', () => {
    const users = [{ username: 'bob', addresses: ['bob@example.com'], disabled: false }, { username: 'gone', addresses: ['old.sales@example.com'], disabled: true }];
    assert.deepEqual(trapProblems(['old.sales@example.com', '@old-brand.example.com'], ['example.com', 'old-brand.example.com'], users), []);
    assert.deepEqual(trapProblems(['trap@elsewhere.test', '@example.com'], ['example.com'], users), [
      '"trap@elsewhere.test" is not in smtp.localDomains: no mail for it reaches the gateway',
      '"@example.com" is where web UI user bob gets mail: a trap drops mail unseen',
    ]);
    // ".example.com" in localDomains covers subdomains, as the RCPT gate reads it
    assert.deepEqual(trapProblems(['@old-brand.example.com'], ['.example.com'], []), []);
  });

  it('in rules/checks.yaml outside smtp.localDomains are a warning of check-config (and of the start), naming the key', async () => {
    const t = tempRules();
    try {
      writeFileSync(join(t.dir, 'checks.yaml'), `spamtrap: { addresses: ${JSON.stringify(['old.sales@example.com', 'trap@elsewhere.test'])} }\n`);
      assert.deepEqual(await rulesWarnings(t.dir, testConfig({ 'smtp.localDomains': ['example.com'] })), [
        'rules/checks.yaml: spamtrap.addresses: "trap@elsewhere.test" is not in smtp.localDomains: no mail for it reaches the gateway',
      ]);
      assert.deepEqual(await rulesWarnings(t.dir, testConfig({ 'smtp.localDomains': ['example.com', 'elsewhere.test'] })), []);
    } finally {
      t.cleanup();
    }
  });

  it('tell bounces and automatic replies from mail a person or a spammer sent', () => {
    const msg = (headers: string) => Buffer.from(`From: a@b.test\r\n${headers}Subject: x\r\n\r\nbody\r\n`);
    assert.ok(isAutomaticReply(msg(''), ''));
    assert.ok(isAutomaticReply(msg('Auto-Submitted: auto-replied\r\n'), 'a@b.test'));
    assert.ok(isAutomaticReply(msg('Auto-Submitted: Auto-Generated\r\n'), 'a@b.test'));
    assert.ok(isAutomaticReply(msg('X-Autoreply: yes\r\n'), 'a@b.test'));
    assert.ok(!isAutomaticReply(msg('Auto-Submitted: no\r\n'), 'a@b.test'));
    assert.ok(!isAutomaticReply(msg('Precedence: bulk\r\n'), 'a@b.test'));
  });

  it('mark an IPv4 sender by its address and an IPv6 sender by its /64', () => {
    assert.equal(trapIpKey('192.0.2.7'), '192.0.2.7');
    assert.equal(trapIpKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(trapIpKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(trapIpKey('2001:db8:1:2:bbbb::9'), trapIpKey('2001:db8:1:2:aaaa::1'));
    assert.notEqual(trapIpKey('2001:db8:1:3::1'), trapIpKey('2001:db8:1:2::1'));
  });
});

describe('spamtrap check', () => {
  let dir: string;
  let store: Store;
  const config = testConfig();
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-trap-'));
    store = await openStore(testConfig({ dataDir: dir }), quietLog);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const options = spamtrapOptionsSchema.parse({ addresses: TRAPS, learn: false });
  const run = async (raw: Buffer, o: Parameters<typeof dataContext>[1] & { ip?: string } = {}) => {
    const ctx = await dataContext(raw, o);
    if (o.ip) ctx.session.clientIp = o.ip;
    return spamtrapCheck.run(ctx, { options, config, store, log: quietLog, signal: new AbortController().signal });
  };

  it('trap mail that passed DMARC-aligned authentication marks its text but not its IP (a shared provider host)', async () => {
    const hits = await run(campaign('Anna', 1), { recipients: ['x@old-brand.example.com'], ip: '198.51.100.1', auth: { authenticatedDomain: 'bigmail.test' } });
    assert.deepEqual(hits.map((h) => h.symbol), ['SPAMTRAP']);
    assert.equal(hits[0]!.detail, 'to spam trap x@old-brand.example.com');
    assert.equal(await store.cache.get('spamtrap:ip:198.51.100.1'), null);
    const again = await run(letter('unrelated'), { recipients: ['bob@example.com'], ip: '198.51.100.1' });
    assert.deepEqual(again, []);
    const copy = await run(campaign('Maria', 2), { recipients: ['bob@example.com'], ip: '198.51.100.2' });
    assert.deepEqual(copy.map((h) => h.symbol), ['SPAMTRAP_FUZZY']);
    assert.match(copy[0]!.detail!, /^8\/8 fingerprint bands match mail to spam trap x@old-brand\.example\.com at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.equal(copy[0]!.weight, 1);
  });

  it('an image spam to a trap marks its picture: the same picture to a real user in as little text is SPAMTRAP_FUZZY', async () => {
    const picture = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000002580000019008020000000000000000', 'hex'), Buffer.from('casino bonus '.repeat(40))]);
    const imageSpam = (greeting: string) => Buffer.from(['From: vip@casino.test', 'To: someone', 'Subject: Bonus', 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="R"', '',
      '--R', 'Content-Type: text/html', '', `<p>${greeting}</p><img src="cid:p@x">`,
      '--R', 'Content-Type: image/png; name="bonus.png"', 'Content-ID: <p@x>', 'Content-Transfer-Encoding: base64', '', picture.toString('base64'), '--R--', ''].join('\r\n'));
    assert.deepEqual((await run(imageSpam('Hi'), { recipients: ['old.sales@example.com'], ip: '198.51.100.30' })).map((h) => h.symbol), ['SPAMTRAP']);
    const copy = await run(imageSpam('Hello Bob'), { recipients: ['bob@example.com'], ip: '198.51.100.31' });
    assert.deepEqual(copy.map((h) => h.symbol), ['SPAMTRAP_FUZZY']);
    assert.match(copy[0]!.detail!, /^the file bonus\.png was in mail to spam trap old\.sales@example\.com at /);
  });

  it('a trusted sender writing to a trap is someone with an old address: nothing fires and nothing is marked', async () => {
    await store.lists.add('', 'allow', '@partner.test');
    const hits = await run(letter('old address'), { mailFrom: 'anna@partner.test', recipients: ['old.sales@example.com'], ip: '198.51.100.9' });
    assert.deepEqual(hits, []);
    assert.equal(await store.cache.get('spamtrap:ip:198.51.100.9'), null);
  });

  it('with ipSeconds and fingerprintSeconds at 0 it marks nothing and only SPAMTRAP fires', async () => {
    const quiet = spamtrapOptionsSchema.parse({ addresses: TRAPS, learn: false, ipSeconds: 0, fingerprintSeconds: 0 });
    const ctx = await dataContext(lottery('Otto', 5), { recipients: ['old.sales@example.com'] });
    ctx.session.clientIp = '198.51.100.20';
    const hits = await spamtrapCheck.run(ctx, { options: quiet, config, store, log: quietLog, signal: new AbortController().signal });
    assert.deepEqual(hits.map((h) => h.symbol), ['SPAMTRAP']);
    assert.equal(await store.cache.get('spamtrap:ip:198.51.100.20'), null);
    assert.deepEqual(await run(lottery('Karl', 6), { recipients: ['bob@example.com'], ip: '198.51.100.21' }), []);
  });
});

describe('spam traps through the pipeline', () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  after(async () => { for (const c of cleanups.reverse()) await c(); });
  let store: Store;
  let p: PipelineRuntime;
  let config: ReturnType<typeof testConfig>;
  before(async () => {
    const t = tempRules();
    cleanups.push(t.cleanup);
    // only the checks under test: no DNS, no clamd in unit tests
    writeFileSync(join(t.dir, 'checks.yaml'), [
      ...CHECKS.filter((c) => !['spamtrap', 'bayes', 'greylist'].includes(c.name)).map((c) => `${c.name}: { enabled: false }`),
      `spamtrap: { addresses: ${JSON.stringify(TRAPS)} }`,
      'bayes: {}', 'greylist: {}', '',
    ].join('\n'));
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-trap-p-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    config = testConfig({ rules: t.dir, dataDir, 'smtp.localDomains': ['example.com', 'old-brand.example.com'], 'greylist.mode': 'all' });
    store = await openStore(config, quietLog);
    cleanups.push(() => store.close());
    p = await createPipeline({ config, store, log: quietLog, watch: false });
    cleanups.push(() => p.close());
  });
  const names = (v: { symbols: Array<{ name: string }> }) => v.symbols.map((s) => s.name).filter((n) => n !== 'BAYES_SPAM' && n !== 'BAYES_HAM');

  it('greylisting (mode all) defers a real recipient at RCPT but never a trap', async () => {
    const s = session({ clientIp: '203.0.113.50' });
    await p.mail(s, 'notice@parcel-track.test');
    assert.equal(await p.rcpt(s, 'notice@parcel-track.test', 'old.sales@example.com'), null);
    assert.match((await p.rcpt(s, 'notice@parcel-track.test', 'bob@example.com'))!.enhanced, /^4\.7\./);
    assert.ok(p.isSpamTrap!('OLD.SALES@example.com'));
    assert.ok(!p.isSpamTrap!('bob@example.com'));
  });

  it('mail only to traps: rejected yet answered as delivered, learned as spam; the IP and the text stay marked', async () => {
    const before = (await store.bayes.totals()).spam;
    const s = session({ clientIp: '203.0.113.7' });
    const v = await p.data(s, { mailFrom: 'notice@parcel-track.test', recipients: ['old.sales@example.com', 'info@old-brand.example.com'] }, campaign('Anna', 101));
    assert.equal(v.action, 'reject');
    assert.equal(v.silentDiscard, true);
    assert.deepEqual(names(v), ['SPAMTRAP']);
    assert.equal(v.symbols[0]!.detail, 'to spam trap old.sales@example.com, info@old-brand.example.com');
    // learning runs after the verdict, off the reply path
    for (let i = 0; i < 100 && (await store.bayes.totals()).spam === before; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal((await store.bayes.totals()).spam, before + 1);

    // the same server's next message, to a real user: marked, but delivered as the score says
    const next = await p.data(session({ clientIp: '203.0.113.7' }), { mailFrom: 'x@other.test', recipients: ['bob@example.com'] }, letter('Minutes'));
    assert.deepEqual(names(next), ['SPAMTRAP_IP']);
    assert.match(next.symbols[0]!.detail!, /^203\.0\.113\.7 wrote to spam trap old\.sales@example\.com at /);
    assert.equal(next.silentDiscard, false);
    assert.equal(next.action, 'tag');

    // a copy from elsewhere, personalised: near-duplicate of the trapped text
    const copy = await p.data(session({ clientIp: '192.0.2.99' }), { mailFrom: 'notice@parcel-track.test', recipients: ['carol@example.com'] }, campaign('Sebastian', 202));
    assert.deepEqual(names(copy), ['SPAMTRAP_FUZZY']);
    assert.ok(copy.score >= 4, `score ${copy.score}`);
    // an unrelated letter from elsewhere: nothing
    assert.deepEqual(names(await p.data(session({ clientIp: '192.0.2.98' }), { mailFrom: 'y@x.test', recipients: ['bob@example.com'] }, letter('Lunch'))), []);
  });

  it('a dry run (mailmoat classify) scores trap mail but learns and marks nothing', async () => {
    const dry = await createPipeline({ config, store, log: quietLog, watch: false, dryRun: true });
    try {
      const before = (await store.bayes.totals()).spam;
      const v = await dry.data(session({ clientIp: '203.0.113.77' }), { mailFrom: 'claims@lotto-win.test', recipients: ['old.sales@example.com'] }, lottery('Eva', 9));
      assert.deepEqual(names(v), ['SPAMTRAP']);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal((await store.bayes.totals()).spam, before);
      assert.equal(await store.cache.get('spamtrap:ip:203.0.113.77'), null);
      assert.deepEqual(names(await p.data(session({ clientIp: '192.0.2.77' }), { mailFrom: 'claims@lotto-win.test', recipients: ['bob@example.com'] }, lottery('Max', 10))), []);
    } finally {
      await dry.close();
    }
  });

  it('bounces and auto-replies to a trap (backscatter of forged mail) are dropped, but mark and teach nothing', async () => {
    const before = (await store.bayes.totals()).spam;
    const dsn = (n: number) => Buffer.from([
      'From: Mail Delivery System <MAILER-DAEMON@mx.partner.test>', 'To: old.sales@example.com', 'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied', 'Content-Type: text/plain', '',
      `This is the mail system at host mx.partner.test. I'm sorry to have to inform you that your message ${n} could not`,
      'be delivered to one or more recipients. It is attached below. For further assistance, please send mail to postmaster.',
      'If you do so, please include this problem report. You can delete your own text from the attached returned message.', '',
    ].join('\r\n'));
    const bounce = await p.data(session({ clientIp: '203.0.113.60' }), { mailFrom: '', recipients: ['old.sales@example.com'] }, dsn(1));
    assert.deepEqual(names(bounce), ['SPAMTRAP']);
    assert.equal(bounce.silentDiscard, true);
    const reply = await p.data(session({ clientIp: '203.0.113.61' }), { mailFrom: 'anna@partner.test', recipients: ['info@old-brand.example.com'] }, dsn(2));
    assert.deepEqual(names(reply), ['SPAMTRAP']);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await store.bayes.totals()).spam, before);
    assert.equal(await store.cache.get('spamtrap:ip:203.0.113.60'), null);
    assert.equal(await store.cache.get('spamtrap:ip:203.0.113.61'), null);
    // an honest bounce to a real user afterwards is not marked as trapped text
    assert.deepEqual(names(await p.data(session({ clientIp: '192.0.2.60' }), { mailFrom: '', recipients: ['bob@example.com'] }, dsn(3))), []);
  });

  it('a trap among real recipients: the message is refused for all of them (550), not swallowed', async () => {
    const v = await p.data(session({ clientIp: '203.0.113.8' }), { mailFrom: 'a@b.test', recipients: ['bob@example.com', 'old.sales@example.com'] }, letter('Both'));
    assert.equal(v.action, 'reject');
    assert.equal(v.silentDiscard, false);
    assert.deepEqual(names(v), ['SPAMTRAP']);
  });

  it('traps set live: refused outside localDomains or at a user\'s address, naming it; applied and audited otherwise', async () => {
    await store.users.put({ username: 'bob', passwordHash: null, addresses: ['bob@example.com'], admin: false, disabled: false, source: 'local', digest: true, createdAt: 0 });
    await assert.rejects(p.updateRules({ spamTraps: ['trap@elsewhere.test', 'bob@example.com'] }, 'admin'), (err: RulesError) => {
      assert.deepEqual(err.problems, [
        'spamTraps: "trap@elsewhere.test" is not in smtp.localDomains: no mail for it reaches the gateway',
        'spamTraps: "bob@example.com" is where web UI user bob gets mail: a trap drops mail unseen',
      ]);
      return true;
    });
    assert.ok(p.isSpamTrap!('old.sales@example.com'));
    await p.updateRules({ spamTraps: ['Harvest-Me@example.com'] }, 'admin');
    assert.ok(p.isSpamTrap!('harvest-me@example.com'));
    assert.ok(!p.isSpamTrap!('old.sales@example.com'));
    const v = await p.data(session({ clientIp: '203.0.113.9' }), { mailFrom: 'a@b.test', recipients: ['harvest-me@example.com'] }, letter('Hi'));
    assert.equal(v.silentDiscard, true);
  });
});

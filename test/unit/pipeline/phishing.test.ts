// The phishing check: links whose target imitates the address they show, and replies that go to a
// free-mail account. Against the real embedded store (correspondents learned from outbound mail).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { anchors, deceptiveLink } from '../../../src/content/links.ts';
import { phishingCheck, phishingOptionsSchema } from '../../../src/pipeline/checks/phishing.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { openStore } from '../../../src/store/index.ts';
import type { Store } from '../../../src/store/types.ts';
import { dataContext, quietLog, testConfig } from './util.ts';
import { pdfDocument } from '../../helpers/pdf.ts';

describe('links that imitate what they show', () => {
  const why = (text: string, href: string) => deceptiveLink({ text, href })?.why ?? null;
  it('the shown site inside a foreign domain, or before an @', () => {
    assert.equal(why('https://www.paypal.com/signin', 'http://www.paypal.com.secure-id.example/x'), 'domain-inside');
    assert.equal(why('www.paypal.com', 'http://login.example/paypal.com-verify/'), null, 'only the path names it');
    assert.equal(why('www.paypal.com', 'http://signin-paypal.com.example/'), 'domain-inside');
    assert.equal(why('www.paypal.com', 'http://www.paypal.com@evil.example/x'), 'domain-inside');
    assert.deepEqual(deceptiveLink({ text: ' <https://www.paypal.com/signin>. ', href: 'http://www.paypal.com.evil.example/' }),
      { shown: 'https://www.paypal.com/signin', site: 'paypal.com', target: 'www.paypal.com.evil.example', why: 'domain-inside' });
  });
  it('a word hyphenated to the name, a misspelling, a bare IP address', () => {
    assert.equal(why('www.bankofamerica.com', 'https://bankofamerica-secure.com/login'), 'brand-hyphen');
    assert.equal(why('sparkasse.de', 'https://secure-sparkasse.net/'), 'brand-hyphen');
    assert.equal(why('paypal.com', 'http://paypa1.com/'), 'misspelt');
    assert.equal(why('www.microsoft.com', 'https://www.micorsfot.com/'), 'misspelt', 'two slips in a long name');
    assert.equal(why('www.sparkasse.de', 'https://www.sparkase.de/'), 'misspelt', 'a letter dropped');
    assert.equal(why('www.sparkasse.de', 'https://www.sparkkasse.de/'), 'misspelt', 'a letter doubled (natural\'s unrestricted distance says 0 here)');
    assert.equal(why('www.tesco.ie', 'http://195.200.172.1/I?X=1'), 'ip-address');
    assert.equal(why('https://sparkasse.de', 'http://[2001:db8::1]/'), 'ip-address');
    assert.equal(why('СБЕРБАНК.рф', 'http://сбербанк-онлайн.рф/'), 'brand-hyphen', 'Cyrillic names compare as read');
    assert.deepEqual(deceptiveLink({ text: 'www.paypal.com', href: 'https://www.google.com/amp/s/paypa1.com/signin' }), { shown: 'www.paypal.com', site: 'paypal.com', target: 'paypa1.com', why: 'misspelt' }, 'behind a redirector');
    assert.equal(why('www.paypal.com', 'https://click.esp.example/t?url=https%3A%2F%2Fwww.paypal.com.evil.example%2F'), 'domain-inside');
    assert.equal(why('www.shop.example', 'https://click.esp.example/t?url=https%3A%2F%2Fwww.shop.example%2Fsale'), null, 'tracking that carries the shown site');
  });
  it('not what honest mail does: click tracking, a sister domain, another TLD of the same name, text that is no address', () => {
    assert.equal(why('www.buy.com', 'http://clickthru.online.com/Click?q=ed-jLlvQ'), null);
    assert.equal(why('Walmart.com', 'http://www.lindows.com/walmart'), null);
    assert.equal(why('www.shop.com', 'https://click.e.shop.com/x'), null);
    assert.equal(why('amazon.de', 'https://www.amazon.com/'), null);
    assert.equal(why('ibm.com', 'https://ibn.com/'), null, 'a slip in a short name is too likely by chance');
    assert.equal(why('Click here', 'http://192.0.2.1/'), null);
    assert.equal(why('setup.py', 'https://github.com/x/y'), null);
    assert.equal(why('www.all-life/stopit', 'http://www.all-life-ins.com/'), null, 'no public suffix: not a site');
    assert.equal(why('www.paypal.com', 'mailto:service@paypal.com.evil.example'), null);
  });
  it('anchors: unclosed tags by the hundred thousand are read in one pass (a regex that backtracks over them took 19 s)', { timeout: 20_000 }, () => {
    assert.deepEqual(anchors('<a '.repeat(100_000)), []);
    assert.equal(anchors(`${'<a href="http://x.example/">www.bank.de '.repeat(50_000)}</a>`).length, 200, 'at most max');
  });
  it('anchors: the visible text without tags and entities', () => {
    assert.deepEqual(anchors('<p><A HREF="http://a.example/?x=1&amp;y=2"><b>www.&#98;ank.de</b></A> <a name="x">no href</a> <a href=\'/rel\'>Rel</a>'),
      [{ href: 'http://a.example/?x=1&y=2', text: 'www.bank.de' }, { href: '/rel', text: 'Rel' }]);
  });
  it('anchors: the address a reader sees, whatever inline tags, hidden fragments or zero-width characters split it', () => {
    const texts = anchors(['www.pay<b>pal</b>.com', 'www.pay<span style="display:none">-not-</span>pal.com', 'www.pay\u200bpal.com', 'www.pay&#8203;pal.com', '<div>www.paypal.com</div> <br>']
      .map((t) => `<a href="http://paypal.com.evil.example/">${t}</a>`).join(' ')).map((a) => a.text);
    assert.deepEqual(texts, Array(5).fill('www.paypal.com'));
    assert.deepEqual(deceptiveLink(anchors('<a href="https://paypal-login.example/">https://www.pay<font style="font-size:0">zz</font>pal.com</a>')[0]!)?.site, 'paypal.com');
  });
});

describe('phishing check', () => {
  let dir: string;
  let store: Store;
  const config = testConfig({ 'smtp.localDomains': ['example.com'] });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-phish-'));
    store = await openStore(testConfig({ dataDir: dir }), quietLog);
    await store.known.record('carol@example.com', ['k.meyer.consulting@gmail.com'], Date.now());
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(headers: string, opts: { html?: string; text?: string; trusted?: boolean; rules?: Rules; auth?: Partial<AuthResults>; options?: Record<string, unknown> } = {}) {
    const body = opts.html ? `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${opts.html}\r\n` : `\r\n${opts.text ?? 'body'}\r\n`;
    const raw = Buffer.from(`${headers}Subject: invoice\r\n${body}`);
    const ctx = await dataContext(raw, { trusted: opts.trusted, auth: opts.auth });
    return phishingCheck.run(ctx, { options: phishingOptionsSchema.parse(opts.options ?? {}), config, rules: opts.rules, store, log: quietLog, signal: new AbortController().signal });
  }

  it('PHISHING_LINK names what the link shows and where it leads, once per message', async () => {
    const html = '<p>Confirm at <a href="http://www.sparkasse.de.konto-check.example/login">https://www.sparkasse.de/login</a> or '
      + '<a href="http://198.51.100.7/">www.sparkasse.de</a></p>';
    assert.deepEqual(await run('From: Sparkasse <info@konto-check.example>\r\n', { html }),
      [{ symbol: 'PHISHING_LINK', detail: 'shows https://www.sparkasse.de/login, leads to www.sparkasse.de.konto-check.example (domain-inside)' }]);
    assert.deepEqual(await run('From: Shop <news@shop.example>\r\n', { html: '<a href="http://click.esp.example/t?u=1">www.shop.example</a>' }), []);
    assert.deepEqual(await run('From: x <x@y.example>\r\n', { html, trusted: true }), [], 'trusted networks are not judged');
    // the shown site's owner links to its own other domain; only its authentication tells it from a phisher's
    const sister = '<p>Visit <a href="https://www.brandt-home.de/de">www.brandt.de</a></p>';
    assert.equal((await run('From: Brandt <news@brandt.de>\r\n', { html: sister }))[0]?.symbol, 'PHISHING_LINK');
    assert.deepEqual(await run('From: Brandt <news@brandt.de>\r\n', { html: sister, auth: { dkim: 'pass', dkimPass: ['mail.brandt.de'] } }), []);
    assert.equal((await run('From: Brandt <news@brandt-home.de>\r\n', { html: sister, auth: { spf: 'pass', spfDomain: 'brandt-home.de' } }))[0]?.symbol, 'PHISHING_LINK',
      'authenticated for the look-alike, not for the site it shows');
  });

  it('LINK_FILE_AS_PAGE: a link shown as a document opens a web page elsewhere (the ninety-eighth pair\'s hijacked supplier, to an r2.dev bucket)', async () => {
    const html = (href: string, text = 'AB_4500012873_rev2.pdf') => `<p>anbei die Auftragsbestätigung: <a href="${href}">${text}</a> (412 KB)</p>`;
    assert.deepEqual(await run('From: Stefan Maier <s.maier@lieferant.example>\r\n', { html: html('https://pub-3f9c2a7e41b8.r2.dev/AB_4500012873_rev2.html') }),
      [{ symbol: 'LINK_FILE_AS_PAGE', detail: '"AB_4500012873_rev2.pdf" opens pub-3f9c2a7e41b8.r2.dev/AB_4500012873_rev2.html, a web page' }]);
    // an icon before the name, a sheet, an SVG page; a hacked site's index.html
    assert.equal((await run('From: x <x@carrier.example>\r\n', { html: html('https://blob.example.net/shared/CMR.svg', '&#128196; CMR_DDT_1704_firmati.pdf') }))[0]?.symbol, 'LINK_FILE_AS_PAGE');
    assert.equal((await run('From: x <x@carrier.example>\r\n', { html: html('https://hacked.example/wp-content/uploads/sp/index.html', 'Revised_Rates_Q1_2027.xlsx') }))[0]?.symbol, 'LINK_FILE_AS_PAGE');
    // the file itself, a portal's download script, the sender's own site, ours, a text that is no file name: nothing
    for (const [href, text, from] of [
      ['https://files.portal.example/d/AB_4500012873_rev2.pdf', 'AB_4500012873_rev2.pdf', 'x@lieferant.example'],
      ['https://portal.example/download.php?file=AB_4500012873_rev2.pdf', 'AB_4500012873_rev2.pdf', 'x@lieferant.example'],
      ['https://www.lieferant.example/docs/ab.html', 'AB_4500012873_rev2.pdf', 'x@lieferant.example'],
      ['https://intranet.example.com/docs/ab.html', 'AB_4500012873_rev2.pdf', 'x@lieferant.example'],
      ['https://news.example/issue-12.html', 'Read the November issue', 'x@lieferant.example'],
    ] as const) assert.deepEqual(await run(`From: ${from}\r\n`, { html: html(href, text) }), [], href);
  });

  it('PHISHING_FORM: a form in the mail itself that asks for a password, named by where it sends it; a search form is nothing', async () => {
    const login = '<form method="post" action="https://o365-verify.example/next.php?u=1"><p>Your mailbox is full. Sign in to keep your mail:</p>'
      + '<input type="email" name="login"><input name="pw" TYPE = \'password\'><button>Sign in</button></form>';
    assert.deepEqual(await run('From: IT Service <it@helpdesk.example>\r\n', { html: login }),
      [{ symbol: 'PHISHING_FORM', detail: 'a form asks for a password and sends it to o365-verify.example' }]);
    // two forms: the one around the password field is the one named
    assert.deepEqual(await run('From: x <x@y.example>\r\n', { html: `<form action="https://search.example/q"><input name=q></form>${login.replace('https://o365-verify.example/next.php?u=1', 'https://collect.example/p')}` }),
      [{ symbol: 'PHISHING_FORM', detail: 'a form asks for a password and sends it to collect.example' }]);
    assert.deepEqual(await run('From: x <x@y.example>\r\n', { html: '<form><input type=password></form>' }), [{ symbol: 'PHISHING_FORM', detail: 'a form asks for a password' }]);
    assert.deepEqual(await run('From: Shop <news@shop.example>\r\n', { html: '<form action="https://shop.example/search"><input type="text" name="q"><input type="submit"></form>' }), []);
    // the text of the mail may speak of passwords freely
    assert.deepEqual(await run('From: x <x@y.example>\r\n', { html: '<p>Never type your password into a form in an e-mail: type="password" fields belong on our site.</p>' }), []);
  });

  it('MEETING_LINK_ELSEWHERE: a Teams or Zoom meeting\'s block whose links lead elsewhere', async () => {
    const block = (href: string): string => `<p>Bitte bestätigen Sie den Termin.</p><hr><p>Microsoft Teams-Besprechung</p><p><a href="${href}">Jetzt an der Besprechung teilnehmen</a></p><p>Besprechungs-ID: 364 118 902 517<br>Passcode: Xq7mR2</p>`;
    assert.deepEqual((await run('From: Personal <personal@mitarbeiterportal.test>\r\n', { html: block('https://mitarbeiterportal.test/sso/login?join=1') })).map((h) => [h.symbol, h.detail]), [
      ['MEETING_LINK_ELSEWHERE', 'a Microsoft Teams meeting\'s block, and its links lead to mitarbeiterportal.test, not to teams.microsoft.com'],
    ]);
    assert.deepEqual(await run('From: Partner <p@partner.test>\r\n', { html: block('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0') }), [], 'a real invitation');
    assert.deepEqual(await run('From: Partner <p@partner.test>\r\n', { html: block('https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19&data=x') }), [], 'rewritten by a security gateway');
    const zoom = 'Join Zoom Meeting\r\nhttps://zoom-meetings.test/j/81234567890\r\n\r\nMeeting ID: 812 3456 7890\r\nPasscode: 114477';
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { text: zoom })).map((h) => h.symbol), ['MEETING_LINK_ELSEWHERE']);
    assert.deepEqual(await run('From: x <x@y.test>\r\n', { text: zoom.replace('zoom-meetings.test', 'us06web.zoom.us') }), []);
    // Teams' join path on another host, with no meeting ID (the twentieth held-out pair)
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { text: 'Reunión de Microsoft Teams\r\nUnirse ahora: https://teams-live-meeting.join-session.test/l/meetup-join/19%3ameeting_wWNa3iUN%40thread.v2/0' })).map((h) => h.detail),
      ['a Microsoft Teams join link on teams-live-meeting.join-session.test, not on teams.microsoft.com']);
    // a webinar held on Teams, announced with a registration page: no meeting block
    assert.deepEqual(await run('From: Events <events@vendor.test>\r\n', { html: '<p>Our webinar runs as a Microsoft Teams meeting. <a href="https://events.vendor.test/register">Register</a></p>' }), []);
  });

  it("LINK_LOOKALIKE_LOCAL: a link to an imitation of our own domain (the company's webmail login), wherever the link is", async () => {
    const owa = '<p>Your mailbox is full. <a href="https://example.com.owa-login.test/owa/">Sign in</a> to keep your mail.</p>';
    assert.deepEqual(await run('From: IT Service <it@helpdesk.test>\r\n', { html: owa }),
      [{ symbol: 'LINK_LOOKALIKE_LOCAL', detail: 'leads to example.com.owa-login.test, imitating our example.com (domain-inside)' }]);
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { html: '<a href="https://mail.examp1e.com/login">Webmail</a>' })).map((h) => h.detail),
      ['leads to mail.examp1e.com, imitating our example.com (misspelt)']);
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { html: '<a href="https://www.google.com/url?q=https%3A%2F%2Fexample-webmail.test%2F">Open</a>' })).map((h) => h.symbol),
      ['LINK_LOOKALIKE_LOCAL'], "behind a redirector, and another suffix counts for a link to our own name");
    // our domain with its dots as hyphens under a foreign host: the fake quarantine digest's "examplegroup-eu.mailprotect-gateway.net"
    assert.deepEqual((await run('From: "example.com Quarantine" <quarantine@mailprotect-gateway.test>\r\n', { html: '<a href="https://example-com.mailprotect-gateway.test/quarantine/release?u=1">Release</a>' })).map((h) => h.detail),
      ['leads to example-com.mailprotect-gateway.test, imitating our example.com (domain-inside)']);
    // a plain-text mail: the URL written in the text
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { text: 'Please sign in at https://example.com-secure.test/owa today.' })).map((h) => h.detail),
      ['leads to example.com-secure.test, imitating our example.com (domain-inside)']);
    // a "View invoice" button in an attached PDF: the body has no link at all
    const pdf = pdfDocument({ links: ['https://example.com.owa-login.test/owa/'] }).toString('base64').replace(/.{76}/g, '$&\r\n');
    const parts = `--B\r\nContent-Type: text/plain\r\n\r\nYour invoice is attached.\r\n--B\r\nContent-Type: application/pdf; name="Rechnung.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf}\r\n--B--`;
    assert.deepEqual((await run('From: x <x@y.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n', { text: parts })).map((h) => h.detail),
      ['leads to example.com.owa-login.test, imitating our example.com (domain-inside)']);
    // not our own site, a stranger's unrelated site, a partner whose name resembles ours when authenticated or written to
    assert.deepEqual(await run('From: x <x@y.test>\r\n', { html: '<a href="https://intranet.example.com/">Intranet</a> <a href="https://shop.test/">Shop</a>' }), []);
    const partner = '<a href="https://example-consulting.test/offer">our offer</a>';
    assert.deepEqual((await run('From: x <info@example-consulting.test>\r\n', { html: partner })).map((h) => h.symbol), ['LINK_LOOKALIKE_LOCAL']);
    assert.deepEqual(await run('From: x <info@example-consulting.test>\r\n', { html: partner, auth: { spf: 'pass', spfDomain: 'example-consulting.test' } }), [], 'the sender\'s own site');
    for (let i = 0; i < 3; i++) await store.known.record('carol@example.com', ['info@example-consulting.test'], Date.now());
    const fresh = { rules: { checks: { spoofing: { lookalikeRefreshSeconds: 0 } } } as unknown as Rules };
    assert.deepEqual(await run('From: x <x@y.test>\r\n', { html: partner, ...fresh }), [], 'a partner people here write to');
    // our own site that is no mail domain, linked from a job board
    const careers = '<a href="https://karriere.example-gruppe.test/jobs/4711">Stelle ansehen</a>';
    assert.deepEqual((await run('From: StepStone <jobs@stepstone.test>\r\n', { html: careers })).map((h) => h.symbol), ['LINK_LOOKALIKE_LOCAL']);
    assert.deepEqual(await run('From: StepStone <jobs@stepstone.test>\r\n', { html: careers, options: { ownSites: ['Example-Gruppe.test'] } }), []);
    // our name with a group word as a hyphenated part, under any suffix: the group's login imitated;
    // with the group word alone it is the group's own site ("examplegroup.es"), linked from honest mail
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { html: '<a href="https://microsoftonline.auth-examplegroup.test/?u=anna@example.com">Re-enrol</a>' })).map((h) => h.detail),
      ['leads to microsoftonline.auth-examplegroup.test, imitating our example.com (brand-hyphen)']);
    assert.deepEqual((await run('From: x <x@y.test>\r\n', { html: '<a href="https://examplegroup-support.test/">Support</a>' })).map((h) => h.symbol), ['LINK_LOOKALIKE_LOCAL']);
    assert.deepEqual(await run('From: x <x@y.test>\r\n', { html: '<a href="https://portal.examplegroup.test/">Portal</a> <a href="https://www.examplegroup.es/">ES</a>' }), []);
    assert.deepEqual(await run('From: x <x@y.test>\r\n', { html: '<a href="https://auth-examplesgroup.test/">x</a> <a href="https://ample-group.test/">y</a>' }), [], 'another name');
  });

  it('REPLYTO_LOOKALIKE: replies to a domain that imitates the sender\'s, unless the sender is authenticated for its own', async () => {
    assert.deepEqual(await run('From: Accounts <accounts@lieferant.de>\r\nReply-To: accounts@lieferannt.de\r\n'),
      [{ symbol: 'REPLYTO_LOOKALIKE', detail: 'From accounts@lieferant.de, replies go to accounts@lieferannt.de (misspelt)' }]);
    assert.equal((await run('From: Accounts <accounts@lieferant.de>\r\nReply-To: <billing@lieferant-de.com>\r\n'))[0]?.detail, 'From accounts@lieferant.de, replies go to billing@lieferant-de.com (brand-hyphen)');
    assert.deepEqual(await run('From: Shop <news@lieferant.de>\r\nReply-To: service@lieferant-hilfe.de\r\n', { auth: { dkim: 'pass', dkimPass: ['lieferant.de'] } }), [], 'the real sender chose a help-desk domain');
    assert.deepEqual(await run('From: Shop <news@lieferant.de>\r\nReply-To: service@support.lieferant.de\r\n'), [], 'its own subdomain');
    assert.deepEqual(await run('From: Shop <news@lieferant.de>\r\nReply-To: service@helpdesk.example\r\n'), [], 'another organisation, no imitation');
    // the sender's very name under another suffix (the eighty-first pair's hijacked carrier thread), unless authenticated
    assert.deepEqual(await run('From: Chiara Colombo <c.colombo@ferretti-trasporti.it>\r\nReply-To: Chiara Colombo <c.colombo@ferretti-trasporti.com>\r\n'),
      [{ symbol: 'REPLYTO_LOOKALIKE', detail: 'From c.colombo@ferretti-trasporti.it, replies go to c.colombo@ferretti-trasporti.com (the sender\'s name under another suffix)' }]);
    assert.deepEqual(await run('From: Sales <sales@lieferant.de>\r\nReply-To: sales@lieferant.com\r\n', { auth: { dkim: 'pass', dkimPass: ['lieferant.de'] } }), [], 'the company itself, authenticated');
  });

  it('REPLYTO_FREEMAIL: replies to a free-mail account instead of the sender organisation', async () => {
    assert.deepEqual(await run('From: Accounts <accounts@supplier.example>\r\nReply-To: supplier.payments@gmail.com\r\n'),
      [{ symbol: 'REPLYTO_FREEMAIL', weight: 1, detail: 'From accounts@supplier.example, replies go to supplier.payments@gmail.com' }]);
    assert.equal((await run('From: Lottery <claims@yahoo.com>\r\nReply-To: "Agent" <agent.claims@mail.ru>\r\n')).length, 1, 'another free-mail account');
    // mail.com's free addresses named for a profession: the lottery's "agent" and the inheritance's "lawyer"
    assert.equal((await run('From: Loteria <premios@loteria.example>\r\nReply-To: "Dr. Alberto Ruiz" <agente.ruiz@consultant.com>\r\n')).length, 1, 'consultant.com');
    assert.equal((await run('From: Studio <avv.malfatti@studio.example>\r\nReply-To: studio.malfatti@lawyer.com\r\n')).length, 1, 'lawyer.com');
  });

  it('REPLYTO_FREEMAIL: not for lists, our own domains, the same account, known correspondents or other organisations', async () => {
    const none = async (headers: string, why: string) => assert.deepEqual(await run(headers), [], why);
    await none('From: "Anna via Users" <users@lists.example>\r\nReply-To: anna@gmail.com\r\nList-Id: <users.lists.example>\r\n', 'a list that rewrites From');
    await none('From: Website <www@example.com>\r\nReply-To: visitor@gmail.com\r\n', "our web site's contact form");
    await none('From: Bob <bob@gmail.com>\r\nReply-To: "Bob" <Bob@gmail.com>\r\n', 'the same account');
    await none('From: Consulting <info@meyer-consulting.example>\r\nReply-To: k.meyer.consulting@gmail.com\r\n', 'carol has written to that address');
    await none('From: Shop <news@shop.example>\r\nReply-To: support@helpdesk.example\r\n', 'not free mail');
    await none('From: Shop <news@shop.example>\r\n', 'no Reply-To');
  });

  it("REPLYTO_FREEMAIL from a form service's authenticated no-reply address counts a quarter", async () => {
    const headers = 'From: Typeform <notifications@followups.typeform.example>\r\nReply-To: visitor@gmail.com\r\n';
    assert.deepEqual(await run(headers, { auth: { dkim: 'pass', dkimPass: ['followups.typeform.example'] } }),
      [{ symbol: 'REPLYTO_FREEMAIL', weight: 0.25, detail: 'From notifications@followups.typeform.example, replies go to visitor@gmail.com (a notification service)' }]);
    assert.equal((await run(headers))[0]?.weight, 1, 'not authenticated: anyone can write "notifications@"');
    assert.equal((await run('From: Accounts <accounts@supplier.example>\r\nReply-To: pay@gmail.com\r\n', { auth: { spf: 'pass', spfDomain: 'supplier.example' } }))[0]?.weight, 1, 'authenticated, but a person\'s address');
  });

  it('the free-mail domains are known-sender\'s noDomainBonus as the rules now have it', async () => {
    const rules = { checks: { 'known-sender': { enabled: true, noDomainBonus: ['freebox.example'] } } } as unknown as Rules;
    const headers = 'From: Accounts <accounts@supplier.example>\r\nReply-To: pay@freebox.example\r\n';
    assert.equal((await run(headers, { rules })).length, 1);
    assert.deepEqual(await run('From: Accounts <accounts@supplier.example>\r\nReply-To: pay@gmail.com\r\n', { rules }), []);
  });
});

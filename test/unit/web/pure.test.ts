// Pure parts of the web UI: password hashing, escaping, language choice, dashboard figures,
// what-if counting and the settings form → rules patch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from '../../../src/auth/password.ts';
import { escapeDn } from '../../../src/auth/ldap.ts';
import { html, raw } from '../../../src/web/html.ts';
import { LANGS, missingKeys, pickLang, placeholderMismatches, translator } from '../../../src/web/i18n.ts';
import { trafficStats } from '../../../src/web/stats.ts';
import { whatIf } from '../../../src/web/whatif.ts';
import { settingsPatch } from '../../../src/web/admin-pages.ts';
import type { Action, TxLogEntry } from '../../../src/store/types.ts';
import type { Rules, RulesPatch } from '../../../src/pipeline/index.ts';
import type { WebRuntime } from '../../../src/web/deps.ts';

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash, verifies the right password only, salts every hash', async () => {
    const h = await hashPassword('correct horse', { N: 1024, r: 8, p: 1 });
    assert.match(h, /^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    assert.equal(await verifyPassword('correct horse', h), true);
    assert.equal(await verifyPassword('correct horsE', h), false);
    assert.notEqual(h, await hashPassword('correct horse', { N: 1024, r: 8, p: 1 }));
  });
  it('uses memory-hard defaults and rejects malformed or absurd hashes', async () => {
    assert.match(await hashPassword('x'), /^scrypt\$32768\$8\$1\$/);
    assert.equal(await verifyPassword('x', null), false);
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
    assert.equal(await verifyPassword('x', 'scrypt$99999999$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAA'), false);
  });
});

describe('templates and language', () => {
  it('escapes every interpolated value except nested html``', () => {
    const evil = '<script>"x" & \'y\'</script>';
    assert.equal(html`<p title="${evil}">${evil}</p>`.value, '<p title="&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p>');
    assert.equal(html`<ul>${['<a>', html`<li>ok</li>`]}</ul>`.value, '<ul>&lt;a&gt;<li>ok</li></ul>');
    assert.equal(html`${raw('<b>')}${null}${false}${0}`.value, '<b>0');
  });
  it('picks the language from the cookie, else Accept-Language by quality, else English', () => {
    assert.equal(pickLang(undefined, 'de-DE,ru;q=0.8,en;q=0.5'), 'de');
    assert.equal(pickLang(undefined, 'fr-FR,pl;q=0.8,en;q=0.5'), 'pl', 'the first language the UI has');
    assert.equal(pickLang(undefined, 'el-GR'), 'el');
    assert.equal(pickLang(undefined, 'en;q=0.4,ru;q=0.9'), 'ru');
    assert.equal(pickLang('en', 'ru'), 'en');
    assert.equal(pickLang('xx', 'fr'), 'en');
  });
  it('has every UI string in every language, with the same placeholders', () => {
    const none = Object.fromEntries(LANGS.map((l) => [l, { missing: [], extra: [] }]));
    assert.deepEqual(missingKeys(), none);
    assert.deepEqual(placeholderMismatches(), Object.fromEntries(LANGS.map((l) => [l, []])));
    assert.equal(translator('ru')('pager.range', { from: 1, to: 2, total: 3 }), '1–2 из 3');
    for (const l of LANGS) assert.match(translator(l)('pager.range', { from: 1, to: 2, total: 3 }), /1.*2.*3/s, l);
    assert.notEqual(translator('de')('nav.quarantine'), translator('en')('nav.quarantine'));
  });
  it('picks the plural form of the count in {n}, in each language\'s own rules, and falls back to the plain key', () => {
    const subject = (l: (typeof LANGS)[number], n: number): string => translator(l)('digest.subject', { n });
    assert.equal(subject('en', 1), '1 message held for you');
    assert.equal(subject('en', 2), '2 messages held for you');
    assert.equal(subject('en', 0), '0 messages held for you');
    assert.equal(subject('es', 1), '1 mensaje retenido para usted');
    // Russian and Polish: one, few and many forms (1, 2–4, 5–20, 21, 22, 25…)
    const cores = (l: (typeof LANGS)[number]) => [1, 2, 5, 21, 22, 25].map((n) => translator(l)('dash.cores', { n }));
    assert.deepEqual(cores('ru'), ['1 ядро', '2 ядра', '5 ядер', '21 ядро', '22 ядра', '25 ядер']);
    assert.deepEqual(cores('pl'), ['1 rdzeń', '2 rdzenie', '5 rdzeni', '21 rdzeni', '22 rdzenie', '25 rdzeni']);
    // a language whose text needs no forms keeps its plain key, not English's form
    assert.equal(subject('ru', 1), 'Задержано писем: 1');
    // no count, or a count that is not a number: the plain key
    assert.equal(translator('en')('dash.cores', { n: '1' }), '1 cores');
  });
  it('escapes DN values for LDAP binds', () => {
    assert.equal(escapeDn('a,b=c+d'), 'a\\,b\\=c\\+d');
  });
});

function tx(at: number, action: Action, extra: Partial<TxLogEntry> = {}): TxLogEntry {
  return { id: `t${at}${action}`, at, direction: 'inbound', clientIp: '192.0.2.1', helo: 'h', mailFrom: 'a@spam.test', recipients: ['u@example.com'], from: '', subject: 's', size: 1, score: 0, action, symbols: [], reply: '250', backendReply: null, durationMs: 1, quarantineId: null, ...extra };
}

describe('dashboard figures', () => {
  it('buckets by hour and action, computes the spam ratio and the top sources', () => {
    const now = Date.UTC(2026, 0, 2, 12, 30);
    const entries = [
      tx(now - 10 * 60_000, 'accept', { symbols: [{ name: 'IMPERSONATE_LOCAL_NAME', score: 1.75 }] }),
      tx(now - 20 * 60_000, 'reject', { clientIp: '203.0.113.9', symbols: [{ name: 'RBL_SPAMHAUS_SBL', score: 6 }, { name: 'SPOOF_LOCAL_DOMAIN', score: 6 }] }),
      tx(now - 25 * 60_000, 'reject', { symbols: [{ name: 'ATTACH_BLOCKED', score: 0 }] }),
      tx(now - 2 * 3600_000, 'quarantine', { clientIp: '203.0.113.9', mailFrom: 'b@bulk.test', symbols: [{ name: 'CLAMAV_VIRUS', score: 20 }, { name: 'GREYLIST_PASSED', score: 0 }] }),
      tx(now - 30 * 3600_000, 'reject'), // outside the window
      tx(now - 5 * 60_000, 'accept', { direction: 'outbound', symbols: [{ name: 'SPOOF_LOCAL_DOMAIN', score: 6 }] }),
    ];
    const s = trafficStats(entries, now, 24);
    assert.equal(s.buckets.length, 24);
    assert.equal(s.totals.total, 4);
    assert.equal(s.totals.outbound, 1);
    assert.equal(s.buckets.at(-1)!.counts.accept, 1);
    assert.equal(s.buckets.at(-1)!.counts.reject, 2);
    assert.equal(s.buckets.at(-3)!.counts.quarantine, 1);
    assert.equal(Math.round(s.totals.spamRatio * 100), 75);
    assert.equal(s.totals.viruses, 1);
    assert.equal(s.totals.blockedAttachments, 1);
    assert.equal(s.totals.spoofedDomain, 1, 'inbound only');
    assert.equal(s.totals.impersonation, 1);
    assert.equal(s.totals.greylistPassed, 1);
    assert.deepEqual(s.topIps[0], { name: '203.0.113.9', count: 2 });
    assert.deepEqual(s.topDomains.map((d) => d.name).sort(), ['bulk.test', 'spam.test']);
  });
});

describe('dashboard virus tile: documents with macros or exploits', () => {
  it('counts messages with ATTACH_MACRO, ATTACH_EXPLOIT or ATTACH_REMOTE_CONTENT once each; outbound not', () => {
    const now = Date.UTC(2026, 0, 2, 12, 30);
    const s = trafficStats([
      tx(now - 10 * 60_000, 'quarantine', { symbols: [{ name: 'ATTACH_MACRO', score: 5 }, { name: 'ATTACH_REMOTE_CONTENT', score: 3 }] }),
      tx(now - 11 * 60_000, 'tag', { symbols: [{ name: 'ATTACH_EXPLOIT', score: 8 }] }),
      tx(now - 12 * 60_000, 'accept', { symbols: [{ name: 'ATTACH_RISKY', score: 3 }] }),
      tx(now - 13 * 60_000, 'accept', { direction: 'outbound', symbols: [{ name: 'ATTACH_MACRO', score: 5 }] }),
    ], now, 24);
    assert.equal(s.totals.dangerousDocuments, 2);
    assert.equal(s.totals.blockedAttachments, 0);
    // a PDF that runs JavaScript as it opens runs code too
    assert.equal(trafficStats([tx(now - 10 * 60_000, 'accept', { symbols: [{ name: 'ATTACH_PDF_SCRIPT', score: 2 }] })], now, 24).totals.dangerousDocuments, 1);
  });
});

describe('dashboard spam trap tile', () => {
  it('counts the messages traps caught, and once each the other messages their marks scored; outbound not', () => {
    const now = Date.UTC(2026, 0, 2, 12, 30);
    const t = trafficStats([
      tx(now - 10 * 60_000, 'reject', { symbols: [{ name: 'SPAMTRAP', score: 20 }] }),
      tx(now - 11 * 60_000, 'reject', { symbols: [{ name: 'SPAMTRAP', score: 20 }, { name: 'SPAMTRAP_IP', score: 6 }] }),
      tx(now - 12 * 60_000, 'tag', { symbols: [{ name: 'SPAMTRAP_IP', score: 6 }, { name: 'SPAMTRAP_FUZZY', score: 8 }] }),
      tx(now - 13 * 60_000, 'accept', { symbols: [{ name: 'BULK_LOW', score: 0.5 }] }),
      tx(now - 14 * 60_000, 'accept', { direction: 'outbound', symbols: [{ name: 'SPAMTRAP_FUZZY', score: 8 }] }),
    ], now, 24).totals;
    assert.deepEqual([t.spamTraps, t.trapMarked], [2, 2]);
  });
});

describe('dashboard phishing tile', () => {
  it('counts messages with a look-alike link, a login page or a look-alike Reply-To once each, and the four signs and QR codes apart; outbound not', () => {
    const now = Date.UTC(2026, 0, 2, 12, 30);
    const s = trafficStats([
      tx(now - 10 * 60_000, 'tag', { symbols: [{ name: 'PHISHING_LINK', score: 5 }, { name: 'ATTACH_PHISH_PAGE', score: 5 }] }),
      tx(now - 11 * 60_000, 'tag', { symbols: [{ name: 'ATTACH_PHISH_PAGE', score: 5 }, { name: 'ATTACH_RISKY', score: 3 }] }),
      tx(now - 12 * 60_000, 'accept', { symbols: [{ name: 'REPLYTO_FREEMAIL', score: 2.5 }] }),
      tx(now - 15 * 60_000, 'accept', { symbols: [{ name: 'QR_CODE_LINK', score: 1.5 }] }),
      tx(now - 14 * 60_000, 'accept', { symbols: [{ name: 'REPLYTO_LOOKALIKE', score: 4 }] }),
      tx(now - 13 * 60_000, 'accept', { direction: 'outbound', symbols: [{ name: 'PHISHING_LINK', score: 5 }, { name: 'QR_CODE_LINK', score: 3 }] }),
    ], now, 24);
    // a QR code alone is no phishing (newsletters carry them too): counted apart
    assert.deepEqual([s.totals.phishing, s.totals.phishingLinks, s.totals.phishPages, s.totals.replyToLookalike, s.totals.replyToFreemail, s.totals.qrCodeLinks], [3, 1, 2, 1, 1, 1]);
    // a link to an imitation of our own domain is a look-alike link too; a message with both counts once
    const t = trafficStats([
      tx(now - 10 * 60_000, 'tag', { symbols: [{ name: 'LINK_LOOKALIKE_LOCAL', score: 6 }] }),
      tx(now - 11 * 60_000, 'tag', { symbols: [{ name: 'LINK_LOOKALIKE_LOCAL', score: 6 }, { name: 'PHISHING_LINK', score: 5 }] }),
    ], now, 24).totals;
    assert.deepEqual([t.phishing, t.phishingLinks], [2, 2]);
  });
});

describe('dashboard spoofing tile', () => {
  it('counts messages posing as us or a partner once each, and the four signs apart; outbound not', () => {
    const now = Date.UTC(2026, 0, 2, 12, 30);
    const s = trafficStats([
      tx(now - 10 * 60_000, 'quarantine', { symbols: [{ name: 'LOOKALIKE_LOCAL_DOMAIN', score: 6 }, { name: 'IMPERSONATE_LOCAL_NAME', score: 7 }] }),
      tx(now - 11 * 60_000, 'accept', { symbols: [{ name: 'LOOKALIKE_CORRESPONDENT', score: 3 }] }),
      tx(now - 12 * 60_000, 'quarantine', { symbols: [{ name: 'SPOOF_LOCAL_DOMAIN', score: 6 }] }),
      tx(now - 13 * 60_000, 'accept', { symbols: [{ name: 'REPLYTO_FREEMAIL', score: 2.5 }] }),
      tx(now - 14 * 60_000, 'accept', { direction: 'outbound', symbols: [{ name: 'LOOKALIKE_CORRESPONDENT', score: 3 }] }),
    ], now, 24);
    const t = s.totals;
    assert.deepEqual([t.spoofing, t.spoofedDomain, t.impersonation, t.lookalikeLocal, t.lookalikeCorrespondent], [3, 1, 1, 1, 1]);
  });
});

describe('what-if', () => {
  // a tiny stand-in for the pipeline runtime's rescoring: the sum of weights against thresholds
  const rt = (weights: Record<string, number>, th: { quarantine: number; reject: number }): WebRuntime => ({
    rules: () => { throw new Error('unused'); },
    updateRules: async () => undefined,
    rescore: (symbols, patch?: RulesPatch) => {
      const w = { ...weights, ...(patch?.weights ?? {}) } as Record<string, number>;
      const t = { ...th, ...(patch?.thresholds ?? {}) } as { quarantine: number; reject: number };
      const score = symbols.reduce((s, x) => s + (w[x.name] ?? 0), 0);
      const action: Action = score >= t.reject ? 'reject' : score >= t.quarantine ? 'quarantine' : 'accept';
      return { score, action, symbols: [...symbols] };
    },
  });
  it('counts verdicts now and under the candidate, with examples of what moves', () => {
    const entries = [
      tx(1, 'accept', { symbols: [{ name: 'A', score: 3 }] }),
      tx(2, 'quarantine', { symbols: [{ name: 'A', score: 3 }, { name: 'B', score: 8 }] }),
      tx(3, 'reject', { symbols: [{ name: 'B', score: 8 }, { name: 'C', score: 9 }] }),
      tx(4, 'tempfail', { symbols: [{ name: 'A', score: 3 }] }), // greylisted: not rescored
    ];
    const r = whatIf(rt({ A: 3, B: 8, C: 9 }, { quarantine: 10, reject: 15 }), entries, { thresholds: { quarantine: 3 } }, 7);
    assert.equal(r.messages, 3);
    assert.deepEqual([r.before.accept, r.before.quarantine, r.before.reject], [1, 1, 1]);
    assert.deepEqual([r.after.accept, r.after.quarantine, r.after.reject], [0, 2, 1]);
    assert.equal(r.changed, 1);
    assert.equal(r.changes[0]!.from, 'accept');
    assert.equal(r.changes[0]!.to, 'quarantine');
    assert.equal(r.changes[0]!.examples[0]!.id, entries[0]!.id);
  });
});

describe('settings form', () => {
  const rules = {
    thresholds: { reject: 15, quarantine: 10, tag: 5, greylist: 4 },
    outbound: { reject: 10 },
    subjectPrefix: null,
    symbols: { A: { weight: 1, description: { en: 'a', ru: 'а' }, source: 'symbols.yaml' }, B: { weight: 2, description: { en: 'b', ru: 'б' }, source: 'symbols.yaml' } },
    dnsbl: [{ name: 'zen', zone: 'zen.spamhaus.org', enabled: true, ipv6: false, errorCodes: [], symbols: {} }],
    checks: {},
    greylist: { enabled: true, mode: 'suspicious', delay: 300, window: 172800, expire: 3024000 },
    greylistExceptions: { networks: [], hostnames: [], senderDomains: [] },
  } as unknown as Rules;
  it('patches only what changed; an empty threshold disables the action', () => {
    const { patch } = settingsPatch(rules, {
      th_reject: '15', th_quarantine: '8', th_tag: '5', th_greylist: '', th_outbound: '10', w_A: '1', w_B: '2.5',
      gl_enabled: '1', gl_mode: 'all', gl_delay: '300', gl_window: '172800', gl_expire: '3024000',
    });
    assert.deepEqual(patch, { thresholds: { quarantine: 8, greylist: null }, weights: { B: 2.5 }, dnsbl: { zen: { enabled: false } }, greylist: { mode: 'all' } });
  });
  it('the outbound reject threshold is edited live too; empty disables it', () => {
    assert.deepEqual(settingsPatch(rules, { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '7.5', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' }).patch, { outbound: { reject: 7.5 } });
    assert.deepEqual(settingsPatch(rules, { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' }).patch, { outbound: { reject: null } });
  });
  it('who releases: a ticked box marks a symbol admin-only, an unticked one lets its users release; only rows the form showed count', () => {
    const same = { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '10', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' };
    const { patch, candidate } = settingsPatch(rules, { ...same, w_A: '1', w_B: '2', rel_B: '1' });
    assert.deepEqual(patch, { release: { B: 'admin' } });
    assert.deepEqual(candidate.releaseAdmin, { A: false, B: true });
    const guarded = { ...rules, symbols: { ...rules.symbols, B: { ...rules.symbols.B!, release: 'admin' } } } as unknown as Rules;
    assert.deepEqual(settingsPatch(guarded, { ...same, w_A: '1', w_B: '2' }).patch, { release: { B: 'user' } });
    assert.deepEqual(settingsPatch(guarded, same).patch, {}, 'a form without the weights table changes nothing');
  });
  it('refuses a value that is not a number', () => {
    assert.throws(() => settingsPatch(rules, { th_reject: 'ten' }), /not a number/);
  });
  it('the writing systems the company reads: checked boxes become okScripts when they differ from the rules in force', () => {
    const same = { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '10', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' };
    const { patch, candidate } = settingsPatch(rules, { ...same, script_cyrillic: '1', script_latin: '1', script_klingon: '1' });
    assert.deepEqual(patch, { okScripts: ['latin', 'cyrillic'] });
    assert.deepEqual(candidate.okScripts, ['latin', 'cyrillic']);
    const reading = { ...rules, checks: { scripts: { okScripts: ['cyrillic', 'latin'] } } } as unknown as Rules;
    assert.deepEqual(settingsPatch(reading, { ...same, script_latin: '1', script_cyrillic: '1' }).patch, {});
    assert.deepEqual(settingsPatch(reading, same).patch, { okScripts: [] }, 'unchecking all welcomes every script');
  });
  it('attachment types let through: the typed list, normalised, when it differs; a bad entry is a 400 naming the key', () => {
    const same = { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '10', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' };
    const { patch, candidate } = settingsPatch(rules, { ...same, attach_allow: ' MSI, .jar;msi ' });
    assert.deepEqual(patch, { allowExtensions: ['msi', 'jar'] });
    assert.deepEqual(candidate.allowExtensions, ['msi', 'jar']);
    const allowing = { ...rules, checks: { attachments: { allowExtensions: ['msi', 'jar'] } } } as unknown as Rules;
    assert.deepEqual(settingsPatch(allowing, { ...same, attach_allow: 'msi jar' }).patch, {});
    assert.deepEqual(settingsPatch(allowing, { ...same, attach_allow: '' }).patch, { allowExtensions: [] }, 'an empty field lets nothing through');
    assert.deepEqual(settingsPatch(allowing, same).patch, {}, 'a form without the field changes nothing');
    assert.throws(() => settingsPatch(rules, { ...same, attach_allow: 'msi, *.exe' }), (e: Error & { status?: number }) => e.status === 400 && /allowExtensions/.test(e.message));
  });
  it('spam traps: one address or @domain per line (or commas), lower-cased, when they differ; a bad entry is a 400 naming it', () => {
    const same = { th_reject: '15', th_quarantine: '10', th_tag: '5', th_greylist: '4', th_outbound: '10', dnsbl_zen: '1', gl_enabled: '1', gl_mode: 'suspicious' };
    const { patch, candidate } = settingsPatch(rules, { ...same, spam_traps: 'Old.Sales@example.com\r\n@old-brand.example.com, old.sales@example.com\r\n' });
    assert.deepEqual(patch, { spamTraps: ['old.sales@example.com', '@old-brand.example.com'] });
    assert.deepEqual(candidate.spamTraps, ['old.sales@example.com', '@old-brand.example.com']);
    const trapping = { ...rules, checks: { spamtrap: { addresses: ['old.sales@example.com'] } } } as unknown as Rules;
    assert.deepEqual(settingsPatch(trapping, { ...same, spam_traps: 'old.sales@example.com' }).patch, {});
    assert.deepEqual(settingsPatch(trapping, { ...same, spam_traps: '' }).patch, { spamTraps: [] }, 'an empty field ends every trap');
    assert.deepEqual(settingsPatch(trapping, same).patch, {}, 'a form without the field changes nothing');
    assert.throws(() => settingsPatch(rules, { ...same, spam_traps: 'ok@example.com\nold.sales' }),
      (e: Error & { status?: number }) => e.status === 400 && e.message === 'spamTraps: "old.sales": an address (trap@example.com) or a whole domain (@old.example.com)');
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homographHost, hostOfUrl, markAsciiLookalikes, markForeignLetters, mixedScriptWords, scriptShares, unmixedWords } from '../../../src/content/scripts.ts';
import { reduceHtml } from '../../../src/content/html.ts';
import { scriptsCheck, scriptsOptionsSchema, type ScriptsOptions } from '../../../src/pipeline/checks/scripts.ts';
import { parseMessage } from '../../../src/pipeline/index.ts';
import type { CheckDeps, DataContext } from '../../../src/pipeline/types.ts';
import { fakeStore } from './fake-store.ts';
import { quietLog, session, testConfig } from './util.ts';

test('unmixedWords: a word mixed to deceive is written in its main script, honest words stay', () => {
  // Cyrillic і, е, о in Italian words; Latin o, a in a Russian word; a tie is read as Latin
  assert.equal(unmixedWords('Bastano 250 € pеr inіziare: іl metodо'), 'Bastano 250 € per iniziare: il metodo');
  assert.equal(unmixedWords('Уважаемый клиент, пpoчитaй это'), 'Уважаемый клиент, прочитай это');
  assert.equal(unmixedWords('Ваш зaкaз'), 'Ваш заказ');
  // capitals pass for capitals: a Greek Ν is an N (its small ν a v), a Latin H a Cyrillic Н
  assert.equal(unmixedWords('Νetflix ΝETFLIX'), 'netflix netflix');
  assert.equal(unmixedWords('Hовости'), 'новости');
  // honest text of one script, Latin terms beside Russian words, Greek capitals typed on either keyboard
  for (const text of ['Plain English text', 'Отправьте HTML-код на e-mail\'ы отдела', 'ΠAΡAΓΓΕΛΙA 118', 'Ableitstrom 3 μA, cosφ 0,95']) assert.equal(unmixedWords(text), text);
});

test('mixedScriptWords: words with look-alike letters of two scripts, not words next to each other', () => {
  // "Pаypal" with a Cyrillic а, "Ρrice" with a Greek Ρ, "сash" with a Latin-looking Cyrillic с
  assert.deepEqual(mixedScriptWords('Your Pаypal account: Ρrice list, сash back'), ['pаypal', 'ρrice', 'сash']);
  // honest Russian with Latin terms: a hyphen or an apostrophe separates the runs
  assert.deepEqual(mixedScriptWords('Отправьте HTML-код и PDF-файл на e-mail\'ы отдела, Windows 11 и 1С:Бухгалтерия'), []);
  // Greek and German with a Latin abbreviation or unit
  assert.deepEqual(mixedScriptWords('Η προσφορά ισχύει για PDF αρχεία. Größe 5 mm, Preis 10 €'), []);
  // the same word twice counts once; single letters cannot mix
  assert.deepEqual(mixedScriptWords('vеrify vеrify а b'), ['vеrify']);
  // Russian spam's Latin look-alikes inside Russian words still count
  assert.deepEqual(mixedScriptWords('Зaрaбoтoк от 5000 в день'), ['зaрaбoтoк']);
  // units and formulas with Greek letters that pass for no Latin one: an engineer's report
  assert.deepEqual(mixedScriptWords('Isolationswiderstand 500 MΩ, Ableitstrom 3 μA, IΔn 30 mA, cosφ 0,95, ΔT 5 K, λmax 450 nm, 10 kΩ, μm'), []);
  // Greek or Cyrillic in capitals with Latin capitals among them: text typed on either keyboard by an old system
  assert.deepEqual(mixedScriptWords('ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ: ΠAΡAΓΓΕΛΙA 118, ΠΑΡΑΛΗΠΤΗΣ ΠAΠAΔΟΠΟΥΛΟΣ'), []);
});

test('markForeignLetters brackets the letters outside the word\'s main script', () => {
  assert.equal(markForeignLetters('pаypаl'), 'p[а]yp[а]l');
  assert.equal(markForeignLetters('cчёт'), '[c]чёт');
  assert.equal(markForeignLetters('plain'), 'plain');
});

test('homographHost: punycode or Unicode hosts that imitate Latin names; honest IDNs pass', () => {
  assert.deepEqual(homographHost('xn--pypal-4ve.com'), { host: 'xn--pypal-4ve.com', shown: 'pаypal.com', why: 'mixed-scripts' });
  // all-Cyrillic look-alikes under .com spell a Latin name ("аррlе" is not Apple)
  assert.equal(homographHost('аррӏе.com')?.why, 'cyrillic-lookalike');
  assert.equal(homographHost('www.аррӏе.com')?.why, 'cyrillic-lookalike');
  // Cyrillic names at home: under .рф, or with letters that have no Latin twin
  assert.equal(homographHost('портал.рф'), null);
  // "сахар" (sugar) is all look-alikes: a spelled "caxap" under .com, an ordinary word under .рф
  assert.equal(homographHost('сахар.рф'), null);
  assert.equal(homographHost('сахар.com')?.why, 'cyrillic-lookalike');
  assert.equal(homographHost('xn--80aa0aebnilejl.xn--p1ai'), null);
  assert.equal(homographHost('магазин.com'), null);
  assert.equal(homographHost('münchen.de'), null);
  assert.equal(homographHost('example.com'), null);
  // Latin letters without a mark that pass for ASCII ones: a script g (U+0261), a dotless i, a small capital
  assert.deepEqual(homographHost('ibank.xn--nb-gr-smc.com'), { host: 'ibank.xn--nb-gr-smc.com', shown: 'ibank.nbɡ-gr.com', why: 'latin-lookalike' });
  for (const host of ['paypal-logın.com', 'ᴍicrosoft.com']) assert.equal(homographHost(host)?.why, 'latin-lookalike', host);
  assert.equal(markAsciiLookalikes('nbɡ-gr.com'), 'nb[ɡ]-gr.com');
  // letters with accents of the offices' languages, honestly used, beside such a letter too
  for (const host of ['müller-bäckerei.de', 'łódź.pl', 'españa.es', 'café-crème.fr']) assert.equal(homographHost(host), null, host);
});

test('hostOfUrl and scriptShares', () => {
  assert.equal(hostOfUrl('https://user@Login.Example.com:8443/x?y'), 'login.example.com');
  assert.equal(hostOfUrl('www.example.org/path'), 'www.example.org');
  assert.equal(hostOfUrl('mailto:a@b.c'), null);
  const s = scriptShares('Hello мир 世界 ελλάδα 123 !');
  assert.deepEqual(s.counts, { latin: 5, cyrillic: 3, han: 2, greek: 6 });
  assert.equal(s.letters, 16);
});

const deps = (over: Partial<ScriptsOptions> = {}): CheckDeps<ScriptsOptions> => ({
  options: scriptsOptionsSchema.parse(over), config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal,
});

function ctx(raw: string, trusted = false): DataContext {
  const buf = Buffer.from(raw.replace(/\n/g, '\r\n'), 'utf8');
  return {
    session: session({ trusted }), envelope: { mailFrom: 'x@sender.test', recipients: ['bob@example.com'] }, raw: buf,
    parsed: () => parseMessage(buf), auth: () => { throw new Error('not used'); },
  };
}

const mail = (subject: string, body: string, from = 'Sender <x@sender.test>', type = 'text/plain'): string =>
  `From: ${from}\nTo: bob@example.com\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: ${type}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n`;

test('scripts check: MIXED_SCRIPT_WORDS from minMixedWords, full weight at fullMixedWords; the From name counts', async () => {
  const run = async (raw: string, o: Partial<ScriptsOptions> = {}) => scriptsCheck.run(ctx(raw), deps(o));
  assert.deepEqual(await run(mail('Счёт', 'Высылаю cчёт за ноябрь, всё в порядке.')), [], 'one typo is not a trick');
  const two = await run(mail('Notice', 'Please vеrify your аccount today.'));
  assert.equal(two.length, 1);
  assert.equal(two[0]!.symbol, 'MIXED_SCRIPT_WORDS');
  assert.equal(two[0]!.weight, 1 / 5);
  assert.match(two[0]!.detail!, /^2 words: v\[е\]rify, \[а\]ccount$/);
  const five = await run(mail('Notice', 'vеrify аccount suspеnded аctivity sеcurity team'));
  assert.equal(five[0]!.weight, 4 / 5);
  const withName = await run(mail('Notice', 'vеrify аccount suspеnded аctivity sеcurity team', '"PаyPаl" <x@sender.test>'));
  assert.equal(withName[0]!.weight, 1);
  assert.match(withName[0]!.detail!, /^6 words: p\[а\]yp\[а\]l,/);
  assert.deepEqual(await run(mail('Notice', 'Please vеrify your аccount today.'), { minMixedWords: 3, fullMixedWords: 3 }), []);
});

test('scripts check: URL_HOMOGRAPH from an HTML link or a link in the text', async () => {
  const html = mail('Login', '<p>Please <a href="https://xn--pypal-4ve.com/login">log in</a>.</p>', undefined, 'text/html');
  const hits = await scriptsCheck.run(ctx(html), deps());
  assert.deepEqual(hits.map((h) => h.symbol), ['URL_HOMOGRAPH']);
  assert.equal(hits[0]!.detail, 'xn--pypal-4ve.com shows as p[а]ypal.com (mixed-scripts)');
  // the reduced HTML is shared with the other checks (one reduction per message): the check must not
  // add the URLs of the text to it
  const withText = mail('Login', '<p>See https://example.org/x or <a href="https://xn--pypal-4ve.com/login">log in</a>.</p>', undefined, 'text/html');
  const shared = reduceHtml((await parseMessage(Buffer.from(withText.replace(/\n/g, '\r\n')))).html!);
  assert.deepEqual(shared.urls, ['https://xn--pypal-4ve.com/login']);
  assert.equal((await scriptsCheck.run(ctx(withText), deps()))[0]!.symbol, 'URL_HOMOGRAPH');
  assert.equal((await scriptsCheck.run(ctx(withText), deps()))[0]!.symbol, 'URL_HOMOGRAPH');
  assert.deepEqual(shared.urls, ['https://xn--pypal-4ve.com/login']);
  const text = await scriptsCheck.run(ctx(mail('Login', 'Log in at https://аррӏе.com/id now')), deps());
  assert.equal(text[0]!.detail, 'аррӏе.com (cyrillic-lookalike)');
  assert.deepEqual(await scriptsCheck.run(ctx(mail('Портал', 'Ссылка: https://портал.рф/счета и https://example.com/a')), deps()), []);
  // behind a redirector that carries the target (and, inbound, behind a followed short link)
  const redirected = await scriptsCheck.run(ctx(mail('Login', '<a href="https://www.google.com/url?q=https%3A%2F%2Fxn--pypal-4ve.com%2Flogin">log in</a>', undefined, 'text/html')), deps());
  assert.equal(redirected[0]?.detail, 'xn--pypal-4ve.com shows as p[а]ypal.com (mixed-scripts) (behind www.google.com)');
});

test('scripts check: URL_HOMOGRAPH for a sender\'s domain in look-alike letters, once when a link is one too', async () => {
  const from = (domain: string, body = 'Faktura w załączniku.'): string => mail('Faktura', body, `Tomasz <t.zielinski@${domain}>`);
  const hits = await scriptsCheck.run(ctx(from('xn--partner-logstik-i3m.pl')), deps());
  assert.deepEqual(hits.map((h) => [h.symbol, h.detail]), [['URL_HOMOGRAPH', "the sender's domain xn--partner-logstik-i3m.pl shows as partner-log[і]stik.pl (mixed-scripts)"]]);
  // a whole-Cyrillic name and an accented Latin one are honest IDNs
  assert.deepEqual(await scriptsCheck.run(ctx(from('xn--e1afmkfd.xn--p1ai')), deps()), []);
  assert.deepEqual(await scriptsCheck.run(ctx(from('xn--mnchen-3ya.de')), deps()), []);
  const both = await scriptsCheck.run(ctx(from('xn--partner-logstik-i3m.pl', 'Zaloguj: https://xn--pypal-4ve.com/x')), deps());
  assert.deepEqual(both.map((h) => h.symbol), ['URL_HOMOGRAPH']);
  assert.match(both[0]!.detail!, /^xn--pypal-4ve\.com/);
});

test('scripts check: SCRIPT_UNWANTED only when okScripts is set, by subject or body share', async () => {
  const cjk = mail('优惠发票 代开各地发票', '本公司长期代开各地发票，税点优惠，欢迎来电咨询。联系人：王先生');
  const european = { okScripts: ['latin', 'cyrillic', 'greek'] } as Partial<ScriptsOptions>;
  assert.deepEqual(await scriptsCheck.run(ctx(cjk), deps()), [], 'empty okScripts: every script is welcome');
  const hits = await scriptsCheck.run(ctx(cjk), deps(european));
  assert.deepEqual(hits.map((h) => [h.symbol, h.detail]), [['SCRIPT_UNWANTED', 'subject: 100% han']]);
  // a foreign subject over an English body; a body 40 % Japanese
  const subjectOnly = await scriptsCheck.run(ctx(mail('特別なお知らせです', 'Dear customer, please read the attached notice about your order today.')), deps(european));
  assert.match(subjectOnly[0]!.detail!, /^subject: 100% (han|hiragana)/);
  const body = await scriptsCheck.run(ctx(mail('News', 'Meeting notes: 会議は明日の午後三時から始まります。よろしくお願いします。 see you there')), deps(european));
  assert.match(body[0]!.detail!, /^body: \d+% /);
  // Russian, Greek and German mail, and a short greeting, are fine
  for (const [s, b] of [['Счёт за ноябрь', 'Добрый день! Высылаю счёт за ноябрь, оплата до пятницы. С уважением, Иван'],
    ['Προσφορά', 'Καλημέρα σας, σας στέλνουμε την προσφορά για το έργο. Με εκτίμηση, Νίκος'],
    ['Rechnung', 'Guten Tag, anbei die Rechnung für November. Mit freundlichen Grüßen, Anna'], ['Hi', 'こんにちは']]) {
    assert.deepEqual(await scriptsCheck.run(ctx(mail(s!, b!)), deps(european)), [], s);
  }
  assert.deepEqual(await scriptsCheck.run(ctx(cjk, true), deps(european)), [], 'trusted networks are not judged');
});

test('scripts options: unknown script names and inverted word counts name the key', () => {
  const bad = scriptsOptionsSchema.safeParse({ okScripts: ['latin', 'klingon'] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues[0]!.path, ['okScripts', 1]);
  const inverted = scriptsOptionsSchema.safeParse({ minMixedWords: 4, fullMixedWords: 3 });
  assert.deepEqual(inverted.error!.issues[0]!.path, ['fullMixedWords']);
});

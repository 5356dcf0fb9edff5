// Writing-system checks end to end: Python's smtplib sends real MIME mail in its own charsets
// (KOI8-R, GB2312, UTF-8) through the gateway; the relayed copies carry MIXED_SCRIPT_WORDS,
// URL_HOMOGRAPH and SCRIPT_UNWANTED (okScripts set in the rules' checks.yaml) — or none of them
// for an honest Russian letter with a typo and a Cyrillic .рф link. Text hidden from the reader
// (HIDDEN_TEXT, INVISIBLE_WORD_SPLIT) is checked here too.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);
const TOKEN = 'scripts-e2e-token';

const SEND = `
import smtplib, sys
from email.message import EmailMessage
def msg(subject, sender, body, charset, html=None):
    m = EmailMessage()
    m['From'] = sender; m['To'] = 'bob@example.com'; m['Subject'] = subject
    m['Date'] = 'Tue, 01 Dec 2026 10:00:00 +0000'; m['Message-ID'] = '<%s@sender.test>' % abs(hash(subject))
    m.set_content(body, charset=charset)
    if html: m.add_alternative(html, subtype='html')
    return m
mails = [
  msg('Your \\u0430ccount is susp\\u0435nded', '"P\\u0430yP\\u0430l Security" <alert@sender.test>',
      'Dear customer, we noticed unusual \\u0430ctivity on your P\\u0430yP\\u0430l \\u0430ccount. Please v\\u0435rify your identity.', 'utf-8',
      '<p>Please <a href="https://xn--pypal-4ve.com/login">log in</a> to verify.</p>'),
  msg('Счёт за ноябрь', 'Иван Петров <ivan@sender.test>',
      'Добрый день!\\nВысылаю cчёт за ноябрь в формате PDF. Ссылка на портал: https://портал.рф/счета\\nС уважением, Иван', 'koi8-r'),
  msg('优惠发票 代开各地发票', 'Sales <sales@sender.test>', '本公司长期代开各地发票，税点优惠，欢迎来电咨询。联系人：王先生', 'gb2312'),
]
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=30)
for m in mails:
    s.send_message(m, from_addr='news@sender.test', to_addrs=['bob@example.com'])
    print('sent')
s.quit()
`;

// An old mailer's letters: raw 8-bit subject and body, no charset anywhere (sent as bytes, as is)
const SEND_UNDECLARED = `
import smtplib, sys
def raw(subject, body, charset):
    head = 'From: office@sender.test\\r\\nTo: bob@example.com\\r\\nDate: Tue, 01 Dec 2026 10:00:00 +0000\\r\\nMessage-ID: <%s@sender.test>\\r\\nMIME-Version: 1.0\\r\\nContent-Type: text/plain\\r\\nContent-Transfer-Encoding: 8bit\\r\\nSubject: ' % abs(hash(subject))
    return head.encode('ascii') + subject.encode(charset) + b'\\r\\n\\r\\n' + body.encode(charset) + b'\\r\\n'
mails = [
  raw('Faktura za usługi – środa', 'Dzień dobry, w załączeniu przesyłam fakturę. Proszę o płatność do środy. Pozdrawiam', 'windows-1250'),
  raw('Счёт на оплату', 'Hello Bob, please find the invoice attached. Счёт на оплату до пятницы. Best regards, Ivan', 'koi8-r'),
]
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=30)
for m in mails:
    s.sendmail('office@sender.test', ['bob@example.com'], m)
    print('sent')
s.quit()
`;

const SEND_RUSSIAN = `
import smtplib, sys
from email.message import EmailMessage
m = EmailMessage()
m['From'] = 'Иван <ivan@sender.test>'; m['To'] = 'bob@example.com'; m['Subject'] = 'Счёт за декабрь'
m['Date'] = 'Tue, 01 Dec 2026 10:00:00 +0000'; m['Message-ID'] = '<dec-invoice@sender.test>'
m.set_content('Добрый день! Высылаю счёт за декабрь, оплата до пятницы. С уважением, Иван', charset='utf-8')
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=30)
s.send_message(m, from_addr='news@sender.test', to_addrs=['bob@example.com'])
s.quit()
print('sent')
`;

// Text hidden from the reader: a phishing mail with zero-width characters inside its brand names,
// a "font-size:0" fragment inside another, and a display:none block of ham words for Bayes; and an
// honest newsletter whose preview line is display:none, as every newsletter tool writes it, with a
// mobile-only block hidden inline and shown on phones by an @media rule.
const SEND_HIDDEN = `
import smtplib, sys
from email.message import EmailMessage
def msg(subject, sender, text, html):
    m = EmailMessage()
    m['From'] = sender; m['To'] = 'bob@example.com'; m['Subject'] = subject
    m['Date'] = 'Tue, 01 Dec 2026 10:00:00 +0000'; m['Message-ID'] = '<%s@sender.test>' % abs(hash(subject))
    m.set_content(text, charset='utf-8')
    m.add_alternative(html, subtype='html', charset='utf-8')
    return m
ham = 'please find the minutes of the project meeting attached and let me know about next tuesday '
mails = [
  msg('Your Micro\u200bsoft 365 password expires', '"Micro\u2060soft 365" <it@sender.test>',
      'Your Micro\u200bsoft 365 password expires today.',
      '<p>Your Micro\u200bsoft 365 password expires today. Keep it at <a href="https://sender.test/o">Out<span style="font-size:0">zz</span>look</a>.</p>'
      '<div style="display:none">' + ham * 6 + '</div>'),
  msg('Winter sale: 30% off', 'Shop <news@sender.test>', 'Winter sale: jackets and boots, 30% off this week.',
      '<html><head><style>.preheader{display:none!important} @media (max-width:480px){.mobile{display:block!important;max-height:none!important}}</style></head><body>'
      '<span class="preheader">Jackets and boots, 30% off, this week only' + '&zwnj;&nbsp;' * 60 + '</span>'
      '<div class="mobile" style="display:none;max-height:0;overflow:hidden">' + 'Get the app for your phone and order in two taps. ' * 6 + '</div>'
      '<h1>Winter sale</h1><p>Jackets and boots, 30% off this week.</p></body></html>'),
]
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=30)
for m in mails:
    s.send_message(m, from_addr='news@sender.test', to_addrs=['bob@example.com'])
    print('sent')
s.quit()
`;

const statusOf = (raw: Buffer): string => /X-Spam-Status: ([^\r\n]*)/.exec(raw.toString('utf8'))?.[1] ?? '';

describe('writing-system checks through the gateway', () => {
  let dir: string;
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-scripts-'));
    const rules = join(dir, 'rules');
    cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
    const checks = readFileSync(join(rules, 'checks.yaml'), 'utf8').replace(/^(\s+okScripts:) \[\]/m, '$1 [latin, cyrillic, greek]');
    assert.match(checks, /okScripts: \[latin, cyrillic, greek\]/);
    writeFileSync(join(rules, 'checks.yaml'), checks);
    sink = await startSink();
    gw = await startGateway({ rulesDir: rules, config: { backend: { host: '127.0.0.1', port: sink.port }, admin: { apiToken: TOKEN } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('homoglyph phishing, an honest KOI8-R letter and GB2312 mail from smtplib', async () => {
    const before = sink.messages.length;
    const { stdout } = await exec('python3', ['-c', SEND, String(gw.smtpPort)]);
    assert.equal(stdout.trim().split('\n').length, 3, stdout);
    // the phish, signed "PаyPаl Security", is held (URL_HOMOGRAPH, BRAND_IMPERSONATION, MIXED_SCRIPT_WORDS); the other two reach the server
    const [letter, chinese] = sink.messages.slice(-2).map((m) => statusOf(m.raw));
    assert.equal(sink.messages.length - before, 2, 'the phish was not relayed');
    assert.doesNotMatch(letter!, /MIXED_SCRIPT_WORDS|URL_HOMOGRAPH|SCRIPT_UNWANTED/);
    assert.match(chinese!, /SCRIPT_UNWANTED/);
    assert.doesNotMatch(chinese!, /MIXED_SCRIPT_WORDS|URL_HOMOGRAPH/);
    // the admin's message log says which words and host, with the odd letters marked
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?subject=susp`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    const { items } = await res.json() as { items: Array<{ action: string; symbols: Array<{ name: string; detail?: string }> }> };
    assert.equal(items.length, 1);
    assert.equal(items[0]!.action, 'quarantine');
    const detail = (name: string): string | undefined => items[0]!.symbols.find((x) => x.name === name)?.detail;
    assert.equal(detail('URL_HOMOGRAPH'), 'xn--pypal-4ve.com shows as p[а]ypal.com (mixed-scripts)');
    assert.match(detail('BRAND_IMPERSONATION') ?? '', /signs as PayPal/);
    assert.match(detail('MIXED_SCRIPT_WORDS') ?? '', /^5 words: .*p\[а\]yp\[а\]l/);
  });

  test('words split by invisible characters and hidden HTML, hidden ham words; a newsletter\'s hidden preview line is not counted', async () => {
    const before = sink.messages.length;
    const { stdout } = await exec('python3', ['-c', SEND_HIDDEN, String(gw.smtpPort)]);
    assert.equal(stdout.trim().split('\n').length, 2, stdout);
    // the phish hides its filler below the text, where no preview line sits: held; the newsletter reaches the server
    assert.equal(sink.messages.length - before, 1, 'only the newsletter was relayed');
    const newsletter = statusOf(sink.messages.at(-1)!.raw);
    assert.match(sink.messages.at(-1)!.raw.toString('utf8'), /Subject: Winter sale/);
    assert.doesNotMatch(newsletter, /HIDDEN_TEXT|INVISIBLE_WORD_SPLIT/);
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?subject=${encodeURIComponent('password expires')}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const { items } = await res.json() as { items: Array<{ action: string; symbols: Array<{ name: string; detail?: string }> }> };
    assert.equal(items.length, 1);
    assert.equal(items[0]!.action, 'quarantine');
    const detail = (name: string): string | undefined => items[0]!.symbols.find((x) => x.name === name)?.detail;
    assert.equal(detail('INVISIBLE_WORD_SPLIT'), '3 words: Micro⟨U+200B⟩soft, Micro⟨U+2060⟩soft, Out⟨zz⟩look');
    assert.match(detail('HIDDEN_TEXT') ?? '', /^\d+ hidden letters, \d+ % of their words not in the visible text: "zz please find the minutes of the project meeting/);
  });

  // The message log used to read raw 8-bit subjects as Latin-1 ("Faktura za us³ugi  roda"), and
  // ICU's detector alone reads the mostly English KOI8-R letter as ISO-8859-1 ("óÞ£Ô ÎÁ ÏÐÌÁÔÕ")
  test('undeclared windows-1250 and KOI8-R letters: the message log shows and finds their subjects as written', async () => {
    const { stdout } = await exec('python3', ['-c', SEND_UNDECLARED, String(gw.smtpPort)]);
    assert.equal(stdout.trim().split('\n').length, 2, stdout);
    const search = async (subject: string): Promise<string[]> => {
      const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?subject=${encodeURIComponent(subject)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.status, 200);
      return ((await res.json()) as { items: Array<{ subject: string }> }).items.map((i) => i.subject);
    };
    assert.deepEqual(await search('usługi'), ['Faktura za usługi – środa']);
    assert.deepEqual(await search('оплату'), ['Счёт на оплату']);
    // the relayed letters keep their bytes: the gateway decodes only to read them
    const relayed = sink.messages.slice(-2).map((m) => m.raw);
    assert.ok(relayed[0]!.includes(Buffer.from([0x9c, 0x72, 0x6f, 0x64, 0x61])), 'windows-1250 "środa" relayed as sent');
  });

  test('okScripts is changed live over the admin API (as by the settings page checkboxes): Russian mail becomes SCRIPT_UNWANTED and back', async () => {
    const rulesApi = (method: string, body?: unknown): Promise<Response> => fetch(`http://127.0.0.1:${gw.webPort}/api/admin/rules`, {
      method, headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    const sendRussian = async (): Promise<string> => {
      await exec('python3', ['-c', SEND_RUSSIAN, String(gw.smtpPort)]);
      return statusOf(sink.messages.at(-1)!.raw);
    };
    assert.doesNotMatch(await sendRussian(), /SCRIPT_UNWANTED/, 'rules/checks.yaml here reads latin, cyrillic, greek');
    const bad = await rulesApi('PATCH', { okScripts: ['latin', 'klingon'] });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /okScripts/);
    const res = await rulesApi('PATCH', { okScripts: ['latin'] });
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { checks: { scripts: { okScripts: string[] } } }).checks.scripts.okScripts, ['latin']);
    assert.match(await sendRussian(), /SCRIPT_UNWANTED/);
    assert.equal((await rulesApi('PATCH', { okScripts: ['latin', 'cyrillic', 'greek'] })).status, 200);
    assert.doesNotMatch(await sendRussian(), /SCRIPT_UNWANTED/);
  });
});

// The shape of links end to end: Python's smtplib sends a phishing mail whose HTML hides an IP
// address in one big number and whose text points to a page on IPFS, a mail that links to a
// program download behind a Google redirector, and an honest letter; the relayed copies carry the
// links check's symbols (or none) in X-Spam-Status (the redirector itself too), and the message log names the links.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);
const TOKEN = 'links-e2e-token-0123';

const SEND = `
import smtplib, sys
from email.message import EmailMessage
def msg(subject, text, html=None):
    m = EmailMessage()
    m['From'] = 'Service <service@sender.test>'; m['To'] = 'bob@example.com'; m['Subject'] = subject
    m['Date'] = 'Tue, 01 Dec 2026 10:00:00 +0000'; m['Message-ID'] = '<%s@sender.test>' % abs(hash(subject))
    m.set_content(text, charset='utf-8')
    if html: m.add_alternative(html, subtype='html', charset='utf-8')
    return m
mails = [
  msg('Ihr Konto wurde gesperrt', 'Bitte bestätigen Sie Ihr Konto: https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/konto.html',
      '<p>Bitte <a href="http://3405803889/konto/">bestätigen Sie Ihr Konto</a>.</p>'),
  msg('Faktura 11/2026', 'Faktura do pobrania: https://www.google.com/url?q=https%3A%2F%2Ffiles.sender.test%2FFaktura_11_2026.exe'),
  msg('Protokoll', 'Hallo Bob, das Protokoll liegt unter https://intranet.sender.test/protokolle/2026-12.pdf. Gruß, Anna'),
]
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=30)
for m in mails:
    s.send_message(m, from_addr='service@sender.test', to_addrs=['bob@example.com'])
    print('sent')
s.quit()
`;

const statusOf = (raw: Buffer): string => /X-Spam-Status: ([^\r\n]*)/.exec(raw.toString('utf8'))?.[1] ?? '';
const linkSymbols = (raw: Buffer): string[] => (/tests=(\S*)/.exec(statusOf(raw))?.[1] ?? '').split(',').filter((s) => s.startsWith('LINK_'));

describe('the shape of links through the gateway', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    sink = await startSink();
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, admin: { apiToken: TOKEN } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  test('a disguised IP address, an IPFS page and a program download are scored; an honest link is not', async () => {
    const { stdout } = await exec('python3', ['-c', SEND, String(gw.smtpPort)]);
    assert.equal(stdout.trim().split('\n').length, 3);
    const relayed = (subject: string) => {
      const m = sink.messages.find((x) => x.raw.toString('utf8').includes(subject));
      assert.ok(m, `relayed: ${subject}`);
      return m.raw;
    };
    assert.deepEqual(linkSymbols(relayed('Ihr Konto wurde gesperrt')).sort(), ['LINK_IPFS', 'LINK_IP_OBFUSCATED']);
    // the download behind Google's public redirector: the program, and the redirector hiding it
    assert.deepEqual(linkSymbols(relayed('Faktura 11/2026')).sort(), ['LINK_OPEN_REDIRECT', 'LINK_PROGRAM']);
    assert.deepEqual(linkSymbols(relayed('Protokoll')), []);
    // the message log is written just after the reply: wait for it
    const logged = async () => (await (await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?symbol=LINK_PROGRAM`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { items: Array<{ symbols: Array<{ name: string; detail?: string }> }> };
    const entries = await waitFor(async () => { const r = await logged(); return r.items.length ? r : null; }, 10000, 'the log entry');
    assert.deepEqual(entries.items.map((e) => e.symbols.find((s) => s.name === 'LINK_PROGRAM')?.detail), ['https://files.sender.test/Faktura_11_2026.exe']);
  });
});

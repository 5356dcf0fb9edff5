// The envelope sender's domain through the real gateway and a real DNS server (dnsmasq): a domain
// that does not exist, one with no mail host, one with a null MX, one that answers SERVFAIL, and
// honest ones (an MX, or only an address record).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { smtpSend } from './pipeline-client.ts';

let dns: DnsServer;
let sink: Sink;
let gw: Gateway;
let rulesDir: string;

before(async () => {
  rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-sender-'));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
  dns = await startDns({
    zones: {
      'senders.test': {
        mx: { 'shop': [{ host: 'mx.shop.senders.test', pref: 10 }], 'nomail': [{ host: '.', pref: 0 }] },
        a: { 'mx.shop': '192.0.2.25', 'bare': '192.0.2.26' },
        txt: { 'parked': 'v=spf1 -all' },
      },
    },
    servfail: ['broken.test'],
  });
  sink = await startSink();
  gw = await startGateway({ rulesDir, config: { backend: { host: '127.0.0.1', port: sink.port }, dns: { servers: [dns.server], timeoutMs: 2000 } } });
});

after(async () => {
  await gw?.cleanup();
  await sink?.stop();
  await dns?.stop();
  rmSync(rulesDir, { recursive: true, force: true });
});

/** The sender-domain symbols of a message from this envelope sender, as the X-Spam-Status the mail server sees. */
async function symbolsFor(mailFrom: string): Promise<string[]> {
  const subject = `from ${mailFrom}`;
  const r = await smtpSend({ port: gw.smtpPort, from: mailFrom, to: ['bob@example.com'], subject, body: 'Hello Bob, see you at the meeting on Tuesday.' });
  assert.match(r.final, /^250/, `${mailFrom}: ${r.final}`);
  const m = await waitFor(() => sink.messages.find((x) => x.data.toString().includes(`Subject: ${subject}`) || x.data.toString().includes(`Subject: [SPAM] ${subject}`)), 5000, 'delivery');
  const tests = /X-Spam-Status: .* tests=([^\r\n]*)/.exec(m.data.toString())?.[1] ?? '';
  return tests.split(',').filter((s) => s.startsWith('SENDER_'));
}

test('a sender domain that cannot receive mail is scored by what DNS says; honest domains and DNS failures are not', async () => {
  assert.deepEqual(await symbolsFor('info@shop.senders.test'), [], 'an MX');
  assert.deepEqual(await symbolsFor('info@bare.senders.test'), [], 'no MX, but an address: the implicit MX');
  assert.deepEqual(await symbolsFor('x@gone.senders.test'), ['SENDER_DOMAIN_UNKNOWN']);
  assert.deepEqual(await symbolsFor('x@parked.senders.test'), ['SENDER_NO_MAIL_HOST']);
  assert.deepEqual(await symbolsFor('x@nomail.senders.test'), ['SENDER_NULL_MX']);
  assert.deepEqual(await symbolsFor('x@mail.broken.test'), [], 'SERVFAIL scores nothing');
  assert.deepEqual(await symbolsFor(''), [], 'a bounce has no sender domain');
});

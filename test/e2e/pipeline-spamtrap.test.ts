// Spam traps through the real gateway: swaks and the loopback client (several source addresses)
// against a backend sink that knows only bob and carol and refuses everyone else at RCPT, with
// recipient verification on. The test opens the embedded store beside the gateway to read what
// the admins would see.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { smtpSend } from './pipeline-client.ts';

const exec = promisify(execFile);
const TOKEN = 'spam-trap-test-api-token';
const MAILBOXES = new Set(['bob@example.com', 'carol@example.com']);

let sink: Sink;
let gw: Gateway;
let store: Store;
let rulesDir: string;

/** One campaign, personalised per copy as spammers do. */
const campaign = (name: string, n: number): string => [
  `Dear ${name}, your parcel number ${n} could not be delivered because the customs fee of ${n % 97} EUR was not paid.`,
  `Please confirm your address and pay the fee within 48 hours at http://parcel-track.test/pay?id=${n} or the parcel`,
  'will be returned to the sender. We thank you for choosing our delivery service and wish you a pleasant day.',
].join('\r\n');

before(async () => {
  rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-trap-'));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
  const checks = readFileSync(join(rulesDir, 'checks.yaml'), 'utf8');
  writeFileSync(join(rulesDir, 'checks.yaml'), checks.replace(/^ {2}addresses: \[\]$/m, '  addresses: [old.sales@example.com, "@old-brand.example.com"]'));
  sink = await startSink({ replies: { rcpt: ({ arg }) => (MAILBOXES.has(arg.toLowerCase()) ? undefined : '550 5.1.1 User unknown') } });
  gw = await startGateway({
    rulesDir,
    config: {
      backend: { host: '127.0.0.1', port: sink.port },
      smtp: { localDomains: ['example.com', 'old-brand.example.com'], inbound: { verifyRecipients: true } },
      admin: { apiToken: TOKEN },
    },
  });
  store = await openStore(loadConfig({ env: {}, overrides: { dataDir: gw.dataDir } }), pino({ level: 'silent' }));
});

after(async () => {
  await store?.close();
  await gw?.cleanup();
  await sink?.stop();
  rmSync(rulesDir, { recursive: true, force: true });
});

const delivered = (subject: string) => sink.messages.find((m) => m.data.toString().includes(subject));
const spamStatus = (subject: string) => /^X-Spam-Status: .*$/m.exec(delivered(subject)!.data.toString())![0];
const asked = (address: string) => sink.commands.some((c) => c.toLowerCase().includes(address));

test('mail only to traps hears 250 from swaks, reaches nobody, is kept for the admins and learned as spam', async () => {
  const spamBefore = (await store.bayes.totals()).spam;
  const { stdout } = await exec('swaks', ['--server', '127.0.0.1', '--port', String(gw.smtpPort), '--local-interface', '127.0.0.2', '--timeout', '20',
    '--helo', 'bulk.sender.test', '--from', 'notice@parcel-track.test', '--to', 'old.sales@example.com,info@old-brand.example.com',
    '--header', 'Subject: Parcel 1 waiting', '--body', campaign('Anna', 101)]);
  assert.match(stdout, /<- {2}250 2\.0\.0 Ok: queued as \S+/);
  assert.ok(!asked('old.sales@example.com') && !asked('old-brand.example.com'), 'the mail server was not asked about the traps, at RCPT or after');
  assert.equal(delivered('Parcel 1 waiting'), undefined);
  const copies = await store.quarantine.list({ kind: 'rejected', text: 'Parcel 1 waiting', limit: 5, offset: 0 });
  assert.equal(copies.total, 1);
  assert.deepEqual(copies.items[0]!.recipients, ['old.sales@example.com', 'info@old-brand.example.com']);
  assert.ok(copies.items[0]!.symbols.some((s) => s.name === 'SPAMTRAP'));
  const logged = await waitFor(async () => (await store.txlog.search({ subject: 'Parcel 1 waiting', limit: 1, offset: 0 })).items[0], 5000, 'log entry');
  assert.equal(logged.action, 'reject');
  assert.match(logged.reply, /^250 2\.0\.0 Ok: queued as /);
  await waitFor(async () => (await store.bayes.totals()).spam > spamBefore, 5000, 'the trapped message learned as spam');
});

test("the trapping server's next message to a real user carries SPAMTRAP_IP; a copy from elsewhere SPAMTRAP_FUZZY", async () => {
  const next = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.2', from: 'someone@other.test', to: ['bob@example.com'], subject: 'Meeting notes', body: 'Hi Bob, the notes are attached. Regards' });
  assert.match(next.final, /^250/);
  await waitFor(() => delivered('Meeting notes'), 5000, 'delivery');
  assert.match(spamStatus('Meeting notes'), /tests=.*SPAMTRAP_IP/);
  assert.doesNotMatch(spamStatus('Meeting notes'), /SPAMTRAP_FUZZY/);

  const copy = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.3', from: 'notice@parcel-track.test', to: ['carol@example.com'], subject: 'Parcel 2 waiting', body: campaign('Sebastian', 202) });
  assert.match(copy.final, /^250/);
  await waitFor(() => delivered('Parcel 2 waiting'), 5000, 'delivery');
  assert.match(spamStatus('Parcel 2 waiting'), /tests=.*SPAMTRAP_FUZZY/);
  assert.doesNotMatch(spamStatus('Parcel 2 waiting'), /SPAMTRAP_IP/);
});

test('a trap among real recipients: 550 5.7.1 for the message, nothing delivered', async () => {
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.4', from: 'x@somewhere.test', to: ['bob@example.com', 'old.sales@example.com'], subject: 'Mixed 1', body: 'Hello there, a short note.' });
  assert.deepEqual(r.rcpt.map((x) => x.slice(0, 3)), ['250', '250']);
  assert.match(r.final, /^550 5\.7\.1/);
  assert.equal(delivered('Mixed 1'), undefined);
});

test('the admin changes the traps live over the API: a bad address is refused by name; the new trap catches, the old address is a mailbox question again', async () => {
  const rulesApi = (body: unknown): Promise<Response> => fetch(`http://127.0.0.1:${gw.webPort}/api/admin/rules`, {
    method: 'PATCH', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const bad = await rulesApi({ spamTraps: ['trap@elsewhere.test'] });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /spamTraps: \\"trap@elsewhere\.test\\" is not in smtp\.localDomains/);
  const ok = await rulesApi({ spamTraps: ['Harvest@example.com'] });
  assert.equal(ok.status, 200);
  const caught = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.5', from: 'x@harvester.test', to: ['harvest@example.com'], subject: 'Harvested 1', body: 'Cheap offers for you today only.' });
  assert.match(caught.final, /^250 2\.0\.0 Ok: queued as/);
  assert.ok(!asked('harvest@example.com'));
  const old = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.5', from: 'x@harvester.test', to: ['old.sales@example.com'], subject: 'Old 1' });
  assert.match(old.rcpt[0]!, /^550 5\.1\.1/);
});

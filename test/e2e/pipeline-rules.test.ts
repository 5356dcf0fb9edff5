// Rules hot reload and sender lists through the real gateway (embedded store, opened by the test
// alongside the gateway to add list entries, as the web UI would).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { smtpSend } from './pipeline-client.ts';

let sink: Sink;
let gw: Gateway;
let store: Store;
let rulesDir: string;
let actions: string;

before(async () => {
  rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-rules-'));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
  actions = readFileSync(join(rulesDir, 'actions.yaml'), 'utf8');
  sink = await startSink();
  gw = await startGateway({ rulesDir, config: { backend: { host: '127.0.0.1', port: sink.port } } });
  store = await openStore(loadConfig({ env: {}, overrides: { dataDir: gw.dataDir } }), pino({ level: 'silent' }));
});

after(async () => {
  await store?.close();
  await gw?.cleanup();
  await sink?.stop();
  rmSync(rulesDir, { recursive: true, force: true });
});

const subjects = () => sink.messages.map((m) => /^Subject: (.*)$/m.exec(m.data.toString())?.[1]);
const flagged = (subject: string) => sink.messages.find((m) => m.data.toString().includes(`Subject: ${subject}`) || m.data.toString().includes(`Subject: [SPAM] ${subject}`));

test('a user block rejects that recipient at RCPT with 550 5.7.1; the other recipients still get the message', async () => {
  await store.lists.add('carol@example.com', 'block', '@spammy.test');
  const r = await smtpSend({ port: gw.smtpPort, from: 'promo@spammy.test', to: ['carol@example.com', 'bob@example.com'], subject: 'block test' });
  assert.match(r.rcpt[0]!, /^550 5\.7\.1/);
  assert.match(r.rcpt[1]!, /^250/);
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => x.data.toString().includes('block test')), 5000, 'delivery');
  assert.deepEqual(m.rcptTo, ['bob@example.com']);
});

test('rules are reloaded on file change; a bad edit is refused and the old rules stay', async () => {
  const before = await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: 'reload 1' });
  assert.match(before.final, /^250/);
  await waitFor(() => flagged('reload 1'), 5000, 'delivery');
  assert.doesNotMatch(flagged('reload 1')!.data.toString(), /X-Spam-Flag: YES/);
  // everything is spam now: tag at -100
  writeFileSync(join(rulesDir, 'actions.yaml'), actions.replace(/^tag: .*$/m, 'tag: -100'));
  await waitFor(() => /rules reloaded/.test(gw.logs()), 5000, 'reload log line');
  await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: 'reload 2' });
  const tagged = await waitFor(() => flagged('reload 2'), 5000, 'delivery');
  assert.match(tagged.data.toString(), /X-Spam-Flag: YES/);
  assert.match(tagged.data.toString(), /Subject: \[SPAM\] reload 2/);
  assert.match(tagged.data.toString(), /X-Spam-Status: Yes, score=[-\d.]+ required=-100 /);
  // a broken edit: refused, logged, and tag stays at -100
  writeFileSync(join(rulesDir, 'actions.yaml'), actions.replace(/^tag: .*$/m, 'tag: [oops'));
  await waitFor(() => /rules change refused/.test(gw.logs()), 5000, 'refusal log line');
  await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: 'reload 3' });
  const still = await waitFor(() => flagged('reload 3'), 5000, 'delivery');
  assert.match(still.data.toString(), /X-Spam-Flag: YES/);
  assert.ok(subjects().length >= 3);
});

test("a user's allow-list delivers their copy even when the score says quarantine; the others' copies are held", async () => {
  writeFileSync(join(rulesDir, 'actions.yaml'), 'reject: 100\nquarantine: -100\ntag: -200\nsubjectPrefix: null\n');
  await waitFor(async () => {
    const subject = `probe ${Date.now()}`;
    const r = await smtpSend({ port: gw.smtpPort, from: 'friend@pal.test', to: ['probe@example.com'], subject });
    // the 250 comes only once the backend took it or it is held: so not in the sink = held
    return r.final.startsWith('250') && !sink.messages.some((m) => m.data.toString().includes(subject));
  }, 8000, 'quarantine threshold in force').catch((err: Error) => {
    throw new Error(`${err.message}\n${gw.logs().split('\n').filter((l) => /rules|verdict|transaction/.test(l)).slice(-6).join('\n')}`);
  });
  await store.lists.add('bob@example.com', 'allow', 'friend@pal.test');
  const r = await smtpSend({ port: gw.smtpPort, from: 'friend@pal.test', to: ['bob@example.com', 'dave@example.com'], subject: 'allow test' });
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => x.data.toString().includes('allow test')), 5000, 'delivery to bob');
  assert.deepEqual(m.rcptTo, ['bob@example.com']);
  const held = await waitFor(async () => (await store.quarantine.list({ kind: 'quarantine', text: 'allow test', limit: 10, offset: 0 })).items[0], 5000, 'held copy');
  assert.deepEqual(held.recipients, ['dave@example.com']);
});

test("the admin's own rules (custom-rules.yaml): a forced reject answers with the rule's reply, a weighted rule is named in X-Spam-Status, a bad pattern is refused and the old rules stay", async () => {
  writeFileSync(join(rulesDir, 'actions.yaml'), actions);
  writeFileSync(join(rulesDir, 'custom-rules.yaml'), `
NO_DISK_IMAGES:
  weight: 0
  force: reject
  reply: "554 5.7.1 Disk images are not accepted here: {detail}"
  attachment: '/\\.(iso|img)$/i'
INVOICE_WAVE:
  weight: 3.5
  subject: "/сч[её]т.{0,30}оплат/i"
  unless: { from: "@partner.test" }
`);
  const iso = Buffer.from('MZ fake disk image').toString('base64');
  const mime = (name: string) => ({
    headers: ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"'],
    body: `--B\r\nContent-Type: text/plain\r\n\r\nthe scan\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${iso}\r\n--B--`,
  });
  const refused = await waitFor(async () => {
    const r = await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: `scan ${Date.now()}`, ...mime('Scan_0042.ISO') });
    return r.final.startsWith('554') ? r : null;
  }, 8000, 'custom rule in force');
  assert.equal(refused.final, '554 5.7.1 Disk images are not accepted here: attachment: "Scan_0042.ISO"');
  const pdf = await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: 'scan as pdf', ...mime('Scan_0042.pdf') });
  assert.match(pdf.final, /^250/);

  const subject = `=?utf-8?B?${Buffer.from('Ваш счёт на оплату').toString('base64')}?=`;
  await smtpSend({ port: gw.smtpPort, from: 'buh@wave.test', to: ['bob@example.com'], subject });
  await smtpSend({ port: gw.smtpPort, from: 'buh@partner.test', to: ['carol@example.com'], subject });
  const wave = await waitFor(() => sink.messages.find((m) => m.rcptTo.includes('bob@example.com') && m.data.toString().includes(subject)), 5000, 'the wave message');
  assert.match(wave.data.toString(), /X-Spam-Status: \w+, score=[\d.]+ required=[\d.]+ tests=[A-Z_,]*INVOICE_WAVE/);
  const partner = await waitFor(() => sink.messages.find((m) => m.rcptTo.includes('carol@example.com') && m.data.toString().includes(subject)), 5000, "the partner's message");
  assert.doesNotMatch(partner.data.toString(), /INVOICE_WAVE/);

  // a pattern RE2 cannot compile: refused with its key, and the rules in force stay
  const refusals = gw.logs().match(/rules change refused/g)?.length ?? 0;
  writeFileSync(join(rulesDir, 'custom-rules.yaml'), `NO_DISK_IMAGES:\n  weight: 0\n  force: reject\n  attachment: '/(?<=x)\\.iso/'\n`);
  await waitFor(() => (gw.logs().match(/rules change refused/g)?.length ?? 0) > refusals, 5000, 'refusal log line');
  assert.match(gw.logs(), /custom-rules\.yaml: NO_DISK_IMAGES\.attachment\.0: lookbehind \(\?<= \(\?<! is not supported/);
  const still = await smtpSend({ port: gw.smtpPort, to: ['bob@example.com'], subject: 'scan again', ...mime('again.img') });
  assert.match(still.final, /^554 5\.7\.1 Disk images are not accepted here/);
});

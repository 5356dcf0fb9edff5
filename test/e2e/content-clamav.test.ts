// ClamAV end to end: the real gateway process, a real clamd with the test signatures, a sink as
// the backend. A virus is refused with 554 5.7.1 naming it; a clamd that is down never lets mail
// through as clean: 451 with onError=tempfail, accepted with CLAMAV_UNSCANNED with onError=accept.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EICAR, startClamd, testProgram, type Clamd } from '../helpers/clamd.ts';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { freePort, waitFor } from '../helpers/ports.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';
import { sevenZipArchive, zipArchive } from '../helpers/zip.ts';

function message(subject: string, attachment: Buffer | null, o: { name?: string; text?: string } = {}): string {
  const head = `From: Sender <sender@sender.test>\r\nTo: bob@example.com\r\nSubject: ${subject}\r\nMessage-ID: <${Math.random().toString(36).slice(2)}@sender.test>\r\nMIME-Version: 1.0\r\n`;
  if (!attachment) return `${head}Content-Type: text/plain\r\n\r\nJust a normal note about lunch.\r\n`;
  return `${head}Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${o.text ?? 'See attachment.'}\r\n--B\r\nContent-Type: application/octet-stream; name="${o.name ?? 'file.com'}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--B--\r\n`;
}

/** one SMTP transaction; returns the reply to the end of DATA */
async function send(port: number, raw: string): Promise<{ code: number; text: string }> {
  const c = await rawSmtp(port);
  try {
    assert.equal((await c.read()).code, 220);
    assert.equal((await c.cmd('EHLO client.sender.test')).code, 250);
    assert.equal((await c.cmd('MAIL FROM:<sender@sender.test>')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write(raw.replace(/^\./gm, '..') + '.\r\n');
    const r = await c.read(60000);
    await c.cmd('QUIT').catch(() => undefined);
    return { code: r.code, text: r.text };
  } finally {
    c.close();
  }
}

describe('clamav through SMTP', () => {
  let clamd: Clamd;
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    [clamd, sink] = await Promise.all([startClamd(), startSink()]);
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, clamav: { enabled: true, host: clamd.host, port: clamd.port, onError: 'tempfail', timeoutMs: 20000 } } });
  });
  after(async () => {
    await gw?.cleanup();
    await Promise.all([sink?.stop(), clamd?.stop()]);
  });

  test('EICAR attachment → 554 5.7.1 with the virus name; nothing reaches the backend', async () => {
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('virus inside', EICAR));
    assert.equal(r.code, 554, r.text);
    assert.match(r.text, /^554 5\.7\.1 .*Eicar-Test-Signature/);
    assert.equal(sink.messages.length, before);
    // the log line travels through the child's stdout pipe: it may arrive just after the reply
    await waitFor(() => /virus found/.test(gw.logs()), 10000, 'the virus log line');
  });

  test('a virus in a locked ZIP whose password the text gives → 554 naming it and where it was; without the password clamd cannot see it', async () => {
    const locked = zipArchive([['Faktura.txt', EICAR]], { password: 'Fv2026' });
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('Faktura', locked, { name: 'Faktura.zip', text: 'Dzień dobry, w załączniku faktura. Hasło: Fv2026' }));
    assert.equal(r.code, 554, r.text);
    assert.match(r.text, /^554 5\.7\.1 Virus found: Eicar-Test-Signature\S* in Faktura\.zip > Faktura\.txt/);
    assert.equal(sink.messages.length, before);
    // the same archive with the password sent some other way: locked to every scanner, scored as such
    const shut = await send(gw.smtpPort, message('Faktura bez hasła', locked, { name: 'Faktura.zip', text: 'Hasło podam telefonicznie.' }));
    assert.equal(shut.code, 250, shut.text);
    assert.match(sink.messages.at(-1)!.raw.toString(), /X-Spam-Status: .*tests=[^\r\n]*ATTACH_ENCRYPTED_ARCHIVE/);
    assert.doesNotMatch(sink.messages.at(-1)!.raw.toString(), /CLAMAV/);
  });

  test('a virus in a 7-Zip archive with encrypted names, password in the text → 554 naming it and where it was', async () => {
    const locked = sevenZipArchive([['Rechnung.txt', EICAR]], { password: 'Re-4471', encryptNames: true });
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('Rechnung', locked, { name: 'Rechnung.7z', text: 'Guten Tag, anbei die Rechnung. Das Passwort lautet: Re-4471' }));
    assert.equal(r.code, 554, r.text);
    assert.match(r.text, /^554 5\.7\.1 Virus found: Eicar-Test-Signature\S* in Rechnung\.7z > Rechnung\.txt/);
    assert.equal(sink.messages.length, before);
  });

  test('a program in a locked 7-Zip archive, packed through 7-Zip\'s x86 filters (BCJ; BCJ2 at -mx=9) → unfiltered and found', async () => {
    for (const level of [5, 9]) {
      const locked = sevenZipArchive([['Rechnung.exe', testProgram()]], { password: 'Re-4471', level });
      const before = sink.messages.length;
      const r = await send(gw.smtpPort, message('Rechnung', locked, { name: 'Rechnung.7z', text: 'Guten Tag, anbei die Rechnung. Das Passwort lautet: Re-4471' }));
      assert.equal(r.code, 554, `-mx=${level}: ${r.text}`);
      assert.match(r.text, /^554 5\.7\.1 Virus found: Mailmoat-Test-Program\S* in Rechnung\.7z > Rechnung\.exe/, `-mx=${level}`);
      assert.equal(sink.messages.length, before);
    }
  });

  test('a clean message is relayed', async () => {
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('clean', null));
    assert.equal(r.code, 250, r.text);
    assert.equal(sink.messages.length, before + 1);
    assert.doesNotMatch(sink.messages.at(-1)!.raw.toString(), /CLAMAV/);
  });

  test('a clamd with only local signatures (no freshclam database) is named in /healthz and the log, without making the gateway "not ready"', async () => {
    // the test clamd loads only test/fixtures' signatures: its VERSION names no daily database
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/healthz`);
    assert.equal(res.status, 200);
    const { components } = (await res.json()) as { components: Record<string, { ok: boolean; detail: string }> };
    assert.equal(components.clamd?.ok, true);
    assert.equal(components['clamav-signatures']?.ok, false);
    assert.match(components['clamav-signatures']!.detail, /^ClamAV \d+\.\d+\.\d+ has no official signature database loaded, only local signatures: run freshclam/);
    await waitFor(() => /CLAMAV SIGNATURES OUT OF DATE: ClamAV [\d.]+ has no official/.test(gw.logs()), 10000, 'the warning in the log');
    const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
    assert.match(metrics, /mailmoat_component_up\{component="clamav-signatures"\} 0/);
  });
});

describe('clamd down', () => {
  let sink: Sink;
  const gateways: Gateway[] = [];
  before(async () => { sink = await startSink(); });
  after(async () => {
    for (const g of gateways) await g.cleanup();
    await sink?.stop();
  });

  test('onError tempfail → 451 4.3.0, the message is not relayed', async () => {
    const dead = await freePort();
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, clamav: { enabled: true, port: dead, onError: 'tempfail', timeoutMs: 2000 } } });
    gateways.push(gw);
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('scanner down', null));
    assert.equal(r.code, 451, r.text);
    assert.match(r.text, /^451 4\.3\.0/);
    assert.equal(sink.messages.length, before);
  });

  test('onError accept → relayed with CLAMAV_UNSCANNED in X-Spam-Status', async () => {
    const dead = await freePort();
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, clamav: { enabled: true, port: dead, onError: 'accept', timeoutMs: 2000 } } });
    gateways.push(gw);
    const before = sink.messages.length;
    const r = await send(gw.smtpPort, message('scanner down, accept', null));
    assert.equal(r.code, 250, r.text);
    assert.equal(sink.messages.length, before + 1);
    assert.match(sink.messages.at(-1)!.raw.toString(), /X-Spam-Status: .*tests=[^\r\n]*CLAMAV_UNSCANNED/);
  });

  test('enabled: auto without clamd → loud warning, mail still flows unscanned', async () => {
    const dead = await freePort();
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, clamav: { enabled: 'auto', port: dead, timeoutMs: 2000 } } });
    gateways.push(gw);
    const r = await send(gw.smtpPort, message('auto mode', null));
    assert.equal(r.code, 250, r.text);
    await waitFor(() => /CLAMAV NOT AVAILABLE/.test(gw.logs()), 10000, 'the loud warning');
  });
});

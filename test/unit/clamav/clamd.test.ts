// Against a real clamd with the shipped test signatures: EICAR is found raw, base64,
// quoted-printable, zipped and inside a nested message/rfc822; clean mail is clean.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ClamdClient } from '../../../src/clamav/client.ts';
import { clamdClient, probeClamav, resetClamavState } from '../../../src/clamav/index.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { EICAR, startClamd, type Clamd } from '../../helpers/clamd.ts';
import { freePort } from '../../helpers/ports.ts';
import { sevenZipArchive, zipArchive } from '../../helpers/zip.ts';
import { clamavCheck, clamavOptionsSchema } from '../../../src/pipeline/checks/clamav.ts';
import { fakeStore } from '../pipeline/fake-store.ts';
import { dataContext, quietLog } from '../pipeline/util.ts';

function qp(b: Buffer): string {
  return [...b].map((c) => (c >= 33 && c <= 126 && c !== 61 ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

function mime(parts: string[]): Buffer {
  const head = 'From: sender@example.net\r\nTo: user@example.com\r\nSubject: test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="BOUNDARY"\r\n\r\n';
  return Buffer.from(head + parts.map((p) => `--BOUNDARY\r\n${p}\r\n`).join('') + '--BOUNDARY--\r\n', 'latin1');
}
const textPart = 'Content-Type: text/plain; charset=us-ascii\r\n\r\nPlease see the attachment.';

const EICAR_MESSAGES = {
  raw: (): Buffer => EICAR,
  base64: (): Buffer => mime([textPart, `Content-Type: application/octet-stream; name="eicar.com"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="eicar.com"\r\n\r\n${EICAR.toString('base64')}`]),
  'quoted-printable': (): Buffer => mime([textPart, `Content-Type: text/plain; name="eicar.txt"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Disposition: attachment; filename="eicar.txt"\r\n\r\n${qp(EICAR)}`]),
  zipped: (): Buffer => mime([textPart, `Content-Type: application/zip; name="eicar.zip"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="eicar.zip"\r\n\r\n${zipArchive([['eicar.com', EICAR]]).toString('base64').replace(/.{76}/g, '$&\r\n')}`]),
  'nested message/rfc822': (): Buffer => mime([textPart, `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fwd.eml"\r\n\r\n${mime([textPart, `Content-Type: application/octet-stream; name="eicar.com"\r\nContent-Transfer-Encoding: base64\r\n\r\n${EICAR.toString('base64')}`]).toString('latin1')}`]),
};

describe('real clamd with the test signature database', () => {
  let clamd: Clamd;
  let client: ClamdClient;
  before(async () => {
    clamd = await startClamd();
    client = new ClamdClient({ host: clamd.host, port: clamd.port, timeoutMs: 20000 });
  });
  after(async () => { await clamd?.stop(); });

  test('answers PING', async () => {
    assert.equal(await client.ping(), true);
  });

  for (const [name, make] of Object.entries(EICAR_MESSAGES)) {
    test(`EICAR ${name} is found`, async () => {
      const r = await client.scan(make());
      assert.equal(r.status, 'infected', JSON.stringify(r));
      assert.match((r as { virus: string }).virus, /^Eicar-Test-Signature/);
    });
  }

  test('a clean message is clean', async () => {
    assert.deepEqual(await client.scan(mime([textPart, 'Content-Type: text/plain\r\n\r\nnothing to see here'])), { status: 'clean' });
  });

  test('parallel scans through the connection limit all complete', async () => {
    const small = new ClamdClient({ host: clamd.host, port: clamd.port, timeoutMs: 20000, maxConnections: 2 });
    const results = await Promise.all([EICAR, Buffer.from('clean'), EICAR, Buffer.from('also clean')].map((b) => small.scan(b)));
    assert.deepEqual(results.map((r) => r.status), ['infected', 'clean', 'infected', 'clean']);
  });

  test('"limits exceeded" heuristics (AlertExceedsMax) count as infected', async () => {
    const strict = await startClamd({ extraConfig: ['MaxFileSize 1K', 'MaxScanSize 1K', 'AlertExceedsMax yes'] });
    try {
      const r = await new ClamdClient({ host: strict.host, port: strict.port, timeoutMs: 20000 }).scan(Buffer.alloc(5000, 'y'));
      assert.equal(r.status, 'infected', JSON.stringify(r));
      assert.match((r as { virus: string }).virus, /^Heuristics\.Limits\.Exceeded/);
    } finally {
      await strict.stop();
    }
  });

  test('the check: what a locked ZIP or 7-Zip archive holds is scanned once the text gives its password, and the virus is named with where it was', async () => {
    resetClamavState();
    const config = loadConfig({ env: {}, overrides: { 'clamav.host': clamd.host, 'clamav.port': clamd.port, 'clamav.enabled': true } });
    let locked = zipArchive([['Rechnung.pdf', '%PDF-1.4 harmless'], ['Rechnung.txt', EICAR]], { password: 'Re2026' });
    let name = 'Rechnung.zip';
    const message = (text: string): Buffer => mime([`Content-Type: text/plain; charset=utf-8\r\n\r\n${text}`,
      `Content-Type: application/octet-stream; name="${name}"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\n${locked.toString('base64').replace(/.{76}/g, '$&\r\n')}`]);
    const run = async (text: string) => clamavCheck.run(await dataContext(message(text)), {
      options: clamavOptionsSchema.parse({}), config, store: fakeStore(), log: quietLog, signal: new AbortController().signal,
    });
    try {
      // clamd alone cannot look inside: the message as such is clean to it
      assert.deepEqual(await client.scan(message('Anbei die Rechnung. Das Passwort lautet: Re2026')), { status: 'clean' });
      const [hit, ...more] = await run('Anbei die Rechnung. Das Passwort lautet: Re2026');
      assert.equal(hit?.symbol, 'CLAMAV_VIRUS');
      assert.match(hit.detail ?? '', /^Eicar-Test-Signature\S* in Rechnung\.zip > Rechnung\.txt$/);
      assert.deepEqual(more, []);
      // no password in the text (or a wrong one): nothing opened, nothing more to scan
      assert.deepEqual(await run('Anbei die Rechnung. Das Passwort kommt per Telefon.'), []);
      assert.deepEqual(await run('Anbei die Rechnung. Passwort: Re2025'), []);
      // the same with WinZip AES, as WinZip and 7-Zip's -mem=AES256 lock it
      locked = sevenZipArchive([['Rechnung.txt', EICAR]], { password: 'Re2026', zipEncryption: 'AES256' });
      assert.deepEqual(await client.scan(message('Das Passwort lautet: Re2026')), { status: 'clean' });
      assert.match((await run('Das Passwort lautet: Re2026'))[0]?.detail ?? '', /^Eicar-Test-Signature\S* in Rechnung\.zip > Rechnung\.txt$/);
      // and a 7-Zip archive with its names encrypted too (7-Zip's AES-256, -mhe)
      locked = sevenZipArchive([['Rechnung.txt', EICAR]], { password: 'Re2026', encryptNames: true });
      name = 'Rechnung.7z';
      assert.deepEqual(await client.scan(message('Password: Re2026')), { status: 'clean' });
      assert.match((await run('Password: Re2026'))[0]?.detail ?? '', /^Eicar-Test-Signature\S* in Rechnung\.7z > Rechnung\.txt$/);
      assert.deepEqual(await run('Password: Re2025'), []);
    } finally {
      resetClamavState();
    }
  });

  test('over clamd\'s StreamMaxLength is an error, never clean', async () => {
    const tiny = await startClamd({ streamMaxLength: '1K' });
    try {
      const r = await new ClamdClient({ host: tiny.host, port: tiny.port, timeoutMs: 20000 }).scan(Buffer.alloc(200_000, 'x'));
      assert.equal(r.status, 'error', JSON.stringify(r));
    } finally {
      await tiny.stop();
    }
  });
});

describe('clamd on a local socket only (the Debian/Ubuntu default)', () => {
  test('the default loopback address does not answer, the probe finds the local socket and scanning goes through it', async () => {
    const socket = join(tmpdir(), `mm-clamd-${process.pid}.ctl`);
    const clamd = await startClamd({ extraConfig: [`LocalSocket ${socket}`] });
    resetClamavState();
    try {
      const lines: string[] = [];
      const log = createLogger({ log: { level: 'info', pretty: false } }, { write: (l: string) => { lines.push(l); } });
      // nothing listens on this TCP port: as with the shipped default 127.0.0.1:3310 on a Debian host
      const config = loadConfig({ env: {}, overrides: { 'clamav.port': await freePort(), 'clamav.enabled': true } });
      const st = await probeClamav(config, log, true, ['/nonexistent/clamd.ctl', socket]);
      assert.equal(st.reachable, true, st.detail);
      assert.equal(clamdClient(config).target, socket);
      assert.equal((await clamdClient(config).scan(EICAR)).status, 'infected');
      assert.ok(lines.some((l) => l.includes(`on its local socket ${socket}`) && l.includes(`clamav.socket: ${socket}`)), lines.join(''));

      // an explicit remote host is never swapped for a local socket
      resetClamavState();
      const remote = loadConfig({ env: {}, overrides: { 'clamav.host': '192.0.2.1', 'clamav.timeoutMs': 500, 'clamav.enabled': true } });
      const down = await probeClamav(remote, log, true, [socket]);
      assert.equal(down.reachable, false);
      assert.equal(clamdClient(remote).target, '192.0.2.1:3310');
    } finally {
      resetClamavState();
      await clamd.stop();
      rmSync(socket, { force: true });
    }
  });
});

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { collectMessage, dotStuff, MemoryBudget, editHeaders, headerValue, inspectLineEndings, isClean, normalizeLineEndings, receivedHeader } from '../../../src/smtp/message.ts';
import { decodeWords as decodeMimeWords } from '../../../src/mail/mime-words.ts';

const b = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('line endings', () => {
  test('clean CRLF text has no findings', () => {
    assert.ok(isClean(inspectLineEndings(b('a\r\nb\r\n'))));
  });
  test('bare LF, bare CR and NUL are counted', () => {
    assert.deepEqual(inspectLineEndings(b('a\nb\rc\x00d\r\n\r')), { bareLf: 1, bareCr: 2, nul: 1 });
  });
  test('normalisation turns every bare CR/LF into CRLF, drops NUL and ends with CRLF', () => {
    assert.equal(normalizeLineEndings(b('a\nb\rc\r\nd\x00e\n.\n')).toString('latin1'), 'a\r\nb\r\nc\r\nde\r\n.\r\n');
    assert.equal(normalizeLineEndings(b('x')).toString('latin1'), 'x\r\n');
    assert.equal(normalizeLineEndings(b('\r\r\n')).toString('latin1'), '\r\n\r\n');
  });
  test('after normalisation and stuffing no lone dot line can appear', () => {
    for (const v of ['\n.\n', '\r.\r', '\n.\r\n', '\r\n.\n', '\r\n\x00.\r\n', '\r\n.\r']) {
      const wire = dotStuff(normalizeLineEndings(b(`x${v}y\r\n`))).toString('latin1');
      assert.ok(!wire.includes('\r\n.\r\n') && !wire.startsWith('.\r\n'), JSON.stringify(v));
    }
  });
});

describe('dot-stuffing', () => {
  test('adds a dot to every line starting with a dot, including the first', () => {
    assert.equal(dotStuff(b('.a\r\nb\r\n..c\r\n.\r\n')).toString('latin1'), '..a\r\nb\r\n...c\r\n..\r\n');
  });
  test('returns the same bytes when nothing needs stuffing', () => {
    const x = b('no dots\r\nhere.\r\n');
    assert.equal(dotStuff(x), x);
  });
  test('adds a final CRLF when missing', () => {
    assert.equal(dotStuff(b('a')).toString('latin1'), 'a\r\n');
  });
});

describe('header edits', () => {
  const msg = b('From: a@b.test\r\nSubject: hello\r\n  world\r\nX-Spam-Status: Yes, forged\r\nX-Spam-Score: -100\r\n\r\nbody\r\nX-Spam-Score: in body stays\r\n');
  test('prepends our headers, removes forged copies, leaves the body alone', () => {
    const out = editHeaders(msg, { prepend: ['Received: from x', 'X-Spam-Score: 1'], subjectPrefix: null }).toString('latin1');
    assert.equal(out, 'Received: from x\r\nX-Spam-Score: 1\r\nFrom: a@b.test\r\nSubject: hello\r\n  world\r\n\r\nbody\r\nX-Spam-Score: in body stays\r\n');
  });
  test('subject prefix goes in front of a folded subject once', () => {
    const out = editHeaders(msg, { prepend: [], subjectPrefix: '[SPAM]' }).toString('latin1');
    assert.match(out, /\r\nSubject: \[SPAM\] hello\r\n {2}world\r\n/);
    const twice = editHeaders(b(out), { prepend: [], subjectPrefix: '[SPAM]' }).toString('latin1');
    assert.equal((twice.match(/\[SPAM\]/g) ?? []).length, 1);
  });
  test('a message without a Subject gets one with the prefix', () => {
    const out = editHeaders(b('From: a@b\r\n\r\nx\r\n'), { prepend: [], subjectPrefix: '[SPAM]' }).toString('latin1');
    assert.equal(out, 'From: a@b\r\nSubject: [SPAM]\r\n\r\nx\r\n');
  });
  test('a message that is all headers keeps working', () => {
    assert.equal(editHeaders(b('Subject: x\r\n'), { prepend: ['A: 1'], subjectPrefix: null }).toString('latin1'), 'A: 1\r\nSubject: x\r\n');
  });
  test('headerValue unfolds', () => {
    assert.equal(headerValue(msg, 'subject'), 'hello world');
    assert.equal(headerValue(msg, 'to'), '');
  });
});

describe('Received header', () => {
  test('sanitises client-supplied names so they cannot add header lines', () => {
    const h = receivedHeader({ helo: 'evil\r\nX-Injected: 1', clientHostname: null, clientIp: '192.0.2.1', byHost: 'mx.test', tls: true, esmtp: true, id: 'abc', forRecipient: 'u@example.com' }, new Date(0));
    assert.ok(!/\r\nX-Injected/.test(h));
    assert.match(h, /^Received: from evilX-Injected:1 \(\[192\.0\.2\.1\]\)\r\n\tby mx\.test \(mailmoat\) with ESMTPS id abc\r\n\tfor <u@example\.com>;\r\n\tThu, 01 Jan 1970 00:00:00 \+0000$/);
  });
  test('IPv6 clients are written as IPv6 literals', () => {
    assert.match(receivedHeader({ helo: 'h', clientHostname: 'host.test', clientIp: '2001:db8::1', byHost: 'mx', tls: false, esmtp: false, id: 'i', forRecipient: null }), /from h \(host\.test \[IPv6:2001:db8::1\]\)[\s\S]*with SMTP id i;/);
  });
});

describe('collectMessage', () => {
  test('keeps the message under the limit', async () => {
    const s = new PassThrough();
    const p = collectMessage(s, 100);
    s.end(b('hello\r\n'));
    assert.deepEqual(await p, { raw: b('hello\r\n'), size: 7, sizeExceeded: false, overBudget: false });
  });
  test('drops everything past the limit but keeps counting', async () => {
    const s = new PassThrough();
    const p = collectMessage(s, 10);
    s.write(b('12345678'));
    s.write(b('12345678'));
    s.end(b('x'));
    assert.deepEqual(await p, { raw: null, size: 17, sizeExceeded: true, overBudget: false });
  });

  test('the shared budget caps all sessions together and is given back', async () => {
    const budget = new MemoryBudget(10);
    const a = new PassThrough();
    const c = new PassThrough();
    const pa = collectMessage(a, 100, budget);
    const pc = collectMessage(c, 100, budget);
    a.write(b('123456'));
    c.write(b('123456'));
    a.end();
    c.end();
    const [ra, rc] = await Promise.all([pa, pc]);
    assert.equal(ra.raw?.toString(), '123456');
    assert.deepEqual([rc.raw, rc.overBudget], [null, true]);
    assert.equal(budget.used, 0);
  });
});

describe('encoded words', () => {
  test('decodes B and Q words in legacy charsets', () => {
    assert.equal(decodeMimeWords('=?UTF-8?B?R3LDvMOfZQ==?= and =?iso-8859-1?Q?caf=E9_au_lait?='), 'Grüße and café au lait');
    assert.equal(decodeMimeWords('=?koi8-r?B?8NLJ18XU?='), 'Привет');
    assert.equal(decodeMimeWords('=?utf-8?q?a?= =?utf-8?q?b?='), 'ab');
  });
});

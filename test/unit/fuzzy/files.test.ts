// File fingerprints for mail with too little text: which files count, what a report blocks, and
// FUZZY_BLOCKED for an image spam whose picture an admin blocked (a real embedded store).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { blockMessageFingerprint, unblockMessageFingerprint } from '../../../src/fuzzy/block.ts';
import { fileFingerprints, messageFingerprints } from '../../../src/fuzzy/files.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { bulkCheck, bulkOptionsSchema } from '../../../src/pipeline/checks/bulk.ts';
import type { DataContext, ParsedMessage } from '../../../src/pipeline/types.ts';
import { openStore } from '../../../src/store/index.ts';
import { authResults, session } from '../pipeline/util.ts';

/** the head of a PNG of this size (all the size reader needs) and some bytes that make it this picture */
function png(width: number, height: number, body: string): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.from(body.repeat(50))]);
}
type Part = ParsedMessage['attachments'][number];
const part = (filename: string | null, mimeType: string, content: Buffer): Part => ({ filename, mimeType, size: content.length, content });

const SPAM_PICTURE = png(600, 400, 'cheap pills ');
const LONG_TEXT = 'our new spring collection has arrived in all stores and online, with free delivery on every order this week. See the whole collection on our website and find your favourite pieces today.';

describe('file fingerprints', () => {
  test('pictures of 100 px a side or more and files of 2 KB or more, each once; no decoration, signatures or invitations', () => {
    const files = fileFingerprints({
      attachments: [
        part('offer.png', 'image/png', SPAM_PICTURE),
        part('copy.png', 'image/png', SPAM_PICTURE),
        part('logo.png', 'image/png', png(300, 60, 'logo ')),
        part(null, 'image/gif', png(1, 1, 'p')),
        part('Rechnung.zip', 'application/zip', Buffer.alloc(4096, 7)),
        part('note.txt', 'text/plain', Buffer.from('short')),
        part('smime.p7s', 'application/pkcs7-signature', Buffer.alloc(4096, 1)),
        part('invite.ics', 'text/calendar', Buffer.alloc(4096, 2)),
      ],
    });
    assert.deepEqual(files.map((f) => f.name), ['offer.png', 'Rechnung.zip']);
    assert.match(files[0]!.hash, /^file:[0-9a-f]{32}$/);
    assert.notEqual(files[0]!.hash, files[1]!.hash);
    // the same bytes under another name are the same file
    assert.equal(fileFingerprints({ attachments: [part('other-name.png', 'image/png', SPAM_PICTURE)] })[0]!.hash, files[0]!.hash);
  });

  test('a report blocks the text when there is enough of it, else the files', async () => {
    const withText = { headers: [], subject: 'Spring', from: 'news@shop.test', text: LONG_TEXT, html: null, attachments: [part('banner.png', 'image/png', SPAM_PICTURE)] };
    assert.deepEqual(messageFingerprints(withText).files, [], 'a newsletter\'s banner is never blocked');
    assert.ok(messageFingerprints(withText).hashes.every((h) => !h.startsWith('file:')));
    const short = messageFingerprints({ ...withText, text: 'See below.' });
    assert.deepEqual(short.hashes, fileFingerprints(withText).map((f) => f.hash));
    assert.deepEqual(short.files.map((f) => f.name), ['banner.png']);
  });
});

describe('FUZZY_BLOCKED for an image spam (real embedded store)', () => {
  const imageSpam = (to: string, greeting: string) => Buffer.from([
    'From: Pharmacy <offers@pills.test>', `To: ${to}`, 'Subject: =?utf-8?B?8J+SiiBTYWxl?=', 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="R"', '',
    '--R', 'Content-Type: text/html; charset=utf-8', '', `<p>${greeting}</p><img src="cid:offer@x">`,
    '--R', 'Content-Type: image/png', 'Content-ID: <offer@x>', 'Content-Transfer-Encoding: base64', '', SPAM_PICTURE.toString('base64'), '--R--', '',
  ].join('\r\n'));

  test('after an admin reported one copy, the next copy to someone else is blocked; unblocking undoes it; a long text with the picture is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-files-'));
    const store = await openStore(loadConfig({ env: {}, overrides: { dataDir: dir } }), pino({ level: 'silent' }));
    const run = async (raw: Buffer) => {
      const view = await parseMessage(raw);
      const ctx: DataContext = { session: session(), envelope: { mailFrom: 'offers@pills.test', recipients: ['carol@example.com'] }, raw, parsed: async () => view, auth: async () => authResults() };
      return bulkCheck.run(ctx, { options: bulkOptionsSchema.parse({}), config: loadConfig({ env: {} }), store, log: pino({ level: 'silent' }), signal: new AbortController().signal });
    };
    try {
      assert.deepEqual(await run(imageSpam('bob@example.com', 'Hi Bob')), []);
      const blocked = await blockMessageFingerprint(store, imageSpam('bob@example.com', 'Hi Bob'), 'reported by admin: "Sale"');
      assert.equal(blocked.length, 1, 'the picture, as the text is too short');
      assert.deepEqual(await run(imageSpam('carol@example.com', 'Dear Carol, today only')), [
        { symbol: 'FUZZY_BLOCKED', detail: 'the file image/png of a message reported as spam' },
      ]);
      const long = imageSpam('carol@example.com', LONG_TEXT);
      assert.ok(!(await run(long)).some((h) => h.symbol === 'FUZZY_BLOCKED'), 'a message with text is judged by its text');
      await unblockMessageFingerprint(store, imageSpam('bob@example.com', 'Hi Bob'));
      assert.deepEqual(await run(imageSpam('dave@example.com', 'Hi Dave')), []);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

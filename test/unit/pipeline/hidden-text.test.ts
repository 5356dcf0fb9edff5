// The hidden-text check: HIDDEN_TEXT for more hidden HTML text than a preview line,
// INVISIBLE_WORD_SPLIT for words split by characters or fragments that print as nothing, and
// HTML_IMAGE_ONLY for a picture from the web with next to no text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hiddenTextCheck, hiddenTextOptionsSchema, unseenShare } from '../../../src/pipeline/checks/hidden-text.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig({ 'smtp.localDomains': ['example.com'] });

async function run(body: { html?: string; text?: string; subject?: string; from?: string }, o: { trusted?: boolean; options?: object } = {}) {
  const parts = [
    body.text !== undefined ? `--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.text}\r\n` : '',
    body.html !== undefined ? `--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body.html}\r\n` : '',
  ].join('');
  const raw = Buffer.from(`From: ${body.from ?? 'Shop <news@shop.test>'}\r\nSubject: =?utf-8?B?${Buffer.from(body.subject ?? 'News').toString('base64')}?=\r\nMIME-Version: 1.0\r\n`
    + `Content-Type: multipart/alternative; boundary="B"\r\n\r\n${parts}--B--\r\n`);
  const ctx = await dataContext(raw, { trusted: o.trusted, mailFrom: 'news@shop.test' });
  const store = undefined as unknown as Parameters<typeof hiddenTextCheck.run>[1]['store']; // the check keeps nothing
  return hiddenTextCheck.run(ctx, { options: hiddenTextOptionsSchema.parse(o.options ?? {}), config, store, log: quietLog, signal: new AbortController().signal });
}

const poison = 'the meeting agenda for tuesday is attached please review the quarterly figures and send comments '.repeat(8);
const preview = 'Our winter sale starts today: 30% off all jackets and boots, this week only';
const newsletter = (hiddenBlock: string): string => `<html><head><style>.preheader{display:none!important;max-height:0;overflow:hidden}</style></head>`
  + `<body><div class="preheader">${hiddenBlock}${'&zwnj;&nbsp;'.repeat(80)}</div><h1>Winter sale</h1><p>Jackets and boots, 30% off.</p></body></html>`;

describe('hidden-text check', () => {
  it('a newsletter\'s hidden preview line does not count; poison words in white on white or display:none do, growing with their length', async () => {
    assert.deepEqual(await run({ html: newsletter(preview) }), []);
    const [white] = await run({ html: `<body bgcolor="#ffffff"><p>Cheap meds online, click here</p><font color="#FFFFFF">${poison}</font></body>` });
    assert.equal(white!.symbol, 'HIDDEN_TEXT');
    assert.equal(white!.weight, 1);
    assert.match(white!.detail!, /^\d+ hidden letters, 100 % of their words not in the visible text: "the meeting agenda for tuesday/);
    const [some] = await run({ html: newsletter(`${preview}. ${poison.slice(0, 200)}`) });
    assert.equal(some!.symbol, 'HIDDEN_TEXT');
    assert.ok(some!.weight! > 0 && some!.weight! < 1, `partial weight, got ${some!.weight}`);
  });

  it('a preview line is forgiven only before the visible text: the same line hidden after it counts', async () => {
    const filler = 'tramonto biscotto ferrovia lavagna ombrello girasole quaderno pendolo scrivania lanterna mandorla cornice sentiero vetrina';
    assert.deepEqual(await run({ html: `<body><div style="display:none">${filler}</div><p>Farmacia online: ordina ora con lo sconto del 70%.</p></body>` }), []);
    const [after] = await run({ html: `<body><p>Farmacia online: ordina ora con lo sconto del 70%.</p><p style="color:#ffffff;font-size:2px">${filler}</p></body>` });
    assert.equal(after!.symbol, 'HIDDEN_TEXT');
    assert.match(after!.detail!, /^1\d\d hidden letters, 100 %/);
  });

  it('filler weighs whole, a second copy of the visible text hidden for another screen three fifths', async () => {
    const visible = 'Winter sale: jackets and boots thirty percent off, free delivery across Europe until Sunday, order online or visit our stores in Munich, Milan and Warsaw. '.repeat(2);
    const mobileCopy = `<body><div>${visible}</div><div style="display:none;max-height:0;overflow:hidden">${visible.repeat(3)}</div></body>`;
    const [copy] = await run({ html: mobileCopy });
    assert.equal(copy!.symbol, 'HIDDEN_TEXT');
    assert.equal(copy!.weight, 0.6);
    assert.match(copy!.detail!, /, 0 % of their words not in the visible text/);
    const [filler] = await run({ html: `<body><div>${visible}</div><div style="display:none">${poison}</div></body>` });
    assert.equal(filler!.weight, 1);
    assert.equal(unseenShare('Boots and jackets, recipes', 'jackets and boots'), 1 / 4);
    assert.equal(unseenShare('', 'x'), 0);
  });

  it('words split by zero-width characters or hidden fragments, in the subject, the From name, the text or the HTML', async () => {
    const hits = await run({
      subject: 'Your Pay\u200bPal account',
      from: '"Micro\u2060soft Support" <help@evil.test>',
      html: '<p>Confirm your <span>Ama<span style="font-size:0">xq</span>zon</span> order and your App\u200ble ID</p>',
    });
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.symbol, 'INVISIBLE_WORD_SPLIT');
    assert.equal(hits[0]!.weight, 0.75, '4 of the 5 that give the full weight');
    assert.equal(hits[0]!.detail, '4 words: Pay⟨U+200B⟩Pal, Micro⟨U+2060⟩soft, App⟨U+200B⟩le, Ama⟨xq⟩zon');
    // one split (a mail that keeps phones from linking an address) is not enough
    assert.deepEqual(await run({ text: 'Visit us at Haupt\u200bstraße 5, 80331 München.' }), []);
    const [two] = await run({ text: 'Pay\u200bPal and Net\u200bflix' });
    assert.equal(two!.weight, 0.25);
    // the same split in the text and the HTML part is one word
    const [same] = await run({ text: 'Pay\u200bPal and Net\u200bflix', html: '<p>Pay\u200bPal and Net\u200bflix</p>' });
    assert.equal(same!.detail, '2 words: Pay⟨U+200B⟩Pal, Net⟨U+200B⟩flix');
  });

  it('not for honest text: soft hyphens, preview padding, Persian; nothing from trusted networks; thresholds are options', async () => {
    assert.deepEqual(await run({ html: '<p>Ihre Versicherungs&shy;bedingungen und Haft&shy;pflicht</p>', text: 'می\u200cخواهم' }), []);
    assert.deepEqual(await run({ html: `<p>x</p><div style="display:none">${poison}</div>`, subject: 'Pay\u200bPal Net\u200bflix' }, { trusted: true }), []);
    assert.deepEqual(await run({ html: `<p>x</p><div style="display:none">${poison}</div>` }, { options: { minHiddenLetters: 2000, fullHiddenLetters: 3000 } }), []);
    assert.throws(() => hiddenTextOptionsSchema.parse({ minSplitWords: 5, fullSplitWords: 2 }), /fullSplitWords/);
  });
  describe('HTML_IMAGE_ONLY', () => {
    const picture = '<a href="https://offer.test/go"><img src="https://img.offer.test/p/sale.gif" width="600" height="800"></a>';
    /** a message with an HTML body and these attachments (name, type, bytes), and these extra header lines */
    async function runWith(html: string, attachments: Array<[string, string, Buffer]>, headers = '') {
      const parts = [`--M\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`, ...attachments.map(([name, type, bytes]) =>
        `--M\r\nContent-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${bytes.toString('base64')}\r\n`)].join('');
      const raw = Buffer.from(`From: Shop <news@shop.test>\r\nSubject: News\r\n${headers}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="M"\r\n\r\n${parts}--M--\r\n`);
      const store = undefined as unknown as Parameters<typeof hiddenTextCheck.run>[1]['store'];
      return hiddenTextCheck.run(await dataContext(raw, { mailFrom: 'news@shop.test' }), { options: hiddenTextOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
    }

    it('a picture from the web and next to no text; the weight falls as the letters grow to imageOnlyMaxLetters', async () => {
      const [hit] = await run({ html: `<html><body><center>${picture}<br>Click here</center></body></html>` });
      assert.deepEqual(hit, { symbol: 'HTML_IMAGE_ONLY', weight: 1, detail: '9 letters of text beside a picture from img.offer.test' });
      // 100 letters: half way from 50 (full) to 150 (none)
      const [some] = await run({ html: `<p>${'abcde fghij '.repeat(10)}</p>${picture}` });
      assert.equal(some!.detail, '100 letters of text beside a picture from img.offer.test');
      assert.equal(some!.weight, 0.5);
      assert.deepEqual(await run({ html: `<p>${'abcde fghij '.repeat(15)}</p>${picture}` }), [], '150 letters');
    });

    it('a picture carried in the message that is itself a link to the web: the banner to click', async () => {
      const [banner] = await run({ html: '<center><a href="https://olymp-spins.test/gr/?aff=5"><img src="cid:b15@mailer" width="420" alt=""></a><p>18+</p></center>' });
      assert.deepEqual(banner, { symbol: 'HTML_IMAGE_ONLY', weight: 1, detail: '0 letters of text beside a picture in the message that links to olymp-spins.test' });
      const [wrapped] = await run({ html: '<a href="https://x.test/"><span><b><img src="cid:a@b"></b></span></a>' });
      assert.equal(wrapped!.symbol, 'HTML_IMAGE_ONLY', 'inside a few elements of the link');
      // a logo beside a text, and a linked one after a link that ended
      assert.deepEqual(await run({ html: '<a href="https://x.test/">x</a> <img src="cid:a@b">' }), []);
    });

    it('the HTML\'s visible text is what counts: not a text/plain part full of other words, not hidden text', async () => {
      const [fed] = await run({ text: poison, html: picture });
      assert.equal(fed!.symbol, 'HTML_IMAGE_ONLY');
      const hits = await run({ html: `${picture}<div style="display:none">${poison}</div>` });
      assert.deepEqual(hits.map((h) => h.symbol), ['HIDDEN_TEXT', 'HTML_IMAGE_ONLY']);
    });

    it('not: a picture in the message itself (a signature logo, cid:), a message with something else to read attached, a reply, a trusted client, the option at 0', async () => {
      assert.deepEqual(await run({ html: '<p>Thanks!</p><img src="cid:image001.png@01DA0000">' }), []);
      assert.deepEqual(await run({ html: '<p>Thanks!</p><img alt="https://example.test/x.png">' }), []);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      assert.deepEqual(await runWith(`<p>Siehe Anhang.</p>${picture}`, [['angebot.pdf', 'application/pdf', pdf]]), []);
      // attached pictures are more of the same
      const [withPhoto] = await runWith(picture, [['a.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])]]);
      assert.equal(withPhoto!.symbol, 'HTML_IMAGE_ONLY');
      // a reply: a short answer above a signature whose logo comes from the company's web server
      const signature = '<p>Danke, passt so.</p><p>Max Weber<br>Vertrieb</p><img src="https://www.weber-gmbh.test/sig/logo.png">';
      assert.equal((await runWith(signature, [])).length, 1, 'the same without In-Reply-To');
      assert.deepEqual(await runWith(signature, [], 'In-Reply-To: <a1@example.com>\r\n'), []);
      assert.deepEqual(await runWith(signature, [], 'References: <a1@example.com>\r\n'), []);
      assert.deepEqual(await run({ html: picture }, { trusted: true }), []);
      assert.deepEqual(await run({ html: picture }, { options: { imageOnlyMaxLetters: 0 } }), []);
      assert.throws(() => hiddenTextOptionsSchema.parse({ imageOnlyMaxLetters: 50, imageOnlyFullLetters: 50 }), /imageOnlyFullLetters/);
    });
  });
});

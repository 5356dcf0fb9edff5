// The qr-codes check: QR_CODE_LINK for a QR code that leads to someone else's site, full weight
// when it is the only link or carries the recipient's address. Images made by qrencode (test/helpers/qr.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriesAddress } from '../../../src/content/links.ts';
import { qrCodesCheck } from '../../../src/pipeline/checks/qr-codes.ts';
import { qrOptionsSchema } from '../../../src/content/qr.ts';
import { blankImage, imageInPdf, qrImage, qrMatrix, qrNested, qrTable } from '../../helpers/qr.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig({ 'smtp.localDomains': ['example.com'] });
const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, '$&\r\n');

async function run(from: string, image: Buffer, o: { html?: string; type?: string; trusted?: boolean } = {}) {
  const raw = Buffer.from(`From: ${from}\r\nSubject: Action required\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n`
    + `--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${o.html ?? '<p>Your password expires today. Scan the code with your phone to keep it.</p>'}\r\n`
    + `--B\r\nContent-Type: ${o.type ?? 'image/png'}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${o.type === 'application/pdf' ? 'Scan.pdf' : 'code.png'}"\r\n\r\n${b64(image)}\r\n--B--\r\n`);
  const ctx = await dataContext(raw, { trusted: o.trusted });
  const store = undefined as unknown as Parameters<typeof qrCodesCheck.run>[1]['store']; // the check keeps nothing
  return qrCodesCheck.run(ctx, { options: qrOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
}

describe('qr-codes check', () => {
  it('a code that is the only link, or that carries the recipient\'s address, counts fully', async () => {
    assert.deepEqual(await run('IT <it@helpdesk.test>', qrImage('https://sso-renew.test/login')),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: 'QR code leads to sso-renew.test (the only link)' }]);
    const personal = `https://sso-renew.test/l?e=${Buffer.from('carol@example.com').toString('base64')}`;
    assert.deepEqual(await run('IT <it@helpdesk.test>', qrImage(personal), { html: '<p>See <a href="https://helpdesk.test/faq">our FAQ</a>.</p>' }),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: "QR code leads to sso-renew.test, with the recipient's address" }]);
    assert.deepEqual(await run('DocuSign <dse@docs.test>', imageInPdf(qrImage('https://sign-docs.test/v')), { type: 'application/pdf' }),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: 'QR code in a PDF leads to sign-docs.test (the only link)' }]);
    // no picture of a code at all: an HTML table of black and white cells (the picture attached is a blank page)
    assert.deepEqual(await run('IT <it@helpdesk.test>', blankImage(300, 300), { html: `<p>Scan to keep your mailbox:</p>${qrTable(qrMatrix('https://sso-renew.test/t'))}` }),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: 'QR code drawn in the text leads to sso-renew.test (the only link)' }]);
  });
  it('QR_PHONE_ONLY: the document or the code said to open only on the phone, in the offices\' languages (the seventy-fourth, seventy-eighth and eighty-third pairs)', async () => {
    const code = qrImage('https://nominas-portal.test/v?id=7');
    for (const text of ['Por confidencialidad, el detalle solo puede consultarse desde el móvil escaneando el código QR.', 'Il documento è protetto: accesso solo da smartphone.',
      'For security reasons the document can only be opened on your mobile phone.', 'Das Dokument ist nur mit dem Smartphone abrufbar.', 'Dokument można otworzyć wyłącznie na telefonie.',
      'Документ открывается только с мобильного телефона.', 'Το έγγραφο ανοίγει μόνο από το κινητό σας.',
      // "mobile" as the adverb (the hundred-and-sixteenth pair's bank "activation letter")
      'Die Aktivierung ist aus Sicherheitsgründen nur mobil möglich.', 'Activation is only possible on mobile.']) {
      assert.deepEqual((await run('HR <hr@hr-notices.test>', code, { html: `<p>${text}</p>` })).map((h) => h.symbol), ['QR_CODE_LINK', 'QR_PHONE_ONLY'], text);
    }
    // the phone named with no "only", and "only" about something else
    assert.deepEqual((await run('HR <hr@hr-notices.test>', code, { html: '<p>Scan the code with your phone to open the document.</p>' })).map((h) => h.symbol), ['QR_CODE_LINK']);
    assert.deepEqual((await run('HR <hr@hr-notices.test>', code, { html: '<p>This offer is only valid today. Call us on the phone.</p>' })).map((h) => h.symbol), ['QR_CODE_LINK']);
  });
  it('a picture the HTML loads from the web (a mailing service\'s logo) is no other link', async () => {
    const html = '<p><img src="https://img.mailing.test/8734521/logo_web.png"> Scan the code in the attached letter.</p>';
    assert.deepEqual(await run('Bank <service@bank-service.test>', qrImage('https://activation.test/?fk=1'), { html }),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: 'QR code leads to activation.test (the only link)' }]);
  });
  it('the code\'s own inline picture (cid:) and a mailto: are no other links', async () => {
    const html = '<p>Scan: <img src="cid:code@x"> Questions? <a href="mailto:it@helpdesk.test">Write to IT</a></p>';
    assert.deepEqual(await run('IT <it@helpdesk.test>', qrImage('https://sso-renew.test/login'), { html }),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: 'QR code leads to sso-renew.test (the only link)' }]);
  });
  it('of several codes the one with the recipient\'s address is named, the others\' hosts beside it (a code inside a code)', async () => {
    const personal = `https://m365-reset.test/p?u=${encodeURIComponent('carol@example.com')}`;
    assert.deepEqual(await run('IT <it@helpdesk.test>', qrNested(personal, 'https://www.google.test/')),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: "QR code leads to m365-reset.test, with the recipient's address; other codes to www.google.test (the only link)" }]);
  });
  it('half when the message has other links (a newsletter\'s "get our app")', async () => {
    const html = '<p>News from the shop. <a href="https://shop.test/sale">Sale</a></p>';
    assert.deepEqual(await run('Shop <news@shop.test>', qrImage('https://apps.apple.test/app/id1'), { html }),
      [{ symbol: 'QR_CODE_LINK', weight: 0.5, detail: 'QR code leads to apps.apple.test' }]);
  });
  it('not for the sender\'s own site (unless personal), our own domains, codes without a web address, or trusted networks', async () => {
    assert.deepEqual(await run('Anna <anna@lieferant.test>', qrImage('https://www.lieferant.test/kontakt')), [], 'a signature');
    // …unless the code carries the recipient's address: a login page made for the reader on the fake sender's own domain, half
    assert.deepEqual(await run('Microsoft 365 <no-reply@sicurezza-account.test>', qrImage('https://m365.sicurezza-account.test/mfa?e=carol%40example.com')),
      [{ symbol: 'QR_CODE_LINK', weight: 0.5, detail: "QR code leads to m365.sicurezza-account.test (the sender's own site), with the recipient's address (the only link)" }]);
    // …in full when the sender wears our company's name (the fortieth pair's "Example Group IT-Service" at its own look-alike site)
    assert.deepEqual(await run('Example Group IT-Service <service@eg-itservice.test>', qrImage('https://eg-itservice.test/mfa/?u=Y2Fyb2xAZXhhbXBsZS5jb20')),
      [{ symbol: 'QR_CODE_LINK', weight: 1, detail: "QR code leads to eg-itservice.test (the sender's own site, a sender named as our company), with the recipient's address (the only link)" }]);
    assert.deepEqual(await run('x <x@y.test>', qrImage('https://intranet.example.com/')), []);
    assert.deepEqual(await run('x <x@y.test>', qrImage('BCD\n002\n1\nSCT\n\nLieferant GmbH\nDE89370400440532013000\nEUR120.00')), [], 'an EPC payment code');
    assert.deepEqual(await run('x <x@y.test>', qrImage('https://sso-renew.test/login'), { trusted: true }), []);
    // the tax office's verification code every invoice of Spain, Poland and Greece prints; not a host that only wears the name
    for (const url of ['https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B12345678&numserie=F-7&importe=121.00', 'https://ksef.mf.gov.pl/web/verify/abc', 'https://mydatapi.aade.gr/myDATA/Verify?mark=400001'])
      assert.deepEqual(await run('Facturas <facturas@proveedor.test>', imageInPdf(qrImage(url)), { type: 'application/pdf' }), [], url);
    assert.equal((await run('x <x@y.test>', qrImage('https://ksef.mf.gov.pl.verify-invoice.test/x'))).length, 1);
  });
  it('the recipient\'s address in a link: plain, URL-encoded, base64 (standard or URL-safe, any padding)', () => {
    const a = ['carol@example.com'];
    assert.ok(carriesAddress('https://x.test/?u=carol@example.com', a));
    assert.ok(carriesAddress('https://x.test/?u=Carol%40Example.com', a));
    for (const addr of ['carol@example.com', 'bo@example.com', 'bob1@example.com', 'ab+c?d@example.com']) {
      const enc = Buffer.from(addr).toString('base64');
      assert.ok(carriesAddress(`https://x.test/#${enc}`, [addr]), enc);
      assert.ok(carriesAddress(`https://x.test/#${enc.replace(/=+$/, '')}&x=1`, [addr]), 'unpadded');
      assert.ok(carriesAddress(`https://x.test/${enc.replace(/\+/g, '-').replace(/\//g, '_')}`, [addr]), 'URL-safe');
    }
    assert.ok(!carriesAddress('https://x.test/?u=dave@example.com', a));
    assert.ok(!carriesAddress(`https://x.test/#${Buffer.from('dave@example.com').toString('base64')}`, a));
  });
});

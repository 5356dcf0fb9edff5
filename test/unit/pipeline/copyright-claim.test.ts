// The copyright-claim check: a claim of an image used without a licence on the reader's site, its
// "evidence" behind a link elsewhere or in an archive, from a stranger, in the offices' languages and
// charsets. And the honest mail with part of it: an image agency's claim on its own site, a lawyer
// people here write to, a mailing list arguing about someone else's case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyrightClaimCheck } from '../../../src/pipeline/checks/copyright-claim.ts';
import { mailWithDocuments } from '../../helpers/pdf.ts';
import { zipArchive } from '../../helpers/zip.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-copyright-');
const run = hitLines(copyrightClaimCheck, { store: temp, recipients: ['j.whitfield@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'j.whitfield@example.com', body, charset, 'Notice');

describe('copyright claims as lures', () => {
  it('the image "used without a licence" on our site, the evidence pack on another domain (the twenty-second held-out pair)', async () => {
    const body = 'We act on behalf of a photographer whose image is used without a licence on the following page of your website: https://www.example.com/en/services\nUnder the Copyright, Designs and Patents Act 1988 our client is entitled to damages for copyright infringement. A full evidence pack with screenshots can be downloaded here: https://evidence-pixelrights.example/case/40917/download\nPlease remove the image within 7 days.';
    assert.deepEqual(await run(mail('Pixel Rights Enforcement <claims@pixelrights-enforcement.example>', body), authenticatedAs('pixelrights-enforcement.example')), [
      'COPYRIGHT_CLAIM_LURE: claims "image is used without a licence", offers "evidence" behind a link to evidence-pixelrights.example; From claims@pixelrights-enforcement.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets; the evidence in an attached archive', async () => {
    const cases: Array<[string, string]> = [
      ['Auf Ihrer Website wird ein Foto unseres Mandanten ohne Lizenz verwendet (Urheberrechtsverletzung). Die Beweise finden Sie hier: https://beweis-archiv.example/f/7', 'iso-8859-1'],
      ['En su sitio web se utiliza una fotografía de nuestro cliente sin licencia. Puede descargar las pruebas aquí: https://pruebas-caso.example/7', 'iso-8859-15'],
      ['Sul vostro sito è pubblicata un\'immagine del nostro cliente senza licenza, in violazione del diritto d\'autore. Le prove sono scaricabili qui: https://prove-caso.example/7', 'iso-8859-15'],
      ['Na Państwa stronie internetowej wykorzystano zdjęcie naszego klienta bez licencji, co stanowi naruszenie praw autorskich. Dowody: https://dowody-sprawa.example/7', 'iso-8859-2'],
      ['На вашем сайте без лицензии используется фотография нашего клиента: нарушение авторских прав. Доказательства: https://dokazatelstva.example/7', 'koi8-r'],
      ['Στον ιστότοπό σας χρησιμοποιείται φωτογραφία του πελάτη μας χωρίς άδεια, κατά παραβίαση των πνευματικών δικαιωμάτων. Τα αποδεικτικά: https://apodeiktika.example/7', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Kanzlei <office@rights.example>', body, charset))).length, 1, `${charset}: ${body}`);
    const zip = zipArchive([['Evidence_PRE-40917.pdf.exe', 'MZ']]);
    const raw = mailWithDocuments('From: Rights Desk <desk@rights.example>\r\nTo: j.whitfield@example.com\r\nSubject: Copyright\r\n', 'An image is used without a licence on your website (copyright infringement). The evidence is attached.', ['evidence.zip', zip]);
    assert.match((await run(raw))[0] ?? '', /^COPYRIGHT_CLAIM_LURE: claims "image is used without a licence", offers "evidence" behind the attached evidence\.zip;/);
  });

  it('not an image agency\'s claim on its own site, a lawyer people here write to, nor a list arguing about another case', async () => {
    const claim = 'Our client\'s photograph is used without a licence on your website. See the evidence and settle the claim here: ';
    assert.deepEqual(await run(mail('Image Claims <claims@imageagency.example>', `${claim}https://portal.imageagency.example/claims/7`), authenticatedAs('imageagency.example')), []);
    await temp.store.known.record('j.whitfield@example.com', ['partner@lawfirm.example'], Date.now());
    assert.deepEqual(await run(mail('Law Firm <partner@lawfirm.example>', `${claim}https://files.sharing.example/7`), authenticatedAs('lawfirm.example')), []);
    assert.deepEqual(await run(mail('List <fork@lists.example>', 'The RIAA calls it copyright infringement; the evidence they showed is thin, see https://news.example/story')), []);
    // no evidence offered, only the claim
    assert.deepEqual(await run(mail('Rights <desk@rights.example>', 'An image is used without a licence on your website. Please remove it within 7 days.')), []);
  });
});

describe('the claim against the company\'s social-media profiles', () => {
  it('"na profilach … w serwisach Facebook i Instagram" with its evidence on Dropbox (the hundred-and-fifteenth pair\'s "law firm" on Gmail)', async () => {
    const body = 'na profilach Example Live Polska w serwisach Facebook i Instagram opublikowano 7 fotografii bez zgody autora, co stanowi naruszenie praw autorskich. '
      + 'Pełna dokumentacja (zrzuty ekranu) znajduje się pod linkiem: https://www.dropbox.com/scl/fi/opq/Dowody.zip?dl=1';
    assert.deepEqual((await run(mail('Kancelaria <kancelaria.nowicki@gmail.example>', body, 'iso-8859-2'))).map((h) => h.split(':')[0]), ['COPYRIGHT_CLAIM_LURE']);
    // a list talking about someone else's case names no profile of theirs with a claim
    assert.deepEqual(await run(mail('List <fork@lists.example>', 'The court found no copyright infringement in the photos; evidence: https://news.example/story')), []);
  });
});

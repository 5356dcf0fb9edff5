// The legal-download check: a legal claim whose papers are behind a download link (a file host's
// share or an archive), from a sender whose word is not to be taken, in the offices' languages and
// charsets. And the honest claims: attached, from a law firm people here write to, or with no link
// to a download.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDownloadLink, legalDownloadCheck } from '../../../src/pipeline/checks/legal-download.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-legal-download-');
const run = hitLines(legalDownloadCheck, { store: temp, recipients: ['d.sokolov@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8', subject = 'Claim'): Buffer => plainTextMail(from, 'd.sokolov@example.com', body, charset, subject);

describe('a legal claim behind a download link', () => {
  it('the Russian "pre-trial claim" on Yandex Disk, from Mail.ru', async () => {
    const body = 'Направляем Вам досудебную претензию в связи с неисполнением обязательств по договору поставки № 57/24-П. Претензия, расчёт неустойки и копии первичных документов размещены по ссылке (Яндекс Диск): https://disk.yandex.ru/d/Xq7mB2pLk9RzTw';
    assert.deepEqual(await run(mail('Юридический отдел <pretenzii.smp@mail.ru>', body, 'koi8-r', 'Досудебная претензия'), authenticatedAs('mail.ru')), [
      'LEGAL_NOTICE_DOWNLOAD: names "досудебная претензия" and its papers behind https://disk.yandex.ru/d/Xq7mB2pLk9RzTw; From pretenzii.smp@mail.ru (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets, a file host or an archive anywhere', async () => {
    const cases: Array<[string, string]> = [
      ['Σας κοινοποιούμε εξώδικη δήλωση. Το πλήρες κείμενο είναι διαθέσιμο εδώ: https://www.dropbox.com/scl/fi/7k2xq/Exodiko.zip?rlkey=q8w2', 'iso-8859-7'],
      ['Anbei unsere Abmahnung; die Unterlassungserklärung finden Sie hier: https://wetransfer.com/downloads/8f41c2a7e0/3b1c', 'iso-8859-1'],
      ['Le notifichiamo formale diffida ad adempiere. Documenti: https://studio-legale-rossi.example/wp-content/uploads/2026/12/diffida.zip', 'iso-8859-15'],
      ['Le remitimos reclamación extrajudicial. Puede descargar la documentación en https://1drv.ms/u/c/4f2e81a9d03b7c15/EcR4pL9x', 'windows-1252'],
      ['W załączeniu przesyłamy przedsądowe wezwanie do zapłaty: https://mega.nz/file/AbCdEf#xyz', 'iso-8859-2'],
      ['Please find our letter before action here: https://drive.google.com/file/d/1AbC/view', 'us-ascii'],
      ['Исковое заявление и приложения: https://kad-arbitr-dela.example/Card/A40-287114-2026/docs.rar', 'windows-1251'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Kanzlei <kanzlei.recht@gmail.com>', body, charset), authenticatedAs('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.ok(hits[0]!.startsWith('LEGAL_NOTICE_DOWNLOAD: ') && hits[0]!.endsWith('(free mail)'), hits[0]);
    }
  });

  it('not from a law firm people here write to, nor a claim without a download, nor a download without a claim', async () => {
    await temp.store.known.record('d.sokolov@example.com', ['kanzlei@mueller-recht.example'], Date.now());
    assert.deepEqual(await run(mail('Kanzlei Müller <kanzlei@mueller-recht.example>', 'Die Klageschrift (120 MB) liegt hier: https://www.dropbox.com/scl/fi/abc/Klage.pdf', 'iso-8859-1')), []);
    assert.deepEqual(await run(mail('Юрист <urist@stranger.example>', 'Направляем досудебную претензию, документы во вложении. Сайт компании: https://stranger.example/', 'windows-1251')), []);
    assert.deepEqual(await run(mail('Fotos <fotos@stranger.example>', 'Die Bilder der Messe: https://www.dropbox.com/scl/fi/abc/Messe.zip', 'iso-8859-1')), []);
  });

  it('the papers on a page in a hacked WordPress site\'s file folders (the eighty-fourth pair\'s Greek lawyer)', async () => {
    const body = 'Σας κοινοποιούμε εξώδικη δήλωση – διαμαρτυρία. Το πλήρες κείμενο είναι διαθέσιμο προς λήψη στον παρακάτω σύνδεσμο (αρχείο ZIP): https://www.kafeneio.example/wp-content/uploads/2026/12/exodiko/?doc=EX-2026-3381';
    assert.deepEqual((await run(mail('Δικηγορικό Γραφείο <grammateia@dikigoroi.example>', body, 'windows-1253'))).map((h) => h.split(':')[0]), ['LEGAL_NOTICE_DOWNLOAD']);
    // a site's own page about its legal notice is none
    assert.deepEqual(await run(mail('Δικηγορικό Γραφείο <grammateia@dikigoroi.example>', body.replace(/https:\S+/, 'https://dikigoroi.example/exodiko'), 'windows-1253')), []);
  });

  it('the "burofax" behind a page made for the reader, the address in its query (the eighty-ninth pair\'s bufete on Outlook.es)', async () => {
    const body = 'Se ha emitido a su nombre un burofax certificado relativo a la reclamación extrajudicial de cantidad. Puede consultar el contenido íntegro en el siguiente enlace seguro: https://burofax-certificado.example/consulta/BF-118834?d=d.sokolov@example.com';
    assert.deepEqual((await run(mail('Bufete Sánchez & Asociados <bufete.sanchez@outlook.es>', body, 'windows-1252'))).map((h) => h.split(':')[0]), ['LEGAL_NOTICE_DOWNLOAD']);
    assert.deepEqual(await run(mail('Bufete Sánchez & Asociados <bufete.sanchez@outlook.es>', body.replace('?d=d.sokolov@example.com', ''), 'windows-1252')), [], 'a page for anyone is no download');
  });

  it('the papers behind any link with the code that opens them (the hundred-and-seventh pair\'s "avvocato" on Libero)', async () => {
    const body = 'Con la presente Vi diffido formalmente a provvedere al pagamento entro 5 giorni. Copia dell\'atto e delle fatture è consultabile al seguente link riservato (file protetto, codice di accesso LP3381): https://docs-legalshare.example/d/8f2K1q/Diffida_3381';
    assert.deepEqual(await run(mail('Avv. Federico Marchetti <avv.f.marchetti@libero.it>', body, 'iso-8859-15'), authenticatedAs('libero.it')), [
      'LEGAL_NOTICE_DOWNLOAD: names "diffida" and its papers behind https://docs-legalshare.example/d/8f2K1q/Diffida_3381 (with "codice di accesso lp3381"); From avv.f.marchetti@libero.it (free mail)',
    ]);
    for (const code of ['Zugangscode: 7K2Q91', 'access code 55120', 'código de acceso: AB-4471', 'kod dostępu: 7781', 'код доступа 228811', 'κωδικός πρόσβασης: 8812']) {
      assert.equal((await run(mail('Kanzlei <kanzlei.recht@gmx.de>', `Abmahnung: die Unterlassungserklärung liegt unter https://akten-portal.example/a/77 bereit (${code}).`, 'utf-8'))).length, 1, code);
    }
    // an e-signature envelope's access code names no claim; a claim with a code but no link is a letter
    assert.deepEqual(await run(mail('DocuSign <dse@stranger.example>', 'Please review the framework agreement: https://sign.stranger.example/e/77 (access code 55120).')), []);
    assert.deepEqual(await run(mail('Avv. Rossi <avv.rossi@libero.it>', 'Diffida: il codice di accesso LP3381 vale per il fascicolo in cancelleria.', 'iso-8859-15')), []);
  });

  it('what counts as a download link', () => {
    for (const url of ['https://disk.yandex.ru/d/7C8A', 'https://yadi.sk/d/abc', 'https://cloud.mail.ru/public/abc/def', 'https://site.example/a/b/files.7z', 'https://site.example/x/Akte%20Nr.1.zip?dl=1'])
      assert.ok(isDownloadLink(url), url);
    for (const url of ['https://site.example/impressum', 'https://site.example/docs/Klage.pdf', 'mailto:kanzlei@site.example', 'https://zipper.example/'])
      assert.ok(!isDownloadLink(url), url);
  });
});

describe('a Spanish summons', () => {
  it('"cédula de citación" and the claim for dismissal as a ZIP on Dropbox (the hundred-and-seventeenth pair\'s "bufete")', async () => {
    const body = 'Adjuntamos cédula de citación del Juzgado de lo Social nº 2 y copia de la demanda por despido: https://www.dropbox.com/scl/fi/xk2/Cedula_Citacion.zip?dl=0';
    assert.deepEqual((await run(mail('Bufete <bufete.ferrer@gmail.example>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['LEGAL_NOTICE_DOWNLOAD']);
  });
});

// The brand-impersonation check: a display name that signs with a brand (DHL, Poste Italiane,
// Почта России, a bank, Microsoft 365) on mail that is not the brand's and leads elsewhere; a link
// host dressed in the brand's name besides. And the honest mail that names a brand: the brand's
// own, authenticated; a partner that names it; a service passing on a brand's news; a colleague.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { dressesAsGovernment } from '../../../src/content/links.ts';
import { authorityOfName, brandImpersonationCheck, brandImpersonationOptionsSchema, brandOfName, hostWearsBrand } from '../../../src/pipeline/checks/brand-impersonation.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { imageInPdf, qrImage } from '../../helpers/qr.ts';
import { mailWithDocuments } from '../../helpers/pdf.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig();
const store = undefined as unknown as Parameters<typeof brandImpersonationCheck.run>[1]['store']; // the check keeps nothing
const options = brandImpersonationOptionsSchema.parse({});

async function run(raw: Buffer, auth: Partial<AuthResults> = {}, opts: Record<string, unknown> = {}, extraHeaders = ''): Promise<string[]> {
  const message = extraHeaders ? Buffer.from(raw.toString('latin1').replace('\r\nTo: ', `\r\n${extraHeaders}To: `), 'latin1') : raw;
  const hits = await brandImpersonationCheck.run(await dataContext(message, { auth }),
    { options: brandImpersonationOptionsSchema.parse(opts), config, store, log: quietLog, signal: new AbortController().signal });
  return hits.map((h) => `${h.symbol}: ${h.detail}`);
}

const html = (from: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: anna@example.com\r\nSubject: Info\r\nMessage-ID: <m${Math.random()}@x.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const PAY = '<p>Ihr Paket wartet. <a href="https://dhl-de-zustellung.top/pay?id=7">Zollgebühr bezahlen</a></p>';

describe('brand impersonation', () => {
  it('a brand\'s name in the display name, a link elsewhere, and a host that wears the name', async () => {
    assert.deepEqual(await run(html('"DHL Paket" <noreply@sendungsverfolgung.info>', PAY)), [
      'BRAND_IMPERSONATION: "DHL Paket" <noreply@sendungsverfolgung.info> signs as DHL, is not authenticated for dhl.com, dhl.de, dhl.pl, and links to dhl-de-zustellung.top',
      'BRAND_LOOKALIKE_DOMAIN: dhl-de-zustellung.top wears the name of DHL, which is not its site',
    ]);
    // the phisher's own domain authenticated is no brand's
    assert.equal((await run(html('"DHL Paket" <noreply@sendungsverfolgung.info>', PAY), { spf: 'pass', spfDomain: 'sendungsverfolgung.info', dkimPass: ['sendungsverfolgung.info'] })).length, 2);
  });

  it('a domain that wears the name of a brand of the same family (one that shares its domains) dresses as the brand signed with', async () => {
    const scarto = '<p>Il file fattura è stato scartato. <a href="https://b3e91d.r.sp1-brevo.example/mk/cl/f">Accedi all\'area riservata</a></p>';
    assert.deepEqual(await run(html('"Agenzia delle Entrate - SdI" <notifiche@sdi-fatturapa.it.com>', scarto, 'iso-8859-15')), [
      'BRAND_IMPERSONATION: "Agenzia delle Entrate - SdI" <notifiche@sdi-fatturapa.it.com> signs as Agenzia delle Entrate, is not authenticated for agenziaentrate.it, agenziaentrate.gov.it, and links to sp1-brevo.example',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain sdi-fatturapa.it.com wears the name of Sistema di Interscambio, which is not its site',
    ]);
    // a family member's own site is no look-alike: the agency's unauthenticated (forwarded) notice linking to the exchange's site
    const forwarded = '<p>Vedi <a href="https://www.fatturapa.gov.it/it/norme-e-regole/">le regole</a> e <a href="https://intranet.studio.example/x">il nostro archivio</a>.</p>';
    assert.deepEqual((await run(html('"Agenzia delle Entrate" <noreply@studio.example>', forwarded))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
  });

  it('a sender\'s domain that wears the brand\'s name counts like a link\'s host, once', async () => {
    assert.deepEqual(await run(html('"PKO Bank Polski" <kontakt@pkobp-powiadomienia.pl>', '<a href="https://pl-bezpieczenstwo.site/logowanie">Zaloguj się</a>')), [
      'BRAND_IMPERSONATION: "PKO Bank Polski" <kontakt@pkobp-powiadomienia.pl> signs as PKO BP, is not authenticated for pkobp.pl, pko.pl, and links to pl-bezpieczenstwo.site',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain pkobp-powiadomienia.pl wears the name of PKO BP, which is not its site',
    ]);
    assert.deepEqual((await run(html('"DHL Paket" <noreply@dhl-zustellung.info>', PAY))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // a brand's own service domain in the look-alike's ("bbvanetcash-empresas.com" for BBVA's bbvanetcash.com: the hundred-and-first pair's
    // "Net cash" certificate lure through Mailjet); the service's own domain is the brand's
    assert.deepEqual((await run(html('"BBVA Net cash" <avisos@bbvanetcash-empresas.com>', PAY))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('"BBVA Net cash" <avisos@bbvanetcash.com>', '<a href="https://www.bbvanetcash.com/">Net cash</a>'), { spf: 'pass', spfDomain: 'bbvanetcash.com', dkimPass: ['bbvanetcash.com'], authenticatedDomain: 'bbvanetcash.com' }), []);
    // a link that wears another listed brand's name ("Agencia Tributaria" linking to a look-alike of DEHú's redsara.es: the
    // hundred-and-second pair's fake tax notice from a hacked ceramics shop)
    assert.deepEqual(await run(html('"Agencia Tributaria - Notificaciones" <tienda@ceramicas.example>', '<a href="https://dehu-redsara.es-notificaciones.info/clave/acceso">Acceder</a>')), [
      'BRAND_IMPERSONATION: "Agencia Tributaria - Notificaciones" <tienda@ceramicas.example> signs as Agencia Tributaria, is not authenticated for agenciatributaria.es, agenciatributaria.gob.es, aeat.es, and links to es-notificaciones.info',
      'BRAND_LOOKALIKE_DOMAIN: dehu-redsara.es-notificaciones.info wears the name of DEHú, which is not its site',
    ]);
    // AEAT's short name is its own domain too
    assert.deepEqual(await run(html('"Agencia Tributaria" <avisos@sede.aeat.es>', '<a href="https://sede.agenciatributaria.gob.es/">Sede</a>')), []);
    assert.deepEqual((await run(html('"Agencia Tributaria" <notificaciones@aeat-sede.info>', '<a href="https://documentos-descarga.com/x">Descargar</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the federal tax office's e-invoice registration, the Polish e-invoice system (the eighteenth held-out pair)
    assert.deepEqual((await run(html('Bundeszentralamt für Steuern <noreply@bzst-erechnung.test>', '<a href="https://erechnung-portal.test/registrierung">Zur Registrierung</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Krajowy System e-Faktur <powiadomienia@ksef-powiadomienia.test>', '<a href="https://weryfikacja-faktur.test/logowanie">Zweryfikuj fakturę</a>'))).map((h) => h.split(':')[0])[0], 'BRAND_IMPERSONATION');
    assert.deepEqual(await run(html('Bundeszentralamt für Steuern <noreply@bzst.de>', '<a href="https://www.bzst.de/">BZSt</a>')), [], 'the office itself');
    // Yandex Disk's share notice from a stranger, its link carrying the recipient's address; Docusign's on an Adobe Express page
    assert.deepEqual((await run(html('Яндекс Диск <no-reply@disk-share.test>', '<a href="https://disk.share-files.test/d/1AjLK?login=carol@example.com">Открыть папку</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_PERSONAL_PAGE']);
    // (the name written as the service writes its user's, "… via Docusign", from another domain: BRAND_VIA_FORGED)
    assert.deepEqual((await run(html('Mark Hughes via Docusign <m.hughes@surveyors.test>', '<a href="https://new.express.adobe.com/webpage/Vq7Rk2mXpL9tN">REVIEW DOCUMENT</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_VIA_FORGED', 'BRAND_FREE_PAGE']);
    // the seventy-seventh pair's envelope through Mailgun from esign-notice.com, and the form turned round from a hacked tiler's mailbox
    assert.deepEqual(await run(html('Emma Clarke via DocuSign <dse-notification@esign-notice.test>', '<a href="https://email.mg.esign-notice.test/c/eJwljEEO">REVIEW DOCUMENT</a>')), [
      'BRAND_IMPERSONATION: "Emma Clarke via DocuSign" <dse-notification@esign-notice.test> signs as DocuSign, is not authenticated for docusign.com, docusign.net, and links to esign-notice.test',
      'BRAND_VIA_FORGED: "Emma Clarke via DocuSign" is how a service names the one it sends for, and esign-notice.test is not DocuSign\'s']);
    assert.deepEqual((await run(html('=?iso-8859-1?Q?DocuSign_=FCber_Fliesen_Schneider?= <info@fliesen-schneider.test>', '<a href="https://fliesen-schneider.test/wp-content/doc.html">Dokument prüfen</a>', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_VIA_FORGED']);
    // in Spanish as Google and DocuSign write it ("a través de", "mediante"), and in Polish ("za pośrednictwem")
    for (const name of ['Bodegas Reyes a través de DocuSign', 'Compras Tarraco (mediante DocuSign)', 'Dział Umów (za pośrednictwem DocuSign)']) {
      assert.deepEqual((await run(html(`${name} <avisos@esign-notice.test>`, '<a href="https://esign-notice.test/doc">Revisar</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_VIA_FORGED'], name);
    }
    // the bank's "activation letter" as a PDF whose QR code leads to the sender's own fake site (the nineteenth held-out pair)
    const letter = mailWithDocuments('From: Commerzbank Firmenkunden <service@firmenkunden-cbk.test>\r\nTo: anna@example.com\r\nSubject: photoTAN\r\n', 'Anbei Ihr Aktivierungsbrief.',
      ['Aktivierungsbrief.pdf', imageInPdf(qrImage('https://phototan-aktivierung.firmenkunden-cbk.test/a/?k=FK-1'))]);
    assert.deepEqual((await run(letter)).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_QR_CODE']);
  });

  it('the savings and cooperative banks: each member\'s .de domain is the group\'s, a look-alike elsewhere is not', async () => {
    const tan = '<a href="https://sparkasse-pushtan-verifizierung.com/de/login">pushTAN erneuern</a>';
    assert.deepEqual((await run(html('=?utf-8?B?U9GA0LBya2Fzc2U=?= <service@sparkasse-kundenservice.online>', tan))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Volksbank <info@vb-sicherheit.com>', '<a href="https://secure-login.example/vr">Anmelden</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // members, each with its own domain and site
    for (const [from, site] of [['Sparkasse KölnBonn <service@sparkasse-koelnbonn.de>', 'https://www.sparkasse-koelnbonn.de/'], ['Kreissparkasse Köln <info@ksk-koeln.de>', 'https://www.ksk-koeln.de/'],
      ['Kreissparkasse Ludwigsburg <info@kreissparkasse-ludwigsburg.de>', 'https://www.ksklb.de/'], ['VR Bank Südpfalz <info@vrbank-suedpfalz.de>', 'https://www.vrbank-suedpfalz.de/'],
      ['Raiffeisenbank im Allgäuer Land <info@raiba-allgaeuer-land.de>', 'https://www.raiba-allgaeuer-land.de/']]) {
      assert.deepEqual(await run(html(from!, `<a href="${site}">Online-Banking</a>`)), [], from);
    }
    // a member is named after its town, an imitation after a service, under .de too
    assert.deepEqual((await run(html('Sparkasse <kundenservice@spk-onlinebanking-info.de>', '<a href="https://spk-pushtan-neuregistrierung.pages.dev/de/login">Neu registrieren</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // a member's name under another suffix is no member (the look-alike of the audit mailed from .online)
    assert.ok(hostWearsBrand('sparkasse-koelnbonn.online', brandOfName('Sparkasse', options.brands)!));
  });

  it('in the offices\' scripts and charsets, accents ignored, Cyrillic look-alike letters read as Latin', async () => {
    const pochta = await run(html('=?koi8-r?B?8M/e1MEg8s/T08nJ?= <info@pochta-rf-dostavka.ru>', '<a href="https://pochta-rf-dostavka.ru/oplata">Оплатить</a>', 'koi8-r'));
    assert.deepEqual(pochta.map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], pochta.join('\n'));
    for (const name of ['ΕΛΤΑ Courier', 'Τράπεζα ΠΕΙΡΑΙΩΣ', 'Poste  italiane', 'e-Urzad Skarbowy', 'Аmazon Prime', 'Роѕte Italiane', 'INPOST Polska', 'Νetflix']) assert.ok(brandOfName(name, options.brands), name);
    for (const name of ['Anna Kowalska', 'Dipl.-Ing. Müller', 'Postel Italia', 'Amazonas Reisen', 'Upsala Consulting', 'Marco Bartolini', 'ACS Dobfar', 'SDA Bocconi']) assert.equal(brandOfName(name, options.brands), null, name);
    // the couriers beside the post offices (the fifteenth held-out pair's "BRT S.p.A." on brt-spedizioni.info)
    for (const name of ['BRT S.p.A.', 'BRT', 'SEUR', 'ACS Courier', 'Speedex', 'Γενική Ταχυδρομική', 'Boxberry', 'Parcelforce Worldwide', 'Yodel', 'ORLEN Paczka']) assert.ok(brandOfName(name, options.brands), name);
    // a host wears a brand's name also with a hyphen inside it (the sixteenth held-out pair's acs-courier-gr.info)
    assert.ok(hostWearsBrand('acs-courier-gr.info', brandOfName('ACS Courier', options.brands)!));
    assert.ok(hostWearsBrand('poste-italiane-rimborso.com', brandOfName('Poste Italiane', options.brands)!));
    assert.ok(!hostWearsBrand('acs-logistics.example', brandOfName('ACS Courier', options.brands)!));
    // a name of several words spelled out as the host (the twenty-first pair's e-urzad-skarbowy.net, companieshouse-filing.co.uk)
    assert.ok(hostWearsBrand('e-urzad-skarbowy.net', brandOfName('e-Urząd Skarbowy', options.brands)!));
    assert.ok(hostWearsBrand('urzadskarbowy-zwrot.com', brandOfName('Urząd Skarbowy', options.brands)!));
    assert.ok(hostWearsBrand('companieshouse-filing.co.uk', brandOfName('Companies House', options.brands)!));
    assert.ok(!hostWearsBrand('skarbowy.example', brandOfName('Urząd Skarbowy', options.brands)!), 'one word of the name is not the name');
    const diadoc = await run(html('"=?utf-8?B?' + Buffer.from('Контур.Диадок').toString('base64') + '?=" <noreply@diadoc-kontur.online>', '<p>Документ на подпись: <a href="https://diadoc-kontur.online/Docs/Sign?docId=1">Подписать</a></p>'));
    assert.deepEqual(diadoc.map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], diadoc.join('\n'));
    // the registers and portals whose notices are copied (the twenty-second held-out pair)
    for (const [from, link] of [
      ['Transparenzregister - Registerführung <bescheid@transparenzregister-eintrag.de>', 'https://transparenzregister-eintrag.de/zahlung'],
      ['DEHú - Notificaciones <avisos@dehu-notificaciones.es>', 'https://dehu-notificaciones.es/acceso'],
      ['"gov.gr - Μητρώο Πραγματικών Δικαιούχων" <no-reply@govgr-mitroo.gr>', 'https://govgr-mitroo.gr/mpd'],
      ['Factorial <notificaciones@factorial-nominas.com>', 'https://app.factorial-nominas.com/payslips'],
      ['Personio <noreply@personio-payroll.de>', 'https://personio-payroll.de/login'],
    ]) {
      const hits = await run(html(from.replace(/^([^<]*[^\x00-\x7f][^<]*) </, (_, n: string) => `"=?utf-8?B?${Buffer.from(n.replace(/"/g, '')).toString('base64')}?=" <`), `<a href="${link}">Open</a>`));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], `${from}: ${hits.join('; ')}`);
    }
    // logistics' own portals (the twenty-third held-out pair): a freight exchange, a supplier portal, a port's systems;
    // a brand whose domain's name is a common word is worn by its own words only ("trans-logistik" is no Trans.eu)
    for (const [from, link] of [
      ['"Trans.eu" <bezpieczenstwo@trans-eu-platform.com>', 'https://platform.trans.eu.weryfikacja-przewoznika.com/login'],
      ['Northbridge Retail plc - SAP Business Network <ordersender-prod@ansmtp.ariba-network-portal.com>', 'https://supplier-registration.ariba-network-portal.com/register'],
      ['Valenciaport PCS <soporte@valenciaportpcs-avisos.com>', 'https://valenciaportpcs.net-acceso.com/pcs/login'],
      ['Teleroute <security@teleroute-carrier.com>', 'https://teleroute-carrier.com/verify'],
      ['Wtransnet - Bolsa de cargas <avisos@wtransnet-cuenta.es>', 'https://wtransnet-cuenta.es/acceso'],
      ['АТИ.СУ <support@ati-su-cabinet.ru>', 'https://ati-su-cabinet.ru/login'],
      // Italy's e-invoicing exchange (the twenty-fourth pair's "notifica di scarto")
      ['Sistema di Interscambio – FatturaPA <sdi-notifiche@fatturapa-sdi-notifiche.com>', 'https://fatturapa-sdi-notifiche.com/accesso/'],
      // public e-procurement portals (the twenty-fifth pair), booking platforms and card acquirers (the twenty-sixth)
      ['Deutsches Vergabeportal <noreply@dtvp-vergabeportal.de>', 'https://dtvp-vergabeportal.de/bieter/nachricht'],
      ['Plataforma de Contratación del Sector Público <notificaciones@contrataciondelestado-pcsp.es>', 'https://contrataciondelestado-pcsp.es/acceso'],
      ['Expedia Partner Central <noreply@expediapartnercentral-notice.com>', 'https://partnercentral.expediagroup.com.payout-verify.net/login'],
      ['Redsys – Servicio TPV Virtual <soporte@redsys-tpv-actualizacion.es>', 'https://redsys-tpv-actualizacion.es/3ds'],
    ]) assert.deepEqual((await run(html(from, `<a href="${link}">Open</a>`))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], from);
    assert.ok(!hostWearsBrand('trans-logistik.de', brandOfName('Trans.eu', options.brands)!));
    assert.ok(!hostWearsBrand('all-for-one-sap.de', brandOfName('SAP Business Network', options.brands)!));
    assert.deepEqual(await run(html('Spedition <dispo@spedition.example>', '<a href="https://www.trans-logistik.de/tracking">Sendung</a> <a href="https://sap-partner.example/news">News</a>')), []);
    assert.equal(brandImpersonationOptionsSchema.safeParse({ brands: [{ names: ['X'], domains: ['x.example'], words: ['x y'] }] }).success, false);
    // "Kontur" is German for contour: not a brand's word in a host
    assert.ok(!hostWearsBrand('kontur-design.de', brandOfName('Diadoc', options.brands)!));
    assert.deepEqual(await run(html('Kontur Design GmbH <info@kontur-design.de>', '<a href="https://kontur-design.de/katalog">Katalog</a>')), []);
  });

  it('an attachment is enough; a host wears the name as a label or a hyphenated part only', async () => {
    const raw = Buffer.from('From: "Agenzia delle Entrate" <avvisi@ade-notifiche.it>\r\nTo: anna@example.com\r\nSubject: Avviso\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nIn allegato.\r\n--b\r\nContent-Type: application/pdf; name=avviso.pdf\r\nContent-Disposition: attachment; filename=avviso.pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n');
    assert.deepEqual(await run(raw), ['BRAND_IMPERSONATION: "Agenzia delle Entrate" <avvisi@ade-notifiche.it> signs as Agenzia delle Entrate, is not authenticated for agenziaentrate.it, agenziaentrate.gov.it, and attaches avviso.pdf']);
    const dhl = brandOfName('DHL', options.brands)!;
    for (const host of ['dhl.evil.example', 'dhl-paket.example', 'track-dhl.example', 'de-dhl-track.example']) assert.ok(hostWearsBrand(host, dhl), host);
    for (const host of ['dhlx.example', 'adhl.example', 'mydhl.example']) assert.ok(!hostWearsBrand(host, dhl), host);
    // a link to a bare IP address leads elsewhere, even beside a link to the brand's own site
    assert.deepEqual(await run(html('InPost <powiadomienia@paczkomat-info.example>', '<p><a href="https://inpost.pl@198.51.100.210/sledzenie">Zapłać 1,99 zł</a> lub https://inpost.pl/sledzenie</p>')), [
      'BRAND_IMPERSONATION: "InPost" <powiadomienia@paczkomat-info.example> signs as InPost, is not authenticated for inpost.pl, inpost.eu, inpost.it, and links to 198.51.100.210',
    ]);
  });

  it('a name that spells a government\'s word under a commercial suffix dresses as the authority; a temp agency\'s name', async () => {
    assert.deepEqual(await run(html('=?iso-8859-7?B?wcHExSAtIG15QUFERQ==?= <noreply@epistrofes-gov.com>', '<p>Επιβεβαιώστε το IBAN: <a href="https://epistrofi-forou.example/iban">εδώ</a></p>', 'iso-8859-7')), [
      'BRAND_IMPERSONATION: "ΑΑΔΕ - myAADE" <noreply@epistrofes-gov.com> signs as ΑΑΔΕ, is not authenticated for aade.gr, gsis.gr, and links to epistrofi-forou.example',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain epistrofes-gov.com wears a government\'s word, which is not its site',
    ]);
    // the portal's own name worn is the brand's (the hundred-and-seventeenth pair's myaade-epistrofes.com)
    assert.deepEqual((await run(html('=?iso-8859-7?B?wcHExSAtIG15QUFERQ==?= <noreply@myaade-epistrofes.com>', '<p>Επιβεβαιώστε το IBAN: <a href="https://myaade-epistrofes.com/login">εδώ</a></p>', 'iso-8859-7'))).at(-1),
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain myaade-epistrofes.com wears the name of ΑΑΔΕ, which is not its site');
    for (const host of ['myaade-gov.com', 'hmrc-gov.uk.com', 'gob-multas.com', 'impots-gouv.info']) assert.ok(dressesAsGovernment(host), host);
    for (const host of ['aade.gov.gr', 'podatki.gov.pl', 'sede.agenciatributaria.gob.es', 'impots.gouv.fr', 'govdelivery.com', 'gov.uk', 'governo.it', 'govee.com']) assert.ok(!dressesAsGovernment(host), host);
    // the suffix run together (the twenty-second held-out pair's "gov.gr - Μητρώο Πραγματικών Δικαιούχων" <no-reply@govgr-mitroo.gr>)
    for (const host of ['govgr-mitroo.gr', 'govuk-refund.com', 'gobes-notificaciones.com']) assert.ok(dressesAsGovernment(host), host);
    // a hyphenated label of its own in front (the eighty-eighth pair's "HMRC" link), not under a government's own suffix
    assert.ok(dressesAsGovernment('www.gov-uk.vat-mtd-services.uk'));
    for (const host of ['www.tax.service.gov.uk', 'gov.salesforce.com', 'a-b.gov.pl', 'e-urzad.podatki.gov.pl']) assert.ok(!dressesAsGovernment(host), host);
    // a recruiter of a task scam signs as a temp agency
    assert.deepEqual((await run(html('Emily Carter | Randstad Digital <emily.carter@randstad-careers-eu.com>', '<a href="https://wa.me/447700900184">WhatsApp</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('Emily Carter | Randstad <emily.carter@randstad.de>', '<a href="https://wa.me/447700900184">WhatsApp</a>')), []);
  });

  it('a tax office "sharing" its summons through Dropbox: the name before "via" is a Dropbox user\'s account dressed as the brand', async () => {
    const share = html('=?UTF-8?B?ZS1VcnrEhWQgU2thcmJvd3kgKHByemV6IERyb3Bib3gp?= <no-reply@dropbox.com>', '<p>e-Urząd Skarbowy udostępnił Ci plik</p><a href="https://www.dropbox.com/scl/fi/x7k2/Wezwanie.pdf?dl=0">Wyświetl plik</a>');
    assert.deepEqual((await run(share, { dkimPass: ['dropbox.com'], spf: 'pass', spfDomain: 'dropbox.com', authenticatedDomain: 'dropbox.com' })).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_FREE_PAGE']);
    // the same share from a colleague's account names no brand
    assert.deepEqual(await run(html('Anna Kowalska (przez Dropbox) <no-reply@dropbox.com>', '<a href="https://www.dropbox.com/scl/fi/x7k2/Plan.pdf?dl=0">Plik</a>'), { dkimPass: ['dropbox.com'] }), []);
  });

  it('utilities, toll roads and authorities; a Reply-To that wears the name; a page anyone makes for free', async () => {
    // the energy company's "refund form" on Google Forms, from a hacked taverna's site, in ISO-8859-7
    assert.deepEqual(await run(html('=?iso-8859-7?B?xMXHIMXu9fDn8d305/Pn?= <info@taverna-thalassa.gr>', '<a href="https://docs.google.com/forms/d/e/1FAIpQLSd8/viewform">Φόρμα επιστροφής</a>', 'iso-8859-7')), [
      'BRAND_IMPERSONATION: "ΔΕΗ Εξυπηρέτηση" <info@taverna-thalassa.gr> signs as ΔΕΗ, is not authenticated for dei.gr, deh.gr, mydei.gr, and links to google.com',
      'BRAND_FREE_PAGE: ΔΕΗ would not send its customers to https://docs.google.com/forms/d/e/1FAIpQLSd8/viewform',
    ]);
    // replies to a domain dressed as the brand; the bill on a Canva design
    assert.deepEqual((await run(html('Iberdrola Clientes <info@clinicadentalmarbella.es>', '<a href="https://www.canva.com/design/DAGz4k/view">Ver factura</a>'), {}, {}, 'Reply-To: noreply@iberdrola-clientes.online\r\n')), [
      'BRAND_IMPERSONATION: "Iberdrola Clientes" <info@clinicadentalmarbella.es> signs as Iberdrola, is not authenticated for iberdrola.es, iberdrola.com, i-de.es, and links to canva.com',
      'BRAND_LOOKALIKE_DOMAIN: the Reply-To domain iberdrola-clientes.online wears the name of Iberdrola, which is not its site',
      'BRAND_FREE_PAGE: Iberdrola would not send its customers to https://www.canva.com/design/DAGz4k/view',
    ]);
    // a name with an apostrophe (addressParts reads quotes as spaces); a free host's subdomain that wears the name
    assert.deepEqual((await run(html('Autostrade per l\'Italia <info@studiotecnico.example>', '<a href="https://autostrade-pedaggi.webflow.io/">Paga</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_FREE_PAGE']);
    for (const name of ['e-TOLL', 'DGT - Dirección Electrónica Vial', 'Мосэнергосбыт | Личный кабинет', 'PGE Obrót S.A.', 'Enel Energia', 'HMRC', 'E.ON Energie']) assert.ok(brandOfName(name, options.brands), name);
    // "Enea" is an Italian first name, "dei" Italian for "of the", "Autostrade" begins other toll companies' names
    for (const name of ['Enea Rossi', 'Ufficio dei Servizi', 'Autostrade Lombarde']) assert.equal(brandOfName(name, options.brands), null, name);
    // the customs administrations, as their duty notices sign; not the forwarders and brokers whose names bear "Zoll" or "Aduanas"
    for (const name of ['Agenzia Dogane e Monopoli', 'Hauptzollamt Hamburg', 'Krajowa Administracja Skarbowa', 'ФТС России']) assert.ok(brandOfName(name, options.brands), name);
    for (const name of ['Zollagentur Becker', 'Zoll-Service Nord GmbH', 'Aduanas Pérez S.L.', 'Spedizioni Doganali Rossi']) assert.equal(brandOfName(name, options.brands), null, name);
    assert.deepEqual((await run(html('Agenzia Dogane e Monopoli <noreply@adm-dogane-pagamenti.example>', '<a href="https://pagopa-adm-dogane.example/pagamento?avviso=3381">Paga con pagoPA</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // a Dropbox share from Dropbox is Dropbox's own site; a Reply-To at the brand itself is the brand's
    assert.deepEqual((await run(html('Dropbox <no-reply@share-notify.example>', '<a href="https://www.dropbox.com/scl/fi/k3x9/Invoice.pdf">Open</a>'))), []);
    assert.deepEqual((await run(html('Enel Energia <avvisi@partner-billing.example>', '<a href="https://partner-billing.example/b">Bolletta</a>'), {}, {}, 'Reply-To: clienti@enel.it\r\n')).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
  });

  it('nothing but the reply asked for, at a Reply-To that wears the brand (the forty-seventh pair\'s purchase-order fraud)', async () => {
    const order = html('=?utf-8?Q?Alberto_S=C3=A1nchez_Ruiz_-_El_Corte_Ingl=C3=A9s?= <a.sanchez@elcorteingles-proveedores.example>', '<p>Le rogamos nos confirme disponibilidad y precio. Por favor, dirija toda la correspondencia a nuestro departamento de compras.</p>');
    assert.deepEqual(await run(order, {}, {}, 'Reply-To: compras.gourmet@elcorteingles-proveedores.example\r\n'), [
      'BRAND_IMPERSONATION: "Alberto Sánchez Ruiz - El Corte Inglés" <a.sanchez@elcorteingles-proveedores.example> signs as El Corte Inglés, is not authenticated for elcorteingles.es, elcorteingles.com, and asks for replies at elcorteingles-proveedores.example',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain elcorteingles-proveedores.example wears the name of El Corte Inglés, which is not its site',
    ]);
    // replies to a mailbox that wears no brand, or to the brand's own: no harm asked for
    assert.deepEqual(await run(order, {}, {}, 'Reply-To: compras@grandes-almacenes.example\r\n'), []);
    assert.deepEqual(await run(order, {}, {}, 'Reply-To: proveedores@elcorteingles.es\r\n'), []);
  });

  it('a host that pairs a word of the brand\'s name with a service\'s word dresses as it, though its domains are named otherwise', async () => {
    const greek = html(`=?iso-8859-7?B?${iconv.encode('Τράπεζα Πειραιώς', 'iso-8859-7').toString('base64')}?= <ebanking@piraeus-ebanking-gr.com>`, '<a href="&#104;&#116;&#116;&#112;&#115;://piraeus-ebanking-verify.com/gr/auth">Επιβεβαίωση</a>', 'iso-8859-7');
    assert.deepEqual(await run(greek), [
      'BRAND_IMPERSONATION: "Τράπεζα Πειραιώς" <ebanking@piraeus-ebanking-gr.com> signs as Τράπεζα Πειραιώς, is not authenticated for piraeusbank.gr, winbank.gr, and links to piraeus-ebanking-verify.com',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain piraeus-ebanking-gr.com wears the name of Τράπεζα Πειραιώς, which is not its site',
    ]);
    // a name's word that is itself a service's word pairs with nothing ("portal" of Zoll-Portal, "postfach" of beSt-Postfach),
    // and a customs authority's domain's English name is every broker's ("karagiannis-customs.gr")
    for (const host of ['kundendaten-portal.de', 'erechnung-postfach.de', 'certamed-nb-portal.com', 'karagiannis-customs.gr']) {
      assert.deepEqual(options.brands.filter((b) => hostWearsBrand(host, b)).map((b) => b.names[0]), [], host);
    }
    assert.deepEqual(options.brands.filter((b) => hostWearsBrand('zoll-portal-service.de', b)).map((b) => b.names[0]), ['Generalzolldirektion'], 'the customs portal\'s own name still is');
    // a brand's own short name as its look-alikes wear it (SberBusiness Online, СББОЛ: the forty-third pair)
    assert.deepEqual(options.brands.filter((b) => hostWearsBrand('sbbol-uvedomleniya.ru', b)).map((b) => b.names[0]), ['Сбербанк']);
    // the name's word alone, or beside no service's word, is a town's, a port's, anyone's; a generic word of a name ("Deutsche Post") is nobody's
    assert.equal(hostWearsBrand('piraeus-ebanking-verify.com', brandOfName('Piraeus Bank', options.brands)!), true);
    // the business customers' service, the service in the offices' languages (the forty-eighth pair's bank, pension fund and college)
    assert.equal(hostWearsBrand('piraeus-business.gr', brandOfName('Piraeus Bank', options.brands)!), true);
    assert.equal(hostWearsBrand('inarcassa-servizi.it', brandOfName('Inarcassa – Servizi agli iscritti', options.brands)!), true);
    assert.equal(hostWearsBrand('coam-tramites.es', brandOfName('COAM – Servicio de Visado', options.brands)!), true);
    assert.equal(hostWearsBrand('elcorteingles-proveedores.es', brandOfName('Alberto Sánchez Ruiz - El Corte Inglés', options.brands)!), true);
    assert.equal(hostWearsBrand('piraeus-port.gr', brandOfName('Piraeus Bank', options.brands)!), false);
    assert.equal(hostWearsBrand('piraeus.example', brandOfName('Piraeus Bank', options.brands)!), false);
    assert.equal(hostWearsBrand('deutsche-login.com', brandOfName('Deutsche Post', options.brands)!), false);
    assert.equal(hostWearsBrand('mybank-verify.com', brandOfName('Alpha Bank', options.brands)!), false);
  });

  it('Poland\'s e-Doręczenia: the real notice from its gov.pl address, the copy from a hyphenated look-alike', async () => {
    const body = '<p>W Twojej skrzynce do doręczeń elektronicznych czeka nowa korespondencja.</p><a href="https://e-doreczenia.gov.pl/odbierz">Odbierz</a>';
    assert.deepEqual(await run(html('e-Doręczenia <powiadomienia@e-doreczenia.gov.pl>', body, 'iso-8859-2')), []);
    assert.deepEqual((await run(html('e-Doręczenia <powiadomienia@e-doreczenia-gov.pl>', body.replace('e-doreczenia.gov.pl', 'e-doreczenia-gov.pl'), 'iso-8859-2'))).map((h) => h.split(':')[0]),
      ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
  });

  it('a fake authority\'s penalty notice: no link, no file, an account to pay into', async () => {
    const notice = Buffer.from('From: =?iso-8859-15?Q?Bundesamt_f=FCr_Justiz?= <ordnungsgeldverfahren@bfj-offenlegung.example>\r\nTo: anna@example.com\r\nSubject: Ordnungsgeld\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-15\r\n\r\nZahlen Sie 2.500,00 EUR binnen 5 Tagen auf IBAN DE89 3704 0044 0532 0130 00.\r\n');
    assert.deepEqual(await run(notice), [
      'BRAND_IMPERSONATION: "Bundesamt für Justiz" <ordnungsgeldverfahren@bfj-offenlegung.example> signs as Bundesamt für Justiz, is not authenticated for bundesjustizamt.de, bfj.bund.de, and asks for payment to DE89370400440532013000',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain bfj-offenlegung.example wears the name of Bundesamt für Justiz, which is not its site',
    ]);
    // the authority's own address under the federal bund.de; its own label there ("bfj") is its name, the shared parent's is every authority's
    const bfj = brandOfName('Bundesamt für Justiz', options.brands)!;
    assert.deepEqual(await run(Buffer.from(notice.toString('latin1').replace('ordnungsgeldverfahren@bfj-offenlegung.example', 'poststelle@bfj.bund.de'), 'latin1')), []);
    assert.ok(!hostWearsBrand('bund-naturschutz.example', bfj));
    assert.ok(hostWearsBrand('bundesjustizamt-zahlung.example', bfj));
  });

  it('the health regulators and registers a device distributor answers to: their fee notices from look-alikes, free mail with an account; their own mail', async () => {
    // the fake BfArM's registration fee, the fake EUDAMED's SRN validation, the fake Честный ЗНАК's restricted account
    assert.deepEqual((await run(html('BfArM - DMIDS Registrierungsstelle <dmids@bfarm-registrierung.example>', '<p>Gebühr 385,00 EUR.</p><a href="https://dmids-bfarm.de-portal.example/registrierung">Registrierung</a>', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('EUDAMED Actor Registration <no-reply@eudamed-registration.example>', '<a href="https://eudamed-registration.example/actor/validate">Validate SRN now</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Честный ЗНАК <noreply@chestny-znak-crpt.example>', '<p>Доступ к личному кабинету будет ограничен.</p><a href="https://chestny-znak-crpt.example/lk/verify">Подтвердить</a>', 'koi8-r'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the Greek medicines agency "temporarily" on Outlook.com, a fine to pay into an account
    const eof = Buffer.concat([Buffer.from('From: =?iso-8859-7?B?xc/W?= <eof.iatrotechnologika@outlook.example>\r\nTo: anna@example.com\r\nSubject: Prostimo\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-7\r\n\r\n'),
      iconv.encode('Καλείστε να καταβάλετε 1.250,00 € στον λογαριασμό IBAN GR16 0110 1250 0000 0001 2300 695.\r\n', 'iso-8859-7')]);
    assert.deepEqual((await run(eof)).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
    // their own mail: the Spanish agency from its gob.es domain, EUDAMED's notice from europa.eu
    assert.deepEqual(await run(html('AEMPS - Productos Sanitarios <licencias@aemps.gob.es>', '<a href="https://sede.aemps.gob.es/">Sede electrónica</a>', 'iso-8859-15')), []);
    assert.deepEqual(await run(html('EUDAMED <SANTE-EUDAMED-SUPPORT@ec.europa.eu>', '<a href="https://ec.europa.eu/tools/eudamed">EUDAMED</a>')), []);
    // securPharm's participants' portal, TheFork's restaurant manager, Poland's waste register by its full name
    assert.deepEqual((await run(html('securPharm Teilnehmerverwaltung <teilnehmer@securpharm-portal.example>', '<a href="https://securpharm-portal.example/teilnehmer/login">Zertifikat verlängern</a>', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('TheFork Manager <no-reply@thefork-partner-support.example>', '<a href="https://manager-thefork.it-verifica.example/partner/login">Verifica ora</a>', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // (its sender's domain puts the register's capitals "BDO" beside a word of its own: a look-alike of it)
    assert.deepEqual((await run(html('Rejestr BDO - obsługa podmiotów <powiadomienia@bdo-rejestr.example>', '<a href="https://bdo-rejestr.example/podmiot/weryfikacja">Opłata roczna</a>', 'iso-8859-2'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // Spain's ABANCA, the Reverb marketplace, the lift regulators (the eighty-second, eighty-fourth and eighty-fifth pairs)
    assert.deepEqual((await run(html('ABANCA Empresas <empresas@abanca-empresas-verificacion.example>', '<a href="https://abanca-empresas-verificacion.example/be/acceso">Verificar dispositivo</a>', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Reverb <seller-support@reverb-sellerhub.example>', '<a href="https://reverb-sellerhub.example/my/payouts/verify">Verify my shop</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Urząd Dozoru Technicznego - eUDT <powiadomienia@eudt-gov.example>', '<a href="https://eudt-gov.example/portal/decyzje">Decyzja</a>', 'iso-8859-2'))).map((h) => h.split(':')[0])[0], 'BRAND_IMPERSONATION');
    assert.deepEqual((await run(html('Ростехнадзор - Центральное управление <rtn.proverki@mail.ru>', '<a href="https://gosuslugi.knm-rtn.example/esia/login">Войти</a>', 'windows-1251'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_FREE_MAIL'], 'the link wears Госуслуги');
    assert.deepEqual(await run(html('Reverb <news@reverb.com>', '<a href="https://reverb.com/news">News</a>')), [], 'its own mail');
    // the audit firm BDO is no register, its sites no look-alike of it
    assert.deepEqual(await run(html('BDO Polska <newsletter@bdo.example>', '<a href="https://bdo-insights.example/raport">Raport</a>', 'iso-8859-2')), []);
  });

  it('the chambers and systems an accounting firm answers to: a tax advisers\' chamber is a group whose members mail from a domain each', async () => {
    // a member chamber's own domain (stbk-<region>.de) is its; the "mailbox re-verification" on a look-alike is not
    assert.deepEqual(await run(html('Steuerberaterkammer München <info@stbk-muenchen.example>', '<a href="https://www.stbk-muenchen.example/">Mitgliederbereich</a>')).then((h) => h.map((x) => x.split(':')[0])), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('Steuerberaterkammer München <mitgliederservice@stbk-muenchen.de>', '<a href="https://www.stbk-muenchen.de/mitglieder">Mitgliederbereich</a>', 'iso-8859-1')), []);
    assert.deepEqual((await run(html('Steuerberaterkammer München <mitgliederservice@stbk-muenchen-portal.de>', '<a href="https://best-stbk-postfach.de/verifizierung">Jetzt beSt-Postfach verifizieren</a>', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the Greek economic chamber, the labour ministry's ΕΡΓΑΝΗ, Spain's Sistema RED
    assert.deepEqual((await run(html('Οικονομικό Επιμελητήριο της Ελλάδας <melh@oee-ananeosi.example>', '<a href="https://oee-ananeosi.example/pay">Πληρωμή</a>', 'iso-8859-7'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('ΕΡΓΑΝΗ ΙΙ <noreply@ergani-ypergasias.example>', '<a href="https://ergani-ypergasias.example/praxi">Προβολή πράξης</a>', 'iso-8859-7'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Seguridad Social - Sistema RED <avisos@sistemared-segsocial.example>', '<a href="https://sistemared-segsocial.example/renovar">Renovar autorización</a>', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('Seguridad Social - Sistema RED <avisos@seg-social.es>', '<a href="https://sede.seg-social.gob.es/">Sede</a>', 'iso-8859-15')), []);
  });

  it('the services a software company signs in to: a code host\'s "token exposed", the app store\'s "removal"', async () => {
    assert.deepEqual((await run(html('GitHub <noreply@github-secretscanning-alerts.example>', '<a href="https://github.com-session-review.example/login/device">Review the exposure</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('App Store Connect <no_reply@appstoreconnect-review.example>', '<a href="https://appstoreconnect-review.example/appeal">Submit an appeal</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('GitHub <noreply@github.com>', '<a href="https://github.com/settings/tokens">Tokens</a>'), { spf: 'pass', spfDomain: 'github.com', dkimPass: ['github.com'], authenticatedDomain: 'github.com' }), []);
  });

  it('an advertiser\'s and a shop\'s accounts, the property portals, a name spelt apart (the thirtieth and thirty-first pairs)', async () => {
    // "Google Ads" linking to a page anyone makes on Google's own domain: no look-alike, a free page
    assert.deepEqual((await run(html('Google Ads <ads-noreply@ferienwohnungen.example>', '<a href="https://sites.google.com/view/ads-policy-appeal-4821197305/">Submit an appeal</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_FREE_PAGE']);
    assert.deepEqual((await run(html('Meta Support <no-reply@terrazzo.example>', '<a href="https://business-help-appeal.netlify.app/">Request review</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_FREE_PAGE']);
    for (const [name, host] of [['ImmoScout24 Business', 'immoscout24-business.example'], ['idealista/tools', 'idealista-pro.example'], ['Otodom', 'otodom-partner.example']]) {
      assert.deepEqual((await run(html(`${name} <service@${host}>`, `<a href="https://${host}/konto">Konto</a>`))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], name);
    }
    // the food trade's barcode licences, audits and veterinary certificates; the tax office's e-invoice service by its own name
    for (const [name, host] of [['GS1 UK Accounts', 'gs1uk-membership.example'], ['IFS Audit Planning', 'ifsmanagement-audit.example'], ['ФГИС «Меркурий»', 'vetis-merkuriy.example'], ['Fatture e Corrispettivi', 'agenziaentrate-notifiche.example']]) {
      assert.deepEqual((await run(html(`${name} <noreply@${host}>`, `<a href="https://${host}/login">Login</a>`))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], name);
    }
    assert.deepEqual(await run(html('ООО «Меркурий» <info@merkuriy-trade.example>', '<a href="https://merkuriy-trade.example/">Сайт</a>')), []);
    // an installer's, a car-parts supplier's and a travel agency's registers, funds, certifiers and airlines (the thirty-third to thirty-fifth pairs)
    for (const [name, host] of [['Marktstammdatenregister der Bundesnetzagentur', 'marktstammdatenregister-portal.example'], ['KfW Förderportal', 'meinekfw-zuschuss.example'],
      ['GSE - Area Clienti', 'gse-areaclienti.example'], ['MCS Certification', 'mcscertified-portal.example'], ['Россети Московский регион', 'rossetimr-lk.example'],
      ['iPKO biznes', 'ipkobiznes-certyfikat.example'], ['i-DE Área Clientes', 'i-de-compensacion.example'], ['Maersk Customer Service', 'maersk-docs.example'],
      ['IATA BSP Germany', 'iata-bsplink.example'], ['ETIAS Central Unit', 'etias-eu-portal.example'], ['Deutscher Reisesicherungsfonds', 'drsf-reise.example'],
      ['Iberia Agencias', 'iberia-portalagencias.example'], ['IATF Global Oversight', 'iatf-oversight.example'], ['Zoll-Portal | Generalzolldirektion', 'zollportal-service.example']]) {
      assert.deepEqual((await run(html(`${name} <noreply@${host}>`, `<a href="https://${host}/login">Login</a>`))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], name);
    }
    // an insurance broker's supervisors and registers, a chemicals distributor's and a law firm's (the thirty-sixth to thirty-eighth pairs)
    for (const [name, host] of [['FCA Connect', 'fca-connect-services.example'], ['DIHK Vermittlerregister', 'vermittlerregister-pruefung.example'], ['IVASS - Registro Unico degli Intermediari', 'ivass-registro.example'],
      ['DGSFP - Registro de Distribuidores', 'dgsfp-mediadores.example'], ['ECHA REACH-IT', 'echa-europa.example'], ['INAIL - Sportello Unico Previdenziale', 'durc-verifiche.example'], ['HM Revenue & Customs', 'hmrc-taxnotice.example']]) {
      assert.deepEqual((await run(html(`${name} <noreply@${host}>`, `<a href="https://${host}/login">Login</a>`))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN'], name);
    }
    // the brand's own domain before another one: Aruba's pec.it, CE-File's cefile-app.com
    assert.ok((await run(html('Aruba PEC <info@residenza.example>', '<a href="https://gestionemail.pec.it.sessione-webmail.example/login">Gestisci</a>'))).some((h) => h.startsWith('BRAND_')), 'Aruba PEC');
    // a Spanish firm named after the peninsula is no airline
    assert.deepEqual(await run(html('Transportes Iberia S.L. <info@transportes-iberia.example>', '<a href="https://transportes-iberia.example/">Web</a>')), []);
    // ACS Courier with a word of its own between its two ("acs-gr-courier")
    assert.deepEqual((await run(html('ACS Courier <info@acs-gr-courier.example>', '<a href="https://acs-gr.delivery-reschedule.example/track">Επιβεβαίωση</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the brand's short name beside a word of the sender's own (the seventieth pair's ACS Courier on
    // acs-apostoles.gr, the sixtieth's UKE on uke-rejestr.pl), and a name spelt without its joining word
    // (the sixty-second pair's "Renewables and CHP Register" on renewables-chp-register.co.uk)
    assert.deepEqual(await run(html('ACS Courier <info@acs-apostoles.example>', '<a href="https://pliromi-telon.example/gr">Πληρωμή τελών</a>', 'iso-8859-7')),
      ['BRAND_IMPERSONATION: "ACS Courier" <info@acs-apostoles.example> signs as ACS Courier, is not authenticated for acscourier.net, acscourier.gr, and links to pliromi-telon.example',
        'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain acs-apostoles.example wears the short name of ACS Courier, which is not its site']);
    assert.deepEqual((await run(html('=?ISO-8859-2?Q?Urz=B1d_Komunikacji_Elektronicznej?= <oplaty@uke-rejestr.example>', '<a href="https://uke-rejestr.example/oplata">Opłata</a>', 'iso-8859-2'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual((await run(html('Renewables and CHP Register <no-reply@renewables-chp-register.example>', '<a href="https://renewables-chp-register.example/login">Sign in</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the short name only in the sender's domain, not a link's: another business of the same letters
    assert.deepEqual((await run(html('ACS Courier <info@kafeteria.example>', '<a href="https://acs-kalamata.example/">Κατάστημα</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
    // Google's own notice to its own help pages, and a name not a brand ("Cian", "Meta" alone)
    assert.deepEqual(await run(html('Google Ads <ads-noreply@google.com>', '<a href="https://support.google.com/google-ads/">Help</a>'), { spf: 'pass', spfDomain: 'google.com', dkimPass: ['google.com'], authenticatedDomain: 'google.com' }), []);
    assert.deepEqual(await run(html('Cian Murphy <cian@murphy-consulting.example>', '<a href="https://murphy-consulting.example/">Web</a>')), []);
    assert.deepEqual(await run(html('Meta <info@agenzia.example>', '<a href="https://agenzia.example/">Web</a>')), []);
  });

  it('LINK_BRAND_LOOKALIKE: no brand in the display name, but a link to a site that wears one\'s name', async () => {
    // a town's "parking fine" pointing at a fake PagoPA page, in ISO-8859-1
    assert.deepEqual(await run(html('Polizia Locale Milano - Ufficio Verbali <verbali@polizialocale-milano-notifiche.it>', '<p>Pagamento ridotto entro 5 giorni: <a href="https://pagopa-verbali-comune.it/paga?v=0874123">paga qui</a></p>', 'iso-8859-1')),
      ['LINK_BRAND_LOOKALIKE: a link leads to pagopa-verbali-comune.it, which wears the name of PagoPA and is not its site']);
    assert.equal((await run(html('IT Service Desk <office@praxis.example>', '<a href="https://microsoftonline.auth-examplegroup.example/?u=anna@example.com">Re-enrol</a>')))[0]?.split(':')[0], 'LINK_BRAND_LOOKALIKE');
    // a fake tender's "ShareFile" portal (the hundred-and-twenty-first pair); ShareFile's own EU host is its site
    assert.deepEqual(await run(html('Niamh Gallagher <n.gallagher@kilbride.example>', '<a href="https://kilbride.sharefile-secure.example/d-s8f2k1a9c4e/tender">Tender pack</a>')),
      ['LINK_BRAND_LOOKALIKE: a link leads to kilbride.sharefile-secure.example, which wears the name of ShareFile and is not its site']);
    assert.deepEqual(await run(html('Niamh Gallagher <n.gallagher@kilbride.example>', '<a href="https://kilbride.sharefile.eu/d-s8f2k1a9c4e">Tender pack</a>')), []);
    // the brand's whole domain at the start of another site's address: a consultant's "Zoom" meeting, a "Slack" billing page
    assert.deepEqual(await run(html('Lorenzo Vitale <l.vitale@castello-advisory.example>', '<a href="https://us06web.zoom.us.castello-meet.example/j/84120937716?pwd=x">Partecipa alla riunione Zoom</a>')),
      ['LINK_BRAND_DOMAIN_INSIDE: a link leads to us06web.zoom.us.castello-meet.example, which begins with zoom.us, the domain of Zoom, and is a site under castello-meet.example']);
    assert.equal((await run(html('Billing <billing@workspace-mail.example>', '<a href="https://examplegroup.slack.com.workspace-restore.example/admin/billing">Update</a>')))[0]?.split(':')[0], 'LINK_BRAND_DOMAIN_INSIDE');
    // or run on into another name with a hyphen: WeTransfer's we.tl in a hijacked haulier's mail (the fifty-fourth pair)
    assert.deepEqual(await run(html('Σταύρος Αθανασίου <stathanasiou@otenet.example>', '<a href="https://we.tl-share.example/t-Hq7Zr2KxB4/Deltia">Δελτία</a>')),
      ['LINK_BRAND_DOMAIN_INSIDE: a link leads to we.tl-share.example, which begins with we.tl, the domain of WeTransfer, and is a site under tl-share.example']);
    assert.deepEqual(await run(html('Partner <news@partner.example>', '<a href="https://we.tl/t-Hq7Zr2KxB4">files</a> <a href="https://www.wetransfer.com/">WeTransfer</a>')), []);
    // the brand's own meeting link, and a partner's own host whose label only happens to be the brand's word
    assert.deepEqual(await run(html('Lorenzo Vitale <l.vitale@castello-advisory.example>', '<a href="https://us06web.zoom.us/j/84120937716?pwd=x">Partecipa</a>')), []);
    // the brand's own mail from another of its domains; the sender's own site; an authenticated site;
    // the brand's real site; a word of a savings bank's members ("vr-") that other names begin with too
    const none: Array<[string, string, Partial<AuthResults>?]> = [
      ['COSMOTE Business <business@news.cosmote.gr>', 'https://link.cosmote-business.gr/c/123'],
      ['Microsoft <microsoft-noreply@microsoft.com>', 'https://c.s-microsoft.com/logo.png'],
      ['Müller Logistik <info@dhl-partner-mueller.example>', 'https://www.dhl-partner-mueller.example/news'],
      ['Müller Logistik <news@mueller.example>', 'https://dhl-partner-mueller.example/news', { dkimPass: ['dhl-partner-mueller.example'] }],
      ['Shop <news@shop.example>', 'https://www.dhl.de/de/privatkunden.html'],
      ['Messe <info@messe.example>', 'https://vr-brillen-verleih.example/'],
    ];
    for (const [from, href, auth] of none) assert.deepEqual(await run(html(from, `<a href="${href}">x</a>`), auth), [], `${from} ${href}`);
  });

  it('callback phishing: no link and no file, a number to call; characters that print as nothing hide no name', async () => {
    const callback = Buffer.concat([Buffer.from('From: =?KOI8-R?B?9C3iwc7LIPPM1dbCwSDCxdrP0MHTzs/T1Mk=?= <security@tbank-bezopasnost.example>\r\nTo: anna@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      iconv.encode('Оформлена заявка на кредит на сумму 487 000 руб. Если Вы НЕ совершали операцию, свяжитесь с нами по телефону:\r\n\r\n 8 (800) 301-47-29\r\n', 'koi8-r')]);
    assert.deepEqual(await run(callback), [
      'BRAND_IMPERSONATION: "Т-Банк Служба безопасности" <security@tbank-bezopasnost.example> signs as Т-Банк, is not authenticated for tbank.ru, tinkoff.ru, and gives the number 8 (800) 301-47-29 to call',
      'BRAND_LOOKALIKE_DOMAIN: the sender\'s domain tbank-bezopasnost.example wears the name of Т-Банк, which is not its site',
    ]);
    // any number after a word asking to call; none: nothing to do for the reader
    assert.match((await run(html('CaixaBank <avisos@construcciones.example>', '<p>Acceso no reconocido. Llame al 910 60 71 43 hoy.</p>')))[0] ?? '', /gives the number 910 60 71 43 to call$/);
    assert.deepEqual(await run(html('CaixaBank <avisos@construcciones.example>', '<p>Acceso no reconocido el 01/12/2026 a las 08:12.</p>')), []);
    // the number after the desk's long name (the twenty-fourth pair's "Santander Empresas"), a date passed over
    assert.match((await run(html('Santander Empresas <avisos@santander-empresas-seguridad.example>',
      '<p>Si no reconoce esta operación, llame inmediatamente a nuestro Servicio de Seguridad de Empresas en el 910 602 437 (24 horas).</p>')))[0] ?? '', /gives the number 910 602 437/);
    assert.match((await run(html('CaixaBank <avisos@construcciones.example>', '<p>Llame antes del 12/03/2026 al 910 60 71 43.</p>')))[0] ?? '', /gives the number 910 60 71 43 to call$/);
    // asked to get in touch rather than to call (the hundred-and-seventh pair's "Santander Empresas - Seguridad", no link at all)
    assert.match((await run(html('Santander Empresas - Seguridad <alertas@santanderempresas-seguridad.example>',
      '<p>Si usted no ha ordenado esta operación, póngase en contacto inmediatamente con nuestro Servicio de Seguridad 24 horas en el 518 88 20 47.</p>')))[0] ?? '', /gives the number 518 88 20 47 to call$/);
    for (const ask of ['Comuníquese con nuestra central al 910 60 71 43.', 'Please get in touch with our fraud team on 020 3808 4417.', 'Prosimy o pilny kontakt pod numerem 22 591 44 10.', 'Bitte melden Sie sich umgehend unter 069 1234 5678.']) {
      assert.match((await run(html('CaixaBank <avisos@construcciones.example>', `<p>${ask}</p>`)))[0] ?? '', /gives the number .* to call$/, ask);
    }
    // zero-width spaces inside the brand's name, shown as "?" in the detail
    assert.match((await run(html('=?utf-8?B?Q+KAi2/igItycuKAi2Vvcw==?= <info@envios.example>', PAY)))[0] ?? '', /^BRAND_IMPERSONATION: "C\?o\?r.*" <info@envios\.example> signs as Correos,/);
    for (const name of ['CaixaBank', 'Aruba.it - Servizio Clienti', 'GITD CANARD - Powiadomienia', 'Εθνική Τράπεζα', 'Apple Support', 'Vinted', 'Газпром Инвестиции', 'REG.RU']) assert.ok(brandOfName(name, options.brands), name);
    // HPE's Aruba networking, "meta" (a goal), GLS Bank at its own domain
    for (const name of ['HPE Aruba Networking', 'Meta Consulting Srl', 'Lockergnome Apple Core']) assert.equal(brandOfName(name, options.brands), null, name);
    assert.deepEqual(await run(html('GLS Bank <info@gls.de>', '<a href="https://newsletter.gls.de/x">Newsletter</a>')), []);
  });

  it('not the brand\'s own mail, nor a partner, a service passing on news, a colleague, or a name alone', async () => {
    // Italian certified mail carrying the e-invoicing exchange's delivery, replies to it; not a "Per conto di" whose replies go elsewhere
    const pec = (replyTo: string): Buffer => Buffer.from('From: "Per conto di: sdi01@pec.fatturapa.it" <posta-certificata@pec.aruba.it>\r\nReply-To: ' + replyTo + '\r\nTo: anna@example.com\r\nSubject: POSTA CERTIFICATA: Invio File 4459812301\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMessaggio di posta certificata\r\n--b\r\nContent-Type: application/xml; name=daticert.xml\r\nContent-Disposition: attachment; filename=daticert.xml\r\n\r\n<postacert/>\r\n--b--\r\n');
    assert.deepEqual(await run(pec('sdi01@pec.fatturapa.it')), []);
    assert.deepEqual((await run(pec('sdi-assistenza@fatturapa-help.example'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // authenticated for one of the brand's domains, or sent from one (a forgery there is DMARC's)
    assert.deepEqual(await run(html('DHL Paket <noreply@dhl.de>', PAY.replace('dhl-de-zustellung.top', 'www.dhl.de')), { dkimPass: ['dhl.de'] }), []);
    assert.deepEqual(await run(html('DHL Express <express@news.example>', PAY), { dkimPass: ['mail.dhl.com'] }), []);
    assert.deepEqual(await run(html('DHL Paket <noreply@dhl.de>', PAY)), []);
    // the brand's name under another country's suffix is the brand's too (DPD Polska mails from dpd.com.pl)
    assert.deepEqual(await run(html('DPD Polska <powiadomienia@dpd.com.pl>', '<a href="https://tracktrace.dpd.com.pl/parcel/1">Śledź</a>'), { dkimPass: ['dpd.com.pl'] }), []);
    assert.deepEqual(await run(html('DHL Paket <noreply@news.example>', '<a href="https://www.dhl.fr/suivi">Suivi</a>')), []);
    // a partner names the brand and links to its own site: only the smaller sign
    assert.deepEqual((await run(html('Müller Logistik – DHL Partner <info@mueller-logistik.de>', '<a href="https://mueller-logistik.de/">Web</a>'), { dkimPass: ['mueller-logistik.de'] })).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
    // "Microsoft via LinkedIn" from LinkedIn's authenticated address
    assert.deepEqual(await run(html('Microsoft via LinkedIn <messages-noreply@linkedin.com>', '<a href="https://www.linkedin.com/company/microsoft">Microsoft</a>'), { dkimPass: ['linkedin.com'] }), []);
    // an insurer's contract really comes "via DocuSign"
    assert.deepEqual(await run(html('Allianz via DocuSign <dse@docusign.net>', '<a href="https://www.docusign.net/Signing/x">Review</a>'), { dkimPass: ['docusign.net'] }), []);
    // nothing to click or open, and no Reply-To
    assert.deepEqual(await run(html('Poste Italiane <info@poste-avvisi.example>', '<p>Il pacco è in consegna.</p>')), []);
    // a brand in the text, not in the display name
    assert.deepEqual(await run(html('Anna Kowalska <anna@partner.example>', '<p>Paczka InPost: <a href="https://inpost.pl/sledzenie">śledzenie</a></p>')), []);
    // a chamber's dues office is a "Beitragsservice" too; the broadcasting fee's signs with its full name
    assert.deepEqual(await run(html('"IHK Frankfurt am Main - Beitragsservice" <beitrag@frankfurt-main.ihk.de>', '<a href="https://www.frankfurt-main.ihk.de/beitrag">Beitragsbescheid</a>')), []);
    assert.equal((await run(html('"ARD ZDF Deutschlandradio Beitragsservice" <service@beitrag-nachzahlung.info>', '<a href="https://beitrag-nachzahlung.info/zahlen">Jetzt zahlen</a>'))).length, 1);
    // the admin's own list replaces the default
    assert.deepEqual(await run(html('"DHL Paket" <noreply@sendungsverfolgung.info>', PAY), {}, { brands: [{ names: ['Sparkasse KölnBonn'], domains: ['sparkasse-koelnbonn.de'] }] }), []);
    assert.equal(brandImpersonationOptionsSchema.safeParse({ brands: [{ names: ['X'], domains: ['https://x.example'] }] }).success, false);
  });
});

const plain = (from: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: anna@example.com\r\nSubject: =?utf-8?B?${Buffer.from('Извещение / Ladung / Avviso').toString('base64')}?=\r\nMessage-ID: <m${Math.random()}@x.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const word = (name: string, charset: string): string => `=?${charset}?B?${iconv.encode(name, charset).toString('base64')}?=`;

describe('link hosts dressed in other ways (the ninety-first to ninety-fourth pairs)', () => {
  it('a short name beside a service\'s word, a name run together with one, another brand\'s whole domain in front', async () => {
    const kinds = async (from: string, body: string, charset = 'utf-8'): Promise<string[]> => (await run(html(from, body, charset))).map((h) => h.split(':')[0]!);
    // "ACS Courier" from a hacked furniture shop, to acs-gr-paradosi.com; not a host with ACS and a word of its own
    assert.deepEqual(await kinds('ACS Courier <info@epiplo-kouzinas.example>', '<a href="https://acs-gr-paradosi.com/track/7301884417">Νέα παράδοση</a>', 'iso-8859-7'), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await kinds('ACS Courier <info@epiplo-kouzinas.example>', '<a href="https://acs-dobfar.example/catalogue">Κατάλογος</a>', 'iso-8859-7'), ['BRAND_IMPERSONATION']);
    // "СберБизнес" on sbi-sberbusiness.online: "sber" run together with "business"
    assert.deepEqual(await kinds('СберБизнес <uvedomleniya@sbi-sberbusiness.online>', '<a href="https://sbi-sberbusiness.online/ic/dcb/115fz">Войти</a>', 'koi8-r'), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the Russian Raiffeisenbank by its Cyrillic name (the hundred-and-twenty-eighth pair's "115-FZ" restriction)
    assert.deepEqual(await kinds('Райффайзен Бизнес Онлайн <info@raiffeisen-bizonline.example>', '<a href="https://raiffeisen-bizonline.example/auth/login?doc=115fz">Войти</a>', 'windows-1251'), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // the coast guard's fine paid on checkout.pagopa.it.…, from a domain that is no coast guard's word (the ninety-second pair's is)
    assert.deepEqual(await run(html('Capitaneria di Porto di Genova <notifiche@verbali-sanzioni.example>', '<a href="https://checkout.pagopa.it.verbali-sanzioni.example/pay?iuv=99915229786611265">Paga con pagoPA</a>', 'iso-8859-15')), [
      'BRAND_IMPERSONATION: "Capitaneria di Porto di Genova" <notifiche@verbali-sanzioni.example> signs as Capitaneria di Porto, is not authenticated for guardiacostiera.gov.it, mit.gov.it, and links to verbali-sanzioni.example',
      'BRAND_LOOKALIKE_DOMAIN: checkout.pagopa.it.verbali-sanzioni.example wears pagopa.it, the domain of PagoPA, which is not its site',
    ]);
    // with no brand in the name, the whole domain in front counts on the sender's own site too
    assert.deepEqual(await kinds('Ufficio Contenzioso <notifiche@verbali-capitaneria.com>', '<a href="https://checkout.pagopa.it.verbali-capitaneria.com/pay">Paga</a>', 'iso-8859-15'), ['LINK_BRAND_DOMAIN_INSIDE']);
    // the ministry's shared domain gives the coast guard no word "mit" (MIT's own hosts)
    assert.deepEqual(await kinds('Physics <news@physics.example>', '<a href="https://mit.fnal.gov/seminar">Seminar</a>'), []);
    assert.equal(brandOfName('Tyre24 Italia', options.brands)?.names[0], 'Tyre24');
    assert.equal(brandOfName('Межрайонная ИФНС России N 46 по г. Москве', options.brands)?.names[0], 'ФНС России');
  });
});

describe('a brand whose name is a word of the languages (nameAlone)', () => {
  it('signs as the brand alone, with its domain or its team\'s words; a music school named after the tempo does not', async () => {
    for (const name of ['Allegro', 'Allegro.pl', 'allegro.pl', 'Allegro Powiadomienia', 'Zespół Allegro', 'Allegro – Centrum Pomocy', 'Allegro Smart!', 'Allegro no-reply', 'ΑLLEGRO']) {
      assert.equal(brandOfName(name, options.brands)?.names[0], 'Allegro', name);
    }
    for (const name of ['Escuela de Música Allegro', 'Hotel Allegro Roma', 'Allegro Musikschule', 'Trattoria Allegro', 'Allegro Ma Non Troppo Quartet']) assert.equal(brandOfName(name, options.brands), null, name);
    // the eighty-fourth pair's music school: an order, signed with its name, from its own domain (4 before, from BRAND_IMPERSONATION)
    const order = html('"Escuela de Música Allegro" <secretaria@escuelaallegro.es>', '<p>Os enviamos el pedido en firme: 12 violines. <a href="https://www.escuelaallegro.es/">escuelaallegro.es</a></p>', 'iso-8859-1');
    assert.deepEqual(await run(order), []);
    // the thirtieth pair's seller "verification" still is
    const verify = html('Allegro <powiadomienia@powiadomienia-sprzedawcy.pl>', '<p>Zweryfikuj konto sprzedawcy: <a href="https://allegro-weryfikacja.shop/login">Zaloguj się</a></p>', 'iso-8859-2');
    assert.deepEqual((await run(verify)).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    // an admin's own brand may say so too
    const opts = { brands: [{ names: ['Orbis'], domains: ['orbis.pl'], nameAlone: true }] };
    assert.equal(brandOfName('Orbis', brandImpersonationOptionsSchema.parse(opts).brands)?.names[0], 'Orbis');
    assert.equal(brandOfName('Orbis Travel Kraków', brandImpersonationOptionsSchema.parse(opts).brands), null);
  });
});

describe('BRAND_FREE_MAIL', () => {
  it('a bank or a courier on a free-mail account (the seventy-fifth pair\'s "Intesa Sanpaolo" on Libero and "ACS Courier" on OTEnet)', async () => {
    assert.deepEqual(await run(html('Intesa Sanpaolo - Sicurezza <intesasanpaolo.sicurezza@libero.it>', '<a href="https://verifica-bonifico.example/">Verifica</a>', 'iso-8859-15')), [
      'BRAND_IMPERSONATION: "Intesa Sanpaolo - Sicurezza" <intesasanpaolo.sicurezza@libero.it> signs as Intesa Sanpaolo, is not authenticated for intesasanpaolo.com, and links to verifica-bonifico.example',
      'BRAND_FREE_MAIL: Intesa Sanpaolo does not write from free mail (libero.it)',
    ]);
    assert.deepEqual((await run(html('ACS Courier <acs.eksipiretisi@otenet.gr>', '<a href="https://acs-gr.delivery-track.example/pay">Πληρωμή</a>', 'iso-8859-7'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_FREE_MAIL']);
    // a look-alike domain is no free mail; the brand's own mail gets nothing
    assert.deepEqual((await run(html('Nayax <no-reply@nayax-liquidaciones.example>', '<a href="https://u27719043.ct.sendgrid.net/ls/click">Verificar cuenta en Nayax Core</a>', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN']);
    assert.deepEqual(await run(html('Nayax <no-reply@nayax.com>', '<a href="https://my.nayax.com/core">Nayax Core</a>')), []);
    // a vendor's partner programme by its full name; the Italian "dell'" is no brand
    assert.deepEqual((await run(html('Dell Technologies Partner Program <partners@deal-review.example>', '<a href="https://partner-dell.deal-review.example/sso">Review</a>'))).map((h) => h.split(':')[0]), ['BRAND_IMPERSONATION']);
    assert.deepEqual(await run(html('Ufficio dell\'Amministrazione <amministrazione@studio.example>', '<a href="https://studio.example/f">Fattura</a>', 'iso-8859-15')), []);
  });
});

describe('AUTHORITY_FREE_MAIL', () => {
  it('a court, a prosecutor or the police writing from free mail, in the offices\' languages and charsets', async () => {
    const court = plain(`"${word('Арбитражный суд г. Москвы', 'windows-1251')}" <arbitr.msk.izveshenie@yandex.ru>`,
      'Арбитражный суд города Москвы извещает Вас. С материалами дела можно ознакомиться по ссылке:\nhttps://disk.yandex.ru/d/r3dSIT_jxfQK5b\nПароль для открытия архива: 1712', 'windows-1251');
    // the arbitration courts are a brand too (all of them mail from arbitr.ru): their name there, with the case files on a free page
    assert.deepEqual(await run(court), [
      'BRAND_IMPERSONATION: "Арбитражный суд г. Москвы" <arbitr.msk.izveshenie@yandex.ru> signs as Арбитражный суд, is not authenticated for arbitr.ru, and links to yandex.ru',
      'BRAND_FREE_MAIL: Арбитражный суд does not write from free mail (yandex.ru)',
      'BRAND_FREE_PAGE: Арбитражный суд would not send its customers to https://disk.yandex.ru/d/r3dSIT_jxfQK5b',
    ]);
    const district = plain(`"${word('Мещанский районный суд г. Москвы', 'windows-1251')}" <meshansky.sud.izveshenie@yandex.ru>`,
      'Мещанский районный суд извещает Вас. С материалами дела можно ознакомиться по ссылке:\nhttps://disk.yandex.ru/d/r3dSIT_jxfQK5b', 'windows-1251');
    assert.deepEqual(await run(district), ['AUTHORITY_FREE_MAIL: "Мещанский районный суд г. Москвы" <meshansky.sud.izveshenie@yandex.ru> signs as суд, which does not write from free mail (yandex.ru)']);
    // from a hacked hotel's mailbox, the answers to go to Gmail (the eightieth pair's "Hellenic Police" summons)
    const police = Buffer.concat([Buffer.from(`From: ${word('Ελληνική Αστυνομία', 'iso-8859-7')} <info@hotel-naxos.example>\r\nReply-To: dioxi.egklimatos@gmail.com\r\nTo: anna@example.com\r\nSubject: Klisi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-7\r\n\r\n`),
      iconv.encode('Σας αποστέλλουμε κλήση προς παροχή εξηγήσεων. Απαντήστε εντός 72 ωρών.\r\n', 'iso-8859-7')]);
    assert.deepEqual(await run(police), ['AUTHORITY_FREE_MAIL: "Ελληνική Αστυνομία" <info@hotel-naxos.example> signs as Ελληνική Αστυνομία, which does not ask for answers at free mail (dioxi.egklimatos@gmail.com)']);
    // the cybercrime unit by its full name, in the genitive (the thirty-seventh pair's summons from a hacked villa's mailbox)
    const unit = Buffer.concat([Buffer.from(`From: ${word('Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος', 'iso-8859-7')} <info@villa-anemos.example>\r\nReply-To: dioxi.ilektronikou@gmail.com\r\nTo: anna@example.com\r\nSubject: Klisi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-7\r\n\r\n`),
      iconv.encode('Στο συνημμένο έγγραφο θα βρείτε την κλήση.\r\n', 'iso-8859-7')]);
    assert.equal((await run(unit))[0]?.split(':')[0], 'AUTHORITY_FREE_MAIL');
    const cases: Array<[string, string]> = [
      ['"Amtsgericht München – Geschäftsstelle" <ag.muenchen.geschaeftsstelle@gmx.de>', 'Amtsgericht'],
      [`"${word('Procura della Repubblica di Roma', 'iso-8859-1')}" <procura.roma.notifiche@libero.it>`, 'Procura della Repubblica'],
      [`"${word('Juzgado de Primera Instancia nº 4 de Madrid', 'iso-8859-1')}" <juzgado4.madrid@outlook.es>`, 'Juzgado'],
      [`"${word('Sąd Rejonowy dla Warszawy-Mokotowa', 'iso-8859-2')}" <sr.mokotow.wydzial@wp.pl>`, 'Sąd Rejonowy'],
      [`"${word('Πρωτοδικείο Αθηνών', 'iso-8859-7')}" <protodikeio.athinon@gmail.com>`, 'Πρωτοδικείο Αθηνών'],
      ['"EUROPOL - Cybercrime Centre (EC3)" <europol.ec3.convocation@outlook.com>', 'Europol'],
      ['"Polizia Postale e delle Comunicazioni" <commissariato.online@gmail.com>', 'Polizia Postale e delle Comunicazioni'],
      // look-alike letters are read as the reader sees them: a Greek Ε and ο in "Εurοpol"
      ['"Εurοpol" <ec3@hotmail.com>', 'Europol'],
      // a ministry's "tender" whose registration fee goes to an agent (the hundred-and-twenty-eighth pair's)
      ['"Ministry of Food and Agriculture - Procurement Unit" <mofa.procurement.gh@outlook.com>', 'Ministry of'],
      [`"${word('Ministerio de Defensa - Subdirección de Adquisiciones', 'iso-8859-1')}" <adquisiciones.defensa@outlook.es>`, 'Ministerio de'],
      [`"${word('Министерство энергетики - тендерный комитет', 'koi8-r')}" <minenergo.tender@mail.ru>`, 'Министерство'],
      [`"${word('Υπουργείο Αγροτικής Ανάπτυξης', 'iso-8859-7')}" <ypaat.diagonismoi@gmail.com>`, 'Υπουργείο'],
    ];
    for (const [from, authority] of cases) {
      const hits = await run(plain(from, 'Please find the summons attached / see the link.'));
      assert.equal(hits.length, 1, from);
      assert.match(hits[0]!, new RegExp(`^AUTHORITY_FREE_MAIL: .* signs as ${authority}, which does not write from free mail`), from);
    }
  });

  it('not from the authority\'s own domain, not a club, union or museum of it, not a name that only contains the word', async () => {
    const honest = [
      // the authority's own mail (its domain is no free mail, whatever it is)
      '"Amtsgericht München" <poststelle@ag-m.bayern.de>', '"Арбитражный суд г. Москвы" <msk.info@arbitr.ru>', '"Procura della Repubblica di Roma" <prot.procura.roma@giustiziacert.it>',
      // a club, union or museum, whose volunteers use free mail
      '"Polizei-Sportverein Hamburg" <psv.hamburg@gmx.de>', '"Associazione Nazionale Carabinieri – Sezione di Bra" <anc.bra@libero.it>', '"Muzeum Policji" <muzeum.policji@wp.pl>',
      // people and words that only contain an authority's word; a magistrates' precinct and a town's police are left out
      '"Margaret Court" <m.court@gmail.com>', '"Судостроительный завод" <sudo.zavod@mail.ru>', '"Судебный участок № 3" <uchastok3@mail.ru>', '"Sądecki Klub Biegacza" <skb@wp.pl>',
      '"Polizia Locale di Bra" <pl.bra@libero.it>', '"Hampton Court Palace Friends" <friends.hcp@gmail.com>',
      // a church's ministry, and a ministry's own domain
      '"Grace Youth Ministry" <graceyouth@gmail.com>', '"Bundesministerium der Finanzen" <poststelle@bmf.bund.de>',
    ];
    for (const from of honest) assert.deepEqual(await run(plain(from, 'https://example.org/info')), [], from);
    // the admin's own list replaces the default
    assert.deepEqual(await run(plain('"Amtsgericht München" <ag@gmx.de>', 'x'), {}, { authorities: ['Finanzgericht'] }), []);
    assert.equal(authorityOfName('Tribunale di Milano – Cancelleria', ['Tribunale']), 'Tribunale');
    assert.equal(authorityOfName('Tribunale', []), null);
  });
});

// The gov-id-lure check: a sign-in with the national e-government identity (SPID, Cl@ve, Profil
// Zaufany, the TAXISnet codes, the ELSTER certificate, BundID, Government Gateway, Госуслуги) asked
// for on a site that is no government's, from a stranger, in the offices' languages and charsets.
// And the honest mail that names them: the state's own notice with its own site (a sentence's comma
// after the address is no part of it), a tax adviser's warning, a stranger with no link, a sender
// people here write to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { govIdLureCheck, govIdSigns } from '../../../src/pipeline/checks/gov-id-lure.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-govid-');
const run = hitLines(govIdLureCheck, { store: temp, recipients: ['c.ricci@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'c.ricci@example.com', body, charset, 'Comunicazione');

describe('state identities asked for elsewhere', () => {
  it('the SdI "notifica di scarto" on the look-alike\'s own domain, in no brand\'s name (the fifty-third held-out pair, 0 before)', async () => {
    const body = "Il file fattura IT10938470159_0A7K3.xml.p7m è stato scartato dal Sistema di Interscambio (codice 00305).\nAccedi all'area riservata: https://fatture-corrispettivi.sdi-fatturapa-servizi.it/portale/login?id=14837261905\nAccesso tramite SPID, CIE, CNS o credenziali aziendali Microsoft 365.";
    assert.deepEqual(await run(mail('Fatturazione Elettronica - SdI <notifiche@sdi-fatturapa-servizi.it>', body, 'iso-8859-15'), authenticatedAs('sdi-fatturapa-servizi.it')), [
      'GOV_ID_LURE: asks to "accedi all\'area riservata: https://fatture-corrispettivi.sdi-fatturapa-servizi.it/portale/login?id=14837261905 accesso tramite spid" and links to fatture-corrispettivi.sdi-fatturapa-servizi.it, which is no government\'s site; From notifiche@sdi-fatturapa-servizi.it (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets, the identity before or after the sign-in', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['Das Organisationszertifikat läuft ab. Anmeldung mit BundID oder ELSTER-Zertifikat: https://bundid-verifizierung.example/login', 'iso-8859-1', /asks to "anmeldung mit bundid"/],
      ['You will need your Government Gateway user ID and password: https://tax-service-gov.uk-mtd.example/vat', 'us-ascii', /asks to "you will need your government gateway"/],
      ['Acceda a la notificación con Cl@ve PIN o certificado electrónico: https://sede-agenciatributaria.notifica-dehu.example/acceso', 'iso-8859-1', /asks to "acceda a la notificacion con cl@ve pin"/],
      ['Zaloguj się profilem zaufanym i potwierdź odbiór faktury w KSeF: https://ksef-podatki.example/odbior', 'iso-8859-2', /asks to "zaloguj sie profilem zaufanym"/],
      ['Για να δείτε τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet: https://mydata-aade.gov-gr.example/login', 'iso-8859-7', /asks to "συνδεθειτε με τους κωδικους taxisnet"/],
      ['Для ознакомления авторизуйтесь через ЕСИА: https://gosuslugi.knm-rtn.example/lk', 'koi8-r', /asks to "авторизуитесь через есиа"/],
      // the ninetieth pair's fake AADE refund (the details confirmed with the codes) and ministry licence (the codes used)
      ['Πρέπει να επιβεβαιώσετε τα στοιχεία σας με τους κωδικούς TAXISnet: https://myaade-epistrofi.example/taxisnet/login', 'iso-8859-7', /asks to "επιβεβαιωσετε τα στοιχεια σας με τους κωδικους taxisnet"/],
      ['Η ανανέωση υποβάλλεται ηλεκτρονικά με χρήση κωδικών TAXISnet: https://ypaat-adeiodotisi.example/gsis/oauth2/login', 'windows-1253', /asks to "με χρηση κωδικων taxisnet"/],
      ["L'aggiornamento si effettua online accedendo con SPID o CIE al portale: https://ruop-servizifitosanitari.example/", 'windows-1252', /asks to "accedendo con spid"/],
    ];
    for (const [body, charset, said] of cases) {
      const hits = await run(mail('Servizio <noreply@notifiche.example>', body, charset));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.match(hits[0]!, said, body);
    }
  });

  it('not the state\'s own site, nor a warning, nor the identity named without a sign-in or without a link elsewhere, nor a sender people here write to', async () => {
    // the DEHú notice: its site (redsara.es, a brand's domain) followed by a comma; the AEAT's own under gob.es
    assert.deepEqual(await run(mail('DEHú <no-reply@dehu.redsara.es>', 'Puede acceder a ella con su certificado electrónico o Cl@ve en https://dehu.redsara.es, en la sede electrónica de la Agencia Tributaria (https://sede.agenciatributaria.gob.es).', 'iso-8859-1')), []);
    assert.deepEqual(await run(mail('Servizio <noreply@notifiche.example>', 'Acceda con SPID o CIE: https://ivaservizi.agenziaentrate.gov.it/portale/', 'iso-8859-15')), []);
    assert.deepEqual(await run(mail('GOV.UK <noreply@notify.example>', 'Directors can verify their identity using GOV.UK One Login. Start at: https://www.gov.uk/guidance/verifying-your-identity')), []);
    // a "gov.uk" inside a private seller's suffix is none
    assert.equal((await run(mail('HMRC <noreply@hmrc.example>', 'Sign in with your Government Gateway: https://www.gov.uk.com/vat'))).length, 1);
    // a tax adviser warning against such mail, and linking to its own site
    assert.deepEqual(await run(mail('Studio <studio@commercialista.example>', 'Circolano e-mail false che chiedono di accedere con SPID a portali di "notifiche SdI". Non inserite le credenziali. Il nostro vademecum: https://www.commercialista.example/vademecum', 'iso-8859-15')), []);
    // the identity named, no sign-in asked; no link at all
    assert.deepEqual(await run(mail('Λογιστής <nikos@otenet.example>', 'Δεν χρειάζεται να μπεις στο TAXISnet, τα ανεβάζω εγώ. https://www.logistiko.example/', 'iso-8859-7')), []);
    assert.deepEqual(await run(mail('Servizio <noreply@notifiche.example>', 'Acceda con SPID o CIE al portale entro 5 giorni.', 'iso-8859-15')), []);
    // a sender people here write to, authenticated
    for (let i = 0; i < 3; i++) await temp.store.known.record('c.ricci@example.com', ['info@consulente.example'], Date.now());
    assert.deepEqual(await run(mail('Consulente <info@consulente.example>', 'Per firmare il mandato acceda con SPID al nostro portale: https://portale.consulente.example/firma', 'iso-8859-15'), authenticatedAs('consulente.example')), []);
    assert.deepEqual(govIdSigns([{ text: 'PayPal (Europe) S.à r.l. et Cie, S.C.A. Log in to see your invoice.' }]), { named: 'cie', asked: null }, 'a firm "et Cie" is no sign-in with the Italian identity card');
  });
});

describe('a ministry\'s application on its older domain', () => {
  it('the Greek waste register at wrm.ypeka.gr, signed in with TAXISnet, is the state\'s own site (the hundred-and-fourteenth pair\'s genuine reminder)', async () => {
    const body = 'Η υποβολή γίνεται αποκλειστικά μέσα από την εφαρμογή του ΗΜΑ (https://wrm.ypeka.gr), στην οποία συνδέεστε με τους κωδικούς TAXISnet της επιχείρησης.';
    assert.deepEqual(await run(mail('Ηλεκτρονικό Μητρώο Αποβλήτων <hma-noreply@ypen.gov.gr>', body, 'iso-8859-7')), []);
    assert.deepEqual((await run(mail('ΗΜΑ <hma@ypen-gr.example>', body.replace('wrm.ypeka.gr', 'wrm-ypeka.example'), 'iso-8859-7'))).map((h) => h.split(':')[0]), ['GOV_ID_LURE']);
  });
});

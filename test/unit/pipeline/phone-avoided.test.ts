// The phone-avoided check: the call that would stop the fraud, ruled out in advance ("I'm in
// meetings and can't take calls", "our telephone is under maintenance, e-mail only"), from a sender
// whose word is not to be taken, in the offices' languages and charsets. And the honest mail: a
// correspondent people here write to, a stranger who asks to be called, a meeting moved.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phoneAvoidedCheck } from '../../../src/pipeline/checks/phone-avoided.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-phone-avoided-');
const run = hitLines(phoneAvoidedCheck, { store: temp, recipients: ['j.vogt@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'j.vogt@example.com', body, charset, 'Offene Posten');

describe('a call ruled out', () => {
  it('the supplier\'s look-alike with its new account: reachable by e-mail only this week', async () => {
    const body = 'Bitte überweisen Sie die fälligen Rechnungen auf die neue Bankverbindung. Aufgrund der Systemumstellung sind wir diese Woche telefonisch nur eingeschränkt erreichbar, bitte nutzen Sie daher diese E-Mail-Adresse.';
    assert.deepEqual(await run(mail('Simone Maier <s.maier@lieferant-gmbh.com>', body, 'iso-8859-1')), [
      'PHONE_AVOIDED: says "telefonisch nur eingeschrankt erreichbar"; From s.maier@lieferant-gmbh.com (not authenticated)',
    ]);
  });

  it('PHONE_AVOIDED_PAYMENT: the call ruled out beside a sum and the account to pay it into', async () => {
    const cases: Array<[string, string, string]> = [
      ['Ελένη καλημέρα, χρειάζομαι να γίνει σήμερα ένα έμβασμα. Ποσό: 38.600,00 € IBAN: CY17 0020 0128 0000 0012 0052 7600. Είμαι σε σύσκεψη όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό εδώ.', 'iso-8859-7', 'asks for 38.600,00 € into CY17002001280000001200527600'],
      ['Нужно сегодня оплатить аванс. Р/с 40702810938000012345, БИК 044525225. Сумма: 1 870 000,00 руб. Я на переговорах, по телефону говорить не могу.', 'windows-1251', 'asks for 1 870 000,00 руб into 40702810938000012345'],
    ];
    for (const [body, charset, detail] of cases) {
      const hits = await run(mail('Boss <boss.private@gmail.com>', body, charset), authenticatedAs('gmail.com'));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['PHONE_AVOIDED', 'PHONE_AVOIDED_PAYMENT'], `${charset}: ${hits.join('; ')}`);
      assert.equal(hits[1], `PHONE_AVOIDED_PAYMENT: ${detail}; From boss.private@gmail.com`);
    }
    // a sum without an account, an account without a sum: the call ruled out alone
    for (const body of ['I am in meetings all day and cannot take calls. The quote comes to EUR 4.200,00.', 'I am in meetings all day and cannot take calls. Our IBAN is DE89 3704 0044 0532 0130 00.']) {
      assert.deepEqual((await run(mail('Boss <boss.private@gmail.com>', body, 'us-ascii'), authenticatedAs('gmail.com'))).map((h) => h.split(':')[0]), ['PHONE_AVOIDED'], body);
    }
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ["I'm in back-to-back meetings with the bank and can't take calls. Reply here when you see this.", 'us-ascii'],
      ['Our office telephone is under maintenance this week, please contact me by email only.', 'us-ascii'],
      ['Ich sitze den ganzen Tag in Verhandlungen und kann gerade nicht telefonieren.', 'iso-8859-1'],
      ['Sono in riunione tutto il pomeriggio e non posso rispondere al telefono.', 'iso-8859-15'],
      ['In questi giorni l\'ufficio è in chiusura contabile e non riusciamo a rispondere al telefono.', 'iso-8859-15'],
      ['Il nostro centralino è temporaneamente fuori servizio.', 'iso-8859-15'],
      // the sixty-sixth pair's hijacked freelancer on Libero
      ['Per qualsiasi cosa scrivimi pure qui, in questi giorni sono poco raggiungibile al telefono.', 'iso-8859-15'],
      ['Estoy reunido con el cliente y no puedo atender llamadas; confírmame por aquí.', 'windows-1252'],
      ['Jestem na spotkaniu i nie mogę rozmawiać przez telefon, proszę pisać.', 'iso-8859-2'],
      ['Jestem dziś niedostępna telefonicznie, kontakt tylko mailowo.', 'windows-1250'],
      ['Я на совещании и не могу говорить по телефону, напишите мне.', 'koi8-r'],
      ['Наш телефон временно не работает, связь только по почте.', 'windows-1251'],
      ['Είμαι σε σύσκεψη και δεν μπορώ να μιλήσω στο τηλέφωνο.', 'iso-8859-7'],
      // not answering, reachable by mail only, no signal where the writer is (the twenty-eighth pair's look-alike clients)
      ['I am in a completion meeting and can only be reached by email this afternoon.', 'us-ascii'],
      ['Oggi sono in deposito a Curno e al telefono non mi trovi.', 'iso-8859-15'],
      ['Jestem w trasie w Niemczech i mam ograniczony zasięg w telefonie.', 'iso-8859-2'],
      ['Σήμερα είμαι σε σεμινάριο και δεν απαντώ στο τηλέφωνο.', 'windows-1253'],
      ['Ich bin unterwegs und habe schlechten Empfang.', 'iso-8859-1'],
      ['Estoy en la obra y sin cobertura toda la mañana.', 'iso-8859-15'],
      ['Я в дороге, плохая связь, пишите на почту.', 'windows-1251'],
      // the thirtieth and thirty-first pairs: the boss busy all day, the look-alike supplier on the road, the other word order
      ["I'm in meetings all day, so email is best.", 'us-ascii'],
      ["I'm in back-to-back meetings in Hamburg so email is best.", 'us-ascii'],
      ['W razie pytań proszę o kontakt mailowy - w tym tygodniu jestem w trasie.', 'iso-8859-2'],
      ['Ich bin bis Donnerstag in Zürich und nur eingeschränkt telefonisch erreichbar.', 'iso-8859-1'],
      // "mail" without the "E-", the phone kept off (the forty-fifth pair's "CEO" on Gmail)
      ['Ich sitze bis ca. 16 Uhr in Verhandlungen und bin nur per Mail erreichbar.', 'iso-8859-1'],
      ['Ich bin in Verhandlungen, das Handy bleibt aus.', 'iso-8859-1'],
      // "don't call me", and the order of the Russian words turned (the thirty-third and thirty-fifth pairs)
      ['Μην με παίρνεις τηλέφωνο, είμαι μέσα στη σύσκεψη, απάντησέ μου εδώ.', 'iso-8859-7'],
      ['Please do not call me, I am in the board meeting.', 'us-ascii'],
      ['Nie dzwoń do mnie, jestem na spotkaniu.', 'iso-8859-2'],
      ['Я сейчас на совещании и говорить не могу.', 'koi8-r'],
      // in a meeting and can't talk (the fortieth pair's "CEO" on Yahoo)
      ['Είμαι σε σύσκεψη όλο το πρωί και δεν μπορώ να μιλήσω.', 'iso-8859-7'],
      ["I'm in meetings all morning and can't talk.", 'us-ascii'],
      // the verb first, the office's lines, the phones "having a problem", fastest by mail (the hundredth and hundred-and-first pairs)
      ['Telefonieren kann ich heute leider nicht mehr, wir verhandeln bis spät.', 'iso-8859-1'],
      ['In questi giorni le nostre linee telefoniche non sono attive: scriveteci a questo indirizzo.', 'iso-8859-15'],
      ["Per motivi organizzativi l'ufficio amministrativo non è raggiungibile telefonicamente.", 'windows-1252'],
      ['Τα τηλέφωνα του λογιστηρίου παρουσιάζουν πρόβλημα αυτές τις μέρες.', 'iso-8859-7'],
      ['Jestem dziś i jutro w trasie, najszybciej złapie mnie Pan mailowo.', 'iso-8859-2'],
      // the reason between, questions by mail only, "difficult to take calls" (the hundred-and-fourth pair's "lawyer" and look-alike club)
      ['Telefonisch bin ich wegen der laufenden Verhandlungen heute nur eingeschränkt erreichbar.', 'iso-8859-1'],
      ['Rückfragen bitte ausschließlich an mich per E-Mail.', 'iso-8859-15'],
      ['Estos días estoy de viaje con el primer equipo y me resulta difícil atender llamadas.', 'iso-8859-15'],
      ['Ich bin in einer Besprechung und kann gerade nicht sprechen.', 'iso-8859-1'],
      ['Estoy en una reunión toda la mañana y no puedo hablar.', 'iso-8859-15'],
      // "so email only please", the hours named between "bin ich" and "nicht erreichbar" (the fifty-first pair's "CEO"s)
      ["I'm stuck in back-to-back meetings with the venue, so email only please.", 'us-ascii'],
      ['Telefonisch bin ich in den nächsten Stunden nicht erreichbar.', 'iso-8859-1'],
      // no phone line at the office while it moves (the fifty-first pair's Greek look-alike supplier)
      ['Επειδή το λογιστήριο αυτές τις μέρες δεν έχει σταθερή τηλεφωνική γραμμή λόγω μετακόμισης, επιβεβαιώστε με email.', 'windows-1253'],
      ['Wegen des Umzugs haben wir diese Woche keinen Telefonanschluss.', 'iso-8859-15'],
      ['Per il trasloco non abbiamo ancora la linea telefonica.', 'iso-8859-1'],
      ['Por la mudanza no tenemos línea telefónica esta semana.', 'windows-1252'],
      ['W związku z przeprowadzką nie mamy obecnie linii telefonicznej.', 'iso-8859-2'],
      ['Из-за переезда у нас пока нет телефонной связи в офисе.', 'koi8-r'],
      ['Due to the office move we have no phone line this week.', 'us-ascii'],
      // at a meeting, can't talk; "may not be able to take calls", "email is the quickest way to reach me" (the fiftieth and fifty-third pairs)
      ['Я на встрече с поставщиком, говорить не могу.', 'windows-1251'],
      // by mail because in meetings, that order (the fifty-second pair's "lawyer")
      ['Resto a disposizione, preferibilmente via e-mail poiché sono in riunione per gran parte della giornata.', 'iso-8859-15'],
      ["Please reply by email, as I'm in meetings for most of the day.", 'us-ascii'],
      ['Bitte per Mail, da ich den ganzen Tag in Besprechungen bin.', 'iso-8859-1'],
      ['Contésteme por correo, ya que estoy reunido toda la mañana.', 'windows-1252'],
      ['Proszę odpisać mailowo, ponieważ jestem na spotkaniu.', 'iso-8859-2'],
      ['Ответьте по почте, так как я на совещании.', 'koi8-r'],
      ['Απάντησέ μου με email γιατί είμαι σε σύσκεψη.', 'iso-8859-7'],
      // the one party that could confirm ruled out (the fifty-fourth pair's "factor")
      ['Prosimy w tej sprawie nie kontaktować się z działem księgowości Partner Logistik.', 'iso-8859-2'],
      ['Please do not contact the accounts team at Partner Logistik about this.', 'us-ascii'],
      ['I am in back-to-back completions today and may not be able to take calls, so email is the quickest way to reach me.', 'us-ascii'],
      ['Sono in riunione tutto il giorno e non posso parlare.', 'iso-8859-15'],
      ['Jestem na spotkaniu i nie mogę rozmawiać.', 'iso-8859-2'],
      ['Sono in riunione e non posso telefonare. Fammi sapere appena leggi.', 'iso-8859-15'],
      ["I'm in a meeting and can't call right now.", 'us-ascii'],
      // in meetings, so by mail (the thirty-ninth pair's "CEO" on an onmicrosoft.com tenant)
      ['Estoy en reuniones todo el día, así que por favor confírmame por correo cuando esté hecho.', 'iso-8859-15'],
      ['Ich bin den ganzen Tag in Besprechungen, daher bitte nur per Mail bestätigen.', 'iso-8859-1'],
      ['Sono in riunione tutto il giorno, quindi confermami via mail.', 'iso-8859-15'],
      ['Mam cały dzień spotkania, więc proszę potwierdzić mailowo.', 'iso-8859-2'],
      ['Я весь день на совещаниях, поэтому подтвердите по почте.', 'windows-1251'],
      ['Είμαι σε συσκέψεις όλη μέρα, οπότε επιβεβαίωσε μου με email.', 'iso-8859-7'],
      // the phone's battery dead (the forty-third pair's "director" on Yandex)
      ['Платёжку сразу пришли мне сюда. В мессенджер не пиши, телефон сел.', 'koi8-r'],
      ["Send the confirmation here, my phone is dead.", 'us-ascii'],
      ['Schick mir die Bestätigung per Mail, mein Akku ist leer.', 'iso-8859-1'],
      ['Mándamelo por aquí, me he quedado sin batería.', 'iso-8859-1'],
      ['Mandamelo qui, ho il telefono scarico.', 'iso-8859-15'],
      ['Odpisz mailem, telefon mi się rozładował.', 'iso-8859-2'],
      ['Στείλ’ το εδώ, τελείωσε η μπαταρία.', 'iso-8859-7'],
      // the firm's switchboard ruled out (the forty-sixth pair's "solicitor" on a look-alike)
      ["Please do not use the firm's general switchboard; I can be reached on this email throughout the day.", 'us-ascii'],
      ['Bitte rufen Sie nicht in der Zentrale an, ich bin über diese Adresse erreichbar.', 'iso-8859-1'],
      ['Per riservatezza non chiamate il centralino dello studio.', 'iso-8859-15'],
      // or the office itself (the seventy-ninth pair's "lawyer")
      ['Per ragioni di riservatezza La prego di non telefonare in sede.', 'iso-8859-15'],
      ['For confidentiality please do not call the office.', 'us-ascii'],
      ['Por confidencialidad, no llame a la centralita del despacho.', 'iso-8859-15'],
      ['Proszę nie dzwonić na centralę kancelarii.', 'iso-8859-2'],
      ['Не звоните в приёмную, пишите сюда.', 'koi8-r'],
      ['Μην καλέσετε στο κεντρικό του γραφείου μας.', 'iso-8859-7'],
      // "exclusively" (the forty-seventh pair's "lawyer": "Resto a disposizione esclusivamente via e-mail")
      ['Resto a disposizione esclusivamente via e-mail, poiché sono impegnato in udienza.', 'iso-8859-15'],
      ['Estoy disponible únicamente por correo durante la vista.', 'iso-8859-15'],
      // "so email is easiest" (the sixty-fourth pair's payroll diversion on Gmail)
      ["I'm out at the Salford site most of this week, so email is easiest.", 'us-ascii'],
      // not on the phone named (the sixty-second pair's "board member" on WEB.DE)
      ['Bitte rufen Sie mich auch nicht auf dem Diensthandy an, die Leitung nutzen wir während der Verhandlungen bewusst nicht.', 'iso-8859-1'],
      // up to six words between the meeting and the call ruled out (the sixty-first pair's "CEO" on Gmail with gift cards)
      ['Sono in riunione con il consiglio tutta la mattina e non posso telefonare.', 'iso-8859-15'],
      // the matter to be handled in writing (the fifty-eighth pair's look-alike shipowner with a new Cypriot account)
      ['Για λόγους εσωτερικού ελέγχου, η επικοινωνία για το θέμα αυτό ας γίνει γραπτώς σε αυτή τη διεύθυνση.', 'windows-1253'],
      ['For internal control reasons, all communication on this matter should be in writing.', 'us-ascii'],
      ['Aus Gründen der internen Kontrolle bitte die Kommunikation zu diesem Vorgang nur schriftlich.', 'iso-8859-1'],
      ['Por motivos de control interno, la comunicación sobre este asunto debe ser solo por escrito.', 'iso-8859-15'],
      ['Per motivi di controllo interno, la comunicazione su questa pratica avvenga solo per iscritto.', 'iso-8859-15'],
      ['Ze względu na kontrolę wewnętrzną komunikacja w tej sprawie wyłącznie pisemnie.', 'iso-8859-2'],
      ['По соображениям внутреннего контроля переписка по этому вопросу только письменно.', 'windows-1251'],
      // the office's numbers or switchboard out of reach, the office reachable in writing only (look-alike carriers "moving offices")
      ['In questi giorni gli uffici amministrativi sono in trasloco e i numeri fissi non sono raggiungibili.', 'iso-8859-15'],
      ['A causa del trasloco le linee telefoniche fisse non sono temporaneamente attive.', 'iso-8859-15'],
      ['Siamo in trasferta e il centralino non è presidiato.', 'iso-8859-15'],
      ["A causa di un intervento sul centralino l'ufficio è temporaneamente raggiungibile solo per iscritto.", 'iso-8859-15'],
      ['Restiamo a disposizione via e-mail, in quanto il nostro centralino è in fase di migrazione al nuovo sistema telefonico.', 'iso-8859-15'],
      ['Cualquier cosa mejor por email, esta semana estamos con cierre y no cogemos el teléfono.', 'windows-1252'],
      ['Para cualquier cosa mejor por correo, Manuel está toda la semana en la lonja y no coge el móvil.', 'windows-1252'],
      ['По телефону офиса до конца недели дозвониться сложно, пишите на почту.', 'koi8-r'],
      ['I am working on an offshore platform until February, so phone calls are difficult, but I read my emails every evening.', 'us-ascii'],
      ['Antworte mir bitte nur hier, telefonieren geht heute leider nicht, ich bin den ganzen Abend in Gesprächen.', 'iso-8859-1'],
      ['Unsere Telefonanlage wird umgestellt, ich bin daher am zuverlässigsten per E-Mail erreichbar.', 'iso-8859-1'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Boss <boss.private@gmail.com>', body, charset), authenticatedAs('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
    }
  });

  it('not from a correspondent people here write to, nor a call asked for, a meeting moved or phone hours', async () => {
    await temp.store.known.record('j.vogt@example.com', ['c.colombo@ferretti-trasporti.it'], Date.now());
    assert.deepEqual(await run(mail('Chiara Colombo <c.colombo@ferretti-trasporti.it>', 'Domani sono in fiera e non posso rispondere al telefono, scrivimi pure.', 'iso-8859-15')), []);
    for (const body of [
      'Please call me on +49 69 1234 567 to confirm the new account before you pay.',
      "I can't take the call on Friday, shall we move it to Monday?",
      'Unsere Telefonzentrale ist Montag bis Freitag von 8 bis 17 Uhr erreichbar.',
      'For urgent matters please call the firm\'s switchboard on 020 7946 0123.', 'Il centralino è aperto dalle 9 alle 18.',
      'I numeri fissi sono raggiungibili dalle 9 alle 18; il centralino è presidiato anche il sabato.',
      'El teléfono de atención al cliente es el 900 123 456.',
      'Наш телефон: +7 495 123-45-67, звоните в рабочее время.',
      'W razie pytań proszę o kontakt mailowy lub telefoniczny.',
      "I'm in meetings all day tomorrow, let's talk on Thursday.",
      'Telefonisch bin ich ab Montag wieder erreichbar.', 'Rufen Sie mich bitte nicht vor 10 Uhr an.', 'This address is for email only; please use the portal for orders.',
      "Barely, but don't call me Shirley. ;-)", 'Non chiamarmi così, sono il tuo capo.',
      // a denial before it: the genuine bank letter's warning (the forty-first pair's Ferretti)
      'Non Vi chiederemo mai di modificare le coordinate con urgenza o solo via e-mail.', 'We will never ask you to change bank details by e-mail only.',
      // a product's battery, not the writer's phone
      'The new scanner ships with a battery that is easy to replace.', 'Die Batterie des Rauchmelders ist leer und wird getauscht.',
    ]) assert.deepEqual(await run(mail('X <x@stranger.example>', body, 'utf-8')), [], body);
  });
});

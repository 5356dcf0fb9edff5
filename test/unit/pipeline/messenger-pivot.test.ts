// The messenger-pivot check: CEO fraud's first message, asking for the reader's mobile or WhatsApp
// number, from a sender whose word is not to be taken, in the offices' languages and charsets. And
// the honest mail: a colleague people here write to, a partner who gives a driver's WhatsApp
// number, an order number asked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messengerPivotCheck } from '../../../src/pipeline/checks/messenger-pivot.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-messenger-pivot-');
const run = hitLines(messengerPivotCheck, { store: temp, recipients: ['n.georgiou@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'n.georgiou@example.com', body, charset, 'Urgent');

describe('the move to a messenger', () => {
  it('the "CEO" on Yahoo asking for the mobile number (the fortieth held-out pair)', async () => {
    const body = 'Νίκο καλημέρα, είσαι στο γραφείο; Στείλε μου τον αριθμό του κινητού σου να σε βάλω σε μια ομάδα στο WhatsApp με τον δικηγόρο.';
    assert.deepEqual(await run(mail('Κωνσταντίνος Δημητρίου <k.dimitriou.eg@yahoo.com>', body, 'iso-8859-7'), authenticatedAs('yahoo.com')), [
      'MESSENGER_PIVOT: asks "στειλε μου τον αριθμο του κινητου σου"; From k.dimitriou.eg@yahoo.com (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Please send me your WhatsApp number so I can add you to the group with our counsel.', 'us-ascii'],
      ['Kannst Du mir kurz Deine Handynummer schicken? Ich bin im Termin.', 'iso-8859-1'],
      ['Schick mir bitte kurz deine aktuelle Handynummer, ich melde mich über WhatsApp.', 'iso-8859-1'],
      ['Envíame por favor tu número de móvil para escribirte por WhatsApp.', 'iso-8859-15'],
      // asked as a question (the fifty-third pair's "CEO" on Proton Mail)
      ['¿Me puedes enviar tu número de móvil? Prefiero que lo hablemos por WhatsApp.', 'windows-1252'],
      ['Necesito que me facilites tu número de WhatsApp.', 'iso-8859-15'],
      // the subjunctive after "necesito que" (the forty-fourth pair's "director" on Outlook.es), and the German and Polish ones
      ['Necesito que me pases tu número de WhatsApp, estoy reunido con el notario.', 'iso-8859-15'],
      ['Es wäre gut, wenn du mir kurz deine Handynummer schickst.', 'iso-8859-1'],
      ['Potrzebuję, żebyś podała mi swój numer komórki.', 'iso-8859-2'],
      ['Proszę o przesłanie mi numeru Pani telefonu komórkowego - utworzę grupę na WhatsAppie.', 'windows-1250'],
      ['Mi mandi il tuo numero di cellulare? Ti aggiungo a un gruppo WhatsApp.', 'iso-8859-15'],
      ['Wyślij mi proszę swój numer komórki, napiszę na WhatsAppie.', 'iso-8859-2'],
      // the infinitive and a word before the number (the forty-eighth pair's "director" on Onet)
      ['Proszę podać mi swój aktualny numer komórki – napiszę do Pani na WhatsAppie.', 'utf-8'],
      // "podeślij" (the seventy-sixth pair's "director" on Gmail)
      ['Podeślij mi proszę swój numer komórki, dodam Cię na WhatsAppie.', 'iso-8859-2'],
      ['Пришлите мне ваш номер мобильного, я напишу в WhatsApp.', 'koi8-r'],
      // the Greek subjunctive after "I need" (the hundredth pair's "manager" on Outlook.com), and the group to be added to
      ['Χρειάζομαι να μου στείλεις το κινητό σου, είναι εμπιστευτικό.', 'iso-8859-7'],
      ['Θέλω να σε προσθέσω σε μια ομάδα στο WhatsApp για ένα θέμα που τρέχει με τη Γερμανία.', 'windows-1253'],
      ['I will add you to a WhatsApp group with the lawyer.', 'us-ascii'],
      ['Ich möchte dich gleich zu einer WhatsApp-Gruppe hinzufügen.', 'iso-8859-1'],
      ['Quiero añadirte a un grupo de WhatsApp con el abogado.', 'iso-8859-15'],
      ['Devo aggiungerti a un gruppo WhatsApp con il notaio.', 'iso-8859-15'],
      ['Chcę dodać cię do grupy na WhatsAppie.', 'iso-8859-2'],
      ['Хочу добавить тебя в группу в WhatsApp.', 'windows-1251'],
    ];
    for (const [body, charset] of cases) {
      assert.equal((await run(mail('Boss <boss.private@gmail.com>', body, charset), authenticatedAs('gmail.com'))).length, 1, `${charset}: ${body}`);
    }
  });

  it('not a colleague people here write to, nor a number given, nor another number asked for', async () => {
    await temp.store.known.record('n.georgiou@example.com', ['markus.private@gmail.com'], Date.now());
    assert.deepEqual(await run(mail('Markus <markus.private@gmail.com>', 'Send me your mobile number, the new phone lost my contacts.'), authenticatedAs('gmail.com')), []);
    for (const body of [
      'Se mi mandi l\'ok anche solo via WhatsApp va benissimo.', 'Send the T1 to the driver on WhatsApp +39 347 551 0923.',
      'Envíame tu número de pedido y lo reviso.', '¿Me puedes enviar tu número de pedido?', 'Mandami il tuo numero d\'ordine, per favore.', 'Please send your phone number for the delivery.',
      'Пришлите ваш номер заказа.', 'Στείλτε μου τον αριθμό παραγγελίας σας.', 'Podaj mi swój numer NIP.',
    ]) assert.deepEqual(await run(mail('X <x@stranger.example>', body)), [], body);
  });
});

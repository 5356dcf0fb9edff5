// The overpayment-refund check: more paid than owed, the excess to go back to a third party's
// account, from a stranger, in the offices' languages and charsets. And the honest mail: a customer
// asking for a credit note or its own money back, a correspondent, a reconciliation with no
// overpayment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overpaymentRefundCheck } from '../../../src/pipeline/checks/overpayment-refund.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-overpay-');
const run = hitLines(overpaymentRefundCheck, { store: temp, recipients: ['j.munoz@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'j.munoz@example.com', body, charset, 'Pago');

describe('overpayment fraud', () => {
  it('the "client" whose adviser sent ten times the advance, the difference to his manager\'s account in Portugal (the sixty-sixth held-out pair)', async () => {
    const body = 'Su asistente cometió un error y ha transferido 4.850,00 € en lugar de los 485,00 € acordados. Le ruego que me devuelva la diferencia de 4.365,00 € a la cuenta de mi gestor en Portugal:\nIBAN: PT50 0018 0003 5437 6120 9820 2';
    assert.deepEqual(await run(mail('Daniel Ferrer <danielferrer.asesoria@outlook.example>', body, 'iso-8859-15'), authenticatedAs('outlook.example')), [
      'OVERPAYMENT_REFUND_ELSEWHERE: says "transferido 4.850,00 € en lugar de" and asks for it back on "cuenta de mi gestor", PT50001800035437612098202; From danielferrer.asesoria@outlook.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Your invoice was paid twice by our banking system. Please return the excess to the account of our subsidiary: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Wir haben versehentlich doppelt überwiesen. Bitte erstatten Sie den Betrag auf das Konto unserer Tochtergesellschaft: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ["La fattura è stata pagata due volte: vi chiediamo di restituire l'importo sul conto della nostra controllata, IBAN IT60 X054 2811 1010 0000 0123 456", 'iso-8859-15'],
      ['Powstała nadpłata. Prosimy o zwrot na rachunek naszego spedytora: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Образовалась переплата, просим вернуть её на счёт нашего агента: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
      ['Το λογιστήριο έστειλε εκ παραδρομής 3.500 € επιπλέον. Επιστρέψτε τη διαφορά στον λογαριασμό του μεταφορέα: GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Buyer <buyer@trading.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a customer\'s own refund or credit note, nor a correspondent, nor an account without the overpayment', async () => {
    assert.deepEqual(await run(mail('Kunde <buchhaltung@kunde.example>', 'Die Rechnung wurde doppelt bezahlt. Bitte schreiben Sie uns eine Gutschrift oder erstatten Sie den Betrag auf unser Konto DE89 3704 0044 0532 0130 00.', 'iso-8859-1')), []);
    assert.deepEqual(await run(mail('Клиент <buh@klient.example>', 'Просим зачесть переплату в счёт будущих платежей.', 'koi8-r')), []);
    await temp.store.known.record('j.munoz@example.com', ['admin@partner.example'], Date.now());
    assert.deepEqual(await run(mail('Partner <admin@partner.example>', 'Paid twice by mistake; please return it to the account of our subsidiary: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'), authenticatedAs('partner.example')), []);
    assert.deepEqual(await run(mail('Agent <agent@logistics.example>', 'Please pay the freight to the account of our agent: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii')), []);
  });

  it('the first stage: a payment to come, its balance to be paid on to the sender\'s agent (the ninety-fourth pair\'s "repatriation")', async () => {
    const body = "His employer's insurance company will send the payment of £18,500 to your company immediately you confirm. The balance after your fees should be paid by you directly to our cargo agent, Swift Link Cargo Services. I will send you their details.";
    assert.deepEqual(await run(mail('Rev. Samuel Okafor <rev.samuel.okafor@gmail.com>', body, 'us-ascii')), [
      'OVERPAYMENT_REFUND_ELSEWHERE: asks for the balance of a payment to come to be paid on: "the balance after your fees should be paid by you directly to our cargo agent"; From rev.samuel.okafor@gmail.com (not authenticated)',
    ]);
    // the agent's fee inside the payment to come, to be forwarded (the hundred-and-thirty-third pair's yacht "buyer")
    assert.deepEqual((await run(mail('Richard Hollis <r.hollis1962@outlook.example>', "My financial adviser will transfer EUR 246,500, which includes the agent's fee of EUR 17,500. I will kindly ask you to forward the agent's fee to them once the funds have cleared.", 'us-ascii'))).map((h) => h.split(':')[0]), ['OVERPAYMENT_REFUND_ELSEWHERE']);
    for (const [text, charset] of [
      ['Die Versicherung überweist Ihnen 9.800 €; den Restbetrag nach Abzug Ihrer Kosten überweisen Sie bitte an unseren Spediteur.', 'iso-8859-1'],
      ['El seguro le pagará 9.800 €; el saldo restante, descontados sus honorarios, páguelo a nuestro transportista.', 'iso-8859-15'],
      ["L'assicurazione vi verserà 9.800 €; la differenza, dedotte le vostre spese, va girata al nostro spedizioniere.", 'iso-8859-15'],
      ['Ubezpieczyciel przeleje 9 800 €; pozostałą kwotę po potrąceniu kosztów prosimy przekazać naszemu spedytorowi.', 'iso-8859-2'],
      ['Страховая перечислит 9 800 €; остаток за вычетом ваших расходов переведите нашему перевозчику.', 'koi8-r'],
      ['Η ασφαλιστική θα καταβάλει 9.800 €· το υπόλοιπο, μετά τα έξοδά σας, στείλτε το στον μεταφορέα μας.', 'iso-8859-7'],
    ] as const) assert.equal((await run(mail('Client <client.intl@gmail.com>', text, charset))).length, 1, text);
    // a customer asking a supplier to deliver through its forwarder pays no balance on
    assert.deepEqual(await run(mail('Client <client.intl@gmail.com>', 'Please hand the goods to our forwarder; we pay the invoice ourselves.', 'us-ascii')), []);
  });
});

describe('the double payment wanted back on the sender\'s own new account', () => {
  it('"εξοφλήθηκε δύο φορές", back to Eurobank as the Piraeus account closes (the hundred-and-seventeenth pair\'s look-alike builder)', async () => {
    const body = 'το τιμολόγιό σας εξοφλήθηκε δύο φορές. Παρακαλούμε να επιστρέψετε το ποσό στον λογαριασμό μας στη Eurobank, επειδή ο λογαριασμός στην Πειραιώς κλείνει: IBAN GR16 0110 1250 0000 0001 2300 695';
    assert.deepEqual((await run(mail('Λογιστήριο <logistirio@builder.example>', body, 'iso-8859-7'))).map((h) => h.split(':')[0]), ['OVERPAYMENT_REFUND_ELSEWHERE']);
    // the excess back where it was paid from
    assert.deepEqual(await run(mail('Λογιστήριο <logistirio@builder.example>', 'το τιμολόγιό σας εξοφλήθηκε δύο φορές. Παρακαλούμε επιστρέψτε το ποσό στον γνωστό λογαριασμό μας GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7')), []);
  });
});

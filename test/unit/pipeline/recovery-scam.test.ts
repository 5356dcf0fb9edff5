// The recovery-scam check: money lost to fraud and a promise to get it back, from a sender whose
// word is not to be taken, in the offices' languages and charsets. And the honest mail that has
// some of it: a bank's authenticated warning against these scams, a shop's refund.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recoveryScamCheck } from '../../../src/pipeline/checks/recovery-scam.ts';
import { authenticatedAs, hitLines, plainTextMail } from './util.ts';

const run = hitLines(recoveryScamCheck);
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'carol@example.com', body, charset, 'Info');
const AUTH = authenticatedAs;

describe('recovery scams', () => {
  it('the Russian "legal service" for the victims of illegal brokers, in windows-1251', async () => {
    const body = 'Ваши данные выявлены в реестре лиц, пострадавших от деятельности нелегальных брокеров и криптобирж. Наши юристы проводят процедуру возврата похищенных средств; оплачивается только пошлина 1,5 %.';
    assert.deepEqual(await run(mail('ФинЗащита <info@finzashita.example>', body, 'windows-1251')), [
      'RECOVERY_SCAM: speaks of "пострадавших от деятельности нелегальных брокеров" and promises "возврата похищенных средств"; From info@finzashita.example (not authenticated)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Were you a victim of a crypto scam? Our funds recovery team can recover your lost funds through chargeback.', 'us-ascii'],
      ['Sie sind Opfer von Anlagebetrug geworden? Wir sorgen für die Rückholung Ihrer verlorenen Gelder.', 'iso-8859-15'],
      ['¿Ha sido víctima de brokers fraudulentos? Le ayudamos a recuperar su dinero perdido.', 'windows-1252'],
      ['Ha perso denaro con un broker fraudolento? Possiamo recuperare i fondi sottratti.', 'iso-8859-15'],
      ['Padłeś ofiarą oszustów? Pomożemy odzyskać utracone środki z nieuczciwych platform.', 'iso-8859-2'],
      ['Πέσατε θύμα απάτης από ψεύτικους brokers; Αναλαμβάνουμε την ανάκτηση των χρημάτων σας.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Recovery Desk <desk.recovery@gmail.com>', body, charset), AUTH('gmail.com'))).length, 1, `${charset}: ${body}`);
  });

  it('not a bank\'s authenticated warning, a shop\'s refund, or a loss without a promise', async () => {
    const warning = 'Beware: after losing money to fraudulent brokers, victims are contacted by "lawyers" who promise to recover the funds for a fee.';
    assert.deepEqual(await run(mail('Bank <security@bank.example>', warning), AUTH('bank.example')), []);
    assert.equal((await run(mail('Bank <security@bank.example>', warning))).length, 1, 'the same, forged');
    assert.deepEqual(await run(mail('Shop <orders@shop.example>', 'Your refund of 49,90 € was issued; you will get your money back within 5 days.')), []);
    assert.deepEqual(await run(mail('Friend <anna.k@gmail.com>', 'Mein Nachbar hat sein Geld bei einem unseriösen Broker verloren.'), AUTH('gmail.com')), []);
  });
});

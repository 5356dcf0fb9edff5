// The charity-scam check: a donation asked for and where it is to go, from a sender whose word is
// not to be taken, in the offices' languages and charsets. And the honest mail that has all of it:
// a real charity's appeal from its own authenticated domain, a donation receipt, a shop's "free".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charityScamCheck } from '../../../src/pipeline/checks/charity-scam.ts';
import { authenticatedAs, hitLines, plainTextMail } from './util.ts';

const run = hitLines(charityScamCheck);
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'carol@example.com', body, charset, 'Ayuda');
const AUTH = authenticatedAs;

describe('fake charities', () => {
  it('the flood appeal on Gmail with Bizum, an IBAN and a USDT wallet', async () => {
    const body = 'Las familias de Valencia lo han perdido todo. Puedes donar hoy por Bizum al 612 48 90 17, por transferencia al IBAN ES91 2100 0418 4502 0005 1332 o en USDT (TRC20): TYsBTMQdnDpuA7z1bTqsRvX5QFgjhjGmN7. Reenvía este mensaje a tus compañeros.';
    assert.deepEqual(await run(mail('Fundación Manos Solidarias <fundacion.manos.solidarias@gmail.com>', body, 'windows-1252'), AUTH('gmail.com')), [
      'CHARITY_SCAM: asks for "donar" to ES9121000418450200051332; From fundacion.manos.solidarias@gmail.com (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets, to an account, a wallet or a phone payment', async () => {
    const cases: Array<[string, string]> = [
      ['Please donate to the earthquake victims: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'us-ascii'],
      ['Bitte spenden Sie für die Flutopfer auf DE89 3704 0044 0532 0130 00.', 'iso-8859-15'],
      ['Una donazione per le famiglie alluvionate: IBAN IT60 X054 2811 1010 0000 0123 456.', 'iso-8859-1'],
      ['Prosimy o darowiznę dla powodzian, BLIK na numer 600 100 200.', 'iso-8859-2'],
      ['Просим сделать пожертвование пострадавшим: USDT TYsBTMQdnDpuA7z1bTqsRvX5QFgjhjGmN7', 'koi8-r'],
      ['Κάντε μια δωρεά για τους πυρόπληκτους: IBAN GR16 0110 1250 0000 0001 2300 695.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Relief Fund <relief.fund.help@gmail.com>', body, charset), AUTH('gmail.com'))).length, 1, `${charset}: ${body}`);
    // a free Mailchimp account: the charity's own domain authenticated, the replies to Gmail
    const mailchimp = Buffer.from(mail('Asociación Manos por Valencia <info@manosporvalencia.example>', 'Tu donativo: ES91 2100 0418 4502 0005 1332.', 'utf-8').toString('latin1').replace('\r\nTo: ', '\r\nReply-To: manosporvalencia@gmail.com\r\nTo: '), 'latin1');
    assert.match((await run(mailchimp, AUTH('manosporvalencia.example')))[0] ?? '', /\(replies go to manosporvalencia@gmail\.com\)$/);
  });

  it('not a real charity from its authenticated domain, a donation without where to, or a Greek shop\'s "free"', async () => {
    const appeal = 'Tu donativo salva vidas. Bizum ONG 00500 o IBAN ES54 0049 0001 5321 1001 2345.';
    assert.deepEqual(await run(mail('Cruz Roja <comunicacion@cruzroja.example>', appeal), AUTH('cruzroja.example')), []);
    assert.deepEqual(await run(mail('Anna <anna.k@gmail.com>', 'We donated the old laptops to the school, thanks to all!'), AUTH('gmail.com')), []);
    assert.deepEqual(await run(mail('Κατάστημα <shop.gr.offers@gmail.com>', 'Δωρεάν μεταφορικά! Πληρωμή στο IBAN GR16 0110 1250 0000 0001 2300 695.', 'iso-8859-7'), AUTH('gmail.com')), []);
  });
});

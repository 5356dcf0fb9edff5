// The romance-scam check: an endearment, a sum and a request to pay it or send money, from a
// stranger or a sender that is not authenticated, in the offices' languages and charsets. And the
// honest mail with part of it: a partner the reader writes to, a greeting with no request, the
// everyday "dear" of business letters, a request for an invoice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanceScamCheck } from '../../../src/pipeline/checks/romance-scam.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-romance-');
const run = hitLines(romanceScamCheck, { store: temp, recipients: ['c.lopez@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'c.lopez@example.com', body, charset, 'example.com');

describe('romance scams at the money stage', () => {
  it('the "engineer offshore" asking for a customs release fee, from Gmail', async () => {
    const body = 'Mi querida Carmen, la aduana pide una tasa de liberación de 2.800 euros y mi cuenta está bloqueada. ¿Podrías ayudarme con este pago, mi amor? Te lo devuelvo el mismo día.';
    assert.deepEqual(await run(mail('Jonathan Reyes <jonathan.reyes.offshore@gmail.com>', body, 'iso-8859-1'), authenticatedAs('gmail.com')), [
      'ROMANCE_MONEY_REQUEST: calls the reader "mi amor", names 2.800 euros and asks "ayudarme con este pago"; From jonathan.reyes.offshore@gmail.com (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['My love, the clearance fee is $1,900 and my cards are blocked here. Could you help me with this payment? I will repay you when I land.', 'us-ascii'],
      ['Mein Schatz, der Zoll verlangt 1.500 € für mein Gepäck. Kannst du mir helfen, die Gebühr zu bezahlen?', 'iso-8859-15'],
      ['Amore mio, mi servono 2.000 euro per il visto. Puoi aiutarmi a pagare? Ti restituisco tutto.', 'iso-8859-15'],
      ['Kochanie, potrzebuję 3000 zł na bilet. Czy możesz pomóc mi zapłacić za przelot?', 'iso-8859-2'],
      ['Любимая, таможня требует 150 000 руб. Переведи мне деньги, я всё верну.', 'windows-1251'],
      ['Αγάπη μου, χρειάζομαι 1.200 ευρώ για το εισιτήριο. Μπορείς να με βοηθήσεις να πληρώσω;', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Daniel <daniel.offshore@outlook.com>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a partner the reader writes to, nor endearments without a request, nor business letters\' "dear"', async () => {
    await temp.store.known.record('c.lopez@example.com', ['pablo.lopez@gmail.com'], Date.now());
    const home = 'Mi amor, el alquiler de 1.200 € vence el lunes: ¿podrías ayudarme con este pago? Te quiero.';
    assert.deepEqual(await run(mail('Pablo <pablo.lopez@gmail.com>', home), authenticatedAs('gmail.com')), []);
    assert.deepEqual(await run(mail('Tía Rosa <rosa.m@gmail.com>', 'Mi vida, feliz cumpleaños. Te mando un abrazo y un regalo de 50 euros para tu viaje.')), []);
    assert.deepEqual(await run(mail('Marco <marco.r@libero.it>', 'Mi querido amigo, ¿puedes enviarme la factura de 1.200 € de noviembre?')), []);
    assert.deepEqual(await run(mail('Anna <anna@partner.example>', 'Liebste Grüße! Bitte schick mir die Rechnung über 1.500 € noch heute.', 'iso-8859-15')), []);
    assert.deepEqual(await run(mail('Lucia <lucia@partner.example>', 'Che carino il regalo! Puoi inviarmi la fattura di 300 euro?', 'iso-8859-15')), []);
  });
});

describe('romance scams\' first letter', () => {
  it('the "surgeon on a mission" from Gmail: widowed, lonely, a sincere friendship, WhatsApp (the fifteenth held-out pair)', async () => {
    const body = 'Vi tu perfil en LinkedIn y me llamó la atención tu sonrisa. Soy viuda desde hace tres años; aquí los días son largos y a veces me siento muy sola. '
      + 'Solo busco una amistad sincera. Escríbeme mejor por WhatsApp al +1 (470) 555-0193.';
    assert.deepEqual(await run(mail('Isabel Moreno <isabel.moreno.md@gmail.com>', body, 'iso-8859-1'), authenticatedAs('gmail.com')), [
      'ROMANCE_OPENER: presents itself ("vi tu perfil", "me llamo la atencion tu sonrisa") and asks to go on in whatsapp; From isabel.moreno.md@gmail.com (free mail)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['I am a widow and I feel so lonely since my husband died. I am looking for a sincere friendship. Please write to me on Telegram @anna_md.', 'us-ascii'],
      ['Ich bin verwitwet und fühle mich sehr einsam. Ich suche eine aufrichtige Freundschaft. Schreib mir lieber per WhatsApp.', 'iso-8859-15'],
      ['Sono vedova da due anni e mi sento molto sola. Cerco un\'amicizia sincera: scrivimi su WhatsApp.', 'iso-8859-15'],
      ['Jestem wdową i czuję się bardzo samotna. Szukam szczerej przyjaźni. Napisz do mnie na WhatsApp.', 'iso-8859-2'],
      ['Я вдова, и мне очень одиноко. Ищу искреннюю дружбу. Напишите мне в Telegram.', 'koi8-r'],
      ['Είμαι χήρα και νιώθω πολύ μόνη. Αναζητώ μια ειλικρινή φιλία. Γράψε μου στο Viber.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Anna <anna.m1984@outlook.com>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a recruiter\'s profile and WhatsApp number, a friend the reader writes to, or the same words without a messenger', async () => {
    assert.deepEqual(await run(mail('Recruiter <jobs.talent@gmail.com>', 'I came across your profile on LinkedIn and have a role in Valencia. WhatsApp me: +34 600 000 000.')), [], 'one phrase');
    await temp.store.known.record('c.lopez@example.com', ['marta.vidal@gmail.com'], Date.now());
    assert.deepEqual(await run(mail('Marta <marta.vidal@gmail.com>', 'Desde que soy viuda me siento muy sola. ¿Hablamos por WhatsApp esta noche?'), authenticatedAs('gmail.com')), [], 'a friend');
    assert.deepEqual(await run(mail('Anna <anna.m1984@outlook.com>', 'Soy viuda y me siento muy sola. Busco una amistad sincera. Escríbeme a este correo.')), [], 'no messenger');
  });
});

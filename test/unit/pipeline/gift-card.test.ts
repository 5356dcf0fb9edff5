// The gift-card check: gift cards named and their codes asked for, in the offices' languages and
// charsets, from a sender whose word is not to be taken. And the honest mail that names gift
// cards: a shop's authenticated newsletter, a colleague's question, a request without codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { giftCardCheck } from '../../../src/pipeline/checks/gift-card.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { hitLines } from './util.ts';

const run = hitLines(giftCardCheck);
const mail = (from: string, body: string, charset = 'utf-8', extra = ''): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: carol@example.com\r\n${extra}Subject: Kurze Bitte\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const AUTH = (d: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: d, dkimPass: [d], authenticatedDomain: d });

describe('gift-card requests', () => {
  it('the "CEO" on a private address: cards bought, codes scratched free and photographed', async () => {
    const raw = mail('"Dr. Thomas Brenner" <thomas.brenner.eg@outlook.de>', 'Kannst du heute noch 10 Amazon-Geschenkkarten à 100 € besorgen? Rubbel bitte die Codes auf der Rückseite frei und schick mir Fotos davon.',
      'windows-1252', 'Reply-To: t.brenner.ceo@proton.me\r\n');
    assert.deepEqual(await run(raw), ['GIFT_CARD_REQUEST: names "geschenkkarten" and asks "schick mir fotos"; From thomas.brenner.eg@outlook.de (not authenticated)']);
    // authenticated, it is still free mail (Outlook.de); at a company's domain it still wants the replies at another address
    assert.match((await run(raw, AUTH('outlook.de')))[0] ?? '', /\(free mail\)$/);
    const company = Buffer.from(raw.toString('latin1').replace('thomas.brenner.eg@outlook.de', 'thomas.brenner@brenner-holding.example'), 'latin1');
    assert.match((await run(company, AUTH('brenner-holding.example')))[0] ?? '', /\(replies go to t\.brenner\.ceo@proton\.me\)$/);
    assert.match((await run(mail('Boss <ceo.office.private@gmail.com>', 'Buy 5 Apple gift cards and email me the codes.'), AUTH('gmail.com')))[0] ?? '', /\(free mail\)$/);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['I need 5 Apple gift cards of $200 each for clients. Scratch off the back and send me pictures of the codes.', 'us-ascii'],
      ['Necesito 6 tarjetas regalo de Google Play de 100 €. Envíame los códigos por correo en cuanto las tengas.', 'iso-8859-15'],
      ['Mi servono 8 carte regalo Amazon da 100 euro per i clienti. Gratta i codici sul retro e inviami le foto.', 'iso-8859-1'],
      // vouchers (the ninety-second pair's "CEO" on Gmail)
      ['Ti chiederei di acquistare 10 buoni regalo Amazon da 100 EUR ciascuno. Poi gratta il retro, fai una foto chiara di ogni codice e mandamele qui.', 'iso-8859-15'],
      ['Necesito 5 vales regalo de El Corte Inglés de 100 €. Envíame fotos de los códigos.', 'iso-8859-1'],
      ['Potrzebuję 10 kart podarunkowych Google Play po 200 zł. Zdrap pola i wyślij mi zdjęcia kodów.', 'iso-8859-2'],
      ['Купите, пожалуйста, 5 подарочных карт Apple по 5000 руб. и пришлите мне фото кодов.', 'koi8-r'],
      ['Χρειάζομαι 5 δωροκάρτες Google Play των 100 €. Στείλε μου τους κωδικούς με email.', 'iso-8859-7'],
      // the store after the word for cards, the codes photographed (the twenty-ninth held-out pair's "general manager" on Gmail)
      ['Μπορείς να αγοράσεις 6 κάρτες Google Play των 100 €; Ξύσε το πίσω μέρος, βγάλε φωτογραφία τους κωδικούς.', 'iso-8859-7'],
      ['Kup proszę 5 karty Google Play po 200 zł i wyślij mi zdjęcia kodów.', 'iso-8859-2'],
      ['Купи, пожалуйста, 5 карты Apple и пришли мне фото кодов.', 'windows-1251'],
      // the opener: the cards asked to be bought, the codes left to the next mail (the forty-eighth pair's "office manager" on Gmail)
      ["I need a quick favour. Can you pick up some Apple gift cards today? I'll explain later.", 'us-ascii'],
      ['Kannst du mir heute noch ein paar Apple-Karten besorgen? Ich erkläre es dir später.', 'iso-8859-1'],
      ['¿Puedes comprar hoy unas tarjetas regalo de Amazon? Te lo explico luego.', 'iso-8859-15'],
      ['Puoi comprare oggi delle carte regalo Amazon? Ti spiego dopo.', 'iso-8859-15'],
      ['Czy może Pani kupić dziś kilka kart podarunkowych Google Play? Wyjaśnię później.', 'iso-8859-2'],
      ['Можешь купить сегодня несколько подарочных карт Apple? Объясню позже.', 'koi8-r'],
      ['Μπορείς να αγοράσεις σήμερα μερικές δωροκάρτες Google Play; Θα σου εξηγήσω.', 'iso-8859-7'],
      // or wished for (the hundred-and-ninth pair's "CEO" on Gmail), in the offices' languages
      ["I'd like you to purchase some Apple gift cards - 10 x £200. I'll tell you what to do next.", 'us-ascii'],
      ['I\u2019d really like you to get a few Amazon gift cards this afternoon.', 'utf-8'],
      ['Ich möchte, dass du heute 5 Amazon-Geschenkkarten kaufst. Mehr später.', 'iso-8859-1'],
      ['Quiero que compres cinco tarjetas regalo de Amazon esta tarde.', 'iso-8859-15'],
      ['Vorrei che tu comprassi dieci carte regalo Amazon oggi pomeriggio.', 'iso-8859-15'],
      ['Chciałbym, żebyś kupiła dziś pięć kart podarunkowych Google Play.', 'iso-8859-2'],
      ['Хочу, чтобы ты купила сегодня пять подарочных карт Apple.', 'koi8-r'],
      ['Θέλω να αγοράσεις σήμερα πέντε δωροκάρτες Google Play.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Boss <ceo.office.private@gmail.com>', body, charset))).length, 1, body);
  });

  it('a word written with look-alike letters or split by invisible characters hides nothing', async () => {
    // Cyrillic е, о, а in "gift", "codes", "cards"
    assert.equal((await run(mail('CEO <ceo.private@gmail.com>', 'Please buy 4 Steam gift cаrds and sеnd mе the cоdes today.'))).length, 1);
    // nor do characters that print as nothing inside the words
    assert.equal((await run(mail('CEO <ceo.private@gmail.com>', 'Bitte 5 Geschenk\u200bkarten kaufen und mir die Co\u200bdes schi\u2060cken.'))).length, 1);
  });

  it('not a shop\'s newsletter from its own domain, nor cards without codes asked for, nor codes without cards', async () => {
    const shop = mail('Buchhandlung Huber <news@buchhandlung-huber.de>', 'Verschenken Sie Lesefreude: unsere Geschenkkarten gibt es ab 10 €. Den Code schicken wir Ihnen per Mail.');
    assert.deepEqual(await run(shop, AUTH('buchhandlung-huber.de')), []);
    assert.deepEqual(await run(mail('Anna <anna.k@gmail.com>', 'Hast du Lust, für Monikas Abschied eine Geschenkkarte von Thalia zu kaufen? Ich sammle 10 € pro Person.')), []);
    assert.deepEqual(await run(mail('Scanner <scan@partner.example>', 'Please send me the codes of the new cost centres and the photos of the stand.')), []);
    // the cards and a purchase in different sentences, or a shop's noun ("der Kauf", "la compra")
    for (const body of ['Can you buy the tickets for the fair? Our gift cards for clients arrived yesterday.', 'Beim Kauf einer Geschenkkarte ab 50 € erhalten Sie 5 € Rabatt.', 'La compra de tarjetas regalo se puede hacer en tienda.']) {
      assert.deepEqual(await run(mail('X <x@stranger.example>', body)), [], body);
    }
    // our own colleagues are the spoofing check's
    assert.deepEqual(await run(mail('Anna <anna@example.com>', 'Buy 3 Amazon gift cards and send me the codes.')), []);
  });
});

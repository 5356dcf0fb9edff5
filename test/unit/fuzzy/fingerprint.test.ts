// Bulk fingerprints must survive personalisation (names, numbers, tracking parameters, small
// insertions) and still tell different texts apart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fingerprintView, fingerprintWords, normalizeWords } from '../../../src/fuzzy/fingerprint.ts';

const template = (name: string, order: string, token: string, extra = ''): string => `Dear ${name},

thank you for shopping with us. Your order ${order} has been shipped and will arrive within three working days.
${extra}You can follow the parcel at any time on our tracking page https://shop.example.com/track/${order}?utm_source=mail&utm_campaign=ship&uid=${token}
If you have questions about delivery, returns or invoices, simply reply to this message and our service team will help you.
Kind regards, the customer care team`;

const shared = (a: string[], b: string[]): number => a.filter((h) => b.includes(h)).length;
const fp = (text: string): string[] => fingerprintView({ subject: 'Your order has shipped', text, html: null });

describe('fuzzy fingerprints', () => {
  test('changed names, numbers and tracking parameters give the same fingerprint', () => {
    const a = fp(template('Anna Schmidt', '100234', 'a81f3c9d2e'));
    const b = fp(template('Иван Петров', '998877', 'zz09x1'));
    const c = fp(template('Mr. Paolo Rossi', '5', 'q'));
    assert.equal(a.length, 8);
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
  });

  test('a small insertion keeps most bands', () => {
    const a = fp(template('Anna', '1', 'x'));
    const b = fp(template('Anna', '1', 'x', 'Please note our new opening hours. '));
    assert.ok(shared(a, b) >= 3, `shared ${shared(a, b)} of 8`);
  });

  test('different texts share no band', () => {
    const a = fp(template('Anna', '1', 'x'));
    const other = fp(`Hello team,

the quarterly planning meeting moves to Thursday afternoon in the large conference room on the second floor.
Please bring the draft budget figures and the list of open hiring positions so that we can finish the plan.
Minutes of the last meeting are attached; comments are welcome before Wednesday evening.`);
    assert.equal(other.length, 8);
    assert.equal(shared(a, other), 0);
  });

  test('HTML mail is fingerprinted by its visible text', () => {
    const text = template('Anna', '1', 'x');
    const html = `<html><body>${text.split('\n').map((l) => `<p>${l.replace(/(https:\S+)/, '<a href="$1">$1</a>')}</p>`).join('')}</body></html>`;
    assert.deepEqual(fingerprintView({ subject: 'Your order has shipped', text: '', html }), fp(text));
  });

  test('normalisation drops numbers, e-mail addresses, query strings and name-like words', () => {
    const w = normalizeWords('Hello Maria Garcia, call 555-1234 or write to maria@example.org. Visit https://x.example/a/b?id=77 now.');
    assert.deepEqual(w, ['hello', 'call', 'or', 'write', 'to', 'visit', 'https', 'x', 'example', 'a', 'b', 'now']);
  });

  test('German capitalises its nouns: they are kept, so letters that share only their phrasing are not copies', () => {
    assert.ok(normalizeWords('Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für den Auftrag.').includes('rechnung'));
    const letter = (a: string[]): string => `Sehr geehrte Damen und Herren,

anbei erhalten Sie ${a[0]} für ${a[1]} vom letzten Monat. Bitte prüfen Sie ${a[2]} und teilen Sie uns mit, ob ${a[3]} so in Ordnung ist. Die ${a[4]} erfolgt wie vereinbart innerhalb von vierzehn Tagen nach Erhalt. Für Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Team`;
    const letters = [
      ['die Rechnung', 'den Auftrag', 'die Positionen', 'die Abrechnung', 'Zahlung'],
      ['das Angebot', 'die Wartung', 'die Konditionen', 'der Preis', 'Lieferung'],
      ['den Vertrag', 'das Projekt', 'die Bedingungen', 'der Umfang', 'Unterschrift'],
      ['die Unterlagen', 'die Schulung', 'die Termine', 'die Planung', 'Anmeldung'],
      ['den Bericht', 'die Prüfung', 'die Ergebnisse', 'die Bewertung', 'Freigabe'],
    ].map((v) => fp(letter(v)));
    let sharedBands = 0;
    for (let i = 0; i < letters.length; i++) for (let j = i + 1; j < letters.length; j++) sharedBands += shared(letters[i]!, letters[j]!);
    // with the nouns dropped as if they were names, 9 bands were shared over these 10 pairs
    assert.ok(sharedBands <= 2, `${sharedBands} bands shared between different letters`);

    const news = (name: string): string => `Hallo ${name},

unser großer Frühjahrsverkauf beginnt heute. Alle Gartenmöbel, Grills und Pflanzen sind bis zu dreißig Prozent günstiger, und ab einem Bestellwert von fünfzig Euro liefern wir versandkostenfrei. Schauen Sie sich die neuen Kollektionen in unserem Onlineshop an und sichern Sie sich Ihre Lieblingsstücke, solange der Vorrat reicht.

Ihr Gartenparadies Team`;
    const a = fp(news('Herr Müller'));
    assert.ok(shared(a, fp(news('Frau Schmidt'))) >= 4, 'a personalised German newsletter is still one text');
    assert.ok(shared(a, fp(news('Anna'))) >= 4);
  });

  test('too short texts get no fingerprint', () => {
    assert.deepEqual(fingerprintWords(['just', 'a', 'few', 'words']), []);
    assert.deepEqual(fp('Thanks!'), []);
  });
  test('a long text is read in chunks with the same words as at once: sentence starts and names across chunk edges', () => {
    // 300 kB: many 16 kB chunks, each cut at whitespace somewhere inside a line
    const line = 'Hello Anna Schmidt, the order you placed last week is ready for pickup at https://shop.example/orders?id=9 today.\n';
    const text = line.repeat(4000);
    const once = ['hello', 'the', 'order', 'you', 'placed', 'last', 'week', 'is', 'ready', 'for', 'pickup', 'at', 'https', 'shop', 'example', 'orders', 'today'];
    assert.deepEqual(normalizeWords(text, 1_000_000), Array.from({ length: 4000 }, () => once).flat());
    assert.equal(normalizeWords(text).length, 2000, 'and it stops at maxWords');
    // every word starts a sentence, and every chunk edge falls on a space after a full stop
    const sentences = 'Alpha. Beta. Gamma. Delta. '.repeat(12_000);
    assert.equal(normalizeWords(sentences, 1_000_000).length, 48_000, 'no chunk\'s first word taken for a name');
  });

  test('long words cost linear time (the address pattern is not retried inside a word)', () => {
    const word = 'X'.repeat(200_000);
    const started = performance.now();
    const words = normalizeWords(`mail bob@example.org or ${word}@ or carol@example.net today`);
    // the old pattern needed ~2·10^10 steps for this word (minutes); linear is milliseconds
    assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
    assert.deepEqual(words.filter((w) => w.length < 100), ['mail', 'or', 'or', 'today']);
  });

  test("a calendar invitation's text is fingerprinted with the mail's: the same invitation to many counts as bulk", () => {
    const invite = (name: string, pitch: string) => Buffer.from(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'SUMMARY:Exclusive investment webinar',
      `DESCRIPTION:Dear ${name}, ${pitch} Reserve your seat now, places are limited and the offer closes on Friday. Our experts explain every step of the plan.`,
      'DTSTART:20270115T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
    const view = (content: Buffer | null) => ({ subject: 'Invitation', text: 'You have been invited.', html: null, attachments: content ? [{ filename: 'invite.ics', mimeType: 'text/calendar', size: content.length, content }] : [] });
    const pitch = 'join our free online seminar and learn how ordinary people double their savings with crypto trading in only four weeks.';
    const a = fingerprintView(view(invite('Anna', pitch)));
    assert.equal(a.length, 8);
    assert.deepEqual(fingerprintView(view(invite('Giorgos', pitch))), a);
    assert.equal(shared(fingerprintView(view(invite('Anna', 'the quarterly budget review moves to the large meeting room on the third floor, please bring the printed figures.'))), a) < 4, true);
    // the mail alone is too short to fingerprint
    assert.deepEqual(fingerprintView(view(null)), []);
  });
});

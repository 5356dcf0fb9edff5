// The charset of undeclared 8-bit text. Every case here is one that ICU's detector alone (what
// parseMessage used before charset-guess.ts) got wrong, unless it says otherwise: the test fails
// if the guess falls back to ICU's answer.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { correctCharset, detectCharset, readingScore, utf8Shape } from '../../../src/mail/charset-guess.ts';

/** the text comes back exactly when decoded with the guessed charset */
function assertReads(text: string, charset: string): void {
  const bytes = iconv.encode(text, charset);
  const guess = detectCharset(bytes);
  assert.equal(new TextDecoder(guess).decode(bytes), text, `${charset} guessed as ${guess}`);
}
const icuFirst = (text: string, charset: string): string => analyse(iconv.encode(text, charset))[0]!.name.toLowerCase();

describe('detectCharset', () => {
  test('Polish in ISO-8859-2 and windows-1250, where ICU says windows-1257 or ISO-8859-2', () => {
    assert.equal(icuFirst('Faktura za usługi', 'iso-8859-2'), 'windows-1257');
    assertReads('Faktura za usługi', 'iso-8859-2');
    assertReads('Spotkanie w środę: proszę potwierdzić obecność', 'iso-8859-2');
    assertReads('Spotkanie w środę: proszę potwierdzić obecność', 'windows-1250');
    assertReads('W załączeniu przesyłam zamówienie, które będą realizować', 'windows-1250');
  });

  test('a brand mark after a name is ® in windows-1252, not the Ž ISO-8859-2 has at that byte (a 2002 spam read as "LABTECŽ")', () => {
    assertReads('Thank you for your order of the LABTEC® Pulse 420 and the LABTEC® Spin 95.', 'windows-1252');
    assertReads('The leader, LABTEC® - Producing unmatched sound. Order now, LABTEC® speakers.', 'windows-1252');
    // a word that ends in Ž among other Czech letters is still Czech
    assertReads('MUŽ a ŽENA: příliš žluťoučký kůň úpěl ďábelské ódy', 'iso-8859-2');
  });

  test('KOI8-R and windows-1251, also when most of the text is English', () => {
    const mixed = 'Please find the invoice attached. Счёт на оплату, срок до пятницы. Regards, Ivan';
    assert.equal(icuFirst(mixed, 'koi8-r'), 'iso-8859-1');
    assertReads(mixed, 'koi8-r');
    assertReads(mixed, 'windows-1251');
    for (const subject of ['Re: договор', 'Привет', 'Счет на оплату', 'ПРАЙС-ЛИСТ НА ДЕКАБРЬ']) {
      assertReads(subject, 'koi8-r');
      assertReads(subject, 'windows-1251');
    }
  });

  test('Ukrainian in KOI8-U, a charset ICU does not know', () => {
    assertReads('Шановні колеги, надсилаємо їм рахунок і договір', 'koi8-u');
    assertReads('Шановні колеги, надсилаємо їм рахунок і договір', 'windows-1251');
  });

  test('Greek and Turkish', () => {
    assertReads('Αγαπητέ πελάτη, η προσφορά ισχύει μόνο σήμερα', 'iso-8859-7');
    assertReads('Toplantı çarşamba günü, lütfen katılımınızı onaylayın', 'iso-8859-9');
  });

  test('Western European text stays windows-1252: apostrophes, guillemets, ordinals, € and quotes', () => {
    assertReads('Grüße aus München – »Angebot« für 100 €', 'windows-1252');
    assertReads('Définir l’étiquette du système, à «raw» près', 'windows-1252');
    assertReads('Factura nº 15 del año: ¿recibió el pago? ¡Gracias!', 'windows-1252');
    assertReads('Perché è così difficile? Più tardi, però.', 'windows-1252');
  });

  test('Chinese, Japanese and Korean keep ICU\'s multi-byte answer', () => {
    assertReads('專門服務商用辦公室之承租人。台北各等級商用辦公室案件，適合各種商業需求！', 'big5');
    assertReads('突然のメール失礼いたします。今後この広告がご不要な方はその旨をお送り下さい。', 'shift_jis');
    assertReads('요즘 뜨는 직종 자격증 따기 열풍, 지금 바로 신청하세요', 'euc-kr');
  });

  test('UTF-8 and ASCII are UTF-8; ISO-2022-JP is recognised by its escapes', () => {
    assert.equal(detectCharset(Buffer.from('plain ascii')), 'utf-8');
    assert.equal(detectCharset(Buffer.from('Grüße', 'utf8')), 'utf-8');
    // こんにちは in ISO-2022-JP (iconv-lite cannot write it): ESC $ B … ESC ( B
    const jis = Buffer.from('1b244224332473244b2441244f1b2842', 'hex');
    assert.equal(new TextDecoder('iso-2022-jp').decode(jis), 'こんにちは');
    assert.equal(detectCharset(jis), 'iso-2022-jp');
  });

  test('a long text is judged by its 8-bit lines: 40 KB of English before one Russian line', () => {
    const english = 'The quick brown fox jumps over the lazy dog and keeps running.\n'.repeat(640);
    const bytes = Buffer.concat([Buffer.from(english), iconv.encode('Счёт на оплату, срок до пятницы\n', 'koi8-r')]);
    assert.ok(bytes.length > 40_000);
    assert.equal(detectCharset(bytes), 'koi8-r');
  });

  test('binary junk pasted into a text part does not outvote the words around it', () => {
    // a Turkish letter followed by bytes of a binary file (as in the SpamAssassin corpus's spam)
    const junk = Buffer.concat(Array.from({ length: 20 }, (_, i) => createHash('sha256').update(String(i)).digest()))
      .map((b, i) => (i % 60 === 59 ? 0x20 : b | 0x80));
    const turkish = 'Bu sistemle artık İstediğiniz MP3 leri ister tek tek isterseniz albümler halinde indirebilirsiniz. Sağlık, kültür ve başlıklar.\n';
    const bytes = Buffer.concat([iconv.encode(turkish, 'iso-8859-9'), junk]);
    assert.ok(new TextDecoder(detectCharset(bytes)).decode(bytes).startsWith(turkish));
  });

  test('readingScore ranks the right reading of mojibake-prone words above the wrong ones', () => {
    const better = (right: string, wrong: string): void => assert.ok(readingScore(right) > readingScore(wrong), `${right} > ${wrong}`);
    better('był', 'by³'); // ł read as windows-1252
    better('Müller', 'Mьller'); // ü read as windows-1251
    better('привет', 'пРЙЧЕФ'); // KOI8-R read as windows-1251
    better('привет', 'Ïðèâåò'); // windows-1251 read as Latin-1
    better('mają', 'majš'); // windows-1250 ą read as ISO-8859-2
    better('naše věc', 'naąe věc'); // Czech ISO-8859-2 š read as windows-1250: ą and ě in one text
    better('«mac»', 'Ťmacť'); // guillemets read as ISO-8859-2
    better('l’aide', 'l\u0092aide'); // an apostrophe is not a control character
  });
});

describe('correctCharset (declared charsets the bytes contradict)', () => {
  const RU = 'Уважаемые коллеги, счёт на оплату услуг за ноябрь во вложении. Просим оплатить до пятницы.';
  const PL = 'Dzień dobry, przesyłam fakturę za usługi. Proszę o płatność do środy, pozdrawiam serdecznie.';
  const DE = 'Sehr geehrte Damen und Herren, für Ihre Bestellung möchten wir uns herzlich bedanken – Grüße aus München.';
  const EL = 'Αγαπητέ πελάτη, η νέα μας προσφορά ισχύει μόνο σήμερα για όλα τα προϊόντα μας.';
  const reads = (text: string, actual: string, label: string): string => {
    const bytes = actual === 'utf-8' ? Buffer.from(text) : iconv.encode(text, actual);
    return new TextDecoder(correctCharset(label, bytes)).decode(bytes);
  };

  test('right declarations are kept, in every language of the offices', () => {
    for (const [text, charset] of [[RU, 'windows-1251'], [RU, 'koi8-r'], [RU, 'utf-8'], [PL, 'iso-8859-2'], [PL, 'windows-1250'],
      [DE, 'windows-1252'], [DE, 'iso-8859-1'], [EL, 'iso-8859-7'], ['Gracias por su pedido, señora Muñoz: ¿cuándo llega?', 'iso-8859-1']] as const) {
      const bytes = charset === 'utf-8' ? Buffer.from(text) : iconv.encode(text, charset);
      assert.equal(correctCharset(charset, bytes), charset, `${charset}: ${text}`);
    }
  });

  test('Russian labelled Latin-1, KOI8-R for windows-1251 and back, and legacy bytes labelled UTF-8 read as written', () => {
    assert.equal(new TextDecoder('iso-8859-1').decode(iconv.encode(RU, 'windows-1251')).slice(0, 9), 'Óâàæàåìûå');
    assert.equal(reads(RU, 'windows-1251', 'iso-8859-1'), RU);
    assert.equal(reads(RU, 'windows-1251', 'koi8-r'), RU);
    assert.equal(reads(RU, 'koi8-r', 'windows-1251'), RU);
    assert.equal(reads(RU, 'windows-1251', 'utf-8'), RU);
    assert.equal(reads(RU, 'koi8-r', 'UTF-8'), RU);
  });

  test('Polish windows-1250 labelled ISO-8859-2 and Latin-1; UTF-8 labelled Latin-1 ("fÃ¼r")', () => {
    assert.equal(reads(PL, 'windows-1250', 'iso-8859-2'), PL);
    assert.equal(reads(PL, 'windows-1250', 'iso-8859-1'), PL);
    assert.equal(reads(DE, 'utf-8', 'iso-8859-1'), DE);
    assert.equal(reads(RU, 'utf-8', 'windows-1251'), RU);
    // punctuation alone: "â€“" has no letters to score, the bytes' UTF-8 shape decides
    assert.equal(reads('Preis – 10 € …', 'utf-8', 'iso-8859-1'), 'Preis – 10 € …');
  });

  test('sibling charsets (windows-1250 and ISO-8859-2): one letter that reads wrong is enough, where another label needs two', () => {
    // "Cześć" has one letter where the two differ: ś is 0x9C in windows-1250, a C1 control in
    // ISO-8859-2; ISO-8859-2's ś (0xB6) is ¶ in windows-1250
    const subject = 'Cześć Marek, faktura do końca tygodnia';
    assert.equal(new TextDecoder('iso-8859-2').decode(iconv.encode(subject, 'windows-1250')), 'Cze\x9cć Marek, faktura do końca tygodnia');
    assert.equal(reads(subject, 'windows-1250', 'iso-8859-2'), subject);
    assert.equal(reads(subject, 'iso-8859-2', 'windows-1250'), subject);
    // ą: "sš" is a Czech letter beside Polish ż, "s±" a symbol standing for a letter; and the
    // detector's own choice for one 8-bit byte may be windows-1252 ("wyjœcie"), not the sibling
    for (const [text, actual, label] of [['Dobrze, są już gotowe', 'windows-1250', 'iso-8859-2'], ['Dobrze, są gotowe', 'iso-8859-2', 'windows-1250'],
      ['na standardowe wyjście', 'windows-1250', 'iso-8859-2'], ['na standardowe wyjście', 'iso-8859-2', 'windows-1250']]) {
      assert.equal(reads(text, actual, label), text, `${actual} labelled ${label}: ${text}`);
    }
    // Greek: Ά is 0xA2 in windows-1253 and 0xB6 in ISO-8859-7; windows-1253's quotes and "…" are C1 controls in ISO-8859-7
    for (const [text, actual, label] of [['Άρθρο 5: η νέα προσφορά', 'windows-1253', 'iso-8859-7'], ['Άρθρο 5: η νέα προσφορά', 'iso-8859-7', 'windows-1253'],
      ['Ένα “δώρο” για εσάς… σήμερα', 'windows-1253', 'iso-8859-7']]) {
      assert.equal(reads(text, actual, label), text, `${actual} labelled ${label}: ${text}`);
      assert.equal(correctCharset(actual, iconv.encode(text, actual)), actual, `${actual} labelled right: ${text}`);
    }
    // "m²" is a unit, not a misread letter
    for (const charset of ['windows-1252', 'iso-8859-2']) assert.equal(correctCharset(charset, iconv.encode('Fläche 50 m² im Büro', charset)), charset);
    // right labels of both stay, in Polish and in Czech (š, ť, ž are where the two differ)
    for (const text of [subject, 'Děkuji, to je naše nabídka: šťastný nový rok', 'Žádost o schůzku']) {
      for (const charset of ['windows-1250', 'iso-8859-2']) assert.equal(correctCharset(charset, iconv.encode(text, charset)), charset, `${charset}: ${text}`);
    }
    // a Western label still needs two: the lost apostrophe below is one character
    assert.equal(correctCharset('iso-8859-1', Buffer.from('Blue Stuff you\xbfll feel the results in minutes', 'latin1')), 'iso-8859-1');
  });

  test('Polish windows-1250 labelled Latin-1 in a subject\'s length: symbols in place of letters, also a single one inside a word', () => {
    // no letter above ASCII in the Latin-1 reading ("Micha³ Ku³ach"): still Latin text, so the repair is within one alphabet
    for (const text of ['@post.pl> i Michał Kułach <michal.kulach', 'jedynczymi małymi literami). Rodzaj zmie', 'ych symboli zastąpione przez pref',
      'ail variable of csh 1 . ZOBACZ TAKŻE csh', 'EINTR Przechwycono sygnał, patrz signal(', 'realpath invocation TŁUMACZ', 'wersji 3 lub późniejszej <https://gnu.org', 'Pa dead.letter w katalogu użytkownika']) {
      assert.equal(reads(text, 'windows-1250', 'iso-8859-1'), text);
    }
    // a Polish letter that reads as a Western one where no Western language writes that letter: ń as
    // ñ before a consonant, ś as œ before a consonant, ć as æ ending a word after a vowel
    for (const text of ['Po zakończeniu zadania', 'na standardowe wyjście', 'Nie można tego zmieniać.']) assert.equal(reads(text, 'windows-1250', 'iso-8859-1'), text);
    // ń as ñ ending a word, ś as œ opening one before a consonant, ę as ê before d or after i at a
    // word's end, ą as ¹ after j or alone after s: each the only changed letter before the rest
    for (const text of ['i innych zdarzeń krytycznych', 'Zmienna środowiska LANG', 'Będzie gotowe jutro rano', 'Zajmuje się tym Marek',
      'Podaj nazwę terminalu', 'Te parametry nie mają znaczenia', 'Wyniki są w tabeli']) assert.equal(reads(text, 'windows-1250', 'iso-8859-1'), text);
    // where Spanish, French and Danish do write them, the Latin-1 label stands
    // (a text's last word may be cut short: "nœ" of "nœud" ends no word)
    for (const text of ['Mañana en España, señor', 'Le cœur de ma sœur', 'Det skal være næste år', 'Ærø og Læsø', 'alors le nom du nœ',
      'Vamos a Españ', 'Œuvres complètes, œil et œsophage', 'La fête à la fenêtre, la même crêpe', 'Você lê o que quer, porquê?',
      'Três mês de ciência', 'Hy sê die wêreld is groot', 'máximo tamñ : 10 MB', 'alguém que saiba fazê-lo agora']) assert.equal(correctCharset('iso-8859-1', iconv.encode(text, 'windows-1252')), 'iso-8859-1', text);
    // a superscript inside a word is a letter read wrong; after a unit it is a superscript, and a lone ¿ may be an apostrophe
    for (const text of ['Fläche 50 m³ im Büro', 'Volumen 3 cm³ und 10 m²', 'Smith¹ and Jones²', 'to have his head fully around the ide code yet¹.']) assert.equal(correctCharset('iso-8859-1', iconv.encode(text, 'windows-1252')), 'iso-8859-1', text);
    assert.equal(correctCharset('iso-8859-1', Buffer.from('Blue Stuff you\xbfll feel the results in minutes', 'latin1')), 'iso-8859-1');
  });

  test('not repaired: UTF-8 with one stray byte, a lone odd symbol, English with double-encoded fragments, unchecked labels', () => {
    const damaged = Buffer.concat([Buffer.from('Привет, коллеги! Встреча в пятницу. '), Buffer.from([0xa0]), Buffer.from(' До встречи.')]);
    assert.deepEqual(utf8Shape(damaged).stray, 1);
    assert.equal(correctCharset('utf-8', damaged), 'utf-8');
    // a lost apostrophe (0xBF) is ż in ISO-8859-2: one character is no evidence
    assert.equal(correctCharset('iso-8859-1', Buffer.from('Blue Stuff you\xbfll feel the results in minutes', 'latin1')), 'iso-8859-1');
    // "CommuniquÃ©" and "Â» Â»" among English read as KOI8-R capitals ("УЉ", "ТЛ"): no Russian text
    const english = Buffer.from('The 1998 Communiqu\xc3\xa9 and the replies.\n\xc2\xbb \xc2\xbb exists as a sovereign state; \xc2\xbb \xc2\xbb was conceived in 1933 by the convention and its many friends in the islands. Stra\xdfe', 'latin1');
    assert.equal(correctCharset('iso-8859-1', english), 'iso-8859-1');
    const sjis = iconv.encode('お世話になっております。請求書を添付いたします。', 'shift_jis');
    assert.equal(correctCharset('shift_jis', sjis), 'shift_jis');
    assert.equal(correctCharset('x-unknown', sjis), 'x-unknown');
  });

  test('utf8Shape counts valid multi-byte sequences and the bytes outside them', () => {
    assert.deepEqual(utf8Shape(Buffer.from('für € 𝄞')), { sequences: 3, stray: 0 });
    assert.deepEqual(utf8Shape(Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xe4, 0x20])), { sequences: 0, stray: 6 });
  });
});

// The tokenizer must give the same tokens for the same words whatever charset and transfer
// encoding carried them, and normalise Unicode (NFKC, case, Greek accents/final sigma, ё).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { OSB_WINDOW, features } from '../../../src/bayes/features.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { charTrigrams, normalizeText, tokenize, urlTokens, words } from '../../../src/bayes/tokenize.ts';
import { HTML_READ_MAX_CHARS, reduceHtml } from '../../../src/content/html.ts';

const SAMPLES = {
  ru: { subject: 'Скидка на обучение программированию', body: 'Здравствуйте! Приглашаем Вас на курсы программирования. Скидка для новых учеников: звоните сегодня, количество мест ограничено.', charsets: ['koi8-r', 'windows-1251', 'iso-8859-5', 'utf-8'] },
  el: { subject: 'Προσφορά για εσάς', body: 'Αγαπητέ πελάτη, η νέα μας προσφορά ισχύει μόνο σήμερα. Επικοινωνήστε μαζί μας για περισσότερες πληροφορίες.', charsets: ['iso-8859-7', 'windows-1253', 'utf-8'] },
  pl: { subject: 'Zaproszenie na spotkanie źródłowe', body: 'Szanowni Państwo, zapraszamy na spotkanie w sprawie współpracy. Proszę potwierdzić udział do piątku. Łączę pozdrowienia.', charsets: ['iso-8859-2', 'windows-1250', 'utf-8'] },
} as const;

function encodedWord(text: string, charset: string, enc: 'B' | 'Q'): string {
  const bytes = iconv.encode(text, charset);
  if (enc === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const b of bytes) q += (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ? String.fromCharCode(b) : b === 0x20 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?${charset}?Q?${q}?=`;
}

function qp(bytes: Buffer): string {
  let out = ''; let line = 0;
  for (const b of bytes) {
    const s = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + s.length > 72) { out += '=\r\n'; line = 0; }
    out += s; line += s.length;
  }
  return out;
}

/** the same message in one charset and one transfer encoding */
function message(subject: string, body: string, charset: string, cte: '8bit' | 'base64' | 'quoted-printable'): Buffer {
  const bytes = iconv.encode(body, charset);
  const encodedBody = cte === 'base64' ? bytes.toString('base64').replace(/.{76}/g, '$&\r\n') : cte === 'quoted-printable' ? qp(bytes) : bytes.toString('latin1');
  const head = [
    'From: Sender <sender@example.net>',
    'To: user@example.com',
    `Subject: ${encodedWord(subject, charset, cte === 'quoted-printable' ? 'Q' : 'B')}`,
    'Message-ID: <abc123@example.net>',
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${cte}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n', 'latin1'), Buffer.from(encodedBody + '\r\n', 'latin1')]);
}

/** tokens that depend on the text (the charset header itself is a legitimate, separate token) */
function textTokens(t: ReturnType<typeof tokenize>): string[] {
  return t.sequences.filter((s) => s.prefix === 's' || s.prefix === 'b').flatMap((s) => s.words.map((w) => `${s.prefix}:${w}`));
}

describe('tokenizer charsets', () => {
  for (const [lang, sample] of Object.entries(SAMPLES)) {
    test(`${lang}: ${sample.charsets.join(', ')} in 8bit, base64 and quoted-printable give identical tokens and keys`, async () => {
      let reference: string[] | null = null;
      let referenceKeys: string[] | null = null;
      for (const charset of sample.charsets) {
        for (const cte of ['8bit', 'base64', 'quoted-printable'] as const) {
          const view = await parseMessage(message(sample.subject, sample.body, charset, cte));
          assert.equal(view.subject, sample.subject, `${charset}/${cte} subject decoded`);
          const t = tokenize(view);
          const tokens = textTokens(t);
          const seqs = t.sequences.filter((s) => s.prefix === 's' || s.prefix === 'b');
          const keys = features(seqs).sort();
          if (!reference) { reference = tokens; referenceKeys = keys; continue; }
          assert.deepEqual(tokens, reference, `${charset}/${cte}`);
          assert.deepEqual(keys, referenceKeys, `${charset}/${cte} keys`);
        }
      }
      assert.ok(reference!.length > 10);
      // the words really are words of that language, not mojibake
      const body = reference!.filter((t) => t.startsWith('b:')).join(' ');
      const script = lang === 'ru' ? /\p{Script=Cyrillic}/u : lang === 'el' ? /\p{Script=Greek}/u : /[ąćęłńóśźż]/u;
      assert.match(body, script);
    });
  }

  test('languages are detected and Russian words are stemmed (inflections share a token)', async () => {
    const ru = tokenize(await parseMessage(message(SAMPLES.ru.subject, SAMPLES.ru.body, 'koi8-r', '8bit')));
    assert.equal(ru.language, 'ru');
    const b = ru.sequences.find((s) => s.prefix === 'b')!.words;
    // "программирования" and "программированию" (different cases) stem to one token
    const stems = b.filter((w) => w.startsWith('программирован'));
    assert.ok(stems.length >= 1 && new Set(stems).size === 1, stems.join(','));
    const el = tokenize(await parseMessage(message(SAMPLES.el.subject, SAMPLES.el.body, 'iso-8859-7', '8bit')));
    assert.equal(el.language, 'el');
    const pl = tokenize(await parseMessage(message(SAMPLES.pl.subject, SAMPLES.pl.body, 'iso-8859-2', '8bit')));
    assert.equal(pl.language, 'pl');
  });

  // natural has no Polish or Greek stemmer; nlp.js's are used (language.ts)
  const inflected = [
    { lang: 'pl', charset: 'iso-8859-2', subject: 'Faktura', body: 'W załączeniu przesyłamy fakturę. Prosimy o zapłatę faktury w terminie, kwota do zapłaty jest na fakturze. Dziękujemy za współpracę i pozdrawiamy.', forms: ['fakturę', 'faktury', 'fakturze'] },
    { lang: 'el', charset: 'iso-8859-7', subject: 'Λογαριασμός', body: 'Ο λογαριασμός σας είναι έτοιμος. Το ποσό του λογαριασμού πρέπει να πληρωθεί, και για την πληρωμή σας στους λογαριασμούς μας ευχαριστούμε.', forms: ['λογαριασμοσ', 'λογαριασμου', 'λογαριασμουσ'] },
  ];
  for (const s of inflected) {
    test(`${s.lang}: a word's forms share one stemmed token, in UTF-8 and ${s.charset} alike`, async () => {
      const bodyWords = async (charset: string, stem: boolean): Promise<string[]> => {
        const t = tokenize(await parseMessage(message(s.subject, s.body, charset, '8bit')), { maxBodyWords: 2000, stem });
        assert.equal(t.language, s.lang);
        return t.sequences.find((q) => q.prefix === 'b' && !q.fromDocuments)!.words;
      };
      const unstemmed = await bodyWords('utf-8', false);
      assert.deepEqual(s.forms.filter((f) => unstemmed.includes(f)), s.forms, 'the unstemmed words are the inflected forms');
      const stemmed = await bodyWords('utf-8', true);
      const stems = new Set(s.forms.map((f) => stemmed[unstemmed.indexOf(f)]));
      assert.equal(stems.size, 1, [...stems].join(', '));
      assert.ok([...stems][0]!.length >= 5, 'a stem, not a stub');
      assert.deepEqual(await bodyWords(s.charset, true), stemmed);
    });
  }
});

describe('normalisation', () => {
  test('NFKC and case folding: full-width, capitals, ligatures', () => {
    assert.deepEqual(words('ＦＲＥＥ Free FREE ﬁnance'), ['free', 'free', 'free', 'finance']);
  });
  test('Greek capitals without accents equal the accented lower-case word; final sigma folds', () => {
    assert.equal(normalizeText('ΠΡΟΣΦΟΡΑ'), normalizeText('προσφορά'));
    assert.equal(normalizeText('ΛΟΓΟΣ'), normalizeText('λόγος'));
  });
  test('Russian ё and е are one letter; German ß is ss', () => {
    assert.deepEqual(words('ещё еще Straße strasse'), ['еще', 'еще', 'strasse', 'strasse']);
  });
  test('long digit runs become shapes, so order numbers do not each make a token', () => {
    assert.deepEqual(words('order 1234567 and 7654321'), ['order', '#7', 'and', '#7']);
  });
  test('Chinese, Japanese and Korean runs become overlapping bigrams, so a phrase shares tokens with others', () => {
    assert.deepEqual(words('免费发票 ok'), ['免费', '费发', '发票', 'ok']);
    assert.deepEqual(words('スパムです'), ['スパ', 'パム', 'ムで', 'です']);
    assert.deepEqual(words('안녕하세요'), ['안녕', '녕하', '하세', '세요']);
    // two-character words stay whole; Latin and Cyrillic words are untouched
    assert.deepEqual(words('発票 Rechnung счёт'), ['発票', 'rechnung', 'счет']);
    // the word limit counts bigrams
    assert.equal(words('免费发票免费发票', 3).length, 3);
  });
  test('subject trigrams: normalised, whitespace collapsed, glued spellings share trigrams', () => {
    assert.deepEqual(charTrigrams('FREE  Money'), ['fre', 'ree', 'ee ', 'e m', ' mo', 'mon', 'one', 'ney']);
    assert.ok(charTrigrams('FREEmoney').includes('mon'));
    assert.deepEqual(charTrigrams('ab'), []);
    assert.equal(charTrigrams('x'.repeat(500)).length, 78);
  });
});

describe('HTML and URLs', () => {
  test('HTML is reduced to text; link targets are collected', () => {
    const r = reduceHtml('<html><head><style>p{color:red}</style></head><body><p>Buy&nbsp;now &amp; save</p><a href="http://shop.example.biz/deal?id=1">here</a><script>var x=1</script></body></html>');
    assert.match(r.text, /Buy now & save/);
    assert.doesNotMatch(r.text, /color:red|var x/);
    assert.deepEqual(r.urls, ['http://shop.example.biz/deal?id=1']);
  });
  test('HTML: unclosed comments, elements and tags stay text, as a browser-less regex left them; closed ones after them still go', () => {
    const r = reduceHtml('<p>a <!-- open <script>x=1 <style>s{}</style> <b>bold</b> <a href="http://x.example/">y</a> tail <i');
    assert.equal(r.text.replace(/\s+/g, ' ').trim(), 'a <!-- open x=1 bold y tail <i');
    assert.deepEqual(r.urls, ['http://x.example/']);
    // a comment between two letters joins them, as a browser shows it
    assert.equal(reduceHtml('<HEAD>h</head><Script>1</SCRIPT >t<!-- c -->u').text.replace(/\s+/g, ' ').trim(), 'tu');
    assert.equal(reduceHtml('<HEAD>h</head><Script>1</SCRIPT >t <!-- c -->u').text.replace(/\s+/g, ' ').trim(), 't u');
  });
  test('HTML: 200 kB of unclosed "<!--", "<a ", "<style>" or one long attribute is reduced in one pass (these took seconds to a minute each)', { timeout: 20_000 }, () => {
    for (const page of ['<!--'.repeat(50_000), '<a '.repeat(70_000), '<style>'.repeat(30_000), `<a ${'x-'.repeat(100_000)}>text</a>`]) {
      assert.ok(reduceHtml(page).text.length > 0);
    }
  });
  test(`HTML: only the first ${HTML_READ_MAX_CHARS} characters are read`, () => {
    const late = `<p>early</p>${' '.repeat(HTML_READ_MAX_CHARS)}<a href="http://late.example/">late</a>`;
    const r = reduceHtml(late);
    assert.equal(r.text.trim(), 'early');
    assert.deepEqual(r.urls, []);
  });
  test('URL tokens: host, domain, TLD, IP flag, path words; query strings ignored', () => {
    const t = urlTokens('https://www.Shop.Example.BIZ:8080/special/offer.html?utm_source=x&id=123');
    assert.ok(t.includes('host:www.shop.example.biz'));
    assert.ok(t.includes('dom:example.biz'));
    assert.ok(t.includes('tld:biz'));
    assert.ok(t.includes('path:special'));
    assert.ok(!t.some((x) => x.includes('utm')));
    assert.ok(urlTokens('http://192.168.10.1/x').includes('host:ip'));
  });
  test('an HTML-only message is tokenized from its visible text', async () => {
    const raw = Buffer.from('From: a@b.example\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Limited <b>offer</b> today</p><a href="http://deals.example/">x</a>\r\n');
    const t = tokenize(await parseMessage(raw));
    const b = t.sequences.find((s) => s.prefix === 'b')!.words;
    assert.deepEqual(b.slice(0, 3), ['limited', 'offer', 'today']);
    assert.ok(t.sequences.find((s) => s.prefix === 'u')!.words.includes('host:deals.example'));
  });
  test('hidden words do not reach the classifier; split words and entity-written letters read as the reader sees them', async () => {
    const html = '<p>Gr&uuml;&szlig;e, Via<span style="font-size:0">x</span>gra f&uuml;r Sie, Pay\u200bPal</p>'
      + '<div style="display:none">meeting agenda quarterly</div><font color="#ffffff">invoice attached</font>';
    const raw = Buffer.from(`From: a@b.example\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);
    const t = tokenize(await parseMessage(raw), { maxBodyWords: 2000, stem: false });
    assert.deepEqual(t.sequences.find((s) => s.prefix === 'b')!.words, ['grüsse', 'viagra', 'für', 'sie', 'paypal']);
  });
});

describe('multilingual fixtures (test/fixtures/mail)', () => {
  const expected: Record<string, { lang: string; script: RegExp }> = {
    'ru-koi8r-spam.eml': { lang: 'ru', script: /скидк/ },
    'ru-cp1251-ham.eml': { lang: 'ru', script: /протокол/ },
    'ru-iso88595-ham.eml': { lang: 'ru', script: /отчет/ },
    'el-iso88597-spam.eml': { lang: 'el', script: /προσφορα/ },
    'pl-iso88592-ham.eml': { lang: 'pl', script: /współpracy/ },
    'de-utf8-ham.eml': { lang: 'de', script: /wartung/ },
    'es-latin1-spam.eml': { lang: 'es', script: /premio/ },
    'it-utf8-html-spam.eml': { lang: 'it', script: /scont/ },
  };
  for (const [file, want] of Object.entries(expected)) {
    test(`${file}: decoded, language ${want.lang}`, async () => {
      const { readFile } = await import('node:fs/promises');
      const raw = await readFile(new URL(`../../fixtures/mail/${file}`, import.meta.url));
      const t = tokenize(await parseMessage(raw));
      assert.equal(t.language, want.lang);
      // subject tokens are never stemmed: the decoded words are visible there or in the body
      const all = t.sequences.filter((s) => s.prefix === 's' || s.prefix === 'b').flatMap((s) => s.words).join(' ');
      assert.match(all, want.script);
      assert.doesNotMatch(all, /\uFFFD/);
    });
  }
});

describe('feature keys', () => {
  // the expected set, computed the plain way: every unigram and OSB pair, first occurrence kept
  const naive = (seqs: Array<{ prefix: string; words: string[]; pairs: boolean }>): number => {
    const seen = new Set<string>();
    for (const s of seqs) {
      s.words.forEach((w, i) => {
        seen.add(`${s.prefix}|${w}`);
        if (s.pairs) for (let d = 1; d < OSB_WINDOW && i + d < s.words.length; d++) seen.add(`${s.prefix}|${w}|${d}|${s.words[i + d]}`);
      });
    }
    return seen.size + 1; // + the bias key
  };

  test('every distinct unigram and OSB pair gets one key, however large the message and however many calls', () => {
    const vocab = Array.from({ length: 700 }, (_, i) => `w${i}`);
    // 12000 words from a small vocabulary: many repeats, and more candidates than the table's first size
    const big = { prefix: 'b', words: Array.from({ length: 12000 }, (_, i) => vocab[(i * 7919) % vocab.length]!), pairs: true };
    const small = { prefix: 's', words: ['free', 'offer', 'free', 'offer', 'now'], pairs: true };
    const a = features([small]);
    assert.equal(a.length, naive([small]));
    assert.equal(new Set(a).size, a.length);
    const b = features([big, small]);
    assert.equal(b.length, naive([big, small]));
    assert.equal(new Set(b).size, b.length);
    // a later call starts from an empty table: the same input gives the same keys in the same order
    assert.deepEqual(features([small]), a);
    assert.deepEqual(features([big, small]), b);
    // a wider window adds the skip pairs
    assert.equal(features([small], 5).length, 13); // bias, 3 words, 9 distinct (word, distance, word) pairs
  });
});

test("a calendar invitation's description is read like the body: spam sent as an invitation is not an empty message", async () => {
  const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'SUMMARY:Congratulations winner', 'DESCRIPTION:Claim your bitcoin reward today at https://claim.evil.test/r?id=7',
    'DTSTART:20270115T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  const raw = (withInvite: boolean) => `From: a@sender.test\r\nTo: b@example.com\r\nSubject: Invitation\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n\r\n${withInvite ? `--B\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n${ics}` : ''}--B--\r\n`;
  const seq = (t: ReturnType<typeof tokenize>, prefix: string) => t.sequences.find((s) => s.prefix === prefix)?.words ?? [];
  const invited = tokenize(await parseMessage(raw(true)));
  assert.ok(seq(invited, 'b').includes('bitcoin'), seq(invited, 'b').join(' '));
  assert.ok(seq(invited, 'u').some((w) => w.includes('evil.test')), seq(invited, 'u').join(' '));
  assert.ok(seq(invited, 'm').includes('invitation'));
  const bare = tokenize(await parseMessage(raw(false)));
  assert.deepEqual(seq(bare, 'b'), []);
  assert.ok(!seq(bare, 'm').includes('invitation'));
});

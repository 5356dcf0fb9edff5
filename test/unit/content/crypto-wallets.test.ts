// Bitcoin addresses by their checksums (BIP 13/173/350 test vectors and real formats), the sums of
// money of the offices' languages, and the crypto-wallets check on whole messages: in the text, in a
// QR code (`bitcoin:` URI with its amount; images by qrencode), not for trusted networks or
// address-shaped strings that fail the checksum.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bitcoinAddresses, bitcoinUri, isBitcoinAddress, sumOfMoney } from '../../../src/content/crypto-wallets.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { qrImage } from '../../helpers/qr.ts';
import { dataContext, quietLog, testConfig } from '../pipeline/util.ts';

const P2PKH = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const SEGWIT = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const TAPROOT = 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr';

describe('Bitcoin addresses', () => {
  it('valid: legacy, script, SegWit v0 (20 and 32 bytes), Taproot and later versions (bech32m), upper case', () => {
    for (const a of [P2PKH, P2SH, SEGWIT, TAPROOT, 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs']) assert.equal(isBitcoinAddress(a), true, a);
  });
  it('invalid: one letter changed, v0 with the bech32m checksum or v1 with bech32\'s, mixed case, other networks and coins', () => {
    for (const a of [
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', // BIP 173's bad checksum
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', // BIP 350: v1 with a bech32 checksum
      'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', // mixed case
      'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn', // testnet
      'LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1', // Litecoin
    ]) assert.equal(isBitcoinAddress(a), false, a);
  });
  it('found in text as whole words, each once, at most five; look-alikes that fail the checksum are not', () => {
    assert.deepEqual(bitcoinAddresses(`Wallet: ${P2PKH}. Or ${SEGWIT}, or again ${P2PKH}!`), [SEGWIT, P2PKH]);
    assert.deepEqual(bitcoinAddresses(`x${P2PKH} ${P2PKH}x ref 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb tracking 3kJ98t1WpEZ73CNmQviecrnyiWrnqRhW`), []);
    assert.equal(bitcoinAddresses(Array.from({ length: 8 }, () => `${P2PKH} ${P2SH} ${SEGWIT} ${TAPROOT} bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3 BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4`).join(' ')).length, 5);
  });
  it('bitcoin: URIs with the sum they ask for', () => {
    assert.deepEqual(bitcoinUri(`bitcoin:${SEGWIT}?amount=0.025&label=Payment`), { address: SEGWIT, amount: '0.025 BTC' });
    assert.deepEqual(bitcoinUri(`BITCOIN:${P2PKH}`), { address: P2PKH, amount: null });
    assert.equal(bitcoinUri('bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb?amount=1'), null);
    assert.equal(bitcoinUri(`https://x.test/${SEGWIT}`), null);
  });
});

describe('sums of money', () => {
  it('in the offices\' languages, signs before or after, codes and words', () => {
    const cases: Array<[string, string]> = [
      ['Send $1450 within 48 hours', '$1450'], ['Zahlen Sie 1.450 € in Bitcoin', '1.450 €'], ['pay 1450 USD now', '1450 USD'],
      ['exactly 0,05 BTC', '0,05 BTC'], ['переведите 1500 евро', '1500 евро'], ['wyślij 2000 złotych', '2000 złotych'],
      ['πληρώστε 1000 ευρώ', '1000 ευρώ'], ['pagare 1.200 euro', '1.200 euro'], ['envíe 900 dólares', '900 dólares'], ['US$ 900', 'US$ 900'],
      ['£750', '£750'], ['1200EUR', '1200EUR'], ['500 долларов', '500 долларов'],
    ];
    for (const [text, sum] of cases) assert.equal(sumOfMoney(text), sum, text);
  });
  it('not times, years, versions, phone numbers or a currency word without a number', () => {
    for (const text of ['in 48 hours', 'the year 2024', 'Euro 2024 tickets', 'call +49 30 1234567', 'version 3.2 released', 'pay in euros', 'Bitcoin is volatile']) {
      assert.equal(sumOfMoney(text), null, text);
    }
  });
});

describe('crypto-wallets check', () => {
  const config = testConfig({ 'smtp.localDomains': ['example.com'] });
  const store = undefined as unknown as Parameters<typeof cryptoWalletsCheck.run>[1]['store']; // the check keeps nothing
  const run = async (raw: string, trusted = false) => cryptoWalletsCheck.run(await dataContext(Buffer.from(raw), { trusted }),
    { options: cryptoWalletsOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
  const text = (body: string, type = 'text/plain'): string => `From: Hacker <anna@example.com>\r\nTo: anna@example.com\r\nSubject: Twoje konto\r\nContent-Type: ${type}; charset=utf-8\r\n\r\n${body}\r\n`;

  it('a wallet and a demand (Polish sextortion), in plain text or HTML', async () => {
    const body = `Zhakowałem Twoje urządzenie. Przelej 2000 zł w Bitcoin na adres: ${SEGWIT} w ciągu 48 godzin.`;
    const want = [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${SEGWIT} in the text` }, { symbol: 'CRYPTO_PAYMENT_DEMAND', detail: 'asks for 2000 zł' }];
    assert.deepEqual(await run(text(body)), want);
    assert.deepEqual(await run(text(`<p>${body.replace(SEGWIT, `<b>${SEGWIT}</b>`)}</p>`, 'text/html')), want);
  });
  it('a wallet without a sum: the wallet only; no wallet: nothing, whatever the sums', async () => {
    assert.deepEqual(await run(text(`Donations welcome: ${P2PKH}`)), [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${P2PKH} in the text` }]);
    assert.deepEqual(await run(text('Your invoice of 1.450 € is due. Ref 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')), []);
  });
  it('a QR code of a bitcoin: URI gives the wallet and its amount', async () => {
    const png = qrImage(`bitcoin:${TAPROOT}?amount=0.03`).toString('base64').replace(/.{76}/g, '$&\r\n');
    const raw = 'From: x@sender.test\r\nSubject: Last warning\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n'
      + '--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI know your secret. Scan the code and pay, or everyone will know.\r\n'
      + `--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="pay.png"\r\n\r\n${png}\r\n--B--\r\n`;
    assert.deepEqual(await run(raw), [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${TAPROOT} in a QR code` }, { symbol: 'CRYPTO_PAYMENT_DEMAND', detail: 'asks for 0.03 BTC' }]);
  });
  it('not for trusted networks', async () => {
    assert.deepEqual(await run(text(`Pay $500 to ${P2PKH}`), true), []);
  });
});

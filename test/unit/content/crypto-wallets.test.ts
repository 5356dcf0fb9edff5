// Wallet addresses by their checksums (BIP 13/173/350 and EIP-55 test vectors, Litecoin and Tron
// addresses built with the libraries' encoders), the sums of money of the offices' languages, and the
// crypto-wallets check on whole messages: in the text, in a QR code (payment URIs with their amount;
// images by qrencode), not for trusted networks or address-shaped strings that fail the checksum.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bech32 } from 'bech32';
import bs58check from 'bs58check';
import { sumOfMoney, walletAddresses, walletCoin, walletUri } from '../../../src/content/crypto-wallets.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { qrImage } from '../../helpers/qr.ts';
import { dataContext, quietLog, testConfig } from '../pipeline/util.ts';

const P2PKH = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const SEGWIT = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const TAPROOT = 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr';

const isBitcoinAddress = (a: string): boolean => walletCoin(a) === 'Bitcoin';
const hash20 = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff);
const base58 = (version: number): string => bs58check.encode(Uint8Array.from([version, ...hash20]));

describe('wallet addresses', () => {
  it('Bitcoin: legacy, script, SegWit v0 (20 and 32 bytes), Taproot and later versions (bech32m), upper case', () => {
    for (const a of [P2PKH, P2SH, SEGWIT, TAPROOT, 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs']) assert.equal(isBitcoinAddress(a), true, a);
  });
  it('not Bitcoin: one letter changed, v0 with the bech32m checksum or v1 with bech32\'s, mixed case, testnet', () => {
    for (const a of [
      '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', // BIP 173's bad checksum
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', // BIP 350: v1 with a bech32 checksum
      'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', // mixed case
      'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn', // testnet
    ]) assert.equal(walletCoin(a), null, a);
  });
  it('Litecoin, Tron (USDT) and Ethereum by their checksums; Ethereum only in mixed case (EIP-55)', () => {
    assert.equal(walletCoin(base58(0x30)), 'Litecoin');
    assert.equal(walletCoin(base58(0x32)), 'Litecoin');
    assert.equal(walletCoin(bech32.encode('ltc', [0, ...bech32.toWords(hash20)])), 'Litecoin');
    assert.equal(walletCoin(base58(0x41)), 'Tron');
    assert.equal(walletCoin('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'), 'Tron', 'the USDT contract on Tron');
    assert.equal(walletCoin(base58(0x6f)), null, 'a testnet version byte');
    assert.equal(walletCoin(bech32.encode('tltc', [0, ...bech32.toWords(hash20)])), null);
    for (const a of ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) assert.equal(walletCoin(a), 'Ethereum', a);
    for (const a of ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', '0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED']) {
      assert.equal(walletCoin(a), null, `${a}: a capital out of place, or one case (no checksum: a hash looks the same)`);
    }
  });
  it('found in text as whole words, each once, at most five; look-alikes that fail the checksum are not', () => {
    assert.deepEqual(walletAddresses(`Wallet: ${P2PKH}. Or ${SEGWIT}, or again ${P2PKH}! USDT: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t`),
      [{ coin: 'Bitcoin', address: SEGWIT }, { coin: 'Bitcoin', address: P2PKH }, { coin: 'Tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }]);
    assert.deepEqual(walletAddresses(`x${P2PKH} ${P2PKH}x ref 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb tracking 3kJ98t1WpEZ73CNmQviecrnyiWrnqRhW commit 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed`), []);
    assert.equal(walletAddresses(Array.from({ length: 8 }, () => `${P2PKH} ${P2SH} ${SEGWIT} ${TAPROOT} bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3 BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4`).join(' ')).length, 5);
  });
  it('a one-case Ethereum address only where the text names the coin, in the offices\' languages too', () => {
    const lower = '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed';
    for (const text of [`Send 0.5 ETH to ${lower} today`, `USDT (ERC-20): ${lower.toUpperCase().replace('0X', '0x')}`, `Переведите эфир на ${lower}`, `Tether wallet ${lower}.`]) {
      assert.deepEqual(walletAddresses(text).map((w) => w.coin), ['Ethereum'], text);
    }
    // a hash in a commit message or a log line: no coin named, or the name only inside another word
    for (const text of [`commit ${lower}`, `Methode: ${lower}`, `Ethernet frame ${lower}`]) assert.deepEqual(walletAddresses(text), [], text);
  });
  it('payment URIs with the sum they ask for', () => {
    assert.deepEqual(walletUri(`bitcoin:${SEGWIT}?amount=0.025&label=Payment`), { wallet: { coin: 'Bitcoin', address: SEGWIT }, amount: '0.025 BTC' });
    assert.deepEqual(walletUri(`BITCOIN:${P2PKH}`), { wallet: { coin: 'Bitcoin', address: P2PKH }, amount: null });
    assert.deepEqual(walletUri(`litecoin:${base58(0x30)}?amount=3`), { wallet: { coin: 'Litecoin', address: base58(0x30) }, amount: '3 LTC' });
    assert.deepEqual(walletUri('ethereum:0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359@1?value=2.014e18'),
      { wallet: { coin: 'Ethereum', address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' }, amount: '2.014 ETH' });
    assert.equal(walletUri('bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb?amount=1'), null);
    assert.equal(walletUri(`bitcoin:${base58(0x30)}`), null, 'a Litecoin address under bitcoin:');
    assert.equal(walletUri(`https://x.test/${SEGWIT}`), null);
  });
});

describe('sums of money', () => {
  it('in the offices\' languages, signs before or after, codes and words', () => {
    const cases: Array<[string, string]> = [
      ['Send $1450 within 48 hours', '$1450'], ['Zahlen Sie 1.450 € in Bitcoin', '1.450 €'], ['pay 1450 USD now', '1450 USD'],
      ['exactly 0,05 BTC', '0,05 BTC'], ['переведите 1500 евро', '1500 евро'], ['wyślij 2000 złotych', '2000 złotych'],
      ['πληρώστε 1000 ευρώ', '1000 ευρώ'], ['pagare 1.200 euro', '1.200 euro'], ['envíe 900 dólares', '900 dólares'], ['US$ 900', 'US$ 900'],
      ['£750', '£750'], ['1200EUR', '1200EUR'], ['500 долларов', '500 долларов'],
      ['Betrag: EUR 1.450,00', 'EUR 1.450,00'], ['Amount debited: GBP 289.99', 'GBP 289.99'],
    ];
    for (const [text, sum] of cases) assert.equal(sumOfMoney(text), sum, text);
  });
  it('not times, years, versions, phone numbers or a currency word without a number', () => {
    for (const text of ['in 48 hours', 'the year 2024', 'Euro 2024 tickets', 'call +49 30 1234567', 'version 3.2 released', 'pay in euros', 'Bitcoin is volatile', 'sent with SEUR 24 hours']) {
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
  it('Ethereum and Tron wallets (an Italian scam asking for USDT), named with their coin', async () => {
    const eth = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
    assert.deepEqual(await run(text(`Versa 950 USDT su TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t (TRC20) oppure su ${eth} (ERC20) entro domani.`)), [
      { symbol: 'CRYPTO_WALLET', detail: `Tron TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t in the text, Ethereum ${eth} in the text` },
      { symbol: 'CRYPTO_PAYMENT_DEMAND', detail: 'asks for 950 USDT' },
    ]);
  });
  it('stablecoins by their codes: a "verification transfer" of USDC to a one-case Ethereum address named by its network', async () => {
    const eth = '0x245ccf64c4b95a6cd5c5aeba0717ce6b671fedb1';
    assert.deepEqual(await run(text(`To reserve it, compliance asks for a small verification transfer of 25,000 USDC (ERC-20). Deposit address: ${eth}`)), [
      { symbol: 'CRYPTO_WALLET', detail: `Ethereum ${eth} in the text` }, { symbol: 'CRYPTO_PAYMENT_DEMAND', detail: 'asks for 25,000 USDC' },
    ]);
    assert.equal(sumOfMoney('Transfer 1.500 EURC today'), '1.500 EURC');
  });
  it('a wallet without a sum: the wallet only; no wallet: nothing, whatever the sums', async () => {
    assert.deepEqual(await run(text(`Donations welcome: ${P2PKH}`)), [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${P2PKH} in the text` }]);
    assert.deepEqual(await run(text('Your invoice of 1.450 € is due. Ref 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')), []);
  });
  it('a sum named but not asked for is no demand: coins received, what a purchase cost', async () => {
    // an accountant on free mail about a client's tax return (the business audit's letter)
    assert.deepEqual(await run(text(`Пришлите, пожалуйста, выписку с биржи.\n- по кошельку ${SEGWIT} у вас в марте поступило 0,042 BTC, нужна сумма расходов на покупку в рублях (примерно 310 000 руб.);\nСрок подачи декларации — до 30 апреля, уплата налога — до 15 июля.`)),
      [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${SEGWIT} in the text` }]);
    assert.deepEqual(await run(text(`You received 0.05 BTC ($3,120.00) at ${SEGWIT}. It may take 2 days to show in your history.`)),
      [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${SEGWIT} in the text` }]);
    // an exchange's withdrawal receipt: "Сумма:" labels what was sent, not what is asked for
    assert.deepEqual(await run(text(`Ваш запрос на вывод средств успешно обработан.\nСумма: 2 500.00 USDT\nАдрес получателя: ${SEGWIT}`)),
      [{ symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${SEGWIT} in the text` }]);
    // a deadline in hours makes any sum the demand; so does a label
    for (const [body, sum] of [[`I recorded you. 1450 USD to ${SEGWIT}. You have 48 hours.`, '1450 USD'], [`Zu zahlen: 0,021 BTC\nWallet: ${SEGWIT}`, '0,021 BTC'],
      [`Wpłać 1200 zł na ${SEGWIT}.`, '1200 zł'], [`Если вы не переведёте 1200 долларов на ${SEGWIT}, видео получат все.`, '1200 долларов'], [`Envíe 900 dólares a ${SEGWIT}.`, '900 dólares'],
      // the extortion's condition (the sixty-first pair's "data leak" from Proton)
      [`Αν δεν λάβουμε 0,35 BTC στη διεύθυνση ${SEGWIT} έως τις 4 Δεκεμβρίου, θα δημοσιεύσουμε τα δεδομένα.`, '0,35 BTC'],
      [`If we do not receive 0.35 BTC at ${SEGWIT} by Friday, the data goes public.`, '0.35 BTC'], [`Если не получим 0,35 BTC на ${SEGWIT} до пятницы, данные будут опубликованы.`, '0,35 BTC']] as const) {
      assert.deepEqual((await run(text(body))).map((h) => h.detail).at(1), `asks for ${sum}`, body);
    }
  });
  it('CRYPTO_ACCOUNT_PASSWORD: a balance in coins and a password handed out, no wallet needed; not a balance alone, not a password alone', async () => {
    const html = (body: string, charset: string): string => `From: CoinBit Support <support@coinbit-payout.test>\r\nTo: u@example.com\r\nSubject: =?utf-8?B?${Buffer.from('Выплата').toString('base64')}?=\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`;
    const koi8 = (await import('iconv-lite')).default.encode(html('<p>На Ваш аккаунт зачислено <b>1,4873 BTC</b> (~ 128 400 EUR).</p><table><tr><td>Логин:</td><td>u@example.com</td></tr><tr><td>Временный пароль:</td><td><b>RzeayCcoy4</b></td></tr></table><p>Комиссия сети 0,0125 BTC.</p>', 'koi8-r'), 'koi8-r');
    assert.deepEqual(await cryptoWalletsCheck.run(await dataContext(koi8), { options: cryptoWalletsOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal }),
      [{ symbol: 'CRYPTO_ACCOUNT_PASSWORD', detail: 'names 1,4873 BTC and hands out the password "RzeayCcoy4"' }]);
    for (const body of ['Your account holds 12,500 USDT. Login: your e-mail, password: Xk29!mQa', 'Ihr Konto: 0,84 BTC. Ihr Passwort lautet Bt7734kq', 'Saldo disponibile: 2.3 ETH. Password: eth-7731']) {
      assert.deepEqual((await run(text(body))).map((h) => h.symbol), ['CRYPTO_ACCOUNT_PASSWORD'], body);
    }
    // with a wallet: after the wallet's symbols
    assert.deepEqual((await run(text(`Balance 0.5 BTC at ${SEGWIT}. Password: qwe123x`))).map((h) => h.symbol), ['CRYPTO_WALLET', 'CRYPTO_ACCOUNT_PASSWORD']);
    // an exchange's honest notice names coins but no password; a password mail names no coins; "your password is expiring" is no password
    for (const body of ['You received 0.05 BTC ($3,120.00). It may take 2 days to show in your history.', 'Ihr Zugang: Benutzer a.schmidt, Passwort: Winter2026! (bitte ändern). Rechnung 1.450 €',
      'Your password is expiring. Your balance: 0.3 BTC.']) {
      assert.deepEqual(await run(text(body)), [], body);
    }
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

// Cryptocurrency wallets (inbound; src/content/crypto-wallets.ts). Sextortion ("I recorded you,
// pay $1450 in Bitcoin within 48 hours"), fake invoices and "investment" scams end with a wallet
// address, whatever the language, often beside a QR code of it. A company's mail almost never
// carries one; the Bayes model, trained on the company's languages, may not know the scam's.
//  - CRYPTO_WALLET: the text a reader sees (or a calendar invitation, the text of an attached PDF or Office document,
//    or a QR code in a picture, PDF or Office document) names a Bitcoin, Litecoin, Tron or Ethereum address whose checksum holds.
//  - CRYPTO_PAYMENT_DEMAND: and the message asks for a sum of money ("$1450", "1.450 €", "0,05 BTC",
//    "1500 евро", a payment QR code's amount): a sum beside a word that asks to pay, send or
//    transfer it, labelled as the amount due, or in a text that sets a deadline in hours. A sum
//    merely named (an exchange's "you received 0.042 BTC", an accountant asking what the coins
//    cost) is no demand.
//  - CRYPTO_ACCOUNT_PASSWORD: the text names a sum in a cryptocurrency ("1,4873 BTC", "12 500 USDT")
//    and hands out a password ("Временный пароль: RzeayCcoy4"): the fake exchange's "your account
//    holds 1.4 BTC, log in with this password", whose withdrawal costs a "network fee". No exchange
//    sends a password by mail, least of all beside a balance; no wallet address needed.
// Neither tags a message alone; together they reach the tag threshold, and with any other sign
// (an unauthenticated "from yourself", a listed sender, the Bayes check) more.
import { z } from 'zod';
import { demandedSum, sumsOfMoney, walletAddresses, walletUri, type Wallet } from '../../content/crypto-wallets.ts';
import { passwordInText } from '../../content/text-password.ts';
import { documentTextsOf } from '../../content/document-text.ts';
import { QR_LINK_PLACE, qrCodesOf, qrOptionsOf } from '../../content/qr.ts';
import { textWithInvitations } from '../../fuzzy/fingerprint.ts';
import type { Check, Hit } from '../types.ts';

export const cryptoWalletsOptionsSchema = z.strictObject({});
export type CryptoWalletsOptions = z.infer<typeof cryptoWalletsOptionsSchema>;

/** addresses named in a detail */
const NAMED = 3;

export const cryptoWalletsCheck: Check<'data', CryptoWalletsOptions> = {
  name: 'crypto-wallets',
  phase: 'data',
  symbols: ['CRYPTO_WALLET', 'CRYPTO_PAYMENT_DEMAND', 'CRYPTO_ACCOUNT_PASSWORD'],
  options: cryptoWalletsOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const text = textWithInvitations(view);
    const found: Array<Wallet & { where: string }> = walletAddresses(text).map((w) => ({ ...w, where: 'the text' }));
    // the text of attached PDFs and Office documents (a sextortion or fake invoice sent as a document)
    const documents = await documentTextsOf(view);
    for (const d of documents) {
      for (const wallet of walletAddresses(d.text)) {
        if (!found.some((f) => f.address === wallet.address)) found.push({ ...wallet, where: `the ${d.kind} ${d.filename ?? '(unnamed)'}` });
      }
    }
    let qrAmount: string | null = null;
    // a QR code of the wallet (read once per message, with the qr-codes check's options and bounds)
    const qr = qrOptionsOf(deps.rules?.checks);
    if (qr) {
      for (const code of await qrCodesOf(view, qr)) {
        const uri = walletUri(code.text);
        for (const wallet of uri ? [uri.wallet] : walletAddresses(code.text)) {
          if (!found.some((f) => f.address === wallet.address)) found.push({ ...wallet, where: QR_LINK_PLACE[code.in] });
        }
        qrAmount ??= uri?.amount ?? null;
      }
    }
    const account = accountPassword(text);
    if (!found.length) return account;
    const named = found.slice(0, NAMED).map((f) => `${f.coin} ${f.address} in ${f.where}`).join(', ');
    const hits: Hit[] = [{ symbol: 'CRYPTO_WALLET', detail: `${named}${found.length > NAMED ? ` and ${found.length - NAMED} more` : ''}` }];
    const demand = demandedSum(text) ?? documents.map((d) => demandedSum(d.text)).find(Boolean) ?? qrAmount;
    if (demand) hits.push({ symbol: 'CRYPTO_PAYMENT_DEMAND', detail: `asks for ${demand}` });
    return [...hits, ...account];
  },
};

/** a sum in a cryptocurrency, as sumsOfMoney writes it */
const COIN_SUM = /(?<![\p{L}])(?:btc|xbt|ltc|eth|usdt|usdc|eurc|trx|bitcoins?|биткоин\p{L}*)(?![\p{L}])/iu;

/** CRYPTO_ACCOUNT_PASSWORD (see above) for the text a reader sees. */
function accountPassword(text: string): Hit[] {
  const coins = sumsOfMoney(text).find((s) => COIN_SUM.test(s));
  const password = coins ? passwordInText(text) : null;
  return coins && password ? [{ symbol: 'CRYPTO_ACCOUNT_PASSWORD', detail: `names ${coins} and hands out the password "${password}"` }] : [];
}

// The crypto-wallets check on the SpamAssassin corpus (2002–2003: before Bitcoin, so every hit
// would be a false positive): how many messages hold a string shaped like a wallet address (base58
// "1…", "3…", "L…", "M…", "T…" of the right length, "bc1…"/"ltc1…", or "0x" and 40 hex digits),
// how many of those pass the checksum, how many name a sum of money and how many ask for one
// (src/content/crypto-wallets.ts `demandedSum`), how often the check fires (CRYPTO_ACCOUNT_PASSWORD:
// a sum in coins beside a password handed out, with or without a wallet), and the time the text scan takes per message (visible text read once beforehand;
// three passes over the set, the last counts). The check itself also reads the QR codes (with the
// qr-codes check's defaults, as the gateway does); reading them is shared with that check and timed
// by bench/qr.ts, so the time column is the text scan alone. Hits are listed on stderr.
// `node --import tsx bench/crypto-wallets.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { demandedSum, sumOfMoney, walletAddresses } from '../src/content/crypto-wallets.ts';
import { textWithInvitations } from '../src/fuzzy/fingerprint.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../src/pipeline/checks/crypto-wallets.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = cryptoWalletsOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof cryptoWalletsCheck.run>[1]['store']; // the check keeps nothing
const SHAPED = /(?<![0-9A-Za-z])(?:[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|ltc)1[02-9ac-hj-np-z]{11,71}|0x[0-9a-fA-F]{40})(?![0-9A-Za-z])/;

console.log('| set | messages | address-shaped string | valid address | CRYPTO_WALLET | CRYPTO_PAYMENT_DEMAND | CRYPTO_ACCOUNT_PASSWORD | names a sum of money | asks for one | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, shaped = 0, valid = 0, money = 0, asked = 0;
  const fired = { CRYPTO_WALLET: 0, CRYPTO_PAYMENT_DEMAND: 0, CRYPTO_ACCOUNT_PASSWORD: 0 };
  const texts: string[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    const text = textWithInvitations(view);
    texts.push(text);
    if (SHAPED.test(text)) shaped++;
    if (walletAddresses(text).length) valid++;
    if (sumOfMoney(text)) money++;
    if (demandedSum(text)) asked++;
    const hits = await cryptoWalletsCheck.run(corpusContext(raw, view), { options, config, store, log, signal: new AbortController().signal });
    for (const h of hits) {
      fired[h.symbol as keyof typeof fired]++;
      console.error(`  ${file}: ${h.symbol} ${h.detail}`);
    }
  }
  let us = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    for (const text of texts) if (walletAddresses(text).length) demandedSum(text);
    us = ((performance.now() - t) * 1000) / Math.max(1, texts.length);
  }
  console.log(`| ${set} | ${n} | ${shaped} | ${valid} | ${fired.CRYPTO_WALLET} | ${fired.CRYPTO_PAYMENT_DEMAND} | ${fired.CRYPTO_ACCOUNT_PASSWORD} | ${money} | ${asked} | ${us.toFixed(1)} |`);
}

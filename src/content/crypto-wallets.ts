// Cryptocurrency wallet addresses in a message, and the sums of money it asks for. Sextortion ("I
// recorded you through your camera, pay $1450 in Bitcoin within 48 hours") and fake-invoice and
// investment scams end with a wallet address, in every language the offices read; the address is
// the one part the scammer cannot translate or vary at will. Only addresses whose checksum holds
// count, so a random run of letters that looks like one (a tracking code, a key, a hash) almost
// never does:
//  - Bitcoin legacy and script ("1…", "3…") and Litecoin ("L…", "M…"), Tron, where USDT is paid
//    ("T…"): base58 with a double-SHA-256 checksum (bs58check, MIT), 1 in 2³²;
//  - Bitcoin SegWit and Taproot ("bc1q…", "bc1p…"), Litecoin ("ltc1…"): bech32 / bech32m
//    (BIP 173 / 350; bech32, MIT), 1 in 2³⁰;
//  - Ethereum (and USDT on it, "0x…" and 40 hex digits): in mixed case, where the capitals are
//    its EIP-55 checksum (Keccak-256, @noble/hashes, MIT); wallets show addresses so. In one case
//    there is no checksum, and a hash written as 0x… would look the same: counted only when the
//    text names the coin (Ethereum, ETH, USDT, ERC-20, Tether), as scams copying an exchange's
//    lower-case address do.
// URIs of BIP 21 and EIP-681 (`bitcoin:`, `litecoin:`, `ethereum:`) are read too: what a QR code in
// such mail usually holds, with the sum.
import { keccak_256 } from '@noble/hashes/sha3';
import { bech32, bech32m } from 'bech32';
import bs58check from 'bs58check';
import { comparableText, phrasePattern } from './phrases.ts';

export type Coin = 'Bitcoin' | 'Litecoin' | 'Tron' | 'Ethereum';
export interface Wallet { coin: Coin; address: string }

/** base58check version bytes of main-network addresses, each with the letter its addresses start with */
const BASE58_VERSIONS: ReadonlyArray<{ version: number; coin: Coin }> = [
  { version: 0x00, coin: 'Bitcoin' }, { version: 0x05, coin: 'Bitcoin' }, // 1…, 3… (Litecoin's old P2SH is 3… too)
  { version: 0x30, coin: 'Litecoin' }, { version: 0x32, coin: 'Litecoin' }, // L…, M…
  { version: 0x41, coin: 'Tron' }, // T…
];
const BECH32_PREFIXES: Readonly<Record<string, Coin>> = { bc: 'Bitcoin', ltc: 'Litecoin' };

/** base58 letters (no 0, O, I, l) after the version's letter */
const BASE58_RE = /(?<![0-9A-Za-z])[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])/g;
/** "bc1"/"ltc1" and the bech32 alphabet, one case throughout (BIP 173 refuses mixed case) */
const BECH32_RE = /(?<![0-9A-Za-z])(?:(?:bc|ltc)1[02-9ac-hj-np-z]{11,71}|(?:BC|LTC)1[02-9AC-HJ-NP-Z]{11,71})(?![0-9A-Za-z])/g;
const ETHEREUM_RE = /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/g;
/** addresses reported per message: enough to name them, and a bound on the work */
const MAX_ADDRESSES = 5;

/** The coin of a main-network address whose checksum holds, or null. */
export function walletCoin(s: string): Coin | null {
  if (/^0x/i.test(s)) return ethereumChecksumValid(s) ? 'Ethereum' : null;
  if (/^(?:bc|ltc)1/i.test(s)) return segwitCoin(s);
  const payload = bs58check.decodeUnsafe(s);
  // a version byte, then a 20-byte hash
  if (!payload || payload.length !== 21) return null;
  return BASE58_VERSIONS.find((v) => v.version === payload[0])?.coin ?? null;
}

/** EIP-55: a letter is a capital where the Keccak-256 of the lower-case address has a nibble ≥ 8; one case only carries no checksum. */
function ethereumChecksumValid(s: string): boolean {
  const hex = s.slice(2);
  if (oneCase(hex)) return false;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i]!;
    if (c >= '0' && c <= '9') continue;
    const nibble = (hash[i >> 1]! >> (i % 2 ? 0 : 4)) & 0xf;
    if ((nibble >= 8) !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

/** A SegWit address's coin: v0 is bech32 with a 20- or 32-byte program, v1–16 bech32m with 2–40 bytes. */
function segwitCoin(s: string): Coin | null {
  for (const codec of [bech32, bech32m]) {
    const decoded = codec.decodeUnsafe(s, 90);
    const coin = decoded ? BECH32_PREFIXES[decoded.prefix] : undefined;
    if (!decoded || !coin || !decoded.words.length) continue;
    const version = decoded.words[0]!;
    if (version > 16 || (version === 0) !== (codec === bech32)) continue;
    const program = codec.fromWordsUnsafe(decoded.words.slice(1));
    if (!program) continue;
    if (version === 0 ? program.length === 20 || program.length === 32 : program.length >= 2 && program.length <= 40) return coin;
  }
  return null;
}

/** the coin's names, in the offices' languages too: beside them a one-case 0x… address is Ethereum's */
const ETHEREUM_NAMED_RE = /(?<![\p{L}\d])(?:ethereum|ether|eth|usdt|usdc|erc-?20|tether|эфириум|эфир)(?![\p{L}\d])/iu;

/**
 * The wallet addresses a text names whose checksum holds, each once, in order of kind, at most
 * MAX_ADDRESSES; a one-case Ethereum address (no checksum) only when the text names the coin.
 */
export function walletAddresses(text: string): Wallet[] {
  const out = new Map<string, Wallet>();
  let ethereumNamed: boolean | undefined;
  for (const re of [BECH32_RE, BASE58_RE, ETHEREUM_RE]) {
    for (const m of text.matchAll(re)) {
      if (out.size >= MAX_ADDRESSES) break;
      let coin = walletCoin(m[0]);
      if (!coin && re === ETHEREUM_RE && oneCase(m[0].slice(2)) && (ethereumNamed ??= ETHEREUM_NAMED_RE.test(text))) coin = 'Ethereum';
      if (coin && !out.has(m[0])) out.set(m[0], { coin, address: m[0] });
    }
  }
  return [...out.values()];
}

const oneCase = (hex: string): boolean => hex === hex.toLowerCase() || hex === hex.toUpperCase();

const URI_COINS: Readonly<Record<string, Coin>> = { bitcoin: 'Bitcoin', litecoin: 'Litecoin', ethereum: 'Ethereum' };

/**
 * A payment URI (as a QR code holds it): BIP 21 `bitcoin:ADDRESS?amount=0.01` (Litecoin's alike),
 * EIP-681 `ethereum:0x…[@chain][/transfer]?value=…`. Its wallet, and the sum when it names one
 * (BIP 21's amount is in the coin, EIP-681's value in wei: shown in ETH).
 */
export function walletUri(text: string): { wallet: Wallet; amount: string | null } | null {
  const m = /^(bitcoin|litecoin|ethereum):(?:pay-)?([0-9A-Za-z]{26,90})(?:@\d+)?(?:\/\w+)?(?:\?(.*))?$/i.exec(text.trim());
  const scheme = URI_COINS[m?.[1]?.toLowerCase() ?? ''];
  const coin = m ? walletCoin(m[2]!) : null;
  if (!m || !coin || coin !== scheme) return null;
  const params = new URLSearchParams(m[3] ?? '');
  const amount = params.get('amount');
  const value = params.get('value');
  return {
    wallet: { coin, address: m[2]! },
    amount: amount && /^\d+(?:\.\d+)?$/.test(amount) ? `${amount} ${coin === 'Bitcoin' ? 'BTC' : 'LTC'}`
      : value && /^\d+(?:\.\d+)?(?:e\d+)?$/i.test(value) ? `${+(Number(value) / 1e18).toPrecision(6)} ETH` : null,
  };
}

// A sum of money: a currency sign or code (or its word in the offices' languages) beside digits.
// "1.450 €", "$1450", "1450 USD", "0,05 BTC", "1500 евро", "2000 złotych", "1000 ευρώ", and a
// currency's code before the sum as invoices write it ("EUR 1.450,00", "GBP 289.99").
// At most four groups of thousands: an unbounded repetition made a long run of "000 000 …" cost
// quadratic time (each group a new start), 0.8 s for 80 kB.
const NUMBER = String.raw`\d{1,3}(?:[.,' \u00a0\u202f]\d{3}){0,4}(?:[.,]\d{1,8})?|\d{1,12}(?:[.,]\d{1,8})?`;
const SIGN = String.raw`[$€£₽]|US\$`;
const WORD = String.raw`(?:USD|EUR|GBP|CHF|PLN|RUB|BTC|XBT|LTC|ETH|USDT|USDC|EURC|TRX|[Bb]itcoins?|[Dd]ollars?|[Dd]ollari|[Dd]ólares|[Dd]olar(?:y|ów)|[Ee]uros?|[Ee]uro|złot(?:ych|e|y)|zł|долл(?:ар(?:ов|а|ы)?)?|евро|биткоин(?:ов|а)?|руб(?:лей|ля)?|δολάρια|ευρώ)`;
const CODE = String.raw`(?:USD|EUR|GBP|CHF|PLN|RUB)`;
const MONEY_RE = new RegExp(String.raw`(?:${SIGN}|(?<![\p{L}\p{N}])${CODE})\s?(?:${NUMBER})(?![\d])|(?<![\d.,])(?:${NUMBER})\s?(?:${SIGN}|${WORD}(?![\p{L}]))`, 'u');
const MONEY_ALL = new RegExp(MONEY_RE.source, 'gu');
/** the same in text as phrases are compared (comparableText: small letters, "38.412,60 eur", "48 216,30 zł") */
const MONEY_ANY_CASE = new RegExp(MONEY_RE.source, 'iu');

const tidy = (sum: string): string => sum.replace(/\s+/g, ' ').trim();

/** The first sum of money the text names ("$1450", "0.05 BTC", "1.500 евро"), or null; `anyCase` for text as comparableText gives it. */
export function sumOfMoney(text: string, { anyCase = false } = {}): string | null {
  const m = (anyCase ? MONEY_ANY_CASE : MONEY_RE).exec(text);
  return m ? tidy(m[0]) : null;
}

/** Every sum of money the text names, in order, at most `max`. */
export function sumsOfMoney(text: string, max = 50): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONEY_ALL)) {
    out.push(tidy(m[0]));
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The number a sum names, in its currency's units ("US$37,400,000.00" → 37400000, "850.000,00 €"
 * → 850000, "87 400 руб" → 87400, "1.200 ευρώ" → 1200, "0,042 BTC" → 0.042), or null. A separator
 * followed by one or two digits that end the number marks the decimals (in coins, the last
 * separator always does); any other separates thousands.
 */
export function amountOf(sum: string): number | null {
  const digits = /\d[\d.,' \u00a0\u202f]*/.exec(sum)?.[0].replace(/[\s.,'\u00a0\u202f]+$/, '');
  if (!digits) return null;
  // coins are counted in fractions ("0,042 BTC"): there the last separator always marks the decimals
  const decimals = (/btc|xbt|ltc|eth(?!\p{L})|bitcoin|биткоин/iu.test(sum) ? /[.,](\d+)$/ : /[.,](\d{1,2})$/).exec(digits);
  const whole = (decimals ? digits.slice(0, decimals.index) : digits).replace(/\D/g, '');
  const value = Number(`${whole || '0'}.${decimals?.[1] ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

// What makes a sum a demand rather than a report ("you received 0,042 BTC", "the purchase cost
// 310 000 руб."): read in small letters without accents (ł is a letter of its own, not an l with one), in the offices' languages.
/** a word that asks for money in the sum's sentence: pay, send, transfer, deposit… */
const DEMAND_WORD = phrasePattern([
  'pay(?!roll)', 'send', 'transfer', 'deposit', 'wire', // en (es transferir, transferencia)
  'zahlen', 'zahlung', 'bezahl', 'zahlbar', 'uberweis', 'senden', 'schick', // de
  'pague', 'pagar', 'pago', 'envie', 'enviar', 'envia', 'transfier', 'ingres', // es
  'paga', 'pagare', 'pagamento', 'versa', 'versare', 'invia', 'inviare', 'trasferi', 'bonific', // it
  'zapłac', 'wpłac', 'wpłat', 'płatn', 'przelej', 'przelac', 'przelew', 'wyslij', 'wyslac', // pl
  'оплат', 'заплат', 'платеж', 'перевед', 'перевест', 'перевод', 'отправ', 'внесит', 'внест', // ru
  'πληρ', 'στειλ', 'μεταφερ', 'καταθεσ', // el
  // the extortion's condition, "if we do not receive 0.35 BTC" ("Αν δεν λάβουμε 0,35 BTC στη διεύθυνση": the sixty-first pair's
  // "data leak" from Proton); not "you received 0.042 BTC", an exchange's notice
  String.raw`if we (?:do not |don't )?receive`, String.raw`wenn wir (?:\p{L}+ ){0,3}nicht (?:erhalten|bekommen)`, String.raw`si no (?:recibimos|recibe)`,
  String.raw`se non (?:riceviamo|ricevo)`, String.raw`jesli nie otrzymamy`, String.raw`если (?:мы )?не получим`, String.raw`(?:αν|εαν) δεν (?:λαβουμε|λαβω)`,
]);
/** a deadline in hours anywhere in the text, sextortion's "within 48 hours" ("48 Stunden", "48 часов"); days are
 *  not one: an exchange's "arrives within 2 days" */
const DEADLINE = /\d{1,3}\s*(?:h(?!\p{L})|hours?|hrs|stunden|std\b|ore(?!\p{L})|horas|godzin|час|ωρ)/u;
/** a label right before the sum that says it is to be paid: "Amount due:", "Zu zahlen:", "Сумма к оплате:"; a plain "Amount:" is
 *  a receipt's too (an exchange's "Сумма: 2 500.00 USDT" withdrawn) */
const AMOUNT_LABEL = /(?:amount due|total due|amount payable|balance due|zu zahlen(?:der betrag)?|zahlbetrag|faelliger betrag|falliger betrag|importe a pagar|total a pagar|importo da pagare|totale da pagare|kwota do zapłaty|do zapłaty|сумма к оплате|к оплате|ποσο πληρωμης|πληρωτεο(?: ποσο)?)\s*:\s*\**\s*$/u;
/** characters of a sentence read on each side of a sum */
const SENTENCE_MAX = 300;
/** sums looked at per text */
const SUMS_READ = 50;

/**
 * The first sum of money the text asks for, or null: a sum in a sentence that asks to pay, send or
 * transfer it, or labelled as the amount to pay ("Zu zahlen: 399,99 €"), or any sum when the text sets a
 * deadline in hours ("You have 48 hours"). A sum merely named is none: an exchange's
 * notice of coins received, an accountant asking what a purchase cost.
 */
export function demandedSum(text: string): string | null {
  const deadline = DEADLINE.test(comparableText(text));
  let read = 0;
  for (const m of text.matchAll(MONEY_ALL)) {
    if (deadline) return tidy(m[0]);
    if (++read > SUMS_READ) break;
    const before = text.slice(Math.max(0, m.index - SENTENCE_MAX), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + SENTENCE_MAX);
    const sentence = before.split(/[.!?;](?=\s)|\n/).at(-1)! + m[0] + after.split(/[.!?;](?=\s)|\n/)[0]!;
    if (DEMAND_WORD.test(comparableText(sentence))) return tidy(m[0]);
    if (AMOUNT_LABEL.test(comparableText(before.slice(-40)))) return tidy(m[0]);
  }
  return null;
}

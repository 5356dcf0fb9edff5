// Bitcoin addresses in a message, and the sums of money it asks for. Sextortion ("I recorded you
// through your camera, pay $1450 in Bitcoin within 48 hours") and fake-invoice scams end with a
// wallet address, in every language the offices read; the address is the one part the scammer
// cannot translate or vary at will. Only addresses whose checksum holds count: a random run of
// letters that looks like one (a tracking code, a key) almost never does (1 in 2³² for base58
// addresses, 1 in 2³⁰ for bech32).
//  - legacy (P2PKH "1…", P2SH "3…"): base58 with a double-SHA-256 checksum (bs58check, MIT);
//  - SegWit and Taproot ("bc1q…", "bc1p…"): bech32 / bech32m (BIP 173 / 350; bech32, MIT).
// `bitcoin:` URIs (BIP 21) are read too: what a QR code in such mail usually holds, with the sum.
import bs58check from 'bs58check';
import { bech32, bech32m } from 'bech32';

/** base58 letters (no 0, O, I, l), 26–35 characters after the version digit's letter */
const BASE58_RE = /(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])/g;
/** "bc1" and the bech32 alphabet, one case throughout (BIP 173 refuses mixed case) */
const BECH32_RE = /(?<![0-9A-Za-z])(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})(?![0-9A-Za-z])/g;
/** addresses reported per message: enough to name them, and a bound on the work */
const MAX_ADDRESSES = 5;

/** Whether a string is a Bitcoin main-network address with a valid checksum. */
export function isBitcoinAddress(s: string): boolean {
  if (/^bc1/i.test(s)) return segwitProgram(s) !== null;
  const payload = bs58check.decodeUnsafe(s);
  // version byte 0x00 (P2PKH) or 0x05 (P2SH), then a 20-byte hash
  return payload !== undefined && payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
}

/** The witness program of a SegWit address, or null: v0 is bech32 with 20 or 32 bytes, v1–16 bech32m with 2–40. */
function segwitProgram(s: string): Uint8Array | null {
  for (const codec of [bech32, bech32m]) {
    const decoded = codec.decodeUnsafe(s, 90);
    if (!decoded || decoded.prefix !== 'bc' || !decoded.words.length) continue;
    const version = decoded.words[0]!;
    if (version > 16 || (version === 0) !== (codec === bech32)) continue;
    const program = codec.fromWordsUnsafe(decoded.words.slice(1));
    if (!program) continue;
    if (version === 0 ? program.length === 20 || program.length === 32 : program.length >= 2 && program.length <= 40) return Uint8Array.from(program);
  }
  return null;
}

/** The valid Bitcoin addresses a text names, each once, in order, at most MAX_ADDRESSES. */
export function bitcoinAddresses(text: string): string[] {
  const out = new Set<string>();
  for (const re of [BECH32_RE, BASE58_RE]) {
    for (const m of text.matchAll(re)) {
      if (out.size >= MAX_ADDRESSES) break;
      if (isBitcoinAddress(m[0])) out.add(m[0]);
    }
  }
  return [...out];
}

/** A BIP 21 `bitcoin:` URI (as a QR code holds it): its address, and the sum it asks for. */
export function bitcoinUri(text: string): { address: string; amount: string | null } | null {
  const m = /^bitcoin:([0-9A-Za-z]{26,90})(?:\?(.*))?$/i.exec(text.trim());
  if (!m || !isBitcoinAddress(m[1]!)) return null;
  const amount = new URLSearchParams(m[2] ?? '').get('amount');
  return { address: m[1]!, amount: amount && /^\d+(?:\.\d+)?$/.test(amount) ? `${amount} BTC` : null };
}

// A sum of money: a currency sign or code (or its word in the offices' languages) beside digits.
// "1.450 €", "$1450", "1450 USD", "0,05 BTC", "1500 евро", "2000 złotych", "1000 ευρώ".
// At most four groups of thousands: an unbounded repetition made a long run of "000 000 …" cost
// quadratic time (each group a new start), 0.8 s for 80 kB.
const NUMBER = String.raw`\d{1,3}(?:[.,' \u00a0\u202f]\d{3}){0,4}(?:[.,]\d{1,8})?|\d{1,12}(?:[.,]\d{1,8})?`;
const SIGN = String.raw`[$€£₽]|US\$`;
const WORD = String.raw`(?:USD|EUR|GBP|CHF|PLN|RUB|BTC|XBT|USDT|[Bb]itcoins?|[Dd]ollars?|[Dd]ollari|[Dd]ólares|[Dd]olar(?:y|ów)|[Ee]uros?|[Ee]uro|złot(?:ych|e|y)|zł|долл(?:ар(?:ов|а|ы)?)?|евро|биткоин(?:ов|а)?|руб(?:лей|ля)?|δολάρια|ευρώ)`;
const MONEY_RE = new RegExp(String.raw`(?:${SIGN})\s?(?:${NUMBER})(?![\d])|(?<![\d.,])(?:${NUMBER})\s?(?:${SIGN}|${WORD}(?![\p{L}]))`, 'u');

/** The first sum of money the text names ("$1450", "0.05 BTC", "1.500 евро"), or null. */
export function sumOfMoney(text: string): string | null {
  return MONEY_RE.exec(text)?.[0].replace(/\s+/g, ' ').trim() ?? null;
}

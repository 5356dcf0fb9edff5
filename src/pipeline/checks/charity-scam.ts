// Fake charities (inbound): "After the floods, families in Valencia have lost everything. Donate
// today: Bizum to 612 48 90 17, IBAN ES…, or USDT (TRC20) to T…; please forward this to your
// colleagues." A disaster's appeal, and the money to a private phone, a bank account or a wallet.
//  - CHARITY_SCAM: the text (or an attached document's) asks for donations ("donate", "Spende",
//    "donativo", "donazione", "darowizna", "пожертвование", "δωρεά") and names where to send them
//    (an IBAN, a cryptocurrency wallet, Bizum or BLIK), from a doubtful sender (see scam-form.ts:
//    not authenticated, on free mail, or asking for replies elsewhere: "Asociación Manos por
//    Valencia" on Gmail, or on a free Mailchimp account with the replies to Gmail).
// Real charities ask the same with the same details, from their own authenticated domain, with
// replies at home (Cruz Roja and Médicos Sin Fronteras through Mailchimp and SendGrid).
import { walletAddresses } from '../../content/crypto-wallets.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { ibansIn } from '../../content/bank-accounts.ts';
import { scamFormCheck } from './scam-form.ts';

/** "donate", in the offices' languages (as comparableText reads: no accents, small letters) */
const DONATE = phrasePattern([
  String.raw`donat(?:e|es|ed|ion|ions|ing)(?![\p{L}])`,
  String.raw`spend(?:e|en|et|er)(?![\p{L}])`, String.raw`spenden\p{L}+`,
  String.raw`donativ\p{L}*`, String.raw`donacion\p{L}*`, String.raw`donar(?![\p{L}])`, String.raw`done ahora`,
  String.raw`donazion\p{L}*`, String.raw`donare(?![\p{L}])`, String.raw`dona ora`,
  String.raw`darowizn\p{L}*`, String.raw`wesprzyj\p{L}*`, String.raw`wplac\p{L}* (?:\p{L}+ ){0,3}na zbiorke`,
  String.raw`пожертвова\p{L}*`, String.raw`пожертвуйте`,
  String.raw`δωρε(?:α|ες|ων|ας)(?![\p{L}])`, String.raw`δωρισ\p{L}*`,
]);
/** a phone-number payment service (Bizum in Spain, BLIK in Poland) */
const PHONE_PAYMENT = phrasePattern(['bizum(?![\\p{L}])', 'blik(?![\\p{L}])']);

export { scamFormOptionsSchema as charityScamOptionsSchema } from './scam-form.ts';

/** The donation asked for and where it is to go in texts (see readerTexts), each the first found. */
export function charityScamSigns(texts: ReadonlyArray<{ text: string }>): { donate: string | null; to: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { donate: firstPhrase(read, DONATE), to: texts.map((t, i) => moneyGoesTo(t.text, read[i]!)).find(Boolean) ?? null };
}

/** Where a text sends the money: an IBAN, a wallet, or a phone-number payment service. */
function moneyGoesTo(text: string, plain: string): string | null {
  const wallet = walletAddresses(text)[0];
  return ibansIn(text)[0] ?? (wallet ? `the ${wallet.coin} wallet ${wallet.address}` : null) ?? PHONE_PAYMENT.exec(plain)?.[0] ?? null;
}

export const charityScamCheck = scamFormCheck({
  name: 'charity-scam',
  symbol: 'CHARITY_SCAM',
  // the appeal first: few messages ask for donations
  gate: (texts) => texts.some((t) => DONATE.test(comparableText(t.text))),
  describe: (texts) => {
    const { donate, to } = charityScamSigns(texts);
    return donate && to ? `asks for "${donate}" to ${to}` : null;
  },
});

export default charityScamCheck;

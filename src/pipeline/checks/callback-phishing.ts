// Callback phishing ("telephone-oriented attack delivery"; inbound): "Your Norton subscription was
// renewed, $399.99 was charged. If you did not authorize this, call +1 (888) 555-0199". The mail
// has no link and no malware, only a phone number, often in an attached PDF or Word file, and
// comes from a free-mail account; the caller is talked into a refund that installs remote-access
// software. Link, URL and virus checks see nothing, and the Bayes model may not know the wording.
//  - CALLBACK_PHISHING: the text a reader sees or an attached document's text (document-text.ts)
//    names a brand such scams impersonate (`brands`: antivirus, PayPal, Amazon, Geek Squad…),
//    a toll-free number (North American +1 800/833/844/855/866/877/888, the scams' first numbers;
//    or a European or Russian one: 0800/0808/0805, 8-800, or +44/+49/+39/+7… 800) and a sum of
//    money, while the sender writes from a free-mail address (known-sender's `noDomainBonus`) or
//    is not authenticated for its From domain, and the mail is not authenticated for one of the
//    brand's own domains, unless the brand's invoices carry their sender's note (PayPal's "note
//    from the seller") and the number comes with an offer to undo the charge.
//    A brand's charge may give any number with a country code instead, when the text offers to
//    undo the charge ("If you did not authorise this renewal … UK: +44 (0)20 3808 4417").
//    Or, with any brand or none and any number: the text asks to call a number to undo a charge
//    ("To cancel call +44 20 3808 4417", "If this wasn't you, call …", "Para anular el cargo
//    llame al …", "Для отмены позвоните …") beside a sum, from a free-mail address or a service
//    that mails what anyone typed (known-sender's `userContentSenders`: a Google Form's receipt
//    "confirming" a Bitcoin withdrawal); a bank's own "not you? call us" notice comes from its
//    domain, unauthenticated when forwarded.
// Each part alone is ordinary: a shop's order confirmation names PayPal and a sum, a European
// seller on GMX writes his mobile number, a US supplier signs with its 1-800 number from its own
// authenticated domain. Together they are the scam's form.
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { sumOfMoney } from '../../content/crypto-wallets.ts';
import { INTERNATIONAL_PHONE, numbersToCall, tollFreeNumber } from '../../content/phone-numbers.ts';
import { comparableText } from '../../content/phrases.ts';
import { addressParts } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Check } from '../types.ts';
import { defaultBrandDomains } from './brand-impersonation.ts';
import { isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema, mailsAnyonesText } from './known-sender.ts';

/** brands callback phishing impersonates (Proofpoint, Barracuda and Trend Micro reports) and the domains their own mail comes from (those also in brand-impersonation's list taken from there) */
const DEFAULT_BRANDS: Record<string, string[]> = {
  Norton: ['norton.com', 'nortonlifelock.com', 'gen.com'],
  LifeLock: ['lifelock.com', 'norton.com'],
  McAfee: ['mcafee.com'],
  Avast: ['avast.com'],
  Bitdefender: ['bitdefender.com'],
  Malwarebytes: ['malwarebytes.com'],
  Webroot: ['webroot.com'],
  Kaspersky: ['kaspersky.com'],
  Microsoft: defaultBrandDomains('Microsoft'),
  'Windows Defender': defaultBrandDomains('Microsoft'),
  'Geek Squad': ['geeksquad.com', 'bestbuy.com'],
  'Best Buy': ['bestbuy.com'],
  PayPal: defaultBrandDomains('PayPal'),
  Coinbase: ['coinbase.com'],
  Amazon: defaultBrandDomains('Amazon'),
  Apple: ['apple.com'],
  Netflix: ['netflix.com'],
  eBay: ['ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.it', 'ebay.es', 'ebay.fr', 'ebay.pl'],
  DocuSign: defaultBrandDomains('DocuSign'),
  // an invoicing service whose invoices carry the sender's note
  QuickBooks: ['intuit.com', 'quickbooks.com'],
  // the software subscriptions whose "automatic renewal" the scams invoice
  Adobe: ['adobe.com', 'adobesign.com', 'echosign.com'],
};

/**
 * brands whose own, authenticated mail carries what their users typed: a PayPal or QuickBooks
 * invoice's "note from the seller", where the scam puts "if you did not make this purchase, call …"
 */
const USER_NOTE_BRANDS: ReadonlySet<string> = new Set(['PayPal', 'QuickBooks']);

export const callbackPhishingOptionsSchema = z.strictObject({
  /** brand name (as written in the mail, any case) → the domains its own mail is authenticated for */
  brands: z.record(z.string().min(2), z.array(z.string().min(3))).default(DEFAULT_BRANDS),
});
export type CallbackPhishingOptions = z.infer<typeof callbackPhishingOptionsSchema>;

const brandPatterns = new WeakMap<object, RegExp>();
/** One pattern of the brands' names as whole words, spaces as any whitespace ("Geek  Squad", "GEEK SQUAD"). */
function brandPattern(brands: CallbackPhishingOptions['brands']): RegExp {
  let re = brandPatterns.get(brands);
  if (!re) {
    const names = Object.keys(brands).map((b) => b.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    brandPatterns.set(brands, re);
  }
  return re;
}
const brandOf = (brands: CallbackPhishingOptions['brands'], named: string): string =>
  Object.keys(brands).find((b) => b.replace(/\s+/g, '').toLowerCase() === named.replace(/\s+/g, '').toLowerCase()) ?? named;

/** a charge or order to be undone, in the offices' languages (as comparableText reads: small letters, no accents) */
const UNDO = String.raw`(?:cancel\p{L}*|dispute|refund|(?:did not|didn'?t) (?:authori[sz]e|make|place|order|request|initiate)|(?:was ?n'?t|not) you|unauthori[sz]ed|`
  + String.raw`storn\p{L}*|widerruf\p{L}*|kundig\p{L}*|nicht (?:autorisiert|von ihnen|veranlasst|getatigt|bestellt|beauftragt|angewiesen)|erstattung|`
  + String.raw`cancelar|anular|reembolso|no (?:reconoce|autoriz\p{L}*|(?:ha|has|han) autorizado|ha realizado|ha ordenado|ha solicitado)|`
  + String.raw`annull\p{L}*|disdire|rimborso|non (?:riconosce|riconosci|riconoscete|autorizzat\p{L}*|(?:ha|hai|avete) autorizzat\p{L}*|ha effettuato|ha disposto|ha richiesto|ha ordinato|hai effettuato|hai disposto)|`
  + String.raw`anulow\p{L}*|rezygnacj\p{L}*|zwrot\p{L}*|nie (?:autoryzowa\p{L}*|rozpozna\p{L}*|zamawia\p{L}*|zleca\p{L}*|sk[lł]ada\p{L}*|z[lł]o[zż]y\p{L}*)|`
  + String.raw`отмен\p{L}*|отказат\p{L}*|возврат\p{L}*|не (?:совершали|подтверждали|заказывали|оформлял\p{L}*|авторизовал\p{L}*|разрешал\p{L}*)|`
  + String.raw`ακυρ\p{L}*|επιστροφη χρηματων|δεν (?:αναγνωριζετε|εγκρινατε|πραγματοποιησατε|κανατε))`;
const UNDO_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])${UNDO}`, 'u');
/** characters of the sentence before "call" read for what is to be undone */
const UNDO_BEFORE = 140;
/** The number a text asks to call to undo a charge, or null. Numbers to call are few: each is found first, then its sentence read back. */
function callToUndoIn(text: string): string | null {
  const plain = comparableText(text);
  for (const { number, index } of numbersToCall(plain)) {
    // a number on a line of its own belongs to the sentence that introduces it ("… please call our billing department:")
    const before = plain.slice(Math.max(0, index - UNDO_BEFORE), index).trimEnd();
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
    if (UNDO_WORDS.test(sentence)) return number;
  }
  return null;
}

export interface CallbackSigns {
  brand: string | null;
  phone: { number: string; where: string } | null;
  /** the phone, when it came with an offer to undo the brand's charge (not a toll-free number alone) */
  undoPhone: { number: string; where: string } | null;
  sum: string | null;
  callToUndo: string | null;
}

/** characters before a number read for a charge to be undone: the paragraph that offers it */
const UNDO_NEAR = 300;
/** A brand's charge to be undone and, just after, a number for callers abroad: "If you did not authorise this renewal … ☎ UK: +44 (0)20 3808 4417". */
function undoByPhone(texts: ReadonlyArray<{ where: string; text: string }>): { number: string; where: string } | null {
  for (const t of texts) {
    const plain = comparableText(t.text);
    for (const m of plain.matchAll(INTERNATIONAL_PHONE)) {
      if (UNDO_WORDS.test(plain.slice(Math.max(0, m.index - UNDO_NEAR), m.index))) return { number: m[0].trim(), where: t.where };
    }
  }
  return null;
}

/** What of the scam's form texts show: the first brand named, toll-free number (and where: '' for the mail's own text), sum of money and, when there is a sum, number to call to undo a charge. */
export function callbackSigns(texts: ReadonlyArray<{ where: string; text: string }>, brands: CallbackPhishingOptions['brands']): CallbackSigns {
  const brandRe = brandPattern(brands);
  const named = texts.map((t) => brandRe.exec(t.text)?.[0]).find(Boolean);
  const sum = texts.map((t) => sumOfMoney(t.text)).find(Boolean) ?? null;
  // a brand's charge: its toll-free number, or any number abroad where the text offers to undo the charge
  const undoPhone = named && sum ? undoByPhone(texts) : null;
  const phone = texts.map((t) => ({ where: t.where, number: tollFreeNumber(t.text) })).find((p) => p.number) ?? undoPhone;
  // without a sum there is no charge to undo
  const callToUndo = sum ? texts.map((t) => callToUndoIn(t.text)).find(Boolean) ?? null : null;
  return { brand: named ? brandOf(brands, named) : null, phone, undoPhone, sum, callToUndo };
}

export const callbackPhishingCheck: Check<'data', CallbackPhishingOptions> = {
  name: 'callback-phishing',
  phase: 'data',
  symbols: ['CALLBACK_PHISHING'],
  options: callbackPhishingOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const texts = await readerTexts(view);
    const { brand, phone, undoPhone, sum, callToUndo } = callbackSigns(texts, deps.options.brands);
    if (!sum || !((brand && phone) || callToUndo)) return [];
    const auth = await ctx.auth();
    const ownMail = brand !== null && (deps.options.brands[brand] ?? []).some((d) => isAuthenticatedFor(`postmaster@${d}`, auth));
    // a payment service's invoice or money request carries its user's note: a number there to undo
    // the charge is the sender's, not the service's, which sends disputes to its own site
    const usersNote = ownMail && USER_NOTE_BRANDS.has(brand) && (undoPhone !== null || callToUndo !== null);
    // the brand's own mail (a real renewal notice with its support line)
    if (ownMail && !usersNote) return [];
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    const known = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
    // a Google Form's receipt carries what anyone typed, as free mail does
    const anyones = mailsAnyonesText(from.address, known) || usersNote;
    const freeMail = isFreeMail(from.domain, known) || anyones;
    if (!freeMail && from.address && isAuthenticatedFor(from.address, auth)) return [];
    const branded = brand !== null && phone !== null;
    // without a brand, only from free mail: a bank's own "not you? call us" notice comes from its domain,
    // and a forwarded one loses its SPF on the way
    if (!branded && !freeMail) return [];
    return [{
      symbol: 'CALLBACK_PHISHING',
      detail: `${branded ? `names ${brand}, ${sum} and the number ${phone.number}${phone.where}` : `names ${sum} and asks to call ${callToUndo} to undo it`}; From ${from.address || '(none)'}${usersNote ? ` (${brand}'s own mail carrying its user's note)` : anyones ? ' (a service mailing what anyone typed)' : freeMail ? ' (free mail)' : ' (not authenticated)'}`,
    }];
  },
};

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
//    brand's own domains.
// Each part alone is ordinary: a shop's order confirmation names PayPal and a sum, a European
// seller on GMX writes his mobile number, a US supplier signs with its 1-800 number from its own
// authenticated domain. Together they are the scam's form.
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { sumOfMoney } from '../../content/crypto-wallets.ts';
import { addressParts } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Check } from '../types.ts';
import { defaultBrandDomains } from './brand-impersonation.ts';
import { isAuthenticatedFor, knownSenderOptionsSchema } from './known-sender.ts';

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
};

export const callbackPhishingOptionsSchema = z.strictObject({
  /** brand name (as written in the mail, any case) → the domains its own mail is authenticated for */
  brands: z.record(z.string().min(2), z.array(z.string().min(3))).default(DEFAULT_BRANDS),
});
export type CallbackPhishingOptions = z.infer<typeof callbackPhishingOptionsSchema>;

/**
 * Toll-free numbers, written as people write phone numbers: a line a company pays for, which no
 * private seller or colleague writes from free mail.
 *  - +1 and a North American toll-free area code ("1-888-555-0199", "+1 (844) 555 0199", "(855)555.0199");
 *  - another country's code and its toll-free range 800/803/805/808/900 ("+44 808 164 0123",
 *    "+49 (0) 800 1234567", "+39 800 123 456", "+7 800 555-35-35");
 *  - written the national way: 0800/0805/0808 (the UK, Germany, Austria, Switzerland, France, the
 *    Netherlands) and Russia's 8-800 ("0800 123 4567", "8 (800) 555-35-35"). Italy's, Spain's,
 *    Poland's and Greece's own 800/900 numbers have no leading digit that sets them apart from
 *    other figures ("800 123 456"), and are not read.
 */
const TOLL_FREE = [
  /(?<![\d+])(?:\+?1[\s.-]*)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]*\d{3}[\s.-]*\d{4}(?!\d)/,
  /(?<![\d+])\+[2-9]\d{0,2}[\s.-]*(?:\(0\)[\s.-]*)?\(?(?:80[0358]|900)\)?(?:[\s.-]{0,3}\d){5,8}(?!\d)/,
  /(?<![\d+.,/])(?:0[\s.-]?80[058]|8[\s.-]?\(?800\)?)(?:[\s.-]{0,3}\d){5,8}(?!\d)/,
];
/** A number written one digit at a time to slip past filters ("0 8 0 8 - 1 5 7 - 0 3 4 2") closed up ("0808 - 157 - 0342"). */
const closeSpacedDigits = (text: string): string => text.replace(/(?<!\d)\d(?:[ \u00a0]\d(?!\d)){2,}/g, (run) => run.replace(/[ \u00a0]/g, ''));
const tollFreeNumber = (text: string): string => {
  const closed = closeSpacedDigits(text);
  return TOLL_FREE.map((re) => re.exec(closed)).filter((m) => m !== null).sort((a, b) => a.index - b.index)[0]?.[0].trim() ?? '';
};

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

export interface CallbackSigns { brand: string | null; phone: { number: string; where: string } | null; sum: string | null }

/** What of the scam's form texts show: the first brand named, toll-free number (and where: '' for the mail's own text) and sum of money. */
export function callbackSigns(texts: ReadonlyArray<{ where: string; text: string }>, brands: CallbackPhishingOptions['brands']): CallbackSigns {
  const brandRe = brandPattern(brands);
  const named = texts.map((t) => brandRe.exec(t.text)?.[0]).find(Boolean);
  const phone = texts.map((t) => ({ where: t.where, number: tollFreeNumber(t.text) })).find((p) => p.number) ?? null;
  return { brand: named ? brandOf(brands, named) : null, phone, sum: texts.map((t) => sumOfMoney(t.text)).find(Boolean) ?? null };
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
    const { brand, phone, sum } = callbackSigns(texts, deps.options.brands);
    if (!brand || !phone || !sum) return [];
    const auth = await ctx.auth();
    // the brand's own mail (a real renewal notice with its support line)
    if ((deps.options.brands[brand] ?? []).some((d) => isAuthenticatedFor(`postmaster@${d}`, auth))) return [];
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    const { noDomainBonus } = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
    const freeMail = noDomainBonus.some((d) => d.toLowerCase() === from.domain.toLowerCase());
    if (!freeMail && from.address && isAuthenticatedFor(from.address, auth)) return [];
    return [{
      symbol: 'CALLBACK_PHISHING',
      detail: `names ${brand}, ${sum} and the number ${phone.number}${phone.where}; From ${from.address || '(none)'}${freeMail ? ' (free mail)' : ' (not authenticated)'}`,
    }];
  },
};

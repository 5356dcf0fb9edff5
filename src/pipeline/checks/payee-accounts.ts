// A correspondent's bank account that changed (inbound). The fraud that costs most comes from a
// supplier's own mailbox, taken over: authenticated, known to everyone here, answering a real
// thread, with "our new bank details" and an IBAN. The sender checks see nothing wrong, and
// bank-details rightly trusts a known, authenticated supplier announcing a change. What the
// gateway can know is which accounts that supplier's mail has named before.
//  - PAYEE_ACCOUNT_CHANGED: the sender (its organisation's domain; the address on free mail),
//    whose accepted, authenticated mail has named some bank account for at least `establishDays`,
//    says its bank details changed and names an account (IBAN, Russian settlement account, British
//    sort code and account) its mail never named, or named only lately, in the text or an attached
//    document. A sign of an attack (release: admin), so the credits a known, authenticated
//    correspondent's reply earns do not offset it: they are what the mailbox's thief borrows. Not
//    enough to tag alone: the supplier's genuine change reads the same (the held-out pairs have
//    two, "bitte telefonisch verifizieren").
//  - PAYEE_ACCOUNT_UNFAMILIAR: the same without a word of a change: an invoice that names another
//    account (a supplier's second bank, or the fraudster who says nothing). A hint; credits count.
//  - PAYEE_ACCOUNT_ABROAD: beside either, the new account is in a country none of the sender's own
//    accounts is in: the German supplier's money to a Lithuanian or British account, the mule
//    accounts payment diversion pays into; a supplier that changes banks stays in its country.
// The memory: accounts are learned from inbound mail the gateway accepted whose From domain is
// authenticated (a forged From teaches nothing), and our own accounts from outbound mail, where
// an account written to `ourAccountDomains` organisations or more is ours (the invoice footer)
// and never counts as a change when a correspondent quotes it. Accounts are kept as hashes, in the
// store's cache (`memoryDays` after last seen), so a cluster shares them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { orgDomain } from '../../mail/address.ts';
import { parseMessage } from '../../mail/parse.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Store } from '../../store/types.ts';
import type { AuthResults, Check, Hit, ParsedMessage } from '../types.ts';
import { accountsOf } from '../../content/bank-accounts.ts';
import { changeSaid } from './bank-details.ts';
import { outsideSenderTexts } from './scam-form.ts';
import { isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema, outsideFrom } from './known-sender.ts';

export const payeeAccountsOptionsSchema = z.strictObject({
  /** an account a sender's mail named this many days ago or earlier is its own; a later one is still new */
  establishDays: z.number().min(0).max(365).default(14),
  /** how long a sender's accounts (and ours) are remembered after they were last seen */
  memoryDays: z.number().int().min(1).max(3650).default(400),
  /** an account our outbound mail wrote to this many organisations is ours */
  ourAccountDomains: z.number().int().min(1).max(100).default(3),
});
export type PayeeAccountsOptions = z.infer<typeof payeeAccountsOptionsSchema>;

const DAY_MS = 86_400_000;
/** a sender's accounts kept at most; the least lately seen go first */
const MAX_ACCOUNTS = 30;
const hashOf = (s: string): string => createHash('sha256').update(s).digest('base64url').slice(0, 22);
/** the store's key of a sender's accounts (its organisation's domain, or its free-mail address), and of an account our mail named */
export const senderKeyOf = (sender: string): string => `payee:${hashOf(sender)}`;
export const ourKeyOf = (account: string): string => `payee-ours:${hashOf(account)}`;

/** An account as a detail shows it: its first four and last four characters. */
const masked = (account: string): string => account.length > 10 ? `${account.slice(0, 4)}…${account.slice(-4)}` : account;

/** The memory of one sender: each account's hash with when it was first and last named, and its country. */
type SenderAccounts = Record<string, [first: number, last: number, country: string]>;

/** The country an account is kept in: an IBAN's first letters; a Russian settlement account's; a British sort code's. */
const countryOf = (account: string): string => /^[A-Z]{2}/.exec(account)?.[0] ?? (/^\d{2}-/.test(account) ? 'GB' : 'RU');

async function senderAccounts(store: Store, sender: string): Promise<SenderAccounts> {
  const raw = await store.cache.get(senderKeyOf(sender));
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' ? parsed as SenderAccounts : {};
  } catch {
    return {};
  }
}

/** Who a message's accounts belong to: the sender's organisation, or its address on free mail (anyone has one there). */
function senderOf(from: { address: string; domain: string }, rules: { checks?: Record<string, unknown> } | undefined): string {
  return isFreeMail(from.domain, sectionOptions(rules?.checks, 'known-sender', knownSenderOptionsSchema)) ? from.address.toLowerCase() : orgDomain(from.domain);
}

/** Whether our outbound mail has named an account to enough organisations to be ours. */
async function isOurs(store: Store, account: string, options: PayeeAccountsOptions): Promise<boolean> {
  const raw = await store.cache.get(ourKeyOf(account));
  return raw !== null && raw.split(',').length >= options.ourAccountDomains;
}

/**
 * Remembers the accounts a message the gateway accepted names, for its sender, when its From
 * domain is authenticated, but not ours. Called after the verdict, off the reply path. Returns how many.
 */
export async function rememberPayeeAccounts(store: Store, view: ParsedMessage, auth: () => Promise<AuthResults>, o: {
  localDomains: readonly string[]; rules: { checks?: Record<string, unknown> } | undefined; options: PayeeAccountsOptions; now?: number;
}): Promise<number> {
  const from = outsideFrom(view, o.localDomains);
  if (!from) return 0;
  const accounts = accountsOf(await readerTexts(view));
  if (!accounts.length || !isAuthenticatedFor(from.address, await auth())) return 0;
  const now = o.now ?? Date.now();
  const sender = senderOf(from, o.rules);
  const known = await senderAccounts(store, sender);
  // our own account in its mail (a payment it made us, a remittance) is not its account
  const theirs: string[] = [];
  for (const account of accounts) if (!(await isOurs(store, account, o.options))) theirs.push(account);
  if (!theirs.length) return 0;
  for (const account of theirs) {
    const h = hashOf(account);
    // in either order (a cluster's workers, a message retried late): the earliest first, the latest last
    known[h] = [Math.min(known[h]?.[0] ?? now, now), Math.max(known[h]?.[1] ?? now, now), countryOf(account)];
  }
  const kept = Object.entries(known).sort((a, b) => b[1][1] - a[1][1]).slice(0, MAX_ACCOUNTS);
  await store.cache.set(senderKeyOf(sender), JSON.stringify(Object.fromEntries(kept)), o.options.memoryDays * 86_400);
  return theirs.length;
}

/**
 * Remembers the accounts a message relayed out names, with the organisations it went to (hashed,
 * `ourAccountDomains` at most: enough to say the account is ours). Returns how many accounts.
 */
export async function rememberOurAccounts(store: Store, raw: Buffer, externalRecipients: readonly string[], options: PayeeAccountsOptions): Promise<number> {
  const accounts = accountsOf(await readerTexts(await parseMessage(raw)));
  const orgs = [...new Set(externalRecipients.map((r) => hashOf(orgDomain(r.slice(r.lastIndexOf('@') + 1)))))];
  for (const account of accounts) {
    const before = (await store.cache.get(ourKeyOf(account)))?.split(',').filter(Boolean) ?? [];
    const all = [...new Set([...before, ...orgs])].slice(0, options.ourAccountDomains);
    await store.cache.set(ourKeyOf(account), all.join(','), options.memoryDays * 86_400);
  }
  return accounts.length;
}

export const payeeAccountsCheck: Check<'data', PayeeAccountsOptions> = {
  name: 'payee-accounts',
  phase: 'data',
  symbols: ['PAYEE_ACCOUNT_CHANGED', 'PAYEE_ACCOUNT_UNFAMILIAR', 'PAYEE_ACCOUNT_ABROAD'],
  options: payeeAccountsOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    const read = await outsideSenderTexts(ctx, deps.config.smtp.localDomains);
    if (!read) return [];
    const { from, texts } = read;
    const accounts = accountsOf(texts);
    if (!accounts.length) return [];
    const sender = senderOf(from, deps.rules);
    const known = await senderAccounts(deps.store, sender);
    const establishedBy = Date.now() - deps.options.establishDays * DAY_MS;
    const own = Object.values(known).filter(([first]) => first <= establishedBy);
    if (!own.length) return [];
    const unfamiliar: string[] = [];
    for (const account of accounts) {
      const seen = known[hashOf(account)];
      if (seen && seen[0] <= establishedBy) continue;
      if (!(await isOurs(deps.store, account, deps.options))) unfamiliar.push(account);
    }
    if (!unfamiliar.length) return [];
    const since = new Date(Math.min(...own.map(([first]) => first))).toISOString().slice(0, 10);
    const said = changeSaid(texts);
    const hits: Hit[] = [{
      symbol: said ? 'PAYEE_ACCOUNT_CHANGED' : 'PAYEE_ACCOUNT_UNFAMILIAR',
      detail: `${sender}'s mail names ${unfamiliar.map(masked).join(', ')}, not an account its mail named before (${own.length} named since ${since})${said ? `, and says "${said.phrase}"${said.where}` : ''}`,
    }];
    const homes = [...new Set(own.map(([, , country]) => country))].sort();
    const abroad = unfamiliar.filter((a) => !homes.includes(countryOf(a)));
    if (abroad.length) hits.push({ symbol: 'PAYEE_ACCOUNT_ABROAD', detail: `${abroad.map(masked).join(', ')} in ${[...new Set(abroad.map(countryOf))].join(', ')}, where ${sender}'s accounts are in ${homes.join(', ')}` });
    return hits;
  },
};

export default payeeAccountsCheck;

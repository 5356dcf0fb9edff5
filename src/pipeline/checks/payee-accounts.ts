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
// store's cache (`memoryDays` after last seen), so a cluster shares them. Admins look a sender up,
// confirm a verified account and forget a fraudster's on the learned senders page (see below).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { orgDomain } from '../../mail/address.ts';
import { parseMessage } from '../../mail/parse.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Store } from '../../store/types.ts';
import type { AuthResults, Check, Hit, ParsedMessage } from '../types.ts';
import { accountCountry, accountKey, accountsOf } from '../../content/bank-accounts.ts';
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

/** Keeps a sender's accounts (the `MAX_ACCOUNTS` most lately named) for `memoryDays`: the one way the memory is written. */
async function saveSenderAccounts(store: Store, sender: string, known: SenderAccounts, options: PayeeAccountsOptions): Promise<void> {
  const kept = Object.entries(known).sort((a, b) => b[1][1] - a[1][1]).slice(0, MAX_ACCOUNTS);
  await store.cache.set(senderKeyOf(sender), JSON.stringify(Object.fromEntries(kept)), options.memoryDays * 86_400);
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
    known[h] = [Math.min(known[h]?.[0] ?? now, now), Math.max(known[h]?.[1] ?? now, now), accountCountry(account)];
  }
  await saveSenderAccounts(store, sender, known, o.options);
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

// The admin's view of the memory (web UI and API). Accounts are kept as hashes, so the memory
// lists no account number: it says how many a sender's mail named, in which countries, since when,
// and answers for an account the admin types in. Two corrections: an account confirmed (the
// supplier's change verified by telephone) counts as the sender's own at once, so its next invoices
// are not flagged for the two weeks the memory would wait; an account forgotten (a fraudster's, let
// through before anyone knew) is the sender's no longer.

/** One remembered account of a sender as an admin sees it: its hash's first characters (an id, not the account), country, when first and last named, whether it counts as the sender's own. */
export interface PayeeAccountRow { id: string; country: string; firstSeen: number; lastSeen: number; own: boolean }

/**
 * The sender an admin names ("s.maier@lieferant-gmbh.de", "@lieferant-gmbh.de", "lieferant-gmbh.de")
 * as the memory keys it: the organisation's domain, or the address on free mail. Null for what is
 * neither an address nor a domain.
 */
export function payeeSenderOf(input: string, rules: { checks?: Record<string, unknown> } | undefined): string | null {
  const text = input.trim().toLowerCase().replace(/^@/, '');
  const at = text.lastIndexOf('@');
  const domain = text.slice(at + 1);
  if (!/^(?=.{4,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u.test(domain) || (at >= 0 && !/^[^\s@]{1,64}$/.test(text.slice(0, at)))) return null;
  if (at < 0 && isFreeMail(domain, sectionOptions(rules?.checks, 'known-sender', knownSenderOptionsSchema))) return null;
  return senderOf({ address: at >= 0 ? text : `postmaster@${domain}`, domain }, rules);
}

const ID_LENGTH = 8;
const rowOf = (hash: string, [first, last, country]: SenderAccounts[string], establishedBy: number): PayeeAccountRow =>
  ({ id: hash.slice(0, ID_LENGTH), country, firstSeen: first, lastSeen: last, own: first <= establishedBy });

/** The accounts remembered for a sender, the most lately named first. */
export async function listPayeeAccounts(store: Store, sender: string, options: PayeeAccountsOptions, now = Date.now()): Promise<PayeeAccountRow[]> {
  const known = await senderAccounts(store, sender);
  const establishedBy = now - options.establishDays * DAY_MS;
  return Object.entries(known).sort((a, b) => b[1][1] - a[1][1]).map(([h, seen]) => rowOf(h, seen, establishedBy));
}

/** What an admin typed that is no bank account (a 400 for the web UI; a store's failure is not one). */
export class NotAnAccountError extends Error {}

/** An account as typed, in the one form the readers give it (accountKey); NotAnAccountError for what is none. */
function typedAccount(account: string): string {
  const key = accountKey(account);
  if (key === null) throw new NotAnAccountError('is not a bank account: an IBAN whose check digits hold, a Polish account (26 digits), a Russian settlement account (20 digits), or a British sort code and account number ("04-00-75 31846259")');
  return key;
}

/**
 * Makes an account the sender's own from now on (the admin verified it), as if its mail had named
 * it `establishDays` ago. Throws NotAnAccountError for what is no account. Returns the row.
 */
export async function confirmPayeeAccount(store: Store, sender: string, account: string, options: PayeeAccountsOptions, who: string, now = Date.now()): Promise<PayeeAccountRow> {
  const key = typedAccount(account);
  const known = await senderAccounts(store, sender);
  const h = hashOf(key);
  const establishedBy = now - options.establishDays * DAY_MS;
  known[h] = [Math.min(known[h]?.[0] ?? establishedBy, establishedBy), Math.max(known[h]?.[1] ?? now, now), accountCountry(key)];
  await saveSenderAccounts(store, sender, known, options);
  await store.settings.audit({ at: now, who, what: 'payee.confirm', detail: { sender, account: masked(key), id: h.slice(0, ID_LENGTH) } });
  return rowOf(h, known[h], establishedBy);
}

/**
 * Forgets one of a sender's accounts, named by its row's id or typed in full: the sender's mail
 * naming it again is a new account. Returns whether it was remembered.
 */
export async function forgetPayeeAccount(store: Store, sender: string, which: { id: string } | { account: string }, options: PayeeAccountsOptions, who: string, now = Date.now()): Promise<boolean> {
  const known = await senderAccounts(store, sender);
  const h = 'account' in which ? hashOf(typedAccount(which.account)) : Object.keys(known).find((k) => which.id.length >= ID_LENGTH && k.startsWith(which.id));
  const gone = h !== undefined && h in known;
  if (gone) {
    delete known[h];
    await saveSenderAccounts(store, sender, known, options);
  }
  await store.settings.audit({ at: now, who, what: 'payee.forget', detail: { sender, id: h?.slice(0, ID_LENGTH) ?? ('id' in which ? which.id : null), removed: gone } });
  return gone;
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
    const abroad = unfamiliar.filter((a) => !homes.includes(accountCountry(a)));
    if (abroad.length) hits.push({ symbol: 'PAYEE_ACCOUNT_ABROAD', detail: `${abroad.map(masked).join(', ')} in ${[...new Set(abroad.map(accountCountry))].join(', ')}, where ${sender}'s accounts are in ${homes.join(', ')}` });
    return hits;
  },
};

export default payeeAccountsCheck;

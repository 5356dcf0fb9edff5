// The bank accounts the gateway remembers per correspondent (check payee-accounts), for admins: the
// API and the learned senders page look a sender up, confirm an account verified by telephone, and
// forget one (a fraudster's let through before anyone knew). One place turns the admin's input into
// the memory's sender and options and its problems into 400s, so both say the same.
import type { FastifyInstance } from 'fastify';
import { sectionOptions } from '../rules/schema.ts';
import {
  confirmPayeeAccount, forgetPayeeAccount, listPayeeAccounts, NotAnAccountError, payeeAccountsOptionsSchema, payeeSenderOf, type PayeeAccountRow,
} from '../pipeline/checks/payee-accounts.ts';
import { needStore, requireAdmin } from './api.ts';
import { needRuntime } from './admin-api.ts';
import type { WebDeps } from './deps.ts';
import { pageUser, requireFormToken } from './pages.ts';
import { HttpError } from './quarantine.ts';

export const SENDER_PROBLEM = 'sender: an address (s.maier@lieferant-gmbh.de) or a domain (lieferant-gmbh.de); on free mail, the address';

export interface PayeeLookup { sender: string; accounts: PayeeAccountRow[] }

function memoryOf(deps: WebDeps, input: string) {
  const rules = needRuntime(deps).rules();
  const sender = payeeSenderOf(input, rules);
  if (!sender) throw new HttpError(400, SENDER_PROBLEM);
  return { store: needStore(deps), sender, options: sectionOptions(rules.checks, 'payee-accounts', payeeAccountsOptionsSchema) };
}

/** An account typed that is none as a 400 naming the field; anything else (the store down) stays what it is. */
async function asBadRequest<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof NotAnAccountError) throw new HttpError(400, `account: ${err.message}`);
    throw err;
  }
}

export async function lookUpPayee(deps: WebDeps, input: string): Promise<PayeeLookup> {
  const { store, sender, options } = memoryOf(deps, input);
  return { sender, accounts: await listPayeeAccounts(store, sender, options) };
}

export async function confirmPayee(deps: WebDeps, input: string, account: string, who: string): Promise<PayeeAccountRow> {
  const { store, sender, options } = memoryOf(deps, input);
  return asBadRequest(() => confirmPayeeAccount(store, sender, account, options, who));
}

export async function forgetPayee(deps: WebDeps, input: string, which: { id: string } | { account: string }, who: string): Promise<boolean> {
  const { store, sender, options } = memoryOf(deps, input);
  return asBadRequest(() => forgetPayeeAccount(store, sender, which, options, who));
}

/** A row for JSON: dates as ISO strings. */
export const payeeRowJson = (r: PayeeAccountRow) => ({ ...r, firstSeen: new Date(r.firstSeen).toISOString(), lastSeen: new Date(r.lastSeen).toISOString() });

type Form = Record<string, string | undefined>;

/** Where the senders page shows a sender's accounts, with a flash or an error. */
const pageOf = (sender: string, flash: string) => `/admin/senders?payee=${encodeURIComponent(sender)}${flash ? `&${flash}` : ''}#payee`;

export function registerPayeeRoutes(app: FastifyInstance, deps: WebDeps): void {
  const senderProperty = { type: 'string', minLength: 3, maxLength: 320 } as const;
  const accountProperty = { type: 'string', minLength: 6, maxLength: 80 } as const;

  app.get<{ Querystring: { sender: string } }>('/api/admin/payee-accounts', {
    schema: { tags: ['admin'], summary: 'The bank accounts remembered for a sender (payee-accounts; hashed: ids, countries and dates, no numbers)', querystring: { type: 'object', required: ['sender'], properties: { sender: senderProperty } } },
  }, async (req) => {
    requireAdmin(req);
    const { sender, accounts } = await lookUpPayee(deps, req.query.sender);
    return { sender, accounts: accounts.map(payeeRowJson) };
  });

  app.post<{ Body: { sender: string; account: string } }>('/api/admin/payee-accounts/confirm', {
    schema: { tags: ['admin'], summary: 'Makes an account the sender\'s own at once (verified by telephone): its invoices are no longer flagged', body: { type: 'object', required: ['sender', 'account'], additionalProperties: false, properties: { sender: senderProperty, account: accountProperty } } },
  }, async (req) => {
    const p = requireAdmin(req);
    return payeeRowJson(await confirmPayee(deps, req.body.sender, req.body.account, p.username));
  });

  app.post<{ Body: { sender: string; id?: string; account?: string } }>('/api/admin/payee-accounts/forget', {
    schema: { tags: ['admin'], summary: 'Forgets one of a sender\'s accounts, by its id or typed in full (a fraudster\'s account let through)', body: { type: 'object', required: ['sender'], additionalProperties: false, properties: { sender: senderProperty, id: { type: 'string', minLength: 8, maxLength: 40 }, account: accountProperty } } },
  }, async (req) => {
    const p = requireAdmin(req);
    const { sender, id, account } = req.body;
    if ((id === undefined) === (account === undefined)) throw new HttpError(400, 'name the account by id or by account, one of the two');
    return { forgotten: await forgetPayee(deps, sender, id !== undefined ? { id } : { account: account! }, p.username) };
  });

  // the learned senders page's forms
  app.post<{ Body: Form }>('/admin/senders/payee/confirm', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const sender = (req.body.sender ?? '').trim();
    try {
      await confirmPayee(deps, sender, req.body.account ?? '', req.principal!.username);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 400) throw err;
      // a sender that is none is said beside the lookup, which shows it again
      return reply.redirect(err.message.startsWith('account') ? pageOf(sender, 'err=payeeAccount') : pageOf(sender, ''));
    }
    return reply.redirect(pageOf(sender, 'ok=payeeConfirmed'));
  });

  app.post<{ Body: Form }>('/admin/senders/payee/forget', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const sender = (req.body.sender ?? '').trim();
    try {
      await forgetPayee(deps, sender, { id: (req.body.id ?? '').trim() }, req.principal!.username);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 400) throw err;
      return reply.redirect(pageOf(sender, ''));
    }
    return reply.redirect(pageOf(sender, 'ok=payeeForgotten'));
  });
}

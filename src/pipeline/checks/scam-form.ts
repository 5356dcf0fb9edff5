// The shape the scam checks share (advance-fee, secret-transfer, gift-card, job-scam, lead-list, seo-pitch,
// bank-details, payroll-diversion, directory-scam, recovery-scam, charity-scam, pharma-spam, romance-scam,
// remote-access, loan-spam, copyright-claim, einvoice-lure, overpayment-refund, legal-download, harvested-address,
// exhibitor-housing, private-address, phone-avoided, messenger-pivot, order-elsewhere): a scam's form
// read in what the reader sees and in attached documents' text
// (readerTexts), from a sender outside whose word is not to be taken (senderDoubt: not
// authenticated for its From domain, on free mail, or asking for replies at another organisation;
// for bank details, salaries and directories also a domain no one here has written to). Each check gives its symbol, a cheap
// first test that few messages pass, and the form's description when all its parts are there.
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { messageLinks } from '../../content/links.ts';
import { qrOptionsOf } from '../../content/qr.ts';
import type { Check, DataContext, ParsedMessage } from '../types.ts';
import { sectionOptions } from '../../rules/schema.ts';
import { findKnown, knownSenderOptionsSchema, outsideFrom, senderDoubtOf } from './known-sender.ts';

/** checks of this shape have no options; `enabled: false` turns one off */
export const scamFormOptionsSchema = z.strictObject({});
export type ScamFormOptions = z.infer<typeof scamFormOptionsSchema>;

export interface ScamForm {
  name: string;
  symbol: string;
  /** a cheap test first: a message none of whose texts (nor its HTML, for a form that reads it) passes it is not read further */
  gate: (texts: ReadonlyArray<{ where: string; text: string }>, view: ParsedMessage) => boolean;
  /** what the form says ("promises …, names … and asks for …"), or null when a part is missing */
  describe: (texts: ReadonlyArray<{ where: string; text: string }>, view: ParsedMessage) => string | null;
  /** a sender no one here writes to (the known-sender check's memory of outbound mail) is doubtful too */
  strangersDoubtful?: boolean;
  /**
   * an address the recipients write to is taken at its word even on free mail or unauthenticated:
   * for forms that private mail has too (a partner's "my love, can you pay the rent")
   */
  correspondentsTrusted?: boolean;
  /**
   * the addresses the message's links lead to are read as one more text (where: " in its links")
   * once the gate passed (on the other texts): for forms that name a web page the reader may see
   * only as a link's words
   */
  readsLinks?: boolean;
  /**
   * a second symbol, earned beside the form's own when the message also does what makes the form
   * worse (the private address's excuse with a bank account in the same letter); its describe says
   * what, or null
   */
  aggravated?: { symbol: string; describe: (texts: ReadonlyArray<{ where: string; text: string }>, view: ParsedMessage) => string | null };
}

/**
 * What the checks that judge an outside sender's words read: the parsed message, its From (null,
 * and so nothing to judge, for a trusted relay's mail or a sender at our own domains, whose forgery
 * is the spoofing check's) and the texts a reader reads (readerTexts).
 */
export async function outsideSenderTexts(ctx: DataContext, localDomains: readonly string[]): Promise<{ view: ParsedMessage; from: { name: string; address: string; domain: string }; texts: Array<{ where: string; text: string }> } | null> {
  if (ctx.session.trusted) return null;
  const view = await ctx.parsed();
  const from = outsideFrom(view, localDomains);
  return from ? { view, from, texts: await readerTexts(view) } : null;
}

/** An inbound check of a scam's form from a doubtful sender; its detail ends with the sender and the doubt. */
export function scamFormCheck(form: ScamForm): Check<'data', ScamFormOptions> {
  return {
    name: form.name,
    phase: 'data',
    symbols: form.aggravated ? [form.symbol, form.aggravated.symbol] : [form.symbol],
    options: scamFormOptionsSchema,
    directions: ['inbound'],
    async run(ctx, deps) {
      const read = await outsideSenderTexts(ctx, deps.config.smtp.localDomains);
      if (!read) return [];
      const { view, from, texts } = read;
      if (!form.gate(texts, view)) return [];
      if (form.readsLinks) texts.push({ where: ' in its links', text: (await messageLinks(view, 200, qrOptionsOf(deps.rules?.checks))).map((l) => l.url).join('\n') });
      const said = form.describe(texts, view);
      if (!said) return [];
      let why = await senderDoubtOf(ctx, deps.rules, view, from);
      if (why ? form.correspondentsTrusted : form.strangersDoubtful) {
        const kOpts = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
        const recipients = [...new Set(ctx.envelope.recipients.map((r) => r.toLowerCase()))].slice(0, kOpts.maxRecipients);
        const known = await findKnown(deps.store, recipients, [from.address], kOpts);
        if (why && known.pair) why = null;
        else if (!why && !known.pair && !known.domain) why = 'a domain no one here has written to';
      }
      if (!why) return [];
      const worse = form.aggravated?.describe(texts, view);
      return [{ symbol: form.symbol, detail: `${said}; From ${from.address} (${why})` },
        ...(worse ? [{ symbol: form.aggravated!.symbol, detail: `${worse}; From ${from.address}` }] : [])];
    },
  };
}

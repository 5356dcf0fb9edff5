// Reports by forwarding: spam that reached a mailbox is not in the quarantine, so the web UI cannot
// report it. Users forward it *as an attachment* to a report address (bayes.reportAddresses), which
// the mail server sends out through the outbound gateway like any external address; the gateway
// learns each attached message in that class and delivers nothing to the report address. A ham
// address does the same for wrongly caught mail that a user got some other way.
import type { Config } from '../config.ts';
import type { ParsedMessage } from '../pipeline/types.ts';
import type { LearnClass } from '../store/types.ts';

/** forwarded messages learned from one report, at most */
export const MAX_REPORTED_MESSAGES = 50;

/** The class a recipient reports, or null for an ordinary recipient. */
export function reportClassOf(recipient: string, addresses: Config['bayes']['reportAddresses']): LearnClass | null {
  const r = recipient.trim().toLowerCase();
  if (addresses.spam.some((a) => a.toLowerCase() === r)) return 'spam';
  if (addresses.ham.some((a) => a.toLowerCase() === r)) return 'ham';
  return null;
}

/** The address users are told to forward missed spam to (the first spam report address), or null. */
export function spamReportAddress(config: Pick<Config, 'bayes'>): string | null {
  return config.bayes.reportAddresses.spam[0] ?? null;
}

/** The messages attached to a report: message/rfc822 parts and .eml files (Outlook's "forward as attachment"). */
export function reportedMessages(view: Pick<ParsedMessage, 'attachments'>): Buffer[] {
  return view.attachments
    .filter((a) => a.mimeType.toLowerCase() === 'message/rfc822' || /\.eml$/i.test(a.filename ?? ''))
    .slice(0, MAX_REPORTED_MESSAGES)
    .map((a) => Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength));
}

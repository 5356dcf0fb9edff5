// Delivery status notifications (RFC 3464): a multipart/report with a human-readable part, the
// machine-readable message/delivery-status part and the original message's headers
// (text/rfc822-headers, never the body: bounces must not re-send the payload, e.g. to a forged
// sender). Used for failures (Action: failed) and for delay notices (Action: delayed).
import { randomBytes } from 'node:crypto';

export interface DsnRecipient {
  address: string;
  /** RFC 3463 status, e.g. "5.1.1" */
  status: string;
  /** the remote reply or our own reason */
  diagnostic: string;
  /** true when `diagnostic` is an SMTP reply from `remoteMta` */
  smtpDiagnostic: boolean;
  remoteMta?: string | null;
}

export interface DsnInput {
  kind: 'failed' | 'delayed';
  reportingMta: string;
  queueId: string;
  /** envelope sender of the original message: the DSN's recipient (never '') */
  originalSender: string;
  arrivalDate: Date;
  recipients: DsnRecipient[];
  original: Buffer;
  now?: Date;
  /** for delay notices: when we give up */
  retryUntil?: Date;
  /** the notice in the sender's own language, put before the English one (a user of the web UI who chose it) */
  notice?: { subject: string; text: string };
}

/** RFC 3463 status from a reply text ("550 5.1.1 …"), else derived from the reply code. */
export function statusFromReply(reply: string, code?: number): string {
  const m = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply.trim()) ?? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply);
  if (m) return m[1]!;
  const c = code ?? Number(reply.trim().slice(0, 3));
  if (c >= 500 && c < 600) return '5.0.0';
  if (c >= 400 && c < 500) return '4.0.0';
  return '4.0.0';
}

/** The header block of a raw message (up to the first empty line), CRLF line endings. */
export function headerBlock(raw: Buffer): string {
  const text = raw.subarray(0, Math.min(raw.length, 256 * 1024)).toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  return head.replace(/\r?\n/g, '\r\n');
}

/** One line of text (any script): for the translated subject. */
const oneLineText = (s: string): string => s.replace(/[\r\n\p{Cc}]+/gu, ' ').trim();

/** Values inside the delivery-status fields must be one (folded) line of printable ASCII. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[^\x20-\x7e]/g, '?').trim();
}

function fold(name: string, value: string): string {
  const words = oneLine(value).split(' ');
  const lines: string[] = [];
  let line = `${name}: `;
  for (const w of words) {
    if (line.length + w.length + 1 > 76 && line.trim().length > name.length + 1) {
      lines.push(line.trimEnd());
      line = ' ';
    }
    line += (line.endsWith(' ') ? '' : ' ') + w;
  }
  lines.push(line.trimEnd());
  return lines.join('\r\n');
}

/** A header value as an RFC 2047 encoded word when it is not plain ASCII. */
function encodedWord(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  // encoded words of at most 75 characters, split between characters (never inside a UTF-8 sequence)
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch) > 45) { words.push(chunk); chunk = ''; }
    chunk += ch;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

export function buildDsn(input: DsnInput): Buffer {
  const now = input.now ?? new Date();
  const boundary = `mm-dsn-${randomBytes(12).toString('hex')}`;
  const failed = input.kind === 'failed';
  const subject = input.notice?.subject ?? (failed ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)');
  const list = input.recipients.map((r) => `  <${oneLine(r.address)}>: ${oneLine(r.diagnostic)}`).join('\r\n');
  const human = failed
    ? [
        `This is the mail system at host ${input.reportingMta}.`, '',
        'I\'m sorry to have to inform you that your message could not be delivered to one or more',
        'recipients. The original message\'s headers are attached below.', '',
        list, '',
      ]
    : [
        `This is the mail system at host ${input.reportingMta}.`, '',
        '#################################################################',
        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
        '#################################################################', '',
        'Your message could not be delivered yet to the recipients below. The mail system will',
        `keep trying${input.retryUntil ? ` until ${input.retryUntil.toUTCString()}` : ''}.`, '',
        list, '',
      ];
  const perMessage = [
    `Reporting-MTA: dns; ${oneLine(input.reportingMta)}`,
    `X-Mailmoat-Queue-ID: ${oneLine(input.queueId)}`,
    `Arrival-Date: ${input.arrivalDate.toUTCString()}`,
  ];
  const perRecipient = input.recipients.map((r) => [
    `Final-Recipient: rfc822; ${oneLine(r.address)}`,
    `Action: ${input.kind}`,
    `Status: ${r.status}`,
    ...(r.remoteMta ? [`Remote-MTA: dns; ${oneLine(r.remoteMta)}`] : []),
    fold('Diagnostic-Code', `${r.smtpDiagnostic ? 'smtp' : 'x-mailmoat'}; ${r.diagnostic}`),
    `Last-Attempt-Date: ${now.toUTCString()}`,
    ...(!failed && input.retryUntil ? [`Will-Retry-Until: ${input.retryUntil.toUTCString()}`] : []),
  ].join('\r\n'));
  const headers = [
    `From: Mail Delivery System <MAILER-DAEMON@${input.reportingMta}>`,
    `To: <${oneLine(input.originalSender)}>`,
    `Subject: ${encodedWord(oneLineText(subject))}`,
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${Date.now().toString(36)}.${randomBytes(6).toString('hex')}@${input.reportingMta}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${boundary}"`,
  ];
  // the sender's language first, then the English text; UTF-8 in base64 so any relay passes it
  const notification = input.notice
    ? ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '',
        Buffer.from(`${input.notice.text.replace(/\r?\n/g, '\r\n')}\r\n\r\n${human.join('\r\n')}`).toString('base64').replace(/.{76}/g, '$&\r\n'), '']
    : ['Content-Type: text/plain; charset=us-ascii', '', human.join('\r\n')];
  const parts = [
    headers.join('\r\n'), '',
    'This is a MIME-encapsulated message.', '',
    `--${boundary}`,
    'Content-Description: Notification',
    ...notification,
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status', '',
    perMessage.join('\r\n'), '',
    perRecipient.join('\r\n\r\n'), '',
    `--${boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers', '',
    headerBlock(input.original), '',
    `--${boundary}--`, '',
  ];
  return Buffer.from(parts.join('\r\n'), 'latin1');
}

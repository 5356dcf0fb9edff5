// The unit everyone extends: a Check emits named symbols; weights and thresholds live in rules/.
// The SMTP layer only talks to the `Pipeline` facade below; checks never see smtp-server objects.
import type { z } from 'zod';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Rules } from '../rules/schema.ts';
import type { Action, Direction, Store, SymbolHit } from '../store/types.ts';

export type Phase = 'connect' | 'helo' | 'mail' | 'rcpt' | 'data';

export interface SmtpReply {
  code: number;
  /** RFC 3463 enhanced status code, e.g. "5.7.1" */
  enhanced: string;
  message: string;
}

/** What is known about an SMTP session; typed, no untyped "notes" bag. */
export interface SessionInfo {
  id: string;
  direction: Direction;
  clientIp: string;
  /** reverse DNS name if resolved, else null */
  clientHostname: string | null;
  helo: string;
  tls: boolean;
  /** SMTP AUTH user (outbound), else null */
  authUser: string | null;
  /** client is in smtp.inbound.trustedNetworks (or allowFrom for outbound) */
  trusted: boolean;
}

export interface Envelope {
  /** '' for the null sender <> */
  mailFrom: string;
  recipients: string[];
}

export interface ConnectContext { session: SessionInfo }
export interface HeloContext { session: SessionInfo }
export interface MailContext { session: SessionInfo; mailFrom: string }
export interface RcptContext { session: SessionInfo; mailFrom: string; recipient: string }

/** Parsed view of a message, computed once per message and shared by all data checks. */
export interface ParsedMessage {
  headers: Array<{ key: string; value: string }>;
  subject: string;
  from: string;
  text: string;
  html: string | null;
  /** every non-body part; content is decoded (base64/quoted-printable undone) */
  attachments: Array<{ filename: string | null; mimeType: string; size: number; content: Uint8Array; contentId?: string | null }>;
}

/** Result of SPF/DKIM/DMARC/ARC evaluation, computed once per message (memoized by the pipeline). */
export interface AuthResults {
  spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';
  spfDomain: string | null;
  /** domains with a valid DKIM signature */
  dkimPass: string[];
  dkim: 'pass' | 'fail' | 'none' | 'temperror' | 'permerror' | 'neutral' | 'policy';
  dmarc: 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';
  dmarcPolicy: 'none' | 'quarantine' | 'reject' | null;
  arc: 'pass' | 'fail' | 'none';
  /** From: header domain */
  fromDomain: string | null;
  /** SPF pass for the From domain's organisation, or DKIM pass aligned with it */
  authenticatedDomain: string | null;
  /** the Authentication-Results header value to add */
  header: string;
}

export interface DataContext {
  session: SessionInfo;
  envelope: Envelope;
  /** the message as received (CRLF line endings, no dot-stuffing) */
  raw: Buffer;
  parsed(): Promise<ParsedMessage>;
  auth(): Promise<AuthResults>;
}

export interface PhaseContextMap {
  connect: ConnectContext;
  helo: HeloContext;
  mail: MailContext;
  rcpt: RcptContext;
  data: DataContext;
}

export interface Hit {
  symbol: string;
  /** 0..1 multiplier of the rule's weight, e.g. a probability (default 1) */
  weight?: number;
  detail?: string;
}

export interface CheckDeps<O> {
  options: O;
  /** the whole validated config (dns servers, greylist timings, clamav…) */
  config: Config;
  /** the effective rules now in force (always set by the pipeline runner; optional for test fakes) */
  rules?: Rules;
  store: Store;
  log: Logger;
  signal: AbortSignal;
  /** a dry run (`mailmoat classify`): score the message, but learn and mark nothing (optional for test fakes) */
  dryRun?: boolean;
}

export interface Check<P extends Phase = Phase, O = unknown> {
  /** kebab-case, equal to the file name */
  name: string;
  phase: P;
  /** every symbol it can emit; checked against rules/ at boot */
  symbols: readonly string[];
  /** symbols the rules files define for it rather than the code (the lists of rules/dnsbl.yaml) */
  ruleSymbols?(rules: Rules): string[];
  /** its section of rules/checks.yaml, validated at boot */
  options: z.ZodType<O>;
  /** which directions it runs for (default both) */
  directions?: readonly Direction[];
  timeoutMs?: number;
  run(ctx: PhaseContextMap[P], deps: CheckDeps<O>): Promise<Hit[]>;
}

export interface Verdict {
  score: number;
  action: Action;
  symbols: SymbolHit[];
  /** reply to give when the action refuses the message (reject/tempfail) */
  reply: SmtpReply | null;
  /** header lines to prepend to a relayed message, e.g. ["X-Spam-Score: 1.2"] (no CRLF) */
  headers: string[];
  /** prefix to put in front of the Subject when tagging, or null */
  subjectPrefix: string | null;
  /** recipients whose copy is delivered even if the action is quarantine (user allow-list), lower-case */
  allowRecipients: string[];
  /**
   * A rejected message whose every recipient is a spam trap: the client hears 250 as if it were
   * delivered, nothing is delivered, and the copy of rejected mail is kept for the admins (without
   * that copy, 550 as for any rejected message).
   */
  silentDiscard?: boolean;
}

/** The facade the SMTP layer calls, one method per phase. null = go on. */
export interface Pipeline {
  connect(session: SessionInfo): Promise<SmtpReply | null>;
  helo(session: SessionInfo): Promise<SmtpReply | null>;
  mail(session: SessionInfo, mailFrom: string): Promise<SmtpReply | null>;
  rcpt(session: SessionInfo, mailFrom: string, recipient: string): Promise<SmtpReply | null>;
  data(session: SessionInfo, envelope: Envelope, raw: Buffer): Promise<Verdict>;
  /** whether a recipient is a spam trap (the SMTP layer then asks the mail server nothing about it) */
  isSpamTrap?(recipient: string): boolean;
}

// Attachment types (src/content/attachments.ts): programs and scripts are refused (ATTACH_BLOCKED,
// forced in rules/symbols.yaml), types malware often hides in add a score (ATTACH_RISKY), as do
// names that disguise their type (ATTACH_DECEPTIVE_NAME), password-protected archives no
// scanner can open (ATTACH_ENCRYPTED_ARCHIVE) and attached web pages made to phish or smuggle
// (ATTACH_PHISH_PAGE: a password field, decoded hidden content, a file built to save, a hidden web
// address, a redirect or content from the web in a page with nothing to read, an SVG picture that
// runs a script or links to a web site with the recipient's address or under a payment document's name), and Office documents with
// macros (ATTACH_MACRO, by content: VBA in Word/Excel 97–2003 files and OOXML, Excel 4.0 macro sheets), objects made to exploit Office (ATTACH_EXPLOIT: Equation
// Editor, Follina) and documents that fetch a template or object from the web as they open
// (ATTACH_REMOTE_CONTENT), in OLE2, OOXML and RTF files; PDFs that start a program (ATTACH_EXPLOIT: a
// /Launch action) or run JavaScript as they open (ATTACH_PDF_SCRIPT). Files packaged into a document (an icon in a Word file
// that runs a program) are judged like attachments, as are the files on an attached disk image
// (ISO 9660), in 7-Zip and RAR archives and attached inside PDFs. A locked archive whose password the
// text gives away is how Emotet, Qakbot and their kind get past scanners (ATTACH_ENCRYPTED_PASSWORD):
// an honest sender sends the password some other way. Inbound only: outbound mail is scanned by ClamAV.
import { z } from 'zod';
import { DEFAULT_BLOCK_EXTENSIONS, DEFAULT_RISKY_EXTENSIONS, deceptiveNamesIn, inspectAttachmentFiles, svgWebLinks, type AttachmentInspection, type AttachmentPolicy, type Finding, type FindingKind } from '../../content/attachments.ts';
import { carriesAddress } from '../../content/links.ts';
import { paymentDocumentNamed } from '../../content/payment-documents.ts';
import { comparableText, phrasePattern } from '../../content/phrases.ts';
import { hostOfUrl, readableHost } from '../../content/scripts.ts';
import { textPassword } from '../../content/text-password.ts';
import { extensionListSchema } from '../../rules/schema.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { visibleText } from '../../fuzzy/fingerprint.ts';

export const attachmentsOptionsSchema = z.strictObject({
  /** refused types; given here, the list replaces the default one */
  blockExtensions: extensionListSchema.default([...DEFAULT_BLOCK_EXTENSIONS]),
  /** types that add ATTACH_RISKY's weight; given here, the list replaces the default one */
  riskyExtensions: extensionListSchema.default([...DEFAULT_RISKY_EXTENSIONS]),
  /** taken off both lists (the simple way to let one type through; the web UI's Settings set it live) */
  allowExtensions: extensionListSchema.default([]),
  /** look inside ZIP archives and forwarded messages, nested ones included */
  inspectArchives: z.boolean().default(true),
  maxArchiveDepth: z.number().int().min(1).max(10).default(3),
  /** bytes of nested archives unpacked per message, in all */
  maxUnpackBytes: z.number().int().min(0).default(20_000_000),
  /** entries read per archive */
  maxEntries: z.number().int().min(1).default(10_000),
});
export type AttachmentsOptions = z.infer<typeof attachmentsOptionsSchema>;

const SYMBOL: Record<FindingKind, string> = {
  blocked: 'ATTACH_BLOCKED',
  risky: 'ATTACH_RISKY',
  deceptive: 'ATTACH_DECEPTIVE_NAME',
  encrypted: 'ATTACH_ENCRYPTED_ARCHIVE',
  'phish-page': 'ATTACH_PHISH_PAGE',
  macro: 'ATTACH_MACRO',
  exploit: 'ATTACH_EXPLOIT',
  remote: 'ATTACH_REMOTE_CONTENT',
  'pdf-script': 'ATTACH_PDF_SCRIPT',
};

/**
 * A message's attachments walked as this check reads them, a locked ZIP opened with the password
 * its text gives; the admin's own rules read the same walk (attachment names), so both ask here.
 */
export function messageAttachments(view: ParsedMessage, options: AttachmentsOptions): Promise<AttachmentInspection> {
  return inspectAttachmentFiles(view.attachments, policyOf(options), () => {
    const password = textPassword(view);
    return password === null ? [] : [password];
  });
}

/** The policy is rebuilt only when the options object changes (rules reload), not per message. */
const policies = new WeakMap<AttachmentsOptions, AttachmentPolicy>();
export function policyOf(o: AttachmentsOptions): AttachmentPolicy {
  let p = policies.get(o);
  if (!p) {
    const allowed = new Set(o.allowExtensions);
    const without = (list: string[]) => new Set(list.filter((e) => !allowed.has(e)));
    p = { block: without(o.blockExtensions), risky: without(o.riskyExtensions), inspectArchives: o.inspectArchives, maxArchiveDepth: o.maxArchiveDepth, maxUnpackBytes: o.maxUnpackBytes, maxEntries: o.maxEntries };
    policies.set(o, p);
  }
  return p;
}

/**
 * ATTACH_ENCRYPTED_PASSWORD's share when every locked archive was opened with the text's password
 * and nothing inside gave a finding: the trick is to keep scanners out, and here nothing was kept
 * out (its files were judged here and handed to ClamAV). An auditor's or a payroll office's
 * locked ZIP with the password in the mail is bad practice, not an attack.
 */
const OPENED_CLEAN_FACTOR = 1 / 3;

/** Whether every locked archive was opened and no finding came from inside one. */
function openedAndClean(findings: readonly Finding[]): boolean {
  const locked = findings.filter((f) => f.kind === 'encrypted');
  const inside = (f: Finding, archive: Finding): boolean => f.path.length > archive.path.length && archive.path.every((name, i) => f.path[i] === name);
  return locked.every((l) => l.unlocked) && !findings.some((f) => f.kind !== 'encrypted' && locked.some((l) => inside(f, l)));
}

/** "docs.zip > invoice.pdf.exe (.exe)", names shortened and control characters shown as "?". */
export function describeFinding(f: Finding): string {
  const shown = f.path.map((n) => (n.length > 60 ? `${n.slice(0, 57)}...` : n)).join(' > ');
  return `${shown} (${f.why})`.replace(/[\p{Cc}\p{Cf}]/gu, '?');
}

/**
 * An attached SVG picture that links to a web site with the recipient's address in the link (plain
 * or base64): the "voice message" whose "Play message" button opens a login page made for the
 * reader. A diagram's link to its documentation carries no one's address (the 974 SVG files of the
 * development machine: three link to the web, all to their drawing tool's help). Or one that links
 * to the web under a payment document's name, which a real remittance advice or invoice is not.
 */
function svgLureLinks(view: ParsedMessage, walked: readonly Finding[], recipients: readonly string[]): Finding[] {
  return view.attachments.flatMap((file) => {
    const name = file.filename ?? 'picture.svg';
    if (walked.some((f) => f.kind === 'phish-page' && f.path.length === 1 && f.path[0] === name)) return [];
    const links = svgWebLinks(file);
    const link = links.find((url) => carriesAddress(url, recipients));
    const host = link ? hostOfUrl(link) : null;
    if (host) return [{ kind: 'phish-page' as const, path: [name], why: `an SVG picture that links to ${readableHost(host)} with the recipient's address` }];
    // or named as a payment document, which comes as a PDF: "Remittance_HH-PAY-7719204.svg" with a "View remittance" button;
    // or as a voice message, which comes as a sound file: "VM_441614960382_0047.svg" with a "Play message" button
    const named = links.length && file.filename ? paymentDocumentNamed(file.filename) ?? voiceMessageNamed(file.filename) : null;
    const to = named ? hostOfUrl(links[0]!) : null;
    return to ? [{ kind: 'phish-page' as const, path: [name], why: `an SVG picture named as a "${named}" that links to ${readableHost(to)}` }] : [];
  });
}


/** a voice message's name in the offices' languages (as comparableText reads), or the voicemail systems' "VM_" and a number */
const VOICE_MESSAGE = new RegExp(String.raw`${phrasePattern([
  'voicemail', String.raw`voice ?(?:message|mail|note)`, String.raw`audio ?(?:message|file)`, String.raw`vm \d+`, String.raw`sprach(?:nachricht|mitteilung|memo)\p{L}*`,
  'mensaje de voz', String.raw`nota de voz`, String.raw`messaggio vocale`, String.raw`segreteria`, String.raw`wiadomos\p{L}* glosow\p{L}*`, String.raw`poczta glosowa`,
  String.raw`голосов\p{L}*`, String.raw`φωνητικ\p{L}*`,
]).source}(?![\p{L}\p{N}])`, 'u');
const voiceMessageNamed = (filename: string): string | null => VOICE_MESSAGE.exec(comparableText(filename.replace(/[_.+-]+/g, ' ')))?.[0] ?? null;

export const attachmentsCheck: Check<'data', AttachmentsOptions> = {
  name: 'attachments',
  phase: 'data',
  symbols: [...Object.values(SYMBOL), 'ATTACH_ENCRYPTED_PASSWORD', 'SHARED_FILE_DECEPTIVE_NAME'],
  options: attachmentsOptionsSchema,
  directions: ['inbound'],
  async run(ctx, { options }) {
    const view = await ctx.parsed();
    // a file the text says was sent or shared, under a name that hides its type: a file-transfer service's list of the files
    // behind its download button (the hundred-and-eighteenth pair's "tender documents" through WeTransfer, one of them
    // "Diakirixi_Promitheias_2027.pdf.html"); not for a trusted relay's mail (a colleague quoting a warning)
    const named = ctx.session.trusted ? [] : deceptiveNamesIn(visibleText(view), policyOf(options));
    const shared: Hit[] = named.length ? [{ symbol: 'SHARED_FILE_DECEPTIVE_NAME', detail: `the text names ${named.slice(0, 3).join('; ')}` }] : [];
    if (!view.attachments.length) return shared;
    const { findings: walked } = await messageAttachments(view, options);
    const findings = [...walked, ...svgLureLinks(view, walked, ctx.envelope.recipients)];
    const hits: Hit[] = [];
    for (const kind of Object.keys(SYMBOL) as FindingKind[]) {
      const of = findings.filter((f) => f.kind === kind);
      if (!of.length) continue;
      const more = of.length > 3 ? `; and ${of.length - 3} more` : '';
      hits.push({ symbol: SYMBOL[kind], detail: of.slice(0, 3).map(describeFinding).join('; ') + more });
    }
    if (findings.some((f) => f.kind === 'encrypted')) {
      const password = textPassword(view);
      if (password !== null) {
        const detail = `the text gives the password: "${password}"`.replace(/[\p{Cc}\p{Cf}]/gu, '?');
        hits.push(openedAndClean(findings)
          ? { symbol: 'ATTACH_ENCRYPTED_PASSWORD', weight: OPENED_CLEAN_FACTOR, detail: `${detail} (opened with it, the archive holds no program, script, macro or exploit)` }
          : { symbol: 'ATTACH_ENCRYPTED_PASSWORD', detail });
      }
    }
    return [...hits, ...shared];
  },
};

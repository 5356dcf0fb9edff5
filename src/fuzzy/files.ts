// Fingerprints of a message's files, for mail with too little text to fingerprint: the picture
// that is the whole of an image spam, the invoice.pdf or Rechnung.zip of a malware wave under "see
// attached". Without them an admin's "spam" on such a message blocked nothing (its text is under
// bulk.minWords). A file's fingerprint is its content's hash: a wave sends the same bytes to
// everyone, and re-encoding every copy is what spammers of text do, not of attachments.
//
// Only for the admin's block list, and only for short-text mail, on both sides (reporting and
// checking): a newsletter's banner or a partner's signature logo, the same bytes in every mail, is
// never blocked by reporting one long message, and never counted as bulk volume.
import { createHash } from 'node:crypto';
import { imageSize } from '../content/images.ts';
import type { ParsedMessage } from '../pipeline/types.ts';
import { DEFAULT_FINGERPRINT, fingerprintView, type FingerprintOptions } from './fingerprint.ts';

/** A picture smaller than this on either side is decoration (a logo, an icon, a tracking pixel). */
export const FILE_IMAGE_MIN_SIDE = 100;
/** Any other file smaller than this is not worth a fingerprint. */
export const FILE_MIN_BYTES = 2048;
/** files fingerprinted per message */
const MAX_FILES = 10;

/** Parts that are not the message's content: signatures, reports, invitations (read as text). */
const NOT_CONTENT = /^(?:application\/(?:pkcs7-signature|x-pkcs7-signature|pgp-signature|pgp-keys|ms-tnef)|message\/(?:delivery-status|disposition-notification)|text\/(?:calendar|rfc822-headers))\b/i;

export interface FileFingerprint {
  /** "file:" and the content's SHA-256 (32 hex digits) */
  hash: string;
  /** the file's name, or its type when it has none, as a detail shows it */
  name: string;
}

/** A file's name as a detail shows it: one line, at most 80 characters. */
export const fileName = (f: FileFingerprint): string => f.name.slice(0, 80).replace(/[\p{Cc}\p{Cf}]/gu, '?');

/** per message: the bulk and spam trap checks read the same files */
const filesOfView = new WeakMap<object, FileFingerprint[]>();

/** The fingerprints of a message's files that are content, not decoration; each file once; hashed once per message. */
export function fileFingerprints(view: Pick<ParsedMessage, 'attachments'>): FileFingerprint[] {
  let files = filesOfView.get(view);
  if (!files) filesOfView.set(view, (files = hashFiles(view)));
  return files;
}

function hashFiles(view: Pick<ParsedMessage, 'attachments'>): FileFingerprint[] {
  const out = new Map<string, FileFingerprint>();
  for (const a of view.attachments) {
    if (out.size >= MAX_FILES) break;
    if (NOT_CONTENT.test(a.mimeType)) continue;
    const size = imageSize(a.content);
    if (size ? size.width < FILE_IMAGE_MIN_SIDE || size.height < FILE_IMAGE_MIN_SIDE : a.content.byteLength < FILE_MIN_BYTES) continue;
    const hash = `file:${createHash('sha256').update(a.content).digest('hex').slice(0, 32)}`;
    if (!out.has(hash)) out.set(hash, { hash, name: a.filename ?? a.mimeType });
  }
  return [...out.values()];
}

/**
 * What stands for a message on the block list and the spam traps' marks: its text's band hashes
 * (`files` empty), or, when its text is too short to fingerprint, its files' (`hashes` are theirs).
 */
export function messageFingerprints(view: ParsedMessage, opts: FingerprintOptions = DEFAULT_FINGERPRINT): { hashes: string[]; files: FileFingerprint[] } {
  const text = fingerprintView(view, opts);
  if (text.length) return { hashes: text, files: [] };
  const files = fileFingerprints(view);
  return { hashes: files.map((f) => f.hash), files };
}

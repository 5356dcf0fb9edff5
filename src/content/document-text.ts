// The text of a message's attached documents, PDFs (pdf-text.ts) and Office documents
// (office-text.ts), read once per message for the Bayes model, the wallet check and the link checks.
// Documents packed in an archive are read too ("docs.zip > rechnung.pdf"): packing the fake invoice
// is the cheapest way past a filter that reads only the outer file. The archives are those the
// attachment check opens: ZIP, 7-Zip, tar, gzip and xz ("rechnung.pdf.gz", "docs.tgz"), an archive
// in an archive too ("docs.zip > scans.7z > rechnung.pdf", two levels). A locked ZIP or 7-Zip
// archive is opened with the password the message's text gives (text-password.ts), as the
// attachment check opens it. The readers' own bounds (documents per message, bytes) then apply.
import type { Config } from '../config.ts';
import { textWithInvitations } from '../fuzzy/fingerprint.ts';
import { isOfficeDocument } from './ooxml.ts';
import { isOpenDocument, officeTextsOf } from './office-text.ts';
import { pdfTextsOf } from './pdf-text.ts';
import { isSevenZip, sevenZipFiles, sevenZipUnlock } from './sevenzip.ts';
import { gunzipWithin, gzipName, isGzip, isTar, tarFiles } from './tar.ts';
import { textPassword } from './text-password.ts';
import { isXz, unxzWithin } from './xz.ts';
import { isZip, readZipEntries } from './zip.ts';

export type DocumentKind = 'PDF' | 'Office document';
export interface DocumentText { kind: DocumentKind; filename: string | null; text: string }
/** a document's text as its reader gives it */
export type AttachedText = Omit<DocumentText, 'kind'>;

type Attachment = { filename: string | null; mimeType?: string | null; content?: Uint8Array };
/** what is read of a message: its attachments, and its text for an archive's password (the pipeline's ParsedMessage, the tokenizer's MessageView) */
type WithAttachments = { attachments?: ReadonlyArray<Attachment>; text?: string; html?: string | null; subject?: string };

export const ARCHIVED_DOCUMENT_LIMITS = {
  /** archives opened per message, those inside archives counted too */
  maxArchives: 3,
  /** archives in archives: "docs.zip > scans.7z > rechnung.pdf" is two levels */
  maxDepth: 2,
  /** files of one archive looked at */
  maxEntries: 200,
  /** one document unpacked at most (pdf-text.ts reads PDFs up to 10 MB) */
  maxBytes: 10_000_000,
  /** all bytes unpacked from one message's archives: documents, inner archives, a gzip file's content */
  totalBytes: 20_000_000,
  /** 7-Zip keys derived per message (each ~8 ms of CPU; the attachment check derives its own) */
  sevenZipKeys: 2,
};
export type ArchivedDocumentLimits = typeof ARCHIVED_DOCUMENT_LIMITS;

/** a name an archive gives a PDF or an Office document */
const isDocumentName = (name: string): boolean => /\.pdf$/i.test(name) || isOfficeDocument({ filename: name }) || isOpenDocument({ filename: name });
/** a name an archive gives an archive that may hold documents */
const ARCHIVE_NAME = /\.(?:zip|7z|tar|tgz|txz|gz|xz)$/i;
/** what a compressed single file ("rechnung.pdf.gz") was called: gzip keeps it, else its own name without the suffix */
const compressedName = (bytes: Uint8Array, name: string): string => (isGzip(bytes) ? gzipName(bytes) : null) ?? name.replace(/\.t[gx]z$/i, '.tar').replace(/\.(?:gz|xz)$/i, '');

/** An archive (not an Office document, which is a ZIP too: read as a document, once). */
function isArchive(file: Attachment & { content: Uint8Array }): boolean {
  const c = file.content;
  return (isZip(c) && !isOfficeDocument(file) && !isOpenDocument(file)) || isSevenZip(c) || isTar(c) || isGzip(c) || isXz(c);
}

/** One message's opening of its archives: what is left of the limits, and what was found. */
interface Opening {
  limits: ArchivedDocumentLimits;
  archives: number;
  room: number;
  sevenZipKeys: number;
  passwords: readonly string[];
  found: Attachment[];
}

type Inner = { name: string; content: Uint8Array };

/** The files of one archive that `wanted` names, unpacked within the message's room. */
async function filesIn(archive: Inner, wanted: (name: string) => boolean, o: Opening): Promise<Inner[]> {
  const { content: bytes } = archive;
  const { maxEntries, maxBytes } = o.limits;
  const spend = (files: Inner[]): Inner[] => {
    for (const f of files) o.room -= f.content.byteLength;
    return files.filter((f) => f.content.byteLength <= maxBytes);
  };
  if (isZip(bytes)) {
    const entries = await readZipEntries(bytes, wanted, { maxBytes, maxEntries, totalBytes: o.room, passwords: o.passwords });
    return spend(entries.map((e) => ({ name: e.name, content: e.data })));
  }
  if (isSevenZip(bytes)) {
    const budget = { bytes: o.room, sevenZipKeys: o.sevenZipKeys };
    const plain = await sevenZipFiles(bytes, wanted, maxEntries, budget);
    // a locked archive's folders (the plain ones gave nothing): a key is derived only for them
    const locked = o.passwords.length ? (await sevenZipUnlock(bytes, o.passwords, maxEntries, budget)).files.filter((f) => wanted(f.name)) : [];
    o.sevenZipKeys = budget.sevenZipKeys;
    return spend([...plain, ...locked]);
  }
  if (isTar(bytes)) return tarFiles(bytes, maxEntries).filter((f) => wanted(f.name) && f.content.byteLength <= maxBytes);
  if (isGzip(bytes) || isXz(bytes)) {
    // unpacked only when what it holds is named a document or a tar: not every log file.gz
    const name = compressedName(bytes, archive.name);
    if (!wanted(name) && !/\.tar$/i.test(name)) return [];
    const content = isGzip(bytes) ? await gunzipWithin(bytes, o.room) : await unxzWithin(bytes, o.room);
    if (!content) return [];
    o.room -= content.byteLength;
    if (isTar(content)) return tarFiles(content, maxEntries).filter((f) => wanted(f.name) && f.content.byteLength <= maxBytes);
    return content.byteLength <= maxBytes ? [{ name, content }] : [];
  }
  return [];
}

/** Opens an archive at `depth` (an attachment is 1): its documents found, named `path > entry`; its archives opened in turn. */
async function openArchive(archive: Inner, path: string, depth: number, o: Opening): Promise<void> {
  if (o.archives <= 0 || o.room <= 0) return;
  o.archives--;
  const deeper = depth < o.limits.maxDepth;
  const wanted = (name: string): boolean => isDocumentName(name) || (deeper && ARCHIVE_NAME.test(name));
  for (const file of await filesIn(archive, wanted, o)) {
    const named = `${path} > ${file.name}`;
    const baseName = file.name.split('/').at(-1) ?? file.name;
    if (isDocumentName(file.name)) o.found.push({ filename: named, content: file.content });
    else if (deeper && isArchive({ filename: baseName, content: file.content })) await openArchive({ name: baseName, content: file.content }, named, depth + 1, o);
  }
}

/**
 * The PDFs and Office documents in a message's archive attachments, named "archive > entry" (an
 * archive's archive: "a.zip > b.7z > entry"), in attachment order; locked ones opened with the
 * text's password.
 */
export async function archivedDocuments(view: WithAttachments, limits: ArchivedDocumentLimits = ARCHIVED_DOCUMENT_LIMITS): Promise<Attachment[]> {
  const archives = (view.attachments ?? []).filter((a): a is Attachment & { content: Uint8Array } => a.content !== undefined && isArchive(a as Attachment & { content: Uint8Array }));
  if (!archives.length) return [];
  // the message view itself, so the attachment check's reading of the text is shared (memoised per view)
  const password = typeof view.text === 'string' ? textPassword(view as Parameters<typeof textPassword>[0]) : null;
  const o: Opening = { limits, archives: limits.maxArchives, room: limits.totalBytes, sevenZipKeys: limits.sevenZipKeys, passwords: password === null ? [] : [password], found: [] };
  for (const archive of archives) {
    const name = archive.filename ?? '(unnamed)';
    await openArchive({ name, content: archive.content }, name, 1, o);
  }
  return o.found;
}

/** which readers run in this process (config `content`) */
const readers: Config['content'] = { pdfText: true, officeText: true };

/** Turns the PDF and Office text readers on or off for this process: the pipeline and `train` apply the config. */
export function setDocumentReaders(content: Config['content']): void {
  readers.pdfText = content.pdfText;
  readers.officeText = content.officeText;
}

const textsOfView = new WeakMap<object, Promise<DocumentText[]>>();

/** The texts of a message's attached documents (those with any text): PDFs, then Office documents; each kind attached ones before archived ones. */
export function documentTextsOf(view: WithAttachments): Promise<DocumentText[]> {
  let texts = textsOfView.get(view);
  if (!texts) {
    texts = (async () => {
      if (!readers.pdfText && !readers.officeText) return [];
      const all = { attachments: [...(view.attachments ?? []), ...await archivedDocuments(view)] };
      const [pdfs, office] = await Promise.all([readers.pdfText ? pdfTextsOf(all) : [], readers.officeText ? officeTextsOf(all) : []]);
      return [
        ...pdfs.map((d) => ({ kind: 'PDF' as const, ...d })),
        ...office.map((d) => ({ kind: 'Office document' as const, ...d })),
      ];
    })();
    textsOfView.set(view, texts);
  }
  return texts;
}

/**
 * What a reader reads of a message, each piece with where it was: the visible text with its
 * calendar invitations (where ''), then each attached document's text (" in the PDF Rechnung.pdf"),
 * for the checks that look for a scam's words in either and name where they found them.
 */
export async function readerTexts(view: Parameters<typeof textWithInvitations>[0] & WithAttachments): Promise<Array<{ where: string; text: string }>> {
  return [{ where: '', text: textWithInvitations(view) }, ...(await documentTextsOf(view)).map((d) => ({ where: ` in the ${d.kind} ${d.filename ?? '(unnamed)'}`, text: d.text }))];
}

// The text of a message's attached documents, PDFs (pdf-text.ts) and Office documents
// (office-text.ts), read once per message for the Bayes model, the wallet check and the link checks.
// Documents packed in a ZIP attachment are read too ("docs.zip > rechnung.pdf"): zipping the fake
// invoice is the cheapest way past a filter that reads only the outer file. One level deep; a locked
// entry is opened with the password the message's text gives (text-password.ts), as the attachment
// check opens it. The readers' own bounds (documents per message, bytes) then apply.
import type { Config } from '../config.ts';
import { isOfficeDocument } from './ooxml.ts';
import { isOpenDocument, officeTextsOf } from './office-text.ts';
import { pdfTextsOf } from './pdf-text.ts';
import { textPassword } from './text-password.ts';
import { isZip, readZipEntries } from './zip.ts';

export type DocumentKind = 'PDF' | 'Office document';
export interface DocumentText { kind: DocumentKind; filename: string | null; text: string }
/** a document's text as its reader gives it */
export type AttachedText = Omit<DocumentText, 'kind'>;

type Attachment = { filename: string | null; mimeType?: string | null; content?: Uint8Array };
/** what is read of a message: its attachments, and its text for an archive's password (the pipeline's ParsedMessage, the tokenizer's MessageView) */
type WithAttachments = { attachments?: ReadonlyArray<Attachment>; text?: string; html?: string | null; subject?: string };

export const ARCHIVED_DOCUMENT_LIMITS = {
  /** ZIP attachments opened per message */
  maxArchives: 3,
  /** one document unpacked at most (pdf-text.ts reads PDFs up to 10 MB) */
  maxBytes: 10_000_000,
  /** all documents unpacked from one message's archives */
  totalBytes: 20_000_000,
};

/** a name an archive gives a PDF or an Office document */
const isDocumentName = (name: string): boolean => /\.pdf$/i.test(name) || isOfficeDocument({ filename: name }) || isOpenDocument({ filename: name });

/** The PDFs and Office documents in a message's ZIP attachments (not in Office documents, which are ZIPs too), named "archive > entry"; locked ones opened with the text's password. */
export async function archivedDocuments(view: WithAttachments, limits = ARCHIVED_DOCUMENT_LIMITS): Promise<Attachment[]> {
  const archives = (view.attachments ?? []).filter((a): a is Attachment & { content: Uint8Array } =>
    a.content !== undefined && isZip(a.content) && !isOfficeDocument(a) && !isOpenDocument(a)).slice(0, limits.maxArchives);
  if (!archives.length) return [];
  // the message view itself, so the attachment check's reading of the text is shared (memoised per view)
  const password = typeof view.text === 'string' ? textPassword(view as Parameters<typeof textPassword>[0]) : null;
  const found: Attachment[] = [];
  let room = limits.totalBytes;
  for (const archive of archives) {
    if (room <= 0) break;
    const entries = await readZipEntries(archive.content, isDocumentName, { maxBytes: limits.maxBytes, totalBytes: room, passwords: password === null ? [] : [password] });
    for (const e of entries) {
      room -= e.data.length;
      found.push({ filename: `${archive.filename ?? '(unnamed)'} > ${e.name}`, content: e.data });
    }
  }
  return found;
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

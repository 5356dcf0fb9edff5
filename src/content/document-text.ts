// The text of a message's attached documents, PDFs (pdf-text.ts) and Office documents
// (office-text.ts), read once per message for the Bayes model, the wallet check and the link checks.
import { officeTextsOf } from './office-text.ts';
import { pdfTextsOf } from './pdf-text.ts';

export type DocumentKind = 'PDF' | 'Office document';
export interface DocumentText { kind: DocumentKind; filename: string | null; text: string }
/** a document's text as its reader gives it */
export type AttachedText = Omit<DocumentText, 'kind'>;

/** what is read of a message: its attachments (the pipeline's ParsedMessage, the tokenizer's MessageView) */
type WithAttachments = Parameters<typeof pdfTextsOf>[0] & Parameters<typeof officeTextsOf>[0];

const textsOfView = new WeakMap<object, Promise<DocumentText[]>>();

/** The texts of a message's attached documents (those with any text): PDFs, then Office documents. */
export function documentTextsOf(view: WithAttachments): Promise<DocumentText[]> {
  let texts = textsOfView.get(view);
  if (!texts) {
    texts = Promise.all([pdfTextsOf(view), officeTextsOf(view)]).then(([pdfs, office]) => [
      ...pdfs.map((d) => ({ kind: 'PDF' as const, ...d })),
      ...office.map((d) => ({ kind: 'Office document' as const, ...d })),
    ]);
    textsOfView.set(view, texts);
  }
  return texts;
}

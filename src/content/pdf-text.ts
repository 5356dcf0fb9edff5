// The text of attached PDFs, as a reader sees it. Fake invoices, "your subscription was renewed,
// call us to cancel" (callback phishing), sextortion and payment scams increasingly come as a PDF
// with a line of body text or none: the Bayes model, the wallet reader and the link checks would
// see nothing. rspamd and SpamAssassin (ExtractText) read attachment text for the same reason.
// The text is read by Mozilla's pdf.js in a worker thread (pdf-text-worker.js, worker-queue.ts),
// bounded by documents per message, bytes per document, pages and characters read, the worker's
// heap, and time (per document, after which the worker is stopped, and per message, after which
// the texts read so far count). A document that cannot be opened (damaged, locked with a password) gives no
// text; what the structure reader (pdf.ts) finds in it is judged as before.
import type { AttachedText } from './document-text.ts';
import { isPdf } from './pdf.ts';
import { WorkerQueue } from './worker-queue.ts';

export const PDF_TEXT_LIMITS = {
  /** PDFs read per message, in attachment order */
  maxDocuments: 3,
  /** larger PDFs are not read (a scan of many pages holds pictures, not text) */
  maxBytes: 10_000_000,
  /** the first pages carry the message (a scam is a page or two); 3 pages of a TeX manual took 63 ms (median, bench/pdf-text.ts) */
  maxPages: 3,
  /** characters kept per document (the tokenizer reads 2000 words of the body) */
  maxChars: 20_000,
  /** one document taking longer stops the reader (it starts again for the next) */
  documentTimeoutMs: 2000,
  /** time for all documents of one message */
  budgetMs: 3000,
};
export type PdfTextLimits = typeof PDF_TEXT_LIMITS;

/** documents waiting for the reader, over all messages of this process; more are skipped, not queued */
const MAX_WAITING = 32;

interface ReadInput { data: Uint8Array; maxPages: number; maxChars: number }
/** the reader's heap: a document that needs more ends the worker (no text), not the gateway */
const HEAP_MB = 256;
const reader = new WorkerQueue<ReadInput, string>(new URL('./pdf-text-worker.js', import.meta.url), MAX_WAITING, { maxOldGenerationSizeMb: HEAP_MB });

/** Ends the reader's worker now if it is idle (it ends itself after worker-queue.ts's DEFAULT_IDLE_MS): what the memory benchmark measures. */
export function retirePdfReader(): Promise<void> {
  return reader.retire();
}

/** The text of one PDF, '' when it has none or cannot be opened, null when it could not be read in time. */
export function readPdfText(content: Uint8Array, limits: PdfTextLimits = PDF_TEXT_LIMITS): Promise<string | null> {
  return reader.run({ data: content, maxPages: limits.maxPages, maxChars: limits.maxChars }, limits.documentTimeoutMs);
}

/** what is read of a message: its attachments (the pipeline's ParsedMessage, the tokenizer's MessageView) */
type WithAttachments = { attachments?: ReadonlyArray<{ filename: string | null; content?: Uint8Array }> };

/** The texts of a message's attached PDFs (those with any text); documentTextsOf (document-text.ts) reads them once per message. */
export async function pdfTextsOf(view: WithAttachments, limits: PdfTextLimits = PDF_TEXT_LIMITS): Promise<AttachedText[]> {
  const pdfs = (view.attachments ?? []).filter((a): a is { filename: string | null; content: Uint8Array } =>
    a.content !== undefined && a.content.byteLength <= limits.maxBytes && isPdf(a.content)).slice(0, limits.maxDocuments);
  if (!pdfs.length) return [];
  const found: AttachedText[] = [];
  // the budget leaves out the reader's start (see WorkerQueue.budget): on a busy machine the worker's
  // first start after an idle spell took the whole budget, and the message was judged without its PDFs
  const { passed, cancel } = reader.budget(limits.budgetMs);
  let over = false;
  const work = (async () => {
    for (const pdf of pdfs) {
      if (over) break;
      const text = (await readPdfText(pdf.content, limits))?.trim();
      if (text && !over) found.push({ filename: pdf.filename, text });
    }
  })();
  await Promise.race([work, passed]);
  cancel();
  over = true; // a document still being read is not waited for, nor added
  return found;
}

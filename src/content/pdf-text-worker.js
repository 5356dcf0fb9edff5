// The PDF text reader's worker thread (see pdf-text.ts). Plain JavaScript: a worker thread does not
// inherit tsx's loader. Mozilla's pdf.js (pdfjs-dist, Apache-2.0) reads the text as Firefox shows
// it: fonts' ToUnicode maps and encodings, CID fonts, object streams, and documents encrypted
// without a password to open. Nothing is rendered and no font is loaded into anything.
// It runs here because a page costs milliseconds to tens of milliseconds of CPU and a hostile
// document can take far longer; the caller's time-out stops this thread.
// @ts-check
import { parentPort } from 'node:worker_threads';

// pdf.js inflates font and image streams with the Web DecompressionStream where there is one, and
// Node 20 aborts the whole process, the gateway with it, when a worker is terminated (the time-out
// above) while such a stream is set up or torn down: "Assertion failed: init_done_ && "close before
// init"" in node_zlib.cc, seen once in CI at this worker's end. Without it pdf.js inflates in its
// own JavaScript, synchronously, which a termination cannot cut in two. It must go before pdf.js
// loads, hence the import after it.
delete globalThis.DecompressionStream;
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * The text of the first `maxPages` pages, at most `maxChars` characters; '' when the document
 * cannot be opened (damaged, or locked with a password).
 * @param {{ data: Uint8Array, maxPages: number, maxChars: number }} input
 * @returns {Promise<string>}
 */
async function documentText({ data, maxPages, maxChars }) {
  const task = getDocument({
    data,
    // a font program is never compiled to JavaScript (CVE-2024-4367 was eval of a font matrix)
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch {
    await task.destroy();
    return '';
  }
  let text = '';
  try {
    for (let n = 1; n <= Math.min(doc.numPages, maxPages) && text.length < maxChars; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
      page.cleanup();
    }
  } catch {
    // a damaged page: what was read before it counts
  } finally {
    await doc.destroy();
  }
  return text.slice(0, maxChars);
}

// the protocol of worker-queue.ts
parentPort?.on('message', async (/** @type {{ id: number, input: Parameters<typeof documentText>[0] }} */ job) => {
  let result = '';
  try {
    result = await documentText(job.input);
  } catch {
    // unreadable: no text
  }
  parentPort?.postMessage({ id: job.id, result });
});

// loaded: the queue starts an item's time-out from here (worker-queue.ts)
parentPort?.postMessage({ ready: true });

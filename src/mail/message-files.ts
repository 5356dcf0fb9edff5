// Messages on disk as the commands that read mail take them (`mailmoat train`, `mailmoat learn-sent`):
// a message file (.eml), a directory walked recursively (so maildirs work), or an mbox file.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One message somewhere on disk: a whole file, or a byte range of an mbox. */
export interface MessageFile { file: string; start?: number; end?: number }

async function isMbox(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(5);
    await fh.read(buf, 0, 5, 0);
    return buf.toString('latin1') === 'From ';
  } finally {
    await fh.close();
  }
}

/** Byte ranges of the messages of an mbox ("From " lines after a blank line, or at the start). */
export function mboxRanges(data: Buffer): Array<[number, number]> {
  const starts: number[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0x46 && data.toString('latin1', pos, pos + 5) === 'From ' && (pos === 0 || data[pos - 1] === 0x0a)) {
      const prev2 = pos >= 2 ? data[pos - 2] : 0x0a;
      if (pos === 0 || prev2 === 0x0a || (prev2 === 0x0d && data[pos - 3] === 0x0a)) starts.push(pos);
    }
    const nl = data.indexOf(0x0a, pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return starts.map((s, i) => [s, starts[i + 1] ?? data.length]);
}

/** Expands the CLI paths (files, directories walked recursively, mbox files) into messages. */
export async function collectMessageFiles(paths: readonly string[]): Promise<MessageFile[]> {
  const out: MessageFile[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await stat(p);
    if (st.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await walk(join(p, e));
    } else if (st.isFile() && st.size > 0) {
      if (await isMbox(p)) {
        for (const [start, end] of mboxRanges(await readFile(p))) out.push({ file: p, start, end });
      } else out.push({ file: p });
    }
  };
  for (const p of paths) await walk(p);
  return out;
}

/** A message's bytes: mbox "From " line dropped and ">From " unescaped. */
export async function readSource(src: MessageFile, cache?: { file: string; data: Buffer }): Promise<Buffer> {
  if (src.start === undefined) return readFile(src.file);
  const data = cache && cache.file === src.file ? cache.data : await readFile(src.file);
  let msg = data.subarray(src.start, src.end);
  msg = msg.subarray(msg.indexOf(0x0a) + 1);
  const text = msg.toString('latin1');
  return text.includes('\n>From ') ? Buffer.from(text.replace(/\n>(>*From )/g, '\n$1'), 'latin1') : msg;
}

/**
 * Reads messages one after another as readSource does, keeping the mbox file last read in memory:
 * its messages are byte ranges of one file, read once for all of them in a row.
 */
export function messageReader(): (src: MessageFile) => Promise<Buffer> {
  let cache: { file: string; data: Buffer } | undefined;
  return async (src) => {
    if (src.start !== undefined && cache?.file !== src.file) cache = { file: src.file, data: await readFile(src.file) };
    return readSource(src, cache);
  };
}

/**
 * A mail message starts with a header field: a name, a colon. RFC 5322 allows any printable name,
 * but mailers write letters, digits, '-' and '_' (a stricter test, so that JSON's `{"id":` is not
 * a header). Anything else in a training directory (an index file, JSON metadata, a README) is not
 * mail: parsed anyway it would become a message with no headers and no text, and teach noise.
 */
export function looksLikeMessage(raw: Buffer): boolean {
  return /^[A-Za-z0-9][\w.-]*[ \t]*:/.test(raw.toString('latin1', 0, Math.min(raw.length, 200)));
}

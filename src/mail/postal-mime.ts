// postal-mime, with every part's decoded bytes joined in one copy instead of through a Blob. The
// gateway imports PostalMime from here, never from the package.
//
// postal-mime's decoders collect a body in chunks and join them with
// `new Blob(chunks).arrayBuffer()`. Node 20's Blob handles every chunk on its own (a C++ blob per
// chunk, read back one by one, asynchronously):
// - a 7bit/8bit/binary body is kept as its lines plus a "\n" string each: a 20 MB plain-text body of
//   80-byte lines took 3.0 s to parse, three quarters of it in Blob and the garbage collector (0.5 s now);
// - base64 and quoted-printable are decoded into 100 kB chunks, but base64 that pads every line
//   makes a chunk per line: 20 MB took 1.3–1.9 s, 0.6–0.8 s now. (On the SpamAssassin corpus,
//   whose parts are small, parsing costs the same either way: 181–188 µs a message.)
// The lines are views of the message buffer, as postal-mime keeps them too: no bytes are copied
// until the end, when each part's chunks are copied once.
//
// The hook replaces MimeNode.prototype.setupContentDecoder, internal API of the pinned version
// (package.json pins postal-mime exactly; test/unit/mail/postal-mime.test.ts parses with Blob
// unusable). A decoder whose insides do not look as expected keeps its own finalize: slower, still right.
import PostalMime from 'postal-mime';

/** postal-mime's decoder interface: a body line (without its line break) at a time, the bytes at the end. */
class JoinedLines {
  private readonly lines: Uint8Array[] = [];
  private bytes = 0;

  update(line: Uint8Array): void {
    this.lines.push(line);
    this.bytes += line.byteLength + 1;
  }

  finalize(): Promise<ArrayBuffer> {
    const out = new Uint8Array(this.bytes);
    let at = 0;
    for (const line of this.lines) {
      out.set(line, at);
      at += line.byteLength;
      out[at++] = 0x0a;
    }
    this.lines.length = 0;
    return Promise.resolve(out.buffer);
  }
}

/** One buffer of the chunks' bytes, in order. */
function joined(chunks: ReadonlyArray<ArrayBuffer | Uint8Array>): ArrayBuffer {
  let bytes = 0;
  for (const c of chunks) bytes += c.byteLength;
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    out.set(c instanceof Uint8Array ? c : new Uint8Array(c), at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** What postal-mime's base64 and quoted-printable decoders hold: their chunks, and the method that flushes the last one into them. */
interface ChunkedDecoder {
  chunks?: unknown;
  flushRemainder?: () => void;
  flushBuffer?: () => void;
  finalize: () => Promise<ArrayBuffer>;
}

interface MimeNodePrototype {
  setupContentDecoder: (this: { contentDecoder: unknown }, transferEncoding: string) => void;
}

const nodePrototype = Object.getPrototypeOf((new PostalMime() as unknown as { root: object }).root) as MimeNodePrototype;
if (typeof nodePrototype.setupContentDecoder !== 'function') throw new Error('postal-mime changed: MimeNode.setupContentDecoder is gone (see src/mail/postal-mime.ts)');
const setupContentDecoder = nodePrototype.setupContentDecoder;
nodePrototype.setupContentDecoder = function (transferEncoding) {
  // the tests postal-mime itself applies: base64 and quoted-printable keep their decoders
  if (!/base64|quoted-printable/i.test(transferEncoding)) {
    this.contentDecoder = new JoinedLines();
    return;
  }
  setupContentDecoder.call(this, transferEncoding);
  const decoder = this.contentDecoder as ChunkedDecoder;
  const flush = decoder.flushRemainder ?? decoder.flushBuffer;
  if (!Array.isArray(decoder.chunks) || typeof flush !== 'function') return;
  decoder.finalize = () => {
    flush.call(decoder);
    return Promise.resolve(joined(decoder.chunks as Array<ArrayBuffer | Uint8Array>));
  };
};

export default PostalMime;
export * from 'postal-mime';

// postal-mime, with the bodies of 7bit/8bit/binary parts joined in one copy. The gateway imports
// PostalMime from here, never from the package.
//
// postal-mime keeps such a body as its lines plus a "\n" string each, and joins them with
// `new Blob(chunks).arrayBuffer()`. Node 20's Blob handles every part on its own (a C++ blob per
// line, read back one by one): a 20 MB plain-text body of 80-byte lines took 3.0 s to parse, 80 %
// of it in Blob and the garbage collector, while the same bytes in base64 or quoted-printable
// (decoded into 100 kB chunks) took a tenth of that. The lines are views of the message buffer, so
// keeping them costs nothing; they are copied once, at the end.
//
// The hook replaces MimeNode.prototype.setupContentDecoder, internal API of the pinned version
// (package.json pins postal-mime exactly; test/unit/mail/postal-mime.test.ts covers it).
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

interface MimeNodePrototype {
  setupContentDecoder: (this: { contentDecoder: unknown }, transferEncoding: string) => void;
}

const nodePrototype = Object.getPrototypeOf((new PostalMime() as unknown as { root: object }).root) as MimeNodePrototype;
if (typeof nodePrototype.setupContentDecoder !== 'function') throw new Error('postal-mime changed: MimeNode.setupContentDecoder is gone (see src/mail/postal-mime.ts)');
const setupContentDecoder = nodePrototype.setupContentDecoder;
nodePrototype.setupContentDecoder = function (transferEncoding) {
  // the tests postal-mime itself applies: base64 and quoted-printable keep their decoders
  if (/base64|quoted-printable/i.test(transferEncoding)) setupContentDecoder.call(this, transferEncoding);
  else this.contentDecoder = new JoinedLines();
};

export default PostalMime;
export * from 'postal-mime';

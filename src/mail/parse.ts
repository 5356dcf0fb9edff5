// Raw message → ParsedMessage: the one MIME parser of the project (postal-mime), used by the
// pipeline's memoized `parsed()`, the train command, the learn API and the benchmark. postal-mime
// decodes every part's charset (KOI8-R, windows-1251, ISO-8859-x, …) through TextDecoder.
import PostalMime from 'postal-mime';
import type { ParsedMessage } from '../pipeline/types.ts';

export async function parseMessage(raw: Buffer | string): Promise<ParsedMessage> {
  const input = typeof raw === 'string' ? raw : new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const email = await PostalMime.parse(input, { attachmentEncoding: 'arraybuffer' });
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    subject: email.subject ?? '',
    from: email.from?.address ?? '',
    text: email.text ?? '',
    html: email.html ?? null,
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? null,
      mimeType: a.mimeType,
      size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    })),
  };
}

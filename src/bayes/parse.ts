// Raw message → MessageView, for callers outside the SMTP pipeline (train command, web UI learn
// API, benchmark). Same parser as the pipeline's `parsed()`: postal-mime, which decodes every part's
// charset (KOI8-R, windows-1251, ISO-8859-x, …) through TextDecoder.
import PostalMime from 'postal-mime';
import type { MessageView } from './tokenize.ts';

export async function parseMessage(raw: Buffer | string): Promise<MessageView> {
  const email = await PostalMime.parse(typeof raw === 'string' ? raw : new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? null,
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? null,
      mimeType: a.mimeType,
      size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    })),
  };
}

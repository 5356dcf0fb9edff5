// RFC 2047 encoded-words in headers (Subject/From for the quarantine list and the txlog).
// Small on purpose: charsets go through TextDecoder, which knows the legacy ones (KOI8-R, cp1251).

function decodeQ(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) { bytes.push(parseInt(text.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Decodes the encoded-words of a header value given as a latin1 string of the raw bytes. */
export function decodeMimeWords(value: string): string {
  const decoded = value.replace(/=\?([^?*]+)(?:\*[^?]*)?\?([bq])\?([^?]*)\?=(\s+(?==\?))?/gi, (whole, charset: string, enc: string, text: string) => {
    try {
      const bytes = enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64') : decodeQ(text);
      return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
    } catch {
      return whole;
    }
  });
  // bytes outside encoded-words: valid UTF-8 (SMTPUTF8 mail) or else latin1 as received
  const raw = Buffer.from(decoded, 'latin1');
  if (/[^\x00-\x7f]/.test(decoded) && decoded === value) {
    try { return new TextDecoder('utf-8', { fatal: true }).decode(raw); } catch { return decoded; }
  }
  return decoded;
}

// Node 20's TextDecoder decodes windows-1252 as ISO-8859-1: bytes 0x80–0x9F come out as C1 control
// characters instead of € ‚ „ … – — ‘ ’ “ ” • ™ œ š ž Ÿ. The WHATWG Encoding standard (which
// TextDecoder implements) maps "iso-8859-1", "latin1", "us-ascii" and "cp1252" to windows-1252
// too, so every Western European mail from Outlook lost its euro signs, quotes and dashes before
// any check saw the text ("20 € Rabatt – nur heute" became "20  Rabatt  nur heute").
// postal-mime, mailauth and the rest decode through the global TextDecoder, so this module, loaded
// by the MIME parser (src/mail/parse.ts), puts right that one encoding there, and only when the
// runtime gets it wrong (a fixed Node leaves the global untouched).

/** WHATWG index-windows-1252 for 0x80–0x9F (the rest of the encoding is ISO-8859-1). */
const C1_TO_WINDOWS_1252 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
].map((cp) => String.fromCharCode(cp));

const C1_RE = /[\u0080-\u009f]/g;

/** ISO-8859-1 text → the windows-1252 reading of the same bytes. */
export function latin1ToWindows1252(text: string): string {
  return text.replace(C1_RE, (c) => C1_TO_WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
}

const Native = globalThis.TextDecoder;

/** true when this runtime decodes windows-1252 as ISO-8859-1 */
export const RUNTIME_WINDOWS_1252_BROKEN = new Native('windows-1252').decode(new Uint8Array([0x80])) !== '€';

class SpecTextDecoder extends Native {
  override decode(input?: Parameters<TextDecoder['decode']>[0], options?: TextDecodeOptions): string {
    const text = super.decode(input, options);
    return this.encoding === 'windows-1252' ? latin1ToWindows1252(text) : text;
  }
}

if (RUNTIME_WINDOWS_1252_BROKEN) globalThis.TextDecoder = SpecTextDecoder;

// RFC 2047 encoded-words ("=?koi8-r?B?…?=") in header values, decoded by postal-mime (TextDecoder,
// so every charset Node's ICU knows works).
import { decodeWords as postalDecodeWords } from './postal-mime.ts';

export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return postalDecodeWords(value);
  } catch {
    return value;
  }
}

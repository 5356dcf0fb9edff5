// OneNote sections (.one): the files embedded in them. In 2023 OneNote replaced macro documents as
// the malware carrier: a page shows "Double-click to view the document" over an embedded script or
// program (.hta, .cmd, .vbs, .exe). Each embedded file is stored whole in a FileDataStoreObject
// (MS-ONESTORE 2.6.13): a header GUID, the length, then the bytes. The names live in the section's
// property sets, which are not read: the files are judged by their content.
import { Buffer } from 'node:buffer';

/** {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}, a OneNote section's file type, in byte order */
const ONE_SECTION = Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex');
/** {BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC}: a FileDataStoreObject's header */
const FILE_DATA = Buffer.from('e716e3bd65261145a4c48d4d0b7a9eac', 'hex');

export const isOneNote = (b: Uint8Array): boolean => b.length >= 16 && ONE_SECTION.every((x, i) => b[i] === x);

/** The embedded files' bytes, at most maxFiles. */
export function oneNoteFiles(bytes: Uint8Array, maxFiles: number): Uint8Array[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Uint8Array[] = [];
  for (let at = b.indexOf(FILE_DATA); at >= 0 && files.length < maxFiles; at = b.indexOf(FILE_DATA, at + 16)) {
    // guidHeader (16), cbLength (8), unused (4), reserved (8), FileData
    if (at + 36 > b.length) break;
    const length = Number(b.readBigUInt64LE(at + 16));
    const start = at + 36;
    files.push(b.subarray(start, Math.min(b.length, start + length)));
    at = Math.max(at, Math.min(b.length, start + length) - 16);
  }
  return files;
}

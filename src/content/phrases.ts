// Phrases looked for in the offices' languages ("Änderung unserer Bankverbindung", "ha ganado",
// "переведите", "στείλτε"): the text compared in small letters with accents and other marks gone
// and spaces as one, so that a phrase is written once for every spelling of it; and a list of
// phrases as one pattern of whole words. Polish ł and Russian й: ł has no mark to lose and stays a
// letter of its own; й loses its breve and reads и.
import { withoutMarks } from './scripts.ts';

/** Text as phrases are searched in: small letters, accents and other marks gone, spaces as one. */
export const comparableText = (s: string): string => withoutMarks(s).toLowerCase().replace(/\s+/g, ' ');

/** Phrases (regular-expression sources, written as `comparableText` reads) as one pattern that matches each only at a word's start. */
export const phrasePattern = (list: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})`, 'u');

// Phrase lists as the checks search them: whole words of comparable text, and a list too long for
// one pattern V8 optimises refused where it is built, not found later as a slow gateway.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHRASE_PATTERN_MAX, comparableText, firstPhrase, phraseMatches, phrasePattern } from '../../../src/content/phrases.ts';

test('a phrase matches at the start of a word of comparable text only', () => {
  const p = phrasePattern(['neue bankverbindung', 'new iban']);
  assert.equal(firstPhrase([comparableText('Bitte beachten Sie unsere NEUE Bankverbindung:')], p), 'neue bankverbindung');
  assert.equal(firstPhrase([comparableText('Unsere erneue Bankverbindung')], p), null);
  assert.equal(firstPhrase(['nothing here', 'our new iban follows'], p), 'new iban');
});

test('a list whose pattern would pass V8\'s size for optimised patterns is refused, naming its first phrase', () => {
  const phrase = (i: number): string => `phrase number ${i} of a long list`;
  const fits = Array.from({ length: 500 }, (_, i) => phrase(i));
  assert.ok(fits.join('|').length < PHRASE_PATTERN_MAX);
  assert.doesNotThrow(() => phrasePattern(fits));
  const tooLong = Array.from({ length: 800 }, (_, i) => phrase(i));
  assert.throws(() => phrasePattern(tooLong), /phrase pattern of \d+ characters \(from "phrase number 0 of a long list"\): split the list/);
});

test('every check module builds its phrase patterns within the size', async () => {
  // importing the checks builds every pattern; one over the size throws here
  const { CHECKS } = await import('../../../src/pipeline/checks/index.ts');
  assert.ok(CHECKS.length > 40);
});

test('every match of a phrase pattern, in order, and the same pattern may be searched again inside the loop', () => {
  const p = phrasePattern(['new iban', 'neue bankverbindung']);
  const text = 'our new iban is below; die neue bankverbindung gilt ab heute; the new iban again';
  assert.deepEqual([...phraseMatches(text, p)].map((m) => [m[0], m.index]), [['new iban', 4], ['neue bankverbindung', 27], ['new iban', text.lastIndexOf('new iban')]]);
  const nested: string[] = [];
  for (const m of phraseMatches(text, p)) nested.push(`${m[0]}:${[...phraseMatches(text, p)].length}`);
  assert.deepEqual(nested, ['new iban:3', 'neue bankverbindung:3', 'new iban:3']);
  // the pattern itself is left as it was (not global, no lastIndex moved)
  assert.equal(p.global, false);
  assert.equal(p.lastIndex, 0);
  assert.deepEqual([...phraseMatches('nothing here', p)], []);
});

// Characters that print as nothing (src/content/invisible.ts): dropped wherever words are compared,
// counted where they split a word of an alphabet that never needs them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invisibleWordBreaks, stripInvisible } from '../../../src/content/invisible.ts';
import { normalizeText, words } from '../../../src/bayes/tokenize.ts';
import { personNameKey } from '../../../src/mail/address.ts';

describe('invisible characters', () => {
  it('are dropped: zero-width space/joiners, word joiner, soft hyphen, BOM, direction marks, Hangul fillers, tag characters', () => {
    const hidden = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e', '\u202e', '\u3164', '\u{e0041}\u{e0042}', '\u034f'];
    for (const c of hidden) assert.equal(stripInvisible(`Pay${c}Pal`), 'PayPal', JSON.stringify(c));
    assert.equal(stripInvisible('plain text'), 'plain text');
    assert.equal(stripInvisible('👍\ufe0f'), '👍', 'variation selectors too (only where text is compared)');
  });

  it('the classifier reads a split word as the word the reader sees', () => {
    assert.deepEqual(words('Pay\u200bPal V\u2060i\u200da\u00adgra'), words('PayPal Viagra'));
    assert.equal(normalizeText('Сбер\u200bбанк'), 'сбербанк');
  });

  it('a display name with invisible characters is the same person', () => {
    assert.equal(personNameKey('An\u200bna Schm\u2060idt'), personNameKey('Anna Schmidt'));
  });

  it('splits inside Latin, Cyrillic and Greek words are found and shown with their code points', () => {
    assert.deepEqual(invisibleWordBreaks('Your Pay\u200bPal account at Сбер\u2060банк, Τράπ\u200cεζα'),
      ['Pay⟨U+200B⟩Pal', 'Сбер⟨U+2060⟩банк', 'Τράπ⟨U+200C⟩εζα']);
    assert.deepEqual(invisibleWordBreaks('A\u200b\u200cB'), ['A⟨U+200B U+200C⟩B']);
    assert.deepEqual(invisibleWordBreaks('secret\u{e0041}text'), ['secret⟨U+E0041⟩text']);
  });

  it('not counted: soft hyphens, ZWNJ in Persian and Hindi (written by rule), invisible characters between words or digits', () => {
    assert.deepEqual(invisibleWordBreaks('Versicherungs\u00adbedingungen und Haft\u00adpflicht'), []);
    assert.deepEqual(invisibleWordBreaks('می\u200cخواهم'), [], 'Persian');
    assert.deepEqual(invisibleWordBreaks('क्\u200dष'), [], 'Devanagari');
    assert.deepEqual(invisibleWordBreaks('preview \u200c\u00a0\u200c\u00a0 text'), [], 'newsletter preview padding');
    assert.deepEqual(invisibleWordBreaks('2024\u200b-12\u200b-01 and 555\u200b0100'), [], 'phones are kept from linking dates and numbers');
    assert.deepEqual(invisibleWordBreaks('👩\u200d💻'), [], 'an emoji sequence');
  });
});

// The 7-Zip reader's unpacking (src/content/sevenzip.ts) on archives written by 7-Zip itself (7zz):
// the files of an archive no password locks, and the keys of locked ones kept for the next archive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sevenZipFiles, sevenZipUnlock } from '../../../src/content/sevenzip.ts';
import { sevenZipArchive } from '../../helpers/zip.ts';

const files: Array<[string, string]> = [['a/rechnung.pdf', '%PDF-1.4 Rechnung'], ['foto.jpg', 'JPEG'.repeat(100)], ['brief.docx', 'PK Brief']];

describe('7-Zip archives unpacked', () => {
  it('an archive no password locks: the wanted files, packed with LZMA2, LZMA or stored', async () => {
    for (const opts of [{}, { method: 'LZMA' }, { method: 'Copy' }, { level: 9 }]) {
      const archive = sevenZipArchive(files, opts);
      const got = await sevenZipFiles(archive, (n) => !n.endsWith('.jpg'), 100, { bytes: 1_000_000 });
      assert.deepEqual(got.map((f) => [f.name, f.content.toString()]), [['a/rechnung.pdf', '%PDF-1.4 Rechnung'], ['brief.docx', 'PK Brief']], JSON.stringify(opts));
    }
  });

  it('within the budget: a folder larger than what is left is not unpacked, and what is unpacked is spent', async () => {
    const archive = sevenZipArchive(files);
    assert.deepEqual(await sevenZipFiles(archive, () => true, 100, { bytes: 100 }), []);
    const budget = { bytes: 1_000_000 };
    assert.equal((await sevenZipFiles(archive, () => true, 100, budget)).length, 3);
    assert.equal(budget.bytes, 1_000_000 - files.reduce((n, [, c]) => n + c.length, 0));
  });

  it('a locked archive gives nothing without its password; damage gives nothing, never an exception', async () => {
    assert.deepEqual(await sevenZipFiles(sevenZipArchive(files, { password: 'x1' }), () => true, 100, { bytes: 1_000_000 }), []);
    const archive = sevenZipArchive(files);
    assert.deepEqual(await sevenZipFiles(archive.subarray(0, 40), () => true, 100, { bytes: 1_000_000 }), []);
  });

  it('a key derived is kept: the next archive with that password opens without deriving one', async () => {
    const password = `K-${process.pid}-${Date.now()}`;
    const first = sevenZipArchive(files, { password });
    const second = sevenZipArchive([['other.pdf', '%PDF-1.4 other']], { password, encryptNames: true });
    assert.equal((await sevenZipUnlock(first, [password], 100, { bytes: 1_000_000, sevenZipKeys: 1 })).files.length, 3);
    // no key left to derive: opened by the kept one (7-Zip writes no salt, so one password is one key)
    const budget = { bytes: 1_000_000, sevenZipKeys: 0 };
    assert.deepEqual((await sevenZipUnlock(second, [password], 100, budget)).files.map((f) => f.name), ['other.pdf']);
    assert.equal(budget.sevenZipKeys, 0);
    // a password not met before still needs a key of the budget
    const other = sevenZipArchive(files, { password: `${password}-new` });
    assert.deepEqual((await sevenZipUnlock(other, [`${password}-new`], 100, { bytes: 1_000_000, sevenZipKeys: 0 })).files, []);
  });
});

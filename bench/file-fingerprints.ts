// Where the file fingerprints apply on the SpamAssassin corpus: the messages whose text is too
// short for a fingerprint (under bulk.minWords words), and of those, the ones with a picture of 100 px a
// side or more or a file of 2 KB or more, which an admin's "Spam" or a spam trap can now block
// (src/fuzzy/files.ts); and what reading them costs per message against parsing it, in one run.
// `node --import tsx bench/file-fingerprints.ts`
import { fileFingerprints } from '../src/fuzzy/files.ts';
import { fingerprintView } from '../src/fuzzy/fingerprint.ts';
import { corpusSets, cpuMs, parsedCorpusSet } from './corpus.ts';

console.log('| set | messages | text too short | of those, with files | files µs/msg | parse µs/msg | ratio to parse |');
console.log('|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  const { views, parseUs } = await parsedCorpusSet(set);
  const short = views.filter(({ view }) => fingerprintView(view).length === 0);
  const withFiles = short.filter(({ view }) => fileFingerprints(view).length > 0).length;
  let us = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = cpuMs();
    for (const { view } of short) fileFingerprints(view);
    us = ((cpuMs() - t) * 1000) / views.length;
  }
  const pct = (n: number) => `${n} (${((100 * n) / views.length).toFixed(1)} %)`;
  console.log(`| ${set} | ${views.length} | ${pct(short.length)} | ${pct(withFiles)} | ${us.toFixed(1)} | ${parseUs.toFixed(0)} | ${(us / parseUs).toFixed(3)} |`);
}

// The qr-codes check on the SpamAssassin corpus: how many messages have pictures it reads, how
// many drawings (HTML tables, block characters, SVG in the HTML) look like codes, how often QR_CODE_LINK fires on
// ham and spam (the corpus predates QR codes in mail: a hit on ham is a false positive to look at),
// the wall time the check takes per message with pictures, and its CPU per message without (the
// search for drawings in the HTML and the text). Ham hits are listed on stderr.
// `node --import tsx bench/qr-corpus.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { imageSize } from '../src/content/images.ts';
import { tableGrids, blockGrids } from '../src/content/qr-drawn.ts';
import { inlineSvgCodes } from '../src/content/qr-svg.ts';
import { qrOptionsSchema } from '../src/content/qr.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { qrCodesCheck } from '../src/pipeline/checks/qr-codes.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: { 'smtp.localDomains': ['example.com', 'jmason.org', 'taint.org'] } });
const options = qrOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof qrCodesCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | with pictures | pictures | drawings found | QR_CODE_LINK | ms per message with pictures (mean) | µs CPU per message without (mean) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, withPictures = 0, pictures = 0, drawings = 0, fired = 0, ms = 0, plainCpuUs = 0;
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    const images = view.attachments.filter((a) => imageSize(a.content)).length;
    drawings += (view.html ? tableGrids(view.html).length + inlineSvgCodes(view.html).length : 0) + blockGrids(view.text ?? '').length;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const hits = await qrCodesCheck.run(corpusContext(raw, view), { options, config, store, log, signal: new AbortController().signal });
    if (images) {
      withPictures++;
      pictures += images;
      ms += performance.now() - t;
    } else {
      const used = process.cpuUsage(cpu);
      plainCpuUs += used.user + used.system;
    }
    fired += hits.length;
    if (hits.length && set.includes('ham')) console.error(`  ${file}: ${hits[0]!.detail}`);
  }
  console.log(`| ${set} | ${n} | ${withPictures} | ${pictures} | ${drawings} | ${fired} | ${withPictures ? (ms / withPictures).toFixed(1) : '–'} | ${(plainCpuUs / (n - withPictures)).toFixed(0)} |`);
}

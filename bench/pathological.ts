// Pathological messages through the whole inbound data phase, in one process: 200 kB bodies (text
// and HTML) and 30 kB Subject/From/Reply-To headers made of one fragment repeated ("a.", "<a ",
// "<!--", "=?utf-8?q?"…), and two ordinary but 20 MB bodies. A pattern that backtracks quadratically on such input blocks the event
// loop, and with it every other SMTP session of the worker, for seconds to minutes: the time-boxes
// of the checks cannot fire while a regex runs. Prints the slowest messages (CPU seconds) next to
// an ordinary message's cost. `node --import tsx bench/pathological.ts [--show N]`
import pino from 'pino';
import { offlinePipeline } from './offline-pipeline.ts';

const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? Number(process.argv[showAt + 1]) : 8;
const FRAGMENTS = [
  'a.', 'www.', 'http://', 'http://a', '<a ', '<a href=', '@', 'a@', 'a@a.', '=?utf-8?q?', '=?utf-8?b?', '&#', '&#1', '&amp;', '%2',
  '\\', 'xn--', '-', '_', ' .', '(', '[', '"', "'", 'ёа', 'аa', '1.', '.com', ':', '//', '?q=', '<', '<!--', '<style>', '<script>',
  'a ', 'A', '!', '$', '€', '\t', '=', '=\r\n', '  \r\n', 'a-', 'www.a', 'https://a.b/?u=http', '<img src=', '<meta ', 'url(', 'cid:',
  '.', 'Aa ', 'ßüöä ', 'Привет ', 'αβγ ', '<input ', 'x-', ' 000', 'bc1q', '1A1z', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy ', 'T', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xa',
];
const repeat = (f: string, bytes: number): string => f.repeat(Math.ceil(bytes / f.length));
const ORDINARY = 'an ordinary message';
function* messages(): Generator<[string, Buffer]> {
  // twice: the first run also warms up the code
  for (let i = 0; i < 2; i++) yield [ORDINARY, Buffer.from('From: Anna <anna@sender.example>\r\nTo: u@example.com\r\nSubject: meeting\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' + 'Hello, see you at ten. '.repeat(40) + '\r\n')];

  for (const f of FRAGMENTS) {
    const shown = JSON.stringify(f);
    for (const type of ['plain', 'html']) {
      yield [`${type} body ${shown}`, Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/${type}; charset=utf-8\r\n\r\n${repeat(f, 200_000)}\r\n`)];
    }
    // the same inside a style sheet, which is read for class rules that hide text
    yield [`style sheet ${shown}`, Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<style>${repeat(f, 200_000)}</style><p class="a">text</p>\r\n`)];
    const h = repeat(f, 30_000).replace(/\r\n/g, ' ');
    yield [`Subject ${shown}`, Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: ${h}\r\n\r\nhi\r\n`)];
    yield [`From/Reply-To ${shown}`, Buffer.from(`From: ${h} <a@b.example>\r\nReply-To: ${h}\r\nTo: u@example.com\r\nSubject: x\r\n\r\nhi\r\n`)];
  }
  // the phrase checks read further only past their first test (a starting capital, a list of
  // people, a ranking promised…): each such opening, then 200 kB of what sums and counts are made of
  const OPENINGS = ['Startkapital 250 €. ', 'Would you acquire the attendees list? Counts: ', 'First page of Google, results guaranteed: we analysed your website. ',
    'Bitte spenden Sie: ', 'You have won the lottery; send your passport and ', 'Keep this between us and transfer ', 'Our bank details have changed: ', 'Jahrespreis im Firmenregister ', 'Arbeit von zu Hause, 300 € pro Tag '];
  for (const opening of OPENINGS) for (const f of ['1.', ' 000']) {
    yield [`${JSON.stringify(opening.slice(0, 24))} then ${JSON.stringify(f)}`, Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${opening}1${repeat(f, 200_000)}\r\n`)];
  }
  // a Bitcoin wallet, after which the sums of money are looked for: thousands groups without end
  yield ['wallet and 200 kB of " 000"', Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\n\r\npay to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy 1${repeat(' 000', 200_000)}\r\n`)];
  // forwards nested in forwards (message/rfc822, each ~130 bytes): the MIME parser reads each
  // inline level again; and parts nested deeper than it accepts (refused: MIME_UNREADABLE)
  let forwards = 'Content-Type: text/plain\r\n\r\nhello\r\n';
  for (let i = 0; i < 6000; i++) forwards = `Content-Type: multipart/mixed; boundary="c${i}"\r\n\r\n--c${i}\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.example\r\nSubject: ${i}\r\n${forwards}--c${i}--\r\n`;
  yield ['forwards nested 6000 deep (0.8 MB)', Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n${forwards}`)];
  let parts = 'Content-Type: text/plain\r\n\r\nhello\r\n';
  for (let i = 0; i < 300; i++) parts = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${parts}--b${i}--\r\n`;
  yield ['parts nested 300 deep', Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n${parts}`)];
  // big but ordinary: 20 MB bodies under the default 25 MB size limit
  const para = '<p>Hello <b>world</b>, see <a href="http://x.example/p">the page</a> for details. Regards.</p>\n';
  yield ['20 MB HTML body', Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n${repeat(para, 20_000_000)}\r\n`)];
  yield ['20 MB text body', Buffer.from(`From: a@b.example\r\nTo: u@example.com\r\nSubject: x\r\n\r\n${repeat('Hello world, see http://x.example/p for the details of this offer. Regards.\n', 20_000_000)}\r\n`)];
}

// no DNS answers (a closed port) and no clamd: the CPU of parsing and the checks is what counts
const gateway = await offlinePipeline(pino({ level: 'silent' }));
const results: Array<{ name: string; cpu: number }> = [];
for (const [name, raw] of messages()) {
  const c0 = process.cpuUsage();
  await gateway.run(name, raw);
  const c = process.cpuUsage(c0);
  results.push({ name, cpu: (c.user + c.system) / 1e6 });
}
await gateway.close();

const ordinary = results[1]!.cpu;
const rest = results.slice(2).sort((a, b) => b.cpu - a.cpu);
console.log(`${rest.length} pathological messages; an ordinary one: ${(ordinary * 1000).toFixed(0)} ms CPU`);
console.log('| message | CPU s |');
console.log('|---|---|');
for (const r of rest.slice(0, show)) console.log(`| ${r.name} | ${r.cpu.toFixed(2)} |`);
console.log(`| median of all | ${rest[Math.floor(rest.length / 2)]!.cpu.toFixed(2)} |`);

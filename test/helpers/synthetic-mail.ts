// Small synthetic spam and ham for tests that need a trained Bayes model: words drawn from a spam
// and a ham vocabulary (English and Russian) and common filler, by a seeded generator, so a test
// gets the same messages on every run.
const SPAM = 'cheap pills casino winner lottery prize claim urgent discount credit bitcoin investment guaranteed скидка бесплатно выигрыш'.split(' ');
const HAM = 'meeting agenda project report review schedule minutes budget deadline team draft invoice совещание проект отчёт'.split(' ');
const FILLER = ['the', 'and', 'to', 'of', 'и', 'в'];

/** A generator of messages: `(kind, i)` gives message i of that kind (its Message-ID and sender follow i). */
export function syntheticMail(seed: number): (kind: 'spam' | 'ham', i: number) => string {
  let state = seed;
  const rnd = (): number => { state = (state * 16807) % 2147483647; return state / 2147483647; };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return (kind, i) => {
    const v = kind === 'spam' ? SPAM : HAM;
    return `From: ${kind}${i % 4}@${kind}.test\r\nTo: user@example.com\r\nSubject: ${pick(v)} ${pick(v)}\r\nMessage-ID: <r${kind}${i}@t.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${Array.from({ length: 40 }, () => (rnd() < 0.5 ? pick(v) : pick(FILLER))).join(' ')}\r\n`;
  };
}

// Filled rectangles a PDF page draws: how a QR code is drawn as vector art ("x y w h re f" per
// module, as ReportLab and most PDF libraries write it), which no picture extractor sees. The QR
// reader (qr.ts) turns a stream's dark rectangles into a module grid (qr-svg.ts) and reads it like
// the codes drawn in HTML. Only what a code needs is followed: the graphics state's save/restore,
// axis-aligned transformations (cm) and the fill colour (gray, RGB, CMYK); text, curves, clipping
// and images are skipped.

/** a filled rectangle in page space, the y axis pointing down (so a grid reads top to bottom as it is seen) */
export interface FilledRect { x0: number; y0: number; x1: number; y1: number }

/** rectangles kept per stream: more is not a QR drawing (or not one worth the time) */
const MAX_RECTS = 40_000;
/** fewer dark rectangles than this cannot draw a QR code (21 × 21 modules, runs merged, still has more) */
export const MIN_RECTS = 30;

interface Matrix { a: number; d: number; e: number; f: number }
const IDENTITY: Matrix = { a: 1, d: 1, e: 0, f: 0 };

/** "a b c d e f cm" on the current matrix; null when it rotates or skews (no QR generator does) */
const concat = (m: Matrix, [a, b, c, d, e, f]: number[]): Matrix | null =>
  b === 0 && c === 0 ? { a: a! * m.a, d: d! * m.d, e: e! * m.a + m.e, f: f! * m.d + m.f } : null;

/** luminance (0–1) of a fill colour from its components: gray, RGB or CMYK */
function lightness(components: number[]): number | null {
  if (components.length === 1) return components[0]!;
  if (components.length === 3) return 0.299 * components[0]! + 0.587 * components[1]! + 0.114 * components[2]!;
  if (components.length === 4) {
    const [c, m, y, k] = components as [number, number, number, number];
    return 0.299 * (1 - Math.min(1, c + k)) + 0.587 * (1 - Math.min(1, m + k)) + 0.114 * (1 - Math.min(1, y + k));
  }
  return null;
}

/** a token of a content stream: a string's start, a comment, a hex string or dictionary, a name, or a word (number or operator) */
const TOKEN = /\(|%[^\r\n]*|<[^>]*>?|\/[^\s/()<>[\]{}%]*|[^\s/()<>[\]{}%]+/g;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Operators and numbers of a content stream; strings, names, comments and dictionaries are skipped. */
function* tokens(s: string): Generator<number | string> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const t = m[0];
    if (t === '(') {
      // a string, nested parentheses and escapes: skip to its end
      let depth = 1, i = TOKEN.lastIndex;
      for (; i < s.length && depth > 0; i++) {
        const c = s[i];
        if (c === '\\') i++;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
      }
      TOKEN.lastIndex = i;
      continue;
    }
    const c = t.charCodeAt(0);
    if (c === 0x25 || c === 0x3c || c === 0x2f) continue; // % comment, <hex> or <<, /Name
    yield NUMBER.test(t) ? Number(t) : t;
  }
}

/** The dark filled rectangles a content stream draws (at most MAX_RECTS), in page space with y down. */
export function darkRects(content: string): FilledRect[] {
  const out: FilledRect[] = [];
  const stack: Array<{ m: Matrix | null; dark: boolean }> = [];
  let m: Matrix | null = IDENTITY;
  let dark = true; // the initial fill colour is black
  let operands: number[] = [];
  let pending: number[][] = [];
  let inText = false;
  for (const t of tokens(content)) {
    if (typeof t === 'number') { operands.push(t); continue; }
    const args = operands;
    operands = [];
    if (inText) { if (t === 'ET') inText = false; continue; }
    switch (t) {
      case 'BT': inText = true; break;
      case 'q': stack.push({ m, dark }); break;
      case 'Q': ({ m, dark } = stack.pop() ?? { m, dark }); break;
      case 'cm': if (args.length === 6 && m) m = concat(m, args); break;
      case 'g': case 'rg': case 'k': case 'sc': case 'scn': {
        const l = lightness(args);
        if (l !== null) dark = l < 0.5;
        break;
      }
      case 're': if (args.length === 4) pending.push(args); break;
      case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*':
        if (dark && m) {
          for (const [x, y, w, h] of pending) {
            const xs = [m.a * x! + m.e, m.a * (x! + w!) + m.e].sort((p, q) => p - q);
            const ys = [-(m.d * y! + m.f), -(m.d * (y! + h!) + m.f)].sort((p, q) => p - q);
            if (xs[1]! > xs[0]! && ys[1]! > ys[0]!) out.push({ x0: xs[0]!, y0: ys[0]!, x1: xs[1]!, y1: ys[1]! });
            if (out.length >= MAX_RECTS) return out;
          }
        }
        pending = [];
        break;
      case 'n': case 'S': case 's': pending = []; break;
      default: break;
    }
  }
  return out;
}

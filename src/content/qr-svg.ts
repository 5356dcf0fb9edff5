// QR codes drawn as SVG: an attached .svg picture or an <svg> in the HTML. QR generators draw the
// modules as rectangles (qrencode), as strokes one module thick (node-qrcode, segno, qrencode
// --svg-path) or as filled outlines (qrcode-generator); the picture is vector art, so the image
// reader cannot take it as it is. This reads the dark axis-aligned shapes, finds the module size,
// and samples the module grid at the cells' centres; qr-drawn.ts renders that grid for the reader.
// Curves, rotations and text are not drawn: no QR generator needs them. A PDF page's rectangles
// (pdf-drawing.ts) become a grid the same way (rectsGrid).
import { luminance, renderGrid, square, type DrawnCode } from './qr-drawn.ts';

/** characters of an SVG read; a QR code of 177 modules as one rect each is about 8 MB at most, real ones far less */
const SVG_READ_MAX_CHARS = 4_000_000;
/** characters of the HTML searched for <svg> pictures, and pictures read per message */
const HTML_SEARCHED = 1_000_000;
const MAX_PICTURES = 4;
/** shapes read per picture: more is not a QR drawing (or not one worth the time) */
const MAX_SHAPES = 40_000;
/** cells sampled per side at most (the largest code plus margins) */
const MAX_CELLS = 240;

interface Box { x0: number; y0: number; x1: number; y1: number }
/** a vertical edge of a filled outline, for even-odd filling row by row */
interface Edge { x: number; y0: number; y1: number }
/** an axis-aligned transform: x' = sx·x + tx, y' = sy·y + ty */
interface Transform { sx: number; sy: number; tx: number; ty: number }

const IDENTITY: Transform = { sx: 1, sy: 1, tx: 0, ty: 0 };
const compose = (outer: Transform, inner: Transform): Transform =>
  ({ sx: outer.sx * inner.sx, sy: outer.sy * inner.sy, tx: outer.sx * inner.tx + outer.tx, ty: outer.sy * inner.ty + outer.ty });

/** translate, scale and axis-aligned matrix(); null for anything that rotates or skews */
function parseTransform(value: string | undefined): Transform | null {
  let t = IDENTITY;
  if (!value) return t;
  for (const m of value.matchAll(/(translate|scale|matrix)\s*\(([^)]*)\)/gi)) {
    const n = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (n.some((v) => !Number.isFinite(v))) return null;
    const kind = m[1]!.toLowerCase();
    let step: Transform;
    if (kind === 'translate') step = { sx: 1, sy: 1, tx: n[0] ?? 0, ty: n[1] ?? 0 };
    else if (kind === 'scale') step = { sx: n[0] ?? 1, sy: n[1] ?? n[0] ?? 1, tx: 0, ty: 0 };
    else if (n[1] === 0 && n[2] === 0) step = { sx: n[0] ?? 1, sy: n[3] ?? 1, tx: n[4] ?? 0, ty: n[5] ?? 0 };
    else return null;
    t = compose(t, step);
  }
  if (/\b(?:rotate|skew[xy]?)\s*\(/i.test(value)) return null;
  return t;
}

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);
const styleValue = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`, 'i').exec(attribute(attrs, 'style') ?? '')?.[1]?.trim();
/** a paint attribute (fill, stroke), from the style or the attribute, inherited from the groups */
const paint = (attrs: string, name: string, inherited: string | undefined): string | undefined => styleValue(attrs, name) ?? attribute(attrs, name) ?? inherited;
const isDark = (value: string | undefined): boolean => {
  if (value === undefined || /^none$/i.test(value)) return false;
  const l = luminance(value);
  return l !== null && l < 128;
};

/** Path commands as [command, numbers] (absolute and relative moves, lines, closes; anything else ends the path). */
function pathCommands(d: string): Array<[string, number[]]> | null {
  const out: Array<[string, number[]]> = [];
  for (const m of d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)) {
    if (!/[MmLlHhVvZz]/.test(m[1]!)) return null;
    const numbers = (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    out.push([m[1]!, numbers]);
    if (out.length > MAX_SHAPES) return null;
  }
  return out;
}

/** The segments of a path (in its own coordinates), by subpath; null when a segment is not axis-aligned. */
function pathSegments(d: string): Array<Array<[number, number, number, number]>> | null {
  const commands = pathCommands(d);
  if (!commands) return null;
  const subpaths: Array<Array<[number, number, number, number]>> = [];
  let x = 0, y = 0, startX = 0, startY = 0;
  let current: Array<[number, number, number, number]> = [];
  const lineTo = (nx: number, ny: number): boolean => {
    if (nx !== x && ny !== y) return false;
    current.push([x, y, nx, ny]);
    x = nx; y = ny;
    return true;
  };
  for (const [c, n] of commands) {
    const rel = c === c.toLowerCase();
    switch (c.toUpperCase()) {
      case 'M':
        for (let i = 0; i + 1 < n.length; i += 2) {
          if (i === 0) {
            if (current.length) subpaths.push(current);
            current = [];
            x = rel ? x + n[0]! : n[0]!; y = rel ? y + n[1]! : n[1]!;
            startX = x; startY = y;
          } else if (!lineTo(rel ? x + n[i]! : n[i]!, rel ? y + n[i + 1]! : n[i + 1]!)) return null; // further pairs are lines
        }
        break;
      case 'L':
        for (let i = 0; i + 1 < n.length; i += 2) if (!lineTo(rel ? x + n[i]! : n[i]!, rel ? y + n[i + 1]! : n[i + 1]!)) return null;
        break;
      case 'H': for (const v of n) lineTo(rel ? x + v : v, y); break;
      case 'V': for (const v of n) lineTo(x, rel ? y + v : v); break;
      case 'Z':
        if (x !== startX || y !== startY) lineTo(startX, y) && lineTo(startX, startY);
        if (current.length) subpaths.push(current);
        current = [];
        x = startX; y = startY;
        break;
    }
  }
  if (current.length) subpaths.push(current);
  return subpaths;
}

/** The dark shapes of an SVG, in its user units: filled boxes and the vertical edges of filled outlines. */
function darkShapes(svg: string): { boxes: Box[]; edges: Edge[]; unit: number } | null {
  const boxes: Box[] = [];
  const edges: Edge[] = [];
  let unit = Infinity;
  const note = (length: number): void => { if (length > 1e-6) unit = Math.min(unit, length); };
  const groups: Array<{ t: Transform; fill?: string; stroke?: string; strokeWidth?: string }> = [{ t: IDENTITY, fill: 'black' }];
  for (const m of svg.slice(0, SVG_READ_MAX_CHARS).matchAll(/<(\/?)(svg|g|a|rect|path)\b([^<>]*?)(\/?)>/gi)) {
    const [, closing, tagName, attrs = '', selfClosing] = m;
    const tag = tagName!.toLowerCase();
    const parent = groups.at(-1)!;
    if (closing) {
      if (tag !== 'rect' && tag !== 'path' && groups.length > 1) groups.pop();
      continue;
    }
    const own = parseTransform(attribute(attrs, 'transform'));
    if (!own) return null;
    const t = compose(parent.t, own);
    const fill = paint(attrs, 'fill', parent.fill);
    const stroke = paint(attrs, 'stroke', parent.stroke);
    const strokeWidth = styleValue(attrs, 'stroke-width') ?? attribute(attrs, 'stroke-width') ?? parent.strokeWidth;
    if (tag === 'svg' || tag === 'g' || tag === 'a') {
      if (!selfClosing) groups.push({ t, fill, stroke, strokeWidth });
      continue;
    }
    if (boxes.length + edges.length > MAX_SHAPES) return null;
    const box = (x0: number, y0: number, x1: number, y1: number): void => {
      const [ax, bx] = [t.sx * x0 + t.tx, t.sx * x1 + t.tx].sort((a, b) => a - b);
      const [ay, by] = [t.sy * y0 + t.ty, t.sy * y1 + t.ty].sort((a, b) => a - b);
      boxes.push({ x0: ax!, y0: ay!, x1: bx!, y1: by! });
      note(bx! - ax!); note(by! - ay!);
    };
    if (tag === 'rect') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => parseFloat(attribute(attrs, k) ?? '0'));
      if (isDark(fill) && w! > 0 && h! > 0) box(x!, y!, x! + w!, y! + h!);
      continue;
    }
    const subpaths = pathSegments(attribute(attrs, 'd') ?? '');
    if (!subpaths) return null;
    if (isDark(stroke)) {
      // lines one stroke wide: a horizontal run of modules as "M4 4.5h7"
      const half = parseFloat(strokeWidth ?? '1') / 2;
      if (!(half > 0)) continue;
      for (const [x0, y0, x1, y1] of subpaths.flat()) {
        if (y0 === y1 && x0 !== x1) box(Math.min(x0, x1), y0 - half, Math.max(x0, x1), y0 + half);
        else if (x0 === x1 && y0 !== y1) box(x0 - half, Math.min(y0, y1), x0 + half, Math.max(y0, y1));
      }
    } else if (isDark(fill)) {
      for (const sub of subpaths) {
        for (const [x0, y0, x1, y1] of sub) {
          const [ax, ay, bx, by] = [t.sx * x0 + t.tx, t.sy * y0 + t.ty, t.sx * x1 + t.tx, t.sy * y1 + t.ty];
          if (ax === bx && ay !== by) { edges.push({ x: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) }); note(Math.abs(by - ay)); }
          else if (ay === by) note(Math.abs(bx - ax));
        }
      }
    }
  }
  return Number.isFinite(unit) ? { boxes, edges, unit } : null;
}

/** The module grid an SVG draws, without its margin, when it could be a QR code; else null. */
export function svgGrid(svg: string): boolean[][] | null {
  const shapes = darkShapes(svg);
  return shapes && gridOf(shapes);
}

/** relative tolerance for a side to count as a whole number of modules, and a corner as on the lattice */
const LATTICE_SLACK = 0.1;
const onLattice = (v: number, unit: number): boolean => Math.abs(v / unit - Math.round(v / unit)) <= LATTICE_SLACK;

/**
 * The module grid of a PDF page's dark rectangles (pdf-drawing.ts) when they draw a QR code: the
 * module is the most common short side, and only rectangles a whole number of modules wide and high
 * on one lattice are the code's (a page's other filled boxes, a heading's bar, are not); null when
 * that is no grid a code could be.
 */
export function rectsGrid(rects: ReadonlyArray<Box>): boolean[][] | null {
  const sides = new Map<number, number>();
  for (const r of rects) {
    const side = Math.round(Math.min(r.x1 - r.x0, r.y1 - r.y0) * 1000) / 1000;
    sides.set(side, (sides.get(side) ?? 0) + 1);
  }
  const unit = [...sides].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  if (!(unit > 0)) return null;
  const sized = rects.filter((r) => onLattice(r.x1 - r.x0, unit) && onLattice(r.y1 - r.y0, unit));
  if (!sized.length) return null;
  // the lattice of the code: the corner most of the module-sized rectangles share
  const origin = sized.find((r) => r.x1 - r.x0 <= unit * (1 + LATTICE_SLACK) && r.y1 - r.y0 <= unit * (1 + LATTICE_SLACK)) ?? sized[0]!;
  const boxes = sized.filter((r) => onLattice(r.x0 - origin.x0, unit) && onLattice(r.y0 - origin.y0, unit));
  return gridOf({ boxes, edges: [], unit });
}

/** A PDF page's QR code drawn as rectangles, rendered, or null. */
export function rectsCode(rects: ReadonlyArray<Box>): DrawnCode | null {
  const grid = rectsGrid(rects);
  return grid && renderGrid(grid);
}

/** The grid dark boxes and filled outlines cover, sampled at the cells' centres, without its margin. */
function gridOf({ boxes, edges, unit }: { boxes: Box[]; edges: Edge[]; unit: number }): boolean[][] | null {
  const xs = [...boxes.flatMap((b) => [b.x0, b.x1]), ...edges.map((e) => e.x)];
  const ys = [...boxes.flatMap((b) => [b.y0, b.y1]), ...edges.flatMap((e) => [e.y0, e.y1])];
  if (!xs.length) return null;
  const left = Math.min(...xs), top = Math.min(...ys);
  const cols = Math.round((Math.max(...xs) - left) / unit);
  const rows = Math.round((Math.max(...ys) - top) / unit);
  if (cols < 1 || rows < 1 || cols > MAX_CELLS || rows > MAX_CELLS) return null;
  const grid = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const cell = (v: number, origin: number): number => Math.floor((v - origin) / unit + 1e-6);
  // boxes: every cell whose centre they cover
  for (const b of boxes) {
    for (let r = Math.max(0, cell(b.y0, top + unit / 2) + 1); r < rows && top + (r + 0.5) * unit < b.y1; r++) {
      for (let c = Math.max(0, cell(b.x0, left + unit / 2) + 1); c < cols && left + (c + 0.5) * unit < b.x1; c++) grid[r]![c] = true;
    }
  }
  // filled outlines: even-odd along each row of centres
  if (edges.length) {
    for (let r = 0; r < rows; r++) {
      const cy = top + (r + 0.5) * unit;
      const crossing = edges.filter((e) => e.y0 <= cy && cy < e.y1).map((e) => e.x).sort((a, b) => a - b);
      for (let i = 0; i + 1 < crossing.length; i += 2) {
        for (let c = 0; c < cols; c++) {
          const cx = left + (c + 0.5) * unit;
          if (cx > crossing[i]! && cx < crossing[i + 1]!) grid[r]![c] = true;
        }
      }
    }
  }
  return square(grid);
}

/** The QR codes drawn as <svg> in the HTML, rendered (at most a few pictures read). */
export function inlineSvgCodes(html: string): DrawnCode[] {
  const out: DrawnCode[] = [];
  const text = html.slice(0, HTML_SEARCHED);
  const lower = text.toLowerCase();
  // indexOf, not one pattern from "<svg" to "</svg>": a page of unclosed "<svg" would make that quadratic
  for (let read = 0, at = lower.indexOf('<svg'); at >= 0 && read < MAX_PICTURES; read++) {
    const end = lower.indexOf('</svg', at);
    if (end < 0) break;
    const grid = svgGrid(text.slice(at, end));
    if (grid) out.push(renderGrid(grid));
    at = lower.indexOf('<svg', end);
  }
  return out;
}

/** An attached SVG picture's QR code, rendered, or null. */
export function svgCode(content: Uint8Array): DrawnCode | null {
  const grid = svgGrid(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8'));
  return grid && renderGrid(grid);
}

// QR codes drawn without a picture: an HTML table whose cells are the modules (black and white
// backgrounds), or lines of Unicode block characters (█ ▀ ▄) in the text. Phishers send them so
// since image scanning became common: the mail has no image to read, yet a phone's camera reads
// the code on the screen. Each drawing becomes a small picture (4 pixels per module, with a quiet
// zone) for the same reader as the images (qr.ts). SVG drawings: qr-svg.ts.
import { parseColor } from './html-style.ts';

/** pixels per module in the rendered picture */
const SCALE = 4;
/** modules of quiet zone added around a drawing */
const QUIET = 4;
/** a QR code has 21 (version 1) to 177 (version 40) modules a side; a drawing may add its own margin */
const MIN_MODULES = 21;
const MAX_MODULES = 200;
/** modules of margin a drawing may have on a side */
const MAX_MARGIN = 20;
/** characters of the HTML searched for tables */
const HTML_SEARCHED = 1_000_000;
/** drawings rendered per message */
const MAX_DRAWINGS = 4;
/** candidates examined per message (innermost tables; runs of block-character lines): bounds the work on odd mail */
const MAX_CANDIDATES = 200;

export interface DrawnCode { width: number; height: number; data: Uint8ClampedArray }

/** The luminance (0–255) of a CSS or HTML colour value, or null when it is not one (html-style.ts reads it). */
export function luminance(value: string): number | null {
  const rgb = parseColor(value);
  return rgb && 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
}

/** The background a cell's or table's attributes give: dark (true), light (false), or none (undefined). */
function background(attributes: string): boolean | undefined {
  const attr = /\bbgcolor\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
  const style = /\bbackground(?:-color)?\s*:\s*(#[0-9a-f]{3,6}\b|rgba?\([^)]*\)|[a-z]+)/i.exec(attributes)?.[1];
  const value = style ?? attr;
  const l = value === undefined ? null : luminance(value);
  return l === null ? undefined : l < 128;
}

/** The module grids of the HTML's innermost tables that look like a QR code: square enough, 21 modules or more. */
export function tableGrids(html: string): boolean[][][] {
  const text = html.slice(0, HTML_SEARCHED);
  const grids: boolean[][][] = [];
  // innermost tables only: an open tag followed by its close tag with no table opened in between
  const open: Array<{ end: number; attributes: string; inner: boolean }> = [];
  let examined = 0;
  for (const m of text.matchAll(/<(\/?)table\b([^<>]*)>/gi)) {
    if (!m[1]) {
      if (open.length) open[open.length - 1]!.inner = false;
      open.push({ end: m.index + m[0].length, attributes: m[2]!, inner: true });
      continue;
    }
    const t = open.pop();
    if (!t?.inner) continue;
    if (grids.length >= MAX_DRAWINGS || ++examined > MAX_CANDIDATES) break;
    const grid = tableGrid(text.slice(t.end, m.index), background(t.attributes) ?? false);
    if (grid) grids.push(grid);
  }
  return grids;
}

function tableGrid(inner: string, tableDark: boolean): boolean[][] | null {
  const rows: boolean[][] = [];
  for (const row of inner.split(/<tr\b/i).slice(1)) {
    const rowDark = background(/^([^<>]*)>/.exec(row)?.[1] ?? '') ?? tableDark;
    const cells: boolean[] = [];
    for (const c of row.matchAll(/<t[dh]\b([^<>]*)>/gi)) {
      const span = Math.min(MAX_MODULES, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(c[1]!)?.[1] ?? 1) || 1);
      const dark = background(c[1]!) ?? rowDark;
      for (let i = 0; i < span && cells.length <= MAX_MODULES + 2 * MAX_MARGIN; i++) cells.push(dark);
    }
    if (cells.length) rows.push(cells);
    if (rows.length > MAX_MODULES + 2 * MAX_MARGIN) return null;
  }
  return square(rows);
}

/**
 * The grid without its margin (rows and columns of one colour at the edges: no row or column of a
 * QR code is uniform), when it could be a QR code: MIN_MODULES to MAX_MODULES rows of one length,
 * about as wide as tall.
 */
export function square(grid: boolean[][]): boolean[][] | null {
  const uniformRow = (y: number): boolean => grid[y]!.every((c) => c === grid[y]![0]);
  let top = 0;
  let bottom = grid.length;
  while (top < bottom && uniformRow(top)) top++;
  while (bottom > top && uniformRow(bottom - 1)) bottom--;
  const rows = grid.slice(top, bottom);
  const full = rows[0]?.length ?? 0;
  if (full > MAX_MODULES + 2 * MAX_MARGIN || rows.some((r) => r.length !== full)) return null;
  const uniformColumn = (x: number): boolean => rows.every((r) => r[x] === rows[0]![x]);
  let left = 0;
  let right = full;
  while (left < right && uniformColumn(left)) left++;
  while (right > left && uniformColumn(right - 1)) right--;
  const width = right - left;
  if (rows.length < MIN_MODULES || width < MIN_MODULES || width > MAX_MODULES || Math.abs(rows.length - width) > 2) return null;
  return rows.map((r) => r.slice(left, right));
}

/** Block characters: which halves of a character cell they fill (upper, lower). */
const BLOCKS: Record<string, [boolean, boolean]> = { '█': [true, true], '▀': [true, false], '▄': [false, true], ' ': [false, false], '\u00a0': [false, false] };

/** The module grids drawn in the text with block characters: eight lines or more made of them alone. */
export function blockGrids(text: string): boolean[][][] {
  const grids: boolean[][][] = [];
  let run: string[] = [];
  let examined = 0;
  const flush = (): void => {
    if (run.length >= 8 && grids.length < MAX_DRAWINGS && ++examined <= MAX_CANDIDATES / 10) {
      const width = Math.max(...run.map((l) => [...l].length));
      // each character is one module wide and two tall: its upper and lower half
      const rows = run.flatMap((line) => {
        const chars = [...line.padEnd(width, ' ')];
        return [chars.map((c) => BLOCKS[c]![0]), chars.map((c) => BLOCKS[c]![1])];
      });
      const grid = square(rows);
      if (grid) grids.push(grid);
    }
    run = [];
  };
  for (const line of text.slice(0, HTML_SEARCHED).split(/\r?\n/)) {
    // a margin line is spaces only, and mailers strip trailing spaces: judge the line without them
    const drawn = line.length <= MAX_MODULES + 2 * MAX_MARGIN && line.trimEnd().length >= MIN_MODULES / 2 && /^[█▀▄ \u00a0]+$/.test(line) && /[█▀▄]/.test(line);
    if (drawn && run.length < MAX_MODULES) run.push(line);
    else flush();
  }
  flush();
  return grids;
}

/**
 * A grid (without its margin) as a picture: 4 pixels per module, with a quiet zone of the colour
 * opposite to its top-left module, which is a finder pattern's corner: dark in a code drawn dark on
 * light, light in one drawn light on dark (then the reader's inverted pass sees the zone as light).
 */
export function renderGrid(grid: boolean[][]): DrawnCode {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const marginDark = !grid[0]![0];
  const width = (cols + 2 * QUIET) * SCALE;
  const height = (rows + 2 * QUIET) * SCALE;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const gy = Math.floor(y / SCALE) - QUIET;
    for (let x = 0; x < width; x++) {
      const gx = Math.floor(x / SCALE) - QUIET;
      const dark = gy >= 0 && gy < rows && gx >= 0 && gx < cols ? grid[gy]![gx]! : marginDark;
      const o = (y * width + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = dark ? 0 : 255;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}

/** The QR-code drawings of a message (HTML tables, block characters in the text), rendered, at most a few. */
export function drawnCodes(view: { html?: string | null; text?: string | null }): DrawnCode[] {
  const grids = [...(view.html ? tableGrids(view.html) : []), ...blockGrids(view.text ?? '')];
  return grids.slice(0, MAX_DRAWINGS).map(renderGrid);
}

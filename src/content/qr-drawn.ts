// QR codes drawn without a picture: an HTML table whose cells are the modules (black and white
// backgrounds), empty boxes (<div>, <span>) laid out in rows or a CSS grid, or lines of Unicode
// block characters (█ ▀ ▄) in the text. Phishers send them so
// since image scanning became common: the mail has no image to read, yet a phone's camera reads
// the code on the screen. Each drawing becomes a small picture (4 pixels per module, with a quiet
// zone) for the same reader as the images (qr.ts). SVG drawings: qr-svg.ts.
import { classRules, declarations, parseColor, type Rgb } from './html-style.ts';
import { styleSheets } from './html.ts';

/** pixels per module in the rendered picture */
const SCALE = 4;
/** modules of quiet zone added around a drawing */
const QUIET = 4;
/** a QR code has 21 (version 1) to 177 (version 40) modules a side; a drawing may add its own margin */
const MIN_MODULES = 21;
const MAX_MODULES = 200;
/** modules of margin a drawing may have on a side */
const MAX_MARGIN = 20;
/** characters of the HTML searched for tables and boxes */
const HTML_SEARCHED = 1_000_000;
/** drawings rendered per message */
const MAX_DRAWINGS = 4;
/** candidates examined per message (innermost tables; runs of block-character lines): bounds the work on odd mail */
const MAX_CANDIDATES = 200;

export interface DrawnCode { width: number; height: number; data: Uint8ClampedArray }

/** The luminance (0–255) of a colour. */
const luma = (rgb: Rgb): number => 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];

/** The luminance (0–255) of a CSS or HTML colour value, or null when it is not one (html-style.ts reads it). */
export function luminance(value: string): number | null {
  const rgb = parseColor(value);
  return rgb && luma(rgb);
}

/** The background a cell's or table's attributes give: dark (true), light (false), or none (undefined). */
function background(attributes: string): boolean | undefined {
  const attr = /\bbgcolor\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
  const style = /\bbackground(?:-color)?\s*:\s*(#[0-9a-f]{3,6}\b|rgba?\([^)]*\)|[a-z]+)/i.exec(attributes)?.[1];
  const value = style ?? attr;
  const l = value === undefined ? null : luminance(value);
  return l === null ? undefined : l < 128;
}

/** Class name → dark or light, from the simple rules of the page's style sheets that set a background. */
function classColours(html: string): ReadonlyMap<string, boolean> {
  const out = new Map<string, boolean>();
  if (!/<style/i.test(html)) return out;
  const rules = classRules(styleSheets(html));
  for (const [name, style] of rules) if (style.background) out.set(name, luma(style.background) < 128);
  return out;
}

/** An element's background from its attributes (inline style, bgcolor), else from its classes' rules: dark, light, or undefined. */
function colourOf(attributes: string, classes: ReadonlyMap<string, boolean>): boolean | undefined {
  const own = background(attributes);
  if (own !== undefined || !classes.size) return own;
  let dark: boolean | undefined;
  for (const c of /\bclass\s*=\s*["']?([^"'>]*)/i.exec(attributes)?.[1]?.toLowerCase().split(/\s+/) ?? []) dark = classes.get(c) ?? dark;
  return dark;
}

/** The module grids of the HTML's innermost tables that look like a QR code: square enough, 21 modules or more. */
export function tableGrids(html: string, classes = classColours(html.slice(0, HTML_SEARCHED))): boolean[][][] {
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
    const grid = tableGrid(text.slice(t.end, m.index), colourOf(t.attributes, classes) ?? false, classes);
    if (grid) grids.push(grid);
  }
  return grids;
}

function tableGrid(inner: string, tableDark: boolean, classes: ReadonlyMap<string, boolean>): boolean[][] | null {
  const rows: boolean[][] = [];
  for (const row of inner.split(/<tr\b/i).slice(1)) {
    const rowDark = colourOf(/^([^<>]*)>/.exec(row)?.[1] ?? '', classes) ?? tableDark;
    const cells: boolean[] = [];
    for (const c of row.matchAll(/<t[dh]\b([^<>]*)>/gi)) {
      const span = Math.min(MAX_MODULES, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(c[1]!)?.[1] ?? 1) || 1);
      const dark = colourOf(c[1]!, classes) ?? rowDark;
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

/** An empty box drawn as a module: its colour, and its width in px when its style gives one (a run of modules may be one wider box). */
interface Box { dark: boolean; width: number | null }

/** An empty <div> or <span>: nothing inside but spaces. */
const EMPTY_BOX_RE = /<(div|span)\b([^<>]*)>(?:\s|&nbsp;|&#160;|&#xa0;)*<\/\1\s*>/gi;
/** markup between two boxes that starts a new row: a line break, or the end or start of a block */
const ROW_BREAK_RE = /<(?:br|\/?(?:div|p|li|tr|table))\b/i;
/** modules of a box drawing at most: the largest code with its margin (boxes, and modules of wider boxes) */
const MAX_BOX_MODULES = (MAX_MODULES + 2 * MAX_MARGIN) ** 2;

/** A box's colour (inline style or bgcolor, else its class rules), and width; null when it is no module: no colour and no size. */
function boxOf(attributes: string, classes: ReadonlyMap<string, boolean>): Box | null {
  const style = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
  const d = declarations(style?.[1] ?? style?.[2] ?? '');
  let dark = colourOf(attributes, classes);
  const width = /^(\d+(?:\.\d+)?)px$/i.exec(d.get('width') ?? '')?.[1];
  // a box with a size but no colour shows the page behind it: light
  if (dark === undefined && (d.has('width') || d.has('height') || /\b(?:width|height)\s*=/i.test(attributes))) dark = false;
  return dark === undefined ? null : { dark, width: width ? Number(width) : null };
}

/** A row of boxes as modules: each box one module, or, when every box has a width in px, as many as its width holds of the narrowest; at most `limit`. */
function modulesOf(row: Box[], unit: number | null, limit: number): boolean[] {
  const out: boolean[] = [];
  for (const b of row) {
    const n = unit === null || !Number.isFinite(unit) ? 1 : Math.max(1, Math.round(b.width! / unit));
    for (let i = 0; i < n; i++) if (out.push(b.dark) > limit) return out;
  }
  return out;
}

/**
 * The module grids drawn with empty boxes: runs of <div>/<span> with a background colour (inline,
 * bgcolor, or a class of the page's style sheet) or a size, with nothing but markup between them.
 * Rows end at a line break or a block's edge (flex rows, inline-blocks with <br>); a run of N×N
 * boxes in one row is a square grid laid out by CSS (grid, flex-wrap, floats in a fixed width).
 */
export function boxGrids(html: string, classes = classColours(html.slice(0, HTML_SEARCHED))): boolean[][][] {
  const text = html.slice(0, HTML_SEARCHED);
  if (!/<(?:div|span)\b[^<>]*>(?:\s|&nbsp;|&#160;|&#xa0;)*<\/(?:div|span)/i.test(text)) return [];
  const grids: boolean[][][] = [];
  let rows: Box[][] = [];
  let row: Box[] = [];
  let boxes = 0;
  let examined = 0;
  const endRow = (): void => {
    if (row.length) rows.push(row);
    row = [];
  };
  const endDrawing = (): void => {
    endRow();
    if (rows.length && grids.length < MAX_DRAWINGS && ++examined <= MAX_CANDIDATES) {
      // the narrowest box is one module; a row whose boxes all have widths counts each by its width
      let unit = Infinity;
      for (const b of rows.flat()) if (b.width) unit = Math.min(unit, b.width);
      let total = 0;
      const modules = rows.flatMap((r) => {
        const row = modulesOf(r, r.every((b) => b.width) ? unit : null, MAX_BOX_MODULES - total);
        total += row.length;
        // a row of N×N modules is a square laid out by CSS (a grid, flex-wrap, floats in a fixed width)
        const side = Math.round(Math.sqrt(row.length));
        return side >= MIN_MODULES && side * side === row.length ? Array.from({ length: side }, (_, y) => row.slice(y * side, (y + 1) * side)) : [row];
      });
      // runs of rows of one length (a spacer or a bar before or after the drawing is no part of it)
      for (let from = 0; total <= MAX_BOX_MODULES && from < modules.length && grids.length < MAX_DRAWINGS;) {
        let to = from + 1;
        while (to < modules.length && modules[to]!.length === modules[from]!.length) to++;
        const grid = to - from >= MIN_MODULES ? square(modules.slice(from, to)) : null;
        if (grid) grids.push(grid);
        from = to;
      }
    }
    rows = [];
    boxes = 0;
  };
  let last = -1;
  for (const m of text.matchAll(EMPTY_BOX_RE)) {
    const box = boxOf(m[2]!, classes);
    if (last >= 0) {
      const between = text.slice(last, m.index);
      // words between boxes end a drawing; markup alone may end a row
      if (/[^\s]/.test(between.replace(/<[^<>]*>/g, '').replace(/&nbsp;|&#160;|&#xa0;/gi, ''))) endDrawing();
      else if (ROW_BREAK_RE.test(between)) endRow();
    }
    last = m.index + m[0].length;
    if (!box) {
      endDrawing();
      continue;
    }
    row.push(box);
    if (++boxes > MAX_BOX_MODULES || rows.length > MAX_MODULES + 2 * MAX_MARGIN) endDrawing();
  }
  endDrawing();
  return grids;
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

/** The QR-code drawings of a message (HTML tables and boxes, block characters in the text), rendered, at most a few. */
export function drawnCodes(view: { html?: string | null; text?: string | null }): DrawnCode[] {
  // the style sheets' class colours, read once for both
  const classes = view.html ? classColours(view.html.slice(0, HTML_SEARCHED)) : new Map<string, boolean>();
  const grids = [...(view.html ? [...tableGrids(view.html, classes), ...boxGrids(view.html, classes)] : []), ...blockGrids(view.text ?? '')];
  return grids.slice(0, MAX_DRAWINGS).map(renderGrid);
}

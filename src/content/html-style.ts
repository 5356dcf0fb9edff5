// What an HTML element's own markup says about whether its text can be seen: inline `style`,
// simple class rules from the page's <style> blocks, and the old presentation attributes
// (`hidden`, `bgcolor`, `<font color>`). Spammers hide words from the reader that filters still
// read: ham words to poison Bayes ("display:none"), white text on a white table, a zero-size span
// inside "Pay<span style="font-size:0">x</span>Pal". No layout engine: what is judged is only
// what an element says about itself and what it inherits (colour, background, hiding).

/** An sRGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** A text colour: null when it cannot be read (contrast is then not judged). */
export type TextColor = Rgb | null | 'transparent';

/** The style facts of one element that matter for visibility; undefined = not set here (inherited). */
export interface ElementStyle {
  /** display:none, opacity ≈ 0, a zero box that hides its overflow, the `hidden` attribute: no descendant can undo these */
  hides: boolean;
  /** visibility: a descendant can set it back to visible */
  visibilityHidden?: boolean;
  /** a font too small to read; a descendant can set a readable size again (honest templates zero the font between inline blocks) */
  tinyFont?: boolean;
  color?: TextColor;
  /** null = a background picture or a colour we cannot read: contrast is then not judged */
  background?: Rgb | null;
  /** a class that an @media rule shows on some screens: the element's own hiding does not count */
  revealed?: boolean;
}

/** Later layers win for what they set (inherited properties); `hides` accumulates. */
export function mergeStyles(layers: readonly ElementStyle[]): ElementStyle {
  const out: ElementStyle = { hides: false };
  for (const l of layers) {
    out.hides ||= l.hides;
    if (l.visibilityHidden !== undefined) out.visibilityHidden = l.visibilityHidden;
    if (l.tinyFont !== undefined) out.tinyFont = l.tinyFont;
    if (l.color !== undefined) out.color = l.color;
    if (l.background !== undefined) out.background = l.background;
    out.revealed ||= l.revealed;
  }
  // shown on some screens (a responsive mail's mobile-only block): not hidden from every reader
  if (out.revealed) return { ...out, hides: false, visibilityHidden: undefined, tinyFont: undefined };
  return out;
}

// CSS's named colours that mail uses; an unknown name reads as "not readable" (null).
const NAMED: Record<string, Rgb> = {
  white: [255, 255, 255], black: [0, 0, 0], red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255],
  yellow: [255, 255, 0], gray: [128, 128, 128], grey: [128, 128, 128], silver: [192, 192, 192],
  navy: [0, 0, 128], darkblue: [0, 0, 139], darkgreen: [0, 100, 0], maroon: [128, 0, 0], purple: [128, 0, 128], teal: [0, 128, 128], olive: [128, 128, 0],
  lime: [0, 255, 0], aqua: [0, 255, 255], cyan: [0, 255, 255], fuchsia: [255, 0, 255], magenta: [255, 0, 255],
  orange: [255, 165, 0], whitesmoke: [245, 245, 245], snow: [255, 250, 250], ivory: [255, 255, 240],
  ghostwhite: [248, 248, 255], floralwhite: [255, 250, 240], linen: [250, 240, 230],
  lightgray: [211, 211, 211], lightgrey: [211, 211, 211], gainsboro: [220, 220, 220],
  darkgray: [169, 169, 169], darkgrey: [169, 169, 169], dimgray: [105, 105, 105], dimgrey: [105, 105, 105],
};

/** A CSS or HTML colour value → RGB; null when it is not a colour we can read (or `transparent`). */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase().replace(/\s*!important$/, '');
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  // HTML attributes take bare hex ("bgcolor=ffffff"); CSS needs the "#". Both are read.
  if (hex && (v.startsWith('#') || v.length === 6 || /\d/.test(v))) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(v);
  if (rgb) {
    // a see-through colour is not judged: what shows depends on what lies under it
    if (rgb[4] !== undefined && !/^(?:1|1\.0*|100%)$/.test(rgb[4])) return null;
    return [Math.min(255, +rgb[1]!), Math.min(255, +rgb[2]!), Math.min(255, +rgb[3]!)];
  }
  return NAMED[v] ?? null;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 (same colour) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Below this ratio text does not stand out from its background: #fff on #fafafa is 1.04, #eee on
 * white 1.16, while the light grey of honest footers (#999 on white) is 2.8 and WCAG's least for
 * large text is 3.
 */
export const INVISIBLE_CONTRAST = 1.2;

/** A font size too small to read: 0, ≤ 1 px or pt, ≤ 0.1 em/rem, ≤ 10 %. */
function tinyFont(value: string): boolean {
  const m = /^(-?[\d.]+)\s*(px|pt|em|rem|%)?/.exec(value.trim().toLowerCase());
  if (!m) return false;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return false;
  switch (m[2]) {
    case undefined: return n === 0;
    case 'px': case 'pt': return n <= 1;
    case 'em': case 'rem': return n <= 0.1;
    default: return n <= 10;
  }
}

/** An offset that puts content off any screen: at least 999 px (or pt, or 50 em) to the left or top. */
function farOff(value: string | undefined): boolean {
  const m = value === undefined ? null : /^-(\d+(?:\.\d+)?)\s*(px|pt|em|rem)\b/.exec(value.trim());
  return !!m && Number(m[1]) >= (m[2] === 'em' || m[2] === 'rem' ? 50 : 999);
}

/** the `margin` shorthand: top is its first value, left its fourth, else its second, else its first */
function marginFarOff(value: string | undefined): boolean {
  const parts = value?.trim().split(/\s+/) ?? [];
  return farOff(parts[0]) || farOff(parts[3] ?? parts[1]);
}

const zeroLength = (v: string | undefined): boolean => v !== undefined && /^-?0*(?:\.0*)?(?:px|pt|em|rem|%)?$/.test(v.trim().toLowerCase());

/** `a: b; c: d` → Map of lower-case names to values (the last one wins, as in CSS). */
export function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    const i = part.indexOf(':');
    if (i <= 0) continue;
    out.set(part.slice(0, i).trim().toLowerCase(), part.slice(i + 1).trim().replace(/\s*!important$/i, ''));
  }
  return out;
}

/** The visibility facts in a set of declarations (inline style or a class rule). */
export function styleOf(d: Map<string, string>): ElementStyle {
  const get = (k: string): string | undefined => d.get(k)?.toLowerCase();
  const overflowHidden = /^(?:hidden|clip)$/.test(get('overflow') ?? '');
  const opacity = get('opacity');
  const opaque = opacity === undefined ? 1 : parseFloat(opacity) / (opacity.trim().endsWith('%') ? 100 : 1);
  const position = get('position') ?? '';
  const positioned = /^(?:absolute|fixed)$/.test(position);
  const transform = get('transform') ?? '';
  const hides = get('display') === 'none' || opaque < 0.05
    || (overflowHidden && [get('height'), get('max-height'), get('width'), get('max-width')].some(zeroLength))
    // moved off the page: the old image-replacement trick, and spam's (left/top move only a positioned box; a margin moves any)
    || farOff(get('text-indent')) || farOff(get('margin-left')) || farOff(get('margin-top')) || marginFarOff(get('margin'))
    || ((positioned || position === 'relative') && [get('left'), get('top'), get('right')].some(farOff))
    || farOff(/translate(?:x|y|3d)?\(\s*([^,)]*)/.exec(transform)?.[1]) || /\bscale[xy]?\(\s*0*(?:\.0*)?\s*[,)]/.test(transform)
    // clipped to nothing: the "visually hidden" pattern (screen readers read it; nobody sees it)
    || (positioned && /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(get('clip') ?? ''));
  const style: ElementStyle = { hides };
  const visibility = get('visibility');
  if (visibility && visibility !== 'inherit') style.visibilityHidden = visibility === 'hidden' || visibility === 'collapse';
  if (d.has('font-size')) style.tinyFont = tinyFont(d.get('font-size')!);
  const color = get('color');
  if (color !== undefined && color !== 'inherit') style.color = color === 'transparent' ? 'transparent' : parseColor(color);
  const bg = d.get('background-color') ?? d.get('background');
  if (bg !== undefined && bg.toLowerCase() !== 'inherit') {
    // "background: #fff url(x.png)": a picture decides what shows, so the contrast is not judged
    // the colour is the first word of the shorthand ("#fff no-repeat"), or an rgb(…) with its spaces
    style.background = /url\(|gradient\(/i.test(bg) ? null : parseColor(/^(?:rgba?\([^)]*\)|\S+)/i.exec(bg.trim())?.[0] ?? '');
  }
  if (d.has('background-image') && !/^none$/i.test(d.get('background-image')!)) style.background = null;
  return style;
}

/** Class name → the style its simple rules give (`.x {…}`, `span.x {…}`), from the page's <style> blocks. */
export type ClassRules = Map<string, ElementStyle>;

const MAX_RULES = 2000;

/**
 * Rules of one class each. Selectors with anything else (descendants, ids, pseudo-classes) are
 * skipped, and so are rules inside @media blocks, which apply to some screens only, with one use:
 * a class that an @media rule shows again (`display:block`, a height, a readable font) is
 * `revealed`. Responsive newsletters hide their mobile-only blocks inline
 * (`style="display:none;max-height:0"`) and show them on phones that way; that text is not hidden
 * from the reader. A scan by index, not a regex: a rule pattern retried from every position of
 * 100 kB without a brace took 6 s.
 */
export function classRules(css: string, into: ClassRules = new Map()): ClassRules {
  const text = withoutComments(css);
  const add = (name: string, style: ElementStyle): void => {
    const before = into.get(name);
    into.set(name, before ? mergeStyles([before, style]) : style);
  };
  forEachRule(text, 0, text.length, (selectors, body, nested) => {
    if (nested) {
      // an @media block: only what it shows again counts
      if (!/^\s*@media\b/i.test(selectors)) return;
      forEachRule(text, body.start, body.end, (inner, decls) => {
        if (!reveals(declarations(text.slice(decls.start, decls.end)))) return;
        for (const m of inner.matchAll(/\.([\w-]+)|\[class\s*[~*^|$]?=\s*["']?([\w-]+)/gi)) add((m[1] ?? m[2]!).toLowerCase(), { hides: false, revealed: true });
      });
      return;
    }
    const style = styleOf(declarations(text.slice(body.start, body.end)));
    for (const sel of selectors.split(',')) {
      const c = /^\s*(?:[a-z][a-z0-9]*)?\.([\w-]+)\s*$/i.exec(sel);
      if (c) add(c[1]!.toLowerCase(), style);
    }
  });
  return into;
}

/** Whether declarations show something again: a display other than none, visibility, a height, a readable font. */
function reveals(d: Map<string, string>): boolean {
  const get = (k: string): string | undefined => d.get(k)?.toLowerCase();
  const display = get('display');
  return (display !== undefined && display !== 'none') || get('visibility') === 'visible'
    || ['max-height', 'height'].some((k) => d.has(k) && !zeroLength(d.get(k)))
    || (d.has('font-size') && !tinyFont(d.get('font-size')!));
}

/**
 * Calls `fn` for each rule of `text[from, to)`: its selectors (or at-rule prelude), the range of its
 * body, and whether the body holds rules of its own (an at-rule block). At most MAX_RULES.
 */
function forEachRule(text: string, from: number, to: number, fn: (selectors: string, body: { start: number; end: number }, nested: boolean) => void): void {
  let n = 0;
  for (let i = from; i < to && n < MAX_RULES; n++) {
    const open = text.indexOf('{', i);
    if (open < 0 || open >= to) break;
    const close = text.indexOf('}', open + 1);
    if (close < 0 || close >= to) break;
    const inner = text.indexOf('{', open + 1);
    if (inner >= 0 && inner < close) {
      const end = Math.min(blockEnd(text, open), to);
      fn(text.slice(i, open), { start: open + 1, end: end - 1 }, true);
      i = end;
      continue;
    }
    fn(text.slice(i, open), { start: open + 1, end: close }, false);
    i = close + 1;
  }
}

/** The index after the "}" that closes the block opened at `open` (nested blocks counted), or the end. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return text.length;
}

/** CSS without its comments; an unclosed comment runs to the end. */
function withoutComments(css: string): string {
  let out = '';
  let from = 0;
  for (let at = css.indexOf('/*'); at >= 0; at = css.indexOf('/*', from)) {
    out += `${css.slice(from, at)} `;
    const end = css.indexOf('*/', at + 2);
    if (end < 0) return out;
    from = end + 2;
  }
  return out + css.slice(from);
}

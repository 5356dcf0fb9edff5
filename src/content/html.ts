// HTML → the text a reader sees, the text hidden from them, and the link targets. Every content
// check reads HTML through here (Bayes, bulk fingerprints, scripts, phishing, links, the UI's text
// view). No DOM: one pass over the tags with a stack of open elements, linear on any input.
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { classRules, contrastRatio, declarations, INVISIBLE_CONTRAST, mergeStyles, parseColor, styleOf, type ClassRules, type ElementStyle, type Rgb, type TextColor } from './html-style.ts';

/** Entities in text: all of HTML's named ones ("f&uuml;r", "&euro;", "&zwnj;"), numeric ones, and the old ones written without ";". */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/**
 * Entities in an attribute value: there, an old entity without ";" before "=" or a letter stays as
 * written, as browsers read it, so "?a=1&copy=2&not=3" in a link keeps its parameters.
 */
export function decodeAttribute(s: string): string {
  return s.includes('&') ? decodeHTMLAttribute(s) : s;
}

export interface HiddenText {
  /** letters in text the reader cannot see (display:none, zero-size or same-colour-as-background text, …) */
  letters: number;
  /** of those, the letters before the first visible letter: where a newsletter's preview line (preheader) sits, the one place it works */
  leading: number;
  /** the start of that text (at most HIDDEN_KEPT_CHARS), for details and the admin's eyes */
  text: string;
  /** words a hidden fragment splits without a visible gap: "Pay⟨x⟩Pal" (at most MAX_SPLICES) */
  splices: string[];
}

export interface HtmlReduction {
  /** the visible text, entities decoded; block elements end lines, other tags are spaces (see InlineGap) */
  text: string;
  urls: string[];
  hidden: HiddenText;
}

// The Bayes tokenizer, the bulk fingerprints and the scripts check each need the reduced HTML of the
// same message, and the pipeline runs them one after the other: the last few reductions are kept
// (the same string compares by reference first, so a hit costs next to nothing). Only HTML up to
// REDUCED_MAX_CHARS is kept, so the cache holds on to at most a few hundred KB after the mail left.
const REDUCED_KEPT = 4;
const REDUCED_MAX_CHARS = 256 * 1024;
const reduced: Array<{ html: string; result: HtmlReduction }> = [];

/**
 * HTML read per message: a reader sees the start, and the content checks all read through here
 * (SpamAssassin scans 50 kB of a body part). Unbounded, a 20 MB HTML body cost 20 s of CPU, the
 * reduction repeated by each check (the cache below keeps small pages only).
 */
export const HTML_READ_MAX_CHARS = 1_000_000;

/** HTML → the text a reader sees, hidden text, and link targets (of the first HTML_READ_MAX_CHARS). The result is shared: do not change it. */
export function reduceHtml(whole: string): HtmlReduction {
  const html = whole.length > HTML_READ_MAX_CHARS ? whole.slice(0, HTML_READ_MAX_CHARS) : whole;
  const hit = reduced.find((r) => r.html === html);
  if (hit) return hit.result;
  const result = reduceHtmlUncached(html);
  if (html.length <= REDUCED_MAX_CHARS && reduced.unshift({ html, result }) > REDUCED_KEPT) reduced.pop();
  return result;
}

/** The visible text of a piece of HTML (a link's inner HTML), inline elements joined: not cached, inline styles only. */
export function visibleTextOf(fragment: string): string {
  // an address shown as a link's text is one word however it is formatted: "www.pay<b>pal</b>.com"
  return reduceHtmlUncached(fragment, 'join').text;
}

/**
 * `html.replace(re, f)` for a pattern that must end with `end`, in linear time. A pattern such as
 * `<!--[\s\S]*?-->` scans from each start to the end of the text when no `end` follows it, so 200 kB
 * of unclosed "<!--" or "<a " took seconds per message. Past the last `end` nothing can match, so
 * only the text before it is searched: the result is the same. `re` has no groups: `f` gets the
 * match, its offset and the whole text.
 */
function replaceBefore(html: string, end: string, re: RegExp, f: (match: string, offset: number, whole: string) => string): string {
  const stop = html.lastIndexOf(end) + end.length;
  // `f` reads the whole text around a match: what follows the last one is past the slice
  return stop < end.length ? html : html.slice(0, stop).replace(re, (match: string, offset: number) => f(match, offset, html)) + html.slice(stop);
}

/**
 * What a comment leaves in the text: nothing between two characters of text, as a browser shows
 * it ("Th<!-- kd -->ank you", "£3<!-- -->99.<!---->99": the spammer's way of splitting words and
 * sums for filters), a space elsewhere (between tags, beside a space).
 */
function commentGap(comment: string, offset: number, html: string): string {
  const before = html[offset - 1] ?? ' ', after = html[offset + comment.length] ?? ' ';
  return /[\s>]/.test(before) || /[\s<]/.test(after) ? ' ' : '';
}

/** The CSS of the style elements a page's head and body hold; more is not read. */
const MAX_CSS_CHARS = 100_000;

/**
 * Drops script, style and head elements. Like `/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi`, but
 * an element that is never closed is looked for once, not from every later opening tag.
 */
function dropElements(html: string): string {
  let out = '';
  let from = 0;
  for (const e of elements(html, 'script|style|head')) {
    out += html.slice(from, e.start) + ' ';
    from = e.end;
  }
  return out + html.slice(from);
}

/**
 * The page's style sheets, read before comments are dropped: old pages wrap their CSS in
 * "<!-- … -->" to hide it from browsers that predate CSS, and every old mailer copied that.
 */
export function styleSheets(html: string): string {
  let css = '';
  for (const e of elements(html, 'style')) {
    css += `${e.inner.slice(e.inner.indexOf('>') + 1).replace(/<!--|-->/g, ' ')}\n`;
    if (css.length > MAX_CSS_CHARS) break;
  }
  return css.slice(0, MAX_CSS_CHARS);
}

/** Closed elements of the names, outermost first, each found once (an unclosed name is not looked for again). */
function* elements(html: string, names: string): Generator<{ start: number; end: number; inner: string }> {
  const open = new RegExp(`<(${names})\\b`, 'gi');
  const unclosed = new Set<string>();
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(html);
    if (!c) { unclosed.add(name); continue; }
    yield { start: m.index, end: c.index + c[0].length, inner: html.slice(m.index + m[0].length, c.index) };
    open.lastIndex = c.index + c[0].length;
  }
}

// How a tag separates the text around it: block elements start a line, anything else is a space;
// inline ones ("F<b>ree</b>", a link) as InlineGap below says.
const BLOCK = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'td', 'th', 'blockquote', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'hr', 'center', 'section', 'article', 'header', 'footer', 'nav', 'title', 'address', 'form', 'tbody', 'thead', 'tfoot', 'caption', 'body', 'html']);
const INLINE = new Set(['a', 'b', 'i', 'u', 's', 'em', 'strong', 'span', 'font', 'small', 'big', 'sub', 'sup', 'mark', 'abbr', 'cite', 'code', 'q', 'strike', 'tt', 'ins', 'del', 'label', 'bdi', 'bdo', 'var', 'kbd', 'samp', 'o:p']);
// Elements without content: they open nothing.
const VOID = new Set(['br', 'img', 'hr', 'meta', 'input', 'link', 'wbr', 'col', 'area', 'base', 'source', 'embed', 'param', 'track', 'keygen']);
// An opening tag of these closes an open one of the same kind ("<li>a<li>b"), as HTML's parser does.
const SELF_CLOSING_SIBLINGS: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], td: ['td', 'th'], th: ['td', 'th'], tr: ['td', 'th', 'tr'],
};
const SCOPE_BOUNDARY = new Set(['table', 'td', 'th', 'caption', 'html', 'object', 'template']);
/** Open elements tracked; deeper nesting (garbage or an attack) inherits the deepest state. */
const MAX_DEPTH = 256;
const HIDDEN_KEPT_CHARS = 2000;
const MAX_SPLICES = 20;

interface OpenElement {
  tag: string; hides: boolean; visibilityHidden: boolean; tinyFont: boolean; color: TextColor; background: Rgb | null;
  /** text colour within INVISIBLE_CONTRAST of the background */
  faint: boolean;
  invisible: boolean;
}

const NO_STYLE: ElementStyle = Object.freeze({ hides: false });
/** The attributes read: link targets and what decides visibility. */
const READ_ATTRIBUTES = new Set(['href', 'src', 'action', 'class', 'style', 'bgcolor', 'background', 'color', 'text']);
// most tags' attributes are layout (width, align, border…): one test skips them
const INTERESTING_RE = /href|src|action|class|style|bgcolor|background|color|text|hidden/i;
const ATTR_RE = /(?<![a-z-])([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const LETTERS_RE = /\p{L}/gu;
/** the longest part of a split word kept on each side */
const MAX_WORD_CHARS = 40;
const TRAILING_WORD_RE = /[\p{L}\p{M}]+$/u;
const LEADING_WORD_RE = new RegExp(`^[\\p{L}\\p{M}]{1,${MAX_WORD_CHARS}}`, 'u');

/**
 * How inline elements separate text. A browser joins "<b>F</b>ree" into "Free", yet for the
 * classifier a space scored better (cross-validation by sender, bench/accuracy.ts: 0.3102 with a
 * space, 0.3204 joined): mail HTML puts side by side inline elements that its layout spaces apart
 * (menus of links, buttons), and joined they make words no one reads. Words that a hidden
 * fragment splits are joined in both ways: the reader sees one word there.
 */
type InlineGap = 'space' | 'join';

function reduceHtmlUncached(html: string, inline: InlineGap = 'space'): HtmlReduction {
  const urls: string[] = [];
  const css = /<style/i.test(html) ? styleSheets(html) : '';
  const classes: ClassRules = css ? classRules(css) : new Map();
  const stripped = dropElements(replaceBefore(html, '-->', /<!--[\s\S]*?-->/g, commentGap));

  const stack: OpenElement[] = [{ tag: '', hides: false, visibilityHidden: false, tinyFont: false, color: [0, 0, 0], background: [255, 255, 255], faint: false, invisible: false }];
  const visible: string[] = [];
  const hidden: HiddenText = { letters: 0, leading: 0, text: '', splices: [] };
  let visibleLetterSeen = false;
  // a hidden fragment right after a visible letter: a splice if a letter follows it
  let spliced: { before: string; inner: string } | null = null;
  let lastVisible = '';
  // an inline tag since the last visible text: a space before the next one, unless a splice joins them
  let gap = false;

  const emit = (s: string): void => {
    if (!s) return;
    if (stack[stack.length - 1]!.invisible) {
      const t = decodeEntities(s);
      const letters = t.match(LETTERS_RE)?.length ?? 0;
      if (!letters) return;
      hidden.letters += letters;
      if (!visibleLetterSeen) hidden.leading += letters;
      if (hidden.text.length < HIDDEN_KEPT_CHARS) hidden.text += `${hidden.text ? ' ' : ''}${t.trim().slice(0, HIDDEN_KEPT_CHARS - hidden.text.length)}`;
      if (spliced) spliced.inner += t;
      else {
        // the end of the text only: an end-anchored pattern tried from each letter of a 200 kB
        // word that ends in a full stop took 28 s
        const before = TRAILING_WORD_RE.exec(lastVisible.slice(-MAX_WORD_CHARS))?.[0];
        if (before) spliced = { before, inner: t };
      }
      return;
    }
    const after = spliced ? LEADING_WORD_RE.exec(s)?.[0] : undefined;
    if (spliced && after) {
      if (hidden.splices.length < MAX_SPLICES) hidden.splices.push(`${spliced.before}⟨${spliced.inner.trim().slice(0, 12)}⟩${after}`);
    } else if (gap) visible.push(' ');
    spliced = null;
    gap = false;
    visible.push(s);
    lastVisible = s;
    if (!visibleLetterSeen) visibleLetterSeen = /\p{L}/u.test(decodeEntities(s));
  };

  const open = (tag: string, attrs: string): void => {
    const siblings = SELF_CLOSING_SIBLINGS[tag];
    while (siblings && stack.length > 1 && siblings.includes(stack[stack.length - 1]!.tag)) stack.pop();
    if (VOID.has(tag) || attrs.endsWith('/') || stack.length >= MAX_DEPTH) {
      if (attrs) elementStyle(tag, attrs, classes, urls);
      return;
    }
    const parent = stack[stack.length - 1]!;
    const own = elementStyle(tag, attrs, classes, urls);
    // most elements say nothing about visibility: they inherit it all (the common case, kept cheap)
    if (own === NO_STYLE && tag !== 'table') { stack.push({ ...parent, tag }); return; }
    // A table does not take its text colour from outside in quirks mode (most mail has no
    // doctype), and in standards mode it does: inside one, an inherited colour is not judged.
    const color = own.color === undefined ? (tag === 'table' ? null : parent.color) : own.color;
    const background = own.background === undefined ? parent.background : own.background;
    const hides = parent.hides || own.hides;
    const visibilityHidden = own.visibilityHidden ?? parent.visibilityHidden;
    const tinyFont = own.tinyFont ?? parent.tinyFont;
    // the contrast is worked out again only where a colour changes
    const faint = color === parent.color && background === parent.background ? parent.faint : lowContrast(color, background);
    const invisible = hides || visibilityHidden || tinyFont || color === 'transparent' || faint;
    stack.push({ tag, hides, visibilityHidden, tinyFont, color, background, faint, invisible });
  };

  // An end tag closes the nearest open element of its name inside the same table cell or table,
  // as HTML's "in scope" rule: a stray "</tr>" in a nested table must not close the outer table
  // (old spam is full of them, and its white text on the outer black table came out hidden).
  const close = (tag: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const open = stack[i]!.tag;
      if (open === tag) { stack.length = i; return; }
      if (SCOPE_BOUNDARY.has(open)) return;
    }
  };

  // Tags are read only up to the last ">": past it nothing can be a tag, and a tag pattern tried at
  // every "<" of 200 kB of "<a " with no ">" after it would scan to the end each time.
  const tagged = stripped.slice(0, stripped.lastIndexOf('>') + 1);
  let from = 0;
  for (const m of tagged.matchAll(/<(\/?)([a-z][a-z0-9]*(?::[a-z]+)?)\b([^>]*)>/gi)) {
    emit(stripped.slice(from, m.index));
    from = m.index + m[0].length;
    const tag = m[2]!.toLowerCase();
    const attrs = m[3]!;
    if (m[1]) close(tag);
    else {
      open(tag, attrs.trim());
    }
    if (INLINE.has(tag)) gap = inline === 'space';
    else {
      // a line or a space in the visible text wherever the tag is: it ends a spliced word
      const separator = BLOCK.has(tag) ? '\n' : ' ';
      visible.push(separator);
      lastVisible = separator;
      spliced = null;
      gap = false;
    }
  }
  emit(stripped.slice(from));
  // no-break spaces are spaces to every reader of this text (word splitting, fingerprints, patterns)
  return { text: decodeEntities(visible.join('')).replace(/\u00a0/g, ' '), urls, hidden };
}

/** Text in (nearly) the colour of its background. */
function lowContrast(color: TextColor, background: Rgb | null): boolean {
  return color !== null && color !== 'transparent' && background !== null && contrastRatio(color, background) < INVISIBLE_CONTRAST;
}

/**
 * The visibility facts of one opening tag. Precedence as in CSS: presentation attributes
 * (`bgcolor`, `<font color>`) lose to class rules, which lose to the inline style.
 */
function elementStyle(tag: string, attrs: string, classes: ClassRules, urls: string[]): ElementStyle {
  if (!attrs || !INTERESTING_RE.test(attrs)) return NO_STYLE;
  const hiddenAttribute = /hidden/i.test(attrs) && /(?:^|\s)hidden(?=\s|=|\/|$)/i.test(attrs) && !/\bhidden\s*=\s*["']?until-found/i.test(attrs);
  const layers: ElementStyle[] = [{ hides: hiddenAttribute }];
  const presentational: ElementStyle = { hides: false };
  let inline: ElementStyle | null = null;
  // a name starts where no name letter precedes it: a 200 kB run of letters is scanned once
  for (const a of attrs.matchAll(ATTR_RE)) {
    const name = a[1]!.toLowerCase();
    if (!READ_ATTRIBUTES.has(name)) continue;
    const value = decodeAttribute(a[2] ?? a[3] ?? a[4] ?? '');
    if (name === 'href' || name === 'src' || name === 'action') urls.push(value);
    else if (name === 'class' && classes.size) {
      for (const c of value.toLowerCase().split(/\s+/)) {
        const rule = classes.get(c);
        if (rule) layers.push(rule);
      }
    } else if (name === 'style') inline = styleOf(declarations(value));
    else if (name === 'bgcolor') presentational.background = parseColor(value);
    // a background picture decides what shows: the contrast is then not judged
    else if (name === 'background' && value) presentational.background = null;
    else if ((name === 'color' && tag === 'font') || (name === 'text' && tag === 'body')) presentational.color = parseColor(value);
  }
  if (layers.length === 1 && !inline && presentational.color === undefined && presentational.background === undefined && !layers[0]!.hides) return NO_STYLE;
  layers.splice(1, 0, presentational);
  if (inline) layers.push(inline);
  return mergeStyles(layers);
}

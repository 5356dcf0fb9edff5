// Real QR-code images for tests, made by the tools people make them with: qrencode writes the
// code (PNG), netpbm turns it into a photo-sized picture, an inverted one, GIF or BMP, libjpeg's
// cjpeg into a JPEG, libwebp's cwebp and webpmux into WebP, img2pdf puts it into a PDF the way scanners' and office tools' PDFs hold
// pictures. zbarimg (package zbar-tools), another reader, must read each fixture before a test
// relies on it. Debian packages: qrencode netpbm libjpeg-turbo-progs webp img2pdf zbar-tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QrImageOptions {
  /** file format (default png); WebP lossy (VP8), lossless (VP8L) or extended (VP8X, here for an XMP packet) */
  format?: 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp' | 'webp-lossless' | 'webp-extended';
  /** pixels per module (default 6) */
  scale?: number;
  /** white code on black, as some phishing mail sends it to slip past readers */
  inverted?: boolean;
  /** place the code at this offset on a white page of this size, like a scanned letter: [width, height, left, top] */
  page?: readonly [number, number, number, number];
  /** an 8-bit RGB PNG (a screenshot) instead of a 1-bit one */
  rgb?: boolean;
}

/** Runs a shell pipeline in a temporary directory; returns the file it wrote. */
function inTemp<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mm-qr-'));
  try { return work(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}
const sh = (script: string, cwd: string): void => { execFileSync('bash', ['-o', 'pipefail', '-c', script], { cwd, stdio: ['ignore', 'ignore', 'pipe'] }); };

/** An image file holding a QR code of `text`. */
export function qrImage(text: string, o: QrImageOptions = {}): Buffer {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'text'), text);
    sh(`qrencode -r text -s ${o.scale ?? 6} -o - | pngtopnm > code.pnm`, dir);
    let source = 'code.pnm';
    if (o.page) {
      const [w, h, left, top] = o.page;
      const [, cw, ch] = /(\d+) by (\d+)/.exec(execFileSync('pnmfile', ['code.pnm'], { cwd: dir, encoding: 'utf8' }))!.map(Number);
      sh(`pnmpad -white -left ${left} -top ${top} -right ${w - left - cw!} -bottom ${h - top - ch!} code.pnm > page.pnm`, dir);
      source = 'page.pnm';
    }
    const toWebp = (flags: string, then = ''): string => `pnmtopng > in.png && cwebp -quiet ${flags} in.png -o /dev/stdout${then}`;
    const toFile = {
      png: o.rgb ? 'ppmtoppm | pnmtopng -force' : 'pnmtopng', jpeg: 'cjpeg -quality 85', gif: 'ppmtogif', bmp: 'ppmtobmp',
      webp: toWebp('-q 80'), 'webp-lossless': toWebp('-lossless'),
      'webp-extended': toWebp('-q 80', ' > plain.webp && echo "<x:xmpmeta xmlns:x=\'adobe:ns:meta/\'/>" > meta.xmp && webpmux -set xmp meta.xmp plain.webp -o /dev/stdout'),
    }[o.format ?? 'png'];
    sh(`cat ${source} ${o.inverted ? '| pnminvert' : ''} | ${toFile} > out`, dir);
    return readFileSync(join(dir, 'out'));
  });
}

/**
 * A QR code image cut into `count` equal pieces, as the split-QR phishing kits send it: 'column'
 * pieces go one below the other (cut across), 'row' pieces side by side (cut down), 'grid' cuts
 * it in quarters (count 4), in reading order. Cut with netpbm's pamcut, each piece a PNG (or the
 * format asked for).
 */
export function qrPieces(text: string, count: number, axis: 'row' | 'column' | 'grid', o: { format?: 'png' | 'jpeg' | 'webp'; scale?: number } = {}): Buffer[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'text'), text);
    sh(`qrencode -r text -s ${o.scale ?? 6} -o - | pngtopnm > code.pnm`, dir);
    const [, w, h] = /(\d+) by (\d+)/.exec(execFileSync('pnmfile', ['code.pnm'], { cwd: dir, encoding: 'utf8' }))!.map(Number) as [number, number, number];
    const toFile = { png: 'pnmtopng', jpeg: 'cjpeg -quality 90', webp: 'pnmtopng > p.png && cwebp -quiet -lossless p.png -o /dev/stdout' }[o.format ?? 'png'];
    if (axis === 'grid') {
      // qrencode's sides are even at an even scale: four equal quarters
      return [[0, 0], [w / 2, 0], [0, h / 2], [w / 2, h / 2]].map(([left, top]) => {
        sh(`pamcut -left ${left} -top ${top} -width ${w / 2} -height ${h / 2} code.pnm | ${toFile} > piece`, dir);
        return readFileSync(join(dir, 'piece'));
      });
    }
    const step = Math.ceil((axis === 'column' ? h : w) / count);
    return Array.from({ length: count }, (_, i) => {
      const from = i * step; const size = Math.min(step, (axis === 'column' ? h : w) - from);
      const cut = axis === 'column' ? `-top ${from} -height ${size}` : `-left ${from} -width ${size}`;
      sh(`pamcut ${cut} code.pnm | ${toFile} > piece`, dir);
      return readFileSync(join(dir, 'piece'));
    });
  });
}

/**
 * A code inside a code, as the Tycoon kit sends it: a small harmless code pasted over the middle of
 * a big one written with high error correction (-l H), which still reads. PNG.
 */
export function qrNested(outer: string, inner: string): Buffer {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'outer'), outer);
    writeFileSync(join(dir, 'inner'), inner);
    sh('qrencode -l H -s 12 -r outer -o - | pngtopnm > outer.pnm && qrencode -l L -s 3 -m 1 -r inner -o - | pngtopnm > inner.pnm', dir);
    const side = (f: string): number => Number(/(\d+) by/.exec(execFileSync('pnmfile', [f], { cwd: dir, encoding: 'utf8' }))![1]);
    const at = Math.floor((side('outer.pnm') - side('inner.pnm')) / 2);
    sh(`pnmpaste inner.pnm ${at} ${at} outer.pnm | pnmtopng > out`, dir);
    return readFileSync(join(dir, 'out'));
  });
}

/** A white PNG picture of this size, without a code. */
export function blankImage(width: number, height: number): Buffer {
  return execFileSync('bash', ['-o', 'pipefail', '-c', `pbmmake -white ${width} ${height} | pnmtopng`]);
}

/** A WebP picture as PNG, by libwebp's own dwebp: zbarimg cannot read WebP, so the fixture is checked through this. */
export function webpToPng(webp: Buffer): Buffer {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'in.webp'), webp);
    sh('dwebp -quiet in.webp -o out.png', dir);
    return readFileSync(join(dir, 'out.png'));
  });
}

/** What zbarimg reads in an image file: the texts of its QR codes. */
export function zbarTexts(image: Buffer): string[] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'img'), image);
    try {
      return execFileSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', 'img'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
    } catch {
      return []; // exit code 4: no code found
    }
  });
}

/** A PDF with the image file on its page, written by img2pdf (JPEG as is, PNG as compressed pixels). */
export function imageInPdf(image: Buffer, name = 'code.png'): Buffer {
  return inTemp((dir) => {
    writeFileSync(join(dir, name), image);
    execFileSync('img2pdf', [name, '-o', 'out.pdf'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(join(dir, 'out.pdf'));
  });
}

/** poppler's description of a PDF's pictures: [color, bits per component, encoding] each ("gray", "1", "image"). */
export function pdfImageList(pdf: Buffer): string[][] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const out = execFileSync('pdfimages', ['-list', 'in.pdf'], { cwd: dir, encoding: 'utf8' });
    // page num type width height color comp bpc enc …
    return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)).map((c) => [c[2]!, c[5]!, c[7]!, c[8]!]);
  });
}

/** The modules of the QR code of `text` as qrencode lays them out (true = dark), with `margin` modules of quiet zone. */
export function qrMatrix(text: string, margin = 0): boolean[][] {
  return inTemp((dir) => {
    writeFileSync(join(dir, 'text'), text);
    const plain = execFileSync('bash', ['-o', 'pipefail', '-c', `qrencode -r text -s 1 -m ${margin} -o - | pngtopnm -plain`], { cwd: dir, encoding: 'utf8' });
    // plain PBM (P1: 1 = black) or PGM (P2: 0 = black), as pngtopnm chooses for the PNG's palette
    const [magic, width, height, ...rest] = plain.replace(/#.*$/gm, '').trim().split(/\s+/);
    const values = (magic === 'P2' ? rest.slice(1) : rest.join('').split('')).map(Number);
    return Array.from({ length: Number(height) }, (_, y) => values.slice(y * Number(width), (y + 1) * Number(width)).map((v) => (magic === 'P2' ? v === 0 : v === 1)));
  });
}

/** A QR code drawn as an HTML table, one cell per module, as phishing mail draws it to carry no image. */
export function qrTable(matrix: boolean[][], o: { inverted?: boolean; css?: boolean } = {}): string {
  const cell = (dark: boolean): string => {
    const colour = dark !== Boolean(o.inverted) ? '#000000' : '#ffffff';
    return o.css ? `<td style="width:4px;height:4px;background-color:${colour}"></td>` : `<td width="4" height="4" bgcolor="${colour}"></td>`;
  };
  return `<table cellpadding="0" cellspacing="0" border="0">${matrix.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n')}</table>`;
}

/**
 * A QR code drawn with empty boxes, as phishing kits draw it when tables are filtered: `flex` rows
 * of <div>s, inline-block <span>s with a <br> after each row, one CSS `grid` of N×N <div>s coloured
 * by classes of a style sheet, or flex rows whose `runs` of one colour are one wider <div>.
 */
export function qrBoxes(matrix: boolean[][], layout: 'flex' | 'inline' | 'grid' | 'runs', o: { inverted?: boolean } = {}): string {
  const colour = (dark: boolean): string => (dark !== Boolean(o.inverted) ? '#000' : '#fff');
  const box = (dark: boolean, modules = 1): string => `<div style="width:${4 * modules}px;height:4px;background:${colour(dark)}"></div>`;
  switch (layout) {
    case 'flex':
      return matrix.map((row) => `<div style="display:flex">${row.map((d) => box(d)).join('')}</div>`).join('\n');
    case 'inline':
      return `<p style="line-height:0">${matrix.map((row) => row.map((d) => `<span style="display:inline-block;width:4px;height:4px;background-color:${colour(d)}">&nbsp;</span>`).join('')).join('<br>\n')}</p>`;
    case 'grid':
      return `<style>.k{background:${colour(true)}} .w{background-color:${colour(false)}}</style>`
        + `<div style="display:grid;grid-template-columns:repeat(${matrix.length},4px)">${matrix.flat().map((d) => `<div class="${d ? 'k' : 'w'}"></div>`).join('')}</div>`;
    case 'runs':
      return matrix.map((row) => {
        const runs: Array<[boolean, number]> = [];
        for (const d of row) runs.at(-1)?.[0] === d ? runs.at(-1)![1]++ : runs.push([d, 1]);
        return `<div style="display:flex">${runs.map(([d, n]) => box(d, n)).join('')}</div>`;
      }).join('');
  }
}

/** qrencode's drawing of the code in Unicode block characters (UTF8: light modules inked, for dark terminals; UTF8i: dark ones). */
export function qrBlocks(text: string, o: { inverted?: boolean; margin?: number } = {}): string {
  return execFileSync('qrencode', ['-t', o.inverted ? 'UTF8i' : 'UTF8', '-m', String(o.margin ?? 2), text], { encoding: 'utf8' });
}

// Attachment policy: what a file's name and first bytes say it is, also inside ZIP, RAR and 7-Zip archives,
// disk images (ISO 9660), forwarded messages (MIME and Outlook .msg), PDFs (their attached files),
// and Office and RTF documents (macros, packaged files, exploits, content fetched from the web).
// Programs and scripts by mail are the most common way malware reaches a company; ClamAV only
// knows the samples it has signatures for, this knows the file types (as Exchange's "common
// attachment filter", Proxmox's attachment filter and rspamd's mime_types do).
import { Buffer } from 'node:buffer';
import yauzl from 'yauzl';
import { decodeAttribute, reduceHtml } from './html.ts';
import { isIso9660, isoFiles } from './iso9660.ts';
import { isRar, rarListing } from './rar.ts';
import { EQUATION_WHY, MACRO_WHY, XLM_WHY, isOle, oleContents, packagedFile } from './ole.ts';
import { isOneNote, oneNoteFiles } from './onenote.ts';
import { fetchedOnOpen, isRelationshipsPart, webTemplate } from './ooxml.ts';
import { isPdf, pdfKeyBudgetOf, pdfOf } from './pdf.ts';
import type { PdfKeyBudget } from './pdfcrypt.ts';
import type { ParsedMessage } from '../pipeline/types.ts';
import { isRtf, rtfContents } from './rtf.ts';
import { hostOfUrl, readableHost } from './scripts.ts';
import { isSevenZip, sevenZipFiles, sevenZipListing, sevenZipUnlock, type SevenZipBudget } from './sevenzip.ts';
import { gunzipWithin, gzipName, isGzip, isTar, tarFiles } from './tar.ts';
import { isXz, unxzWithin } from './xz.ts';
import { isZip, unlockEntry, unpack, type UnlockBudget } from './zip.ts';
import { URL_RE } from './url-pattern.ts';
import { parseMessage } from '../mail/parse.ts';

/**
 * Programs, scripts and shortcuts Windows runs on a double click (Exchange Online's list and more),
 * and virtual hard disks (.vhd, .vhdx: Windows mounts them on a double click, their programs outside
 * the "downloaded from the internet" mark; Outlook blocks them, and their files are not read here).
 */
export const DEFAULT_BLOCK_EXTENSIONS: readonly string[] = [
  'ade', 'adp', 'apk', 'app', 'application', 'appref-ms', 'appx', 'appxbundle', 'bas', 'bat', 'chm', 'cmd', 'com', 'cpl',
  'diagcab', 'dll', 'exe', 'gadget', 'hta', 'inf', 'ins', 'isp', 'jar', 'jnlp', 'js', 'jse', 'lnk', 'mde', 'msc', 'msi',
  'msix', 'msixbundle', 'msp', 'mst', 'pif', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psm1', 'reg',
  'scf', 'scr', 'sct', 'settingcontent-ms', 'shb', 'shs', 'sys', 'vb', 'vbe', 'vbs', 'vhd', 'vhdx', 'vxd', 'ws', 'wsc', 'wsf',
  'wsh', 'xbap', 'xll',
];

/** Types malware hides in that people also send honestly: they add a score, they do not refuse. */
export const DEFAULT_RISKY_EXTENSIONS: readonly string[] = [
  // disk images: they open with a click and their files escape the "downloaded from the internet" mark
  // (their files are read, ISO 9660, and judged like attachments)
  'iso', 'img',
  // macro-enabled Office documents and OneNote files
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm', 'one', 'onepkg',
  // web pages and images with scripts: the usual carriers of a login-page phish; internet
  // shortcuts (people do share links as .url files: one is in the SpamAssassin corpus's ham)
  'htm', 'html', 'shtml', 'xhtml', 'mht', 'mhtml', 'svg', 'url',
  // old archive formats nobody sends any more, except malware that hopes scanners cannot open them
  'ace', 'arj', 'lzh', 'lha',
];

/** Extensions people trust on sight: one of them in front of another ("invoice.pdf.exe") is a disguise. */
const LOOKS_HARMLESS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'csv', 'jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff', 'bmp', 'mp3', 'mp4', 'wav', 'eml', 'msg']);
/** Single-file compressors: "x.exe.gz" unpacks to x.exe. */
const COMPRESSORS = new Set(['gz', 'bz2', 'xz', 'z', 'lz', 'lzma', 'zst']);
/** Right-to-left overrides and other direction marks turn "invoice‮fdp.exe" into "invoiceexe.pdf" on screen. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export interface AttachmentPolicy {
  block: ReadonlySet<string>;
  risky: ReadonlySet<string>;
  /** look inside ZIP archives (their file names; nested archives are unpacked) and forwarded messages */
  inspectArchives: boolean;
  /** nesting levels opened (archives and forwarded messages): 1 = the attached archive only */
  maxArchiveDepth: number;
  /** bytes of nested archives unpacked per message, in all (a bound against zip bombs) */
  maxUnpackBytes: number;
  /** entries listed per archive */
  maxEntries: number;
}

export type FindingKind = 'blocked' | 'risky' | 'deceptive' | 'encrypted' | 'phish-page' | 'macro' | 'exploit' | 'remote' | 'pdf-script';

export interface Finding {
  kind: FindingKind;
  /** where: the attachment's name, then the names inside archives, e.g. ["docs.zip", "invoice.pdf.exe"] */
  path: string[];
  /** what gave it away, e.g. ".exe" or "a Windows program" */
  why: string;
  /** a locked archive opened with the password the text gives (its files judged and handed to the scanner) */
  unlocked?: true;
}

export interface AttachmentFile {
  filename: string | null;
  /** the part's Content-Type, e.g. message/rfc822 for a forwarded message */
  mimeType?: string;
  content: Uint8Array;
}

/** The extensions that count, outermost last: "Invoice.PDF   .exe. " → ["pdf", "exe"]. */
export function extensionsOf(name: string): string[] {
  const parts = name.normalize('NFC').replace(/[\s.]+$/u, '').toLowerCase().split('.');
  if (parts.length < 2) return [];
  const exts: string[] = [];
  // from the end while the parts look like extensions: "Offer v1.2 final.pdf.exe" → ["pdf", "exe"]
  for (let i = parts.length - 1; i > 0; i--) {
    const ext = parts[i]!.trim();
    if (!/^[\p{L}\p{N}_-]{1,20}$/u.test(ext)) break;
    exts.unshift(ext);
  }
  return exts;
}

/** What a file name says: a blocked or risky type, and whether the name disguises it. */
export function nameFindings(name: string, path: string[], policy: Pick<AttachmentPolicy, 'block' | 'risky'>): Finding[] {
  const found: Finding[] = [];
  if (BIDI_CONTROLS.test(name)) found.push({ kind: 'deceptive', path, why: 'text-direction control characters in the name' });
  const exts = extensionsOf(name);
  let i = exts.length - 1;
  if (i > 0 && COMPRESSORS.has(exts[i]!)) i--;
  const ext = exts[i];
  if (!ext) return found;
  const kind = policy.block.has(ext) ? 'blocked' : policy.risky.has(ext) ? 'risky' : null;
  if (!kind) return found;
  found.push({ kind, path, why: `.${ext}` });
  const inner = exts[i - 1];
  if (inner && LOOKS_HARMLESS.has(inner)) found.push({ kind: 'deceptive', path, why: `.${inner} in front of .${ext}` });
  return found;
}

/** a harmless-looking extension in front of another, as a file name written in a text ends (".pdf.html") */
const DOUBLE_EXTENSION = new RegExp(String.raw`\.(?:${[...LOOKS_HARMLESS].join('|')})\.[\p{L}\p{N}]{1,6}(?![\p{L}\p{N}.])`, 'giu');
/** the rest of the file name before it ("Diakirixi_Promitheias_2027"), read back from the extensions */
const NAME_BEFORE = /[\p{L}\p{N}_()[\]-][\p{L}\p{N}_()[\] .-]{0,120}$/u;

/**
 * The files a text names whose name disguises their type as nameFindings reads an attachment's:
 * "Diakirixi_Promitheias_2027.pdf.html" in a file-transfer service's list of the files sent, the
 * download behind its button. Each as "name (.pdf in front of .html)".
 */
export function deceptiveNamesIn(text: string, policy: Pick<AttachmentPolicy, 'block' | 'risky'>): string[] {
  const out: string[] = [];
  // the extensions first (rare in a text), then the name before them: a pattern that tried each place in the text as a
  // name's start cost 10 ms on a 60 kB letter, on every inbound message
  for (const m of text.matchAll(DOUBLE_EXTENSION)) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 121), m.index));
    if (!before) continue;
    const name = (before[0] + m[0]).trim();
    const deceptive = nameFindings(name, [], policy).find((f) => f.kind === 'deceptive');
    if (deceptive && !out.some((o) => o.startsWith(name))) out.push(`${name} (${deceptive.why})`);
  }
  return out;
}

/** A program by its first bytes, whatever its name says: "a Windows program", or null. */
export function programKind(bytes: Uint8Array): string | null {
  if (bytes.length >= 64 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const pe = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(0x3c);
    if (pe + 4 <= bytes.length && bytes[pe] === 0x50 && bytes[pe + 1] === 0x45 && bytes[pe + 2] === 0 && bytes[pe + 3] === 0) return 'a Windows program';
  }
  if (bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) return 'a Linux program';
  // a shell link: header size 0x4C, then the class ID {00021401-0000-0000-C000-000000000046}
  if (bytes.length >= 20 && SHELL_LINK.every((x, i) => bytes[i] === x)) return 'a Windows shortcut';
  return null;
}
const SHELL_LINK = Buffer.from('4c0000000114020000000000c000000000000046', 'hex');

/** The target of an internet shortcut (.url: "[InternetShortcut]" then "URL=…"), or null when the file is not one. */
export function internetShortcutTarget(content: Uint8Array): string | null {
  const text = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 8192)).toString('latin1');
  if (!/^\s*\[InternetShortcut\]/i.test(text)) return null;
  return /^URL=(.+)$/im.exec(text)?.[1]?.trim() ?? null;
}

/**
 * Whether a shortcut's target is a file on a network share: `\\host\share`, `file://host/share`
 * or `file:////host/share` (not `file:///C:/…` or `file:///home/…`, files on the reader's own
 * disk). With a double click Windows fetches and opens it over SMB or WebDAV, past the browser's
 * download checks.
 */
export function isNetworkShare(target: string): boolean {
  const t = target.trim().replace(/\\/g, '/');
  const m = /^(?:file:)?(\/*)([^/]+)\//i.exec(t);
  if (!m || /^[a-z]:$/i.test(m[2]!) || /^localhost$/i.test(m[2]!)) return false;
  const slashes = m[1]!.length;
  return /^file:/i.test(t) ? slashes === 2 || slashes >= 4 : slashes === 2;
}

/**
 * What a script runs as, by its text: for files embedded in a OneNote section, whose names are not
 * read (only there: people mail honest scripts as unnamed text parts too).
 */
export function scriptKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  if (/<hta:application\b/i.test(head)) return 'an HTML application (HTA)';
  if (/^\s*@?echo\s+off\b/i.test(head)) return 'a batch script';
  if (/\bWScript\.(?:Shell|CreateObject)\b|CreateObject\s*\(\s*["']WScript\./i.test(head)) return 'a Windows script (VBScript/JScript)';
  if (/\bpowershell(?:\.exe)?\b[^\r\n]{0,200}?\s-(?:e|ec|enc|encodedcommand)\s+[A-Za-z0-9+/=]{8,}/i.test(head)) return 'a PowerShell command';
  return null;
}

/** An OLE2 file's macros, and the files it carries inspected like attachments. */
async function inspectOle(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  if (bytes.byteLength > budget.bytes) return [];
  budget.bytes -= bytes.byteLength; // reading it copies its streams
  const ole = oleContents(bytes, budget.bytes);
  if (!ole) return [];
  const found: Finding[] = [];
  if (ole.macro) found.push({ kind: 'macro', path, why: ole.macro });
  if (ole.exploit) found.push({ kind: 'exploit', path, why: ole.exploit });
  if (ole.remote) found.push({ kind: 'remote', path, why: ole.remote });
  // objects stored inside the document are part of it: "deck.ppt (an Office document with macros)"
  for (const inner of depth < policy.maxArchiveDepth ? ole.embedded : []) found.push(...await inspectOle(inner, path, depth + 1, policy, budget));
  if (ole.files.length && depth < policy.maxArchiveDepth) found.push(...await inspectFiles(ole.files, path, depth + 1, policy, budget));
  return withoutRepeats(found);
}

/** relationship parts are small; a larger one is not read */
const RELS_MAX_BYTES = 1_000_000;

/** OOXML parts that are macros: VBA, and Excel 4.0 macro sheets. */
const ooxmlMacro = (entryName: string): string | null =>
  /(^|\/)vbaProject\.bin$/i.test(entryName) ? MACRO_WHY : /^xl\/macrosheets\//i.test(entryName) ? XLM_WHY : null;
/**
 * Archive entries (and OOXML parts) unpacked to look inside: archives, disk images, Office
 * documents old (OLE2) and new (ZIP-based), Outlook messages, embedded objects (.bin), PDFs,
 * forwarded messages, and internet shortcuts (one that opens a file on a network share is a
 * known dropper, and it is a few bytes).
 */
const CONTAINER_EXTENSIONS = new Set([
  'zip', 'rar', '7z', 'iso', 'img', 'msg', 'bin', 'rtf', 'one', 'pdf', 'tar', 'tgz', 'gz', 'txz', 'xz', 'eml', 'url',
  'doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot',
  'docx', 'docm', 'dotm', 'xlsx', 'xlsm', 'xltm', 'xlam', 'pptx', 'pptm', 'ppsm', 'potm', 'ppam',
]);

const baseName = (entryName: string): string => entryName.split(/[\\/]/).pop() ?? entryName;

/**
 * Whether an archive's file is unpacked to be judged by its bytes (ZIP, 7-Zip): archives and
 * documents while the nesting allows, web pages always; what they are is then read from their
 * bytes. Other files are judged by name (clamd unpacks them all for its signatures).
 */
function unpackedByName(entryName: string, depth: number, policy: AttachmentPolicy): boolean {
  const ext = extensionsOf(baseName(entryName)).at(-1) ?? '';
  return (CONTAINER_EXTENSIONS.has(ext) && depth < policy.maxArchiveDepth) || WEB_PAGE_EXTENSIONS.has(ext);
}

/** A PDF's active content (see PdfActions), and the files attached inside it, judged like attachments. */
async function inspectPdf(content: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const pdf = pdfOf(content, budget.pdfKeys);
  const found: Finding[] = [];
  for (const { file, parameters } of pdf.actions.launches) {
    // a PDF that starts a program is made for nothing else (the "/Launch cmd.exe" droppers); one
    // that opens another document is a link between documents (TeX manuals have them)
    const ext = extensionsOf(file ?? '').at(-1);
    if (file !== null && !parameters && ext && !policy.block.has(ext)) continue;
    found.push({ kind: 'exploit', path, why: `a PDF that starts a program: /Launch ${file ?? '(name not readable)'}${parameters ? ' with parameters' : ''}` });
  }
  if (pdf.actions.scriptOnOpen) found.push({ kind: 'pdf-script', path, why: 'JavaScript that runs as the PDF opens' });
  // files attached inside a PDF open from the reader
  if (policy.inspectArchives && depth < policy.maxArchiveDepth) found.push(...await inspectFiles(pdf.files, path, depth + 1, policy, budget));
  return found;
}

async function inspectZip(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const found: Finding[] = [];
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true, autoClose: false });
  } catch {
    return found; // not readable as ZIP: ClamAV still scans it
  }
  let encrypted = false;
  let unlocked = false;
  let entries = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (++entries > policy.maxEntries) break;
      const name = baseName(entry.fileName);
      const at = [...path, name];
      if (entry.isEncrypted()) encrypted = true;
      if (isRelationshipsPart(entry.fileName)) {
        const rels = entry.uncompressedSize <= RELS_MAX_BYTES && !entry.isEncrypted() ? await unpack(archive, zip, entry, budget).catch(() => null) : null;
        // as with macros, the document's own parts are reported as the document
        for (const f of rels ? fetchedOnOpen(rels.toString('utf8')) : []) found.push({ ...f, path });
        continue;
      }
      const macro = ooxmlMacro(entry.fileName);
      // a document's own parts are reported as the document ("invoice.docx (an Office document with macros)")
      if (macro) found.push({ kind: 'macro', path, why: macro });
      if (macro) continue;
      met(budget, at);
      const byName = nameFindings(name, at, policy);
      found.push(...byName);
      // a locked entry of any type is opened with the password the mail gives, as its reader
      // will: ClamAV cannot open it, so what it holds is handed to the scanner (`unlocked`)
      let inner: Buffer | null = null;
      if (entry.isEncrypted()) {
        inner = await unlockEntry(archive, entry, budget.passwords(), budget);
        if (inner) {
          unlocked = true;
          budget.unlocked.push({ path: at, data: inner });
        }
      } else if (unpackedByName(name, depth, policy)) {
        inner = await unpack(archive, zip, entry, budget).catch(() => null);
      }
      if (!inner) continue;
      // an OOXML document's embedded object (word/embeddings/oleObject1.bin) is part of the document
      if (isOle(inner) && /(^|\/)embeddings\//i.test(entry.fileName)) found.push(...await inspectOle(inner, path, depth + 1, policy, budget));
      else found.push(...await inspectContent({ filename: name, content: inner }, at, depth + 1, policy, budget, byName));
    }
  } catch {
    // a damaged central directory: keep what was read before it
  } finally {
    zip.close();
  }
  if (encrypted) found.push(unlocked ? { kind: 'encrypted', path, why: 'password-protected ZIP, opened with the password in the text', unlocked } : { kind: 'encrypted', path, why: 'password-protected ZIP' });
  return withoutRepeats(found);
}

/** Web pages by name: they open in the browser, with scripts, from a local file. */
const WEB_PAGE_EXTENSIONS = new Set(['htm', 'html', 'shtml', 'xhtml', 'mht', 'mhtml', 'svg']);
/** bytes of a web page read for the signs below: phishing pages are small, a saved site may not be */
const WEB_PAGE_MAX_BYTES = 2_000_000;

/** Whether a file is a web page (an SVG picture is one too: it opens in the browser): by its extension, its Content-Type, or its first bytes. */
export function isWebPage(file: Pick<AttachmentFile, 'filename' | 'mimeType' | 'content'>): boolean {
  const ext = extensionsOf(file.filename ?? '').at(-1);
  if (ext && WEB_PAGE_EXTENSIONS.has(ext)) return true;
  if (file.mimeType && /^(?:text\/html|application\/xhtml\+xml|multipart\/related)$/i.test(file.mimeType)) return true;
  const head = Buffer.from(file.content.buffer, file.content.byteOffset, Math.min(file.content.byteLength, 512)).toString('latin1');
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html\b)/i.test(head) || isSvgPicture(file);
}

// What a login-page phish or an HTML smuggler needs, and a web page someone sends honestly (a saved
// article, a report, an HTML invoice) does not. Measured on the HTML files of a Debian system and
// its node_modules (bench/phish-pages.ts).
// Tag patterns stop at the next "<" or ">", so a page of a million unclosed "<input " costs linear time.
const PASSWORD_FIELD = /<input\b[^<>]*?\btype\s*=\s*["']?password\b/i;
/**
 * a field that is not typed as one but says it is for the password, by its name, id, label or
 * placeholder ("<input type="text" name="f0" placeholder="Contraseña">", the seventy-sixth pair's
 * "Teams voicemail" page): typed as plain text so that a filter looking for password fields finds none
 */
const PASSWORD_NAMED_FIELD = /<input\b(?![^<>]*?\btype\s*=\s*["']?(?:hidden|submit|button|checkbox|radio|image|reset)\b)[^<>]*?\b(?:placeholder|aria-label|name|id)\s*=\s*["']?[^"'<>]{0,12}?(?:password|passwort|kennwort|passwd|contrase(?:ñ|&ntilde;|&#241;|n)a|hasło|has&#322;o|haslo|пароль|κωδικ)/i;
/** a form's target, from the <form> tags before a password field (the last one holds it) */
const FORM_ACTION = /<form\b[^<>]*?\baction\s*=\s*["']?([^"'\s<>]+)/gi;

/**
 * Where a page's password field posts to ("https://o365-verify.example/next.php", "" when the form
 * names no target), or null when it has none: the message's own HTML asking for a password is a
 * login form in the mail itself (the phishing check), an attached page is a login page (here).
 */
export function passwordForm(html: string): { action: string } | null {
  const field = PASSWORD_FIELD.exec(html) ?? PASSWORD_NAMED_FIELD.exec(html);
  if (!field) return null;
  const forms = [...html.slice(0, field.index).matchAll(FORM_ACTION)];
  return { action: decodeAttribute(forms.at(-1)?.[1] ?? '') };
}
/** a long encoded string decoded in place: the page's real content, hidden from scanners */
const DECODED_BLOB = /\b(?:atob|unescape|decodeURIComponent)\s*\(\s*["'`][A-Za-z0-9+/=%\\]{400,}/;
/** code that is decoded and run, of any length, or a script loaded from a data: address */
const DECODED_CODE = /\b(?:eval|Function|document\.write(?:ln)?)\s*\(\s*(?:window\.)?(?:atob|unescape|decodeURIComponent)\s*\(|<script\b[^<>]*?\ssrc\s*=\s*["']?\s*data:/i;
/**
 * a file built in the browser and handed to the reader: HTML smuggling. Obfuscated smugglers name
 * the API in strings (`new window[names[3]]`, `link[names[2]] = …` with names = ["Blob", "download"]).
 */
const SMUGGLING = /\bnew\s+Blob\s*\(|["'`]Blob["'`]/;
const SMUGGLING_SAVE = /msSaveOrOpenBlob|\.download\s*=|\bdownload\s*:\s*["'`]|["'`]download["'`]/;
/** a long encoded string reversed before use ("…".split("").reverse().join("")): hidden from scanners */
const REVERSED_BLOB = /["'`][A-Za-z0-9+/=]{200,}["'`]\s*\.\s*split\s*\(\s*["'`]{2}\s*\)\s*\.\s*reverse\s*\(/;
/**
 * Letters written as \x escapes in a script's strings ("\x61\x74\x6f\x62" is "atob"), read as the
 * letters: obfuscators escape the API names a scanner looks for; nothing else needs to.
 */
const unescapeLetters = (page: string): string => (page.includes('\\x') ? page.replace(/\\x([46][1-9a-f]|[57][0-9a])/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : page);
/** sent on to a web site as soon as it opens */
const SCRIPT_REDIRECT = /\blocation(?:\.href)?\s*=\s*["'`]https?:|\blocation\.(?:replace|assign)\s*\(\s*["'`]https?:/i;
const META_TAG = /<meta\b[^<>]*/gi;
const isRefreshToWeb = (tag: string): boolean => /http-equiv\s*=\s*["']?refresh/i.test(tag) && /url\s*=\s*["']?\s*https?:/i.test(tag);
const redirects = (page: string): boolean => SCRIPT_REDIRECT.test(page) || [...page.matchAll(META_TAG)].some((m) => isRefreshToWeb(m[0]));
/** a redirect counts only from a page with little to read (a real page that links on has text) */
const REDIRECT_MAX_TEXT = 300;
/** runs of text that may hide a web address: base64 from a string's start, escapes mixed with plain characters */
const HIDDEN_RUN = /["'`\s(=](aHR0c[A-Za-z0-9+/_-]+={0,2})|((?:%[0-9a-f]{2}|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|&#x?[0-9a-f]+;)(?:%[0-9a-f]{2}|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|&#x?[0-9a-f]+;|[^\s"'`<>\\%&])*)/gi;
/** the end of a reversed address; its start is found by walking back (a pattern that matched the whole run backtracks quadratically) */
const REVERSED_SCHEME = /\/\/:s?ptth/gi;
/** characters of one run decoded: enough for any web address */
const HIDDEN_RUN_MAX_CHARS = 8000;
const unescapeRun = (run: string): string => run.replace(/%([0-9a-f]{2})|\\x([0-9a-f]{2})|\\u([0-9a-f]{4})|&#(x?)([0-9a-f]+);/gi,
  (_, pct?: string, hex?: string, uni?: string, x?: string, ref?: string) => {
    const code = parseInt(pct ?? hex ?? uni ?? ref!, pct || hex || uni || x ? 16 : 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''; // NaN for "&#ab;"
  });

/**
 * The web addresses a page hides from scanners, decoded: "http://" or "https://" written in base64,
 * percent, hex or Unicode escapes, HTML character references, or backwards. Phishing pages hide
 * where they send the reader or post the password that way; none of the 112,627 web pages on the
 * development machine does (bench/phish-pages.ts). Base64 counts only at the start of a string:
 * inside a data: URI, "http://" is often an SVG picture's xmlns. The checks that judge links look
 * the decoded addresses up like any other.
 */
export function hiddenWebAddresses(page: string): string[] {
  const urls: string[] = [];
  const decoded: string[] = [];
  for (const m of page.matchAll(HIDDEN_RUN)) {
    if (m[1]) decoded.push(Buffer.from(m[1].slice(0, HIDDEN_RUN_MAX_CHARS), 'base64').toString('latin1'));
    // an escaped run with "http:" written plainly in it hides nothing (a code sample in a link, "&#60;a href=http://…")
    else if (!/https?:/i.test(m[2])) decoded.push(unescapeRun(m[2].slice(0, HIDDEN_RUN_MAX_CHARS)));
  }
  let previousEnd = 0;
  for (const m of page.matchAll(REVERSED_SCHEME)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > previousEnd && end - start < HIDDEN_RUN_MAX_CHARS && !/[\s"'`<>]/.test(page[start - 1])) start--;
    decoded.push([...page.slice(start, end)].reverse().join(''));
    previousEnd = end;
  }
  for (const text of decoded) for (const u of text.matchAll(URL_RE)) if (/^https?:\/\//i.test(u[0])) urls.push(u[0]);
  return urls;
}

/** a picture, not a page: the first element is <svg> */
const SVG_ROOT = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[^]*?-->|<!doctype[^>]*>)\s*)*<svg\b/i;
const svgRoot = (head: string): boolean => SVG_ROOT.test(head.slice(0, 4096));

/** Whether a file is an SVG picture: by Content-Type or name, or an <svg> first element. */
export function isSvgPicture(file: Pick<AttachmentFile, 'filename' | 'mimeType' | 'content'>): boolean {
  if (/^image\/svg\+xml$/i.test(file.mimeType ?? '') || extensionsOf(file.filename ?? '').at(-1) === 'svg') return true;
  return svgRoot(Buffer.from(file.content.buffer, file.content.byteOffset, Math.min(file.content.byteLength, 4096)).toString('latin1'));
}
/** What makes a picture run code as it opens in the browser: a script, an event handler, a
 *  javascript: link. The 820 SVG files of the development machine have none (diagrams use
 *  <foreignObject> for their HTML labels, so that is no sign). */
const SVG_CODE = /<script\b|<[a-z][^<>]*?\son[a-z]+\s*=|\bhref\s*=\s*["']?\s*javascript:/i;
/** a link element's web address in a picture (a diagram's link to its documentation, or the voicemail lure's "Play message" button) */
const SVG_WEB_LINK = /<a\b[^<>]*?\s(?:xlink:)?href\s*=\s*["']?\s*(https?:\/\/[^\s"'<>]+)/gi;
/** The web addresses an SVG picture's link elements lead to (none for a file that is no SVG picture). */
export function svgWebLinks(file: Pick<AttachmentFile, 'filename' | 'mimeType' | 'content'>): string[] {
  if (!isSvgPicture(file)) return [];
  return [...webPageText(file.content).matchAll(SVG_WEB_LINK)].map((m) => decodeAttribute(m[1]!));
}
/** a script or frame fetched from the web: the page's real content lives there */
const REMOTE_CONTENT = /<(?:script|iframe|frame|embed|object)\b[^<>]*?\s(?:src|data)\s*=\s*["']?\s*(?:https?:)?\/\//i;

/** An attached web page's text, its first WEB_PAGE_MAX_BYTES; an .mht is the page in MIME, so its
 *  quoted-printable is undone (`type=3D"password"` reads as HTML). */
export function webPageText(content: Uint8Array, mht = false): string {
  const page = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, WEB_PAGE_MAX_BYTES)).toString('latin1');
  return mht || /^mime-version:/im.test(page.slice(0, 2000)) ? page.replace(/=\r?\n/g, '').replace(/=3D/gi, '=') : page;
}

/** What makes an attached web page a phishing page or a smuggler, or null. */
export function phishPageSign(content: Uint8Array, mht = false): string | null {
  const page = webPageText(content, mht);
  // the page is read byte for byte (latin1); a field's label in another script is read as UTF-8, as browsers mostly would
  if (passwordForm(page) || (/[\x80-\xff]/.test(page) && passwordForm(Buffer.from(page, 'latin1').toString('utf8')))) return 'a web page that asks for a password';
  const code = unescapeLetters(page);
  if (SMUGGLING.test(code) && SMUGGLING_SAVE.test(code)) return 'a web page that builds a file to save (HTML smuggling)';
  if (DECODED_BLOB.test(code) || DECODED_CODE.test(code) || REVERSED_BLOB.test(code)) return 'a web page that decodes hidden content';
  if (svgRoot(page) && SVG_CODE.test(page)) return 'an SVG picture that runs a script';
  const hidden = hiddenWebAddresses(page).map(hostOfUrl).find((h) => h);
  if (hidden) return `a web page that hides a web address: ${readableHost(hidden)}`;
  const redirect = redirects(page), remote = !redirect && REMOTE_CONTENT.test(page);
  if (!redirect && !remote) return null;
  if (reduceHtml(page).text.replace(/\s+/g, ' ').trim().length > REDIRECT_MAX_TEXT) return null;
  return redirect ? 'a web page that sends the reader on to a web site' : 'a web page with nothing to read that loads its content from the web';
}

/** A RAR archive: its file names (the data is compressed with RAR's own methods), and whether a password hides them. */
function inspectRar(bytes: Uint8Array, path: string[], policy: AttachmentPolicy, budget: Walk): Finding[] {
  const listing = rarListing(bytes, policy.maxEntries);
  const found = listing.names.flatMap((n) => nameFindings(baseName(n), met(budget, [...path, baseName(n)]), policy));
  if (listing.namesHidden) found.push({ kind: 'encrypted', path, why: 'RAR archive with encrypted names' });
  else if (listing.encrypted) found.push({ kind: 'encrypted', path, why: 'password-protected RAR' });
  return found;
}

/**
 * A 7-Zip archive: its file names (read from the header), what its archives, documents and web
 * pages hold (unpacked as a ZIP's are), and whether a password hides them.
 */
async function inspectSevenZip(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const listing = await sevenZipListing(bytes, policy.maxEntries);
  // the plain folders' files worth unpacking (the header is read again only when there are any):
  // "Rechnung.7z > Rechnung.zip > Rechnung.pdf.exe" hid behind a ZIP that was never opened
  const wanted = (name: string): boolean => unpackedByName(name, depth, policy);
  const plain = listing.names.some(wanted) ? await sevenZipFiles(bytes, wanted, policy.maxEntries, budget) : [];
  // locked: opened with the password the mail gives, as its reader will; clamd cannot open it, so
  // what it holds goes to the scanner (`unlocked`), and is judged here like any attachment
  const passwords = listing.encrypted ? budget.passwords() : [];
  const unlocked = passwords.length ? await sevenZipUnlock(bytes, passwords, policy.maxEntries, budget) : { names: [], files: [] };
  for (const f of unlocked.files) budget.unlocked.push({ path: [...path, baseName(f.name)], data: f.content });
  const inside = [...plain, ...(depth < policy.maxArchiveDepth ? unlocked.files : [])];
  // judged by name alone: what is not unpacked (with encrypted names, what the password showed:
  // a program's BCJ filter is not undone); each file is met once
  const opened = new Set(inside.map((f) => f.name));
  const names = (listing.namesHidden ? unlocked.names : listing.names).filter((n) => !opened.has(n));
  const found = names.flatMap((n) => nameFindings(baseName(n), met(budget, [...path, baseName(n)]), policy));
  found.push(...await inspectFiles(inside.map((f) => ({ filename: baseName(f.name), content: f.content })), path, depth + 1, policy, budget));
  const wasOpened = unlocked.files.length || unlocked.names.length ? { unlocked: true as const } : {};
  const how = 'unlocked' in wasOpened ? ', opened with the password in the text' : '';
  if (listing.namesHidden) found.push({ kind: 'encrypted', path, why: `7-Zip archive with encrypted names${how}`, ...wasOpened });
  else if (listing.encrypted) found.push({ kind: 'encrypted', path, why: `password-protected 7-Zip archive${how}`, ...wasOpened });
  return withoutRepeats(found);
}

/** A OneNote section's embedded files, by content: programs, shortcuts and scripts are refused. */
async function inspectOneNote(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const found: Finding[] = [];
  const others: AttachmentFile[] = [];
  for (const content of oneNoteFiles(bytes, policy.maxEntries)) {
    const script = scriptKind(content);
    if (script) found.push({ kind: 'blocked', path: [...path, '(embedded file)'], why: script });
    else others.push({ filename: null, content });
  }
  return [...found, ...await inspectFiles(others, path, depth, policy, budget)];
}

/** A disk image (.iso, or .img or any other name): its files open with a double click, like an archive's. */
async function inspectIso(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  if (depth >= policy.maxArchiveDepth) return [];
  // names always count; contents only within the unpack budget
  const inside = isoFiles(bytes, policy.maxEntries).map((f): AttachmentFile => {
    const fits = f.content.byteLength <= budget.bytes;
    if (fits) budget.bytes -= f.content.byteLength;
    return { filename: f.path.at(-1) ?? null, content: fits ? f.content : new Uint8Array(0) };
  });
  return inspectFiles(inside, path, depth + 1, policy, budget);
}

/** A tar archive: its files judged like an archive's; names always, contents within the unpack budget. */
async function inspectTar(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  if (depth >= policy.maxArchiveDepth) return [];
  const inside = tarFiles(bytes, policy.maxEntries).map((f): AttachmentFile => {
    const fits = f.content.byteLength <= budget.bytes;
    if (fits) budget.bytes -= f.content.byteLength;
    return { filename: baseName(f.name) || null, content: fits ? f.content : new Uint8Array(0) };
  });
  return inspectFiles(inside, path, depth + 1, policy, budget);
}

/**
 * A gzip or xz file ("invoice.exe.gz", "docs.tgz", "Rechnung.xz"): what it holds, unpacked within
 * the unpack budget, judged under the name gzip kept, else the file's own without ".gz"/".xz"
 * (xz keeps none); a tar in it as the archive's own files.
 */
async function inspectCompressed(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  if (depth >= policy.maxArchiveDepth) return [];
  const gzip = isGzip(bytes);
  const content = gzip ? await gunzipWithin(bytes, budget.bytes) : await unxzWithin(bytes, budget.bytes);
  if (!content) return [];
  budget.bytes -= content.byteLength;
  // a compressed tar ("docs.tgz", "docs.tar.xz") is one archive to its reader, and one level here
  if (isTar(content)) return inspectTar(content, path, depth, policy, budget);
  const name = (gzip ? gzipName(bytes) : null) ?? (path.at(-1) ?? '').replace(/\.(?:gz|xz)$/i, '');
  return inspectFiles([{ filename: baseName(name) || null, content }], path, depth + 1, policy, budget);
}

/** An RTF document's objects: packaged files judged like attachments, embedded OLE2 documents
 *  inspected as documents, Equation Editor objects, and a template fetched from the web. */
async function inspectRtf(bytes: Uint8Array, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const rtf = rtfContents(bytes, policy.maxEntries, budget.bytes);
  const found: Finding[] = [];
  if (rtf.template) found.push({ ...webTemplate(rtf.template), path });
  for (const object of rtf.objects) {
    budget.bytes -= object.data.byteLength;
    if (/^equation\.\d/i.test(object.className)) found.push({ kind: 'exploit', path, why: EQUATION_WHY });
    if (depth >= policy.maxArchiveDepth) continue;
    // an OLE 1.0 "Package" holds an Ole10Native structure without its leading size
    const packaged = /^package$/i.test(object.className) ? packagedFile(Buffer.concat([Buffer.alloc(4), object.data])) : null;
    if (packaged) found.push(...await inspectFiles([packaged], path, depth + 1, policy, budget));
    else if (isOle(object.data)) found.push(...await inspectOle(object.data, path, depth + 1, policy, budget));
  }
  return withoutRepeats(found);
}

/** One finding of a kind, reason and place: ten Equation objects in a document are one exploit. */
function withoutRepeats(found: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.kind}\0${f.why}\0${f.path.join('\0')}`;
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(key(f)) && !!seen.add(key(f)));
}

/** The state of one message's walk: unpack budget left, and every named file met on the way. */
interface Walk extends UnlockBudget, SevenZipBudget {
  /** passwords the message's text gives, tried on password-protected ZIP entries (asked only when one is met) */
  passwords: () => readonly string[];
  /** paths of the files met: attachments, and what archives, disk images, documents and forwarded messages hold (at most PATHS_KEPT) */
  paths: string[][];
  /** locked entries opened with a password from the text (within the unpack budget) */
  unlocked: UnlockedFile[];
  /** the message's budget for PDFs' costly keys, shared with the link and QR readers */
  pdfKeys: PdfKeyBudget;
}
const PATHS_KEPT = 2000;
/** WinZip AES entries tried per message (each try ~0.8 ms of CPU; an honest archive has a few files) */
const AES_KEYS_PER_MESSAGE = 50;
/** 7-Zip keys derived per message (each ~8 ms of CPU: 2^19 rounds of SHA-256; one per password and archive) */
const SEVEN_ZIP_KEYS_PER_MESSAGE = 4;
function met(walk: Walk, path: string[]): string[] {
  if (walk.paths.length < PATHS_KEPT) walk.paths.push(path);
  return path;
}

/** A file a password-protected archive held, opened with the password the message's text gives. */
export interface UnlockedFile {
  path: string[];
  data: Buffer;
}

export interface AttachmentInspection {
  findings: Finding[];
  /** every named file met, as its path ["docs.zip", "scan.iso", "scan.exe"] */
  paths: string[][];
  /** what locked archives held, opened with the text's password: no virus scanner sees it otherwise */
  unlocked: UnlockedFile[];
}

// The attachments check and the admin's own rules (attachment names inside archives) read the
// same walk: kept per message (the attachments array) and policy, so archives are unpacked once.
const inspections = new WeakMap<readonly AttachmentFile[], Map<string, Promise<AttachmentInspection>>>();
const policyKeys = new WeakMap<AttachmentPolicy, string>();
function policyKey(p: AttachmentPolicy): string {
  let key = policyKeys.get(p);
  if (key === undefined) policyKeys.set(p, (key = JSON.stringify({ ...p, block: [...p.block].sort(), risky: [...p.risky].sort() })));
  return key;
}

/**
 * The findings of a message's attachments (in attachment order) and the files met, walked once per
 * message and policy. `passwords` gives those the message's text holds, to open a locked ZIP as its
 * reader would; it is asked only when such an archive is met. Every caller of
 * one message must give the same (src/pipeline/checks/attachments.ts `messageAttachments`).
 */
export function inspectAttachmentFiles(files: readonly AttachmentFile[], policy: AttachmentPolicy, passwords: () => readonly string[] = () => []): Promise<AttachmentInspection> {
  let byPolicy = inspections.get(files);
  if (!byPolicy) inspections.set(files, (byPolicy = new Map()));
  const key = policyKey(policy);
  let inspection = byPolicy.get(key);
  if (!inspection) {
    let asked: readonly string[] | null = null;
    const walk: Walk = { bytes: policy.maxUnpackBytes, aesKeys: AES_KEYS_PER_MESSAGE, sevenZipKeys: SEVEN_ZIP_KEYS_PER_MESSAGE, pdfKeys: pdfKeyBudgetOf(files), paths: [], unlocked: [], passwords: () => (asked ??= passwords()) };
    inspection = inspectFiles(files, [], 1, policy, walk).then((findings) => ({ findings, paths: walk.paths, unlocked: walk.unlocked }));
    byPolicy.set(key, inspection);
  }
  return inspection;
}

/** Everything the policy has to say about a message's attachments, in attachment order. */
export async function inspectAttachments(files: readonly AttachmentFile[], policy: AttachmentPolicy, passwords?: () => readonly string[]): Promise<Finding[]> {
  return (await inspectAttachmentFiles(files, policy, passwords)).findings;
}

/** A forwarded message ("fwd.eml", message/rfc822): its own attachments open with a double click. */
export const isMessage = (file: Pick<AttachmentFile, 'mimeType' | 'filename'>): boolean => file.mimeType?.toLowerCase() === 'message/rfc822' || extensionsOf(file.filename ?? '').at(-1) === 'eml';

const attachedMessages = new WeakMap<Uint8Array, Promise<ParsedMessage | null>>();
/**
 * An attached message parsed once, its own forwards left attachments (read inline they were parsed
 * again at every level: three 1.5 s parses of a 0.8 MB nest of forwards): the attachments walk
 * opens its files, the links reader its links; null when it does not parse.
 */
export function parsedAttachedMessage(content: Uint8Array): Promise<ParsedMessage | null> {
  let parsed = attachedMessages.get(content);
  if (!parsed) {
    parsed = parseMessage(Buffer.from(content.buffer, content.byteOffset, content.byteLength), { inlineForwards: 0 }).catch(() => null);
    attachedMessages.set(content, parsed);
  }
  return parsed;
}

async function inspectFiles(files: readonly AttachmentFile[], parent: string[], depth: number, policy: AttachmentPolicy, budget: Walk): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const file of files) {
    const path = [...parent, file.filename ?? '(no name)'];
    if (file.filename) met(budget, path);
    const byName = file.filename ? nameFindings(file.filename, path, policy) : [];
    found.push(...byName, ...await inspectContent(file, path, depth, policy, budget, byName));
  }
  return found;
}

/**
 * What a file's bytes show, whatever it is called: a program, a shortcut to a share, a phishing
 * page, and what archives, disk images, documents and forwarded messages hold. The one dispatch
 * by type of the walk: an attachment, a file in an archive, a document's embedded file. `depth`
 * is the file's own nesting level; `byName` what its name already gave away.
 */
async function inspectContent(file: AttachmentFile, path: string[], depth: number, policy: AttachmentPolicy, budget: Walk, byName: readonly Finding[]): Promise<Finding[]> {
  const found: Finding[] = [];
  const program = programKind(file.content);
  if (program && !byName.some((f) => f.kind === 'blocked')) found.push({ kind: 'blocked', path, why: program });
  const shortcut = internetShortcutTarget(file.content);
  if (shortcut && isNetworkShare(shortcut)) found.push({ kind: 'blocked', path, why: `a shortcut to a file on a network share (${shortcut.slice(0, 80)})` });
  if (!program && isWebPage(file)) {
    const sign = phishPageSign(file.content, /^mht/.test(extensionsOf(file.filename ?? '').at(-1) ?? ''));
    if (sign) found.push({ kind: 'phish-page', path, why: sign });
  }
  if (policy.inspectArchives && isZip(file.content)) found.push(...await inspectZip(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && isOle(file.content)) found.push(...await inspectOle(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && isIso9660(file.content)) found.push(...await inspectIso(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && isRar(file.content)) found.push(...inspectRar(file.content, path, policy, budget));
  if (policy.inspectArchives && isSevenZip(file.content)) found.push(...await inspectSevenZip(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && isTar(file.content)) found.push(...await inspectTar(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && (isGzip(file.content) || isXz(file.content))) found.push(...await inspectCompressed(file.content, path, depth, policy, budget));
  if (isPdf(file.content)) found.push(...await inspectPdf(file.content, path, depth, policy, budget));
  if (policy.inspectArchives && depth < policy.maxArchiveDepth && isOneNote(file.content)) found.push(...await inspectOneNote(file.content, path, depth + 1, policy, budget));
  if (policy.inspectArchives && isRtf(file.content)) found.push(...await inspectRtf(file.content, path, depth, policy, budget));
  // nesting levels and the byte budget are shared with archives: a message in a ZIP in a message…
  if (policy.inspectArchives && isMessage(file) && depth < policy.maxArchiveDepth && file.content.byteLength <= budget.bytes) {
    budget.bytes -= file.content.byteLength;
    // its own forwards stay attachments, opened here one level at a time
    const inner = await parsedAttachedMessage(file.content);
    if (inner) found.push(...await inspectFiles(inner.attachments, path, depth + 1, policy, budget));
  }
  return found;
}

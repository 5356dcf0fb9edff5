// OOXML documents (Word, Excel, PowerPoint since 2007: ZIPs of XML parts): their relationship
// parts, which say what the document links to and what it fetches as it opens.

/** Relationships an OOXML document follows as it opens, by type: what it fetches. */
const FETCHED_ON_OPEN: Record<string, string> = { attachedTemplate: 'a template', oleObject: 'an object', frame: 'a frame', subDocument: 'a sub-document' };
const FOLLINA_WHY = 'an object that opens a web page with a script (CVE-2022-30190, "Follina")';
const RELATIONSHIP = /<Relationship\b[^<>]*>/g;
const xmlAttribute = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const v = m ? (m[1] ?? m[2]!) : null;
  return v && v.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
};

/** The relationships an OOXML relationships part declares: the type's last word ("hyperlink"), the target, and whether it is outside the file. */
export function relationships(rels: string): Array<{ type: string; target: string; external: boolean }> {
  return [...rels.matchAll(RELATIONSHIP)].map(([tag]) => ({
    type: (xmlAttribute(tag, 'Type') ?? '').split('/').pop()!,
    target: xmlAttribute(tag, 'Target')?.trim() ?? '',
    external: xmlAttribute(tag, 'TargetMode') === 'External',
  }));
}

/**
 * What an OOXML relationships part (`word/_rels/settings.xml.rels`, `word/_rels/document.xml.rels`…)
 * makes the document fetch from the web as it opens: a remote template, with the macros the
 * document itself does not carry ("template injection"), or an object, frame or sub-document.
 * An external object whose address ends in "!" or is an `mhtml:`/`ms-msdt:` URL is the Follina
 * exploit. Templates and links on the company's own disks (`file:///`) do not count.
 */
export function fetchedOnOpen(rels: string): Array<{ kind: 'exploit' | 'remote' | 'macro'; why: string }> {
  const found: Array<{ kind: 'exploit' | 'remote' | 'macro'; why: string }> = [];
  for (const { type, target, external } of relationships(rels)) {
    const what = FETCHED_ON_OPEN[type];
    if (!external || !what) continue;
    if (what === 'an object' && (/^mhtml:|ms-msdt:/i.test(target) || /^https?:\/\/.*!$/i.test(target))) found.push({ kind: 'exploit', why: FOLLINA_WHY });
    else if (what === 'a template') found.push(webTemplate(target));
    else if (/^https?:\/\//i.test(target)) found.push({ kind: 'remote', why: `${what} fetched from the web (${target.slice(0, 100)})` });
  }
  return found.filter((f) => f.why);
}

/** macro-enabled Office files by extension: a template or add-in of these types brings macros */
const MACRO_ENABLED = /\.(?:dotm|docm|xltm|xlsm|xlam|potm|pptm|ppam)$/i;

/**
 * A template a document (OOXML or RTF) fetches from the web as it opens. One whose file is
 * macro-enabled (".dotm") and is not on SharePoint brings the macros the document itself does not
 * carry, "template injection": as dangerous as the macros would be in the document, so it counts as
 * macros; another (a ".dotx" on a web server, a company's templates on SharePoint) as remote
 * content. Not a web address (`file:///`, a share): no finding, why empty.
 */
export function webTemplate(target: string): { kind: 'remote' | 'macro'; why: string } {
  const m = /^https?:\/\/([^/?#:]+)[^?#]*?([^/?#]*)(?:[?#]|$)/i.exec(target);
  if (!m) return { kind: 'remote', why: '' };
  const shown = target.slice(0, 100);
  const onSharePoint = /(?:^|\.)sharepoint\.com$/i.test(m[1]!);
  return MACRO_ENABLED.test(m[2]!) && !onSharePoint
    ? { kind: 'macro', why: `a macro-enabled template fetched from the web (${shown})` }
    : { kind: 'remote', why: `a template fetched from the web (${shown})` };
}

/** OOXML documents: Word, Excel and PowerPoint, by name or by content type */
const OOXML = /\.(?:doc|dot|xls|xlt|ppt|pot|pps)[xm]$|^application\/vnd\.openxmlformats-officedocument\./i;
/** An attachment that is an OOXML document by its name or its content type. */
export const isOfficeDocument = (a: { filename: string | null; mimeType?: string | null }): boolean => OOXML.test(a.filename ?? '') || OOXML.test(a.mimeType ?? '');

/** an OOXML relationships part: "word/_rels/document.xml.rels", "_rels/.rels" */
export const isRelationshipsPart = (entryName: string): boolean => /(^|\/)_rels\/[^/]+\.rels$/i.test(entryName);

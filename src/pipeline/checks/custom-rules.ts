// The admin's own rules (rules/custom-rules.yaml): a symbol when the subject, the sender, a header,
// the text, an attachment's name, a link or the client's address matches, as Proxmox's rule
// system, Xeams' content filters and rspamd's multimap let an admin answer a wave the statistical
// checks have not learned yet ("Счёт на оплату" with a .zip, this week), or mark a partner's mail.
// Weights, forced actions, replies and who releases work as in symbols.yaml.
import { z } from 'zod';
import { accountsOf } from '../../content/bank-accounts.ts';
import { readerTexts } from '../../content/document-text.ts';
import { stripInvisible } from '../../content/invisible.ts';
import { qrOptionsOf } from '../../content/qr.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { everyLink, NO_SHORT_LINKS, placesOf, shortLinksOf, type ShortLinkDeps } from '../../content/short-links.ts';
import { textWithInvitations } from '../../fuzzy/fingerprint.ts';
import { decodeWords } from '../../mail/mime-words.ts';
import { compileFieldPattern, compileIpPattern, compilePattern, type IpPattern, type TextPattern } from '../../rules/patterns.ts';
import { sectionOptions, TEXT_CONDITION_FIELDS, type CustomConditions, type Rules } from '../../rules/schema.ts';
import type { Check, DataContext, Hit, ParsedMessage } from '../types.ts';
import { attachmentsOptionsSchema, messageAttachments } from './attachments.ts';

/** Text read per field: the linear matcher makes a longer text slower, never stuck; SpamAssassin reads 50 kB of a body part. */
export const CUSTOM_TEXT_MAX_CHARS = 300_000;
/** links a rule looks at (the uribl check reads 200) */
const LINKS_READ = 200;

type TextField = (typeof TEXT_CONDITION_FIELDS)[number];

interface CompiledConditions {
  text: Array<{ field: TextField; patterns: TextPattern[] }>;
  headers: Array<{ name: string; label: string; patterns: TextPattern[] }>;
  ip: IpPattern[] | null;
}
interface CompiledRule { name: string; direction: Rules['custom'][number]['direction']; when: CompiledConditions; unless: CompiledConditions | null }

function compileConditions(c: CustomConditions): CompiledConditions {
  return {
    text: TEXT_CONDITION_FIELDS.filter((f) => c[f]).map((field) => ({ field, patterns: c[field]!.map(compileFieldPattern(field)) })),
    headers: Object.entries(c.header ?? {}).map(([label, patterns]) => ({ name: label.toLowerCase(), label, patterns: patterns.map(compilePattern) })),
    ip: c.ip ? c.ip.map(compileIpPattern) : null,
  };
}

/** Compiled once per rules version (rules are replaced on reload, never edited). */
const compiled = new WeakMap<Rules['custom'], CompiledRule[]>();
function compiledRules(custom: Rules['custom']): CompiledRule[] {
  let rules = compiled.get(custom);
  if (!rules) {
    rules = custom.filter((r) => r.enabled).map((r) => ({ name: r.name, direction: r.direction, when: compileConditions(r), unless: r.unless ? compileConditions(r.unless) : null }));
    compiled.set(custom, rules);
  }
  return rules;
}

const readable = (s: string): string => {
  const t = stripInvisible(s.length > CUSTOM_TEXT_MAX_CHARS ? s.slice(0, CUSTOM_TEXT_MAX_CHARS) : s);
  return /[^\x00-\x7f]/.test(t) ? t.normalize('NFC') : t;
};

/** A field's value as matched, and as a hit's detail shows it when that differs (a file inside an archive: "docs.zip > scan.iso"). */
interface FieldValue { text: string; shown?: string }

/** The values of a message's fields, each read once and only when some rule asks for it. */
class MessageFields {
  private readonly cache = new Map<string, Promise<FieldValue[]>>();
  constructor(private readonly ctx: DataContext, private readonly rules: Rules, private readonly deps: ShortLinkDeps) {}

  values(field: TextField | `header:${string}`): Promise<FieldValue[]> {
    let v = this.cache.get(field);
    if (!v) {
      v = this.read(field).then((values) => values.map((x) => (typeof x === 'string' ? { text: readable(x) } : { ...x, text: readable(x.text) })));
      this.cache.set(field, v);
    }
    return v;
  }

  private async read(field: TextField | `header:${string}`): Promise<Array<string | FieldValue>> {
    const { envelope } = this.ctx;
    if (field === 'mailFrom') return [envelope.mailFrom];
    if (field === 'recipient') return envelope.recipients;
    if (field === 'hostname') return [this.ctx.session.clientHostname ?? ''];
    if (field === 'helo') return [this.ctx.session.helo];
    const view: ParsedMessage = await this.ctx.parsed();
    if (field.startsWith('header:')) {
      const name = field.slice('header:'.length);
      return view.headers.filter((h) => h.key === name).map((h) => decodeWords(h.value));
    }
    switch (field) {
      case 'subject': return [view.subject];
      case 'from': return view.headers.filter((h) => h.key === 'from').map((h) => decodeWords(h.value));
      case 'body': return [textWithInvitations(view)];
      case 'attachment': return this.attachmentNames(view);
      case 'link': return this.links(view);
      case 'account': return accountsOf(await readerTexts(view));
      default: return [];
    }
  }

  /**
   * Every link, and where it leads: the target an open redirector carries, and for inbound mail the
   * hops of a short link (a rule against a domain must not be passed by putting bit.ly in front),
   * shown after the host of the link that leads there ("bit.ly > https://evil.example/x").
   */
  private async links(view: ParsedMessage): Promise<FieldValue[]> {
    const short = this.ctx.session.direction === 'inbound' && !this.ctx.session.trusted ? await shortLinksOf(view, this.deps) : NO_SHORT_LINKS;
    const out: FieldValue[] = [];
    for (const { url: link } of await everyLink(view, LINKS_READ, qrOptionsOf(this.rules.checks), short)) {
      for (const { url, via } of placesOf(link, short)) out.push(via === 'link' ? { text: url } : { text: url, shown: `${hostOfUrl(link) ?? link} > ${url}` });
    }
    return out;
  }

  /** Every file's own name: the attachments, and the files inside archives, disk images and forwarded messages as the attachments check opens them. */
  private async attachmentNames(view: ParsedMessage): Promise<FieldValue[]> {
    if (!view.attachments.length) return [];
    const { paths } = await messageAttachments(view, sectionOptions(this.rules.checks, 'attachments', attachmentsOptionsSchema));
    return paths.map((path) => ({ text: path.at(-1)!, ...(path.length > 1 ? { shown: path.join(' > ') } : {}) }));
  }
}

/** A value as a detail: one line, control and format characters as "?" (a detail can become an SMTP reply's text). */
const shown = (s: string, max = 60): string => {
  const t = s.replace(/\s+/g, ' ').trim().replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`;
};

/**
 * The first match among the values as a detail, or null: the whole value (`attachment: "Rechnung.zip"`,
 * `attachment: "Rechnung.zip > Rechnung.iso"`), or for the body what matched (`body: "überweisen Sie bis Freitag"`).
 */
async function firstMatch(fields: MessageFields, field: TextField | `header:${string}`, patterns: TextPattern[], label: string): Promise<string | null> {
  for (const value of await fields.values(field)) {
    for (const p of patterns) {
      const m = p.find(value.text);
      if (m !== null) return `${label}: ${shown(field === 'body' ? m : value.shown ?? value.text)}`;
    }
  }
  return null;
}

/** What matched of every condition, or null when one does not (all must); `any` stops at the first that does. */
async function matchConditions(c: CompiledConditions, fields: MessageFields, clientIp: string, any: boolean): Promise<string[] | null> {
  const found: string[] = [];
  const tests: Array<() => Promise<string | null>> = [
    ...(c.ip ? [async () => (c.ip!.some((p) => p.matches(clientIp)) ? `ip: ${clientIp}` : null)] : []),
    ...c.text.map(({ field, patterns }) => () => firstMatch(fields, field, patterns, field)),
    ...c.headers.map(({ name, label, patterns }) => () => firstMatch(fields, `header:${name}`, patterns, label)),
  ];
  for (const test of tests) {
    const detail = await test();
    if (detail !== null) {
      if (any) return [detail];
      found.push(detail);
    } else if (!any) return null;
  }
  return any ? null : found;
}

export const customRulesCheck: Check<'data', Record<string, never>> = {
  name: 'custom-rules',
  phase: 'data',
  symbols: [],
  ruleSymbols: (rules) => rules.custom.map((r) => r.name),
  options: z.strictObject({}),
  async run(ctx, deps) {
    const rules = deps.rules;
    if (!rules?.custom.length) return [];
    const fields = new MessageFields(ctx, rules, deps);
    const hits: Hit[] = [];
    for (const rule of compiledRules(rules.custom)) {
      if (rule.direction !== 'both' && rule.direction !== ctx.session.direction) continue;
      if (deps.signal.aborted) break;
      const matched = await matchConditions(rule.when, fields, ctx.session.clientIp, false);
      if (!matched) continue;
      if (rule.unless && await matchConditions(rule.unless, fields, ctx.session.clientIp, true)) continue;
      hits.push({ symbol: rule.name, detail: matched.join('; ') });
    }
    return hits;
  },
};

// QR codes that lead to a web site (inbound only). "Scan the code to keep your mailbox / sign the
// document / renew your MFA" moves the click to a phone, past every link scanner and the company's
// web filter; the mail itself carries no link and little text for the Bayes check.
//  - QR_CODE_LINK: an image of the message (attached, inline, a `data:` URI, or inside a PDF or
//    an Office document), or a drawing (an HTML table, block characters, an SVG picture), holds a QR
//    code with a web address on someone else's site. Full weight
//    when the code is the message's only link or its address carries the recipient's e-mail
//    address (plain or base64: the personalised login page); half when the message has other links
//    (a newsletter's "get our app"). Not counted for the sender's own site (a business card or a
//    signature) unless the code carries the recipient's address (then half: "Microsoft 365"
//    <no-reply@sicurezza-account.com> with a code to m365.sicurezza-account.com/mfa?e=<address>,
//    the login page made for the reader on the fake sender's own domain), our own domains, nor the tax offices' invoice verification (`invoiceHosts`: the
//    code Spain's VeriFactu, Poland's KSeF and Greece's myDATA print on every invoice). A code to a short link (qrco.de, bit.ly) is judged by where
//    it leads (src/content/short-links.ts), and named so: "leads to qrco.de → m365.evil.example".
//  - QR_PHONE_ONLY: besides, the text (or a document's) says the code or the document it opens can
//    be used only on the phone ("el documento solo puede abrirse desde su teléfono móvil", "accesso
//    solo da smartphone", "only from your mobile phone"): the reader steered off the computer, where
//    the company's web filter and sign-in protections are, to the phone, where they are not (the
//    seventy-fourth, seventy-eighth and eighty-third pairs' salary-review and payslip codes). A
//    payment code, a ticket or an app's download code asks for no such thing.
// The codes' links also go to the checks that judge links: uribl looks their domains up ("link in a
// QR code in a PDF"), phishing compares them with our domains, scripts with homographs. Reading
// the images (src/content/qr.ts) is bounded in images, pixels and time per message; `enabled:
// false` in this check's section of checks.yaml stops every QR reading.
import { readerTexts } from '../../content/document-text.ts';
import { carriesAddress, linkDomainOf, messageLinks } from '../../content/links.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { QR_LINK_PLACE, qrCodesOf, qrLink, qrOptionsSchema, type QrOptions } from '../../content/qr.ts';
import { shortLinksOf } from '../../content/short-links.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { addressParts, inDomains } from '../../mail/address.ts';
import type { Check } from '../types.ts';
import { companyNameIn } from './spoofing.ts';

/** "only" and the phone, a few words apart, either way round (as comparableText reads: small letters, no accents; ł stays) */
const ONLY = String.raw`(?:only|exclusively|nur|ausschliesslich|solo|soltanto|unicamente|esclusivamente|wy[lł]acznie|tylko|только|исключительно|μονο|αποκλειστικα)`;
const PHONE = String.raw`(?:smartphone\p{L}*|mobile (?:phone|device)|phone|handy|mobiltelefon|telefono movil|movil|celular|cellulare|telefono|telefon\p{L}*|komork\p{L}*|смартфон\p{L}*|мобильн\p{L}*|телефон\p{L}*|κινητ\p{L}*)`;
const PHONE_ONLY = phrasePattern([String.raw`${ONLY} (?:[\p{L}\p{N}'-]+ ){0,5}?(?:from|on|with|via|mit|uber|auf|vom|desde|con|en|da|dal|con il|sul|z|na|przez|с|со|на|через|απο|στο|με) (?:\p{L}+ ){0,2}?${PHONE}`,
  String.raw`${PHONE} ${ONLY}(?![\p{L}])`,
  // "mobile" as the adverb: "die Aktivierung ist aus Sicherheitsgründen nur mobil möglich", "only possible on mobile"
  String.raw`${ONLY} (?:possible )?(?:on |via |da |desde |z )?(?:mobil|mobile|movil|mobilnie)(?![\p{L}])`]);

/** an address of a picture (a logo the HTML loads), which is no link to go to */
const PICTURE_URL = /\.(?:png|jpe?g|gif|webp|bmp|ico)(?:[?#]|$)/i;

/** QR_CODE_LINK's share for a code to the sender's own site that carries the recipient's address */
const OWN_SITE_FACTOR = 0.5;

export const qrCodesCheck: Check<'data', QrOptions> = {
  name: 'qr-codes',
  phase: 'data',
  symbols: ['QR_CODE_LINK', 'QR_PHONE_ONLY'],
  options: qrOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const codes = await qrCodesOf(view, deps.options);
    if (!codes.length) return [];
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    const fromDomain = from.domain;
    // a stranger whose display name is our company's ("Example Group IT-Service" at eg-itservice.de):
    // its own site is no business card's, and the code counts in full
    const dressedAsUs = !inDomains(fromDomain, deps.config.smtp.localDomains) && companyNameIn(from.name, deps.config.smtp.localDomains) !== null;
    const own = new Set([fromDomain, ...deps.config.smtp.localDomains].map((d) => (d ? linkDomainOf(d) : null)).filter(Boolean));
    const links = await messageLinks(view, 1000, deps.options);
    // web links only: an inline picture's `cid:` reference (the code's own picture, often) or a mailto: is none, nor a
    // picture loaded from the web (a mailing service's logo: the hundred-and-sixteenth pair's bank "activation letter")
    const otherLinks = links.some((l) => !l.in?.startsWith('a QR code') && /^https?:\/\//i.test(l.url) && !PICTURE_URL.test(l.url));
    // a code to a short link (qrco.de, bit.ly) is judged by where that leads too: the sender's own
    // site behind it is no foreign site, the recipient's address behind it is as personal
    const short = await shortLinksOf(view, deps);
    const foreign = codes.flatMap((code) => {
      const url = qrLink(code.text);
      const host = url ? hostOfUrl(url) : null;
      if (!url || !host) return [];
      const hops = short.followed.get(url)?.hops ?? [];
      const target = hops.length ? hostOfUrl(hops.at(-1)!) : null;
      const end = target ?? host;
      if (deps.options.invoiceHosts.some((h) => end === h || end.endsWith(`.${h}`))) return [];
      const personal = [url, ...hops].some((u) => carriesAddress(u, ctx.envelope.recipients));
      // the sender's own site: a business card's or a signature's code, unless it carries the
      // recipient's address (a login page made for the reader on the fake sender's own domain)
      const ownSite = own.has(linkDomainOf(end));
      if (ownSite && (!personal || inDomains(end, deps.config.smtp.localDomains))) return [];
      return [{ code, host: target ? `${host} → ${target}` : host, personal, ownSite }];
    });
    if (!foreign.length) return [];
    // one sign for the message: the code that carries the recipient's address if one does, else the
    // first; the others' hosts named too (a code inside a code: a harmless one and the phishing one)
    const main = foreign.find((f) => f.personal) ?? foreign[0]!;
    const others = [...new Set(foreign.map((f) => f.host))].filter((h) => h !== main.host).slice(0, 3);
    const phoneOnly = firstPhrase((await readerTexts(view)).map((t) => comparableText(t.text)), PHONE_ONLY);
    return [{
      symbol: 'QR_CODE_LINK',
      weight: main.ownSite && !dressedAsUs ? OWN_SITE_FACTOR : main.personal || !otherLinks ? 1 : 0.5,
      detail: `${QR_LINK_PLACE[main.code.in].replace(/^a /, '')} leads to ${main.host}${main.ownSite ? ` (the sender's own site${dressedAsUs ? ', a sender named as our company' : ''})` : ''}${main.personal ? ', with the recipient\'s address' : ''}`
        + `${others.length ? `; other codes to ${others.join(', ')}` : ''}${otherLinks ? '' : ' (the only link)'}`,
    }, ...(phoneOnly ? [{ symbol: 'QR_PHONE_ONLY', detail: `the text says "${phoneOnly}": the reader is sent to the phone` }] : [])];
  },
};

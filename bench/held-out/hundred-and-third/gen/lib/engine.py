"""Assemble message specs into RFC 5322 bytes."""
import html as _html
import random
import re

from . import mime
from .mime import Part, Multi, addr, hdr_text, rfc2822, plus, local_to_utc
from . import infra

LINK = re.compile(r'\[([^\]]+)\]\(([^)\s]+)\)')


class Ctx:
    def __init__(self, u, rng, prof):
        self.u = u
        self.rng = rng
        self.prof = prof
        self._n = 0

    def bnd(self):
        b = self.prof['bnd'](self._n)
        self._n += 1
        return b


# ------------------------------------------------------------------ text helpers
def plain(text, link_style='angle'):
    if link_style == 'angle':
        return LINK.sub(lambda m: m.group(2) if m.group(1) == m.group(2) else '%s <%s>' % (m.group(1), m.group(2)), text)
    if link_style == 'bracket':
        return LINK.sub(lambda m: '%s [%s]' % (m.group(1), m.group(2)), text)
    if link_style == 'label':
        return LINK.sub(lambda m: m.group(1), text)
    return LINK.sub(lambda m: '%s: %s' % (m.group(1), m.group(2)), text)


def _esc_links(line):
    out, pos = [], 0
    for m in LINK.finditer(line):
        out.append(_html.escape(line[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(_html.escape(line[pos:], quote=False))
    return ''.join(out)


def to_html(text, style='outlook', charset='utf-8', lang='DE'):
    lines = text.split('\n')
    if style == 'outlook':
        body = []
        for ln in lines:
            if ln.strip() == '':
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc_links(ln))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang, '\n'.join(body)))
    if style == 'gmail':
        parts = []
        for ln in lines:
            parts.append(_esc_links(ln) + '<br>' if ln.strip() else '<br>')
        return '<div dir="ltr">%s</div>\n' % ''.join(parts)
    if style == 'tb':
        paras = text.split('\n\n')
        ps = ''.join('    <p>%s</p>\n' % '<br>\n'.join(_esc_links(l) for l in p.split('\n')) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                '  <body>\n%s  </body>\n</html>\n' % (charset.upper(), ps))
    if style == 'exchange':
        paras = text.split('\n\n')
        ps = ''.join('<div>%s</div>\n<div><br>\n</div>\n' % '<br>\n'.join(_esc_links(l) for l in p.split('\n')) for p in paras)
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n</body>\n</html>\n'
                % (charset, ps))
    # simple
    paras = text.split('\n\n')
    ps = ''.join('<p>%s</p>\n' % '<br>\n'.join(_esc_links(l) for l in p.split('\n')) for p in paras)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s</body></html>\n' % (charset, ps)


# ------------------------------------------------------------------ part helpers
def T(text, cs, cte, link_style='angle', flowed=False, quote_cs=False):
    p = Part('text/plain', plain(text, link_style), charset=cs, cte=cte,
             params=['format=flowed'] if flowed else None)
    p.quote_charset = quote_cs
    return p


def H(html_text, cs, cte, quote_cs=False):
    p = Part('text/html', html_text, charset=cs, cte=cte)
    p.quote_charset = quote_cs
    return p


def ALT(ctx, text, cs, cte, style='outlook', html_cs=None, html_cte=None, html=None, lang='DE', link_style='angle', quote_cs=False):
    hcs = html_cs or cs
    h = html if html is not None else to_html(text, style, hcs, lang)
    return Multi('alternative', [T(text, cs, cte, link_style, quote_cs=quote_cs), H(h, hcs, html_cte or cte, quote_cs=quote_cs)], ctx.bnd())


def MIX(ctx, first, atts):
    return Multi('mixed', [first] + list(atts), ctx.bnd())


def REL(ctx, first, inlines):
    return Multi('related', [first] + list(inlines), ctx.bnd(), params=['type="text/html"'])


def ATT(data, filename, ctype='application/octet-stream', cte='base64', inline=False, cid=None, fn_style='2231',
        fn_charset='utf-8', desc=None, size=False, cs=None):
    return Part(ctype, data, filename=filename, disposition='inline' if inline else 'attachment', cid=cid,
                cte=cte, fn_style=fn_style, fn_charset=fn_charset, desc=desc, size_param=size, charset=cs)


# ------------------------------------------------------------------ message assembly
ORDERS = {
    'outlook': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '*'],
    'exchange': ['From', 'To', 'CC', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID', 'References',
                 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', '*', 'MIME-Version'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc', 'Reply-To', '*'],
}
DEFAULT_ORDER = ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References', 'MIME-Version', '*']


def _addrlist(lst, cs, mode):
    return ', '.join(addr(n, a, cs, mode) for n, a in lst)


def strip_prefix(subj):
    return re.sub(r'^((AW|WG|RE|Re|R|I|Fwd|FW|Fw|ODP|RV|Απ|ΑΠ|Ответ|RE\s*):\s*)+', '', subj)


def build(spec):
    zone, y, mo, d, h, mi, s = spec['when']
    u = local_to_utc(zone, y, mo, d, h, mi, s)
    rng = random.Random('%s-%02d-%s' % (spec['folder'], spec['n'], spec['slug']))
    prof = spec['prof'](u, rng)
    ctx = Ctx(u, rng, prof)
    body = spec['body'](ctx)
    if prof['order'] == 'outlook':
        # Outlook numbers its boundaries from the outermost part inwards
        k = 0
        for node in mime.walk(body):
            if isinstance(node, Multi):
                node.boundary = prof['bnd'](k)
                k += 1
    cs, mode = spec.get('hcs', ('utf-8', 'B'))
    if prof.get('quote_charset'):
        for p in mime.walk(body):
            if isinstance(p, Part) and p.charset:
                p.quote_charset = True
    rcpt = spec.get('rcpt') or next(a for _, a in spec['to'] + spec.get('cc', []) if a.endswith('@example.com') or a.endswith('@examplegroup.eu'))
    arrive = plus(u, prof['delay'] + rng.randrange(1, 6))
    rp = spec.get('return_path', spec['frm'][1])
    headers = [('Return-Path', '<%s>' % rp if rp else '<>')]
    headers.append(('Received', infra.mx01_received(prof['client'], prof['tls'], rcpt, arrive, rng)))
    for hop in spec.get('hops_override', prof['hops']):
        headers.append(('Received', hop.replace('{rcpt}', rcpt)))
    for k, v in prof.get('top_extra', []):
        headers.append((k, v))
    std = {}
    std['From'] = addr(spec['frm'][0], spec['frm'][1], cs, mode)
    std['To'] = _addrlist(spec['to'], cs, mode) if spec['to'] else 'undisclosed-recipients:;'
    if spec.get('cc'):
        std['CC' if prof['order'] == 'exchange' else 'Cc'] = _addrlist(spec['cc'], cs, mode)
    if spec.get('reply_to'):
        std['Reply-To'] = addr(spec['reply_to'][0], spec['reply_to'][1], cs, mode)
    std['Subject'] = hdr_text(spec['subject'], cs, mode)
    std['Date'] = rfc2822(u, spec.get('date_zone', zone))
    std['Message-ID'] = spec.get('msgid', prof['msgid'])
    if spec.get('in_reply_to'):
        std['In-Reply-To'] = spec['in_reply_to']
        std['References'] = spec.get('references', spec['in_reply_to'])
    std['MIME-Version'] = '1.0'
    extras = []
    for k, v in prof['extra'] + spec.get('hdrs', []):
        if k == 'Thread-Topic' and v is None:
            v = hdr_text(strip_prefix(spec['subject']), cs, mode)
        if k in std:
            continue
        extras.append((k, v.replace('{rcpt}', rcpt) if isinstance(v, str) else v))
    for k in spec.get('drop', []):
        extras = [e for e in extras if e[0] != k]
    order = ORDERS.get(prof['order'], DEFAULT_ORDER)
    placed = []
    ex_names = {k for k, _ in extras}
    for name in order:
        if name == '*':
            for k, v in extras:
                if k not in order:
                    placed.append((k, v))
        elif name in std:
            placed.append((name, std[name]))
        elif name in ex_names:
            for k, v in extras:
                if k == name:
                    placed.append((k, v))
    headers += placed
    data = mime.serialize_message(headers, body)
    return data, body, u


def describe(node, top=True):
    if isinstance(node, Multi):
        return 'multipart/%s(%s)' % (node.subtype, ', '.join(describe(p, False) for p in node.parts))
    s = node.ctype
    if node.filename:
        s += ' "%s"' % node.filename
    elif node.cid:
        s += ' inline'
    return s


def body_charset_cte(node):
    texts = [p for p in mime.walk(node) if isinstance(p, Part) and p.ctype.startswith('text/') and not p.filename]
    if not texts:
        return '-', '-'
    t = texts[0]
    cs, cte = t.charset, t.cte
    if len(texts) > 1 and (texts[1].charset != cs or texts[1].cte != cte):
        return '%s (html: %s)' % (cs, texts[1].charset), '%s (html: %s)' % (cte, texts[1].cte)
    return cs, cte

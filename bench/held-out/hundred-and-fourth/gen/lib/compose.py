"""Message composition: body builder, HTML styles, header assembly."""
import datetime as _dt
import html as _html
import random
import re
import string

from . import infra as I
from .mime import Part, render, rfc_date, local_to_utc, addr, hval, ew, LANG_ZONE

LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def plain_links(text, style='angle'):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if style == 'outlook':
            return '%s<%s>' % (label, url)
        if style == 'bare':
            return label + ': ' + url
        return '%s <%s>' % (label, url)
    return LINK.sub(rep, text)


def _esc_links(line):
    out = ''
    pos = 0
    for m in LINK.finditer(line):
        out += _html.escape(line[pos:m.start()], quote=False)
        out += '<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False))
        pos = m.end()
    return out + _html.escape(line[pos:], quote=False)


def html_style(text, style, charset, lang='DE', font='Calibri', sig=None):
    """Render marked-up plain text in a mail client's HTML style."""
    paras = text.split('\n')
    if style == 'outlook':
        body = []
        for ln in paras:
            if ln.strip() == '':
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif ln.startswith('> '):
                body.append('<p class="MsoNormal" style="margin-left:35.4pt">%s<o:p></o:p></p>' % _esc_links(ln[2:]))
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc_links(ln))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, font, lang, '\n'.join(body)))
    if style == 'gmail':
        body = []
        quote = []
        for ln in paras:
            if ln.startswith('> '):
                quote.append(_esc_links(ln[2:]))
                continue
            body.append('<div>%s</div>' % (_esc_links(ln) if ln.strip() else '<br>'))
        q = ''
        if quote:
            q = ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % '<br>'.join(quote))
        return '<div dir="ltr">%s%s</div>\n' % (''.join(body), q)
    if style == 'tb':
        body = '<br>\n'.join(_esc_links(ln) for ln in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
                '  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))
    if style == 'roundcube':
        body = '<br>\n'.join(_esc_links(ln) for ln in paras)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n</body></html>\n' % (charset, body))
    if style == 'webmail':
        body = ''.join('<div>%s</div>' % (_esc_links(ln) if ln.strip() else '&nbsp;') for ln in paras)
        return '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">%s</div></body></html>\n' % body
    if style == 'yandex':
        body = ''.join('<div>%s</div>' % (_esc_links(ln) if ln.strip() else '&nbsp;') for ln in paras)
        return '<div>%s</div>\n' % body
    if style == 'apple':
        body = ''.join('<div>%s</div>' % (_esc_links(ln) if ln.strip() else '<br>') for ln in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\n'
                % (charset, body))
    # generic
    body = ''.join('<p>%s</p>' % _esc_links(p) for p in text.split('\n\n'))
    return '<html><head><meta charset="%s"></head><body>%s</body></html>\n' % (charset, body.replace('\n', '<br>\n'))


class B:
    """Body builder bound to a message's RNG (for boundaries)."""

    def __init__(self, rng, t):
        self.rng = rng
        self.t = t
        self._n = 0

    def _hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def bnd(self, style):
        self._n += 1
        r = self.rng
        if style == 'outlook':  # Outlook desktop
            return '----=_NextPart_%03d_%04X_01DC%04X.%s' % (self._n - 1, r.randint(0, 0xffff), r.randint(0, 0xffff), self._hex(8, True))
        if style == 'exo':
            return '_%03d_%s_' % (self._n - 1, 'DB9PR04MB' + self._hex(26, True) + 'DB9PR04MB' + str(r.randint(1000, 9999)) + 'eurp_')
        if style == 'gmail':
            return '000000000000' + self._hex(16)
        if style == 'tb':
            return '------------' + ''.join(r.choice(string.ascii_letters + string.digits) for _ in range(24))
        if style == 'apple':
            return 'Apple-Mail=_%s-%s-%s-%s-%s' % (self._hex(8, True), self._hex(4, True), self._hex(4, True), self._hex(4, True), self._hex(12, True))
        if style == 'roundcube':
            return '=_' + self._hex(32)
        if style == 'php':
            return 'b1=_' + ''.join(r.choice(string.ascii_letters + string.digits) for _ in range(43))
        if style == 'gmx':
            return 'abmob-' + self._hex(8) + '-' + self._hex(4) + '-' + self._hex(4) + '-' + self._hex(4) + '-' + self._hex(12)
        if style == 'yandex':
            return '----==%s' % ''.join(r.choice(string.ascii_letters + string.digits) for _ in range(20))
        if style == 'mailru':
            return '--ALT--%s%d' % (self._hex(32, True), r.randint(10 ** 9, 10 ** 10))
        if style == 'sg':
            return self._hex(64)
        if style == 'mc':
            return '_----------=_MCPart_' + str(r.randint(10 ** 9, 10 ** 10))
        if style == 'ms':  # Microsoft notifications
            return '=-' + ''.join(r.choice(string.ascii_letters + string.digits + '+/') for _ in range(22)) + '=='
        if style == 'java':
            return '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
        if style == 'aruba':
            return '----=_NextPart_000_%04X_01DC%04X.%s' % (r.randint(0, 0xffff), r.randint(0, 0xffff), self._hex(8, True))
        return '===============%d==' % r.randint(10 ** 18, 10 ** 19)

    # leaves
    def text(self, s, charset='utf-8', cte='quoted-printable', fmt=None, link_style='angle'):
        return Part('text/plain', plain_links(s, link_style), charset=charset, cte=cte, fmt=fmt)

    def html(self, s, charset='utf-8', cte='quoted-printable'):
        return Part('text/html', s, charset=charset, cte=cte)

    def att(self, data, ctype, filename, cte='base64', name_style='rfc2231', inline=False, cid=None, name_charset='utf-8',
            disposition=True, extra=None, charset=None):
        if charset is None and (ctype.startswith('text/') or ctype == 'image/svg+xml'):
            charset = 'utf-8'
        return Part(ctype, data, cte=cte, charset=charset, filename=filename, disposition=('inline' if inline else 'attachment') if disposition else None,
                    cid=cid, name_style=name_style, name_charset=name_charset, extra=extra)

    # containers
    def alt(self, *parts, style='gmail', preamble=None):
        return Part('multipart/alternative', children=list(parts), boundary=self.bnd(style), preamble=preamble)

    def mixed(self, *parts, style='gmail', preamble=None):
        return Part('multipart/mixed', children=list(parts), boundary=self.bnd(style), preamble=preamble)

    def related(self, *parts, style='gmail', preamble=None, rtype='text/html'):
        return Part('multipart/related', children=list(parts), boundary=self.bnd(style), preamble=preamble,
                    params=['type="%s"' % rtype])

    # convenience: typical client bodies
    def client(self, text, style, charset, cte, html_cte=None, lang='DE', font='Calibri', attachments=(), text_only=False,
               html_charset=None, bstyle=None, preamble=None, link_style=None):
        bstyle = bstyle or {'outlook': 'outlook', 'gmail': 'gmail', 'tb': 'tb', 'roundcube': 'roundcube', 'webmail': 'gmx',
                            'apple': 'apple', 'yandex': 'yandex'}.get(style, 'py')
        ls = link_style or ('outlook' if style == 'outlook' else 'angle')
        tp = self.text(text, charset, cte, link_style=ls)
        if text_only:
            body = tp
        else:
            hc = html_charset or charset
            hp = self.html(html_style(text, style, hc, lang=lang, font=font), hc, html_cte or cte)
            body = self.alt(tp, hp, style=bstyle, preamble=preamble)
        if attachments:
            body = self.mixed(body, *attachments, style=bstyle, preamble=preamble)
        return body


REGISTRY = []


def msg(**kw):
    REGISTRY.append(kw)
    return kw


def build(spec):
    """spec keys: file, kind, lang, when, zone(optional), route (fn), route_kw, env_from, rcpt, headers (list),
    body (fn(B) -> Part), what, why, pair, date_zone(optional), mx_delay"""
    name = spec['file']
    rng = random.Random('audit105/' + name)
    zone = spec.get('zone') or LANG_ZONE[spec['lang']]
    t = local_to_utc(spec['when'], zone)
    rcpt = spec['rcpt'] if isinstance(spec['rcpt'], list) else [spec['rcpt']]
    c = I.Ctx(rng, t, spec['env_from'], rcpt, zone)
    route = spec['route'](c, **spec.get('route_kw', {}))
    b = B(rng, t)
    body = spec['body'](b, c, route) if spec['body'].__code__.co_argcount == 3 else spec['body'](b)
    delay = spec.get('mx_delay', rng.randint(3, 25))
    mxt = t + _dt.timedelta(seconds=delay)
    helo, rdns, ip, tls = route.mx
    mxrec = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if tls:
        mxrec += '\n\t' + tls
    mxrec += '\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', c.postfix_qid(), rcpt[0], rfc_date(mxt, 'eu-cet', abbr=True))
    headers = []
    rp = spec.get('return_path', route.return_path or spec['env_from'])
    headers.append(('Return-Path', '<%s>' % rp))
    headers.append(('Received', mxrec))
    for h in route.hops:
        headers.append(('Received', h))
    for k, v in route.headers:
        headers.append((k, v))
    date_zone = spec.get('date_zone') or route.date_zone or zone
    msgid = spec.get('msgid') or route.msgid
    main = []
    for k, v in spec['headers']:
        main.append((k, v))
    names = [k.lower() for k, _ in main]
    if 'date' not in names:
        main.append(('Date', rfc_date(t, date_zone)))
    if 'message-id' not in names:
        main.append(('Message-ID', msgid))
    def _has_att(p):
        if p.is_multipart:
            return any(_has_att(ch) for ch in p.children)
        return p.disposition == 'attachment'
    if _has_att(body):
        headers = [(k, 'yes' if k == 'X-MS-Has-Attach' else v) for k, v in headers]
    headers.extend(main)
    if not spec.get('no_mailer'):
        headers.extend(route.mailer)
    headers.extend(spec.get('tail_headers', []))
    spec['_msgid'] = msgid
    spec['_route'] = route
    spec['_t'] = t
    return render(headers, body)

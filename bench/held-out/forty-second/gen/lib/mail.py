"""Raw RFC 5322 / MIME message builder with full control over charsets,
transfer encodings, header encoding and trace headers."""
import base64
import html as _html
import quopri
import random
import re
from datetime import datetime, timedelta

# ------------------------------------------------------------------ time
EU_END = datetime(2026, 10, 25, 1, 0)
US_PT_END = datetime(2026, 11, 1, 9, 0)
US_ET_END = datetime(2026, 11, 1, 6, 0)


def zinfo(zone, utc):
    eu = utc < EU_END
    if zone in ('DE', 'IT', 'PL', 'ES', 'NL', 'AT', 'SK', 'FR', 'LT0'):
        return (120, 'CEST') if eu else (60, 'CET')
    if zone in ('GR', 'CY', 'BG', 'LT', 'UA'):
        return (180, 'EEST') if eu else (120, 'EET')
    if zone == 'UK':
        return (60, 'BST') if eu else (0, 'GMT')
    if zone == 'PT':
        return (-420, 'PDT') if utc < US_PT_END else (-480, 'PST')
    if zone == 'ET':
        return (-240, 'EDT') if utc < US_ET_END else (-300, 'EST')
    return {'RU': (180, 'MSK'), 'UTC': (0, 'UTC'), 'GMT': (0, 'GMT'), 'NG': (60, 'WAT'),
            'VN': (420, '+07'), 'CN': (480, 'CST'), 'BR': (-180, '-03'), 'IN': (330, 'IST'),
            'TR': (180, '+03')}[zone]


def to_utc(local, zone):
    dt = datetime.strptime(local, '%Y-%m-%d %H:%M:%S' if local.count(':') == 2 else '%Y-%m-%d %H:%M')
    for guess in (dt - timedelta(minutes=zinfo(zone, dt)[0]),):
        off = zinfo(zone, guess)[0]
        return dt - timedelta(minutes=off)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(utc, zone, comment=False, pad=False):
    off, name = zinfo(zone, utc)
    lt = utc + timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[lt.weekday()], ('%2d' if pad else '%d') % lt.day, MONS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, abs(off) // 60, abs(off) % 60)
    if comment:
        s += ' (%s)' % name
    return s


def localtime(utc, zone):
    return utc + timedelta(minutes=zinfo(zone, utc)[0])


# ---------------------------------------------------------------- headers
_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _one_ew(s, charset, enc):
    b = s.encode(charset)
    if enc.upper() == 'B':
        payload = base64.b64encode(b).decode()
    else:
        payload = ''.join('_' if c == 0x20 else (chr(c) if c in _Q_SAFE else '=%02X' % c) for c in b)
    return '=?%s?%s?%s?=' % (charset, enc, payload)


def ew(s, charset='UTF-8', enc='B', maxlen=75):
    words, cur = [], ''
    for ch in s:
        cand = cur + ch
        if cur and len(_one_ew(cand, charset, enc)) > maxlen:
            words.append(_one_ew(cur, charset, enc))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_one_ew(cur, charset, enc))
    return ' '.join(words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def text_header(s, charset='UTF-8', enc='B'):
    return s if is_ascii(s) else ew(s, charset, enc)


_SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email, charset='UTF-8', enc='B', quote=None):
    if not name:
        return '<%s>' % email if quote != 'bare' else email
    if is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc), email)


def fold(name, value, width=78):
    """Fold an unstructured/structured header at whitespace (keeps
    existing newlines)."""
    if '\n' in value:
        res = name + ': ' + value
        assert is_ascii(res), (name, value)
        return res
    out_lines = []
    for seg_i, seg in enumerate(value.split('\n')):
        prefix = (name + ': ') if seg_i == 0 else ''
        line = prefix + seg
        if len(line) <= width or ' ' not in seg.strip():
            out_lines.append(line)
            continue
        words = re.split(r'(?<=\S) (?=\S)', line)
        if seg_i == 0 and len(words) > 1:
            words = [words[0] + ' ' + words[1]] + words[2:]
        cur = words[0]
        for w in words[1:]:
            if len(cur) + 1 + len(w) > width and cur.strip():
                out_lines.append(cur)
                cur = ' ' + w
            else:
                cur += ' ' + w
        out_lines.append(cur)
    res = '\n'.join(out_lines)
    assert is_ascii(res), (name, value)
    return res


# ----------------------------------------------------------------- parts
class Text:
    def __init__(self, body, subtype='plain', charset='utf-8', cte='quoted-printable',
                 label=None, quoted=True, extra='', headers=None, html_entities=False):
        self.body = body
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.label = label or charset
        self.quoted = quoted
        self.extra = extra
        self.headers = headers or []
        self.html_entities = html_entities

    def ctype(self):
        return 'text/' + self.subtype

    def render(self):
        body = self.body.replace('\r\n', '\n')
        if not body.endswith('\n'):
            body += '\n'
        codec = self.charset
        errors = 'xmlcharrefreplace' if self.html_entities else 'strict'
        raw = body.encode(codec, errors)
        cs = '"%s"' % self.label if self.quoted else self.label
        hdrs = [('Content-Type', 'text/%s; charset=%s%s' % (self.subtype, cs, self.extra))]
        cte = self.cte
        if cte == '7bit':
            assert all(b < 128 for b in raw), 'non-ascii in 7bit part'
            enc = raw
        elif cte == '8bit':
            enc = raw
        elif cte == 'quoted-printable':
            enc = quopri.encodestring(raw)
        elif cte == 'base64':
            enc = base64.encodebytes(raw)
        else:
            raise ValueError(cte)
        for line in enc.split(b'\n'):
            assert len(line) <= 998
        if cte is not None and cte != 'none':
            hdrs.append(('Content-Transfer-Encoding', cte))
        hdrs += self.headers
        return hdrs, enc


class Raw7:
    """A text part without Content-Transfer-Encoding header (7bit implied)."""


class Att:
    def __init__(self, data, ctype, filename=None, disposition='attachment', cid=None,
                 name_style='ew', charset='UTF-8', enc='B', note='', extra_ct='',
                 headers=None, size_param=False, date_params=None, cte='base64'):
        self.data = data
        self.ctype_ = ctype
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.name_style = name_style
        self.charset = charset
        self.enc = enc
        self.note = note
        self.extra_ct = extra_ct
        self.headers = headers or []
        self.size_param = size_param
        self.date_params = date_params
        self.cte = cte

    def ctype(self):
        return self.ctype_

    def _param(self, key, val):
        if is_ascii(val):
            return '%s="%s"' % (key, val)
        if self.name_style == 'rfc2231':
            from urllib.parse import quote
            return "%s*=%s''%s" % (key, self.charset.lower() if self.charset else 'utf-8',
                                    quote(val.encode(self.charset), safe=''))
        return '%s="%s"' % (key, ew(val, self.charset, self.enc, maxlen=900))

    def render(self):
        ct = self.ctype_ + self.extra_ct
        hdrs = []
        if self.filename:
            if self.name_style == 'rfc2231':
                ct += ';\n\tname="%s"' % ew(self.filename, self.charset, 'B', maxlen=900) \
                    if not is_ascii(self.filename) else ';\n\tname="%s"' % self.filename
            else:
                ct += ';\n\t' + self._param('name', self.filename)
        hdrs.append(('Content-Type', ct))
        if self.cid and self.disposition == 'inline' and not self.filename:
            pass
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\t' + self._param('filename', self.filename)
                if self.size_param:
                    d += '; size=%d' % len(self.data)
                if self.date_params:
                    d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % self.date_params
            hdrs.append(('Content-Disposition', d))
        if self.cid:
            hdrs.append(('Content-ID', '<%s>' % self.cid))
        hdrs += self.headers
        if self.cte == 'base64':
            hdrs.append(('Content-Transfer-Encoding', 'base64'))
            body = base64.encodebytes(self.data)
        elif self.cte == '7bit':
            hdrs.append(('Content-Transfer-Encoding', '7bit'))
            body = self.data if self.data.endswith(b'\n') else self.data + b'\n'
        else:
            raise ValueError
        return hdrs, body


class Multi:
    def __init__(self, subtype, parts, boundary, extra='', preamble=None, headers=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra = extra
        self.preamble = preamble
        self.headers = headers or []

    def ctype(self):
        return 'multipart/' + self.subtype

    def render(self):
        hdrs = [('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.extra, self.boundary))]
        hdrs += self.headers
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n\n'
        for p in self.parts:
            ph, pb = p.render()
            out += b'--' + self.boundary.encode() + b'\n'
            for n, v in ph:
                out += fold(n, v).encode('ascii') + b'\n'
            out += b'\n' + pb
            if not pb.endswith(b'\n'):
                out += b'\n'
            out += b'\n'
        out += b'--' + self.boundary.encode() + b'--\n'
        return hdrs, bytes(out)


def describe(part):
    """Human readable structure string."""
    if isinstance(part, Multi):
        return '%s [%s]' % (part.ctype(), ', '.join(describe(p) for p in part.parts))
    if isinstance(part, Att):
        s = part.ctype_
        if part.filename:
            s += ' "%s"' % part.filename
        elif part.cid:
            s += ' (inline cid)'
        if part.note:
            s += ' (%s)' % part.note
        return s
    return part.ctype()


def text_parts(part, in_att=False):
    if isinstance(part, Multi):
        r = []
        for p in part.parts:
            r += text_parts(p)
        return r
    if isinstance(part, Text):
        return [part]
    return []


# ------------------------------------------------------------ id helpers
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def postfix_qid(rng):
    return '4' + ''.join(rng.choice(B52) for _ in range(10)) + 'z' + ''.join(rng.choice(B52) for _ in range(4))


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def uuid(rng, upper=False):
    h = hexs(rng, 32, upper)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab' if not upper else '89AB') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64s(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def filetime(utc):
    return int((utc - datetime(1601, 1, 1)).total_seconds() * 10_000_000)


def thread_index(rng, utc, replies=0):
    ft = filetime(utc)
    head = (ft >> 16).to_bytes(6, 'big')
    data = head + bytes(rng.randrange(256) for _ in range(16))
    for _ in range(replies):
        data += bytes(rng.randrange(256) for _ in range(5))
    return base64.b64encode(data).decode()


def outlook_msgid(rng, utc, domain):
    ft = filetime(utc)
    return '<%04x%08x$%08x$%08x@%s>' % (rng.randrange(1, 0x60), ft >> 32, rng.getrandbits(32),
                                        rng.getrandbits(32), domain)


def gmail_msgid(rng):
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    s = 'CA' + rng.choice('BCDEFGHJKLMN') + ''.join(rng.choice(alpha) for _ in range(rng.randrange(36, 52)))
    s = s[:10] + rng.choice('+_-=') + s[10:30] + rng.choice('+_=') + s[30:]
    return '<%s@mail.gmail.com>' % s


# ------------------------------------------------------------ markup
def md(src, link_style='angle'):
    """Tiny markup -> (plain, html_inner).
    Paragraphs separated by blank lines; [btn:Label|URL] alone on a line is
    a button; [a:Label|URL] inline link; **bold**; lines starting with '|'
    form a table; '> ' quoted lines kept as-is."""
    paras = re.split(r'\n\s*\n', src.strip('\n'))
    txt_out, html_out = [], []
    for p in paras:
        lines = p.split('\n')
        if lines[0].startswith('[btn:'):
            label, url = lines[0][5:-1].split('|', 1)
            txt_out.append('%s:\n%s' % (label, url) if link_style != 'none' else label)
            html_out.append(('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0">'
                             '<tr><td style="background:{BTN};border-radius:4px;padding:11px 26px">'
                             '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold;'
                             'font-family:Arial,Helvetica,sans-serif;font-size:14px">%s</a></td></tr></table>')
                            % (_html.escape(url, quote=True), _html.escape(label)))
            continue
        if all(l.startswith('|') for l in lines):
            rows = [[c.strip() for c in l.strip('|').split('|')] for l in lines]
            widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
            txt_out.append('\n'.join('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows))
            h = ['<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">']
            for ri, r in enumerate(rows):
                tag = 'th' if ri == 0 else 'td'
                h.append('<tr>' + ''.join('<%s style="border:1px solid #cccccc;text-align:left">%s</%s>'
                                          % (tag, _inline_html(c), tag) for c in r) + '</tr>')
            h.append('</table>')
            html_out.append(''.join(h))
            continue
        txt_out.append('\n'.join(_inline_text(l, link_style) for l in lines))
        html_out.append('<p>' + '<br>\n'.join(_inline_html(l) for l in lines) + '</p>')
    return '\n\n'.join(txt_out) + '\n', '\n'.join(html_out)


_LINK = re.compile(r'\[a:([^|\]]+)\|([^\]]+)\]')
_BOLD = re.compile(r'\*\*([^*\n]+?)\*\*')


def _inline_text(s, link_style):
    if link_style == 'angle':
        s = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else '%s <%s>' % (m.group(1), m.group(2)), s)
    elif link_style == 'paren':
        s = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else '%s (%s)' % (m.group(1), m.group(2)), s)
    elif link_style == 'bracket':
        s = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else '%s [%s]' % (m.group(1), m.group(2)), s)
    else:
        s = _LINK.sub(lambda m: m.group(1), s)
    return _BOLD.sub(lambda m: m.group(1), s)


def _inline_html(s):
    parts = []
    pos = 0
    for m in _LINK.finditer(s):
        parts.append(_BOLD.sub(lambda b: '<b>%s</b>' % b.group(1), _html.escape(s[pos:m.start()], quote=False)))
        parts.append('<a href="%s">%s</a>' % (_html.escape(m.group(2), quote=True), _html.escape(m.group(1))))
        pos = m.end()
    parts.append(_BOLD.sub(lambda b: '<b>%s</b>' % b.group(1), _html.escape(s[pos:], quote=False)))
    return ''.join(parts)


# ------------------------------------------------------------ templates
def outlook_html(inner, charset, lang='DE'):
    inner = inner.replace('<p>', '<p class="MsoNormal">')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, lang, inner)


def gmail_html(inner):
    inner = inner.replace('<p>', '<div>').replace('</p>', '</div><div><br></div>')
    return '<div dir="ltr">%s</div>\n' % inner


def simple_html(inner, charset):
    return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
            '  <body>\n%s\n  </body>\n</html>\n') % (charset, inner)


def brand_html(inner, charset, brand, color='#333333', btn=None, footer='', lang='en', logo=None,
               title='', width=600, font='Arial,Helvetica,sans-serif', bg='#f4f4f4'):
    btn = btn or color
    inner = inner.replace('{BTN}', btn)
    logo_html = logo if logo else ('<span style="font-size:22px;font-weight:bold;color:#ffffff;'
                                   'letter-spacing:0.5px">%s</span>' % _html.escape(brand))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:%s">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:%s">'
            '<tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:%s;font-size:14px;line-height:1.5;color:#222222">\n'
            '<tr><td style="background:%s;padding:18px 28px">%s</td></tr>\n'
            '<tr><td style="padding:24px 28px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#777777;border-top:1px solid #e5e5e5">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n') % (
        lang, charset, _html.escape(title), bg, bg, width, font, color, logo_html, inner, footer)


# ------------------------------------------------------------ message
class Route:
    def __init__(self, helo, rdns, ip, tls='1.3', hops=None, extra=None, arrive=None):
        self.helo = helo
        self.rdns = rdns
        self.ip = ip
        self.tls = tls
        self.hops = hops or []
        self.extra = extra or []
        self.arrive = arrive


class Msg:
    def __init__(self, folder, num, lang, slug, when, zone, rcpt, mailfrom=None):
        self.folder = folder
        self.num = num
        self.lang = lang
        self.slug = slug
        self.rng = random.Random('%s-%02d-%s' % (folder, num, slug))
        self.t = to_utc(when, zone)
        self.zone = zone
        self.rcpt = rcpt
        self.mailfrom = mailfrom
        self.headers = []
        self.body = None
        self.route = None
        self.what = ''
        self.why = ''
        self.hn = None  # hard-negative partner (file number in the other folder)

    @property
    def filename(self):
        return '%02d-%s-%s.eml' % (self.num, self.lang, self.slug)

    def h(self, name, value):
        self.headers.append((name, value))
        return self

    def date(self, zone=None, delta=0, comment=False):
        return rfcdate(self.t + timedelta(seconds=delta), zone or self.zone, comment)

    def after(self, seconds):
        return self.t + timedelta(seconds=seconds)

    def render(self):
        r = self.route
        arrive = r.arrive or (self.t + timedelta(seconds=4 + self.rng.randrange(6)))
        mx = 'from %s (%s [%s])' % (r.helo, r.rdns, r.ip)
        if r.tls == '1.3':
            mx += ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                   '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
                   '\t(No client certificate requested)')
        elif r.tls == '1.3b':
            mx += ('\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
                   '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n'
                   '\t(No client certificate requested)')
        elif r.tls == '1.2':
            mx += ('\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
                   '\t(No client certificate requested)')
        mx += '\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
            'ESMTPS' if r.tls else 'ESMTP', postfix_qid(self.rng), self.rcpt, rfcdate(arrive, 'DE', True))
        hdrs = [('Return-Path', '<%s>' % self.mailfrom if self.mailfrom else '<>'), ('Received', mx)]
        hdrs += [('Received', h) for h in r.hops]
        hdrs += r.extra
        bh, body = self.body.render()
        placed = False
        for n, v in self.headers:
            if n == '@CT':
                hdrs += bh
                placed = True
            else:
                hdrs.append((n, v))
        if not placed:
            hdrs += bh
        out = bytearray()
        for n, v in hdrs:
            out += fold(n, v).encode('ascii') + b'\n'
        out += b'\n' + body
        return bytes(out)

    def manifest_row(self):
        tps = text_parts(self.body)
        cs = sorted({t.label for t in tps}, key=str.lower)
        ctes = sorted({t.cte for t in tps})
        return dict(file=self.filename, lang=self.lang, charset=', '.join(cs), cte=', '.join(ctes),
                    structure=describe(self.body), what=self.what, why=self.why)

"""Hand-rolled MIME writer: exact control over charsets, transfer encodings,
header encodings (RFC 2047 / RFC 2231) and boundaries."""

import base64
import binascii
import datetime as _dt
import html as _html
import random
import textwrap

UTC = _dt.timezone.utc

# ---------------------------------------------------------------- time zones
_EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def tz_offset(zone, t_utc):
    """-> (minutes east of UTC, abbreviation)"""
    summer = t_utc < _EU_DST_END
    if zone in ('DE', 'IT', 'PL', 'ES', 'CET'):
        return (120, 'CEST') if summer else (60, 'CET')
    if zone in ('GR', 'EET'):
        return (180, 'EEST') if summer else (120, 'EET')
    if zone in ('UK', 'GB'):
        return (60, 'BST') if summer else (0, 'GMT')
    if zone in ('RU', 'MSK'):
        return (180, 'MSK')
    if zone == 'PT':                       # US Pacific (Gmail / Google hops)
        return (-420, 'PDT') if t_utc < _US_DST_END else (-480, 'PST')
    if zone == 'ET':
        return (-240, 'EDT') if t_utc < _US_DST_END else (-300, 'EST')
    if zone in ('UTC', 'GMT0'):
        return (0, 'UTC')
    if zone == 'BR':
        return (-180, '-03')
    raise ValueError(zone)


def local_to_utc(s, zone):
    """'2026-10-15 16:42:07' in zone -> aware UTC datetime"""
    naive = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M')
    # iterate once for DST boundary correctness
    guess = naive.replace(tzinfo=UTC)
    off, _ = tz_offset(zone, guess)
    t = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
    off2, _ = tz_offset(zone, t)
    if off2 != off:
        t = (naive - _dt.timedelta(minutes=off2)).replace(tzinfo=UTC)
    return t


def rfc2822(t_utc, zone, comment=False, frac=None):
    off, abbr = tz_offset(zone, t_utc)
    lt = t_utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    s = lt.strftime('%a, %d %b %Y %H:%M:%S')
    if frac:
        s += frac
    s += ' %s%02d%02d' % (sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def rfc2822_nopad(t_utc, zone, comment=False):
    """'Thu, 5 Nov 2026 ...' (no zero padding of day, as some MTAs write)"""
    s = rfc2822(t_utc, zone, comment)
    return s[:5] + s[5:7].lstrip('0') + s[7:]


def local(t_utc, zone):
    off, _ = tz_offset(zone, t_utc)
    return t_utc + _dt.timedelta(minutes=off)


# ---------------------------------------------------------------- RFC 2047
_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _ew_one(txt, cs, enc):
    raw = txt.encode(cs)
    if enc == 'B':
        body = base64.b64encode(raw).decode()
    else:
        body = ''.join(chr(b) if b in _QSAFE else ('_' if b == 32 else '=%02X' % b) for b in raw)
    return '=?%s?%s?%s?=' % (cs, enc, body)


def ew(text, cs='utf-8', enc='B', first=0, csname=None):
    """Encode a whole string as RFC 2047 encoded-words, folded."""
    name = csname or cs
    if all(32 <= ord(c) < 127 for c in text):
        return text
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs, enc, name = 'utf-8', 'B', ('UTF-8' if (csname or '').isupper() else 'utf-8')
    words, cur = [], ''
    limit = 75
    for ch in text:
        cand = cur + ch
        if len(_ew_one(cand, cs, enc).replace(cs, name, 1)) > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return '\n '.join(_ew_one(w, cs, enc).replace('=?%s?' % cs, '=?%s?' % name, 1) for w in words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs='utf-8', enc='B', csname=None):
    if not name:
        return '<%s>' % email if False else email
    if all(32 <= ord(c) < 127 for c in name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc, csname=csname), email)


def addrs(lst, cs='utf-8', enc='B', csname=None):
    return ',\n '.join(addr(n, e, cs, enc, csname) for n, e in lst) if len(lst) > 1 else addr(*lst[0], cs=cs, enc=enc, csname=csname)


def fold(value, width=76):
    """Fold an unstructured ASCII header value at whitespace."""
    if '\n' in value or len(value) <= width:
        return value
    out, line = [], ''
    for word in value.split(' '):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = (line + ' ' + word) if line else word
    out.append(line)
    return '\n '.join(out)


def subj(text, cs='utf-8', enc='B', csname=None):
    if all(32 <= ord(c) < 127 for c in text):
        return fold(text)
    return ew(text, cs, enc, csname=csname)


# ---------------------------------------------------------------- parts
class Text:
    def __init__(self, subtype, text, cs='utf-8', cte='quoted-printable', flowed=False,
                 wrap=None, csname=None, disposition=None, params=None):
        self.subtype, self.text, self.cs, self.cte = subtype, text, cs, cte
        self.flowed, self.wrap, self.csname = flowed, wrap, csname
        self.disposition = disposition
        self.params = params or []

    ctype = property(lambda s: 'text/' + s.subtype)


class Att:
    def __init__(self, ctype, data, filename=None, cte='base64', disposition='attachment',
                 cid=None, fname_style='2231', name_param=True, extra=None, size=False,
                 dispdate=None, cs_param=None):
        self.ctype, self.data, self.filename, self.cte = ctype, data, filename, cte
        self.disposition, self.cid, self.fname_style = disposition, cid, fname_style
        self.name_param, self.extra, self.size, self.dispdate = name_param, extra or [], size, dispdate
        self.cs_param = cs_param


class Multi:
    def __init__(self, subtype, parts, params=None):
        self.subtype, self.parts, self.params = subtype, parts, params or []

    ctype = property(lambda s: 'multipart/' + s.subtype)


# boundary styles of different mail systems
def boundary(style, rng, ctx=None, subtype='mixed'):
    h = lambda n: ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    a = lambda n: ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))
    if style == 'gmail':
        return '0000000000' + h(18)
    if style == 'outlook':      # Exchange / Outlook: _000_<msgid-local>_
        base = (ctx or {}).get('ol_id') or ('AM0PR03MB' + h(4).upper() + h(24).upper())
        return '_%s_%s_' % ({'alternative': '000', 'related': '003', 'mixed': '004'}.get(subtype, '002'), base)
    if style == 'outlook_desktop':
        if ctx is not None:
            n = ctx.get('od_n', 0)
            ctx['od_n'] = n + 1
            suf = ctx.setdefault('od_suf', '%s_01DB%s.%s' % (h(4).upper(), h(4).upper(), h(8).upper()))
            return '----=_NextPart_%03d_%s' % (n, suf)
        return '----=_NextPart_000_%s_01DB%s.%s' % (h(4).upper(), h(4).upper(), h(8).upper())
    if style == 'thunderbird':
        return '------------' + a(24)
    if style == 'apple':
        return 'Apple-Mail=_' + '-'.join([h(8), h(4), h(4), h(4), h(12)]).upper()
    if style == 'roundcube':
        return '=_' + h(32)
    if style == 'phpmailer':
        return 'b1=_' + a(43)
    if style == 'thebat':
        return '----------' + h(16).upper()
    if style == 'python':
        return '===============%019d==' % rng.randrange(10 ** 18, 10 ** 19)
    if style == 'sendgrid':
        return h(64)
    if style == 'mailgun':
        return h(32)
    if style == 'ses':
        return '----=_Part_%d_%d.%d' % (rng.randrange(100000, 9999999), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13))
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randrange(1000, 999999), rng.randrange(10 ** 8, 10 ** 10), rng.randrange(1760000000000, 1770000000000))
    if style == 'mailchimp':
        return '_----------=_MCPart_' + str(rng.randrange(10 ** 9, 10 ** 10))
    if style == 'brevo':
        return 'sib_' + h(8) + '-' + h(4)
    if style == 'gmx':
        return 'abmob-' + '-'.join([h(8), h(4), h(4), h(4), h(12)])
    if style == 'yandex':
        return '----==' + h(32) + '----'
    if style == 'mailru':
        return '--ALT--' + h(40).upper() + str(rng.randrange(10 ** 9, 10 ** 10))
    if style == 'zoho':
        return '=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(1760000000000, 1770000000000))
    if style == 'ox':
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(1760000000000, 1770000000000))
    return '=_' + h(24)


def _wrap_text(text, width, flowed):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        if flowed:
            parts = [p + ' ' for p in parts[:-1]] + parts[-1:]
        out.extend(parts)
    return '\n'.join(out)


def qp(data):
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc


def b64(data):
    return base64.encodebytes(data)


def _encode_body(raw, cte):
    if cte == 'quoted-printable':
        out = qp(raw)
    elif cte == 'base64':
        out = b64(raw)
    elif cte in ('7bit', '8bit'):
        if cte == '7bit':
            assert all(b < 128 for b in raw), '7bit body with 8-bit data'
        for ln in raw.split(b'\n'):
            assert len(ln) < 998, 'line too long for %s' % cte
        out = raw
    else:
        raise ValueError(cte)
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def _param(name, value, style):
    """MIME parameter (filename / name) possibly non-ASCII."""
    if all(32 <= ord(c) < 127 for c in value):
        return '%s="%s"' % (name, value)
    if style == '2231':
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (name, quote(value.encode('utf-8'), safe=''))
    if style.startswith('2047'):
        cs = style.split(':')[1] if ':' in style else 'utf-8'
        return '%s="%s"' % (name, ew(value, cs, 'B' if cs == 'utf-8' else 'Q').replace('\n ', ' '))
    raise ValueError(style)


def render_part(part, rng, bstyle, ctx, top=False):
    """Return (header_lines:list[str], body:bytes)"""
    hdr = []
    if isinstance(part, Multi):
        b = boundary(bstyle, rng, ctx, part.subtype)
        ps = ''.join(';\n\t%s' % p for p in part.params)
        hdr.append('Content-Type: %s;\n\tboundary="%s"%s' % (part.ctype, b, ps))
        body = b''
        if top:
            body += b'This is a multi-part message in MIME format.\n\n' if bstyle in ('outlook_desktop', 'thunderbird', 'phpmailer', 'python') else b''
        for sub in part.parts:
            sh, sb = render_part(sub, rng, bstyle, ctx)
            body += b'--' + b.encode() + b'\n' + '\n'.join(sh).encode() + b'\n\n' + sb
            if not sb.endswith(b'\n'):
                body += b'\n'
        body += b'--' + b.encode() + b'--\n'
        return hdr, body
    if isinstance(part, Text):
        text = part.text
        if part.wrap is None and part.cte in ('7bit', '8bit') and part.subtype == 'plain':
            part.wrap = 76
        if part.wrap:
            text = _wrap_text(text, part.wrap, part.flowed)
        raw = text.encode(part.cs, 'xmlcharrefreplace' if part.subtype == 'html' else 'strict')
        csn = part.csname or part.cs
        ct = 'Content-Type: %s; charset="%s"' % (part.ctype, csn)
        if part.flowed:
            ct = 'Content-Type: %s; charset=%s; format=flowed' % (part.ctype, csn)
        for p in part.params:
            ct += '; ' + p
        hdr.append(ct)
        hdr.append('Content-Transfer-Encoding: %s' % part.cte)
        if part.disposition:
            hdr.append('Content-Disposition: %s' % part.disposition)
        return hdr, _encode_body(raw, part.cte)
    if isinstance(part, Att):
        ct = 'Content-Type: %s' % part.ctype
        if part.cs_param:
            ct += '; charset="%s"' % part.cs_param
        if part.filename and part.name_param:
            ct += ';\n\t' + _param('name', part.filename, part.fname_style)
        hdr.append(ct)
        if part.cid:
            hdr.append('Content-ID: <%s>' % part.cid)
        if part.disposition:
            cd = 'Content-Disposition: %s' % part.disposition
            if part.filename:
                cd += ';\n\t' + _param('filename', part.filename, part.fname_style)
            if part.size:
                cd += '; size=%d' % len(part.data)
            if part.dispdate:
                cd += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (part.dispdate, part.dispdate)
            hdr.append(cd)
        hdr.append('Content-Transfer-Encoding: %s' % part.cte)
        hdr.extend(part.extra)
        return hdr, _encode_body(part.data, part.cte)
    raise TypeError(part)


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return _html.escape(s, quote=False)


def outlook_html(text, cs, lang='DE', sig_html=''):
    paras = []
    for line in text.split('\n'):
        if line.strip():
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    style_name = {'DE': 'E-MailFormatvorlage17', 'IT': 'StileMessaggioDiPostaElettronica17',
                  'ES': 'EstiloCorreo17', 'PL': 'StylWiadomociEmail17', 'EL': 'EmailStyle17',
                  'EN-GB': 'EmailStyle17', 'RU': 'EmailStyle17'}.get(lang, 'EmailStyle17')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n'
            '\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.%s\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;\n\tmso-fareast-language:EN-US;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (cs, style_name, lang, '\n'.join(paras), sig_html))


def gmail_html(text, quote_html=''):
    lines = text.split('\n')
    out = []
    for ln in lines:
        out.append('<div>%s</div>' % esc(ln) if ln.strip() else '<div><br></div>')
    return '<div dir="ltr">%s</div>%s\n' % (''.join(out), quote_html)


def simple_html(text, cs='UTF-8', font='Arial, sans-serif'):
    paras = [p for p in text.split('\n\n')]
    body = '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="font-family: %s; font-size: 10pt">\n%s\n</body></html>\n' % (cs, font, body))


def tb_html(text, cs='UTF-8'):
    paras = [p for p in text.split('\n\n')]
    body = '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (cs, body))


def roundcube_html(text, cs='UTF-8'):
    paras = [p for p in text.split('\n\n')]
    body = '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br />') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n" % (cs, body))

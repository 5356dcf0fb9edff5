"""Core helpers: deterministic ids, time zones, RFC 2047 headers, a small
MIME tree (Part) rendered byte-exactly, and the final message assembly with
the mx01.example.com Received header on top."""
import base64
import binascii
import datetime as _dt
import email.utils
import hashlib
import html as _html
import re
import string

UTC = _dt.timezone.utc
SEC = _dt.timedelta(seconds=1)


def T(mo, d, h, mi, s=0, y=2026):
    """a UTC timestamp"""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# ------------------------------------------------------------- determinism
def hx(seed, n, alphabet='0123456789abcdef'):
    out, i = [], 0
    lim = 256 - 256 % len(alphabet)
    while len(out) < n:
        for b in hashlib.sha256(('%s#%d' % (seed, i)).encode()).digest():
            if b < lim:
                out.append(alphabet[b % len(alphabet)])
                if len(out) == n:
                    break
        i += 1
    return ''.join(out)


def num(seed, lo, hi):
    return lo + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (hi - lo + 1)


def rbytes(seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s@%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


ALNUM = string.ascii_letters + string.digits
UHEX = '0123456789ABCDEF'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'


def uuid(seed, upper=False):
    h = hx(seed, 32)
    u = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) % 4], h[17:20], h[20:32])
    return u.upper() if upper else u


# ------------------------------------------------------------- time zones
_EU_END = T(10, 25, 1, 0)   # EU summer time ends 25 Oct 2026 01:00 UTC
_US_END = T(11, 1, 9, 0)    # US daylight time ends 1 Nov 2026 (Pacific)


def zinfo(zone, t):
    eu, us = t < _EU_END, t < _US_END
    return {
        'CET': (2, 'CEST') if eu else (1, 'CET'),
        'EET': (3, 'EEST') if eu else (2, 'EET'),
        'UK': (1, 'BST') if eu else (0, 'GMT'),
        'MSK': (3, 'MSK'),
        'PT': (-7, 'PDT') if us else (-8, 'PST'),
        'ET': (-4, 'EDT') if us else (-5, 'EST'),
        'UTC': (0, 'UTC'),
    }[zone]


def local(t, zone):
    off, _ = zinfo(zone, t)
    return t.astimezone(_dt.timezone(_dt.timedelta(hours=off)))


def rfcdate(t, zone='CET', abbr=False):
    s = email.utils.format_datetime(local(t, zone))
    return s + (' (%s)' % zinfo(zone, t)[1] if abbr else '')


def dmy(t, zone='CET', sep='.'):
    d = local(t, zone)
    return '%02d%s%02d%s%04d' % (d.day, sep, d.month, sep, d.year)


# ------------------------------------------------------------- headers
def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif c < 128 and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(text, charset='utf-8', enc='B'):
    """RFC 2047 encoded words (each <= 75 chars), folded with CRLF-space"""
    def one(s):
        b = s.encode(charset)
        p = base64.b64encode(b).decode() if enc.upper() == 'B' else _q(b)
        return '=?%s?%s?%s?=' % (charset, enc, p)
    words, chunk = [], ''
    for ch in text:
        if chunk and len(one(chunk + ch)) > 75:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return '\n '.join(words)


def hval(text, charset='utf-8', enc='B'):
    """header text: plain if ASCII, else encoded words"""
    if all(ord(c) < 128 for c in text):
        return text
    return ew(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, mail, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return mail if not quote_always else '<%s>' % mail
    if all(ord(c) < 128 for c in name):
        if quote_always or any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        return '%s <%s>' % (name, mail)
    return '%s <%s>' % (ew(name, charset, enc), mail)


def fold(name, value):
    line = '%s: %s' % (name, value)
    if '\n' in value or len(line) <= 78:
        return line
    out, cur = [], name + ':'
    for word in value.split(' '):
        if len(cur) + 1 + len(word) > 78 and cur != name + ':':
            out.append(cur)
            cur = '\t' + word
        else:
            cur += ' ' + word
    out.append(cur)
    return '\n'.join(out)


# ------------------------------------------------------------- MIME tree
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, filename=None,
                 disposition=None, parts=None, cid=None, fn_style='plain',
                 quote_charset=True, extra=None, ctparams=None, preamble=None,
                 name_param=True):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition or ('attachment' if filename else None)
        self.parts = parts or []
        self.cid = cid
        self.fn_style = fn_style
        self.quote_charset = quote_charset
        self.extra = extra or []
        self.ctparams = ctparams or []
        self.preamble = preamble
        self.name_param = name_param

    @property
    def multipart(self):
        return self.ctype.startswith('multipart/')

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


def text(body, charset='utf-8', cte='quoted-printable', sub='plain', **kw):
    return Part('text/' + sub, body, charset, cte, **kw)


def html(body, charset='utf-8', cte='quoted-printable', **kw):
    return Part('text/html', body, charset, cte, **kw)


def multi(sub, *parts, **kw):
    return Part('multipart/' + sub, parts=list(parts), **kw)


def attachment(ctype, filename, data, cte='base64', inline=False, cid=None, **kw):
    return Part(ctype, data, None, cte, filename=filename,
                disposition='inline' if inline else 'attachment', cid=cid, **kw)


def _encode_body(p):
    if isinstance(p.body, str):
        data = p.body.replace('\r\n', '\n').encode(p.charset or 'us-ascii')
        if not data.endswith(b'\n'):
            data += b'\n'
    else:
        data = p.body
    cte = p.cte
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            assert all(b < 128 for b in data), '7bit body with 8-bit data'
        for line in data.split(b'\n'):
            assert len(line) < 990, 'line too long for %s' % cte
        return data
    raise ValueError(cte)


def _fn_params(key, fn, style):
    if all(ord(c) < 128 for c in fn):
        return '%s="%s"' % (key, fn)
    if style == '2047':
        return '%s="%s"' % (key, ew(fn, 'utf-8', 'B').replace('\n ', ''))
    enc = ''.join(c if c in ALNUM + '.-_' else ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in fn)
    return "%s*=utf-8''%s" % (key, enc)


def render(p, bgen, depth=0):
    """returns (header_lines, body_bytes)"""
    hdrs = []
    if p.multipart:
        b = bgen(p.ctype, depth)
        hdrs.append('Content-Type: ' + ';\n\t'.join([p.ctype] + list(p.ctparams) + ['boundary="%s"' % b]))
        body = b''
        if p.preamble:
            body += p.preamble.encode() + b'\n'
        for c in p.parts:
            ch, cb = render(c, bgen, depth + 1)
            body += b'\n--' + b.encode() + b'\n' + '\n'.join(ch).encode() + b'\n\n' + cb
        body += b'\n--' + b.encode() + b'--\n'
        body = body.lstrip(b'\n') if not p.preamble else body
        return hdrs, body
    ct = p.ctype
    if p.charset:
        ct += '; charset="%s"' % p.charset if p.quote_charset else '; charset=%s' % p.charset
    if p.filename and p.name_param:
        ct += ';\n\t' + _fn_params('name', p.filename, p.fn_style)
    for x in p.ctparams:
        ct += ';\n\t' + x
    hdrs.append('Content-Type: ' + ct)
    if p.disposition and p.filename:
        hdrs.append('Content-Disposition: %s;\n\t%s' % (p.disposition, _fn_params('filename', p.filename, p.fn_style)))
    elif p.disposition and p.cid is None:
        hdrs.append('Content-Disposition: ' + p.disposition)
    if p.cid:
        hdrs.append('Content-ID: <%s>' % p.cid)
    for k, v in p.extra:
        hdrs.append(fold(k, v))
    hdrs.append('Content-Transfer-Encoding: ' + p.cte)
    return hdrs, _encode_body(p)


# ------------------------------------------------------------- HTML helpers
def esc(s):
    return _html.escape(s, quote=True)


_URL = re.compile(r'(https?://[^\s<>"]+)')


def _linkify(line):
    return _URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), line)


def html_outlook(plain, charset, lang='DE'):
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--',
           '/* Font Definitions */',
           '@font-face',
           '\t{font-family:Aptos;}',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal',
           '\t{margin:0cm;',
           '\tfont-size:11.0pt;',
           '\tfont-family:"Aptos",sans-serif;',
           '\tmso-ligatures:standardcontextual;',
           '\tmso-fareast-language:EN-US;}',
           'a:link, span.MsoHyperlink',
           '\t{mso-style-priority:99;',
           '\tcolor:#467886;',
           '\ttext-decoration:underline;}',
           '.MsoChpDefault',
           '\t{mso-style-type:export-only;',
           '\tfont-size:10.0pt;',
           '\tmso-ligatures:none;}',
           '@page WordSection1',
           '\t{size:612.0pt 792.0pt;',
           '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}',
           'div.WordSection1',
           '\t{page:WordSection1;}',
           '--></style>',
           '</head>',
           '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">' % lang,
           '<div class="WordSection1">']
    for line in plain.rstrip('\n').split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(esc(line)))
    out += ['</div>', '</body>', '</html>']
    return '\n'.join(out) + '\n'


def html_gmail(plain):
    out = ['<div dir="ltr">']
    for line in plain.rstrip('\n').split('\n'):
        out.append('<div>%s</div>' % (_linkify(esc(line)) if line.strip() else '<br>'))
    out.append('</div>')
    return '\n'.join(out) + '\n'


def html_simple(plain, charset='utf-8', font='Arial, sans-serif'):
    paras = [p for p in plain.strip('\n').split('\n\n')]
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(_linkify(esc(l)) for l in p.split('\n')) for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body>\n</html>\n' % (charset, font, body))


# ------------------------------------------------------------- Postfix mx01
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def pf_qid(seed):
    return '4' + hx(seed + '|mx01q', 9, B52) + 'z' + hx(seed + '|mx01i', 4, B52.replace('z', ''))


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


def rcv_mx(client, rcpt, t, tls, seed):
    helo, rdns, ip = client
    ipf = 'IPv6:' + ip if ':' in ip else ip
    s = 'from %s (%s [%s])\n\t' % (helo, rdns or 'unknown', ipf)
    if tls == 'tls13':
        s += TLS13 + '\n\t'
    elif tls == 'tls12':
        s += TLS12 + '\n\t'
    s += 'by mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', pf_qid(seed), rcpt, rfcdate(t, 'CET', True))
    return s


# ------------------------------------------------------------- assembly
FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-', 'x-spam')


def build(spec):
    """spec keys: name, folder, lang, t, mailer (callable), frm (name, addr),
    to [(name, addr)], cc, rcpt, subject, body (Part), headers [(k, v)],
    reply_to, msgid, in_reply_to, references, what, why"""
    info = spec['mailer'](spec)
    t = spec['t']
    hcs = info.get('hdr_charset', 'utf-8')
    henc = info.get('hdr_enc', 'B')
    spec['_info'] = info
    seed = spec['name']
    msgid = spec.get('msgid') or info['msgid']
    spec['msgid'] = msgid

    H = {}
    fn, fa = spec['frm']
    H['From'] = addr(fn, fa, spec.get('from_charset', hcs), henc, info.get('quote_names', False))
    if spec.get('to') is not None:
        H['To'] = ', '.join(addr(n, a, hcs, henc, info.get('quote_names', False)) for n, a in spec['to']) \
            if spec['to'] else 'undisclosed-recipients:;'
    if spec.get('cc'):
        H['Cc'] = ', '.join(addr(n, a, hcs, henc, info.get('quote_names', False)) for n, a in spec['cc'])
    if spec.get('reply_to'):
        H['Reply-To'] = addr(spec['reply_to'][0], spec['reply_to'][1], hcs, henc)
    H['Subject'] = hval(spec['subject'], spec.get('subject_charset', hcs), henc)
    H['Date'] = rfcdate(t, info.get('tz', 'CET'))
    H['Message-ID'] = msgid
    if spec.get('in_reply_to'):
        H['In-Reply-To'] = spec['in_reply_to']
    if spec.get('references'):
        H['References'] = ' '.join(spec['references'])
    H['MIME-Version'] = info.get('mime_version', '1.0')
    for k, v in info.get('extra', []):
        if v is None and k == 'Thread-Topic':
            v = hval(re.sub(r'^((AW|RE|Re|R|WG|FW|Fwd|RV|ΑΠ|Ответ|Odp|ODP):\s*)+', '', spec['subject']), hcs, henc)
        H[k] = v
    for k, v in spec.get('headers', []):
        H[k] = v

    bgen = info['boundary']
    root_h, body = render(spec['body'], bgen)

    order = info.get('order') or ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID',
                                  'In-Reply-To', 'References', 'MIME-Version']
    lines = []
    lines.append('Return-Path: <%s>' % info.get('return_path', fa))
    lines.append('Received: ' + rcv_mx(info['client'], spec['rcpt'], t + info.get('delay', 3) * SEC,
                                        info.get('tls', 'tls13'), seed))
    for r in info.get('received', []):
        lines.append('Received: ' + r)
    for k, v in info.get('trace', []):
        lines.append(fold(k, v))
    done = set()
    for k in order:
        if k == 'Content-Type':
            lines.extend(root_h)
            done.add(k)
            continue
        if k in H and k not in done:
            lines.append(fold(k, H[k]))
            done.add(k)
    for k in H:
        if k not in done:
            lines.append(fold(k, H[k]))
    if 'Content-Type' not in done:
        lines.extend(root_h)
    for l in lines:
        assert not l.lower().startswith(FORBIDDEN), l
        assert all(ord(c) < 128 for c in l), 'non-ascii header: ' + l
    return '\n'.join(lines).encode('ascii') + b'\n\n' + body

"""Hand-rolled MIME assembly so that charset and transfer encoding are exactly
as chosen.  Standard library only."""
import base64
import datetime as _dt
import hashlib
import quopri
import random

UTC = _dt.timezone.utc


# ------------------------------------------------------------- time zones --
def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def _eu_dst(utc):
    s = _dt.datetime.combine(_last_sunday(utc.year, 3), _dt.time(1), UTC)
    e = _dt.datetime.combine(_last_sunday(utc.year, 10), _dt.time(1), UTC)
    return s <= utc < e


ZONES = {  # name -> (std offset h, dst offset h, std abbr, dst abbr)
    'cet': (1, 2, 'CET', 'CEST'), 'eet': (2, 3, 'EET', 'EEST'),
    'uk': (0, 1, 'GMT', 'BST'), 'msk': (3, 3, 'MSK', 'MSK'), 'utc': (0, 0, 'UTC', 'UTC'),
    'pst': (-8, -7, 'PST', 'PDT'), 'est': (-5, -4, 'EST', 'EDT'),
}


def tzinfo(zone, utc):
    std, dst, a, b = ZONES[zone]
    if zone in ('pst', 'est'):  # US: DST ends first Sunday of November
        nov1 = _dt.date(utc.year, 11, 1)
        end = _dt.datetime.combine(nov1 + _dt.timedelta(days=(6 - nov1.weekday()) % 7),
                                   _dt.time(6 if zone == 'est' else 9), UTC)
        on = utc < end
    else:
        on = _eu_dst(utc)
    off = dst if on else std
    return _dt.timezone(_dt.timedelta(hours=off)), (b if on else a)


def local(zone, y, mo, d, h, mi, s=0):
    """Local wall time in zone -> aware UTC datetime."""
    std, dst, *_ = ZONES[zone]
    for off in (dst, std):
        u = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=off))).astimezone(UTC)
        if tzinfo(zone, u)[0].utcoffset(None) == _dt.timedelta(hours=off):
            return u
    return u


def rfcdate(utc, zone, abbr=False):
    tz, name = tzinfo(zone, utc)
    t = utc.astimezone(tz)
    s = t.strftime('%a, %d %b %Y %H:%M:%S ') + t.strftime('%z')
    if t.day < 10 and not abbr:
        s = s  # keep zero-padded day (most MTAs do)
    return s + (' (%s)' % name if abbr else '')


# ---------------------------------------------------------------- headers --
def enc_words(text, charset='utf-8', mode=None):
    """RFC 2047 encode text (whole) into one or more encoded-words."""
    if all(ord(c) < 128 for c in text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # MUAs fall back to UTF-8 for such headers
        charset = 'utf-8'
    cs = charset.lower()
    if mode is None:
        mode = 'B' if cs in ('utf-8', 'koi8-r', 'windows-1251', 'iso-8859-7', 'windows-1253') else 'Q'
    pre = '=?%s?%s?' % (charset, mode)
    words, cur = [], ''

    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == 'B':
            return base64.b64encode(raw).decode()
        out = ''
        for b in raw:
            ch = chr(b)
            if b == 32:
                out += '_'
            elif ch.isalnum() and b < 128:
                out += ch
            elif ch in '!*+-/' and b < 128:
                out += ch
            else:
                out += '=%02X' % b
        return out
    for c in text:
        if len(pre) + len(enc(cur + c)) + 2 > 74:
            words.append(pre + enc(cur) + '?=')
            cur = c
        else:
            cur += c
    if cur:
        words.append(pre + enc(cur) + '?=')
    return '\n '.join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', mode=None):
    if not name:
        return '<%s>' % email if False else email
    if any(ord(c) > 127 for c in name):
        return '%s <%s>' % (enc_words(name, charset, mode), email)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


# ------------------------------------------------------------------ parts --
def _cte(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == '7bit':
        raw.decode('ascii')
    return raw if raw.endswith(b'\n') else raw + b'\n'


class Part:
    kind = 'leaf'


class Text(Part):
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 format_flowed=False, extra=(), lang=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.extra, self.lang = format_flowed, list(extra), lang

    def render(self):
        raw = self.text.replace('\r\n', '\n').encode(self.charset)  # strict
        ct = 'text/%s; charset=%s' % (self.subtype, self.charset if '"' in self.charset else
                                       ('"%s"' % self.charset if self.subtype == 'html' else self.charset))
        if self.flowed:
            ct += '; format=flowed'
        h = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + self.cte] + self.extra
        if self.lang:
            h.append('Content-Language: ' + self.lang)
        return h, _cte(raw, self.cte)

    def describe(self):
        return 'text/%s' % self.subtype


class Attach(Part):
    def __init__(self, data, ctype, filename=None, cte='base64', disposition='attachment',
                 cid=None, fn_charset='utf-8', name_param=True):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.disp, self.cid, self.fcs, self.name_param = disposition, cid, fn_charset, name_param

    def render(self):
        fn = self.filename
        ct = self.ctype
        h = []
        if fn:
            if all(ord(c) < 128 for c in fn):
                q = '"%s"' % fn
                ct += '; name=%s' % q if self.name_param else ''
                cd = '%s; filename=%s' % (self.disp, q)
            else:
                ew = enc_words(fn, self.fcs, 'B').replace('\n ', '')
                ct += '; name="%s"' % ew if self.name_param else ''
                from urllib.parse import quote
                cd = "%s;\n filename*=%s''%s" % (self.disp, self.fcs, quote(fn.encode(self.fcs)))
            h.append('Content-Type: ' + ct.replace('; name', ';\n name'))
            h.append('Content-Disposition: ' + cd)
        else:
            h.append('Content-Type: ' + ct)
            h.append('Content-Disposition: ' + self.disp)
        if self.cid:
            h.append('Content-ID: <%s>' % self.cid)
        h.append('Content-Transfer-Encoding: ' + self.cte)
        return h, _cte(self.data, self.cte)

    def describe(self):
        return "%s '%s'" % (self.ctype.split(';')[0], self.filename or 'inline')


class Multi(Part):
    kind = 'multi'

    def __init__(self, subtype, parts, boundary, extra_ct=''):
        self.subtype, self.parts, self.boundary, self.extra_ct = subtype, parts, boundary, extra_ct

    def render(self):
        h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.extra_ct, self.boundary)]
        body = b''
        if self.subtype == 'mixed' or True:
            body += b'This is a multi-part message in MIME format.\n' if self.subtype == 'mixed' else b''
        for p in self.parts:
            ph, pb = p.render()
            body += b'\n--' + self.boundary.encode() + b'\n' + '\n'.join(ph).encode() + b'\n\n' + pb
        body += b'\n--' + self.boundary.encode() + b'--\n'
        return h, body

    def describe(self):
        return 'multipart/%s[%s]' % (self.subtype, ', '.join(p.describe() for p in self.parts))


def text_leaves(p):
    if isinstance(p, Multi):
        return [x for c in p.parts for x in text_leaves(c)]
    return [p] if isinstance(p, Text) else []


def attachments(p):
    if isinstance(p, Multi):
        return [x for c in p.parts for x in attachments(c)]
    return [p] if isinstance(p, Attach) else []


# -------------------------------------------------------------- helpers ---
def rng_for(key):
    return random.Random(hashlib.sha256(key.encode()).hexdigest())


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def boundary(rng, style='generic'):
    if style == 'outlook':
        return '_%03d_%s_' % (rng.randrange(1000), rhex(rng, 40, True)[:32]) 
    if style == 'gmail':
        return '0000000000' + rhex(rng, 16)
    if style == 'thunderbird':
        return '------------' + ralnum(rng, 24)
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid(rng, True)
    if style == 'php':
        return 'b1=_' + ralnum(rng, 43)
    return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9),
                                    rng.randrange(10 ** 12, 10 ** 13))

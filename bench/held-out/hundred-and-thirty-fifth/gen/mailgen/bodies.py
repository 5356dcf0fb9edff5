"""Boundary styles and body-structure helpers for different senders."""
import base64
import struct
from .core import Multi, Text, Binary, hexs, alnum, guid


def boundary(m, style, n=0):
    r = m.rng
    if style == 'exo':
        local, dom = m.msgid.strip('<>').split('@')
        s = '_%03d_%s%s' % (n, local, dom.replace('.', ''))
        return s[:66] + '_'
    if style == 'exch':
        local, dom = m.msgid.strip('<>').split('@')
        return ('_%03d_%s%s' % (n, local, dom.replace('.', '')))[:70] + '_'
    if style == 'outlook':
        return '----=_NextPart_%03d_%04X_%s.%s' % (n, r.randrange(1, 0x40), hexs(r, 8, True), hexs(r, 8, True))
    if style == 'gmail':
        return '000000000000' + hexs(r, 16)
    if style == 'tb':
        return '------------' + alnum(r, 24)
    if style == 'apple':
        return 'Apple-Mail=_' + guid(r, True)
    if style == 'roundcube':
        return '=_' + hexs(r, 32)
    if style == 'phpmailer':
        return 'b1=_' + alnum(r, 43)
    if style == 'java':
        base = int(m.t.timestamp() * 1000) if m.t else 1790000000000
        return '----=_Part_%d_%d.%d' % (r.randrange(100000, 9999999), r.randrange(10000000, 2000000000),
                                         base - r.randrange(0, 5000))
    if style == 'dotnet':
        return '--boundary_%d_%s' % (n, guid(r))
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % r.randrange(10 ** 9, 10 ** 10)
    if style == 'sendgrid':
        return hexs(r, 64)
    if style == 'yandex':
        return '----==--bound.%d.mail-sendbernar-production-main-%d.vla.yp-c.yandex.net' % (
            r.randrange(100000, 999999), r.randrange(10, 99))
    if style == 'zoho':
        base = int(m.t.timestamp() * 1000) if m.t else 1790000000000
        return '----=_Part_%d_%d.%d' % (r.randrange(1000, 99999), r.randrange(10 ** 8, 10 ** 9), base - r.randrange(0, 3000))
    if style == 'webde':
        return 'trinity-' + guid(r)
    if style == 'go':
        return hexs(r, 60)
    if style == 'python':
        return '===============%019d==' % r.randrange(10 ** 18, 10 ** 19)
    if style == 'sap':
        return '=_%s' % alnum(r, 28, '0123456789ABCDEF')
    if style == 'mutt':
        return alnum(r, 16)
    raise KeyError(style)


def thread_index(m, t, reply_of=None):
    """Outlook Thread-Index: 22 bytes (FILETIME header + GUID), +5 per reply."""
    if reply_of:
        raw = base64.b64decode(reply_of)
        return base64.b64encode(raw + bytes(m.rng.randrange(256) for _ in range(5))).decode()
    ft = (int(t.timestamp()) + 11644473600) * 10000000
    head = struct.pack('>Q', ft)[:6]
    return base64.b64encode(head + bytes(m.rng.randrange(256) for _ in range(16))).decode()


def alt(m, plain, html, style, n=0, **kw):
    return Multi('alternative', [plain, html], boundary(m, style, n), **kw)


def mixed(m, parts, style, n=4, **kw):
    return Multi('mixed', parts, boundary(m, style, n), **kw)


def related(m, parts, style, n=3, **kw):
    params = kw.pop('params', ['type="multipart/alternative"'])
    return Multi('related', parts, boundary(m, style, n), params=params, **kw)

"""Helpers shared by the per-language message files."""
import base64
import hashlib

import attach as A
import ids
import mailkit as K
import qr
from company import S  # noqa: F401  (re-export)
from msg import Body, Msg  # noqa: F401

PLACEHOLDER = b'REM inert placeholder for mail-filter evaluation - contains no code\r\n'


def h(seed, n, chars='0123456789abcdef'):
    d = hashlib.sha256(seed.encode()).digest()
    out = ''
    i = 0
    while len(out) < n:
        d2 = hashlib.sha256(d + bytes([i])).digest()
        out += ''.join(chars[b % len(chars)] for b in d2)
        i += 1
    return out[:n]


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


# ---- Message-ID makers for messages that are referenced by later ones
def mid_m365(server, region, seed):
    return '<%s%s@%s.%s.prod.outlook.com>' % (server, h(seed, 30, '0123456789ABCDEF'), server, region)


def mid_exchange(seed, host='EXCH01.corp.example.com'):
    return '<%s@%s>' % (h(seed, 32), host)


def mid_zimbra(seed, domain, ms):
    return '<%d.%d.%d.JavaMail.zimbra@%s>' % (int(h(seed, 9, '0123456789')) + 10 ** 8,
                                             int(h(seed + 'b', 7, '0123456789')), ms, domain)


def mid_tb(seed, domain):
    x = h(seed, 32)
    return '<%s-%s-%s-%s-%s@%s>' % (x[:8], x[8:12], '4' + x[13:16], 'a' + x[17:20], x[20:32], domain)


def mid_outlook16(seed, domain):
    x = h(seed, 30)
    return '<%s01dc%s$%s$%s$@%s>' % (x[:4], x[6:10], x[10:18], x[18:26], domain)


# ---- attachments
def pdf_att(filename, lines, title='', author='', creator='', producer='', date=None, name_style='rfc2231',
            ctype='application/pdf'):
    data = A.pdf(lines, title=title, author=author, creator=creator, producer=producer, date=date)
    return K.Att(filename, ctype, data, name_style=name_style)


def zip_att(filename, entries, password=None, seed='z', name_style='rfc2231', ctype='application/zip'):
    data = A.zip_archive(entries, password=password, seed=seed)
    return K.Att(filename, ctype, data, name_style=name_style)


def qr_inline(url, cid, filename='image001.png', scale=5):
    return K.Att(filename, 'image/png', qr.qr_png(url, scale=scale), inline=True, cid=cid)


def qr_file(url, filename, scale=6):
    return K.Att(filename, 'image/png', qr.qr_png(url, scale=scale))


def html_att(filename, html, charset='utf-8', ctype='text/html'):
    return K.Att(filename, ctype, html.encode(charset), charset=charset)


def logo_png(w=160, hgt=44, seed='logo', dark=40):
    """Simple grey signature logo (bar with stripes) as PNG."""
    rows = []
    for y in range(hgt):
        row = bytearray([0])
        for x in range(w):
            v = 255
            if 6 <= y < hgt - 6 and 6 <= x < 38:
                v = dark
            elif 10 <= y < hgt - 10 and 46 <= x < w - 8 and (y // 4) % 2 == 0:
                v = 120
            row.append(v)
        rows.append(bytes(row))
    return qr.png_gray(w, hgt, b''.join(rows))


def logo_inline(cid, filename='image001.png', **kw):
    return K.Att(filename, 'image/png', logo_png(**kw), inline=True, cid=cid)


def att(filename, ctype, data, **kw):
    return K.Att(filename, ctype, data, **kw)


fmt_iban = ids.fmt_iban

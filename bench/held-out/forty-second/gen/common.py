"""Shared helpers for message definitions."""
from lib.mail import (Msg, Text, Att, Multi, md, outlook_html, gmail_html, simple_html, brand_html,
                      addr, ew, text_header, rfcdate, hexs, uuid, b64s, outlook_msgid, gmail_msgid,
                      thread_index, localtime, filetime)
from lib import routes, qr, ids
from lib.pdf import pdf
from lib.zipw import make_zip
from company import STAFF, S, BANK, RU, VAT, BTC

AL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


# ------------------------------------------------------------ boundaries
def b_outlook(m, n=0):
    host = getattr(m, '_m365_mbx', None)
    if host:
        return '_%03d_%s%s%s%s_' % (n, host, hexs(m.rng, 32, True), host, 'eurp' if 'PR0' in host else 'prod')
    return '_%03d_%sEXCH02corpexamplecom_' % (n, hexs(m.rng, 32, True))


def b_outlook_desktop(m, n=0):
    ft = filetime(m.t)
    return '----=_NextPart_%03d_%04X_%08X.%08X' % (n, m.rng.randrange(1, 0x200), ft >> 32, ft & 0xFFFFFFFF)


def b_gmail(m):
    return '000000000000' + hexs(m.rng, 16)


def b_tb(m):
    return '------------' + b64s(m.rng, 24, AL)


def b_apple(m):
    return 'Apple-Mail=_' + uuid(m.rng, True)


def b_java(m):
    return '----=_Part_%d_%d.%d' % (m.rng.randrange(10000, 999999), m.rng.randrange(10**8, 10**9),
                                    int(m.t.timestamp() * 1000) + m.rng.randrange(1000))


def b_hex(m, n=32):
    return hexs(m.rng, n)


def b_phpmailer(m):
    return 'b1=_' + b64s(m.rng, 43, AL)


def b_roundcube(m):
    return '=_' + hexs(m.rng, 32)


def b_bat(m):
    return '----------' + hexs(m.rng, 15, True)


# ------------------------------------------------------------ bodies
def alt(m, src, charset='utf-8', cte='quoted-printable', html_cte=None, style='outlook', lang='DE',
        boundary=None, label=None, quoted=True, link_style='angle', brand=None, text_override=None,
        html_charset=None, html_label=None):
    """multipart/alternative text+html from markup."""
    plain, inner = md(src, link_style)
    if text_override is not None:
        plain = text_override
    hcs = html_charset or charset
    hlabel = html_label or label or hcs
    if style == 'outlook':
        html = outlook_html(inner, hlabel, lang)
    elif style == 'gmail':
        html = gmail_html(inner)
    elif style == 'simple':
        html = simple_html(inner, hlabel)
    elif style == 'brand':
        html = brand_html(inner, hlabel, **brand)
    else:
        raise ValueError(style)
    t = Text(plain, 'plain', charset, cte, label=label, quoted=quoted)
    h = Text(html, 'html', hcs, html_cte or cte, label=hlabel, quoted=quoted, html_entities=True)
    if boundary is None:
        boundary = {'outlook': b_outlook(m), 'gmail': b_gmail(m), 'simple': b_tb(m), 'brand': b_hex(m)}[style]
    return Multi('alternative', [t, h], boundary)


def plain(src, charset='utf-8', cte='quoted-printable', label=None, quoted=True, extra=''):
    return Text(src, 'plain', charset, cte, label=label, quoted=quoted, extra=extra)


def pdf_att(lines, filename, title='', author='', creator='', producer='', created=None, **kw):
    data = pdf(lines, title=title or filename, author=author, creator=creator, producer=producer,
               created=created or "20261001090000+02'00'")
    return Att(data, 'application/pdf', filename, **kw)


def pdf_date(m, zone=None, minutes_before=5):
    from datetime import timedelta
    lt = localtime(m.t - timedelta(minutes=minutes_before), zone or m.zone)
    from lib.mail import zinfo
    off = zinfo(zone or m.zone, m.t)[0]
    return "%s%s%02d'%02d'" % (lt.strftime('%Y%m%d%H%M%S'), '+' if off >= 0 else '-', abs(off) // 60, abs(off) % 60)


def zip_placeholder(name, what):
    return ('EVALUATION PLACEHOLDER - inert text standing in for %s (%s). Not executable.\n' % (what, name)).encode('utf-8')


def qr_att(url, cid, filename=None, disposition='inline', scale=6):
    return Att(qr.qr_png(url, 'M', scale=scale), 'image/png', filename, disposition=disposition, cid=cid,
               note='QR code, decodes to %s' % url)


def logo_png(rgb=(0, 82, 147), w=120, h=32, seed=1):
    def px(x, y):
        if 6 <= y < h - 6 and (x // 10) % 3 != 2 and x < 60:
            return rgb
        if 10 <= y < h - 10 and 66 <= x < w - 6 and (x + seed) % 7 < 5:
            return (90, 90, 90)
        return (255, 255, 255)
    return qr.rgb_png(w, h, px)


def fmt_eur_de(x):
    s = '{:,.2f}'.format(x)
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


IB = ids.fmt_iban

"""Shared helpers for message definitions."""
import hashlib
import html as _html
import random
import string

from lib import infra as I
from lib.compose import msg, _esc_links
from lib.mime import addr, hval, ew
from lib.pdf import make_pdf
from lib.ziparc import make_zip
from lib.qr import qr_png, rgb_png
from lib.ids import fmt_iban
from people import S, STAFF, CORR, BANK, RU, TAX, COMPANY

__all__ = ['I', 'msg', 'addr', 'hval', 'ew', 'make_pdf', 'make_zip', 'qr_png', 'rgb_png', 'fmt_iban', 'S', 'STAFF',
           'CORR', 'BANK', 'RU', 'TAX', 'COMPANY', 'mid', 'notice_html', 'esc', 'pdfdate', 'placeholder', 'to', 'A']


def _r(seed):
    return random.Random('mid/' + seed)


def mid(seed, style, domain=None):
    """Deterministic Message-IDs of earlier messages in a thread."""
    r = _r(seed)
    hx = lambda n, up=False: ''.join(r.choice('0123456789ABCDEF' if up else '0123456789abcdef') for _ in range(n))
    if style == 'exch':
        return '<%s@EXCH01.corp.example.com>' % hx(32)
    if style == 'exo-de':
        srv = 'FR2P281MB%d' % r.randint(1000, 9999)
        return '<%s%s@%s.DEUP281.PROD.OUTLOOK.COM>' % (srv, hx(26, True), srv)
    if style == 'exo-eu':
        srv = 'AM9PR04MB%d' % r.randint(1000, 9999)
        return '<%s%s@%s.eurprd04.prod.outlook.com>' % (srv, hx(26, True), srv)
    if style == 'gmail':
        return '<CA%s@mail.gmail.com>' % ''.join(r.choice(string.ascii_letters + string.digits + '+_-=') for _ in range(54))
    if style == 'outlook':
        return '<00%02x01dc%04x$%s$%s$@%s>' % (r.randint(0, 255), r.randint(0, 0xffff), hx(8), hx(8), domain)
    if style == 'tb':
        h = hx(32)
        return '<%s-%s-4%s-a%s-%s@%s>' % (h[:8], h[8:12], h[13:16], h[17:20], h[20:], domain)
    raise ValueError(style)


def esc(s):
    return _html.escape(s, quote=False)


def pdfdate(y, mo, d, h=9, mi=0, off="+01'00'"):
    return "D:%04d%02d%02d%02d%02d00%s" % (y, mo, d, h, mi, off)


def placeholder(name):
    return ('INERT EVALUATION PLACEHOLDER - this file stands in for the malicious payload "%s"; it contains no code.\n' % name).encode('utf-8')


def to(key, charset='utf-8', enc='B'):
    n, a = S(key)
    return addr(n, a, charset, enc)


def A(name, address, charset='utf-8', enc='B'):
    return addr(name, address, charset, enc)


def notice_html(charset, title, paras, button=None, footer='', brand='', color='#0067b8', logo=None, lang='de',
                pre='', extra_after=''):
    """Transactional-notification style HTML (used by both genuine services and fakes)."""
    ps = ''.join('<p style="margin:0 0 14px 0;font-size:14px;line-height:20px;color:#323130">%s</p>' % _esc_links(p) for p in paras)
    btn = ''
    if button:
        btn = ('<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td style="background:%s;border-radius:2px">'
               '<a href="%s" style="display:inline-block;padding:10px 22px;font-size:14px;color:#ffffff;text-decoration:none;font-weight:600">%s</a>'
               '</td></tr></table>' % (color, _html.escape(button[1]), esc(button[0])))
    lg = logo or ('<span style="font-size:20px;font-weight:600;color:%s">%s</span>' % (color, esc(brand)))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f2f1;font-family:\'Segoe UI\',Tahoma,Arial,sans-serif">\n%s'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;max-width:600px">\n'
            '<tr><td style="padding:24px 32px 8px 32px">%s</td></tr>\n'
            '<tr><td style="padding:8px 32px 0 32px"><h1 style="font-size:22px;font-weight:600;color:#201f1e;margin:0 0 16px 0">%s</h1>%s%s%s</td></tr>\n'
            '<tr><td style="padding:24px 32px 24px 32px;font-size:11px;line-height:16px;color:#605e5c">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n'
            % (lang, charset, esc(title), pre, lg, esc(title), ps, btn, extra_after, footer))

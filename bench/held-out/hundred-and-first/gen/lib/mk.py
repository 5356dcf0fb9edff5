"""Message assembly helpers and the registry used by the data modules."""
import base64

from . import mime
from .mime import Text, Bin, Multi, addr, htext, CRLF
from .infra import Ctx, mx01
from .tm import local_to_utc, rfc, plus

REGISTRY = []


def message(folder, num, lang, slug, what, why, hn=None, att_note=''):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what, why=why,
                             hn=hn, att_note=att_note, fn=fn,
                             file='%02d-%s-%s.eml' % (num, lang, slug)))
        return fn
    return deco


def ctx(key, when, zone, rcpt):
    return Ctx(key, local_to_utc(when, zone), rcpt)


def thread_index(c, replies=0):
    b = bytes([1]) + bytes(c.r.getrandbits(8) for _ in range(21 + 5 * replies))
    return base64.b64encode(b).decode()


def assemble(c, inf, headers, body, return_path, mime_pos=None, extra_pos=None, mime_version=True,
             pre_trace=()):
    """headers: list of (name, value) for the sender's header block.
    inf.extra is inserted at extra_pos (default: appended)."""
    t_rx = plus(c.t, inf.delay)
    hs = [('Return-Path', '<%s>' % return_path if return_path else '<>')]
    hs.append(mx01(c, inf.client, t_rx, tls=inf.tls))
    hs += list(pre_trace)
    hs += inf.trace
    block = list(headers)
    if extra_pos is None:
        block += inf.extra
    else:
        block = block[:extra_pos] + inf.extra + block[extra_pos:]
    n_before = len(hs)
    hs += block
    mp = None if mime_pos is None else n_before + mime_pos + (len(inf.extra) if (extra_pos is not None and extra_pos <= mime_pos) else 0)
    return mime.render_message(hs, body, mime_version=mime_version, mime_pos=mp)


# ---------------------------------------------------------- body helpers ---
def alt(c, text_part, html_part, boundary=None, **kw):
    return Multi('alternative', [text_part, html_part], boundary or default_boundary(c), **kw)


def default_boundary(c):
    return '----=_NextPart_000_%04X_01DC%s.%s' % (c.r.randint(0, 0xffff), c.hex(4, True), c.hex(8, True))


def outlook_boundary(c, level=0):
    return '----=_NextPart_%03d_%04X_01DC%s.%s' % (level, c.r.randint(0, 0xfff), c.hex(4, True), c.hex(8, True))


def tb_boundary(c):
    return '------------' + c.pick('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 24)


def apple_boundary(c):
    return 'Apple-Mail=_' + c.uuid().upper()


def py_boundary(c):
    return '===============%s==' % c.digits(19)


def php_boundary(c):
    return 'b1=_' + c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43)


def html_wrap_cs(html, charset):
    return html.replace('%CS%', charset)


def brand_html(title, paras, button=None, url=None, footer='', color='#0067b8', logo_text='', lang='de',
               charset='utf-8', after_button=(), width=600, font='Segoe UI, Helvetica, Arial, sans-serif',
               img_cid=None, img_alt='', pre_button=()):
    esc = mime.esc
    rows = []
    if logo_text:
        rows.append('<tr><td style="padding:24px 32px 8px 32px;font-size:20px;font-weight:600;color:%s">%s</td></tr>' % (color, esc(logo_text)))
    if title:
        rows.append('<tr><td style="padding:8px 32px;font-size:22px;color:#1b1b1b">%s</td></tr>' % esc(title))
    for p in paras:
        rows.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:20px;color:#1b1b1b">%s</td></tr>' % p)
    for p in pre_button:
        rows.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:20px;color:#1b1b1b">%s</td></tr>' % p)
    if img_cid:
        rows.append('<tr><td style="padding:12px 32px" align="left"><img src="cid:%s" width="180" height="180" alt="%s" style="display:block;border:0"></td></tr>' % (img_cid, esc(img_alt)))
    if button:
        rows.append('<tr><td style="padding:16px 32px"><table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>'
                    '<td style="background:%s;border-radius:2px"><a href="%s" style="display:inline-block;padding:10px 22px;font-size:15px;color:#ffffff;text-decoration:none">%s</a></td>'
                    '</tr></table></td></tr>' % (color, esc(url), esc(button)))
    for p in after_button:
        rows.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:20px;color:#1b1b1b">%s</td></tr>' % p)
    if footer:
        rows.append('<tr><td style="padding:24px 32px;font-size:11px;line-height:15px;color:#6b6b6b">%s</td></tr>' % footer)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3">\n'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f3f3"><tr><td align="center" style="padding:24px 0">\n'
            '<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:%s">\n%s\n</table>\n'
            '</td></tr></table>\n</body>\n</html>\n' % (lang, charset, esc(title or logo_text), width, font, '\n'.join(rows)))

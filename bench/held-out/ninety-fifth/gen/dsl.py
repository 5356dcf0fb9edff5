"""Everything the message files need, in one import."""
from functools import partial as P  # noqa: F401

import img  # noqa: F401
import infra  # noqa: F401
import pdf  # noqa: F401
import zipc  # noqa: F401
from codes import iban_fmt, btc_address, nrb  # noqa: F401
from compose import message  # noqa: F401
from mail import (text, html, alt, mixed, related, attach, dedent, html_outlook,  # noqa: F401
                  html_gmail, html_simple, html_escape)
from people import STAFF, LIEF, FERR, PLOG, CORR, PRIVATE, BANK, RU, VAT  # noqa: F401


def A(folder):
    """message() pre-bound to a folder."""
    def f(num, lang, slug, *a, **kw):
        return message(folder, num, lang, slug, *a, **kw)
    return f


def quote_block(lines, prefix="> "):
    return "\n".join(prefix + x if x else prefix.rstrip() for x in lines.strip("\n").split("\n"))


def b64e(s):
    import base64
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def notice_html(title, paras_, button=None, url=None, footer="", color="#0b5394",
                logo_text="", lang="de", extra_html="", charset="utf-8", width=600):
    """Transactional notification layout (table based, as bulk senders use)."""
    esc = html_escape
    ps = "\n".join('<p style="margin:0 0 14px 0;font-size:14px;line-height:20px;color:#333333;">%s</p>' % p
                   for p in paras_)
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;">'
               '<tr><td bgcolor="%s" style="border-radius:3px;">'
               '<a href="%s" target="_blank" style="display:inline-block;padding:11px 26px;font-size:14px;'
               'color:#ffffff;text-decoration:none;font-weight:bold;font-family:Arial,sans-serif;">%s</a>'
               '</td></tr></table>' % (color, esc(url), esc(button)))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f4f6;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;">\n'
            '<tr><td style="background:%s;padding:16px 24px;color:#ffffff;font-size:18px;font-weight:bold;">%s</td></tr>\n'
            '<tr><td style="padding:24px;">\n<h1 style="font-size:18px;color:#111111;margin:0 0 16px 0;">%s</h1>\n%s\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:14px 24px;background:#fafafa;font-size:11px;line-height:16px;color:#777777;">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n') % (
        lang, charset, esc(title), width, color, logo_text, esc(title), ps, btn, extra_html, footer)


def koi8_safe(s):
    """Typography as koi8-r senders write it (no guillemets, numero sign, dashes)."""
    return (s.replace("«", '"').replace("»", '"').replace("№", "N").replace("–", "-")
            .replace("—", "-").replace("…", "..."))

"""Shortcuts used by the message modules."""
import base64

from common import (T, text, html, multi, attachment, html_outlook, html_gmail, html_simple, esc, hx, num, uuid,
                    ALNUM, UHEX, B64URL)
from files import att_pdf, att_zip, PLACEHOLDER, logo_png, make_zip
import checks as C
import infra as I
import org
import qr
from org import st, first

__all__ = ['T', 'text', 'html', 'multi', 'attachment', 'html_outlook', 'html_gmail', 'html_simple', 'esc', 'hx',
           'num', 'uuid', 'ALNUM', 'UHEX', 'B64URL', 'att_pdf', 'att_zip', 'PLACEHOLDER', 'logo_png', 'make_zip',
           'C', 'I', 'org', 'qr', 'st', 'first', 'alt', 'M', 'b64', 'qr_png', 'page']


def alt(plain, charset='utf-8', cte='quoted-printable', style='simple', lang='DE', html_body=None, hcte=None):
    if html_body is None:
        if style == 'outlook':
            html_body = html_outlook(plain, charset, lang)
        elif style == 'gmail':
            html_body = html_gmail(plain)
        else:
            html_body = html_simple(plain, charset)
    return multi('alternative', text(plain, charset, cte), html(html_body, charset, hcte or cte))


def M(**kw):
    kw.setdefault('cc', [])
    kw.setdefault('headers', [])
    kw.setdefault('pairs', [])
    return kw


def b64(s):
    return base64.b64encode(s.encode()).decode()


def qr_png(url, filename='qrcode.png', cid=None, inline=False):
    data = qr.make_png(url)
    return attachment('image/png', filename, data, inline=inline, cid=cid)


def page(title, inner, charset='utf-8', css=''):
    """a standalone HTML document (for HTML attachments / HTML-only mails)"""
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="%s">\n<meta name="viewport" content="width=device-width, '
            'initial-scale=1">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (charset, esc(title), css, inner))

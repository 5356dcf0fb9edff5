"""Shared imports and small helpers for the message modules."""
import base64
from functools import partial as P

import ids
import infra as I
from compose import mk, alt, html_outlook, html_gmail, html_simple, HText, quote_block, esc
from mime import Text, Attach, Multi, T, fmt_date, plus
from people import S, CORR, BANK, BTC, STAFF
from files import pdf, make_zip
from qr import qr_png

__all__ = ["P", "ids", "I", "mk", "alt", "html_outlook", "html_gmail", "html_simple", "HText", "quote_block", "esc",
           "Text", "Attach", "Multi", "T", "fmt_date", "plus", "S", "CORR", "BANK", "BTC", "STAFF", "pdf", "make_zip",
           "qr_png", "HTMLA", "b64u", "PDF", "ZIP", "PNG", "pdfdate", "G", "placeholder", "button", "phish_html"]


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pdfdate(t, off="+01'00'"):
    return "D:%s%s" % (t.strftime("%Y%m%d%H%M%S"), off)


def G(iban):
    return ids.group4(iban)


def PDF(name, data, **kw):
    a = Attach("application/pdf", data, name, **kw)
    a.note = "PDF (text only)"
    return a


def ZIP(name, data, note, ctype="application/x-zip-compressed", pwd=None, **kw):
    a = Attach(ctype, data, name, **kw)
    a.note = note
    a.pwd = pwd
    return a


def PNG(name, data, cid=None, disposition="inline", note="PNG", **kw):
    a = Attach("image/png", data, name, disposition=disposition, cid=cid, **kw)
    a.note = note
    return a


def HTMLA(name, html, note):
    a = Attach("text/html", html.encode("utf-8"), name, fn_style="plain", extra_ct=' charset="utf-8";')
    a.note = note
    return a


def placeholder(name):
    return ("INERT TEST PLACEHOLDER for %s - this file contains no code and cannot run.\n" % name).encode()


def button(url, label, color="#0b5cad"):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="%s" style="border-radius:4px;padding:12px 26px">'
            '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold;font-family:Arial,sans-serif;font-size:15px">%s</a>'
            '</td></tr></table>' % (color, url, esc(label)))


def phish_html(title_bar, bar_color, inner, footer, charset="utf-8", lang="de"):
    return ("""<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
</head>
<body style="margin:0;padding:0;background:#f3f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f3f3"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222;line-height:1.5">
<tr><td bgcolor="%s" style="padding:16px 24px;color:#ffffff;font-size:18px;font-weight:bold">%s</td></tr>
<tr><td style="padding:24px">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777777;border-top:1px solid #e5e5e5">%s</td></tr>
</table>
</td></tr></table>
</body>
</html>
""" % (lang, charset, esc(title_bar), bar_color, esc(title_bar), inner, footer))

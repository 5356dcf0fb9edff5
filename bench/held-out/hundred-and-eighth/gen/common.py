"""Helpers shared by the message modules."""
import base64
from .mime import (h, HEX, UHEX, ALNUM, DIG, UPALNUM, Text, Att, Multi, addr, dd, esc, paras, html_outlook,
                   html_gmail, html_simple, fill_cs, local, rfc, plus, in_zone)
from .core import subj
from . import infra, company

S = company.S


def bnd(style, seed, srv=None):
    if style in ("m365", "m365att") and srv:
        tag = "GBRP" if "P265" in srv else "DEUP" if "P281" in srv else "EURP" if "P19" in srv else "eurp"
        return "_%s_%s%s%s%s_" % ("000" if style == "m365" else "004", srv, h(seed + "bx", 18, UHEX), srv, tag)
    if style == "exchange":
        return "_000_%s%s_" % (h(seed + "bx", 32, UHEX), "EXMBX02corpexam")
    if style == "m365":
        srv = h(seed + "sv", 4, "ABDPV") + "PR0" + h(seed + "n", 1, DIG) + "MB" + h(seed + "m", 4, DIG)
        return "_000_%s%s%seurp_" % (srv, h(seed + "bx", 18, UHEX), srv)
    if style == "m365att":
        srv = h(seed + "sv", 4, "ABDPV") + "PR0" + h(seed + "n", 1, DIG) + "MB" + h(seed + "m", 4, DIG)
        return "_004_%s%s%seurp_" % (srv, h(seed + "bx", 18, UHEX), srv)
    if style == "thunderbird":
        return "------------" + h(seed + "tb", 24, ALNUM)
    if style == "outlook":
        return "----=_NextPart_000_%s_01DB%s.%s" % (h(seed + "o1", 4, UHEX), h(seed + "o2", 4, UHEX), h(seed + "o3", 8, UHEX))
    if style == "outlook2":
        return "----=_NextPart_001_%s_01DB%s.%s" % (h(seed + "o1", 4, UHEX), h(seed + "o2", 4, UHEX), h(seed + "o3", 8, UHEX))
    if style == "gmail":
        return "0000000000" + h(seed + "gb", 18, HEX)
    if style == "roundcube":
        return "=_" + h(seed + "rc", 32, HEX)
    if style == "php":
        return "b1=_" + h(seed + "php", 40, ALNUM)
    if style == "mailchimp":
        return "_----------=_MCPart_" + h(seed + "mc", 10, DIG)
    if style == "sendgrid":
        return h(seed + "sg", 64, HEX)
    if style == "java":
        return "----=_Part_%s_%s.%s" % (h(seed + "j1", 7, DIG), h(seed + "j2", 9, DIG), h(seed + "j3", 13, DIG))
    if style == "apple":
        return "Apple-Mail=_%s" % "-".join([h(seed + "a1", 8, UHEX), h(seed + "a2", 4, UHEX), h(seed + "a3", 4, UHEX), h(seed + "a4", 4, UHEX), h(seed + "a5", 12, UHEX)])
    if style == "mailgun":
        return h(seed + "mg", 32, HEX)
    if style == "ses":
        return "----=_Part_%s_%s.%s" % (h(seed + "j1", 7, DIG), h(seed + "j2", 9, DIG), h(seed + "j3", 13, DIG))
    if style == "gmx":
        return "=_" + h(seed + "gx", 24, HEX)
    if style == "yandex":
        return "----==--bound.%s.%s" % (h(seed + "y1", 6, DIG), h(seed + "y2", 30, "abcdefghijklmnopqrstuvwxyz-0123456789"))
    raise ValueError(style)


def spec(folder, lang, slug, seed, t, chain, frm, to, rcpt, ret, subject, body, what, why, **kw):
    d = dict(folder=folder, lang=lang, slug=slug, seed=seed, t=t, chain=chain, frm=frm, to=to, rcpt=rcpt, ret=ret,
             subject=subject, body=body, what=what, why=why)
    d.update(kw)
    return d


def alt(plain, html_, b, cs="utf-8", cte="quoted-printable", hcte=None, label=None, flowed=False):
    return Multi("alternative", [Text(plain, "plain", cs, cte, cs_label=label, flowed=flowed),
                                 Text(html_, "html", cs, hcte or cte, cs_label=label)], b)


def outlook_alt(plain, b, cs="iso-8859-1", cte="quoted-printable", lang="DE", quoted=None, label=None):
    htm = fill_cs(html_outlook(plain, lang, quoted=quoted), label or cs)
    full_plain = plain if not quoted else plain + "\n" + quoted
    return Multi("alternative", [Text(full_plain, "plain", cs, cte, cs_label=label), Text(htm, "html", cs, cte, cs_label=label)], b)


def gmail_alt(plain, b, cte="quoted-printable", quoted_html=""):
    return Multi("alternative", [Text(plain, "plain", "UTF-8", cte, quote_cs=True),
                                 Text(html_gmail(plain, quoted_html), "html", "UTF-8", cte, quote_cs=True)], b)


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def button_mail(lang, brand_color, logo_text, title, paragraphs, button, url, footer, preheader="", width=600,
                font="Segoe UI, Helvetica, Arial, sans-serif", extra_html=""):
    """Typical transactional-looking HTML (used by attackers and genuine services alike)."""
    ps = "\n".join('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#323130;">%s</p>' % p for p in paragraphs)
    pre = ('<div style="display:none;max-height:0;overflow:hidden;">%s</div>' % esc(preheader)) if preheader else ""
    return dd("""
        <!DOCTYPE html>
        <html lang="%(lang)s"><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>%(title)s</title></head>
        <body style="margin:0;padding:0;background:#f3f2f1;">%(pre)s
        <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f2f1;"><tr><td align="center" style="padding:24px 8px;">
        <table role="presentation" width="%(w)d" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:%(font)s;">
        <tr><td style="padding:20px 32px;border-bottom:4px solid %(color)s;font-size:20px;font-weight:600;color:%(color)s;">%(logo)s</td></tr>
        <tr><td style="padding:28px 32px 8px 32px;">
        <h1 style="margin:0 0 18px 0;font-size:22px;font-weight:600;color:#201f1e;">%(title)s</h1>
        %(ps)s
        </td></tr>
        <tr><td style="padding:8px 32px 28px 32px;"><a href="%(url)s" style="display:inline-block;background:%(color)s;color:#ffffff;text-decoration:none;font-size:15px;font-weight:600;padding:11px 26px;border-radius:2px;">%(button)s</a></td></tr>
        %(extra)s
        <tr><td style="padding:18px 32px;background:#faf9f8;font-size:12px;line-height:17px;color:#605e5c;">%(footer)s</td></tr>
        </table></td></tr></table></body></html>
        """) % {"lang": lang, "cs": "%(cs)s", "title": esc(title), "pre": pre, "w": width, "font": font, "color": brand_color,
               "logo": logo_text, "ps": ps, "url": esc(url), "button": esc(button), "footer": footer, "extra": extra_html}


def login_page(lang, title, brand, brand_color, prompt, action, email_value, fields, button, note, hidden=None):
    """Credential-harvesting HTML attachment: a static form, no script (inert)."""
    inputs = "\n".join('<input type="%s" name="%s" placeholder="%s" style="width:100%%;padding:10px;margin:6px 0;border:1px solid #8a8886;font-size:15px;" %s>'
                       % (t, n, esc(p), ('value="%s" readonly' % esc(email_value)) if n in ("login", "email", "user") else "required")
                       for t, n, p in fields)
    hid = "\n".join('<input type="hidden" name="%s" value="%s">' % (k, esc(v)) for k, v in (hidden or []))
    return dd("""
        <!DOCTYPE html>
        <html lang="%(lang)s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%(title)s</title>
        <style>body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;background:#f2f2f2;margin:0}.box{max-width:420px;margin:60px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
        .brand{font-size:22px;font-weight:600;color:%(color)s;margin-bottom:18px}.btn{background:%(color)s;color:#fff;border:0;padding:10px 28px;font-size:15px;cursor:pointer}
        .note{font-size:12px;color:#666;margin-top:18px}</style></head>
        <body><div class="box"><div class="brand">%(brand)s</div>
        <p>%(prompt)s</p>
        <form method="post" action="%(action)s">
        %(hid)s
        %(inputs)s
        <p><button class="btn" type="submit">%(button)s</button></p>
        </form>
        <p class="note">%(note)s</p>
        </div></body></html>
        """) % {"lang": lang, "title": esc(title), "color": brand_color, "brand": brand, "prompt": prompt, "action": esc(action),
               "hid": hid, "inputs": inputs, "button": esc(button), "note": note}


def placeholder(name):
    return ("INERT EVALUATION PLACEHOLDER - not executable - stands for the payload named %s\n" % name).encode()

"""Convenience layer used by the message modules."""
from mime import Part, Mail, html_outlook, html_gmail, html_tb, html_apple, html_simple, esc, linkify
from util import Ids, utc, plus, rfcdate
from company import S, STAFF, BANK, RU, TAX, NATIVE
from checks import iban_fmt
import senders as P
import services as SV
from qr import qr_png
from pdfw import make_pdf
from zipw import make_zip
import png


def send(profile, m, *a, **kw):
    m.ctx = profile(m, *a, **kw)
    return m.ctx


def text(body, cs="utf-8", cte="quoted-printable", flowed=False, qcs=True, sub="plain"):
    return Part("text/" + sub, body, charset=cs, cte=cte, flowed=flowed, qcs=qcs)


def html(body, cs="utf-8", cte="quoted-printable", qcs=True):
    return Part("text/html", body, charset=cs, cte=cte, qcs=qcs)


def alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def mixed(*parts, preamble=None):
    return Part("multipart/mixed", parts=list(parts), preamble=preamble)


def related(*parts, ctype="text/html"):
    return Part("multipart/related", parts=list(parts), ct_params='type="%s"' % ctype)


def att(data, mimetype, filename, style="2231", cs="utf-8", disp="attachment", cid=None,
        size=False, desc=None, name_param=True):
    return Part(mimetype, data, cte="base64", filename=filename, disp=disp, cid=cid,
                fname_style=style, fname_charset=cs, size_param=size, desc=desc,
                name_param=name_param)


def inline_png(data, filename, cid):
    return Part("image/png", data, cte="base64", filename=filename, disp="inline", cid=cid)


def outlook_alt(plain, cs="iso-8859-1", cte="quoted-printable", lang="DE", sig_html=""):
    return alt(text(plain, cs, cte), html(html_outlook(plain, lang, cs, sig_html=sig_html), cs, cte))


def gmail_alt(plain, cs="UTF-8", cte="quoted-printable", cte_html=None):
    return alt(text(plain, cs, cte), html(html_gmail(plain), cs, cte_html or cte))


def quote_gt(txt):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in txt.split("\n"))


def pdf(lines, **kw):
    return make_pdf(lines, **kw)

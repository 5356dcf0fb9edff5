"""Shortcuts used by the message definition files."""
import lib_mime as M
import bodies as B
from company import s, STAFF, BANK, RU, TAX, BTC
import lib_checks as C

ATTACKS = []
BUSINESS = []


def A(**kw):
    kw["folder"] = "attack"
    ATTACKS.append(kw)


def G(**kw):
    kw["folder"] = "business"
    BUSINESS.append(kw)


def T_(text, cs="utf-8", cte="quoted-printable", **kw):
    return M.Text(text, "plain", cs, cte, **kw)


def H_(html, cs="utf-8", cte="quoted-printable", **kw):
    return M.Text(html, "html", cs, cte, **kw)


def alt(plain_text, html, cs="utf-8", cte="quoted-printable", html_cte=None, html_cs=None, **kw):
    return M.Multi("alternative", [M.Text(plain_text, "plain", cs, cte, **kw),
                                   M.Text(html, "html", html_cs or cs, html_cte or cte)])


def outlook(text, cs="iso-8859-1", cte="quoted-printable", lang="DE", html_cte=None, rule=None):
    return alt(B.plain(text, "outlook", rule), B.outlook_html(text, lang, cs), cs, cte, html_cte)


def gmail(text, cte="quoted-printable", html_cte=None):
    return alt(B.plain(text, "gmail"), B.gmail_html(text), "UTF-8", cte, html_cte)


def tb(text, cs="UTF-8", cte="8bit", flowed=True, html=False):
    if html:
        return alt(B.plain(text, "tb"), B.tb_html(text, cs), cs, cte)
    return M.Text(B.plain(text, "tb"), "plain", cs, cte, flowed=flowed, quoted_params=False)


def mixed(*parts):
    return M.Multi("mixed", list(parts))


def related(*parts):
    return M.Multi("related", list(parts), params='type="multipart/alternative"')


def att(data, ctype, filename, **kw):
    return M.Att(data, ctype, filename, **kw)

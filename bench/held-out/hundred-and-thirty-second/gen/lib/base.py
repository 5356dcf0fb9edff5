"""Helpers shared by the message modules."""
import datetime as _dt

from . import clients, infra, mime, png, qr, util
from .infra import Mail
from .mime import Multipart, Part, Rfc822


def mk(name, folder, lang):
    return Mail(name, folder, lang)


def finish(m, what, why, hard_neg=None, phones=(), wallets=(), other=()):
    eml = infra.assemble(m)
    return dict(name=m.name, folder=m.folder, lang=m.lang, eml=eml, what=what, why=why, hard_neg=hard_neg,
                phones=list(phones), wallets=list(wallets), qr=list(m.facts.get("qr", [])), other=list(other), mail=m)


# ------------------------------------------------------------------ QR

def qr_png(m, payload, scale=5, ecl="M", border=4):
    mat = qr.encode(payload, ecl)
    m.facts.setdefault("qr", []).append(payload)
    return png.matrix_to_png(mat, scale, border)


def qr_into_pdf(doc, m, name, payload, scale=3, ecl="M"):
    mat = qr.encode(payload, ecl)
    rows = png.matrix_to_gray_rows(mat, scale, 4)
    doc.add_gray_image(name, len(rows[0]), len(rows), rows)
    m.facts.setdefault("qr", []).append(payload)
    return len(rows[0]), len(rows)


# ------------------------------------------------------------------ attachments

def gmt(t):
    return util.in_zone(t, "UTC")[0].strftime("%a, %d %b %Y %H:%M:%S GMT")


def att(m, data, ctype, filename, style="outlook", inline=False, cid=None, cte="base64", t=None, fn_style=None,
        fn_charset="utf-8", params=None, desc=None):
    t = t or m.t
    disp = "inline" if inline else "attachment"
    if style == "outlook":
        p = Part(ctype, data, cte=cte, filename=filename, disposition=disp, desc=desc or filename, size_param=True,
                 dates=gmt(t - _dt.timedelta(minutes=m.r.randint(2, 300))), cid=cid, fn_style=fn_style or "rfc2047",
                 fn_charset=fn_charset, params=params)
    elif style == "gmail":
        aid = "f_%s" % util.rand_alnum(m.r, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
        extra = [("Content-ID", "<%s>" % (cid or aid)), ("X-Attachment-Id", cid or aid)]
        p = Part(ctype, data, cte=cte, filename=filename, disposition=disp, extra=extra, fn_style=fn_style or "rfc2047",
                 fn_charset=fn_charset, params=params)
    elif style == "thunderbird":
        p = Part(ctype, data, cte=cte, filename=filename, disposition=disp, cid=cid, fn_style=fn_style or "rfc2231",
                 fn_charset=fn_charset, params=params)
    else:
        p = Part(ctype, data, cte=cte, filename=filename, disposition=disp, cid=cid, fn_style=fn_style or "rfc2047",
                 fn_charset=fn_charset, params=params)
    return p


def inline_img(m, data, ctype, filename, cid, style="outlook"):
    if style == "outlook":
        return Part(ctype, data, cte="base64", filename=filename, disposition="inline", desc=filename, size_param=True,
                    dates=gmt(m.t), cid=cid)
    if style == "gmail":
        return Part(ctype, data, cte="base64", filename=filename, disposition="inline",
                    extra=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)])
    return Part(ctype, data, cte="base64", filename=filename, disposition="inline", cid=cid)


def bnd(m, kind="gmail"):
    r = m.r
    if kind == "gmail":
        return "0000000000%s" % util.rand_hex(r, 18)
    if kind == "thunderbird":
        return "------------%s" % util.rand_alnum(r, 24)
    if kind == "phpmailer":
        return "b1=_%s" % util.rand_alnum(r, 43)
    if kind == "apple":
        return "Apple-Mail=_%s" % util.uuid4(r, upper=True)
    if kind == "ses":
        return "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 999999999), r.randint(10 ** 12, 10 ** 13))
    if kind == "java":
        return "----=_Part_%d_%d.%d" % (r.randint(1000, 999999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    if kind == "mailru":
        return "--ALT--%s%d" % (util.rand_hex(r, 16, upper=True), r.randint(10 ** 9, 10 ** 10))
    if kind == "yandex":
        return "----==%s==----" % util.rand_alnum(r, 22)
    if kind == "sendgrid":
        return util.rand_hex(r, 64)
    if kind == "mailchimp":
        return "_----------=_MCPart_%d" % r.randint(10 ** 9, 10 ** 10)
    if kind == "dotnet":
        return "--boundary_%d_%s" % (r.randint(0, 9), util.uuid4(r))
    if kind == "gmx":
        return "abmob-%s" % util.uuid4(r)
    if kind == "roundcube":
        return "=_%s" % util.rand_hex(r, 32)
    if kind == "mailgun":
        return util.rand_hex(r, 32)
    if kind == "brevo":
        return "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    return "=_%s" % util.rand_hex(r, 28)


def outlook_bnd(m, kind):
    return infra.ms_boundary(m, kind)


def quote_date(t, lang, zone="DE", style="outlook"):
    lt, _ = util.in_zone(t, zone)
    if lang == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][lt.weekday()]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"][lt.month - 1]
        return "%s, %d. %s %d %02d:%02d" % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == "en":
        return lt.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ")
    if lang == "it":
        wd = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"][lt.weekday()]
        mo = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
              "novembre", "dicembre"][lt.month - 1]
        return "%s %d %s %d %02d:%02d" % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == "pl":
        wd = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][lt.weekday()]
        mo = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"][lt.month - 1]
        return "%s, %d %s %d %02d:%02d" % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == "es":
        wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][lt.weekday()]
        mo = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"][lt.month - 1]
        return "%s, %d de %s de %d %d:%02d" % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == "el":
        wd = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"][lt.weekday()]
        mo = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
              "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"][lt.month - 1]
        return "%s, %d %s %d %d:%02d %s" % (wd, lt.day, mo, lt.year, (lt.hour % 12) or 12, lt.minute,
                                            "π.μ." if lt.hour < 12 else "μ.μ.")
    if lang == "ru":
        wd = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"][lt.weekday()]
        mo = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"][lt.month - 1]
        return "%s, %d %s %d г. %d:%02d" % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    return lt.strftime("%d.%m.%Y %H:%M")


def mid_outlook_foreign(r, region="eurprd03"):
    pref = r.choice(["AM9PR", "DB9PR", "PA4PR", "AS8PR", "DU0PR", "VI1PR", "GV1PR", "FR4PR"])
    srv = "%s%02dMB%04d.%s.prod.outlook.com" % (pref, int(region[-2:]), r.randint(1000, 9999), region)
    return srv.split(".")[0] + util.rand_hex(r, 24, upper=True) + "@" + srv


def fmt_eur(v, lang="de"):
    s = "{:,.2f}".format(v)
    if lang in ("de", "it", "es", "el", "pl", "ru"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        if lang in ("pl", "ru"):
            s = s.replace(".", "\u00a0")
    return s


# ------------------------------------------------------------------ composers

def _needs_qp(s):
    return any(ord(c) > 127 for c in s) or any(len(l) > 76 for l in s.split("\n"))


def outlook_body(m, paras, sig=None, quote=None, lang="de", cs="utf-8", cs_html=None, atts=(), inline=(),
                 sig_html=None, font="Aptos", text_cte="quoted-printable", html_cte="quoted-printable",
                 sig_color="#1F3864", logo_cid=None, quote_cs=True):
    cs_html = cs_html or cs
    text = clients.plain_text(paras, sig, quote, "outlook", lang)
    sh = sig_html
    if sh is None and sig:
        sh = clients.outlook_sig(sig, sig_color, logo_cid)
    html = clients.outlook_html(paras, sh, quote, lang, cs_html, font=font)
    alt = clients.alt(text, html, cs, cs_html, text_cte, html_cte, infra.ms_boundary(m, "000"), quote_cs=quote_cs)
    root = alt
    if inline:
        root = Multipart("related", [alt] + list(inline), infra.ms_boundary(m, "005"),
                         params=['type="multipart/alternative"'])
    if atts:
        root = Multipart("mixed", [root] + list(atts), infra.ms_boundary(m, "006" if inline else "004"))
    return root


def gmail_body(m, paras, sig=None, quote=None, atts=(), lang="en", inline=()):
    text = clients.plain_text(paras, sig, quote, "gmail", lang)
    html = clients.gmail_html(paras, sig, quote)
    cte_t = "quoted-printable" if _needs_qp(text) else "7bit"
    cte_h = "quoted-printable" if _needs_qp(html) else "7bit"
    alt = clients.alt(text, html, "UTF-8", "UTF-8", cte_t, cte_h, bnd(m, "gmail"))
    root = alt
    if inline:
        root = Multipart("related", [alt] + list(inline), bnd(m, "gmail"))
    if atts:
        root = Multipart("mixed", [root] + list(atts), bnd(m, "gmail"))
    return root


def tb_body(m, paras, sig=None, quote=None, atts=(), lang="de", cs="UTF-8", cte="8bit", html=True, flowed=True):
    text = clients.plain_text(paras, sig, quote, "thunderbird", lang, wrap=72 if flowed else None)
    params = ["format=flowed"] if flowed else []
    tp = clients.text_part(text, cs, cte, params=params)
    if html:
        h = clients.thunderbird_html(paras, sig, quote, cs, lang)
        root = Multipart("alternative", [tp, clients.html_part(h, cs, cte)], bnd(m, "thunderbird"))
    else:
        root = tp
    if atts:
        root = Multipart("mixed", [root] + list(atts), bnd(m, "thunderbird"))
    return root


def plain_body(m, text, cs="UTF-8", cte="quoted-printable", atts=(), kind="thunderbird", params=None, quote_cs=True):
    tp = clients.text_part(text, cs, cte, params=params, quote_cs=quote_cs)
    if atts:
        return Multipart("mixed", [tp] + list(atts), bnd(m, kind))
    return tp


def html_alt(m, text, html, cs="utf-8", cte_t="quoted-printable", cte_h="quoted-printable", kind="java", atts=(),
             inline=(), quote_cs=True):
    alt = clients.alt(text, html, cs, cs, cte_t, cte_h, bnd(m, kind), quote_cs=quote_cs)
    root = alt
    if inline:
        root = Multipart("related", [alt] + list(inline), bnd(m, kind), params=['type="multipart/alternative"'])
    if atts:
        root = Multipart("mixed", [root] + list(atts), bnd(m, kind))
    return root


def inert(kind, name):
    """Placeholder bytes for a dangerous file type (no executable content)."""
    return ("INERT TEST PLACEHOLDER - evaluation set 133.\r\nThis file stands in for a %s named '%s' as delivered by "
            "a malware campaign. It contains no executable code, no script and no shortcut target.\r\n" % (kind, name)
            ).encode("utf-8")


def desktop_outlook_bounds(m, body, stamp="01DB5E2F"):
    """Outlook 2016-2021 (non-Exchange transport) style ----=_NextPart boundaries."""
    n = [0]

    def walk(node, level):
        if isinstance(node, Multipart):
            node.boundary = "----=_NextPart_%03d_%04X_%s.%s" % (level, m.r.randint(0x10, 0x2ff), stamp,
                                                               util.rand_hex(m.r, 8, upper=True))
            for p in node.parts:
                walk(p, level + 1)
    walk(body, 0)
    return body

"""Shared helpers for writing messages."""
import base64
import hashlib
import random

from lib import mime, infra, timez, ids, qr, pdf, zipc, png
from lib.mime import Text, Attach, Multi
from lib.infra import rstr, HEX, ALNUM
from company import st, BANK, RU, COMPANY, BTC, BTC_LEGACY

REGISTRY = []


def message(folder, lang, slug, what, why, hn=None):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, lang=lang, slug=slug, what=what, why=why, hn=hn, fn=fn))
        return fn
    return deco


def rng(key):
    return random.Random("audit99/" + key)


def A(name, address, cs="utf-8", m="Q", quoted=False):
    if quoted and not mime.needs_encoding(name):
        return mime.addr_quoted(name, address)
    return mime.addr(name, address, cs, m)


def SUBJ(text, cs="utf-8", m="Q", mixed=False):
    return mime.unstructured_mixed(text, cs, m) if mixed else mime.unstructured(text, cs, m)


def join_addrs(*xs):
    return ", ".join(x for x in xs if x)


def H(*pairs):
    return [(k, v) for k, v in pairs if v is not None]


def rp(addr):
    return ("Return-Path", f"<{addr}>")


# ------------------------------------------------------------- client header styles
def exch_headers(s, frm, to, subject, cc=None, irt=None, refs=None, lang="de-DE", attach=False, reply_to=None,
                 topic=None, extra=()):
    return H(("From", frm), ("To", to), ("CC", cc), ("Subject", subject),
             ("Thread-Topic", topic if topic is not None else subject), ("Thread-Index", s["thread_index"]),
             ("Date", s["date"]), ("Message-ID", s["mid"]), ("References", refs), ("In-Reply-To", irt),
             ("Reply-To", reply_to), ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
             *extra, *s.get("xtail", []))


def exch_bnd(s, kind):
    return infra.exchange_boundary(kind, s["midlocal"], s["host"])


def outlook_desktop_headers(r, s, frm, to, subject, domain, cc=None, irt=None, refs=None, lang="de", reply_to=None,
                            mailer="Microsoft Outlook 16.0", extra=(), mid=None):
    mid = mid or infra.outlook_desktop_mid(r, s["utc"], domain)
    s["mid"] = mid
    return H(("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("References", refs), ("In-Reply-To", irt),
             ("Subject", subject), ("Date", s["date"]), ("Message-ID", mid), ("MIME-Version", "1.0"),
             ("X-Mailer", mailer), ("Thread-Index", infra.thread_index(r, s["utc"])), ("Content-Language", lang),
             *extra, *s.get("xh", []))


def gmail_headers(s, frm, to, subject, cc=None, irt=None, refs=None, reply_to=None):
    return H(("MIME-Version", "1.0"), ("References", refs), ("In-Reply-To", irt), ("From", frm),
             ("Date", s["date"]), ("Message-ID", s["mid"]), ("Subject", subject), ("To", to), ("Cc", cc),
             ("Reply-To", reply_to))


def mac_mid(r, domain):
    return "<" + "-".join(rstr(r, "0123456789ABCDEF", n) for n in (8, 4, 4, 4, 12)) + f"@{domain}>"


def tb_mid(r, domain):
    return "<" + "-".join(rstr(r, HEX, n) for n in (8, 4, 4, 4, 12)) + f"@{domain}>"


def tb_boundary(r):
    return "------------" + rstr(r, ALNUM, 24)


def apple_boundary(r):
    return "Apple-Mail=_" + "-".join(rstr(r, "0123456789ABCDEF", n) for n in (8, 4, 4, 4, 12))


def phpmailer_boundary(r):
    return "b1=_" + rstr(r, ALNUM, 43)


def phpmailer_mid(r, domain):
    return f"<{rstr(r, ALNUM, 43)}@{domain}>"


# ------------------------------------------------------------- content helpers
def html_wrap(body, lang="de", title=None, charset="utf-8", style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    t = f"<title>{title}</title>" if title else ""
    return (f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n{t}</head>\n'
            f'<body style="{style}">\n{body}\n</body>\n</html>\n')


def p_html(text):
    """Plain paragraphs -> simple HTML (escaped), blank lines separate paragraphs."""
    import html as h
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(h.escape(l) for l in para.split("\n")) + "</p>" for para in paras)


def quote_lines(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.split("\n"))


def pdf_doc(blocks, **kw):
    return pdf.make_pdf(blocks, **kw)


def pdf_att(data, filename, style="2231", cs="utf-8"):
    return Attach(data, "application/pdf", filename, name_style=style, name_charset=cs)


QR_LOG = {}


def qr_png(text):
    data = qr.to_png(text)
    QR_LOG[hashlib.sha256(data).hexdigest()] = text
    return data


def photo_png(seed, w=360, h=240, crack=True):
    """Inert synthetic 'photo': grey-blue glass pane gradient with a dark crack line."""
    r = random.Random(seed)
    rows = []
    pts = []
    x = r.randint(w // 4, w // 2)
    for y in range(h):
        x += r.choice([-2, -1, 0, 1, 2, 2])
        pts.append(x)
    for y in range(h):
        row = []
        for xx in range(w):
            base = 150 + int(60 * xx / w) - int(30 * y / h)
            if xx < 12 or xx > w - 13 or y < 12 or y > h - 13:
                row.append((70, 72, 78))
                continue
            col = (base - 20, base + 10, min(255, base + 40))
            if crack and abs(xx - pts[y]) <= 1:
                col = (40, 40, 45)
            row.append(col)
        rows.append(row)
    return png.write_rgb(rows)


def zip_att(files, filename, password=None, seed="z", name_style="2231"):
    data = zipc.make_zip(files, password=password, seed=seed)
    return Attach(data, "application/zip" if name_style == "2231" else "application/x-zip-compressed", filename,
                  name_style=name_style)


PLACEHOLDER = b"INERT PLACEHOLDER - evaluation sample for the Example Group mail gateway; contains no executable content.\n"

fmt_iban = ids.fmt_iban

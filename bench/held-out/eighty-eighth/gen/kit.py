"""Convenience builders used by the message modules."""
import mime
import binfmt
import qr
from company import S

PLAIN_LINK = {"outlook": "outlook", "gmail": "angle", "thunderbird": "angle", "mail": "angle"}


def plain(text, cs="utf-8", cte="quoted-printable", flowed=False, quote_cs=True, label=None, link="angle"):
    return mime.text_part(mime_text(text, link), "plain", cs, cte, quote_cs=quote_cs, flowed=flowed, cs_label=label)


def mime_text(text, link="angle"):
    return mime.to_plain(text, link)


def html(text_or_html, cs="utf-8", cte="quoted-printable", style="outlook", lang="de", raw=False, label=None, title="",
         button=mime.BUTTON, quote_cs=True):
    h = text_or_html if raw else mime.to_html(text_or_html, style, label or cs, lang, button, title)
    return mime.text_part(h, "html", cs, cte, quote_cs=quote_cs, cs_label=label)


def alt(text, cs="utf-8", cte="quoted-printable", style="outlook", lang="de", html_cte=None, html_src=None, label=None,
        title="", button=mime.BUTTON, plain_text=None, quote_cs=True, link=None):
    """multipart/alternative: plain from the markup, HTML from the markup (or html_src)."""
    link = link or PLAIN_LINK.get(style, "angle")
    p = mime.text_part(plain_text if plain_text is not None else mime.to_plain(text, link), "plain", cs, cte, quote_cs=quote_cs, cs_label=label)
    if html_src is not None:
        h = mime.text_part(html_src, "html", cs, html_cte or cte, quote_cs=quote_cs, cs_label=label)
    else:
        h = mime.text_part(mime.to_html(text, style, label or cs, lang, button, title), "html", cs, html_cte or cte, quote_cs=quote_cs, cs_label=label)
    return mime.Multi("alternative", [p, h])


def mixed(body, *atts, preamble=None):
    return mime.Multi("mixed", [body] + list(atts), preamble=preamble)


def related(alt_or_html, *imgs):
    return mime.Multi("related", [alt_or_html] + list(imgs), ctype_params=' type="multipart/alternative";' if isinstance(alt_or_html, mime.Multi) else ' type="text/html";')


def att(data, ctype, name, **kw):
    return mime.attachment(data, ctype, name, **kw)


def pdf_att(name, lines, style="std", **meta):
    return mime.attachment(binfmt.pdf(lines, **meta), "application/pdf", name, style=style)


def zip_att(name, files, password=None, rng=None, ctype="application/zip", dt=(2026, 10, 12, 9, 30, 0), style="std"):
    return mime.attachment(binfmt.zip_bytes(files, password=password, rng=rng, dt=dt), ctype, name, style=style)


def qr_png_bytes(data, ecl="M", scale=6):
    return qr.qr_png(data, ecl, scale)


def inline_png(data, name, cid, style="std"):
    return mime.attachment(data, "image/png", name, disposition="inline", cid=cid, style=style)


def sig_exchange(p, phone, extra=""):
    """Example Group e-mail signature for a staff member."""
    office = {"HQ Düsseldorf": "Example Group SE | Heerdter Lohweg 212 | 40549 Düsseldorf",
              "UK Birmingham": "Example Group Access Ltd | Unit 7, Tameside Park | Birmingham B6 7DN",
              "IT Milano": "Example Group Italia S.r.l. | Via Gallarate 184 | 20151 Milano",
              "PL Wrocław": "Example Group Polska sp. z o.o. | ul. Krakowska 180 | 52-015 Wrocław",
              "ES Madrid": "Example Group Andamios S.L. | Calle de Albasanz 48 | 28037 Madrid",
              "GR Athens": "Example Group Hellas M.A.E. | Akti Miaouli 81 | 185 38 Piraeus",
              "RU Moscow": "OOO Example Group Rus | Varshavskoye shosse 47/4 | 115230 Moscow"}[p.office]
    return "%s\n%s\n%s\nT %s\n%s%s" % (p.name, p.role, office, phone, p.addr, ("\n" + extra) if extra else "")


# -------------------------------------------------------- inert payload stubs
def stub(kind):
    """One-line inert placeholders for the dangerous-looking archive members."""
    return {
        "js": b"// evaluation placeholder - inert, no executable content\n",
        "exe": b"EVALUATION PLACEHOLDER - not an executable\n",
        "lnk": b"EVALUATION PLACEHOLDER - not a Windows shortcut\n",
        "vbs": b"' evaluation placeholder - inert\n",
        "iso": b"EVALUATION PLACEHOLDER - not a disk image\n",
        "bat": b"REM evaluation placeholder - inert\n",
        "hta": b"<!-- evaluation placeholder - inert -->\n",
        "scr": b"EVALUATION PLACEHOLDER - not a screensaver executable\n",
        "msi": b"EVALUATION PLACEHOLDER - not an installer\n",
    }[kind]

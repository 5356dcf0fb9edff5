"""Shortcuts used by the message modules."""
import datetime as _dt

import checks
import mime
import pdf
import qr
import zipx
from compose import compose, alt, mixed, text_to_html, quote_block, html_escape  # noqa: F401
from item import make  # noqa: F401
from mime import Text, Att, Multi  # noqa: F401
from partners import st, co  # noqa: F401
from timeid import to_utc, pdf_date, local, rfc, plus, hexid, alnum, uuid_of  # noqa: F401

PLACEHOLDER = "EVALUATION PLACEHOLDER - inert text, no executable content (%s)\n"


def pdf_att(filename, text, producer, when, zone="DE", title="", author="", heading=None,
            creator="", size=10, name_style="ew"):
    data = pdf.simple_pdf(text, producer, creator=creator, title=title,
                          date=pdf_date(to_utc(when, zone), zone), author=author, size=size, heading=heading)
    return Att(data, "application/pdf", filename, name_style=name_style)


def zip_att(filename, members, when, password=None, ctype="application/zip", seed=None, name_style="ew"):
    dt = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    entries = [(m, (PLACEHOLDER % m).encode("utf-8")) for m in members]
    data = zipx.make_zip(entries, dt, password=password, seed=seed or filename)
    return Att(data, ctype, filename, name_style=name_style)


def qr_png(url, scale=6):
    return qr.qr_png(url, "M", scale)


def png_att(filename, data, cid=None, inline=False):
    return Att(data, "image/png", filename, disposition="inline" if inline else "attachment", cid=cid)


def photo(seed, w=320, h=240):
    return qr.photo_png(seed, w, h)


def sig_block(lines):
    return "\n".join(lines)


def outlook_quote_de(frm_name, frm_addr, sent, to, subject, body, cc=None):
    hdr = "Von: %s <%s>\nGesendet: %s\nAn: %s\n" % (frm_name, frm_addr, sent, to)
    if cc:
        hdr += "Cc: %s\n" % cc
    hdr += "Betreff: %s\n\n" % subject
    return "\n\n-----Ursprüngliche Nachricht-----\n" + hdr + body.strip("\n") + "\n"


def outlook_quote(lang, frm_name, frm_addr, sent, to, subject, body, cc=None):
    labels = {
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "en": ("From", "Sent", "To", "Cc", "Subject"),
        "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
        "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
        "el": ("Από", "Αποστολή", "Προς", "Κοιν.", "Θέμα"),
        "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    }[lang]
    hdr = "%s: %s <%s>\n%s: %s\n%s: %s\n" % (labels[0], frm_name, frm_addr, labels[1], sent, labels[2], to)
    if cc:
        hdr += "%s: %s\n" % (labels[3], cc)
    hdr += "%s: %s\n\n" % (labels[4], subject)
    return "\n\n" + "_" * 32 + "\n" + hdr + body.strip("\n") + "\n"


IBAN = checks

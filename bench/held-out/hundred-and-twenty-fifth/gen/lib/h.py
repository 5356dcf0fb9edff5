"""Shortcuts used by the message definitions."""

from . import mime, qr, png, util
from .mail import Mail  # noqa: F401
from .util import rfcdate, secs

REG = []


def msg(folder, nn, lang, slug, what, why, pair=None, topic=None):
    def deco(fn):
        REG.append(dict(folder=folder, nn=nn, lang=lang, slug=slug, what=what, why=why, fn=fn, pair=pair,
                        topic=topic))
        return fn
    return deco


def gmt(utc):
    d = util.local(utc, "UTC")[0]
    return "%s, %02d %s %d %02d:%02d:%02d GMT" % (util.DAYS[d.weekday()], d.day, util.MONTHS[d.month - 1], d.year,
                                                  d.hour, d.minute, d.second)


def att(m, data, ctype, name, style="outlook", **kw):
    if style == "outlook" and "size_dates" not in kw:
        t = m.date - secs(m.rng.randint(60, 3600))
        kw["size_dates"] = (gmt(t), gmt(t))
    return mime.attachment(data, ctype, name, style, m.rng.sub("att" + name), **kw)


def pdf(m, data, name, style="outlook", **kw):
    return att(m, data, "application/pdf", name, style, **kw)


def qr_png(m, payload, scale=5, ecl="M"):
    m.want_qr(payload)
    return qr.to_png(qr.encode(payload, ecl), scale)


def qr_part(m, payload, name, cid, style="outlook", scale=5, inline=True):
    p = att(m, qr_png(m, payload, scale), "image/png", name, style, inline=inline, cid=cid)
    p.info["qr"] = payload
    return p


def logo_png(text, color, w=220, h=48, fg=(255, 255, 255), bg=None, squares=False, scale=3):
    c = png.Canvas(w, h, bg or color)
    x = 10
    if squares:
        s = 10
        c.rect(10, 12, 10 + s, 12 + s, (242, 80, 34))
        c.rect(22, 12, 22 + s, 12 + s, (127, 186, 0))
        c.rect(10, 24, 10 + s, 24 + s, (0, 164, 239))
        c.rect(22, 24, 22 + s, 24 + s, (255, 185, 0))
        x = 42
    c.text(x, (h - 7 * scale) // 2, text, fg, scale)
    return c.png()


def cross_logo(text, color, w=260, h=56):
    """Pharmacy-style green cross + name."""
    c = png.Canvas(w, h, (255, 255, 255))
    c.cross(28, 28, 36, 12, color)
    c.text(56, 18, text, color, 3)
    return c.png()


def quote_de(frm, sent, to, subject, cc=None):
    q = ["", "@@QUOTE@@", "**Von:** %s" % frm, "**Gesendet:** %s" % sent, "**An:** %s" % to]
    if cc:
        q.append("**Cc:** %s" % cc)
    q.append("**Betreff:** %s" % subject)
    q.append("")
    return "\n".join(q)


def quote_hdr(lang, frm, sent, to, subject, cc=None):
    lab = {"de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
           "en": ("From", "Sent", "To", "Cc", "Subject"),
           "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
           "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
           "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
           "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
           "ru": ("От", "Отправлено", "Кому", "Копия", "Тема")}[lang]
    q = ["", "@@QUOTE@@", "**%s:** %s" % (lab[0], frm), "**%s:** %s" % (lab[1], sent), "**%s:** %s" % (lab[2], to)]
    if cc:
        q.append("**%s:** %s" % (lab[3], cc))
    q.append("**%s:** %s" % (lab[4], subject))
    q.append("")
    return "\n".join(q)

"""Shortcuts for the message spec modules."""
import archive
import htmlgen
import pdf as _pdf
import png as _png
import qr as _qr
from mime import Text, Html, Att, Alt, Mixed, Related, Multi
from people import S, BANK, COMPANY
from util import rng_for
import banking as B

__all__ = ["Text", "Html", "Att", "Alt", "Mixed", "Related", "Multi", "S", "BANK", "COMPANY", "B",
           "alt", "plain", "pdf_att", "zip_att", "zipc_att", "qr_png", "qr_att", "photo_png", "logo_png",
           "html_att", "svg_att", "ics_att", "quote", "M"]


def plain(md, cs="utf-8", cte="quoted-printable", flowed=False):
    return Text(htmlgen.plain(md), cs, cte, flowed=flowed)


def alt(md, cs="utf-8", cte="quoted-printable", style="simple", html_cte=None, plain_md=None, **kw):
    """multipart/alternative with plain + HTML rendered from the same markup."""
    return Alt(Text(htmlgen.plain(plain_md or md), cs, cte),
               Html(htmlgen.html(md, cs, style, **kw), cs, html_cte or cte))


def pdf_att(filename, lines, name_style="plain", **meta):
    return Att(filename, "application/pdf", _pdf.make_pdf(lines, **meta), name_style=name_style)


def zip_att(filename, files, name_style="plain"):
    return Att(filename, "application/zip", archive.plain_zip(files), name_style=name_style)


def zipc_att(filename, files, password, seed, ctype="application/x-zip-compressed", name_style="plain"):
    data = archive.zipcrypto_zip(files, password, rng_for("zip", seed))
    assert archive.check_zipcrypto(data, password)
    return Att(filename, ctype, data, name_style=name_style)


def qr_png(text, scale=5):
    return _qr.to_png(text, scale=scale)


def qr_att(text, filename="qr.png", cid=None, inline=True, scale=5):
    return Att(filename, "image/png", qr_png(text, scale), inline=inline, cid=cid)


def photo_png(seed, w=320, h=240, base=(236, 232, 226), stain=(168, 140, 96)):
    """A small synthetic 'photo' (fabric colour with a stain blob)."""
    r = rng_for("photo", seed)
    cx, cy, rad = r.randint(w // 4, 3 * w // 4), r.randint(h // 4, 3 * h // 4), r.randint(25, 50)
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            weave = 6 if (x // 3 + y // 3) % 2 else 0
            d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
            if d < rad + r.random() * 6:
                k = min(1.0, (rad - d) / rad + 0.4)
                px = tuple(int(b * (1 - k) + s * k) - weave for b, s in zip(base, stain))
            else:
                px = tuple(max(0, c - weave) for c in base)
            row.append(px)
        rows.append(row)
    return _png.write_rgb(rows)


def logo_png(color=(11, 92, 171), w=160, h=40):
    rows = [[color if 4 < y < h - 4 and 4 < x < w - 4 else (255, 255, 255) for x in range(w)] for y in range(h)]
    return _png.write_rgb(rows)


def html_att(filename, html_text, charset="utf-8"):
    return Att(filename, "text/html", html_text.encode(charset), text_charset=charset)


def svg_att(filename, svg_text):
    return Att(filename, "image/svg+xml", svg_text.encode("utf-8"))


def ics_att(ics_text, method="REQUEST"):
    return Text(ics_text, "utf-8", "base64", subtype="calendar", extra_ct="; method=%s" % method)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def M(**kw):
    kw.setdefault("cc", [])
    return kw

"""Attachment generators: text-only PDFs, ZIPs (optionally ZipCrypto), inert HTML/SVG, PNG."""
import datetime as _dt

from pdf import PDF
from zipc import make_zip
import png
import qr

PLACEHOLDER = b"Placeholder for an evaluation corpus - inert text file, no executable content.\n"


def pdf_doc(blocks, title="", author="", producer="", creator="", created="20261102090000+01'00'"):
    """blocks: list of items: str (paragraph), ('h', text) heading, ('b', text) bold line,
    ('l', text) single line, ('gap',), ('rule',), ('t', [(x, text, bold), ...]) table row."""
    p = PDF(title=title, author=author, producer=producer, creator=creator, created=created)
    p.page()
    for b in blocks:
        if isinstance(b, str):
            p.para(b, 10, 100)
            p.y -= 4
        elif b[0] == "h":
            p.line(b[1], 14, True, gap=22)
        elif b[0] == "b":
            p.line(b[1], 10, True)
        elif b[0] == "l":
            p.line(b[1], 10)
        elif b[0] == "s":
            p.line(b[1], 8, gap=10)
        elif b[0] == "gap":
            p.y -= 10 if len(b) == 1 else b[1]
        elif b[0] == "rule":
            p.rule()
        elif b[0] == "t":
            if p.y < 60:
                p.page()
            for x, text, bold in b[1]:
                p.text(x, p.y, text, 9, bold)
            p.y -= 13
    return p.render()


def zip_placeholder(inner_name, password=None, when=(2026, 11, 2, 8, 41, 12), seed="zip", extra=None):
    files = [(inner_name, PLACEHOLDER, when)]
    if extra:
        files += extra
    return make_zip(files, password=password, seed=seed)


def qr_png(url, scale=5):
    return qr.qr_png(url, scale=scale, border=4, ecl="M")


def banner(w, h, rgb, stripe=None):
    return png.banner_png(w, h, rgb, stripe)


def fmt_eur_de(v):
    s = "{:,.2f}".format(v)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

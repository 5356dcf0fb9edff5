"""Registry and helpers shared by the message modules."""
from lib import ids
from lib.bodies import alt, attach, bnd, esc, html_apple, html_gmail, html_outlook, html_simple, mixed, related, text  # noqa: F401
from lib.company import S, SHARED, STAFF  # noqa: F401
from lib.infra import at  # noqa: F401
from lib.mime import Part  # noqa: F401
from lib.pdf import make_pdf
from lib.qr import qr_png
from lib.zips import make_zip

REG = []


def msg(folder, num, lang, slug):
    def deco(fn):
        REG.append((folder, num, lang, slug, fn))
        return fn
    return deco


def pdf(name, pages, title, author="", creator=None, producer=None, date="D:20261103091500+01'00'", style="2231"):
    kw = {}
    if creator:
        kw["creator"] = creator
    if producer:
        kw["producer"] = producer
    return attach(make_pdf(pages, title=title, author=author, date=date, **kw), "application/pdf", name, style=style)


def zipped(name, files, password=None, seed="z", style="2231", date_time=(2026, 11, 3, 9, 12, 44), ctype="application/x-zip-compressed"):
    return attach(make_zip(files, password=password, seed=seed, date_time=date_time), ctype, name, style=style,
                  zip_password=password)


def qr_inline(payload, cid, name="image001.png", disposition="inline"):
    return attach(qr_png(payload), "image/png", name, disposition=disposition, cid=cid, qr=payload)


def qr_attach(payload, name):
    return attach(qr_png(payload), "image/png", name, qr=payload)


PLACEHOLDER = b"Inert placeholder for a spam-filter evaluation corpus. Not executable. No payload.\r\n"

IB = ids  # short alias

"""Shared helpers for the message modules."""
import attach as A
import banking as bk
import bodies as B
import mimebuild as mb
import qr
from company import S, STAFF  # noqa: F401
from mail import Mail  # noqa: F401

__all__ = ["A", "bk", "B", "mb", "qr", "S", "STAFF", "Mail", "pdf_part", "zip_part", "qr_part",
           "html_part", "svg_part", "imgs", "QR_URLS"]

QR_URLS = {}   # filled by qr_part, checked by the build


def pdf_part(filename, lines, label="PDF, text only", fname_enc=None, **kw):
    return mb.attachment("application/pdf", A.pdf(lines, **kw), filename, label=label, fname_enc=fname_enc)


def zip_part(filename, files, password=None, label=None, date_time=(2026, 10, 14, 9, 0, 0), fname_enc=None,
             fname_2231=False):
    if password:
        data = A.zip_crypto(files, password, date_time, seed=filename)
        lab = label or "ZIP, ZipCrypto, password %s: %s" % (password, ", ".join(n for n, _ in files))
        ctype = "application/x-zip-compressed"
    else:
        data = A.zip_plain(files, date_time)
        lab = label or "ZIP: %s" % ", ".join(n for n, _ in files)
        ctype = "application/zip"
    return mb.attachment(ctype, data, filename, label=lab, fname_enc=fname_enc, fname_2231=fname_2231)


def qr_part(url, filename=None, cid=None, key=None):
    png = qr.qr_png(url, scale=6, border=4)
    QR_URLS[key or filename or cid] = url
    if cid:
        return mb.attachment("image/png", png, filename or "image001.png", inline=True, cid=cid,
                             label="QR code -> %s" % url)
    return mb.attachment("image/png", png, filename, label="QR code -> %s" % url)


def html_part(filename, html, label="HTML credential form, no script", charset="utf-8"):
    p = mb.attachment("text/html", html.encode(charset), filename, label=label)
    p.charset = charset
    return p


def svg_part(filename, svg, label="SVG with link, no script"):
    return mb.attachment("image/svg+xml", svg, filename, label=label)


def imgs():
    return None

"""Inert attachment builders used by the message modules."""
import struct

import pdf as _pdf
import qr as _qr
import zipc as _zip
from common import Att


def pdf_att(filename, lines, title="", author="", creator="Microsoft® Word für Microsoft 365",
            producer="Microsoft® Word für Microsoft 365", date="D:20261012090000+02'00'", note="text-only PDF"):
    data = _pdf.make_pdf(lines, title=title, author=author, creator=creator, producer=producer, date=date)
    return Att(filename, "application/pdf", data, note=note)


def qr_att(url, cid, filename="image001.png", scale=5):
    a = Att(filename, "image/png", _qr.qr_png(url, scale=scale), inline=True, cid=cid, note="QR code")
    a.qr_text = url
    return a


def qr_file(url, filename, scale=6):
    a = Att(filename, "image/png", _qr.qr_png(url, scale=scale), note="QR code PNG")
    a.qr_text = url
    return a


def logo_inline(cid, filename="image001.png", w=120, h=36, seed=0):
    return Att(filename, "image/png", _qr.png_banner(w, h, seed), inline=True, cid=cid)


def zip_att(filename, files, password=None, seed="z", when=(2026, 11, 3, 10, 14, 22)):
    data = _zip.make_zip(files, password=password, seed=seed, when=when)
    note = "ZIP%s: %s" % (" ZipCrypto pw" if password else "", ", ".join(n for n, _ in files))
    a = Att(filename, "application/zip" if not filename.lower().endswith(".rar") else "application/x-rar-compressed", data, note=note)
    a.zip_password = password
    return a


def html_att(filename, html, note="HTML attachment (no script)"):
    return Att(filename, "text/html", html.encode("utf-8"), note=note)


def svg_att(filename, svg, note="SVG attachment (no script)"):
    return Att(filename, "image/svg+xml", svg.encode("utf-8"), note=note)


def wav_silence(seconds=1.0, rate=8000):
    n = int(seconds * rate)
    data = b"\x80" * n  # 8-bit unsigned silence
    return (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8)
            + b"data" + struct.pack("<I", n) + data)


def ics_att(filename, ics):
    return Att(filename, "text/calendar", ics.encode("utf-8"), note="iCalendar")

"""Convenience builders used by the message modules."""
import datetime as _dt

import mime
import htm
from pdf import PDF
from qr import qr_png
from zipc import make_zip
from util import local_to_utc, fmt_date, local, rng_for, wrap, dedent


def plain(t, cs="utf-8", cte="quoted-printable", **kw):
    return mime.text(t, "plain", cs, cte, **kw)


def html(h, cs="utf-8", cte="quoted-printable", **kw):
    return mime.text(h, "html", cs, cte, **kw)


def alt(t, h, cs="utf-8", cte="quoted-printable", hcte=None, hcs=None, **kw):
    return mime.multi("alternative", [plain(t, cs, cte, **kw), html(h, hcs or cs, hcte or cte, **kw)])


def mixed(*parts):
    return mime.multi("mixed", list(parts))


def related(*parts):
    p = mime.multi("related", list(parts))
    p.params = ['type="multipart/alternative"'] if parts[0].ctype == "multipart/alternative" else ['type="text/html"']
    return p


def _gmt(utc):
    return fmt_date(utc, "utc").replace("+0000", "GMT")


def att_outlook(data, ctype, fn, utc, inline=False, cid=None):
    p = mime.attachment(data, ctype, fn, "base64", inline=inline, cid=cid, style="2047")
    disp = ("inline" if inline else "attachment")
    disp += ';\n\t' + mime.param("filename", fn, "2047") + "; size=%d;\n\tcreation-date=\"%s\";\n\tmodification-date=\"%s\"" % (
        len(data), _gmt(utc), _gmt(utc))
    p.post = ([("Content-ID", "<%s>" % cid)] if cid else []) + [("Content-Description", mime.phrase(fn) if mime.needs_ew(fn) else fn),
                                                              ("Content-Disposition", disp)]
    p.cte_first = False
    return p


def att_gmail(data, ctype, fn, rng, inline=False):
    aid = "f_m%s0" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    p = mime.attachment(data, ctype, fn, "base64", inline=inline, style="2231")
    p.post = [("Content-Disposition", ("inline" if inline else "attachment") + "; " + mime.param("filename", fn, "2231")),
              ("Content-ID", "<%s>" % aid), ("X-Attachment-Id", aid)]
    return p


def att(data, ctype, fn, style="2231", inline=False, cid=None, cte="base64", cs="utf-8"):
    return mime.attachment(data, ctype, fn, cte, inline=inline, cid=cid, style=style, charset=cs)


def pdf_doc(spec, title="", author="", producer="", creator="", created=None):
    """spec: text; lines starting with '# ' -> 15pt bold, '## ' -> 11pt bold,
    '~' -> small print (8pt), '' -> gap."""
    p = PDF(title=title, author=author, producer=producer, creator=creator, created=created)
    for ln in spec.strip("\n").split("\n"):
        if ln.startswith("# "):
            p.text(ln[2:], size=15, bold=True, dy=24)
        elif ln.startswith("## "):
            p.text(ln[3:], size=11, bold=True)
        elif ln.startswith("~"):
            p.text(ln[1:].strip(), size=7, dy=10)
        elif ln.strip() == "":
            p.gap(7)
        elif ln.startswith("=="):
            p.new_page()
        else:
            p.text(ln, size=10)
    return p.build()


def pdf_date(zone, y, mo, d, h, mi):
    u = local_to_utc(zone, y, mo, d, h, mi)
    loc = local(u, zone)
    off = int((loc - u).total_seconds() // 60)
    return "D:%04d%02d%02d%02d%02d00%s%02d'%02d'" % (loc.year, loc.month, loc.day, loc.hour, loc.minute,
                                                     "+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)


def zipfile_bytes(files, when_local, password=None, seed="zip"):
    return make_zip(files, when_local, password.encode() if password else None, rng_for(seed))


def qr(url, scale=6, ecl="M"):
    return qr_png(url, ecl, scale)


def dt(y, mo, d, h=0, mi=0, s=0):
    return _dt.datetime(y, mo, d, h, mi, s)


def quote_lines(t, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in t.rstrip("\n").split("\n"))


def outlook_quote(hdr_lines, body):
    """Outlook-style quoted reply block (plain text)."""
    return "\n" + "\n".join(hdr_lines) + "\n\n" + body.rstrip("\n") + "\n"

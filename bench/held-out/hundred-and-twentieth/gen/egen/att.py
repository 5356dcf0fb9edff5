"""Attachment helpers that build MIME parts in the sender's style and record
the text they carry (for verification and the manifest)."""
from . import mime, util, png, qr, office, archive
from .pdf import PDF


def pstyle(m):
    return {"outlook365": "outlook", "exchange": "outlook", "outlook16": "outlook16", "gmail": "gmail",
            "iphone": "gmail", "thunderbird": "thunderbird", "apple": "thunderbird"}.get(m.style, "default")


def _record(m, key, text):
    if not hasattr(m, "texts"):
        m.texts = []
    m.texts.append((key, text))


def _mk(m, data, ctype, filename, inline=False, cid=None, style=None):
    st = style or pstyle(m)
    extra = []
    sd = None
    if st == "outlook":
        sd = (len(data), util.fmt_date(m.sent - util.mins(m.rng.randint(2, 90)), "UTC", "rfc").replace("+0000", "GMT"))
    if st == "gmail" and m.style == "gmail":
        aid = "f_" + m.rng.lower_alnum(9)
        if not cid:
            cid = aid
        extra = [("X-Attachment-Id", aid)]
    if st == "outlook16":
        st = "outlook16"
    p = mime.attachment(data, ctype, filename, style=("default" if st == "outlook16" else st), cid=cid, inline=inline,
                        size_dates=sd, extra=extra, desc=filename if st == "outlook" else None)
    return p


def pdf(m, doc, filename, style=None):
    data = doc.render()
    _record(m, "pdf:" + filename, "\n".join(doc.all_text))
    for u in doc.links:
        m.fact("URL", u, "link annotation in " + filename)
    return _mk(m, data, "application/pdf", filename, style=style)


def new_pdf(m, title, author, creator, producer, zone="CET", minutes_before=30, lang=None):
    t = m.sent - util.mins(minutes_before)
    off, _ = util.zone_info(t, zone)
    lt = util.local(t, zone)
    created = "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
                                                          "+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)
    return PDF(title=title, author=author, creator=creator, producer=producer, created=created,
               doc_id=m.rng.bytes(16), lang=lang)


def qr_png_part(m, payload, filename, inline=True, cid=None, scale=5, ecl=qr.ECL_M, ctype="image/png"):
    mat = qr.encode(payload, ecl)
    data = png.qr_png(mat, scale=scale)
    m.expect_qr(cid or filename, payload, "png")
    p = _mk(m, data, ctype, filename, inline=inline, cid=cid)
    return p


def png_part(m, canvas, filename, inline=True, cid=None):
    return _mk(m, canvas.png(), "image/png", filename, inline=inline, cid=cid)


def docx(m, filename, paragraphs, title="", author="", lang="en-GB"):
    lt = util.local(m.sent - util.mins(45), "UTC")
    data = office.docx(paragraphs, title=title, author=author, created_iso=util.iso_z(m.sent - util.mins(300)),
                       dt=(lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second - lt.second % 2), lang=lang)
    txt = []
    for p in paragraphs:
        if isinstance(p, str):
            txt.append(p)
        elif p[0] == "table":
            txt += [" | ".join(map(str, row)) for row in p[1]]
        else:
            txt.append(p[1])
    _record(m, "docx:" + filename, "\n".join(txt))
    return _mk(m, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", filename)


def xlsx(m, filename, sheets, author="", widths=None):
    lt = util.local(m.sent - util.mins(50), "UTC")
    data = office.xlsx(sheets, author=author, created_iso=util.iso_z(m.sent - util.mins(2000)),
                       dt=(lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second - lt.second % 2), widths=widths)
    txt = []
    for name, rows in sheets:
        txt += [" | ".join("" if c is None else str(c) for c in row) for row in rows]
    _record(m, "xlsx:" + filename, "\n".join(txt))
    return _mk(m, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)


def zipfile_part(m, filename, files, password=None, note=""):
    """files: list of (name, bytes). password: str or None."""
    lt = util.local(m.sent - util.mins(20), "CET")
    dt = (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second - lt.second % 2)
    data = archive.zip_write([(n, d, dt) for n, d in files], rng=m.rng,
                             password=password.encode() if password else None)
    _record(m, "zip:" + filename, "\n".join(n for n, _ in files))
    if password:
        m.zip_passwords[filename] = password
    return _mk(m, data, "application/zip" if m.style != "outlook365" else "application/x-zip-compressed", filename)


def generic(m, data, ctype, filename, inline=False, cid=None, record_text=None, style=None):
    if record_text is not None:
        _record(m, "att:" + filename, record_text)
    return _mk(m, data, ctype, filename, inline=inline, cid=cid, style=style)

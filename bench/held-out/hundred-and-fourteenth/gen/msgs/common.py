"""Helpers shared by the message modules."""
from mailgen import core, pdf, png as pngmod, builder
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import outlook_texts, gmail_texts, tb_plain, alt, fill_charset


def pdf_date(t_utc, zone="EU"):
    t, _ = core.local(t_utc, zone)
    off = core._ofs(t)
    return "D:%s%s'%s'" % (t.strftime("%Y%m%d%H%M%S"), off[:3], off[3:])


def letter_pdf(m, head, head_sub, recipient, meta, title, paras, footer, created, producer="Microsoft® Word für Microsoft 365",
               author="", creator="Microsoft® Word für Microsoft 365", table=None, col_x=None, totals=None, qr=None,
               qr_label=None, signature=None, link=None, title_size=12, accent=(0.12, 0.25, 0.45), pdf_title=None,
               second_page=None, ecl="M", qr_module=1.6):
    """One-page A4 business letter / invoice.  table: (header_row, rows, aligns)."""
    d = pdf.Document(title=pdf_title or title, author=author, producer=producer, creator=creator, created=created)
    p = d.page()
    p.rect(0, 812, 595.28, 30, accent)
    p.text(50, 780, head, 15, bold=True, color=accent)
    y = 766
    for line in head_sub:
        p.text(50, y, line, 7.5, color=(0.35, 0.35, 0.35))
        y -= 10
    y = 700
    for line in recipient:
        p.text(50, y, line, 10)
        y -= 13
    y2 = 700
    for k, v in meta:
        p.text(360, y2, k, 8.5, color=(0.35, 0.35, 0.35))
        p.text(455, y2, v, 8.5)
        y2 -= 12
    y = min(y, y2) - 22
    p.text(50, y, title, title_size, bold=True)
    y -= 24
    for para in paras:
        y = p.para(50, y, para, 9.5, width=495) - 6
    if table:
        head_row, rows, aligns = table
        xs = col_x
        p.rect(50, y - 4, 495, 15, (0.92, 0.93, 0.95))
        for i, hcell in enumerate(head_row):
            if aligns[i] == "r":
                p.text(xs[i + 1] - 4 if i + 1 < len(xs) else 541, y, hcell, 8.5, bold=True, align="right")
            else:
                p.text(xs[i] + 2, y, hcell, 8.5, bold=True)
        y -= 16
        for row in rows:
            for i, cell in enumerate(row):
                if aligns[i] == "r":
                    p.text(xs[i + 1] - 4 if i + 1 < len(xs) else 541, y, cell, 8.5, align="right")
                else:
                    p.text(xs[i] + 2, y, cell, 8.5)
            y -= 13
        p.line(50, y + 6, 545, y + 6, 0.5, 0.6)
        y -= 6
    if totals:
        for k, v, bold in totals:
            p.text(430, y, k, 9, bold=bold, align="right")
            p.text(541, y, v, 9, bold=bold, align="right")
            y -= 13
        y -= 8
    if second_page is None and signature:
        y -= 4
        for line in signature:
            p.text(50, y, line, 9.5)
            y -= 13
    if qr:
        side = p.qr(430, 200 + 115, qr, module=qr_module, ecl=ecl)
        if qr_label:
            yy = 200 + 115 - side - 10
            for line in qr_label:
                p.text(430, yy, line, 7)
                yy -= 9
    if link:
        x, yl, w, hgt, uri, label = link
        p.rect(x, yl, w, hgt, (0.16, 0.38, 0.75))
        p.text(x + w / 2, yl + hgt / 2 - 4, label, 11, bold=True, color=(1, 1, 1), align="center")
        p.link(x, yl, w, hgt, uri)
    p.line(50, 70, 545, 70, 0.4, 0.6)
    cols = len(footer)
    for ci, col in enumerate(footer):
        yy = 60
        for line in col:
            p.text(50 + ci * (495.0 / cols), yy, line, 6.5, color=(0.35, 0.35, 0.35))
            yy -= 8
    return d.render()


def attach_pdf(data, filename, **kw):
    return bin_part(data, "application/pdf", filename, **kw)


def outlook_alt(m, paras, lang, charset="windows-1252", cte="quoted-printable", quotes=(), logo=None,
                plain_charset=None, font="Calibri"):
    """Outlook desktop: multipart/alternative (text/plain + text/html), optional inline logo."""
    logo_cid = None
    logo_after = None
    if logo:
        logo_cid = "image001.png@01DC%s.%s" % (core.hexs(m.rng, 4, True), core.hexs(m.rng, 8, True))
        logo_after = logo[1]
    plain, html = outlook_texts(paras, lang, quotes, font=font, logo_cid=logo_cid, logo_after=logo_after)
    a = alt(plain, html, plain_charset or charset, cte, charset, cte, boundary(m.rng, "outlook"))
    if logo:
        img = bin_part(logo[0], "image/png", "image001.png", disposition="inline", cid=logo_cid, 
                       size=True, dates=None)
        img.headers = [("Content-Type", 'image/png; name="image001.png"'), ("Content-Description", "image001.png"),
                       ("Content-Disposition", 'inline; filename="image001.png"; size=%d;\r\n\tcreation-date="%s";\r\n\tmodification-date="%s"'
                        % (len(logo[0]), core.rfc_date(m.t0, "UTC", "std").replace("+0000", "GMT"),
                           core.rfc_date(m.t0, "UTC", "std").replace("+0000", "GMT"))),
                       ("Content-ID", "<%s>" % logo_cid), ("Content-Transfer-Encoding", "base64")]
        a = multipart("related", [a, img], boundary(m.rng, "outlook"), extra_params=' type="multipart/alternative";')
    return a


def outlook_attachment(data, ctype, filename, m, charset="utf-8"):
    p = bin_part(data, ctype, filename, name_style="rfc2231+2047", charset=charset)
    ts = core.rfc_date(m.t0, "UTC", "std").replace("+0000", "GMT")
    cd = "attachment; " + core.param("filename", filename, charset, "rfc2231") + \
        "; size=%d;\r\n\tcreation-date=\"%s\";\r\n\tmodification-date=\"%s\"" % (len(data), ts, ts)
    hdrs = [("Content-Type", core.fold_structured("Content-Type", ctype + "; " + core.param("name", filename, charset, "rfc2047"))),
            ("Content-Description", core.hdr_text("Content-Description", filename, charset, "Q")),
            ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    p.headers = hdrs
    return p


def mixed(m, parts, style="outlook"):
    return multipart("mixed", parts, boundary(m.rng, style))


def logo_png(rng, color, accent=(255, 255, 255), w=160, h=40):
    blocks = [(6, 8, 30, 32, accent), (36, 14, 150, 18, accent), (36, 24, 120, 27, accent)]
    return pngmod.solid_logo(w, h, color, blocks)


def euro(v, lang="de"):
    s = "{:,.2f}".format(v)
    if lang in ("de", "it", "es", "el", "pl", "ru"):
        s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang != "pl" and lang != "ru" else " ")
    return s

"""Business documents rendered as PDF: letters, invoices, notices; plus
small PNG logos and payment QR payloads."""
from . import pdf, qr, png
from .ids import iban_print


# ------------------------------------------------------------------ QR payloads

def epc_qr(bic, name, iban, amount, text, purpose=""):
    """EPC069-12 'GiroCode' / SEPA credit transfer QR, version 002, UTF-8."""
    lines = ["BCD", "002", "1", "SCT", bic, name[:70], iban.replace(" ", ""), "EUR%.2f" % amount, purpose, "", text[:140]]
    return "\n".join(lines)


def pl_qr(nip, nrb26, grosze, name, title):
    """Polish banks' payment QR (ZBP recommendation): 9 pipe-separated fields."""
    return "%s|PL|%s|%06d|%s|%s|||" % (nip, nrb26, grosze, name[:20], title[:32])


# ------------------------------------------------------------------ logos

def logo_png(w, h, bg, fg, shape="sail", accent=None):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            c = bg
            fx, fy = x / w, y / h
            if shape == "sail":
                if 0.15 < fx < 0.5 and fy < 0.8 and (fx - 0.15) < (0.8 - fy) * 0.55 and fy > 0.12:
                    c = fg
                if 0.52 < fx < 0.75 and 0.3 < fy < 0.8 and (0.75 - fx) > (fy - 0.3) * 0.3:
                    c = accent or fg
                if 0.1 < fx < 0.9 and 0.83 < fy < 0.9:
                    c = fg
            elif shape == "wave":
                import math
                if fy > 0.5 + 0.12 * math.sin(fx * 12):
                    c = fg
                if fy > 0.7 + 0.08 * math.sin(fx * 12 + 1):
                    c = accent or fg
            elif shape == "bars":
                if int(fx * 5) % 2 == 0 and fy > 0.2 + 0.15 * int(fx * 5):
                    c = fg
            elif shape == "ring":
                d = ((fx - 0.5) ** 2 + (fy - 0.5) ** 2) ** 0.5
                if 0.28 < d < 0.42:
                    c = fg
                if d < 0.15:
                    c = accent or fg
            elif shape == "shield":
                if abs(fx - 0.5) < 0.35 * (1 - max(0, fy - 0.55) * 2.2) and 0.1 < fy < 0.95:
                    c = fg
                if abs(fx - 0.5) < 0.06 and 0.25 < fy < 0.75:
                    c = accent or bg
            row += bytes(c)
        rows.append(bytes(row))
    return png.write(w, h, rows, "RGB")


def rgb(hexcolor):
    return tuple(int(hexcolor[i:i + 2], 16) / 255 for i in (1, 3, 5))


# ------------------------------------------------------------------ documents

def _header(page, doc, name, sub, color, logo="sail"):
    W, H = doc.size
    c = rgb(color)
    if logo == "sail":
        page.polygon([(56, H - 92), (80, H - 44), (80, H - 92)], c)
        page.polygon([(84, H - 92), (84, H - 56), (100, H - 92)], (0.55, 0.65, 0.75))
    elif logo == "bar":
        page.rect(56, H - 90, 8, 44, fill=c)
    elif logo == "ring":
        page.rect(56, H - 90, 40, 40, stroke=c, lw=4)
    elif logo == "shield":
        page.polygon([(56, H - 50), (92, H - 50), (92, H - 74), (74, H - 92), (56, H - 74)], c)
    page.text(112, H - 66, name, "B", 15, c)
    if sub:
        page.text(112, H - 82, sub, "R", 8.5, (0.35, 0.35, 0.35))


def _footer_fn(lines, color="#555555"):
    def f(page, n):
        W = page.doc.size[0]
        page.line(56, 62, W - 56, 62, 0.4, (0.7, 0.7, 0.7))
        y = 50
        for ln in lines:
            page.text(56, y, ln, "R", 6.8, rgb(color))
            y -= 9
    return f


def letter(info, org, sub, color, sender_line, recipient, place_date, subject, paras, closing, signer,
           footer, logo="sail", font="R", extra=None, links=None):
    """A business letter on letterhead.  links: list of (text, uri) printed
    as separate lines with a URI annotation."""
    doc = pdf.Doc(info)
    fl = pdf.Flow(doc, footer=_footer_fn(footer))
    _header(fl.page, doc, org, sub, color, logo)
    fl.y -= 70
    fl.p(sender_line, size=7, color=(0.4, 0.4, 0.4), after=2)
    for ln in recipient:
        fl.p(ln, size=10, after=0)
    fl.y -= 18
    fl.page.text_right(doc.size[0] - 56, fl.y, place_date, font, 10)
    fl.y -= 22
    fl.p(subject, "B", 11, after=10)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            fl.table(*p[1:])
            continue
        if isinstance(p, tuple) and p[0] == "bold":
            fl.p(p[1], "B", 10, after=6)
            continue
        if isinstance(p, tuple) and p[0] == "link":
            fl.need(16)
            fl.y -= 14
            fl.page.text(fl.m, fl.y, p[1], "B", 10.5, (0.02, 0.39, 0.76))
            w = doc.font("B").width(p[1], 10.5)
            fl.page.link(fl.m, fl.y - 3, w, 15, p[2])
            fl.y -= 8
            continue
        if isinstance(p, tuple) and p[0] == "qr":
            key = "Q%d" % len(doc.images)
            pdf.add_qr(doc, key, p[1])
            fl.image(key, p[2], p[2])
            if len(p) > 3:
                fl.p(p[3], size=8, color=(0.35, 0.35, 0.35))
            continue
        fl.p(p, font, 10, after=7)
    fl.y -= 6
    fl.p(closing, font, 10, after=22)
    for ln in signer:
        fl.p(ln, font, 10, after=0)
    if extra:
        extra(doc, fl)
    return doc


def invoice(info, seller, seller_sub, color, seller_addr_line, buyer, title, meta, cols, rows, aligns,
            totals, notes, footer, qr_payload=None, qr_caption="", logo="bar", xml=None, xml_name=None,
            moddate=None, qr_size=92):
    doc = pdf.Doc(info)
    fl = pdf.Flow(doc, footer=_footer_fn(footer))
    _header(fl.page, doc, seller, seller_sub, color, logo)
    fl.y -= 70
    fl.p(seller_addr_line, size=7, color=(0.4, 0.4, 0.4), after=2)
    top = fl.y
    for ln in buyer:
        fl.p(ln, size=10, after=0)
    y_after_buyer = fl.y
    # meta block right
    y = top - 12
    x = doc.size[0] - 56 - 190
    for k, v in meta:
        fl.page.text(x, y, k, "R", 8.5, (0.35, 0.35, 0.35))
        fl.page.text_right(doc.size[0] - 56, y, v, "B", 8.5)
        y -= 12
    fl.y = min(y_after_buyer, y) - 20
    fl.p(title, "B", 14, after=8)
    fl.table(cols, rows, size=8.5, aligns=aligns)
    for k, v, bold in totals:
        fl.need(14)
        fl.y -= 13
        fl.page.text_right(doc.size[0] - 56 - 110, fl.y, k, "B" if bold else "R", 9)
        fl.page.text_right(doc.size[0] - 56, fl.y, v, "B" if bold else "R", 9)
    fl.y -= 14
    for n in notes:
        fl.p(n, size=8.5, after=3)
    if qr_payload is not None:
        key = "QR1"
        pdf.add_qr(doc, key, qr.encode(qr_payload, "M"))
        fl.y -= 4
        fl.image(key, qr_size, qr_size)
        if qr_caption:
            fl.p(qr_caption, size=7.5, color=(0.35, 0.35, 0.35))
    if xml is not None:
        doc.attach(xml_name or "factur-x.xml", xml, "text/xml", "Factur-X/ZUGFeRD invoice data", "Alternative",
                   moddate)
    return doc


def notice(info, header, sub, color, blocks, footer, logo="shield"):
    """Authority/bank style notice; blocks: list of (kind, content)."""
    doc = pdf.Doc(info)
    fl = pdf.Flow(doc, footer=_footer_fn(footer))
    _header(fl.page, doc, header, sub, color, logo)
    fl.y -= 60
    for kind, content in blocks:
        if kind == "h":
            fl.p(content, "B", 13, after=8)
        elif kind == "p":
            fl.p(content, "R", 10, after=7)
        elif kind == "small":
            fl.p(content, "R", 7.5, after=4, color=(0.35, 0.35, 0.35))
        elif kind == "b":
            fl.p(content, "B", 10, after=7)
        elif kind == "kv":
            for k, v in content:
                fl.need(14)
                fl.y -= 13
                fl.page.text(fl.m, fl.y, k, "R", 9.5, (0.3, 0.3, 0.3))
                fl.page.text(fl.m + 170, fl.y, v, "B", 9.5)
            fl.y -= 8
        elif kind == "button":
            text, uri = content
            fl.need(34)
            fl.y -= 30
            w = doc.font("B").width(text, 11) + 36
            fl.page.rect(fl.m, fl.y, w, 24, fill=rgb(color))
            fl.page.text(fl.m + 18, fl.y + 8, text, "B", 11, (1, 1, 1))
            fl.page.link(fl.m, fl.y, w, 24, uri)
            fl.y -= 10
        elif kind == "qr":
            payload, size = content
            key = "Q%d" % len(doc.images)
            pdf.add_qr(doc, key, qr.encode(payload, "M"))
            fl.image(key, size, size, x=fl.m)
        elif kind == "table":
            fl.table(*content)
        elif kind == "hr":
            fl.hr()
        elif kind == "space":
            fl.y -= content
    return doc

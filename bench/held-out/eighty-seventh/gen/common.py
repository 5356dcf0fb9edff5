"""Convenience helpers shared by the message modules."""
import files
import qrgen
from mime import Attach

QR_TEXTS = {}        # filename -> encoded URL (for the checker)
ATTACH_INFO = {}     # id(Attach) -> dict(kind, password, entries)


def pdf_att(name, lines, title=None, author="", producer="", creator="",
            created="20261103094700+01'00'", fn_style="2231"):
    data = files.pdf(lines, title or name.rsplit(".", 1)[0], author=author,
                     producer=producer, creator=creator, created=created)
    a = Attach(data, "application/pdf", name, fn_style=fn_style)
    ATTACH_INFO[id(a)] = {"kind": "pdf"}
    return a


def zip_att(name, entries, password=None, seed="zip", ctype="application/zip",
            date_time=(2026, 11, 3, 9, 12, 0), fn_style="2231"):
    if password:
        data = files.zip_crypto(entries, password, seed, date_time)
    else:
        data = files.zip_plain(entries, date_time)
    a = Attach(data, ctype, name, fn_style=fn_style)
    ATTACH_INFO[id(a)] = {"kind": "zip", "password": password,
                          "entries": [(n, d) for n, d in entries]}
    return a


def placeholder_zip(name, inner_name, password=None, seed="zip", **kw):
    return zip_att(name, [(inner_name, files.PLACEHOLDER.encode("ascii"))],
                   password=password, seed=seed, **kw)


def qr_inline(url, cid, name="qrcode.png", disposition="inline"):
    data = qrgen.qr_png(url, scale=5)
    a = Attach(data, "image/png", name, disposition=disposition, cid=cid)
    QR_TEXTS[name] = url
    ATTACH_INFO[id(a)] = {"kind": "qr", "text": url}
    return a


def qr_attach(url, name):
    data = qrgen.qr_png(url, scale=6)
    a = Attach(data, "image/png", name)
    ATTACH_INFO[id(a)] = {"kind": "qr", "text": url}
    return a


def logo_inline(seed, cid, name="image001.png", color=(180, 110, 40), color2=(60, 40, 20)):
    a = Attach(files.logo_png(seed, color=color, color2=color2), "image/png", name,
               disposition="inline", cid=cid)
    ATTACH_INFO[id(a)] = {"kind": "png"}
    return a


def photo_att(seed, name, disposition="attachment", cid=None):
    a = Attach(files.photo_png(seed), "image/png", name, disposition=disposition, cid=cid)
    ATTACH_INFO[id(a)] = {"kind": "png"}
    return a


def html_att(name, html, charset="utf-8", ctype="text/html"):
    a = Attach(html.encode(charset), ctype, name, params='; charset="%s"' % charset)
    ATTACH_INFO[id(a)] = {"kind": "html"}
    return a


def svg_att(name, svg_bytes):
    a = Attach(svg_bytes, "image/svg+xml", name)
    ATTACH_INFO[id(a)] = {"kind": "svg"}
    return a


def ics_att(data, name="invite.ics"):
    a = Attach(data, "text/calendar", name, params='; method=REQUEST; charset="utf-8"',
               cte="base64", disposition="attachment")
    ATTACH_INFO[id(a)] = {"kind": "ics"}
    return a


def outlook_cid(n=1, stamp="01DC4E2A.5F3B1C20"):
    return "image%03d.png@%s" % (n, stamp)

"""Shared shortcuts for the per-language message files."""
import base64

import mime as M
import mua as U
import org
import pdf as P
import qr as Q
import routes as R
import styles as S
import zips as Z
from compose import Mail
from util import utc, addr, hval, rng_for, later, rfcdate, uuid4, hexid, alnum, ew

__all__ = ["M", "U", "org", "P", "Q", "R", "S", "Z", "Mail", "utc", "addr", "hval", "rng_for", "later",
           "rfcdate", "uuid4", "hexid", "alnum", "ew", "pdf_att", "zip_att", "png_att", "mixed", "related",
           "internal", "staff", "first_addr", "b64url", "svg_att", "html_att", "logo_png", "xml_att", "addrs"]


def first_addr(s):
    import re
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s.split(",")[0].strip()


def staff(key, charset="iso-8859-1", enc="Q"):
    n, a = org.who(key)
    return addr(n, a, charset, enc)


def addrs(*items):
    return ", ".join(items)


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pdf_att(pages, filename, title="", author="", producer="Microsoft® Word für Microsoft 365",
            creator="Microsoft® Word für Microsoft 365", created="D:20261012093100+02'00'",
            style="2047", charset="utf-8", ctype="application/pdf"):
    data = P.make_pdf(pages, title=title, author=author, producer=producer, creator=creator, created=created)
    return M.attachment(data, ctype, filename, style=style, charset=charset)


def zip_att(files, filename, password=None, seed="zip", ctype="application/x-zip-compressed",
            when=(2026, 10, 12, 9, 30, 0), style="2047", charset="utf-8"):
    data = Z.make_zip(files, password=password, seed=seed, when=when)
    return M.attachment(data, ctype, filename, style=style, charset=charset)


def png_att(data, filename, cid=None, inline=True):
    return M.attachment(data, "image/png", filename, inline=inline, cid=cid)


def svg_att(svg_text, filename):
    return M.attachment(svg_text.encode("utf-8"), "image/svg+xml", filename)


def html_att(html_text, filename, ctype="text/html; charset=utf-8"):
    return M.attachment(html_text.encode("utf-8"), ctype, filename)


def xml_att(xml_text, filename):
    return M.attachment(xml_text.encode("utf-8"), "application/xml", filename)


def mixed(first, atts, boundary):
    return M.multi("mixed", [first] + list(atts), boundary)


def related(first, images, boundary):
    return M.multi("related", [first] + list(images), boundary, extra=';\n\ttype="multipart/alternative"')


def logo_png(w=180, h=48, color=(200, 16, 46)):
    """Signature logo: coloured bar with a simple 'EG' block mark (no text rendering)."""
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            if 6 <= y < h - 6 and 6 <= x < 42:
                # block letters E and G as rectangles
                e = (8 <= x < 12) or ((y < 10 or (h // 2 - 2 <= y < h // 2 + 2) or y >= h - 10) and x < 22)
                g = (26 <= x < 30) or ((y < 10 or y >= h - 10) and 26 <= x < 40) or (x >= 36 and y >= h // 2 and x < 40) or (h // 2 - 2 <= y < h // 2 + 2 and 32 <= x < 40)
                row.append((255, 255, 255) if (e or g) else color)
            elif x >= 48 and 14 <= y < h - 14 and (x // 6) % 2 == 0:
                row.append((60, 60, 60))
            else:
                row.append((255, 255, 255) if x >= 44 else color)
        rows.append(row)
    return Q.png_rgb(rows)


def internal(lang, slug, t, sender, to, subject, src, charset="iso-8859-1", cte="quoted-printable",
             cc=None, atts=None, what="", why="", pair=None, lang_tag="de-DE", rcpt=None, folder="business",
             client_ip="10.20.4.57", html_lang="DE", irt=None, refs=None, exch="EXCH01", plain_only=False):
    """Mail written in Outlook against the on-prem Exchange and relayed via mail-int01."""
    rng = rng_for(folder, slug)
    route = R.Internal(exch=exch, exip={"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}[exch])
    ua = U.OutlookExchange(rng, "%s.corp.example.com" % exch, lang=lang_tag, client_ip=client_ip)
    mid = ua.msgid(t, "example.com")
    if plain_only:
        body = M.text(S.plain(src), "plain", charset, cte)
    else:
        body = S.outlook_alt(src, ua.boundary("alt"), charset, cte, html_lang)
    if atts:
        body = mixed(body, atts, ua.boundary("mixed"))
    n, a = org.who(sender)
    h = {"From": addr(n, a, charset), "To": to, "Subject": hval(subject, charset)}
    if cc:
        h["Cc"] = cc
    if irt:
        h["In-Reply-To"] = irt
        h["References"] = refs or irt
    h["_topic"] = hval(subject.split(": ", 1)[-1] if subject.startswith(("AW: ", "RE: ", "Re: ")) else subject, charset)
    rc = rcpt or first_addr(to)
    return Mail(folder, lang, slug, t, route, ua, rc, a, h, body, mid, zone="CET", date_lag=-4,
                what=what, why=why, pair=pair)

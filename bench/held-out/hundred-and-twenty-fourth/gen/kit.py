"""Client-specific body assembly (MIME structure, boundaries, encodings)."""

import infra
import mime
from common import finish_html


def _att_parts(atts, style, date_rfc=None):
    out = []
    for a in atts:
        if isinstance(a, mime.Part):
            out.append(a)
            continue
        data, ctype, fname = a[0], a[1], a[2]
        opts = a[3] if len(a) > 3 else {}
        out.append(mime.attachment(data, ctype, fname, style=style, date_rfc=date_rfc, **opts))
    return out


def outlook(local, suffix, text, html, charset="utf-8", atts=(), inline=(),
            cte_text="quoted-printable", cte_html="quoted-printable",
            date_rfc=None, csname=None):
    """Outlook/Exchange structure. local: Message-ID local part; suffix:
    compressed host part used in boundaries (e.g. 'AS8PR04MB8247eurp' or
    'EXCH01corpexamplecom')."""
    b = lambda k: "_%s_%s%s_" % (k, local, suffix)
    csn = csname or charset
    tp = mime.text(text, "plain", charset, cte_text, csname=csn)
    hp = mime.text(finish_html(html, csn), "html", charset, cte_html, csname=csn)
    alt = mime.multipart_inline("alternative", [tp, hp], b("000"))
    top = alt
    if inline:
        parts = [alt]
        for (data, ctype, fname, cid) in inline:
            p = mime.attachment(data, ctype, fname, style="outlook", disposition="inline", cid=cid, date_rfc=date_rfc)
            parts.append(p)
        top = mime.multipart_inline("related", parts, b("003"), extra=';\r\n\ttype="multipart/alternative"')
        top.ctype = 'multipart/related;\r\n\tboundary="%s";\r\n\ttype="multipart/alternative"' % b("003")
    if atts:
        parts = [top] + _att_parts(atts, "outlook", date_rfc)
        top = mime.multipart_inline("mixed", parts, b("004" if not inline else "005"))
        top.ctype = 'multipart/mixed;\r\n\tboundary="%s"' % b("004" if not inline else "005")
    else:
        if top is alt:
            alt.ctype = 'multipart/alternative;\r\n\tboundary="%s"' % b("000")
    return top


def gmail(rng, text, html, atts=(), inline=(), charset="UTF-8", cte=None):
    """Gmail web client structure and encodings."""
    enc = "utf-8"
    if cte is None:
        try:
            text.encode("latin-1")
            cte = "quoted-printable"
        except UnicodeEncodeError:
            nonlatin = sum(1 for ch in text if ord(ch) > 0x24F)
            cte = "base64" if nonlatin > len(text) * 0.3 else "quoted-printable"
        if all(ord(c) < 128 for c in text) and all(len(l) < 900 for l in text.split("\n")):
            cte = "7bit" if False else cte
    tp = mime.text(text, "plain", enc, cte, csname=charset)
    hp = mime.text(html, "html", enc, cte, csname=charset)
    alt = mime.multipart_inline("alternative", [tp, hp], infra.gmail_boundary(rng))
    top = alt
    if inline:
        parts = [alt]
        for (data, ctype, fname, cid) in inline:
            parts.append(mime.attachment(data, ctype, fname, style="gmail", disposition="inline", cid=cid))
        top = mime.multipart_inline("related", parts, infra.gmail_boundary(rng))
    if atts:
        parts = [top]
        for i, a in enumerate(atts):
            if isinstance(a, mime.Part):
                parts.append(a)
                continue
            data, ctype, fname = a[0], a[1], a[2]
            parts.append(mime.attachment(data, ctype, fname, style="gmail", cid="f_m%s%d" % (infra.ralnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789"), i)))
        top = mime.multipart_inline("mixed", parts, infra.gmail_boundary(rng))
    return top


def thunderbird(rng, text, charset="UTF-8", atts=(), cte="8bit", html=None,
                flowed=True, preamble=True):
    enc = {"UTF-8": "utf-8"}.get(charset, charset.lower())
    body = text
    if flowed:
        from common import flowed as _fl
        body = _fl(text)
    tp = mime.text(body, "plain", enc, cte, flowed=flowed, csname=charset, ct_style="bare")
    top = tp
    if html is not None:
        hp = mime.text(html, "html", enc, cte, csname=charset, ct_style="bare")
        top = mime.multipart_inline("alternative", [tp, hp], infra.tb_boundary(rng),
                                    preamble="This is a multi-part message in MIME format." if preamble else None)
    if atts:
        parts = [top] + _att_parts(atts, "thunderbird")
        top = mime.multipart_inline("mixed", parts, infra.tb_boundary(rng),
                                    preamble="This is a multi-part message in MIME format." if preamble else None)
    return top


def single(text, subtype="plain", charset="utf-8", cte="quoted-printable", csname=None, ct_style="quoted"):
    return mime.text(text, subtype, charset, cte, csname=csname, ct_style=ct_style)


def alt(boundary, text, html, charset="utf-8", cte="quoted-printable", csname=None,
        cte_html=None, ct_style="quoted", preamble=None):
    tp = mime.text(text, "plain", charset, cte, csname=csname, ct_style=ct_style)
    hp = mime.text(html, "html", charset, cte_html or cte, csname=csname, ct_style=ct_style)
    return mime.multipart_inline("alternative", [tp, hp], boundary, preamble=preamble)


def mixed(boundary, parts, preamble=None, quoted=True):
    return mime.multipart_inline("mixed", parts, boundary, preamble=preamble, quoted=quoted)

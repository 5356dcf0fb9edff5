"""Shortcuts used by the message modules."""
import re

from lib.mime import Part, Multipart, RawPart
from lib import mime


def outlook_bounds(msgid):
    core = re.sub(r"[^A-Za-z0-9]", "", msgid.strip("<>").split("@")[0])[:40]
    dom = re.sub(r"[^A-Za-z0-9]", "", msgid.strip("<>").split("@")[1])[:12]
    return {"mixed": "_004_%s%s_" % (core, dom), "alt": "_000_%s%s_" % (core, dom),
            "rel": "_005_%s%s_" % (core, dom), "rel_alt": "_000_%s%s_" % (core, dom)}


def alt(text, html, charset="utf-8", cte="quoted-printable", boundary="alt", style="generic", quote_cs=True,
        text_cte=None, html_cte=None, text_extra="", html_cs=None):
    return Multipart("alternative", [
        Part("text/plain", text, charset=charset, cte=text_cte or cte, style=style, quote_charset=quote_cs,
             ct_extra=text_extra),
        Part("text/html", html, charset=html_cs or charset, cte=html_cte or cte, style=style, quote_charset=quote_cs),
    ], boundary)


def att(data, ctype, name, style="outlook", fn_style="quoted", disp="attachment", cid=None, extra="", size=True,
        t=None, name_param=True, description=None):
    dextra = ""
    if style == "outlook" and size:
        dextra = "; size=%d" % len(data)
        if t is not None:
            ds = t.strftime("%a, %d %b %Y %H:%M:%S GMT")
            dextra += ";\r\n\tcreation-date=\"%s\";\r\n\tmodification-date=\"%s\"" % (ds, ds)
    return Part(ctype, data, cte="base64", filename=name, disposition=disp, cid=cid, fn_style=fn_style,
                style="gmail" if style == "gmail" else "generic", disp_extra=dextra + extra,
                name_param=name_param, description=description if description is not None else (name if style == "outlook" else None))


def inline_img(data, name, cid, style="outlook"):
    return Part("image/png", data, cte="base64", filename=name, disposition="inline", cid=cid,
                style="gmail" if style == "gmail" else "generic",
                description=name if style == "outlook" else None,
                disp_extra=("; size=%d" % len(data)) if style == "outlook" else "")


def mixed(parts, boundary):
    return Multipart("mixed", parts, boundary)


def related(parts, boundary, type_="multipart/alternative"):
    return Multipart("related", parts, boundary, ct_extra='\r\n\ttype="%s";' % type_)


def text_part(text, charset="utf-8", cte="quoted-printable", flowed=False, quote_cs=True, lf=False):
    return Part("text/plain", text, charset=charset, cte=cte, quote_charset=quote_cs,
                ct_extra="; format=flowed" if flowed else "")


def html_part(html, charset="utf-8", cte="quoted-printable", quote_cs=True):
    return Part("text/html", html, charset=charset, cte=cte, quote_charset=quote_cs)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def a_href(url, label, style=""):
    import html as _h
    return '<a href="%s"%s>%s</a>' % (_h.escape(url, quote=True), (' style="%s"' % style) if style else "", label)

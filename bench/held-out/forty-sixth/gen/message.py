"""Compose complete RFC 5322 messages from a sending profile and a body."""
import html
import re
from datetime import timedelta

from infra import Ctx, TLS12, TLS13
from mime import Binary, Multi, Text, serialize
from util import addr_list, fmt_addr, hdr_text, postfix_qid, rfc2822, rfc2822_nopad, rng

REGISTRY = []

ORDERS = {
    "outlook": ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                "X-MS-TNEF-Correlator", "*", "@CONTENT", "MIME-Version"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                     "MIME-Version", "@CONTENT", "*"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Reply-To", "Date", "Message-ID", "Subject", "To",
              "Cc", "*", "@CONTENT"],
    "tb": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc", "References", "From",
           "Reply-To", "Subject", "In-Reply-To", "*", "@CONTENT"],
    "apple": ["From", "@CONTENT", "MIME-Version", "Subject", "Date", "References", "Cc", "In-Reply-To", "To",
              "Reply-To", "Message-ID", "*"],
    "generic": ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References",
                "Subject", "MIME-Version", "@CONTENT", "*"],
}


def compose(folder, num, lang, slug, profile, t, rcpt, frm, to, subject, body, *, cc=None, reply_to=None,
            irt=None, refs=None, hcs="utf-8", henc="B", extra=None, pkw=None, what="", why="", neg_of=None,
            to_hdr=None, mx_tls=None, quote_names=False, meta=None):
    key = "%s-%02d" % (folder, num)
    r = rng(key, slug)
    ctx = Ctx(r, t, rcpt, frm[1], **(pkw or {}))
    p = profile(ctx)
    B = p["bnd"]
    if p["style"] == "gmail" and hcs == "utf-8":
        hcs = "UTF-8"
    part = body(B) if callable(body) else body
    t_mx = t + timedelta(seconds=p["delay"] + 1)

    helo, rdns, ip, tls = p["mx"]
    if mx_tls is not None:
        tls = mx_tls
    tls_txt = ""
    if tls:
        tls_txt = "\n\t" + (TLS12 if tls == "1.2" else TLS13)
    mx = ("from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s"
          % (helo, rdns, ip, tls_txt, "ESMTPS" if tls else "ESMTP", postfix_qid(r), rcpt,
             rfc2822_nopad(t_mx, "CET", True)))
    zone = p["zone"]
    date = rfc2822(t, zone) if p["style"] in ("outlook", "generic") else rfc2822_nopad(t, zone)
    if p["style"] == "gmail":
        date = rfc2822_nopad(t, zone)

    vals = {
        "From": fmt_addr(frm[0], frm[1], hcs, henc, quote_names),
        "To": to_hdr or addr_list(to, hcs, henc, quote_names),
        "Cc": addr_list(cc, hcs, henc, quote_names) if cc else None,
        "Reply-To": addr_list(reply_to, hcs, henc) if reply_to else None,
        "Subject": hdr_text(subject, hcs, henc),
        "Date": date,
        "Message-ID": p["msgid"],
        "In-Reply-To": irt,
        "References": refs,
        "MIME-Version": "1.0",
    }
    vals["CC"] = vals["Cc"]
    extras = []
    override = {k for k, _ in (extra or [])}
    merged = [(k, v) for k, v in p["extra"] if k not in override] + list(extra or [])
    for k, v in merged:
        if k == "Thread-Topic":
            if k in override:
                continue
            v = hdr_text(re.sub(r"^((RE|AW|WG|FW|R|I|Odp|ΑΠ|Ответ|RV|Fwd?):\s*)+", "", subject, flags=re.I), hcs, henc)
        if k in vals and k not in ("Sender",):
            vals[k] = v
            continue
        extras.append((k, v))
    hdrs = [("Return-Path", "<%s>" % p["return_path"] if p["return_path"] else "<>"), ("Received", mx)]
    hdrs += [("Received", h) for h in p["hops"]]
    hdrs += p["pre"]
    order = ORDERS[p["style"]]
    used = set()
    for name in order:
        if name == "*":
            for k, v in extras:
                if k in vals:
                    continue
                hdrs.append((k, v))
            continue
        if name == "@CONTENT":
            hdrs.append(("@CONTENT", None))
            continue
        if name in vals and name not in used:
            if name in ("CC",) and p["style"] != "outlook":
                continue
            if name == "Cc" and p["style"] == "outlook":
                continue
            used.add(name)
            hdrs.append((name, vals[name]))
        else:
            for k, v in extras:
                if k == name:
                    hdrs.append((k, v))
            extras = [(k, v) for k, v in extras if k != name]
    raw = serialize(hdrs, part)
    REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, raw=raw, what=what, why=why, msgid=p["msgid"],
                         neg_of=neg_of or [], frm=frm, rcpt=rcpt, subject=subject, **(meta or {})))
    return raw


def msgid_of(folder, num):
    for e in REGISTRY:
        if e["folder"] == folder and e["num"] == num:
            return e["msgid"]
    raise KeyError((folder, num))


# ------------------------------------------------------------------ bodies
def plain2html_outlook(text, charset, lang="DE"):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            paras.append("<p class=MsoNormal>%s<o:p></o:p></p>" % _linkify(html.escape(line, quote=False)))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head><body lang=%s link="#0563C1" vlink="#954F72" '
            'style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>\n'
            % (charset, lang, "\n".join(paras)))


def _linkify(s):
    return re.sub(r"(https?://[^\s<>&]+)", r'<a href="\1">\1</a>', s)


def plain2html_gmail(text):
    lines = []
    for para in text.split("\n\n"):
        lines.append("<div>%s</div>" % "<br>".join(_linkify(html.escape(l, quote=False)) for l in para.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(lines)


def plain2html_simple(text, font="Arial, sans-serif"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p>%s</p>" % "<br>\n".join(_linkify(html.escape(l, quote=False)) for l in para.split("\n")))
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family: %s; font-size: 14px;">\n%s\n</body></html>\n' % (font, "\n".join(out)))


def alt(B, i, plain, htm, cs="utf-8", cte="quoted-printable", hcte=None, quote=False, hcs=None):
    return Multi("alternative", [Text(plain, "plain", cs, cte, quote=quote),
                                 Text(htm, "html", hcs or cs, hcte or cte, quote=quote)], B(i))


def outlook_alt(B, i, plain, cs="iso-8859-1", cte="quoted-printable", lang="DE", quote=True):
    return alt(B, i, plain, plain2html_outlook(plain, cs, lang), cs, cte, quote=quote)


def gmail_alt(B, i, plain, cte="quoted-printable"):
    return alt(B, i, plain, plain2html_gmail(plain), "UTF-8", cte, quote=True)


def mixed(B, i, first, *atts):
    return Multi("mixed", [first] + list(atts), B(i))


def related(B, i, htm_part, *imgs):
    typ = "multipart/alternative" if isinstance(htm_part, Multi) else "text/html"
    return Multi("related", [htm_part] + list(imgs), B(i), params=['type="%s"' % typ])


def att(data, ctype, name, style="2047", ncs="utf-8", disp="attachment", cid=None, charset=None):
    return Binary(data, ctype, name, disp, cid, style, ncs, charset=charset)

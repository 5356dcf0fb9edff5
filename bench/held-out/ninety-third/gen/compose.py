"""Turn a message specification (dict) into RFC 5322 bytes plus a manifest row."""
import re

import docs
import infra
import profiles_bulk
import mime
import qr
import tpl
import zipcrypto

LANG_ZONE = {"de": "Europe/Berlin", "en": "Europe/London", "it": "Europe/Berlin",
             "pl": "Europe/Berlin", "es": "Europe/Berlin", "el": "Europe/Athens",
             "ru": "Europe/Moscow"}


# ------------------------------------------------------------ attachment helpers
def att_pdf(name, lines, title=None, producer="Microsoft\xae Word f\xfcr Microsoft 365",
            author="", when="D:20261013094112+02'00'", **kw):
    return dict(name=name, ctype="application/pdf",
                data=docs.make_pdf(lines, title=title or name, producer=producer,
                                   creation=when, author=author), **kw)


def att_zip(name, members, password=None, when=(2026, 10, 13, 9, 41, 12), **kw):
    mem = [(m, docs.PLACEHOLDER) if isinstance(m, str) else m for m in members]
    return dict(name=name, ctype="application/zip" if not kw.pop("x_zip", False)
                else "application/x-zip-compressed",
                data=zipcrypto.make_zip(mem, password=password, when=when, seed=name),
                password=password, **kw)


def att_png_qr(name, url, scale=6, **kw):
    return dict(name=name, ctype="image/png", data=qr.qr_png(url, scale=scale), qr=url, **kw)


def att_raw(name, ctype, data, **kw):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return dict(name=name, ctype=ctype, data=data, **kw)


# ------------------------------------------------------------ html styles
def _paras(text):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    return [b.split("\n") for b in blocks]


def _enc_html(s, charset):
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def html_from_text(text, style, charset, lang="de"):
    paras = _paras(text)
    if style == "outlook":
        body = []
        for lines in paras:
            for ln in lines:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (
                    mime.render_html_inline(ln) or "&nbsp;"))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang.upper(), "\n".join(body)))
    if style == "gmail":
        parts = []
        for lines in paras:
            parts.append("".join("<div>%s</div>" % (mime.render_html_inline(ln) or "<br>") for ln in lines))
        return '<div dir="ltr">' + "<div><br></div>".join(parts) + "</div>\n"
    if style == "tb":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n%s\n  </body>\n</html>\n'
                % (charset, "\n".join("    <p>%s</p>" % "<br>\n      ".join(mime.render_html_inline(ln) for ln in lines)
                                      for lines in paras)))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n%s\n</body></html>\n'
            % (charset, "\n".join("<p>%s</p>" % "<br>\n".join(mime.render_html_inline(ln) for ln in lines)
                                  for lines in paras)))


# ------------------------------------------------------------ header ordering
ORDERS = {
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                "Message-ID", "References", "In-Reply-To", "*", "@", "MIME-Version"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
                     "Message-ID", "MIME-Version", "@", "*"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject",
              "To", "Cc", "Reply-To", "*", "@"],
    "tb": ["Message-ID", "Date", "MIME-Version", "*", "Subject", "To", "Cc", "References",
           "From", "Reply-To", "In-Reply-To", "@"],
    "generic": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                "References", "*", "MIME-Version", "@"],
}


def build(spec):
    lang = spec["lang"]
    zone = spec.get("zone", LANG_ZONE[lang])
    t = infra.to_utc(spec["when"], zone)
    r = infra.R("%s-%s-%s" % (spec["kind"], spec["n"], spec["slug"]))
    frm_name, frm_addr = spec["frm"]
    to = spec["to"]
    rcpt = spec.get("rcpt", to[0][1])
    env_from = spec.get("env_from", frm_addr)
    ctx = dict(t=t, rcpt=rcpt, from_addr=frm_addr, from_domain=frm_addr.split("@")[1],
               from_local=frm_addr.split("@")[0], env_from=env_from,
               auth_id=spec.get("auth_id", env_from), cpuser=spec.get("cpuser", "nobody"),
               zone=zone)
    pname, pkw = spec["prof"]
    o = profiles_bulk.PROFILES[pname](ctx, r, **pkw)
    date_zone = spec.get("date_zone") or o.date_zone or zone
    if "env_from" not in spec and o.return_path:
        env_from = o.return_path
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcs = spec.get("hcs", "utf-8" if pname in ("gmail",) else cs)
    henc = spec.get("henc")

    # ---- body
    text = spec["text"]
    plain = mime.render_plain(text)
    parts_plain = mime.text_part(plain, "plain", cs, cte, wrap=spec.get("wrap", True),
                                 flowed=spec.get("flowed", False))
    body = parts_plain
    html = spec.get("html")
    if html:
        hcs_b = spec.get("html_cs", cs)
        hcte = spec.get("html_cte", cte if cte not in ("7bit", "8bit") else "quoted-printable")
        if html is True:
            html = html_from_text(text, spec.get("html_style", o.html_style), hcs_b, spec.get("html_lang", lang))
        elif html == "brand":
            html = tpl.brand_html(text, dict(spec["brand"], lang=lang), hcs_b)
        html = _enc_html(html, hcs_b)
        hp = mime.text_part(html, "html", hcs_b, hcte, wrap=False)
        if spec.get("html_only"):
            body = hp
        else:
            body = mime.multipart("alternative", [parts_plain, hp], o.boundaries["alternative"])
        inl = [a for a in spec.get("atts", []) if a.get("cid")]
        if inl:
            rel = [mime.attachment(a["data"], a["ctype"], a["name"], style=o.attach_style,
                                   inline=True, cid=a["cid"]) for a in inl]
            for rp, a in zip(rel, inl):
                rp.meta["qr"] = a.get("qr")
            body = mime.multipart("related", [body] + rel, o.boundaries["related"],
                                  extra_params=[("type", "multipart/alternative", True)]
                                  if not spec.get("html_only") else [("type", "text/html", True)])
    atts = [a for a in spec.get("atts", []) if not a.get("cid")]
    if atts:
        aps = []
        for a in atts:
            xp = [("charset", a.get("charset", "utf-8"), True)] if (
                a["ctype"].startswith("text/") or a["ctype"] == "image/svg+xml") and not a.get("nocharset") else []
            ap = mime.attachment(a["data"], a["ctype"], a["name"], style=o.attach_style,
                                 inline=a.get("inline", False), size=(o.order == "outlook"),
                                 extra_params=xp)
            ap.meta["qr"] = a.get("qr")
            ap.meta["password"] = a.get("password")
            aps.append(ap)
        top = mime.multipart("mixed", [body] + aps, o.boundaries["mixed"])
    else:
        top = body

    # ---- headers
    H = {}
    H["From"] = mime.addr(frm_name, frm_addr, hcs, henc)
    H["To"] = ", ".join(mime.addr(n, a, hcs, henc) for n, a in to)
    if spec.get("cc"):
        H["Cc"] = ", ".join(mime.addr(n, a, hcs, henc) for n, a in spec["cc"])
    if spec.get("reply_to"):
        H["Reply-To"] = mime.addr(spec["reply_to"][0], spec["reply_to"][1], hcs, henc)
    subj = spec["subject"]
    H["Subject"] = mime.header_text(subj, hcs, henc)
    H["Date"] = infra.rfc_date(t, date_zone)
    H["Message-ID"] = spec.get("msgid", o.msgid)
    if spec.get("irt"):
        H["In-Reply-To"] = spec["irt"]
        H["References"] = " ".join(spec.get("refs", [spec["irt"]]))
    H["MIME-Version"] = "1.0"
    topic = re.sub(r"^((RE|Re|AW|Aw|WG|Fwd|FW|R|I|ΑΠ|Απ|ΣΧΕΤ|Ответ|RE :|Odp|ODP|PD|RV)\s*:\s*)+", "", subj)
    has_att = "yes" if atts else ""
    post = [p.replace("{thread_topic}", mime.header_text(topic, hcs, henc)).replace("{has_attach}", has_att)
            for p in o.post]
    post = [p.rstrip() if not p.endswith(": ") else p.rstrip() for p in post]
    extra = list(spec.get("hdrs", []))
    order = ORDERS[o.order]
    lines = []
    for key in order:
        if key == "*":
            lines.extend(extra)
        elif key == "@":
            lines.extend(post)
        elif key in H:
            lines.append(mime.fold(key, H[key]))
    top_headers = ["Return-Path: <%s>" % env_from]
    mx_t = infra.sec(t, o.delay + r.int(0, 4))
    top_headers.append(infra.mx_received(o.client, rcpt, mx_t, r, tls=spec.get("tls", o.tls)))
    top_headers.extend(o.received)
    top_headers.extend(o.pre)
    # MIME-Version for outlook/generic orders comes after the Content-Type in
    # Exchange; emulate by moving it behind the part headers.
    trailer = []
    if o.order == "outlook":
        lines = [ln for ln in lines if not ln.startswith("MIME-Version")]
        trailer = ["MIME-Version: 1.0"]
    data = serialize(top, top_headers + lines, trailer,
                     preamble=o.order in ("outlook_smtp", "tb") or spec.get("preamble", False))
    row = dict(n=spec["n"], lang=lang, slug=spec["slug"], kind=spec["kind"],
               charset=_charsets(top), cte=_ctes(top), structure=mime.describe(top),
               what=spec["what"], why=spec["why"], pair=spec.get("pair"),
               frm=frm_addr, subject=subj)
    return data, row, top


def serialize(top, headers, trailer, preamble=True):
    hb = []
    for h in headers:
        hb.append(h)
    for h in top.header_lines():
        hb.append(h)
    hb.extend(trailer)
    data = "\r\n".join(hb).encode("ascii") + b"\r\n\r\n"
    if top.children:
        if preamble:
            data += b"This is a multi-part message in MIME format.\r\n\r\n"
        for c in top.children:
            data += b"--" + top.boundary.encode() + b"\r\n" + c.serialize() + b"\r\n"
        data += b"--" + top.boundary.encode() + b"--\r\n"
    else:
        data += top.body
        if not top.body.endswith(b"\r\n"):
            data += b"\r\n"
    return data


def _texts(part):
    if part.children:
        out = []
        for c in part.children:
            out += _texts(c)
        return out
    if part.ctype.startswith("text/") and not part.meta.get("filename"):
        return [part]
    return []


def _charsets(top):
    seen = []
    for p in _texts(top):
        if p.meta["charset"] not in seen:
            seen.append(p.meta["charset"])
    return " / ".join(seen)


def _ctes(top):
    seen = []
    for p in _texts(top):
        if p.meta["cte"] not in seen:
            seen.append(p.meta["cte"])
    return " / ".join(seen)

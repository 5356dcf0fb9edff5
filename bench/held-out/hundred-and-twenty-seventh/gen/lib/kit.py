"""Per-message toolkit: deterministic RNG, MIME part factories in the style of real clients,
attachment builders, and the final assembly through a sending system."""
import html as _html

from . import mime, systems, qr, png, pdf, office, ttf
from .util import rng_for, rstr, rhex, ruuid, ALNUM, HEXU, rfc_date, local, plus
from .mime import Part

REGISTRY = []


def message(kind, fname):
    def deco(fn):
        REGISTRY.append((kind, fname, fn))
        return fn
    return deco


class Msg:
    def __init__(self, kind, fname):
        self.kind = kind
        self.fname = fname
        self.lang = fname.split("-")[1]
        self.r = rng_for(fname)
        self.meta = dict(file=fname + ".eml", kind=kind, lang=self.lang, facts={}, passwords=[], qr=[],
                         phones=[], accounts=[], what="", why="", pair=None, wallets=[])
        self._bcount = 0

    # ------------------------------------------------------------ boundaries
    def boundary(self, style, level=0, server=None):
        r = self.r
        self._bcount += 1
        if style == "outlook":
            tag = ["_000_", "_004_", "_005_", "_006_"][level]
            if not getattr(self, "ms", None):
                self.ms_ids()
            srv, mid = self.ms
            return "%s%s%seurp_" % (tag, mid[1:].split("@")[0], srv.split(".")[0][:len(srv.split(".")[0])])
        if style == "exchange":
            tag = ["_000_", "_004_", "_005_", "_006_"][level]
            if not getattr(self, "ms", None):
                self.ex_ids()
            srv, mid = self.ms
            return "%s%s%s_" % (tag, mid[1:].split("@")[0], srv.replace(".", ""))
        if style == "gmail":
            return "000000000000" + rhex(r, 16)
        if style == "tb":
            return "------------" + rstr(r, 24, ALNUM)
        if style == "apple":
            return "Apple-Mail-" + ruuid(r, upper=True)
        if style == "php":
            return "b1=_" + rstr(r, 43, ALNUM)
        if style == "java":
            return "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2147483647),
                                            r.randint(1760000000000, 1767000000000))
        if style == "mc":
            return "_----------=_MCPart_%d" % r.randint(100000000, 2147483647)
        if style == "hex":
            return rhex(r, 64)
        if style == "yandex":
            return "----==--bound.%d.%s.yp-c.yandex.net" % (r.randint(100000, 999999),
                                                              "mail-sendbernar-production-main-%d.vla" % r.randint(10, 90))
        if style == "mailru":
            return "--ALT--%s%d" % (rstr(r, 8, ALNUM), r.randint(1000000000, 1999999999))
        if style == "gmx":
            return "abmob-" + ruuid(r)
        if style == "zimbra":
            return "=_%s" % ruuid(r)
        if style == "python":
            return "===============%019d==" % r.randint(10 ** 18, 10 ** 19 - 1)
        if style == "roundcube":
            return "=_" + rhex(r, 32)
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (level, r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32))

    def ms_ids(self, region="eurprd04"):
        srv = systems.ms_server(self.r, region)
        self.ms = (srv, systems.ms_msgid(self.r, srv))
        return self.ms

    def ex_ids(self, server="EXCH01"):
        srv = "%s.corp.example.com" % server
        self.ms = (srv, "<%s@%s>" % (rhex(self.r, 32), srv))
        return self.ms

    def onprem_ids(self, fqdn):
        self.ms = (fqdn, "<%s@%s>" % (rhex(self.r, 32), fqdn))
        return self.ms

    # ------------------------------------------------------------ parts
    def text(self, body, charset="utf-8", cte="quoted-printable", style="generic", subtype="plain", flowed=False,
             quoted=True, delsp=False):
        p = Part("text/" + subtype, body=body, charset=charset, cte=cte, style=style, charset_quoted=quoted)
        if flowed:
            p.params.append(("format", "flowed"))
            if delsp:
                p.params.append(("delsp", "yes"))
        return p

    def html(self, body, charset="utf-8", cte="quoted-printable", style="generic", quoted=True):
        return Part("text/html", body=body, charset=charset, cte=cte, style=style, charset_quoted=quoted)

    def multi(self, sub, children, style="generic", level=0, server=None, params=None, preamble=None):
        b = self.boundary(style, level, server)
        p = Part("multipart/" + sub, children=children, boundary=b, style=style, preamble=preamble)
        if params:
            p.params += params
        return p

    def attach(self, data, ctype, filename, style="generic", cte="base64", disposition="attachment", fstyle=None,
               cid=None, name_param=True, size=False, description=None, dates=None):
        fs = fstyle or {"outlook": "utf-8:B", "gmail": "UTF-8:B", "tb": "2231", "apple": "utf-8:Q",
                        "exchange": "utf-8:B"}.get(style, "utf-8:B")
        p = Part(ctype, body=data, cte=cte, filename=filename, disposition=disposition, fstyle=fs,
                 dstyle=fs, style=style, cid=cid, name_param=name_param, size_param=size, description=description,
                 date_params=dates)
        return p

    def png_inline(self, data, filename, cid, style="outlook"):
        return self.attach(data, "image/png", filename, style=style, disposition="inline", cid=cid,
                           description=filename if style == "outlook" else None, size=(style == "outlook"))

    # ------------------------------------------------------------ content helpers
    def qr_matrix(self, payload, ecl="M"):
        self.meta["qr"].append(payload)
        return qr.encode(payload.encode("utf-8") if isinstance(payload, str) else payload, ecl)

    def qr_png(self, payload, scale=6, ecl="M"):
        return png.qr_png(self.qr_matrix(payload, ecl), scale=scale)

    def pdf(self, **kw):
        return pdf.PDF(self.r, **kw)

    def zip(self, entries, password=None):
        if password:
            self.meta["passwords"].append(password)
        return office.make_zip(entries, rng=self.r, password=password)

    def facts(self, **kw):
        for k, v in kw.items():
            self.meta["facts"].setdefault(k, [])
            self.meta["facts"][k] += list(v)

    def phone(self, *nums):
        self.meta["phones"] += list(nums)

    def describe(self, what, why, pair=None):
        self.meta["what"] = what
        self.meta["why"] = why
        self.meta["pair"] = pair

    # ------------------------------------------------------------ assembly
    def ctx(self, t, sender, to, subject, root, **kw):
        name, addr = sender
        return systems.Ctx(self.r, t, name, addr, to, subject, root, **kw)

    def finish(self, ctx, res):
        eml = systems.finish(ctx, res)
        return eml


# ------------------------------------------------------------------ text utilities
def html_escape(s):
    return _html.escape(s, quote=False)


def paras_to_html(text, pstyle=""):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html_escape(x) for x in para.split("\n")]
        out.append("<p%s>%s</p>" % ((' style="%s"' % pstyle) if pstyle else "", "<br>\n".join(lines)))
    return "\n".join(out)


def outlook_html(text, lang="DE", font="Calibri", sig_html="", quote_html="", extra_head=""):
    """Word-generated HTML as Outlook writes it."""
    body_paras = []
    for para in text.strip("\n").split("\n\n"):
        for line in para.split("\n"):
            body_paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(line) if line else "&nbsp;"))
        body_paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.%%STYLENAME%%\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n%s\n</div>\n</body>\n</html>\n' % (
                extra_head, font, font, lang, "\n".join(body_paras), sig_html, quote_html)).replace(
        "%%STYLENAME%%", {"DE": "E-MailFormatvorlage17", "IT": "StileMessaggioDiPostaElettronica17", "ES": "EstiloCorreo17",
                          "PL": "StylWiadomociEmail17"}.get(lang, "EmailStyle17"))


def finalize_html(h, charset):
    return h.replace("%%CHARSET%%", charset)


def gmail_html(text, quote_html=""):
    paras = []
    for para in text.strip("\n").split("\n\n"):
        paras.append("<div>%s</div>" % "<br>".join(html_escape(x) for x in para.split("\n")))
    return '<div dir="ltr">%s</div>%s\n' % ("<div><br></div>".join(paras), quote_html)


def quote_plain(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ------------------------------------------------------------------ body factories per client
OUTLOOK_HDR = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def outlook_quote(lang, frm, sent, to, subject, body, cc=None):
    L = OUTLOOK_HDR[lang]
    head = "%s: %s\n%s: %s\n%s: %s\n" % (L[0], frm, L[1], sent, L[2], to)
    if cc:
        head += "%s: %s\n" % (L[3], cc)
    head += "%s: %s\n" % (L[4], subject)
    plain = "\n" + head + "\n" + body.strip("\n") + "\n"
    hh = "<br>\n".join("<b>%s</b> %s" % (html_escape(l.split(": ", 1)[0] + ":"), html_escape(l.split(": ", 1)[1]))
                       for l in head.strip().split("\n"))
    htm = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
           '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s'
           '<o:p></o:p></span></p>\n</div>\n%s' % (hh, "\n".join(
               '<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(x) if x else "&nbsp;") for x in body.strip("\n").split("\n"))))
    return plain, htm


def _outlook_alt(m, text, charset, lang_attr, quote, style, level, cte_plain, cte_html, sig_html="", font="Calibri"):
    plain = text + (quote[0] if quote else "")
    htm = finalize_html(outlook_html(text, lang=lang_attr, sig_html=sig_html, quote_html=(quote[1] if quote else ""),
                                     font=font), charset)
    return m.multi("alternative", [m.text(plain, charset, cte_plain, style=style),
                                   m.html(htm, charset, cte_html, style=style)], style=style, level=level)


def outlook_body(m, text, charset="utf-8", lang_attr="DE", attachments=(), inline=(), quote=None, style="outlook",
                 cte_plain="quoted-printable", cte_html="quoted-printable", sig_html=""):
    """Outlook/Exchange structure: alternative, or related for inline images, or mixed for attachments."""
    if inline:
        imgs = "".join('<p class="MsoNormal"><img width="%d" height="%d" style="width:%d;height:%d" id="Grafik_%d" '
                       'src="cid:%s" alt="%s"><o:p></o:p></p>' % (w, h, w, h, i + 1, cid, html_escape(fn))
                       for i, (data, fn, cid, w, h) in enumerate(inline))
        alt = _outlook_alt(m, text, charset, lang_attr, quote, style, 0, cte_plain, cte_html, sig_html=sig_html + imgs)
        parts = [alt] + [m.png_inline(data, fn, cid, style=style) for data, fn, cid, w, h in inline]
        body = m.multi("related", parts, style=style, level=2, params=[("type", '"multipart/alternative"')])
    else:
        body = _outlook_alt(m, text, charset, lang_attr, quote, style, 0, cte_plain, cte_html, sig_html=sig_html)
    if attachments:
        return m.multi("mixed", [body] + list(attachments), style=style, level=1)
    return body


def gmail_body(m, text, attachments=(), quote=None, html_text=None):
    plain = text + (quote[0] if quote else "")
    htm = html_text or gmail_html(text, quote_html=(quote[1] if quote else ""))
    cte_p = "quoted-printable" if (not all(ord(c) < 128 for c in plain) or any(len(l) > 76 for l in plain.split("\n"))) else None
    cte_h = "quoted-printable" if (not all(ord(c) < 128 for c in htm) or any(len(l) > 76 for l in htm.split("\n"))) else None
    alt = m.multi("alternative", [m.text(plain, "UTF-8", cte_p, style="gmail"),
                                  m.html(htm, "UTF-8", cte_h, style="gmail")], style="gmail")
    if attachments:
        return m.multi("mixed", [alt] + list(attachments), style="gmail")
    return alt


def gmail_quote(lang, when, who, body):
    intro = {"de": "Am %s schrieb %s:", "en": "On %s, %s wrote:", "it": "Il giorno %s %s ha scritto:",
             "es": "El %s, %s escribió:", "pl": "%s %s napisał(a):", "el": "Στις %s, ο/η %s έγραψε:",
             "ru": "%s, %s:"}[lang] % (when, who)
    plain = "\n\n" + intro + "\n\n" + quote_plain(body) + "\n"
    htm = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
           'padding-left:1ex">%s</blockquote></div>' % (html_escape(intro), "<br>".join(html_escape(x) for x in body.strip().split("\n"))))
    return plain, htm


def tb_body(m, text, charset="UTF-8", attachments=(), flowed=True, cte="8bit", html_text=None):
    if html_text:
        body = m.multi("alternative", [m.text(text, charset, cte, style="tb", flowed=flowed, quoted=False),
                                       m.html(html_text, charset, cte, style="tb", quoted=False)], style="tb")
    else:
        body = m.text(text, charset, cte, style="tb", flowed=flowed, quoted=False)
    if attachments:
        return m.multi("mixed", [body] + list(attachments), style="tb")
    return body


def tb_quote(lang, when, who, body):
    intro = {"de": "Am %s schrieb %s:", "en": "On %s, %s wrote:", "pl": "W dniu %s, %s pisze:",
             "it": "Il %s, %s ha scritto:", "es": "El %s, %s escribió:", "el": "Στις %s, ο/η %s έγραψε:",
             "ru": "%s, %s пишет:"}[lang] % (when, who)
    return "\n\n" + intro + "\n" + quote_plain(body) + "\n"

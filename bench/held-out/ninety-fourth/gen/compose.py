"""Assemble a message: envelope hops, headers in the sender's style, MIME body."""

import html as _html
import random
import re

import infra as I
import mime as M
import world as W
import pdf as P
import qr as Q
import zipc as Z

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
URL = re.compile(r"(https?://[^\s<>\"]+)")


# ------------------------------------------------------------- text ------
def plain(text, style="angle"):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if style == "angle":
            return "%s <%s>" % (label, url)
        if style == "colon":
            return "%s: %s" % (label, url)
        if style == "label":
            return label
        return "%s [%s]" % (label, url)
    return LINK.sub(rep, text)


def _inline_html(s):
    out = []
    pos = 0
    for m in LINK.finditer(s):
        out.append(_autolink(_html.escape(s[pos:m.start()], quote=False)))
        out.append('<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(_autolink(_html.escape(s[pos:], quote=False)))
    return "".join(out)


def _autolink(s):
    return URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)


def _paras(text):
    return [p.split("\n") for p in text.strip("\n").split("\n\n")]


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n'
                '\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style></head><body lang=%s link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>')


def to_html(text, style, cs, lang="DE"):
    paras = _paras(text)
    if style == "outlook":
        body = []
        for p in paras:
            for ln in p:
                body.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (_inline_html(ln) or "&nbsp;"))
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        return OUTLOOK_HEAD % (cs, lang) + "\n".join(body) + "</div></body></html>"
    if style == "gmail":
        ps = ["<br>".join(_inline_html(ln) for ln in p) for p in paras]
        return '<div dir="ltr">' + "<div><br></div>".join("<div>%s</div>" % x for x in ps) + "</div>\n"
    if style == "tb":
        ps = "\n".join("    <p>%s</p>" % "<br>\n      ".join(_inline_html(ln) for ln in p) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (cs, ps))
    if style == "web":
        ps = "".join("<div>%s</div><div>&nbsp;</div>" % "<br>".join(_inline_html(ln) for ln in p) for p in paras)
        return '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">%s</div></body></html>\n' % ps
    if style == "news":
        ps = "\n".join('<tr><td style="padding:8px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;'
                       'line-height:22px;color:#333333;">%s</td></tr>' % "<br>".join(_inline_html(ln) for ln in p) for p in paras)
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>\n<body style="margin:0;padding:0;background:#f2f2f2;">\n'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
                '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n%s\n'
                '</table></td></tr></table>\n</body></html>\n' % (cs, ps))
    raise ValueError(style)


# ----------------------------------------------------------- parts -------
def text(t, cs="utf-8", cte="quoted-printable", link_style="angle"):
    return M.Leaf("text/plain", plain(t, link_style), cs, cte)


def html(h, cs="utf-8", cte="quoted-printable"):
    return M.Leaf("text/html", h, cs, cte)


def alt(t, cs="utf-8", cte="quoted-printable", style="outlook", lang="DE", hcte=None, link_style="angle", h=None):
    return M.Multi("alternative", [text(t, cs, cte, link_style),
                                   html(h or to_html(t, style, cs, lang), cs, hcte or cte)], None)


def mixed(*parts):
    return M.Multi("mixed", list(parts), None)


def related(html_leaf, *imgs):
    return M.Multi("related", [html_leaf] + list(imgs), None, extra_params=' type="text/html";')


def att(ctype, name, data, cte="base64", inline=False, note=None, **kw):
    lf = M.Leaf(ctype, data, None, cte, filename=name, disposition="inline" if inline else "attachment", **kw)
    lf.note = note
    return lf


def att_pdf(name, lines, title="", producer=None, creator=None, date=None, qr=None, note=None, **kw):
    a = {}
    if producer:
        a["producer"] = producer
    if creator:
        a["creator"] = creator
    if date:
        a["date"] = date
    if qr:
        a["qr_matrix"] = Q.qr_matrix(qr)
    data = P.make_pdf(lines, title=title, **a)
    return att("application/pdf", name, data, note=note or ("PDF, text only" + (", QR code to %s" % qr if qr else "")), **kw)


def att_zip(name, entries, password=None, dt=(2026, 10, 1, 9, 0, 0), note=None, seed=None, **kw):
    ents = [(n, c, dt) for n, c in entries]
    data = Z.make_zip(ents, password=password, seed=seed or name)
    desc = "ZIP%s containing %s" % (" (ZipCrypto, password '%s')" % password if password else "",
                                    ", ".join("'%s'" % n for n, _ in entries))
    return att(kw.pop("ctype", "application/zip"), name, data, note=note or desc + "; one-line inert placeholder", **kw)


def png_qr(url, name="qr.png", cid=None, inline=True, scale=5):
    data = Q.qr_png(url, scale=scale)
    lf = M.Leaf("image/png", data, None, "base64", filename=name, disposition="inline" if inline else "attachment",
                cid=cid)
    lf.note = "PNG QR code -> %s" % url
    return lf


def att_text(ctype, name, content, cs="utf-8", cte="base64", note=None, **kw):
    lf = M.Leaf(ctype, content, cs, cte, filename=name, disposition="attachment", **kw)
    lf.note = note
    return lf


# ------------------------------------------------------------ boundaries -
def _boundary(style, rng, depth, counter, msgid, subtype="mixed"):
    if style == "outlook":
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (depth, counter, rng.getrandbits(32), rng.getrandbits(32))
    if style == "exchange":
        local = re.sub(r"[^A-Za-z0-9]", "", msgid.strip("<>").split("@")[0] + msgid.split("@")[1][:14])
        return "_%03d_%s_" % ({"mixed": 4, "alternative": 0, "related": 2}.get(subtype, 6 + counter), local)
    if style == "gmail":
        return "000000000000" + I.hx(rng, 16)
    if style == "thunderbird":
        return "------------" + I.rs(rng, I.ALNUM, 24)
    if style in ("javamail", "brevo", "paypal"):
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9),
                                        rng.randrange(10 ** 12, 10 ** 13))
    if style == "roundcube":
        return "=_" + I.hx(rng, 32)
    if style == "wp":
        return "--=_WP_" + I.hx(rng, 24)
    if style == "yandex":
        return "----==--bound.%d.%s.yp-c.yandex.net" % (rng.randrange(10 ** 5, 10 ** 6), "myt" + str(rng.randrange(1, 9)) + "-" + I.hx(rng, 12))
    if style == "mailru":
        return "----ALT--%s%d" % (I.hx(rng, 32, True), rng.randrange(10 ** 9, 10 ** 10))
    if style == "sendgrid":
        return I.hx(rng, 64)
    if style == "mailgun":
        return I.hx(rng, 32)
    if style == "mailchimp":
        return "_----------=_MCPart_%d" % rng.randrange(10 ** 8, 10 ** 9)
    if style == "github":
        return "--==_mimepart_%s_%s" % (I.hx(rng, 13), I.hx(rng, 5))
    if style == "msnotify":
        return "--boundary_%d_%s" % (rng.randrange(0, 99), I.uuid(rng))
    if style == "docusign":
        return "----=_NextPart_%s" % I.uuid(rng)
    if style == "apple":
        return "Apple-Mail=_" + I.uuid(rng, True)
    if style == "phpmailer":
        return "b1=_" + I.rs(rng, I.ALNUM, 43)
    return "=_" + I.hx(rng, 32)


def _assign(node, style, rng, msgid, depth=0, counter=[0]):
    if isinstance(node, M.Multi):
        if node.boundary is None:
            counter[0] += 1
            node.boundary = _boundary(style, rng, depth, counter[0], msgid, node.subtype)
        for p in node.parts:
            _assign(p, style, rng, msgid, depth + 1, counter)


def _has_attach(node):
    if isinstance(node, M.Multi):
        return any(_has_attach(p) for p in node.parts)
    return bool(node.filename) and node.disposition == "attachment"


def _leaves(node):
    if isinstance(node, M.Multi):
        for p in node.parts:
            yield from _leaves(p)
    else:
        yield node


ORDERS = {
    "exchange": ["FROM", "TO", "CC", "RT", "SUBJ", "MUA", "DATE", "MID", "REFS", "IRT", "POST", "XH", "CT", "MIME"],
    "gmail": ["MIME", "REFS", "IRT", "FROM", "DATE", "MID", "SUBJ", "TO", "CC", "RT", "XH", "CT"],
    "outlook": ["FROM", "TO", "CC", "RT", "REFS", "IRT", "SUBJ", "DATE", "MID", "MIME", "CT", "MUA", "XH", "POST"],
    "thunderbird": ["CT", "MID", "DATE", "MIME", "MUA", "SUBJ", "TO", "CC", "REFS", "FROM", "RT", "IRT", "XH"],
    "webmail": ["DATE", "FROM", "TO", "CC", "RT", "MID", "IRT", "REFS", "SUBJ", "MIME", "CT", "MUA", "XH", "POST"],
    "roundcube": ["MIME", "DATE", "FROM", "TO", "CC", "SUBJ", "RT", "IRT", "REFS", "MUA", "MID", "XH", "CT", "POST"],
    "yandex": ["FROM", "TO", "CC", "RT", "IRT", "REFS", "SUBJ", "MIME", "MUA", "DATE", "MID", "XH", "CT"],
    "esp": ["MUA", "FROM", "RT", "TO", "SUBJ", "DATE", "MID", "MIME", "XH", "CT", "POST"],
    "service": ["DATE", "FROM", "RT", "TO", "MID", "SUBJ", "MIME", "XH", "CT", "POST"],
    "generic": ["FROM", "TO", "CC", "RT", "SUBJ", "DATE", "MID", "MIME", "XH", "CT", "MUA", "POST"],
}


class Mail:
    def __init__(self, n, lang, slug, folder, via, frm, to, subject, date, zone, body,
                 cc=None, reply_to=None, rcpt=None, hcs="utf-8", henc="B", xh=None, irt=None, refs=None,
                 what="", why="", hn=None, rp=None, to_raw=None, via_kw=None, addr_quote=False, struct_note=None,
                 msgid=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    @property
    def fname(self):
        return "%02d-%s-%s.eml" % (self.n, self.lang, self.slug)

    def _addr(self, pair):
        name, a = pair
        return M.addr(name, a, self.hcs, self.henc, quote_always=self.addr_quote)

    def build(self):
        rng = random.Random("%s-%02d-%s" % (self.folder, self.n, self.slug))
        utc = W.to_utc(self.date, self.zone)
        rcpt = self.rcpt or self.to[0][1]
        env = I.Env(rng, utc, self.zone, self.frm[1], rcpt)
        rt = self.via(env, **(self.via_kw or {}))
        if self.msgid:
            rt["msgid"] = self.msgid
        mx_t = utc + W.secs(rng.randrange(3, 12))
        helo, rdns, ip = rt["client"]
        top = [("Return-Path: <%s>" % (self.rp or rt["rp"] or self.frm[1]))]
        top.append(I.mx01(helo, rdns, ip, rcpt, mx_t, rng, rt["tls"]))
        top += rt["below"]
        top += rt["pre"]
        _assign(self.body, rt["bstyle"], rng, rt["msgid"], 0, [0])
        has_att = _has_attach(self.body)
        subj_enc = M.ew(self.subject, self.hcs, self.henc)
        H = {}
        H["FROM"] = [M.fold("From", self._addr(self.frm))]
        H["TO"] = [M.fold("To", self.to_raw or ", ".join(self._addr(a) for a in self.to))]
        H["CC"] = [M.fold("Cc", ", ".join(self._addr(a) for a in self.cc))] if self.cc else []
        H["RT"] = [M.fold("Reply-To", self._addr(self.reply_to))] if self.reply_to else []
        H["SUBJ"] = [M.fold("Subject", subj_enc)]
        H["DATE"] = ["Date: " + W.rfc_date(utc, self.zone)]
        H["MID"] = ["Message-ID: " + rt["msgid"]]
        H["REFS"] = [M.fold("References", self.refs)] if self.refs else []
        H["IRT"] = ["In-Reply-To: " + self.irt] if self.irt else []
        H["MIME"] = ["MIME-Version: 1.0"]
        bh = self.body.headers()
        H["CT"] = bh
        topic = re.sub(r"^((RE|AW|WG|FW|FWD|R|I|RV|ΑΠ|ΣΧΕΤ|Re|Odp|Ответ|Fwd|PD|RIF):\s*)+", "", self.subject, flags=re.I)

        def fix(hs):
            out = []
            for h in hs:
                if h == "Thread-Topic":
                    out.append(M.fold("Thread-Topic", M.ew(topic, self.hcs, self.henc)))
                elif h == "Thread-Index":
                    out.append("Thread-Index: " + I.thread_index(rng))
                elif h == "X-MS-Has-Attach":
                    out.append("X-MS-Has-Attach:" + (" yes" if has_att else ""))
                else:
                    out.append(h)
            return out
        H["MUA"] = fix(rt["mua"])
        H["POST"] = fix(rt["post"])
        H["XH"] = list(self.xh or [])
        hdrs = []
        for k in ORDERS[rt["order"]]:
            hdrs += H[k]
        head = "\r\n".join(top + hdrs)
        body = self.body.serialize(with_headers=False)
        data = head.encode("ascii") + b"\r\n\r\n" + body
        return data

    # ------------------------------------------------------ manifest ---
    def manifest_row(self):
        t = M.first_text(self.body)
        cs = t.charset if t is not None else "-"
        cte = t.cte if t is not None else "-"
        return "| %s | %s | %s | %s | %s | %s | %s |" % (
            self.fname, self.lang, cs, cte, self.structure(), self.what, self.why)

    def structure(self):
        def d(node):
            if isinstance(node, M.Multi):
                return "multipart/%s [%s]" % (node.subtype, ", ".join(d(p) for p in node.parts))
            s = node.ctype
            if node.filename:
                s += " `%s`" % node.filename
                if getattr(node, "note", None):
                    s += " (%s)" % node.note
            return s
        s = d(self.body)
        if self.struct_note:
            s += "; " + self.struct_note
        return s.replace("|", "/")

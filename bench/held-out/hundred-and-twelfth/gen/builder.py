"""Per-message builder: collects envelope, trace, headers, body and
manifest metadata, then renders an RFC 5322 message."""
import datetime as _dt
import html as _html
import random

import infra
import mime
from mime import Part

REGISTRY = []


def register(kind, lang, slug):
    def deco(fn):
        REGISTRY.append((kind, lang, slug, fn))
        return fn
    return deco


STYLE_ORDER = {
    "exchange": ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                 "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                 "X-MS-TNEF-Correlator", "*extra", "__CT__", "MIME-Version"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                     "MIME-Version", "__CT__", "X-Mailer", "Thread-Index", "Content-Language", "*extra"],
    "gmail": ["*extra", "MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To",
              "Cc", "Reply-To", "__CT__"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc",
                    "References", "From", "Reply-To", "Subject", "In-Reply-To", "*extra", "__CT__"],
    "apple": ["__CT__", "Mime-Version", "Subject", "From", "In-Reply-To", "Date", "Cc", "Message-Id", "References",
              "To", "Reply-To", "X-Mailer", "*extra"],
    "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References", "Reply-To",
                  "Message-ID", "*extra", "__CT__"],
    "phpmailer": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "*extra", "MIME-Version",
                  "__CT__"],
    "esp": ["*extra", "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "List-Unsubscribe",
            "List-Unsubscribe-Post", "List-Id", "__CT__"],
    "webmail": ["Message-ID", "MIME-Version", "From", "To", "Cc", "Subject", "In-Reply-To", "References",
                "Reply-To", "Date", "*extra", "__CT__"],
    "thebat": ["Date", "From", "Reply-To", "X-Mailer", "Message-ID", "To", "Cc", "Subject", "In-Reply-To",
               "References", "MIME-Version", "*extra", "__CT__"],
    "generic": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To", "References",
                "MIME-Version", "*extra", "__CT__"],
}


class B:
    def __init__(self, kind, num, lang, slug):
        self.kind, self.num, self.lang, self.slug = kind, num, lang, slug
        self.rng = random.Random("%s-%02d-%s" % (kind, num, slug))
        self.t = None
        self.mail_from = None
        self.rcpt = None
        self.trace = None
        self.hdr = {}
        self.extra = []
        self.extra_top = []
        self.style = "generic"
        self.root = None
        self.what = ""
        self.why = ""
        self.notes = ""
        self.date_override = None
        self.bidx = 0
        self.msgid_domain = None
        self.date_zone = None
        self.qr_note = None

    # --- envelope / time -------------------------------------------------
    def at(self, y, mo, d, h, mi, s=0, zone="DE"):
        self.t = mime.local_to_utc(y, mo, d, h, mi, s, zone)
        return self

    def env(self, mail_from, rcpt):
        self.mail_from, self.rcpt = mail_from, rcpt
        return self

    def via(self, trace):
        self.trace = trace
        return self

    # --- headers -----------------------------------------------------------
    def set(self, name, value):
        self.hdr[name] = value
        return self

    def h(self, name, value):
        self.extra.append((name, value))
        return self

    def frm(self, name, addr, cs="utf-8", enc="Q", quote=False):
        self.hdr["From"] = mime.address(name, addr, cs, enc, quote_always=quote)
        return self

    def to(self, *pairs, cs="utf-8", enc="Q", outlook_quotes=False, key="To"):
        vals = []
        for name, addr in pairs:
            if outlook_quotes and name and mime.is_ascii(name):
                vals.append("\"'%s'\" <%s>" % (name, addr))
            else:
                vals.append(mime.address(name, addr, cs, enc))
        self.hdr[key] = ",\n\t".join(vals) if len(", ".join(vals)) > 60 else ", ".join(vals)
        return self

    def cc(self, *pairs, cs="utf-8", enc="Q", outlook_quotes=False):
        key = "CC" if self.style == "exchange" else "Cc"
        return self.to(*pairs, cs=cs, enc=enc, outlook_quotes=outlook_quotes, key=key)

    def reply_to(self, name, addr, cs="utf-8", enc="Q"):
        self.hdr["Reply-To"] = mime.address(name, addr, cs, enc)
        return self

    def subject(self, text, cs="utf-8", enc="Q", mode="words"):
        self.subject_text = text
        if self.style == "gmail" and cs == "utf-8":
            self.hdr["Subject"] = mime.unstructured(text, cs, enc, cs_label="UTF-8", mode="whole")
            self._subj_args = (cs, enc, "whole")
            return self
        self.hdr["Subject"] = mime.unstructured(text, cs, enc, mode=mode)
        self._subj_args = (cs, enc, mode)
        return self

    def thread(self, parent_ids):
        self.hdr["References"] = "\n ".join(parent_ids) if len(" ".join(parent_ids)) > 70 else " ".join(parent_ids)
        self.hdr["In-Reply-To"] = parent_ids[-1]
        return self

    # --- ids ---------------------------------------------------------------
    def boundary(self):
        self.bidx += 1
        return infra.make_boundary(self._bstyle(), self.rng, self.t, self.bidx - 1, self.msgid())

    def msgid(self):
        if "Message-ID" in self.hdr:
            return self.hdr["Message-ID"]
        rng = self.rng
        dom = self.msgid_domain or (self.mail_from.split("@")[1] if self.mail_from else "localhost")
        if self.trace and self.trace.msgid:
            mid = self.trace.msgid
        elif self.style == "outlook_smtp":
            ft = infra.filetime(self.t)
            mid = "<%04x%08x$%08x$%08x$@%s>" % (rng.randrange(0, 0x60), ft >> 32, ft & 0xFFFFFFFF,
                                                rng.getrandbits(32), dom)
        elif self.style == "thunderbird":
            mid = "<%s@%s>" % (infra.uuid_from(rng), dom)
        elif self.style == "apple":
            mid = "<%s@%s>" % (infra.uuid_from(rng, upper=True), dom)
        elif self.style == "phpmailer":
            mid = "<%s@%s>" % (infra.alnum(rng, 43), dom)
        elif self.style == "thebat":
            local, _, _ = mime.localize(self.t, self.trace.zone if self.trace else "RU")
            mid = "<%d.%s@%s>" % (rng.randrange(10 ** 8, 2 * 10 ** 9), local.strftime("%Y%m%d%H%M%S"), dom)
        else:
            mid = "<%s@%s>" % (infra.hexs(rng, 24), dom)
        self.hdr["Message-ID"] = mid
        return mid

    # --- body helpers --------------------------------------------------------
    def _cslabel(self, cs, kw):
        if "cs_label" not in kw and cs == "utf-8" and self.style in ("gmail", "thunderbird"):
            kw["cs_label"] = "UTF-8"
        return kw

    def text(self, body, cs="utf-8", cte="quoted-printable", flowed=False, **kw):
        return Part("text/plain", body=body, charset=cs, cte=cte, format_flowed=flowed, **self._cslabel(cs, kw))

    def html(self, body, cs="utf-8", cte="quoted-printable", **kw):
        return Part("text/html", body=body, charset=cs, cte=cte, **self._cslabel(cs, kw))

    def alt(self, *parts):
        return Part("multipart/alternative", parts=list(parts), boundary=self.boundary())

    def mixed(self, *parts):
        return Part("multipart/mixed", parts=list(parts), boundary=self.boundary())

    def related(self, *parts, type_="text/html"):
        return Part("multipart/related", parts=list(parts), boundary=self.boundary(),
                    params=[("type", '"%s"' % type_)])

    def attach(self, ctype, data, filename, cte="base64", inline=False, fname_style="rfc2231",
               fname_charset="utf-8", cid=None, disp_params=None, name_param=True):
        return Part(ctype, body=data, cte=cte, disposition="inline" if inline else "attachment",
                    filename=filename, fname_style=fname_style, fname_charset=fname_charset, cid=cid,
                    disp_params=disp_params, name_param=name_param)

    def exchange_attach_params(self, size):
        d = mime.rfcdate(self.t - _dt.timedelta(minutes=self.rng.randrange(3, 300)), "UTC").replace("+0000", "GMT")
        return ["size=%d" % size, 'creation-date="%s"' % d, 'modification-date="%s"' % d]

    def body(self, part):
        self.root = part
        return self

    def meta(self, what, why, notes=""):
        self.what, self.why, self.notes = what, why, notes
        return self

    # --- render ----------------------------------------------------------
    def render(self):
        tr = self.trace
        assert self.t and self.rcpt and tr and self.root is not None, self.slug
        rng = self.rng
        mid = self.msgid()
        qid = infra.postfix_qid(rng)
        top = [("Return-Path", "<%s>" % (tr.return_path or self.mail_from)),
               ("Received", infra.mx01_received(tr.client[0], tr.client[1], tr.client[2], self.t, self.rcpt, qid,
                                                tls=tr.tls))]
        top += tr.hops
        top += self.extra_top
        zone = self.date_zone or tr.zone
        lag = tr.date_lag + rng.randrange(0, 3)
        dt = self.t - _dt.timedelta(seconds=lag)
        if self.date_override:
            dt = self.date_override
        if "Date" not in self.hdr:
            self.hdr["Date"] = mime.rfcdate(dt, zone) + (" (UTC)" if zone == "UTC" and self.style == "esp" else "")
        self.hdr.setdefault("MIME-Version", "1.0")
        if self.style == "apple":
            self.hdr.pop("MIME-Version", None)
            self.hdr["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
            if "Message-ID" in self.hdr:
                self.hdr["Message-Id"] = self.hdr.pop("Message-ID")
        if self.style == "exchange":
            subj = getattr(self, "subject_text", "")
            topic = subj
            for p in ("AW: ", "WG: ", "RE: ", "Re: ", "FW: ", "R: ", "I: ", "ΑΠ: ", "RE:", "Odp: ", "RV: "):
                if topic.startswith(p):
                    topic = topic[len(p):]
            cs, enc, mode = getattr(self, "_subj_args", ("utf-8", "Q", "words"))
            self.hdr.setdefault("Thread-Topic", mime.unstructured(topic, cs, enc, mode=mode))
            self.hdr.setdefault("Thread-Index", infra.thread_index(rng, self.t, 1 if "In-Reply-To" in self.hdr else 0))
            has_att = any(p.disposition == "attachment" for p in mime.walk(self.root))
            self.hdr.setdefault("X-MS-Has-Attach", "yes" if has_att else "")
            self.hdr.setdefault("X-MS-TNEF-Correlator", "")
        if self.style == "outlook_smtp":
            self.hdr.setdefault("X-Mailer", "Microsoft Outlook 16.0")
            self.hdr.setdefault("Thread-Index", infra.thread_index(rng, self.t, 1 if "In-Reply-To" in self.hdr else 0))
        order = STYLE_ORDER[self.style]
        heads = list(top)
        used = set()
        for key in order:
            if key == "*extra":
                heads += tr.extra
                heads += self.extra
                continue
            if key == "__CT__":
                heads.append(("__CT__", None))
                continue
            if key in self.hdr:
                heads.append((key, self.hdr[key]))
                used.add(key)
        leftovers = [(k, v) for k, v in self.hdr.items() if k not in used]
        if leftovers:
            idx = next(i for i, (k, _) in enumerate(heads) if k == "__CT__")
            heads[idx:idx] = leftovers
        self._reboundary()
        msg = mime.Message(heads, self.root)
        return msg.to_bytes()

    def _reboundary(self):
        """Assign boundaries top-down (outer part first), as mail programs do."""
        style = self._bstyle()
        if style not in ("outlook_smtp", "exchange"):
            return
        counter = self.rng.randrange(1, 0x40)
        idx = 0
        for p in mime.walk(self.root):
            if p.is_multipart:
                p.boundary = infra.make_boundary(style, self.rng, self.t, idx, self.msgid(), p.ctype, counter)
                idx += 1

    def _bstyle(self):
        style = self.trace.bstyle if self.trace else "generic"
        if self.style in ("apple", "thunderbird", "outlook_smtp", "thebat", "gmail"):
            style = self.style
        return style

    # --- manifest helpers --------------------------------------------------------
    def summary(self):
        texts = [p for p in mime.walk(self.root) if p.ctype.startswith("text/") and p.disposition != "attachment"]
        cs = []
        ctes = []
        for p in texts:
            c = (p.cs_label or p.charset or "us-ascii").lower()
            if c not in cs:
                cs.append(c)
            e = p.cte or "7bit"
            if e not in ctes:
                ctes.append(e)
        return ", ".join(cs), ", ".join(ctes), describe(self.root)


def describe(p):
    if p.is_multipart:
        return "%s(%s)" % (p.ctype.split("/")[1], ", ".join(describe(s) for s in p.parts))
    if p.disposition in ("attachment", "inline") and p.filename:
        kind = {"application/pdf": "PDF", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP",
                "image/png": "PNG", "image/svg+xml": "SVG", "text/html": "HTML",
                "application/octet-stream": "binary"}.get(p.ctype, p.ctype)
        extra = ""
        if getattr(p, "note", None):
            extra = ", " + p.note
        return "%s `%s`%s%s" % (kind, p.filename, " inline cid" if p.cid else "", extra)
    if p.cid:
        return "%s inline cid" % p.ctype
    return {"text/plain": "plain", "text/html": "html"}.get(p.ctype, p.ctype)


# --- HTML helpers -------------------------------------------------------------

def esc(s):
    return _html.escape(s, quote=False)


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_outlook(text, lang="DE", font="Calibri", sig_html="", charset=None):
    ps = []
    for para in paras(text):
        lines = para.split("\n")
        for ln in lines:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln else "&nbsp;"))
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            + ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n" % charset if charset else "")
            + "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";}\n@font-face\n\t{font-family:%s;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"%s\",sans-serif;}\n"
            "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
            ".MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n%s\n%s</div>\n</body>\n</html>\n") % (font, font, lang, "\n".join(ps), sig_html)


def html_gmail(text):
    out = []
    for para in paras(text):
        out.append("<div>" + "<br>".join(esc(x) for x in para.split("\n")) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def html_simple(text, charset="utf-8", font="Arial, sans-serif"):
    body = "\n".join("<p>%s</p>" % "<br>\n".join(esc(x) for x in para.split("\n")) for para in paras(text))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n</head>\n"
            "<body style=\"font-family:%s;font-size:14px\">\n%s\n</body>\n</html>\n") % (charset, font, body)


# --- light markup for links/buttons ------------------------------------------
import re as _re

_BTN = _re.compile(r"^\[\[(.+?)\|(.+?)\]\]$", _re.M)
_INL = _re.compile(r"\{\{(.+?)\|(.+?)\}\}")


def to_plain(src, btn_fmt="{label}: {url}", inl_fmt="{label} ({url})"):
    s = _BTN.sub(lambda m: btn_fmt.format(label=m.group(1), url=m.group(2)), src)
    return _INL.sub(lambda m: inl_fmt.format(label=m.group(1), url=m.group(2)), s)


def to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#0067b8;color:#ffffff;text-decoration:none;font-weight:bold;border-radius:2px",
            p_style="margin:0 0 14px 0", link_color="#0067b8"):
    out = []
    for para in paras(src):
        m = _BTN.match(para.strip())
        if m and "\n" not in para.strip():
            out.append('<p style="%s"><a href="%s" style="%s">%s</a></p>' % (p_style, esc(m.group(2)), btn_style, esc(m.group(1))))
            continue
        lines = []
        for ln in para.split("\n"):
            e = esc(ln)
            e = _INL.sub(lambda mm: '<a href="%s" style="color:%s">%s</a>' % (mm.group(2), link_color, mm.group(1)), e)
            lines.append(e)
        out.append('<p style="%s">%s</p>' % (p_style, "<br>\n".join(lines)))
    return "\n".join(out)


def brand_page(body_html, header_html="", footer_html="", charset="utf-8", width=600, bg="#f2f2f2",
               font="Segoe UI, Helvetica, Arial, sans-serif", title=""):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background:%s\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:%s\">\n"
            "<tr><td align=\"center\" style=\"padding:24px 8px\">\n"
            "<table role=\"presentation\" width=\"%d\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:%s;font-size:14px;line-height:20px;color:#262626\">\n"
            "<tr><td style=\"padding:0\">%s</td></tr>\n"
            "<tr><td style=\"padding:24px 32px\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:16px 32px;font-size:11px;line-height:15px;color:#6e6e6e;background:#fafafa\">%s</td></tr>\n"
            "</table>\n</td></tr>\n</table>\n</body>\n</html>\n") % (charset, esc(title), bg, bg, width, font, header_html,
                                                                    body_html, footer_html)

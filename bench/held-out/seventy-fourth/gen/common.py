"""Message assembly: trace headers + message headers + MIME body -> bytes; HTML helpers."""
import html as _html

from mime import Text, Attachment, Multi, render_headers, walk_text, walk_att
from util import rng, addr, hdr_text, is_ascii
import infra

MESSAGES = []


class Mail:
    def __init__(self, folder, num, lang, slug, *, route, frm, to, subject, body, what, why,
                 rcpt=None, mail_from=None, cc=None, reply_to=None, in_reply_to=None, references=None,
                 extra=None, hcs="utf-8", henc="B", hardneg=None, thread_topic=None, seed=None,
                 drop_xh=(), sender=None, top_extra=None):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.route = route
        self.frm = frm            # (name, address)
        self.to = to              # list of (name, address)
        self.cc = cc or []
        self.subject = subject
        self.body = body
        self.what, self.why = what, why
        self.rcpt = rcpt or to[0][1]
        self.mail_from = mail_from if mail_from is not None else frm[1]
        self.reply_to = reply_to
        self.in_reply_to = in_reply_to
        self.references = references
        self.extra = extra or []
        self.hcs, self.henc = hcs, henc
        self.hardneg = hardneg
        self.thread_topic = thread_topic
        self.seed = seed or (folder, num, slug)
        self.drop_xh = drop_xh
        self.sender = sender
        self.top_extra = top_extra or []
        MESSAGES.append(self)

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def _a(self, na):
        name, a = na
        return addr(name, a, self.hcs, self.henc)

    def render(self):
        r = rng(*self.seed)
        rt = self.route
        # assign boundaries
        counter = [0]

        def assign(p):
            if isinstance(p, Multi):
                if not p.boundary:
                    p.boundary = rt.boundary(r, counter[0])
                    counter[0] += 1
                for q in p.parts:
                    assign(q)
        assign(self.body)
        hs = [("Return-Path", "<%s>" % self.mail_from)]
        hs += self.top_extra
        hs.append(("Received", infra.mx01_header(r, rt, self.rcpt)))
        for rv in rt.received:
            hs.append(("Received", rv.replace("%RCPT%", self.rcpt)))
        hs += rt.pre
        frm = ("From", self._a(self.frm))
        to = ("To", ", ".join(self._a(x) for x in self.to))
        cc = [("Cc", ", ".join(self._a(x) for x in self.cc))] if self.cc else []
        rpt = [("Reply-To", self._a(self.reply_to))] if self.reply_to else []
        snd = [("Sender", self._a(self.sender))] if self.sender else []
        subj = ("Subject", hdr_text(self.subject, self.hcs, self.henc))
        date = ("Date", rt.date)
        mid = ("Message-ID", rt.msgid)
        irt = [("In-Reply-To", self.in_reply_to)] if self.in_reply_to else []
        refs = [("References", self.references)] if self.references else []
        mime_hs, payload = self.body.render()
        xh = [x for x in rt.xh if x[0] not in self.drop_xh]
        if rt.style == "gmail":
            msg = [("MIME-Version", "1.0")] + refs + irt + [frm] + snd + [date, mid, subj, to] + cc + rpt + self.extra + xh + mime_hs
        elif rt.style == "exchange":
            tt = self.thread_topic or self.subject
            for pfx in ("AW: ", "RE: ", "Re: ", "R: ", "RE:", "WG: ", "FW: ", "Fwd: ", "ΑΠ: ", "ΣΧΕΤ: ", "Odp: ", "ODP: "):
                if tt.startswith(pfx):
                    tt = tt[len(pfx):]
            thread = [("Thread-Topic", hdr_text(tt, self.hcs, self.henc)), ("Thread-Index", getattr(rt, "thread_index", ""))]
            msg = [frm] + snd + [to] + cc + rpt + [subj] + thread + [date, mid] + refs + irt + xh + self.extra + mime_hs + [("MIME-Version", "1.0")]
        else:
            msg = [frm] + snd + [to] + cc + rpt + [subj, date, mid] + irt + refs + [("MIME-Version", "1.0")] + xh + self.extra + mime_hs
        hs += msg
        return render_headers(hs) + b"\n" + payload

    # ------------------------------------------------------------ manifest helpers
    def charsets(self):
        seen = []
        for t in walk_text(self.body):
            if t.charset not in seen:
                seen.append(t.charset)
        return ", ".join(seen)

    def ctes(self):
        seen = []
        for t in walk_text(self.body):
            if t.cte not in seen:
                seen.append(t.cte)
        return ", ".join(seen)

    def fulltext(self):
        return "\n".join(t.body for t in walk_text(self.body))

    def structure(self):
        def d(p):
            if isinstance(p, Multi):
                return "%s(%s)" % (p.subtype, " + ".join(d(q) for q in p.parts))
            if isinstance(p, Text):
                return p.subtype
            if p.filename:
                return "%s `%s`" % (p.ctype, p.filename)
            return p.ctype
        return d(self.body)


# ------------------------------------------------------------------ body helpers

def esc(s):
    return _html.escape(s, quote=True)


def paras_html(text, p_style="", link_map=None):
    """Plain text with blank-line paragraphs -> <p> blocks. link_map: {text: url} turned into links."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        h = esc(para).replace("\n", "<br>\n")
        if link_map:
            for k, v in link_map.items():
                h = h.replace(esc(k), '<a href="%s">%s</a>' % (esc(v), esc(k)))
        out.append("<p%s>%s</p>" % ((' style="%s"' % p_style) if p_style else "", h))
    return "\n".join(out)


def outlook_html(text, lang="DE", link_map=None, font="Calibri"):
    body = []
    for para in text.strip("\n").split("\n\n"):
        for ln in para.split("\n"):
            h = esc(ln) if ln else "&nbsp;"
            if link_map:
                for k, v in link_map.items():
                    h = h.replace(esc(k), '<a href="%s">%s</a>' % (esc(v), esc(k)))
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % h)
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (font, font, lang, "\n".join(body)))


def gmail_html(text, link_map=None):
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = []
        for ln in para.split("\n"):
            h = esc(ln)
            if link_map:
                for k, v in link_map.items():
                    h = h.replace(esc(k), '<a href="%s">%s</a>' % (esc(v), esc(k)))
            lines.append("<div>%s</div>" % (h or "<br>"))
        parts.append("\n".join(lines))
    return '<div dir="ltr">' + "<div><br></div>".join(parts) + "</div>\n"


def simple_html(text, link_map=None, font="Arial, Helvetica, sans-serif", size="10pt"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (font, size, paras_html(text, link_map=link_map)))


def brand_html(title, paras, button=None, footer="", color="#0b5cad", logo_text="", lang="en", after_button=None,
               preheader="", font="Arial, Helvetica, sans-serif", width=600, extra_css=""):
    """Transactional e-mail template (ESP style). paras: list of HTML-safe strings (already escaped where needed)."""
    btn = ""
    if button:
        label, url = button
        btn = ('<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:24px 0"><tr>'
               '<td style="border-radius:4px;background:%s"><a href="%s" target="_blank" '
               'style="display:inline-block;padding:12px 28px;font-family:%s;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
               '</td></tr></table>' % (color, esc(url), font, esc(label)))
    ab = "".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p for p in (after_button or []))
    body = "".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p for p in paras)
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % esc(preheader)) if preheader else ""
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style>%s</style>\n</head>\n<body style="margin:0;padding:0;background:#f3f4f6">\n%s'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="max-width:%dpx;background:#ffffff;font-family:%s;font-size:14px;line-height:1.5;color:#1f2933">\n'
            '<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px">\n<h1 style="font-size:20px;margin:0 0 18px 0">%s</h1>\n%s\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, esc(title), extra_css, pre, width, width, font, color, logo_text or "", esc(title), body, btn, ab, footer))


def alt(plain, html, cs="utf-8", cte="quoted-printable", html_cte=None, quote_cs=False, flowed=False):
    return Multi("alternative", [Text(plain, "plain", cs, cte, quote_cs=quote_cs, format_flowed=flowed),
                                 Text(html, "html", cs, html_cte or cte, quote_cs=quote_cs)], None)


def mixed(*parts):
    return Multi("mixed", list(parts), None)


def related(*parts, type_param='"text/html"'):
    return Multi("related", list(parts), None, params=[("type", type_param)] if type_param else None)


def att(data, ctype, filename, **kw):
    return Attachment(data, ctype, filename, **kw)


def plain(text, cs="utf-8", cte="quoted-printable", **kw):
    return Text(text, "plain", cs, cte, **kw)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))

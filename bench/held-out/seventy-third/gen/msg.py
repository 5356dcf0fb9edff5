"""Assemble a complete RFC 5322 message from a sending profile, headers and a MIME body."""
import html as _html
import re

from common import enc_text, fmt_addr, fold, is_ascii, plus, rfcdate
from infra import postfix_qid
from mime import Binary, Multi, Text, body_texts, describe, walk

MX = "mx01.example.com"


def mx_received(prof, rcpt, t_arr):
    helo, rdns, ip = prof.client
    frm = "%s (%s [%s])" % (helo, rdns or "unknown", ip)
    lines = ["from " + frm]
    if prof.tls:
        proto, cipher, bits = prof.tls
        if proto == "TLSv1.3":
            lines.append("(using %s with cipher %s (%s bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" % (proto, cipher, bits))
        else:
            lines.append("(using %s with cipher %s (%s bits))" % (proto, cipher, bits))
        lines.append("(No client certificate requested)")
        w = "ESMTPS"
    else:
        w = "ESMTP"
    lines.append("by %s (Postfix) with %s id %s" % (MX, w, postfix_qid(prof.rng, t_arr)))
    lines.append("for <%s>; %s" % (rcpt, rfcdate(t_arr, "CET", comment=True)))
    return "\n\t".join(lines)


def _addr_list(addrs, hcs, henc, quote=False):
    if not addrs:
        return None
    if isinstance(addrs, tuple):
        addrs = [addrs]
    out = []
    for a in addrs:
        if isinstance(a, str):
            out.append(a)
        else:
            out.append(fmt_addr(a[0], a[1], hcs, henc, quote_always=quote))
    return ",\n ".join(out) if len(out) > 1 or any("\n" in x for x in out) and len(out) > 1 else out[0]


class Mail:
    def __init__(self, num, lang, slug, kind, prof, from_, to, subject, body, cc=None, reply_to=None,
                 in_reply_to=None, references=None, extra=(), what="", why="", pair=None, rcpt=None,
                 hcs=None, henc=None, quote_names=False, date_frac=None, subject_raw=None, thread_topic=None,
                 structure_note="", pair_note="", checks=None):
        self.num, self.lang, self.slug, self.kind = num, lang, slug, kind
        self.prof = prof
        self.from_ = from_
        self.to = to if isinstance(to, list) else [to]
        self.cc = cc if (cc is None or isinstance(cc, list)) else [cc]
        self.reply_to = reply_to
        self.subject = subject
        self.subject_raw = subject_raw
        self.body = body
        self.in_reply_to = in_reply_to
        self.references = references
        self.extra = list(extra)
        self.what = what
        self.why = why
        self.pair = pair
        self.rcpt = rcpt or (self.to[0][1] if not isinstance(self.to[0], str) else re.sub(r".*<|>", "", self.to[0]))
        self.hcs = hcs or prof.hcs
        self.henc = henc or prof.henc
        self.quote_names = quote_names
        self.thread_topic = thread_topic
        self.structure_note = structure_note
        self.pair_note = pair_note
        self.checks = checks or {}

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def render(self):
        p = self.prof
        t0 = p.t
        t_arr = plus(t0, p.arrive + p.rng.randrange(0, 3))
        out = []
        out.append("Return-Path: <%s>" % p.return_path)
        out.append("Received: " + mx_received(p, self.rcpt, t_arr))
        for h in p.hops:
            out.append("Received: " + h)
        for n, v in p.trace_extra:
            out.append("%s: %s" % (n, v))
        hcs, henc = self.hcs, self.henc
        H = {}
        H["From"] = _addr_list(self.from_, hcs, henc, self.quote_names)
        H["To"] = _addr_list(self.to, hcs, henc, self.quote_names)
        if self.cc:
            H["CC"] = _addr_list(self.cc, hcs, henc, self.quote_names)
        if self.reply_to:
            H["Reply-To"] = _addr_list(self.reply_to, hcs, henc, self.quote_names)
        subj = self.subject_raw or enc_text(self.subject, hcs, henc, p.subj_mode)
        H["Subject"] = subj
        H["Date"] = rfcdate(t0, p.date_zone or "CET", **p.date_fmt)
        H["Message-ID"] = p.mid
        if self.in_reply_to:
            H["In-Reply-To"] = self.in_reply_to
        if self.references:
            H["References"] = self.references
        H["MIME-Version"] = p.mime_version
        for n, v in p.hdrs:
            if v is None:
                if n == "Thread-Topic":
                    tt = self.thread_topic or re.sub(r"^((RE|AW|WG|FW|R|I|ODP|Re|Fwd|ΑΠ|Απ|Ответ|RE\s?):\s*)+", "", self.subject, flags=re.I)
                    v = enc_text(tt, hcs, henc)
                else:
                    continue
            H[n] = v
        for n, v in self.extra:
            H[n] = v
        if "X-MS-Has-Attach" in H and any(isinstance(x, Binary) and x.disposition == "attachment" for x in walk(self.body)):
            H["X-MS-Has-Attach"] = "yes"
        if p.bstyle == "outlook":
            # Outlook numbers its NextPart boundaries outermost first
            multis = [x for x in walk(self.body) if isinstance(x, Multi)]
            base = None
            for i, mp in enumerate(multis):
                m_ = re.match(r"----=_NextPart_\d{3}_([0-9A-F]{4})_(.*)$", mp.boundary)
                if m_:
                    if base is None:
                        base = int(m_.group(1), 16)
                    mp.boundary = "----=_NextPart_%03d_%04X_%s" % (i, base + i, m_.group(2))
        # Content headers come from the body
        bh, bb = self.body.render()
        content = {}
        for line in bh:
            n, v = line.split(":", 1)
            content[n] = v.strip(" ")
        order = list(p.order or [])
        names = list(H.keys())
        seen = set()
        final = []
        canon = {k.lower(): k for k in list(H.keys()) + list(content.keys())}
        for n in order:
            k = canon.get(n.lower())
            if k and k not in seen:
                final.append(k)
                seen.add(k)
        for n in names:
            if n not in seen:
                final.append(n)
                seen.add(n)
        for n in content:
            if n not in seen:
                final.append(n)
                seen.add(n)
        for n in final:
            v = H.get(n, content.get(n))
            disp = n
            if n == "MIME-Version" and p.name.endswith("iphone"):
                disp = "Mime-Version"
            if n == "Message-ID" and p.name in ("yandex", "iphone", "vps-swaks-like") or (n == "Message-ID" and "iphone" in p.name):
                disp = "Message-Id"
            if n == "CC" and p.bstyle not in ("m365", "exchange", "outlook"):
                disp = "Cc"
            if n in content:
                out.append("%s: %s" % (n, v))
            else:
                out.append(fold(disp, v))
        head = "\n".join(out) + "\n\n"
        data = head.encode("ascii") + (bb if isinstance(bb, bytes) else bb.encode("ascii"))
        for line in head.split("\n"):
            assert len(line) <= 998
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    # ------------------------------------------------------------- manifest helpers
    def charset_summary(self):
        parts = body_texts(self.body)
        cs = []
        for t in parts:
            if t.cs_label.lower() not in [c.lower() for c in cs]:
                cs.append(t.cs_label)
        return " / ".join(cs)

    def cte_summary(self):
        parts = body_texts(self.body)
        ct = []
        for t in parts:
            if t.cte not in ct:
                ct.append(t.cte)
        return " / ".join(ct)

    def structure(self):
        s = describe(self.body)
        if self.structure_note:
            s += "; " + self.structure_note
        return s


# ======================================================================= body helpers

def html_escape(s):
    return _html.escape(s, quote=False)


def safe_for(text, charset):
    """Replace characters the charset cannot hold by numeric character references (HTML only)."""
    return text.encode(charset, "xmlcharrefreplace").decode(charset)


def _paras(text):
    return [p for p in text.split("\n")]


def html_outlook(text, charset, lang="DE", font="Calibri", sig_html=""):
    rows = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(html_escape(ln)))
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
         '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
         '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
         '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
         '\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
         'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
         '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
         '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
         % (charset, font, font, lang, "\n".join(rows), sig_html))
    return safe_for(h, charset)


def html_gmail(text, charset="utf-8"):
    parts = []
    for ln in text.split("\n"):
        parts.append("<div>%s</div>" % (linkify(html_escape(ln)) if ln.strip() else "<br>"))
    return safe_for('<div dir="ltr">%s</div>\n' % "".join(parts), charset)


def html_thunderbird(text, charset="UTF-8"):
    body = "<br>\n".join(linkify(html_escape(ln)) for ln in text.split("\n"))
    return safe_for('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                    '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body), charset)


def html_simple(text, charset="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = text.split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(linkify(html_escape(l)) for l in p.split("\n")) for p in paras)
    return safe_for('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
                    '<body style="%s">\n%s\n</body></html>\n' % (charset, style, body), charset)


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(s):
    return _URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)


def alt(prof, plain, html, cs="utf-8", cte="quoted-printable", cs_label=None, plain_params=(), html_cte=None):
    return Multi("alternative", [
        Text(plain, "plain", cs, cte, params=plain_params, cs_label=cs_label),
        Text(html, "html", cs, html_cte or cte, cs_label=cs_label)], prof.boundary("alt"))


def mixed(prof, first, attachments):
    return Multi("mixed", [first] + list(attachments), prof.boundary("mixed"))


def related(prof, html_part, inlines, type_param=True):
    return Multi("related", [html_part] + list(inlines), prof.boundary("related"),
                 params=['type="text/html"'] if type_param else [])


def quote_block(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

"""Message model, body/attachment helpers and rendering."""

import html as _html
import re

import files
import qr
from company import Person
from mime import Text, Bin, Multi, serialize, berlin_to_utc, ago, walk
from systems import mx01

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD = re.compile(r"(?<!\*)\*\*([^*\n]+?)\*\*(?!\*)")


def who(p):
    if isinstance(p, Person):
        return (p.name, p.email)
    return p


class Msg:
    def __init__(self, slug, when, sys, frm, to, subject, body, cc=(), reply_to=None,
                 envelope=None, rcpt=None, in_reply_to=None, references=None,
                 hcs="utf-8", hmode="B", extra=(), what="", why="", pair=None,
                 thread_topic=None, tls=None, technique=""):
        self.slug = slug
        self.when = when
        self.sys = sys
        self.frm = who(frm)
        self.to = [who(x) for x in to]
        self.cc = [who(x) for x in cc]
        self.reply_to = who(reply_to) if reply_to else None
        self.subject = subject
        self.body = body
        self._envelope = envelope
        self._rcpt = rcpt
        self.in_reply_to = in_reply_to
        self.references = references
        self.hcs = hcs
        self.hmode = hmode
        self.extra = list(extra)
        self.what = what
        self.why = why
        self.pair = pair
        self._thread_topic = thread_topic
        self.tls = tls
        self.technique = technique

    def render(self, folder, num, lang):
        self.folder, self.num, self.lang = folder, num, lang
        self.key = "%s-%02d-%s" % (folder, num, self.slug)
        self.t_arrival = berlin_to_utc(self.when)
        self.t_sent = ago(self.t_arrival, self.sys.delay)
        self.rcpt = self._rcpt or self.to[0][1]
        self.msgid = self.sys.make_msgid(self)
        self.envelope = self._envelope or self.sys.bounce(self) or self.frm[1]
        self.has_attach = any(getattr(p, "disposition", None) == "attachment" for p in walk(self.body))
        tt = self.subject
        while True:
            t2 = re.sub(r"^(RE|Re|AW|Aw|R|I|FW|Fwd|WG|RV|ΑΠ|ΠΡΘ|Odp|ODP|PD|Ответ|RE\[\d\]):\s*", "", tt)
            if t2 == tt:
                break
            tt = t2
        self.thread_topic = self._thread_topic or tt
        (helo, rdns, ip), hops = self.sys.chain(self)
        tls = self.tls if self.tls is not None else self.sys.tls
        top = ["Return-Path: <%s>" % self.envelope,
               mx01(helo, rdns, ip, self.rcpt, self.t_arrival, tls, self.key + "mx")]
        top += hops
        hdrs = self.sys.headers(self)
        self.client = (helo, rdns, ip)
        self.raw = serialize(top + hdrs, self.body, self.sys.bgen(self))
        self.filename = "%02d-%s-%s.eml" % (num, lang, self.slug)
        return self.raw


# ------------------------------------------------------------------ text

def _plain_links(text, style):
    if style == "outlook":
        return LINK.sub(lambda mm: "%s<%s>" % (mm.group(1), mm.group(2)), text)
    if style == "bare":
        return LINK.sub(lambda mm: mm.group(2), text)
    if style == "label":
        return LINK.sub(lambda mm: mm.group(1), text)
    if style == "colon":
        return LINK.sub(lambda mm: "%s: %s" % (mm.group(1), mm.group(2)), text)
    return LINK.sub(lambda mm: "%s ( %s )" % (mm.group(1), mm.group(2)) if mm.group(1) != mm.group(2) else mm.group(2), text)


def plain_of(text, style="paren"):
    t = _plain_links(text, style)
    return BOLD.sub(lambda mm: mm.group(1) if style != "star" else "*%s*" % mm.group(1), t)


def _inline(s):
    s = _html.escape(s, quote=False)
    s = LINK.sub(lambda mm: '<a href="%s">%s</a>' % (_html.escape(_html.unescape(mm.group(2))), mm.group(1)), s)
    s = BOLD.sub(lambda mm: "<b>%s</b>" % mm.group(1), s)
    return s


def html_of(text, style="outlook", charset="utf-8", lang="de", head_extra="", top="", bottom=""):
    paras = text.split("\n\n")
    if style == "outlook":
        body = []
        for p in paras:
            lines = p.split("\n")
            for ln in lines:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline(ln) if ln.strip() else "&nbsp;"))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>%s\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s%s\n%s</div>\n</body>\n</html>\n' % (
                    charset, head_extra, lang.upper(), top, "\n".join(body), bottom))
    if style == "gmail":
        body = []
        for p in paras:
            body.append("<div>%s</div><div><br></div>" % "<br>".join(_inline(ln) for ln in p.split("\n")))
        return '<div dir="ltr">%s%s%s</div>\n' % (top, "".join(body), bottom)
    # generic clean html (web mailers, ESPs, notifications)
    body = []
    for p in paras:
        body.append("<p>%s</p>" % "<br>\n".join(_inline(ln) for ln in p.split("\n")))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s\n</head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222;">\n'
            '<tr><td>\n%s%s\n%s</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n' % (
                lang, charset, head_extra, top, "\n".join(body), bottom))


# ------------------------------------------------------------------ parts

def plain(text, cs="utf-8", cte="quoted-printable", style="paren", flowed=False, label=None):
    return Text(plain_of(text, style), cs, cte, "plain", "format=flowed" if flowed else "", charset_label=label)


def alt(text, cs="utf-8", cte="quoted-printable", hstyle="outlook", pstyle=None, cs_html=None,
        cte_html=None, lang="de", html=None, top="", bottom="", label=None, head_extra=""):
    pstyle = pstyle or ("outlook" if hstyle == "outlook" else "paren")
    cs_html = cs_html or cs
    hp = html or html_of(text, hstyle, label or cs_html, lang, head_extra, top, bottom)
    return Multi("alternative", [Text(plain_of(text, pstyle), cs, cte, "plain", charset_label=label),
                                 Text(hp, cs_html, cte_html or cte, "html", charset_label=label)])


def html_only(text, cs="utf-8", cte="quoted-printable", hstyle="generic", lang="de", html=None, top="", bottom=""):
    return Text(html or html_of(text, hstyle, cs, lang, "", top, bottom), cs, cte, "html")


def mixed(first, *atts):
    return Multi("mixed", [first] + list(atts))


def related(html_alt_or_part, *inline):
    return Multi("related", [html_alt_or_part] + list(inline), params='type="multipart/alternative"'
                 if isinstance(html_alt_or_part, Multi) else 'type="text/html"')


def att_pdf(filename, lines, style="rfc2231", ncs="utf-8", size=False, **kw):
    return Bin("application/pdf", files.pdf(lines, **kw), filename, name_style=style, name_charset=ncs, size_param=size)


def att_bytes(ctype, filename, data, style="rfc2231", ncs="utf-8", cid=None, disp="attachment"):
    return Bin(ctype, data, filename, name_style=style, name_charset=ncs, cid=cid, disposition=disp)


def att_zip(filename, entries, password=None, style="rfc2231", ncs="utf-8", ctype="application/zip", seed="z",
            pw_note="given in the message body"):
    b = Bin(ctype, files.zip_archive(entries, password, seed), filename, name_style=style, name_charset=ncs)
    b.password = password
    b.pw_note = pw_note
    return b


def att_html(filename, html, cs="utf-8", style="rfc2231"):
    return Text(html, cs, "base64", "html", filename=filename, disposition="attachment", name_style=style)


def att_svg(filename, svg, style="rfc2231"):
    return Bin("image/svg+xml", svg.encode("utf-8"), filename, name_style=style)


def qr_png(url, scale=6):
    return qr.qr_png(url, scale=scale)


def png_inline(data, cid, filename="image001.png"):
    return Bin("image/png", data, filename, disposition="inline", cid=cid)


# ------------------------------------------------------------------ ids for earlier messages in a thread

def prev_mid(label, kind, domain=""):
    """Message-ID of an earlier message in a thread, in the style of the
    system that sent it."""
    from mime import h as _h
    if kind == "exchange":
        return "<%s@EXMBX0%d.ad.example.com>" % (_h(label, 32), 1 + int(_h(label + "n", 1, "01")))
    if kind == "outlook":
        return "<00%s01dc%s$%s$%s$@%s>" % (_h(label + "1", 2), _h(label + "2", 4), _h(label + "3", 8), _h(label + "4", 8), domain)
    if kind == "gmail":
        from mime import ALNUM
        return "<CA%s@mail.gmail.com>" % _h(label, 52, ALNUM + "+=_-")
    if kind == "exo":
        pod = "AS8PR0%dMB%d" % (int(_h(label + "r", 1, "123456789")), 1000 + int(_h(label + "p", 3, "0123456789")))
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (pod, _h(label, 20).upper(), pod, pod[6])
    if kind == "libero":
        return "<%s.%s.%s@mail1.libero.it>" % (int(_h(label, 9, "123456789")), int(_h(label + "b", 7, "123456789")), "179" + _h(label + "c", 10, "0123456789"))
    if kind == "zimbra":
        return "<%s.%s.%s.JavaMail.zimbra@otenet.gr>" % (_h(label, 9, "123456789"), _h(label + "b", 7, "123456789"), "179" + _h(label + "c", 10, "0123456789"))
    return "<%s@%s>" % (_h(label, 24), domain)

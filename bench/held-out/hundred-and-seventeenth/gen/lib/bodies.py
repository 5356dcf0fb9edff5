"""Body builders that imitate what real clients write: Outlook (Word
HTML), Gmail, Thunderbird, Apple Mail, plain system mail; localized
reply/forward headers."""

import html as _html

from . import mime
from . import timez as tz

# ---------------------------------------------------------------- locale

WD = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}
MON = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
OL_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def ol_date(dt, zone, lang):
    l = tz.loc(dt, zone)
    wd, mo = WD[lang][l.weekday()], MON[lang][l.month - 1]
    hm = "%d:%02d" % (l.hour, l.minute)
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, l.day, mo, l.year, hm)
    if lang == "en":
        h12 = l.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (wd, mo, l.day, l.year, h12, l.minute, "AM" if l.hour < 12 else "PM")
    if lang == "it":
        return "%s %d %s %d %s" % (wd, l.day, mo, l.year, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (wd, l.day, mo, l.year, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (wd, l.day, mo, l.year, hm)
    if lang == "el":
        h12 = l.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (wd, l.day, mo, l.year, h12, l.minute, "πμ" if l.hour < 12 else "μμ")
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (wd, l.day, mo, l.year, hm)


GM_WD = {"de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"], "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
         "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."], "el": ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"],
         "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]}
GM_MO = {"de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
         "en": tz.MONTHS, "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
         "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
         "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
         "el": ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"],
         "ru": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]}


def gm_attrib(dt, zone, lang, name, address):
    l = tz.loc(dt, zone)
    wd, mo = GM_WD[lang][l.weekday()], GM_MO[lang][l.month - 1]
    hm = "%d:%02d" % (l.hour, l.minute)
    who = "%s <%s>" % (name, address)
    if lang == "de":
        return "Am %s, %d. %s %d um %s Uhr schrieb %s:" % (wd, l.day, mo, l.year, hm, who)
    if lang == "en":
        h12 = l.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (wd, mo, l.day, l.year, h12, l.minute, "AM" if l.hour < 12 else "PM", who)
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (wd, l.day, mo, l.year, hm, who)
    if lang == "es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (wd, l.day, mo, l.year, hm, name, address)
    if lang == "pl":
        return "%s %d %s %d o %s %s napisał(a):" % (wd, l.day, mo, l.year, hm, who)
    if lang == "el":
        h12 = l.hour % 12 or 12
        return "Στις %s %d %s %d στις %d:%02d %s, ο/η %s έγραψε:" % (wd, l.day, mo, l.year, h12, l.minute, "π.μ." if l.hour < 12 else "μ.μ.", who)
    if lang == "ru":
        return "%s, %d %s %d г. в %s, %s:" % (wd, l.day, mo, l.year, hm, who)


def tb_attrib(dt, zone, lang, name):
    l = tz.loc(dt, zone)
    d = "%02d.%02d.%d" % (l.day, l.month, l.year)
    hm = "%02d:%02d" % (l.hour, l.minute)
    return {"de": "Am %s um %s schrieb %s:" % (d, hm, name),
            "en": "On %s %s, %s wrote:" % (d.replace(".", "/"), hm, name),
            "it": "Il %s %s, %s ha scritto:" % (d.replace(".", "/"), hm, name),
            "pl": "W dniu %s o %s, %s pisze:" % (d, hm, name),
            "es": "El %s a las %s, %s escribió:" % (d.replace(".", "/"), hm, name),
            "el": "Στις %s %s, ο/η %s έγραψε:" % (d.replace(".", "/"), hm, name),
            "ru": "%s %s, %s пишет:" % (d, hm, name)}[lang]


class Quote:
    def __init__(self, frm, to, subject, dt, text, cc=None, zone="berlin", lang=None, html=None):
        self.frm = frm          # (name, addr)
        self.to = to            # list of (name, addr)
        self.cc = cc or []
        self.subject = subject
        self.dt = dt            # aware UTC datetime or local string
        if isinstance(dt, str):
            self.dt = tz.parse_local(dt, zone)
        self.text = text
        self.zone = zone
        self.lang = lang
        self.html = html


def esc(s):
    return _html.escape(s, quote=False)


def _linkify(s):
    import re
    out = []
    pos = 0
    for mt in re.finditer(r"https?://[^\s<>\"]+[^\s<>\".,;:)]", s):
        out.append(esc(s[pos:mt.start()]))
        u = mt.group(0)
        out.append('<a href="%s">%s</a>' % (esc(u), esc(u)))
        pos = mt.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def enc_html(s, cs):
    return s.encode(mime.pycs(cs), errors="xmlcharrefreplace").decode(mime.pycs(cs))


# ------------------------------------------------------------- boundaries

def b_outlook(rng, kind="000"):
    srv = "%s%02dMB%04d" % (rng.choice(["AS8PR", "DU0PR", "PA4PR", "AM9PR", "DB9PR", "GV1PR"]), rng.choice([2, 3, 4, 5, 6, 8]), rng.randrange(1000, 9999))
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(24))
    return "_%s_%s%s%seurp_" % (kind, srv, h, srv[:9])


def b_exchange(rng, kind="000"):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "_%s_%sEXCH0%dcorpexamplecom_" % (kind, h, rng.choice([1, 2]))


def b_gmail(rng):
    return "0000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(18))


def b_tb(rng):
    return "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))


def b_apple(rng):
    import uuid
    return "Apple-Mail=_" + str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def b_java(rng):
    return "----=_Part_%d_%d.%d" % (rng.randrange(100000, 999999), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13))


def b_php(rng):
    return "b1=_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(43))


def b_generic(rng, prefix="=_"):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(32))


# ---------------------------------------------------------------- Outlook

_OL_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.%(estyle)s
	{mso-style-type:personal-%(kind)s;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""

_OL_ESTYLE = {"de": "E-MailFormatvorlage", "en": "EmailStyle", "it": "StileMessaggioDiPostaElettronica",
              "pl": "StylWiadomoci", "es": "EstiloCorreo", "el": "EmailStyle", "ru": "EmailStyle"}
_OL_LANG = {"de": "DE", "en": "EN-GB", "it": "IT", "pl": "PL", "es": "ES", "el": "EL", "ru": "RU"}


def _ol_paras(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(line))
    return "\n".join(out)


def ol_quote_plain(q, lang):
    L = OL_LABELS[lang]
    lines = ["%s: %s <%s>" % (L[0], q.frm[0], q.frm[1]) if q.frm[0] else "%s: %s" % (L[0], q.frm[1]),
             "%s: %s" % (L[1], ol_date(q.dt, q.zone, lang)),
             "%s: %s" % (L[2], "; ".join(("%s <%s>" % (n, a)) if n else a for n, a in q.to))]
    if q.cc:
        lines.append("%s: %s" % (L[3], "; ".join(("%s <%s>" % (n, a)) if n else a for n, a in q.cc)))
    lines.append("%s: %s" % (L[4], q.subject))
    return "\n".join(lines) + "\n\n" + q.text


def ol_quote_html(q, lang):
    L = OL_LABELS[lang]
    def who(n, a):
        return ("%s &lt;%s&gt;" % (esc(n), '<a href="mailto:%s">%s</a>' % (a, a))) if n else '<a href="mailto:%s">%s</a>' % (a, a)
    hdr = "<b>%s:</b> %s <br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n" % (
        L[0], who(*q.frm), L[1], esc(ol_date(q.dt, q.zone, lang)), L[2], "; ".join(who(n, a) for n, a in q.to))
    if q.cc:
        hdr += "<b>%s:</b> %s<br>\n" % (L[3], "; ".join(who(n, a) for n, a in q.cc))
    hdr += "<b>%s:</b> %s" % (L[4], esc(q.subject))
    body = q.html if q.html else _ol_paras(q.text)
    return ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span lang="%s">%s</span><span lang="%s"><o:p></o:p></span></p>\n</div>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s' % (_OL_LANG[lang], hdr, _OL_LANG[lang], body))


def outlook(rng, lang, text, quotes=(), cs="iso-8859-1", cte="quoted-printable", html_cs=None,
            attachments=(), inline=(), sig_html=None, font="Aptos", exchange=False, kind="compose",
            plain=True, html_extra=""):
    """Outlook desktop: multipart/alternative (text/plain + Word HTML),
    wrapped in multipart/related for inline images and multipart/mixed
    for attachments."""
    _base = (b_exchange if exchange else b_outlook)(rng, "000")[5:]
    bnd = lambda _r, kind: "_%s_%s" % (kind, _base)
    ptext = text
    for q in quotes:
        ptext += "\n\n" + ol_quote_plain(q, lang)
    cs = mime.fit_cs(ptext, cs)
    html_cs = html_cs or cs
    hbody = _ol_paras(text)
    if sig_html:
        hbody += "\n" + sig_html
    hbody += html_extra
    for q in quotes:
        hbody += "\n" + ol_quote_html(q, lang)
    es = _OL_ESTYLE[lang] + ("17" if kind == "compose" else "18")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (
        html_cs, _OL_STYLE % {"font": font, "estyle": es, "kind": kind}, _OL_LANG[lang], hbody)
    html = enc_html(html, html_cs)
    parts = []
    if plain:
        parts.append(mime.text(ptext, cs, cte, "plain", style="outlook"))
    parts.append(mime.text(html, html_cs, cte, "html", style="outlook"))
    root = mime.multi("alternative", parts, bnd(rng, "000"), style="outlook") if plain else parts[0]
    if inline:
        root = mime.multi("related", [root] + list(inline), bnd(rng, "006"), style="outlook",
                          params=['type="multipart/alternative"'] if plain else None)
    if attachments:
        root = mime.multi("mixed", [root] + list(attachments), bnd(rng, "004"), style="outlook")
    return root


def ol_attach(data, ctype, filename, dt=None, style="outlook", fn_charset="utf-8"):
    sd = None
    if dt is not None:
        d = tz.rfc(dt, "gmt", zero=True).replace("+0000", "GMT")
        sd = (len(data), d, d)
    return mime.attach(data, ctype, filename, style=style, description=filename, size_dates=sd, fn_charset=fn_charset)


# ------------------------------------------------------------------ Gmail

def gm_quote_plain(q, lang):
    return gm_attrib(q.dt, q.zone, lang, *q.frm) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in q.text.split("\n"))


def gm_quote_html(q, lang):
    l = tz.loc(q.dt, q.zone)
    attrib = esc(gm_attrib(q.dt, q.zone, lang, *q.frm)).replace(
        "&lt;%s&gt;" % q.frm[1], '&lt;<a href="mailto:%s">%s</a>&gt;' % (q.frm[1], q.frm[1]))
    inner = q.html if q.html else "<br>\n".join(_linkify(x) for x in q.text.split("\n"))
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>' % (attrib, inner))


def gmail(rng, lang, text, quotes=(), attachments=(), cte=None, inline=(), sig=None):
    ptext = text
    h = "".join('<div>%s</div>' % (_linkify(x) if x else "<br>") for x in text.split("\n"))
    if sig:
        ptext += "\n\n-- \n" + sig
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + \
             "<br>".join(_linkify(x) for x in sig.split("\n")) + "</div>"
    for q in quotes:
        ptext += "\n\n" + gm_quote_plain(q, lang)
        h += gm_quote_html(q, lang)
    html = '<div dir="ltr">%s</div>\n' % h
    if cte is None:
        cte = "7bit" if mime.is_ascii(ptext + html) else ("base64" if lang in ("el", "ru") else "quoted-printable")
    parts = [mime.text(ptext, "UTF-8", cte, "plain", style="gmail"),
             mime.text(html, "UTF-8", cte if cte != "7bit" else "7bit", "html", style="gmail")]
    root = mime.multi("alternative", parts, b_gmail(rng), style="gmail")
    if inline:
        root = mime.multi("related", [root] + list(inline), b_gmail(rng), style="gmail")
    if attachments:
        root = mime.multi("mixed", [root] + list(attachments), b_gmail(rng), style="gmail")
    return root


def gm_attach(rng, data, ctype, filename):
    fid = "f_m%s%d" % ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7)), rng.randrange(10))
    return mime.attach(data, ctype, filename, style="gmail", cid=fid, extra=[("X-Attachment-Id", fid)])


# ------------------------------------------------------------ Thunderbird

def tb_quote_plain(q, lang):
    return tb_attrib(q.dt, q.zone, lang, q.frm[0] or q.frm[1]) + "\n" + "\n".join(("> " + l) if l else ">" for l in q.text.split("\n"))


def thunderbird(rng, lang, text, quotes=(), attachments=(), cs="UTF-8", cte="8bit", html=False, ua=None):
    ptext = text
    for q in quotes:
        ptext = ptext + "\n\n" + tb_quote_plain(q, lang)
    cs = mime.fit_cs(ptext, cs)
    if not html:
        root = mime.text(ptext, cs, cte, "plain", style="tb", params=["format=flowed"])
        if attachments:
            root = mime.multi("mixed", [root] + list(attachments), b_tb(rng), style="tb",
                              preamble="This is a multi-part message in MIME format.")
        return root
    hb = "".join("<p>%s</p>\n" % "<br>\n".join(_linkify(x) for x in p.split("\n")) for p in text.split("\n\n"))
    for q in quotes:
        hb += ('<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite">%s</blockquote>\n' % (
            esc(tb_attrib(q.dt, q.zone, lang, q.frm[0] or q.frm[1])), "<br>\n".join(_linkify(x) for x in q.text.split("\n"))))
    h = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
         '  <body>\n%s  </body>\n</html>\n') % (cs, hb)
    alt = mime.multi("alternative", [mime.text(ptext, cs, cte, "plain", style="tb", params=["format=flowed"]),
                                     mime.text(h, cs, cte, "html", style="tb")], b_tb(rng), style="tb")
    if attachments:
        return mime.multi("mixed", [alt] + list(attachments), b_tb(rng), style="tb",
                          preamble="This is a multi-part message in MIME format.")
    alt.preamble = "This is a multi-part message in MIME format."
    return alt


def tb_attach(data, ctype, filename):
    return mime.attach(data, ctype, filename, style="tb", fn_mode="2231")


# ------------------------------------------------------------ Apple Mail

def apple(rng, text, attachments=(), html=True):
    h = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % (
             "".join("<div>%s</div>" % (_linkify(x) if x else "<br>") for x in text.split("\n"))))
    if html:
        root = mime.multi("alternative", [mime.text(text, "utf-8", "quoted-printable", "plain", style="apple", quote_charset=False),
                                          mime.text(h, "utf-8", "quoted-printable", "html", style="apple", quote_charset=False)],
                          b_apple(rng), style="apple")
    else:
        root = mime.text(text, "utf-8", "quoted-printable", "plain", style="apple", quote_charset=False)
    if attachments:
        root = mime.multi("mixed", [root] + list(attachments), b_apple(rng), style="apple")
    return root


def html_to_text(h):
    """Rough text rendering of our own template HTML (for the plain part)."""
    import re
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", s)
    s = re.sub(r'(?i)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda mt: mt.group(2) + (" <%s>" % mt.group(1) if mt.group(1) not in mt.group(2) else ""), s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    lines = [re.sub(r"[ \t]+", " ", x).strip() for x in s.split("\n")]
    out = []
    for x in lines:
        if x or (out and out[-1]):
            out.append(x)
    return "\n".join(out).strip() + "\n"

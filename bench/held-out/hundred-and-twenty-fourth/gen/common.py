"""Shared helpers for the message modules: registry, context, HTML
renderers in the style of the common clients, quoting, signatures."""

import html as _html
import random

import infra
import mime

REGISTRY = []


def msg(folder, nn, lang, slug):
    def deco(fn):
        REGISTRY.append((folder, nn, lang, slug, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, folder, fname):
        self.folder = folder
        self.fname = fname
        self.rng = random.Random(fname)


def E(s):
    return _html.escape(s, quote=False)


def Eq(s):
    return _html.escape(s, quote=True)


# ----------------------------------------------------------- Outlook HTML --

def _para_html(p):
    lines = [E(x) for x in p.split("\n")]
    return "<br>\r\n".join(lines)


def outlook_html(text, lang="de", font="Calibri", size="11.0pt", extra_css="",
                 link_map=None, sig_html=None):
    """Render plain text (paragraphs separated by blank lines) as the HTML
    Outlook for Windows writes (WordSection1, MsoNormal)."""
    link_map = link_map or {}
    paras = text.strip("\n").split("\n\n")
    body = ""
    for p in paras:
        for line in p.split("\n"):
            h = E(line) if line else "&nbsp;"
            for k, v in link_map.items():
                if E(k) in h:
                    h = h.replace(E(k), '<a href="%s">%s</a>' % (Eq(v), E(k)))
            body += '<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>\r\n' % (lang.upper() if len(lang) == 2 else lang, h)
        body += '<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>\r\n' % (lang.upper() if len(lang) == 2 else lang)
    if sig_html:
        body += sig_html
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\r\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
            '<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
            '@font-face\r\n\t{font-family:Aptos;}\r\n/* Style Definitions */\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n'
            '\t{margin:0cm;\r\n\tfont-size:%s;\r\n\tfont-family:"%s",sans-serif;\r\n\tmso-ligatures:standardcontextual;\r\n\tmso-fareast-language:EN-US;}\r\n'
            'a:link, span.MsoHyperlink\r\n\t{mso-style-priority:99;\r\n\tcolor:#467886;\r\n\ttext-decoration:underline;}\r\n'
            'span.E-MailFormatvorlage17\r\n\t{mso-style-type:personal-compose;\r\n\tfont-family:"%s",sans-serif;\r\n\tcolor:windowtext;}\r\n'
            '.MsoChpDefault\r\n\t{mso-style-type:export-only;\r\n\tfont-size:10.0pt;\r\n\tmso-fareast-language:EN-US;}\r\n'
            '@page WordSection1\r\n\t{size:612.0pt 792.0pt;\r\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\r\n'
            'div.WordSection1\r\n\t{page:WordSection1;}\r\n%s--></style><!--[if gte mso 9]><xml>\r\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n'
            '<o:shapelayout v:ext="edit">\r\n<o:idmap v:ext="edit" data="1" />\r\n</o:shapelayout></xml><![endif]-->\r\n'
            '</head>\r\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\r\n'
            '<div class="WordSection1">\r\n%s</div>\r\n</body>\r\n</html>\r\n'
            % (size, font, font, extra_css, lang.upper() if len(lang) == 2 else lang, body))


def finish_html(h, charset):
    return h.replace("%CHARSET%", charset)


def outlook_quote_html(hdr_lines, quoted_text, lang="DE"):
    """hdr_lines: list of (label, value)."""
    s = ('<div>\r\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\r\n'
         '<p class="MsoNormal">')
    s += "<br>\r\n".join('<b>%s:</b> %s' % (E(k), E(v)) for k, v in hdr_lines)
    s += "<o:p></o:p></p>\r\n</div>\r\n</div>\r\n"
    for line in quoted_text.strip("\n").split("\n"):
        s += '<p class="MsoNormal">%s<o:p></o:p></p>\r\n' % (E(line) if line else "&nbsp;")
    return s


def outlook_quote_plain(hdr_lines, quoted_text):
    s = "\n"
    s += "\n".join("%s: %s" % (k, v) for k, v in hdr_lines) + "\n\n"
    s += quoted_text.strip("\n") + "\n"
    return s


QUOTE_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}

WD = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
    "en": (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
           ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
           ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
    "pl": (["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
           ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]),
    "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    "el": (["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
           ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]),
    "ru": (["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
           ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]),
}


def outlook_sent(t, lang, z="CET"):
    lt, _, _ = infra.local(t, z)
    days, months = WD[lang]
    d = days[lt.weekday()]
    m = months[lt.month - 1]
    hm = "%02d:%02d" % (lt.hour, lt.minute)
    if lang == "de":
        return "%s, %d. %s %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "en":
        return "%s, %d %s %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "it":
        return "%s %d %s %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "el":
        return "%s, %d %s %d %s" % (d, lt.day, m, lt.year, hm)
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (d, lt.day, m, lt.year, hm)


def quote_block(lang, frm, t, to, subject, cc=None, z="CET"):
    L = QUOTE_LABELS[lang]
    lines = [(L[0], frm), (L[1], outlook_sent(t, lang, z)), (L[2], to)]
    if cc:
        lines.append((L[3], cc))
    lines.append((L[4], subject))
    return lines


# --------------------------------------------------------------- Gmail ----

def gmail_html(text, quote=None):
    """Gmail web composer HTML: <div dir="ltr"> with <br> and <div>s."""
    out = '<div dir="ltr">'
    for i, p in enumerate(text.strip("\n").split("\n\n")):
        lines = p.split("\n")
        if i:
            out += "<div><br></div>"
        for ln in lines:
            out += "<div>%s</div>" % (E(ln) if ln else "<br>")
    out += "</div>"
    if quote:
        attribution, qtext = quote
        out += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>' \
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % E(attribution)
        out += "<br>".join(E(x) for x in qtext.strip("\n").split("\n"))
        out += "</blockquote></div>"
    return out + "\r\n"


def gmail_plain_quote(attribution, qtext):
    return "\n\n" + attribution + "\n" + "\n".join(("> " + x) if x else ">" for x in qtext.strip("\n").split("\n")) + "\n"


def simple_html(body_html, title="", lang="de"):
    return ('<!DOCTYPE html>\r\n<html lang="%s">\r\n<head>\r\n<meta charset="utf-8">\r\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\r\n<title>%s</title>\r\n</head>\r\n'
            '<body style="margin:0;padding:0;background:#f4f4f4;">\r\n%s\r\n</body>\r\n</html>\r\n' % (lang, E(title), body_html))


def fmt_eur(v, lang="de"):
    s = "{:,.2f}".format(v)
    if lang in ("de", "it", "es", "el", "pl", "ru"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        if lang in ("pl", "ru"):
            s = s.replace(".", " ")
    return s


def wrap72(text, width=72):
    """Hard-wrap plain text like Thunderbird/The Bat! do (paragraph lines
    longer than width are broken at spaces)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed encoding (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            if line.startswith("From ") or line.startswith(" "):
                line = " " + line
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def outlook_reply(text, sig, quote_lines, quoted_text, lang="de", sig_html=None):
    """Plain + HTML bodies of an Outlook reply with the quoted original."""
    plain = text.rstrip("\n") + "\n\n" + sig.rstrip("\n") + "\n" + outlook_quote_plain(quote_lines, quoted_text)
    h = outlook_html(text.rstrip("\n") + "\n\n" + sig.rstrip("\n"), lang)
    qh = outlook_quote_html(quote_lines, quoted_text, lang)
    h = h.replace("</div>\r\n</body>", qh + "</div>\r\n</body>")
    return plain, h


def spec(headers, root, what, why, **kw):
    d = dict(headers=headers, root=root, what=what, why=why)
    d.update(kw)
    return d

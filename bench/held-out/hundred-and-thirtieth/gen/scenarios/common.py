# -*- coding: utf-8 -*-
"""Shared helpers for the scenarios: signatures, Outlook/Gmail HTML, quoting, QR helpers."""
import datetime as dt
import html as _html

from lib import company as C, util, mime, pdf, qr, png, archive, checks, systems as SY  # noqa: F401
from lib.message import scenario  # noqa: F401

S = C.S
ACC = C.ACC
MULE = C.MULE
H = _html.escape

# ------------------------------------------------------------------ localized dates
WD = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}
MO = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}


def loc(zone, utc_dt):
    return util.local(zone, utc_dt)[0]


def outlook_sent(lang, t):
    """'Sent:' line value as Outlook writes it in each language (t = local datetime)."""
    wd, mo = WD[lang][t.weekday()], MO[lang][t.month - 1]
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)
    if lang == "en":
        return "%s, %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)
    if lang == "it":
        return "%s %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)
    if lang == "el":
        h = t.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (wd, t.day, mo, t.year, h, t.minute, "πμ" if t.hour < 12 else "μμ")
    if lang == "ru":
        return "%s, %d %s %d г. %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute)


QUOTE_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def fmt_person(p):
    return "%s <%s>" % p


def outlook_quote(lang, frm, t_local, to, subject, text, cc=()):
    lab = QUOTE_LABELS[lang]
    lines = ["%s: %s" % (lab[0], fmt_person(frm)), "%s: %s" % (lab[1], outlook_sent(lang, t_local)),
             "%s: %s" % (lab[2], "; ".join(fmt_person(x) for x in to))]
    if cc:
        lines.append("%s: %s" % (lab[3], "; ".join(fmt_person(x) for x in cc)))
    lines.append("%s: %s" % (lab[4], subject))
    return "\n".join(lines) + "\n\n" + text


def outlook_quote_html(lang, frm, t_local, to, subject, text, cc=()):
    lab = QUOTE_LABELS[lang]
    hdr = '<p class="MsoNormal"><b>%s:</b> %s &lt;%s&gt; <br><b>%s:</b> %s<br><b>%s:</b> %s<br>' % (
        lab[0], H(frm[0]), frm[1], lab[1], outlook_sent(lang, t_local), lab[2],
        "; ".join("%s &lt;%s&gt;" % (H(n), a) for n, a in to))
    if cc:
        hdr += "<b>%s:</b> %s<br>" % (lab[3], "; ".join("%s &lt;%s&gt;" % (H(n), a) for n, a in cc))
    hdr += "<b>%s:</b> %s<o:p></o:p></p>" % (lab[4], H(subject))
    return ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + hdr + '\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + ol_p(text))


def gmail_attrib(lang, t_local, name, addr):
    wd3 = {"de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
           "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
           "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]}
    if lang == "de":
        return "Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (
            wd3["de"][t_local.weekday()], t_local.day, MO["de"][t_local.month - 1][:3] + ".", t_local.year, t_local.hour, t_local.minute, name, addr)
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            wd3["es"][t_local.weekday()], t_local.day, MO["es"][t_local.month - 1][:3], t_local.year, t_local.hour, t_local.minute, name, addr)
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
        wd3["en"][t_local.weekday()], t_local.day, MO["en"][t_local.month - 1][:3], t_local.year, t_local.hour, t_local.minute, name, addr)


def gt(text):
    return "\n".join((">" + ln if ln.startswith(">") else "> " + ln) if ln else ">" for ln in text.split("\n"))


# ------------------------------------------------------------------ Example Group signatures
TITLE = {
    "de": {"ceo": "Geschäftsführer", "cfo": "Geschäftsführerin Finanzen (CFO)", "ap": "Kreditorenbuchhaltung",
           "hr": "Personal & Entgeltabrechnung", "it": "Leiter IT", "sec": "IT-Sicherheit & Mailadministration",
           "asst": "Assistentin der Geschäftsführung", "proc": "Leiter Einkauf", "sales": "Key Account Management Handel",
           "export": "Export Sales Manager", "plant": "Betriebsleiter Abfüllung", "qa": "Leiterin Qualitätssicherung & Quelllabor",
           "log": "Leiter Logistik & Versand"},
    "en": {"ceo": "Chief Executive Officer", "cfo": "Chief Financial Officer", "export": "Export Sales Manager",
           "uk_om": "Office Manager", "uk_acc": "Accountant", "it": "Head of IT", "sec": "IT Security & Mail Administration"},
}


def sig_de(key, greeting="Mit freundlichen Grüßen", short=False):
    n, a = S[key]
    t = TITLE["de"].get(key, "")
    if short:
        return "%s\n%s\n" % (greeting, n)
    return ("%s\n\n%s\n%s\n\nExample Group GmbH\nAm Quellenpark 3 · 61118 Bad Vilbel\nTel. %s\n%s · www.example.com\n\n"
            "Sitz der Gesellschaft: Bad Vilbel · Registergericht: Amtsgericht Friedberg (Hessen) HRB 7318\n"
            "Geschäftsführung: Dr. Matthias Krüger, Katrin Hoffmann · USt-IdNr. %s\n" % (greeting, n, t, C.PHONE[key], a, C.DE_UST))


def sig_en(key, greeting="Kind regards"):
    n, a = S[key]
    t = TITLE["en"].get(key, C.ROLE[key].split(",")[0])
    office = "Example Group UK Ltd · Unit 7, Barton Dock Road · Trafford Park · Manchester M41 7BQ" if key.startswith("uk") else \
        "Example Group GmbH · Am Quellenpark 3 · 61118 Bad Vilbel · Germany"
    return "%s\n\n%s\n%s\n%s\nT %s · %s\nwww.example.com\n" % (greeting, n, t, office, C.PHONE[key], a)


# ------------------------------------------------------------------ HTML flavours
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">%s<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                'span.%s\n\t{mso-style-type:personal-%s;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
                '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
                '</o:shapelayout></xml><![endif]--></head><body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                '<div class="WordSection1">')
STYLE_NAME = {"de": "E-MailFormatvorlage17", "en": "EmailStyle17", "it": "StileMessaggioDiPostaElettronica17",
              "pl": "StylWiadomociEmail17", "es": "EstiloCorreo17", "el": "EmailStyle17", "ru": "EmailStyle17"}


def outlook_html(inner, charset="utf-8", lang="de", reply=False, extra_meta=""):
    head = OUTLOOK_HEAD % (charset, extra_meta, STYLE_NAME[lang], "reply" if reply else "compose", lang.upper())
    return head + inner + "</div></body></html>"


def ol_p(text):
    """Plain text -> Outlook MsoNormal paragraphs (one per line, blank lines kept)."""
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(H(ln)))
    return "\n".join(out)


def linkify(s):
    import re
    return re.sub(r"(https?://[^\s<]+)", lambda mt: '<a href="%s">%s</a>' % (mt.group(1), mt.group(1)), s)


def gmail_html(text, sig=None, quote=None):
    parts = []
    for ln in text.split("\n"):
        parts.append("<div>%s</div>" % (linkify(H(ln)) if ln else "<br>"))
    body = '<div dir="ltr">' + "".join(parts)
    if sig:
        body += ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                 'data-smartmail="gmail_signature"><div dir="ltr">' + "<br>".join(H(x) for x in sig.split("\n")) + "</div></div>")
    body += "</div>"
    if quote:
        attrib, qtext = quote
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (H(attrib), "<br>".join(H(x) for x in qtext.split("\n"))))
    return body + "\n"


def tb_html(text, charset="UTF-8"):
    paras = "".join("    <p>%s</p>\n" % "<br>\n".join(linkify(H(x)) for x in blk.split("\n")) for blk in text.split("\n\n"))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s  </body>\n</html>\n' % (charset, paras))


# ------------------------------------------------------------------ payment codes
def epc(name, iban, amount, text, bic="", ref=""):
    """EPC069-12 'BCD' SEPA credit transfer payload, version 002, UTF-8."""
    lines = ["BCD", "002", "1", "SCT", bic, name, iban, "EUR%.2f" % amount, "", ref, text if not ref else ""]
    return "\n".join(lines)


def zbp(nip, iban, amount_grosze, name, title):
    return "%s|PL|%s|%06d|%s|%s|||" % (nip, iban[2:], amount_grosze, name, title)


def gost(name, acc, bank, bik, corr, inn, kpp, sum_kop, purpose):
    return "ST00012|Name=%s|PersonalAcc=%s|BankName=%s|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s|Sum=%d|Purpose=%s" % (
        name, acc, bank, bik, corr, inn, kpp, sum_kop, purpose)


def qr_html_table(payload, cell=4):
    """QR code drawn as an HTML table (evades image scanners; decodable from the HTML)."""
    mtx = qr.encode(payload)
    n = len(mtx)
    rows = []
    for y in range(-2, n + 2):
        cells = []
        for x in range(-2, n + 2):
            dark = 0 <= x < n and 0 <= y < n and mtx[y][x]
            cells.append('<td bgcolor="#%s" width="%d" height="%d"></td>' % ("000000" if dark else "ffffff", cell, cell))
        rows.append("<tr>%s</tr>" % "".join(cells))
    return ('<table data-qr="1" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;line-height:0">%s</table>'
            % "".join(rows))


def ics_dt(utc_dt):
    return "%04d%02d%02dT%02d%02d%02dZ" % (utc_dt.year, utc_dt.month, utc_dt.day, utc_dt.hour, utc_dt.minute, utc_dt.second)


def ics_local(zone, utc_dt):
    t = loc(zone, utc_dt)
    return "%04d%02d%02dT%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def ics_fold(text):
    out = []
    for ln in text.split("\n"):
        b = ln.encode("utf-8")
        first = True
        while len(b) > 74:
            cut = 74 if first else 73
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def pdf_doc(font="helv", producer="", creator="", title="", author="", when=None, tz_min=60):
    info = {}
    if title:
        info["Title"] = title
    if author:
        info["Author"] = author
    if creator:
        info["Creator"] = creator
    if producer:
        info["Producer"] = producer
    if when is not None:
        info["CreationDate"] = pdf.pdf_date(when, tz_min)
        info["ModDate"] = pdf.pdf_date(when, tz_min)
    return pdf.Doc(font=font, info=info)


def inert(kind, name):
    return ("INERT PLACEHOLDER – evaluation set for a mail gateway.\r\n"
            "This file stands for a malicious %s named '%s'. It contains no executable code.\r\n" % (kind, name)).encode("utf-8")


def ol_alt(m, text, lang, charset="utf-8", cte="quoted-printable", html_text=None, html_extra="", reply=False, label=None):
    """Outlook: multipart/alternative with the text part and the Word-HTML part."""
    inner = ol_p(html_text if html_text is not None else text) + html_extra
    return m.alt(m.plain(text, charset, cte, label=label),
                 m.html(outlook_html(inner, label or charset, lang, reply=reply), charset, cte, label=label))


def ol_cid(m):
    """Outlook style content-id for an inline signature image."""
    return "image001.png@01DD%s.%s" % (util.hexs(m.rng, 4, True), util.hexs(m.rng, 8, True))


def ol_alt_logo(m, text, lang, charset, cte, logo_png, alt_text, label=None):
    """Outlook message whose signature carries an inline logo: related(alternative(plain, html), image)."""
    cid = ol_cid(m)
    img = ('<p class="MsoNormal"><img width="180" height="54" style="width:1.875in;height:.5625in" id="Grafik_x0020_1" '
           'src="cid:%s" alt="%s"><o:p></o:p></p>' % (cid, H(alt_text)))
    inner = ol_p(text) + img
    alt = m.alt(m.plain(text, charset, cte, label=label), m.html(outlook_html(inner, label or charset, lang), charset, cte, label=label))
    return m.related(alt, m.inline_img(logo_png, "image001.png", cid))

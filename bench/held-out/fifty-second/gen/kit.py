"""Helpers for message authors: bodies, attachments, signatures, quoting."""
import base64

import checks as CK
import docs
import mime
import qr
import util
from company import STAFF, OFFICES
from mime import Multi, attachment, text

# -------------------------------------------------------------- ids --------
VAT = {
    "DE": CK.de_ustid("12874536"),
    "IT": "IT" + CK.it_piva("0384219023"),
    "PL": "PL" + CK.pl_nip("779249631"),
    "ES": CK.es_cif("B", "6618423"),
    "GR": CK.gr_afm("80123456"),
    "RU_INN": CK.inn10("784215736"),
    "UK": "GB 318 4471 62",
}
PHONE = {"DE": "+49 821 4508-", "IT": "+39 045 8203 ", "PL": "+48 61 8450 ", "ES": "+34 93 261 ",
         "GR": "+30 210 6148 ", "UK": "+44 113 496 ", "RU": "+7 812 643-"}
EXT = {"ceo": "100", "cfo": "210", "ap": "233", "ar": "236", "hr": "150", "ithead": "400", "itsec": "410",
       "assist": "101", "proc": "320", "sales": "530", "kam": "540", "prod": "610", "it_mgr": "210",
       "it_acc": "215", "it_sales": "230", "pl_mgr": "100", "pl_acc": "120", "es_mgr": "140", "es_acc": "145",
       "gr_mgr": "300", "gr_acc": "310", "uk_mgr": "0710", "uk_acc": "0722", "ru_mgr": "10-01", "ru_acc": "10-05"}


def phone(key):
    return PHONE[STAFF[key][2]] + EXT[key]


# ------------------------------------------------------------ bodies -------
def plain(txt, cs="utf-8", cte="quoted-printable", **kw):
    return text(txt, "plain", cs, cte, **kw)


def alt(txt, cs="utf-8", cte="quoted-printable", style="outlook", lang="de", html=None, hcs=None, hcte=None,
        flowed=False, delsp=False):
    hcs = hcs or cs
    h = html if html is not None else mime.html_from_text(txt, style, lang, hcs)
    return Multi("alternative", [text(txt, "plain", cs, cte, flowed=flowed, delsp=delsp), text(h, "html", hcs, hcte or cte)])


def mixed(first, *atts):
    return Multi("mixed", [first] + list(atts))


def related(first, *imgs):
    return Multi("related", [first] + list(imgs), params=[("type", "multipart/alternative" if isinstance(first, Multi) else "text/html")])


def pdf_att(name, blocks, ctype="application/pdf", seed=None, outlook=False, t=None, **kw):
    data = docs.pdf(blocks, seed=seed or name, **kw)
    return attachment(data, ctype, name, desc=outlook, disp_extra=_odisp(len(data), t) if outlook else ())


def _odisp(size, t):
    if t is None:
        return [("size", str(size))]
    d = util.rfc_date(t, "UTC").replace("+0000", "GMT")
    return [("size", str(size)), ("creation-date", d), ("modification-date", d)]


def zip_att(name, entries, password=None, ctype="application/zip", outlook=False, t=None, fname="plain"):
    data = docs.zip_bytes(entries, password=password, seed=name)
    return attachment(data, ctype, name, desc=outlook, fname=fname, disp_extra=_odisp(len(data), t) if outlook else ())


def png_att(name, data, inline=False, cid=None):
    return attachment(data, "image/png", name, inline=inline, cid=cid)


def qr_png(url, ecl="M", scale=5):
    data, q = qr.qr_png(url, ecl, scale)
    return data


def html_att(name, html, cs="utf-8"):
    a = attachment(html.encode(cs), "text/html", name)
    a.params.insert(0, ("charset", cs))
    return a


def svg_att(name, svg):
    return attachment(svg.encode("utf-8"), "image/svg+xml", name)


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --------------------------------------------------------- signatures ------
def sig(key, lang=None, short=False):
    name, addr, off, role = STAFF[key]
    lang = lang or {"DE": "de", "IT": "it", "PL": "pl", "ES": "es", "GR": "el", "UK": "en", "RU": "ru"}[off]
    ph = phone(key)
    title = {"ceo": "Dr. " + name}.get(key, name)
    if lang == "de":
        close = "Mit freundlichen Grüßen" if not short else "Viele Grüße"
        legal = ("Example Group GmbH · Sitz: Augsburg · Amtsgericht Augsburg HRB 31742\n"
                 "Geschäftsführung: Dr. Matthias Köhler, Sabine Brückner · USt-IdNr. %s" % VAT["DE"])
        return "%s\n\n%s\n%s\n\nExample Group GmbH\nHaunstetter Straße 112 · 86161 Augsburg\nTel. %s\n%s · www.example.com\n\n%s" % (
            close, title, ROLE_DE.get(key, role), ph, addr, legal)
    if lang == "en":
        close = "Kind regards" if not short else "Best"
        if off == "UK":
            return "%s\n\n%s\n%s\nExample Group UK Ltd\nUnit 4, Kirkstall Industrial Park, Leeds LS5 3BF\nT %s | %s\nRegistered in England and Wales No. 08471263 | VAT %s" % (
                close, name, role, ph, addr, VAT["UK"])
        return "%s\n\n%s\n%s\nExample Group GmbH | Augsburg, Germany\nT %s | %s" % (close, title, role, ph, addr)
    if lang == "it":
        return "Cordiali saluti\n\n%s\n%s\nExample Group Italia S.r.l.\nVia dell'Industria 18 - 37135 Verona\nTel. %s\n%s\nP.IVA %s" % (
            name, ROLE_IT.get(key, role), ph, addr, VAT["IT"][2:])
    if lang == "pl":
        return "Pozdrawiam\n\n%s\n%s\nExample Group Polska sp. z o.o.\nul. Głogowska 248, 60-104 Poznań\ntel. %s\n%s\nNIP %s" % (
            name, ROLE_PL.get(key, role), ph, addr, VAT["PL"][2:])
    if lang == "es":
        return "Un saludo,\n\n%s\n%s\nExample Group Iberia S.L.\nCarrer de la Indústria 45, 08908 L'Hospitalet de Llobregat\nTel. %s\n%s" % (
            name, ROLE_ES.get(key, role), ph, addr)
    if lang == "el":
        return "Με εκτίμηση,\n\n%s\n%s\nExample Group Hellas Μονοπρόσωπη Α.Ε.\nΛεωφ. Αθηνών 112, 104 42 Αθήνα\nΤηλ. %s\n%s" % (
            GREEK_NAME.get(key, name), ROLE_EL.get(key, role), ph, addr)
    if lang == "ru":
        return "С уважением,\n%s\n%s\nООО \"Экзампл Груп Рус\"\nСанкт-Петербург, ул. Салова, д. 27\nТел. %s\n%s" % (
            RU_NAME.get(key, name), ROLE_RU.get(key, role), ph, addr)
    raise ValueError(lang)


ROLE_DE = {"ceo": "Vorsitzender der Geschäftsführung (CEO)", "cfo": "Geschäftsführerin Finanzen (CFO)",
           "ap": "Kreditorenbuchhaltung", "ar": "Debitorenbuchhaltung / Forderungsmanagement",
           "hr": "Personal & Lohnbuchhaltung", "ithead": "Leiter IT", "itsec": "IT-Sicherheit / Messaging",
           "assist": "Assistenz der Geschäftsführung", "proc": "Einkauf Papier, Karton & Verbrauchsmaterial",
           "sales": "Vertrieb Verpackungsdruck", "kam": "Key Account Management Zeitschriften",
           "prod": "Produktionsplanung Drucksaal"}
ROLE_IT = {"it_mgr": "Responsabile di sede", "it_acc": "Amministrazione e contabilità", "it_sales": "Commerciale etichette e packaging"}
ROLE_PL = {"pl_mgr": "Kierownik biura", "pl_acc": "Główny księgowy"}
ROLE_ES = {"es_mgr": "Director de oficina", "es_acc": "Administración y contabilidad"}
ROLE_EL = {"gr_mgr": "Διευθυντής γραφείου", "gr_acc": "Λογιστήριο"}
ROLE_RU = {"ru_mgr": "Директор", "ru_acc": "Главный бухгалтер"}
GREEK_NAME = {"gr_mgr": "Νίκος Παπαδόπουλος", "gr_acc": "Ελένη Γεωργίου"}
RU_NAME = {"ru_mgr": "Дмитрий Соколов", "ru_acc": "Ольга Смирнова"}

# ----------------------------------------------------------- quoting -------
DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}
MONTHS = {
    "de": ["Oktober", "November", "Dezember"], "en": ["October", "November", "December"],
    "it": ["ottobre", "novembre", "dicembre"], "pl": ["października", "listopada", "grudnia"],
    "es": ["octubre", "noviembre", "diciembre"], "el": ["Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["октября", "ноября", "декабря"],
}
LBL = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"), "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"), "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"), "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def ldate(t, lang, zone="DE"):
    lt = util.local(t, zone)[0]
    d, mo, y, hm = lt.day, MONTHS[lang][lt.month - 10], lt.year, lt.strftime("%H:%M")
    wd = DAYS[lang][lt.weekday()]
    return {"de": "%s, %d. %s %d %s" % (wd, d, mo, y, hm), "en": "%s, %d %s %d %s" % (wd, d, mo, y, hm),
            "it": "%s %d %s %d %s" % (wd, d, mo, y, hm), "pl": "%s, %d %s %d %s" % (wd, d, mo, y, hm),
            "es": "%s, %d de %s de %d %s" % (wd, d, mo, y, hm), "el": "%s, %d %s %d %s" % (wd, d, mo, y, hm),
            "ru": "%s, %d %s %d г. %s" % (wd, d, mo, y, hm)}[lang]


def _fa(p):
    return "%s <%s>" % p if p[0] else p[1]


def ol_quote(lang, frm, t, to, subject, body, cc=None, zone="DE"):
    l = LBL[lang]
    lines = ["", "%s: %s" % (l[0], _fa(frm)), "%s: %s" % (l[1], ldate(t, lang, zone)), "%s: %s" % (l[2], "; ".join(_fa(x) for x in to))]
    if cc:
        lines.append("%s: %s" % (l[3], "; ".join(_fa(x) for x in cc)))
    lines.append("%s: %s" % (l[4], subject))
    return "\n".join(lines) + "\n\n" + body


def gt_quote(intro, body):
    return "\n" + intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))


def old_msgid(seed, domain="EX01.corp.example.com"):
    r = util.rng("old", seed)
    return "<%s@%s>" % (util.rhex(r, 32), domain)


def o365_msgid(seed, pfx="FR2P281MB", prd="DEUP281.PROD.OUTLOOK.COM"):
    r = util.rng("old", seed)
    mbx = pfx + str(r.randrange(1000, 9999))
    return "<%s%s@%s.%s>" % (mbx, util.rhex(r, 24, upper=True), mbx, prd)

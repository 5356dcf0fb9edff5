"""Shared text helpers: reply/quote headers in each client's language,
signatures of staff, small formatting helpers."""
from util import local, iban_fmt

WD = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}
MO = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}
LBL = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def D(zone, mo, d, h, mi, s=0):
    return local(zone, 2026, mo, d, h, mi, s)


def odate(lang, dt):
    wd, mo = WD[lang][dt.weekday()], MO[lang][dt.month - 1]
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "en":
        return "%s, %d %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "it":
        return "%s %d %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "es":
        return "%s, %d de %s de %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "el":
        h = dt.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (wd, dt.day, mo, dt.year, h, dt.minute, "πμ" if dt.hour < 12 else "μμ")
    if lang == "ru":
        return "%s, %d %s %d г. %d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)


def who(p):
    return "%s <%s>" % p if p[0] else p[1]


def outlook_quote(lang, frm, dt, to, subject, body, cc=None):
    l = LBL[lang]
    lines = ["%s: %s" % (l[0], who(frm)), "%s: %s" % (l[1], odate(lang, dt)),
             "%s: %s" % (l[2], "; ".join(who(p) for p in to))]
    if cc:
        lines.append("%s: %s" % (l[3], "; ".join(who(p) for p in cc)))
    lines.append("%s: %s" % (l[4], subject))
    return "\n\n" + "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def tb_quote_de(name, dt, body):
    return "\nAm %02d.%02d.%02d um %02d:%02d schrieb %s:\n%s\n" % (
        dt.day, dt.month, dt.year % 100, dt.hour, dt.minute, name, gt(body))


SIG = {
    "jana.hoffmann": "Mit freundlichen Grüßen\n\nJana Hoffmann\nKreditorenbuchhaltung\n\nExample Group SE\nMainzer Landstraße 181 | 60327 Frankfurt am Main\nTel. +49 69 2475-3312 | jana.hoffmann@example.com",
    "frank.neumann": "Viele Grüße\nFrank Neumann\n\nEinkauf / Procurement\nExample Group SE | Mainzer Landstraße 181 | 60327 Frankfurt am Main\nTel. +49 69 2475-3240 | Mobil +49 171 4419 082",
    "matthias.koehler": "Dr. Matthias Köhler\nVorsitzender des Vorstands / CEO\nExample Group SE",
    "lukas.weiss": "Lukas Weiß\nIT-Sicherheit / Mail-Administration\nExample Group SE | Tel. +49 69 2475-4410",
    "thomas.brenner": "Thomas Brenner\nHead of IT\nExample Group SE | Mainzer Landstraße 181 | 60327 Frankfurt am Main\nT +49 69 2475-4400",
    "sarah.oconnor": "Kind regards,\n\nSarah O'Connor\nFinance | Example Group UK\n20 Worship Street, London EC2A 2DX\nT +44 20 7946 0318",
    "marco.bianchi": "Cordiali saluti\n\nMarco Bianchi\nAmministrazione e Contabilità\nExample Group Italia S.r.l. - Via Gallarate 205, 20151 Milano\nTel. +39 02 3809 4417",
    "lucia.fernandez": "Un saludo,\n\nLucía Fernández\nContabilidad | Example Group Iberia S.A.\nCalle de Alcalá 265, 28027 Madrid\nTel. +34 91 769 21 40",
    "pawel.lukasik": "Pozdrawiam\nPaweł Łukasik\nKsięgowość | Example Group Polska sp. z o.o.\nul. Legnicka 48, 54-202 Wrocław\ntel. +48 71 757 30 12",
    "eleni.georgiou": "Με εκτίμηση,\nΕλένη Γεωργίου\nΛογιστήριο | Example Group Hellas Μ.Α.Ε.\nΛεωφ. Κηφισίας 124, 151 25 Μαρούσι\nΤηλ. +30 210 6187 342",
    "olga.ivanova": "С уважением,\nОльга Иванова\nглавный бухгалтер\nООО «Экзампл Груп Рус»\nтел. +7 812 448-27-16",
}


def money_de(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money_en(x):
    return "{:,.2f}".format(x)


def ib(x):
    return iban_fmt(x)

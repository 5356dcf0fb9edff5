"""Shared helpers for message texts: quoting, dates in local languages, placeholders."""
import infra as I

WD = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MO = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}


def long_date(t_utc, zone, lang):
    lt, _ = I.local(t_utc, zone)
    wd, mo = WD[lang][lt.weekday()], MO[lang][lt.month - 1]
    hm = lt.strftime("%H:%M")
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, lt.day, mo, lt.year, hm)
    if lang == "en":
        return "%s, %d %s %d %s" % (wd, lt.day, mo, lt.year, hm)
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (wd, lt.day, mo, lt.year, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (wd, lt.day, mo, lt.year, hm)
    return "%s %d %s %d %s" % (wd, lt.day, mo, lt.year, hm)


def outlook_quote(lang, frm, t_utc, zone, to, subject, lines, cc=None):
    L = LABELS[lang]
    out = ["", "%s: %s" % (L[0], frm), "%s: %s" % (L[1], long_date(t_utc, zone, lang)), "%s: %s" % (L[2], to)]
    if cc:
        out.append("%s: %s" % (L[3], cc))
    out.append("%s: %s" % (L[4], subject))
    out.append("")
    return out + list(lines)


def tb_quote(intro, lines):
    return ["", intro] + ["> " + l if l else ">" for l in lines]


def placeholder(desc):
    return ("placeholder - inert file, no executable content (%s)\n" % desc).encode()


def money_de(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money_pl(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", " ").replace(".", ",")

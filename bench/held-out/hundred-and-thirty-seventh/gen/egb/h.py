"""Authoring helpers shared by the message modules."""
import base64
import datetime

from . import company
from .core import local, to_zone, guid, rstr, HEXL, HEXU, ALNUM
from .systems import gmail_msgid

S = company.S

WD = {
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pl': ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'el': ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
}
MO = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
}
OUTLOOK_LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def long_date(dt, lang, zone='Europe/Berlin', with_time=True):
    d, _ = to_zone(dt, zone)
    wd = WD[lang][d.weekday()]
    mo = MO[lang][d.month - 1]
    t = ' %02d:%02d' % (d.hour, d.minute) if with_time else ''
    if lang == 'de':
        return '%s, %d. %s %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'en':
        return '%s, %d %s %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'it':
        return '%s %d %s %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'pl':
        return '%s, %d %s %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'es':
        return '%s, %d de %s de %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'el':
        return '%s, %d %s %d%s' % (wd, d.day, mo, d.year, t)
    if lang == 'ru':
        return '%s, %d %s %d г.%s' % (wd, d.day, mo, d.year, t)
    raise ValueError(lang)


def outlook_quote_header(lang, frm, sent_dt, to, subject, cc=None, zone='Europe/Berlin'):
    L = OUTLOOK_LABELS[lang]
    lines = ['%s: %s' % (L[0], frm), '%s: %s' % (L[1], long_date(sent_dt, lang, zone)), '%s: %s' % (L[2], to)]
    if cc:
        lines.append('%s: %s' % (L[3], cc))
    lines.append('%s: %s' % (L[4], subject))
    return '\n'.join(lines)


def setup(m, frm, to, subject, sent, zone='Europe/Berlin', rcpt=None, cc=None, reply_to=None, env_from=None,
          style='outlook', msgid=None, irt=None, refs=None):
    m.frm = frm
    m.to = to if isinstance(to, list) else [to]
    m.cc = cc or []
    m.reply_to = reply_to
    m.subject = subject
    m.sent = sent
    m.zone = zone
    m.rcpt = rcpt or m.to[0][1]
    m.env_from = env_from if env_from is not None else frm[1]
    m.irt = irt
    m.refs = refs or ([irt] if irt else [])
    if style in ('thunderbird',):
        m.hcharset, m.henc, m.hmode = 'UTF-8', 'Q', 'minimal'
    elif style in ('gmail', 'apple'):
        m.hcharset, m.henc, m.hmode = 'UTF-8', 'B', 'whole'
    else:
        m.hcharset, m.henc, m.hmode = 'utf-8', 'B', 'whole'
    m.msgid = msgid
    return m


def mid_m365(m, server='AM9PR07MB7123', pod='eurprd07'):
    return '%s%s@%s.%s.prod.outlook.com' % (server, rstr(m.rng, HEXU, 30), server, pod)


def mid_exchange(m, server='EXCH01'):
    return '%s@%s.corp.example.com' % (rstr(m.rng, HEXL, 32), server)


def mid_tb(m, domain):
    return '%s@%s' % (guid(m.rng), domain)


def mid_outlook_classic(m, domain):
    r = m.rng
    return '%06x01dc%s$%s$%s$@%s' % (r.randint(0, 0xffff), rstr(r, HEXL, 4), rstr(r, HEXL, 8), rstr(r, HEXL, 8), domain)


def mid_gmail(m):
    return gmail_msgid(m.rng)


def mid_apple(m, domain):
    return '%s@%s' % (guid(m.rng, upper=True), domain)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def meta(m, what, why, pair=None, structure=None):
    m.meta['what'] = what
    m.meta['why'] = why
    if pair:
        m.meta['pair'] = pair
    if structure:
        m.meta['structure'] = structure


def urls(m, *us):
    for u in us:
        m.fact('URL', u)


def pdf_meta(m, dt, title, author='', creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365'):
    zone = m.zone if m.zone in ('Europe/Berlin', 'Europe/Rome', 'Europe/Warsaw', 'Europe/Madrid', 'Europe/London',
                                'Europe/Athens', 'Europe/Moscow') else 'Europe/Berlin'
    return dict(date=to_zone(dt, zone)[0], title=title, author=author, creator=creator, producer=producer, seed=m.fname)

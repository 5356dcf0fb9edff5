"""Small helpers shared by the message modules: localized dates for quoted
headers, signatures, document builders (PDF/SVG/HTML/ZIP/QR)."""
import base64
import datetime as dt

import archive
import ident as I
import qr
from people import OFFICES, S, LIEF
from util import parse_local, local, rng_for

WD = {
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'pl': ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    'el': ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
}
MO = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
           'Oktober', 'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
           'settembre', 'ottobre', 'novembre', 'dicembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
           'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
           'września', 'października', 'listopada', 'grudnia'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου',
           'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
           'сентября', 'октября', 'ноября', 'декабря'],
}


def _d(s):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M')


def qdate(lang, s):
    """Outlook/Gmail style date for quoted headers."""
    d = _d(s)
    w, m = WD[lang][d.weekday()], MO[lang][d.month - 1]
    hm = d.strftime('%H:%M')
    if lang == 'de':
        return '%s, %d. %s %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'en':
        return '%s, %d %s %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'it':
        return '%s %d %s %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'es':
        return '%s, %d de %s de %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'pl':
        return '%s, %d %s %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'el':
        return '%s, %d %s %d %s' % (w, d.day, m, d.year, hm)
    if lang == 'ru':
        return '%s, %d %s %d г. %s' % (w, d.day, m, d.year, hm)


def gmail_attr(lang, s, name, address):
    d = _d(s)
    if lang == 'es':
        return 'El %s, %d %s %d a las %s, %s (<%s>) escribió:' % (
            WD['es'][d.weekday()][:3], d.day, MO['es'][d.month - 1][:3], d.year,
            d.strftime('%H:%M'), name, address)
    if lang == 'en':
        return 'On %s, %d %s %d at %s, %s <%s> wrote:' % (
            WD['en'][d.weekday()][:3], d.day, MO['en'][d.month - 1][:3], d.year,
            d.strftime('%H:%M'), name, address)
    raise ValueError(lang)


def wday(lang, s):
    return WD[lang][dt.datetime.strptime(s, '%Y-%m-%d').weekday()]


def dmy(s):
    d = dt.datetime.strptime(s, '%Y-%m-%d')
    return d.strftime('%d.%m.%Y')


# ---------------------------------------------------------------- signatures
HQ = OFFICES['HQ']


def sig_hq(key, title, ext, mobile=None):
    n, a = S[key]
    s = '%s\n%s\n\nExample Group GmbH\nTullastraße 84 | 79108 Freiburg im Breisgau\nTel. +49 761 4587-%s' % (
        n, title, ext)
    if mobile:
        s += ' | Mobil %s' % mobile
    s += '\n%s | www.example.com' % a
    s += ('\n\nSitz der Gesellschaft: Freiburg im Breisgau | Registergericht: Amtsgericht Freiburg '
          'HRB 712345\nGeschäftsführer: Jürgen Hoffmann | USt-IdNr.: %s' % HQ['vat'])
    return s


def sig_lief(person, title, ext, email):
    return ('%s\n%s\n\nLieferant GmbH\nHafenstraße 21 | 97424 Schweinfurt\n'
            'Tel. +49 9721 6480-%s | Fax +49 9721 6480-299\n%s | www.lieferant-gmbh.de\n\n'
            'Geschäftsführer: Dr. Klaus Reinhardt, Anja Seidel | Amtsgericht Schweinfurt HRB 4821 | '
            'USt-IdNr. %s' % (person, title, ext, email, LIEF['vat']))


# ---------------------------------------------------------------- documents
def pdf(lines, title, author, creator, producer, when, subject=''):
    d = _d(when)
    created = "D:%s+01'00'" % d.strftime('%Y%m%d%H%M%S')
    L = []
    for l in lines:
        if isinstance(l, str):
            L.append(l if l in ('', '\f') else (l, 10, False))
        else:
            L.append(l)
    return archive.make_pdf(L, title, author, creator, producer, created, subject)


def H(text, size=14):
    return (text, size, True)


def B(text, size=10):
    return (text, size, True)


def zip_(entries, password=None, key='zip'):
    rng = rng_for('zip', key)
    return archive.make_zip(entries, password, rng)


PLACEHOLDER = b'INERT TEST PLACEHOLDER - no executable content (evaluation corpus)\r\n'


def qr_png(url, scale=6):
    q = qr.QR(url, 'M')
    return q.png(scale, 4)


def html_attr(s):
    import html
    return html.escape(s, quote=True)

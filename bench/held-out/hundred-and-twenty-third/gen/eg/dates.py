"""Time zones used in the set (fixed rules for 2026) and date formatting."""
import datetime as _dt

UTC = _dt.timezone.utc
_EU_DST = (_dt.datetime(2026, 3, 29, 1, tzinfo=UTC), _dt.datetime(2026, 10, 25, 1, tzinfo=UTC))
_US_PT_DST_END = _dt.datetime(2026, 11, 1, 9, tzinfo=UTC)
_US_ET_DST_END = _dt.datetime(2026, 11, 1, 6, tzinfo=UTC)

ZONES = {
    # zone: (std offset h, dst offset h, std name, dst name)
    'cet': (1, 2, 'CET', 'CEST'),
    'uk': (0, 1, 'GMT', 'BST'),
    'eet': (2, 3, 'EET', 'EEST'),
    'msk': (3, 3, 'MSK', 'MSK'),
    'utc': (0, 0, 'UTC', 'UTC'),
    'pt': (-8, -7, 'PST', 'PDT'),
    'et': (-5, -4, 'EST', 'EDT'),
}


def _is_dst(zone, u):
    if zone in ('cet', 'uk', 'eet'):
        return _EU_DST[0] <= u < _EU_DST[1]
    if zone == 'pt':
        return u < _US_PT_DST_END
    if zone == 'et':
        return u < _US_ET_DST_END
    return False


def tz_for(zone, u):
    std, dst, sn, dn = ZONES[zone]
    d = _is_dst(zone, u.astimezone(UTC))
    return _dt.timezone(_dt.timedelta(hours=dst if d else std), dn if d else sn)


def local(zone, u):
    """Convert aware datetime u to the zone's local time."""
    return u.astimezone(tz_for(zone, u))


def hamburg(y, mo, d, h, mi, s=0):
    """Aware datetime from Hamburg wall-clock time."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    for off in (2, 1):
        cand = naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))
        if tz_for('cet', cand).utcoffset(None) == _dt.timedelta(hours=off):
            return local('cet', cand)
    raise ValueError


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc(dt, tzname=False):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                                   dt.hour, dt.minute, dt.second, sign, abs(mins) // 60, abs(mins) % 60)
    if tzname:
        s += ' (%s)' % dt.tzname()
    return s


def rfc_pad(dt):
    """Exchange style with two-digit day: 'Tue, 06 Oct 2026 ...'"""
    s = rfc(dt)
    p = s.split(' ', 2)
    return '%s %02d %s' % (p[0], int(p[1]), p[2])


WEEKDAYS = {
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pl': ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'el': ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
}
MONTHS = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
}


def outlook_sent(dt, lang):
    """Date line as Outlook writes it in a quoted header block."""
    wd = WEEKDAYS[lang][dt.weekday()]
    mo = MONTHS[lang][dt.month - 1]
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == 'en':
        h = dt.hour % 12 or 12
        return '%s, %s %d, %d %d:%02d %s' % (wd, mo, dt.day, dt.year, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %02d:%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == 'el':
        return '%s, %d %s %d %d:%02d %s' % (wd, dt.day, mo, dt.year, dt.hour % 12 or 12, dt.minute, 'π.μ.' if dt.hour < 12 else 'μ.μ.')
    if lang == 'ru':
        return '%s, %d %s %d г. %d:%02d' % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    raise ValueError(lang)


def short_date(dt, lang):
    if lang in ('de', 'ru', 'pl'):
        return dt.strftime('%d.%m.%Y')
    if lang == 'en':
        return dt.strftime('%d/%m/%Y')
    return dt.strftime('%d/%m/%Y')

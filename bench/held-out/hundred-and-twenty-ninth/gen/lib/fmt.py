"""Text / HTML formatting helpers imitating real mail clients (Outlook, Gmail, Thunderbird)."""
import html as _html

from . import util

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
LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def outlook_date(t, zone, lang):
    d = util.local(t, zone)
    wd, mo = WD[lang][d.weekday()], MO[lang][d.month - 1]
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'en':
        h = d.hour % 12 or 12
        return '%s, %s %d, %d %d:%02d %s' % (wd, mo, d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'el':
        h = d.hour % 12 or 12
        return '%s, %d %s %d %d:%02d %s' % (wd, d.day, mo, d.year, h, d.minute, 'π.μ.' if d.hour < 12 else 'μ.μ.')
    if lang == 'ru':
        return '%s, %d %s %d г. %d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    raise KeyError(lang)


def outlook_quote_text(lang, frm, t, zone, to, subject, cc=None):
    L = LABELS[lang]
    s = '%s: %s\n%s: %s\n%s: %s\n' % (L[0], frm, L[1], outlook_date(t, zone, lang), L[2], to)
    if cc:
        s += '%s: %s\n' % (L[3], cc)
    s += '%s: %s\n' % (L[4], subject)
    return s


def outlook_quote_html(lang, frm, t, zone, to, subject, cc=None):
    L = LABELS[lang]
    rows = [(L[0], frm), (L[1], outlook_date(t, zone, lang)), (L[2], to)]
    if cc:
        rows.append((L[3], cc))
    rows.append((L[4], subject))
    inner = '<br>\n'.join('<b>%s:</b> %s' % (esc(a), esc(b)) for a, b in rows)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="%s" style="mso-fareast-language:DE">' % lang.upper() +
            '</span></b><span style="mso-fareast-language:DE">' + inner + '<o:p></o:p></span></p>\n</div>\n')


def gmail_attrib(lang, t, zone, name, email):
    d = util.local(t, zone)
    if lang == 'de':
        wd = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'][d.weekday()]
        mo = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][d.month - 1]
        return 'Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:' % (wd, d.day, mo, d.year, d.hour, d.minute, name, email)
    if lang == 'en':
        h = d.hour % 12 or 12
        return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
            ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()],
            ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1],
            d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM', name, email)
    if lang == 'es':
        return 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (
            ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'][d.weekday()], d.day,
            ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'][d.month - 1],
            d.year, d.hour, d.minute, name, email)
    if lang == 'el':
        return 'Στις %s %d %s %d στις %d:%02d, ο χρήστης %s <%s> έγραψε:' % (
            ['Δευ', 'Τρί', 'Τετ', 'Πέμ', 'Παρ', 'Σάβ', 'Κυρ'][d.weekday()], d.day,
            ['Ιαν', 'Φεβ', 'Μαρ', 'Απρ', 'Μαΐ', 'Ιουν', 'Ιουλ', 'Αυγ', 'Σεπ', 'Οκτ', 'Νοε', 'Δεκ'][d.month - 1],
            d.year, d.hour, d.minute, name, email)
    if lang == 'it':
        return 'Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:' % (
            ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'][d.weekday()], d.day,
            ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'][d.month - 1],
            d.year, d.hour, d.minute, name, email)
    if lang == 'pl':
        return '%s, %d %s %d o %02d:%02d %s <%s> napisał(a):' % (
            ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'][d.weekday()], d.day,
            ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'][d.month - 1],
            d.year, d.hour, d.minute, name, email)
    if lang == 'ru':
        return '%s, %d %s %d г. в %d:%02d, %s <%s>:' % (
            ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'][d.weekday()], d.day, MO['ru'][d.month - 1], d.year,
            d.hour, d.minute, name, email)
    raise KeyError(lang)


def tb_attrib(lang, t, zone, name):
    d = util.local(t, zone)
    if lang == 'de':
        return 'Am %02d.%02d.%02d um %02d:%02d schrieb %s:' % (d.day, d.month, d.year % 100, d.hour, d.minute, name)
    return 'On %d/%d/%d %d:%02d, %s wrote:' % (d.month, d.day, d.year % 100, d.hour, d.minute, name)


def esc(s):
    return _html.escape(s, quote=False)


def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + ln) if ln else prefix.rstrip() for ln in text.split('\n'))


def paras_html(text, cls='MsoNormal'):
    out = []
    for block in text.split('\n'):
        if block.strip() == '':
            out.append('<p class="%s"><o:p>&nbsp;</o:p></p>' % cls)
        else:
            out.append('<p class="%s">%s<o:p></o:p></p>' % (cls, esc(block)))
    return '\n'.join(out)


def outlook_html(body_text, lang='de', charset='utf-8', quoted_html='', sig_html='', extra_style=''):
    """Word-generated HTML as produced by Outlook for Windows."""
    lang_attr = {'de': 'DE', 'en': 'EN-GB', 'it': 'IT', 'pl': 'PL', 'es': 'ES', 'el': 'EL', 'ru': 'RU'}[lang]
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n%s--></style><!--[if gte mso 9]><xml>\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
            '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n%s</div>\n</body>\n</html>\n' % (
                charset, extra_style, lang_attr, paras_html(body_text), sig_html, quoted_html))


def gmail_html(body_text, quoted_html=''):
    parts = []
    for block in body_text.split('\n'):
        parts.append('<div>%s</div>' % (esc(block) if block.strip() else '<br>'))
    return '<div dir="ltr">%s</div>%s\n' % (''.join(parts), quoted_html)


def gmail_quote_html(attrib, quoted_inner_html):
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>' % (esc(attrib), quoted_inner_html))


def simple_html(body_text, font='Arial, Helvetica, sans-serif', size='10pt'):
    parts = []
    for block in body_text.split('\n'):
        parts.append(esc(block) if block.strip() else '')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: %s; font-size: %s;">%s</div></body></html>\n' % (
                font, size, '<br>\n'.join(parts)))


def strip_html(h):
    import re
    h = re.sub(r'(?is)<(style|script|head).*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>', '\n', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = _html.unescape(h)
    lines = [' '.join(l.split()) for l in h.split('\n')]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return '\n'.join(out).strip() + '\n'

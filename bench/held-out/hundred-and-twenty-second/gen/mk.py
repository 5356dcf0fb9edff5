"""Helpers to write bodies the way real clients do (Outlook/Word HTML, Gmail, Thunderbird quoting)."""
import html as _h

from util import fmt_date, zone_offset
import datetime as _dt

esc = _h.escape

OL_STYLE = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>')


def ol_html(inner, charset='utf-8', lang='DE', generator='Microsoft Word 15 (filtered medium)'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="%s">\n%s\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, generator, OL_STYLE, lang, inner))


def linkify(t, links):
    """links: dict visible text -> href (applied to escaped text)."""
    for vis, href in links.items():
        t = t.replace(esc(vis), '<a href="%s">%s</a>' % (esc(href), esc(vis)))
    return t


def ol_paras(text, links=None, bold=()):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            t = esc(line)
            if links:
                t = linkify(t, links)
            for b in bold:
                t = t.replace(esc(b), '<b>%s</b>' % esc(b))
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % t)
    return '\n'.join(out)


HDR_LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}
DAYNAMES = {
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


def local(t, zone):
    off, _ = zone_offset(zone, t)
    return t + _dt.timedelta(minutes=off)


def ol_sent(t, zone, lang):
    d = local(t, zone)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (DAYNAMES['de'][d.weekday()], d.day, MONTHS['de'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'en':
        h = d.hour % 12 or 12
        return '%s, %d %s %d %d:%02d %s' % (DAYNAMES['en'][d.weekday()], d.day, MONTHS['en'][d.month - 1], d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %02d:%02d' % (DAYNAMES['it'][d.weekday()], d.day, MONTHS['it'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (DAYNAMES['pl'][d.weekday()], d.day, MONTHS['pl'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (DAYNAMES['es'][d.weekday()], d.day, MONTHS['es'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'el':
        return '%s, %d %s %d %d:%02d %s' % (DAYNAMES['el'][d.weekday()], d.day, MONTHS['el'][d.month - 1], d.year, d.hour % 12 or 12, d.minute, 'π.μ.' if d.hour < 12 else 'μ.μ.')
    if lang == 'ru':
        return '%s, %d %s %d г. %d:%02d' % (DAYNAMES['ru'][d.weekday()], d.day, MONTHS['ru'][d.month - 1], d.year, d.hour, d.minute)


def ol_quote(lang, frm, sent, to, subject, body, cc=None):
    """Outlook-style quoted earlier message: (plain, html)."""
    L = HDR_LABELS[lang]
    fr = '%s <%s>' % frm if frm[0] else frm[1]
    tos = '; '.join('%s <%s>' % x if x[0] else x[1] for x in to)
    plain = '\n%s: %s\n%s: %s\n%s: %s\n' % (L[0], fr, L[1], sent, L[2], tos)
    if cc:
        plain += '%s: %s\n' % (L[3], '; '.join('%s <%s>' % x for x in cc))
    plain += '%s: %s\n\n%s\n' % (L[4], subject, body)
    h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         '<p class="MsoNormal"><b><span lang="%s">%s:</span></b><span lang="%s"> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n'
         % (lang.upper(), L[0], lang.upper(), esc(fr), L[1], esc(sent), L[2], esc(tos)))
    if cc:
        h += '<b>%s:</b> %s<br>\n' % (L[3], esc('; '.join('%s <%s>' % x for x in cc)))
    h += '<b>%s:</b> %s<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s' % (L[4], esc(subject), ol_paras(body))
    return plain, h


def gm_html(text, links=None):
    parts = []
    for line in text.split('\n'):
        t = esc(line)
        if links:
            t = linkify(t, links)
        parts.append(t if line else '')
    return '<div dir="ltr">' + '<br>'.join(parts) + '</div>\n'


GM_WROTE = {
    'de': lambda d, who: 'Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s:' % (['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'][d.weekday()], d.day, ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][d.month - 1], d.year, d.hour, d.minute, who),
    'en': lambda d, who: 'On %s, %d %s %d at %02d:%02d, %s wrote:' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()], d.day, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][d.month - 1], d.year, d.hour, d.minute, who),
    'es': lambda d, who: 'El %s, %d %s %d a las %d:%02d, %s escribió:' % (['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'][d.weekday()], d.day, ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'][d.month - 1], d.year, d.hour, d.minute, who),
}


def gm_quote(lang, t, zone, who, body):
    d = local(t, zone)
    head = GM_WROTE[lang](d, who)
    plain = '\n%s\n\n' % head + '\n'.join('> ' + l if l else '>' for l in body.split('\n')) + '\n'
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         '%s</blockquote></div>\n' % (esc(head), gm_html(body)))
    return plain, h


def tb_quote(lang, t, zone, who, body):
    d = local(t, zone)
    head = {'de': 'Am %02d.%02d.%d um %02d:%02d schrieb %s:', 'pl': 'W dniu %02d.%02d.%d o %02d:%02d, %s pisze:',
            'en': 'On %02d/%02d/%d %02d:%02d, %s wrote:', 'it': 'Il %02d/%02d/%d %02d:%02d, %s ha scritto:'}[lang] % (
        d.day, d.month, d.year, d.hour, d.minute, who)
    return '\n%s\n' % head + '\n'.join('> ' + l if l else '>' for l in body.split('\n')) + '\n'


def para_html(text, links=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;'):
    out = []
    for block in text.split('\n\n'):
        t = esc(block).replace('\n', '<br>\n')
        if links:
            t = linkify(t, links)
        out.append('<p style="%s">%s</p>' % (style, t))
    return '\n'.join(out)


def flow(text, width=72):
    """format=flowed (RFC 3676): soft line breaks end with a space."""
    out = []
    for line in text.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        if line.startswith('>') or len(line) <= width:
            out.append(line.rstrip(' ') if line.strip() else '')
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def wrap_plain(text, width=76):
    """Hard-wrap long lines the way Outlook/Exchange plain-text conversion does."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        cur = ''
        for w in line.split(' '):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)

"""Body helpers: Outlook/Word HTML, Gmail HTML, reply quoting headers per language."""
import re

from .util import html_escape, rfcdate

_URL = re.compile(r'(https?://[^\s<>"]+[^\s<>".,;:!?)])')


def _inline(s, links=None):
    """Escape a line and turn URLs into links. links: {visible_text: href}."""
    out = html_escape(s)
    if links:
        for vis, href in links.items():
            ev = html_escape(vis)
            if ev in out:
                out = out.replace(ev, '<a href="%s">%s</a>' % (html_escape(href), ev), 1)
                return out
    return _URL.sub(lambda mm: '<a href="%s">%s</a>' % (mm.group(1), mm.group(1)), out)


def paras(text):
    return [p for p in text.strip('\n').split('\n\n')]


def outlook_html(text, lang='DE', font='Calibri', size='11.0pt', links=None, quote_html='', sig_html='',
                 color='#1F497D'):
    """HTML as Outlook 2016+/Word writes it ("filtered medium")."""
    body = []
    for p in paras(text):
        lines = p.split('\n')
        for ln in lines:
            if ln.strip() == '':
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang, _inline(ln, links)))
        body.append('<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n%s\n</div>\n</body>\n</html>\n'
            % (font, size, font, font, lang, '\n'.join(body), sig_html, quote_html))


def simple_html(text, links=None, font='Arial, Helvetica, sans-serif', size='10pt', wrap='div'):
    out = []
    for p in paras(text):
        out.append('<%s>%s</%s>' % (wrap, '<br>\n'.join(_inline(ln, links) for ln in p.split('\n')), wrap))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (font, size, '\n<br>\n'.join(out)))


def gmail_html(text, links=None, quote=None):
    out = []
    for p in paras(text):
        lines = p.split('\n')
        out.append(''.join('<div>%s</div>' % (_inline(ln, links) if ln else '<br>') for ln in lines))
    body = '<div><br></div>'.join(out)
    q = ''
    if quote:
        attr, qtext = quote
        q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
             % (html_escape(attr), '<br>'.join(html_escape(x) for x in qtext.split('\n'))))
    return '<div dir="ltr">%s</div>%s\n' % (body, q)


QUOTE_LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłane', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}

_WD = {
    'de': (['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
           ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']),
    'en': (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
           ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']),
    'it': (['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
           ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']),
    'pl': (['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
           ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']),
    'es': (['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
           ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']),
    'el': (['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
           ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου']),
    'ru': (['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
           ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']),
}


def outlook_date(lt, lang):
    wd, mo = _WD[lang]
    d, w = lt.day, wd[lt.weekday()]
    hm = '%02d:%02d' % (lt.hour, lt.minute)
    if lang == 'de':
        return '%s, %d. %s %d %s' % (w, d, mo[lt.month - 1], lt.year, hm)
    if lang == 'en':
        h12 = lt.hour % 12 or 12
        return '%s, %d %s %d %d:%02d %s' % (w, d, mo[lt.month - 1], lt.year, h12, lt.minute, 'AM' if lt.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %s' % (w, d, mo[lt.month - 1], lt.year, hm)
    if lang == 'pl':
        return '%s, %d %s %d %s' % (w, d, mo[lt.month - 1], lt.year, hm)
    if lang == 'es':
        return '%s, %d de %s de %d %s' % (w, d, mo[lt.month - 1], lt.year, hm)
    if lang == 'el':
        return '%s, %d %s %d %s' % (w, d, mo[lt.month - 1], lt.year, hm)
    if lang == 'ru':
        return '%s, %d %s %d г. %s' % (w, d, mo[lt.month - 1], lt.year, hm)


def quote_block(lang, frm, sent_lt, to, subject, body, cc=None):
    L = QUOTE_LABELS[lang]
    hdr = '%s: %s\n%s: %s\n%s: %s\n' % (L[0], frm, L[1], outlook_date(sent_lt, lang), L[2], to)
    if cc:
        hdr += '%s: %s\n' % (L[3], cc)
    hdr += '%s: %s\n' % (L[4], subject)
    return hdr + '\n' + body


def quote_html(lang, frm, sent_lt, to, subject, body_text, cc=None):
    L = QUOTE_LABELS[lang]
    rows = [(L[0], frm), (L[1], outlook_date(sent_lt, lang)), (L[2], to)]
    if cc:
        rows.append((L[3], cc))
    rows.append((L[4], subject))
    hdr = '<br>\n'.join('<b>%s:</b> %s' % (k, html_escape(v)) for k, v in rows)
    paras_ = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % ('<br>\n'.join(_inline(x) for x in p.split('\n')))
                     for p in paras(body_text))
    return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="DE">%s<o:p></o:p></span></b></p></div></div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s' % (hdr, paras_))


def fill_charset(html_text, charset):
    return html_text.replace('%CHARSET%', charset)

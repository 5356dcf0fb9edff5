"""Body renderers in the style of real mail clients and platforms."""
import html as _html
import re

from . import mime

QUOTE_LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}
WEEKDAYS = {
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pl': ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'el': ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
}
MONTHS_L = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
}


def local_dt(t_utc, zone):
    import datetime as dt
    off, _ = mime.zone_offset(zone, t_utc)
    return t_utc + dt.timedelta(minutes=off)


def outlook_sent_line(lang, t_utc, zone='CET'):
    lt = local_dt(t_utc, zone)
    wd = WEEKDAYS[lang][lt.weekday()]
    mo = MONTHS_L[lang][lt.month - 1]
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == 'en':
        h = lt.hour % 12 or 12
        return '%s, %d %s %d %d:%02d %s' % (wd, lt.day, mo, lt.year, h, lt.minute, 'AM' if lt.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %02d:%02d' % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    if lang == 'el':
        return '%s, %d %s %d %d:%02d %s' % (wd, lt.day, mo, lt.year, lt.hour % 12 or 12, lt.minute, 'π.μ.' if lt.hour < 12 else 'μ.μ.')
    if lang == 'ru':
        return '%s, %d %s %d г. %d:%02d' % (wd, lt.day, mo, lt.year, lt.hour, lt.minute)
    raise KeyError(lang)


def esc(s):
    return _html.escape(s, quote=False)


def linkify(s):
    """Escape text and turn URLs into anchors (as Outlook/Gmail do)."""
    out = []
    pos = 0
    for mm in re.finditer(r'https?://[^\s<>"]+[^\s<>".,;:!?)]', s):
        out.append(esc(s[pos:mm.start()]))
        u = mm.group(0)
        out.append('<a href="%s">%s</a>' % (_html.escape(u), esc(u)))
        pos = mm.end()
    out.append(esc(s[pos:]))
    return ''.join(out)


# ------------------------------------------------------------------ Outlook

OUTLOOK_CSS = '''<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.%s
	{mso-style-type:personal-%s;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>'''

EMAIL_STYLE_NAME = {'de': 'E-MailFormatvorlage', 'en': 'EmailStyle', 'it': 'StileMessaggioDiPostaElettronica',
                    'pl': 'StylWiadomosciEmail', 'es': 'EstiloCorreo', 'el': 'EmailStyle', 'ru': 'EmailStyle'}
BODY_LANG = {'de': 'DE', 'en': 'EN-GB', 'it': 'IT', 'pl': 'PL', 'es': 'ES', 'el': 'EL', 'ru': 'RU'}


def outlook(lang, paragraphs, signature=None, charset='utf-8', quote=None, reply=False, sig_html=None, extra_html=''):
    """paragraphs: list of str (may contain newlines = line breaks).
    quote: dict(frm, sent (utc), to, cc, subject, text (str), zone) for the original message.
    Returns (plain, html)."""
    plain_parts = []
    for p in paragraphs:
        plain_parts.append(p)
    plain = '\n\n'.join(plain_parts)
    if signature:
        plain += '\n\n' + signature
    stylename = '%s%d' % (EMAIL_STYLE_NAME[lang], 18 if reply else 17)
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         OUTLOOK_CSS % (stylename, 'reply' if reply else 'compose'),
         '<!--[if gte mso 9]><xml>',
         '<o:shapedefaults v:ext="edit" spidmax="1026" />',
         '</xml><![endif]--><!--[if gte mso 9]><xml>',
         '<o:shapelayout v:ext="edit">',
         '<o:idmap v:ext="edit" data="1" />',
         '</o:shapelayout></xml><![endif]-->',
         '</head>',
         '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">' % BODY_LANG[lang],
         '<div class="WordSection1">']
    for i, p in enumerate(paragraphs):
        for line in p.split('\n'):
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (linkify(line) if line else '<o:p>&nbsp;</o:p>'))
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if extra_html:
        h.append(extra_html)
    if sig_html:
        h.append(sig_html)
    elif signature:
        for line in signature.split('\n'):
            h.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s<o:p></o:p></span></p>' % (linkify(line) if line else '&nbsp;'))
    if quote:
        lab = QUOTE_LABELS[lang]
        sent = outlook_sent_line(lang, quote['sent'], quote.get('zone', 'CET'))
        qplain = ['', '%s: %s' % (lab[0], quote['frm']), '%s: %s' % (lab[1], sent), '%s: %s' % (lab[2], quote['to'])]
        if quote.get('cc'):
            qplain.append('%s: %s' % (lab[3], quote['cc']))
        qplain.append('%s: %s' % (lab[4], quote['subject']))
        qplain.append('')
        qplain.append(quote['text'])
        plain += '\n\n' + '\n'.join(qplain)
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hdr = '<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n' % (lab[0], esc(quote['frm']), lab[1], esc(sent), lab[2], esc(quote['to']))
        if quote.get('cc'):
            hdr += '<b>%s:</b> %s<br>\n' % (lab[3], esc(quote['cc']))
        hdr += '<b>%s:</b> %s<o:p></o:p>' % (lab[4], esc(quote['subject']))
        h.append('<p class="MsoNormal">%s</p>' % hdr)
        h.append('</div>')
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        qhtml = quote.get('html')
        if qhtml:
            h.append(qhtml)
        else:
            for line in quote['text'].split('\n'):
                h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (linkify(line) if line else '<o:p>&nbsp;</o:p>'))
    h.append('</div>')
    h.append('</body>')
    h.append('</html>')
    return plain, '\n'.join(h)


def outlook_quote_plain(lang, frm, sent_utc, to, subject, text, cc=None, zone='CET'):
    lab = QUOTE_LABELS[lang]
    lines = ['%s: %s' % (lab[0], frm), '%s: %s' % (lab[1], outlook_sent_line(lang, sent_utc, zone)), '%s: %s' % (lab[2], to)]
    if cc:
        lines.append('%s: %s' % (lab[3], cc))
    lines.append('%s: %s' % (lab[4], subject))
    return '\n'.join(lines) + '\n\n' + text


# ------------------------------------------------------------------ Gmail

GMAIL_ATTR = {
    'de': 'Am {d} um {t} schrieb {n} &lt;<a href="mailto:{a}">{a}</a>&gt;:',
    'en': 'On {d} at {t}, {n} &lt;<a href="mailto:{a}">{a}</a>&gt; wrote:',
    'it': 'Il giorno {d} alle ore {t} {n} &lt;<a href="mailto:{a}">{a}</a>&gt; ha scritto:',
    'pl': '{d} o {t} {n} &lt;<a href="mailto:{a}">{a}</a>&gt; napisał(a):',
    'es': 'El {d}, a las {t}, {n} (&lt;<a href="mailto:{a}">{a}</a>&gt;) escribió:',
    'el': 'Στις {d}, {t} ο χρήστης {n} &lt;<a href="mailto:{a}">{a}</a>&gt; έγραψε:',
    'ru': '{d}, {t} {n} &lt;<a href="mailto:{a}">{a}</a>&gt;:',
}


def gmail(paragraphs, signature=None, quote=None, lang='en'):
    plain = '\n\n'.join(paragraphs)
    if signature:
        plain += '\n\n--\n' + signature
    h = ['<div dir="ltr">']
    first = True
    for p in paragraphs:
        lines = p.split('\n')
        if first:
            h.append(linkify(lines[0]) + ''.join('<div>%s</div>' % (linkify(l) or '<br>') for l in lines[1:]))
            first = False
        else:
            h.append('<div><br></div>' + ''.join('<div>%s</div>' % (linkify(l) or '<br>') for l in lines))
    if signature:
        h.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                 + '<br>'.join(linkify(l) for l in signature.split('\n')) + '</div></div>')
    h.append('</div>')
    if quote:
        lt = local_dt(quote['sent'], quote.get('zone', 'CET'))
        ds = '%s, %d %s %d' % (WEEKDAYS[lang][lt.weekday()][:3] if lang == 'en' else WEEKDAYS[lang][lt.weekday()], lt.day, MONTHS_L[lang][lt.month - 1][:3] if lang == 'en' else MONTHS_L[lang][lt.month - 1], lt.year)
        attr = GMAIL_ATTR[lang].format(d=ds, t='%02d:%02d' % (lt.hour, lt.minute), n=esc(quote['name']), a=quote['addr'])
        h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (attr, quote.get('html') or '<br>'.join(linkify(l) for l in quote['text'].split('\n'))))
        plain += '\n\n' + re.sub('<[^>]+>', '', attr).replace('&lt;', '<').replace('&gt;', '>') + '\n\n' + '\n'.join('> ' + l if l else '>' for l in quote['text'].split('\n'))
    return plain, ''.join(h) + '\n'


# ------------------------------------------------------------------ Thunderbird / generic

def flowed(text, width=72):
    """format=flowed encoding (RFC 3676) with soft breaks."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width or line == '-- ':
            out.append(line if not line.startswith(' ') else ' ' + line)
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


def thunderbird_html(paragraphs, signature=None, charset='UTF-8'):
    h = ['<!DOCTYPE html>', '<html>', '  <head>', '', '    <meta http-equiv="content-type" content="text/html; charset=%s">' % charset,
         '  </head>', '  <body>']
    for p in paragraphs:
        h.append('    <p>' + '<br>\n      '.join(linkify(l) for l in p.split('\n')) + '</p>')
    if signature:
        h.append('    <div class="moz-signature">-- <br>\n      ' + '<br>\n      '.join(linkify(l) for l in signature.split('\n')) + '</div>')
    h += ['  </body>', '</html>']
    return '\n'.join(h) + '\n'


def simple_html(paragraphs, font='Arial, sans-serif', size='10pt', signature=None, extra=''):
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body style="font-family:%s;font-size:%s">' % (font, size)]
    for p in paragraphs:
        h.append('<p>' + '<br>\n'.join(linkify(l) for l in p.split('\n')) + '</p>')
    if extra:
        h.append(extra)
    if signature:
        h.append('<p style="color:#555555">' + '<br>\n'.join(linkify(l) for l in signature.split('\n')) + '</p>')
    h.append('</body></html>')
    return '\n'.join(h) + '\n'


def wrap_html(s, width=76):
    """Hard-wrap HTML source at tag/space boundaries (for 7bit/8bit parts)."""
    out = []
    for line in s.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                cut = line.find(' ', width)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def html_to_text(s):
    s = re.sub(r'(?is)<(style|script|head)[^>]*>.*?</\1>', '', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|tr|h[1-6]|li|table)>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = _html.unescape(s)
    s = re.sub(r'[ \t]+', ' ', s)
    s = re.sub(r'\n\s*\n+', '\n\n', s)
    return s.strip()

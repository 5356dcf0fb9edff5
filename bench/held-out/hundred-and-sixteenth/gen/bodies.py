# -*- coding: utf-8 -*-
"""Body styles of real mail clients: Outlook/Exchange HTML, Gmail, Thunderbird, Apple Mail;
reply headers and quoting in each language; MIME boundaries as each system writes them."""
import html as _html

import mime
from mime import Leaf, Multi, hexs, alnum

# ------------------------------------------------------------------ boundaries
def bnd_outlook(m, kind='000', server=None):
    srv = server or ('AM9PR08MB%04d' % m.rng.randint(1000, 9999))
    return '_%s_%s%s%seurp_' % (kind, srv, hexs(m.rng, 28, True), srv)


def bnd_exchange(m, kind='000'):
    return '_%s_%s%s_' % (kind, hexs(m.rng, 32), 'EXCH02corpexamplecom')


def bnd_gmail(m):
    return '0000000000' + hexs(m.rng, 18)


def bnd_tb(m):
    return '------------' + alnum(m.rng, 24)


def bnd_apple(m):
    return 'Apple-Mail=_' + mime.uuid4(m.rng).upper()


def bnd_java(m):
    return '----=_Part_%d_%d.%d' % (m.rng.randint(10000, 999999), m.rng.randint(10 ** 8, 10 ** 9), m.rng.randint(10 ** 12, 10 ** 13))


def bnd_php(m):
    return 'b1=_' + alnum(m.rng, 42)


def bnd_py(m):
    return '===============%019d==' % m.rng.randint(10 ** 18, 10 ** 19 - 1)


def bnd_zimbra(m):
    return '=_' + mime.uuid4(m.rng)


def bnd_mailru(m):
    return '--ALT--%s%d' % (hexs(m.rng, 32, True), m.rng.randint(10 ** 9, 10 ** 10))


def bnd_yandex(m):
    return '----==--bound.%d.%s.yandex.net' % (m.rng.randint(100000, 999999), 'myt5-' + hexs(m.rng, 12))


def bnd_generic(m):
    return '----=_NextPart_%03d_%04X_%08X.%08X' % (0, m.rng.randint(0, 0xffff), m.rng.getrandbits(32), m.rng.getrandbits(32))


# ------------------------------------------------------------------ localisation
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
LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def outlook_date(dt, lang, z='CET'):
    lt = mime.local(dt, z)
    wd, mo = WEEKDAYS[lang][lt.weekday()], MONTHS[lang][lt.month - 1]
    hm = lt.strftime('%H:%M')
    if lang == 'de':
        return '%s, %d. %s %d %s' % (wd, lt.day, mo, lt.year, hm)
    if lang == 'en':
        return '%s, %d %s %d %s' % (wd, lt.day, mo, lt.year, hm)
    if lang == 'it':
        return '%s %d %s %d %s' % (wd, lt.day, mo, lt.year, hm)
    if lang == 'pl':
        return '%s, %d %s %d %s' % (wd, lt.day, mo, lt.year, hm)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%s' % (wd, lt.day, mo, lt.year, lt.hour, lt.strftime('%M'))
    if lang == 'el':
        h = lt.hour % 12 or 12
        return '%s, %d %s %d %d:%s %s' % (wd, lt.day, mo, lt.year, h, lt.strftime('%M'), 'πμ' if lt.hour < 12 else 'μμ')
    if lang == 'ru':
        return '%s, %d %s %d г. %d:%s' % (wd, lt.day, mo, lt.year, lt.hour, lt.strftime('%M'))


def fmt_person(p):
    return '%s <%s>' % p if p[0] else p[1]


def outlook_quote_plain(lang, frm, sent, to, subject, body, cc=None, z='CET'):
    l = LABELS[lang]
    out = ['%s: %s' % (l[0], fmt_person(frm)), '%s: %s' % (l[1], outlook_date(sent, lang, z)),
           '%s: %s' % (l[2], '; '.join(fmt_person(t) for t in to))]
    if cc:
        out.append('%s: %s' % (l[3], '; '.join(fmt_person(t) for t in cc)))
    out.append('%s: %s' % (l[4], subject))
    return '\n'.join(out) + '\n\n' + body


def esc(s):
    return _html.escape(s, quote=False)


def outlook_quote_html(lang, frm, sent, to, subject, body_html, cc=None, z='CET'):
    l = LABELS[lang]
    pe = lambda p: esc(p[0]) + ' &lt;' + p[1] + '&gt;' if p[0] else p[1]
    rows = ['<b>%s:</b> %s <br>' % (l[0], pe(frm)), '<b>%s:</b> %s<br>' % (l[1], esc(outlook_date(sent, lang, z))),
            '<b>%s:</b> %s<br>' % (l[2], '; '.join(pe(t) for t in to))]
    if cc:
        rows.append('<b>%s:</b> %s<br>' % (l[3], '; '.join(pe(t) for t in cc)))
    rows.append('<b>%s:</b> %s<o:p></o:p>' % (l[4], esc(subject)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">' + '\n'.join(rows) + '</p>\n</div>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + body_html)


def text_to_mso(text):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(esc(line)))
    return '\n'.join(out)


def linkify(s):
    import re
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', s)


OUTLOOK_STYLE = '''<style><!--
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
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.%s
	{mso-style-type:personal-%s;
	font-family:"Calibri",sans-serif;
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->'''

STYLE_NAME = {'de': 'E-MailFormatvorlage%d', 'en': 'EmailStyle%d', 'it': 'StileMessaggioDiPostaElettronica%d',
              'pl': 'Stylwiadomocie-mail%d', 'es': 'EstiloCorreo%d', 'el': 'EmailStyle%d', 'ru': 'EmailStyle%d'}


def outlook_html(text, lang, charset, quoted_html='', reply=False, sig_html=''):
    body = text_to_mso(text) + ('\n' + sig_html if sig_html else '')
    if quoted_html:
        body += '\n<div>\n' + quoted_html
    else:
        body += ''
    st = OUTLOOK_STYLE % (STYLE_NAME[lang] % (19 if reply else 17), 'reply' if reply else 'compose')
    langattr = {'en': 'EN-GB', 'el': 'EL', 'ru': 'RU'}.get(lang, lang.upper())
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, st, langattr, body))


def gmail_html(text, quote_header=None, quoted_text=None):
    paras = []
    for line in text.split('\n'):
        paras.append('<div>%s</div>' % (linkify(esc(line)) if line.strip() else '<br>'))
    h = '<div dir="ltr">' + ''.join(paras) + '</div>'
    if quote_header:
        q = '<br>'.join(linkify(esc(l)) for l in quoted_text.split('\n'))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
              % (esc(quote_header), q))
    return h + '\n'


def quote_lines(text, prefix='> '):
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in text.split('\n'))


def flowed(text):
    """format=flowed soft wrapping at 72 columns (Thunderbird)."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append(line)
            continue
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line
        while len(line) > 72:
            cut = line.rfind(' ', 0, 72)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def alt(m, plain, html, charset, cte_plain, cte_html=None, bnd=None, quote=True, ct_quote=True):
    return Multi('alternative', [Leaf('text/plain', plain, charset, cte_plain, ct_quote=ct_quote),
                                 Leaf('text/html', html, charset, cte_html or cte_plain, ct_quote=ct_quote)],
                 bnd or bnd_outlook(m), quote=quote)


def html_to_text(h):
    import re
    t = re.sub(r'(?is)<(style|script|head).*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = _html.unescape(t)
    t = re.sub(r'[ \t]+', ' ', t)
    t = re.sub(r'\n\s*\n+', '\n\n', t)
    return t.strip() + '\n'

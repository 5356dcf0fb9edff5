"""Content helpers: text/HTML renderers in the styles of real clients, reply
quoting, and PDF documents (invoices, letters)."""
import html as _html
import re

from . import mime, pdf, qr
from .mime import Part, Multipart, local

# ---------------------------------------------------------------- dates in words
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
ZONE = {'de': 'CET', 'en': 'GMT', 'it': 'CET', 'pl': 'CET', 'es': 'CET', 'el': 'EET', 'ru': 'MSK'}


def long_date(t, lang, zone=None, with_time=True):
    lt = local(t, zone or ZONE[lang])
    wd = WD[lang][lt.weekday()]
    mo = MO[lang][lt.month - 1]
    hm = '%d:%02d' % (lt.hour, lt.minute)
    if lang == 'de':
        s = '%s, %d. %s %d' % (wd, lt.day, mo, lt.year)
        return s + (' %02d:%02d' % (lt.hour, lt.minute) if with_time else '')
    if lang == 'en':
        h12 = lt.hour % 12 or 12
        s = '%s, %s %d, %d' % (wd, mo, lt.day, lt.year)
        return s + (' %d:%02d %s' % (h12, lt.minute, 'AM' if lt.hour < 12 else 'PM') if with_time else '')
    if lang == 'it':
        return '%s %d %s %d%s' % (wd, lt.day, mo, lt.year, ' %02d:%02d' % (lt.hour, lt.minute) if with_time else '')
    if lang == 'pl':
        return '%s, %d %s %d%s' % (wd, lt.day, mo, lt.year, ' %02d:%02d' % (lt.hour, lt.minute) if with_time else '')
    if lang == 'es':
        return '%s, %d de %s de %d%s' % (wd, lt.day, mo, lt.year, ' %d:%02d' % (lt.hour, lt.minute) if with_time else '')
    if lang == 'el':
        h12 = lt.hour % 12 or 12
        return '%s, %d %s %d%s' % (wd, lt.day, mo, lt.year, ' %d:%02d %s' % (h12, lt.minute, 'πμ' if lt.hour < 12 else 'μμ') if with_time else '')
    if lang == 'ru':
        return '%d %s %d г.%s' % (lt.day, mo, lt.year, ' %d:%02d' % (lt.hour, lt.minute) if with_time else '')
    return hm


def short_date(t, lang, zone=None):
    lt = local(t, zone or ZONE[lang])
    if lang == 'en':
        return '%02d/%02d/%d' % (lt.day, lt.month, lt.year)
    if lang in ('de', 'ru', 'pl'):
        return '%02d.%02d.%d' % (lt.day, lt.month, lt.year)
    return '%02d/%02d/%d' % (lt.day, lt.month, lt.year)


# ---------------------------------------------------------------- reply quoting
QH = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłane', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def fmt_person(p):
    return '%s <%s>' % p if p[0] else p[1]


def quote_outlook(lang, frm, t, to, subject, body, cc=None):
    a, b, c, d, e = QH[lang]
    lines = ['%s: %s' % (a, fmt_person(frm)), '%s: %s' % (b, long_date(t, lang)),
             '%s: %s' % (c, '; '.join(fmt_person(x) for x in to))]
    if cc:
        lines.append('%s: %s' % (d, '; '.join(fmt_person(x) for x in cc)))
    lines.append('%s: %s' % (e, subject))
    return '\n'.join(lines) + '\n\n' + body


def quote_gmail_intro(lang, frm, t):
    lt = local(t, ZONE[lang])
    if lang == 'de':
        return 'Am %s., %d. %s. %d um %02d:%02d Uhr schrieb %s <%s>:' % (
            WD['de'][lt.weekday()][:2], lt.day, MO['de'][lt.month - 1][:3], lt.year, lt.hour, lt.minute, frm[0], frm[1])
    if lang == 'en':
        h12 = lt.hour % 12 or 12
        return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
            WD['en'][lt.weekday()][:3], MO['en'][lt.month - 1][:3], lt.day, lt.year, h12, lt.minute,
            'AM' if lt.hour < 12 else 'PM', frm[0], frm[1])
    if lang == 'it':
        return 'Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:' % (
            WD['it'][lt.weekday()][:3], lt.day, MO['it'][lt.month - 1][:3], lt.year, lt.hour, lt.minute, frm[0], frm[1])
    if lang == 'es':
        return 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (
            WD['es'][lt.weekday()][:3], lt.day, MO['es'][lt.month - 1][:3], lt.year, lt.hour, lt.minute, frm[0], frm[1])
    if lang == 'pl':
        return '%s, %d %s %d o %02d:%02d %s <%s> napisał(a):' % (
            WD['pl'][lt.weekday()][:3], lt.day, MO['pl'][lt.month - 1][:3], lt.year, lt.hour, lt.minute, frm[0], frm[1])
    if lang == 'el':
        return 'Στις %s %d %s %d στις %d:%02d %s, ο χρήστης %s <%s> έγραψε:' % (
            WD['el'][lt.weekday()][:3], lt.day, MO['el'][lt.month - 1][:3], lt.year, lt.hour % 12 or 12, lt.minute,
            'π.μ.' if lt.hour < 12 else 'μ.μ.', frm[0], frm[1])
    if lang == 'ru':
        return '%s, %d %s %d г. в %d:%02d, %s <%s>:' % (
            WD['ru'][lt.weekday()][:2], lt.day, MO['ru'][lt.month - 1][:3] + '.', lt.year, lt.hour, lt.minute, frm[0], frm[1])
    raise ValueError(lang)


def gt_quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


# ---------------------------------------------------------------- mini markup
_LINK = re.compile(r'\[([^\]]+)\]\(([^)\s]+)\)')
_BOLD = re.compile(r'\*\*(.+?)\*\*')


def to_plain(s, style='outlook'):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if style == 'outlook':
            return '%s<%s>' % (label, url)
        if style == 'gmail':
            return '%s <%s>' % (label, url)
        return '%s (%s)' % (label, url)
    s = _LINK.sub(rep, s)
    s = _BOLD.sub(lambda m: m.group(1) if style != 'outlook' else m.group(1), s)
    return s


def _inline_html(s, link_style=''):
    out = _html.escape(s, quote=False)
    out = _LINK.sub(lambda m: '<a href="%s"%s>%s</a>' % (m.group(2).replace('&amp;', '&').replace('&', '&amp;'), link_style, m.group(1)), out)
    out = _BOLD.sub(lambda m: '<b>%s</b>' % m.group(1), out)
    return out


_OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.%(style_name)s
	{mso-style-type:personal-%(compose)s;
	font-family:"%(font)s",sans-serif;
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
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''
_STYLE_NAME = {'de': 'E-MailFormatvorlage17', 'en': 'EmailStyle17', 'it': 'StileMessaggioDiPostaElettronica17',
               'pl': 'StylWiadomociEmail17', 'es': 'EstiloCorreo17', 'el': 'EmailStyle17', 'ru': 'EmailStyle17'}


def outlook_html(text, lang='de', charset='utf-8', font='Calibri', reply=False, quote_split=None):
    """text: body (mini markup). quote_split: marker line where the quoted
    (original message) part begins; rendered with Outlook's border-top block."""
    head = _OUTLOOK_HEAD % dict(charset=charset, font=font, lang=lang.upper(),
                                style_name=_STYLE_NAME.get(lang, 'EmailStyle17'),
                                compose='reply' if reply else 'compose')
    own, quoted = (text.split(quote_split, 1) if quote_split and quote_split in text else (text, None))
    body = []
    for line in own.rstrip('\n').split('\n'):
        body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline_html(line) if line.strip() else '&nbsp;'))
    if quoted is not None:
        qlines = quoted.strip('\n').split('\n')
        # header block: until first empty line
        try:
            cut = qlines.index('')
        except ValueError:
            cut = len(qlines)
        hdr, rest = qlines[:cut], qlines[cut + 1:]
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hh = []
        for l in hdr:
            k, _, v = l.partition(': ')
            hh.append('<b>%s:</b> %s' % (_html.escape(k), _html.escape(v)))
        body.append('<p class="MsoNormal"><b><span lang="%s">%s</span></b><span lang="%s"> %s<o:p></o:p></span></p>'
                    % (lang.upper(), hh[0].split('</b>')[0].replace('<b>', '') + '</b>' if False else _html.escape(hdr[0].partition(': ')[0]) + ':',
                       lang.upper(), _html.escape(hdr[0].partition(': ')[2]) + '<br>\n' + '<br>\n'.join(hh[1:])))
        body.append('</div>\n</div>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for line in rest:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline_html(line) if line.strip() else '<o:p>&nbsp;</o:p>'))
    return head + '\n'.join(body) + '\n</div>\n</body>\n</html>\n'


def owa_html(text, charset='utf-8', font='Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif',
             quote_split=None, lang='en'):
    own, quoted = (text.split(quote_split, 1) if quote_split and quote_split in text else (text, None))
    out = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">' % charset]
    for line in own.rstrip('\n').split('\n'):
        out.append('<div class="elementToProof" style="font-family: %s; font-size: 11pt; color: rgb(0, 0, 0);">\n%s</div>'
                   % (font, _inline_html(line) if line.strip() else '<br>'))
    if quoted is not None:
        qlines = quoted.strip('\n').split('\n')
        cut = qlines.index('') if '' in qlines else len(qlines)
        hdr, rest = qlines[:cut], qlines[cut + 1:]
        out.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                   '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                   + '<br>\n'.join('<b>%s:</b>&nbsp;%s' % (_html.escape(l.partition(': ')[0]), _html.escape(l.partition(': ')[2])) for l in hdr)
                   + '</font>\n<div>&nbsp;</div>\n</div>')
        out.append('<div>' + '<br>\n'.join(_inline_html(l) for l in rest) + '</div>')
    out.append('</body>\n</html>\n')
    return '\n'.join(out)


def gmail_html(text, quote_intro=None, quoted=None):
    lines = text.rstrip('\n').split('\n')
    inner = []
    for i, line in enumerate(lines):
        if i == 0:
            inner.append(_inline_html(line))
        else:
            inner.append('<div>%s</div>' % (_inline_html(line) if line.strip() else '<br>'))
    h = '<div dir="ltr">%s</div>' % ''.join(inner)
    if quote_intro:
        q = '<br>'.join(_inline_html(l) for l in quoted.rstrip('\n').split('\n'))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '%s</blockquote></div>' % (_html.escape(quote_intro), q))
    return h + '\n'


def thunderbird_html(text, charset='UTF-8', quote_intro=None, quoted=None):
    paras = text.rstrip('\n').split('\n\n')
    out = ['<!DOCTYPE html>', '<html>', '  <head>', '    <meta http-equiv="content-type" content="text/html; charset=%s">' % charset,
           '  </head>', '  <body>']
    for p in paras:
        out.append('    <p>%s</p>' % '<br>\n      '.join(_inline_html(l) for l in p.split('\n')))
    if quote_intro:
        out.append('    <div class="moz-cite-prefix">%s<br>' % _html.escape(quote_intro))
        out.append('    </div>')
        out.append('    <blockquote type="cite">%s</blockquote>' % '<br>\n      '.join(_inline_html(l) for l in quoted.rstrip('\n').split('\n')))
    out += ['  </body>', '</html>', '']
    return '\n'.join(out)


def simple_html(text, font='Arial, Helvetica, sans-serif', size='10pt'):
    paras = text.rstrip('\n').split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:%s;font-size:%s">' % (font, size)]
    for p in paras:
        out.append('<p>%s</p>' % '<br>\n'.join(_inline_html(l) for l in p.split('\n')))
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def alt(plain_part, html_part, boundary, preamble=None):
    return Multipart('alternative', [plain_part, html_part], boundary, preamble=preamble)


# ---------------------------------------------------------------- boundaries per client
def boundary(rng, style, host=None):
    if style == 'outlook_m365':
        return '_000_%s%s_' % (host or 'AM9PR07MB7361', rng.hex(29, True) + 'A')
    if style == 'outlook_smtp':
        return '----=_NextPart_000_%04X_%s.%s' % (rng.randrange(0x10000), rng.hex(8, True), rng.hex(8, True))
    if style == 'gmail':
        return '000000000000' + rng.hex(16)
    if style == 'thunderbird':
        return '------------' + rng.alnum(24)
    if style == 'apple':
        return 'Apple-Mail=_%s' % rng.uuid(True)
    if style == 'php':
        return 'b1=_' + rng.alnum(43)
    if style == 'javamail':
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13))
    if style == 'dotnet':
        return '--boundary_%d_%s' % (rng.randrange(10), rng.uuid())
    if style == 'zimbra':
        return '=_%s' % rng.uuid()
    if style == 'roundcube':
        return '=_' + rng.hex(32)
    if style == 'yandex':
        return '----==%s----' % rng.alnum(12)
    if style == 'mailru':
        return '----ALT--%s%d' % (rng.alnum(32, 'ABCDEF0123456789'), rng.randrange(10 ** 9, 10 ** 10))
    if style == 'gmx':
        return 'abmob-%s' % rng.uuid()
    if style == 'exchange':
        return '_000_%s%s_' % ('EXCH02corpexamplecom', rng.hex(32))
    if style == 'sendgrid':
        return rng.hex(64)
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % rng.randrange(10 ** 9, 10 ** 10)
    if style == 'generic':
        return '=-%s' % rng.alnum(22)
    if style == 'python':
        return '=' * 15 + '%019d' % rng.randrange(10 ** 18, 10 ** 19) + '=='
    if style == 'docusign':
        return '----=_NextPart_%s' % rng.uuid()
    raise ValueError(style)


# ---------------------------------------------------------------- PDF documents
INV_LABELS = {
    'de': dict(invoice='Rechnung', no='Rechnungs-Nr.', date='Rechnungsdatum', cust='Kunden-Nr.', order='Ihre Bestellung',
               pos='Pos.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', total='Gesamt', net='Nettobetrag',
               vat='USt. %s %%', gross='Rechnungsbetrag', pay='Zahlbar innerhalb von %s Tagen ohne Abzug. Bitte geben Sie bei Zahlung die Rechnungsnummer an.',
               bank='Bankverbindung', due='Fällig am', page='Seite 1 von 1', deliv='Lieferdatum'),
    'en': dict(invoice='Invoice', no='Invoice no.', date='Invoice date', cust='Customer no.', order='Your order',
               pos='Item', desc='Description', qty='Qty', unit='Unit price', total='Amount', net='Net total',
               vat='VAT %s %%', gross='Total due', pay='Payment terms: %s days net. Please quote the invoice number with your payment.',
               bank='Bank details', due='Due date', page='Page 1 of 1', deliv='Delivery date'),
    'it': dict(invoice='Fattura', no='Fattura n.', date='Data', cust='Cod. cliente', order='Vs. ordine',
               pos='Pos.', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', total='Importo', net='Imponibile',
               vat='IVA %s %%', gross='Totale documento', pay='Pagamento: bonifico bancario %s gg d.f.f.m.',
               bank='Coordinate bancarie', due='Scadenza', page='Pagina 1 di 1', deliv='Data consegna'),
    'pl': dict(invoice='Faktura VAT', no='Nr faktury', date='Data wystawienia', cust='Nr klienta', order='Zamówienie',
               pos='Lp.', desc='Nazwa towaru/usługi', qty='Ilość', unit='Cena netto', total='Wartość netto', net='Razem netto',
               vat='VAT %s %%', gross='Do zapłaty', pay='Termin płatności: %s dni. Mechanizm podzielonej płatności.',
               bank='Rachunek bankowy', due='Termin płatności', page='Strona 1 z 1', deliv='Data sprzedaży'),
    'es': dict(invoice='Factura', no='Nº factura', date='Fecha', cust='Nº cliente', order='Su pedido',
               pos='Lín.', desc='Descripción', qty='Cant.', unit='Precio', total='Importe', net='Base imponible',
               vat='IVA %s %%', gross='Total factura', pay='Forma de pago: transferencia a %s días.',
               bank='Datos bancarios', due='Vencimiento', page='Página 1 de 1', deliv='Fecha operación'),
    'el': dict(invoice='Τιμολόγιο Πώλησης', no='Αριθμός', date='Ημερομηνία', cust='Κωδ. πελάτη', order='Παραγγελία σας',
               pos='Α/Α', desc='Περιγραφή', qty='Ποσ.', unit='Τιμή μον.', total='Αξία', net='Καθαρή αξία',
               vat='ΦΠΑ %s %%', gross='Πληρωτέο ποσό', pay='Τρόπος πληρωμής: κατάθεση σε τράπεζα, %s ημέρες.',
               bank='Τραπεζικός λογαριασμός', due='Λήξη', page='Σελίδα 1 από 1', deliv='Ημ/νία αποστολής'),
    'ru': dict(invoice='Счёт на оплату', no='Счёт №', date='от', cust='Код клиента', order='Основание',
               pos='№', desc='Товары (работы, услуги)', qty='Кол-во', unit='Цена', total='Сумма', net='Итого',
               vat='В т.ч. НДС %s %%', gross='Всего к оплате', pay='Оплата данного счёта означает согласие с условиями поставки товара. Счёт действителен %s дней.',
               bank='Банковские реквизиты', due='Оплатить до', page='Страница 1 из 1', deliv='Дата отгрузки'),
}


def fmt_money(v, lang):
    s = '%.2f' % v
    ip, dp = s.split('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if lang == 'en':
        return ','.join(groups) + '.' + dp
    if lang in ('pl', 'ru'):
        return '\u00a0'.join(groups) + ',' + dp
    return '.'.join(groups) + ',' + dp


def invoice_pdf(lang, seller, buyer, number, date_str, items, currency, vat_rate, bank_lines, meta_lines=(),
                notes=(), qr_payload=None, qr_caption='', mode=None, creator='', producer='', pdfdate="D:20261001120000+02'00'",
                title=None, due=None, payterm='30', logo_color=(0.75, 0.07, 0.07), extra_footer=None):
    """seller/buyer: list of lines; items: (desc, qty, unit_price)."""
    L = INV_LABELS[lang]
    text_all = ' '.join(seller + buyer + [d for d, _, _ in items] + list(notes) + list(bank_lines) + list(meta_lines))
    if mode is None:
        try:
            text_all.encode('cp1252')
            mode = 'std'
        except UnicodeEncodeError:
            mode = 'ttf'
    doc = pdf.PDF(mode, title=title or '%s %s' % (L['invoice'], number), author=seller[0], creator=creator,
                  producer=producer, date=pdfdate)
    p = doc.page()
    W, H = p.w, p.h
    p.color_rect(50, H - 78, 6, 34, logo_color)
    p.text(62, H - 62, seller[0], 14, True)
    p.text(62, H - 76, seller[1] if len(seller) > 1 else '', 8.5)
    y = H - 100
    for line in seller[2:]:
        p.text(W - 50, y + 38, line, 7.5, align='right')
        y -= 10
    p.text(50, H - 128, seller[0] + ' · ' + (seller[1] if len(seller) > 1 else ''), 6.5)
    y = H - 145
    for line in buyer:
        p.text(50, y, line, 10)
        y -= 13
    p.text(W - 220, H - 150, L['invoice'], 16, True)
    my = H - 170
    for k, v in [(L['no'], number), (L['date'], date_str)] + list(meta_lines and [tuple(x.split('|', 1)) for x in meta_lines]):
        p.text(W - 220, my, k, 8.5)
        p.text(W - 50, my, v, 8.5, align='right')
        my -= 12
    ty = min(y, my) - 25
    cols = [50, 80, 340, 395, 500]
    p.rect(50, ty - 4, W - 100, 16, fill=0.9, stroke=0)
    p.text(cols[0] + 2, ty, L['pos'], 8.5, True)
    p.text(cols[1], ty, L['desc'], 8.5, True)
    p.text(cols[2] + 40, ty, L['qty'], 8.5, True, align='right')
    p.text(cols[3] + 60, ty, L['unit'], 8.5, True, align='right')
    p.text(W - 52, ty, L['total'], 8.5, True, align='right')
    ty -= 18
    net = 0.0
    for i, (d, q, up) in enumerate(items):
        amt = round(q * up, 2)
        net += amt
        lines = pdf.wrap(d, 235, 8.5, False, mode)
        p.text(cols[0] + 2, ty, str(i + 1), 8.5)
        for j, l in enumerate(lines):
            p.text(cols[1], ty - 11 * j, l, 8.5)
        p.text(cols[2] + 40, ty, ('%g' % q).replace('.', ',') if lang != 'en' else '%g' % q, 8.5, align='right')
        p.text(cols[3] + 60, ty, fmt_money(up, lang), 8.5, align='right')
        p.text(W - 52, ty, fmt_money(amt, lang), 8.5, align='right')
        ty -= 11 * len(lines) + 5
    p.line(50, ty + 6, W - 50, ty + 6)
    net = round(net, 2)
    vat = round(net * vat_rate / 100.0, 2)
    gross = round(net + vat, 2)
    ty -= 8
    for k, v, b in ((L['net'], net, False), (L['vat'] % ('%g' % vat_rate), vat, False), (L['gross'], gross, True)):
        p.text(W - 220, ty, k, 9, b)
        p.text(W - 52, ty, '%s %s' % (fmt_money(v, lang), currency), 9, b, align='right')
        ty -= 13
    ty -= 10
    for n in notes:
        ty = p.para(50, ty, n, W - 100 - (110 if qr_payload else 0), 8.5) - 4
    ty -= 6
    p.text(50, ty, L['bank'], 8.5, True)
    ty -= 12
    for bl in bank_lines:
        p.text(50, ty, bl, 8.5)
        ty -= 11
    if qr_payload:
        m = qr.encode(qr_payload, 'M')
        p.qr(W - 160, 66, 110, m)
        if qr_caption:
            p.text(W - 102, 60, qr_caption, 6.5, align='center')
    fy = 40
    foot = extra_footer or ' · '.join(seller[:2])
    p.line(50, fy + 12, W - 50, fy + 12, 0.3)
    p.text(50, fy, foot, 6.5)
    p.text(W - 50, fy - 9, L['page'], 6.5, align='right')
    return doc.render(), dict(net=net, vat=vat, gross=gross)


def letter_pdf(lines_head, recipient, place_date, subject, paragraphs, signature, mode=None, creator='', producer='',
               pdfdate="D:20261001120000+02'00'", title='', qr_payload=None, qr_caption='', link=None, footer='',
               accent=(0.1, 0.2, 0.45), boxes=None, big_button=None):
    """A business letter / notice. big_button: (label, url) drawn as a linked button."""
    alltxt = ' '.join(lines_head + recipient + [place_date, subject, signature, footer] + paragraphs)
    if mode is None:
        try:
            alltxt.encode('cp1252')
            mode = 'std'
        except UnicodeEncodeError:
            mode = 'ttf'
    doc = pdf.PDF(mode, title=title or subject, author=lines_head[0], creator=creator, producer=producer, date=pdfdate)
    p = doc.page()
    W, H = p.w, p.h
    p.color_rect(0, H - 8, W, 8, accent)
    p.text(50, H - 50, lines_head[0], 15, True)
    y = H - 64
    for l in lines_head[1:]:
        p.text(50, y, l, 8)
        y -= 10
    y = H - 150
    for l in recipient:
        p.text(50, y, l, 10)
        y -= 13
    p.text(W - 50, H - 150, place_date, 9.5, align='right')
    y -= 25
    y = p.para(50, y, subject, W - 100, 11, True) - 8
    for para in paragraphs:
        if para.startswith('  '):
            y = p.para(70, y, para.strip(), W - 140, 9.8) - 4
        else:
            y = p.para(50, y, para, W - 100, 9.8) - 7
    if boxes:
        for label, value in boxes:
            p.rect(50, y - 6, W - 100, 18, fill=0.93, stroke=0.3)
            p.text(56, y, label, 9, True)
            p.text(W - 56, y, value, 9, align='right')
            y -= 22
        y -= 6
    if big_button:
        label, url = big_button
        p.color_rect(50, y - 10, 220, 26, accent)
        p.text(160, y - 1, label, 11, True, align='center', gray=1)
        p.link(50, y - 10, 220, 26, url)
        y -= 40
    if qr_payload:
        m = qr.encode(qr_payload, 'M')
        p.qr(50, y - 130, 120, m)
        if qr_caption:
            p.para(185, y - 40, qr_caption, W - 240, 9)
        y -= 145
    y -= 10
    for l in signature.split('\n'):
        p.text(50, y, l, 9.8)
        y -= 13
    if footer:
        p.line(50, 52, W - 50, 52, 0.3)
        fy = 42
        for l in pdf.wrap(footer, W - 100, 6.5, False, mode):
            p.text(50, fy, l, 6.5)
            fy -= 8
    if link:
        p.link(*link)
    return doc.render()


# ---------------------------------------------------------------- Italian PEC transport envelope
def pec_envelope(m, inner_headers, inner_body, sender_pec, gestore='ARUBA PEC S.p.A.', gestore_dom='pec.aruba.it',
                 tipo='posta-certificata', subject_inner='', t=None, recipients=None, charset='iso-8859-1'):
    """Wrap an original message the way a PEC provider delivers it: multipart/signed
    (multipart/mixed(alternative(text, html), daticert.xml, postacert.eml), smime.p7s)."""
    from .mime import render_lf, rfc822_part, rfcdate, local
    r = m.rng
    t = t or m.date
    lt = local(t, 'CET')
    off = rfcdate(t, 'CET')[-5:]
    ident = 'opec%d.%04d%02d%02d%02d%02d%02d.%d.%d.1.%d@%s' % (r.randrange(20000, 22000), lt.year, lt.month, lt.day,
                                                               lt.hour, lt.minute, lt.second, r.randrange(10000, 99999),
                                                               r.randrange(100, 999), r.randrange(10, 99), gestore_dom)
    recips = recipients or [a for _, a in m.to]
    inner = render_lf(inner_headers, inner_body)
    orig_mid = [v for n, v in inner_headers if n.lower() == 'message-id'][0]
    if tipo == 'posta-certificata':
        txt = ('Messaggio di posta certificata\n\nIl giorno %02d/%02d/%04d alle ore %02d:%02d:%02d (%s) il messaggio\n'
               '"%s" è stato inviato da "%s"\nindirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\n'
               'Identificativo messaggio: %s\n' % (lt.day, lt.month, lt.year, lt.hour, lt.minute, lt.second, off,
                                                   subject_inner, sender_pec, '\n'.join(recips), ident))
    else:
        txt = tipo
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>'
            '<font face="Arial" size="2"><b>Messaggio di posta certificata</b><br><br>' % charset
            + _html.escape(txt.split('\n\n', 1)[1]).replace('\n', '<br>\n') + '</font></body></html>\n')
    dati = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE postacert SYSTEM "Postacert.dtd">\n'
            '<postacert tipo="posta-certificata" errore="nessuno">\n  <intestazione>\n    <mittente>%s</mittente>\n'
            '%s    <risposte>%s</risposte>\n    <oggetto>%s</oggetto>\n  </intestazione>\n  <dati>\n'
            '    <gestore-emittente>%s</gestore-emittente>\n    <data zona="%s">\n      <giorno>%02d/%02d/%04d</giorno>\n'
            '      <ora>%02d:%02d:%02d</ora>\n    </data>\n    <identificativo>%s</identificativo>\n'
            '    <msgid>%s</msgid>\n  </dati>\n</postacert>\n' % (
                sender_pec, ''.join('    <destinatari tipo="esterno">%s</destinatari>\n' % a for a in recips),
                sender_pec, _html.escape(subject_inner), gestore, off, lt.day, lt.month, lt.year, lt.hour, lt.minute,
                lt.second, ident, _html.escape(orig_mid)))
    b_alt = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    b_mix = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    b_sig = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    p7s = b'\x30\x82' + (2900).to_bytes(2, 'big') + b'\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02' + r.bytes_(2889)
    mixed = Multipart('mixed', [
        Multipart('alternative', [
            Part('text/plain', txt, charset, 'quoted-printable', ctype_value='text/plain; charset=%s' % charset),
            Part('text/html', html, charset, 'quoted-printable', ctype_value='text/html; charset=%s' % charset)], b_alt),
        Part('application/xml', dati.encode('utf-8'), None, 'base64',
             ctype_value='application/xml; name=daticert.xml',
             headers=[('Content-Disposition', 'inline; filename=daticert.xml')]),
        rfc822_part(inner, 'postacert.eml')], b_mix)
    signed = Multipart('signed', [mixed, Part('application/pkcs7-signature', p7s, None, 'base64',
                                              ctype_value='application/pkcs7-signature; name=smime.p7s',
                                              headers=[('Content-Disposition', 'attachment; filename=smime.p7s')])],
                       b_sig, params=' protocol="application/pkcs7-signature"; micalg=sha-256;')
    return signed, ident, orig_mid


def cii_xml(number, date_ymd, seller, seller_vat, buyer, buyer_ref, items, vat_rate, iban, bic, due_ymd, currency='EUR',
            seller_addr=('', '', 'DE'), buyer_addr=('', '', 'DE'), contact_mail=''):
    """Minimal but structurally complete XRechnung 3.0 (UN/CEFACT CII) document."""
    e = _html.escape
    lines = []
    net = 0.0
    for i, (desc, qty, price, unit) in enumerate(items):
        amt = round(qty * price, 2)
        net += amt
        lines.append(
            '    <ram:IncludedSupplyChainTradeLineItem>\n'
            '      <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>\n'
            '      <ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>\n'
            '      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>\n'
            '      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%g</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>\n'
            '      <ram:SpecifiedLineTradeSettlement>\n'
            '        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%g</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n'
            '        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>\n'
            '      </ram:SpecifiedLineTradeSettlement>\n'
            '    </ram:IncludedSupplyChainTradeLineItem>\n' % (i + 1, e(desc), price, unit, qty, vat_rate, amt))
    net = round(net, 2)
    vat = round(net * vat_rate / 100, 2)
    gross = round(net + vat, 2)
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
         'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
         'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
         '  <rsm:ExchangedDocumentContext>\n    <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>\n'
         '    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>\n'
         '  </rsm:ExchangedDocumentContext>\n'
         '  <rsm:ExchangedDocument>\n    <ram:ID>%s</ram:ID>\n    <ram:TypeCode>380</ram:TypeCode>\n'
         '    <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>\n  </rsm:ExchangedDocument>\n'
         '  <rsm:SupplyChainTradeTransaction>\n%s'
         '    <ram:ApplicableHeaderTradeAgreement>\n      <ram:BuyerReference>%s</ram:BuyerReference>\n'
         '      <ram:SellerTradeParty>\n        <ram:Name>%s</ram:Name>\n'
         '        <ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>%s</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>\n'
         '        <ram:PostalTradeAddress><ram:PostcodeCode>%s</ram:PostcodeCode><ram:LineOne>%s</ram:LineOne><ram:CountryID>%s</ram:CountryID></ram:PostalTradeAddress>\n'
         '        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration>\n      </ram:SellerTradeParty>\n'
         '      <ram:BuyerTradeParty>\n        <ram:Name>%s</ram:Name>\n'
         '        <ram:PostalTradeAddress><ram:PostcodeCode>%s</ram:PostcodeCode><ram:LineOne>%s</ram:LineOne><ram:CountryID>%s</ram:CountryID></ram:PostalTradeAddress>\n'
         '      </ram:BuyerTradeParty>\n      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>%s</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>\n'
         '    </ram:ApplicableHeaderTradeAgreement>\n'
         '    <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>\n'
         '    <ram:ApplicableHeaderTradeSettlement>\n      <ram:PaymentReference>%s</ram:PaymentReference>\n      <ram:InvoiceCurrencyCode>%s</ram:InvoiceCurrencyCode>\n'
         '      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>58</ram:TypeCode>\n'
         '        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>\n'
         '        <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>\n'
         '      </ram:SpecifiedTradeSettlementPaymentMeans>\n'
         '      <ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%g</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n'
         '      <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb 30 Tagen ohne Abzug</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>\n'
         '      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n        <ram:LineTotalAmount>%.2f</ram:LineTotalAmount>\n'
         '        <ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount>\n        <ram:TaxTotalAmount currencyID="%s">%.2f</ram:TaxTotalAmount>\n'
         '        <ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount>\n        <ram:DuePayableAmount>%.2f</ram:DuePayableAmount>\n'
         '      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n    </ram:ApplicableHeaderTradeSettlement>\n'
         '  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n') % (
        e(number), date_ymd, ''.join(lines), e(buyer_ref), e(seller), e(contact_mail), seller_addr[0], e(seller_addr[1]),
        seller_addr[2], seller_vat, e(buyer), buyer_addr[0], e(buyer_addr[1]), buyer_addr[2], e(buyer_ref), date_ymd, e(number),
        currency, iban, bic, vat, net, vat_rate, due_ymd, net, net, currency, vat, gross, gross)
    return x, (net, vat, gross)

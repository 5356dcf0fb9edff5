"""Body styles of real mail clients and senders (plain/HTML and MIME layout).

Body text uses a tiny markup: [[label|url]] for links, **bold**, and lines
starting with '> ' for quoted text in plain parts."""
import html as _html
import re

from . import mime, when

LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')
URL = re.compile(r'(?<!["=\'>])\bhttps?://[^\s<>"\]]+')


def plain(text, style='outlook'):
    def rep(mo):
        label, url = mo.group(1), mo.group(2)
        if label == url:
            return url
        if style == 'outlook':
            return '%s<%s>' % (label, url)
        if style == 'gmail':
            return '%s <%s>' % (label, url)
        return '%s: %s' % (label, url)
    t = LINK.sub(rep, text)
    t = BOLD.sub(lambda mo: mo.group(1), t)
    t = re.sub(r'\{\{img:([^:]+@[^:]+):\d+:\d+:[^}]*\}\}', lambda mo: '[cid:%s]' % mo.group(1), t)
    return t


IMG = re.compile(r'^\{\{img:([^:]+@[^:]+):(\d+):(\d+):([^}]*)\}\}$')


def inline_html(line, link_style=''):
    mo = IMG.match(line.strip())
    if mo:
        cid, w, h, alt = mo.groups()
        return '<img width="%s" height="%s" style="width:%.4fin;height:%.4fin" id="Grafik_x0020_%d" src="cid:%s" alt="%s">' % (
            w, h, int(w) / 96.0, int(h) / 96.0, 1, cid, _html.escape(alt))
    out = ''
    pos = 0
    for mo in LINK.finditer(line):
        out += _auto(_html.escape(line[pos:mo.start()], quote=False))
        label, url = mo.group(1), mo.group(2)
        out += '<a href="%s"%s>%s</a>' % (_html.escape(url), (' style="%s"' % link_style) if link_style else '', _html.escape(label, quote=False))
        pos = mo.end()
    out += _auto(_html.escape(line[pos:], quote=False))
    out = BOLD.sub(lambda mo: '<b>%s</b>' % mo.group(1), out)
    return out


def _auto(s):
    return URL.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(0), mo.group(0)), s)


# ------------------------------------------------------------------ Outlook / Word HTML

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
span.%(estyle)s
	{mso-style-type:personal-%(kind)s;
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

ESTYLE = {'DE': 'E-MailFormatvorlage18', 'IT': 'StileMessaggioDiPostaElettronica18', 'PL': 'StylwiadomocIpoczty18',
          'ES': 'EstiloCorreo18', 'EL': 'EmailStyle18', 'EN-GB': 'EmailStyle18', 'EN-US': 'EmailStyle18', 'RU': 'EmailStyle18'}


def outlook_html(text, charset, lang='DE', quoted=None, font='Calibri', sig_html=None, reply=False):
    """text: body with markup; quoted: list of (header_lines, body_text) for the thread below."""
    h = OUTLOOK_HEAD % dict(charset=charset, font=font, lang=lang, estyle=ESTYLE.get(lang, 'EmailStyle18'),
                            kind='reply' if reply else 'compose')
    body = []
    for line in text.split('\n'):
        if line.strip() == '':
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inline_html(line))
    if sig_html:
        body.append(sig_html)
    for hdr, qtext in (quoted or []):
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hl = []
        for k, v in hdr:
            hl.append('<b>%s</b> %s' % (_html.escape(k), _html.escape(v, quote=False)))
        body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(hl))
        body.append('</div>\n</div>')
        for line in qtext.split('\n'):
            if line.strip() == '':
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inline_html(line))
    return h + '\n'.join(body) + '\n</div>\n</body>\n</html>\n'


def outlook_plain(text, quoted=None, lang='DE'):
    out = plain(text, 'outlook')
    for hdr, qtext in (quoted or []):
        out += '\n\n' + '\n'.join('%s %s' % (k, v) for k, v in hdr) + '\n\n' + plain(qtext, 'outlook')
    return out + '\n'


QHDR = {
    'de': ('Von:', 'Gesendet:', 'An:', 'Cc:', 'Betreff:'),
    'en': ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:'),
    'it': ('Da:', 'Inviato:', 'A:', 'Cc:', 'Oggetto:'),
    'pl': ('Od:', 'Wysłano:', 'Do:', 'DW:', 'Temat:'),
    'es': ('De:', 'Enviado el:', 'Para:', 'CC:', 'Asunto:'),
    'el': ('Από:', 'Στάλθηκε:', 'Προς:', 'Κοιν.:', 'Θέμα:'),
    'ru': ('От:', 'Отправлено:', 'Кому:', 'Копия:', 'Тема:'),
}

DAYS = {
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


def outlook_sent(lang, t_utc, zone='DE'):
    d = when.local(zone, t_utc)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (DAYS['de'][d.weekday()], d.day, MONTHS['de'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'en':
        h = d.hour % 12 or 12
        return '%s, %d %s %d %d:%02d %s' % (DAYS['en'][d.weekday()], d.day, MONTHS['en'][d.month - 1], d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM')
    if lang == 'it':
        return '%s %d %s %d %02d:%02d' % (DAYS['it'][d.weekday()], d.day, MONTHS['it'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (DAYS['pl'][d.weekday()], d.day, MONTHS['pl'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (DAYS['es'][d.weekday()], d.day, MONTHS['es'][d.month - 1], d.year, d.hour, d.minute)
    if lang == 'el':
        return '%s, %d %s %d %d:%02d %s' % (DAYS['el'][d.weekday()], d.day, MONTHS['el'][d.month - 1], d.year, d.hour % 12 or 12, d.minute, 'π.μ.' if d.hour < 12 else 'μ.μ.')
    return '%s, %d %s %d г. %d:%02d' % (DAYS['ru'][d.weekday()], d.day, MONTHS['ru'][d.month - 1], d.year, d.hour, d.minute)


def outlook_quote_hdr(lang, frm, sent_utc, to, subject, cc=None, zone='DE'):
    k = QHDR[lang]
    rows = [(k[0], frm), (k[1], outlook_sent(lang, sent_utc, zone)), (k[2], to)]
    if cc:
        rows.append((k[3], cc))
    rows.append((k[4], subject))
    return rows


def outlook_mime(m, text, charset='iso-8859-1', lang='DE', quoted=None, atts=(), inline_imgs=(), cte='quoted-printable',
                 sig_html=None, reply=False, html_extra=None):
    """Exchange/Outlook layout: mixed(_004_) > related(_003_)? > alternative(_000_) > plain+html."""
    key = re.sub(r'[^A-Za-z0-9]', '', m.msgid or m.hex(40))
    pl = outlook_plain(text, quoted)
    ht = html_extra or outlook_html(text, charset, lang, quoted, sig_html=sig_html, reply=reply)
    p1 = mime.text(pl, 'plain', charset, cte)
    p2 = mime.text(ht, 'html', charset, cte)
    p1.charset_quoted = p2.charset_quoted = True
    alt = mime.multipart('alternative', [p1, p2], '_000_%s_' % key)
    top = alt
    if inline_imgs:
        rel_parts = [alt]
        for ct, data, fn, cid in inline_imgs:
            ip = mime.attachment(ct, data, fn, disposition='inline', cid=cid)
            ip.extra_headers = [('Content-Description', mime.hdr_text(fn, 'utf-8', 'B'))]
            ip.order = ['Content-Type', 'Content-Description', 'Content-Disposition', 'Content-ID', 'Content-Transfer-Encoding']
            ip.disp_params = ['size=%d' % len(data), 'creation-date="%s"' % _gmt(m.date), 'modification-date="%s"' % _gmt(m.date)]
            rel_parts.append(ip)
        top = mime.multipart('related', rel_parts, '_003_%s_' % key, params=['type="multipart/alternative"'])
    if atts:
        parts = [top]
        for a in atts:
            ct, data, fn = a[:3]
            ap = mime.attachment(ct, data, fn, fname_style=('utf-8', 'B'))
            if ct == 'message/rfc822':
                ap.cte = None
                ap.filename = None
                ap.disposition = 'attachment'
            ap.extra_headers = [('Content-Description', mime.hdr_text(fn, 'utf-8', 'B'))]
            ap.order = ['Content-Type', 'Content-Description', 'Content-Disposition', 'Content-Transfer-Encoding']
            if ct != 'message/rfc822':
                ap.disp_params = ['size=%d' % len(data), 'creation-date="%s"' % _gmt(m.date), 'modification-date="%s"' % _gmt(m.date)]
            parts.append(ap)
        top = mime.multipart('mixed', parts, '_004_%s_' % key)
    return top


def _gmt(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S GMT')


# ------------------------------------------------------------------ Gmail

def gmail_html(text, quoted=None):
    lines = []
    for line in text.split('\n'):
        lines.append('<div>%s</div>' % inline_html(line) if line.strip() else '<div><br></div>')
    out = '<div dir="ltr">' + ''.join(lines) + '</div>'
    if quoted:
        attr, qtext = quoted
        q = '<br>'.join(inline_html(l) for l in qtext.split('\n'))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
            _html.escape(attr, quote=False), q)
    return out + '\n'


def gmail_mime(m, text, quoted=None, atts=(), cte=None, html=True):
    from .profiles import gmail_boundary
    pl = plain(text, 'gmail')
    if quoted:
        attr, qtext = quoted
        pl += '\n\n' + attr + '\n\n' + '\n'.join('> ' + l if l else '>' for l in plain(qtext, 'gmail').split('\n'))
    pl += '\n'
    nonascii = mime.needs_encoding(pl)
    if cte is None:
        longl = any(len(l) > 76 for l in pl.split('\n')) or html
        cte = 'quoted-printable' if nonascii or longl else '7bit'
    p1 = mime.text(pl, 'plain', 'UTF-8', cte)
    p1.charset_quoted = True
    if not html:
        top = p1
    else:
        ht = gmail_html(text, quoted)
        p2 = mime.text(ht, 'html', 'UTF-8', cte)
        p2.charset_quoted = True
        top = mime.multipart('alternative', [p1, p2], gmail_boundary(m))
    if atts:
        parts = [top]
        for a in atts:
            ct, data, fn = a[:3]
            fid = 'f_%s%d' % (m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'), len(parts) - 1)
            ap = mime.attachment(ct, data, fn, fname_style=('UTF-8', 'B'))
            ap.cid = fid
            ap.extra_headers = [('X-Attachment-Id', fid)]
            ap.order = ['Content-Type', 'Content-Disposition', 'Content-Transfer-Encoding', 'Content-ID', 'X-Attachment-Id']
            parts.append(ap)
        top = mime.multipart('mixed', parts, gmail_boundary(m))
    return top


# ------------------------------------------------------------------ Thunderbird

def flowed(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
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


def thunderbird_mime(m, text, charset='UTF-8', atts=(), html=False, cte='8bit'):
    b = '------------' + m.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    pl = flowed(plain(text, 'tb')) + '\n'
    p1 = mime.text(pl, 'plain', charset, cte, params=['format=flowed'])
    top = p1
    if html:
        ht = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n  <body>\n'
              % charset + ''.join('    <p>%s</p>\n' % '<br>\n'.join(inline_html(l) for l in para.split('\n')) for para in text.split('\n\n')) + '  </body>\n</html>\n')
        p2 = mime.text(ht, 'html', charset, cte)
        top = mime.multipart('alternative', [p1, p2], b, preamble=None)
    if atts:
        parts = [top]
        for a in atts:
            ct, data, fn = a[:3]
            ap = mime.attachment(ct, data, fn, fname_style='rfc2231')
            ap.b64width = 72
            parts.append(ap)
        top = mime.multipart('mixed', parts, '------------' + m.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
                             preamble='This is a multi-part message in MIME format.')
    return top


# ------------------------------------------------------------------ PHPMailer

def phpmailer_mime(m, html_body, text_body=None, atts=(), charset='utf-8', cte='quoted-printable'):
    b1 = 'b1=_' + m.alnum(43)
    parts = []
    if text_body is not None:
        alt = mime.multipart('alternative', [mime.text(text_body, 'plain', charset, cte), mime.text(html_body, 'html', charset, cte)],
                             'b2=_' + m.alnum(43) if atts else b1)
    else:
        alt = mime.text(html_body, 'html', charset, cte)
    if not atts:
        if text_body is not None:
            alt.preamble = 'This is a multi-part message in MIME format.'
        return alt
    parts = [alt]
    for a in atts:
        ct, data, fn = a[:3]
        parts.append(mime.attachment(ct, data, fn))
    return mime.multipart('mixed', parts, b1, preamble='This is a multi-part message in MIME format.')


# ------------------------------------------------------------------ generic ESP / system mail

def esp_mime(m, html_body, text_body, boundary, charset='UTF-8', cte='quoted-printable', atts=(), related=(), mixed_boundary=None,
             charset_quoted=False):
    p1 = mime.text(text_body, 'plain', charset, cte)
    p2 = mime.text(html_body, 'html', charset, cte)
    p1.charset_quoted = p2.charset_quoted = charset_quoted
    top = mime.multipart('alternative', [p1, p2], boundary)
    if related:
        rp = [top]
        for ct, data, fn, cid in related:
            ip = mime.attachment(ct, data, fn, disposition='inline', cid=cid)
            rp.append(ip)
        top = mime.multipart('related', rp, boundary + '_rel')
    if atts:
        parts = [top]
        for a in atts:
            ct, data, fn = a[:3]
            parts.append(mime.attachment(ct, data, fn))
        top = mime.multipart('mixed', parts, mixed_boundary or boundary + '_mix')
    return top


def html_to_text(h):
    t = re.sub(r'(?is)<(style|script|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda mo: '%s [%s]' % (re.sub('<[^>]+>', '', mo.group(2)).strip(), mo.group(1)), t)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h[1-6]|li|table)>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = _html.unescape(t)
    lines = [re.sub(r'[ \t\xa0]+', ' ', l).strip() for l in t.split('\n')]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return '\n'.join(out).strip() + '\n'


def newsletter(brand, color, title, paras, button=None, footer='', logo_text=None, width=600, preheader='', lang='en',
               extra_blocks=''):
    """Table-based marketing/system mail HTML. paras: list of markup strings."""
    ps = ''.join('<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">%s</p>' % '<br>'.join(inline_html(l, 'color:%s;' % color) for l in p.split('\n')) for p in paras)
    btn = ''
    if button:
        btn = ('<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:10px 0 20px 0;"><tr><td style="border-radius:4px;background:%s;">'
               '<a href="%s" target="_blank" style="background:%s;border:1px solid %s;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:15px;text-decoration:none;padding:13px 24px;color:#ffffff;display:block;border-radius:4px;font-weight:bold;">%s</a></td></tr></table>') % (
            color, _html.escape(button[1]), color, color, _html.escape(button[0]))
    pre = ('<div style="display:none;font-size:1px;color:#fefefe;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>' % _html.escape(preheader)) if preheader else ''
    return ('<!DOCTYPE html>\n<html lang="%s" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f2f3f5;">\n%s'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f2f3f5;"><tr><td align="center" style="padding:24px 10px;">\n'
            '<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;max-width:%dpx;">\n'
            '<tr><td style="background:%s;padding:18px 28px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">%s</td></tr>\n'
            '<tr><td style="padding:28px 28px 8px 28px;"><h1 style="margin:0 0 18px 0;font-family:Arial,Helvetica,sans-serif;font-size:21px;line-height:28px;color:#222222;">%s</h1>\n%s%s%s</td></tr>\n'
            '<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e5e5;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888;">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n') % (
        lang, _html.escape(title), pre, width, width, color, _html.escape(logo_text or brand), _html.escape(title), ps, btn, extra_blocks,
        '<br>'.join(inline_html(l, 'color:#888888;') for l in footer.split('\n')))

"""Shared helpers for the message modules."""
import html as _html
import re

import attach
import coins
import company as C
import ids
import infra as I
import mailkit as mk
import png
import qr
import tz
from core import Mail

text, htmlpart, att, multi = mk.text, mk.html, mk.att, mk.multi
T = tz.at
PLUS = tz.plus

_LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')


def plain(s, style='angle'):
    """[label](url) -> 'label <url>' (Outlook) / 'label (url)' / 'label: url'."""
    def rep(m):
        lab, url = m.group(1), m.group(2)
        if lab == url:
            return url
        if style == 'angle':
            return '%s <%s>' % (lab, url)
        if style == 'paren':
            return '%s (%s)' % (lab, url)
        if style == 'label':
            return lab
        return '%s: %s' % (lab, url)
    return _LINK.sub(rep, s.strip('\n')) + '\n'


def _inline(s, link_style=''):
    out, pos = '', 0
    for m in _LINK.finditer(s):
        out += _html.escape(s[pos:m.start()], quote=False)
        out += '<a href="%s"%s>%s</a>' % (_html.escape(m.group(2)), link_style, _html.escape(m.group(1), quote=False))
        pos = m.end()
    return out + _html.escape(s[pos:], quote=False)


def html_outlook(s, charset, lang='DE', font='Calibri', size='11.0pt'):
    lines = s.strip('\n').split('\n')
    body = []
    for ln in lines:
        if ln.strip():
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline(ln))
        else:
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, size, font, lang, '\n'.join(body)))


def html_gmail(s):
    paras = s.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<div>%s</div>' % '<br>'.join(_inline(x) for x in p.split('\n')))
    return '<div dir="ltr">%s</div>\n' % '<div><br></div>'.join(out)


def html_simple(s, charset='utf-8', head_style='', title=None):
    paras = s.strip('\n').split('\n\n')
    out = ['<p>%s</p>' % '<br>\n'.join(_inline(x) for x in p.split('\n')) for p in paras]
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s%s</head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n%s\n</body>\n</html>\n'
            % (charset, ('<title>%s</title>\n' % _html.escape(title)) if title else '', head_style, '\n'.join(out)))


def html_branded(blocks, charset='utf-8', brand='#0b5cab', logo_text='', footer='', width=600, button=None, preheader=''):
    """Newsletter / notification style table layout.
    blocks: list of strings (paragraphs, may use [label](url)) or ('h', text) or ('btn', label, url)."""
    rows = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            rows.append('<tr><td style="padding:18px 32px 4px 32px;font-size:19px;font-weight:bold;color:#1a1a1a">%s</td></tr>' % _inline(b[1]))
        elif isinstance(b, tuple) and b[0] == 'btn':
            rows.append('<tr><td style="padding:14px 32px" align="left"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                        '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;padding:11px 26px;color:#ffffff;'
                        'font-weight:bold;text-decoration:none;font-size:15px">%s</a></td></tr></table></td></tr>' % (brand, _html.escape(b[2]), _html.escape(b[1])))
        elif isinstance(b, tuple) and b[0] == 'img':
            rows.append('<tr><td style="padding:10px 32px" align="center"><img src="%s" width="%d" height="%d" alt="%s" style="display:block"></td></tr>' % b[1:])
        elif isinstance(b, tuple) and b[0] == 'small':
            rows.append('<tr><td style="padding:6px 32px;font-size:12px;color:#666666">%s</td></tr>' % '<br>'.join(_inline(x) for x in b[1].split('\n')))
        else:
            rows.append('<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#333333">%s</td></tr>' % '<br>'.join(_inline(x) for x in b.split('\n')))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % _html.escape(preheader)) if preheader else ''
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f4f6">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif">\n'
            '<tr><td style="background:%s;padding:16px 32px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n%s\n'
            '<tr><td style="padding:20px 32px;font-size:11px;color:#888888;border-top:1px solid #e5e5e5">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (charset, pre, width, brand, _html.escape(logo_text), '\n'.join(rows), '<br>'.join(_inline(x) for x in footer.split('\n'))))


# ------------------------------------------------------------- dates ------
WD = {
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pl': ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'el': ['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
}
MON = {
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
}


def longdate(lang, dt):
    w, m = WD[lang][dt.weekday()], MON[lang][dt.month - 1]
    hm = dt.strftime('%H:%M')
    if lang == 'de':
        return '%s, %d. %s %d %s' % (w, dt.day, m, dt.year, hm)
    if lang == 'en':
        return '%s, %d %s %d %s' % (w, dt.day, m, dt.year, hm)
    if lang == 'it':
        return '%s %d %s %d %s' % (w, dt.day, m, dt.year, hm)
    if lang == 'pl':
        return '%s, %d %s %d %s' % (w, dt.day, m, dt.year, hm)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%s' % (w, dt.day, m, dt.year, dt.hour, dt.strftime('%M'))
    if lang == 'el':
        h = dt.hour % 12 or 12
        return '%s, %d %s %d %d:%s %s' % (w, dt.day, m, dt.year, h, dt.strftime('%M'), 'πμ' if dt.hour < 12 else 'μμ')
    if lang == 'ru':
        return '%s, %d %s %d г. %s' % (w, dt.day, m, dt.year, hm)


_QH = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def who(p):
    return '%s <%s>' % p if isinstance(p, tuple) else p


def quote_outlook(lang, frm, dt, to, subject, body, cc=None, sep=True):
    f, s, t, c, sub = _QH[lang]
    h = '%s: %s\n%s: %s\n%s: %s\n' % (f, who(frm), s, longdate(lang, dt), t, '; '.join(who(x) for x in (to if isinstance(to, list) else [to])))
    if cc:
        h += '%s: %s\n' % (c, '; '.join(who(x) for x in (cc if isinstance(cc, list) else [cc])))
    h += '%s: %s\n\n' % (sub, subject)
    return ('\n' + '_' * 32 + '\n' if sep else '\n') + h + body.strip('\n') + '\n'


_GQ = {
    'de': lambda dt, w: 'Am %s., %d. %s %d um %s Uhr schrieb %s:' % (WD['de'][dt.weekday()][:2], dt.day, MON['de'][dt.month - 1][:3] + '.', dt.year, dt.strftime('%H:%M'), w),
    'en': lambda dt, w: 'On %s, %d %s %d at %s, %s wrote:' % (WD['en'][dt.weekday()][:3], dt.day, MON['en'][dt.month - 1][:3], dt.year, dt.strftime('%H:%M'), w),
    'it': lambda dt, w: 'Il giorno %s %d %s %d alle ore %s %s ha scritto:' % (WD['it'][dt.weekday()][:3], dt.day, MON['it'][dt.month - 1][:3], dt.year, dt.strftime('%H:%M'), w),
    'pl': lambda dt, w: '%s, %d %s %d o %s %s napisał(a):' % (WD['pl'][dt.weekday()][:3] + '.', dt.day, MON['pl'][dt.month - 1][:3], dt.year, dt.strftime('%H:%M'), w),
    'es': lambda dt, w: 'El %s, %d %s %d a las %s, %s escribió:' % (WD['es'][dt.weekday()][:3], dt.day, MON['es'][dt.month - 1][:3], dt.year, dt.strftime('%H:%M'), w),
    'el': lambda dt, w: 'Στις %s %d %s %d στις %s, ο/η %s έγραψε:' % (WD['el'][dt.weekday()][:3], dt.day, MON['el'][dt.month - 1][:3], dt.year, dt.strftime('%H:%M'), w),
    'ru': lambda dt, w: '%d %s %d г., в %s, %s:' % (dt.day, MON['ru'][dt.month - 1], dt.year, dt.strftime('%H:%M'), w),
}


def quote_gmail(lang, frm, dt, body):
    head = _GQ[lang](dt, who(frm))
    q = '\n'.join(('> ' + ln) if ln else '>' for ln in body.strip('\n').split('\n'))
    return '\n' + head + '\n\n' + q + '\n'


def ref_ids(*ids_):
    return ' '.join(ids_)


# ------------------------------------------------------------ attachments --
def pdf(blocks, title, author, producer, creator, dt):
    return attach.make_pdf(blocks, title=title, author=author, producer=producer, creator=creator,
                           date=dt.strftime('%Y%m%d%H%M%S') + dt.strftime('%z')[:3] + "'" + dt.strftime('%z')[3:] + "'")


def pdf_att(data, filename, **kw):
    return att(data, 'application/pdf', filename, **kw)


def png_att(data, filename, **kw):
    return att(data, 'image/png', filename, **kw)


def zip_att(data, filename, **kw):
    return att(data, kw.pop('ctype', 'application/zip'), filename, **kw)


def qr_png(url, scale=5):
    return png.qr_png(qr.encode(url, 'M'), scale=scale)


PLACEHOLDER = b'inert placeholder - no executable content\n'


def staff_sig(key, lang, extra_lines=()):
    name, addr, office, role, native = C.STAFF[key]
    addr_line = C.OFFICES[office][1]
    phones = {'HQ': '+49 221 9387-', 'IT': '+39 051 634 1', 'PL': '+48 71 785 4', 'ES': '+34 961 327 ', 'GR': '+30 2310 75 1',
              'UK': '+44 161 872 5', 'RU': '+7 812 448 3'}
    ext = {'ceo': '100', 'cfo': '110', 'ap': '214', 'ar': '212', 'hr': '150', 'it': '300', 'sec': '310', 'asst': '101',
           'proc': '240', 'sales': '410', 'export': '420', 'log': '520', 'uk_mgr': '10', 'uk_acc': '14', 'it_mgr': '20',
           'it_acc': '22', 'it_sales': '25', 'pl_mgr': '10', 'pl_acc': '12', 'es_mgr': '410', 'es_acc': '412', 'es_sales': '415',
           'gr_mgr': '01', 'gr_acc': '04', 'ru_mgr': '01', 'ru_acc': '05'}[key]
    roles = {'de': {'ceo': 'Geschäftsführer', 'cfo': 'Leiterin Finanzen & Controlling', 'ap': 'Kreditorenbuchhaltung',
                    'hr': 'Personal & Entgeltabrechnung', 'it': 'Leiter IT', 'sec': 'IT-Sicherheit', 'asst': 'Assistenz der Geschäftsführung',
                    'proc': 'Einkauf Rohstoffe', 'sales': 'Vertrieb DACH', 'log': 'Logistik & Lager', 'ar': 'Debitorenbuchhaltung', 'export': 'Export Sales'}}
    r = roles.get(lang, {}).get(key, role)
    disp = native if (native and lang in ('el', 'ru')) else name
    lines = [disp, r] + list(extra_lines) + ['', addr_line, 'Tel. ' + phones[office] + ext, 'www.example.com']
    return '\n'.join(lines)


def crc8(data, poly=0x07, init=0x00):
    c = init
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def ksef_number(nip, yyyymmdd, hex12):
    base = '%s-%s-%s' % (nip, yyyymmdd, hex12.upper())
    return '%s-%02X' % (base, crc8(base.encode('ascii')))

"""Shared helpers for the message modules."""
import html as _html
import struct
import datetime as _dt

from lib.engine import Ctx, T, H, ALT, MIX, REL, ATT, to_html, LINK, _esc_links
from lib import infra, mime
from lib.mime import Part, Multi
from lib.pdf import make_pdf
from lib.zipw import make_zip
from lib.qr import qr_png
from lib import banking as B
from company import S, SN, BANK, RU, IDS

PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample for mail-gateway testing; contains no executable code.\n'

fi = B.fmt_iban

# ------------------------------------------------------------------ date names for quoted headers
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
QLABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Αποστολή', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def longdate(lang, y, mo, d, h, mi):
    wd = _dt.date(y, mo, d).weekday()
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (WD[lang][wd], d, MO[lang][mo - 1], y, h, mi)
    if lang == 'en':
        return '%s, %d %s %d %02d:%02d' % (WD[lang][wd], d, MO[lang][mo - 1], y, h, mi)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (WD[lang][wd], d, MO[lang][mo - 1], y, h, mi)
    if lang == 'pl':
        return '%s, %d %s %d %02d:%02d' % (WD[lang][wd], d, MO[lang][mo - 1], y, h, mi)
    return '%s %d %s %d %02d:%02d' % (WD[lang][wd], d, MO[lang][mo - 1], y, h, mi)


def oq(lang, frm, date, to, subj, body, cc=None):
    """Outlook-style quoted original message (plain)."""
    L = QLABELS[lang]
    head = '%s: %s\n%s: %s\n%s: %s\n' % (L[0], frm, L[1], longdate(lang, *date), L[2], to)
    if cc:
        head += '%s: %s\n' % (L[3], cc)
    head += '%s: %s\n' % (L[4], subj)
    return '\n\n' + '_' * 32 + '\n' + head + '\n' + body


def fa(name, a):
    return '%s <%s>' % (name, a)


# ------------------------------------------------------------------ HTML templates
def notice_html(title, paras, button=None, footer=(), brand='', color='#1a73e8', charset='utf-8', lang='de',
                pre='', logo_bg=None, extra_rows=''):
    ps = ''.join('<tr><td style="padding:0 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">%s</td></tr>\n'
                 % '<br>'.join(_esc_links(l) for l in p.split('\n')) for p in paras)
    btn = ''
    if button:
        btn = ('<tr><td style="padding:10px 32px 24px 32px;"><table role="presentation" cellspacing="0" cellpadding="0"><tr>'
               '<td style="background:%s;border-radius:4px;"><a href="%s" style="display:inline-block;padding:12px 26px;font-family:Arial,Helvetica,sans-serif;'
               'font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">%s</a></td></tr></table></td></tr>\n'
               % (color, _html.escape(button[1]), _html.escape(button[0], quote=False)))
    ft = ''.join('<tr><td style="padding:2px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#777777;">%s</td></tr>\n'
                 % _esc_links(f) for f in footer)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f5;">\n%s'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" style="background:#f2f3f5;"><tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;border:1px solid #e1e4e8;">\n'
            '<tr><td style="background:%s;padding:18px 32px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">%s</td></tr>\n'
            '<tr><td style="padding:26px 32px 12px 32px;font-family:Arial,Helvetica,sans-serif;font-size:19px;font-weight:bold;color:#222222;">%s</td></tr>\n'
            '%s%s%s<tr><td style="padding:14px 0 18px 0;"></td></tr>\n%s</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, charset, _html.escape(title), pre, logo_bg or color, _html.escape(brand), _html.escape(title), ps, btn, extra_rows, ft))


def newsletter_html(masthead, intro, items, footer, color='#0b5394', charset='utf-8', lang='de', unsub=None):
    rows = ''
    for head, text, url in items:
        rows += ('<tr><td style="padding:14px 30px;border-top:1px solid #e6e6e6;font-family:Georgia,serif;">'
                 '<a href="%s" style="font-size:18px;color:%s;text-decoration:none;font-weight:bold;">%s</a>'
                 '<p style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333;margin:6px 0 0 0;">%s</p></td></tr>\n'
                 % (_html.escape(url), color, _html.escape(head, quote=False), _html.escape(text, quote=False)))
    ft = '<br>'.join(_esc_links(f) for f in footer)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="viewport" content="width=device-width"><title>%s</title></head>\n'
            '<body style="margin:0;background:#eeeeee;"><center>\n<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;">\n'
            '<tr><td style="background:%s;padding:22px 30px;font-family:Georgia,serif;font-size:26px;color:#ffffff;">%s</td></tr>\n'
            '<tr><td style="padding:18px 30px;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333;">%s</td></tr>\n%s'
            '<tr><td style="padding:20px 30px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888;border-top:1px solid #ddd;">%s</td></tr>\n'
            '</table></center>\n</body></html>\n'
            % (lang, charset, _html.escape(masthead), color, _html.escape(masthead), _esc_links(intro), rows, ft))


def newsletter_text(masthead, intro, items, footer):
    out = [masthead, '=' * len(masthead), '', mime_plain(intro), '']
    for head, text, url in items:
        out += [head, text, url, '']
    out += [mime_plain(f) for f in footer]
    return '\n'.join(out)


def mime_plain(s):
    from lib.engine import plain
    return plain(s)


# ------------------------------------------------------------------ attachment helpers
def pdf(lines_or_pages, **kw):
    pages = lines_or_pages if lines_or_pages and isinstance(lines_or_pages[0], list) else [lines_or_pages]
    return make_pdf(pages, **kw)


def wav_silence(seconds=2, rate=8000):
    n = rate * seconds
    data = bytes([128]) * n
    return (b'RIFF' + struct.pack('<I', 36 + n) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, rate, rate, 1, 8)
            + b'data' + struct.pack('<I', n) + data)


def credential_form_html(title, heading, sub, action, email, fields, button, lang='de', charset='utf-8', brand_color='#0067b8',
                         logo='', note=''):
    """Static phishing page as it arrives in attachments: no script, a form posting to a third party."""
    fl = ''
    for label, name, typ, val in fields:
        fl += ('<label style="display:block;font-size:13px;color:#444;margin:14px 0 4px 0;">%s</label>'
               '<input type="%s" name="%s" value="%s" style="width:100%%;padding:9px;border:1px solid #999;font-size:15px;box-sizing:border-box;">\n'
               % (_html.escape(label), typ, name, _html.escape(val)))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s"><title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;background:#f3f3f3;font-family:Segoe UI,Arial,sans-serif;">\n'
            '<div style="max-width:420px;margin:60px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2);">\n'
            '<div style="font-size:22px;font-weight:600;color:%s;">%s</div>\n'
            '<h1 style="font-size:22px;font-weight:600;color:#1b1b1b;margin:18px 0 6px 0;">%s</h1>\n'
            '<p style="font-size:14px;color:#444;margin:0 0 8px 0;">%s</p>\n'
            '<form method="post" action="%s">\n<input type="hidden" name="u" value="%s">\n%s'
            '<button type="submit" style="margin-top:22px;background:%s;color:#fff;border:0;padding:10px 30px;font-size:15px;">%s</button>\n'
            '</form>\n<p style="font-size:12px;color:#777;margin-top:24px;">%s</p>\n</div>\n</body></html>\n'
            % (lang, charset, _html.escape(title), brand_color, _html.escape(logo), _html.escape(heading), _html.escape(sub),
               _html.escape(action), _html.escape(email), fl, brand_color, _html.escape(button), _html.escape(note)))


def custom(client, hops, msgid, extra=(), bnd=None, zone='CE', order='plain', tls=True, delay=2, top_extra=()):
    return dict(hops=list(hops), client=client, tls=tls, msgid=msgid, extra=list(extra), top_extra=list(top_extra),
                bnd=bnd or (lambda i: '----=_Part_%d_%08x' % (i, 0x5eed + i)), zone=zone, delay=delay, order=order)


def M(**kw):
    kw.setdefault('cc', [])
    kw.setdefault('hardneg', None)
    return kw


def l1(s):
    """Make text representable in ISO-8859-1 the way a mail client would (dashes/quotes to ASCII)."""
    return (s.replace('–', '-').replace('—', '-').replace('„', '"').replace('“', '"').replace('”', '"')
            .replace('‚', "'").replace('‘', "'").replace('’', "'").replace('…', '...').replace('€', 'EUR'))


def koi(s):
    """Characters a KOI8-R client cannot send are typed the old way."""
    return s.replace('«', '"').replace('»', '"').replace('—', '-').replace('–', '-').replace('№', 'N').replace('₽', 'руб.')

"""Helpers shared by the message definitions."""
from datetime import datetime

import codes
import files
import qr
from mime import Text, Bin, Multi, html_simple, html_brand, text_brand, text_links
from msg import Msg  # noqa: F401  (re-export)
from people import S  # noqa: F401
from routes import det_uuid
from timez import to_utc, pdfdate

A = 'attack'
B = 'business'


def plain(text, cs='utf-8', cte='quoted-printable', flowed=False, lang=None):
    return Text(text_links(text), 'plain', cs, cte, flowed=flowed, lang=lang)


def alt(text, cs='utf-8', cte='quoted-printable', flavour='outlook', lang='de', html_cte=None, flowed=False):
    return Multi('alternative', [Text(text_links(text), 'plain', cs, cte, flowed=flowed),
                                 Text(html_simple(text, flavour, cs, lang), 'html', cs, html_cte or cte)])


def brand(title, paras, button=None, footer='', cs='utf-8', cte='quoted-printable', color='#0067b8',
          logo=None, after=(), html_cte=None, lang='en', img_cid=None, img_alt='', text_override=None):
    h = html_brand(logo or title, title, paras, button, footer, color, cs, logo_text=logo, after_button=after,
                   img_cid=img_cid, img_alt=img_alt, lang=lang)
    t = text_override or text_brand(title, paras, button, footer, after)
    return Multi('alternative', [Text(t, 'plain', cs, cte), Text(h, 'html', cs, html_cte or cte)])


def html_only(html, cs='utf-8', cte='quoted-printable'):
    return Text(html, 'html', cs, cte)


def mixed(*parts):
    return Multi('mixed', list(parts))


def related(html_part, *inline):
    return Multi('related', [html_part] + list(inline), extra_params='type="text/html"')


def pdf_att(name, text, title='', producer='Microsoft® Word for Microsoft 365', creator=None, when=None,
            zone='CET', author=None, fn_style='rfc2047'):
    date = pdfdate(zone, to_utc(zone, when)) if when else "D:20261001090000+02'00'"
    data = files.pdf(text, title=title or name.rsplit('.', 1)[0], producer=producer, creator=creator, date=date,
                     author=author)
    return Bin(data, 'application/pdf', name, fn_style=fn_style)


def zip_att(name, inner, when, password=None, ctype='application/x-zip-compressed', seed=None):
    entries = [(n, files.PLACEHOLDER, when) for n in ([inner] if isinstance(inner, str) else inner)]
    names = ', '.join(n for n, _, _ in entries)
    if password:
        data = files.zip_crypto(entries, password, seed or name)
        note = f'ZipCrypto, password "{password}" in body; contains {names}'
    else:
        data = files.zip_plain(entries)
        note = f'contains {names}'
    return Bin(data, ctype, name, note=note)


def png_att(name, data, inline=False, cid=None, note=None):
    return Bin(data, 'image/png', name, disp='inline' if inline else 'attachment', cid=cid, note=note)


def qr_png(payload):
    return qr.qr_png(payload, 'M', scale=6)


# ------------------------------------------------------------ dates and quotes
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
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
           'November', 'Dezember'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
           'ottobre', 'novembre', 'dicembre'],
    'pl': ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
           'października', 'listopada', 'grudnia'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
    'el': ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου',
           'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
           'ноября', 'декабря'],
}
QLABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłane', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def long_date(lang, y, m, d, h, mi):
    dt = datetime(y, m, d, h, mi)
    wd = WEEKDAYS[lang][dt.weekday()]
    mo = MONTHS[lang][m - 1]
    if lang == 'de':
        return f'{wd}, {d}. {mo} {y} {h:02d}:{mi:02d}'
    if lang == 'en':
        return f'{wd}, {d} {mo} {y} {h:02d}:{mi:02d}'
    if lang == 'es':
        return f'{wd}, {d} de {mo} de {y} {h:d}:{mi:02d}'
    if lang == 'el':
        hh = h % 12 or 12
        return f'{wd}, {d} {mo} {y} {hh}:{mi:02d} {"πμ" if h < 12 else "μμ"}'
    if lang == 'ru':
        return f'{wd}, {d} {mo} {y} г. {h:d}:{mi:02d}'
    return f'{wd} {d} {mo} {y} {h:02d}:{mi:02d}'


def fa(p):
    return f'{p[0]} <{p[1]}>'


def quote_outlook(lang, frm, when, to, subject, body, cc=None):
    L = QLABELS[lang]
    s = ['', '________________________________', f'{L[0]}: {fa(frm)}', f'{L[1]}: {long_date(lang, *when)}',
         f'{L[2]}: ' + '; '.join(fa(x) for x in to)]
    if cc:
        s.append(f'{L[3]}: ' + '; '.join(fa(x) for x in cc))
    s += [f'{L[4]}: {subject}', '', body.strip('\n')]
    return '\n'.join(s) + '\n'


def quote_tb(lang, who, when, body):
    y, m, d, h, mi = when
    intro = {
        'de': f'Am {d:02d}.{m:02d}.{y % 100:02d} um {h:02d}:{mi:02d} schrieb {who}:',
        'en': f'On {d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}, {who} wrote:',
        'it': f'Il {d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}, {who} ha scritto:',
        'pl': f'W dniu {d:02d}.{m:02d}.{y} o {h:02d}:{mi:02d}, {who} pisze:',
        'es': f'El {d:02d}/{m:02d}/{y} a las {h:02d}:{mi:02d}, {who} escribió:',
        'el': f'Στις {d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}, ο/η {who} έγραψε:',
        'ru': f'{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}, {who} пишет:',
    }[lang]
    return '\n' + intro + '\n' + '\n'.join('> ' + ln if ln else '>' for ln in body.strip('\n').split('\n')) + '\n'


def exch_id(seed):
    return f'{codes.hexid("exch" + seed, 32)}@EXCH02.corp.example.com'


def tb_id(seed, domain):
    return f'{det_uuid("tb" + seed)}@{domain}'


def m365_id(seed, node, region):
    return f'{node}{codes.hexid("m365" + seed, 30, True)}@{node}.{region}.prod.outlook.com'


# ------------------------------------------------------------ signatures
SIG = {
    'ap': 'Monika Krüger\nKreditorenbuchhaltung\nExample Group GmbH | Hansaallee 201 | 40549 Düsseldorf\nTel. +49 211 5380-214 | monika.krueger@example.com',
    'proc': 'Frank Müller\nLeiter Einkauf\nExample Group GmbH | Hansaallee 201 | 40549 Düsseldorf\nTel. +49 211 5380-310 | Mobil +49 172 4418 203',
    'uk_mgr': 'James Whitfield\nOffice Manager UK\nExample Group UK Ltd | Unit 7, Tinsley Industrial Park | Sheffield S9 1QZ\nT +44 114 496 0718',
    'pl_sales': 'Tomasz Dąbrowski\nSprzedaż i zakupy\nExample Group Polska sp. z o.o. | ul. Porcelanowa 23 | 40-246 Katowice\ntel. +48 32 705 41 18',
    'it_sales': 'Davide Galli\nUfficio Commerciale\nExample Group Italia S.r.l. | Via Industriale 41 | 25030 Castegnato (BS)\ntel. +39 030 214 8871',
}

"""Shared building blocks for the message modules."""
from lib import mime, util, fmt, docs, ids
from lib.company import S, BANK, OFFICES
from lib.transport import Env
from lib.registry import message, send, mid_outlook, mid_exchange, mid_uuid, mid_php, mid_hex, mid_time
from lib import transport as T

EXT = {'ceo': '100', 'assist': '101', 'cfo': '200', 'ap': '214', 'ap2': '215', 'hr': '230', 'it': '500',
       'sec': '512', 'proc': '320', 'sales': '410', 'export': '415', 'prod': '610', 'qm': '650', 'log': '640'}

TITLE_DE = {'ceo': 'Geschäftsführer', 'cfo': 'Leiterin Finanzen & Controlling', 'ap': 'Kreditorenbuchhaltung',
            'ap2': 'Finanzbuchhaltung', 'hr': 'Personal & Entgeltabrechnung', 'it': 'Leiter IT',
            'sec': 'IT-Sicherheit & Messaging', 'assist': 'Assistenz der Geschäftsführung', 'proc': 'Leiter Einkauf',
            'sales': 'Key Account Manager Mobilhydraulik', 'export': 'Export Sales Manager Marine & Offshore',
            'prod': 'Leiter Produktion', 'qm': 'Qualitätsmanagement', 'log': 'Logistik & Versand'}
TITLE_EN = {'ceo': 'Chief Executive Officer', 'cfo': 'Chief Financial Officer', 'it': 'Head of IT',
            'sec': 'IT Security & Messaging', 'export': 'Export Sales Manager – Marine & Offshore',
            'uk_om': 'Office Manager', 'uk_acc': 'Accountant', 'sales': 'Key Account Manager'}

FOOTER_DE = ('Example Group GmbH · Sitz: Heilbronn · Amtsgericht Stuttgart HRB 738215 · '
             'Geschäftsführer: Dr. Matthias Krämer · USt-IdNr. DE284673153')


def p(key):
    return S[key]


def to(key):
    return (S[key]['name'], S[key]['email'])


def to_ad(key):
    """Exchange/AD style display name 'Last, First'."""
    n = S[key]['name'].split(' ')
    return ('%s, %s' % (n[-1], ' '.join(n[:-1])), S[key]['email'])


def sig_de(key, greeting='Mit freundlichen Grüßen', mobile=None):
    s = S[key]
    lines = [greeting, '', s['name'], TITLE_DE.get(key, ''), '', 'Example Group GmbH',
             'Wannenäckerstraße 40 | 74078 Heilbronn | Germany',
             'Tel. +49 7131 6390-%s' % EXT.get(key, '0')]
    if mobile:
        lines.append('Mobil %s' % mobile)
    lines += ['%s | www.example.com' % s['email'], '', FOOTER_DE]
    return '\n'.join(lines)


def sig_en(key, office='DE', greeting='Kind regards', phone=None):
    s = S[key]
    addr = {'DE': 'Wannenäckerstraße 40 | 74078 Heilbronn | Germany',
            'UK': 'Unit 4, Europa Link | Sheffield Business Park | Sheffield S9 1XU'}[office]
    ph = phone or ('+49 7131 6390-%s' % EXT.get(key, '0') if office == 'DE' else '+44 114 296 3150')
    ent = 'Example Group GmbH' if office == 'DE' else 'Example Group UK Ltd'
    return '\n'.join([greeting, '', s['name'], TITLE_EN.get(key, s['role']), ent, addr, 'T %s' % ph,
                      s['email'] + ' | www.example.com'])


def plain_alt(c, text, html, style='outlook', n=0, charset='utf-8', cte_plain='quoted-printable',
              cte_html='quoted-printable', mid=None):
    b = c.boundary(style, n, mid)
    return mime.multipart('alternative', [mime.text(text, 'plain', charset, cte_plain),
                                          mime.text(html, 'html', charset, cte_html)], b)


def outlook_body(c, text, lang, charset='utf-8', cte='quoted-printable', mid=None, attachments=None,
                 quoted_text='', quoted_html='', related=None, bstyle='exchange'):
    """Outlook desktop: multipart/alternative (or mixed/related) with Word HTML."""
    full_text = text + ('\n\n' + quoted_text if quoted_text else '')
    html = fmt.outlook_html(text, lang, charset, quoted_html)
    base = mid or c.hex(32, True)
    if bstyle == 'nextpart':
        tail = '%s_%s.%s' % (c.hex(4, True), c.hex(8, True), c.hex(8, True))
        b_alt, b_rel, b_mix = ('----=_NextPart_%03d_' + tail) % 1, ('----=_NextPart_%03d_' + tail) % 2, ('----=_NextPart_%03d_' + tail) % 0
        if not attachments and not related:
            b_alt = ('----=_NextPart_%03d_' + tail) % 0
    else:
        b_alt, b_rel, b_mix = '_000_%s_' % base, '_003_%s_' % base, '_004_%s_' % base
    alt = mime.multipart('alternative', [mime.text(full_text, 'plain', charset, cte),
                                         mime.text(html, 'html', charset, cte)], b_alt)
    body = alt
    if related:
        body = mime.multipart('related', [alt] + related, b_rel, params='type="multipart/alternative"')
    if attachments:
        body = mime.multipart('mixed', [body] + attachments, b_mix)
    return body


def att_pdf(data, name, style='rfc2047', cs='utf-8', outlook=False, t=None):
    extra = None
    if outlook:
        extra = ['size=%d' % len(data)]
        if t is not None:
            d = util.fmt_date(t, 'UTC').replace('+0000', 'GMT')
            extra += ['creation-date="%s"' % d, 'modification-date="%s"' % d]
    return mime.attachment(data, 'application/pdf', name, fname_style=style, charset=cs,
                           extra_headers=[('Content-Description', mime.hval(name, cs))] if outlook else None,
                           outlook_params=extra)


def html_page(title, body_html, lang='de', head_extra=''):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n' % (lang, fmt.esc(title), head_extra, body_html))


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_dt(t, zone=None):
    """UTC stamp 20261015T093000Z, or local wall-clock when zone given."""
    if zone:
        d = util.local(t, zone)
        return d.strftime('%Y%m%dT%H%M%S')
    return util.local(t, 'UTC').strftime('%Y%m%dT%H%M%SZ')


def exch_uid(c):
    return '040000008200E00074C5B7101A82E00800000000' + c.hex(16, True) + '000000000000000010000000' + c.hex(32, True)


VTZ_GMT = ['BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
           'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
           'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']

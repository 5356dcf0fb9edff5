"""Shared content helpers for the message definition files."""
import html as _html
import re

from company import S, OWN, ENTITIES
from mime import Text, Att, Multi, alt, mixed, related
from files import pdf, zip_bytes, PLACEHOLDER, photo_png
from qr import qr_png
from banking import spaced
from util import rfcdate, to_utc

URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def ent(s, cs):
    """Replace characters not representable in cs by numeric character references."""
    return s.encode(cs.lower(), 'xmlcharrefreplace').decode(cs.lower())


def _lines_html(text, link=True):
    out = []
    for line in text.split('\n'):
        e = _html.escape(line, quote=False)
        if link:
            e = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), e)
        out.append(e)
    return out


def h_outlook(text, cs='iso-8859-1', lang='DE'):
    body = []
    for e in _lines_html(text):
        if e.strip():
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % e)
        else:
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Aptos";}\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
         '\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#467886;\n'
         '\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
         '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
         '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, lang, '\n'.join(body))
    return ent(h, cs)


def h_gmail(text, cs='UTF-8'):
    parts = []
    for e in _lines_html(text):
        parts.append(e + '<br>' if e.strip() else '<div><br></div>')
    return ent('<div dir="ltr">%s</div>\n' % ''.join(parts), cs)


def h_tb(text, cs='UTF-8'):
    paras = text.split('\n\n')
    ps = ''.join('<p>%s</p>\n' % '<br>\n'.join(_lines_html(p)) for p in paras)
    return ent('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" '
               'content="text/html; charset=%s">\n  </head>\n  <body>\n%s  </body>\n</html>\n'
               % (cs, ps), cs)


def h_simple(text, cs='utf-8', font='Arial, sans-serif'):
    paras = text.split('\n\n')
    ps = ''.join('<p>%s</p>\n' % '<br>\n'.join(_lines_html(p)) for p in paras)
    return ent('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
               '<body style="font-family:%s;font-size:14px">\n%s</body></html>\n' % (cs, font, ps), cs)


def h_notice(cs, title, paras, button=None, footer='', color='#0067b8', brand='', lang='en',
             logo_alt='', after=None, preheader=''):
    """Branded transactional notification in table layout. paras are HTML snippets."""
    btn = ''
    if button:
        btn = ('<tr><td style="padding:18px 0 24px 0"><table role="presentation" cellspacing="0" '
               'cellpadding="0"><tr><td style="background:%s;border-radius:4px"><a href="%s" '
               'style="display:inline-block;padding:11px 26px;color:#ffffff;font-weight:600;'
               'text-decoration:none;font-size:15px">%s</a></td></tr></table></td></tr>'
               % (color, _html.escape(button[1]), _html.escape(button[0])))
    ptxt = ''.join('<tr><td style="padding:6px 0;font-size:15px;line-height:22px;color:#2b2b2b">%s'
                   '</td></tr>' % p for p in paras)
    aft = ''.join('<tr><td style="padding:6px 0;font-size:14px;line-height:20px;color:#2b2b2b">%s'
                  '</td></tr>' % p for p in (after or []))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % _html.escape(preheader)
           if preheader else '')
    h = ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; '
         'charset=%s"><meta name="viewport" content="width=device-width, initial-scale=1">'
         '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f4f4f4">%s\n'
         '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" '
         'style="background:#f4f4f4"><tr><td align="center" style="padding:24px 12px">\n'
         '<table role="presentation" width="600" cellspacing="0" cellpadding="0" '
         'style="background:#ffffff;font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
         '<tr><td style="padding:22px 32px;border-bottom:4px solid %s;font-size:20px;font-weight:700;'
         'color:%s" aria-label="%s">%s</td></tr>\n<tr><td style="padding:20px 32px">'
         '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0">\n'
         '<tr><td style="font-size:22px;font-weight:600;color:#1b1b1b;padding-bottom:10px">%s</td></tr>\n'
         '%s%s%s</table></td></tr>\n<tr><td style="padding:16px 32px;background:#fafafa;font-size:12px;'
         'line-height:17px;color:#6b6b6b">%s</td></tr>\n</table></td></tr></table>\n</body></html>\n'
         % (lang, cs, _html.escape(title), pre, color, color, _html.escape(logo_alt or brand), brand,
            _html.escape(title), ptxt, btn, aft, footer))
    return ent(h, cs)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def fmt_money(v, lang):
    s = '{:,.2f}'.format(v)
    if lang in ('en',):
        return s
    if lang in ('pl', 'ru'):
        return s.replace(',', ' ').replace('.', ',')
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


LABELS = {
    'de': dict(inv='RECHNUNG', no='Rechnungsnummer', date='Rechnungsdatum', due='Fällig am',
               cust='Kundennummer', pos='Pos', desc='Bezeichnung', qty='Menge', unit='Einzelpreis',
               total='Gesamt', net='Nettobetrag', vat='USt.', gross='Rechnungsbetrag', bank='Bankverbindung',
               delivery='Lieferschein', order='Ihre Bestellung'),
    'en': dict(inv='INVOICE', no='Invoice no.', date='Invoice date', due='Due date', cust='Customer no.',
               pos='Item', desc='Description', qty='Qty', unit='Unit price', total='Amount', net='Net amount',
               vat='VAT', gross='Total due', bank='Bank details', delivery='Delivery note', order='Your PO'),
    'it': dict(inv='FATTURA', no='Fattura n.', date='Data', due='Scadenza', cust='Codice cliente', pos='Pos',
               desc='Descrizione', qty='Q.ta', unit='Prezzo unit.', total='Importo', net='Imponibile',
               vat='IVA', gross='Totale documento', bank='Coordinate bancarie', delivery='DDT',
               order='Vs. ordine'),
    'pl': dict(inv='FAKTURA VAT', no='Numer faktury', date='Data wystawienia', due='Termin płatności',
               cust='Nr klienta', pos='Lp.', desc='Nazwa towaru/usługi', qty='Ilość', unit='Cena netto',
               total='Wartość netto', net='Razem netto', vat='VAT', gross='Do zapłaty', bank='Rachunek bankowy',
               delivery='WZ', order='Zamówienie'),
    'es': dict(inv='FACTURA', no='N.º factura', date='Fecha', due='Vencimiento', cust='Cliente', pos='Pos',
               desc='Descripción', qty='Cant.', unit='Precio', total='Importe', net='Base imponible',
               vat='IVA', gross='Total factura', bank='Datos bancarios', delivery='Albarán', order='Su pedido'),
}


def invoice_pdf(lang, seller, buyer, number, date, due, items, vat_rate, bank_lines, notes=(),
                extra=(), currency='EUR', title=None, producer='', creator='', pdfdate=None):
    L = LABELS[lang]
    page = []
    for i, l in enumerate(seller):
        page.append(('b' if i == 0 else 's', l))
    page.append('')
    page.append(('h', title or L['inv']))
    page.append('')
    for l in buyer:
        page.append(l)
    page.append('')
    page.append(('t', [(0, L['no']), (150, number)]))
    page.append(('t', [(0, L['date']), (150, date)]))
    if due:
        page.append(('t', [(0, L['due']), (150, due)]))
    for k, v in extra:
        page.append(('t', [(0, k), (150, v)]))
    page.append('')
    page.append(('t', [(0, L['pos']), (30, L['desc']), (300, L['qty']), (360, L['unit']), (440, L['total'])]))
    net = 0.0
    for i, (desc, qty, unit, price) in enumerate(items, 1):
        amount = round(qty * price, 2)
        net += amount
        qs = ('%g' % qty).replace('.', ',' if lang != 'en' else '.')
        page.append(('t', [(0, str(i)), (30, desc), (300, '%s %s' % (qs, unit)),
                           (360, fmt_money(price, lang)), (440, fmt_money(amount, lang))]))
    vat = round(net * vat_rate / 100.0, 2)
    page.append('')
    page.append(('t', [(300, L['net']), (440, '%s %s' % (fmt_money(net, lang), currency))]))
    page.append(('t', [(300, '%s %s%%' % (L['vat'], ('%g' % vat_rate).replace('.', ','))),
                       (440, '%s %s' % (fmt_money(vat, lang), currency))]))
    page.append(('t', [(300, L['gross']), (440, '%s %s' % (fmt_money(net + vat, lang), currency))]))
    page.append('')
    for n in notes:
        page.append(n)
    if bank_lines:
        page.append('')
        page.append(('b', L['bank']))
        for b in bank_lines:
            page.append(b)
    data = pdf([page], title='%s %s' % (L['inv'].title(), number), author=seller[0],
               creator=creator, producer=producer, date=pdfdate or "20261012090000+02'00'")
    return data, net + vat


def letter_pdf(lines, title, author, creator='Microsoft Word for Microsoft 365',
               producer='Microsoft Word for Microsoft 365', pdfdate=None):
    page = []
    for l in lines:
        page.append(l)
    return pdf([page], title=title, author=author, creator=creator, producer=producer,
               date=pdfdate or "20261012090000+02'00'")


def pdfdate(local):
    """'2026-10-12 09:00:00' + zone offset string -> PDF date."""
    d, t = local.split(' ')
    return d.replace('-', '') + t.replace(':', '') + "+01'00'"


def outlook_reply_header(lang, frm, sent, to, subject, cc=None):
    lbl = {
        'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
        'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
        'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
        'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
        'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
        'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
        'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
    }[lang]
    out = ['%s: %s' % (lbl[0], frm), '%s: %s' % (lbl[1], sent), '%s: %s' % (lbl[2], to)]
    if cc:
        out.append('%s: %s' % (lbl[3], cc))
    out.append('%s: %s' % (lbl[4], subject))
    return '\n'.join(out)


def mid_of(seed, domain, style='outlook'):
    from util import rhex
    return '<%s@%s>' % (rhex(seed, 32, True), domain)


__all__ = [n for n in dir() if not n.startswith('__')]

"""Attachment generators: invoices, letters, forms (PDF), QR images, inert LNK stubs,
EPC/ZBP payment payloads, bech32 wallet addresses, iCalendar."""
import struct

from . import pdf as P
from . import png as PNG
from . import qr as Q

LABELS = {
    'de': dict(inv='Rechnung', no='Rechnungsnummer', date='Rechnungsdatum', cust='Kundennummer', order='Ihre Bestellung',
               pos='Pos.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', total='Gesamt', net='Nettobetrag',
               vat='zzgl. USt. %s %%', gross='Rechnungsbetrag', due='Zahlbar bis', page='Seite', bank='Bankverbindung',
               scan='Bezahlen mit GiroCode', deliv='Lieferdatum'),
    'en': dict(inv='Invoice', no='Invoice no.', date='Invoice date', cust='Customer no.', order='Your order',
               pos='Item', desc='Description', qty='Qty', unit='Unit price', total='Amount', net='Net amount',
               vat='VAT %s %%', gross='Total due', due='Due date', page='Page', bank='Bank details', scan='Scan to pay',
               deliv='Delivery date'),
    'it': dict(inv='Fattura', no='Numero', date='Data', cust='Cod. cliente', order='Vs. ordine', pos='Pos.',
               desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', total='Importo', net='Imponibile', vat='IVA %s %%',
               gross='Totale documento', due='Scadenza', page='Pagina', bank='Coordinate bancarie', scan='', deliv='Data DDT'),
    'pl': dict(inv='Faktura VAT', no='Numer', date='Data wystawienia', cust='Nr klienta', order='Zamówienie',
               pos='Lp.', desc='Nazwa towaru/usługi', qty='Ilość', unit='Cena netto', total='Wartość netto',
               net='Razem netto', vat='VAT %s %%', gross='Do zapłaty', due='Termin płatności', page='Strona',
               bank='Rachunek bankowy', scan='Zapłać kodem QR', deliv='Data sprzedaży'),
    'es': dict(inv='Factura', no='Nº factura', date='Fecha', cust='Cliente', order='Su pedido', pos='Pos.',
               desc='Descripción', qty='Cant.', unit='Precio', total='Importe', net='Base imponible', vat='IVA %s %%',
               gross='Total factura', due='Vencimiento', page='Página', bank='Datos bancarios', scan='', deliv='Fecha servicio'),
}


def fmt_amount(v, lang):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'el'):
        return s.replace(',', 'X').replace('.', ',').replace('X', '.')
    if lang in ('pl', 'ru'):
        return s.replace(',', ' ').replace('.', ',')
    return s


def logo(page, x, y, text, color, w=150, h=34, sub=None):
    page.rect(x, y, 6, h, fill=color)
    page.text(x + 12, y + h - 20, text, 17, True, color=color)
    if sub:
        page.text(x + 12, y + 2, sub, 7.5, gray=0.35)


def invoice(lang, seller, buyer, meta, items, vat_rate, currency='EUR', qr_payload=None, qr_label=None,
            footer=(), payment_text=None, creator='', producer='', title=None, created='20261001090000',
            tz="+02'00'", color=(0.1, 0.3, 0.55), extra_qr=None, notes=()):
    """seller: dict(name, lines=[...], logo, sub); buyer: list of lines; meta: list of (label, value);
    items: list of (pos, desc, qty, unit, price) -> amounts computed."""
    L = LABELS.get(lang, LABELS['en'])
    d = P.Document(title=title or '%s %s' % (L['inv'], meta[0][1]), author=seller['name'], creator=creator, producer=producer,
                   created=created, tz=tz)
    pg = d.page()
    logo(pg, 50, 770, seller.get('logo', seller['name']), color, sub=seller.get('sub'))
    y = 790
    for ln in seller['lines']:
        pg.text_right(545, y, ln, 8, gray=0.25)
        y -= 10
    pg.text(50, 715, seller['name'] + ' · ' + seller['lines'][0], 6.5, gray=0.4)
    pg.line(50, 712, 260, 712, 0.3, 0.5)
    y = 698
    for ln in buyer:
        pg.text(50, y, ln, 10)
        y -= 12.5
    y = 700
    for lab, val in meta:
        pg.text(360, y, lab, 8.5, gray=0.3)
        pg.text_right(545, y, val, 8.5)
        y -= 12
    pg.text(50, 600, title or L['inv'] + ' ' + meta[0][1], 15, True)
    ty = 572
    pg.rect(50, ty - 4, 495, 16, fill=0.92)
    cols = [(54, L['pos']), (84, L['desc'])]
    for x, t in cols:
        pg.text(x, ty, t, 8.5, True)
    pg.text_right(375, ty, L['qty'], 8.5, True)
    pg.text_right(455, ty, L['unit'], 8.5, True)
    pg.text_right(541, ty, L['total'], 8.5, True)
    y = ty - 18
    net = 0.0
    for pos, desc, qty, unit, price in items:
        amt = round(qty * price, 2)
        net += amt
        pg.text(54, y, str(pos), 8.5)
        dl = desc.split('\n')
        pg.text(84, y, dl[0], 8.5)
        pg.text_right(375, y, ('%g' % qty).replace('.', ',' if lang != 'en' else '.') + ' ' + unit, 8.5)
        pg.text_right(455, y, fmt_amount(price, lang), 8.5)
        pg.text_right(541, y, fmt_amount(amt, lang), 8.5)
        for extra in dl[1:]:
            y -= 10.5
            pg.text(84, y, extra, 7.5, gray=0.35)
        y -= 15
    pg.line(50, y + 6, 545, y + 6, 0.5, 0.6)
    net = round(net, 2)
    vat = round(net * vat_rate / 100.0, 2)
    gross = round(net + vat, 2)
    y -= 8
    pg.text(360, y, L['net'], 9)
    pg.text_right(541, y, fmt_amount(net, lang) + ' ' + currency, 9)
    y -= 13
    pg.text(360, y, (L['vat'] % ('%g' % vat_rate)).replace('.', ','), 9)
    pg.text_right(541, y, fmt_amount(vat, lang) + ' ' + currency, 9)
    y -= 15
    pg.rect(355, y - 5, 190, 17, fill=0.92)
    pg.text(360, y, L['gross'], 10, True)
    pg.text_right(541, y, fmt_amount(gross, lang) + ' ' + currency, 10, True)
    y -= 34
    for n in notes:
        y = pg.para(50, y, n, 300, 8.5)
        y -= 3
    if payment_text:
        y = pg.para(50, y, payment_text, 300, 8.5)
    if qr_payload:
        m = Q.encode(qr_payload, 'M')
        pg.image(P.qr_image(m), 440, 130, 100, 100)
        if qr_label:
            pg.text_center(490, 120, qr_label, 7, gray=0.3)
    if extra_qr:
        payload, label, xq = extra_qr
        m = Q.encode(payload, 'M')
        pg.image(P.qr_image(m), xq, 130, 100, 100)
        pg.text_center(xq + 50, 120, label, 7, gray=0.3)
    pg.line(50, 95, 545, 95, 0.3, 0.6)
    fy = 85
    for ln in footer:
        pg.text(50, fy, ln, 6.8, gray=0.35)
        fy -= 8.5
    return d.build(), dict(net=net, vat=vat, gross=gross)


def letter(lang, sender, recipient, place_date, subject, paragraphs, closing, signature, footer=(), creator='',
           producer='', title='', created='20261001090000', tz="+02'00'", color=(0.1, 0.3, 0.55), qr=None, links=(),
           box=None, smallprint=None, logo_text=None, sub=None, ref_lines=()):
    """Business letter on letterhead.  qr: (payload, x, y, size, label); links: list of (text_substring, uri) -> annotations;
    box: (title, lines) highlighted info box."""
    d = P.Document(title=title or subject, author=sender['name'], creator=creator, producer=producer, created=created, tz=tz)
    pg = d.page()
    logo(pg, 50, 770, logo_text or sender.get('logo', sender['name']), color, sub=sub or sender.get('sub'))
    y = 790
    for ln in sender['lines']:
        pg.text_right(545, y, ln, 8, gray=0.25)
        y -= 10
    pg.text(50, 715, sender['name'] + ' · ' + sender['lines'][0], 6.5, gray=0.4)
    pg.line(50, 712, 260, 712, 0.3, 0.5)
    y = 698
    for ln in recipient:
        pg.text(50, y, ln, 10)
        y -= 12.5
    ry = 698
    for ln in ref_lines:
        pg.text(360, ry, ln, 8.5, gray=0.3)
        ry -= 11
    pg.text_right(545, 610, place_date, 10)
    y = 585
    y = pg.para(50, y, subject, 495, 11, bold=True)
    y -= 8
    for para in paragraphs:
        y = pg.para(50, y, para, 495, 10, leading=13.5)
        y -= 6
        if box and para == box[0]:
            pass
    if box:
        title_b, blines = box
        h = 16 + 13 * len(blines)
        pg.rect(50, y - h + 8, 495, h, fill=0.94, stroke=0.7)
        pg.text(60, y - 4, title_b, 10, True)
        by = y - 18
        for bl in blines:
            pg.text(60, by, bl, 10)
            by -= 13
        y = y - h - 6
    for text_sub, uri in links:
        pg.link(50, y + 2, 300, 12, uri)
    y -= 4
    y = pg.para(50, y, closing, 495, 10)
    y -= 22
    for ln in signature:
        pg.text(50, y, ln, 10)
        y -= 13
    if qr:
        payload, qx, qy, qs, qlabel = qr
        m = Q.encode(payload, 'M')
        pg.image(P.qr_image(m), qx, qy, qs, qs)
        if qlabel:
            pg.text_center(qx + qs / 2, qy - 10, qlabel, 7.5, gray=0.3)
    if smallprint:
        sy = 150
        sy = pg.para(50, sy, smallprint, 495, 6.3, leading=7.6, gray=0.35)
    pg.line(50, 70, 545, 70, 0.3, 0.6)
    fy = 60
    for ln in footer:
        pg.text(50, fy, ln, 6.8, gray=0.35)
        fy -= 8.5
    return d.build()


def qr_png(payload, scale=6, border=4, ecl='M'):
    return PNG.write_gray(Q.to_pixels(Q.encode(payload, ecl), scale, border))


def epc(bic, name, iban, amount, text, purpose=''):
    return 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%.2f\n%s\n\n%s' % (bic, name, iban, amount, purpose, text)


def zbp(nip, nrb, amount_pln, name, title):
    gr = int(round(amount_pln * 100))
    return '%s|PL|%s|%06d|%s|%s|||' % (nip, nrb, gr, name[:20], title[:32])


def lnk_stub(display_name):
    """Inert Windows shortcut: valid ShellLinkHeader, no target ID list, no link info,
    only a NAME_STRING.  Nothing to execute."""
    clsid = bytes.fromhex('0114020000000000c000000000000046')
    flags = 0x00000004 | 0x00000080  # HasName | IsUnicode
    hdr = struct.pack('<I', 0x4C) + clsid + struct.pack('<II', flags, 0x20) + b'\x00' * 24 + struct.pack('<IiIHHII', 0, 0, 1, 0, 0, 0, 0)
    assert len(hdr) == 76
    name = display_name.encode('utf-16-le')
    return hdr + struct.pack('<H', len(display_name)) + name + b'\x00\x00\x00\x00'


# ----------------------------------------------------------------- bech32 (BIP-173)
_CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_address(prog20, hrp='bc'):
    acc = 0
    bits = 0
    data = [0]
    for b in prog20:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_CH[d] for d in data + chk)


def bech32_valid(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_CH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ----------------------------------------------------------------- iCalendar
def ics(uid, organizer, attendees, start_utc, end_utc, summary, location, description, stamp_utc, method='REQUEST',
        tzid='Russian Standard Time'):
    def f(t):
        return t.strftime('%Y%m%dT%H%M%SZ')
    att = '\r\n'.join('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a) for n, a in attendees)
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2019', 'VERSION:2.0',
             'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % organizer, att, 'DESCRIPTION;LANGUAGE=ru-RU:%s' % desc,
             'UID:%s' % uid, 'SUMMARY;LANGUAGE=ru-RU:%s' % summary, 'DTSTART:%s' % f(start_utc), 'DTEND:%s' % f(end_utc),
             'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % f(stamp_utc), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=ru-RU:%s' % location, 'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
             'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
             'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
             'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
             'END:VEVENT', 'END:VCALENDAR']
    # fold at 75 octets
    out = []
    for ln in lines:
        b = ln.encode('utf-8')
        first = True
        while len(b) > 75:
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b'' if first else b' ') + b[:cut])
            b = b[cut:]
            first = False
        out.append((b'' if first else b' ') + b)
    return b'\r\n'.join(out) + b'\r\n'

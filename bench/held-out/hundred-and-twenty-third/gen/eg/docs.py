"""Attachments built from scratch: PDF invoices/letters/lures, QR payloads, images."""
import hashlib

from . import ids, png, qr
from .pdf import PDF, text_width

LABELS = {
    'de': dict(invoice='Rechnung', no='Rechnungsnummer', date='Rechnungsdatum', due='Fällig am', cust='Kundennummer',
               order='Ihre Bestellung', pos='Pos.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', total='Gesamt',
               net='Nettobetrag', vat='USt. %s %%', gross='Rechnungsbetrag', bank='Bankverbindung', page='Seite',
               pay='Zahlbar innerhalb von %d Tagen ohne Abzug.', deliv='Leistungsdatum'),
    'en': dict(invoice='Invoice', no='Invoice no.', date='Invoice date', due='Due date', cust='Customer no.',
               order='Your PO', pos='#', desc='Description', qty='Qty', unit='Unit price', total='Amount',
               net='Net amount', vat='VAT %s %%', gross='Total due', bank='Bank details', page='Page',
               pay='Payment terms: %d days net.', deliv='Service date'),
    'it': dict(invoice='Fattura', no='Fattura n.', date='Data', due='Scadenza', cust='Cod. cliente', order='Vs. ordine',
               pos='Pos.', desc='Descrizione', qty='Q.tà', unit='Prezzo unit.', total='Importo', net='Imponibile',
               vat='IVA %s %%', gross='Totale documento', bank='Coordinate bancarie', page='Pagina',
               pay='Pagamento: bonifico bancario %d gg d.f.', deliv='Data prestazione'),
    'pl': dict(invoice='Faktura VAT', no='Numer faktury', date='Data wystawienia', due='Termin płatności',
               cust='Nr klienta', order='Zamówienie', pos='Lp.', desc='Nazwa towaru / usługi', qty='Ilość',
               unit='Cena netto', total='Wartość netto', net='Razem netto', vat='VAT %s %%', gross='Do zapłaty',
               bank='Rachunek bankowy', page='Strona', pay='Termin płatności: %d dni, przelew.',
               deliv='Data wykonania usługi'),
    'es': dict(invoice='Factura', no='Nº factura', date='Fecha', due='Vencimiento', cust='Cliente', order='Su pedido',
               pos='Pos.', desc='Concepto', qty='Cant.', unit='Precio', total='Importe', net='Base imponible',
               vat='IVA %s %%', gross='Total factura', bank='Datos bancarios', page='Página',
               pay='Forma de pago: transferencia a %d días.', deliv='Fecha de operación'),
}


def money(v, lang):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'pl', 'el', 'ru'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang != 'pl' else ' ')
    return s


def qr_image(payload, ecl='M', scale=4):
    m = qr.encode(payload, ecl)
    w, raw = png.qr_gray(m, scale)
    return ('gray', w, w, raw)


def logo_image(text, bg, fg=(255, 255, 255), w=180, h=40, scale=3):
    c = png.Canvas(w, h, bg)
    c.text(10, (h - 7 * scale) // 2, text, fg, scale)
    raw = bytes(v for row in c.px for p in row for v in p)
    return ('rgb', w, h, raw)


def logo_png(text, bg, fg=(255, 255, 255), w=180, h=40, scale=3):
    c = png.Canvas(w, h, bg)
    c.text(10, (h - 7 * scale) // 2, text, fg, scale)
    return c.png()


def invoice_pdf(m, lang, seller, buyer, number, date, due_days, items, vat_rate, bank, currency='EUR', order=None,
                cust_no=None, notes=(), qr_payload=None, qr_caption='', creator='Microsoft® Word für Microsoft 365',
                producer='Microsoft® Word für Microsoft 365', title=None, footer=(), logo=None, deliv=None,
                due=None, extra_head=()):
    """seller/buyer: list of lines (first line = name). bank: list of lines."""
    L = LABELS[lang]
    doc = PDF(title or '%s %s' % (L['invoice'], number), seller[0], creator, producer, m.t,
              hashlib.md5(m.filename.encode() + number.encode()).digest())
    pg = doc.page()
    y = 800
    if logo:
        pg.image(40, 780, 150, 33, logo)
    pg.text_right(555, 800, seller[0], 11, True)
    yy = 786
    for ln in seller[1:]:
        pg.text_right(555, yy, ln, 8)
        yy -= 10
    pg.text(40, 712, ' · '.join([seller[0]] + seller[1:2]), 7, color=(0.4, 0.4, 0.4))
    yy = 698
    for i, ln in enumerate(buyer):
        pg.text(40, yy, ln, 10, i == 0)
        yy -= 13
    pg.text(40, 610, L['invoice'], 18, True)
    rows = [(L['no'], number), (L['date'], date)]
    if deliv:
        rows.append((L['deliv'], deliv))
    if cust_no:
        rows.append((L['cust'], cust_no))
    if order:
        rows.append((L['order'], order))
    if due:
        rows.append((L['due'], due))
    rows += list(extra_head)
    yy = 700
    for k, v in rows:
        pg.text(360, yy, k, 9)
        pg.text_right(555, yy, v, 9, True)
        yy -= 13
    y = 580
    pg.rect(40, y - 4, 515, 16, fill=(0.92, 0.93, 0.95))
    pg.text(44, y, L['pos'], 8, True)
    pg.text(70, y, L['desc'], 8, True)
    pg.text_right(380, y, L['qty'], 8, True)
    pg.text_right(460, y, L['unit'], 8, True)
    pg.text_right(551, y, L['total'], 8, True)
    y -= 18
    net = 0.0
    for i, (desc, qty, price) in enumerate(items):
        amt = round(qty * price, 2)
        net += amt
        lines = desc.split('\n')
        pg.text(44, y, str(i + 1), 8)
        pg.text(70, y, lines[0], 8)
        pg.text_right(380, y, ('%g' % qty).replace('.', ',' if lang != 'en' else '.'), 8)
        pg.text_right(460, y, money(price, lang), 8)
        pg.text_right(551, y, money(amt, lang), 8)
        for extra in lines[1:]:
            y -= 10
            pg.text(70, y, extra, 7, color=(0.35, 0.35, 0.35))
        y -= 14
    net = round(net, 2)
    vat = round(net * vat_rate / 100.0, 2)
    gross = round(net + vat, 2)
    pg.line(300, y + 4, 555, y + 4)
    y -= 8
    pg.text(310, y, L['net'], 9)
    pg.text_right(551, y, '%s %s' % (money(net, lang), currency), 9)
    y -= 13
    pg.text(310, y, L['vat'] % ('%g' % vat_rate).replace('.', ','), 9)
    pg.text_right(551, y, '%s %s' % (money(vat, lang), currency), 9)
    y -= 15
    pg.text(310, y, L['gross'], 10, True)
    pg.text_right(551, y, '%s %s' % (money(gross, lang), currency), 10, True)
    y -= 28
    if due_days:
        pg.text(40, y, L['pay'] % due_days, 9)
        y -= 14
    for n in notes:
        y = pg.para(40, y, 330 if qr_payload else 510, n, 8.5)
        y -= 3
    yb = min(y - 6, 200)
    pg.text(40, yb, L['bank'], 9, True)
    for ln in bank:
        yb -= 12
        pg.text(40, yb, ln, 9)
    if qr_payload:
        img = qr_image(qr_payload, 'M', 3)
        pg.image(420, 60, 120, 120, img)
        if qr_caption:
            pg.text_center(480, 48, qr_caption, 7)
        m.qr.append(qr_payload)
    pg.line(40, 40, 555, 40, 0.3, (0.6, 0.6, 0.6))
    fy = 30
    for ln in footer:
        pg.text(40, fy, ln, 6.5, color=(0.4, 0.4, 0.4))
        fy -= 8
    return doc.bytes(), gross


def letter_pdf(m, sender, recipient, place_date, subject, paras, closing=(), footer=(), title=None, author=None,
               creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365', logo=None,
               qr_payload=None, qr_pos=(400, 120, 140), link=None, size=10, qr_caption=None, version='1.7'):
    doc = PDF(title or subject, author or sender[0], creator, producer, m.t,
              hashlib.md5(m.filename.encode() + subject.encode('utf-8')).digest(), version)
    pg = doc.page()
    if logo:
        pg.image(40, 780, 150, 33, logo)
    yy = 800
    for i, ln in enumerate(sender):
        pg.text_right(555, yy, ln, 9 if i == 0 else 8, i == 0)
        yy -= 11
    yy = 700
    for i, ln in enumerate(recipient):
        pg.text(40, yy, ln, 10)
        yy -= 13
    pg.text_right(555, 610, place_date, 10)
    y = pg.para(40, 580, 515, subject, 11, bold=True) - 8
    for p in paras:
        y = pg.para(40, y, 515 if not qr_payload else 340, p, size) - 6
    y -= 6
    for ln in closing:
        pg.text(40, y, ln, size)
        y -= 14
    if qr_payload:
        x, yq, s = qr_pos
        pg.image(x, yq, s, s, qr_image(qr_payload, 'M', 4))
        if qr_caption:
            pg.text_center(x + s / 2, yq - 12, qr_caption, 7.5)
        m.qr.append(qr_payload)
    if link:
        (lx, ly, lw, lh, text, url, col) = link
        pg.rect(lx, ly, lw, lh, fill=col)
        pg.text_center(lx + lw / 2, ly + lh / 2 - 4, text, 11, True, (1, 1, 1))
        pg.link(lx, ly, lw, lh, url)
    pg.line(40, 48, 555, 48, 0.3, (0.6, 0.6, 0.6))
    fy = 38
    for ln in footer:
        pg.text(40, fy, ln, 6.5, color=(0.4, 0.4, 0.4))
        fy -= 8
    return doc.bytes()


def lure_pdf(m, brand, heading, paras, button, url, color=(0.0, 0.36, 0.67), title=None, creator='Canva',
             producer='Canva', blur_lines=14, footer=''):
    """A one-page 'secure document' PDF whose only purpose is the big link."""
    doc = PDF(title or heading, brand, creator, producer, m.t, hashlib.md5(m.filename.encode()).digest(), '1.4')
    pg = doc.page()
    pg.rect(0, 780, 595, 62, fill=color)
    pg.text(40, 803, brand, 18, True, (1, 1, 1))
    # greyed-out 'document preview'
    y = 740
    for i in range(blur_lines):
        w = 480 - (i * 37) % 160
        pg.rect(58, y, w, 7, fill=(0.85, 0.86, 0.88))
        y -= 16
    pg.rect(90, 330, 415, 200, fill=(1, 1, 1), stroke=(0.75, 0.75, 0.78), lw=1)
    pg.text_center(297, 500, heading, 14, True)
    yy = 478
    for p in paras:
        yy = pg.para(110, yy, 375, p, 9.5) - 4
    pg.rect(187, 350, 220, 34, fill=color)
    pg.text_center(297, 363, button, 12, True, (1, 1, 1))
    pg.link(187, 350, 220, 34, url)
    if footer:
        pg.para(40, 80, 515, footer, 7, color=(0.45, 0.45, 0.45))
    return doc.bytes()


# ---------------------------------------------------------------- QR payloads

def epc(name, iban, bic, amount, remittance='', reference=''):
    """EPC069-12 'GiroCode' / SEPA credit transfer QR payload (version 002, UTF-8)."""
    return '\n'.join(['BCD', '002', '1', 'SCT', bic, name, iban, 'EUR%.2f' % amount, '', reference, remittance])


def st00012(fields):
    return 'ST00012|' + '|'.join('%s=%s' % kv for kv in fields)


def pl_payment(nip, nrb, amount_gr, name, title):
    """Polish 'QR kod do płatności' (ZBP recommendation 2013)."""
    return '%s|PL|%s|%06d|%s|%s|||' % (nip, nrb, amount_gr, name[:20], title[:32])


def verifactu(nif, serie, fecha, importe):
    return ('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=%s&importe=%s'
            % (nif, serie, fecha, importe))


def crane_screen(rng, lines, w=360, h=200):
    """A 'photo' of an HMI error screen (PNG)."""
    c = png.Canvas(w, h, (28, 32, 38))
    c.rect(10, 10, w - 10, 40, (160, 30, 30))
    c.text(18, 18, lines[0], (255, 255, 255), 2)
    y = 56
    for ln in lines[1:]:
        c.text(18, y, ln, (120, 230, 140), 2)
        y += 22
    c.noise(rng, 5)
    return c.png()


def photo_like(rng, w, h, base, stripes):
    c = png.Canvas(w, h, base)
    for (x0, y0, x1, y1, col) in stripes:
        c.rect(x0, y0, x1, y1, col)
    c.noise(rng, 9)
    return c.png()

"""Document templates (PDF invoices, letters, notices) built with lib.pdf."""

from . import pdf, qr as _qr

L = {
    "de": dict(inv="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", cust="Kundennummer", deliv="Lieferdatum",
               pos="Pos.", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", total="Gesamt", net="Nettobetrag",
               vat="zzgl. USt. %s %%", gross="Rechnungsbetrag", due="Zahlbar ohne Abzug bis", bank="Bankverbindung",
               page="Seite", ref="Verwendungszweck", cur="EUR", dec=","),
    "en": dict(inv="Invoice", no="Invoice number", date="Invoice date", cust="Account no.", deliv="Delivery date",
               pos="#", desc="Description", qty="Qty", unit="Unit price", total="Amount", net="Subtotal",
               vat="VAT %s%%", gross="Total due", due="Payment due", bank="Bank details", page="Page",
               ref="Reference", cur="GBP", dec="."),
    "it": dict(inv="Fattura", no="Numero documento", date="Data documento", cust="Codice cliente", deliv="Data consegna",
               pos="Riga", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", total="Importo", net="Imponibile",
               vat="IVA %s%%", gross="Totale documento", due="Scadenza pagamento", bank="Coordinate bancarie",
               page="Pagina", ref="Causale", cur="EUR", dec=","),
    "pl": dict(inv="Faktura VAT", no="Numer faktury", date="Data wystawienia", cust="Nr klienta", deliv="Data sprzedaży",
               pos="Lp.", desc="Nazwa towaru/usługi", qty="Ilość", unit="Cena netto", total="Wartość netto",
               net="Razem netto", vat="VAT %s%%", gross="Do zapłaty", due="Termin płatności", bank="Rachunek bankowy",
               page="Strona", ref="Tytuł przelewu", cur="PLN", dec=","),
    "es": dict(inv="Factura", no="Nº factura", date="Fecha", cust="Nº cliente", deliv="Fecha de entrega", pos="Línea",
               desc="Descripción", qty="Uds.", unit="Precio", total="Importe", net="Base imponible", vat="IVA %s%%",
               gross="Total factura", due="Vencimiento", bank="Datos bancarios", page="Página", ref="Concepto",
               cur="EUR", dec=","),
    "el": dict(inv="Τιμολόγιο Πώλησης", no="Αριθμός", date="Ημερομηνία", cust="Κωδ. πελάτη", deliv="Ημ/νία αποστολής",
               pos="Α/Α", desc="Περιγραφή", qty="Ποσ.", unit="Τιμή μον.", total="Αξία", net="Καθαρή αξία",
               vat="ΦΠΑ %s%%", gross="Πληρωτέο ποσό", due="Λήξη πληρωμής", bank="Τραπεζικός λογαριασμός",
               page="Σελίδα", ref="Αιτιολογία", cur="EUR", dec=","),
    "ru": dict(inv="Счёт на оплату", no="Номер", date="Дата", cust="Договор", deliv="Дата поставки", pos="№",
               desc="Товары (работы, услуги)", qty="Кол-во", unit="Цена", total="Сумма", net="Итого без НДС",
               vat="НДС %s%%", gross="Всего к оплате", due="Оплатить до", bank="Банковские реквизиты",
               page="Страница", ref="Назначение платежа", cur="руб.", dec=","),
}


def wrap_lines(p, lines, width, size):
    out = []
    for l in lines:
        cur = ""
        for w in l.split(" "):
            cand = (cur + " " + w) if cur else w
            if p.width(cand, size) > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = cand
        out.append(cur)
    return out


def money(v, lang):
    s = "{:,.2f}".format(v)
    if L[lang]["dec"] == ",":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        if lang in ("pl", "ru"):
            s = s.replace(".", " ")
    return s


def _header(p, head, color):
    p.rect(0, 800, 595.28, 41.89, fill=color)
    p.text(40, 815, head[0], 16, True, (255, 255, 255))
    if len(head) > 1:
        p.rtext(555, 815, head[1], 9, False, (255, 255, 255))


def invoice(lang, seller, buyer, meta, items, bank_lines, info, color=(20, 70, 120), qr=None, qr_caption=None,
            notes=None, footer=None, vat_rate=None, currency=None, title=None, extra_qr=None):
    """seller/buyer: list of lines; meta: list of (label, value); items: (desc, qty, unit_price, vat%)."""
    lab = L[lang]
    cur = currency or lab["cur"]
    d = pdf.Doc(**info)
    p = d.page()
    _header(p, [seller[0], title or lab["inv"]], color)
    y = 775
    for i, s in enumerate(seller[1:]):
        p.text(40, y - i * 11, s, 8)
    y = 700
    p.text(40, y + 12, " · ".join(seller[:2]), 6.5, color=(90, 90, 90))
    for i, s in enumerate(buyer):
        p.text(40, y - i * 13, s, 10, bold=(i == 0))
    my = 712
    for lbl, val in meta:
        p.text(340, my, lbl, 8.5, color=(80, 80, 80))
        p.rtext(555, my, val, 8.5, True)
        my -= 13
    y = min(y - 13 * len(buyer), my) - 25
    p.text(40, y, title or lab["inv"], 15, True)
    y -= 22
    cols = [40, 70, 330, 390, 470, 555]
    p.rect(40, y - 4, 515, 16, fill=(235, 238, 242))
    p.text(cols[0] + 2, y, lab["pos"], 8, True)
    p.text(cols[1], y, lab["desc"], 8, True)
    p.rtext(cols[3] - 10, y, lab["qty"], 8, True)
    p.rtext(cols[4] - 5, y, lab["unit"], 8, True)
    p.rtext(cols[5], y, lab["total"], 8, True)
    y -= 18
    net = 0.0
    vat = {}
    for i, it in enumerate(items):
        desc, q, up, rate = it
        amt = round(q * up, 2)
        net += amt
        vat[rate] = vat.get(rate, 0.0) + amt
        lines = []
        cur_l = ""
        for w in desc.split(" "):
            if p.width(cur_l + " " + w, 8.5) > 250 and cur_l:
                lines.append(cur_l)
                cur_l = w
            else:
                cur_l = (cur_l + " " + w).strip()
        lines.append(cur_l)
        p.text(cols[0] + 2, y, str(i + 1), 8.5)
        for j, ln in enumerate(lines):
            p.text(cols[1], y - j * 10.5, ln, 8.5)
        p.rtext(cols[3] - 10, y, ("%g" % q).replace(".", lab["dec"]), 8.5)
        p.rtext(cols[4] - 5, y, money(up, lang), 8.5)
        p.rtext(cols[5], y, money(amt, lang), 8.5)
        y -= 10.5 * len(lines) + 5
    p.line(40, y + 4, 555, y + 4)
    y -= 10
    p.text(360, y, lab["net"], 9)
    p.rtext(555, y, "%s %s" % (money(net, lang), cur), 9)
    total = net
    for rate in sorted(vat):
        y -= 13
        v = round(vat[rate] * rate / 100.0, 2)
        total += v
        p.text(360, y, lab["vat"] % ("%g" % rate).replace(".", lab["dec"]), 9)
        p.rtext(555, y, "%s %s" % (money(v, lang), cur), 9)
    y -= 16
    p.rect(355, y - 4, 200, 17, fill=(235, 238, 242))
    p.text(360, y, lab["gross"], 10, True)
    p.rtext(555, y, "%s %s" % (money(total, lang), cur), 10, True)
    y -= 30
    for n in notes or []:
        y = p.para(40, y, 300 if qr else 515, n, 8.5)
        y -= 3
    by = 150
    p.text(40, by, lab["bank"], 9, True)
    for i, bl in enumerate(bank_lines):
        p.text(40, by - 13 - i * 11.5, bl, 8.5)
    if qr:
        m = _qr.encode(qr, "M")
        qs = max(110.0, (len(m) + 8) * 2.1)
        p.qr(m, 555 - qs, 70, qs)
        if qr_caption:
            p.ctext(555 - qs / 2, 60, qr_caption, 7)
    if extra_qr:
        m = _qr.encode(extra_qr[0], "M")
        p.qr(m, extra_qr[1], extra_qr[2], extra_qr[3])
        if len(extra_qr) > 4:
            p.ctext(extra_qr[1] + extra_qr[3] / 2, extra_qr[2] - 10, extra_qr[4], 7)
    p.line(40, 45, 555, 45, 0.3, 0.5)
    for i, f in enumerate(wrap_lines(p, footer or [], 470, 6.5)):
        p.text(40, 35 - i * 8.5, f, 6.5, color=(100, 100, 100))
    p.rtext(555, 35, "%s 1/1" % lab["page"], 6.5, color=(100, 100, 100))
    return d.render(), round(total, 2)


def letter(letterhead, recipient, place_date, subject, paragraphs, signature, footer, info, color=(30, 30, 30),
           qr=None, qr_pos=(430, 120, 120), links=None, head_right=None, size=10, stamp=None):
    d = pdf.Doc(**info)
    p = d.page()
    p.text(40, 795, letterhead[0], 15, True, color)
    for i, l in enumerate(letterhead[1:]):
        p.text(40, 780 - i * 10, l, 7.5, color=(90, 90, 90))
    if head_right:
        for i, l in enumerate(head_right):
            p.rtext(555, 795 - i * 10, l, 7.5, color=(90, 90, 90))
    p.line(40, 745, 555, 745, 0.6)
    y = 715
    for i, l in enumerate(recipient):
        p.text(40, y - i * 13, l, 10)
    p.rtext(555, 715, place_date, 10)
    y = 715 - 13 * len(recipient) - 28
    p.text(40, y, subject, 11, True)
    y -= 24
    for para in paragraphs:
        if para.startswith("**"):
            y = p.para(40, y, 515, para[2:], size, bold=True)
        elif para.startswith("  "):
            y = p.para(60, y, 495, para.strip(), size)
        else:
            y = p.para(40, y, 515, para, size)
        y -= 6
    y -= 8
    for i, l in enumerate(signature):
        p.text(40, y - i * 13, l, 10, bold=(i == 0 and l.startswith("*")) if False else False)
    if stamp:
        p.rect(stamp[0], stamp[1], 130, 46, stroke=(40, 60, 150), lw=1.2)
        p.ctext(stamp[0] + 65, stamp[1] + 28, stamp[2], 8, True, (40, 60, 150))
        p.ctext(stamp[0] + 65, stamp[1] + 14, stamp[3], 7, False, (40, 60, 150))
    if qr:
        p.qr(_qr.encode(qr, "M"), qr_pos[0], qr_pos[1], qr_pos[2])
    for (x, yy, w, h, uri) in links or []:
        p.link(x, yy, w, h, uri)
    p.line(40, 55, 555, 55, 0.3, 0.5)
    for i, f in enumerate(wrap_lines(p, footer, 515, 6.5)):
        p.text(40, 45 - i * 8.5, f, 6.5, color=(100, 100, 100))
    return d.render()


def notice(title, brand, color, lines, info, button=None, qr=None, qr_size=150, small=None, lang="de"):
    """One-page branded notice (used for lures and genuine notices alike).
    button: (label, url) drawn as a box with a link annotation."""
    d = pdf.Doc(**info)
    p = d.page()
    p.rect(0, 780, 595.28, 61.89, fill=color)
    p.text(40, 803, brand, 18, True, (255, 255, 255))
    y = 740
    p.text(40, y, title, 15, True)
    y -= 28
    for l in lines:
        if l.startswith("**"):
            y = p.para(40, y, 515, l[2:], 10.5, bold=True)
        else:
            y = p.para(40, y, 515, l, 10.5)
        y -= 6
    if qr:
        y -= qr_size + 10
        p.qr(_qr.encode(qr, "M"), 297.64 - qr_size / 2, y, qr_size)
        y -= 20
    if button:
        y -= 40
        w = p.width(button[0], 12, True) + 50
        p.rect(297.64 - w / 2, y, w, 32, fill=color)
        p.ctext(297.64, y + 11, button[0], 12, True, (255, 255, 255))
        p.link(297.64 - w / 2, y, w, 32, button[1])
        y -= 20
    for i, l in enumerate(small or []):
        p.text(40, 60 - i * 9, l, 7, color=(110, 110, 110))
    return d.render()

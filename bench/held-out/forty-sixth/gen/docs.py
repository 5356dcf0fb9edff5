"""Document attachments: invoices, letters (PDF), SVG, HTML, WAV placeholders."""
import io
import wave

import pdf

L = {
    "de": dict(inv="RECHNUNG", no="Rechnungsnummer", date="Rechnungsdatum", cust="Kundennummer", pos="Pos.",
               desc="Bezeichnung", qty="Menge", price="Einzelpreis", total="Gesamt", net="Nettobetrag",
               vat="USt.", gross="Rechnungsbetrag", bank="Bankverbindung", due="Zahlungsziel"),
    "en": dict(inv="INVOICE", no="Invoice no.", date="Invoice date", cust="Customer no.", pos="Item",
               desc="Description", qty="Qty", price="Unit price", total="Total", net="Net amount",
               vat="VAT", gross="Amount due", bank="Bank details", due="Payment terms"),
    "it": dict(inv="FATTURA", no="Fattura n.", date="Data", cust="Cod. cliente", pos="Pos.",
               desc="Descrizione", qty="Q.tà", price="Prezzo unit.", total="Importo", net="Imponibile",
               vat="IVA", gross="Totale documento", bank="Coordinate bancarie", due="Pagamento"),
    "pl": dict(inv="FAKTURA VAT", no="Numer", date="Data wystawienia", cust="Nabywca", pos="Lp.",
               desc="Nazwa towaru/usługi", qty="Ilość", price="Cena netto", total="Wartość netto", net="Razem netto",
               vat="VAT", gross="Do zapłaty", bank="Rachunek bankowy", due="Termin płatności"),
    "es": dict(inv="FACTURA", no="N.º factura", date="Fecha", cust="Cliente", pos="Pos.",
               desc="Descripción", qty="Cant.", price="Precio", total="Importe", net="Base imponible",
               vat="IVA", gross="Total factura", bank="Datos bancarios", due="Forma de pago"),
    "el": dict(inv="ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", no="Αριθμός", date="Ημερομηνία", cust="Πελάτης", pos="Α/Α",
               desc="Περιγραφή", qty="Ποσότητα", price="Τιμή", total="Αξία", net="Καθαρή αξία",
               vat="ΦΠΑ", gross="Σύνολο", bank="Τραπεζικός λογαριασμός", due="Τρόπος πληρωμής"),
    "ru": dict(inv="СЧЁТ НА ОПЛАТУ", no="Счёт №", date="от", cust="Покупатель", pos="№",
               desc="Товары (работы, услуги)", qty="Кол-во", price="Цена", total="Сумма", net="Итого",
               vat="В т.ч. НДС", gross="Всего к оплате", bank="Банковские реквизиты", due="Оплата"),
}


def money(v, lang, cur="€"):
    s = "{:,.2f}".format(v)
    if lang == "en":
        return ("%s%s" % (cur, s)) if cur in ("£", "$") else "%s %s" % (cur, s)
    if lang in ("de", "it", "es", "el"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    else:  # pl, ru: space thousands
        s = s.replace(",", " ").replace(".", ",")
    return "%s %s" % (s, cur)


def invoice_pdf(lang, seller, buyer, number, date, items, vat_rate, bank_lines, terms, cur="€",
                extra=None, producer="", creator="", title=None, cust_no=None, notes=None):
    t = L[lang]
    lines = [(seller[0], 14, True)] + [(s, 8, False) for s in seller[1:]]
    lines += ["", (title or t["inv"], 16, True), "---"]
    lines += ["%s: %s" % (t["no"], number), "%s: %s" % (t["date"], date)]
    if cust_no:
        lines.append("%s: %s" % (t["cust"], cust_no))
    lines += [""] + [(buyer[0], 10, True)] + buyer[1:] + ["", "---"]
    lines.append(("%s  %s  |  %s  |  %s  |  %s" % (t["pos"], t["desc"], t["qty"], t["price"], t["total"]), 9, True))
    net = 0.0
    for i, (desc, qty, unit, price) in enumerate(items, 1):
        amt = round(qty * price, 2)
        net += amt
        lines.append(("%d  %s  |  %s %s  |  %s  |  %s" % (i, desc, ("%g" % qty).replace(".", "," if lang != "en" else "."),
                                                        unit, money(price, lang, cur), money(amt, lang, cur)), 9, False))
    vat = round(net * vat_rate / 100, 2)
    lines += ["---", "%s: %s" % (t["net"], money(net, lang, cur)),
              "%s %s%%: %s" % (t["vat"], ("%g" % vat_rate).replace(".", ","), money(vat, lang, cur)),
              ("%s: %s" % (t["gross"], money(net + vat, lang, cur)), 11, True), ""]
    if notes:
        lines += notes + [""]
    lines += ["%s: %s" % (t["due"], terms), "", (t["bank"], 10, True)] + bank_lines
    if extra:
        lines += [""] + extra
    data = pdf.text_doc(lines, title="%s %s" % (t["inv"].title(), number), author=seller[0],
                        producer=producer, creator=creator, created=_pdfdate(date))
    return data, round(net + vat, 2)


def letter_pdf(lines, title="", author="", producer="", creator="", date="D:20261015093000+02'00'"):
    return pdf.text_doc(lines, title=title, author=author, producer=producer, creator=creator, created=date)


def _pdfdate(d):
    # d like 31.10.2026 / 31/10/2026 / 2026-10-31
    import re
    m = re.match(r"(\d\d)[./](\d\d)[./](\d{4})", d)
    if m:
        return "D:%s%s%s100000+01'00'" % (m.group(3), m.group(2), m.group(1))
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", d)
    if m:
        return "D:%s%s%s100000+01'00'" % m.groups()
    return "D:20261101100000+01'00'"


def silent_wav(seconds=1.0, rate=8000):
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(rate)
    w.writeframes(b"\x80" * int(seconds * rate))
    w.close()
    return buf.getvalue()


PLACEHOLDER = b"INERT PLACEHOLDER - evaluation sample, not executable. The real attack would ship a payload here.\r\n"

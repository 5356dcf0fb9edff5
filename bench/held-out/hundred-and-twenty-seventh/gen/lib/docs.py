"""Document builders shared by messages: invoices, letters, logos, screenshots."""
from . import png, ttf, qr as qrmod
from .pdf import PDF


def money(v, loc="de"):
    s = "%.2f" % v
    ip, fp = s.split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if loc in ("en", "gb"):
        out = ",".join(groups) + "." + fp
    elif loc in ("pl", "ru", "fr"):
        out = "\u00a0".join(groups) + "," + fp
    else:
        out = ".".join(groups) + "," + fp
    return ("-" if neg else "") + out


LABELS = {
    "de": dict(invoice="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", cust="Kundennummer", order="Ihre Bestellung",
               delivery="Lieferschein", pos="Pos.", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", total="Gesamt",
               net="Nettobetrag", vat="USt. %s %%", gross="Rechnungsbetrag", page="Seite", due="Zahlbar bis",
               qrlabel="Bezahlen mit GiroCode", currency="EUR"),
    "en": dict(invoice="Invoice", no="Invoice number", date="Invoice date", cust="Customer no.", order="Your order",
               delivery="Delivery note", pos="Item", desc="Description", qty="Qty", unit="Unit price", total="Amount",
               net="Net amount", vat="VAT %s %%", gross="Total due", page="Page", due="Due date", qrlabel="",
               currency="GBP"),
    "it": dict(invoice="Fattura", no="Numero fattura", date="Data", cust="Codice cliente", order="Vs. ordine",
               delivery="DDT", pos="Pos.", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", total="Importo",
               net="Imponibile", vat="IVA %s %%", gross="Totale documento", page="Pagina", due="Scadenza",
               qrlabel="", currency="EUR"),
    "pl": dict(invoice="Faktura VAT", no="Numer faktury", date="Data wystawienia", cust="Nr klienta", order="Zamówienie",
               delivery="Data sprzedaży", pos="Lp.", desc="Nazwa towaru / usługi", qty="Ilość", unit="Cena netto",
               total="Wartość netto", net="Razem netto", vat="VAT %s %%", gross="Razem brutto", page="Strona",
               due="Termin płatności", qrlabel="", currency="PLN"),
    "es": dict(invoice="Factura", no="Nº factura", date="Fecha", cust="Cliente", order="Su pedido", delivery="Albarán",
               pos="Lín.", desc="Concepto", qty="Cant.", unit="Precio", total="Importe", net="Base imponible",
               vat="IVA %s %%", gross="Total factura", page="Página", due="Vencimiento", qrlabel="QR tributario:",
               currency="EUR"),
    "el": dict(invoice="ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", no="Αριθμός", date="Ημερομηνία", cust="Κωδ. πελάτη",
               order="Σύμβαση", delivery="ΜΑΡΚ", pos="Α/Α", desc="Περιγραφή", qty="Ποσ.", unit="Τιμή μον.",
               total="Αξία", net="Καθαρή αξία", vat="ΦΠΑ %s %%", gross="Πληρωτέο ποσό", page="Σελίδα",
               due="Προθεσμία πληρωμής", qrlabel="", currency="EUR"),
    "ru": dict(invoice="Счёт на оплату", no="Номер", date="от", cust="Покупатель", order="Основание", delivery="",
               pos="№", desc="Товары (работы, услуги)", qty="Кол-во", unit="Цена", total="Сумма", net="Итого",
               vat="НДС %s %%", gross="Всего к оплате", page="Стр.", due="Оплатить до", qrlabel="",
               currency="руб."),
}


def logo_png(name, sub, color=(0, 84, 147), w=360, h=70, bar=True):
    c = png.Canvas(w, h)
    b = ttf.load("DejaVuSans-Bold.ttf")
    f = ttf.load("DejaVuSans.ttf")
    if bar:
        c.rect(0, 0, 8, h, color)
    ttf.render_text(c, b, name, 18, 34, 22, color)
    if sub:
        ttf.render_text(c, f, sub, 19, 56, 11, (90, 90, 90))
    return c.png()


def screenshot_png(lines, w=520, h=None, header=None, color=(30, 30, 30), button=None):
    """A simple 'screenshot' of a mail/portal: header bar, text lines, optional button."""
    h = h or 60 + 22 * len(lines) + (50 if button else 0)
    c = png.Canvas(w, h, (250, 250, 250))
    f = ttf.load("DejaVuSans.ttf")
    b = ttf.load("DejaVuSans-Bold.ttf")
    c.rect(0, 0, w, 36, header[1] if header else (40, 40, 40))
    if header:
        ttf.render_text(c, b, header[0], 14, 24, 15, (255, 255, 255))
    y = 62
    for ln in lines:
        bold = ln.startswith("*")
        ttf.render_text(c, b if bold else f, ln.lstrip("*"), 16, y, 12, color)
        y += 22
    if button:
        c.rect(16, y, 180, 32, button[1])
        ttf.render_text(c, b, button[0], 28, y + 21, 12, (255, 255, 255))
    c.rect(0, h - 1, w, 1, (200, 200, 200))
    return c.png()


def invoice_pdf(m, lang, seller, buyer, meta, items, vat_rate, bank_lines, footer, created, offset,
                qr_payload=None, qr_label=None, notes=None, creator="", producer="", title=None, color=(0, 84, 147),
                loc=None, currency=None, embed=None, extra_boxes=None, vat_lines=None):
    """items: list of (desc, qty, unit, unit_price). seller: dict(name, lines). buyer: list of lines.
    meta: list of (label, value). Returns (pdf bytes, net, vat, gross)."""
    L = LABELS[lang]
    loc = loc or lang
    cur = currency or L["currency"]
    d = PDF(m.r, title=title or "%s %s" % (L["invoice"], meta[0][1]), author=seller["name"], creator=creator,
            producer=producer, created=created, offset_min=offset,
            lang={"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}[lang])
    if embed:
        for e in embed:
            d.attach(*e)
    p = d.page()
    p.rect(40, 36, 515, 3, fill=color)
    p.text(40, 66, seller["name"], 17, True, color)
    y = 80
    for ln in seller.get("tag", []):
        p.text(40, y, ln, 8.5, color=(90, 90, 90))
        y += 11
    y = 52
    for ln in seller["lines"]:
        p.text(555, y, ln, 8, color=(70, 70, 70), align="right")
        y += 10.5
    # recipient window
    p.text(40, 128, " · ".join(seller["short"]) if seller.get("short") else seller["name"], 6.5, color=(110, 110, 110))
    p.line(40, 131, 270, 131, 0.3, (150, 150, 150))
    y = 145
    for ln in buyer:
        p.text(40, y, ln, 10)
        y += 13
    # meta box
    y = 145
    for lab, val in meta:
        p.text(340, y, lab, 8.5, color=(80, 80, 80))
        p.text(555, y, val, 8.5, True, align="right")
        y += 12.5
    y = max(y, 215) + 20
    p.text(40, y, "%s %s" % (L["invoice"], meta[0][1]), 14, True)
    y += 22
    if notes and notes.get("intro"):
        y = p.para(40, y, 515, notes["intro"], 9.5) + 4
    # table
    cols = [40, 72, 360, 410, 480, 555]
    p.rect(40, y, 515, 16, fill=(235, 240, 245))
    p.text(cols[0] + 2, y + 11, L["pos"], 8.5, True)
    p.text(cols[1], y + 11, L["desc"], 8.5, True)
    p.text(cols[3] - 4, y + 11, L["qty"], 8.5, True, align="right")
    p.text(cols[4], y + 11, L["unit"], 8.5, True, align="right")
    p.text(cols[5] - 2, y + 11, L["total"], 8.5, True, align="right")
    y += 28
    net = 0.0
    for i, (desc, q, unit, price) in enumerate(items, 1):
        amt = round(q * price, 2)
        net += amt
        p.text(cols[0] + 2, y, str(i), 9)
        lines = desc.split("\n")
        p.text(cols[1], y, lines[0], 9)
        qs = ("%g" % q).replace(".", "," if loc != "en" else ".")
        p.text(cols[3] - 4, y, "%s %s" % (qs, unit), 9, align="right")
        p.text(cols[4], y, money(price, loc), 9, align="right")
        p.text(cols[5] - 2, y, money(amt, loc), 9, align="right")
        for extra in lines[1:]:
            y += 11
            p.text(cols[1], y, extra, 7.5, color=(90, 90, 90))
        y += 15
    net = round(net, 2)
    vat = round(net * vat_rate / 100.0, 2)
    gross = round(net + vat, 2)
    p.line(340, y, 555, y, 0.5)
    y += 14
    p.text(340, y, L["net"], 9)
    p.text(553, y, "%s %s" % (money(net, loc), cur), 9, align="right")
    y += 13
    if vat_lines:
        for lab, val in vat_lines:
            p.text(340, y, lab, 9)
            p.text(553, y, val, 9, align="right")
            y += 13
    else:
        p.text(340, y, L["vat"] % (("%g" % vat_rate).replace(".", ",")), 9)
        p.text(553, y, "%s %s" % (money(vat, loc), cur), 9, align="right")
        y += 15
    p.rect(338, y - 11, 217, 17, fill=(235, 240, 245))
    p.text(340, y + 1, L["gross"], 10, True)
    p.text(553, y + 1, "%s %s" % (money(gross, loc), cur), 10, True, align="right")
    y += 30
    if notes and notes.get("terms"):
        y = p.para(40, y, 330 if qr_payload else 515, notes["terms"], 9) + 4
    ybank = y
    for ln in bank_lines:
        bold = ln.startswith(("IBAN", "Rachunek", "Р/с", "Sort code"))
        y = p.para(40, y, 370 if qr_payload else 515, ln, 9, leading=12, bold=bold)
    if qr_payload:
        qy = ybank - 10
        if qr_label:
            p.text(430, qy - 4, qr_label, 7.5, color=(60, 60, 60))
        p.qr(m.qr_matrix(qr_payload), 430, qy, 110)
        y = max(y, qy + 118)
    if extra_boxes:
        for bx in extra_boxes:
            y += 8
            y = p.para(40, y, 515, bx, 8, color=(60, 60, 60))
    # footer
    fy = 770
    p.line(40, fy - 10, 555, fy - 10, 0.3, (150, 150, 150))
    colw = 515 / max(1, len(footer))
    for ci, col in enumerate(footer):
        yy = fy
        for ln in col:
            p.text(40 + ci * colw, yy, ln, 6.6, color=(90, 90, 90))
            yy += 8.5
    p.text(555, 815, "%s 1/1" % L["page"], 7, color=(120, 120, 120), align="right")
    return d.build(), net, vat, gross


def letter_pdf(m, sender_name, sender_lines, recipient, place_date, subject, body, signature, footer, created, offset,
               lang="de-DE", creator="", producer="", title="", color=(0, 84, 147), qr_payload=None, qr_caption=None,
               links=None, stamp=None, logo_sub=None, pages_body=None):
    d = PDF(m.r, title=title or subject, author=sender_name, creator=creator, producer=producer, created=created,
            offset_min=offset, lang=lang)
    p = d.page()
    p.rect(40, 36, 515, 3, fill=color)
    p.text(40, 66, sender_name, 16, True, color)
    if logo_sub:
        p.text(40, 80, logo_sub, 8.5, color=(90, 90, 90))
    y = 52
    for ln in sender_lines:
        p.text(555, y, ln, 8, color=(70, 70, 70), align="right")
        y += 10.5
    y = 145
    for ln in recipient:
        p.text(40, y, ln, 10)
        y += 13
    y = max(y, 215)
    p.text(555, y, place_date, 10, align="right")
    y += 30
    y = p.para(40, y, 515, subject, 11, bold=True) + 8
    y = p.para(40, y, 515, body, 10, leading=14)
    if links:
        for (label, url) in links:
            y += 6
            p.rect(40, y, p.width(label, 10, True) + 24, 22, fill=color)
            p.text(52, y + 15, label, 10, True, (255, 255, 255))
            p.link(40, y, p.width(label, 10, True) + 24, 22, url)
            y += 34
    if qr_payload:
        y += 6
        p.qr(m.qr_matrix(qr_payload), 40, y, 120)
        if qr_caption:
            p.para(175, y + 20, 360, qr_caption, 9)
        y += 132
    y += 10
    for ln in signature:
        p.text(40, y, ln, 10)
        y += 13
    if stamp:
        p.rect(330, y - 60, 190, 48, stroke=(40, 60, 160), lw=1.2)
        sy = y - 44
        for ln in stamp:
            p.text(425, sy, ln, 7.5, True, (40, 60, 160), align="center")
            sy += 10
    fy = 775
    p.line(40, fy - 10, 555, fy - 10, 0.3, (150, 150, 150))
    colw = 515 / max(1, len(footer))
    for ci, col in enumerate(footer):
        yy = fy
        for ln in col:
            p.text(40 + ci * colw, yy, ln, 6.6, color=(90, 90, 90))
            yy += 8.5
    if pages_body:
        for pb in pages_body:
            p2 = d.page()
            yy = 60
            p2.para(40, yy, 515, pb, 10, leading=14)
    return d.build()


def cii_xml(inv_no, date_iso, seller, buyer, lines, net, vat, gross, vat_rate, iban, bic, order_ref, due_iso,
            terms, currency="EUR"):
    """ZUGFeRD 2.3 / Factur-X EN 16931 CII document (string)."""
    from xml.sax.saxutils import escape as e
    d = date_iso.replace("-", "")
    li = []
    for i, (desc, q, unit, price) in enumerate(lines, 1):
        li.append(
            "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID>"
            "</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>"
            "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount>"
            "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
            "<ram:BilledQuantity unitCode=\"%s\">%g</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
            "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
            "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%g</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f"
            "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
            "</ram:IncludedSupplyChainTradeLineItem>" % (i, e(desc.split("\n")[0]), price, "H87" if unit in ("Stk", "pcs") else "C62",
                                                         q, vat_rate, round(q * price, 2)))

    def party(tag, p):
        return ("<ram:%s><ram:Name>%s</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>%s</ram:PostcodeCode>"
                "<ram:LineOne>%s</ram:LineOne><ram:CityName>%s</ram:CityName><ram:CountryID>%s</ram:CountryID>"
                "</ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">%s</ram:ID>"
                "</ram:SpecifiedTaxRegistration></ram:%s>" % (tag, e(p["name"]), p["zip"], e(p["street"]), e(p["city"]),
                                                              p["country"], p["vat"], tag))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
            'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">'
            '<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017'
            '</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>'
            '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>'
            '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>'
            '<rsm:SupplyChainTradeTransaction>%s<ram:ApplicableHeaderTradeAgreement>%s%s<ram:BuyerOrderReferencedDocument>'
            '<ram:IssuerAssignedID>%s</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument></ram:ApplicableHeaderTradeAgreement>'
            '<ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>%s'
            '</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>'
            '<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>'
            '<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>'
            '</ram:SpecifiedTradeSettlementPaymentMeans><ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount>'
            '<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode>'
            '<ram:RateApplicablePercent>%g</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms>'
            '<ram:Description>%s</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString>'
            '</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms><ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
            '<ram:LineTotalAmount>%.2f</ram:LineTotalAmount><ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount>'
            '<ram:TaxTotalAmount currencyID="%s">%.2f</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount>'
            '<ram:DuePayableAmount>%.2f</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
            '</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>\n' % (
                e(inv_no), d, "".join(li), party("SellerTradeParty", seller), party("BuyerTradeParty", buyer),
                e(order_ref), currency, iban, bic, vat, net, vat_rate, e(terms), due_iso.replace("-", ""), net, net,
                currency, vat, gross, gross))


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def _ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(uid, organizer, attendees, start_local, end_local, tzid, summary, location, description, dtstamp_utc,
        method="REQUEST", prodid="Microsoft Exchange Server 2019", tz_block=None, extra=None, url=None):
    """organizer/attendees: (name, email). start/end: 'YYYYMMDDTHHMMSS' local in tzid."""
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:%s" % prodid, "VERSION:2.0"]
    L += tz_block or [
        "BEGIN:VTIMEZONE", "TZID:%s" % tzid, "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, a))
    L += ["DESCRIPTION;LANGUAGE=en-GB:%s" % _ics_text(description), "UID:%s" % uid,
          "SUMMARY;LANGUAGE=en-GB:%s" % _ics_text(summary), "DTSTART;TZID=%s:%s" % (tzid, start_local),
          "DTEND;TZID=%s:%s" % (tzid, end_local), "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dtstamp_utc,
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:%s" % _ics_text(location)]
    if url:
        L.append("URL:%s" % url)
    if extra:
        L += extra
    L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


UK_TZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
         "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

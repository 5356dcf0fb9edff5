"""PDF document templates (invoices, letters, notices) built with lib.pdf."""
from . import base, pdf, util

LBL = {
    "de": dict(inv="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", cust="Kundennummer",
               ref="Ihre Referenz", pos="Pos.", desc="Beschreibung", qty="Menge", unit="Einzelpreis", total="Gesamt",
               net="Nettobetrag", vat="USt.", gross="Rechnungsbetrag", bank="Bankverbindung", holder="Kontoinhaber",
               perf="Leistungszeitraum", pay="Zahlbar ohne Abzug bis", vatid="USt-IdNr."),
    "en": dict(inv="Invoice", no="Invoice no.", date="Invoice date", due="Due date", cust="Customer no.",
               ref="Your reference", pos="Item", desc="Description", qty="Qty", unit="Unit price", total="Amount",
               net="Net amount", vat="VAT", gross="Total due", bank="Bank details", holder="Account name",
               perf="Service period", pay="Payable without deduction by", vatid="VAT no."),
    "it": dict(inv="Fattura", no="Fattura n.", date="Data", due="Scadenza", cust="Cod. cliente", ref="Vs. riferimento",
               pos="Pos.", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", total="Importo", net="Imponibile",
               vat="IVA", gross="Totale documento", bank="Coordinate bancarie", holder="Intestatario",
               perf="Periodo", pay="Pagamento: bonifico bancario entro il", vatid="P.IVA"),
    "pl": dict(inv="Faktura VAT", no="Numer faktury", date="Data wystawienia", due="Termin płatności",
               cust="Nr klienta", ref="Zamówienie", pos="Lp.", desc="Nazwa towaru/usługi", qty="Ilość",
               unit="Cena netto", total="Wartość netto", net="Razem netto", vat="VAT", gross="Do zapłaty",
               bank="Rachunek bankowy", holder="Odbiorca", perf="Data wykonania usługi", pay="Termin płatności",
               vatid="NIP"),
    "es": dict(inv="Factura", no="N.º factura", date="Fecha", due="Vencimiento", cust="N.º cliente", ref="Su referencia",
               pos="Pos.", desc="Concepto", qty="Cant.", unit="Precio", total="Importe", net="Base imponible",
               vat="IVA", gross="Total factura", bank="Datos bancarios", holder="Titular", perf="Periodo",
               pay="Pago por transferencia antes del", vatid="CIF"),
    "el": dict(inv="Τιμολόγιο Παροχής Υπηρεσιών", no="Αριθμός", date="Ημερομηνία", due="Λήξη", cust="Κωδ. πελάτη",
               ref="Σχετικό", pos="Α/Α", desc="Περιγραφή", qty="Ποσ.", unit="Τιμή", total="Αξία", net="Καθαρή αξία",
               vat="ΦΠΑ", gross="Πληρωτέο", bank="Τραπεζικός λογαριασμός", holder="Δικαιούχος", perf="Περίοδος",
               pay="Πληρωμή έως", vatid="ΑΦΜ"),
    "ru": dict(inv="Счёт на оплату", no="Счёт №", date="от", due="Оплатить до", cust="Договор", ref="Основание",
               pos="№", desc="Наименование работ, услуг", qty="Кол-во", unit="Цена", total="Сумма", net="Итого без НДС",
               vat="НДС", gross="Всего к оплате", bank="Банк получателя", holder="Получатель",
               perf="Период", pay="Оплатить не позднее", vatid="ИНН"),
}


def _money(v, lang):
    return base.fmt_eur(v, lang)


def invoice_pdf(m, lang, seller, buyer, meta, items, vat_rate, bank, notes=(), qr=None, qr_caption=None,
                creator="", producer="", color=(0.12, 0.25, 0.45), currency="EUR", title=None, author=None,
                embed=None, footer=None, t=None, qr_scale=3, qr_ecl="M", extra_qr=None):
    """seller/buyer: dict(name, lines[list], vatid). meta: list of (label, value). items: (desc, qty, unit_price)."""
    L = LBL[lang]
    t = t or m.t
    doc = pdf.PDF(title=title or "%s %s" % (L["inv"], meta[0][1]), author=author or seller["name"], creator=creator,
                  producer=producer, date=util.in_zone(t, seller.get("zone", "DE"))[0])

    def head(p, n):
        p.rect(0, 0, p.w, 8, fill=color)
        p.text(56, 52, seller["name"], "B", 15, color)
        y = 66
        for ln in seller.get("lines", [])[:3]:
            p.text(56, y, ln, "R", 8, (0.35, 0.35, 0.35))
            y += 10
        # footer
        fy = p.h - 52
        p.line(56, fy - 10, p.w - 56, fy - 10, 0.4, (0.6, 0.6, 0.6))
        for i, ln in enumerate(footer or seller.get("footer", [])):
            p.text(56, fy + i * 9, ln, "R", 6.8, (0.4, 0.4, 0.4))
        if n > 1:
            p.text_right(p.w - 56, 52, "%s %s – %d" % (L["inv"], meta[0][1], n), "R", 8)
        return 110

    f = pdf.Flow(doc, top=110, bottom=80, on_page=head)
    # addressee block
    y0 = f.y
    p = f.page
    p.text(56, y0 + 4, " · ".join([seller["name"]] + seller.get("lines", [])[:1]), "R", 6.5, (0.4, 0.4, 0.4))
    yy = y0 + 20
    for ln in [buyer["name"]] + buyer.get("lines", []):
        p.text(56, yy, ln, "R", 9.5)
        yy += 12.5
    my = y0 + 4
    for lab, val in meta:
        p.text(350, my + 12, lab, "R", 8.5, (0.3, 0.3, 0.3))
        p.text_right(p.w - 56, my + 12, str(val), "B" if lab == meta[0][0] else "R", 8.5)
        my += 13
    f.y = max(yy, my) + 18
    f.para(title or L["inv"], "B", 14, color=color)
    f.space(6)
    rows = [[L["pos"], L["desc"], L["qty"], L["unit"], L["total"]]]
    net = 0.0
    for i, it in enumerate(items, 1):
        desc, qty, price = it[0], it[1], it[2]
        amt = round(qty * price, 2)
        net += amt
        q = ("%g" % qty).replace(".", ",") if lang != "en" else "%g" % qty
        rows.append([str(i), desc, q, _money(price, lang), _money(amt, lang)])
    widths = [34, 251, 50, 73, 75]
    f.table(rows, widths, size=8.3, aligns=["l", "l", "r", "r", "r"])
    net = round(net, 2)
    vat = round(net * vat_rate / 100.0, 2)
    gross = round(net + vat, 2)
    f.space(6)
    for lab, val, fn in ((L["net"], net, "R"), ("%s %s %%" % (L["vat"], ("%g" % vat_rate).replace(".", ",")), vat, "R"),
                         (L["gross"], gross, "B")):
        f.need(14)
        f.y += 13
        f.page.text(330, f.y, lab, fn, 9)
        f.page.text_right(f.page.w - 56, f.y, "%s %s" % (_money(val, lang), currency), fn, 9)
    f.space(14)
    for n_ in notes:
        f.para(n_, "R", 8.8)
        f.space(2)
    if bank:
        f.space(6)
        f.para(L["bank"], "B", 9.5)
        for ln in bank:
            f.para(ln, "R", 9)
    if qr:
        f.space(8)
        w, h = base.qr_into_pdf(doc, m, "QR1", qr, scale=qr_scale, ecl=qr_ecl)
        sz = min(110, w * 0.55)
        f.need(sz + 20)
        top = f.y + 4
        f.page.image("QR1", f.left, top, sz, sz)
        if qr_caption:
            cy = top + 12
            for ln in qr_caption:
                f.page.text(f.left + sz + 12, cy, ln, "R", 8, (0.3, 0.3, 0.3))
                cy += 11
        f.y = top + sz + 4
    if extra_qr:
        for i, (payload, caption) in enumerate(extra_qr, 2):
            w, h = base.qr_into_pdf(doc, m, "QR%d" % i, payload, scale=qr_scale, ecl=qr_ecl)
            sz = min(100, w * 0.5)
            f.need(sz + 20)
            top = f.y + 6
            f.page.image("QR%d" % i, f.left, top, sz, sz)
            cy = top + 12
            for ln in caption:
                f.page.text(f.left + sz + 12, cy, ln, "R", 8, (0.3, 0.3, 0.3))
                cy += 11
            f.y = top + sz + 4
    if embed:
        for fn, data, mime_, desc, rel in embed:
            doc.attach(fn, data, mime_, desc, rel)
    return doc.render(), dict(net=net, vat=vat, gross=gross)


def letter_pdf(m, sender_name, sender_lines, recipient_lines, place_date, subject, paras, closing=(), footer=(),
               color=(0.1, 0.2, 0.4), creator="", producer="", title=None, zone="DE", links=(), qr=None,
               qr_caption=(), button=None, font_body="R", logo_right=None, t=None, qr_scale=3, size=9.8):
    t = t or m.t
    doc = pdf.PDF(title=title or subject, author=sender_name, creator=creator, producer=producer,
                  date=util.in_zone(t, zone)[0])

    def head(p, n):
        p.text(56, 58, sender_name, "B", 16, color)
        if logo_right:
            p.text_right(p.w - 56, 58, logo_right, "B", 10, color)
        y = 72
        for ln in sender_lines:
            p.text(56, y, ln, "R", 8, (0.35, 0.35, 0.35))
            y += 10
        p.line(56, y + 2, p.w - 56, y + 2, 0.6, color)
        fy = p.h - 48
        for i, ln in enumerate(footer):
            p.text(56, fy + i * 9, ln, "R", 6.8, (0.4, 0.4, 0.4))
        return y + 20

    f = pdf.Flow(doc, top=120, bottom=78, on_page=head)
    for ln in recipient_lines:
        f.para(ln, "R", 9.5)
    f.space(14)
    f.para(place_date, "R", 9.5, align="right")
    f.space(10)
    f.para(subject, "B", 11)
    f.space(8)
    for p_ in paras:
        f.para(p_, font_body, size)
        f.space(5)
    for label, url in links:
        f.link_line(label, url)
        f.space(4)
    if button:
        f.button(button[0], button[1], w=button[2] if len(button) > 2 else 220, fill=button[3] if len(button) > 3 else color)
        f.space(4)
    if qr:
        w, h = base.qr_into_pdf(doc, m, "QR1", qr, scale=qr_scale)
        sz = min(120, w * 0.6)
        f.need(sz + 16)
        top = f.y + 6
        f.page.image("QR1", f.left, top, sz, sz)
        cy = top + 14
        for ln in qr_caption:
            f.page.text(f.left + sz + 14, cy, ln, "R", 8.5, (0.25, 0.25, 0.25))
            cy += 12
        f.y = top + sz + 6
    f.space(6)
    for ln in closing:
        f.para(ln, "R", 9.5)
    return doc.render()


def notice_pdf(m, brand, color, title, paras, button=None, qr=None, qr_caption=(), footer=(), creator="",
               producer="", zone="DE", subtitle=None, after=(), t=None, qr_scale=4, title_size=15):
    """Single-page branded notice (used for lures and for genuine notices alike)."""
    t = t or m.t
    doc = pdf.PDF(title=title, author=brand, creator=creator, producer=producer, date=util.in_zone(t, zone)[0])

    def head(p, n):
        p.rect(0, 0, p.w, 64, fill=color)
        p.text(48, 40, brand, "B", 17, (1, 1, 1))
        if subtitle:
            p.text_right(p.w - 48, 40, subtitle, "R", 9, (1, 1, 1))
        fy = p.h - 46
        for i, ln in enumerate(footer):
            p.text(48, fy + i * 9, ln, "R", 6.8, (0.45, 0.45, 0.45))
        return 100

    f = pdf.Flow(doc, left=48, right=48, top=100, bottom=70, on_page=head)
    f.para(title, "B", title_size)
    f.space(8)
    for p_ in paras:
        f.para(p_, "R", 10)
        f.space(5)
    if button:
        f.space(4)
        f.button(button[0], button[1], w=240, fill=color)
        f.space(6)
    if qr:
        w, h = base.qr_into_pdf(doc, m, "QR1", qr, scale=qr_scale)
        sz = min(150, w * 0.7)
        f.need(sz + 16)
        top = f.y + 8
        f.page.image("QR1", f.left, top, sz, sz)
        cy = top + 16
        for ln in qr_caption:
            f.page.text(f.left + sz + 16, cy, ln, "R", 9, (0.25, 0.25, 0.25))
            cy += 13
        f.y = top + sz + 8
    for p_ in after:
        f.para(p_, "R", 8.8, color=(0.35, 0.35, 0.35))
        f.space(3)
    return doc.render()


def cii_xml(number, issue, due, seller, buyer, items, vat_rate, iban, bic, buyer_ref, currency="EUR", note=""):
    """XRechnung 3.0 / ZUGFeRD EN 16931 CII invoice (compact but schema-shaped)."""
    from xml.sax.saxutils import escape as e
    lines = []
    net = 0.0
    for i, (desc, qty, price) in enumerate(items, 1):
        amt = round(qty * price, 2)
        net += amt
        lines.append(
            "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID>"
            "</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>"
            "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount>"
            "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
            "<ram:BilledQuantity unitCode=\"C62\">%g</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
            "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
            "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%g</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f"
            "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
            "</ram:IncludedSupplyChainTradeLineItem>" % (i, e(desc), price, qty, vat_rate, amt))
    net = round(net, 2)
    vat = round(net * vat_rate / 100, 2)
    gross = round(net + vat, 2)

    def party(tag, p):
        return ("<ram:%s><ram:Name>%s</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>%s</ram:PostcodeCode>"
                "<ram:LineOne>%s</ram:LineOne><ram:CityName>%s</ram:CityName><ram:CountryID>DE</ram:CountryID>"
                "</ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">%s</ram:ID>"
                "</ram:SpecifiedTaxRegistration></ram:%s>" % (tag, e(p["name"]), p["zip"], e(p["street"]), e(p["city"]),
                                                             p["vat"], tag))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
           'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
           'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
           '<rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>'
           'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>'
           '<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#'
           'urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>'
           '</rsm:ExchangedDocumentContext>\n'
           '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>'
           '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>%s</rsm:ExchangedDocument>\n'
           '<rsm:SupplyChainTradeTransaction>%s<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>%s'
           '</ram:BuyerReference>%s%s</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>'
           '<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>%s</ram:InvoiceCurrencyCode>'
           '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>'
           '<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>'
           '<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%s</ram:BICID>'
           '</ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>'
           '<ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>'
           '<ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%g'
           '</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>'
           '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>'
           '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount>'
           '<ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="%s">%.2f'
           '</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f'
           '</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>'
           '</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n' % (
               number, issue, ("<ram:IncludedNote><ram:Content>%s</ram:Content></ram:IncludedNote>" % e(note)) if note else "",
               "".join(lines), buyer_ref, party("SellerTradeParty", seller), party("BuyerTradeParty", buyer), currency,
               iban, bic, vat, net, vat_rate, due, net, net, currency, vat, gross, gross))
    return xml.encode("utf-8"), dict(net=net, vat=vat, gross=gross)

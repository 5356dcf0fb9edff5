"""Lieferant GmbH documents (used by the genuine invoice and by the forged
one in the thread-hijack attack, which copies the real layout)."""

from lib import co, ids
from messages.common import letterhead, footer, table, eur, epc

GREEN = (0, 96, 64)


def items_total(items, vat=0.19):
    net = round(sum(q * p for (_, _, q, _, p) in items), 2)
    tax = round(net * vat, 2)
    return net, tax, round(net + tax, 2)


def invoice_pdf(m, no, date_s, delivery_s, order_no, ls_no, items, bank, qr=True, xml=None,
                due_s="", producer="Sage 100 9.0 (PDF-Export)", created="D:20261119100000+01'00'",
                note=None):
    L = co.LIEF
    d = m.pdf(info={"Title": "Rechnung %s" % no, "Author": "Lieferant GmbH", "Creator": "Sage 100",
                    "Producer": producer}, created=created)
    p = d.page()
    y = letterhead(p, "Lieferant GmbH", ["Substrate · Düngemittel · Bewässerungstechnik für den Unterglasanbau",
                                          "Industriestraße 44 · 47608 Geldern · Tel. +49 2831 97420-0 · www.lieferant-gmbh.de"], GREEN)
    p.text(56, y, "Lieferant GmbH · Industriestraße 44 · 47608 Geldern", 6.5, color=(120, 120, 120))
    for i, l in enumerate(["Example Group GmbH", "Kreditorenbuchhaltung", "Am Glashaus 12", "47638 Straelen"]):
        p.text(56, y + 14 + 12 * i, l, 10)
    info = [("Rechnungs-Nr.", no), ("Rechnungsdatum", date_s), ("Lieferdatum", delivery_s), ("Kunden-Nr.", "40127"),
            ("Ihre Bestellung", order_no), ("Lieferschein", ls_no)]
    for i, (k, v) in enumerate(info):
        p.text(360, y + 14 + 12 * i, k, 8.5, color=(90, 90, 90))
        p.text(450, y + 14 + 12 * i, v, 8.5)
    y += 105
    p.text(56, y, "Rechnung %s" % no, 15, bold=True, color=GREEN)
    y += 26
    rows = []
    for i, (art, desc, q, unit, price) in enumerate(items, 1):
        rows.append([str(i), art, desc, ("{:,}".format(q).replace(",", ".") if isinstance(q, int) else eur(q)), unit,
                     eur(price), eur(q * price)])
    y = table(p, 56, y, ["Pos", "Artikel", "Bezeichnung", "Menge", "Einh.", "EP EUR", "Gesamt EUR"], rows,
              [22, 58, 232, 44, 30, 44, 54], aligns=["left", "left", "left", "right", "left", "right", "right"])
    net, tax, tot = items_total(items)
    for k, v, b in (("Nettobetrag", eur(net), False), ("zzgl. 19 % USt.", eur(tax), False), ("Rechnungsbetrag EUR", eur(tot), True)):
        p.text(360, y, k, 9, bold=b)
        p.text(538, y, v, 9, bold=b, align="right")
        y += 14
    y += 10
    p.text(56, y, "Zahlungsbedingungen: 14 Tage netto%s." % ((" (fällig am %s)" % due_s) if due_s else ""), 8.5)
    y += 13
    if note:
        y = p.wrap(56, y, 300, note, 8.5, bold=True)
    p.text(56, y, "Bankverbindung: %s · IBAN %s · BIC %s" % (bank[0], ids.fmt_iban(bank[2]), bank[1]), 8.5)
    y += 13
    p.text(56, y, "Bitte geben Sie bei Zahlung die Rechnungsnummer und Ihre Kunden-Nr. an.", 8.5)
    if qr:
        payload = epc(bank[1], "Lieferant GmbH", bank[2], tot, "%s KD 40127" % no)
        p.qr(440, y + 14, 96, m.qr_matrix(payload))
        p.text(440, y + 118, "GiroCode – mit Banking-App scannen", 6.5, color=(90, 90, 90))
    footer(p, ["Lieferant GmbH · Sitz Geldern · %s · USt-IdNr. %s" % (co.LIEF["hrb"], co.LIEF["vat"]),
               "Geschäftsführer: Georg Verhaag · Es gelten unsere Allgemeinen Liefer- und Zahlungsbedingungen (www.lieferant-gmbh.de/agb)"])
    if xml:
        d.embed("factur-x.xml", xml.encode("utf-8"), "text/xml", "Factur-X/ZUGFeRD 2.3 Rechnungsdaten (EN 16931)")
        d.version = "1.7"
        d.xmp = XMP % {"no": no}
    return m.render_pdf(d), tot


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Rechnung %(no)s</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
   <fx:DocumentType>INVOICE</fx:DocumentType>
   <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
   <fx:Version>1.0</fx:Version>
   <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def cii_xml(no, date_iso, delivery_iso, due_iso, order_no, items, bank):
    net, tax, tot = items_total(items)
    lines = []
    for i, (art, desc, q, unit, price) in enumerate(items, 1):
        uc = {"Stk": "H87", "psch": "C62", "Pal": "PF", "kg": "KGM", "Rolle": "RO"}.get(unit, "C62")
        lines.append("""  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:SellerAssignedID>%s</ram:SellerAssignedID><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="%s">%s</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>""" % (i, art, desc.replace("&", "&amp;"), price, uc, q, q * price))
    return """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>%(no)s</ram:ID>
  <ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">%(date)s</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
%(lines)s
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>40127</ram:BuyerReference>
   <ram:SellerTradeParty>
    <ram:Name>Lieferant GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>47608</ram:PostcodeCode><ram:LineOne>Industriestraße 44</ram:LineOne><ram:CityName>Geldern</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(svat)s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty>
    <ram:Name>Example Group GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>47638</ram:PostcodeCode><ram:LineOne>Am Glashaus 12</ram:LineOne><ram:CityName>Straelen</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(bvat)s</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:BuyerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>%(order)s</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery>
   <ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">%(deliv)s</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>
  </ram:ApplicableHeaderTradeDelivery>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:PaymentReference>%(no)s KD 40127</ram:PaymentReference>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans>
    <ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%(iban)s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
    <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>%(bic)s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>%(tax).2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%(net).2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:Description>14 Tage netto</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">%(due)s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>%(net).2f</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>%(net).2f</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">%(tax).2f</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>%(tot).2f</ram:GrandTotalAmount>
    <ram:DuePayableAmount>%(tot).2f</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % dict(no=no, date=date_iso, lines="\n".join(lines), svat=co.LIEF["vat"], bvat=co.DE_VAT, order=order_no,
           deliv=delivery_iso, iban=bank[2], bic=bank[1], tax=tax, net=net, tot=tot, due=due_iso)

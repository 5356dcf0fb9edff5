"""ZUGFeRD / Factur-X (EN 16931, UN/CEFACT CII) XML for German e-invoices."""
from xml.sax.saxutils import escape

UNITS = {'m³': 'MTQ', 'm²': 'MTK', 'psch': 'LS', 'Stk': 'H87', 'h': 'HUR'}


def _a(x):
    return '%.2f' % x


def cii(number, issue, delivery, due, seller, buyer, items, net, vat, gross, iban, bic, buyer_ref, rate=19, terms=''):
    """issue/delivery/due: 'YYYYMMDD'; seller/buyer: dict(name, street, zip, city, country, vat);
    items: (pos, desc, detail, qty, unit, price)."""
    e = lambda s: escape(str(s))
    lines = []
    for pos, desc, detail, qty, unit, price in items:
        lt = round(float(qty) * float(price) + 1e-9, 2)
        lines.append(
            '<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%s</ram:LineID>'
            '</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>'
            '<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%s</ram:ChargeAmount>'
            '</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>'
            '<ram:BilledQuantity unitCode="%s">%s</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>'
            '<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>'
            '<ram:RateApplicablePercent>%d</ram:RateApplicablePercent></ram:ApplicableTradeTax>'
            '<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount>'
            '</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>'
            % (pos, e(desc + (' (' + detail + ')' if detail else '')), _a(price), UNITS.get(unit, 'C62'), str(qty), rate, _a(lt)))

    def party(tag, p):
        return ('<ram:%s><ram:Name>%s</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>%s</ram:PostcodeCode>'
                '<ram:LineOne>%s</ram:LineOne><ram:CityName>%s</ram:CityName><ram:CountryID>%s</ram:CountryID></ram:PostalTradeAddress>'
                '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:%s>' % (
                    tag, e(p['name']), p['zip'], e(p['street']), e(p['city']), p['country'], p['vat'], tag))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
           'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
           'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" '
           'xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100">\n'
           '<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID>'
           '</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
           '<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>'
           '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
           '<rsm:SupplyChainTradeTransaction>%s<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>%s</ram:BuyerReference>%s%s'
           '</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent>'
           '<ram:OccurrenceDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:OccurrenceDateTime>'
           '</ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery><ram:ApplicableHeaderTradeSettlement>'
           '<ram:PaymentReference>%s</ram:PaymentReference><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>'
           '<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount>'
           '<ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount><ram:PayeeSpecifiedCreditorFinancialInstitution>'
           '<ram:BICID>%s</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>'
           '<ram:ApplicableTradeTax><ram:CalculatedAmount>%s</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>'
           '<ram:BasisAmount>%s</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>%d</ram:RateApplicablePercent>'
           '</ram:ApplicableTradeTax><ram:SpecifiedTradePaymentTerms><ram:Description>%s</ram:Description><ram:DueDateDateTime>'
           '<udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>'
           '<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%s</ram:LineTotalAmount>'
           '<ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount>'
           '<ram:GrandTotalAmount>%s</ram:GrandTotalAmount><ram:DuePayableAmount>%s</ram:DuePayableAmount>'
           '</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>'
           '</rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n') % (
        number, issue, ''.join(lines), buyer_ref, party('SellerTradeParty', seller), party('BuyerTradeParty', buyer), delivery,
        number, iban, bic, _a(vat), _a(net), rate, e(terms), due, _a(net), _a(net), _a(vat), _a(gross), _a(gross))
    return xml.encode('utf-8')


FACTURX_XMP = ('<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part>'
               '<pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n'
               '<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">'
               '<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>'
               '<fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>')

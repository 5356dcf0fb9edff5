"""Structured e-invoice XML (XRechnung UBL, FatturaPA 1.2.2, KSeF FA(3)) — compact but schema-shaped."""
from xml.sax.saxutils import escape as X


def xrechnung_ubl(no, date, due, seller, buyer, lines, vat_rate, iban, bic, buyer_ref, order_ref, note=''):
    net = sum(q * p for _, _, q, p in lines)
    vat = round(net * vat_rate / 100 + 1e-9, 2)
    gross = round(net + vat, 2)
    ls = []
    for i, (code, name, q, p) in enumerate(lines, 1):
        ls.append('  <cac:InvoiceLine>\n    <cbc:ID>%d</cbc:ID>\n    <cbc:InvoicedQuantity unitCode="H87">%g</cbc:InvoicedQuantity>\n'
                  '    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>\n    <cac:Item>\n      <cbc:Name>%s</cbc:Name>\n'
                  '      <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>\n'
                  '      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>\n'
                  '    </cac:Item>\n    <cac:Price><cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount></cac:Price>\n  </cac:InvoiceLine>'
                  % (i, q, q * p, X(name), X(code), vat_rate, p))

    def party(tag, p):
        return ('  <cac:%s>\n    <cac:Party>\n      <cbc:EndpointID schemeID="EM">%s</cbc:EndpointID>\n'
                '      <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone>'
                '<cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n'
                '      <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
                '      <cac:PartyLegalEntity><cbc:RegistrationName>%s</cbc:RegistrationName></cac:PartyLegalEntity>\n'
                '    </cac:Party>\n  </cac:%s>' % (tag, X(p['email']), X(p['street']), X(p['city']), p['zip'], p['vat'], X(p['name']), tag))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
            'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
            'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
            '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n'
            '  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n'
            '  <cbc:ID>%s</cbc:ID>\n  <cbc:IssueDate>%s</cbc:IssueDate>\n  <cbc:DueDate>%s</cbc:DueDate>\n'
            '  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:Note>%s</cbc:Note>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n'
            '  <cbc:BuyerReference>%s</cbc:BuyerReference>\n  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>\n'
            '%s\n%s\n'
            '  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n    <cbc:PaymentID>%s</cbc:PaymentID>\n'
            '    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>%s</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>%s</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n'
            '  </cac:PaymentMeans>\n  <cac:PaymentTerms><cbc:Note>Zahlbar bis %s ohne Abzug.</cbc:Note></cac:PaymentTerms>\n'
            '  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>\n    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%.2f</cbc:TaxableAmount>'
            '<cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%g</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>\n'
            '  </cac:TaxTotal>\n  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>\n'
            '    <cbc:TaxExclusiveAmount currencyID="EUR">%.2f</cbc:TaxExclusiveAmount>\n    <cbc:TaxInclusiveAmount currencyID="EUR">%.2f</cbc:TaxInclusiveAmount>\n'
            '    <cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>\n%s\n</ubl:Invoice>\n'
            % (no, date, due, X(note), X(buyer_ref), X(order_ref), party('AccountingSupplierParty', seller), party('AccountingCustomerParty', buyer),
               no, iban, X(seller['name']), bic, due, vat, net, vat, vat_rate, net, net, gross, gross, '\n'.join(ls))), net, vat, gross


def fatturapa(progressivo, numero, data, cedente, cessionario, righe, iban, abi_bank, scadenza, causale):
    imponibile = round(sum(q * p for _, q, p in righe), 2)
    iva = round(imponibile * 0.22 + 1e-9, 2)
    totale = round(imponibile + iva, 2)
    rows = []
    for i, (desc, q, p) in enumerate(righe, 1):
        rows.append('      <DettaglioLinee>\n        <NumeroLinea>%d</NumeroLinea>\n        <Descrizione>%s</Descrizione>\n'
                    '        <Quantita>%.2f</Quantita>\n        <PrezzoUnitario>%.2f</PrezzoUnitario>\n        <PrezzoTotale>%.2f</PrezzoTotale>\n'
                    '        <AliquotaIVA>22.00</AliquotaIVA>\n      </DettaglioLinee>' % (i, X(desc), q, p, q * p))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
            'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '  <FatturaElettronicaHeader>\n    <DatiTrasmissione>\n      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>\n'
            '      <ProgressivoInvio>%s</ProgressivoInvio>\n      <FormatoTrasmissione>FPR12</FormatoTrasmissione>\n      <CodiceDestinatario>%s</CodiceDestinatario>\n'
            '    </DatiTrasmissione>\n    <CedentePrestatore>\n      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>%s</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>\n'
            '      <Sede><Indirizzo>%s</Indirizzo><CAP>%s</CAP><Comune>%s</Comune><Provincia>%s</Provincia><Nazione>IT</Nazione></Sede>\n'
            '    </CedentePrestatore>\n    <CessionarioCommittente>\n      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>%s</Denominazione></Anagrafica></DatiAnagrafici>\n'
            '      <Sede><Indirizzo>%s</Indirizzo><CAP>%s</CAP><Comune>%s</Comune><Provincia>%s</Provincia><Nazione>IT</Nazione></Sede>\n'
            '    </CessionarioCommittente>\n  </FatturaElettronicaHeader>\n  <FatturaElettronicaBody>\n    <DatiGenerali>\n      <DatiGeneraliDocumento>\n'
            '        <TipoDocumento>TD01</TipoDocumento>\n        <Divisa>EUR</Divisa>\n        <Data>%s</Data>\n        <Numero>%s</Numero>\n'
            '        <ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento>\n        <Causale>%s</Causale>\n      </DatiGeneraliDocumento>\n    </DatiGenerali>\n'
            '    <DatiBeniServizi>\n%s\n      <DatiRiepilogo>\n        <AliquotaIVA>22.00</AliquotaIVA>\n        <ImponibileImporto>%.2f</ImponibileImporto>\n'
            '        <Imposta>%.2f</Imposta>\n        <EsigibilitaIVA>I</EsigibilitaIVA>\n      </DatiRiepilogo>\n    </DatiBeniServizi>\n'
            '    <DatiPagamento>\n      <CondizioniPagamento>TP02</CondizioniPagamento>\n      <DettaglioPagamento>\n        <ModalitaPagamento>MP05</ModalitaPagamento>\n'
            '        <DataScadenzaPagamento>%s</DataScadenzaPagamento>\n        <ImportoPagamento>%.2f</ImportoPagamento>\n        <IstitutoFinanziario>%s</IstitutoFinanziario>\n'
            '        <IBAN>%s</IBAN>\n      </DettaglioPagamento>\n    </DatiPagamento>\n  </FatturaElettronicaBody>\n</p:FatturaElettronica>\n'
            % (cedente['piva'], progressivo, cessionario.get('sdi', '0000000'), cedente['piva'], X(cedente['name']), X(cedente['street']), cedente['cap'],
               X(cedente['comune']), cedente['prov'], cessionario['piva'], X(cessionario['name']), X(cessionario['street']), cessionario['cap'],
               X(cessionario['comune']), cessionario['prov'], data, numero, totale, X(causale), '\n'.join(rows), imponibile, iva, scadenza, totale,
               X(abi_bank), iban)), imponibile, iva, totale


def ksef_fa3(no, date, seller, buyer, lines, account, due):
    net = round(sum(q * p for _, q, p in lines), 2)
    vat = round(net * 0.23 + 1e-9, 2)
    gross = round(net + vat, 2)
    rows = []
    for i, (name, q, p) in enumerate(lines, 1):
        rows.append('    <FaWiersz>\n      <NrWierszaFa>%d</NrWierszaFa>\n      <P_7>%s</P_7>\n      <P_8A>usł.</P_8A>\n      <P_8B>%g</P_8B>\n'
                    '      <P_9A>%.2f</P_9A>\n      <P_11>%.2f</P_11>\n      <P_12>23</P_12>\n    </FaWiersz>' % (i, X(name), q, p, q * p))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">\n  <Naglowek>\n    <KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza>\n'
            '    <WariantFormularza>3</WariantFormularza>\n    <DataWytworzeniaFa>%sT10:02:11Z</DataWytworzeniaFa>\n    <SystemInfo>Comarch ERP Optima</SystemInfo>\n  </Naglowek>\n'
            '  <Podmiot1>\n    <DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>%s</Nazwa></DaneIdentyfikacyjne>\n'
            '    <Adres><KodKraju>PL</KodKraju><AdresL1>%s</AdresL1></Adres>\n  </Podmiot1>\n'
            '  <Podmiot2>\n    <DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>%s</Nazwa></DaneIdentyfikacyjne>\n'
            '    <Adres><KodKraju>PL</KodKraju><AdresL1>%s</AdresL1></Adres>\n    <JST>2</JST>\n    <GV>2</GV>\n  </Podmiot2>\n'
            '  <Fa>\n    <KodWaluty>PLN</KodWaluty>\n    <P_1>%s</P_1>\n    <P_2>%s</P_2>\n    <P_13_1>%.2f</P_13_1>\n    <P_14_1>%.2f</P_14_1>\n'
            '    <P_15>%.2f</P_15>\n    <Adnotacje><P_16>2</P_16><P_17>2</P_17><P_18>2</P_18><P_18A>2</P_18A><Zwolnienie><P_19N>1</P_19N></Zwolnienie>'
            '<NoweSrodkiTransportu><P_22N>1</P_22N></NoweSrodkiTransportu><P_23>2</P_23><PMarzy><P_PMarzyN>1</P_PMarzyN></PMarzy></Adnotacje>\n'
            '    <RodzajFaktury>VAT</RodzajFaktury>\n%s\n    <Platnosc>\n      <TerminPlatnosci><Termin>%s</Termin></TerminPlatnosci>\n'
            '      <FormaPlatnosci>6</FormaPlatnosci>\n      <RachunekBankowy><NrRB>%s</NrRB></RachunekBankowy>\n    </Platnosc>\n  </Fa>\n</Faktura>\n'
            % (date, seller['nip'], X(seller['name']), X(seller['addr']), buyer['nip'], X(buyer['name']), X(buyer['addr']), date, no,
               net, vat, gross, '\n'.join(rows), due, account)), net, vat, gross

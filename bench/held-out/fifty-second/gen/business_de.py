"""Genuine business messages 01-08 (German)."""
import checks as CK
from company import S, P, BANK, iban, bic
from kit import (alt, mixed, plain, related, pdf_att, png_att, qr_png, sig, ol_quote, old_msgid, o365_msgid, VAT)
from mime import attachment
from message import Mail
from util import utc

LIEF_SIG = """Lieferant GmbH
Papier- und Kartonhandel
Einsteinstraße 31 · 89077 Ulm
Tel. +49 731 935 48-%s
%s · www.lieferant-gmbh.de

Lieferant GmbH · Sitz Ulm · Amtsgericht Ulm HRB 72418 · Geschäftsführer: Klaus Wendling"""
LIEF_VAT = CK.de_ustid("14752836")


def build():
    M = []

    # 01 ---------------------------------------------------------------
    body = """Hallo Sabine,

wie gestern in der GF-Runde besprochen: Heidelberg braucht die Anzahlung (30 %%) für die neue Speedmaster CX 104 bis spätestens Freitag, sonst verlieren wir den Montageslot im März und damit die Kapazität für das Ostergeschäft.

Bestellung 4500018610 vom 28.09.2026, die Anzahlungsrechnung AR-2026-04471 über 412.335,00 EUR brutto liegt seit heute früh im Rechnungseingang (DMS). Bankverbindung bitte wie immer aus dem Kreditorenstamm nehmen und nicht aus dem PDF abtippen - Heidelberg ist bei uns seit Jahren angelegt.

Jana, kannst du die Zahlung heute noch im Zahlungsworkflow vorbereiten? Sabine und ich geben dann wie üblich im Vier-Augen-Prinzip frei. Falls etwas unklar ist: ich bin bis 13 Uhr im Haus und ab 19 Uhr wieder auf dem Handy erreichbar.

Danke und Gruß
Matthias

%s""" % sig("ceo", short=True)
    M.append(Mail("01-de-ceo-urgent-deposit-internal", utc(2026, 10, 14, 8, 3, 22), S("ceo"), [S("cfo")],
                  "Dringend: Anzahlung Speedmaster CX 104 - Freigabe bis Freitag",
                  alt(body, "iso-8859-1", "quoted-printable", "outlook", "de"), via="internal",
                  cc=[S("ap"), S("assist")], hcs="iso-8859-1", henc="Q",
                  what="The CEO asks the CFO and accounts payable to prepare and release a 412k EUR press deposit by Friday.",
                  why="Sent by the real CEO through Exchange and the internal relay; refers to an existing PO and an invoice already in the DMS, insists on master-data bank details and the normal four-eyes workflow, offers phone contact - urgent but within process."))

    # 02 ---------------------------------------------------------------
    newib, oldib = iban("lieferant_new"), iban("lieferant_old")
    t = utc(2026, 11, 24, 9, 31, 50)
    body = """Sehr geehrte Frau Weiß,

zum Jahreswechsel bündeln wir unseren Zahlungsverkehr bei der Volksbank Ulm-Biberach. Unsere neue Bankverbindung lautet ab 01.01.2027:

Lieferant GmbH
Volksbank Ulm-Biberach eG
IBAN: %s
BIC: %s

Die bisherige Verbindung bei der Sparkasse Ulm (IBAN %s) bleibt bis 30.06.2027 parallel bestehen. Zahlungen dorthin werden also weiterhin korrekt verbucht, es besteht keine Eile.

Das Schreiben unserer Geschäftsführung mit Originalunterschrift erhalten Sie zusätzlich per Post. Bitte ändern Sie die Stammdaten erst, nachdem Sie die Änderung telefonisch bei uns bestätigt haben - gerne über unsere Zentrale +49 731 935 48-0 oder direkt bei mir. Ich rufe Sie dazu auch in den nächsten Tagen an.

Zur Sicherheit noch ein Hinweis: Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management

%s""" % (newib, bic("lieferant_new"), oldib, LIEF_SIG % ("15", "s.maier@lieferant-gmbh.de"))
    letter = [("Lieferant GmbH · Papier- und Kartonhandel · Einsteinstraße 31 · 89077 Ulm", 8, False), "",
              "Example Group GmbH", "Kreditorenbuchhaltung", "Haunstetter Straße 112", "86161 Augsburg", "",
              "Ulm, 23.11.2026", "", ("Neue Bankverbindung ab 01.01.2027", 13, True), "",
              "Sehr geehrte Damen und Herren,",
              "ab dem 01.01.2027 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:",
              "Volksbank Ulm-Biberach eG · IBAN " + newib + " · BIC " + bic("lieferant_new"), "",
              "Unser bisheriges Konto bei der Sparkasse Ulm (IBAN " + oldib + ") bleibt bis 30.06.2027 bestehen.",
              "Bitte bestätigen Sie die Änderung vor der Umstellung telefonisch unter +49 731 935 48-0.", "",
              "Mit freundlichen Grüßen", "", "Klaus Wendling", "Geschäftsführer", "",
              ("Lieferant GmbH · Sitz Ulm · Amtsgericht Ulm HRB 72418 · USt-IdNr. " + LIEF_VAT, 8, False)]
    M.append(Mail("02-de-supplier-bank-change-genuine", t, P("lieferant", 0), [S("ap")],
                  "Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 - bitte telefonisch bestätigen",
                  mixed(alt(body, "windows-1252", "quoted-printable", "outlook", "de"),
                        pdf_att("Lieferant_GmbH_Bankverbindung_ab_2027.pdf", letter, outlook=True, t=t)),
                  via="o365", cc=[S("proc")], hcs="windows-1252", henc="Q", sys=dict(region="deu"),
                  what="The supplier's key account manager announces a new house bank from 1 January 2027 with a signed letter.",
                  why="From the real lieferant-gmbh.de M365 tenant and the known contact; long lead time, old account stays open six months, original by post, explicitly asks for phone verification via the known switchboard, no request to redirect open invoices."))

    # 03 ---------------------------------------------------------------
    body = """Hallo Frau Schäfer,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Hausarzt. Ich bin bis einschließlich Freitag, 23.10., krankgeschrieben. Die eAU hat die Praxis an die AOK übermittelt, Sie können sie wie gewohnt abrufen.

Die Planung weiß Bescheid, ich habe Herrn Krüger und die Schichtleitung heute um 6 Uhr angerufen. Die Maschinenbelegung für KW 44 liegt fertig im Planungsordner.

Ich schreibe von meiner privaten Adresse, weil mein Dienstlaptop im Büro liegt.

Viele Grüße
Jürgen Schmitt
"""
    M.append(Mail("03-de-sick-leave-from-private-mail", utc(2026, 10, 19, 6, 48, 30),
                  P("schmitt_priv"), [S("hr")], "Krankmeldung Jürgen Schmitt bis 23.10.",
                  plain(body, "UTF-8", "quoted-printable"), via="gmx",
                  what="The production planner reports sick leave from his private GMX address.",
                  why="Real colleague's long-standing private mailbox via GMX's own servers; informational only (eAU is retrieved from the health insurer), no link, no attachment, no request for money or data changes."))

    # 04 ---------------------------------------------------------------
    t = utc(2026, 11, 12, 14, 10, 4)
    pos1 = round(174.60 * 98.40, 2)
    net = round(pos1 + 153.00 + 654.24, 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)

    def eur(x):
        return ("%.2f" % x).replace(".", ",")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11204 zu Ihrer Bestellung 4500018842 (Lieferung vom 12.11.2026) als E-Rechnung im Format ZUGFeRD 2.3 (Profil EN 16931). Die strukturierten Rechnungsdaten sind in die PDF-Datei eingebettet und zusätzlich als XML-Datei beigefügt.

Rechnungsbetrag: %s EUR
Fällig: 12.12.2026 (2 %% Skonto bei Zahlung bis 22.11.2026)

Unsere Bankverbindung ist unverändert: Sparkasse Ulm, IBAN %s.

Mit freundlichen Grüßen
Buchhaltung

%s""" % (eur(gross), iban("lieferant_old"), LIEF_SIG % ("40", "rechnungen@lieferant-gmbh.de"))
    inv = [("Lieferant GmbH · Papier- und Kartonhandel · Einsteinstraße 31 · 89077 Ulm", 8, False), "",
           "Example Group GmbH", "Rechnungseingang", "Haunstetter Straße 112", "86161 Augsburg", "",
           ("Rechnung RE-2026-11204", 14, True),
           "Rechnungsdatum: 12.11.2026   Lieferdatum: 12.11.2026   Ihre Bestellung: 4500018842   Kunden-Nr.: 10447", "",
           "Pos  Artikel                                       Menge        Preis/100 kg     Betrag",
           "1    GC1 Faltschachtelkarton 350 g/m², 70 x 100 SB   18 Pal. / 17.460 kg   98,40 EUR    %s EUR" % eur(pos1),
           "2    Palettenpfand EUR-Paletten                    18 Stk.      8,50 EUR         153,00 EUR",
           "3    Frachtkostenanteil Anlieferung Augsburg        1            654,24 EUR       654,24 EUR", "",
           "Nettobetrag: %s EUR" % eur(net), "USt 19 %%: %s EUR" % eur(vat), ("Rechnungsbetrag: %s EUR" % eur(gross), 11, True), "",
           "Zahlbar bis 12.12.2026 netto, bei Zahlung bis 22.11.2026 abzüglich 2 % Skonto.",
           "Bankverbindung: Sparkasse Ulm · IBAN " + iban("lieferant_old") + " · BIC " + bic("lieferant_old"),
           "USt-IdNr. " + LIEF_VAT + " · Ihre USt-IdNr. " + VAT["DE"],
           "FSC®-zertifiziert: Lieferant GmbH, FSC-C148273 · FSC Mix Credit"]
    xml = ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>RE-2026-11204</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261112</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500018842</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">%.2f</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (LIEF_VAT, VAT["DE"], BANK["lieferant_old"][2], net, vat, gross, gross)).encode()
    M.append(Mail("04-de-supplier-einvoice-zugferd", t, P("lieferant", 2),
                  [("Rechnungseingang Example Group", "rechnungseingang@example.com")],
                  "Rechnung RE-2026-11204 zu Ihrer Bestellung 4500018842",
                  mixed(alt(body, "iso-8859-1", "quoted-printable", "outlook", "de"),
                        pdf_att("RE-2026-11204.pdf", inv, outlook=True, t=t, creator="Lieferant ERP / ZUGFeRD-Export",
                                producer="PDFlib+PDI 10.0.2"),
                        attachment(xml, "text/xml", "factur-x.xml", desc=True)),
                  via="o365", hcs="iso-8859-1", henc="Q", sys=dict(region="deu"),
                  what="Supplier e-invoice (ZUGFeRD PDF plus CII XML) for the board delivered against PO 4500018842.",
                  why="From Lieferant's own M365 tenant to the invoice inbox, matches a real PO and delivery, unchanged known bank account, structured XML with valid IBAN and VAT IDs."))

    # 05 ---------------------------------------------------------------
    qurl = "https://intranet.example.com/it/anleitungen/mfa-zahlenabgleich"
    body = """Liebe Kolleginnen und Kollegen,

am Dienstag, 27.10.2026, stellen wir die Anmeldung mit dem Microsoft Authenticator auf den sogenannten Zahlenabgleich um. Statt nur auf "Genehmigen" zu tippen, geben Sie künftig die zweistellige Zahl ein, die beim Anmelden am Bildschirm angezeigt wird.

Was Sie tun müssen: nichts. Eine Neuregistrierung der App ist NICHT erforderlich, Ihr Konto bleibt unverändert.

Die bebilderte Anleitung finden Sie im Intranet unter IT > Anleitungen > MFA-Zahlenabgleich. Der QR-Code unten führt ebenfalls direkt dorthin (nur im Firmennetz/VPN erreichbar):
%s

Bitte beachten Sie: Die IT wird Sie niemals per E-Mail, Teams oder Telefon nach Ihrem Passwort oder einem Bestätigungscode fragen oder Sie auffordern, einen QR-Code zur Anmeldung zu scannen. Erhalten Sie eine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, lehnen Sie sie ab und melden Sie sich beim Servicedesk (Durchwahl -444).

Viele Grüße
Thomas Groß
Leiter IT

%s""" % (qurl, sig("ithead"))
    html_body = body.replace("\n", "<br>\n").replace(qurl, '<a href="%s">%s</a><br><img src="cid:image001.png@01DD63A1.5B2C9E10" width="150" height="150" alt="QR-Code Intranet">' % (qurl, qurl))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body lang="DE"><div class="WordSection1"><p class="MsoNormal" style="font-family:Aptos,sans-serif;font-size:11pt">%s</p></div></body></html>\n'
            % html_body.replace("ß", "&szlig;").replace("ü", "&uuml;").replace("ä", "&auml;").replace("ö", "&ouml;"))
    M.append(Mail("05-de-it-notice-mfa-number-matching-qr", utc(2026, 10, 19, 12, 30, 0), S("ithead"),
                  [("Alle Mitarbeitenden Example Group", "alle@example.com")],
                  "IT-Info: Microsoft Authenticator wird am 27.10. auf Zahlenabgleich umgestellt",
                  related(alt(body, "iso-8859-1", "quoted-printable", html=html),
                          png_att("image001.png", qr_png(qurl), inline=True, cid="image001.png@01DD63A1.5B2C9E10")),
                  via="internal", rcpt=S("assist")[1], hcs="iso-8859-1", henc="Q",
                  what="Internal IT notice about MFA number matching with a QR code pointing to the intranet guide.",
                  why="From the head of IT via Exchange/internal relay to the all-staff list; states that no re-registration is needed, QR code points to intranet.example.com, and warns never to scan QR codes or share codes by mail."))
    M[-1].qr = qurl

    # 06 ---------------------------------------------------------------
    body = """Sehr geehrte Frau Neumann,

leider müssen wir die Ausgabe 11/2026 von "Garten & Leben" (Auflage 48.000 Ex., ausgeliefert am 02.11.) reklamieren:

1. Titel: Gegenüber dem freigegebenen Proof (Fogra51) zeigt der Umschlag einen deutlichen Magentastich, besonders in den Hauttönen des Titelmotivs. Unsere Messung an 10 Exemplaren ergibt ein Delta E von 5 bis 7 in den Kontrollfeldern.
2. Heftung: Bei rund 2.300 Exemplaren (Paletten 14 bis 16) sitzen die Rückstichklammern lose, die Hefte fallen beim Aufschlagen auseinander. Der Vertrieb hat bereits Reklamationen aus dem Bahnhofsbuchhandel erhalten.

Wir bitten um eine schriftliche Stellungnahme bis zum 13.11.2026 sowie um einen Vorschlag für eine Gutschrift. Für die Dezemberausgabe (Druckunterlagen am 16.11.) bitten wir um einen Andruck mit unserer Herstellung vor Ort.

Fotos der betroffenen Exemplare und die Messprotokolle sende ich Ihnen separat über unseren Datenraum; Herr Schmitt hat die Zugangsdaten bereits von unserer IT bekommen.

Mit freundlichen Grüßen

Ralf Hartmann
Herstellungsleiter
Verlag Sonnental GmbH
Leopoldstraße 212 · 80804 München
Tel. +49 89 3801 29-40
"""
    M.append(Mail("06-de-customer-complaint-magazine", utc(2026, 11, 5, 10, 15, 41), P("sonnental"), [S("kam")],
                  "Reklamation Garten & Leben 11/2026 - Farbabweichung Titel und Heftung",
                  alt(body, "iso-8859-15", "quoted-printable", "outlook", "de"), via="onprem", cc=[S("prod")],
                  hcs="iso-8859-15", henc="Q",
                  sys=dict(ex=("EXCH01.sonnental.local", "192.168.40.11"), helo="mail.sonnental-verlag.de",
                           rdns="mail.sonnental-verlag.de", ip="217.110.45.130"),
                  what="Magazine customer complains about colour deviation and loose stitching in an issue and asks for a credit note.",
                  why="Known customer contact from the publisher's own Exchange server; concrete production details, no links or attachments, asks for the normal complaint process - angry but legitimate."))

    # 07 ---------------------------------------------------------------
    b = iban("brandt")
    body = """Hallo Frau Neumann,

in der Oktoberausgabe von "Garten & Leben" ist auf Seite 34 mein Foto vom Staudenbeet (aus der Produktion im August) erschienen, leider ohne Bildnachweis. Online fehlt der Credit ebenfalls.

Laut unserem Rahmenvertrag wird bei fehlender Urhebernennung ein Aufschlag von 50 % auf das Nutzungshonorar fällig. Ich habe das mal ganz entspannt mit 180,00 EUR netto angesetzt, die Rechnung hängt an. Wenn Sie den Credit online noch nachtragen könnten, wäre das super.

Nichts für ungut, kann ja mal passieren. Für die Dezemberausgabe bin ich übrigens ab 10.11. wieder verfügbar.

Viele Grüße
Tobias Brandt

Tobias Brandt Fotografie
Schertlinstraße 19, 86159 Augsburg
Mobil 0170 4418 276
"""
    pdfb = [("Tobias Brandt Fotografie", 14, True), "Schertlinstraße 19 · 86159 Augsburg · Steuernummer 103/245/60817", "",
            "Example Group GmbH", "Redaktion Garten & Leben", "Haunstetter Straße 112", "86161 Augsburg", "",
            ("Rechnung Nr. 2026-087", 12, True), "Datum: 21.10.2026", "",
            "Aufschlag fehlende Urhebernennung gem. Rahmenvertrag § 6 Abs. 3,", "Garten & Leben 10/2026, S. 34, Motiv 'Staudenbeet' (Print + Online)",
            "Netto: 180,00 EUR", "USt 7 %: 12,60 EUR", ("Gesamt: 192,60 EUR", 11, True), "",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:", "GLS Bank · IBAN " + b + " · BIC " + bic("brandt")]
    M.append(Mail("07-de-photographer-missing-credit-invoice", utc(2026, 10, 21, 15, 22, 9), P("brandt"), [S("kam")],
                  "Bildnachweis fehlt - Garten & Leben 10/2026, S. 34 / Rechnung 2026-087",
                  mixed(plain(body, "UTF-8", "quoted-printable"),
                        pdf_att("Rechnung_2026-087_Brandt.pdf", pdfb, creator="LibreOffice Writer", producer="LibreOffice 24.8")),
                  via="gmx",
                  what="Freelance photographer points out a missing photo credit and sends a small invoice per the framework contract.",
                  why="Known freelancer's GMX address, friendly tone, refers to the existing framework contract, modest amount, ordinary PDF invoice with his German bank account; no password archive or legal threats (contrast with attack 07)."))

    # 08 ---------------------------------------------------------------
    prev_t = utc(2026, 11, 2, 13, 21, 0)
    prev = """Hallo Frau Lang,

anbei unsere Bestellung 4500018842 über 18 Paletten GC1 350 g/m², Format 70 x 100 cm, Laufrichtung Schmalbahn. Liefertermin wie besprochen KW 46, Anlieferung Werk Augsburg, Rampe 3.

Bitte senden Sie uns die Auftragsbestätigung.

""" + sig("proc", short=True)
    t = utc(2026, 11, 2, 14, 6, 12)
    body = """Hallo Herr Krüger,

vielen Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung AB-2026-20917.

Liefertermin: Donnerstag, 12.11.2026 (KW 46), Anlieferung 7 bis 10 Uhr, Werk Augsburg, Rampe 3. Die Ware kommt direkt ab Werk Baienfurt, der Spediteur avisiert sich am Vortag telefonisch bei Ihrer Warenannahme.

Freundliche Grüße

Petra Lang
Vertriebsinnendienst

%s""" % (LIEF_SIG % ("22", "p.lang@lieferant-gmbh.de")) + ol_quote(
        "de", S("proc"), prev_t, [("Petra Lang", "p.lang@lieferant-gmbh.de")],
        "Bestellung 4500018842 – GC1 350 g/m², 70 x 100, 18 Paletten", prev)
    ab = [("Lieferant GmbH · Papier- und Kartonhandel · Einsteinstraße 31 · 89077 Ulm", 8, False), "",
          "Example Group GmbH", "Einkauf", "Haunstetter Straße 112", "86161 Augsburg", "",
          ("Auftragsbestätigung AB-2026-20917", 14, True), "Datum: 02.11.2026   Ihre Bestellung: 4500018842 vom 02.11.2026", "",
          "Pos 1  GC1 Faltschachtelkarton 350 g/m², 70 x 100 cm, Schmalbahn, 18 Paletten (ca. 17.460 kg)",
          "       Preis: 98,40 EUR / 100 kg, frei Haus Augsburg", "",
          "Liefertermin: 12.11.2026, Anlieferung 7-10 Uhr, Rampe 3",
          "Zahlungsbedingungen: 30 Tage netto, 10 Tage 2 % Skonto", "",
          "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen."]
    irt = old_msgid("A08-prev")
    M.append(Mail("08-de-supplier-order-confirmation-thread", t, P("lieferant", 1), [S("proc")],
                  "AW: Bestellung 4500018842 – GC1 350 g/m², 70 x 100, 18 Paletten",
                  mixed(alt(body, "utf-8", "quoted-printable", "outlook", "de"),
                        pdf_att("AB-2026-20917.pdf", ab, outlook=True, t=t, creator="Lieferant ERP", producer="PDFlib+PDI 10.0.2")),
                  via="o365", irt=irt, refs=irt, sys=dict(region="deu", thread_depth=1),
                  what="Supplier's order desk replies in the order thread with the order confirmation PDF.",
                  why="Real contact from Lieferant's M365 tenant during office hours, content matches the quoted order, PDF attached directly, no links."))
    return M

"""Genuine business messages 01-08 (German)."""

from dsl import *  # noqa: F401,F403

M = A("business")
_old = iban_fmt(BANK["lief_old"])
_new = iban_fmt(BANK["lief_new"])

# ---------------------------------------------------------------- 01 e-invoice from Lieferant GmbH (PDF + CII XML)
_inv01 = pdf.make_pdf([
    "# Lieferant GmbH", "Formstoffe - Speiser - Filter fuer Giessereien", "Industriestrasse 14, 58285 Gevelsberg", "---",
    "Example Group GmbH, Kreditorenbuchhaltung, Am Hammerwerk 5, 58089 Hagen", "",
    "# Rechnung RE-2026-12118", "Rechnungsdatum: 04.11.2026    Kunden-Nr.: 10447    Ihre Bestellung: 4500019372",
    "Lieferschein: LS-2026-20931 vom 02.11.2026", "---",
    "Pos  Artikel                                   Menge      Preis        Betrag",
    "1    Bentonit-Mischung GK 40, Big Bag             24 t    312,00 EUR   7.488,00 EUR",
    "2    Exotherme Speiser EK 80/120                 600 St     4,85 EUR   2.910,00 EUR",
    "3    Keramikschaumfilter SiC 100x100x22 20ppi  2.000 St     1,07 EUR   2.140,00 EUR", "---",
    "Nettobetrag                                                        12.538,00 EUR",
    "USt 19 %                                                            2.382,22 EUR",
    "Rechnungsbetrag                                                    14.920,22 EUR", "",
    "Zahlbar bis 04.12.2026 ohne Abzug, oder bis 18.11.2026 mit 2 % Skonto.",
    "Bankverbindung: Sparkasse Gevelsberg-Wetter, IBAN " + _old + ", BIC WELADED1GEV",
    "---", "Lieferant GmbH, Amtsgericht Hagen HRB 4417, USt-IdNr. " + VAT["lief"] + ", Geschaeftsfuehrer Ralf Kuerten"],
    title="Rechnung RE-2026-12118", author="Lieferant GmbH", creator="proALPHA ERP", producer="PDFlib+PDI 10.0.1 (Win64)",
    created="D:20261104061512+01'00'")
_xml01 = ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>RE-2026-12118</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261104</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500019372</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>12538.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">2382.22</ram:TaxTotalAmount><ram:GrandTotalAmount>14920.22</ram:GrandTotalAmount><ram:DuePayableAmount>14920.22</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (VAT["lief"], VAT["example_de"], BANK["lief_old"])).encode("utf-8")
_body01 = dedent("""
    Sehr geehrte Damen und Herren,

    anbei erhalten Sie unsere Rechnung RE-2026-12118 vom 04.11.2026 über 14.920,22 € als E-Rechnung im Format ZUGFeRD/Factur-X (Profil EN 16931). Die strukturierten Rechnungsdaten liegen zusätzlich als XML-Datei (UN/CEFACT CII) bei.

    Bitte beachten Sie, dass ausschließlich die XML-Datei das rechtsverbindliche Rechnungsdokument ist.

    Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter +49 2332 5580-240.

    Diese E-Mail wurde automatisch erstellt.

    Mit freundlichen Grüßen
    Lieferant GmbH – Buchhaltung
    """)
M(1, "de", "lieferant-e-rechnung-zugferd",
  LIEF["buha"], STAFF["ap2"],
  "Rechnung RE-2026-12118 vom 04.11.2026 - Kd.-Nr. 10447", "2026-11-04 06:15:40",
  P(infra.exo, region="eurprd03", lang="de-DE", automated=True),
  mixed(text(_body01, "iso-8859-15", "quoted-printable"),
        attach(_inv01, "application/pdf", "RE-2026-12118.pdf"),
        attach(_xml01, "text/xml", "RE-2026-12118_xrechnung.xml", charset="UTF-8")),
  hcs="iso-8859-15", henc="Q",
  what="Automatic e-invoice (ZUGFeRD PDF + CII XML) from the known supplier's billing address for consumables",
  why="Known supplier domain and its Microsoft 365 tenant, matches PO and delivery note, usual IBAN, e-invoice as real XML (no login, no HTML viewer)",
  pair=([4, 2], "e-invoice / supplier invoice arriving by e-mail", "real structured XML invoice from the supplier's own domain and tenant; no viewer, no login, unchanged bank account"))

# ---------------------------------------------------------------- 02 genuine bank change due to Sparkasse merger
_pdf02 = pdf.make_pdf([
    "# Lieferant GmbH", "Industriestrasse 14, 58285 Gevelsberg", "---",
    "Example Group GmbH", "Kreditorenbuchhaltung", "Am Hammerwerk 5", "58089 Hagen", "",
    "Gevelsberg, 07.12.2026", "", "# Aenderung unserer Bankverbindung zum 01.01.2027", "",
    "Sehr geehrte Damen und Herren,", "",
    "durch die Fusion der Sparkasse Gevelsberg-Wetter mit der Sparkasse HagenHerdecke aendert sich",
    "unsere Bankverbindung zum 01.01.2027. Kontoinhaber und Bank bleiben im Kern unveraendert:", "",
    "bisher:  IBAN " + _old + "   BIC WELADED1GEV",
    "neu:     IBAN " + _new + "   BIC WELADE3HXXX", "",
    "Zahlungen auf die bisherige IBAN werden bis zum 31.03.2027 automatisch weitergeleitet.",
    "Bitte verifizieren Sie diese Aenderung wie gewohnt telefonisch bei Ihrer Ansprechpartnerin",
    "unter der Ihnen bekannten Rufnummer. Dieses Schreiben erhalten Sie zusaetzlich per Post.", "",
    "Mit freundlichen Gruessen", "", "i. A. Petra Lang, Leiterin Finanzbuchhaltung", "---",
    "Amtsgericht Hagen HRB 4417 - USt-IdNr. " + VAT["lief"]],
    title="Bankverbindung 2027", author="Petra Lang", creator="Microsoft Word fuer Microsoft 365",
    producer="Microsoft Word fuer Microsoft 365", created="D:20261207094411+01'00'")
_body02 = dedent("""
    Sehr geehrte Frau Weiß,

    wie bereits telefonisch mit Ihnen besprochen: Durch die Fusion der Sparkasse Gevelsberg-Wetter mit der Sparkasse HagenHerdecke ändert sich unsere IBAN zum 01.01.2027. Kontoinhaber bleibt selbstverständlich die Lieferant GmbH.

    bisher: %s
    neu ab 01.01.2027: %s

    Zahlungen auf die alte IBAN werden bis zum 31.03.2027 von der Sparkasse automatisch weitergeleitet, es besteht also kein Handlungsdruck. Das offizielle Schreiben liegt bei und geht Ihnen zusätzlich per Post zu.

    Bitte verifizieren Sie die Änderung wie gewohnt telefonisch unter der Ihnen bekannten Nummer (02332 5580-240). Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen.

    Mit freundlichen Grüßen

    Petra Lang
    Leiterin Finanzbuchhaltung
    Lieferant GmbH
    Industriestraße 14 · 58285 Gevelsberg
    """) % (_old, _new)
M(2, "de", "lieferant-bankverbindung-fusion",
  LIEF["lang"], STAFF["ap1"],
  "Neue Bankverbindung ab 01.01.2027 (Sparkassenfusion)", "2026-12-07 09:52:18",
  P(infra.exo, region="eurprd03", lang="de-DE", has_attach=True),
  mixed(alt(text(_body02, "iso-8859-1", "quoted-printable"),
            html(html_outlook(_body02, "DE", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
        attach(_pdf02, "application/pdf", "Bankverbindung_Lieferant_GmbH_2027.pdf")),
  cc=[STAFF["buy"]], hcs="iso-8859-1", henc="Q",
  what="Known supplier's head of accounts announces a new IBAN from 01.01.2027 because two Sparkassen merge; letter attached",
  why="Real supplier domain and Microsoft 365 tenant, agreed by phone beforehand, same account holder and a German Sparkasse, long transition with forwarding, asks for phone verification via the known number, letter also by post",
  pair=([2, 25, 29, 40], "supplier announces new bank details with a PDF letter", "genuine domain and infrastructure, no urgency, domestic bank of the same holder, explicit phone verification through known number"))

# ---------------------------------------------------------------- 03 CEO's genuine urgent payment request via internal relay
_body03 = dedent("""
    Hallo Sabine,

    Künkel hat eben angerufen: Die Anzahlung für die neue Formanlage (30 % laut Vertrag vom 12.08.2026, Bestellung 4500018823, 187.425,00 EUR) ist seit Montag fällig. Die Rechnung liegt seit letzter Woche bei Jana im Workflow und ist sachlich von Herrn Groß freigegeben.

    Wenn das Geld nicht bis Freitag bei Künkel ist, verschieben sie die Montage aus den Weihnachts-Betriebsferien in den Februar, das wäre für uns ein Desaster. Kannst Du die Zahlung bitte heute noch in den Zahlungslauf nehmen, ganz normal mit Vier-Augen-Freigabe und der Bankverbindung aus dem Kreditorenstamm?

    Ich bin bis 17 Uhr im Werk 2, ruf mich gern an, falls noch etwas fehlt (Mobil wie immer).

    Danke und Gruß
    Matthias

    --
    Dr. Matthias Brückner
    Geschäftsführer / CEO
    Example Group GmbH
    Am Hammerwerk 5 · 58089 Hagen
    """)
M(3, "de", "ceo-dringende-anzahlung-intern",
  STAFF["ceo"], STAFF["cfo"],
  "Dringend: Anzahlung Künkel Formanlage heute noch in den Zahlungslauf", "2026-12-09 10:12:37",
  P(infra.internal, topic="Dringend: Anzahlung Künkel Formanlage heute noch in den Zahlungslauf", client_ip="10.20.31.18"),
  alt(text(_body03, "iso-8859-1", "quoted-printable"),
      html(html_outlook(_body03, "DE", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
  cc=[STAFF["asst"], STAFF["ap1"]], hcs="iso-8859-1", henc="Q",
  what="CEO asks the CFO to include an overdue 30 % down payment for a moulding line in today's payment run",
  why="Internal mail via Exchange and mail-int01; refers to a signed contract, PO in the ERP, invoice already in the approval workflow; explicitly uses the normal four-eyes approval and master-data bank account; invites a phone call; AP in Cc",
  pair=([1, 9, 28], "urgent payment request from the CEO", "comes from the internal relay with Exchange hops, known vendor and PO, normal controls kept, phone contact offered, no secrecy"))

# ---------------------------------------------------------------- 04 supplier's urgent dunning with supply stop
_body04 = dedent("""
    Sehr geehrter Herr Groß,

    leider sind die folgenden Rechnungen trotz unserer Zahlungserinnerung vom 02.11. und der Mahnung vom 12.11. weiterhin offen:

    RE-2026-10552 vom 01.10.2026   16.204,10 EUR   fällig 31.10.2026
    RE-2026-10617 vom 06.10.2026   11.214,26 EUR   fällig 05.11.2026
    Summe                           27.418,36 EUR

    Unser Kreditversicherer hat das Limit für die Example Group GmbH wegen der Überfälligkeit eingefroren. Sollte bis Donnerstag, 26.11.2026, kein Zahlungseingang auf unserem Ihnen bekannten Konto bei der Sparkasse Gevelsberg-Wetter erfolgen, müssen wir die Auslieferung weiterer Bestellungen (Bentonit, Speiser) bis zum Ausgleich leider zurückstellen.

    Mir ist klar, dass das kurz vor dem Jahresendgeschäft für beide Seiten unangenehm ist. Falls es Klärungsbedarf zu einzelnen Positionen gibt (Reklamation Filterlieferung?), rufen Sie mich bitte direkt an, dann finden wir eine Lösung.

    Mit freundlichen Grüßen

    Stefan Maier
    Vertrieb Gießereibedarf
    Lieferant GmbH
    Tel. +49 2332 5580-115 · Mobil +49 171 4471 229
    """)
M(4, "de", "lieferant-mahnung-liefersperre",
  LIEF["maier"], STAFF["buy"],
  "AW: Offene Posten Example Group – Liefersperre ab 26.11.2026", "2026-11-23 14:05:51",
  P(infra.exo, region="eurprd03", lang="de-DE"),
  alt(text(_body04, "windows-1252", "quoted-printable"),
      html(html_outlook(_body04, "DE", charset="windows-1252"), "windows-1252", "quoted-printable")),
  cc=[STAFF["ap1"]], hcs="windows-1252", henc="Q",
  in_reply_to="<3c8e0a9f7b2d4a61b5e4c0d9f1a2b3c4@example.com>", references="<3c8e0a9f7b2d4a61b5e4c0d9f1a2b3c4@example.com>",
  what="Supplier's sales rep escalates overdue invoices and threatens to hold deliveries from Thursday",
  why="Real supplier domain/tenant, reply in an existing thread, refers to previous reminders and credit insurer, payment to the account already known, offers a phone call - pressure without any change of bank details",
  pair=([17, 25], "payment pressure from a supplier", "no new account, previous dunning steps referenced, phone contact, genuine sender infrastructure"))

# ---------------------------------------------------------------- 05 sick note from private GMX address
_body05 = dedent("""
    Hallo Frau Neumann,

    ich bin seit heute Nacht mit Fieber und Magen-Darm flach und war heute früh beim Hausarzt. Ich bin bis einschließlich Freitag krankgeschrieben, die Krankmeldung liegt bei der Krankenkasse (eAU), der Arzt hat sie schon übermittelt.

    Ich schreibe von privat, weil ich den Laptop im Büro gelassen habe. Frau Schäfer weiß Bescheid und übernimmt die Zahlungsvorschläge für diese Woche.

    Viele Grüße
    Jana Weiß
    """)
M(5, "de", "krankmeldung-privatmail-gmx",
  PRIVATE["ap1"], STAFF["hr"],
  "Krankmeldung Jana Weiß bis Freitag", "2026-11-16 07:48:13",
  P(infra.gmx, brand="gmx", client_ip="84.150.23.17"),
  text(_body05, "UTF-8", "quoted-printable", quote_charset=False),
  cc=[STAFF["ap2"]], hcs="UTF-8", henc="Q",
  what="Employee tells HR from her private GMX address that she is on sick leave until Friday",
  why="Ordinary sick note: no request for money or data changes, the eAU goes via the health insurer, colleague in Cc, residential German IP on GMX webmail",
  pair=([5], "employee writing to HR from a private freemail address", "information only (eAU via insurer), nothing to change or pay, colleague copied"))

# ---------------------------------------------------------------- 06 genuine Microsoft security-info notification
_body06 = dedent("""
    Sicherheitsinformationen wurden geändert

    Für das Konto ka*****@example.com wurden die folgenden Sicherheitsinformationen hinzugefügt:

    Microsoft Authenticator: iPhone 15

    Wenn Sie diese Änderung vorgenommen haben, ist alles in Ordnung. Wenn nicht, wenden Sie sich bitte umgehend an Ihren Administrator.

    Ihre Sicherheitsinformationen überprüfen: https://mysignins.microsoft.com/security-info

    Vielen Dank!
    Das Microsoft-Kontoteam

    Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    """)
_html06 = notice_html(
    "Sicherheitsinformationen wurden geändert",
    ["Für das Konto <b>ka*****@example.com</b> wurden die folgenden Sicherheitsinformationen hinzugefügt:",
     "Microsoft Authenticator: iPhone 15",
     "Wenn Sie diese Änderung vorgenommen haben, ist alles in Ordnung. Wenn nicht, wenden Sie sich bitte umgehend an Ihren Administrator."],
    "Sicherheitsinformationen überprüfen", "https://mysignins.microsoft.com/security-info",
    '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzbestimmungen</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
    color="#2f2f2f", logo_text="Microsoft", lang="de")
M(6, "de", "microsoft-sicherheitsinfo-geaendert",
  ("Microsoft im Auftrag von Example Group", "MSSecurity-noreply@microsoft.com"), STAFF["asst"],
  "Ihre Sicherheitsinformationen wurden geändert", "2026-10-19 15:22:06",
  P(infra.exo, region="eurprd05", lang="de-DE", automated=True, tenant_domain="microsoft.com"),
  alt(text(_body06, "utf-8", "quoted-printable"), html(_html06, "utf-8", "quoted-printable")),
  hcs="utf-8", henc="Q",
  what="Microsoft Entra notification that the Authenticator app was added to the user's account (after IT's MFA roll-out)",
  why="Sent by Microsoft's own infrastructure from microsoft.com, informative only, links to mysignins.microsoft.com, masked address, no QR and no deadline; matches the IT-driven Authenticator roll-out",
  pair=([6], "Microsoft 365 MFA / Authenticator registration", "real Microsoft sender and links, informational, no QR code, no deadline"))

# ---------------------------------------------------------------- 07 subscribed trade newsletter via Brevo
_nl07 = "https://r.newsletter.metallguss-aktuell.de/mk/cl/f/sh/WyQ8mT3kPz1LsN0b/"
_plain07 = dedent("""
    Metallguss Aktuell – Ausgabe 47/2026

    1) LME Aluminium: Preis zieht auf 2.640 USD/t an – Sekundärlegierungen AlSi9Cu3 bleiben knapp
    2) CBAM: Erste Jahreserklärung für 2026 bis 30.09.2027 – was Gießereien jetzt vorbereiten müssen
    3) GIFA 2027: Ausstelleranmeldung endet am 15. Dezember
    4) Energie: Strompreiskompensation 2026 – Antragsfenster der DEHSt öffnet im Januar

    Alle Artikel lesen: %s

    Sie erhalten diesen Newsletter, weil Sie sich mit daniel.krueger@example.com angemeldet haben.
    Abmelden: https://r.newsletter.metallguss-aktuell.de/mk/un/v2/sh/WyQ8mT3kPz1LsN0b
    Metallguss Aktuell · Fachverlag Ruhrguss GmbH · Rheinlanddamm 12 · 44139 Dortmund
    """) % _nl07
_html07 = notice_html(
    "Metallguss Aktuell – Ausgabe 47/2026",
    ["<b>LME Aluminium:</b> Preis zieht auf 2.640 USD/t an – Sekundärlegierungen AlSi9Cu3 bleiben knapp.",
     "<b>CBAM:</b> Erste Jahreserklärung für 2026 bis 30.09.2027 – was Gießereien jetzt vorbereiten müssen.",
     "<b>GIFA 2027:</b> Ausstelleranmeldung endet am 15. Dezember.",
     "<b>Energie:</b> Strompreiskompensation 2026 – Antragsfenster der DEHSt öffnet im Januar."],
    "Alle Artikel lesen", _nl07,
    'Sie erhalten diesen Newsletter, weil Sie sich mit daniel.krueger@example.com angemeldet haben. '
    '<a href="https://r.newsletter.metallguss-aktuell.de/mk/un/v2/sh/WyQ8mT3kPz1LsN0b">Abmelden</a><br>'
    'Metallguss Aktuell &middot; Fachverlag Ruhrguss GmbH &middot; Rheinlanddamm 12 &middot; 44139 Dortmund',
    color="#7a1f1f", logo_text="Metallguss Aktuell", lang="de")
M(7, "de", "newsletter-metallguss-aktuell",
  CORR["mga"], STAFF["sales"],
  "Metallguss Aktuell 47/2026: Aluminiumpreis, CBAM-Jahreserklärung, GIFA 2027", "2026-11-19 07:00:00",
  P(infra.brevo),
  alt(text(_plain07, "utf-8", "quoted-printable"), html(_html07, "utf-8", "quoted-printable")),
  list_unsub="<https://r.newsletter.metallguss-aktuell.de/mk/un/v2/sh/WyQ8mT3kPz1LsN0b>, <mailto:unsubscribe@newsletter.metallguss-aktuell.de?subject=unsubscribe>",
  list_unsub_post=True, hcs="utf-8", henc="Q",
  what="Subscribed trade newsletter (aluminium prices, CBAM, GIFA) sent through Brevo",
  why="Opt-in newsletter of a trade publisher on its own domain, List-Unsubscribe with one-click, tracking links of its own newsletter subdomain, informational content, no login or payment",
  pair=([3, 16], "CBAM topic / bulk ESP (Brevo) with tracking links", "subscribed publisher on its own domain, List-Unsubscribe, asks for nothing"))

# ---------------------------------------------------------------- 08 internal IT notice: no Teams calls / Quick Assist
_body08 = dedent("""
    Liebe Kolleginnen und Kollegen,

    seit gestern beobachten wir wieder gezielte "Spam-Wellen" auf einzelne Postfächer: Innerhalb kurzer Zeit kommen hunderte Newsletter-Anmeldungen an. Kurz danach meldet sich ein angeblicher IT-Support über Microsoft Teams (externer Chat, z. B. "IT Help Desk" oder "Servicedesk") und bietet Hilfe an.

    Bitte beachten Sie:
    - Die IT von Example Group ruft Sie nie unaufgefordert über Teams an und bittet Sie nie, "Remotehilfe" (Quick Assist), AnyDesk oder ähnliche Programme zu starten.
    - Externe Teams-Chats sind mit "Extern" gekennzeichnet. Nehmen Sie solche Anfragen nicht an.
    - Wenn Ihr Postfach mit Spam geflutet wird: einfach melden unter Durchwahl -444 oder über das Ticketsystem. Wir bereinigen das zentral.

    Die Spamfilter-Regeln für die betroffenen Postfächer haben wir bereits angepasst.

    Viele Grüße
    Frank Oberländer
    Leiter IT
    Example Group GmbH · Durchwahl -400
    """)
M(8, "de", "it-hinweis-teams-quickassist",
  STAFF["it"], ("Alle Mitarbeitenden Hagen", "alle-hagen@example.com"),
  "Achtung: gefälschte IT-Anrufe über Teams nach Spam-Wellen", "2026-12-02 11:40:02",
  P(infra.internal, topic="Achtung: gefälschte IT-Anrufe über Teams nach Spam-Wellen", client_ip="10.20.8.14"),
  alt(text(_body08, "iso-8859-1", "quoted-printable"),
      html(html_outlook(_body08, "DE", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
  hcs="iso-8859-1", henc="Q",
  what="Head of IT warns all Hagen staff about spam waves followed by fake Teams help-desk calls",
  why="Internal notice via Exchange and mail-int01 from the real head of IT to the internal distribution list; asks users to do nothing except call the known extension",
  pair=([8, 39], "IT help desk, spam wave, Teams, remote assistance", "internal relay and Exchange hops, warns against exactly what the attacks ask for, no action beyond calling the known extension"))

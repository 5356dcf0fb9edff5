"""Genuine business messages, German (01-08)."""
import systems as S
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Att, Multi, st, co, pdf_att, hexid, alnum)

LANG = "de"
LG_SIG = """Lieferant GmbH
Carl-Bertelsmann-Str. 112 · 33332 Gütersloh
Tel. +49 5241 9870-0 · www.lieferant-gmbh.de
Geschäftsführer: %s · %s · USt-IdNr. %s""" % (FX.LG_GF, FX.LG_HRB, FX.LG_VAT)


def _xrechnung():
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-11002</cbc:ID>
  <cbc:IssueDate>2026-10-01</cbc:IssueDate>
  <cbc:DueDate>2026-10-31</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>4500018734</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Agrartechnik GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-11002</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>%s</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1499.10</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">7890.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">7890.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">9389.10</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">9389.10</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</ubl:Invoice>
""" % (FX.LG_VAT, FX.EG_DE_VAT, FX.LG_IBAN_OLD, FX.LG_BIC_OLD)).encode("utf-8")


def b01():
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11002 vom 01.10.2026 zu Ihrer Bestellung 4500018734 als PDF sowie als XRechnung (XML).

Rechnungsbetrag: 9.389,10 EUR
Zahlungsziel: 30 Tage netto (fällig am 31.10.2026), 2 %% Skonto bei Zahlung bis 11.10.2026

Bitte überweisen Sie unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Gütersloh-Rietberg-Versmold:
IBAN %s · BIC %s

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung erreichen Sie uns unter +49 5241 9870-300.

Mit freundlichen Grüßen
Buchhaltung

""" % (FX.F(FX.LG_IBAN_OLD), FX.LG_BIC_OLD) + LG_SIG
    inv = """RECHNUNG RE-2026-11002

Lieferant GmbH · Carl-Bertelsmann-Str. 112 · 33332 Gütersloh

Example Agrartechnik GmbH
Kreditorenbuchhaltung
Münchner Straße 28
30855 Langenhagen

Rechnungsdatum: 01.10.2026      Kundennummer: %s
Ihre Bestellung: 4500018734      Lieferschein: LS-2026-20771 vom 30.09.2026
Ihre USt-IdNr.: %s

Pos  Menge  Artikel                                              Einzelpreis     Gesamt
1    10     Gelenkwelle W2400 1010 mm, Weitwinkel                   389,00   3.890,00
2     4     Hydraulikzylinder DW 60/35-400                           612,50   2.450,00
3    20     Schlauchleitung 2SN DN12 1500 mm                          47,50     950,00
4     1     Frachtkostenpauschale Stückgut                           600,00     600,00

Summe netto                                                                 7.890,00 EUR
zzgl. 19 %% USt.                                                             1.499,10 EUR
Rechnungsbetrag                                                             9.389,10 EUR

Zahlbar bis 31.10.2026 ohne Abzug, bis 11.10.2026 mit 2 %% Skonto.
Bankverbindung: Sparkasse Gütersloh-Rietberg-Versmold · IBAN %s · BIC %s

%s · %s · USt-IdNr. %s · Geschäftsführer: %s""" % (FX.LG_CUST_NO, FX.EG_DE_VAT, FX.F(FX.LG_IBAN_OLD), FX.LG_BIC_OLD,
                                                     "Lieferant GmbH", FX.LG_HRB, FX.LG_VAT, FX.LG_GF)
    p = pdf_att("RE-2026-11002.pdf", inv, "SAP NetWeaver 7.50", "2026-10-01 15:08:02", title="Rechnung RE-2026-11002",
                creator="SAP Smart Forms", size=9)
    x = Att(_xrechnung(), "application/xml", "RE-2026-11002_xrechnung.xml")
    c = compose(P.LIEFERANT, key="b-de-01", frm=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"),
                to=[st("ap")], subject="Rechnung RE-2026-11002 / Kd.-Nr. 40117 / Ihre Bestellung 4500018734",
                when="2026-10-01 15:10:11",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1", idx=1), p, x], b(0)))
    return make(LANG, "lieferant-rechnung-xrechnung", c,
                "Supplier invoice RE-2026-11002 (EUR 9,389.10) from Lieferant GmbH's invoicing mailbox with PDF and XRechnung XML.",
                "Real domain lieferant-gmbh.de from the supplier's own Microsoft 365 tenant, matches order 4500018734, known Sparkasse account (same as master data), no unusual request.",
                pair=[("lieferant-bankwechsel-lookalike", "Same supplier and invoice: genuine mail from lieferant-gmbh.de with the unchanged Sparkasse IBAN vs. look-alike .com asking to pay to N26.")])


def b02():
    text = """Sehr geehrte Frau Becker,

wie bereits in unserem Kundenrundschreiben vom Oktober angekündigt, wickeln wir unseren Zahlungsverkehr ab dem 01.01.2027 über die Volksbank Bielefeld-Gütersloh ab. Beigefügt finden Sie das von unserer Geschäftsführung unterzeichnete Schreiben mit der neuen Bankverbindung.

Bitte beachten Sie:
- Alle bis zum 31.12.2026 fälligen Rechnungen begleichen Sie bitte wie gewohnt auf unser bisheriges Konto bei der Sparkasse Gütersloh-Rietberg-Versmold. Dieses Konto bleibt bis mindestens 30.06.2027 bestehen, Zahlungen gehen also nicht verloren.
- Ab Januar 2027 ist die neue Bankverbindung auf allen Rechnungen und in der XRechnung angegeben.

Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung vor der Umstellung in Ihrem System telefonisch über unsere Ihnen bekannte Zentrale (+49 5241 9870-0). Wir ändern Bankdaten nie ausschließlich per E-Mail und fordern Sie nie zu Eilzahlungen auf. Herr Maier meldet sich dazu in den nächsten Tagen auch telefonisch bei Ihnen.

Mit freundlichen Grüßen

Petra Lang
Key Account Management

""" + LG_SIG
    letter = """Lieferant GmbH · Carl-Bertelsmann-Str. 112 · 33332 Gütersloh

Example Agrartechnik GmbH
Kreditorenbuchhaltung
Münchner Straße 28
30855 Langenhagen

Gütersloh, 20.11.2026

Änderung unserer Bankverbindung zum 01.01.2027

Sehr geehrte Damen und Herren,

zum 01.01.2027 verlegen wir unseren Zahlungsverkehr zur Volksbank Bielefeld-Gütersloh eG. Ab diesem Datum bitten wir um Zahlung auf folgendes Konto:

Kontoinhaber: Lieferant GmbH
Kreditinstitut: Volksbank Bielefeld-Gütersloh eG
IBAN: %s
BIC: %s

Bis einschließlich 31.12.2026 fällige Zahlungen leisten Sie bitte weiterhin auf unser Konto bei der Sparkasse Gütersloh-Rietberg-Versmold (IBAN %s). Dieses Konto bleibt bis mindestens 30.06.2027 bestehen.

Bitte bestätigen Sie die Änderung vor Umstellung telefonisch über unsere Zentrale +49 5241 9870-0.

Mit freundlichen Grüßen

Michael Brandes                          Petra Lang
Geschäftsführer                          Key Account Management

Lieferant GmbH · %s · USt-IdNr. %s""" % (FX.F(FX.LG_IBAN_NEW), FX.LG_BIC_NEW, FX.F(FX.LG_IBAN_OLD), FX.LG_HRB, FX.LG_VAT)
    p = pdf_att("Lieferant_GmbH_Bankverbindung_ab_01-01-2027.pdf", letter, "Microsoft® Word für Microsoft 365",
                "2026-11-20 11:31:00", title="Änderung Bankverbindung", author="Petra Lang", creator="Microsoft® Word für Microsoft 365")
    c = compose(P.LIEFERANT, key="b-de-02", frm=co("lg_lang"), to=[st("ap")], cc=[st("proc"), co("lg_maier")],
                subject="Änderung unserer Bankverbindung zum 01.01.2027 - Lieferant GmbH", when="2026-11-24 10:05:48",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1", idx=1), p], b(0)))
    return make(LANG, "lieferant-bankwechsel-echt", c,
                "Genuine bank-detail change: Lieferant GmbH announces its move to Volksbank Bielefeld-Gütersloh from 1 Jan 2027, with a signed letter, transition period and call-back instruction.",
                "Sent from the supplier's real domain and tenant by the known contact (cc her colleague and our procurement), announced in advance, old account stays open, explicitly asks to verify by phone via the known switchboard, no payment pressure.",
                pair=[("lieferant-bankwechsel-lookalike", "Same topic (supplier bank change): genuine, verifiable, no urgency, from the real domain vs. look-alike domain with deadline and e-mail-only confirmation.")])


def b03():
    text = """Hallo Frau Becker,

bitte weisen Sie heute noch die Anzahlung für die drei Mähdrescher Hokuto HC 7500 an Hokuto Agri Europe B.V. an. Hokuto gibt die Maschinen nur dann für die Verschiffung am Montag frei, sonst rutschen wir in die Januar-Lieferung und verlieren die Vorführsaison.

Bestellung: 4500019102 (im SAP freigegeben, Freigabe durch Sabine heute früh)
Betrag: 127.500,00 EUR (30 %% Anzahlung laut Rahmenvertrag 2026)
Empfänger: Hokuto Agri Europe B.V., Rotterdam - Bankverbindung wie im Kreditorenstamm (Kreditor 700214, %s), keine Änderung

Die Proforma von Hokuto liegt im DMS am Vorgang. Falls etwas unklar ist, rufen Sie mich bitte kurz an oder sprechen Sie mit Sabine - ich bin bis 14 Uhr im Haus.

Danke und Gruß
Matthias Köhler

Example Agrartechnik GmbH
Geschäftsführer
Münchner Straße 28 · 30855 Langenhagen
Tel. +49 511 7284-100""" % FX.F(FX.HOKUTO_EU_IBAN)
    c = compose(P.INTERNAL, key="b-de-03", frm=st("ceo"), to=[st("ap")], cc=[st("cfo")],
                subject="Dringend: Anzahlung Hokuto HC 7500 - heute noch anweisen", when="2026-11-12 11:47:20",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1"))
    return make(LANG, "ceo-dringende-anzahlung-intern", c,
                "The CEO's genuine urgent payment request: deposit of EUR 127,500 for three combines to the principal, to be paid today.",
                "Internal mail through Exchange and mail-int01, references an approved purchase order, the CFO in copy (four-eyes), payee and IBAN unchanged from vendor master, invites a call-back; urgent but within process.",
                pair=[("ceo-fraud-vertraulich", "Same pattern (CEO, urgent same-day payment): internal relay, PO, CFO copied and known payee vs. Gmail, secrecy and unknown 'lawyer'.")])


def b04():
    text = """Sehr geehrte Frau Becker,

trotz unserer Zahlungserinnerung vom 12.11.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-11002 vom 01.10.2026, fällig 31.10.2026      9.389,10 EUR
RE-2026-11388 vom 21.10.2026, fällig 20.11.2026     14.220,45 EUR
Gesamt                                              23.609,55 EUR

Ihr Kreditlimit bei uns ist damit überschritten. Sollte bis zum 09.12.2026 kein Zahlungseingang erfolgen, sind wir leider gezwungen, ab dem 10.12.2026 weitere Lieferungen - auch Ihren Abruf 4500019240 (Gelenkwellen für die Frühjahrssaison) - nur noch gegen Vorkasse auszuführen.

Bitte überweisen Sie den Betrag auf unser bekanntes Konto bei der Sparkasse Gütersloh-Rietberg-Versmold (IBAN %s). Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zu einzelnen Positionen rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Petra Lang
Key Account Management
Tel. +49 5241 9870-214

""" % FX.F(FX.LG_IBAN_OLD) + LG_SIG
    c = compose(P.LIEFERANT, key="b-de-04", frm=co("lg_lang"), to=[st("ap")], cc=[st("proc")],
                subject="2. Mahnung - überfällige Rechnungen / Lieferung nur noch gegen Vorkasse ab 10.12.2026",
                when="2026-12-03 08:31:02",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1"))
    return make(LANG, "lieferant-mahnung-liefersperre", c,
                "Supplier's second reminder: EUR 23,609.55 overdue, credit limit exceeded, deliveries only against prepayment from 10 Dec.",
                "Threatening but genuine: real domain and tenant, known contact with direct phone, invoices match our records, payment to the known account, 'disregard if already paid' - dunning, not diversion.",
                pair=[("lieferant-bankwechsel-lookalike", "Both pressure AP about overdue Lieferant invoices; the genuine reminder keeps the known IBAN and invites calls.")])


def b05():
    text = """Hallo Claudia,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Hausarzt - ich bin bis einschließlich Freitag krankgeschrieben. Die AU hat die Praxis elektronisch an die Krankenkasse (TK) übermittelt, du solltest sie also wie üblich über den eAU-Abruf bekommen.

Ich schreibe von privat, weil Diensthandy und Laptop noch im Büro liegen. Könntest du bitte Dennis Bescheid geben, dass er meine Termine am Mittwoch (Hofgut Sonnenfeld) und Donnerstag (Landtechnik Hansen) übernimmt oder verschiebt? Die Unterlagen liegen im Vertriebsordner.

Danke dir und viele Grüße
Katrin

--
Katrin Vogel
Vertrieb Deutschland, Example Agrartechnik GmbH"""
    c = compose(P.VOGEL_PRIVATE, key="b-de-05", frm=("Katrin Vogel", "katrin.vogel84@web.de"), to=[st("hr")],
                subject="Krankmeldung", when="2026-11-02 07:12:36",
                body=Text(text, "plain", "UTF-8", "quoted-printable"))
    return make(LANG, "krankmeldung-privatmail", c,
                "Employee's sick-leave notice from her private web.de address to HR, asking to hand over customer appointments.",
                "Colleague's long-standing private address (known to HR), webmail from a German consumer IP, plausible content (eAU via health insurer), asks for nothing sensitive - no bank data, no links, no payment.",
                pair=[("gehaltskonto-umleitung", "Same person, private-mail channel to HR: sick note without any request vs. unknown outlook.de address asking to redirect salary.")])


def b06():
    text = """Liebe Kolleginnen und Kollegen,

am Samstag, 28.11.2026, zwischen 08:00 und 14:00 Uhr aktualisieren wir die Exchange- und VPN-Server. In dieser Zeit sind E-Mail (auch mobil), VPN und das ERP nicht erreichbar.

Ab Montag, 30.11.2026, stellen wir die Mehrfaktor-Anmeldung für Microsoft 365 auf die Authenticator-App mit Zahlenabgleich um. Wer bisher SMS nutzt, richtet die App bitte bis 11.12.2026 unter https://aka.ms/mfasetup ein (nur im Firmennetz oder über VPN). Eine Anleitung finden Sie im Intranet unter IT > Anleitungen > MFA.

Wichtiger Hinweis: In den letzten Wochen haben mehrere Standorte Anrufe und Teams-Nachrichten von angeblichen „IT-Mitarbeitern“ erhalten, teilweise nach einer Flut von Newsletter-Mails. Die IT der Example Group
- ruft Sie nie über einen externen Teams-Kontakt an,
- bittet Sie nie, Quick Assist, AnyDesk oder TeamViewer zu starten,
- fragt nie nach Passwörtern, MFA-Codes oder Gerätecodes (microsoft.com/devicelogin),
- fordert Sie nie auf, Befehle in „Ausführen“ (Win+R) oder PowerShell einzufügen.
Solche Kontakte melden Sie bitte sofort an it-security@example.com oder unter Durchwahl -444.

Viele Grüße
Lukas Neumann
IT-Sicherheit / Mailadministration

------------------------------------------------------------

Dear colleagues,

On Saturday, 28 November 2026, 08:00-14:00 CET, we will update the Exchange and VPN servers; e-mail (including mobile), VPN and the ERP will be unavailable.

From Monday, 30 November, Microsoft 365 sign-in moves to the Authenticator app with number matching. If you still use SMS, please set up the app by 11 December at https://aka.ms/mfasetup (company network or VPN only).

Important: several offices have recently received calls and Teams messages from fake "IT staff", sometimes after a flood of newsletter e-mails. Example Group IT will never contact you from an external Teams account, never ask you to start Quick Assist, AnyDesk or TeamViewer, never ask for passwords, MFA codes or device codes, and never ask you to paste commands into Run (Win+R) or PowerShell. Please report such contacts to it-security@example.com or extension -444.

Kind regards
Lukas Neumann
IT Security / Mail administration"""
    c = compose(P.INTERNAL, key="b-de-06", frm=st("itsec"), to=[("Alle Mitarbeiter / All staff", "alle@example.com")],
                subject="IT-Wartung Sa. 28.11. und Warnung vor falschen IT-Anrufen / IT maintenance and fake IT calls",
                when="2026-11-19 16:05:33",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "DE", "windows-1252"), "windows-1252"))
    return make(LANG, "it-wartung-mfa-hinweis", c,
                "Internal IT notice (bilingual): maintenance window, MFA switch to Authenticator with aka.ms/mfasetup, warning about fake IT calls, Quick Assist, device codes and ClickFix.",
                "Internal Exchange -> mail-int01 path from the real mail admin to the all-staff list; links only to Microsoft's official aka.ms short link; asks users not to do things rather than to do them.",
                pair=[("helpdesk-teams-quickassist", "Same theme (IT support, Teams, Quick Assist): real IT warns against exactly the external 'help desk' pretext."),
                      ("trakmaster-clickfix-html", "Real IT notice names the Win+R paste trick that the ClickFix lure relies on.")])


def b07():
    base = "https://r.sp1-brevo.net/mk/cl/f/sh/"
    links = [base + alnum("b-de-07-l%d" % i, 56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for i in range(4)]
    unsub = "https://landtechnik-markt.de/newsletter/abmelden?u=%s&l=18" % hexid("b-de-07-u", 24)
    text = """Landtechnik-Markt - Der Newsletter für Landtechnik-Handel und Service
Ausgabe KW 44 / 2026

1) Agritechnica 2027: Erste Neuheiten angekündigt
Mehrere Hersteller zeigen im November 2027 stufenlose Getriebe für die 100-PS-Klasse und neue Assistenzsysteme für Pressen. Unser Überblick: %s

2) Gebrauchtmarkt: Preise für Mähdrescher stabil
Nach der Ernte 2026 liegen die Preise für 5- bis 8-jährige Mähdrescher leicht über Vorjahr, Pressen und Häcksler geben nach. %s

3) Ersatzteilversorgung: Lieferzeiten für Getriebeteile aus Asien
Händler berichten über 10-14 Wochen Lieferzeit für Kegelradgetriebe. Was hilft: Lagerhaltung, Rahmenabrufe, Aufbereitung. %s

4) Termine: DLG-Wintertagung, Landtechnik-Händlertag Nord. %s

Sie erhalten diesen Newsletter, weil Sie ihn mit frank.mueller@example.com abonniert haben.
Abmelden: %s
Landtechnik-Markt Verlag GmbH · Beethovenstraße 7 · 49074 Osnabrück · HRB 212741 AG Osnabrück""" % (links[0], links[1], links[2], links[3], unsub)
    items = [("Agritechnica 2027: Erste Neuheiten angekündigt", "Mehrere Hersteller zeigen im November 2027 stufenlose Getriebe für die 100-PS-Klasse und neue Assistenzsysteme für Pressen."),
             ("Gebrauchtmarkt: Preise für Mähdrescher stabil", "Nach der Ernte 2026 liegen die Preise für 5- bis 8-jährige Mähdrescher leicht über Vorjahr, Pressen und Häcksler geben nach."),
             ("Ersatzteilversorgung: Lieferzeiten für Getriebeteile aus Asien", "Händler berichten über 10-14 Wochen Lieferzeit für Kegelradgetriebe. Was hilft: Lagerhaltung, Rahmenabrufe, Aufbereitung."),
             ("Termine", "DLG-Wintertagung, Landtechnik-Händlertag Nord.")]
    rows = "\n".join('<tr><td style="padding:14px 24px;border-bottom:1px solid #e3e3e3"><a href="%s" style="color:#1a5c2e;font-size:17px;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0;font-size:14px;line-height:20px">%s</p></td></tr>'
                     % (l, html_escape(t), html_escape(d)) for l, (t, d) in zip(links, items))
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Landtechnik-Markt KW 44</title></head>
<body style="margin:0;background:#f1f1ec;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1a5c2e;color:#fff;padding:18px 24px;font-size:22px;font-weight:bold">Landtechnik-Markt <span style="font-size:13px;font-weight:normal">Ausgabe KW 44 / 2026</span></td></tr>
%s
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn mit frank.mueller@example.com abonniert haben. <a href="%s" style="color:#777">Abmelden</a><br>Landtechnik-Markt Verlag GmbH &middot; Beethovenstra&szlig;e 7 &middot; 49074 Osnabr&uuml;ck</td></tr>
</table></td></tr></table>
<img src="https://r.sp1-brevo.net/tr/op/%s" width="1" height="1" alt="" style="display:none"></body></html>""" % (rows, unsub, alnum("b-de-07-o", 60))
    brevo = S.Brevo(rdns="smtp-relay.sendinblue.com", ip="185.41.28.201")
    extra = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@landtechnik-markt.de?subject=unsubscribe-%s>" % (unsub, hexid("b-de-07-m", 12))),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("List-Id", "<18.newsletter.landtechnik-markt.de>"), ("Precedence", "bulk")]
    c = compose(brevo, key="b-de-07", frm=("Landtechnik-Markt Newsletter", "newsletter@landtechnik-markt.de"), to=[st("proc")],
                subject="Landtechnik-Markt KW 44: Agritechnica-Neuheiten, Gebrauchtpreise Mähdrescher, Lieferzeiten Ersatzteile",
                when="2026-10-30 05:00:07", env_from="bounces-18-frank.mueller=example.com@b.landtechnik-markt.de", extra=extra,
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "newsletter-landtechnik", c,
                "Subscribed trade newsletter for agricultural-machinery dealers, sent via Brevo, with tracked links, one-click List-Unsubscribe and imprint.",
                "Bulk but wanted: consistent sender domain with its own bounce domain, List-Unsubscribe + List-Unsubscribe-Post, List-Id, subscription notice, no credential or payment request.")


def b08():
    text = """Moin Herr Wagner,

anbei unsere Bestellung 2026-1147 für die Mähwerke unserer Kunden - bitte wie besprochen mit Händlerrabatt. Pos. 5 (Kegelradgetriebe) bitte nur liefern, wenn es vor KW 47 klappt, sonst bitte stornieren.

Lieferung bitte an unsere Werkstatt in Husum, Zahlung wie immer per Lastschrift.

Mit freundlichen Grüßen

Ole Hansen
Landtechnik Hansen KG
Am Gewerbepark 7 · 25813 Husum
Tel. 04841 6672-0 · Fax 04841 6672-29"""
    order = """Landtechnik Hansen KG · Am Gewerbepark 7 · 25813 Husum

An: Example Agrartechnik GmbH, Ersatzteilvertrieb, Herrn Dennis Wagner

BESTELLUNG Nr. 2026-1147                Datum: 28.10.2026
Kunden-Nr. bei Ihnen: 20388

Pos  Menge  Teile-Nr.        Bezeichnung                                   
1    40     HK-DM32-1104     Mähwerkmesser rechts, Hokuto DM 3200
2    40     HK-DM32-1105     Mähwerkmesser links, Hokuto DM 3200
3    16     HK-DM32-2210     Messerhalter komplett
4     6     HK-DM32-3302     Gleitkufe Verschleißplatte
5     2     HK-DM32-5001     Kegelradgetriebe Eingang 1000 U/min

Lieferanschrift: Landtechnik Hansen KG, Werkstatt, Am Gewerbepark 7, 25813 Husum
Zahlung: SEPA-Lastschrift gemäß Mandat
Pos. 5 nur bei Lieferung vor KW 47, sonst Storno.

Ole Hansen"""
    p = pdf_att("Bestellung_2026-1147_Example.pdf", order, "Microsoft® Excel® 2019", "2026-10-28 17:30:00",
                title="Bestellung 2026-1147", author="Ole Hansen", size=9)
    c = compose(P.HANSEN, key="b-de-08", frm=co("hansen"), to=[st("parts")],
                subject="Ersatzteilbestellung KW 44 - Mähwerk Hokuto DM 3200", when="2026-10-28 17:36:12",
                msgid=FX.HANSEN_FIRST_ID,
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1", idx=1), p], b(0)))
    return make(LANG, "hansen-bestellung-original", c,
                "Dealer's genuine spare-parts order 2026-1147 (knives, holders, skids, gearboxes) with a PDF order form; the thread that the attacker later hijacks.",
                "Mr Hansen's usual Outlook over his hoster's SMTP from a German DSL IP, plain PDF, concrete part numbers, payment by existing direct-debit mandate.",
                pair=[("hansen-thread-hijack-zip", "Same mailbox and thread: genuine Outlook mail with a plain PDF vs. webmail login from a VPN IP with an encrypted .pdf.js archive.")])


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]

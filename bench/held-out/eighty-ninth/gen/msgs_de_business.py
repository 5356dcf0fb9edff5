"""German genuine business messages (business/01-08)."""
from lib import *
import infra as I
import htmlgen

FOLDER = "business"

SIG_LIEFERANT = """Lieferant GmbH
Eckendorfer Straße 91 · 33609 Bielefeld
Tel. +49 521 9876-0 · www.lieferant-gmbh.de
Geschäftsführer: Heinrich Brinkmann, Dr. Anke Meier · HRB 41877 Amtsgericht Bielefeld"""


def _b01():
    md = """Hallo Katrin, hallo Herr Köhler,

wie gestern in der GF-Runde besprochen: Die Anzahlung an die Lieferant GmbH für die Erstausstattung Parkhotel Wilhelmshöhe (Neueröffnung Flügel B, 420 Bettwäsche-Sets und 1.100 Frottierteile) muss heute noch raus, sonst verlieren wir den Produktionsslot in Bielefeld und die Ware kommt erst nach Weihnachten.

Die Anzahlungsrechnung AZ-2026-0388 über 24.990,00 EUR liegt seit heute Morgen in DATEV Unternehmen online, die Bestellung BE-26-1417 habe ich freigegeben. Bitte ganz normal über den Zahllauf mit der Bankverbindung aus dem Kreditorenstamm anweisen, zweite Freigabe wie immer durch Katrin.

Herr Maier von Lieferant weiß Bescheid und rechnet mit dem Eingang bis Montag. Bei Fragen erreichen Sie mich bis 14 Uhr im Büro (Durchwahl -100), danach auf dem Handy.

Danke und viele Grüße
Matthias Schröder

Dr. Matthias Schröder
Geschäftsführer
Example Textilservice GmbH | Leipziger Straße 214 | 34123 Kassel
Tel. +49 561 7023-100 | matthias.schroeder@example.com"""
    return M(n=1, lang="de", slug="ceo-dringende-anzahlung-intern",
             infra=I.exchange_internal(), date="2026-10-16 11:05:48",
             frm=S("matthias.schroeder"), to=[S("katrin.weiss"), S("juergen.koehler")], cc=[S("melanie.vogt")],
             subject="Dringend: Anzahlung Lieferant GmbH für Erstausstattung Parkhotel heute anweisen",
             body=alt(md, "iso-8859-1", "quoted-printable", style="outlook"),
             what="The CEO's genuine urgent payment request: pay today the supplier deposit for a hotel's first outfitting.",
             why="Internal mail via Exchange and mail-int01; known supplier and order number, invoice already in DATEV, explicitly uses the normal payment run with master-data bank details and the four-eyes release, CEO reachable by phone. Hard negative of attack/01.")


def _b02():
    ib_new, ib_old = BANK["lieferant_new"], BANK["lieferant_old"]
    md = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Köhler,

zum Jahreswechsel bündeln wir unseren Zahlungsverkehr bei der Commerzbank. Bitte verwenden Sie für Zahlungen **ab dem 01.01.2027** unsere neue Bankverbindung:

Commerzbank AG, Bielefeld
IBAN: %s
BIC: COBADEFFXXX

Unser Konto bei der Sparkasse Bielefeld (IBAN %s) bleibt noch bis zum 31.03.2027 bestehen; Zahlungen, die bis dahin dort eingehen, werden selbstverständlich ordnungsgemäß verbucht. An offenen Rechnungen ändert sich nichts.

Das Schreiben unserer Geschäftsführung mit beiden Unterschriften finden Sie im Anhang, das Original erhalten Sie zusätzlich per Post. Ab Januar steht die neue Verbindung auch auf allen Rechnungen.

Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung wie gewohnt telefonisch unter der Ihnen bekannten Rufnummer (Zentrale 0521 9876-0) und nicht über Kontaktdaten aus E-Mails. Wir werden Sie niemals per E-Mail bitten, bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

%s""" % (B.fmt_iban(ib_new), B.fmt_iban(ib_old), SIG_LIEFERANT)
    letter = [(15, True, "Lieferant GmbH"), "Eckendorfer Straße 91, 33609 Bielefeld", "",
              "Example Textilservice GmbH", "Kreditorenbuchhaltung", "Leipziger Straße 214", "34123 Kassel", "",
              "Bielefeld, 24.11.2026", "", (12, True, "Neue Bankverbindung ab 01.01.2027"), "",
              "Sehr geehrte Damen und Herren,", "",
              "ab dem 01.01.2027 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:", "",
              "Commerzbank AG, Bielefeld", "IBAN: " + B.fmt_iban(ib_new), "BIC: COBADEFFXXX", "",
              "Das bisherige Konto bei der Sparkasse Bielefeld (IBAN " + B.fmt_iban(ib_old) + ")",
              "bleibt bis 31.03.2027 bestehen. Bitte verifizieren Sie diese Mitteilung telefonisch",
              "unter der Ihnen bekannten Rufnummer 0521 9876-0.", "",
              "Mit freundlichen Grüßen", "", "Heinrich Brinkmann          Dr. Anke Meier", "Geschäftsführer              Geschäftsführerin"]
    body = Mixed(alt(md, "iso-8859-1", "quoted-printable", style="outlook"),
                 pdf_att("Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf", letter, title="Mitteilung Bankverbindung 2027",
                         author="Lieferant GmbH", producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365"))
    return M(n=2, lang="de", slug="lieferant-neue-bankverbindung-ordnungsgemaess",
             infra=I.m365(tenant_srv="FR4P281MB3512", region="DEUP281", outbound=("DEU01-FR2-obe", "mail-fr2deu01on2109", "40.107.135.109")),
             date="2026-11-25 09:31:12", frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("juergen.koehler")],
             cc=[("Buchhaltung", "rechnungen@lieferant-gmbh.de")],
             subject="Mitteilung: neue Bankverbindung der Lieferant GmbH ab 01.01.2027", body=body,
             what="Genuine supplier bank-detail change, announced properly: new German Commerzbank IBAN from 1 January, old account kept open, signed letter, original by post.",
             why="Real supplier domain and Microsoft 365 tenant; change takes effect in the future with an overlap period; open invoices untouched; asks the customer to verify by phone via the known number. Hard negative of attack/02.")


def _b03():
    md = """Sehr geehrter Herr Köhler,

trotz unserer Zahlungserinnerung vom 16.10.2026 sind folgende Rechnungen weiterhin offen:

- RE-2026-09871 vom 04.09.2026 – 14.208,40 € (fällig seit 04.10.)
- RE-2026-10034 vom 11.09.2026 – 6.377,15 € (fällig seit 11.10.)

Gesamt: **20.585,55 €**

Bitte gleichen Sie den Betrag bis spätestens **Donnerstag, 05.11.2026**, auf unser bekanntes Konto bei der Sparkasse Bielefeld aus. Andernfalls sind wir leider gezwungen, die Auslieferung Ihrer offenen Bestellungen (u. a. BE-26-1388, Frottier) bis zum Zahlungseingang zurückzustellen und den Vorgang an unser Inkasso zu übergeben.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zu einzelnen Posten rufen Sie mich gern an: 0521 9876-240.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

%s""" % SIG_LIEFERANT
    return M(n=3, lang="de", slug="lieferant-mahnung-liefersperre",
             infra=I.m365(tenant_srv="FR4P281MB3512", region="DEUP281", outbound=("DEU01-FR2-obe", "mail-fr2deu01on2109", "40.107.135.109")),
             date="2026-11-02 14:26:03", frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("juergen.koehler")], cc=[S("dennis.yilmaz")],
             subject="2. Mahnung – offene Posten Example Textilservice GmbH (Kd.-Nr. 20417)",
             body=alt(md, "windows-1252", "quoted-printable", style="outlook"),
             what="Genuine urgent second reminder from the supplier with a threat to stop deliveries and hand over to debt collection.",
             why="Real supplier address and tenant, real invoice numbers, payment to the already known account (no new bank data), phone number for questions. Threatening tone but no payment redirection. Hard negative of attack/02 and attack/06.")


def _b04():
    ib = BANK["kleenchem"]
    epc = "BCD\n002\n1\nSCT\nDEUTDEDD320\nKleen-Chem Waschmittel GmbH\n%s\nEUR4879.71\n\n\nRE 2026-11047 KD 10388" % ib
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-11047 vom 06.11.2026 (Lieferschein LS-26-8841, Kundennummer 10388) als PDF.
Die E-Rechnung im Format XRechnung geht Ihnen wie vereinbart parallel über Ihr Rechnungseingangsportal zu.

Rechnungsbetrag: 4.879,71 €
Zahlbar bis 06.12.2026 ohne Abzug oder bis 20.11.2026 mit 2 %% Skonto.

Bankverbindung: Deutsche Bank Krefeld, IBAN %s, BIC DEUTDEDD320
Für die Zahlung mit Ihrer Banking-App finden Sie im Anhang zusätzlich einen GiroCode.

Mit freundlichen Grüßen

Kleen-Chem Waschmittel GmbH
Buchhaltung
Hafenstraße 27 · 47809 Krefeld
Tel. 02151 48 77-0 · buchhaltung@kleenchem.de
USt-IdNr. %s · HRB 9934 Amtsgericht Krefeld
""" % (B.fmt_iban(ib), B.de_ust("11428530"))
    inv = [(15, True, "Kleen-Chem Waschmittel GmbH"), "Hafenstraße 27, 47809 Krefeld", "",
           "Example Textilservice GmbH", "Leipziger Straße 214", "34123 Kassel", "",
           (12, True, "RECHNUNG Nr. 2026-11047"), "Rechnungsdatum: 06.11.2026    Kunden-Nr.: 10388    Lieferschein: LS-26-8841", "",
           "Pos  Artikel                                   Menge      Einzel       Gesamt",
           "1    KC-Alkaline Power Flüssigwaschmittel 1000 kg IBC   2   1.180,00   2.360,00",
           "2    KC-Oxy Bleiche Peroxid 35 %, 200 l Fass        4     198,50     794,00",
           "3    KC-Neutra Neutralisationsmittel 200 l          3     155,20     465,60",
           "4    Wartung Dosieranlage TW2 (Pauschale 11/2026)   1     481,00     481,00", "",
           "Nettobetrag                                                 4.100,60 EUR",
           "zzgl. 19 % USt                                                779,11 EUR",
           "Rechnungsbetrag                                             4.879,71 EUR", "",
           "Zahlbar bis 06.12.2026 ohne Abzug, bis 20.11.2026 mit 2 % Skonto.",
           "IBAN " + B.fmt_iban(ib) + "  BIC DEUTDEDD320"]
    body = Mixed(Text(text, "iso-8859-15", "quoted-printable"),
                 pdf_att("Rechnung_2026-11047.pdf", inv, title="Rechnung 2026-11047", author="Kleen-Chem Waschmittel GmbH",
                         producer="Sage 100 9.0 Druckausgabe"),
                 Att("GiroCode_RE_2026-11047.png", "image/png", qr_png(epc, scale=4)))
    return M(n=4, lang="de", slug="kleenchem-rechnung-mit-girocode",
             infra=I.strato(mua="none"), date="2026-11-06 16:10:27",
             frm=("Kleen-Chem Waschmittel GmbH", "buchhaltung@kleenchem.de"), to=[("Rechnungseingang", "rechnungseingang@example.com")],
             rcpt="rechnungseingang@example.com", headers=[("X-Mailer", "Sage 100 9.0 (E-Mail-Versand)")],
             subject="Rechnung 2026-11047 / Kunden-Nr. 10388", body=body, qr=epc,
             what="Genuine detergent-supplier invoice from the ERP system with PDF and an EPC/GiroCode QR code (PNG) for payment by banking app.",
             why="Known supplier domain via its usual Strato SMTP, invoice to the central invoice mailbox, IBAN matches master data, QR code is a standard EPC069-12 SEPA credit-transfer payload (not a URL). Hard negative of attack/04 (QR) and attack/06 (payment request).")


def _b05():
    text = """Guten Morgen Frau Brückner,

ich bin seit gestern Abend krank (Magen-Darm) und war heute früh beim Arzt. Ich bin voraussichtlich bis einschließlich Mittwoch krankgeschrieben. Die AU hat die Praxis elektronisch an die TK übermittelt, Sie können sie also wie üblich abrufen.

Herr Löffler, die Touren für Dienstag sind im System schon geplant, nur die Sonderfahrt zum Klinikum am Mittwoch müsste jemand übernehmen.

Viele Grüße
Marcel Brandt

Von meinem iPhone gesendet
"""
    return M(n=5, lang="de", slug="krankmeldung-private-gmx-adresse",
             infra=I.gmx(iphone=True), date="2026-11-09 06:12:40",
             frm=("Marcel Brandt", "marcel.brandt84@gmx.de"), to=[S("anja.brueckner")], cc=[S("uwe.loeffler")],
             subject="Krankmeldung Marcel Brandt", body=Text(text, "utf-8", "quoted-printable"),
             what="Employee reports sick from his private GMX address on his iPhone; the eAU goes to the health insurer.",
             why="The employee's known private address (used before), no request for money or data changes, refers to the normal eAU process and operational hand-over to his manager. Hard negative of attack/05.")


def _b06():
    md = """**Newsletter November 2026**

Liebe Mitglieder, liebe Leserinnen und Leser,

der Herbst bringt für unsere Branche gleich mehrere Weichenstellungen. Die wichtigsten Themen im Überblick:

**Mindestlohn 2027:** Die Mindestlohnkommission hat die nächste Stufe beschlossen. Wir haben die Auswirkungen auf die Kalkulation von Mietwäsche-Verträgen in einer Arbeitshilfe zusammengefasst. [Zur Arbeitshilfe](https://www.fachverband-textilservice.de/arbeitshilfen/mindestlohn-2027)

**Textil-EPR:** Die EU-Abfallrahmenrichtlinie verpflichtet die Mitgliedstaaten zur erweiterten Herstellerverantwortung für Textilien. Was das für Mietwäsche und Berufskleidung bedeutet, erläutern wir im Webinar am 26.11. [Anmeldung](https://www.fachverband-textilservice.de/veranstaltungen/webinar-textil-epr)

**Hygiene:** Die überarbeitete RKI-konforme Prüfcheckliste für Krankenhauswäsche steht im Mitgliederbereich zum Download bereit.

BTN: Alle Meldungen lesen | https://www.fachverband-textilservice.de/newsletter/2026-11

Herzliche Grüße
Ihr Team des Fachverbands Textilservice"""
    foot = ("Fachverband Textilservice e.V. · Mainzer Landstraße 55 · 60329 Frankfurt am Main\n"
            "Sie erhalten diesen Newsletter, weil Sie ihn unter uwe.loeffler@example.com abonniert haben. "
            "[Abmelden](https://fachverband-textilservice.us21.list-manage.com/unsubscribe?u=7f3c2a9e41b8d06c5e1a9b3d2&id=4c8e1f0a2b) · "
            "[Einstellungen ändern](https://fachverband-textilservice.us21.list-manage.com/profile?u=7f3c2a9e41b8d06c5e1a9b3d2&id=4c8e1f0a2b)")
    return M(n=6, lang="de", slug="newsletter-fachverband-mailchimp",
             infra=I.mailchimp("fachverband-textilservice.us21.list-manage.com", "7f3c2a9e41b8d06c5e1a9b3d2", "4c8e1f0a2b"),
             date="2026-11-03 07:00:14", frm=("Fachverband Textilservice", "newsletter@fachverband-textilservice.de"),
             to=[S("uwe.loeffler")], subject="Newsletter 11/2026: Mindestlohn 2027, Textil-EPR, Hygiene-Checkliste",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Fachverband Textilservice", color="#2d6a4f", footer=foot, lang="de"),
             what="Subscribed trade-association newsletter sent through Mailchimp with List-Unsubscribe and one-click unsubscribe.",
             why="Opted-in newsletter of a trade association, standard Mailchimp infrastructure and headers, links to the association's own site, no credential or payment request.")


def _b07():
    md = """Liebe Kolleginnen und Kollegen,

ab Montag, 2. November, stellen wir die Anmeldung an Microsoft 365 schrittweise auf die Microsoft Authenticator-App mit Nummernabgleich um. SMS-Codes werden ab dem 1. Dezember nicht mehr unterstützt.

So gehen Sie vor:

- Melden Sie sich am Firmen-PC an und öffnen Sie [https://aka.ms/mysecurityinfo](https://aka.ms/mysecurityinfo).
- Wählen Sie „Anmeldemethode hinzufügen“ → „Authenticator-App“ und folgen Sie den Schritten. Der QR-Code zum Einrichten wird dabei nur auf dieser Microsoft-Seite angezeigt.

**Wichtig:** Die IT verschickt keine QR-Codes per E-Mail und fragt nie nach Passwörtern oder Bestätigungscodes. Solche Nachrichten melden Sie bitte mit dem Button „Phishing melden“ in Outlook.

Bei Fragen erreichen Sie die IT-Hotline unter der Durchwahl -333 oder per Mail an it-service@example.com.

Viele Grüße
Tobias Kranz
IT-Sicherheit | Example Textilservice GmbH"""
    return M(n=7, lang="de", slug="it-hinweis-mfa-umstellung-intern",
             infra=I.exchange_internal(), date="2026-10-28 08:15:09",
             frm=S("tobias.kranz"), to=[("Alle Mitarbeitenden Kassel", "alle-kassel@example.com")], rcpt="uwe.loeffler@example.com",
             subject="Umstellung der Anmeldung auf die Authenticator-App ab 2. November", body=alt(md, "utf-8", "quoted-printable", style="outlook"),
             what="Genuine internal IT notice about the move to Microsoft Authenticator with number matching.",
             why="Internal relay and Exchange hops, sender is the IT security admin, points only to Microsoft's own aka.ms/mysecurityinfo, explicitly says IT never e-mails QR codes. Hard negative of attack/04.")


def _b08():
    md = """Sehr geehrte Frau Brückner,

anbei wie jeden Monat die Lohnauswertungen für November 2026 (Lohnjournal, Zahlungsliste, Beitragsnachweise). Die Datei ist wie vereinbart verschlüsselt; das Kennwort hat sich nicht geändert (Sie haben es im Juli per SMS von uns erhalten).

Die Überweisungsdatei für die Nettolöhne liegt wie gewohnt in DATEV Unternehmen online zur Freigabe bereit. Bitte beachten Sie die zwei Bankverbindungsänderungen (Personalnummern 10442 und 10517), die Sie uns mit den unterschriebenen Formularen am 12.11. gemeldet hatten.

Mit freundlichen Grüßen

Birgit Sommer
Lohnbuchhaltung

Hartmann & Partner Steuerberatungsgesellschaft mbB
Wilhelmshöher Allee 118 · 34119 Kassel
Tel. 0561 93 71-24 · b.sommer@hartmann-partner-stb.de"""
    files = [("Lohnjournal_11-2026.pdf", __import__("pdf").make_pdf([(13, True, "Lohnjournal November 2026"), "Mandant 24117 Example Textilservice GmbH",
                                                                    "Abrechnungsmonat 11/2026 - 214 Beschäftigte", "Summe Brutto: 712.448,19 EUR",
                                                                    "Summe Netto: 486.902,55 EUR"], title="Lohnjournal 11/2026", producer="DATEV LODAS")),
             ("Zahlungsliste_11-2026.pdf", __import__("pdf").make_pdf([(13, True, "Zahlungsliste Nettobezuege 11/2026"), "Mandant 24117",
                                                                      "Anzahl Zahlungen: 214", "Gesamtbetrag: 486.902,55 EUR"], title="Zahlungsliste 11/2026", producer="DATEV LODAS"))]
    z = zipc_att("Lohnauswertungen_11-2026_Mandant_24117.zip", files, "Hp-Lohn#24117", "b08")
    body = Mixed(alt(md, "windows-1252", "quoted-printable", style="outlook"), z)
    return M(n=8, lang="de", slug="steuerberater-lohnauswertungen-zip-verschluesselt",
             infra=I.m365(tenant_srv="BE1P281MB2270", region="DEUP281", outbound=("DEU01-BE0-obe", "mail-be0deu01on2118", "40.107.136.118")),
             date="2026-11-24 15:40:22", frm=("Birgit Sommer", "b.sommer@hartmann-partner-stb.de"), to=[S("anja.brueckner")],
             subject="Lohnauswertungen 11/2026 – Mandant 24117", body=body,
             what="Genuine monthly payroll reports from the external payroll bureau in a password-protected ZIP (ZipCrypto) with two PDFs.",
             why="Known tax-adviser domain on Microsoft 365; encryption agreed in advance with the password sent once by SMS (not in the mail); archive contains only PDFs; references the signed bank-change forms. Hard negative of attack/08 and attack/25.")


MESSAGES = [_b01(), _b02(), _b03(), _b04(), _b05(), _b06(), _b07(), _b08()]
for _m in MESSAGES:
    _m["folder"] = FOLDER

NOTES = []

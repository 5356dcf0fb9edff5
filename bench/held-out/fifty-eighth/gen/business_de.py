# -*- coding: utf-8 -*-
"""Genuine business messages 01-08 (German)."""
from common import *  # noqa: F401,F403
from company import EXG_IBAN, LIEF_IBAN_NEW, LIEF_IBAN_OLD, LIEF_USTID

LIEF_SIG = """\
Lieferant GmbH
Schiffsausrüstung · Laschmaterial · Festmacher
Am Lunedeich 88 · 27572 Bremerhaven
Tel. +49 471 30 917-0 · www.lieferant-gmbh.de
Geschäftsführer: Hans-Jürgen Lang · Amtsgericht Bremen HRB 1042 BHV"""
LIEF_MTA = ("mail.lieferant-gmbh.de", "85.214.132.17")
LIEF_OFFICE = ("p5dcf1a2b.dip0.t-ipconnect.de", "93.207.26.43")


def _lief_invoice_pdf(no, date, order, rows, due):
    net = sum(q * p for _, q, p in rows)
    vat = round(net * 0.19 + 1e-9, 2)
    lines = [("Lieferant GmbH", 16, True), "Am Lunedeich 88 - 27572 Bremerhaven - USt-IdNr. " + LIEF_USTID, "",
             "Example Shipping & Port Services GmbH", "Kreditorenbuchhaltung", "Am Kaiserkai 12", "20457 Hamburg", "",
             ("RECHNUNG %s" % no, 13, True), "Rechnungsdatum: %s    Ihre Bestellung: %s    Kunden-Nr.: 24117" % (date, order),
             "", ("Pos.  Menge  Artikel                                        Einzelpreis      Gesamt", 9, True)]
    for i, (art, q, p) in enumerate(rows, 1):
        lines.append(("%-5d %5d  %-46s %10s EUR %10s EUR" % (i, q, art, _de(p), _de(q * p)), 9, False))
    lines += ["", "Nettobetrag: %s EUR" % _de(net), "zzgl. 19 %% USt.: %s EUR" % _de(vat),
              ("Rechnungsbetrag: %s EUR" % _de(net + vat), 11, True), "",
              "Zahlbar bis %s ohne Abzug." % due,
              "Bankverbindung: Commerzbank AG - IBAN %s - BIC COBADEFFXXX" % bk.fmt_iban(LIEF_IBAN_OLD), "",
              ("Geschäftsführer: Hans-Jürgen Lang - Amtsgericht Bremen HRB 1042 BHV", 8, False)]
    return lines, net + vat


def _de(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def b01():
    rows = [("Zurrkette 13 mm GK 8, 2,5 m, mit Haken", 40, 48.90), ("Spannschraube M24, feuerverzinkt", 24, 39.50),
            ("Festmacherleine PP 40 mm, 100 m", 4, 214.00), ("Fracht Spedition Bremerhaven - Hamburg", 1, 332.73)]
    lines, total = _lief_invoice_pdf("RE-2026-10418", "06.10.2026", "4500018655", rows, "20.10.2026")
    assert abs(total - 4870.35) < 0.005
    text = """\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10418 vom 06.10.2026 zu Ihrer Bestellung 4500018655 als PDF-Dokument.

Rechnungsbetrag: 4.870,35 EUR
Zahlungsziel: 14 Tage netto (fällig am 20.10.2026)

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Commerzbank, IBAN %s.

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 471 30 917-22 oder rechnungen@lieferant-gmbh.de.

Mit freundlichen Grüßen
Ihre Buchhaltung

%s""" % (bk.fmt_iban(LIEF_IBAN_OLD), LIEF_SIG)
    return Mail("de", "lieferant-rechnung-pdf", "postfix", (2026, 10, 6, 17, 45, 12),
                ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("ap")],
                "Rechnung RE-2026-10418 zu Ihrer Bestellung 4500018655",
                B.mixed(B.plain(text, "iso-8859-1", "quoted-printable"),
                        pdf_part("RE-2026-10418.pdf", lines, title="Rechnung RE-2026-10418", author="Lieferant GmbH",
                                 producer="Sage 100 9.0 PDF-Export", creator="Sage 100", date="20261006174500+02'00'")),
                hcs=("iso-8859-1", "Q"),
                p=dict(mta=LIEF_MTA, ua="erp", mailer="Sage 100 9.0.7.2", erp_host="sage01.lieferant.local",
                       lan="192.168.10.15"),
                what="Supplier invoice (Lieferant GmbH) sent by its ERP with PDF",
                why="Lieferant's real domain and mail server (ERP host on its LAN relays via mail.lieferant-gmbh.de); "
                    "known Commerzbank account; amounts and order number match procurement; no link, no pressure.")


def b02():
    text = """\
Sehr geehrte Frau Köhler,
sehr geehrter Herr Neumann,

wir möchten Sie rechtzeitig über eine Änderung informieren: Zum 01.01.2027 verlegen wir unseren Zahlungsverkehr von der Commerzbank zur Weser-Elbe Sparkasse. Unser Schreiben mit den neuen Daten (unterschrieben von beiden Geschäftsführern) finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu.

Wichtig für Sie:
- Alle Rechnungen mit Datum bis 31.12.2026 zahlen Sie bitte wie gewohnt auf das bisherige Konto.
- Das bisherige Konto bleibt bis zum 31.03.2027 bestehen; versehentliche Zahlungen werden nicht zurückgebucht.
- Bitte verifizieren Sie die neue Bankverbindung vor der Umstellung telefonisch bei uns - und zwar über die Ihnen bekannte Rufnummer aus unserem Rahmenvertrag, nicht über eine Nummer aus einer E-Mail. Frau Brandt in der Buchhaltung oder ich stehen dafür gern zur Verfügung.

Auf Rechnungen ab dem 01.01.2027 finden Sie ausschließlich die neue Bankverbindung.

Mit freundlichen Grüßen

Petra Lang
Kaufmännische Leitung

%s""" % LIEF_SIG
    pdf = pdf_part("Lieferant_GmbH_Mitteilung_neue_Bankverbindung_2027.pdf", [
        ("Lieferant GmbH", 16, True), "Am Lunedeich 88 - 27572 Bremerhaven", "",
        "Example Shipping & Port Services GmbH", "Kreditorenbuchhaltung", "Am Kaiserkai 12", "20457 Hamburg", "",
        "Bremerhaven, 30.11.2026", "", ("Änderung unserer Bankverbindung zum 01.01.2027", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 01.01.2027 führen wir unseren Zahlungsverkehr über folgende Bankverbindung:", "",
        "Kontoinhaber: Lieferant GmbH", "Bank: Weser-Elbe Sparkasse", "IBAN: " + bk.fmt_iban(LIEF_IBAN_NEW),
        "BIC: BRLADE21BRS", "",
        "Bisherige Bankverbindung (gültig für Rechnungen bis 31.12.2026, Konto besteht bis 31.03.2027):",
        "Commerzbank AG - IBAN " + bk.fmt_iban(LIEF_IBAN_OLD), "",
        "Bitte bestätigen Sie die Änderung vorab telefonisch über die Ihnen bekannte Rufnummer.", "",
        "Mit freundlichen Grüßen", "", "Hans-Jürgen Lang, Geschäftsführer        Petra Lang, Prokuristin", "",
        ("USt-IdNr. %s - Amtsgericht Bremen HRB 1042 BHV" % LIEF_USTID, 8, False)],
        title="Mitteilung neue Bankverbindung", author="Petra Lang", producer="LibreOffice 24.8",
        creator="Writer", date="20261130092233+01'00'")
    return Mail("de", "lieferant-bankwechsel-angekuendigt", "postfix", (2026, 11, 30, 10, 5, 41),
                ("Petra Lang", "p.lang@lieferant-gmbh.de"), [S("ap")],
                "Neue Bankverbindung der Lieferant GmbH ab 01.01.2027",
                B.mixed(B.plain(text, "iso-8859-15", "quoted-printable"), pdf), cc=[S("proc")],
                hcs=("iso-8859-15", "Q"),
                p=dict(mta=LIEF_MTA, client_ip=LIEF_OFFICE, lan="192.168.10.41", ua="thunderbird"),
                what="Genuine supplier bank change announced properly (future date, old account kept, call-back on "
                     "known number, postal original)",
                why="Real lieferant-gmbh.de server, submission from Lieferant's usual office line; German savings "
                    "bank in the supplier's own region; no open invoices redirected; explicitly asks for telephone "
                    "verification on the number from the framework contract.")


def b03():
    text = """\
Hallo Annette,

bitte heute noch die Vorauszahlung der Hafen- und Liegegelder an die Hamburg Port Authority für die MV Nordic Tern (Anlauf Sonntag, CTA) freigeben. Die HPA hat unsere Sicherheitsleistung für den Anlauf nicht verlängert; ohne Zahlungseingang bis Montag früh bekommen wir keinen Liegeplatz zugewiesen.

Der Betrag (38.412,60 EUR) steht in SAP als Zahlungsvorschlag 4711-10/26, ich habe ihn im Workflow bereits als zweiter Freigeber genehmigt. Die Rechnung der HPA liegt im DMS unter dem Vorgang NBC-2026-0912. Empfänger ist die bekannte HPA-Bankverbindung aus dem Kreditorenstamm - keine neuen Kontodaten.

Sabine, bitte nach dem Zahllauf kurz Nils Bescheid geben, damit er die Owners informieren kann.

Wenn etwas unklar ist, ruft mich an, ich bin bis 15 Uhr im Büro (Durchwahl -100).

Danke und viele Grüße
Jörg

Jörg Schäfer
Geschäftsführer
Example Group | Example Shipping & Port Services GmbH
Am Kaiserkai 12 · 20457 Hamburg"""
    return Mail("de", "ceo-dringende-zahlung-intern", "exchange", (2026, 10, 16, 11, 20, 33), S("ceo"), [S("cfo")],
                "Dringend: Vorauszahlung Hafengebühren MV Nordic Tern – heute freigeben",
                B.alt(text, "outlook", "windows-1252"), cc=[S("ap")], hcs=("windows-1252", "Q"),
                p=dict(content_lang="de-DE"),
                what="CEO's genuine urgent payment request (port dues prepayment) through the internal relay",
                why="Internal mail via Exchange and mail-int01 [10.20.0.25]; refers to the SAP payment proposal already "
                    "approved in the workflow, DMS case and the known payee in vendor master; invites a phone call; "
                    "copies accounts payable.")


def b04():
    text = """\
Hallo Monika,

ich muss mich leider für heute und voraussichtlich bis Mittwoch krankmelden (Magen-Darm). Ich war eben schon beim Hausarzt, die AU ist elektronisch an die Krankenkasse gegangen, du solltest sie über den eAU-Abruf sehen.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy noch im Büro liegt.

Nils: Für den Crew Change auf der MV Baltic Wren am Mittwoch in Brunsbüttel sind Hotel und Transfers gebucht, die Liste liegt im Ops-Ordner unter Crew Changes/2026-11. Die Visa-Bestätigung für die zwei philippinischen Seeleute fehlt noch - bitte bei Seaview nachhaken.

Viele Grüße
Katharina"""
    return Mail("de", "krankmeldung-private-gmx", "gmx", (2026, 11, 2, 6, 52, 18),
                ("Katharina Groß", "kathi.gross@gmx.de"), [S("hr")], "Krankmeldung Katharina Groß",
                B.plain(text, "utf-8", "quoted-printable"), cc=[S("charter")], hcs=("utf-8", "Q"),
                p=dict(brand="gmx", cnet="91.61"),
                what="Colleague's sick note from her private GMX address (eAU), with a hand-over to a colleague",
                why="Her known private address (listed for her in HR), German DSL range, no request for money or "
                    "data changes; the eAU goes through the health insurer; content is verifiable operational detail.")


def b05():
    text = """\
Liebe Kolleginnen und Kollegen,

ab der Abrechnung für November 2026 stellen wir Ihnen Ihre Entgeltabrechnung nicht mehr auf Papier, sondern digital über DATEV Arbeitnehmer online zur Verfügung.

So läuft die Umstellung:
- In den nächsten Tagen erhalten Sie per Post an Ihre Privatanschrift einen Brief mit Ihrem persönlichen Registrierungscode.
- Die Registrierung erfolgt im Portal DATEV Arbeitnehmer online (Adresse im Brief) mit dem Code und Ihrer privaten E-Mail-Adresse; die Anmeldung läuft über die DATEV SmartLogin-App.
- Ihr Example-Group-Passwort wird dafür weder benötigt noch abgefragt.

Wichtig: Wir werden Sie niemals per E-Mail, QR-Code oder Telefon auffordern, Ihr Microsoft-365-Passwort einzugeben oder eine MFA-Anfrage zu bestätigen. Wenn Sie eine solche Nachricht erhalten, leiten Sie sie bitte an it-security@example.com weiter.

Wer weiterhin eine Papierabrechnung wünscht, gibt mir bitte bis zum 13.11. Bescheid.

Viele Grüße
Monika Weiß
Personal & Entgeltabrechnung
Example Group | Am Kaiserkai 12 | 20457 Hamburg | Tel. +49 40 6395 210-140"""
    return Mail("de", "hr-entgeltabrechnung-digital-intern", "exchange", (2026, 10, 21, 14, 30, 2), S("hr"),
                [("Alle Mitarbeiter Hamburg", "alle-hamburg@example.com")],
                "Entgeltabrechnung ab November digital über DATEV Arbeitnehmer online",
                B.alt(text, "outlook", "iso-8859-1"), rcpt="nils.hansen@example.com", hcs=("iso-8859-1", "Q"),
                p=dict(content_lang="de-DE"),
                what="HR's internal notice about digital payslips (DATEV), to a distribution list",
                why="Internal relay; registration by postal code and private e-mail, no company credentials, no QR, "
                    "no link; warns that HR never asks for passwords or MFA confirmations.")


def b06():
    base = "https://www.maritimer-wirtschaftsbrief.de/artikel/"
    utm = "?utm_source=newsletter&utm_medium=email&utm_campaign=mwb-2026-46"
    text = """\
Maritimer Wirtschaftsbrief - Ausgabe 46/2026

Guten Morgen,

heute im Überblick:

EU-ETS in der Schifffahrt: Seit Januar müssen Reedereien für 100 Prozent ihrer geprüften Emissionen Zertifikate abgeben. Was das für die Abrechnung mit Charterern bedeutet.
[[Weiterlesen|%seu-ets-100-prozent-charterer%s]]

FuelEU Maritime: Erste Pooling-Runde abgeschlossen - wie deutsche Reeder Überschüsse vermarkten.
[[Weiterlesen|%sfueleu-pooling-erste-runde%s]]

Hinterland: Bahnbaustellen im Hamburger Hafen bis Ende Januar - Umleitungen für Containerzüge.
[[Weiterlesen|%sbahnbaustellen-hafen-hamburg%s]]

Termine: Maritimer Jahresausklang am 3. Dezember, Hamburg.

Viel Spaß beim Lesen
Ihre Redaktion""" % (base, utm, base, utm, base, utm)
    unsub = "https://seu2.cleverreach.com/f/318842-327110/wcs/?e=a7f3c91d2b&id=6626041"
    return Mail("de", "newsletter-cleverreach", "esp", (2026, 11, 12, 6, 0, 4),
                ("Maritimer Wirtschaftsbrief", "newsletter@maritimer-wirtschaftsbrief.de"), [S("sales")],
                "EU-ETS 100 %, FuelEU-Pooling, Bahnbaustellen im Hafen – Ausgabe 46/2026",
                B.alt(text, "brand", "utf-8", brand="Maritimer Wirtschaftsbrief", color="#0a2f5c", lang="de",
                      linkstyle="bracket",
                      footer="Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.\n"
                             "[[Abmelden|%s]] · Maritimer Wirtschaftsbrief Verlags-GmbH · Hamburg" % unsub,
                      pixel="https://seu2.cleverreach.com/mo/6626041/a7f3c91d2b"),
                hcs=("utf-8", "Q"), p=dict(esp="cleverreach"),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-6626041-a7f3c91d2b@crsend.com>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed trade newsletter via CleverReach with List-Unsubscribe",
                why="Subscribed publication; ESP with consistent bounce domain, one-click unsubscribe, links to the "
                    "publisher's own site; no credential or payment request.")


def b07():
    lines = [("Lieferant GmbH", 16, True), "Am Lunedeich 88 - 27572 Bremerhaven", "",
             "Example Shipping & Port Services GmbH", "Kreditorenbuchhaltung", "Am Kaiserkai 12", "20457 Hamburg", "",
             ("2. MAHNUNG", 13, True), "Datum: 17.11.2026     Kunden-Nr.: 24117", "",
             "Rechnung RE-2026-10433 vom 06.10.2026, fällig 20.10.2026: 12.316,80 EUR",
             "Mahngebühr: 5,00 EUR", ("Offener Betrag: 12.321,80 EUR", 11, True), "",
             "Zahlbar bis 24.11.2026 auf unser Konto bei der Commerzbank:",
             "IBAN " + bk.fmt_iban(LIEF_IBAN_OLD) + " - BIC COBADEFFXXX", "",
             "Bei Nichtzahlung behalten wir uns vor, weitere Lieferungen nur gegen Vorkasse auszuführen."]
    text = """\
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 03.11.2026 konnten wir zu folgender Rechnung bisher keinen Zahlungseingang feststellen:

RE-2026-10433 vom 06.10.2026, fällig am 20.10.2026: 12.316,80 EUR
Mahngebühr: 5,00 EUR
Gesamt: 12.321,80 EUR

Wir bitten Sie dringend, den offenen Betrag bis spätestens 24.11.2026 auf unser bekanntes Konto bei der Commerzbank (IBAN %s) zu überweisen.

Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns leider gezwungen, weitere Lieferungen - auch die für KW 48 disponierte Lieferung Laschmaterial für die MV Baltic Wren - nur noch gegen Vorkasse auszuführen bzw. bis zum Ausgleich zurückzustellen.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter +49 471 30 917-22.

Mit freundlichen Grüßen
Buchhaltung

%s""" % (bk.fmt_iban(LIEF_IBAN_OLD), LIEF_SIG)
    return Mail("de", "lieferant-mahnung-lieferstopp", "postfix", (2026, 11, 17, 9, 30, 55),
                ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("ap")],
                "2. Mahnung - Rechnung RE-2026-10433 - Lieferstopp droht",
                B.mixed(B.plain(text, "iso-8859-1", "8bit"),
                        pdf_part("Mahnung_2_RE-2026-10433.pdf", lines, title="2. Mahnung", author="Lieferant GmbH",
                                 producer="Sage 100 9.0 PDF-Export", creator="Sage 100", date="20261117093000+01'00'")),
                cc=[S("proc")], hcs=("iso-8859-1", "Q"),
                p=dict(mta=LIEF_MTA, ua="erp", mailer="Sage 100 9.0.7.2", erp_host="sage01.lieferant.local",
                       lan="192.168.10.15"),
                what="Genuine second dunning letter with threat of supply stop (urgent, but payment to the known "
                     "account)",
                why="Sent by Lieferant's ERP through its real server; refers to a real invoice; pays to the unchanged "
                    "Commerzbank account; offers a phone number already known from invoices.")


def b08():
    text = """\
Microsoft-Konto

Ungewöhnliche Anmeldeaktivität

Wir haben ungewöhnliche Aktivitäten bei einer kürzlich erfolgten Anmeldung bei dem Microsoft-Konto th*****@example.com festgestellt. Sie könnten sich beispielsweise von einem neuen Standort, Gerät oder einer neuen App aus anmelden.

Details der Anmeldung:
Land/Region: Deutschland
IP-Adresse: 2a02:8108:1440:3c00::5d1e
Datum: 07.11.2026 21:12 (MEZ)
Plattform: Windows 11
Browser: Microsoft Edge

Bitte überprüfen Sie die letzten Aktivitäten, damit wir Sie beim Schutz Ihres Kontos unterstützen können. Wenn Sie es waren, können Sie diese Nachricht ignorieren.

[[btn:Letzte Aktivitäten überprüfen|https://account.live.com/Activity]]

Um Ihre Sicherheitsinfos zu verwalten, [[klicken Sie hier|https://account.live.com/proofs/Manage]].

Vielen Dank!
Das Microsoft-Kontoteam"""
    return Mail("de", "microsoft-konto-anmeldeaktivitaet", "service", (2026, 11, 7, 21, 14, 37),
                ("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"), [S("ithead")],
                "Ungewöhnliche Anmeldeaktivität beim Microsoft-Konto",
                B.alt(text, "brand", "utf-8", brand="Microsoft", color="#2672ec", lang="de",
                      footer="Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839\n"
                             "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"),
                hcs=("utf-8", "Q"), p=dict(svc="microsoft", mid_style="msa"),
                what="Genuine Microsoft account sign-in alert (IT head's Microsoft account)",
                why="Microsoft's real sender and outbound infrastructure; links only to account.live.com; sign-in "
                    "details match the recipient's own home connection (German IPv6); no attachment.")


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]

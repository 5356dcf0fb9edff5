# -*- coding: utf-8 -*-
"""Attack messages 01-08 (German)."""
from common import *  # noqa: F401,F403
from company import LIEF_USTID

LIEF_SIG = """\
Lieferant GmbH
Schiffsausrüstung · Laschmaterial · Festmacher
Am Lunedeich 88 · 27572 Bremerhaven
Tel. +49 471 30 917-0 · www.lieferant-gmbh.de
Geschäftsführer: Hans-Jürgen Lang · Amtsgericht Bremen HRB 1042 BHV"""


def a01():
    text = """\
Hallo Annette,

sind Sie heute Nachmittag erreichbar? Ich brauche Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wie Sie wissen, sprechen wir seit einigen Wochen über die Erweiterung unseres Agenturnetzes in den Benelux-Häfen. Wir stehen jetzt kurz vor der Unterzeichnung des Kaufvertrags für eine Schiffsagentur in Rotterdam. Bis zur offiziellen Bekanntgabe unterliegt der Vorgang einer strengen Vertraulichkeitsvereinbarung - bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Sabine oder Herrn Krüger.

Die Transaktion wird von Dr. Henrik Maes (Van der Berg & Maes Advocaten, Rotterdam) begleitet. Er meldet sich heute im Laufe des Tages direkt bei Ihnen und übermittelt Ihnen die Angaben zum Treuhandkonto für die Anzahlung über 248.600,00 EUR. Die Zahlung muss heute noch mit Valuta heute raus, sonst verfällt unsere Exklusivität.

Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar. Bitte kommunizieren Sie in dieser Sache ausschließlich per E-Mail mit mir und Dr. Maes.

Geben Sie mir bitte kurz Bescheid, dass Sie sich darum kümmern können.

Viele Grüße
Jörg Schäfer
Geschäftsführer

Example Group | Example Shipping & Port Services GmbH
Am Kaiserkai 12 · 20457 Hamburg"""
    return Mail("de", "ceo-fraud-vertrauliche-akquisition", "postfix", (2026, 10, 13, 10, 42, 17),
                ("Jörg Schäfer", "joerg.schaefer@examplegroup-eu.com"), [S("cfo")],
                "Vertraulich - Ihre Unterstützung heute", B.alt(text, "outlook", "iso-8859-1"),
                hcs=("iso-8859-1", "Q"),
                p=dict(mta=("mail.examplegroup-eu.com", "161.97.148.77"), rdns="vmi2298311.contaboserver.net",
                       client_ip=("unknown", "185.107.56.203"), lan="10.8.0.6", ua="outlook", content_lang="de"),
                what="CEO fraud: 'CEO' asks CFO to prepare a same-day escrow payment for a secret acquisition; "
                     "lawyer will follow",
                why="Look-alike domain examplegroup-eu.com (real: examplegroup.eu / example.com) on a Contabo VPS; "
                    "secrecy (not even AP/IT), same-day deadline, CEO 'not reachable by phone', e-mail only. "
                    "Internal mail from the CEO arrives via mail-int01/Exchange.",
                hn=["B03"])


def a02():
    lt = bk.iban_lt("32500", "74419358212")
    text = """\
Sehr geehrte Frau Köhler,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank hat sich unsere Bankverbindung geändert. Unser bisheriges Konto bei der Commerzbank wird zum 31.10.2026 aufgelöst; Zahlungseingänge auf dieses Konto können ab sofort nicht mehr zuverlässig zugeordnet werden.

Bitte hinterlegen Sie in Ihrem Kreditorenstamm ab sofort ausschließlich die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Dies betrifft bereits die offenen Rechnungen RE-2026-10418 (4.870,35 EUR) und RE-2026-10433 (12.316,80 EUR), fällig am 20.10.2026. Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang.

Rückfragen bitte am besten per E-Mail, da wir derzeit auf eine neue Telefonanlage umstellen und die Durchwahlen nicht zuverlässig erreichbar sind.

Mit freundlichen Grüßen

Petra Lang
Kaufmännische Leitung

%s""" % (bk.fmt_iban(lt), LIEF_SIG)
    pdf = pdf_part("Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", [
        ("Lieferant GmbH", 16, True), "Am Lunedeich 88 - 27572 Bremerhaven", "",
        "An: Example Shipping & Port Services GmbH, Kreditorenbuchhaltung", "Bremerhaven, 14.10.2026", "",
        ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), "",
        "Sehr geehrte Damen und Herren,",
        "mit sofortiger Wirkung bitten wir Sie, sämtliche Zahlungen ausschließlich auf folgendes Konto zu leisten:",
        "", "Kontoinhaber: Lieferant GmbH", "Bank: Revolut Bank UAB, Vilnius", "IBAN: " + bk.fmt_iban(lt),
        "BIC: REVOLT21", "",
        "Unsere bisherige Bankverbindung bei der Commerzbank AG ist ab dem 31.10.2026 nicht mehr gültig.", "",
        "Mit freundlichen Grüßen", "", "gez. Hans-Jürgen Lang, Geschäftsführer", "gez. Petra Lang, Kaufm. Leitung",
        "", "USt-IdNr. " + LIEF_USTID + " - Amtsgericht Bremen HRB 1042 BHV"],
        title="Mitteilung Bankverbindung", author="Petra Lang", date="20261014171204+02'00'")
    return Mail("de", "lieferant-bankverbindung-lookalike", "m365", (2026, 10, 15, 8, 57, 3),
                ("Petra Lang", "p.lang@lieferant-gmbh.com"), [S("ap")],
                "Änderung unserer Bankverbindung - bitte ab sofort berücksichtigen",
                B.mixed(B.alt(text, "outlook", "iso-8859-1"), pdf),
                reply_to=("Petra Lang", "buchhaltung@lieferant-gmbh.com"), hcs=("iso-8859-1", "Q"),
                p=dict(content_lang="de-DE", srv="FR4P281MB3427", tenant="0c4d2a7e-93b1-4f06-a1d8-5e3b7c90f412"),
                what="Supplier bank-detail change from a look-alike of Lieferant GmbH, PDF 'letter' with a "
                     "Lithuanian EMI IBAN",
                why="lieferant-gmbh.com instead of lieferant-gmbh.de on a fresh Microsoft 365 tenant; Reply-To to "
                    "a second look-alike mailbox; German GmbH suddenly banking at Revolut LT; open invoices "
                    "redirected; discourages telephone verification.",
                hn=["B02", "B01", "B07"])


def a03():
    url = ("https://u4829117.ct.sendgrid.net/ls/click?upn=u001.Q2xpY2tUcmFjay5lbHN0ZXItemVydGlmaWthdC1lcm5ldWVy"
           "dW5nLmRlL29yZy92ZXJsYWVuZ2VydW5nP2lkPUVYRzQ4NzQxMDI5NjM-3D")
    text = """\
Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat (ELSTER-Zertifikat) für das Benutzerkonto
Example Shipping & Port Services GmbH (Steuernummer 48/741/02963)
läuft am 31.10.2026 ab.

Ohne gültiges Zertifikat können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen ab dem 01.11.2026 nicht mehr übermittelt werden. Verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO nach sich ziehen.

Die Verlängerung dauert etwa fünf Minuten. Halten Sie bitte Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

[[btn:Zertifikat jetzt verlängern|%s]]

Sollten Sie das Zertifikat bereits verlängert haben, betrachten Sie diese Nachricht als gegenstandslos.

Mit freundlichen Grüßen
Ihr ELSTER-Team
Bayerisches Landesamt für Steuern

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""" % url
    return Mail("de", "elster-zertifikat-phishing", "esp", (2026, 10, 19, 7, 31, 40),
                ("ELSTER – Ihr Online-Finanzamt", "noreply@elster-benachrichtigung.de"), [S("cfo")],
                "Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab",
                B.alt(text, "brand", "utf-8", brand="ELSTER", color="#00457d", linkstyle="bracket",
                      footer="Bayerisches Landesamt für Steuern · Dienststelle München\nImpressum | Datenschutz",
                      pixel="https://u4829117.ct.sendgrid.net/wf/open?upn=u001.mX9pQ2"),
                hcs=("utf-8", "Q"), p=dict(esp="sendgrid"),
                what="ELSTER (German tax portal) certificate-expiry phishing via SendGrid",
                why="ELSTER never mails renewal links; sender domain elster-benachrichtigung.de is not elster.de; "
                    "asks for the .pfx file and its password (full takeover of the company's tax certificate); "
                    "SendGrid click-tracking link hides the target; deadline and penalty pressure.")


def a04():
    m = bk.mrn("26DE4F1A7K3M9P2Q5")
    page = A.phish_html("Zoll-Portal - Anmeldung", "Zoll-Portal · Bürger- und Geschäftskundenportal",
                        "Anmeldung Geschäftskunden",
                        "Vorgang %s: Nachforderung von Unterlagen. Bitte melden Sie sich an, um die "
                        "angeforderten Dokumente hochzuladen." % m,
                        "https://www.bestattungen-haller.de/wp-includes/css/zp/index.php",
                        email="mehmet.yilmaz@example.com", fields=("Passwort",), button="Anmelden",
                        color="#004b76", lang="de",
                        footer="Generalzolldirektion · Impressum · Datenschutz · Barrierefreiheit")
    text = """\
Sehr geehrte Damen und Herren,

zu der unten genannten Ausfuhranmeldung wurde von der Ausfuhrzollstelle Hamburg-Waltershof eine Nachforderung von Unterlagen erfasst (Status: "Unterlagen angefordert"):

MRN: %s
Bezugsnummer (LRN): EXG-HH-2026-04417
Anmelder/Vertreter: Example Shipping & Port Services GmbH
Beförderungsmittel: MV NORDIC TERN (%s)

Bitte laden Sie die angeforderten Unterlagen (Handelsrechnung, Packliste, ggf. Ausfuhrgenehmigung) innerhalb von 24 Stunden über das Zoll-Portal hoch. Nach Fristablauf wird die Anmeldung gemäß Art. 174 UZK für ungültig erklärt und die Ware nicht zur Ausfuhr überlassen.

Die Benachrichtigung mit direktem Zugang zum Vorgang ist dieser E-Mail als Anlage beigefügt. Öffnen Sie die Datei und melden Sie sich mit Ihren Zugangsdaten für das Zoll-Portal an.

Mit freundlichen Grüßen
Generalzolldirektion
Direktion V - IT-Verfahren ATLAS""" % (m, bk.imo("971234"))
    return Mail("de", "zoll-atlas-html-anhang", "ionos", (2026, 10, 21, 14, 5, 12),
                ("Zoll ATLAS-Benachrichtigung", "info@fahrschule-kaiser-zwickau.de"), [S("customs")],
                "ATLAS-Ausfuhr: Nachforderung Unterlagen MRN " + m,
                B.mixed(B.plain(text, "iso-8859-1", "8bit"),
                        html_part("ATLAS_Nachforderung_%s.html" % m, page)),
                hcs=("iso-8859-1", "Q"), p=dict(ua="outlook", cip="[91.97.%d.%d]" % (40, 117)),
                what="Customs (ATLAS export) document request with an HTML attachment that is a fake "
                     "Zoll-Portal login",
                why="German customs does not send ATLAS status by e-mail with login files; sender is a driving "
                    "school's compromised IONOS mailbox; the HTML form posts the broker's Zoll-Portal password to a "
                    "compromised WordPress site; 24-hour threat.")


def a05():
    import base64
    url = "https://payroll-sso.exg-hr.workers.dev/auth?e=" + base64.b64encode(
        b"nils.hansen@example.com").decode().rstrip("=")
    text = """\
Sehr geehrte Mitarbeiterin, sehr geehrter Mitarbeiter,

zum 1. November stellen wir den Versand der Entgeltabrechnungen vollständig auf das digitale Mitarbeiterportal um. Gleichzeitig wird die Anpassung der Reisekosten- und Bordzulagen für 2027 wirksam.

Damit Ihre Abrechnung für Oktober bereitgestellt werden kann, muss jede Mitarbeiterin und jeder Mitarbeiter den Zugang einmalig mit der Multi-Faktor-Authentifizierung bestätigen.

So geht es:
1. Scannen Sie den QR-Code mit der Kamera Ihres Smartphones.
2. Melden Sie sich mit Ihrer gewohnten Microsoft-365-Adresse und Ihrem Passwort an.
3. Bestätigen Sie die Anmeldung in der Authenticator-App.

[[img:qr-entgelt-2026|QR-Code Mitarbeiterportal]]

Bitte erledigen Sie die Bestätigung bis Freitag, 30.10.2026. Nicht bestätigte Zugänge werden aus Datenschutzgründen gesperrt; die Abrechnung kann dann erst im Folgemonat bereitgestellt werden.

Ihre Personalabteilung
Example Group"""
    alt = mb.multi("alternative", mb.text(B.to_plain(text), "plain", "utf-8", "base64"),
                   B.related(mb.text(B.brand_html(text, "Example Group · Personal", color="#1f3a5f", lang="de",
                                                  footer="Example Group · Personalabteilung · Am Kaiserkai 12 · 20457 Hamburg",
                                                  charset="utf-8"), "html", "utf-8", "base64"),
                             qr_part(url, "image001.png", cid="qr-entgelt-2026", key="A05")))
    return Mail("de", "hr-entgeltabrechnung-quishing", "esp", (2026, 10, 27, 9, 12, 0),
                ("Personalabteilung Example Group", "personal@examplegroup-hr.de"), [S("charter")],
                "Aktion erforderlich: Bestätigung Ihres Zugangs zur Entgeltabrechnung bis 30.10.", alt,
                hcs=("utf-8", "B"), p=dict(esp="brevo"),
                what="Quishing: fake HR notice with an inline QR code to confirm MFA for the payslip portal",
                why="examplegroup-hr.de is not a company domain, sent through Brevo; the QR code (decodes to a "
                    "Cloudflare workers.dev page carrying the victim's address) moves a Microsoft 365 login to an "
                    "unmanaged phone - adversary-in-the-middle MFA phishing; lockout deadline.",
                hn=["B05"])


def a06():
    ib = bk.iban_de("10011001", "2863915740")
    text = """\
Hallo Monika,

ich hab eine kurze Bitte: Ich habe mein Gehaltskonto gewechselt, das alte Konto bei der Haspa wird Ende des Monats geschlossen. Kannst du für die Novemberabrechnung bitte schon die neue Bankverbindung hinterlegen?

Kontoinhaberin: Katharina Groß
IBAN: %s
BIC: NTSBDEB1XXX (N26)

Ich schreibe von privat, weil ich heute und morgen in Brunsbüttel beim Crew Change auf der MV Nordic Tern bin und mit dem Laptop nicht ins VPN komme. Falls du noch ein Formular brauchst, schick es mir gern an diese Adresse, ich unterschreibe es dann digital.

Danke dir und liebe Grüße
Katharina""" % bk.fmt_iban(ib)
    return Mail("de", "gehaltskonto-aenderung-freemail", "gmx", (2026, 11, 5, 7, 48, 22),
                ("Katharina Groß", "katharina.gross.hh@web.de"), [S("hr")],
                "Neue Bankverbindung für Gehalt", B.plain(text, "utf-8", "quoted-printable"),
                hcs=("utf-8", "Q"), p=dict(brand="webde", cnet="102.89"),
                what="Payroll diversion: 'employee' on web.de asks HR to pay the salary to a new N26 account",
                why="Unknown private address (her known private mailbox is kathi.gross@gmx.de), web.de session from "
                    "a Nigerian IP range, salary redirect to a neobank, excuse for not using the company channel, "
                    "wants forms sent to the free-mail address.",
                hn=["B04", "B05"])


def a07():
    prev = """\
Hallo Herr Maier,

vielen Dank für die schnelle Lieferung der Zurrketten nach Bremerhaven. Leider fehlen laut Wareneingang 12 Spannschrauben (Pos. 3), der Rest ist vollständig. Können Sie uns bitte eine korrigierte Rechnung über die tatsächlich gelieferte Menge schicken?

Viele Grüße
Dirk Neumann
Einkauf | Example Group
Example Shipping & Port Services GmbH · Am Kaiserkai 12 · 20457 Hamburg"""
    text = """\
Hallo Herr Neumann,

anbei wie besprochen die korrigierte Rechnung inkl. Lieferschein zur Bestellung 4500018872. Die fehlenden Spannschrauben aus Pos. 3 sind herausgerechnet.

Aus Datenschutzgründen ist das Archiv verschlüsselt, das Kennwort lautet: 4872

Bitte kurz prüfen und Bescheid geben, ob das so passt.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Außendienst
%s

-----Ursprüngliche Nachricht-----
Von: Dirk Neumann <dirk.neumann@example.com>
Gesendet: Mittwoch, 4. November 2026 11:37
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Bestellung 4500018872 – Laschmaterial MV Nordic Tern

%s""" % (LIEF_SIG, prev)
    z = zip_part("RE-2026-10452_korrigiert.zip", [("RE-2026-10452_Rechnung_Lieferschein.js", A.PLACEHOLDER)],
                 password="4872", date_time=(2026, 11, 10, 15, 58, 0))
    irt = "<7e3b1f0a9c2d4e8f b1a6c5d4e3f2a1b0@EXMB02.corp.example.com>".replace(" ", "")
    return Mail("de", "thread-hijack-lieferant-zip-passwort", "postfix", (2026, 11, 10, 16, 22, 9),
                ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("proc")],
                "AW: Bestellung 4500018872 – Laschmaterial MV Nordic Tern",
                B.mixed(B.alt(text, "outlook", "windows-1252"), z), hcs=("windows-1252", "Q"), irt=irt,
                refs="<3c9d2e1f8a7b4c6d9e0f1a2b3c4d5e6f@lieferant-gmbh.de> " + irt,
                p=dict(mta=("mail.lieferant-gmbh.de", "85.214.132.17"), client_ip=("unknown", "45.137.21.9"),
                       lan="10.66.0.14", ua="outlook", content_lang="de"),
                what="Thread hijack from the genuinely compromised mailbox of Lieferant GmbH's sales rep: "
                     "'corrected invoice' as encrypted ZIP with a .js file",
                why="Real Lieferant domain and server, but the authenticated submission comes from 45.137.21.9 "
                    "(hosting range, not Lieferant's office line); a real thread is resumed; the ZipCrypto archive "
                    "(password in the body, defeats scanning) contains a JavaScript file disguised as invoice - "
                    "malware loader pattern (Qakbot/Pikabot style).",
                hn=["B01", "B07"])


def a08():
    ib = bk.iban_de("10050000", "6604118723")
    text = """\
Sehr geehrte Damen und Herren,

nach § 20 Geldwäschegesetz (GwG) sind Gesellschaften verpflichtet, ihre wirtschaftlich Berechtigten dem Transparenzregister mitzuteilen und diese Angaben aktuell zu halten. Für die Example Shipping & Port Services GmbH (HRB 148207) liegt uns für das Jahr 2027 noch keine bestätigte Eintragung vor.

Im Anhang erhalten Sie das Formular zur Eintragungsbestätigung mit dem Aktenzeichen TR-2026-118734. Mit Ausgleich der Bearbeitungsgebühr von 489,90 EUR bis zum 25.11.2026 übernehmen wir die Prüfung und Übermittlung Ihrer Angaben.

Bei Verstößen gegen die Mitteilungspflicht drohen Bußgelder nach § 56 GwG.

Mit freundlichen Grüßen

Register Transparenz Deutschland
Abteilung Eintragungsservice
Friedrichstraße 171 · 10117 Berlin"""
    pdf = pdf_part("Eintragungsbestaetigung_TR-2026-118734.pdf", [
        ("Register Transparenz Deutschland", 15, True), "Eintragungsservice - Friedrichstraße 171 - 10117 Berlin", "",
        "Example Shipping & Port Services GmbH", "Am Kaiserkai 12", "20457 Hamburg", "",
        ("Eintragungsbestätigung / Zahlungsaufforderung", 12, True),
        "Aktenzeichen: TR-2026-118734          Datum: 11.11.2026", "",
        "Registerjahr 2027 - Prüfung und Übermittlung wirtschaftlich Berechtigter (§ 20 GwG)",
        "Bearbeitungsgebühr netto: 411,68 EUR", "zzgl. 19 % USt.: 78,22 EUR", ("Gesamtbetrag: 489,90 EUR", 11, True),
        "", "Zahlbar bis 25.11.2026 auf:", "Empfänger: RTD Registerservice UG (haftungsbeschränkt)",
        "IBAN: " + bk.fmt_iban(ib), "BIC: BELADEBEXXX", "Verwendungszweck: TR-2026-118734", "", "", "",
        ("Hinweis: Dieses Schreiben ist ein Angebot zur Beauftragung eines privaten Eintragungsservices. Mit der", 6, False),
        ("Zahlung kommt ein Dienstleistungsvertrag über 3 Jahre zustande. Keine Verbindung zum amtlichen", 6, False),
        ("Transparenzregister der Bundesanzeiger Verlag GmbH.", 6, False)],
        title="Eintragungsbestaetigung", producer="iText 7.2.5", creator="RTD Formularserver",
        date="20261111100112+01'00'")
    return Mail("de", "transparenzregister-scheinrechnung", "esp", (2026, 11, 11, 10, 3, 44),
                ("Transparenzregister Service", "service@register-transparenz-deutschland.de"), [S("assist")],
                "Eintragungsbestätigung und Zahlungsaufforderung – Az. TR-2026-118734",
                B.mixed(B.plain(text, "utf-8", "quoted-printable"), pdf), hcs=("utf-8", "Q"),
                p=dict(esp="mailgun"),
                what="Fake register 'invoice' (Transparenzregister look-alike) with a PDF payment demand",
                why="Private company imitating the official Transparenzregister (run by Bundesanzeiger Verlag); the "
                    "'invoice' is an offer for a 3-year contract hidden in 6-pt small print; fine threats; payment to "
                    "a UG account; bulk-sent via Mailgun.")


def messages():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]

"""Attack messages, German (8)."""
import base64

import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, related, branded_alt, branded, pdf_att, png_att, qr_png, to_html)
from mime import Text, Blob, Multi

F, L = "attack", "de"

# ---------------------------------------------------------------- 01 CEO fraud
M(F, L, "ceo-fraud-vertrauliche-akquisition",
  ("Markus Höfler", "markus.hoefler.gf@gmail.com"), [S("krueger")],
  "Vertraulich – Projekt Lärche", "2026-11-19 07:52:31",
  sy.gmail(0, client="iphone"),
  plain("""Hallo Sabine,

bist du heute Vormittag erreichbar? Ich schreibe dir bewusst von meiner privaten Adresse, weil das Thema bis zur Unterzeichnung nicht über unsere Systeme laufen soll.

Wir stehen kurz vor dem Abschluss der Übernahme eines Sägewerks in der Steiermark (intern „Projekt Lärche“). Die Verkäuferseite verlangt bis heute 14:00 Uhr eine Exklusivitätsanzahlung von 486.500,00 EUR auf ein Treuhandkonto, sonst geht die Exklusivität an den zweiten Bieter. Die Abwicklung läuft über Dr. Raphael Brunner von der Kanzlei Brunner Kern & Partner in Zürich. Er meldet sich in den nächsten Minuten direkt bei dir mit der Treuhandvereinbarung und den Kontodaten.

Bitte behandle das streng vertraulich, auch gegenüber Claudia und der Buchhaltung. Solange nichts unterschrieben ist, dürfen weder die Belegschaft noch die Banken etwas davon erfahren. Ich sitze den ganzen Tag in Graz in Verhandlungen und kann nicht telefonieren, wir bleiben bitte per Mail in Kontakt.

Gib mir kurz Bescheid, dass du die Zahlung heute freigeben kannst.

Danke dir!
Markus

Von meinem iPhone gesendet
""", "utf-8", "qp"),
  what="CEO fraud: 'Markus Höfler' (CEO) asks the CFO from a Gmail address for a confidential escrow payment of EUR 486,500 for an acquisition; announces a Zurich 'lawyer' who will send the bank details.",
  why="CEO display name on a free-mailer address never used by him; secrecy ('not even Claudia or the banks'), same-day deadline, refuses phone contact, payment to an escrow account supplied by an unknown 'lawyer' – textbook BEC/fake-lawyer pattern. Sent via Gmail SMTP from an iPhone, not through mail-int01.")

# ---------------------------------------------------------------- 02 supplier bank change, look-alike
_iban_lt = fin.lt_iban("32500", "07312984561")
_txt02 = """Sehr geehrter Herr Weiß,

im Zuge der Zusammenführung unseres Zahlungsverkehrs mit unserer Muttergesellschaft stellen wir zum 01.11.2026 unsere Bankverbindung um. Bitte leiten Sie ab sofort alle Zahlungen – auch die bereits fälligen Rechnungen RE-2026-10412 und RE-2026-10458 über zusammen 38.716,40 € – ausschließlich auf das unten genannte Konto. Unsere bisherige Verbindung bei der Sparkasse Wasserburg wird zum Monatsende geschlossen; Eingänge dorthin können danach nicht mehr zugeordnet werden.

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Das offizielle Schreiben mit Unterschrift der Geschäftsführung finden Sie im Anhang. Da wir die Umstellung noch in diesem Monat abschließen müssen, bitten wir um eine kurze Bestätigung per E-Mail, sobald Sie die Stammdaten angepasst haben. Telefonisch sind wir wegen der Umstellung unserer Telefonanlage derzeit nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

i. A. Monika Huber
Buchhaltung

Lieferant GmbH
Rundholz · Schnittholz · Verpackungsholz
Industriestraße 7 · 83512 Wasserburg am Inn
rechnungen@lieferant-gmhb.de
""" % fin.fmt_iban(_iban_lt)
M(F, L, "lieferant-bankverbindung-lookalike",
  ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmhb.de"), [S("weiss")],
  "Änderung unserer Bankverbindung ab 01.11.2026 / offene Rechnungen", "2026-10-21 10:14:08",
  sy.vps_postfix("mail.lieferant-gmhb.de", "vmi2418876.contaboserver.net", "161.97.143.52", ua="outlook", tls="1.2", lang="de"),
  mixed(alt(_txt02, "iso-8859-15", "qp", "outlook"),
        pdf_att("Lieferant_GmbH_Mitteilung_Bankverbindung.pdf", [
            ("title", "Lieferant GmbH"),
            ("small", "Rundholz · Schnittholz · Verpackungsholz · Industriestraße 7 · 83512 Wasserburg am Inn"),
            ("gap", 20),
            ("p", "Example Group GmbH & Co. KG\nKreditorenbuchhaltung\nAm Sägewerk 12\n83026 Rosenheim"),
            ("gap", 14),
            ("p", "Wasserburg am Inn, 20.10.2026"),
            ("h", "Mitteilung über die Änderung unserer Bankverbindung"),
            ("p", "Sehr geehrte Damen und Herren,"),
            ("p", "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 ändert. Bitte überweisen Sie alle offenen und künftigen Rechnungsbeträge ausschließlich auf folgendes Konto:"),
            ("mono", "Kontoinhaber:  Lieferant GmbH\nIBAN:          %s\nBIC:           REVOLT21\nKreditinstitut: Revolut Bank UAB, Vilnius" % fin.fmt_iban(_iban_lt)),
            ("p", "Zahlungen auf die bisherige Verbindung können ab dem 01.11.2026 nicht mehr angenommen werden. Wir danken für Ihr Verständnis."),
            ("gap", 10),
            ("p", "Mit freundlichen Grüßen"),
            ("p", "Stefan Maier                    Geschäftsführung"),
            ("small", "Lieferant GmbH · Sitz Wasserburg am Inn · Amtsgericht Traunstein HRB 21874 · USt-IdNr. %s" % fin.de_ustid("28416730")),
        ], {"Producer": "Microsoft® Word für Microsoft 365", "Creator": "Microsoft® Word für Microsoft 365", "Title": "Mitteilung Bankverbindung"}, style="2047")),
  what="Supplier bank-detail change from the look-alike domain lieferant-gmhb.de (letters swapped) asking AP to pay overdue invoices to a new Revolut (LT) account; PDF 'letter' attached.",
  why="Look-alike of lieferant-gmbh.de hosted on a Contabo VPS; new account is a Lithuanian e-money account in place of the supplier's German bank; pushes already-due invoices; discourages phone verification ('telephone system being migrated'); asks only for e-mail confirmation – vendor-impersonation BEC.")

# ---------------------------------------------------------------- 03 ELSTER certificate
_u03 = "https://mein-elster-zertifikat.pages.dev/eportal/login/zertifikat?org=156%2F143%2F52872&sid=7Hq2LmX9"
M(F, L, "elster-zertifikat-verlaengerung",
  ("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@elster-portal-service.de"), [S("krueger")],
  "Ihr ELSTER-Organisationszertifikat läuft am 30.11.2026 ab – Verlängerung erforderlich", "2026-11-10 06:31:44",
  sy.ses(region="eu-central-1", ip="69.169.224.%d", mail_from_domain="mail.elster-portal-service.de"),
  branded_alt("Verlängerung Ihres Organisationszertifikats", [
      "Sehr geehrte Nutzerin, sehr geehrter Nutzer,",
      "das Organisationszertifikat (Zertifikatsdatei .pfx) für die Steuernummer 156/143/52872 – Example Group GmbH & Co. KG – ist nur noch bis zum 30.11.2026 gültig. Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch übermittelt werden.",
      "Bitte melden Sie sich bis spätestens 17.11.2026 an und bestätigen Sie die Verlängerung. Die Verlängerung dauert etwa zwei Minuten; Ihr bisheriges Passwort bleibt gültig.",
      "Bei nicht fristgerechter Übermittlung können Verspätungszuschläge nach § 152 AO festgesetzt werden.",
  ], ("Zertifikat jetzt verlängern", _u03),
      "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\nELSTER – Ihr Online-Finanzamt · Bayerisches Landesamt für Steuern",
      cs="utf-8", cte="qp", brand="#003064", logo_text="ELSTER · Mein ELSTER", lang="de",
      preheader="Handlungsbedarf: Zertifikat läuft ab"),
  what="ELSTER look-alike: 'organisation certificate expires, renew now' with a button to a Cloudflare Pages site, sent through Amazon SES from elster-portal-service.de.",
  why="ELSTER never sends renewal links and only uses elster.de; the sender domain is a look-alike and the link leads to *.pages.dev asking for the certificate file and PIN; deadline and penalty threat (§ 152 AO) to create urgency – credential/certificate phishing.")

# ---------------------------------------------------------------- 04 M365 MFA quishing
_dest04 = "https://mfa-sicherheit-m365.de/reg?e=katrin.mueller%40example.com&t=8Kq1Zr"
_u04 = "https://www.bing.com/ck/a?!&&p=9b1e3c0f5a7d2e48JmltdHM9MTc2MjM4ODgwMA&ptn=3&ver=2&hsh=4&fclid=1f3c9a2e&u=a1" + base64.urlsafe_b64encode(_dest04.encode()).decode().rstrip("=")
_html04 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9"><tr><td style="padding:24px">
<p style="font-size:20px;font-weight:600;margin:0 0 16px 0">Microsoft 365</p>
<p>Hallo Katrin Müller,</p>
<p>für Ihr Konto <b>katrin.mueller@example.com</b> ist die erneute Registrierung der Multi-Faktor-Authentifizierung (MFA) ausstehend. Ihre Organisation stellt bis zum <b>06.11.2026</b> auf die neuen Richtlinien für Authenticator-Verfahren um.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen, um Ihr Konto weiterhin nutzen zu können. Ohne erneute Registrierung wird der Zugriff auf Outlook, Teams und SharePoint nach Ablauf der Frist eingeschränkt.</p>
<p style="text-align:center"><img src="cid:qr-mfa-4471@example" width="210" height="210" alt="QR-Code"></p>
<p>Der Code ist 48 Stunden gültig.</p>
<p style="font-size:12px;color:#605e5c">Microsoft respektiert Ihre Privatsphäre. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table>
</body></html>
"""
M(F, L, "m365-mfa-quishing",
  ("Microsoft 365 Sicherheit", "info@steuerberatung-hinterberger.de"), [S("mueller")],
  "Aktion erforderlich: MFA-Registrierung für katrin.mueller@example.com läuft ab", "2026-11-04 13:06:19",
  sy.exim_host("www289.your-server.de", "78.46.76.118", "102.89.47.203", client="roundcube", exim="4.96", zone="eu"),
  related(Text(_html04, "html", "windows-1252", "qp"),
          png_att("qr.png", qr_png(_u04, 5), cid="qr-mfa-4471@example", disposition="inline"),
          params=' type="text/html";'),
  notes="QR code (inline PNG) decodes to " + _u04 + " (Bing redirect; the base64 parameter encodes " + _dest04 + ")",
  what="Quishing: 'Microsoft 365' MFA re-registration notice with an inline QR code; the QR goes through a Bing click-redirect to a look-alike credential page.",
  why="Sent from a compromised tax-adviser mailbox on shared hosting (webmail login from a Nigerian IP) with a Microsoft display name; HTML-only body with the link hidden in a QR image to evade URL scanning; Bing /ck/a open redirect to mfa-sicherheit-m365.de; 48-hour pressure – adversary-in-the-middle credential phishing.")

# ---------------------------------------------------------------- 05 thread hijack of Lieferant mailbox
_prev05 = """
Von: Florian Gruber <florian.gruber@example.com>
Gesendet: Dienstag, 27. Oktober 2026 16:02
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: AW: Lieferavis KW 44 - Fichte Rundholz Los 2

Hallo Frau Lang,

danke für das Avis. Bei Los 2 weicht unsere Werksvermessung um knapp 14 Fm von Ihrer Waldmaßliste ab (Stärkeklasse 2b/3a). Können Sie uns die Vermessungsprotokolle und die korrigierte Abrechnung schicken, bevor wir die Rechnung freigeben?

Viele Grüße
Florian Gruber
Einkauf Rundholz | Example Group

Von: Petra Lang <p.lang@lieferant-gmbh.de>
Gesendet: Dienstag, 27. Oktober 2026 09:41
An: Florian Gruber <florian.gruber@example.com>
Betreff: Lieferavis KW 44 - Fichte Rundholz Los 2

Guten Morgen Herr Gruber,

anbei das Lieferavis für KW 44: Los 2, Fichte/Tanne Abschnitte 4 m, ca. 420 Fm, Anlieferung Mi–Fr mit drei Zügen.
"""
_txt05 = """Hallo Herr Gruber,

wie besprochen habe ich Ihnen die Vermessungsprotokolle Los 2 und die korrigierte Abrechnung bereitgestellt. Wegen der Dateigröße (Scans der Harvester-Protokolle) liegen sie in unserem SharePoint:

[[Vermessung_Los2_KW44.pdf – Freigegebene Datei|https://lieferant-gmbh-sharepoint.pages.dev/:b:/g/personal/p_lang/Vermessung_Los2_KW44?e=Yk3Vn2]]

Bitte melden Sie sich mit Ihrem Firmenkonto an, damit die Freigabe erkannt wird. Wenn Sie die Abrechnung bis morgen bestätigen, kann sie noch in den Oktoberlauf.

Viele Grüße
Petra Lang
Auftragsabwicklung
Lieferant GmbH
""" + _prev05
M(F, L, "lieferant-threadhijack-sharepoint",
  C("lieferant", 1), [S("gruber")],
  "AW: Lieferavis KW 44 - Fichte Rundholz Los 2", "2026-10-29 05:47:02",
  sy.ionos("lieferant-gmbh.de", user_ip="185.213.155.71", client="ox"),
  alt(_txt05, "utf-8", "qp", "tb", pstyle="paren"),
  irt="<ac9f2b6d1e8c4f07b5a2d9e3c1f04a68@EXCH01.corp.example.com>",
  refs="<000a01dc4609$d3c1e2a0$7b45a7e0$@lieferant-gmbh.de> <ac9f2b6d1e8c4f07b5a2d9e3c1f04a68@EXCH01.corp.example.com>",
  what="Thread hijack from the genuinely compromised mailbox of Petra Lang (Lieferant GmbH): reply in a real roundwood-measurement thread with a 'SharePoint' link that is a Cloudflare Pages site asking for the company login.",
  why="Genuine supplier address but sent via IONOS webmail (Open-Xchange) from a hosting/VPN IP at 05:47 instead of her Outlook from the office line; the 'SharePoint' link points to *.pages.dev, asks to sign in with the company account; Lieferant normally attaches PDFs (see business/03). Credential phishing via hijacked thread.")

# ---------------------------------------------------------------- 06 payroll diversion
_iban06 = fin.de_iban("10011001", "262718390")
M(F, L, "lohnkonto-aenderung-payroll",
  ("Peter Aigner", "peter.aigner.werk@outlook.de"), [S("schaefer")],
  "Neue Bankverbindung für die Gehaltsabrechnung November", "2026-11-16 06:58:40",
  sy.outlook_com(),
  alt("""Guten Morgen Frau Schäfer,

ich habe mein Gehaltskonto gewechselt. Könnten Sie bitte ab der Abrechnung für November die neue Bankverbindung hinterlegen?

Kontoinhaber: Peter Aigner
IBAN: %s
Bank: N26

Ich bin diese Woche durchgehend in der Spätschicht bzw. am Rundholzplatz und schaffe es nicht ins Personalbüro, deshalb schreibe ich Ihnen von meiner privaten Adresse. Das Formular kann ich später nachreichen.

Geben Sie mir bitte kurz Bescheid, sobald die Änderung eingetragen ist, damit das November-Gehalt schon auf das neue Konto geht.

Danke und Gruß
Peter Aigner
""" % fin.fmt_iban(_iban06), "iso-8859-1", "qp", "outlook"),
  what="Payroll diversion: 'Peter Aigner' (production manager) asks HR from an outlook.de address to switch his salary to an N26 account before the November payroll run.",
  why="Private look-alike freemail address not on file, request arrives right before payroll cut-off, avoids the HR form and personal visit, asks for e-mail confirmation only; neobank account typical for mule accounts – payroll-diversion BEC.")

# ---------------------------------------------------------------- 07 fake register invoice
_iban07 = fin.sk_iban("8360", "517302468")
M(F, L, "firmenregister-eintragung-rechnung",
  ("DGFR Deutsches Gewerbe- und Firmenregister", "rechnung@dgfr-register.de"), [("Rechnungseingang", "rechnungseingang@example.com")],
  "Rechnung Nr. DGFR-2026-118734 - Eintragung Example Group GmbH & Co. KG", "2026-10-14 11:03:27",
  sy.mailgun("mg.dgfr-register.de", ip="161.38.204.%d" % 17, zone="eu"),
  mixed(plain("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung über die Eintragung Ihres Unternehmens

Example Group GmbH & Co. KG
Am Sägewerk 12, 83026 Rosenheim
Amtsgericht Traunstein, HRA 11492

in das Deutsche Gewerbe- und Firmenregister (DGFR). Bitte begleichen Sie den Betrag von 773,31 EUR innerhalb von 8 Tagen unter Angabe der Rechnungsnummer.

Mit freundlichen Grüßen
Ihr DGFR-Team
""", "utf-8", "8bit"),
        pdf_att("Rechnung_DGFR-2026-118734.pdf", [
            ("title", "DGFR – Deutsches Gewerbe- und Firmenregister"),
            ("small", "Zentrale Erfassungsstelle · Postfach 10 21 44 · 10121 Berlin"),
            ("gap", 16),
            ("p", "Example Group GmbH & Co. KG\nAm Sägewerk 12\n83026 Rosenheim"),
            ("gap", 10),
            ("h", "Rechnung / Eintragungsbestätigung Nr. DGFR-2026-118734"),
            ("p", "Registergericht: Amtsgericht Traunstein · Registernummer: HRA 11492 · Datum: 14.10.2026"),
            ("mono", "Pos. Leistung                                         Betrag\n  1  Eintragung Firmendaten DGFR, Laufzeit 12 Monate    649,84 EUR\n     zzgl. 19 % USt.                                   123,47 EUR\n     Gesamtbetrag                                      773,31 EUR"),
            ("p", "Zahlbar innerhalb von 8 Tagen ohne Abzug auf:"),
            ("mono", "Empfänger: DGFR Register Services s.r.o.\nIBAN: %s\nBIC:  FIOZSKBAXXX\nVerwendungszweck: DGFR-2026-118734" % fin.fmt_iban(_iban07)),
            ("small", "Hinweis: Es handelt sich um ein Angebot zur Eintragung in ein privates Online-Verzeichnis. Mit Zahlung des Betrags kommt der Vertrag über eine Laufzeit von drei Jahren zustande; er verlängert sich jeweils um ein Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird. Das DGFR steht in keiner Verbindung zum Handelsregister der Amtsgerichte."),
        ], {"Producer": "TCPDF 6.7.5 (http://www.tcpdf.org)", "Title": "Rechnung DGFR-2026-118734"})),
  what="Fake register invoice: 'Deutsches Gewerbe- und Firmenregister' bills EUR 773.31 for an 'entry', quoting the real register court and HRA number; payment to a Slovak account.",
  why="Not an authority: the PDF's fine print reveals a private directory offer that becomes a three-year contract on payment; invoice-styled to trick AP, foreign IBAN, bulk-sent via Mailgun – classic register/directory invoice scam.")

# ---------------------------------------------------------------- 08 EUDR / TRACES
_u08 = "https://u48213377.ct.sendgrid.net/ls/click?upn=u001.Xk7mPq2R4vT9nZ0aB1cD3eF5gH7iJ9kL1mN3oP5qR7sT-2F9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7mN9oP"
M(F, L, "eudr-traces-sorgfaltserklaerung",
  ("EU TRACES - EUDR Informationssystem", "no-reply@eudr-traces-europa.eu"), [S("gruber")],
  "EUDR: Sorgfaltserklärung DDS 26DE7Q4K1M9X abgelehnt – Korrektur innerhalb von 72 Stunden", "2026-12-14 09:12:55",
  sy.sendgrid("em8841.eudr-traces-europa.eu", ip="149.72.%d.%d" % (161, 22)),
  Multi("alternative", [
      Text("""Sehr geehrte Damen und Herren,

die von Ihnen im EU-Informationssystem eingereichte Sorgfaltserklärung (Due Diligence Statement)

Referenznummer: 26DE7Q4K1M9X
Marktteilnehmer: Example Group GmbH & Co. KG (EORI DE4417392)
Erzeugnis: HS 4407 11 – Nadelschnittholz, Fichte
Herkunft: RU / BY (Geolokalisierung unvollständig)

wurde bei der automatisierten Prüfung abgelehnt. Ab dem 30.12.2026 dürfen Erzeugnisse ohne gültige Referenznummer nicht in Verkehr gebracht oder ausgeführt werden.

Bitte melden Sie sich innerhalb von 72 Stunden mit Ihrem EU Login in TRACES an und laden Sie die fehlenden Geolokalisierungsdaten hoch:
webgate.ec.europa.eu/tracesnt (%s)

Europäische Kommission – Generaldirektion Umwelt
TRACES – EUDR Informationssystem
""" % _u08, "plain", "utf-8", "qp"),
      Text(branded("Sorgfaltserklärung abgelehnt", [
          "Sehr geehrte Damen und Herren,",
          "die von Ihnen eingereichte Sorgfaltserklärung <b>26DE7Q4K1M9X</b> (Marktteilnehmer: Example Group GmbH &amp; Co. KG, HS 4407 11 – Nadelschnittholz, Fichte) wurde bei der automatisierten Prüfung abgelehnt: <i>Geolokalisierung der Erzeugungsflächen unvollständig</i>.",
          "Ab dem 30.12.2026 dürfen Erzeugnisse ohne gültige Referenznummer nicht in Verkehr gebracht werden. Bitte korrigieren Sie die Angaben innerhalb von 72 Stunden.",
      ], None, "Europäische Kommission · Generaldirektion Umwelt · TRACES – EUDR Informationssystem\nDiese Nachricht wurde automatisch erzeugt.",
          brand="#004494", logo_text="European Commission | TRACES", lang="de",
          extra='<p style="font-size:15px"><a href="%s" style="color:#004494;font-weight:bold">https://webgate.ec.europa.eu/tracesnt/login</a></p>' % _u08, raw=True), "html", "utf-8", "b64")]),
  what="EUDR/TRACES look-alike: 'your due diligence statement was rejected, fix it in TRACES within 72 h', sent through SendGrid from eudr-traces-europa.eu.",
  why="Timber-specific regulatory lure (EU Deforestation Regulation). TRACES mail comes from ec.europa.eu; here a look-alike domain via SendGrid, the visible link text webgate.ec.europa.eu hides a SendGrid click-tracking URL leading elsewhere; 72-hour threat of a sales stop; goal: EU Login credentials.")

"""Attack messages 01-08 (German)."""
import checks as CK
import docs
import mime
from company import S, P, BANK, iban, bic
from kit import (alt, mixed, plain, related, pdf_att, zip_att, png_att, qr_png, sig, ol_quote, old_msgid, b64url,
                 VAT, text)
from message import Mail
from util import utc


def build():
    M = []

    # 01 ---------------------------------------------------------------
    body = """Liebe Frau Brückner,

wie Sie wissen, sprechen wir seit dem Sommer mit den Eigentümern eines Etikettendruckers in Norditalien über eine Übernahme. Gestern Abend haben wir uns in Mailand auf die wesentlichen Eckpunkte geeinigt, das Signing ist für Mitte nächster Woche geplant.

Voraussetzung für die Exklusivität ist eine Anzahlung von 7,5 % des Kaufpreises auf das Treuhandkonto der Kanzlei, die die Transaktion begleitet. Herr Dr. Albrecht Stenzel wird sich heute noch direkt mit den Kontodaten und dem unterzeichneten Escrow Agreement bei Ihnen melden.

Ich bitte Sie, die Angelegenheit bis zur offiziellen Mitteilung streng vertraulich zu behandeln – auch gegenüber Frau Weiß und dem Beirat. Bitte legen Sie die Zahlung deshalb nicht über den normalen Freigabeworkflow an, sondern geben Sie sie direkt im Bankportal frei; die Dokumentation reichen wir nach dem Closing nach.

Ich bin den ganzen Tag in Verhandlungen und telefonisch nicht erreichbar. Bitte schreiben Sie mir nur an diese Adresse.

Können Sie mir kurz bestätigen, dass Sie heute noch eine Auslandsüberweisung über rund 386.000 EUR ausführen können?

Beste Grüße
Matthias Köhler
"""
    M.append(Mail("01-de-ceo-fraud-lookalike-acquisition", utc(2026, 10, 15, 14, 42, 11),
                  ("Matthias Köhler", "matthias.koehler@exarnplegroup.eu"), [S("cfo")],
                  "Vertraulich: Projekt Lech – Anzahlung Treuhandkonto",
                  plain(body, "utf-8", "quoted-printable", flowed=True),
                  via="smtp", ua="roundcube",
                  sys=dict(prov="postfix", server="mail.exarnplegroup.eu", rdns="static.201.48.9.176.clients.your-server.de",
                           ip="176.9.48.201", client_ip="185.220.101.47", client_rdns="unknown"),
                  technique="CEO fraud (BEC) from a look-alike domain",
                  what="'CEO' asks the CFO to release a confidential ~386k EUR escrow payment for an acquisition; a lawyer will follow.",
                  why="Look-alike domain exarnplegroup.eu ('rn' for 'm'), sent from a Hetzner VPS; secrecy, bypass of the approval workflow, no phone contact, pre-announced 'lawyer' – classic CEO fraud.",
                  pair=["B01"]))

    # 02 ---------------------------------------------------------------
    new = iban("mule_de_neo")
    body = """Sehr geehrte Frau Weiß,

im Zuge der Zusammenführung unseres Zahlungsverkehrs bei einem neuen Finanzierungspartner ändert sich zum 01.11.2026 unsere Bankverbindung. Die bisherige Verbindung bei der Sparkasse Ulm wird zum 15.11.2026 aufgelöst.

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: %s
IBAN: %s
BIC: %s

Wir bitten Sie, Ihre Kreditorenstammdaten entsprechend anzupassen und die derzeit offenen Rechnungen RE-2026-10873 (14.218,40 EUR) und RE-2026-10918 (9.746,12 EUR) bereits auf das neue Konto zu überweisen. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Da unsere Telefonanlage im Rahmen der Umstellung bis zum 06.11. nur eingeschränkt erreichbar ist, senden Sie Ihre Bestätigung bitte direkt per E-Mail an diese Adresse.

Vielen Dank für Ihre Unterstützung und die gute Zusammenarbeit.

Mit freundlichen Grüßen

i. A. Martina Ebner
Finanzbuchhaltung

Lieferant GmbH
Papier- und Kartonhandel
Einsteinstraße 31 · 89077 Ulm
Tel. +49 731 935 48-0
""" % (BANK["mule_de_neo"][0], new, bic("mule_de_neo"))
    t = utc(2026, 10, 27, 8, 17, 40)
    letter = [("Lieferant GmbH · Papier- und Kartonhandel · Einsteinstraße 31 · 89077 Ulm", 8, False), "",
              "Example Group GmbH", "Kreditorenbuchhaltung", "Haunstetter Straße 112", "86161 Augsburg", "",
              ("Ulm, 26.10.2026", 10, False), "",
              ("Mitteilung über die Änderung unserer Bankverbindung", 13, True), "",
              "Sehr geehrte Damen und Herren,",
              "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 wie folgt ändert:",
              "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: " + BANK["mule_de_neo"][0],
              "IBAN: " + new, "BIC: " + bic("mule_de_neo"), "",
              "Zahlungen auf die bisherige Bankverbindung können ab dem 15.11.2026 nicht mehr zugeordnet werden.",
              "Mit freundlichen Grüßen", "", "Lieferant GmbH", "Geschäftsführung", "",
              ("Lieferant GmbH · Sitz Ulm · Amtsgericht Ulm HRB 72418 · USt-IdNr. " + CK.de_ustid("14752836"), 8, False)]
    M.append(Mail("02-de-supplier-bank-change-lookalike", t,
                  ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.com"), [S("ap")],
                  "Änderung unserer Bankverbindung zum 01.11.2026",
                  mixed(alt(body, "windows-1252", "quoted-printable", "outlook", "de"),
                        pdf_att("Bankverbindung_Lieferant_GmbH_2026.pdf", letter, outlook=True, t=t,
                                creator="Microsoft® Word für Microsoft 365")),
                  via="o365", cc=[("Stefan Maier", "s.maier@lieferant-gmbh.com")], hcs="windows-1252", henc="Q",
                  sys=dict(region="eur"),
                  technique="Supplier bank-detail change from a look-alike domain (BEC)",
                  what="'Lieferant GmbH accounting' announces a new bank account and asks to pay two open invoices there.",
                  why="Domain lieferant-gmbh.com instead of lieferant-gmbh.de (attacker M365 tenant), unknown signatory, neobank mule IBAN, asks to avoid phone verification and to pay open items to the new account.",
                  pair=["B02", "B04"]))

    # 03 ---------------------------------------------------------------
    body = """Hallo Frau Schäfer,

ich habe mein Girokonto gewechselt und wollte fragen, ob Sie die neue Bankverbindung noch für die Novemberabrechnung hinterlegen können?

Kontoinhaberin: Katrin Vogel
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kunden unterwegs bin und mit dem Laptop gerade nicht ins VPN komme. Wäre super, wenn das noch vor dem Lohnlauf klappt. Kurze Bestätigung an diese Adresse reicht mir.

Danke Ihnen und viele Grüße
Katrin Vogel
""" % iban("mule_de_n26")
    M.append(Mail("03-de-payroll-diversion-freemail", utc(2026, 11, 18, 6, 51, 3),
                  ("Katrin Vogel", "katrinvogel.ka@gmail.com"), [S("hr")],
                  "Neue Bankverbindung fürs Gehalt",
                  alt(body, "UTF-8", "quoted-printable", "gmail", "de"),
                  via="gmail", technique="Payroll diversion (employee impersonation from freemail)",
                  what="A 'sales colleague' asks HR from a Gmail address to redirect her November salary to a new neobank account.",
                  why="Unknown private address for an employee, salary account change by plain e-mail instead of the signed HR form/self-service, urgency before the payroll run, confirmation only by mail.",
                  pair=["B03"]))

    # 04 ---------------------------------------------------------------
    link = "https://u4382197.ct.sendgrid.net/ls/click?upn=u001.Xk7Fq2mB9hR3vLw8pYt4nZcA1dEe6sKj0QoUi5gNbTrVx-2BHyP8aMlC3fWzD9qJ4"
    txt = """E-Rechnungseingang – Zustellung fehlgeschlagen

Guten Tag,

für Ihr Unternehmen Example Group GmbH liegt eine neue elektronische Rechnung im Format XRechnung 3.0 vor:

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-11167
Betrag: 14.782,36 EUR
Fälligkeit: 20.11.2026

Die Rechnung konnte nicht an Ihr Postfach zugestellt werden, da die XML-Datei die Größenbeschränkung Ihres E-Mail-Servers überschreitet. Seit dem 01.01.2025 sind Unternehmen nach § 14 UStG verpflichtet, E-Rechnungen empfangen zu können.

Rechnung im Portal abrufen:
%s

Zur Anmeldung verwenden Sie bitte Ihr Microsoft-365-Geschäftskonto. Die Rechnung wird 5 Tage vorgehalten und anschließend an den Rechnungssteller zurückgewiesen.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
E-Rechnung Zustellportal · Datenschutz · Impressum
""" % link
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>E-Rechnungseingang</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Segoe UI,Arial,sans-serif;color:#1f2933">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f5f7"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dde3ea">
<tr><td style="background:#0b4f8a;color:#ffffff;padding:18px 28px;font-size:18px;font-weight:600">E-Rechnungseingang &ndash; Zustellung fehlgeschlagen</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:1.55">
<p>Guten Tag,</p>
<p>f&uuml;r Ihr Unternehmen <b>Example Group GmbH</b> liegt eine neue elektronische Rechnung im Format XRechnung 3.0 vor:</p>
<table cellpadding="6" style="font-size:14px;border-collapse:collapse;background:#f7f9fb;width:100%%">
<tr><td style="color:#52606d">Rechnungssteller</td><td><b>Lieferant GmbH</b></td></tr>
<tr><td style="color:#52606d">Rechnungsnummer</td><td>RE-2026-11167</td></tr>
<tr><td style="color:#52606d">Betrag</td><td>14.782,36 EUR</td></tr>
<tr><td style="color:#52606d">F&auml;lligkeit</td><td>20.11.2026</td></tr></table>
<p>Die Rechnung konnte nicht an Ihr Postfach zugestellt werden, da die XML-Datei die Gr&ouml;&szlig;enbeschr&auml;nkung Ihres E-Mail-Servers &uuml;berschreitet. Seit dem 01.01.2025 sind Unternehmen nach &sect; 14 UStG verpflichtet, E-Rechnungen empfangen zu k&ouml;nnen.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#0b4f8a;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:3px;font-weight:600">Rechnung im Portal abrufen</a></p>
<p style="font-size:12px;color:#52606d">Zur Anmeldung verwenden Sie bitte Ihr Microsoft-365-Gesch&auml;ftskonto. Die Rechnung wird 5 Tage vorgehalten und anschlie&szlig;end an den Rechnungssteller zur&uuml;ckgewiesen.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#7b8794;border-top:1px solid #e4e7eb">Dies ist eine automatisch generierte Nachricht. E-Rechnung Zustellportal &middot; Datenschutz &middot; Impressum</td></tr>
</table></td></tr></table>
<img src="https://u4382197.ct.sendgrid.net/wf/open?upn=u001.Qz8bN3kLmP0vR7tYw2XcJ5hD" width="1" height="1" alt="" style="display:none"></body></html>
""" % link
    M.append(Mail("04-de-einvoice-portal-credential-phish", utc(2026, 11, 10, 7, 3, 25),
                  ("E-Rechnungseingang", "noreply@erechnung-zustellportal.de"), [S("ap")],
                  "Neue E-Rechnung für Example Group GmbH – Zustellung fehlgeschlagen (RE-2026-11167)",
                  alt(txt, "utf-8", "quoted-printable", html=html), via="sendgrid",
                  sys=dict(em="em7712.erechnung-zustellportal.de"),
                  technique="Credential phishing themed on German e-invoicing (XRechnung), bulk ESP with click tracking",
                  what="'E-invoice portal' claims an XRechnung from Lieferant GmbH could not be delivered and asks to sign in with Microsoft 365.",
                  why="Unknown portal domain registered for the campaign, sent via SendGrid; e-invoices are delivered by the supplier itself, not a third-party portal asking for M365 credentials; tracked link hides destination; deadline pressure.",
                  pair=["B04"]))

    # 05 ---------------------------------------------------------------
    qurl = "https://examplegroup-mfa.pages.dev/reg?u=" + b64url("laura.boehm@example.com") + "&t=MFA-2610"
    qpng = qr_png(qurl)
    txt = """Microsoft 365 – Sicherheitsrichtlinie für Example Group

Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 30.10.2026

Hallo Laura Böhm,

im Rahmen der Umstellung auf die neue Richtlinie für die Mehrstufige Authentifizierung (Number Matching) müssen alle Konten von Example Group ihre Authenticator-App neu registrieren. Konten, die bis zum 30.10.2026 nicht neu registriert sind, werden vorübergehend gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Example-Group-Konto an und bestätigen Sie die Anfrage in der App.

Die Registrierung dauert weniger als 2 Minuten.

IT-Sicherheit | Example Group
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#201f1e">
<div style="max-width:560px;border:1px solid #e1dfdd;padding:24px">
<div style="font-size:12px;color:#605e5c">Microsoft 365 &ndash; Sicherheitsrichtlinie f&uuml;r Example Group</div>
<h2 style="font-weight:600;font-size:20px;color:#0078d4">Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 30.10.2026</h2>
<p>Hallo Laura B&ouml;hm,</p>
<p>im Rahmen der Umstellung auf die neue Richtlinie f&uuml;r die Mehrstufige Authentifizierung (Number Matching) m&uuml;ssen alle Konten von Example Group ihre Authenticator-App neu registrieren. Konten, die bis zum <b>30.10.2026</b> nicht neu registriert sind, werden vor&uuml;bergehend gesperrt.</p>
<p>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:mfa_qr_2610@example" width="185" height="185" alt="QR"></p>
<p style="font-size:12px;color:#605e5c">Die Registrierung dauert weniger als 2 Minuten. Melden Sie sich mit Ihrem Example-Group-Konto an und best&auml;tigen Sie die Anfrage in der App.</p>
<p>IT-Sicherheit | Example Group</p></div></body></html>
"""
    M.append(Mail("05-de-quishing-mfa-reregistration", utc(2026, 10, 21, 11, 26, 48),
                  ("IT-Sicherheit | Example Group", "kanzlei@stb-bauer-partner.de"), [S("assist")],
                  "Aktion erforderlich: Microsoft Authenticator – Neuregistrierung bis 30.10.2026",
                  related(alt(txt, "utf-8", "quoted-printable", html=html),
                          png_att("mfa_qr.png", qpng, inline=True, cid="mfa_qr_2610@example")),
                  via="smtp", ua="ox", sys=dict(prov="strato", ox_host="communicator.strato.com"),
                  technique="Quishing (QR code to an M365 credential/MFA phishing page) from a compromised mailbox",
                  what="'IT security' tells the CEO's assistant to re-register Microsoft Authenticator by scanning a QR code, or the account is blocked.",
                  why="Sent from a tax adviser's compromised Strato mailbox with a spoofed display name; the QR code (decodable) leads to a pages.dev page carrying her address, outside any Microsoft or example.com domain; lock-out threat.",
                  pair=["B05"]))
    M[-1].qr = qurl

    # 06 ---------------------------------------------------------------
    fake = iban("mule_pt")
    body = """Sehr geehrte Damen und Herren,

zur Aktualisierung der Eintragung Ihres Unternehmens im Deutschen Handels- und Gewerberegister (DHGR) übersenden wir Ihnen anbei die Eintragungsunterlagen für das Geschäftsjahr 2027.

Firma: Example Group GmbH
Registergericht: Amtsgericht Augsburg, HRB 31742
Aktenzeichen: DHGR-2026-448127

Bitte prüfen Sie die hinterlegten Daten. Die Gebühr für die Eintragung in Höhe von 1.289,40 EUR ist innerhalb von 10 Tagen unter Angabe des Aktenzeichens zu überweisen:

Empfänger: DHGR Registerdienste
IBAN: %s
BIC: %s
Verwendungszweck: DHGR-2026-448127

Mit freundlichen Grüßen
Zentrale Erfassungsstelle
DHGR Deutsches Handels- und Gewerberegister
""" % (fake, bic("mule_pt"))
    pdfb = [("DHGR – Deutsches Handels- und Gewerberegister", 15, True), ("Zentrale Erfassungsstelle · Postfach 10 14 22 · 10049 Berlin", 8, False), "",
            "Example Group GmbH", "Haunstetter Straße 112", "86161 Augsburg", "",
            ("Eintragungsformular / Rechnung  Nr. DHGR-2026-448127", 12, True),
            "Datum: 03.11.2026     Registergericht: Amtsgericht Augsburg     HRB 31742", "",
            "Pos. 1  Eintragung Firmendaten im Online-Register DHGR, Laufzeit 12 Monate    1.083,53 EUR",
            "Umsatzsteuer 19 %                                                                     205,87 EUR",
            ("Zu zahlender Betrag                                                         1.289,40 EUR", 10, True), "",
            "Zahlbar innerhalb von 10 Tagen ohne Abzug auf: IBAN " + fake + " · BIC " + bic("mule_pt"), "",
            ("Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur Eintragung in ein privates Online-Verzeichnis. "
             "Es besteht keine Verbindung zum amtlichen Handelsregister. Mit der Zahlung nehmen Sie das Angebot an; der Vertrag "
             "verlängert sich automatisch um jeweils 12 Monate, sofern nicht 3 Monate vor Ablauf gekündigt wird.", 6, False)]
    M.append(Mail("06-de-fake-register-offer-invoice", utc(2026, 11, 3, 9, 12, 0),
                  ("DHGR Registerdienste", "eintragung@dhgr-register.de"), [S("ap")],
                  "Eintragung Example Group GmbH - HRB 31742 - Az. DHGR-2026-448127",
                  mixed(plain(body, "iso-8859-1", "8bit"),
                        pdf_att("DHGR_Eintragung_2026-448127.pdf", pdfb, creator="TCPDF", producer="TCPDF 6.6.2 (http://www.tcpdf.org)")),
                  via="smtp", ua="phpmailer", hcs="iso-8859-1", henc="Q",
                  sys=dict(prov="postfix", server="vmi1847263.contaboserver.net", ip="62.171.138.74", local_php=True,
                           php_host="dhgr-register.de"),
                  technique="Fake register / directory 'invoice' (offer disguised as an official fee)",
                  what="Letter styled as an official commercial-register fee notice with a 1,289.40 EUR 'invoice' PDF.",
                  why="Private directory with a name imitating the Handelsregister, new domain mailed from a Contabo VPS via PHPMailer; the fine print admits it is an offer for a self-renewing listing; Portuguese IBAN.",
                  pair=["B04"]))

    # 07 ---------------------------------------------------------------
    body = """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Frau Anja Reinholz, Fotografin, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt vor.

Unsere Mandantin ist Urheberin der Lichtbilder »Herbstgarten I-IV«. Sie haben diese Lichtbilder ohne Einwilligung unserer Mandantin in der von Ihnen verlegten und gedruckten Zeitschrift »Garten & Leben«, Ausgabe 10/2026, S. 32-35, sowie im zugehörigen Online-Auftritt vervielfältigt und öffentlich zugänglich gemacht. Hierin liegt eine Verletzung der Rechte unserer Mandantin aus §§ 16, 19a, 72 UrhG.

Namens und in Vollmacht unserer Mandantin fordern wir Sie auf,
1. die beigefügte strafbewehrte Unterlassungs- und Verpflichtungserklärung bis zum 30.10.2026 unterzeichnet zurückzusenden,
2. Schadensersatz nach der Lizenzanalogie in Höhe von 4.850,00 EUR sowie die Kosten unserer Inanspruchnahme zu zahlen.

Die Lichtbildnachweise, die Vollmacht und die Unterlassungserklärung übersenden wir aus Gründen des Datenschutzes in einem verschlüsselten Archiv. Das Kennwort lautet: VB-417-2026

Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Henning Voßberg
Rechtsanwalt
Voßberg Rechtsanwälte · Urheber- und Medienrecht
Königsallee 61 · 40212 Düsseldorf
"""
    t = utc(2026, 10, 20, 13, 8, 51)
    z = zip_att("Abmahnung_Az_417-26_VB.zip",
                [("Abmahnung_Az_417-26/Lichtbildnachweise_Herbstgarten_I-IV.pdf.lnk", docs.PLACEHOLDER, (2026, 10, 20, 14, 55, 12)),
                 ("Abmahnung_Az_417-26/Unterlassungserklaerung_Reinholz.docm", docs.PLACEHOLDER, (2026, 10, 20, 14, 55, 12))],
                password="VB-417-2026")
    M.append(Mail("07-de-fake-lawyer-copyright-encrypted-zip", t,
                  ("RA Dr. Henning Voßberg", "kanzlei.vossberg@t-online.de"), [S("kam")],
                  "Abmahnung wegen Urheberrechtsverletzung - Az. 417/26 VB - Frist 30.10.2026",
                  mixed(plain(body, "iso-8859-15", "quoted-printable"), z),
                  via="smtp", ua="ox", hcs="iso-8859-15", henc="Q",
                  sys=dict(prov="tonline", ox_host="webmail.t-online.de"),
                  technique="Fake lawyer / copyright claim with password-protected ZIP (ZipCrypto) carrying LNK and macro document",
                  what="'Law firm' demands 4,850 EUR for photos printed in the company's magazine; evidence is in an encrypted ZIP with the password in the body.",
                  why="Law firm on a T-Online freemail account, encrypted archive to defeat scanning, contents are a .pdf.lnk and a .docm (placeholders), short deadline and threat of court – well-known malware lure.",
                  pair=["B07"]))
    M[-1].zip_password = "VB-417-2026"

    # 08 ---------------------------------------------------------------
    prev_t = utc(2026, 11, 2, 13, 21, 0)
    prev = """Hallo Frau Lang,

anbei unsere Bestellung 4500018842 über 18 Paletten GC1 350 g/m², Format 70 x 100 cm, Laufrichtung Schmalbahn. Liefertermin wie besprochen KW 46, Anlieferung Werk Augsburg, Rampe 3.

Bitte senden Sie uns die Auftragsbestätigung.

""" + sig("proc", short=True)
    link = "https://lieferant-gmbh.sharedocs-online.com/d/4500018842?v=" + b64url("andreas.krueger@example.com")
    body = """Guten Morgen Herr Krüger,

anbei die aktualisierte Auftragsbestätigung sowie das geänderte Lieferavis zur o. g. Bestellung.

Aufgrund neuer Sicherheitsrichtlinien stellen wir Dokumente ab sofort nur noch über unseren geschützten Dokumentenaustausch bereit:

Dokumente anzeigen (2 Dateien, PDF): %s

Bitte prüfen Sie die Unterlagen bis heute 14:00 Uhr, damit der LKW wie geplant verladen werden kann.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst

Lieferant GmbH
Papier- und Kartonhandel
Einsteinstraße 31 · 89077 Ulm
Tel. +49 731 935 48-22
p.lang@lieferant-gmbh.de
""" % link + ol_quote("de", S("proc"), prev_t, [("Petra Lang", "p.lang@lieferant-gmbh.de")],
                        "Bestellung 4500018842 – GC1 350 g/m², 70 x 100, 18 Paletten", prev)
    irt = old_msgid("A08-prev")
    M.append(Mail("08-de-thread-hijack-compromised-supplier", utc(2026, 11, 3, 4, 52, 17),
                  P("lieferant", 1), [S("proc")],
                  "AW: Bestellung 4500018842 – GC1 350 g/m², 70 x 100, 18 Paletten",
                  alt(body, "utf-8", "quoted-printable", "outlook", "de"),
                  via="o365", irt=irt, refs=irt, sys=dict(region="deu", thread_depth=1),
                  technique="Thread hijack from a genuinely compromised supplier mailbox, link to credential-phishing 'document exchange'",
                  what="Reply in a real order thread from the supplier's genuine mailbox, asking to open order documents via a 'secure document exchange' link.",
                  why="Genuine Lieferant M365 tenant but sent at 05:52 local time; the supplier always attaches PDFs (see B08) yet now links to sharedocs-online.com, a non-Lieferant domain carrying the recipient's address; generic wording and deadline – account takeover used for phishing.",
                  pair=["B08"]))
    return M

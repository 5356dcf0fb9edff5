"""German attack messages (01-08)."""
from common import (thread_index, A, Multi, P, Part, Raw, addr, assemble, boundary, esc, hdr_text, outlook_html,
                    pdf, qr_png, quote_block, register, T, plus, fmt)
import banking as B
import senders as S
import zipgen
from threads import LIEF_SRV, LIEFERANT_TENANT, lieferant_thread_1, lieferant_sig_petra

MAILER_OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")


@register("attack", 1, "de", "ceo-fraud-akquisition",
          "CEO fraud: 'Matthias Köhler' asks the CFO to pay a confidential exclusivity fee for an acquisition; a 'lawyer' will send the escrow account.",
          "Look-alike domain exarnplegroup.eu ('rn' for 'm') on a Hetzner VPS/Roundcube; secrecy (not even AP or the CEO's assistant), deadline, 'only reachable by e-mail', hand-off to a fake lawyer, bypasses four-eyes approval; 'sent from my iPad' although it came from webmail.")
def a01(r):
    t = T(2026, 11, 5, 8, 47, 12, "DE")
    rcpt = P("cfo").addr
    prof = S.own_postfix(r, t, rcpt, "mail.exarnplegroup.eu", "static.203.41.198.88.clients.your-server.de",
                         "88.198.41.203", mua="roundcube", domain="exarnplegroup.eu",
                         auth="matthias.koehler@exarnplegroup.eu")
    text = """Guten Morgen Frau Weiß,

ich bin heute und morgen in Salzburg in Gesprächen und daher nur per E-Mail erreichbar.

Wie Sie wissen, prüfen wir seit dem Sommer Zukäufe im Raum Salzburg/Oberösterreich. Wir stehen jetzt kurz vor der Unterzeichnung der Absichtserklärung für die Übernahme eines Autohauses mit zwei Standorten (Vertragshändler, rund 40 Mitarbeiter, eigene Karosserie- und Lackwerkstatt). Der Verkäufer besteht auf einer Exklusivitätsgebühr, die bis Freitag auf dem Treuhandkonto der begleitenden Kanzlei eingegangen sein muss; andernfalls verhandelt er mit einem Mitbewerber weiter.

Die Transaktion wird von Dr. Stefan Reiter (Reiter & Partner Rechtsanwälte, Wien) betreut. Er meldet sich heute Vormittag per E-Mail bei Ihnen mit dem Treuhandvertrag und den Kontodaten. Es geht um eine erste Tranche von 248.500,00 EUR, die später mit dem Kaufpreis verrechnet wird.

Ich muss Sie bitten, die Angelegenheit bis zur Information des Beirats streng vertraulich zu behandeln. Bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Herrn Baumgärtner oder Frau Hoffmann - die Verkäuferseite hat uns eine Vertraulichkeitsvereinbarung mit Vertragsstrafe unterschreiben lassen. Die Verbuchung klären wir nach dem Signing gemeinsam mit dem Steuerberater.

Bitte bestätigen Sie mir kurz, dass Sie das heute noch veranlassen können.

Danke und viele Grüße
Matthias Köhler

Von meinem iPad gesendet
"""
    body = Part("text/plain", text, charset="ISO-8859-15", cte="quoted-printable", flowed=True)
    hdrs = [("MIME-Version", "1.0"), ("Date", prof["date"]),
            ("From", addr("Matthias Köhler", "matthias.koehler@exarnplegroup.eu", "ISO-8859-15")),
            ("To", A("cfo", "ISO-8859-15")),
            ("Subject", "Vertraulich: Projekt Salzach"),
            ("Message-ID", prof["mid"]),
            ("X-Sender", "matthias.koehler@exarnplegroup.eu"),
            ("X-Priority", "1 (Highest)"),
            ("User-Agent", "Roundcube Webmail/1.6.9")]
    return assemble(r, prof, rcpt, hdrs, body, env="matthias.koehler@exarnplegroup.eu")


LIEF_SIG = """Lieferant GmbH
Kfz-Teile-Großhandel
Derchinger Straße 120 · 86165 Augsburg
Tel. +49 821 7498 30 · Fax +49 821 7498 399
www.lieferant-gmbh.de

Sitz Augsburg · Amtsgericht Augsburg HRB 31874 · USt-IdNr. %s
Geschäftsführer: Stefan Maier, Andrea Lindner""" % B.de_ustid("12745308")


@register("attack", 2, "de", "lieferant-bankverbindung-lookalike",
          "Supplier bank-detail change 'from Lieferant GmbH accounting' with a signed-looking PDF letter and a list of open invoices.",
          "Sent from look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de) on an OVH VPS; new 'trust account' at another bank, pre-emptively tells AP to ignore the Verification-of-Payee name-mismatch warning, asks not to phone ('phone system moving'), pays-by deadline.",
          )
def a02(r):
    t = T(2026, 10, 13, 10, 22, 41, "DE")
    rcpt = P("ap").addr
    prof = S.own_postfix(r, t, rcpt, "mail.lieferant-gmbh.com", "vps-5c7e21a4.vps.ovh.net", "51.75.147.38",
                         client_ip="102.89.34.17", mua="outlook", domain="lieferant-gmbh.com",
                         auth="rechnungen@lieferant-gmbh.com")
    new_iban = B.de_iban("10050000", "190448127")
    text = """Sehr geehrter Herr Baumgärtner,

im Zuge der Umstellung unseres Forderungsmanagements auf ein Factoring-Modell wird unsere bisherige Bankverbindung bei der Stadtsparkasse Augsburg zum 15.10.2026 für eingehende Zahlungen geschlossen.

Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ab sofort ausschließlich die folgende Verbindung:

Kontoinhaber: Lieferant GmbH Forderungsmanagement (Treuhand)
IBAN: %s
BIC: BELADEBEXXX
Bank: Berliner Sparkasse

Hinweis: Da das Konto als Treuhandkonto über unseren Factoring-Partner geführt wird, zeigt Ihre Bank bei der Empfängerüberprüfung möglicherweise den Hinweis „Name stimmt nicht überein“ an. Das ist in diesem Fall korrekt, die Zahlung kann trotzdem freigegeben werden.

Laut unserer Offene-Posten-Liste (Stand 12.10.2026) sind folgende Rechnungen fällig:

RE-2026-17733 vom 08.09.2026   18.412,60 EUR
RE-2026-18096 vom 22.09.2026    9.876,14 EUR
RE-2026-18251 vom 29.09.2026   12.230,48 EUR

Wir bitten um Ausgleich auf das neue Konto bis spätestens 16.10.2026, damit es bei den laufenden Teilelieferungen nicht zu Verzögerungen kommt. Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang.

Rückfragen bitte per E-Mail an diese Adresse, da unsere Telefonanlage wegen des Umzugs der Buchhaltung bis Ende der Woche nur eingeschränkt erreichbar ist.

Mit freundlichen Grüßen

i. A. Monika Berger
Buchhaltung

%s
""" % (B.fmt_iban(new_iban), LIEF_SIG)
    letter = pdf([{"t": "Lieferant GmbH · Derchinger Straße 120 · 86165 Augsburg", "s": 8},
                  "", "Example Group GmbH", "Kreditorenbuchhaltung", "Landsberger Straße 412", "81241 München", "",
                  [(400, "Augsburg, 12.10.2026")], "",
                  {"t": "Mitteilung über die Änderung unserer Bankverbindung", "s": 12, "b": True}, "",
                  "Sehr geehrte Damen und Herren,",
                  "hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH ab dem 13.10.2026 ausschließlich auf das nachstehende Konto zu leisten sind. Die bisherige Bankverbindung bei der Stadtsparkasse Augsburg wird zum 15.10.2026 für Zahlungseingänge geschlossen.",
                  "", "Kontoinhaber: Lieferant GmbH Forderungsmanagement (Treuhand)",
                  "IBAN: " + B.fmt_iban(new_iban), "BIC: BELADEBEXXX", "",
                  "Wir danken für Ihr Verständnis und die weitere gute Zusammenarbeit.", "",
                  "Mit freundlichen Grüßen", "", "Stefan Maier                 Andrea Lindner",
                  "Geschäftsführer              Geschäftsführerin"], t,
                 title="Mitteilung Bankverbindung", author="mberger", producer="Microsoft: Print To PDF")
    html = outlook_html(text.split("\n"), "windows-1252")
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                                Part("text/html", html, "windows-1252", "quoted-printable")],
                boundary(r, "outlook", 1))
    body = Multi("mixed", [alt, Part("application/pdf", letter, filename="Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Buchhaltung | Lieferant GmbH", "rechnungen@lieferant-gmbh.com")),
            ("To", A("ap", "windows-1252")),
            ("Cc", addr("Stefan Maier", "s.maier@lieferant-gmbh.com")),
            ("Subject", hdr_text("Wichtig: Änderung unserer Bankverbindung ab sofort", "windows-1252", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            MAILER_OUTLOOK, ("Thread-Index", thread_index(r, t)), ("Content-Language", "de")]
    return assemble(r, prof, rcpt, hdrs, body, env="rechnungen@lieferant-gmbh.com")


@register("attack", 3, "de", "elster-verspaetungszuschlag",
          "Fake ELSTER notification: a late-filing surcharge decision for the VAT pre-return is waiting in the ELSTER mailbox.",
          "ELSTER never sends amounts or deadlines by e-mail and never from elster-postfach.de; sent through SendGrid with click-tracking hiding the target, deadline/legal pressure (§ 122a AO), asks for the organisation certificate login.")
def a03(r):
    t = T(2026, 11, 9, 8, 12, 5, "DE")
    rcpt = P("cfo").addr
    prof = S.sendgrid(r, t, rcpt, "em7731.elster-postfach.de")
    click = "https://u49213705.ct.sendgrid.net/ls/click?upn=u001." + r.alnum(180, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "-2Bx"
    text = """Mein ELSTER - Ihr Online-Finanzamt

Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht des Finanzamts München, Abteilung Körperschaften, zur Steuernummer 143/185/40217 zum Abruf bereit:

Bescheid über die Festsetzung eines Verspätungszuschlags
Umsatzsteuer-Voranmeldung September 2026
Festgesetzter Betrag: 2.340,00 €
Fällig am: 23.11.2026

Die Nachricht kann 14 Tage lang abgerufen werden. Ein elektronisch bereitgestellter Verwaltungsakt gilt am vierten Tag nach Bereitstellung als bekannt gegeben (§ 122a AO).

Nachricht abrufen: %s

Bitte melden Sie sich mit der Zertifikatsdatei Ihres Organisationszertifikats und dem zugehörigen Passwort an.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""" % click
    html = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #0d5a8c">
<tr><td style="padding:20px 28px;font-size:20px;color:#0d5a8c;font-weight:bold">Mein ELSTER <span style="font-weight:normal;font-size:14px;color:#555">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:0 28px 8px 28px;font-size:14px;color:#222;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>in Ihrem ELSTER-Postfach liegt eine neue Nachricht des <b>Finanzamts München, Abteilung Körperschaften</b>, zur Steuernummer <b>143/185/40217</b> zum Abruf bereit:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5d5d5;font-size:14px;width:100%%">
<tr><td style="background:#f7f7f7;width:40%%">Betreff</td><td>Bescheid über die Festsetzung eines Verspätungszuschlags</td></tr>
<tr><td style="background:#f7f7f7">Steuerart / Zeitraum</td><td>Umsatzsteuer-Voranmeldung September 2026</td></tr>
<tr><td style="background:#f7f7f7">Festgesetzter Betrag</td><td>2.340,00 €</td></tr>
<tr><td style="background:#f7f7f7">Fällig am</td><td>23.11.2026</td></tr>
</table>
<p>Die Nachricht kann 14 Tage lang abgerufen werden. Ein elektronisch bereitgestellter Verwaltungsakt gilt am vierten Tag nach Bereitstellung als bekannt gegeben (§ 122a AO).</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#0d5a8c;color:#ffffff;padding:11px 26px;text-decoration:none;font-weight:bold;border-radius:3px">Nachricht abrufen</a></p>
<p>Bitte melden Sie sich mit der Zertifikatsdatei Ihres Organisationszertifikats und dem zugehörigen Passwort an.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table>
<img src="https://u49213705.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">""" % (click, r.alnum(120))
    from common import html_page
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable", quote_charset=False),
                                Part("text/html", html_page(html), "utf-8", "base64", quote_charset=False)],
                boundary(r, "sendgrid"))
    hdrs = [("Content-Transfer-Encoding", None),
            ("From", addr("ELSTER – Ihr Online-Finanzamt", "benachrichtigung@elster-postfach.de", "utf-8", "B")),
            ("Date", prof["date"]), ("Subject", hdr_text("Neue Nachricht in Ihrem ELSTER-Postfach: Festsetzung Verspätungszuschlag (USt-VA 09/2026)", "utf-8", "B")),
            ("Message-ID", prof["mid"]), ("Mime-Version", "1.0"), ("To", rcpt)]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("attack", 4, "de", "quishing-authenticator",
          "QR-code phishing: 'IT-Service' demands re-registration of Microsoft Authenticator; the QR code (inline PNG) leads to a fake Microsoft login.",
          "Sent from a compromised bakery mailbox (baeckerei-wimmer.de via all-inkl webmail) with display name 'IT-Service | Example Group'; QR code decodes to m365-sicherheit.com with the victim's address in base64; threat of account lock; real IT notice (business 04) links only to intranet.example.com.")
def a04(r):
    t = T(2026, 11, 10, 7, 31, 50, "DE")
    rcpt = P("fleet").addr
    prof = S.own_postfix(r, t, rcpt, "dd48212.kasserver.com", "dd48212.kasserver.com", "85.13.150.212",
                         mua="roundcube", domain="baeckerei-wimmer.de", auth="m0734f21")
    import base64 as _b
    url = "https://auth-example-com.m365-sicherheit.com/reg/?u=" + _b.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=") + "&r=MFA-REG-2026-48817"
    png = qr_png(url, 5)
    text = """Sehr geehrter Herr Dietz,

im Rahmen der Umstellung auf die neue Anmelderichtlinie (Nummernabgleich und Passkeys) müssen alle Benutzer von example.com ihre Microsoft-Authenticator-Registrierung bis zum 13.11.2026 erneuern. Konten ohne erneute Registrierung werden danach für Outlook, Teams und das DMS gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.

Der Vorgang dauert weniger als zwei Minuten. Aus Sicherheitsgründen funktioniert der Code nur auf Mobilgeräten.

Referenz: MFA-REG-2026-48817

IT-Service | Example Group
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" /></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Sehr geehrter Herr Dietz,</p>
<p>im Rahmen der Umstellung auf die neue Anmelderichtlinie (Nummernabgleich und Passkeys) müssen alle Benutzer von <b>example.com</b> ihre Microsoft-Authenticator-Registrierung <b>bis zum 13.11.2026</b> erneuern. Konten ohne erneute Registrierung werden danach für Outlook, Teams und das DMS gesperrt.</p>
<p>So gehen Sie vor:</p>
<ol><li>Öffnen Sie die Kamera-App Ihres Smartphones.</li><li>Scannen Sie den folgenden QR-Code.</li><li>Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.</li></ol>
<p><img src="cid:qr_mfa_48817@example.com" width="205" height="205" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als zwei Minuten. Aus Sicherheitsgründen funktioniert der Code nur auf Mobilgeräten.</p>
<p style="color:#777;font-size:12px">Referenz: MFA-REG-2026-48817</p>
<p>IT-Service | Example Group</p>
</body></html>
"""
    alt = Multi("alternative", [Part("text/plain", text, "ISO-8859-1", "quoted-printable", flowed=False),
                                Part("text/html", html, "ISO-8859-1", "quoted-printable")], boundary(r, "roundcube"))
    rel = Multi("related", [alt, Part("image/png", png, filename="qr.png", disposition="inline",
                                      cid="qr_mfa_48817@example.com")], boundary(r, "roundcube"))
    hdrs = [("MIME-Version", "1.0"), ("Date", prof["date"]),
            ("From", addr("IT-Service | Example Group", "info@baeckerei-wimmer.de")),
            ("To", addr("Florian Dietz", rcpt)),
            ("Subject", hdr_text("Florian Dietz: Erneute Registrierung der Microsoft-Authenticator-Methode erforderlich (Frist 13.11.2026)", "ISO-8859-1", "Q")),
            ("Message-ID", prof["mid"]), ("X-Sender", "info@baeckerei-wimmer.de"),
            ("User-Agent", "Roundcube Webmail/1.6.7")]
    return assemble(r, prof, rcpt, hdrs, rel, env="info@baeckerei-wimmer.de")


@register("attack", 5, "de", "mobilede-haendlerkonto",
          "Trade-specific phishing: 'mobile.de dealer service' says 127 listings were paused after a returned direct debit; confirm payment data in the dealer area.",
          "Look-alike mobile-haendlerportal.de on a DigitalOcean VPS without rDNS, sent with PHPMailer, HTML-only; login link to haendler.mobile-haendlerportal.de instead of mobile.de; pressure through paused listings (lost sales).")
def a05(r):
    t = T(2026, 10, 29, 16, 3, 27, "DE")
    rcpt = P("usedcars").addr
    prof = S.own_postfix(r, t, rcpt, "mail.mobile-haendlerportal.de", None, "164.92.183.71",
                         client_ip="127.0.0.1", mua="phpmailer", domain="mobile-haendlerportal.de",
                         client_helo="localhost")
    link = "https://haendler.mobile-haendlerportal.de/login?kd=48213977&ref=sepa-r"
    html = """<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>mobile.de</title></head>
<body style="margin:0;background:#eef1f5;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6600;padding:14px 24px;color:#fff;font-size:22px;font-weight:bold">mobile.de <span style="font-size:13px;font-weight:normal">Händlerbereich</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px;color:#333">
<p>Sehr geehrte Damen und Herren,</p>
<p>die SEPA-Lastschrift für die Monatsgebühr Ihres Händlerpakets <b>„Premium Plus“</b> (Kundennummer 48213977, Rechnung 2026-10-4482193, 1.184,05 €) wurde von Ihrer Bank zurückgegeben (Rückgabegrund MD06).</p>
<p>Gemäß Ziffer 7.3 unserer AGB für Händler haben wir <b>127 Fahrzeuginserate</b> Ihres Standorts München vorübergehend pausiert. Ihre Inserate sind derzeit in der Suche nicht sichtbar, Anfragen von Interessenten werden nicht zugestellt.</p>
<p>Bitte bestätigen Sie Ihre Zahlungsdaten im Händlerbereich. Nach erfolgreicher Bestätigung werden alle Inserate innerhalb von 15 Minuten automatisch wieder aktiviert.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#ff6600;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:4px">Zum Händlerbereich</a></p>
<p>Erfolgt bis zum 02.11.2026 keine Bestätigung, wird das Händlerpaket gekündigt und die Inserate werden gelöscht.</p>
<p>Freundliche Grüße<br>Ihr mobile.de Händlerservice</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7">mobile.de GmbH · Albert-Einstein-Ring 26 · 14532 Kleinmachnow<br>Diese E-Mail wurde automatisch erstellt.</td></tr>
</table></td></tr></table></body></html>
""" % link
    body = Part("text/html", html, "windows-1252", "8bit", quote_charset=False)
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("mobile.de Händlerservice", "service@mobile-haendlerportal.de", "windows-1252", "B")),
            ("Subject", hdr_text("Ihre Händlerinserate wurden pausiert – Zahlungsdaten bestätigen", "windows-1252", "B")),
            ("Message-ID", prof["mid"]),
            ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="service@mobile-haendlerportal.de")


@register("attack", 6, "de", "payroll-umleitung-webde",
          "Payroll diversion: 'Stefan Huber' (workshop manager) asks HR from a new web.de address to pay his salary to a new account from the November payroll.",
          "New free-mail address not on file (genuine private address is s.huber82@web.de, see business 05); salary to a Revolut (LT) account; excuse for not using the signed form; asks for the answer to the private address; payroll-cutoff pressure; sent late in the evening.")
def a06(r):
    t = T(2026, 11, 18, 21, 37, 8, "DE")
    rcpt = P("hr").addr
    prof = S.gmx(r, t, rcpt, "web.de", "46.114.5.208", mode="webmail")
    ib = B.lt_iban("32500", "90418737115")
    text = """Hallo Katrin,

ich habe meine Bank gewechselt und würde dich bitten, mein Gehalt ab der November-Abrechnung auf das neue Konto zu überweisen:

Kontoinhaber: Stefan Huber
IBAN: %s
BIC: REVOLT21

Ich schreibe von meiner privaten Adresse, weil ich diese Woche auf der Schulung in Ingolstadt bin und mit dem Firmenlaptop nicht ins Netz komme. Das Formular kann ich dir leider erst nächste Woche unterschrieben geben - geht das trotzdem noch für den November? Kurze Rückmeldung an diese Adresse wäre super.

Danke dir und viele Grüße
Stefan
""" % B.fmt_iban(ib)
    body = Part("text/plain", text, "UTF-8", "quoted-printable", quote_charset=False)
    hdrs = [("MIME-Version", "1.0"), ("Message-ID", prof["mid"]),
            ("From", addr("Stefan Huber", "stefan.huber.muc@web.de")),
            ("To", addr("Katrin Schäfer", rcpt, "UTF-8", "Q")),
            ("Subject", "Neue Bankverbindung Gehalt"),
            ("Date", prof["date"])]
    return assemble(r, prof, rcpt, hdrs, body, env="stefan.huber.muc@web.de")


@register("attack", 7, "de", "inkasso-passwort-zip",
          "Fake law-firm collection notice with a password-protected ZIP 'Forderungsaufstellung' (inside: a .pdf.lnk placeholder).",
          "No business relation with the named 'creditor'; unknown law-firm domain on a Contabo VPS; encrypted archive with the password in the body to defeat scanning; double extension .pdf.lnk; threat of court dunning procedure.")
def a07(r):
    t = T(2026, 11, 19, 9, 5, 44, "DE")
    rcpt = P("ap").addr
    prof = S.own_postfix(r, t, rcpt, "mail.brenner-kollegen-inkasso.de", "vmi2281734.contaboserver.net",
                         "161.97.139.52", client_ip="91.92.241.117", mua="outlook",
                         domain="brenner-kollegen-inkasso.de", auth="forderung@brenner-kollegen-inkasso.de")
    inner = "Forderungsaufstellung_BK-2026-11873.pdf.lnk"
    z = zipgen.zipcrypto_zip([(inner, b"INERT PLACEHOLDER - evaluation sample, not a shortcut file.\r\n")],
                             "BK11873", (2026, 11, 19, 8, 51, 36), seed="a07")
    text = """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns die Kfz-Service Nord GmbH, Hamburg, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.

Trotz mehrfacher Mahnung durch unsere Mandantin sind die Rechnungen Nr. 2026-0711 und 2026-0748 (Teilelieferungen August 2026) bis heute nicht ausgeglichen. Die Forderungsaufstellung einschließlich Verzugszinsen (§ 288 Abs. 2 BGB) und Verzugspauschale (§ 288 Abs. 5 BGB) fügen wir bei.

Aus Datenschutzgründen ist die Anlage verschlüsselt. Das Kennwort lautet: BK11873

Wir fordern Sie auf, den Gesamtbetrag in Höhe von 14.862,37 EUR bis spätestens

27.11.2026

auf das in der Forderungsaufstellung angegebene Anderkonto zu überweisen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung das gerichtliche Mahnverfahren einzuleiten. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen

Forderungsmanagement
Brenner & Kollegen Rechtsanwälte
Ballindamm 17 · 20095 Hamburg
Tel. 040 8090 7612
"""
    body = Multi("mixed", [Part("text/plain", text, "iso-8859-1", "8bit"),
                           Part("application/x-zip-compressed", z, filename="Forderungsaufstellung_BK-2026-11873.zip")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Brenner & Kollegen Rechtsanwälte", "forderung@brenner-kollegen-inkasso.de", "iso-8859-1", "Q")),
            ("To", addr("Example Group GmbH - Buchhaltung", rcpt)),
            ("Subject", hdr_text("Letzte außergerichtliche Zahlungsaufforderung - Az. BK-2026-11873", "iso-8859-1", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            MAILER_OUTLOOK, ("Content-Language", "de")]
    return assemble(r, prof, rcpt, hdrs, body, env="forderung@brenner-kollegen-inkasso.de")


@register("attack", 8, "de", "thread-hijack-lieferant-portal",
          "Thread hijack from the genuinely compromised mailbox of Petra Lang (Lieferant GmbH): reply in the real backlog thread with a 'document portal' link for the corrected invoice.",
          "Comes from Lieferant's real Microsoft 365 tenant and continues a real thread (see business 01), but Lieferant always attaches invoices as PDF; this time a link to lieferant-gmbh.docs-freigabe.com that asks for the recipient's business credentials (pre-filled address) - credential phishing from a compromised partner account.")
def a08(r):
    t = T(2026, 11, 23, 14, 6, 19, "DE")
    rcpt = P("proc").addr
    prof = S.o365(r, t, rcpt, "eur", tenant=LIEFERANT_TENANT, srv=LIEF_SRV)
    prev_text, prev_ids = lieferant_thread_1(with_invoice_reply=True)
    link = "https://lieferant-gmbh.docs-freigabe.com/s/RE-2026-19044?e=markus.goebel%40example.com"
    new = """Hallo Herr Göbel,

anbei wie besprochen die korrigierte Rechnung zur Teillieferung sowie der aktualisierte Lieferschein. Wegen der Dateigröße habe ich die Unterlagen über unser Kundenportal freigegeben:

Dokumente anzeigen (RE-2026-19044 / LS 8812407):
%s

Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an, der Zugang ist 48 Stunden gültig.

Viele Grüße
Petra Lang

""" % link
    text = new + lieferant_sig_petra() + "\n\n" + prev_text
    html_paras = new.split("\n")
    html = outlook_html([p if not p.startswith("https://") else "" for p in html_paras], "windows-1252")
    html = html.replace('<p class="MsoNormal">Dokumente anzeigen (RE-2026-19044 / LS 8812407):<o:p></o:p></p>',
                        '<p class="MsoNormal"><a href="%s">Dokumente anzeigen (RE-2026-19044 / LS 8812407)</a><o:p></o:p></p>' % link)
    html = html.replace("</div>\n</body>", "<p class=\"MsoNormal\">%s</p>\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">%s</p></div>\n</div>\n</body>"
                        % (esc(lieferant_sig_petra()).replace("\n", "<br>\n"), esc(prev_text).replace("\n", "<br>\n")))
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable", quote_charset=True),
                                Part("text/html", html, "windows-1252", "quoted-printable")],
                boundary(r, "exchange", 0))
    refs = " ".join(prev_ids)
    hdrs = [("From", addr("Petra Lang", "p.lang@lieferant-gmbh.de")),
            ("To", addr("Markus Göbel", rcpt, "windows-1252", "Q")),
            ("Subject", hdr_text("AW: Rückstand Bestellung 4500218877 – Bremsscheiben/Beläge", "windows-1252", "Q")),
            ("Thread-Topic", hdr_text("Rückstand Bestellung 4500218877 – Bremsscheiben/Beläge", "windows-1252", "Q")),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("References", refs), ("In-Reply-To", prev_ids[-1]),
            ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="p.lang@lieferant-gmbh.de")

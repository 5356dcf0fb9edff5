"""Attack messages 01-08, German."""
from common import *

F = "attack"


def a01():
    t = T("2026-10-15 16:42:09")
    ceo = ("Jürgen Köhler", "juergen.koehler@examplegroup-eu.com")
    text = """Hallo Birgit,

ich bin bis Freitag in Wien und sitze fast durchgehend in Gesprächen, daher nur kurz per Mail.

Wie im Sommer im Beirat angedeutet, stehen wir kurz vor der Übernahme der Mehrheit an einem Wiener Übersetzungsbüro (Schwerpunkt beeidigte Übersetzungen und Gerichtsdolmetschen). Intern läuft das unter „Projekt Donau“. Bis zur offiziellen Mitteilung an die Belegschaft darf im Haus niemand davon erfahren – bitte auch nicht Monika oder die Kreditorenbuchhaltung einbinden, die Freigabe läuft ausnahmsweise nur über dich.

Für die Exklusivitätsvereinbarung ist bis morgen 12:00 Uhr eine Anzahlung von 184.500,00 EUR auf das Treuhandkonto der begleitenden Kanzlei fällig. Dr. Matthias Krause (Krause & Partner Rechtsanwälte, Wien) betreut die Transaktion und schickt dir heute noch die Treuhandvereinbarung zur Kenntnis.

Kontoinhaber: Krause & Partner Treuhand
IBAN: %s
BIC: REVOLT21
Verwendungszweck: Projekt Donau – Anzahlung Exklusivität

Bitte gib die Zahlung heute noch als Einzelüberweisung frei und schick mir den Ausführungsbeleg direkt an diese Adresse. Rückfragen bitte nur per Mail, ich kann in den Verhandlungen nicht telefonieren.

Danke dir für die Diskretion.

Viele Grüße
Jürgen
""" % G(BANK["mule_lt_ceo"])
    return mk(F, 1, "de", "ceo-fraud-acquisition-lookalike",
              infra=P(I.vps, helo="mail.examplegroup-eu.com", ip="88.198.41.117",
                      rdns="static.117.41.198.88.clients.your-server.de", mode="roundcube", origin_ip="185.213.155.72"),
              frm=ceo, to=[S("cfo")], subject="Vertraulich – Projekt Donau", t=t,
              body=lambda k: Text(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed"),
              tags=["CEO / manager fraud (BEC)", "fake lawyer", "look-alike domain on VPS"],
              what="CEO fraud: 'Jürgen Köhler' asks the CFO for a secret 184,500 EUR 'escrow' payment for an acquisition, with a fake Viennese lawyer.",
              why="Look-alike domain examplegroup-eu.com on a Hetzner VPS (Roundcube, sender IP a VPN exit); secrecy, bypassing AP and approval, deadline, Lithuanian EMI account named 'Treuhand', phone contact refused.",
              pair="business 01")


def a02():
    t = T("2026-11-04 10:17:33")
    frm = ("Petra Lang", "p.lang@lieferant-gbmh.de")
    letter = pdf([[(14, True, "Lieferant GmbH"), "Gereonstraße 18 · 50670 Köln", "", "",
                   "Example Group Sprachdienste GmbH", "Kreditorenbuchhaltung", "Hohenzollernring 72", "50672 Köln", "",
                   "Köln, 02.11.2026", "",
                   (11, True, "Mitteilung über die Änderung unserer Bankverbindung"), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "im Rahmen der Neuordnung unseres Zahlungsverkehrs ändert sich unsere Bankverbindung mit Wirkung",
                   "zum 01.11.2026. Bitte veranlassen Sie sämtliche Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
                   "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Solaris SE, Berlin",
                   "IBAN: " + G(BANK["mule_de_lief"]), "BIC: SOBKDEB2XXX", "",
                   "Die bisherige Bankverbindung bei der Sparkasse KölnBonn steht für Zahlungseingänge nicht mehr zur Verfügung.",
                   "Zahlungen auf das alte Konto können nicht mehr zugeordnet werden.", "",
                   "Mit freundlichen Grüßen", "", "Andreas Wirtz", "Geschäftsführer", "",
                   (8, False, "Lieferant GmbH · Sitz Köln · Amtsgericht Köln HRB 61234 · USt-IdNr. " + BANK["lief_ustid"])]],
                 title="Mitteilung Bankverbindung", author="p.lang", creator="Microsoft® Word für Microsoft 365",
                 producer="Microsoft® Word für Microsoft 365", date=pdfdate(t))
    text = """Sehr geehrte Frau Weiß,

im Zuge der Umstellung unseres Zahlungsverkehrs auf einen neuen Bankpartner hat sich unsere Bankverbindung zum 01.11.2026 geändert. Die bisherige Verbindung bei der Sparkasse KölnBonn wird nur noch bis Monatsende für Lastschriften genutzt.

Bitte hinterlegen Sie ab sofort die neue Bankverbindung in Ihren Kreditorenstammdaten:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE
IBAN: %s
BIC: SOBKDEB2XXX

Die beiden derzeit offenen Rechnungen RE-2026-4471 (Trados-Studio-Wartung, 14.280,00 EUR) und RE-2026-4502 (memoQ-Serverlizenzen, 6.545,00 EUR) überweisen Sie bitte bereits auf das neue Konto. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Wegen der laufenden Systemumstellung sind wir telefonisch nur eingeschränkt erreichbar. Für Rückfragen antworten Sie bitte einfach auf diese E-Mail; über eine kurze Bestätigung der Umstellung würde ich mich freuen.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst

Lieferant GmbH
Gereonstraße 18, 50670 Köln
Tel. +49 221 987654-22
www.lieferant-gmbh.de
""" % G(BANK["mule_de_lief"])
    return mk(F, 2, "de", "supplier-bank-change-lookalike",
              infra=P(I.vps, helo="mail.lieferant-gbmh.de", ip="51.75.146.203", rdns="vps-5e3a91c2.vps.ovh.net",
                      mode="smtp_client", origin_ip="45.134.26.81"),
              frm=frm, to=[S("ap")], subject="Änderung unserer Bankverbindung – offene Posten RE-2026-4471 / RE-2026-4502",
              t=t, hcs="iso-8859-1", hmode="Q",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "iso-8859-1"), "iso-8859-1", quote_cs=True),
                                             PDF("Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", letter, fn_style="plain")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["supplier bank-detail change (BEC)", "look-alike domain on VPS", "forged PDF letter"],
              what="Supplier bank-detail change 'from' Lieferant GmbH (Petra Lang) with forged letter PDF; asks to pay two open invoices to a new account.",
              why="Look-alike domain lieferant-gbmh.de (letters swapped) on an OVH VPS; new account at a Berlin neobank; phone verification discouraged; redirects specific open invoices – classic supplier BEC.",
              pair="business 02, 04")


def a03():
    t = T("2026-11-10 07:52:40")
    frm = ("E-Rechnung Zustellservice", "zustellung@erechnungsportal-b2b.de")
    rc = S("ap")[1]
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Anmelden – Rechnungsvorschau</title>
<style>body{margin:0;background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}
.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}
input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}
.doc{font-size:13px;color:#444;background:#f7f7f7;padding:10px;margin-bottom:14px}</style></head>
<body><div class="box">
<div style="font-size:20px;color:#5e5e5e">&#9632;&#9632; Microsoft</div>
<h1>Anmelden</h1>
<div class="doc">XRechnung_RE-2026-4598.xml &middot; Lieferant GmbH &middot; 9.871,40 EUR<br>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich an, um die Rechnung anzuzeigen.</div>
<form method="post" action="https://erechnung-viewer-cloud.com/api/v2/session">
<input type="email" name="login" value="{EMAIL}">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="RE-2026-4598">
<button type="submit">Anmelden</button>
</form>
<p style="clear:both;font-size:13px;padding-top:16px"><a href="https://erechnung-viewer-cloud.com/reset">Kennwort vergessen?</a></p>
</div></body></html>
""".replace("{EMAIL}", rc)
    text = """Guten Tag,

über den E-Rechnungs-Zustellservice ist für Sie eine elektronische Rechnung im Format XRechnung 3.0 (UBL) eingegangen.

Rechnungssteller: Lieferant GmbH, Köln
Rechnungsnummer: RE-2026-4598
Rechnungsbetrag: 9.871,40 EUR
Fälligkeit: 20.11.2026

Seit dem 1. Januar 2025 müssen inländische Unternehmen E-Rechnungen empfangen und verarbeiten können (§ 14 UStG). Die Rechnung liegt dieser Benachrichtigung als Vorschaudatei bei. Zum Öffnen des Originaldokuments melden Sie sich bitte mit Ihrem Microsoft-365-Geschäftskonto an.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

E-Rechnung Zustellservice · Plattform für elektronischen Rechnungsaustausch
"""
    inner = ("<p>Guten Tag,</p><p>über den E-Rechnungs-Zustellservice ist für Sie eine elektronische Rechnung im Format "
             "<b>XRechnung 3.0 (UBL)</b> eingegangen.</p>"
             "<table cellpadding='4' style='font-size:14px'><tr><td>Rechnungssteller:</td><td><b>Lieferant GmbH, Köln</b></td></tr>"
             "<tr><td>Rechnungsnummer:</td><td>RE-2026-4598</td></tr><tr><td>Rechnungsbetrag:</td><td>9.871,40 EUR</td></tr>"
             "<tr><td>Fälligkeit:</td><td>20.11.2026</td></tr></table>"
             "<p>Seit dem 1. Januar 2025 müssen inländische Unternehmen E-Rechnungen empfangen und verarbeiten können (§ 14 UStG). "
             "Die Rechnung liegt dieser Benachrichtigung als Vorschaudatei bei. Zum Öffnen des Originaldokuments melden Sie sich bitte "
             "mit Ihrem Microsoft-365-Geschäftskonto an.</p>")
    html = phish_html("E-Rechnung eingegangen", "#1f4e79", inner,
                      "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.")
    return mk(F, 3, "de", "e-invoice-html-attachment-sendgrid",
              infra=P(I.sendgrid, em_domain="em4821.erechnungsportal-b2b.de"),
              frm=frm, to=[S("ap")], subject="Neue E-Rechnung (XRechnung) von Lieferant GmbH – RE-2026-4598", t=t,
              body=lambda k: Multi("mixed", [alt(k, text, html, "utf-8"),
                                             HTMLA("XRechnung_RE-2026-4598_Vorschau.html", page, "HTML credential form posting to erechnung-viewer-cloud.com, no script")],
                                   k.bd()),
              tags=["credential phishing", "HTML attachment", "e-invoicing / EDI lure", "abused ESP (SendGrid)"],
              what="Fake 'e-invoice delivery service' notice for a Lieferant GmbH XRechnung; HTML attachment is a Microsoft 365 sign-in page with the victim's address pre-filled.",
              why="Credential phishing via HTML attachment (form posts to erechnung-viewer-cloud.com); newly registered sender domain sent through an abused SendGrid account; exploits the 2025 German e-invoicing obligation. Lieferant sends its real XRechnung directly from its own domain.",
              pair="business 03")


def a04():
    t = T("2026-10-21 08:03:55")
    frm = ("Rheinpharm AG über DocuSign", "info@tischlerei-hartmann-bau.de")
    url = "https://docs-signvault.com/eu/envelope/?id=8c41f2&u=" + b64u(S("sales")[1])
    png = qr_png(url, scale=5)
    text = """Rheinpharm AG hat Ihnen ein Dokument zur elektronischen Unterschrift gesendet.

Dokument: Rahmenvertrag Übersetzungsleistungen 2027 – Rheinpharm AG / Example Group
Absender: Dr. Claudia Wendt, Regulatory Affairs

Aus Sicherheitsgründen kann dieses Dokument nur auf einem registrierten Mobilgerät geöffnet werden. Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um das Dokument zu prüfen und zu unterzeichnen.

Der Zugang ist 48 Stunden gültig.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea;margin:0;padding:20px">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;color:#333"><b>Docu</b>Sign</td></tr>
<tr><td style="padding:0 32px"><table width="100%" style="background:#1e4ca1;color:#fff"><tr><td align="center" style="padding:26px;font-size:16px">
Rheinpharm AG hat Ihnen ein Dokument zur Unterschrift gesendet<br><br>
<img src="cid:qr-doc-8c41f2@docsign" width="185" height="185" alt="QR-Code" style="background:#fff;padding:6px"><br><br>
<span style="font-size:13px">Scannen Sie den QR-Code mit der Kamera Ihres Smartphones</span></td></tr></table></td></tr>
<tr><td style="padding:22px 32px;font-size:14px;color:#333;line-height:1.5">
<b>Dr. Claudia Wendt</b><br>Regulatory Affairs, Rheinpharm AG<br><br>
Bitte prüfen und unterzeichnen Sie: <b>Rahmenvertrag Übersetzungsleistungen 2027 – Rheinpharm AG / Example Group</b>.<br><br>
Aus Sicherheitsgründen kann dieses Dokument nur auf einem registrierten Mobilgerät geöffnet werden. Der Zugang ist 48 Stunden gültig.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#666;background:#f4f4f4">Diese Nachricht enthält einen sicheren Zugang. Bitte leiten Sie diese E-Mail nicht weiter.</td></tr>
</table></body></html>
"""
    return mk(F, 4, "de", "docusign-quishing-compromised-site",
              infra=P(I.hosted, provider="cpanel", origin_ip="194.26.192.77", host="s187.webhost-kunden.de", ip="178.254.12.187",
                      mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", style="generic"),
              frm=frm, to=[S("sales")], subject="Rheinpharm AG hat Ihnen ein Dokument zur Unterschrift gesendet: Rahmenvertrag Übersetzungsleistungen 2027",
              t=t, bstyle="php",
              body=lambda k: Multi("related", [alt(k, text, html, "utf-8", "base64"),
                                               PNG("qr.png", png, cid="qr-doc-8c41f2@docsign", note="PNG QR code -> " + url)],
                                   k.bd(), params=' type="multipart/alternative";'),
              tags=["quishing (QR code)", "brand / service impersonation", "compromised small-business mailbox"],
              what="DocuSign look-alike 'Rheinpharm AG' envelope with no links, only an inline QR code leading to a credential page (victim address base64 in URL).",
              why="Quishing: the only action is a QR code to docs-signvault.com; sender is a hacked carpenter's web-hosting mailbox sending via PHPMailer; genuine DocuSign mail comes from docusign.net with envelope links.",
              pair="business 05")


def a05():
    t = T("2026-11-19 21:36:12")
    frm = ("Katrin Böhm", "k.boehm.privat@web.de")
    text = """Hallo Sabine,

ich habe mein Gehaltskonto gewechselt und wollte fragen, ob du die neue Bankverbindung noch für die November-Abrechnung berücksichtigen kannst? Ich bin heute und morgen beim Kunden in Leverkusen und komme von hier nicht ins Personalportal, deshalb schreibe ich dir von meiner privaten Adresse.

Kontoinhaberin: Katrin Böhm
IBAN: %s
Bank: N26

Gib mir bitte kurz Bescheid, ab wann die Änderung greift. Die alte Verbindung bitte nicht mehr verwenden, das Konto wird zum Monatsende aufgelöst.

Danke dir und liebe Grüße
Katrin
""" % G(BANK["mule_de_payroll"])
    return mk(F, 5, "de", "payroll-diversion-webde",
              infra=P(I.gmx, webde=True, origin="102.89.47.196"),
              frm=frm, to=[S("hr")], subject="Neue Bankverbindung für die Gehaltsabrechnung", t=t, bstyle="gmx",
              body=lambda k: Text(text, "plain", "UTF-8", "quoted-printable"),
              tags=["payroll diversion", "staff impersonation via free mailer"],
              what="Payroll diversion: 'Katrin Böhm' from a private web.de address asks HR to switch her salary to a new neobank account before the November run.",
              why="Unknown private address using a staff display name, sent at night from a Nigerian mobile IP via web.de webmail; avoids the HR portal; timed before payroll; new account at N26.",
              pair="business 06")


def a06():
    t = T("2026-10-27 09:12:41")
    frm = ("DGR Deutsches Gewerberegister", "service@dgr-gewerberegister.de")
    form = pdf([[(13, True, "DGR · Deutsches Gewerberegister"), "Erfassungsstelle Online-Verzeichnis", "",
                 (11, True, "Erfassungsformular / Aktualisierung Ihres Eintrags"), "Register-Nr.: DGR-50672-88417", "",
                 "Firma: Example Group Sprachdienste GmbH", "Anschrift: Hohenzollernring 72, 50672 Köln",
                 "Branche: Übersetzungsbüro / Dolmetscherdienste", "Registergericht: Amtsgericht Köln", "",
                 "Bitte prüfen, ggf. korrigieren und unterschrieben zurücksenden (Fax 030 5683 9912 oder E-Mail).", "",
                 "Unterschrift / Firmenstempel: ______________________   Datum: ____________", "",
                 (7, False, "Mit Unterzeichnung beauftragen Sie die DGR mit der Veröffentlichung Ihres Eintrags im Online-Verzeichnis"),
                 (7, False, "www.dgr-gewerberegister.de zum Jahrespreis von 1.069,00 EUR zzgl. MwSt. Die Laufzeit beträgt drei Jahre und"),
                 (7, False, "verlängert sich um jeweils ein Jahr, sofern nicht drei Monate vor Ablauf gekündigt wird. Zahlbar nach Rechnungserhalt"),
                 (7, False, "auf IBAN " + G(BANK["mule_de_register"]) + ". Es handelt sich nicht um einen amtlichen Eintrag.")]],
               title="Erfassungsformular", creator="Writer", producer="LibreOffice 7.6", date=pdfdate(t))
    text = """Sehr geehrte Damen und Herren,

zur Veröffentlichung im Deutschen Gewerberegister liegen uns für Ihr Unternehmen folgende Daten vor:

Firma: Example Group Sprachdienste GmbH
Anschrift: Hohenzollernring 72, 50672 Köln
Register-Nr.: DGR-50672-88417

Bitte überprüfen Sie die Angaben im beigefügten Erfassungsformular, ergänzen Sie fehlende Daten und senden Sie das Formular unterschrieben innerhalb von 10 Tagen an uns zurück, damit Ihr Eintrag aktualisiert werden kann.

Mit freundlichen Grüßen
Ihr DGR-Team
Erfassungsstelle

DGR Deutsches Gewerberegister · Friedrichstraße 123 · 10117 Berlin
"""
    return mk(F, 6, "de", "fake-register-offer-brevo",
              infra=P(I.brevo), frm=frm, to=[("Buchhaltung Example Group", S("ap")[1])],
              subject="Aktualisierung Ihres Eintrags – Register-Nr. DGR-50672-88417", t=t, bstyle="hex",
              body=lambda k: Multi("mixed", [Text(text, "plain", "iso-8859-15", "quoted-printable"),
                                             PDF("Erfassungsformular_DGR-50672-88417.pdf", form, fn_style="plain")], k.bd()),
              tags=["fake directory/register invoice", "abused ESP (Brevo)"],
              what="'Deutsches Gewerberegister' asks to check and sign the company's register entry; the PDF's small print is a 3-year, 1,069 EUR/year directory contract.",
              why="Fake register / directory invoice scam imitating the official Handelsregister; unsolicited, bulk-sent through Brevo; cost and auto-renewal hidden in 7-pt text; payment to a private account.")


def a07():
    t = T("2026-11-02 11:26:18")
    frm = ("Sarah Becker", "sarah.becker.bewerbung@gmx.de")
    inner = [("Bewerbung_Sarah_Becker_Lebenslauf.pdf.exe", placeholder("Bewerbung_Sarah_Becker_Lebenslauf.pdf.exe"), (2026, 11, 2, 10, 58, 12)),
             ("Zeugnisse_und_Referenzen.pdf.lnk", placeholder("Zeugnisse_und_Referenzen.pdf.lnk"), (2026, 11, 2, 10, 58, 40))]
    z = make_zip(inner, password="Becker2026", seed="a07")
    text = """Sehr geehrte Frau Neumann,

über das Portal des BDÜ bin ich auf Ihr Büro aufmerksam geworden und möchte mich als freiberufliche Fachübersetzerin für die Sprachrichtungen Englisch und Französisch > Deutsch bewerben. Seit 2019 übersetze ich vor allem Zulassungsunterlagen, Fachinformationen und Packungsbeilagen für Pharmaunternehmen sowie Studienprotokolle für CROs. Ich arbeite mit Trados Studio 2024 und memoQ und bin mit den QRD-Templates der EMA vertraut.

Anbei finden Sie meine Bewerbungsunterlagen (Lebenslauf, Zeugnisse, Referenzen und eine Probeübersetzung). Aus Datenschutzgründen habe ich die Unterlagen in einem passwortgeschützten Archiv gespeichert.

Passwort: Becker2026

Über eine Rückmeldung und einen Testauftrag würde ich mich sehr freuen.

Mit freundlichen Grüßen
Sarah Becker
Dipl.-Übersetzerin (FH)
"""
    return mk(F, 7, "de", "job-application-encrypted-zip",
              infra=P(I.gmx, webde=False, origin="185.220.101.34"),
              frm=frm, to=[S("vm")], subject="Bewerbung als freiberufliche Übersetzerin (EN/FR > DE, Pharma)", t=t, bstyle="gmx",
              body=lambda k: Multi("mixed", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                             ZIP("Bewerbung_Sarah_Becker.zip", z,
                                                 "ZIP, ZipCrypto, password 'Becker2026' in body; contains Bewerbung_Sarah_Becker_Lebenslauf.pdf.exe and Zeugnisse_und_Referenzen.pdf.lnk (one-line placeholders)",
                                                 ctype="application/zip", pwd="Becker2026")], k.bd()),
              tags=["malware lure", "password-protected ZIP (ZipCrypto)", "double extension"],
              what="Freelance-translator job application whose 'CV' comes in a password-protected ZIP holding a .pdf.exe and a .lnk.",
              why="Classic German 'Bewerbung' malware lure adapted to the trade: encrypted archive defeats scanning, password in body, double extensions (.pdf.exe, .lnk); sent via GMX webmail from a Tor exit node.",
              pair="business 08")


def a08():
    t = T("2026-11-24 14:05:27")
    frm = ("Justizportal des Bundes und der Länder", "benachrichtigung@justiz-dolmetscherdatenbank.de")
    url = "https://bundid-justiz-verifizierung.de/gdolmg/login?vid=DB-NRW-44817&org=" + b64u("example.com")
    text = """Sehr geehrte Damen und Herren,

in der bundesweiten Dolmetscher- und Übersetzerdatenbank sind für Ihre Organisation folgende Eintragungen hinterlegt:

Example Group Sprachdienste GmbH, Köln – 4 allgemein beeidigte Dolmetscher/innen bzw. ermächtigte Übersetzer/innen (OLG-Bezirk Köln)

Nach der Übergangsregelung zum Gerichtsdolmetschergesetz (GDolmG) müssen alle Eintragungen bis zum 30.11.2026 über die BundID bestätigt werden. Nicht bestätigte Eintragungen werden anschließend deaktiviert und sind für Gerichte, Behörden und Notare nicht mehr auffindbar.

Bestätigung der Eintragungen (Anmeldung mit BundID-Konto oder Online-Ausweis):
%s

Vorgangsnummer: DB-NRW-44817

Mit freundlichen Grüßen
Ihr Justizportal-Team

Diese E-Mail wurde automatisch erzeugt.
""" % url
    inner = ("<p>Sehr geehrte Damen und Herren,</p><p>in der bundesweiten Dolmetscher- und Übersetzerdatenbank sind für Ihre Organisation "
             "folgende Eintragungen hinterlegt:</p><p style='background:#f0f4f8;padding:10px'><b>Example Group Sprachdienste GmbH, Köln</b><br>"
             "4 allgemein beeidigte Dolmetscher/innen bzw. ermächtigte Übersetzer/innen (OLG-Bezirk Köln)</p>"
             "<p>Nach der Übergangsregelung zum Gerichtsdolmetschergesetz (GDolmG) müssen alle Eintragungen <b>bis zum 30.11.2026</b> über die "
             "BundID bestätigt werden. Nicht bestätigte Eintragungen werden anschließend deaktiviert und sind für Gerichte, Behörden und Notare "
             "nicht mehr auffindbar.</p>" + button(url, "Eintragungen mit BundID bestätigen", "#004b76") +
             "<p>Vorgangsnummer: DB-NRW-44817</p><p>Mit freundlichen Grüßen<br>Ihr Justizportal-Team</p>")
    html = phish_html("Justizportal – Dolmetscher- und Übersetzerdatenbank", "#004b76", inner, "Diese E-Mail wurde automatisch erzeugt.")
    return mk(F, 8, "de", "court-interpreter-register-bundid-phish-ses",
              infra=P(I.ses, region="eu-central-1"),
              frm=frm, to=[S("vm")], subject="Bestätigung Ihrer Eintragungen in der Dolmetscher- und Übersetzerdatenbank bis 30.11.2026", t=t,
              bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              tags=["credential phishing", "regulator / trade-portal impersonation", "abused ESP (Amazon SES)"],
              what="Fake 'Justizportal' demand to re-confirm the agency's sworn translators in the court-interpreter database via BundID before deactivation.",
              why="Trade-specific regulator phish: invented deadline under the GDolmG, link to bundid-justiz-verifizierung.de (not justiz.de / id.bund.de), sender domain registered for the campaign and mailed through Amazon SES.")


ATTACKS = [a01, a02, a03, a04, a05, a06, a07, a08]

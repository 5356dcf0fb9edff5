"""Attack messages, German (01-08)."""
from common import *
import threads

F = "attack"


@message(F, "de", "ceo-fraud-vertrauliche-uebernahme",
         "CEO fraud: 'Dr. Matthias Böhm' asks the CFO to stand by for a confidential escrow payment announced via a 'lawyer'; iPhone-style mail from look-alike domain examplegroup-eu.com on an OVH VPS",
         "Look-alike domain (examplegroup-eu.com instead of example.com / examplegroup.eu), sent from a rented VPS, not from mail-int01; "
         "secrecy ('no coordination in the house'), hand-over to an unknown lawyer whose instructions are to be treated as the CEO's, "
         "only reachable by e-mail, foreign transfer the same day: textbook BEC/CEO fraud.")
def a01():
    r = rng("a01")
    t = timez.local("de", 2026, 10, 13, 7, 48, 12)
    rcpt = "sabine.krueger@example.com"
    frm_addr = "matthias.boehm@examplegroup-eu.com"
    s = infra.postfix_auth(r, t, rcpt, "mail.examplegroup-eu.com", "vps-5c1e82a4.vps.ovh.net", "51.75.142.87",
                           "mail.examplegroup-eu.com", "193.176.86.211", frm_addr)
    body = """Guten Morgen Frau Krüger,

ich bin heute und morgen in Mailand zu den abschließenden Gesprächen über das Projekt „Nordlicht“ – die Übernahme des Isolierglasherstellers in der Lombardei, über die wir im Beirat bereits gesprochen haben. Die Verhandlungen sind weit fortgeschritten.

Bis zur Unterzeichnung gilt eine strikte Vertraulichkeitsvereinbarung. Bitte stimmen Sie sich deshalb vorerst mit niemandem im Haus ab, auch nicht mit Herrn Götz oder der Kreditorenbuchhaltung.

Die Transaktion wird von Herrn Dr. Stephan Albers (Albers Rechtsanwälte, Frankfurt) begleitet. Er wird sich heute Vormittag bei Ihnen melden und Ihnen die Angaben für die Anzahlung auf das Treuhandkonto übermitteln. Bitte behandeln Sie seine Anweisungen so, als kämen sie direkt von mir.

Ich sitze den ganzen Tag in Besprechungen und bin nur per E-Mail erreichbar. Bestätigen Sie mir bitte kurz, dass Sie heute für eine Auslandsüberweisung zur Verfügung stehen.

Beste Grüße
Matthias Böhm

Von meinem iPhone gesendet
"""
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Dr. Matthias Böhm", frm_addr, "utf-8", "Q")),
        ("Content-Type", None),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", s["date"]),
        ("Subject", SUBJ("Vertraulich – bitte heute erreichbar sein", "utf-8", "Q")),
        ("Message-Id", mac_mid(r, "examplegroup-eu.com")),
        ("To", A("Sabine Krüger", rcpt, "utf-8", "Q")),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    )
    return hdr, Text(body, "plain", "utf-8", "quoted-printable")


@message(F, "de", "lieferant-bankverbindung-lookalike",
         "Supplier bank-detail change: 'Petra Lang, Lieferant GmbH' from lieferant-grnbh.de ('rn' for 'm') asks AP to pay two real open invoices to a new neobank account; PDF 'confirmation letter' attached",
         "Look-alike domain lieferant-grnbh.de registered on a Hetzner VPS (the real supplier mails from lieferant-gmbh.de via Microsoft 365); "
         "new account at a neobank instead of the supplier's Sparkasse, pressure with a closing date, asks to confirm only by e-mail reply "
         "because 'accounting is hard to reach by phone'. Compare business/02 (the genuine change, announced with call-back).",
         hn=None)
def a02():
    r = rng("a02")
    t = timez.local("de", 2026, 10, 27, 10, 12, 40)
    rcpt = "juergen.weiss@example.com"
    frm_addr = "p.lang@lieferant-grnbh.de"
    s = infra.postfix_auth(r, t, rcpt, "mail.lieferant-grnbh.de", "static.114.73.99.88.clients.your-server.de",
                           "88.99.73.114", "mail.lieferant-grnbh.de", "45.134.26.19", frm_addr, client_helo="DESKTOP-8K3LQ0V")
    iban = fmt_iban(BANK["lieferant_fraud"])
    body = f"""Sehr geehrter Herr Weiß,

im Zuge der Umstellung unseres Zahlungsverkehrs auf ein zentrales Cash-Management wird unser bisheriges Konto bei der Sparkasse Lüdenscheid zum 31.10.2026 aufgelöst. Zahlungseingänge auf dieses Konto können ab November nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück.

Wir bitten Sie daher, die folgenden fälligen Rechnungen bereits auf unsere neue Bankverbindung zu überweisen:

RE-2026-08814 vom 22.09.2026   18.462,30 €
RE-2026-09102 vom 01.10.2026    9.570,81 €

Kontoinhaber: Lieferant GmbH
IBAN: {iban}
BIC: NTSBDEB1XXX

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Da unsere Buchhaltung wegen der Umstellung telefonisch derzeit nur eingeschränkt erreichbar ist, bestätigen Sie die Änderung bitte kurz per Antwort auf diese E-Mail, damit wir die Zahlung entsprechend avisieren können.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen

Petra Lang
Key Account Management / Debitorenmanagement

Lieferant GmbH
Industriestraße 27 | 58511 Lüdenscheid
Tel. +49 2351 6670-214
www.lieferant-gmbh.de

Geschäftsführer: Dipl.-Kfm. Rainer Lang, Stefan Maier | Amtsgericht Iserlohn HRB 5521
"""
    letter = pdf_doc([
        ("h1", "Lieferant GmbH"),
        ("small", "Industriestraße 27 · 58511 Lüdenscheid · Telefon +49 2351 6670-0 · info@lieferant-gmbh.de"),
        ("gap", ""),
        ("p", "Example Group GmbH\nKreditorenbuchhaltung\nAm Glaswerk 12\n97076 Würzburg"),
        ("gap", ""),
        ("p", "Lüdenscheid, 26.10.2026"),
        ("h2", "Mitteilung über die Änderung unserer Bankverbindung"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. "
              "Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf das folgende Konto:"),
        ("mono", f"Kontoinhaber: Lieferant GmbH\nIBAN: {iban}\nBIC: NTSBDEB1XXX"),
        ("p", "Die bisherige Bankverbindung bei der Sparkasse Lüdenscheid wird zum 31.10.2026 geschlossen. "
              "Wir bitten um Beachtung und danken für Ihr Verständnis."),
        ("gap", ""),
        ("p", "Mit freundlichen Grüßen\nLieferant GmbH\n\ngez. Rainer Lang, Geschäftsführer"),
    ], title="Bankverbindung", author="p.lang", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261026171204+01'00'")
    bnd = infra.outlook_boundary(r, t, 0)
    root = Multi("mixed", [Text(body, "plain", "windows-1252", "quoted-printable"),
                           Attach(letter, "application/pdf", "Lieferant_GmbH_neue_Bankverbindung.pdf", name_style="2231")], bnd)
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Petra Lang | Lieferant GmbH", frm_addr, "windows-1252"), A("Jürgen Weiß", rcpt, "windows-1252", "Q"),
        SUBJ("Änderung unserer Bankverbindung – offene Posten Oktober", "windows-1252", "Q"), "lieferant-grnbh.de")
    return hdr, root


@message(F, "de", "elster-zertifikat-verlaengerung",
         "Credential/certificate phishing: 'ELSTER' claims the organisation certificate expires and asks to upload the .pfx file and PIN on a compromised WordPress site; sent through Mailgun",
         "ELSTER never collects certificate files or PINs via a link; sender domain elster-zertifikatsdienst.de is not elster.de, sent via a bulk "
         "ESP, link points to /wp-includes/ on an unrelated tax-adviser website; deadline and penalty threat (Verspätungszuschlag).")
def a03():
    r = rng("a03")
    t = timez.local("de", 2026, 10, 19, 6, 55, 3)
    rcpt = "monika.schaefer@example.com"
    frm_addr = "noreply@elster-zertifikatsdienst.de"
    s = infra.mailgun(r, t, rcpt, "mg.elster-zertifikatsdienst.de", tz="de")
    link = "https://stb-kanzlei-wendler.de/wp-includes/js/elster/zertifikat/?sid=ORG-8812-4471&kd=bW9uaWthLnNjaGFlZmVyQGV4YW1wbGUuY29t"
    plain = f"""ELSTER – Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das für Ihr Benutzerkonto „Example Group GmbH – Finanzbuchhaltung“ ausgestellte Organisationszertifikat (Zertifikats-ID 8812-4471-0093) läuft am 31.10.2026 ab.

Nach Ablauf des Zertifikats können Sie keine Umsatzsteuer-Voranmeldungen, Zusammenfassenden Meldungen und Lohnsteuer-Anmeldungen mehr übermitteln. Für verspätet abgegebene Anmeldungen kann das Finanzamt Verspätungszuschläge nach § 152 AO festsetzen.

Die Verlängerung dauert etwa fünf Minuten. Bitte halten Sie Ihre aktuelle Zertifikatsdatei (.pfx) und die zugehörige PIN bereit:

Zertifikat jetzt verlängern:
{link}

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr ELSTER-Team
Bayerisches Landesamt für Steuern
"""
    html = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#1f4e79;color:#fff;padding:14px 20px;font-size:18px"><b>ELSTER</b> &ndash; Ihr Online-Finanzamt</td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das f&uuml;r Ihr Benutzerkonto <b>&bdquo;Example Group GmbH &ndash; Finanzbuchhaltung&ldquo;</b> ausgestellte Organisationszertifikat (Zertifikats-ID 8812-4471-0093) <b>l&auml;uft am 31.10.2026 ab</b>.</p>
<p>Nach Ablauf des Zertifikats k&ouml;nnen Sie keine Umsatzsteuer-Voranmeldungen, Zusammenfassenden Meldungen und Lohnsteuer-Anmeldungen mehr &uuml;bermitteln. F&uuml;r versp&auml;tet abgegebene Anmeldungen kann das Finanzamt Versp&auml;tungszuschl&auml;ge nach &sect; 152 AO festsetzen.</p>
<p>Die Verl&auml;ngerung dauert etwa f&uuml;nf Minuten. Bitte halten Sie Ihre aktuelle Zertifikatsdatei (.pfx) und die zugeh&ouml;rige PIN bereit.</p>
<p style="text-align:center;margin:26px 0"><a href="{link}" style="background:#1f4e79;color:#fff;padding:10px 22px;text-decoration:none">Zertifikat jetzt verl&auml;ngern</a></p>
<p style="font-size:12px;color:#555">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team<br>Bayerisches Landesamt f&uuml;r Steuern</p>
</td></tr></table>""", "de", charset="windows-1252")
    root = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"),
                                 Text(html, "html", "windows-1252", "quoted-printable")], s["bnd"]())
    hdr = [rp("bounce+3f1a2c.8d4e1@mg.elster-zertifikatsdienst.de")] + s["trace"] + H(
        ("X-Mailgun-Variables", '{"kd": "ORG-8812"}'),
        ("Date", s["date"]),
        ("From", A("ELSTER - Ihr Online-Finanzamt", frm_addr)),
        ("To", rcpt),
        ("Subject", SUBJ("Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab", "windows-1252", "Q")),
        ("Message-Id", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "de", "docusign-rahmenvertrag-quishing",
         "Quishing: DocuSign look-alike 'Ralf Schuster via Docusign' (real customer name) with the 2027 framework contract; only a QR code (inline PNG) leads to a credential page; sent through SendGrid",
         "Sender domain esign-dokumente.eu is not docusign.net, sent via SendGrid; the 'document' can only be opened by scanning a QR code "
         "with a phone (moves the victim off the protected PC); QR target sign-portal-eu.com is a look-alike host carrying the recipient's address. "
         "Compare business/05, the genuine DocuSign envelope for the same contract.")
def a04():
    r = rng("a04")
    t = timez.local("de", 2026, 11, 4, 16, 20, 5)
    rcpt = "felix.neumann@example.com"
    frm_addr = "dse@esign-dokumente.eu"
    s = infra.sendgrid(r, t, rcpt, "o3.ptr5125.esign-dokumente.eu", tz="de")
    target = "https://fassadenbau-rheinmain.sign-portal-eu.com/e/7f3a9c21?u=ZmVsaXgubmV1bWFubkBleGFtcGxlLmNvbQ"
    qrp = qr_png(target)
    cid = f"qr_{rstr(r, HEX, 12)}@esign"
    plain = """Ralf Schuster hat Ihnen ein Dokument zur elektronischen Unterschrift gesendet.

Dokument: Rahmenvertrag 2027 – Fassadenelemente – Example Group.pdf
Absender: Ralf Schuster, Fassadenbau Rhein-Main GmbH
Gültig bis: 06.11.2026

Aus Sicherheitsgründen kann dieses Dokument nur auf einem Mobilgerät geöffnet werden.
Bitte scannen Sie den QR-Code in der HTML-Ansicht dieser Nachricht mit der Kamera Ihres Smartphones.

Diese Nachricht enthält einen sicheren Link. Bitte leiten Sie sie nicht weiter.
"""
    html = html_wrap(f"""<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e1e1e;padding:16px 24px"><span style="color:#ffcc22;font-size:22px;font-weight:bold">DocuSign</span></div>
<div style="background:#4c00ff;color:#fff;padding:28px 24px;text-align:center">
<p style="font-size:17px">Ralf Schuster hat Ihnen ein Dokument zur elektronischen Unterschrift gesendet</p></div>
<div style="padding:22px 24px;font-size:14px;color:#333">
<p><b>Rahmenvertrag 2027 &ndash; Fassadenelemente &ndash; Example Group.pdf</b><br>Fassadenbau Rhein-Main GmbH &middot; g&uuml;ltig bis 06.11.2026</p>
<p>Aus Sicherheitsgr&uuml;nden kann dieses Dokument nur auf einem Mobilger&auml;t ge&ouml;ffnet werden. Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:{cid}" width="198" height="198" alt="QR-Code"></p>
<p style="font-size:12px;color:#666">Diese Nachricht enth&auml;lt einen sicheren Link. Bitte leiten Sie sie nicht weiter.</p>
</div></div>""", "de", charset="utf-8")
    alt = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    img = Attach(qrp, "image/png", "dokument.png", disposition="inline", content_id=cid)
    root = Multi("related", [alt, img], s["bnd"](), extra_params=' type="multipart/alternative";')
    hdr = [rp(f"bounces+41877523-9c1d-{rcpt.replace('@', '=')}@em3321.esign-dokumente.eu")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Ralf Schuster via Docusign", frm_addr)),
        ("Reply-To", A("Ralf Schuster", "r.schuster@fassadenbau-rheinmain.de")),
        ("Subject", SUBJ("Bitte mit Docusign unterschreiben: Rahmenvertrag 2027 – Fassadenelemente", "utf-8", "B")),
        ("Message-ID", s["mid"]),
        ("To", rcpt),
    ) + s["xh"]
    return hdr, root


@message(F, "de", "gehaltskonto-aenderung-outlook-de",
         "Payroll diversion: 'Andreas Keller' writes to HR from an outlook.de address asking to pay his November salary to a new account and not to reply to his company address",
         "Employee's name on a free-mail account, new account at a Berlin BaaS bank, timed right before the payroll cut-off, "
         "explicitly avoids the company mailbox and a call-back; HR rules require changes through the HR portal. Compare business/04 (genuine private-mail sick note).")
def a05():
    r = rng("a05")
    t = timez.local("de", 2026, 11, 19, 21, 37, 44)
    rcpt = "claudia.hoffmann@example.com"
    frm_addr = "andreas.keller.wue@outlook.de"
    s = infra.m365(r, t, rcpt, consumer=True, tz="de")
    iban = fmt_iban(ids.de_iban("11010100", "2841936507"))
    plain = f"""Hallo Frau Hoffmann,

ich habe mein Girokonto gewechselt und möchte, dass mein Gehalt ab der Novemberabrechnung auf das neue Konto überwiesen wird:

Kontoinhaber: Andreas Keller
IBAN: {iban}
BIC: SOBKDEB2XXX

Geht das für diesen Monat noch? Bitte schicken Sie mir eine kurze Bestätigung, sobald es eingetragen ist.

Ich schreibe von privat, da ich diese Woche bei einem Kunden in Tschechien bin und nicht ins VPN komme. Bitte antworten Sie auf diese Adresse, meine Firmen-Mails rufe ich gerade nicht ab.

Danke und viele Grüße
Andreas Keller
"""
    html = html_wrap(f"""<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
{p_html(plain)}
</div>""", "de", charset="iso-8859-1", style="")
    bnd = "_000_" + s["midlocal"] + s["host"].split(".")[0] + "_"
    root = Multi("alternative", [Text(plain, "plain", "iso-8859-1", "quoted-printable"), Text(html, "html", "iso-8859-1", "quoted-printable")], bnd)
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Andreas Keller", frm_addr)),
        ("To", A("Claudia Hoffmann", rcpt, quoted=True)),
        ("Subject", "Neue Bankverbindung Gehalt"),
        ("Thread-Topic", "Neue Bankverbindung Gehalt"),
        ("Thread-Index", s["thread_index"]),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-messagesentrepresentingtype", "1"),
        ("x-tmn", f"[{rstr(r, ALNUM, 28)}]"),
        ("x-ms-publictraffictype", "Email"),
        ("x-microsoft-original-message-id", s["mid"]),
    ) + s["xtail"]
    return hdr, root


@message(F, "de", "abmahnung-bildrechte-zip-passwort",
         "Fake lawyer: 'Kanzlei Dr. Vogt & Kollegen' sends a copyright 'Abmahnung' with a ZipCrypto-encrypted archive (password in the text) holding a .pdf.lnk shortcut",
         "Encrypted archive with password in the body (defeats scanning) containing a Windows shortcut disguised as PDF - the classic German "
         "'Abmahnung'/'Bewerbung' malware lure; kanzlei-vogt-ra.de is a fresh domain on a Contabo VPS, no court file number format, "
         "short deadline and payment demand.")
def a06():
    r = rng("a06")
    t = timez.local("de", 2026, 11, 9, 9, 3, 27)
    rcpt = "anja.mueller@example.com"
    frm_addr = "sekretariat@kanzlei-vogt-ra.de"
    s = infra.postfix_auth(r, t, rcpt, "mail.kanzlei-vogt-ra.de", "vmi2214873.contaboserver.net", "161.97.142.36",
                           "mail.kanzlei-vogt-ra.de", "146.70.117.52", frm_addr, client_helo="[127.0.0.1]")
    pw = "4471"
    body = f"""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen des Architekturfotografen Herrn Jonas Reimer, Leipzig, vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.

Unser Mandant hat festgestellt, dass auf Ihrer Internetseite www.example.com im Bereich »Referenzen / Fassaden« mindestens vier von ihm angefertigte Lichtbilder ohne Lizenz öffentlich zugänglich gemacht werden. Hierin liegt eine Verletzung der Rechte unseres Mandanten aus §§ 19a, 72 UrhG.

Namens und im Auftrag unseres Mandanten fordern wir Sie auf,

1. die beigefügte strafbewehrte Unterlassungs- und Verpflichtungserklärung bis zum 16.11.2026 unterzeichnet an uns zurückzusenden und
2. Schadensersatz sowie die Kosten unserer Inanspruchnahme in Höhe von insgesamt 2.380,00 EUR zu erstatten.

Die Beweismittel (Screenshots mit Zeitstempel, Lizenzübersicht) und die vorformulierte Erklärung erhalten Sie als Anlage. Aus datenschutzrechtlichen Gründen ist das Archiv verschlüsselt, das Kennwort lautet: {pw}

Sollte die Frist fruchtlos verstreichen, werden wir unserem Mandanten empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Martin Vogt
Rechtsanwalt

Kanzlei Dr. Vogt & Kollegen
Rechtsanwälte für Urheber- und Medienrecht
Karl-Liebknecht-Straße 88, 04275 Leipzig
Az.: 4471/26 MV
"""
    z = zip_att([("Abmahnung_Beweismittel_Az_4471-26.pdf.lnk", PLACEHOLDER, (2026, 11, 9, 8, 41, 10)),
                 ("Unterlassungserklaerung_4471-26.pdf.lnk", PLACEHOLDER, (2026, 11, 9, 8, 41, 12))],
                "Abmahnung_Az_4471-26.zip", password=pw, seed="a06")
    bnd = tb_boundary(r)
    root = Multi("mixed", [Text(body, "plain", "iso-8859-1", "8bit"), z], bnd,
                 preamble="This is a multi-part message in MIME format.")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Message-ID", tb_mid(r, "kanzlei-vogt-ra.de")),
        ("Date", s["date"]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
        ("To", rcpt),
        ("From", A("Kanzlei Dr. Vogt & Kollegen", frm_addr)),
        ("Subject", "Abmahnung wegen Urheberrechtsverletzung - Az. 4471/26 MV"),
    )
    return hdr, root


@message(F, "de", "register-eintragungsofferte",
         "Fake register invoice: 'Register für Industrie und Handel' sends an invoice-like 'Eintragungsofferte' for Example Group GmbH (HRB number copied from the real register) with an IBAN in France; via Mailgun with PDF",
         "Private directory posing as an official register; the PDF looks like a fee notice (Aktenzeichen, due date, HRB) but the small print "
         "makes payment a 3-year paid listing at 1,192 EUR/year; foreign account, bulk ESP. Classic 'Formularfalle' against accounts payable.")
def a07():
    r = rng("a07")
    t = timez.local("de", 2026, 12, 1, 11, 40, 2)
    rcpt = "juergen.weiss@example.com"
    frm_addr = "eintragung@register-rih.de"
    s = infra.mailgun(r, t, rcpt, "mg.register-rih.de", tz="de")
    iban = fmt_iban(BANK["fr_fraud"])
    plain = f"""Register für Industrie und Handel – RIH
Abteilung Eintragungen

Betreff: Eintragung Example Group GmbH, HRB 14872, Amtsgericht Würzburg
Vorgangsnummer: RIH-2026-DE-0571184

Sehr geehrte Damen und Herren,

für die o. g. Firma ist der Datenabgleich für das Jahr 2027 fällig. Die Unterlagen zur Eintragung sowie die Zahlungsinformationen finden Sie in der beigefügten PDF-Datei.

Zahlungsziel: 14.12.2026
Betrag: 1.192,00 EUR

Empfänger: RIH Register Services
IBAN: {iban}
BIC: PSSTFRPPXXX
Verwendungszweck: RIH-2026-DE-0571184

Mit freundlichen Grüßen
Ihr RIH-Team
"""
    html = html_wrap(p_html(plain), "de", charset="windows-1252")
    pdfdata = pdf_doc([
        ("h1", "Register für Industrie und Handel"),
        ("small", "RIH Register Services · Abteilung Eintragungen · service@register-rih.de"),
        ("gap", ""),
        ("p", "Example Group GmbH\nAm Glaswerk 12\n97076 Würzburg"),
        ("gap", ""),
        ("b", "Eintragungsantrag / Datenabgleich 2027"),
        ("mono", "Vorgangsnummer: RIH-2026-DE-0571184\nRegisternummer: HRB 14872, Amtsgericht Würzburg\nGegenstand: Be- und Verarbeitung von Flachglas, Fenster- und Fassadenbau"),
        ("p", "Grundgebühr Eintragung (jährlich)                               1.192,00 EUR"),
        ("p", "Zahlbar bis: 14.12.2026"),
        ("mono", f"Empfänger: RIH Register Services\nIBAN: {iban}\nBIC: PSSTFRPPXXX"),
        ("gap", ""),
        ("small", "Mit Zahlung des Betrages erteilen Sie den Auftrag zur Eintragung Ihrer Firmendaten in das private Online-Verzeichnis "
                  "www.register-rih.de für eine Mindestlaufzeit von drei Jahren zum jährlichen Preis von 1.192,00 EUR zzgl. MwSt. "
                  "Das RIH steht in keiner Verbindung zu amtlichen Registern. Es handelt sich um ein Angebot. Gerichtsstand Paris."),
    ], title="RIH Eintragung 2027", author="RIH", creator="wkhtmltopdf 0.12.6", producer="Qt 4.8.7")
    alt = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], s["bnd"]())
    root = Multi("mixed", [alt, Attach(pdfdata, "application/pdf", "RIH-2026-DE-0571184.pdf")], s["bnd"]())
    hdr = [rp("bounce+7a3f0e.4c21-juergen.weiss=example.com@mg.register-rih.de")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Register für Industrie und Handel", frm_addr, "windows-1252", "Q")),
        ("To", A("Example Group GmbH", rcpt)),
        ("Subject", SUBJ("Eintragung Example Group GmbH – HRB 14872 – Zahlungsinformationen 2027", "windows-1252", "Q")),
        ("Message-Id", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "de", "thread-hijack-lieferant-r2-link",
         "Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH, its real Microsoft 365 tenant): reply in the real order thread 4500012873, three weeks after it ended, with a link to an 'updated order confirmation' on a Cloudflare R2 bucket",
         "Headers are genuine (compromised account), but the reply resurrects a closed thread with a generic text, the 'PDF' is a link to "
         "pub-…r2.dev (abused Cloudflare storage, not the supplier's SharePoint) leading to a Microsoft 365 login page, and it asks for release "
         "by Friday. Compare business/08, the genuine message of the same thread with the PDF attached.")
def a08():
    r = rng("a08")
    t = timez.local("de", 2026, 11, 5, 14, 6, 51)
    rcpt = "markus.goetz@example.com"
    frm_addr = "s.maier@lieferant-gmbh.de"
    s = infra.m365(r, t, rcpt, tenant_domain="lieferant-gmbh.de", mbx=threads.LIEF_MBX)
    link = "https://pub-3f9c2a7e41b84d0c9a61f2e5d8b07c13.r2.dev/AB_4500012873_rev2.html"
    quoted = """Von: Stefan Maier <s.maier@lieferant-gmbh.de>
Gesendet: Mittwoch, 14. Oktober 2026 15:22
An: Markus Götz <markus.goetz@example.com>
Betreff: AW: Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44

Hallo Herr Götz,

anbei die Auftragsbestätigung AB-771204 zu Ihrer Bestellung 4500012873. Liefertermin KW 44 ist bestätigt, die Pos. 30 (Pfosten-Riegel-Profil PR 50, 6,5 m) kommt wegen Pulverbeschichtung RAL 7016 als Teillieferung in KW 45.

Viele Grüße
Stefan Maier"""
    plain = f"""Hallo Herr Götz,

anbei wie besprochen die aktualisierte Auftragsbestätigung mit den geänderten Lieferterminen und dem Aluminium-Teuerungszuschlag für November.
Wegen der Dateigröße haben wir das Dokument in unserem Kundenportal abgelegt:

AB_4500012873_rev2.pdf (412 KB)
{link}

Bitte prüfen und bis Freitag freigeben, damit wir die Fertigung einplanen können.

Viele Grüße
Stefan Maier

Lieferant GmbH | Vertrieb Systemprofile
Industriestraße 27 | 58511 Lüdenscheid
Tel. +49 2351 6670-131

{quoted}
"""
    html = html_wrap(f"""<div>
<p>Hallo Herr Götz,</p>
<p>anbei wie besprochen die aktualisierte Auftragsbestätigung mit den geänderten Lieferterminen und dem Aluminium-Teuerungszuschlag für November.<br>
Wegen der Dateigröße haben wir das Dokument in unserem Kundenportal abgelegt:</p>
<table style="border:1px solid #c8c8c8;padding:8px"><tr><td><img alt="PDF" width="24" height="24" src="https://res.cdn.office.net/assets/mail/file-icon/png/pdf_24x1.png"></td>
<td><a href="{link}">AB_4500012873_rev2.pdf</a><br><span style="color:#666">412 KB</span></td></tr></table>
<p>Bitte prüfen und bis Freitag freigeben, damit wir die Fertigung einplanen können.</p>
<p>Viele Grüße<br>Stefan Maier</p>
<p style="font-size:9pt;color:#555">Lieferant GmbH | Vertrieb Systemprofile<br>Industriestraße 27 | 58511 Lüdenscheid<br>Tel. +49 2351 6670-131</p>
</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg">{p_html(quoted)}</div>""", "de", charset="windows-1252")
    bnd = exch_bnd(s, 0)
    root = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], bnd)
    subj = "AW: Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44"
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Stefan Maier", frm_addr, quoted=True), A("Markus Götz", rcpt, "windows-1252", "Q"),
        SUBJ(subj, "windows-1252", "Q"), irt=threads.PO_REPLY, refs=f"{threads.PO_ORDER}\n {threads.PO_REPLY}",
        topic=SUBJ("Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44", "windows-1252", "Q"))
    return hdr, root

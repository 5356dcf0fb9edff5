"""Attack messages, German (01-08) and English (09-16)."""
import base64

import banking as bk
import docs
import qr
import zips
from company import *
from infra import (brevo, exim_cpanel, gmail, m365, mailgun, ms_service, outlook_com, privateemail, proton,
                   sendgrid, ses, vps_postfix, webde, zoho)
from message import (alt, att, compose, gmail_alt, mixed, msgid_of, outlook_alt, plain2html_outlook,
                     plain2html_simple, related)
from mime import Multi, Text
from util import hexs, rng, utc, uuid4

F = "attack"


def _b64(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def a01():
    text = """Hallo Sabine,

bist du heute Nachmittag im Büro? Ich brauche kurzfristig deine Unterstützung bei einer Angelegenheit, die bis zur offiziellen Bekanntgabe streng vertraulich bleiben muss.

Wir stehen kurz vor der Unterzeichnung der Übernahme einer Weberei in Norditalien (Projekt "Arno"). Beirat und Gesellschafter sind informiert, die Due Diligence ist abgeschlossen. Die Abwicklung läuft über eine Londoner Kanzlei; Mr Edward Hollis wird sich heute noch per E-Mail bei dir bzw. bei Priya in Manchester melden und die Details zur Sicherheitsleistung (Escrow) mitteilen.

Bitte sprich mit niemandem im Haus darüber, auch nicht mit Katrin oder Birgit – das ist eine Auflage der italienischen Börsenaufsicht, solange die Gespräche laufen. Ich sitze den ganzen Tag in Mailand in Verhandlungen und bin telefonisch nicht erreichbar, schreib mir bitte nur hier auf diese Adresse.

Kannst du mir kurz bestätigen, wie viel wir heute noch disponieren können und ob eine Einzelüberweisung über 250.000 € ohne zweite Freigabe möglich ist?

Danke dir
Matthias

Outlook für iOS<https://aka.ms/o0ukef>
"""
    compose(F, 1, "de", "ceo-fraud-projekt-arno-outlook-com", outlook_com, utc(2026, 10, 8, 11, 47),
            CFO.addr, ("Matthias Köhler", "m.koehler.gf@outlook.de"), [CFO.t],
            "Vertraulich - Projekt Arno",
            lambda B: alt(B, 0, text, plain2html_outlook(text, "utf-8"), "utf-8", "quoted-printable"),
            what="CEO fraud: 'CEO' on a free Outlook.com address asks the CFO about a secret acquisition payment",
            why="Display name of the CEO on a consumer outlook.de address, secrecy ('talk to no one'), unreachable by phone, asks whether a single transfer can bypass dual control, announces a 'lawyer' (see attack/09).")


def a02():
    fake_dom = "lieferant-gmhb.de"
    letter = docs.letter_pdf([
        ("Lieferant GmbH", 16, True), ("Technische Textilien · Uerdinger Straße 512 · 47800 Krefeld", 8, False), "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "41063 Mönchengladbach", "",
        "Krefeld, 02.11.2026", "", ("Änderung unserer Bankverbindung", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "im Rahmen der Umstellung unseres Zahlungsverkehrs auf ein neues Treasury-System bitten wir Sie,",
        "Zahlungen ab sofort ausschließlich auf das folgende Geschäftskonto zu leisten:", "",
        "Kontoinhaber: Lieferant GmbH", "Bank: N26 Bank SE",
        "IBAN: %s" % bk.fmt_iban(LIEF_FAKE_IBAN), "BIC: NTSBDEB1XXX", "",
        "Unsere bisherigen Bankverbindungen werden zum 05.11.2026 geschlossen.", "",
        "Mit freundlichen Grüßen", "", "Lieferant GmbH - Finanzbuchhaltung", "---",
        ("Amtsgericht Krefeld HRB 8812 · USt-IdNr. %s" % LIEF_USTID, 8, False)],
        title="Bankverbindung", author="Buchhaltung", producer="Skia/PDF m131", creator="Google Docs Renderer",
        date="D:20261102183307+00'00'")
    text = """Sehr geehrte Frau Becker,

wir hoffen, es geht Ihnen gut.

Im Rahmen der Umstellung unseres Zahlungsverkehrs auf ein neues Treasury-System haben sich unsere Bankdaten geändert. Unsere bisherigen Konten bei der Sparkasse und der Volksbank werden zum 05.11.2026 geschlossen; Zahlungen dorthin können ab dann nicht mehr zugeordnet werden.

Bitte hinterlegen Sie in Ihrem Kreditorenstamm die neue Verbindung (Bestätigung der Geschäftsführung anbei):

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank SE
IBAN: %s
BIC: NTSBDEB1XXX

Laut unserer OP-Liste sind derzeit folgende Rechnungen offen:
RE-2026-10418 vom 25.09.2026 – 23.417,60 €
RE-2026-10533 vom 01.10.2026 – 8.912,35 €

Wir wären Ihnen dankbar, wenn Sie die Zahlung noch diese Woche auf das neue Konto veranlassen und uns kurz die Umstellung bestätigen könnten. Da unsere Telefonanlage im Zuge der Umstellung derzeit nur eingeschränkt erreichbar ist, bitten wir um Rückmeldung ausschließlich per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Vertriebsinnendienst

%s
""" % (bk.fmt_iban(LIEF_FAKE_IBAN), "Lieferant GmbH · Technische Textilien\nUerdinger Straße 512 · 47800 Krefeld\nTel. +49 2151 93870-0 · www.lieferant-gmbh.de")
    compose(F, 2, "de", "lieferant-bankwechsel-lookalike-domain", privateemail, utc(2026, 11, 3, 14, 22),
            AP1.addr, ("Petra Lang", "p.lang@" + fake_dom), [AP1.t],
            "Änderung Bankverbindung / offene Posten Lieferant GmbH",
            lambda B: mixed(B, 1, alt(B, 2, text, plain2html_simple(text), "utf-8", "quoted-printable"),
                            att(letter, "application/pdf", "Bankverbindung_Lieferant_GmbH_2026.pdf")),
            what="Supplier bank-detail change from a look-alike domain (lieferant-gmhb.de)",
            why="Transposed domain on Namecheap Private Email, client IP in a Nigerian mobile range, new account at a neobank in the supplier's name, claims both real accounts close in two days, blocks phone verification, lists real open items to pay now.")


def a03():
    text = """Hallo Monika,

ich habe diesen Monat meine Hausbank gewechselt. Könntest du bitte für die November-Abrechnung mein Gehalt auf das neue Konto überweisen? Das alte Konto wird Ende des Monats aufgelöst.

Kontoinhaberin: Julia Weiß
Bank: ING
IBAN: %s

Ich schreibe dir von meiner privaten Adresse, weil ich die ganze Woche bei Kunden im Außendienst bin und mich im Portal gerade nicht anmelden kann (Authenticator auf dem alten Handy). Gib mir bitte kurz Bescheid, wenn es eingetragen ist.

Danke und viele Grüße
Julia
""" % bk.fmt_iban(PAYROLL_FAKE_IBAN)
    compose(F, 3, "de", "gehaltskonto-aenderung-payroll-diversion", gmail, utc(2026, 11, 17, 10, 9),
            HR.addr, ("Julia Weiß", "julia.weiss.vertrieb@gmail.com"), [HR.t], "Neue Bankverbindung fürs Gehalt",
            lambda B: gmail_alt(B, 0, text),
            what="Payroll diversion: 'sales employee' asks HR to change her salary account",
            why="Employee's name on a fresh Gmail address, bypasses the HR self-service portal with an MFA excuse, asks for confirmation by mail, timed before the payroll cut-off, mule account.")


def a04():
    r = rng("a04")
    url = "https://mfa-erneuerung.example-group-it.de/r/?e=%s&k=%s" % (_b64(AP2.addr), hexs(r, 6))
    png = qr.qr_png(url, scale=5)
    plain = """Handlungsbedarf: Erneuerung Ihrer Microsoft-Authenticator-Registrierung

Sehr geehrte Mitarbeiterin, sehr geehrter Mitarbeiter,

im Rahmen der konzernweiten Umstellung auf phishing-resistente Anmeldeverfahren läuft Ihre aktuelle Authenticator-Registrierung am 06.11.2026 ab. Danach ist eine Anmeldung an Outlook, Teams und SAP nicht mehr möglich.

Scannen Sie den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Aus Sicherheitsgründen kann die Erneuerung nicht am PC durchgeführt werden.

Dauer: ca. 2 Minuten.

IT-Service | Example Group
Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
"""
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
            '<table width="600" align="center" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;color:#252423">'
            '<tr><td style="background:#0b3d6e;color:#fff;padding:18px 24px;font-size:18px">Example Group &middot; IT-Service</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:1.5"><p style="font-size:18px;font-weight:600">Handlungsbedarf: Erneuerung Ihrer Microsoft-Authenticator-Registrierung</p>'
            '<p>Sehr geehrte Mitarbeiterin, sehr geehrter Mitarbeiter,</p>'
            '<p>im Rahmen der konzernweiten Umstellung auf phishing-resistente Anmeldeverfahren läuft Ihre aktuelle Authenticator-Registrierung am <b>06.11.2026</b> ab. '
            'Danach ist eine Anmeldung an Outlook, Teams und SAP nicht mehr möglich.</p>'
            '<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. '
            '<b>Aus Sicherheitsgründen kann die Erneuerung nicht am PC durchgeführt werden.</b></p>'
            '<p style="text-align:center"><img src="cid:image001.png@01DD4F2A.6C1B3E90" width="205" height="205" alt=""></p>'
            '<p>Dauer: ca. 2 Minuten.</p></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#777">IT-Service | Example Group &middot; Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>'
            '</table></body></html>\n')
    compose(F, 4, "de", "quishing-authenticator-erneuerung-brevo", brevo, utc(2026, 10, 21, 6, 38),
            AP2.addr, ("IT-Service | Example Group", "it-service@example-group-it.de"), [AP2.t],
            "Handlungsbedarf: Erneuerung Ihrer Microsoft-Authenticator-Registrierung bis 06.11.2026",
            lambda B: Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"),
                                            related(B, 1, Text(html, "html", "utf-8", "quoted-printable"),
                                                    att(png, "image/png", "image001.png", disp="inline", cid="image001.png@01DD4F2A.6C1B3E90"))], B(0)),
            pkw=dict(bdom="sib.example-group-it.de"),
            what="Quishing: fake internal IT mail with a QR code for 'Authenticator renewal'",
            why="Look-alike domain example-group-it.de sent through Brevo, QR code (no clickable link) leads to an adversary-in-the-middle login page with the victim's address pre-filled, forces use of the unmanaged phone, deadline pressure.",
            meta=dict(has_qr=True))


def a05():
    r = rng("a05")
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
    text = """Sehr geehrter Herr Günther,

wie mit Herrn Maier besprochen, stellen wir Ihnen die Preisliste 2027 (Warnschutz- und Köpergewebe) sowie den Entwurf des Rahmenvertrags über unseren geschützten Microsoft-365-Dokumentenbereich bereit.

Aus Datenschutzgründen erfolgt der Zugriff über die Microsoft-Geräteanmeldung:

1. Öffnen Sie https://microsoft.com/devicelogin
2. Geben Sie den Code %s ein
3. Melden Sie sich mit Ihrem Example-Group-Konto an und bestätigen Sie die Anfrage

Der Code ist aus Sicherheitsgründen nur 15 Minuten gültig. Sollte er abgelaufen sein, antworten Sie bitte kurz auf diese E-Mail, wir senden Ihnen dann einen neuen.

Mit freundlichen Grüßen

Dokumentenmanagement
Lieferant GmbH · Technische Textilien
Uerdinger Straße 512 · 47800 Krefeld
""" % code
    compose(F, 5, "de", "device-code-phishing-preisliste-2027", m365, utc(2026, 11, 10, 9, 2),
            PROC.addr, ("Lieferant GmbH - Dokumentenfreigabe", "dokumente@lieferantgmbh.onmicrosoft.com"), [PROC.t],
            "Preisliste 2027 und Rahmenvertrag - geschützte Freigabe für Example Group",
            lambda B: outlook_alt(B, 0, text, "utf-8"),
            pkw=dict(org="lieferantgmbh.onmicrosoft.com", lang="de-DE"),
            what="Device-code phishing: 'supplier' asks to enter a code at microsoft.com/devicelogin",
            why="Sent from an onmicrosoft.com trial tenant, not from lieferant-gmbh.de (which uses IONOS); entering the code grants the attacker OAuth tokens for the victim's M365 account; 15-minute pressure.")


def a06():
    pw = "Bew2026!"
    z = zips.make_zip([("Lebenslauf_Anna_Berger.pdf.lnk", docs.PLACEHOLDER),
                       ("Zeugnisse_Anna_Berger.pdf.lnk", docs.PLACEHOLDER)], password=pw,
                      when=(2026, 10, 27, 9, 4, 12), seed="a06")
    text = """Sehr geehrte Frau Schäfer,

mit großem Interesse habe ich Ihre Stellenausschreibung als Sachbearbeiterin Zoll & Export (Ref. 2026-41) gelesen und möchte mich hiermit bei Ihnen bewerben.

Nach meiner Ausbildung zur Kauffrau für Groß- und Außenhandelsmanagement habe ich fünf Jahre bei einem Textilimporteur in Düsseldorf gearbeitet und dort u. a. die Zollanmeldungen über ATLAS sowie die Präferenznachweise (REX) betreut.

Aus Datenschutzgründen habe ich meine Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) in einem passwortgeschützten Archiv beigefügt. Das Passwort lautet: %s

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Anna Berger
""" % pw
    compose(F, 6, "de", "bewerbung-passwort-zip-lnk", webde, utc(2026, 10, 27, 8, 5),
            HR.addr, ("Anna Berger", "anna.berger.bewerbung@web.de"), [HR.t],
            "Bewerbung als Sachbearbeiterin Zoll & Export (Ref. 2026-41)",
            lambda B: mixed(B, 1, Text(text, "plain", "UTF-8", "quoted-printable"),
                            att(z, "application/zip", "Bewerbungsunterlagen_Anna_Berger.zip")),
            what="Fake job application with a password-protected ZIP of .pdf.lnk files",
            why="ZipCrypto archive defeats scanning, password in the body, members are Windows shortcuts disguised as PDFs (double extension) - classic loader delivery to HR.",
            meta=dict(zip_pw=pw))


def a07():
    pdfb = docs.letter_pdf([
        ("ZRIH - Zentralregister für Industrie und Handel", 13, True), ("Friedrichstraße 171 · 10117 Berlin", 8, False), "",
        "Example Group GmbH", "Gladbacher Straße 210", "41063 Mönchengladbach", "",
        ("Rechnung / Eintragungsofferte Nr. ZR-2026-118274", 12, True), "Datum: 01.12.2026   Registernummer: HRB 14562 (AG Mönchengladbach)", "---",
        "Eintragung und Veröffentlichung der Firmendaten im Zentralregister,",
        "Branchenkategorie Textilindustrie / Berufsbekleidung, Laufzeit 12 Monate       671,18 EUR",
        "USt. 19 %                                                                           127,52 EUR",
        ("Gesamtbetrag                                                                    798,70 EUR", 10, True), "---",
        "Zahlbar bis 14.12.2026 ohne Abzug an:", "Empfänger: ZRIH Verlags- und Registerdienste UG (haftungsbeschränkt)",
        "IBAN: %s   BIC: BELADEBEXXX" % bk.fmt_iban(REGISTER_FAKE_IBAN),
        "Verwendungszweck: ZR-2026-118274 / HRB 14562", "",
        ("Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in unser privates Register. Es besteht keine", 6, False),
        ("Verbindung zum amtlichen Handelsregister. Der Vertrag kommt durch Zahlung des Betrages zustande und", 6, False),
        ("verlängert sich jeweils um 12 Monate, sofern nicht 3 Monate vor Ablauf schriftlich gekündigt wird.", 6, False)],
        title="Rechnung ZR-2026-118274", author="ZRIH", producer="FPDF 1.86", creator="FPDF")
    plain = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens Example Group GmbH (HRB 14562, Amtsgericht Mönchengladbach) im Zentralregister für Industrie und Handel.

Rechnungsnummer: ZR-2026-118274
Betrag: 798,70 EUR
Zahlbar bis: 14.12.2026

Bitte verwenden Sie für die Überweisung den Verwendungszweck ZR-2026-118274 / HRB 14562, damit wir Ihre Zahlung zuordnen können.

Mit freundlichen Grüßen
ZRIH Registerdienste
Friedrichstraße 171, 10117 Berlin
"""
    compose(F, 7, "de", "registerofferte-als-rechnung-ses", ses, utc(2026, 12, 2, 7, 31),
            "rechnungseingang@example.com", ("ZRIH Registerdienste", "rechnung@zrih-register.de"),
            [("Example Group GmbH", "rechnungseingang@example.com")],
            "Rechnung ZR-2026-118274 - Eintragung Example Group GmbH (HRB 14562)",
            lambda B: mixed(B, 1, alt(B, 2, plain, plain2html_simple(plain), "utf-8", "quoted-printable"),
                            att(pdfb, "application/pdf", "Rechnung_ZR-2026-118274.pdf")),
            pkw=dict(rp="0102019d3e7a41c2-bounce@eu-west-1.amazonses.com"),
            what="Fake register 'invoice' (directory/register offer disguised as a bill)",
            why="Looks like an official Handelsregister invoice using public HRB data, but small print reveals a private listing offer that becomes a contract by payment and auto-renews; nothing was ordered.")


def a08():
    url = "https://dhl-express.de-verzollung.com/sendung/4817203956?ref=%s" % _b64(LOGI.addr)
    plain = """DHL Express

Ihre Sendung 4817203956 wartet auf die Verzollung

Absender: Shaoxing Keqiao Huayu Textile Co., Ltd. (CN)
Inhalt: Stoffmuster / fabric samples
Gewicht: 2,4 kg

Für die Einfuhr dieser Sendung fallen Einfuhrabgaben an:
Zoll: 12,30 EUR
Einfuhrumsatzsteuer: 22,62 EUR
Auslagenpauschale: 3,50 EUR
Gesamt: 38,42 EUR

Bitte begleichen Sie die Abgaben innerhalb von 48 Stunden. Anschließend wird die Sendung am nächsten Werktag zugestellt. Nicht verzollte Sendungen werden nach Ablauf der Frist an den Absender zurückgeschickt.

Jetzt bezahlen: %s

Mit freundlichen Grüßen
Ihr DHL Express Team
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="background:#ffcc00;padding:16px 20px;font-weight:bold;font-size:22px;color:#d40511;font-style:italic">DHL EXPRESS</td></tr>'
            '<tr><td style="padding:20px;font-size:14px;color:#333"><h2 style="font-size:18px">Ihre Sendung 4817203956 wartet auf die Verzollung</h2>'
            '<p>Absender: Shaoxing Keqiao Huayu Textile Co., Ltd. (CN)<br>Inhalt: Stoffmuster / fabric samples<br>Gewicht: 2,4 kg</p>'
            '<table style="font-size:14px"><tr><td>Zoll</td><td align="right">12,30 EUR</td></tr><tr><td>Einfuhrumsatzsteuer</td><td align="right">22,62 EUR</td></tr>'
            '<tr><td>Auslagenpauschale</td><td align="right">3,50 EUR</td></tr><tr><td><b>Gesamt</b></td><td align="right"><b>38,42 EUR</b></td></tr></table>'
            '<p>Bitte begleichen Sie die Abgaben innerhalb von <b>48 Stunden</b>. Nicht verzollte Sendungen werden nach Ablauf der Frist an den Absender zurückgeschickt.</p>'
            '<p><a href="%s" style="background:#d40511;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Jetzt bezahlen</a></p>'
            '<p>Mit freundlichen Grüßen<br>Ihr DHL Express Team</p></td></tr>'
            '<tr><td style="padding:12px 20px;font-size:10px;color:#888">Deutsche Post DHL Group &middot; Diese E-Mail wurde automatisch erstellt.</td></tr></table></body></html>\n' % url)
    compose(F, 8, "de", "dhl-zoll-einfuhrabgaben-kompromittierte-website", exim_cpanel, utc(2026, 10, 14, 12, 51),
            LOGI.addr, ("DHL Express", "no-reply@baeckerei-hinkelmann.de"), [LOGI.t],
            "Ihre Sendung 4817203956: Einfuhrabgaben ausstehend - Zustellung angehalten",
            lambda B: alt(B, 0, plain, html, "iso-8859-1", "quoted-printable"),
            pkw=dict(host="dd38214.kasserver.com", ip="85.13.147.%d" % 92, php="wp-content/uploads/2026/09/class-wp-cache.php",
                     user="w01a7c3f", site="baeckerei-hinkelmann.de"),
            what="Courier/customs card-phishing via a hacked bakery website",
            why="'DHL Express' from a bakery's domain via PHPMailer on a shared host (script in wp-content/uploads = web shell), payment link to the look-alike de-verzollung.com, small amount and 48-h pressure; DHL Express collects duties differently.")


# ------------------------------------------------------------------ English
def a09():
    text = """Dear Ms Shah,

I act for Example Group GmbH in connection with the proposed acquisition referred to internally as Project Arno. Mr Matthias Köhler has asked me to liaise with you directly, as the UK entity will provide the completion deposit in sterling.

As you will appreciate, the transaction is subject to strict confidentiality obligations under the Market Abuse Regulation until it is announced. Please do not discuss it with colleagues other than Mr Köhler and Mrs Wöhrle, and please do not use the firm's general switchboard; I can be reached on this email throughout the day.

Completion requires the deposit of GBP 186,400.00 to be received in our client account today before 15:00 (UK time). The funds will be held in escrow pending signing and will be returned in full should the transaction not complete.

Beneficiary: Hollis Carter LLP Client Account
Bank: ClearBank Ltd
Sort code: 04-06-05
Account number: 10284739
IBAN: %s
Reference: ARNO/EX/1008

Kindly send me the payment confirmation (PDF or screenshot) as soon as the transfer has been released so that I can update the vendor's counsel.

Yours sincerely,

Edward Hollis
Partner, Corporate & Commercial
Hollis Carter LLP
30 St Mary Axe, London EC3A 8BF
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 658231)
""" % bk.fmt_iban(LAWYER_FAKE_IBAN)
    compose(F, 9, "en", "fake-lawyer-escrow-project-arno-zoho", zoho, utc(2026, 10, 8, 12, 26),
            UK_ACC.addr, ("Edward Hollis | Hollis Carter LLP", "e.hollis@holliscarter-llp.co.uk"), [UK_ACC.t],
            "Project Arno - completion deposit (strictly private & confidential)",
            lambda B: alt(B, 0, text, plain2html_simple(text, "Georgia, serif"), "utf-8", "quoted-printable"),
            pkw=dict(zone="GMT", cip="185.213.155.%d" % 18),
            what="Fake lawyer (second stage of the CEO fraud in attack/01) demands an escrow deposit",
            why="Unknown 'law firm' domain hosted on Zoho Mail, invokes secrecy and MAR, forbids calling the switchboard, same-day deadline, client account at an e-money/BaaS bank, asks for proof of payment.")


def a10():
    r = rng("a10")
    orig = msgid_of("business", 9)
    url = "https://pennine-docs.pages.dev/po4501873/?u=%s" % _b64(UK_MGR.addr)
    text = """Hi James,

Thanks again for confirming the delivery dates.

Our finance team has raised the deposit for PO 4501873 and the signed PO amendment for the Leeds drop. As our mail server is currently stripping PDF attachments, I've uploaded both to our secure document portal:

View documents (PO_4501873_amendment.pdf, Remittance_Advice_Deposit.pdf):
%s

You may need to sign in with your work Microsoft account to open them. Could you check and confirm receipt today? Our AP team would like to close the month-end run.

Kind regards,
Sarah

Sarah Holt
Procurement Manager
Pennine Facilities Services Ltd
Moss Bank Way, Bolton BL1 8PJ
T: 01204 553 218 | M: 07700 914 336

From: Sarah Holt <sarah.holt@penninefs.co.uk>
Sent: 12 November 2026 10:22
To: James Whitaker <james.whitaker@example.com>
Subject: RE: PO 4501873 - Hi-vis jackets & fleeces - delivery schedule

Hi James,

Thanks for the quick turnaround. Confirming PO 4501873 as per your quote Q-UK-26-0417 ...
""" % url
    compose(F, 10, "en", "thread-hijack-compromised-customer-m365", m365, utc(2026, 11, 19, 15, 37),
            UK_MGR.addr, ("Sarah Holt", "sarah.holt@penninefs.co.uk"), [UK_MGR.t],
            "RE: PO 4501873 - Hi-vis jackets & fleeces - delivery schedule",
            lambda B: outlook_alt(B, 0, text, "us-ascii", "7bit", "EN-GB"),
            irt=orig, refs=orig, pkw=dict(uk=True, lang="en-GB", org="penninefs.co.uk"),
            what="Thread hijack from the customer's genuinely compromised M365 mailbox",
            why="Real mailbox and real thread (replies to business/09), but a 'deposit remittance' for a customer who pays 45 days net, files moved to a pages.dev 'portal' that asks for the victim's Microsoft login (credential phishing / AiTM).")


def a11():
    r = rng("a11")
    url = "https://vm-playback.azureedge-media.com/listen/?m=%s#%s" % (hexs(r, 16), _b64(UK_ACC.addr))
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="460" height="170" viewBox="0 0 460 170">\n'
           '  <title>Voice message</title>\n'
           '  <rect width="460" height="170" rx="14" fill="#f3f2f1" stroke="#c8c6c4"/>\n'
           '  <a xlink:href="%s" target="_blank">\n'
           '    <circle cx="70" cy="85" r="38" fill="#0078d4"/>\n'
           '    <polygon points="60,64 60,106 94,85" fill="#ffffff"/>\n'
           '    <text x="130" y="70" font-family="Segoe UI, Arial, sans-serif" font-size="20" fill="#201f1e">Voice message  -  00:47</text>\n'
           '    <text x="130" y="100" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#605e5c">From +44 161 823 4471 &#183; 12/11/2026 09:14</text>\n'
           '    <text x="130" y="128" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#0078d4">Click play to listen (secure playback)</text>\n'
           '  </a>\n</svg>\n') % url
    plain = """You have received a new voice message.

Caller: +44 161 823 4471
Received: 12/11/2026 09:14
Duration: 00:47

Open the attached audio file to listen. For security reasons the recording can only be played once.

Voice Messaging Service
"""
    compose(F, 11, "en", "voicemail-svg-attachment-sendgrid", sendgrid, utc(2026, 11, 12, 9, 15),
            UK_ACC.addr, ("Voice Messaging Service", "voicemail@cloudvoice-notify.com"), [UK_ACC.t],
            "New voice message from +44 161 823 4471 (00:47)",
            lambda B: mixed(B, 1, Text(plain, "plain", "us-ascii", "7bit"),
                            att(svg.encode("utf-8"), "image/svg+xml", "VM_Playback_441618234471.svg")),
            pkw=dict(bdom="em2231.cloudvoice-notify.com"),
            what="Fake voicemail with an SVG 'audio player' attachment",
            why="Company voicemail comes from the internal 3CX (business/16); this is a SendGrid-sent mail from an unknown domain whose SVG is a clickable image linking to a credential page with the victim's address in the fragment.")


def a12():
    r = rng("a12")
    order = "%d" % r.randrange(10 ** 11, 10 ** 12)
    org = "MS Billing Support: your subscription renewed for GBP 689.99. If you did not authorise this, call +44 20 3868 1472 immediately to cancel & refund"
    plain = """Thank you for your purchase

Organization name: %s

Order number: %s
Order date: 24 November 2026

Microsoft 365 E5 (no Teams) - 12 licences
Billing frequency: Annual
Total: GBP 689.99

Sign in to the Microsoft 365 admin center to view your order: https://admin.cloud.microsoft/?#/subscriptions

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % (org, order)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',Arial,sans-serif;color:#323130">'
            '<table width="600" align="center"><tr><td style="font-size:28px;font-weight:600;padding:20px 0">Thank you for your purchase</td></tr>'
            '<tr><td style="font-size:14px">Organization name: <b>%s</b></td></tr>'
            '<tr><td style="padding:16px 0;font-size:14px">Order number: %s<br>Order date: 24 November 2026<br><br>Microsoft 365 E5 (no Teams) - 12 licences<br>Billing frequency: Annual<br><b>Total: GBP 689.99</b></td></tr>'
            '<tr><td><a href="https://admin.cloud.microsoft/?#/subscriptions" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">View order</a></td></tr>'
            '<tr><td style="padding-top:24px;font-size:11px;color:#605e5c">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></td></tr></table></body></html>\n' % (org, order))
    compose(F, 12, "en", "toad-callback-abused-microsoft-billing", ms_service, utc(2026, 11, 24, 13, 9),
            UK_ACC.addr, ("Microsoft", "microsoft-noreply@microsoft.com"), [UK_ACC.t],
            "Your Microsoft order #%s has been processed" % order,
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            what="Callback phishing (TOAD) through abused genuine Microsoft billing mail",
            why="Really sent by Microsoft: attackers created a tenant whose organisation name carries the lure and a phone number and added the victim as contact; calling the number leads to remote-access/refund fraud. Not Example Group's tenant (business/15).")


def a13():
    text = """Hi James,

Our monitoring has detected a spam and subscription-bombing attack against your mailbox since 07:40 this morning (currently more than 3,400 messages). This is often used to hide fraudulent password-reset or payment e-mails.

To stop it, a filter has to be applied on your device. One of our engineers will contact you on Microsoft Teams within the next 15 minutes from the account "Example IT Helpdesk".

Please accept the chat request and follow the engineer's instructions to start Quick Assist (press Ctrl + Windows + Q) so that the fix can be applied. The session takes about 10 minutes. Please do not restart your laptop in the meantime.

Thank you for your cooperation,

Example Group IT Service Desk
Incident INC0418827
"""
    compose(F, 13, "en", "teams-vishing-quick-assist-mailbomb", m365, utc(2026, 11, 5, 8, 58),
            UK_MGR.addr, ("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), [UK_MGR.t],
            "Spam attack on your mailbox - remediation call scheduled (INC0418827)",
            lambda B: Text(text, "plain", "us-ascii", "7bit"),
            pkw=dict(org="examplegroupit.onmicrosoft.com", lang="en-GB"),
            what="Helpdesk-impersonation pretext for a Teams call and Quick Assist remote session",
            why="External onmicrosoft.com tenant impersonating internal IT during e-mail bombing; goal is a remote-control session (ransomware initial access as in Black Basta/Storm-1811 campaigns). Real IT never does this (business/13).")


def a14():
    rfq = docs.letter_pdf([
        ("Calderbrook Borough Council", 14, True), ("Procurement & Commissioning · Town Hall, Market Street, Calderbrook", 8, False), "",
        ("REQUEST FOR QUOTATION  RFQ/CBC/2026/114", 12, True), "Issue date: 01/12/2026   Closing date: 03/12/2026 12:00", "---",
        "Lot 1  Hi-vis parka, EN ISO 20471 class 3, navy/yellow             1,800 pcs",
        "Lot 2  Softshell jacket, embroidered crest                           1,200 pcs",
        "Lot 3  Thermal fleece, navy                                            2,400 pcs", "---",
        "Delivery: in full to our consolidation partner:",
        "Unit 7, Riverside Trade Park, Choats Road, Dagenham RM9 6RJ",
        "Payment terms: Net 30 days by BACS after delivery.",
        "New suppliers: please return the attached credit application with your quotation.", "",
        "Graham Pollard, Senior Procurement Officer"],
        title="RFQ CBC 2026 114", author="gpollard", producer="Microsoft: Print To PDF", creator="Microsoft Word")
    text = """Good afternoon,

Calderbrook Borough Council is inviting quotations for winter and hi-vis workwear for our highways and parks teams (RFQ/CBC/2026/114, details attached).

Quantities: 1,800 hi-vis parkas, 1,200 softshell jackets, 2,400 thermal fleeces.

Due to year-end budget deadlines we need your best price and lead time by Thursday 3 December, 12:00. Delivery must be made in full to our consolidation partner in Dagenham (address in the RFQ). Payment terms are Net 30 by BACS after delivery; as a new supplier please complete the credit application.

Could you also add our procurement inbox procurement@calderbrook-council.org to your customer records?

Kind regards,

Graham Pollard
Senior Procurement Officer
Calderbrook Borough Council
Tel: 0161 850 2237
"""
    compose(F, 14, "en", "purchase-order-fraud-fake-council-rfq", vps_postfix, utc(2026, 12, 1, 13, 44),
            UK_MGR.addr, ("Graham Pollard", "g.pollard@calderbrook-council.org"), [UK_MGR.t],
            "Request for Quotation - RFQ/CBC/2026/114 - Hi-vis & winter workwear",
            lambda B: mixed(B, 1, alt(B, 2, text, plain2html_simple(text), "utf-8", "quoted-printable"),
                            att(rfq, "application/pdf", "RFQ_CBC_2026_114.pdf")),
            pkw=dict(host="srv748211.hstgr.cloud", ip="82.29.160.%d" % 44, zone="GMT", org="Calderbrook Borough Council"),
            what="Purchase-order (goods) fraud posing as a UK council",
            why="A 'council' on a .org look-alike instead of gov.uk, mail from a Hostinger VPS, large generic order with 48-hour deadline, delivery to a third-party unit in Dagenham and credit terms for a new customer - goods would be shipped and never paid.")


def a15():
    r = rng("a15")
    url = "https://docusign.esign-eu-review.com/Signing/EmailStart.aspx?a=%s&acct=%s&er=%s" % (uuid4(r), uuid4(r), _b64(UK_MGR.addr))
    plain = """Sarah Holt sent you a document to review and sign.

REVIEW DOCUMENT
%s

Please review and sign: Pennine_ExampleGroup_Framework_Agreement_2027.pdf

This link will expire in 24 hours.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
""" % url
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#eaeaea">'
            '<table width="640" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px;font-size:22px;font-weight:bold;color:#1e4ca1">Docusign</td></tr>'
            '<tr><td style="background:#1e4ca1;padding:28px;color:#fff;text-align:center;font-size:16px">Sarah Holt sent you a document to review and sign.<br><br>'
            '<a href="%s" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333">Please review and sign: <b>Pennine_ExampleGroup_Framework_Agreement_2027.pdf</b><br><br>This link will expire in 24 hours.</td></tr>'
            '<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>'
            '</table></body></html>\n' % url)
    compose(F, 15, "en", "fake-docusign-envelope-mailgun", mailgun, utc(2026, 12, 4, 8, 12),
            UK_MGR.addr, ("Sarah Holt via Docusign", "dse@docusign-eu-notify.net"), [UK_MGR.t],
            "Complete with Docusign: Pennine_ExampleGroup_Framework_Agreement_2027.pdf",
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            pkw=dict(mgdom="mg.docusign-eu-notify.net", tag="esign"),
            what="Fake DocuSign envelope (clone of the genuine business/10) via Mailgun",
            why="Not docusign.net: look-alike sender domain on Mailgun, link to esign-eu-review.com instead of docusign.net, no security code, 24-hour expiry; lure re-uses a real contract topic, suggesting reconnaissance.")


def a16():
    addr = bk.btc_addresses("a16-example")["bech32"]
    text = """To the management of Example Group GmbH (attn. Mr. Matthias Köhler)

We are writing to inform you that our group has had access to your internal network for several weeks. We have copied approximately 212 GB of data from your file servers and mail archive, including:

- payroll journals and employee personal data (Lohnjournal_2026_*.xlsx, Personalakten)
- customer framework agreements and price lists (e.g. Rahmenvertrag_Pennine_2027.docx)
- supplier bank details and accounting exports (DATEV)
- scans of passports and ID cards of staff in DE, PL and IT

We did not encrypt anything. We are not interested in damaging your business, but we will publish the full data set on our blog and notify your customers and the data protection authorities if you ignore this message.

To prevent publication, transfer 2.1 BTC to the following address within 72 hours:

%s

After payment you will receive a deletion log and a report on how we accessed your network. Do not contact the police or hire negotiators - in that case the price doubles. You can reach us only by replying to this e-mail.

Lockdata Team
""" % addr
    compose(F, 16, "en", "data-leak-extortion-bitcoin-proton", proton, utc(2026, 12, 9, 2, 17),
            CEO.addr, ("Lockdata Team", "lockdata.ops@proton.me"), [CEO.t],
            "Example Group - 212 GB of your data / final notice before publication",
            lambda B: Text(text, "plain", "utf-8", "quoted-printable"),
            what="Data-theft extortion demanding Bitcoin",
            why="Anonymous Proton mailbox, generic claims without proof (file names guessable from public info), threat to publish and to notify authorities, 72-hour deadline, BTC bech32 address.")


def build():
    for f in (a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16):
        f()

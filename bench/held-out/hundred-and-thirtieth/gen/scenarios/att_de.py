# -*- coding: utf-8 -*-
"""Attacks, German (01-08)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, MULE, H, loc, ol_alt, outlook_html, ol_p, epc, pdf_doc, gt, inert
from .orgs import LIEF, sig_lief, lief_letterhead, SP, sig_sp
from lib import util, checks as K, qr, png, archive, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 1, "de", "lieferant-bankverbindung-lookalike")
def a01(m):
    m.at("DE", 2026, 10, 20, 10, 42)
    mule = m.iban(MULE["a01_de"], "fraudster – mule account at DKB presented as 'Lieferant GmbH'")
    m.iban(ACC["lieferant_old"], "Lieferant GmbH – genuine Sparkasse account, left in the copied letterhead footer")
    m.mua = "m365"
    m.hdr_cs, m.hdr_enc = "iso-8859-1", "Q"
    frm = ("Petra Lang", "p.lang@lieferant-gmbh.com")
    to = [S["ap"]]
    text = ("Sehr geehrte Frau Wolf,\n\n"
            "im Zuge der Neuordnung unseres Zahlungsverkehrs ändert sich zum 01.11.2026 unsere Bankverbindung. "
            "Das bisherige Konto bei der Sparkasse Fulda wird zum Monatsende geschlossen.\n\n"
            "Bitte hinterlegen Sie für alle offenen Posten und künftigen Zahlungen ab sofort folgende Verbindung:\n\n"
            "Kontoinhaber: Lieferant GmbH\n"
            "Bank: Deutsche Kreditbank AG (DKB)\n"
            "IBAN: %s\n"
            "BIC: BYLADEM1001\n\n"
            "Die offizielle Mitteilung unserer Geschäftsführung finden Sie im Anhang. Zahlungen, die nach dem 31.10.2026 "
            "noch auf dem alten Konto eingehen, werden von der Sparkasse automatisch zurückgebucht – um Verzögerungen "
            "zu vermeiden, nutzen Sie bitte bereits für die anstehenden Zahlläufe die neue Verbindung.\n\n"
            "Über eine kurze Bestätigung per E-Mail, sobald die Änderung in Ihrem System hinterlegt ist, würde ich mich freuen. "
            "Telefonisch bin ich wegen unserer ERP-Umstellung diese und nächste Woche leider nur eingeschränkt erreichbar.\n\n"
            % K.iban_fmt(mule) + sig_lief("lang", "Vielen Dank und freundliche Grüße"))
    # attacker copies the real signature (with the .de address); From is the .com look-alike
    d = pdf_doc("helv", producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                title="Mitteilung Bankverbindung", author="Petra Lang", when=util.plus(m.date, -3600), tz_min=120)
    lief_letterhead(d, "19.10.2026")
    d.space(10)
    d.para("An unsere Kunden und Geschäftspartner", 10, True)
    d.space(8)
    d.heading("Mitteilung über die Änderung unserer Bankverbindung", 13)
    d.para("Sehr geehrte Damen und Herren,")
    d.para("wir informieren Sie hiermit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 ändert. "
           "Bitte leisten Sie ab sofort sämtliche Zahlungen – auch für bereits gestellte, noch offene Rechnungen – "
           "ausschließlich auf das nachstehende Konto:")
    d.kv([("Kontoinhaber", "Lieferant GmbH"), ("Kreditinstitut", "Deutsche Kreditbank AG"),
          ("IBAN", K.iban_fmt(mule)), ("BIC", "BYLADEM1001")], keyw=120)
    d.para("Die bisherige Bankverbindung bei der Sparkasse Fulda ist ab dem genannten Datum nicht mehr gültig. "
           "Eingänge auf dem alten Konto können nicht mehr zugeordnet werden und werden zurückgebucht.")
    d.para("Bitte bestätigen Sie die Aktualisierung Ihrer Stammdaten per E-Mail an p.lang@lieferant-gmbh.com.")
    d.para("Wir danken Ihnen für Ihre Unterstützung.")
    d.space(6)
    d.para("Mit freundlichen Grüßen")
    d.para("Lieferant GmbH")
    d.space(14)
    d.para("Dr. Klaus Wegener                              Petra Lang", 10)
    d.para("Geschäftsführer                                   Vertriebsinnendienst", 9)
    pdfb = d.build()
    from lib import png as _png
    from .common import ol_alt_logo
    logo = _png.logo("bars", color=(13, 89, 64), accent=(120, 190, 150))
    body = m.mixed(ol_alt_logo(m, text, "de", "windows-1252", "quoted-printable", logo, "Lieferant GmbH"),
                   m.attach(pdfb, "application/pdf", "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf"))
    m.send(body, frm, to, "Änderung unserer Bankverbindung – Lieferant GmbH",
           SY.m365(domain="lieferant-gmbh.com", onmicrosoft="lieferantgmbh", default_dkim=True, lang="de-DE"))
    m.what = ("'Petra Lang' of the PET-preform supplier announces a new bank account (DKB) from 1 Nov and asks for "
              "confirmation by e-mail; official-looking PDF letter signed by the managing director.")
    m.why = ("Look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de) on a fresh Microsoft 365 tenant signed only "
             "with lieferantgmbh.onmicrosoft.com, no DMARC; the copied signature still shows the .de address; payee account "
             "at a direct bank, 'pay open invoices to the new account', confirmation by e-mail only, phone 'hard to reach'.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 2, "de", "lieferant-threadhijack-factoring")
def a02(m):
    m.at("DE", 2026, 10, 23, 17, 52)
    mule = m.iban(MULE["a02_lt"], "fraudster – Lithuanian e-money account presented as 'factoring bank'")
    m.iban(ACC["lieferant_old"], "Lieferant GmbH – genuine Sparkasse account, in the letterhead footer of the forged invoice")
    m.mua = "roundcube"
    m.hdr_cs, m.hdr_enc = "UTF-8", "Q"
    maier = LIEF["maier"]
    t_prev = util.from_local("DE", 2026, 10, 22, 14, 31, 9)
    t_prev2 = util.from_local("DE", 2026, 10, 22, 9, 12, 40)
    prev2 = ("Hallo Herr Maier,\n\nfür KW 45 rufen wir aus dem Rahmenvertrag 2026 ab:\n\n"
             "- Preform 28 g, PCO 1881, klar – 1.440.000 Stück (12 Gitterboxen à 120.000)\n"
             "- Verschluss 1881 Sport-Cap blau – 600.000 Stück\n\n"
             "Anlieferung bitte Dienstag, 03.11., Rampe 4, Zeitfenster 6–10 Uhr.\n"
             "Können Sie den Termin bestätigen?\n\nViele Grüße\nMichael Braun\nLeiter Einkauf · Example Group GmbH\nTel. +49 6101 5530-240")
    prev = ("Hallo Herr Braun,\n\nder Abruf ist eingeplant, Anlieferung Dienstag 03.11. zwischen 7 und 9 Uhr an Rampe 4 – "
            "die Auftragsbestätigung AB-26-4471 kommt heute noch von Frau Lang.\n\nBeste Grüße\nStefan Maier")
    text = ("Hallo Herr Braun,\nhallo Frau Wolf,\n\n"
            "kurze Info vorab zum Abruf KW 45: anbei die Rechnung RE-2026-10512 zur Vorkasse-Teillieferung bzw. zur "
            "Verrechnung mit dem Abruf.\n\n"
            "Bitte beachten Sie: Seit dieser Woche laufen unsere Forderungen über unseren neuen Factoring-Partner. "
            "Zahlungen bitte daher ab sofort nur noch auf das Factoring-Konto, das auch auf der Rechnung angegeben ist "
            "(GiroCode zum Scannen ist drauf):\n\n"
            "Empfänger: Lieferant GmbH / Factoring\n"
            "IBAN: %s\n"
            "BIC: REVOLT21\n\n"
            "Das Schreiben des Factoring-Partners geht Ihnen noch postalisch zu. Wäre super, wenn die Zahlung noch "
            "vor dem Liefertermin am 03.11. rausgehen könnte, damit die Ware freigegeben wird.\n\n"
            "Beste Grüße\nStefan Maier\n\n"
            % K.iban_fmt(mule))
    quoted = ("Am 22.10.2026 14:31, schrieb Stefan Maier:\n" + gt(prev + "\n\nAm 22.10.2026 09:12, schrieb Michael Braun:\n" + gt(prev2)))
    # invoice PDF with GiroCode to the mule account
    amount = 41826.24
    payload = m.qr_payload(epc("Lieferant GmbH", mule, amount, "RE-2026-10512 Kd-Nr 40117", bic="REVOLT21"),
                           "attachment RE-2026-10512.pdf (EPC GiroCode)")
    d = pdf_doc("helv", producer="PDFsharp 6.1.1 (https://docs.pdfsharp.net)", creator="Lieferant ERP",
                title="Rechnung RE-2026-10512", when=util.plus(m.date, -900), tz_min=120)
    lief_letterhead(d, "23.10.2026", ("Rechnung Nr. RE-2026-10512", "Kunden-Nr. 40117"))
    d.para("Example Group GmbH\nKreditorenbuchhaltung\nAm Quellenpark 3\n61118 Bad Vilbel", 10)
    d.space(10)
    d.heading("Rechnung RE-2026-10512 (Vorauszahlung Abruf KW 45)", 12)
    d.table(["Pos", "Artikel", "Menge", "Einzelpreis", "Betrag EUR"],
            [["1", "Preform 28 g PCO 1881 klar", "1.440.000", "21,40 / Tsd.", "30.816,00"],
             ["2", "Verschluss 1881 Sport-Cap blau", "600.000", "7,30 / Tsd.", "4.380,00"],
             ["3", "Fracht / Gitterboxen", "1", "", "0,00"]],
            [30, 190, 75, 95, 93], ["l", "l", "r", "r", "r"])
    d.kv([("Nettobetrag", "35.148,00 EUR"), ("USt 19 %", "6.678,24 EUR"), ("Rechnungsbetrag", "41.826,24 EUR")], keyw=330)
    d.para("Zahlbar sofort ohne Abzug. Die Forderung ist an unseren Factoring-Partner abgetreten. Zahlungen mit "
           "befreiender Wirkung nur auf folgendes Konto: Lieferant GmbH / Factoring, IBAN %s, BIC REVOLT21." % K.iban_fmt(mule), 9)
    d.qr(qr.encode(payload), 100, caption="GiroCode – mit Banking-App scannen")
    pdfb = d.build()
    body = m.mixed(m.plain(text + quoted + "\n", "UTF-8", "quoted-printable", style="bare"),
                   m.attach(pdfb, "application/pdf", "RE-2026-10512.pdf"))
    m.in_reply_to = "<%s@example.com>" % util.hexs(m.rng, 32)
    m.references = "<%s@EXCH01.corp.example.com> %s" % (util.hexs(m.rng, 32), m.in_reply_to)
    m.send(body, maier, [S["proc"], S["ap"]], "Re: AW: Abruf KW 45 – Preforms 28 g / Sport-Caps",
           SY.postfix_relay(LIEF["relay"], LIEF["ip"], "127.0.0.1", client_helo="webmail.lieferant-gmbh.de",
                            client_rdns="localhost", auth_user=maier[1], dkim_sel="mail2024", client_tls=False,
                            extra_chain=[("Received", "from [45.141.87.22] ([45.141.87.22])\n\tby webmail.lieferant-gmbh.de\n\twith HTTP (Roundcube Webmail/1.6.9); %s"
                                          % util.rfc2822(m.date, "DE", comment=True))]),
           rcpt=[S["proc"][1], S["ap"][1]])
    m.what = ("Reply in a real order thread from the supplier's key account manager: invoice RE-2026-10512 'for prepayment', "
              "payments now only to a 'factoring' account; PDF invoice with GiroCode.")
    m.why = ("Hijacked genuine mailbox (all of SPF/DKIM/DMARC pass): webmail login from a foreign hosting IP late on a Friday, "
             "Lithuanian e-money IBAN instead of the supplier's Sparkasse account, prepayment not in the framework contract, "
             "urgency before delivery, 'letter follows by post'.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 3, "de", "ceo-vertraulich-projekt-eifelquelle")
def a03(m):
    m.at("DE", 2026, 11, 2, 8, 17)
    m.mua = "ox"
    m.hdr_cs, m.hdr_enc = "UTF-8", "Q"
    frm = ("Dr. Matthias Krüger", "m.krueger@examplegroup-eu.com")
    text = ("Guten Morgen Frau Hoffmann,\n\n"
            "ich bin heute und morgen in Luxemburg in Gesprächen und nur per Mail erreichbar.\n\n"
            "Wir stehen kurz vor dem Abschluss der Übernahme eines Quellbetriebs in der Vulkaneifel (intern: Projekt "
            "Eifelquelle). Der Vorgang unterliegt einer strikten Vertraulichkeitsvereinbarung, auch gegenüber dem Team "
            "und der Bank – bitte sprechen Sie mit niemandem darüber, bis die Transaktion am Donnerstag offiziell "
            "gemeldet wird.\n\n"
            "Heute wird noch eine Sicherheitsleistung zugunsten des Verkäufers fällig. Die Abwicklung übernimmt die "
            "Kanzlei Hartung & Rees in Luxemburg; RA Dr. Felix Hartung wird Sie im Laufe des Vormittags direkt "
            "kontaktieren und Ihnen die Treuhand-Bankverbindung sowie den Betrag mitteilen.\n\n"
            "Können Sie mir kurz bestätigen, dass Sie heute Vormittag verfügbar sind, und mir den aktuell verfügbaren "
            "Saldo auf unseren Geschäftskonten nennen? Ich möchte vermeiden, dass die Zahlung an einem Limit scheitert.\n\n"
            "Danke für Ihre Diskretion.\n\n"
            "Matthias Krüger\n\nGesendet von unterwegs")
    html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
            + "".join("  <p>%s</p>\n" % H(p).replace("\n", "<br>") for p in text.split("\n\n")) + " </body>\n</html>")
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable", style="bare"), m.html(html, "UTF-8", "quoted-printable", style="bare"))
    m.send(body, frm, [S["cfo"]], "Vertraulich: Projekt Eifelquelle", SY.privateemail())
    m.what = ("'CEO' writes to the CFO from Luxembourg: confidential acquisition of a spring in the Vulkaneifel, a lawyer "
              "will send escrow details, asks for availability and current account balances.")
    m.why = ("CEO fraud opener from examplegroup-eu.com (real: examplegroup.eu) hosted at Namecheap Private Email; "
             "secrecy towards team and bank, 'only reachable by mail', third-party lawyer, asks for liquidity – no "
             "link or attachment, so content is the only signal.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 4, "de", "steuerberater-kompromittiert-canva")
def a04(m):
    m.at("DE", 2026, 11, 11, 11, 6)
    m.mua = "m365"
    link = m.url("https://www.canva.com/design/DAGzQ7k2PfM/Xb3Lr8wTnYV0cq1aHu4s9g/view?utm_content=DAGzQ7k2PfM&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h8f1c2d9e3b")
    frm = SP["brandt"]
    text = ("Sehr geehrte Frau Hoffmann,\n\n"
            "im Rahmen der Abschlussprüfung 2025 stellen wir Ihnen die folgenden Unterlagen zur Durchsicht und Freigabe "
            "bereit:\n\n"
            "• Prüfungsbericht Jahresabschluss 2025 (Entwurf)\n"
            "• Vollständigkeitserklärung 2025\n"
            "• Honorarabrechnung Abschlussprüfung\n\n"
            "Aus Datenschutzgründen erfolgt die Bereitstellung über unseren gesicherten Dokumentenbereich:\n\n"
            "Dokumente ansehen (3): %s\n\n"
            "Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an. Wir bitten um Rückmeldung bis Freitag, "
            "13.11.2026.\n\n" % link + sig_sp("brandt"))
    btn = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p><table border="0" cellspacing="0" cellpadding="0"><tr><td style="background:#1F4E79;padding:9pt 18pt">'
           '<p class="MsoNormal"><a href="%s"><b><span style="color:white;text-decoration:none">Dokumente ansehen (3)</span></b></a></p></td></tr></table>'
           % H(link))
    html_text = text.replace("Dokumente ansehen (3): %s\n" % link, "")
    parts = html_text.split("Bitte melden Sie sich", 1)
    inner = ol_p(parts[0]) + btn + ol_p("\nBitte melden Sie sich" + parts[1])
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(outlook_html(inner, "utf-8", "de"), "utf-8", "quoted-printable"))
    m.send(body, frm, [S["cfo"]], "Abschlussprüfung 2025 – Dokumente zur Durchsicht und Freigabe",
           SY.hornet_m365("schneider-partner-wp.de", tenant_id=SP["tenant"]), cc=[S["ap"]])
    m.what = ("The group's auditor/tax adviser 'shares' the draft audit report, representation letter and fee note "
              "through a 'secure document area' and asks to sign in with the business e-mail address.")
    m.why = ("Sent from the adviser's real, compromised Microsoft 365 mailbox through its Hornetsecurity relay (all checks pass); "
             "the 'secure area' is a Canva design that forwards to a credential page, the firm always uses DATEV "
             "Unternehmen online and named documents, generic wording, login request.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 5, "de", "personal-arbeitszeit-quishing-pdf")
def a05(m):
    m.at("DE", 2026, 11, 24, 7, 3)
    m.mua = "brevo"
    m.hdr_cs, m.hdr_enc = "UTF-8", "B"
    target = S["plant"]
    qurl = ("https://www.google.com/url?q=https%3A%2F%2Fexamplegroup-hr.de.sso-portal.app%2Fauth%2F%3Fu%3DZnJhbmsuemltbWVybWFubkBleGFtcGxlLmNvbQ&sa=D&sntz=1&usg=AOvVaw0Xk3q9LmBv2tFh7Zr1Wc4P")
    m.qr_payload(qurl, "attachment Arbeitszeitregelung_2027_F.Zimmermann.pdf")
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>Personalabteilung</title></head><body style="margin:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7"><tr><td align="center" style="padding:24px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #005ea8">'
            '<tr><td style="padding:28px 32px 8px 32px;font-size:18px;color:#1b1b1b"><b>Example Group – Personalabteilung</b></td></tr>'
            '<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#333">'
            'Guten Tag Herr Zimmermann,<br><br>mit Wirkung zum 01.01.2027 treten die angepassten Regelungen zu Arbeitszeit, '
            'Schichtzulagen und Urlaubsplanung in Kraft (Betriebsvereinbarung Nr. 14/2026).<br><br>'
            'Ihr personalisiertes Dokument ist dieser Nachricht als PDF beigefügt. Bitte bestätigen Sie die Kenntnisnahme '
            '<b>bis zum 27.11.2026</b>, indem Sie den QR-Code im Dokument mit der Kamera Ihres Smartphones scannen und sich '
            'mit Ihrem Microsoft-365-Konto anmelden.<br><br>Ohne Bestätigung kann die Schichtplanung für Januar nicht '
            'freigegeben werden.</td></tr>'
            '<tr><td style="padding:16px 32px 28px 32px;font-size:13px;color:#666">Mit freundlichen Grüßen<br>Ihre Personalabteilung<br>'
            'Example Group GmbH · Am Quellenpark 3 · 61118 Bad Vilbel</td></tr></table>'
            '<p style="font-size:11px;color:#999">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>'
            '</td></tr></table></body></html>')
    d = pdf_doc("helv", producer="Skia/PDF m131", creator="Chromium", title="Arbeitszeitregelung 2027", when=util.plus(m.date, -7200), tz_min=60)
    d.letterhead("Example Group", ["Personalabteilung · Am Quellenpark 3 · 61118 Bad Vilbel"], color=(0.0, 0.37, 0.66),
                 right_lines=("Bad Vilbel, 23.11.2026", "Personal-Nr. 100482"))
    d.para("Herrn\nFrank Zimmermann\nBetriebsleitung Abfüllung", 10)
    d.space(8)
    d.heading("Anpassung Arbeitszeit- und Urlaubsregelung 2027", 13)
    d.para("Sehr geehrter Herr Zimmermann,")
    d.para("auf Grundlage der Betriebsvereinbarung Nr. 14/2026 ändern sich ab dem 01.01.2027 die Regelungen zu Gleitzeit, "
           "Schichtzulagen und Resturlaub. Die Änderungen betreffen Sie als Führungskraft im Schichtbetrieb unmittelbar.")
    d.para("Zur elektronischen Bestätigung der Kenntnisnahme scannen Sie bitte den folgenden QR-Code mit Ihrem Mobiltelefon "
           "und melden Sie sich mit Ihren Microsoft-365-Zugangsdaten an. Die Bestätigung ist bis zum 27.11.2026 erforderlich.")
    d.qr(qr.encode(qurl), 130, caption="Kenntnisnahme bestätigen (Mobilgerät)")
    d.para("Bei Fragen wenden Sie sich bitte an die Personalabteilung.", 9)
    d.footer(["Example Group GmbH · Personalabteilung · vertraulich – nur für den Empfänger bestimmt"])
    pdfb = d.build()
    plain = ("Guten Tag Herr Zimmermann,\n\nmit Wirkung zum 01.01.2027 treten die angepassten Regelungen zu Arbeitszeit, "
             "Schichtzulagen und Urlaubsplanung in Kraft (Betriebsvereinbarung Nr. 14/2026).\n\nIhr personalisiertes "
             "Dokument ist dieser Nachricht als PDF beigefügt. Bitte bestätigen Sie die Kenntnisnahme bis zum 27.11.2026, "
             "indem Sie den QR-Code im Dokument mit der Kamera Ihres Smartphones scannen und sich mit Ihrem "
             "Microsoft-365-Konto anmelden.\n\nOhne Bestätigung kann die Schichtplanung für Januar nicht freigegeben werden.\n\n"
             "Mit freundlichen Grüßen\nIhre Personalabteilung\nExample Group GmbH · Am Quellenpark 3 · 61118 Bad Vilbel\n")
    body = m.mixed(m.alt(m.plain(plain, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable")),
                   m.attach(pdfb, "application/pdf", "Arbeitszeitregelung_2027_F.Zimmermann.pdf", style="generic"))
    m.send(body, ("Example Group | Personalabteilung", "personal@examplegroup-hr.de"), [target],
           "Anpassung Arbeitszeit- und Urlaubsregelung 2027 – Bestätigung bis 27.11.2026 erforderlich",
           SY.brevo(custom_dom="examplegroup-hr.de"), reply_to=("Personalabteilung", "noreply@examplegroup-hr.de"),
           env_from="bounces-%d-frank.zimmermann=example.com@sendibt3.com" % m.rng.randrange(10 ** 6, 10 ** 7))
    m.what = ("'HR department' mail with a personalised PDF about new working-time rules 2027; employees must scan a QR "
              "code and sign in with Microsoft 365 to acknowledge by 27 Nov.")
    m.why = ("Quishing: QR code inside the PDF leads through a google.com/url redirect to a fake SSO page carrying the "
             "victim's address; sent via Brevo from the look-alike examplegroup-hr.de, deadline pressure, HR never collects "
             "acknowledgements by QR login.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 6, "de", "bewerbung-img-lnk")
def a06(m):
    m.at("DE", 2026, 10, 12, 19, 44)
    m.mua = "webde"
    m.hdr_cs, m.hdr_enc = "UTF-8", "Q"
    frm = ("Lisa Krämer", "lisa.kraemer94@web.de")
    text = ("Sehr geehrte Frau Schäfer,\n\n"
            "mit großem Interesse habe ich Ihre Stellenanzeige als Maschinen- und Anlagenführerin (m/w/d) in der "
            "Abfüllung (Kennziffer 2026-17) gelesen und bewerbe mich hiermit um diese Position.\n\n"
            "Nach meiner Ausbildung zur Maschinen- und Anlagenführerin bei einem Getränkehersteller in Nordhessen "
            "arbeite ich seit 2021 im Dreischichtbetrieb an einer PET-Linie (Krones Contiform, Etikettierung, "
            "Palettierung). Umrüstungen, Formatwechsel und die Dokumentation nach IFS Food sind mir vertraut.\n\n"
            "Da meine Unterlagen als PDF zu groß für den Versand waren, habe ich sie in einer Bewerbungsmappe "
            "zusammengefasst (Anhang, einfach doppelt anklicken, dann öffnen sich Anschreiben, Lebenslauf und Zeugnisse).\n\n"
            "Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr. Ein Eintritt wäre zum 01.01.2027 möglich.\n\n"
            "Mit freundlichen Grüßen\nLisa Krämer\n\nMobil: 0157 3928 4410")
    m.phone("0157 3928 4410")
    d = pdf_doc("helv", producer="Microsoft® Word 2021", creator="Microsoft® Word 2021", title="Anschreiben", author="Lisa",
                when=util.plus(m.date, -86400 * 3), tz_min=120)
    d.para("Lisa Krämer · Am Rosengarten 7 · 34117 Kassel · 0157 3928 4410 · lisa.kraemer94@web.de", 8)
    d.space(20)
    d.para("Example Group GmbH\nPersonalabteilung, Frau Monika Schäfer\nAm Quellenpark 3\n61118 Bad Vilbel")
    d.space(14)
    d.heading("Bewerbung als Maschinen- und Anlagenführerin (m/w/d) – Kennziffer 2026-17", 11)
    d.para("Sehr geehrte Frau Schäfer,")
    d.para("seit 2021 bediene ich im Dreischichtbetrieb eine PET-Abfülllinie mit Streckblasmaschine, Füller, Etikettierer "
           "und Palettierung. Ich freue mich darauf, meine Erfahrung in Ihr Team in Bad Vilbel einzubringen.")
    d.para("Mit freundlichen Grüßen\nLisa Krämer")
    decoy = d.build()
    lnk_name = "Lebenslauf_und_Zeugnisse_Lisa_Kraemer.pdf.lnk"
    img = archive.iso9660("BEWERBUNG_KRAEMER", [("Anschreiben_Lisa_Kraemer.pdf", decoy), (lnk_name, inert("Windows shortcut (.lnk) loader", lnk_name))],
                          dt=(2026, 10, 12, 19, 20, 0))
    m.expect_attachments = ["Bewerbungsmappe_Lisa_Kraemer.img", lnk_name]
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"),
                         m.html('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' +
                                "".join("<div>%s</div>" % (H(x) if x else "&nbsp;") for x in text.split("\n")) + "</div></body></html>\n",
                                "UTF-8", "quoted-printable")),
                   m.attach(img, "application/octet-stream", "Bewerbungsmappe_Lisa_Kraemer.img", style="generic"))
    m.send(body, frm, [S["hr"]], "Bewerbung als Maschinen- und Anlagenführerin (m/w/d) – Kennziffer 2026-17", SY.gmx("webde"))
    m.what = ("Job application for the advertised machine-operator position (reference 2026-17) with the documents "
              "packed into a disk image 'Bewerbungsmappe_Lisa_Kraemer.img'.")
    m.why = ("Malware loader in the classic German application lure: the .img (ISO 9660) contains a decoy cover letter and "
             "'Lebenslauf_und_Zeugnisse_Lisa_Kraemer.pdf.lnk' (double extension shortcut); disk images evade "
             "Mark-of-the-Web, 'just double-click' instruction, free-mail sender.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 7, "de", "markenregister-zahlungsaufforderung")
def a07(m):
    m.at("DE", 2026, 10, 29, 10, 12)
    m.mua = "phpmailer"
    m.hdr_cs, m.hdr_enc = "UTF-8", "Q"
    mule = m.iban(MULE["a07_sk"], "register-scam company account (Slovakia)")
    m.fact("ids", ("Marke (German trademark file)", "30 2026 214 387.5"))
    amount = 1290.00
    payload = m.qr_payload(epc("DMR Register Services s.r.o.", mule, amount, "DMR-2026-88412 Marke 302026214387", bic="TATRSKBX"),
                           "attachment DMR-2026-88412.pdf (EPC GiroCode)")
    d = pdf_doc("helv", producer="TCPDF 6.7.5 (http://www.tcpdf.org)", creator="TCPDF", title="Eintragung Markenregister",
                when=util.plus(m.date, -600), tz_min=60)
    d.letterhead("DMR · Deutsches Marken-Register", ["Zentrale Veröffentlichung von Markeneintragungen",
                                                      "Postfach 10 12 48 · 10562 Berlin · service@dmr-markenregister.de"],
                 color=(0.12, 0.16, 0.38), right_lines=("Datum: 29.10.2026", "Vorgang: DMR-2026-88412"))
    d.para("Example Group GmbH\nAm Quellenpark 3\n61118 Bad Vilbel", 10)
    d.space(8)
    d.heading("Eintragung und Veröffentlichung Ihrer Marke", 13)
    d.kv([("Aktenzeichen", "30 2026 214 387.5"), ("Marke", "Quellwerk Naturell (Wort-/Bildmarke)"),
          ("Klassen", "32 (Mineralwässer, kohlensäurehaltige Wässer), 21"), ("Anmeldetag", "14.08.2026"),
          ("Inhaber", "Example Group GmbH, 61118 Bad Vilbel")], keyw=130)
    d.para("Zur Aufnahme der oben genannten Marke in das DMR-Register und zur Veröffentlichung für den Zeitraum von "
           "36 Monaten ist eine Gebühr zu entrichten. Bitte überweisen Sie den Betrag bis spätestens 12.11.2026.")
    d.table(["Leistung", "Zeitraum", "Betrag"], [["Registereintrag und Veröffentlichung, 1 Klasse", "36 Monate", "1.090,00 EUR"],
                                                 ["Zusatzklasse 21", "36 Monate", "200,00 EUR"]],
            [260, 110, 113], ["l", "l", "r"])
    d.kv([("Zu zahlen", "1.290,00 EUR"), ("Empfänger", "DMR Register Services s.r.o."), ("IBAN", K.iban_fmt(mule)),
          ("BIC", "TATRSKBX"), ("Verwendungszweck", "DMR-2026-88412")], keyw=130)
    d.qr(qr.encode(payload), 95, caption="Bequem bezahlen mit GiroCode")
    d.para("Hinweis: Das DMR ist ein privatwirtschaftliches Verzeichnis und steht in keiner Verbindung zum Deutschen Patent- "
           "und Markenamt. Mit Zahlung des Betrages kommt ein Vertrag über die Eintragung für 36 Monate zustande; "
           "der Vertrag verlängert sich um jeweils 12 Monate, sofern er nicht drei Monate vor Ablauf gekündigt wird. "
           "Es gelten unsere AGB (www.dmr-markenregister.de/agb).", 7)
    pdfb = d.build()
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "zu Ihrer Markenanmeldung 30 2026 214 387.5 „Quellwerk Naturell“ (Klassen 32, 21) übersenden wir Ihnen "
            "anbei die Unterlagen zur Eintragung und Veröffentlichung im Markenregister sowie die Zahlungsaufforderung.\n\n"
            "Bitte begleichen Sie den Betrag von 1.290,00 EUR bis zum 12.11.2026, damit die Veröffentlichung fristgerecht "
            "erfolgen kann. Für eine schnelle Zahlung können Sie den GiroCode im Dokument verwenden.\n\n"
            "Mit freundlichen Grüßen\n\nDMR Deutsches Marken-Register\nAbteilung Veröffentlichungen\n"
            "www.dmr-markenregister.de\n")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join("<p>%s</p>" % H(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>")
    body = m.mixed(m.alt(m.plain(text, "utf-8", "8bit"), m.html(html, "utf-8", "base64")),
                   m.attach(pdfb, "application/pdf", "DMR-2026-88412.pdf"))
    m.send(body, ("DMR Deutsches Marken-Register", "service@dmr-markenregister.de"), [S["asst"]],
           "Markenanmeldung 30 2026 214 387.5 „Quellwerk Naturell“ – Eintragung / Zahlungsaufforderung",
           SY.vps_postfix("mail.dmr-markenregister.de", "49.12.188.71", rdns="static.71.188.12.49.clients.your-server.de", dkim_sel="default"))
    m.what = ("'Deutsches Marken-Register' sends registration and publication papers for the company's new trademark "
              "'Quellwerk Naturell' with a 1,290 EUR payment request and GiroCode.")
    m.why = ("Register/directory scam: data copied from the public DPMA publication, official-looking but private register, "
             "fine print creates a 36-month contract, payee account in Slovakia, sent from a Hetzner VPS; the real "
             "registration fees are handled by the company's patent attorney.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 8, "de", "gehaltskonto-aenderung-gmx")
def a08(m):
    m.at("DE", 2026, 11, 18, 6, 41)
    m.mua = "gmx"
    m.hdr_cs, m.hdr_enc = "UTF-8", "B"
    mule = m.iban(MULE["a08_de"], "fraudster – N26 account opened in the employee's name")
    text = ("Hallo Monika,\n\n"
            "ich habe diese Woche mein Girokonto gewechselt. Kannst du bitte mein Gehalt ab der November-Abrechnung auf "
            "das neue Konto überweisen?\n\n"
            "Frank Zimmermann\n"
            "IBAN: %s\n"
            "BIC: NTSBDEB1XXX (N26)\n\n"
            "Im Mitarbeiterportal bekomme ich beim Ändern der Bankdaten immer eine Fehlermeldung, deshalb schreibe ich dir "
            "direkt. Gib mir kurz Bescheid, wenn es eingetragen ist – bin heute ab 7 Uhr auf Schicht und schlecht am Telefon.\n\n"
            "Danke dir und Gruß\nFrank\n\n-- \nGesendet mit der GMX Mail App" % K.iban_fmt(mule))
    html = ('<!DOCTYPE html><html><head></head><body><div dir="auto">' +
            "".join("<div dir=\"auto\">%s</div>" % (H(x) if x else "<br>") for x in text.split("\n")) + "</div></body></html>\n")
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Frank Zimmermann", "frank.zimmermann@gmx.net"), [S["hr"]], "Neue Bankverbindung fürs Gehalt",
           SY.gmx("gmx", mobile=True))
    m.what = "'Frank Zimmermann' (plant manager) asks payroll from a private GMX address to pay his salary to a new N26 account."
    m.why = ("Payroll diversion: unknown private address (his known private address is f.zimmermann76@gmx.de), "
             "bypasses the HR self-service portal ('error message'), avoids phone contact, sent just before the payroll run, "
             "account at a direct bank.")

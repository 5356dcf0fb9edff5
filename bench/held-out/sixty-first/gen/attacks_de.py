"""Attack messages, German (8)."""
from kit import *


def a_ceo_fraud():
    m = Mail("attack", "de", "ceo-fraud-lookalike-domain",
             "CEO fraud: 'Dr. Jürgen Höfer' asks the CFO to release a confidential EUR 487,500 "
             "escrow payment for a secret clinic acquisition ('Projekt Nordlicht'); lawyer will send details",
             "Sender domain exarnple.com is a look-alike of example.com ('rn' for 'm'), served from a rented "
             "Contabo VPS via Roundcube; secrecy towards colleagues, bypass of the SAP approval workflow, CEO "
             "'not reachable by phone', deadline; classic BEC stage 1 (stage 2 = the fake lawyer 09).",
             pair=["ceo-urgent-payment-internal-relay"])
    I = Ids(m.slug)
    t = utc(2026, 10, 15, 16, 42, 10)
    send(P.roundcube, m, I, t, ("Dr. Jürgen Höfer", "juergen.hoefer@exarnple.com"), [S("cfo")],
         "Vertraulich – Projekt Nordlicht", server="mail.exarnple.com", client_ip="37.120.217.84",
         mx_client=("mail.exarnple.com", "vmi2384716.contaboserver.net", "161.97.143.27"), exim=False)
    body = """Hallo Frau Weiß,

ich sitze gerade noch in Abstimmungen und schreibe Ihnen deshalb nur kurz per Mail.

Wie Sie wissen, prüfen wir seit dem Sommer die Übernahme einer Klinikgruppe in Österreich. Die Gespräche sind jetzt in der entscheidenden Phase, und die Gegenseite verlangt bis Freitag eine Anzahlung als Exklusivitätsnachweis. Das Projekt läuft intern unter „Nordlicht“; außer Ihnen und mir sind nur der Beirat und unsere Anwälte eingebunden. Ich bitte Sie deshalb ausdrücklich, das Thema noch nicht mit anderen Kollegen – auch nicht mit Frau Krüger oder der Buchhaltung – zu besprechen, bis die kartellrechtliche Vorprüfung durch ist.

Herr Dr. Lindqvist von der Kanzlei, die uns bei der Transaktion begleitet, meldet sich heute noch bei Ihnen und schickt Ihnen die Daten des Treuhandkontos. Es geht um 487.500,00 EUR. Bitte stimmen Sie die Einzelheiten direkt mit ihm ab und geben Sie die Zahlung morgen früh frei; die Unterlagen für den SAP-Workflow reiche ich nach, sobald das Signing durch ist.

Können Sie mir kurz bestätigen, dass Sie das heute noch auf dem Schirm haben? Telefonisch bin ich bis morgen Mittag schlecht erreichbar, schreiben Sie mir bitte einfach hier.

Danke Ihnen und beste Grüße
Jürgen Höfer

--
Dr. Jürgen Höfer
Geschäftsführer
Example Group GmbH · Hafenweg 12 · 48155 Münster
"""
    m.body = text(body, "UTF-8", "quoted-printable", flowed=True, qcs=False)
    return m


def a_supplier_bank_change():
    m = Mail("attack", "de", "supplier-bank-change-lookalike",
             "'Petra Lang' of Lieferant GmbH announces a new bank account and asks that two overdue invoices "
             "(EUR 38,538.67) be paid there; signed-looking PDF letter attached",
             "From lieferant-gmbh.com (the real supplier uses lieferant-gmbh.de), sent from a fresh Microsoft 365 "
             "tenant registered on the look-alike; new account at a Berlin bank instead of the Bielefeld house "
             "bank, old account 'closed', pressure on due invoices and an explicit request not to call.",
             pair=["supplier-bank-change-announced", "supplier-dunning-supply-stop"])
    I = Ids(m.slug)
    t = utc(2026, 11, 3, 10, 18, 44)
    send(P.exo, m, I, t, ("Petra Lang", "p.lang@lieferant-gmbh.com"), [S("ap")],
         "Änderung unserer Bankverbindung – Lieferant GmbH", lang="de-DE", hcs="iso-8859-1",
         attach=True, region="eurprd09", pod="PA4PR09MB")
    iban = iban_fmt(BANK["att_lieferant"])
    body = """Sehr geehrte Frau Schäfer,

im Zuge der Umstellung auf unser neues ERP-System haben wir unsere Konten zusammengelegt und die Hausbank gewechselt. Ab sofort bitten wir Sie, alle Zahlungen an die Lieferant GmbH ausschließlich auf das folgende Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: Berliner Sparkasse
IBAN: %s
BIC: BELADEBEXXX

Das bisherige Konto bei der Sparkasse Bielefeld wird zum 15.11.2026 aufgelöst. Zahlungen, die danach noch dort eingehen, werden zurückgebucht und können zu Verzögerungen bei der Belieferung führen. Die offizielle Mitteilung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang.

Betroffen sind auch die offenen Rechnungen RE-2026-10418 und RE-2026-10577 über insgesamt 38.538,67 EUR. Ich wäre Ihnen dankbar, wenn Sie diese im nächsten Zahllauf bereits auf die neue Verbindung anweisen und mir kurz eine Bestätigung senden.

Bitte beachten Sie, dass unsere Telefonanlage wegen der Umstellung in dieser Woche nur eingeschränkt erreichbar ist – bei Rückfragen schreiben Sie mir am besten direkt per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement
Lieferant GmbH
Industriestraße 8 · 33609 Bielefeld
Tel. +49 521 3487-214
""" % iban
    letter = pdf([("h", "Lieferant GmbH"),
                  ("t", "Industriestraße 8 · 33609 Bielefeld"),
                  ("", ""),
                  ("t", "Example Group GmbH"), ("t", "Kreditorenbuchhaltung"), ("t", "Hafenweg 12"),
                  ("t", "48155 Münster"), ("", ""),
                  ("t", "Bielefeld, 02.11.2026"), ("", ""),
                  ("b", "Mitteilung über die Änderung unserer Bankverbindung"), ("", ""),
                  ("t", "Sehr geehrte Damen und Herren,"), ("", ""),
                  ("t", "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung"),
                  ("t", "ändert. Bitte leisten Sie alle künftigen Zahlungen ausschließlich auf folgendes Konto:"),
                  ("", ""),
                  ("m", "Kontoinhaber:  Lieferant GmbH"),
                  ("m", "Kreditinstitut: Berliner Sparkasse"),
                  ("m", "IBAN:          " + iban),
                  ("m", "BIC:           BELADEBEXXX"), ("", ""),
                  ("t", "Die bisherige Bankverbindung wird zum 15.11.2026 geschlossen."), ("", ""),
                  ("t", "Mit freundlichen Grüßen"), ("", ""),
                  ("t", "ppa. Thorsten Wiegand              i. A. Petra Lang"),
                  ("t", "Geschäftsleitung                      Forderungsmanagement"), ("", ""),
                  ("r", ""),
                  ("s", "Lieferant GmbH · Sitz Bielefeld · Amtsgericht Bielefeld HRB 40871 · USt-IdNr. " + TAX["lieferant_ust"])],
                 title="Mitteilung Bankverbindung", author="Petra Lang",
                 creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365",
                 date="D:20261102163512+01'00'")
    m.body = mixed(outlook_alt(body, "windows-1252", "quoted-printable", "DE"),
                   att(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", size=True))
    return m


def a_thread_hijack_gmx():
    m = Mail("attack", "de", "thread-hijack-compromised-customer",
             "Reply in an old order thread from the genuine GMX mailbox of customer Dr. Hansen: "
             "'documents too large, shared via OneDrive, sign in with your company e-mail'",
             "Genuinely compromised customer mailbox (web login from a VPN/hosting IP, sent at 07:12 on a "
             "Monday), revives a three-week-old thread, generic text out of character, the 'OneDrive' link "
             "points into wp-content of an unrelated holiday-flat WordPress site and asks for the corporate login.",
             pair=["customer-order-gmx"])
    I = Ids(m.slug)
    t = utc(2026, 11, 2, 7, 12, 31)
    orig_id = "<7b2f90c4d1e84a6f9c3b58e0a4d2f617@EXCH01.corp.example.com>"
    from util import unix
    prev_id = "<trinity-0c5d1e2a-9f4b-4c1d-8e7a-3b6f2d9a1c45-%d@3c-app-gmx-bap31>" % (
        unix(utc(2026, 10, 15, 9, 21, 54)) * 1000 + 302)
    send(P.gmx, m, I, t, ("Dr. Ulrike Hansen", "tierarztpraxis.hansen@gmx.de"), [S("sales_de")],
         "AW: AW: Bestellung Impfstoffe Q4 / Lieferung KW 43", web="gmx", client_ip="185.107.56.143",
         irt=orig_id, refs=prev_id + " " + orig_id)
    url = "https://www.ferienhof-birkenweg.de/wp-content/uploads/2026/10/od/?e=jan.peters@examplegroup.eu"
    body = """Hallo Herr Peters,

anbei wie besprochen die Unterlagen zur Bestellung sowie die korrigierte Rechnung zur Prüfung.

Da die Dateien für den Mailanhang zu groß sind, habe ich sie Ihnen über OneDrive freigegeben:

%s

Bitte melden Sie sich mit Ihrer Firmen-E-Mail an, damit die Freigabe angezeigt wird. Geben Sie mir bitte kurz Bescheid, wenn alles passt.

Mit freundlichen Grüßen
U. Hansen

Tierarztpraxis Dr. Ulrike Hansen
Lotter Straße 112 · 49078 Osnabrück


Gesendet: Donnerstag, 15. Oktober 2026 um 11:48
Von: "Jan Peters" <jan.peters@examplegroup.eu>
An: "Dr. Ulrike Hansen" <tierarztpraxis.hansen@gmx.de>
Betreff: AW: Bestellung Impfstoffe Q4 / Lieferung KW 43

Sehr geehrte Frau Dr. Hansen,

vielen Dank für Ihre Bestellung. Die Impfstoffe (Nobivac, Versican) gehen in KW 43 gekühlt über unseren Kurier raus, die Rechnung erhalten Sie wie gewohnt separat.

Beste Grüße
Jan Peters
Example Group GmbH – Vertrieb
""" % url
    m.body = text(body, "UTF-8", "quoted-printable")
    return m


def a_erechnung_registration():
    m = Mail("attack", "de", "e-invoice-registration-phish-sendgrid",
             "'Zentrale Registrierungsstelle E-Rechnung' demands mandatory registration for receiving "
             "e-invoices (XRechnung/ZUGFeRD) by 30.11.2026, threatening fines; login with Microsoft 365 account",
             "No such registry exists (receiving e-invoices has been mandatory since 2025 without any "
             "registration); government-styled domain unrelated to bund.de, mailed through SendGrid, fine threat, "
             "link leads to a Microsoft 365 credential page on the look-alike domain.",
             pair=["supplier-invoice-erechnung-notice"])
    I = Ids(m.slug)
    t = utc(2026, 11, 10, 8, 2, 17)
    unsub = "<https://u4417823.ct.sendgrid.net/asm/unsubscribe/?user_id=4417823&data=%s>" % I.b64(60, url=True)
    send(P.sendgrid, m, I, t, ("Zentrale Registrierungsstelle E-Rechnung", "noreply@erechnung-registrierung.de"),
         [("", "rechnungen@example.com")],
         "Pflichtregistrierung für den Empfang von E-Rechnungen (§ 14 UStG) – Frist 30.11.2026",
         list_unsub=unsub, em="em2291")
    link = "https://u4417823.ct.sendgrid.net/ls/click?upn=%s" % I.b64(120, url=True)
    plain = """Zentrale Registrierungsstelle E-Rechnung
Aktenzeichen: ZRE-2026-DE-0418837

Sehr geehrte Damen und Herren,

seit dem 1. Januar 2025 sind alle inländischen Unternehmen verpflichtet, elektronische Rechnungen im strukturierten Format (XRechnung, ZUGFeRD ab Version 2.0.1) empfangen und verarbeiten zu können. Mit Ablauf der Übergangsfristen ist hierfür die Hinterlegung einer verifizierten Empfangsadresse erforderlich.

Für Ihr Unternehmen
Example Group GmbH, 48155 Münster
liegt bislang keine bestätigte Empfangsadresse vor.

Bitte schließen Sie die Registrierung bis spätestens 30.11.2026 ab. Nicht registrierte Unternehmen können strukturierte Rechnungen ihrer Lieferanten nicht mehr zugestellt bekommen; der Vorsteuerabzug aus nicht ordnungsgemäß empfangenen Rechnungen kann versagt werden. Zudem kann ein Bußgeld bis zu 5.000 EUR festgesetzt werden.

Registrierung starten: %s

Die Anmeldung erfolgt bequem mit Ihrem bestehenden Unternehmenskonto (Microsoft 365 oder DATEV).

Mit freundlichen Grüßen
Ihre Zentrale Registrierungsstelle E-Rechnung

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % link
    h = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Pflichtregistrierung E-Rechnung</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #000000">
<tr><td style="padding:0"><div style="height:6px;background:#dd0000"></div><div style="height:6px;background:#ffcc00"></div></td></tr>
<tr><td style="padding:22px 32px 6px 32px;font-size:13px;color:#555">Zentrale Registrierungsstelle E-Rechnung<br>Aktenzeichen: ZRE-2026-DE-0418837</td></tr>
<tr><td style="padding:6px 32px;font-size:20px;font-weight:bold">Pflichtregistrierung für den Empfang von E-Rechnungen</td></tr>
<tr><td style="padding:12px 32px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>seit dem 1. Januar 2025 sind alle inländischen Unternehmen verpflichtet, elektronische Rechnungen im strukturierten Format (XRechnung, ZUGFeRD ab Version 2.0.1) empfangen und verarbeiten zu können. Mit Ablauf der Übergangsfristen ist hierfür die Hinterlegung einer verifizierten Empfangsadresse erforderlich.</p>
<p style="background:#f6f6f6;border-left:4px solid #dd0000;padding:10px 14px">Für Ihr Unternehmen<br><b>Example Group GmbH, 48155 Münster</b><br>liegt bislang keine bestätigte Empfangsadresse vor.</p>
<p>Bitte schließen Sie die Registrierung bis spätestens <b>30.11.2026</b> ab. Nicht registrierte Unternehmen können strukturierte Rechnungen ihrer Lieferanten nicht mehr zugestellt bekommen; der Vorsteuerabzug aus nicht ordnungsgemäß empfangenen Rechnungen kann versagt werden. Zudem kann ein Bußgeld bis zu 5.000&nbsp;EUR festgesetzt werden.</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#004b87;color:#ffffff;text-decoration:none;padding:12px 26px;font-weight:bold;display:inline-block">Registrierung starten</a></p>
<p>Die Anmeldung erfolgt bequem mit Ihrem bestehenden Unternehmenskonto (Microsoft&nbsp;365 oder DATEV).</p>
<p>Mit freundlichen Grüßen<br>Ihre Zentrale Registrierungsstelle E-Rechnung</p></td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#888;border-top:1px solid #e3e3e3">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
<img src="https://u4417823.ct.sendgrid.net/wf/open?upn=%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">
</body></html>
""" % (link, I.b64(90, url=True))
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def a_quishing_mfa():
    m = Mail("attack", "de", "quishing-m365-mfa-qr",
             "'Microsoft 365 Sicherheit' says the Authenticator registration of the HR clerk expires; "
             "scan the inline QR code with the phone to renew MFA",
             "Sent through the Strato mailbox of an unrelated physiotherapy practice (compromised account, "
             "display name spoofs Microsoft); MFA is never re-registered by mailed QR codes; the QR hides a "
             "Cloudflare pages.dev URL carrying the victim's address in base64 – moves the victim to an "
             "unprotected phone.",
             pair=["it-notice-mfa-internal"])
    I = Ids(m.slug)
    t = utc(2026, 10, 21, 6, 54, 3)
    rcpt = S("hr")
    send(P.vps_postfix, m, I, t, ("Microsoft 365 Sicherheit", "info@physiotherapie-lindenhof.de"), [rcpt],
         "Aktion erforderlich: Ihre MFA-Registrierung läuft am 23.10.2026 ab",
         helo="mo4-p01-ob.smtp.rzone.de", rdns="mo4-p01-ob.smtp.rzone.de", ip="81.169.146.%d" % I.int(160, 190),
         hops=[("from [192.168.8.101] ([45.148.10.%d])\r\n\tby smtp.strato.de (RZmta 51.2.11 AUTH)\r\n\t"
                "with ESMTPSA id x3c1f2a9KE6sX4V\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 "
                "(256 bits))\r\n\t(Client did not present a certificate)\r\n\tfor <%s>;\r\n\t%s"
                % (I.int(20, 200), rcpt[1], rfcdate(t, "CET")))],
         hcs="iso-8859-15", mid_style="hex", style="roundcube")
    import base64
    enc = base64.b64encode(rcpt[1].encode()).decode()
    url = "https://m365-sicherheit-erneuerung.pages.dev/#%s" % enc
    q = qr_png(url, "M", scale=6)
    m.qr_urls = [url]
    plain = """Microsoft 365

Sehr geehrte/r Nutzer/in,

die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto %s muss aufgrund der aktualisierten Sicherheitsrichtlinie Ihrer Organisation erneuert werden.

Ihre aktuelle Registrierung läuft am 23.10.2026 ab. Danach ist eine Anmeldung an Outlook, Teams und OneDrive nicht mehr möglich, bis die Registrierung durch den Administrator zurückgesetzt wird.

So erneuern Sie Ihre Registrierung:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Bestätigen Sie Ihre Anmeldung in der Microsoft Authenticator-App.

Der Vorgang dauert weniger als eine Minute.

Vielen Dank
Microsoft 365-Sicherheitsteam im Auftrag Ihrer IT-Abteilung
""" % rcpt[1]
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#201f1e;font-size:14px">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd">
<tr><td style="padding:18px 24px;font-size:18px;color:#5e5e5e"><span style="color:#f25022">&#9632;</span><span style="color:#7fba00">&#9632;</span><span style="color:#00a4ef">&#9632;</span><span style="color:#ffb900">&#9632;</span> Microsoft 365</td></tr>
<tr><td style="padding:0 24px 10px 24px">
<p>Sehr geehrte/r Nutzer/in,</p>
<p>die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto <b>%s</b> muss aufgrund der aktualisierten Sicherheitsrichtlinie Ihrer Organisation erneuert werden.</p>
<p>Ihre aktuelle Registrierung läuft am <b>23.10.2026</b> ab. Danach ist eine Anmeldung an Outlook, Teams und OneDrive nicht mehr möglich, bis die Registrierung durch den Administrator zurückgesetzt wird.</p>
<p><b>So erneuern Sie Ihre Registrierung:</b><br>1. Öffnen Sie die Kamera-App Ihres Smartphones.<br>2. Scannen Sie den folgenden QR-Code.<br>3. Bestätigen Sie Ihre Anmeldung in der Microsoft Authenticator-App.</p>
<p style="text-align:center"><img src="cid:qr_mfa_%s" width="220" height="220" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als eine Minute.</p>
<p style="color:#605e5c">Vielen Dank<br>Microsoft 365-Sicherheitsteam im Auftrag Ihrer IT-Abteilung</p>
</td></tr></table></body></html>
""" % (rcpt[1], I.hex(8))
    cid = h.split("cid:")[1].split('"')[0]
    m.body = related(alt(text(plain, "iso-8859-15", "quoted-printable"),
                         html(h, "iso-8859-15", "quoted-printable")),
                     inline_png(q, "image001.png", cid))
    return m


def a_fake_register():
    m = Mail("attack", "de", "fake-register-invoice-pdf",
             "'DHGR Deutsches Handels- und Gewerberegister' sends an 'entry confirmation and payment request' "
             "of EUR 1,414.91 with a PDF form that looks like an official invoice",
             "Offer disguised as an invoice (Adressbuchschwindel): private 'register' imitating the "
             "Handelsregister; the small print says payment constitutes acceptance of a 3-year paid listing; "
             "no prior business relation; look-alike official name on a VPS-hosted domain.",
             pair=["supplier-invoice-erechnung-notice"])
    I = Ids(m.slug)
    t = utc(2026, 11, 17, 9, 33, 40)
    send(P.vps_postfix, m, I, t, ("DHGR Registerservice", "service@dhgr-register.de"),
         [("", "info@example.com")],
         "Eintragungsbestätigung und Zahlungsaufforderung – Az. DHGR-2026-118734",
         helo="mail.dhgr-register.de", rdns="ns3198272.ip-51-75-64.eu", ip="51.75.64.%d" % I.int(10, 250),
         hcs="iso-8859-15", mid_style="hex", style="roundcube", tls="TLSv1.2")
    iban = iban_fmt(BANK["att_register_de"])
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Firma

Example Group GmbH
Hafenweg 12, 48155 Münster
Amtsgericht Münster HRB 18342

wurde die Erfassung im Deutschen Handels- und Gewerberegister (DHGR) vorbereitet. Die Unterlagen zur Eintragung einschließlich der Zahlungsaufforderung über 1.414,91 EUR (1.189,00 EUR zzgl. 19 %% USt.) erhalten Sie als PDF-Dokument im Anhang.

Bitte prüfen Sie die hinterlegten Daten und überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe des Aktenzeichens DHGR-2026-118734 auf folgendes Konto:

Empfänger: DHGR Registerservice
IBAN: %s
BIC: HYVEDEMMXXX

Mit freundlichen Grüßen
DHGR Registerservice
Abteilung Eintragungen
""" % iban
    doc = pdf([("h", "DHGR – Deutsches Handels- und Gewerberegister"),
               ("t", "Registerservice · Postfach 10 24 71 · 80038 München"), ("r", ""),
               ("t", "Example Group GmbH"), ("t", "Hafenweg 12"), ("t", "48155 Münster"), ("", ""),
               ("b", "Eintragungsbestätigung / Zahlungsaufforderung"),
               ("m", "Aktenzeichen:      DHGR-2026-118734"),
               ("m", "Registergericht:   Amtsgericht Münster"),
               ("m", "Registernummer:    HRB 18342"),
               ("m", "Datum:             17.11.2026"), ("", ""),
               ("m", "Pos  Leistung                                        Betrag"),
               ("m", "1    Erfassung und Veröffentlichung Firmendaten       1.189,00 EUR"),
               ("m", "     im DHGR-Online-Verzeichnis, Jahresgebühr"),
               ("m", "     zzgl. 19 % USt.                                    225,91 EUR"),
               ("m", "     Zahlbetrag                                     1.414,91 EUR"), ("", ""),
               ("t", "Zahlbar innerhalb von 10 Tagen ohne Abzug auf:"),
               ("m", "IBAN " + iban + "   BIC HYVEDEMMXXX"), ("", ""),
               ("s", "Hinweis: Das DHGR ist ein privatwirtschaftliches Verzeichnis und steht in keiner Verbindung zu den"),
               ("s", "amtlichen Registern. Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrages nehmen Sie das Angebot"),
               ("s", "zur Eintragung an. Die Vertragslaufzeit beträgt drei Jahre und verlängert sich jeweils um ein weiteres"),
               ("s", "Jahr, sofern nicht drei Monate vor Ablauf schriftlich gekündigt wird. Gerichtsstand ist München.")],
              title="DHGR-2026-118734", creator="Writer", producer="LibreOffice 7.6",
              date="D:20261117093012+01'00'")
    m.body = mixed(text(body, "iso-8859-15", "8bit"),
                   att(doc, "application/pdf", "DHGR_Eintragung_2026-118734.pdf"))
    return m


def a_payroll_diversion():
    m = Mail("attack", "de", "payroll-diversion-freemail",
             "'Jan Peters' writes to HR from a private WEB.DE address asking to switch his salary "
             "to a new N26 account in time for the November payroll",
             "Address never used by the employee (jpeters.vertrieb@web.de), webmail login from a VPN exit, "
             "change of salary account requested by e-mail instead of the signed HR form/self-service, "
             "neobank account, deadline before the payroll run, excuse to avoid the corporate mailbox.",
             pair=["colleague-sick-leave-private-mail"])
    I = Ids(m.slug)
    t = utc(2026, 11, 17, 21, 48, 12)
    send(P.gmx, m, I, t, ("Jan Peters", "jpeters.vertrieb@web.de"), [S("hr")],
         "Neue Bankverbindung fürs Gehalt", web="webde", client_ip="45.134.212.%d" % I.int(5, 250))
    body = """Hallo Andrea,

ich habe mein Gehaltskonto zu einer anderen Bank umgezogen. Könntest du bitte die neue Bankverbindung schon für die November-Abrechnung hinterlegen?

Kontoinhaber: Jan Peters
IBAN: %s
Bank: N26

Ich schreibe dir von meiner privaten Adresse, weil ich die ganze Woche im Außendienst bin und Outlook auf dem Handy seit dem letzten Update nicht mehr synchronisiert. Falls du noch was von mir brauchst, einfach hier antworten.

Danke dir und viele Grüße
Jan
""" % iban_fmt(BANK["att_payroll_de"])
    m.body = text(body, "UTF-8", "quoted-printable")
    return m


def a_teams_vishing():
    m = Mail("attack", "de", "teams-quick-assist-vishing-pretext",
             "'IT-Servicedesk | Example Group' announces a call via Microsoft Teams after a wave of "
             "spam, asks the assistant to accept it and start Quick Assist with the shown code",
             "Mail-bombing follow-up pattern (Black Basta / Storm-1811): sent from an external "
             "*.onmicrosoft.com tenant, not from example.com; announces an external Teams call and a "
             "Quick Assist remote session – hands-on-keyboard access for the caller.",
             pair=["it-notice-mfa-internal"])
    I = Ids(m.slug)
    t = utc(2026, 11, 25, 9, 6, 51)
    send(P.exo, m, I, t, ("IT-Servicedesk | Example Group", "servicedesk@examplegroupit.onmicrosoft.com"),
         [S("assist")], "Ticket INC-2026-48213: Spam-Welle auf Ihrem Postfach – Rückruf über Teams",
         lang="de-DE", hcs="iso-8859-1", region="eurprd02", pod="DB9PR02MB",
         org="examplegroupit.onmicrosoft.com")
    body = """Guten Morgen Frau Krüger,

unser Monitoring meldet seit heute Nacht über 2.400 eingehende Newsletter- und Registrierungsmails auf Ihrem Postfach. Es handelt sich um eine gezielte Spam-Welle, die wir zentral leider nicht vollständig ausfiltern können.

Damit Ihr Postfach wieder normal nutzbar ist, richtet ein Kollege aus dem 2nd-Level-Support (Herr Kessler) den Filter direkt auf Ihrem Rechner ein. Er ruft Sie in den nächsten 15 Minuten über Microsoft Teams an (Kontakt „IT Helpdesk“ – es kann sein, dass Teams den Hinweis „extern“ anzeigt, das ist wegen unseres Dienstleisters normal).

Bitte halten Sie sich bereit:
1. Nehmen Sie den Teams-Anruf an.
2. Starten Sie die Windows-App „Remotehilfe“ (Quick Assist, Tastenkombination Strg + Windows + Q).
3. Wählen Sie „Hilfe erhalten“ und nennen Sie Herrn Kessler den angezeigten 6-stelligen Sicherheitscode.

Die Einrichtung dauert ca. 10 Minuten. Bitte öffnen Sie bis dahin keine der Spam-Mails und klicken Sie nicht auf Abmeldelinks.

Ticket: INC-2026-48213
Priorität: hoch

Viele Grüße
IT-Servicedesk
Example Group
"""
    m.body = outlook_alt(body, "windows-1252", "quoted-printable", "DE")
    return m


MESSAGES = [a_ceo_fraud, a_supplier_bank_change, a_thread_hijack_gmx, a_erechnung_registration,
            a_quishing_mfa, a_fake_register, a_payroll_diversion, a_teams_vishing]

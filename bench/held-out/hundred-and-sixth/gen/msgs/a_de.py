"""Attack messages 01-08 (German)."""
from eglib import mime, bank, html as H
from eglib.infra import (OXPrivateEmail, M365, SendGrid, OutlookSMTP, Brevo, GMX, Mailgun, Gmail, rhex, ralnum)
from eglib.kit import attack, alt, mixed, related, att, pdf, qr_png, inline_img, b64mail, ps_enc, S


@attack(1, 'de', 'ceo-fraud-vertrauliche-akquisition',
        what='"CEO" asks the CFO for a confidential 486,500 EUR reservation payment for a property acquisition; a Zurich lawyer will send the account.',
        why='CEO fraud/BEC: look-alike domain examplegroup-eu.com on Namecheap Private Email (Open-Xchange), secrecy even towards Treasury, same-day deadline, '
            'bypasses four-eyes and call-back ("only reply by mail"), third-party "lawyer" to follow. Genuine CEO mail comes from example.com through mail-int01.')
def _(m):
    m.use(OXPrivateEmail(origin='102.89.34.11'))
    m.when('2026-10-14 08:47:12', 'de')
    m.frm = ('J\u00fcrgen H\u00f6fer', 'juergen.hoefer@examplegroup-eu.com')
    m.to = [S('cfo')]
    m.subject = 'Vertraulich \u2013 Projekt Mainufer'
    t = """Guten Morgen Sabine,

bist du heute Vormittag erreichbar? Ich brauche deine Unterst\u00fctzung bei einer Angelegenheit, die bis auf Weiteres streng vertraulich bleiben muss.

Wie du wei\u00dft, sprechen wir seit dem Sommer mit mehreren Verk\u00e4ufern \u00fcber Zuk\u00e4ufe im Rhein-Main-Gebiet. F\u00fcr das Portfolio \u201eMainufer\u201c (drei Wohn- und Gesch\u00e4ftsh\u00e4user in Offenbach, 142 Einheiten) sind wir gestern Abend in Z\u00fcrich in die Exklusivphase gekommen. Der Verk\u00e4ufer verlangt bis heute 15:00 Uhr eine Reservierungszahlung von 486.500,00 EUR auf das Treuhandkonto der begleitenden Kanzlei. Der Betrag wird vollst\u00e4ndig auf den Kaufpreis angerechnet.

Bis zur offiziellen Mitteilung ist der Vorgang eine Insiderinformation. Bitte sprich deshalb mit niemandem dar\u00fcber, auch nicht mit Tobias oder dem Treasury-Team. Die Abstimmung mit dem Aufsichtsrat habe ich bereits selbst erledigt.

Rechtsanwalt Dr. Lukas Frei (Frei & Baumann Rechtsanw\u00e4lte, Z\u00fcrich) schickt dir in den n\u00e4chsten Minuten die Kontodaten und das Zahlungsavis. Bitte f\u00fchre die Zahlung als Einzel\u00fcberweisung aus und schick mir danach die Ausf\u00fchrungsbest\u00e4tigung.

Ich sitze den ganzen Tag in Verhandlungen und kann nicht telefonieren. Antworte mir bitte nur hier per Mail.

Danke dir, ich verlasse mich auf dich.

J\u00fcrgen
"""
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(H.plain_div(t), 'utf-8', 'quoted-printable', 'html'))


@attack(2, 'de', 'lieferant-lookalike-bankverbindung',
        what='"Stefan Maier, Lieferant GmbH" replies in an accounts-payable thread announcing a new bank account for three open invoices (38,642.17 EUR), signed PDF letter attached.',
        why='Supplier bank-detail fraud from look-alike lieferant-gmbh.com (genuine: lieferant-gmbh.de) hosted in an attacker Microsoft 365 tenant; fabricated quoted thread; '
            'new account at a different bank in Berlin; "payments can no longer be credited"; asks for confirmation by e-mail and discourages phone calls; mobile number differs from the known one; PDF edited with iLovePDF.')
def _(m):
    m.use(M365(srv='FR4P281MB3412', srv2='FR2P281MB0227', region='DEUP281', accept_lang='de-DE, en-US', content_lang='de-DE',
               eop=('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2118.outbound.protection.outlook.com', '52.101.69.118'),
               hcs='windows-1252'))
    m.when('2026-10-20 10:42:31', 'de')
    m.frm = ('Stefan Maier', 's.maier@lieferant-gmbh.com')
    m.to = [S('ap')]
    m.subject = 'AW: Offene Posten Lieferant GmbH \u2013 Kontoauszug Oktober'
    m.replies = 1
    m.in_reply_to = '<5c1e0a7f3b2d4e89a6f1c2d3e4b5a697@EXMB01.corp.example.com>'
    m.references = m.in_reply_to
    iban = bank.de_iban('10070000', '0614783902')
    m.iban = iban
    t = """Hallo Frau Wei\u00df,

vielen Dank f\u00fcr Ihre R\u00fcckmeldung und die Zahlungsavise.

Wie mit Ihrer Kollegin besprochen, informieren wir Sie hiermit \u00fcber die \u00c4nderung unserer Bankverbindung. Im Zuge der Umstellung auf ein neues Cash-Management-System wird unser bisheriges Konto bei der Sparkasse K\u00f6lnBonn ab sofort nur noch f\u00fcr Lastschriften genutzt. Eingehende Zahlungen k\u00f6nnen darauf nicht mehr gutgeschrieben werden und gehen automatisch an den Absender zur\u00fcck.

Bitte veranlassen Sie die Zahlung der offenen Posten RE-2026-09871, RE-2026-10112 und RE-2026-10288 (insgesamt 38.642,17 EUR) bereits auf die neue Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: Deutsche Bank, Filiale Berlin
IBAN: %s
BIC: DEUTDEBBXXX

Das Schreiben unserer Gesch\u00e4ftsf\u00fchrung finden Sie im Anhang. Bitte aktualisieren Sie die Stammdaten und best\u00e4tigen Sie mir die Umstellung kurz per E-Mail. Wegen der Systemumstellung sind wir diese Woche telefonisch nur eingeschr\u00e4nkt erreichbar, am schnellsten erreichen Sie mich per Mail oder mobil.

Mit freundlichen Gr\u00fc\u00dfen

Stefan Maier
Vertriebsinnendienst / Key Account
Lieferant GmbH
Industriestra\u00dfe 42 \u2022 50829 K\u00f6ln
Mobil: +49 1521 7734918
www.lieferant-gmbh.de

Von: Monika Wei\u00df <monika.weiss@example.com>
Gesendet: Montag, 19. Oktober 2026 15:06
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Offene Posten Lieferant GmbH \u2013 Kontoauszug Oktober

Hallo Herr Maier,

anbei wie besprochen die Zahlungsavise zu Ihren Rechnungen aus August. Die drei Rechnungen aus September und Oktober sind in unserem Zahllauf f\u00fcr Ende der Woche vorgesehen.

Viele Gr\u00fc\u00dfe
Monika Wei\u00df
Kreditorenbuchhaltung
Example Group
""" % bank.fmt(iban)
    blocks = [('h1', 'Lieferant GmbH'), ('small', 'Industriestra\u00dfe 42 \u2022 50829 K\u00f6ln \u2022 Amtsgericht K\u00f6ln HRB 48117 \u2022 USt-IdNr. DE812334671'),
              ('gap', ''), ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nMainzer Landstra\u00dfe 180\n60327 Frankfurt am Main'), ('gap', ''),
              ('p', 'K\u00f6ln, 19.10.2026'), ('h2', 'Mitteilung \u00fcber die \u00c4nderung unserer Bankverbindung'),
              ('p', 'Sehr geehrte Damen und Herren,'),
              ('p', 'wir teilen Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ge\u00e4ndert hat. Bitte leisten Sie s\u00e4mtliche Zahlungen, auch f\u00fcr bereits gestellte und noch offene Rechnungen, ausschlie\u00dflich auf das folgende Konto:'),
              ('b', 'Kontoinhaber: Lieferant GmbH'), ('b', 'Kreditinstitut: Deutsche Bank, Filiale Berlin'),
              ('b', 'IBAN: ' + bank.fmt(iban)), ('b', 'BIC: DEUTDEBBXXX'),
              ('p', 'Zahlungen auf unsere bisherige Bankverbindung k\u00f6nnen nicht mehr verarbeitet werden. Wir bitten um Aktualisierung Ihrer Stammdaten.'),
              ('p', 'Mit freundlichen Gr\u00fc\u00dfen'), ('p', 'Lieferant GmbH'), ('p', 'ppa. Stefan Maier')]
    p = pdf(m, blocks, 'Mitteilung Bankverbindung', author='Stefan Maier', creator='Microsoft\u00ae Word 2019', producer='iLovePDF')
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1252', 'quoted-printable'),
                          mime.text(H.outlook(t), 'windows-1252', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Lieferant_GmbH_Mitteilung_Bankverbindung.pdf'))


@attack(3, 'de', 'elster-zertifikat-ablauf',
        what='"ELSTER" warns that the organisation certificate of Example Group expires and asks to upload the .pfx certificate file and PIN to renew it.',
        why='Tax-office credential phishing: look-alike sender domain elster-zertifikat.de sent through SendGrid, click-tracked link to a Cloudflare Pages site, '
            'threat of late-filing surcharges (\u00a7 152 AO); ELSTER never asks for the certificate file and PIN by e-mail link.')
def _(m):
    m.use(SendGrid(whitelabel='em4821.elster-zertifikat.de', ip='149.72.154.232', uid='41875512'))
    m.when('2026-10-21 07:58:04', 'de')
    m.frm = ('ELSTER \u2013 Ihr Online-Finanzamt', 'noreply@elster-zertifikat.de')
    m.to = [S('cfo')]
    m.subject = 'Ihr ELSTER-Organisationszertifikat l\u00e4uft am 31.10.2026 ab \u2013 Verl\u00e4ngerung erforderlich'
    link = 'https://u41875512.ct.sendgrid.net/ls/click?upn=u001.%s' % ralnum(m.rng, 110)
    t = """ELSTER - Ihr Online-Finanzamt

Sehr geehrte Damen und Herren,

das Organisationszertifikat (Zertifikatsdatei) Ihres Benutzerkontos

Kontoinhaber: Example Group GmbH
Steuernummer: 045 226 63184
Zertifikat: ELSTER-ORG-7F3A-2291

l\u00e4uft am 31.10.2026 ab. Nach Ablauf k\u00f6nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr \u00fcbermittelt werden. F\u00fcr versp\u00e4tet abgegebene Anmeldungen kann ein Versp\u00e4tungszuschlag nach \u00a7 152 AO festgesetzt werden.

Bitte f\u00fchren Sie die Verl\u00e4ngerung vor Ablauf durch. Melden Sie sich dazu mit Ihrer bisherigen Zertifikatsdatei (.pfx) und der zugeh\u00f6rigen PIN an; das neue Zertifikat wird Ihnen unmittelbar im Anschluss bereitgestellt:

%s

Die Verl\u00e4ngerung dauert etwa drei Minuten. Bitte halten Sie die Zertifikatsdatei bereit.

Mit freundlichen Gr\u00fc\u00dfen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % link
    body = H.p("""Sehr geehrte Damen und Herren,

das Organisationszertifikat (Zertifikatsdatei) Ihres Benutzerkontos l\u00e4uft am <b>31.10.2026</b> ab.""".replace('<b>', '').replace('</b>', ''))
    body += ('<table cellpadding="6" style="border:1px solid #d5dbe3;background:#f5f8fb;font-size:13px;margin:6px 0 16px 0">'
             '<tr><td>Kontoinhaber</td><td><b>Example Group GmbH</b></td></tr><tr><td>Steuernummer</td><td>045 226 63184</td></tr>'
             '<tr><td>Zertifikat</td><td>ELSTER-ORG-7F3A-2291</td></tr><tr><td>G\u00fcltig bis</td><td style="color:#b00020"><b>31.10.2026</b></td></tr></table>')
    body += H.p("""Nach Ablauf k\u00f6nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr \u00fcbermittelt werden. F\u00fcr versp\u00e4tet abgegebene Anmeldungen kann ein Versp\u00e4tungszuschlag nach \u00a7 152 AO festgesetzt werden.

Melden Sie sich mit Ihrer bisherigen Zertifikatsdatei (.pfx) und der zugeh\u00f6rigen PIN an; das neue Zertifikat wird Ihnen unmittelbar im Anschluss bereitgestellt.""")
    h = H.notice('Ihr Organisationszertifikat l\u00e4uft ab', body, 'Zertifikat jetzt verl\u00e4ngern', link, color='#00539f',
                 logo_html='<span style="color:#00539f;font-size:22px;font-weight:700;letter-spacing:1px">ELSTER</span> '
                           '<span style="color:#555;font-size:13px">Ihr Online-Finanzamt</span>',
                 footer='Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>'
                        'Bayerisches Landesamt f\u00fcr Steuern \u2013 ELSTER-Projekt',
                 preheader='Verl\u00e4ngerung erforderlich bis 31.10.2026')
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@attack(4, 'de', 'docusign-imitat-kompromittierte-schreinerei',
        what='DocuSign-styled "please review and sign" message for a fit-out offer, sent from the mailbox of a small carpentry business.',
        why='Credential phishing from a compromised small-business mailbox (Strato SMTP, Outlook client): the DocuSign layout is a copy, not sent by DocuSign; '
            'the button leads to a Cloudflare Pages site with the recipient\'s address Base64-encoded in the URL; no prior relationship with the sender.')
def _(m):
    m.use(OutlookSMTP(hoster='strato', desktop='DESKTOP-R2M8KQ1', origin='46.114.38.207',
                      client_t=('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.163'),
                      hcs='utf-8', henc='B'))
    m.when('2026-10-22 13:17:45', 'de')
    m.frm = ('DocuSign \u00fcber Schreinerei Wendtland', 'info@schreinerei-wendtland.de')
    m.to = [S('sales')]
    m.subject = 'Bitte pr\u00fcfen und unterzeichnen: Angebot Mieterausbau Gewerbeeinheit EG links'
    m.extra = [('X-RZG-AUTH', ':' + ralnum(m.rng, 60)), ('X-RZG-CLASS-ID', 'mo00')]
    link = 'https://dcs-envelope-8841.pages.dev/?e=%s&env=%s' % (b64mail(S('sales')[1]), rhex(m.rng, 32))
    t = """Schreinerei Wendtland hat Ihnen ein Dokument zum Pr\u00fcfen und Unterzeichnen gesendet.

DOKUMENT PR\u00dcFEN
%s

Angebot_Mieterausbau_EG-links_2026-118.pdf (3 Seiten)

Sehr geehrte Frau Hartmann,
anbei unser Angebot f\u00fcr den Mieterausbau wie besprochen. Bitte pr\u00fcfen und digital unterzeichnen, damit wir den Termin f\u00fcr KW 46 verbindlich einplanen k\u00f6nnen.
Schreinerei Wendtland GmbH

Diese E-Mail enth\u00e4lt einen sicheren Link zu DocuSign. Bitte geben Sie diesen Link nicht weiter.

DocuSign verwenden: Melden Sie sich bei DocuSign an, um Dokumente elektronisch zu unterzeichnen.
""" % link
    body = ('<p style="margin:0 0 18px 0;font-size:16px;color:#fff">Schreinerei Wendtland hat Ihnen ein Dokument zum Pr\u00fcfen und Unterzeichnen gesendet.</p>')
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeaea">'
         '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
         '<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
         '<tr><td style="padding:18px 24px;font-size:22px;font-weight:700;color:#000">Docu<span style="color:#ffc820">Sign</span></td></tr>'
         '<tr><td style="background:#1e4ca1;padding:30px 24px;text-align:center">'
         '<p style="font-size:16px;color:#fff;margin:0 0 22px 0">Schreinerei Wendtland hat Ihnen ein Dokument zum Pr\u00fcfen und Unterzeichnen gesendet.</p>'
         '<a href="%s" style="background:#ffc820;color:#333;padding:12px 26px;font-size:14px;font-weight:700;text-decoration:none;border-radius:2px">DOKUMENT PR\u00dcFEN</a>'
         '</td></tr><tr><td style="padding:24px;font-size:14px;color:#333;line-height:20px">'
         '<p><b>Angebot_Mieterausbau_EG-links_2026-118.pdf</b> (3 Seiten)</p>'
         '<p>Sehr geehrte Frau Hartmann,<br>anbei unser Angebot f\u00fcr den Mieterausbau wie besprochen. Bitte pr\u00fcfen und digital unterzeichnen, '
         'damit wir den Termin f\u00fcr KW 46 verbindlich einplanen k\u00f6nnen.<br>Schreinerei Wendtland GmbH</p></td></tr>'
         '<tr><td style="padding:18px 24px;background:#f4f4f4;font-size:11px;color:#666">Diese E-Mail enth\u00e4lt einen sicheren Link zu DocuSign. '
         'Bitte geben Sie diesen Link nicht weiter.<br><br>DocuSign verwenden: Melden Sie sich bei DocuSign an, um Dokumente elektronisch zu unterzeichnen.</td></tr>'
         '</table></td></tr></table></body></html>\n' % link)
    m.root = alt(m, mime.text(t, 'utf-8', 'base64'), mime.text(h, 'utf-8', 'base64', 'html'))


@attack(5, 'de', 'quishing-mfa-erneuerung',
        what='"Microsoft 365 Sicherheit" tells accounts payable that MFA must be re-registered by 23 October; the only call to action is an inline QR code.',
        why='Quishing: the QR code (inline PNG, no clickable link in the mail) leads to m365-mfa-erneuerung.com with the victim address encoded; sent through Brevo '
            'from a look-alike domain; deadline pressure. Internal IT announced that MFA is managed only in the Microsoft portal and never via QR codes in mail (business 08).')
def _(m):
    m.use(Brevo(ip='185.41.28.107'))
    m.when('2026-10-19 06:55:10', 'de')
    m.frm = ('Microsoft 365 Sicherheit', 'sicherheit@m365-kontoschutz.de')
    m.to = [S('ap')]
    m.subject = 'Aktion erforderlich: Multi-Faktor-Authentifizierung bis 23.10.2026 erneuern'
    url = 'https://login.m365-mfa-erneuerung.com/r/?u=%s&c=EG1023' % b64mail(S('ap')[1])
    m.qr_urls = {'mfa-qr.png': url}
    t = """Microsoft 365 - Kontoschutz

Hallo Monika Wei\u00df,

die Sicherheitsrichtlinien Ihrer Organisation (Example Group) wurden aktualisiert. Ihre Anmeldemethode f\u00fcr die Multi-Faktor-Authentifizierung (MFA) muss bis zum 23.10.2026 erneut registriert werden. Danach wird der Zugriff auf Outlook, Teams und SharePoint vor\u00fcbergehend gesperrt.

Scannen Sie den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Die Registrierung dauert weniger als zwei Minuten.

Falls der QR-Code nicht angezeigt wird, aktivieren Sie bitte die Bildanzeige in Ihrem E-Mail-Programm.

Ihr IT-Service im Auftrag von Example Group
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    body = H.p("""Hallo Monika Wei\u00df,

die Sicherheitsrichtlinien Ihrer Organisation (Example Group) wurden aktualisiert. Ihre Anmeldemethode f\u00fcr die Multi-Faktor-Authentifizierung (MFA) muss bis zum 23.10.2026 erneut registriert werden. Danach wird der Zugriff auf Outlook, Teams und SharePoint vor\u00fcbergehend gesperrt.

Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Die Registrierung dauert weniger als zwei Minuten.""")
    body += '<p style="text-align:center;margin:18px 0"><img src="cid:mfa-qr.png@%s" width="222" height="222" alt="QR-Code"></p>' % rhex(m.rng, 8)
    cid = body.split('cid:')[1].split('"')[0]
    h = H.notice('Multi-Faktor-Authentifizierung erneuern', body, color='#0078d4',
                 logo_html='<span style="font-size:18px;color:#5e5e5e">Microsoft 365</span>',
                 footer='Ihr IT-Service im Auftrag von Example Group<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
                 preheader='Ihre MFA-Registrierung l\u00e4uft am 23.10.2026 ab')
    img = inline_img(m, qr_png(url), 'mfa-qr.png', cid)
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'),
                 related(m, mime.text(h, 'utf-8', 'quoted-printable', 'html'), img))


@attack(6, 'de', 'gehaltsumleitung-private-adresse',
        what='"Anja K\u00f6hler" asks HR/payroll from a WEB.DE address to pay her November salary to a new N26 account.',
        why='Payroll diversion: unknown private address (her known private address is anja.koehler@gmx.de), bank change before the payroll run, '
            'explicitly discourages a call-back, excuse for not using the company mailbox; the new account is at a direct bank.')
def _(m):
    m.use(GMX(brand='webde', origin='185.213.155.71'))
    m.when('2026-11-16 19:32:40', 'de')
    m.frm = ('Anja K\u00f6hler', 'anja.koehler.ffm@web.de')
    m.to = [S('hr')]
    m.subject = '\u00c4nderung Bankverbindung f\u00fcr Gehaltszahlung'
    iban = bank.de_iban('10011001', '2614071935')
    t = """Hallo Frau Sch\u00e4fer,

ich habe mein Gehaltskonto gewechselt und m\u00f6chte Sie bitten, die neue Bankverbindung schon f\u00fcr die November-Abrechnung zu ber\u00fccksichtigen:

Kontoinhaberin: Anja K\u00f6hler
IBAN: %s
BIC: NTSBDEB1XXX
Bank: N26

Das alte Konto bei der Frankfurter Volksbank wird zum Monatsende aufgel\u00f6st, deshalb w\u00e4re es wichtig, dass die \u00c4nderung noch vor dem Abrechnungslauf greift.

Ich bin diese Woche bei Objektbegehungen in Wiesbaden und komme nicht an meinen Dienstrechner, deshalb schreibe ich von meiner privaten Adresse. Telefonisch bin ich tags\u00fcber schlecht zu erreichen, eine kurze Best\u00e4tigung per Mail reicht mir v\u00f6llig.

Vielen Dank und viele Gr\u00fc\u00dfe
Anja K\u00f6hler
""" % bank.fmt(iban)
    m.root = mime.text(t, 'utf-8', 'quoted-printable')


@attack(7, 'de', 'registerrechnung-gewerbeverzeichnis',
        what='"Zentrales Gewerbe- und Handelsverzeichnis" sends an official-looking "Eintragungsantrag" with reference number and a PDF payment form for 796.40 EUR.',
        why='Fake register/directory invoice: scraped commercial-register data dressed up as an official fee; the small print makes it a 3-year private '
            'directory subscription; payment to a Slovak account; bulk-sent through Mailgun from a newly registered domain.')
def _(m):
    m.use(Mailgun(mgdomain='mg.zgh-verzeichnis.de', ip='159.135.228.12'))
    m.when('2026-11-03 09:12:55', 'de')
    m.frm = ('ZGH Zentrales Gewerbe- und Handelsverzeichnis', 'eintragung@zgh-verzeichnis.de')
    m.to = [S('ap')]
    m.subject = 'Eintragungsantrag Example Group GmbH, HRB 104872 \u2013 Aktenzeichen ZGH-2026-448172'
    iban = bank.sk_iban('1100', '000000', '2946117205')
    t = """Zentrales Gewerbe- und Handelsverzeichnis (ZGH)
Aktenzeichen: ZGH-2026-448172

Sehr geehrte Damen und Herren,

auf Grundlage der Eintragung im Handelsregister (Amtsgericht Frankfurt am Main, HRB 104872) wurden die Daten Ihres Unternehmens f\u00fcr die Ver\u00f6ffentlichung im Zentralen Gewerbe- und Handelsverzeichnis vorbereitet:

Firma: Example Group GmbH
Sitz: Mainzer Landstra\u00dfe 180, 60327 Frankfurt am Main
Gegenstand: Verwaltung und Bewirtschaftung von Immobilien

Bitte pr\u00fcfen Sie die Angaben im beigef\u00fcgten Eintragungsformular. Zur Aktivierung des Eintrags ist die Verwaltungsgeb\u00fchr von 796,40 EUR (669,24 EUR zzgl. 19 %% MwSt.) bis zum 17.11.2026 auf das im Formular genannte Konto zu \u00fcberweisen. Als Verwendungszweck geben Sie bitte das Aktenzeichen an.

Mit freundlichen Gr\u00fc\u00dfen
ZGH Eintragungsservice

Hinweis gem. \u00a7 5 UWG: Es handelt sich um ein Angebot zur Eintragung in ein privatwirtschaftliches Verzeichnis. Mit Zahlung kommt ein Vertrag \u00fcber eine Laufzeit von 36 Monaten zustande; die Geb\u00fchr wird j\u00e4hrlich berechnet.
"""
    blocks = [('h1', 'Zentrales Gewerbe- und Handelsverzeichnis'), ('small', 'ZGH \u2022 Eintragungsservice \u2022 Postfach 10 04 17 \u2022 10564 Berlin'),
              ('gap', ''), ('h2', 'EINTRAGUNGSANTRAG / ZAHLUNGSAUFFORDERUNG'), ('b', 'Aktenzeichen: ZGH-2026-448172          Datum: 03.11.2026'),
              ('p', 'Firma: Example Group GmbH\nRegistergericht: Amtsgericht Frankfurt am Main, HRB 104872\nAnschrift: Mainzer Landstra\u00dfe 180, 60327 Frankfurt am Main\nBranche: Verwaltung und Bewirtschaftung von Immobilien'),
              ('gap', ''), ('b', 'Verwaltungsgeb\u00fchr (netto): 669,24 EUR'), ('b', 'MwSt. 19 %: 127,16 EUR'), ('b', 'Zu zahlen bis 17.11.2026: 796,40 EUR'),
              ('p', 'Empf\u00e4nger: ZGH Verzeichnisdienste s.r.o.\nIBAN: ' + bank.fmt(iban) + '\nBIC: TATRSKBX\nVerwendungszweck: ZGH-2026-448172'),
              ('gap', ''),
              ('small', 'Angebot zur Eintragung in das privatwirtschaftliche Verzeichnis www.zgh-verzeichnis.de. Keine Eintragung in ein amtliches Register. Durch Zahlung '
                        'wird das Angebot angenommen; Laufzeit 36 Monate, j\u00e4hrliche Berechnung, K\u00fcndigung 3 Monate vor Ablauf. Gerichtsstand Bratislava.')]
    p = pdf(m, blocks, 'Eintragungsantrag ZGH-2026-448172', creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2')
    m.root = mixed(m, mime.text(t, 'iso-8859-1', 'quoted-printable'),
                   att(m, p, 'application/pdf', 'ZGH_Eintragung_Example_Group_GmbH_448172.pdf'))


@attack(8, 'de', 'clickfix-mietbewerbung-html',
        what='A "prospective tenant" sends his rental application documents as an HTML "document folder" that asks the user to paste a verification code into Win+R.',
        why='ClickFix: the HTML attachment fakes a viewer error and instructs the user to run an encoded PowerShell command (here inert) via Win+R; '
            'pretext tailored to lettings (Selbstauskunft, SCHUFA), sent from Gmail.')
def _(m):
    m.use(Gmail(host='mail-ej1-f52.google.com', ip='209.85.218.52'))
    m.when('2026-11-09 20:41:18', 'de')
    m.frm = ('Sebastian Keller', 'sebastian.keller.ffm@gmail.com')
    m.to = [S('sales')]
    m.subject = 'Bewerbung Wohnung Schweizer Str. 58, 3. OG \u2013 Unterlagen'
    t = """Sehr geehrte Frau Hartmann,

vielen Dank f\u00fcr die Besichtigung am Samstag, die Wohnung hat uns sehr gut gefallen und wir w\u00fcrden sie gerne zum 1. Januar mieten.

Anbei wie gew\u00fcnscht meine Unterlagen (Selbstauskunft, Gehaltsnachweise der letzten drei Monate, SCHUFA-Bonit\u00e4tsCheck und Ausweiskopie) als gesch\u00fctzte Dokumentenmappe, da es sich um pers\u00f6nliche Daten handelt. Falls die Anzeige nicht sofort klappt, bitte einfach der kurzen Anleitung in der Datei folgen.

\u00dcber eine R\u00fcckmeldung w\u00fcrde ich mich sehr freuen.

Mit freundlichen Gr\u00fc\u00dfen
Sebastian Keller
0176 4419 2037
"""
    cmd = 'powershell -w h -nop -ep bypass -enc ' + ps_enc("Write-Output 'inert evaluation sample - no payload'")
    page = ("""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Dokumentenmappe - Sebastian Keller</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f4f6;margin:0}
.box{max-width:560px;margin:60px auto;background:#fff;border:1px solid #dcdfe4;border-radius:6px;padding:28px 32px}
.files{color:#555;font-size:13px;line-height:20px}
.warn{background:#fff4ce;border-left:4px solid #f2c200;padding:10px 14px;margin:18px 0;font-size:14px}
pre{background:#1e1e1e;color:#dcdcdc;padding:12px;font-size:12px;white-space:pre-wrap;word-break:break-all}
</style>
</head>
<body>
<div class="box">
<h2>Gesch\u00fctzte Dokumentenmappe (4 Dateien)</h2>
<div class="files">Selbstauskunft_Keller.pdf<br>Gehaltsnachweise_Aug-Okt_2026.pdf<br>SCHUFA-BonitaetsCheck_2026.pdf<br>Personalausweis_Kopie.pdf</div>
<div class="warn"><b>\u00dcberpr\u00fcfung erforderlich</b><br>Der Dokumentenbetrachter konnte Ihren Browser nicht verifizieren (Fehler 0x80070643). Bitte best\u00e4tigen Sie, dass Sie kein Roboter sind:</div>
<ol>
<li>Dr\u00fccken Sie gleichzeitig die <b>Windows-Taste</b> und <b>R</b>.</li>
<li>Markieren und kopieren Sie den Pr\u00fcfcode unten (Strg+C) und f\u00fcgen Sie ihn in das Fenster ein (Strg+V).</li>
<li>Dr\u00fccken Sie <b>Enter</b>. Die Dokumente werden danach automatisch ge\u00f6ffnet.</li>
</ol>
<pre>%s   # Verifizierungs-ID 48812</pre>
<p style="font-size:11px;color:#888">Gesch\u00fctzt durch Cloudflare \u2022 Ray-ID 8e4f1c2a9b7d3e11</p>
</div>
</body>
</html>
""" % cmd).encode('utf-8')
    h = H.gmail(t)
    m.root = mixed(m, alt(m, mime.text(t, 'utf-8', 'quoted-printable', case='UTF-8'), mime.text(h, 'utf-8', 'quoted-printable', 'html', case='UTF-8')),
                   att(m, page, 'text/html', 'Unterlagen_Keller_Wohnung_Schweizer_Str.html', charset='utf-8'))

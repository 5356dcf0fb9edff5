"""German genuine business messages (01-08)."""
from common import *  # noqa
from banking import de_iban, no_iban, spaced
from providers import ionos_outlook, cleverreach, GMX, M365
from routes import ExchangeInternal, Gmail, apple, hop_ionos, Webmail, Sender
from util import rfcdate, ALNUM

MESSAGES = []

LIEF_OLD = de_iban('24150001', '10034567', method00=True)      # Stadtsparkasse Cuxhaven
LIEF_NEW = de_iban('29240024', '0412233400')                    # Commerzbank Bremerhaven
LIEF_SIG = """Lieferant GmbH
Neufelder Straße 21 · 27472 Cuxhaven
Tel. +49 4721 39 88-0 · Fax +49 4721 39 88-99
www.lieferant-gmbh.de
Geschäftsführer: Stefan Maier, Dr. Ulrike Maier · Amtsgericht Tostedt HRB 20 4471 · USt-IdNr. DE 117 845 290"""

# ------------------------------------------------------------------ 01 supplier invoice
inv01, tot01 = invoice_pdf('de', ['Lieferant GmbH', 'Neufelder Straße 21 · 27472 Cuxhaven', 'USt-IdNr. DE 117 845 290'],
                       ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Lunedeich 118', '27572 Bremerhaven'],
                       'RE-2026-10571', '20.10.2026', '19.11.2026',
                       [('Schaleneinlage PP schwarz 187x137x30 (Ktn. 600 St.)', 18, 'Ktn', 96.40),
                        ('MAP-Deckelfolie PET/PE antifog 400 mm x 500 m', 24, 'Rl', 148.90),
                        ('Saugeinlage 120x80 mm weiß (Ktn. 4000 St.)', 10, 'Ktn', 62.15),
                        ('Palettenpfand Europalette', 6, 'St', 12.50)],
                       19, ['Stadtsparkasse Cuxhaven', 'IBAN ' + spaced(LIEF_OLD), 'BIC BRLADE21CUX'],
                       notes=['Lieferschein LS-2026-22318 vom 16.10.2026, Ihre Bestellung 4500081927',
                              '2 % Skonto bei Zahlung bis 30.10.2026, danach 30 Tage netto.'],
                       extra=[('Kundennummer', '10 4471')], producer='Sage 100 11.0', creator='Sage 100',
                       pdfdate="20261020100931+02'00'")
t01 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10571 vom 20.10.2026 zu Ihrer Bestellung 4500081927 (Lieferschein LS-2026-22318 vom 16.10.2026).

Rechnungsbetrag: {tot} EUR
Zahlungsziel: 30 Tage netto, 2 % Skonto bei Zahlung bis 30.10.2026

Die Rechnung erhalten Sie als PDF; die strukturierte E-Rechnung (XRechnung) wird wie vereinbart parallel über Ihr Eingangsportal übermittelt.

Mit freundlichen Grüßen

i. A. Buchhaltung

""".format(tot=fmt_money(tot01, 'de')) + LIEF_SIG
MESSAGES.append(dict(
    slug='lieferant-rechnung',
    frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    to=[S['ap']], subject='Rechnung RE-2026-10571 – Lieferant GmbH', date='2026-10-20 10:14:52', zone='DE',
    via=ionos_outlook('BUCHHALTUNG-PC', '87.139.44.12', hdr_cs='iso-8859-1'),
    body=mixed(alt(Text(t01, 'windows-1252', 'quoted-printable'),
                   Text(h_outlook(t01, 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
               Att('RE-2026-10571.pdf', 'application/pdf', inv01)),
    what='Regular invoice from supplier Lieferant GmbH (packaging consumables) with PDF, bank account as always at Stadtsparkasse Cuxhaven.',
    why='Genuine domain lieferant-gmbh.de via its IONOS mail account, matching PO and delivery note, usual bank details, no pressure.',
    hardneg=['lieferant-bankwechsel-lookalike'], hardneg_note='same supplier and topic (open items), but genuine domain and unchanged account',
))

# ------------------------------------------------------------------ 02 genuine bank change
t02 = """Sehr geehrte Frau Weiß,
sehr geehrter Herr Jansen,

wie am Freitag mit Herrn Jansen telefonisch vorbesprochen, wechseln wir zum Jahreswechsel unsere Hausbank. Ab dem 01.01.2027 lautet unsere Bankverbindung:

Commerzbank AG, Filiale Bremerhaven
IBAN: {new}
BIC: COBADEFFXXX

Bis einschließlich 31.12.2026 bleibt die bisherige Verbindung bei der Stadtsparkasse Cuxhaven (IBAN {old}) unverändert gültig; Zahlungen dorthin werden auch danach noch bis Ende März 2027 weitergeleitet.

Das unterschriebene Schreiben unserer Geschäftsführung hängt an, das Original geht Ihnen heute zusätzlich per Post zu. Bitte bestätigen Sie die Änderung wie bei Ihnen üblich durch einen Rückruf unter unserer Zentrale (04721 39 88-0) – Ihr Formular „Lieferantenstammdaten“ habe ich ausgefüllt beigelegt.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Stefan Maier
Geschäftsführer

""".format(new=spaced(LIEF_NEW), old=spaced(LIEF_OLD)) + LIEF_SIG
letter02 = letter_pdf([
    ('b', 'Lieferant GmbH'), ('s', 'Neufelder Straße 21 · 27472 Cuxhaven · Tel. +49 4721 39 88-0'), '',
    'Example Group GmbH', 'Kreditorenbuchhaltung / Einkauf', 'Am Lunedeich 118', '27572 Bremerhaven', '',
    ('r', 'Cuxhaven, 02.11.2026'), '',
    ('b', 'Änderung unserer Bankverbindung zum 01.01.2027'), '',
    'Sehr geehrte Damen und Herren,', '',
    'zum Jahreswechsel verlegen wir unsere Hausbankverbindung. Ab dem 01.01.2027 bitten wir um Zahlung auf:', '',
    'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Commerzbank AG, Filiale Bremerhaven',
    'IBAN: ' + spaced(LIEF_NEW), 'BIC: COBADEFFXXX', '',
    'Bis zum 31.12.2026 gilt unverändert unsere bisherige Verbindung:',
    'Stadtsparkasse Cuxhaven, IBAN ' + spaced(LIEF_OLD) + ', BIC BRLADE21CUX', '',
    'Zur Bestätigung erreichen Sie uns unter der Ihnen bekannten Rufnummer 04721 39 88-0.',
    'Das Original dieses Schreibens erhalten Sie zusätzlich per Post.', '',
    'Mit freundlichen Grüßen', '', 'Stefan Maier                                   Dr. Ulrike Maier',
    'Geschäftsführer                                Geschäftsführerin',
], 'Änderung Bankverbindung Lieferant GmbH', 'Stefan Maier', pdfdate="20261102091507+01'00'")
form02 = letter_pdf([
    ('b', 'Example Group GmbH – Formular Lieferantenstammdaten (Änderung)'), '',
    ('t', [(0, 'Lieferant'), (160, 'Lieferant GmbH, Kreditor 70 4471')]),
    ('t', [(0, 'Änderung'), (160, 'Bankverbindung ab 01.01.2027')]),
    ('t', [(0, 'IBAN neu'), (160, spaced(LIEF_NEW))]),
    ('t', [(0, 'BIC neu'), (160, 'COBADEFFXXX')]),
    ('t', [(0, 'Ansprechpartner'), (160, 'Stefan Maier, Tel. 04721 39 88-0')]),
    ('t', [(0, 'Datum / Unterschrift'), (160, '02.11.2026 / gez. S. Maier')]), '',
    ('s', 'Interner Vermerk Example Group: Rückruf durch Kreditorenbuchhaltung unter Stammdaten-Rufnummer'),
    ('s', 'und Freigabe durch zweite Person erforderlich (Richtlinie FIN-07).'),
], 'Lieferantenstammdaten', 'Stefan Maier', pdfdate="20261102091744+01'00'")
MESSAGES.append(dict(
    slug='lieferant-bankverbindung-neu-korrekt',
    frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'),
    to=[S['ap']], cc=[S['proc']],
    subject='Änderung unserer Bankverbindung zum 01.01.2027',
    date='2026-11-02 09:21:33', zone='DE',
    via=ionos_outlook('GF-NB02', '87.139.44.12', hdr_cs='iso-8859-1'),
    body=mixed(alt(Text(t02, 'windows-1252', 'quoted-printable'),
                   Text(h_outlook(t02, 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
               Att('Schreiben_Bankverbindung_Lieferant_GmbH.pdf', 'application/pdf', letter02),
               Att('Lieferantenstammdaten_Lieferant_GmbH.pdf', 'application/pdf', form02)),
    what='Genuine bank-detail change by supplier Lieferant GmbH, announced two months ahead by the managing director, signed letter plus company master-data form, asks for the usual call-back.',
    why='Genuine domain and IONOS infrastructure as in earlier mail, previously discussed by phone, German bank in the supplier\'s region, old account stays valid, explicitly invites verification on the known number, no urgency.',
    hardneg=['lieferant-bankwechsel-lookalike'], hardneg_note='same topic (new bank account of Lieferant GmbH); genuine sender, lead time, call-back invited',
))

# ------------------------------------------------------------------ 03 CEO urgent payment (internal)
NORDKAP = no_iban('1503', '284671')
t03 = """Sabine,

Nordkap hält uns das Skrei-Kontingent für Januar (120 t, Kontrakt NK-2026-118) nur noch bis heute 16:00 Uhr norwegischer Zeit, danach geht es an den nächsten Interessenten. Bitte die Anzahlung von 30 % laut Kontrakt heute noch rausgeben:

Proforma NK-PF-26-0934, 214.560,00 EUR, davon 30 % = 64.368,00 EUR

Die Proforma hängt an und liegt auch im DMS beim Kontrakt. Bankverbindung ist die bekannte aus dem Kreditorenstamm (DNB, Tromsø) - bitte nichts ändern, Ingrid Solberg hat mir das heute früh am Telefon noch einmal so bestätigt.

Monika, bitte als Eilzahlung in SFirm anlegen, Freigabe wie immer mit zweiter Unterschrift (Sabine oder Tobias). Frank ist informiert.

Ich bin bis ca. 15 Uhr im Termin bei Frischmarkt in Dortmund, danach mobil erreichbar.

Danke!
Jürgen

--
Jürgen Hoffmann
Geschäftsführer / CEO
Example Group GmbH · Am Lunedeich 118 · 27572 Bremerhaven
Tel. +49 471 9 41 27-100 · Mobil +49 171 4 22 81 90"""
pf03, _ = invoice_pdf('en', ['Nordkap Seafood AS', 'Stakkevollvegen 45, 9010 Tromsø, Norway', 'Org.nr. 918 224 571 MVA'],
                      ['Example Group GmbH', 'Am Lunedeich 118', '27572 Bremerhaven', 'Germany'],
                      'NK-PF-26-0934', '09.11.2026', '10.11.2026',
                      [('Skrei cod H&G, fresh, 3-5 kg, Jan 2027 delivery', 70000, 'kg', 2.05),
                       ('Skrei cod loins, IQF, 4x5 kg, Jan 2027 delivery', 50000, 'kg', 1.4212)],
                      0, ['DNB Bank ASA, Tromsø', 'IBAN ' + spaced(NORDKAP), 'SWIFT DNBANOKKXXX'],
                      notes=['Contract NK-2026-118. Advance payment 30 % = EUR 64,368.00 due on confirmation.',
                             'Export from Norway, VAT 0 %. Incoterms FCA Tromsø.'],
                      title='PROFORMA INVOICE', producer='Visma Business 14', creator='Visma Business',
                      pdfdate="20261109074512+01'00'")
MESSAGES.append(dict(
    slug='ceo-dringende-anzahlung-intern',
    frm=S['ceo'], to=[S['cfo']], cc=[S['ap'], S['proc']],
    subject='Dringend heute: Anzahlung Skrei-Kontingent Nordkap (NK-2026-118)',
    date='2026-11-10 08:12:48', zone='DE',
    via=ExchangeInternal('HQ-EXCH01', 'de-DE', ws_ip='10.20.4.31'),
    headers=[('Importance', 'high'), ('X-Priority', '1')],
    body=mixed(alt(Text(t03, 'iso-8859-1', 'quoted-printable'),
                   Text(h_outlook(t03, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable', 'html')),
               Att('NK-PF-26-0934_Proforma.pdf', 'application/pdf', pf03, dates='Tue, 10 Nov 2026 07:10:02 GMT')),
    what='The CEO\'s genuine urgent request (high importance) to pay a 30 % advance for a cod quota today, sent internally through Exchange and mail-int01.',
    why='Internal route (mail-int01 + Exchange), real contract and proforma, payment to the supplier\'s existing master-data account, normal four-eyes release, AP and procurement in copy, CEO reachable by phone.',
    hardneg=['ceo-fraud-uebernahme-freemail'], hardneg_note='urgent same-day payment request from the CEO, but internal route, known beneficiary, no secrecy, controls kept',
))

# ------------------------------------------------------------------ 04 dunning with supply stop
VPW = de_iban('28020050', '1234560700')
t04 = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 12.10.2026 und der ersten Mahnung vom 26.10.2026 konnten wir bis heute keinen Zahlungseingang zu folgenden Rechnungen feststellen:

RE 26-08817 vom 28.08.2026 – 12.460,80 EUR – fällig seit 27.09.2026
RE 26-09102 vom 10.09.2026 – 9.815,40 EUR – fällig seit 10.10.2026

Offener Gesamtbetrag: 22.276,20 EUR zzgl. Mahngebühr 15,00 EUR

Wir fordern Sie auf, den Gesamtbetrag bis spätestens 13.11.2026 auf unser bekanntes Konto bei der Oldenburgischen Landesbank (IBAN {iban}) zu überweisen.

Sollte die Zahlung bis dahin nicht bei uns eingegangen sein, sehen wir uns gezwungen, Lieferungen ab dem 16.11.2026 nur noch gegen Vorkasse auszuführen und die Forderung ohne weitere Ankündigung an unser Inkassobüro zu übergeben. Bitte beachten Sie, dass dies auch die bereits disponierten EPS-Fischkisten für Ihre KW 47 betrifft.

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat oder Sie Einwände gegen die Rechnungen haben, setzen Sie sich bitte umgehend mit uns in Verbindung.

Mit freundlichen Grüßen

Jana Kröger
Forderungsmanagement
Verpackungswerk Nord GmbH
Industriestraße 40 · 26789 Leer
Tel. +49 491 9 27 55-230""".format(iban=spaced(VPW))
m04 = letter_pdf([
    ('b', 'Verpackungswerk Nord GmbH'), ('s', 'Industriestraße 40 · 26789 Leer'), '',
    'Example Group GmbH', 'Buchhaltung', 'Am Lunedeich 118', '27572 Bremerhaven', '',
    ('r', 'Leer, 05.11.2026'), ('h', '2. Mahnung'), '',
    ('t', [(0, 'Rechnung'), (100, 'Datum'), (200, 'fällig seit'), (330, 'Betrag EUR')]),
    ('t', [(0, 'RE 26-08817'), (100, '28.08.2026'), (200, '27.09.2026'), (330, '12.460,80')]),
    ('t', [(0, 'RE 26-09102'), (100, '10.09.2026'), (200, '10.10.2026'), (330, '9.815,40')]),
    ('t', [(0, 'Mahngebühr'), (330, '15,00')]),
    ('t', [(0, 'Gesamt'), (330, '22.291,20')]), '',
    'Zahlbar bis 13.11.2026. Ab 16.11.2026 Lieferung nur gegen Vorkasse.',
    'Oldenburgische Landesbank AG · IBAN ' + spaced(VPW) + ' · BIC OLBODEH2XXX',
], '2. Mahnung Kunde 20117', 'Verpackungswerk Nord GmbH', creator='SAP', producer='SAP NetWeaver 7.50',
    pdfdate="20261105103022+01'00'")
MESSAGES.append(dict(
    slug='mahnung-liefersperre-verpackung',
    frm=('Verpackungswerk Nord Forderungsmanagement', 'forderungsmanagement@verpackungswerk-nord.de'),
    to=[S['ap']], cc=[S['proc']],
    subject='2. Mahnung – Kunde 20117 – Lieferung ab 16.11.2026 nur gegen Vorkasse',
    date='2026-11-05 10:31:05', zone='DE',
    via=M365(region='EUR04', pod='VI1', prd='eurprd04', lang='de-DE', tenant='verpackungswerknord', ipnet='40.107.8'),
    body=mixed(alt(Text(t04, 'windows-1252', 'quoted-printable'),
                   Text(h_outlook(t04, 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
               Att('2_Mahnung_20117.pdf', 'application/pdf', m04, dates='Thu, 05 Nov 2026 09:30:22 GMT')),
    what='Second dunning letter from the carton supplier: 22,276.20 EUR overdue, threatens prepayment-only supply and collection agency.',
    why='Known supplier domain via its own Microsoft 365 tenant, references real earlier reminders and invoices, pays to the known account, offers to clarify disputes; harsh tone but no change of payment route.',
    hardneg=['lieferant-bankwechsel-lookalike', 'register-eintragungsofferte'],
    hardneg_note='urgent payment demand with threat, but known supplier, known account, real invoice references',
))

# ------------------------------------------------------------------ 05 sick note from private mail (iPhone via GMX)
t05 = """Hallo Frau Schäfer,

ich bin seit heute Morgen krank (Magen-Darm) und bis einschließlich Freitag krankgeschrieben. Die eAU hat meine Hausärztin an die AOK übermittelt, Sie können sie wie üblich abrufen.

Ich schreibe von meiner privaten Adresse, weil ich auf dem Handy kein Outlook habe. Herr Jansen weiß Bescheid, die Touren für morgen nach Hamburg und Hannover übernimmt Kollege Eggers, die Frachtbriefe liegen im Ordner Disposition.

Viele Grüße
Mehmet Yılmaz

Von meinem iPhone gesendet"""


def hop_gmx_smtp(c):
    return ('from smtpclient.apple ([94.134.88.201]) by mail.gmx.net (mrgmx004\r\n'
            '\t[212.227.17.190]) with ESMTPSA (Nemesis) id 1M%s-1u%s; %s' % (
                c.r('n1', 6), c.r('n2', 12), rfcdate(c.at(1), 'DE')))


MESSAGES.append(dict(
    slug='krankmeldung-private-mail',
    frm=('Mehmet Yılmaz', 'mehmet.yilmaz78@gmx.de'), to=[S['hr']], cc=[S['proc']],
    subject='Krankmeldung Mehmet Yılmaz', date='2026-11-17 06:48:12', zone='DE',
    via=apple(('mout.gmx.net', 'mout.gmx.net', '212.227.15.18'), [hop_gmx_smtp], mailer='iPhone Mail (23B85)'),
    body=Text(t05, 'utf-8', 'quoted-printable'),
    what='Dispatcher reports sick leave to HR from his private GMX address on his iPhone.',
    why='Plain notice, no request for money, data or links; refers to the eAU procedure, names colleagues and handover details; GMX submission from a German consumer IP.',
    hardneg=['ceo-fraud-uebernahme-freemail'], hardneg_note='staff member writing from private free-mail, but no request for action beyond HR routine',
))

# ------------------------------------------------------------------ 06 newsletter (CleverReach)
t06 = """Fischwirtschaft aktuell – Ausgabe 44/2026

Wenn diese E-Mail nicht richtig angezeigt wird: https://fischwirtschaft-aktuell.de/nl/2026-44

THEMEN DIESER WOCHE

1. Ostsee-Hering 2027: Rat beschließt erneute Kürzung der Fangmengen
Die Fischereiminister haben sich auf die Quoten für 2027 geeinigt. Für den westlichen Hering bleibt es bei der Beifangquote; Verarbeiter rechnen mit weiter steigenden Rohwarenpreisen aus Norwegen.

2. Skrei-Saison: Exporteure erwarten stabile Mengen
Norwegische Exporteure rechnen für Januar bis April mit Mengen auf Vorjahresniveau. Die Preise für H&G-Ware liegen derzeit rund 6 % über dem Vorjahr.

3. CATCH-Pflicht: Erfahrungen nach zehn Monaten
Seit Januar 2026 müssen Fangbescheinigungen für Einfuhren in die EU im IT-System CATCH erfasst werden. Zollagenturen berichten von kürzeren Prüfzeiten, aber weiterhin Problemen bei Umladungen.

4. Termine
fish international, Bremen – Messe im Februar 2028 (Planungsstand)
Seafood Expo Global, Barcelona – 20. bis 22. April 2027

Alle Artikel: https://fischwirtschaft-aktuell.de/news

Sie erhalten diesen Newsletter, weil Sie sich mit der Adresse frank.jansen@example.com angemeldet haben.
Abmelden: https://fischwirtschaft-aktuell.de/nl/abmelden?e=frank.jansen%40example.com
Fischwirtschaft aktuell · Fachverlag Küste GmbH · Columbusstraße 2 · 27568 Bremerhaven · Impressum: https://fischwirtschaft-aktuell.de/impressum"""
h06 = h_notice('UTF-8', 'Fischwirtschaft aktuell – Ausgabe 44/2026', [
    '<b>1. Ostsee-Hering 2027: Rat beschließt erneute Kürzung der Fangmengen</b><br>Die Fischereiminister haben sich auf die Quoten für 2027 geeinigt. Für den westlichen Hering bleibt es bei der Beifangquote; Verarbeiter rechnen mit weiter steigenden Rohwarenpreisen aus Norwegen.',
    '<b>2. Skrei-Saison: Exporteure erwarten stabile Mengen</b><br>Norwegische Exporteure rechnen für Januar bis April mit Mengen auf Vorjahresniveau. Die Preise für H&amp;G-Ware liegen derzeit rund 6 % über dem Vorjahr.',
    '<b>3. CATCH-Pflicht: Erfahrungen nach zehn Monaten</b><br>Seit Januar 2026 müssen Fangbescheinigungen für Einfuhren in die EU im IT-System CATCH erfasst werden. Zollagenturen berichten von kürzeren Prüfzeiten, aber weiterhin Problemen bei Umladungen.',
    '<b>4. Termine</b><br>fish international, Bremen – Februar 2028 (Planungsstand)<br>Seafood Expo Global, Barcelona – 20. bis 22. April 2027'],
    button=('Alle Artikel lesen', 'https://fischwirtschaft-aktuell.de/news?utm_source=newsletter&utm_medium=email&utm_campaign=nl-2026-44'),
    color='#0a4f7a', brand='Fischwirtschaft aktuell', lang='de',
    footer='Sie erhalten diesen Newsletter, weil Sie sich mit der Adresse frank.jansen@example.com angemeldet haben.<br>'
           '<a href="https://fischwirtschaft-aktuell.de/nl/abmelden?e=frank.jansen%40example.com">Abmelden</a> · '
           'Fischwirtschaft aktuell · Fachverlag Küste GmbH · Columbusstraße 2 · 27568 Bremerhaven')
MESSAGES.append(dict(
    slug='newsletter-fischwirtschaft',
    frm=('Fischwirtschaft aktuell', 'newsletter@fischwirtschaft-aktuell.de'),
    to=[S['proc']], subject='Ostsee-Hering 2027, Skrei-Prognose, ein Jahr CATCH – Ausgabe 44/2026',
    date='2026-10-29 07:00:12', zone='DE',
    via=cleverreach(),
    headers=[('List-Unsubscribe', '<https://fischwirtschaft-aktuell.de/nl/abmelden?e=frank.jansen%40example.com&c=44>, '
                                  '<mailto:unsubscribe-44-1187@crsend.com>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('Precedence', 'bulk')],
    body=alt(Text(t06, 'UTF-8', 'quoted-printable'), Text(h06, 'UTF-8', 'quoted-printable', 'html')),
    what='Subscribed weekly trade newsletter (German fish industry) sent through CleverReach.',
    why='Opt-in newsletter with List-Unsubscribe/One-Click, consistent publisher domain and links, informational content only.',
))

# ------------------------------------------------------------------ 07 customs broker clearance
t07 = """Guten Tag Herr Yılmaz,

die Sendung MSKU 742118-3 (Kabeljaufilets gefroren, 21.600 kg, Ex Tromsø) ist heute um 11:40 Uhr freigegeben worden:

- GGED-P (CHED-P) DE.BHV.2026.0448713: Dokumenten-, Nämlichkeits- und Warenkontrolle ohne Beanstandung
- Fangbescheinigung NO-CATCH-2026-0418836: im System CATCH geprüft und angenommen (Validierung Flaggenstaat liegt vor)
- Zollanmeldung ATLAS, MRN 26DE480000447183J5: überlassen

Den Einfuhrabgabenbescheid finden Sie in der Anlage; die Abgaben (Zollsatz 0 % im Rahmen des Zollkontingents 09.2761, EUSt 7 %) werden wie gewohnt über unser Aufschubkonto abgerechnet.

Die Abholung kann ab morgen 06:00 Uhr über CTB erfolgen, die PIN hat Ihre Spedition.

Mit freundlichen Grüßen

Holger Brinkmann
Zollabfertigung
Weser Zollagentur GmbH
Barkhausenstraße 4 · 27568 Bremerhaven
Tel. +49 471 3 08 44-12"""
b07 = letter_pdf([
    ('b', 'Weser Zollagentur GmbH – Abfertigungsbeleg'), '',
    ('t', [(0, 'Empfänger'), (150, 'Example Group GmbH, Am Lunedeich 118, 27572 Bremerhaven')]),
    ('t', [(0, 'Container'), (150, 'MSKU 742118-3')]),
    ('t', [(0, 'Ware'), (150, '0304 71 90 Kabeljaufilets, gefroren, 21.600 kg netto')]),
    ('t', [(0, 'Ursprung'), (150, 'Norwegen')]),
    ('t', [(0, 'CHED-P'), (150, 'DE.BHV.2026.0448713 – konform')]),
    ('t', [(0, 'CATCH'), (150, 'NO-CATCH-2026-0418836 – angenommen')]),
    ('t', [(0, 'Zollwert'), (150, '98.420,00 EUR')]),
    ('t', [(0, 'Zoll'), (150, '0,00 EUR (Kontingent 09.2761)')]),
    ('t', [(0, 'EUSt 7 %'), (150, '6.889,40 EUR (Aufschub)')]), '',
    ('s', 'Dieser Beleg ersetzt nicht den Steuerbescheid der Zollverwaltung.'),
], 'Abfertigungsbeleg MSKU7421183', 'Weser Zollagentur', pdfdate="20261022114902+02'00'")
MESSAGES.append(dict(
    slug='zollagentur-freigabe-catch',
    frm=('Holger Brinkmann', 'h.brinkmann@weser-zollagentur.de'), to=[S['log']], cc=[S['proc'], S['qa']],
    subject='Freigabe MSKU 742118-3 – CHED-P konform, CATCH angenommen',
    date='2026-10-22 11:52:19', zone='DE',
    via=M365(region='EUR01', pod='AM7', prd='eurprd01', lang='de-DE', tenant='weserzoll', ipnet='40.107.21'),
    body=mixed(alt(Text(t07, 'utf-8', 'quoted-printable'),
                   Text(h_outlook(t07, 'utf-8'), 'utf-8', 'quoted-printable', 'html')),
               Att('Abfertigungsbeleg_MSKU7421183.pdf', 'application/pdf', b07, dates='Thu, 22 Oct 2026 09:49:02 GMT')),
    what='Customs broker reports clearance of a cod container: CHED-P conform, catch certificate accepted in CATCH, ATLAS release; PDF clearance note.',
    why='Known customs broker on its own Microsoft 365 domain, concrete references matching the shipment, no login or link requested, no payment demanded.',
    hardneg=['ble-catch-fangbescheinigung-html'], hardneg_note='same shipment and CATCH catch-certificate topic, but genuine broker and no credential request',
))

# ------------------------------------------------------------------ 08 genuine job application (Gmail, PDF)
t08 = """Sehr geehrte Frau Schäfer,

auf Ihrer Karriereseite habe ich die Stelle als Sachbearbeiterin Einkauf (m/w/d) am Standort Bremerhaven gefunden und möchte mich hiermit bewerben.

Nach meiner Ausbildung zur Kauffrau im Groß- und Außenhandelsmanagement arbeite ich seit vier Jahren im Einkauf eines Tiefkühl-Großhändlers in Bremen. Ich betreue dort Lieferanten aus Norwegen und den Niederlanden, pflege Kontrakte in SAP S/4HANA und koordiniere Reklamationen mit der Qualitätssicherung.

Anschreiben, Lebenslauf und Zeugnisse habe ich Ihnen in einer PDF-Datei zusammengefasst. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Sarah Lindemann
Tel. 0176 48 22 19 03"""
cv08 = letter_pdf([
    ('h', 'Sarah Lindemann'), ('s', 'Wachmannstraße 88 · 28209 Bremen · 0176 48 22 19 03'), '',
    ('b', 'Bewerbung als Sachbearbeiterin Einkauf'), '',
    'Sehr geehrte Frau Schäfer,', 'hiermit bewerbe ich mich um die ausgeschriebene Position im Einkauf ...', '',
    ('b', 'Lebenslauf'),
    ('t', [(0, 'seit 09/2022'), (110, 'Einkäuferin, TK-Großhandel Nordwest GmbH, Bremen')]),
    ('t', [(0, '08/2019-07/2022'), (110, 'Ausbildung Kauffrau im Groß- und Außenhandelsmanagement')]),
    ('t', [(0, '2019'), (110, 'Abitur, Gymnasium Vegesack')]), '',
    ('b', 'Kenntnisse'), 'SAP S/4HANA MM, MS Office, Englisch verhandlungssicher, Niederländisch Grundkenntnisse',
], 'Bewerbung Sarah Lindemann', 'Sarah Lindemann', creator='Microsoft Word', producer='Microsoft: Print To PDF',
    pdfdate="20261109192211+01'00'")
MESSAGES.append(dict(
    slug='bewerbung-pdf-gmail',
    frm=('Sarah Lindemann', 'sarah.lindemann.hb@gmail.com'), to=[S['hr']],
    subject='Bewerbung als Sachbearbeiterin Einkauf – Sarah Lindemann',
    date='2026-11-09 19:31:44', zone='DE',
    via=Gmail('wm1', 47),
    body=mixed(alt(Text(t08, 'UTF-8', 'quoted-printable'), Text(h_gmail(t08), 'UTF-8', 'quoted-printable', 'html')),
               Att('Bewerbung_Sarah_Lindemann.pdf', 'application/pdf', cv08)),
    what='Unsolicited-but-genuine job application by Gmail with a single PDF (cover letter and CV).',
    why='Plain PDF without active content, no archive or password, coherent personal details and phone number, normal Gmail infrastructure.',
    hardneg=['bewerbung-zip-passwort'], hardneg_note='same pretext (application to HR), but a plain PDF instead of an encrypted archive with executables',
))

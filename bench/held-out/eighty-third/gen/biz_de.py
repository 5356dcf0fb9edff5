"""German genuine business messages (8)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, related, attachment, inline_image, Part
from people import S, BANK, TAXID

LBL = dict(pos='Pos.', desc='Bezeichnung', qty='Menge', unit='Einzelpreis', amount='Betrag', net='Nettobetrag',
           vat='zzgl. 19 % USt.', total='Rechnungsbetrag')
LIEF_HEAD = ['Lieferant GmbH', 'Reifen · Räder · Verschleißteile · Reifenservice  |  Am Sandbach 12 · 40878 Ratingen · Tel. 02102 4471-0']
LIEF_FOOT = ['Lieferant GmbH · Sitz Ratingen · Amtsgericht Düsseldorf HRB 61844 · Geschäftsführer: Klaus Berger, Dr. Ute Sander',
             'USt-IdNr. %s · Landesbank Hessen-Thüringen · IBAN %s · BIC WELADEDDXXX' % (TAXID['lieferant'], B.fmt_iban(BANK['lieferant_old']))]


def b01():
    items = [('Radwechsel Pkw inkl. Wuchten, Saison Winter 2026', 46, '38.50'),
             ('Räder-Einlagerung Saison 2026/27 (Satz à 4 Räder)', 46, '29.90'),
             ('RDKS-Ventilservice inkl. Sensor-Anlernen', 22, '14.90'),
             ('Altreifenentsorgung', 16, '4.20'),
             ('Winterreifen 205/55 R16 91H (Ersatz)', 4, '136.15')]
    total_hint = None
    qr_payload = None
    # two passes: compute total for the GiroCode (EPC QR)
    data, tot = C.invoice_pdf(LIEF_HEAD, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Speditionstraße 21', '40221 Düsseldorf'],
                              [((56, 'Rechnung Nr. RE-2026-10412'), (330, 'Rechnungsdatum: 07.10.2026')),
                               ((56, 'Kunden-Nr. 40417'), (330, 'Leistungszeitraum: 21.09.–02.10.2026')),
                               ((56, 'Ihre Bestellung: EG-PO-2026-3318'), (330, 'Standort: Station Düsseldorf Flughafen'))],
                              'Rechnung', items, 19, LBL, [], meta={})
    qr_payload = 'BCD\n002\n1\nSCT\nWELADEDDXXX\nLieferant GmbH\n%s\nEUR%s\n\n\nRE-2026-10412 Kd-Nr 40417' % (BANK['lieferant_old'], tot['total'])
    pay = ['Zahlbar innerhalb von 30 Tagen ohne Abzug (bis 06.11.2026) auf das unten genannte Konto.',
           'Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.',
           'Zahlen mit Code: Scannen Sie den GiroCode rechts mit Ihrer Banking-App.']
    data, tot = C.invoice_pdf(LIEF_HEAD, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Speditionstraße 21', '40221 Düsseldorf'],
                              [((56, 'Rechnung Nr. RE-2026-10412'), (330, 'Rechnungsdatum: 07.10.2026')),
                               ((56, 'Kunden-Nr. 40417'), (330, 'Leistungszeitraum: 21.09.–02.10.2026')),
                               ((56, 'Ihre Bestellung: EG-PO-2026-3318'), (330, 'Standort: Station Düsseldorf Flughafen'))],
                              'Rechnung', items, 19, LBL, pay,
                              meta=dict(title='Rechnung RE-2026-10412', author='Lieferant GmbH', creator='Sage 100 9.0',
                                        producer='PDFlib 9.3.1 (Win64)', date="D:20261007154410+02'00'"),
                              footer=LIEF_FOOT, qr_text=qr_payload)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10412 vom 07.10.2026 über den Radwechsel und die Einlagerung der Winterräder an der Station Düsseldorf Flughafen (Ihre Bestellung EG-PO-2026-3318).

Rechnungsbetrag: %s EUR, zahlbar bis 06.11.2026.

Eine zusätzliche Übermittlung im Format ZUGFeRD/XRechnung erfolgt wie vereinbart über Ihr Rechnungseingangsportal.

Mit freundlichen Grüßen

Ihre Buchhaltung
Lieferant GmbH
Am Sandbach 12 · 40878 Ratingen
Tel. +49 2102 4471-0 · rechnungen@lieferant-gmbh.de""" % C.money(tot['total'])
    body = mixed(plain(text, 'iso-8859-15', 'quoted-printable'),
                 attachment('application/pdf', 'RE-2026-10412.pdf', data, fname_style='2047'))
    m = Msg('lieferant-rechnung-radwechsel', ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [S('ap')],
            'Rechnung RE-2026-10412 - Lieferant GmbH', (2026, 10, 7, 15, 46, 2), body, I.ionos,
            infra_kw=dict(pc_name='BUHA-PC02', client_ip='87.139.41.205'),
            what='Supplier invoice from Lieferant GmbH (tyre change and storage, 46 cars) with PDF incl. GiroCode (EPC QR).',
            why='Genuine supplier domain and its usual IONOS/Outlook infrastructure; invoice matches a PO and the known bank account '
                '(also in the EPC payment QR); no pressure.')
    m.qr_texts = [qr_payload]
    return m


def b02():
    new = BANK['lieferant_new']
    text = """Sehr geehrter Herr Weißenfels,

wie bereits im Jahresgespräch mit Herrn Görtz angekündigt, stellen wir zum Jahreswechsel unseren Zahlungsverkehr auf die Stadtsparkasse Düsseldorf um.

Neue Bankverbindung ab 01.01.2027:
Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: DUSSDEDDXXX (Stadtsparkasse Düsseldorf)

Wichtig: Bereits gestellte und bis zum 31.12.2026 datierte Rechnungen zahlen Sie bitte wie gewohnt auf unser bisheriges Konto bei der Helaba. Das bisherige Konto bleibt bis mindestens 31.03.2027 bestehen, Fehlüberweisungen gehen also nicht verloren. Ab Januar steht die neue Verbindung auf allen Rechnungen und im GiroCode.

Das von beiden Geschäftsführern unterzeichnete Schreiben liegt bei; das Original geht Ihnen zusätzlich per Post zu. Bitte verifizieren Sie die Änderung wie bei Ihnen üblich telefonisch über die in Ihren Stammdaten hinterlegte Rufnummer – gern direkt bei mir oder über unsere Zentrale 02102 4471-0. Wir werden Sie niemals per E-Mail bitten, offene Rechnungen auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management Flotten
Lieferant GmbH
Am Sandbach 12 · 40878 Ratingen
Tel. +49 2102 4471-31 · Mobil +49 171 5520 417""" % B.fmt_iban(new)
    pdfdata = C.pdf_doc(
        LIEF_HEAD,
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Speditionstraße 21', '40221 Düsseldorf', '',
         ('Ratingen, 13.11.2026', {'x': 420}), '',
         ('Änderung unserer Bankverbindung zum 01.01.2027', {'bold': True, 'size': 12}), '',
         'Sehr geehrte Damen und Herren,', '',
         'zum 01.01.2027 wickeln wir unseren Zahlungsverkehr über die Stadtsparkasse Düsseldorf ab:', '',
         ('IBAN %s  ·  BIC DUSSDEDDXXX' % B.fmt_iban(new), {'bold': True}), '',
         'Rechnungen mit Rechnungsdatum bis 31.12.2026 begleichen Sie bitte weiterhin auf unser Konto bei der',
         'Landesbank Hessen-Thüringen (IBAN %s). Dieses Konto bleibt bis mindestens 31.03.2027 bestehen.' % B.fmt_iban(BANK['lieferant_old']), '',
         'Bitte bestätigen Sie die Änderung durch einen Rückruf unter der Ihnen bekannten Rufnummer.', '',
         'Mit freundlichen Grüßen', '', 'gez. Klaus Berger                    gez. Dr. Ute Sander', 'Geschäftsführer                      Geschäftsführerin'],
        meta=dict(title='Änderung Bankverbindung', author='Stefan Maier', creator='Microsoft® Word 2021',
                  producer='Microsoft® Word 2021', date="D:20261113101502+01'00'"),
        footer=LIEF_FOOT)
    body = mixed(C.outlook_alt(text, 'windows-1252'),
                 attachment('application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf', pdfdata, fname_style='2047'))
    return Msg('lieferant-bankwechsel-angekuendigt', ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [S('ap')],
               'Neue Bankverbindung der Lieferant GmbH ab 01.01.2027', (2026, 11, 16, 11, 3, 22), body, I.ionos,
               cc=[S('proc')], infra_kw=dict(pc_name='LG-VERTRIEB-07', client_ip='87.139.41.205'),
               what='Properly announced bank-detail change by the real supplier: new Sparkasse account from 1 Jan 2027, signed letter, call-back requested.',
               why='Genuine lieferant-gmbh.de via its usual IONOS/Outlook path; German bank, long lead time, old account stays open, explicitly asks '
                   'for call-back verification via known numbers and says they will never redirect open invoices by e-mail.',
               hard_neg=[('lieferant-lookalike-bankwechsel', 'supplier bank-detail change (same supplier)'),
                         ('partner-logistik-lookalike-konto', 'supplier bank-detail change'),
                         ('aigaio-lookalike-iban-change', 'carrier bank-detail change')])


def b03():
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 06.10.2026 konnten wir für die folgende Rechnung noch keinen Zahlungseingang feststellen:

RE-2026-09877 vom 01.09.2026 – Sommer-/Winterräder Neuzulassungen Station Köln – 7.412,60 EUR – fällig seit 01.10.2026

Bitte überweisen Sie den offenen Betrag bis spätestens 27.10.2026 auf unser bekanntes Konto bei der Helaba (IBAN %s).

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, ab dem 28.10.2026 weitere Lieferungen und die bereits terminierten Umrüstungen an Ihren Stationen bis zum Ausgleich auszusetzen (Liefersperre). Wir würden das angesichts der laufenden Wintersaison sehr bedauern.

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zur Rechnung erreichen Sie mich unter 02102 4471-19.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung / Mahnwesen
Lieferant GmbH""" % B.fmt_iban(BANK['lieferant_old'])
    body = C.outlook_alt(text, 'windows-1252', 'quoted-printable')
    return Msg('lieferant-mahnung-liefersperre', ('Petra Lang', 'p.lang@lieferant-gmbh.de'), [S('ap')],
               '2. Mahnung RE-2026-09877 – Liefersperre ab 28.10.2026', (2026, 10, 21, 9, 15, 40), body, I.ionos,
               cc=[S('proc')], infra_kw=dict(pc_name='LG-BUHA-03', client_ip='87.139.41.205'),
               what='Urgent second reminder from the real supplier threatening a supply stop during the winter season.',
               why='Genuine domain and infrastructure; real overdue invoice; payment to the known account; phone number for questions; '
                   'pressure is commercial, not secretive.',
               hard_neg=[('register-offertenrechnung', 'urgent payment demand with deadline'),
                         ('lieferant-lookalike-bankwechsel', 'same supplier, payment of open invoices')])


def b04():
    text = """Claudia,

Autohaus Rheinland hat uns die 40 Ford Transit Custom aus dem Dezember-Produktionsslot zugesagt – allerdings nur, wenn die Anzahlung von 20 % (318.400,00 € brutto) bis Freitag bei ihnen eingeht. Sonst gehen die Fahrzeuge an einen anderen Vermieter, und wir hätten für die Frühjahrssaison zu wenige Transporter.

Der Vertrag ist von Florian Görtz verhandelt und liegt im Vertragsmanagement (VM-2026-0912), die Anzahlungsrechnung kommt heute über den normalen Rechnungseingang an die Kreditorenbuchhaltung. Bitte prüft das mit Priorität und gebt die Zahlung im SAP-Workflow wie üblich im Vier-Augen-Prinzip frei; die Bankverbindung ist die bekannte aus den Stammdaten.

Ich bin morgen bis 14 Uhr im Aufsichtsrat, danach telefonisch erreichbar.

Danke!
Matthias

Dr. Matthias Brückner
Vorsitzender der Geschäftsführung
Example Group GmbH · Speditionstraße 21 · 40221 Düsseldorf"""
    body = C.outlook_alt(text, 'utf-8', 'base64')
    return Msg('ceo-dringende-anzahlung-intern', S('ceo'), [S('cfo')], 'Dringend: Anzahlung Autohaus Rheinland – 40 Transporter bis Freitag',
               (2026, 11, 25, 18, 22, 40), body, I.internal_exchange, cc=[S('treas'), S('proc')],
               infra_kw=dict(mailbox_srv='EXCH02', client_ip='10.30.4.21'),
               what='The real CEO asks the CFO, internally, to prioritise a large down payment to a known dealer before Friday.',
               why='Internal Exchange -> mail-int01 path; urgency but through the normal process (contract reference, invoice via AP intake, '
                   'SAP four-eyes release, master-data bank account), treasury and procurement in CC, phone available.',
               hard_neg=[('ceo-fraud-projekt-weichsel', 'urgent CEO payment request to the CFO'),
                         ('fake-lawyer-escrow', 'large urgent payment')])


def b05():
    text = """Hallo Jörg,

ich liege seit heute Nacht mit Fieber flach und war eben beim Arzt – ich bin bis einschließlich Freitag krankgeschrieben. Die eAU hat die Praxis an die Krankenkasse übermittelt, Frau Müller-Özdemir kann sie also abrufen (ich setze sie in CC).

Mein Laptop liegt im Büro, deshalb schreibe ich von meiner privaten Adresse.

Offene Punkte:
- Der Zahlungslauf am Donnerstag ist vorbereitet, die Vorschlagsliste liegt im Teams-Kanal "Kreditoren". Die Freigabe müsstest du bzw. Sebastian übernehmen.
- Die Rückfrage von Ferretti zu den Oktober-Rechnungen habe ich noch nicht beantwortet.

Liebe Grüße
Nadine"""
    body = plain(text, 'UTF-8', 'quoted-printable')
    body.qcs = True
    return Msg('krankmeldung-private-gmx', ('Nadine Schäfer', 'nadine.schaefer84@gmx.de'), [S('ap')], 'Krankmeldung bis Freitag',
               (2026, 11, 3, 7, 12, 44), body, I.gmx, cc=[S('hr')], infra_kw=dict(provider='gmx', client_ip='84.152.41.77'),
               hcs='UTF-8',
               what='Colleague reports sick from her private GMX address because her laptop is in the office.',
               why='Plausible, consistent personal message (eAU via health insurer, handover of tasks) to her own manager and HR; asks for nothing '
                   'sensitive; no payment or bank data; sent from a German residential IP via GMX webmail.',
               hard_neg=[('payroll-diversion-webde', 'employee writing to HR from private free-mail')])


def b06():
    env = 'a3f0c2d4-7b18-4e59-9c61-2d84e0b7f513'
    acct = '6e1b9d27-40c3-4a8e-b5f2-91c07d3e8a44'
    er = 'c5d2e8a1-3f70-4b96-8e14-7a0b2c9d6f31'
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = env.replace('-', '').upper() + '2'
    paras = ['Bernd Kaiser hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.',
             '**Bernd Kaiser**  \nb.kaiser@autohaus-rheinland.de',
             'Guten Tag Frau Schröder, anbei der Rahmenvertrag zur Fahrzeugrücknahme 2027 in der mit Ihnen abgestimmten Fassung vom 03.11. '
             'Bitte an den markierten Stellen unterzeichnen. Viele Grüße, Bernd Kaiser',
             'Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den '
             'Zugangscode nicht an andere Personen weiter.',
             'Alternative Signaturmethode: Besuchen Sie Docusign.com, klicken Sie auf "Zugang zu Dokumenten" und geben Sie den Sicherheitscode ein: %s' % code,
             'Fragen zum Dokument? Wenn Sie das Dokument ändern müssen oder Fragen dazu haben, wenden Sie sich direkt an den Absender.']
    paras[1] = '**Bernd Kaiser** – b.kaiser@autohaus-rheinland.de'
    body = C.brand_alt('Bitte prüfen und unterzeichnen Sie dieses Dokument', 'Docusign', '#4c00ff', paras,
                       button=('DOKUMENT PRÜFEN', url), footer='Über Docusign: Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. '
                       'Es ist sicher. Dieser Nachrichtendienst wird von Docusign Inc. bereitgestellt.',
                       charset='utf-8', cte='quoted-printable')
    return Msg('docusign-rahmenvertrag-echt', ('Bernd Kaiser via Docusign', 'dse@eumail.docusign.net'), [S('sales')],
               'Bitte mit Docusign unterzeichnen: Rahmenvertrag Fahrzeugrücknahme 2027 – Example Group', (2026, 11, 5, 8, 40, 15), body,
               I.docusign_eu, reply_to=('Bernd Kaiser', 'b.kaiser@autohaus-rheinland.de'), zone='UTC', hcs='utf-8', henc='Q',
               extra=[('X-DocuSign-Envelope-ID', env.upper())] if False else [],
               what='Genuine DocuSign (EU) envelope from the dealer Autohaus Rheinland for a vehicle buy-back framework contract.',
               why='Sent from DocuSign\'s EU infrastructure (eumail.docusign.net), link to eu.docusign.net with envelope parameters, security code, '
                   'Reply-To the known dealer contact; expected document (agreed version of 03.11); no attachment.',
               hard_neg=[('docusign-html-anhang', 'DocuSign envelope from the same dealer')])


def b07():
    text = """Sehr geehrte Damen und Herren,

mit dem Kraftfahrzeug mit dem amtlichen Kennzeichen D-EG 2291, dessen Halterin Sie sind, wurde am 02.11.2026 um 14:07 Uhr in Köln, Innere Kanalstraße / Venloer Straße, folgende Verkehrsordnungswidrigkeit begangen:

Sie missachteten das Rotlicht der Lichtzeichenanlage. Die Rotphase dauerte bereits länger als 1 Sekunde.

Da es sich nach unseren Unterlagen um ein Mietfahrzeug handelt, werden Sie als Zeugin um Mitteilung der Personalien des Fahrzeugführers / der Fahrzeugführerin zum Tatzeitpunkt gebeten (Name, Vorname, Geburtsdatum, Anschrift). Bitte verwenden Sie hierfür den beigefügten Zeugenfragebogen oder das Online-Formular der Stadt Köln unter https://www.stadt-koeln.de/service/onlinedienste/zeugenfragebogen unter Angabe des Aktenzeichens.

Von Ihnen ist keine Zahlung zu leisten.

Diese Nachricht erhalten Sie elektronisch auf Grund der mit Ihnen getroffenen Vereinbarung zur elektronischen Übermittlung von Zeugenfragebögen (Großkundenverfahren Autovermietung). Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Im Auftrag
Stadt Köln - Der Oberbürgermeister
Amt für öffentliche Ordnung, Bußgeldstelle
Aktenzeichen: 5721.2026.0418836"""
    pdfdata = C.pdf_doc(['Stadt Köln', 'Der Oberbürgermeister · Amt für öffentliche Ordnung · Bußgeldstelle · 50605 Köln'],
                        ['Example Group GmbH', 'Fuhrparkmanagement / Herr Lehmann', 'Speditionstraße 21', '40221 Düsseldorf', '',
                         C.cols((56, 'Aktenzeichen: 5721.2026.0418836'), (360, 'Datum: 10.11.2026')), '',
                         ('Zeugenfragebogen im Verfahren wegen einer Verkehrsordnungswidrigkeit', {'bold': True, 'size': 12}), '',
                         'Tatzeit: 02.11.2026, 14:07 Uhr', 'Tatort: Köln, Innere Kanalstraße / Venloer Straße',
                         'Kennzeichen: D-EG 2291 (Mietfahrzeug)', 'Vorwurf: Rotlichtverstoß, Rotphase länger als 1 Sekunde (§ 37 StVO)', '',
                         'Angaben zur Person, die das Fahrzeug zur Tatzeit geführt hat:', '',
                         'Name, Vorname: ______________________________________', 'Geburtsdatum: ______________________________________',
                         'Anschrift: ______________________________________', '', 'Ort, Datum, Unterschrift: ______________________________',
                         '', 'Rücksendung per Post, Fax 0221 221-27110 oder online unter Angabe des Aktenzeichens.'],
                        meta=dict(title='Zeugenfragebogen 5721.2026.0418836', creator='OWi21', producer='OWi21 Druckmodul', date="D:20261110081102+01'00'"))
    body = mixed(plain(text, 'iso-8859-1', '8bit'), attachment('application/pdf', 'Zeugenfragebogen_5721.2026.0418836.pdf', pdfdata))
    return Msg('zeugenfragebogen-stadt-koeln', ('Stadt Köln - Bußgeldstelle', 'bussgeldstelle@stadt-koeln.de'), [S('fleet')],
               'Zeugenfragebogen - Az. 5721.2026.0418836 - Kennzeichen D-EG 2291', (2026, 11, 10, 8, 12, 5), body, I.corp_gateway,
               infra_kw=dict(out_host='mailout2.stadt-koeln.de', out_ip='195.10.221.42', inner_host='owi-app02.verw.stadt-koeln.de',
                             inner_ip='10.48.12.31', mailer='OWi21 Mailversand 5.2'),
               hcs='iso-8859-1', henc='Q',
               what='Genuine witness questionnaire from the City of Cologne fines office asking the rental company to name the driver.',
               why='Genuine stadt-koeln.de via the city\'s own gateway; PDF form only; explains the agreed electronic procedure for rental companies; '
                   'no payment requested; link to the city\'s own site.',
               hard_neg=[('bussgeld-anhoerung-zip-lnk', 'traffic-offence driver identification for a rental car')])


def b08():
    png = C.qr_png('https://aka.ms/mfasetup', scale=5)
    text = """Liebe Kolleginnen und Kollegen,

ab dem 13.11.2026 verwendet Microsoft Authenticator für alle Example-Group-Konten den Zahlenabgleich (Number Matching). Wer die App noch auf einem alten Telefon nutzt oder seit dem Gerätewechsel keine Anmeldemethode mehr eingerichtet hat, richtet sie bitte bis dahin neu ein.

So geht's: Am Arbeitsplatz https://aka.ms/mfasetup aufrufen (oder den QR-Code unten mit dem Diensthandy scannen), mit dem gewohnten Konto anmelden und den Anweisungen folgen. Eine Anleitung mit Screenshots finden Sie im Intranet unter IT > Anleitungen > MFA.

Bitte beachten Sie: Wir schicken Ihnen niemals Anleitungen mit QR-Codes als PDF-Anhang, drohen nicht mit Kontosperrungen und fragen nie nach Ihrem Kennwort. Melden Sie verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook.

Bei Fragen erreichen Sie den IT-Servicedesk unter Durchwahl 4444.

Viele Grüße
Lukas Brandt
IT-Sicherheit
Example Group GmbH"""
    htmltext = C.outlook_html(text, 'iso-8859-1').replace(
        '<p class=MsoNormal>Bitte beachten Sie:',
        '<p class=MsoNormal><img width=150 height=150 src="cid:image001.png@01DC6A1F.3B2E4C10" alt="QR-Code aka.ms/mfasetup"><o:p></o:p></p>'
        '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Bitte beachten Sie:')
    img = inline_image(png, 'image001.png@01DC6A1F.3B2E4C10', 'image001.png')
    body = related(alt(plain(text, 'iso-8859-1', 'quoted-printable'), html(htmltext, 'iso-8859-1', 'quoted-printable')), img)
    m = Msg('it-hinweis-authenticator-qr', S('sec'), [('Alle Mitarbeitenden Deutschland', 'alle-de@example.com')],
            'IT-Hinweis: Microsoft Authenticator – Zahlenabgleich ab 13.11.2026', (2026, 10, 28, 10, 0, 5), body, I.internal_exchange,
            rcpt=S('hr')[1], infra_kw=dict(mailbox_srv='EXCH01', client_ip='10.30.2.44'),
            what='Internal IT notice about Microsoft Authenticator number matching, with a QR code to aka.ms/mfasetup.',
            why='Internal Exchange -> mail-int01; sent by the real IT security admin to the staff list; QR code points to Microsoft\'s genuine '
                'aka.ms/mfasetup; explicitly warns against QR-in-PDF lures and password requests.',
            hard_neg=[('quishing-mfa-pdf-qr', 'MFA re-registration with QR code'), ('quishing-nomina-adenda-qr', 'QR code in mail')])
    m.qr_texts = ['https://aka.ms/mfasetup']
    return m


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]

"""business/ 01-08 (German)."""
from lib import docs, ids, mime, ooxml, png, profiles as P, qr as qrmod, styles as ST, when, zipx
from lib.world import OWN_ACCOUNTS
from . import msg
from .common import (at, staff, cp, outlook, eg_sig_de, cid, PDF_MIME, ZIP_MIME, XLSX_MIME, KURKUMA_JANA, KURKUMA_STEFAN)
from .a_de import LF_FOOT, LF_SENDER

LF_OLD = ids.iban('DE', '29190330' + '0081547200')
LF_NEW = ids.iban('DE', '28069956' + '0081547200')


@msg('business', 1, 'de', 'lieferant-neue-bankverbindung-fusion',
     'Lieferant GmbH accounting announces a new IBAN because its cooperative bank merges; signed letter from both managing directors, old account stays valid, call-back requested',
     'Comes from rechnungen@lieferant-gmbh.de through Lieferant\'s own Exchange and Postfix relay (SPF/DKIM/DMARC pass, internal client IP); long lead time (01.01.2027, old account valid until 30.06.2027 with forwarding), letter also by post, explicitly asks to verify by phone on the known number and names the sales contact who will call.')
def b01(m):
    at(m, 'DE', 2026, 11, 19, 10, 5)
    m.frm = ('Buchhaltung Lieferant GmbH', 'rechnungen@lieferant-gmbh.de')
    m.to = [staff('sabine')]
    m.cc = [cp('Lieferant', 0)]
    m.subject = 'Neue Bankverbindung ab 01.01.2027 (Fusion Weser-Volksbank eG)'
    m.iban(LF_OLD, 'Lieferant GmbH, current account (Weser-Volksbank eG), valid until 30.06.2027')
    m.iban(LF_NEW, 'Lieferant GmbH, new account after bank merger (Volksbank Weser-Nord eG)')
    m.phone('+49 421 6198 200', 'Lieferant switchboard (known number)')
    m.phone('+49 421 6198 241', 'Lieferant accounting')
    body = ('Sehr geehrte Frau Krüger,\n\n'
            'unsere Hausbank, die Weser-Volksbank eG, fusioniert zum 01.01.2027 mit der Volksbank Bremen-Nord eG zur Volksbank Weser-Nord eG. '
            'Im Zuge der technischen Zusammenführung erhalten wir eine neue Bankleitzahl und damit eine neue IBAN. Das Schreiben unserer '
            'Geschäftsführung mit allen Details finden Sie im Anhang, das Original geht Ihnen zusätzlich per Post zu.\n\n'
            'Wichtig: Sie müssen nicht sofort etwas ändern. Die bisherige Bankverbindung bleibt bis zum 30.06.2027 gültig, Zahlungseingänge werden '
            'automatisch weitergeleitet.\n\n'
            'Bitte stimmen Sie die neue Bankverbindung vor der Umstellung Ihrer Stammdaten telefonisch mit uns ab, und zwar über die Ihnen bekannte '
            'Rufnummer unserer Zentrale (+49 421 6198 200) oder direkt bei mir (+49 421 6198 241). Herr Maier wird Sie in den nächsten Tagen '
            'ohnehin wegen der Jahresplanung 2027 anrufen und kann Ihnen die Daten ebenfalls bestätigen. Änderungen der Bankverbindung, '
            'die uns ausschließlich per E-Mail erreichen, nehmen wir selbst übrigens auch nie vor.\n\n'
            'Vielen Dank und freundliche Grüße\n\n'
            'Ines Hartwig\nBuchhaltung\n\nLieferant GmbH\nHafenstraße 112 · 28217 Bremen\nTel. +49 421 6198 241\n\n'
            'Geschäftsführer: Klaus Bergmann, Dr. Anke Wiese · Amtsgericht Bremen HRB 31874 HB')
    letter = docs.letter(
        m, when.add(m.date, -86400), LF_SENDER,
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Brooktorkai 9', '20457 Hamburg'],
        'Bremen, 18.11.2026', 'Änderung unserer Bankverbindung zum 01.01.2027',
        'Sehr geehrte Damen und Herren,\n\n'
        'die Weser-Volksbank eG und die Volksbank Bremen-Nord eG verschmelzen mit Wirkung zum 01.01.2027 zur Volksbank Weser-Nord eG. '
        'Im Rahmen der technischen Fusion ändert sich die Bankleitzahl und damit unsere IBAN. Kontoinhaber und Kontonummer bleiben unverändert.\n\n'
        'Bisherige Bankverbindung (gültig bis 30.06.2027):\nWeser-Volksbank eG · IBAN %s · BIC GENODEF1WVB\n\n'
        'Neue Bankverbindung (ab 01.01.2027):\nVolksbank Weser-Nord eG · IBAN %s · BIC GENODEF1VWN\n\n'
        'Bis zum 30.06.2027 werden Zahlungen auf die bisherige IBAN automatisch auf das neue Konto geleitet. Wir bitten Sie, Ihre Stammdaten '
        'bis dahin anzupassen.\n\n'
        'Zu Ihrer Sicherheit: Bitte verifizieren Sie diese Änderung vor der Umstellung telefonisch über die Ihnen bekannte Rufnummer '
        '+49 421 6198 200. Wir werden Sie niemals per E-Mail auffordern, Zahlungen kurzfristig auf ein anderes Konto zu leisten.'
        % (ids.fmt_iban(LF_OLD), ids.fmt_iban(LF_NEW)),
        'Mit freundlichen Grüßen\n\nLieferant GmbH\n\nKlaus Bergmann                         Dr. Anke Wiese\nGeschäftsführer                          Geschäftsführerin',
        LF_FOOT, producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365', author='Hartwig, Ines',
        title='Änderung Bankverbindung 2027')
    outlook(m, body, 'DE', 'iso-8859-1', system='lieferant', atts=[(PDF_MIME, letter, 'Lieferant_GmbH_Aenderung_Bankverbindung_2027.pdf')])
    P.lieferant(m, has_attach=True, client_ip='192.168.20.63')


@msg('business', 2, 'de', 'lieferant-liefertermin-kurkuma',
     'Stefan Maier (Lieferant GmbH) confirms the delivery date for 2.4 t ground turmeric in the order thread and attaches the order confirmation',
     'Ordinary reply in an existing thread from the real sales contact, via Lieferant\'s Exchange and relay from an internal client address, business hours, PDF order confirmation that matches the purchase order.')
def b02(m):
    at(m, 'DE', 2026, 10, 28, 11, 3, 10)
    m.msgid = KURKUMA_STEFAN
    m.in_reply_to = KURKUMA_JANA
    m.references = [KURKUMA_JANA]
    m.frm = cp('Lieferant', 0)
    m.to = [staff('jana')]
    m.subject = 'AW: Lieferung Kurkuma gemahlen KW 44 - Auftrag 4500018832'
    m.phone('+49 421 6198 214', 'Stefan Maier')
    t1 = when.local_utc('DE', 2026, 10, 28, 9, 17, 40)
    body = ('Hallo Frau Köhler,\n\nder Liefertermin für Ihren Auftrag 4500018832 (2.400 kg Kurkuma gemahlen, 24 x 100 kg Sackware, '
            'dampfsterilisiert) ist Mittwoch, 04.11., Anlieferung zwischen 8 und 12 Uhr an Ihr Lager Billbrook. Die Spedition meldet sich '
            'am Vortag mit dem Zeitfenster.\n\nDas Analysenzertifikat der Charge KU-2610-07 schicke ich Ihnen separat.\n\n'
            'Viele Grüße aus Bremen\nStefan Maier\n\nLieferant GmbH\nVertrieb / Key Account\nHafenstraße 112 · 28217 Bremen\nTel. +49 421 6198 214')
    quoted = [(ST.outlook_quote_hdr('de', 'Jana Köhler <jana.koehler@example.com>', t1, 'Stefan Maier <s.maier@lieferant-gmbh.de>',
                                    'Lieferung Kurkuma gemahlen KW 44 - Auftrag 4500018832'),
               'Hallo Herr Maier,\n\nkönnen Sie mir bitte den Liefertermin für die Kurkuma aus unserer Bestellung 4500018832 bestätigen? '
               'Wir bräuchten die Ware spätestens in KW 45 für die Abfüllung.\n\nDanke und viele Grüße\nJana Köhler\n\n' + eg_sig_de(m, 'jana', phone='+49 40 3250 7742'))]
    ab = docs.invoice(
        m, m.date, dict(invoice='Auftragsbestätigung AB-2026-30417', pos='Pos.', desc='Bezeichnung', qty='Menge', unit='ME', price='Preis/ME EUR', amount='Betrag EUR'),
        LF_SENDER, ['Example Group GmbH', 'Einkauf Gewürze', 'Frau Jana Köhler', 'Brooktorkai 9', '20457 Hamburg'],
        [('Datum', '28.10.2026'), ('Ihre Bestellung', '4500018832'), ('Kunden-Nr.', '40021'), ('Liefertermin', '04.11.2026'), ('Lieferbedingung', 'DAP Hamburg-Billbrook')],
        [('Kurkuma gemahlen, dampfsterilisiert, Curcumin min. 3,0 %, Charge KU-2610-07, Sackware 100 kg', 2400.0, 'kg', 4.18),
         ('Paletten-Tausch (Europaletten)', 12.0, 'Stk', 0.0)],
        [('Nettobetrag', '10.032,00', False), ('USt 7 %', '702,24', False), ('Gesamtbetrag EUR', '10.734,24', True)],
        ['Zahlungsbedingung: 30 Tage netto ab Rechnungsdatum.', 'Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.'],
        LF_FOOT, 'Microsoft Dynamics 365 Business Central', 'Microsoft Dynamics 365 Business Central', 'AB-2026-30417', zone='DE')
    outlook(m, body, 'DE', 'iso-8859-1', quoted=quoted, reply=True, atts=[(PDF_MIME, ab, 'AB-2026-30417.pdf')])
    P.lieferant(m, has_attach=True, replies=1, client_ip='192.168.20.57')


@msg('business', 3, 'de', 'ceo-anzahlung-darjeeling-intern',
     'Internal urgent request from the CEO to the CFO: release today the 30 % deposit for the Darjeeling first-flush 2027 contract through the usual payment run',
     'Internal Exchange mail via mail-int01 (DKIM example.com), refers to an existing vendor with stored bank details, a purchase order number and the four-eyes approval in the ERP; explicitly says not to change bank data; copy to the head of procurement.')
def b03(m):
    at(m, 'IN', 2026, 10, 21, 11, 18)
    m.frm = staff('johannes')
    m.to = [staff('katrin')]
    m.cc = [staff('henrik'), staff('sabine')]
    m.subject = 'Dringend: Anzahlung Darjeeling First Flush 2027 - bitte heute freigeben'
    mob = m.phone('+49 171 4428 190', 'CEO mobile (internal signature)')
    body = ('Hallo Katrin,\n\n'
            'kurze Bitte mit Zeitdruck: Henrik hat gestern den Vorkontrakt für die First-Flush-Ernte 2027 mit Himalaya Leaf Exporters in Kolkata '
            'abgeschlossen (Rangbhang Valley und zwei weitere Gärten, zusammen 6.200 kg). Die Anzahlung von 30 % muss laut Vertrag bis Freitag '
            'bei denen eingehen, sonst gehen die Kontingente an den nächsten Käufer.\n\n'
            'Bestellung 4500019104, Kreditor 70412, Betrag 48.600,00 USD. Sabine legt die Zahlung heute im normalen Zahlungslauf an, '
            'bitte gib sie wie üblich im Vier-Augen-Verfahren frei. Die Bankverbindung ist seit 2019 im System hinterlegt und hat sich nicht '
            'geändert - bitte nichts anpassen, falls irgendwer etwas anderes schickt.\n\n'
            'Ich bin bis Donnerstag in Kolkata, tagsüber per Handy erreichbar.\n\n'
            'Danke dir!\nJohannes\n\n' + eg_sig_de(m, 'johannes', title='Geschäftsführer', mobile=mob))
    outlook(m, body, 'DE', 'iso-8859-1', system='exch')
    P.exchange_internal(m, origin_ip='10.20.31.105')


@msg('business', 4, 'de', 'zollservice-steuerbescheid-rechnung',
     'Customs broker Speicherstadt Zollservice sends the ATLAS tax assessment for a chilli import and its own service invoice with a GiroCode (EPC QR)',
     'Known customs broker, own Exchange behind Hornetsecurity, refers to a real MRN and the CHED-D released in TRACES; duties are debited from the deferment account (no payment request); the broker\'s fee invoice carries an EPC QR with the broker\'s usual account.')
def b04(m):
    at(m, 'DE', 2026, 11, 12, 9, 31)
    m.frm = cp('Speicherstadt', 0)
    m.to = [staff('birgit')]
    m.cc = [staff('dirk')]
    m.subject = 'Verzollung Chili gemahlen MRN 26DE480276218357R2 - Steuerbescheid und Rechnung'
    iban = m.iban(ids.iban('DE', '20050550' + '1262417733'), 'Speicherstadt Zollservice GmbH (service fees)')
    payload = docs.epc_payload('HASPDEHHXXX', 'Speicherstadt Zollservice GmbH', iban, 386.75, 'ZS-26-04418 Kd 10387')
    m.qr(payload, 'PDF Rechnung_ZS-26-04418.pdf', 'EPC GiroCode for the broker fee')
    m.phone('+49 40 3017 6620', 'Zollservice')
    body = ('Hallo Frau Hoffmann,\n\n'
            'die Sendung Chili gemahlen (Container MSKU 7719204, 18.000 kg aus Chennai) ist heute zum zollrechtlich freien Verkehr überlassen. '
            'Das CHED-D wurde gestern von der Grenzkontrollstelle Hamburg freigegeben (TRACES CHEDD.DE.2026.0187431), die Probenahme auf '
            'Aflatoxine/Sudan-Farbstoffe war unauffällig.\n\n'
            'Anbei der Steuerbescheid zur MRN 26DE480276218357R2. Zoll und Einfuhrumsatzsteuer werden wie gewohnt über Ihr Aufschubkonto '
            'abgebucht (Fälligkeit 16.12.2026). Dazu unsere Rechnung für die Abfertigung.\n\n'
            'Die Gestellung am Lager Billbrook ist für morgen 10 Uhr avisiert, Herr Jansen ist in Kopie.\n\n'
            'Mit freundlichen Grüßen\nKai Brodersen\nZolldeklarant\n\nSpeicherstadt Zollservice GmbH\nBei St. Annen 2 · 20457 Hamburg\n'
            'Tel. +49 40 3017 6620\n')
    ZS = ('Speicherstadt Zollservice GmbH', ['Zollabfertigung · Fiskalvertretung · Veterinär- und Lebensmittelkontrollen', 'Bei St. Annen 2 · 20457 Hamburg'])
    zfoot = ['Speicherstadt Zollservice GmbH · Bei St. Annen 2 · 20457 Hamburg · Tel. +49 40 3017 6620',
             'Geschäftsführer: Jens Otte · Amtsgericht Hamburg HRB 98214 · USt-IdNr. %s · IBAN %s · BIC HASPDEHHXXX' % (ids.de_vat('19385204'), ids.fmt_iban(iban))]
    bescheid = docs.letter(
        m, m.date, ('ATLAS - Steuerbescheid', ['Hauptzollamt Hamburg, Zollamt Waltershof', 'Ausdruck aus dem Teilnehmerverfahren (Zollservice)']),
        ['Example Group GmbH', 'Brooktorkai 9', '20457 Hamburg', 'EORI DE274183501000'],
        'Hamburg, 12.11.2026', 'Steuerbescheid über Einfuhrabgaben - MRN 26DE480276218357R2',
        'Anmelder/Vertreter: Speicherstadt Zollservice GmbH (direkte Vertretung)\nWarennummer 0904 22 00 90 - Früchte der Gattung Capsicum, gemahlen\n'
        'Ursprung: Indien · Präferenz: keine · Zollwert: 61.548,00 EUR\n\n'
        'Zoll (Drittlandszollsatz 5,0 %): 3.077,40 EUR\nEinfuhrumsatzsteuer (7 %): 4.524,77 EUR\nGesamtbetrag der Einfuhrabgaben: 7.602,17 EUR\n\n'
        'Die Abgaben werden im Rahmen des Zahlungsaufschubs über das Aufschubkonto 4800187 zum 16.12.2026 erhoben.\n\n'
        'Rechtsbehelfsbelehrung: Gegen diesen Steuerbescheid ist der Einspruch gegeben. Der Einspruch ist beim oben bezeichneten Hauptzollamt '
        'schriftlich einzureichen oder zur Niederschrift zu erklären. Die Frist für die Einlegung des Einspruchs beträgt einen Monat.',
        'Dieser Ausdruck wurde maschinell erstellt und ist ohne Unterschrift gültig.', ['Ausdruck aus ATLAS-Einfuhr (Teilnehmersoftware) · Bescheiddatum 12.11.2026'],
        producer='dakosy ZODIAK Reporting', creator='ZODIAK', author='Zollservice', color=(0.2, 0.2, 0.2))
    inv = docs.invoice(
        m, m.date, dict(invoice='Rechnung ZS-26-04418', pos='Pos.', desc='Leistung', qty='Anz.', unit='', price='Einzelpreis', amount='Betrag EUR'),
        ZS, ['Example Group GmbH', 'Zoll & Import', 'Brooktorkai 9', '20457 Hamburg'],
        [('Rechnungsdatum', '12.11.2026'), ('Kunden-Nr.', '10387'), ('MRN', '26DE480276218357R2'), ('Leistungsdatum', '12.11.2026')],
        [('Einfuhrabfertigung ATLAS, 1 Position', 1.0, '', 95.0), ('CHED-D Voranmeldung TRACES und Begleitung Beschau', 1.0, '', 145.0),
         ('Probenahme-Koordination Grenzkontrollstelle', 1.0, '', 85.0)],
        [('Nettobetrag', '325,00', False), ('USt 19 %', '61,75', False), ('Rechnungsbetrag EUR', '386,75', True)],
        ['Zahlbar ohne Abzug innerhalb von 14 Tagen auf unser Konto:', 'Hamburger Sparkasse · IBAN %s · BIC HASPDEHHXXX' % ids.fmt_iban(iban),
         'Verwendungszweck: ZS-26-04418 Kd 10387'],
        zfoot, 'Lexware Faktura', 'Lexware Faktura + Auftrag', 'Rechnung ZS-26-04418', qr_payload=payload, qr_caption='GiroCode', color=(0.1, 0.25, 0.4))
    outlook(m, body, 'DE', 'iso-8859-1', system='onprem:ZSH-EX01.zsh.local',
            atts=[(PDF_MIME, bescheid, 'Steuerbescheid_26DE480276218357R2.pdf'), (PDF_MIME, inv, 'Rechnung_ZS-26-04418.pdf')])
    P.hornet(m, 'zsh-ex01.zollservice-hamburg.de', '192.0.2.77', 'zollservice-hamburg.de', has_attach=True)


@msg('business', 5, 'de', 'it-mfa-einfuehrung-qr-intern',
     'Internal IT security notice: multi-factor sign-in for Outlook on the web and VPN from 1 December, with an inline QR code to the internal enrolment page',
     'From the IT security officer through Exchange and mail-int01 (DKIM example.com), to the all-staff list; the QR points to mfa.example.com on the company\'s own domain; warns that IT never asks for passwords or codes by mail and that external QR-code mails must be reported.')
def b05(m):
    at(m, 'DE', 2026, 11, 16, 13, 5)
    m.frm = staff('tobias')
    m.to = [('Alle Mitarbeitenden Hamburg', 'alle-hamburg@example.com')]
    m.rcpt = staff('henrik')[1]
    m.subject = 'Neu ab 01.12.: Zwei-Faktor-Anmeldung für Outlook im Web und VPN - bitte bis 27.11. einrichten'
    enroll = m.url('https://mfa.example.com/enroll', 'internal MFA enrolment page (QR target)')
    owa = m.url('https://mail.example.com/owa', 'company OWA')
    intranet = m.url('https://intranet.example.com/it/mfa', 'intranet guide')
    m.qr(enroll, 'inline PNG image001.png')
    m.phone('+49 40 3250 7799', 'IT helpdesk')
    c = cid(m)
    qrpng = png.qr_png(qrmod.encode(enroll, 'M'), scale=5, border=4)
    body = ('Liebe Kolleginnen und Kollegen,\n\n'
            'ab Dienstag, 01.12.2026, ist für die Anmeldung an Outlook im Web ([[%s|%s]]) und am VPN zusätzlich zum Passwort ein zweiter Faktor '
            'erforderlich. Am Arbeitsplatz im Büro ändert sich nichts.\n\n'
            'So richten Sie den zweiten Faktor ein (ca. 5 Minuten):\n'
            '1. Installieren Sie auf Ihrem Diensthandy die App "Microsoft Authenticator" aus dem Unternehmensportal.\n'
            '2. Öffnen Sie am PC im Firmennetz die Seite [[%s|%s]] oder scannen Sie den QR-Code unten mit dem Diensthandy.\n'
            '3. Melden Sie sich mit Ihrem Windows-Konto an und folgen Sie den Schritten.\n\n'
            '{{img:%s:180:180:QR-Code mfa.example.com}}\n\n'
            'Eine bebilderte Anleitung finden Sie im Intranet unter [[%s|%s]]. Bitte richten Sie den zweiten Faktor bis zum 27.11. ein.\n\n'
            'Wichtig: Die IT wird Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder nach Bestätigungscodes fragen. '
            'E-Mails von außen, die Sie auffordern, einen QR-Code zu scannen oder Ihr Konto zu bestätigen, leiten Sie bitte als Anlage an '
            'security@example.com weiter.\n\nBei Fragen: IT-Hotline +49 40 3250 7799.\n\n'
            'Viele Grüße\n\n' % (owa, owa, enroll, enroll, c, intranet, intranet)) + eg_sig_de(m, 'tobias', title='IT-Sicherheit / Mail-Administration')
    outlook(m, body, 'DE', 'iso-8859-1', system='exch', inline_imgs=[('image/png', qrpng, 'image001.png', c)])
    P.exchange_internal(m, origin_ip='10.20.12.40', has_attach=True)


@msg('business', 6, 'de', 'steuerberater-zip-passwort-per-sms',
     'Tax adviser Kessler & Partner sends the draft statement for the 2021-2023 tax audit as an encrypted ZIP (PDF + XLSX); the password goes by SMS',
     'Known adviser on Microsoft 365 (DKIM kessler-partner.de), expected topic, ZIP contains only a PDF and an XLSX, and the password is deliberately NOT in the mail but sent by SMS as agreed (listed in the notes only for verification).')
def b06(m):
    at(m, 'DE', 2026, 10, 14, 16, 22)
    m.frm = cp('Kessler', 1)
    m.to = [staff('katrin')]
    m.cc = [cp('Kessler', 0)]
    m.subject = 'Betriebsprüfung 2021-2023: Entwurf Stellungnahme und Anlagen (verschlüsselt)'
    pw = 'Speicher-Kai#2123'
    fn = 'Example_Group_BP2021-2023_Entwurf.zip'
    m.zip_passwords[fn] = pw
    m.meta['extra_facts'] = [('ZIP password', pw, 'sent to the CFO by SMS, not contained in the mail; listed here only so the verification can open the archive')]
    m.phone('+49 40 3698 1420', 'Kessler & Partner')
    web = m.url('https://www.kessler-partner.de', 'adviser website in signature')
    body = ('Sehr geehrte Frau Wolff,\n\n'
            'wie besprochen erhalten Sie anbei unseren Entwurf der Stellungnahme zu den Feststellungen der Betriebsprüfung 2021 bis 2023 '
            '(Tz. 4 Verrechnungspreise Hellas/Italia, Tz. 7 Warenbewertung Rohtee) sowie die Abstimmung der Mehrergebnisse als Excel-Datei.\n\n'
            'Da die Unterlagen steuerliche Detaildaten enthalten, haben wir die Datei verschlüsselt. Das Kennwort erhalten Sie wie vereinbart '
            'separat per SMS an Ihre Mobilnummer.\n\n'
            'Für die Schlussbesprechung am 05.11. schlagen wir vor, dass wir uns am 29.10. vorab eine Stunde abstimmen. '
            'Frau Dr. Kessler ist in Kopie.\n\n'
            'Mit freundlichen Grüßen\n\nSven Baumann\nPrüfungsleiter\n\nKessler & Partner mbB\nSteuerberatungsgesellschaft · Wirtschaftsprüfungsgesellschaft\n'
            'Neuer Wall 54 · 20354 Hamburg\nTel. +49 40 3698 1420\n[[www.kessler-partner.de|%s]]\n\n'
            'Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, '
            'informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.' % web)
    stell = docs.letter(
        m, m.date, ('Kessler & Partner mbB', ['Steuerberatungsgesellschaft · Wirtschaftsprüfungsgesellschaft', 'Neuer Wall 54 · 20354 Hamburg']),
        ['Finanzamt Hamburg für Großunternehmen', 'Betriebsprüfung, Sachgebiet 2', 'Hamburg'],
        'Hamburg, 14.10.2026 - ENTWURF', 'Example Group GmbH, StNr. 46/731/02118 - Betriebsprüfung 2021 bis 2023: Stellungnahme zum Prüfungsbericht',
        'Sehr geehrte Damen und Herren,\n\nnamens und in Vollmacht unserer Mandantin nehmen wir zu den Prüfungsfeststellungen wie folgt Stellung.\n\n'
        'Tz. 4 - Verrechnungspreise für Vertriebsleistungen der Tochtergesellschaften in Griechenland und Italien: Die Anwendung der '
        'transaktionsbezogenen Nettomargenmethode mit einer Bandbreite von 2,1 % bis 3,4 % ist durch die Datenbankstudie vom 12.03.2022 belegt. '
        'Eine Anpassung an den Median ist nach § 1 Abs. 3a AStG nicht geboten.\n\n'
        'Tz. 7 - Bewertung Rohtee-Bestände: Die Teilwertabschreibung auf Bestände der Ernte 2021 beruht auf dauerhaft gesunkenen '
        'Wiederbeschaffungspreisen (Auktionspreise Kolkata/Colombo, Anlage 3).\n\n'
        'Wir beantragen, die Feststellungen zu Tz. 4 und Tz. 7 nicht in den Bericht zu übernehmen.',
        'Mit freundlichen Grüßen\nKessler & Partner mbB\n\nDr. Ulrike Kessler, Steuerberaterin',
        ['Kessler & Partner mbB · Amtsgericht Hamburg PR 1187 · USt-IdNr. %s' % ids.de_vat('31520948')],
        producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365', author='Baumann, Sven')
    xl = ooxml.xlsx([('Mehrergebnisse', [
        [('Tz.', 1), ('Sachverhalt', 1), ('2021', 1), ('2022', 1), ('2023', 1), ('Summe', 1)],
        ['4', 'Verrechnungspreise Vertrieb GR/IT', (18400.0, 2), (22150.0, 2), (19870.0, 2), (60420.0, 2)],
        ['7', 'Teilwertabschreibung Rohtee', (41200.0, 2), (0.0, 2), (0.0, 2), (41200.0, 2)],
        ['9', 'Bewirtungskosten', (1830.0, 2), (2110.0, 2), (1975.0, 2), (5915.0, 2)],
        ['', 'Summe', (61430.0, 2), (24260.0, 2), (21845.0, 2), (107535.0, 2)]])],
        author='Sven Baumann', company='Kessler & Partner mbB', title='Abstimmung Mehrergebnisse BP 2021-2023',
        created='2026-10-14T13:02:00Z', dt=(2026, 10, 14, 15, 2, 0), widths=[6, 38, 12, 12, 12, 12])
    z = zipx.build([('Entwurf_Stellungnahme_BP_2021-2023.pdf', stell, (2026, 10, 14, 16, 1, 30)),
                    ('Abstimmung_Mehrergebnisse_BP_2021-2023.xlsx', xl, (2026, 10, 14, 15, 2, 0))], password=pw, rng=m.rng)
    outlook(m, body, 'DE', 'iso-8859-1', system='exo', atts=[(ZIP_MIME, z, fn)])
    P.m365(m, 'kessler-partner.de', has_attach=True)


@msg('business', 7, 'de', 'docusign-rahmenkreditvertrag-bank',
     'Genuine DocuSign envelope from the house bank\'s relationship manager (thomas.reuter@nordhanse-bank.de): framework credit agreement 2027 for signature',
     'Real DocuSign EU infrastructure; the sender shown inside the envelope is the bank\'s own address, the mail refers to the meeting on 1 December and the agreed signing process, no urgency beyond the agreed date.')
def b07(m):
    from .a_de import _docusign_html
    at(m, 'DE', 2026, 12, 3, 11, 12)
    m.frm = ('Thomas Reuter via DocuSign', 'dse@eumail.docusign.net')
    m.reply_to = ('Thomas Reuter', 'thomas.reuter@nordhanse-bank.de')
    m.to = [staff('johannes')]
    m.subject = 'Vervollständigen Sie mit DocuSign: Rahmenkreditvertrag_Example_Group_GmbH_2027.pdf'
    env = m.guid()
    acct = m.guid()
    link = m.url('https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, m.guid()), 'real DocuSign signing link')
    u1 = m.url('https://www.docusign.com/de-de', 'DocuSign footer')
    u2 = m.url('https://support.docusign.com/s/?language=de', 'DocuSign footer')
    u3 = m.url('https://www.docusign.com/de-de/datenschutz', 'DocuSign footer')
    u4 = m.url('https://protect.docusign.net/report-abuse?e=AUtomjpF' + m.alnum(40) + '&lang=de', 'DocuSign report link')
    code = m.hex(32).upper()
    msgtxt = ('Sehr geehrter Herr Brandt,\n\nwie in unserem Termin am 01.12. besprochen erhalten Sie den Rahmenkreditvertrag 2027 '
              '(Betriebsmittellinie und Avallinie) zur elektronischen Unterzeichnung. Frau Wolff erhält das Dokument als zweite Zeichnungsberechtigte '
              'im Anschluss. Die Unterzeichnung bitte bis zum 18.12., Fragen gern jederzeit telefonisch.\n\n'
              'Mit freundlichen Grüßen\nThomas Reuter\nFirmenkundenbetreuung, Nordhanse Bank AG')
    h = _docusign_html('Thomas Reuter', 'thomas.reuter@nordhanse-bank.de', 'Johannes Brandt', msgtxt, link, code, u1, u2, u3, u4)
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_NextPart_%s' % m.hex(24), charset='utf-8', cte='quoted-printable')
    P.docusign(m, acct)


@msg('business', 8, 'de', 'hausbank-newsletter-sicherheit-vop',
     'House bank newsletter for business customers (CleverReach): verification of payee, typical year-end fraud schemes, holiday payment deadlines',
     'Subscribed bank newsletter from the bank\'s mailing subdomain via CleverReach (DKIM bank + crsend.com), no request for credentials, links go to the bank\'s website through the mailing tracker, unsubscribe link present.')
def b08(m):
    at(m, 'DE', 2026, 12, 8, 9, 0, 12)
    m.frm = ('Nordhanse Bank Firmenkunden', 'service@mail.nordhanse-bank.de')
    m.reply_to = ('Nordhanse Bank Firmenkunden', 'firmenkunden@nordhanse-bank.de')
    m.to = [staff('katrin')]
    m.subject = 'Firmenkunden-Info Dezember: Empfängerüberprüfung, Betrugsmaschen zum Jahresende, Zahlungsfristen'
    def tr(target, note):
        return m.url('https://nordhanse-bank.crsend.com/c/%d/%s' % (m.rng.randint(10 ** 8, 10 ** 9), m.alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')), 'CleverReach tracking link to ' + target)
    l1 = tr('nordhanse-bank.de/sicherheit', '')
    l2 = tr('nordhanse-bank.de/vop', '')
    l3 = tr('nordhanse-bank.de/feiertage', '')
    unsub = m.url('https://nordhanse-bank.crsend.com/unsub/%s' % m.alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'unsubscribe')
    pixel = m.url('https://nordhanse-bank.crsend.com/o/%s' % m.alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'open pixel')
    m.extra = [('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    m.phone('+49 40 3003 4400', 'Nordhanse Bank business hotline')
    paras = ['Sehr geehrte Frau Wolff,',
             '**Empfängerüberprüfung bei jeder Überweisung**\nSeit Oktober 2025 prüfen wir bei jeder SEPA-Überweisung, ob Name und IBAN des Empfängers zusammenpassen. '
             'Erscheint in NordhanseBusiness der Hinweis "Name weicht ab" oder "keine Übereinstimmung", halten Sie bitte inne: '
             'Häufig steckt eine gefälschte Kontoänderung dahinter. [[Mehr zur Empfängerüberprüfung|%s]]' % l2,
             '**Betrugsmaschen zum Jahresende**\nWir beobachten vermehrt E-Mails mit angeblich neuen Bankverbindungen von Lieferanten, '
             'gefälschte Anrufe "aus der Sicherheitsabteilung" und Aufforderungen, eine Fernwartungssoftware zu installieren. '
             'Wir fragen niemals nach PIN, TAN oder Zugangsdaten - weder per E-Mail noch am Telefon. [[Aktuelle Warnhinweise|%s]]' % l1,
             '**Zahlungsverkehr über die Feiertage**\nAufträge für eine Ausführung im alten Jahr müssen bis 30.12.2026, 12:00 Uhr, eingereicht sein. '
             '[[Alle Termine|%s]]' % l3,
             'Ihre Firmenkundenbetreuung erreichen Sie wie gewohnt unter +49 40 3003 4400.',
             'Mit freundlichen Grüßen\nIhre Nordhanse Bank AG']
    h = ST.newsletter('Nordhanse Bank', '#003b6f', 'Firmenkunden-Info Dezember 2026', paras,
                      footer='Nordhanse Bank AG · Ballindamm 17 · 20095 Hamburg · Vorstand: Dr. Carsten Holm (Vors.), Meike Arps · AG Hamburg HRB 11209\n'
                      'Sie erhalten diesen Newsletter als Firmenkundin der Nordhanse Bank. [[Abmelden|%s]]' % unsub,
                      preheader='Empfängerüberprüfung, Betrugsmaschen, Zahlungsfristen zum Jahresende', lang='de')
    h = h.replace('</body>', '<img src="%s" width="1" height="1" alt=""></body>' % pixel)
    t = ST.html_to_text(h.replace(pixel, ''))
    m.root = ST.esp_mime(m, h, t, '=_%s' % m.hex(32), charset='UTF-8', cte='quoted-printable')
    P.cleverreach(m, 'mail.nordhanse-bank.de')

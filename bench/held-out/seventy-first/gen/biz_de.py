"""Genuine business mail, German (01-08)."""
from common import *  # noqa: F401,F403

F = 'business'


def lieferant_letterhead():
    return [('H', 'Lieferant GmbH'), 'Schmuckketten · Verschlüsse · Fassungen',
            'Kinzigheimer Weg 18 · 63450 Hanau · Tel. +49 6181 9077-0 · www.lieferant-gmbh.de', ('R',), ('S', 8)]


LIEF_FOOT = ['Lieferant GmbH · Sitz Hanau · Amtsgericht Hanau HRB 9417 · USt-IdNr. ' + money.de_ustid('11402876'),
             'Geschäftsführer: Michael Lange, Dr. Ute Brenner']


def build():
    # ------------------------------------------------------------------ 01 CEO genuine urgent payment
    t = dt(2026, 11, 12, 7, 47, 12)
    body = '''Hallo Sabine,

wir haben heute früh mit Edelmetall Rheinfeld 25 kg Feingold (999,9) zum gestrigen Nachmittags-Fixing gesichert – Kontrakt EMR-K-26-4471. Florian hat die Bestellung im SAP angelegt (Bestellung 4500218734).

Laut Kontrakt sind 30 % Anzahlung bis heute 14:00 Uhr fällig, sonst verfällt die Preisfixierung. Betrag laut Auftragsbestätigung: 843.750,00 EUR. Die Auftragsbestätigung liegt im DMS am Vorgang, Zahlung bitte auf die bekannte Verbindung von Rheinfeld aus den Stammdaten (keine Änderung).

Bitte heute noch freigeben – Vier-Augen-Prinzip wie immer: Monika bereitet den Zahlungsvorschlag vor, die zweite Freigabe machst du. Ich bin bis 11 Uhr im Aufsichtsratstermin, danach erreichst du mich auf dem Handy.

Danke und viele Grüße
Johannes

''' + CEO_SIG
    make(F, 1, 'de', 'ceo-anzahlung-feingold-intern', frm=S('ceo'), to=[S('cfo')], cc=[S('proc'), S('ap1')],
         subject='Anzahlung Feingold Rheinfeld – heute bis 14 Uhr', t=t,
         infra=P(I.internal, client_ip='10.20.3.41'), body=ol_alt(body, 'windows-1252'), hcs='windows-1252',
         order='outlook',
         what='CEO asks the CFO to release today a 30 % down-payment for a gold purchase fixed this morning.',
         why='Internal mail from the CEO\'s mailbox via Exchange and mail-int01; known supplier, order and contract '
             'numbers in SAP/DMS, explicitly the known bank details from master data and the normal four-eyes '
             'release; offers phone contact.',
         hn='A01')

    # ------------------------------------------------------------------ 02 genuine bank change Lieferant
    t = dt(2026, 11, 17, 9, 21, 40)
    body = '''Sehr geehrte Frau Groß,

wie im Jahresgespräch mit Herrn Weiß am 15. Oktober angekündigt, wechseln wir zum 1. Dezember unsere Hausbank. Das offizielle Schreiben mit der neuen Bankverbindung, unterschrieben von beiden Geschäftsführern, finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu.

Bitte lassen Sie sich die Änderung wie gewohnt telefonisch bestätigen – über unsere Zentrale oder Frau Lang in der Buchhaltung (06181 9077-0, die Nummer aus Ihren Stammdaten, bitte nicht aus einer E-Mail übernehmen). Zahlungen, die bis 31.12. noch auf unserem bisherigen Konto eingehen, werden weitergeleitet; es besteht also keine Eile.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
Kinzigheimer Weg 18 | 63450 Hanau
Tel. +49 6181 9077-214 | Mobil +49 160 9077214
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de

Lieferant GmbH | Sitz: Hanau | Amtsgericht Hanau HRB 9417
Geschäftsführer: Michael Lange, Dr. Ute Brenner
'''
    letter = pdf.letter(lieferant_letterhead() + [
        'Example Group AG', 'Kreditorenbuchhaltung', 'Goldschmiedstraße 12', '75172 Pforzheim', ('S', 20),
        'Hanau, 16. November 2026', ('S', 10),
        ('B', 'Änderung unserer Bankverbindung zum 1. Dezember 2026'), ('S', 8),
        'Sehr geehrte Damen und Herren,', ('S', 4),
        ('W', 'im Zuge der Zusammenlegung unserer Geschäftskonten wechseln wir unsere Hausbank. Ab dem 1. Dezember '
              '2026 bitten wir Sie, Zahlungen an uns auf folgendes Konto zu leisten:'), ('S', 6),
        'Kontoinhaber:  Lieferant GmbH', 'Kreditinstitut:  Frankfurter Sparkasse',
        'IBAN:  ' + fmt_iban(BANK['lief_new']), 'BIC:  HELADEF1822', ('S', 6),
        ('W', 'Zahlungen, die bis zum 31. Dezember 2026 auf unserem bisherigen Konto bei der Sparkasse Hanau (IBAN '
              + fmt_iban(BANK['lief_old']) + ') eingehen, werden weitergeleitet. Danach wird dieses Konto geschlossen.'),
        ('S', 4),
        ('W', 'Bitte verifizieren Sie diese Änderung telefonisch über die Ihnen bekannte Rufnummer unserer '
              'Buchhaltung. Wir ändern Bankverbindungen nie kurzfristig per E-Mail und bitten nie darum, offene '
              'Posten vorzeitig auf ein neues Konto zu überweisen.'), ('S', 6),
        'Mit freundlichen Grüßen', ('S', 24),
        'Michael Lange                                   Dr. Ute Brenner',
        'Geschäftsführer                                  Geschäftsführerin', ('S', 40), ('R',)] + LIEF_FOOT,
        producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
        title='Änderung Bankverbindung', author='Ute Brenner', created=pdfdate(dt(2026, 11, 16, 14, 2)))
    make(F, 2, 'de', 'lieferant-neue-bankverbindung-angekuendigt', frm=C('maier'), to=[S('ap1')], cc=[S('proc')],
         subject='Lieferant GmbH – Änderung unserer Bankverbindung zum 01.12.2026', t=t,
         infra=P(I.postfix_own, server='mail.lieferant-gmbh.de', server_ip='213.61.148.27', client_ip='213.61.148.30',
                 client_rdns='gw.lieferant-gmbh.de', mua='outlook'),
         body=mixed(ol_alt(body, 'iso-8859-15'),
                    attach(letter, 'application/pdf', 'Lieferant_GmbH_Aenderung_Bankverbindung_2026-12.pdf')),
         hcs='iso-8859-15', order='outlook',
         what='Supplier announces its change of house bank from 1 Dec 2026 with a signed letter (PDF).',
         why='Sent from Lieferant\'s own mail server by the known key-account manager; change was announced in '
             'person in October; new account in the supplier\'s name at a Sparkasse; explicitly asks for phone '
             'verification via master-data number, no urgency (old account forwards until 31 Dec).',
         hn='A02')

    # ------------------------------------------------------------------ 03 genuine invoice from rechnungen@
    t = dt(2026, 10, 13, 4, 2, 51)
    body = '''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-1187 vom 12.10.2026 zu Ihrer Bestellung 4500217790.

Rechnungsbetrag: 23.359,70 EUR
Fällig: 11.11.2026 (2 % Skonto bei Zahlung bis 22.10.2026)

Bitte geben Sie bei Zahlung die Rechnungsnummer an.

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung wenden Sie sich bitte an Frau Petra Lang, Tel. 06181 9077-230, p.lang@lieferant-gmbh.de.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung

Lieferant GmbH | Kinzigheimer Weg 18 | 63450 Hanau
Amtsgericht Hanau HRB 9417 | Geschäftsführer: Michael Lange, Dr. Ute Brenner
'''
    cols = [60, 250, 60, 70, 80]
    inv = pdf.letter(lieferant_letterhead() + [
        'Example Group AG', 'Goldschmiedstraße 12', '75172 Pforzheim', ('S', 16),
        ('B', 'Rechnung Nr. 2026-1187'), 'Rechnungsdatum: 12.10.2026     Lieferdatum: 09.10.2026',
        'Ihre Bestellung: 4500217790     Kundennummer: 10488     Lieferschein: LS-26-08834', ('S', 10),
        ('T', ['Pos.', 'Artikel', 'Menge', 'Preis EUR', 'Betrag EUR'], cols, True), ('R',),
        ('T', ['1', 'Ankerkette 585 GG, 1,8 mm, Meterware', '40 m', '241,50', '9.660,00'], cols),
        ('T', ['2', 'Karabinerverschluss 750 GG, 12 mm', '150 St', '38,40', '5.760,00'], cols),
        ('T', ['3', 'Krappenfassung 750 WG, 4 Krappen, 3,0 mm', '200 St', '21,05', '4.210,00'], cols), ('R',),
        ('T', ['', 'Nettobetrag', '', '', '19.630,00'], cols),
        ('T', ['', 'zzgl. 19 % USt.', '', '', '3.729,70'], cols),
        ('T', ['', 'Rechnungsbetrag', '', '', '23.359,70'], cols, True), ('S', 10),
        'Zahlbar bis 11.11.2026 ohne Abzug, bis 22.10.2026 mit 2 % Skonto.',
        'Bankverbindung: Sparkasse Hanau, IBAN ' + fmt_iban(BANK['lief_old']) + ', BIC HELADEF1HAN',
        'Ihre USt-IdNr.: ' + COMPANY['ustid'], ('S', 30), ('R',)] + LIEF_FOOT,
        producer='Sage 100 9.0 Druckdienst', creator='Sage 100', title='Rechnung 2026-1187',
        created=pdfdate(dt(2026, 10, 13, 4, 2)))
    make(F, 3, 'de', 'lieferant-rechnung-2026-1187', frm=C('lief_buha'), to=[S('ap1')],
         subject='Rechnung 2026-1187 zu Ihrer Bestellung 4500217790', t=t,
         infra=P(I.postfix_own, server='mail.lieferant-gmbh.de', server_ip='213.61.148.27', client_ip='10.0.0.21',
                 client_rdns='erp01.lieferant.local', helo_client='erp01.lieferant.local', mua='other', auth=False,
                 sub_tls=None),
         body=mixed(text(body, 'iso-8859-1', '8bit'), attach(inv, 'application/pdf', 'RE_2026-1187.pdf')),
         hcs='iso-8859-1', extra=[('X-Mailer', 'Sage 100 9.0 Mailversand')],
         what='Supplier\'s ERP sends invoice 2026-1187 (gold chains, clasps, settings) as PDF.',
         why='Role mailbox rechnungen@ of the real supplier, sent by its ERP through its own mail server; amounts '
             'and order number consistent, payable to the long-standing account; no link, no archive.',
         hn='A03')

    # ------------------------------------------------------------------ 04 urgent dunning with supply stop
    t = dt(2026, 11, 16, 8, 5, 33)
    body = '''Sehr geehrte Frau Groß,

trotz unserer Zahlungserinnerung vom 26.10. ist die folgende Rechnung weiterhin offen:

Rechnung 2026-1098 vom 21.09.2026, fällig am 21.10.2026: 14.980,00 EUR

Unser Kreditversicherer sperrt das Limit für Ihr Kundenkonto, sobald das Zahlungsziel um mehr als 30 Tage überschritten ist. Wir müssen daher neue Aufträge ab dem 20.11.2026 bis zum Zahlungseingang zurückstellen (Liefersperre). Das betrifft auch die für KW 48 avisierte Lieferung der Weihnachtskollektion (Auftrag 26-A-3318).

Bitte überweisen Sie den Betrag bis spätestens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse Hanau. Falls die Zahlung bereits veranlasst wurde oder die Rechnung aus Ihrer Sicht strittig ist, geben Sie mir bitte kurz Bescheid – dann klären wir das gern telefonisch.

Mit freundlichen Grüßen

Petra Lang

-- 
Petra Lang
Debitorenbuchhaltung / Forderungsmanagement
Lieferant GmbH | Kinzigheimer Weg 18 | 63450 Hanau
Tel. +49 6181 9077-230 | p.lang@lieferant-gmbh.de
'''
    mahn = pdf.letter(lieferant_letterhead() + [
        'Example Group AG', 'Kreditorenbuchhaltung', 'Goldschmiedstraße 12', '75172 Pforzheim', ('S', 16),
        'Hanau, 16.11.2026', ('S', 8), ('B', '2. Mahnung – Kundennummer 10488'), ('S', 6),
        ('W', 'Sehr geehrte Damen und Herren, zu folgender Rechnung konnten wir trotz Zahlungserinnerung vom '
              '26.10.2026 noch keinen Zahlungseingang feststellen:'), ('S', 6),
        ('T', ['Rechnung', 'Datum', 'fällig', 'offen EUR'], [120, 100, 100, 100], True),
        ('T', ['2026-1098', '21.09.2026', '21.10.2026', '14.980,00'], [120, 100, 100, 100]), ('S', 8),
        ('W', 'Bitte begleichen Sie den offenen Betrag bis zum 19.11.2026. Andernfalls müssen wir weitere '
              'Lieferungen bis zum Zahlungseingang zurückstellen.'),
        'Bankverbindung: Sparkasse Hanau, IBAN ' + fmt_iban(BANK['lief_old']), ('S', 30), ('R',)] + LIEF_FOOT,
        producer='Sage 100 9.0 Druckdienst', creator='Sage 100', title='Mahnung', created=pdfdate(dt(2026, 11, 16, 7, 50)))
    make(F, 4, 'de', 'lieferant-mahnung-liefersperre', frm=C('lang'), to=[S('ap1')], cc=[S('proc')],
         subject='2. Mahnung Rechnung 2026-1098 – drohende Liefersperre ab 20.11.', t=t,
         infra=P(I.postfix_own, server='mail.lieferant-gmbh.de', server_ip='213.61.148.27', client_ip='213.61.148.30',
                 client_rdns='gw.lieferant-gmbh.de', mua='thunderbird'),
         body=mixed(text(body, 'UTF-8', 'quoted-printable', flowed=True, quote_cs=False),
                    attach(mahn, 'application/pdf', 'Mahnung_2026-1098.pdf'), boundary=None),
         order='thunderbird', bstyle='thunderbird',
         what='Second dunning letter: invoice 2026-1098 overdue, supply stop from 20 Nov unless paid.',
         why='Urgent and threatening, but from the known receivables clerk on the supplier\'s own server; refers to '
             'a real overdue invoice, asks for payment to the known account, offers a phone call if disputed.',
         hn='A02, A03')

    # ------------------------------------------------------------------ 05 internal IT notice on MFA
    t = dt(2026, 10, 21, 5, 30, 8)
    body = '''Liebe Kolleginnen und Kollegen,

ab Montag, 2. November, stellen wir die Anmeldung an Microsoft 365 (Teams, SharePoint, OneDrive) schrittweise auf Passkeys im Microsoft Authenticator um. Was das für Sie bedeutet:

1. Sie erhalten in den nächsten Tagen in der Authenticator-App den Hinweis „Passkey hinzufügen“. Bitte bestätigen Sie ihn direkt in der App – es gibt dafür keinen Link und keinen QR-Code per E-Mail.
2. Wer noch SMS als zweiten Faktor nutzt, wird von uns einzeln angesprochen und bekommt einen Termin im IT-Büro (2. OG, Raum 2.14) oder per Teams.
3. Sicherheitsinformationen können ausschließlich unter https://mysignins.microsoft.com/security-info und nur aus dem Firmennetz bzw. über VPN geändert werden.

Bitte beachten Sie: Wir fordern Sie niemals per E-Mail auf, einen QR-Code zu scannen, ein Kennwort einzugeben oder eine „MFA-Neuregistrierung“ über einen Link durchzuführen. Solche Nachrichten sind Phishing – bitte mit dem Button „Phishing melden“ in Outlook melden oder an lena.hoffmann@example.com weiterleiten.

Fragen beantwortet die IT-Hotline unter der Durchwahl -2400.

Viele Grüße
Markus Bäumer
Leitung IT

Example Group AG | Goldschmiedstraße 12 | 75172 Pforzheim
Tel. +49 7231 4480-2401 | markus.baeumer@example.com
'''
    make(F, 5, 'de', 'it-hinweis-passkeys-mfa', frm=S('ithead'), to=[('Alle Mitarbeitenden Deutschland', 'alle-de@example.com')],
         rcpt='thomas.richter@example.com',
         subject='Wichtig: Umstellung der Microsoft-365-Anmeldung auf Passkeys ab 2. November', t=t,
         infra=P(I.internal, client_ip='10.20.3.12'), body=ol_alt(body, 'utf-8', 'base64'), order='outlook',
         what='Head of IT announces the rollout of passkeys in Microsoft Authenticator to all German staff.',
         why='Internal announcement via our Exchange and internal relay, no QR code and no login link (only the '
             'official Microsoft URL in text), explicitly warns against QR/MFA re-registration mails.',
         hn='A05')

    # ------------------------------------------------------------------ 06 sick leave from private GMX
    t = dt(2026, 11, 16, 6, 12, 47)
    body = '''Hallo Claudia,

ich muss mich leider für heute krankmelden. Ich habe seit gestern Abend hohes Fieber und war eben schon bei meiner Hausärztin – sie hat mich bis einschließlich Freitag, 20.11., krankgeschrieben. Die AU ist elektronisch an die TK gegangen, ihr könnt sie wie immer abrufen.

Ich schreibe von meiner privaten Adresse, weil der Laptop im Büro steht.

Monika: Der Zahllauf für Donnerstag ist vorbereitet, die Lieferant GmbH (Mahnung 2026-1098) ist drin, die Freigabe liegt bei dir im Workflow. Sonst ist nichts Dringendes offen.

Viele Grüße
Tobias
'''
    make(F, 6, 'de', 'krankmeldung-privatadresse', frm=C('brandt_priv'), to=[S('hr')], cc=[S('ap1')],
         subject='Krankmeldung Tobias Brandt', t=t, infra=P(I.gmx, client_ip='91.61.27.144'),
         body=text(body, 'UTF-8', 'quoted-printable', quote_cs=False),
         what='An accounts-payable clerk reports sick from his private GMX address and hands over the payment run.',
         why='Ordinary sick note from the employee\'s private address (from a German residential IP via GMX '
             'webmail); no request for money, bank changes or credentials; eAU goes through the health insurer.',
         hn='A06')

    # ------------------------------------------------------------------ 07 tax advisor on ZM / USt-IdNr.
    t = dt(2026, 10, 22, 13, 40, 19)
    nowak_vat = 'PL' + money.pl_nip('679278134')
    body = '''Sehr geehrte Frau Wüst,

die Zusammenfassende Meldung für das 3. Quartal 2026 haben wir heute fristgerecht über ELSTER an das Bundeszentralamt für Steuern übermittelt; das Übermittlungsprotokoll finden Sie im Anhang.

Bei der qualifizierten Bestätigungsabfrage nach § 18e UStG hat das BZSt für einen Ihrer Kunden das Ergebnis „ungültig“ zurückgemeldet:

- Jubiler Nowak, Kraków – USt-IdNr. %s (ungültig seit 01.10.2026)

Bitte stellen Sie Lieferungen an diesen Kunden bis zur Klärung nicht mehr als steuerfreie innergemeinschaftliche Lieferung in Rechnung. Am besten lassen Sie sich von Herrn Nowak einen aktuellen Nachweis seiner Registrierung geben; wir prüfen die Nummer dann erneut.

Zu Ihrer eigenen USt-IdNr. besteht kein Handlungsbedarf. Das BZSt fordert Unternehmen übrigens nicht per E-Mail zur „Verifizierung“ ihrer USt-IdNr. auf – solche Nachrichten sind derzeit im Umlauf und sollten ignoriert werden.

Mit freundlichen Grüßen

Dr. Martin Vogel
Steuerberater | Partner

Vogel & Partner mbB Steuerberater
Westliche Karl-Friedrich-Straße 68 | 75172 Pforzheim
Tel. +49 7231 15690-0 | m.vogel@vogel-partner-stb.de
Partnerschaftsregister AG Mannheim PR 700412
''' % nowak_vat
    prot = pdf.letter([
        ('H', 'ELSTER – Übermittlungsprotokoll'), 'Zusammenfassende Meldung (ZM) 3. Quartal 2026', ('R',),
        'Unternehmer: Example Group AG, Goldschmiedstraße 12, 75172 Pforzheim',
        'USt-IdNr.: ' + COMPANY['ustid'], 'Datenübermittler: Vogel & Partner mbB Steuerberater',
        'Übermittelt am: 22.10.2026 15:31:07', 'Transferticket: ' + alnum('zmticket', 12, 'abcdefghijklmnopqrstuvwxyz0123456789'),
        ('S', 10), ('T', ['USt-IdNr. Erwerber', 'Summe EUR', 'Art'], [160, 120, 120], True), ('R',),
        ('T', ['PL' + money.pl_nip('779241805'), '41.220,00', 'L'], [160, 120, 120]),
        ('T', [nowak_vat, '18.430,00', 'L'], [160, 120, 120]),
        ('T', ['IT' + money.it_piva('0934712015'), '96.870,00', 'L'], [160, 120, 120]),
        ('T', ['EL' + money.gr_afm('09987123'), '52.310,00', 'L'], [160, 120, 120]),
        ('T', ['ES' + money.es_cif('B', '6612478'), '77.905,00', 'L'], [160, 120, 120]), ('R',),
        'Die Daten wurden erfolgreich an die Finanzverwaltung übermittelt.'],
        producer='DATEV Druckaufbereitung', creator='DATEV Kanzlei-Rechnungswesen', title='Übermittlungsprotokoll ZM',
        created=pdfdate(dt(2026, 10, 22, 13, 32)))
    make(F, 7, 'de', 'steuerberater-zm-ustid-pruefung', frm=C('vogel'), to=[S('cfo')], cc=[S('ap1')],
         subject='Zusammenfassende Meldung Q3/2026 übermittelt – Hinweis zu einer ungültigen USt-IdNr.', t=t,
         infra=P(I.m365, lang='de-DE', has_attach=True),
         body=mixed(ol_alt(body, 'iso-8859-1'), attach(prot, 'application/pdf', 'ZM_Q3-2026_Uebermittlungsprotokoll.pdf')),
         hcs='iso-8859-1', order='outlook', bstyle='outlook',
         what='The company\'s tax advisor reports the Q3 EC sales list and an invalid customer VAT ID.',
         why='Known tax advisor on his firm\'s Microsoft 365 tenant, specific and correct content, no links, '
             'PDF protocol; explicitly says the BZSt does not ask for VAT-ID "verification" by mail.',
         hn='A04')

    # ------------------------------------------------------------------ 08 genuine PayPal payment received
    t = dt(2026, 11, 28, 18, 44, 2)
    txid = alnum('pptx', 17, '0123456789ABCDEFGHJKLMNPRSTUVWXY')
    body = '''Hallo Example Group AG,

Sie haben eine Zahlung über 1.249,00 € EUR von Laura Becker (laura.becker@t-online.de) erhalten.

Transaktionscode: %s
Transaktionsdatum: 28. Nov. 2026
Rechnungsnummer: EG-100482

Gekaufte Artikel:
Solitärring 750 Weißgold, Brillant 0,30 ct (Art. EG-R-30-WG-54) – 1 × 1.249,00 €

Lieferadresse:
Laura Becker
Lindenstraße 14
70563 Stuttgart
Deutschland

Der Käufer hat eine bestätigte Adresse angegeben. Bitte versenden Sie die Ware an diese Adresse, um den PayPal-Verkäuferschutz in Anspruch nehmen zu können.

[[Transaktionsdetails ansehen|https://www.paypal.com/activity/payment/%s]]

Hilfe und Kontakt: [[www.paypal.com/de/smarthelp/contact-us|https://www.paypal.com/de/smarthelp/contact-us]]

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg
Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.
Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.
PPX000602:%s
''' % (txid, txid, h('ppfoot', 12))
    hb = tpl.service_html('Sie haben eine Zahlung erhalten', [p for p in body.split('\n\n')[:-2]],
                          button=None, footer=body.split('\n\n')[-1], color='#003087', brand='PayPal', lang='de')
    make(F, 8, 'de', 'paypal-zahlung-erhalten-onlineshop', frm=('PayPal', 'service@paypal.de'), to=[('Example Group AG', S('eshop')[1])],
         subject='Sie haben eine Zahlung erhalten', t=t, infra=P(I.paypal, tld='de'),
         body=alt(text(tpl.plain(body, 'service'), 'UTF-8', 'quoted-printable', quote_cs=False),
                  html(hb, 'UTF-8', 'quoted-printable', quote_cs=False)),
         bstyle='service', date_pad=True, date_zone='PT',
         what='PayPal notification of a customer payment for an online-shop order.',
         why='Genuine PayPal notification from PayPal\'s own mail infrastructure, matching a shop order number, '
             'links only to paypal.com, no phone number or call-to-action.',
         hn='A08')

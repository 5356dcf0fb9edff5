"""German genuine business messages (8)."""
import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, quote_lines

W = C.who
MAIER_SIG = """Mit freundlichen Grüßen

Stefan Maier
Vertrieb Baumschul- und Gartencenterkunden

Lieferant GmbH
Zum Rosenhof 7 · 26160 Bad Zwischenahn
Tel. +49 4403 9187-24 · Mobil +49 171 5521 804
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de
Geschäftsführer: Hans-Dieter Lüers, Meike Lüers-Janßen
Amtsgericht Oldenburg HRB 20417 · USt-IdNr. %s""" % C.LIEFERANT_USTID


@m('de', 'supplier-bank-change-announced')
def b_bank_change(ctx):
    t = I.T(2026, 11, 9, 9, 2, 18)
    rcpt = W('monika.weiss')
    r = I.m365(ctx.rng, t, rcpt[1], 'lieferant-gmbh.de', pod=1)
    new, old = ids.iban_fmt(C.LIEFERANT_NEW), ids.iban_fmt(C.LIEFERANT_OLD)
    text = """Sehr geehrte Frau Weiß,

wie auf unserem Kundentag im September angekündigt, bündeln wir zum
Jahreswechsel unseren Zahlungsverkehr bei der Oldenburgischen Landesbank.
Ab dem 01.01.2027 gilt deshalb folgende Bankverbindung:

Oldenburgische Landesbank AG
IBAN: {new}
BIC: OLBODEH2XXX

Bis einschließlich 31.12.2026 bleibt unser bisheriges Konto bei der
Landessparkasse zu Oldenburg ({old}) unverändert gültig; Zahlungen, die
danach noch dort eingehen, werden bis Ende März 2027 automatisch
weitergeleitet.

Das Schreiben unserer Geschäftsführung mit beiden Unterschriften hängt an und
geht Ihnen zusätzlich per Post zu. Bitte lassen Sie sich die Änderung wie
gewohnt telefonisch bestätigen – über die Ihnen bekannte Nummer unserer
Buchhaltung (04403 9187-0, Frau Lang) oder direkt bei mir. Wir ändern
Bankdaten grundsätzlich nie kurzfristig per E-Mail und bitten Sie auch
künftig, jede angebliche Änderung auf diesem Weg zu prüfen.

{sig}
""".format(new=new, old=old, sig=MAIER_SIG)
    pdf = files.pdf([
        (14, True, 'Lieferant GmbH'), 'Zum Rosenhof 7 · 26160 Bad Zwischenahn · Tel. 04403 9187-0', '',
        'Example Group GmbH', 'Buchhaltung / Kreditoren', 'Am Baumschulweg 12', '26123 Oldenburg', '',
        'Bad Zwischenahn, 06.11.2026', '',
        (12, True, 'Änderung unserer Bankverbindung zum 01.01.2027'), '',
        'Sehr geehrte Damen und Herren,', '',
        'zum 01.01.2027 führen wir unsere Geschäftskonten bei der Oldenburgischen Landesbank AG.',
        'Bitte nutzen Sie ab diesem Datum ausschließlich folgende Bankverbindung:', '',
        'Kontoinhaber: Lieferant GmbH', 'Oldenburgische Landesbank AG', 'IBAN: ' + new, 'BIC: OLBODEH2XXX', '',
        'Bis zum 31.12.2026 bleibt die bisherige Verbindung bei der Landessparkasse zu Oldenburg gültig:',
        'IBAN: ' + old + ', BIC: SLZODE22XXX', '',
        'Zur Bestätigung erreichen Sie unsere Buchhaltung unter 04403 9187-0.', '',
        'Mit freundlichen Grüßen', '', 'Hans-Dieter Lüers                 Meike Lüers-Janßen', 'Geschäftsführer                    Geschäftsführerin',
    ], title='Bankverbindung ab 01.01.2027', author='Lieferant GmbH', producer='Microsoft® Word für Microsoft 365',
        creator='Microsoft® Word für Microsoft 365', date="D:20261106113208+01'00'")
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', font='Aptos, Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [rcpt],
                     'Neue Bankverbindung der Lieferant GmbH ab 01.01.2027', I.rdate(t, 'CET'), root,
                     cc=[W('heiko.boehmer'), ('Petra Lang', 'p.lang@lieferant-gmbh.de')],
                     hcs='windows-1252', lang_tag='de-DE', quote=True,
                     what='Lieferant GmbH announces a bank change at the year end, with a signed letter',
                     why='From the supplier\'s real domain and Microsoft 365 tenant by the known sales contact, announced weeks in advance, new account at a German bank in the supplier\'s region, old account stays valid, explicitly asks for call-back verification via the known number',
                     notes='hn:supplier-bank-change-lookalike -- same topic (Lieferant GmbH bank change); genuine domain and tenant, German bank, long notice, asks for phone verification')


@m('de', 'ceo-urgent-payment-internal')
def b_ceo_payment(ctx):
    t = I.T(2026, 11, 17, 9, 5, 33)
    rcpt = W('sabine.kroeger')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.20.41.17')
    text = """Sabine, Monika,

die Messe Essen hat gerade angerufen: die Restzahlung für unseren Stand auf
der IPM 2027 (Halle 1A, Stand 1A38) muss heute bei ihnen eingehen, sonst geben
sie die Fläche an die Warteliste weiter.

Die Rechnung IPM-27-004418 über 23.562,40 EUR liegt seit zwei Wochen im
DocuWare (Vorgang 2026-11-0447), sachlich geprüft von Tim. Meine Freigabe habe
ich eben im Workflow erteilt, die zweite bitte wie immer durch Sabine.

Bitte heute noch als Eilüberweisung raus – Bankverbindung wie in den
Stammdaten der Messe Essen hinterlegt, bitte nicht von der Rechnung abtippen.

Danke!
Jörg

Jörg Brückner
Geschäftsführer
Example Group GmbH · Am Baumschulweg 12 · 26123 Oldenburg
Tel. +49 441 92077-100
"""
    a = alt(ctx, r, text, None, 'iso-8859-15', 'quoted-printable', bstyle='exchange')
    return ctx.build(r, 'exchange', W('joerg.brueckner'), [rcpt, W('monika.weiss')],
                     'Dringend: Restzahlung Messestand IPM 2027 heute anweisen', I.rdate(t, 'CET'), a,
                     cc=[W('katrin.ahlers'), W('tim.hoffmann')], hcs='iso-8859-15', lang_tag='de-DE',
                     what='CEO asks CFO and AP for an urgent same-day payment of a trade-fair invoice',
                     why='Internal mail through EXCH02 and mail-int01; invoice already in the DMS with a process number and factual approval, four-eyes release kept, bank data taken from master data, AP and assistant copied',
                     notes='hn:ceo-fraud-acquisition-lookalike -- urgent CEO payment request, but internal route, documented invoice, dual control and master-data IBAN')


@m('de', 'supplier-dunning-supply-stop')
def b_mahnung(ctx):
    t = I.T(2026, 11, 26, 7, 45, 2)
    rcpt = W('monika.weiss')
    r = I.m365(ctx.rng, t, rcpt[1], 'lieferant-gmbh.de', pod=1)
    old = ids.iban_fmt(C.LIEFERANT_OLD)
    text = """Kunden-Nr. 10442 – Example Group GmbH

Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 05.11.2026 konnten wir für die folgenden
Rechnungen noch keinen Zahlungseingang feststellen:

Beleg           Datum        fällig am      Betrag EUR
RE-2026-10388   02.10.2026   01.11.2026      18.944,20
RE-2026-10412   08.10.2026   07.11.2026      12.071,86
RE-2026-10457   15.10.2026   14.11.2026      17.697,56
Mahngebühr                                       5,00
Gesamt                                       48.718,62

Bitte überweisen Sie den Betrag bis spätestens 03.12.2026 auf unser Konto
bei der Landessparkasse zu Oldenburg, IBAN {old}, BIC SLZODE22XXX.

Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns leider
gezwungen, Ihr Kundenkonto für weitere Auslieferungen zu sperren. Davon wäre
auch die bestätigte Lieferung für KW 50 (Auftrag 2026-44871, Weihnachtsware
Gartencenter) betroffen.

Sollten sich Zahlung und Schreiben überschnitten haben, betrachten Sie diese
Mahnung bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter
04403 9187-0.

Mit freundlichen Grüßen
Lieferant GmbH – Buchhaltung
Petra Lang

Diese Mahnung wurde maschinell erstellt und ist ohne Unterschrift gültig.
""".format(old=old)
    pdf = files.pdf([
        (14, True, 'Lieferant GmbH'), 'Zum Rosenhof 7 · 26160 Bad Zwischenahn', '',
        'Example Group GmbH, Am Baumschulweg 12, 26123 Oldenburg', '',
        (12, True, '2. Mahnung - Kunden-Nr. 10442'), 'Datum: 26.11.2026', '',
        'RE-2026-10388   02.10.2026   18.944,20 EUR', 'RE-2026-10412   08.10.2026   12.071,86 EUR',
        'RE-2026-10457   15.10.2026   17.697,56 EUR', 'Mahngebühr                        5,00 EUR',
        (11, True, 'Gesamt                         48.718,62 EUR'), '',
        'Zahlbar bis 03.12.2026: IBAN ' + old + ', BIC SLZODE22XXX',
        'Bei Nichtzahlung erfolgt eine Liefersperre.',
    ], title='Mahnung 10442', author='Lieferant GmbH', producer='Microsoft Dynamics 365 Business Central',
        creator='Report 118', date="D:20261126084500+01'00'")
    body = Text(text, 'plain', 'iso-8859-15', 'quoted-printable')
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'Mahnung_2_Kd10442_20261126.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [rcpt],
                     '2. Mahnung Kunden-Nr. 10442 – Liefersperre ab 04.12.2026', I.rdate(t, 'CET'), root,
                     hcs='iso-8859-15', lang_tag='de-DE', quote=True,
                     what='Second dunning letter from the supplier\'s ERP with threat of a supply stop',
                     why='Real supplier domain and tenant, references real invoice numbers and a confirmed order, bank account unchanged (the old one that is valid until year end), normal phone number given; harsh tone but no change of payee',
                     notes='hn:supplier-bank-change-lookalike,fake-register-offer-invoice -- payment pressure and supply stop, but payee unchanged and sender genuine')


@m('de', 'customer-order-in-thread')
def b_krueger_order(ctx):
    t = I.T(2026, 11, 3, 15, 18, 40)
    rcpt = W('nadine.wuerdemann')
    r = I.ionos(ctx.rng, t, rcpt[1], client_ip='91.64.218.102', client_helo='[192.168.10.37]')
    r.msgid = '<%s@krueger-galabau.de>' % I.ruuid(ctx.rng)
    prev_id = '<6a1f0c2e8b7d4f1aa9e3c5d7b2f81e40@EXCH02.corp.example.com>'
    quoted = """Sehr geehrter Herr Krüger,

anbei unser Angebot 2026-A-1187 für das BV Überseestadt (Hainbuche
125-150 mB, Eibe 80-100 mB, Kirschlorbeer 'Genolia' 100-125 C10).
Preise gültig bis 30.11.2026, Liefertermin KW 12/2027 nach Abruf.

Mit freundlichen Grüßen
Nadine Würdemann
Example Group GmbH – Vertrieb Objektkunden"""
    text = """Hallo Frau Würdemann,

vielen Dank für das Angebot. Herr Krüger ist diese Woche auf der Baustelle in
Oldenburg, ich übernehme die Bestellung für das BV Überseestadt.

Wir bestellen zu den Angebotspreisen, mit zwei Änderungen nach der
Baubesprechung:

- Carpinus betulus, Hecke, 125-150 cm, mB: 420 Stück (statt 380)
- Taxus baccata, 80-100 cm, mB: 160 Stück
- Prunus laurocerasus 'Genolia', 100-125 cm, C10: entfällt, stattdessen
  Ligustrum vulgare 'Atrovirens', 100-125 cm, 3xv, mB: 210 Stück

Anlieferung KW 12/2027, Baustelle Konsul-Smidt-Straße, Zufahrt über Tor 3,
bitte Avis 48 Stunden vorher an mich (0172 4419 360). Die Bestellung mit
unserer Bestellnummer hängt als PDF an.

Viele Grüße
Jana Wessels
Bauleitung

Landschaftsbau Krüger GmbH
Hafenstraße 58 · 28217 Bremen
Tel. 0421 6983 20-14

Am 02.11.2026 um 16:41 schrieb Nadine Würdemann:
""" + quote_lines(quoted) + '\n'
    pdf = files.pdf([
        (14, True, 'Landschaftsbau Krüger GmbH'), 'Hafenstraße 58 · 28217 Bremen', '',
        (12, True, 'Bestellung 4471 / BV Überseestadt'), 'Bezug: Ihr Angebot 2026-A-1187 vom 02.11.2026', '',
        'Pos 1  420 St  Carpinus betulus, Hecke, 125-150 cm, mB',
        'Pos 2  160 St  Taxus baccata, 80-100 cm, mB',
        'Pos 3  210 St  Ligustrum vulgare Atrovirens, 100-125 cm, 3xv, mB', '',
        'Liefertermin: KW 12/2027 nach Avis (48 h)', 'Lieferanschrift: Baustelle Konsul-Smidt-Straße, Bremen, Tor 3',
        '', 'Jana Wessels, Bauleitung',
    ], title='Bestellung 4471', author='J. Wessels', producer='LibreOffice 24.8', creator='Writer',
        date="D:20261103160212+01'00'")
    body = Text(text, 'plain', 'UTF-8', '8bit', ct_params='; format=flowed', quote_charset=False)
    root = Multi('mixed', [body, Att(pdf, 'application/pdf', 'Bestellung_4471_BV_Ueberseestadt.pdf')], ctx.boundary(r, 'thunderbird'),
                 preamble='This is a multi-part message in MIME format.')
    return ctx.build(r, 'thunderbird', ('Jana Wessels', 'j.wessels@krueger-galabau.de'), [rcpt],
                     'Re: Angebot 2026-A-1187 Heckenpflanzen Frühjahr 2027', I.rdate(t, 'CET'), root,
                     cc=[('Holger Krüger', 'h.krueger@krueger-galabau.de')], irt=prev_id, refs=prev_id,
                     mailer=('User-Agent', 'Mozilla Thunderbird'), lang_tag='de-DE',
                     what='Customer Landschaftsbau Krüger places the order in the real quote thread, PDF purchase order attached',
                     why='Usual Thunderbird client from a German DSL address via IONOS, specific quantities, site and contact, attachment is a plain PDF, no login or link',
                     notes='hn:thread-hijack-customer-sharepoint -- same thread and same customer domain; the genuine reply carries concrete order content and a PDF, no link, normal client and IP')


@m('de', 'sick-leave-private-mail')
def b_sick(ctx):
    t = I.T(2026, 11, 10, 6, 12, 5)
    rcpt = W('anja.huelsmann')
    r = I.gmx(ctx.rng, t, rcpt[1], 'webde')
    text = """Guten Morgen Anja,

ich liege seit gestern Abend mit Fieber und Magen-Darm flach. Ich war eben
beim Hausarzt (Dr. Meyer, Rastede), er hat mich bis einschließlich Freitag
krankgeschrieben. Die eAU ruft ihr ja über die TK ab.

Ich komme vom Handy gerade nicht ins Outlook (die Authenticator-App will eine
neue Anmeldung und ich habe den Laptop im Büro), deshalb von privat.

Könntest du bitte Heiko Bescheid geben? Der Termin mit Krüger am Donnerstag
müsste verschoben werden, die Unterlagen liegen im Teams-Ordner "Objekt
Überseestadt".

Danke und liebe Grüße
Nadine
"""
    body = Text(text, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False)
    return ctx.build(r, 'gmx', ('Nadine Würdemann', 'n.wuerdemann@web.de'), [rcpt], 'Krankmeldung',
                     I.rdate(t, 'CET'), body, cc=[W('heiko.boehmer')],
                     what='Employee reports sick from her private web.de address',
                     why='Known private address of the employee (web.de web client), only informs, no change of bank data or payment, eAU is fetched from the health insurer, refers to internal context',
                     notes='hn:payroll-diversion-freemail -- colleague writing from private mail; this one only reports sickness, the attack asks to change the salary account from an unknown freemail')


@m('de', 'it-notice-mfa-number-matching')
def b_it_notice(ctx):
    t = I.T(2026, 11, 11, 12, 30, 0)
    rcpt = W('frauke.eilers')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.20.40.8', mailbox_server='EXCH01')
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 23.11.2026, stellen wir die Anmeldung an Microsoft 365 (Teams,
SharePoint, OneDrive) auf den Nummernabgleich im Microsoft Authenticator um.
Bei der Anmeldung zeigt der Bildschirm dann eine zweistellige Zahl, die Sie
in der App eintippen.

Was Sie tun müssen: nichts, solange der Authenticator auf Ihrem Diensthandy
eingerichtet ist. Wer die App neu einrichten muss, macht das ausschließlich
über https://aka.ms/mysecurityinfo oder am IT-Tresen (EG, Raum 0.14).

Bitte beachten Sie:
- Die IT verschickt keine QR-Codes per E-Mail und bittet nie per Mail oder
  Telefon um Codes, Passwörter oder Bestätigungen in der App.
- Eine MFA-Registrierung "läuft nicht ab". Nachrichten, die das behaupten,
  bitte mit dem Button "Phishing melden" in Outlook melden.
- Bestätigen Sie keine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben.

Eine bebilderte Kurzanleitung hängt an.

Viele Grüße
Lena Schütte
IT-Sicherheit / E-Mail-Administration
Example Group GmbH · Durchwahl -410
"""
    pdf = files.pdf([
        (14, True, 'Kurzanleitung: Nummernabgleich im Microsoft Authenticator'), '',
        '1. Anmeldung am PC starten (Outlook Web, Teams oder SharePoint).',
        '2. Der Bildschirm zeigt eine zweistellige Zahl.',
        '3. Die Authenticator-App auf dem Diensthandy öffnen und die Zahl eintippen.',
        '4. Mit Fingerabdruck oder PIN bestätigen.', '',
        'Neu einrichten: https://aka.ms/mysecurityinfo oder IT-Tresen, Raum 0.14.',
        'Die IT versendet keine QR-Codes per E-Mail.', '', 'Stand: 11/2026 - IT Example Group',
    ], title='Kurzanleitung MFA', author='Lena Schütte', producer='Microsoft® Word 2021', creator='Microsoft® Word 2021',
        date="D:20261110152000+01'00'")
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap('<p>' + text.replace('&', '&amp;').replace('<', '&lt;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'de')
                                   .replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Kurzanleitung_MFA_Nummernabgleich.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', W('lena.schuette'), [('Alle Mitarbeitenden Oldenburg', 'alle-oldenburg@example.com')],
                     'Änderung ab 23.11.: Nummernabgleich im Microsoft Authenticator', I.rdate(t, 'CET'), root,
                     lang_tag='de-DE', rcpt=rcpt[1],
                     what='Internal IT announcement about Microsoft Authenticator number matching, with PDF guide',
                     why='Internal relay and Exchange hops from the known IT security admin; points only to the real aka.ms/mysecurityinfo, warns against QR-code mails, no credentials requested',
                     notes='hn:quishing-mfa-renewal -- same topic (MFA changes); internal sender, no QR code, no external link except Microsoft\'s own')


@m('de', 'job-application-pdf')
def b_application(ctx):
    t = I.T(2026, 11, 20, 17, 48, 22)
    rcpt = W('anja.huelsmann')
    cip = '91.49.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250))
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'mailout11.t-online.de', 'mailout11.t-online.de', '194.25.134.85', inner=[
        'from fwd72.aul.t-online.de (fwd72.aul.t-online.de [10.223.144.98])\n\tby mailout11.t-online.de (Postfix) with SMTP id %s\n\tfor <%s>; %s' % (
            I.postfix_qid(ctx.rng), rcpt[1], I.rdate(I.plus(t, 2), 'CET', 'e', True)),
        'from smtpclient.apple ([%s]) by fwd72.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t%s-%s; %s' % (
            cip, I.rs(ctx.rng, I.ALNUM, 4), I.rs(ctx.rng, I.ALNUM, 8), I.rdate(I.plus(t, 1), 'CET'))])
    r.msgid = '<%s@t-online.de>' % I.ruuid(ctx.rng, True)
    text = """Sehr geehrte Frau Hülsmann,

auf Ihrer Website habe ich Ihre Ausschreibung "Gärtner/in Fachrichtung
Baumschule (Ref. 2026-17)" gefunden und bewerbe mich hiermit für den Standort
Oldenburg.

Ich habe 2021 meine Ausbildung bei einer Baumschule in Westerstede
abgeschlossen und arbeite seitdem dort in der Freilandkultur (Veredelung,
Schnitt, Rodung mit dem Roder). Ab Februar 2027 bin ich frei für eine neue
Stelle.

Anschreiben, Lebenslauf und Zeugnisse finden Sie als PDF im Anhang.

Mit freundlichen Grüßen
Jonas Meiners
Mobil 0151 2270 4418
"""
    cv = files.pdf([(14, True, 'Jonas Meiners'), 'Lange Straße 22, 26655 Westerstede', '',
                    (12, True, 'Lebenslauf'), '2018-2021 Ausbildung Gärtner, Fachrichtung Baumschule',
                    'seit 2021 Gärtner Freilandkultur, Baumschule in Westerstede', 'Führerschein B, BE, T; Staplerschein',
                    'Sachkundenachweis Pflanzenschutz'], title='Lebenslauf Jonas Meiners', author='Jonas Meiners',
                   producer='macOS Version 15.1 Quartz PDFContext', creator='Pages', date="D:20261120163000+01'00'")
    zeug = files.pdf([(12, True, 'Zeugnisse Jonas Meiners'), 'Abschlusszeugnis Berufsschule 2021',
                      'Prüfungszeugnis Landwirtschaftskammer Niedersachsen 2021', 'Zwischenzeugnis 2025'],
                     title='Zeugnisse', author='Jonas Meiners', producer='macOS Version 15.1 Quartz PDFContext',
                     creator='Vorschau', date="D:20261120163500+01'00'")
    b = ctx.boundary(r, 'apple')
    root = Multi('mixed', [Text(text, 'plain', 'iso-8859-1', 'quoted-printable', quote_charset=False),
                           Att(cv, 'application/pdf', 'Anschreiben_Lebenslauf_Jonas_Meiners.pdf', disposition='inline'),
                           Att(zeug, 'application/pdf', 'Zeugnisse_Jonas_Meiners.pdf', disposition='inline')], b)
    return ctx.build(r, 'apple', ('Jonas Meiners', 'jonas.meiners@t-online.de'), [rcpt],
                     'Bewerbung Gärtner/in Baumschule (Ref. 2026-17)', I.rdate(t, 'CET'), root,
                     hcs='utf-8', mailer=('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),
                     what='Unsolicited but genuine job application with two PDF attachments',
                     why='Sent with Apple Mail via T-Online, refers to the real job reference, attachments are plain PDFs (no archive, no password), plausible local CV',
                     notes='hn:job-application-encrypted-zip -- same topic (application to HR); plain PDFs instead of an encrypted archive with shortcut/script files')


@m('de', 'tax-adviser-newsletter-erechnung')
def b_newsletter(ctx):
    t = I.T(2026, 11, 4, 8, 0, 4)
    rcpt = W('sabine.kroeger')
    r = I.brevo(ctx.rng, t, rcpt[1], 'stb-hinrichs.de')
    unsub = 'https://r.stb-hinrichs.de/mk/un/v2/%s' % I.rs(ctx.rng, I.ALNUM + '-_', 60)
    text = """Mandanten-Info 11/2026
Steuerberatung Hinrichs & Partner mbB

1. E-Rechnung: Ab 2027 Pflicht zur Ausstellung für Umsätze über 800.000 EUR

Seit dem 1. Januar 2025 müssen alle Unternehmen E-Rechnungen empfangen
können. Ab dem 1. Januar 2027 müssen Unternehmen mit einem Vorjahresumsatz
über 800.000 EUR im B2B-Bereich auch selbst E-Rechnungen (XRechnung oder
ZUGFeRD ab Version 2.0.1) ausstellen.

Wichtig: Für den Empfang ist keine Registrierung bei einer Behörde nötig.
Es gibt kein "E-Rechnungsregister" des BZSt. Derzeit kursieren E-Mails, die
unter Androhung von Bußgeldern zur "Pflichtregistrierung" auffordern und
ELSTER-Zertifikate oder Passwörter abfragen. Bitte geben Sie dort keine
Daten ein und sprechen Sie uns im Zweifel an.

2. Jahresabschluss 2026: Inventur in Baumschulen und Gartencentern

Bitte denken Sie an die Stichtagsinventur der Pflanzenbestände. Unsere
Checkliste für Dauerkulturen und Containerware finden Sie im
Mandantenportal.

3. Termine Dezember 2026
10.12. Umsatzsteuer-Voranmeldung, Lohnsteuer-Anmeldung
21.12. Kanzlei ab Mittag geschlossen

Mit freundlichen Grüßen
Ihr Team der Steuerberatung Hinrichs & Partner mbB
Gartenstraße 4 · 26122 Oldenburg · Tel. 0441 21770-0

Sie erhalten diese Mandanten-Info, weil Sie sie als Mandant abonniert haben.
Abmelden: {unsub}
""".format(unsub=unsub)
    html = ('<div style="max-width:620px;margin:auto;font-family:Georgia,serif;font-size:15px;color:#222">'
            '<p style="font-size:12px;color:#777">Mandanten-Info 11/2026</p><h1 style="font-size:22px;color:#2f5d50">Steuerberatung Hinrichs &amp; Partner mbB</h1>'
            '<h2 style="font-size:17px">1. E-Rechnung: Ab 2027 Pflicht zur Ausstellung für Umsätze über 800.000&nbsp;EUR</h2>'
            '<p>Seit dem 1. Januar 2025 müssen alle Unternehmen E-Rechnungen empfangen können. Ab dem 1. Januar 2027 müssen Unternehmen mit einem Vorjahresumsatz über 800.000&nbsp;EUR im B2B-Bereich auch selbst E-Rechnungen (XRechnung oder ZUGFeRD ab Version 2.0.1) ausstellen.</p>'
            '<p style="background:#fff4d6;padding:10px"><b>Wichtig:</b> Für den Empfang ist keine Registrierung bei einer Behörde nötig. Es gibt kein „E-Rechnungsregister“ des BZSt. Derzeit kursieren E-Mails, die unter Androhung von Bußgeldern zur „Pflichtregistrierung“ auffordern und ELSTER-Zertifikate oder Passwörter abfragen. Bitte geben Sie dort keine Daten ein und sprechen Sie uns im Zweifel an.</p>'
            '<h2 style="font-size:17px">2. Jahresabschluss 2026: Inventur in Baumschulen und Gartencentern</h2>'
            '<p>Bitte denken Sie an die Stichtagsinventur der Pflanzenbestände. Unsere Checkliste für Dauerkulturen und Containerware finden Sie im <a href="https://portal.stb-hinrichs.de/">Mandantenportal</a>.</p>'
            '<h2 style="font-size:17px">3. Termine Dezember 2026</h2><p>10.12. Umsatzsteuer-Voranmeldung, Lohnsteuer-Anmeldung<br>21.12. Kanzlei ab Mittag geschlossen</p>'
            '<p>Mit freundlichen Grüßen<br>Ihr Team der Steuerberatung Hinrichs &amp; Partner mbB<br>Gartenstraße 4 · 26122 Oldenburg · Tel. 0441 21770-0</p>'
            '<p style="font-size:11px;color:#888">Sie erhalten diese Mandanten-Info, weil Sie sie als Mandant abonniert haben. <a href="%s">Abmelden</a></p></div>'
            '<img width="1" height="1" src="https://r.stb-hinrichs.de/tr/op/%s" alt="">') % (unsub, I.rs(ctx.rng, I.ALNUM, 40))
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'de', 'Georgia, serif').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('Steuerberatung Hinrichs & Partner', 'mandanteninfo@stb-hinrichs.de'), [rcpt],
                     'Mandanten-Info 11/2026: E-Rechnung ab 2027 – was jetzt für Sie gilt', I.rdate(t, 'CET'), a,
                     reply_to=('Steuerberatung Hinrichs & Partner', 'kanzlei@stb-hinrichs.de'),
                     extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@stb-hinrichs.de?subject=unsubscribe>' % unsub),
                            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                     what='Tax adviser\'s subscribed client newsletter (Brevo) on the 2027 e-invoicing obligation',
                     why='Known tax adviser, subscribed list with List-Unsubscribe/One-Click, links only to the adviser\'s own portal, warns against the fake registration mails, no credentials requested',
                     notes='hn:erechnung-registration-phish -- same topic (E-Rechnung) via a bulk ESP; genuine newsletter from a known adviser with unsubscribe headers and no login')


MESSAGES = [b_bank_change, b_ceo_payment, b_mahnung, b_krueger_order, b_sick, b_it_notice, b_application, b_newsletter]

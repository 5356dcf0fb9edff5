"""Genuine business messages 01-16 (German 01-08, English 09-16)."""
from common import B, alt, brand, mixed, plain, pdf_att, png_att, quote_tb, exch_id, tb_id, S, SIG
from msg import Msg
from people import r_lieferant, r_kraus, r_pennine
from routes import Internal, GMX, Brevo, Service, Mailchimp
from codes import fmt_iban, hexid
from routes import det_uuid
from timez import epoch, to_utc
import files
import refs

LIEF_SIG_PL = """Petra Lang
Leitung Finanzbuchhaltung

Lieferant GmbH
Hafenstraße 112 | 47119 Duisburg
Tel. +49 203 7781-40 | Fax +49 203 7781-49
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de
Geschäftsführer: Dr. Klaus Reinders, Martin Köster | Amtsgericht Duisburg HRB 21874"""


def messages():
    out = []

    # ------------------------------------------------------------------ 01
    inv = f"""# Lieferant GmbH
Hafenstraße 112, 47119 Duisburg - USt-IdNr. {refs.LIEF_VAT}

Example Group GmbH
Rechnungseingang
Hansaallee 201
40549 Düsseldorf

## RECHNUNG Nr. 2026-10388
Rechnungsdatum: 09.10.2026    Lieferdatum: 08.10.2026    Kunden-Nr.: 40117
Ihre Bestellung: 4500127761 vom 21.09.2026    Lieferschein: 81-554203

Pos. 1  Warmbreitband S355MC, 4,00 x 1500 mm, gebeizt und geölt, 3 Coils, 61,840 t x 742,00 EUR/t = 45.885,28 EUR
Pos. 2  Legierungszuschlag / Energiezuschlag 61,840 t x 12,50 EUR/t = 773,00 EUR
Pos. 3  Abnahmeprüfzeugnis 3.1 nach EN 10204, pauschal = 45,00 EUR
Nettobetrag: 46.703,28 EUR    USt. 19 %: 8.873,62 EUR    Gesamtbetrag: 55.576,90 EUR

Zahlungsbedingungen: 30 Tage netto, bei Zahlung innerhalb von 10 Tagen 2 % Skonto.
Bankverbindung: Sparkasse Duisburg, IBAN {fmt_iban(refs.LIEF_OLD)}, BIC DUISDE33XXX

~ Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Lieferant GmbH, Sitz Duisburg, Amtsgericht Duisburg HRB 21874.
"""
    t = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 2026-10388 vom 09.10.2026 als PDF-Dokument.

Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Finanzbuchhaltung, Tel. +49 203 7781-40.

Mit freundlichen Grüßen
Lieferant GmbH
- Finanzbuchhaltung -

Diese E-Mail wurde automatisch erzeugt.
"""
    out.append(Msg(B, 1, 'de', 'lieferant-rechnung-pdf',
                   frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
                   to=[('Rechnungseingang', 'rechnungseingang@example.com')],
                   subject='Rechnung 2026-10388 zu Lieferschein 81-554203 / Ihre Bestellung 4500127761',
                   date=(2026, 10, 9, 14, 2, 11), route=r_lieferant('erp'),
                   body=mixed(plain(t, 'iso-8859-1', 'quoted-printable'),
                              pdf_att('RE_2026-10388.pdf', inv, producer='abas ERP PDF Export', when=(2026, 10, 9, 14, 1, 50),
                                      fn_style='plain')),
                   hcs='iso-8859-1',
                   what='Supplier invoice for three hot-rolled coils (EUR 55,576.90) as PDF, sent by the supplier\'s ERP.',
                   why='Known supplier, its own mail server and ERP, matches PO and delivery note, usual bank account (Sparkasse Duisburg).'))

    # ------------------------------------------------------------------ 02
    t = f"""Sehr geehrte Frau Krüger,

wie bereits in unserem Schreiben vom 19.10.2026 angekündigt, wechselt die Lieferant GmbH zum Jahreswechsel ihre Hausbank. Unsere neue Bankverbindung gilt für alle Zahlungen mit Fälligkeit ab dem 01.01.2027:

Kontoinhaber: Lieferant GmbH
Bank: Deutsche Bank AG, Filiale Duisburg
IBAN: {fmt_iban(refs.LIEF_NEW)}
BIC: DEUTDEDE350

Bis einschließlich 31.12.2026 bitten wir Sie, weiterhin auf unser bisheriges Konto bei der Sparkasse Duisburg (IBAN {fmt_iban(refs.LIEF_OLD)}) zu zahlen.

Bitte verifizieren Sie die neue Bankverbindung vor der Umstellung telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale (+49 203 7781-0) – nicht über Kontaktdaten aus dieser E-Mail. Wir werden Sie niemals per E-Mail zu kurzfristigen Zahlungen auf ein anderes Konto auffordern.

Das unterschriebene Schreiben liegt bei, das Original erhalten Sie zusätzlich per Post.

Mit freundlichen Grüßen

{LIEF_SIG_PL}
"""
    letter = f"""# Lieferant GmbH
Hafenstraße 112, 47119 Duisburg

Example Group GmbH
Kreditorenbuchhaltung, z. Hd. Frau Monika Krüger
Hansaallee 201
40549 Düsseldorf

Duisburg, 30.10.2026

## Änderung unserer Bankverbindung zum 01.01.2027

Sehr geehrte Damen und Herren,

zum 01.01.2027 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen mit Fälligkeit ab dem 01.01.2027 auf folgendes Konto:
Deutsche Bank AG, Filiale Duisburg - IBAN {fmt_iban(refs.LIEF_NEW)} - BIC DEUTDEDE350

Bis zum 31.12.2026 gilt unverändert: Sparkasse Duisburg - IBAN {fmt_iban(refs.LIEF_OLD)} - BIC DUISDE33XXX

Bitte bestätigen Sie die neue Bankverbindung telefonisch unter +49 203 7781-0.

Mit freundlichen Grüßen
Lieferant GmbH

Dr. Klaus Reinders, Geschäftsführer        ppa. Petra Lang, Leitung Finanzbuchhaltung
"""
    out.append(Msg(B, 2, 'de', 'lieferant-bankwechsel-angekuendigt',
                   frm=('Petra Lang', 'p.lang@lieferant-gmbh.de'), to=[S('ap')], cc=[S('proc')],
                   subject='Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 – bitte telefonisch verifizieren',
                   date=(2026, 11, 2, 10, 15, 38), route=r_lieferant('outlook16', ip='91.12.58.31'),
                   body=mixed(alt(t, 'windows-1252', 'quoted-printable'),
                              pdf_att('Bankverbindung_Lieferant_GmbH_ab_2027.pdf', letter,
                                      when=(2026, 10, 30, 15, 20, 0))),
                   hcs='windows-1252',
                   what='Supplier announces its change of house bank with effect from 1 Jan 2027, old and new IBAN, signed letter, asks for phone verification.',
                   why='Real domain and mail server of Lieferant GmbH, sent by the person who handles finance, announced weeks ahead with a clear cut-over date, old account valid until then, explicitly asks for call-back verification on the known number, no payment demand.',
                   hn=([2], 'Same topic (supplier bank change). Genuine: real domain/server, long notice, asks for phone verification. Attack: look-alike domain via new M365 tenant, immediate change, open invoices, avoids phone.')))

    # ------------------------------------------------------------------ 03
    orig = """Hallo Herr Maier,

bitte senden Sie uns zu unserer Bestellung 4500127944 (Warmband S355MC 4,0 x 1500, 180 t, Abruf in drei Teillieferungen) die aktualisierte Auftragsbestätigung mit den neuen Walzterminen.

Viele Grüße
""" + SIG['proc']
    t = """Hallo Herr Müller,

anbei die aktualisierte AB. Die Coils aus der Walzung KW 44 sind auf KW 45 verschoben, der Rest bleibt wie bestätigt. Die Zeugnisse 3.1 nach EN 10204 gehen wie gewohnt mit der Ware bzw. vorab per Mail an Sie.

Viele Grüße
Stefan Maier

--
Stefan Maier
Vertrieb Flachstahl
Lieferant GmbH | Hafenstraße 112 | 47119 Duisburg
Tel. +49 203 7781-23 | Mobil +49 171 5530 218
""" + quote_tb('de', 'Frank Müller', (2026, 10, 12, 16, 40), orig)
    ab = f"""# Lieferant GmbH - Auftragsbestätigung AB-26-3318 (Änderung 1)
Kunde: Example Group GmbH, Düsseldorf - Kunden-Nr. 40117 - Ihre Bestellung 4500127944 vom 05.10.2026

Pos. 1  Warmbreitband S355MC nach EN 10149-2, 4,00 x 1500 mm, gebeizt und geölt, Innendurchmesser 610 mm
        Menge: 180 t in drei Teillieferungen
        Teillieferung 1: 60 t, Walzung KW 43, Versand KW 44
        Teillieferung 2: 60 t, Walzung KW 45 (geändert, bisher KW 44), Versand KW 46
        Teillieferung 3: 60 t, Walzung KW 47, Versand KW 48
Preis: 742,00 EUR/t zzgl. Legierungs- und Energiezuschlag gemäß Monatsliste, frei Haus Düsseldorf
Prüfbescheinigung: Abnahmeprüfzeugnis 3.1 nach EN 10204

~ Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.
"""
    out.append(Msg(B, 3, 'de', 'lieferant-auftragsbestaetigung-thread',
                   frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('proc')],
                   subject='AW: Auftragsbestätigung AB-26-3318 – Warmband S355MC 4,0 x 1500',
                   date=(2026, 10, 13, 11, 7, 45), route=r_lieferant('thunderbird', ip='91.12.58.31'),
                   body=mixed(plain(t, 'utf-8', '8bit', flowed=True),
                              pdf_att('AB-26-3318_Änderung1.pdf', ab, producer='abas ERP PDF Export',
                                      when=(2026, 10, 13, 10, 58, 0), fn_style='rfc2231')),
                   mid=tb_id('business-03', 'lieferant-gmbh.de'), in_reply_to=exch_id('frank-ab-3318-1'),
                   references=[exch_id('frank-ab-3318-1')], hcs='utf-8',
                   what='Supplier salesman replies in the order thread with the updated order confirmation as PDF.',
                   why='Real Lieferant account from the office connection (Thunderbird, Telekom line), business hours, answers exactly what was asked, attachment is a normal PDF.',
                   hn=([3], 'Same thread. Genuine: Thunderbird from the office, PDF attached. Attack: same mailbox via webmail from a VPN IP at 03:12 on Saturday, "SharePoint" link to pages.dev.')))

    # ------------------------------------------------------------------ 04
    t = """Katrin,

Lieferant GmbH hält uns das Sonderkontingent Grobblech S355J2+N (ca. 600 t) nur, wenn die Anzahlung von 30 % heute noch rausgeht. Frank hat die Bestellung 4500128090 im System, die Anzahlungsrechnung AZ-2026-0117 liegt im Rechnungseingang.

Bitte heute noch über das normale Vier-Augen-Verfahren im Banking freigeben. Jörg, kannst Du die zweite Freigabe übernehmen? Bankverbindung wie im Kreditorenstamm, da ändert sich nichts.

Ich sitze ab 18:30 im Flieger nach Mailand, bei Rückfragen bitte vorher anrufen.

Danke!
Thomas

Dr. Thomas Becker
Vorsitzender der Geschäftsführung
Example Group GmbH | Hansaallee 201 | 40549 Düsseldorf
Tel. +49 211 5380-100
"""
    out.append(Msg(B, 4, 'de', 'ceo-dringende-anzahlung-intern',
                   frm=S('ceo'), to=[S('cfo')], cc=[S('acct_head'), S('asst')],
                   subject='Dringend: Anzahlung Lieferant GmbH – Sonderkontingent Grobblech heute freigeben',
                   date=(2026, 10, 22, 16, 40, 12), route=Internal(client_ip='10.20.14.21'),
                   body=alt(t, 'iso-8859-1', 'quoted-printable'), hcs='iso-8859-1',
                   what='The CEO urgently asks the CFO to release a 30 % down payment to Lieferant GmbH today.',
                   why='Internal mail via Exchange and mail-int01; refers to a PO and an invoice in the system, known supplier, bank data unchanged, keeps the four-eyes approval, CCs the Head of Accounting, invites phone calls.',
                   hn=([1, 13, 40], 'Urgent payment request by a boss. Genuine: internal relay, existing supplier and PO, normal approval, others in CC. Attacks: external look-alike/free-mail sender, secrecy, new payee, "don\'t call".')))

    # ------------------------------------------------------------------ 05
    t = """Guten Morgen Frau Hoffmann,

mich hat heute Nacht ein Magen-Darm-Infekt erwischt, ich bin heute und morgen krankgeschrieben. Die Arbeitsunfähigkeit hat die Praxis elektronisch an die Krankenkasse gemeldet (eAU), Sie können sie wie üblich abrufen.

In der Dispo weiß Frau Yilmaz Bescheid und übernimmt die Touren für Dienstag.

Ich schreibe von meinem privaten Postfach, weil ich von zu Hause keinen VPN-Zugang habe.

Viele Grüße
Dennis Braun
"""
    out.append(Msg(B, 5, 'de', 'krankmeldung-privat-gmx',
                   frm=('Dennis Braun', 'dennis.braun84@gmx.de'), to=[S('hr')], cc=[S('log')],
                   subject='Krankmeldung Dennis Braun', date=(2026, 11, 9, 6, 42, 3),
                   route=GMX(brand='gmx', client_ip='91.64.172.88'),
                   body=plain(t, 'UTF-8', 'quoted-printable'), hcs='utf-8',
                   what='Employee reports sick from his private GMX address (eAU already transmitted), CC to his work address.',
                   why='His known private address, sent from a Vodafone cable line in the region, asks for nothing but a sick note being noted, no money or data involved.',
                   hn=([7], 'Employee writing from private mail. Genuine: his known GMX address, sick note only. Attack: unknown web.de address asking to change the salary account.')))

    # ------------------------------------------------------------------ 06
    stmt = f"""# Spedition Kraus GmbH
Am Hafenbecken 4, 41460 Neuss

Example Group GmbH, Hansaallee 201, 40549 Düsseldorf - Kunden-Nr. 10472

## Kontoauszug offene Posten per 24.11.2026

Rechnung 26-4471  vom 30.09.2026  fällig 30.10.2026  Transporte KW 38-39   8.204,30 EUR
Rechnung 26-4529  vom 07.10.2026  fällig 06.11.2026  Transporte KW 40-41   7.918,10 EUR
Rechnung 26-4602  vom 14.10.2026  fällig 13.11.2026  Transporte KW 42      7.692,20 EUR
Summe überfällig: 23.814,60 EUR

Bankverbindung: Sparkasse Neuss, IBAN {fmt_iban(refs.KRAUS_IBAN)}, BIC WELADEDNXXX
"""
    t = """Sehr geehrte Frau Krüger,

trotz unserer Zahlungserinnerung vom 03.11.2026 sind die im beigefügten Kontoauszug aufgeführten Frachtrechnungen weiterhin offen. Der überfällige Betrag beläuft sich auf 23.814,60 €.

Bitte haben Sie Verständnis, dass wir als mittelständische Spedition nicht länger in Vorleistung gehen können. Sollte der Betrag nicht bis zum 30.11.2026 auf unserem Konto eingehen, werden wir ab dem 01.12.2026 keine weiteren Transporte für Sie durchführen und die Forderung an unser Inkassobüro übergeben.

Falls es Unstimmigkeiten bei einzelnen Rechnungen gibt, rufen Sie mich gerne an, dann klären wir das kurzfristig.

Mit freundlichen Grüßen

Sandra Kraus
Buchhaltung
Spedition Kraus GmbH
Am Hafenbecken 4 | 41460 Neuss
Tel. +49 2131 66 21-12
"""
    out.append(Msg(B, 6, 'de', 'spedition-mahnung-liefersperre',
                   frm=('Sandra Kraus', 'buchhaltung@spedition-kraus.de'), to=[S('ap')], cc=[S('log')],
                   subject='2. Mahnung – offene Frachtrechnungen / Einstellung der Transporte ab 01.12.2026',
                   date=(2026, 11, 24, 9, 12, 40), route=r_kraus(),
                   body=mixed(alt(t, 'windows-1252', 'quoted-printable'),
                              pdf_att('Kontoauszug_Kunde_10472.pdf', stmt, when=(2026, 11, 24, 9, 5, 0))),
                   hcs='windows-1252',
                   what='Second reminder from the contracted carrier: EUR 23,814.60 overdue, transports stop from 1 Dec, debt collection.',
                   why='Known carrier on its usual Strato/Outlook setup, real invoice numbers, the bank account already in the vendor master, offers a phone call; harsh tone and threat are commercial, not fraudulent.',
                   hn=([8], 'Payment reminder. Genuine: known carrier, plain PDF statement, usual bank account. Attack: unknown HVAC firm, encrypted ZIP with script.')))

    # ------------------------------------------------------------------ 07
    base = 'https://r.sp1-brevo.net/mk/cl/f/sh/' + hexid('b07', 20)
    paras = [
        'Guten Morgen,',
        'die wichtigsten Themen dieser Woche:',
        f'Warmband: Die Notierungen für Nordeuropa bleiben mit 620–640 EUR/t ab Werk stabil, die Werke halten ihre Dezember-Angebote. [[Weiterlesen|{base}1]]',
        f'Schrott: Die Zuschläge für Kernschrott steigen im November um weitere 15 EUR/t, Händler rechnen mit höheren Legierungszuschlägen im Januar. [[Weiterlesen|{base}2]]',
        f'Handelsschutz: Stand der neuen EU-Schutzmaßnahme für Stahl – was Importeure bei den Kontingenten beachten müssen. [[Weiterlesen|{base}3]]',
        f'Termine: Stahlhandelstag Düsseldorf am 26. November. [[Zur Anmeldung|{base}4]]',
    ]
    unsub = 'https://r.sp1-brevo.net/mk/un/v2/sh/' + hexid('b07u', 24)
    body = brand('Stahlmarkt Aktuell 45/2026', paras, None,
                 f'Sie erhalten diesen Newsletter, weil Sie sich unter frank.mueller@example.com angemeldet haben.\n'
                 f'[[Abmelden|{unsub}]] | Stahlmarkt Aktuell, Fachverlag Ruhr GmbH, Kruppstraße 82, 45145 Essen',
                 cs='utf-8', cte='quoted-printable', color='#2f3b4c', logo='Stahlmarkt Aktuell', lang='de')
    out.append(Msg(B, 7, 'de', 'newsletter-stahlmarkt-brevo',
                   frm=('Stahlmarkt Aktuell', 'newsletter@stahlmarkt-aktuell.de'), to=[S('proc')],
                   subject='Stahlmarkt Aktuell 45/2026: Warmbandpreise stabil, Schrottzuschläge steigen',
                   date=(2026, 11, 5, 7, 0, 4), route=Brevo(), body=body, hcs='utf-8',
                   extra=[('List-Unsubscribe', f'<{unsub}>, <mailto:unsubscribe-{hexid("b07m", 12)}@stahlmarkt-aktuell.de>'),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('Precedence', 'bulk')],
                   what='Weekly steel-market newsletter the head of procurement subscribed to, sent through Brevo.',
                   why='Subscribed trade newsletter: consistent ESP setup, List-Unsubscribe (one-click), tracking links only to the publisher\'s content, no requests.',
                   hn=([4, 24], 'Sent through the same ESP (Brevo). Genuine: subscribed publisher with List-Unsubscribe. Attacks: look-alike authority/courier domains.')))

    # ------------------------------------------------------------------ 08
    t = """Liebe Kolleginnen und Kollegen,

seit einigen Tagen erreichen uns vermehrt E-Mails, die angeblich von der IT stammen und Sie auffordern, einen QR-Code zu scannen, um Ihre Mehrfaktor-Authentifizierung (MFA) zu „erneuern“. Diese E-Mails sind Betrugsversuche. Bitte scannen Sie solche Codes nicht und melden Sie die Nachricht über den Button „Phishing melden“ in Outlook.

So läuft die tatsächliche Umstellung:
- Ab dem 26.10.2026 aktivieren wir im Microsoft Authenticator den Zahlenabgleich („Number Matching“). Die Umstellung erfolgt automatisch, Sie müssen nichts neu registrieren und keinen QR-Code scannen.
- Eine Neuregistrierung ist nur bei einem neuen Smartphone nötig. Dafür vereinbaren Sie einen Termin mit dem IT-Service; die Einrichtung erfolgt am Platz oder per Teams-Anruf aus dem internen Konto „IT-Service Example Group“.
- Die IT fragt Sie niemals nach Ihrem Passwort oder nach Codes aus der Authenticator-App.

Bei Fragen erreichen Sie uns unter it-helpdesk@example.com oder der Durchwahl -444.

Viele Grüße
Jan Özdemir
IT-Sicherheit & Mail-Administration
Example Group GmbH
"""
    out.append(Msg(B, 8, 'de', 'it-hinweis-mfa-qr-phishing-intern',
                   frm=S('sec'), to=[('Alle Mitarbeitenden HQ', 'alle-hq@example.com')], rcpt=S('sales')[1],
                   subject='Wichtig: Phishing-Welle mit QR-Codes – und so läuft die MFA-Umstellung wirklich',
                   date=(2026, 10, 19, 8, 30, 0), route=Internal(client_ip='10.20.14.88'),
                   body=alt(t, 'iso-8859-1', 'quoted-printable'), hcs='iso-8859-1',
                   what='Internal IT security notice about QR-code MFA phishing and the real Authenticator change (number matching).',
                   why='Internal relay, distribution list of HQ, from the mail administrator, asks for no action except not scanning codes; consistent with IT policy.',
                   hn=([5], 'MFA topic. Genuine: internal relay, no QR code, no action required. Attack: external compromised mailbox, QR code, lock-out threat.')))

    # ------------------------------------------------------------------ 09
    env = det_uuid('b09-envelope')
    acct = det_uuid('b09-account')
    link = f'https://eu.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={acct}&er={det_uuid("b09-er")}'
    paras = [
        'Rachel Moss sent you a document to review and sign.',
        'Rachel Moss\nrachel.moss@penninefab.co.uk',
        'Hi James,\nplease find attached our 2027 supply agreement for plate and hollow sections as discussed at our meeting in Rotherham. Any questions, give me a call.\nKind regards, Rachel',
    ]
    footer = ('Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n'
              'Alternate Signing Method\nVisit Docusign.com, click \'Access Documents\', and enter the security code:\n'
              f'{hexid("b09sc", 32, True)}2\n\n'
              'About Docusign\nSign documents electronically in just minutes. It\'s safe, secure, and legally binding. Whether you\'re in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.\n\n'
              'Questions about the Document?\nIf you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.\n\n'
              'This message was sent to you by Rachel Moss who is using the Docusign Electronic Signature Service.')
    body = brand('Pennine Fabrications - Supply Agreement 2027.pdf', paras, ('REVIEW DOCUMENT', link), footer,
                 cs='utf-8', cte='quoted-printable', color='#1e4ca1', logo='docusign')
    out.append(Msg(B, 9, 'en', 'docusign-envelope-pennine-genuine',
                   frm=('Rachel Moss via Docusign', 'dse@eumail.docusign.net'), to=[S('uk_mgr')],
                   reply_to=('Rachel Moss', 'rachel.moss@penninefab.co.uk'),
                   subject='Please DocuSign: Pennine Fabrications - Supply Agreement 2027.pdf',
                   date=(2026, 10, 7, 13, 55, 19), route=Service(kind='docusign'), body=body, hcs='utf-8',
                   env_from='bounces@eumail.docusign.net',
                   what='DocuSign envelope from a real customer contact: 2027 supply agreement to sign.',
                   why='Sent by DocuSign\'s EU service (eumail.docusign.net, DocuSign mail servers), review link on eu.docusign.net, reply-to the customer\'s real address; expected after the meeting.',
                   hn=([9], 'DocuSign envelope. Genuine: DocuSign infrastructure and docusign.net link. Attack: look-alike sender via SES, web.app link, "rev. 3" with deadline.')))

    # ------------------------------------------------------------------ 10
    tok = hexid('b10tok', 40)
    t = f"""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password: https://github.com/password_reset/{tok}

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
"""
    paras = ['We heard that you lost your GitHub password. Sorry about that!',
             'But don\'t worry! You can use the following button to reset your password:']
    after = [f'If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: [[https://github.com/password_reset|https://github.com/password_reset]]',
             'Thanks,\nThe GitHub Team']
    body = brand('Reset your GitHub password', paras, ('Reset your password', f'https://github.com/password_reset/{tok}'),
                 'You\'re receiving this email because a password reset was requested for your account.\nGitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107',
                 cs='utf-8', cte='quoted-printable', color='#24292f', logo='GitHub', after=after, text_override=t)
    out.append(Msg(B, 10, 'en', 'github-password-reset',
                   frm=('GitHub', 'noreply@github.com'), to=[S('sec')],
                   subject='[GitHub] Please reset your password', date=(2026, 10, 30, 6, 12, 44),
                   route=Service(kind='github'), body=body, hcs='utf-8',
                   what='GitHub password-reset e-mail requested by the IT security admin.',
                   why='From noreply@github.com through GitHub\'s outbound servers, link only to github.com/password_reset, standard wording; triggered by the user.'))

    # ------------------------------------------------------------------ 11
    paras = [
        'laura.schmitt@example.com',
        'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.',
    ]
    after = ['You can also see security activity at\n[[https://myaccount.google.com/notifications|https://myaccount.google.com/notifications]]']
    link = ('https://accounts.google.com/AccountChooser?Email=laura.schmitt@example.com&continue=https://myaccount.google.com/alert/nt/'
            + str(epoch(to_utc('PT', (2026, 11, 13, 0, 30, 41)))) + '000?rfn%3D325%26rfnc%3D1%26eid%3D' + hexid('b11', 18) + '%26et%3D0')
    body = brand('A new sign-in on Windows', paras, ('Check activity', link),
                 'You received this email to let you know about important changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
                 cs='UTF-8', cte='quoted-printable', color='#1a73e8', logo='Google', after=after)
    out.append(Msg(B, 11, 'en', 'google-security-alert-new-signin',
                   frm=('Google', 'no-reply@accounts.google.com'), to=[S('asst')],
                   subject='Security alert', date=(2026, 11, 13, 0, 31, 2), route=Service(kind='google'), body=body,
                   hcs='utf-8',
                   what='Google "new sign-in on Windows" alert for the Google account (Ads/Analytics) registered with the CEO assistant\'s address.',
                   why='From no-reply@accounts.google.com through Google\'s own servers, links only to accounts.google.com/myaccount.google.com, standard template, no request.'))

    # ------------------------------------------------------------------ 12
    txn = '8' + hexid('b12', 16, True)
    paras = [
        'Hello Sarah Holloway,',
        'You sent a payment of £146.40 GBP to Sheffield Safety Supplies Ltd.',
        f'It may take a few moments for this transaction to appear in your account.\n\nMerchant\nSheffield Safety Supplies Ltd\nsales@sheffieldsafety.co.uk\n\nInstructions to merchant\nOrder SSS-22871 – please deliver to Tinsley goods-in\n\nTransaction ID\n{txn}',
        'Cut-resistant gloves, level C, size 9 (20 pairs)  £122.00\nSubtotal £122.00\nVAT £24.40\nTotal £146.40 GBP\n\nPayment\n£146.40 GBP\nPayment sent from sarah.holloway@example.com\nFunding source: Visa Credit Card x-4417',
        'Issues with this transaction?\nYou have 180 days from the date of the transaction to open a dispute in the [[Resolution Centre|https://www.paypal.com/uk/smarthelp/home]].',
    ]
    body = brand('Receipt for your payment', paras, None,
                 'Please don\'t reply to this email. To get in touch with us, log in to your account and click "Contact" at the bottom of any page.\n'
                 'Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.',
                 cs='utf-8', cte='quoted-printable', color='#003087', logo='PayPal')
    out.append(Msg(B, 12, 'en', 'paypal-receipt-ppe-order',
                   frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[S('uk_acc')],
                   subject='Receipt for your payment to Sheffield Safety Supplies Ltd',
                   date=(2026, 11, 6, 3, 8, 27), route=Service(kind='paypal'), body=body, hcs='utf-8', quote_names=True,
                   what='PayPal receipt for PPE gloves the UK office bought (GBP 146.40).',
                   why='PayPal\'s own servers, matches a real purchase by the recipient, no phone number to call, links only to paypal.com.',
                   hn=([11], 'Both are authentic PayPal mails. Genuine: receipt of an own purchase. Attack: unsolicited invoice whose seller note pushes a phone call.')))

    # ------------------------------------------------------------------ 13
    t = """Hi James,

I'm afraid we have a problem with the S355J2 plates delivered on Tuesday (your delivery note DN-UK-26-08841, our PO P-26-1187, 8 mm, 2500 x 1250).

At least six of the 20 plates show edge wave and a flatness deviation of up to 9 mm over 1 m, well outside EN 10029 class N. They can't go through our laser without re-levelling, and two plates have a dent with surface damage near the edge (photos attached). We have quarantined the remaining 14 plates until we have checked them.

Could you please:
- arrange collection and replacement of the affected plates by Friday 20th, as this is for a live job;
- send us an 8D report or at least your initial root-cause statement;
- confirm a credit note for the re-levelling we've had to outsource (approx. £420).

Happy to discuss on the phone this afternoon.

Kind regards

Rachel Moss
Purchasing Manager
Pennine Fabrications Ltd
Parkgate Works, Rotherham S62 6JL
T +44 1709 496 022
"""
    out.append(Msg(B, 13, 'en', 'customer-complaint-flatness-photos',
                   frm=('Rachel Moss', 'rachel.moss@penninefab.co.uk'), to=[S('uk_mgr')], cc=[S('uk_acc')],
                   subject='Complaint – edge wave / flatness on S355J2 plates, DN-UK-26-08841',
                   date=(2026, 11, 12, 14, 26, 8), route=r_pennine(),
                   body=mixed(alt(t, 'iso-8859-1', 'quoted-printable', lang='en'),
                              png_att('IMG_4471.png', files.png_photo('sheet', 'b13-1')),
                              png_att('IMG_4472.png', files.png_photo('sheet', 'b13-2'))),
                   hcs='iso-8859-1',
                   what='Customer complaint about flatness/edge wave on delivered plates, with two photos; asks for replacement, 8D report and a credit note.',
                   why='Real customer on its Microsoft 365 tenant, concrete delivery/PO references, photos as PNG, phone contact offered; demands are normal commercial claims.'))

    # ------------------------------------------------------------------ 14
    t = """Dear colleagues,

Across the industry, attackers are currently flooding mailboxes with thousands of newsletter sign-ups and then calling staff on Microsoft Teams while pretending to be the IT Service Desk. Their goal is to get a remote session (for example via Quick Assist) on your laptop.

Please remember how our Service Desk works:

- We only contact you from internal Teams accounts of Example Group. A call or chat marked "External" or coming from an "onmicrosoft.com" address is never us.
- We never ask you to start Quick Assist or any other remote tool. Remote support runs only through our managed support tool, after you have opened a ticket yourself.
- We never ask for passwords or MFA codes.

If your mailbox is suddenly flooded, don't reply to anything; just report it to it-helpdesk@example.com or call extension 444 (UK: +44 114 496 0700, option 2).

Thank you
Markus Wolff
Head of IT, Example Group
"""
    out.append(Msg(B, 14, 'en', 'it-notice-teams-service-desk-intern',
                   frm=S('it'), to=[('All staff UK', 'all-uk@example.com')], rcpt=S('uk_mgr')[1],
                   subject='IT notice: how the Service Desk contacts you (Teams, Quick Assist)',
                   date=(2026, 10, 20, 10, 0, 0), route=Internal(client_ip='10.20.14.31'),
                   body=alt(t, 'us-ascii', '7bit', lang='en'), hcs='utf-8',
                   what='Internal notice from the Head of IT about e-mail bombing and fake Teams help-desk calls.',
                   why='Internal relay to the UK distribution list, informational, asks users not to accept external remote-access requests.',
                   hn=([10], 'Same topic (help desk, Teams, Quick Assist). Genuine: internal relay, warns. Attack: external onmicrosoft.com tenant asking to start Quick Assist.')))

    # ------------------------------------------------------------------ 15
    ra = f"""# Pennine Fabrications Ltd - Remittance Advice
Parkgate Works, Rotherham S62 6JL - VAT {refs.PENNINE_VAT}

To: Example Group UK Ltd, Unit 7, Tinsley Industrial Park, Sheffield S9 1QZ
Payment number: 00004127     Payment date: 05/11/2026     Method: BACS

Paid to: Example Group UK Ltd   IBAN {fmt_iban(refs.EG_UK_IBAN)}   Sort code 20-45-73   Account 63018827

Invoice UK-INV-26-3302   dated 30/09/2026    GBP 18,940.20
Invoice UK-INV-26-3347   dated 07/10/2026    GBP 21,115.80
Invoice UK-INV-26-3391   dated 14/10/2026    GBP  8,160.40
Total paid: GBP 48,216.40
"""
    t = """Dear Supplier,

Please find attached a remittance advice for payment made by BACS on 05/11/2026.

Please allow 2-3 working days for the funds to clear.

Regards
Accounts Department
Pennine Fabrications Ltd
"""
    out.append(Msg(B, 15, 'en', 'remittance-advice-pdf-pennine',
                   frm=('Pennine Fabrications Accounts', 'accounts@penninefab.co.uk'), to=[S('uk_acc')],
                   subject='Remittance Advice - Pennine Fabrications Ltd - Payment 00004127',
                   date=(2026, 11, 5, 16, 12, 50), route=r_pennine(),
                   body=mixed(plain(t, 'us-ascii', '7bit'),
                              pdf_att('Remittance_00004127.pdf', ra, producer='Sage 200 Professional',
                                      when=(2026, 11, 5, 16, 10, 0), zone='UK', fn_style='plain')),
                   hcs='utf-8',
                   what='Customer remittance advice for three invoices (GBP 48,216.40) as PDF.',
                   why='Real customer domain and M365 tenant, PDF listing actual invoice numbers and our own bank account; nothing to click or log into.',
                   hn=([14], 'Remittance advice. Genuine: PDF from the customer\'s real domain. Attack: SVG from an unknown compromised mailbox linking to a login page.')))

    # ------------------------------------------------------------------ 16
    base = f'https://metalmarketweekly.us21.list-manage.com/track/click?u={hexid("mcu", 25)[:20]}&id='
    paras = [
        'Good morning,',
        f'UK safeguard review: the Trade Remedies Authority has published its provisional findings on hot-rolled flat and quarto plate quotas for 2027. [[Read more|{base}{hexid("m1", 10)}&e={hexid("me", 10)}]]',
        f'CBAM countdown: what importers of steel into the EU must have in place before the first annual declaration. [[Read more|{base}{hexid("m2", 10)}&e={hexid("me", 10)}]]',
        f'Prices: UK HRC steady at £590-610/t delivered; structural sections up £10/t after mill price letters. [[Read more|{base}{hexid("m3", 10)}&e={hexid("me", 10)}]]',
    ]
    unsub = f'https://metalmarketweekly.us21.list-manage.com/unsubscribe?u={hexid("mcu", 25)[:20]}&id={hexid("mci", 10)}&e={hexid("me", 10)}&c={hexid("mcc", 10)}'
    body = brand('MetalMarket Weekly #48', paras, None,
                 f'You are receiving this email because you subscribed at metalmarketweekly.co.uk.\n[[Update your preferences|{unsub}]] or [[unsubscribe|{unsub}]]\nMetalMarket Weekly · 14 Kelham Square · Sheffield S3 8SD · United Kingdom',
                 cs='utf-8', cte='quoted-printable', color='#7a1f1f', logo='MetalMarket Weekly')
    out.append(Msg(B, 16, 'en', 'newsletter-metalmarket-mailchimp',
                   frm=('MetalMarket Weekly', 'news@metalmarketweekly.co.uk'), to=[S('uk_mgr')],
                   subject='MetalMarket Weekly #48: UK safeguard review, CBAM countdown',
                   date=(2026, 12, 4, 7, 30, 2), route=Mailchimp(user=hexid('mcu', 25)[:20]), body=body, hcs='utf-8',
                   extra=[('List-Unsubscribe', f'<{unsub}>, <mailto:unsubscribe-mc.us21_{hexid("mcu", 25)[:20]}.{hexid("mci", 10)}@unsubscribe.mailchimpapp.net>'),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('List-Id', f'{hexid("mcu", 25)[:20]}mc list <{hexid("mcu", 25)[:20]}.{digits_str()}.list-id.mcsv.net>')],
                   what='Weekly UK metals-market newsletter via Mailchimp.',
                   why='Subscribed newsletter through Mailchimp with List-Unsubscribe/List-Id, links to the publisher\'s content via Mailchimp tracking only.'))
    return out


def digits_str():
    from codes import digits
    return digits('mclist', 6)

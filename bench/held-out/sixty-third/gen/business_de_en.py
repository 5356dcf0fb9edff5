"""Genuine business messages 01-16 (German 01-08, English 09-16)."""
from kit import *

B = 'business'
B07_ORIG_MSGID = '<%s@example.com>' % hx('b07-orig', 32)
B07_MSGID = '<DB9PR02MB7098%s@DB9PR02MB7098.eurprd02.prod.outlook.com>' % hx('b07-proof', 32, UHEX)
B07_REPLY_MSGID = '<%s@example.com>' % hx('b07-reply', 32)

SIG_LIEF = """Lieferant GmbH
Ravensberger Straße 52 · 33602 Bielefeld
www.lieferant-gmbh.de
Geschäftsführer: Heiko Lindemann · Amtsgericht Bielefeld HRB 41877 · USt-IdNr. %s""" % org.LIEF_VAT


LOGO_CID = 'image001.png@01DD5A2E.3F1C6B90'


def _with_logo(plain, cid):
    h = html_outlook(plain, 'windows-1252')
    marker = '<p class="MsoNormal">-----Urspr&uuml;ngliche Nachricht-----'
    if marker not in h:
        marker = '<p class="MsoNormal">-----Ursprüngliche Nachricht-----'
    img = ('<p class="MsoNormal"><img width="180" height="48" style="width:1.875in;height:.5in" '
           'id="Grafik_x0020_1" src="cid:%s" alt="Lieferant GmbH"><o:p></o:p></p>\n'
           '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % cid)
    assert marker in h
    return h.replace(marker, img + marker, 1)


def lief_m365():
    return I.m365(tenant='lieferant')


def messages():
    out = []

    # ------------------------------------------------------------------ 01 de CEO urgent payment (internal)
    p = """Liebe Sabine, liebe Anna,

Messebau Nordlicht hat mich eben angerufen: Sie halten die Standfläche und den Aufbautermin für Köster auf der Internorga nur, wenn die Anzahlung bis morgen 12 Uhr bei ihnen eingeht. Sonst geht der Slot an einen anderen Aussteller.

Es geht um die Rechnung AR-2026-3318 über 41.310,00 EUR (30 % Anzahlung laut Vertrag vom 02.10.). Die Rechnung liegt seit Montag im Freigabe-Workflow, Kreditor 70418, Bankverbindung unverändert wie bei den letzten Zahlungen an Nordlicht. Ich habe sie eben als erster Freigeber bestätigt.

Sabine, bitte gib sie als zweite Freigabe frei, und Anna, nimm sie bitte heute noch in den Eilzahllauf. Falls etwas nicht passt, ruft mich an - ich bin bis 15 Uhr im Haus (Durchwahl -100), danach auf dem Handy.

Danke euch!

Jörg

--
Jörg Hoffmann
Geschäftsführer
Example Group GmbH
Große Elbstraße 145 · 22767 Hamburg
T +49 40 3861 770-100
www.example.com
"""
    out.append(M(name='01-de-ceo-urgent-payment-internal', folder=B, lang='de', t=T(11, 18, 9, 12, 40),
                 mailer=I.exchange('EXMBX01', '10.20.14.21', hdr_charset='iso-8859-1', hdr_enc='Q'),
                 frm=st('joerg.hoffmann'), to=[st('sabine.krueger'), st('anna.schroeder')], cc=[st('melanie.fuchs')],
                 rcpt='sabine.krueger@example.com',
                 subject='Dringend: Anzahlung Messebau Nordlicht bitte heute noch anweisen',
                 body=alt(p, 'iso-8859-1', style='outlook'),
                 what='CEO asks CFO and AP to approve and pay a trade-fair stand down-payment today',
                 why='Genuine: internal Exchange via mail-int01, known creditor with unchanged bank details, invoice already in the approval workflow (four-eyes), CEO reachable by phone; urgent but within process. Hard negative for CEO fraud (attacks 01, 16, 29).',
                 pairs=['01-de-ceo-fraud-confidential-acquisition', '16-en-gift-card-ceo-impersonation',
                        '29-es-fake-lawyer-confidential-acquisition']))

    # ------------------------------------------------------------------ 02 de genuine bank-detail change
    p = """Sehr geehrte Frau Schröder,
sehr geehrter Herr Wagner,

wie Ihnen Herr Maier bereits im Oktober angekündigt hat, führen wir zum 01.12.2026 unseren Zahlungsverkehr bei der Deutschen Bank zusammen. Ab diesem Datum lautet unsere Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Deutsche Bank AG, Filiale Bielefeld
IBAN: %s
BIC: %s

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang; es geht Ihnen zusätzlich per Post zu.

Bitte beachten Sie:
- Unser bisheriges Konto bei der Volksbank Bielefeld-Gütersloh bleibt bis zum 31.03.2027 bestehen. Zahlungen dorthin kommen weiterhin an, es entsteht also kein Zeitdruck.
- Bitte verifizieren Sie die neue Bankverbindung vor der ersten Zahlung telefonisch über die Ihnen bekannte Zentrale (nicht über eine Nummer aus einer E-Mail). Wir werden Sie niemals per E-Mail bitten, offene Rechnungen kurzfristig auf ein anderes Konto umzuleiten.
- Rechnungen ab dem 01.12.2026 weisen die neue Bankverbindung bereits im Rechnungsfuß aus.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Petra Lang
Finanzbuchhaltung

%s
""" % (C.grp(org.LIEF_IBAN_NEW), org.LIEF_BIC_NEW, SIG_LIEF)
    pdfl = [('#', 'Lieferant GmbH'), 'Ravensberger Straße 52 · 33602 Bielefeld · Tel. 0521 98765-0', '', '',
            'Example Group GmbH', 'Kreditorenbuchhaltung', 'Große Elbstraße 145', '22767 Hamburg', '',
            'Bielefeld, 06.11.2026', '', ('b', 'Änderung unserer Bankverbindung zum 01.12.2026'), '',
            'Sehr geehrte Damen und Herren,', '',
            'zum 01.12.2026 führen wir unseren Zahlungsverkehr bei der Deutschen Bank AG zusammen.',
            'Bitte verwenden Sie ab diesem Datum die folgende Bankverbindung:', '',
            'Kontoinhaber:  Lieferant GmbH', 'Bank:               Deutsche Bank AG, Filiale Bielefeld',
            'IBAN:               ' + C.grp(org.LIEF_IBAN_NEW), 'BIC:                ' + org.LIEF_BIC_NEW, '',
            'Unser bisheriges Konto bei der Volksbank Bielefeld-Gütersloh',
            '(IBAN ' + C.grp(org.LIEF_IBAN_OLD) + ') bleibt bis zum 31.03.2027 bestehen.', '',
            'Bitte bestätigen Sie die Änderung vor der ersten Zahlung telefonisch über unsere Zentrale.', '',
            'Mit freundlichen Grüßen', '', '', 'Heiko Lindemann                          Petra Lang',
            'Geschäftsführer                            Finanzbuchhaltung', '', '',
            ('s', 'Lieferant GmbH · Amtsgericht Bielefeld HRB 41877 · USt-IdNr. ' + org.LIEF_VAT)]
    out.append(M(name='02-de-lieferant-bank-change-genuine', folder=B, lang='de', t=T(11, 9, 9, 5, 14),
                 mailer=lief_m365(),
                 frm=('Lieferant GmbH | Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
                 to=[st('anna.schroeder'), st('daniel.wagner')], rcpt='anna.schroeder@example.com',
                 subject='Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch verifizieren',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook'),
                            att_pdf('Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf', pdfl,
                                    title='Änderung Bankverbindung', author='Petra Lang',
                                    creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
                                    date="D:20261106143012+01'00'")),
                 what='Supplier announces its move to Deutsche Bank from 1 Dec with signed letter, asks for phone verification',
                 why='Genuine: real domain and M365 tenant of Lieferant GmbH, announced in advance and by post, old account stays valid until March 2027, explicitly asks for call-back verification via the known switchboard, no redirect of open invoices. Hard negative for attack 02.',
                 pairs=['02-de-supplier-bank-change-lookalike']))

    # ------------------------------------------------------------------ 03 de reminder with supply stop
    p = """Sehr geehrte Frau Schröder,

trotz unserer Zahlungserinnerung vom 27.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10291 vom 15.09.2026, fällig am 15.10.2026:   9.204,17 €
RE-2026-10418 vom 07.10.2026, fällig am 06.11.2026:  12.480,00 €
Summe überfällig:                                    21.684,17 €

Sollte der Betrag nicht bis spätestens 20.11.2026 auf unserem Konto eingehen, müssen wir die laufenden Aufträge (Nachproduktion Thekendisplays Köster, Tischkalender 2027) leider zurückstellen und weitere Lieferungen nur noch gegen Vorkasse ausführen. Ab dem 21.11.2026 berechnen wir zudem Verzugszinsen gemäß § 288 Abs. 2 BGB sowie die Pauschale von 40,00 € je Rechnung.

Bitte überweisen Sie auf unsere bekannte Bankverbindung bei der Volksbank Bielefeld-Gütersloh (IBAN %s). Die Kontoauszugsübersicht liegt bei.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos. Bei Unstimmigkeiten rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Petra Lang
Finanzbuchhaltung
Tel. +49 521 98765-231

%s
""" % (C.grp(org.LIEF_IBAN_OLD), SIG_LIEF)
    pdfl = [('#', 'Lieferant GmbH – 2. Mahnung'), '', 'Kunde: Example Group GmbH, Kundennummer 10477',
            'Datum: 12.11.2026', '', ('b', 'Beleg             Datum         Fällig         Betrag'),
            'RE-2026-10291   15.09.2026   15.10.2026    9.204,17 EUR',
            'RE-2026-10418   07.10.2026   06.11.2026   12.480,00 EUR', '',
            ('b', 'Summe überfällig                                      21.684,17 EUR'), '',
            'Zahlbar bis 20.11.2026 auf: Volksbank Bielefeld-Gütersloh',
            'IBAN ' + C.grp(org.LIEF_IBAN_OLD) + ' · BIC ' + org.LIEF_BIC_OLD, '',
            ('s', 'Lieferant GmbH · Amtsgericht Bielefeld HRB 41877 · USt-IdNr. ' + org.LIEF_VAT)]
    out.append(M(name='03-de-lieferant-reminder-supply-stop', folder=B, lang='de', t=T(11, 12, 12, 20, 5),
                 mailer=lief_m365(),
                 frm=('Petra Lang', 'p.lang@lieferant-gmbh.de'), to=[st('anna.schroeder')], cc=[st('daniel.wagner')],
                 rcpt='anna.schroeder@example.com',
                 subject='2. Mahnung Kundennummer 10477 – Lieferstopp ab 20.11.2026',
                 body=multi('mixed', alt(p, 'windows-1252', style='outlook'),
                            att_pdf('Mahnung_2_Kd10477_2026-11-12.pdf', pdfl, title='2. Mahnung', author='Petra Lang',
                                    creator='SAP Business One', producer='Crystal Reports',
                                    date="D:20261112131700+01'00'")),
                 what='Second payment reminder for EUR 21,684.17 with a threatened supply stop',
                 why='Genuine: real supplier domain and tenant, invoice numbers match earlier correspondence, payment to the known (old) account, offers to resolve by phone; threatening tone but no change of payment route. Hard negative for attacks 02, 04 and 07.',
                 pairs=['02-de-supplier-bank-change-lookalike', '04-de-einvoice-portal-phishing', '07-de-fake-register-invoice']))

    # ------------------------------------------------------------------ 04 de colleague sick leave from private web.de
    p = """Hallo Katrin,

ich bin heute Nacht mit hohem Fieber aufgewacht und war eben beim Hausarzt – ich bin bis einschließlich Freitag, 30.10., krankgeschrieben. Die Praxis hat die AU elektronisch an die TK übermittelt, ihr könnt sie also wie gewohnt über die eAU abrufen.

Ich schreibe von meiner privaten Adresse, weil der Firmenlaptop im Büro steht. Kannst du bitte Julia Bescheid geben? Der Abstimmungstermin mit Köster am Donnerstag müsste verschoben werden, die Unterlagen liegen im Teams-Kanal „Köster Event 2027“.

Danke dir und liebe Grüße
Lena
"""
    out.append(M(name='04-de-colleague-sick-leave-private-mail', folder=B, lang='de', t=T(10, 27, 6, 48, 2),
                 mailer=I.gmx(webde=True, client_ip='95.91.214.76'),
                 frm=('Lena Schäfer', 'lena.schaefer87@web.de'), to=[st('katrin.vogel')],
                 rcpt='katrin.vogel@example.com', subject='Krankmeldung Lena Schäfer',
                 body=text(p, 'UTF-8', 'quoted-printable'),
                 what='Event manager reports sick from her private web.de address',
                 why='Genuine: a colleague writing from private mail from a German residential IP; only informs HR, points to the official eAU process, asks for no payment, data or credentials. Hard negative for payroll diversion (attack 03).',
                 pairs=['03-de-payroll-diversion-freemail']))

    # ------------------------------------------------------------------ 05 de IT notice MFA (internal)
    p = """Liebe Kolleginnen und Kollegen,

ab Montag, 2. November 2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf Number Matching in der Microsoft-Authenticator-App um. Für Kolleginnen und Kollegen mit Finanz- und Administrationsrechten folgen im Dezember FIDO2-Sicherheitsschlüssel.

Was Sie tun müssen:
- Nichts, wenn Sie den Authenticator bereits nutzen. Bei der nächsten Anmeldung zeigt Ihnen der Bildschirm eine zweistellige Zahl, die Sie in der App eingeben.
- Wer noch SMS nutzt, richtet die App bitte selbst über https://aka.ms/mysecurityinfo ein oder kommt zu einem unserer Termine in Raum 3.12 (Di/Do 10-12 Uhr).

Wichtig:
- Wir werden Sie niemals per E-Mail auffordern, einen QR-Code zu scannen, um Ihr Konto zu "verifizieren" oder eine Sperre abzuwenden. Die einzige Stelle für die Registrierung ist https://aka.ms/mysecurityinfo, die Sie selbst im Browser aufrufen.
- Bestätigen Sie keine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, und melden Sie sie sofort dem Service Desk.
- Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook weiterleiten.

Bei Fragen erreicht ihr uns unter Durchwahl -500 oder servicedesk@example.com.

Viele Grüße
Lukas Brandt
IT-Sicherheit & Messaging
Example Group GmbH
"""
    out.append(M(name='05-de-it-mfa-notice-internal', folder=B, lang='de', t=T(10, 14, 8, 30, 0),
                 mailer=I.exchange('EXMBX02', '10.20.14.87', hdr_charset='iso-8859-15', hdr_enc='Q'),
                 frm=st('lukas.brandt'), to=[('Alle Mitarbeitenden Hamburg', 'hamburg@example.com')],
                 rcpt='lena.schaefer@example.com',
                 subject='IT-Hinweis: Anmeldung mit Number Matching ab 2. November',
                 body=alt(p, 'iso-8859-15', style='outlook'),
                 what='IT security announces number matching / FIDO2 and states that IT never asks to scan QR codes',
                 why='Genuine internal notice via mail-int01/Exchange; links only to aka.ms, no deadline threat, tells users how to report phishing. Hard negative for the MFA quishing (attack 05).',
                 pairs=['05-de-quishing-mfa-reregistration']))

    # ------------------------------------------------------------------ 06 de law firm (Thunderbird)
    p = """Sehr geehrte Frau Neumann,

wie am Dienstag besprochen, erhalten Sie anbei unsere Anmerkungen zum Entwurf des Influencer-Rahmenvertrags mit der Köster Getränke GmbH (Stand 21.10.2026).

Die wichtigsten Punkte vorab:

1. Nutzungsrechte (§ 6): Die Rechteeinräumung an den Creator-Inhalten sollte ausdrücklich auch die Nutzung in bezahlten Anzeigen (Whitelisting/Spark Ads) umfassen und zeitlich auf 24 Monate begrenzt werden. Ohne diese Klarstellung droht genau die Konstellation, die wir im Frühjahr bei der Bildrechte-Abmahnung hatten.

2. Kennzeichnung (§ 8): Die Pflicht zur Kennzeichnung als „Anzeige“ bzw. „Werbung“ (§ 5a Abs. 4 UWG, § 22 MStV) sollte als wesentliche Vertragspflicht mit Vertragsstrafe ausgestaltet werden.

3. Haftung (§ 11): Die von Köster gewünschte unbegrenzte Freistellung durch die Agentur halten wir für nicht akzeptabel; unser Formulierungsvorschlag steht im Dokument.

Gern können wir die Punkte am Montag telefonisch durchgehen. Die Unterlagen senden wir Ihnen auf Wunsch auch per Post.

Mit freundlichen Grüßen

Dr. Henrike Brandes
Rechtsanwältin
Fachanwältin für Urheber- und Medienrecht

Brandes & Partner Rechtsanwälte mbB
Neuer Wall 72 · 20354 Hamburg
Tel. +49 40 3007 4410 · Fax +49 40 3007 4419
h.brandes@brandes-partner.de · www.brandes-partner.de

Partnerschaftsregister AG Hamburg PR 1184
"""
    pdfl = [('#', 'Brandes & Partner Rechtsanwälte mbB'), 'Neuer Wall 72 · 20354 Hamburg', '',
            'Unser Zeichen: 2026/0417 HB', 'Hamburg, 29.10.2026', '',
            ('b', 'Influencer-Rahmenvertrag Köster Getränke GmbH / Example Group GmbH – Anmerkungen'), '',
            '§ 6 Nutzungsrechte', '   Ergänzung: Nutzung in bezahlten Anzeigen (Whitelisting, Spark Ads, Partnership Ads).',
            '   Befristung auf 24 Monate ab Erstveröffentlichung; territorial DACH.', '',
            '§ 8 Kennzeichnung', '   Kennzeichnung "Anzeige"/"Werbung" als wesentliche Vertragspflicht,',
            '   Vertragsstrafe nach Hamburger Brauch.', '',
            '§ 11 Haftung', '   Freistellung begrenzt auf vorsätzliche oder grob fahrlässige Pflichtverletzungen',
            '   der Agentur; Haftungshöchstbetrag: Auftragswert der jeweiligen Kampagne.', '',
            '§ 14 Laufzeit', '   Kündigungsfrist 3 Monate zum Quartalsende; Sonderkündigungsrecht bei Imageschaden.', '',
            'Dr. Henrike Brandes, Rechtsanwältin']
    out.append(M(name='06-de-law-firm-contract-review', folder=B, lang='de', t=T(10, 29, 14, 41, 20),
                 mailer=I.postfix('mail.brandes-partner.de', 'mail.brandes-partner.de', '213.160.72.18',
                                  submit=('[192.168.20.31]', 'ip-088-152-044-019.um26.pools.vodafone-ip.de', '88.152.44.19'),
                                  auth='h.brandes', msgid='thunderbird', boundary='thunderbird',
                                  ua='Mozilla Thunderbird', order=I.THUNDERBIRD_ORDER,
                                  extra=[('Content-Language', 'de-DE')], hdr_enc='Q'),
                 frm=('Dr. Henrike Brandes', 'h.brandes@brandes-partner.de'), to=[st('julia.neumann')],
                 cc=[st('joerg.hoffmann')], rcpt='julia.neumann@example.com',
                 subject='Influencer-Rahmenvertrag Köster Getränke – unsere Anmerkungen (Az. 2026/0417)',
                 body=multi('mixed', text(p, 'UTF-8', '8bit', quote_charset=False, ctparams=['format=flowed']),
                            att_pdf('2026-0417_Anmerkungen_Rahmenvertrag_Influencer.pdf', pdfl,
                                    title='Anmerkungen Rahmenvertrag', author='HB',
                                    creator='Microsoft® Word 2021', producer='Microsoft® Word 2021',
                                    date="D:20261029152900+01'00'")),
                 what='The agency\'s law firm sends comments on an influencer framework contract',
                 why='Genuine: known law firm on its own mail server, expected follow-up to a meeting, plain PDF attachment, no payment or credentials requested. Hard negative for the fake-lawyer copyright notice (attack 06).',
                 pairs=['06-de-fake-lawyer-copyright-notice-encrypted-zip']))

    # ------------------------------------------------------------------ 07 de Lieferant proof in thread
    p = """Hallo Herr Köhler,

anbei der farbverbindliche Proof (PDF/X-4) für die 12 Roll-ups 85 x 200 cm und die 40 Thekendisplays A4.

Bitte beachten Sie meine Anmerkung auf Seite 2: Beim Thekendisplay läuft der Claim sehr knapp an der Stanzkontur – wir empfehlen, ihn um 3 mm nach innen zu setzen. Wenn Sie den Proof bis Donnerstag, 12 Uhr freigeben, liefern wir am 14.10. wie besprochen direkt an Köster nach Bremen.

Die Freigabe genügt formlos per E-Mail.

Mit freundlichen Grüßen

Stefan Maier
Projektleitung Druck & Display
Tel. +49 521 98765-214

%s

-----Ursprüngliche Nachricht-----
Von: Moritz Köhler <moritz.koehler@example.com>
Gesendet: Montag, 5. Oktober 2026 16:12
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Druckfreigabe Herbstkampagne Köster – Roll-ups und Thekendisplays

Hallo Herr Maier,

anbei die finalen Druckdaten für die Roll-ups und Thekendisplays. Können Sie uns bis Dienstag einen Proof schicken?

Viele Grüße
Moritz Köhler
""" % SIG_LIEF
    pdfl = [('#', 'PROOF v3 – Köster Herbstkampagne'), 'Auftrag 26-4471 · Lieferant GmbH', '',
            'Roll-up 85 x 200 cm, 12 Stück, Druck 4/0, Kassette silber',
            'Thekendisplay A4, 40 Stück, 4/0, gestanzt, Aufsteller', '',
            ('b', 'Seite 2 – Anmerkung'), 'Claim "Goldener Herbst" liegt 1,5 mm an der Stanzkontur.',
            'Empfehlung: Claim um 3 mm nach innen setzen.', '', 'Farbprofil: PSO Coated v3, PDF/X-4',
            'Freigabe bis: 08.10.2026, 12:00 Uhr · Liefertermin: 14.10.2026']
    out.append(M(name='07-de-lieferant-proof-thread-genuine', folder=B, lang='de', t=T(10, 6, 7, 40, 55),
                 mailer=lief_m365(), msgid=B07_MSGID,
                 frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[st('moritz.koehler')],
                 rcpt='moritz.koehler@example.com',
                 subject='AW: Druckfreigabe Herbstkampagne Köster – Roll-ups und Thekendisplays',
                 in_reply_to=B07_ORIG_MSGID, references=[B07_ORIG_MSGID],
                 body=multi('mixed',
                            multi('related',
                                  alt(p, 'windows-1252', style='outlook', html_body=_with_logo(p, LOGO_CID)),
                                  attachment('image/png', 'image001.png', logo_png(0, 84, 147), inline=True, cid=LOGO_CID),
                                  ctparams=['type="multipart/alternative"']),
                            att_pdf('Proof_Koester_Rollup_Thekendisplay_v3.pdf', pdfl, title='Proof v3',
                                    author='Stefan Maier', creator='Adobe InDesign 20.5', producer='Adobe PDF Library 17.0',
                                    date="D:20261006093100+02'00'")),
                 what='Supplier sends the colour proof for roll-ups and counter displays in an ongoing thread',
                 why='Genuine: real Lieferant tenant, direct reply within a day to the production manager\'s request, proof attached as PDF, business hours. Hard negative for the later thread hijack from the same mailbox (attack 08).',
                 pairs=['08-de-thread-hijack-compromised-supplier']))

    # ------------------------------------------------------------------ 08 de newsletter (Mailchimp)
    unsub_u, unsub_id = hx('redaktion@agenturbrief.de', 25), hx('agb-id', 10)
    unsub = 'https://agenturbrief.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (unsub_u, unsub_id, hx('agb-e', 10), hx('agb-c', 10))
    p = """Agenturbrief – Ausgabe 44/2026
Der Wochenüberblick für Agenturen, Marketing und Medien

Guten Morgen,

das sind die Themen dieser Woche:

1. Retail Media wächst zweistellig
Händlernetzwerke ziehen weiter Budgets aus klassischer Display-Werbung ab. Wir haben mit drei Mediaagenturen über Messbarkeit, Clean Rooms und die neue Währungsdiskussion gesprochen.

2. KI-Kennzeichnung in Anzeigen
Seit August gelten die Transparenzpflichten der KI-Verordnung. Was Agenturen bei synthetischen Bildern und Stimmen in Kampagnen beachten müssen – mit Checkliste zum Download.

3. Pitch-Kalender November
Sechs Etats sind aktuell ausgeschrieben, darunter zwei Getränkemarken und ein Onlinehändler für Heimtextilien.

4. Personalien
Neue Geschäftsführung bei zwei Hamburger Mediaagenturen, Wechsel im Marketing eines großen Discounters.

Alle Artikel lesen: https://www.agenturbrief.de/ausgabe/44-2026

Sie erhalten diesen Newsletter, weil Sie sich mit felix.hartmann@example.com auf agenturbrief.de angemeldet haben.
Abmelden: %s
Agenturbrief Medien GmbH · Schanzenstraße 12 · 20357 Hamburg · Impressum: https://www.agenturbrief.de/impressum
""" % unsub
    out.append(M(name='08-de-trade-newsletter-mailchimp', folder=B, lang='de', t=T(10, 30, 5, 0, 4),
                 mailer=I.mailchimp('us21'),
                 frm=('Agenturbrief', 'redaktion@agenturbrief.de'), to=[('', 'felix.hartmann@example.com')],
                 rcpt='felix.hartmann@example.com',
                 subject='Agenturbrief #44: Retail Media wächst zweistellig, KI-Kennzeichnung, Pitch-Kalender',
                 headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (unsub, unsub_u, unsub_id, hx('agb-m', 10))),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('List-ID', '%s mailchimp list <%s.%s.list-id.mcsv.net>' % (hx('agb-l', 10), unsub_u, unsub_id))],
                 body=alt(p),
                 what='Weekly trade newsletter for agencies (subscribed)',
                 why='Genuine bulk mail: subscribed newsletter sent via Mailchimp with List-Unsubscribe/One-Click, consistent bounce domain and content links to the publisher site only.',
                 pairs=[]))

    # ------------------------------------------------------------------ 09 en genuine DocuSign
    a, acct, er = uuid('b09a'), uuid('b09acct'), uuid('b09er')
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (a, acct, er)
    code = hx('b09code', 32, UHEX)
    p = """James Whitmore sent you a document to review and sign.

REVIEW DOCUMENT
%s

James Whitmore
james.whitmore@brightline-outdoor.co.uk

Hi Oliver,

As discussed, please find the booking contract for the Q1 2027 48-sheet and digital 6-sheet package (Köster Getränke UK launch, 4 January to 28 March 2027) for signature. Rates as per our proposal of 12 November.

Many thanks,
James

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by James Whitmore who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (link, code)
    h = page('Docusign', """<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333"><tr><td style="padding:24px;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px">
<div style="font-weight:bold;font-size:22px">docusign</div>
<div style="background:#4c00ff;color:#fff;padding:32px;text-align:center;margin-top:18px">James Whitmore sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc820;color:#000;padding:11px 24px;text-decoration:none;font-weight:bold;font-size:14px">REVIEW DOCUMENT</a></div>
<p style="margin-top:24px"><b>James Whitmore</b><br><a href="mailto:james.whitmore@brightline-outdoor.co.uk">james.whitmore@brightline-outdoor.co.uk</a></p>
<p>Hi Oliver,</p><p>As discussed, please find the booking contract for the Q1 2027 48-sheet and digital 6-sheet package (Köster Getränke UK launch, 4 January to 28 March 2027) for signature. Rates as per our proposal of 12 November.</p><p>Many thanks,<br>James</p>
</td></tr></table>
<p style="font-size:13px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:13px"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s</p>
<p style="font-size:12px;color:#666">This message was sent to you by James Whitmore who is using the Docusign Electronic Signature Service.</p>
</td></tr></table>""" % (esc(link), code))
    out.append(M(name='09-en-docusign-envelope-genuine', folder=B, lang='en', t=T(11, 26, 10, 3, 37),
                 mailer=I.docusign(),
                 frm=('James Whitmore via Docusign', 'dse@eumail.docusign.net'),
                 reply_to=('James Whitmore', 'james.whitmore@brightline-outdoor.co.uk'),
                 to=[st('oliver.bennett')], rcpt='oliver.bennett@example.com',
                 subject='Complete with Docusign: Brightline Outdoor - Media Booking Contract Q1 2027 - Example Group UK',
                 body=alt(p, html_body=h),
                 what='Media owner sends a Q1 2027 booking contract for e-signature via DocuSign',
                 why='Genuine: DocuSign EU infrastructure (eumail.docusign.net), link to eu.docusign.net, security code, Reply-To the known account manager; content matches an ongoing booking. Hard negative for the fake DocuSign HTML attachment (attack 15).',
                 pairs=['15-en-fake-docusign-bonus-html-attachment']))

    # ------------------------------------------------------------------ 10 en Entra ID risky users
    p = """Microsoft Entra ID Protection

Users at risk detected

We detected 1 user at risk in your organization: Example Group (example.com).

Review the users at risk and take the appropriate actions, such as requiring a password reset or blocking sign-in.

View users at risk:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers

You're receiving this email because you're configured to receive alerts for users at risk in Microsoft Entra ID Protection. To change these settings, go to:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/UsersAtRiskAlert

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    out.append(M(name='10-en-entra-risky-users-alert-genuine', folder=B, lang='en', t=T(11, 5, 15, 17, 9),
                 mailer=I.ms_notify(),
                 frm=('Microsoft Entra ID Protection', 'azure-noreply@microsoft.com'), to=[('', 'lukas.brandt@example.com')],
                 rcpt='lukas.brandt@example.com', subject='Users at risk detected',
                 body=alt(p),
                 what='Microsoft Entra ID Protection alert to the mail/security admin: one user at risk',
                 why='Genuine: Microsoft\'s own Exchange Online outbound (NAM), sender azure-noreply@microsoft.com, links only to entra.microsoft.com and go.microsoft.com, no credentials requested in the mail. Hard negative for Microsoft-branded lures (attacks 05, 11).',
                 pairs=['11-en-device-code-phishing-compromised-partner', '05-de-quishing-mfa-reregistration']))

    # ------------------------------------------------------------------ 11 en GitHub password reset
    tok = hx('b11tok', 40, ALNUM)
    p = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    h = page('GitHub', """<table width="544" align="center" style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<tr><td style="padding:16px 0;font-weight:bold;font-size:18px">GitHub</td></tr>
<tr><td><h2 style="font-weight:400">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#2ea44f;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>
<p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="color:#6e7781;font-size:12px;padding-top:20px">You're receiving this email because a password reset was requested for your account.<br>GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</td></tr></table>""" % tok)
    out.append(M(name='11-en-github-password-reset-genuine', folder=B, lang='en', t=T(10, 19, 10, 3, 11),
                 mailer=I.github(),
                 frm=('GitHub', 'noreply@github.com'), to=[('Thomas Becker', 'thomas.becker@example.com')],
                 rcpt='thomas.becker@example.com', subject='[GitHub] Please reset your password',
                 body=multi('alternative', text(p, 'UTF-8', '7bit'), html(h, 'UTF-8', 'quoted-printable')),
                 what='GitHub password-reset mail requested by the head of IT',
                 why='Genuine transactional mail from GitHub\'s own SMTP (out-*.smtp.github.com), standard text, token link to github.com only.',
                 pairs=[]))

    # ------------------------------------------------------------------ 12 en Google Ads invoice
    p = """Google Ads

Your invoice is available

Hello Felix,

The invoice for your Google Ads account Example Group – Köster DE (customer ID 731-224-5810) for October 2026 is now available.

Invoice number: 5201884316
Billing period: 1 Oct 2026 – 31 Oct 2026
Amount due: €38,412.67
Payment terms: 30 days (monthly invoicing)

You can view and download the invoice in your Google Ads account under Billing > Documents:
https://ads.google.com/aw/billing/documents?ocid=1840552917

You're receiving this email because you're a billing contact for this Google Ads account.

Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4, Ireland
"""
    out.append(M(name='12-en-google-ads-invoice-genuine', folder=B, lang='en', t=T(11, 2, 8, 45, 26),
                 mailer=I.google_notify(bounce='scoutcamp', sor=73),
                 frm=('Google Payments', 'payments-noreply@google.com'), to=[('', 'felix.hartmann@example.com')],
                 rcpt='felix.hartmann@example.com',
                 subject='Your Google Ads invoice for October 2026 is available',
                 body=alt(p),
                 what='Monthly Google Ads invoice notification for a client account',
                 why='Genuine: Google\'s own infrastructure (mail-sor-*.google.com, bounce via *.bounces.google.com), links to ads.google.com only, no attachment, no threat. Hard negative for the Google Ads ClickFix (attack 10).',
                 pairs=['10-en-clickfix-google-ads-billing-html']))

    # ------------------------------------------------------------------ 13 en Brightline overdue (supply/booking at risk)
    p = """Dear Priya,

Our records show that invoice BLO-20418 (£27,540.00 incl. VAT, dated 2 October 2026, due 1 November 2026) for the Köster Getränke Christmas 48-sheet campaign remains unpaid despite our reminder of 5 November.

Please be aware that under clause 9.3 of our booking terms, campaigns with invoices more than 14 days overdue may be released. If we haven't received payment by Friday 20 November, we will have to release the 38 sites booked for the 30 November posting cycle back to general availability, and we cannot guarantee equivalent sites afterwards.

Our bank details are unchanged:
Brightline Outdoor Ltd
Barclays Bank PLC, sort code 20-45-77, account 43918276
IBAN %s

If payment has already been made, please send us the remittance advice so we can allocate it. If there is a query on the invoice, let me know today and I'll put the release on hold while we resolve it.

Kind regards,

Sophie Tranter
Credit Control
Brightline Outdoor Ltd
2nd Floor, 18 Great Sutton Street, London EC1V 0DR
VAT reg. %s
""" % (C.grp(org.BRIGHTLINE_IBAN), org.BRIGHTLINE_VAT)
    out.append(M(name='13-en-media-owner-overdue-booking-release', folder=B, lang='en', t=T(11, 16, 10, 22, 48),
                 mailer=I.m365(helo='GBR01-CWX-obe.outbound.protection.outlook.com',
                               rdns='mail-cwxgbr01on2131.outbound.protection.outlook.com', ip='40.107.121.131',
                               mbx='LO0P265MB6288', pod='GBRP265', edge='LO4P265MB3911', tenant='brightline',
                               lang='en-GB', tz='UK'),
                 frm=('Brightline Outdoor Accounts', 'accounts@brightline-outdoor.co.uk'), to=[st('priya.shah')],
                 cc=[st('oliver.bennett')], rcpt='priya.shah@example.com',
                 subject='OVERDUE: Invoice BLO-20418 - Köster Christmas campaign sites at risk',
                 body=alt(p, 'iso-8859-1', style='outlook', lang='EN-GB'),
                 what='Media owner chases an overdue invoice and threatens to release booked billboard sites',
                 why='Genuine: known media owner\'s tenant, invoice and campaign match the account, bank details explicitly unchanged, offers to pause escalation on query. Urgent threat of supply stop without any new payment route.',
                 pairs=[]))

    # ------------------------------------------------------------------ 14 en IT service desk rules (internal)
    p = """Dear colleagues,

Over the past weeks several companies in our industry have been targeted by attackers who flood a mailbox with newsletter sign-ups and then contact the victim on Microsoft Teams pretending to be the IT helpdesk, asking them to start a remote-support session.

To make it easy to recognise the real Service Desk:

- We only contact you from our internal Teams accounts (@example.com). A chat labelled "External" is never us.
- We never ask you to start Quick Assist, AnyDesk, TeamViewer or any other remote tool. Quick Assist has been removed from all managed laptops; if we need remote access we use our own tool, which you start yourself from the Company Portal.
- If you receive a flood of sign-up emails, leave them alone and call us on +49 40 3861 770-500 (internal 500). We clean up the mailbox on the server side.

Please report anything suspicious to servicedesk@example.com or with the "Report phishing" button in Outlook.

Thanks for your help,
Lukas Brandt
IT Security & Messaging
Example Group
"""
    out.append(M(name='14-en-it-servicedesk-contact-rules-internal', folder=B, lang='en', t=T(11, 20, 14, 5, 30),
                 mailer=I.exchange('EXMBX02', '10.20.14.87', lang='en-US'),
                 frm=st('lukas.brandt'), to=[('Example Group - all staff', 'allstaff@example.com')],
                 rcpt='priya.shah@example.com',
                 subject='How the IT Service Desk will (and will not) contact you',
                 body=alt(p, 'utf-8', style='outlook', lang='EN-US'),
                 what='Internal IT notice on how the Service Desk contacts staff, warning about Teams vishing',
                 why='Genuine internal announcement via mail-int01/Exchange; asks for nothing, gives the internal phone number. Hard negative for the Teams/Quick Assist pretext (attack 12).',
                 pairs=['12-en-teams-helpdesk-vishing-pretext']))

    # ------------------------------------------------------------------ 15 en newsletter (SendGrid, dedicated IP)
    unsub = 'https://mediadesk-weekly.com/u/%s' % hx('b15u', 40, B64URL)
    p = """MediaDesk Weekly – 25 November 2026

This week in European media

- Programmatic CTV: why buyers are moving budget to curated marketplaces
- TikTok's new Search Ads placements now open in Germany, Italy and Spain
- Cookieless measurement: results from the first large MMM benchmark
- Out-of-home: digital screens now account for 42%% of UK OOH revenue

Read the full issue: https://mediadesk-weekly.com/issues/2026-11-25

Events: MediaDesk Live Berlin, 21 January 2027 – early-bird tickets until 15 December.

You are receiving this email because julia.neumann@example.com is subscribed to MediaDesk Weekly.
Unsubscribe: %s
MediaDesk Publishing Ltd, 5 Bream's Buildings, London EC4A 1DY
""" % unsub
    out.append(M(name='15-en-trade-newsletter-sendgrid', folder=B, lang='en', t=T(11, 25, 7, 30, 2),
                 mailer=I.sendgrid('mediadesk-weekly.com', ip='167.89.101.44', rdns='o1.ptr4471.mediadesk-weekly.com'),
                 frm=('MediaDesk Weekly', 'newsletter@mediadesk-weekly.com'), to=[('', 'julia.neumann@example.com')],
                 rcpt='julia.neumann@example.com',
                 subject='MediaDesk Weekly: curated CTV, TikTok Search Ads in DE/IT/ES, MMM benchmark',
                 headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@mediadesk-weekly.com?subject=unsubscribe>' % unsub),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                 body=alt(p),
                 what='Subscribed weekly media newsletter',
                 why='Genuine bulk mail via SendGrid with the publisher\'s dedicated IP and branded bounce domain, List-Unsubscribe one-click, links to the publisher only.',
                 pairs=[]))

    # ------------------------------------------------------------------ 16 en colleague private Gmail, broken laptop
    p = """Hi Thomas,

My laptop (Dell Latitude, asset tag EG-LDN-0142) won't start this morning – it shows the BitLocker recovery screen, then the fan spins up and it switches itself off. I'm writing from my personal Gmail because I can't get into Outlook until the laptop works.

I'm in the office until 6 today. Could someone from the Service Desk give me a call on the office landline (+44 20 7946 0318)? Nothing is urgent apart from access to the Brightline contracts, and that can wait until tomorrow.

No need to send anything to this address – happy to verify on the phone.

Thanks,
Oliver

Oliver Bennett
Office Manager, Example Group UK Ltd
"""
    out.append(M(name='16-en-colleague-broken-laptop-private-gmail', folder=B, lang='en', t=T(12, 7, 8, 55, 40),
                 mailer=I.gmail(host='mail-wm1-f54.google.com', ip='209.85.128.54'),
                 frm=('Oliver Bennett', 'oliver.bennett.ldn@gmail.com'), to=[st('thomas.becker')],
                 rcpt='thomas.becker@example.com', subject='Laptop dead - Oliver (London office)',
                 body=alt(p, 'UTF-8', style='gmail'),
                 what='London office manager reports a broken laptop from his personal Gmail',
                 why='Genuine: colleague on private mail asks IT to phone him on the office landline, requests nothing sensitive. Hard negative for gift-card/CEO impersonation from freemail (attack 16) and the helpdesk pretext (attack 12).',
                 pairs=['16-en-gift-card-ceo-impersonation', '12-en-teams-helpdesk-vishing-pretext']))
    return out

"""Genuine business messages 01-16 (German, English)."""
from common import *

LIEF_OLD = util.iban('DE', '70150000' + '0092417733')
LIEF_NEW = util.iban('DE', '70020270' + '0015839204')
LIEF_UST = util.de_ustid('12947715')
SIG_LIEF = '''--
Lieferant GmbH · Großmarkthalle, Schäftlarnstraße 10 · 81371 München
Tel. +49 89 7677 440 · www.lieferant-gmbh.de
Geschäftsführer: Andreas Brenner · HRB 104 882 AG München · USt-IdNr. %s''' % LIEF_UST
lief365 = o365(lang='de-DE', region='eurprd04', obe='EUR04-DB3')

MSGS = []
A = MSGS.append

# 01 invoice
t1 = '''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10893 vom 26.10.2026 für die Lieferungen der KW 43 an die Zentralküche Garching und die Betriebsrestaurants Technopark Süd.

Rechnungsbetrag: 27.604,88 EUR (zahlbar bis 25.11.2026 ohne Abzug, 2 %% Skonto bis 05.11.2026)
Bankverbindung: Stadtsparkasse München, IBAN %s

Die XRechnung (UBL) haben wir wie vereinbart zusätzlich über Ihr Peppol-Postfach übermittelt.

Mit freundlichen Grüßen
Buchhaltung Lieferant GmbH

%s''' % (util.fmt_iban(LIEF_OLD), SIG_LIEF)
A(M('de', 'lieferant-rechnung-pdf', ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [who('ap')],
    'Rechnung RE-2026-10893 / Kunden-Nr. 40117', T(2026, 10, 26, 16, 2), lief365,
    multi('mixed', text(t1, 'plain', 'iso-8859-15', 'quoted-printable'),
          pdfatt('RE-2026-10893.pdf', ['#Lieferant GmbH - Rechnung RE-2026-10893', 'Kunde 40117: Example Group GmbH, Landsberger Str. 302, 80687 Muenchen',
                 'Rechnungsdatum 26.10.2026, Leistungszeitraum KW 43', '', 'Trockensortiment und Kuehlware lt. Lieferscheinen 88412-88437', 'Netto 25.799,89 EUR',
                 'USt 7 % / 19 %: 1.804,99 EUR', 'Gesamt 27.604,88 EUR', '', 'IBAN ' + util.fmt_iban(LIEF_OLD), 'USt-IdNr. ' + LIEF_UST])),
    'Routine monthly invoice from the supplier\'s invoicing mailbox with PDF, bank account unchanged, XRechnung sent via Peppol.',
    'Known correspondent on its own domain and Microsoft 365, expected content, known account, no link or action beyond payment terms.', hcs='iso-8859-15'))

# 02 genuine bank change
t2 = '''Sehr geehrte Frau Krüger,

wie bereits von unserem Geschäftsführer Herrn Brenner im Schreiben vom 02.11.2026 (per Post) angekündigt, wechseln wir zum 01.12.2026 unsere Hausbank. Die bisherige Verbindung bei der Stadtsparkasse München bleibt bis zum 31.03.2027 parallel bestehen, Zahlungen dorthin gehen also nicht verloren.

Neue Bankverbindung ab 01.12.2026:
HypoVereinsbank München
IBAN: %s
BIC: HYVEDEMMXXX

Bisher (gültig bis 31.03.2027): IBAN %s

Bitte ändern Sie die Bankverbindung in Ihrem System nicht allein aufgrund dieser E-Mail. Rufen Sie uns zur Bestätigung unter der Ihnen bekannten Nummer +49 89 7677 440 an oder nutzen Sie den Brief mit Originalunterschrift. Den Brief finden Sie zusätzlich als PDF im Anhang.

Mit freundlichen Grüßen
Petra Lang
Debitorenbuchhaltung

%s''' % (util.fmt_iban(LIEF_NEW), util.fmt_iban(LIEF_OLD), SIG_LIEF)
A(M('de', 'lieferant-bankwechsel-korrekt-angekuendigt', ('Petra Lang', 'p.lang@lieferant-gmbh.de'), [who('ap')],
    'Wechsel der Bankverbindung zum 01.12.2026 - bitte telefonisch bestätigen', T(2026, 11, 4, 9, 31), lief365,
    multi('mixed', altpart(t2, 'windows-1252', 'quoted-printable'),
          pdfatt('Schreiben_Bankwechsel_Lieferant_GmbH.pdf', ['#Lieferant GmbH', 'Muenchen, 02.11.2026', '', 'Wechsel der Bankverbindung zum 01.12.2026',
                 'Neu: HypoVereinsbank, IBAN ' + util.fmt_iban(LIEF_NEW), 'Alt (bis 31.03.2027): IBAN ' + util.fmt_iban(LIEF_OLD), '',
                 'Bitte telefonisch unter +49 89 7677 440 bestaetigen.', 'Andreas Brenner, Geschaeftsfuehrer'])),
    'Genuine bank change from the real supplier domain: announced by post in advance, German bank in the supplier\'s name, old account stays valid, explicitly asks for phone verification on the known number.',
    'Proper change process; nothing urgent, no foreign account. Hard negative of attack 02.', hcs='windows-1252'))

# 03 CEO urgent payment, internal
t3 = '''Katrin,

bitte veranlass heute noch die Anzahlung an Rational für die zwei neuen iCombi-Linien in Garching (Bestellung 4500018842, 30 % = 61.950,00 EUR netto). Die Rechnung liegt im Workflow bei dir, Freigabe durch mich und Markus ist gestern erfolgt.

Hintergrund: wenn die Anzahlung bis morgen nicht drin ist, rutschen wir aus dem Montage-Slot im Dezember und die Umstellung der Schulverpflegung verschiebt sich auf Februar.

Bankdaten bitte wie immer aus dem Kreditorenstamm, nicht aus der Rechnung.

Danke!
Jürgen

Jürgen Böhm
Geschäftsführer | Example Group GmbH
Landsberger Straße 302 · 80687 München'''
A(M('de', 'ceo-dringende-zahlung-intern', who('ceo'), [who('cfo')],
    'Dringend: Anzahlung Rational Garching heute', T(2026, 10, 15, 8, 12), internal(lang='de-DE', client_ip='10.20.5.41'),
    altpart(t3, 'iso-8859-1', 'quoted-printable'),
    'The real CEO asks the CFO for an urgent same-day deposit to a known equipment vendor, via the internal relay.',
    'Internal Exchange -> mail-int01 path, references PO and workflow approval, tells her to use master data bank details. Hard negative of attack 01.',
    cc=[who('proc')], hcs='iso-8859-1'))

# 04 urgent reminder with supply stop
t4 = '''Sehr geehrte Frau Krüger,

trotz unserer Zahlungserinnerung vom 10.11.2026 konnten wir bis heute keinen Zahlungseingang zu folgenden Rechnungen feststellen:

RE-2026-10893 vom 26.10.2026   27.604,88 EUR   fällig 25.11.2026
RE-2026-10941 vom 02.11.2026   19.233,10 EUR   fällig 02.12.2026

Gesamt offen: 46.837,98 EUR

Bitte überweisen Sie den Betrag bis spätestens 11.12.2026 auf unser bekanntes Konto. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, die Belieferung Ihrer Standorte ab dem 14.12.2026 auf Vorkasse umzustellen bzw. auszusetzen.

Sollten sich Zahlung und Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos. Bei Rückfragen erreichen Sie mich unter +49 89 7677 4410.

Mit freundlichen Grüßen
Petra Lang

%s''' % SIG_LIEF
A(M('de', 'lieferant-mahnung-liefersperre', ('Petra Lang', 'p.lang@lieferant-gmbh.de'), [who('ap')],
    '2. Mahnung - Kunden-Nr. 40117 - drohende Liefersperre', T(2026, 12, 7, 14, 48), lief365,
    text(t4, 'plain', 'iso-8859-15', '8bit'),
    'Second payment reminder with threat of supply stop, from the real supplier contact.',
    'Threatening but legitimate: real domain and infrastructure, refers to known account, gives the known phone number.', cc=[who('cfo')], hcs='iso-8859-15'))

# 05 parent complaint
t5 = '''Sehr geehrte Damen und Herren,

mein Sohn Leon (Klasse 3b, Grundschule an der Haldenbergerstraße) hat eine ärztlich bestätigte Erdnuss- und Sesamallergie, die bei der Anmeldung zum Mittagessen angegeben wurde. Am Dienstag, 10.11., gab es laut Speiseplan "Gemüsecurry mit Reis", auf dem Aushang in der Mensa war aber kein Hinweis auf Sesam. Leon hat nach dem Essen einen Ausschlag bekommen; zum Glück war es nicht schlimmer.

Ich möchte bitte wissen,
- ob in dem Gericht Sesam oder Sesamöl enthalten war,
- wie sichergestellt wird, dass die Allergenkennzeichnung vor Ort stimmt,
- an wen ich mich künftig direkt wenden kann.

Die Schulleitung habe ich in Kopie gesetzt. Ich bitte um eine Rückmeldung bis Ende der Woche.

Mit freundlichen Grüßen
Melanie Brandt
Tel. 0176 4421 8830'''
A(M('de', 'beschwerde-eltern-allergene-gmx', ('Melanie Brandt', 'melanie.brandt@gmx.de'), [who('sales')],
    'Beschwerde Allergenkennzeichnung Mittagessen 10.11. - Klasse 3b', T(2026, 11, 11, 20, 37), gmx('89.12.214.77'),
    altpart(t5, 'utf-8', 'quoted-printable', htm=htmlize(t5, font='Verdana')),
    'Genuine complaint from a parent via GMX about allergen labelling at a school canteen.',
    'Private sender on a real GMX path, specific details, phone number, no links or attachments. Hard negative of attack 08.',
    cc=[('Schulleitung GS Haldenbergerstraße', 'gs-haldenberger@muenchen.de')]))

# 06 sick leave from private mail
png6 = util.png_photo('au-bescheinigung')
t6 = '''Hallo Monika,

ich liege seit gestern Abend flach (Magen-Darm, passt ja leider zur Saison). Ich war heute früh beim Arzt, bin bis einschließlich Freitag krankgeschrieben. Die eAU läuft ja über die Kasse, ich schick dir trotzdem ein Foto vom Ausdruck.

Die Frühschicht in Garching übernimmt Dennis, mit dem hab ich schon telefoniert. Dienstlich bin ich per Handy erreichbar, der Laptop ist im Büro.

Viele Grüße
Frank'''
A(M('de', 'krankmeldung-privat-webde', ('Frank Zimmermann', 'frank.zimmermann77@web.de'), [who('hr')],
    'Krankmeldung bis Freitag', T(2026, 11, 17, 7, 5), gmx('188.174.91.23', webde=True),
    multi('mixed', text(t6, 'plain', 'iso-8859-1', 'quoted-printable'), att(png6, 'image/png', 'AU_Ausdruck.png')),
    'Head of central kitchen reports sick leave from his private web.de address with a photo of the sick note.',
    'Real person, plausible private channel, no request for money or data changes. Hard negative of attack 14.', cc=[who('kitchen')], hcs='iso-8859-1'))

# 07 IT notice MFA
t7 = '''Liebe Kolleginnen und Kollegen,

ab Montag, 09.11.2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf die Number-Matching-Methode im Microsoft Authenticator um. Für die meisten von Ihnen ändert sich nichts, außer dass Sie bei der Anmeldung eine zweistellige Zahl in der App eingeben.

Wichtig:
- Wir verschicken keine QR-Codes per E-Mail. Eine Neuregistrierung erfolgt nur am Arbeitsplatz über https://mysignins.microsoft.com oder persönlich im IT-Service (Raum 2.14).
- Die IT fragt niemals nach Ihrem Kennwort oder einem Bestätigungscode - weder per Mail, Telefon noch Teams.
- Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook melden.

Fragen: Durchwahl -333 oder it-service@example.com.

Viele Grüße
Lukas Hoffmann
IT-Sicherheit | Example Group'''
A(M('de', 'it-hinweis-mfa-intern', who('sec'), [('Alle Mitarbeitenden DE', 'alle-de@example.com')],
    'IT-Hinweis: Umstellung Microsoft Authenticator ab 09.11.', T(2026, 11, 5, 11, 2), internal(lang='de-DE', client_ip='10.20.7.12', server='EXCH02'),
    altpart(t7, 'iso-8859-15', 'quoted-printable'),
    'Internal IT security notice about MFA number matching, warns that QR codes are never sent by mail.',
    'Internal relay path, sender is the real mail admin, only links to the genuine Microsoft page. Hard negative of attack 05.',
    rcpt='monika.schaefer@example.com', hcs='iso-8859-15'))

# 08 newsletter
t8 = '''GV-Praxis Newsletter | November 2026

1. Mehrwertsteuer in der Gemeinschaftsverpflegung: was 2027 gilt
2. Schulverpflegung: DGE-Qualitätsstandard, neue Checkliste zum Download
3. Energiekosten in Großküchen senken - Praxisbericht aus Augsburg
4. Termine: Fachtagung Betriebsgastronomie, 3. Dezember, Frankfurt

Alle Artikel: https://www.gv-praxis-news.de/newsletter/2026-11

Sie erhalten diesen Newsletter, weil Sie sich mit julia.neumann@example.com angemeldet haben.
Abmelden: https://www.gv-praxis-news.de/newsletter/abmelden?e=anVsaWEubmV1bWFubkBleGFtcGxlLmNvbQ
Fachverlag Gastro Medien GmbH, Frankfurt am Main, HRB 71122'''
h8 = htmlize(t8, font='Georgia, serif')
A(M('de', 'newsletter-gv-praxis-mailchimp', ('GV-Praxis Newsletter', 'newsletter@gv-praxis-news.de'), [who('sales')],
    'GV-Praxis Newsletter November: MwSt. 2027, Schulverpflegung, Energiekosten', T(2026, 11, 19, 6, 30), esp('mailchimp'),
    altpart(t8, 'utf-8', 'quoted-printable', htm=h8),
    'Subscribed trade newsletter for the catering industry via Mailchimp with List-Unsubscribe.',
    'Bulk but solicited: one-click unsubscribe headers, consistent sender domain, no credential requests.',
    extra=[('List-Unsubscribe', '<https://www.gv-praxis-news.de/newsletter/abmelden?e=anVsaWEubmV1bWFubkBleGFtcGxlLmNvbQ>, <mailto:unsubscribe-mc.us21_4821@gv-praxis-news.de>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GV-Praxis <4821.list-id.mcsv.net>'), ('Precedence', 'bulk')]))

# 09 DocuSign genuine
t9 = '''Hannah Whitaker sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=7c2e51a9-04b8-4d1a-9f2e-3b6a8c0d71e4&etti=24&acct=a1f0c3d2-5b7e-4c19-8d2a-61e9f4b3c520&er=3e8a6d1c-92f4-4b07-a5c1-0d7e2f9b8a64

Hannah Whitaker
h.whitaker@penninebiotech.co.uk

Dear Oliver, please find the renewed staff restaurant agreement for 2027 as agreed in our meeting on 6 October. Kind regards, Hannah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
3E8A6D1C92F44B07A5C10D7E2F9B8A643

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.'''
A(M('en', 'docusign-envelope-genuine', ('Hannah Whitaker via Docusign', 'dse@eumail.docusign.net'), [who('uk_mgr')],
    'Complete with Docusign: Pennine Biotech - Staff Restaurant Agreement 2027.pdf', T(2026, 10, 9, 14, 26, tz='UK'), svc('docusign'),
    altpart(t9, 'utf-8', 'quoted-printable'),
    'Genuine DocuSign envelope from the customer via DocuSign EU infrastructure with security code.',
    'Real docusign.net sender and relays, links only to eu.docusign.net, expected contract renewal. Hard negative of attack 09.',
    reply_to=C['pennine'], tz='UK'))

# 10 Microsoft unusual sign-in
t10 = '''Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account ol*****@example.com.

Sign-in details
Country/region: Spain
IP address: 88.26.241.19
Date: 11/10/2026 6:41 PM (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team'''
A(M('en', 'microsoft-unusual-signin-genuine', ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), [who('uk_mgr')],
    'Microsoft account unusual sign-in activity', T(2026, 11, 10, 18, 43, tz='UK'), svc('microsoft'),
    altpart(t10, 'utf-8', 'quoted-printable'),
    'Genuine Microsoft account security alert (sign-in from Spain while travelling to the Barcelona office).',
    'Real accountprotection.microsoft.com sender via Microsoft outbound, links only to account.live.com. Hard negative of attacks 13 and 35.', tz='UK'))

# 11 GitHub password reset
t11 = '''Hey thomas-mueller-exgrp!

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/3c91b2e07af4d85c1e62a9f0b4d7e138c5a2f96d

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team'''
A(M('en', 'github-password-reset-genuine', ('GitHub', 'noreply@github.com'), [who('it')],
    '[GitHub] Please reset your password', T(2026, 11, 23, 9, 14), svc('github'),
    altpart(t11, 'utf-8', 'quoted-printable'),
    'Password reset requested by the Head of IT for the company GitHub organisation account.',
    'Real GitHub SMTP infrastructure, link to github.com only, user-initiated.', tz='UTC'))

# 12 Google security alert
t12 = '''Google

A new sign-in on Android

julia.neumann@example.com

We noticed a new sign-in to your Google Account on a Samsung Galaxy S24 device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email=julia.neumann@example.com&continue=https://myaccount.google.com/alert/nt/1795339820000?rfn%3D31

You can also see security activity at https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'''
A(M('en', 'google-new-signin-genuine', ('Google', 'no-reply@accounts.google.com'), [who('sales')],
    'Security alert', T(2026, 11, 24, 8, 10), svc('google'),
    altpart(t12, 'utf-8', 'base64'),
    'Genuine Google security alert for the Google Account (Business Profile of the restaurants) registered to the sales address, after she set up her new company phone.',
    'Real Google sending infrastructure, links only to google.com.', tz='UTC'))

# 13 UK supplier statement, account on stop
t13 = '''Dear Sarah,

Please find attached your statement of account as at 30 November 2026.

Our records show the following invoices are now over 30 days past due:

INV-771402  02/10/2026  £6,418.22
INV-772118  09/10/2026  £4,907.55

Total overdue: £11,325.77

Unless payment or a remittance is received by Friday 4 December, your account will be placed on stop and deliveries to the Manchester and Salford sites will be held from Monday. Payment should be made to our usual bank account as shown on the statement; our bank details have not changed.

If you believe any of these items are in dispute, please call me on 0161 496 0732.

Kind regards
Gemma Hurst
Credit Control
Northern Foodservice Ltd'''
A(M('en', 'supplier-statement-account-on-stop', ('Northern Foodservice Credit Control', 'creditcontrol@northernfoodservice.co.uk'), [who('uk_acc')],
    'Statement of account - EXAMP01 - overdue items', T(2026, 12, 1, 10, 15, tz='UK'), o365(lang='en-GB', region='eurprd05', obe='EUR02-DU2'),
    multi('mixed', text(t13, 'plain', 'windows-1252', 'quoted-printable'),
          pdfatt('Statement_EXAMP01_20261130.pdf', ['#Northern Foodservice Ltd - Statement', 'Customer EXAMP01 Example Group UK Ltd', 'INV-771402 02/10/2026 GBP 6,418.22',
                 'INV-772118 09/10/2026 GBP 4,907.55', 'Total overdue GBP 11,325.77', 'Bank: Barclays, sort code 20-55-41, acc 40779113 (unchanged)'])),
    'UK wholesaler\'s credit control sends a statement with overdue items and threatens an account stop.',
    'Urgent but genuine: known supplier domain, explicitly says bank details unchanged, dispute phone number.', tz='UK'))

# 14 broken laptop from private gmail
t14 = '''Hi Oliver,

Quick one from my personal email - my work laptop died this morning (black screen, won't charge, fan spins for a second and stops). I've logged a ticket with IT in Munich by phone (Emre has it) and they'll courier a loaner to the office for Thursday.

I'll come in tomorrow and do the month-end accruals on the spare PC in the meeting room. Nothing needs doing from your side, just didn't want you to wonder why I'm offline on Teams.

Sarah'''
A(M('en', 'laptop-broken-private-gmail', ('Sarah Collins', 'sarah.collins.1985@gmail.com'), [who('uk_mgr')],
    'Laptop dead - offline today', T(2026, 11, 30, 8, 2, tz='UK'), gmail(),
    text(t14, 'plain', 'utf-8', '7bit'),
    'UK accountant tells her office manager from personal Gmail that her laptop is broken and IT has a ticket.',
    'Private address used for a plausible reason, no request to change data, move money or open anything. Hard negative of attack 14.', tz='UK'))

# 15 IT warning about Teams vishing
t15 = '''Dear colleagues,

Over the last weeks several companies in our sector were hit by the following scam, and we saw two attempts against Example Group this week:

1. Your mailbox is suddenly flooded with hundreds of newsletter sign-ups.
2. Shortly afterwards someone contacts you on Microsoft Teams or by phone as "Help Desk" or "IT Support" and offers to fix it.
3. They ask you to open Quick Assist or AnyDesk.

Our IT team will never contact you through an external Teams account and will never ask you to start Quick Assist unless you have called us first. If this happens, end the chat and call the IT service desk on +49 89 2045 333 (ext. 333).

Thanks
Lukas Hoffmann
IT Security | Example Group'''
A(M('en', 'it-warning-teams-vishing-internal', who('sec'), [('All staff UK', 'all-uk@example.com')],
    'Security warning: fake IT support on Teams', T(2026, 11, 5, 15, 40), internal(lang='en-GB', client_ip='10.20.7.12', server='EXCH02'),
    altpart(t15, 'us-ascii', '7bit'),
    'Internal security warning about e-mail bombing followed by fake help-desk Teams calls.',
    'Internal relay path from the real mail admin, no links. Hard negative of attack 12.', rcpt='sarah.collins@example.com'))

# 16 customer complaint UK
t16 = '''Hi Oliver,

I'm afraid I need to raise a complaint about service at our Manchester Science Park restaurant this week.

- Tuesday: the hot counter ran out of the vegetarian option by 12:40 and no alternative was offered.
- Wednesday: the delivery of sandwiches for the board meeting arrived 35 minutes late, without the gluten-free platter we ordered (PO 48813).
- Several staff have commented that the portion sizes on the main meal have reduced since the October menu change.

Could we set up a call next week to go through this and agree actions? I'd also like the allergen matrix for the December menu by Friday.

Thanks
Hannah Whitaker
Facilities & Workplace Manager
Pennine Biotech Ltd'''
A(M('en', 'customer-complaint-pennine', C['pennine'], [who('uk_mgr')],
    'Service issues this week - Manchester Science Park', T(2026, 11, 26, 16, 51, tz='UK'), o365(lang='en-GB', region='eurprd08', obe='EUR03-AM7'),
    altpart(t16, 'utf-8', 'quoted-printable'),
    'Contract-catering customer complains about service issues and asks for a call.',
    'Known customer on its own Microsoft 365 domain, concrete operational details, no action beyond a meeting.', tz='UK'))

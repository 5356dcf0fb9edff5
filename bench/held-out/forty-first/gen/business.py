"""40 genuine business messages."""
from people import P
from lib import iban, iban_it, iban_es, iban_pl, iban_de, fmt_iban, nrb, ru_account
from att import *

MSGS = []


def B(slug, lang, **kw):
    kw['file'] = '%02d-%s-%s.eml' % (len(MSGS) + 1, lang, slug)
    kw['lang'] = lang
    MSGS.append(kw)


def INT(**kw):
    """internal mail via mail-int01"""
    kw.setdefault('infra', 'internal')
    kw.setdefault('mid', 'plain')
    kw.setdefault('mid_dom', 'EXMB02.corp.example.com')
    kw.setdefault('mailer', 'exch')
    return kw


IB_LIEF_OLD = iban_de('50850150', '14028837')
IB_LIEF_NEW = iban_de('50840005', '420917355')
IB_FER_OLD = iban_it('05034', '01633', '000000012877')
IB_FER_NEW = iban_it('03069', '01603', '100000071338')
IB_PL_PKO = iban_pl('1020404', '0000190203478816')
IB_ES_ALM = iban_es('2100', '3319', '2200184721')
IB_ES_EBRO = iban_es('2085', '5210', '0330012457')
IB_GR_HC = iban('GR', '0172180' + '0005218041296731')
IB_GB_MED = iban('GB', 'BARC' + '200415' + '73849206')
RU_ACC = ru_account('044525225', '40702810038000214477')

LIEF = ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '195.145.216.38')
FER = ('smtpdh15.ad.aruba.it', 'smtpdh15-1.aruba.it', '62.149.155.215')
PLOG = ('cloudserver048213.home.pl', 'cloudserver048213.home.pl', '79.96.38.117')
APTEKA = ('cloudserver093721.home.pl', 'cloudserver093721.home.pl', '79.96.151.22')

# ------------------------------------------------------------------ German
B('lieferant-rechnung', 'de',
  frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[P('ap1')],
  subj='Rechnung RE-2026-10912 vom 02.11.2026 - Kundennummer 20417', date='2026-11-02 06:31:10', infra=LIEF, mailer='sap',
  mid='plain', cs='iso-8859-1', cte='quoted-printable',
  text='''
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10912 vom 02.11.2026 als PDF-Dokument.

Kundennummer: 20417
Bestellung: 4500187733 vom 21.10.2026
Rechnungsbetrag: 18.406,55 EUR
Zahlungsziel: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 10 Tagen

Bankverbindung: Sparkasse Darmstadt, IBAN %s, BIC HELADEF1DAS

Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter +49 6151 3307-40.

Diese E-Mail wurde automatisch erstellt.

Lieferant GmbH - Gutenbergstraße 18 - 64289 Darmstadt
Geschäftsführer: Dr. Hans-Peter Lorenz, Sabine Keller - Amtsgericht Darmstadt HRB 91427 - USt-IdNr. DE248117593
''' % fmt_iban(IB_LIEF_OLD),
  atts=[pdfatt('RE-2026-10912.pdf', ['Lieferant GmbH', 'Rechnung RE-2026-10912', 'Kunde 20417 Example Group GmbH', 'Summe brutto 18.406,55 EUR',
                                     'IBAN ' + fmt_iban(IB_LIEF_OLD)])],
  desc='Routine supplier invoice from Lieferant GmbH ERP (SAP) with PDF', why='Known supplier, genuine domain and mail server, known bank account, matches PO')

B('lieferant-bankverbindung-2027', 'de',
  frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[P('ap1')], cc=[P('cfo'), ('Buchhaltung Lieferant GmbH', 'rechnungen@lieferant-gmbh.de')],
  subj='Änderung unserer Bankverbindung zum 01.01.2027 - bitte wie gewohnt telefonisch verifizieren', date='2026-12-01 14:12:37',
  infra=LIEF, mailer='ol', mid='m365', cs='utf-8', cte='quoted-printable', mode='alt', hdrs=[('Content-Language', 'de-DE')],
  text='''
Sehr geehrte Frau Köhler,

wie bereits mit unserem Schreiben vom 24.11.2026 per Post angekündigt, stellen wir unseren Zahlungsverkehr zum Jahreswechsel auf die Commerzbank um. Hintergrund ist die Bündelung unserer Hausbanken nach der Übernahme durch die Lorenz Medical Holding.

Neue Bankverbindung ab 01.01.2027:
Commerzbank AG, Darmstadt
IBAN: %s
BIC: COBADEFFXXX

Die bisherige Verbindung bei der Sparkasse Darmstadt bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen dorthin gehen also nicht verloren. Für Dezember-Zahlungen ändert sich nichts.

Bitte verifizieren Sie die Änderung wie in Ihrem Lieferantenprozess vorgesehen telefonisch bei unserer Buchhaltungsleiterin Frau Albers unter der Ihnen bekannten Rufnummer +49 6151 3307-40. Das unterschriebene Schreiben hängt nochmals an. Wir werden Sie nie per E-Mail bitten, Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
Gutenbergstraße 18, 64289 Darmstadt
Tel. +49 6151 3307-21
''' % fmt_iban(IB_LIEF_NEW),
  atts=[pdfatt('Lieferant_GmbH_Bankverbindung_ab_01-01-2027.pdf', ['Lieferant GmbH - Gutenbergstrasse 18 - 64289 Darmstadt', 'Darmstadt, 24.11.2026',
        'Änderung unserer Bankverbindung zum 01.01.2027', 'Commerzbank AG, IBAN ' + fmt_iban(IB_LIEF_NEW), 'Alte Verbindung gültig bis 31.03.2027',
        'Dr. Hans-Peter Lorenz, Geschäftsführer'])],
  desc='Genuine supplier bank-detail change announced by letter and mail, from the genuine domain and server, invites call-back verification',
  why='Real domain/infrastructure, long lead time, old account stays valid, explicit call-back on known number; hard negative for a01')

B('ceo-dringende-zahlung-ferretti', 'de', **INT(
  frm=P('ceo'), to=[P('cfo')], cc=[P('ap2')],
  subj='Dringend: Zahlung Ferretti heute noch freigeben', date='2026-11-26 09:12:44', cs='iso-8859-1', cte='quoted-printable', mode='alt',
  hdrs=[('Thread-Topic', 'Dringend: Zahlung Ferretti heute noch freigeben'), ('Content-Language', 'de-DE')],
  text='''
Claudia,

Chiara Colombo von Ferretti hat mich eben angerufen: wegen der überfälligen Rechnungen 1184/26 und 1207/26 wollen sie ab Montag keine Kühltransporte nach Verona und Bologna mehr übernehmen. Das können wir uns vor der Grippesaison nicht leisten.

Bitte sorg dafür, dass die beiden Rechnungen heute im Zahllauf sind - ganz normal über SAP mit Vier-Augen-Freigabe, auf die bekannte Bankverbindung aus den Stammdaten. Tobias hat die Belege schon geprüft, laut ihm hing es nur an der fehlenden Wareneingangsbestätigung aus Mailand, die Marco inzwischen nachgereicht hat.

Gib mir kurz Bescheid, wenn es raus ist, dann rufe ich Frau Colombo zurück.

Danke
Markus

Dr. Markus Brandt
Chief Executive Officer
Example Group GmbH
''',
  desc='Genuine urgent payment request from the CEO through the internal relay, via the normal approval process',
  why='Internal relay, real CEO address, refers to normal SAP four-eyes payment to known master-data account; hard negative for CEO fraud'))

B('newsletter-gesundheitslogistik', 'de',
  frm=('PharmaLogistik Report', 'newsletter@gesundheitslogistik-report.de'), to=[P('qa')],
  subj='PharmaLogistik Report 47/2026: GDP-Audits, Winterbetrieb Kühlkette, Lieferengpässe', date='2026-11-19 07:00:12',
  infra='brevo', rp='bounces-774102-petra.lang=example.com@ba.sender-sib.com', mid='plain', mid_dom='smtp-relay.brevo.com',
  cs='utf-8', cte='quoted-printable', mode='alt',
  hdrs=[('List-Unsubscribe', '<https://r.gesundheitslogistik-report.de/unsub?e=cGV0cmEubGFuZ0BleGFtcGxlLmNvbQ>, <mailto:unsubscribe@gesundheitslogistik-report.de?subject=unsubscribe>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('List-ID', '<pharmalogistik-report.gesundheitslogistik-report.de>')],
  text='''
PharmaLogistik Report - Ausgabe 47/2026

Guten Morgen Frau Lang,

die Themen dieser Woche:

1. GDP-Inspektionen 2027: Worauf die Landesbehörden beim Temperaturmapping jetzt achten
Nach den Erfahrungen aus 2026 rücken Lager mit Mischbetrieb (2-8 °C und 15-25 °C) in den Fokus. Wir fassen die häufigsten Abweichungen zusammen.
[Weiterlesen](https://www.gesundheitslogistik-report.de/2026/47/gdp-inspektionen-2027)

2. Winterbetrieb: Passive Kühlboxen unter 0 °C Außentemperatur
Ein Praxisbericht eines regionalen Großhändlers zu Einfrierschäden bei Insulinen.
[Weiterlesen](https://www.gesundheitslogistik-report.de/2026/47/winterbetrieb-kuehlkette)

3. Lieferengpässe: Aktuelle BfArM-Liste und Frühwarnsystem
[Weiterlesen](https://www.gesundheitslogistik-report.de/2026/47/lieferengpaesse)

Termine: Fachtagung Pharmalogistik, 10.-11. März 2027, Mannheim

Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2025 dafür angemeldet haben.
[Abmelden](https://r.gesundheitslogistik-report.de/unsub?e=cGV0cmEubGFuZ0BleGFtcGxlLmNvbQ) | [Impressum](https://www.gesundheitslogistik-report.de/impressum)
Fachverlag Gesundheitslogistik GmbH, Augustaanlage 22, 68165 Mannheim
''',
  desc='Subscribed trade newsletter (pharma logistics) via Brevo with List-Unsubscribe', why='Opt-in newsletter, consistent ESP headers and one-click unsubscribe, no credential request')

B('kollegin-privat-laptop', 'de',
  frm=('Anna Schulz', 'anna.schulz.ffm@gmx.de'), to=[P('it')],
  subj='Laptop kaputt - komme nicht ins VPN', date='2026-11-09 07:48:29', infra='gmx', mid='trinity', cs='utf-8', cte='8bit',
  text='''
Hallo Felix,

ich schreibe dir von meiner privaten Adresse, weil mein Dienstlaptop seit heute früh nicht mehr hochfährt (schwarzer Bildschirm, Lüfter läuft, Power-LED blinkt orange). Ich bin heute und morgen im Klinikum Darmstadt und Gießen und komme daher weder ins VPN noch an Outlook.

Kannst du mir sagen, ob ich das Gerät am Mittwoch vorbeibringen kann, oder ob ihr ein Ersatzgerät schicken könnt? Du erreichst mich auf meinem Diensthandy wie immer unter der 0171-Nummer.

Danke dir!
Anna
''',
  desc='Colleague writing from her private GMX address to IT about a broken laptop', why='Plausible request, no financial or credential ask, refers to known phone channel')

B('apotheke-reklamation-kuehlware', 'de',
  frm=('Apotheke am Rathaus', 'info@apotheke-am-rathaus-offenbach.de'), to=[P('qa')], cc=[P('sales')],
  subj='Reklamation Lieferung 09.11.2026 - Kühlware, Temperaturindikator ausgelöst', date='2026-11-10 08:22:51',
  infra='ionos', mid='tb', mailer='tbwin', cs='iso-8859-15', cte='quoted-printable',
  text='''
Sehr geehrte Damen und Herren,

mit der Nachmittagstour am 09.11.2026 (Lieferschein 7730418822) haben wir eine Kühlbox erhalten, bei der der Temperaturindikator ausgelöst hatte. Betroffen sind:

- 3 x Insulin glargin 100 E/ml, 5 Pens, Ch.-B. KX4419
- 2 x Etanercept 50 mg Fertigspritzen, Ch.-B. 2611A07

Die Ware haben wir separiert und in Quarantäne gelegt, Fotos des Indikators und der Box hängen an bzw. sind beim Fahrer dokumentiert. Das ist leider bereits das zweite Mal in diesem Monat.

Bitte veranlassen Sie kurzfristig eine Ersatzlieferung (zwei Patienten warten) und senden Sie uns eine Gutschrift sowie den Rückholauftrag.

Mit freundlichen Grüßen

Dr. Ulrike Brenner
Apothekerin, Inhaberin
Apotheke am Rathaus
Frankfurter Straße 41, 63065 Offenbach am Main
Tel. 069 8230 4417
''',
  desc='Customer pharmacy complaint about a cold-chain excursion, requests replacement and credit note', why='Known customer, real business issue, no links, normal ISP mail')

B('lieferant-zahlungserinnerung', 'de',
  frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[P('ap1')],
  subj='Zahlungserinnerung - Kundennummer 20417 - überfällige Posten', date='2026-12-04 06:45:03', infra=LIEF, mailer='sap',
  mid='plain', cs='iso-8859-1', cte='base64',
  text='''
Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Rechnungen trotz Fälligkeit noch offen sind:

RE-2026-10418 vom 06.10.2026   31.884,20 EUR   fällig 05.11.2026
RE-2026-10477 vom 09.10.2026   52.428,40 EUR   fällig 08.11.2026

Summe: 84.312,60 EUR

Sicherlich handelt es sich um ein Versehen. Bitte überweisen Sie den Betrag bis zum 14.12.2026 auf unser Konto bei der Sparkasse Darmstadt, IBAN %s.

Unsere Bankverbindung hat sich nicht geändert. Sollten Sie eine Mitteilung über eine abweichende Bankverbindung erhalten haben, setzen Sie sich bitte umgehend telefonisch mit uns in Verbindung (+49 6151 3307-40).

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Buchhaltung
Lieferant GmbH
''' % fmt_iban(IB_LIEF_OLD),
  desc='Genuine payment reminder from the supplier ERP for the invoices targeted in the a01 fraud', why='Genuine domain/server, known account, warns about fake bank-detail changes')

B('atlassian-passwort-reset', 'de',
  frm=('Atlassian', 'noreply@id.atlassian.com'), to=[P('it')],
  subj='Setzen Sie Ihr Atlassian-Kennwort zurück', date='2026-11-30 15:03:26', infra='ses',
  rp='0102019b1e2f3a4b-7c1d2e3f-aa41-4b2c-9d8e-112233445566-000000@eu-west-1.amazonses.com', mid='ses',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Kennwort zurücksetzen

Hallo Felix,

wir haben eine Anfrage erhalten, das Kennwort für Ihr Atlassian-Konto (felix.neumann@example.com) zurückzusetzen.

[Kennwort zurücksetzen](https://id.atlassian.com/login/resetpassword?token=eyJraWQiOiJyZXNldCIsImFsZyI6IkhTMjU2In0.K7c2Q1x9&email=felix.neumann%40example.com)

Dieser Link läuft in 24 Stunden ab. Wenn Sie diese Änderung nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Kennwort bleibt unverändert.

Atlassian
Gesendet von Atlassian, 350 Bush Street, San Francisco, CA 94104, USA
''',
  desc='Password reset requested by the IT head for the Jira/Confluence account', why='Real service sending infrastructure (SES), link on id.atlassian.com, requested by the user')

# ------------------------------------------------------------------ English
B('microsoft-unusual-signin', 'en',
  frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), to=[P('sec')],
  subj='Microsoft account unusual sign-in activity', date='2026-11-14 21:37:15', tz='+0000', infra='m365b', mid='m365',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account lu*****@examplegroup.eu.

Sign-in details
Country/region: Germany
IP address: 80.187.112.46
Date: 14/11/2026 21:31 (GMT)
Platform: Windows
Browser: Microsoft Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

[Review recent activity](https://account.live.com/Activity)

To opt out or change where you receive security notifications, [click here](https://account.live.com/SecurityNotifications/Update).

Thanks,
The Microsoft account team
''',
  desc='Genuine Microsoft account unusual sign-in notice (the admin signed in from a mobile network)', why='Real Microsoft sender and infrastructure, links to account.live.com, no credentials in mail')

B('github-password-reset', 'en',
  frm=('GitHub', 'noreply@github.com'), to=[P('it')],
  subj='[GitHub] Please reset your password', date='2026-11-05 10:18:42', tz='+0000',
  infra=('out-21.smtp.github.com', 'out-21.smtp.github.com', '192.30.252.204'), mid='plain', mid_dom='github.com',
  cs='utf-8', cte='7bit', mode='alt',
  text='''
We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[Reset your password](https://github.com/password_reset/6f1c2a9d4e8b7c3a2f1e0d9c8b7a6f5e4d3c2b1a)

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
''',
  desc='GitHub password reset the IT head requested', why='Genuine GitHub infrastructure and link domain, user-initiated')

B('nhs-trust-complaint-short-dated', 'en',
  frm=('Priya Raman', 'priya.raman@wrekinvalley-tr.nhs.uk'), to=[P('uk_om')], cc=[P('sales')],
  subj='Complaint: short-dated enoxaparin in delivery 4471128 - credit required', date='2026-11-12 11:52:09', tz='+0000',
  infra='m365', mid='m365', cs='utf-8', cte='quoted-printable', mode='alt', hdrs=[('Content-Language', 'en-GB')],
  text='''
Dear James,

I am writing to raise a formal complaint about delivery 4471128 received at our main pharmacy store on 11 November.

Our contract specifies a minimum remaining shelf life of 12 months for all lines. The following were received with less than 4 months:

- Enoxaparin 40 mg/0.4 ml syringes x 600, batch 6K118, expiry 02/2027
- Enoxaparin 60 mg/0.6 ml syringes x 300, batch 6K121, expiry 03/2027

We are not in a position to use this volume before expiry and will return the stock. Please arrange collection, a full credit note and a replacement delivery with compliant dating before 20 November, as our ward stock will run low after that.

I would also appreciate an explanation of how this passed your outbound checks, as this is the second instance this quarter.

Kind regards,

Priya Raman
Lead Pharmacist - Procurement and Distribution
Wrekin Valley Healthcare NHS Trust
''',
  desc='Hospital customer complaint about short-dated stock', why='Known customer contact, trust M365 tenant, concrete contract dispute, no links')

B('xero-invoice-medisafe', 'en',
  frm=('Medisafe Consumables Ltd', 'messaging-service@post.xero.com'), to=[P('uk_acc')], reply_to=('Medisafe Consumables Ltd', 'accounts@medisafe-consumables.co.uk'),
  subj='Invoice INV-20931 from Medisafe Consumables Ltd for Example Group UK Ltd', date='2026-11-03 09:40:55', tz='+0000', infra='ses',
  rp='0102019a2b3c4d5e-1a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d-000000@eu-west-1.amazonses.com', mid='ses',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Dear Sarah,

Here's invoice INV-20931 for £6,214.80.

The amount outstanding of £6,214.80 is due on 3 Dec 2026.

[View and pay invoice online](https://in.xero.com/Fq2mZ7Lk9Pw3Rt8Yx1Vb4Nc6Hd0Jg5Sa)

From your online invoice you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

Bank details: Barclays, sort code 20-04-15, account 73849206 (IBAN %s)

If you have any questions, please let us know.

Thanks,
Medisafe Consumables Ltd
''' % fmt_iban(IB_GB_MED),
  atts=[pdfatt('Invoice INV-20931.pdf', ['Medisafe Consumables Ltd', 'TAX INVOICE INV-20931', 'Example Group UK Ltd', 'Total GBP 6,214.80'])],
  desc='Supplier invoice sent through Xero (sender messaging-service@post.xero.com, reply-to the supplier)', why='Genuine invoicing platform and link domain, known supplier and unchanged bank details')

B('newsletter-pharmasupply-insider', 'en',
  frm=('PharmaSupply Insider', 'newsletter@pharmasupplyinsider.com'), to=[P('sales')],
  subj='This week: EU pharma package, FMD alert rates, winter cold-chain tips', date='2026-11-24 06:00:31', tz='+0000',
  infra='mailchimp', rp='bounce-mc.us14_51207733.4418203-anna.schulz=example.com@mail127.suw13.mcsv.net', mid='plain', mid_dom='mail127.suw13.mcsv.net',
  cs='utf-8', cte='quoted-printable', mode='alt',
  hdrs=[('List-Unsubscribe', '<https://pharmasupplyinsider.us14.list-manage.com/unsubscribe?u=8c1e2f3a4b5c&id=d41d8c&e=7a2b9c>, <mailto:unsubscribe-mc.us14_8c1e2f3a4b5c@mailin.mcsv.net>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Campaign', 'mailchimp8c1e2f3a4b5c.d41d8c')],
  text='''
PharmaSupply Insider - weekly briefing for pharmaceutical distribution

EU pharma package: what the new shortage obligations mean for wholesalers
Marketing authorisation holders and wholesalers will have to report supply disruptions earlier. We look at the practical impact on safety stock.
[Read more](https://pharmasupplyinsider.com/2026/11/eu-pharma-package-wholesalers)

FMD alerts: false positives still make up most of the alert volume
New figures from national verification systems show where scanning errors come from.
[Read more](https://pharmasupplyinsider.com/2026/11/fmd-alert-rates)

Winter cold-chain: five checks before the first frost
[Read more](https://pharmasupplyinsider.com/2026/11/winter-cold-chain)

You are receiving this email because you subscribed at pharmasupplyinsider.com.
[Update preferences](https://pharmasupplyinsider.us14.list-manage.com/profile?u=8c1e2f3a4b5c) | [Unsubscribe](https://pharmasupplyinsider.us14.list-manage.com/unsubscribe?u=8c1e2f3a4b5c&id=d41d8c)
''',
  desc='Subscribed English trade newsletter via Mailchimp', why='Opt-in, consistent Mailchimp bounce and list headers, editorial content')

B('docusign-genuine-calloff', 'en',
  frm=('Priya Raman via Docusign', 'dse@eumail.docusign.net'), to=[P('sales')], reply_to=('Priya Raman', 'priya.raman@wrekinvalley-tr.nhs.uk'),
  subj='Please DocuSign: WVH Call-off Order 2027 - Example Group.pdf', date='2026-12-02 13:20:48', tz='+0000',
  infra=('mail-eu1.docusign.net', 'mail-eu1.docusign.net', '185.81.100.36'), mid='plain', mid_dom='eumail.docusign.net',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Priya Raman sent you a document to review and sign.

[REVIEW DOCUMENT](https://eu.docusign.net/Signing/EmailStart.aspx?a=3f9a2c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c&etti=24&acct=8b2e4f6a-1c3d-4e5f-a6b7-c8d9e0f1a2b3&er=5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a)

Priya Raman
priya.raman@wrekinvalley-tr.nhs.uk

Dear Anna, please find the 2027 call-off order under the framework for signature, as discussed on Monday. Regards, Priya

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code: 3F9A2C1E7B4D4E8A9C1F2D3E4F5A6B7C1

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
''',
  desc='Genuine DocuSign envelope from a known hospital customer, expected after a meeting', why='Real docusign.net sender and signing link, known customer in reply-to, no attachment; hard negative for a11')

B('it-mfa-passkeys-rollout', 'en', **INT(
  frm=P('sec'), to=[('All Staff', 'all-staff@example.com')], rcpt='monika.vogel@example.com',
  subj='Action required by 30 November: set up a passkey for your Example Group account', date='2026-11-16 10:05:00',
  cs='utf-8', cte='quoted-printable', mode='alt', hdrs=[('Content-Language', 'en-GB')],
  text='''
Dear colleagues,

as announced in the last management update, we are replacing SMS codes with passkeys in Microsoft Authenticator for all Example Group accounts.

What you need to do (about 5 minutes), by 30 November:
1. On your company laptop, open [https://aka.ms/mysecurityinfo](https://aka.ms/mysecurityinfo) and sign in as usual.
2. Choose "Add sign-in method" and select "Passkey in Microsoft Authenticator".
3. Follow the instructions on screen.

Please note:
- IT will never send you QR codes by e-mail, never ask for a one-time code, and never call you from an external Teams account.
- If you receive a message that does not fit this description, use the "Report" button in Outlook or call the IT hotline on ext. 4444.

A short guide in all office languages is on the intranet (IT > Security > Passkeys).

Thanks for your help,
Lukas Becker
IT Security, Example Group
''',
  desc='Internal IT announcement of passkey/MFA re-registration with a real Microsoft short link', why='Sent via internal relay by the IT security admin, links to aka.ms, explicitly warns about the lure pattern; hard negative for a31'))

B('google-new-signin', 'en',
  frm=('Google', 'no-reply@accounts.google.com'), to=[P('it_om')],
  subj='Security alert', date='2026-11-28 18:41:09', tz='+0000', infra='gsor', mid='plain', mid_dom='google.com',
  cs='utf-8', cte='base64', mode='alt', rp='3dY1oZwgTCCwm5Bx--j0hj.z0@gaia.bounces.google.com',
  text='''
A new sign-in on Windows

giulia.romano@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[Check activity](https://accounts.google.com/AccountChooser?Email=giulia.romano@example.com&continue=https://myaccount.google.com/alert/nt/1795800069000?rfn%3D325%26rfnc%3D1)

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''',
  desc='Genuine Google new sign-in alert for the Google account (Business Profile / Ads) of the Milan office', why='Sent from Google infrastructure (mail-sor), Google bounce domain, links only to google.com')

# ------------------------------------------------------------------ Italian
B('ferretti-fattura', 'it',
  frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=[P('it_acc')],
  subj='Invio fattura n. 1207/26 del 31/10/2026 - Example Group S.r.l.', date='2026-11-04 12:06:33', infra=FER, mid='oldesk', mailer='ol',
  cs='iso-8859-15', cte='quoted-printable',
  text='''
Spett.le Example Group S.r.l.,

in allegato copia di cortesia della fattura n. 1207/26 del 31/10/2026 relativa ai trasporti a temperatura controllata del mese di ottobre (142 consegne, tratte Milano - Verona - Bologna).

Imponibile: € 27.842,10
IVA 22%%: € 6.125,26
Totale documento: € 33.967,36
Scadenza: 30/11/2026
Pagamento: bonifico bancario - Banco BPM, IBAN %s

La fattura elettronica è stata regolarmente trasmessa tramite SdI; la presente copia non ha valore fiscale.

Cordiali saluti
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Artigianato 22 - 20098 San Giuliano Milanese (MI)
P.IVA 08412730961
''' % fmt_iban(IB_FER_OLD),
  atts=[pdfatt('Fattura_1207_26.pdf', ['Ferretti Trasporti S.p.A.', 'Fattura n. 1207/26 del 31/10/2026', 'Totale documento EUR 33.967,36',
                                       'IBAN ' + fmt_iban(IB_FER_OLD)]),
        rawatt('IT08412730961_0A7F3.xml', 'text/xml', '<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n<!-- copia di cortesia, estratto -->\n<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-10-31</Data><Numero>1207/26</Numero><ImportoTotaleDocumento>33967.36</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali></FatturaElettronicaBody>\n</p:FatturaElettronica>\n')],
  desc='Courtesy copy of the carrier invoice with PDF and FatturaPA XML', why='Genuine Ferretti domain on its usual Aruba relay, known account, e-invoice sent via SdI')

B('ferretti-variazione-iban-genuina', 'it',
  frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=[P('it_acc')], cc=[('Amministrazione Ferretti', 'amministrazione@ferretti-trasporti.it'), P('ap1')],
  subj='Variazione coordinate bancarie dal 1 gennaio 2027 (comunicazione inviata anche via PEC)', date='2026-11-27 10:31:18', infra=FER,
  mid='oldesk', mailer='ol', cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Gentile Dott. Bianchi,

come da comunicazione inviata ieri via PEC alla vostra casella amministrazione@pec.examplegroup.it, Vi informiamo che a partire dal 1° gennaio 2027 i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati sul seguente conto:

Intesa Sanpaolo S.p.A. - Filiale di San Giuliano Milanese
IBAN: %s

Il conto presso Banco BPM resterà attivo fino al 31/03/2027: i pagamenti di novembre e dicembre possono quindi essere eseguiti come di consueto.

Come previsto dalle vostre procedure, Vi invitiamo a verificare la variazione telefonando al nostro ufficio amministrativo al numero riportato nel contratto (02 9881 4410, sig.ra Rinaldi). Non Vi chiederemo mai di modificare le coordinate con urgenza o solo via e-mail.

In allegato la lettera firmata dal nostro amministratore delegato.

Cordiali saluti

Chiara Colombo
Ufficio Clienti
Ferretti Trasporti S.p.A.
''' % fmt_iban(IB_FER_NEW),
  atts=[pdfatt('Ferretti_variazione_coordinate_2027.pdf', ['Ferretti Trasporti S.p.A.', 'Variazione coordinate bancarie dal 01/01/2027',
        'Intesa Sanpaolo - IBAN ' + fmt_iban(IB_FER_NEW), 'Conto Banco BPM attivo fino al 31/03/2027', "L'Amministratore Delegato"])],
  desc='Genuine carrier bank-detail change, also sent by PEC, with call-back on contract phone number', why='Genuine domain and relay, long transition, old account still valid, invites verification; hard negative for a17')

B('farmacia-reclamo-consegna', 'it',
  frm=('Farmacia Centrale Dr. Lombardi', 'farmaciacentrale.lombardi@libero.it'), to=[P('it_sales')],
  subj='Reclamo consegna del 17/11 - colli mancanti e prezzi errati', date='2026-11-18 09:14:02', infra='libero', mid='plain', mid_dom='libero.it',
  cs='iso-8859-1', cte='quoted-printable',
  text='''
Buongiorno Francesca,

le scrivo perchè anche con la consegna di ieri (DDT n. 55118 del 17/11) abbiamo avuto problemi:

- mancano 2 colli su 6 (tra cui i vaccini antinfluenzali ordinati per la campagna, 40 dosi)
- il paracetamolo 1000 mg è stato fatturato a 2,95 invece del prezzo concordato di 2,60

Abbiamo già prenotato le vaccinazioni per giovedì e venerdì, quindi i vaccini ci servono entro mercoledì sera, altrimenti dobbiamo disdire i pazienti.

Per i prezzi chiedo una nota di credito. La prego di richiamarmi in farmacia appena possibile (02 4812 3376).

Cordiali saluti
Dott. Paolo Lombardi
Farmacia Centrale - Corso Vercelli 18, Milano
''',
  desc='Customer pharmacy complaint (missing parcels, price error) from a Libero address', why='Known customer using a consumer mailbox, concrete order data, phone call-back requested, no links')

B('ufficio-milano-chiusura', 'it', **INT(
  frm=P('it_om'), to=[('Ufficio Milano', 'milano@example.com')], rcpt='marco.bianchi@example.com',
  subj="Chiusura uffici 7 dicembre (Sant'Ambrogio) e manutenzione climatizzazione", date='2026-12-02 11:40:20',
  cs='iso-8859-15', cte='quoted-printable', mode='alt',
  text='''
Ciao a tutti,

vi ricordo che lunedì 7 dicembre, festa di Sant'Ambrogio, l'ufficio di Milano resterà chiuso. Il magazzino di San Giuliano sarà operativo con il turno ridotto concordato con Ferretti per le consegne urgenti agli ospedali.

Inoltre martedì 8 dicembre dalle 8:00 alle 13:00 la ditta Climatec farà la manutenzione dell'impianto di climatizzazione al secondo piano: chi lavora in quella zona può usare la sala riunioni "Navigli".

Per qualsiasi cosa sono a disposizione.

Buona giornata
Giulia

Giulia Romano
Office Manager Italia - Example Group S.r.l.
''',
  desc='Internal office notice from the Milan office manager', why='Internal relay, colleague to team, no action beyond information'))

B('newsletter-distribuzionefarma', 'it',
  frm=('DistribuzioneFarma News', 'news@distribuzionefarma-news.it'), to=[P('it_sales')],
  subj='DistribuzioneFarma News | Carenze, tracciabilità e DPC: le novità di novembre', date='2026-11-26 07:30:00',
  infra='mailchimp', rp='bounce-mc.us7_33019284.771234-francesca.greco=examplegroup.eu@mail211.suw13.mcsv.net', mid='plain', mid_dom='mail211.suw13.mcsv.net',
  cs='utf-8', cte='base64', mode='alt',
  hdrs=[('List-Unsubscribe', '<https://distribuzionefarma-news.us7.list-manage.com/unsubscribe?u=4a1b2c3d&id=9e8f7a>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
  text='''
DistribuzioneFarma News - Newsletter mensile

Carenze di medicinali: aggiornato l'elenco dei farmaci carenti
L'elenco pubblicato dall'Agenzia è stato aggiornato con 38 nuove voci. Le indicazioni per i grossisti sulle quote di allocazione.
[Leggi l'articolo](https://www.distribuzionefarma-news.it/2026/11/carenze-elenco-aggiornato)

Tracciabilità: verso il bollino digitale
Il calendario di transizione e cosa cambia per i depositi.
[Leggi l'articolo](https://www.distribuzionefarma-news.it/2026/11/bollino-digitale)

DPC: nuovi accordi regionali in Lombardia ed Emilia-Romagna
[Leggi l'articolo](https://www.distribuzionefarma-news.it/2026/11/dpc-accordi-regionali)

Ricevi questa newsletter perché ti sei iscritta su distribuzionefarma-news.it.
[Cancella l'iscrizione](https://distribuzionefarma-news.us7.list-manage.com/unsubscribe?u=4a1b2c3d&id=9e8f7a)
''',
  desc='Subscribed Italian trade newsletter via Mailchimp', why='Opt-in newsletter, consistent list headers, editorial links only')

# ------------------------------------------------------------------ Polish
B('partner-logistik-faktura-ksef', 'pl',
  frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), to=[P('pl_acc')],
  subj='Faktura FV/2026/11/142 - Partner Logistik sp. z o.o.', date='2026-11-30 13:02:44', infra=PLOG, mid='plain',
  cs='iso-8859-2', cte='base64',
  text='''
Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/142 za usługi magazynowe i dystrybucyjne w listopadzie 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: 7792436185-20261130-4A1F9C2B7E3D-5C
Kwota brutto: 118 406,37 zł
Termin płatności: 30.12.2026
Rachunek (zgodny z wykazem podatników VAT): PKO BP %s

Dokument w KSeF jest jedynym dokumentem wiążącym, załączony PDF ma charakter informacyjny.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Magazynowa 7, 62-080 Tarnowo Podgórne
''' % nrb(IB_PL_PKO),
  atts=[pdfatt('FV_2026_11_142.pdf', ['Partner Logistik sp. z o.o.', 'Faktura VAT FV/2026/11/142', 'Nr KSeF 7792436185-20261130-4A1F9C2B7E3D-5C',
                                      'Brutto 118 406,37 PLN'])],
  desc='Genuine logistics invoice notice with KSeF number and white-listed account', why='Genuine domain and mail server, KSeF reference, unchanged whitelisted account')

B('partner-logistik-ponaglenie', 'pl',
  frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[P('pl_acc')], cc=[P('pl_om')],
  subj='PILNE: zaległe płatności - ryzyko wstrzymania wydań od poniedziałku', date='2026-11-20 15:47:31', infra=PLOG, mid='tb', mailer='tbwin',
  cs='windows-1250', cte='quoted-printable',
  text='''
Pani Katarzyno, Panie Piotrze,

niestety muszę wrócić do tematu zaległości. Na dziś nieopłacone są faktury FV/2026/10/118 i FV/2026/10/131 na łączną kwotę 146 212,80 zł, obie po terminie od ponad dwóch tygodni.

Nasz zarząd zdecydował, że jeśli płatność nie wpłynie do poniedziałku 23.11, wstrzymamy wydania z magazynu dla Example Group do czasu uregulowania należności. Bardzo bym chciał tego uniknąć, szczególnie przed sezonem grypowym.

Proszę o przelew na dotychczasowy rachunek w PKO BP (bez zmian, jest na białej liście) i krótką informację o terminie. W razie pytań jestem pod telefonem 601 442 318.

Pozdrawiam
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
''',
  desc='Genuine urgent payment demand with supply-stop threat from the real logistics partner', why='Genuine domain, known contact, explicitly the unchanged whitelisted account, phone number offered; hard negative')

B('apteka-reklamacja-uszkodzenia', 'pl',
  frm=('Apteka Pod Orłem', 'apteka@podorlem-apteka.pl'), to=[P('pl_om')],
  subj='Reklamacja - dostawa z 05.11.2026, uszkodzone opakowania', date='2026-11-06 10:26:15', infra=APTEKA, mailer='rc', mid='plain',
  cs='utf-8', cte='quoted-printable',
  text='''
Dzień dobry Panie Piotrze,

w dostawie z 05.11.2026 (WZ 2026/11/03318) otrzymaliśmy uszkodzone opakowania:

- Amoksiklav 875 mg + 125 mg, 14 tabl. - 4 op., zgniecione kartoniki, naruszone zabezpieczenie ATD
- Heparyna 5000 j.m./ml, 10 fiolek - 1 op., pęknięta fiolka

Leki z naruszonym zabezpieczeniem nie mogą być wydane pacjentom, dlatego prosimy o odbiór i korektę faktury. Zdjęcia możemy przesłać na życzenie.

Z poważaniem
mgr farm. Joanna Kaczmarek
Kierownik Apteki Pod Orłem
ul. Półwiejska 12, 61-888 Poznań
''',
  desc='Genuine customer pharmacy complaint (damaged packs, anti-tampering broken) - same mailbox later compromised in attack 25', why='Genuine customer domain and server, specific delivery data, no attachment or link')

B('kolezanka-prywatnie-l4', 'pl',
  frm=('Katarzyna Nowak', 'katarzyna.nowak85@wp.pl'), to=[P('pl_om')], cc=[P('hr')],
  subj='Zwolnienie lekarskie do piątku', date='2026-11-25 07:12:40', infra='wp', mid='plain', mid_dom='wp.pl',
  cs='iso-8859-2', cte='quoted-printable',
  text='''
Cześć Piotr,

piszę z prywatnej poczty, bo nie mam przy sobie służbowego laptopa. Od wczoraj wieczorem mam gorączkę, lekarz wystawił mi zwolnienie do piątku 27.11 włącznie - e-ZLA powinno już być widoczne na PUE ZUS.

Najpilniejsze sprawy:
- zamknięcie listopada: przelewy dla Partner Logistik są przygotowane w banku, czekają tylko na akceptację pani Claudii,
- raport JPK za październik wysłany.

W razie czego jestem pod telefonem, ale proszę tylko w pilnych sprawach.

Pozdrawiam
Kasia
''',
  desc='Colleague reporting sick leave from her private WP address', why='No request for money or data, refers to normal internal approval; hard negative for private-address BEC')

B('newsletter-farmahurt', 'pl',
  frm=('FarmaHurt News', 'newsletter@farmahurt-news.pl'), to=[P('pl_om')],
  subj='FarmaHurt News 22/2026: KSeF w hurtowniach, kontrole GIF, ZSMOPL', date='2026-11-17 08:00:05',
  infra=('smtp12.freshmail.pl', 'smtp12.freshmail.pl', '185.48.117.12'), rp='bounce-3f1c9a2e@fmbounce.freshmail.pl', mid='plain', mid_dom='freshmail.pl',
  cs='utf-8', cte='base64', mode='alt',
  hdrs=[('List-Unsubscribe', '<https://app.freshmail.com/pl/unsubscribe/3f1c9a2e/d41d8c>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
  text='''
FarmaHurt News - dwutygodnik branży hurtu farmaceutycznego

KSeF po dziewięciu miesiącach: jak hurtownie radzą sobie z fakturami korygującymi
[Czytaj dalej](https://farmahurt-news.pl/2026/11/ksef-korekty-w-hurtowniach)

Kontrole GIF w 2026 r. - najczęstsze nieprawidłowości w dokumentacji GDP
[Czytaj dalej](https://farmahurt-news.pl/2026/11/kontrole-gif-2026)

ZSMOPL: zmiany w raportowaniu od stycznia 2027
[Czytaj dalej](https://farmahurt-news.pl/2026/11/zsmopl-2027)

Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter na stronie farmahurt-news.pl.
[Wypisz się](https://app.freshmail.com/pl/unsubscribe/3f1c9a2e/d41d8c)
''',
  desc='Subscribed Polish trade newsletter via FreshMail', why='Opt-in, bulk headers and one-click unsubscribe, editorial content only')

# ------------------------------------------------------------------ Spanish
B('farmacia-queja-retrasos', 'es',
  frm=('Farmacia Sanz Gil', 'farmacia@farmaciasanzgil.es'), to=[P('es_om')],
  subj='Queja: retrasos en las entregas de la ruta de la tarde', date='2026-11-11 13:35:29', infra='ionos', mid='tb', mailer='tbwin',
  cs='iso-8859-1', cte='quoted-printable',
  text='''
Buenos días, Javier:

Le escribo porque esta semana la ruta de la tarde ha llegado tres días seguidos después de las 19:30, cuando ya tenemos la persiana a medio bajar. El martes, además, faltaba una caja de sueros fisiológicos y nos llegó un blíster de ibuprofeno roto.

Entiendo que haya incidencias puntuales, pero necesitamos que la entrega llegue antes de las 18:00 como dice el acuerdo, porque muchos pedidos son de pacientes que vienen a recogerlos esa misma tarde.

Le agradecería que me llamara para ver cómo lo solucionamos, y que nos abonen el blíster roto.

Un saludo,
Rosa Sanz Gil
Farmacéutica titular
Farmacia Sanz Gil - C/ Bravo Murillo 214, 28020 Madrid
Tel. 91 553 24 18
''',
  desc='Genuine customer pharmacy complaint about late deliveries', why='Known customer on IONOS hosting, concrete complaint, asks for a call, no links')

B('almeda-factura', 'es',
  frm=('Laboratorios Almeda - Facturación', 'facturacion@laboratoriosalmeda.es'), to=[P('es_acc')],
  subj='Factura FV26-004187 - Example Group Iberia S.L.', date='2026-11-06 09:55:14', infra='m365', mid='m365',
  cs='iso-8859-15', cte='base64',
  text='''
Estimados señores:

Adjuntamos la factura FV26-004187 correspondiente a su pedido PO-ES-2026-1182 (genéricos, entrega del 04/11/2026).

Importe total: 42.318,90 €
Vencimiento: 06/01/2027 (60 días)
Forma de pago: transferencia a CaixaBank, IBAN %s

La factura ha sido registrada en el sistema VeriFactu.

Atentamente,
Departamento de Facturación
Laboratorios Almeda S.L. - Polígono Industrial Los Olivos, C/ Innovación 9, 28906 Getafe (Madrid)
''' % fmt_iban(IB_ES_ALM),
  atts=[pdfatt('FV26-004187.pdf', ['Laboratorios Almeda S.L.', 'Factura FV26-004187', 'Total 42.318,90 EUR', 'IBAN ' + fmt_iban(IB_ES_ALM)])],
  desc='Genuine supplier invoice with the unchanged CaixaBank account', why='Genuine domain (laboratoriosalmeda.es) on its M365 tenant, known account, matches PO')

B('hospital-pedido-urgente', 'es',
  frm=('Servicio de Farmacia - Hospital Sierra Norte', 'farmacia.compras@hsierranorte.es'), to=[P('es_om')], cc=[P('es_acc')],
  subj='URGENTE: pedido de reposición heparina - rotura de stock', date='2026-11-20 08:07:46',
  infra=('smtp-out.hsierranorte.es', 'smtp-out.hsierranorte.es', '195.57.84.21'), mid='m365', mailer='ol',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Buenos días:

Por un problema de suministro de nuestro proveedor habitual estamos en rotura de stock de heparina sódica 5.000 UI/ml. Necesitamos con carácter urgente:

- Heparina sódica 5.000 UI/ml, vial 5 ml: 400 unidades
- Enoxaparina 40 mg jeringa precargada: 1.200 unidades

El pedido oficial (nº 4500093317) se ha tramitado esta mañana por la plataforma de contratación. ¿Podrían confirmar disponibilidad y si es posible la entrega mañana antes de las 12:00 en el almacén de farmacia (acceso por C/ Sierra de Guadarrama)?

Gracias de antemano.

Dra. Inés Calvo Martín
Jefa de Sección - Servicio de Farmacia Hospitalaria
Hospital Universitario Sierra Norte
Tel. 91 840 77 12
''',
  desc='Genuine urgent order from a hospital pharmacy customer', why='Known customer domain and relay, official PO reference, urgency is clinical, no payment change')

B('newsletter-boletin-distribucion', 'es',
  frm=('Boletín Distribución Farmacéutica', 'boletin@distribucionfarma.es'), to=[P('es_om')],
  subj='Boletín semanal: VeriFactu, SEVeM y logística en campaña de gripe', date='2026-12-03 07:15:00',
  infra='brevo', rp='bounces-661930-javier.morales=example.com@ba.sender-sib.com', mid='plain', mid_dom='smtp-relay.brevo.com',
  cs='utf-8', cte='quoted-printable', mode='html',
  hdrs=[('List-Unsubscribe', '<https://r.distribucionfarma.es/unsub?e=amF2aWVyLm1vcmFsZXNAZXhhbXBsZS5jb20>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#0b5e7c;color:#fff;padding:18px;font-size:20px">Boletín Distribución Farmacéutica</td></tr>
<tr><td style="padding:18px;font-size:14px;color:#222">
<h3>VeriFactu: primer balance tras la obligatoriedad</h3><p>Las distribuidoras señalan incidencias con las facturas rectificativas. Resumimos las respuestas de la AEAT.
<a href="https://www.distribucionfarma.es/2026/12/verifactu-balance">Leer más</a></p>
<h3>SEVeM: tasa de alertas en la distribución</h3><p>Datos del último trimestre y recomendaciones para reducir falsos positivos. <a href="https://www.distribucionfarma.es/2026/12/sevem-alertas">Leer más</a></p>
<h3>Campaña de gripe: picos de demanda y rutas</h3><p><a href="https://www.distribucionfarma.es/2026/12/campana-gripe-logistica">Leer más</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">Recibe este boletín porque se suscribió en distribucionfarma.es. <a href="https://r.distribucionfarma.es/unsub?e=amF2aWVyLm1vcmFsZXNAZXhhbXBsZS5jb20">Darse de baja</a></td></tr></table>
</body></html>
''',
  desc='Subscribed Spanish trade newsletter (HTML-only) via Brevo', why='Opt-in, bulk/unsubscribe headers, only editorial links')

B('ebro-recordatorio-pago', 'es',
  frm=('Transportes Frigoríficos Ebro - Cobros', 'cobros@tfebro.es'), to=[P('es_acc')],
  subj='Recordatorio de pago - facturas vencidas', date='2026-11-25 11:19:37',
  infra=('mail.tfebro.es', 'mail.tfebro.es', '212.170.231.18'), mid='plain', mailer='zimbra',
  cs='iso-8859-15', cte='quoted-printable',
  text='''
Estimados clientes:

Según nuestros registros, las siguientes facturas se encuentran vencidas y pendientes de pago:

A-2026/3318   14/10/2026   8.742,15 €   vto. 13/11/2026
A-2026/3402   21/10/2026   6.118,40 €   vto. 20/11/2026

Les rogamos procedan a su abono a la mayor brevedad en nuestra cuenta habitual de Ibercaja (%s). Si el pago ya se ha realizado, les rogamos nos envíen el justificante y disculpen las molestias.

Atentamente,
Departamento de Cobros
Transportes Frigoríficos Ebro S.L. - Zaragoza
Tel. 976 47 12 80
''' % fmt_iban(IB_ES_EBRO),
  desc='Genuine dunning reminder from the Spanish cold-chain carrier', why='Known carrier domain and own server, habitual account, polite standard reminder')

# ------------------------------------------------------------------ Greek
B('farmakeio-paraggelia-elleipseis', 'el',
  frm=('Φαρμακείο Κωνσταντίνου', 'farmakeio.konstantinou@otenet.gr'), to=[P('gr_om')],
  subj='Ελλείψεις στην παραγγελία της 16/11', date='2026-11-17 09:41:26', tz='+0200', infra='otenet', mid='plain', mid_dom='otenet.gr',
  cs='iso-8859-7', cte='quoted-printable',
  text='''
Καλημέρα κ. Γεωργίου,

Στην παράδοση της 16/11 (Δελτίο Αποστολής 26-118834) λείπουν τα παρακάτω:

- Amoxicillin 500mg caps, 6 τεμάχια
- Ινσουλίνη glargine, 2 συσκευασίες
- Φυσιολογικός ορός 500ml, 1 κιβώτιο

Επίσης το εμβόλιο της γρίπης που παραγγείλαμε ήρθε με ημερομηνία λήξης Μάρτιο, ενώ είχαμε συμφωνήσει μεγαλύτερη.

Παρακαλώ να μας ενημερώσετε πότε μπορούν να σταλούν τα ελλείποντα και να εκδοθεί πιστωτικό για όσα δεν θα έρθουν.

Ευχαριστώ,
Μαρία Κωνσταντίνου
Φαρμακείο Κωνσταντίνου, Λ. Κηφισίας 112, Αθήνα
Τηλ. 210 6981 442
''',
  desc='Customer pharmacy complaint about missing items, from an OTEnet ISP address', why='Known customer, concrete delivery data, no links or payment change')

B('hellascold-timologio', 'el',
  frm=('Hellas Cold Logistics - Λογιστήριο', 'logistirio@hellascold.gr'), to=[P('gr_acc')],
  subj='Τιμολόγιο Παροχής Υπηρεσιών 2026/894', date='2026-11-06 12:14:50', tz='+0200',
  infra=('mail.hellascold.gr', 'mail.hellascold.gr', '94.70.218.66'), mid='oldesk', mailer='ol',
  cs='windows-1253', cte='base64',
  text='''
Αγαπητοί συνεργάτες,

Σας αποστέλλουμε συνημμένα το Τιμολόγιο Παροχής Υπηρεσιών 2026/894 για τις μεταφορές ελεγχόμενης θερμοκρασίας του Οκτωβρίου.

ΜΑΡΚ myDATA: 400001938271645
Σύνολο: 14.882,60 €
Λήξη: 05/12/2026
Τράπεζα Πειραιώς, IBAN %s

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας στο 210 5589 310.

Με εκτίμηση,
Λογιστήριο
Hellas Cold Logistics Α.Ε. - Ασπρόπυργος Αττικής
''' % fmt_iban(IB_GR_HC),
  atts=[pdfatt('TPY_2026_894.pdf', ['Hellas Cold Logistics A.E.', 'TPY 2026/894', 'MARK 400001938271645', 'Synolo 14.882,60 EUR', 'IBAN ' + fmt_iban(IB_GR_HC)])],
  desc='Genuine Greek carrier invoice with myDATA MARK and the usual Piraeus account', why='Genuine hellascold.gr domain and server (contrast: homoglyph in attack 34), known account')

B('esoteriko-ekkremotites-nosokomeia', 'el', **INT(
  frm=P('gr_acc'), to=[P('gr_om')], cc=[P('cfo')],
  subj='Εκκρεμότητες πληρωμών νοσοκομείων - κατάσταση Νοεμβρίου', date='2026-11-23 14:22:08', tz='+0200',
  cs='utf-8', cte='quoted-printable', mode='alt',
  text='''
Νίκο καλησπέρα,

σου στέλνω τη σύνοψη των ανεξόφλητων από τα δημόσια νοσοκομεία στο τέλος Νοεμβρίου:

- ΓΝ Αττικής «Άγιος Ανδρέας»: 412.380 € (τα παλαιότερα από Μάρτιο)
- ΓΝ Πειραιά: 188.940 €
- ΠΓΝ Λάρισας: 96.210 €

Από τον «Άγιο Ανδρέα» μας ζήτησαν ενημερωμένη καρτέλα και ενημερότητες για να προχωρήσουν πληρωμή μέσα στον Δεκέμβριο, θα τα στείλω αύριο.

Claudia, in short: about 700k EUR overdue from Greek public hospitals; a payment from Agios Andreas is expected in December once we send the statement and tax/social-security clearance certificates.

Ελένη
''',
  desc='Internal Greek/English status mail from local accounting to the office manager and CFO', why='Internal relay between colleagues, informational'))

B('newsletter-farmakeftiki-agora', 'el',
  frm=('Φαρμακευτική Αγορά', 'newsletter@pharmagora-news.gr'), to=[P('gr_om')],
  subj='Φαρμακευτική Αγορά: clawback 2026, ελλείψεις φαρμάκων και νέα ΗΔΙΚΑ', date='2026-11-13 08:30:00', tz='+0200',
  infra='mailchimp', rp='bounce-mc.us18_70012938.991028-nikos.georgiou=example.com@mail88.suw13.mcsv.net', mid='plain', mid_dom='mail88.suw13.mcsv.net',
  cs='utf-8', cte='base64', mode='html',
  hdrs=[('List-Unsubscribe', '<https://pharmagora-news.us18.list-manage.com/unsubscribe?u=2b3c4d&id=8a7b6c>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#fff">
<tr><td style="padding:16px;background:#1f6f43;color:#fff;font-size:20px">Φαρμακευτική Αγορά - Εβδομαδιαίο Newsletter</td></tr>
<tr><td style="padding:16px;font-size:14px">
<h3>Clawback 2026: οι πρώτες εκτιμήσεις για το δεύτερο εξάμηνο</h3><p><a href="https://www.pharmagora-news.gr/2026/11/clawback-2026">Διαβάστε περισσότερα</a></p>
<h3>Ελλείψεις φαρμάκων: τα μέτρα για τον χειμώνα</h3><p><a href="https://www.pharmagora-news.gr/2026/11/elleipseis-xeimonas">Διαβάστε περισσότερα</a></p>
<h3>Φαρμακαποθήκες: νέες υποχρεώσεις ιχνηλασιμότητας</h3><p><a href="https://www.pharmagora-news.gr/2026/11/ichnilasimotita">Διαβάστε περισσότερα</a></p>
</td></tr><tr><td style="padding:12px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο pharmagora-news.gr.
<a href="https://pharmagora-news.us18.list-manage.com/unsubscribe?u=2b3c4d&id=8a7b6c">Διαγραφή</a></td></tr></table></body></html>
''',
  desc='Subscribed Greek pharma-market newsletter (HTML-only) via Mailchimp', why='Opt-in newsletter with consistent ESP headers, editorial links only')

B('nosokomeio-exoflisi-kartela', 'el',
  frm=('ΓΝ Αττικής Άγιος Ανδρέας - Οικονομική Υπηρεσία', 'oikonomiko@gna-agandreas.gr'), to=[P('gr_acc')],
  subj='Εξόφληση τιμολογίων - αποστολή καρτέλας και ενημεροτήτων', date='2026-11-20 12:48:33', tz='+0200',
  infra=('mail.gna-agandreas.gr', 'mail.gna-agandreas.gr', '195.251.119.40'), mid='plain', mailer='zimbra',
  cs='windows-1253', cte='quoted-printable',
  text='''
Αξιότιμοι κύριοι,

Σας ενημερώνουμε ότι το Νοσοκομείο προτίθεται να προχωρήσει εντός Δεκεμβρίου σε εξόφληση τιμολογίων της εταιρείας σας έως 31/05/2026, κατόπιν της χρηματοδότησης από την 1η ΥΠΕ.

Για την έκδοση των χρηματικών ενταλμάτων παρακαλούμε να μας αποστείλετε έως τις 30/11/2026:
1. Αναλυτική καρτέλα πελάτη με ημερομηνία 20/11/2026
2. Φορολογική ενημερότητα για είσπραξη από Δημόσιο
3. Ασφαλιστική ενημερότητα (e-ΕΦΚΑ)

Η πληρωμή θα γίνει στον τραπεζικό λογαριασμό που είναι καταχωρημένος στο μητρώο προμηθευτών του Νοσοκομείου.

Με εκτίμηση,
Τμήμα Οικονομικού - Γραφείο Προμηθευτών
ΓΝ Αττικής «Άγιος Ανδρέας»
Τηλ. 213 2044 118
''',
  desc='Genuine public-hospital notice of upcoming payment, requesting statement and clearance certificates', why='Known customer on academic/public network, asks for routine documents, payment to registered account')

# ------------------------------------------------------------------ Russian
B('apteka-pretenziya-nedovlozhenie', 'ru',
  frm=('Закупки Здоровье Плюс', 'zakupki@zdorovie-plus.ru'), to=[P('ru_sales')],
  subj='Претензия по поставке от 12.11.2026 - недовложение и короткий срок годности', date='2026-11-13 10:05:41', tz='+0300',
  infra='yandex', mid='yandex', cs='koi8-r', cte='quoted-printable',
  text='''
Наталья, добрый день!

По поставке от 12.11.2026 (накладная N 26-4418) на склад сети выявлены расхождения:

1. Недовложение: Цефтриаксон 1 г, порошок, 50 флаконов (по УПД 200, фактически 150).
2. Эноксапарин натрия 4000 анти-Ха МЕ, 60 упаковок - остаточный срок годности менее 50 процентов, что не соответствует договору.

Акт о расхождении по форме ТОРГ-2 подписан с водителем. Просим допоставить недостающий товар и согласовать возврат эноксапарина до конца недели. Сведения в МДЛП по приемке пока не отправляли.

С уважением,
Ирина Лебедева
Менеджер по закупкам, аптечная сеть "Здоровье Плюс"
тел. +7 495 212-48-30
''',
  desc='Genuine customer (pharmacy chain) claim about short delivery and shelf life', why='Known customer on Yandex 360 hosting, concrete delivery/TORG-2 data, no links')

B('vnutrennee-akt-sverki', 'ru', **INT(
  frm=P('ru_acc'), to=[P('ru_om')], tz='+0300',
  subj='Закрытие ноября: акт сверки с ФармаТрансЛогистик', date='2026-12-03 16:30:12', cs='windows-1251', cte='base64', mode='alt',
  text='''
Дмитрий, добрый день!

Для закрытия ноября прошу до пятницы подписать акт сверки с ООО «ФармаТрансЛогистик» - он пришёл через Диадок, расхождений нет, сальдо 1 248 600,00 руб. в их пользу.

Также напоминаю, что счёт № 1842 от 30.11 оплачиваем по графику 10.12, реквизиты в 1С не менялись.

Спасибо!
Ольга Иванова
Главный бухгалтер, Example Group Russia
''',
  desc='Internal Russian message from chief accountant to office manager about month-end', why='Internal relay, colleague, refers to EDI (Diadoc) and unchanged master data'))

B('pharmatranslog-schet', 'ru',
  frm=('ФармаТрансЛогистик Бухгалтерия', 'buh@pharmatranslog.ru'), to=[P('ru_acc')],
  subj='Счет № 1842 от 30.11.2026 и УПД за ноябрь', date='2026-11-30 17:22:09', tz='+0300',
  infra=('mail.pharmatranslog.ru', 'mail.pharmatranslog.ru', '81.177.140.92'), mid='plain', mailer='thebat',
  cs='utf-8', cte='quoted-printable',
  text='''
Добрый день, Ольга Петровна!

Направляем счет № 1842 от 30.11.2026 на оплату транспортных услуг (перевозка лекарственных средств с соблюдением температурного режима +2..+8) за ноябрь 2026 г.

Сумма: 1 248 600,00 руб., в т.ч. НДС
Оплата по договору до 10.12.2026
Р/с %s в ПАО Сбербанк, БИК 044525225

Оригинал УПД направлен через Диадок.

--
С уважением,
бухгалтерия ООО «ФармаТрансЛогистик»
тел. +7 495 781-20-64
''' % RU_ACC,
  atts=[pdfatt('Schet_1842_30.11.2026.pdf', ['OOO PharmaTransLogistik', 'Schet N 1842 ot 30.11.2026', 'Summa 1 248 600,00 RUB'])],
  desc='Genuine carrier invoice (PDF) with Russian account number carrying a valid BIK control key', why='Known carrier domain/server, matches internal expectation, UPD via EDI')

B('yandex-id-novyi-vhod', 'ru',
  frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[P('ru_om')],
  subj='Вход в аккаунт с нового устройства', date='2026-11-21 20:14:55', tz='+0300', infra='yandex', mid='yandex',
  cs='utf-8', cte='base64', mode='alt',
  text='''
Здравствуйте, dmitry.sokolov!

В ваш аккаунт Яндекс ID выполнен вход с нового устройства.

Устройство: Windows, Яндекс Браузер
Место: Москва, Россия
Время: 21 ноября 2026, 20:13 (МСК)

Если это были вы, ничего делать не нужно.
Если это были не вы, смените пароль и проверьте историю входов:
[Управление аккаунтом](https://id.yandex.ru/security)

С заботой,
команда Яндекс ID
''',
  desc='Genuine Yandex ID new-device sign-in notification (account used for Yandex Business / Maps listing)', why='Real Yandex infrastructure, links to id.yandex.ru, informational only')

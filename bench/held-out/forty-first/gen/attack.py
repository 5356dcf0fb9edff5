"""40 attack messages."""
from people import P
from lib import nrb, iban, iban_it, iban_es, iban_pl, iban_de, fmt_iban, bech32_segwit, h20
from att import *

MSGS = []


def A(slug, lang, **kw):
    kw['file'] = '%02d-%s-%s.eml' % (len(MSGS) + 1, lang, slug)
    kw['lang'] = lang
    MSGS.append(kw)


IB_LT = iban('LT', '32500' + '48210773315')
IB_IT_FAKE = iban_it('03268', '01600', '052871430090')
IB_IT_ESCROW = iban_it('03015', '03200', '000003841775')
IB_PL_FAKE = iban_pl('1140200', '4000370276581143')
IB_DE_N26 = iban_de('10011001', '262471881')
IB_DE_REG = iban_de('10050000', '190384772')
IB_ES_FAKE = iban_es('1583', '0001', '1097223846')
IB_ES_NOM = iban_es('1465', '0100', '9123874650')
IB_CY = iban('CY', '005' + '00121' + '0000000357194028')
IB_GR_EOF = iban('GR', '0110' + '125' + '0000012548033161')
BTC = bech32_segwit('bc', 0, h20('audit41-extortion-felix'))

# ------------------------------------------------------------------ German
A('lieferant-bankwechsel-lookalike', 'de',
  frm=('Stefan Maier', 's.maier@lieferant-gmbh.com'), to=[P('ap1')],
  subj='AW: AW: Offene Posten Oktober - Lieferant GmbH', date='2026-11-17 10:42:13', tz='+0100',
  infra=('mail.lieferant-gmbh.com', 'vps-7c41d2a8.vps.ovh.net', '51.75.143.96'),
  cs='iso-8859-15', cte='quoted-printable', mode='alt', mailer='ol', mid='oldesk',
  hdrs=[('In-Reply-To', '<DB9PR04MB8412C1A0D77E3F2B9A1C4E5AB8F72@DB9PR04MB8412.eurprd04.prod.outlook.com>'),
        ('Thread-Topic', 'Offene Posten Oktober - Lieferant GmbH'), ('Content-Language', 'de-DE')],
  text='''
Hallo Frau Köhler,

vielen Dank für die schnelle Rückmeldung und den Abgleich.

Kurzer Hinweis vorab, bevor Sie den Zahllauf für diese Woche freigeben: Im Zuge der Umstellung unseres Cash-Managements auf die Konzernstruktur laufen Zahlungseingänge ab sofort nicht mehr über die Sparkasse. Die offenen Rechnungen RE-2026-10418 (31.884,20 EUR) und RE-2026-10477 (52.428,40 EUR) bitte daher auf die neue Verbindung überweisen:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Verwendungszweck: RE-2026-10418 / RE-2026-10477

Das Bestätigungsschreiben unserer Geschäftsführung hängt an. Bitte das alte Konto nicht mehr verwenden, Zahlungen dorthin werden ab dem 20.11. zurückgebucht.

Ich bin diese Woche auf der MEDICA in Düsseldorf und telefonisch kaum erreichbar - am besten einfach per Mail antworten, ich schaue regelmäßig rein.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH

-----Ursprüngliche Nachricht-----
Von: Jana Köhler <jana.koehler@example.com>
Gesendet: Donnerstag, 12. November 2026 14:05
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Offene Posten Oktober - Lieferant GmbH

Hallo Herr Maier,

die beiden Rechnungen aus Oktober sind bei uns geprüft und für den nächsten Zahllauf vorgesehen. Die Gutschrift GS-2026-0211 haben wir bereits verrechnet.

Viele Grüße
Jana Köhler
''' % fmt_iban(IB_LT),
  atts=[pdfatt('Lieferant_GmbH_Bankverbindung_2026.pdf', ['Lieferant GmbH - Geschäftsführung', '',
        'Mitteilung über die Änderung unserer Bankverbindung', '', 'Kontoinhaber: Lieferant GmbH',
        'IBAN: ' + fmt_iban(IB_LT), 'BIC: REVOLT21', '', 'Gültig ab 16.11.2026', '', '(Unterschrift)'])],
  desc='Thread-hijack style supplier bank-detail change from look-alike lieferant-gmbh.com (real: .de); Lithuanian IBAN, supplier "unreachable at trade fair"',
  why='Look-alike domain (.com vs .de) on OVH VPS, quoted history copied, new foreign account, pressure before payment run, discourages phone verification')

A('ceo-fraud-vertraulich', 'de',
  frm=('Markus Brandt', 'm.brandt.vorstand@gmail.com'), to=[P('ap2')],
  subj='Vertraulich', date='2026-11-13 16:42:51', tz='+0100', infra='gmail', mid='gmail', mailer='iphone',
  cs='utf-8', cte='quoted-printable',
  text='''
Herr Richter,

sind Sie noch im Büro? Ich brauche heute noch Ihre Unterstützung bei einer vertraulichen Transaktion im Zusammenhang mit einer Übernahme, die erst nächste Woche kommuniziert wird. Bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Frau Wendel - sie ist informiert, aber die Kapitalmarktregeln verlangen absolute Vertraulichkeit.

Ich sitze bis zum Abend in Verhandlungen und kann nicht telefonieren. Antworten Sie bitte nur auf diese Adresse, dann schicke ich Ihnen die Details. Dr. Hoffmann von der Kanzlei wird sich ebenfalls bei Ihnen melden.

Danke vorab
Markus Brandt

Von meinem iPhone gesendet
''',
  desc='CEO fraud: CEO impersonated from Gmail, Friday afternoon, secrecy, pre-text for later transfer',
  why='Executive display name on free mailer, secrecy and "do not call", bypasses CFO, typical BEC opener without links')

QR03 = 'https://hollmann-steuerberatung.de.sp-docshare.net/s/Jahresabschluss?u=claudia.wendel%40example.com&t=8841'
A('sharepoint-qr-steuerberater', 'de',
  frm=('Dr. Eva Hollmann via SharePoint', 'dokumente@hollmann-steuerberatung.de'), to=[P('cfo')],
  subj='Dr. Eva Hollmann hat "Jahresabschluss_Vorbereitung_2026.pdf" für Sie freigegeben',
  date='2026-11-04 08:17:09', tz='+0100', infra='strato', mid='php', mailer='php', rp='dokumente@hollmann-steuerberatung.de',
  cs='utf-8', cte='base64', mode='html',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px" cellpadding="0" cellspacing="0">
<tr><td style="font-size:20px;color:#201f1e;padding-bottom:12px">Dr. Eva Hollmann hat eine Datei für Sie freigegeben</td></tr>
<tr><td style="font-size:14px;color:#323130">Jahresabschluss_Vorbereitung_2026.pdf<br>
Hier sind die Unterlagen zur Vorbereitung des Jahresabschlusses und die offenen Punkte zur Rückstellungsliste. Bitte bis Freitag durchsehen.</td></tr>
<tr><td style="padding:18px 0;font-size:13px;color:#605e5c">Aus Datenschutzgründen (DSGVO) kann dieses Dokument nur auf einem mobilen Gerät mit Microsoft Authenticator geöffnet werden. Scannen Sie den Code mit der Kamera Ihres Smartphones.</td></tr>
<tr><td align="center"><img src="cid:sp-open@hollmann" width="174" height="174" alt="QR-Code"></td></tr>
<tr><td style="font-size:11px;color:#a19f9d;padding-top:18px">Dieser Link funktioniert nur für direkte Empfänger dieser Nachricht. Microsoft respektiert Ihre Privatsphäre.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
''', inline=[qr_inline(QR03, 'sp-open@hollmann')],
  desc='Quishing: SharePoint share notification from compromised tax-adviser domain; QR code (PNG) leads to AiTM login page pre-filled with the CFO address',
  why='QR code instead of clickable link to evade URL scanning, URL on unrelated domain with recipient address, PHPMailer on Strato shared host, not a Microsoft sender')

A('zoll-atlas-html', 'de',
  frm=('Generalzolldirektion - ATLAS Benachrichtigung', 'atlas-benachrichtigung@zoll-atlas-portal.de'), to=[P('buy')],
  subj='Einfuhrsendung angehalten: Registriernummer 26DE481230487721E4 - Unterlagen bis 24.11.2026',
  date='2026-11-20 07:55:30', tz='+0100', infra=('zoll-atlas-portal.de', 'static.148.92.201.138.clients.your-server.de', '138.201.92.148'),
  cs='iso-8859-1', cte='quoted-printable', mid='plain',
  text='''
Sehr geehrte Damen und Herren,

zur o. g. Einfuhranmeldung (Warenposition 3005 90 - Verbandmittel, steril; Versender: Shenzhen Medcare Supplies Co., Ltd.) liegen dem Zollamt Frankfurt am Main-Flughafen die erforderlichen Unterlagen nicht vollständig vor.

Fehlend:
- Nachweis der EORI-Nummer des Anmelders
- Vollmacht für den indirekten Vertreter
- Konformitätserklärung nach Verordnung (EU) 2017/745

Den Bescheid mit der Liste der Unterlagen sowie den Upload-Zugang zum Zollportal finden Sie im Anhang. Bitte melden Sie sich mit Ihrem Unternehmenskonto an. Werden die Unterlagen nicht bis zum 24.11.2026 eingereicht, wird die Sendung gemäß Art. 198 UZK an den Versender zurückgeführt; anfallende Lagerkosten gehen zu Lasten des Empfängers.

Mit freundlichen Grüßen
Im Auftrag
Zollamt Frankfurt am Main-Flughafen
Sachgebiet Abfertigung

Diese Nachricht wurde automatisch erstellt.
''',
  atts=[rawatt('ATLAS_Bescheid_26DE481230487721E4.html', 'text/html',
               phish_html('Zoll-Portal - Anmeldung', 'Zoll-Portal: Unternehmenskonto', 'thomas.krueger@example.com',
                          'https://zoll-atlas-portal.de/upload/auth.php', 'de', 'Bitte melden Sie sich an, um den Bescheid anzuzeigen.'))],
  desc='Fake German customs (Zoll/ATLAS) notice about a held import of sterile dressings; HTML attachment with credential form',
  why='Look-alike zoll-atlas-portal.de (real: zoll.de) on Hetzner, HTML attachment login form, deadline and cost threat')

A('registereintrag-offerte', 'de',
  frm=('ZUR-D Zentrales Unternehmensregister', 'bearbeitung@zurd-register.de'), to=[P('ap1')],
  subj='Datenabgleich Ihres Registereintrags - Example Group GmbH - Az. ZUR-26/448172',
  date='2026-11-09 06:12:44', tz='+0100', infra=('mail.zurd-register.de', 'static.50.84.9.5.clients.your-server.de', '5.9.84.50'),
  cs='iso-8859-15', cte='quoted-printable', mode='alt', mid='plain',
  text='''
Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Zentralen Unternehmensregister (ZUR-D) erhalten Sie anbei den Erfassungsbogen mit Ihren derzeit gespeicherten Firmendaten.

Firma: Example Group GmbH
Sitz: Frankfurt am Main
Branche: Großhandel mit pharmazeutischen Erzeugnissen (WZ 46.46.1)
Aktenzeichen: ZUR-26/448172

Bitte prüfen Sie die Angaben und begleichen Sie das Eintragungsentgelt für die Laufzeit 2027 in Höhe von 498,00 € bis zum 23.11.2026:

Empfänger: ZUR-D Registerverwaltung
IBAN: %s
Verwendungszweck: ZUR-26/448172

Mit Eingang der Zahlung gilt die Eintragung für 12 Monate als bestätigt.

Ihre ZUR-D Registerverwaltung

Hinweis: Es handelt sich um ein Angebot zur Eintragung in ein privates Verzeichnis. Die Eintragung ist freiwillig und steht in keinem Zusammenhang mit dem Handelsregister.
''' % fmt_iban(IB_DE_REG),
  atts=[pdfatt('Erfassungsbogen_ZUR-26-448172.pdf', ['ZUR-D Zentrales Unternehmensregister', 'Erfassungsbogen / Zahlungsaufforderung',
        'Example Group GmbH, Frankfurt am Main', 'Eintragungsentgelt 2027: 498,00 EUR', 'IBAN ' + fmt_iban(IB_DE_REG)])],
  desc='Invoice fraud "Offertenschreiben": official-looking register data check that is really an offer for a worthless private directory',
  why='Looks like a registry invoice with Az. and deadline; the disclaimer is buried; unknown sender on Hetzner, payment request to new payee')

A('securpharm-zertifikat', 'de',
  frm=('securPharm Teilnehmerverwaltung', 'teilnehmer@securpharm-portal.de'), to=[P('qa')],
  subj='Handlungsbedarf: Ihr Verifizierungs-Zertifikat (Großhandel) läuft am 30.11.2026 ab',
  date='2026-11-16 09:03:27', tz='+0100', infra='brevo', rp='bounces-2931847-88412@ba.sender-sib.com',
  cs='utf-8', cte='quoted-printable', mode='alt', mid='plain', mid_dom='smtp-relay.brevo.com',
  hdrs=[('List-Unsubscribe', '<https://r.securpharm-portal.de/unsub/8f2a1c>'), ('Organization', 'securPharm e.V.')],
  text='''
Sehr geehrte Frau Lang,

das Client-Zertifikat, mit dem Ihr Großhandelssystem (Teilnehmer-ID GH-0041873) Packungen gegen das Apothekensystem verifiziert, läuft am 30.11.2026 ab. Ab diesem Zeitpunkt können Verifizierungen und Ausbuchungen nach Art. 20 und 22 der Delegierten Verordnung (EU) 2016/161 nicht mehr durchgeführt werden.

Bitte verlängern Sie das Zertifikat rechtzeitig im Teilnehmerportal. Die Anmeldung erfolgt wie gewohnt mit Ihrer geschäftlichen E-Mail-Adresse und Ihrem Kennwort:

[Zertifikat jetzt verlängern](https://securpharm-portal.de/teilnehmer/login?tid=GH-0041873&ref=renew)

Die Verlängerung dauert ca. 5 Minuten. Nach Ablauf ist eine Neubeantragung mit Identitätsprüfung erforderlich (Bearbeitungszeit bis zu 6 Wochen).

Mit freundlichen Grüßen
Ihr securPharm-Team
''',
  desc='Brand/authority abuse specific to pharma wholesale: fake securPharm (German FMD verification system) certificate expiry lure',
  why='Look-alike domain securpharm-portal.de sent via bulk ESP, credential harvest, threat of blocked verifications and long re-registration')

A('gehaltskonto-aenderung', 'de',
  frm=('Anna Schulz', 'anna.schulz1987@web.de'), to=[P('hr')],
  subj='Neue Bankverbindung für mein Gehalt', date='2026-11-23 07:31:02', tz='+0100', infra='webde', mid='trinity',
  cs='utf-8', cte='quoted-printable',
  text='''
Hallo Frau Hartmann,

ich habe mein Girokonto gewechselt und wollte Sie bitten, mein Gehalt ab der November-Abrechnung auf das neue Konto zu überweisen:

Kontoinhaberin: Anna Schulz
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kunden im Außendienst bin und mein Laptop gerade nicht ins VPN kommt. Könnten Sie mir kurz bestätigen, ob das für den November noch klappt? Ich weiß, dass die Abrechnung bald rausgeht.

Vielen Dank und viele Grüße
Anna Schulz
''' % fmt_iban(IB_DE_N26),
  desc='Payroll diversion: employee impersonated from a free mailer, new neobank IBAN just before payroll cut-off',
  why='Private address not known for this employee, change request only by mail, timing before payroll run, plausible excuse to avoid verification')

CF = 'powershell -w h -nop -c "echo INERT-TEST-PLACEHOLDER"'
A('datev-beleg-clickfix', 'de',
  frm=('DATEV Unternehmen online', 'service@datev-belegfreigabe.de'), to=[P('ap2')],
  subj='Neuer Beleg zur Freigabe: Eingangsrechnung 2026-11-0419 (Mandant 41852)', date='2026-11-26 13:24:55', tz='+0100',
  infra=('server.mueller-elektrobau-hanau.de', 'static.17.213.76.144.clients.your-server.de', '144.76.213.17'),
  cs='iso-8859-1', cte='quoted-printable', mode='alt', mailer='php', mid='php',
  text='''
Guten Tag,

in DATEV Unternehmen online liegt ein neuer Beleg zur Freigabe für Sie bereit.

Belegnummer: 2026-11-0419
Kreditor: Ferretti Trasporti S.p.A.
Betrag: 14.872,35 EUR
Fällig: 30.11.2026

Der Beleg ist als Anhang beigefügt. Zum Öffnen ist eine einmalige Sicherheitsbestätigung erforderlich.

Freundliche Grüße
DATEV eG
Paumgartnerstr. 6-14, 90429 Nürnberg
''',
  atts=[rawatt('DUO_Beleg_2026-11-0419.html', 'text/html', '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>DATEV - Sicherheitsprüfung</title></head>
<body style="font-family:Arial;background:#f5f5f5"><!-- INERT TEST SAMPLE: ClickFix lure, command is a harmless placeholder -->
<div style="width:420px;margin:90px auto;background:#fff;padding:28px;border:1px solid #ccc">
<h3>Bestätigen Sie, dass Sie ein Mensch sind</h3>
<p>&#9745; Ich bin kein Roboter</p>
<p>Die Überprüfung ist fehlgeschlagen. Bitte führen Sie die folgenden Schritte aus:</p>
<ol><li>Drücken Sie <b>Windows-Taste + R</b></li><li>Drücken Sie <b>Strg + V</b></li><li>Drücken Sie <b>Enter</b></li></ol>
<textarea readonly style="display:none" id="clip">%s # DATEV Verifizierungs-ID 7731-2204</textarea>
<p style="font-size:11px;color:#888">Verifizierungs-ID: 7731-2204</p></div></body></html>
''' % CF)],
  desc='ClickFix: fake DATEV document approval with HTML attachment showing a fake CAPTCHA that asks the user to paste a command into Win+R',
  why='Look-alike datev-belegfreigabe.de sent from a compromised web server via PHPMailer; user-executed command technique (placeholder command)')

# ------------------------------------------------------------------ English
A('device-code-teams-share', 'en',
  frm=('Helen Marsh', 'h.marsh@northgate-medsupplies.co.uk'), to=[P('uk_om')],
  subj='Northgate - revised price schedule 2027 (secure share)', date='2026-11-18 11:06:40', tz='+0000', infra='m365b', mid='m365',
  cs='utf-8', cte='quoted-printable', mode='alt', hdrs=[('Content-Language', 'en-GB'), ('Thread-Topic', 'Northgate - revised price schedule 2027 (secure share)')],
  text='''
Hi James,

As discussed at the last review, please find our revised price schedule for 2027 (nitrile gloves, IV sets and dressings). Because it contains contract pricing, it has been shared through our secure Teams workspace rather than as an attachment.

To open it:
1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)
2. Enter the code: HW7QK2XNB
3. Sign in with your Example Group account when prompted

The code is only valid for 15 minutes, so if it expires just reply and I will send you a new one.

Kind regards,
Helen Marsh
Senior Account Manager
Northgate Medical Supplies Ltd
''',
  desc='Device-code phishing (OAuth device authorization grant) from a compromised genuine supplier tenant; link points to the real microsoft.com/devicelogin',
  why='Asks the user to enter an attacker-generated device code, granting tokens for the victim account; the only URL is legitimate, so URL reputation does not help')

A('mhra-wda-compliance', 'en',
  frm=('MHRA Process Licensing', 'noreply@mhra-processlicensing.uk'), to=[P('uk_om')],
  subj='WDA(H) 41527 - Annual Compliance Report overdue: action required by 27 November 2026',
  date='2026-11-21 09:14:03', tz='+0000', infra='sendgrid', rp='bounces+41873522-9c1e-james.whitfield=example.com@em7741.mhra-processlicensing.uk',
  cs='us-ascii', cte='7bit', mode='alt', mid='plain', mid_dom='geopod-ismtpd-7.sendgrid.net',
  text='''
Dear Responsible Person,

Our records show that the Annual Compliance Report for Wholesale Dealer's Licence WDA(H) 41527 (Example Group UK Ltd) has not been submitted.

Under the Human Medicines Regulations 2012, failure to submit the report may result in the licence being referred for suspension review.

Please sign in to MHRA Process Licensing to complete and submit the report by 27 November 2026:

[Submit Annual Compliance Report](https://mhra-processlicensing.uk/portal/signin?lic=WDA-H-41527)

If you have already submitted the report, please disregard this message.

Regards,
Process Licensing Team
Inspection, Enforcement and Standards Division
Medicines and Healthcare products Regulatory Agency
''',
  desc='Fake UK regulator (MHRA) lure to the Responsible Person about the wholesale dealer licence',
  why='MHRA sends from gov.uk, not from a look-alike .uk domain via SendGrid; credential lure with licence-suspension threat')

A('docusign-html-attachment', 'en',
  frm=('Wrekin Valley Healthcare NHS Trust via Docusign', 'dse@docusign-eu-services.net'), to=[P('sales')],
  subj='Completed: Please DocuSign: WVH Pharmacy Distribution Agreement 2027-2029.pdf', date='2026-11-24 15:47:18', tz='+0000',
  infra=('mail.docusign-eu-services.net', 'vmi2283615.contaboserver.net', '161.97.142.205'),
  cs='utf-8', cte='quoted-printable', mode='html', mid='plain',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:30px;text-align:center;font-size:18px">
Your document has been completed</td></tr></table>
<table width="600" align="center"><tr><td style="padding:20px;font-size:14px;color:#333">
<b>Priya Raman</b><br>priya.raman@wrekinvalley-tr.nhs.uk<br><br>
All parties have completed <b>WVH Pharmacy Distribution Agreement 2027-2029.pdf</b>.<br><br>
The completed document is attached to this email. Open the attachment and sign in with your organisation account to view it.<br><br>
<span style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to Docusign.</span>
</td></tr></table></body></html>
''',
  atts=[rawatt('WVH_Distribution_Agreement_2027-2029_Completed.htm', 'text/html',
               phish_html('Docusign - View completed document', 'Sign in to view document', 'anna.schulz@example.com',
                          'https://docusign-eu-services.net/view/complete.php', 'en', 'Confirm your Microsoft 365 credentials to decrypt the document.'))],
  desc='Fake DocuSign "completed" notification impersonating a hospital customer, HTML attachment with credential form',
  why='Not sent from docusign.net, Contabo VPS, real envelope would link to docusign.net and not attach an HTML login page')

A('callback-m365-renewal', 'en',
  frm=('Microsoft Billing Centre', 'ms.billingcentre.uk@gmail.com'), to=[P('uk_acc')],
  subj='Your order has been processed - INV-UK-2026-884213', date='2026-11-11 08:02:19', tz='+0000', infra='gmail2', mid='gmail',
  cs='utf-8', cte='quoted-printable',
  text='''
Hello Sarah,

Thank you for renewing your subscription. Your payment has been processed successfully.

Invoice number: INV-UK-2026-884213
Product: Microsoft 365 Business Premium (annual, 25 licences)
Amount charged: £1,487.40 (incl. VAT)
Payment method: Corporate card ending 4417
Renewal date: 11 November 2026

The invoice is attached for your records.

If you did not authorise this renewal, or would like to cancel and receive a full refund, please contact our billing support team within 24 hours on +44 20 3966 4815 (Mon-Sat, 8am-8pm). Refunds cannot be processed after 24 hours.

Regards,
Microsoft 365 Billing Support
''',
  atts=[pdfatt('INV-UK-2026-884213.pdf', ['Microsoft 365 Billing Centre', 'INVOICE INV-UK-2026-884213', 'Microsoft 365 Business Premium x 25',
        'Total: GBP 1,487.40', 'Questions or refund: call +44 20 3966 4815'])],
  desc='Callback phishing (TOAD): fake Microsoft 365 renewal invoice from Gmail with a phone number to "cancel"',
  why='No link or malware, the payload is the phone number; brand name on free mailer, urgency for refund')

A('extortion-bitcoin', 'en',
  frm=('Felix Neumann', 'felix.neumann@example.com'), to=[P('it')],
  subj='Your account has been compromised. Pending payment', date='2026-12-02 03:41:56', tz='-0300',
  infra=('[177.38.240.17]', 'unknown', '177.38.240.17'), rp='felix.neumann@example.com',
  cs='us-ascii', cte='7bit', mid='plain', mid_dom='example.com',
  text='''
Hello Felix,

I am a developer who works with spyware. I gained access to your device several months ago through a vulnerable router and have been watching your activity since then. As proof, I am sending this email from your own account.

I have copies of your mailbox, your contacts and recordings from your webcam taken while you visited certain websites. I can send these to your colleagues, to the management of Example Group and to your family with one click.

You can stop this. Transfer USD 1,450 in Bitcoin to my wallet:

%s

You have 48 hours from the moment you open this email. I get a notification when you read it. Once I receive the payment, I will delete everything and you will never hear from me again.

Do not reply to this email and do not contact the police. It will not help you.
''' % BTC,
  desc='Sextortion/extortion with spoofed own address and Bitcoin bech32 address',
  why='From header forged to the recipient himself, sent from a Brazilian dynamic IP without rDNS, classic extortion text with BTC wallet')

A('gift-cards-ceo', 'en',
  frm=('Markus Brandt', 'markus.brandt@examplegroup-eu.com'), to=[P('om')], reply_to=('Markus Brandt', 'markus.brandt.exec@gmail.com'),
  subj='Quick task', date='2026-12-03 10:11:37', tz='+0100', infra=('mail.privateemail.com', 'mta-06.privateemail.com', '198.54.127.83'),
  cs='us-ascii', cte='7bit', mid='plain', mid_dom='examplegroup-eu.com', mailer='iphone',
  text='''
Monika,

I need you to take care of something for me this morning, but keep it between us for now. We are thanking a few of our hospital pharmacy partners before Christmas and I want it to be a surprise for the team as well.

Please get 8 Apple gift cards of 200 EUR each (online or at the shop nearby), scratch the back and send me clear photos of the codes. I will reimburse you today through expenses.

I am in the supervisory board meeting until late, so email only.

Thanks,
Markus

Sent from my iPhone
''',
  desc='Gift-card BEC: CEO impersonated from look-alike domain examplegroup-eu.com with Reply-To Gmail',
  why='Look-alike of examplegroup.eu, Reply-To to a free mailer, secrecy, gift cards, unreachable executive')

A('voicemail-svg', 'en',
  frm=('Cloud PBX Voicemail', 'no-reply@vm-cloudpbx.net'), to=[P('buy')],
  subj='New voicemail from +49 69 2193 4470 (0:47)', date='2026-11-06 12:33:08', tz='+0100',
  infra=('m228-12.mailgun.net', 'm228-12.mailgun.net', '69.72.43.12'), rp='bounce+9d2e41.8c1f-thomas.krueger=example.com@mg.vm-cloudpbx.net',
  cs='utf-8', cte='quoted-printable', mode='html', mid='plain', mid_dom='mg.vm-cloudpbx.net',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<p>You have a new voice message.</p>
<table style="font-size:13px"><tr><td>From:</td><td>+49 69 2193 4470</td></tr><tr><td>To:</td><td>Thomas Krüger (ext. 214)</td></tr>
<tr><td>Duration:</td><td>0:47</td></tr><tr><td>Received:</td><td>06.11.2026 12:32</td></tr></table>
<p>Open the attached file in your browser to play the message.</p></body></html>
''',
  atts=[rawatt('VM_+4969219344700_0047.svg', 'image/svg+xml', '''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="120">
<!-- INERT TEST SAMPLE: real campaigns embed a redirecting script here -->
<rect width="400" height="120" fill="#f0f0f0"/><text x="20" y="50" font-family="Arial" font-size="16">Voicemail 0:47 - click to play</text>
<a xlink:href="https://vm-cloudpbx.net/play/?m=dGhvbWFzLmtydWVnZXJAZXhhbXBsZS5jb20="><rect x="20" y="70" width="120" height="32" fill="#0a66c2"/>
<text x="50" y="92" fill="#ffffff" font-family="Arial" font-size="14">&#9654; Play</text></a>
<script type="text/javascript"><![CDATA[ /* placeholder, no code */ ]]></script></svg>
''')],
  desc='Voicemail lure with SVG attachment (script-capable image) linking to a phishing page with base64 recipient address',
  why='SVG attachments are a 2025-2026 staple for evading attachment filters; fake PBX domain via Mailgun; the company has no such service')

A('tender-adobe-express', 'en',
  frm=('Graham Sutton', 'procurement@suttonclarke-pharmacy.co.uk'), to=[P('sales')],
  subj='Request for Quotation - generics & consumables supply 2027 (Lot 4)', date='2026-11-27 14:52:21', tz='+0000',
  infra=('server.suttonclarke-pharmacy.co.uk', 'cloud-host-81-19-215-44.krystal.uk', '81.19.215.44'),
  cs='utf-8', cte='quoted-printable', mode='alt', mailer='ol', mid='oldesk',
  text='''
Good afternoon,

Sutton & Clarke Pharmacy Group (14 community pharmacies, West Midlands) is inviting selected wholesalers to quote for the supply of generics and medical consumables for 2027. Example Group has been shortlisted for Lot 4 (wound care and IV consumables).

The RFQ pack, volumes and evaluation criteria are available here:

[View RFQ documents (PDF, 2.4 MB)](https://express.adobe.com/page/Xq8fWz2LkP3bR/)

Deadline for clarification questions is 4 December 2026. Please confirm your intention to bid by replying to this email.

Kind regards,

Graham Sutton
Head of Procurement
Sutton & Clarke Pharmacy Group Ltd
''',
  desc='Tender/RFQ lure from a compromised small business mailbox; link to an Adobe Express page that redirects to a credential page',
  why='Abuses a trusted platform (Adobe Express) to host the first hop, unsolicited "shortlisted" RFQ, sender never traded with the company')

# ------------------------------------------------------------------ Italian
A('ferretti-iban-lookalike', 'it',
  frm=('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), to=[P('it_acc')],
  subj='R: Estratto conto Ferretti Trasporti - ottobre 2026', date='2026-11-10 11:28:45', tz='+0100', infra='aruba', mid='oldesk',
  cs='iso-8859-15', cte='quoted-printable', mode='alt', mailer='ol',
  hdrs=[('In-Reply-To', '<AM9PR07MB71234F2A6C5D90E1B37A9C44B8F12@AM9PR07MB7123.eurprd07.prod.outlook.com>')],
  text='''
Buongiorno Marco,

grazie per l'estratto conto, i saldi coincidono.

Ti segnalo che a seguito della riorganizzazione della tesoreria di gruppo il nostro conto presso Banco BPM è in chiusura. Ti chiedo quindi di effettuare i prossimi pagamenti, comprese le fatture 1184/26 e 1207/26 in scadenza il 15/11 (totale € 38.916,50), sulle nuove coordinate:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
Banca: Banca Sella

In allegato la comunicazione firmata dall'amministratore. Ti chiedo gentilmente conferma dell'aggiornamento in anagrafica.

Cordiali saluti

Chiara Colombo
Ufficio Clienti
Ferretti Trasporti S.p.A.
''' % fmt_iban(IB_IT_FAKE),
  atts=[pdfatt('Comunicazione_variazione_coordinate_bancarie.pdf', ['Ferretti Trasporti S.p.A.', 'Comunicazione variazione coordinate bancarie',
        'IBAN: ' + fmt_iban(IB_IT_FAKE), "L'amministratore delegato"])],
  desc='Carrier bank-detail change from look-alike ferrettitrasporti.it (real: ferretti-trasporti.it), plausible Italian IBAN with valid CIN',
  why='Hyphen dropped from the domain, new payee account on invoices due in days, request to update master data by mail only')

A('sdi-scarto-zip', 'it',
  frm=('Sistema di Interscambio - Agenzia delle Entrate', 'sdi05@fatturapa-notifiche.it'), to=[P('it_acc')],
  subj='Notifica di scarto - File IT02847390167_4KX2P.xml.p7m - Fattura n. 2026/1184', date='2026-11-05 09:47:12', tz='+0100',
  infra=('smtpdh18.ad.aruba.it', 'smtpdh18-2.aruba.it', '62.149.155.238'), mid='plain',
  cs='iso-8859-1', cte='base64',
  text='''
Gentile contribuente,

si comunica che il file IT02847390167_4KX2P.xml.p7m trasmesso in data 04/11/2026 è stato scartato dal Sistema di Interscambio per il seguente motivo:

Codice errore 00404 - Fattura duplicata

La fattura non si considera emessa. Entro 5 giorni dalla presente notifica è necessario procedere al nuovo invio.

In allegato la ricevuta di scarto e il file originale in formato leggibile.

Sistema di Interscambio
Agenzia delle Entrate
''',
  atts=[zipatt('Notifica_scarto_IT02847390167_4KX2P.zip', [('Notifica_scarto_IT02847390167_4KX2P.pdf.js', None)])],
  desc='Malware dropper disguised as an SdI e-invoice rejection (Italian e-invoicing); ZIP with .pdf.js placeholder',
  why='SdI notices arrive via PEC from the SdI channel, never as ZIP with script; look-alike domain via Aruba SMTP; double extension')

A('pec-casella-piena', 'it',
  frm=('Aruba PEC', 'notifiche@arubapec-servizi.it'), to=[P('it_om')],
  subj='La tua casella PEC è quasi piena (98%)', date='2026-11-12 07:05:33', tz='+0100', infra='sendgrid',
  rp='bounces+30211874-aa41-giulia.romano=example.com@em2203.arubapec-servizi.it',
  cs='utf-8', cte='quoted-printable', mode='alt', mid='plain', mid_dom='geopod-ismtpd-3.sendgrid.net',
  text='''
Gentile cliente,

lo spazio della casella PEC amministrazione@pec.examplegroup.it ha raggiunto il 98% della capacità disponibile.

Al superamento del limite, i messaggi PEC in arrivo verranno rifiutati e il mittente riceverà un avviso di mancata consegna con valore legale.

Puoi liberare spazio o attivare gratuitamente l'archivio di sicurezza accedendo alla Webmail PEC:

[Accedi alla Webmail PEC](https://arubapec-servizi.it/webmail/login?d=pec.examplegroup.it)

Cordiali saluti,
Aruba PEC S.p.A.
Gestore accreditato AgID
''',
  desc='Fake Aruba PEC (certified e-mail) quota warning leading to a webmail credential page',
  why='Look-alike arubapec-servizi.it via SendGrid; consequence framed as legally relevant bounce; credential lure')

A('aifa-ritiro-lotti', 'it',
  frm=('AIFA - Ufficio Qualità dei Prodotti', 'qualita.prodotti@aifa-gov.it'), to=[P('it_sales')],
  subj='Ritiro lotti - verifica giacenze obbligatoria entro 72 ore (Nota AIFA/UQPC/2026/1187)', date='2026-11-25 16:20:04', tz='+0100',
  infra=('aifa-gov.it', 'hosted-by.alsycon.net', '185.173.235.66'),
  cs='iso-8859-15', cte='quoted-printable', mode='html', mid='plain',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Arial;font-size:13px">
<p><b>AGENZIA ITALIANA DEL FARMACO</b><br>Ufficio Qualità dei Prodotti e Contrasto al Crimine Farmaceutico</p>
<p>Alla cortese attenzione del Responsabile del magazzino / Persona Responsabile</p>
<p>Con riferimento al provvedimento di ritiro dei lotti <b>24K118, 24K119 e 25A007</b> del medicinale <i>Amoxicillina/Acido clavulanico 875/125 mg</i>, si richiede ai distributori all'ingrosso di confermare le giacenze e le cessioni effettuate negli ultimi 60 giorni.</p>
<p>La conferma deve essere inserita entro 72 ore tramite il portale di tracciabilità, autenticandosi con le credenziali aziendali:</p>
<p><a href="https://aifa-gov.it/tracciabilita/conferma?dist=IT-GRO-22817">Accedi al modulo di conferma giacenze</a></p>
<p>La mancata risposta sarà segnalata al Comando Carabinieri per la Tutela della Salute (NAS).</p>
<p>Cordiali saluti<br>AIFA - UQPC</p></body></html>
''',
  desc='Fake Italian Medicines Agency (AIFA) recall/stock confirmation with threat of NAS referral',
  why='AIFA uses aifa.gov.it; look-alike aifa-gov.it on foreign hosting; credential lure exploiting recall urgency specific to the trade')

A('avvocato-operazione-riservata', 'it',
  frm=('Avv. Lorenzo Ferri', 'l.ferri@studiolegaleferri-associati.com'), to=[P('it_acc')],
  cc=[('Markus Brandt', 'markus.brandt@examplegroup-eu.com')],
  subj='Progetto Aquila - operazione riservata', date='2026-11-19 12:02:48', tz='+0100', infra='m365', mid='m365',
  cs='utf-8', cte='base64', mode='alt', mailer='ol',
  text='''
Gentile Dott. Bianchi,

come anticipato dal Dott. Brandt, in copia, il nostro studio assiste Example Group nell'acquisizione di un distributore farmaceutico in Lombardia (Progetto Aquila). L'operazione è soggetta a obblighi di riservatezza fino all'annuncio previsto per il 15 dicembre; la preghiamo di non discuterne con altri colleghi.

Per il closing preliminare è necessario versare oggi il deposito cauzionale di € 248.500,00 sul conto di deposito fiduciario dello studio:

Beneficiario: Studio Legale Ferri & Associati - conto deposito
IBAN: %s
Causale: Deposito Progetto Aquila - rif. SLF/2026/117

La prego di inviarmi la contabile non appena disposto il bonifico. Il Dott. Brandt è in riunione con il venditore e ci ha chiesto di coordinarci direttamente.

Distinti saluti

Avv. Lorenzo Ferri
Studio Legale Ferri & Associati
Via Fatebenefratelli 14, 20121 Milano
''' % fmt_iban(IB_IT_ESCROW),
  desc='CEO fraud with fake lawyer (two-persona BEC) and CEO look-alike address in Cc; confidential acquisition deposit',
  why='Unknown law firm, CEO on look-alike domain, secrecy, same-day high-value transfer to a new account, bypass of approval chain')

# ------------------------------------------------------------------ Polish
A('partner-logistik-zmiana-rachunku', 'pl',
  frm=('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'), to=[P('pl_acc')],
  subj='Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.', date='2026-11-19 09:33:17', tz='+0100', infra='homepl', mid='tb',
  cs='iso-8859-2', cte='quoted-printable', mailer='tbwin',
  text='''
Dzień dobry Pani Katarzyno,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 18.11.2026 r. obowiązuje nowy numer rachunku do wpłat:

Partner Logistik sp. z o.o.
mBank S.A.
%s

Prosimy o aktualizację danych w systemie oraz uregulowanie faktur FV/2026/10/118 i FV/2026/10/131 (razem 146 212,80 zł) na powyższy rachunek. Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni - prosimy nie wstrzymywać płatności z tego powodu, termin mija w piątek.

Stary rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
''' % nrb(IB_PL_FAKE),
  desc='Logistics partner bank-detail change from look-alike partner-logistlk.pl (i -> l), new account not yet on the VAT white list',
  why='Homoglyph domain, asks to pay to an account absent from the Polish VAT white list (tax liability red flag), deadline pressure')

A('ksef-faktura-odrzucona', 'pl',
  frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl'), to=[P('pl_acc')],
  subj='KSeF: faktura FV/2026/11/0412 odrzucona - wymagana ponowna autoryzacja tokenu', date='2026-11-24 10:09:51', tz='+0100',
  infra='ovh', rp='powiadomienia@ksef-mf-gov.pl',
  cs='windows-1250', cte='quoted-printable', mode='alt', mid='plain',
  text='''
Szanowni Państwo,

faktura ustrukturyzowana FV/2026/11/0412 (NIP nabywcy 7792436185) nie została przyjęta przez Krajowy System e-Faktur.

Kod błędu: 21405 – Token uwierzytelniający wygasł lub został unieważniony.

Aby faktury wystawiane przez system ERP były nadal przyjmowane, osoba uprawniona musi ponownie wygenerować token w Aplikacji Podatnika KSeF w ciągu 48 godzin. Po tym czasie wysyłka wszystkich faktur zostanie wstrzymana.

[Zaloguj się do Aplikacji Podatnika KSeF](https://ksef-mf-gov.pl/web/login?nip=7792436185)

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.

Ministerstwo Finansów
''',
  desc='Fake KSeF (Polish mandatory e-invoicing, live since 2026) rejection notice; credential/token phishing',
  why='KSeF runs on ksef.mf.gov.pl and does not mail token errors; look-alike domain on OVH; 48-hour stop threat')

A('gif-kontrola-zip-haslo', 'pl',
  frm=('Główny Inspektorat Farmaceutyczny', 'kontrola@gif-gov.pl'), to=[P('pl_om')],
  subj='Zawiadomienie o zamiarze wszczęcia kontroli hurtowni farmaceutycznej - GIF-IW.8521.144.2026', date='2026-11-03 13:40:26', tz='+0100',
  infra=('gif-gov.pl', 'srv24188.seohost.pl', '185.238.74.61'),
  cs='iso-8859-2', cte='base64',
  text='''
Szanowni Państwo,

Główny Inspektor Farmaceutyczny, działając na podstawie art. 122a ustawy Prawo farmaceutyczne, zawiadamia o zamiarze wszczęcia kontroli hurtowni farmaceutycznej prowadzonej przez Example Group sp. z o.o. w Poznaniu.

Zakres kontroli oraz wykaz dokumentów do przygotowania (procedury GDP, rejestr temperatur, dokumentacja ZSMOPL) znajdują się w załączonym zawiadomieniu.

Ze względu na ochronę danych plik jest zabezpieczony hasłem: GIF2026

Prosimy o potwierdzenie odbioru w terminie 3 dni.

Z poważaniem
Wydział Inspekcji
Główny Inspektorat Farmaceutyczny
ul. Senatorska 12, 00-082 Warszawa
''',
  atts=[zipatt('Zawiadomienie_GIF-IW.8521.144.2026.zip', [('Zawiadomienie_kontrola_GIF.pdf.lnk', None)], password='GIF2026')],
  desc='Fake pharmaceutical inspectorate (GIF) inspection notice with password-protected ZIP containing a .lnk placeholder',
  why='GIF uses gif.gov.pl and ePUAP; encrypted archive defeats scanning; shortcut file with double extension')

A('apteka-przejety-watek-zip', 'pl',
  frm=('Apteka Pod Orłem', 'apteka@podorlem-apteka.pl'), to=[P('pl_om')],
  subj='RE: Zamówienie 11/2026 - korekta', date='2026-11-13 15:18:40', tz='+0100',
  infra=('cloudserver093721.home.pl', 'cloudserver093721.home.pl', '79.96.151.22'),
  cs='utf-8', cte='8bit', mailer='rc', mid='plain',
  hdrs=[('In-Reply-To', '<3f1b2e9c-77aa-4d51-9e3b-2a6c0f91d7e4@example.com>')],
  text='''
Dzień dobry,

w załączniku przesyłam korektę faktury oraz zestawienie zwrotów, o które Pan prosił.

Hasło do pliku: 5521

Pozdrawiam

> Dzień dobry Pani Joanno,
> dziękuję za informację. Proszę przesłać zestawienie zwrotów z numerami serii, przygotujemy korektę do faktury FV/2026/10/0388.
> Pozdrawiam
> Piotr Wiśniewski
''',
  atts=[zipatt('Korekta_FV_2026_10_0388.zip', [('Korekta_FV_2026_10_0388.pdf.vbs', None)], password='5521')],
  desc='Reply-chain hijack from the genuinely compromised mailbox of a customer pharmacy; encrypted ZIP with VBS placeholder',
  why='Genuine sender domain and infrastructure (hard case), but terse generic reply, password-protected archive with script, quoted thread reused')

A('helpdesk-teams-quick-assist', 'pl',
  frm=('Dział IT | Example Group', 'helpdesk.examplegroup.it@gmail.com'), to=[P('pl_acc')],
  subj='Zgłoszenie #IT-48211: masowy spam na Pani skrzynce', date='2026-12-01 08:49:13', tz='+0100', infra='gmail', mid='gmail',
  cs='utf-8', cte='quoted-printable',
  text='''
Dzień dobry Pani Katarzyno,

od rana na Pani skrzynkę trafia bardzo duża liczba niechcianych wiadomości (subskrypcje newsletterów, potwierdzenia rejestracji). To znany atak typu mail-bombing.

Aby zatrzymać napływ wiadomości, nasz konsultant skontaktuje się z Panią w ciągu 15 minut przez Microsoft Teams (konto „Help Desk | Example Group”). Prosimy przyjąć połączenie i uruchomić narzędzie Szybka pomoc (Quick Assist), żeby technik mógł zainstalować aktualizację filtra antyspamowego.

Prosimy nie zgłaszać sprawy telefonicznie - linia serwisowa jest obecnie przeciążona.

Pozdrawiamy
Dział IT - Example Group
''',
  desc='Email-bombing follow-up + Teams vishing pretext (Quick Assist remote access), from Gmail posing as internal IT',
  why='Internal IT would not write from Gmail; pre-announces an external Teams call and remote-access tool; discourages calling the real helpdesk')

# ------------------------------------------------------------------ Spanish
A('aeat-dehu-html-smuggling', 'es',
  frm=('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), to=[P('es_acc')],
  subj='Notificación pendiente en DEHú - Requerimiento de información (Ref. 2026GRC4418357K)', date='2026-11-30 10:30:44', tz='+0100',
  infra=('mail.agenciatributaria-sede.es', 'vps-4b17.servidoresdns.net', '94.177.224.18'),
  cs='iso-8859-1', cte='quoted-printable',
  text='''
Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) correspondiente a un requerimiento de información sobre las operaciones intracomunitarias declaradas en el modelo 349 del tercer trimestre de 2026.

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento.

Para su comodidad, adjuntamos el justificante de puesta a disposición.

Atentamente,
Agencia Estatal de Administración Tributaria
''',
  atts=[rawatt('Notificacion_AEAT_2026GRC4418357K.html', 'text/html', '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sede electr&oacute;nica - Agencia Tributaria</title></head>
<body><!-- INERT TEST SAMPLE: HTML smuggling structure; the blob below is a harmless text placeholder -->
<p>Descargando su notificaci&oacute;n...</p>
<script>
var b64 = "SU5FUlQgVEVTVCBQTEFDRUhPTERFUg==";
/* real samples decode a ZIP/ISO here and trigger a download; intentionally left empty */
</script></body></html>
''')],
  desc='Fake Spanish tax agency (AEAT/DEHú) notice with HTML smuggling attachment (inert blob)',
  why='DEHú notices do not attach HTML; look-alike domain; HTML smuggling pattern (embedded base64 payload + auto-download)')

A('almeda-datos-bancarios', 'es',
  frm=('Marta Ruiz', 'marta.ruiz@laboratorios-almeda.es'), to=[P('es_acc')],
  subj='Actualización de datos bancarios - Laboratorios Almeda S.L.', date='2026-11-16 12:15:09', tz='+0100',
  infra=('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '185.230.212.12'), mid='plain', mid_dom='zoho.eu',
  cs='iso-8859-15', cte='quoted-printable', mode='alt',
  text='''
Estimada Lucía:

Le escribo para informarle de que, con motivo de la integración de nuestra tesorería en el nuevo grupo, Laboratorios Almeda ha cambiado de entidad bancaria. A partir de hoy, les rogamos que todos los pagos se realicen en la siguiente cuenta:

Titular: Laboratorios Almeda S.L.
IBAN: %s

Adjunto el certificado de titularidad emitido por el banco. Les agradeceríamos que actualizaran sus datos antes de la remesa de pagos del día 20 y que nos confirmaran el cambio respondiendo a este correo.

Por favor, no utilicen la cuenta anterior; las transferencias serán devueltas.

Un cordial saludo,

Marta Ruiz
Departamento de Administración
Laboratorios Almeda S.L.
''' % fmt_iban(IB_ES_FAKE),
  atts=[pdfatt('Certificado_titularidad_cuenta.pdf', ['Certificado de titularidad', 'Titular: Laboratorios Almeda S.L.', 'IBAN ' + fmt_iban(IB_ES_FAKE)])],
  desc='Supplier bank-detail change from look-alike laboratorios-almeda.es (real: laboratoriosalmeda.es) hosted on Zoho, Spanish IBAN with valid DC',
  why='Hyphenated look-alike, new account before payment run, asks confirmation by e-mail reply only')

A('aemps-alerta-calidad', 'es',
  frm=('AEMPS - Alertas Farmacéuticas', 'alertas@aemps-gob.es'), to=[P('es_om')],
  subj='Alerta de calidad R 41/2026 - confirme existencias de los lotes afectados', date='2026-11-09 17:02:38', tz='+0100', infra='ses',
  rp='0102019a3c1d7f2e-5b2a1c9d-8e41-4f7a-9c1b-2e4d5f6a7b8c-000000@eu-west-1.amazonses.com', mid='ses',
  cs='utf-8', cte='quoted-printable', mode='html',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;font-size:13px">
<p style="color:#8a1538"><b>Agencia Española de Medicamentos y Productos Sanitarios</b></p>
<p>Departamento de Inspección y Control de Medicamentos</p>
<p>Se comunica a las entidades de distribución la retirada del mercado de los lotes <b>B2611, B2612</b> de <i>Enoxaparina sódica 40 mg jeringas precargadas</i> por posible desviación de la esterilidad.</p>
<p>Las entidades de distribución deberán confirmar sus existencias y los clientes a los que han suministrado dichos lotes <b>antes de 48 horas</b> a través del sistema de confirmación:</p>
<p><a href="https://aemps-gob.es/alertas/confirmacion?ref=R41-2026">Confirmar existencias (acceso con usuario corporativo)</a></p>
<p>El incumplimiento podrá dar lugar a las actuaciones previstas en el Real Decreto Legislativo 1/2015.</p>
<p>AEMPS - Calle Campezo 1, 28022 Madrid</p></body></html>
''',
  desc='Fake Spanish medicines agency (AEMPS) quality alert asking distributors to confirm stock via a login page',
  why='Real alerts are published on aemps.gob.es and CIMA, not sent via SES from aemps-gob.es; credential lure, 48h threat')

A('nomina-cambio-cuenta', 'es',
  frm=('Javier Morales', 'javi.morales.mad@yahoo.es'), to=[P('es_acc')],
  subj='Cambio de cuenta para la nómina', date='2026-11-22 21:48:15', tz='+0100', infra='yahoo', mid='yahoo',
  hdrs=[('X-Mailer', 'WebService/1.1.24652 YMailNorrin')],
  cs='utf-8', cte='quoted-printable',
  text='''
Hola Lucía,

te escribo desde mi correo personal porque estoy de viaje con clientes y no me funciona el acceso al Outlook en el portátil.

He cambiado de banco y necesitaría que la nómina de noviembre se ingrese ya en la nueva cuenta:

Titular: Javier Morales Gil
IBAN: %s

¿Me confirmas cuando esté cambiado? Sé que cerráis nóminas esta semana, por eso te lo paso ya.

Gracias y un abrazo,
Javier
''' % fmt_iban(IB_ES_NOM),
  desc='Payroll diversion impersonating the Spanish office manager from Yahoo',
  why='Private address not on file, change only by e-mail before payroll close, excuse why corporate account is not used')

QR31 = 'https://m365-verificacion.com/mfa/registro?u=javier.morales%40example.com&c=ES-7741'
A('mfa-qr-registro', 'es',
  frm=('Microsoft 365 - Seguridad', 'seguridad@clinicadentalvalverde.es'), to=[P('es_om')],
  subj='Acción requerida: vuelva a registrar su método MFA antes del 20/11/2026', date='2026-11-17 08:26:59', tz='+0100',
  infra=('cp-es21.webempresa.eu', 'cp-es21.webempresa.eu', '185.225.32.71'), mailer='php', mid='php',
  cs='utf-8', cte='base64', mode='html',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial">
<div style="max-width:520px;margin:auto;border-top:4px solid #0078d4;padding:20px">
<h3>Actualización de seguridad de su cuenta</h3>
<p>Hola javier.morales@example.com:</p>
<p>Su organización ha actualizado las directivas de autenticación multifactor. Para seguir accediendo a Outlook y Teams, debe volver a registrar Microsoft Authenticator antes del <b>20/11/2026</b>.</p>
<p>Escanee este código con la cámara de su teléfono móvil:</p>
<p style="text-align:center"><img src="cid:mfa-qr@m365" width="168" height="168" alt=""></p>
<p style="font-size:11px;color:#777">Si no completa el registro, su cuenta quedará bloqueada temporalmente.</p></div></body></html>
''', inline=[qr_inline(QR31, 'mfa-qr@m365')],
  desc='Quishing MFA re-registration lure sent from a compromised Spanish dental clinic mailbox; PNG QR code to AiTM page',
  why='Microsoft branding from unrelated compromised domain, QR to hide URL, recipient address embedded, account-lock threat')

# ------------------------------------------------------------------ Greek
A('aade-mydata-apokliseis', 'el',
  frm=('ΑΑΔΕ - myDATA', 'noreply@aade-mydata.gr'), to=[P('gr_acc')],
  subj='Ειδοποίηση: Αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA - προθεσμία 7 ημερών', date='2026-11-18 10:12:55', tz='+0200',
  infra='ovh', cs='iso-8859-7', cte='quoted-printable', mode='alt', mid='plain',
  text='''
Αξιότιμε/η κύριε/κυρία,

Από τη διασταύρωση των στοιχείων της πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών που διαβιβάστηκαν από την επιχείρησή σας και των αντίστοιχων παραστατικών των αντισυμβαλλομένων για το διάστημα Ιουλίου - Σεπτεμβρίου 2026.

Σύνολο αποκλίσεων: 14 παραστατικά
Ποσό ΦΠΑ υπό εξέταση: 18.432,70 €

Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να υποβάλετε τις διευκρινίσεις σας εντός 7 ημερών, διαφορετικά θα εκδοθεί αυτόματα πράξη προσδιορισμού προστίμου.

[Σύνδεση στο myAADE](https://aade-mydata.gr/myaade/login?afm=801234567)

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
''',
  desc='Fake Greek tax authority (AADE) myDATA discrepancy notice to harvest TAXISnet credentials',
  why='AADE uses aade.gr and does not send login links; look-alike on OVH; fine threat with deadline')

A('eof-paravolo-adeia', 'el',
  frm=('ΕΟΦ - Διεύθυνση Αδειών', 'adeies@eof-gov.gr'), to=[P('gr_om')],
  subj='Ανανέωση άδειας χονδρικής πώλησης φαρμάκων - καταβολή παραβόλου', date='2026-11-26 11:40:21', tz='+0200',
  infra=('mail.eof-gov.gr', 'static.83.116.9.176.clients.your-server.de', '176.9.116.83'),
  cs='windows-1253', cte='base64', mailer='ol', mid='oldesk',
  text='''
Αξιότιμοι κύριοι,

Σας ενημερώνουμε ότι η άδεια χονδρικής πώλησης φαρμάκων της εταιρείας σας λήγει στις 31/12/2026. Για την έγκαιρη ανανέωσή της απαιτείται η καταβολή παραβόλου ύψους 1.240,00 € έως τις 04/12/2026.

Στοιχεία κατάθεσης:
Δικαιούχος: ΕΟΦ - Λογαριασμός Παραβόλων
IBAN: %s
Αιτιολογία: ΑΔ-ΧΟΝ-2026-5581

Το αποδεικτικό πληρωμής να αποσταλεί ως απάντηση σε αυτό το μήνυμα. Σε περίπτωση μη καταβολής, η άδεια θα τεθεί σε αναστολή.

Με εκτίμηση,
Διεύθυνση Αδειών Κυκλοφορίας
Εθνικός Οργανισμός Φαρμάκων
Μεσογείων 284, 15562 Χολαργός
''' % fmt_iban(IB_GR_EOF),
  atts=[pdfatt('EOF_Paravolo_AD-XON-2026-5581.pdf', ['EOF - Paravolo ananeosis adeias', 'Poso: 1.240,00 EUR', 'IBAN ' + fmt_iban(IB_GR_EOF)])],
  desc='Fake Greek National Organization for Medicines (EOF) licence-renewal fee request with bank account',
  why='Fees are paid via e-paravolo, not by bank transfer to an account named in e-mail; look-alike eof-gov.gr on Hetzner; suspension threat')

A('hellascold-lookalike-iban', 'el',
  frm=('Hellas Cold Logistics - Λογιστήριο', 'logistirio@hellascoId.gr'), to=[P('gr_acc')],
  subj='Αλλαγή τραπεζικού λογαριασμού - Hellas Cold Logistics Α.Ε.', date='2026-11-20 13:05:42', tz='+0200',
  infra=('mail.hellascoid.gr', 'vps-2279.bgcloud.bg', '87.120.37.129'), mid='oldesk', mailer='ol',
  cs='utf-8', cte='base64', mode='alt',
  text='''
Καλησπέρα σας κα Παπαδοπούλου,

Σας ενημερώνουμε ότι λόγω μεταφοράς της ταμειακής διαχείρισης στη μητρική μας εταιρεία στην Κύπρο, από σήμερα οι πληρωμές των τιμολογίων μας θα γίνονται στον παρακάτω λογαριασμό:

Δικαιούχος: Hellas Cold Logistics A.E.
IBAN: %s
Τράπεζα: Bank of Cyprus

Παρακαλούμε η πληρωμή των τιμολογίων ΤΠΥ 2026/881 και 2026/894 (σύνολο 27.640,30 €) να γίνει στον νέο λογαριασμό. Επισυνάπτεται η επιστολή της διοίκησης.

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Λογιστήριο
Hellas Cold Logistics Α.Ε.
''' % fmt_iban(IB_CY),
  desc='Carrier bank change from homoglyph domain hellascoId.gr (capital I for l), Cypriot IBAN',
  why='Homoglyph look-alike on Bulgarian VPS, foreign account, named invoices, no verification path offered')

A('elta-courier-dieuthinsi', 'el',
  frm=('ΕΛΤΑ Courier', 'enimerosi@elta-courier-track.com'), to=[P('gr_om')],
  subj='Η αποστολή σας ΕΛ441820935GR δεν παραδόθηκε - επιβεβαίωση διεύθυνσης', date='2026-11-08 19:22:17', tz='+0200',
  infra='mailchimp', rp='bounce-mc.us21_88214731.1102241-nikos.georgiou=example.com@mail152.suw13.mcsv.net',
  cs='utf-8', cte='base64', mode='html', mid='plain', mid_dom='mail152.suw13.mcsv.net',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<div style="max-width:560px;margin:auto;border:1px solid #ddd"><div style="background:#ffd100;padding:14px;font-weight:bold">ΕΛΤΑ Courier</div>
<div style="padding:18px;font-size:14px"><p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>ΕΛ441820935GR</b> δεν ήταν δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης.</p>
<p>Για να προγραμματιστεί νέα παράδοση, επιβεβαιώστε τα στοιχεία σας και καταβάλετε το τέλος επαναποστολής (1,85 €) έως αύριο.</p>
<p style="text-align:center"><a href="https://elta-courier-track.com/gr/paradosi?id=EL441820935GR" style="background:#003b71;color:#fff;padding:10px 22px;text-decoration:none">Επιβεβαίωση διεύθυνσης</a></p>
<p style="font-size:11px;color:#888">Μετά από 48 ώρες η αποστολή επιστρέφεται στον αποστολέα.</p></div></div></body></html>
''',
  desc='Fake Greek postal courier (ELTA) redelivery fee lure for card data',
  why='Look-alike .com domain via bulk ESP, small fee to harvest card details, return threat')

A('ceo-whatsapp-request', 'el',
  frm=('Markus Brandt', 'markus.brandt.ceo@outlook.com'), to=[P('gr_om')],
  subj='Επείγον', date='2026-11-30 09:03:11', tz='+0100', infra='outlook', mid='outlook',
  cs='windows-1253', cte='quoted-printable',
  text='''
Γεια σου Νίκο,

Είσαι στο γραφείο σήμερα; Χρειάζομαι τη βοήθειά σου σε ένα εμπιστευτικό θέμα σχετικά με έναν νέο πελάτη στην Ελλάδα, πριν ενημερωθεί η υπόλοιπη ομάδα.

Στείλε μου σε παρακαλώ τον αριθμό του κινητού σου για να συνεχίσουμε στο WhatsApp. Είμαι σε συσκέψεις όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο.

Markus Brandt
CEO, Example Group
''',
  desc='CEO impersonation from Outlook.com in fluent (machine-translated) Greek, moving the victim to WhatsApp',
  why='German CEO writing in Greek from a consumer Outlook address, secrecy, channel switch to WhatsApp to escape corporate controls')

# ------------------------------------------------------------------ Russian
A('chestny-znak-mdlp-blokirovka', 'ru',
  frm=('Оператор ЦРПТ Честный ЗНАК', 'support@chestnyznak-mdlp.ru'), to=[P('ru_om')],
  subj='Блокировка участника оборота в МДЛП: требуется подтверждение УКЭП до 27.11.2026', date='2026-11-23 10:44:08', tz='+0300',
  infra=('mail.chestnyznak-mdlp.ru', 'vds-cz41.timeweb.ru', '92.53.96.214'),
  cs='koi8-r', cte='base64', mode='alt', mid='plain',
  text='''
Уважаемый участник оборота лекарственных препаратов!

В ходе плановой проверки в системе мониторинга движения лекарственных препаратов (МДЛП) выявлены расхождения в сведениях о приемке и отгрузке по схемам 415 и 416 за октябрь 2026 года.

В соответствии с Постановлением Правительства РФ N 1556 доступ организации к личному кабинету будет ограничен 27.11.2026, если сведения не будут подтверждены усиленной квалифицированной электронной подписью руководителя.

Для подтверждения перейдите в личный кабинет:

[Подтвердить сведения в МДЛП](https://chestnyznak-mdlp.ru/lk/confirm?inn=7714823660)

С уважением,
Служба поддержки ООО "Оператор-ЦРПТ"
''',
  desc='Fake Russian drug track-and-trace operator (Chestny ZNAK / MDLP) blocking notice, credential/e-signature lure',
  why='Real operator uses crpt.ru / mdlp.crpt.ru; look-alike domain on a Russian VDS; threat to block the wholesale account')

A('fns-trebovanie-zip', 'ru',
  frm=('ИФНС России № 14 по г. Москве', 'trebovanie@nalog-rf.ru'), to=[P('ru_acc')],
  subj='Требование о представлении пояснений № 14-08/39217 от 02.12.2026', date='2026-12-02 11:27:36', tz='+0300',
  infra=('nalog-rf.ru', 'hosted-by.pfcloud.io', '185.244.181.39'),
  cs='windows-1251', cte='base64', mid='plain',
  text='''
Уважаемый налогоплательщик!

В соответствии со статьей 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года выявлены противоречия между сведениями об операциях, содержащимися в декларации, и сведениями, имеющимися у налогового органа.

Вам необходимо в течение пяти рабочих дней представить пояснения либо внести исправления в налоговую декларацию. Перечень операций приведен в приложении к требованию.

Непредставление пояснений влечет ответственность по статье 129.1 НК РФ, а также приостановление операций по счетам.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
''',
  atts=[zipatt('Требование_14-08_39217.zip', [('Trebovanie_14-08_39217.pdf.exe', None)])],
  desc='Fake Russian tax office demand (FNS Article 88) with ZIP containing .pdf.exe placeholder',
  why='FNS sends demands via the EDI operator (TKS), not by e-mail from nalog-rf.ru; executable with double extension; account freeze threat')

A('akt-sverki-js', 'ru',
  frm=('Бухгалтерия МедСнабКомплект', 'buh@medsnabkomplekt.ru'), to=[P('ru_acc')],
  subj='Акт сверки за 9 месяцев 2026 и счёт на оплату', date='2026-11-12 16:55:20', tz='+0300',
  infra=('smtp.medsnabkomplekt.ru', 'mail.medsnabkomplekt.ru', '46.148.235.77'), mailer='thebat', mid='plain',
  cs='utf-8', cte='quoted-printable',
  text='''
Добрый день!

Направляем акт сверки взаимных расчетов за период 01.01.2026 - 30.09.2026 и счет на оплату по договору поставки № 118/25.
Просим подписать акт и вернуть скан до конца недели. Расхождение 84 215,60 руб. - по нашим данным не оплачена УПД № 2291 от 18.09.2026.

Архив открывается без пароля.

--
С уважением,
Елена Викторовна
главный бухгалтер ООО "МедСнабКомплект"
тел. +7 495 648-21-19
''',
  atts=[zipatt('Акт_сверки_и_счет.zip', [('Akt_sverki_01.01.2026-30.09.2026.js', None),
                                         ('Schet_na_oplatu_2291.js', None)])],
  desc='Malware dropper: "reconciliation statement" from an unknown/compromised Russian supplier domain, ZIP with .js placeholders',
  why='No business relation with MedSnabKomplekt, script files in archive, classic 1C-accounting lure wording')

A('roszdravnadzor-proverka', 'ru',
  frm=('Росздравнадзор', 'uvedomlenie@roszdravnadzor-gov.ru'), to=[P('ru_sales')],
  subj='Уведомление о проведении внеплановой выездной проверки (лицензионный контроль)', date='2026-11-27 09:18:49', tz='+0300',
  infra='yandex', cs='koi8-r', cte='quoted-printable', mid='yandex',
  text='''
Уважаемые коллеги!

Федеральная служба по надзору в сфере здравоохранения уведомляет о проведении внеплановой выездной проверки соблюдения лицензионных требований при осуществлении фармацевтической деятельности (оптовая торговля лекарственными средствами).

Решение о проведении проверки и перечень запрашиваемых документов размещены в защищенном хранилище:

[Документы проверки (Яндекс Диск)](https://disk-yandex.ru.docs-share.info/d/Rzn2026-11-8841)

Для доступа используйте корпоративную почту и пароль.

Документы необходимо подготовить к 03.12.2026.

Территориальный орган Росздравнадзора по г. Москве и Московской области
''',
  desc='Fake Russian health regulator (Roszdravnadzor) inspection notice with link to fake Yandex Disk login',
  why='Regulator uses roszdravnadzor.gov.ru and ERKNM, not mail from Yandex; sub-domain trick disk-yandex.ru.docs-share.info; asks for corporate password')

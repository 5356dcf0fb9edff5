"""Genuine business messages 01-16 (German, English)."""
from mime import Text, Attach, Multi, local, ruuid, rhex, ralnum, rfcdate
from msg import message, Ctx, alt, mixed, html_of
from org import S, IBAN
import infra as I
import files
import codes

B = 'business'


def build():
    # 01 invoice from Lieferant GmbH
    w = local('cet', 2026, 10, 15, 14, 31)
    c = Ctx('b01', w)
    inf = I.eop(c.rng, w, 'de')
    pdfd = files.pdf(['#Lieferant GmbH - Rechnung RE-2026-10418', 'Industriestraße 14, 63263 Neu-Isenburg', '', 'Example Group, Kreditorenbuchhaltung, Frankfurt am Main',
                      'Kunden-Nr. 20417   Bestellung 4500187734   Lieferdatum 13.10.2026', '',
                      'Pos 1  Enteisungsflüssigkeit Typ I, IBC 1000 l   6 x 1.480,00 = 8.880,00 EUR',
                      'Pos 2  Bremsbeläge Flugzeugschlepper (Satz)    4 x 268,20 = 1.072,80 EUR', 'Netto 9.952,80 EUR   USt 19 % 1.891,03 EUR',
                      'Gesamt 11.843,83 EUR', '', 'Zahlbar bis 14.11.2026 ohne Abzug auf', 'Commerzbank Frankfurt  IBAN ' + codes.fmt_iban(IBAN['lieferant_old']) + '  BIC COBADEFFXXX'],
                     title='RE-2026-10418', producer='SAP NetWeaver 7.50')
    txt = ('Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung RE-2026-10418 vom 15.10.2026 als PDF.\n\n'
           'Mit freundlichen Grüßen\nIhre Buchhaltung\n\nLieferant GmbH · Industriestraße 14 · 63263 Neu-Isenburg\nTel. +49 6102 88 41-0 · Amtsgericht Offenbach HRB 48211\n')
    body = mixed(c, [Text(txt, charset='iso-8859-1', cte='quoted-printable'), Attach(pdfd, 'application/pdf', 'RE-2026-10418.pdf')], 'outlook')
    message(B, 'de', 'lieferant-rechnung-re-2026-10418', infra=inf, when=w, frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
            to=S('ap1'), subject='Rechnung RE-2026-10418', body=body, hcs='iso-8859-1', hardneg=[2],
            what='Supplier invoice (de-icing fluid, tug brake pads) as PDF from the supplier\'s invoicing mailbox.',
            why='Known supplier domain and tenant, invoice references PO, bank account unchanged, nothing asked beyond payment on terms.')

    # 02 genuine bank change, properly announced
    w = local('cet', 2026, 11, 20, 10, 5)
    c = Ctx('b02', w)
    inf = I.eop(c.rng, w, 'de')
    new = IBAN['lieferant_new']
    txt = ('Sehr geehrte Frau Schröder,\n\nwie bereits telefonisch mit Herrn Groß besprochen, wechseln wir zum 1. Januar 2027 unsere Hausbank. '
           'Anbei das unterschriebene Schreiben unserer Geschäftsführung mit der neuen Bankverbindung (Deutsche Bank, IBAN endet auf ...1100).\n\n'
           'Bitte ändern Sie die Stammdaten erst nach Rückruf bei uns unter der Ihnen bekannten Rufnummer +49 6102 88 41-0 (Durchwahl -23). '
           'Zahlungen auf das bisherige Commerzbank-Konto sind bis 31. März 2027 weiterhin möglich.\n\n'
           'Die neue Bankverbindung steht ab Januar auch auf allen Rechnungen.\n\nMit freundlichen Grüßen\n\nStefan Maier\nKaufmännischer Leiter\nLieferant GmbH\n')
    pdfd = files.pdf(['#Lieferant GmbH', 'Neu-Isenburg, 19.11.2026', '', 'Änderung der Bankverbindung zum 01.01.2027', '',
                      'Neu: Deutsche Bank AG, IBAN ' + codes.fmt_iban(new) + ', BIC DEUTDEFFXXX',
                      'Alt (gültig bis 31.03.2027): Commerzbank, IBAN ' + codes.fmt_iban(IBAN['lieferant_old']), '',
                      'Bitte verifizieren Sie diese Änderung telefonisch unter +49 6102 88 41-0.', '', 'gez. Dr. Hans-Peter Lang, Geschäftsführer'],
                     title='Bankverbindung 2027', producer='Adobe PDF Library 23.8')
    body = mixed(c, [alt(c, txt, html_of(txt), 'windows-1252', 'quoted-printable', 'outlook'), Attach(pdfd, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf')], 'outlook')
    message(B, 'de', 'lieferant-neue-bankverbindung-2027', infra=inf, when=w, frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=S('ap1'), cc=[S('proc')],
            subject='Neue Bankverbindung ab 01.01.2027', body=body, hcs='windows-1252', hardneg=[2],
            what='Supplier announces a bank change: signed letter, effective date six weeks ahead, old account stays valid, asks for call-back.',
            why='Genuine domain lieferant-gmbh.de via its usual tenant, German bank, long transition, explicitly requests verification via known phone number; pre-announced by phone to procurement.')

    # 03 CEO's genuine urgent payment request via internal relay
    w = local('cet', 2026, 11, 27, 17, 48)
    c = Ctx('b03', w)
    inf = I.internal(c.rng, w, S('cfo')[1])
    txt = ('Sabine,\n\nAeroFuel hat heute angekündigt, ab Dienstag nicht mehr an uns zu liefern, wenn die Rechnungen Oktober (312.480,15 EUR) nicht bis Montag bezahlt sind. '
           'Die Rechnungen sind sachlich geprüft, hängen aber noch in der Freigabe bei Jörg.\n\nBitte zieh die Zahlung in den Lauf am Montag vor – ganz normal über SAP mit Vier-Augen-Freigabe, '
           'auf das bekannte Konto. Jörg weiß Bescheid, ich habe ihn in Kopie.\n\nDanke!\nMatthias\n\n--\nDr. Matthias Köhler\nCEO, Example Group\nT +49 69 6900 1000\n')
    message(B, 'de', 'ceo-dringende-zahlung-aerofuel-intern', infra=inf, when=w, frm=S('ceo'), to=S('cfo'), cc=[S('ops')],
            subject='Dringend: Zahlung AeroFuel vor Montag', body=alt(c, txt, html_of(txt), 'iso-8859-1', 'quoted-printable', 'outlook') if False else
            alt(c, txt, html_of(txt), 'windows-1252', 'quoted-printable', 'outlook'), hcs='iso-8859-1', hardneg=[1],
            extra=['Content-Language: de-DE', 'X-MS-Exchange-Organization-SCL: -1' if False else 'Importance: high'],
            what='CEO asks the CFO to pull forward payment of a known supplier to avoid a fuel supply stop.',
            why='Internal: mail-int01 with Exchange hops; known supplier and account, explicitly through SAP four-eyes approval, colleague in Cc - no secrecy, no new payee.')

    # 04 GSE quote (genuine, same thread as attack 04)
    w = local('cet', 2026, 11, 5, 11, 22)
    c = Ctx('b04', w)
    inf = I.eop(c.rng, w, 'de')
    pdfd = files.pdf(['#GSE Technik Weber GmbH - Angebot GSE-2026-1187', 'Wartung Flugzeugschlepper und Förderbandwagen Q1 2027', '',
                      'Pos 1  Jahresinspektion Schlepper TLD TMX-150   3 x 2.950,00 EUR', 'Pos 2  Inspektion Förderbandwagen NMC Wollard   4 x 1.180,00 EUR',
                      'Pos 3  Anfahrt / Vorfeldzulassung pauschal   640,00 EUR', 'Summe netto 14.210,00 EUR', 'Gültig bis 31.12.2026'], title='Angebot', producer='Microsoft® Word 2019')
    txt = ('Hallo Herr Groß,\n\nanbei das Angebot GSE-2026-1187 inkl. der vier Förderbandwagen. Termine würden wir mit Herrn Dietrich direkt abstimmen.\n\n'
           'Mit freundlichen Grüßen\n\nUwe Hartmann\nVertrieb / Service\nGSE Technik Weber GmbH\nTel. +49 6196 77 20-14\n\n'
           '________________________________\nVon: Florian Groß <florian.gross@example.com>\nGesendet: Dienstag, 3. November 2026 14:22\n'
           'Betreff: AW: Angebot Wartung Flugzeugschlepper / Förderbandwagen Q1 2027\n\nHallo Herr Hartmann,\nkönnen Sie die Förderbandwagen (4 Stück, NMC Wollard) noch mit aufnehmen?\n')
    body = mixed(c, [alt(c, txt, html_of(txt), 'iso-8859-1', 'quoted-printable', 'outlook'), Attach(pdfd, 'application/pdf', 'Angebot_GSE-2026-1187.pdf')], 'outlook')
    message(B, 'de', 'gse-angebot-wartung-schlepper', infra=inf, when=w, frm=('Uwe Hartmann', 'u.hartmann@gse-technik-weber.de'), to=S('proc'),
            subject='AW: Angebot Wartung Flugzeugschlepper / Förderbandwagen Q1 2027', body=body, hcs='iso-8859-1', hardneg=[4],
            in_reply_to='<FR2P281MB1043A7C2D5E0B1F49A@FR2P281MB1043.DEUP281.PROD.OUTLOOK.COM>',
            what='Supplier\'s quotation for GSE maintenance as PDF attachment in the ongoing thread.',
            why='Same supplier tenant, business hours, PDF attached directly, content matches the request; no login or link.')

    # 05 sick note from private GMX
    w = local('cet', 2026, 11, 16, 7, 2)
    c = Ctx('b05', w)
    inf = I.gmx(c.rng, w, 'monika.hoffmann71@gmx.de')
    inf.headers.append('User-Agent: Mozilla Thunderbird')
    txt = ('Hallo Katrin,\n\nich liege seit gestern Abend mit Fieber flach und bin heute und voraussichtlich bis Mittwoch krankgeschrieben. '
           'Die AU hat die Praxis elektronisch an die Kasse übermittelt (eAU), ihr könnt sie ja abrufen.\n\n'
           'Jana, die Zahlläufe für Donnerstag sind vorbereitet, die Liste liegt im Teams-Ordner "Kreditoren".\n\nViele Grüße\nMonika\n')
    message(B, 'de', 'krankmeldung-private-gmx', infra=inf, when=w, frm=('Monika Hoffmann', 'monika.hoffmann71@gmx.de'), to=S('hr'), cc=[S('ap1')],
            subject='Krankmeldung Monika Hoffmann', body=Text(txt, charset='utf-8', cte='8bit', format_flowed=True), hardneg=[5],
            what='Employee reports sick from her private GMX address (eAU transmitted electronically).',
            why='Ordinary sick-leave notice; no request to change data or pay anything, refers to the eAU process HR verifies anyway.')

    # 06 internal IT notice on MFA
    w = local('cet', 2026, 11, 9, 9, 30)
    c = Ctx('b06', w)
    inf = I.internal(c.rng, w, S('ap2')[1])
    txt = ('Liebe Kolleginnen und Kollegen,\n\nbis zum 30.11.2026 stellen wir die Mehrfaktor-Anmeldung für alle Konten auf die Microsoft Authenticator-App mit Nummernabgleich um. '
           'Die Einrichtung erfolgt ausschließlich unter https://aka.ms/mysecurityinfo nach Anmeldung am Firmen-PC.\n\n'
           'Wichtig: Wir verschicken keine QR-Codes per E-Mail und rufen Sie nicht an, um Codes abzufragen. Solche Nachrichten bitte mit dem Button "Phishing melden" weiterleiten.\n\n'
           'Bei Fragen: IT-Servicedesk, Durchwahl 4444.\n\nViele Grüße\nLukas Brandt\nIT-Sicherheit\n')
    message(B, 'de', 'it-hinweis-mfa-umstellung-intern', infra=inf, when=w, frm=S('sec'), to=('Alle Mitarbeitenden Frankfurt', 'fra-alle@example.com'),
            rcpt=S('ap2')[1], subject='MFA-Umstellung auf Authenticator-App bis 30.11.', body=alt(c, txt, html_of(txt), 'iso-8859-15', 'quoted-printable', 'outlook'),
            hcs='iso-8859-15', hardneg=[6],
            what='Internal IT security notice about the MFA migration to Authenticator.',
            why='From the internal relay; points only to Microsoft\'s own aka.ms/mysecurityinfo, explicitly warns against QR codes by e-mail.')

    # 07 urgent dunning letter with supply stop (AeroFuel)
    w = local('cet', 2026, 11, 27, 14, 12)
    c = Ctx('b07', w)
    inf = I.exchange_onprem(c.rng, w, 'mail.aerofuel-services.de', 'mail.aerofuel-services.de', '212.91.244.37', 'corp.aerofuel-services.de')
    txt = ('Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung vom 13.11.2026 sind folgende Rechnungen weiterhin offen:\n\n'
           'AF-26-08812  vom 05.10.2026   148.220,40 EUR\nAF-26-09107  vom 19.10.2026   164.259,75 EUR\n\n'
           'Sollte der Gesamtbetrag von 312.480,15 EUR nicht bis spätestens Montag, 30.11.2026, auf unserem bekannten Konto bei der Landesbank Hessen-Thüringen eingehen, '
           'sind wir gemäß Ziffer 9.2 des Liefervertrags gezwungen, die Belieferung mit Jet A-1 ab dem 01.12.2026 einzustellen.\n\n'
           'Sollten sich Zahlung und Schreiben überschnitten haben, betrachten Sie dieses bitte als gegenstandslos.\n\n'
           'Mit freundlichen Grüßen\nKerstin Brenner\nDebitorenbuchhaltung\nAeroFuel Services GmbH\n')
    message(B, 'de', 'aerofuel-mahnung-liefersperre', infra=inf, when=w, frm=('Kerstin Brenner', 'k.brenner@aerofuel-services.de'), to=S('ap1'), cc=[S('cfo')],
            subject='2. Mahnung – Androhung Liefersperre Jet A-1', body=Text(txt, charset='windows-1252', cte='quoted-printable'), hcs='windows-1252',
            what='Fuel supplier\'s second reminder threatening to stop Jet A-1 deliveries.',
            why='Real supplier, real overdue invoices, payment to the known account, contract clause cited; urgency is genuine business pressure, not fraud (and matches the CEO\'s internal mail, business 03).')

    # 08 newsletter tax advisers (CleverReach)
    w = local('cet', 2026, 10, 28, 6, 30)
    c = Ctx('b08', w)
    inf = I.cleverreach(c.rng, w, S('ap1')[1])
    unsub = 'https://seu2.cleverreach.com/f/312889-318412/wcu/?c=' + ralnum(c.rng, 24)
    txt = ('Mandanten-Info Oktober 2026 – Rauch & Partner Steuerberater\n\n1. E-Rechnung: Ab 1.1.2027 Ausstellungspflicht für Unternehmen mit mehr als 800.000 EUR Umsatz\n'
           'Seit 2025 müssen alle Unternehmen E-Rechnungen empfangen können. Prüfen Sie jetzt Ihre ERP-Prozesse für den Versand im XRechnung- oder ZUGFeRD-Format.\n\n'
           '2. Sachbezüge 2027\n3. Reisekosten: neue Auslandspauschalen\n\nWeiterlesen: https://www.rauch-partner.de/mandanteninfo/2026-10\n\n'
           'Sie erhalten diesen Newsletter, weil Sie sich als Mandant angemeldet haben. Abmelden: %s\n' % unsub)
    message(B, 'de', 'newsletter-steuerberater-erechnung', infra=inf, when=w, frm=('Rauch & Partner Steuerberater', 'mandanteninfo@rauch-partner.de'), to=S('ap1'),
            subject='Mandanten-Info Oktober 2026: E-Rechnung, Sachbezüge, Reisekosten', body=alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable'),
            extra=['List-Unsubscribe: <%s>' % unsub, 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'List-Id: <312889.rauch-partner.de>'],
            hardneg=[3],
            what='Subscribed tax-adviser newsletter about the e-invoicing obligation, via CleverReach.',
            why='Known adviser, subscribed list with List-Unsubscribe one-click, informational, links only to the adviser\'s own site.')

    # 09 genuine DocuSign envelope
    w = local('cet', 2026, 10, 13, 16, 4)
    c = Ctx('b09', w)
    inf = I.docusign(c.rng, w)
    code = rhex(c.rng, 32, True)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (ruuid(c.rng), ruuid(c.rng), ruuid(c.rng))
    txt = ('Anna Keller sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\nAnna Keller\nanna.keller@alpina-air.com\n\n'
           'Dear Nina, please find the SGHA 2026 Annex B (FRA/MXP rates) for countersignature as agreed in our call. Best regards, Anna\n\n'
           'Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n'
           'Alternate Signing Method\nVisit Docusign.com, click \'Access Documents\', and enter the security code:\n%s\n' % (url, code))
    html = html_of(txt).replace(url, '<a href="%s">REVIEW DOCUMENT</a>' % url)
    message(B, 'en', 'docusign-sgha-annex-b-alpina', infra=inf, when=w, frm=('Anna Keller via Docusign', 'dse@eumail.docusign.net'), to=S('sales'),
            reply_to=('Anna Keller', 'anna.keller@alpina-air.com'), subject='Complete with Docusign: SGHA 2026 Annex B - Alpina Air FRA MXP.pdf',
            body=alt(c, txt, html, 'utf-8', 'quoted-printable'), hardneg=[9],
            what='Genuine DocuSign envelope from the customer airline for the SGHA annex.',
            why='Sent by DocuSign\'s EU infrastructure (dse@eumail.docusign.net, mailfra.docusign.net), link to eu.docusign.net with envelope IDs, security code, Reply-To the real customer contact; expected after a call.')

    # 10 genuine Microsoft invoice notice
    w = local('uk', 2026, 11, 2, 3, 14)
    c = Ctx('b10', w)
    inf = I.eop(c.rng, w, 'nam')
    txt = ('Microsoft\n\nYour invoice is ready\n\nBilling account: Example Group UK Ltd\nInvoice number: G071842399\nInvoice date: 01/11/2026\nAmount due: GBP 1,246.80\n'
           'Payment method: Invoice (bank transfer) - due 01/12/2026\n\nView your invoice in the Microsoft 365 admin center: https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/invoices\n\n'
           'Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521\n'
           'This message was sent from an unmonitored email address. Please do not reply to this message. Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n')
    message(B, 'en', 'microsoft-invoice-ready', infra=inf, when=w, frm=('Microsoft', 'microsoft-noreply@microsoft.com'), to=S('uk_acc'),
            subject='Your Microsoft invoice G071842399 is ready', body=alt(c, txt, html_of(txt, 'font-family:Segoe UI,Arial;font-size:14px'), 'utf-8', 'quoted-printable'),
            date_zone='utc', hardneg=[10],
            what='Microsoft 365 monthly invoice notification for the UK billing account.',
            why='microsoft.com sender through Microsoft\'s own Exchange Online, links only to admin.microsoft.com / go.microsoft.com, no phone number, amount matches the tenant\'s subscription.')

    # 11 genuine Teams meeting invitation
    w = local('cet', 2026, 10, 28, 15, 40)
    c = Ctx('b11', w)
    inf = I.eop(c.rng, w, 'eu')
    mid = '19%3ameeting_' + ralnum(c.rng, 48) + '%40thread.v2'
    join = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (mid, ruuid(c.rng))
    txt = ('Hi Nina,\n\nas discussed, the review of the winter schedule 2026/27 (turnaround times FRA/MXP, additional de-icing positions).\n\nBest regards\nAnna\n\n'
           '________________________________________________________________________________\nMicrosoft Teams Need help?\nJoin the meeting now\n%s\n'
           'Meeting ID: 361 447 902 118\nPasscode: Gq7Ew9rS\n________________________________________________________________________________\n' % join)
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n'
           'ORGANIZER;CN=Anna Keller:mailto:anna.keller@alpina-air.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nina Albrecht:mailto:nina.albrecht@examplegroup.eu\r\n'
           'SUMMARY;LANGUAGE=en-US:Winter schedule 26/27 review - Alpina Air / Example Group\r\nDTSTART;TZID=W. Europe Standard Time:20261103T100000\r\n'
           'DTEND;TZID=W. Europe Standard Time:20261103T110000\r\nUID:040000008200E00074C5B7101A82E008000000%s\r\nLOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\r\n'
           'DTSTAMP:20261028T144000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % rhex(c.rng, 32, True)
    body = Multi('alternative', [Text(txt, 'plain', 'utf-8', 'quoted-printable'), Text(html_of(txt).replace(join, '<a href="%s">Join the meeting now</a>' % join), 'html', 'utf-8', 'quoted-printable'),
                                 Text(ics, 'calendar', 'utf-8', 'base64', extra=[])], c.b('outlook'))
    body.parts[2].subtype = 'calendar'
    message(B, 'en', 'teams-invite-winter-schedule-alpina', infra=inf, when=w, frm=('Anna Keller', 'anna.keller@alpina-air.com'), to=S('sales'),
            subject='Winter schedule 26/27 review - Alpina Air / Example Group', body=body, hardneg=[11],
            what='Genuine Teams meeting invitation (text/calendar) from the customer airline.',
            why='Customer\'s real domain alpina-air.com, standard Teams join link on teams.microsoft.com with meeting ID and passcode, calendar object; no device code or sign-in request.')

    # 12 Northern Airside invoice
    w = local('uk', 2026, 11, 3, 10, 2)
    c = Ctx('b12', w)
    inf = I.eop(c.rng, w, 'gb')
    pdfd = files.pdf(['#Northern Airside Services Ltd - Invoice NAS-24117', 'Unit 7, Runger Lane, Manchester M90 5DL   VAT GB 291 4471 08', '',
                      'To: Example Group UK Ltd, Manchester Airport', 'Cabin cleaning turnarounds October 2026: 380 x GBP 15.00 = GBP 5,700.00', 'VAT 20%: GBP 1,140.00',
                      'Total: GBP 6,840.00   Due: 03/12/2026', 'Pay to: NatWest, sort code 01-05-10, account 28471150, IBAN ' + codes.fmt_iban(IBAN['northern'])],
                     title='NAS-24117', producer='Xero')
    txt = ('Hi Rachel,\n\nPlease find attached invoice NAS-24117 for October cabin cleaning at MAN (380 turnarounds).\n\nKind regards\nGary Holt\nAccounts Manager\nNorthern Airside Services Ltd\n')
    body = mixed(c, [alt(c, txt, html_of(txt), 'us-ascii', '7bit', 'outlook'), Attach(pdfd, 'application/pdf', 'Invoice NAS-24117.pdf')], 'outlook')
    message(B, 'en', 'northern-airside-invoice-nas-24117', infra=inf, when=w, frm=('Gary Holt', 'gary.holt@northernairside.co.uk'), to=S('uk_acc'),
            subject='Invoice NAS-24117 - cabin cleaning October', body=body, hardneg=[14],
            what='Supplier invoice for cabin cleaning with the usual NatWest account.',
            why='Real supplier domain northernairside.co.uk via its Microsoft 365 tenant, PDF from Xero, known account.')

    # 13 GitHub password reset
    w = local('cet', 2026, 11, 18, 21, 7)
    c = Ctx('b13', w)
    inf = I.github(c.rng, w)
    tok = ralnum(c.rng, 40, 'abcdef0123456789')
    txt = ('We heard that you lost your GitHub password. Sorry about that!\n\nBut don\'t worry! You can use the following button to reset your password:\n\n'
           'https://github.com/password_reset/%s\n\nIf you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset\n\n'
           'Thanks,\nThe GitHub Team\n' % tok)
    message(B, 'en', 'github-password-reset', infra=inf, when=w, frm=('GitHub', 'noreply@github.com'), to=S('sec'),
            subject='[GitHub] Please reset your password', body=alt(c, txt, html_of(txt, 'font-family:-apple-system,Segoe UI,Helvetica,Arial;font-size:14px'), 'utf-8', '7bit'),
            date_zone='utc',
            what='GitHub password-reset mail requested by the mail admin for his work account.',
            why='From GitHub\'s own SMTP (out-*.smtp.github.com), link to github.com only, user-initiated.')

    # 14 Google sign-in alert
    w = local('cet', 2026, 12, 1, 8, 44)
    c = Ctx('b14', w)
    inf = I.google_notify(c.rng, w)
    txt = ('A new sign-in on Windows\n\nnina.albrecht@examplegroup.eu\n\nWe noticed a new sign-in to your Google Account on a Windows device. '
           'If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n\nCheck activity\nhttps://accounts.google.com/AccountChooser?Email=nina.albrecht@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325\n\n'
           'You can also see security activity at\nhttps://myaccount.google.com/notifications\n\nYou received this email to let you know about important changes to your Google Account and services.\n'
           '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n' % (int(w.timestamp() * 1000)))
    message(B, 'en', 'google-security-alert-new-signin', infra=inf, when=w, frm=('Google', 'no-reply@accounts.google.com'), to=S('sales'),
            subject='Security alert', body=alt(c, txt, html_of(txt, 'font-family:Google Sans,Roboto,Arial;font-size:14px'), 'UTF-8', 'quoted-printable', 'gmail'),
            date_zone='utc',
            what='Google account "new sign-in" security alert (Google account used for Google Ads / Business Profile).',
            why='From Google\'s notification infrastructure (mail-sor-f*.google.com), links only to accounts.google.com / myaccount.google.com.')

    # 15 customer complaint
    w = local('cet', 2026, 11, 21, 9, 15)
    c = Ctx('b15', w)
    inf = I.eop(c.rng, w, 'eu')
    txt = ('Dear Nina, dear Mr Dietrich,\n\nI must formally complain about the handling of flight AP 4417 (FRA-ZRH) on 19 November. '
           'The aircraft was released 38 minutes late because the belt loader was unserviceable and no replacement was available; 14 bags were not loaded '
           'and had to be forwarded on the next rotation at our cost.\n\nThis is the third GSE-related delay at FRA this month. Under section 8 of Annex B of the SGHA '
           'we expect a written root-cause analysis within 10 days and will withhold 50% of the November handling fee for this flight until we have it.\n\n'
           'Please also confirm the corrective actions for the de-icing season.\n\nRegards\nMark Brunner\nHead of Ground Operations\nAlpina Air AG\n')
    message(B, 'en', 'customer-complaint-delay-ap4417', infra=inf, when=w, frm=('Mark Brunner', 'mark.brunner@alpina-air.com'), to=S('sales'), cc=[S('ops')],
            subject='Formal complaint - AP 4417 FRA 19 NOV delay and mishandled baggage', body=alt(c, txt, html_of(txt), 'utf-8', 'quoted-printable', 'outlook'),
            what='Angry customer-airline complaint about a GSE-caused delay, threatens to withhold fees.',
            why='Real customer domain and tenant, specific operational facts, contractual reference; pressure is commercial, no link, no payment redirection.')

    # 16 HR Christmas vouchers (genuine)
    w = local('cet', 2026, 12, 2, 11, 0)
    c = Ctx('b16', w)
    inf = I.internal(c.rng, w, S('uk_mgr')[1])
    txt = ('Dear station managers,\n\nas every year, all ramp and passenger-service staff receive a Christmas voucher (GBP/EUR 50, tax-free benefit in kind). '
           'HR orders the vouchers centrally through our benefits provider; they will be sent to each employee by the provider directly, no action is needed from you '
           'and no one should buy cards locally or share codes by e-mail.\n\nPlease just check the attached headcount list for your station by 9 December.\n\nKind regards\nKatrin Weiß\nHR & Payroll\n')
    csv = 'Station;Headcount;Voucher value\nMAN;46;50 GBP\nMXP;61;50 EUR\nWAW;38;50 EUR\nMAD;52;50 EUR\nATH;29;50 EUR\n'.encode('utf-8')
    body = mixed(c, [Text(txt, charset='utf-8', cte='quoted-printable'), Attach(csv, 'text/csv; charset=utf-8', 'Headcount_Christmas_2026.csv', cte='base64')], 'outlook')
    message(B, 'en', 'hr-christmas-vouchers-internal', infra=inf, when=w, frm=S('hr'), to=[S('uk_mgr'), S('it_mgr'), S('pl_mgr'), S('es_mgr')],
            subject='Christmas vouchers 2026 - headcount check', body=body, hardneg=[16],
            what='HR tells station managers about the central Christmas voucher programme and asks for a headcount check.',
            why='Internal relay, HR owns the process, explicitly forbids buying cards locally or mailing codes.')

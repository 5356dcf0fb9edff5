"""business/ 09-16 (English)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when
from lib.world import OWN_ACCOUNTS
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME
from .a_en import HG_TENANT


@msg('business', 9, 'en', 'microsoft-account-unusual-signin',
     'Real Microsoft account notice "unusual sign-in activity" for the IT security officer\'s Microsoft account (licensing portal), sign-in from the office IP',
     'Comes from accountprotection.microsoft.com through Exchange Online Protection with Microsoft\'s DKIM; sign-in details match the company\'s own egress IP and browser; links only to account.live.com; no attachment, no request to enter data in the mail.')
def b09(m):
    at(m, 'UTC', 2026, 11, 9, 6, 43)
    m.frm = ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com')
    m.to = [staff('tobias')]
    m.subject = 'Microsoft account unusual sign-in activity'
    act = m.url('https://account.live.com/Activity?uaid=%s' % m.hex(32), 'Microsoft account activity page')
    opt = m.url('https://account.live.com/SecurityNotifications/Update', 'Microsoft notification settings')
    priv = m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'Microsoft privacy statement')
    text = ('Microsoft account\n\nUnusual sign-in activity\n\n'
            'We detected something unusual about a recent sign-in to the Microsoft account to*****@example.com.\n\n'
            'Sign-in details\n\nCountry/region: Germany\nIP address: 198.51.100.10\nDate: 11/9/2026 6:42 AM (GMT)\nPlatform: Windows 11\nBrowser: Edge\n\n'
            'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help you secure your account. '
            'If this was you, we\'ll trust similar activity in the future.\n\nReview recent activity: %s\n\n'
            'To opt out or change where you receive security notifications, click here: %s\n\n'
            'Thanks,\nThe Microsoft account team\n\nPrivacy Statement: %s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n') % (act, opt, priv)
    h = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>'
         '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>'
         '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
         'We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:to*****@example.com">to*****@example.com</a>.</td></tr>'
         '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;"><b>Sign-in details</b></td></tr>'
         '<tr><td style="padding:0;padding-top:6px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
         'Country/region: <b>Germany</b><br>IP address: <b>198.51.100.10</b><br>Date: <b>11/9/2026 6:42 AM (GMT)</b><br>Platform: <b>Windows 11</b><br>Browser: <b>Edge</b></td></tr>'
         '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
         'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help you secure your account. If this was you, we\'ll trust similar activity in the future.</td></tr>'
         '<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px;border:1px solid #2672ec;">'
         '<a style="font-family:\'Segoe UI Semibold\',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;letter-spacing:0.02em;color:#fff;" href="%s">Review recent activity</a></td></tr></table></td></tr>'
         '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">'
         'To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none;" href="%s">click here</a>.</td></tr>'
         '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>'
         '<tr><td style="padding:0;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>'
         '<tr><td style="padding:0;padding-top:40px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:12px;color:#707070;">'
         '<a href="%s" style="color:#707070">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>') % (act, opt, priv)
    m.root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(h, 'html', 'utf-8', 'quoted-printable')],
                            '__%s_%s' % (m.hex(8), m.hex(16)))
    for p in m.root.parts:
        p.charset_quoted = True
    P.ms_notify(m)


@msg('business', 10, 'en', 'google-security-alert-new-signin',
     'Real Google security alert: new sign-in on Windows to the Google account used for the company\'s Google Ads / Merchant Center (head of sales)',
     'From no-reply@accounts.google.com via Google\'s own mail servers with google.com DKIM; mentions only the device type, links only to accounts.google.com / myaccount.google.com; no request to reply or enter anything.')
def b10(m):
    at(m, 'DE', 2026, 10, 19, 8, 2)
    m.frm = ('Google', 'no-reply@accounts.google.com')
    m.to = [staff('florian')]
    m.subject = 'Security alert'
    chk = m.url('https://accounts.google.com/AccountChooser?Email=florian.meyer@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (
        int(m.date.timestamp() * 1000), m.rng.randint(10 ** 18, 10 ** 19)), 'Google check-activity link')
    notif = m.url('https://myaccount.google.com/notifications', 'Google security activity page')
    txt = ('[image: Google]\nA new sign-in on Windows\n\nflorian.meyer@examplegroup.eu\nWe noticed a new sign-in to your Google Account on a Windows device. '
           'If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n'
           'Check activity\n<%s>\nYou can also see security activity at\n%s\n'
           'You received this email to let you know about important changes to your Google Account and services.\n'
           '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n') % (chk, notif)
    h = ('<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/>'
         '<style nonce="' + m.b64(22) + '">.awl a {color: #FFFFFF; text-decoration: none;} .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}</style></head>'
         '<body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;"><td></td></tr>'
         '<tr align="center"><td><div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td><td>'
         '<div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw">'
         '<div style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;">'
         '<div style="font-size: 24px;">A new sign-in on Windows</div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td align="right" style="padding-right:8px;"></td>'
         '<td><a style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">florian.meyer@examplegroup.eu</a></td></tr></table></div>'
         '<div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: center;">'
         'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'
         '<div style="padding-top: 32px; text-align: center;"><a href="%s" target="_blank" link-id="main-button-link" style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div>'
         '<div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also see security activity at<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">%s</a></div></div>'
         '<div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">'
         '<div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction: ltr;">&copy; 2026 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>'
         '</td><td width="8" style="width: 8px;"></td></tr></table></div></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>') % (chk, notif)
    from lib.profiles import gmail_boundary
    p1 = mime.text(txt, 'plain', 'UTF-8', 'quoted-printable')
    p2 = mime.text(h, 'html', 'UTF-8', 'quoted-printable')
    p1.charset_quoted = p2.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2], gmail_boundary(m))
    m.msgid = m.b64(22).replace('+', '-').replace('/', '_') + '@notifications.google.com'
    P.google_notify(m, dkim_dom='accounts.google.com', selector='20230601', env_dom='gaia.bounces.google.com')
    m.auth = dict(m.auth, dmarc_policy='reject')


@msg('business', 11, 'en', 'customer-po-christmas-replenishment',
     'Customer purchase order from Harrowgate Fine Foods\' category buyer: Christmas replenishment of private-label tea caddies, PO PDF attached',
     'Known customer contact on the customer\'s real Microsoft 365 tenant, expected seasonal order, PO with customer PO number, delivery address and terms; reply-to is the sender.')
def b11(m):
    at(m, 'UK', 2026, 10, 22, 11, 26)
    m.frm = cp('Harrowgate', 0)
    m.to = [staff('oliver')]
    m.cc = [('Goods In Harrogate', 'goodsin@harrowgatefoods.co.uk')]
    m.subject = 'PO HG-118274 - Christmas replenishment, delivery w/c 16 November'
    m.phone('+44 1423 550 204', 'Rebecca Thornton')
    body = ('Hi Oliver,\n\nPlease find attached PO HG-118274 for the Christmas replenishment. Quantities are as per the forecast we shared in September, '
            'except the Spiced Chai caddies which we\'ve increased to 1,800 units after the good sell-through in the first week.\n\n'
            'Delivery into our Harrogate DC w/c 16 November please, booking via Goods In (copied). Pallets max. 1.6 m high, SSCC labels as usual.\n\n'
            'Could you confirm the delivery date by Friday?\n\nThanks and best wishes,\nRebecca\n\n'
            'Rebecca Thornton\nCategory Buyer - Hot Beverages\nHarrowgate Fine Foods Ltd\nStation Parade 4, Harrogate HG1 1TT\nT +44 1423 550 204')
    HG = ('Harrowgate Fine Foods Ltd', ['Station Parade 4, Harrogate HG1 1TT', 'VAT GB %s · Company No. 06718243' % ids.gb_vat('2719043')])
    po = docs.invoice(
        m, m.date, dict(invoice='PURCHASE ORDER HG-118274', pos='Line', desc='Item', qty='Qty', unit='UoM', price='Price', amount='Value'),
        HG, ['Example Group UK Ltd', '27 Mincing Lane', 'London EC3R 7AA'],
        [('PO date', '22/10/2026'), ('Supplier no.', 'S-20417'), ('Buyer', 'R. Thornton'), ('Delivery', 'w/c 16/11/2026'), ('Terms', '60 days EOM')],
        [('HFF English Breakfast loose tea, caddy 250 g (EAN 5061004418221)', 2400.0, 'EA', 4.85),
         ('HFF Earl Grey Blue Flower, caddy 200 g (EAN 5061004418238)', 1600.0, 'EA', 5.20),
         ('HFF Spiced Chai, caddy 200 g (EAN 5061004418245)', 1800.0, 'EA', 5.45),
         ('HFF Mulled Wine Spice, glass jar 45 g (EAN 5061004418290)', 3000.0, 'EA', 1.95)],
        [('Net total', '36,370.00', False), ('VAT 0 % (zero-rated food)', '0.00', False), ('Order total GBP', '36,370.00', True)],
        ['Deliver to: Harrowgate Fine Foods DC, Unit 7 Claro Park, Harrogate HG1 4BA. Booking: goodsin@harrowgatefoods.co.uk',
         'Please quote the PO number on all delivery notes and invoices.'],
        ['Harrowgate Fine Foods Ltd · Registered in England and Wales No. 06718243 · Station Parade 4, Harrogate HG1 1TT'],
        'Sage 200', 'Sage 200 Standard', 'HG-118274', zone='UK', lang='en', color=(0.2, 0.35, 0.25))
    outlook(m, body, 'EN-GB', 'us-ascii', system='exo', region='GBR', atts=[(PDF_MIME, po, 'PO_HG-118274.pdf')])
    P.m365(m, 'harrowgatefoods.co.uk', tenant_guid=HG_TENANT, region='GBR', lang='en-GB', has_attach=True)


@msg('business', 12, 'en', 'ariba-rfq-invitation-customer',
     'SAP Business Network (Ariba) invitation from Harrowgate Fine Foods to the RFQ "Private label teas and spices 2027"',
     'Sent by Ariba\'s own SMTP (ansmtp.ariba.com, DKIM pass) for the customer\'s Ariba realm; links go to service.ariba.com; no attachment, no credential request outside the portal; the customer announced the tender in the PO mail thread.')
def b12(m):
    at(m, 'UK', 2026, 11, 25, 10, 5)
    m.frm = ('Harrowgate Fine Foods Ltd - TEST', 'ordersender-prod@ansmtp.ariba.com')
    m.frm = ('Harrowgate Fine Foods Ltd', 'ordersender-prod@ansmtp.ariba.com')
    m.reply_to = cp('Harrowgate', 2)
    m.to = [staff('oliver')]
    m.subject = 'Harrowgate Fine Foods Ltd has invited you to participate in an event: Doc1844213207 - Private label teas and spices 2027'
    key = m.alnum(32)
    inv = m.url('https://service.ariba.com/Supplier.aw/ad/invitation?key=%s&anp=Ariba' % key, 'Ariba event invitation link')
    reg = m.url('https://service.ariba.com/Supplier.aw/ad/registerSupplier?key=%s&anp=Ariba' % key, 'Ariba register/login link')
    help_ = m.url('https://support.ariba.com/Help', 'Ariba help')
    paras = ['Harrowgate Fine Foods Ltd has invited you to participate in the following event: **Private label teas and spices 2027**. '
             'The event is scheduled to start on Wednesday, 25 November 2026 10:00 GMT and end on Monday, 7 December 2026 17:00 GMT.',
             'Use the following username to log in to Harrowgate Fine Foods Ltd events: oliver.grant@example.com.',
             'Click Here to access this event. This link will expire in 30 days.',
             'If you have not registered yet, please [[register here|%s]].' % reg,
             'Harrowgate Fine Foods Ltd uses SAP Business Network to conduct sourcing events. If you have questions about the event content, contact Daniel Price, daniel.price@harrowgatefoods.co.uk.',
             'Event details\nDocument ID: Doc1844213207\nEvent type: RFQ\nCommodity: Tea, herbal infusions, spices\nRegion: United Kingdom']
    h = ST.newsletter('SAP Business Network', '#0a6ed1', 'Invitation: Private label teas and spices 2027', paras, button=('Click Here', inv),
                      footer='SAP Business Network · [[Help Center|%s]]\nOffice: SAP Ariba, 3420 Hillview Avenue, Palo Alto, CA 94304, USA' % help_,
                      logo_text='SAP Business Network', lang='en')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.ariba(m)
    m.auth = dict(m.auth, dmarc_policy='reject')


@msg('business', 13, 'en', 'colleague-private-gmail-sick',
     'UK accountant writes from his private Gmail that he is off sick, where the draft VAT return is, and who can sign off',
     'Colleague using private mail for a sick note is normal; he asks for nothing sensitive (no bank change, no payment, no credentials), points to internal locations and to a colleague, and says he will ring the office.')
def b13(m):
    at(m, 'UK', 2026, 11, 10, 7, 21)
    m.frm = ('James Holloway', 'jholloway1987@gmail.com')
    m.to = [staff('sarah')]
    m.cc = [staff('katrin')]
    m.subject = 'Off sick today'
    body = ('Morning Sarah,\n\nSorry, I\'ve been up half the night with a stomach bug so I won\'t make it in today, and probably not tomorrow either. '
            'Writing from my personal account as my laptop is in the office.\n\n'
            'The draft VAT return for October is on the finance share under UK\\VAT\\2026-10. Katrin, it only needs your sign-off, the deadline is '
            'the 7th of December so no rush. The Harrowgate remittance from last week is already posted.\n\n'
            'I\'ll ring the office after lunch if I\'m feeling better. I\'ll bring the fit note in when I\'m back.\n\nThanks,\nJames')
    m.root = ST.gmail_mime(m, body)
    P.gmail(m)


@msg('business', 14, 'en', 'trade-association-newsletter-sial',
     'Member newsletter of the European Spice & Tea Trade Federation (HubSpot): SIAL recap, ethylene-oxide limits, and a warning about fake attendee-list offers',
     'Subscribed association newsletter from esttf.org via HubSpot (DKIM esttf.org + hubspotemail.net), consistent branding, unsubscribe and postal address; links to the association site through HubSpot tracking.')
def b14(m):
    at(m, 'BE', 2026, 11, 5, 10, 30)
    m.frm = ('ESTTF Secretariat', 'news@esttf.org')
    m.sender = ('ESTTF Secretariat', 'news@esttf.org')
    m.reply_to = ('ESTTF Secretariat', 'secretariat@esttf.org')
    m.to = [staff('florian')]
    m.subject = 'ESTTF Members\' Update - November 2026'

    def hs(path):
        return m.url('https://d2v8tf04.na1.hubspotlinks.com/Ctc/%s/%s' % (m.alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), m.alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')), 'HubSpot tracking link to esttf.org/' + path)
    l1 = hs('sial-2026')
    l2 = hs('eto-guidance')
    l3 = hs('scam-warning')
    l4 = hs('events')
    unsub = m.url('https://esttf.org/hs/manage-preferences/unsubscribe?languagePreference=en&d=%s&v=3' % m.alnum(40), 'unsubscribe')
    m.extra = [('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    paras = ['Dear member,',
             '**SIAL Paris 2026 - thank you**\nMore than 60 member companies exhibited on the ESTTF pavilion in Hall 5. Presentations from the '
             'regulatory breakfast on pesticide residues in herbs and spices are now available to members. [[Read the recap|%s]]' % l1,
             '**Ethylene oxide: updated guidance**\nThe Commission has published a revised Q&A on the control of ethylene oxide and 2-chloroethanol '
             'in spices and herbal infusions. Our guidance note for members has been updated accordingly. [[Download the guidance note|%s]]' % l2,
             '**Beware of "attendee list" offers**\nAfter every trade fair, members receive e-mails offering "verified attendee lists" of the fair. '
             'Neither ESTTF nor the organisers sell visitor data; these offers are scams or breach data protection law. Please do not respond. '
             '[[More on current scams|%s]]' % l3,
             '**Dates**\n26 Jan 2027 - Regulatory Committee, Brussels\n11 Mar 2027 - Webinar: EUDR and herbal infusions [[All events|%s]]' % l4,
             'Kind regards,\nThe ESTTF Secretariat']
    h = ST.newsletter('ESTTF', '#7a4a1d', 'Members\' Update - November 2026', paras,
                      footer='European Spice & Tea Trade Federation AISBL, Avenue des Arts 6, 1210 Brussels, Belgium\n'
                             'You received this email because you are a contact of an ESTTF member company. [[Unsubscribe|%s]]' % unsub,
                      logo_text='European Spice & Tea Trade Federation', lang='en')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.hubspot(m, 'esttf.org', 8814275)


@msg('business', 15, 'en', 'customer-remittance-advice-pdf',
     'Remittance advice from the customer\'s accounts-payable mailbox (Harrowgate Fine Foods) listing the invoices paid to Example Group UK',
     'Known customer AP mailbox on the customer\'s Microsoft 365 tenant, PDF produced by their ERP listing real invoice numbers and the payee\'s own bank account; nothing to click, nothing to confirm.')
def b15(m):
    at(m, 'UK', 2026, 11, 13, 15, 2)
    m.frm = cp('Harrowgate', 1)
    m.to = [staff('james')]
    m.subject = 'Remittance Advice - Harrowgate Fine Foods Ltd - Payment 0004417'
    bank, bic, iban = OWN_ACCOUNTS['UK']
    m.iban(iban, 'Example Group UK Ltd (payee), own account')
    m.fact('bank', 'sort code 40-04-12, account 31849270', 'Example Group UK own account (sort code/account)')
    body = ('Dear Supplier,\n\nPlease find attached a remittance advice for a payment made to your account today by BACS.\n\n'
            'For any queries, please contact accounts.payable@harrowgatefoods.co.uk quoting the payment reference.\n\n'
            'Kind regards,\nAccounts Payable\nHarrowgate Fine Foods Ltd\n\nThis is an automatically generated e-mail.')
    HG = ('Harrowgate Fine Foods Ltd', ['Accounts Payable', 'Station Parade 4, Harrogate HG1 1TT'])
    ra = docs.invoice(
        m, m.date, dict(invoice='REMITTANCE ADVICE 0004417', pos='#', desc='Your invoice', qty='', unit='', price='', amount='Paid GBP'),
        HG, ['Example Group UK Ltd', 'Accounts Receivable', '27 Mincing Lane', 'London EC3R 7AA'],
        [('Payment date', '13/11/2026'), ('Payment method', 'BACS'), ('Supplier no.', 'S-20417'), ('Reference', '0004417')],
        [('Invoice UK-INV-26-0918 (PO HG-117305)', 1, '', 12480.0), ('Invoice UK-INV-26-0944 (PO HG-117611)', 1, '', 8316.4),
         ('Credit note UK-CN-26-0031', 1, '', -312.0)],
        [('Total paid GBP', '20,484.40', True)],
        ['Paid to: Example Group UK Ltd, %s, sort code 40-04-12, account 31849270' % bank, 'IBAN %s' % ids.fmt_iban(iban)],
        ['Harrowgate Fine Foods Ltd · Registered in England and Wales No. 06718243'],
        'Sage 200', 'Sage 200 Standard', 'Remittance 0004417', zone='UK', lang='en', color=(0.2, 0.35, 0.25))
    outlook(m, body, 'EN-GB', 'us-ascii', system='exo', region='GBR', atts=[(PDF_MIME, ra, 'Remittance_0004417.pdf')])
    P.m365(m, 'harrowgatefoods.co.uk', tenant_guid=HG_TENANT, region='GBR', lang='en-GB', has_attach=True)


@msg('business', 16, 'en', 'it-maintenance-window-invite-internal',
     'Head of IT sends the London office a calendar invitation for the Exchange update maintenance window (no action needed from users)',
     'Internal Exchange meeting request via mail-int01 (DKIM example.com) from the real head of IT; explains the outage, asks users to do nothing, says IT will never ask to install remote tools by mail, points to the known internal hotline.')
def b16(m):
    at(m, 'DE', 2026, 11, 26, 14, 10)
    m.frm = staff('markus')
    m.to = [('London Office', 'london@example.com')]
    m.rcpt = staff('sarah')[1]
    m.subject = 'Maintenance window: Exchange Server update, Sat 5 Dec 08:00-12:00 CET'
    m.phone('+49 40 3250 7799', 'IT hotline')
    text = ('Dear colleagues in London,\n\nwe will install the latest security update for our Exchange servers on Saturday, 5 December, between 08:00 and 12:00 CET '
            '(07:00-11:00 in London). During this time Outlook on the web and mobile mail may be unavailable for a few minutes at a time. '
            'Outlook on your PC will simply reconnect afterwards.\n\n'
            'You do not need to do anything. Please note: IT will never ask you by e-mail or phone to install remote-access software or to '
            '"migrate" your mailbox yourself. If you receive such a request, forward it to security@example.com.\n\n'
            'Questions: IT hotline +49 40 3250 7799.\n\nBest regards\nMarkus Lehmann\nHead of IT, Example Group')
    start = when.local_utc('DE', 2026, 12, 5, 8, 0)
    uid = '040000008200E00074C5B7101A82E008000000%s' % m.hex(32, upper=True)
    ics = docs.ics(uid, staff('markus'), [('London Office', 'london@example.com')], start, when.add(start, 4 * 3600),
                   'Maintenance window: Exchange Server update', text, 'Hamburg data centre (no action required)',
                   tzid='W. Europe Standard Time', zone='DE', dtstamp=m.date)
    ics = ics.replace('X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE').replace('TRANSP:OPAQUE', 'TRANSP:TRANSPARENT')
    from lib.profiles import premsgid
    premsgid(m, 'exch')
    import re
    key = re.sub(r'[^A-Za-z0-9]', '', m.msgid)
    p1 = mime.text(text + '\n', 'plain', 'us-ascii', 'quoted-printable')
    p2 = mime.text(ST.outlook_html(text, 'us-ascii', 'EN-GB'), 'html', 'us-ascii', 'quoted-printable')
    p3 = mime.text(ics, 'calendar', 'utf-8', 'base64', params=['method=REQUEST'])
    p1.charset_quoted = p2.charset_quoted = p3.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2, p3], '_000_%s_' % key)
    m.extra = [('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + m.b64(30) + '=')]
    P.exchange_internal(m, origin_ip='10.20.12.11', lang='en-GB')

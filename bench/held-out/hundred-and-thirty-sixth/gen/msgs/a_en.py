"""attack/ 09-16 (English)."""
import base64

from lib import docs, ids, mime, profiles as P, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME

HG_TENANT = '5c1e8a47-3b2d-4f0e-9a61-7d2f4b8c9e13'


@msg('attack', 9, 'en', 'device-code-teams-compromised-customer',
     'Device-code phishing from the compromised mailbox of the real customer buyer at Harrowgate Fine Foods: a "Teams range review" that asks to enter a code at microsoft.com/devicelogin',
     'Genuine customer tenant (SPF/DKIM/DMARC pass), but the mail tells the recipient to enter a one-time code on Microsoft\'s real device-login page, which hands the attacker a token for the recipient\'s account; 15-minute validity creates time pressure; no real meeting link.',
     hn='business/11,business/12')
def a09(m):
    at(m, 'UK', 2026, 11, 3, 14, 41)
    m.frm = cp('Harrowgate', 0)
    m.to = [staff('oliver')]
    m.subject = 'Teams: 2027 private-label range review - join at 3pm'
    dl = m.url('https://microsoft.com/devicelogin', 'real Microsoft device-login page (device-code phishing)')
    code = ''.join(m.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(9))
    m.meta['extra_facts'] = [('Device code', code, 'user code for microsoft.com/devicelogin')]
    body = ('Hi Oliver,\n\nThanks for sending the samples - the Assam and the Darjeeling second flush went down really well in the tasting panel. '
            'Could we go through the 2027 private-label range and the caddy artwork on a quick Teams call at 3pm today? Daniel from procurement will join.\n\n'
            'Our IT moved external guests to secure device sign-in last week, so the normal link doesn\'t work for people outside Harrowgate. '
            'To join, please go to [[%s|%s]] and enter this code:\n\n**%s**\n\n'
            'The code is only valid for 15 minutes, so best to do it just before 3. Sorry for the extra step!\n\n'
            'Kind regards,\nRebecca\n\nRebecca Thornton\nCategory Buyer - Hot Beverages\nHarrowgate Fine Foods Ltd\nStation Parade 4, Harrogate HG1 1TT' % (dl, dl, code))
    outlook(m, body, 'EN-GB', 'utf-8', system='exo', region='GBR')
    P.m365(m, 'harrowgatefoods.co.uk', tenant_guid=HG_TENANT, region='GBR', lang='en-GB')
    m.meta['tell'] = 'The genuine PO and Ariba invitation ask for nothing but business actions; the compromised-account mail asks to enter a device code at microsoft.com/devicelogin.'


@msg('attack', 10, 'en', 'oauth-consent-acrobat-share-ses',
     'OAuth consent phishing: "Adobe Acrobat" share notification for CMR/POD documents whose button opens the real Microsoft login with a malicious multi-tenant app requesting Mail.Read and offline_access',
     'Sent through Amazon SES from the newly registered acrobat-securedocs.com (not adobe.com); the link is a genuine login.microsoftonline.com authorize URL, but client_id belongs to a third-party app, redirect_uri points to acrobat-docview.app and the scopes grant mailbox access - consent phishing bypasses password and MFA.',
     hn='business/09,business/10')
def a10(m):
    at(m, 'DE', 2026, 10, 29, 10, 2)
    m.frm = ('Adobe Acrobat', 'no-reply@acrobat-securedocs.com')
    m.to = [staff('dirk')]
    m.subject = 'Chiara Colombo shared "POD_CMR_Ottobre_2026.pdf" with you'
    cid = 'b6f0%s-%s-4%s-a%s-%s' % (m.hex(4), m.hex(4), m.hex(3), m.hex(3), m.hex(12))
    auth = m.url('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
                 '&redirect_uri=https%%3A%%2F%%2Facrobat-docview.app%%2Fauth%%2Fcallback&response_mode=query'
                 '&scope=offline_access%%20User.Read%%20Mail.Read%%20Files.Read.All&state=%s' % (cid, m.hex(24)),
                 'real Microsoft authorize endpoint with malicious app (consent phishing)')
    priv = m.url('https://www.adobe.com/privacy.html', 'genuine Adobe link in footer')
    terms = m.url('https://www.adobe.com/legal/terms.html', 'genuine Adobe link in footer')
    paras = ['Chiara Colombo (c.colombo@ferretti-trasporti.it) has shared a document with you.',
             '**POD_CMR_Ottobre_2026.pdf**\n12 pages - proof of delivery and CMR consignment notes, October 2026',
             'Message: "Buongiorno Dirk, here are the signed CMRs and PODs for the October loads Genova-Hamburg as requested. Chiara"',
             'To protect the document, sign in with your work account. You will be asked to allow Adobe Acrobat to open files on your behalf.']
    h = ST.newsletter('Adobe Acrobat', '#eb1000', 'A document has been shared with you', paras, button=('Open document', auth),
                      footer='Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704, USA\n[[Privacy|%s]] | [[Terms of Use|%s]]' % (priv, terms),
                      logo_text='Adobe Acrobat', lang='en')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.ses(m, 'eu-west-1', domain_dkim=('acrobat-securedocs.com', m.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')))
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'Real Microsoft/Google security notices come from their own domains and link to account pages; the attack comes from an SES look-alike and links to an OAuth consent for a foreign app.'


@msg('attack', 11, 'en', 'paypal-invoice-callback-norton',
     'Callback phishing through a real PayPal invoice: "Norton Billing Services" bills GBP 349.99 and the note tells the recipient to phone a "billing department" to cancel',
     'Genuine PayPal infrastructure and DKIM (the scammer opened a PayPal account and sent a money request); the business never bought the product; the only lever is the phone number in the invoice note - a telephone-oriented attack (TOAD) leading to remote-access software and bank fraud.')
def a11(m):
    at(m, 'PT-US', 2026, 11, 16, 1, 33)
    m.frm = ('service@paypal.com', 'service@paypal.com')
    m.to = [staff('james')]
    m.subject = 'Norton Billing Services sent you an invoice for £349.99 GBP'
    inv = 'INV2-7KD4-QX2M-88TR-H4PA'
    tel = m.phone('+44 20 7946 0958', 'callback number in invoice note (scam)')
    view = m.url('https://www.paypal.com/invoice/p/#%s' % inv.replace('-', ''), 'real PayPal invoice page')
    help_ = m.url('https://www.paypal.com/uk/smarthelp/home', 'PayPal footer')
    sec = m.url('https://www.paypal.com/uk/security/report-suspicious-messages', 'PayPal footer')
    note = ('Your Norton 360 Total Protection (10 devices) annual plan has been renewed successfully for £349.99. The amount will be debited '
            'within 24 hours. If you did not authorise this renewal, call our billing department immediately on %s to cancel and receive a full refund.' % tel)
    paras = ['Hello, Example Group UK,',
             '**Norton Billing Services** sent you an invoice for **£349.99 GBP**.',
             'Due on receipt\nInvoice number: %s' % inv,
             '**Seller note to customer**\n%s' % note,
             'Don\'t recognise this invoice? Before paying, make sure you recognise this invoice. If you don\'t, report it. Learn about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask for your account credentials.']
    h = ST.newsletter('PayPal', '#003087', 'Norton Billing Services sent you an invoice', paras, button=('View and Pay Invoice', view),
                      footer='Help & Contact: [[%s|%s]]\nSecurity: [[%s|%s]]\nCopyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg' % (help_, help_, sec, sec),
                      logo_text='PayPal', lang='en')
    m.root = mime.multipart('alternative', [mime.text(ST.html_to_text(h), 'plain', 'UTF-8', 'quoted-printable'), mime.text(h, 'html', 'UTF-8', 'quoted-printable')],
                            '--=_%s' % m.hex(32))
    P.paypal(m, 'RT000238')


@msg('attack', 12, 'en', 'fake-rfq-lookalike-customer-pdf',
     'Fake tender from the look-alike domain harrowgatefinefoods.co (real customer is harrowgatefoods.co.uk): RFQ PDF with a button to a fake supplier portal login',
     'Impersonates the real procurement manager of a customer from a Google Workspace on a look-alike domain registered days earlier (auth passes for the fake domain); the RFQ PDF only carries a "View tender documents" link to supplier.harrowgatefinefoods.co asking for e-mail credentials; real RFQs from this customer come through SAP Ariba.',
     hn='business/12')
def a12(m):
    at(m, 'UK', 2026, 11, 24, 9, 17)
    m.frm = ('Daniel Price', 'daniel.price@harrowgatefinefoods.co')
    m.to = [staff('oliver')]
    m.cc = [staff('florian')]
    m.subject = 'RFQ HFF-2026-1142 - Private label tea and spice range 2027 (deadline 30 Nov)'
    portal = m.url('https://supplier.harrowgatefinefoods.co/sourcing/login?event=RFQ-HFF-2026-1142&lang=en', 'fake supplier portal (credential phishing)')
    m.phone('+44 1423 550 218', 'number in fake signature')
    body = ('Dear Oliver,\n\nHarrowgate Fine Foods Ltd is inviting selected suppliers to tender for our private-label range 2027 '
            '(black and green teas in caddies and pyramid bags, 14 spice SKUs in glass jars, Christmas gifting).\n\n'
            'Please find attached the request for quotation. All specifications, volumes and the pricing template are available in our '
            'supplier portal; access is limited to invited suppliers and you can sign in with your company e-mail account.\n\n'
            'Deadline for submissions: Monday 30 November 2026, 17:00 GMT.\n\n'
            'Kind regards\n\nDaniel Price\nProcurement Manager\nHarrowgate Fine Foods Ltd\nStation Parade 4, Harrogate HG1 1TT\nT +44 1423 550 218')
    d = docs.new_pdf(m, 'Microsoft: Print To PDF', 'Microsoft Word', 'RFQ HFF-2026-1142', 'Daniel Price', m.date, 'UK')
    p = d.page()
    p.text(56, 790, 'Harrowgate Fine Foods', 'B', 20, (0.2, 0.35, 0.25))
    p.text(56, 774, 'Station Parade 4 · Harrogate HG1 1TT · United Kingdom', 'R', 8, (0.4, 0.4, 0.4))
    p.text(56, 720, 'REQUEST FOR QUOTATION  HFF-2026-1142', 'B', 15)
    y = p.para(56, 690, 480, 'Supplier: Example Group UK Ltd\nCategory: Private label - hot beverages and spices\nIssue date: 24 November 2026\n'
               'Closing date: 30 November 2026, 17:00 GMT\nEstimated annual volume: GBP 1.8 - 2.2 million', 'R', 10)
    y = p.para(56, y - 12, 480, 'The complete tender pack (specifications, artwork guidelines, volume forecast per SKU, commercial terms and the pricing '
               'template) is available in the Harrowgate supplier portal. Please sign in with your company e-mail address and password to access '
               'the documents and submit your offer.', 'R', 10)
    p.rect(56, y - 50, 220, 34, fill=(0.2, 0.35, 0.25))
    p.text(166, y - 38, 'VIEW TENDER DOCUMENTS', 'B', 11, (1, 1, 1), align='center')
    p.link(56, y - 50, 220, 34, portal)
    p.para(56, y - 90, 480, 'This RFQ is confidential and intended for the invited supplier only.', 'R', 8, color=(0.4, 0.4, 0.4))
    att = d.render()
    m.root = ST.gmail_mime(m, body, atts=[(PDF_MIME, att, 'RFQ_HFF-2026-1142.pdf')])
    P.gmail(m, workspace='harrowgatefinefoods.co')
    m.auth = dict(m.auth, dmarc_policy='none')
    m.meta['tell'] = 'Real RFQ arrives through SAP Ariba from ansmtp.ariba.com for the customer\'s realm; the fake comes from harrowgatefinefoods.co with a portal login link in a PDF.'


@msg('attack', 13, 'en', 'payroll-diversion-outlook-freemail',
     'Payroll diversion: "James Holloway" from a new outlook.com address asks HR/payroll to change his salary account before the November run',
     'Employee\'s name at a free-mail address never used before, asks to change bank details by e-mail only and to keep it quick "before the cut-off", avoids the HR portal and a call; the new account is at an app bank (Monzo sort code).',
     hn='business/13')
def a13(m):
    at(m, 'UK', 2026, 11, 17, 19, 52)
    m.frm = ('James Holloway', 'james.holloway.uk@outlook.com')
    m.to = [staff('anja')]
    m.subject = 'Bank details change for November payroll'
    m.fact('bank', 'Sort code 04-00-75, account 51873390', 'mule account requested for salary (UK sort code/account)')
    m.fact('bank', '51873390', 'account number')
    body = ('Hi Anja,\n\nI hope you\'re well. I\'ve recently moved my current account to Monzo and my old Barclays account will be closed at the end of '
            'the month. Could you please update my salary details before the November payroll is processed?\n\n'
            'Name: James Holloway\nBank: Monzo Bank Ltd\nSort code 04-00-75, account 51873390\n\n'
            'I\'m travelling to a client in Leeds for the rest of the week with limited signal, so e-mail is best. Please can you confirm once it\'s '
            'changed so I can close the old account.\n\nMany thanks,\nJames\n\nSent from Outlook for iOS')
    outlook(m, body, 'EN-GB', 'us-ascii', system='exo')
    P.outlook_consumer(m, lang='en-GB')
    m.meta['tell'] = 'The genuine private-mail message from James only reports sickness and asks for nothing sensitive; the attack asks HR to change the salary account by mail.'


@msg('attack', 14, 'en', 'sial-attendee-list-scam',
     'Trade-fair attendee-list scam after SIAL Paris 2026: offer of a 74,312-record "verified attendee list" from a Gmail address',
     'Unsolicited data-broker offer from free mail, no relationship, plausible numbers and fields to create urgency; these lists are not sold by the organiser and the "vendors" take payment and vanish or deliver scraped data.',
     hn='business/14')
def a14(m):
    at(m, 'ET-US', 2026, 10, 27, 9, 4)
    m.frm = ('Emily Carter', 'emily.carter.datahub@gmail.com')
    m.to = [staff('florian')]
    m.subject = 'SIAL Paris 2026 - Attendees Data List'
    body = ('Hi Florian,\n\nI hope you are doing well.\n\n'
            'Would you be interested in acquiring the SIAL Paris 2026 Attendees Data List?\n\n'
            'List contains: Company Name, Contact Name, Job Title, Mailing Address, Phone Number, Email Address, Website, Country, Industry, Company Size.\n\n'
            'Total Attendees: 74,312 verified contacts (Retailers, Importers, Distributors, Food Service, Private Label buyers)\n\n'
            'Each record is manually verified and GDPR compliant. We can also provide the exhibitor list and the list of visitors from the '
            'Hot Beverages and Spices sectors only.\n\n'
            'Please let me know if you are interested, and I will send you the counts by country and the pricing.\n\n'
            'Best Regards,\nEmily Carter\nDemand Generation Executive\n\n'
            'If you do not wish to receive further emails, please reply with "Leave Out".')
    m.root = ST.gmail_mime(m, body)
    P.gmail(m)


@msg('attack', 15, 'en', 'svg-remittance-compromised-us',
     'SVG attachment lure: "Remittance Advice" from the compromised Microsoft 365 mailbox of a US food company, the SVG shows a payment summary with a "View payment details" link',
     'Unknown US company (real tenant, auth passes) sending to the UK accountant; the "remittance" is an SVG image (a format used to smuggle HTML/links past attachment filters) with a hyperlink to a credential page on a throw-away .click domain carrying the recipient\'s address.',
     hn='business/15')
def a15(m):
    at(m, 'ET-US', 2026, 11, 19, 6, 12)
    m.frm = ('Accounts Payable | Brookfield Specialty Foods', 'ap@brookfieldspecialty.com')
    m.to = [staff('james')]
    m.subject = 'Remittance Advice - ACH Payment 00917 - 11/19/2026'
    link = m.url('https://remit-portal.securedocs-view.click/ach/00917?r=' + base64.b64encode(b'james.holloway@example.com').decode().rstrip('='), 'credential page behind SVG link')
    body = ('Hello,\n\nPlease see attached remittance advice for the ACH payment released today to Example Group UK Ltd.\n\n'
            'Kindly confirm receipt and allocate against the open items listed.\n\nThank you,\n\nAccounts Payable\nBrookfield Specialty Foods Inc.\n'
            '1400 Industrial Pkwy, Edison, NJ 08837')
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">\n'
           '<rect width="820" height="560" fill="#f4f6f8"/>\n<rect x="60" y="40" width="700" height="480" rx="8" fill="#ffffff" stroke="#d0d7de"/>\n'
           '<text x="100" y="100" font-family="Segoe UI, Arial, sans-serif" font-size="26" font-weight="600" fill="#1f2937">Remittance Advice</text>\n'
           '<text x="100" y="135" font-family="Segoe UI, Arial, sans-serif" font-size="15" fill="#4b5563">ACH Payment Reference 00917</text>\n'
           '<text x="100" y="190" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#111827">Payer: Brookfield Specialty Foods Inc.</text>\n'
           '<text x="100" y="220" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#111827">Payee: Example Group UK Ltd</text>\n'
           '<text x="100" y="250" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#111827">Amount: USD 27,418.60</text>\n'
           '<text x="100" y="280" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#111827">Value date: 11/19/2026 - Status: Completed</text>\n'
           '<text x="100" y="330" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#6b7280">The detailed invoice allocation is available in the secure payment portal.</text>\n'
           '<a xlink:href="%s" target="_blank">\n<rect x="100" y="370" width="280" height="50" rx="4" fill="#0a66c2"/>\n'
           '<text x="240" y="402" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="17" fill="#ffffff">View Payment Details</text>\n</a>\n'
           '<text x="100" y="480" font-family="Segoe UI, Arial, sans-serif" font-size="11" fill="#9ca3af">Secure message - encrypted with Microsoft Purview Message Encryption</text>\n'
           '</svg>\n') % link.replace('&', '&amp;')
    outlook(m, body, 'EN-US', 'us-ascii', system='exo', region='NAM', atts=[('image/svg+xml', svg.encode('utf-8'), 'Remittance_Advice_ACH_00917.svg')])
    P.m365(m, 'brookfieldspecialty.com', region='NAM', lang='en-US', has_attach=True)
    m.auth = dict(m.auth, dmarc_policy='none')
    m.meta['tell'] = 'Genuine remittance from the known customer\'s AP mailbox with a PDF listing real invoice numbers; the attack is an SVG from an unknown US firm with a portal link.'


@msg('attack', 16, 'en', 'helpdesk-screenconnect-ics-postmark',
     'IT-helpdesk pretext: "mailbox migration to Exchange Online" with a calendar invitation whose join link downloads a ScreenConnect remote-access client, sent via Postmark from examplegroup-it.com',
     'Look-alike of the company name (examplegroup-it.com, not example.com), sent by a transactional mail service; names the real head of IT to build trust; the "session" requires installing a remote-access client from a ScreenConnect cloud instance the attacker controls - hands-on-keyboard access.',
     hn='business/16')
def a16(m):
    at(m, 'UK', 2026, 12, 1, 16, 47)
    m.frm = ('Example Group IT Service Desk', 'servicedesk@examplegroup-it.com')
    m.to = [staff('sarah')]
    m.subject = 'Action required: mailbox migration to Exchange Online - book your 15-minute session'
    sc = m.url('https://examplegroup-support.screenconnect.com/Bin/ScreenConnect.ClientSetup.msi?e=Access&y=Guest&c=Mailbox%20Migration&c=UK', 'ScreenConnect client download (attacker instance)')
    m.phone('+44 20 7946 0173', 'fake service desk number')
    body = ('Dear Sarah,\n\nAs announced by Markus Lehmann (Head of IT), all mailboxes of Example Group are being migrated from the on-premises '
            'Exchange servers to Exchange Online. The London office is scheduled for this Thursday, 3 December.\n\n'
            'To avoid losing archived e-mails and calendar items, a technician needs to connect to your PC for about 15 minutes. '
            'Please accept the attached invitation and, at the start of the session, run the migration assistant from this link:\n\n'
            '[[Start migration assistant|%s]]\n\n'
            'When prompted, click "Run" and leave the window open until the technician has finished. If you cannot attend, call the service desk '
            'on +44 20 7946 0173.\n\nKind regards,\nIT Service Desk\nExample Group' % sc)
    start = when.local_utc('UK', 2026, 12, 3, 10, 30)
    ics = docs.ics('%s@examplegroup-it.com' % m.hex(24), ('IT Service Desk', 'servicedesk@examplegroup-it.com'), [staff('sarah')],
                   start, when.add(start, 900), 'Mailbox migration session - Sarah Whitfield',
                   'Please run the migration assistant at the start of the session:\n%s\n\nIT Service Desk' % sc,
                   'Remote session (ScreenConnect)', tzid='GMT Standard Time', zone='UK', dtstamp=m.date, prodid='-//Postmark//Calendar//EN')
    h = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
         + ''.join('<p>%s</p>' % ST.inline_html(p).replace('\n', '<br>') for p in body.split('\n\n')) + '</body></html>')
    alt = mime.multipart('alternative', [mime.text(ST.plain(body, 'gmail') + '\n', 'plain', 'utf-8', 'quoted-printable'),
                                         mime.text(h, 'html', 'utf-8', 'quoted-printable')], '=-%s' % m.alnum(20))
    cal = mime.attachment('text/calendar', ics.encode('utf-8'), 'invite.ics', params=['method=REQUEST'])
    m.root = mime.multipart('mixed', [alt, cal], '=-%s' % m.alnum(20))
    P.postmark(m, 'examplegroup-it.com')
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'The real maintenance notice comes from the head of IT via the internal path and asks users to do nothing; the fake comes from examplegroup-it.com and asks to run a remote-access client.'

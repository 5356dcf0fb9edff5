"""Genuine messages 09-16 (English)."""
import datetime as _dt

import archives
import docs
from company import HARWELL as HW, OFFICES, who
from mime import plain, html, alt, mixed, attachment, Leaf
from mk import ol_html, ol_paras, esc, gm_html, para_html
from spec import message
from systems import Internal, Mimecast, Platform, GoogleNotify, Ses, Gmail
from util import fmt_date, rhex, ralnum, rdigits, ruuid, rb64

UKVAT = OFFICES['UK']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 09
@message('business', 9, 'en', 'payroll-bank-change-via-selfservice')
def b09(s):
    s.sent('2026-11-09 11:18:40', 'UK')
    s.frm = who('james.whitfield')
    s.to = [who('katrin.weiss')]
    s.subject = 'New bank details entered in Personio - please call me before approving'
    s.phones = ['+44 1925 483 615']
    text = ("Hi Katrin,\n\nJust a heads-up that I've switched my current account to Nationwide. I entered the new "
            "details in Personio this morning (Employee self-service > Payroll > Bank details), so the change should "
            "be waiting in your approval queue.\n\nAs per the payroll process, please give me a quick call on my desk "
            "line +44 1925 483 615 or on Teams before you approve it - I'm in Warrington all week. It only needs to "
            "apply from the December payroll, no rush for November.\n\nThanks and best regards,\nJames\n\n"
            "James Whitfield\nAccountant | Example Cables UK Ltd\nUnit 9, Centre Park Industrial Estate, Warrington WA1 1QX\n")
    s.body = alt(plain(text, 'us-ascii', 'quoted-printable', label='us-ascii'),
                 html(ol_html(ol_paras(text), 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', label='us-ascii'))
    s.system = Internal('EXCH02', '10.40.8.27', lang='en-GB')
    s.what = 'UK accountant tells group HR that he entered new bank details in the HR self-service and asks for the usual call-back before approval.'
    s.why = 'Internal mail via Exchange/mail-int01 from the employee\'s own mailbox; no account numbers in the mail, change made in the authenticated HR system, invites verification by phone, no time pressure.'
    s.pair = ['09-en-payroll-diversion-outlook-com.eml']
    s.pair_topic = 'salary account change: genuine via self-service + call-back vs. free-mail request with account numbers'


# ------------------------------------------------------------------------------------------------ 10
@message('business', 10, 'en', 'microsoft-entra-admin-consent-request')
def b10(s):
    s.sent('2026-11-10 13:47:02', 'DE')
    s.frm = ('Microsoft Entra', 'azure-noreply@microsoft.com')
    s.to = [who('lukas.neumann')]
    s.subject = 'Action required: Admin consent request for Adobe Acrobat Sign'
    url = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests/menuId~/null'
    text = ("Admin consent request\n\nJulia Lehmann (julia.lehmann@examplegroup.eu) has requested admin consent for "
            "the following app in your organization Example Group (examplegroup.onmicrosoft.com):\n\n"
            "App: Adobe Acrobat Sign\nPublisher: Adobe Inc. (verified)\nPermissions requested: User.Read, "
            "Files.Read (delegated)\nJustification: \"Customer NordWest sends supplier certificates via Acrobat Sign, "
            "need to save them to OneDrive.\"\n\nReview the request in the Microsoft Entra admin center:\n%s\n\n"
            "The request expires in 30 days.\n\nYou are receiving this email because you are a designated reviewer "
            "for admin consent requests.\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n"
            "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n" % url)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f8f8f8">'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
         'style="background:#fff;font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#323130">'
         '<tr><td style="padding:24px 32px 8px"><img src="https://aadcdn.msauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108" alt="Microsoft"></td></tr>'
         '<tr><td style="padding:8px 32px"><h2 style="font-weight:600;font-size:22px">Admin consent request</h2>'
         '<p><b>Julia Lehmann</b> (julia.lehmann@examplegroup.eu) has requested admin consent for the following app in your organization <b>Example Group</b>:</p>'
         '<table style="font-size:14px"><tr><td style="color:#605e5c;padding-right:16px">App</td><td>Adobe Acrobat Sign</td></tr>'
         '<tr><td style="color:#605e5c">Publisher</td><td>Adobe Inc. (verified)</td></tr><tr><td style="color:#605e5c">Permissions</td><td>User.Read, Files.Read (delegated)</td></tr>'
         '<tr><td style="color:#605e5c">Justification</td><td>Customer NordWest sends supplier certificates via Acrobat Sign, need to save them to OneDrive.</td></tr></table>'
         '<p><a href="' + esc(url) + '" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none;display:inline-block">Review request</a></p>'
         '<p style="color:#605e5c;font-size:12px">The request expires in 30 days. You are receiving this email because you are a designated reviewer for admin consent requests.</p></td></tr>'
         '<tr><td style="padding:16px 32px;font-size:11px;color:#8a8886">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>'
         '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#8a8886">Privacy Statement</a></td></tr></table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))

    def rec(r, sp, t):
        return ('from AM0PR83MB0371.EURPRD83.prod.outlook.com (2603:10a6:208:%x::%x) by\n AS8PR83MB0893.EURPRD83.prod.outlook.com with Microsoft SMTP Server\n'
                ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9242.21; %s'
                % (r.randint(0x100, 0x4ff), r.randint(1, 40), fmt_date(t, 'UTC', 'ms')))
    s.system = Platform('mail-am6eur05on2112.outbound.protection.outlook.com', '40.107.22.112',
                        [('microsoft.com', 's1024-meo', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version', 'relaxed/relaxed')],
                        env_from='azure-noreply@microsoft.com', style='dotnet', helo='EUR05-AM6-obe.outbound.protection.outlook.com',
                        mid_domain='az.westeurope.production.microsoft.com', received=[rec], zone='UTC', date_style='std',
                        desc='Microsoft service notifications via Exchange Online Protection, DKIM d=microsoft.com',
                        headers_after=[('X-MS-Exchange-Organization-AuthAs', 'Anonymous'), ('X-EOPAttributedMessage', '0'),
                                       ('X-MS-PublicTrafficType', 'Email'), ('X-MS-Exchange-CrossTenant-id', '72f988bf-86f1-41af-91ab-2d7cd011db47')],
                        order=('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'))
    s.what = 'Microsoft Entra admin-consent workflow: a colleague requests consent for the verified "Adobe Acrobat Sign" app; link to the Entra admin center.'
    s.why = 'Genuine Microsoft notification (EOP, DKIM microsoft.com) expected by the admin who is the designated reviewer; link goes to entra.microsoft.com; the app is verified with low delegated scopes and a business justification.'
    s.pair = ['12-en-ecovadis-invite-oauth-consent.eml', '11-en-harwell-compromised-device-code.eml', '05-de-paypal-rechnung-callback.eml']
    s.pair_topic = 'Microsoft-related notices: genuine Entra admin-consent notice vs. consent phishing, device-code phishing and a fake "Microsoft 365 renewal" callback scam'


# ------------------------------------------------------------------------------------------------ 11
@message('business', 11, 'en', 'google-security-alert-marketing-account')
def b11(s):
    s.sent('2026-12-02 08:21:16', 'DE')
    s.frm = ('Google', 'no-reply@accounts.google.com')
    s.to = [who('lukas.neumann')]
    s.subject = 'Security alert'
    acct = 'examplegroup.marketing@gmail.com'
    url = 'https://accounts.google.com/AccountChooser?Email=examplegroup.marketing@gmail.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (
        1796200000000 + s.rng.randint(0, 10 ** 9), rdigits(s.rng, 19))
    text = ("A new sign-in on Windows\n\n%s\n\nWe noticed a new sign-in to your Google Account on a Windows device. "
            "If this was you, you don't need to do anything. If not, we'll help you secure your account.\n\n"
            "Check activity\n%s\n\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n\n"
            "You received this email to let you know about important changes to your Google Account and services.\n"
            "(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n" % (acct, url))
    h = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="margin:0;padding:0;background:#ffffff"><table width="100%" role="presentation" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="516" role="presentation" style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;font-family:Google Sans,Roboto,Arial,sans-serif">'
         '<tr><td align="center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
         '<div style="font-size:24px;padding-top:16px">A new sign-in on Windows</div>'
         '<div style="font-size:14px;padding-top:8px;color:#3c4043">' + acct + '</div></td></tr>'
         '<tr><td style="font-size:14px;color:#3c4043;padding-top:20px;line-height:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. '
         'If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'
         '<div style="padding-top:32px"><a href="' + esc(url) + '" style="font-family:Google Sans,Roboto,Arial;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Check activity</a></div>'
         '<div style="padding-top:20px;font-size:12px;color:#5f6368">You can also see security activity at<br><a href="https://myaccount.google.com/notifications" style="color:rgba(0,0,0,0.87)">https://myaccount.google.com/notifications</a></div></td></tr></table>'
         '<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px;text-align:center;font-family:Roboto,Arial">You received this email to let you know about important changes to your Google Account and services.<br>'
         '&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = GoogleNotify('account')
    s.what = 'Google "Security alert – new sign-in on Windows" for the marketing team\'s Google account (Google Ads/YouTube), sent to its recovery address (mail admin).'
    s.why = 'Genuine Google account notification (google.com DKIM, Google notification infrastructure), links only to accounts.google.com / myaccount.google.com; informational, no credential request in the mail.'
    s.pair = ['31-es-sumelvalles-google-drive-abuso.eml']
    s.pair_topic = 'Google-originated mail: genuine account notice vs. Drive share abused to deliver a phishing document'


# ------------------------------------------------------------------------------------------------ 12
@message('business', 12, 'en', 'harwell-rfq-swa-cable-xlsx')
def b12(s):
    s.sent('2026-11-04 15:02:28', 'UK')
    s.frm = HW['people']['hughes'][:2]
    s.to = [who('sarah.thompson')]
    s.cc = [who('daniel.fuchs')]
    s.subject = 'RFQ - SWA and H07RN-F requirements Q1 2027'
    s.phones = ['+44 113 496 0752']
    rows = [[('b', 'Line'), ('b', 'Product'), ('b', 'Standard'), ('b', 'Qty (m)'), ('b', 'Drum'), ('b', 'Required by')],
            [1, '6944X 3C 2.5mm SWA LSZH', 'BS 6724', 12000, '500 m', 'wk 2'],
            [2, '6944X 4C 16mm SWA LSZH', 'BS 6724', 3500, '250 m', 'wk 2'],
            [3, '6943X 3C 25mm SWA PVC', 'BS 5467', 2200, '250 m', 'wk 4'],
            [4, 'H07RN-F 5G2.5', 'BS EN 50525-2-21', 8000, '100 m coil', 'wk 3'],
            [5, 'H07RN-F 3G1.5', 'BS EN 50525-2-21', 10000, '100 m coil', 'wk 3']]
    x = archives.make_xlsx([('RFQ Q1 2027', rows, [6, 30, 18, 10, 12, 12])], s.zip_time(45)[:6], title='RFQ Q1 2027',
                           creator='Gareth Hughes', company='Harwell Electrical Wholesale Ltd')
    text = ("Hi Sarah,\n\nPlease find attached our requirements for Q1 2027 (SWA to BS 6724 / BS 5467 and H07RN-F). "
            "Could you let us have prices and lead times by Friday 13 November? Delivery to our Leeds DC as usual, "
            "drums on returnable basis.\n\nDaniel - copied for info, as discussed at the Cable Show.\n\n"
            "Many thanks\nGareth\n\nGareth Hughes\nPurchasing Manager\nHarwell Electrical Wholesale Ltd\n"
            "Unit 3, Ring Road, Seacroft Industrial Estate, Leeds LS14 1NH\nT: +44 113 496 0752\n")
    s.body = mixed(alt(plain(text, 'us-ascii', 'quoted-printable', label='us-ascii'),
                       html(ol_html(ol_paras(text), 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', label='us-ascii')),
                   attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x, 'Harwell_RFQ_Q1_2027.xlsx'))
    s.system = Mimecast(HW['domain'], HW['tenant'], lang='en-GB')
    s.what = 'UK customer Harwell sends its Q1 2027 request for quotation (SWA and rubber cable) as an Excel sheet.'
    s.why = 'Known customer, real tenant and Mimecast outbound (DMARC pass), expected seasonal RFQ to the usual contacts, plain XLSX without macros, products match the range.'
    s.pair = ['13-en-rfq-substation-iso-img.eml', '25-pl-zapytanie-ofertowe-zip-exe.eml', '35-el-admie-diagonismos-eprocurement.eml']
    s.pair_topic = 'request for quotation: genuine RFQ from a known customer (XLSX) vs. fake tenders with disk image / ZIP-EXE'


# ------------------------------------------------------------------------------------------------ 13
@message('business', 13, 'en', 'it-security-awareness-teams-invite')
def b13(s):
    s.sent('2026-11-12 10:30:55', 'DE')
    s.frm = who('lukas.neumann')
    s.to = [who('sarah.thompson'), who('james.whitfield')]
    s.subject = 'Security awareness session (UK office): phishing, QR codes and fake IT requests'
    mid = '19%%3ameeting_%s%%40thread.v2' % ralnum(s.rng, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    tid = ruuid(s.rng)
    oid = ruuid(s.rng)
    teams = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (mid, tid, oid)
    desc = ("Hi Sarah, hi James,\n\nas announced, a 45-minute session for the Warrington office on current attacks "
            "against us: supplier bank-detail changes, QR-code phishing, fake DocuSign/Acrobat Sign notices and fake "
            "IT requests.\n\nTwo rules to remember already now:\n- IT will never ask you by e-mail to install "
            "software from a link or to enter a code at microsoft.com/devicelogin.\n- Report suspicious messages with "
            "the \"Report phishing\" button in Outlook or forward them as attachment to it-servicedesk@example.com.\n\n"
            "Best regards\nLukas\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting: %s\n"
            "Meeting ID: 371 928 440 615\nPasscode: 7QmZ2e\n________________________________________________________________________________\n" % teams)
    start = _dt.datetime(2026, 11, 19, 10, 0)
    cal = docs.ics(s, uid='040000008200E00074C5B7101A82E00800000000%s' % rhex(s.rng, 26).upper(),
                   organizer=who('lukas.neumann'), attendees=[who('sarah.thompson'), who('james.whitfield')],
                   start_local=start, minutes=45, summary='Security awareness session (UK office): phishing, QR codes and fake IT requests',
                   description=desc, location='Microsoft Teams Meeting', zone_id='GMT Standard Time', zone='UK',
                   extra=['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                          'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:', 'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lukas.neumann@example.com\\;gruu\\;opaque=app:conf:focus:id:%s' % rhex(s.rng, 10)])
    s.body = alt(plain(desc, 'utf-8', 'quoted-printable'),
                 html(ol_html(ol_paras(desc, links={teams: teams}), 'utf-8', 'EN-US'), 'utf-8', 'quoted-printable'),
                 Leaf('text/calendar', cal, charset='utf-8', cte='base64', params=['method=REQUEST']))
    s.system = Internal('EXCH01', '10.20.31.19', lang='en-US')
    s.what = 'Mail administrator\'s Teams meeting invitation for a phishing-awareness session for the UK office (ICS, Teams join link).'
    s.why = 'Internal Exchange invitation via mail-int01 from the IT security colleague, Teams link on teams.microsoft.com, explicitly tells users that IT never distributes software by e-mail link.'
    s.pair = ['16-en-it-agent-screenconnect-brevo.eml', '12-en-ecovadis-invite-oauth-consent.eml']
    s.pair_topic = 'IT / calendar invitation: genuine internal Teams invite vs. fake IT agent roll-out and malicious calendar invite'


# ------------------------------------------------------------------------------------------------ 14
@message('business', 14, 'en', 'ariba-purchase-order-harwell')
def b14(s):
    s.sent('2026-11-24 06:44:18', 'UK')
    s.frm = ('Harwell Electrical Wholesale Ltd', 'ordersender-prod@ansmtp.ariba.com')
    s.reply_to = [HW['people']['hughes'][:2]]
    s.to = [who('sarah.thompson')]
    s.subject = 'Harwell Electrical Wholesale Ltd sent a new Purchase Order 4500871244'
    po = '4500871244'
    url = 'https://service.ariba.com/Supplier.aw/ad/processOrder?key=%s&anp=Ariba&po=%s' % (ralnum(s.rng, 32), po)
    items = [('6944X 3C 2.5mm SWA LSZH, 500 m drums', '12,000 m', '0.984', '11,808.00'),
             ('H07RN-F 5G2.5, 100 m coils', '8,000 m', '2.112', '16,896.00')]
    text = ("Harwell Electrical Wholesale Ltd sent a new Purchase Order\n\nPurchase Order: %s\nAmount: 28,704.00 GBP\n"
            "Requested delivery: 11 Jan 2027\nShip to: Harwell Electrical Wholesale Ltd, Leeds DC, LS14 1NH\n\n" % po)
    for d, q, p, a in items:
        text += '- %s | %s | %s GBP/m | %s GBP\n' % (d, q, p, a)
    text += ("\nProcess order: %s\n\nIf you have any questions about this order, contact the buyer Gareth Hughes "
             "(gareth.hughes@harwell-electrical.co.uk).\n\nSAP Business Network\nThis email was sent by SAP Business "
             "Network on behalf of Harwell Electrical Wholesale Ltd. Your supplier account: ANID AN11174082613.\n" % url)
    rowsh = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td align="right">%s</td><td align="right">%s</td><td align="right">%s</td></tr>' % (esc(d), q, p, a) for d, q, p, a in items)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a">'
         '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0a6ed1;color:#fff;padding:14px 18px;font-size:17px">SAP Business Network</td></tr>'
         '<tr><td style="padding:16px 18px"><p style="font-size:16px"><b>Harwell Electrical Wholesale Ltd</b> sent a new Purchase Order</p>'
         '<table cellpadding="3"><tr><td>Purchase Order:</td><td><b>' + po + '</b></td></tr><tr><td>Amount:</td><td>28,704.00 GBP</td></tr>'
         '<tr><td>Requested delivery:</td><td>11 Jan 2027</td></tr><tr><td>Ship to:</td><td>Harwell Electrical Wholesale Ltd, Leeds DC, LS14 1NH</td></tr></table>'
         '<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:12px"><tr style="background:#f2f2f2"><th align="left" style="padding:6px">Item</th><th align="right">Qty</th><th align="right">Unit price</th><th align="right">Net</th></tr>'
         + rowsh + '</table><p><a href="' + esc(url) + '" style="background:#0a6ed1;color:#fff;padding:9px 18px;text-decoration:none">Process order</a></p>'
         '<p style="font-size:12px;color:#6a6d70">If you have any questions about this order, contact the buyer Gareth Hughes (gareth.hughes@harwell-electrical.co.uk).<br>'
         'This email was sent by SAP Business Network on behalf of Harwell Electrical Wholesale Ltd. Your supplier account: ANID AN11174082613.</p></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))

    def rec(r, sp, t):
        return 'from ansmtp-prod-%02d.ariba.com (10.%d.%d.%d) by smtp1.ansmtp.ariba.com with ESMTP id %s;\n\t%s' % (
            r.randint(1, 12), r.randint(10, 99), r.randint(1, 250), r.randint(1, 250), rhex(r, 12), fmt_date(t, 'UTC', 'std'))
    s.system = Platform('smtp1.ansmtp.ariba.com', '216.109.104.21',
                        [('ansmtp.ariba.com', 'ariba2024', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')],
                        env_from='bounce-prod@ansmtp.ariba.com', style='java', mid_domain='ansmtp.ariba.com', received=[rec],
                        desc='SAP Business Network (Ariba) mailers smtp*.ansmtp.ariba.com [216.109.104.0/24], DKIM d=ansmtp.ariba.com',
                        headers_after=[('X-Ariba-Document-Type', 'OrderRequest'), ('X-Ariba-Network-Id', 'AN11174082613')],
                        order=('Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version'), zone='UTC')
    s.what = 'SAP Business Network notification of purchase order 4500871244 from UK customer Harwell (28,704 GBP).'
    s.why = 'Genuine Ariba mail (DKIM ansmtp.ariba.com), PO follows the RFQ in business/12, links only to service.ariba.com, buyer named with his real address, supplier ANID matches.'
    s.pair = ['20-it-canva-design-condiviso-abuso.eml', '13-en-rfq-substation-iso-img.eml']
    s.pair_topic = 'purchase order via a platform: genuine Ariba PO vs. "order" delivered through an abused design platform / fake RFQ'


# ------------------------------------------------------------------------------------------------ 15
@message('business', 15, 'en', 'hmrc-vat-return-received')
def b15(s):
    s.sent('2026-12-07 09:15:40', 'UK')
    s.frm = ('HMRC', 'noreply@tax.service.gov.uk')
    s.to = [who('james.whitfield')]
    s.subject = 'Your VAT Return has been received'
    text = ("Dear Example Cables UK Ltd\n\nWe received your VAT Return for the period 1 August 2026 to 31 October 2026 "
            "on 7 December 2026.\n\nVAT registration number: %s\nReceipt reference: MTD-%s\n\n"
            "You can view your return, what you owe and your payment deadline by signing in to your business tax "
            "account:\nhttps://www.gov.uk/guidance/sign-in-to-your-hmrc-business-tax-account\n\n"
            "Do not reply to this email. For security reasons we will never ask for personal or payment details by email.\n\n"
            "From HM Revenue and Customs\n" % (UKVAT[2:], rdigits(s.rng, 12)))
    h = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">'
         '<table role="presentation" width="100%" style="border-collapse:collapse;min-width:100%;width:100%!important" cellpadding="0" cellspacing="0" border="0">'
         '<tr><td width="100%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="580" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding-left:10px">'
         '<span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.315789474">GOV.UK</span></td></tr></table></td></tr></table>'
         '<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;max-width:580px;width:100%!important" width="100%"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.315789474;max-width:560px;padding:10px">'
         + para_html(text, {'https://www.gov.uk/guidance/sign-in-to-your-hmrc-business-tax-account': 'https://www.gov.uk/guidance/sign-in-to-your-hmrc-business-tax-account'},
                     style='Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0B0C0C')
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = Ses(region='eu-west-2', mail_from='bounce@notifications.service.gov.uk', dkim_domain='tax.service.gov.uk', style='python',
                   desc='GOV.UK Notify (Amazon SES eu-west-2), DKIM d=tax.service.gov.uk + amazonses.com')
    s.what = 'HMRC (via GOV.UK Notify) confirms receipt of the UK entity\'s VAT return for Aug-Oct 2026.'
    s.why = 'Genuine government notification: GOV.UK Notify on Amazon SES with DKIM for tax.service.gov.uk, expected after the filing, only a gov.uk guidance link, explicitly no request for details.'
    s.pair = ['10-en-remittance-html-attachment-m365.eml', '27-es-dehu-notificacion-aeat-descarga.eml']
    s.pair_topic = 'official/financial notice: genuine tax-authority confirmation vs. fake notices leading to credential or malware pages'


# ------------------------------------------------------------------------------------------------ 16
@message('business', 16, 'en', 'colleague-private-gmail-receipts')
def b16(s):
    s.sent('2026-11-27 19:06:31', 'UK')
    s.frm = ('Sarah Thompson', 'sarah.thompson1987@gmail.com')
    s.to = [who('james.whitfield')]
    s.subject = 'Receipts from the Leeds trip (sending from home)'
    text = ("Hi James,\n\nSending these from my personal email as my work laptop is still with IT for the rebuild "
            "(Lukas has the ticket). Attached the hotel and parking receipts from the Harwell visit on Tuesday, so "
            "you have them for the November accruals. I'll put the proper expense claim into Concur on Monday when "
            "I have my laptop back - nothing to pay from this email.\n\nHave a nice weekend!\nSarah\n")
    pdfb = docs.document(
        s, seller=dict(name='Leeds City Lodge Hotel', tagline=['Wellington Street · Leeds LS1 4DL'], lines=['VAT GB 244 8127 35']),
        buyer_lines=['Ms Sarah Thompson', 'Example Cables UK Ltd', 'Warrington'],
        title='Invoice / Receipt 118204',
        meta=[('Arrival', '24/11/2026'), ('Departure', '25/11/2026'), ('Room', '312')],
        columns=[('Description', 300, 'l'), ('Qty', 50, 'r'), ('Amount GBP', 145, 'r')],
        rows=[['Accommodation, single room incl. breakfast', '1', '118.00'], ['Dinner (restaurant)', '1', '27.50'],
              ['NCP car park Wellington St (attached ticket)', '1', '16.40']],
        totals=[('Total GBP', '161.90', True), ('incl. VAT 20 %', '26.98', False)],
        notes=['Paid by card (Visa ****4471) on 25/11/2026 07:42. Thank you for staying with us.'],
        footer=['Scanned with Adobe Scan'], producer='Adobe Scan for Android', creator='Adobe Scan', author='', lang='en-GB',
        color=(0.3, 0.3, 0.3))
    s.body = mixed(alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(gm_html(text), 'UTF-8', 'quoted-printable', label='UTF-8')),
                   attachment('application/pdf', pdfb, 'Adobe Scan 27 Nov 2026.pdf'))
    s.system = Gmail(zone='UK')
    s.what = 'UK office manager sends hotel/parking receipts from her private Gmail because her laptop is with IT.'
    s.why = 'Colleague legitimately using private mail: content is consistent (IT ticket, Harwell visit), only a scanned receipt, no request for money, credentials or changes; the real claim goes through Concur.'
    s.pair = ['09-en-payroll-diversion-outlook-com.eml', '15-en-ceo-gift-cards-gmail.eml']
    s.pair_topic = 'colleague writing from a private free-mail account: genuine receipts vs. payroll diversion and gift-card requests'

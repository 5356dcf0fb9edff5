"""Attack messages 09-16 (English)."""
from eglib import mime, bank, coin, html as H
from eglib.infra import (M365, Gmail, GmailIPhone, Service, Roundcube, BareExim, rhex, ralnum, ruuid)
from eglib.kit import attack, alt, mixed, related, att, pdf, b64mail, S


@attack(9, 'en', 'thread-hijack-partner-logistik-compromised',
        what='Reply from the real mailbox of Tadeusz Zieli\u0144ski (Partner Logistik) inside an existing thread about archive storage, pointing to a "secure document portal" with an access code.',
        why='Thread hijack from a genuinely compromised partner mailbox (sent through Partner Logistik\'s own Microsoft 365 tenant, so sender authentication passes): '
            'the link goes to an HTML page on storage.googleapis.com with the recipient address in the fragment, an "access code" to defeat scanners, '
            'time pressure; Partner Logistik normally sends invoices as PDF from ksiegowosc@ (business 09, 22, 25).')
def _(m):
    m.use(M365(srv='PA4P190MB1187', srv2='PR3P190MB0893', region='EURP190', accept_lang='pl-PL, en-US', content_lang='en-US',
               eop=('EUR05-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur05on2109.outbound.protection.outlook.com', '40.107.21.109'),
               hcs='iso-8859-2', org='partner-logistik.pl'))
    m.when('2026-11-05 16:52:09', 'pl')
    m.frm = ('Tadeusz Zieli\u0144ski', 't.zielinski@partner-logistik.pl')
    m.to = [S('pl_mgr')]
    m.cc = [S('pl_acc')]
    m.subject = 'RE: Archive storage Warsaw - Q4 invoice and 2027 renewal'
    m.replies = 2
    m.in_reply_to = '<b7e4c1a09d2f4b6e8c3a5f7d1e9b2c40@EXMB01.corp.example.com>'
    m.references = '<PA4P190MB1187A3C9E1D04F72B6E85D3A9C01F2B7@PA4P190MB1187.EURP190.PROD.OUTLOOK.COM> ' + m.in_reply_to
    url = 'https://storage.googleapis.com/pl-docshare-7731/index.html#%s' % b64mail(S('pl_mgr')[1])
    t = """Hi Agnieszka,

Thanks for your patience. Please find the updated Q4 invoice and the revised storage agreement for 2027 in our secure document portal - after the recommendation of our auditors, our finance team now shares all outgoing documents only through encrypted links.

View documents (2 files): %s
Access code: PL-2026

The link is valid for 48 hours. Could you please review and confirm today if possible? Our accounting close is on Friday and I would like to have the renewal signed before then.

Best regards,
Tadeusz Zieli\u0144ski
Key Account Manager
Partner Logistik sp. z o.o.
ul. Gda\u0144ska 120, 61-123 Pozna\u0144
tel. +48 61 852 44 10

From: Agnieszka W\u00f3jcik <agnieszka.wojcik@example.com>
Sent: Tuesday, November 3, 2026 11:20 AM
To: Tadeusz Zieli\u0144ski <t.zielinski@partner-logistik.pl>
Cc: Pawe\u0142 \u0141ukasik <pawel.lukasik@example.com>
Subject: RE: Archive storage Warsaw - Q4 invoice and 2027 renewal

Hi Tadeusz,

Thank you. Could you also send the Q4 invoice for bays 14-17 so that Pawe\u0142 can book it before the year-end close? And please confirm whether the price per pallet space stays the same in 2027.

Kind regards,
Agnieszka

From: Tadeusz Zieli\u0144ski <t.zielinski@partner-logistik.pl>
Sent: Monday, November 2, 2026 2:48 PM
To: Agnieszka W\u00f3jcik <agnieszka.wojcik@example.com>
Subject: Archive storage Warsaw - Q4 invoice and 2027 renewal

Hi Agnieszka,

Our storage agreement for the archive boxes and furniture (bays 14-17, Pozna\u0144 warehouse) ends on 31 December. I will send you the renewal proposal for 2027 this week.

Best regards,
Tadeusz
""" % url
    m.root = alt(m, mime.text(t, 'iso-8859-2', 'quoted-printable'), mime.text(H.outlook(t, 'EN-US'), 'iso-8859-2', 'quoted-printable', 'html'))


@attack(10, 'en', 'svg-remittance-compromised-contractor',
        what='"Remittance advice" from the accounts mailbox of a London plumbing contractor, delivered as an SVG image.',
        why='SVG phishing attachment from a compromised contractor tenant: the SVG imitates a blurred Acrobat preview with a "View document" link to an Azure '
            'blob-storage page carrying the victim address; a contractor sending its customer a remittance advice makes no sense.')
def _(m):
    m.use(M365(srv='LO2P265MB5432', srv2='CWLP265MB3376', region='GBRP265', accept_lang='en-GB, en-US', content_lang='en-GB',
               eop=('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2131.outbound.protection.outlook.com', '40.107.20.131'),
               hcs='us-ascii', org='whitcombeplumbing.co.uk'))
    m.when('2026-11-11 09:03:27', 'uk')
    m.frm = ('Accounts | Whitcombe Plumbing & Heating', 'accounts@whitcombeplumbing.co.uk')
    m.to = [S('uk_acc')]
    m.subject = 'Remittance Advice - Payment Ref WPH-20488'
    url = 'https://remitdocs7731.blob.core.windows.net/$web/index.html#%s' % b64mail(S('uk_acc')[1])
    t = """Hi Priya,

Please see attached remittance advice for the payment released today.

Kind regards,
Accounts Team
Whitcombe Plumbing & Heating Ltd
Unit 7, Hackney Wick Business Centre, London E9 5EN
"""
    svg = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="816" height="1056" viewBox="0 0 816 1056">
<defs><filter id="blur"><feGaussianBlur stdDeviation="3.2"/></filter></defs>
<rect width="816" height="1056" fill="#f2f2f2"/>
<rect x="0" y="0" width="816" height="56" fill="#b30b00"/>
<text x="28" y="36" font-family="Segoe UI, Arial, sans-serif" font-size="20" fill="#ffffff">Adobe Acrobat</text>
<g filter="url(#blur)">
<rect x="88" y="110" width="640" height="880" fill="#ffffff"/>
<text x="120" y="170" font-family="Arial" font-size="26" fill="#222">REMITTANCE ADVICE</text>
<rect x="120" y="210" width="300" height="12" fill="#c8c8c8"/><rect x="120" y="236" width="420" height="12" fill="#c8c8c8"/>
<rect x="120" y="300" width="580" height="26" fill="#dde5ee"/><rect x="120" y="340" width="580" height="12" fill="#d0d0d0"/>
<rect x="120" y="366" width="580" height="12" fill="#d0d0d0"/><rect x="120" y="392" width="580" height="12" fill="#d0d0d0"/>
<rect x="520" y="450" width="180" height="16" fill="#b0b0b0"/>
</g>
<rect x="208" y="420" width="400" height="200" rx="8" fill="#ffffff" stroke="#c9c9c9"/>
<text x="408" y="468" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="17" fill="#222">Remittance_Advice_WPH-20488.pdf</text>
<text x="408" y="498" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#555">This document is protected. Sign in with your</text>
<text x="408" y="516" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#555">work account to view the remittance details.</text>
<a xlink:href="%s" href="%s" target="_blank">
<rect x="318" y="545" width="180" height="42" rx="4" fill="#0f6cbd"/>
<text x="408" y="572" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="15" fill="#ffffff">View Document</text>
</a>
</svg>
""" % (url.replace('&', '&amp;'), url.replace('&', '&amp;'))).encode('utf-8')
    m.root = mixed(m, alt(m, mime.text(t, 'us-ascii', '7bit'), mime.text(H.outlook(t, 'EN-GB'), 'us-ascii', 'quoted-printable', 'html')),
                   att(m, svg, 'image/svg+xml', 'Remittance_Advice_WPH-20488.svg'))


@attack(11, 'en', 'device-code-phishing-valuation-report',
        what='A surveyor\'s Google Workspace account sends the "draft valuation report" and asks to open microsoft.com/devicelogin and enter a one-time code.',
        why='Device-code phishing (token theft): the code was generated by the attacker\'s device-authorization request, so entering it and signing in grants the '
            'attacker tokens for the victim\'s Microsoft 365 account; real file sharing never requires a device code; 15-minute expiry creates urgency; '
            'sent from a compromised partner account.')
def _(m):
    m.use(Gmail(host='mail-pj1-f47.google.com', ip='209.85.216.47'))
    m.when('2026-11-12 11:26:50', 'uk')
    m.frm = ('Marcus Hale', 'm.hale@halewhitmore.co.uk')
    m.to = [S('uk_mgr')]
    m.subject = 'Valuation report - 14 Kingsway Chambers (draft for comment)'
    t = """Dear James,

As discussed, the draft valuation report for 14 Kingsway Chambers is ready for your comments ahead of the lender's deadline on Monday.

We now share reports through our Microsoft 365 secure portal. To open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the one-time code: H7KQ2WPLM
3. Sign in with your Example Group work account to confirm your identity.

The report will then open automatically. The code expires after 15 minutes, so if it has lapsed just reply to this email and I will send you a new one.

Kind regards,

Marcus Hale MRICS
Director - Valuation
Hale & Whitmore Chartered Surveyors
42 Bedford Row, London WC1R 4LR
T: +44 20 7405 3391
"""
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable', case='UTF-8'), mime.text(H.gmail(t), 'utf-8', 'quoted-printable', 'html', case='UTF-8'))


@attack(12, 'en', 'paypal-invoice-callback-toad',
        what='A genuine PayPal invoice for a "Norton 360" renewal of GBP 479.99 whose seller note asks the recipient to phone a "billing helpdesk" to cancel.',
        why='Callback phishing (TOAD) abusing PayPal\'s real invoicing service (mail really comes from PayPal): the fraud is the phone number in the seller note; '
            'no business relationship; the call leads to remote-access/refund scams.')
def _(m):
    m.use(Service(svc='paypal'))
    m.when('2026-11-18 07:04:33', 'us-pac')
    m.frm = ('PayPal', 'service@paypal.co.uk')
    m.to = [S('uk_mgr')]
    m.subject = 'Invoice from Secure Billing Desk (#INV2-7QKD-94HX-LZ3M-8W2R)'
    link = 'https://www.paypal.com/invoice/p/#INV27QKD94HXLZ3M8W2R'
    note = ('Your Norton 360 Premium (3-year plan, 10 devices) has been renewed automatically. If you did not authorise this renewal, '
            'call our billing helpdesk immediately on +44 20 3807 4415 to cancel and receive a full refund within 24 hours.')
    t = """Secure Billing Desk sent you an invoice for \u00a3479.99 GBP

Due on receipt

Invoice number: 0091
Norton 360 Premium - 3 year subscription (10 devices)    \u00a3479.99

Seller note to customer:
%s

View and pay invoice: %s

Don't recognise this invoice? Report it at https://www.paypal.com/uk/smarthelp/contact-us

Copyright \u00a9 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.\u00e0 r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.
PPC001017:%s
""" % (note, link, rhex(m.rng, 12))
    body = ('<p style="font-size:22px;margin:0 0 8px 0">Secure Billing Desk sent you an invoice for <b>\u00a3479.99 GBP</b></p>'
            '<p style="color:#666;margin:0 0 18px 0">Due on receipt</p>'
            '<table width="100%%" cellpadding="6" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:14px">'
            '<tr><td>Invoice number</td><td align="right">0091</td></tr>'
            '<tr><td>Norton 360 Premium - 3 year subscription (10 devices)</td><td align="right">\u00a3479.99</td></tr></table>'
            '<p style="margin:18px 0 4px 0"><b>Seller note to customer</b></p><p style="margin:0">%s</p>' % H.escape(note))
    h = H.notice('Invoice from Secure Billing Desk', body, 'View and Pay Invoice', link, color='#0070e0', lang='en',
                 logo_html='<span style="font-size:24px;font-weight:700;color:#003087;font-style:italic">Pay</span><span style="font-size:24px;font-weight:700;color:#0070e0;font-style:italic">Pal</span>',
                 footer='Don\'t recognise this invoice? <a href="https://www.paypal.com/uk/smarthelp/contact-us">Report it</a>.<br>'
                        'Copyright \u00a9 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.\u00e0 r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.',
                 font='Helvetica Neue, Helvetica, Arial, sans-serif')
    m.root = alt(m, mime.text(t, 'UTF-8', 'quoted-printable'), mime.text(h, 'UTF-8', 'quoted-printable', 'html'))


@attack(13, 'en', 'conveyancing-fraud-solicitor-lookalike',
        what='"Helen Carter, Carter Bramwell LLP" says the firm\'s client account has changed and asks for the GBP 412,650 completion monies to go to a new ClearBank account.',
        why='Conveyancing/fake-lawyer fraud: look-alike domain carterbramwell-law.co.uk (genuine carterbramwell.co.uk) on a Hetzner VPS with Roundcube; '
            'bank details changed by e-mail (the real firm\'s completion mail says it never does this, business 13); asks for e-mail confirmation only, phones "being migrated".')
def _(m):
    m.use(Roundcube(helo='mail.carterbramwell-law.co.uk', rdns='static.77.41.198.88.clients.your-server.de', ip='88.198.41.77'))
    m.when('2026-11-24 14:18:02', 'uk')
    m.frm = ('Helen Carter', 'h.carter@carterbramwell-law.co.uk')
    m.to = [S('uk_mgr')]
    m.cc = [S('uk_acc')]
    m.subject = 'RE: Completion - Unit 4, Riverside Court, Salford M50 - updated client account details'
    m.in_reply_to = '<LO4P265MB6021B7D93E2A41C8F05B6E1D7A92C3E8@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>'
    m.references = m.in_reply_to
    ib = bank.gb_iban('CLRB', '040605', '27718406')
    t = """Dear James,

Further to the completion statement sent on Monday, please note that our client account details have changed with immediate effect following our firm's move to a new banking provider. Please do NOT use the account shown on the statement.

The balance due on completion of \u00a3412,650.00 should be sent by CHAPS to:

Account name: Carter Bramwell LLP Client Account
Bank: ClearBank Ltd
Sort code: 04-06-05
Account number: 27718406
IBAN: %s

Completion is scheduled for Friday 27 November at 12:00, so please instruct the transfer by Thursday afternoon at the latest to avoid any delay and daily interest under the contract.

Please confirm by return email once the payment has been instructed. Our phone lines are being migrated this week, so email is the quickest way to reach me.

Kind regards,

Helen Carter
Partner, Commercial Property
Carter Bramwell LLP
""" % bank.fmt(ib)
    m.root = mime.text(t, 'utf-8', 'quoted-printable', extra='; format=flowed', case='UTF-8')


@attack(14, 'en', 'gift-card-request-office-manager',
        what='"James Whitfield" (UK office manager) asks the London accountant from a Gmail address to buy eight GBP 100 Apple gift cards and send photos of the codes.',
        why='Gift-card BEC: display name of a manager on an unknown Gmail account, secrecy ("it\'s a surprise"), unavailability, request to send card codes by photo.')
def _(m):
    m.use(GmailIPhone(host='mail-wr1-f41.google.com', ip='209.85.221.41', origin='102.88.43.19'))
    m.when('2026-12-08 13:41:05', 'uk')
    m.frm = ('James Whitfield', 'jwhitfield.office@gmail.com')
    m.to = [S('uk_acc')]
    m.subject = 'Quick favour'
    t = """Hi Priya,

Are you in the office? I need a quick favour and I'm stuck in back-to-back meetings with the landlord's agents all afternoon.

I want to surprise the caretakers and cleaning staff at our buildings with a small Christmas thank-you and need 8 Apple gift cards at \u00a3100 each. Could you get them from the shop around the corner or buy them online? I'll sort out the reimbursement with you tomorrow.

Once you have them, scratch off the back, take a clear photo of each card showing the code and email them to me here. Please keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from my iPhone
"""
    m.root = mime.text(t, 'utf-8', 'quoted-printable', order='cte-first', quoted=False)


@attack(15, 'en', 'sextortion-bitcoin-spoofed-self',
        what='Sextortion mail "from" the recipient\'s own address claiming malware and webcam recordings, demanding USD 1,650 in Bitcoin within 48 hours.',
        why='Extortion scam: forged From/envelope (priya.sharma@example.com) delivered directly from a hijacked Brazilian host without TLS, generic threats, '
            'Bitcoin bech32 address, deadline; no real compromise.')
def _(m):
    m.use(BareExim(helo='mail.construtora-alvorada.com.br', rdns='177-84-22-19.dynamic.vivozap.com.br', ip='177.84.22.19', origin='45.141.84.12', zone='br'))
    m.when('2026-10-28 02:13:51', 'br')
    m.frm = ('Priya Sharma', 'priya.sharma@example.com')
    m.to = [S('uk_acc')]
    m.env_from = 'priya.sharma@example.com'
    m.subject = 'Your account has been compromised - payment pending'
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    addr = coin.bech32_segwit(prog)
    m.btc = addr
    t = """Hello,

I'll get straight to the point. I have had full access to your device and to your mailbox priya.sharma@example.com for several months. As proof, this message was sent from your own account.

During this time I installed software that records your screen and your camera. I have recordings of you visiting adult websites, and I have copied your contacts, your chats and your work documents.

I am willing to delete everything and remove my software if you pay 1650 USD in Bitcoin. If you do not know how to buy Bitcoin, search for "buy bitcoin" in Google - it is easy.

My BTC wallet: %s

You have 48 hours from the moment you open this email. I receive a notification as soon as you read it. If I do not receive the payment, the videos will be sent to all your contacts, your colleagues and your management.

Do not reply to this email and do not go to the police - I will know about it immediately.

Goodbye.
""" % addr
    m.root = mime.text(t, 'utf-8', 'base64')


@attack(16, 'en', 'helpdesk-teams-quick-assist-pretext',
        what='"Example Group IT Service Desk" (external onmicrosoft.com tenant) announces a Teams call from a "Microsoft support partner" after mailbox flooding and asks the user to start Quick Assist and share the code.',
        why='Vishing/remote-access pretext (email-bombing + Teams help-desk impersonation, Storm-1811 style): external tenant examplegroupit.onmicrosoft.com, '
            'instructs to accept an external Teams chat and grant Quick Assist control, tells the user not to call the real service desk; internal IT says it never does this (business 16).')
def _(m):
    m.use(M365(srv='SJ0PR13MB5521', srv2='BY5PR13MB4410', region='namprd13', accept_lang='en-US', content_lang='en-US',
               eop=('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on2128.outbound.protection.outlook.com', '40.107.243.128'),
               hcs='us-ascii', org='examplegroupit.onmicrosoft.com'))
    m.when('2026-11-26 09:12:44', 'de')
    m.frm = ('Example Group IT Service Desk', 'servicedesk@examplegroupit.onmicrosoft.com')
    m.to = [S('proc')]
    m.subject = '[Ticket INC0481277] Mailbox flooding detected - remote session scheduled'
    t = """Hello Oliver,

Our monitoring has detected an unusually high volume of newsletter and registration emails arriving in your mailbox since 07:40 this morning (more than 1,900 messages). This is a known spam-flooding attack and your account has been placed in our remediation queue.

To clean up your mailbox and apply the new filter rules, a technician from our Microsoft support partner will contact you via Microsoft Teams within the next 30 minutes. The chat will appear as "Help Desk | Example Group".

Please accept the chat request and follow the technician's instructions. You will be asked to start Quick Assist (press Ctrl + Windows + Q) and to share the 6-digit security code so that we can connect to your computer. The session takes about 10 minutes.

Please do not forward this ticket and do not call the service desk hotline - the queue is very long today and this would delay your remediation.

Ticket: INC0481277
Priority: P2 - High
Category: Security / Email

Kind regards,
IT Service Desk
Example Group
"""
    m.root = alt(m, mime.text(t, 'us-ascii', 'quoted-printable'), mime.text(H.outlook(t, 'EN-US'), 'us-ascii', 'quoted-printable', 'html'))

"""Attack messages 09-16 (English)."""
from common import A, alt, brand, mixed, plain, pdf_att, S
from mime import Bin
from msg import Msg
from routes import SES, M365, Service, Gmail, Zoho, Exim, Mailgun, Direct
from codes import fmt_iban
import codes
import refs


def messages():
    out = []

    # ------------------------------------------------------------------ 09
    env = codes.hexid('a09env', 32)
    link = f'https://pennine-docs-esign.web.app/Signing/EmailStart.aspx?a={env}&etti=24&acct=7a1c&er=jw'
    paras = [
        'Rachel Moss sent you a document to review and sign.',
        'Rachel Moss\nrachel.moss@penninefab.co.uk',
        'Hi James,\nplease review and sign the revised 2027 supply agreement (rev. 3 – updated price adjustment clause for plate and RHS). We need it back before our board meeting on Friday.\nThanks, Rachel',
    ]
    footer = ('Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n'
              'Alternate Signing Method\nVisit Docusign.com, click \'Access Documents\', and enter the security code:\n'
              f'{codes.hexid("a09sc", 32, True)}2\n\n'
              'About Docusign\nSign documents electronically in just minutes. It\'s safe, secure, and legally binding.')
    body = brand('Pennine Fabrications – 2027 Supply Agreement (rev. 3).pdf', paras, ('REVIEW DOCUMENT', link), footer,
                 cs='utf-8', cte='quoted-printable', color='#1e4ca1', logo='docusign')
    out.append(Msg(A, 9, 'en', 'docusign-lookalike-supply-agreement',
                   frm=('Rachel Moss via Docusign', 'dse@docusign-esignature.net'), to=[S('uk_mgr')],
                   subject='Rachel Moss sent you a document to review and sign: Pennine Fabrications – 2027 Supply Agreement (rev. 3)',
                   date=(2026, 10, 8, 9, 12, 6), route=SES(), body=body, hcs='utf-8',
                   what='DocuSign-style envelope "from Rachel Moss" (a real customer contact) with a revised 2027 supply agreement.',
                   why='Sender domain docusign-esignature.net via Amazon SES, not DocuSign\'s eumail.docusign.net infrastructure; "Review document" points to a Firebase web.app page, not docusign.net; copies the real envelope the customer sent the day before (business 09) with "rev. 3" and a deadline.'))

    # ------------------------------------------------------------------ 10
    t = """Hi James,

since early this morning we have been seeing a very large number of unsolicited subscription and newsletter e-mails arriving in your mailbox (more than 1,900 so far). This is a known attack pattern and we are applying a filter on our side.

To complete the clean-up we need a short remote session on your laptop. One of our Service Desk engineers (Daniel) will call you on Microsoft Teams within the next 15 minutes from the account "Help Desk | Example Group". Please accept the call and, when asked, start Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code.

Please do not restart your laptop and do not report the spam messages in the meantime, as this interferes with the filter.

Ticket: INC0048213

Kind regards
IT Service Desk
Example Group
"""
    out.append(Msg(A, 10, 'en', 'teams-helpdesk-quick-assist-pretext',
                   frm=('IT Service Desk | Example Group', 'servicedesk@examplegroupit.onmicrosoft.com'),
                   to=[S('uk_mgr')], subject='Action needed: spam flood on your mailbox – Service Desk will call you on Teams',
                   date=(2026, 10, 27, 9, 31, 40),
                   route=M365(node='PH0PR22MB3318', node2='SA1PR22MB5120', region='namprd22', lang='en-US',
                              obe=('NAM10-DM6-obe.outbound.protection.outlook.com',
                                   'mail-dm6nam10on2122.outbound.protection.outlook.com', '40.107.93.122')),
                   body=alt(t, 'us-ascii', '7bit', lang='en'), hcs='utf-8',
                   what='"IT Service Desk" warns of a spam flood and announces a Teams call; asks to start Quick Assist and read out the code.',
                   why='Vishing pretext of the e-mail-bombing + Teams "help desk" campaigns: external *.onmicrosoft.com tenant poses as internal IT, prepares a remote-access session (Quick Assist) for an attacker, tells the user not to report. IT announced it never does this (business 14).'))

    # ------------------------------------------------------------------ 11
    inv = 'INV2-7KQZ-4T9D-XW3H-2Q8M'
    paras = [
        'NortonLifeLock Billing sent you an invoice for £389.99 GBP',
        'Due on receipt',
        'Seller note to customer:\nYour Norton 360 Business (10 devices) annual plan has been renewed successfully and £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal or wish to cancel, please call our billing support immediately on +44 20 7946 0371 (Mon–Sun, 24 h) to obtain a full refund.',
        f'Invoice number: {inv}\nAmount due: £389.99 GBP',
    ]
    footer = ('Don\'t recognise this invoice?\nBefore paying, make sure you recognise this invoice. If you don\'t, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.\n'
              'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n'
              'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.')
    body = brand('Here\'s your invoice', paras, ('View and Pay Invoice', f'https://www.paypal.com/invoice/p/#{inv.replace("-", "")}'),
                 footer, cs='utf-8', cte='quoted-printable', color='#003087', logo='PayPal')
    out.append(Msg(A, 11, 'en', 'paypal-invoice-callback-toad',
                   frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[S('uk_acc')],
                   subject=f'Invoice from NortonLifeLock Billing ({inv})',
                   date=(2026, 10, 29, 4, 18, 2), route=Service(kind='paypal'), body=body, hcs='utf-8',
                   quote_names=True,
                   what='Real PayPal invoice e-mail from a "NortonLifeLock Billing" seller account; the seller note says a renewal will be charged and gives a phone number to cancel.',
                   why='Callback phishing (TOAD) abusing PayPal\'s genuine invoicing: authentic PayPal infrastructure, but the attacker-controlled seller note pushes the victim to call a fake support line, where they are talked into remote access or a "refund" payment; Example Group has no Norton subscription. Compare genuine PayPal receipt (business 12).'))

    # ------------------------------------------------------------------ 12
    t = """Sarah,

Are you in the office this afternoon? I need you to handle something for me discreetly.

We want to thank a few of our key customers in the UK before Christmas and I'd like to surprise them with gift cards. I'm tied up in a board meeting in Düsseldorf all afternoon and can't take calls.

Can you get 10 Apple gift cards of £200 each? You can buy them online or at the nearest store. Scratch the back and send me clear pictures of the codes here. Katrin's team will reimburse you tomorrow, I'll let her know.

Thanks,
Thomas

Sent from my iPhone
"""
    out.append(Msg(A, 12, 'en', 'ceo-gift-cards',
                   frm=('Thomas Becker', 'dr.thomas.becker.office@gmail.com'), to=[S('uk_acc')],
                   subject='Quick task', date=(2026, 12, 10, 13, 12, 33), route=Gmail(out=2, tz='UK'),
                   body=alt(t, 'UTF-8', 'quoted-printable', flavour='gmail', lang='en'), hcs='utf-8',
                   what='"Thomas Becker" asks the UK accountant to buy ten £200 Apple gift cards and send photos of the codes.',
                   why='CEO display name on a Gmail address, secrecy, "can\'t take calls", gift-card codes by photo: textbook gift-card fraud.'))

    # ------------------------------------------------------------------ 13
    t = f"""Dear Ms Vogel,

Further to Dr Becker's message this morning, I am writing as lead counsel on Project Weichselbogen. Dr Becker has asked me to liaise with you directly on the financial aspects of the transaction.

The sellers have agreed to a period of exclusivity, conditional on a refundable good-faith deposit of EUR 1,385,000.00 being placed in escrow by 12:00 CET on Thursday, 8 October. The funds will be held in our client escrow account until completion and are fully refundable should the transaction not close.

Escrow account details:

Beneficiary: Hale & Mercer LLP – Client Escrow Account
Bank: Revolut Bank UAB
IBAN: {fmt_iban(refs.ESCROW_LT)}
BIC: REVOLT21
Reference: HM/WB/2026/114

As the seller's parent company is listed, the matter is subject to the EU Market Abuse Regulation. Until the public announcement, please do not discuss it with anyone other than Dr Becker and myself, including your auditors and your bank relationship managers. Please confirm by e-mail once the transfer has been released and send me the payment confirmation.

I have attached our escrow instruction letter for your files.

Kind regards,

Jonathan Hale
Partner, Corporate M&A
Hale & Mercer LLP
40 Gracechurch Street, London EC3V 0BT
T +44 20 7946 0152

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
"""
    letter = f"""# Hale & Mercer LLP
40 Gracechurch Street, London EC3V 0BT

Strictly private and confidential
Example Group GmbH, attn. Ms Katrin Vogel, CFO

6 October 2026

## Project Weichselbogen - escrow instructions

Please transfer the good-faith deposit of EUR 1,385,000.00 to our client escrow account no later than 12:00 CET on 8 October 2026:

Beneficiary: Hale & Mercer LLP - Client Escrow Account
IBAN: {fmt_iban(refs.ESCROW_LT)}   BIC: REVOLT21
Reference: HM/WB/2026/114

The deposit is refundable in full if the transaction does not complete. This letter and its contents are subject to the EU Market Abuse Regulation and must not be disclosed.

Jonathan Hale, Partner
"""
    out.append(Msg(A, 13, 'en', 'fake-lawyer-escrow-deposit',
                   frm=('Jonathan Hale', 'j.hale@halemercer-legal.com'), to=[S('cfo')],
                   cc=[('Thomas Becker', 'thomas.becker@examplegroup-de.com')],
                   subject='Project Weichselbogen – escrow deposit / strictly private & confidential',
                   date=(2026, 10, 6, 14, 24, 51), route=Zoho(tz='UK'),
                   body=mixed(alt(t, 'utf-8', 'quoted-printable', flavour='generic', lang='en'),
                              pdf_att('HM_Escrow_Instructions_WB-114.pdf', letter, when=(2026, 10, 6, 14, 10, 0),
                                      zone='UK')),
                   hcs='utf-8',
                   what='"Lawyer" follows up the CEO e-mail (attack 01) and asks the CFO to wire EUR 1.385 m to an escrow account by Thursday noon.',
                   why='Fake-lawyer stage of CEO fraud: newly registered halemercer-legal.com on Zoho Mail, CC to the CEO look-alike domain; "client escrow" at a Lithuanian e-money bank; Market Abuse Regulation used as a pretext to keep auditors and banks out; hard deadline.'))

    # ------------------------------------------------------------------ 14
    svg_url = 'https://remit-viewer-secure.pages.dev/adv/?id=BACS-20261105-3381&e=c2FyYWguaG9sbG93YXlAZXhhbXBsZS5jb20'
    svg = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">
  <rect width="820" height="560" fill="#f3f2f1"/>
  <rect x="60" y="50" width="700" height="460" rx="6" fill="#ffffff" stroke="#d0d0d0"/>
  <text x="100" y="110" font-family="Segoe UI, Arial" font-size="26" fill="#201f1e">Remittance Advice</text>
  <text x="100" y="150" font-family="Segoe UI, Arial" font-size="15" fill="#605e5c">Payment ref: BACS-20261105-3381 - Example Group UK Ltd</text>
  <text x="100" y="180" font-family="Segoe UI, Arial" font-size="15" fill="#605e5c">Amount: GBP 48,216.40 - Value date 05/11/2026</text>
  <rect x="100" y="215" width="620" height="150" fill="#faf9f8" stroke="#e1dfdd"/>
  <text x="120" y="265" font-family="Segoe UI, Arial" font-size="14" fill="#a19f9d">Document preview is not available in this viewer.</text>
  <text x="120" y="295" font-family="Segoe UI, Arial" font-size="14" fill="#a19f9d">Open the secure document to view the full remittance.</text>
  <a xlink:href="{svg_url}" href="{svg_url}" target="_blank">
    <rect x="100" y="400" width="260" height="48" rx="4" fill="#0078d4"/>
    <text x="132" y="431" font-family="Segoe UI, Arial" font-size="17" fill="#ffffff">View secure document</text>
  </a>
</svg>
"""
    t = """Hi,

Please find attached remittance advice for the payment made today to Example Group UK Ltd.

Kind regards

Accounts Payable
Marsden Joinery Ltd
"""
    out.append(Msg(A, 14, 'en', 'svg-remittance-advice',
                   frm=('Accounts Payable - Marsden Joinery Ltd', 'accounts@marsdenjoinery.co.uk'), to=[S('uk_acc')],
                   subject='Remittance Advice – Payment Ref: BACS-20261105-3381', date=(2026, 11, 5, 15, 47, 20),
                   route=Exim(server='lon-srv04.fasthost-uk.net', server_ip='185.151.30.164', mua='roundcube', tz='UK'),
                   body=mixed(plain(t, 'utf-8', 'quoted-printable'),
                              Bin(svg.encode(), 'image/svg+xml', 'Remittance_Advice_ExampleGroup_05112026.svg',
                                  note='link to phishing page, no script')),
                   hcs='utf-8',
                   what='"Remittance advice" for GBP 48k as an SVG attachment with a "View secure document" button.',
                   why='SVG image used as a document container (can carry links or scripts; here an anchor to a pages.dev credential page with the recipient address encoded); no business with Marsden Joinery; compromised cPanel mailbox. Genuine remittances come as PDF (business 15).'))

    # ------------------------------------------------------------------ 15
    t = """Hi James,

As discussed with your sales team, please find our call-off forecast for Q1 2027 (S355 plate and RHS, incl. target prices) shared via our secure Microsoft 365 workspace.

Because the file contains pricing, it is protected with Microsoft device verification:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: GQ7K9XH2M
3. Sign in with your Example Group account to open the file.

The code is valid for 15 minutes. If it has expired, just reply and I'll send you a new one.

Kind regards

Rachel Moss
Purchasing Manager
Pennine Fabrications Ltd
Parkgate Works, Rotherham S62 6JL
"""
    out.append(Msg(A, 15, 'en', 'device-code-forecast-share',
                   frm=('Rachel Moss', 'rachel.moss@pennine-fabrication.co.uk'), to=[S('uk_mgr')],
                   subject='Q1 2027 call-off forecast – secure file shared with you',
                   date=(2026, 11, 19, 11, 6, 13), route=Mailgun(sub='mg'),
                   body=alt(t, 'utf-8', 'quoted-printable', flavour='outlook', lang='en'), hcs='utf-8',
                   what='Customer contact shares a "protected" forecast and asks to enter a code at microsoft.com/devicelogin.',
                   why='Device-code phishing: the link is the genuine Microsoft page, but the code was generated by the attacker, so signing in hands the attacker OAuth tokens for the victim\'s account (MFA included); look-alike pennine-fabrication.co.uk (real: penninefab.co.uk) sent through Mailgun; 15-minute urgency.'))

    # ------------------------------------------------------------------ 16
    btc = refs.BTC_EXTORT
    t = f"""Hello James,

I have to share bad news with you.

Some months ago I gained access to the devices you use to browse the internet. Since then I have been monitoring your online activity. As proof, I am writing to you from your own account james.whitfield@example.com. You may also recognise one of your passwords: Wh1tf!eld#2021

Through a driver update I installed a trojan that gives me full access to your camera and microphone. I have recordings of you visiting certain websites, together with your complete contact list, e-mails and chat history.

I am not interested in ruining your life. Transfer USD 1450 in Bitcoin to my wallet and I will delete everything permanently:

{btc}

You have 48 hours from the moment you open this e-mail. I will know when you have read it. Do not reply, do not contact the police and do not tell anyone: if I notice anything, the recordings go to all your contacts and colleagues at once.

If you don't know how to buy Bitcoin, search for "how to buy bitcoin" - it is easy.
"""
    out.append(Msg(A, 16, 'en', 'extortion-bitcoin-spoofed-self',
                   frm=('James Whitfield', 'james.whitfield@example.com'), to=[S('uk_mgr')],
                   subject='Security notice: your account james.whitfield@example.com has been compromised',
                   date=(2026, 12, 2, 3, 47, 29),
                   route=Direct(helo='[113.172.54.201]', rdns='static.vnpt.vn', ip='113.172.54.201', tz='UK'),
                   body=plain(t, 'us-ascii', '7bit'), hcs='utf-8',
                   what='Sextortion/"hacker" extortion demanding USD 1,450 in Bitcoin (bech32 address), claiming to write from the victim\'s own account.',
                   why='Forged own address (From = To) but delivered straight from a Vietnamese residential IP without TLS, not via Example Group\'s relay; leaked-password "proof", 48-hour deadline, valid BTC bech32 wallet; no real compromise.'))
    return out

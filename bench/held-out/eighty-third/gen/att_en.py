"""English attack messages (8)."""
import base64

import banking as B
import content as C
import infra as I
from message import Msg, mid_internal, mid_exo
from mime import plain, html, alt, mixed, attachment
from people import S, BANK

UK_VRN = B.gb_vat('4172953')


def fmt_vrn(v):
    return '%s %s %s' % (v[:3], v[3:7], v[7:])


def m09():
    parent = mid_internal('mcs-thread-2')
    first = mid_exo('mcs-thread-1', 'CWLP265MB', 'CWLP265.PROD.OUTLOOK.COM')
    text = """Hi James,

Please find the revised replacement schedule and the signed PO for the Q1 batch on our secure document portal below. Kindly review and confirm before end of day so we can keep the November handover slots.

[View Shared Documents (2)](https://midlandscare-docs.pages.dev/share/?id=QJ7Y2mXk&u=james.whitfield@example.com)

Kind regards,

Helen Barker
Fleet & Facilities Manager
Midlands Care Services Ltd
Unit 4, Tame Valley Business Park, Birmingham B35 7AG
T: 0121 496 0418

From: James Whitfield <james.whitfield@example.com>
Sent: 04 November 2026 16:21
To: Helen Barker <helen.barker@midlandscare.co.uk>
Subject: RE: Vehicle replacement schedule Q1 2027

Hi Helen,

Thanks - I've pencilled in the 12 Transit Customs for the w/c 11 January. Could you send over the final list of registrations that are going off-lease so we can book the collections with the transporter?

Best,
James

James Whitfield
Office Manager | Example Group UK Ltd
2 Brindley Place, Birmingham B1 2JB"""
    body = C.outlook_alt(text, 'utf-8', 'quoted-printable', lang='EN-GB')
    return Msg('thread-hijack-compromised-customer', ('Helen Barker', 'helen.barker@midlandscare.co.uk'), [S('uk_mgr')],
               'RE: Vehicle replacement schedule Q1 2027', (2026, 11, 10, 2, 14, 33), body, I.exchange_online,
               cc=[S('sales')], infra_kw=dict(region='gbr', tenant_id='9c41e0d2-5b7a-4f3e-8d21-6a0f3b7c2e94'),
               in_reply_to=parent, references=[first, parent],
               what='Reply in a real thread from the genuine (compromised) mailbox of fleet customer Midlands Care, pointing to a "secure document portal".',
               why='Sent through Midlands Care\'s own Microsoft 365 tenant at 02:14 (account takeover); generic lure that ignores James\'s actual question; '
                   'link goes to a Cloudflare Pages site (midlandscare-docs.pages.dev) with the recipient pre-filled, not to their SharePoint tenant.')


def m10():
    url = 'https://www.tax.service.gov.uk.vat-penalty-review.com/gg/sign-in?continue=%2Fbusiness-account%2Fvat%2Fpenalties'
    paras = ['Dear Customer,',
             'Our records show that the VAT Return for the period **07 26** (1 July 2026 to 30 September 2026) for **EXAMPLE GROUP UK LTD** '
             '(VAT registration number %s) was not received by the due date of 7 November 2026.' % fmt_vrn(UK_VRN),
             'You have now reached the penalty threshold of 4 points for quarterly submissions and a **£200 late submission penalty** has been charged to your account.',
             'You can view the penalty notice, submit your outstanding return and request a review within 30 days by signing in to your business tax account.',
             'HM Revenue and Customs',
             'This is an automated email. Please do not reply.']
    footer = 'HM Revenue &amp; Customs &middot; BX9 1AS &middot; <a href="https://www.gov.uk/help/privacy-notice" style="color:#777">Privacy</a>'
    body = C.brand_alt('Late submission penalty – VAT', 'GOV.UK', '#0b0c0c', paras, button=('Sign in to your business tax account', url),
                       footer=footer, charset='utf-8', cte='base64', lang='en', logo_text='GOV.UK  HM Revenue & Customs')
    return Msg('hmrc-vat-penalty-phish', ('HM Revenue & Customs', 'noreply@hmrc-digital-notice.co.uk'), [S('uk_acc')],
               'VAT: late submission penalty notice – action required (VRN %s)' % fmt_vrn(UK_VRN), (2026, 11, 12, 8, 2, 17), body,
               I.sendgrid, infra_kw=dict(bounce_domain='em5821.hmrc-digital-notice.co.uk'),
               what='Credential phishing impersonating HMRC: VAT late-submission penalty, sign in to the business tax account.',
               why='SendGrid from hmrc-digital-notice.co.uk; sign-in link to www.tax.service.gov.uk.vat-penalty-review.com (gov.uk only as a subdomain label); '
                   'HMRC does not e-mail penalty notices with sign-in links; inconsistent claim (one late return cannot reach the 4-point threshold).')


def m11():
    inv = 'INV2-7KQZ-4MDB-X9TR-2W6H'
    note = ('Your annual Fleet Tracker Pro licence (62 vehicles) has been renewed automatically. If you did not authorise this renewal or '
            'wish to cancel and receive a full refund, contact our billing desk within 24 hours on +44 20 3769 4418. '
            'Do not pay online - call us to cancel.')
    paras = ['Fleetline Telematics Renewals sent you an invoice for **£1,489.99 GBP**.',
             'Due on receipt.', 'Invoice number: 0417',
             '**Seller note:** ' + note,
             'Don\'t recognise this seller? Learn more about invoice scams at paypal.com/security.']
    body = C.brand_alt('Here\'s your invoice', 'PayPal', '#003087', paras,
                       button=('View and Pay Invoice', 'https://www.paypal.com/invoice/p/#' + inv),
                       footer='Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.',
                       charset='UTF-8', cte='quoted-printable', lang='en', logo_text='PayPal')
    return Msg('toad-paypal-invoice-callback', ('PayPal', 'service@paypal.co.uk'), [S('uk_mgr')],
               'Invoice from Fleetline Telematics Renewals (#0417)', (2026, 11, 17, 6, 48, 2), body, I.paypal,
               reply_to=('Fleetline Telematics Renewals', 'billing.fleetline.renewals@gmail.com'),
               zone='PT',
               what='Callback phishing (TOAD) through genuine PayPal invoicing: a "telematics licence renewal" of £1,489.99 with a phone number to cancel.',
               why='Abused genuine service: headers and links are real PayPal, but the invoice is created by an attacker account; no such supplier; the '
                   'seller note pushes the victim to call +44 20 3769 4418 ("do not pay online"), where remote-access/refund fraud follows; Reply-To is a gmail address.')


def m12():
    text = """Dear Ms Hoffmann,

Following our brief introduction at the Fleet Finance Forum in London, I have set up a short Teams session to walk you through our residual-value benchmark for your 2027 de-fleet (approx. 1,400 units). As the deck contains client pricing data, the meeting is protected with device sign-in.

To join:
1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)
2. Enter the code **GXRN4Q9DK**
3. Sign in with your Example Group Microsoft 365 account - you will be admitted to the meeting automatically.

The code is valid for 15 minutes, so please use it shortly before 10:30 CET. If it has expired, just reply and I will send a fresh one.

Best regards,

Richard Hale
Director
Sterling Fleet Advisory Ltd
20-22 Wenlock Road, London N1 7GU"""
    body = C.outlook_alt(text, 'utf-8', 'quoted-printable', lang='EN-GB')
    return Msg('device-code-phishing-teams', ('Richard Hale', 'richard.hale@sterlingfleetadvisory.co.uk'), [S('cfo')],
               'Teams: residual value benchmark 2027 - secure meeting access', (2026, 11, 12, 9, 5, 14), body, I.exchange_online,
               infra_kw=dict(region='gbr'),
               what='Device-code phishing: unsolicited "Teams meeting" asking the CFO to enter a code at microsoft.com/devicelogin.',
               why='The URL is genuine Microsoft, but entering the attacker\'s device code signs his session in as the CFO (OAuth device-code flow, '
                   'Storm-2372 pattern); Teams meetings never need device codes; 15-minute urgency; sender is a compromised small consultancy tenant with no prior contact.')


def m13():
    url = 'https://tfl.gov.uk-pcn-payments.com/pcn/LJ41877263?vrm=BK73XPH'
    paras = ['Penalty Charge Notice: **LJ41877263**',
             'Our cameras recorded vehicle **BK73 XPH** (Ford Transit Custom, registered keeper EXAMPLE GROUP UK LTD) within the Ultra Low Emission Zone '
             'on 28 October 2026 without payment of the daily charge of £12.50.',
             'Penalty charge: **£180.00**, reduced to **£90.00** if paid within 14 days of the date of this notice.',
             'If the vehicle was on hire at the time, you can transfer liability to the hirer online by uploading a copy of the signed hire agreement.',
             'If the penalty is not paid or challenged within 28 days, a Charge Certificate may be issued and the penalty increased by 50%.']
    footer = 'Transport for London, PO Box 335, Sheffield S98 1NW. This email was sent to james.whitfield@example.com.'
    body = C.brand_alt('Penalty Charge Notice – ULEZ', 'Transport for London', '#000f9f', paras,
                       button=('Pay or challenge this PCN', url), footer=footer, charset='utf-8', cte='quoted-printable', lang='en')
    return Msg('tfl-ulez-pcn-payment-phish', ('Transport for London', 'pcn@tfl-charges-notice.co.uk'), [S('uk_mgr')],
               'Penalty Charge Notice LJ41877263 - unpaid ULEZ charge - BK73 XPH', (2026, 11, 6, 11, 20, 45), body, I.ses,
               infra_kw=dict(mailfrom='mail.tfl-charges-notice.co.uk'),
               what='Fake TfL penalty charge notice for an unpaid ULEZ charge on a fleet van, with a payment link.',
               why='Amazon SES from tfl-charges-notice.co.uk; payment page on tfl.gov.uk-pcn-payments.com (look-alike); PCNs are sent by post to the keeper; '
                   'the vehicle (2023 "73" plate Euro 6 van) is ULEZ-compliant; card-harvesting lure tailored to rental fleets (liability transfer).')


def m14():
    iban = BANK['gb_mule']
    text = """Dear Ms Hoffmann,

I act for Example Group in connection with Project Vistula and write further to Dr Brückner's message of this afternoon. He has asked me to coordinate the completion mechanics with you directly.

Under the heads of terms, a refundable deposit of EUR 1,385,000.00 is to be placed on our client account today so that signing can proceed tomorrow morning, Warsaw time. The funds are held in escrow and released only on completion.

Client account details:
Account name: Langley Crowther LLP - Client Account
Bank: ClearBank Ltd, London
IBAN: %s
BIC: CLRBGB22
Reference: VISTULA-EG-1015

Given the market sensitivity of the transaction (MAR), please do not discuss it with anyone else internally until the announcement; Dr Brückner will brief the board himself. I would be grateful if you could confirm once the payment has been released and send me the bank confirmation (MT103).

Kind regards,

Edward Langley
Partner, Corporate M&A
Langley Crowther LLP
88 Wood Street, London EC2V 7RS
Authorised and regulated by the Solicitors Regulation Authority""" % B.fmt_iban(iban)
    body = C.tb_alt(text, 'UTF-8', 'quoted-printable')
    return Msg('fake-lawyer-escrow', ('Edward Langley', 'e.langley@langleycrowther-legal.co.uk'), [S('cfo')],
               'Project Vistula - escrow funding (strictly confidential)', (2026, 10, 15, 16, 31, 40), body, I.zoho,
               cc=[('Matthias Brückner', 'matthias.brueckner@exarnplegroup.eu')], hcs='UTF-8', henc='Q',
               what='Fake lawyer, second stage of the CEO fraud: "Partner" of a London firm asks the CFO for a EUR 1.385m escrow deposit today.',
               why='Follows de-ceo-fraud-projekt-weichsel ("Weichsel" = Vistula); firm domain on Zoho registered for the scam; CEO copied on the '
                   'look-alike exarnplegroup.eu; secrecy invoking MAR, same-day seven-figure payment to a UK e-money/clearing account, asks for MT103.')


def m15():
    a1, a2 = B.btc_addresses('sextortion-2026')
    text = """Hello Anja,

I will be direct. A few months ago I got access to your devices through a browser extension update you installed, and since then I have been watching your online activity, your contacts and your camera.

I have recordings of you made while you were visiting adult websites, next to the pages you were watching. With one click I can send this video to all of your colleagues, friends and family whose addresses I copied from your accounts.

To prevent this, send 1450 USD in Bitcoin to my wallet:

BTC (bech32): %s
(older wallets: %s)

If you do not know how, search "buy bitcoin" - it takes 15 minutes. You have 48 hours from the moment you open this message; I can see when it was read. After payment I delete everything and you will never hear from me again.

Do not reply to this email, it is sent from your own account. Do not go to the police - I will know immediately.""" % (a1, a2)
    body = plain(text, 'us-ascii', '7bit')
    return Msg('sextortion-bitcoin', ('Anja Vogt', 'anja.vogt@example.com'), [S('asst')],
               'Anja Vogt: your account has been compromised - payment required', (2026, 11, 23, 3, 17, 56), body, I.direct_bot,
               infra_kw=dict(helo='static.vnpt.vn', ip='113.161.74.203', rdns=None),
               env_from='anja.vogt@example.com', zone='UTC',
               what='Sextortion: claims hacked webcam recordings and demands 1450 USD in Bitcoin within 48 hours.',
               why='From and envelope sender forged to the recipient\'s own address, delivered directly from a Vietnamese consumer IP without reverse DNS '
                   'and without TLS; bluff extortion with bitcoin addresses; no legitimate context.')


def m16():
    target = base64.b64encode(b'priya.sharma@example.com').decode()
    url = 'https://vm-playback.teams-voice.workers.dev/?m=' + target
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">
  <rect width="420" height="160" rx="10" fill="#464775"/>
  <a xlink:href="{URL}" target="_blank">
    <circle cx="70" cy="80" r="38" fill="#ffffff"/>
    <polygon points="58,58 58,102 96,80" fill="#464775"/>
    <text x="130" y="72" font-family="Segoe UI, Arial" font-size="20" fill="#ffffff">Voicemail from +44 121 496 0734</text>
    <text x="130" y="102" font-family="Segoe UI, Arial" font-size="15" fill="#dcdcf0">Duration 0:47 - Click to play message</text>
  </a>
</svg>
""".replace('{URL}', url)
    text = ('You received a voice message.\n\n'
            'From: +44 121 496 0734\nReceived: Wednesday, 18 November 2026 10:04\nDuration: 00:47\n\n'
            'The message is attached. Open the attachment to play it in your browser.\n\n'
            'Microsoft Teams Voicemail')
    body = mixed(alt(plain(text, 'utf-8', 'quoted-printable'), html(C.simple_html(text, font='Segoe UI, Arial'), 'utf-8', 'quoted-printable')),
                 attachment('image/svg+xml', 'VM_+441214960734_0047.svg', svg.encode('utf-8')))
    return Msg('svg-voicemail-redirect', ('Teams Voicemail', 'voicemail@brightsmile-dental.co.uk'), [S('uk_acc')],
               '▶ New voicemail from +44 121 496 0734 (0:47)', (2026, 11, 18, 10, 6, 12), body, I.cpanel_exim,
               infra_kw=dict(server='server87.uk-webhosting.net', ip='185.151.30.187', rdns='server87.uk-webhosting.net',
                             site='brightsmile-dental.co.uk', zone='GB', user='brightsm'),
               hcs='UTF-8', henc='B',
               what='Fake voicemail notification with an SVG "player" attachment.',
               why='SVG attachment is a clickable redirector to a workers.dev page with the victim\'s address base64-encoded (credential phishing); '
                   'sent by PHPMailer from a compromised dental-practice website; Teams voicemails are never delivered as SVG.')


def messages():
    return [m09(), m10(), m11(), m12(), m13(), m14(), m15(), m16()]
